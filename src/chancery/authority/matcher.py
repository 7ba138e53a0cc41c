"""Matching names as written to persons of the registry: variants, transliterations,
initials, OCR damage, roles by date and salutations by context.

Every candidate carries a score (0..1) and the evidence for it. When nothing in the
context separates several candidates, they are all returned with a low score rather than
one of them with a confident one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from dataclasses import dataclass, field

from .registry import AuthorityPerson, holds_office

TITLES = {
    "mr", "mrs", "miss", "ms", "dr", "sir", "the", "honorable", "honourable", "his", "her", "excellency", "ambassador",
    "chairman", "president", "secretary", "governor", "senator", "general", "premier", "minister", "foreign", "deputy",
    "prime", "marshal", "generalissimo", "comrade", "lord", "admiral", "vice", "under", "assistant", "shah", "king",
}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "2nd", "3rd"}
TRANSLITERATION = [
    ("kh", "h"), ("tch", "ch"), ("ck", "k"), ("dzh", "j"), ("zh", "j"), ("sch", "sh"), ("ya", "ia"), ("yu", "iu"),
    ("yo", "io"), ("skii", "ski"), ("skiy", "ski"), ("sky", "ski"), ("iy", "i"), ("ij", "i"), ("y", "i"), ("ff", "v"),
    ("ow", "ov"), ("w", "v"), ("q", "k"), ("ts", "c"), ("tz", "c"), ("x", "ks"), ("ph", "f"), ("ou", "u"), ("ee", "i"),
]
# Letters OCR mistakes for each other; a substitution between them costs half.
OCR_PAIRS = {frozenset(p) for p in [("h", "m"), ("k", "w"), ("h", "w"), ("h", "b"), ("e", "c"), ("l", "i"), ("l", "1"),
                                    ("o", "0"), ("n", "r"), ("m", "n"), ("u", "v"), ("a", "o"), ("c", "o"), ("i", "j"),
                                    ("s", "5"), ("t", "f"), ("k", "h")]}

# Role phrases → (office title, country) the registry uses.
ROLES = {
    "the secretary": ("Secretary of State", "US"),
    "the secretary of state": ("Secretary of State", "US"),
    "secretary of state": ("Secretary of State", "US"),
    "the president": ("President", "US"),
    "the president-elect": ("President-elect", "US"),
    "the vice president": ("Vice President", "US"),
    "the under secretary": ("Under Secretary of State", "US"),
    "the soviet ambassador": ("Ambassador to the United States", "USSR"),
    "soviet ambassador": ("Ambassador to the United States", "USSR"),
    "the american ambassador": ("Ambassador to the Soviet Union", "US"),
    "our ambassador": ("Ambassador to the Soviet Union", "US"),
    "the dci": ("Director of Central Intelligence", "US"),
    "the director of central intelligence": ("Director of Central Intelligence", "US"),
    "mr. chairman": ("Chairman of the Council of Ministers", "USSR"),
    "mr. general secretary": ("General Secretary of the Communist Party", "USSR"),
    "mr. president": ("President", "US"),
    "the chairman": ("Chairman of the Council of Ministers", "USSR"),
    "the soviet premier": ("Chairman of the Council of Ministers", "USSR"),
    "the foreign minister": ("Minister of Foreign Affairs", "USSR"),
    "the soviet foreign minister": ("Minister of Foreign Affairs", "USSR"),
    "the first deputy foreign minister": ("First Deputy Minister of Foreign Affairs", "USSR"),
    "the secretary of defense": ("Secretary of Defense", "US"),
    "the secretary general": ("Secretary-General of the United Nations", "UN"),
}
# Titles written before a surname that point at an office ("Senator Kennedy" in 1960).
TITLE_OFFICES = {
    "senator": [("Senator", "US")],
    "governor": [("Governor", "US")],
    "president": [("President", None), ("President-elect", "US")],
    "chairman": [("Chairman of the Council of Ministers", "USSR"), ("First Secretary of the Communist Party", "USSR")],
    "ambassador": [("Ambassador to the United States", None), ("Ambassador to the Soviet Union", None), ("Ambassador to the United Nations", None), ("Ambassador-at-Large", "US")],
    "secretary": [("Secretary of State", "US"), ("Secretary of Defense", "US")],
    "premier": [("Chairman of the Council of Ministers", "USSR"), ("Premier", None), ("Prime Minister", None)],
}


@lru_cache(maxsize=65536)  # a pure function called for the same words over and over
def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A spelling-insensitive form of a name: Khrushchev and Chruschtschow share one."""
    word = re.sub(r"[^a-z]", "", fold(word))
    for a, b in TRANSLITERATION:
        word = word.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", word)


