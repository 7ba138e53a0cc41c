"""Scans whose OCR ran the whole page into one line (the National Security Archive's and the
CIA reading room's full text): the header's words are there, but not on lines of their own.

"Margaret P Grafeld Declassified Released US Department of State ... SECRET PAGE 01 MOSCOW
16276 ... FM AMEMBASSY MOSCOW TO SECSTATE WASHDC ...", "DEPARTMENT OF STATE Washington D C
20520 SECRET Minutes Meeting of the Interagency ...": the classification marking, the kind of
document and the salutation are read from the first few hundred characters; a memorandum's
TO and FROM without their colons, a letter's address before "Dear X:" and the name after its
closing give addressee and writer.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from ..model import Document
from ..pipeline.dates import parse_date
from ..pipeline.noise import CLOSING_WORDS, FULL_DATE, OPENING_DATE, RELEASE_STAMP, marking_level
from . import Line, found, party, rule, state_telegram, top_lines
from .dateline import bare_date
from .parties import OFFICE_SYMBOL_FIRST, first_name_phrase, name_on_the_line, office_phrase

NON_SPACE = re.compile(r"\S")
ONE_LINE_PAGE = 400  # a file this long on one line is a page run together, however short
# A date after these words is one the text speaks of ("On 20 July 1962 the Director met"), not
# the page's own.
NOT_AFTER_WORDS = "".join(
    f"(?<!\\b{form} )"
    for word in ("of", "on", "dated", "since", "from", "to", "by", "in", "until")
    for form in (word, word.capitalize(), word.upper())
)
SHORT_ABOVE = 300  # characters of heading lines the cleaner may break off above the run-on line
REACH = 500  # characters of the run-together line the header is looked for in
FRONT_REACH = 2000  # characters of a library's words that may come before the scan's own
RULES = [
    rule(
        "marking",
        r"(?<![A-Za-z-])(?P<level>T[O0]?P\s+SECRET|SECRET|CONFIDENTIAL|"
        r"LIMITED\s+OFFICIAL\s+USE)(?![A-Za-z])(?!\s+(?:SERVICE|POLICE|AGENT))",
        "the classification marking among the page's first words",
        [
            "Department of State EO Systematic Review 22 May 2009 Message Text SECRET "
            "PAGE 01 MOSCOW 16276",
            "MEMORANDUM THE WHITE HOUSE WASHINGTON TOP SECRET-SENSITIVE CONTAINS CODEWORD",
            "TP SECRET Approved For Release 2004/04/19",  # the scan lost a letter of TOP
        ],
        ["National Security Archive OCR", "CIA reading room full text"],
        ["the Secret Service was informed"],
    ),
    rule(
        "library-front-matter",
        # (where the line begins: the same words over a later page are that page's)
        r"\s*(?:The\s+original\s+documents\s+are\s+located\s+in\s+.{0,400}?"
        r"Presidential\s+Library\.\s*(?:Copyright\s+Notice\s+.{0,900}?Presidential\s+"
        r"Library\.\s*)?)?"
        r"(?:[Dd]igitized|(?:File\s+)?[Ss]canned)\s+from\s+[^.]{0,250}?\bat\s+the\s+"
        r"(?:[A-Z][\w.]*\s+){1,4}Presidential\s+Library\b\.?",
        "where a library's words before the scan end (\"The original documents are located in "
        "Box 4 ... Digitized from Box 4 of the ... Collection at the Gerald R. Ford Presidential "
        "Library\"): the page's head is after them",
        [
            "The original documents are located in Box 4, folder “Roe” of the NSA Collection at "
            "the Gerald R. Ford Presidential Library. Copyright Notice The copyright law of the "
            "United States governs ... please contact the Gerald R. Ford Presidential Library. "
            "Digitized from Box 4 of the NSA Presidential Correspondence with Foreign Leaders "
            "Collection at the Gerald R. Ford Presidential Library THE WHITE HOUSE WASHINGTON",
            "File scanned from the National Security Adviser's Memoranda of Conversation "
            "Collection at the Gerald R. Ford Presidential Library MEMORANDUM",
        ],
        ["presidential library scans (Ford Library PDFs' text)"],
        ["Scanned from the files at the Library of Congress, the paper reads"],
    ),
    rule(
        "kind",
        r"\b(?P<kind>MEMORANDUM\s+OF\s+CONVERSATION|Memorandum\s+of\s+Conversation|"
        r"MEMORANDUM\s+OF\s+CONFERENCE|Memorandum\s+of\s+Conference|"
        r"MEMORANDUM\s+FOR(?:\s+THE)?\s+RECORD|MEMORANDUM\s+F[O0U]R|"  # "FUR": OCR's FOR
        r"(?:ACTION|INFORMATION|BRIEFING)\s+MEMORANDUM|"
        r"Minutes\s+(?:of\s+(?:the\s+)?)?Meeting|MINUTES|FM\s+AMEMBASSY|FM\s+SECSTATE|"
        r"TELEGRAM|Dear\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?::|,(?=\s+[A-Z])))",
        "the kind of document its first words say",
        [
            "DEPARTMENT OF STATE Washington D C 20520 SECRET Minutes Meeting of the "
            "Interagency Coordinating Committee",
            "Princeton University Princeton, New Jersey Dear Joe: Once again I want",
            "PAGE 01 MOSCOW 16276 FM AMEMBASSY MOSCOW TO SECSTATE",
            "June 5, 1958 MEMORANDUM OF CONFERENCE WITH THE PRESIDENT June 5, 1958 Others",
            "DEPARTMENT OF STATE ACTION MEMORANDUM SECRET May 3 1975 TO The Secretary",
        ],
        ["National Security Archive OCR", "CIA reading room full text"],
    ),
    rule(
        "garbled-memorandum",
        r"(?<![A-Za-z])(?P<word>M[A-Za-z~$}.]?\s?[A-Za-z~$}.]{2,4}\s?[A-Za-z~$}.]{1,5}\s?[A-Za-z~$}.]{0,4})\s+FOR\s*:",
        "'MEMORANDUM FOR:' as OCR misreads it",
        [
            "Approved For Release 2004/01/12: CIA-RDP80B01676R000900010001-2 May 2, "
            "1960 M ORANDtJM FOR: The Honorable Christian Herter",
            "MEMORANDTJM FOR: Director of Central Intelligence",
        ],
        ["CIA reading room full text"],
        ["THANKS FOR: the letter"],
    ),
    rule(
        "address",
        r"(?<![A-Za-z])(?P<kind>The\s+Honorable|The\s+Honourable|Honorable)\s+[A-Z]",
        "a letter's address block among the page's first words",
        ["12 March 1962 The Honorable Dean Rusk Secretary of State"],
        ["CIA reading room full text"],
    ),
    rule(
        "telegram-field",
        r"(?<![A-Za-z])(?P<field>FROM|TO|NO|REC'?D|Recd|CONTROL|Control|ACTION|Action|"
        r"INFO|Info)\s*:\s*",
        "a field of a received telegram's header block, run together with the others by OCR",
        [
            "INCOMING TELEGRAM Action EUR FROM: Moscow Info SECRET Control: 1234 Recd: May 2, 1952",
            "TO: Secretary of State NO: 812, May 2, 4 p.m.",
        ],
        ["CIA reading room full text"],
        ["Recommendation to the Secretary"],
    ),
    rule(
        "subject",
        r"(?<![A-Za-z])(?P<subject>SUBJECT|Subject)\s*:",
        "a memorandum's subject line among the page's first words, when nothing else "
        "names the kind",
        ["Senior Research Staff 13 April 1959 SUBJECT: The Soviet Leadership Executive Registry"],
        ["CIA reading room full text"],
        ["the subject of the talks was Berlin"],
    ),
    rule(
        "participants",
        r"(?<![A-Za-z])(?P<participants>PARTICIPANTS|Participants)(?:\s*[:;1l|.]|\s+(?=[A-Z]))"
        r"|(?<![A-Za-z])(?P<present>PRESENT)\s*:",
        "a conversation's list of participants among the page's first words (its heading garbled)",
        [
            "DEPARTMENT OF STATE Mernorcmclain ol Con SUBJECT: Berlin PARTICIPANTS1 The Secretary",
            "Memo of Conv Participants: Ambassador Kohler, Mr. Semenov",
            "DEPUTIES' MEETING Friday, 7 December 1956 PRESENT: Mr. Dulles, General Cabell",
        ],
        ["CIA reading room full text", "presidential library scans"],
        ["the participants agreed that the talks should continue"],
    ),
    rule(
        "memo-fields",
        r"(?<![A-Za-z])(?:TO|MEMORANDUM\s+F[O0U]R(?!\s+(?:THE\s+)?RECORD))\s*:?\s+(?P<to>[A-Z][^:\n]{2,80}?)\s+FROM\s*:?\s+"
        r"(?P<sender>[A-Z][^:\n]{2,60})",
        "a memorandum's addressee and writer, run together without their colons",
        [
            "ACTION MEMORANDUM SECRET May 3 1975 NODIS TO The Secretary FROM EUR - Arthur "
            "Hartman Subject",
            "INFORMATION MEMORANDUM TO: The Secretary FROM: INR - William G. Hyland",
            "MEMORANDUM FUR JOHN Q. DOE 51 3 7 0 FROM RICHARD ROE SUBJECT Talks",
        ],
        ["National Security Archive OCR"],
        ["He went TO the meeting FROM his office", "MEMORANDUM FOR THE RECORD FROM: John Q. Doe"],
    ),
    rule(
        "inside-address",
        r"(?<![A-Za-z])(?:The\s+Honou?rable|Honorable|Hon\.|Professor|Prof\.|Mr\.|Mrs\.|Dr\.)"
        r"\s+(?P<name>(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+)",
        "the addressee's name opening a letter's address, before its salutation on the same line",
        [
            "January 6, 1955 Hon. John Q. Nobody, Director, Some Agency, Washington, D.C. "
            "Dear John:",
            "Professor J. R. Smith/ Department of History Some University Dear Joe:",
        ],
        ["CIA reading room full text"],
    ),
    rule(
        "closing-signer",
        rf"(?i:{CLOSING_WORDS})(?:\s+yours)?[,.]\s+(?:/s/\s*|Is/\s*|\((?i:signed)\)\s*)?"
        r"(?P<name>[A-Z].{2,60})",
        "the signer's name after the closing, on the same line",
        [
            "I look forward to seeing you. Sincerely, John Q. Nobody Director",
            "Sincerely yours, /s/ John Q. Nobody",
        ],
        ["CIA reading room full text"],
        ["Faithfully, (Enclosure)"],
    ),
    rule(
        "head-date",
        rf"(?<![\w/]){NOT_AFTER_WORDS}(?P<date>{FULL_DATE})\b",
        "the date under the letterhead or heading, where the page's first words are more than "
        "a marking",
        [
            "DEPARTMENT OF STATE Washington D C 20520 SECRET Minutes Meeting of the Committee "
            "Bureau of European Affairs Department of State December 6 1977 Dr Shulman said",
            "MEMORANDUM ( ( THE WHITE HOUSE WASHINGTON August 29, 1968 MEMORANDUM FOR",
        ],
        ["CIA reading room full text", "presidential library scans"],
        [
            "SUBJECT: Your memorandum of March 3, 1962 on Berlin",
            "dated 12 May 1961",
            "MEMORANDUM FOR THE RECORD SUBJECT Meeting On 20 July 1962 the Director met",
        ],
    ),
    rule(
        "date-field",
        r"(?<![A-Za-z])DATE(?:\s*(?:&|AND|/|,)\s*TIME)?\s*[:.]?\s+"
        r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
        rf"(?P<date>{FULL_DATE})\b",
        "a memorandum's own DATE field run into the page: it outranks a date at the page's head "
        "(an archive's date for it)",
        [
            "Declassified March 22, 1972 Memorandum of Conversation ... Two Notetakers DATE & "
            "TIME Tuesday, February 22, 1972 - 2: 10 p. m.",
            "MEMORANDUM OF CONVERSATION DATE: June 5, 1970 PARTICIPANTS: Mr. John Q. Nobody",
            # the form's "DATE, TIME AND PLACE:" with its last words run after the value
            "Notetaker: John Q. Doe DATE, TIME February 23, 1991, 11:15 - 11:43am AND PLACE:",
        ],
        ["Wilson Center Digital Archive", "National Security Archive OCR", "Bush Library"],
        ["DATE WITHDRAWN 01/31/2000", "Document Creation Date: December 9, 2016"],
    ),
    rule(
        "date-field-columns",
        # the form's labels read first, its values after them: the date with its hours
        r"(?<![A-Za-z])DATE,?\s+TIME\s+AND\s+PLACE\s*:?\s+[^\n]{0,300}?"
        rf"(?P<date>{FULL_DATE}),?\s+\d{{1,2}}(?::|\s)\d\d",
        "a telcon form's 'DATE, TIME AND PLACE:' read before its participants: the date, with "
        "its hours, after their names",
        [
            "PARTICIPANTS: DATE, TIME AND PLACE: The President John Q. Doe Notetaker: Richard Roe "
            "June 21, 1991, 10:00 - 10:38am The Oval Office",
            "DATE TIME AND PLACE November 30 1991 9 42 - 10 19am Camp David",
        ],
        ["Bush Library scans (National Security Archive OCR)"],
        ["DATE, TIME AND PLACE: The President met John Q. Doe on June 21, 1991 in the morning"],
    ),
]
(
    MARKING,
    LIBRARY_FRONT_MATTER,
    KIND,
    GARBLED_MEMORANDUM,
    ADDRESS,
    TELEGRAM_FIELD,
    SUBJECT,
    PARTICIPANTS,
    MEMO_FIELDS,
    INSIDE_ADDRESS,
    CLOSING_SIGNER,
    HEAD_DATE,
    DATE_FIELD,
    DATE_COLUMNS,
) = (r.pattern for r in RULES)
DATE_FIELD_REACH = 2500  # a memorandum's header fields, after a long list of participants
# Where the body begins when a scan ran the subject line into it.
BODY_STARTS = re.compile(r"\s+(?=(?:This|The|A|An|I|We|He|It|On|In|At|There|My|Our)\s+[a-z])")
SUBJECT_WORDS = 12  # a subject run into the body is cut where the body begins, or not taken
# "Dear John:", and "Dear Mr. Doe, As you know": a comma before the letter's first sentence
SALUTATION = re.compile(r"\bDear\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?::|,(?=\s+[A-Z]))")
ADDRESS_REACH = 250  # characters before the salutation its address is looked for in
HEAD_DATE_REACH = 300  # a date further in is the body's
KINDS = [
    # A library's "MEMORANDUM OF CONFERENCE WITH THE PRESIDENT" too, as describe.TYPE_HEADINGS
    (r"(?i)^memorandum\s+of\s+con(?:versation|ference)", "memorandum of conversation"),
    (r"(?i)^minutes", "record of meeting"),
    (r"^FM\s|^TELEGRAM", "telegram"),
    (r"(?i)^memorandum\s+f[o0u]r|^(?:ACTION|INFORMATION|BRIEFING)\s", "memorandum"),
    (r"^Dear\s", "letter"),
]


def run_on_line(doc: Document):
    """The line OCR ran the page into: a long one among the first three, or, in a part split
    from a scan run together, the one line that runs to the part's end."""
    end = len(doc.text.rstrip())
    split_from_run_on = doc.parts > 1 and has_run_on_line(doc.source.text)
    lines = top_lines(doc, 4000)  # asked fit after fit: the lines are kept
    if all(len(line.text) < 300 for line in lines[:8]):
        return None  # the common case, told cheaply: no line long enough near the top
    # The reading room's page puts its catalogue's dates on lines of their own above the text.
    catalogue_dates = next((i for i, line in enumerate(lines) if not bare_date(line.text)), 0)
    window = lines[catalogue_dates : catalogue_dates + 4]
    long_line = next(
        (
            line
            for line in window
            if len(line.text) >= 1000
            or len(line.text) >= ONE_LINE_PAGE
            and not NON_SPACE.search(doc.text, line.end)  # a short page, all on one line
            or split_from_run_on
            and len(line.text) >= 300
            and line.end >= end
        ),
        None,
    )
    # A release stamp the cleaner took out cuts the page's run into pieces: the head is the first.
    if long_line is None:
        return None
    return next((line for line in window if len(line.text) >= ONE_LINE_PAGE), long_line)


