"""The stored record of a document: what the store keeps, the index and pages read, and the
export writes (the export contract of DESIGN.md).

``document_record`` makes one from the pipeline's ``Document``; ``record_to_dict`` and
``record_from_dict`` are the only conversions to and from the JSON-able dict the store holds
and the JSONL export writes, so the JSON's keys and their order are spelled out once, here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .model import Document, Evidence, Flag, Footnote, Page, Party, Person, Reference, Stamp, Turn


@dataclass
class StoredSource:
    """The file a document came from, and which of its documents it is."""

    path: str
    part: int  # 1-based
    parts: int
    format: str
    sha256: str


@dataclass
class Participant:
    """A person at a meeting, with the side and role the text gives them."""

    id: str
    name: str
    side: str | None = None
    role: str | None = None
    as_written: str = ""


@dataclass
class PersonMention:
    """Where the text names a person (the person's own list: no link or confidence)."""

    text: str
    start: int
    end: int
    kind: str


@dataclass
class StoredPerson:
    """A person the document names, with the ways it names them."""

    id: str
    name: str
    mentions: list[PersonMention] = field(default_factory=list)


@dataclass
class Edge:
    """A tie for the person network: ``source`` wrote to, met or relayed to ``target``."""

    source: str
    target: str
    kind: str  # "wrote to" | "met" | "relayed to"


@dataclass
class LinkedMention:
    """A mention with its link, confidence and evidence (``chancery show ID --people``)."""

    text: str
    start: int
    end: int
    kind: str
    person_id: str | None = None
    confidence: float = 1.0
    evidence: str = ""
    person_name: str | None = None


@dataclass
class StoredDocument:
    id: str
    source: StoredSource
    collection: str | None = None
    type: str | None = None
    date: str | None = None
    date_range: list[str] | None = None
    date_basis: str | None = None
    title: str | None = None
    subject: str | None = None
    place: str | None = None
    classification: str | None = None
    handling: list[str] = field(default_factory=list)
    sender: Person | None = None
    recipients: list[Person] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    persons: list[StoredPerson] = field(default_factory=list)
    speakers: list[Person] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    channel: list[Person] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    drafted_by: Person | None = None
    approved_by: Person | None = None
    source_note: str | None = None
    distribution: list[str] = field(default_factory=list)
    frus: dict | None = None  # {"volume": str | None, "number": int}
    release: dict | None = None  # {"date", "id", "authority"}
    stamps: list[Stamp] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    mentions: list[LinkedMention] = field(default_factory=list)
    text: str = ""
    # What the pipeline read where a source's editors stated the facts (a FRUS TEI volume).
    pipeline_reading: dict | None = None


# ---- from the pipeline --------------------------------------------------------------------------


def local_person_id(name: str) -> str:
    """An id for a person known only by the name in the text (no authority record yet)."""
    slug = "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-")
    while "--" in slug:
        slug = slug.replace("--", "-")
    return f"local:{slug}" if slug else "local:unknown"


def person_of(party: Party | None) -> Person | None:
    if party is None:
        return None
    return Person(id=party.person_id or local_person_id(party.name), name=party.name)


def recipient_of(party: Party) -> Person:
    return Person(id=party.person_id or local_person_id(party.name), name=party.name)


def persons_with_mentions(doc: Document) -> list[StoredPerson]:
    by_id = {p.id: StoredPerson(id=p.id, name=p.name) for p in doc.persons}
    for m in doc.mentions:
        if m.person_id in by_id:
            by_id[m.person_id].mentions.append(PersonMention(m.text, m.start, m.end, m.kind))
    return list(by_id.values())


def network_edges(doc: Document) -> list[Edge]:
    """Who met, wrote to or passed a message to whom, for the person network."""
    return edges_between(
        doc.sender.person_id if doc.sender else None,
        [r.person_id for r in doc.recipients if r.person_id],
        [p.person_id for p in doc.participants if p.person_id],
        [p.id for p in doc.channel],
    )


def edges_between(
    sender: str | None, recipients: list[str], participants: list[str], channel: Sequence[str] = ()
) -> list[Edge]:
    """The ties among people by id: the sender wrote to each recipient, the participants met
    each other, and each link of a channel relayed to the next."""
    edges = [Edge(sender, r, "wrote to") for r in recipients] if sender else []
    edges += [
        Edge(a, b, "met")
        for i, a in enumerate(participants)
        for b in participants[i + 1 :]
        if a != b
    ]
    edges += [Edge(a, b, "relayed to") for a, b in zip(channel, channel[1:], strict=False)]
    return edges


