"""Scans read through OCR (Tesseract): pages rendered here from text we wrote, in a
typewriter-like font, with specks and a skewed page, then ingested as PDF and TIFF.

Tesseract is installed by `make test` (Debian's tesseract-ocr); where it is missing the
tests that need it skip and say so, and the test of the missing program still runs."""

import os
import re
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from chancery.devtools.bench_ocr import words_found
from chancery.ingest import ingest
from chancery.model import ReadError
from chancery.read import ocr, read_file
from chancery.settings import DEFAULT
from fixtures_maker import pdf_with_text, scanned_page, scanned_pdf, scanned_tiff, with_text_layer

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="Tesseract is not installed (make test installs Debian's tesseract-ocr)",
)

# Two pages in our own words, typed as a 1960s memorandum would be.
PAGE_ONE = """MEMORANDUM FOR THE RECORD

SUBJECT: Call of the Ambassador of Ruritania on the Under Secretary

1. The Ambassador called at his own request to discuss the proposed
trade agreement and the question of fishing rights in northern waters.
He said that his government was ready to open talks at Geneva in April,
provided that the other delegation would come with full powers.

2. The Under Secretary replied that we would consult our allies and
give an answer within the week. He asked whether the Minister of
Commerce, Mr. Halvorsen, would lead the delegation himself."""

PAGE_TWO = """3. The Ambassador thought it likely. He added that his Prime Minister
hoped to visit Washington in the autumn, and that an agreement signed
before then would make the visit easier to defend at home.

4. It was agreed that the two sides would exchange drafts of the
agreement by the end of March, and that neither would comment on
the talks to the press before they began.

                                        Walter B. Pennington
                                        Deputy Director, Office of
                                        Northern European Affairs"""


def share_found(expected: str, got: str) -> float:
    return words_found(expected, got)


def stored_text(db_path: Path) -> str:
    db = sqlite3.connect(db_path)
    try:
        return "\n".join(raw for (raw,) in db.execute("select raw from documents order by rowid"))
    finally:
        db.close()


def scanned_pages():
    return [
        scanned_page(PAGE_ONE, skew=-2.5, specks=0.004, seed=3),
        scanned_page(PAGE_TWO, skew=1.0, specks=0.001, seed=4),
    ]


@pytest.fixture
def counting_tesseract(tmp_path, monkeypatch):
    """Tesseract behind a wrapper that counts its runs (a line in a file per page read)."""
    real = shutil.which("tesseract")
    if real is None:
        pytest.skip("Tesseract is not installed (make test installs Debian's tesseract-ocr)")
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "tesseract-runs.log"
    wrapper = folder / "tesseract"
    wrapper.write_text(
        f'#!/bin/sh\ncase "$1" in --*) ;; *) echo run >> "{log}" ;; esac\nexec "{real}" "$@"\n'
    )
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    ocr.tesseract_version.cache_clear()
    yield lambda: len(log.read_text().splitlines()) if log.exists() else 0
    ocr.tesseract_version.cache_clear()


@needs_tesseract
@pytest.mark.parametrize("kind", ["pdf", "tiff"])
def test_a_scan_without_a_text_layer_is_read_by_ocr_with_95_percent_of_its_words(tmp_path, kind):
    path = tmp_path / f"memo.{kind if kind == 'pdf' else 'tif'}"
    path.write_bytes(
        scanned_pdf(scanned_pages()) if kind == "pdf" else scanned_tiff(scanned_pages())
    )
    summary = ingest([path], tmp_path / "a.db", DEFAULT.with_(workers=2))
    assert summary.failures == [] and summary.documents_added >= 1
    found = share_found(PAGE_ONE + "\n" + PAGE_TWO, stored_text(tmp_path / "a.db"))
    assert found >= 0.95, f"OCR found {found:.1%} of the words"


