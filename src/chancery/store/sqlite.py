"""The embedded store of record: one SQLite file, readable by any SQLite tool.

A file's documents are written in one transaction together with its row in ``files``,
so a crash leaves either the whole file or nothing. ``documents.seq`` grows with every
insert; each search index remembers the last ``seq`` it holds and catches up from there.
SQLite lets one writer at a time in, so seq order is commit order.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

from . import queries
from .base import Store, StoreError
from .queries import SCHEMA_VERSION

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    sha256 TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    format TEXT,
    size INTEGER,
    parts INTEGER,
    ingested_at TEXT
);
CREATE TABLE IF NOT EXISTS failures (
    path TEXT PRIMARY KEY,
    error TEXT NOT NULL,
    at TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL REFERENCES files(sha256),
    part INTEGER NOT NULL,
    path TEXT NOT NULL,
    type TEXT,
    date TEXT,
    year INTEGER,
    classification TEXT,
    collection TEXT,
    title TEXT,
    record TEXT NOT NULL,
    raw TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_type ON documents(type);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE INDEX IF NOT EXISTS documents_sha ON documents(sha256);
CREATE TABLE IF NOT EXISTS document_persons (
    document_id TEXT NOT NULL REFERENCES documents(id),
    person_id TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    written TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_persons_person ON document_persons(person_id);
CREATE INDEX IF NOT EXISTS document_persons_document ON document_persons(document_id);
CREATE TABLE IF NOT EXISTS document_edges (
    document_id TEXT NOT NULL REFERENCES documents(id),
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_edges_source ON document_edges(source);
CREATE INDEX IF NOT EXISTS document_edges_target ON document_edges(target);
CREATE INDEX IF NOT EXISTS document_edges_document ON document_edges(document_id);
-- Every way each person is named (canonical name and forms as written), with the documents that
-- use it: person: filters and the people list look names up here, not in every mention row.
CREATE TABLE IF NOT EXISTS person_forms (
    person_id TEXT NOT NULL,
    name TEXT NOT NULL,
    form TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (person_id, form)
) WITHOUT ROWID;
-- The network summed over the archive, kept up to date as documents are added, so that a
-- person's network is read, not counted from every edge they have (a Secretary of State has
-- tens of thousands): documents per tie (who met, wrote to or relayed to whom) and per pair.
CREATE TABLE IF NOT EXISTS person_ties (
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    kind TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (source, target, kind)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS person_pairs (
    a TEXT NOT NULL,  -- a < b
    b TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS person_pairs_b ON person_pairs(b);
CREATE TABLE IF NOT EXISTS authority (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
"""


class SQLiteStore(Store):
    """An archive in one SQLite file; each thread that uses it gets a connection of its own."""

    def __init__(self, path: str | Path, create: bool = True, readonly: bool = False):
        self.path = Path(path).expanduser()
        self.name = str(path)
        self.title = self.path.name
        self.index_folder = self.path.with_suffix(".index")
        self.ocr_folder = self.path.with_suffix(".ocr")  # beside it, named as its index is
        self.readonly = readonly
        self.local = threading.local()
        self.lock = threading.Lock()
        self.opened: list[sqlite3.Connection] = []
        if readonly:
            # The web server's: no schema work, no writes possible (the archive must be at the
            # current schema: opening it once writable migrates it).
            if not self.path.exists():
                raise StoreError(
                    f"{path}: no archive here (run `chancery ingest DIR --db {path}` first)"
                )
            self.connection()
        else:
            self.open_writable(create)

    def connect(self) -> sqlite3.Connection:
        if self.readonly:
            db = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro",
                uri=True,
                timeout=30,
                check_same_thread=False,
            )
        else:
            # check_same_thread off only so that close() may close every thread's connection.
            db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        db.row_factory = sqlite3.Row
        with self.lock:
            self.opened.append(db)
        self.local.db = db
        return db

    def connection(self) -> sqlite3.Connection:
        db = getattr(self.local, "db", None)
        return db if db is not None else self.connect()

    def session(self):
        return contextlib.nullcontext(self.connection())

    def open_writable(self, create: bool) -> None:
        """Open (and if needed create) the archive at the current schema version."""
        path = self.path
        if not create and not path.exists():
            raise StoreError(
                f"{self.name}: no archive here (run `chancery ingest DIR --db {self.name}` first)"
            )
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        db = self.connect()
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as e:  # a file of another kind ("file is not a database")
            self.close()
            raise StoreError(f"{self.name}: not a chancery archive ({e})") from None
        if (
            version == 0
            and not create
            and db.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents'").fetchone()
            is None
        ):
            # an empty file, or another program's database: never make it an archive unasked
            self.close()
            raise StoreError(
                f"{self.name}: not a chancery archive "
                f"(run `chancery ingest DIR --db {self.name}` to make one)"
            )
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        if version > SCHEMA_VERSION:
            self.close()
            raise StoreError(
                f"{self.name}: archive schema {version} "
                f"is newer than this chancery ({SCHEMA_VERSION})"
            )
        if version < SCHEMA_VERSION:
            with db:
                db.executescript(SCHEMA)
                queries.migrate(db, version)
                db.execute(
                    f"PRAGMA user_version = {SCHEMA_VERSION}"
                )  # a constant: PRAGMA takes no parameters

    def schema_version(self) -> int:
        return self.connection().execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        with self.lock:
            opened, self.opened = self.opened, []
        for db in opened:
            db.close()
        self.local = threading.local()
