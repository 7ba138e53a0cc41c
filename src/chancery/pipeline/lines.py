"""What each line of a record is: body text or one kind of noise, and where headers are.

Shared by ``split`` (which must not split on a page header) and ``clean`` (which moves
noise out of the body). ``line_kind`` applies the rules of noise.py (release and
declassification stamps, banners, page headers and numbers, timestamps, forms, file marks)
with cheap tests first, plus shapes noise.py does not know: spaced or handling-marked
banners, "Page 2 of 3", a telegram's continuation header "-2- 1595, February 12, from
Moscow", withheld-text marks ("25X1"), form phrases, the detail lines of a NARA
declassification block. The rest says where a document's header is: headings, header
fields ("FROM:", "SUBJECT:"), FRUS document headings, signatures. Rules follow the shapes
archival noise takes, not particular files.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..layouts.cable import (
    DTG as CABLE_DTG,
)
from ..layouts.cable import (
    FROM as CABLE_FROM,
)
from ..layouts.cable import (
    SUBJECT as CABLE_SUBJECT,
)
from ..layouts.cable import (
    TO as CABLE_TO,
)
from ..layouts.crest import CATALOGUE_LABEL, is_catalogue_line
from ..layouts.frus import is_correspondents_heading
from ..layouts.library_folder import FOLDER_REACH, folder_lines
from ..layouts.presidency_project import page_title_at
from ..layouts.record_form import RECORDS_ACT_RELEASE, form_lines
from ..layouts.web_page import is_chrome
from ..text_distance import edit_distance
from .noise import (
    BANNER,
    BANNER_WORDS,
    BEST_COPY,
    CAPS_NAME,
    CLASSIFICATION_WORDS,
    CLOSING,
    DATELINE,
    DECLASSIFICATION,
    EMBASSY_WORD,
    FORM_FRAGMENTS,
    MONTHS,
    NO_OBJECTION_STAMP,
    PAGE_HEADER,
    PAGE_NUMBER,
    PROPER_WORDS,
    RECEIVING_STAMP,
    RELEASE,
    SALUTATION_LINE,
    STAT,
    TIMESTAMP,
    Line,
    is_file_mark,
)

HANDLING_WORDS = (
    r"EYES\s+ONLY(?:\s+[A-Z]+)?|NOFORN|NO\s+FOREIGN\s+DISSEM(?:INATION)?|EXDIS|NODIS|"
    r"LIMDIS|SENSITIVE|ORCON|"
    r"WNINTEL|NOCONTRACT|PROPIN|LIMIT(?:ED)?\s+DISTRIBUTION|CONTROLLED\s+DISSEM|"
    r"RESTRICTED\s+DATA|SPECIAL\s+HANDLING|"
    r"PERSONAL\s+AND\s+CONFIDENTIAL|CODEWORD|RYBAT|CHEROKEE|SPECAT"
)
# "SECRET/NOFORN", "TOP SECRET - EYES ONLY", "SECRET NODIS", "CONFIDENTIAL//LIMDIS".
BANNER_WITH_HANDLING = re.compile(
    rf"^\W*(?:{CLASSIFICATION_WORDS})(?:\s*(?:[-–/,]{{1,2}}|\s)\s*(?:{HANDLING_WORDS}))+\W*$"
)
# Printed words of forms and slips that name no form cell: "SENDER WILL CHECK CLASSIFICATION
# TOP AND BOTTOM", "FORM NO. 237 USE PREVIOUS EDITIONS", "FOLD HERE TO RETURN TO SENDER".
FORM_PHRASE = re.compile(
    r"(?i)^\W*(?:sender\s+will\s+check\s+classification|use\s+previous\s+editions|"
    r"(?:replaces\s+)?form\s+no\.?\s*\d|"
    r"fold\s+here|detach\s+(?:here|and)|routing\s+and\s+record\s+sheet|transmittal\s+slip|"
    r"(?:un)?classified\s+when\s+filled\s+in|remarks\W*$|to\s*:?\s*\(name,?\s+office\s+symbol)"
)
# A row of a routing slip's addressee grid: "1\tMr. Amory", "2    DDCI", "4".
FORM_ROW = re.compile(r"^\W{0,3}\d{1,2}(?:\t|\s{2,}|\s*$)")
# "S-E-C-R-E-T", "S E C R E T", "T O P  S E C R E T": single capitals with separators.
SPACED_CAPITALS = re.compile(r"^\W*(?:[A-Z][-.\s]{1,3}){3,}[A-Z]\W*$")
BANNER_PLAIN = re.compile(rf"^(?:{CLASSIFICATION_WORDS})$")
# "Page 2 of 3", "(Page 2 of 3 Pages)", "PAGE TWO OF THREE".
PAGE_OF = re.compile(
    r"(?i)^\W*page\s+(?:\d{1,3}|[a-z]{3,6})\s+of\s+(?:\d{1,3}|[a-z]{3,6})(?:\s+pages?)?\W*$"
)
# A continuation header that starts with the page number: "-2- 1595, February 12, 4 p.m., from
# Moscow".
DASH_NUMBER_LEAD = re.compile(r"^\s*[-–—]\s*\d{1,3}\s*[-–—]\s+(\S.*)$")
# One with the page number in the middle: "Mr. Khrushchev - 2 - February 22, 1961".
DASH_NUMBER_MIDDLE = re.compile(r"\S\s+[-–—]\s*\d{1,2}\s*[-–—]\s+\S")
# CREST marks for withheld or unreadable text: "STAT", "25X1", "25X1A", "ILLEGIB".
WITHHELD = re.compile(r"^\W*(?:STAT|ILLEGIB|25\s?X\s?\d[A-Z]?\d?(?:\s+25\s?X\s?\d[A-Z]?\d?)*)\W*$")
# Registry stamps with words in them.
REGISTRY_STAMP = re.compile(r"(?i)^\W*(?:executive\s+registry|registry\s+(?:no|number)\b|ER\s+\d)")
# The lines that follow "DECLASSIFIED" in a NARA or presidential-library block.
DECLASSIFICATION_DETAIL = re.compile(
    r"(?i)^\W*(?:by\b|date\b|authority\b|NL[A-Z]\b|MR\s*\d|NND\s*\d|NARA\b|"
    r"e\.?\s*o\.?\s*1[23]\d{3}|sec(?:tion)?\.?\s*\d)"
)
# The words of printed forms (and OCR pieces of them), searched all at once.
FORM_FRAGMENT = re.compile(
    "|".join(re.escape(f) for f in sorted(FORM_FRAGMENTS, key=len, reverse=True))
)
FORM_TEXT = "|".join(FORM_FRAGMENTS)
CELL_BREAK = re.compile(r"\t|\s{3,}")
# Each banner with its characters and the edits OCR may have made to it.
BANNER_SPELLINGS = tuple((b, frozenset(b), 1 if len(b) < 8 else 2) for b in BANNER_WORDS)
# A CREST release stamp inside a line of text: "... Approved For Release 2001/03/04 :
# CIA-RDP80B01234R000100020003-4".
RELEASE_INLINE = re.compile(
    r"(?i)(?:(?:declassified\s+in\s+part\s*-\s*)?sanitized\s+copy\s+|declassified\s+and\s+)?"
    # (one optional colon between spaces: "\s*:?\s*" backtracks over a long run of spaces)
    r"a?pp?r[o0]ved\s+f[o0]r\s+re\S{3,6}\s+(?:\d{4}/\d\d/\d\d\s*(?::\s*)?CIA-RDP[0-9A-Z-]{8,40}|"
    # a presidential library's, its date's slashes lost: "... 2005 02 21 NLC-2-25-2-2-8"
    r"\d{4}[/ ]\d\d[/ ]\d\d\s*(?::\s*)?(?-i:NL[A-Z])-\d[\d-]*\d)"
)
PAGE_KINDS = {"page-header", "page-number", "page-marker"}

# Headings that open a document (optionally after "INCOMING"/"DEPARTMENT OF STATE").
HEADING = re.compile(
    r"(?i)^\W*(?:(?:incoming|outgoing|department\s+of\s+state|action|info(?:rmation)?)\s+)*"
    r"(?:memorandum\s+of\s+conversation|memorandum\s+for\b|memorandum\s+to\b|"
    r"memo\s+for\b|telegram\b|airgram\b|"
    r"cable\b|minutes\s+of\b|record\s+of\s+(?:meeting|conversation)|editorial\s+note|"
    r"note\s+for\s+the\s+record|"
    r"memorandum\s+for\s+the\s+record)"
)
# A header field that a new document's first lines carry.
# (A typed memorandum's label in capitals may stand without its colon: "FROM John F. Doe".)
DOCUMENT_START_FIELD = re.compile(
    r"^\W*(?i:(memorandum\s+for|from|to|subject|subj|date|no|nr|ref|info|action|"
    r"participants|present|place|time|"
    r"control|rec'?d|received|attention|through|via|sent|distribution))\s*[:.]\s*\S"
    r"|^(FROM|SUBJECT|THRU|VIA)[ \t]+(?=[A-Z][a-z])"
)
# "62. Memorandum of Conversation", "112. Telegram From the Embassy ...": a FRUS document heading.
NUMBERED_DOCUMENT_HEADING = re.compile(
    r"^(\s*)(\d{1,4})\.\s+(?:Memorandum|Telegram|Letter|Editorial|Minutes|Record|"
    r"Notes?|Paper|Message|Despatch|"
    r"Dispatch|Airgram|Circular|Instruction|Summary|Report|National|Special|"
    r"Intelligence|Draft|Diary|Briefing|"
    r"Position|Oral|Aide|Current|Discussion|Conversation|Transcript|Agreed|Joint|"
    r"Statement|Circular)\b"
)
ABBREVIATION_END = re.compile(r"\s(?:[A-Z]\.){2,}$")  # "... in Washington, D.C."
NUMBERED_LINE = re.compile(r"^\s*(\d{1,4})\.\s")
# A signature or an initialled sign-off: "THOMPSON", "ROBERT AMORY, JR.", "McG. B.", "/s/ Dean
# Rusk".
NAME_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|JR|SR|II|III|IV)\.?$")
INITIALS = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}\.\s*){1,4}$")
INITIALLED_SURNAME = re.compile(r"^(?:[A-Z]\.\s?){1,3}(?:Mc|Mac)?[A-Z][a-z]+$")  # "J.F.Dulles"
SIGNED = re.compile(r"^\s*/s/")
CAPS_WORDS = re.compile(r"^[A-Z][A-Z.'’\- ]{2,38}[A-Z.]$")


def one_of(kinds: list[tuple[str, re.Pattern]]) -> re.Pattern:
    """One regex that tries several anchored line patterns in order; ``lastgroup`` names the
    kind."""
    parts = []
    for n, (_, pattern) in enumerate(kinds):
        body = pattern.pattern.removeprefix("(?i)")
        parts.append(
            f"(?P<k{n}>(?i:{body}))" if pattern.flags & re.IGNORECASE else f"(?P<k{n}>{body})"
        )
    return re.compile("|".join(parts))


# Whole-line furniture recognised by shape alone, in the order the rules are tried.
SHAPES = [
    ("best-copy", BEST_COPY),
    ("classification", BANNER),
    ("page-marker", re.compile(r"^\[Page \d+\]$")),
    ("page-header", PAGE_HEADER),
    ("page-number", PAGE_NUMBER),
    ("timestamp", TIMESTAMP),
    ("file-mark", RECEIVING_STAMP),
    ("garbage", STAT),
    ("garbage", WITHHELD),
    ("page-header", PAGE_OF),
    ("form", FORM_PHRASE),
]
SHAPE = one_of(SHAPES)
SHAPE_KINDS = {f"k{n}": kind for n, (kind, _) in enumerate(SHAPES)}


# lines up to this long are judged once (split and clean both ask; stamps repeat on every page)
CACHED_LINE = 200


def line_kind(text: str) -> str | None:
    """The kind of noise a whole line is (a Stamp kind), or None for body text."""
    return short_line_kind(text) if len(text) <= CACHED_LINE else judge_line(text)


@lru_cache(maxsize=16384)  # a pure function asked about the same short lines over and over
def short_line_kind(text: str) -> str | None:
    return judge_line(text)


RUN_INTO_STAMP = 40  # characters of other words that make a stamp's line the text's
REVIEW_STAMP_CHARS = 120  # the review stamp's line; a longer one is text it was run into


def judge_line(text: str) -> str | None:
    """The kind of noise a whole line is.

    The rules of noise.py and the shapes above, cheap tests first: most lines
    are prose, and the costly judgements (OCR-damaged banners, form grids) are only made on
    short lines in capitals or in table cells."""
    stripped = text.strip().strip("*").strip()
    if not stripped:
        return None
    if (
        len(stripped) > 200
        or len(stripped) > 80
        and "\t" not in stripped
        and sum(map(str.islower, stripped[:80])) > 40
    ):
        # Prose: no banner, header, form or file mark is this long and lowercase (but the
        # State Department's review stamp is). A release stamp OCR ran into a line of prose is
        # cut out of it by ``clean``.
        if len(stripped) <= REVIEW_STAMP_CHARS and DECLASSIFICATION.match(stripped):
            return "declassification"
        return "release" if release_fills(stripped) else None
    lowered = stripped.lower()
    if ("ved" in lowered or "rdp" in lowered) and RELEASE.search(stripped):
        inline = RELEASE_INLINE.search(stripped) if "NL" in stripped else None
        if (
            inline
            and "NL" in inline.group()
            and len(stripped) - len(inline.group()) >= RUN_INTO_STAMP
        ):
            # a library's stamp with the page's head run into it: ``clean`` cuts the stamp out
            # (a reading room's is followed by its own exemption codes, no text: the line goes)
            return None
        return "release"
    if "Objection" in stripped and NO_OBJECTION_STAMP.search(stripped):
        return "release"  # the Library of Congress's, on every page of the Kissinger papers
    if DECLASSIFICATION.match(stripped):
        return "declassification"
    m = SHAPE.match(stripped)
    if m and m.lastgroup:
        return SHAPE_KINDS[m.lastgroup]
    capitals = sum(map(str.isupper, stripped))
    mostly_capitals = capitals >= sum(map(str.isalpha, stripped)) * 0.7
    if mostly_capitals and near_banner(stripped):
        return "classification"
    if capitals == 0 and len(stripped) <= 40 and SMALL_CAPS_MARKING.fullmatch(stripped):
        return "classification"  # the marking FRUS prints in small capitals, copied lowercase
    if capitals == 0 and len(stripped) <= 30 and SMALL_CAPS_HANDLING.fullmatch(stripped):
        return "handling"  # its handling alone on the line below ("us urgent"), no title's
    cells = "\t" in text or "   " in stripped
    if (
        capitals >= 3
        and (cells or (mostly_capitals and len(stripped) < 60))
        and is_form_row(text if cells else stripped)
    ):
        return "form"
    if is_file_mark(stripped):
        return "file-mark"
    return extra_kind(stripped, mostly_capitals)


def near_banner(text: str) -> bool:
    """A banner OCR damaged by a letter or two ("SECRFT", "C0NFIDENTIAL"), as
    ``noise.garbled_banner`` judges it, with a cheap test first: ``limit`` edits change at
    most ``2 * limit`` of the distinct characters."""
    words = text.replace("~", "").strip(" *-").upper()
    if (
        not words
        or len(words) > 20
        or (not words.replace(" ", "").isalpha() and not any(c in words for c in "01"))
    ):
        return False
    characters = set(words)
    return any(
        abs(len(words) - len(banner)) <= limit
        and len(characters ^ letters) <= 2 * limit
        and edit_distance(words, banner, limit) <= limit
        for banner, letters, limit in BANNER_SPELLINGS
    )


def release_fills(line: str) -> bool:
    """Whether a release stamp is nearly all of a long line."""
    m = RELEASE_INLINE.search(line) if "rdp" in line.lower() or "NL" in line else None
    return m is not None and len(line) - (m.end() - m.start()) < 20


def extra_kind(stripped: str, mostly_capitals: bool) -> str | None:
    """Furniture whose shape needs more than one pattern."""
    if len(stripped) > 100:
        return None
    if mostly_capitals and is_banner(stripped):
        return "classification"
    m = DASH_NUMBER_LEAD.match(stripped)
    if m and len(m.group(1).split()) <= 12 and any(ch.isdigit() for ch in m.group(1)):
        return "page-header"
    if (
        DASH_NUMBER_MIDDLE.search(stripped)
        and len(stripped.split()) <= 10
        and not stripped.endswith(".")
    ):
        return "page-header"
    if REGISTRY_STAMP.match(stripped) and len(stripped) <= 40:
        return "file-mark"
    return None


def is_banner(text: str) -> bool:
    """A classification banner the plain BANNER pattern does not take: spaced letters or handling
    caveats."""
    text = text.replace("~", "").strip()
    if len(text) > 80:
        return False
    if BANNER_WITH_HANDLING.match(text):
        return True
    if SPACED_CAPITALS.match(text):
        words = (
            re.split(r"\s{2,}", text) if "  " in text else text.split() if "-" in text else [text]
        )
        collapsed = " ".join(re.sub(r"[-.\s]", "", w) for w in words).strip(" *")
        return bool(BANNER_PLAIN.match(collapsed))
    return False


def split_lines(text: str, offset: int = 0) -> list[Line]:
    """Lines with their offsets; a form feed also ends a line and marks the next as a new page."""
    lines, position = [], offset
    for piece in text.split("\n"):
        if "\f" in piece:
            for n, part in enumerate(piece.split("\f")):
                lines.append(Line(position, position + len(part), part, new_page=n > 0))
                position += len(part) + 1
        else:
            lines.append(Line(position, position + len(piece), piece))
            position += len(piece) + 1
    return lines


# Where a header's next field begins in OCR that ran a whole page into one line: a cable's
# date-time group, FM, TO, E.O., TAGS, SUBJECT; a memorandum's MEMORANDUM FOR, FROM:, SUBJECT:;
# the release stamp.
FLATTENED_FIELD = re.compile(
    r"(?<! [OPRZ]) (?=(?:[OPRZ] )?\d{6}Z (?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|"
    rf"NOV|DEC) \d{{2}}\b|FM (?:{EMBASSY_WORD}|SECSTATE|USMISSION|AMCONSUL|USDEL)\b|"
    rf"TO (?:SECSTATE|{EMBASSY_WORD}|USMISSION|AMCONSUL|USDEL|WHITE HOUSE)\b|INFO "
    rf"(?:{EMBASSY_WORD}|RUE)|E\.? ?O\.? 1\d{{4}}\b|TAGS:? |SUBJECT:? [A-Z]|SUBJ:? |"
    r"REF:? [A-Z]|(?:MEMORANDUM|M[A-Za-z ]{4,10}M) FOR:? |FROM: ?[A-Z]|TO: ?[A-Z]|NO: "
    r"?\d|Recd: |REC'D: |Control: \d|DATE: |Approved For Release|APPROVED FOR RELEASE|"
    r"(?:NODIS|EXDIS|LIMDIS)\b|Message Text\b|PAGE 0?1 [A-Z]|ACTION [A-Z]{2,5}-\d|INFO "
    r"[A-Z]{2,4}-\d|-{6,}|1\.? [A-Z][a-z]+ [a-z]|1\.? [A-Z]{2,} [A-Z]{2,} [A-Z]{2,}|"
    r"(?:S E C R E T|C O N F I D E N T I A L|U N C L A S)\b|(?:EYES ONLY |PERSONAL "
    r")?FOR THE (?:SECRETARY|PRESIDENT|AMBASSADOR)\b)"
)
FLATTENED_REACH = 1500  # characters of a run-together page in which its header is looked for


def reline_flattened(text: str) -> str:
    """A page the OCR ran into one line, with its header's fields on lines of their own: a space
    becomes a line break, so every offset stays the same. Other text is returned as it is."""
    start = 0
    for piece in text[:6000].split("\n")[:6]:
        if len(piece) >= 1000:
            head = text[start : start + FLATTENED_REACH]
            relined = FLATTENED_FIELD.sub("\n", head)
            return text[:start] + relined + text[start + len(head) :]
        start += len(piece) + 1
    return text


DATELINE_HOUR_CUT = re.compile(rf"(?:{MONTHS})\s+\d{{1,2}},\s*\d{{4}},\s*$")
DATELINE_CUT = re.compile(
    rf"(?:{MONTHS})\s+\d{{1,2}},\s*$"
)  # "Moscow, February 24," before its year


# A FRUS web page prints the marking under the heading in small capitals; copied, it is
# lowercase ("top secret", "secret   priority", "confidential eyes only").
# The handling FRUS prints after the marking, or alone on the line below ("us urgent").
HANDLING_WORDS = r"us\s+urgent|niact|urgent|priority|immediate|nodis|exdis|limdis"
SMALL_CAPS_MARKING = re.compile(
    r"(?:top\s+secret|secret|confidential|restricted|limited\s+official\s+use|"
    rf"official\s+use\s+only)(?:[\s;,-]+(?:eyes\s+only|{HANDLING_WORDS}|noforn|personal))*"
)
SMALL_CAPS_HANDLING = re.compile(
    rf"(?:{HANDLING_WORDS})(?:[\s;,-]+(?:{HANDLING_WORDS}|eyes\s+only))*"
)


def classify(text: str, offset: int = 0) -> list[Line]:
    """Lines of ``text`` with their kinds; a declassification block's detail lines join it."""
    lines = split_lines(text, offset)
    previous: Line | None = None  # the last non-blank line
    for line in lines:
        if not line.text.strip():
            continue
        line.kind = line_kind(line.text)
        if (
            previous is not None
            and line.kind is not None
            and re.match(r"\s*\d{4}\b", line.text)  # the cheaper test first
            and DATELINE_CUT.search(previous.text)
        ):
            # the dateline's year and hour, wrapped onto a line of their own ("Moscow, February 24,"
            # / "1945—1 p.m.")
            line.kind = None
        if (
            previous is not None
            and line.kind is not None
            and re.match(r"\s*\d{1,2}(?::\d\d)?\s*[ap]\.\s?m\.\s*$", line.text)
            and DATELINE_HOUR_CUT.search(previous.text)
        ):
            line.kind = None  # the hour alone under "Washington, June 5, 1962,"
        if previous is not None and previous.kind == "declassification" and line.kind != "release":
            stripped = line.text.strip()
            if len(stripped) <= 60 and (
                DECLASSIFICATION_DETAIL.match(stripped) or DECLASSIFICATION.search(stripped)
            ):
                line.kind = "declassification"
        previous = line
    mark_catalogue(lines)
    mark_record_form(lines)
    mark_library_folder(lines)
    mark_site_chrome(lines)
    mark_cable_header(lines)
    return lines


