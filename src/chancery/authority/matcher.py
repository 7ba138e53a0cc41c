"""Matching names as written to persons of the registry: variants, transliterations,
initials, OCR damage, offices by date and given names by context.

Every candidate carries a score (0..1) and the evidence for it. Namesakes are told apart by
the document's time (who was active then, who held the office the title names), by the
document's other people, and by prominence (how many FRUS volumes list them). When nothing
separates several candidates they are all returned with a low score rather than one of them
with a confident one.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby

from ..text_distance import edit_distance
from .offices import COUNTRY_CODES, office_of
from .registry import AuthorityPerson, Office, earliest, holders, holds_office, latest

TITLES = {
    "mr",
    "mrs",
    "miss",
    "ms",
    "dr",
    "sir",
    "the",
    "honorable",
    "honourable",
    "his",
    "her",
    "excellency",
    "ambassador",
    "chairman",
    "president",
    "secretary",
    "secty",  # a note's "Secty Rusk"
    "secy",
    "governor",
    "mayor",
    "governing",  # Berlin's "Governing Mayor Brandt"
    "senator",
    "general",
    "premier",
    "minister",
    "foreign",
    "deputy",
    "prime",
    "marshal",
    "generalissimo",
    "comrade",
    "lord",
    "admiral",
    "vice",
    "acting",
    "under",
    "undersecretary",
    "assistant",
    "shah",
    "king",
    "amb",
    "gen",
    "adm",
    "col",
    "lt",
    "capt",
    "major",
    "colonel",
    "messrs",
    "madame",
    "mme",
    "dear",
    "esteemed",
    # the courtesies of other languages: "Senor Roa", "Herr Brandt", "Monsieur Pinay"
    "senor",
    "senora",
    "signor",
    "monsieur",
    "herr",
    "frau",
}
# Words that open some registry variants ("Third Earl of Cromer", "Captain Smith") but are no
# one's given name.
NOT_GIVEN_NAMES = {
    "first", "second", "third", "fourth", "fifth", "captain", "lieutenant", "sergeant",
    "private", "major", "commander", "earl", "baron", "count", "prince", "princess", "rank",
    "representative", "congressman", "congresswoman",  # "Arends, Representative Leslie C."
}  # fmt: skip
# Words of office a registry variant may carry after the name ("Huang Hua, Counselor").
OFFICE_WORDS = TITLES | {
    "counselor",
    "counsellor",
    "adviser",
    "advisor",
    "spokesman",
    "director",
    "chief",
    "head",
    "member",
    "delegate",
    "consul",
    "attache",
    "aide",
    "interpreter",
    "chargé",
    "charge",
}
INITIALISM = re.compile(r"[A-Z]{3,4}")
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "2nd", "3rd", "2d", "3d"}
ABBREVIATED = {
    "wm": "william",
    "chas": "charles",
    "jas": "james",
    "geo": "george",
    "thos": "thomas",
    "robt": "robert",
    "jno": "john",
    "benj": "benjamin",
    "edw": "edward",
    "saml": "samuel",
    "jos": "joseph",
}
TRANSLITERATION = [
    ("kh", "h"),
    ("tch", "ch"),
    ("ck", "k"),
    ("dzh", "j"),
    ("zh", "j"),
    ("sch", "sh"),
    ("ya", "ia"),
    ("yu", "iu"),
    ("yo", "io"),
    ("skii", "ski"),
    ("skiy", "ski"),
    ("sky", "ski"),
    ("iy", "i"),
    ("ij", "i"),
    ("y", "i"),
    ("ff", "v"),
    ("ow", "ov"),
    ("w", "v"),
    ("q", "k"),
    ("ts", "c"),
    ("tz", "c"),
    ("x", "ks"),
    ("ph", "f"),
    ("ou", "u"),
    ("ee", "i"),
]
# Letters OCR mistakes for each other; a substitution between them costs half.
OCR_PAIRS = {
    frozenset(p)
    for p in [
        ("h", "m"),
        ("k", "w"),
        ("h", "w"),
        ("h", "b"),
        ("e", "c"),
        ("l", "i"),
        ("l", "1"),
        ("o", "0"),
        ("n", "r"),
        ("m", "n"),
        ("u", "v"),
        ("a", "o"),
        ("c", "o"),
        ("i", "j"),
        ("s", "5"),
        ("t", "f"),
        ("k", "h"),
    ]
}
# Titles written before a surname that point at an office ("Senator Kennedy" in 1960).
# A title's word → the offices (title, country: None for any) it may name.
TITLE_OFFICES: dict[str, list[tuple[str, str | None]]] = {
    "senator": [("Senator", "US")],
    "governor": [("Governor", "US")],
    "president": [("President", None), ("President-elect", "US")],
    "chairman": [
        ("Chairman of the Council of Ministers", "USSR"),
        ("First Secretary of the Communist Party", "USSR"),
        ("Chairman of the Presidium of the Supreme Soviet", "USSR"),
    ],
    "ambassador": [
        ("Ambassador to the United States", None),
        ("Ambassador to the Soviet Union", None),
        ("Ambassador to the United Nations", None),
        ("Ambassador-at-Large", "US"),
    ],
    "secretary": [
        ("Secretary of State", "US"),
        ("Secretary of Defense", "US"),
        ("Secretary of the Treasury", "US"),
    ],
    "premier": [
        ("Chairman of the Council of Ministers", "USSR"),
        ("Premier", None),
        ("Prime Minister", None),
    ],
    "prime minister": [("Prime Minister", None)],
    "foreign minister": [("Minister of Foreign Affairs", None), ("Foreign Secretary", "UK")],
    "general secretary": [("General Secretary of the Communist Party", "USSR")],
    "vice president": [("Vice President", "US")],
    # ("Under Secretary Smith" is no Secretary of State: the last word alone would say he was)
    "under secretary": [("Under Secretary of State", "US")],
    # (of a bureau: "Assistant Secretary of State for Inter-American Affairs", see held())
    "assistant secretary": [
        ("Assistant Secretary of State", "US"),
        ("Assistant Secretary of Defense", "US"),
    ],
    "deputy secretary": [
        ("Deputy Secretary of State", "US"),
        ("Deputy Secretary of Defense", "US"),
    ],
}
# Offices at the head of a state or its government, and the civil titles below them: "Director
# Kim" in a Seoul cable is not the leader of the North.
HEADS = {
    "President",
    "Premier",
    "Prime Minister",
    "Chancellor",
    "Chairman of the Council of Ministers",
    "First Secretary of the Communist Party",
    "General Secretary of the Communist Party",
}
LESSER_TITLES = {"minister", "director", "ambassador", "amb", "consul", "counselor", "deputy"}
LEADING_OFFICES = {
    "President",
    "Vice President",
    "Secretary of State",
    "Chairman of the Council of Ministers",
    "First Secretary of the Communist Party",
    "General Secretary of the Communist Party",
    "Minister of Foreign Affairs",
    "Prime Minister",
    "Chancellor",
}
WIFE = re.compile(r"(?i)^(?:wife|widow) of\b")
SHORT_PERIOD_DAYS = 31  # a period this short (a file number's days) is as good as a date
MOST_OF_A_PERIOD_DAYS = (
    8 * 366
)  # beyond eight years, who held an office "for most of" it says little
HOLDERS_REMEMBERED = 4096  # offices on dates a matcher keeps the holders of (Matcher.holders)
ACTIVE_SLACK = 4  # years around a person's known activity in which they are still "of the time"


# Letters that Unicode does not decompose into a base letter and a mark: "Gomułka" is the
# "Gomulka" of the records, "Søren" "Soren". And the typographic quotes, as typed ones.
UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "“": '"',
        "”": '"',
    }
)


@lru_cache(maxsize=65536)  # a pure function called for the same words over and over
def signs_as(name: str, letters: str) -> bool:
    """Whether a person's initials are these, all of them or the first and last ("DR" for Dean
    Rusk, "LBJ", "JFD" for John Foster Dulles)."""
    tokens = [t for t in name_tokens(name) if t[:1].isalpha()]
    return bool(tokens) and letters.upper() in (
        "".join(t[0] for t in tokens).upper(),
        (tokens[0][0] + tokens[-1][0]).upper(),
    )


def office_title_key(title: str) -> str:
    """An office's title however hyphenated, cased or spelt: "Ambassador-at-Large", "ambassador
    at large"; "Legal Advisor" (the Department writes "Adviser")."""
    return " ".join(re.split(r"[\s-]+", title.lower())).replace("advisor", "adviser")


def fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in text if not unicodedata.combining(ch))
    return plain.lower().translate(UNDECOMPOSED)


NOT_LETTER = re.compile(r"[^a-z]")


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A spelling-insensitive form of a name: Khrushchev and Chruschtschow share one."""
    word = NOT_LETTER.sub("", fold(word))
    for a, b in TRANSLITERATION:
        word = word.replace(a, b)
    return "".join(letter for letter, _ in groupby(word))  # doubled letters once


# Who an acting officer was: the deputy of the time (the Under Secretary of State until the
# Deputy Secretary's post was made the second one in 1972).
ACTING_FOR = {
    "Acting Secretary of State": ("Under Secretary of State", "Deputy Secretary of State"),
    "Acting Director of Central Intelligence": ("Deputy Director of Central Intelligence",),
}


@lru_cache(maxsize=65536)  # the same registry forms are asked of again and again
def spelled_as(surname: str, form: str) -> bool:
    """Whether a surname (a name token) is spelled as the last word of a registry form (or the
    first, of a name whose family name comes first)."""
    words = name_tokens(form)
    return bool(words) and surname in (words[-1], words[0])


# Chinese and Korean family names, in pinyin, Wade-Giles and the Korean spellings of the
# records: said first ("Zhou Enlai", "Huang Chen", "Kim Il Sung"), the name a person is called by.
FAMILY_NAMES_SAID_FIRST = frozenset(
    "zhou chou mao deng teng huang qiao chiao li liu lin chen zhang chang wang yang wu zhao "
    "chao sun hu guo kuo ma jiang chiang xu hsu song sung tang han feng ye yeh peng ji chi geng "
    "keng luo kang qian chien tsien xie hsieh zhu chu gao kao ho kim park pak choi chung yun "
    "paik lee yi shen tsiang gu dong tung wei cao tsao pan cheng zheng su yu yuan shih shi tan "
    "tian tien bo kong kung ling lai".split()
)


VIETNAMESE_MIDDLE_NAMES = {"van", "thi", "dinh", "tan", "ngoc", "duc", "huu", "quang"}


def is_vietnamese(person: AuthorityPerson, tokens: list[str]) -> bool:
    """A Vietnamese name ("Chung Tan Cang", "Ho Van Nhut"): its last word is what he is called."""
    return person.country in ("RVN", "DRV", "VN") or bool(
        len(tokens) == 3 and tokens[1] in VIETNAMESE_MIDDLE_NAMES
    )


COURTESIES = {"mr", "mrs", "miss", "ms", "monsieur", "senor", "herr"}


def middle_name_alone(person: AuthorityPerson, tokens: list[str]) -> bool:
    """Whether one word is a person's middle name, by which his friends call him ("Foster"
    for John Foster Dulles)."""
    words = name_tokens(person.name)
    return len(tokens) == 1 and tokens[0] in words[1:-1] and not family_name_first(person, words)


def family_name_first(person: AuthorityPerson, tokens: list[str]) -> bool:
    """Whether a name is written family name first: two or three words, no initials, the first a
    Chinese or Korean family name ("Lee F. Smith" and an American's "Lee Roe" are not)."""
    return (
        2 <= len(tokens) <= 3
        and tokens[0] in FAMILY_NAMES_SAID_FIRST
        and all(len(t) > 1 for t in tokens)
        and (person.country != "US" or "-" in person.name)
    )


# Spanish names carry the father's surname, then the mother's: "Orlando Letelier del Solar" is
# "Ambassador Letelier", "Luis Echeverría Álvarez" "President Echeverría". (Portuguese names
# put the father's last, as English ones do.)
HISPANIC = re.compile(
    r"\b(?:Chilean|Mexican|Argentine|Argentinian|Cuban|Spanish|Peruvian|Colombian|Venezuelan|"
    r"Bolivian|Ecuadorian|Uruguayan|Paraguayan|Guatemalan|Honduran|Salvadoran|Nicaraguan|"
    r"Costa Rican|Panamanian|Dominican)\b|\bof (?:Chile|Mexico|Argentina|Cuba|Spain|Peru|"
    r"Colombia|Venezuela|Bolivia|Ecuador|Uruguay|Paraguay|Guatemala|Honduras|El Salvador|"
    r"Nicaragua|Costa Rica|Panama|the Dominican Republic)\b"
)
HISPANIC_COUNTRIES = {
    "CL", "MX", "AR", "CU", "ES", "PE", "CO", "VE", "BO", "EC", "UY", "PY", "GT", "HN", "SV",
    "NI", "CR", "PA", "DO",
}  # fmt: skip
SURNAME_PARTICLES = {"de", "del", "la", "y", "i"}


def fathers_surname(person: AuthorityPerson, tokens: list[str]) -> int | None:
    """Where a Spanish name's first surname stands ("Salvador Allende Gossens": 1), or None."""
    if len(tokens) < 3 or not (
        person.country in HISPANIC_COUNTRIES or HISPANIC.search(person.description or "")
    ):
        return None
    at = len(tokens) - 2
    while at > 1 and tokens[at] in SURNAME_PARTICLES:
        at -= 1  # "Letelier del Solar"
    return at if len(tokens[at]) > 1 and tokens[at] not in SURNAME_PARTICLES else None


def name_tokens(name: str) -> list[str]:
    """Words of a name without titles, honorifics or generational suffixes, given names first
    ("Kirkpatrick, Jeane Jordan" as written in indexes becomes jeane jordan kirkpatrick)."""
    return list(tokens_of_name(name))  # a list of its own: the caller may change it


@lru_cache(maxsize=16384)  # the same names and registry forms are asked of again and again
def tokens_of_name(name: str) -> tuple[str, ...]:
    if "," in name:
        head, _, tail = name.partition(",")
        first = fold(tail).split()[0].strip(" .") if tail.strip() else ""
        if " " in head.strip() and first in OFFICE_WORDS:
            name = head  # "Huang Hua, Counselor": an office after the name, as a list gives it
        elif tail.strip() and fold(tail).strip(" .") not in SUFFIXES and " " not in head.strip():
            name = f"{tail} {head}"
    words = fold(name).replace(".", " ").replace(",", " ").split()
    tokens = [ABBREVIATED.get(token, token) for token in words if token not in SUFFIXES]
    start = 0
    while start < len(tokens) and tokens[start] in TITLES:
        start += 1
    return tuple(tokens[start:])


def days_held(office: Office, start: str, end: str) -> int:
    """The days of the period from ``start`` to ``end`` the office was held (0 if none)."""
    a = max(start, earliest(office.start) if office.start else start)
    b = min(end, latest(office.end) if office.end else end)
    return days_between(a, b) if a <= b else 0


# English short forms of given names, as colleagues wrote them ("Joe Califano", "Cy Vance").
NICKNAMES = {
    "joe": "joseph", "bill": "william", "bob": "robert", "jim": "james", "jack": "john",
    "abe": "abraham",
    "tom": "thomas", "dick": "richard", "chuck": "charles", "chip": "charles", "mike": "michael",
    "charlie": "charles",
    "dave": "david", "ted": "edward", "ed": "edward", "dan": "daniel", "hank": "henry",
    "walt": "walter", "fred": "frederick", "ben": "benjamin", "sam": "samuel",
    "tony": "anthony", "larry": "lawrence", "jerry": "gerald", "cy": "cyrus",
    "zbig": "zbigniew", "gene": "eugene", "pete": "peter", "steve": "stephen",
    "andy": "andrew", "nick": "nicholas", "ken": "kenneth", "don": "donald", "ron": "ronald",
    "doug": "douglas", "hal": "harold", "mac": "mcgeorge", "stu": "stuart", "alex": "alexander",
    "phil": "philip", "art": "arthur", "herb": "herbert", "marty": "martin", "matt": "matthew",
    "tim": "timothy", "stan": "stanley", "rob": "robert", "bobby": "robert", "billy": "william",
    "jimmy": "james", "johnny": "john", "tommy": "thomas", "ned": "edward", "nate": "nathaniel",
    "mel": "melvin", "lou": "louis", "mort": "morton", "jeff": "jeffrey", "greg": "gregory",
    "ernie": "ernest", "sid": "sidney",
}  # fmt: skip


def same_given_name(a: str, b: str) -> bool:
    """ "Joe" and "Joseph": a name and its short form are one given name."""
    a, b = a.lower(), b.lower()
    return NICKNAMES.get(a) == b or NICKNAMES.get(b) == a


def given_compatible(a: list[str], b: list[str]) -> bool:
    """The shorter list of given names fits the longer one in order ("Averell" in "W. Averell").
    ``a`` as written, ``b`` as the registry knows them."""
    # A Russian patronymic's initial transliterated "Ye." or "E." ("Kliment Ye. Voroshilov")
    if "e" in a or "e" in b:
        a, b = [n if n != "ye" else "e" for n in a], [n if n != "ye" else "e" for n in b]
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    written_longer = len(a) > len(b)
    i = 0
    skipped_a_name = False
    for name in long:
        if i < len(short) and same_given_name(short[i], name):
            i += 1
        elif (
            i < len(short)
            and short[i][0] == name[0]
            and (
                # (an initial after a first name the text wrote is passed over is no fit:
                # "André" is not the "A." of "Earnest A."; "John" is the J. of "Joseph J.")
                (len(short[i]) == 1 or len(name) == 1)
                and not (skipped_a_name and written_longer)
                or skeleton(short[i]) == skeleton(name)
                or len(short[i]) <= 3
                and name.startswith(short[i])  # "McK." for McKendree
            )
        ):
            i += 1
        elif i < len(short) and len(name) > 1:
            skipped_a_name = True
    return i == len(short)


def fits_full_name(given: list[str], entry: _Entry) -> bool:
    """Initials beyond the given names a short variant holds must fit the person's full name:
    "J. F. Ford" fits "Jerry Ford" by its first initial, but not Gerald R. Ford."""
    if (
        len(given) <= len(entry.given)
        or entry.form == entry.person.name
        or any(len(g) > 1 for g in given)  # words, not initials, may be a scan's debris
    ):
        return True
    return given_compatible(given, [g[0] for g in name_tokens(entry.person.name)[:-1]])


def other_first_name(given: list[str], entry: _Entry, is_given_name) -> bool:
    """A first name written out that the person never bore: "Felix L. Johnson" is not Lyndon
    Johnson, though "L." would fit the variant "Lyndon Johnson" if "Felix" were debris."""
    words = [g for g in given if len(g.rstrip(".")) > 1]
    if not words or not is_given_name(words[0]):
        return False
    borne = [*name_tokens(entry.person.name)[:-1], *entry.given]
    if not any(len(g) > 1 for g in borne):
        return False  # known by initials only: nothing to contradict
    # one written-out name he bore is enough ("Brigadier Abdul Karem"); so is the initial of
    # one he goes by otherwise ("John Jova" for Joseph J. Jova)
    return not any(
        same_given_name(word, g) or skeleton(word) == skeleton(g) or len(g) == 1 and g == word[0]
        for word in words
        for g in borne
    )


def entered_twice(a: AuthorityPerson, b: AuthorityPerson) -> bool:
    """Whether two registry records are one person entered twice, as the imported lists do:
    the same country (or none said), described alike, and the words of one name all in the
    other ("Gough Whitlam", "Edward Gough Whitlam"; "Sese Seko Mobutu", "Mobutu Sese Seko") or
    the names a letter apart ("Alfonso Lopez Michelsen", "... Michelson")."""
    if a.country and b.country and a.country != b.country:
        return False
    if a.offices and b.offices:
        return False  # both with their own careers: two people
    one, other = name_tokens(a.name), name_tokens(b.name)
    if len(one) < 2 or len(other) < 2:
        return False
    described = [set(re.findall(r"\b[A-Z][a-z]{3,}", p.description or "")) for p in (a, b)]
    if not described[0] & described[1]:
        return False  # each described, alike ("President of Zaire", "President, ... (Zaire)")
    if one == other:
        return False  # the same name twice: namesakes, as often as not
    extra = set(one) ^ set(other)
    if (set(one) <= set(other) or set(other) <= set(one)) and all(len(t) > 1 for t in extra):
        return True  # (an initial more, "John Doe" and "John A. Doe", may be another man)
    differing = [(x, y) for x, y in zip(one, other, strict=False) if x != y]
    return (
        len(one) == len(other)
        and len(differing) == 1
        and min(len(differing[0][0]), len(differing[0][1])) > 3  # not "Walter W." / "Walter E."
        and edit_distance(*differing[0], 1.0) <= 1.0
    )


def ocr_distance(a: str, b: str, limit: float = 2.0) -> float:
    """Edit distance where confusions OCR really makes cost half a substitution."""
    return edit_distance(a, b, limit, OCR_PAIRS)


def one_deleted(word: str) -> set[str]:
    """The word and every form of it with one letter removed."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


@dataclass
class Candidate:
    person: AuthorityPerson
    score: float
    evidence: str
    office: str | None = None  # the office a title before the name matched, held at the date
    former: bool = False  # the title names an office held before: the past is spoken of


@dataclass
class MatchContext:
    date: str | None = None  # "YYYY-MM-DD" or partial
    period: tuple[str, str] | None = None  # when no date: the dates the document lies between
    known: set[str] = field(default_factory=set)  # person ids already resolved in the document

    def span(self) -> tuple[str, str] | None:
        """The first and last day the document may be of."""
        if self.date:
            return earliest(self.date), latest(self.date)
        if self.period:
            return earliest(self.period[0]), latest(self.period[1])
        return None


@dataclass
class _Entry:
    person: AuthorityPerson
    given: list[str]
    form: str
    alone: bool = True  # whether the word alone may name him (not the end of "Kim Il Sung")


def active_years(person: AuthorityPerson) -> tuple[int, int] | None:
    """The years the person is known to have been at work: offices held, FRUS volumes that
    list them, else an adult life."""
    years = []
    for office in person.offices:
        years.append(int(office.start[:4]) if office.start else None)
        years.append(int(office.end[:4]) if office.end else None)
    if person.active:
        years += list(person.active)
    known = [y for y in years if y]
    if known:
        return min(known), max(known)
    if person.born:
        return person.born + 20, person.died or person.born + 80
    visits = VISITED.search(person.description)
    if visits:
        # A head of state or government the registry knows only by his visits: at work around
        # them ("President, Guatemala. Visited U.S. 3 times, 1987–1989" is no one of 1949)
        first, last = int(visits["first"]), int(visits["last"] or visits["first"])
        return first - YEARS_AROUND_VISITS, last + YEARS_AROUND_VISITS
    return None


OUT_OF_TIME = -0.3  # time_fit's score for one active only in other years
VISITED = re.compile(
    r"\bVisited U\.S\.[^.;]*?\b(?P<first>1[89]\d\d|20\d\d)(?:\s*[–-]\s*(?P<last>\d{4}))?"
)
YEARS_AROUND_VISITS = 10


MONSIEUR = re.compile(r"^M\.\s+[A-Z]")  # "M. Parodi", as FRUS writes a Frenchman
FRENCH_SPEAKING = {"FR", "BE", "CH", "LU"}


class Matcher:
    def __init__(self, persons: list[AuthorityPerson]):
        self.persons = persons
        self.by_id = {p.id: p for p in persons}
        self.by_surname: dict[str, list[_Entry]] = defaultdict(list)
        self.exact: dict[str, list[AuthorityPerson]] = defaultdict(list)
        self.by_office: dict[tuple[str, str], list[tuple[AuthorityPerson, Office]]] = defaultdict(
            list
        )
        self.wives: dict[str, list[AuthorityPerson]] = defaultdict(list)
        # "Chip" of "Chip Bohlen": the first word of a name a person is known by.
        self.by_first_word: dict[str, set[str]] = defaultdict(set)
        # "Nikita S. Khrushchev" under ("nikita", "s"): found again by "Nikita Sergeyevich".
        self.by_given_and_initial: dict[tuple[str, str], set[str]] = defaultdict(set)
        given_counts: dict[str, int] = defaultdict(int)
        surname_counts: dict[str, int] = defaultdict(int)
        self._deletions: dict[str, set[str]] | None = None  # built on the first garbled name
        # (title, country, date, span) → holders: documents of a day ask for the same offices.
        self._holders: dict[tuple, list[tuple[AuthorityPerson, str]]] = {}
        self.active = {p.id: active_years(p) for p in persons}
        self.by_title: dict[str, dict[str, list]] = defaultdict(dict)  # title → country → holders
        for person in persons:
            for office in person.offices:
                self.by_office[(office.title, office.country)].append((person, office))
                self.by_title[office.title].setdefault(office.country, []).append((person, office))
            core = "core" in person.sources
            wife = is_wife(person)
            seen_keys: set[str] = set()
            own = name_tokens(person.name)
            for form in dict.fromkeys([person.name, *person.variants]):
                if SOVEREIGN_OF.search(form) or re.sub(r"^The\s+", "", form) in COUNTRY_CODES:
                    # "Greece, The King of", "The Saudi Arabia": his country is no name of his
                    continue
                tokens = own if form is person.name else name_tokens(form)
                if len(tokens) >= 2 and tokens == own[-1:] + own[:-1] and tokens != own:
                    # "Scheel Walter", "Lodge. Henry Cabot": an index's inverted name that lost
                    # its comma (else "Cabot" would be a surname of Lodge's)
                    continue
                if not tokens or (len(tokens) == 1 and not core and form != person.name):
                    # imported data has one-word "variants" like "Morocco" (a king's title)
                    continue
                key = " ".join(map(skeleton, tokens))
                if key not in seen_keys:
                    seen_keys.add(key)
                    self.exact[key].append(person)
                if len(tokens) == 1 and form != person.name:
                    continue  # a one-word variant ("Kassem") is matched exactly only
                family_first = family_name_first(person, tokens)
                if not wife:  # "Truman" alone is the President: his wife is "Mrs. Truman"
                    # (a Chinese or Korean name ends in a given name: "Sung" alone, "by the
                    # Sen[ate]", is not Kim Il Sung; a Vietnamese is called by his, "Diem")
                    alone = not family_first or is_vietnamese(person, tokens)
                    self.by_surname[skeleton(tokens[-1])].append(
                        _Entry(person, tokens[:-1], form, alone=alone)
                    )
                if form == person.name:
                    surname_counts[tokens[-1]] += 1
                if len(tokens) == 2:
                    self.by_first_word[skeleton(tokens[0])].add(person.id)
                if len(tokens) == 3 and len(tokens[1]) == 1:
                    self.by_given_and_initial[(skeleton(tokens[0]), tokens[1])].add(person.id)
                father = fathers_surname(person, tokens) if form == person.name else None
                if father is not None:
                    self.by_surname[skeleton(tokens[father])].append(
                        _Entry(person, tokens[:father], form)
                    )
                    surname_counts[tokens[father]] += 1
                if family_first:
                    # "Premier Zhou", "Ambassador Huang": named by the family name, said first
                    # (in any of the name's spellings: "President Pak" is Park Chung Hee)
                    self.by_surname[skeleton(tokens[0])].append(_Entry(person, tokens[1:], form))
                if form == person.name and family_first:
                    surname_counts[tokens[0]] += 1
                elif len(tokens) > 1 and len(tokens[0]) > 1:
                    given_counts[tokens[0]] += 1
            if wife and own:
                surname = own[-1]
                self.wives[skeleton(surname)].append(person)
                if re.search(r"(?:ov|ev|in)a$", surname):  # "Mrs. Khrushchev" is Khrushcheva
                    self.wives[skeleton(surname[:-1])].append(person)
        # A given name is one that several people bear; rare first words of imported names
        # ("State", "Morocco") are not.
        from .not_people import NOT_PEOPLE

        self.given_names = {
            name
            for name, count in given_counts.items()
            if count >= 2 and name not in NOT_PEOPLE and name not in TITLES | NOT_GIVEN_NAMES
        }
        self.common_given_names = {
            name for name in self.given_names if given_counts[name] >= 4 and len(name) >= 3
        }
        # Words more people bear as a given name than as a surname ("Walter", "Milton"): alone,
        # they are seldom a surname.
        self.mostly_given = {
            name
            for name in self.given_names
            if given_counts[name] > 2 * surname_counts.get(name, 0)
        }
        # "JFK", "LBJ": initials the core registry knows a person by, each of one person only.
        owners: dict[str, set[str]] = defaultdict(set)
        for person in persons:
            if "core" in person.sources:
                for variant in person.variants:
                    if INITIALISM.fullmatch(variant):
                        owners[variant].add(person.id)
        self.initialisms = {v: ids.pop() for v, ids in owners.items() if len(ids) == 1}
        # "Ambassador at Large" as the heading writes the registry's "Ambassador-at-Large"
        self.title_as_written = {office_title_key(t): t for t in self.by_title}

    # -- what a word is --------------------------------------------------------------
    def knows_surname(self, word: str) -> bool:
        """A cheap test before a full match: is this word anybody's surname (or a one-word name)?"""
        key = skeleton(word)
        return key in self.by_surname or key in self.exact

    def is_given_name(self, word: str) -> bool:
        return fold(word) in self.given_names

    def known_as(self, word: str, context: MatchContext | None) -> list[Candidate]:
        """The one person known by this first name or nickname ("Dear Chip:") and of the
        document's time; none where several are."""
        ids = self.by_first_word.get(skeleton(word), set())
        fits = []
        for pid in ids:
            fit, why = self.time_fit(self.by_id[pid], context)
            if fit > 0:
                fits.append(Candidate(self.by_id[pid], 0.8, f"known as {word!r}; {why}"))
        return fits if len(fits) == 1 else []

    def is_known_name(self, text: str) -> bool:
        """A name of several words exactly as some person of the registry is known by it."""
        tokens = name_tokens(text)
        return len(tokens) > 1 and " ".join(map(skeleton, tokens)) in self.exact

    def is_mostly_given_name(self, word: str) -> bool:
        return fold(word) in self.mostly_given

    def may_be_regnal(self, tokens: list[str], title: str | None) -> bool:
        """Whether the word alone, with no sovereign's title, is a common given name, which a
        sovereign may bear ("George" of George II, "Paul" of Paul I): then it is someone else's
        name, not the sovereign's (``REGNAL``)."""
        return (
            len(tokens) == 1
            and rank_word(title or "") not in MONARCH_WORDS
            and self.is_common_given_name(tokens[0])
        )

    def is_common_given_name(self, word: str) -> bool:
        """A given name many people bear ("John", "Enver" is not): enough to call an unknown
        "Enver Mamedov" a person only with more evidence."""
        return fold(word) in self.common_given_names

    def person(self, person_id: str | None) -> AuthorityPerson:
        """The registry's person of that id: a KeyError for a local person's id, or for none."""
        if person_id is None:
            raise KeyError(person_id)
        return self.by_id[person_id]

    def surname_holders(self, word: str) -> list[AuthorityPerson]:
        seen: dict[str, AuthorityPerson] = {}
        for entry in self.by_surname.get(skeleton(word), []):
            seen.setdefault(entry.person.id, entry.person)
        return list(seen.values())

    # -- time ------------------------------------------------------------------------
    def time_fit(self, person: AuthorityPerson, context: MatchContext | None) -> tuple[float, str]:
        """How well a person fits the document's time, with the reason."""
        span = context.span() if context else None
        if context is None or not span:
            return 0.0, ""
        if context.date and any(holds_office(o, context.date) for o in person.offices):
            # A name said of someone then in a leading office most likely means them.
            leading = any(
                o.title in LEADING_OFFICES and holds_office(o, context.date) for o in person.offices
            )
            return (0.45 if leading else 0.3), f"in office on {context.date}"
        if not context.date and self.leading_for_most_of(person, span):
            # A period the person led through: as good as a date in the office, nearly.
            return 0.3, f"in a leading office for most of {span[0][:4]}–{span[1][:4]}"
        if (
            not context.date
            and days_between(*span) <= SHORT_PERIOD_DAYS
            and any(holds_office(o, span[0]) and holds_office(o, span[1]) for o in person.offices)
        ):
            # the days a file number allows ("841.24568/8–147"): in office all through them
            return 0.3, f"in office {span[0]}–{span[1]}"
        first, last = int(span[0][:4]), int(span[1][:4])
        active = self.active.get(person.id)
        if person.died and person.died < first - 1:
            return -0.15, "dead by then"  # the dead are still mentioned, just less often
        if not active:
            return 0.0, ""
        if active[0] - ACTIVE_SLACK <= last and first <= active[1] + ACTIVE_SLACK:
            return 0.15, f"active {active[0]}–{active[1]}"
        return -0.3, f"active only {active[0]}–{active[1]}"

    @staticmethod
    def leading_for_most_of(person: AuthorityPerson, span: tuple[str, str]) -> bool:
        """Whether the person held a leading office for most of a period short enough to say."""
        start, end = span
        total = days_between(start, end)
        if total > MOST_OF_A_PERIOD_DAYS:
            return False
        held = sum(days_held(o, start, end) for o in person.offices if o.title in LEADING_OFFICES)
        return held >= 0.6 * max(total, 1)

    # -- names -----------------------------------------------------------------------
    def match_name(
        self,
        text: str,
        context: MatchContext | None = None,
        title: str | None = None,
        garbled: bool = True,
    ) -> list[Candidate]:
        tokens = name_tokens(text)
        if not tokens:
            return []
        if len(tokens) == 2 and MONSIEUR.match(text):
            # "M. Schuman": Monsieur Schuman when a Frenchman of that surname is known (not
            # Maurice Schumann by his initial, nor someone the OCR reading would make of it)
            monsieur = self.match_name(tokens[-1], context, title, garbled=False)
            if monsieur and monsieur[0].person.country in FRENCH_SPEAKING:
                return monsieur
        found: dict[str, Candidate] = {}
        key = " ".join(skeleton(t) for t in tokens)
        # whether the word may be a sovereign's given name: asked at the first namesake, not again
        # for each of the (up to hundreds of) others
        regnal: bool | None = None
        for person in self.exact.get(key, []):
            if regnal is None:
                regnal = self.may_be_regnal(tokens, title)
            if regnal and REGNAL.search(person.name):
                continue  # "George" (or "Mr. George") is some George, not King George II
            if middle_name_alone(person, tokens) and rank_word(title or "") in COURTESIES:
                continue  # "Mr. Foster" is a Foster, not John Foster Dulles
            found[person.id] = Candidate(
                person, 0.95 if len(tokens) > 1 else 0.7, f"name as known: {text!r}"
            )
        surname, given = skeleton(tokens[-1]), tokens[:-1]
        # "Foster" alone may be what friends call John Foster Dulles, or any Foster's surname:
        # the day decides between them
        if not found or all(middle_name_alone(c.person, tokens) for c in found.values()):
            for entry in self.by_surname.get(surname, []):
                if not given and not entry.alone:
                    continue
                if not given and len(tokens[-1]) <= 5 and not spelled_as(tokens[-1], entry.form):
                    continue  # a short word alone only as spelled: "Nice" is no "Nitze"
                if regnal is None:
                    regnal = self.may_be_regnal(tokens, title)
                if regnal and REGNAL.search(entry.person.name):
                    continue
                if (
                    entry.person.id not in found
                    and given_compatible(given, entry.given)
                    and fits_full_name(given, entry)
                    and not other_first_name(given, entry, self.is_given_name)
                ):
                    score = 0.9 if given and len(given[0]) > 1 else 0.8 if given else 0.6
                    found[entry.person.id] = Candidate(
                        entry.person,
                        score,
                        f"surname{' and given names' if given else ''} of {entry.form!r}",
                    )
        if (
            found
            and not given
            and title
            and rank_word(title) in MILITARY_RANKS
            and not any(ranked_as(title, c.person) for c in found.values())
        ):
            # "Major Eisenhower": the namesake the records call Major, though "Eisenhower" alone
            # is the President
            ranked = {
                entry.person.id: entry
                for entry in self.by_surname.get(surname, [])
                if entry.person.id not in found and ranked_as(title, entry.person)
            }
            for candidate in found.values() if ranked else ():
                candidate.score -= 0.2
                candidate.evidence += f"; not described as {title}"
            for person_id, entry in ranked.items():
                found[person_id] = Candidate(entry.person, 0.6, f"surname of {entry.form!r}")
        if not found and garbled and len(surname) >= 6:
            found = self.garbled(surname, given, text)
        if title and found:
            self.prefer_title(found, title, context)
        return self.rank(found, context)

    def rank(self, found: dict[str, Candidate], context: MatchContext | None) -> list[Candidate]:
        for candidate in found.values():
            fit, why = self.time_fit(candidate.person, context)
            if candidate.former and fit < 0:
                fit, why = (
                    0.0,
                    "",
                )  # "President Roosevelt's time": dead or out of office is no objection
            candidate.score += fit
            if why:
                candidate.evidence += f"; {why}"
            if context and candidate.person.id in context.known:
                candidate.score += 0.3
                candidate.evidence += "; named elsewhere in the document"
            # The principal officials and people many volumes list outrank obscure namesakes.
            candidate.score += 0.12 if "core" in candidate.person.sources else 0.0
            candidate.score += 0.1 * min(1.0, math.log10(1 + candidate.person.volumes) / 1.5)
        ranked = sorted(found.values(), key=lambda c: (-c.score, c.person.name))
        ranked = [c for c in ranked if c.score > 0.2]
        if (
            len(ranked) > 1
            and ranked[0].score - ranked[1].score < 0.1
            and (len(ranked) == 2 or ranked[0].score - ranked[2].score >= 0.1)
            and entered_twice(ranked[0].person, ranked[1].person)
        ):
            # One person the registry holds twice ("Gough Whitlam", "Edward Gough Whitlam"): the
            # record more volumes list is the one historians use.
            ranked.sort(key=lambda c: (c not in ranked[:2], -c.person.volumes))
            ranked[0].score = max(ranked[0].score, ranked[1].score)
            del ranked[1]
        if len(ranked) > 1 and ranked[0].score - ranked[1].score < 0.1:
            for c in ranked:  # nothing separates them: say so
                c.score = min(c.score, 0.5)
        for c in ranked:
            c.score = round(min(c.score, 1.0), 3)
        return ranked

    def deletions(self) -> dict[str, set[str]]:
        """Every surname with one letter deleted → the surnames: finds names one OCR slip away
        without comparing against every surname of a big registry."""
        if self._deletions is None:
            # Only the surnames of people the records name often: a scan's damaged name is far
            # likelier to be theirs, and the index stays small.
            self._deletions = defaultdict(set)
            for surname, entries in self.by_surname.items():
                if any("core" in e.person.sources or e.person.volumes >= 2 for e in entries):
                    for variant in one_deleted(surname):
                        self._deletions[variant].add(surname)
        return self._deletions

    def garbled(self, surname: str, given: list[str], text: str) -> dict[str, Candidate]:
        found: dict[str, Candidate] = {}
        # OCR also reads one letter as two ("rn" for "m") and two as one: undo those first.
        repaired = surname
        for pair, single in (
            ("rn", "m"),
            ("ri", "n"),
            ("cl", "d"),
            ("ii", "u"),
            ("vv", "w"),
            ("li", "h"),
        ):
            repaired = repaired.replace(pair, single)
        index = self.deletions()
        near = set().union(
            *(index.get(v, ()) for form in {surname, repaired} for v in one_deleted(form))
        )
        for known in sorted(near - {surname}):  # (the surname as written was asked already)
            distance = min(
                ocr_distance(surname, known, 1.0), ocr_distance(repaired, known, 1.0) + 0.5
            )
            if distance > 1.0:
                continue
            for entry in self.by_surname[known]:
                if (
                    given_compatible(given, entry.given)
                    and entry.person.id not in found
                    and not other_first_name(given, entry, self.is_given_name)
                ):
                    found[entry.person.id] = Candidate(
                        entry.person,
                        0.75 - distance * 0.15,
                        f"OCR-garbled {text!r} ~ {entry.form!r}",
                    )
        return found

    def prefer_title(
        self, found: dict[str, Candidate], title: str, context: MatchContext | None
    ) -> None:
        date = context.date if context else None
        if rank_word(title) == "prince":  # a namesake on the throne by then is no prince
            for person_id in [i for i, c in found.items() if reigning(c.person, date)]:
                del found[person_id]
        if rank_word(title) in LIVING_TITLES and date:
            # "Ambassador Stevenson" in 1974 is not Adlai, dead nine years: the long dead are not
            # given such a title (a President's stays his: "President Roosevelt" in 1960)
            for person_id, candidate in list(found.items()):
                died = candidate.person.died
                if died and died + LONG_DEAD_YEARS < int(date[:4]):
                    del found[person_id]
        offices = TITLE_OFFICES.get(
            " ".join(fold(title).strip(".").split()[-2:]), []
        ) or TITLE_OFFICES.get(fold(title).split()[-1].strip("."), [])
        if fold(title).strip(".") == "mr" and date and len(found) > 1:
            # The records call a cabinet secretary "Secretary Dulles": "Mr. Dulles" beside him
            # is his namesake (the DCI briefing the Council).
            for candidate in found.values():
                if any(
                    o.title.startswith("Secretary of") and holds_office(o, date)
                    for o in candidate.person.offices
                ):
                    candidate.score -= 0.35

        # Undated, "Ambassador Gordon" is one who was an ambassador anywhere (to Brazil), not the
        # Budget's Gordon; dated, the holders of the document's time decide.
        ambassador = date is None and fold(title).strip(".").split()[-1] in ("ambassador", "amb")

        def held(person: AuthorityPerson) -> list[Office]:
            return [
                o
                for o in person.offices
                if any(
                    (o.title == t or o.title.startswith(f"{t} for "))
                    and (c is None or o.country == c)
                    for t, c in offices
                )
                or ambassador
                and bool(AMBASSADORIAL.search(o.title))
            ]

        secretary = fold(title).strip(".").split()[-1] == "secretary"
        congress = fold(title).strip(".").split()[-1] in CONGRESS_TITLES
        lesser = rank_word(title) in LESSER_TITLES and "prime" not in fold(title)
        if lesser and date:
            # "Foreign Minister Park" in 1979 is not President Park: one at the head of a state
            # or government then held no lesser office
            for person_id, candidate in list(found.items()):
                if not held(candidate.person) and any(
                    o.title in HEADS and holds_office(o, date) for o in candidate.person.offices
                ):
                    del found[person_id]
        # The only namesake who ever held an office of that title is the one meant.
        former_bonus = 0.4 if sum(1 for c in found.values() if held(c.person)) == 1 else 0.3
        for candidate in found.values():
            matching = held(candidate.person)
            current = [o for o in matching if date and holds_office(o, date)]
            # (a description speaks of its own years: "President, Guatemala", of the 1980s, is
            # not the President of a paper of 1950)
            of_the_time = self.time_fit(candidate.person, context)[0] > OUT_OF_TIME
            if current:
                candidate.score += 0.2
                candidate.office = current[0].title
                candidate.evidence += f"; {current[0].title} on {date}"
            elif (
                matching
            ):  # "President Roosevelt" in 1960: a former holder of the office, dead or not
                candidate.score += former_bonus
                candidate.former = True
                candidate.evidence += (
                    f"; {matching[0].title} {matching[0].start or ''}–{matching[0].end or ''}"
                )
            elif not of_the_time:
                pass
            elif rank_word(title) == "prince" and CROWN_PRINCE.search(
                candidate.person.description or ""
            ):  # "Crown Prince Hassan": the heir the historians describe so
                candidate.score += 0.35
                candidate.evidence += "; described as Crown Prince"
            elif ranked_as(title, candidate.person):
                # "Major Eisenhower": the one the records call Major ("General Robertson": the
                # one whose names in the volumes' lists carry the rank, "General Sir Brian")
                candidate.score += 0.35
                candidate.evidence += f"; described as {title}"
            elif described_in_office(title, candidate.person.description):
                # "President Gonzalez": the one the historians describe as "President of Chile"
                candidate.score += 0.35
                candidate.evidence += f"; described as {title}"
            elif in_service(title, candidate.person.description):
                # "General Burns": the Army officer, not his namesake the colonial governor
                candidate.score += 0.25
                candidate.evidence += f"; an officer of the armed forces, as {title} says"
            elif other_rank(
                title, candidate.person.description
            ):  # "Admiral Leahy" is not Commander Leahy
                candidate.score -= 0.2
                candidate.evidence += f"; described with another rank than {title}"
            elif (
                date
                and secretary
                and (
                    under := [
                        o
                        for o in candidate.person.offices
                        if "Secretary" in o.title and holds_office(o, date)
                    ]
                )
            ):  # "Secretary Hoover" acting for the Secretary: the Under Secretary of State
                candidate.score += 0.15
                candidate.office = under[0].title
                candidate.evidence += f"; {under[0].title} on {date}"
            elif congress and candidate.person.country not in (None, "US"):
                # "Representative Baldwin" sits in the Congress: not Britain's Baldwin
                candidate.score -= 0.3
                candidate.evidence += f"; not of the U.S. Congress, as {title} says"

    # -- offices ---------------------------------------------------------------------
    def holders(
        self, title: str, country: str | None, context: MatchContext | None
    ) -> list[tuple[AuthorityPerson, str]]:
        """Who held an office in the document's time: on its date, or for most of its period."""
        span = context.span() if context else None
        if context is None or not span:
            return []
        key = (title, country, context.date, span)
        if key not in self._holders:
            if len(self._holders) >= HOLDERS_REMEMBERED:
                self._holders.clear()  # a bound on memory over a long ingest
            self._holders[key] = self.find_holders(title, country, context.date, span)
        return list(self._holders[key])

    def find_holders(
        self, title: str, country: str | None, date: str | None, span: tuple[str, str]
    ) -> list[tuple[AuthorityPerson, str]]:
        pairs = [
            (p, o)
            for c, held in self.by_title.get(title, {}).items()
            if country is None or c == country
            for p, o in held
        ]
        if date:
            found = {p.id: (p, f"{title} on {date}") for p, o in pairs if holds_office(o, date)}
            return list(found.values())
        # A period: the holder who held it for most of it, if one did, and only if the period is
        # short enough for "most of it" to mean something.
        start, end = span
        if days_between(start, end) > MOST_OF_A_PERIOD_DAYS:
            return []
        share: dict[str, float] = defaultdict(float)
        people = {}
        total = max(days_between(start, end), 1)
        for person, office in pairs:
            held = days_held(office, start, end)
            if held:
                share[person.id] += held / total
                people[person.id] = person
        best = [(pid, s) for pid, s in share.items() if s >= 0.6]
        return [(people[pid], f"{title} for most of {start[:4]}–{end[:4]}") for pid, _ in best]

    def office_holders(self, title: str, country: str, date: str) -> list[AuthorityPerson]:
        """``registry.holders`` over the persons who ever held the office, not the whole
        registry (a scan of every person took ~25 ms); the same persons in the same order."""
        persons: list[AuthorityPerson] = []
        for person, _ in self.by_office.get((title, country), []):
            if not persons or persons[-1] is not person:  # a person's offices are listed together
                persons.append(person)
        return holders(persons, title, country, date)

    def resolve_office(
        self,
        title: str,
        country: str | None,
        context: MatchContext | None,
        participants: Sequence[AuthorityPerson] = (),
    ) -> list[Candidate]:
        holders = self.holders(title, country, context)
        for deputy in ACTING_FOR.get(title, ()) if not holders else ():
            # "The Acting Secretary of State": the deputy who acted while the Secretary was away
            holders = [
                (p, f"{why}; acting for the {title.removeprefix('Acting ')}")
                for p, why in self.holders(deputy, country, context)
            ]
            if holders:
                break
        present = [(p, why) for p, why in holders if p in participants]
        if len(holders) > 1 and len(present) == 1:
            # "The Foreign Minister" in a record of talks with Gromyko: of the ministers of the
            # time (no country said), the one the document names
            return [Candidate(present[0][0], 0.9, f"{present[0][1]}; named in the document")]
        if not holders and participants:
            span = context.span() if context else None
            holders = [
                (p, f"named in the document; held {title} then")
                for p in participants
                if any(
                    o.title == title
                    and (country is None or o.country == country)
                    and (
                        span is None
                        or (earliest(o.start) if o.start else "0") <= span[1]
                        and span[0] <= (latest(o.end) if o.end else "9")
                    )
                    for o in p.offices
                )
            ]
        if len(holders) == 1:
            return [Candidate(holders[0][0], 0.95, holders[0][1], office=title)]
        return [Candidate(p, 0.4, evidence, office=title) for p, evidence in holders]

    def resolve_role(
        self,
        role_text: str,
        context: MatchContext | None,
        participants: Sequence[AuthorityPerson] = (),
    ) -> list[Candidate]:
        office = office_of(role_text)
        if not office:
            return []
        return self.resolve_office(office[0], office[1], context, participants)

    def resolve_given_name(self, given: str, context: MatchContext | None) -> list[Candidate]:
        """'Dear Jack': a person named in the document whose given name or nickname it is."""
        key = fold(given).strip(".")
        found = []
        for person_id in context.known if context else ():
            person = self.by_id.get(person_id)
            if not person:
                continue
            forms = [name_tokens(f) for f in [person.name, *person.variants]]
            if any(
                f and len(f) > 1 and (f[0] == key or skeleton(f[0]) == skeleton(key)) for f in forms
            ):
                found.append(
                    Candidate(
                        person,
                        0.9,
                        f"given name or nickname {given!r} of {person.name}, named "
                        f"elsewhere in the document",
                    )
                )
        return found if len(found) == 1 else [Candidate(c.person, 0.4, c.evidence) for c in found]

    def known_by_patronymic(
        self, given: str, patronymic: str, context: MatchContext | None
    ) -> list[Candidate]:
        """ "Nikita Sergeyevich", "Yuri Vladimirovich": the Russian address by given name and
        patronymic; the one person of the document's time with that given name and initial."""
        key = (skeleton(fold(given)), fold(patronymic)[:1])
        people = [self.by_id[i] for i in sorted(self.by_given_and_initial.get(key, ()))]
        fitting = [p for p in people if self.time_fit(p, context)[0] > 0] or (
            people if context is None or not context.span() else []
        )
        known = [p for p in fitting if context and p.id in context.known]
        in_office = [p for p in fitting if self.time_fit(p, context)[0] >= 0.3]
        chosen = known or (in_office if len(in_office) == 1 else fitting)
        evidence = f"given name and patronymic {given} {patronymic}"
        if len(chosen) == 1:
            return [Candidate(chosen[0], 0.9, evidence)]
        return [Candidate(p, 0.4, evidence) for p in chosen]

    def wife_of(self, surname: str) -> list[AuthorityPerson]:
        return self.wives.get(skeleton(surname), [])


def is_wife(person: AuthorityPerson) -> bool:
    """A person the registry knows as someone's wife: "Mrs. Truman", never "Truman" alone."""
    return bool(WIFE.match(person.description or ""))


MILITARY_RANKS = (
    "general",
    "colonel",
    "admiral",
    "captain",
    "lieutenant",
    "commander",
    "major",
    "sergeant",
)
# Titles of the members of the U.S. House, as the records write them (other nations have
# senators: "Senator Frei" of Chile).
CONGRESS_TITLES = {"congressman", "congresswoman", "representative", "rep"}
RANKS = {
    *MILITARY_RANKS,
    "marshal",
    "judge",
    "senator",
    "congressman",
    "governor",
    "mayor",
    "bishop",
    "archbishop",
    "cardinal",
    "professor",
}


# Posts of an ambassador's rank whatever their title: "Ambassador Burgess" at the NATO Council
# is its U.S. Permanent Representative.
AMBASSADORIAL = re.compile(
    r"^Ambassador|Permanent Representative|^Representative of the U\.S\.A\. to|"
    r"rank and status of Ambassador"
)


LIVING_TITLES = {"prince", "ambassador", "amb"}  # titles the dead are not given
LONG_DEAD_YEARS = 5  # (a paper may recall an ambassador who died lately by his title)


@lru_cache(maxsize=1024)  # asked of the same few titles for each namesake of a name
def rank_word(title: str) -> str:
    """The last word of a title, folded, which names a rank if any: "Lt. General" → "general",
    "Adm." → "admiral"."""
    word = fold(title).strip(".").split()[-1] if title.strip() else ""
    return RANK_ABBREVIATIONS.get(word, word)


RANK_ABBREVIATIONS = {
    "gen": "general", "adm": "admiral", "col": "colonel", "capt": "captain", "maj": "major",
    "lt": "lieutenant", "cmdr": "commander", "sgt": "sergeant",
}  # fmt: skip


def ranked_as(title: str, person: AuthorityPerson) -> bool:
    """Whether the registry gives the person the title's military rank, in his description or in
    a name the volumes list him by ("Robertson, General Sir Brian H.")."""
    if rank_in(title, person.description):
        return True
    return rank_word(title) in MILITARY_RANKS and any(
        rank_in(title, variant) for variant in person.variants
    )


def rank_in(title: str, description: str) -> bool:
    word = rank_word(title)
    return word in RANKS and bool(
        re.search(rf"(?i)(?<!-)\b{word}\b(?!\s+(?:{NOT_A_RANK_AFTER}))", description or "")
        and not re.search(rf"(?i)\b(?:{NOT_A_RANK_BEFORE})[\s-]+{word}\b", description or "")
    )


# Offices a description may open with ("President of Chile from 1946"), as a title names them.
HEADS_OF = {"president", "premier", "chancellor", "king", "queen", "shah", "emperor"}


REGNAL = re.compile(r"^[A-Z][a-z]+\s+[IVX]{1,4}$")  # "George II", "Hassan II"
# A sovereign's title for a name, inverted as an index has it or not ("Greece, The King of",
# "The Sultan of Morocco")
SOVEREIGN_OF = re.compile(
    r"(?:,\s*|^)The\s+(?:King|Queen|Emperor|Sultan|Tsar|Shah[\w-]*)\s+of\b", re.IGNORECASE
)
CROWN_PRINCE = re.compile(r"(?i)\bcrown\s+prince\b")
MONARCHS = ("King", "Queen", "Emperor", "Shah")
MONARCH_WORDS = {"king", "queen", "emperor", "shah", "sultan", "pope", "tsar", "czar"}


def reigning(person: AuthorityPerson, date: str | None) -> bool:
    """Whether the person sat on a throne at the date."""
    if date is None:
        return False
    return any(o.title in MONARCHS and holds_office(o, date) for o in person.offices)


def described_in_office(title: str, description: str) -> bool:
    """Whether a description opens a clause with the title's office: "President of Chile ...",
    "...; Premier of Iraq" (not "Vice President of ...")."""
    word = rank_word(title)
    return word in HEADS_OF and any(
        not FIRM.match(description, m.end())  # "President of General Motors": no head of state
        for m in re.finditer(rf"(?i)(?:^|;\s*|\.\s+){word}\b(?!-)", description or "")
    )


FIRM = re.compile(
    r"\s+of\s+(?:the\s+)?[^;,.]*?\b(?:Motors|Company|Corporation|Corp|Inc|Bank|University|"
    r"College|Institute|Foundation|Association|Steel|Oil|Electric|Trust|Chamber)\b"
)


# "General" in "the General Assembly", "Secretary-General", "Consul General" is no rank.
NOT_A_RANK_AFTER = "Assembly|Counsel|Manager|Agreement|Services|Staff|Electric|Motors|Accounting"
NOT_A_RANK_BEFORE = (
    "Secretary|Governor|Attorney|Consul|Director|Inspector|Postmaster|Surgeon|Solicitor|"
    "Comptroller|Procurator|Vicar|Adjutant|Judge Advocate|Quartermaster"
)


# A description of someone in uniform, whatever his rank ("Canadian Army Officer", "USAF").
ARMED_SERVICE = re.compile(r"\b(?:Army|Air Force|Navy|Marine Corps|USA|USAF|USN|USMC)\b")


def in_service(title: str, description: str) -> bool:
    """A military title given in the text, and a description of someone in the armed forces."""
    return rank_word(title) in MILITARY_RANKS and bool(ARMED_SERVICE.search(description or ""))


def other_rank(title: str, description: str) -> bool:
    """A military title given in the text, and a different rank in the person's description."""
    word = rank_word(title)
    if word not in MILITARY_RANKS:
        return False
    opening = fold(description or "")[:40]
    return any(re.match(rf"{rank}\b", opening) for rank in MILITARY_RANKS if rank != word)


def days_between(a: str, b: str) -> int:
    from datetime import date

    def parse(s: str) -> date:
        y, m, d = (int(x) for x in s[:10].split("-"))
        return date(
            y, m, min(d, 28) if m == 2 else min(d, 30) if d > 30 and m in (4, 6, 9, 11) else d
        )

    return (parse(b) - parse(a)).days
