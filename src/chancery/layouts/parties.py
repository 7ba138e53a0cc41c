"""People as headers name them: a name, an office, or both, in the orders archives use.

"President Carter", "Secretary of State Cyrus R. Vance", "The Ambassador in the Soviet Union
(Harriman)", "Helmut Sonnenfeldt of the National Security Council Staff", "Leonid I.
Brezhnev, General Secretary of the CPSU", "British Ambassador, Sir Harold Caccia",
"Director, Arms Control and Disarmament Agency Ikle": the name is the run of name words at
the end of the office words (or before the comma that starts the office), a surname in
parentheses after an office names its holder, and an office alone ("the Secretary of State")
is a role the people stage resolves by the date.
"""

from __future__ import annotations

import re

from ..authority.not_people import is_not_a_person, names_a_place
from ..authority.offices import is_institution, office_alone, office_of
from ..model import Party

# Words of offices, ranks, honorifics and institutions: never part of a name.
OFFICE_WORDS = {
    "the",
    "of",
    "for",
    "to",
    "and",
    "in",
    "at",
    "on",
    "a",
    "an",
    "with",
    "soviet",
    "american",
    "british",
    "french",
    "german",
    "chinese",
    "us",
    "u.s.",
    "usa",
    "u.s.a.",
    "ussr",
    "u.s.s.r.",
    "uk",
    "united",
    "states",
    "nations",
    "union",
    "kingdom",
    "republic",
    "federal",
    "un",
    "u.n.",
    "nato",
    "cpsu",
    "cc",
    "nsc",
    "cia",
    "jcs",
    "acda",
    "ost",
    "dod",
    "ls",
    "bna",
    "eur",
    "sov",
    "s/p",
    "inr",
    "president",
    "president's",
    "president’s",
    "presidentʼs",
    "presidential",
    "vice",
    "secretary",
    "secretary-general",
    "sec.",  # "Under Sec. Katzenbach", "Dep. Asst. Sec."
    "secy",  # "Asst. Secy Cleveland"
    "secy.",
    "asst.",
    "dep.",
    # a cable's offices run together: "Dep. FornMin. Bessmertnykh", "FonMin Gromyko"
    "fonmin",
    "fonmin.",
    "fornmin",
    "fornmin.",
    "primin",
    "primin.",
    "prmin",
    "secstate",
    "spec.",
    "general",
    "state",
    "defense",
    "defence",
    "director",
    "deputy",
    "under",
    "assistant",
    "special",
    "acting",
    "ambassador",
    "amb",
    "amb.",
    "chairman",
    "premier",
    "prime",
    "minister",
    "ministry",
    "foreign",
    "affairs",
    "commissar",
    "people's",
    "chargé",
    "charge",
    "counselor",
    "counsellor",
    "representative",
    "press",
    "national",
    "security",
    "council",
    "staff",
    "central",
    "intelligence",
    "agency",
    "chief",
    "head",
    "governor",
    "senator",
    "marshal",
    "admiral",
    "gen.",
    "gen",
    "colonel",
    "col.",
    "major",
    "captain",
    "capt.",
    "lt.",
    "lieutenant",
    "r/adm.",
    "adm.",
    "fleet",
    "brigadier",
    "attorney",
    "justice",
    "treasury",
    # the other departments a Secretary heads ("Secretary of Commerce Kreps")
    "commerce",
    "agriculture",
    "labor",
    "interior",
    "transportation",
    "energy",
    "welfare",
    "housing",
    "party",
    "committee",
    "politburo",
    "member",
    "presidium",
    "supreme",
    "delegation",
    "embassy",
    "mission",
    "department",
    "white",
    "house",
    "former",
    "chancellor",
    "king",
    "queen",
    "crown",  # "Crown Prince Hassan": a title, the name after it
    "prince",
    "princess",
    "shah",
    "emperor",
    "pope",
    "generalissimo",
    "envoy",
    "adviser",
    "advisor",
    "interpreter",
    "interpreting",
    "aide",
    "executive",
    "first",
    "second",
    "third",
    "commissioner",
    "high",
    "office",
    "bureau",
    "division",
    "section",
    "policy",
    "planning",
    "arms",
    "control",
    "disarmament",
    "chiefs",
    "joint",
    "cabinet",
    "legal",
    "economic",
    "political",
    "military",
    "information",
    "public",
    "relations",
    "protocol",
    "consul",
    "consulate",
    "counsel",
    "commander",
    "forces",
    "european",
    "delegate",
    "spokesman",
    "correspondent",
    "editor",
    "translator",
    "notetaker",
    "socialist",
    "republics",
    "countries",
    "government",
    "ministers",
    "soviets",
    "people",
}
HONORIFICS = {
    "mr.",
    "mr",
    "mrs.",
    "mrs",
    "miss",
    "ms.",
    "ms",
    "dr.",
    "dr",
    "sir",
    "comrade",
    "messrs.",
    "madame",
    "mme.",
    "m.",
    "cde.",
    "cde",
    "señor",
    "senor",
    "señora",
    "senora",
}  # "M. Bidault", "Señor Santa Cruz"
NAME_PARTICLES = {
    "de",
    "des",
    "du",
    "von",
    "van",
    "der",
    "la",
    "le",
    "del",
    "da",
    "di",
    "al",
    "el",
    "bin",
    "ibn",
    "y",
}
SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV|2d|3d)\.?,?$")
# not "(No. 3 man)", nor an office's letters: "Acting ASD(ISA)"
# ("( Cabot )": a copy may set the name apart from its parentheses)
# A name's first capital, or the letters a scan misread before it: "(lacIVeagh)" for MacVeagh.
NAME_START = r"(?:[A-Z]|[a-z]+[A-Z])"
HOLDER = re.compile(rf"\(\s?(?![^)]*\d)(?![A-Z]{{2,6}}\))({NAME_START}[\w.'’ -]+?)\s?\)\s*$")
# What a participant did at the meeting, or when he was there ("(Second Session Only)"), in
# brackets after them: no holder's name.
DUTY = re.compile(
    r"(?i)^(?:interpret\w*|translat\w*|note[- ]?tak\w*|recorder|rapporteur|observer|"
    r"notes|part(?:ly)? of (?:the )?meeting|acting|"
    r"(?:\w+\s+)?(?:session|meeting|item)s?(?:\s+\d+)?(?:\s+only)?|.*\bonly)$"
)
OF_UNIT = re.compile(r"\s+of\s+the\s+|\s+of\s+")