def name_tokens(name: str) -> list[str]:
    """Words of a name without titles, honorifics or generational suffixes, given names first
    ("Kirkpatrick, Jeane Jordan" as written in indexes becomes jeane jordan kirkpatrick)."""
    head, comma, tail = name.partition(",")
    if comma and tail.strip() and fold(tail).strip(" .") not in SUFFIXES and " " not in head.strip():
        name = f"{tail} {head}"
    tokens = [t for t in re.split(r"[\s,]+", fold(name).replace(".", ". ")) if t]
    tokens = [t.strip(".") for t in tokens if t.strip(".") and t.strip(".") not in SUFFIXES]
    while tokens and tokens[0] in TITLES:
        tokens = tokens[1:]
    return tokens


def given_compatible(a: list[str], b: list[str]) -> bool:
    """The shorter list of given names fits the longer one in order ("Averell" in "W. Averell")."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    i = 0
    for name in long:
        if i < len(short) and short[i][0] == name[0] and (len(short[i]) == 1 or len(name) == 1 or skeleton(short[i]) == skeleton(name)):
            i += 1
    return i == len(short)


def ocr_distance(a: str, b: str, limit: float = 2.0) -> float:
    """Edit distance where confusions OCR really makes cost half a substitution."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = [float(j) for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        current = [float(i)]
        for j, cb in enumerate(b, 1):
            cost = 0.0 if ca == cb else (0.5 if frozenset((ca, cb)) in OCR_PAIRS else 1.0)
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def role_key(role_text: str) -> str | None:
    """The ROLES phrase a text is, allowing an OCR slip or two ("The Sccretary")."""
    key = " ".join(fold(role_text).split())
    for candidate in (key, "the " + key):
        if candidate in ROLES:
            return candidate
    if len(key) >= 8:
        from ..pipeline.noise import edit_distance

        close = [k for k in ROLES if edit_distance(key, k, 2) <= 2]
        if len(close) == 1:
            return close[0]
    return None


def role_office(role_text: str) -> tuple[str, str] | None:
    key = role_key(role_text)
    return ROLES[key] if key else None


