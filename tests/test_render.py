"""The document page's marked-up text (render.py) and the geometry of the timelines (charts.py).

All document text here is untrusted: it must come out escaped, with only render.py's own tags as
markup.
"""

from chancery.model import Stamp
from chancery.record import StoredDocument, record_from_dict, record_to_dict
from chancery.web import charts, render
from helpers import record as stored_record

TEXT = "The Minister said the fishing quota was settled. Mr. Halvorsen replied that Oslo agreed."


def at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def mention(
    text: str, word: str, person_id: str, name: str, kind: str = "name", confidence: float = 0.9
) -> dict:
    start, end = at(text, word)
    return {
        "text": word,
        "start": start,
        "end": end,
        "kind": kind,
        "person_id": person_id,
        "person_name": name,
        "confidence": confidence,
    }


def record(text: str = TEXT, **fields) -> StoredDocument:
    """A stored record of ``text`` with the fields given as its JSON holds them."""
    return record_from_dict({**record_to_dict(stored_record("r-1", text)), **fields})


# ---- document_html ---------------------------------------------------------------------


def test_plain_text_comes_back_unchanged():
    assert str(render.document_html(record())) == TEXT


def test_mentions_link_to_the_person_page_with_name_kind_and_confidence():
    html = str(
        render.document_html(
            record(
                mentions=[
                    mention(TEXT, "Halvorsen", "halvorsen-per", "Per Halvorsen", confidence=0.75)
                ]
            )
        )
    )
    assert (
        '<a class="mention" href="/people/halvorsen-per" title="Per Halvorsen (name, '
        'confidence 0.75)">Halvorsen</a>' in html
    )
    assert html.startswith("The Minister said")


def test_person_ids_are_quoted_in_links():
    assert render.person_href("local:anna-berg") == "/people/local%3Aanna-berg"
    assert render.person_href("x/../y") == "/people/x%2F..%2Fy"


def test_mentions_outside_the_text_or_without_a_person_are_not_linked():
    header_only = {**mention(TEXT, "Minister", "lund-erik", "Erik Lund"), "start": -1, "end": -1}
    unlinked = {**mention(TEXT, "Halvorsen", "halvorsen-per", "Per Halvorsen"), "person_id": None}
    past_the_end = {**mention(TEXT, "Oslo", "oslo-x", "Oslo X"), "end": len(TEXT) + 5}
    html = str(render.document_html(record(mentions=[header_only, unlinked, past_the_end])))
    assert 'class="mention"' not in html
    assert html == TEXT


def test_overlapping_mentions_link_only_the_first_and_longest():
    text = "Ambassador Per Halvorsen arrived."
    outer = mention(text, "Per Halvorsen", "halvorsen-per", "Per Halvorsen")
    inner = mention(text, "Halvorsen", "halvorsen-other", "Someone Else")
    crossing = mention(text, "Halvorsen arrived", "arrived-x", "Arrived X")
    html = str(render.document_html(record(text, mentions=[inner, crossing, outer])))
    assert html.count('class="mention"') == 1
    assert (
        '<a class="mention" href="/people/halvorsen-per" title="Per Halvorsen (name, '
        'confidence 0.90)">Per Halvorsen</a>' in html
    )
    assert "halvorsen-other" not in html and "arrived-x" not in html


def test_turns_are_wrapped_with_their_speaker_linked():
    text = "LUND: We accept the quota.\nHALVORSEN: Oslo agrees."
    first_end = text.index("\n")
    record_ = record(
        text,
        persons=[
            {"id": "lund-erik", "name": "Erik Lund"},
            {"id": "halvorsen-per", "name": "Per Halvorsen"},
        ],
        turns=[
            {"speaker": "lund-erik", "start": 0, "end": first_end},
            {"speaker": "halvorsen-per", "start": first_end + 1, "end": len(text)},
        ],
    )
    html = str(render.document_html(record_))
    assert html.startswith(
        '<span class="turn" id="turn-1" data-speaker="lund-erik"><a class="speaker" '
        'href="/people/lund-erik" title="speaker">Erik Lund</a> '
        "LUND: We accept the quota.</span>\n"
    )
    assert html.endswith(
        '<span class="turn" id="turn-2" data-speaker="halvorsen-per"><a '
        'class="speaker" href="/people/halvorsen-per" title="speaker">'
        "Per Halvorsen</a> HALVORSEN: Oslo agrees.</span>"
    )


def test_a_speaker_not_among_the_persons_is_shown_by_id():
    text = "We accept."
    html = str(
        render.document_html(
            record(text, turns=[{"speaker": "local:unknown-voice", "start": 0, "end": len(text)}])
        )
    )
    assert 'href="/people/local%3Aunknown-voice"' in html
    assert ">local:unknown-voice</a>" in html


def test_a_mention_inside_a_turn_nests_inside_it():
    text = "LUND: Halvorsen is right."
    record_ = record(
        text,
        persons=[{"id": "lund-erik", "name": "Erik Lund"}],
        turns=[{"speaker": "lund-erik", "start": 0, "end": len(text)}],
        mentions=[mention(text, "Halvorsen", "halvorsen-per", "Per Halvorsen")],
    )
    html = str(render.document_html(record_))
    assert (
        html.index('<span class="turn"')
        < html.index('<a class="mention"')
        < html.index("</a> is right.")
        < html.index("</span>")
    )


def test_a_mention_across_a_turn_boundary_is_not_linked():
    text = "LUND: See Halvorsen. HALVORSEN: Yes."
    boundary = text.index(" HALVORSEN")
    record_ = record(
        text,
        turns=[
            {"speaker": "lund-erik", "start": 0, "end": boundary},
            {"speaker": "halvorsen-per", "start": boundary, "end": len(text)},
        ],
        mentions=[
            {**mention(text, "Halvorsen.", "halvorsen-per", "Per Halvorsen"), "end": boundary + 3}
        ],
    )
    assert 'class="mention"' not in str(render.document_html(record_))


