"""The President's Daily Diary (Nixon and Ford libraries' scans): the usher's log of one day,
on a printed form whose head reads "PLACE DAY BEGAN  DATE (Mo., Day, Yr.)  TIME DAY" over the
place, the day and the hour the day began ("CAMP DAVID MAY 3, 1974 MARYLAND 8:05 a.m.
FRIDAY"). The OCR runs the form's cells into one line. The log is of no kind the
archives name (other), dated by the day it records.
"""

from __future__ import annotations

import re

from ..model import Document
from ..pipeline.dates import parse_date
from ..pipeline.noise import FULL_DATE
from . import found, found_date, head_lines, rule

RULES = [
    rule(
        "diary-heading",
        # (the President's name ends before the form's next cell: "... GERALD R. FORD PLACE DAY")
        r"\b(?:(?:THE|The)\s+)?(?:DAILY\s+DIARY|Daily\s+Diary)\s+(?:OF|of)\s+(?:PRESIDENT|President)\s+"
        r"[A-Z][\w.]*(?:\s+(?!(?:PLACE|DATE|TIME|DAY)\b)[A-Z][\w.]*){0,3}"
        r"|\b(?:PRESIDENT|President)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}['’][Ss]\s+"
        r"(?:DAILY\s+DIARY|Daily\s+Diary)\b",
        "the form's printed heading, naming the President",
        [
            "THE WHITE HOUSE THE DAILY DIARY OF PRESIDENT JOHN Q. DOE",
            "THE PRESIDENT RICHARD ROE'S DAILY DIARY",
        ],
        ["Nixon Library", "Ford Library"],
        ["the time of the call is in the daily diary of the President's office"],
    ),
    rule(
        "date-cell",
        rf"\bDATE\s*\(Mo[.,•]*\s*Day[.,•]*\s*Yr\.?\)\s*(?:[^\d]{{0,80}}?)(?P<date>{FULL_DATE})",
        "the day the diary records: the first date after the form's DATE cell",
        [
            "PLACE DAY BEGAN DATE (Mo., Day, Yr.) CAMP DAVID MAY 3, 1974 MARYLAND",
            "(See Travel Record for Travel Activity) I 0AY DATE (Mo.• Day. Yr.) June 9, 1970 "
            "TIME DAY , 8:05 a.m. Tuesday",
        ],
        ["Nixon Library", "Ford Library"],
        ["DATE (Mo., Day, Yr.) TIME DAY"],
        re.IGNORECASE,  # "FEBRUARY 20, 1975"
    ),
]
DIARY_HEADING, DATE_CELL = (r.pattern for r in RULES)
POINT_FOR_COMMA = re.compile(r"(\d)\.(?=\s+(?:19|20)\d\d\b)")  # "20. 1975"
ONE_AS_I = re.compile(r"(?<=[A-Za-z]\s)[Il](?=,\s+(?:19|20)\d\d)")
HEAD_REACH = 12  # lines of the head: the library's words, the heading, the form's cells


def fit(doc: Document) -> float:
    lines = head_lines(doc, HEAD_REACH)
    if any("DIARY" in line.text.upper() and DIARY_HEADING.search(line.text) for line in lines):
        return 0.6 if any(date_cell(line.text) for line in lines) else 0.0
    return 0.0


def read(doc: Document) -> None:
    lines = head_lines(doc, HEAD_REACH)
    heading = next(((m, line) for line in lines if (m := DIARY_HEADING.search(line.text))), None)
    if heading is None:
        return
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
    """The DATE cell and its date, with the scan's "March I, 1969" and "MAY 3. 1974" repaired:
    only a letter for a figure and a point for a comma, which keep the offsets."""
    return DATE_CELL.search(POINT_FOR_COMMA.sub(r"\1,", ONE_AS_I.sub("1", text)))
