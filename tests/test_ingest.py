"""Ingest end to end: idempotent, the same with any number of workers, safe against kill -9."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path


from chancery.ingest import ingest
from chancery.search.index import Searcher
from chancery.settings import DEFAULT

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
"""


def write_corpus(folder: Path, count: int = 6) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text = (LETTER if i % 2 else MEMCON).replace("disarmament", f"disarmament (copy {i})").replace("Berlin", f"Berlin {i}")
        (folder / f"doc{i:03}.txt").write_text(text, encoding="utf-8")
    return folder


def archive_rows(db_path: Path) -> list[tuple]:
    db = sqlite3.connect(db_path)
    try:
        return db.execute("SELECT seq, id, record FROM documents ORDER BY seq").fetchall()
    finally:
        db.close()


def test_ingest_stores_and_indexes_every_document(tmp_path):
    docs = write_corpus(tmp_path / "docs")
    summary = ingest([docs], tmp_path / "a.db")
    assert summary.documents_added == 6
    assert summary.failures == []
    assert Searcher(tmp_path / "a.db").search("disarmament").total == 3


def test_reingest_adds_nothing(tmp_path):
    docs = write_corpus(tmp_path / "docs")
    ingest([docs], tmp_path / "a.db")
    before = archive_rows(tmp_path / "a.db")
    again = ingest([docs], tmp_path / "a.db")
    assert again.documents_added == 0
    assert again.files_skipped == 6
    assert archive_rows(tmp_path / "a.db") == before
    assert Searcher(tmp_path / "a.db").search("disarmament").total == 3


def test_same_file_under_two_names_is_stored_once(tmp_path):
    docs = write_corpus(tmp_path / "docs", count=1)
    (docs / "copy.txt").write_bytes((docs / "doc000.txt").read_bytes())
    summary = ingest([docs], tmp_path / "a.db")
    assert summary.documents_added == 1


def test_two_workers_give_the_same_archive_as_one(tmp_path):
    docs = write_corpus(tmp_path / "docs", count=12)
    ingest([docs], tmp_path / "one.db", DEFAULT.with_(workers=1))
    ingest([docs], tmp_path / "two.db", DEFAULT.with_(workers=2))
    assert archive_rows(tmp_path / "one.db") == archive_rows(tmp_path / "two.db")


def export_lines(db_path: Path) -> list[dict]:
    out = subprocess.run(
        [sys.executable, "-m", "chancery.cli", "export", "--db", str(db_path)], capture_output=True, text=True, check=True
    ).stdout
    return [json.loads(line) for line in out.splitlines()]


def test_kill_9_mid_ingest_then_rerun_gives_the_uninterrupted_archive(tmp_path):
    from chancery.synth import write_archive

    write_archive(tmp_path / "corpus", 400, seed=3, ocr_noise=0.02, words=600)
    docs = tmp_path / "corpus" / "docs"
    ingest([docs], tmp_path / "clean.db")

    killed_db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "chancery.cli", "ingest", str(docs), "--db", str(killed_db), "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(killed_db, timeout=1) as db:
                stored = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored > 50:
            break
    assert process.poll() is None, "ingest finished before it could be killed: make the corpus bigger"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert 0 < stored < 400

    rerun = subprocess.run(command, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr

    clean_rows = [(i, r) for _, i, r in archive_rows(tmp_path / "clean.db")]
    killed_rows = [(i, r) for _, i, r in archive_rows(killed_db)]
    assert sorted(clean_rows) == sorted(killed_rows)
    for query in ("the", "Secretary", "year:1950..1970"):
        assert Searcher(killed_db).search(query).total == Searcher(tmp_path / "clean.db").search(query).total


def test_the_cli_runs_as_a_module(tmp_path):
    docs = write_corpus(tmp_path / "docs", count=2)
    result = subprocess.run(
        [sys.executable, "-m", "chancery.cli", "ingest", str(docs), "--db", str(tmp_path / "a.db")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "2 documents from 2 files" in result.stdout