@needs_tesseract
def test_each_ocr_page_keeps_engine_version_language_and_confidence(tmp_path):
    path = tmp_path / "memo.pdf"
    path.write_bytes(scanned_pdf(scanned_pages()))
    source = read_file(path, DEFAULT)
    assert [page.n for page in source.pages] == [1, 2]
    for page in source.pages:
        assert page.ocr["engine"] == "tesseract" and page.ocr["language"] == "eng"
        assert re.match(r"\d+\.\d+", page.ocr["version"]) and 80 <= page.ocr["confidence"] <= 100
    assert "Halvorsen" in source.text[source.pages[0].start : source.pages[0].end]
    assert "Pennington" in source.text[source.pages[1].start : source.pages[1].end]


def test_a_pdf_with_a_text_layer_is_not_ocrd_under_auto(tmp_path, counting_tesseract):
    path = tmp_path / "typed.pdf"
    path.write_bytes(pdf_with_text([PAGE_ONE.splitlines(), PAGE_TWO.splitlines()]))
    summary = ingest([path], tmp_path / "a.db", DEFAULT)
    assert summary.failures == [] and summary.documents_added >= 1
    assert counting_tesseract() == 0


GARBAGE_LAYER = (
    "l1 ;:~ Jb8 tHe rn@n ,., ' ~~ |I| 0f tbc ahd vvhich 1n ;1 ::; ~ __ -- ii 11 ,, . " * 3
)


def test_under_auto_a_scan_whose_text_layer_is_garbage_is_read_again(tmp_path, counting_tesseract):
    path = tmp_path / "poor-layer.pdf"
    path.write_bytes(with_text_layer(scanned_pdf([scanned_page(PAGE_ONE, seed=5)]), GARBAGE_LAYER))
    source = read_file(path, DEFAULT)
    assert counting_tesseract() == 1 and source.pages[0].ocr["engine"] == "tesseract"
    assert "Halvorsen" in source.text and "vvhich" not in source.text


def test_under_auto_a_scan_whose_text_layer_reads_well_keeps_it(tmp_path, counting_tesseract):
    path = tmp_path / "good-layer.pdf"
    path.write_bytes(
        with_text_layer(scanned_pdf([scanned_page(PAGE_ONE, seed=5)]), " ".join(PAGE_ONE.split()))
    )
    source = read_file(path, DEFAULT)
    assert counting_tesseract() == 0 and source.pages[0].ocr is None and "Halvorsen" in source.text


def test_under_always_a_pdf_with_a_text_layer_is_ocrd_too(tmp_path, counting_tesseract):
    path = tmp_path / "typed.pdf"
    path.write_bytes(pdf_with_text([PAGE_ONE.splitlines()]))
    source = read_file(path, DEFAULT.with_(ocr="always"))
    assert counting_tesseract() == 1 and source.pages[0].ocr["engine"] == "tesseract"


def test_a_reingest_runs_no_ocr_the_pages_come_from_the_cache(tmp_path, counting_tesseract):
    path = tmp_path / "memo.pdf"
    path.write_bytes(scanned_pdf(scanned_pages()))
    settings = DEFAULT.with_(ocr_cache=str(tmp_path / "ocr-cache"))
    ingest([path], tmp_path / "first.db", settings)
    assert counting_tesseract() == 2
    ingest([path], tmp_path / "second.db", settings)  # a new archive: every file is read again
    ingest([path], tmp_path / "first.db", settings)  # the same archive: the file is already there
    assert counting_tesseract() == 2
    assert stored_text(tmp_path / "first.db") == stored_text(tmp_path / "second.db")


def test_ingest_keeps_its_ocr_cache_beside_the_archive(tmp_path, counting_tesseract):
    path = tmp_path / "memo.tif"
    path.write_bytes(scanned_tiff(scanned_pages()[:1]))
    ingest([path], tmp_path / "a.db", DEFAULT)
    assert list((tmp_path / "a.ocr").rglob("*.json")) and counting_tesseract() == 1


