"""Describe: what a document is, when, where, how classified, from whom to whom, who took part.

The source layouts (``chancery.layouts``) read the header first, each with the rules of the
archive that wrote it. What no layout states comes from generic cues afterwards: a heading
word for the type, a "DATE:" field, classification banners kept as stamps. Every value is
recorded with its evidence. A date the text does not state is never guessed exactly: it
becomes a range with its basis, or nothing.
"""

from __future__ import annotations

import re

from ..layouts import read_header
from ..layouts.dateline import WEEKDAY_NAME
from ..layouts.routing_slip import letters_for_digits
from ..model import Document, Evidence
from .dates import parse_date, repair_ocr
from .noise import MONTHS, garbled_banner, marking_level, nearest_banner

HEAD_CHARS = 2500
LEVELS = ["Unclassified", "Official Use Only", "Confidential", "Secret", "Top Secret"]
CLASSIFICATION = re.compile(
    r"\b(TOP[\s-]+SECRET|(?:FULLY|STRICTLY|ABSOLUTELY)\s+SECRET|SECRET|CONFIDENTIAL|"
    r"LIMITED\s+OFFICIAL\s+USE|"
    r"OFFICIAL\s+USE\s+ONLY|UNCLASSIFIED|RESTRICTED(?!\s+DATA))\b",
    re.I,
)
HANDLING = re.compile(
    r"\b(Limit(?:ed)?\s+Distribution|Eyes\s+Only|Nodis|Exdis|Limdis|Noforn|"
    r"No\s+Distribution|Personal\s+and\s+Confidential)\b",
    re.I,
)
# Generic headings, when no layout named the type.
# A letterhead may share the heading's line once the copy lost its breaks ("DEPARTMENT OF STATE
# Memorandum of Conversation").
LETTERHEAD = (
    r"(?:(?:DEPARTMENT\s+OF\s+STATE|THE\s+WHITE\s+HOUSE|CENTRAL\s+INTELLIGENCE\s+AGENCY|"
    r"WASHINGTON)\W+)?"
)
TYPE_HEADINGS = [
    (
        re.compile(
            rf"(?m)^\W*{LETTERHEAD}(?i:memorandum\s+of\s+(?:a\s+|the\s+)?(?:telephone\s+)?"
            r"(?:co['’]?nversation|conference)|"  # (a speck in the scan: "Co'nversation")
            r"MEMORANDUM\s+OF\s+CONV(?:ERS)?\S*(?:\s\S{1,4})?\s*$|"  # OCR's "CONVERSAT1 ON"
            r"(?:report\s+o[fp]\s+)?conferences?\s+with\b|"
            # the Secretary's note of his meeting with the President, its heading alone
            r"(?i:meeting\s+with\s+the\s+president)\s*$)"
        ),
        "memorandum of conversation",
    ),
    (
        # a page run into one line: the heading, garbled ("CONVERSA TION", "CONVERSAT工ON"),
        # then its participants' label, mid-line
        re.compile(r"MEMORANDUM\s+OF\s+CONVERS\w{0,6}(?:\s\w{1,4})?\s+(?i:par\s?ticipan)"),
        "memorandum of conversation",
    ),
    # a site's title for it: "President Doe–Richard Roe memcon (September 10, 1974)" (its first
    # line, names joined by dashes: a line of prose may end with "the memcon")
    (
        re.compile(
            r"(?im)\A\s*[^\n–—]{1,80}[–—][^\n]{1,160}?\bmemcons?\s*(?:\([^()\n]{0,30}\))?\s*$"
        ),
        "memorandum of conversation",
    ),
    (
        re.compile(
            r"(?im)^\W*(?:national|special\s+national)\s+intelligence\s+estimate[1l]?\b|"
            # ("National Intelligence Estimate1": the editors' note marker, read as a letter)
            r"^\W*S?NIE\s+\d"
        ),
        "intelligence estimate",
    ),
    (re.compile(r"(?im)^\W*editorial\s+note\b"), "editorial note"),
    (
        re.compile(
            r"(?im)^\W*(?:record\s+of\s+(?:a\s+)?meeting|record\s+of\s+actions?\s+(?:taken|of)\b|"
            r"minutes\s+of\b|summary\s+record\s+of\b|minutes\s+no\.\s*\d+\b|"
            # a party's records, as a volume of translations numbers them: "Document No. 51:
            # Transcript of PUWP CC Politburo Meeting", "Protocol No. 18 of ... Meeting"
            r"(?:\d+\s+)?(?:document\s+no\.\s*\d+:?\s+)?(?:transcript|protocol)\s+"
            r"(?:no\.\s*\d+\s+)?of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,5}?"
            r"(?:meeting|session)\b|"
            r"summary\s+of\s+(?:a\s+|the\s+)?meeting\b|"
            # "Transcript of Discussions Held On the Occasion of the Visit ...", "Transcript of
            # Interviews at the Central Committee ... With the Delegation of ..."
            r"transcript\s+of\s+(?:the\s+)?(?:discussions|interviews|talks|negotiations)\b|"
            r"notes\s+(?:on|of)\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}meeting\b|"
            r"memorandum\s+of\s+(?:a\s+)?meeting\s+of\b)"
        ),
        "record of meeting",
    ),
    (
        re.compile(
            r"(?im)^\W*(?:(?:incoming|outgoing|department\s+of\s+state)\s+)?(?:telegram|airgram)\b|"
            r"^\W*(?:niact|flash|priority|immediate)\b.*$\n?.*\bfrom\b"
        ),
        "telegram",
    ),
    (
        re.compile(
            rf"(?m)^\W*{LETTERHEAD}(?i:memorandum\s+for\b|memorandum\s*$|memorandum\s+from\b|"
            r"(?:intelligence|research|action|information|briefing)\s+memorandum\b)"
        ),
        "memorandum",
    ),
]
# A classification on a line of its own near the top, with the precedence set beside it in
# older copies ("top secret   us urgent").
BANNER_LINE = re.compile(
    r"(?im)^\W*(?:classification\s*:\s*|personal\s+and\s+)?("
    + CLASSIFICATION.pattern
    + r")(?:(?:\s+|\s*[-—–/;]+\s*)(?:us\s+)?(?:urgent|priority|niact|immediate|flash|routine|"
    r"eyes\s+only|nodis|exdis|limdis|nof[o0]rn|sensitive|codeword|x?gds(?:-\d)?|nocon(?:tract)?|"
    r"orcon|wnintel|"
    r"for\s+(?:the\s+)?(?:president|secretary|addressee)(?:['’]s\s+eyes)?\s+only))*\W*$"
)
# Soviet documents mark the copy beside the classification: "Secret, Copy No. 1", "SECRET.
# Copy No. 3", "SECRET Copy Nº 3".
COPY_MARKING = re.compile(
    # (the marking capitalised: "kept secret, copy No. 2 going to ..." is prose)
    r"\b((?:(?i:top)\s+)?(?:Secret|SECRET))\s*,?\s+(?i:copy\s+(?:no\b|n[º°]|№|\d))"
    # (a full stop between them only in capitals: "kept Secret. Copy No. 2 of the draft" is prose)
    r"|\b((?:TOP\s+)?SECRET)\.\s+(?i:copy\s+no)\b"
)
# A translation's marking run into its heading: "Top Secret Memorandum of Conversation between ..."
MARKING_BEFORE_KIND = re.compile(
    r"(?m)^\W*(Top\s+Secret|TOP\s+SECRET|Secret|SECRET|Confidential|CONFIDENTIAL)\s+"
    r"(?=(?:Memorandum|MEMORANDUM|Record|RECORD|Telegram|TELEGRAM|Letter|Minutes|Report|Cable)\b)"
)
# A translation's title line with the marking inside it: "Ministry of Foreign Affairs Top Secret
# Telegram", "Secret North Vietnam Politburo Cable".
MARKING_IN_TITLE = re.compile(
    r"(?m)^\W*(?:[A-Z][\w']*(?:\s+of)?\s+){0,4}?(Top\s+Secret|Secret|Confidential)\s+"
    r"(?!(?:Service|Police|Speech|Mission)\b)"  # "The Secret Service Report" is a title
    r"(?:[A-Z][\w-]*\s+){0,3}(?:Telegram|Cable|Memorandum|Report|Letter)[ \t]*$"
)
# A marking typed letter by letter at the head of the page: "S-E-C-R-E-T", "T-O-P S-E-C-R-E-T".
SPELLED_MARKING = re.compile(r"^\W*((?:T-O-P\s+)?S-E-C-R-E-T|C-O-N-F-I-D-E-N-T-I-A-L)\b")
# Notes of a meeting named by their taker: "Bohlen Minutes", "Hiss Notes".
TAKER_NOTES = re.compile(
    r"(?m)^\s*(?P<title>[A-Z][a-z]+ (?:Minutes|Notes))\d{0,2}\s*$"
)  # note marker
# "DATE: June 5, 1962", "Date/Time:", "DATE, TIME AND PLACE:", "Time and Place:".
DATE_FIELD = re.compile(
    r"(?im)^[ \t]*(?:DAT[EC]D?(?:[ \t]*/[ \t]*TIME|,?[ \t]+(?:AND[ \t]+)?TIME(?:,?[ \t]+AND"
    r"[ \t]+PLACE)?)?|TIME[ \t]+AND[ \t]+PLACE)[ \t]*[:.]?[ \t]+"
    # (an archive's dates on its withdrawal sheet are not the paper's: "DATE WITHDRAWN 01/31/2000")
    r"(?!(?:WITHDRAWN|RECEIVED|RELEASED|DECLASSIFIED|OF\s+RELEASE)\b)(.+)$"
)
PLACE_FIELD = re.compile(r"(?im)^[ \t]*PLACE[ \t]*:[ \t]*(.+)$")
# A memcon's "Time: 10:15 a.m., April 28, 1954" where it has no date field.
TIME_FIELD = re.compile(r"(?im)^[ \t]*TIME[ \t]*:[ \t]*(.+)$")
WASHINGTON_CUES = re.compile(
    r"(?i)\bWhite\s+House\b|\bSecretary'?s\s+office\b|\bDepartment\s+of\s+State\b|"
    r"\bState\s+Department\b|\bWashington\b"
)
PLACE_IN_NOTE = re.compile(
    r"(?i)\b(?:held|took\s+place)\s+(?:at|in)\s+(?:the\s+)?([A-Z][\w.' ]+?)(?:[.,;]|$)"
)


