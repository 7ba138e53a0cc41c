"""Ingest on a Dask cluster: the files (and the pages of scans to OCR) are Dask tasks; the
workers run the pipeline and write to the PostgreSQL archive themselves.

``chancery ingest DIR --db postgresql://... --cluster tcp://scheduler:8786`` (or ``local:N``,
a ``distributed.LocalCluster`` of N single-threaded worker processes on this machine). The
client walks the folders, hands each file to the cluster and counts the files as they come
back; it never reads a document. What a worker does with one file is what local ingest does
(``ingest.already_stored``, ``ingest.process_path``, ``ingest.store_result``): the file is
skipped if its content hash is stored, else read and stored in one transaction.

Faults are Dask's and PostgreSQL's to handle, not ours: a worker that dies holding a task has
it rescheduled on another (up to ``distributed.scheduler.allowed-failures`` times), a task
that raises (the store restarting under it) is retried (``RETRIES``), and a file stored twice
over (a retry racing a slow original) is stored once, because the archive is keyed by content
hash and a writer that finds the file there adds nothing (``queries.add_file``). A worker
killed in mid-transaction loses nothing: PostgreSQL rolls the transaction back. A lost
scheduler ends the ingest (``LOST_SCHEDULER``); the same command, run again, finishes it.

The workers open the files by the client's absolute paths: the folders must be at the same
path on every worker (a shared file system), as must the OCR cache. Or the files are named
by an fsspec URL (``s3://bucket/prefix``, ``gcs://…``, ``file:///…``): the client lists them
through fsspec, and each worker fetches a file's bytes whole through fsspec and reads them
(``read/remote.py``); a scan named so is read whole by one worker, OCR included.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import time
import uuid
from concurrent.futures import CancelledError
from contextlib import contextmanager
from pathlib import Path

from tqdm import tqdm

from . import scans
from .errors import ChanceryError
from .ingest import (
    FileResult,
    IngestSummary,
    already_stored,
    matcher_for,
    process_path,
    store_result,
    unreadable,
)
from .model import ReadError
from .read import remote, walk
from .search import index as search_index
from .settings import DEFAULT, Settings
from .store import is_url, open_store

LOCAL = "local:"
RETRIES = 3  # a task that raised (the store unreachable for a moment) runs again, up to this often
IN_FLIGHT = 10_000  # files handed to the cluster and not yet back, at most
LOST_SCHEDULER = (
    "lost the Dask scheduler in mid-ingest; every file stored so far stays stored:"
    " run the same command again to finish"
)
NO_DASK = "--cluster needs Dask: pip install 'chancery[cluster]' (dask[distributed])"


class ClusterError(ChanceryError):
    """A cluster that cannot be used: the message says why in one line."""

    http_status = 503  # unavailable, as a store that cannot be reached


def refused_store(db_path) -> str | None:
    """Why the archive at ``db_path`` cannot be written by a cluster, or None."""
    if is_url(db_path):
        return None
    return (
        f"{db_path}: --cluster needs a PostgreSQL archive (--db postgresql://user@host/dbname):"
        " an SQLite file is one machine's, and the workers could not all write to it"
    )


def local_workers(cluster: str) -> int | None:
    """N of ``local:N``, or None for a scheduler's address."""
    if not cluster.startswith(LOCAL):
        return None
    count = cluster[len(LOCAL) :]
    if not count.isdigit() or int(count) < 1:
        raise ClusterError(f"{cluster}: give local:N with N the number of workers, e.g. local:2")
    return int(count)


def require_dask() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise ClusterError(NO_DASK) from None


@contextmanager
def connected(cluster: str):
    """A Dask client of ``cluster``: a scheduler's address, or ``local:N`` for a LocalCluster
    started here (and stopped after) with N worker processes of one thread each."""
    import distributed

    workers = local_workers(cluster)
    if workers is None:
        try:
            client = distributed.Client(cluster, timeout=30)
        except (OSError, TimeoutError) as e:
            raise ClusterError(f"{cluster}: cannot reach the Dask scheduler ({e})") from None
        with client:
            yield client
        return
    # One thread a worker: the pipeline is Python, which one process runs on one core at a time.
    with (
        distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,  # its own starting and stopping is not news
        ) as local,
        distributed.Client(local) as client,
    ):
        yield client


