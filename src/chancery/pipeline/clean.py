"""Clean: separate the body from stamps, banners, page furniture and scan garbage.

Everything removed is kept: as a ``Stamp`` (with its page and its span in ``raw``), as a
``Page`` boundary, or as a ``Footnote``. ``offset_map`` leads from the clean text back to
``raw``.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Document, Footnote, Page, Stamp
from .dates import repair_ocr
from .noise import (
    BLOCK_FIELD,
    CAPS_NAME,
    PROPER_WORDS,
    CLOSING,
    NUMERIC_DATE,
    DATELINE,
    HEADING_WORDS,
    PAGE_MARKER,
    RELEASE_PARSED,
    SALUTATION,
    Line,
    noise_kind,
    split_lines,
)

# Kinds of noise that show a page ended (stamps at the foot or head of every page).
PAGE_BREAK_KINDS = {"release", "page-header", "page-number"}
MIN_PAGE_BODY = 200
NOTE_ITEM = re.compile(r"^\s*(\d{1,3})\.\s+(\S.*)$")
# A footnote marker: digits glued to the end of a word or punctuation ("Rhee3", "III,1", "Conversation0").
MARKER = re.compile(r"(?<=[^\W\d_]|[.,;:)’'\"”])(\d{1,3})(?=[\s,.;:)\]’”]|$)")
WORD = re.compile(r"[^\W\d_]{2,}")
SENTENCE_END = re.compile(r"[.!?:;\"”’)]\s*$")
DECLASSIFICATION_DEPARTMENT = re.compile(r"(?i)^\W*department\s+of\s+state\W*$")


def clean(doc: Document) -> Document:
    lines = split_lines(doc.raw)
    for line in lines:
        line.kind = noise_kind(line.text)
    keep_field_blocks(lines)
    mark_stamp_headers(lines)
    mark_catchwords(lines)
    mark_garbage(lines)
    notes, note_lines = find_note_list(lines)
    for line in note_lines:
        line.kind = "note"
    assemble(doc, lines, notes)
    doc.release = parse_release(doc.stamps) or doc.release
    return doc


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
    """A 'DEPARTMENT OF STATE' line directly above a receiving stamp belongs to the stamp."""
    body = [i for i, line in enumerate(lines) if line.text.strip()]
    for a, b in zip(body, body[1:]):
        if lines[b].kind == "file-mark" and lines[a].kind is None and DECLASSIFICATION_DEPARTMENT.match(lines[a].text):
            if not any(lines[j].kind is None for j in body if j > b):
                lines[a].kind = "file-mark"


def mark_catchwords(lines: list[Line]) -> None:
    """A lone word before a page break that repeats the next page's first word is a catchword."""
    nonblank = [line for line in lines if line.text.strip()]
    for i, line in enumerate(nonblank):
        words = line.text.split()
        if line.kind is not None or len(words) != 1:
            continue
        j = i + 1
        crossed_noise = False
        while j < len(nonblank) and nonblank[j].kind is not None:
            crossed_noise = True
            j += 1
        if crossed_noise and j < len(nonblank) and nonblank[j].text.split()[0].strip(".,;:") == words[0].strip(".,;:"):
            line.kind = "garbage"


def mark_garbage(lines: list[Line]) -> None:
    """Short lines whose words appear nowhere in the document's prose are scan garbage."""
    vocabulary = {w.lower() for line in lines if line.kind is None and len(line.text) > 60 for w in WORD.findall(line.text)}
    if len(vocabulary) < 20:
        return  # too little prose to judge by
    for i, line in enumerate(lines):
        text = line.text.strip()
        if line.kind is not None or line.keep or not text or len(text) > 25 or ":" in text:
            continue
        if CLOSING.match(text) or SALUTATION.match(text) or DATELINE.match(repair_ocr(text)) or NUMERIC_DATE.match(text) or HEADING_WORDS.match(text):
            continue
        if text.startswith(("•", "·", "▪")) or PROPER_WORDS.match(text):
            continue  # list items and names in title case are content
        if text.endswith(",") or CAPS_NAME.match(text) or re.match(r"^\d{1,4}\.\s+[A-Z]", text) or re.search(r"\b(?:Mr|Mrs|Dr|Gen|Amb)\.\s+[A-Z]", text):
            continue
        previous = next((p.text.strip() for p in reversed(lines[:i]) if p.text.strip()), "")
        if previous.endswith(",") and not CLOSING.match(previous):
            continue  # a line of an address block
        words = WORD.findall(text)
        if not words:
            if sum(ch.isalpha() for ch in text) <= 1 and not text.isdigit():
                line.kind = "garbage"
            continue
        known = sum(1 for w in words if w.lower() in vocabulary)
        if known < len(words) * 0.5:
            line.kind = "garbage"


