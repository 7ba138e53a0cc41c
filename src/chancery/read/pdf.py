"""PDF with a text layer, page by page (pypdfium2). Scanned PDFs without text are reported.

A page yields at most ``max_page_chars`` characters: the rest is not extracted (its
number is kept in ``meta["cut_pages"]`` and ingest flags the documents on it). What a page
costs pdfium to load is bounded by the memory limit of the worker reading the file
(``file_memory_mb``): a page of 4,000,000 text operations, which took 3.2 GB, aborts its
worker and is reported as one line.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from ..model import ReadError, Source, SourcePage

SUFFIXES = {".pdf"}


def fit(path: Path, head: bytes) -> float:
    if head.startswith(b"%PDF"):
        return 1.0
    return 0.8 if path.suffix.lower() in SUFFIXES else 0.0


def read(path: Path, data: bytes, settings) -> Source:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise ReadError(f"{path}: not a readable PDF (truncated or damaged: {e})") from None
    try:
        if len(pdf) > settings.max_pdf_pages:
            raise ReadError(f"{path}: {len(pdf)} pages, over the {settings.max_pdf_pages} page limit (setting max_pdf_pages)")
        pieces, pages, cut, start = [], [], [], 0
        for n in range(len(pdf)):
            page = pdf[n]
            textpage = page.get_textpage()
            try:
                chars = textpage.count_chars()
                if chars > settings.max_page_chars:
                    cut.append(n + 1)
                text = textpage.get_text_range(0, min(chars, settings.max_page_chars)).replace("\r\n", "\n").replace("\r", "\n")
            finally:
                textpage.close()
                page.close()
            pieces.append(text)
            pages.append(SourcePage(n + 1, start, start + len(text)))
            start += len(text) + 1
    except pdfium.PdfiumError as e:
        raise ReadError(f"{path}: not a readable PDF (damaged page: {e})") from None
    finally:
        pdf.close()
    text = "\f".join(pieces)
    if not text.replace("\f", "").strip():
        raise ReadError(f"{path}: no text layer (a scanned PDF); OCR is not supported yet")
    return Source(path=str(path), format="pdf", sha256="", text=text, pages=pages, meta={"cut_pages": cut} if cut else {})
