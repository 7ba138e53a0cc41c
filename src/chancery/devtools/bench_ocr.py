"""OCR benchmark: pages per second per core through ingest, against Tesseract alone on the same
pages.

Typed pages are drawn from synthetic documents (a fixed-pitch font, grey ink, a tilt of
up to 2.5°), written as scanned PDFs with no text layer, and read in the same run (1) by
Tesseract alone, one process per page as ingest runs it, one page after another, on the
page images as the PDFs hold them (JPEGs), and (2) by ``chancery ingest`` with each worker count,
each with an empty OCR cache. Ingest's figure includes everything it does besides OCR
(taking the page image out of the PDF, levelling it, the pipeline, storing and indexing).

Pages per second of processor time is the figure "per core": on a machine that is doing
other work too (two cores, other processes), wall-clock time says more about the neighbours
than about OCR; processor time counts only what each reader spent. ``cores_busy`` (processor
time over wall-clock time) shows whether both workers were kept busy.
"""

from __future__ import annotations

import random
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",  # Debian's fonts-dejavu-core
    "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "/System/Library/Fonts/Courier.ttc",
]
LINES_PER_PAGE = 40
CHARS_PER_LINE = 68


def typewriter_font(size: int = 38):
    """A fixed-pitch font like a typewriter's; Pillow's own where none is installed."""
    from PIL import ImageFont

    for path in FONTS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def typed_page(text: str, skew: float = 0.0, specks: float = 0.0, seed: int = 1):
    """A letter-size page at 300 dpi with ``text`` typed on it, as a scanner gives it back:
    grey ink, ``specks`` of the pixels dirt, turned by ``skew`` degrees."""
    from PIL import Image, ImageDraw

    rnd = random.Random(seed)
    page = Image.new("L", (2550, 3300), 250)
    draw = ImageDraw.Draw(page)
    font = typewriter_font()
    y = 300
    for line in text.splitlines():
        draw.text((250 + rnd.randint(-2, 2), y), line, font=font, fill=rnd.randint(20, 50))
        y += 64
    if specks:
        pixels = page.load()
        assert pixels is not None  # an image made in memory has its pixels
        for _ in range(int(page.width * page.height * specks)):
            pixels[rnd.randrange(page.width), rnd.randrange(page.height)] = rnd.choice((0, 60, 255))
    if skew:
        page = page.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=250)
    return page