def find_note_list(lines: list[Line]) -> tuple[dict[int, str], list[Line]]:
    """The numbered notes at the end of a published document (FRUS): number → text."""
    items: list[tuple[int, Line, str]] = []
    for line in reversed(lines):
        if not line.text.strip() or (line.kind is not None and not items):
            continue
        m = NOTE_ITEM.match(line.text)
        if not m:
            break
        items.append((int(m.group(1)), line, m.group(2).strip()))
    items.reverse()
    numbers = [n for n, _, _ in items]
    if not items or numbers != list(range(numbers[0], numbers[0] + len(numbers))) or numbers[0] not in (0, 1):
        return {}, []
    return {n: text for n, _, text in items}, [line for _, line, _ in items]


def parse_release(stamps: list[Stamp]) -> dict | None:
    """The release date and document id, from the most frequent well-formed release stamp."""
    found = Counter()
    for stamp in stamps:
        if stamp.kind == "release":
            m = RELEASE_PARSED.search(stamp.text)
            if m:
                found[(f"{m.group(1)}-{m.group(2)}-{m.group(3)}", m.group(4).upper())] += 1
    if not found:
        return None
    (date, doc_id), _ = found.most_common(1)[0]
    return {"date": date, "id": doc_id, "authority": "CIA" if doc_id.startswith("CIA-") else None}