def archive_writer_class():
    """The worker plugin's class, defined when Dask is imported (chancery imports it lazily)."""
    from distributed import WorkerPlugin

    class ArchiveWriter(WorkerPlugin):
        """What each worker holds for one ingest: the archive's store (a few pooled
        connections) and the matcher over the archive's person registry."""

        def __init__(self, url: str, settings: Settings):
            self.url = url
            self.settings = settings

        def setup(self, worker) -> None:
            self.store = open_store(self.url, connections=max(2, worker.state.nthreads))
            self.matcher = matcher_for(self.store.load_authority())

        def teardown(self, worker) -> None:
            self.store.close()

    return ArchiveWriter


def writer_of(name: str):
    from distributed import get_worker

    return get_worker().plugins[name]


def ingest_file(writer_name: str, path: str, *page_failures: str | None) -> IngestSummary:
    """On a worker: one file, as local ingest does it, after its pages' OCR (``page_failures``:
    None for each page read, or why it failed). Returns what happened, counted as ingest counts."""
    writer = writer_of(writer_name)
    summary = IngestSummary(db_path=writer.store.name)
    if remote.is_remote(path):
        return ingest_fetched(writer, path, summary)
    failed = next((failure for failure in page_failures if failure), None)
    if failed:
        store_result(writer.store, FileResult(path, error=failed), summary)
        return summary
    try:
        if already_stored(writer.store, Path(path), writer.settings):
            summary.files_skipped += 1
            return summary
    except (OSError, ReadError) as e:
        summary.failures.append((path, unreadable(Path(path), e)))
        return summary
    store_result(writer.store, process_path((path, writer.settings), writer.matcher), summary)
    return summary


def ingest_fetched(writer, url: str, summary: IngestSummary) -> IngestSummary:
    """On a worker: one file named by an fsspec URL, its bytes fetched whole first (so nothing
    that parses it reaches the network), skipped if their hash is stored, else read as local
    ingest reads a file."""
    name = remote.stored_name(url)
    try:
        data = remote.fetch(url, writer.settings)
    except ReadError as e:
        store_result(writer.store, FileResult(name, error=str(e)), summary)
        return summary
    if writer.store.has_file(hashlib.sha256(data).hexdigest()):
        summary.files_skipped += 1
        return summary

    def read(_name: str, settings: Settings):
        return remote.read_url(url, data, settings)

    store_result(writer.store, process_path((name, writer.settings), writer.matcher, read), summary)
    return summary


def pages_to_ocr(writer_name: str, path: str) -> list[int]:
    """On a worker: the pages of one scan that need OCR (none when the file is stored already,
    or when its own reading will report why it cannot be read)."""
    writer = writer_of(writer_name)
    try:
        if already_stored(writer.store, Path(path), writer.settings):
            return []
    except (OSError, ReadError):
        return []  # the file's own task reports it
    outcome = scans.plan((path, writer.settings), None)
    return outcome if isinstance(outcome, list) else []


def lost(path: str, error: BaseException) -> str:
    """A file whose task failed for good, in one line."""
    if type(error).__name__ == "KilledWorker":
        return (
            f"{path}: the workers reading it died each time (Dask's allowed-failures); not stored"
        )
    return f"{path}: not stored: {type(error).__name__}: {' '.join(str(error).split())}"


def ingest(
    paths: list[str | Path],
    db_path: str,
    cluster: str,
    settings: Settings = DEFAULT,
    progress: bool = False,
    on_failure=None,
    on_not_followed=None,
) -> IngestSummary:
    """Ingest files and folders into the PostgreSQL archive at ``db_path`` on the Dask cluster
    ``cluster`` (a scheduler's address, or ``local:N``); as ``ingest.ingest`` otherwise."""
    refused = refused_store(db_path)
    if refused:
        raise ClusterError(refused)
    require_dask()
    local_workers(cluster)  # a malformed local:N is refused before anything starts
    started = time.perf_counter()
    summary = IngestSummary(db_path=str(db_path))
    found = walk([path for path in paths if not remote.is_remote(path)])
    skipped = [(str(path), why) for path, why in found.skipped]
    files = [os.path.abspath(path) for path in found.files]  # as every worker finds them
    for url in [path for path in paths if remote.is_remote(path)]:
        listed = remote.list_files(str(url))  # a bucket that is not there stops here, in one line
        files += listed.urls
        skipped += listed.skipped
    for path, why in skipped:
        summary.not_followed.append((path, why))
        if on_not_followed:
            on_not_followed(path, why)
    summary.files_seen = len(files)
    # The client's own connections are for before and after: a store restarted in between
    # costs it nothing.
    with open_store(db_path, connections=1) as db:
        summary.db_path = db.name
        settings = settings.for_archive(db)
    if settings.ocr_cache:  # as every worker finds it
        settings = settings.with_(ocr_cache=os.path.abspath(settings.ocr_cache))
    with connected(cluster) as client:
        writer_name = f"chancery-ingest-{uuid.uuid4().hex}"
        client.register_plugin(archive_writer_class()(db_path, settings), name=writer_name)
        lost_files = run_on(client, writer_name, files, settings, summary, progress, on_failure)
        # Only once done: with the scheduler lost there is no one to ask (and a worker that
        # goes on holding the plugin closes its connections when it stops).
        client.unregister_worker_plugin(writer_name)
    with open_store(db_path, connections=1) as db:
        for failed_path, error in lost_files:  # the workers recorded the failures they saw
            db.add_failure(failed_path, error)
        indexing = time.perf_counter()
        with tqdm(desc="index", unit="doc", disable=not progress, leave=False) as index_bar:
            summary.documents_indexed = search_index.sync(db, settings, progress=index_bar.update)
        summary.index_seconds = time.perf_counter() - indexing
    summary.seconds = time.perf_counter() - started
    return summary


