"""Plain text: detect the encoding (UTF-8, else cp1252/Latin-1), never crash on bad bytes."""

from __future__ import annotations

from pathlib import Path

from ..model import ReadError, Source, SourcePage

SUFFIXES = {".txt", ".text", ""}


def fit(path: Path, head: bytes) -> float:
    return 0.5 if path.suffix.lower() in SUFFIXES else 0.1


# Every byte but the control characters text never holds (tab, newline, form feed, return are text).
TEXT_BYTES = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, TEXT_BYTES))
    return controls > len(sample) * 0.05


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
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
