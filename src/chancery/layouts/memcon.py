"""Memoranda of conversation and records of meetings: who took part, on which side, on what.

The State Department's form labels its fields ("DATE:", "PLACE:", "SUBJECT:",
"PARTICIPANTS:", "COPIES TO:") and groups participants under side headings ("U.S.",
"USSR"), sometimes in two columns; FRUS web pages print the subject and the participants as
bulleted lists after the heading, with or without the labels and the side headings; other
sites lose the labels and keep the names a line each. A heading "Memorandum of Conversation
Between Secretary of State Rusk and the Soviet Ambassador (Dobrynin)" names the participants
when no list does.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from ..authority.not_people import names_a_place, names_no_one
from ..authority.offices import NATION_ADJECTIVES, NATIONALITIES, is_institution, office_of
from ..model import Document, Party
from ..pipeline.dates import parse_date
from ..pipeline.noise import MONTHS
from . import Line, found, found_date, head_lines, rule, soviet_record, top_lines
from .frus import TRAILING_PLACE_DATE
from .parties import (
    BARE_HONORIFICS,
    DUTY,
    INSTITUTION_END,
    NAME_WORD,
    capitalised,
    correspondent,
    entry_party,
    is_sovereign_by_office,
    name_at_end,
    names_listed,
    split_entry,
)

# "For Brazil:": a side headed by the nation's name ("Romanian Side:" by its adjective).
NATIONS = sorted(set(NATIONALITIES.values()), key=len, reverse=True)
RULES = [
    rule(
        "participants-label",
        r"(?i)^\W*(?:present\s+at\s+the\s+(?:conversation|meeting|talks)|(?:also\s+)?present\s+were|the\s+following\s+were\s+present|"
        r"part[il1]c[il1]pants|par\s?t[il1]c[il1]pants|partic[il1]\s?pants|present|persons present|"
        r"others present|also present|members present|comrades present|"
        r"participants in the conversation|attended\s+by|attendees|attending(?:\s+were)?|"
        r"in\s+attendance|"
        r"(?:those|also)\s+taking\s+part|"
        # at the end of a sentence: "... through 12:45 p.m. Members present were:"
        r".{0,80}?\b(?:members|staff\s+members|those)\s+present\s+were(?=\s*:\s*$))"
        # (not a sentence's last word: "... WERE ALSO PRESENT. PALME WAS RELAXED")
        r"\b(?:\s*\[[^\]]{1,30}\])?(?!\s*[.,;])\s*:?\s*(?P<rest>.*)$",
        "the label of the participants list",
        [
            "PARTICIPANTS:",
            "PARTICIPANTS",
            "Participants: Ambassador Gromyko",
            "Present",
            "PARTlCIPANTS:",
            "PAR TICIPANTS:",
            "Others present: Ambassador Thompson, General Goodpaster",
            "Members Present: Deputy Secretary of Defense John Q. Doe, and Richard Roe.",
            "Present [at the meeting]:",
            "Present were the Secretary, Ambassador Dobrynin and Mr. Kohler.",
            "The following were present: the Secretary, Ambassador Dobrynin, Mr. Kohler.",
            "ATTENDED BY",
            "Attending: OPA - John Q. Doe, Chairman",
            "Attending were: The Vice President, Secretary Doe and Richard Roe.",
            "through 12:45 p.m. Members present were:",
            "Those Taking Part: Bulganin, Kaganovich, Mikoyan",  # the Presidium's notes
            "Also taking part: Comrades J. Q. Doe, R. Roe.",  # the Politburo's working notes
            "Comrades present: W. Jaruzelski, J. Czyrek, W. Baka.",  # a party secretariat's
            "In attendance: Y.V. ANDROPOV, A.A. GROMYKO, A.N. KOSYGIN",  # a Politburo transcript's
            "Present at the conversation: Cdes. J. Q. Doe and R. Roe.",
        ],
        ["State Department memoranda of conversation", "FRUS"],
        [
            "Participation by the Soviet side was discussed.",
            "PRESENT. PALME WAS RELAXED, AMIABLE AND SEEMED",
            "Presentation of credentials",
        ],
    ),
    rule(
        "subject-label",
        r"(?i)^\W*(?:subjects?|subj)\s*[:.]?\s*(?P<rest>.*)$",
        "the subject line or the label of the subject list",
        ["SUBJECT", "SUBJECT: Berlin", "SUBJECTS"],
        ["State Department memoranda of conversation", "FRUS"],
    ),
    rule(
        "side",
        r"(?i)^\W*(?:(?:on|from)\s+the\s+|for\s+(?:the\s+)?)?(U\.?\s?S\.?(?:\s?A\.?)?|United\s+States|"
        r"American(?:\s+Side)?|"
        r"U\.?\s?S\.?\s+Side|Soviet(?:\s+(?:Union|Side))?|USSR|U\.S\.S\.R\.|"
        r"U\.?\s?K\.?|United\s+Kingdom|British(?:\s+Side)?|Great\s+Britain|France|"
        r"French(?:\s+Side)?|Germany|FRG|German(?:\s+Side)?|China|"
        rf"Chinese(?:\s+Side)?|(?:{NATION_ADJECTIVES})\s+Side|{'|'.join(NATIONS)})"
        # ("On the Chinese side comrs.": the plural courtesy of the names below)
        r"\W*:?(?:\s+(?:comrs|cdes|comrades)\.?)?\s*$",
        "a side heading over participants",
        [
            "US",
            "U.S.",
            "USSR:",
            "Soviet Side",
            "British",
            "United States",
            "on the Soviet side",
            "Romanian Side:",
            "For Brazil:",
            "For the United States:",
            "On the Chinese side comrs.",
        ],
        ["State Department memoranda of conversation", "FRUS"],
        ["U.S. Policy"],
    ),
    rule(
        "side-present",
        # (without "Present from the": a nation's one word, "Soviet side: ...", as the label has it)
        # (and a list with commas: "Soviet side: the Ambassador" is no list of names; the side a
        # nation's, as side_of reads it)
        r"^(?:(?P<label>Present|Participating|Attending)\s+(?:from|on|for)\s+the\s+|"
        r"(?:Participants\s*:\s*)?(?=[A-Z][a-z]+\s+[Ss]ide\s*:[^\n]*,))"
        # (the side's words bounded: a run of spaces is no side, however long)
        r"(?P<side>[A-Z]\w*(?:[ \t]\w+){0,4}?[ \t]+[Ss]ide)\s*:\s*(?P<names>\S.*)$",
        "a side's heading and its people on one line",
        [
            "Present from the Polish side: Cds. Qwertov, Doe and Roe",
            "Present from the Chinese side: Cds. Wang Ming, Li Fang",
            "Present from the Polish side: Cds. Qwertov and Zwerkov",
            "Participants: Soviet side: [Ivan] Qwertov, Richard Roe, John Q. Doe",
            "Chinese side: Wang Ming, Li Fang",
        ],
        ["Wilson Center Digital Archive translations (Polish records)"],
        [
            "Present from the start: the Ambassador",
            "Soviet side: the Ambassador",
            "From the Zendan side: Cdes. Doe – Minister, Roe – Marshal",
            "On the Zendan side: John Doe, member of the Committee, Richard Roe",
        ],
    ),
    rule(
        "columns",
        r"^\s*(?P<left>U\.?S\.?|United States|American)\s{2,}(?P<right>USSR|"
        r"U\.S\.S\.R\.|Soviet(?: Union)?|British|UK|French)\s*$",
        "side headings set in two columns",
        ["    US                               USSR"],
        ["FRUS (print)"],
    ),
    rule(
        "between",
        r"\b(?:Conversations?|Meetings?|Talks?|Discussions?|Contacts?|conversations?|"
        r"(?i:conference))\s+(?:Between|"
        r"between|With|with|WITH)"
        r"\s+(?P<who>.+?)\s*$",
        "the participants a heading names",
        [
            "Memorandum of Conversation Between Secretary of State Rusk and the Soviet "
            "Ambassador (Dobrynin)",
            "Dinner conversation between CPSU CC Politburo Member A.I. Mikoyan and "
            "White House envoy John McCloy",
            "MEMORANDUM OF CONFERENCE WITH THE PRESIDENT",
            "Record of Conversations between Cde. I. I. Petrov and Cde. P. P. Ivanov",
            "Discussion between Zhou Enlai and John Q. Doe",
            "Record of the Fifth Contact between Premier Doe and Vice Premier Roe",
        ],
        ["FRUS", "Wilson Center translations"],
    ),
    rule(
        "lead-with",
        r"\b(?i:conversation|meeting|talks?),?\s+(?:of\s+)?(?P<lead>[^,]+?)\s+with\s+"
        r"(?P<who>.+?)\s*$",
        "a heading naming one participant, then those he met",
        [
            "Memorandum of Conversation, A.A. Gromyko with Fidel Castro, Raul Roa, and "
            "Osvaldo Dorticos",
            "Memorandum of conversation of the Ambassador of the USSR to the USA A.F. Dobrynin "
            "with Kissinger, Aide to President Nixon",
        ],
        ["Wilson Center translations"],
    ),
    rule(
        "notes-from-meeting",
        r"^(?:Notes?|Record|Memorandum)\s+of\s+(?P<lead>(?:[A-Z]\.\s?){1,3}[A-Z][\w-]+|"
        r"the\s+President)(?:\s+(?:from|on|of)\s+(?:a|the|his)\s+|['’]s\s+)"
        r"(?:(?:Luncheon|Dinner|Breakfast)\s+)?(?:Meeting|Conversation|Talk)s?\s+with\s+"
        r"(?P<who>.+?)\s*$",
        "a heading naming who wrote the notes of his meeting, then whom he met",
        [
            "Notes of V. Kolarov from a Meeting with Stalin",
            "Memorandum of A. I. Mikoyan’s Conversation with Comrades F. Castro, O. Dorticós",
            "Notes of the President’s Luncheon Meeting with Secretary Rusk, Walt Rostow",
        ],
        ["Wilson Center translations"],
    ),
    rule(
        "met-with",
        r"(?:^|[.;]\s+|,\s+)(?P<host>the\s+President|President\s+[A-Z][a-z]+|"
        r"(?:Mr\.\s+|Secretary\s+|"
        r"Ambassador\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+)?)"
        r"\s+(?:met|talked|conferred|spoke|lunched|dined)\s+(?:privately\s+|"
        r"alone\s+)?with\s+(?P<who>[^.]+?)\.(?:\s|$)",
        "the opening of a record without a participants list: who met whom",
        [
            "On Tuesday at 4 p.m., May 9, 1961, the President met with Ivan Petrov, "
            "Editor of Trud; Pavel Sidorov, Counselor of the Embassy.",
            "The Secretary met with Ambassador Dobrynin and Mr. Kornienko.",
        ],
        ["FRUS memoranda of conversation"],
        ["The President said that he had met with many people."],
    ),
    rule(
        "distribution",
        r"(?i)^\W*(?:copies\s+to|distribution|cc|addressees)\s*:\s*(?P<rest>.*)$",
        "the distribution list",
        ["COPIES TO:", "Distribution: S/S, EUR, SOV"],
        ["State Department memoranda of conversation"],
    ),
    rule(
        "presiding",
        r"(?<=[a-z.])\s+Presiding\b(?:\s+MEMBERS\s+PRESENT\b)?",
        "a committee's minutes: the chair's name over the word, the members after it",
        [
            "Director of Central Intelligence Allen W. Dulles Presiding Mr. John Q. Doe",
            "Lieutenant General Walter Bedell Smith Presiding MEMBERS PRESENT Mr. Richard Roe",
        ],
        ["CIA reading room: Intelligence Advisory Committee minutes (1950s)"],
        ["PRESIDING OFFICER", "the presiding judge"],
    ),
    rule(
        "series-titled",
        r"(?:(?:Mr|Mrs|Dr)\.?|(?:(?:Under|Assistant|Deputy)\s+)?Secretary|General|Gen\.|Admiral|"
        rf"Adm\.|Ambassador|Governor|Senator|Congressman|Colonel|Col\.)\s+(?:[A-Z]\.\s*)*"
        rf"{NAME_WORD}(?:\s+{NAME_WORD})?",
        "one titled surname in a line of them ('Secretary Rusk, Under Secretary Harriman, Mr. "
        "Sullivan'): each a participant",
        ["Secretary Doe", "Under Secretary Roe", "Mr. Qwertov", "General J. Poe"],
        ["FRUS web copies"],
        ["Deputy Director, Office of Zendan Affairs"],
    ),
    rule(
        "unnamed-others",
        r"(?i)^\(?(?:plus|and|with)\s+(?:one|two|three|four|five|several|some|\d+)\s+\w*\s*"
        r"(?:notetakers?|interpreters?|others?|aides?|officials?|assistants?)\b",
        "people a list counts but does not name: no participant",
        ["Plus two notetakers", "(Plus two interpreters)", "and three other officials"],
        ["FRUS memcons"],
        ["Plus John Q. Doe, Interpreter"],
    ),
]
(
    PARTICIPANTS,
    SUBJECT,
    SIDE,
    SIDE_PRESENT,
    COLUMNS,
    BETWEEN,
    LEAD_WITH,
    NOTES_FROM_MEETING,
    MET_WITH,
    DISTRIBUTION,
    PRESIDING,
    SERIES_TITLED,
    UNNAMED_OTHERS,
) = (r.pattern for r in RULES)
SIDE_NAMES = {
    "us": "US",
    "usa": "US",
    "unitedstates": "US",
    "american": "US",
    "americanside": "US",
    "usside": "US",
    "ussr": "USSR",
    "soviet": "USSR",
    "sovietunion": "USSR",
    "sovietside": "USSR",
    "uk": "UK",
    "unitedkingdom": "UK",
    "british": "UK",
    "britishside": "UK",
    "greatbritain": "UK",
    "france": "France",
    "french": "France",
    "frenchside": "France",
    "germany": "FRG",
    "frg": "FRG",
    "german": "FRG",
    "germanside": "FRG",
    "china": "PRC",
    "chinese": "PRC",
    "chineseside": "PRC",
    **{f"{adjective.lower()}side": nation for adjective, nation in NATIONALITIES.items()},
    **{re.sub(r"[^a-z]", "", nation.lower()): nation for nation in NATIONS},
}
BULLET = re.compile(r"^(?P<indent>[ \t]*)(?:[•·▪*]|-(?!-))\s+(?P<item>\S.*?)\s*$")
SENTENCE = re.compile(r"[.?!]['’\"”]?$")


def ends_a_sentence(text: str) -> bool:
    """A full stop that ends a sentence, not an abbreviation's ("U.S.S.R.", "Jr.", "A.")."""
    return bool(SENTENCE.search(text)) and not re.search(
        r"\b(?:Jr|Sr|[A-Z]|Repr?|Rep|Dept|Asst|Dir|Sec|Secy|Amb|Gen|Adm|Min|Div)\.$", text
    )  # "President's Trade Repr.": an office cut short


