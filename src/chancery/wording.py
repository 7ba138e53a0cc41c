"""How the pages put things into words: a count with its noun ("1 document", "2 documents"),
a date as a reader writes it, and a name for a document that has no title of its own.

A list of results must never be a column of identical "Letter" links: a document without a
title is named by its type, its correspondents (or participants) and its date.
"""

from __future__ import annotations

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
PLURALS = {"person": "people", "match": "matches", "other": "others"}


def counted(n: int, noun: str) -> str:
    """``n`` with its noun, singular for one: "1 document", "2,000 documents", "3 people"."""
    word = noun if n == 1 else PLURALS.get(noun, noun + "s")
    return f"{n:,} {word}"


def written_date(date: str | None) -> str:
    """ "1961-03-14" → "14 March 1961", "1961-03" → "March 1961"; anything else as it is."""
    if not date:
        return "undated"
    parts = date.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return date


def names(people: list[dict], most: int = 2) -> str:
    """ "A", "A and B", "A, B and 3 others"."""
    shown = [p["name"] for p in people[:most]]
    rest = len(people) - len(shown)
    if rest:
        return ", ".join(shown) + " and " + counted(rest, "other")
    return " and ".join(shown) if len(shown) < 3 else ", ".join(shown[:-1]) + " and " + shown[-1]


def field(document, key: str):
    """A field of a search hit (an object) or of a stored row or record (a dict)."""
    return document.get(key) if isinstance(document, dict) else getattr(document, key, None)


def document_name(document) -> str:
    """The document's title, or its type, correspondents or participants, and date:
    "Letter from John F. Kennedy to Nikita S. Khrushchev, 12 March 1961"."""
    title = (field(document, "title") or "").strip()
    kind = field(document, "type") or "document"
    if title and title.lower() != kind.lower():
        return title
    people = field(document, "people") or []
    by_role = {
        role: [p for p in people if p.get("role") == role]
        for role in ("sender", "recipient", "participant")
    }
    name = kind[:1].upper() + kind[1:]
    if by_role["sender"]:
        name += " from " + names(by_role["sender"])
    if by_role["recipient"]:
        name += " to " + names(by_role["recipient"])
    if not by_role["sender"] and not by_role["recipient"] and by_role["participant"]:
        name += ": " + names(by_role["participant"], most=3)
    date = field(document, "date")
    name += ", " + written_date(date)
    if not date and name == f"{kind[:1].upper() + kind[1:]}, undated":
        name += f" ({field(document, 'id')})"  # nothing else tells it from the next one
    return name