@lru_cache(maxsize=8)  # asked by every part of a file, fit after fit; a str keeps its hash
def has_run_on_line(text: str) -> bool:
    return any(len(line) >= 1000 for line in text.split("\n"))


def fit(doc: Document) -> float:
    return 0.2 if run_on_line(doc) else 0.0


def read(doc: Document) -> None:
    line = run_on_line(doc)
    # A short heading the cleaner broke off above the run-on line ("ACTION MEMORANDUM ... May
    # 11 1976") is the head's beginning; a declassification stamp over a cable is not.
    above = doc.text[: line.start]
    base = 0 if len(above) <= SHORT_ABOVE and "MEMORANDUM" in above else line.start
    front = LIBRARY_FRONT_MATTER.match(doc.text, line.start, line.start + FRONT_REACH)
    if front:
        base = front.end()
    head = RELEASE_STAMP.sub(
        lambda m: " " * len(m.group()),
        doc.text[base : max(base, line.start) + REACH].replace("\n", " "),
    )  # a release stamp's words are not the header's
    reach = max(base, line.start) + DATE_FIELD_REACH
    field = DATE_FIELD.search(doc.text, base, reach) or DATE_COLUMNS.search(doc.text, base, reach)
    # an editors' long first paragraph is no page run together: its dates are the text's ("A
    # May 22, 1985, memorandum ..." under "34. Editorial Note")
    opening = (
        None
        if printed_heading(doc)
        else OPENING_DATE.match(head) or HEAD_DATE.search(head[:HEAD_DATE_REACH])
    )
    # (the field's offsets are the text's; the head's are from ``base``)
    dated, offset, basis = (
        (field, 0, "DATE field") if field else (opening, base, "date at the head of the page")
    )
    when = parse_date(dated["date"]) if dated else None
    if dated and when:
        at = (offset + dated.start("date"), offset + dated.end("date"))
        if found(doc, "date", when[0], *at, basis):
            doc.date_basis = doc.date_basis or basis
    m = MARKING.search(head)
    if m:
        level = marking_level(m.group("level"))
        found(
            doc,
            "classification",
            level,
            base + m.start("level"),
            base + m.end("level"),
            "marking at the head of the page",
        )
    if state_telegram.read_fields(doc, telegram_fields(head, base)):
        return
    said = head_type(head)
    if said:
        kind, m, group, basis = said
        found(doc, "type", kind, base + m.start(group), base + m.end(group), basis)
    if doc.type == "memorandum":
        memo_fields(doc, head, base)
    elif doc.type == "letter":
        letter_fields(doc, head, base, line)