def is_name_word(word: str) -> bool:
    """A word that may belong to a person's name: capitalised (or an initial), not an office
    word."""
    core = word.strip(",;:")
    if re.fullmatch(
        r"(?:[A-Z]\.){1,3}(?:[A-Z]\.?)?|[A-Z]\.?|Wm\.|Chas\.|Jas\.|Geo\.|Th\.|Jno\.", core
    ):
        return True  # initials: "A.", "A.A.", "G.M.", and "A" where OCR lost the stop
    if not core or core.lower() in OFFICE_WORDS or core.lower() in HONORIFICS:
        return False
    if core.lower() in NAME_PARTICLES or JOINED_PARTICLE.fullmatch(core):
        return True  # "de", "von"; an Arabic name's article joined to it: "al-Sadat"
    if core.isupper() and len(core) > 1 and "." not in core and len(core) <= 4:
        return False  # an acronym: "CPSU", "NSC"
    return bool(re.fullmatch(r"[A-Z][\w'’ʼ.-]*", core)) or bool(SUFFIX.match(core))


JOINED_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|an|ar|at|az|ul|abu|bin|ibn)[-‘’'][A-Z][\w'’.-]*")


# An entry that opens with an office ("Foreign Minister of Denmark", "Permanent Under
# Secretary", "US Ambassador to the UN"), a name after it.
OFFICE_FIRST = re.compile(
    r"^(?:[A-Z][\w.-]*\s+){0,4}(?:Minister|Ambassador|Secretary|Director|Chairman|Counselor|"
    r"Counsellor|Adviser|Advisor|Assistant|Chief|Head|Governor|Premier|Chancellor)\b"
)