def page_texts(pages: int, seed: int) -> list[str]:
    """``pages`` pages of typed text (about 40 lines of 68 characters) from synthetic documents."""
    import textwrap

    from .synth import generate

    texts: list[str] = []
    for doc in generate(max(1, pages // 2), seed=seed, words=900):
        lines = [
            line
            for para in doc.text.split("\n")
            for line in (textwrap.wrap(para, CHARS_PER_LINE) or [""])
        ]
        for start in range(0, len(lines), LINES_PER_PAGE):
            texts.append("\n".join(lines[start : start + LINES_PER_PAGE]))
            if len(texts) == pages:
                return texts
    return texts


def write_scans(
    folder: Path, pages: int, per_file: int, seed: int, tilt: float = 2.5
) -> list[Path]:
    """Scanned PDFs of ``per_file`` pages each (no text layer), and each page's image as the
    PDF holds it (a JPEG), for Tesseract alone."""
    import pypdfium2 as pdfium

    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    images = [
        typed_page(text, skew=rnd.uniform(-tilt, tilt), seed=seed + k)
        for k, text in enumerate(page_texts(pages, seed))
    ]
    for start in range(0, len(images), per_file):
        chunk = images[start : start + per_file]
        chunk[0].save(
            folder / f"scan-{start // per_file:03d}.pdf",
            "PDF",
            resolution=300,
            save_all=True,
            append_images=chunk[1:],
        )
    for pdf_path in sorted(folder.glob("scan-*.pdf")):
        pdf = pdfium.PdfDocument(str(pdf_path))
        for n in range(len(pdf)):
            [image] = pdf[n].get_objects(filter=(pdfium.raw.FPDF_PAGEOBJ_IMAGE,))
            image.extract(str(folder / f"page-{pdf_path.stem}-{n:03d}"))
        pdf.close()
    return page_images(folder)


def page_images(folder: Path) -> list[Path]:
    return sorted(folder.glob("page-*"))


def tesseract_alone(images: list[Path], languages: str) -> tuple[float, str]:
    """Seconds Tesseract takes on the page images, one process per page, one after another,
    with the same options ingest gives it; and the text it read."""
    from ..read.ocr import from_tsv, one_thread_environment, tesseract_command

    environment = one_thread_environment()
    started = time.perf_counter()
    texts = []
    for image in images:
        done = subprocess.run(
            tesseract_command(image, languages, 300),
            capture_output=True,
            check=True,
            env=environment,
        )
        texts.append(done.stdout.decode("utf-8", "replace"))
    seconds = time.perf_counter() - started
    return seconds, "\n".join(from_tsv(tsv)[0] for tsv in texts)


def words_found(expected: str, got: str) -> float:
    """The share of the expected words (each as often as it occurs, punctuation around it
    aside) that the text read holds."""
    from collections import Counter

    def words(text: str) -> Counter:
        return Counter(
            w for w in (token.strip(".,;:!?()[]\"'“”‘’-–—") for token in text.split()) if w
        )

    want, have = words(expected), words(got)
    return sum(min(n, have[w]) for w, n in want.items()) / max(sum(want.values()), 1)


def stored_text(db_path: Path) -> str:
    import sqlite3

    db = sqlite3.connect(db_path)
    try:
        return "\n".join(
            raw for (raw,) in db.execute("select raw from documents order by seq")
        )  # as read, before the clean stage moves stamps out
    finally:
        db.close()


def cpu_seconds() -> float:
    """Processor time of this process and of its children that have ended (the workers, and
    the Tesseract processes each worker waited for)."""
    return sum(
        u.ru_utime + u.ru_stime
        for u in (
            resource.getrusage(resource.RUSAGE_SELF),
            resource.getrusage(resource.RUSAGE_CHILDREN),
        )
    )


def bench_ocr(
    pages: int,
    workers: list[int],
    seed: int = 5,
    per_file: int = 20,
    workdir: str | None = None,
    tilt: float = 2.5,
) -> dict:
    from ..ingest import ingest
    from ..read.ocr import check_available
    from ..settings import DEFAULT

    version = check_available(DEFAULT.ocr_languages)
    root = Path(workdir or tempfile.mkdtemp(prefix="chancery-bench-ocr-"))
    scans = root / (
        f"scans-{pages}-{seed}" if tilt == 2.5 else f"scans-{pages}-{seed}-tilt{tilt:g}"
    )
    images = page_images(scans) if scans.exists() else []
    if len(images) != pages:
        shutil.rmtree(scans, ignore_errors=True)
        images = write_scans(scans, pages, per_file, seed, tilt)
    typed = "\n".join(page_texts(pages, seed))
    cpu_before = cpu_seconds()
    alone, alone_text = tesseract_alone(images, DEFAULT.ocr_languages)
    alone_cpu = cpu_seconds() - cpu_before
    runs = [
        {
            "reader": "tesseract alone",
            "workers": 1,
            "seconds": round(alone, 1),
            "pages_per_s": round(pages / alone, 3),
            "cpu_seconds": round(alone_cpu, 1),
            "pages_per_cpu_s": round(pages / alone_cpu, 3),
            "vs_alone": 1.0,
            "cores_busy": round(alone_cpu / alone, 2),
            "words_found": round(words_found(typed, alone_text), 3),
        }
    ]
    for n in workers:
        db_path = root / f"bench-ocr-{n}.db"
        for leftover in (db_path, db_path.with_suffix(".ocr"), db_path.with_suffix(".index")):
            shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(
                missing_ok=True
            )
        cpu_before, started = cpu_seconds(), time.perf_counter()
        summary = ingest(sorted(scans.glob("*.pdf")), db_path, DEFAULT.with_(workers=n))
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu_before
        runs.append(
            {
                "reader": "chancery ingest",
                "workers": n,
                "seconds": round(seconds, 1),
                "pages_per_s": round(pages / seconds, 3),
                "cpu_seconds": round(cpu, 1),
                "pages_per_cpu_s": round(pages / cpu, 3),
                "vs_alone": round((pages / cpu) / (pages / alone_cpu), 3),
                "cores_busy": round(cpu / seconds, 2),
                "words_found": round(words_found(typed, stored_text(db_path)), 3),
                "documents": summary.documents_added,
                "failures": len(summary.failures),
            }
        )
    if not workdir:
        shutil.rmtree(root, ignore_errors=True)
    return {
        "pages": pages,
        "tilt": tilt,
        "tesseract": version,
        "languages": DEFAULT.ocr_languages,
        "runs": runs,
    }
