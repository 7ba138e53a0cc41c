"""TEI P5 export: one TEI file with a ``<div type="document">`` per stored document.

The markup follows the Office of the Historian's FRUS volumes: a head with the title and
the source note, a dateline, the text in paragraphs with the people it names marked at
their offsets, page breaks and footnotes where they stood, a closer with the signer, and
a list of persons at the back that every reference points into.

Written div by div with ``lxml.etree.xmlfile``: memory holds one document and the persons
met so far, never the archive.
"""

from __future__ import annotations

import calendar
import codecs
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from importlib.metadata import version
from typing import TextIO, TypeGuard

from lxml import etree

from ..model import Footnote
from ..record import StoredDocument
from ..store import Store

TEI = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
TEI_ALL = "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"
# FRUS volumes also carry frus:doc-dateTime-min/-max (http://history.state.gov/frus/ns/1.0)
# on each document's div. They are left out: tei_all allows no attribute from another
# namespace on div (lxml's RelaxNG and jing both reject them), only FRUS's own schema
# does. The dates are in the dateline's <date when|notBefore|notAfter> instead.

# Characters XML 1.0 cannot hold; document text is untrusted and may carry any of them.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NOT_NCNAME = re.compile(r"[^A-Za-z0-9._-]")
BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
ISO_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# Mentions by office or greeting ("The Secretary", "Dear Mr. Chairman") are references, not names.
NOT_NAMES = {"role", "salutation"}


def tei(tag: str) -> str:
    return f"{{{TEI}}}{tag}"


def xml_text(text: str) -> str:
    return NOT_XML.sub("", text)


def element(
    tag: str, text: str | None = None, parent=None, xml_id: str | None = None, **attrs
) -> etree._Element:
    attrs = {k: xml_text(str(v)) for k, v in attrs.items() if v is not None}
    if xml_id:
        attrs[XML_ID] = xml_id
    if (
        parent is None
    ):  # a subtree written on its own: it declares the TEI namespace again, unprefixed
        el = etree.Element(tei(tag), attrs, nsmap={None: TEI})
    else:
        el = etree.SubElement(parent, tei(tag), attrs)
    if text:
        el.text = xml_text(text)
    return el


def add_text(parent, text: str) -> None:
    """Text after whatever ``parent`` already holds."""
    text = xml_text(text)
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


@dataclass
class Persons:
    """Everyone the export has pointed at: person id → (xml:id, name)."""

    known: dict[str, tuple[str, str]] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)

    def ref(self, person_id: str, name: str) -> str:
        if person_id not in self.known:
            # Ids such as "local:rudolf-elphberg" are no NCName; two may clean to one, so count on.
            base = "p_" + NOT_NCNAME.sub("_", person_id)
            xml_id, n = base, 1
            while xml_id in self.taken:
                n += 1
                xml_id = f"{base}_{n}"
            self.taken.add(xml_id)
            self.known[person_id] = (xml_id, name)
        return "#" + self.known[person_id][0]


def div_id(doc_id: str) -> str:
    """The document's xml:id: its chancery id behind a letter, so that `chancery show` finds it."""
    if not NOT_NCNAME.search(doc_id):
        return "d_" + doc_id
    return f"d_{NOT_NCNAME.sub('_', doc_id)}_{hashlib.sha1(doc_id.encode()).hexdigest()[:8]}"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the text between blank lines, without their outer whitespace."""
    spans, at = [], 0
    for m in BLANK_LINE.finditer(text):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(text)))
    out = []
    for a, b in spans:
        chunk = text[a:b]
        if chunk.strip():
            out.append(
                (a + len(chunk) - len(chunk.lstrip()), b - (len(chunk) - len(chunk.rstrip())))
            )
    return out


def fill(parent, text: str, a: int, b: int, marks: list) -> None:
    """``text[a:b]`` into ``parent`` with each mark's element at its offsets.

    A mark is (start, end, element): a span (the element takes the words) or, where
    start == end, a point (the element stands there). Sorted by start, points first.
    """
    pos = a
    for start, end, el in marks:
        if end > start and start < pos:
            continue  # overlaps a span already written
        if start > pos:
            add_text(parent, text[pos:start])
            pos = start
        if end > start:
            el.text = xml_text(text[start:end])
            pos = end
        parent.append(el)
    add_text(parent, text[pos:b])


def body(div, text: str, spans: list[tuple[int, int]], marks: list) -> None:
    """The paragraphs as <p>, each with the marks inside it; points between paragraphs stand between
    them."""
    marks = sorted(marks, key=lambda m: (m[0], m[1] > m[0]))
    i = 0
    for a, b in spans:
        while i < len(marks) and marks[i][0] < a:
            if marks[i][0] == marks[i][1]:
                div.append(marks[i][2])
            i += 1  # a span across a paragraph break is dropped: <p> cannot be crossed
        inside = []
        # A page that starts where a paragraph ends starts with the next one; a note there ends this
        # one.
        while i < len(marks) and (
            marks[i][0] < b or (marks[i][0] == b and marks[i][2].tag != tei("pb"))
        ):
            if marks[i][1] <= b:
                inside.append(marks[i])
            i += 1
        fill(element("p", parent=div), text, a, b, inside)
    for start, end, el in marks[i:]:
        if start == end:
            div.append(el)


def surname(name: str) -> str:
    words = [w for w in name.replace(",", " ").split() if w.strip(".").lower() not in NAME_SUFFIXES]
    return words[-1] if words else ""


def name_in(title: str, name: str) -> tuple[int, int] | None:
    """Where a person's full name, or else surname, stands in a title ("… (Harriman) to …")."""
    for form in (name, surname(name)):
        if len(form) >= 3:
            m = re.search(rf"\b{re.escape(form)}\b", title)
            if m:
                return m.span()
    return None