def name_at_end_is_a_name(text: str) -> bool:
    """Whether a text ends in a person's name, not a place ("Minister of Denmark" does not,
    nor "Minister of Zenda": a name does not follow "of")."""
    found = name_at_end(text)
    if not found:
        return False
    name, at = found
    return (
        not names_a_place(name)
        and not is_not_a_person(name)
        and not re.search(r"\b(?:of|in|to|for|at)\s+$", text[:at])
    )


def name_at_end(text: str) -> tuple[str, int] | None:
    """The run of name words ending the text ("Soviet Ambassador to the USA A F Dobrynin" →
    "A F Dobrynin") with its offset, or None when the text ends in office words."""
    words = list(re.finditer(r"\S+", text))
    end = len(words)
    if end > 1 and re.fullmatch(r"II|III|IV", words[-1].group()):
        end -= 1  # "Douglas MacArthur II": the name ends in its generation
    k = end
    if k > 0 and words[k - 1].group().strip(",;:") in OFFICE_WORD_SURNAMES:
        k -= 1  # "Lee C. White": a surname last, where "White House" would be an office
    while k > 0 and is_name_word(words[k - 1].group()):
        k -= 1
    while k < end and words[k].group().lower() in NAME_PARTICLES:
        k += 1  # a name does not start with "de" or "von" here
    if k == end:
        return None
    if k > 0 and words[k - 1].group() in PLACE_PREPOSITIONS:
        # "Ambassador in Cuba A.I. Alekseyev": the place ends where the initials begin
        initials = next(
            (j for j in range(k + 1, len(words)) if JOINED_INITIALS.fullmatch(words[j].group())),
            None,
        )
        k = initials if initials is not None else k
        # "Ambassador to U.S. Hugo Margain", "to Mexico John Jova", "to Costa Rica Jane Roe": the
        # country, then the name
        two = " ".join(w.group() for w in words[k : k + 2])
        if k < end - 2 and names_a_place(two):
            k += 2
        elif k < end - 1 and (
            words[k].group().rstrip(",") in PLACE_ABBREVIATIONS or names_a_place(words[k].group())
        ):
            k += 1
    name_words = words[k:]
    if (
        len(name_words) > 1
        and name_words[0].group() == "M."
        and not re.fullmatch(r"[A-Z]\.", name_words[1].group())
    ):
        name_words = name_words[1:]  # "M. Bidault": the French Monsieur, not "M. V. Zimyanin"
    if all(
        re.fullmatch(r"(?:[A-Z]\.?)+|Jr\.?|Sr\.?|II|III", w.group().strip(",")) for w in name_words
    ):
        return None  # initials alone are no name
    start = name_words[0].start()
    return text[start:].rstrip(",.; "), start


OFFICE_WORD_SURNAMES = {"White"}  # an office's word ("White House") that is a surname too
PLACE_PREPOSITIONS = {"in", "to", "at"}
PLACE_ABBREVIATIONS = {"U.S.", "U.S.A.", "US", "USA", "U.K.", "UK", "USSR", "U.S.S.R."}
JOINED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# A capitalised name word, a capital inside allowed: "Dulles", "McCone", "McGeorge".
NAME_WORD = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?"
BARE_HONORIFICS = r"Mr|Mrs|Ms|Miss|Dr|Mme|Messrs|Señor|Senor"
GLUED_SYMBOL = re.compile(r"(?<=[a-z]{3})[A-Z]{2,}[A-Z/&-]*$")
HONORIFIC_ONLY = re.compile(rf"^(?:{BARE_HONORIFICS})\.?$")


