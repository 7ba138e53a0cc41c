"""FRUS volumes in TEI (the Office of the Historian's HistoryAtState/frus), one document per
``div[@type='document']``, with the editors' facts beside the text.

Each document's text is written as the printed volume sets it: the heading (with its
footnote markers), the dateline, the body, the closing, and the notes after it ("1. Source:
..."), so the pipeline reads it as it reads a copied FRUS page. What the editors encoded is
kept for each document in ``Source.meta["documents"]`` (``EditorsFacts``): the dateline's
place and ``date/@when`` (or ``from``, ``notBefore``/``notAfter``, and the volume's
``frus:doc-dateTime-min/max``), the heading's title and its ``persName`` marked ``from`` and
``to``, the source note, and every ``persName/@corresp`` with its place in the text,
resolved through the volume's persons list to the registry (``frus_persons.json.gz``, built
with the registry from the people dataset's persons-list addresses). The editors stage of the
pipeline (``pipeline/editors.py``) takes them as stated facts and keeps the pipeline's own
reading beside them.

Streamed with lxml's iterparse: each document is written out and its element dropped when
it ends, so a volume's memory is its text, not its tree. No DTD, no entities, no network;
libxml2 refuses elements nested deeper than 256.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from lxml import etree

from ..model import ReadError, Source, SourcePage
from . import xml

TEI = "{http://www.tei-c.org/ns/1.0}"
FRUS = "{http://history.state.gov/frus/ns/1.0}"
SUFFIXES: set[str] = set()  # .xml is the XML reader's; a TEI volume is told by its content
BLOCKS = {
    "p",
    "head",
    "dateline",
    "opener",
    "closer",
    "salute",
    "signed",
    "item",
    "list",
    "postscript",
    "quote",
    "table",
    "row",
    "byline",
    "docDate",
    "attachment",
    "l",
    "lg",
    "listBibl",
    "bibl",
}
LEFT_OUT = {"figure", "graphic", "teiHeader", "fw"}
SPACES = re.compile(r"\s+")
NUMBERED = re.compile(r"^\s*\d{1,4}\.\s+")


@dataclass
class EditorsFacts:
    """What the FRUS editors encoded about one document (text spans relative to its start)."""

    volume: str
    number: int | None
    xml_id: str
    title: str
    heading_type: str  # the heading's first words ("Memorandum of Conversation")
    date: str | None = None
    date_range: list[str] | None = None
    date_attribute: str = ""
    place: str | None = None
    source_note: str | None = None
    senders: list[dict] = field(
        default_factory=list
    )  # {"name", "id"} from head persName[@type=from]
    recipients: list[dict] = field(default_factory=list)
    persons: list[dict] = field(
        default_factory=list
    )  # {"start", "end", "written", "name", "id", "list_id", "role"}
    heading_span: tuple[int, int] | None = (
        None  # where the heading and the dateline stand in the text
    )
    dateline_span: tuple[int, int] | None = None


def fit(path: Path, head: bytes) -> float:
    return 1.0 if b"http://www.tei-c.org/ns/1.0" in head and b"<TEI" in head else 0.0


# ---- the volume's persons list and the registry ------------------------------------------


@cache  # package data, read once per process
def registry_lists() -> dict[str, dict[str, str]]:
    from importlib import resources

    from ..authority.build import FRUS_LISTS_FILE, read_frus_lists

    packaged = resources.files("chancery.authority").joinpath(FRUS_LISTS_FILE)
    return read_frus_lists(packaged.read_bytes()) if packaged.is_file() else {}


def natural_name(listed: str) -> str:
    """ "Eisenhower, Dwight D." → "Dwight D. Eisenhower" (as the persons list writes them)."""
    listed = " ".join(listed.split()).strip(" ,")
    if listed.count(",") == 1:
        surname, given = (part.strip() for part in listed.split(","))
        if given and surname and not given.lower().startswith(("jr", "sr")):
            return f"{given} {surname}"
    return listed


# ---- writing a document's text -----------------------------------------------------------


class Writer:
    """Text built from an element's pieces: spaces collapsed as XML means them, blocks apart."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.at_block_start = True
        self.pages: list[tuple[int, str]] = []  # (offset, page number as printed)

    def add(self, text: str) -> None:
        text = SPACES.sub(" ", text)
        if self.at_block_start:
            text = text.lstrip()
        elif self.parts and self.parts[-1].endswith((" ", "\n")) and text.startswith(" "):
            text = text[1:]
        if text:
            self.parts.append(text)
            self.length += len(text)
            self.at_block_start = False

    def line_break(self) -> None:
        if not self.at_block_start:
            self.trim()
            self.parts.append("\n")
            self.length += 1
            self.at_block_start = True

    def block(self) -> None:
        if self.length and not (self.parts and self.parts[-1].endswith("\n\n")):
            self.trim()
            gap = "\n" if self.parts and self.parts[-1].endswith("\n") else "\n\n"
            self.parts.append(gap)
            self.length += len(gap)
        self.at_block_start = True

    def trim(self) -> None:
        while self.parts and self.parts[-1].endswith(" "):
            self.parts[-1] = self.parts[-1][:-1]
            self.length -= 1
            if not self.parts[-1]:
                self.parts.pop()

    def text(self) -> str:
        return "".join(self.parts).strip("\n") + "\n"


