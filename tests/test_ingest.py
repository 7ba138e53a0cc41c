"""Ingest end to end, into SQLite and into PostgreSQL: idempotent, the same with any number of
workers, safe against kill -9."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from chancery.ingest import ingest
from chancery.search import index as search_index
from chancery.search.index import Searcher
from chancery.settings import DEFAULT
from chancery.store import StoreError, open_store
from helpers import stored_rows

LETTER = """March 9, 1962

Dear Chip:

Here is the note on disarmament we spoke of on Tuesday; I should value your views before Geneva.

Sincerely,

The Honorable Charles E. Bohlen
Washington, D. C.
"""

MEMCON = """DEPARTMENT OF STATE

Memorandum of Conversation

DATE: April 3, 1961

SUBJECT: Berlin

PARTICIPANTS:

U.S.
The Secretary

U.S.S.R.
Anatoliy F. Dobrynin, Soviet Ambassador

The Secretary said that Berlin was not negotiable. Dobrynin replied that the Soviet Government wished to discuss it.
"""  # noqa: E501 (test data)


def write_corpus(folder: Path, count: int = 6) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text = (
            (LETTER if i % 2 else MEMCON)
            .replace("disarmament", f"disarmament (copy {i})")
            .replace("Berlin", f"Berlin {i}")
        )
        (folder / f"doc{i:03}.txt").write_text(text, encoding="utf-8")
    return folder


def test_ingest_stores_and_indexes_every_document(tmp_path, archive_target):
    docs = write_corpus(tmp_path / "docs")
    summary = ingest([docs], archive_target)
    assert summary.documents_added == 6
    assert summary.failures == []
    assert Searcher(archive_target).search("disarmament").total == 3


def test_reingest_adds_nothing(tmp_path, archive_target):
    docs = write_corpus(tmp_path / "docs")
    ingest([docs], archive_target)
    before = stored_rows(archive_target)
    again = ingest([docs], archive_target)
    assert again.documents_added == 0
    assert again.files_skipped == 6
    assert stored_rows(archive_target) == before
    assert Searcher(archive_target).search("disarmament").total == 3


def test_the_index_follows_the_store_while_files_are_stored(tmp_path, archive_target):
    # A batch of two: the index is synced beside the storing, then for the rest at the end.
    docs = write_corpus(tmp_path / "docs", count=12)
    summary = ingest([docs], archive_target, DEFAULT.with_(index_batch=2))
    assert summary.documents_indexed == summary.documents_added == 12
    assert Searcher(archive_target).search("disarmament").total == 6
    with open_store(archive_target, create=False) as db:
        assert not search_index.behind(db)


def test_same_file_under_two_names_is_stored_once(tmp_path, archive_target):
    docs = write_corpus(tmp_path / "docs", count=1)
    (docs / "copy.txt").write_bytes((docs / "doc000.txt").read_bytes())
    summary = ingest([docs], archive_target)
    assert summary.documents_added == 1


def test_two_workers_give_the_same_archive_as_one(tmp_path, new_archive):
    docs = write_corpus(tmp_path / "docs", count=12)
    one, two = new_archive(), new_archive()
    ingest([docs], one, DEFAULT.with_(workers=1))
    ingest([docs], two, DEFAULT.with_(workers=2))
    assert stored_rows(one) == stored_rows(two)


def stored_count(target) -> int:
    """Documents stored so far (0 while the archive is not made yet)."""
    try:
        with open_store(target, create=False, readonly=True) as db:
            return db.last_seq()
    except StoreError:
        return 0


def test_kill_9_mid_ingest_then_rerun_gives_the_uninterrupted_archive(tmp_path, new_archive):
    from chancery.devtools.synth import write_archive

    write_archive(tmp_path / "corpus", 400, seed=3, ocr_noise=0.02, words=600)
    docs = tmp_path / "corpus" / "docs"
    clean_db, killed_db = new_archive(), new_archive()
    ingest([docs], clean_db)

    command = [
        sys.executable,
        "-m",
        "chancery.cli",
        "ingest",
        str(docs),
        "--db",
        str(killed_db),
        "--quiet",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        try:
            stored = stored_count(killed_db)
        except Exception:  # SQLite's file half made, or busy
            continue
        if stored > 50:
            break
    assert process.poll() is None, (
        "ingest finished before it could be killed: make the corpus bigger"
    )
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert 0 < stored < 400

    rerun = subprocess.run(command, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr

    clean_rows = [(i, r) for _, i, r in stored_rows(clean_db)]
    killed_rows = [(i, r) for _, i, r in stored_rows(killed_db)]
    assert sorted(clean_rows) == sorted(killed_rows)
    for query in ("the", "Secretary", "year:1950..1970"):
        assert Searcher(killed_db).search(query).total == Searcher(clean_db).search(query).total


def test_the_cli_runs_as_a_module(tmp_path, archive_target):
    docs = write_corpus(tmp_path / "docs", count=2)
    result = subprocess.run(
        [sys.executable, "-m", "chancery.cli", "ingest", str(docs), "--db", archive_target],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "2 documents from 2 files" in result.stdout
