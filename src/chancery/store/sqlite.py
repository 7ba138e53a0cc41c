"""The store of record: one SQLite file, readable by any SQLite tool.

A file's documents are written in one transaction together with its row in ``files``,
so a crash leaves either the whole file or nothing. ``documents.seq`` grows with every
insert; the search index remembers the last ``seq`` it holds (``meta.indexed_seq``) and
catches up from there.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

SCHEMA_VERSION = 1

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


class StoreError(Exception):
    pass


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def open_store(path: str | Path, create: bool = True) -> sqlite3.Connection:
    """Open (and if needed create) an archive database at the current schema version."""
    path = Path(path)
    if not create and not path.exists():
        raise StoreError(f"{path}: no archive here (run `chancery ingest DIR --db {path}` first)")
    db = sqlite3.connect(path, timeout=30)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: archive schema {version} is newer than this chancery ({SCHEMA_VERSION})")
    if version < SCHEMA_VERSION:
        with db:
            db.executescript(SCHEMA)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return db


def has_file(db: sqlite3.Connection, sha256: str) -> bool:
    return db.execute("SELECT 1 FROM files WHERE sha256 = ?", (sha256,)).fetchone() is not None


def add_file(db: sqlite3.Connection, path: str, fmt: str, sha256: str, size: int, records: list[dict], raws: list[str]) -> int:
    """Store one file's documents atomically; returns how many were added (0 if already stored)."""
    with db:
        if has_file(db, sha256):
            return 0
        db.execute(
            "INSERT INTO files (sha256, path, format, size, parts, ingested_at) VALUES (?, ?, ?, ?, ?, ?)",
            (sha256, path, fmt, size, len(records), now()),
        )
        db.execute("DELETE FROM failures WHERE path = ?", (path,))
        db.executemany(
            "INSERT INTO documents (id, sha256, part, path, type, date, year, classification, collection, title, record, raw)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    r["id"],
                    sha256,
                    r["source"]["part"],
                    path,
                    r["type"],
                    r["date"],
                    year_of(r),
                    r["classification"],
                    r["collection"],
                    r["title"],
                    json.dumps(r, ensure_ascii=False),
                    raw,
                )
                for r, raw in zip(records, raws)
            ],
        )
    return len(records)


def year_of(record: dict) -> int | None:
    date = record.get("date") or (record.get("date_range") or [None])[0]
    return int(date[:4]) if date else None


def add_failure(db: sqlite3.Connection, path: str, error: str) -> None:
    with db:
        db.execute(
            "INSERT INTO failures (path, error, at) VALUES (?, ?, ?)"
            " ON CONFLICT(path) DO UPDATE SET error = excluded.error, at = excluded.at",
            (path, error, now()),
        )


def get_record(db: sqlite3.Connection, doc_id: str) -> dict | None:
    row = db.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return json.loads(row["record"]) if row else None


def get_raw(db: sqlite3.Connection, doc_id: str) -> str | None:
    row = db.execute("SELECT raw FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row["raw"] if row else None


def iter_records(db: sqlite3.Connection, after_seq: int = 0, batch: int = 500) -> Iterator[tuple[int, dict]]:
    """Every stored document record in insertion order, from ``after_seq`` on, without loading all at once."""
    last = after_seq
    while True:
        rows = db.execute(
            "SELECT seq, record FROM documents WHERE seq > ? ORDER BY seq LIMIT ?", (last, batch)
        ).fetchall()
        if not rows:
            return
        for row in rows:
            yield row["seq"], json.loads(row["record"])
        last = rows[-1]["seq"]


def last_seq(db: sqlite3.Connection) -> int:
    return db.execute("SELECT COALESCE(MAX(seq), 0) FROM documents").fetchone()[0]


def get_meta(db: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row["value"] if row else default


def set_meta(db: sqlite3.Connection, key: str, value: str) -> None:
    with db:
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


FACET_QUERIES = {
    "types": "SELECT type, COUNT(*) FROM documents GROUP BY type ORDER BY COUNT(*) DESC",
    "classifications": "SELECT classification, COUNT(*) FROM documents GROUP BY classification ORDER BY COUNT(*) DESC",
    "collections": "SELECT collection, COUNT(*) FROM documents GROUP BY collection ORDER BY COUNT(*) DESC",
}


def stats(db: sqlite3.Connection) -> dict:
    def one(sql: str):
        return db.execute(sql).fetchone()[0]

    return {
        "documents": one("SELECT COUNT(*) FROM documents"),
        "files": one("SELECT COUNT(*) FROM files"),
        "failures": one("SELECT COUNT(*) FROM failures"),
        "dated": one("SELECT COUNT(*) FROM documents WHERE date IS NOT NULL"),
        "first_year": one("SELECT MIN(year) FROM documents"),
        "last_year": one("SELECT MAX(year) FROM documents"),
        **{name: [tuple(row) for row in db.execute(sql)] for name, sql in FACET_QUERIES.items()},
    }


def save_authority(db: sqlite3.Connection, persons: list) -> None:
    """Replace the archive's person registry (the core registry merged with imported datasets)."""
    from dataclasses import asdict

    with db:
        db.execute("DELETE FROM authority")
        db.executemany(
            "INSERT INTO authority (id, name, record) VALUES (?, ?, ?)",
            [(p.id, p.name, json.dumps(asdict(p), ensure_ascii=False)) for p in persons],
        )


def load_authority(db: sqlite3.Connection) -> list | None:
    """The archive's registry, or None when nothing was imported (then the core registry applies)."""
    from ..authority.registry import person_from_dict

    rows = db.execute("SELECT record FROM authority ORDER BY id").fetchall()
    return [person_from_dict(json.loads(row["record"])) for row in rows] or None