def spoken_date(iso: str) -> str:
    """1961-03-03 → March 3, 1961; 1961-03 → March 1961."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return f"{calendar.month_name[parts[1]]} {parts[2]}, {parts[0]}"
    if len(parts) == 2:
        return f"{calendar.month_name[parts[1]]} {parts[0]}"
    return str(parts[0])


def is_iso_date(value) -> TypeGuard[str]:
    """1961-03-03, 1961-03 or 1961, on the calendar: what @when and its kin accept."""
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(
            value + "-01-01"[len(value) - 4 :]
        )  # made a whole date: 1961 → 1961-01-01
    except ValueError:
        return False
    return True


def date_element(record: StoredDocument):
    """<date when> for a stated date, <date notBefore notAfter> for a range, else None."""
    when, span = record.date, record.date_range
    if is_iso_date(when):
        return element("date", spoken_date(when), when=when)
    if span and len(span) == 2 and all(is_iso_date(d) for d in span):
        words = f"undated, between {spoken_date(span[0])} and {spoken_date(span[1])}"
        return element("date", words, notBefore=span[0], notAfter=span[1])
    return None


def is_source_note(footnote: Footnote) -> bool:
    return footnote.marker == "0" or footnote.text.startswith("Source:")


def source_note(record: StoredDocument) -> str | None:
    """The FRUS-style source note: where the document is, and its classification."""
    note = record.source_note or next((f.text for f in record.footnotes if is_source_note(f)), None)
    if note:
        note = note.strip()
        note = note if note.startswith("Source:") else f"Source: {note}"
    classification = record.classification
    if classification and classification.lower() not in (note or "").lower():
        note = f"{note} {classification}." if note else f"{classification}."
    return note


def document_div(record: StoredDocument, n: int, persons: Persons) -> etree._Element:
    did = div_id(record.id)
    div = element("div", type="document", n=n, xml_id=did)
    text = record.text

    title = record.title or record.subject or (record.type or "document").capitalize()
    head = element("head", parent=div)
    head_marks = []
    for party, role in [(record.sender, "from")] + [(r, "to") for r in record.recipients]:
        where = name_in(title, party.name) if party else None
        if party and where:
            head_marks.append(
                (
                    *where,
                    element("persName", corresp=persons.ref(party.id, party.name), type=role),
                )
            )
    fill(head, title, 0, len(title), sorted(head_marks, key=lambda m: m[0]))
    note = source_note(record)
    if note:
        element("note", note, parent=head, type="source", n="0", xml_id=f"{did}fn0")

    dated = date_element(record)
    if record.place or dated is not None:
        dateline = element("dateline", parent=div)
        if record.place:
            element("placeName", record.place, parent=dateline).tail = (
                ", " if dated is not None else None
            )
        if dated is not None:
            dateline.append(dated)

    marks = []
    signature = None
    spans = paragraphs(text)
    sender = record.sender
    for person in record.persons:
        for m in person.mentions:
            if 0 <= m.start < m.end <= len(text):
                if sender and person.id == sender.id and spans and (m.start, m.end) == spans[-1]:
                    signature = (
                        m  # the last paragraph is the sender's name: FRUS puts it in the closer
                    )
                tag = "rs" if m.kind in NOT_NAMES else "persName"
                kind = {"type": "person"} if tag == "rs" else {}
                marks.append(
                    (
                        m.start,
                        m.end,
                        element(tag, corresp=persons.ref(person.id, person.name), **kind),
                    )
                )
    for page in record.pages:
        if 0 <= page.start <= len(text):
            marks.append((page.start, page.start, element("pb", n=page.n)))
    unanchored = []
    notes = [f for f in record.footnotes if not is_source_note(f)]
    ids = set()
    for i, f in enumerate(notes, start=1):
        # d_…fn2 for the note marked 2, as FRUS numbers them; a marker such as "*" gets its place.
        suffix = (
            f.marker
            if f.marker.isascii() and f.marker.isdigit() and f.marker not in ids
            else f"_{i}"
        )
        ids.add(suffix)
        el = element("note", f.text, n=f.marker, xml_id=f"{did}fn{suffix}")
        if 0 <= f.start <= len(text):
            marks.append((f.start, f.start, el))
        else:
            unanchored.append(el)
    if signature:
        spans.pop()
        marks = [m for m in marks if not (signature.start <= m[0] < m[1] <= signature.end)]
    body(div, text, spans, marks)
    div.extend(unanchored)

    if sender:
        signed = element("signed", parent=element("closer", parent=div))
        words = text[signature.start : signature.end] if signature else sender.name
        element("persName", words, parent=signed, corresp=persons.ref(sender.id, sender.name))
    return div


def header(archive: str) -> etree._Element:
    made_by = f"chancery {version('chancery')}"
    file_desc = element("fileDesc", parent=element("teiHeader"))
    element(
        "title",
        f"Documents of the archive {archive}",
        parent=element("titleStmt", parent=file_desc),
    )
    element(
        "p",
        f"Exported by {made_by}; not a publication.",
        parent=element("publicationStmt", parent=file_desc),
    )
    element(
        "p",
        f"Produced by {made_by} from the archive {archive}: each document's clean text "
        f"as chancery read it from its "
        "source file, with the facts it found (title, date, place, people, notes). A "
        "document's xml:id is its "
        'chancery id after "d_" (chancery show ID).',
        parent=element("sourceDesc", parent=file_desc),
    )
    return file_desc.getparent()


def persons_list(persons: Persons) -> etree._Element:
    section = element("div", type="section", xml_id="persons")
    element("head", "List of Persons", parent=section)
    listing = element("list", parent=section, type="participants")
    # By surname, as FRUS lists them.
    for xml_id, name in sorted(
        persons.known.values(), key=lambda p: (surname(p[1]).lower(), p[1].lower(), p[0])
    ):
        element("persName", name, parent=element("item", parent=listing), xml_id=xml_id)
    return section


class TextSink:
    """xmlfile writes UTF-8 bytes; ``out`` takes text, as the other exports' does."""

    def __init__(self, out: TextIO):
        self.out = out
        self.decode = codecs.getincrementaldecoder(
            "utf-8"
        )().decode  # a write may end inside a character

    def write(self, data: bytes) -> None:
        self.out.write(self.decode(data))


def export_tei(db: Store, out: TextIO) -> int:
    archive = db.title
    persons = Persons()
    count = 0
    with etree.xmlfile(TextSink(out), encoding="utf-8") as xf:
        xf.write_declaration()
        xf.write(
            etree.PI(
                "xml-model",
                f'href="{TEI_ALL}" type="application/xml" '
                f'schematypens="http://relaxng.org/ns/structure/1.0"',
            ),
            pretty_print=True,
        )
        with xf.element(tei("TEI"), nsmap={None: TEI}):
            xf.write("\n")
            xf.write(header(archive), pretty_print=True)
            with xf.element(tei("text")):
                xf.write("\n")
                with xf.element(tei("body")):
                    xf.write("\n")
                    for _, record in db.iter_records():
                        count += 1
                        xf.write(document_div(record, count, persons), pretty_print=True)
                    if not count:
                        xf.write(element("p", "The archive holds no documents."), pretty_print=True)
                xf.write("\n")
                if persons.known:
                    back = element("back")
                    back.append(persons_list(persons))
                    xf.write(back, pretty_print=True)
            xf.write("\n")
    return count