FIELD_LABEL = re.compile(
    r"(?i)^\W*(?:date|time|place|subject|subjects|participants|present|copies\s+to|"
    r"distribution|cc)\b\s*[:.]?"
)
# A participant entry: a name with its office, or an office standing for its holder.
OFFICE_ONLY = re.compile(
    r"(?i)^(?:the\s+)?(?:President|Vice President|"
    r"Secretary(?: of State| of Defense)?|Under Secretary|Chairman|Attorney General|"
    r"General Secretary|Prime Minister|Foreign Minister|Soviet Ambassador|Ambassador|"
    r"Foreign Secretary|Secretary[- ]General)$"
)


# A record for the files of a meeting: its web copy's bullets, the meeting then those present.
FOR_THE_FILE = re.compile(r"(?i)\bfor\s+the\s+(?:President['’]s\s+)?Files?\b")
MEETING_BULLET = re.compile(r"^\s*[•·▪]\s+Meeting\s+(?:with|between)\b")


def fit(doc: Document) -> float:
    for line in head_lines(doc, 30):
        if PARTICIPANTS.match(line.text) and (
            len(line.text) < 80 or RUN_ON_LIST.match(line.text) or comrades_listed(line.text)
        ):
            return 0.5
    if (
        doc.type in ("memorandum of conversation", "record of meeting")
        or BETWEEN.search(doc.title or "")
        or any(BARE_MEMCON_HEADING.match(line.text) for line in head_lines(doc, 12))
    ):
        return 0.3
    if any(MET_IN_A_LINE.match(line.text) for line in top_lines(doc, 2500)[:10]):
        return 0.3  # "A.I. MIKOYAN with Fidel CASTRO, ...", "Meeting with Comrades ..."
    if run_on_list(doc):
        return 0.3  # a scan run into one line: "... MEETING ... PRESENT: Mr. Dulles, ..."
    if FOR_THE_FILE.search(doc.title or "") and any(
        MEETING_BULLET.match(line.text) for line in head_lines(doc, 6)
    ):
        return 0.3  # "Memorandum for the President's File" / "• Meeting with ...": who was there

    if "Presiding" in doc.text[:HEAD_OF_A_SCAN] and presiding_list(doc):
        return 0.3  # a committee's chair and members
    return 0.0


def read(doc: Document) -> None:
    lines = head_lines(doc, 60)
    heading = doc.evidence.get("title")
    if heading and heading.basis == "FRUS heading" and heading.start >= 0:
        lines = [
            line for line in lines if line.end > heading.start
        ]  # what stands above the heading is another document's (its number is the heading's)
    # A heading that names them is surer than lines that look like a list.
    conversation = doc.type not in (
        "memorandum",
        "telegram",
        "letter",
    )  # "Meeting with X" in a memorandum for the file or a cable names its subject
    listed = labelled_list(lines)
    list_lines = lines
    if not listed and soviet_record.fit(doc) > 0:
        # the Digital Archive's summary of the record stands above its title and its list
        list_lines = list(soviet_record.record_lines(doc))
        listed = labelled_list(list_lines)
    # (the second list may stand below the first line of running text: the head's lines end)
    listed += others_listed_after(list(top_lines(doc, 4000)), listed)
    if listed and conversation and any(PRESENT_LABEL.match(line.text) for line in list_lines[:20]):
        # A record "of Gromyko with Ambassador Thompson" lists the others "Present:".
        named = [p for p in between(doc) if p.name not in {q.name for q in listed}]
        listed = named + listed
    parties = (
        presiding_list(doc)  # a committee's chair and members, before any column beside them
        or listed
        or nation_rows(doc)
        or council_present(doc)
        or hosted_list(lines)
        or bulleted_lists(doc, lines)
        or (max(between(doc), met_in_a_line(top_lines(doc, 2500)), key=len) if conversation else [])
        or unlabelled_list(doc, lines)
    )
    if not parties:
        parties = run_on_list(doc)
    if not parties and conversation:
        parties = attendance_list(doc)
    if not parties and doc.type in ("memorandum of conversation", "record of meeting"):
        parties = met_with(doc)
    if not parties and conversation and heading and len(lines) > 1:
        # "Notes of Meeting" over "Notes of the President’s Luncheon Meeting with Secretary
        # Rusk, ..., July 25, 1967, in the Mansion": the subtitle names who met
        sub = lines[1]
        cut = re.split(rf",\s+(?:{MONTHS})\s+\d", sub.text, maxsplit=1)[0]
        if NOTES_FROM_MEETING.match(cut):
            parties = named_in_heading(cut, sub.start)
    if parties and not listed and CONFERENCE_WITH.search(doc.title or ""):
        # "Memorandum of Conference With President Eisenhower" over a list without its label,
        # "Others present": the President took part too (not "Major Eisenhower", his son)
        parties = [p for p in between(doc) if not same_party_listed(p, parties)] + parties
    run = unlabelled_run(doc, lines) if parties and not listed and conversation else []
    if comrades_under_sides(run):
        # "Minutes of Conversation between I.V. Stalin and Zhou Enlai" over the comrades of each
        # side: they took part too
        parties = parties + [p for p in comrades_by_side(run) if not same_party_listed(p, parties)]
    if parties and conversation and heading:
        # "• Meeting Between President Carter and President Lopez Portillo—10:40 a.m." under
        # the heading, over a list of the others who were there: the principals took part too
        known = {surname_key(p.name) for p in parties if p.name.split()}
        parties = [
            p for p in subtitle_named(lines) if p.name.split() and surname_key(p.name) not in known
        ] + parties
    # (a list may end in the code of a name withheld, "Messrs. Kirkpatrick, Sheldon, 25X1")
    parties = [p for p in parties if not WITHHELD.fullmatch(p.name.strip())]
    if parties:
        found(doc, "participants", parties, parties[0].start, parties[-1].end, "participants list")
        present = any(
            PRESENT_LABEL.match(line.text) or RUN_ON_PRESENT.search(line.text)
            for line in lines[:20]
        ) and not any(CONVERSATION_HEADING.match(line.text) for line in lines[:6])
        # Minutes list those "Present"; a conversation's memorandum its "Participants" (and a
        # record headed "Second Conversation of N.S. Khrushchev with Mao Zedong" is one too).
        found(
            doc,
            "type",
            "record of meeting" if present else "memorandum of conversation",
            basis="participants list",
        )
    subject(doc, lines)
    doc.distribution = doc.distribution or distribution(lines)


def side_of(text: str) -> str | None:
    m = SIDE.match(text)
    return SIDE_NAMES.get(re.sub(r"[^a-z]", "", m.group(1).lower())) if m else None


FUNCTION_WORDS = {"of", "the", "and", "for", "to", "in", "at", "on", "a", "an", "with"}
SUBJECT_WORDS = re.compile(
    r"\b(?:Between|between|Meeting|Conversation|Visit|Talks?|Discussion|(?<!Foreign )Relations|"
    r"Policy|Situation|Question)\b"
)


def is_prose(text: str) -> bool:
    """A line of running text (a column of print OCR), not a participant entry."""
    words = text.split()
    return (
        len(words) >= 7
        and sum(1 for w in words if w[:1].islower() and w.strip(",.;") not in FUNCTION_WORDS) >= 3
    )


def is_entry(text: str) -> bool:
    """A line that is one participant: a name (with office), or an office alone."""
    if len(text) > 130 or ends_a_sentence(text) or is_prose(text) or GREETING.match(text):
        return False
    if UNNAMED_OTHERS.match(text):
        return False  # "Plus two notetakers": people counted, no one named
    if OFFICE_ONLY.match(text.strip(" ,")) or is_sovereign_by_office(text.strip(" ,")):
        return True
    if SUBJECT_WORDS.search(text.split(",")[0]):
        return False  # "Vienna Meeting Between The President and Chairman Khrushchev": a subject
    name, _, office = split_entry(text)
    words = name.split()
    return (
        bool(name)
        and 1 <= len(words) <= 5
        # "Mr. Kohler", "EUR—Mr. Kohler" (an office symbol before the name)
        and (
            len(words) >= 2
            or bool(re.match(r"(?i)(?:the\s+)?[A-Z][\w./—–-]*\s", text))
            # "Director, Arms Control and Disarmament Agency Ikle": an office of an agency
            or bool(office and "," in office and INSTITUTION_END.search(office))
        )
    )


def others_listed_after(lines: list[Line], listed: list[Party]) -> list[Party]:
    """ "Members Present: ..." then "Also Present: ...": the second list's people too."""
    if not listed or listed[-1].end < 0:
        return []
    names = {p.name for p in listed}
    for k, line in enumerate(lines):
        if line.start > listed[-1].end and OTHERS_PRESENT.match(line.text):
            return [p for p in labelled_list(lines[k:]) if p.name not in names]
    return []


