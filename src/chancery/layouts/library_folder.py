"""A presidential library's folder, scanned whole: the library's words before the papers.

The Carter Library's scans of a folder open with the folder's name ("6/1/79"), its citation
("Folder Citation: Collection: Office of Staff Secretary; Series: Presidential Files; Folder:
6/1/79; Container 119") and "To See Complete Finding Aid: <address>"; where a paper was
withheld, the withdrawal sheet follows ("WITHDRAWAL SHEET (PRESIDENTIAL LIBRARIES)", the
withheld paper's line, "RESTRICTION CODES", "(A) Closed by Executive Order ...", "(C) Closed in
accordance with restrictions contained in the donor's deed of gift", "NATIONAL ARCHIVES AND
RECORDS ADMINISTRATION"), often half garbled. None of it is a paper of the folder: the clean
stage keeps those lines as stamps of kind "library-folder", so the first paper starts after
them, and the folder's name is not taken for its date.
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
            "Files; Folder: 6/1/79; Container 119",
            "To See Complete Finding Aid: http://www.jimmycarterlibrary.gov/library/"
            "findingaids/Staff_Secretary.pdf",
        ],
        ["presidential libraries (Carter Library scans)"],
        ["The citation in the folder was wrong."],
    ),
    rule(
        "withdrawal-sheet",
        r"(?i)WITHDRAWAL\s+SHEET|RESTRICTION\s+CO[DS]E|Closed\W+(?:by|in)\W+(?:Executive|statute|"
        r"a[co]cord)|donor'?s\s+deed\s+of\s+gift|NAT\W*[IJ]\W*(?:\(>|O)\W*NAL\s*AR\W*C\W*H|"
        r"NA\s+FORM\s+1429",
        "the sheet that stands for a withheld paper: its codes and the archives' name",
        [
            "WITHDRAWAL SHEET (PRESIDENTIAL LIBRARIES)",
            ": RESTRICTION COSE5 ;'\" \" ' ''",
            "(A) 'Closed by Executive Order 12356 governing access to national security",
            "(C) 'Closed·in aocordimd\\ with reStrictions contained in the donor's deed of gift.",
            "NATIONAL ARCHIVES AND RECORDS ADMINISTRATION NA FORM 1429 (6-85)",
            "� NATJ(>'NALARcH•ves·A �·o:·RecoRos ADMINISJ'RATfC>N",
        ],
        ["presidential libraries (Carter Library scans)"],
        ["The meeting was closed by the chairman.", "National security matters"],
    ),
]
FOLDER_CITATION, WITHDRAWAL_SHEET = (r.pattern for r in RULES)
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
    while last + 1 < len(texts) and not WORD.search(texts[last + 1]):
        last += 1  # the sheet's specks, down to the first paper's first word
    return range(0, last + 1)