CHROME_REACH = 25  # site chrome sits among a page's first or last lines
MENU_REACH = 120  # but a site's menus may run longer above a title that ends them


def mark_site_chrome(lines: list[Line]) -> None:
    """A web site's navigation, notices and address around the document (``layouts.web_page``)."""
    nonblank = [line for line in lines if line.text.strip()]
    # An older American Presidency Project page: its menus run down to the paper's title.
    titled = page_title_at([line.text.strip() for line in nonblank[:MENU_REACH]])
    for k, line in enumerate(nonblank):
        if titled is not None and k < titled:
            line.kind = "site-chrome"
        elif (
            (k < CHROME_REACH or k >= len(nonblank) - 10)
            # (a collection's name, "Foreign Relations of the United States", looks like a
            # declassification's)
            and line.kind in (None, "garbage", "file-mark", "declassification")
            and is_chrome(line.text)
        ):
            line.kind = "site-chrome"


def mark_catalogue(lines: list[Line]) -> None:
    """The CIA reading room's catalogue block: its labels, their values on the next lines, the
    attachment table, and the title line above "Document Type:". The document's text starts
    after "Body:" (or after the attachment table, where the copy lost "Body:")."""
    nonblank = [line for line in lines if line.text.strip()]
    labels = [k for k, line in enumerate(nonblank[:60]) if CATALOGUE_LABEL.match(line.text.strip())]
    if len(labels) < 3:
        return
    first = labels[0]
    for line in nonblank[:first]:
        if len(line.text.strip()) <= 200:
            line.kind = "catalogue"  # the catalogue's title
    for line in nonblank[first:]:
        text = line.text.strip()
        label = CATALOGUE_LABEL.match(text)
        if label or is_catalogue_line(text) or len(text) <= 60 and not DATE_LIKE_BODY.match(text):
            line.kind = "catalogue"
            if label and label.group("label") == "Body":
                return
            if text.startswith("PDF icon") or text.startswith("![]()"):
                return
            continue
        return