OFFICE_START = (
    r"(?:Head|Deputy|Chief|Interpreter|First|1st|Chairman|Minister|Director|Secretary|"
    r"Counselor|Member|Ambassador|Assistant)\b"
)
# An entry led by an honorific, the office after the name without a comma (translations of
# East German and Soviet records): "Comrade Blinov Interpreter", "MfS: Comrade Wolf Deputy of
# the Minister", "Comrade Kryuchkov - Deputy of the Chairman".
# "Comrade", "Cdes.", after an agency's label ("KGB: Comrade ..."): one of the other camp.
COMRADE_PREFIX = r"^(?:[A-Z][A-Za-z]{1,5}:\s+)?(?:Comrades?|Cdes?\.)\s"
COMRADE_FIRST = re.compile(
    COMRADE_PREFIX + r"\s*"
    rf"(?P<name>(?:(?!{OFFICE_START})[A-Z][\w.'’-]*\s+){{0,2}}(?!{OFFICE_START})[A-Z][\w'’-]+)"
    rf"(?:(?:\s*[-–—,]\s*|\s+)(?P<office>{OFFICE_START}.*))?$"
)

# The same in American lists copied from a web page's table: "Mr. David Newsome Under Secretary
# for Political Affairs", "Ambassador James F. Leonard U.S. Deputy Representative to the UN".
HONORIFIC_OFFICE_START = (
    r"(?:(?:Under|Deputy|Assistant|Senior|Special|Coordinator|Administrator|Acting|Executive|"
    r"Associate|Counselor|Counsel|Director|Secretary|Chief|Head|Chairman|Member)\b|U\.S\.(?=\s))"
)
HONORIFIC_FIRST = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr)\.|Ambassador)\s+"
    rf"(?P<name>(?:(?!{HONORIFIC_OFFICE_START})[A-Z][\w.'’-]*\s+){{0,3}}"
    rf"(?!{HONORIFIC_OFFICE_START})[A-Z][\w'’-]+)\s+(?P<office>{HONORIFIC_OFFICE_START}.*)$"
)


SOVEREIGN = re.compile(r"^(?:His|Her)\s+(?:Imperial\s+|Royal\s+)?(?:Majesty|Highness)\b")


def is_sovereign_by_office(entry: str) -> bool:
    """ "His Imperial Majesty the Shahanshah of Iran": a sovereign by his office, no name."""
    return bool(SOVEREIGN.match(entry)) and office_alone(entry)


# The kind of paper before its writer in a heading: "Memorandum by the Executive Secretary (Lay)".
KIND_BY = re.compile(r"(?:Memorandum|Letter|Note|Telegram|Message|Paper|Report)\s+(?:by|from)\s+")


# Forms of address before a name ("H.E. Ardeshir Zahedi", "The Hon. Joseph J. Sisco").
def names_the_man(who: str, bracketed: bool) -> bool:
    """Whether the words the editors put after a name name a man, not his duty, side or
    office ("(Interpreting)", "(UK)", "(State)"): in brackets a name, in parentheses a surname
    alone ("Feng Xi (Stalin)")."""
    words = who.split()
    if (
        DUTY.match(who)
        or names_a_place(who)
        or any(is_not_a_person(w) or w.lower() in OFFICE_WORDS for w in words)
    ):
        return False
    return bracketed and len(who) > 4 or len(words) == 1 and not who.isupper()


KNOWN_AS = re.compile(
    r"^(?:(?:Cde|Comrade)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*[\[(](?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)[\])]$"
)
DESIGNATE = re.compile(r"^(?:[A-Z][\w.]*\s+){0,3}[A-Z][\w.]*-[Dd]esignate\s+(?=[A-Z])")
COURTESY = re.compile(
    r"^(?:The\s+)?(?:Hon\.|Honou?rable)\s+(?=[A-Z])|^H\.\s?E\.\s+(?=[A-Z])|"
    r"^His\s+Excellency,?\s+(?=[A-Z])"
)


