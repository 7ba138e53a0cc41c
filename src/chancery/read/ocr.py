"""OCR of page images with Tesseract, cached by the image's hash.

Tesseract runs as its command-line program (Debian's ``tesseract-ocr``), one process per
page with one thread (``OMP_THREAD_LIMIT=1``): pages are spread over processes, which uses
the cores better than Tesseract's own threads, and a page that hangs or crashes Tesseract
is its own process's problem. A binding (tesserocr) would save the program's start, about
0.1 s against 1–3 s of reading a page, and needs a compiler and Tesseract's headers to
install; the program needs neither.

Before Tesseract a page is cleaned the way scans need: specks removed by a median filter
when a sample of the page shows them, and the page turned level (a projection profile
over angles of up to 6°, when it leans by 2° or more). Tesseract read a typewritten page
with 1% of its pixels flipped to specks at 0.82 of its words, and tilted by 3° at 0.57;
cleaned, at 1.0 both.

The cache is a folder of JSON files named by the SHA-256 of the page's pixels, the
languages and this module's preparation: re-ingesting a file, or the same page in
another file, never runs Tesseract again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from ..model import ReadError

ENGINE = "tesseract"
# Bumped when the preparation of a page changes, so that the cache does not answer for it.
PREPARATION = "median-if-specks+level-2to6deg/4"
INSTALL_HINT = (
    "install it (Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-rus; macOS: "
    "brew install tesseract),"
    " or read only text layers with --ocr never"
)


class OcrUnavailable(ReadError):
    """Tesseract is not installed, or lacks a language asked for."""

    http_status = 503


@dataclass
class OcrPage:
    """What Tesseract read on one page, with its provenance."""

    text: str
    confidence: float  # mean of the words' confidences, 0–100
    engine: str
    version: str
    language: str
    seconds: float = 0.0

    def provenance(self) -> dict:
        return {
            "engine": self.engine,
            "version": self.version,
            "language": self.language,
            "confidence": round(self.confidence, 1),
        }


@cache  # one look per process: whether the program is there does not change mid-run
def tesseract_version() -> str | None:
    program = shutil.which("tesseract")
    if not program:
        return None
    try:
        out = subprocess.run([program, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r"tesseract\s+v?(\S+)", out.stdout + out.stderr)
    return match.group(1) if match else "unknown"


@cache
def tesseract_languages() -> frozenset[str]:
    try:
        out = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:] if line.strip())


def check_available(languages: str) -> str:
    """Tesseract's version, or OcrUnavailable saying what is missing and how to install it."""
    version = tesseract_version()
    if version is None:
        raise OcrUnavailable(f"this file needs OCR, but Tesseract is not installed: {INSTALL_HINT}")
    missing = [lang for lang in languages.split("+") if lang not in tesseract_languages()]
    if missing:
        raise OcrUnavailable(
            f"Tesseract has no data for {', '.join(missing)} (setting ocr_languages is "
            f"{languages!r}):"
            f" install tesseract-ocr-{missing[0]}, or change the setting"
        )
    return version


# --- the text layer: usable, or garbage to read again --------------------------------------

WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\d+(?:[.,:/–-]\d+)*|[\u0400-\u04FF]+")
VOWELS = set("aeiouyAEIOUY")


def word_share(text: str) -> float:
    """The share of a text's tokens that read as words: letters only (with a vowel, or short,
    in one case or capitalised), or numbers; punctuation around a token is allowed. OCR
    garbage ("l1|ll ;:~ Jb8", "tHe rn@n") is mostly not."""
    tokens = text.split()
    if not tokens:
        return 0.0
    good = 0
    for token in tokens:
        core = token.strip(".,;:!?()[]\"'“”‘’-–—/*")
        if not core or not WORD.fullmatch(core):
            continue
        if core.isdigit() or not core.isascii():
            good += 1
        elif (len(core) <= 3 or VOWELS.intersection(core)) and (
            core.islower() or core.isupper() or core.istitle()
        ):
            good += 1
    return good / len(tokens)


def text_layer_usable(text: str, min_words: int, min_share: float) -> bool:
    """Whether a PDF page's text layer can stand for the page under ``--ocr auto``: enough
    tokens, and enough of them words (settings ocr_min_words, ocr_min_word_share)."""
    return len(text.split()) >= min_words and word_share(text) >= min_share


# --- preparing a page ------------------------------------------------------------------------

