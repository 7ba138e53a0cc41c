"""The rows a document record becomes in the store's tables, whichever store it is (no SQL here)."""

from __future__ import annotations

from datetime import UTC, datetime

from ..record import StoredDocument

ROLE_ORDER = {"sender": 0, "recipient": 1, "participant": 2, "mentioned": 3}


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def year_of(record: StoredDocument) -> int | None:
    date = record.date or (record.date_range[0] if record.date_range else None)
    return int(date[:4]) if date else None


def roles_in(record: StoredDocument) -> dict[str, str]:
    """Person id → part in the document: sender, recipient or participant (else mentioned)."""
    roles: dict[str, str] = {}
    if record.sender:
        roles[record.sender.id] = "sender"
    for p in record.recipients:
        roles.setdefault(p.id, "recipient")
    for participant in record.participants:
        roles.setdefault(participant.id, "participant")
    return roles


def people_of_record(record: StoredDocument, most: int = 6) -> list[dict]:
    """The people of a document for result lists, once each: correspondents and participants
    before the people only mentioned."""
    roles = roles_in(record)
    people: dict[str, dict] = {}
    for p in record.persons:
        people.setdefault(p.id, {"id": p.id, "name": p.name, "role": roles.get(p.id, "mentioned")})
    return sorted(people.values(), key=lambda p: ROLE_ORDER[p["role"]])[:most]


def person_rows(record: StoredDocument) -> list[tuple]:
    """(document, person, name, role in the document, a way it was written) for the people index."""
    rows = []
    roles = roles_in(record)
    for person in record.persons:
        written = sorted({m.text for m in person.mentions}) or [person.name]
        for text in written:
            rows.append(
                (record.id, person.id, person.name, roles.get(person.id, "mentioned"), text)
            )
    return rows


def edge_rows(record: StoredDocument) -> list[tuple]:
    return [(record.id, e.source, e.target, e.kind) for e in record.edges]


def tie_rows(record: StoredDocument) -> list[tuple]:
    """(source, target, kind) once per document."""
    return sorted({(e.source, e.target, e.kind) for e in record.edges})


def pair_rows(record: StoredDocument) -> list[tuple]:
    """(a, b) with a < b, once per document, for every two people tied in it."""
    return sorted(
        {tuple(sorted((e.source, e.target))) for e in record.edges if e.source != e.target}
    )


def person_form_rows(record: StoredDocument) -> list[tuple]:
    """(person, name, form) once per form a document uses, its canonical name included."""
    rows: list[tuple] = []
    for person in record.persons:
        forms = {person.name} | {m.text for m in person.mentions}
        rows.extend((person.id, person.name, form) for form in sorted(forms))
    return rows


def containing(text: str) -> str:
    """A LIKE pattern for "contains ``text``": the user's % and _ are letters, not wildcards."""
    text = text.replace("\x00", "")
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
