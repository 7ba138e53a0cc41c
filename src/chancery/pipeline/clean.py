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
import re
from collections import Counter
from dataclasses import dataclass

from ..model import Document, Footnote, Page, Stamp
from .dates import repair_ocr
from .lines import NUMBERED_LINE, Line, classify, is_name_line
from .noise import (
    BLOCK_FIELD,
    CLOSING,
    DATELINE,
    HEADING_WORDS,
    NUMERIC_DATE,
    PAGE_MARKER,
    SALUTATION,
)

# Kinds of stamp printed at the head or foot of every page: a run of them between two
# stretches of body is a page break.
PAGE_BREAK_KINDS = {"release", "page-header", "page-number", "classification", "best-copy", "declassification"}
# Kinds that head the new page (the break comes before them); the others sit at the old page's foot.
PAGE_HEAD_KINDS = {"page-header", "page-number"}
MIN_PAGE_BODY = 200  # characters of body a page needs before furniture can end it
PROSE_LINE = 40  # a line cut by a page break is at least this long
NOTE_ITEM = re.compile(r"^\s*(\d{1,3})\.\s+(\S.*)$")
MAX_NOTE_CONTINUATION = 4  # lines a note may wrap onto
# A footnote marker: digits glued to the end of a word or punctuation ("Rhee3", "III,1", "Conversation0").
MARKER = re.compile(r"(?<=[^\W\d_]|[.,;:)’'\"”])(\d{1,3})(?=[\s,.;:)\]’”]|$)")
# A marker glued to a year ("in 19553" = 1955 + note 3); only taken when it is the marker expected next.
YEAR_MARKER = re.compile(r"(?<![\w.,/-])(1[6-9]\d\d|20\d\d)(\d{1,2})(?=[\s,.;:)\]’”]|$)")
MARKER_SKIP = 2  # markers OCR or markup lost that the sequence may jump over
WORD = re.compile(r"[^\W\d_]{2,}")
SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")
DEPARTMENT_LINE = re.compile(r"(?i)^\W*department\s+of\s+state\W*$")
# Release stamps: the date and a well-formed CREST document id, each read on its own.
RELEASE_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?/\s?(\d\d)\s?/\s?(\d\d)(?!\d)")
CREST_ID = re.compile(r"CIA-RDP\d\d[-A-Z]\d{5}[A-Z]\d{12}-\d")
DECLASSIFICATION_DATE = re.compile(r"(?i)\bdate[:.]?\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{2}|\d{4})\b")
DECLASSIFICATION_ID = re.compile(r"(?i)\b(NND|NLE|NLK|NLJ|NLN|NLF|NLC|NLS|NLT|NLH|NLR|NLG|MR)\s*[-–]?\s*(\d[\d-]*\d|\d)")
EXECUTIVE_ORDER = re.compile(r"(?i)\bE\.\s*O\.\s*(1[23]\d{3})")


@dataclass
class NoteList:
    notes: dict[int, str]  # number → text
    lines: list[Line]


def clean(doc: Document) -> Document:
    lines = classify(doc.raw)
    keep_field_blocks(lines)
    mark_stamp_headers(lines)
    mark_catchwords(lines)
    mark_garbage(lines)
    note_list = find_note_list(lines)
    markers = find_markers(lines, note_list) if note_list else {}
    if note_list and not markers and not note_list.notes[min(note_list.notes)].lower().startswith("source:"):
        note_list = None  # numbered paragraphs ending a memorandum, not notes
    for line in note_list.lines if note_list else []:
        line.kind = "note"
    assemble(doc, lines, markers, source_pages(doc, lines))
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


def mark_stamp_headers(lines: list[Line]) -> None:
    """A 'DEPARTMENT OF STATE' line directly above a receiving stamp at the end belongs to the stamp."""
    body = [i for i, line in enumerate(lines) if line.text.strip()]
    last_body = max((i for i in body if lines[i].kind is None), default=-1)
    for a, b in zip(body, body[1:]):
        if lines[b].kind == "file-mark" and lines[a].kind is None and DEPARTMENT_LINE.match(lines[a].text):
            if a == last_body:
                lines[a].kind = "file-mark"


def mark_catchwords(lines: list[Line]) -> None:
    """A lone word before a page break that repeats the next page's first word is a catchword."""
    nonblank = [line for line in lines if line.text.strip()]
    next_body = [None] * len(nonblank)  # index of the next body line after each stamp run
    following = None
    for i in range(len(nonblank) - 1, -1, -1):
        next_body[i] = following
        if nonblank[i].kind is None:
            following = i
    for i, line in enumerate(nonblank):
        words = line.text.split()
        if line.kind is not None or len(words) != 1 or i + 1 >= len(nonblank) or nonblank[i + 1].kind is None:
            continue  # only a word with page furniture right after it
        j = next_body[i]
        if j is not None and nonblank[j].text.split()[0].strip(".,;:") == words[0].strip(".,;:"):
            line.kind = "garbage"