def offices_and_names(rest: str) -> bool:
    """A list run on in one sentence, each entry an office and its holder's full name ("Deputy
    Secretary of Defense William P. Clements, Jr., Under Secretary of State for Political Affairs
    Joseph Sisco, and Director of Central Intelligence William Colby")."""
    pieces = names_listed(rest)
    if len(pieces) < 3:
        return False
    for piece, _ in pieces:
        named = name_at_end(piece)
        if not named or len(named[0].split()) < 2:
            return False
    return True


OFFICE_WORD = re.compile(
    r"\b(?:Officer|Director|Advis[eo]r|Secretary|Assistant|Counsel(?:l?or)?|Minister|Ambassador|"
    r"Chief|Head|Deputy|Interpreter|Attach[ée]|Consul|Chairman|Member|Staff|Desk|Embassy|"
    r"Department|Office|Bureau|Affairs|Division|Delegation|Delegate|Representative|Envoy|"
    r"Spokesman|Aide|Commissioner|Administrator|Coordinator)\b"
)


def names_alone(text: str) -> bool:
    """ "Secretary Acheson, Dean Rusk, Paul H. Nitze": a comma list of people, each by a title
    and surname or by full name, no office after anyone ("Sir John Doe, British Ambassador")."""
    pieces = names_listed(text)
    if len(pieces) < 2:
        return False
    for k, (piece, _) in enumerate(pieces):
        named = name_at_end(piece)
        title = piece[: named[1]].split() if named else []
        # "General Bradley", "Under Secretary Ball"; not "Special Advisor to President Thieu"
        titled = 0 < len(title) <= 3 and all(w[:1].isupper() for w in title)
        in_full = bool(
            named
            and named[1] == 0
            and len(named[0].split()) >= 2
            and not is_institution(piece)
            and not OFFICE_WORD.search(piece)  # "John Q. Doe, Desk Officer": one man
        )
        # ("The President, Dean Rusk"; but "Anatoliy F. Dobrynin, Soviet Ambassador" is one man)
        if not (k == 0 and OFFICE_ONLY.match(piece) or titled or in_full):
            return False
    return True


def labelled_list(lines: list[Line]) -> list[Party]:
    """The entries under a "PARTICIPANTS" label, by side where side headings group them; else
    those a side's heading lists on its line."""
    for k, line in enumerate(lines):
        m = PARTICIPANTS.match(line.text) if not side_present(line.text) else None
        if (
            not m
            or len(line.text) > 100
            and not RUN_ON_LIST.match(line.text)
            and not comrades_listed(line.text)
        ):
            continue
        entries = []
        rest = LIST_END.sub("", m.group("rest").strip(" \t|"))  # "...; Mr. Akalovsky."
        if PLURAL_HONORIFIC.match(rest):
            # "Attended by Coms. Andropov, Iu.V., Grishin, V.V., ...": every surname someone,
            # after the chairman the line above names ("Chaired by Comrade BREZHNEV, L.I.")
            at = line.start + line.text.index(rest)
            chaired = CHAIRED.match(lines[k - 1].text) if k else None
            chair = []
            if chaired:
                group = "who" if chaired["who"] else "presiding"
                # (the line under a plural title, with the offsets of the name itself)
                named_at = lines[k - 1].start + chaired.start(group) - len("Cdes. ")
                end = lines[k - 1].start + chaired.end(group)
                chair = comrades(Line(f"Cdes. {chaired[group]}", named_at, end))
            members = comrades(Line(rest, at, at + len(rest)))
            return [entry_party(capitalised(e.text), e.start) for e in [*chair[:1], *members]]
        if rest.endswith(",") and len(rest) > 60 and len(ENTRY_START.findall(rest)) >= 2:
            # "Sir X Y, British Ambassador Mr. Z, Secretary of State ..., and Mr. W, ...,": one
            # line of entries, each with its office, the last one's comma left over
            rest = rest.rstrip(",")
        if rest.endswith(","):
            # "Others present: Secretary Herter, Secretary Dillon," / "Secretary Murphy, ...":
            # a list run on with commas over the lines below the label.
            at = line.start + line.text.index(rest)
            entries = comma_list([Line(rest, at, at + len(rest)), *lines[k + 1 :]])
            # Every piece of a comma list is someone: a surname alone too ("Messrs.
            # Kirkpatrick, Helms, Bissell"), which a list a line each would take for an agency.
            listed = [
                entry_party(e.text, e.start)
                for e in itertools.takewhile(lambda e: not is_prose(e.text), entries)
                if e.text[:1].isupper() and not HONORIFIC_ALONE.match(e.text)
            ]  # up to the running text ("Also present were Mr. Colby," / "The SSC called ...")
            return with_heading_person(lines, k, listed)
        wrapped = wrapped_surname_list(lines, k, rest)
        if wrapped:  # "W. Jaruzelski, ..., S. Ciosek, Z." / "Michalek, ...": a name wraps
            rest, line = wrapped
        # (a transcript's names in capitals: "Y.V. ANDROPOV, A.A. GROMYKO, ...")
        surnames = [capitalised(LISTED_SURNAME_END.sub("", p.strip())) for p in rest.split(",")]
        if len(surnames) >= SURNAME_LIST and all(NAME_ITEM.fullmatch(p) for p in surnames):
            # "Voroshilov, Bulganin, ..., Pospelov(1)", "W. Jaruzelski, J. Czyrek, ...": a party's
            # list of those present, every surname someone
            at = line.start + line.text.index(rest)
            listed = [
                entry_party(capitalised(LISTED_SURNAME_END.sub("", written)), at + offset)
                for written, offset in names_listed(rest)
                if LISTED_SURNAME_END.sub("", written)
            ]
            return with_heading_person(lines, k, listed)
        if rest:
            at = line.start + line.text.index(rest)
            # "PARTICIPANTS: The Secretary The Ambassador-designate of ... Mr. Boris I. Karavaev,
            # Counselor, ...": a list run into one line, an entry at each "The" or "Mr.".
            pieces_at = [s.start() for s in ENTRY_START.finditer(rest)]
            titled_only = (
                bool(pieces_at)
                and all(  # "Mr. Dulles Mr. Acheson"
                    TITLED_SURNAME.match(rest[a:b].strip())
                    for a, b in zip([0, *pieces_at], [*pieces_at, len(rest)], strict=True)
                )
            )
            starts = [0, *pieces_at] if len(rest) > 60 or titled_only else [0]
            pieces = rest.split(",")
            if (
                len(pieces) > 1
                and all(
                    TITLED_SURNAME.match(p.strip()) or OFFICE_ONLY.match(p.strip()) for p in pieces
                )
                or ";" in rest
                or re.fullmatch(r"\S+(?:\s+\S+){0,4}\s+and\s+\S+(?:\s+\S+){0,4}", rest)
                or re.fullmatch(r"(?:[^,]{3,40},\s+)+[^,]{3,40}\s+and\s+[^,]{3,40}", rest)
                or offices_and_names(rest)
                or names_alone(rest)
            ):
                # "The President, General Goodpaster", "The Secretary; Ambassador Dobrynin",
                # "The Secretary and Ambassador Dobrynin": one a piece; where semicolons part
                # them, each with its office ("Dr. John Q. Doe, Counselor of the Embassy;").
                pieces_of = semicolon_pieces(rest) if ENTRY_WITH_OFFICE.search(rest) else None
                entries = [
                    Line(name, at + offset, at + offset + len(name))
                    for name, offset in pieces_of or names_listed(rest)
                ]
            else:
                for a, b in zip(starts, [*starts[1:], len(rest)], strict=True):
                    piece = LIST_AND.sub("", rest[a:b].strip()).rstrip(",")
                    if piece:
                        entries.append(Line(piece, at + a, at + a + len(piece)))
        below = lines[k + 1 :]
        item = bullet_item(below[0]) if not rest and below else None
        # (one bullet of them all: bullets a person each have commas before each office)
        if item and item.text.count(",") >= 2 and not (len(below) > 1 and bullet_item(below[1])):
            # "ATTENDED BY" / "• The President, Secretaries Rusk and Dillon, Mr. Bundy, ..., and
            # some others": every capitalised piece is someone, a surname alone too.
            listed = [
                entry_party(e.text, e.start)
                for e in comma_list([item])
                if e.text[:1].isupper() and not HONORIFIC_ALONE.match(e.text)
            ]
            return with_heading_person(lines, k, listed)
        if below and PLURAL_HONORIFIC.match(below[0].text):
            # "Cdes. Khrushchev, Malinovsky, and Antonov." / "Cdes. Mao Zedong, ...": a side a
            # line, every piece someone, a surname alone too.
            sides = itertools.takewhile(lambda line: PLURAL_HONORIFIC.match(line.text), below)
            return [entry_party(e.text, e.start) for line in sides for e in comrades(line)]
        entries += [
            e
            for line in wrapped_entries(below)
            for named in accompanying(line)
            for e in names_in_line(named)
        ]
        return with_heading_person(lines, k, participants_from(entries, lenient=True))
    return sides_present(lines)


# A conference's table of delegations, its cells run together, a row a nation: "France Foreign
# Minister Schuman, Ambassadors Bonnet and Chauvel, M. Parodi" / "United Kingdom Foreign
# Secretary Eden, Mr. Lloyd" / "United States The Secretary, Messrs. Raynor, Knight".
NATION_ROW = re.compile(
    rf"^(?P<side>United\s+States|United\s+Kingdom|Soviet\s+Union|U\.S\.|U\.K\.|USSR|France|"
    rf"Germany|China|"
    rf"{'|'.join(NATIONS)})\s+(?P<entries>[A-Z][^,]{{2,80}},.*)$"
)
PLURAL_TITLE = re.compile(
    r"^(?P<title>Ambassadors|Messrs\.?|MM\.|Generals|Admirals|Senators|Ministers)\s+(?=[A-Z])"
)
LOWERCASE_LEAD = re.compile(r"^(?:[a-z]\w*\s+)+(?=[A-Z])")  # "for a portion of the meeting"
NATION_ROWS = 2
YEAR = re.compile(r"\b1[89]\d\d\b")


def nation_rows(doc: Document) -> list[Party]:
    """The delegations' rows of a conference's minutes, each entry on its nation's side; a plural
    title ("Ambassadors Bonnet and Chauvel") stands for each name after it. The rows run long:
    the header's lines end at the first of them."""
    rows = [
        (line, m)
        for line in top_lines(doc, HEAD_OF_A_SCAN)[:20]
        if (m := NATION_ROW.match(line.text)) and not YEAR.search(line.text)  # not a heading
    ]
    if len(rows) < NATION_ROWS:
        return []
    parties = []
    for line, m in rows:
        side = side_of(m.group("side"))
        entries = m.group("entries").rstrip(" .")
        at = line.start + m.start("entries")
        for entry, offset in names_listed(entries):
            lead = LOWERCASE_LEAD.match(entry)
            if lead:
                entry, offset = entry[lead.end() :], offset + lead.end()
            plural = PLURAL_TITLE.match(entry)
            if plural:  # "Ambassadors Bonnet": the name; "Massigli" after it is one too
                entry, offset = entry[plural.end() :], offset + plural.end()
            if entry:
                parties.append(entry_party(entry, at + offset, side))
    return parties