def memo_fields(doc: Document, head: str, base: int) -> None:
    """ "TO The Secretary FROM L - John Doe": the addressee (a name or an office) and the
    writer (after his office's symbol), their colons lost to OCR."""
    m = MEMO_FIELDS.search(head)
    if not m:
        return
    to = m.group("to")
    # (a name in capitals too: "MEMORANDUM FOR BRENT SCOWCROFT 51 3 7 0 FROM ...")
    who = office_phrase(to) or first_name_phrase(to) or name_on_the_line(to)
    if who:
        at = base + m.start("to")
        found(doc, "recipients", [party(who, at)], at, at + len(who), "TO field")
    value, at = m.group("sender"), base + m.start("sender")
    symbol = OFFICE_SYMBOL_FIRST.match(value)
    if symbol:
        value, at = value[symbol.end() :], at + symbol.end()
    who = first_name_phrase(value) or short_name(name_on_the_line(value) or "")
    if who:
        found(doc, "sender", party(who, at), at, at + len(who), "FROM field")
        # "FROM L - John Doe Telecons Problem There has been ...": the subject, run in
        after = at - base + len(who)
        subject = BODY_STARTS.split(head[after : after + 200], maxsplit=1)
        title = re.sub(r"^\d{1,2}\s+", "", subject[0].strip(" .:"))  # a page's number before it
        if len(subject) > 1 and 0 < len(title.split()) <= SUBJECT_WORDS and title[:1].isupper():
            start = base + after + head[after:].index(title)
            found(doc, "title", title, start, start + len(title), "subject after the FROM field")