def mark_garbage(lines: list[Line]) -> None:
    """Short lines whose words appear nowhere in the document's prose are scan garbage."""
    vocabulary = {w.lower() for line in lines if line.kind is None and len(line.text) > 60 for w in WORD.findall(line.text)}
    if len(vocabulary) < 20:
        return  # too little prose to judge by
    previous = ""  # the previous non-blank line
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        before, previous = previous, text
        if line.kind is not None or line.keep or len(text) > 25 or ":" in text:
            continue
        if CLOSING.match(text) or SALUTATION.match(text) or NUMERIC_DATE.match(text) or HEADING_WORDS.match(text):
            continue
        if text.startswith(("•", "·", "▪")) or is_name_line(text) or NUMBERED_LINE.match(text):
            continue  # list items, names and titles are content
        if text.endswith(",") or re.search(r"\b(?:Mr|Mrs|Dr|Gen|Amb)\.\s+[A-Z]", text):
            continue
        if before.endswith(",") and not CLOSING.match(before):
            continue  # a line of an address block
        if DATELINE.match(repair_ocr(text)):
            continue
        words = WORD.findall(text)
        if not words:
            if sum(ch.isalpha() for ch in text) <= 1 and not text.isdigit():
                line.kind = "garbage"
            continue
        known = sum(1 for w in words if w.lower() in vocabulary)
        if known < len(words) * 0.5:
            line.kind = "garbage"


# --- footnotes -------------------------------------------------------------------------


def find_note_list(lines: list[Line]) -> NoteList | None:
    """The numbered notes ending a published document (FRUS), numbered from 0 or 1.

    Read from the end: each item "N. text" may wrap onto a few lines; the items must count
    down to 1 (or 0) without a gap."""
    items: list[tuple[int, list[Line]]] = []  # from the last item back
    pending: list[Line] = []  # lines below the item being looked for (its wrapped text)
    for line in reversed(lines):
        if not line.text.strip() or (line.kind is not None and not line.keep):
            continue
        m = NOTE_ITEM.match(line.text)
        if m and (not items or int(m.group(1)) == items[-1][0] - 1):
            items.append((int(m.group(1)), [line] + pending))
            pending = []
            if items[-1][0] <= 1:
                break
            continue
        if m or len(pending) >= MAX_NOTE_CONTINUATION:
            return None
        pending.insert(0, line)
    if not items or items[-1][0] > 1:
        return None
    notes = {n: " ".join(piece.text.strip() for piece in group)[len(NOTE_ITEM.match(group[0].text).group(1)) + 1 :].strip() for n, group in items}
    return NoteList(notes, [line for _, group in items for line in group])


def find_markers(lines: list[Line], note_list: NoteList) -> dict[int, list[tuple[int, int, str]]]:
    """Footnote markers in the body, in sequence: line index → [(start, end, marker)] within the line."""
    in_list = {id(line) for line in note_list.lines}
    highest = max(note_list.notes)
    expected = 0
    found: dict[int, list[tuple[int, int, str]]] = {}
    for i, line in enumerate(lines):
        if line.kind is not None or id(line) in in_list or not line.text.strip():
            continue
        text = line.text
        blocked = [(m.start(), m.end()) for m in PAGE_MARKER.finditer(text)]
        candidates = [(m.start(1), m.end(1), int(m.group(1))) for m in MARKER.finditer(text)]
        candidates += [(m.start(2), m.end(2), int(m.group(2))) for m in YEAR_MARKER.finditer(text)]
        for start, end, number in sorted(candidates):
            if any(a <= start < b for a, b in blocked) or number > highest:
                continue
            is_year = start > 0 and text[start - 1].isdigit()
            if number == expected or (not is_year and expected < number <= expected + MARKER_SKIP and expected > 0):
                found.setdefault(i, []).append((start, end, str(number)))
                expected = number + 1
            elif expected == 0 and number == 1 and not is_year:
                found.setdefault(i, []).append((start, end, "1"))  # markers numbered from 1
                expected = 2
    return found


def align_notes(markers: list[Footnote], notes: dict[int, str]) -> list[Footnote]:
    """Give each marker its note. Item k explains marker k, unless the markers start at 0
    and the list at 1 (its first item the source note), then item k explains marker k - 1."""
    shift = 1 if markers and markers[0].marker == "0" and 0 not in notes else 0
    for footnote in markers:
        footnote.text = notes.get(int(footnote.marker) + shift, "")
    explained = {int(f.marker) + shift for f in markers}
    unexplained = [Footnote(str(n - shift), -1, -1, text) for n, text in sorted(notes.items()) if n not in explained]
    return markers + unexplained