def local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def plain(element, skip_notes: bool = True) -> str:
    """An element's words, without its notes (their words; the text after a note is kept)."""
    if skip_notes:
        pieces = element.xpath(".//text()[not(ancestor::tei:note)]", namespaces={"tei": TEI[1:-1]})
    else:
        pieces = element.xpath(".//text()")
    return " ".join("".join(pieces).split())


def write_document(
    div, volume: str, listed: dict[str, str], resolved: dict[str, str]
) -> tuple[str, list[tuple[int, str]], EditorsFacts]:
    """A document div as text (body, then its notes), its page breaks, and the editors' facts."""
    out = Writer()
    notes: list = []
    persons: list[dict] = []
    spans: dict[str, tuple[int, int]] = {}  # the first head and dateline of the document

    def render(el) -> None:
        tag = local(el.tag)
        if tag in LEFT_OUT:
            return
        if tag == "note":
            notes.append(el)
            out.trim()
            out.add(str(len(notes)))  # the marker, as print sets it: after the word, no space
            return
        if tag == "pb":
            if (el.get("n") or "").isdigit():
                out.pages.append((out.length, el.get("n")))
            return
        if tag == "lb":
            out.line_break()
            return
        block = tag in BLOCKS and not after_label(el)
        if block or tag == "label":
            out.block()
        start = out.length
        if el.text:
            out.add(el.text)
        for child in el:
            render(child)
            if child.tail:
                out.add(child.tail)
        if tag == "label":
            out.add(" ")
        if tag == "persName":
            person = person_of(el, start, out.length, listed, resolved)
            if person:
                persons.append(person)
        elif tag in ("head", "dateline") and tag not in spans and not notes_open:
            spans[tag] = (start, out.length)
        if block:
            out.block()

    notes_open = False
    for child in div:
        render(child)
        if child.tail:
            out.add(child.tail)
    notes_open = True
    for number, note in enumerate(notes, start=1):
        out.block()
        out.add(f"{number}. ")
        if note.text:
            out.add(note.text)
        for child in note:  # a note inside a note is rare; it is numbered after the others
            render(child)
            if child.tail:
                out.add(child.tail)
    facts = editors_facts(div, volume, notes, persons, listed, resolved)
    facts.heading_span, facts.dateline_span = spans.get("head"), spans.get("dateline")
    return out.text(), out.pages, facts


def after_label(el) -> bool:
    """An item (or its paragraph) right after its label ("1.") goes on the label's line, as
    printed."""
    previous = el.getprevious()
    if previous is None and local(el.tag) == "p" and local(el.getparent().tag) == "item":
        previous = el.getparent().getprevious()
    return previous is not None and local(previous.tag) == "label"


def person_of(
    el, start: int, end: int, listed: dict[str, str], resolved: dict[str, str]
) -> dict | None:
    corresp = (el.get("corresp") or "").lstrip("#")
    if not corresp or end <= start:
        return None
    written = plain(
        el
    )  # its own words: joining the whole text so far for each name grew with the square of it
    return {
        "start": start,
        "end": end,
        "written": written,
        "list_id": corresp,
        "id": resolved.get(corresp),
        "name": natural_name(listed.get(corresp, written)),
        "role": el.get("type"),
    }


def editors_facts(
    div,
    volume: str,
    notes: list,
    persons: list[dict],
    listed: dict[str, str],
    resolved: dict[str, str],
) -> EditorsFacts:
    head = next((el for el in div if local(el.tag) == "head"), None)
    heading = plain(head) if head is not None else ""
    title = NUMBERED.sub("", heading)
    number = div.get("n")
    facts = EditorsFacts(
        volume=volume,
        number=int(number) if (number or "").isdigit() else None,
        xml_id=div.get("{http://www.w3.org/XML/1998/namespace}id", ""),
        title=title,
        heading_type=title,
    )
    dateline = next(
        (el for el in div.iter(f"{TEI}dateline") if not inside(el, div, {"note", "attachment"})),
        None,
    )
    if dateline is not None:
        place = dateline.find(f".//{TEI}placeName")
        if place is not None and plain(place):
            facts.place = plain(place)
        when = dateline.find(f".//{TEI}date")
        if when is not None:
            dated(facts, when)
    if not facts.date and not facts.date_range:
        low, high = div.get(f"{FRUS}doc-dateTime-min"), div.get(f"{FRUS}doc-dateTime-max")
        if low and high:
            day_low, day_high = low[:10], high[:10]
            if day_low == day_high:
                facts.date, facts.date_attribute = day_low, "frus:doc-dateTime-min/max"
            else:
                facts.date_range, facts.date_attribute = (
                    [day_low, day_high],
                    "frus:doc-dateTime-min/max",
                )
    source = next(
        (n for n in notes if n.get("type") == "source" or plain(n).lower().startswith("source:")),
        None,
    )
    if source is not None:
        facts.source_note = plain(source, skip_notes=False)
    if head is not None:
        for el in head.iter(f"{TEI}persName"):
            if inside(el, head, {"note"}) or el.get("type") not in ("from", "to"):
                continue
            corresp = (el.get("corresp") or "").lstrip("#")
            entry = {
                "name": natural_name(listed.get(corresp, plain(el))),
                "id": resolved.get(corresp),
                "list_id": corresp or None,
            }
            (facts.senders if el.get("type") == "from" else facts.recipients).append(entry)
    facts.persons = persons
    return facts