def council_present(doc: Document) -> list[Party]:
    """The National Security Council's minutes of the 1950s: "Present at the 190th Meeting of
    the Council were the President of the United States, presiding; the Secretary of State;
    ... Also present were Assistant Secretary Morton for the Secretary of the Treasury; ...;
    Robert Cutler, Special Assistant to the President; ...". Each entry is someone, by office
    (its holder found by the date) or by name; one who stood in for a member is himself."""
    m = COUNCIL_PRESENT.search(doc.text[:HEAD_OF_A_SCAN])
    if not m:
        return []
    line_end = doc.text.find("\n", m.end())
    line_end = len(doc.text) if line_end < 0 else line_end
    parties = []
    # ". Also present were the Secretary ...": one more separator (offsets kept)
    listed = ALSO_PRESENT.sub(
        lambda also: ";" + " " * (len(also.group()) - 1), doc.text[m.end() : line_end]
    )
    pieces = []
    for entry in re.finditer(r"[^;]+", listed):
        # the entry's own sentence only ("... Mobilization. The Vice President did not attend")
        own = NEXT_SENTENCE.split(entry.group())[0]
        seams = list(NEXT_IN_ENTRY.finditer(own))
        starts = [0, *(seam.end() for seam in seams)]
        ends = [*(seam.start() for seam in seams), len(own)]
        pieces += [
            (m.end() + entry.start() + a, own[a:b]) for a, b in zip(starts, ends, strict=True)
        ]
    for offset, piece in pieces:
        text = re.sub(r"^\s*(?:and\s+)?", "", piece)
        text = re.sub(r"\s*\([^()]*\)|,\s+presiding\b|\s+for\s+the\s+[A-Z].*$|\.$", "", text)
        text = text.strip()
        if not text:
            continue
        at = offset + piece.index(text[:20])
        shared = PLURAL_OFFICE_PAIR.match(text)
        if shared:  # "Assistants Attorney General Barnes and Rankin": each with the office
            office = PLURAL_TO_ONE.sub(lambda w: SINGULAR[w[0]], shared["office"], count=1)
            for who in ("first", "second"):
                begin = at + shared.start(who)
                name = shared[who]
                parties.append(Party(name, name, begin, begin + len(name), role=office))
            continue
        pair = NAMED_PAIR.match(text)
        if pair:  # "Robert Cutler and C.D. Jackson, Special Assistants to the President"
            second = entry_party(pair["second"] + (pair["office"] or ""), at + pair.start("second"))
            parties.append(replace(entry_party(pair["first"], at), role=second.role))
            parties.append(second)
            continue
        if text.startswith("the "):
            # an office alone, "the Director, Bureau of the Budget", named as offices are
            # ("The Director of the Bureau of the Budget") for the people stage to resolve
            office = "T" + re.sub(r",\s+(?:the\s+)?", " of the ", text)[1:]
            parties.append(Party(office, office, at, at + len(text)))
        else:
            parties.append(entry_party(text, at))
    return parties


def run_on_list(doc: Document) -> list[Party]:
    """A scan read as one line ("... DATE: June 5, 1970 PARTICIPANTS: Mr. John Q. Nobody,
    Deputy Director, INR Mr. Ivan Petrov, First Secretary, Soviet Embassy COPIES ..."): an entry
    at each title after the label, up to the next field or the running text."""
    head = doc.text[:HEAD_OF_A_SCAN]
    # the label's letters by a plain search first: most papers have none
    maybe = "PR" in head or "Pf" in head or "PARTICIPANTS" in head or "others" in head.lower()
    label = RUN_ON_LABEL.search(head) if maybe else None
    if not label:
        return []
    line_end = head.find("\n", label.end())
    line_end = len(head) if line_end < 0 else line_end
    after_a_field = head[head.rfind("\n", 0, label.start()) + 1 : label.start()].strip()
    if line_end - label.end() < 300 and not after_a_field:
        # a list on lines of its own: the labelled list's ("SUBJECT: Minutes of the Group's
        # Meeting PRESENT: Messrs. A, B" is this one's, however short)
        return []
    rest = head[label.end() : min(line_end, label.end() + 600)]
    field = NEXT_FIELD.search(rest)
    rest = rest[: field.start()] if field else rest
    starts = [0] + [s.end() for s in ENTRY_START.finditer(rest)]
    entries: list[Line] = []
    named: list[Party] = []
    for a, b in zip(starts, [*starts[1:], len(rest)], strict=True):
        piece = rest[a:b].strip().rstrip(",")
        prose = PROSE_STARTS.search(piece)
        last = not is_entry(piece) and prose is not None  # "Admiral Burke The purpose ..."
        piece = piece[: prose.start()] if last and prose else piece
        if not is_entry(piece) and not PLURAL_HONORIFIC.match(piece):
            if last or len(piece.split()) > GARBLED_ENTRY_WORDS:
                break
            continue  # a name OCR broke ("General C bell"): the list goes on after it
        at = label.end() + a + rest[a:b].index(piece)
        if PLURAL_HONORIFIC.match(piece):
            # "Messrs. Dulles, Cabell, Colonel Grogan Messrs, Bissell and 25X1": each is
            # someone, a surname alone too, but not the honorific OCR moved nor the code of a
            # name withheld
            named += [
                entry_party(name, e.start)
                for e in comrades(Line(piece, at, at + len(piece)))
                if (name := STRAY_HONORIFIC.sub("", e.text))
                and not WITHHELD.fullmatch(name)
                and not re.search(r"\d", name)  # "25X1 L'I 25X1 c.": the page's codes
            ]
        else:
            entries.append(Line(piece, at, at + len(piece)))
        if last:
            break
    return sorted(named + participants_from(entries), key=lambda p: p.start)  # as listed


def presiding_list(doc: Document) -> list[Party]:
    """A committee's minutes (the Intelligence Advisory Committee's of the 1950s): the chair
    over the word "Presiding", then the members present and those also present, each by title
    and name with his office after it, on lines of their own or run together by the scan (a
    column of departments beside them): "Director of Central Intelligence Allen W. Dulles
    Presiding Mr. John Q. Doe, Special Assistant, Department of State Major General Richard
    Roe, acting for ... ALSO PRESENT Mr. ...". The list ends where the minutes' items begin."""
    head = doc.text[:HEAD_OF_A_SCAN]
    presiding = PRESIDING.search(head)
    if not presiding:
        return []
    parties = []
    before = head[max(0, presiding.start() - 120) : presiding.start()]
    # the chair's name ends the line before "Presiding", or a line above his office's
    for line in before.split("\n")[::-1][:3]:
        chair = name_at_end(" ".join(line.split()))
        if chair:
            at = head.rfind(chair[0].split()[0], 0, presiding.start())
            parties.append(entry_party(chair[0], at))
            break
    start = presiding.end()
    end = LIST_ENDS.search(head, start)
    listed = head[start : end.start() if end else len(head)]
    starts = [m.end() for m in TITLE_STARTS.finditer(listed)]
    for a, b in zip(starts, [*starts[1:], len(listed)], strict=False):
        # (an entry on a line of its own ends there: a column's next label is not his office)
        piece = ALSO_PRESENT_LABEL.sub("", listed[a:b].split("\n")[0])
        piece = SCAN_DEBRIS_AFTER.sub("", piece).strip().rstrip(",;-")  # "... Jackson keW ~ -"
        if name_at_end(piece.split(",")[0]):
            parties.append(entry_party(piece, start + a))
    # Entries without a title, a line each: "William H. Jackson, Deputy Director".
    taken = {p.start for p in parties}
    for m in NAME_COMMA_OFFICE.finditer(listed):
        at = start + m.start("entry")
        named = name_at_end(m.group("name"))
        if (
            at not in taken
            and named
            and named[1] == 0
            and len(named[0].split()) >= 2
            and not INSTITUTION_END.search(named[0])  # "Conference Room, Administration ..."
        ):
            parties.append(entry_party(m.group("entry"), at))
    parties.sort(key=lambda p: p.start)
    return parties if len(parties) >= 3 else []


NAME_COMMA_OFFICE = re.compile(
    r"(?m)^[ \t?•·]*(?P<entry>(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+"
    r"(?:[A-Z][\w./]*|[Aa]sst\.)[^\n]{2,80})$"
)


def hosted_list(lines: list[Line]) -> list[Party]:
    """ "NOTES OF THE PRESIDENT'S MEETING WITH" over a list of names: the host and his guests."""
    for k, line in enumerate(lines[:12]):
        m = HOSTED.match(line.text)
        if m:
            host = Party(
                as_written=m.group("host"),
                name=m.group("host"),
                start=line.start + m.start("host"),
                end=line.start + m.end("host"),
                role=m.group("host"),
            )
            return [host, *participants_from(lines[k + 1 :], lenient=True)]
    return []


def met_in_a_line(lines: Sequence[Line]) -> list[Party]:
    """A translated record's line of those who met: "A.I. MIKOYAN with Fidel CASTRO, [Defense
    Minister] Raul CASTRO and Ernesto GUEVARA", "Meeting with Comrades Khrushchev, Mikoyan,
    Molotov on 19 X 56." (under "N.N.'s Notes": the writer was there too)."""
    writer = None
    for line in lines[:10]:
        notes = NOTES_OF.match(line.text)
        if notes:
            writer = entry_party(notes.group("writer"), line.start)
        m = MET_IN_A_LINE.match(line.text)
        if not m:
            continue
        who = m.group("who")
        at = line.start + m.start("who")
        parties = [entry_party(capitalised(m.group("lead")), line.start)] if m.group("lead") else []
        plural = PLURAL_HONORIFIC.match(who)
        if plural:
            who, at = who[plural.end() :], at + plural.end()
        for name, offset in names_listed(EDITORS_WORDS.sub(lambda b: " " * len(b.group()), who)):
            name = name.strip()
            if name[:1].isupper() and not names_no_one(name):
                parties.append(entry_party(capitalised(name), at + offset))
        parties = ([writer] if writer and not m.group("lead") else []) + parties
        return parties if len(parties) >= 2 else []
    return []


# "Dr. Stefan Litauer, Minister Counselor of the Polish Embassy;": a name, its office, a semicolon
ENTRY_WITH_OFFICE = re.compile(
    r"^(?:Dr|Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Professor|Prof)\.?\s+[A-Z][^,;]{2,50},\s+[A-Z][^;]{3,120};"
)


def semicolon_pieces(text: str) -> list[tuple[str, int]]:
    """The pieces of a list parted by semicolons, each whole, with their offsets."""
    pieces = []
    for m in re.finditer(r"[^;]+", text):
        piece = LIST_AND.sub("", m.group().strip()).strip(" .")
        piece = re.sub(r"^and\s+", "", piece)
        if piece:
            pieces.append((piece, m.start() + m.group().index(piece.split()[0])))
    return pieces


def wrapped_entries(lines: list[Line]) -> list[Line]:
    """A scan's entries wrapped onto the next line ("Dr. Henry A. Kissinger, Secretary of" /
    "State, and Assistant to the President" / "for NSC."): one entry each."""
    joined: list[Line] = []
    for line in lines:
        last = joined[-1] if joined else None
        if last and ENTRY_ENDS.search(last.text) and PERSON_OPENS.match(line.text):
            # "Secretary of State Acheson, and" / "Mr. George W. Perkins, ...": the next one
            # (or "..., Division of Eastern European Affairs; and" / "Mr. C. Burke Elbrick")
            text = ENTRY_ENDS.sub("", last.text)
            joined[-1] = Line(text, last.start, last.start + len(text))
            entry = line.text.rstrip(".")  # the list's full stop, not prose's
            joined.append(Line(entry, line.start, line.start + len(entry)))
        elif joined and (WRAPPED.search(joined[-1].text) or CONTINUED.match(line.text)):
            last = joined[-1]
            text = f"{last.text} {line.text}".rstrip(".")  # a list's full stop, not prose's
            joined[-1] = Line(text, last.start, last.start + len(text))
        else:
            joined.append(line)
    return joined


# "Mr. Rusk, Mr. Matthews, Mr. Jessup and Mr. McFall accompanied the Secretary of State": a
# list's line naming those who came with another, each of them a participant.
ACCOMPANYING = re.compile(
    r"^(?P<names>.+?)\s+(?:accompanied|also\s+attended|were\s+(?:also\s+)?present)\b"
)
ACCOMPANIED_BY = re.compile(
    r"^(?P<head>(?:The|Mr\.|Dr\.|General|Admiral|Ambassador)\s.+?)\d{0,2}\s+accompanied\s+by\s+"
    r"(?P<names>(?:(?:Mr|Mrs|Dr|Gen|Adm)\.|General|Admiral|Ambassador|Assistant Secretary|"
    r"Secretary|Colonel|Col\.)\s+.+?)\d{0,2}$"
)