def short_name(value: str) -> str | None:
    """ "ZBIGNIEW BRZEZINSKI": a name of two or three words; more ("ARNOLD KA D BLACKWILL") is
    OCR's run of two names, no one's."""
    return value if 2 <= len(value.split()) <= 3 else None


def letter_fields(doc: Document, head: str, base: int, line: Line) -> None:
    """A letter run into one line: the addressee opens the address before "Dear X:", the signer
    follows the closing ("Sincerely, John Q. Nobody Director")."""
    dear = SALUTATION.search(head)
    if dear:
        window = max(0, dear.start() - ADDRESS_REACH)
        m = INSIDE_ADDRESS.search(head, window, dear.start())
        who = name_on_the_line(m.group("name")) if m else None
        if m and who:
            at = base + m.start("name")
            found(doc, "recipients", [party(who, at)], at, at + len(who), "address on the page")
    signed = CLOSING_SIGNER.search(line.text, dear.end() - (line.start - base) if dear else 0)
    who = name_on_the_line(signed.group("name")) if signed else None
    if signed and who:
        at = line.start + signed.start("name")
        found(doc, "sender", party(who, at), at, at + len(who), "signature after the closing")


def printed_heading(doc: Document) -> bool:
    """Whether an editors' heading ("38. Editorial Note") gave the document its kind."""
    said = doc.evidence.get("type")
    return bool(said and said.basis.startswith("FRUS"))