# --- release ---------------------------------------------------------------------------


def parse_release(stamps: list[Stamp]) -> dict | None:
    """Release date, id and authority: the most frequent well-formed CREST release stamp
    (date and id read separately, so one good copy among garbled ones is enough), else a
    NARA or presidential-library declassification block."""
    dates, ids = Counter(), Counter()
    for stamp in stamps:
        if stamp.kind == "release":
            for m in RELEASE_DATE.finditer(stamp.text):
                if 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
                    dates[f"{m.group(1)}-{m.group(2)}-{m.group(3)}"] += 1
            ids.update(m.group(0) for m in CREST_ID.finditer(stamp.text.upper().replace(" ", "")))
    if ids or dates:
        doc_id = ids.most_common(1)[0][0] if ids else None
        return {
            "date": dates.most_common(1)[0][0] if dates else None,
            "id": doc_id,
            "authority": "CIA" if doc_id or ids else "CIA",
        }
    return parse_declassification(" ".join(s.text for s in stamps if s.kind == "declassification"))


def parse_declassification(text: str) -> dict | None:
    """"DECLASSIFIED Authority NND 959000 By SS NARA Date 3/4/98" → date, id, authority."""
    if not text:
        return None
    date = None
    m = DECLASSIFICATION_DATE.search(text)
    if m:
        month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year += 0 if year >= 100 else 1900 if year >= 50 else 2000
        if 1 <= month <= 12 and 1 <= day <= 31:
            date = f"{year:04d}-{month:02d}-{day:02d}"
    m = DECLASSIFICATION_ID.search(text)
    doc_id = f"{m.group(1).upper()} {m.group(2)}" if m and m.group(1).upper() in ("NND", "MR") else (f"{m.group(1).upper()}-{m.group(2)}" if m else None)
    order = EXECUTIVE_ORDER.search(text)
    if "NARA" in text.upper() or (doc_id and doc_id.startswith(("NND", "NL"))):
        authority = "NARA"
    else:
        authority = f"E.O. {order.group(1)}" if order else None
    if not (date or doc_id or authority):
        return None
    return {"date": date, "id": doc_id, "authority": authority}


def share_release(documents: list[Document]) -> None:
    """A release stamp covers the whole released file: parts whose own copies are garbled share it."""
    release = next((d.release for d in documents if d.release and d.release.get("id")), None)
    release = release or next((d.release for d in documents if d.release), None)
    for doc in documents:
        if not doc.release or (release and not doc.release.get("id") and release.get("authority") == doc.release.get("authority")):
            doc.release = release


# --- assembling the clean text ---------------------------------------------------------


def source_pages(doc: Document, lines: list[Line]) -> list[int] | None:
    """Each line's page number from the reader's page spans (PDF pages, form feeds), if it gave several."""
    pages = doc.source.pages
    if len(pages) < 2:
        return None
    starts = [p.start for p in pages]
    return [pages[max(bisect.bisect_right(starts, doc.raw_start + line.start) - 1, 0)].n for line in lines]


