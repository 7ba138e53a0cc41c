"""The pipeline: source file → read → split → clean → describe → people → editors → dialogue.

``process_source`` is the one place that lists the stages, in order. ``split`` and
``clean`` work on the whole file (one release stamp covers every part of it); the stages
after them are plain functions of one Document (``people`` also needs the registry's
matcher, built once by the caller and reused for every file).
"""

from __future__ import annotations

import gc
from functools import cache

from ..authority.matcher import Matcher
from ..authority.registry import load_default
from ..authority.saved import saved_matcher
from ..model import Document, Source
from ..settings import DEFAULT, Settings


@cache  # the shipped registry's matcher, once per process (read back from authority.saved)
def default_matcher() -> Matcher:
    # Its 16.7k persons make some 290k objects at once, and the cyclic garbage collector, run
    # again and again while they are made (or read back), found nothing to free yet took most
    # of the time (1.9 s → 0.7 s without it).
    collecting = gc.isenabled()
    gc.disable()
    try:
        matcher = saved_matcher(lambda: Matcher(load_default()))
    finally:
        if collecting:
            gc.enable()
    # Kept for the life of the process: later full collections need not walk it again (0.2 s
    # each), and workers forked from this process share its pages instead of copying them.
    gc.freeze()
    return matcher


def process_source(
    source: Source, settings: Settings = DEFAULT, matcher: Matcher | None = None
) -> list[Document]:
    """Split a read source into documents and run every stage on each."""
    # Imported here, not above: the source layouts use the stages' text helpers (dates, noise),
    # and importing one of those must not load every stage first.
    from ..layouts.crest import slip_passes_the_date_on
    from .clean import clean, share_release
    from .describe import describe
    from .dialogue import dialogue
    from .editors import editors
    from .people import attribute_unsigned, dates_around, people
    from .split import split

    matcher = matcher or default_matcher()
    documents = [clean(doc) for doc in split(source)]
    share_release(documents)
    for doc in documents:
        doc.id = document_id(source, doc.part)
        describe(doc)
    slip_passes_the_date_on(documents)
    for index, doc in enumerate(documents):
        people(doc, matcher, dates_around(documents, index))
        editors(doc, matcher)  # a TEI volume's editors' facts, where there are any
    attribute_unsigned(documents, matcher)
    for doc in documents:
        dialogue(doc, matcher)
    return documents


def document_id(source: Source, part: int) -> str:
    """Stable id: the same file content and part give the same id wherever the file lies."""
    return f"{source.sha256[:16]}-{part}"


def process_file(
    path, settings: Settings = DEFAULT, matcher: Matcher | None = None
) -> list[Document]:
    """Read one file and run the whole pipeline on it. Raises ReadError for bad files."""
    from ..read import read_file

    return process_source(read_file(path, settings), settings, matcher)
