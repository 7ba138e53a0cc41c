"""PostgreSQL as the store of record: every command takes its URL, writers in several processes
store each file once, and each machine's index follows the store.

The server is the test session's own (``postgres_server`` in conftest.py); the tests that run
against both stores are in the store, ingest, index, export and web tests."""

import json
import re
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import main
from chancery.ingest import ingest
from chancery.search import index as search_index
from chancery.store import StoreError, open_store, queries
from helpers import record, stored_rows, table
from test_authority_import import hsg_person_xml, people_folder
from test_ingest import MEMCON as MEMCON_OF_TEST_INGEST

MEMCON = MEMCON_OF_TEST_INGEST.replace("SUBJECT: Berlin", "SUBJECT: Berlin {n}")  # one file per {n}


def cli(*args: str):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def corpus(folder: Path, count: int, first: int = 0) -> Path:
    folder.mkdir(parents=True)
    for n in range(first, first + count):
        (folder / f"memcon{n:03}.txt").write_text(MEMCON.format(n=n), encoding="utf-8")
    return folder


def test_two_processes_ingesting_one_folder_at_once_store_every_document_once(
    tmp_path, postgres_server, monkeypatch
):
    from chancery.devtools.synth import write_archive

    monkeypatch.chdir(tmp_path)
    write_archive(tmp_path / "corpus", 120, seed=5, ocr_noise=0.02, words=300)
    docs = tmp_path / "corpus" / "docs"
    url = postgres_server.new_database()
    # Both start before either has stored anything: each reads every file and offers it to the
    # store.
    command = [sys.executable, "-m", "chancery.cli", "ingest", str(docs), "--db", url, "--quiet"]
    writers = [
        subprocess.Popen(
            command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = [writer.communicate(timeout=300) for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0], outputs

    alone = str(tmp_path / "alone.db")
    expected = ingest([docs], alone)
    with open_store(url, create=False) as shared, open_store(alone, create=False) as one:
        rows = stored_rows(url)
        assert len(rows) == expected.documents_added == len({doc_id for _, doc_id, _ in rows})
        assert table(shared, "SELECT COUNT(*) FROM files") == table(
            one, "SELECT COUNT(*) FROM files"
        )
        # The summed tables were counted once per document, not once per writer.
        assert shared.people("", 10_000) == one.people("", 10_000)
        assert sorted(table(shared, "SELECT * FROM person_ties")) == sorted(
            table(one, "SELECT * FROM person_ties")
        )
        assert sorted(table(shared, "SELECT * FROM person_pairs")) == sorted(
            table(one, "SELECT * FROM person_pairs")
        )
    # "1 document from ..." when the race left one writer a single document
    added = [int(re.match(r"(\d+) documents? from", out).group(1)) for out, _ in outputs]
    assert (
        sum(added) == expected.documents_added
    )  # each document was added by one writer or the other
    # Both synced the one index in the working directory, in turn: it holds each document once.
    assert search_index.Searcher(url).search("", exact=True).total == expected.documents_added


def test_writers_commit_one_at_a_time_so_seq_order_is_commit_order(postgres_server):
    """An index that has read up to seq N must have missed nothing below N: a writer that would
    take a later seq waits until the one before it has committed."""
    url = postgres_server.new_database()
    first, second = open_store(url), open_store(url)
    a_record = record("a-1", type_=None)
    with first.session() as session, session:
        queries.add_file(
            session, "a.txt", "text", "a", 1, [a_record], ["a"]
        )  # a seq taken, not committed yet
        later = threading.Thread(
            target=lambda: second.add_file(
                "b.txt", "text", "b", 1, [record("b-1", type_=None)], ["b"]
            )
        )
        later.start()
        later.join(1.0)
        waited = later.is_alive()
        assert second.last_seq() == 0  # nothing committed yet
    later.join(10)
    assert waited, "the second writer did not wait for the first"
    assert [doc_id for _, doc_id, _ in stored_rows(url)] == ["a-1", "b-1"]
    first.close()
    second.close()


def test_a_second_writer_of_the_same_file_waits_then_stores_nothing(postgres_server):
    url = postgres_server.new_database()
    first, second = open_store(url), open_store(url)
    a_record = record("a-1", type_=None)
    added = []
    with first.session() as session, session:
        assert queries.add_file(session, "a.txt", "text", "a", 1, [a_record], ["a"]) == 1
        again = threading.Thread(
            target=lambda: added.append(
                second.add_file("copy-of-a.txt", "text", "a", 1, [a_record], ["a"])
            )
        )
        again.start()
        again.join(0.5)
        assert again.is_alive()
    again.join(10)
    assert added == [0] and len(stored_rows(url)) == 1
    first.close()
    second.close()


def test_every_command_takes_a_postgresql_url(tmp_path, postgres_server, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = postgres_server.new_database()
    name = url.rsplit("/", 1)[1]
    corpus(tmp_path / "in", 3)

    code, output = cli("ingest", str(tmp_path / "in"), "--db", url, "--quiet")
    assert (
        code == 0 and "3 documents from 3 files added to postgresql://chancery@127.0.0.1" in output
    ), output
    assert postgres_server.password not in output  # a URL's password is never repeated
    assert (
        tmp_path / f"{name}.index" / search_index.STATE
    ).exists()  # the index: in the working directory, named after the database

    code, output = cli("search", "Berlin", "--db", url, "--json")
    assert code == 0, output
    hits = json.loads(output)["hits"]
    assert json.loads(output)["total"] == 3
    doc_id = hits[0]["id"]
    code, output = cli("show", doc_id, "--db", url)
    assert code == 0 and "Dobrynin" in output
    code, output = cli("show", doc_id, "--db", url, "--original")
    assert code == 0 and "DEPARTMENT OF STATE" in output
    code, output = cli("stats", "--db", url, "--json")
    assert code == 0 and json.loads(output)["documents"] == 3
    code, output = cli("people", "Dobrynin", "--db", url)
    assert code == 0 and "dobrynin-anatoliy-f" in output
    code, output = cli("person", "dobrynin-anatoliy-f", "--db", url)
    assert code == 0 and "names seen" in output
    for fmt in ("jsonl", "csv", "tei"):
        out = tmp_path / f"export.{fmt}"
        code, output = cli("export", "--db", url, "--format", fmt, "--out", str(out))
        assert code == 0 and "3 documents written" in output, output
    assert (
        f"Documents of the archive {name}</title>" in (tmp_path / "export.tei").read_text()
    )  # the database's name, no URL

    code, output = cli("reindex", "--db", url, "--quiet")
    assert code == 0 and "3 documents indexed" in output
    folder = people_folder(
        tmp_path / "hsg", hsg_person_xml("190001", "Vostrikov, Pavel Ignatyevich", born="1911")
    )
    code, output = cli("authority", "import", "hsg-people", str(folder), "--db", url)
    assert code == 0 and "persons in the registry of postgresql://" in output, output
    code, output = cli("relink", "--db", url, "--quiet")
    assert code == 0 and "3 documents from 3 files linked again" in output, output
    code, output = cli("search", "Berlin", "--db", url)
    assert code == 0 and "3 documents match" in output


def test_the_index_of_a_postgresql_archive_goes_where_the_index_dir_setting_says(
    tmp_path, postgres_server, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    url = postgres_server.new_database()
    name = url.rsplit("/", 1)[1]
    corpus(tmp_path / "in", 2)
    code, output = cli(
        "ingest",
        str(tmp_path / "in"),
        "--db",
        url,
        "--quiet",
        "-s",
        "index_dir",
        str(tmp_path / "indexes"),
    )
    assert code == 0, output
    assert (tmp_path / "indexes" / f"{name}.index" / search_index.STATE).exists()
    assert not (tmp_path / f"{name}.index").exists()
    code, output = cli(
        "search", "Berlin", "--db", url, "-s", "index_dir", str(tmp_path / "indexes")
    )
    assert code == 0 and "2 documents match" in output and "building" not in output


def test_a_new_machine_builds_its_own_index_from_the_store(tmp_path, postgres_server, monkeypatch):
    url = postgres_server.new_database()
    corpus(tmp_path / "in", 4)
    (tmp_path / "one").mkdir(), (tmp_path / "two").mkdir()
    monkeypatch.chdir(tmp_path / "one")
    assert cli("ingest", str(tmp_path / "in"), "--db", url, "--quiet")[0] == 0
    monkeypatch.chdir(tmp_path / "two")  # another machine: no index here yet
    code, output = cli("search", "Berlin", "--db", url)
    assert code == 0 and "building the search index" in output and "4 documents match" in output


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(port: int, path: str):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as answer:
        return json.load(answer)


def test_servers_on_two_machines_follow_what_any_writer_stores(tmp_path, postgres_server):
    """Two API nodes (each its own working directory, so its own index) over one archive; a
    third machine ingests, and both nodes find the new documents without a restart."""
    url = postgres_server.new_database()
    corpus(tmp_path / "first", 2)
    corpus(tmp_path / "second", 5, first=2)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "chancery.cli",
            "ingest",
            str(tmp_path / "first"),
            "--db",
            url,
            "--quiet",
        ],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    nodes = []
    try:
        for n in range(2):
            home = tmp_path / f"node{n}"
            home.mkdir()
            port = free_port()
            server = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "chancery.cli",
                    "serve",
                    "--db",
                    url,
                    "--port",
                    str(port),
                    "-s",
                    "index_follow_seconds",
                    "0.2",
                ],
                cwd=home,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            nodes.append((server, port, home))
        for server, port, _ in nodes:
            deadline = time.monotonic() + 60
            while True:
                try:
                    assert get_json(port, "/api/search?q=Berlin")["total"] == 2
                    break
                except OSError:
                    assert server.poll() is None and time.monotonic() < deadline, (
                        server.stderr.read()
                    )
                    time.sleep(0.2)
        elsewhere = tmp_path / "ingesting-machine"
        elsewhere.mkdir()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "chancery.cli",
                "ingest",
                str(tmp_path / "second"),
                "--db",
                url,
                "--quiet",
            ],
            cwd=elsewhere,
            check=True,
            capture_output=True,
        )
        for _server, port, home in nodes:
            deadline = time.monotonic() + 30
            while get_json(port, "/api/search?q=Berlin")["total"] != 7:
                assert time.monotonic() < deadline, "the server's index did not follow the store"
                time.sleep(0.2)
            assert any(home.glob("*.index"))
    finally:
        for server, _, _ in nodes:
            server.terminate()
            server.wait(30)


