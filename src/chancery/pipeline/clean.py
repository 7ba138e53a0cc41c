"""Clean: separate the body from stamps, banners, page furniture and scan garbage.

Everything removed is kept: as a ``Stamp`` (its kind, its page, its span in ``raw``), as a
``Page`` boundary, or as a ``Footnote``. ``offset_map`` leads from the clean text back to
``raw``: every character of the clean text is copied from ``raw`` except the separators put
between kept lines (a newline, a blank line, or a space where a sentence runs on across a
page break), which map to the raw offset of the line they precede.

Footnotes (FRUS): the marker digits glued to a word ("Rhee3", "III,1") leave the text; each
becomes ``Footnote(marker, start, end, text)`` with ``start == end`` = the clean offset where
the marker stood (right after the word it is glued to). The numbered note list at the end
leaves the text too; its notes are the footnotes' texts. A note no marker points to is kept
with ``start == end == -1``. The source note is the footnote with marker "0" (when the
markers start at 0) or the one whose text starts "Source:".
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from ..layouts.frus import is_file_heading
from ..layouts.leaders_message import is_message_heading
from ..model import Document, Footnote, Page, Stamp
from .dates import parse_date, repair_ocr
from .lines import (
    FORM_FRAGMENT,
    FORM_ROW,
    NUMBERED_LINE,
    RELEASE_INLINE,
    Line,
    classify,
    is_name_line,
    mark_introduction,
    reline_flattened,
)
from .noise import (
    BLOCK_FIELD,
    CLOSING,
    DATELINE,
    DECIMAL_FILE,
    HEADING_WORDS,
    INITIALS_ALONE,
    NUMERIC_DATE,
    PAGE_MARKER,
    SALUTATION_LINE,
)

# Kinds of stamp printed at the head or foot of every page: a run of them between two
# stretches of body is a page break.
PAGE_BREAK_KINDS = {
    "release",
    "page-header",
    "page-number",
    "classification",
    "best-copy",
    "declassification",
}
# Kinds that head the new page (the break comes before them); the others sit at the old page's foot.
PAGE_HEAD_KINDS = {"page-header", "page-number"}
MIN_FORM_LINES = 3  # printed lines that make a document a form
MIN_PAGE_BODY = 200  # characters of body a page needs before furniture can end it
PROSE_LINE = 40  # a line cut by a page break is at least this long
NOTE_ITEM = re.compile(r"^\s*(\d{1,3})\.\s+(\S.*)$")
MAX_NOTE_CONTINUATION = 4  # lines a note may wrap onto
# A footnote marker: digits glued to the end of a word or punctuation ("Rhee3", "III,1",
# "Conversation0").
# After a word or its punctuation; not the minutes of a time ("10:00 AM").
# Never "001": "832.001 Vargas, Getulio/5–1149" is a file number's decimals.
MARKER = re.compile(r"(?=\d)(?!0\d)(?<=[^\W\d_]|[.,;:)’'\"”])(?<!\d:)(\d{1,3})(?=[\s,.;:)\]’”]|$)")
# A marker glued to a year ("in 19553" = 1955 + note 3); only taken when it is the marker expected
# next.
YEAR_MARKER = re.compile(r"(?=[12])(?<![\w.,/-])(1[6-9]\d\d|20\d\d)(\d{1,2})(?=[\s,.;:)\]’”]|$)")
LINE_LABEL = re.compile(r"^[A-Z][\w'’-]{0,20}(?:\.|:|\s?[—–])(?=\s)")
LONGEST_NOTES = 600  # characters a note has on average, at most (a paragraph is longer)
MARKER_SKIP = 2  # markers OCR or markup lost that the sequence may jump over
WORD = re.compile(r"[^\W\d_]{2,}")
SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")
HYPHEN_END = re.compile(r"[^\W\d_]-$")
PAGE_NUMBER_ONLY = re.compile(
    r"^\s*\d{1,4}\s*$"
)  # a bare number: too weak to take its neighbours with it
PAGE_FURNITURE = {
    "page-header",
    "page-number",
    "page-marker",
    "classification",
    "release",
    "best-copy",
    "declassification",
}
TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Dr|Gen|Amb)\.\s+[A-Z]")
DEPARTMENT_LINE = re.compile(r"(?i)^\W*department\s+of\s+state\W*$")
# Release stamps: the date and a well-formed CREST document id, each read on its own.
RELEASE_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?/\s?(\d\d)\s?/\s?(\d\d)(?!\d)")
CREST_ID = re.compile(r"CIA-RDP\d\d[-A-Z]\d{5}[A-Z]\d{12}-\d")
DECLASSIFICATION_DATE = re.compile(
    r"(?i)\bdate[:.]?\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{2}|\d{4})\b"
)
DECLASSIFICATION_ID = re.compile(
    r"(?i)\b(NND|NLE|NLK|NLJ|NLN|NLF|NLC|NLS|NLT|NLH|NLR|NLG|MR)\s*[-–]?\s*(\d[\d-]*\d|\d)"
)
EXECUTIVE_ORDER = re.compile(r"(?i)\bE\.\s*O\.\s*(1[23]\d{3})")


@dataclass
class NoteList:
    notes: dict[int, str]  # number → text
    lines: list[Line]
    slashed: bool = False  # markers written "/1/" (older State Department web copies)


# Web copies of FRUS: notes as list items ending in "↩" ("- Source: ... Secret.↩"), or as
# "/1/Source: ..." paragraphs under the dateline with "/1/" markers in the text; other sites
# put the source note after the signature as a "Source: ..." paragraph.
ARROW_NOTE = re.compile(r"^\s*(?:[-•*]\s+)?(?P<text>.*?)\s*↩\s*$")
# "/1/The Soviet announcement ...", and the unnumbered source note "//Source: ...".
SLASH_NOTE = re.compile(r"^\s*/(?P<number>\d{0,3})/\s*(?P<text>\S.*)$")
SLASH_MARKER = re.compile(r"/(\d{1,3})/(?=\s|$|[,.;:)])")
CUT_NOTE = re.compile(r"^\s*[-•*]\s+\S")  # "- In telegram 4746 ..." cut before its "↩"
# "- Source: ..." cut before its "↩"; "1 Source: ..." where the print's superscript was lost
SOURCE_PARAGRAPH = re.compile(r"^\s*(?:[-•]\s+|\d{1,2}\s+)?Source:\s+\S")


def clean(doc: Document) -> Document:
    relined = reline_flattened(doc.raw)
    lines = doc.raw_lines if doc.raw_lines is not None and relined is doc.raw else classify(relined)
    doc.raw_lines = None  # the clean stage marks them further; nothing else reads them
    if doc.part == 1:
        mark_introduction(lines)
    keep_field_blocks(lines)
    mark_form_rows(lines)
    mark_continuation_headers(lines)
    mark_stamp_headers(lines)
    mark_catchwords(lines)
    mark_garbage(lines)
    note_list = find_note_list(lines)
    markers = find_markers(lines, note_list) if note_list else {}
    if (
        note_list
        and (
            sum(len(found) for found in markers.values()) * 2 < len(note_list.notes)
            or sum(map(len, note_list.notes.values())) > LONGEST_NOTES * len(note_list.notes)
        )
        and not note_list.notes[min(note_list.notes)].lower().startswith("source:")
    ):
        # Numbered paragraphs ending a memorandum, not notes: most notes have their marker
        # above the list (a cut copy's paragraphs have at most the heading's), and notes are
        # short.
        note_list = None
    if note_list is None:
        note_list = find_web_notes(lines)
        markers = (
            find_markers(
                lines, note_list, SLASH_MARKER if note_list and note_list.slashed else None
            )
            if note_list
            else {}
        )
    for line in note_list.lines if note_list else []:
        line.kind = "note"
    assemble(doc, lines, markers, source_pages(doc, lines))
    keep_ocr_provenance(doc)
    keep_left_out(doc)
    doc.footnotes = align_notes(doc.footnotes, note_list.notes if note_list else {})
    doc.release = parse_release(doc.stamps) or doc.release
    return doc


# --- line judgements -------------------------------------------------------------------


def keep_field_blocks(lines: list[Line]) -> None:
    """Lines of a 'COPIES TO:' or 'PARTICIPANTS:' block are body, however code-like they look."""
    in_block = False
    for line in lines:
        text = line.text.strip()
        if BLOCK_FIELD.match(text):
            in_block = True
        elif in_block and text:
            if len(text) > 100:
                in_block = False
            elif line.kind in (None, "file-mark", "form", "page-number"):
                line.kind = None
                line.keep = True


def mark_form_rows(lines: list[Line]) -> None:
    """The rows of a routing slip's grid: an empty numbered row is form furniture, a row
    with a name in it ("1  Mr. Amory") is content (or garbage, as ``mark_garbage`` judges),
    and on a form, a row of capitals in cells with a form word OCR left whole ("X  FOLD HE
    RE TO  SEND R") is furniture too."""
    in_form = False
    form_lines = 0
    for line in lines:
        if not line.text.strip():
            continue
        if line.kind == "form":
            in_form = True
            form_lines += 1
        elif in_form and FORM_ROW.match(line.text) and not line.keep:
            line.kind = None if re.search(r"[^\W\d_]{2}", line.text) else "form"
        else:
            in_form = False
    if form_lines < MIN_FORM_LINES:
        return
    for line in lines:
        text = line.text
        if (
            line.kind is None
            and not line.keep
            and "\t" in text
            and text.upper() == text
            and FORM_FRAGMENT.search(text)
        ):
            line.kind = "form"


def mark_continuation_headers(lines: list[Line]) -> None:
    """A continuation page's header around its page number: the addressee and the
    repeated date set solid with it ("The Chairman / Page 2 / March 3, 1961"), and any
    short line repeated next to page furniture (a letterhead or telegram form printed on
    every page)."""
    nonblank = [line for line in lines if line.text.strip()]
    seen_body = False
    for k, line in enumerate(nonblank):
        if line.kind is None:
            seen_body = True
        elif (
            seen_body
            and line.kind in ("page-header", "page-number")
            and not PAGE_NUMBER_ONLY.match(line.text)
        ):
            for step in (-1, 1):
                j = k
                while 0 <= j + step < len(nonblank) and abs(j + step - k) <= 2:
                    upper, lower = sorted((j, j + step))
                    if not contiguous(nonblank[upper], nonblank[lower]):
                        break
                    j += step
                    neighbour = nonblank[j]
                    if neighbour.kind is None:
                        if neighbour.keep or not is_header_piece(neighbour.text):
                            break
                        neighbour.kind = "page-header"
    seen: set[str] = set()
    for k, line in enumerate(nonblank):
        text = line.text.strip()
        if (
            line.kind is not None
            or line.keep
            or len(text) > 60
            or text.endswith(":")
            or CLOSING.match(text)
        ):
            continue
        next_to_furniture = any(
            0 <= j < len(nonblank) and nonblank[j].kind in PAGE_FURNITURE for j in (k - 1, k + 1)
        )
        if text in seen and next_to_furniture:
            line.kind = "page-header"
        seen.add(text)


def contiguous(upper: Line, lower: Line) -> bool:
    """Two lines with no blank line between them."""
    return lower.start == upper.end + 1


def is_header_piece(text: str) -> bool:
    """A piece of a continuation header: a date, or a short name or title."""
    text = text.strip()
    return len(text) <= 40 and (
        bool(DATELINE.match(text)) or (is_name_line(text) and not text.endswith("."))
    )


def mark_stamp_headers(lines: list[Line]) -> None:
    """A 'DEPARTMENT OF STATE' line directly above a receiving stamp at the end belongs to the
    stamp."""
    body = [i for i, line in enumerate(lines) if line.text.strip()]
    last_body = max((i for i in body if lines[i].kind is None), default=-1)
    for a, b in itertools.pairwise(body):
        if a == last_body and lines[b].kind == "file-mark" and DEPARTMENT_LINE.match(lines[a].text):
            lines[a].kind = "file-mark"


def mark_catchwords(lines: list[Line]) -> None:
    """A lone word before a page break that repeats the next page's first word is a catchword."""
    nonblank = [line for line in lines if line.text.strip()]
    # index of the next body line after each stamp run
    next_body: list[int | None] = [None] * len(nonblank)
    following = None
    for i in range(len(nonblank) - 1, -1, -1):
        next_body[i] = following
        if nonblank[i].kind is None:
            following = i
    for i, line in enumerate(nonblank):
        if line.kind is not None or i + 1 >= len(nonblank) or nonblank[i + 1].kind is None:
            continue  # only a word with page furniture right after it
        words = line.text.split()  # (split only here: most lines are paragraphs)
        if len(words) != 1:
            continue
        j = next_body[i]
        if j is not None and nonblank[j].text.split()[0].strip(".,;:") == words[0].strip(".,;:"):
            line.kind = "garbage"


# A numbered heading of correspondents cut before its holder's name: no marker, no bracket.
WRAPPED_HEADING = re.compile(r"^\d{1,4}\.\s+[A-Z][^()]*\bFrom\s+[^()]*[a-z]$")
HEADING_LENGTH = 200  # a heading's line is shorter (and the pattern is tried on no longer one)


def mark_garbage(lines: list[Line]) -> None:
    """Short lines whose words appear nowhere in the document's prose are scan garbage."""
    candidates = []
    previous = ""  # the previous non-blank line
    last_body = ""  # the previous body line
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        before, previous = previous, text
        continues = (
            (
                text[0].islower()
                and len(last_body) >= PROSE_LINE
                and not SENTENCE_END.search(last_body)
            )
            or (
                # the rest of a list's entry: "Secretary Anderson (first few minutes" / "only), ..."
                before.count("(") > before.count(")")
            )
            # a FRUS heading wrapped: "... Special Assistant for National" / "Security Affairs
            # (Bundy)"
            or len(before) < HEADING_LENGTH
            and bool(WRAPPED_HEADING.match(before))
        )
        if not continues and may_be_garbage(line, text, before):
            candidates.append((line, text))
        if line.kind is None:
            last_body = text
    if not candidates:
        return
    # A speaker's label opening line after line ("N. I see.", "K: Yes.") is a transcript's, not
    # scan debris, however few its words
    labels = Counter(m.group() for line in lines if (m := LINE_LABEL.match(line.text.strip())))
    candidates = [
        (line, text)
        for line, text in candidates
        if not (
            (m := LINE_LABEL.match(text))
            and labels[m.group()] >= 2
            and sum(labels.values()) >= 4  # two speakers, each at least twice
        )
    ]
    vocabulary: set[str] = set()
    for line in lines:
        if line.kind is None and len(line.text) > 60:
            vocabulary.update(WORD.findall(line.text.lower()))
    if len(vocabulary) < 20:
        return  # too little prose to judge by
    for line, text in candidates:
        words = WORD.findall(text)
        if not words:
            if sum(ch.isalpha() for ch in text) <= 1 and not text.isdigit():
                line.kind = "garbage"
            continue
        known = sum(1 for w in words if w.lower() in vocabulary)
        if known < len(words) * 0.5:
            line.kind = "garbage"


SHORT_QUESTION = re.compile(r"[A-Z][a-z]+(?:[ .]+[A-Z]?[a-z]+){0,3}\?")
PROSE_BEFORE = 40  # characters of the line above that make it the last paragraph's
NUMBERED_RECORD = re.compile(
    r"(?i)^(?:Minutes|Protocol|Document|Transcript|Record|Memorandum|Report|Note)\s+No\.\s*\d+\b"
)
HOLDER_ENDS_LINE = re.compile(r"\b(?:to|of)\b.*\([A-Z][a-z][\w.' -]*\)\d{0,2}$")
# The editors' words in brackets: "London, [undated.]" is a dateline without its date.
EDITORS_BRACKET = re.compile(r"(?i)\[\s*(?:undated|not printed|sic|no date)\b[^\]]*\]")


def may_be_garbage(line: Line, text: str, before: str) -> bool:
    """A short body line that is none of the short things a document is made of."""
    if line.kind is not None or line.keep or len(text) > 25 or ":" in text:
        return False
    text = text.strip(" |")  # a table's cell walls ("Ambassador Harriman | |")
    text = re.sub(r"\s+[.,]$", "", text)  # a scan's speck after a word: "Allen Dulles ."
    if (
        CLOSING.match(text)
        or SALUTATION_LINE.match(text)
        or NUMERIC_DATE.match(text)
        or HEADING_WORDS.match(text)
        or DECIMAL_FILE.match(text)
        or is_file_heading(text)  # ("891.00/1-246 Telegram", its colon lost)
        or is_message_heading(text)  # "J. V. STALIN TO W. CHURCHILL*"
    ):
        return False
    if (
        text.startswith(("•", "·", "▪", "- ", "* "))
        or is_name_line(text.lstrip("-–~"))  # "-John Doe": a signer's pen stroke before him
        or NUMBERED_LINE.match(text)
    ):
        return False  # list items, names and titles are content
    if text.endswith(",") or TITLED_NAME.search(text) or FOR_FROM_LINE.match(text):
        return False
    if before.endswith(",") and not CLOSING.match(before):
        return False  # a line of an address block
    if MARKING.match(text) or TITLE_CASE.match(text) or EDITORS_BRACKET.search(text):
        return False  # "Top secret", "Livadia Palace, USSR", "London, [undated.]"
    if LABEL_KEY.match(text):
        return False  # "President Carter (P)": a transcript's key to its speaker labels
    if re.fullmatch(INITIALS_ALONE, text) and len(before) >= PROSE_BEFORE and before.endswith("."):
        return False  # "DA" under the last paragraph: the writer's initials, signing off
    if NUMBERED_RECORD.match(text):
        return False  # "Minutes No. 64", "Document No. 57": a record's title and its number
    if HOLDER_ENDS_LINE.search(text):
        return False  # "Adviser to SCAP (Sebald)1": a heading's last line, its holder named
    if SHORT_QUESTION.fullmatch(text):
        return False  # "Hello?", "Mr. President?": a transcript's turn, however short
    repaired = repair_ocr(text)
    # A date however written ("Sept. 5, 1962", "June 5,1962 (evening)") is no garbage; nor is
    # a month that ends the line ("September 1957", the scan's "2-4-August 1951"): a summary's
    # date, whether or not its prose names the month again.
    when = parse_date(repaired)
    return (
        not DATELINE.match(repaired)
        and not full_date(repaired)
        and not (when and when[2] >= len(repaired.rstrip(" .")))
    )


def full_date(text: str) -> bool:
    when = parse_date(text)
    return when is not None and len(when[0]) == 10


# A telegram's line saying whom it is for and from ("For Secretary from Hinton", "Eyes only for
# Rusk from Bohlen"): short, but the header's.
FOR_FROM_LINE = re.compile(
    r"^(?i:(?:strictly\s+)?(?:eyes|personal)\s+(?:only\s+)?)?(?i:for)\s+(?:the\s+)?[A-Z][\w./ -]*"
    r",?\s+(?i:from)\s+(?:the\s+)?[A-Z]"
)
LABEL_KEY = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+\([A-Z]{1,3}\)$")
MARKING = re.compile(r"(?i)^\W*(?:top\s+secret|secret|confidential|unclassified|eyes\s+only)\b")
TITLE_CASE = re.compile(
    r"^(?:[A-Z][\w'’.-]*|of|the|de|and)(?:,?\s+(?:[A-Z][\w'’.-]*|of|the|de|and|to|in|for))+$"
)  # "Livadia Palace, USSR", "Khrushchev to Kennedy"


# --- footnotes -------------------------------------------------------------------------


def find_note_list(lines: list[Line]) -> NoteList | None:
    """The numbered notes ending a published document (FRUS), numbered from 1 (or 0).

    Read from the end: each item "N. text" may wrap onto a few lines; the items must count
    down to 1 (or 0) without a gap, and nothing but noise may follow the list."""
    items: list[tuple[int, list[Line]]] = []  # from the last item back
    pending: list[Line] = []  # lines below the item being looked for (its wrapped text)
    for line in reversed(lines):
        if not line.text.strip() or line.kind is not None:
            continue
        m = NOTE_ITEM.match(line.text)
        number = int(m.group(1)) if m else None
        if number is not None and (not items or number == items[-1][0] - 1):
            items.append((number, [line] + pending))
            pending = []
            if number == 0:
                break
            continue
        if items and items[-1][0] == 1:
            break  # the list is complete; the body lies above it
        if number is not None or len(pending) >= MAX_NOTE_CONTINUATION:
            return None
        pending.insert(0, line)
    if not items or items[-1][0] > 1:
        return None
    notes = {}
    for number, group in items:
        joined = " ".join(piece.text.strip() for piece in group)
        notes[number] = joined[len(str(number)) + 1 :].strip()
    return NoteList(notes, [line for _, group in items for line in group])


def find_web_notes(lines: list[Line]) -> NoteList | None:
    """The notes of a web copy: a trailing run of items ending in "↩" (numbered 1, 2, ... in
    order), "/N/" paragraphs, or a lone "Source:" paragraph after the body."""
    items: list[Line] = []
    cut: Line | None = None  # a last note the copy was cut in, before its "↩"
    for line in reversed(lines):
        if not line.text.strip() or line.kind is not None:
            continue
        if ARROW_NOTE.match(line.text):
            items.insert(0, line)
            continue
        if not items and cut is None and CUT_NOTE.match(line.text):
            cut = line
            continue
        break
    if items:
        notes = {
            n: m.group("text").lstrip("-• ").strip()
            for n, line in enumerate(items, start=1)
            if (m := ARROW_NOTE.match(line.text))
        }
        if cut is not None:
            notes[len(items) + 1] = cut.text.strip().lstrip("-• ").strip()
            items.append(cut)
        return NoteList(notes, items)
    slashed = [line for line in lines if line.kind is None and SLASH_NOTE.match(line.text)]
    if slashed:
        notes = {
            int(m.group("number") or 0): m.group("text").strip()
            for line in slashed
            if (m := SLASH_NOTE.match(line.text))
        }
        return NoteList(notes, slashed, slashed=True)
    body = [k for k, line in enumerate(lines) if line.kind is None and line.text.strip()]
    for k in body[1:]:
        if SOURCE_PARAGRAPH.match(lines[k].text):
            return NoteList({1: re.sub(r"^[-•\d\s]+", "", lines[k].text.strip())}, [lines[k]])
    return None


def find_markers(
    lines: list[Line], note_list: NoteList, pattern: re.Pattern | None = None
) -> dict[int, list[tuple[int, int, str]]]:
    """Footnote markers in the body, in sequence: line index → [(start, end, marker)] within the
    line."""
    in_list = {id(line) for line in note_list.lines}
    highest = max(note_list.notes)
    expected = 0
    found: dict[int, list[tuple[int, int, str]]] = {}
    for i, line in enumerate(lines):
        if line.kind is not None or id(line) in in_list or not line.text.strip():
            continue
        text = line.text
        if DECIMAL_FILE.match(text):
            continue  # "396.1 WA/7–1353": the file number's decimals, no note's mark
        blocked = [(m.start(), m.end()) for m in PAGE_MARKER.finditer(text)]
        if pattern is not None:  # "/1/": the whole mark leaves the text
            candidates = [(m.start(), m.end(), int(m.group(1))) for m in pattern.finditer(text)]
        else:
            candidates = [(m.start(1), m.end(1), int(m.group(1))) for m in MARKER.finditer(text)]
            candidates += [
                (m.start(2), m.end(2), int(m.group(2))) for m in YEAR_MARKER.finditer(text)
            ]
        for start, end, number in sorted(candidates):
            if any(a <= start < b for a, b in blocked) or number > highest:
                continue
            is_year = start > 0 and text[start - 1].isdigit()
            if number == expected or (
                not is_year and expected < number <= expected + MARKER_SKIP and expected > 0
            ):
                found.setdefault(i, []).append((start, end, str(number)))
                expected = number + 1
            elif expected == 0 and number in (1, 2) and not is_year:
                # markers numbered from 1; from 2 where a cut copy lost the heading's first
                found.setdefault(i, []).append((start, end, str(number)))
                expected = number + 1
    return found


def align_notes(markers: list[Footnote], notes: dict[int, str]) -> list[Footnote]:
    """Give each marker its note. Item k explains marker k, unless the markers start at 0
    and the list at 1 (its first item the source note), then item k explains marker k - 1."""
    shift = 1 if markers and markers[0].marker == "0" and 0 not in notes else 0
    for footnote in markers:
        footnote.text = notes.get(int(footnote.marker) + shift, "")
    explained = {int(f.marker) + shift for f in markers}
    unexplained = [
        Footnote(str(n - shift), -1, -1, text)
        for n, text in sorted(notes.items())
        if n not in explained
    ]
    return markers + unexplained


# --- release ---------------------------------------------------------------------------


def parse_release(stamps: list[Stamp]) -> dict | None:
    """Release date, id and authority: the most frequent well-formed CREST release stamp
    (date and id read separately, so one good copy among garbled ones is enough), else a
    NARA or presidential-library declassification block."""
    dates: Counter[str] = Counter()
    ids: Counter[str] = Counter()
    for stamp in stamps:
        if stamp.kind == "release":
            for m in RELEASE_DATE.finditer(stamp.text):
                if 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
                    dates[f"{m.group(1)}-{m.group(2)}-{m.group(3)}"] += 1
            ids.update(m.group(0) for m in CREST_ID.finditer(stamp.text.upper().replace(" ", "")))
    if ids or dates:
        return {
            "date": dates.most_common(1)[0][0] if dates else None,
            "id": ids.most_common(1)[0][0] if ids else None,
            "authority": "CIA"
            if ids or any("CIA" in s.text.upper() for s in stamps if s.kind == "release")
            else None,
        }
    return parse_declassification(
        " ".join(s.text for s in stamps if s.kind in ("declassification", "release"))
    )


def parse_declassification(text: str) -> dict | None:
    """ "DECLASSIFIED Authority NND 959000 By SS NARA Date 3/4/98" → date, id, authority."""
    if not text:
        return None
    date = None
    m = DECLASSIFICATION_DATE.search(text)
    if m:
        month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year += 0 if year >= 100 else 1900 if year >= 50 else 2000
        if 1 <= month <= 12 and 1 <= day <= 31:
            date = f"{year:04d}-{month:02d}-{day:02d}"
    doc_id = None
    m = DECLASSIFICATION_ID.search(text)
    if m:
        prefix = m.group(1).upper()
        doc_id = f"{prefix} {m.group(2)}" if prefix in ("NND", "MR") else f"{prefix}-{m.group(2)}"
    order = EXECUTIVE_ORDER.search(text)
    authority: str | None
    if "NARA" in text.upper() or (doc_id and doc_id.startswith(("NND", "NL"))):
        authority = "NARA"
    else:
        authority = f"E.O. {order.group(1)}" if order else None
    if not (date or doc_id or authority):
        return None
    return {"date": date, "id": doc_id, "authority": authority}


def share_release(documents: list[Document]) -> None:
    """A release stamp covers the whole released file: parts whose own copies are garbled
    (no release, or one without its id) share the best-read one."""
    release = next((d.release for d in documents if d.release and d.release.get("id")), None)
    release = release or next((d.release for d in documents if d.release), None)
    for doc in documents:
        own = doc.release
        if not own or (
            release and not own.get("id") and own.get("date") in (None, release.get("date"))
        ):
            doc.release = release


# --- assembling the clean text ---------------------------------------------------------


def keep_left_out(doc: Document) -> None:
    """What the reader left out of a saved page as the site's (its navigation, breadcrumbs,
    sidebars), kept as provenance on the page's first document: a stamp of kind
    "site-chrome" at the start, as its words stood before the document's."""
    left_out = doc.source.meta.get("left_out") if doc.part == 1 else None
    if left_out:
        doc.stamps.insert(
            0, Stamp("\n".join(left_out), "site-chrome", doc.pages[0].n if doc.pages else 1, 0, 0)
        )


def keep_ocr_provenance(doc: Document) -> None:
    """Each page read by OCR says so, with the engine, language and confidence of the reading."""
    read = {page.n: page.ocr for page in doc.source.pages if page.ocr}
    for page in doc.pages if read else []:
        page.ocr = read.get(page.n)


def source_pages(doc: Document, lines: list[Line]) -> list[int] | None:
    """Each line's page number from the reader's page spans (PDF pages, form feeds), if it gave
    several."""
    pages = doc.source.pages
    if len(pages) < 2:
        return None
    starts = [p.start for p in pages]
    return [
        pages[max(bisect.bisect_right(starts, doc.raw_start + line.start) - 1, 0)].n
        for line in lines
    ]


class Builder:
    """The clean text, built from pieces of raw text, with its offset map and pages."""

    def __init__(self, page: int = 1, numbered: bool = False):
        self.parts: list[str] = []
        self.length = 0
        self.offset_map: list[tuple[int, int]] = []
        self.page_starts: list[
            tuple[int, int]
        ] = []  # (page number, clean offset of its first character)
        self.page = page
        self.page_has_text = False
        self.body_on_page = 0  # characters of body since the page began
        self.numbered = numbered  # page numbers come from the document or the reader, not counting
        self.last_line = ""  # the last body line copied, as written

    def copy(self, text: str, raw_start: int, separator: bool = False) -> None:
        """Raw text copied verbatim, or a separator that stands before ``raw_start``."""
        if not text:
            return
        if not separator and not self.page_has_text:
            self.page_starts.append((self.page, self.length))
            self.page_has_text = True
        self.offset_map.append((self.length, raw_start))
        self.parts.append(text)
        self.length += len(text)
        if not separator:
            self.body_on_page += len(text)

    def drop_last(self, n: int) -> None:
        """Take back the last ``n`` characters (a hyphen that joined a word across a page break)."""
        self.parts[-1] = self.parts[-1][:-n]
        self.length -= n
        if not self.parts[-1]:
            self.parts.pop()
            self.offset_map.pop()

    def new_page(self, number: int | None = None) -> None:
        """The text that follows is on a new page: the next one, or the page numbered ``number``."""
        if number is None:
            if self.page_has_text:  # two breaks with nothing between are one
                self.page += 1
        else:
            if not self.numbered and len(self.page_starts) == 1 and self.page_has_text:
                self.page_starts = [(number - 1, 0)]  # the page before the first printed number
            self.page = number
            self.numbered = True
        self.page_has_text = False
        self.body_on_page = 0

    def pages(self) -> list[Page]:
        starts = self.page_starts or [(self.page, 0)]
        return [
            Page(n, start, starts[k + 1][1] if k + 1 < len(starts) else self.length)
            for k, (n, start) in enumerate(starts)
        ]


def assemble(
    doc: Document,
    lines: list[Line],
    markers: dict[int, list[tuple[int, int, str]]],
    line_pages: list[int] | None,
) -> None:
    """Copy body lines into the clean text; turn runs of noise into stamps and page breaks.

    With the reader's page spans (``line_pages``) pages follow them; otherwise page
    markers, page headers and numbers, and the stamps at every page's head or foot do."""
    out = Builder(line_pages[0], True) if line_pages else Builder()
    stamps: list[Stamp] = []
    footnotes: list[Footnote] = []
    run: list[int] = []  # the noise lines since the last body line (their indexes)
    blanks = 0  # blank lines since the last body line
    form_feed = False
    for index, line in enumerate(lines):
        if line.new_page:
            form_feed = True
        if not line.text.strip():
            blanks += 1
            continue
        if line.kind is not None:
            if line.kind != "note":
                run.append(index)
            else:
                blanks += 1
            continue
        page_before = out.page
        if line_pages:
            take_run(out, lines, run, stamps, False, line_pages)
            if line_pages[index] != out.page:
                out.new_page(line_pages[index])
        else:
            take_run(
                out,
                lines,
                run,
                stamps,
                form_feed or breaks_page(out, [lines[k] for k in run]),
                None,
            )
        join_line(out, line, bool(run) or out.page != page_before, blanks)
        copy_line(out, line, index, markers, stamps, footnotes, not line_pages)
        run, blanks, form_feed = [], 0, False
    take_run(out, lines, run, stamps, False, line_pages)
    doc.text = "".join(out.parts)
    doc.offset_map = out.offset_map
    doc.stamps = stamps
    doc.footnotes = footnotes
    doc.pages = out.pages()


def breaks_page(out: Builder, run: list[Line]) -> bool:
    """Whether a run of furniture between two stretches of body is a page break."""
    if any(line.kind == "page-marker" for line in run):
        return False  # the marker says where the page begins
    return out.body_on_page >= MIN_PAGE_BODY and any(line.kind in PAGE_BREAK_KINDS for line in run)


def take_run(
    out: Builder,
    lines: list[Line],
    run: list[int],
    stamps: list[Stamp],
    page_break: bool,
    line_pages: list[int] | None,
) -> None:
    """Stamps for a run of noise lines, each on its page: the reader's page when it gave
    pages; else, with a page break, the foot stamps stay on the old page and the head
    stamps (from the first page header or number on) go on the new one."""
    kinds = [lines[k].kind for k in run]
    head = len(run)
    if page_break:
        head_at = next((n for n, kind in enumerate(kinds) if kind in PAGE_HEAD_KINDS), None)
        # No page header: the break follows the first foot stamp.
        head = (
            head_at
            if head_at is not None
            else next((n + 1 for n, kind in enumerate(kinds) if kind in PAGE_BREAK_KINDS), len(run))
        )
    for n, k in enumerate(run):
        line = lines[k]
        if page_break and n == head:
            out.new_page()
        if line.kind == "page-marker" and not line_pages:
            marker = PAGE_MARKER.search(line.text)
            out.new_page(int(marker.group(1)) if marker else None)
        assert line.kind is not None  # a run of noise lines: each has its kind
        stamps.append(
            make_stamp(line.text, line.kind, line_pages[k] if line_pages else out.page, line.start)
        )
    if page_break and head == len(run):
        out.new_page()


def make_stamp(text: str, kind: str, page: int, start: int) -> Stamp:
    """A stamp whose span in raw is exactly its text (surrounding spaces left out)."""
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return Stamp(stripped, kind, page, start + lead, start + lead + len(stripped))


# A telegram's precedence on a line of its own, as a web copy of the print writes it.
PRECEDENCE_LINE = re.compile(
    r"(?i)(?:most\s+|operational\s+)?immediate|urgent|niact(?:\s+immediate)?|"
    r"(?:triple\s+)?priority|flash|routine|"
    # its handling under a marking: "top secret" / "eyes only"
    r"eyes\s+only|nodis|exdis|limdis|noforn|limit(?:ed)?\s+distribution"
)


def join_line(out: Builder, line: Line, across_break: bool, blanks: int) -> None:
    """The separator before a body line: a space where a sentence runs on across removed
    furniture, nothing where a hyphenated word does, else a newline or a blank line."""
    if not out.length:
        return
    previous = out.last_line.rstrip()
    runs_on = (
        across_break
        and line.text.lstrip()[:1].islower()
        and len(previous) >= PROSE_LINE
        and not SENTENCE_END.search(previous)
        and not PRECEDENCE_LINE.fullmatch(line.text.strip())  # "most immediate" under a marking
    )
    if runs_on and HYPHEN_END.search(previous) and out.parts[-1].endswith("-"):
        out.drop_last(1)  # "strength-" + "ening" → "strengthening"
    elif runs_on:
        out.copy("" if out.parts[-1].endswith(" ") else " ", line.start, separator=True)
    else:
        out.copy("\n" if blanks == 0 and not across_break else "\n\n", line.start, separator=True)


def copy_line(
    out: Builder,
    line: Line,
    index: int,
    markers,
    stamps: list[Stamp],
    footnotes: list[Footnote],
    use_markers: bool,
) -> None:
    """Copy a body line without its inline page markers and footnote markers."""
    text = line.text
    begin = 0 if out.length else len(text) - len(text.lstrip())
    cuts = [(m.start(), m.end(), "page-marker", m.group(1)) for m in PAGE_MARKER.finditer(text)]
    if "rdp" in text.lower() or "NL" in text:  # a release stamp OCR ran into the line
        cuts += [
            (m.start(), m.end() + text.startswith(" ", m.end()), "release", None)
            for m in RELEASE_INLINE.finditer(text)
        ]
    cuts += [(start, end, "marker", value) for start, end, value in markers.get(index, [])]
    cursor = begin
    for start, end, kind, value in sorted(cuts):
        if start < cursor:
            continue
        out.copy(text[cursor:start], line.start + cursor)
        if kind == "page-marker":
            if use_markers:
                out.new_page(int(value))
            stamps.append(make_stamp(text[start:end], "page-marker", out.page, line.start + start))
        elif kind == "release":
            stamps.append(make_stamp(text[start:end], "release", out.page, line.start + start))
        else:
            footnotes.append(Footnote(value, out.length, out.length, ""))
        cursor = end
    out.copy(text[cursor:], line.start + cursor)
    out.last_line = text
