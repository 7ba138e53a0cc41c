"""Dates as archival documents write them, turned into ISO strings."""

from __future__ import annotations

import re
from datetime import date

from ..text_distance import edit_distance

MONTH_NUMBERS = {
    name: n
    for n, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
ORDINAL = r"(?:st|nd|rd|th)?"  # "June 23rd, 1955", "23rd June 1955"
# "November 28 and 29, 1960": two days, the first the date.
MONTH_DAY_YEAR = re.compile(
    rf"\b{MONTH}\s+(?P<day>\d{{1,2}}){ORDINAL}(?:\s+and\s+\d{{1,2}}|\s*[–-]\s*\d{{1,2}})?,?\s+"
    rf"(?P<year>1[89]\d\d|20\d\d)\b",
    re.I,
)
DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d[.,])(?<!\d[–-])(?<!\d\s[–-]\s)\b(?P<day>\d{{1,2}}){ORDINAL}(?:\s*[–-]\s*\d{{1,2}})?\s+"
    rf"(?:of\s+)?{MONTH},?\s+(?P<year>1[89]\d\d|20\d\d)\b",
    re.I,
)
# "5 Jun 62", "25 October 62": the CIA's and the military's short form, with a two-digit year
# of the period.
SHORT_DAY_MONTH_YEAR = re.compile(
    r"(?<![\d/.,])\b(?P<day>\d{1,2})\s+(?P<month>January|February|March|April|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|"
    r"Dec)\.?\s+(?P<year>[4-8]\d)\b(?![/.:]\d)",
    re.I,
)
MONTH_YEAR = re.compile(rf"\b{MONTH}\s+(?P<year>1[89]\d\d|20\d\d)\b", re.I)
NUMERIC = re.compile(r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{2}|\d{4})\b")
MONTH_DAY = re.compile(rf"\b{MONTH}\s+(?P<day>\d{{1,2}})\b", re.I)
# "5.VI.1962", "5.VI.62": the month in Roman numerals, as Soviet papers date them.
ROMAN_DAY_MONTH_YEAR = re.compile(
    r"(?<![\d.])\b(?P<day>\d{1,2})\.\s?(?P<month>[IVX]{1,4})\.\s?(?P<year>19\d\d|\d\d)\b"
)


def embeddable(pattern: re.Pattern) -> str:
    """A pattern's text with its groups unnamed and its flags inline, to stand inside another
    pattern beside others that name the same groups (a dateline rule, a noise test)."""
    text = re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)
    return f"(?i:{text})" if pattern.flags & re.I else text


MONTH_NAMES = [m for m in MONTH_NUMBERS if len(m) > 3]
DIGIT_LOOKALIKES = str.maketrans({"l": "1", "I": "1", "O": "0", "o": "0", "S": "5"})


# "1.6 May 1962", "2 8 FEB 1978": OCR put a speck or a space between the day's digits (a day
# "6" after "1." is no day; a stamp's lone "2" before "8 FEB" is its first digit).
SPLIT_DAY = re.compile(rf"\b(\d)(?:[.,]|(?<=[1-3])\s)(\d)(?=\s+{MONTH}\b)", re.I)
# Spacing and punctuation typists and OCR got wrong between a date's parts: "June5, 1962",
# "June 5 th, 1962", "June 5,1962", "June 5 ,1962", "June 5. 1962", "June 5, 196 2".
DAY_FOLLOWS = re.compile(
    r"\s+\d{1,2}\b"
)  # "Jnne 5": a four-letter month is read only before its day
GLUED_DAY = re.compile(rf"\b{MONTH}(?=\d{{1,2}}\b)", re.I)
SPACED_ORDINAL = re.compile(r"\b(\d{1,2})\s+(st|nd|rd|th)\b")
DAY_YEAR_SEPARATOR = re.compile(  # (its year may be misread too: "April 25. I960")
    rf"(\b{MONTH}\s+\d{{1,2}})\s*[,.]\s*(?=[1Il][89]\d\s?\d\b)", re.I
)
# "5 June 1 962": OCR split the year after its first digit.
SPLIT_CENTURY = re.compile(
    r"(\b\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+|\b[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+)1\s(9\d\d)\b"
)
MONTH_COMMA = re.compile(rf"(\b{MONTH}),(?=\s+\d{{1,2}},?\s+1[89]\d\d\b)", re.I)  # "June, 5, 1962"
SPLIT_YEAR = re.compile(rf"(?P<head>\b{MONTH}\s+\d{{1,2}},\s+1[89]\d)\s(?P<last>\d)\b", re.I)


