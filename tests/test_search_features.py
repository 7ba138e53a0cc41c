"""NEAR, OCR-tolerant words (word~, fuzzy=True), the speaker:/place:/side: filters, side and month
facets, date sorting, the timeline of a query and the people of each hit."""

import pytest
import tantivy

from chancery.search import index as search_index
from chancery.search.index import Searcher
from chancery.search.query import And, FieldWords, Filter, Fuzzy, Near, Or, QueryError, Words, parse
from chancery.store import open_store
from helpers import record_of_ids, store_records

# ---- the query language -----------------------------------------------------------------


def test_near_joins_two_words_within_ten_words_by_default():
    assert parse("Gromyko NEAR Geneva") == Near(["gromyko"], ["geneva"], 10)


def test_near_with_a_distance():
    assert parse("Gromyko NEAR/5 Geneva") == Near(["gromyko"], ["geneva"], 5)
    assert parse("Gromyko NEAR/100 Geneva") == Near(["gromyko"], ["geneva"], 100)


def test_near_joins_phrases_too():
    assert parse('"fishing treaty" NEAR Geneva') == Near(["fishing", "treaty"], ["geneva"], 10)
    assert parse('Geneva NEAR/3 "fishing treaty"') == Near(["geneva"], ["fishing", "treaty"], 3)


def test_a_near_chain_means_each_word_near_the_next():
    assert parse("Gromyko NEAR treaty NEAR/3 Geneva") == And(
        [Near(["gromyko"], ["treaty"], 10), Near(["treaty"], ["geneva"], 3)]
    )


def test_near_binds_tighter_than_and_and_or():
    assert parse("Rusk Gromyko NEAR Geneva") == And(
        [Words(["rusk"]), Near(["gromyko"], ["geneva"], 10)]
    )
    assert parse("Laos OR Gromyko NEAR Geneva") == Or(
        [Words(["laos"]), Near(["gromyko"], ["geneva"], 10)]
    )


def test_lowercase_near_is_an_ordinary_word():
    assert parse("near Geneva") == And([Words(["near"]), Words(["geneva"])])


@pytest.mark.parametrize(
    "query, message",
    [
        ("NEAR Geneva", "NEAR needs a word or a phrase on each side"),
        ("Geneva NEAR", "NEAR must be followed by a word or a phrase"),
        ("(Geneva NEAR) treaty", "NEAR must be followed by a word or a phrase"),
        ("Geneva NEAR NEAR treaty", "NEAR needs a word or a phrase on each side"),
        ("Geneva NEAR/500 treaty", "the largest distance is 100 words"),
        ("type:letter NEAR Geneva", "NEAR joins two words or phrases"),
        ("Geneva NEAR place:Moscow", "NEAR joins two words or phrases"),
        ("Khrush* NEAR Geneva", "NEAR joins two words or phrases"),
        ("Khrushchev~ NEAR Geneva", "NEAR joins two words or phrases"),
    ],
)
def test_bad_near_queries_say_what_is_wrong(query, message):
    with pytest.raises(QueryError, match=message):
        parse(query)


def test_tilde_asks_for_one_letter_off_or_two():
    assert parse("Khrushchev~") == Fuzzy("khrushchev", 1)
    assert parse("Khrushchev~1") == Fuzzy("khrushchev", 1)
    assert parse("Khrushchev~2") == Fuzzy("khrushchev", 2)


@pytest.mark.parametrize(
    "query, message",
    [
        ("Khrushchev~5", "1 or 2 letters off, not 5"),
        ("Khrushchev~0", "1 or 2 letters off, not 0"),
        ("U.S.-Soviet~", "'~' follows one word"),
    ],
)
def test_bad_tilde_queries_say_what_is_wrong(query, message):
    with pytest.raises(QueryError, match=message):
        parse(query)


def test_speaker_place_and_side_fields_parse():
    assert parse("speaker:Gromyko") == Filter("speaker", "Gromyko")
    assert parse('place:"New York"') == FieldWords("place", ["new", "york"])
    assert parse("place:New_York") == FieldWords("place", ["new", "york"])
    assert parse("side:USSR") == Filter("side", "ussr")