def one_deleted(word: str) -> set[str]:
    """The word and every form of it with one letter removed."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


@dataclass
class Candidate:
    person: AuthorityPerson
    score: float
    evidence: str
    office: str | None = None  # the office a title before the name matched, held at the date


@dataclass
class MatchContext:
    date: str | None = None  # "YYYY-MM-DD" or partial
    period: tuple[str, str] | None = None  # when no date: the years the document's people point to
    known: set[str] = field(default_factory=set)  # person ids already resolved in the document


@dataclass
class _Entry:
    person: AuthorityPerson
    given: list[str]
    form: str


class Matcher:
    def __init__(self, persons: list[AuthorityPerson]):
        self.persons = persons
        self.by_id = {p.id: p for p in persons}
        self.by_surname: dict[str, list[_Entry]] = defaultdict(list)
        self.by_given: dict[str, list[AuthorityPerson]] = defaultdict(list)
        self.exact: dict[str, list[AuthorityPerson]] = defaultdict(list)
        self.by_office: dict[tuple[str, str], list[tuple[AuthorityPerson, object]]] = defaultdict(list)
        # Every surname with one letter deleted → the surnames: finds names one OCR slip away
        # without comparing against every surname in a big registry.
        self.deletions: dict[str, set[str]] = defaultdict(set)
        for person in persons:
            for office in person.offices:
                self.by_office[(office.title, office.country)].append((person, office))
            forms = [person.name, *person.variants]
            core = "core" in person.sources
            for form in forms:
                tokens = name_tokens(form)
                if not tokens or (len(tokens) == 1 and not core and form != person.name):
                    continue  # imported data has one-word "variants" like "Morocco" (a king's title)
                key = " ".join(skeleton(t) for t in tokens)
                if person not in self.exact[key]:
                    self.exact[key].append(person)
                if len(tokens) == 1 and form != person.name and len(forms) > 1:
                    continue  # a one-word variant ("Kassem") is matched exactly only
                surname = skeleton(tokens[-1])
                self.by_surname[surname].append(_Entry(person, tokens[:-1], form))
                for variant in one_deleted(surname):
                    self.deletions[variant].add(surname)
                if len(tokens) > 1:
                    first = skeleton(tokens[0])
                    if person not in self.by_given[first]:
                        self.by_given[first].append(person)

    def knows_surname(self, word: str) -> bool:
        """A cheap test before a full match: is this word anybody's surname (or a one-word name)?"""
        key = skeleton(word)
        return key in self.by_surname or key in self.exact

    def unique_core_surname(self, word: str) -> AuthorityPerson | None:
        people = {e.person.id: e.person for e in self.by_surname.get(skeleton(word), []) if "core" in e.person.sources}
        return next(iter(people.values())) if len(people) == 1 else None

    # -- context -------------------------------------------------------------------
    def plausible(self, person: AuthorityPerson, context: MatchContext | None) -> float:
        """How well a person fits the document's time: alive, and holding an office then."""
        if context is None or not (context.date or context.period):
            return 0.0
        year = int((context.date or context.period[0])[:4])
        last_year = int((context.date or context.period[1])[:4])
        if person.born and person.born + 18 > last_year or person.died and person.died < year:
            return -0.2  # not active then: still mentionable (history is full of the dead), just less likely
        date = context.date
        if date and any(holds_office(o, date) for o in person.offices):
            return 0.3
        if person.offices and any(
            (o.start is None or o.start[:4] <= str(last_year)) and (o.end is None or o.end[:4] >= str(year)) for o in person.offices
        ):
            return 0.2
        return 0.0

    def rank(self, found: dict[str, Candidate], context: MatchContext | None) -> list[Candidate]:
        for candidate in found.values():
            fit = self.plausible(candidate.person, context)
            candidate.score += fit * 0.5
            if fit > 0:
                candidate.evidence += f"; in office at the time ({context.date or '..'.join(context.period)})"
            elif fit < 0:
                candidate.evidence += "; not active at the time"
            if context and candidate.person.id in context.known:
                candidate.score += 0.3
                candidate.evidence += "; named elsewhere in the document"
            if "core" in candidate.person.sources:
                candidate.score += 0.15  # the principal officials outrank obscure imported namesakes
        ranked = sorted(found.values(), key=lambda c: (-c.score, c.person.name))
        ranked = [c for c in ranked if c.score > 0.2]
        if len(ranked) > 1 and ranked[0].score - ranked[1].score < 0.1:
            for c in ranked:  # nothing separates them: say so
                c.score = min(c.score, 0.5)
        for c in ranked:
            c.score = round(min(c.score, 1.0), 3)
        return ranked

    # -- names ---------------------------------------------------------------------
    def match_name(
        self, text: str, context: MatchContext | None = None, title: str | None = None, garbled: bool = True
    ) -> list[Candidate]:
        tokens = name_tokens(text)
        if not tokens:
            return []
        found: dict[str, Candidate] = {}
        key = " ".join(skeleton(t) for t in tokens)
        for person in self.exact.get(key, []):
            found[person.id] = Candidate(person, 0.95 if len(tokens) > 1 else 0.7, f"name as known: {text!r}")
        surname, given = skeleton(tokens[-1]), tokens[:-1]
        if not found:
            for entry in self.by_surname.get(surname, []):
                if given_compatible(given, entry.given) and entry.person.id not in found:
                    score = 0.9 if given else 0.7
                    found[entry.person.id] = Candidate(entry.person, score, f"surname{' and given names' if given else ''} of {entry.form!r}")
        if not found and garbled and len(surname) >= 6:
            found = self.garbled(surname, given, text)
        if title and found:
            self.prefer_title(found, title, context)
        return self.rank(found, context)

    def garbled(self, surname: str, given: list[str], text: str) -> dict[str, Candidate]:
        found: dict[str, Candidate] = {}
        # OCR also reads one letter as two ("rn" for "m") and two as one: undo those first.
        repaired = surname
        for pair, single in (("rn", "m"), ("ri", "n"), ("cl", "d"), ("ii", "u"), ("vv", "w"), ("li", "h")):
            repaired = repaired.replace(pair, single)
        near = set().union(*(self.deletions.get(v, ()) for form in {surname, repaired} for v in one_deleted(form)))
        for known in sorted(near):
            distance = min(ocr_distance(surname, known, 1.0), ocr_distance(repaired, known, 1.0) + 0.5)
            if distance > 1.0:
                continue
            for entry in self.by_surname[known]:
                if given_compatible(given, entry.given) and entry.person.id not in found:
                    found[entry.person.id] = Candidate(
                        entry.person, 0.75 - distance * 0.15, f"OCR-garbled {text!r} ~ {entry.form!r}"
                    )
        return found

    def prefer_title(self, found: dict[str, Candidate], title: str, context: MatchContext | None) -> None:
        offices = TITLE_OFFICES.get(title.lower().strip("."), [])
        date = context.date if context else None
        for candidate in found.values():
            matching = [o for o in candidate.person.offices if any(o.title == t and (c is None or o.country == c) for t, c in offices)]
            current = [o for o in matching if date and holds_office(o, date)]
            if current:
                candidate.score += 0.2
                candidate.office = current[0].title
                candidate.evidence += f"; {current[0].title} on {date}"
            elif matching:  # "President Roosevelt" in 1960: a former holder of the office
                candidate.score += 0.1
                candidate.evidence += f"; {matching[0].title} {matching[0].start or ''}–{matching[0].end or ''}"

    # -- roles and salutations -----------------------------------------------------------
    def resolve_role(self, role_text: str, context: MatchContext | None, participants: list[AuthorityPerson] = ()) -> list[Candidate]:
        office = role_office(role_text)
        if not office:
            return []
        title, country = office
        date = context.date if context else None
        holders = []
        for person, o in self.by_office.get((title, country), []):
            if any(p is person for p, _ in holders):
                continue
            if date and holds_office(o, date):
                holders.append((person, f"{title} on {date}"))
            elif not date and context and context.period and holds_office(o, context.period[0]) and holds_office(o, context.period[1]):
                holders.append((person, f"{title} in {context.period[0]}..{context.period[1]}, when the document's people held office"))
        if not holders and participants:
            holders = [(p, f"participant holding {title}") for p in participants if any(o.title == title for o in p.offices)]
        if len(holders) == 1:
            return [Candidate(holders[0][0], 0.95, holders[0][1])]
        return [Candidate(p, 0.4, evidence) for p, evidence in holders]

    def resolve_given_name(self, given: str, context: MatchContext | None) -> list[Candidate]:
        """'Dear Jack': a person whose given name or nickname it is, chosen by the document's context."""
        found: dict[str, Candidate] = {}
        for person in self.by_given.get(skeleton(given), []):
            found[person.id] = Candidate(person, 0.3, f"given name or nickname {given!r}")
        for candidate in found.values():
            if context and candidate.person.id in context.known:
                candidate.score += 0.5
                candidate.evidence += "; named elsewhere in the document"
        ranked = self.rank(found, context)
        return ranked if ranked and ranked[0].score >= 0.6 else [c for c in ranked if c.score >= 0.6]