def test_an_unreachable_server_or_a_database_of_another_program_is_one_line(
    tmp_path, postgres_server
):
    code, output = cli(
        "stats",
        "--db",
        f"postgresql://chancery:{postgres_server.password}@127.0.0.1:{free_port()}/nowhere",
    )
    assert code == 1 and "cannot connect to PostgreSQL" in output and "Traceback" not in output
    assert postgres_server.password not in output
    url = postgres_server.new_database()
    code, output = cli("stats", "--db", url)
    assert code == 1 and "no archive here" in output
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE documents (id int)")  # some other program's
    with pytest.raises(StoreError, match="not a chancery archive"):
        open_store(url)
    code, output = cli("ingest", str(corpus(tmp_path / "in", 1)), "--db", url)
    assert code == 1 and "not a chancery archive" in output


def test_a_nul_in_a_documents_text_does_not_stop_it_being_stored(tmp_path, archive_target):
    folder = tmp_path / "in"
    folder.mkdir()
    text = MEMCON.format(n=1).replace("not negotiable", "not\x00negotiable")
    (folder / "utf16.txt").write_bytes(
        text.encode("utf-16")
    )  # UTF-16's zero bytes are text; so is its U+0000
    summary = ingest([folder], archive_target)
    assert summary.failures == [] and summary.documents_added == 1
    with open_store(archive_target, create=False) as db:
        [(_, doc_id, _)] = stored_rows(archive_target)
        assert "negotiable" in db.get_raw(doc_id)


def test_the_pool_is_bounded_and_shared_by_threads(postgres_server):
    url = postgres_server.new_database()
    db = open_store(url, connections=2)
    answers = []
    threads = [
        threading.Thread(target=lambda: answers.append(db.stats()["documents"])) for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert answers == [0] * 8
    assert db.pool.get_stats()["pool_max"] == 2
    db.close()
