"""The dateline: where and when a document was written, on a line of its own near the top.

"Moscow, July 24, 1959, 7 p.m.", "Washington, December 3, 1962.", "JUNE 26, 1950",
"Glassboro, New Jersey, June 23, 1967, 11:30 a.m.-1:30 p.m.", "5 November 1962". Web copies
sometimes break it across lines ("New" / "York, November 12, 1955–1" / "p.m."). A date in
running text, a receipt date ("[Received January 20, 1947.]") or a catalogue's dates are no
dateline.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..authority.matcher import days_between
from ..authority.offices import POST_CITIES
from ..model import Document
from ..pipeline.dates import (
    MONTH_NUMBERS,
    ROMAN_DAY_MONTH_YEAR,
    SHORT_DAY_MONTH_YEAR,
    embeddable,
    parse_date,
    repair_ocr,
)
from ..pipeline.noise import (
    OPENING_DATE,
    WASHINGTON_SPELLED,
    garbled_banner,
    marking_level,
    nearest_banner,
)
from . import found, head_lines, rule, text_lines

MONTHS = (
    r"(?i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
MONTH_AT_END = re.compile(rf",\s+{MONTHS}$")  # "Washington, January": the day is below
# "June 5, 1962", "June 5–6, 1962" (a meeting over two days: the first is its date), "5 June 1962".
DAYS_ALSO = r"(?:\s+and\s+\d{1,2}|\s*[–-]\s*\d{1,2})?"
# "May 31–June 1, 1972": a meeting over the month's end; the first day is its date (first_day).
ACROSS_MONTHS = rf"{MONTHS}\s+\d{{1,2}}\s*[–-]\s*{MONTHS}\s+\d{{1,2}},?\s+\d{{4}}"
DATE = (
    rf"(?:{ACROSS_MONTHS}|"
    rf"{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?{DAYS_ALSO},?\s+\d{{4}}|(?:the\s+)?\d{{1,2}}(?:st|nd|"
    rf"rd|th)?{DAYS_ALSO}\s+(?:of\s+)?{MONTHS},?\s+\d{{4}}|"
    rf"{embeddable(ROMAN_DAY_MONTH_YEAR)})"  # "5.VI.1962", the Soviet way
)
# "Thursday - September 5, 1974": the day of the week, a dash, the date.
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
DAY_DASH = rf"(?:{WEEKDAY_NAME}\s*[-–—]\s*)?"
# "5 Jun 62": the CIA's short form, on a line of its own.
SHORT_DATE = embeddable(SHORT_DAY_MONTH_YEAR)
# The hour, or the hours it lasted ("4:15–5:40 p.m.", "8:30 p.m. to midnight", "10 a.m.–12:00
# noon"), or the part of the day ("late afternoon").
AM_PM = r"(?i:[ap]\.\s?m\.|[ap]m\b)"  # "3 p.m.", "10:30 AM"
HOUR = rf"\d{{1,2}}(?::\d\d)?\s*{AM_PM}|(?:12(?::00)?\s+)?(?:noon|midnight)"
# "10:05–11:00 a.m. and 11:30 a.m.–12:10 p.m.", "8 p.m.–June 6, 1 a.m.", "3:30 p.m. EDT"
HOURS_TO = rf"(?:\s*(?:[-–]|to)\s*(?:{MONTHS}\s+\d{{1,2}},\s*)?(?:{HOUR}))"
TIME = (
    rf"(?i:(?:\s*[,;.]\s*|\s+|\s*(?:--|[—–-])\s*)(?:at\s+)?(?:{HOUR}|\d{{4}}Z|\d{{1,2}}:?\d\d\s*(?:hours|hrs\.?)|"
    r"(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)|"
    rf"[0-9:.]+\s*{AM_PM}?){HOURS_TO}?(?:\s+and\s+(?:{HOUR}|[0-9:.]+){HOURS_TO}?)?"
    r"(?:\s+(?:[ECMP][SD]T|GMT)\b)?)?"
)
# The room or the occasion after the hour: ", Cabinet Room", "; Secretary's Office", ", at lunch".
ROOM = (
    r"(?:[,;]\s+(?:at\s+)?(?:the\s+)?(?:lunch|dinner|breakfast|"
    r"[A-Z][\w'’.]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.]*){0,3}))?"
)
CLOCK = r"\d{1,2}(?::\d\d)?\s*[ap]\.\s?m\."  # "Washington, 10:30 a.m., May 5, 1961"
BULLET = r"(?:[•·▪*]\s+)?"  # a web copy's list item
MARKER = r"(?:\d{1,2}|/\d{1,2}/)?"  # the footnote marker the editors put after it
# What may follow on the same line: "local time", the time or the receipt in brackets.
AFTER = r"(?:,?\s+(?i:local|Moscow|Washington)\s+time)?(?:\s*[\[(][^\])\n]{0,60}[\])]\.?)?"
# A place: capitalised words (and the particles of place names), not a phrase of prose.
PLACE_WORDS = (
    r"(?:(?:Aboard|On\s+board)\s+(?:the\s+)?)?"  # "Aboard the Presidential Yacht Sequoia"
    r"(?:[A-Z][A-Za-z.'’-]*\*?|de|la|le|am|of|sur|the(?= Kremlin))(?:[ "
    r"-](?:[A-Z][A-Za-z.'’-]*|de|la|le|am|of|sur)){0,3}"
)
RULES = [
    rule(
        "place-and-date",
        rf"^{BULLET}[\"“\[]?(?P<place>{PLACE_WORDS}(?:,\s+{PLACE_WORDS})?),?\]?\s*,?(?:\s+|(?<=,))(?:{CLOCK},\s+)?\[?(?P<date>{DATE}|"
        rf"{MONTHS}\s+\d{{4}})\]?(?:[–-]\d{{1,2}})?{TIME}[–-]?{ROOM}(?:\.{{0,2}}|,)\]?{AFTER}{MARKER}$",
        "a dateline with its place",
        [
            "Moscow, July 24, 1959, 7 p.m.",
            "Cairo,March 21, 1955—4 p.m.",  # the web copy lost the space
            "Moscow, June 6, 1967,5:34 a.m.",
            "Washington, December 3, 1962.",
            "Camp David, September 27, 1959, 11:45 a.m.",
            "Moscow, June 23, 1955—8 p.m.",
            "Moscow, June 23, 1955--8 p.m.",  # a typed transcription's dash
            "[Washington,] May 25, 1961.",
            "Washington, D.C., May 3, 1961",
            "Glassboro, New Jersey, June 23, 1967, 11:30 a.m.-1:30 p.m.",
            "Moscow, April 1 1963.",
            "York, November 12, 1955–1",
            "Moscow, June 23, 1955—8 p.m.1",
            "Washington, 10:30 a.m., May 5, 1961.",
            "Hyannis Port, Massachusetts, August 1963.",
            "Moscow, the Kremlin, October 26, 1962.",
            "Washington, June 23rd, 1955.",
            "Moscow, June 23, 1955—8 p.m. [Received June 24—1:14 a.m.]",
            "New York, June 5, 1962, 8:30 p.m. to midnight.",
            "Washington, June 5, 1962, 10:00 a.m.–12:00 noon.",
            "Washington, June 5, 1962, late afternoon.",
            "• Washington, June 5, 1962",
            "Moscow, 5.VI.1962",
            "Washington, June 5, 1961; 4:30 p.m.",
            "Washington, June 5, 1962, 3 PM",
            "Washington, June 5, 1962, 4:30–5:15 p.m.; Secretary's Office",
            "Washington, the 5th of June, 1962",
            "Washington, June 5, 1962, 1530 hrs.",
            "Moscow, June 5, 1962. 7 p.m.",
            "Moscow, [June 5, 1962].",
            "Moscow, June 5, 1962, 6:09 p.m.–",
            "Moscow , June 5, 1962 , 7 p.m.",
            "Washington, June 5, 1962, 3:30 p.m. EDT",
            "Washington, June 5, 1962, 15:30 hours",
            "Aboard the Presidential Yacht Sequoia, June 5, 1972.",
            "Washington, June 5, 1972, 10:05–11:00 a.m. and 11:30 a.m.–12:10 p.m.",
            "Washington, May 31–June 1, 1972.",
            "Washington, June 5, 1972, 8 p.m.–June 6, 1 a.m.",
            "Tuesday, 5 June 1962",
            "Athens, June 5, 1967,",  # the hour on the next line, in GMT, dropped as noise
            "Pari*, May 22, 1957",  # a speck of the scan for a letter
        ],
        ["FRUS", "State Department telegrams", "Wilson Center translations", "Avalon Project"],
        [
            "Moscow, Berlin and Paris were discussed on July 24, 1959, at length by the ministers.",
            "Kennedy to Khrushchev, 25 October 1962",
        ],
    ),
    rule(
        "date-only",
        # (in brackets under a web copy's title: "(October 12, 1966)")
        rf"^{BULLET}{DAY_DASH}[\"“(]?(?P<date>{DATE}|{SHORT_DATE}){TIME}{ROOM}\.?\)?{AFTER}{MARKER}$",
        "a dateline without a place",
        [
            "JUNE 26, 1950",
            "November 28 and 29, 1960",
            "October 22, 1962",
            "5 November 1962",
            "November 01, 1962",
            "“July 21, 1959",
            "June 23, 1955—8 p.m.",
            "Thursday - September 5, 1974",  # a Ford Library memcon's date, its label lost
            "5 Jun 62",
            "June 5–6, 1962",
            "June 5, 1962 (evening)",
            "5 June 1962, 1500 hours",
            "June 5, 1962, 10:30 AM",
            "June 5, 1962, 3:00 p.m., Cabinet Room",
            "June 5, 1962, at lunch",
            "(October 12, 1966)",
        ],
        ["FRUS", "CIA memoranda", "Wilson Center translations"],
        ["Received July 21, 1959"],
    ),
    rule(
        "meeting-heading",
        rf"^(?:{BULLET}(?:(?i:minutes|notes)\s+o[fn]\s+(?:a\s+|the\s+)?(?:[A-Z][\w.]*['’]s\s+)?"
        rf"(?:Luncheon\s+|Dinner\s+|Breakfast\s+)?)?(?i:meeting|session|conference|"
        rf"luncheon|dinner)\b.{{0,160}}?[\s,]|(?=held\s+on\s))(?:(?i:held)\s+(?:on\s+)?)?"
        rf"(?:{WEEKDAY_NAME},?\s+)?(?P<date>{DATE})",
        "the heading of a meeting's record, with the day it was held",
        [
            "Minutes of Meeting of the Committee of Three Held Tuesday, June 26, 1945, at 9:30 am",
            "• Meeting with General Secretary Leonid I. Brezhnev, Morning, Thursday, June 21, "
            "1973, at Camp David, 11:30 a.m.–12:30 p.m.",
            "SESSION OF THE CPSU CC POLITBURO 22 January 1981",
            "held on June 5, 1989",  # the minutes' heading broken over lines
            "Notes of the President’s Luncheon Meeting with Secretary Rusk, Secretary McNamara, "
            "Walt Rostow and George Christian, July 25, 1967, in the Mansion",
            "Notes on Meeting With the Secretary of War at 10:30 a.m., Monday, March 4, 1946",
        ],
        ["FRUS records of meeting", "translations of Soviet records"],
        ["The meeting was postponed until June 26, 1945."],
    ),
    rule(
        "receipt",
        r"^\[?\s*(?:Received|Rec'?d)\b",
        "a receipt date, which is not the document's",
        ["[Received January 20, 1947.]", "Received July 24, 1959, 9:12 a.m."],
        ["FRUS (1940s volumes)", "State Department telegrams"],
    ),
    rule(
        "place-day-no-year",
        rf"^\[?(?P<place>{PLACE_WORDS}),?\]?,?\s+(?P<month>{MONTHS})\s+(?P<day>\d{{1,2}})"
        r"(?:st|nd|rd|th)?,?(?:\s*[—–-]+\s*\d{1,2}(?::\d\d)?\s*[ap]\.\s?m\.)?\.?$",
        "a dateline without its year, which a file number's dates may give",
        ["[Washington,] May 10,", "Washington, July 7,", "Moscow, May 10—6 p.m."],
        ["FRUS (1940s volumes)"],
        ["Moscow, May 10, 1949", "He left on May 10,"],
    ),
    rule(
        "place-undated",
        rf"^(?P<place>{PLACE_WORDS}),?\s*(?:\[\s*undated\.?\s*\]|undated\b)\.?(?:\s+\(.*)?$",
        "a dateline whose date the editors could not give: its place still holds",
        ["Rome, [undated.]", "Paris, [undated]", "Bonn, undated. (probably June 4th."],
        ["FRUS (1940s volumes)"],
        ["London, undated letters"],
    ),
    rule(
        "created-field",
        # (a page made in 2016 says so too: that is the copy's day, not the paper's)
        r"^Created:\s*(?P<date>\d{1,2}/\d{1,2}/(?:19[4-8]\d|199[0-5]))$",
        "the page's Created field over an OCR scan: the paper's own day, in the records' years",
        ["Created: 11/15/1960", "Created: 6/28/1954"],
        ["CIA reading room text (older pages)"],
        ["Created: 12/14/2016", "Document Creation Date: December 14, 2016"],
    ),
    rule(
        "letterhead-run-in",
        rf"\b(?:THE\s+WHITE\s+HOUSE|NATIONAL\s+SECURITY\s+COUNCIL|DEPARTMENT\s+OF\s+STATE)\s+"
        rf"(?:(?P<marking>TOP\s+SECRET|SECRET|CONFIDENTIAL)\s+)?(?P<place>WASHINGTON)\b[\s_.,-]*"
        rf"(?:D\.?\s?C\.?[\s_.,-]*(?:\d{{5}}[\s_.,-]*)?)?(?P<date>{DATE})\s*$",
        "a letterhead, its marking and its dateline at the end of a line a scan ran together "
        "with the release stamp before them",
        [
            "Objection To Declassification 2008 05 30 NLC-128-9-14-10-4 THE WHITE HOUSE SECRET "
            "WASHINGTON _ April 21 1978",
        ],
        ["presidential library scans"],
        ["THE WHITE HOUSE WASHINGTON"],
    ),
    rule(
        "letterhead-marking-garbled",
        # (the place garbled too: "WASHINGTO]'J September 20, 1974")
        rf"^(?P<place>{WASHINGTON_SPELLED})[^\s\d,]{{0,3}}\s+(?:(?P<marking>[^\s\d]{{6,16}})\s+)?"
        rf"(?P<date>{DATE})\s*$",
        "the letterhead's place, a marking the scan garbled, and the date, run into one line",
        [
            "WASHINGTON eONFlDBNTIAL June 2, 1978",
            "WASHINGTON SECRFT June 5, 1962",
            "WASHINGTO]'J September 20, 1974",
        ],
        ["presidential library scans"],
        ["WASHINGTON, June 5, 1962", "Washington Monthly June 5, 1962"],
    ),
]
(
    PLACE_AND_DATE,
    DATE_ONLY,
    MEETING_HEADING,
    RECEIPT,
    YEARLESS,
    PLACE_UNDATED,
    CREATED,
    LETTERHEAD,
    LETTERHEAD_GARBLED,
) = (r.pattern for r in RULES)
GARBLED_WASHINGTON = re.compile(rf"(?i){WASHINGTON_SPELLED}")
# "... Pursuant to the President's Directive" / "of January 31, 1950": a title's end, no dateline
WRAPPED_TITLE_DATE = re.compile(r"(?:of|on|dated|since|from|to)\s+\S")
# Papers written after the meeting they record: its day is theirs (a briefing memo's is not).
AFTER_THE_MEETING = re.compile(r"(?i)\bfor\s+the\s+(?:President['’]s\s+)?(?:File|Record)\b")
# "Tuesday, 5 June 1962": the day of the week where a place would stand is no place.
WEEKDAY = re.compile(rf"(?i){WEEKDAY_NAME}")
# "[ Released June 6, 1962. Dated June 5, 1962 ]": a presidential papers edition's note
RELEASED_AND_DATED = re.compile(r"^\[\s*Released\s+[^\]]*?\bDated\s+(?P<date>[^\]]+?)\.?\s*\]$")
# A telegram's dateline run into its first line, before the telegram's number.
RUN_IN = re.compile(rf"^(?P<place>{PLACE_WORDS}),\s+(?P<date>{DATE}){TIME}\.?\s+(?=\d{{1,5}}\.\s)")
# The days a dateline spans: "May 31–June 2, 1961", "June 5–8, 1962", "5–8 June 1962".
DAYS_SPANNED = re.compile(
    r"(?P<month>[A-Za-z]+\.?)\s+(?P<day>\d{1,2})\s*[–-]\s*(?P<month2>[A-Za-z]+\.?\s+)?"
    r"(?P<day2>\d{1,2}),?\s+(?P<year>\d{4})"
    r"|(?P<day_>\d{1,2})\s*[–-]\s*(?P<day2_>\d{1,2})\s+(?P<month_>[A-Za-z]+\.?),?\s+(?P<year_>\d{4})"
)
DAYS_OF_ONE_MEETING = 2  # "June 5–6, 1962": a meeting over two days, dated by its first
# A scheduled meeting's length beside its hour: "4:30 p.m. (90 minutes)", "(1 hour)".
MEETING_LENGTH = re.compile(r"\(\s*(?:\d+|one|two)\s+(?:minutes?|hours?)\s*\)")
BRIEFED_DAYS = 14  # a briefing memorandum is written within days of the meeting
SHORT_PIECE = 16  # characters of a dateline's piece on a line of its own
FOOT = 300  # characters at the end of a letter where its dateline may stand
# An intelligence memorandum's number before its dateline, on the same line.
# "OCI No. 2057/64 Washington, ...", and the Australian records' "Cablegram 2430, LONDON, 21
# July 1948, 6.35 p.m." (the kind and its number before the post, in capitals)
NUMBER_BEFORE = re.compile(
    r"^(?:[A-Z]{2,6}\s+No\.\s*\d[\d/-]*\s+(?=[A-Z][a-z])|"
    # ("Cablegram 632 CANBERRA, 1 October 1946", "Cablegram E4 WASHINGTON, ...", "Cablegram
    # unnumbered HMAT KANIMBLA, ...": the Australian editors' line, no comma after the number)
    # (without the comma the post is in capitals: "Telegram 5 May 1946" is a day, not a number)
    r"(?:Cablegram|Telegram|Savingram|Despatch|Dispatch)\s+(?:[A-Z]{0,3}\d{1,6}|unnumbered)"
    rf"(?:,\s+(?=[A-Z])|\s+(?!{MONTHS}\b)(?=[A-Z]{{2,}})))"
)
# A 1940s telegram's classification printed before its dateline ("SECRET Moscow, January 29,
# 1946--6 p.m."): the document's marking, then the dateline.
MARKING_BEFORE = re.compile(
    r"^(?P<marking>TOP\s+SECRET|SECRET|CONFIDENTIAL|RESTRICTED)\s+"
    r"(?=[A-Z][a-z]|\[[A-Z]|[A-Z]{3,}[A-Z ]*,\s+[A-Z][a-z])"  # the print's "SECRET  ATHENS, Ja..."
)
FIELD_LABEL = re.compile(r"^[A-Z][A-Za-z ]{1,30}:")
DIGIT = re.compile(
    r"\d|[lIO]{4}"
)  # a dateline holds its year (OCR may have read its digits as letters)


def fit(doc: Document) -> float:
    return 0.1


def read(doc: Document) -> None:
    # A dateline with the day; one with a month and year only ("Hyannis Port, Massachusetts,
    # August 1963") where none has a day (a section's title, "The Vienna Meetings, June 1961",
    # may stand above the dateline).
    month_only = None
    lines = head_lines(doc)
    for line in lines[:3]:
        m = LETTERHEAD.search(line.text) or LETTERHEAD_GARBLED.match(line.text)
        when = first_day(m.group("date")) if m else None
        if m and when:
            marking = m["marking"]
            if marking and garbled_banner(marking):  # (which takes an undamaged one too)
                at = line.start + m.start("marking")
                level = marking_level(nearest_banner(marking.upper()))
                found(doc, "classification", level, at, at + len(marking), "letterhead")
            take(doc, m, when, line.start)
            return
    created = CREATED.match(lines[0].text) if lines else None
    when = parse_date(created["date"]) if created else None
    if created and when:
        at = lines[0].start + created.start("date")
        if found(doc, "date", when[0], at, at + len(created["date"]), "Created field"):
            doc.date_basis = "Created field"
        return
    for k, line in enumerate(lines):
        run_in = RUN_IN.match(line.text) if len(line.text) > 90 else None
        if run_in and (when := first_day(run_in.group("date"))):
            take(doc, run_in, when, line.start)  # "Moscow, June 5, 1962, 7 p.m. 3012. Eyes ..."
            return
        if (
            len(line.text) > 90
            or not (
                DIGIT.search(line.text) or len(line.text) <= 12 or MONTH_AT_END.search(line.text)
            )
            or RECEIPT.match(line.text)
            or FIELD_LABEL.match(line.text)
            or WRAPPED_TITLE_DATE.match(line.text)
        ):
            continue
        text, start = line.text, line.start
        three = lines[k : k + 3]
        if (
            len(three) == 3
            and all(len(piece.text) <= SHORT_PIECE for piece in three)
            and all(b.start == a.end + 1 for a, b in zip(three, three[1:], strict=False))
            and PLACE_AND_DATE.match(" ".join(piece.text for piece in three))
        ):
            # A narrow column's dateline, a line each: "Washington," / "June 27," / "1965."
            text, start = " ".join(piece.text for piece in three), line.start
        elif (
            k + 1 < len(lines)
            and len(text) <= 12
            and text[:1].isupper()
            and lines[k + 1].start == line.end + 1  # the next line, not after a blank one
            and PLACE_AND_DATE.match(lines[k + 1].text)
        ):
            # A place broken across lines ("New" / "York, November 12, 1955").
            nxt = lines[k + 1]
            text, start = f"{text} {nxt.text}", line.start
        elif (
            k + 1 < len(lines)
            and text.endswith(",")
            and not re.search(r"\b\d{4}\b", text)  # not the telegram's number under a full date
            and re.match(r"\d{4}\b", lines[k + 1].text)
        ):
            # The year on the next line ("Moscow, February 24," / "1945—1 p.m.").
            text, start = f"{text} {lines[k + 1].text}", line.start
        elif (
            k + 1 < len(lines)
            and MONTH_AT_END.search(text)
            and lines[k + 1].start == line.end + 1
            and re.match(r"\d{1,2},?\s+\d{4}\b", lines[k + 1].text)
        ):
            # The day on the next line ("Washington, January" / "19, 1946—6 p.m.").
            text, start = f"{text} {lines[k + 1].text}", line.start
        elif k + 1 < len(lines) and text.endswith(",") and re.match(HOUR, lines[k + 1].text):
            # The hour on the next line ("Washington, June 5, 1962," / "4 p.m.").
            text, start = f"{text} {lines[k + 1].text}", line.start
        numbered = NUMBER_BEFORE.match(text)  # "OCI No. 2057/64 Washington, December 2, 1964."
        if numbered:
            text, start = text[numbered.end() :], start + numbered.end()
        marked = MARKING_BEFORE.match(text)
        if marked:
            text, start = text[marked.end() :], start + marked.end()
        repaired = repair_ocr(text)
        m = PLACE_AND_DATE.match(repaired) or DATE_ONLY.match(repaired)
        when = first_day(m.group("date")) if m else None
        if not m or not when:
            continue
        dated = RELEASED_AND_DATED.match(lines[k + 1].text) if k + 1 < len(lines) else None
        if dated:  # the page's date is the release's; the letter's own is in the bracket
            when = parse_date(dated.group("date")) or when
            m = DATE_ONLY.match(dated.group("date")) or m
            start = lines[k + 1].start + dated.start("date")
        elif k + 1 < len(lines) and bare_date(lines[k + 1].text):
            # A run of bare dates is a catalogue's, its labels lost ("December 9, 2016" /
            # "April 2, 2004" / "June 5, 1962": created, released, published): the last.
            continue
        if posted_over_the_record(when[0], lines[k + 1 : k + 8]):
            continue  # a site's date of posting ("January 20, 2025") over the record's own
        if days_spanned(m.group("date")) and dated_below(lines[k + 1 : k + 8]):
            continue  # "Prewar Crisis, May 15-June 4, 1967": a chapter's title over the paper
        if len(when[0]) == 10 and (
            briefs_for_a_meeting(doc, lines[k + 1 : k + 3]) or proposes_an_agenda(doc, m)
        ):
            # "Thursday, September 18, 1975" / "4:30 p.m. (90 minutes)" / "The Oval Office" over
            # a briefing memorandum: the meeting it prepares, written in the days before it
            if not doc.date and not doc.date_range:
                day = date.fromisoformat(when[0])
                doc.date_range = [(day - timedelta(days=BRIEFED_DAYS)).isoformat(), when[0]]
                doc.date_basis = "before the meeting it prepares"
            return
        if len(when[0]) == 10:
            if numbered and re.match(r"(?:Cablegram|Telegram|Savingram)\b", numbered.group()):
                found(doc, "type", "telegram", line.start, start, "dateline: cablegram number")
            if marked:
                at = start - marked.end()
                level = marking_level(marked["marking"])
                found(doc, "classification", level, at, at + len(marked["marking"]), "dateline")
            take(doc, m, when, start)
            city_alone(doc, lines[:12])  # where the dateline gives the date only
            return
        month_only = month_only or (m, when, start)
    if not month_only and dated_in_the_files_range(doc, lines[:8]):
        return
    if not month_only and meeting_heading(doc, lines[:12]):
        return
    if not month_only:
        for line in lines:
            undated = PLACE_UNDATED.match(line.text)
            if undated:  # no date to take, only the place
                at = line.start + undated.start("place")
                found(doc, "place", undated["place"], at, at + len(undated["place"]), "dateline")
                break
    city_alone(doc, lines[:12])
    if not month_only and doc.type == "letter" and dated_at_the_foot(doc):
        return
    heading = doc.evidence.get("title")
    if month_only and not (
        heading and heading.basis == "FRUS heading" and month_only[2] < heading.start
    ):  # a month above the editors' heading is their chapter's ("The Glassboro Summit, June 1967")
        take(doc, *month_only)


# A date of this year or later over one ten years older is a web page's, not the record's.
POSTED_AFTER = 1990
YEARS_APART = 10


def posted_over_the_record(day: str, below: list) -> bool:
    """Whether a date is a web page's posting over the record's own date a few lines below
    ("January 20, 2025" / ... / "September 5, 1978, at 11 PM")."""
    if int(day[:4]) < POSTED_AFTER:
        return False
    for line in below:
        m = OPENING_DATE.match(line.text)
        when = first_day(m.group("date")) if m else None
        if when and int(when[0][:4]) <= int(day[:4]) - YEARS_APART:
            return True
    return False


def meeting_heading(doc: Document, lines: list) -> bool:
    """A meeting's record headed by the day it was held ("Minutes of Meeting ... Held Tuesday,
    June 26, 1945", "• Meeting with General Secretary Brezhnev, ..., June 21, 1973, at Camp
    David"), where no dateline dates it: that day."""
    if doc.date or doc.date_range:
        return False
    record = doc.type in ("record of meeting", "memorandum of conversation") or bool(
        AFTER_THE_MEETING.search(doc.title or "")
    )
    for line in lines:
        m = MEETING_HEADING.match(line.text)
        when = first_day(m.group("date")) if m else None
        # ("Minutes of ...", "Session of ...": the record's own heading says what it is)
        own = re.match(rf"{BULLET}(?i:(?:minutes|session)\s+of)\b", line.text)
        if m and when and len(when[0]) == 10 and (record or own):
            take(doc, m, when, line.start)
            return True
    return False