def split_entry(entry: str) -> tuple[str, int, str | None]:
    """(name, offset of the name in entry, office words) of a participant entry or correspondent."""
    if is_sovereign_by_office(entry):
        return "", -1, entry
    known_as = KNOWN_AS.match(entry)
    if known_as and names_the_man(known_as.group("who"), entry.endswith("]")):
        # "Filippov [Stalin]", "Feng Xi (Stalin)": the editors name whom the cover name stands for
        return known_as.group("who"), known_as.start("who"), None
    designate = DESIGNATE.match(entry)
    if designate:  # "Secretary-designate Vance": the office he is to hold, then his name
        name, at, _ = split_entry(entry[designate.end() :])
        return name, at + designate.end() if at >= 0 else at, designate.group().strip()
    courtesy = COURTESY.match(entry)
    if courtesy:
        name, at, office = split_entry(entry[courtesy.end() :])
        return name, at + courtesy.end() if at >= 0 else at, office
    paren = HOLDER.search(entry)
    if (
        paren
        and not named_before(entry[: paren.start()].rstrip())
        and not DUTY.match(paren.group(1).strip())
    ):
        # "The Ambassador in the Soviet Union (Harriman)": the holder of the office named before.
        return paren.group(1).strip(), paren.start(1), entry[: paren.start()].strip()
    comrade = COMRADE_FIRST.match(entry) or HONORIFIC_FIRST.match(entry)
    if comrade:
        # "KGB: Comrade Sidorov Head of the Second Department": the name after the honorific,
        # the office after the name
        return comrade.group("name"), comrade.start("name"), comrade.group("office")
    body = re.sub(
        r"(?:\s*(?:\([^()]*\)|\[[^\[\]]*\]))+\s*$", "", entry
    ).strip()  # "(Interpreting)", "(SALT Delegation)", "[Chairman]", "(Counselor) (No. 3 man)"
    body = re.sub(r"^[A-Z]--", "", body)  # OCR's "D--Mr. Akalovsky"
    glued = GLUED_SYMBOL.search(body)
    if glued and (found := name_at_end(body[: glued.start()])):
        # "Mr. TylerEUR", "Mr. AkalovskyACDA/IR": a web copy ran the office symbol into the name.
        return found[0], found[1], glued.group()
    dash = re.match(r"^([A-Z][\w /.]*?)\s*[—–]\s*(.+)$", body)  # "EUR—Mr. Kohler", "D—", "S/P—"
    if dash and not name_at_end(dash.group(1)):
        found = name_at_end(dash.group(2))
        if found:
            return found[0], entry.index(dash.group(2)) + found[1], dash.group(1)
    elif dash and not name_at_end(dash.group(2)):
        found = name_at_end(dash.group(1))  # "Mr. Bundy—The White House": the name, his office
        if found:
            return found[0], found[1], dash.group(2)
    pieces = [m for m in re.finditer(r"[^,]+", body)]
    last = pieces[-1].group().strip() if len(pieces) >= 2 else ""
    whole = name_at_end(re.sub(r"^(?:Mr|Mrs|Dr|Sir)\.?\s+", "", last)) if last else None
    if (
        whole
        and len(whole[0].split()) >= 2
        and last.endswith(whole[0])
        and OFFICE_FIRST.match(pieces[0].group().strip())
        and not name_at_end_is_a_name(pieces[0].group().strip())
    ):
        # "Foreign Minister of Denmark, Poul Hartling", "Permanent Under Secretary, Danish
        # Foreign Office, Paul Fischer": the office first, the name last
        at = pieces[-1].start() + len(pieces[-1].group()) - len(whole[0])
        return whole[0], at, body[: pieces[-1].start()].strip().rstrip(",")
    for n, piece in enumerate(pieces[:2]):
        text = piece.group().strip()
        unit = OF_UNIT.split(text, maxsplit=1)
        if n == 0 and len(unit) == 2 and is_not_a_person(unit[1].strip()):
            # "King Hussein of Jordan", "Brigadier Doe of Jordan": the nation is no name
            found = name_at_end(unit[0])
            if found:
                return found[0], piece.start() + found[1], text[: found[1]].strip() or None
        if (
            n == 0
            and len(unit) == 2
            and (whole := name_at_end(unit[0]))
            and (whole[1] == 0 or HONORIFIC_ONLY.match(unit[0][: whole[1]].strip()))
        ):  # "Mr. John Doe of the Division of ...": the name before the unit
            return (
                whole[0],
                piece.start() + piece.group().index(unit[0].strip()) + whole[1],
                text[len(unit[0]) :].strip(),
            )
        # "Mr. Moseley (SWNCC), Recorder": the name before its agency in parentheses
        found = name_at_end(re.sub(r"\s*\([^()]*\)$", "", text))
        if found:
            name, at = found
            name = keep_suffix(name, pieces, n, body)
            offset = piece.start() + (len(piece.group()) - len(piece.group().lstrip())) + at
            others = [
                p.group().strip()
                for k, p in enumerate(pieces)
                if k != n and not SUFFIX.match(p.group().strip())
            ]
            before = text[:at].strip()
            before = "" if HONORIFIC_ONLY.match(before) else before  # "Mr." is no office
            office = ", ".join(w for w in [*others[:n], before, *others[n:]] if w)
            return name, offset, office or None
    return "", -1, body or None