def mark_record_form(lines: list[Line]) -> None:
    """The National Archives' Record Identification Form before a JFK Assassination Records
    Collection record (``layouts.record_form``): provenance, not the record's text."""
    nonblank = [line for line in lines if line.text.strip()]
    if not any("Identification Form" in line.text for line in nonblank[:60]):
        return  # a plain search first: every file is asked
    block = form_lines([line.text.strip() for line in nonblank[:60]])
    if block is None:
        return
    for k in block:
        nonblank[k].kind = "record-form"
    for line in nonblank:  # the release line the form prints on every page of the record
        if line.kind is None and RECORDS_ACT_RELEASE.search(line.text):
            line.kind = "record-form"


def mark_library_folder(lines: list[Line]) -> None:
    """A presidential library's words before a scanned folder's papers (its citation, a
    withdrawal sheet: ``layouts.library_folder``): provenance, not a paper of the folder. A
    sheet the split stage made a document of its own (closed by its form's number) is left
    as its text."""
    nonblank = [line for line in lines if line.text.strip()]
    head = " ".join(line.text for line in nonblank[:FOLDER_REACH]).lower()
    if "citation" not in head and "finding aid" not in head:
        return  # a plain search first: every file is asked
    block = folder_lines([line.text.strip() for line in nonblank[:60]])
    if block is not None and len(block) == len(nonblank):
        return  # the front matter alone: a withdrawal sheet split from the folder's papers
    for k in block or ():
        nonblank[k].kind = "library-folder"