def city_alone(doc: Document, lines: list) -> None:
    """A post's city alone on a line of the head ("WASHINGTON" under "THE WHITE HOUSE",
    "Pyongyang" over a Soviet journal): where the paper was written."""
    for line in lines:
        city = line.text.strip(" .,").title()
        if city in POST_CITIES:
            found(doc, "place", city, line.start, line.end, "the city alone at the head")
            return


def first_day(written: str) -> tuple[str, int, int] | None:
    """The date a dateline's date stands for: its first day ("May 31–June 1, 1972": May 31)."""
    spanned = days_spanned(written)
    return (spanned[0], 0, len(written)) if spanned else parse_date(written)


def bare_date(text: str) -> bool:
    """A line that is a date alone (the cheap tests first: OCR repair is dear)."""
    return len(text) <= 40 and bool(DIGIT.search(text)) and bool(DATE_ONLY.match(repair_ocr(text)))


def dated_at_the_foot(doc: Document) -> bool:
    """A letter dated under its signature, as Soviet letters are ("N. KHRUSHCHEV" / "Moscow,
    October 26, 1962")."""
    offset = max(0, len(doc.text) - FOOT)
    for line in text_lines(doc.text[offset:])[-3:]:
        if len(line.text) > 90 or not DIGIT.search(line.text):
            continue
        repaired = repair_ocr(line.text)
        m = PLACE_AND_DATE.match(repaired) or DATE_ONLY.match(repaired)
        when = parse_date(m.group("date")) if m else None
        if m and when and len(when[0]) == 10:
            take(doc, m, when, offset + line.start)
            return True
    return False


