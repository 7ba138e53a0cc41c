"""Hostile scans: encrypted and damaged PDFs, a 5,000-page PDF, decompression bombs, a TIFF
of thousands of frames. Each is one clear error line, nothing hangs, and the batch goes on.
Every file is built here by code."""

import io
import struct
import zlib

import pytest

from chancery.ingest import ingest
from chancery.model import ReadError
from chancery.read import read_file
from chancery.settings import DEFAULT
from fixtures_maker import pdf_with_text, scanned_page, scanned_pdf

GOOD = (
    "March 3, 1961\n\nA note on the talks at Geneva, typed and kept with the file, which "
    "no scanner touched.\n"
)


def encrypted_pdf() -> bytes:
    """A PDF whose text is locked by a password (a Standard security handler that the empty
    password does not open)."""
    data = pdf_with_text([["A page that needs a password."]])
    head, tail = data.split(b"xref", 1)
    lock = (
        b"99 0 obj\n<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <"
        + b"11" * 32
        + b"> /U <"
        + b"22" * 32
        + b"> >>\nendobj\n"
    )
    tail = tail.replace(
        b"/Root 1 0 R",
        b"/Root 1 0 R /Encrypt 99 0 R /ID [<" + b"ab" * 16 + b"> <" + b"ab" * 16 + b">]",
    )
    return head + lock + b"xref" + tail


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A PNG of a few hundred bytes that says it holds ten billion pixels."""
    rows = zlib.compress(b"\x00" + b"\x00" * (width // 8), 9) * 4
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1 bit grey
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", rows)
        + png_chunk(b"IEND", b"")
    )


def many_frame_tiff(frames: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    tiny = [Image.new("1", (8, 8), 1) for _ in range(frames)]
    tiny[0].save(out, "TIFF", save_all=True, append_images=tiny[1:])
    return out.getvalue()


def ingest_with_a_good_file(tmp_path, name: str, data: bytes, settings=DEFAULT):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(data)
    (folder / "zz-good.txt").write_text(GOOD)
    summary = ingest([folder], tmp_path / "a.db", settings)
    assert summary.documents_added == 1, summary.failures  # the batch went on
    [(path, error)] = summary.failures
    assert path.endswith(name) and "\n" not in error
    return error


def test_an_encrypted_pdf_is_one_line_saying_it_needs_a_password(tmp_path):
    error = ingest_with_a_good_file(tmp_path, "locked.pdf", encrypted_pdf())
    assert "not a readable PDF (encrypted: it needs a password)" in error


def test_a_damaged_scan_is_one_line(tmp_path):
    data = scanned_pdf([scanned_page("A page cut short in the download.")])
    error = ingest_with_a_good_file(tmp_path, "cut.pdf", data[: len(data) // 3])
    assert "cut.pdf" in error and ("not a readable PDF" in error or "no text" in error)


def test_a_pdf_of_5000_pages_is_refused_by_its_page_count_at_once(tmp_path):
    data = pdf_with_text([[f"Page {n} of a very long file."] for n in range(5000)])
    error = ingest_with_a_good_file(tmp_path, "long.pdf", data)
    assert "5000 pages, over the 2000 page limit (setting max_pdf_pages)" in error


def test_a_pdf_of_5000_pages_allowed_by_the_settings_is_read_without_ocr_under_never(tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(
        pdf_with_text(
            [[f"Page {n} of a very long file, read from its text layer."] for n in range(5000)]
        )
    )
    source = read_file(path, DEFAULT.with_(max_pdf_pages=6000, ocr="never"))
    assert len(source.pages) == 5000 and "Page 4999 of" in source.text


@pytest.mark.parametrize("name", ["bomb.png", "bomb-named-as.tif"])
def test_a_decompression_bomb_is_refused_before_its_pixels_are_decoded(tmp_path, name):
    error = ingest_with_a_good_file(tmp_path, name, png_bomb())
    assert "not a readable image" in error and "pixels" in error


def test_an_image_over_the_pixel_setting_is_refused_with_the_setting_named(tmp_path):
    from PIL import Image

    path = tmp_path / "wide.png"
    Image.new("L", (3000, 2000), 255).save(path)
    with pytest.raises(ReadError, match=r"wide.png: .*(max_image_pixels|pixels)"):
        read_file(path, DEFAULT.with_(max_image_pixels=1_000_000))


def test_a_tiff_of_more_frames_than_the_page_limit_is_refused(tmp_path):
    path = tmp_path / "frames.tif"
    path.write_bytes(many_frame_tiff(30))
    with pytest.raises(ReadError, match="frames.tif: 30 pages, over the 20 page limit"):
        read_file(path, DEFAULT.with_(max_pdf_pages=20))


def test_a_file_that_only_looks_like_an_image_is_one_line(tmp_path):
    error = ingest_with_a_good_file(
        tmp_path, "fake.jpg", b"\xff\xd8\xff\xe0" + b"\x00garbage" * 100
    )
    assert "fake.jpg: not a readable image" in error