# "Special Assistant for East-West Exchanges (Lacy)", "on Science and Technology (Kistiakowsky)":
# capitalised words after these are what the office is for, not a name.
OFFICE_OBJECT = {"for", "on", "of", "in", "at", "to", "with", "and"}


# The word that ends an institution's name, not a person's: "U.S. Strike Command".
INSTITUTION_END = re.compile(
    r"\b(?:Command|Staff|Agency|Office|Department|Council|Committee|Commission|Bureau|"
    r"Division|Section|Mission|Delegation|Embassy|Headquarters|Forces?|Army|Navy|Corps|Fleet|"
    r"Administration|Authority|Board|Service|Room|Building|Hall|House|Hotel|Center|Centre|"
    r"Talks|Negotiations|Conference|Meetings?|Program|Group)$"  # "... Limitation Talks (Smith)"
)


def named_before(text: str) -> bool:
    """Whether the words before a parenthesis end in a person's name (then the parenthesis is
    not the office's holder): a run of name words not led by "for", "on", "of"..."""
    found = name_at_end(text)
    if not found or INSTITUTION_END.search(found[0]):
        return False  # "the Commander in Chief, U.S. Strike Command (Adams)": a command's
    before = text[: found[1]].split()
    return not (before and before[-1].lower() in OFFICE_OBJECT)


def keep_suffix(name: str, pieces, n: int, body: str) -> str:
    """ "Bissell, Jr., Deputy Director": the suffix after the comma belongs to the name."""
    if n + 1 < len(pieces) and SUFFIX.match(pieces[n + 1].group().strip()):
        return f"{name}, {pieces[n + 1].group().strip()}"
    return name


def entry_party(entry: str, start: int, side: str | None = None) -> Party:
    """A participant as a list writes them."""
    entry = " ".join(entry.split())
    name, at, office = split_entry(entry.rstrip(",;"))
    return Party(
        as_written=entry,
        name=name or entry,
        start=start,
        end=start + len(entry),
        side=side,
        role=office
        if office and name
        else None,  # an office alone is the entry itself, resolved as a role
    )


# "White House envoy John McCloy", "Soviet Embassy Counselor Georgi Kornienko": a person of an
# institution, named at the end.
PERSON_OF_INSTITUTION = re.compile(
    r"\b(?:envoy|emissary|representative|adviser|advisor|aide|assistant|member|official|"
    r"spokesman|counselor|counsellor|secretary|Envoy|Counselor|Secretary)\s+"
    rf"(?:[A-Z]\.\s*)*[A-Z][a-z]+(?:\s+(?:[A-Z]\.\s*)*{NAME_WORD})+$"
)


