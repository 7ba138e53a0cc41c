"""Split: one file may hold several documents (a cover letter, the letter, a routing slip).

Boundaries come from generic cues: a new dateline after a letter's closing, a printed form
(routing slip) after a finished document, a new "Memorandum of Conversation"/"MEMORANDUM
FOR"/telegram heading or a FRUS "N. Title" heading after a document with a body. A page
header that repeats the date ("November 15, 1960 Page Two") is not a new document.
The parts partition the file's text exactly: splitting never loses a character.
"""

from __future__ import annotations

import re

from ..model import Document, Source
from .noise import CLOSING, DATELINE, SALUTATION, is_form_line, noise_kind, split_lines

HEADING = re.compile(
    r"(?i)^\s*(?:memorandum\s+of\s+conversation|memorandum\s+for\b|telegram\b|airgram\b|"
    r"minutes\s+of\b|record\s+of\s+meeting|editorial\s+note)"
)
# "62. Memorandum of Conversation", "112. Telegram From the Embassy ..." at the start of a line.
FRUS_HEADING = re.compile(
    r"^\d{1,4}\.\s+(?:Memorandum|Telegram|Letter|Editorial|Minutes|Record|Notes?|Paper|Message|Despatch|Airgram|"
    r"Circular|Instruction|Summary|Report|National|Special|Intelligence|Draft|Diary|Briefing|Position|Oral|Aide)\b"
)
ADDRESS_OPENER = re.compile(r"(?i)^\s*(?:The\s+Honou?rable|His\s+Excellency|Her\s+Excellency)\b")
MIN_BODY = 300  # characters of body a document needs before a heading can start another


def split(source: Source) -> list[Document]:
    text = source.text
    lines = split_lines(text)
    kinds = [noise_kind(line.text) if line.text.strip() else "blank" for line in lines]
    starts = [0]
    body_chars = 0
    closed = False  # the current document ended with a closing or signature
    dates_seen: set[str] = set()
    in_form = False
    for i, line in enumerate(lines):
        kind = kinds[i]
        stripped = line.text.strip()
        if kind == "blank":
            continue
        boundary = None
        if kind == "form" or (kind is None and is_form_line(line.text)):
            if body_chars >= MIN_BODY and not in_form:
                # A banner above a form is the previous page's foot, not the form's header.
                boundary = header_start(lines, kinds, i, starts[-1], banners=False)
            in_form = True
        elif kind is None:
            if SALUTATION.match(stripped) and body_chars >= MIN_BODY:
                boundary = header_start(lines, kinds, i, starts[-1])  # a second letter begins
            elif DATELINE.match(stripped):
                if closed and body_chars >= MIN_BODY and stripped not in dates_seen:
                    boundary = header_start(lines, kinds, i, starts[-1])
                dates_seen.add(stripped)
            elif (HEADING.match(stripped) or FRUS_HEADING.match(stripped)) and body_chars >= MIN_BODY and (closed or FRUS_HEADING.match(stripped)):
                boundary = header_start(lines, kinds, i, starts[-1])
        if boundary is not None and boundary > starts[-1]:
            starts.append(boundary)
            body_chars = 0
            closed = False
            dates_seen = {stripped} if DATELINE.match(stripped) else set()
            in_form = kind == "form"
        if kind is None:
            if CLOSING.match(stripped) or ADDRESS_OPENER.match(stripped):
                closed = True
            elif not SALUTATION.match(stripped):
                body_chars += len(stripped)
    bounds = list(zip(starts, starts[1:] + [len(text)]))
    return [
        Document(source=source, part=n, parts=len(bounds), raw=text[a:b], raw_start=a)
        for n, (a, b) in enumerate(bounds, start=1)
    ]


def header_start(lines, kinds, i: int, floor: int, banners: bool = True) -> int:
    """Where the new document begins: before its own header lines (registry number,
    classification, letterhead), after the previous document's last stamps and body."""
    j = i
    while j - 1 >= 0 and lines[j - 1].start >= floor:
        kind = kinds[j - 1]
        text = lines[j - 1].text.strip()
        if kind == "blank" or kind in ("file-mark", "form") or (banners and kind == "classification"):
            j -= 1
            continue
        if kind is None and len(text) <= 40 and text.upper() == text and not CLOSING.match(text):
            j -= 1  # a letterhead in capitals
            continue
        if kind is None and DATELINE.match(text):
            j -= 1  # the new letter's dateline above its salutation
            continue
        break
    while j < i and kinds[j] == "blank":
        j += 1
    return lines[j].start
