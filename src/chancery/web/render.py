"""A document's text as HTML: person mentions linked, speaker turns marked, footnotes beside
their markers; and the original text with the parts cleaning removed shown struck through.

Every piece of document text goes through ``escape``; only the tags written here are markup.
"""

from __future__ import annotations

from urllib.parse import quote

from markupsafe import Markup, escape

from ..model import Stamp
from ..record import StoredDocument

# At one offset, closing tags come before opening ones so that elements nest properly.
CLOSE_MENTION, CLOSE_TURN, OPEN_TURN, NOTE, OPEN_MENTION = range(5)


def person_href(person_id: str) -> str:
    return "/people/" + quote(person_id, safe="")


def with_inserts(text: str, inserts: list[tuple[int, int, Markup]]) -> Markup:
    """``text`` escaped, with markup inserted at offsets (offset, order at that offset, markup)."""
    out, last = [], 0
    for offset, _, markup in sorted(inserts, key=lambda i: (i[0], i[1])):
        out.append(escape(text[last:offset]))
        out.append(markup)
        last = offset
    out.append(escape(text[last:]))
    return Markup("").join(out)


def document_html(record: StoredDocument) -> Markup:
    text = record.text
    names = {p.id: p.name for p in record.persons}
    inserts: list[tuple[int, int, Markup]] = []
    boundaries: set[int] = set()
    for number, turn in enumerate(record.turns, start=1):
        speaker = names.get(turn.speaker, turn.speaker)
        inserts.append(
            (
                turn.start,
                OPEN_TURN,
                Markup(
                    '<span class="turn" id="turn-{n}" data-speaker="{id}">'
                    '<a class="speaker" href="{href}" title="speaker">{name}</a> '
                ).format(n=number, id=turn.speaker, href=person_href(turn.speaker), name=speaker),
            )
        )
        inserts.append((turn.end, CLOSE_TURN, Markup("</span>")))
        boundaries.update((turn.start, turn.end))
    taken_until = -1
    for mention in sorted(record.mentions, key=lambda m: (m.start, -m.end)):
        start, end = mention.start, mention.end
        if start < 0 or end > len(text) or start < taken_until or not mention.person_id:
            continue  # not in the text (a header or note), or overlapping a mention already linked
        if any(start < b < end for b in boundaries):
            continue
        title = (
            f"{mention.person_name or mention.person_id} "
            f"({mention.kind}, confidence {mention.confidence:.2f})"
        )
        inserts.append(
            (
                start,
                OPEN_MENTION,
                Markup('<a class="mention" href="{href}" title="{title}">').format(
                    href=person_href(mention.person_id), title=title
                ),
            )
        )
        inserts.append((end, CLOSE_MENTION, Markup("</a>")))
        taken_until = end
    for note in record.footnotes:
        if 0 <= note.start <= len(text):
            inserts.append(
                (
                    note.start,
                    NOTE,
                    Markup(
                        '<sup class="note-marker"><a href="#note-{m}" id="ref-{m}">{m}</a></sup>'
                        '<span class="sidenote" role="note"><b>{m}</b> {t}</span>'
                    ).format(m=note.marker, t=note.text),
                )
            )
    return with_inserts(text, inserts)


def original_html(raw: str, stamps: list[Stamp]) -> Markup:
    """The original text, every part cleaning removed from the body wrapped in <del> with its
    kind."""
    inserts, taken_until = [], -1
    for stamp in sorted(stamps, key=lambda s: (s.start, -s.end)):
        start, end = stamp.start, stamp.end
        if start < taken_until or start < 0 or end > len(raw) or end <= start:
            continue
        inserts.append(
            (
                start,
                1,
                Markup('<del class="removed" title="{kind}, page {page}">').format(
                    kind=stamp.kind, page=stamp.page
                ),
            )
        )
        inserts.append((end, 0, Markup("</del>")))
        taken_until = end
    return with_inserts(raw, inserts)
