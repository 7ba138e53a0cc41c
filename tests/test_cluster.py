"""Ingest on a Dask cluster (``chancery ingest --cluster``): the workers write to PostgreSQL,
and an ingest cut short by a fault, then run again, leaves the archive an uninterrupted run
leaves: the same documents, the same counts, the same search results, nothing twice.

Each fault test ingests a synthetic corpus on a LocalCluster of two worker processes, strikes
when the first documents are in the store, lets the ingest end as it will, runs it again, and
compares the archive with one ingested without a fault (by local ingest, from the same paths).
"""

import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery import cluster
from chancery.cli import main
from chancery.ingest import ingest as local_ingest
from chancery.search.index import Searcher
from chancery.settings import DEFAULT
from chancery.store import StoreError, open_store
from helpers import table

needs_dask = pytest.mark.skipif(
    importlib.util.find_spec("distributed") is None,
    reason="Dask is not installed (pip install 'chancery[cluster]'): cluster tests skipped",
)

FILES = 240  # enough that two workers are still busy well after the first documents are stored
STRIKE_AT = 20  # documents stored when the fault strikes
QUERIES = ["landing rights", "Moscow", '"direct air service"', "type:telegram", "year:1960..1975"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    from chancery.devtools.synth import write_archive

    folder = tmp_path_factory.mktemp("cluster")
    write_archive(folder / "corpus", FILES, seed=7, ocr_noise=0.02, words=300)
    return (folder / "corpus" / "docs").resolve()  # the workers open the files by absolute path


@pytest.fixture(scope="module")
def uninterrupted(corpus, postgres_server, tmp_path_factory) -> dict:
    """What the archive holds after an ingest without a fault: local ingest, from the same paths."""
    folder = tmp_path_factory.mktemp("uninterrupted")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        url = postgres_server.new_database()
        summary = local_ingest([corpus], url)
        assert not summary.failures
        return archive_contents(url)


def archive_contents(url: str) -> dict:
    """Everything an archive holds but the order it was stored in and when: its rows as sets,
    and what a few searches find (the index in the working directory, brought up to date)."""
    with open_store(url, create=False) as db:
        contents = {
            name: sorted(table(db, sql))
            for name, sql in {
                "files": "SELECT sha256, path, format, size, parts FROM files",
                "documents": "SELECT id, sha256, part, path, record, raw FROM documents",
                "mentions": "SELECT * FROM document_persons",
                "edges": "SELECT * FROM document_edges",
                "person_forms": "SELECT * FROM person_forms",
                "person_ties": "SELECT * FROM person_ties",
                "person_pairs": "SELECT * FROM person_pairs",
                "failures": "SELECT path, error FROM failures",
            }.items()
        }
    with Searcher(url) as searcher:
        for query in QUERIES:
            found = searcher.search(query, limit=1000, exact=True)
            contents[f"search {query}"] = (found.total, sorted(hit.id for hit in found.hits))
    return contents


def assert_same_archive(url: str, expected: dict) -> None:
    contents = archive_contents(url)
    ids = [row[0] for row in contents["documents"]]
    assert len(ids) == len(set(ids)) == len(expected["documents"])  # nothing stored twice
    for name, rows in expected.items():
        assert contents[name] == rows, name


def stored_documents(url: str) -> int:
    try:
        with open_store(url, create=False, connections=1) as db:
            return table(db, "SELECT COUNT(*) FROM documents")[0][0]
    except StoreError:  # not an archive yet: the ingest has not created it
        return 0


def wait_for_documents(url: str, count: int, running, seconds: float = 60) -> None:
    """Return once ``count`` documents are stored (``running()`` still true: the ingest is on)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if stored_documents(url) >= count:
            assert running(), "the ingest ended before the fault could strike"
            return
        time.sleep(0.05)
    raise AssertionError(f"{count} documents were not stored within {seconds} s")


class InBackground(threading.Thread):
    """A call run in a thread, its outcome (or exception) kept for the test."""

    def __init__(self, call, *args, **kwargs):
        super().__init__(daemon=True)
        self.call, self.args, self.kwargs = call, args, kwargs
        self.outcome = self.error = None
        self.start()

    def run(self) -> None:
        try:
            self.outcome = self.call(*self.args, **self.kwargs)
        except BaseException as e:  # the test looks at it
            self.error = e


def test_cluster_ingest_refuses_an_sqlite_archive_in_one_line(tmp_path, corpus):
    result = CliRunner().invoke(
        main, ["ingest", str(corpus), "--db", str(tmp_path / "a.db"), "--cluster", "local:2"]
    )
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {tmp_path / 'a.db'}: --cluster needs a PostgreSQL archive"
        " (--db postgresql://user@host/dbname): an SQLite file is one machine's,"
        " and the workers could not all write to it"
    ]
    assert not (tmp_path / "a.db").exists()


def test_cluster_ingest_without_dask_says_how_to_install_it(tmp_path, corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    url = "postgresql://nobody@127.0.0.1:1/archive"  # not reached: Dask is asked for first
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--db", url, "--cluster", "local:2"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: --cluster needs Dask: pip install 'chancery[cluster]' (dask[distributed])\n"
    )


@needs_dask
@pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="Tesseract is not installed (make test installs Debian's tesseract-ocr)",
)
def test_a_scan_is_read_on_the_cluster_a_page_a_task_as_local_ingest_reads_it(
    postgres_server, tmp_path, monkeypatch
):
    from fixtures_maker import scanned_pdf
    from test_ocr import scanned_pages

    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "memo.pdf").write_bytes(scanned_pdf(scanned_pages()))
    on_cluster, here = postgres_server.new_database(), postgres_server.new_database()

    import distributed

    cache = tmp_path / "cluster.ocr"
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, dashboard_address=None
        ) as local,
        distributed.Client(local) as watcher,
        distributed.get_task_stream(watcher) as tasks,
    ):
        summary = cluster.ingest(
            [tmp_path / "in"],
            on_cluster,
            local.scheduler_address,
            DEFAULT.with_(ocr_cache=str(cache)),
        )
    assert summary.failures == [] and summary.files_added == 1
    ran = sorted(task["key"].split("-")[0] for task in tasks.data)
    assert ran == ["ingest_file", "pages_to_ocr", "read_page", "read_page"]  # a task a page
    assert len(list(cache.rglob("*.json"))) == 2
    local_ingest([(tmp_path / "in").resolve()], here, DEFAULT.with_(ocr_cache="local.ocr"))
    with open_store(on_cluster) as cluster_db, open_store(here) as local_db:
        read_there = table(cluster_db, "SELECT id, record, raw FROM documents")
        assert read_there == table(local_db, "SELECT id, record, raw FROM documents")
    assert "Halvorsen" in read_there[0][2]


@needs_dask
def test_a_file_url_ingested_on_the_cluster_gives_the_archive_its_path_gives(
    corpus, postgres_server, uninterrupted, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    url = postgres_server.new_database()
    summary = cluster.ingest([f"file://{corpus}"], url, "local:2")
    assert summary.failures == [] and summary.files_added == len(uninterrupted["files"])
    assert_same_archive(url, uninterrupted)


@needs_dask
def test_files_in_object_storage_are_listed_and_fetched_through_fsspec(
    corpus, postgres_server, tmp_path, monkeypatch
):
    """The files exist only in fsspec's in-memory file system, which the workers share with the
    client when they are threads of its process: they can only have been fetched through it."""
    import distributed
    import fsspec

    monkeypatch.chdir(tmp_path)
    fs = fsspec.filesystem("memory")
    bucket = f"/bucket-{tmp_path.name}"
    names = sorted(p.name for p in corpus.iterdir())[:12]
    for name in names:
        fs.pipe(f"{bucket}/crest/{name}", (corpus / name).read_bytes())
    on_cluster, here = postgres_server.new_database(), postgres_server.new_database()
    try:
        with distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as local:
            summary = cluster.ingest([f"memory://{bucket}"], on_cluster, local.scheduler_address)
            again = cluster.ingest([f"memory://{bucket}"], on_cluster, local.scheduler_address)
    finally:
        fs.rm(bucket, recursive=True)
    assert summary.failures == [] and summary.files_added == len(names)
    assert again.files_skipped == len(names) and again.documents_added == 0  # by content hash
    local_ingest([corpus / name for name in names], here)
    with open_store(on_cluster) as fetched, open_store(here) as read_here:
        rows = "SELECT id, sha256, path FROM documents ORDER BY id"
        stored = table(fetched, rows)
        assert [(i, sha) for i, sha, _ in stored] == [(i, s) for i, s, _ in table(read_here, rows)]
    assert {path for _, _, path in stored} == {f"memory://{bucket}/crest/{n}" for n in names}


def test_a_url_that_cannot_be_listed_stops_the_ingest_in_one_line(monkeypatch):
    monkeypatch.setitem(sys.modules, "s3fs", None)  # as where the s3 extra is not installed
    unreached = "postgresql://nobody@127.0.0.1:1/archive"  # the files are listed first
    for url, message in [
        ("nosuch://bucket/crest", "nosuch://bucket/crest: Protocol not known: nosuch"),
        ("memory://no-such-bucket/crest", "memory://no-such-bucket/crest: no such file, folder"),
        ("s3://crest-scans/1961", "s3://crest-scans/1961: Install s3fs to access S3"),
    ]:
        result = CliRunner().invoke(
            main, ["ingest", url, "--db", unreached, "--cluster", "local:1"]
        )
        assert result.exit_code == 1
        assert len(result.output.splitlines()) == 1
        assert result.output.startswith(f"Error: {message}")


def test_a_url_without_a_cluster_says_to_add_one():
    result = CliRunner().invoke(main, ["ingest", "s3://crest-scans/1961", "--db", "a.db"])
    assert result.exit_code == 2
    assert "s3://crest-scans/1961: files named by a URL are fetched by a cluster's workers" in (
        result.output
    )


@needs_dask
def test_a_worker_killed_in_mid_ingest_loses_nothing_and_stores_nothing_twice(
    corpus, postgres_server, uninterrupted, tmp_path, monkeypatch
):
    import distributed

    monkeypatch.chdir(tmp_path)
    url = postgres_server.new_database()
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, dashboard_address=None
    ) as local:
        with distributed.Client(local) as watcher:
            ingesting = InBackground(cluster.ingest, [corpus], url, local.scheduler_address)
            wait_for_documents(url, STRIKE_AT, ingesting.is_alive)
            # A worker the scheduler has files out to (its task is rescheduled on the other).
            busy = next(address for address, keys in watcher.processing().items() if keys)
            pid = watcher.run(os.getpid, workers=[busy])[busy]
            os.kill(pid, signal.SIGKILL)
            ingesting.join(60)
            assert busy not in watcher.scheduler_info()["workers"]  # it did die
    assert ingesting.error is None and not ingesting.is_alive()
    assert ingesting.outcome.failures == []
    assert_same_archive(url, uninterrupted)


@needs_dask
def test_an_ingest_whose_client_is_killed_finishes_on_a_second_run(
    corpus, postgres_server, uninterrupted, tmp_path, monkeypatch
):
    """For a LocalCluster the scheduler and the workers' nannies live in the client's process:
    killing the client kills the scheduler with it (the workers exit as their parent dies)."""
    monkeypatch.chdir(tmp_path)
    url = postgres_server.new_database()
    command = [sys.executable, "-m", "chancery.cli", "ingest", str(corpus)]
    client = subprocess.Popen(
        [*command, "--db", url, "--cluster", "local:2", "--quiet"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its workers in a process group of their own, to clean up after
    )
    try:
        wait_for_documents(url, STRIKE_AT, lambda: client.poll() is None)
        client.send_signal(signal.SIGKILL)
        client.wait(10)
        interrupted = stored_documents(url)
    finally:
        wait_for_group_to_exit(client.pid, 20)
    assert STRIKE_AT <= interrupted < len(uninterrupted["documents"])

    summary = cluster.ingest([corpus], url, "local:2")
    assert summary.failures == []
    assert summary.files_skipped >= 1  # the files the first run stored are not read again
    assert_same_archive(url, uninterrupted)


class DaskCommands:
    """A cluster as one is run by hand: ``dask scheduler`` and ``dask worker`` processes (two
    workers of one thread), on a port of the test's own, stopped at the end of the test."""

    def __init__(self, folder: Path):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.address = f"tcp://127.0.0.1:{s.getsockname()[1]}"
        self.folder = folder
        self.processes: list[subprocess.Popen] = []
        self.logs = []

    def command(self, *args: str) -> subprocess.Popen:
        log = open(self.folder / "dask.log", "a")  # the process's: it writes there till it ends
        self.logs.append(log)
        process = subprocess.Popen(
            [sys.executable, "-m", *args], cwd=self.folder, stdout=log, stderr=log
        )
        self.processes.append(process)
        return process

    def start(self) -> subprocess.Popen:
        """Start a scheduler and two workers; returns the scheduler's process once both joined."""
        port = self.address.rsplit(":", 1)[1]
        scheduler = self.command(
            "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", port,
            "--no-dashboard",
        )  # fmt: skip
        self.command(
            "distributed.cli.dask_worker", self.address, "--nworkers", "2", "--nthreads", "1",
            "--no-dashboard",
        )  # fmt: skip
        from distributed import Client

        with Client(self.address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
        return scheduler

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
        for log in self.logs:
            log.close()


@needs_dask
def test_an_ingest_whose_scheduler_is_killed_stops_in_one_line_and_finishes_on_a_second_run(
    corpus, postgres_server, uninterrupted, tmp_path, monkeypatch
):
    """Killing the scheduler ends the ingest, and the workers with it (they stop when its
    connection breaks); a supervisor starts both again, as this test does, and the ingest is
    run again."""
    monkeypatch.chdir(tmp_path)
    url = postgres_server.new_database()
    dask = DaskCommands(tmp_path)
    try:
        scheduler = dask.start()
        ingesting = InBackground(cluster.ingest, [corpus], url, dask.address)
        wait_for_documents(url, STRIKE_AT, ingesting.is_alive)
        scheduler.send_signal(signal.SIGKILL)
        ingesting.join(60)
        assert not ingesting.is_alive()
        assert isinstance(ingesting.error, cluster.ClusterError)
        assert str(ingesting.error) == (
            "lost the Dask scheduler in mid-ingest; every file stored so far stays stored:"
            " run the same command again to finish"
        )
        assert STRIKE_AT <= stored_documents(url) < len(uninterrupted["documents"])

        dask.start()
        summary = cluster.ingest([corpus], url, dask.address)
    finally:
        dask.stop()
    assert summary.failures == []
    assert summary.files_skipped >= 1
    assert_same_archive(url, uninterrupted)


def wait_for_group_to_exit(group: int, seconds: float) -> None:
    """Wait for the processes of a killed client to exit, then kill what is left of them."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    os.killpg(group, signal.SIGKILL)


@needs_dask
def test_an_ingest_through_a_postgresql_restart_finishes_on_a_second_run(
    corpus, own_postgres_server, uninterrupted, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    url = own_postgres_server.new_database()
    ingesting = InBackground(cluster.ingest, [corpus], url, "local:2")
    wait_for_documents(url, STRIKE_AT, ingesting.is_alive)
    own_postgres_server.restart()  # at once, as a crash: transactions in flight are lost
    ingesting.join(60)
    assert not ingesting.is_alive()
    # The first run rides out the restart (its tasks that raised are retried), but the test's
    # server does not flush its commits (synchronous_commit off): the last ones before the
    # crash may be lost though reported done, a file's documents with them. A durable server
    # keeps them; either way a second run leaves the archive complete.
    summary = cluster.ingest([corpus], url, "local:2")
    assert summary.failures == []
    assert_same_archive(url, uninterrupted)
