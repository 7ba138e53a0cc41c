"""Merge imported persons into a registry, linking only those that are clearly the same person.

Two records are linked when a surname matches, the given names are compatible
("John F." ~ "John Fitzgerald" ~ "J. F.", "Yuriy" ~ "Yuri"), nothing contradicts (birth or
death years more than a year apart, different countries, "Jr." against "III") and something
confirms: an office held over the same dates, a matching birth or death year, or, failing
those, names alone (the same first name and middle names, or the person's display name)
when the name fits no other person and no other imported record claims that person.
Precision matters more than recall: a namesake left unlinked is a duplicate, a wrong link
merges two lives.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from .registry import AuthorityPerson, Office, earliest, latest


@dataclass
class MergeReport:
    base: int = 0
    imported: int = 0
    linked: int = 0  # imported persons merged into an existing person
    added: int = 0  # imported persons added as new persons
    ambiguous: int = (
        0  # added as new because more than one person matched, or a name-only match was contested
    )
    evidence: dict[str, int] = field(
        default_factory=dict
    )  # how links were confirmed: id, office, years, name
    variants_added: int = 0
    offices_added: int = 0
    links: dict[str, str] = field(
        default_factory=dict
    )  # imported id → id of the person it was merged into

    def summary(self) -> str:
        how = ", ".join(f"{k} {v}" for k, v in sorted(self.evidence.items()))
        return (
            f"{self.imported} imported into {self.base}: {self.linked} linked ({how}), "
            f"{self.added} added, "
            f"{self.ambiguous} ambiguous; {self.variants_added} variants and "
            f"{self.offices_added} offices added"
        )


@dataclass(frozen=True)
class NameForm:
    surname: str  # letters only: "De Palma" → "depalma"
    last: str  # the surname's last word: "Lopez Mateos" → "mateos"
    given: tuple[str, ...]  # "John F." → ("john", "f")
    suffix: str  # "jr", "sr", "ii", "iii", "iv" or ""
    loose: tuple[str, ...] = ()  # given names with transliteration differences evened out


SUFFIXES = {
    "jr": "jr",
    "sr": "sr",
    "ii": "ii",
    "2d": "ii",
    "2nd": "ii",
    "iii": "iii",
    "3d": "iii",
    "3rd": "iii",
    "iv": "iv",
    "4th": "iv",
}
PARTICLES = {
    "de",
    "du",
    "da",
    "das",
    "dos",
    "di",
    "del",
    "della",
    "der",
    "den",
    "van",
    "von",
    "la",
    "le",
    "al",
    "el",
    "bin",
    "ibn",
    "st",
}
TITLES = {
    "sir", "lord", "dame", "mr", "ms", "dr", "prof", "professor", "general", "gen", "colonel",
    "col", "admiral", "adm", "captain", "capt", "major", "brigadier", "lieutenant", "lt",
    "commander", "marshal", "prince", "princess", "baron", "count", "viscount", "sheikh", "shaikh",
    "father", "monsignor", "cardinal", "archbishop", "hon", "senator", "president", "premier",
    "chairman", "ambassador", "secretary", "minister", "king", "queen", "the", "pandit",
    "generalissimo", "shah", "brig", "maj", "rear", "vice", "sgt", "cdr",
}  # fmt: skip
SERVICES = {
    "usa",
    "usn",
    "usaf",
    "usmc",
    "usnr",
    "usar",
    "ret",
    "mp",
}  # "Goodpaster, Andrew J., USA"
# A name form with these refers to a wife by her husband's name ("Mrs. Winston S. Churchill",
# "Madame Chiang Kai-shek"): never evidence for the husband.
SPOUSE_MARKERS = {"mrs", "madame", "mme", "madam", "lady", "senora", "frau"}
BRACKETED = re.compile(r"\([^()]*\)|“[^”]*”|\"[^\"]*\"")
LOOSE_START = re.compile(r"^i(?=[aeiou])")
LOOSE_END = re.compile(r"(?:iy|yy|ii|ij|y|er)$")
SEPARATORS = re.compile(r"[\s.\-‐–—]+")
APOSTROPHES = re.compile(r"['’‘`´]")
NOT_GIVEN_NAMES = PARTICLES | TITLES | SERVICES


def loosen(word: str) -> str:
    """Even out common transliteration differences: Yuriy/Yury/Iurii, Victor/Viktor,
    Alexandr/Aleksandr."""
    word = word.replace("x", "ks").replace("ct", "kt")
    word = LOOSE_START.sub(lambda m: m.group(0).replace("i", "y"), word)
    return LOOSE_END.sub(lambda m: "i" if m.group(0)[0] in "iy" else "r", word)


def fold(text: str) -> str:
    """Lowercase without accents: 'Hammarskjöld' → 'hammarskjold'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def words_of(text: str) -> list[str]:
    return [w for w in SEPARATORS.split(APOSTROPHES.sub("", text)) if w]


