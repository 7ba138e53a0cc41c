"""PDF, page by page (pypdfium2): the text layer where it is usable, else OCR of the page drawn.

Which pages are read by OCR is the setting ``ocr``: ``auto`` reads a page again when its
text layer is missing or garbage (``ocr.text_layer_usable``: fewer than ``ocr_min_words``
words, or under ``ocr_min_word_share`` of its tokens reading as words: the reading
room's own OCR often is), ``always`` every page, ``never`` none.

A page yields at most ``max_page_chars`` characters: the rest is not extracted (its
number is kept in ``meta["cut_pages"]`` and ingest flags the documents on it). What a page
costs pdfium to load is bounded by the memory limit of the worker reading the file
(``file_memory_mb``): a page of 4,000,000 text operations, which took 3.2 GB, aborts its
worker and is reported as one line. A page is drawn for OCR at ``ocr_dpi``, or less where
that would pass ``max_image_pixels``; a scanned page's image is
read as it was scanned (``page_image``).
"""

from __future__ import annotations

import math
from pathlib import Path

import pypdfium2 as pdfium

from ..model import ReadError, Source, SourcePage
from . import ocr

SUFFIXES = {".pdf"}


def fit(path: Path, head: bytes) -> float:
    if head.startswith(b"%PDF"):
        return 1.0
    return 0.8 if path.suffix.lower() in SUFFIXES else 0.0


def opened(path: Path, source, settings) -> pdfium.PdfDocument:
    """The PDF (``source``: its bytes, or its path) opened, its page count checked."""
    try:
        pdf = pdfium.PdfDocument(source if isinstance(source, bytes) else str(source))
    except pdfium.PdfiumError as e:
        why = (
            "encrypted: it needs a password"
            if "password" in str(e).lower()
            else f"truncated or damaged: {e}"
        )
        raise ReadError(f"{path}: not a readable PDF ({why})") from None
    pages = len(pdf)
    if pages > settings.max_pdf_pages:
        pdf.close()
        raise ReadError(
            f"{path}: {pages} pages, over the {settings.max_pdf_pages} page limit "
            f"(setting max_pdf_pages)"
        )
    return pdf


def text_layer(page, settings) -> tuple[str, bool]:
    """A page's text layer, and whether it was cut at ``max_page_chars``."""
    textpage = page.get_textpage()
    try:
        chars = textpage.count_chars()
        text = textpage.get_text_range(0, min(chars, settings.max_page_chars))
    finally:
        textpage.close()
    return text.replace("\r\n", "\n").replace("\r", "\n"), chars > settings.max_page_chars


def needs_ocr(text: str, settings) -> bool:
    if settings.ocr == "always":
        return True
    if settings.ocr == "never":
        return False
    return not ocr.text_layer_usable(text, settings.ocr_min_words, settings.ocr_min_word_share)


def page_image(page, settings):
    """(image, dots per inch, the image as stored, its file suffix) of a page for OCR. A scanned
    page (one upright image covering the page: not turned or mirrored by the page) gives its
    image as scanned: decoding it takes a tenth of the time of
    drawing the page, nothing is lost to scaling, and its compressed data names it in the OCR
    cache without decoding it (the image is then a function that decodes it). Any other page
    is drawn at ``ocr_dpi``. Either way within ``max_image_pixels``."""
    width, height = page.get_size()  # points, 72 to the inch
    images = [o for o in page.get_objects(filter=(pdfium.raw.FPDF_PAGEOBJ_IMAGE,), max_depth=1)]
    if len(images) == 1:
        bounds = getattr(images[0], "get_bounds", None) or images[0].get_pos  # pypdfium2 5, and 4
        left, bottom, right, top = bounds()
        meta = images[0].get_metadata()
        covers = (right - left) * (top - bottom) >= 0.9 * width * height
        matrix = images[0].get_matrix()
        upright = (
            matrix.b == 0
            and matrix.c == 0
            and matrix.a > 0
            and matrix.d > 0
            and page.get_rotation() == 0
        )
        if covers and upright and 0 < meta.width * meta.height <= settings.max_image_pixels:
            scan = images[0]
            return (
                (lambda: scan.get_bitmap(render=False).to_pil()),
                round(meta.width / (width / 72)),
                bytes(scan.get_data(decode_simple=False)),
                file_suffix(scan),
            )
    scale = settings.ocr_dpi / 72
    if width * height * scale * scale > settings.max_image_pixels:
        scale = math.sqrt(settings.max_image_pixels / max(width * height, 1))
    return page.render(scale=scale, grayscale=True).to_pil(), round(scale * 72), None, ""