def dated(facts: EditorsFacts, when) -> None:
    """The dateline's date attributes: @when (a day, a month, a year), @from/@to, or
    @notBefore/@notAfter as a range."""
    stated = when.get("when") or when.get("from")
    if stated and re.match(r"\d{4}(-\d\d){0,2}", stated):
        day = stated[:10]
        if len(day) == 10:
            facts.date, facts.date_attribute = (
                day,
                "dateline date/@when" if when.get("when") else "dateline date/@from",
            )
        else:
            facts.date_range = span_of(day)
            facts.date_attribute = "dateline date/@when (month or year)"
        if when.get("ana", "").find("undated") >= 0:
            facts.date_attribute += " (undated: the editors' inference)"
        return
    low, high = when.get("notBefore"), when.get("notAfter")
    if low and high:
        facts.date_range, facts.date_attribute = (
            [span_of(low[:10])[0], span_of(high[:10])[1]],
            "dateline date/@notBefore/@notAfter",
        )


def span_of(partial: str) -> list[str]:
    """ "1959-08" → ["1959-08-01", "1959-08-31"]; "1959" → the year; a day → itself twice."""
    import calendar

    parts = partial.split("-")
    if len(parts) == 3:
        return [partial, partial]
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        return [f"{partial}-01", f"{partial}-{calendar.monthrange(year, month)[1]:02d}"]
    return [f"{partial}-01-01", f"{partial}-12-31"]


def inside(el, top, tags: set[str]) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not top:
        if local(parent.tag) in tags:
            return True
        parent = parent.getparent()
    return False


# ---- the volume ------------------------------------------------------------------------------


def refuse_declarations(path: Path, data: bytes) -> None:
    prolog = data[: data.find(b"<TEI")] if b"<TEI" in data[:65536] else data[:65536]
    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
        raise ReadError(f"{path}: XML declares a DTD or entities, refused as unsafe")


def read(path: Path, data: bytes, settings) -> Source:
    refuse_declarations(path, data)
    volume = ""
    listed: dict[str, str] = {}  # persons-list xml:id → the name as listed
    pieces: list[str] = []
    pages: list[SourcePage] = []
    documents: list[dict] = []
    start = 0
    events = etree.iterparse(
        io.BytesIO(data),
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        for event, el in events:
            tag = local(el.tag)
            if event == "start":
                if tag == "TEI" and not volume:
                    volume = el.get("{http://www.w3.org/XML/1998/namespace}id", "")
                continue
            if tag == "idno" and el.get("type") == "frus" and not volume:
                volume = (el.text or "").strip()
            elif tag == "persName" and el.get("{http://www.w3.org/XML/1998/namespace}id"):
                listed[el.get("{http://www.w3.org/XML/1998/namespace}id")] = plain(el)
            elif tag == "div" and el.get("type") == "document":
                resolved = registry_lists().get(volume, {})
                text, breaks, facts = write_document(el, volume, listed, resolved)
                documents.append({"start": start, "end": start + len(text), "editors": facts})
                for offset, n in breaks:
                    pages.append(SourcePage(int(n), start + offset, start + offset))
                pieces.append(text)
                start += len(text) + 1  # the form feed between documents
                dropped(el)
    except etree.XMLSyntaxError as e:
        raise ReadError(
            f"{path}: not well-formed XML, or nested too deep ({e})".splitlines()[0]
        ) from None
    if not documents:
        return xml.read(path, data, settings)  # TEI, but not a FRUS volume: read as XML text
    text = "\f".join(pieces)
    return Source(
        path=str(path),
        format="tei",
        sha256="",
        text=text,
        pages=page_spans(pages, len(text)),
        meta={"documents": documents, "volume": volume},
    )


def dropped(el) -> None:
    """Free a finished document's element and the siblings before it (bounded memory)."""
    el.clear(keep_tail=False)
    parent = el.getparent()
    while parent is not None and el.getprevious() is not None:
        del parent[0]


def page_spans(breaks: list[SourcePage], length: int) -> list[SourcePage]:
    """Each printed page from its break to the next (the first from the start)."""
    if not breaks:
        return []
    spans = []
    for k, page in enumerate(breaks):
        begin = 0 if k == 0 else page.start
        end = breaks[k + 1].start if k + 1 < len(breaks) else length
        spans.append(SourcePage(page.n, begin, end))
    return spans