def describe(doc: Document) -> Document:
    read_header(doc)
    if not doc.type:
        doc.type, basis = generic_type(doc)
        if basis:
            doc.evidence["type"] = basis
    if not doc.date:
        date_field(doc)
    if not doc.date and doc.type in ("memorandum of conversation", "record of meeting"):
        opening_date(doc)
    if not doc.classification and not no_marking(doc):
        doc.classification = banner_classification(doc) or portion_marked(doc)
    elif by_catalogue(doc):
        # The reading room's code ("Original Classification: U") describes the release; the
        # document's own banner ("TOP SECRET") says how it was classified.
        doc.classification = (
            banner_classification(doc) or marking_in_short_lines(doc) or doc.classification
        )
    doc.handling = list(dict.fromkeys([*doc.handling, *banner_handling(doc)]))
    if not doc.place:
        doc.place = generic_place(doc)
    doc.collection = doc.collection or collection_of(doc)
    return doc


def generic_type(doc: Document) -> tuple[str | None, Evidence | None]:
    text = doc.text
    if not text.strip():
        return None, None
    head = letters_for_digits(text[:HEAD_CHARS])
    m = TAKER_NOTES.search(head)
    if m:
        doc.title = doc.title or m.group("title")
        return "record of meeting", Evidence(
            m.start("title"), m.end("title"), "notes named by their taker"
        )
    for pattern, kind in TYPE_HEADINGS:
        m = pattern.search(head)
        if m:
            if kind == "editorial note" and not doc.title:  # the editors' heading is its title
                doc.title = "Editorial Note"
            return kind, Evidence(m.start(), m.end(), "heading")
    m = TALK_WITH_THE_PRESIDENT.search(head)
    if m:  # the Secretary's note of what he took up with the President, in the first person
        return "memorandum of conversation", Evidence(m.start(), m.end(), "a talk told")
    m = COUNCIL_ACTION.search(text)
    if m:  # a page of the Council's minutes, without their heading
        return "record of meeting", Evidence(m.start(), m.end(), "the Council's record of action")
    m = SUBJECT_LINE.search(text[:SUBJECT_REACH])
    if m:  # "SUBJECT: The Estimative Record on Cuba" over "Attached for your information ..."
        return "memorandum", Evidence(m.start(), m.end(), "subject line, no other cue")
    return "other", Evidence(-1, -1, "no cue")


