"""The editors' source note: where the document is, its classification and handling, who
drafted and approved it, and sometimes when it was drafted.

It comes as the first footnote ("1. Source: Department of State, Central Files, 611.61/1-1059.
Secret; Limit Distribution. Drafted by McConaughy."), in web copies as a list item ending in
"↩", in older web copies as "/1/Source: ..." under the dateline, and in other sites'
transcriptions as a "Source:" paragraph after the signature. The clean stage turns each
form into a footnote; this layout reads it.
"""

from __future__ import annotations

import re

from ..authority.registry import latest
from ..model import Document, Evidence
from ..pipeline.dates import parse_date, parse_month_day
from ..pipeline.noise import marking_level
from . import fallback, found, party, rule
from .frus import file_range

LEVEL = (
    r"Top Secret|Secret|Confidential|Limited Official Use|Official Use Only|Unclassified|Restricted"
)
RULES = [
    rule(
        "classification",
        rf"(?:^|[.;:]\s+|\)\s+)(?P<level>{LEVEL})(?=\s*[;.,/]|\s*$|"
        rf"\s+(?:and\s+)?(?:Eyes|Sensitive|Nodis|Exdis|Limdis|Noforn|Priority|Niact|"
        r"Immediate|Flash|Routine|Personal|Limit|No\s+Distribution|Cherokee|Specat|Operational))",
        "the classification the source note gives",
        [
            "Central Files, 611.61/1-1059. Secret; Limit Distribution. Drafted by McConaughy.",
            "Box 19. Top Secret; Nodis.",
            "POL 23–8 USSR. Confidential. Drafted by Henry.",
            "Vol. 3, Tab 26. Top Secret/Sensitive; For the President Only.",
        ],
        ["FRUS source notes"],
        ["Office of the Secret Service files, Box 3. Drafted by Jones."],
    ),
    rule(
        "unclassified",
        r"\bNo classification marking\b",
        "a document the editors found unmarked",
        ["Box 489, Dobrynin/Kissinger, 1970. No classification marking."],
        ["FRUS source notes"],
    ),
    rule(
        "drafted-by",
        r"\b[Dd]rafted(?:\s+and\s+(?:approved|initialed|"
        r"signed))?\s+by\s+(?P<who>(?:(?:[A-Z]\.|"
        r"[A-Z][\w'’-]+)\s+){0,3}[A-Z][\w'’-]+)(?:\s+(?:on|"
        r"in)\s+(?P<when>[A-Z][a-z]+\.?\s+\d{1,2}))?",
        "who drafted it, and the day when the note says",
        [
            "Secret. Drafted by McConaughy.",
            "Drafted by McCone on September 2.",
            "Drafted by William D. Krimer; approved by Rusk.",
        ],
        ["FRUS source notes"],
    ),
    rule(
        "approved-by",
        r"\b[Aa]pproved(?:\s+and\s+initialed)?\s+by\s+(?P<who>(?!the\b)(?:(?:[A-Z]\.|"
        r"[A-Z][\w'’-]+)\s+){0,3}[A-Z][\w'’-]+)",
        "who approved it",
        [
            "Drafted by Henry and approved and initialed by Thompson.",
            "Approved by Rusk on January 12.",
        ],
        ["FRUS source notes"],
        ["The memorandum was approved by the White House on June 23."],
    ),
    rule(
        "file-number",
        r"\bCentral\s+Files,?\s+\d{3}[A-Z]?\.[\dA-Z]+(?:/[\dA-Z]+)*?/(?P<month>\d{1,2})\s*[–-]\s*"
        r"(?P<dayyear>\d{1,2}\s?\d{2})\b",
        "the decimal file number, whose digits after the slash are the day it was filed",
        [
            "Department of State, Central Files, 761.00/5–1756. Secret.",
            "Central Files, 611.61/1-1059. Secret; Limit Distribution.",
            "Central Files, 761.00/1 - 758. Secret; Priority.",
            "Department of State, Central Files, 756D.00/12–2057. Secret; Priority.",
        ],
        ["FRUS source notes of the 1940s-50s"],
        ["Central Files, POL 23–8 USSR. Confidential.", "Central Files 1964–66, POL 7 US."],
    ),
    rule(
        "signed-for",
        r"\bwho\s+signed\s+for\s+(?P<who>(?:[A-Z]\.\s|[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)",
        "the Secretary an unsigned outgoing telegram went out under",
        ["Drafted by Klosson and cleared with EE and Armstrong, who signed for Dulles."],
        ["FRUS source notes"],
        ["Approved by Rusk, who signed the telegram."],
    ),
    rule(
        "drafting-note",
        r"^This\s+[a-z]+(?:\s+[a-z]+)?\s+was\s+drafted\b",
        "older volumes tell the drafting in a note of its own, not in the source note",
        ["This telegram was drafted by Jernegan of NEA and approved by Merchant."],
        ["FRUS (history.state.gov), volumes of 1945–1960"],
        ["Source: Central Files, 611.61/1-1059. Drafted by McConaughy."],
    ),
]
MONTH_ABBREVIATION = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
RULES.append(
    rule(
        "folder-months",
        rf"\b(?P<first>{MONTH_ABBREVIATION}\s+(?:19)?\d\d)\s*[–-]\s*"
        rf"(?P<last>{MONTH_ABBREVIATION}\s+(?:19)?\d\d)\b",
        "a file's folder of months, which holds the document",
        [
            "NSC Files, Box 611, Country Files, Middle East, Israel, Vol. 13, Nov. 73–Dec. 73.",
            "Country Files, Europe, USSR, Vol. II, January 1961–June 1961. Secret.",
        ],
        ["FRUS source notes of presidential libraries' files"],
        ["Central Files 1964–66, POL 7 US.", "Telegram 8996 from Tel Aviv, November 6."],
    )
)
(
    CLASSIFICATION,
    UNCLASSIFIED,
    DRAFTED,
    APPROVED,
    FILE_NUMBER,
    SIGNED_FOR,
    DRAFTING_NOTE,
    FOLDER_MONTHS,
) = (r.pattern for r in RULES)
# "RG 59, Central Files 1964–66": the Department's files of those years hold the document.
FILE_YEARS = re.compile(r"\bCentral\s+Files,?\s+(?P<first>19\d\d)\s*[–-]\s*(?P<last>\d{2,4})\b")
HANDLING = re.compile(
    r"\b(Limit(?:ed)?\s+Distribution|Eyes\s+Only|Nodis|Exdis|Limdis|Noforn|"
    r"No\s+Distribution|Personal\s+and\s+Confidential|"
    r"Cherokee|Sensitive)\b",
    re.I,
)
NOT_A_PERSON = re.compile(r"^(?:the|a|an|his|her|its)\b", re.I)


