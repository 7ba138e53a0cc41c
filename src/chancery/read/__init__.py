"""Readers: one module per input format; the best-fitting reader reads the file."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import invisible
from ..model import ReadError, Source
from ..settings import DEFAULT, Settings
from . import html, image, pdf, tei, text, xml

READERS = [text, html, pdf, tei, xml, image]
SUPPORTED_SUFFIXES = {suffix for reader in READERS for suffix in reader.SUFFIXES}


@dataclass
class Found:
    files: list[Path] = field(default_factory=list)
    # Links inside a folder that lead out of it: not followed (a link to /etc/os-release in a
    # downloaded folder must not become a document), each with a line saying so.
    skipped: list[tuple[Path, str]] = field(default_factory=list)


def walk(paths) -> Found:
    """Files to ingest under the given files and folders, sorted, hidden ones skipped, and
    the links not followed out of a folder. A file named itself is read even if it is a link:
    it was asked for."""
    found = Found()
    for given in paths:
        path = Path(given).expanduser()  # "~/crest-downloads" from the library, as from a shell
        if not path.is_dir():
            found.files.append(path)
            continue
        inside = path.resolve()
        files = []
        for walked, folders, names in os.walk(path):  # links to folders are not walked into
            folder = Path(walked)
            folders[:] = [f for f in folders if not f.startswith(".")]
            for name in names:
                p = folder / name
                if name.startswith(".") or p.suffix.lower() not in SUPPORTED_SUFFIXES:
                    continue
                if p.is_symlink():
                    target = p.resolve()
                    if not target.is_relative_to(inside):
                        found.skipped.append(
                            (p, f"{p}: a link to {target}, outside {path}; not followed")
                        )
                        continue
                if p.is_file():
                    files.append(p)
            for name in folders:
                p = folder / name
                if p.is_symlink() and not p.resolve().is_relative_to(inside):
                    found.skipped.append(
                        (p, f"{p}: a link to {p.resolve()}, outside {path}; not followed")
                    )
        found.files += sorted(files)
    return found


def find_files(paths) -> list[Path]:
    """Files to ingest under the given files and folders (see ``walk``)."""
    return walk(paths).files


def read_file(path, settings: Settings = DEFAULT) -> Source:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ReadError(f"{path}: cannot read: {e.strerror}") from None
    check_size(path, size, settings)
    return read_data(path, path.read_bytes(), settings)


def check_size(path, size: int, settings: Settings) -> None:
    """Refuse a file over ``max_file_mb`` before its bytes are read."""
    limit = settings.max_file_mb * 1024 * 1024
    if size > limit:
        raise ReadError(
            f"{path}: file is {size / 1e6:.1f} MB, over the {settings.max_file_mb:g} "
            f"MB limit (setting max_file_mb)"
        )


def read_data(path: Path, data: bytes, settings: Settings = DEFAULT) -> Source:
    """A file's bytes, already read, turned into a source by the reader that fits them best
    (``path`` gives its name): nothing here opens a file or the network."""
    if not data:
        raise ReadError(f"{path}: file is empty")
    reader = reader_for(path, data[:4096])
    if reader is None:
        raise ReadError(f"{path}: unsupported format")
    source = without_format_characters(reader.read(path, data, settings))
    source.sha256 = hashlib.sha256(data).hexdigest()
    source.size = len(data)
    if not has_text(source.text, settings.min_text_chars):
        raise ReadError(
            f"{path}: no text after reading (fewer than {settings.min_text_chars} characters)"
        )
    return source


def has_text(text: str, least: int) -> bool:
    """Whether the text has at least ``least`` characters other than spaces; its start is
    counted first, so that a long text is not split whole for a check of a few characters."""
    return any(len("".join(part.split())) >= least for part in (text[: least * 50], text))


def reader_for(path: Path, head: bytes):
    """The reader module that fits a file best (by its first bytes and its name), or None."""
    reader = max(READERS, key=lambda r: r.fit(path, head))
    return reader if reader.fit(path, head) > 0 else None


def without_format_characters(source: Source) -> Source:
    """The source with zero-width and other format characters removed and its page spans moved
    to match: done here, once for every format, so that every offset after it agrees."""
    text, moved = invisible.strip_with_offsets(source.text)
    if text is not source.text:
        source.text = text
        for page in source.pages:
            page.start, page.end = moved(page.start), moved(page.end)
    if "\u02bc" in source.text or "\u00b4" in source.text:
        # "the Presidentʼs Special Assistant", "the President´s": a modifier letter or an acute
        # accent some pages print for the apostrophe, one for one, so that no offset moves
        source.text = APOSTROPHE_STAND_IN.sub("\u2019", source.text)
    return source


APOSTROPHE_STAND_IN = re.compile(r"\u02bc|(?<=[A-Za-z])\u00b4(?=[A-Za-z])")
