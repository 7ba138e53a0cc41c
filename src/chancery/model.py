"""The records every stage reads and writes.

Plain dataclasses, no behaviour beyond small conveniences. Offsets:

* ``Source.text`` is the whole file's text as read (pages joined).
* ``Document.raw`` is this document's slice of it, ``raw_start`` where it begins.
* ``Document.text`` is the clean body text; every span on a Document refers to it
  (``start``/``end``), except ``Stamp`` spans, which refer to ``raw`` because the
  stamp text is no longer in the clean text.
* ``Document.offset_map`` maps clean offsets back to raw offsets: a sorted list of
  ``(clean_start, raw_start)`` pairs, one per run of copied text (see ``to_raw``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .errors import ChanceryError


@dataclass
class SourcePage:
    """One page of a source file: its number and its span in ``Source.text``."""

    n: int
    start: int
    end: int
    ocr: dict | None = None  # read by OCR: {"engine", "version", "language", "confidence"}


@dataclass
class Source:
    """A file turned into text by a reader."""

    path: str
    format: str  # "text", "html", "pdf", ...
    sha256: str
    text: str
    pages: list[SourcePage] = field(default_factory=list)
    size: int = 0
    # Facts a reader can know from the format itself (e.g. the HTML <title>).
    meta: dict = field(default_factory=dict)


@dataclass
class Person:
    """A person as the export names them: ``{id, name}``."""

    id: str
    name: str


@dataclass
class Mention:
    """A reference to a person in the clean text."""

    text: str
    start: int
    end: int
    kind: str  # name | garbled | role | salutation | signature | address
    person_id: str | None = None
    confidence: float = 1.0
    evidence: str = ""


@dataclass
class Party:
    """Someone in a role on a document (sender, recipient, participant, drafter)."""

    as_written: str
    name: str  # best display name known; the people stage replaces it with the authority's
    start: int = -1
    end: int = -1
    side: str | None = None  # "US", "USSR", "UK", ... when the text groups participants
    role: str | None = None  # office or function as written ("Soviet Ambassador", "Interpreter")
    person_id: str | None = None


@dataclass
class Stamp:
    """Text removed from the body as noise, kept as provenance (spans in ``Document.raw``)."""

    text: str
    # release | declassification | classification | handling | page-header | page-number |
    # file-mark | best-copy | form | garbage | page-marker
    kind: str
    page: int
    start: int
    end: int


@dataclass
class Page:
    """A page of the document, as a span of the clean text."""

    n: int
    start: int
    end: int
    ocr: dict | None = None  # the source page's OCR provenance, when it was read by OCR


@dataclass
class Footnote:
    """A footnote marker in the clean text and the note it points to."""

    marker: str
    start: int
    end: int
    text: str


@dataclass
class Reference:
    text: str
    target: str | None
    start: int
    end: int


@dataclass
class Flag:
    kind: str
    message: str
    start: int = -1
    end: int = -1
    suggestion: str | None = None


@dataclass
class Turn:
    speaker: str  # person id
    start: int
    end: int


@dataclass
class Evidence:
    """Why a field has its value: the words (span in clean text, or -1) and the basis."""

    start: int
    end: int
    basis: str  # "stated", "dateline", "letterhead", "inferred: ...", ...


@dataclass
class Document:
    source: Source
    part: int  # 1-based
    parts: int
    raw: str
    raw_start: int
    id: str = ""
    text: str = ""
    offset_map: list[tuple[int, int]] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    stamps: list[Stamp] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    collection: str | None = None
    type: str | None = None
    date: str | None = None
    date_range: list[str] | None = None
    date_basis: str | None = None
    title: str | None = None
    subject: str | None = (
        None  # what a memorandum says it is about ("SUBJECT: Berlin"), where its title is its kind
    )
    place: str | None = None
    classification: str | None = None
    handling: list[str] = field(default_factory=list)
    sender: Party | None = None
    recipients: list[Party] = field(default_factory=list)
    participants: list[Party] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    speakers: list[Person] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    channel: list[Person] = field(
        default_factory=list
    )  # a relayed message: originator → … → addressee
    drafted_by: Party | None = None
    approved_by: Party | None = None
    source_note: str | None = None
    distribution: list[str] = field(default_factory=list)
    frus: dict | None = None  # {"volume": str | None, "number": int}
    release: dict | None = None  # {"date", "id", "authority"}
    references: list[Reference] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    # What the pipeline read where a source's editors stated the facts (a FRUS TEI volume):
    # {"type", "date", "date_range", "place", "title", "classification", "handling", "sender",
    # "recipients", "persons"}, for ``chancery eval --frus``.
    pipeline_reading: dict | None = None
    # Facts from a weaker source (a catalogue's description), used where the text states none.
    fallbacks: dict[str, tuple] = field(default_factory=dict, repr=False)
    # The raw text's lines with their kinds, where splitting read them for a file of one
    # document: cleaning needs the same, and need not read them again.
    raw_lines: list | None = field(default=None, repr=False, compare=False)

    def to_raw(self, clean_offset: int) -> int:
        """Map an offset in the clean text to the matching offset in ``raw``."""
        if not self.offset_map:
            return clean_offset
        keys = [c for c, _ in self.offset_map]
        i = max(bisect.bisect_right(keys, clean_offset) - 1, 0)
        clean_start, raw_start = self.offset_map[i]
        return raw_start + (clean_offset - clean_start)

    def page_of(self, clean_offset: int) -> int | None:
        """The page number holding a clean-text offset."""
        starts = [p.start for p in self.pages]
        i = bisect.bisect_right(starts, clean_offset) - 1
        return self.pages[i].n if i >= 0 else None


class ReadError(ChanceryError):
    """A file that cannot be read; the message names the problem in one line."""

    http_status = 422  # as the upload endpoint answers a file it cannot read