def fit(doc: Document) -> float:
    return (
        0.1
        if any(is_source_note(n.text) or DRAFTING_NOTE.match(n.text) for n in doc.footnotes)
        else 0.0
    )


def is_source_note(text: str) -> bool:
    return text.lstrip().lower().startswith("source:")


def read(doc: Document) -> None:
    note = next((n for n in doc.footnotes if is_source_note(n.text)), None)
    if note is not None:
        read_source_note(doc, note.text)
    drafting = next((n for n in doc.footnotes if DRAFTING_NOTE.match(n.text)), None)
    if drafting is not None:
        drafters(doc, drafting.text, "the editors' note")


# The editors print a memorandum's signature as the initial its writer signed it with, alone on
# its line ("G." / "Brigadier General, USA").
INITIAL_LINE = re.compile(r"(?m)^[ \t]*(?P<initial>[A-Z])\.[ \t]*$")


def signed_initial(doc: Document) -> re.Match | None:
    """The initial a memorandum is signed with: the last initial alone on its line, with at
    most its office's line between it and the notes (or the end)."""
    last = next(reversed(list(INITIAL_LINE.finditer(doc.text))), None)
    if last is None:
        return None
    after = [line.strip() for line in doc.text[last.end() :].split("\n") if line.strip()]
    if not after or NOTE_START.match(after[0]):
        return last
    if len(after[0]) <= 60 and (len(after) == 1 or NOTE_START.match(after[1])):
        return last  # "Brigadier General, USA", then the notes
    return None


# A FRUS heading of a memorandum for the record, by no one ("236. Memorandum for the Record").
MEMORANDUM_FOR_THE_RECORD = re.compile(r"\s*(?:\d+\.\s+)?Memorandum for the Record\W*\d*\s*$", re.M)
NOTE_START = re.compile(r"^\d{1,2}\.\s+(?:Source:|[A-Z])")


def drafters(doc: Document, text: str, basis: str) -> re.Match | None:
    """Who drafted and who approved, as a note tells it."""
    drafted = DRAFTED.search(text)
    if drafted and not NOT_A_PERSON.match(drafted.group("who")):
        found(doc, "drafted_by", party(drafted.group("who")), basis=basis)
    approved = APPROVED.search(text)
    if approved:
        found(doc, "approved_by", party(approved.group("who")), basis=basis)
    return drafted