def run_on(
    client, writer_name: str, files: list[str], settings: Settings, summary, progress, on_failure
) -> list[tuple[str, str]]:
    """Each file a task (after, for a scan, a task finding its pages to OCR and a task a page);
    the outcomes counted into ``summary`` as they come back, on one progress bar of files.
    At most ``IN_FLIGHT`` files are out at once, so the client's and the scheduler's memory
    stay bounded whatever the corpus. Returns the files whose tasks failed for good."""
    from distributed import as_completed

    planning: dict[str, str] = {}  # key of a scan's task finding its pages → the scan's path
    reading: dict[str, str] = {}  # key of a file's task → the file's path
    outcomes = as_completed()
    lost_files = []

    def submit(path: str) -> None:
        if (
            settings.ocr != "never"
            and settings.ocr_cache
            and not remote.is_remote(path)  # a scan at a URL: its pages are read where it is
            and scans.scan_reader(path)
        ):
            future = client.submit(pages_to_ocr, writer_name, path, retries=RETRIES, pure=False)
            planning[future.key] = path
        else:
            future = client.submit(ingest_file, writer_name, path, retries=RETRIES, pure=False)
            reading[future.key] = path
        outcomes.add(future)

    def submit_after_ocr(path: str, pages: list[int]) -> None:
        page_futures = [
            client.submit(scans.read_page, (path, n, settings), None, retries=RETRIES)
            for n in pages
        ]
        future = client.submit(
            ingest_file, writer_name, path, *page_futures, retries=RETRIES, pure=False
        )
        reading[future.key] = path
        outcomes.add(future)

    waiting = iter(files)
    for path in itertools.islice(waiting, IN_FLIGHT):
        submit(path)
    with tqdm(total=len(files), unit="file", desc="ingest", disable=not progress) as bar:
        for batch in outcomes.batches():
            # The cluster's way of saying it lost the scheduler: every task is cancelled.
            if any(future.status == "cancelled" for future in batch):
                raise ClusterError(LOST_SCHEDULER)
            finished = [future for future in batch if future.status == "finished"]
            try:  # the outcomes of all the batch's tasks that finished, fetched at once
                results = dict(zip([f.key for f in finished], client.gather(finished), strict=True))
            except (OSError, CancelledError):  # the scheduler lost while fetching them
                raise ClusterError(LOST_SCHEDULER) from None
            for future in batch:
                if future.key in planning:
                    path = planning.pop(future.key)
                    if future.status == "finished":
                        submit_after_ocr(path, results[future.key])
                        continue
                else:
                    path = reading.pop(future.key)
                bar.update(1)
                for following in itertools.islice(waiting, 1):
                    submit(following)
                if future.status == "finished":
                    add_counts(summary, results[future.key])
                    failures = results[future.key].failures
                else:
                    error = lost(path, future.exception())
                    summary.failures.append((path, error))
                    lost_files.append((path, error))
                    failures = [(path, error)]
                for failed_path, error in failures:
                    if on_failure:
                        on_failure(failed_path, error)
    return lost_files


def add_counts(summary: IngestSummary, one_file: IngestSummary) -> None:
    summary.files_added += one_file.files_added
    summary.files_skipped += one_file.files_skipped
    summary.documents_added += one_file.documents_added
    summary.store_seconds += one_file.store_seconds
    summary.failures += one_file.failures