def accompanying(line: Line) -> list[Line]:
    """The names of a line saying who came with whom, one entry each; any other line as it
    is."""
    led = ACCOMPANIED_BY.match(line.text)
    m = None if led else ACCOMPANYING.match(line.text)
    listed = led or m
    if not listed:
        return [line]
    names = [
        (NOTE_MARKER.sub("", name), listed.start("names") + at)
        for name, at in names_listed(listed["names"])
    ]
    if led:  # "The Secretary of War accompanied by Assistant Secretary Petersen": both
        names.insert(0, (line.text[: led.end("head")], 0))
    elif len(names) < 2 or not all(TITLED_SURNAME.match(name) for name, _ in names):
        return [line]
    return names_on(line, names)


def names_in_line(line: Line) -> list[Line]:
    """A list's line naming several ("Secretary Marshall, Robert A. Lovett, General Bradley"),
    one entry each; any other line as it is."""
    if not names_alone(line.text):
        return [line]
    return names_on(line, names_listed(line.text))


def names_on(line: Line, names: list[tuple[str, int]]) -> list[Line]:
    """Names found in a line (each with its offset in it), as lines of their own."""
    return [Line(name, line.start + at, line.start + at + len(name)) for name, at in names]


def comrades(line: Line) -> list[Line]:
    """ "Cdes. Khrushchev, Malinovsky, Kuznetsov, and Antonov.": the people of a line under a
    plural title, one entry each ("Andropov, Iu.V., Grishin, V.V.": a surname and its
    initials one entry); any other line as it is."""
    plural = PLURAL_HONORIFIC.match(line.text)
    if not plural:
        return [line]
    text = LIST_END.sub("", line.text[plural.end() :].rstrip())
    at = line.start + plural.end()
    entries: list[Line] = []
    for name, offset in names_listed(text):
        if entries and INITIALS_ALONE.fullmatch(name):
            entries[-1] = Line(
                f"{name} {entries[-1].text}", entries[-1].start, at + offset + len(name)
            )
            continue
        entries.append(Line(name, at + offset, at + offset + len(name)))
    return entries


def side_present(text: str) -> re.Match | None:
    """A side's heading and its people on one line; without "Present from the", the side one
    a nation's ("Economic side: ..." is none)."""
    m = SIDE_PRESENT.match(text)
    return m if m and (m["label"] or side_of(m["side"])) else None


def sides_present(lines: list[Line]) -> list[Party]:
    """ "Present from the Polish side: Cds. Gomułka, Cyrankiewicz and Ochab": each name on the
    side its line's heading names."""
    parties: list[Party] = []
    for line in lines:
        m = side_present(line.text)
        if m:
            at = line.start + m.start("names")
            names = Line(m["names"], at, at + len(m["names"]))
            parties += [
                entry_party(e.text, e.start, side_of(m["side"])) for e in names_under_side(names)
            ]
    return parties


def comrades_listed(text: str) -> bool:
    """A label's line that goes on with a plural title ("Attended by Coms. Andropov, ...")."""
    m = PARTICIPANTS.match(text)
    return bool(m and PLURAL_HONORIFIC.match(m.group("rest").strip()))


def several_named(line: Line) -> list[Line]:
    """ "Messrs. Rusk, Ball, and Mann", "McNamara and McNaughton": an entry a name; any other
    line ("Mr. Gaud", "The President") as it is."""
    if PLURAL_HONORIFIC.match(line.text):
        return comrades(line)
    pieces = names_listed(LIST_END.sub("", line.text))
    if len(pieces) > 1 and all(NAME_ITEM.fullmatch(name) for name, _ in pieces):
        return names_on(line, pieces)
    return [line]


def with_heading_person(lines: list[Line], label: int, listed: list[Party]) -> list[Party]:
    """ "Memorandum of Conference With the President" / "Others present: ...": the heading
    names who else was there."""
    if listed and OTHERS_PRESENT.match(lines[label].text):
        for above in lines[:label]:
            # (without the place and date the editors add: "..., Walter Reed Hospital, ...")
            named = named_in_heading(TRAILING_PLACE_DATE.sub("", above.text), above.start)
            if named:
                return named + listed
    return listed


def comma_list(lines: list[Line]) -> list[Line]:
    """The entries of a list written with commas over several lines, each line but the last
    ending in a comma, without remarks in parentheses ("Secretary Anderson (first few minutes
    only)")."""
    entries: list[Line] = []
    depth = 0
    for line in lines:
        kept = []
        for ch in line.text:
            depth += ch == "("
            kept.append(ch if depth == 0 else " ")
            depth -= ch == ")" and depth > 0
        text = "".join(kept).replace(")", " ")
        for name, offset in names_listed(text):
            plural = PLURAL_HONORIFIC.match(name)  # "Messrs. Kirkpatrick": Kirkpatrick
            if plural:
                name, offset = name[plural.end() :], offset + plural.end()
            entries.append(Line(name, line.start + offset, line.start + offset + len(name)))
        if not line.text.rstrip().endswith(",") and depth == 0:
            break
    return entries


def entry_text(line: Line) -> str:
    """A list line's entry: without its bullet, a table's cell walls, its number ("2. Ambassador
    Dobrynin") or the marker of a note under the list ("Lloyd Cutler**", "Mr. Pavlov63")."""
    text = BULLET.sub(r"\g<item>", line.text).strip(" \t|*")
    return NOTE_MARKER.sub("", ENTRY_NUMBER.sub("", text))


def participants_from(entries: list[Line], lenient: bool = False) -> list[Party]:
    """Participants from the lines of a list; under a "PARTICIPANTS" label (``lenient``) every
    line is someone, however it is written, until the list ends."""
    parties: list[Party] = []
    side = None
    columns = None
    flat_columns: list[str | None] | None = None
    for k, line in enumerate(entries):
        text = entry_text(line)
        label = PARTICIPANTS.match(text)
        if parties and label and not label.group("rest"):
            continue  # "ALSO PRESENT:" over more of them
        agency = AGENCY_PREFIX.match(text)
        if agency:  # "KGB: Comrade Orlov – 1st Deputy ...": the agency's people follow
            text = text[agency.end() :]
        for_agency = FOR_AGENCY.match(text)
        if for_agency:  # "For State: Messrs. Rusk, Ball, and Mann": each of them
            text = text[for_agency.end() :]
            at = line.start + line.text.index(text)
            for entry in several_named(Line(text, at, at + len(text))):
                parties.append(entry_party(entry.text, entry.start, side))
            continue
        if parties and re.match(r"[a-z]", text):
            continue  # the rest of a wrapped line ("1" / "st Main Directorate")
        if is_institution(text) and not office_of(text) and not name_at_end(text):
            continue  # "The Joint Chiefs of Staff": a body present, no one person
        if parties and text.endswith(":") and TITLED_SURNAME.fullmatch(text[:-1]):
            break  # "Mr. Menshikov:" over what he said: the minutes have begun
        if (
            FIELD_LABEL.match(text)
            and not PARTICIPANTS.match(text)
            or len(text) > 140
            or ends_a_sentence(text)
            and len(text.split()) > 7
        ):
            break
        if is_prose(text):
            break
        m = COLUMNS.match(line.text)
        if m:
            columns = [side_of(m.group("left")), side_of(m.group("right"))]
            continue
        flat = flattened_sides(text)
        if flat:
            flat_columns = (
                flat  # "United States United Kingdom Soviet Union": columns whose spacing was lost
            )
            continue
        if flat_columns:
            titled = list(TITLED_ENTRY.finditer(text))
            if titled and "".join(e.group() for e in titled).replace(" ", "") == text.replace(
                " ", ""
            ):
                at = line.start + line.text.index(text)
                full = len(titled) == len(
                    flat_columns
                )  # a shorter row's cells may belong to any column: sides from the registry
                for n, entry_match in enumerate(titled[: len(flat_columns)]):
                    parties.append(
                        entry_party(
                            entry_match.group().strip(),
                            at + entry_match.start(),
                            flat_columns[n] if full else None,
                        )
                    )
                continue
            if not side_of(text):
                break  # the table was the list
            flat_columns = None  # a side's own heading after the table ("U.S.S.R." over its people)
        if side_of(text):
            side = side_of(text)
            continue
        if k == 0 and len(entries) > 1 and side_of(entry_text(entries[k + 1])):
            continue  # "• Duration of U.S. Stay in Lebanon" over "• UK": the subject, then sides
        if columns:
            cells = [c for c in re.split(r"\s{2,}", text) if c.strip()]
            offset = line.start
            for n, cell in enumerate(cells[:2]):
                at = line.text.index(cell)
                parties.append(
                    entry_party(cell, offset + at, columns[n] if len(cells) == 2 else None)
                )
            continue
        if parties and parties[-1].as_written.endswith(",") and not is_prose(text):
            # "Andrei Andreyevich Gromyko," / "Minister of Foreign Affairs": one entry on two lines
            previous = parties[-1]
            parties[-1] = entry_party(
                f"{previous.as_written} {text}", previous.start, previous.side
            )
            parties[-1].end = line.start + line.text.index(text) + len(text)
            continue
        row = ROW_OF_NAMES.split(text)
        if len(row) > 1 and all(is_entry(cell) for cell in row):
            # "Mr. Bevin (UK) Mr. Barclay": a table's row, its cells' spacing lost; a
            # nation in parentheses is the side, no holder's name
            at = line.start + line.text.index(text)
            for cell in row:
                cell_at = at + text.index(cell)
                name = NATION_AFTER.sub("", cell)
                parties.append(entry_party(name, cell_at, side))
            continue
        if text in LIST_HEADINGS and k + 1 < len(entries):
            continue  # the NSC's minutes: "Chairman" over "The President", a heading as "State"
        duty = DUTY_LABELLED.match(text)
        if duty:  # "Interpreters: Krimer and Obst": each of them, on the side listed
            at = line.start + line.text.index(text) + duty.start("names")
            for name, offset in names_listed(duty["names"]):
                parties.append(entry_party(name, at + offset, side))
            continue
        series = titled_series(text)
        if series:  # "The Vice President, Senators Mansfield, Humphrey, Wiley": each of them
            at = line.start + line.text.index(text)
            parties += [
                replace(entry_party(name, at + offset, side), role=title)
                if title
                else entry_party(name, at + offset, side)
                for name, offset, title in series
            ]
            continue
        if not is_entry(text):
            if parties and not re.match(r"^[A-Z]", text) and not lenient:
                continue  # a role wrapped onto its own line
            if len(text.split()) <= 3 and "," not in text and not SENTENCE.search(text):
                continue  # an agency heading over its people ("State", "Defense", "NSC Staff")
            if (
                lenient
                and ("," in text or re.match(r"The\s+[A-Z]", text))
                and not is_prose(text)
                and not YEAR.search(re.sub(r"\([^()]*\)", "", text))  # "I. ... of May 24, 1947"
            ):
                # "Mr. Karavaev, Counselor, ...", "The Chief of Protocol": someone under the label
                parties.append(entry_party(text, line.start + line.text.index(text), side))
                continue
            if parties:
                break
            continue
        parties.append(entry_party(text, line.start + line.text.index(text), side))
    return parties


SERIES_REMARK = re.compile(r"\s*\([^()]*\)\d{0,2}$|(?<=[a-z])\d{1,2}$")  # "Byrnes (Wisconsin)1"
SERIES_OTHERS = re.compile(r"(?i)(?:one|two|three|several|a\s+few)(?:\s+or\s+\w+)?\s+others")


