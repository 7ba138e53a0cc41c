"""The rows a document record becomes in the store's tables, whichever store it is (no SQL here)."""

from __future__ import annotations

from datetime import UTC, datetime

ROLE_ORDER = {"sender": 0, "recipient": 1, "participant": 2, "mentioned": 3}


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def year_of(record: dict) -> int | None:
    date = record.get("date") or (record.get("date_range") or [None])[0]
    return int(date[:4]) if date else None


def roles_in(record: dict) -> dict[str, str]:
    """Person id → part in the document: sender, recipient or participant (else mentioned)."""
    roles = {}
    if record.get("sender"):
        roles[record["sender"]["id"]] = "sender"
    for p in record.get("recipients", []):
        roles.setdefault(p["id"], "recipient")
    for p in record.get("participants", []):
        roles.setdefault(p["id"], "participant")
    return roles


def people_of_record(record: dict, most: int = 6) -> list[dict]:
    """The people of a document for result lists, once each: correspondents and participants
    before the people only mentioned."""
    roles = roles_in(record)
    people: dict[str, dict] = {}
    for p in record.get("persons", []):
        people.setdefault(
            p["id"], {"id": p["id"], "name": p["name"], "role": roles.get(p["id"], "mentioned")}
        )
    return sorted(people.values(), key=lambda p: ROLE_ORDER[p["role"]])[:most]


def person_rows(record: dict) -> list[tuple]:
    """(document, person, name, role in the document, a way it was written) for the people index."""
    rows = []
    roles = roles_in(record)
    for person in record.get("persons", []):
        written = sorted({m["text"] for m in person.get("mentions", [])}) or [person["name"]]
        for text in written:
            rows.append(
                (
                    record["id"],
                    person["id"],
                    person["name"],
                    roles.get(person["id"], "mentioned"),
                    text,
                )
            )
    return rows


def edge_rows(record: dict) -> list[tuple]:
    return [(record["id"], e["source"], e["target"], e["kind"]) for e in record.get("edges", [])]


def tie_rows(record: dict) -> list[tuple]:
    """(source, target, kind) once per document."""
    return sorted({(e["source"], e["target"], e["kind"]) for e in record.get("edges", [])})


def pair_rows(record: dict) -> list[tuple]:
    """(a, b) with a < b, once per document, for every two people tied in it."""
    return sorted(
        {
            tuple(sorted((e["source"], e["target"])))
            for e in record.get("edges", [])
            if e["source"] != e["target"]
        }
    )


def person_form_rows(record: dict) -> list[tuple]:
    """(person, name, form) once per form a document uses, its canonical name included."""
    rows: list[tuple] = []
    for person in record.get("persons", []):
        forms = {person["name"]} | {m["text"] for m in person.get("mentions", [])}
        rows.extend((person["id"], person["name"], form) for form in sorted(forms))
    return rows


def containing(text: str) -> str:
    """A LIKE pattern for "contains ``text``": the user's % and _ are letters, not wildcards."""
    text = text.replace("\x00", "")
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
