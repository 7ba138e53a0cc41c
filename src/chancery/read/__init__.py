"""Readers: one module per input format; the best-fitting reader reads the file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..model import ReadError, Source
from ..settings import DEFAULT, Settings
from . import html, pdf, text, xml

READERS = [text, html, pdf, xml]
SUPPORTED_SUFFIXES = {suffix for reader in READERS for suffix in reader.SUFFIXES}


def find_files(paths) -> list[Path]:
    """Files to ingest under the given files and folders, sorted, hidden ones skipped."""
    found: list[Path] = []
    for given in paths:
        path = Path(given).expanduser()  # "~/crest-downloads" from the library, as from a shell
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    return found


def read_file(path, settings: Settings = DEFAULT) -> Source:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ReadError(f"{path}: cannot read: {e.strerror}") from None
    limit = settings.max_file_mb * 1024 * 1024
    if size > limit:
        raise ReadError(f"{path}: file is {size / 1e6:.1f} MB, over the {settings.max_file_mb:g} MB limit (setting max_file_mb)")
    if size == 0:
        raise ReadError(f"{path}: file is empty")
    data = path.read_bytes()
    head = data[:4096]
    reader = max(READERS, key=lambda r: r.fit(path, head))
    if reader.fit(path, head) <= 0:
        raise ReadError(f"{path}: unsupported format")
    source = reader.read(path, data, settings)
    source.sha256 = hashlib.sha256(data).hexdigest()
    source.size = size
    if len("".join(source.text.split())) < settings.min_text_chars:
        raise ReadError(f"{path}: no text after reading (fewer than {settings.min_text_chars} characters)")
    return source