def titled_series(text: str) -> list[tuple[str, int, str | None]]:
    """The entries of a line of those present with a plural title inside it ("The President,
    Secretaries Rusk and McNamara, Mr. McCone, Senators Mansfield, Dirksen, and one or two
    others"): each office, titled name and surname after the plural title, with its offset
    and the title it has there ("Senator"); none if a piece is no one's entry."""
    if "," not in text and " and " not in text:
        return []  # one entry (most lines): no series to read
    pieces = names_listed(LIST_END.sub("", text))
    all_titled = len(pieces) > 1 and all(
        SERIES_TITLED.fullmatch(SERIES_REMARK.sub("", piece)) for piece, _ in pieces
    )  # "Secretary Rusk, Under Secretary Harriman, Mr. Sullivan"
    # (a plural title inside the line, "The Vice President, Senators Mansfield, Humphrey"; one at
    # its start is several_named's)
    plural_inside = re.search(rf",\s+(?:Messrs|{PLURAL_TO_ONE.pattern})\.?\s+[A-Z]", text)
    if not (plural_inside or all_titled):
        return []
    entries: list[tuple[str, int, str | None]] = []
    title = None
    for piece, offset in pieces:
        plural = PLURAL_HONORIFIC.match(piece)
        if plural:
            piece, offset = piece[plural.end() :], offset + plural.end()
            title = SINGULAR.get(plural.group().strip(" .,"))
        bare = SERIES_REMARK.sub("", piece)
        if not plural and (not NAME_ITEM.fullmatch(bare) or " " in bare.strip()):
            title = None  # "Mr. McCone", "John Doe": the plural title's surnames have ended
        piece = bare
        if SERIES_OTHERS.fullmatch(piece):
            continue
        if not (NAME_ITEM.fullmatch(piece) or is_entry(piece)):
            return []
        entries.append((piece, offset, title if NAME_ITEM.fullmatch(piece) else None))
    return entries


WRAPPED_AT_INITIAL = re.compile(r",\s*(?:[A-Z][a-z]?\.\s?){1,2}$")


def wrapped_surname_list(lines: list[Line], k: int, rest: str) -> tuple[str, Line] | None:
    """A list of surnames after the label on line ``k`` that wraps inside a name ("...,
    S. Ciosek, Z." / "Michalek, ..."): the list joined, and its line joined (the offsets hold:
    one character, the line break, between each), if it reads as a surname list."""
    line, j = lines[k], k
    while WRAPPED_AT_INITIAL.search(rest) and j + 1 < len(lines):
        nxt = lines[j + 1]
        if nxt.start != line.end + 1:
            break
        rest = f"{rest} {LIST_END.sub('', nxt.text)}"
        line = Line(f"{line.text} {nxt.text}", line.start, nxt.end)
        j += 1
    if j == k:
        return None
    surnames = [capitalised(LISTED_SURNAME_END.sub("", p.strip())) for p in rest.split(",")]
    return (rest, line) if all(NAME_ITEM.fullmatch(p) for p in surnames) else None


# A duty over the names of those who did it, on one line: "Interpreters: Krimer and Obst".
DUTY_LABELLED = re.compile(
    r"^(?:Interpreters?|Note[- ]?takers?)\s*:\s*"
    r"(?P<names>[A-Z][\w.'’ -]*(?:(?:,|\s+and)\s+[A-Z][\w.'’ -]*)*)$"
)
# Names side by side on one line, the first with its nation: "Mr. Bevin (UK) Mr. Barclay".
ROW_OF_NAMES = re.compile(r"(?<=\))\s+(?=(?:Mr|Mrs|Mme|Dr)\.\s+[A-Z])")
NATION_AFTER = re.compile(r"\s*\((?:UK|US|USA|USSR|France|U\.S\.|U\.K\.|[A-Z][a-z]+)\)$")
# a whole list on the label's line ("Attending were: The Vice President, Secretary Doe, ...")
RUN_ON_LIST = re.compile(
    r"(?i)^\W*(?:participants|attending(?:\s+were)?|(?:members\s+|also\s+|comrades\s+)?present|"
    r"those\s+taking\s+part|in\s+attendance)\s*:.{0,600}$"
)
NOTE_MARKER = re.compile(r"(?<=[a-z])\d{1,3}$")  # "Mr. Pavlov63": the editors' note number
OTHERS_PRESENT = re.compile(r"(?i)^\W*(?:others|also)\s+present\b")
TITLED_SURNAME = re.compile(
    r"^(?:Ambassador|General|Gen\.|Admiral|Adm\.|Colonel|Col\.|Mr\.|Mrs\.|Dr\.|Governor|Senator|"
    rf"Secretary|Under\s+Secretary)\s+{NAME_WORD}$"  # "Mr. McCone" too
)
ENTRY_START = re.compile(
    r"(?<=\S)\s+(?=(?:The|Mr\.|Mrs\.|Dr\.|His Excellency|Ambassador|Senator|General|Admiral|"
    r"Gen\.|Adm\.|Col\.|Colonel|Messrs[.,]?)\s+[A-Z])"
)
COUNCIL_PRESENT = re.compile(
    r"(?m)^\s*Present\s+at\s+the\s+\d+(?:st|nd|rd|th)\s+(?:Council\s+)?[Mm]eeting"
    r"(?:\s+of\s+the\s+(?:Council|National\s+Security\s+Council))?\s+were\s+"
    # "The following were present at the 196th Meeting of the Council: The President ..."
    r"|^\s*The\s+following\s+were\s+present\s+at\s+the\s+\d+(?:st|nd|rd|th)\s+"
    r"(?:Council\s+)?[Mm]eeting(?:\s+of\s+the\s+(?:Council|National\s+Security\s+Council))?"
    r"\s*:\s*"
)
ALSO_PRESENT = re.compile(r"\.\s+Also\s+present\s+were\s+")
# An entry of the Council's list ends at its sentence: what follows is a remark on it.
NEXT_SENTENCE = re.compile(r"\.\s+(?=(?:The|He|It|This|There|In|At|His)\s)")
# One entry naming several ("the Chief of Staff, U.S. Army, the Chief of Staff, U.S. Air Force,
# and the Commandant, ...", "Judge Doe, Assistant Attorney General, and Mr. Richard Roe"): each
# begins after the comma.
NEXT_IN_ENTRY = re.compile(
    r",\s+(?:and\s+)?(?=the\s+[A-Z])|,\s+and\s+(?=(?:Mr|Mrs|Dr|Gen|Adm|Judge|General|Admiral)\.?\s)"
)
# Two names sharing an office: "Robert Cutler and C.D. Jackson, Special Assistants to the ..."
# Two surnames under one office in the plural: "Assistant Secretaries Morton and Doe".
SINGULAR = {
    "Congressmen": "Congressman",
    "Assistants": "Assistant",
    "Secretaries": "Secretary",
    "Senators": "Senator",
    "Generals": "General",
    "Admirals": "Admiral",
    "Ambassadors": "Ambassador",
}
PLURAL_TO_ONE = re.compile("|".join(SINGULAR))
PLURAL_OFFICE_PAIR = re.compile(
    rf"^(?P<office>(?:[A-Z][a-z]+\s+)?(?:{'|'.join(SINGULAR)})(?:\s+[A-Z][a-z]+){{0,3}}?)"
    r"\s+(?P<first>[A-Z][a-z]+)\s+and\s+(?P<second>[A-Z][a-z]+)$"
)
NAMED_PAIR = re.compile(
    r"^(?P<first>(?:[A-Z][\w.]*\s*){2,4}?)\s+and\s+(?P<second>(?:[A-Z][\w.]*\s*){2,4}?)"
    r"(?P<office>,\s+.*)?$"
)
RUN_ON_LABEL = re.compile(  # "PR E -ENT:": OCR broke the label too
    r"\b(?:PARTICIPANTS|PRESENT|PR\s?E\s?(?:S|\s?-)\s?ENT|(?i:others\s+present)|"
    # broken worse ("PRFS1 ?T:", "PfL SENTT:"), but a titled name follows
    r"P[Rf][A-Za-z0-9?! ]{0,3}S[A-Za-z0-9?! ]{0,3}T"
    r"(?=\s*:\s*(?:Mr\.|Messrs|General|Gen\.|Colonel|Admiral|Dr\.)))"
    r"\s*:\s*"
)
NEXT_FIELD = re.compile(r"\s(?:COPIES|SUBJECT|DATE|PLACE|DISTRIBUTION|TIME|cc)\b")
PROSE_STARTS = re.compile(r"\s+(?=[A-Z][a-z]*\s+[a-z]+\s+[a-z]+\s)")  # "The purpose of the"
HEAD_OF_A_SCAN = 4000
# Where each entry of a committee's list begins: at its title (the rank's first word, so
# "Major General" stays whole), at the start of the list too.
TITLE_STARTS = re.compile(
    r"(?:^|(?<=\S)(?<!Major)(?<!Brigadier)(?<!Rear)(?<!Vice)(?<!Lieutenant)(?<!Brig\.)"
    r"(?<!Maj\.)(?<!Lt\.))\s*(?=(?:(?:Lieutenant|Major|Brigadier|Rear|Vice|Lt\.|Maj\.|Brig\.)"
    r"\s+)?(?:Mr\.|Mrs\.|Dr\.|General|Gen\.|Admiral|Adm\.|Captain|Capt\.|Colonel|Col\.|"
    r"Commander)\s+[A-Z])"
)
LIST_ENDS = re.compile(r"(?i)Approved\s+For\s+Rel|\s\d{1,2}\.\s*(?=[A-Z])|\n\s*\n\s*\n")
SCAN_DEBRIS_AFTER = re.compile(r"(?:\s+(?:[a-z]\w*|[^\w\s]+))+\s*$")
ALSO_PRESENT_LABEL = re.compile(r"\s+(?:ALSO\s+PRESENT|SECRETARIAT|25X1\w*)\b.*$", re.S)
GARBLED_ENTRY_WORDS = 3  # a piece of a run-on list this short that is no entry is a broken name
# A line that stops inside an office: the entry goes on below.
WRAPPED = re.compile(r"\b(?:of|to|for|and|the|Deputy|Assistant|Special)$")
LIST_AND = re.compile(r",\s+and$")
ENTRY_ENDS = re.compile(r"(?:[,;]\s+and|;)$")  # an entry of a list a line, another below
PERSON_OPENS = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sir|Lord|Ambassador|General|Admiral)\.?\s+[A-Z]")
CONTINUED = re.compile(r"(?:of|to|for|and|in)\s+\S+(?:\s+\S+){0,3}$")  # "for NSC."
MET_IN_A_LINE = re.compile(
    r"^(?:(?P<lead>(?:[A-Z]\.\s?){1,3}[A-Z][A-Za-z-]+)|(?:Meeting|Conversation|Talks?))\s+with\s+"
    r"(?P<who>[A-Z\[].{3,300}?)(?:\s+on\s+\d.*)?\.?$"
)
NOTES_OF = re.compile(r"^(?P<writer>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})[’']s\s+Notes\b")
EDITORS_WORDS = re.compile(r"\[[^\]]{1,40}\]")  # "[Defense Minister]": the editors' insertion
# "Transcript, Meeting of Polish leader Jan Kowalski and Soviet leader Ivan Petrov, Yalta,
# 5 June 1962": two named, up to the place.
MEETING_OF = re.compile(r"\bMeeting\s+of\s+(?P<who>[^,]+?\s+and\s+[^,]+?)(?:,|\s*$)")
GROUP_OF_PEOPLE = re.compile(
    r"(?i)^(?:the\s+)?(?:two|three|four|five|six|seven|several|various|other|all|\d+)\s|"
    r"^(?:the\s+)?[\w-]+\s+(?:delegations?|ambassadors|leaders|representatives)\b"
)
HOSTED = re.compile(
    r"(?i)^\W*(?:notes?\s+(?:of|on)\s+)?(?P<host>the\s+(?:vice\s+)?president|the\s+secretary)"
    r"['’]s\s+(?:meeting|luncheon|lunch|dinner|conversation)\s+with\s*:?$"
)
MEETING_SUBJECT = re.compile(
    r"^(?:[\w'’]+\s+){0,3}(?:Meeting|Conversation|Breakfast|Lunch(?:eon)?|Dinner|Call|Talks?|Telcon|"
    r"Discussion|Conference)\b.*?(?:\s*[—–]\s*|,\s+|\s+on\s+)"
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})"
    # "..., November 7, 1962, at 4:00 P.M., Cabinet Room": the hour and the room after it
    r"(?:,?\s+at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:,\s+[^,\d]{3,60})?)?\d?\.?$"
)  # where a scan read as one line has its header
SIDE_NAME = (
    r"United\s+States|United\s+Kingdom|Great\s+Britain|Soviet\s+Union|U\.S\.S\.R\.|"
    r"USSR|U\.S\.A\.?|U\.S\.|U\.K\.|UK|"
    r"American|British|Soviet|French|France|China|Chinese"
)
FLATTENED_SIDES = re.compile(rf"^(?:(?:{SIDE_NAME})\s+){{1,3}}(?:{SIDE_NAME})$")
# A participant in a row of a flattened table: a title, then the name up to the next title.
ENTRY_TITLE = (
    r"(?:Fleet\s+Admiral|Foreign\s+Secretary|Foreign\s+Commissar|Foreign\s+Minister|"
    r"Prime\s+Minister|Secretary\s+of\s+State|"
    r"Ambassador|Admiral|General|Gen\.|Generalissimo|Major|Colonel|Captain|Marshal|"
    r"President|Premier|Secretary|Senator|Sir|Lord|"
    r"Mr\.|Mrs\.|Dr\.|M\.)"
)
TITLED_ENTRY = re.compile(rf"{ENTRY_TITLE}\s+.+?(?=\s+{ENTRY_TITLE}\s|$)")


