"""Odd but legitimate inputs are read; tricks are refused, and said so in one line."""

import codecs
import subprocess
import sys
import unicodedata

import pytest

from chancery import invisible
from chancery.ingest import ingest
from chancery.read import read_file, walk
from chancery.search.index import Searcher

LETTER = """March 3, 1961

Dear Mr. Chairman:

I write to you about Mr. Khrushchev and the question of a nuclear test ban, discussed at Geneva.

Sincerely,
"""


def cli_ingest(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "chancery.cli", "ingest", *args, "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize(
    "encoding, bom",
    [
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-32-be", codecs.BOM_UTF32_BE),
    ],
)
def test_utf16_and_utf32_text_with_a_byte_order_mark_is_text(tmp_path, encoding, bom):
    path = tmp_path / "notepad.txt"
    path.write_bytes(bom + LETTER.replace("Geneva", "Genève").encode(encoding))
    source = read_file(path)
    assert source.format == "text"
    assert "Genève" in source.text and source.text.startswith("March 3, 1961")


def test_utf16_html_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(
        codecs.BOM_UTF16_LE + f"<html><body><p>{LETTER}</p></body></html>".encode("utf-16-le")
    )
    assert "Dear Mr. Chairman" in read_file(path).text


def test_binary_data_after_a_utf16_mark_is_still_binary(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(
        codecs.BOM_UTF16_LE + "".join(map(chr, range(1, 32))).encode("utf-16-le") * 100
    )
    with pytest.raises(Exception, match="binary"):
        read_file(path)


def test_a_link_out_of_an_ingested_folder_is_not_followed_and_said_so(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(LETTER.replace("Geneva", "Oslo"))
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "letter.txt").write_text(LETTER)
    (folder / "os-release.txt").symlink_to(outside / "secret.txt")
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)
    (folder / "sub" / "same.txt").symlink_to(
        folder / "letter.txt"
    )  # a link within the folder is fine
    found = walk([folder])
    assert [p.relative_to(folder).as_posix() for p in found.files] == ["letter.txt", "sub/same.txt"]
    assert sorted(p.name for p, _ in found.skipped) == ["elsewhere", "os-release.txt"]

    result = cli_ingest(str(folder), "--db", str(tmp_path / "a.db"))
    assert result.returncode == 0, result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped:")]
    assert len(skipped) == 2 and all(
        "not followed" in line and "outside" in line for line in skipped
    )
    assert "2 links out of the folders not followed" in result.stdout
    assert Searcher(tmp_path / "a.db").search("Oslo").total == 0


def test_a_file_named_with_a_newline_cannot_forge_a_second_error_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(LETTER)
    (folder / "x\nerror: forged.txt").write_bytes(b"")
    (folder / "\x1b[2Jclear.txt").write_bytes(b"")
    result = cli_ingest(str(folder), "--db", str(tmp_path / "a.db"))
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith("error: ") for line in lines)
    assert any("x\\nerror: forged.txt: file is empty" in line for line in lines)
    assert any("\\x1b[2Jclear.txt" in line for line in lines)
    assert "\x1b" not in result.stderr


def test_zero_width_characters_are_removed_before_indexing_and_matching(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    hidden = LETTER.replace("Khrushchev", "Khru\u200bsh\u00adchev").replace("\f", "")
    (folder / "a.txt").write_text(
        hidden + "\f" + "Page two\u2060 about Berlin and the\u200d Wall, written at length.\n"
    )
    ingest([folder], tmp_path / "a.db")
    searcher = Searcher(tmp_path / "a.db")
    assert searcher.search("Khrushchev").total == 1
    assert searcher.search("Khru\u200bshchev").total == 1  # the same in a query
    source = read_file(folder / "a.txt")
    assert "\u200b" not in source.text and "\u00ad" not in source.text
    second = source.pages[1]
    assert source.text[second.start : second.end].startswith("Page two about Berlin")


def test_the_table_of_format_characters_holds_every_one_this_python_knows():
    known = {c for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"}
    ours = {c for a, b in invisible.RANGES for c in range(a, b + 1)}
    assert known <= ours, (
        f"add {sorted(hex(c) for c in known - ours)} to invisible.RANGES (Unicode "
        f"{unicodedata.unidata_version})"
    )
    assert all(invisible.FORMAT.fullmatch(chr(c)) for c in known)
    assert invisible.strip("a\u200bb c\u2063d") == "ab cd"


def test_a_named_pipe_given_to_ingest_is_one_error_line_not_a_hang(tmp_path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "good.txt").write_text(LETTER)
    result = cli_ingest(str(fifo), str(tmp_path / "good.txt"), "--db", str(tmp_path / "a.db"))
    assert result.stderr.splitlines() == [f"error: {fifo}: not a regular file"]
    assert "1 document from 1 file added" in result.stdout and result.returncode == 1