class _Builder:
    """Appends pieces of raw text to the clean text, keeping the offset map."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.offset_map: list[tuple[int, int]] = []

    def copy(self, text: str, raw_start: int) -> None:
        if text:
            self.offset_map.append((self.length, raw_start))
            self.parts.append(text)
            self.length += len(text)

    def insert(self, text: str, raw_at: int) -> None:
        """Text not copied from raw (a separator); maps to the raw offset where it stands."""
        if text:
            self.offset_map.append((self.length, raw_at))
            self.parts.append(text)
            self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def assemble(doc: Document, lines: list[Line], notes: dict[int, str]) -> None:
    builder = _Builder()
    stamps: list[Stamp] = []
    page_starts: list[tuple[int, int]] = [(1, 0)]  # (page number, clean offset)
    page = 1
    body_on_page = 0  # characters of body since the page began
    in_noise_run = False
    pending_blank = 0
    removed_since_body = False
    expected_marker = None if not notes else (0 if 0 in notes or 1 in notes else 1)
    footnotes: list[Footnote] = []
    first_marker_seen = False

    def new_page(number: int | None = None) -> None:
        nonlocal page, body_on_page
        if number is not None and len(page_starts) == 1 and builder.length:
            page_starts[0] = (number - 1, 0)  # the first printed page number is the one before
        page = number if number is not None else page + 1
        if page_starts and page_starts[-1][1] == builder.length:
            page_starts[-1] = (page, builder.length)
        else:
            page_starts.append((page, builder.length))
        body_on_page = 0

    for line in lines:
        text = line.text
        if line.new_page and body_on_page:  # a form feed: the reader's page boundary (PDF pages)
            new_page()
            in_noise_run = True
        if not text.strip():
            pending_blank += 1
            continue
        if line.kind == "note":
            continue
        if line.kind is not None:
            if line.kind == "page-marker":
                number = int(PAGE_MARKER.search(text).group(1))
                stamps.append(Stamp(text.strip(), line.kind, page, line.start, line.end))
                new_page(number)
            else:
                # A page's foot and the next page's head: one break, and only after a page of body.
                breaks = line.kind in PAGE_BREAK_KINDS and body_on_page >= MIN_PAGE_BODY and not in_noise_run
                if breaks and line.kind != "release":  # a page header heads the new page
                    new_page()
                stamps.append(Stamp(text.strip(), line.kind, page, line.start, line.end))
                if breaks and line.kind == "release":  # a release stamp sits at the foot of the old one
                    new_page()
                in_noise_run = in_noise_run or breaks
            removed_since_body = True
            continue
        in_noise_run = False
        # A body line: the separator before it, then its pieces without inline markers.
        if builder.length:
            if removed_since_body and not SENTENCE_END.search(builder.parts[-1]) and text.lstrip()[:1].islower():
                builder.insert(" ", line.start)  # a sentence running on across a page break
            else:
                builder.insert("\n" * (1 if pending_blank == 0 and not removed_since_body else 2), line.start)
        pending_blank = 0
        removed_since_body = False
        line_text = text if builder.length else text.lstrip()
        offset = len(text) - len(line_text)
        cuts: list[tuple[int, int, str, str | None]] = []  # (start, end, kind, marker) relative to line
        for m in PAGE_MARKER.finditer(text):
            cuts.append((m.start(), m.end(), "page-marker", m.group(1)))
        if expected_marker is not None:
            for m in MARKER.finditer(text):
                number = int(m.group(1))
                if not first_marker_seen and number in (0, 1):
                    expected_marker = number
                if number == expected_marker and not any(c[0] <= m.start() < c[1] for c in cuts):
                    cuts.append((m.start(), m.end(), "marker", m.group(1)))
                    expected_marker += 1
                    first_marker_seen = True
        cuts.sort()
        cursor = offset
        for start, end, kind, value in cuts:
            if start < cursor:
                continue
            builder.copy(text[cursor:start], line.start + cursor)
            if kind == "page-marker":
                stamps.append(Stamp(text[start:end].strip(), "page-marker", page, line.start + start, line.start + end))
                new_page(int(value))
            else:
                footnotes.append(Footnote(value, builder.length, builder.length, ""))
            cursor = end
        builder.copy(text[cursor:], line.start + cursor)
        body_on_page += len(text)

    # Notes: list item k explains marker k, unless the markers start at 0 and the list at 1
    # (a FRUS source note printed as the first item), then item k explains marker k - 1.
    if footnotes:
        shift = 1 if footnotes[0].marker == "0" and 0 not in notes else 0
        for note in footnotes:
            note.text = notes.get(int(note.marker) + shift, "")
        explained = {int(f.marker) + shift for f in footnotes}
        footnotes += [Footnote(str(n - shift), -1, -1, t) for n, t in sorted(notes.items()) if n not in explained]
    elif notes:
        footnotes = [Footnote(str(n), -1, -1, t) for n, t in sorted(notes.items())]

    doc.text = builder.text()
    doc.offset_map = builder.offset_map
    doc.stamps = stamps
    doc.footnotes = footnotes
    page_starts = [(n, first_character(doc.text, start)) for n, start in page_starts]
    if len(page_starts) > 1 and page_starts[-1][1] == len(doc.text):
        page_starts.pop()  # stamps at the foot of the last page start no new page
    doc.pages = [
        Page(n, start, page_starts[i + 1][1] if i + 1 < len(page_starts) else len(doc.text))
        for i, (n, start) in enumerate(page_starts)
    ]


def first_character(text: str, start: int) -> int:
    """A page begins at its first character, not at the separator inserted before it."""
    while 0 < start < len(text) and text[start] in " \n":
        start += 1
    return start


def share_release(documents: list[Document]) -> None:
    """A release stamp covers the whole released file: parts whose own copies are garbled share it."""
    release = next((d.release for d in documents if d.release), None)
    for doc in documents:
        doc.release = doc.release or release
