"""The editors' facts of a FRUS TEI volume, taken as stated, with the pipeline's reading beside
them.

A document from a TEI volume (``read/tei.py``) comes with what the Office of the Historian's
editors encoded: its dateline date and place, its heading, its source note, its people
tagged ``persName`` with a link to the volume's persons list. Those are better evidence
than anything read from the text, so they become the document's facts, each with its basis
("editors: dateline date/@when"). What the pipeline read from the same text is kept in
``Document.pipeline_reading``: ``chancery eval --frus`` scores it against the editors.
"""

from __future__ import annotations

import bisect
import re

from ..authority.matcher import Matcher
from ..layouts.frus import type_of
from ..layouts.source_note import CLASSIFICATION, HANDLING, normalize
from ..model import Document, Evidence, Mention, Party, Person
from .noise import marking_level
from .people import local_person_id


def editors(doc: Document, matcher: Matcher) -> Document:
    documents = doc.source.meta.get("documents") if doc.source.format == "tei" else None
    if not documents:
        return doc
    facts = documents[doc.part - 1]["editors"]
    doc.pipeline_reading = reading_of(doc)
    doc.frus = (
        {"volume": facts.volume or None, "number": facts.number}
        if facts.number is not None
        else doc.frus
    )
    heading = clean_span(doc, facts.heading_span)
    if facts.title:
        doc.title = facts.title
        doc.type = type_of(facts.title)
        doc.evidence["type"] = Evidence(*heading, "editors: the heading")
    dateline = clean_span(doc, facts.dateline_span)
    if facts.date or facts.date_range:
        doc.date, doc.date_range = facts.date, facts.date_range
        doc.date_basis = f"editors: {facts.date_attribute}"
        doc.evidence["date"] = Evidence(*dateline, doc.date_basis)
    if facts.place:
        doc.place = facts.place
        doc.evidence["place"] = Evidence(*dateline, "editors: dateline placeName")
    level, handling = classification_of(facts.source_note)
    if level:
        doc.classification, doc.handling = level, handling or doc.handling
        doc.evidence["classification"] = Evidence(-1, -1, "editors: the source note")
    take_persons(doc, facts, matcher)
    senders = [parties_of(entry, matcher, doc) for entry in facts.senders]
    if senders:
        doc.sender = senders[0]
        doc.evidence["sender"] = Evidence(*heading, "editors: heading persName[@type='from']")
    recipients = [parties_of(entry, matcher, doc) for entry in facts.recipients]
    if doc.sender and any(r.person_id == doc.sender.person_id for r in recipients):
        # the editors' markup slipped (the writer tagged "to"): the pipeline's reading stands
        recipients = []
        doc.recipients = recipients
        doc.evidence["recipients"] = Evidence(*heading, "editors: heading persName[@type='to']")
    return doc


def reading_of(doc: Document) -> dict:
    """What the pipeline read, before the editors' facts replace it."""

    def who(party: Party | None) -> dict | None:
        return {"id": party.person_id, "name": party.name} if party else None

    return {
        "type": doc.type,
        "date": doc.date,
        "date_range": doc.date_range,
        "place": doc.place,
        "title": doc.title,
        "classification": doc.classification,
        "handling": list(doc.handling),
        "sender": who(doc.sender),
        "recipients": [who(p) for p in doc.recipients],
        "persons": [p.id for p in doc.persons],
    }


def classification_of(note: str | None) -> tuple[str | None, list[str]]:
    """The classification and handling the source note states."""
    if not note:
        return None, []
    text = note.split(":", 1)[1] if note.lower().startswith("source:") else note
    level = CLASSIFICATION.search(text)
    if not level:
        return None, []
    return marking_level(level.group("level")), list(
        dict.fromkeys(normalize(h) for h in HANDLING.findall(text))
    )


def clean_span(doc: Document, span: tuple[int, int] | None) -> tuple[int, int]:
    """A span of the document's text as written (raw) in its clean text, or (-1, -1)."""
    if not span:
        return -1, -1
    start, end = clean_offset(doc, span[0]), clean_offset(doc, max(span[1] - 1, span[0]))
    return (start, end + 1) if start is not None and end is not None and end >= start else (-1, -1)


def clean_offset(doc: Document, raw: int) -> int | None:
    """The clean offset of a raw one, where the character was copied into the clean text."""
    if not doc.offset_map:
        return raw if raw < len(doc.text) else None
    raws = [r for _, r in doc.offset_map]
    i = bisect.bisect_right(raws, raw) - 1
    if i < 0:
        return None
    clean_start, raw_start = doc.offset_map[i]
    clean_end = doc.offset_map[i + 1][0] if i + 1 < len(doc.offset_map) else len(doc.text)
    offset = clean_start + (raw - raw_start)
    return offset if offset < clean_end else None


def person_id_of(entry: dict) -> str:
    return entry.get("id") or local_person_id(entry["name"])


def name_of(person_id: str, listed: str, matcher: Matcher) -> str:
    known = matcher.by_id.get(person_id)
    return known.name if known else listed


def parties_of(entry: dict, matcher: Matcher, doc: Document) -> Party:
    person_id = person_id_of(entry)
    return Party(
        as_written=entry["name"],
        name=name_of(person_id, entry["name"], matcher),
        person_id=person_id,
    )


def take_persons(doc: Document, facts, matcher: Matcher) -> None:
    """Every persName of the editors links its words to its person: the pipeline's mention of
    the same words takes the editors' person, or a mention is added."""
    mentions = sorted(doc.mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    added = []
    for entry in facts.persons:
        start, end = clean_span(doc, (entry["start"], entry["end"]))
        if start < 0:
            continue
        person_id = person_id_of(entry)
        i = bisect.bisect_right(starts, end) - 1
        overlapping = [
            m for m in mentions[max(0, i - 3) : i + 1] if m.start < end and start < m.end
        ]
        if overlapping:
            for mention in overlapping:
                mention.person_id, mention.confidence, mention.evidence = (
                    person_id,
                    1.0,
                    "the editors' persName",
                )
        else:
            written = doc.text[start:end]
            if re.search(r"[A-Za-z]", written):
                added.append(
                    Mention(written, start, end, "name", person_id, 1.0, "the editors' persName")
                )
    doc.mentions = sorted(doc.mentions + added, key=lambda m: (m.start, m.end))
    names = {
        entry_id: entry["name"] for entry in facts.persons for entry_id in [person_id_of(entry)]
    }
    known = {p.id for p in doc.persons}
    for mention in doc.mentions:
        if mention.person_id and mention.person_id not in known:
            known.add(mention.person_id)
            doc.persons.append(
                Person(
                    mention.person_id,
                    name_of(mention.person_id, names.get(mention.person_id, mention.text), matcher),
                )
            )
