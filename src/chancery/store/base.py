"""The store of record as the rest of chancery sees it: one interface, whichever store holds the
archive.

A backend (``sqlite.py``, ``postgres.py``) opens the archive, creates and migrates its
schema, and lends sessions (``session()``); every method here runs the same SQL
(``queries.py``) in one. A store may be shared by threads: the SQLite store gives each
thread a connection of its own, the PostgreSQL store lends pooled connections.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import ChanceryError
from ..record import StoredDocument, record_from_dict
from . import queries


class StoreError(ChanceryError):
    """An archive that cannot be opened or used: the message names it and says what to do."""

    http_status = 503


class Store:
    name: str  # the archive as messages name it: a path, or a URL without its password
    title: str  # a short name for it: the file's name, or the database's
    index_folder: Path  # where its search index lives unless the index_dir setting says otherwise
    ocr_folder: (
        Path  # where ingest keeps its OCR results unless the ocr_cache setting says otherwise
    )

    def session(self) -> contextlib.AbstractContextManager:
        """A session (see ``queries.py``) for the calls of one method."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def schema_version(self) -> int:
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- writing

    def add_file(
        self,
        path: str,
        fmt: str,
        sha256: str,
        size: int,
        records: list[StoredDocument],
        raws: list[str],
    ) -> int:
        """Store one file's documents in one transaction; how many were added (0: it was there
        already)."""
        with self.session() as db:
            return queries.add_file(db, path, fmt, sha256, size, records, raws)

    def add_failure(self, path: str, error: str) -> None:
        with self.session() as db:
            queries.add_failure(db, path, error)

    def replace_documents(
        self, sha256: str, records: list[StoredDocument], raws: list[str]
    ) -> None:
        with self.session() as db:
            queries.replace_documents(db, sha256, records, raws)

    def rebuild_summaries(self) -> None:
        with self.session() as db:
            queries.rebuild_summaries(db)

    def set_meta(self, key: str, value: str) -> None:
        with self.session() as db:
            queries.set_meta(db, key, value)

    def save_authority(self, persons: list) -> None:
        with self.session() as db:
            queries.save_authority(db, persons)

    # ---- reading

    def has_file(self, sha256: str) -> bool:
        with self.session() as db:
            return queries.has_file(db, sha256)

    def stored_files(self) -> list[dict]:
        with self.session() as db:
            return queries.stored_files(db)

    def file_raws(self, sha256: str) -> list[str]:
        with self.session() as db:
            return queries.file_raws(db, sha256)

    def file_documents(self, sha256: str) -> list[dict]:
        with self.session() as db:
            return queries.file_documents(db, sha256)

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        with self.session() as db:
            return queries.get_meta(db, key, default)

    def get_record_json(self, doc_id: str) -> str | None:
        with self.session() as db:
            return queries.get_record_json(db, doc_id)

    def get_record(self, doc_id: str) -> StoredDocument | None:
        record = self.get_record_json(doc_id)
        return record_from_dict(json.loads(record)) if record is not None else None

    def get_raw(self, doc_id: str) -> str | None:
        with self.session() as db:
            return queries.get_raw(db, doc_id)

    def iter_records(
        self, after_seq: int = 0, batch: int = 500
    ) -> Iterator[tuple[int, StoredDocument]]:
        """(seq, record) of every document stored after ``after_seq``, in order, ``batch`` at a
        time: memory stays bounded, and no connection is held while the caller works on a batch."""
        for seq, record in self.iter_record_json(after_seq, batch):
            yield seq, record_from_dict(json.loads(record))

    def iter_record_json(self, after_seq: int = 0, batch: int = 500) -> Iterator[tuple[int, str]]:
        """As ``iter_records``, each record as the JSON stored (the JSONL export writes it as it
        is)."""
        last = after_seq
        while True:
            with self.session() as db:
                page = queries.record_json_after(db, last, batch)
            if not page:
                return
            yield from page
            last = page[-1][0]

    def last_seq(self) -> int:
        with self.session() as db:
            return queries.last_seq(db)

    def document_ids(self, seqs: list[int]) -> list[str]:
        with self.session() as db:
            return queries.document_ids(db, seqs)

    def stats(self) -> dict:
        with self.session() as db:
            return queries.stats(db)

    def load_authority(self) -> list | None:
        with self.session() as db:
            return queries.load_authority(db)

    def people(self, query: str = "", limit: int = 50) -> list[dict]:
        with self.session() as db:
            return queries.people(db, query, limit)

    def has_person(self, person_id: str) -> bool:
        with self.session() as db:
            return queries.has_person(db, person_id)

    def person(self, person_id: str, limit: int | None = None, offset: int = 0) -> dict | None:
        with self.session() as db:
            return queries.person(db, person_id, limit, offset)

    def person_documents(
        self,
        person_id: str,
        limit: int | None = None,
        offset: int = 0,
        ids: list[str] | None = None,
    ) -> list[dict]:
        with self.session() as db:
            return queries.person_documents(db, person_id, limit, offset, ids)

    def correspondents(self, ids: list[str]) -> dict[str, list[dict]]:
        with self.session() as db:
            return queries.correspondents(db, ids)

    def person_network(self, person_id: str, limit: int = 30) -> dict:
        with self.session() as db:
            return queries.person_network(db, person_id, limit)

    def documents_network(self, document_ids: list[str], limit: int = 40) -> dict:
        with self.session() as db:
            return queries.documents_network(db, document_ids, limit)

    def person_ids_named(self, name: str, limit: int = 200) -> list[str]:
        with self.session() as db:
            return queries.person_ids_named(db, name, limit)

    def person_names(self, ids: list[str]) -> dict[str, str]:
        with self.session() as db:
            return queries.person_names(db, ids)
