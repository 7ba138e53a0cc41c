"""Ingest: files → pipeline → store → index.

Each file is read in a worker process with a time and a memory limit (``bounded.py``,
settings ``file_seconds`` and ``file_memory_mb``): a file over either, or whose worker
dies, is one error line and the batch goes on. Files are processed in parallel when
``workers > 1`` but stored in input order, so the archive is the same whatever the number
of workers. Each file is stored in one
transaction: a crash loses at most the file in flight, and a re-run picks up where the
last one stopped (files already stored, by content hash, are skipped).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import stat
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from . import bounded, scans
from .authority.matcher import Matcher
from .model import Document, Flag, ReadError
from .pipeline import default_matcher, process_source
from .read import read_file, walk
from .record import StoredDocument, document_record
from .search import index as search_index
from .settings import DEFAULT, Settings
from .store import open_store
from .wording import counted

logger = logging.getLogger(__name__)


@dataclass
class FileResult:
    path: str
    sha256: str = ""
    format: str = ""
    size: int = 0
    records: list[StoredDocument] = field(default_factory=list)
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
    store_seconds: float = (
        0.0  # spent writing to the store (the bench's measure of a store's own cost)
    )
    index_seconds: float = 0.0  # spent indexing: beside the storing, then after it
    failures: list[tuple[str, str]] = field(default_factory=list)
    not_followed: list[tuple[str, str]] = field(default_factory=list)  # links out of a folder
    seconds: float = 0.0

    def line(self) -> str:
        links = (
            f", {counted(len(self.not_followed), 'link')} out of the folders not followed"
            if self.not_followed
            else ""
        )
        return (
            f"{counted(self.documents_added, 'document')} from "
            f"{counted(self.files_added, 'file')} added to {self.db_path}"
            f" ({self.files_skipped} already there, {len(self.failures)} failed{links})"
            f" in {self.seconds:.1f} s"
        )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def process_path(job: tuple[str, Settings], matcher: Matcher, read=read_file) -> FileResult:
    """Run the pipeline on one file; every failure becomes a one-line error, never an exception
    (but MemoryError, which the worker around it reports against the memory limit). ``read``
    turns (path, settings) into the file's source (a cluster's worker passes the bytes it
    fetched from a URL)."""
    path, settings = job
    try:
        source = read(path, settings)
        documents = process_source(source, settings, matcher)
    except ReadError as e:
        return FileResult(path, error=str(e))
    except MemoryError:
        raise
    except Exception as e:  # a bug must not stop the batch: report it against the file
        logger.debug("%s: internal error", path, exc_info=True)
        return FileResult(
            path, error=f"{path}: internal error: {type(e).__name__}: {e}".splitlines()[0]
        )
    if not documents:
        return FileResult(path, error=f"{path}: no document found")
    flag_cut_pages(documents, source.meta.get("cut_pages", []), settings)
    return FileResult(
        path,
        sha256=source.sha256,
        format=source.format,
        size=source.size,
        records=[document_record(d) for d in documents],
        raws=[d.raw for d in documents],
    )


def flag_cut_pages(documents: list[Document], cut: list[int], settings: Settings) -> None:
    """A page the reader cut short (over ``max_page_chars``) is flagged on the documents it is
    in."""
    for doc in documents if cut else []:
        for page in doc.pages:
            if page.n in cut:
                message = (
                    f"page {page.n} was cut at {settings.max_page_chars:,} characters; "
                    f"the rest of it was not read (setting max_page_chars)"
                )
                doc.flags.append(Flag("page-cut", message, page.start, page.end))


def limits_of(settings: Settings) -> bounded.Limits:
    return bounded.Limits(seconds=settings.file_seconds, memory_mb=settings.file_memory_mb)


def matcher_for(persons: list | None) -> Matcher:
    """The matcher over an archive's own registry, or (None) over the one chancery ships."""
    return default_matcher() if persons is None else Matcher(persons)


def processed(
    jobs: list[tuple[str, Settings]],
    settings: Settings,
    persons,
    workers: int,
    method: str | None = None,
):
    """FileResults for the jobs, in order, each file read in a worker process within the time
    and memory limits of ``settings``; a file over a limit, or whose worker died, is a failure."""
    if persons is None and (method or bounded.default_method()) == "fork":
        default_matcher()  # built once here, shared by the forked workers
    outcomes = bounded.run(
        process_path,
        jobs,
        workers,
        limits_of(settings),
        setup=matcher_for,
        setup_args=(persons,),
        method=method,
    )
    for (path, _), outcome in outcomes:
        if isinstance(outcome, bounded.Failed):
            yield FileResult(path, error=f"{path}: {outcome.reason}")
        else:
            yield outcome


def already_stored(db, path: Path, settings: Settings) -> bool:
    """Whether the file's content is in the archive (by its hash); an oversized file is not
    hashed, and goes on so the reader reports it. Raises OSError or ReadError for a file that
    cannot be read."""
    status = path.stat()
    if not stat.S_ISREG(
        status.st_mode
    ):  # a named pipe or a device would block the hashing below forever
        raise ReadError(f"{path}: not a regular file")
    return status.st_size <= settings.max_file_mb * 1024 * 1024 and db.has_file(file_sha256(path))