# A named correspondent and where he was: "President Johnson in Texas" (an office's post, "the
# Ambassador in France", names no one before "in" and stays whole).
# ("... (Kissinger) in Paris": after the holder's name in brackets too)
AWAY_IN = re.compile(r"(?P<who>.+?[a-z]\)?),?\s+in\s+(?P<place>[A-Z][\w ]+?)\d{0,2}$")
ONE_WORD_PLACE = re.compile(r"[A-Z][a-z]{2,}")  # "in Naples": a city the tables may lack
HEADING_CHARS = 300  # a correspondent as a heading names him is shorter (AWAY_IN's lazy parts)


def raw_length(raw: str, length: int) -> int:
    """How many characters of ``raw`` the first ``length`` of it take once each run of spaces,
    breaks and indents is one space (a heading broken over an indented line)."""
    count, spaced = 0, False
    for k, ch in enumerate(raw):
        if count >= length:
            return k
        if not ch.isspace():
            count, spaced = count + 1, False
        elif not spaced:
            count, spaced = count + 1, True
    return len(raw)


def correspondent(written: str, start: int) -> Party | None:
    """A sender or addressee as a heading names them; None for an institution."""
    raw = written
    written = " ".join(written.split()).rstrip(",.;")
    written = re.sub(
        r",?\s+at\s+[A-Z][\w ]+$", "", written
    )  # "Secretary of State Herter at Geneva"
    # "President Truman 16 to ...": the editors' note mark after the name
    written = re.sub(r"(?<=[a-z])\s+\d{1,3}$", "", written)
    away = AWAY_IN.match(written) if len(written) < HEADING_CHARS else None
    if (
        away
        and (names_a_place(away["place"]) or ONE_WORD_PLACE.fullmatch(away["place"]))
        and split_entry(away["who"])[0]
    ):
        # "President Johnson in Texas", "Secretary of State Rogers in Naples": where he was
        written = away["who"]
    if not written or is_institution(written) and not PERSON_OF_INSTITUTION.search(written):
        return None  # "the Embassy in the Soviet Union" (but "White House envoy John McCloy")
    if names_a_place(written.split(",")[0]):
        return None  # "Telegram from Pyongyang to Bucharest": posts, not persons
    name, at, office = split_entry(written)
    end = start + raw_length(raw, len(written))
    if not name:
        if office and re.search(r"[A-Z]", office):
            return Party(as_written=written, name=written, start=start, end=end, role=written)
        return None
    return Party(as_written=written, name=name, start=start, end=end, role=office)


def capitalised(name: str) -> str:
    """A name as translations print it in capitals, in ordinary case: "Fidel CASTRO" → "Fidel
    Castro", "A.I. MIKOYAN" → "A.I. Mikoyan", "U.S. AMBASSADOR THOMPSON" → "U.S. Ambassador
    Thompson" (initials kept)."""
    return " ".join(
        w.capitalize()
        if len(w) > 1 and w.isupper() and "." not in w and w not in ACRONYMS
        # "A.TIKHONOV": the initial run into the surname in capitals
        else GLUED_INITIAL.sub(lambda m: m[1] + m[2].lower(), w)
        for w in name.split()
    )


GLUED_INITIAL = re.compile(r"(?<=\.)([A-Z])([A-Z]{2,})$")


# Bodies and states a title names in capitals, kept so ("AMBASSADOR TO THE DPRK"), not names.
ACRONYMS = {"USSR", "USA", "DPRK", "PRC", "CPSU", "GDR", "FRG", "ROK", "DRV", "KGB", "MFA", "UN"}


def names_listed(written: str) -> list[tuple[str, int]]:
    """ "PRESIDENT AND DR. BRZEZINSKI", "S/AL Thompson and EUR Tyler", "Rusk, McNamara", "The
    Secretary; Ambassador Dobrynin": each name and its offset."""
    names: list[tuple[str, int]] = []
    start = 0
    for separator in [*re.finditer(r"(?i)\s*(?:[,;]|\band\b)\s*", written), None]:
        end = separator.start() if separator else len(written)
        name = written[start:end].strip()
        if name and names and GENERATION.fullmatch(name):
            # "William P. Clements, Jr.": the suffix is his, not a name of its own
            first = names[-1][1]
            names[-1] = (written[first:end].strip(), first)
        elif name:
            names.append((name, start + written[start:end].index(name)))
        start = separator.end() if separator else end
    return names