def flattened_sides(text: str) -> list[str | None] | None:
    """ "United States United Kingdom Soviet Union": the sides of a table whose columns lost their
    spacing (rows then hold one participant of each side, left to right)."""
    text = re.sub(r"(?<=[A-Z.])\d{1,2}$", "", text)  # a footnote marker left on it ("U.K. U.S.A25")
    if not FLATTENED_SIDES.match(text):
        return None
    return [side_of(m.group()) for m in re.finditer(SIDE_NAME, text)]


def bullet_blocks(doc: Document, lines: list[Line]) -> list[list[Line]]:
    """Runs of bulleted lines in the header; a blank line ends a run."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    previous: Line | None = None
    for line in lines:
        blank_before = previous is not None and doc.text.count("\n", previous.end, line.start) >= 2
        if BULLET.match(line.text) and not (blank_before and current):
            current.append(line)
        elif BULLET.match(line.text):
            blocks.append(current)
            current = [line]
        else:
            if current:
                blocks.append(current)
                current = []
            if blocks and len(line.text) >= 160:
                break
        previous = line
    if current:
        blocks.append(current)
    return blocks


def bulleted_lists(doc: Document, lines: list[Line]) -> list[Party]:
    """FRUS web pages: bulleted blocks after the heading; the one of people is the list."""
    found: list[Party] = []
    side_before = None  # the side whose heading ended the block before ("• Panama")
    for block in bullet_blocks(doc, lines):
        items = [BULLET.sub(r"\g<item>", line.text).strip(" *") for line in block]
        people = [t for t in items if is_entry(t) and not side_of(t)]
        headings = [t for t in items if not is_entry(t) and len(t.split()) <= 3]
        if (
            not found
            and doc.type in ("record of meeting", "memorandum of conversation")
            and len(items) >= SURNAME_LIST
            # (the notetaker's initials and duty among them: "• ZB", "• Sick (notes)")
            and all(
                NAME_ITEM.fullmatch(without_duty(t)) or INITIALS_ITEM.fullmatch(t) for t in items
            )
            and not LIST_HEADINGS.intersection(items)  # "Chairman", "State": a list by agency
            # ("• US Side" over its people: a list by side; "• Jordan" a surname)
            and not any(side_of(t) and (SIDE_WORD.search(t) or t.isupper()) for t in items)
        ):
            # Notes of a meeting that list those present by surname under the heading
            # ("• Rusk" / "• McNamara" / "• W.W. Rostow"): every item is someone.
            found += [
                entry_party(name, i.start)
                for line in block
                if (i := bullet_item(line))
                and (name := without_duty(i.text))
                and not INITIALS_ITEM.fullmatch(name)
            ]
        elif len(people) >= max(1, (len(items) - len(headings)) * 0.6) and (
            len(people) >= 2 or any(side_of(t) for t in items)
        ):
            found += participants_from(block)  # lists may continue in a second block (by agency)
        elif not found and len(block) == 1 and (listed := names_in_one_item(block[0])):
            found += participants_from(listed)
        elif found and people and side_before:
            # a side's people under its heading, set apart by a blank line ("• Panama" /
            # "• General Omar Torrijos, Head of State")
            for party in participants_from(block):
                party.side = party.side or side_before
                found.append(party)
        elif found and people and len(items) >= 2 and len(people) + len(headings) >= len(items):
            # the list goes on by agency, a blank line between ("• Defense" / "• W. Graham
            # Claytor" / "• JCS"): people and the next agency's heading (one item alone is the
            # subject below the list)
            found += participants_from(block)
        elif found:
            break
        side_before = side_of(items[-1])
    return found


SIDE_WORD = re.compile(r"(?i)\bside\b|:$")
DUTY_AFTER = re.compile(r"\s*\((?P<duty>[^()]{1,30})\)$")


def without_duty(item: str) -> str:
    """A listed name without the duty in brackets after it ("Sick (notes)")."""
    m = DUTY_AFTER.search(item)
    return item[: m.start()] if m and DUTY.match(m["duty"]) else item


INITIALS_ITEM = re.compile(r"[A-Z]{2,3}")  # "ZB", "DA": whom the notes' writer knew by initials
# The headings of a list set out by agency ("• State" / "• John Q. Doe"), no one's surname.
LIST_HEADINGS = {"Chairman", "State", "Defense", "Treasury", "Justice", "Commerce", "CIA", "NSC"}
LISTED_SURNAME_END = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2})?\.?$")  # "Pospelov(1)", "Baka."
SURNAME_LIST = 4  # items of a bulleted list of surnames alone (shorter ones may be anything)
# One to three capitalised words, initials and "McG." among them: a name, not a heading.
NAME_ITEM = re.compile(
    r"(?:(?:[A-Z]\.){1,3}\s?|(?:Mc|Mac)?[A-Z][a-z]*\.\s|[A-Z][\w'’-]+\s){0,2}"
    r"(?:Mc|Mac|O['’])?[A-Z][a-z][\w'’-]*"
)


def names_in_one_item(line: Line) -> list[Line]:
    """ "• Dean Rusk, Ambassador Menshikov, Mrs. Menshikov, John Q. Nobody": the
    people present as one item of three or more names with commas (a copy that lost the
    heading); "Mr. John Q. Nobody, Minister of State" is one person."""
    item = bullet_item(line)
    if not item:
        return []
    if item.text.count(";") >= SEMICOLON_LIST:
        # "• Richard M. Nixon, Vice President; Gordon Gray, Special Assistant ...; ...": each
        # entry with its office between semicolons
        entries = []
        for piece in re.finditer(r"[^;]+", item.text):
            text = piece.group().strip()
            if not text:
                continue
            at = item.start + piece.start() + piece.group().index(text)
            # a name and its office ("Douglas Dillon, Under Secretary of State, Robert B.
            # Anderson, ..."): who else the piece names is left to the text's reading
            text = ",".join(text.split(",")[:2])
            entries.append(Line(text, at, at + len(text)))
        listed = [e for e in entries if is_entry(e.text) and split_entry(e.text)[0]]
        return listed if len(listed) >= len(entries) - 1 else []
    entries = comma_list([item])
    names = [e for e in entries if is_entry(e.text) and split_entry(e.text)[0]]
    # (offices among them, "The President", "the Ambassador of Ghana", are people too)
    offices = [e for e in entries if is_entry(e.text) and ROLE_ENTRY.match(e.text)]
    named = len({e.start for e in [*names, *offices]})
    return entries if len(entries) >= 3 and len(names) >= 2 and named == len(entries) else []


SEMICOLON_LIST = 3  # semicolons in one item that make it a list of entries with offices
ROLE_ENTRY = re.compile(r"^[Tt]he\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:\s+of\s+[A-Z][\w ]+)?$")


def bullet_item(line: Line) -> Line | None:
    """A bulleted line's item, with its offsets."""
    m = BULLET.match(line.text)
    if not m:
        return None
    at = line.start + m.start("item")
    return Line(m.group("item"), at, at + len(m.group("item")))


def unlabelled_list(doc: Document, lines: list[Line]) -> list[Party]:
    """Names a line each after the heading, with no label (copies that lost it), only in a
    memorandum of conversation and only before the running text."""
    run = unlabelled_run(doc, lines)
    if comrades_under_sides(run):
        # "On the Soviet side" / "comrs. Molotov, Vyshinskii,": each of the names, under its side
        return comrades_by_side(run)
    return participants_from(run) if len([r for r in run if not side_of(r.text)]) >= 2 else []


def unlabelled_run(doc: Document, lines: list[Line]) -> list[Line]:
    if doc.type not in ("memorandum of conversation", "record of meeting") and not any(
        BARE_MEMCON_HEADING.match(line.text) for line in lines[:12]
    ):
        return []
    run: list[Line] = []
    for line in lines[1:]:
        if len(line.text) >= 160:
            break
        if is_entry(line.text) or side_of(line.text):
            run.append(line)
        elif run and OFFICE_CUT.search(run[-1].text) and line.text[:1].isupper():
            # "Lt. Gen. Brent Scowcroft, Deputy Assistant to the" / "President for National
            # Security Affairs": the office goes on on the next line
            run[-1] = Line(f"{run[-1].text} {line.text}", run[-1].start, line.end)
        elif len(run) >= 2:
            break
        else:
            run = []
    return run


def comrades_under_sides(run: list[Line]) -> bool:
    return any(PLURAL_HONORIFIC.match(r.text) for r in run) and any(side_of(r.text) for r in run)


def comrades_by_side(run: list[Line]) -> list[Party]:
    """Each name of the lines under a side's heading, on that side."""
    parties: list[Party] = []
    side = None
    for line in run:
        heading = side_of(line.text)
        if heading:
            side = heading
        else:
            parties += [entry_party(e.text, e.start, side) for e in names_under_side(line)]
    return parties


def names_under_side(line: Line) -> list[Line]:
    """A line of names under a side's heading, each name ("comrs. Molotov, Vyshinskii,",
    "[Vice Premier] Chen Yun, Li Fuchun,"), without the editors' insertions."""
    text = EDITORS_WORDS.sub(lambda m: " " * len(m.group()), line.text).rstrip(" ,")
    blanked = Line(text, line.start, line.start + len(text))
    if PLURAL_HONORIFIC.match(text):
        return comrades(blanked)
    return [
        Line(name.strip(), line.start + at + len(name) - len(name.lstrip()),
             line.start + at + len(name.rstrip()))
        for name, at in names_listed(text)
        if name.strip()
    ]  # fmt: skip


def attendance_list(doc: Document) -> list[Party]:
    """The people a sentence introduces, a line each below it ("..., with the following
    individuals in attendance:" / "• Herbert Hoover, Jr., Acting Secretary of State")."""
    lines = list(top_lines(doc, HEAD_OF_A_SCAN))
    for k, line in enumerate(lines[:-1]):
        if not ATTENDANCE.search(line.text):
            continue
        entries = list(itertools.takewhile(attending, lines[k + 1 :]))
        return participants_from(entries, lenient=True) if len(entries) >= 2 else []
    return []


def attending(line: Line) -> bool:
    """A line of such a list: someone, or an office ("• The President of the United States")."""
    text = BULLET.sub(r"\g<item>", line.text).strip()
    return is_entry(text) or bool(re.match(r"The\s+[A-Z]", text)) and not is_prose(text)