DATE_LIKE_BODY = re.compile(
    r"^\W*(?:Approved|Sanitized|Declassified|MEMORANDUM|SECRET|CONFIDENTIAL)", re.I
)


def mark_cable_header(lines: list[Line]) -> None:
    """An automated cable's header: the date-time group, FM, TO and SUBJECT lines are read by
    ``layouts.cable`` and stay in the text; the routing lines (ACTION, INFO codes, the
    teletype's page headers) are furniture."""
    nonblank = [line for line in lines if line.text.strip()]
    texts = [line.text.strip() for line in nonblank]
    heads = texts[:40]
    if not (
        any(CABLE_FROM.match(t) for t in heads)
        and any(CABLE_TO.match(t) for t in heads)
        # a PlusD copy prints the header after the text ("Show Headers"): FM, then TO below it
        or any(
            CABLE_FROM.match(t) and any(CABLE_TO.match(x) for x in texts[k + 1 : k + 3])
            for k, t in enumerate(texts)
        )
    ):
        return
    for line in nonblank:
        text = line.text.strip()
        if (
            CABLE_DTG.match(text)
            or CABLE_FROM.match(text)
            or CABLE_TO.match(text)
            or CABLE_SUBJECT.match(text)
        ):
            line.kind, line.keep = None, True
        elif CABLE_ROUTING.match(text):
            line.kind = "cable-routing"
        elif CABLE_PAGE.match(text):
            line.kind = "page-header"


