"""XML files (TEI and others) to text, with defusedxml: no DTDs, entities or network access."""

from __future__ import annotations

import re
from pathlib import Path

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from ..model import ReadError, Source

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
        raise ReadError(f"{path}: not well-formed XML ({e})") from None
    body = next((el for el in root.iter() if local(el.tag) == "body"), root)
    parts: list[str] = []

    def walk(element, depth: int) -> None:
        if depth > settings.max_html_depth:
            raise ReadError(
                f"{path}: element nesting deeper than {settings.max_html_depth}, refused as hostile"
            )
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
