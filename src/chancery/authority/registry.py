"""The person authority: who is who, by which names, in which offices when.

The core registry (``core.json``, written by the project, not derived from any dataset)
holds the principal officials of U.S., Soviet and allied diplomacy, 1945–1991.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


@dataclass
class Office:
    # "Secretary of State", "Ambassador to the United States", "Chairman of the Council of
    # Ministers"
    title: str
    country: str  # whose office: "US", "USSR", "UK", ...
    start: str | None  # "YYYY-MM-DD" (or "YYYY-MM", "YYYY")
    end: str | None  # None while still held / unknown
    source: str = "core"


@dataclass
class AuthorityPerson:
    id: str  # stable slug, e.g. "khrushchev-nikita-s"
    name: str  # canonical display name, e.g. "Nikita S. Khrushchev"
    variants: list[str] = field(default_factory=list)  # other spellings and transliterations
    country: str | None = None
    born: int | None = None
    died: int | None = None
    description: str = ""
    offices: list[Office] = field(default_factory=list)
    sources: list[str] = field(default_factory=lambda: ["core"])
    # The years of the FRUS volumes whose persons lists name them (first, last), and how many
    # volumes do: when they were active, and how prominent they are among namesakes.
    active: list[int] | None = None
    volumes: int = 0


def person_from_dict(data: dict) -> AuthorityPerson:
    offices = [Office(**{"start": None, "end": None, **o}) for o in data.get("offices", [])]
    return AuthorityPerson(**{**data, "offices": offices})


def load_core() -> list[AuthorityPerson]:
    """The registry shipped with chancery."""
    text = resources.files("chancery.authority").joinpath("core.json").read_text(encoding="utf-8")
    return [person_from_dict(d) for d in json.loads(text)["persons"]]


def load_default() -> list[AuthorityPerson]:
    """The registry a new archive links against: the compiled one (the core registry merged
    with the Office of the Historian's people and POCOM data) where it ships, else the core."""
    return list(default_persons())


@cache  # package data, read once per process; the persons are never changed in place
def default_persons() -> tuple[AuthorityPerson, ...]:
    from .build import REGISTRY_FILE, read_registry

    packaged = resources.files("chancery.authority").joinpath(REGISTRY_FILE)
    if not packaged.is_file():
        return tuple(load_core())
    return tuple(person_from_dict(record) for record in read_registry(packaged.read_bytes()))


def earliest(date: str) -> str:
    """A partial date's first day, for comparing as strings: "1959" → "1959-01-01"."""
    return date + "-01-01"[len(date) - 4 :] if len(date) < 10 else date


def latest(date: str) -> str:
    """A partial date's last day (31 is fine for string comparison): "1959-04" → "1959-04-31"."""
    return date + "-12-31"[len(date) - 4 :] if len(date) < 10 else date


def holds_office(office: Office, date: str) -> bool:
    return (office.start is None or earliest(office.start) <= latest(date)) and (
        office.end is None or earliest(date) <= latest(office.end)
    )


def holders(
    persons: list[AuthorityPerson], title: str, country: str, date: str
) -> list[AuthorityPerson]:
    """Who held an office (title, country) at some time within a possibly partial date."""
    return [
        person
        for person in persons
        if any(
            o.title == title and o.country == country and holds_office(o, date)
            for o in person.offices
        )
    ]