CABLE_ROUTING = re.compile(
    r"^(?:ACTION\s+[A-Z]+-\d+|INFO\s+(?:[A-Z]+-\d+\s*)+|"
    r"(?:[A-Z]+-\d+\s+)+(?:/\d+\s+W)?|-{5,}\s*\d*|\d{1,3}|/\d+\s+W)$"
)
CABLE_PAGE = re.compile(r"^PAGE\s+\d{2,3}\s+[A-Z ]+\d+(?:\s+\d{2}\s+OF\s+\d{2})?\s+\d{6}Z$")


def is_signature(text: str) -> bool:
    """A sign-off line: a name in capitals, initials, or "/s/"."""
    text = text.strip()
    if not text or len(text) > 48:
        return False
    text = NAME_SUFFIX.sub("", text)
    return bool(
        SIGNED.match(text)
        or INITIALS.match(text)
        or INITIALLED_SURNAME.match(text)
        or CAPS_NAME.match(text)
        or (CAPS_WORDS.match(text) and " " not in text)
    )


def is_name_line(text: str) -> bool:
    """A short line that names someone or something (so never scan garbage)."""
    text = text.strip()
    return is_signature(text) or bool(PROPER_WORDS.match(NAME_SUFFIX.sub("", text)))


NOTE_MARKER_END = re.compile(r"(?<=[.)])\d{1,2}$")