# A memorandum's subject line among the first lines, its heading lost.
SUBJECT_LINE = re.compile(r"(?m)^[ \t]*SUBJECT\s*:[ \t]*[A-Z]")
SUBJECT_REACH = 300


# "I explained to the President ...", "I went over with the President ...", "I told the President
# that ...": a paragraph that opens by telling the writer's talk with the President.
TALK_WITH_THE_PRESIDENT = re.compile(
    r"(?m)^[ \t]*I[ \t]+(?:(?:told|asked|showed|handed|gave|informed|reminded|advised|urged|"
    r"reported\s+to|explained\s+to|mentioned\s+to|read\s+to|went\s+over\s+with|"
    r"discussed\s+with|raised\s+with|took\s+up\s+with|talked\s+with|spoke\s+to|saw)"
    r"[ \t]+the[ \t]+President\b)"
)
# The National Security Council's minutes record what it decided after the discussion: "The
# National Security Council: Agreed that ...", "Noted and discussed ...".
COUNCIL_ACTION = re.compile(
    r"\bThe\s+National\s+Security\s+Council:?\s+(?:Agreed|Noted|Discussed|Adopted|Concurred)\b"
)


# A paragraph's own marking at its end, as papers of the 1970s carry them ("... bad. (S)").
PORTION_MARK = re.compile(r"(?m)[.!?:]\d{0,3}\s*\((TS|S|C|U)\)\s*$")  # "... bad.4 (S)" too
PORTION_LEVELS = {"TS": "Top Secret", "S": "Secret", "C": "Confidential", "U": "Unclassified"}