# Below two degrees Tesseract finds the lines itself (0.98–1.0 of a typed page's words either
# way), and a page turned level is read 0.2 s slower (the turn greys the letters' edges);
# past them, turned clockwise, it loses the lines (0.52 of the words at 3°, 0.04 at 4°;
# levelled, 0.997 and 0.995).
MIN_SKEW = 2.0


def prepared(image):
    """The page in grey, specks removed when it has them, turned level; None when it needs
    neither (then Tesseract reads the page as it was scanned)."""
    from PIL import Image, ImageFilter

    grey = image.convert("L")
    cleaned = grey.filter(ImageFilter.MedianFilter(3)) if speckled(grey) else None
    angle = skew_angle(cleaned or grey)
    if abs(angle) >= MIN_SKEW:
        return (cleaned or grey).rotate(angle, resample=Image.BILINEAR, fillcolor=255)
    return cleaned


def speckled(image) -> bool:
    """Whether the page has specks: ink pixels with at most one inked neighbour, in a sample
    (the middle ninth). Typed pages have next to none (0 in 10,000 on the benchmark's pages,
    drawn or rendered from a PDF), dirt flecks many (5 in 10,000 where 0.1% of the page's
    pixels are flecks); the median filter that removes them costs 0.2 s a page at 300 dpi,
    so clean pages do not pay for it."""
    from PIL import ImageChops, ImageFilter

    w, h = image.size
    sample = image.crop((w // 3, h // 3, 2 * w // 3, 2 * h // 3))
    ink = sample.point(lambda v: 255 if v < 128 else 0)
    inked_around = ink.filter(
        ImageFilter.Kernel((3, 3), [1] * 9, scale=9)
    )  # 255/9 per inked pixel of the nine
    lone = ImageChops.multiply(ink, inked_around.point(lambda v: 255 if v <= 60 else 0))
    return lone.histogram()[255] > 0.0001 * sample.width * sample.height


def skew_angle(image, limit: float = 6.0) -> float:
    """The rotation (degrees) that levels the page's lines: the angle at which the rows of a
    small copy differ most in ink from their neighbours, half a degree apart on an eighth-size
    copy; then, where the page leans enough to be turned, an eighth of a degree apart on a
    quarter-size one. (A page that leans less is not turned: its angle need not be exact.)"""
    from PIL import Image

    def sharpness(ink, angle: float) -> int:
        rows = (
            ink.rotate(angle, resample=Image.Resampling.NEAREST)
            .resize((1, ink.height), Image.Resampling.BOX)
            .tobytes()
        )
        return sum((rows[i + 1] - rows[i]) ** 2 for i in range(len(rows) - 1))

    def inked(scale: int):
        return image.reduce(scale).point(lambda v: 255 if v < 160 else 0)

    steps = int(limit * 2)
    small = inked(8)
    coarse = max((sharpness(small, a / 2), -abs(a), a / 2) for a in range(-steps, steps + 1))[2]
    if abs(coarse) < MIN_SKEW - 0.5:
        return coarse
    ink = inked(4)
    return max((sharpness(ink, coarse + d / 8), -abs(d), coarse + d / 8) for d in range(-4, 5))[2]


# --- reading a page ----------------------------------------------------------------------------


def image_key(image, languages: str, stored: bytes | None = None) -> str:
    """The cache's name for a page: the hash of the image as stored (a scanned PDF page's
    compressed image, which needs no decoding), else of its pixels; with the languages and
    this module's preparation."""
    digest = hashlib.sha256()
    if stored is not None:
        digest.update(f"stored {languages} {PREPARATION}\n".encode())
        digest.update(stored)
    else:
        digest.update(f"{image.mode} {image.size} {languages} {PREPARATION}\n".encode())
        digest.update(image.tobytes())
    return digest.hexdigest()


def cache_path(folder: str, key: str) -> Path:
    return Path(folder).expanduser() / key[:2] / f"{key}.json"


def cached(folder: str, key: str) -> OcrPage | None:
    if not folder:
        return None
    try:
        return OcrPage(**json.loads(cache_path(folder, key).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None  # absent, or half-written by a process that was killed: read the page again


def remember(folder: str, key: str, page: OcrPage) -> None:
    if not folder:
        return
    path = cache_path(folder, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", dir=path.parent, suffix=".part", delete=False, encoding="utf-8"
        ) as f:
            json.dump(asdict(page), f, ensure_ascii=False)
        os.replace(f.name, path)  # whole or not at all, whatever process writes the same page
    except OSError:
        pass  # a cache that cannot be written costs time, not the page


def read_page(
    image, dpi: int, settings, stored: bytes | None = None, stored_suffix: str = ""
) -> OcrPage:
    """The text of one page image, from the cache or from Tesseract (settings ocr_languages,
    ocr_cache; Tesseract is stopped after file_seconds). ``image`` is the image, or a function
    that decodes it: with ``stored`` (the image as the file stores it) a page in the cache is
    never decoded, and a page that needs no cleaning goes to Tesseract as stored, when it is
    in a format Tesseract reads (``stored_suffix``, ".jpg"): as Tesseract would be given it
    alone (it read a JPEG 0.05–0.1 s faster than the same page decoded)."""
    languages = settings.ocr_languages
    if stored is None and callable(image):
        image = image()
    key = image_key(image, languages, stored)
    hit = cached(settings.ocr_cache, key)
    if hit is not None:
        return hit
    version = check_available(languages)
    if callable(image):
        image = image()
    started = time.perf_counter()
    cleaned = prepared(image)
    page_file = (
        (stored, stored_suffix)
        if cleaned is None and stored is not None and stored_suffix
        else (cleaned or image.convert("L"))
    )
    text, confidence = run_tesseract(page_file, dpi, languages, settings.file_seconds)
    page = OcrPage(
        text, confidence, ENGINE, version, languages, round(time.perf_counter() - started, 3)
    )
    remember(settings.ocr_cache, key, page)
    return page


def run_tesseract(page, dpi: int, languages: str, seconds: float) -> tuple[str, float]:
    """Tesseract's reading of a page (an image, or (bytes, suffix) of an image file): its text,
    laid out in lines and paragraphs, and the mean confidence of its words. The page goes to it
    as a file: from standard input it took 0.3 s longer a page (1.72 s against 2.01)."""
    with tempfile.TemporaryDirectory(prefix="chancery-ocr-", dir=scratch_folder()) as folder:
        if isinstance(page, tuple):
            page_file = Path(folder) / f"page{page[1]}"
            page_file.write_bytes(page[0])
        else:
            page_file = Path(folder) / "page.pgm"
            page.save(page_file)  # uncompressed: nothing to spend on encoding
        try:
            done = subprocess.run(
                tesseract_command(page_file, languages, dpi),
                capture_output=True,
                timeout=seconds,
                env=one_thread_environment(),
            )
        except subprocess.TimeoutExpired:
            raise ReadError(
                f"Tesseract did not finish a page within {seconds:g} s (setting file_seconds)"
            ) from None
        except OSError as e:
            raise OcrUnavailable(f"cannot run Tesseract ({e.strerror}): {INSTALL_HINT}") from None
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReadError(
            f"Tesseract failed on a page: {why[-1] if why else f'exit code {done.returncode}'}"
        )
    return from_tsv(done.stdout.decode("utf-8", "replace"))


def tesseract_command(page_file: Path, languages: str, dpi: int) -> list[str]:
    """Tesseract's command line for one page image: the page's own layout (--psm 3), its words
    as TSV on standard output. `chancery bench ocr` times Tesseract alone with this same line."""
    return [
        "tesseract",
        str(page_file),
        "stdout",
        "-l",
        languages,
        "--psm",
        "3",
        "--dpi",
        str(dpi),
        "tsv",
    ]


def one_thread_environment() -> dict[str, str]:
    """This process's environment with Tesseract held to one thread: pages are spread over
    processes instead."""
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def scratch_folder() -> str | None:
    """Memory-backed /dev/shm where there is one (the page is written and read once), else the
    system's temporary folder."""
    return "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


def from_tsv(tsv: str) -> tuple[str, float]:
    """Text and mean word confidence from Tesseract's TSV: words joined by spaces within a
    line, lines by newlines, paragraphs and blocks by a blank line."""
    lines: list[str] = []
    words: list[str] = []
    confidences: list[float] = []
    where = None
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        block, paragraph, line = cells[2], cells[3], cells[4]
        if where is not None and (block, paragraph, line) != where:
            lines.append(" ".join(words))
            words = []
            if (block, paragraph) != where[:2]:
                lines.append("")
        where = (block, paragraph, line)
        words.append(cells[11])
        try:
            confidences.append(float(cells[10]))
        except ValueError:
            pass
    if words:
        lines.append(" ".join(words))
    text = "\n".join(lines)
    return text, (sum(confidences) / len(confidences) if confidences else 0.0)
