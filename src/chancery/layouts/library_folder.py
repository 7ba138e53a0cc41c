"""A presidential library's folder, scanned whole: the library's words before the papers.

The Carter Library's scans of a folder open with the folder's name ("3/9/78"), its citation
("Folder Citation: Collection: Office of Staff Secretary; Series: Presidential Files; Folder:
3/9/78; Container 61") and "To See Complete Finding Aid: <address>"; where a paper was
withheld, the withdrawal sheet follows ("WITHDRAWAL SHEET (PRESIDENTIAL LIBRARIES)", the
withheld paper's line, "RESTRICTION CODES", "(A) Closed by Executive Order ...", "(C) Closed in
accordance with restrictions contained in the donor's deed of gift", "NATIONAL ARCHIVES AND
RECORDS ADMINISTRATION"), often half garbled. The citation is no paper of the folder: the clean
stage keeps those lines as stamps of kind "library-folder", so the first paper starts after
them, and the folder's name is not taken for its date.

A withdrawal sheet printed whole, down to its form's number ("NA FORM 1429 (6-85)"), is a
record of its own, as the sets of real folders count it (the list of what was withheld, with
its dates and restriction codes): the split stage starts the folder's first paper after that
number (``pipeline/split.py``). Where the scan lost the number, the sheet's end is not known
and its lines stay with the first paper as provenance.
"""

from __future__ import annotations

import re

from . import rule

RULES = [
    rule(
        "folder-citation",
        r"(?i)^Folder\s+Citation\s*:|^To\s+See\s+Complete\s+Finding\s+Aid\s*:",
        "the library's citation of the folder, and where its finding aid is",
        [
            "Folder Citation: Collection: Office of Staff Secretary; Series: Presidential "
            "Files; Folder: 3/9/78; Container 61",
            "To See Complete Finding Aid: http://www.example.org/findingaids/Staff.pdf",
        ],
        ["presidential libraries (Carter Library scans)"],
        ["The citation in the folder was wrong."],
    ),
    rule(
        "withdrawal-sheet",
        # (the scan may garble every word of the sheet but some: one is enough)
        r"(?i)WITHDRAWAL\s+SHEET|RESTRICTION\s+CODES|Closed\W+(?:by|in)\W+(?:Executive|statute|"
        r"accordance)|deed\s+of\s+gift|NATIONAL\s+ARCHIVES\s+AND\s+RECORDS|NA\s+FORM\s+1429",
        "the sheet that stands for a withheld paper: its codes and the archives' name",
        [
            "WITHDRAWAL SHEET (PRESIDENTIAL LIBRARIES)",
            ": RESTRICTION CODES ;' ' ''",
            "(A) Closed by Executive Order 12065 governing access to national security",
            "(C) 'Closed in acc0rdance with rest rictions contained in the donor's deed of gift.",
            "NATIONAL ARCHIVES AND RECORDS ADMINISTRATION NA FORM 1429 (6-85)",
        ],
        ["presidential libraries (Carter Library scans)"],
        ["The meeting was closed by the chairman.", "National security matters"],
    ),
    rule(
        "withdrawal-form-number",
        # (the Nixon papers' sheet is "NA 14021 (4-85)"; the scan may space the digits out)
        r"\bNA\s+(?:FORM\s+1\s?4\s?2\s?9|1\s?4\s?0\s?2\s?1)\s?\(\s?\d{1,2}\s?-\s?\d{2}\s?\)",
        "the number of the withdrawal sheet's form, printed at its foot: the sheet ends there",
        [
            "NATIONAL ARCHIVES AND RECORDS ADMINISTRATION NA FORM 1429 (6-85)",
            "RECORDS ADMINI STRA T IO N NA FORM 1 4 29 (6- 85)",
            "*U.S. GPO; 1989-235-084/00024 NA 14021 (4-85)",
        ],
        ["presidential libraries (Carter and Nixon papers)"],
        ["GSA FORM 7122 (REV. 5-82)", "NA FORM 1429"],
    ),
]
FOLDER_CITATION, WITHDRAWAL_SHEET, WITHDRAWAL_FORM_NUMBER = (r.pattern for r in RULES)
FOLDER_REACH = 5  # the citation stands among a scan's first lines
WORD = re.compile(r"[A-Za-z]{4}")
SHEET_GAP = 12  # lines between the sheet's printed words (the withheld paper's line, garble)


def folder_lines(texts: list[str]) -> range | None:
    """Which of the first lines (stripped) are the folder's front matter: from the first line
    to the citation, and on to the withdrawal sheet's last line where one follows."""
    citations = [k for k, text in enumerate(texts[:FOLDER_REACH]) if FOLDER_CITATION.match(text)]
    if not citations:
        return None
    last = max(citations)
    for k in range(last + 1, len(texts)):
        if k - last > SHEET_GAP:
            break
        if WITHDRAWAL_SHEET.search(texts[k]):
            last = k  # the sheet goes on; a later paper's own text is not reached
    while last + 1 < len(texts) and is_specks(texts[last + 1]):
        last += 1  # the sheet's specks and garble, down to the first paper's first words
    return range(0, last + 1)


def is_specks(text: str) -> bool:
    """A scan's garble: no word of four letters, or fewer letters than other marks."""
    marks = [c for c in text if not c.isspace()]
    letters = sum(c.isalpha() for c in marks)
    return not WORD.search(text) or letters < len(marks) / 2
