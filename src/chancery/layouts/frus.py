"""FRUS documents as the Office of the Historian prints them, on the web and in print.

The editors head every document: "62. Memorandum of Conversation", "300. Telegram From
Secretary of State Herter to the Department of State", "185. Memorandum Prepared by the
President's Assistant for National Security Affairs (Kissinger)". Volumes of the 1940s and
1950s put a file number and the type above a line naming sender and addressee by office,
the holder's surname in parentheses: "740.00119 Council/10–1645: Telegram" / "The Ambassador
in the Soviet Union (Harriman) to the Secretary of State". The decimal file number encodes
the date the document was filed ("10–1645" is 16 October 1945): not the document's date,
but a bound on it. A printed volume's running head names the volume ("42 Foreign Relations,
1958-1960, Volume IX").

The heading gives the type, the title, the sender and the addressees (persons only: "the
Department of State" is an institution), and, for a telegram, where it was sent from.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..authority.not_people import names_a_place, names_no_one
from ..authority.offices import is_institution, post_place
from ..model import Document, Evidence
from ..pipeline.dates import parse_date
from ..pipeline.noise import DECIMAL_FILE, MONTHS
from . import Line, fallback, found, found_date, head_lines, rule
from .dateline import HOUR, PLACE_AND_DATE
from .parties import KIND_BY, NAME_START, correspondent, split_entry

TYPE_WORDS = (
    r"Memorandum|Telegram|Letter|Editorial|Minutes|Record|Notes?|Paper|Message|"
    r"Despatch|Dispatch|Airgram|Circular|Teletype|"
    r"Instruction|Summary|Report|National|Special|Intelligence|Draft|Diary|Briefing|"
    r"Position|Oral|Aide|Current|"
    r"Discussion|Conversation|Transcript|Agreed|Joint|Statement|Backchannel|Action|"
    r"Information|Study|Analytical|Research|Verbatim|Agenda|Handwritten|"
    r"Presidential(?=\s+Review\b)"
)
ONE_WORD_ITEM = (
    r"(?!(?:Memorandum|Telegram|Letter|Minutes|Notes?|Message|Diary|Transcript|Despatch|"
    r"Dispatch|Airgram|Circular|Teletype)\b)[A-Z][a-z]+\d{0,2}\s*$"
)
DESPATCH_NUMBER = re.compile(r"^No\.\s*\d{1,5}$")
# "Dear Doc:", or a sovereign's address run into the letter's first line ("Your Majesty: I ...")
DEAR = re.compile(
    r"^(?:(?:My\s+|MY\s+)?(?:Dear|DEAR)\s+[A-Z][^:\n]{0,40}|Your\s+(?:Majesty|Excellency|Highness)|"
    r"Excellency|Sir(?=:\s+I\s+have\s+the\s+honou?r))[:,]"  # a despatch: "Sir: I have the honor"
)
DIARY_OF = re.compile(r"^(?P<who>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){1,3})\s+Diary(?:\s+Entry)?$")
HEADING_LENGTH = 400  # the longest editors' headings run to some 250 characters
RULES = [
    rule(
        "heading",
        # (one word that names no kind of paper is an item's heading: "1. Intelligence")
        rf"^(?P<number>\d{{1,4}})\.\s+(?!{ONE_WORD_ITEM})(?P<title>(?:(?:{TYPE_WORDS})\b|"
        rf"(?:[A-Z][\w.]*\s+){{1,4}}(?:record of action|record of meeting|minutes|"
        rf"notes|[Dd]iary(?:\s+[Ee]ntry)?)\b).*?)\s*(?:/\d{{1,3}}/)?$",
        "the editors' heading: document number, type, from whom to whom",
        [
            "62. Memorandum of Conversation",
            "300. Telegram From Secretary of State Herter to the Department of State",
            "229. Memorandum of Conversation/1/",
            "38. Editorial Note",
            "516. NSC Executive Committee record of action, November 121",
            "2. David K.E. Bruce Diary Entry0",
        ],
        ["FRUS (history.state.gov)", "FRUS (older State Department web copies)", "FRUS (print)"],
        ["3. The Secretary said that he would see the Ambassador tomorrow."],
    ),
    rule(
        "file-heading",
        r"^(?P<file>(?:\d{3}[A-Z]?(?:\.[\dA-Z]+)?[A-Z]?(?:,?\s+\(?[A-Z][\w.]*\)?)*|"
        r"[A-Z][\w\s—–-]{0,120}(?:Files?|Papers)\b[^:/]*+|\d{3}\s+[A-Z][^:]*)"
        r"(?:/(?P<month>\d{1,2})\s*[–-]\s*(?P<dayyear>\d{3,4}))?[^:]*+)(?::\s*(?P<type>(?:Circular\s+)?[A-Za-z]+(?:\s+[a-z]+)*))?$",
        "a 1940s–50s heading: decimal file number (encoding the filing date) and type",
        [
            "740.00119 Council/10–1645: Telegram",
            "661.00/6–2550: Circular telegram",
            "711.61/11–1946",
            "740.00119 Control (Germany)/8–448: Telegram",
            "Moscow Embassy Files—710 Sino-Soviet Relations: Telegram",
            "123 Kirk, Alan G.: Telegram",
            "832.001 Vargas, Getulio/5–1149: Telegram",
            "894.OOB/1-349: Telegram",  # a scan's letter O for the zeros
            "501.BB Korea/7–2448: Telegram",  # a file of letters and a subject word
            "Roosevelt Papers: Telegram",  # a President's papers, the wartime volumes
        ],
        ["FRUS (history.state.gov), volumes of 1945–1955"],
        ["The Secretary of State to the Embassy in the Soviet Union"],
    ),
    rule(
        "office-title",
        r"^(?:The|Memorandum|President|Prime\s+Minister|Premier|Generalissimo|Marshal|King)\b"
        r".*\bto\b|^Memorandum of (?:a )?Conversation, by\b"
        # a private person writing to an office: "Mr. Moshe Shertok to the Director of ..."
        r"|^(?:Mr|Mrs|Dr)\.\s+[A-Z][\w.'’ -]{2,40}?\s+to\s+the\s+[A-Z]",
        "the line naming sender and addressee by office, holders in parentheses",
        [
            "The Ambassador in the Soviet Union (Harriman) to the Secretary of State",
            "The Secretary of State to Certain Diplomatic and Consular Offices",
            "Memorandum of Conversation, by the Secretary of State",
            "President Truman to the King of Saudi Arabia (Abdul Aziz ibn Saud)",
            "Mr. Moshe Shertok to the Director of the Office of United Nations Affairs (Rusk), "
            "at Washington",
        ],
        ["FRUS (history.state.gov), volumes of 1945–1955"],
        ["1. Intelligence", "2. Berlin"],  # a meeting's items
    ),
    rule(
        "unnumbered-heading",
        # ("Draft of Letter From President Truman to ...": the draft the file kept)
        r"^(?P<title>(?:Draft\s+of\s+(?:a\s+)?)?(?:Memorandum|Telegram|Letter|Message|"
        r"Circular Telegram|Airgram)\s+"
        r"(?:From|by|of (?:Telephone )?Conversation|for the Record|Prepared)\b.*|"
        r"Minutes\s+of\s+(?:(?:a|the)\s+)?(?:(?:Meeting|Session)\s+of\s+)?the\b.*)$",
        "a heading copied without its number (other sites' transcriptions)",
        [
            "Memorandum From Director of Central Intelligence McCone to President Kennedy",
            "Telegram From the Embassy in the Soviet Union to the Department of State",
            "Memorandum of Conversation",
            "Memorandum of Telephone Conversation, by Miss Jane Roe, Personal Assistant to the "
            "Secretary of State",
            "Memorandum by President Truman to the Secretary of State",
            "Minutes of the Public Affairs Advisory Group",
            "Minutes of Meeting of the Executive Committee of the National Security Council",
            "Draft of Letter From President Truman to the Secretary of War (Patterson)38",
        ],
        ["Avalon Project", "mirror sites"],
        ["Memorandum of the Secretary's talk was sent to the President."],
    ),
    rule(
        "dated-subtitle",
        # (after a meeting's name, a comma, and the day first: "• 40 Committee Meeting, 20 August
        # 1975, 3:00 p.m.")
        # (or "on" the day: "• Discussion with the President alone on 28 April 1965—12:00 Noon")
        rf"^(?:[•·▪]\s*)?(?P<subject>[A-Z0-9][^.]{{3,80}}?)(?<!\d)"
        rf"(?:\s*[—–-]\s*|(?<=Meeting),\s+|\s+on\s+)"
        rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+)?"
        rf"(?P<date>(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}})"
        r"(?:(?:,\s+|\s*[—–-]\s*)\d{1,2}(?::\d\d)?\s*(?:[ap]\.\s?m\.|[AP]M|[Nn]oon))?$",
        "a memorandum's dated subtitle under the heading",
        [
            "Conversation with Dobrynin—July 23, 1970",
            "• Council Meeting in the Cabinet Room—Wednesday, September 13, 1967",  # a web copy's
            "• 40 Committee Meeting, 20 August 1975, 3:00 p.m.",
            "• Harvest Committee Meeting, Saturday, 3 May 1975, 10:30 AM",
            "• Discussion with the Minister alone on 28 April 1965—12:00 Noon",
        ],
        ["FRUS"],
        ["Paris, May 31-June 2, 1961"],  # a visit's days: a dateline, not a subject and a date
    ),
    rule(
        "subtitle-date-first",
        rf"^(?P<date>(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}});\s+(?P<subject>[A-Za-z].{{3,150}})$",
        "the same with the day first and the subject after a semicolon",
        ["January 30, 1979; the President Reporting on His Conversations with Doe"],
        ["FRUS"],
        ["January 30, 1979, the President reported on his talks."],
    ),
    rule(
        "meeting-subtitle",
        rf"^(?P<subject>Memorandum\s+of\s+(?:a\s+)?(?:Meeting|Conference)\s+[Ww]ith\s+[^,]{{3,60}}),"
        rf"\s+(?P<date>(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}})\b",
        "the staff secretary's own heading under the editors': the meeting, the day, the hour",
        ["Memorandum of a Meeting With the President, March 3, 1958, at 10:15 AM, attended by:"],
        ["FRUS (Eisenhower years)"],
        ["Memorandum of a Meeting With the President on the budget."],
    ),
    rule(
        "volume",
        r"(?i)Foreign Relations(?: of the United "
        r"States)?,?\s+(?P<first>19\d\d)(?:\s*[-–]\s*(?P<last>\d{2,4}))?,?\s+Volume\s+(?P<volume>[IVXLC]+|"
        r"\d+)",
        "the volume a page belongs to (its years bound the date)",
        [
            "Foreign Relations of the United States 1964-1968, Volume XIV, Soviet Union",
            "42 Foreign Relations, 1958-1960, Volume IX",
        ],
        ["FRUS (print running heads)", "FRUS (older State Department web copies)"],
    ),
    rule(
        "lot-citation",
        r"\blot\s+\d{2,3}\s*[A-Z]\s*\d{1,4}\b",
        "the editors' citation of a lot file above a heading that names no kind",
        ["Conference Files, lot 62 D 181, “Paris Talks”"],
        ["FRUS (history.state.gov), volumes of 1952–1960"],
        ["The lot of 66 documents was sent on."],
    ),
    rule(
        "note-names-kind",
        r"^(?:This|The\s+source\s+text\s+is\s+a)\s+(telegram|letter)\b",
        "an editors' note naming the document's kind",
        ["This telegram was drafted by Jernegan of NEA and approved by Merchant."],
        ["FRUS (history.state.gov), volumes of 1945–1960"],
        ["Telegram 640 from Rome is not printed."],
    ),
    rule(
        "receipt-hour",
        # (a despatch or letter came by pouch, its receipt noted by the day alone)
        rf"^\[Received\s+(?:{MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?\s*(?:,|[—–-]+)\s*(?:{HOUR})",
        "a receipt to the hour under a heading that names no kind: the editors' mark of a "
        "telegram in volumes before 1933",
        ["[Received December 11, 8 p.m.]", "[Received February 17—5:39 a.m.]"],
        ["FRUS (volumes of 1914–1932)"],
        ["[Received January 20, 1947.]", "Received July 24, 1959, 9:12 a.m."],
    ),
    rule(
        "to-own-mission",
        # (a minister's, not a ministry's: a foreign ministry's note to the American Embassy is
        # no telegram)
        r"^The\s+(?:Acting\s+|Under\s+)?(?:Secretary\s+of\s+State|(?:[A-Z][a-z]+\s+)?Foreign\s+"
        r"Minister)\s+to\s+the\s+(?:[A-Z][a-z]+\s+)?(?:Embassy|Legation|Consulate(?:\s+General)?|"
        r"Mission|Embassies|Legations)\s+in\b",
        "a heading that names no kind, addressed to the sender's own mission abroad: a telegram "
        "(a note to a foreign embassy names it without 'in')",
        [
            "The Secretary of State to the Embassy in the Soviet Union",
            "The Reich Foreign Minister to the German Embassy in the",
        ],
        ["FRUS (volumes of 1914–1950)", "Documents on German Foreign Policy"],
        [
            "The Secretary of State to the British Embassy",
            "The Zendan Ministry for Foreign Affairs to the American Embassy in Zenda",
        ],
    ),
]
(
    HEADING,
    FILE_HEADING,
    OFFICE_TITLE,
    UNNUMBERED,
    SUBTITLE,
    DATE_FIRST_SUBTITLE,
    MEETING_SUBTITLE,
    VOLUME,
    LOT_CITATION,
    NOTE_NAMES_KIND,
    RECEIPT_HOUR,
    TO_OWN_MISSION,
) = (r.pattern for r in RULES)

# Heading words → the export's types, first match wins.
TYPES = [
    (
        r"^Memorandum of (?:a |the )?(?:Conversation|Telephone Conversation)",
        "memorandum of conversation",
    ),
    (r"^(?:Telephone )?Conversation\b", "memorandum of conversation"),
    # "Memorandum by the Secretary of State of a Conversation With President Truman", "...
    # (Hull) Regarding a Conversation With the Japanese Ambassador"
    (
        # (not a memorandum "to President Roe Regarding a Conversation": his, to him; "the
        # Secretary to the British Empire Delegation" is one man's office)
        r"^Memorandum by (?:(?! to (?!the\s+(?:\w+\s+){0,3}Delegation\b))[^,]){3,80}? "
        r"(?:of|[Rr]egarding) (?:a )?"
        r"(?:Telephone )?Conversation\b",
        "memorandum of conversation",
    ),
    (r"^Editorial Note", "editorial note"),
    (
        r"^(?:Circular )?(?:Telegram|Airgram|Despatch|Dispatch|Cable|Backchannel Message|"
        r"Intelligence Information Cable)\b",
        "telegram",
    ),
    (r"^(?:Draft\s+of\s+(?:a\s+)?)?(?:Handwritten\s+)?Letter\b", "letter"),
    # A leader's message to another is a letter, as the gold counts it; a ministry's is not.
    (
        r"^(?:Teletype )?Message From (?!(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:Ministry|Government|"
        r"Department|Embassy|Foreign)\b).*\bto\b",
        "letter",
    ),
    (
        r"^(?:(?:Verbatim )?Minutes|Summary of (?:Conclusions|Discussion|(?:a |the )?Meeting)|"
        r"Summary Notes of (?:a |the )?(?:[\w-]+\s+){0,2}Meeting|"
        r"Summary Record|"
        r"Record of "
        r"(?:a |the )?(?:(?:[A-Z][\w.]*\s+){0,4}Meeting|Conversation|Discussion)|"
        r"Notes? (?:of|on) (?:a |the )?(?:[\w-]+\s+){0,2}(?:Meeting|Discussion|Conversation)|"
        r"Memorandum "
        r"of (?:a )?(?:Conference|Meeting|Discussion)|"
        r"Record of Decisions|(?:United States |U\.S\. )?Delegation (?:Record|Minutes)|"
        r"(?:United States|U\.S\.|British|French|Soviet) Minutes\b|"
        r"(?:[A-Z][\w.]*\s+){0,4}(?:[Rr]ecord of [Aa]ction|[Rr]ecord of [Mm]eeting))\b",
        "record of meeting",
    ),
    (
        r"^(?:Special )?National Intelligence Estimate|^Intelligence Estimate|^Special Estimate",
        "intelligence estimate",
    ),
    (
        r"^(?:Memorandum|Note|Briefing Memorandum|Action Memorandum|Information "
        r"Memorandum|Intelligence Memorandum|Research Memorandum|Intelligence Note)\b|"
        # a study, review or decision the President's staff sends out: "Presidential Review
        # Memorandum/NSC 21", "National Security Study Memorandum 21"
        r"^(?:National\s+Security\s+(?:Study|Decision|Action)|Presidential\s+Review)\s+"
        r"Memorandum\b",
        "memorandum",
    ),
    (r"^Transcript\b", "other"),
    (r"^Agenda\b", "other"),  # a meeting's agenda, with those to attend: not its record
]
TYPE_PATTERNS = [(re.compile(p, re.I), kind) for p, kind in TYPES]
DRAFT = re.compile(r"^(?:(?:Undated|Revised|Final)\s+)?Draft\s+(?=[A-Z])")
# A heading's title ends before a place and date the editors add: ", White House, Washington,
# October 23, 1957".
# ", June 5, 1962, 10:00 AM" and " June 5, 1962." (no place) too.
TRAILING_PLACE_DATE = re.compile(
    # ("... from President Johnson dated June 5, 1964": a copy's title with its date)
    r"(?:,\s+|\s+(?:dated\s+)?(?=[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\.?$))(?:(?P<place>"
    # ("Secretary Dulles’ Room, Walter Reed Hospital, Washington": a room in a building first)
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:Room|Office|Suite),\s+)?"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+)?"
    rf"(?P<date>(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}})"
    # the hour, or hours ("10:34–10:45 a.m.", the first without its a.m.; two calls' "3:40 and
    # 3:50 p.m.")
    r"(?:,\s+(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.\s?m\.|[AP]M\b)?\s*(?:[-–]|to|and)\s*)?"
    r"\d{1,2}(?::\d\d)?\s*(?:[ap]\.\s?m\.|[AP]M\b)|"
    r",\s+(?:noon|midnight))?"
    # the building after the hours: "..., 11 a. m. to 1 p. m., Department of State1"
    r"(?:,\s+(?:the\s+)?(?:Department\s+of\s+State|White\s+House|Pentagon))?"
    r"(?:(?<=\.)\s|(?<=\d{4})\s)?\d{0,2}\.?$"  # the note's marker: "a.m.1", "a.m. 1", "1954 1"
)
DAY_WITHOUT_YEAR = re.compile(rf",\s+(?:{MONTHS})\s+\d{{1,3}}$")
# "Telegram From X to Y", "Memorandum From X to Y", "Letter From X to Y": the correspondents.
FROM_TO = re.compile(r"\b[Ff]rom\s+(?P<rest>.+)$")  # "Message from ... to ..." too
ADDRESSEE_FIRST = re.compile(r"^(?:Letter|Message|Telegram|Note)\s+to\s+(?P<to>[A-Z].+?)\s+$")
BY = re.compile(r"\b(?:Prepared by|by)\s+(?P<by>(?:the\s+)?[A-Z].+)$")
# "the Secretary of State (Hull) Regarding a Conversation With ...": the holder ends the writer
HOLDER_THEN_SUBJECT = re.compile(r"[^()]*\([^()]+\)(?=\s)")
# "to" that belongs to an office rather than separating sender from addressee.
OFFICE_TO = re.compile(
    r"(?i)(?:Ambassador|Assistant|Representative|Delegate|Delegation|Mission|Adviser|"
    r"Advisor|Envoy|Minister|Counselor|Consultant|Counsel|Coordinator|"
    r"Counsellor|Emissary|Attaché|Aide|Secretary|Liaison|Observer|Deputy)\s*$"
)
BARE_TYPE = re.compile(
    r"(?i)^(?:Memorandum of (?:a )?Conversation|Memorandum for the Record|Memorandum|"
    r"Telegram|Letter)\s*$"
)
JOINT_SENDERS = re.compile(
    r"\)\s+and\s+|\s+and\s+(?=(?:the\s+)?(?:Secretary|Ambassador|Director|Under|Assistant|Deputy|"
    r"Chairman|General)\b)"
)
SERIES_AND = re.compile(r",\s+and\s+(?=(?:the\s+)?[A-Z])")  # a series' last: ", and the Counsel"
SERIES_COMMA = re.compile(r",\s+(?:and\s+)?")
# "The Ambassador in the Soviet Union (Smith) to ...", "The President to the Ambassador to the
# Soviet Union (Bohlen), at Berlin": a holder in parentheses on either side of "to" (the web copy
# may space him in them: "( Messersmith ) to the ...").
HOLDER_TO = re.compile(
    rf"\(\s?{NAME_START}[\w.' -]+\)\s+to\s+|\bto\s+the\s+[A-Z][^()]*\(\s?[A-Z][\w.' -]+\)"
)
PAGE_RUNNING_HEAD = re.compile(r"^\d{1,4}\s+Foreign Relations\b")


# A correspondents' heading ("Letter From ... to ...") a copy broke across lines as the print
# did: the lines right under it, up to the one the editors' note marker ends.
CORRESPONDENTS_HEADING = re.compile(r"^(?:Memorandum|Letter|Telegram|Message|Note)\s+From\b")
# (or the addressee's part: "... Security Affairs (Bundy)" / "to the Under Secretary (Ball)")
WRAPPED_LINE = re.compile(r"^(?:[A-Z]|to\s)[\w.’'-]*(?:\s+[\w.’'()-]+){0,9}$")
NOTE_MARKER_END = re.compile(r"(?<=[a-z)])\d{1,2}$")
FIELD_WORD = re.compile(r"[A-Z]{3,}")  # a field's label in capitals on its own line


WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")  # no place: ", Tuesday, ..."


def wrapped_title(title: str, heading: Line, lines: list[Line]) -> str:
    """ "149. Letter From President Nixon to Director of Central" / "Intelligence Helms1": the
    heading and the lines that go on with it (right under it, no dateline, no field)."""
    if not CORRESPONDENTS_HEADING.match(title) or NOTE_MARKER_END.search(title):
        return title
    end = heading.end
    for line in lines[lines.index(heading) + 1 :][:WRAPPED_LINES]:
        if (
            line.start != end + 1
            or not WRAPPED_LINE.match(line.text)
            or TRAILING_PLACE_DATE.search(line.text)
            or SUBTITLE.match(line.text)
            or ":" in line.text
            or FIELD_WORD.fullmatch(line.text.strip())  # "SUBJECT" under "... President Nixon1"
        ):
            break
        title, end = f"{title} {line.text}", line.end
        if NOTE_MARKER_END.search(line.text):
            break
    return title


# A memorandum's numbered paragraph under its label: "1. Action Requested: Your approval ...".
PARAGRAPH_LABEL = re.compile(r"^\d{1,4}\.\s+[A-Z]\w*(?:\s+[A-Za-z]\w*)?:\s")


def is_heading(line: Line) -> bool:
    """An editors' numbered heading; not a telegram's numbered first paragraph ("1205. Joint
    message from the President ... urgency."), which runs on as prose, nor a memorandum's
    labelled paragraph."""
    return (
        bool(HEADING.match(line.text))
        and len(line.text) < HEADING_LENGTH
        and not PARAGRAPH_LABEL.match(line.text)
    )


def fit(doc: Document) -> float:
    lines = head_lines(doc, 12)
    if any(is_heading(line) for line in lines):
        return 0.7
    for line in lines[:8]:
        if file_heading(line.text) and ("/" in line.text or ":" in line.text):
            return 0.7
        if OFFICE_TITLE.match(line.text) and HOLDER_TO.search(line.text):
            return 0.7
    if any(UNNUMBERED.match(line.text) and len(line.text) < 250 for line in lines[:4]):
        return 0.6
    if any(
        TRAILING_PLACE_DATE.search(line.text)
        and type_of(line.text) != "other"
        and len(line.text) < 250
        for line in lines[:4]
    ):
        return 0.6  # a heading that ends with its place and date, the number lost
    at = office_heading(lines)
    if at not in (None, 0) or at == 0 and dated_office_heading(lines, 0):
        # "The Secretary of State to the Embassy in Italy" under a lot citation, or over its
        # dateline ("The Ambassador in the Soviet Union to the President" / "Moscow, ...")
        return 0.6
    return 0.0


def dated_office_heading(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` names the correspondents by office over the paper's dateline."""
    return (
        is_office_heading(lines[k].text)
        and k + 1 < len(lines)
        and PLACE_AND_DATE.match(lines[k + 1].text) is not None
    )


def read(doc: Document) -> None:
    read_heading(doc)
    type_from_notes(doc)
    type_from_receipt(doc)


def type_from_receipt(doc: Document) -> None:
    """A heading that names no kind ("The Ambassador in Russia (Francis) to the Secretary of
    State") over a receipt to the hour ("[Received December 11, 8 p.m.]"), or addressed to the
    sender's own mission ("The Secretary of State to the Embassy in Greece"): a telegram."""
    if doc.type:
        return
    lines = head_lines(doc, 8)
    headings = [line for line in lines if is_office_heading(line.text)]
    if not headings:
        return
    for line in lines:
        m = RECEIPT_HOUR.match(line.text)
        if m:
            found(doc, "type", "telegram", line.start, line.start + m.end(), "receipt to the hour")
            return
    m = TO_OWN_MISSION.search(headings[0].text)
    # (an instruction's number, "No. 1234", kept as a file mark: sent by pouch)
    numbered = any(DESPATCH_NUMBER.match(stamp.text.strip()) for stamp in doc.stamps[:6])
    if m and not numbered and not any(DESPATCH_NUMBER.match(line.text) for line in lines):
        at = headings[0].start + m.start()
        found(doc, "type", "telegram", at, at + len(m.group()), "FRUS heading: to its own mission")


def type_from_notes(doc: Document) -> None:
    """A heading that names no kind ("The Secretary of State to the Embassy in Italy") over an
    editors' note that does ("This telegram was drafted by ...")."""
    for note in doc.footnotes:
        m = NOTE_NAMES_KIND.match(note.text)
        if m:
            found(doc, "type", m.group(1).lower(), note.start, note.end, "the editors' note")
            return


def read_heading(doc: Document) -> None:
    lines = head_lines(doc, 16)
    read_volume(doc)
    heading = next((line for line in lines if is_heading(line)), None)
    m = HEADING.match(heading.text) if heading else None
    if heading and m:
        doc.frus = doc.frus or {
            "volume": doc.source.meta.get("frus_volume"),
            "number": int(m.group("number")),
        }
        title = wrapped_title(m.group("title"), heading, lines)
        read_title(doc, title, heading.start + m.start("title"))
        subtitle(doc, lines, heading)
        return
    unnumbered = next(
        (line for line in lines[:4] if UNNUMBERED.match(line.text) and len(line.text) < 250), None
    )
    if unnumbered and any(
        OFFICE_TITLE.match(line.text) and HOLDER_TO.search(line.text)
        for line in lines[: lines.index(unnumbered)]
    ):
        # "The British Prime Minister (Attlee) to President Truman" / "Message From Mr. Attlee to
        # the President": the editors' heading above the paper's own title is the heading
        unnumbered = None
    if unnumbered:  # its file number above dates it ("760C.61/4–2245" / "Memorandum of ...")
        for line in lines[: lines.index(unnumbered)]:
            m = file_heading(line.text)
            if m and m.group("dayyear") and "/" in line.text:
                filed_date(doc, m, line)
    if unnumbered and BARE_TYPE.match(unnumbered.text):
        # A form's printed heading ("Memorandum of Conversation"): its SUBJECT is the better title.
        found(doc, "type", type_of(unnumbered.text), unnumbered.start, unnumbered.end, "heading")
        fallback(doc, "title", unnumbered.text.strip(), "heading")
        return
    if unnumbered:
        below = lines[lines.index(unnumbered) + 1 :]
        read_title(doc, unwrapped(doc, unnumbered, below), unnumbered.start)
        return
    for k, line in enumerate(lines[:4]):
        m = file_heading(line.text)
        if m and (m.group("type") or m.group("dayyear")) and not HEADING.match(line.text):
            if m.group("type"):
                kind = type_of(m.group("type"))
                found(
                    doc,
                    "type",
                    kind,
                    line.start + m.start("type"),
                    line.start + m.end("type"),
                    "FRUS file heading",
                )
            filed_date(doc, m, line)
            rest = [other for other in lines[k + 1 :] if not DESPATCH_NUMBER.match(other.text)]
            following = rest[0] if rest else None
            if not m.group("type"):
                salutation_makes_a_letter(doc, rest)
            joined = unwrapped(doc, following, rest[1:]) if following else ""
            if following and OFFICE_TITLE.match(joined):
                # "Memorandum by the Secretary of State to the President" under a bare file number
                # names its type; "The Ambassador ... to the Secretary of State" leaves it to the
                # file line's ("...: Telegram").
                typed = not m.group("type") and type_of(following.text) != "other"
                read_title(doc, joined, following.start, typed=typed)
                own = rest[1] if len(rest) > 1 else None
                if own and UNNUMBERED.match(own.text) and type_of(own.text) != "other":
                    # "Message From Mr. Attlee to the President" under the editors' heading
                    found(doc, "type", type_of(own.text), own.start, own.end, "the paper's title")
            elif following and TRAILING_PLACE_DATE.search(following.text):
                # "Record of Decisions, Council of Foreign Ministers, ..., Paris, July 11, 1946, 4
                # p.m."
                read_title(doc, following.text, following.start, typed=not m.group("type"))
            return
    for line in lines[:4]:
        if (
            TRAILING_PLACE_DATE.search(line.text)
            and type_of(line.text) != "other"
            and len(line.text) < 250
        ):
            # "United States Delegation Record, Council of Foreign Ministers, ..., Paris, May 16,
            # 1946, 5:15 p.m."
            read_title(doc, line.text, line.start)
            return
    at = office_heading(lines)
    if at is not None:
        line = lines[at]
        heading_text = unwrapped(doc, line, lines[at + 1 :])
        read_title(doc, heading_text, line.start, typed=line.text.startswith("Memorandum"))
        salutation_makes_a_letter(doc, lines[at + 1 :])


def unwrapped(doc: Document, line: Line, below: list[Line]) -> str:
    """A heading a copy broke after "to the", "by the" or "of the" ("The Ambassador in Freedonia
    (Abbott) to the" / "Department of State"), with the lines it goes on on (a print's narrow
    column breaks it twice: "The Secretary of" / "State to the Office of the United States
    Political" / "Adviser to SCAP (Sebald)1")."""
    end = line.end
    joined = line.text
    for k, nxt in enumerate(below[:WRAPPED_LINES]):
        if doc.text[end : nxt.start].strip(" \t") != "\n":  # the next line, indented or not
            break
        if not (
            WRAPPED_AT_JOINING_WORD.search(joined)
            # "The First Secretary of Embassy in the United" / "Kingdom (Drumright) to the ...":
            # the office's holder and addressee on the next line
            or "(" not in joined
            and (HOLDER_TO.search(nxt.text) or k > 0 and HOLDER_AT_END.search(nxt.text))
            # "... to the Acting Chief of the Division" / "of Greek, Turkish, and Iranian
            # Affairs (Jernegan)": the addressee's office goes on to its holder
            or WRAPPED_OFFICE.match(nxt.text)
            and HOLDER_AT_END.search(nxt.text)
        ):
            break
        end = nxt.end
        # (a space for each character of the break and the indent after it: the offsets hold)
        joined = re.sub(r"\s", " ", doc.text[line.start : end])
    return joined


def office_heading(lines: list[Line]) -> int | None:
    """Which of the first lines names sender and addressee by office: one with a holder in
    parentheses, or the first line under nothing but the editors' file citations."""
    for k, line in enumerate(lines[:4]):
        if OFFICE_TITLE.match(line.text) and (
            all(LOT_CITATION.search(above.text) for above in lines[:k])
            or HOLDER_TO.search(line.text)
            # "The President to the Secretary of State" / "Washington, December 23, 1943"
            or dated_office_heading(lines, k)
        ):
            return k
    return None


def salutation_makes_a_letter(doc: Document, below: list[Line]) -> None:
    """A heading that names no type ("The Ambassador in the Soviet Union (Kennan) to the Deputy
    Under Secretary of State (Matthews)", perhaps sent as despatch "No. 507") over a salutation
    ("Dear Doc: ...") heads a letter."""
    dear = next((line for line in below[:4] if DEAR.match(line.text)), None)
    if dear:
        found(doc, "type", "letter", dear.start, dear.end, "FRUS heading over a salutation")


WRAPPED_AT_JOINING_WORD = re.compile(r"\b(?:to|by|of)(?:\s+the)?$")
WRAPPED_OFFICE = re.compile(r"(?:of|for|and|in|on)\s")
WRAPPED_LINES = 3  # lines a heading goes on on
HOLDER_AT_END = re.compile(r"\([A-Z][\w.' -]+\)\d{0,2}$")  # "... Adviser to SCAP (Sebald)1"
# A marker after a space, at the end of a heading naming correspondents; not a number a thing
# is known by ("Resolution 242", "NSC 68").
SPACED_MARKER = re.compile(
    r"(?<=[a-z])(?<!Resolution)(?<!Telegram)(?<!Paper)(?<!Report)(?<!Annex)(?<!Number)"
    r"(?<!Document)(?<!Article)(?<!Section)(?<!Item)(?:\s+\d{1,2})?\s+\d{1,3}$"  # or two: "1 2"
)


def read_title(doc: Document, title: str, start: int, typed: bool = True) -> None:
    """Type, title, place and date, and correspondents from a heading's words."""
    title = re.sub(r"\s+-\s+History$", "", title)  # a scraping site's suffix
    title = re.sub(
        r"\s*/\d{1,3}/$|(?<=[a-z])\d{1,2}\s+\d{1,2}$|(?<=\d{4}\.)\d{1,2}\s+\d{1,2}$|"
        r"(?<=[^\d\s])\d{1,2}$|\s+[01]$",
        "",
        title,
    ).strip()  # a footnote marker left on it (two of them: "October 19, 1975.1 2")
    title = DAY_WITHOUT_YEAR.sub("", title)  # "..., March 13": no year, no date; no name either
    if " to " in title:  # "... to President Truman 73", "... Embassy in India 2": a marker too
        title = SPACED_MARKER.sub("", title)
    m = TRAILING_PLACE_DATE.search(title)
    if m:
        when = parse_date(m.group("date"))
        if when:
            found(
                doc, "date", when[0], start + m.start("date"), start + m.end("date"), "FRUS heading"
            )
            doc.date_basis = doc.date_basis or "FRUS heading"
        if m.group("place") and not WEEKDAY.fullmatch(m.group("place").split(",")[-1].strip()):
            found(
                doc,
                "place",
                m.group("place").split(",")[-1].strip(),
                start + m.start("place"),
                start + m.end("place"),
                "FRUS heading",
            )
        title = title[: m.start()]
    if typed:
        found(doc, "type", type_of(title), start, start + len(title), "FRUS heading")
    found(doc, "title", " ".join(title.split()), start, start + len(title), "FRUS heading")
    read_correspondents(doc, title, start)


def subtitle(doc: Document, lines: list[Line], heading: Line) -> None:
    """ "Conversation with Dobrynin—July 23, 1970" (or "July 23, 1970; Conversation with ...")
    under the heading dates the memorandum."""
    # (not a subject under its "SUBJECT" label: that is the meeting's day, the memorandum's its
    # drafting's, which the source note gives)
    following = [line for line in lines if line.start > heading.start][:1]
    for line in following:
        m = (
            SUBTITLE.match(line.text)
            or DATE_FIRST_SUBTITLE.match(line.text)
            or MEETING_SUBTITLE.match(line.text)
        )
        if m:
            when = parse_date(m.group("date"))
            if when:
                at, end = line.start + m.start("date"), line.start + m.end("date")
                found_date(doc, when[0], at, end, "dated subtitle")
            # (the staff secretary's heading without its hour and list: "..., at 9:45 AM, attended
            # by:")
            meeting = m.re is MEETING_SUBTITLE
            subject = m.group("subject") if meeting else line.text
            at = line.start + (m.start("subject") if meeting else 0)
            found(doc, "subject", subject, at, at + len(subject), "dated subtitle")


# The kind after a decimal file number whose colon a scan lost: "891.00/1-246 Telegram".
KIND_AFTER_FILE = re.compile(r"(?<=\d)\s(?=\s*(?:Circular\s+)?(?:Telegram|Airgram|Despatch)$)")
FILE_HEADING_CHARS = 200  # (the pattern's run of words is slow to fail on a long line)


def file_heading(text: str) -> re.Match | None:
    """The file heading a line is, its colon put back where a scan lost it (one character for
    another: the offsets hold)."""
    if len(text) > FILE_HEADING_CHARS:
        return None
    return FILE_HEADING.match(KIND_AFTER_FILE.sub(":", text, count=1))


def is_file_heading(text: str) -> bool:
    """A decimal file number with its date and the kind of document: "861.00/3-1646: Telegram"."""
    m = file_heading(text)
    return bool(m and m.group("type") and m.group("dayyear"))


def is_dated_file_number(text: str) -> bool:
    """A decimal file number with its date alone on its line ("860C.00/2-2646"), the type on
    the line below."""
    m = file_heading(text)
    return bool(
        m
        and m.group("dayyear")
        and not m.group("type")
        and (" " not in text.strip() or DECIMAL_FILE.match(text))  # "711.11 EI/7–2053"
    )


# The 1940s volumes' heading under a file number: "Memorandum of Conversation, by the Secretary
# of State" (OCR's "Memorandumn" too), "Memorandum by the Director of the Policy Planning Staff".
BY_HEADING = re.compile(
    r"^Memorand\w{0,4}\s+(?:of\s+(?:a\s+)?Conversation,?\s+)?by\s+(?:the\s+)?[A-Z]"
)


def is_correspondents_heading(text: str) -> bool:
    """ "The Chargé in the Soviet Union (Kennan) to the Secretary of State": a heading, not
    prose. (Asked of every long body line: the holder's parentheses are looked for first,
    HOLDER_TO being slow to fail on a long line of prose.)"""
    return "(" in text and bool(OFFICE_TITLE.match(text) and HOLDER_TO.search(text))


def is_office_heading(text: str) -> bool:
    """The editors' line of who wrote to whom by their offices, holders named or not ("The
    Ambassador in the Soviet Union to the President"): short, no sentence."""
    return (
        len(text) <= OFFICE_HEADING_CHARS
        and not text.endswith(".")
        and bool(OFFICE_TITLE.match(text))
    )


OFFICE_HEADING_CHARS = 160


def type_of(heading: str) -> str:
    heading = " ".join(heading.split())  # a scan's "Memorandum     of Conversation"
    heading = DRAFT.sub("", heading)  # a draft letter is a letter, as the editors print it
    for pattern, kind in TYPE_PATTERNS:
        if pattern.search(heading):
            return kind
    return "other"


def read_correspondents(doc: Document, title: str, start: int) -> None:
    """Sender and addressee from "X to Y" (after "From" in modern headings), drafter from "by X"."""
    diary = DIARY_OF.match(title)
    if diary:  # "David K.E. Bruce Diary Entry": the diarist wrote it
        writer = correspondent(diary.group("who"), start)
        if writer:
            found(doc, "sender", writer, writer.start, writer.end, "FRUS heading")
        return
    m = FROM_TO.search(title)
    rest, offset = (m.group("rest"), start + m.start("rest")) if m else (title, start)
    if not m and not OFFICE_TITLE.match(title):
        by = BY.search(title)
        if by:
            held = HOLDER_THEN_SUBJECT.match(by.group("by"))
            drafter = correspondent(
                held.group() if held else by.group("by"), start + by.start("by")
            )
            if drafter:
                key = (
                    "drafted_by"
                    if doc.type in ("memorandum of conversation", "record of meeting")
                    else "sender"
                )
                found(doc, key, drafter, drafter.start, drafter.end, "FRUS heading")
        return
    if m is None and title.startswith("Memorandum of"):
        by = BY.search(title)
        if by:
            drafter = correspondent(by.group("by"), start + by.start("by"))
            found(
                doc,
                "drafted_by",
                drafter,
                start + by.start("by"),
                start + by.end("by"),
                "FRUS heading",
            )
        return
    sender_text, addressee_text, addressee_at = split_to(rest)
    before = ADDRESSEE_FIRST.search(title[: m.start()]) if m and not addressee_text else None
    if m and before and not names_no_one(before.group("to")):
        # "Letter to Prime Minister Inonu from President Johnson": the addressee named first
        # (not "Note to Files from ...")
        addressee_text, addressee_at = before.group("to"), before.start("to") - (offset - start)
    if sender_text:
        # "From the Assistant Secretary ... (Tyler) and the Legal Adviser (Chayes)", "From
        # Secretary of State Rusk and Secretary of Defense McNamara": the first signs first.
        sender_text = first_of_joint(sender_text)
    sender_at = offset
    kind_by = KIND_BY.match(sender_text or "")
    if sender_text and kind_by:  # "Memorandum by President Truman to ...": the writer
        sender_text, sender_at = sender_text[kind_by.end() :], offset + kind_by.end()
    if sender_text is None:
        by = BY.search(rest)
        sender_text = by.group("by") if by else rest
        offset = offset + (by.start("by") if by else 0)
        sender_at = offset
    sender = correspondent(sender_text, sender_at)
    if sender and place_or_body(sender.name):
        sender = None  # "Telegram 1744 from Mexico City, December 17": the post, no one
    if doc.type in ("memorandum of conversation", "record of meeting"):
        return  # "Memorandum of Conversation Between X and Y": participants, read with the list
    # "From Secretary of State Herter to the Department of State": he was away from his post
    away = post_place(addressee_text) == "Washington"
    year = year_of(doc)
    post = post_place(sender_text, year)
    # (a letter or despatch of an envoy abroad was written at his post; a President's or a
    # Secretary's may have been written on a journey, so Washington is not inferred for them)
    if (
        (doc.type == "telegram" or doc.type in ("letter", "other", None) and post != "Washington")
        and sender
        and post
        and not (away and post == "Washington")
    ):
        # "The Ambassador in Greece (MacVeagh) to ...": sent from his post, where no dateline says
        fallback(doc, "place", post, "FRUS heading: the sender's post")
    if sender:
        found(doc, "sender", sender, sender.start, sender.end, "FRUS heading")
    elif doc.type == "telegram" or doc.type is None:
        place = post_place(sender_text, year)
        found(
            doc,
            "place",
            place,
            offset,
            offset + len(sender_text),
            "FRUS heading: the post it came from",
        )
    if addressee_text:
        addressees = [
            a
            for text, at in joint_addressees(addressee_text)
            if (a := correspondent(text, offset + addressee_at + at))
        ]
        if addressees:
            found(
                doc,
                "recipients",
                addressees,
                addressees[0].start,
                addressees[-1].end,
                "FRUS heading",
            )
    if sender and sender.role and (doc.type == "telegram"):
        post = post_place(sender.role, year)
        if not (away and post == "Washington"):
            fallback(doc, "place", post, "FRUS heading: the post it came from")


def year_of(doc: Document) -> int | None:
    """The year of the document's date, or of the first day its file number allows."""
    day = doc.date or (doc.date_range[0] if doc.date_range else None)
    return int(day[:4]) if day else None


OFFICE_SERIES = re.compile(r"\b(?:Affairs|Division|Office|Bureau|Section)(?:\s*\([^()]*\))?$")


def joint_addressees(text: str) -> list[tuple[str, int]]:
    """Two who sign or are addressed together, each named on its own, with their offsets
    ("... (Tyler) and ...", "Secretary of the Treasury Blumenthal and Secretary of Commerce
    Kreps"); one person with two offices ("the Counselor ... and Chairman of the Policy
    Planning Council (Rostow)") stays whole."""
    if text.count(",") >= 2 and SERIES_AND.search(text):
        # "to Vice President Mondale, Secretary of State Vance, ..., and the Counsel to the
        # President (Lipshutz)": each of the series
        pieces, at = [], 0
        for comma in [*SERIES_COMMA.finditer(text), None]:
            end = comma.start() if comma else len(text)
            pieces.append((text[at:end], at))
            at = comma.end() if comma else end
        # (not "the Chief of the Division of Greek, Turkish, and Iranian Affairs": an office's
        # words, one a piece)
        words_of_an_office = OFFICE_SERIES.search(text) and any(
            " " not in piece.strip() for piece, _ in pieces
        )
        if not any(place_or_body(piece) for piece, _ in pieces) and not words_of_an_office:
            return pieces  # (not "the Embassies in Venezuela, Panama, ..., and Guatemala")
    joint = JOINT_SENDERS.search(text)
    if not joint:
        return [(text, 0)]
    if joint.group().startswith(")"):
        first = text[: joint.start() + 1]
    else:
        first = text[: joint.start()]
        name, _, _ = split_entry(first)
        # "the President and the Secretary of State": two offices, two people ("the Counselor
        # and Chairman of the Council (Rostow)", without "the", is one man with two offices)
        two_offices = (
            not name and text[joint.end() :].startswith("the ") and not place_or_body(first)
        )
        if not two_offices and (not name or is_institution(name)):
            return [(text, 0)]
    return [(first, 0), (text[joint.end() :], joint.end())]


def place_or_body(piece: str) -> bool:
    """A piece of a series, or a heading's sender, that is a place or a body, not a person (a
    heading's words, unlike not_people.names_no_one, which asks of a name's every word)."""
    return (
        names_a_place(piece)
        or post_place(f"in {piece}") == piece
        or is_institution(split_entry(piece)[0] or piece)
        or POSTS_ADDRESSED.search(piece) is not None
    )


POSTS_ADDRESSED = re.compile(r"\b(?:Embass|Department\b|Consulat|Missions?\b|Posts?\b)")


def first_of_joint(senders: str) -> str:
    """The first of two who sign together (he signs first)."""
    return joint_addressees(senders)[0][0]


def split_to(text: str) -> tuple[str | None, str | None, int]:
    """(sender, addressee, offset of the addressee) at the first "to" that is not part of an
    office ("Ambassador to the USA") and not inside parentheses."""
    depth = 0
    for m in re.finditer(r"\(|\)|\bto\b", text):
        token = m.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and not OFFICE_TO.search(text[: m.start()].rstrip()):
            at = m.end() + (len(text[m.end() :]) - len(text[m.end() :].lstrip()))
            return text[: m.start()].strip(), text[at:].strip(), at
    return None, None, 0


def filed_date(doc: Document, m: re.Match, line: Line) -> None:
    """The date a decimal file number encodes is the document's own or its receipt's."""
    if m.group("dayyear"):
        file_range(
            doc,
            m.group("month"),
            m.group("dayyear"),
            Evidence(
                line.start + m.start("month"), line.start + m.end("dayyear"), "FRUS file number"
            ),
        )


def file_range(doc: Document, month_text: str, day_year: str, evidence: Evidence) -> None:
    """A decimal file number's date ("5–1756": filed May 17, 1956) bounds an undated document:
    it was written up to a week before (and a telegram sent late in the day is filed a day or
    two after its date line)."""
    day_year = day_year.replace(" ", "")
    try:
        filed = date(1900 + int(day_year[-2:]), int(month_text), int(day_year[:-2]))
    except ValueError:
        return
    if doc.date or doc.date_range:
        return
    doc.date_range = [
        (filed - timedelta(days=7)).isoformat(),
        (filed + timedelta(days=2)).isoformat(),
    ]
    doc.date_basis = f"file number {month_text}–{day_year}: filed {filed.isoformat()}"
    doc.evidence["date_range"] = evidence


def read_volume(doc: Document) -> None:
    """A volume's years bound the date of every document in it; its number names it."""
    for line in head_lines(doc, 20):
        m = VOLUME.search(line.text)
        if not m:
            continue
        first = int(m.group("first"))
        last = m.group("last")
        last_year = (
            first if not last else int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        )
        volume = (
            f"frus{first}"
            + (f"-{str(last_year)[2:]}" if last_year != first else "")
            + f"v{roman(m.group('volume')):02d}"
        )
        doc.source.meta.setdefault("frus_volume", volume)
        if not doc.date and not doc.date_range:
            doc.date_range = [f"{first}-01-01", f"{last_year}-12-31"]
            doc.date_basis = f"the volume's years ({line.text[m.start() : m.end()]})"
        return


def roman(numeral: str) -> int:
    if numeral.isdigit():
        return int(numeral)
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(numeral, numeral[1:] + " ", strict=False):
        total += -values[a] if values.get(b, 0) > values[a] else values[a]
    return total


def is_running_head(text: str) -> bool:
    return bool(PAGE_RUNNING_HEAD.match(text))