def test_a_place_without_letters_is_refused():
    with pytest.raises(QueryError, match="no letters or digits"):
        parse("place:--")


def test_an_unknown_field_lists_the_known_ones():
    with pytest.raises(QueryError) as error:
        parse("author:Rusk")
    message = str(error.value)
    assert "unknown field 'author'" in message
    known = message.split("known fields: ")[1].split(", ")
    assert known == sorted(known)
    assert {
        "speaker",
        "place",
        "side",
        "person",
        "sender",
        "recipient",
        "participant",
        "type",
        "year",
        "date",
    } <= set(known)


# ---- the index --------------------------------------------------------------------------

PEOPLE = {
    "gromyko-andrei-a": "Andrei A. Gromyko",
    "rusk-dean": "Dean Rusk",
    "khrushchev-nikita-s": "Nikita S. Khrushchev",
    "local:ilse-marten": "Ilse Marten",
}


def memo(doc_id, text, date=None, **facts):
    """A memorandum, its people given by id; ``participants`` are (person id, side) pairs."""
    return record_of_ids(PEOPLE, doc_id, text, date, **{"type_": "memorandum", **facts})


FILLER = (
    "harvests tractors railways shipping ports prices storage fertilizer rainfall "
    "pipelines and bridges"
)

DOCUMENTS = [
    # NEAR: "treaty" four words before "Geneva"; in the second, Geneva is far from the treaty.
    memo(
        "near-close",
        "Gromyko said the fishing treaty could be signed in Geneva next month.",
        "1961-05-20",
    ),
    memo(
        "near-far",
        f"Geneva was named first, and then came {FILLER} before anyone spoke of the treaty.",
        "1962-02-01",
    ),
    memo("near-flipped", "Geneva, the delegates agreed, suits the treaty.", "1962-02-09"),
    memo(
        "chain-broken",
        f"Treaty talks in Geneva stalled; {FILLER} kept everyone busy and Gromyko stayed away.",
        "1962-03-01",
    ),
    # A phrase NEAR a word: only the second keeps "grain harvest" together.
    memo("phrase-apart", "The grain ships and the harvest reports reached Odessa.", "1960-09-01"),
    memo("phrase-whole", "Reports of the grain harvest reached Odessa late.", "1960-09-02"),
    # OCR damage: one letter off, two letters off, and the name spelled right.
    memo(
        "ocr-one",
        "Whrushchev told the fishing delegation that the limits would stand.",
        "1960-06-01",
    ),
    memo("ocr-two", "Greetings were sent to Chairman Whruschev by telegram.", "1960-07-01"),
    memo("ocr-none", "Khrushchev spoke about the limits at some length.", "1960-08-01"),
    memo("short-word", "The car stalled on the road to the dacha.", "1960-08-15"),
    # Dated only to a year, and not dated at all.
    memo("year-only", "A fishing survey of the northern coast.", "1959"),
    memo("undated", "An undated fishing note.", None),
    # People, places and sides.
    memo(
        "talk-ny",
        "The Secretary and the Minister discussed the conference on Laos.",
        "1963-04-10",
        type_="memorandum of conversation",
        place="New York",
        participants=[("rusk-dean", "US"), ("gromyko-andrei-a", "USSR")],
        speakers=["rusk-dean", "gromyko-andrei-a"],
        mentioned=["khrushchev-nikita-s"],
    ),
    memo(
        "talk-moscow",
        "The Secretary and Mrs. Marten discussed the conference on Laos; Gromyko was away.",
        "1963-09-12",
        type_="memorandum of conversation",
        place="Moscow",
        participants=[("rusk-dean", "US"), ("local:ilse-marten", "UK")],
        speakers=["rusk-dean", "local:ilse-marten"],
        mentioned=["gromyko-andrei-a"],
    ),
    memo(
        "letter",
        "I write to you about the conference on Laos and the views of Mr. Khrushchev.",
        "1963-09-30",
        type_="letter",
        place="Washington",
        sender="rusk-dean",
        recipients=["gromyko-andrei-a"],
        mentioned=["khrushchev-nikita-s"],
    ),
    memo(
        "york-pa",
        "The conference was not held in York, Pennsylvania.",
        "1963-10-02",
        place="York, Pennsylvania",
    ),
]


