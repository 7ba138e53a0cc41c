"""Ingest: files → pipeline → store → index.

Files are processed in parallel when ``workers > 1`` but stored in input order, so the
archive is the same whatever the number of workers. Each file is stored in one
transaction: a crash loses at most the file in flight, and a re-run picks up where the
last one stopped (files already stored, by content hash, are skipped).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from .authority.matcher import Matcher
from .authority.registry import load_default
from .export.record import document_record
from .model import ReadError
from .pipeline import process_file
from .read import find_files
from .search import index as search_index
from .settings import DEFAULT, Settings
from .store import sqlite as store


@dataclass
class FileResult:
    path: str
    sha256: str = ""
    format: str = ""
    size: int = 0
    records: list[dict] = field(default_factory=list)
    raws: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class IngestSummary:
    db_path: str
    files_seen: int = 0
    files_added: int = 0
    files_skipped: int = 0
    documents_added: int = 0
    documents_indexed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"{self.documents_added} documents from {self.files_added} files added to {self.db_path}"
            f" ({self.files_skipped} already there, {len(self.failures)} failed) in {self.seconds:.1f} s"
        )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


# The registry's matcher, built once per worker process (by ``start_worker``) rather than
# sent with every file: with an imported registry it is tens of megabytes.
WORKER: dict[str, Matcher] = {}


def start_worker(persons) -> None:
    WORKER["matcher"] = Matcher(persons)


def process_path(job: tuple[str, Settings]) -> FileResult:
    """Run the pipeline on one file; every failure becomes a one-line error, never an exception."""
    path, settings = job
    try:
        documents = process_file(path, settings, WORKER["matcher"])
    except ReadError as e:
        return FileResult(path, error=str(e))
    except Exception as e:  # a bug must not stop the batch: report it against the file
        return FileResult(path, error=f"{path}: internal error: {type(e).__name__}: {e}".splitlines()[0])
    if not documents:
        return FileResult(path, error=f"{path}: no document found")
    source = documents[0].source
    return FileResult(
        path,
        sha256=source.sha256,
        format=source.format,
        size=source.size,
        records=[document_record(d) for d in documents],
        raws=[d.raw for d in documents],
    )


def files_to_process(db, paths: list[Path], settings: Settings, summary: IngestSummary) -> list[str]:
    """The files not stored yet (by content), in order; oversized files go on so the reader reports them."""
    todo = []
    limit = settings.max_file_mb * 1024 * 1024
    for path in paths:
        try:
            if path.stat().st_size <= limit and store.has_file(db, file_sha256(path)):
                summary.files_skipped += 1
                continue
        except OSError as e:
            summary.failures.append((str(path), f"{path}: cannot read: {e.strerror}"))
            continue
        todo.append(str(path))
    return todo


def ingest(
    paths: list[str | Path],
    db_path: str | Path = "archive.db",
    settings: Settings = DEFAULT,
    progress: bool = False,
    on_failure=None,
) -> IngestSummary:
    """Ingest files and folders into the archive at ``db_path``; returns what happened."""
    started = time.perf_counter()
    summary = IngestSummary(db_path=str(db_path))
    files = find_files(paths)
    summary.files_seen = len(files)
    db = store.open_store(Path(db_path).expanduser())
    try:
        todo = files_to_process(db, files, settings, summary)
        jobs = [(path, settings) for path in todo]
        bar = tqdm(total=len(jobs), unit="file", desc="ingest", disable=not progress, leave=False)
        persons = store.load_authority(db) or load_default()
        if settings.workers > 1 and len(jobs) > 1:
            # Fork is fastest where it exists; the work is pure functions of the file.
            context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
            with context.Pool(settings.workers, initializer=start_worker, initargs=(persons,)) as pool:
                store_results(db, pool.imap(process_path, jobs, chunksize=4), summary, bar, on_failure)
        else:
            start_worker(persons)
            store_results(db, map(process_path, jobs), summary, bar, on_failure)
        bar.close()
        with tqdm(desc="index", unit="doc", disable=not progress, leave=False) as index_bar:
            summary.documents_indexed = search_index.sync(db, db_path, settings, progress=index_bar.update)
    finally:
        db.close()
    summary.seconds = time.perf_counter() - started
    return summary


def store_results(db, results, summary: IngestSummary, bar, on_failure) -> None:
    for result in results:
        bar.update(1)
        if result.error:
            summary.failures.append((result.path, result.error))
            store.add_failure(db, result.path, result.error)
            if on_failure:
                on_failure(result.path, result.error)
            continue
        added = store.add_file(db, result.path, result.format, result.sha256, result.size, result.records, result.raws)
        if added:
            summary.files_added += 1
            summary.documents_added += added
        else:
            summary.files_skipped += 1
