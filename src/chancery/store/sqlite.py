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
CREATE TABLE IF NOT EXISTS document_persons (
    document_id TEXT NOT NULL REFERENCES documents(id),
    person_id TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    written TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_persons_person ON document_persons(person_id);
CREATE INDEX IF NOT EXISTS document_persons_document ON document_persons(document_id);
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
        db.executemany(
            "INSERT INTO document_persons (document_id, person_id, name, role, written) VALUES (?, ?, ?, ?, ?)",
            [row for r in records for row in person_rows(r)],
        )
    return len(records)


def person_rows(record: dict) -> list[tuple]:
    """(document, person, name, role in the document, a way it was written) for the people index."""
    rows = []
    roles = {}
    if record.get("sender"):
        roles[record["sender"]["id"]] = "sender"
    for p in record.get("recipients", []):
        roles.setdefault(p["id"], "recipient")
    for p in record.get("participants", []):
        roles.setdefault(p["id"], "participant")
    for person in record.get("persons", []):
        written = sorted({m["text"] for m in person.get("mentions", [])}) or [person["name"]]
        for text in written:
            rows.append((record["id"], person["id"], person["name"], roles.get(person["id"], "mentioned"), text))
    return rows


def people(db: sqlite3.Connection, query: str = "", limit: int = 50) -> list[dict]:
    like = f"%{query}%"
    rows = db.execute(
        "SELECT person_id, MIN(name) AS name, COUNT(DISTINCT document_id) AS documents FROM document_persons"
        " WHERE name LIKE ? OR written LIKE ? OR person_id LIKE ? GROUP BY person_id ORDER BY documents DESC, name LIMIT ?",
        (like, like, like, limit),
    ).fetchall()
    return [{"id": r["person_id"], "name": r["name"], "documents": r["documents"]} for r in rows]


def person(db: sqlite3.Connection, person_id: str) -> dict | None:
    from ..authority.registry import load_core

    names = db.execute("SELECT DISTINCT name, written FROM document_persons WHERE person_id = ?", (person_id,)).fetchall()
    registry = {p.id: p for p in (load_authority(db) or load_core())}
    known = registry.get(person_id)
    if not names and not known:
        return None
    documents = db.execute(
        "SELECT DISTINCT d.id, d.date, d.type, d.title FROM document_persons p JOIN documents d ON d.id = p.document_id"
        " WHERE p.person_id = ? ORDER BY d.date IS NULL, d.date, d.id",
        (person_id,),
    ).fetchall()
    met = db.execute(
        "SELECT o.name, COUNT(DISTINCT o.document_id) AS n FROM document_persons me JOIN document_persons o"
        " ON o.document_id = me.document_id AND o.person_id != me.person_id"
        " WHERE me.person_id = ? AND me.role IN ('sender', 'recipient', 'participant')"
        " AND o.role IN ('sender', 'recipient', 'participant') GROUP BY o.person_id ORDER BY n DESC LIMIT 20",
        (person_id,),
    ).fetchall()
    return {
        "id": person_id,
        "name": known.name if known else names[0]["name"],
        "description": known.description if known else "",
        "offices": [vars(o) for o in known.offices] if known else [],
        "names_seen": sorted({r["written"] for r in names}),
        "documents": [dict(r) for r in documents],
        "met": [(r["name"], r["n"]) for r in met],
    }


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


def person_ids_named(db: sqlite3.Connection, name: str, limit: int = 200) -> list[str]:
    """Ids of people whose canonical name or any written form contains ``name`` (or whose id it is)."""
    like = f"%{name}%"
    rows = db.execute(
        "SELECT DISTINCT person_id FROM document_persons WHERE person_id = ? OR name LIKE ? OR written LIKE ? LIMIT ?",
        (name, like, like, limit),
    ).fetchall()
    return [r["person_id"] for r in rows]


def person_names(db: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    found = {}
    for person_id in ids:
        row = db.execute("SELECT name FROM document_persons WHERE person_id = ? LIMIT 1", (person_id,)).fetchone()
        if row:
            found[person_id] = row["name"]
    return found