def file_suffix(image) -> str:
    """The suffix of an image file holding a PDF image's stored data as it is, where there is
    one Tesseract reads: a JPEG (DCTDecode) or a JPEG 2000 (JPXDecode) alone; else ""."""
    filters = image.get_filters()
    return {("DCTDecode",): ".jpg", ("JPXDecode",): ".jp2"}.get(tuple(filters), "")


def pages_to_ocr(path: Path, source, settings) -> list[int]:
    """The numbers of the pages ``read`` would OCR (ingest reads them ahead, in parallel)."""
    if settings.ocr == "never":
        return []
    pdf = opened(path, source, settings)
    try:
        wanted = []
        for n in range(len(pdf)):
            page = pdf[n]
            try:
                if needs_ocr(text_layer(page, settings)[0], settings):
                    wanted.append(n + 1)
            finally:
                page.close()
        return wanted
    except pdfium.PdfiumError as e:
        raise ReadError(f"{path}: not a readable PDF (damaged page: {e})") from None
    finally:
        pdf.close()


def ocr_page(path: Path, n: int, settings) -> ocr.OcrPage:
    """OCR of page ``n`` (1-based), through the cache; the file is opened by its path, so that
    one page of a big PDF does not read the rest."""
    pdf = opened(path, path, settings)
    try:
        page = pdf[n - 1]
        try:
            image, dpi, stored, suffix = page_image(page, settings)
            return ocr.read_page(image, dpi, settings, stored, suffix)
        finally:
            page.close()
    except pdfium.PdfiumError as e:
        raise ReadError(f"{path}: not a readable PDF (damaged page {n}: {e})") from None
    finally:
        pdf.close()


def read(path: Path, data: bytes, settings) -> Source:
    pdf = opened(path, data, settings)
    try:
        pieces, pages, cut, start = [], [], [], 0
        for n in range(len(pdf)):
            page = pdf[n]
            provenance = None
            try:
                text, was_cut = text_layer(page, settings)
                if needs_ocr(text, settings):
                    try:
                        image, dpi, stored, suffix = page_image(page, settings)
                        reading = ocr.read_page(image, dpi, settings, stored, suffix)
                    except ocr.OcrUnavailable as e:
                        if text.strip():
                            reading = None  # no OCR here: a poor text layer is better than no page
                        else:
                            raise ReadError(
                                f"{path}: page {n + 1} has no text layer; {e}"
                            ) from None
                    except ReadError as e:
                        raise ReadError(f"{path}: page {n + 1}: {e}") from None
                    if reading is not None:
                        text, was_cut, provenance = reading.text, False, reading.provenance()
                if was_cut:
                    cut.append(n + 1)
            finally:
                page.close()
            pieces.append(text)
            pages.append(SourcePage(n + 1, start, start + len(text), provenance))
            start += len(text) + 1
    except pdfium.PdfiumError as e:
        raise ReadError(f"{path}: not a readable PDF (damaged page: {e})") from None
    finally:
        pdf.close()
    text = "\f".join(pieces)
    if not text.replace("\f", "").strip():
        hint = " (--ocr never: a scan is not read)" if settings.ocr == "never" else ""
        raise ReadError(f"{path}: no text on any page{hint}")
    meta = {"cut_pages": cut} if cut else {}
    return Source(path=str(path), format="pdf", sha256="", text=text, pages=pages, meta=meta)