def document_record(doc: Document) -> StoredDocument:
    """The stored record of one document the pipeline has read."""
    src = doc.source
    names = {p.id: p.name for p in doc.persons}
    return StoredDocument(
        id=doc.id,
        source=StoredSource(src.path, doc.part, doc.parts, src.format, src.sha256),
        collection=doc.collection,
        type=doc.type,
        date=doc.date,
        date_range=doc.date_range,
        date_basis=doc.date_basis,
        title=doc.title,
        subject=doc.subject,
        place=doc.place,
        classification=doc.classification,
        handling=list(doc.handling),
        sender=person_of(doc.sender),
        recipients=[recipient_of(p) for p in doc.recipients],
        participants=[
            Participant(
                p.person_id or local_person_id(p.name), p.name, p.side, p.role, p.as_written
            )
            for p in doc.participants
        ],
        persons=persons_with_mentions(doc),
        speakers=[Person(p.id, p.name) for p in doc.speakers],
        turns=list(doc.turns),
        channel=[Person(p.id, p.name) for p in doc.channel],
        edges=network_edges(doc),
        drafted_by=person_of(doc.drafted_by),
        approved_by=person_of(doc.approved_by),
        source_note=doc.source_note,
        distribution=list(doc.distribution),
        frus=doc.frus,
        release=doc.release,
        stamps=list(doc.stamps),
        pages=list(doc.pages),
        references=list(doc.references),
        flags=list(doc.flags),
        footnotes=list(doc.footnotes),
        evidence=dict(doc.evidence),
        mentions=[
            LinkedMention(
                m.text,
                m.start,
                m.end,
                m.kind,
                m.person_id,
                m.confidence,
                m.evidence,
                names.get(m.person_id) if m.person_id else None,
            )
            for m in doc.mentions
        ],
        text=doc.text,
        pipeline_reading=doc.pipeline_reading,
    )


# ---- to and from the stored JSON ----------------------------------------------------------------


def flat(record) -> dict:
    """A flat dataclass (no nested records) as a dict: ``asdict`` without its deep copies,
    which cost more than the rest of the export."""
    return dict(record.__dict__)


def record_to_dict(record: StoredDocument) -> dict:
    """The JSON object the store keeps and ``chancery export --format jsonl`` writes."""
    r = record
    person = lambda p: flat(p) if p is not None else None  # noqa: E731
    return {
        "id": r.id,
        "source": flat(r.source),
        "collection": r.collection,
        "type": r.type,
        "date": r.date,
        "date_range": r.date_range,
        "date_basis": r.date_basis,
        "title": r.title,
        "subject": r.subject,
        "place": r.place,
        "classification": r.classification,
        "handling": list(r.handling),
        "sender": person(r.sender),
        "recipients": [flat(p) for p in r.recipients],
        "participants": [flat(p) for p in r.participants],
        "persons": [
            {"id": p.id, "name": p.name, "mentions": [flat(m) for m in p.mentions]}
            for p in r.persons
        ],
        "speakers": [flat(p) for p in r.speakers],
        "turns": [flat(t) for t in r.turns],
        "channel": [flat(p) for p in r.channel],
        "edges": [flat(e) for e in r.edges],
        "drafted_by": person(r.drafted_by),
        "approved_by": person(r.approved_by),
        "source_note": r.source_note,
        "distribution": list(r.distribution),
        "frus": r.frus,
        "release": r.release,
        "stamps": [flat(s) for s in r.stamps],
        # A page read by OCR says how; any other page is its span alone.
        "pages": [
            flat(p) if p.ocr else {"n": p.n, "start": p.start, "end": p.end} for p in r.pages
        ],
        "references": [flat(x) for x in r.references],
        "flags": [flat(f) for f in r.flags],
        "footnotes": [flat(f) for f in r.footnotes],
        "evidence": {k: flat(v) for k, v in r.evidence.items()},
        "mentions": [flat(m) for m in r.mentions],
        "text": r.text,
        **({"pipeline_reading": r.pipeline_reading} if r.pipeline_reading else {}),
    }


def record_from_dict(data: dict) -> StoredDocument:
    """A stored record read back. Keys an older archive's records lack take their defaults."""
    get = data.get
    person = lambda p: Person(**p) if p else None  # noqa: E731
    return StoredDocument(
        id=data["id"],
        source=StoredSource(**data["source"]),
        collection=get("collection"),
        type=get("type"),
        date=get("date"),
        date_range=get("date_range"),
        date_basis=get("date_basis"),
        title=get("title"),
        subject=get("subject"),
        place=get("place"),
        classification=get("classification"),
        handling=list(get("handling") or []),
        sender=person(get("sender")),
        recipients=[Person(**p) for p in get("recipients") or []],
        participants=[Participant(**p) for p in get("participants") or []],
        persons=[
            StoredPerson(p["id"], p["name"], [PersonMention(**m) for m in p.get("mentions", [])])
            for p in get("persons") or []
        ],
        speakers=[Person(**p) for p in get("speakers") or []],
        turns=[Turn(**t) for t in get("turns") or []],
        channel=[Person(**p) for p in get("channel") or []],
        edges=[Edge(**e) for e in get("edges") or []],
        drafted_by=person(get("drafted_by")),
        approved_by=person(get("approved_by")),
        source_note=get("source_note"),
        distribution=list(get("distribution") or []),
        frus=get("frus"),
        release=get("release"),
        stamps=[Stamp(**s) for s in get("stamps") or []],
        pages=[Page(**p) for p in get("pages") or []],
        references=[Reference(**x) for x in get("references") or []],
        flags=[Flag(**f) for f in get("flags") or []],
        footnotes=[Footnote(**f) for f in get("footnotes") or []],
        evidence={k: Evidence(**v) for k, v in (get("evidence") or {}).items()},
        mentions=[LinkedMention(**m) for m in get("mentions") or []],
        text=get("text") or "",
        pipeline_reading=get("pipeline_reading"),
    )