class Builder:
    """The clean text, built from pieces of raw text, with its offset map and pages."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.offset_map: list[tuple[int, int]] = []
        self.page_starts: list[tuple[int, int]] = []  # (page number, clean offset)
        self.page = 1
        self.body_on_page = 0  # characters of body since the page began
        self.numbered = False  # a page number was read from the document (not counted)

    def copy(self, text: str, raw_start: int) -> None:
        """Raw text copied verbatim (or a separator standing before ``raw_start``)."""
        if text:
            if not self.page_starts or self.page_starts[-1][0] != self.page:
                self.page_starts.append((self.page, self.length))
            self.offset_map.append((self.length, raw_start))
            self.parts.append(text)
            self.length += len(text)
            self.body_on_page += len(text)

    def drop_last(self, n: int) -> None:
        """Take back the last ``n`` characters (a hyphen that joined a word across a page break)."""
        last = self.parts[-1]
        self.parts[-1] = last[:-n]
        self.length -= n
        if not self.parts[-1]:
            self.parts.pop()
            self.offset_map.pop()

    def new_page(self, number: int | None = None) -> None:
        """The text that follows is on a new page (the next one, or the page numbered ``number``)."""
        if number is not None and not self.numbered and self.length:
            self.page_starts = [(number - 1 if n == self.page else n, s) for n, s in self.page_starts]
        if number is not None:
            self.numbered = True
        self.page = number if number is not None else self.page + 1
        self.body_on_page = 0

    def last_line(self) -> str:
        return self.parts[-1] if self.parts else ""

    def pages(self) -> list[Page]:
        starts = self.page_starts or [(self.page, 0)]
        return [
            Page(n, start, starts[k + 1][1] if k + 1 < len(starts) else self.length)
            for k, (n, start) in enumerate(starts)
        ]


def assemble(doc: Document, lines: list[Line], markers: dict[int, list[tuple[int, int, str]]], line_pages: list[int] | None) -> None:
    """Copy body lines into the clean text; turn runs of noise into stamps and page breaks."""
    out = Builder()
    stamps: list[Stamp] = []
    footnotes: list[Footnote] = []
    if line_pages:
        out.page = line_pages[0]
        out.numbered = True
    run: list[Line] = []  # the noise lines since the last body line
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
                run.append(line)
            else:
                blanks += 1
            continue
        page_before = out.page
        if line_pages:
            take_run(out, run, stamps, False, line_pages)
            if line_pages[index] != out.page:
                out.new_page(line_pages[index])
        else:
            take_run(out, run, stamps, form_feed or breaks_page(out, run), None)
        join_line(out, line, bool(run) or out.page != page_before, blanks)
        copy_line(out, line, index, markers, stamps, footnotes)
        run, blanks, form_feed = [], 0, False
    take_run(out, run, stamps, False, line_pages)
    doc.text = "".join(out.parts)
    doc.offset_map = out.offset_map
    doc.stamps = stamps
    doc.footnotes = footnotes
    doc.pages = out.pages()


def breaks_page(out: Builder, run: list[Line]) -> bool:
    """Whether a run of furniture between two stretches of body is a page break."""
    return out.body_on_page >= MIN_PAGE_BODY and any(line.kind in PAGE_BREAK_KINDS for line in run)


def take_run(out: Builder, run: list[Line], stamps: list[Stamp], page_break: bool, line_pages: list[int] | None) -> None:
    """Stamps for a run of noise lines; with a page break, the foot stamps stay on the old page
    and the head stamps (from the first page header or number) go on the new one."""
    head = len(run)
    if page_break:
        head = next((k for k, line in enumerate(run) if line.kind in PAGE_HEAD_KINDS), None)
        if head is None:  # no page header: the break follows the first foot stamp
            head = next((k + 1 for k, line in enumerate(run) if line.kind in PAGE_BREAK_KINDS), len(run))
    for k, line in enumerate(run):
        if page_break and k == head:
            out.new_page()
        stamps.append(make_stamp(line.text, line.kind, out.page, line.start))
    if page_break and head == len(run):
        out.new_page()


def make_stamp(text: str, kind: str, page: int, start: int) -> Stamp:
    """A stamp whose span in raw is exactly its text (surrounding spaces left out)."""
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return Stamp(stripped, kind, page, start + lead, start + lead + len(stripped))


def join_line(out: Builder, line: Line, across_break: bool, blanks: int) -> None:
    """The separator before a body line: a space where a sentence runs on across removed
    furniture, no space where a hyphenated word does, else a newline or a blank line."""
    if not out.length:
        return
    previous = out.last_line()
    first = line.text.lstrip()[:1]
    runs_on = across_break and first.islower() and len(previous.strip()) >= PROSE_LINE and not SENTENCE_END.search(previous)
    if runs_on and re.search(r"[^\W\d_]-$", previous.rstrip()) and previous.rstrip() == previous:
        out.drop_last(1)
        out.copy("", line.start)
    elif runs_on:
        out.copy(" " if not previous.endswith(" ") else "", line.start)
    else:
        out.copy("\n" if blanks == 0 and not across_break else "\n\n", line.start)


def copy_line(out: Builder, line: Line, index: int, markers, stamps: list[Stamp], footnotes: list[Footnote]) -> None:
    """Copy a body line without its inline page markers and footnote markers."""
    text = line.text
    begin = 0 if out.length else len(text) - len(text.lstrip())
    cuts = [(m.start(), m.end(), "page-marker", m.group(1)) for m in PAGE_MARKER.finditer(text)]
    cuts += [(start, end, "marker", value) for start, end, value in markers.get(index, [])]
    cursor = begin
    for start, end, kind, value in sorted(cuts):
        if start < cursor:
            continue
        out.copy(text[cursor:start], line.start + cursor)
        if kind == "page-marker":
            out.new_page(int(value))
            stamps.append(make_stamp(text[start:end], "page-marker", out.page, line.start + start))
        else:
            footnotes.append(Footnote(value, out.length, out.length, ""))
        cursor = end
    out.copy(text[cursor:], line.start + cursor)
