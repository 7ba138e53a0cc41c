"""CSV export for spreadsheets: one row per document, lists joined with "; "."""

from __future__ import annotations

import csv
from typing import TextIO

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


def names(people: list[dict]) -> str:
    return "; ".join(p["name"] for p in people)


def csv_row(record: dict) -> dict:
    frus = record.get("frus") or {}
    release = record.get("release") or {}
    person = lambda p: p["name"] if p else ""  # noqa: E731
    return {
        "id": record["id"],
        "path": record["source"]["path"],
        "part": record["source"]["part"],
        "collection": record.get("collection") or "",
        "type": record.get("type") or "",
        "date": record.get("date") or "",
        "date_range": "..".join(record.get("date_range") or []),
        "date_basis": record.get("date_basis") or "",
        "title": record.get("title") or "",
        "place": record.get("place") or "",
        "classification": record.get("classification") or "",
        "handling": "; ".join(record.get("handling") or []),
        "sender": person(record.get("sender")),
        "recipients": names(record.get("recipients") or []),
        "participants": "; ".join(
            f"{p['name']} ({p['side']})" if p.get("side") else p["name"]
            for p in record.get("participants") or []
        ),
        "persons": names(record.get("persons") or []),
        "drafted_by": person(record.get("drafted_by")),
        "approved_by": person(record.get("approved_by")),
        "distribution": "; ".join(record.get("distribution") or []),
        "frus_volume": frus.get("volume") or "",
        "frus_number": frus.get("number") or "",
        "release_date": release.get("date") or "",
        "release_id": release.get("id") or "",
        "source_note": record.get("source_note") or "",
        "words": len((record.get("text") or "").split()),
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