def unreadable(path: Path, error: OSError | ReadError) -> str:
    return f"{path}: cannot read: {error.strerror}" if isinstance(error, OSError) else str(error)


def files_to_process(
    db, paths: list[Path], settings: Settings, summary: IngestSummary, on_failure=None
) -> list[str]:
    """The files not stored yet (by content), in order; oversized files go on so the reader
    reports them."""
    todo = []
    for path in paths:
        try:
            if already_stored(db, path, settings):
                summary.files_skipped += 1
                continue
        except (OSError, ReadError) as e:
            error = unreadable(path, e)
            summary.failures.append((str(path), error))
            if on_failure:
                on_failure(str(path), error)
            continue
        todo.append(str(path))
    return todo


def ingest(
    paths: list[str | Path],
    db_path: str | Path = "archive.db",
    settings: Settings = DEFAULT,
    progress: bool = False,
    on_failure=None,
    on_not_followed=None,
) -> IngestSummary:
    """Ingest files and folders into the archive at ``db_path`` (an SQLite file, or a PostgreSQL
    URL); returns what happened.
    ``on_failure(path, error)`` and ``on_not_followed(path, why)`` hear of each as it happens."""
    started = time.perf_counter()
    summary = IngestSummary(db_path=str(db_path))
    found = walk(paths)
    files = found.files
    for path, why in found.skipped:
        summary.not_followed.append((str(path), why))
        if on_not_followed:
            on_not_followed(str(path), why)
    summary.files_seen = len(files)
    db = open_store(db_path, connections=settings.store_connections)
    summary.db_path = db.name  # a URL's password is not repeated
    settings = settings.for_archive(db)
    try:
        todo = files_to_process(db, files, settings, summary, on_failure)
        scan_failures = scans.read_ahead(
            todo, settings, settings.workers, limits_of(settings), progress
        )
        for failed, error in scan_failures.items():
            summary.failures.append((failed, error))
            db.add_failure(failed, error)
            if on_failure:
                on_failure(failed, error)
        jobs = [(path, settings) for path in todo if path not in scan_failures]
        bar = tqdm(total=len(jobs), unit="file", desc="ingest", disable=not progress, leave=False)
        persons = db.load_authority()  # None: the registry chancery ships
        # Even with one worker the files are read in a worker process: the limits hold, and the
        # pipeline runs beside this process's storing (and indexing).
        with indexing_beside(db, settings, summary) as stored:
            store_results(
                db,
                processed(jobs, settings, persons, min(settings.workers, max(1, len(jobs)))),
                summary,
                bar,
                on_failure,
                stored,
            )
        bar.close()
        indexing = time.perf_counter()
        with tqdm(desc="index", unit="doc", disable=not progress, leave=False) as index_bar:
            summary.documents_indexed += search_index.sync(db, settings, progress=index_bar.update)
        summary.index_seconds += time.perf_counter() - indexing
    finally:
        db.close()
    summary.seconds = time.perf_counter() - started
    return summary


@contextlib.contextmanager
def indexing_beside(db, settings: Settings, summary: IngestSummary):
    """Index what is stored while files are still being read and stored; yields ``stored(n)``,
    to be told of each file's documents. This process mostly waits for its workers, so a
    thread of its own syncs the index each time ``index_batch`` more documents are stored,
    rather than all at the end. It is ``search_index.sync`` as ever, watermark and all: a
    crash loses nothing, a re-run indexes what was stored; the caller's last sync indexes the
    rest."""
    batch = threading.Event()  # index_batch more documents stored (or the end)
    finished = threading.Event()
    failed: list[BaseException] = []
    thread: threading.Thread | None = None
    count = 0

    def follow() -> None:
        while batch.wait() and not finished.is_set():
            batch.clear()
            started = time.perf_counter()
            try:
                summary.documents_indexed += search_index.sync(db, settings)
            except BaseException as e:  # raised again in the caller's thread
                failed.append(e)
                return
            summary.index_seconds += time.perf_counter() - started

    def stored(documents: int) -> None:
        nonlocal count, thread
        count += documents
        if count >= settings.index_batch:
            count = 0
            if thread is None:
                # Started with the first batch, not before: the workers are forked by then.
                thread = threading.Thread(target=follow, name="index", daemon=True)
                thread.start()
            batch.set()

    try:
        yield stored
    finally:
        finished.set()
        batch.set()
        if thread is not None:
            thread.join()
    if failed:
        raise failed[0]


def store_results(db, results, summary: IngestSummary, bar, on_failure, stored=None) -> None:
    """Store each result as it comes; ``stored(n)`` hears of the n documents each file added."""
    for result in results:
        bar.update(1)
        before = summary.documents_added
        store_result(db, result, summary)
        if stored:
            stored(summary.documents_added - before)
        if result.error and on_failure:
            on_failure(result.path, result.error)


def store_result(db, result: FileResult, summary: IngestSummary) -> None:
    """Store one file's documents in one transaction (or its failure), counted in ``summary``."""
    started = time.perf_counter()
    if result.error:
        summary.failures.append((result.path, result.error))
        db.add_failure(result.path, result.error)
    else:
        added = db.add_file(
            result.path, result.format, result.sha256, result.size, result.records, result.raws
        )
        if added:
            summary.files_added += 1
            summary.documents_added += added
        else:
            summary.files_skipped += 1
    summary.store_seconds += time.perf_counter() - started