# A cable's first paragraph saying how the whole is classified: "1. (S—Entire text)", "1. (C -
# ENTIRE TEXT.)", "1. Secret—Entire text."
ENTIRE_TEXT = re.compile(
    r"(?im)^\s*\d{1,2}\.\s*\(?\s*(?P<mark>TS|S|C|U|Top\s+Secret|Secret|Confidential|Unclassified)"
    r"\s*\)?\s*[-—–]?\s*entire\s+text\b"
)


def portion_marked(doc: Document) -> str | None:
    """A document marked paragraph by paragraph is classified as its highest paragraph (or as
    its first paragraph says the entire text is)."""
    entire = ENTIRE_TEXT.search(doc.text, 0, HEAD_CHARS * 2)
    if entire:
        mark = entire["mark"].upper()
        return PORTION_LEVELS.get(mark) or marking_level(" ".join(entire["mark"].split()))
    marks = {m.group(1) for m in PORTION_MARK.finditer(doc.text)}
    for mark in ("TS", "S", "C", "U"):
        if mark in marks:
            return PORTION_LEVELS[mark]
    return None


def date_field(doc: Document) -> None:
    """A "DATE:" field of a memorandum's header (or, without one, a conversation's "Time:"
    field: elsewhere the time of an event it reports)."""
    head = doc.text[:HEAD_CHARS]
    fields = [(DATE_FIELD, "DATE field")]
    if doc.type in ("memorandum of conversation", "record of meeting"):
        fields.append((TIME_FIELD, "TIME field"))
    for field, basis in fields:
        m = field.search(head)
        if not m:
            continue
        when = parse_date(repair_ocr(m.group(1)))
        if when:
            doc.date, doc.date_basis = when[0], basis
            doc.evidence["date"] = Evidence(m.start(1) + when[1], m.start(1) + when[2], basis)
            return