def surname_key(name: str) -> str:
    """A name's last word, an Arabic name's article off it ("Anwar al-Sadat" → "Sadat")."""
    return re.sub(r"^(?:al|el)-", "", name.split()[-1])


def subtitle_named(lines: list[Line]) -> list[Party]:
    """The principals a web copy's subtitle under the heading names ("• Meeting Between X and
    Y—10:40 a.m.–11:40 a.m.")."""
    if len(lines) < 2 or not re.match(r"[•·▪]\s", lines[1].text):
        return []
    text = re.sub(r"\s*[—–-]\s*\d{1,2}[:.]\d\d.*$", "", lines[1].text)  # its hours
    at = lines[1].start + len(lines[1].text) - len(lines[1].text.lstrip("•·▪ "))
    return named_in_heading(text.lstrip("•·▪ "), at)


def between(doc: Document) -> list[Party]:
    """ "Memorandum of Conversation Between Secretary of State Rusk and the Soviet Ambassador
    (Dobrynin)", "Memorandum of Conversation, A.A. Gromyko with Fidel Castro, Raul Roa,
    and Osvaldo Dorticos": the participants the title names."""
    start = doc.evidence["title"].start if "title" in doc.evidence else -1
    return named_in_heading(doc.title or "", start)


CONFERENCE_WITH = re.compile(r"(?i)\bMemorandum\s+of\s+(?:a\s+)?Conference\s+with\b")
HONORIFIC_ALONE = re.compile(rf"^(?:{BARE_HONORIFICS}|Gen|Col|Adm)\.?$")  # OCR's "Mr, Dulles"
# "Messrs. Kirkpatrick, Helms", "Secretaries Rusk and McNamara", "Senators Mansfield, Humphrey"
PLURAL_HONORIFIC = re.compile(
    r"^(?:(?:Messrs|[Cc]des|[Cc]ds|[Cc]oms|[Cc]omrs|[Cc]omrades)[.,]?\s+|"
    # (a plural office only before a name: "Admirals of the Fleet" is no list of admirals)
    rf"(?:{'|'.join(SINGULAR)})[.,]?\s+(?=[A-Z][a-z]))"
)
# "Chaired by Comrade BREZHNEV, L.I.", "Presided over by Comrade L. I. BREZHNEV.", "Cde. M. A.
# SUSLOV presiding."
CHAIRED = re.compile(
    r"^(?:(?:Chaired|Presided\s+over)\s+by\s+(?:Comrade\s+|Cde\.\s+)?(?P<who>.+?)|"
    r"(?:Comrade|Cde\.)\s+(?P<presiding>.+?)\s+presiding)\.?$"
)
INITIALS_ALONE = re.compile(r"(?:[A-Z][a-z]?\.\s?){1,3}")  # "Iu.V.", "A. Ia."
LIST_END = re.compile(r"(?<=[a-z]{2})\.(?:\s?\.)*$")  # "...; Mr. Doe.", ". . . ." (cut short)
ATTENDANCE = re.compile(
    r"(?i)\b(?:in\s+attendance|(?:were|was)\s+present|following\s+present)\s*:$"
)
GREETING = re.compile(r"(?i)^(?:hello|hi|good\s+(?:morning|afternoon|evening))\b")  # a call opens
FOR_AGENCY = re.compile(r"^For\s+(?:the\s+)?[A-Z][\w./&-]*(?:\s+[A-Z][\w./&-]*){0,3}:\s+(?=[A-Z])")
AGENCY_PREFIX = re.compile(r"^[A-Z][A-Za-z]{1,5}:\s+(?=(?:Comrades?|Cdes?\.|Mr\.|Mrs\.|Dr\.)\s)")
STRAY_HONORIFIC = re.compile(r"\s+Messrs\.?$")
WITHHELD = re.compile(r"25X\d\w*")  # the CIA's code for a name withheld ("25X1", "25X1A9a")
CONVERSATION_HEADING = re.compile(r"(?i)^\W*(?:\w+\s+)?conversation\s+(?:of|between|with)\b")
ENTRY_NUMBER = re.compile(r"^\d{1,2}\.\s+(?=[A-Z])")
OFFICE_CUT = re.compile(r",.*\b(?:to|of|for|and|the)$")  # an entry whose office wraps
# A form's printed heading, the type for the generic rules to name (a library's scan).
BARE_MEMCON_HEADING = re.compile(r"(?i)^\W*memorandum\s+of\s+conversation\W*$")
# (those who attended a meeting, its minutes list: "Attended by Coms. ...", "Those Taking Part:")
PRESENT_LABEL = re.compile(
    r"(?i)^\W*(?:(?:members\s+|comrades\s+)?present\b|attended\s+by\s+(?:Coms|Cdes|Comrades)\b|"
    r"(?:those|also)\s+taking\s+part\b)"
)
RUN_ON_PRESENT = re.compile(  # in capitals after another field, OCR-broken too ("PR E -ENT:")
    r"\S\s+(?:PRESENT|PR\s?E\s?(?:S|\s?-)\s?ENT)\s*:"
)
OFFICE_AFTER_NAME = re.compile(
    r"(?:(?:First|Second|General)\s+)?(?:Aide|Assistant|Adviser|Advisor|Counselor|Counsellor|Secretary|Minister|Ambassador|"
    r"Chairman|Director|Deputy|Member|Head|Chief)\b"
)


def same_party_listed(party: Party, parties: list[Party]) -> bool:
    """Whether a list has this person already: the same surname, under no other title."""
    return any(
        surname_key(p.name) == surname_key(party.name)
        and (not p.role or not party.role or p.role == party.role)
        for p in parties
        if p.name.split() and party.name.split()
    )


def named_in_heading(title: str, start: int) -> list[Party]:
    """The participants a heading names (``start``: its offset, -1 when unknown)."""
    title = NOTE_MARKER.sub("", title)  # "... With President Eisenhower0": the editors' note
    m = (
        NOTES_FROM_MEETING.search(title)  # (before "Meeting with Stalin" alone)
        or BETWEEN.search(title)
        or LEAD_WITH.search(title)
        or MEETING_OF.search(title)
    )
    if not m:
        return []
    at = lambda offset: start + offset if start >= 0 else -1  # noqa: E731
    parties = []
    if "lead" in m.re.groupindex:
        lead = correspondent(m.group("lead"), at(m.start("lead")))
        parties += [lead] if lead else []
    who = re.split(
        r"\s+[-—–]\s+|\s+(?:on\s+)?\d|\s+(?:[Cc]oncerning|[Rr]egarding|[Aa]bout|on\s+the|re:?)(?!\w)",
        m.group("who"),
    )[0]  # "with the President - 5 30 - 15 Apr 1963", "with W. Ulbricht on 5 June 1962", "with
    # A. B. Abel Concerning the Budget": names end at a dash, a date or the subject
    for piece in re.finditer(r"[^,]+?(?=\s+and\s+|,|$)", who):
        skip = len(piece.group()) - len(re.sub(r"^\s*(?:and\s+)?", "", piece.group()))
        text = piece.group()[skip:].strip()
        after_and = piece.group()[:skip].strip() == "and"
        if (
            parties
            and (OFFICE_AFTER_NAME.match(text) or text[:1].islower())
            and not after_and
            and not TITLED_SURNAME.fullmatch(text)  # "..., Secretary McNamara": another man
        ):
            # "Kissinger, Aide to President Nixon", "Cde. Le Duc Tho, member of the Politburo":
            # the office of the name before (but "Nixon and Secretary of State Kissinger" is
            # another)
            continue
        if GROUP_OF_PEOPLE.match(text):
            continue  # "with the Three Ambassadors of Poland, Hungary and Romania"
        if INSTITUTION_END.search(text) or names_a_place(text):
            continue  # "..., Blair House": where they met
        found_party = correspondent(text, at(m.start("who") + piece.start() + skip))
        if found_party and (not names_no_one(found_party.name) or office_of(found_party.name)):
            parties.append(found_party)  # "THE PRESIDENT" is someone; "Vietnam" is no one
    initialled = re.match(
        r"^((?:[A-Z]\.){1,3}\s*[A-Z][\w-]+),\s", title
    )  # "A.I. Mikoyan, Memorandum of Conversation with ..."
    if initialled:
        parties.insert(
            0,
            Party(
                initialled.group(1),
                initialled.group(1),
                start,
                start + len(initialled.group(1)) if start >= 0 else -1,
            ),
        )
    return parties


def met_with(doc: Document) -> list[Party]:
    """ "The President met with Ivan Petrov, Editor of Trud; Pavel Sidorov, ...; and Oleg Ivanov":
    in the first paragraph of a record that lists no participants."""
    heading = doc.evidence.get("title")
    begin = heading.end if heading and heading.end > 0 else 0
    m = MET_WITH.search(doc.text, begin, begin + 1500)
    if not m:
        return []
    host = correspondent(m.group("host"), m.start("host"))
    parties = [host] if host else []
    who, offset = m.group("who"), m.start("who")
    pieces = who.split(";") if ";" in who else re.split(r",\s+(?:and\s+)?|\s+and\s+", who)
    for piece in pieces:
        text = re.sub(r"^\s*(?:and\s+)?", "", piece)
        if not text:
            continue
        entry = entry_party(text.strip(), offset + who.index(text))
        if entry.name[:1].isupper():
            parties.append(entry)
    return parties if len(parties) >= 2 else []


def subject(doc: Document, lines: list[Line]) -> None:
    """The subject names a memorandum that has no heading of its own."""
    for k, line in enumerate(lines):
        m = SUBJECT.match(line.text)
        if not m or len(line.text) > 200:
            continue
        rest = m.group("rest").strip()
        if not rest and k + 1 < len(lines):
            nxt = lines[k + 1]
            rest, start = (
                BULLET.sub(r"\g<item>", nxt.text).strip(),
                nxt.start + nxt.text.index(BULLET.sub(r"\g<item>", nxt.text).strip()),
            )
        else:
            start = line.start + line.text.index(rest) if rest else line.start
        if rest and not PARTICIPANTS.match(rest):
            found(doc, "subject", rest.rstrip("."), start, start + len(rest), "SUBJECT")
            found(doc, "title", rest.rstrip("."), start, start + len(rest), "SUBJECT")
            meeting_day(doc, rest, start)
        return
    # FRUS web pages print the subject as a one-item bulleted list near the participants.
    for block in bullet_blocks(doc, lines):
        item = BULLET.sub(r"\g<item>", block[0].text).strip()
        if (
            len(block) == 1
            and not side_of(item)
            and not (
                is_entry(item)
                and any(
                    p.start == block[0].start + block[0].text.index(item) for p in doc.participants
                )
            )
        ):
            if any(p.as_written == item for p in doc.participants):
                continue
            start = block[0].start + block[0].text.index(item)
            found(doc, "subject", item, start, start + len(item), "FRUS subject line")
            meeting_day(doc, item, start)  # "Telcon with President Doe on May 27, 1991"
            return


def meeting_day(doc: Document, subject_text: str, start: int) -> None:
    """ "Luncheon Meeting at the White House—5 June 1962": a record of a meeting that bears
    no date of its own is of the meeting's day."""
    m = MEETING_SUBJECT.match(subject_text)
    when = parse_date(m.group("date")) if m else None
    if m and when and len(when[0]) == 10:
        at = start + m.start("date")
        found_date(doc, when[0], at, start + m.end("date"), "the meeting's day in the subject")


def distribution(lines: list[Line]) -> list[str]:
    for k, line in enumerate(lines):
        m = DISTRIBUTION.match(line.text)
        if not m:
            continue
        items = [m.group("rest")] if m.group("rest").strip() else []
        for following in lines[k + 1 : k + 8]:
            if len(following.text) > 100 or FIELD_LABEL.match(following.text):
                break
            items.append(following.text)
        return [
            c.strip()
            for item in items
            for c in re.split(r"\t+|\s{2,}|,\s*|;\s*", item)
            if re.search(r"[A-Za-z]", c)
        ]
    return []