def repair_ocr(line: str) -> str:
    """Undo OCR damage that hides a date: "Scptember 7, l960" → "September 7, 1960"."""
    line = SPLIT_DAY.sub(r"\1\2", line)
    line = GLUED_DAY.sub(lambda m: m.group() + " ", line)
    line = SPACED_ORDINAL.sub(r"\1\2", line)
    line = DAY_YEAR_SEPARATOR.sub(r"\1, ", line)
    line = SPLIT_YEAR.sub(r"\g<head>\g<last>", line)
    line = MONTH_COMMA.sub(r"\1", line)
    line = SPLIT_CENTURY.sub(r"\g<1>1\g<2>", line)
    words = []
    after = 0  # where the word ends in the line
    for word in line.split(" "):
        after += len(word) + 1
        core = word.strip(",.")
        if ROMAN_DAY_MONTH_YEAR.fullmatch(core):
            pass  # "5.VI.1962": its I and V are the month's
        elif core and sum(ch.isdigit() for ch in core) >= len(core) / 2:
            word = word.translate(DIGIT_LOOKALIKES)
        elif (
            (len(core) >= 5 or len(core) == 4 and DAY_FOLLOWS.match(line, after - 1))
            and core.isalpha()
            and core.lower() not in MONTH_NUMBERS
        ):
            # Compare as written and with OCR's two-letter confusions undone ("Decernber",
            # "Janiiary").
            forms = {
                core.lower(),
                core.lower().replace("rn", "m").replace("ii", "u").replace("cl", "d"),
            }
            for name in MONTH_NAMES:
                if (
                    core[0].lower() == name[0]
                    and any(edit_distance(form, name, 1) <= 1 for form in forms)
                    or core.lower() == name[1:]  # "anuary 14 1976": the capital lost
                ):
                    word = word.replace(core, name.capitalize())
                    break
        words.append(word)
    return " ".join(words)


def iso(year: int, month: int, day: int | None = None) -> str | None:
    """An ISO date if it exists on the calendar, else None."""
    try:
        if day is None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def month_number(name: str) -> int:
    return MONTH_NUMBERS[name.lower().rstrip(".")]


def roman_month(numeral: str) -> int | None:
    """ "VI" → 6; None for what is no month."""
    values = {"I": 1, "V": 5, "X": 10}
    total, previous = 0, 0
    for ch in reversed(numeral):
        value = values[ch]
        total += -value if value < previous else value
        previous = max(previous, value)
    return total if 1 <= total <= 12 else None


def parse_date(text: str, century: int = 1900) -> tuple[str, int, int] | None:
    """The first date written in ``text``: (iso, start, end). Two-digit years fall in
    ``century``."""
    best = None
    patterns = (
        MONTH_DAY_YEAR,
        DAY_MONTH_YEAR,
        NUMERIC,
        SHORT_DAY_MONTH_YEAR,
        ROMAN_DAY_MONTH_YEAR,
        MONTH_YEAR,
    )
    for pattern in patterns:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best[1]:
                break
            year = int(m.group("year"))
            if year < 100:
                year += century
            month = m.group("month")
            month = (
                int(month)
                if month.isdigit()
                else roman_month(month)
                if pattern is ROMAN_DAY_MONTH_YEAR
                else month_number(month)
            )
            if month is None:
                continue
            day = int(m.group("day")) if "day" in pattern.groupindex else None
            value = iso(year, month, day)
            if value and 1900 <= year <= 2030:
                best = (value, m.start(), m.end())
                break
    return best


def parse_month_day(text: str) -> tuple[int, int, int, int] | None:
    """A month and day without a year ("on September 16"): (month, day, start, end)."""
    m = MONTH_DAY.search(text)
    if not m:
        return None
    return month_number(m.group("month")), int(m.group("day")), m.start(), m.end()