# A full date (month, day and year) early in a paragraph that opens by saying a meeting happened.
MEETING_SENTENCE = re.compile(
    r"^(?P<sentence>[^\n]{0,200}?\b(?:met|received|called\s+on|called\s+at|"
    r"conversation|meeting|lunch(?:eon)?|dinner)\b[^\n]{0,120}?"
    rf"\b(?P<date>(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}}))"
    # or discussions on the day named with its weekday: "Memorandum of Informal Discussions ...
    # Tuesday Afternoon, April 3, 1951" (not a treaty the talks recalled, "signed on May 15, 1955")
    rf"|^[^\n]{{0,200}}?\b(?:[Dd]iscussions|[Tt]alks)\b[^\n]{{0,120}}?\b{WEEKDAY_NAME}\b[^\n]{{0,20}}?"
    rf"(?P<day>(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}})"
    # or the date first: "At 10:00 A. M. on May 29, 1954, Emperor Haile Selassie called on ..."
    rf"|^(?:At|On)\b[^\n]{{0,40}}?\b(?P<first>(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}})\b[^\n]{{0,160}}?"
    r"\b(?:met|received|called\s+on|called\s+at|visited|conferred|lunched|dined|"
    r"came\s+together|gathered|assembled|convened|"  # "... the above listed persons came together"
    r"(?:meeting|conversation|discussion)\s+was\s+held)\b"
)


def opening_date(doc: Document) -> None:
    """A record with no date line dated by its first paragraph: "President Eisenhower received
    Ambassador Menshikov at 10:00 a.m., February 11, 1958"."""
    heading = doc.evidence.get("title")
    begin = heading.end if heading and heading.end > 0 else 0
    # The first paragraphs of running text (the lists of subject and participants come before
    # them, and a form's fields: "Action Required: To determine ...").
    paragraphs = [
        m
        for m in re.finditer(r"[^\n]{80,}", doc.text[begin : begin + 5000])
        if not FIELD_OPENING.match(m.group())
    ][:OPENING_PARAGRAPHS]
    for first in paragraphs:
        for m in MEETING_SENTENCE.finditer(first.group()[:400]):
            group = next(g for g in ("date", "day", "first") if m.group(g))
            when = parse_date(m.group(group))
            if when:
                at = begin + first.start() + m.start(group)
                doc.date, doc.date_basis = when[0], "first sentence"
                doc.evidence["date"] = Evidence(at, at + len(m.group(group)), "first sentence")
                return


OPENING_PARAGRAPHS = 1  # (a later one may recall an earlier day: "the talks ... signed on May 15")
# A form's field before the first paragraph: "Action Required: ...", "SUBJECT: ...", "Topic for
# Discussion: ..." (a label of a few words, not a sentence's "The Ambassador said: ...")
FIELD_OPENING = re.compile(r"^[ \t]*(?!The\s)[A-Z][A-Za-z]*(?:[ \t]+[A-Za-z]+){0,3}:\s")


def marking_in_short_lines(doc: Document) -> str | None:
    """A marking OCR ran into specks ("er-TOP-SECRET-----e"), on a short line of the head."""
    levels = [
        level_of(m.group(1))
        for line in doc.text[:1500].splitlines()
        if len(line.strip()) <= 40
        for m in [CLASSIFICATION.search(line)]
        if m
    ]
    marked = [level for level in levels if level]
    if not marked:
        return None
    doc.evidence["classification"] = Evidence(-1, -1, "classification marking")
    return max(marked, key=LEVELS.index)


def by_catalogue(doc: Document) -> bool:
    evidence = doc.evidence.get("classification")
    return bool(evidence and evidence.basis.startswith("catalogue"))