@pytest.fixture(scope="module")
def searcher(module_archive_target):
    with open_store(module_archive_target) as db:
        for doc in DOCUMENTS:
            store_records(db, doc, raw="raw")
        search_index.sync(db)
    with Searcher(module_archive_target) as searcher:
        yield searcher


def ids(results):
    return sorted(h.id for h in results.hits)


def found(searcher, query, **options):
    return ids(searcher.search(query, limit=100, **options))


def test_near_finds_words_within_the_distance_in_either_order(searcher):
    assert found(searcher, "treaty NEAR/5 Geneva") == ["chain-broken", "near-close", "near-flipped"]
    assert found(searcher, "Geneva NEAR/5 treaty") == ["chain-broken", "near-close", "near-flipped"]


def test_near_does_not_reach_beyond_the_distance(searcher):
    assert found(searcher, "treaty Geneva") == [
        "chain-broken",
        "near-close",
        "near-far",
        "near-flipped",
    ]
    assert "near-far" not in found(searcher, "treaty NEAR Geneva")
    # "treaty" and "Geneva" have four words between them in near-close: within 4, not within 3.
    assert "near-close" in found(searcher, "treaty NEAR/4 Geneva")
    assert "near-close" not in found(searcher, "treaty NEAR/3 Geneva")


def test_near_chains_need_every_link(searcher):
    assert found(searcher, "Gromyko NEAR treaty NEAR Geneva") == ["near-close"]


def test_a_phrase_near_a_word(searcher):
    assert "phrase-whole" in found(searcher, '"grain harvest" NEAR Odessa')
    assert found(searcher, '"grain harvest" NEAR/1 telegram') == []


def test_a_phrase_near_a_word_keeps_the_phrase_together(searcher):
    # "The grain ships and the harvest reports reached Odessa" has both words, but not the phrase.
    assert found(searcher, '"grain harvest" NEAR Odessa') == ["phrase-whole"]


def test_near_results_highlight_both_sides(searcher):
    [hit] = searcher.search("Gromyko NEAR/2 said").hits
    marked = {hit.snippet[s:e].lower() for s, e in hit.highlights}
    assert marked == {"gromyko", "said"}


def test_exact_search_misses_the_ocr_garbled_name(searcher):
    assert found(searcher, "Khrushchev") == ["letter", "ocr-none"]


def test_tilde_finds_the_name_one_letter_off(searcher):
    assert found(searcher, "Khrushchev~") == ["letter", "ocr-none", "ocr-one"]
    # From the garbled side, one letter off reaches the right spelling and another garbling.
    assert found(searcher, "Whrushchev~") == ["letter", "ocr-none", "ocr-one", "ocr-two"]
    assert "ocr-two" in found(searcher, "Khrushchev~2")


def test_tilde_ranks_the_exact_spelling_first(searcher):
    hits = searcher.search("Khrushchev~ limits").hits
    assert [h.id for h in hits] == ["ocr-none", "ocr-one"]


def test_ocr_tolerant_search_finds_garbled_names(searcher):
    # Ten letters: two may be off ("Whruschev": a wrong first letter and a missing h).
    assert found(searcher, "Khrushchev", fuzzy=True) == ["letter", "ocr-none", "ocr-one", "ocr-two"]
    assert found(searcher, "Khrushchev", fuzzy=False) == ["letter", "ocr-none"]


def garbled_hit(searcher):
    return next(h for h in searcher.search("Khrushchev", fuzzy=True).hits if h.id == "ocr-one")


def test_a_hit_found_by_a_near_spelling_still_has_a_snippet(searcher):
    assert garbled_hit(searcher).snippet.startswith("Whrushchev told the fishing delegation")


def test_the_near_spelling_is_highlighted(searcher):
    hit = garbled_hit(searcher)
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["Whrushchev"]


def test_the_exact_spelling_is_highlighted_in_ocr_tolerant_search(searcher):
    hit = next(h for h in searcher.search("Khrushchev", fuzzy=True).hits if h.id == "ocr-none")
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["Khrushchev"]


