"""Relink: read an archive's documents again after its registry changed.

``chancery authority import`` (or a newer shipped registry) changes who the names and offices
in the archive stand for. Relinking runs the pipeline again on each stored file against the
archive's registry: on the file itself where it is still where it was, unchanged (its reader
knows more than its text: a FRUS volume's editors' facts, the OCR provenance of a scan's
pages, whose readings come from the OCR cache), else on its text (the store keeps it), replaces that
file's documents in one
transaction, then sums the person tables again and rebuilds the search index. A crash leaves
each file either as it was or relinked; running it again finishes the job.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from .authority.matcher import Matcher
from .authority.registry import load_default
from .model import ReadError, Source, SourcePage
from .pipeline import process_source
from .record import StoredDocument, document_record
from .search import index as search_index
from .settings import DEFAULT, Settings
from .store import open_store
from .wording import counted


@dataclass
class RelinkSummary:
    files: int = 0
    documents: int = 0
    changed: int = 0  # documents whose people or correspondents changed
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"{counted(self.documents, 'document')} from {counted(self.files, 'file')} "
            f"linked again ({self.changed} changed) in {self.seconds:.1f} s"
        )


def stored_source(path: str, fmt: str, sha256: str, raws: list[str]) -> Source:
    """A file as the reader gave it: its documents' raw text joined, pages at form feeds."""
    text = "".join(raws)
    pages, start = [], 0
    for n, chunk in enumerate(text.split("\f"), start=1):
        pages.append(SourcePage(n, start, start + len(chunk)))
        start += len(chunk) + 1
    return Source(path=path, format=fmt, sha256=sha256, text=text, pages=pages)


def original_source(path: str, sha256: str, settings: Settings) -> Source | None:
    """The file read again, if it is still where it was and has not changed; else None."""
    from .ingest import file_sha256
    from .read import read_file

    try:
        if not Path(path).is_file() or file_sha256(Path(path)) != sha256:
            return None
        return read_file(path, settings)
    except (OSError, ReadError):
        return None


def relink(db_path: str, settings: Settings = DEFAULT, progress: bool = True) -> RelinkSummary:
    began = time.monotonic()
    db = open_store(db_path, create=False)
    try:
        summary = relink_store(
            db, settings.for_archive(db), progress
        )  # the pages ingest read come from its OCR cache
    finally:
        db.close()
    summary.seconds = time.monotonic() - began
    return summary


def relink_store(db, settings: Settings, progress: bool) -> RelinkSummary:
    matcher = Matcher(db.load_authority() or load_default())
    summary = RelinkSummary()
    files = db.stored_files()
    for row in tqdm(files, desc="relinking", unit="file", disable=not progress):
        raws = db.file_raws(row["sha256"])
        if not raws:
            continue
        source = original_source(row["path"], row["sha256"], settings) or stored_source(
            row["path"], row["format"], row["sha256"], raws
        )
        documents = process_source(source, settings, matcher)
        records = [document_record(d) for d in documents]
        before = {r.id: people_of(r) for r in (db.get_record(d.id) for d in documents) if r}
        db.replace_documents(row["sha256"], records, [d.raw for d in documents])
        summary.files += 1
        summary.documents += len(records)
        summary.changed += sum(1 for r in records if before.get(r.id) != people_of(r))
    db.rebuild_summaries()
    search_index.documents_replaced(db)  # every other node's index starts over too
    search_index.rebuild(db, settings)
    return summary


def people_of(record: StoredDocument) -> tuple:
    """What relinking may change: who is named, who sent and received."""
    return (
        tuple(sorted(p.id for p in record.persons)),
        record.sender.id if record.sender else None,
        tuple(sorted(p.id for p in record.recipients)),
    )
