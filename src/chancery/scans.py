"""OCR ahead of ingest: the pages of scans, one page a task, read in parallel into the OCR cache.

A scanned PDF of 300 pages at two seconds a page is ten minutes of Tesseract: read inside
one file's task it would keep one core busy while the others wait, and pass any sensible
per-file time limit. So ingest first asks, in bounded workers, which pages of each PDF or
image need OCR (``plan``), then reads those pages in bounded workers, each page a task with
the per-file limits (``read_page``), into the cache (``ocr_cache``). When the files are then
read, their pages come from the cache. A page that fails here fails its file, with the
reason, and the file is not read again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from tqdm import tqdm

from . import bounded
from .model import ReadError
from .read import image, pdf, reader_for
from .settings import Settings

logger = logging.getLogger(__name__)

SCAN_READERS = (pdf, image)


def scan_reader(path: str):
    """The reader of a file that may need OCR (a PDF or an image), or None."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return None
    reader = reader_for(Path(path), head)
    return reader if reader in SCAN_READERS else None


def plan(job: tuple[str, Settings], state) -> list[int] | str:
    """The pages of one file that need OCR, or why the file cannot be read."""
    path, settings = job
    reader = scan_reader(path)
    if reader is None:
        return []
    try:
        if Path(path).stat().st_size > settings.max_file_mb * 1024 * 1024:
            return []  # the file's own reading refuses it, in one line
        return reader.pages_to_ocr(
            Path(path), Path(path), settings
        )  # opened by its path: pdfium and Pillow read what they need
    except MemoryError:
        raise
    except Exception as e:  # ReadError, or a bug: the file's own reading reports it
        logger.debug("%s: cannot look for pages to OCR", path, exc_info=True)
        return str(e)


def read_page(job: tuple[str, int, Settings], state) -> str | None:
    """OCR of one page into the cache; None, or why it failed."""
    path, n, settings = job
    try:
        scan_reader(path).ocr_page(Path(path), n, settings)
    except ReadError as e:
        message = str(e)
        return message if message.startswith(path) else f"{path}: page {n}: {message}"
    except MemoryError:
        raise
    except Exception as e:  # a bug must not stop the batch: report it against the file
        logger.debug("%s: page %d: internal error", path, n, exc_info=True)
        return f"{path}: page {n}: internal error: {type(e).__name__}: {e}".splitlines()[0]
    return None


def read_ahead(
    paths: list[str],
    settings: Settings,
    workers: int,
    limits: bounded.Limits,
    progress: bool = False,
) -> dict[str, str]:
    """OCR every page of ``paths`` that needs it into ``settings.ocr_cache``; returns the files
    that failed, with why (their pages over a limit, their workers dead, Tesseract missing)."""
    candidates = [path for path in paths if scan_reader(path) is not None]
    if settings.ocr == "never" or not candidates or not settings.ocr_cache:
        return {}
    failed: dict[str, str] = {}
    tasks = []
    for (path, _), outcome in bounded.run(
        plan, [(path, settings) for path in candidates], min(workers, len(candidates)), limits
    ):
        if isinstance(outcome, bounded.Failed):
            failed[path] = f"{path}: {outcome.reason}"
        elif isinstance(outcome, str):
            pass  # the file's own reading reports it, in the same words
        else:
            tasks += [(path, n, settings) for n in outcome]
    if not tasks:
        return failed
    with tqdm(total=len(tasks), unit="page", desc="ocr", disable=not progress, leave=False) as bar:
        for (path, n, _), outcome in bounded.run(
            read_page, tasks, min(workers, len(tasks)), limits
        ):
            bar.update(1)
            if path in failed:
                continue
            if isinstance(outcome, bounded.Failed):
                failed[path] = f"{path}: page {n}: {outcome.reason}"
            elif outcome:
                failed[path] = outcome
    return failed