def head_type(head: str) -> tuple[str, re.Match, str | int, str] | None:
    """The kind of document the page's head says it is, the match and its group that say so,
    and why: the first of a heading, a garbled MEMORANDUM, an address, a list of participants
    and a subject line that the head has."""
    m = KIND.search(head)
    if m:
        kind = next((kind for pattern, kind in KINDS if re.match(pattern, m.group("kind"))), None)
        return (kind, m, "kind", "heading at the head of the page") if kind else None
    m = GARBLED_MEMORANDUM.search(head)
    if m and like_memorandum(m.group("word")):
        return "memorandum", m, "word", "heading at the head of the page (garbled)"
    m = ADDRESS.search(head[:300])
    if m:
        return "letter", m, "kind", "address at the head of the page"
    m = PARTICIPANTS.search(head)
    if m:
        # Minutes list those "PRESENT:"; a conversation's memorandum its "PARTICIPANTS".
        kind = "record of meeting" if m.group("present") else "memorandum of conversation"
        return kind, m, 0, "list of participants at the head of the page"
    m = SUBJECT.search(head[:300])
    if m:
        return "memorandum", m, "subject", "subject line at the head of the page"
    return None


def like_memorandum(word: str) -> bool:
    """ "M ORANDtJM", "MEMORANDTJM": the letters OCR left of MEMORANDUM, most of them in order."""
    letters = re.sub(r"[^A-Za-z]", "", word).upper()
    return (
        6 <= len(letters) <= 12
        and difflib.SequenceMatcher(None, letters, "MEMORANDUM").ratio() >= 0.7
    )


def telegram_fields(head: str, start: int) -> dict[str, tuple[str, int]]:
    """A received telegram's header fields run together on one line ("FROM:Moscow Info SECRET
    ... TO: Secretary of State G NO: 1040, January 15, 9 p.m."): each value runs to the next
    field. Only with the telegram's number (NO: 1040,) beside FROM or TO: a memorandum's
    "TO: ... FROM: ..." is no telegram."""
    marks = list(TELEGRAM_FIELD.finditer(head))
    if not marks:
        return {}
    fields: dict[str, tuple[str, int]] = {}
    ends = [mark.start() for mark in marks[1:]] + [len(head)]
    for mark, end in zip(marks, ends, strict=True):
        value = head[mark.end() : end][:80].strip()
        name = mark.group("field").replace("'", "").upper()
        fields.setdefault(name, (value, start + mark.end()))
    numbered = re.match(r"\d+\s*,", fields.get("NO", ("", 0))[0])
    return fields if numbered and ("FROM" in fields or "TO" in fields) else {}