def name_form(text: str) -> NameForm | None:
    """Surname, given names and suffix of a name as printed, in either order; None without a given
    name."""
    text = fold(BRACKETED.sub(" ", text))
    if SPOUSE_MARKERS & set(words_of(text.replace(",", " "))):
        return None
    parts = [p.strip() for p in text.split(",")]
    rest = [p for p in parts[1:] if p and not set(words_of(p)) <= SERVICES]
    suffix = ""
    if rest and letters(rest[-1]) in SUFFIXES:
        suffix = SUFFIXES[letters(rest.pop())]
    if rest:  # "Surname, Given"
        surname_words = words_of(parts[0])
        given = words_of(" ".join(rest))
    else:  # "Given Surname" (the part before a "Jr." comma)
        words = words_of(parts[0])
        if words and letters(words[-1]) in SUFFIXES and len(words) > 2:
            suffix = SUFFIXES[letters(words.pop())]
        while words and words[0] in TITLES:
            words = words[1:]
        start = len(words) - 1
        while start > 1 and words[start - 1] in PARTICLES:
            start -= 1
        surname_words, given = words[start:], words[:start]
    given_names = tuple(letters(w) for w in given if w not in NOT_GIVEN_NAMES and letters(w))
    surname_words = [letters(w) for w in surname_words if letters(w)]
    if not given_names or not surname_words:
        return None
    return NameForm(
        "".join(surname_words),
        surname_words[-1],
        given_names,
        suffix,
        tuple(loosen(w) for w in given_names),
    )


def person_forms(person: AuthorityPerson) -> list[NameForm]:
    forms = (name_form(text) for text in [person.name, *person.variants])
    return list(dict.fromkeys(form for form in forms if form is not None))


def name_match(a: NameForm, b: NameForm) -> int:
    """3: the same first name and as many middle names, each compatible ("John F." ~ "John
    Fitzgerald"), or the same first name and suffix ("Robert, Jr."); 2: compatible with the
    same first name; 1: compatible through initials only; 0: not the same name."""
    if a.surname != b.surname and a.last != b.last:
        return 0
    for x, y in zip(a.loose, b.loose, strict=False):
        if not (x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))):
            return 0
    first_a, first_b = a.loose[0], b.loose[0]
    if first_a != first_b or len(first_a) == 1:
        return 1
    if len(a.given) == len(b.given) and (len(a.given) > 1 or (a.suffix and a.suffix == b.suffix)):
        return 3
    return 2


def suffix_of(form: NameForm | None) -> str:
    return form.suffix if form else ""


