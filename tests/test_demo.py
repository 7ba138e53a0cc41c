"""`make demo` builds its archive once and then only adds to it: a user's own documents survive a
second run.

Runs the Makefile's demo-archive target (what `make demo` does before it searches and serves) on a
small synthetic archive in a temporary folder, with this interpreter's venv.
"""

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
USER_DOCUMENT = """MEMORANDUM FOR THE RECORD

DATE: May 2, 1963

SUBJECT: Lighthouse keepers of Vardø

The keepers of the Vardø light asked for a second boat before the winter.
"""

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def make_demo_archive(folder: Path) -> str:
    bin_dir = Path(sys.executable).parent
    answer = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-o",
            "install",
            "demo-archive",
            f"DEMO={folder}",
            "DEMO_COUNT=12",
            "SEEDS=",
            f"BIN={bin_dir}",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert answer.returncode == 0, answer.stdout + answer.stderr
    return answer.stdout


def documents(db: Path) -> set[str]:
    with sqlite3.connect(db) as connection:
        return {row[0] for row in connection.execute("SELECT id FROM documents")}


def test_a_second_make_demo_keeps_what_a_user_added(tmp_path):
    demo = tmp_path / "demo"
    make_demo_archive(demo)
    built = documents(demo / "archive.db")
    assert len(built) == 12

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "vardo.txt").write_text(USER_DOCUMENT, encoding="utf-8")
    chancery = Path(sys.executable).with_name("chancery")
    ingest = [str(chancery), "ingest", str(mine), "--db", str(demo / "archive.db"), "--quiet"]
    subprocess.run(ingest, check=True, capture_output=True)
    with_mine = documents(demo / "archive.db")
    assert len(with_mine) == 13

    again = make_demo_archive(demo)
    assert "not written again" in again
    assert "0 documents from 0 files added" in again
    assert (
        documents(demo / "archive.db") == with_mine
    )  # the user's document is still there, nothing doubled