# Words that name a kind of paper before its date, not a place: "NSC BRIEFING 6 April 1960";
# or a form's label for it: "DATE, TIME December 11, 1987", "DATE DISTR. 31 March 1949".
PAPER_KIND = re.compile(
    r"(?i)\b(?:briefing|meeting|memorandum|report|notes|summary|minutes|bulletin|digest|"
    r"telegram|cable|situation|items|review|agenda|date|time|distr)\b"
)
AGENDA = re.compile(r"(?i)\bagenda\b")


def briefs_for_a_meeting(doc: Document, below: list) -> bool:
    """Whether the lines under a date give a scheduled meeting's hour and length ("4:30 p.m.
    (90 minutes)") over a memorandum, not a conversation's record."""
    return doc.type == "memorandum" and any(MEETING_LENGTH.search(line.text) for line in below)


def dated_in_the_files_range(doc: Document, lines: list) -> bool:
    """A dateline without its year ("[Washington,] May 10,") under a file number filed days
    after it ("/5–1049"): the one day of the file's range with that month and day."""
    if doc.date or not doc.date_range:
        return False
    first, last = (date.fromisoformat(day) for day in doc.date_range)
    for line in lines:
        m = YEARLESS.match(line.text)
        if not m:
            continue
        month = MONTH_NUMBERS.get(m["month"].lower().rstrip("."))
        days = set()
        for year in {first.year, last.year}:
            try:
                day = date(year, month or 0, int(m["day"]))
            except ValueError:
                continue
            if first <= day <= last:
                days.add(day)
        if len(days) != 1:
            continue
        [day] = days
        at = line.start + m.start("month")
        if found(doc, "date", day.isoformat(), at, line.start + m.end("day"), "dateline"):
            doc.date_basis = "dateline, its year from the file number"
            doc.date_range = None
        take_place(doc, m, line.start)
        return True
    return False