def no_marking(doc: Document) -> bool:
    """The editors say the document carries no classification marking."""
    evidence = doc.evidence.get("classification")
    return bool(evidence and "no classification marking" in evidence.basis)


def banner_classification(doc: Document) -> str | None:
    """The highest classification the banners and header lines show (a routing slip's printed
    grid of levels is no classification)."""
    if doc.type == "routing slip":
        return None
    found: list[str] = []
    found += [
        closest_banner(s.text.replace("~", "")) for s in doc.stamps if s.kind == "classification"
    ]
    found += [  # each marking a page header holds ("UNCLASSIFIED SECRET E13 RELEASED IN FULL":
        # the reviewer's release over the cable's own level)
        m.group()
        for s in doc.stamps
        if s.kind == "page-header"
        for m in CLASSIFICATION.finditer(s.text)
    ]
    found += [  # "personal and top secret", which the clean stage took for scan garbage
        s.text for s in doc.stamps if s.kind == "garbage" and BANNER_LINE.match(s.text.strip())
    ]
    found += [  # "USSR TOP SECRET Copy Nº 2", taken for garbage or a file mark too
        m.group(1) or m.group(2)
        for s in doc.stamps
        if s.kind in ("garbage", "file-mark") and s.start < 1500
        for m in COPY_MARKING.finditer(s.text)
    ]
    for m in BANNER_LINE.finditer(doc.text[:2500]):
        found.append(m.group(1))
    for m in COPY_MARKING.finditer(doc.text[:1500]):
        found.append(m.group(1) or m.group(2))
    for m in MARKING_BEFORE_KIND.finditer(doc.text[:1500]):
        found.append(m.group(1))
    for m in MARKING_IN_TITLE.finditer(doc.text[:1500]):
        found.append(m.group(1))
    spelled = SPELLED_MARKING.match(doc.text[:300])
    if spelled:  # "S-E-C-R-E-T 16 May 1962 MEMORANDUM FOR RECORD": a scan's page in one line
        found.append(spelled.group(1).replace("-", ""))
    levels = [lv for lv in (level_of(f) for f in found) if lv is not None]
    if levels:
        doc.evidence["classification"] = Evidence(-1, -1, "classification banner")
    return max(levels, key=LEVELS.index) if levels else None


def banner_handling(doc: Document) -> list[str]:
    return [
        normalize_handling(h)
        for s in doc.stamps
        if s.kind == "classification"
        for h in HANDLING.findall(s.text)
    ]


def closest_banner(text: str) -> str:
    """The classification a (possibly OCR-damaged) marking stands for."""
    if level_of(text):
        return text
    upper = text.strip().upper()
    if not garbled_banner(upper) and len(upper) > 20:
        return upper
    return nearest_banner(upper)


def level_of(text: str) -> str | None:
    m = CLASSIFICATION.search(text.replace("~", ""))
    if not m:
        return None
    return marking_level(m.group(1).replace("-", " "))


def normalize_handling(value: str) -> str:
    value = " ".join(value.split())
    return value.title() if len(value) > 6 else value.capitalize()


def generic_place(doc: Document) -> str | None:
    m = PLACE_FIELD.search(doc.text[:HEAD_CHARS])
    if m:
        return m.group(1).strip().rstrip(".")
    held = PLACE_IN_NOTE.search(doc.source_note or "")
    if held:
        return "Washington" if WASHINGTON_CUES.search(held.group(1)) else held.group(1).strip()
    m = DATE_FIELD.search(doc.text[:HEAD_CHARS])
    if m:
        # A memorandum's header often names the room ("Secretary's office") below the date.
        after = doc.text[m.end() : m.end() + 200]
        if WASHINGTON_CUES.search(after.split("SUBJECT")[0]):
            return "Washington"
    return None


def collection_of(doc: Document) -> str | None:
    if doc.release and (doc.release.get("id") or "").upper().startswith("CIA-RDP"):
        return "crest"
    if doc.frus or (doc.source_note and doc.footnotes):
        return "frus"
    return None
