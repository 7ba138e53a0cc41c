"""A Document as the export contract of DESIGN.md names its fields."""

from __future__ import annotations

import itertools

from ..model import Document, Party


def person_of(party: Party | None) -> dict | None:
    return None if party is None else person_dict(party)


def person_dict(party: Party) -> dict:
    return {"id": party.person_id or local_person_id(party.name), "name": party.name}


def local_person_id(name: str) -> str:
    """An id for a person known only by the name in the text (no authority record yet)."""
    slug = "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-")
    while "--" in slug:
        slug = slug.replace("--", "-")
    return f"local:{slug}" if slug else "local:unknown"


def persons_with_mentions(doc: Document) -> list[dict]:
    by_id: dict[str, dict] = {
        p.id: {"id": p.id, "name": p.name, "mentions": []} for p in doc.persons
    }
    for m in doc.mentions:
        if m.person_id in by_id:
            by_id[m.person_id]["mentions"].append(
                {"text": m.text, "start": m.start, "end": m.end, "kind": m.kind}
            )
    return list(by_id.values())


def network_edges(doc: Document) -> list[dict]:
    """Who met, wrote to or passed a message to whom, for the person network."""
    edges = []
    if doc.sender and doc.sender.person_id:
        edges += [
            {"source": doc.sender.person_id, "target": r.person_id, "kind": "wrote to"}
            for r in doc.recipients
            if r.person_id
        ]
    met = [p.person_id for p in doc.participants if p.person_id]
    edges += [
        {"source": a, "target": b, "kind": "met"}
        for i, a in enumerate(met)
        for b in met[i + 1 :]
        if a != b
    ]
    edges += [
        {"source": a.id, "target": b.id, "kind": "relayed to"}
        for a, b in itertools.pairwise(doc.channel)
    ]
    return edges


def flat(record) -> dict:
    """A flat dataclass (no nested records) as a dict: ``asdict`` without its deep copies,
    which cost more than the rest of the export."""
    return dict(record.__dict__)


def document_record(doc: Document) -> dict:
    """The JSON object ``chancery export --format jsonl`` writes for one document."""
    src = doc.source
    names = {p.id: p.name for p in doc.persons}
    return {
        "id": doc.id,
        "source": {
            "path": src.path,
            "part": doc.part,
            "parts": doc.parts,
            "format": src.format,
            "sha256": src.sha256,
        },
        "collection": doc.collection,
        "type": doc.type,
        "date": doc.date,
        "date_range": doc.date_range,
        "date_basis": doc.date_basis,
        "title": doc.title,
        "subject": doc.subject,
        "place": doc.place,
        "classification": doc.classification,
        "handling": list(doc.handling),
        "sender": person_of(doc.sender),
        "recipients": [person_of(p) for p in doc.recipients],
        "participants": [
            {**person_dict(p), "side": p.side, "role": p.role, "as_written": p.as_written}
            for p in doc.participants
        ],
        "persons": persons_with_mentions(doc),
        "speakers": [{"id": p.id, "name": p.name} for p in doc.speakers],
        "turns": [flat(t) for t in doc.turns],
        "channel": [{"id": p.id, "name": p.name} for p in doc.channel],
        "edges": network_edges(doc),
        "drafted_by": person_of(doc.drafted_by),
        "approved_by": person_of(doc.approved_by),
        "source_note": doc.source_note,
        "distribution": list(doc.distribution),
        "frus": doc.frus,
        "release": doc.release,
        "stamps": [flat(s) for s in doc.stamps],
        "pages": [
            flat(p) if p.ocr else {"n": p.n, "start": p.start, "end": p.end} for p in doc.pages
        ],
        "references": [flat(r) for r in doc.references],
        "flags": [flat(f) for f in doc.flags],
        "footnotes": [flat(f) for f in doc.footnotes],
        "evidence": {k: flat(v) for k, v in doc.evidence.items()},
        # Every mention with its link, confidence and evidence ("chancery show ID --people").
        "mentions": [
            {**flat(m), "person_name": names.get(m.person_id) if m.person_id else None}
            for m in doc.mentions
        ],
        "text": doc.text,
        # Where the source's editors stated the facts (a FRUS TEI volume): what the pipeline read.
        **({"pipeline_reading": doc.pipeline_reading} if doc.pipeline_reading else {}),
    }