def years_differ(a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and abs(a - b) > 1


def same_office(a: Office, b: Office) -> bool:
    """Same title and country held over overlapping dates."""
    if a.title != b.title or a.country != b.country:
        return False
    return (a.start is None or b.end is None or earliest(a.start) <= latest(b.end)) and (
        b.start is None or a.end is None or earliest(b.start) <= latest(a.end)
    )


RANK = {"id": 4, "office": 3, "years": 2, "name": 1}


def compare(
    imported: AuthorityPerson,
    forms: list[NameForm],
    base: AuthorityPerson,
    base_forms: list[NameForm],
) -> tuple[int, str | None]:
    """(name match level, how the two are confirmed to be one person: 'office', 'years', 'name' or
    None).

    Level 0 when the names differ or anything contradicts."""
    level = max((name_match(a, b) for a in forms for b in base_forms), default=0)
    if level == 0:
        return 0, None
    if years_differ(imported.born, base.born) or years_differ(imported.died, base.died):
        return 0, None
    if imported.country and base.country and imported.country != base.country:
        return 0, None
    suffixes, base_suffixes = (
        {f.suffix for f in forms} - {""},
        {f.suffix for f in base_forms} - {""},
    )
    if suffixes and base_suffixes and not suffixes & base_suffixes:
        return 0, None  # "Jr." and "III" are different generations
    if any(same_office(a, b) for a in imported.offices for b in base.offices):
        return level, "office"
    born_same = imported.born is not None and imported.born == base.born
    died_same = imported.died is not None and imported.died == base.died
    if (born_same or died_same) and (level >= 2 or (born_same and died_same)):
        return level, "years"
    # Names alone: the same full given names, or the other's very display name ("McGeorge Bundy");
    # never when only one display name has a suffix (a father and his son share the rest).
    canonical, base_canonical = name_form(imported.name), name_form(base.name)
    if (level == 3 or base_canonical in forms) and suffix_of(canonical) == suffix_of(
        base_canonical
    ):
        return level, "name"
    return level, None


def merge(
    base: list[AuthorityPerson], imported: list[AuthorityPerson]
) -> tuple[list[AuthorityPerson], MergeReport]:
    """The base persons, enriched by the imported persons linked to them, then the others as new
    persons."""
    report = MergeReport(base=len(base), imported=len(imported))
    base_forms = [person_forms(person) for person in base]
    by_id = {
        person.id: index for index, person in enumerate(base)
    }  # the same dataset imported again
    # A record the base already cites as a source ("hsg-people:107107" in the core registry) is its
    # person.
    by_source = {
        source: index
        for index, person in enumerate(base)
        for source in person.sources
        if ":" in source
    }
    by_surname: dict[str, set[int]] = {}
    for index, forms in enumerate(base_forms):
        for form in forms:
            by_surname.setdefault(form.surname, set()).add(index)
            by_surname.setdefault(form.last, set()).add(index)

    # First every imported person's best match; a match on names alone needs a name that fits
    # no other person, and a person that no other imported record claims by name alone (checked
    # below): two records of one name may be father and son. A dataset's second record of a person
    # another record links by office or years is the same person told twice.
    choices: list[tuple[int, str] | None] = []
    claims: dict[int, int] = {}
    for person in imported:
        if person.id in by_id:
            choices.append((by_id[person.id], "id"))
            continue
        cited = next((by_source[source] for source in person.sources if source in by_source), None)
        if cited is not None:
            choices.append((cited, "id"))
            continue
        forms = person_forms(person)
        candidates = set().union(
            *(by_surname.get(f.surname, set()) | by_surname.get(f.last, set()) for f in forms)
        )
        compared = [
            (i, *compare(person, forms, base[i], base_forms[i])) for i in sorted(candidates)
        ]
        # On names alone, no other person may fit as well ("Mohammad Ayub Khan" whole, while
        # "Mohammed Daoud Khan" shares only part of it).
        found = [
            (i, how)
            for i, level, how in compared
            if how and (how != "name" or sum(1 for _, other, _ in compared if other >= level) == 1)
        ]
        best = max((RANK[how] for _, how in found), default=0)
        top = [(i, how) for i, how in found if RANK[how] == best]
        if len(top) > 1:
            report.ambiguous += 1
        choice = top[0] if len(top) == 1 else None
        choices.append(choice)
        if choice and choice[1] == "name":
            claims[choice[0]] = claims.get(choice[0], 0) + 1

    merged = list(base)
    added = []
    for person, choice in zip(imported, choices, strict=False):
        if choice and choice[1] == "name" and claims[choice[0]] > 1:
            report.ambiguous += 1
            choice = None
        if choice is None:
            added.append(person)
            continue
        index, how = choice
        merged[index] = absorb(merged[index], person, report)
        report.links[person.id] = base[index].id
        report.evidence[how] = report.evidence.get(how, 0) + 1
    report.linked = len(report.links)
    report.added = len(added)
    return merged + added, report


def absorb(person: AuthorityPerson, other: AuthorityPerson, report: MergeReport) -> AuthorityPerson:
    """A copy of person with the other record's names, offices, years and description added."""
    known = {person.name, *person.variants}
    variants = list(person.variants)
    for name in [other.name, *other.variants]:
        if name not in known:
            known.add(name)
            variants.append(name)
    offices = list(person.offices)
    for office in other.offices:
        if not any(same_office(office, mine) for mine in offices):
            offices.append(office)
    report.variants_added += len(variants) - len(person.variants)
    report.offices_added += len(offices) - len(person.offices)
    return replace(
        person,
        variants=variants,
        offices=offices,
        country=person.country or other.country,
        born=person.born if person.born is not None else other.born,
        died=person.died if person.died is not None else other.died,
        description=person.description or other.description,
        sources=list(dict.fromkeys([*person.sources, *other.sources])),
        active=span_of(person.active, other.active),
        volumes=max(person.volumes, other.volumes),
    )


def span_of(a: list[int] | None, b: list[int] | None) -> list[int] | None:
    """The years two spans cover together."""
    if not a or not b:
        return a or b
    return [min(a[0], b[0]), max(a[1], b[1])]
