"""The President's Daily Diary (Nixon and Ford libraries' scans): the usher's log of one day,
on a printed form whose head reads "PLACE DAY BEGAN  DATE (Mo., Day, Yr.)  TIME DAY" over the
place, the day and the hour the day began ("THE WHITE HOUSE FEBRUARY 20, 1975 WASHINGTON, D.C.
7:32 a.m. THURSDAY"). The OCR runs the form's cells into one line. The log is of no kind the
archives name (other), dated by the day it records.
"""

from __future__ import annotations

import re

from ..model import Document
from ..pipeline.dates import parse_date, repair_ocr
from ..pipeline.noise import FULL_DATE
from . import found, found_date, head_lines, rule

RULES = [
    rule(
        "diary-heading",
        r"(?i)\b(?:THE\s+)?DAILY\s+DIARY\s+OF\s+PRESIDENT\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}"
        r"|\bPRESIDENT\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}['’]S\s+DAILY\s+DIARY\b",
        "the form's printed heading, naming the President",
        [
            "THE WHITE HOUSE THE DAILY DIARY OF PRESIDENT GERALD R. FORD",
            "THE PRESIDENT RICHARD NIXON'S DAILY DIARY",
        ],
        ["Nixon Library", "Ford Library"],
        ["The time of the meeting is from the President's Daily Diary."],
    ),
    rule(
        "date-cell",
        rf"\bDATE\s*\(Mo[.,•]*\s*Day[.,•]*\s*Yr\.?\)\s*(?:[^\d]{{0,80}}?)(?P<date>{FULL_DATE})",
        "the day the diary records: the first date after the form's DATE cell",
        [
            "PLACE DAY BEGAN DATE (Mo., Day, Yr.) THE WHITE HOUSE FEBRUARY 20, 1975 WASHINGTON",
            "(See Travel Record for Travel Activity) I 0AY DATE (Mo.• Day. Yr.) March 1, 1969 "
            "TIME DAY , 9:39 a.m. Saturday",
        ],
        ["Nixon Library", "Ford Library"],
        ["DATE (Mo., Day, Yr.) TIME DAY"],
        re.IGNORECASE,  # "FEBRUARY 20, 1975"
    ),
]
DIARY_HEADING, DATE_CELL = (r.pattern for r in RULES)
ONE_AS_I = re.compile(r"(?<=[A-Za-z]\s)[Il](?=,\s+(?:19|20)\d\d)")
HEAD_REACH = 12  # lines of the head: the library's words, the heading, the form's cells


def fit(doc: Document) -> float:
    lines = head_lines(doc, HEAD_REACH)
    if any("DIARY" in line.text.upper() and DIARY_HEADING.search(line.text) for line in lines):
        return 0.6 if any(date_cell(line.text) for line in lines) else 0.0
    return 0.0


def read(doc: Document) -> None:
    lines = head_lines(doc, HEAD_REACH)
    heading = next((m, line) for line in lines if (m := DIARY_HEADING.search(line.text)))
    m, line = heading
    found(doc, "type", "other", line.start + m.start(), line.start + m.end(), "daily diary form")
    found(doc, "title", m.group(), line.start + m.start(), line.start + m.end(), "daily diary form")
    for line in lines:
        cell = date_cell(line.text)
        when = parse_date(cell.group("date")) if cell else None
        if cell and when and len(when[0]) == 10:
            at = line.start + cell.start("date")
            found_date(doc, when[0], at, at + len(cell.group("date")), "daily diary: DATE cell")
            return


def date_cell(text: str) -> re.Match | None:
    """The DATE cell and its date, with the scan's "March I, 1969" and "FEBRUARY 20. 1975"
    repaired (letters for figures and points for commas keep the offsets)."""
    return DATE_CELL.search(ONE_AS_I.sub("1", repair_ocr(text)))