def proposes_an_agenda(doc: Document, m: re.Match) -> bool:
    """Whether a memorandum's dated line is a meeting's agenda ("• NSC Agenda, December 4,
    1979"): the meeting's day, the memorandum written before it."""
    place = m.groupdict().get("place") or ""
    return doc.type == "memorandum" and bool(AGENDA.search(place))


def dated_below(lines: list) -> bool:
    """Whether one of these lines is a dateline of one day ("Washington, May 15, 1967.")."""
    for line in lines:
        m = PLACE_AND_DATE.match(repair_ocr(line.text))
        when = first_day(m.group("date")) if m else None
        if m and when and len(when[0]) == 10 and not days_spanned(m.group("date")):
            return True
    return False


def days_spanned(written: str) -> tuple[str, str] | None:
    """The first and last day of a dateline that spans several."""
    m = DAYS_SPANNED.fullmatch(written.strip())
    if not m:
        return None
    if m["day_"]:
        month, day, month2, day2, year = m["month_"], m["day_"], m["month_"], m["day2_"], m["year_"]
    else:
        month, day, day2, year = m["month"], m["day"], m["day2"], m["year"]
        month2 = (m["month2"] or month).strip()
    first = parse_date(f"{month} {day}, {year}")
    last = parse_date(f"{month2} {day2}, {year}")
    if not first or not last or len(first[0]) != 10 or len(last[0]) != 10:
        return None
    return first[0], last[0]