def read_source_note(doc: Document, note_text: str) -> None:
    text = note_text.split(":", 1)[1].strip()
    doc.source_note = doc.source_note or text
    level = CLASSIFICATION.search(text)
    if level:
        doc.classification = marking_level(
            level.group("level")
        )  # the editors' word outranks stamps
        doc.evidence["classification"] = Evidence(-1, -1, "source note")
    elif UNCLASSIFIED.search(text):
        doc.evidence["classification"] = Evidence(-1, -1, "source note: no classification marking")
    doc.handling = list(
        dict.fromkeys([*doc.handling, *(normalize(h) for h in HANDLING.findall(text))])
    )
    drafted = drafters(doc, text, "source note")
    if not doc.date and drafted and drafted.group("when"):
        drafted_on(doc, drafted.group("when"), text)
    initial = (
        signed_initial(doc)
        if drafted and not doc.sender and doc.type not in ("telegram", "letter")
        else None
    )
    if drafted and initial:
        # "G." over "Brigadier General, USA", "Drafted by Goodpaster": the drafter signed so
        who = drafted.group("who")
        if who.split()[-1][:1] == initial.group("initial"):
            found(
                doc, "sender", party(who), initial.start(), initial.end(), "initial of the drafter"
            )
    if drafted and MEMORANDUM_FOR_THE_RECORD.match(doc.text):
        # a memorandum for the record is its drafter's, when no signature or heading says whose
        fallback(doc, "sender", party(drafted.group("who")), "source note: its drafter")
    signed = SIGNED_FOR.search(text)
    if signed and not doc.sender:
        # the telegram went out over the Secretary's name
        signer = party(signed.group("who"), role="Secretary of State")
        found(doc, "sender", signer, basis="source note: signed for")
    filed = FILE_NUMBER.search(text)
    if filed and not doc.date:
        file_range(
            doc, filed.group("month"), filed.group("dayyear"), Evidence(-1, -1, "source note")
        )
    folder = FOLDER_MONTHS.search(text)
    months = folder_months(folder) if folder else None
    if folder and months and not doc.date and not doc.date_range:
        doc.date_range = list(months)
        doc.date_basis = f"source note: a folder of {folder.group(0)}"
    files = FILE_YEARS.search(text)
    if files and not doc.date and not doc.date_range:
        first = int(files.group("first"))
        last = files.group("last")
        last_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if 0 <= last_year - first <= 5:
            doc.date_range = [f"{first}-01-01", f"{last_year}-12-31"]
            doc.date_basis = f"source note: {files.group(0)}"
    library = PRESIDENTIAL_LIBRARY.search(text)
    if library and not doc.date and not doc.date_range:
        # "Source: Kennedy Library, National Security Files": the President's own files
        doc.date_range = list(LIBRARY_TERMS[library.group("president")])
        doc.date_basis = f"source note: {library.group(0)}"


LIBRARY_TERMS = {
    "Truman": ("1945-04-12", "1953-01-20"),
    "Eisenhower": ("1953-01-20", "1961-01-20"),
    "Kennedy": ("1961-01-20", "1963-11-22"),
    "Johnson": ("1963-11-22", "1969-01-20"),
    "Nixon": ("1969-01-20", "1974-08-09"),
    "Ford": ("1974-08-09", "1977-01-20"),
    "Carter": ("1977-01-20", "1981-01-20"),
    "Reagan": ("1981-01-20", "1989-01-20"),
}
# A presidential library's files of the President's own White House: his term bounds the paper.
PRESIDENTIAL_LIBRARY = re.compile(
    rf"^(?P<president>{'|'.join(LIBRARY_TERMS)})\s+"
    r"(?:Presidential\s+)?Library,\s+(?:National\s+Security|NSC|White\s+House|President['’]s)"
)


def folder_months(m: re.Match) -> tuple[str, str] | None:
    """The first day of a folder's first month and the last of its last ("Nov. 73–Dec. 73"),
    or None for a span that runs backwards or over more than a year."""
    first, last = (parse_month_year(m.group(name)) for name in ("first", "last"))
    if not first or not last or not 0 <= (last[0] - first[0]) * 12 + last[1] - first[1] < 12:
        return None
    return f"{first[0]}-{first[1]:02d}-01", latest(f"{last[0]}-{last[1]:02d}")


def parse_month_year(text: str) -> tuple[int, int] | None:
    """ "Nov. 73" → (1973, 11); "January 1961" → (1961, 1)."""
    month_word, year = text.rsplit(None, 1)
    number = MONTH_NUMBERS.get(month_word.rstrip(".").lower()[:3])
    return (int(year) if len(year) == 4 else 1900 + int(year), number) if number else None


MONTH_NUMBERS = {
    m: n for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)
}


def drafted_on(doc: Document, month_day: str, note: str) -> None:
    """ "Drafted by McCone on September 2": the document is of that day or a little before;
    with a year from the document's other dates, a range that ends on it."""
    day = parse_month_day(month_day)
    year = None
    if doc.date_range:
        year = doc.date_range[1][:4]
    else:
        stated = parse_date(note) or parse_date(doc.title or "") or parse_date(doc.text[:600])
        years = set(re.findall(r"\b(19[4-9]\d)\b", note))
        year = stated[0][:4] if stated else years.pop() if len(years) == 1 else None
    if not day or not year:
        return
    end = f"{year}-{day[0]:02d}-{day[1]:02d}"
    earlier = parse_date(doc.title or "") or parse_date(doc.text[:600])
    start = (
        earlier[0] if earlier and len(earlier[0]) == 10 and earlier[0] <= end else f"{year}-01-01"
    )
    doc.date_range = [start, end]
    doc.date_basis = f"source note: drafted {month_day}"


def normalize(value: str) -> str:
    value = " ".join(value.split())
    return value.title() if len(value) > 6 else value.capitalize()