def is_frus_heading(text: str, last_numbered: int | None) -> bool:
    """A FRUS document heading, not an item of a numbered list (a note or a numbered paragraph)."""
    m = NUMBERED_DOCUMENT_HEADING.match(text)
    if not m or len(text) > 300:
        return False
    stripped = NOTE_MARKER_END.sub("", text.rstrip())  # "... (Embtel 404).2": a sentence
    if stripped.endswith(".") and not ABBREVIATION_END.search(stripped):
        return False  # a sentence: a note or a numbered paragraph, not a title
    if stripped.endswith(":"):
        return False  # a note that quotes: "1. Telegram 41 to Paris, July 2, read as follows:"
    follows_list = last_numbered is not None and int(m.group(2)) == last_numbered + 1
    return not (follows_list and m.group(1))


# The signer of a telegram as the 1940s volumes print it: "[LANE]".
EDITORS_SIGNER = re.compile(r"\[[A-Z][A-Z.' -]{1,30}\]")


# A site's citation of the paper it shows: 'From: “US Influence and ...” 23 May 1985.'
CITED_FROM = re.compile(r"^From:\s*[“\"]")


def is_introduction(lines: list[Line]) -> bool:
    """Running text and nothing of a document's own (a heading, a dateline, header fields, a
    salutation, a closing, a signature, a marking): a blog's or a site's introduction to the
    document below it ("This is coming from the web archives ... enjoy!")."""
    text = [line for line in lines if line.text.strip()]
    # ("Page 601" under a library's page view, where all the rest is the site's)
    page_view = all(line.kind in ("site-chrome", "page-header") for line in text) and any(
        line.kind == "site-chrome" for line in text
    )
    return bool(text) and all(
        (
            line.kind in (None, "site-chrome", "introduction")
            or line.kind == "page-header"
            and page_view
        )
        and not is_dateline(stripped := line.text.strip())
        and not HEADING.match(stripped)
        and not is_frus_heading(line.text, None)
        and not is_correspondents_heading(stripped)  # "The Ambassador in Italy (Dunn) to ..."
        and not (DOCUMENT_START_FIELD.match(stripped) and not CITED_FROM.match(stripped))
        and not SALUTATION_LINE.match(stripped)
        and not CLOSING.match(stripped)
        and not is_signature(stripped)
        and not EDITORS_SIGNER.fullmatch(stripped)
        and not NUMBERED_LINE.match(line.text)
        for line in text
    )