GENERATION = re.compile(r"(?:Jr|Sr)\.?|II|III|IV")


OFFICE_SYMBOL_FIRST = re.compile(r"^[A-Z][A-Z/&]{0,9}\s*[-–—]\s*(?=[A-Z])")  # "EUR - ", "L - "
# "Mr. Dulles", "MR. McGEORGE BUNDY", "Mr. John Q. Doe", "J. F. Blake", "John F. Blake",
# "McGeorge Bundy".
NAME_PHRASE = re.compile(
    r"((?:(?i:Mr|Mrs|Dr|Gen|Col|Adm)\.?|General|Colonel|Admiral)\s+(?:[A-Z]\.\s*)*[A-Z][\w'-]+"
    r"(?:\s+[A-Z]\.)?"
    r"(?:\s+(?!The\b|THE\b)"
    r"[A-Z][\w'-]+)?|"
    rf"(?:[A-Z]\.\s*){{1,3}}[A-Z][\w'-]+|{NAME_WORD}(?:\s+[A-Z]\.)?\s+[A-Z][\w'-]+)"
)


def office_phrase(value: str) -> str | None:
    """ "THE PRESIDENT", "Director of Central Intelligence", "The Secretary": an addressee named
    by office (its holder found by the date)."""
    value = value.strip(" :;.")
    return value if len(value) <= 90 and office_of(value) else None


def first_name_phrase(value: str) -> str | None:
    """ "Mr. Dulles called again" → "Mr. Dulles"; "John F. Blake" → itself; "(Sanitized)" → None."""
    value = value.strip(" :;.")
    m = NAME_PHRASE.match(value)
    if m and all(word.rstrip(".,") in NOT_NAME_WORDS for word in m.group(1).split()):
        return None  # "Deputy Director for Administration": an office, no name
    return m.group(1) if m else None


def name_on_the_line(words: str) -> str | None:
    """The name that opens these words, without the office or the next field run on after it
    ("John Q. Nobody Director Drafted by"); None where they are no name ("State Dept. review")."""
    m = NAME_RUN.match(words)
    names = m.group().split() if m else []
    while names and names[-1].rstrip(".,") in NOT_NAME_AT_END:
        names.pop()
    if len(names) < 2 or any(word.rstrip(".,") in NOT_NAME_WORDS for word in names):
        return None
    return " ".join(names).rstrip(",")


# Up to four words in capitals and initials: "John Q. Nobody", "J. R. Smith", "A. Garbled B. Name"
NAME_RUN = re.compile(r"(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+")
NOT_NAME_WORDS = {
    "Director", "Secretary", "Deputy", "Assistant", "Chairman", "Drafted", "Delivered",
    "Distribution", "Enclosure", "Attachment", "State", "Dept", "Department", "Agency",
    "Office", "Review", "Approved", "Release", "Esquire", "Special", "United", "Senate",
    "The", "Officer", "National", "Intelligence",
    "Sanitized", "Copy", "STAT",  # the release stamp's words run into a scan's line
}  # fmt: skip
# A rank after the signer's name ("R. H. Doe Rear Admiral, USN") is not part of it.
RANK_WORDS = {
    "Rear", "Vice", "Admiral", "General", "Major", "Lieutenant", "Colonel", "Brigadier",
    "Captain", "Commander",
}  # fmt: skip
# ("Mr. John F Kennedy President of the United States": the office after the name, its comma lost)
NOT_NAME_AT_END = NOT_NAME_WORDS | RANK_WORDS | {"President", "Ambassador", "Minister", "Governor"}
