"""Plain text: detect the encoding (a byte-order mark's, else UTF-8, else cp1252/Latin-1), never
crash on bad bytes."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..model import ReadError, Source, SourcePage

SUFFIXES = {".txt", ".text", ""}


def fit(path: Path, head: bytes) -> float:
    return 0.5 if path.suffix.lower() in SUFFIXES else 0.1


# Every byte but the control characters text never holds (tab, newline, form feed, return are text).
TEXT_BYTES = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))


# UTF-32's marks first: UTF-32LE's begins with UTF-16LE's.
BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start names (Windows' Notepad writes UTF-16 so), or
    None."""
    return next((encoding for bom, encoding in BOMS if data.startswith(bom)), None)


def looks_binary(data: bytes) -> bool:
    encoding = bom_encoding(data)
    if encoding in ("utf-16", "utf-32"):
        # Their zero bytes are text: judge the characters instead.
        text = data[:8192].decode(encoding, errors="replace")
        return sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\f\r") > len(text) * 0.05
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, TEXT_BYTES))
    return controls > len(sample) * 0.05


def decode(data: bytes) -> str:
    encoding = bom_encoding(data)
    if encoding in ("utf-16", "utf-32"):
        return data.decode(
            encoding, errors="replace"
        )  # the mark says what it is: a bad unit is a bad character, not another encoding
    if encoding:
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read(path: Path, data: bytes, settings) -> Source:
    if looks_binary(data):
        raise ReadError(f"{path}: binary data, not a document")
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    pages, start = [], 0
    for n, chunk in enumerate(text.split("\f"), start=1):
        pages.append(SourcePage(n, start, start + len(chunk)))
        start += len(chunk) + 1
    return Source(path=str(path), format="text", sha256="", text=text, pages=pages)