INTRODUCTION_REACH = 12  # lines a site's introduction may run to above the FRUS heading


def mark_introduction(lines: list[Line]) -> None:
    """A site's or a blog's words above the FRUS heading of the document they introduce are
    theirs, not the document's (kind "introduction"): the heading then heads the document."""
    nonblank = [line for line in lines if line.text.strip()]
    heading = next(
        (
            k
            for k, line in enumerate(nonblank[:INTRODUCTION_REACH])
            if is_frus_heading(line.text, None)
        ),
        None,
    )
    if heading and is_introduction(nonblank[:heading]):
        for line in nonblank[:heading]:
            if line.kind is None:  # the site's chrome among it stays chrome
                line.kind = "introduction"


def is_dateline(text: str) -> bool:
    return bool(DATELINE.match(text))


def is_form(line: Line) -> bool:
    """A line of a printed form: classified so, or a long row of a form's grid."""
    if line.kind == "form":
        return True
    text = line.text
    return line.kind is None and ("\t" in text or "   " in text) and is_form_row(text)


def is_form_row(text: str) -> bool:
    """A row of a printed form's grid: most of its cells are form words or OCR pieces of
    them (form words searched all at once)."""
    cells = [c for c in (c.strip(" -_.|").upper() for c in CELL_BREAK.split(text)) if c]
    if not cells:
        return False
    hits = sum(
        1
        for c in cells
        if len(c) >= 3 and (FORM_FRAGMENT.search(c) or (len(c) >= 4 and c in FORM_TEXT))
    )
    return (
        hits >= 2
        and hits >= len(cells) * 0.5
        or (len(cells) == 1 and "ROUTING" in cells[0] and len(cells[0]) < 30)
    )
