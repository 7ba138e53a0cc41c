"""The pipeline: source file → read → split → clean → describe.

``split`` and ``clean`` work on the file (one release stamp covers every part of it);
``STAGES`` lists the stages that follow, each a plain function of one Document, in order.
"""

from __future__ import annotations

from ..model import Document, Source
from ..settings import DEFAULT, Settings
from .clean import clean, share_release
from .describe import describe
from .split import split

STAGES = [describe]


def process_source(source: Source, settings: Settings = DEFAULT) -> list[Document]:
    """Split a read source into documents and run every stage on each."""
    documents = [clean(doc) for doc in split(source)]
    share_release(documents)
    for doc in documents:
        doc.id = document_id(source, doc.part)
    for stage in STAGES:
        documents = [stage(doc) for doc in documents]
    return documents


def document_id(source: Source, part: int) -> str:
    """Stable id: the same file content and part give the same id wherever the file lies."""
    return f"{source.sha256[:16]}-{part}"


def process_file(path, settings: Settings = DEFAULT) -> list[Document]:
    """Read one file and run the whole pipeline on it. Raises ReadError for bad files."""
    from ..read import read_file

    return process_source(read_file(path, settings), settings)
