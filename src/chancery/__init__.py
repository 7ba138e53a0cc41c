"""chancery: a research engine for declassified diplomatic and intelligence records.

import chancery
summary = chancery.ingest(["~/crest-downloads"], "archive.db")
results = chancery.Searcher("archive.db").search("Menshikov AND disarmament")
documents = chancery.process_file("memo.txt")   # the pipeline on one file, nothing stored
"""

__all__ = ["ingest", "process_file", "process_source", "Searcher"]


def __getattr__(name):
    # Imported on first use, so `import chancery.search` does not load the whole pipeline.
    if name == "ingest":
        from .ingest import ingest

        # Importing the submodule bound `chancery.ingest` to it; the library call wins.
        globals()["ingest"] = ingest
        return ingest
    if name in ("process_file", "process_source"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "Searcher":
        from .search.index import Searcher

        return Searcher
    raise AttributeError(name)
