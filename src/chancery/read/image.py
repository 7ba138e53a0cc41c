"""Scanned pages as images (TIFF, with one page per frame; PNG; JPEG), read by OCR.

Pillow opens them; an image of more than ``max_image_pixels`` is refused before its pixels
are decoded (a decompression bomb: a few kilobytes of PNG that inflate to gigabytes), and
a TIFF of more than ``max_pdf_pages`` frames is refused as a PDF of as many pages would be.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from ..model import ReadError, Source, SourcePage
from . import ocr

SUFFIXES = {".tif", ".tiff", ".png", ".jpg", ".jpeg"}
MAGIC = (b"II*\x00", b"MM\x00*", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def fit(path: Path, head: bytes) -> float:
    if head.startswith(MAGIC):
        return 1.0
    return 0.8 if path.suffix.lower() in SUFFIXES else 0.0


class refused_bombs:
    """Pillow's errors on a bad or hostile image, as one ReadError line; its warning that an
    image is nearly a bomb as an error too."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self):
        from PIL import Image

        self.caught = warnings.catch_warnings()
        self.caught.__enter__()
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        return self

    def __exit__(self, kind, error, trace):
        from PIL import Image, UnidentifiedImageError

        self.caught.__exit__(kind, error, trace)
        bad = (
            UnidentifiedImageError,
            OSError,
            SyntaxError,
            ValueError,
            EOFError,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        )
        if error is not None and isinstance(error, bad) and not isinstance(error, ReadError):
            raise ReadError(
                f"{self.path}: not a readable image ({type(error).__name__}: {error})".splitlines()[
                    0
                ]
            ) from None
        return False


def opened(path: Path, source, settings):
    """The image file (``source``: its bytes, or its path) opened, and its page count, both
    checked against the limits before any pixel is decoded."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = (
        settings.max_image_pixels
    )  # Pillow's own check, before decoding, at our limit
    with refused_bombs(path):
        image = Image.open(io.BytesIO(source) if isinstance(source, bytes) else source)
        count = getattr(image, "n_frames", 1)
    if count > settings.max_pdf_pages:
        raise ReadError(
            f"{path}: {count} pages, over the {settings.max_pdf_pages} page limit "
            f"(setting max_pdf_pages)"
        )
    return image, count


def frame(path: Path, image, n: int, settings):
    """Page ``n`` (1-based) of an opened image, decoded."""
    with refused_bombs(path):
        image.seek(n - 1)
        width, height = image.size
        if width * height > settings.max_image_pixels:
            raise ReadError(
                f"{path}: an image of {width}×{height} pixels, over the "
                f"{settings.max_image_pixels:,} pixel limit"
                " (setting max_image_pixels)"
            )
        image.load()
        return image


def image_dpi(image) -> int:
    """The resolution the image file states (TIFFs of scans do), else 300, a scan's usual."""
    dpi = image.info.get("dpi")
    try:
        value = round(float(dpi[0])) if dpi else 300
    except (TypeError, ValueError, IndexError):
        value = 300
    return value if 70 <= value <= 1200 else 300


def pages_to_ocr(path: Path, source, settings) -> list[int]:
    """Every page of an image is read by OCR (but under --ocr never, when none is)."""
    if settings.ocr == "never":
        return []
    image, count = opened(path, source, settings)
    image.close()
    return list(range(1, count + 1))


def ocr_page(path: Path, n: int, settings) -> ocr.OcrPage:
    """OCR of page ``n`` (1-based), through the cache; the file is opened by its path, so that
    reading one page of a big TIFF does not read the rest."""
    image, _ = opened(path, path, settings)
    with image:
        return ocr.read_page(frame(path, image, n, settings), image_dpi(image), settings)


def read(path: Path, data: bytes, settings) -> Source:
    if settings.ocr == "never":
        raise ReadError(f"{path}: an image, read only by OCR, which is off (--ocr never)")
    image, count = opened(path, data, settings)
    pieces, pages, start = [], [], 0
    for n in range(1, count + 1):
        try:
            reading = ocr.read_page(frame(path, image, n, settings), image_dpi(image), settings)
        except ocr.OcrUnavailable as e:
            raise ReadError(f"{path}: {e}") from None
        except ReadError as e:
            raise ReadError(f"{path}: page {n}: {e}") from None
        pieces.append(reading.text)
        pages.append(SourcePage(n, start, start + len(reading.text), reading.provenance()))
        start += len(reading.text) + 1
    return Source(path=str(path), format="image", sha256="", text="\f".join(pieces), pages=pages)
