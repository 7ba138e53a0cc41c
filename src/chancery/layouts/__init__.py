"""Source layouts: the ways archives lay out a record's header, one module per layout.

A layout says how well it fits a document (``fit``: 0 when it does not apply) and reads the
facts its header states (``read``): type, title, date, place, classification, correspondents,
participants, drafter. ``read_header`` runs every layout that fits, the best fit first, so a
specific layout (an automated cable, a FRUS heading) speaks before the generic ones (a
dateline, a letter's salutation); the first layout to state a fact keeps it. Each fact is
recorded with its evidence: the span of the words in the clean text and the rule that read it.

``web_page`` holds the rules for a site's own words around a document (navigation, notices);
the clean stage moves those lines out of the text, so it reads no facts.

Each layout keeps its patterns as data (``RULES``): what the rule reads, its pattern, example
lines it must read and lines it must not, and the archives that write so. A test runs every
example against its rule, so adding a layout is one module and its examples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..authority.matcher import ocr_distance
from ..model import Document, Evidence, Party


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    reads: str  # what the rule reads, in a few words
    examples: tuple[str, ...]  # lines (or short passages) the rule must match
    archives: tuple[str, ...]  # who writes so: "FRUS (history.state.gov)", "CIA reading room", ...
    not_examples: tuple[str, ...] = ()  # lines it must not match


def rule(
    name: str, pattern: str, reads: str, examples, archives, not_examples=(), flags: int = 0
) -> Rule:
    return Rule(
        name,
        re.compile(pattern, flags),
        reads,
        tuple(examples),
        tuple(archives),
        tuple(not_examples),
    )


@dataclass(frozen=True)
class Line:
    """A line of the clean text with its offsets."""

    text: str  # stripped
    start: int
    end: int


def text_lines(text: str, limit: int | None = None) -> list[Line]:
    """The non-blank lines of ``text`` (up to ``limit`` characters in), stripped, with offsets."""
    lines, offset = [], 0
    for raw in (text if limit is None else text[:limit]).split("\n"):
        stripped = raw.strip()
        if stripped:
            start = offset + raw.index(stripped)
            lines.append(Line(stripped, start, start + len(stripped)))
        offset += len(raw) + 1
    return lines


PROSE = 160  # a line this long is running text: the header has ended
# A line that ends its sentence (a signature stands under one; a text cut off does not).
SENTENCE_END = re.compile(r"[.?!:)\]\"'”’]\d{0,2}\s*$")  # "... at this time.4": a note's marker
# But an editors' heading may be as long ("16. Memorandum From the Acting Deputy Assistant
# Secretary of State for European Affairs (Toon) to the President's Assistant for National
# Security Affairs (Kissinger)", 170 characters): numbered, first, without a full stop; so may a
# record's title ("Record of Conversations between Cde. I. I. Petrov, First Secretary of the
# Regional Committee, and Cde. P. P. Ivanov, Chairman of the Regional Executive Committee").
# "Second Meeting: Record of a Conversation between ...": the meeting's place in a series first.
MEETING_IN_A_SERIES = (
    r"(?:(?:First|Second|Third|Fourth|Fifth|Last)\s+(?:Meeting|Conversation|Session):\s+)"
)
LONG_HEADING = re.compile(
    rf"^(?:\d{{1,4}}\.\s+[A-Z]|{MEETING_IN_A_SERIES}?(?:Record|Memorandum|Notes?|Minutes)\s+of\s+"
    r"(?:the\s+|a\s+)?Conversations?\s+(?:between|of|with)\s)[^\n]{0,400}[^.\s]$"
)


# A subject line that lists its topics, however long, is no running text: "• (1) Okinawa;
# (2) Korea; (3) FRG–USSR Treaty and Northern Territories; (4) China; ...".
NUMBERED_TOPICS = re.compile(r"^\W*\(1\)\s[^;.]{1,80};\s*\(2\)\s")


# A web copy's subject as the first bullet under the heading, however long, its label lost:
# "• Summary of the President's Third Meeting with ... re: Economic Relations, Claims Assets,
# ..., SALT and Taiwan" (no full stop: a sentence of the text would end with one).
BULLETED_SUBJECT = re.compile(r"^[•·▪]\s+[A-Z][^\n]*[^.\s]$")
# A memorandum's subject field on its line, however long, within the header's first lines:
# "Subject: Harvest Quotas; Fishing Rights; Visits of the Delegation" (the participants' label
# comes after it).
SUBJECT_FIELD = re.compile(r"^(?:Subject|SUBJECT|Subj\.?)\s*:\s+[A-Z][^\n]{0,400}[^.\s]$")


def head_lines(doc: Document, most: int = 40) -> list[Line]:
    """The lines of the document's header: those before its running text begins (and at most
    ``most``), plus the first line of running text, which may itself carry the date."""
    return list(header_of(doc.text[:8000])[:most])


def top_lines(doc: Document, chars: int) -> tuple[Line, ...]:
    """The non-blank lines of the document's first ``chars`` characters (asked again and again)."""
    return lines_of(doc.text[:chars])