def test_without_tesseract_a_scan_is_one_clear_error_and_the_batch_goes_on(tmp_path, monkeypatch):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    ocr.tesseract_version.cache_clear()
    try:
        (tmp_path / "in").mkdir()
        (tmp_path / "in" / "a-scan.pdf").write_bytes(
            scanned_pdf([scanned_page("A page typed and scanned.")])
        )
        (tmp_path / "in" / "b-note.txt").write_text(
            "March 3, 1961\n\nA note typed on a machine with a text layer of its own, "
            "which needs no OCR.\n"
        )
        summary = ingest([tmp_path / "in"], tmp_path / "a.db", DEFAULT)
    finally:
        ocr.tesseract_version.cache_clear()
    assert summary.documents_added == 1
    [(path, error)] = summary.failures
    assert path.endswith("a-scan.pdf")
    assert (
        "Tesseract is not installed" in error
        and "apt install tesseract-ocr" in error
        and "\n" not in error
    )


def test_under_never_a_scan_is_reported_not_read(tmp_path, counting_tesseract):
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf([scanned_page("A page typed and scanned, with no text layer.")]))
    with pytest.raises(ReadError, match="scan.pdf: no text on any page .--ocr never"):
        read_file(path, DEFAULT.with_(ocr="never"))
    assert counting_tesseract() == 0


def test_a_text_layer_of_ocr_garbage_is_not_usable_but_a_typed_one_is():
    garbage = "l1 ;:~ Jb8 tHe rn@n ,., ' ~~ |I| 0f tbc ahd vvhich 1n ;1 ::; ~ __ -- ii 11 ,, ."
    assert not ocr.text_layer_usable(garbage * 3, DEFAULT.ocr_min_words, DEFAULT.ocr_min_word_share)
    assert ocr.text_layer_usable(PAGE_ONE, DEFAULT.ocr_min_words, DEFAULT.ocr_min_word_share)
    assert not ocr.text_layer_usable(
        "CONFIDENTIAL 14", DEFAULT.ocr_min_words, DEFAULT.ocr_min_word_share
    )


def test_tesseract_tsv_becomes_lines_and_paragraphs_with_a_mean_confidence():
    header = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\t"
        "left\ttop\twidth\theight\tconf\ttext"
    )
    rows = [
        "5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\tThe",
        "5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t80\tAmbassador",
        "5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t70\tcalled.",
        "5\t1\t2\t1\t1\t1\t0\t0\t1\t1\t60\tSigned",
    ]
    text, confidence = ocr.from_tsv("\n".join([header, *rows]))
    assert text == "The Ambassador\ncalled.\n\nSigned"
    assert confidence == 75


def test_relinking_a_scan_runs_no_ocr_and_keeps_each_pages_provenance(tmp_path, counting_tesseract):
    from chancery.relink import relink
    from chancery.store import open_store

    path = tmp_path / "memo.pdf"
    path.write_bytes(scanned_pdf(scanned_pages()))
    ingest([path], tmp_path / "a.db", DEFAULT)
    assert counting_tesseract() == 2
    relink(str(tmp_path / "a.db"), DEFAULT, progress=False)
    assert counting_tesseract() == 2
    with open_store(tmp_path / "a.db") as db:
        records = [record for _, record in db.iter_records()]
    assert all(page.ocr and page.ocr["engine"] == "tesseract" for r in records for page in r.pages)


def test_a_scan_the_page_turns_is_read_as_the_page_shows_it(tmp_path):
    """A landscape scan stored upright and turned by the page (/Rotate 90) is drawn as shown."""
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed (make test installs Debian's tesseract-ocr)")
    import pypdfium2 as pdfium

    turned = scanned_page(PAGE_ONE, seed=6).rotate(90, expand=True)  # stored on its side
    document = pdfium.PdfDocument(scanned_pdf([turned]))
    document[0].set_rotation(90)  # the page turns it back
    path = tmp_path / "turned.pdf"
    document.save(path)
    assert share_found(PAGE_ONE, read_file(path, DEFAULT.with_(ocr_cache="")).text) >= 0.95
