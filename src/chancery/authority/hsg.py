"""Importers for the Office of the Historian's public datasets (history.state.gov).

- ``import_hsg_people``: the HistoryAtState/people data folder, one ``<person>`` file per
  person named in FRUS (``data/100000/1/0/7/1/107127.xml``): preferred name, the name forms
  printed in the volumes, birth/death years, role remarks.
- ``import_pocom``: the HistoryAtState/pocom folder (Principal Officers and Chiefs of
  Mission): ``people/``, ``positions-principals/``, ``missions-countries/``,
  ``missions-orgs/`` and ``roles-country-chiefs/``; every appointment becomes an Office.

The user downloads these folders; they are read here, never copied into the project.
Files are parsed with defusedxml (no DTDs, entities or network); a file that cannot be
read safely is skipped and listed in the ImportReport with its reason.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import defusedxml.ElementTree as SafeET

from ..settings import DEFAULT, Settings
from .not_people import PLACES
from .registry import AuthorityPerson, Office

logger = logging.getLogger(__name__)


@dataclass
class ImportReport:
    files: int = 0  # XML files read
    persons: int = 0
    offices: int = 0
    skipped: list[tuple[str, str]] = field(
        default_factory=list
    )  # (path, reason): unreadable or hostile files
    ignored: int = 0  # well-formed XML files that are not records of the dataset
    appointments_not_taken_up: int = (
        0  # no date of taking up the post (nominations withdrawn, did not proceed)
    )
    appointments_unknown_person: int = 0
    ends_inferred: int = 0  # open appointments closed by the next appointment to the same post

    def summary(self) -> str:
        return (
            f"{self.files} files, {self.persons} persons, {self.offices} offices, "
            f"{len(self.skipped)} files skipped, {self.ignored} ignored"
        )


SUFFIX = re.compile(r"(?:Jr|Sr|II|III|IV|2d|3d|2nd|3rd|4th)\.?", re.IGNORECASE)
YEAR = re.compile(r"\d{3,4}")
DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
# Nicknames and other names in parentheses or quotes: 'Llewellyn E. (“Tommy”)', 'Adolph “Spike”'.
PARENTHETICAL = re.compile(r"\(([^()]*)\)|“([^“”]*)”|\"([^\"]*)\"")
QUOTES = "“”‘’\"',"
# A romanized East Asian given name ('Kai-shek', 'Dae-jung'): the surname stays first.
EAST_ASIAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
# Comma parts after a name that are not names: services and honours ("USA (ret.)", "KCMG").
NOT_A_NAME = re.compile(r"(?:(?:[A-Z]{2,5}|ret)\.?(?:\s+|$))*")
FORM_PLACEHOLDER = re.compile(
    r"^Selecte? a value\.*\s*"
)  # an unfilled form field left in some remarks
PATRONYMIC = re.compile(r"(?:ovich|evich|ich|ovna|evna|ichna)$")
RUN_TOGETHER_INITIALS = re.compile(r"\b([A-Z])\.(?=[A-Z])")
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Honorifics and ranks that may open the given-name part ("Wood, Sir Ernest"); not names.
# "Mrs.", "Madame" and "Lady" stay: "Churchill, Mrs. Winston S." is his wife, not him.
TITLE_WORDS = {
    "sir", "lord", "dame", "mr", "ms", "dr", "prof", "professor", "brig", "maj", "rear", "vice",
    "general", "gen", "colonel", "col", "admiral", "adm", "captain", "capt", "major", "brigadier",
    "lieutenant", "lt", "commander", "marshal", "prince", "princess", "baron", "count", "viscount",
    "sheikh", "shaikh", "father", "monsignor", "cardinal", "archbishop", "hon", "senator",
    "president", "ambassador", "king", "queen",
}  # fmt: skip

# POCOM positions whose title in our controlled vocabulary differs from the position's own.
PRINCIPAL_TITLES = {
    "secretary": "Secretary of State",
    "secretary-ad-interim": "Acting Secretary of State",
    "under-secretary": "Under Secretary of State",
    "deputy-secretary": "Deputy Secretary of State",
    "ambassador-at-large": "Ambassador-at-Large",
    "assistant-secretary-for-european-affairs": "Assistant Secretary of State for European Affairs",
}
# Positions renamed over time (dates from the positions' own descriptions): (first day of
# the next name, title until then); the position's current title applies afterwards.
PERIOD_TITLES = {
    "assistant-secretary-for-east-asian-pacific-affairs": [
        ("1966-11-01", "Assistant Secretary of State for Far Eastern Affairs"),
    ],
    "assistant-secretary-for-western-hemisphere": [
        ("1949-10-03", "Assistant Secretary of State for American Republic Affairs"),
        ("1999-01-12", "Assistant Secretary of State for Inter-American Affairs"),
    ],
    "assistant-secretary-for-near-eastern-affairs": [
        (
            "1958-08-20",
            "Assistant Secretary of State for Near Eastern, South Asian, and African Affairs",
        ),
        ("1992-08-24", "Assistant Secretary of State for Near Eastern and South Asian Affairs"),
    ],
    "under-secretary-for-econ-business-ag": [
        ("1985-08-16", "Under Secretary of State for Economic Affairs"),
        ("1994-05-12", "Under Secretary of State for Economic and Agricultural Affairs"),
        ("2011-12-08", "Under Secretary of State for Economic, Business, and Agricultural Affairs"),
    ],
}
ORG_TITLES = {"representative-to-un": "Ambassador to the United Nations"}
# The U.S. mission to Russia was the embassy to the Soviet Union between recognition and
# dissolution.
SOVIET_PERIOD = ("1933-11-16", "1991-12-25")
COUNTRY_NAMES = {
    "cote-divoire": "Côte d'Ivoire",
    "guinea-bissau": "Guinea-Bissau",
    "timor-leste": "Timor-Leste",
    "bosnia-herzegovina": "Bosnia and Herzegovina",
    "antigua-barbuda": "Antigua and Barbuda",
    "saint-kitts-nevis": "Saint Kitts and Nevis",
    "saint-vincent-grenadines": "Saint Vincent and the Grenadines",
    "sao-tome-and-principe": "São Tomé and Príncipe",
    "congo-democratic-republic": "the Democratic Republic of the Congo",
    "congo-republic": "the Republic of the Congo",
    "vietnam-south": "South Vietnam",
}
COUNTRIES_WITH_THE = {
    "united-kingdom", "netherlands", "philippines", "bahamas", "holy-see", "united-arab-emirates",
    "dominican-republic", "central-african-republic", "czech-republic", "gambia",
    "marshall-islands", "solomon-islands", "german-democratic-republic", "maldives", "comoros",
    "seychelles", "two-sicilies",
}  # fmt: skip
LOWER_WORDS = {"and", "of", "the"}


# ---------------------------------------------------------------- reading files safely


def parse_file(path: Path, report: ImportReport, settings: Settings = DEFAULT):
    """The root element of an XML file, or None (with the reason in the report) when unsafe or
    unreadable."""
    try:
        size = path.stat().st_size
        if size > settings.max_file_mb * 1024 * 1024:
            report.skipped.append((str(path), f"file is {size / 1e6:.1f} MB, over max_file_mb"))
            return None
        root = SafeET.parse(path, forbid_dtd=True).getroot()
    except Exception as error:  # one bad file must not stop an import of thousands
        logger.debug("%s: skipped", path, exc_info=True)
        report.skipped.append((str(path), f"{type(error).__name__}: {error}"))
        return None
    report.files += 1
    return root


def text_of(element, path: str) -> str:
    """Whitespace-normalised text at a path ('' when absent), control characters removed."""
    found = element.find(path)
    if found is None:
        return ""
    return " ".join(CONTROL_CHARS.sub(" ", "".join(found.itertext())).split())


def year_of(text: str) -> int | None:
    return int(text) if YEAR.fullmatch(text) else None


def date_of(text: str) -> str | None:
    return text if DATE.fullmatch(text) else None


# ---------------------------------------------------------------- names


def strip_parentheticals(text: str) -> str:
    return " ".join(PARENTHETICAL.sub(" ", text).split()).strip(" ,")


def parentheticals(text: str) -> list[str]:
    """The words in parentheses, quotes removed: 'Llewellyn E. (“Tommy”)' → ['Tommy']."""
    found = [
        " ".join("".join(m.groups("")).strip(QUOTES + " ").split())
        for m in PARENTHETICAL.finditer(text)
    ]
    return [f for f in found if f and any(ch.isalpha() for ch in f)]


def split_surname_first(text: str) -> tuple[str, str, str] | None:
    """'Coon, Carleton Stevens, Jr.' → ('Coon', 'Carleton Stevens', 'Jr.'); None without a comma."""
    text = PARENTHETICAL.sub(lambda m: m.group(0).replace(",", ""), text)  # 'E., “Tommy,”'
    parts = [part.strip() for part in text.split(",")]
    if len(parts) < 2 or not parts[0]:
        return None
    rest = [
        part
        for part in parts[1:]
        if "“" in part or not NOT_A_NAME.fullmatch(strip_parentheticals(part))
    ]
    suffix = rest.pop() if rest and SUFFIX.fullmatch(rest[-1]) else ""
    given = " ".join(
        part for part in rest if any(ch.isalpha() for ch in part)
    )  # drops "1939-" and the like
    if not given and not suffix:
        return None
    return parts[0], given, suffix


def strip_titles(given: str, titles: list[str]) -> str:
    """Remove honorifics opening the given names, keeping them when nothing else is left
    ('Madame')."""
    remaining = given
    for title in sorted(titles, key=len, reverse=True):
        if title and remaining.startswith(title + " "):
            remaining = remaining[len(title) :].strip()
    words = remaining.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words = words[1:]
    return " ".join(words) or given


def is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]", word))


def is_plain_word(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and all(ch.isalpha() or ch in "-'’" for ch in word)


def abbreviate_middle(given: str) -> str:
    """'Nikita Sergeyevich' → 'Nikita S.'; kept as is where middle names are not plainly middle
    names."""
    words = given.split()
    if not 2 <= len(words) <= 3 or not is_plain_word(words[0]):
        return given  # "W. Averell", single names, long non-Western name strings
    if not all(is_plain_word(w) or is_initial(w) for w in words[1:]):
        return given  # particles ("bin", "al-") and odd tokens
    return " ".join([words[0]] + [w if is_initial(w) else w[0] + "." for w in words[1:]])


def initials_attested(given: str, forms: list[str]) -> bool:
    """Whether the middle names are abbreviable for this person: a patronymic ('Sergeyevich'), or
    some printed form gives them as initials ('Khrushchev, Nikita S.'). Many non-Western
    names ('Malik Nur Khan') must not be cut down to 'Malik N. Khan'."""
    abbreviated = abbreviate_middle(given)
    if abbreviated == given:
        return False
    if any(PATRONYMIC.search(word) for word in given.split()[1:]):
        return True
    for form in forms:
        parts = split_surname_first(form)
        if parts and spaced_initials(strip_parentheticals(parts[1])) == spaced_initials(
            abbreviated
        ):
            return True
    return False


def spaced_initials(text: str) -> str:
    return RUN_TOGETHER_INITIALS.sub(r"\1. ", text)


def with_suffix(name: str, suffix: str) -> str:
    """Our style: 'Robert Amory, Jr.' but 'James A. Baker III'."""
    if not suffix:
        return name
    return f"{name}, {suffix}" if suffix.lower().rstrip(".") in {"jr", "sr"} else f"{name} {suffix}"


def natural_forms(surname: str, given: str, suffix: str, titles: list[str]) -> list[str]:
    """Given-name-first forms of a surname-first name: full, short, by nickname, by alternate
    surname."""
    plain_surname = strip_parentheticals(surname)
    plain_given = strip_titles(strip_parentheticals(given), titles)
    if EAST_ASIAN_GIVEN.fullmatch(plain_given):
        return [f"{plain_surname} {plain_given}"]
    forms = [with_suffix(f"{plain_given} {plain_surname}".strip(), suffix)]
    words = plain_given.split()
    if len(words) > 1 and is_plain_word(words[0]) and "(" not in given:
        forms.append(with_suffix(f"{words[0]} {plain_surname}", suffix))
    for nickname in parentheticals(given):
        forms.append(f"{nickname} {plain_surname}")
    for other in parentheticals(surname):
        other_surname = (
            " ".join(plain_surname.split()[:-1] + [other]) if " " not in other else other
        )
        forms.append(with_suffix(f"{plain_given} {other_surname}".strip(), suffix))
    return forms


def display_name(
    surname: str, given: str, suffix: str, titles: list[str], abbreviate: bool = True
) -> str:
    plain_given = strip_titles(strip_parentheticals(given), titles)
    if EAST_ASIAN_GIVEN.fullmatch(plain_given):
        return f"{strip_parentheticals(surname)} {plain_given}"
    if abbreviate:
        plain_given = abbreviate_middle(plain_given)
    return with_suffix(
        f"{spaced_initials(plain_given)} {strip_parentheticals(surname)}".strip(), suffix
    )


def unique(names: list[str], exclude: str) -> list[str]:
    seen = {exclude}
    result = []
    for name in names:
        name = " ".join(name.split())
        if name and name not in seen:
            seen.add(name)
            result.append(name)
    return result


# The tail of an office, which a persons list's wrapped entry left as a name of its own
# ("Flesch, Col. J.M." also filed as "Security Affairs").
OFFICE_TAIL = re.compile(
    r"\b(?:Affairs|Department|Division|Office|Bureau|Staff|Region|Agency|Ministry|Section)$"
)
CONNECTIVES = {"The", "the", "of", "and"}


def misfiled(form: str, preferred: str) -> bool:
    """A form the dataset gives as a person's name that names no one: the tail of an office, or a
    country alone ("The Japan" for its emperor), sharing no word with the preferred name."""
    words = set(re.findall(r"[A-Za-z][\w'’-]*", form)) - CONNECTIVES
    if words & set(re.findall(r"[A-Za-z][\w'’-]*", preferred)):
        return False
    return bool(OFFICE_TAIL.search(form)) or all(word.lower() in PLACES for word in words)


ALSO_ALONE = re.compile(r"^(?P<name>[^,(]+?)\s*\(also\s+(?P<other>[^)]+)\)$")
ALSO = re.compile(r"^(?P<surname>[^,(]+?)\s*\(also\s+(?P<others>[^)]+)\),\s*(?P<given>.+)$")


def spellings(form: str) -> list[str]:
    """ "Caramanlis (also Karamanlis), Constantine": one form for each spelling of the surname
    ("Caramanlis, Constantine", "Karamanlis, Constantine"), not one name with "also" in it;
    "Constantine II (also Konstantine)": each name."""
    m = ALSO.match(form)
    if not m:
        alone = ALSO_ALONE.match(form)  # "Constantine II (also Konstantine)"
        return [alone["name"], alone["other"]] if alone else [form]
    surnames = [m["surname"], *re.split(r"\s+and\s+|,\s*", m["others"])]
    return [f"{surname.strip()}, {m['given']}" for surname in surnames if surname.strip()]


def name_and_variants(forms: list[str], titles: list[str]) -> tuple[str, list[str]]:
    """Display name from the first (preferred) form; variants: every form as given plus natural
    orders."""
    preferred = forms[0]
    parts = split_surname_first(preferred)
    if parts:
        given = strip_titles(strip_parentheticals(parts[1]), titles)
        name = display_name(*parts, titles, abbreviate=initials_attested(given, forms))
    else:
        name = strip_parentheticals(preferred)
    variants: list[str] = []
    for form in [spelling for given in forms for spelling in spellings(given)]:
        if misfiled(form, preferred):
            continue
        variants.append(form)
        parts = split_surname_first(form)
        if parts:
            variants.extend(natural_forms(*parts, titles))
        else:
            variants.append(strip_titles(strip_parentheticals(form), titles))
    return name, unique(variants, exclude=name)


# ---------------------------------------------------------------- HistoryAtState/people


def import_hsg_people(
    folder: str | Path, report: ImportReport | None = None, settings: Settings = DEFAULT
) -> list[AuthorityPerson]:
    """One AuthorityPerson per ``<person>`` file under folder (the repository or its data
    folder)."""
    report = report if report is not None else ImportReport()
    if not Path(folder).is_dir():
        raise FileNotFoundError(f"{folder}: not a folder")
    persons = []
    for path in sorted(Path(folder).rglob("*.xml")):
        root = parse_file(path, report, settings)
        if root is None:
            continue
        if root.tag != "person" or root.find("names") is None:
            report.ignored += 1
            continue
        person = hsg_person(root)
        if person is None:
            report.skipped.append((str(path), "no id or preferred name"))
            continue
        persons.append(person)
    report.persons += len(persons)
    return persons


# A persons-list address: ".../historicaldocuments/frus1958-60v10p2/persons#p_EDD1".
PERSONS_LIST_ADDRESS = re.compile(r"/(frus\d{4}[^/#\s]*)/persons#([A-Za-z_][\w.-]*)")


def frus_list_entries(
    folder: str | Path, settings: Settings = DEFAULT
) -> dict[tuple[str, str], str]:
    """Where each person of the people dataset stands in FRUS volumes' persons lists:
    (volume id, persName xml:id) → the dataset's id, from the records' source addresses."""
    entries = {}
    report = ImportReport()
    for path in sorted(Path(folder).rglob("*.xml")):
        root = parse_file(path, report, settings)
        person_id = text_of(root, "id") if root is not None and root.tag == "person" else ""
        for element in root.iter("source-url") if person_id else ():
            for volume, xml_id in PERSONS_LIST_ADDRESS.findall(element.text or ""):
                entries[(volume, xml_id)] = person_id
    return entries


def hsg_person(root) -> AuthorityPerson | None:
    person_id = text_of(root, "id")
    preferred = text_of(root, "names/preferred/name")
    if not person_id or not preferred:
        return None
    forms = [preferred]
    for path in ("names/alternates/name", "names/originals/original/name"):
        forms.extend(
            " ".join(CONTROL_CHARS.sub(" ", "".join(e.itertext())).split())
            for e in root.iterfind(path)
        )
    titles = [
        " ".join("".join(e.itertext()).split())
        for e in root.iterfind("names/titles-from-name/*/name")
    ]
    name, variants = name_and_variants([f for f in forms if f], titles)
    volumes = {
        m.group(0)
        for e in root.iter("source-url")
        for m in [FRUS_VOLUME_ID.search(e.text or "")]
        if m
    }
    years = [year for volume in volumes for year in volume_years(volume)]
    return AuthorityPerson(
        id=f"hsg:{person_id}",
        name=name,
        variants=variants,
        born=year_of(text_of(root, "birth-year")),
        died=year_of(text_of(root, "death-year")),
        description=main_remark(root),
        sources=[f"hsg-people:{person_id}"],  # the record each fact came from
        active=[min(years), max(years)] if years else None,
        volumes=len(volumes),
    )


# A FRUS volume id in a persons-list address: "frus1961-63v05", "frus1945v06", "frus1969-76ve14p2".
FRUS_VOLUME = re.compile(r"frus(\d{4})(?:-(\d{2,4}))?(?!\d)")
FRUS_VOLUME_ID = re.compile(r"frus\d{4}[^/#\s]*")


def volume_years(volume: str) -> tuple[int, int]:
    """The years a FRUS volume id covers: "frus1961-63v05" → (1961, 1963)."""
    m = FRUS_VOLUME.match(volume)
    if m is None:
        raise ValueError(f"not a FRUS volume id: {volume!r}")
    first = int(m.group(1))
    last = m.group(2)
    if not last:
        return first, first
    return first, int(last) if len(last) == 4 else first // 100 * 100 + int(last)


def main_remark(root) -> str:
    """The role description printed in most volumes (the first among equals)."""
    best, best_count = "", 0
    for remark in root.iterfind("remarks/remark"):
        text = FORM_PLACEHOLDER.sub("", text_of(remark, "p"))
        count = len(remark.findall("source-url"))
        if text and count > best_count:
            best, best_count = text, count
    return best


# ---------------------------------------------------------------- HistoryAtState/pocom


def pocom_root(folder: Path) -> Path:
    for candidate in (folder, folder / "pocom"):
        if (candidate / "people").is_dir() and (candidate / "positions-principals").is_dir():
            return candidate
    raise FileNotFoundError(
        f"{folder}: not a pocom data folder (expected people/ and positions-principals/)"
    )


def import_pocom(
    folder: str | Path, report: ImportReport | None = None, settings: Settings = DEFAULT
) -> list[AuthorityPerson]:
    """Principal officers and chiefs of mission, each with the offices POCOM lists for them."""
    report = report if report is not None else ImportReport()
    root = pocom_root(Path(folder))
    persons: dict[str, AuthorityPerson] = {}
    for path in sorted((root / "people").rglob("*.xml")):
        element = parse_file(path, report, settings)
        if element is None:
            continue
        person = pocom_person(element)
        if person is None:
            report.ignored += 1
            continue
        persons[person.id.removeprefix("pocom:")] = person

    roles = {}
    for path in sorted((root / "roles-country-chiefs").glob("*.xml")):
        element = parse_file(path, report, settings)
        if element is not None and text_of(element, "id"):
            roles[text_of(element, "id")] = text_of(element, "names/singular")

    for path in sorted((root / "positions-principals").glob("*.xml")):
        element = parse_file(path, report, settings)
        if element is None:
            continue
        position_id, own_title = text_of(element, "id"), text_of(element, "names/singular")
        for appointment, start, end in tenures(element.iterfind("principals/principal"), report):
            add_office(
                persons,
                appointment,
                principal_title(position_id, own_title, start),
                start,
                end,
                report,
            )

    for path in sorted((root / "missions-countries").glob("*.xml")):
        element = parse_file(path, report, settings)
        if element is None:
            continue
        territory = text_of(element, "territory-id") or path.stem
        for appointment, start, end in tenures(
            element.iterfind("chiefs/chief"), report, one_holder=True
        ):
            title = chief_title(text_of(appointment, "role-title-id"), roles, territory, start)
            add_office(persons, appointment, title, start, end, report)

    for path in sorted((root / "missions-orgs").glob("*.xml")):
        element = parse_file(path, report, settings)
        if element is None:
            continue
        mission_id, mission_title = text_of(element, "id"), text_of(element, "names/singular")
        for appointment, start, end in tenures(
            element.iterfind("chiefs/chief"), report, one_holder=True
        ):
            role = text_of(appointment, "role-title-id")
            title = ORG_TITLES.get(mission_id, mission_title)
            if role != mission_id and role in roles:  # a chargé standing in for the representative
                title = f"{tidy_title(roles[role])}, {mission_title}"
            add_office(persons, appointment, title, start, end, report)

    for person in persons.values():
        person.offices.sort(key=lambda o: o.start or "")
        person.description = offices_summary(person.offices)
    report.persons += len(persons)
    return list(persons.values())


def pocom_person(root) -> AuthorityPerson | None:
    person_id = text_of(root, "id")
    surname, forename = text_of(root, "persName/surname"), text_of(root, "persName/forename")
    if root.tag != "person" or not person_id or not surname:
        return None
    suffix = text_of(root, "persName/genName")
    altnames = [
        " ".join(e.text.split())
        for e in root.iterfind("persName/altname")
        if e.text and e.text.strip()
    ]
    surname_first = f"{surname}, {forename}" + (f", {suffix}" if suffix else "")
    if altnames:
        name = strip_parentheticals(altnames[0])
        if suffix and not SUFFIX.search(name.rsplit(" ", 1)[-1]):
            name = with_suffix(name, suffix)
    else:
        name = display_name(surname, forename, suffix, [])
    forms = altnames + natural_forms(surname, forename, suffix, []) + [surname_first]
    return AuthorityPerson(
        id=f"pocom:{person_id}",
        name=name,
        variants=unique(forms, exclude=name),
        country="US",
        born=year_of(text_of(root, "birth")),
        died=year_of(text_of(root, "death")),
        sources=[f"pocom:{person_id}"],
    )


def tenures(appointments, report: ImportReport, one_holder: bool = False):
    """(appointment, start, end) for the appointments taken up.

    Start is the day the person took charge (arrival, else credentials or entry on duty; the
    appointment date only when an end shows the post was held). For a post with one holder
    at a time (a chief of mission), an appointment left open is closed by the next holder's
    start; principal positions may have several holders at once (Career Ambassador)."""
    taken = []
    for appointment in appointments:
        arrived, started = (
            date_of(text_of(appointment, "arrived/date")),
            date_of(text_of(appointment, "started/date")),
        )
        appointed, ended = (
            date_of(text_of(appointment, "appointed/date")),
            date_of(text_of(appointment, "ended/date")),
        )
        start = (
            min(d for d in (arrived, started) if d)
            if (arrived or started)
            else (appointed if ended else None)
        )
        if start is None:
            report.appointments_not_taken_up += 1
            continue
        taken.append((appointment, start, ended))
    starts = sorted(start for _, start, _ in taken)
    result = []
    for appointment, start, end in taken:
        later = [s for s in starts if s > start] if one_holder and end is None else []
        if later:
            end = later[0]
            report.ends_inferred += 1
        result.append((appointment, start, end))
    return result


def add_office(
    persons, appointment, title: str, start: str, end: str | None, report: ImportReport
) -> None:
    person = persons.get(text_of(appointment, "person-id"))
    if person is None:
        report.appointments_unknown_person += 1
        return
    person.offices.append(Office(title=title, country="US", start=start, end=end, source="pocom"))
    report.offices += 1


def tidy_title(title: str) -> str:
    return " ".join(title.replace("’", "'").split())


def principal_title(position_id: str, own_title: str, start: str) -> str:
    for until, title in PERIOD_TITLES.get(position_id, []):
        if start < until:
            return title
    return PRINCIPAL_TITLES.get(position_id) or tidy_title(own_title) or position_id


def country_name(territory: str, start: str) -> str:
    if territory == "russia" and SOVIET_PERIOD[0] <= start < SOVIET_PERIOD[1]:
        return "the Soviet Union"
    if territory in COUNTRY_NAMES:
        return COUNTRY_NAMES[territory]
    words = [w if w in LOWER_WORDS else w.capitalize() for w in territory.split("-")]
    return ("the " if territory in COUNTRIES_WITH_THE else "") + " ".join(words)


def chief_title(role: str, roles: dict[str, str], territory: str, start: str) -> str:
    country = country_name(territory, start)
    if role.startswith("ambassador"):
        return f"Ambassador to {country}"
    if role.startswith(("envoy", "minister")):
        return f"Minister to {country}"
    title = tidy_title(roles.get(role) or role.replace("-", " ").title())
    accredited = role.startswith(
        ("charge", "deputy-ambassador", "personal-representative", "diplomatic-agent", "agent")
    )
    # a principal officer heads a post in a country
    return f"{title} {'to' if accredited else 'in'} {country}"


def offices_summary(offices: list[Office], most: int = 3) -> str:
    parts = []
    for office in offices[:most]:
        years = (office.start or "?")[:4] + "–" + (office.end or "")[:4]
        parts.append(f"{office.title} {years}")
    return "; ".join(parts) + ("; …" if len(offices) > most else "")
