"""XML files (TEI and others) to text, with defusedxml: no DTDs, entities or network access.

An XML file cut short (a download or a copied page that stops mid-element) is read as far as
it goes by libxml2's recovering parser, still without DTDs, entities or network. An Omeka
item export (``?output=omeka-xml``, as the University of Toronto's declassified-documents
site gives it) holds the scan's text in its "PDF Text" element set; that text is the
document, and the rest of the item (file checksums, catalogue fields) is left out.
"""

from __future__ import annotations

import re
from html.entities import name2codepoint
from pathlib import Path

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from lxml import etree

from ..model import ReadError, Source
from . import html as html_reader  # (not the standard library's html, whose entities we use)

SUFFIXES = {".xml", ".tei"}
BLOCK_TAGS = {
    "p",
    "head",
    "div",
    "item",
    "note",
    "list",
    "opener",
    "closer",
    "dateline",
    "salute",
    "signed",
    "l",
    "row",
    "table",
}


def fit(path: Path, head: bytes) -> float:
    if path.suffix.lower() in SUFFIXES:
        return 0.9
    return 0.7 if head.lstrip().startswith(b"<?xml") else 0.0


def local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def read(path: Path, data: bytes, settings) -> Source:
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise ReadError(f"{path}: XML declares a DTD or entities, refused as unsafe") from None
    except SafeET.ParseError as e:
        root = recovered(path, data)
        if root is None:
            raise ReadError(f"{path}: not well-formed XML ({e})") from None
        if local(root.tag).lower() == "html":  # a web page saved as XHTML, cut short
            return html_reader.read(path, data, settings)
    if is_omeka_item(root):
        text = omeka_item_text(root)
        if not text:
            raise ReadError(f"{path}: an Omeka item without the scan's text ('PDF Text')")
        return Source(path=str(path), format="xml", sha256="", text=text)
    body = next((el for el in root.iter() if local(el.tag) == "body"), root)
    parts: list[str] = []

    def walk(element, depth: int) -> None:
        if depth > settings.max_html_depth:
            raise ReadError(
                f"{path}: element nesting deeper than {settings.max_html_depth}, refused as hostile"
            )
        if element.tag is etree.Entity:  # an entity left unresolved in a file cut short
            parts.append(chr(name2codepoint.get(element.name, 32)))
            return
        if not isinstance(element.tag, str):  # a comment or processing instruction
            return
        block = local(element.tag) in BLOCK_TAGS
        if block:
            parts.append("\n\n")
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child, depth + 1)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n\n")

    walk(body, 0)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", re.sub(r"[ \t]+", " ", "".join(parts)))
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return Source(path=str(path), format="xml", sha256="", text=text)


def recovered(path: Path, data: bytes):
    """The elements of a file cut short, as far as they go (None when nothing is left); a DTD is
    refused here too, as for a well-formed file. Entities stay unresolved: HTML's named ones
    ("&eacute;") are written out by the walk, no other is expanded."""
    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None
    if root is not None and root.getroottree().docinfo.internalDTD is not None:
        raise ReadError(f"{path}: XML declares a DTD or entities, refused as unsafe")
    return root


def is_omeka_item(root) -> bool:
    return local(root.tag) == "item" and "omeka.org" in str(root.tag)


def omeka_item_text(root) -> str:
    """The text of an Omeka item's "PDF Text" element set ("" when it has none)."""
    texts: list[str] = []
    for element_set in root.iter():
        if local(element_set.tag) != "elementSet":
            continue
        name = next((c for c in element_set if local(c.tag) == "name"), None)
        if name is None or (name.text or "").strip() != "PDF Text":
            continue
        texts += [
            el.text.strip() for el in element_set.iter() if local(el.tag) == "text" and el.text
        ]
    text = "\n\n".join(t for t in texts if t)
    return text + "\n" if text else ""
