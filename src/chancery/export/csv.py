"""CSV export for spreadsheets: one row per document, lists joined with "; "."""

from __future__ import annotations

import csv
from typing import TextIO

from ..record import StoredDocument
from ..store import Store

COLUMNS = [
    "id",
    "path",
    "part",
    "collection",
    "type",
    "date",
    "date_range",
    "date_basis",
    "title",
    "place",
    "classification",
    "handling",
    "sender",
    "recipients",
    "participants",
    "persons",
    "drafted_by",
    "approved_by",
    "distribution",
    "frus_volume",
    "frus_number",
    "release_date",
    "release_id",
    "source_note",
    "words",
]


def names(people: list) -> str:
    return "; ".join(p.name for p in people)


def csv_row(record: StoredDocument) -> dict:
    frus = record.frus or {}
    release = record.release or {}
    person = lambda p: p.name if p else ""  # noqa: E731
    return {
        "id": record.id,
        "path": record.source.path,
        "part": record.source.part,
        "collection": record.collection or "",
        "type": record.type or "",
        "date": record.date or "",
        "date_range": "..".join(record.date_range or []),
        "date_basis": record.date_basis or "",
        "title": record.title or "",
        "place": record.place or "",
        "classification": record.classification or "",
        "handling": "; ".join(record.handling),
        "sender": person(record.sender),
        "recipients": names(record.recipients),
        "participants": "; ".join(
            f"{p.name} ({p.side})" if p.side else p.name for p in record.participants
        ),
        "persons": names(record.persons),
        "drafted_by": person(record.drafted_by),
        "approved_by": person(record.approved_by),
        "distribution": "; ".join(record.distribution),
        "frus_volume": frus.get("volume") or "",
        "frus_number": frus.get("number") or "",
        "release_date": release.get("date") or "",
        "release_id": release.get("id") or "",
        "source_note": record.source_note or "",
        "words": len(record.text.split()),
    }


def spreadsheet_safe(value):
    """Document text is untrusted: a cell starting with = + - @ would run as a formula in a
    spreadsheet."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def export_csv(db: Store, out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    count = 0
    for _, record in db.iter_records():
        writer.writerow({k: spreadsheet_safe(v) for k, v in csv_row(record).items()})
        count += 1
    return count