@lru_cache(maxsize=32)
def lines_of(top: str) -> tuple[Line, ...]:
    return tuple(text_lines(top))


# A transcriber's preface above the document on a mirror site: where the text was taken from,
# and a note on how it was transcribed. Long as it is, the header has not begun yet.
PREFACE = re.compile(
    r"^(?:Transcribed\s+from\b|NOTE:|Note:|Foreign\s+Relations\s+of\s+the\s+United\s+States,"
    r"\s+19\d\d)"
)
PREFACE_LINES = 4  # a preface is the page's first few lines


@lru_cache(maxsize=32)  # every layout asks for the same header, fit after fit
def header_of(top: str) -> tuple[Line, ...]:
    lines = []
    preface = True
    for line in text_lines(top):
        lines.append(line)
        preface = preface and len(lines) <= PREFACE_LINES and bool(PREFACE.match(line.text))
        if (
            len(line.text) >= PROSE
            and not (len(lines) <= 2 and LONG_HEADING.match(line.text))
            and not preface
            and not NUMBERED_TOPICS.match(line.text)
            and not (len(lines) <= 3 and BULLETED_SUBJECT.match(line.text))
            and not (len(lines) <= 4 and SUBJECT_FIELD.match(line.text))
            or len(lines) >= 120
        ):
            break
    return tuple(lines)


def found(doc: Document, name: str, value, start: int = -1, end: int = -1, basis: str = "") -> bool:
    """State a fact unless a layout that spoke earlier already did; True when this one counts."""
    if value in (None, "", []) or getattr(doc, name) not in (None, "", []):
        return False
    setattr(doc, name, value)
    doc.evidence[name] = Evidence(start, end, basis)
    return True


def found_date(doc: Document, value: str, start: int, end: int, basis: str) -> bool:
    """State the date, with what dates it, unless a layout that spoke earlier already did."""
    if found(doc, "date", value, start, end, basis):
        doc.date_basis = basis
        return True
    return False


def fallback(doc: Document, name: str, value, basis: str) -> None:
    """A fact stated where a weaker source states it (a catalogue's description of the
    document): it counts only if no layout finds it in the document itself."""
    doc.fallbacks.setdefault(name, (value, basis))


def misspelt(written: str, known: str | None) -> bool:
    """Whether a place as a scan read it is a letter away from the one known otherwise."""
    if not known or known == written or len(known) < 5:
        return False
    return ocr_distance(written, known, 1) <= 1


def party(
    written: str,
    start: int = -1,
    name: str | None = None,
    role: str | None = None,
    side: str | None = None,
) -> Party:
    """A party as the text writes it; ``name`` is the name part (the people stage links it),
    ``role`` the office it is named by ("Ambassador in the Soviet Union")."""
    written = " ".join(written.split())
    return Party(
        as_written=written,
        name=name if name is not None else written,
        start=start,
        end=start + len(written) if start >= 0 else -1,
        side=side,
        role=role,
    )


def all_layouts() -> list:
    """The layout modules, in the order that breaks ties in fit."""
    from . import (
        briefing_book,
        cable,
        call_form,
        crest,
        daily_diary,
        dateline,
        frus,
        leaders_message,
        letter,
        library_title,
        memcon,
        ocr_page,
        presidency_project,
        record_form,
        recording,
        routing_slip,
        source_note,
        soviet_record,
        state_telegram,
        thatcher_archive,
    )

    return [
        routing_slip,
        call_form,
        daily_diary,
        recording,
        presidency_project,
        crest,
        cable,
        state_telegram,
        frus,
        soviet_record,
        leaders_message,
        thatcher_archive,
        library_title,
        briefing_book,
        memcon,
        letter,
        ocr_page,
        dateline,
        source_note,
        record_form,
    ]


def fit_state(doc: Document) -> tuple:
    """What the layouts' fits read of a document besides its text: the facts read so far."""
    return (
        doc.type,
        doc.title,
        doc.sender,
        doc.date,
        doc.collection,
        len(doc.stamps),
        len(doc.footnotes),
        len(doc.recipients),
        len(doc.participants),
    )


def read_header(doc: Document) -> Document:
    """Every layout that fits reads the header, the best fit first. A layout that did not fit
    is asked again after each reading: what one layout found (a FRUS heading's type) can make
    another fit."""
    layouts = all_layouts()
    fits = {layout: layout.fit(doc) for layout in layouts}
    while True:
        ready = [layout for layout in layouts if fits[layout] > 0]
        if not ready:
            break
        layout = max(ready, key=lambda candidate: fits[candidate])  # the first of equals, in order
        before = fit_state(doc)
        layout.read(doc)
        layouts.remove(layout)
        if fit_state(doc) != before:  # what a fit asks of the document changed: ask again
            fits.update({other: other.fit(doc) for other in layouts if fits[other] <= 0})
    for name, (value, basis) in doc.fallbacks.items():
        if name == "date":
            found_date(doc, value, -1, -1, basis)
        elif name == "place" and doc.place and misspelt(doc.place, value):
            doc.place = value  # a scan's "Toiyo, January 3, 1949." from the post in Tokyo
        else:
            found(doc, name, value, basis=basis)
    return doc