def test_ocr_tolerant_search_leaves_short_words_exact(searcher):
    assert found(searcher, "cat", fuzzy=True) == []
    assert found(searcher, "dacha") == ["short-word"]
    assert "short-word" in found(searcher, "cat~")  # asked for explicitly, a short word is fuzzed


def test_ocr_tolerant_search_keeps_filters_exact(searcher):
    assert found(searcher, "Khrushchev place:Washington", fuzzy=True) == ["letter"]


def test_place_filter_matches_the_words_of_the_place(searcher):
    assert found(searcher, 'place:"New York"') == ["talk-ny"]
    assert found(searcher, "place:New_York") == ["talk-ny"]
    assert found(searcher, "place:york") == ["talk-ny", "york-pa"]
    assert found(searcher, "place:moscow Laos") == ["talk-moscow"]
    assert found(searcher, "place:Leningrad") == []


def test_place_is_not_searched_as_text(searcher):
    assert found(searcher, "Washington") == []


def test_side_filter_matches_a_side_present_at_the_conversation(searcher):
    assert found(searcher, "side:ussr") == ["talk-ny"]
    assert found(searcher, "side:USSR") == ["talk-ny"]
    assert found(searcher, "side:us") == ["talk-moscow", "talk-ny"]
    assert found(searcher, "side:uk") == ["talk-moscow"]


def test_speaker_filter_matches_only_where_the_person_speaks(searcher):
    assert found(searcher, "speaker:Gromyko") == ["talk-ny"]
    assert found(searcher, "person:Gromyko") == ["letter", "talk-moscow", "talk-ny"]
    assert found(searcher, "speaker:Marten") == ["talk-moscow"]
    assert found(searcher, "speaker:Khrushchev") == []
    assert found(searcher, "speaker:Nobody_Known") == []


def test_side_facet_counts_the_sides(searcher):
    facets = searcher.search("Laos", facets=True).facets
    assert sorted(facets["side"]) == [("uk", 1), ("us", 2), ("ussr", 1)]


def test_months_appear_only_when_the_matches_fall_in_one_year(searcher):
    across_years = searcher.search("fishing", facets=True).facets
    assert "month" not in across_years
    assert sorted(across_years["year"]) == [("1959", 1), ("1960", 1), ("1961", 1)]
    one_year = searcher.search("fishing year:1960..1961", facets=True).facets
    assert "month" not in one_year


def test_drilling_down_to_a_year_gives_its_months(searcher):
    facets = searcher.search("year:1963", facets=True).facets
    assert facets["year"] == [("1963", 4)]
    assert facets["month"] == [("1963-04", 1), ("1963-09", 2), ("1963-10", 1)]


def test_sort_by_date_is_oldest_first_with_undated_last(searcher):
    hits = searcher.search("fishing", sort="date").hits
    assert [h.id for h in hits] == ["year-only", "ocr-one", "near-close", "undated"]


def test_sort_newest_is_newest_first_with_undated_still_last(searcher):
    hits = searcher.search("fishing", sort="newest").hits
    assert [h.id for h in hits] == ["near-close", "ocr-one", "year-only", "undated"]


def test_sorted_pages_follow_on(searcher):
    first = searcher.search("fishing", sort="date", limit=2).hits
    second = searcher.search("fishing", sort="date", limit=2, offset=2).hits
    assert [h.id for h in first + second] == ["year-only", "ocr-one", "near-close", "undated"]


def test_an_unknown_sort_is_a_query_error(searcher):
    with pytest.raises(QueryError, match="newest"):
        searcher.search("fishing", sort="oldest")


def test_timeline_counts_documents_per_month_and_those_it_cannot_place(searcher):
    timeline = searcher.timeline("fishing")
    assert timeline["total"] == 4
    assert timeline["months"] == [("1960-06", 1), ("1961-05", 1)]
    assert timeline["not_placed"] == 2  # one dated only to a year, one not dated


