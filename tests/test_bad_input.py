"""A folder of hostile and broken files: each gets a one-line error naming it, the rest is
ingested."""

import sqlite3
import subprocess
import sys
from pathlib import Path

GOOD = """March 3, 1961

Dear Mr. Chairman:

I write to you about the question of a nuclear test ban, which our governments have discussed at Geneva.

Sincerely,
"""  # noqa: E501 (test data)

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<TEI><text><body><p>&lol4;</p></body></text></TEI>
"""


def make_bad_folder(folder: Path) -> dict[str, str]:
    """Write the bad files; returns name → a word the error must contain."""
    folder.mkdir()
    (folder / "good1.txt").write_text(GOOD, encoding="utf-8")
    (folder / "good2.txt").write_text(GOOD.replace("Geneva", "Vienna"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    with open(folder / "huge.txt", "wb") as f:  # 50 MB without spending 50 MB of memory
        f.truncate(50 * 1024 * 1024)
    (folder / "truncated.pdf").write_bytes(
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Ty"
    )
    (folder / "bomb.xml").write_text(BILLION_LAUGHS, encoding="utf-8")
    (folder / "bomb.html").write_text(
        "<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000 + "</body></html>"
    )
    # Invalid UTF-8 is not an error: it is read as a single-byte encoding.
    (folder / "latin1.txt").write_bytes(GOOD.replace("Geneva", "Gen\xe8ve").encode("latin-1"))
    return {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "huge.txt": "MB",
        "truncated.pdf": "PDF",
        "bomb.xml": "",
        "bomb.html": "",
    }


def run_ingest(folder: Path, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "chancery.cli", "ingest", str(folder), "--db", str(db), "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_bad_files_fail_one_line_each_and_the_rest_is_ingested(tmp_path):
    expected = make_bad_folder(tmp_path / "in")
    result = run_ingest(tmp_path / "in", tmp_path / "a.db")

    assert result.returncode == 1, "the exit status must say that some files failed"
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(expected), result.stderr
    for name, word in expected.items():
        [line] = [e for e in errors if name in e]
        assert word in line
    assert "Traceback" not in result.stderr
    assert "3 documents from 3 files" in result.stdout

    db = sqlite3.connect(tmp_path / "a.db")
    assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 3
    assert db.execute("SELECT COUNT(*) FROM failures").fetchone()[0] == len(expected)
    assert (
        "Genève"
        in db.execute("SELECT raw FROM documents WHERE path LIKE '%latin1.txt'").fetchone()[0]
    )


def test_rerun_after_failures_keeps_the_archive_intact(tmp_path):
    make_bad_folder(tmp_path / "in")
    run_ingest(tmp_path / "in", tmp_path / "a.db")
    again = run_ingest(tmp_path / "in", tmp_path / "a.db")
    assert again.returncode == 1
    db = sqlite3.connect(tmp_path / "a.db")
    assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 3