def test_footnote_markers_and_sidenotes_sit_at_their_offsets():
    offset = TEXT.index(" Mr.")  # the marker stood right after "settled."
    notes = [{"marker": "4", "start": offset, "end": offset, "text": "The quota was 40,000 tons."}]
    html = str(render.document_html(record(footnotes=notes)))
    assert html == (
        TEXT[:offset]
        + '<sup class="note-marker"><a href="#note-4" id="ref-4">4</a></sup>'
        + '<span class="sidenote" role="note"><b>4</b> The quota was 40,000 tons.</span>'
        + TEXT[offset:]
    )


def test_a_note_right_after_a_linked_name_comes_after_the_link():
    end = TEXT.index("Halvorsen") + len("Halvorsen")
    html = str(
        render.document_html(
            record(
                mentions=[mention(TEXT, "Halvorsen", "halvorsen-per", "Per Halvorsen")],
                footnotes=[
                    {"marker": "2", "start": end, "end": end, "text": "Norwegian delegate."}
                ],
            )
        )
    )
    assert 'Halvorsen</a><sup class="note-marker">' in html


def test_footnotes_without_a_place_in_the_text_get_no_marker():
    notes = [{"marker": "9", "start": -1, "end": -1, "text": "A note whose marker was lost."}]
    assert str(render.document_html(record(footnotes=notes))) == TEXT


def test_script_in_text_names_and_notes_is_escaped():
    text = 'He wrote <script>alert("x")</script> & left.'
    record_ = record(
        text,
        persons=[{"id": "evil", "name": "<img src=x onerror=alert(1)>"}],
        turns=[{"speaker": "evil", "start": 0, "end": len(text)}],
        footnotes=[
            {"marker": "<b>1</b>", "start": 2, "end": 2, "text": "</span><script>bad()</script>"}
        ],
    )
    html = str(render.document_html(record_))
    assert "<script>" not in html and "<img" not in html and "<b>1</b>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; left." in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


# ---- original_html ---------------------------------------------------------------------

RAW = "DECLASSIFIED 1998\nThe fishing <b>quota</b> was settled.\n- 2 -\nOslo agreed."


def stamp(raw: str, piece: str, kind: str, page: int = 1) -> Stamp:
    start, end = at(raw, piece)
    return Stamp(piece, kind, page, start, end)


def test_removed_parts_are_struck_through_with_their_kind_and_page():
    html = str(
        render.original_html(
            RAW,
            [
                stamp(RAW, "DECLASSIFIED 1998", "declassification"),
                stamp(RAW, "- 2 -", "page-number", 2),
            ],
        )
    )
    assert html.startswith(
        '<del class="removed" title="declassification, page 1">DECLASSIFIED 1998</del>\n'
    )
    assert '<del class="removed" title="page-number, page 2">- 2 -</del>\nOslo agreed.' in html
    assert html.count("<del") == 2


def test_the_original_text_is_escaped_around_the_removed_parts():
    html = str(render.original_html(RAW, [stamp(RAW, "- 2 -", "page-number")]))
    assert "The fishing &lt;b&gt;quota&lt;/b&gt; was settled." in html
    assert "<b>" not in html


def test_bad_or_overlapping_stamp_spans_are_ignored():
    inside = stamp(RAW, "1998", "release")
    html = str(
        render.original_html(
            RAW,
            [
                stamp(RAW, "DECLASSIFIED 1998", "declassification"),
                inside,
                Stamp("", "garbage", 1, 5, 5),
                Stamp("x", "garbage", 1, 3, len(RAW) + 1),
            ],
        )
    )
    assert html.count("<del") == 1
    assert html.replace('<del class="removed" title="declassification, page 1">', "").replace(
        "</del>", ""
    ) == str(render.original_html(RAW, []))


# ---- timeline_bars ---------------------------------------------------------------------


def test_no_months_no_bars():
    assert charts.timeline_bars([]) == ([], [])


def test_one_bar_per_month_left_to_right_and_tallest_for_the_busiest():
    months = [("1960-02", 1), ("1960-11", 4), ("1961-06", 2)]
    bars, _ = charts.timeline_bars(months)
    assert [b.month for b in bars] == ["1960-02", "1960-11", "1961-06"]
    assert [b.count for b in bars] == [1, 4, 2]
    assert bars[0].x < bars[1].x < bars[2].x
    assert max(bars, key=lambda b: b.height).month == "1960-11"
    for bar in bars:  # bars stand on the same baseline
        assert round(bar.y + bar.height, 2) == 140


def test_the_axis_spans_whole_years_from_january_of_the_first():
    bars, ticks = charts.timeline_bars([("1960-01", 1), ("1961-12", 1)], width=240)
    assert bars[0].x == 0  # January of the first year is the left edge
    assert bars[1].x == 230  # 24 slots of 10: December of the second year is the last slot
    assert [(t.label, t.x) for t in ticks] == [("1960", 0), ("1961", 120)]


def test_a_tick_per_year_on_short_spans_and_sparser_on_long_ones():
    _, ticks = charts.timeline_bars([("1958-05", 1), ("1962-03", 1)])
    assert [t.label for t in ticks] == ["1958", "1959", "1960", "1961", "1962"]
    assert [t.x for t in ticks] == sorted(t.x for t in ticks)
    _, ticks = charts.timeline_bars([("1941-03", 1), ("1989-10", 1)])
    assert [t.label for t in ticks] == [
        "1941",
        "1945",
        "1950",
        "1955",
        "1960",
        "1965",
        "1970",
        "1975",
        "1980",
        "1985",
    ]