def test_timeline_of_everything_and_of_nothing(searcher):
    everything = searcher.timeline("")
    assert everything["total"] == len(DOCUMENTS)
    assert sum(n for _, n in everything["months"]) + everything["not_placed"] == len(DOCUMENTS)
    assert searcher.timeline("zanzibar") == {
        "query": "zanzibar",
        "total": 0,
        "months": [],
        "not_placed": 0,
    }


def test_timeline_places_a_range_within_one_month(tmp_path):
    db_path = tmp_path / "a.db"
    db = open_store(db_path)
    docs = [
        memo("in-march", "Cable traffic.", date_range=["1962-03-05", "1962-03-20"]),
        memo("spring", "Cable traffic.", date_range=["1962-03-01", "1962-05-31"]),
    ]
    for doc in docs:
        store_records(db, doc, raw="raw")
    search_index.sync(db)
    db.close()
    timeline = Searcher(db_path).timeline("cable")
    assert timeline["months"] == [("1962-03", 1)]
    assert timeline["not_placed"] == 1


def test_timeline_rejects_bad_queries(searcher):
    with pytest.raises(QueryError, match="NEAR"):
        searcher.timeline("NEAR treaty")


def test_matching_ids_lists_the_best_matches(searcher):
    assert sorted(searcher.matching_ids("fishing", limit=10)) == [
        "near-close",
        "ocr-one",
        "undated",
        "year-only",
    ]
    assert len(searcher.matching_ids("fishing", limit=2)) == 2
    assert sorted(searcher.matching_ids("Khrushchev", limit=10, fuzzy=True)) == [
        "letter",
        "ocr-none",
        "ocr-one",
        "ocr-two",
    ]


def test_hits_carry_their_people_correspondents_and_participants_before_mentions(searcher):
    hits = {h.id: h for h in searcher.search("Laos", limit=10).hits}
    assert [(p["id"], p["role"]) for p in hits["letter"].people] == [
        ("rusk-dean", "sender"),
        ("gromyko-andrei-a", "recipient"),
        ("khrushchev-nikita-s", "mentioned"),
    ]
    assert [p["role"] for p in hits["talk-moscow"].people] == [
        "participant",
        "participant",
        "mentioned",
    ]
    assert hits["talk-moscow"].people[-1] == {
        "id": "gromyko-andrei-a",
        "name": "Andrei A. Gromyko",
        "role": "mentioned",
    }
    assert searcher.search("dacha").hits[0].people == []


def test_an_index_in_an_older_layout_is_rebuilt_or_named(tmp_path):
    db_path = tmp_path / "a.db"
    db = open_store(db_path)
    doc = memo("old", "Cable traffic.", "1961-01-02")
    store_records(db, doc, raw="raw")
    old = tantivy.SchemaBuilder()  # the version 3 layout: no place, side, speaker or month
    old.add_text_field("id", stored=True, tokenizer_name="raw")
    old.add_text_field("text", stored=True)
    path = search_index.index_path(db)
    path.mkdir()
    writer = tantivy.Index(old.build(), path=str(path)).writer()
    writer.add_document(tantivy.Document(id="old", text="Cable traffic."))
    writer.commit()
    writer.wait_merging_threads()
    db.set_meta(search_index.VERSION_KEY, "3")
    db.set_meta(search_index.WATERMARK, "1")
    db.close()
    try:
        assert Searcher(db_path).search("cable").total == 1
    except FileNotFoundError as error:  # the CLI turns this into a clear message
        assert "reindex" in str(error)


def test_ocr_tolerant_search_knows_rn_read_for_m(tmp_path):
    # "rn" for "m" is two edits away, too far for a seven-letter name: the scanner confusion is
    # known instead.
    db_path = tmp_path / "a.db"
    db = open_store(db_path)
    doc = memo("ocr-rn", "Mr. Grornyko answered the note on whaling.", "1962-01-05")
    store_records(db, doc, raw="raw")
    search_index.sync(db)
    db.close()
    searcher = Searcher(db_path)
    assert found(searcher, "Gromyko") == []
    assert found(searcher, "Gromyko~") == ["ocr-rn"]
    [hit] = searcher.search("Gromyko", fuzzy=True).hits
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["Grornyko"]