def take(doc: Document, m: re.Match, when: tuple, start: int) -> None:
    spanned = days_spanned(m.group("date"))
    if spanned and days_between(*spanned) >= DAYS_OF_ONE_MEETING:
        # "Paris, May 31-June 2, 1961" over a memcon: the days of a visit, not which of them
        if not doc.date and not doc.date_range:
            doc.date_range = list(spanned)
            doc.date_basis = "dateline: the days it spans"
    elif found(doc, "date", when[0], start + m.start("date"), start + m.end("date"), "dateline"):
        doc.date_basis = "dateline"
    take_place(doc, m, start)


def take_place(doc: Document, m: re.Match, start: int) -> None:
    """The city a dateline's place names (a building or mission before it left off)."""
    if (
        "place" in m.groupdict()
        and m.group("place")
        and not WEEKDAY.fullmatch(m.group("place"))
        and not PAPER_KIND.search(m.group("place"))
    ):
        place = m.group("place").strip()
        parts = [p.strip() for p in place.split(",")]
        # "The White House, Washington", "USUN, New York": the building or mission, then the city.
        city = (
            parts[1]
            if len(parts) > 1 and (parts[0].startswith("The ") or parts[0].isupper())
            else parts[0]
        )
        city = city.title() if city.isupper() else city  # "[WASHINGTON,]" as the print set it
        if GARBLED_WASHINGTON.fullmatch(city):
            city = "Washington"  # "WASHINGTO]'J": the letterhead's city, its end garbled
        if "*" in city:  # "Pari*": the city the speck stands in, if a letter makes one
            city = next(
                (c for c in (city.replace("*", x) for x in "sSeaoi") if c in POST_CITIES),
                city.replace("*", ""),
            )
        found(doc, "place", city, start, start + len(place), "dateline")
