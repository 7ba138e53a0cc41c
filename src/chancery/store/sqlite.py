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

from ..authority.not_people import names_no_one

SCHEMA_VERSION = 4  # 2: document_edges (the person network); 3: person_forms (name lookups); 4: person_ties, person_pairs

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


class StoreError(Exception):
    pass


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def open_store(path: str | Path, create: bool = True) -> sqlite3.Connection:
    """Open (and if needed create) an archive database at the current schema version."""
    path = Path(path)
    if not create and not path.exists():
        raise StoreError(f"{path}: no archive here (run `chancery ingest DIR --db {path}` first)")
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=30)
    db.row_factory = sqlite3.Row
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as e:  # a file of another kind ("file is not a database")
        db.close()
        raise StoreError(f"{path}: not a chancery archive ({e})") from None
    if version == 0 and not create and db.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents'").fetchone() is None:
        db.close()  # an empty file, or another program's database: never make it an archive unasked
        raise StoreError(f"{path}: not a chancery archive (run `chancery ingest DIR --db {path}` to make one)")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: archive schema {version} is newer than this chancery ({SCHEMA_VERSION})")
    if version < SCHEMA_VERSION:
        with db:
            db.executescript(SCHEMA)
            if version == 1:
                backfill_edges(db)
            if version in (1, 2):
                backfill_person_forms(db)
            if version in (1, 2, 3):
                backfill_ties(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return db


def backfill_edges(db: sqlite3.Connection) -> None:
    """Schema 1 → 2: the network table, from the edges each stored record already holds."""
    for (record,) in db.execute("SELECT record FROM documents").fetchall():
        db.executemany(
            "INSERT INTO document_edges (document_id, source, target, kind) VALUES (?, ?, ?, ?)",
            edge_rows(json.loads(record)),
        )


def backfill_person_forms(db: sqlite3.Connection) -> None:
    """Schema 2 → 3: the name lookup table, from the mention rows already stored."""
    db.execute(
        "INSERT INTO person_forms (person_id, name, form, documents)"
        " SELECT person_id, MIN(name), form, COUNT(DISTINCT document_id) FROM ("
        "  SELECT person_id, name, name AS form, document_id FROM document_persons"
        "  UNION ALL SELECT person_id, name, written, document_id FROM document_persons)"
        " GROUP BY person_id, form"
    )


def backfill_ties(db: sqlite3.Connection) -> None:
    """Schema 3 → 4: the summed network, from the edges already stored."""
    db.execute(
        "INSERT INTO person_ties (source, target, kind, documents)"
        " SELECT source, target, kind, COUNT(DISTINCT document_id) FROM document_edges GROUP BY source, target, kind"
    )
    db.execute(
        "INSERT INTO person_pairs (a, b, documents) SELECT a, b, COUNT(DISTINCT document_id) FROM ("
        " SELECT MIN(source, target) AS a, MAX(source, target) AS b, document_id FROM document_edges WHERE source != target)"
        " GROUP BY a, b"
    )


def tie_rows(record: dict) -> list[tuple]:
    """(source, target, kind) once per document."""
    return sorted({(e["source"], e["target"], e["kind"]) for e in record.get("edges", [])})


def pair_rows(record: dict) -> list[tuple]:
    """(a, b) with a < b, once per document, for every two people tied in it."""
    return sorted({tuple(sorted((e["source"], e["target"]))) for e in record.get("edges", []) if e["source"] != e["target"]})


def person_form_rows(record: dict) -> list[tuple]:
    """(person, name, form) once per form a document uses, its canonical name included."""
    rows = []
    for person in record.get("persons", []):
        forms = {person["name"]} | {m["text"] for m in person.get("mentions", [])}
        rows.extend((person["id"], person["name"], form) for form in sorted(forms))
    return rows


def edge_rows(record: dict) -> list[tuple]:
    return [(record["id"], e["source"], e["target"], e["kind"]) for e in record.get("edges", [])]


def open_reader(path: str | Path) -> sqlite3.Connection:
    """A read-only connection (the web server's): no schema work, no writes possible.

    The archive must exist at the current schema (``open_store`` once first migrates it)."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path}: no archive here (run `chancery ingest DIR --db {path}` first)")
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30, check_same_thread=False)
    db.row_factory = sqlite3.Row
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
        db.executemany(
            "INSERT INTO document_edges (document_id, source, target, kind) VALUES (?, ?, ?, ?)",
            [row for r in records for row in edge_rows(r)],
        )
        db.executemany(
            "INSERT INTO person_forms (person_id, name, form, documents) VALUES (?, ?, ?, 1)"
            " ON CONFLICT (person_id, form) DO UPDATE SET documents = documents + 1",
            [row for r in records for row in person_form_rows(r)],
        )
        db.executemany(
            "INSERT INTO person_ties (source, target, kind, documents) VALUES (?, ?, ?, 1)"
            " ON CONFLICT (source, target, kind) DO UPDATE SET documents = documents + 1",
            [row for r in records for row in tie_rows(r)],
        )
        db.executemany(
            "INSERT INTO person_pairs (a, b, documents) VALUES (?, ?, 1) ON CONFLICT (a, b) DO UPDATE SET documents = documents + 1",
            [row for r in records for row in pair_rows(r)],
        )
    return len(records)


def stored_files(db: sqlite3.Connection) -> list[sqlite3.Row]:
    """Every stored file, in the order it was ingested."""
    return db.execute("SELECT sha256, path, format, size FROM files ORDER BY rowid").fetchall()


def file_raws(db: sqlite3.Connection, sha256: str) -> list[str]:
    """A stored file's documents' raw text, in order: joined, they are the file's text."""
    return [row[0] for row in db.execute("SELECT raw FROM documents WHERE sha256 = ? ORDER BY part", (sha256,))]


def replace_documents(db: sqlite3.Connection, sha256: str, records: list[dict], raws: list[str]) -> None:
    """A stored file's documents read again (after the registry changed), in one transaction.
    The summed tables (name forms, ties, pairs) are rebuilt afterwards by ``rebuild_summaries``."""
    path = db.execute("SELECT path FROM files WHERE sha256 = ?", (sha256,)).fetchone()[0]
    with db:
        ids = [row[0] for row in db.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,))]
        db.executemany("DELETE FROM document_persons WHERE document_id = ?", [(i,) for i in ids])
        db.executemany("DELETE FROM document_edges WHERE document_id = ?", [(i,) for i in ids])
        db.execute("DELETE FROM documents WHERE sha256 = ?", (sha256,))
        db.execute("UPDATE files SET parts = ? WHERE sha256 = ?", (len(records), sha256))
        db.executemany(
            "INSERT INTO documents (id, sha256, part, path, type, date, year, classification, collection, title, record, raw)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(r["id"], sha256, r["source"]["part"], path, r["type"], r["date"], year_of(r), r["classification"], r["collection"],
              r["title"], json.dumps(r, ensure_ascii=False), raw) for r, raw in zip(records, raws)],
        )
        db.executemany("INSERT INTO document_persons (document_id, person_id, name, role, written) VALUES (?, ?, ?, ?, ?)",
                       [row for r in records for row in person_rows(r)])
        db.executemany("INSERT INTO document_edges (document_id, source, target, kind) VALUES (?, ?, ?, ?)",
                       [row for r in records for row in edge_rows(r)])


def rebuild_summaries(db: sqlite3.Connection) -> None:
    """The name forms, ties and pairs summed again from the rows of every document."""
    with db:
        db.execute("DELETE FROM person_forms")
        db.execute("DELETE FROM person_ties")
        db.execute("DELETE FROM person_pairs")
        backfill_person_forms(db)
        backfill_ties(db)


def roles_in(record: dict) -> dict[str, str]:
    """Person id → part in the document: sender, recipient or participant (else mentioned)."""
    roles = {}
    if record.get("sender"):
        roles[record["sender"]["id"]] = "sender"
    for p in record.get("recipients", []):
        roles.setdefault(p["id"], "recipient")
    for p in record.get("participants", []):
        roles.setdefault(p["id"], "participant")
    return roles


ROLE_ORDER = {"sender": 0, "recipient": 1, "participant": 2, "mentioned": 3}


def people_of_record(record: dict, most: int = 6) -> list[dict]:
    """The people of a document for result lists, once each: correspondents and participants
    before the people only mentioned."""
    roles = roles_in(record)
    people: dict[str, dict] = {}
    for p in record.get("persons", []):
        people.setdefault(p["id"], {"id": p["id"], "name": p["name"], "role": roles.get(p["id"], "mentioned")})
    return sorted(people.values(), key=lambda p: ROLE_ORDER[p["role"]])[:most]


def person_rows(record: dict) -> list[tuple]:
    """(document, person, name, role in the document, a way it was written) for the people index."""
    rows = []
    roles = roles_in(record)
    for person in record.get("persons", []):
        written = sorted({m["text"] for m in person.get("mentions", [])}) or [person["name"]]
        for text in written:
            rows.append((record["id"], person["id"], person["name"], roles.get(person["id"], "mentioned"), text))
    return rows


def containing(text: str) -> str:
    """A LIKE pattern for "contains ``text``": the user's % and _ are letters, not wildcards."""
    text = text.replace("\x00", "")
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def people(db: sqlite3.Connection, query: str = "", limit: int = 50) -> list[dict]:
    like = containing(query)
    # A person's canonical form is in every one of their documents, so the largest count is theirs.
    rows = db.execute(
        "SELECT person_id, MIN(name) AS name, MAX(documents) AS documents FROM person_forms"
        " WHERE person_id IN (SELECT person_id FROM person_forms WHERE form LIKE ? ESCAPE '\\' OR person_id LIKE ? ESCAPE '\\')"
        " GROUP BY person_id ORDER BY documents DESC, name LIMIT ?",
        (like, like, limit),
    ).fetchall()
    return [{"id": r["person_id"], "name": r["name"], "documents": r["documents"]} for r in rows]


def authority_person(db: sqlite3.Connection, person_id: str):
    """One registry entry: the archive's merged registry when one was imported, else the core one."""
    from ..authority.registry import load_default, person_from_dict

    if db.execute("SELECT 1 FROM authority LIMIT 1").fetchone():
        row = db.execute("SELECT record FROM authority WHERE id = ?", (person_id,)).fetchone()
        return person_from_dict(json.loads(row["record"])) if row else None
    return next((p for p in load_default() if p.id == person_id), None)


def has_person(db: sqlite3.Connection, person_id: str) -> bool:
    """Whether the archive names this person or its registry knows them (what ``person`` needs)."""
    named = db.execute("SELECT 1 FROM person_forms WHERE person_id = ? LIMIT 1", (person_id,)).fetchone()
    return named is not None or authority_person(db, person_id) is not None


def person(db: sqlite3.Connection, person_id: str, limit: int | None = None, offset: int = 0) -> dict | None:
    """Everything the archive knows of one person: names seen, offices, documents (``limit`` of
    them from ``offset``, by date; all when None), who they met or wrote to."""
    names = db.execute(
        "SELECT name, written, COUNT(DISTINCT document_id) AS n FROM document_persons WHERE person_id = ?"
        " GROUP BY name, written ORDER BY n DESC",
        (person_id,),
    ).fetchall()
    known = authority_person(db, person_id)
    if not names and not known:
        return None
    documents = [] if limit == 0 else person_documents(db, person_id, limit=limit, offset=offset)
    total = db.execute("SELECT MAX(documents) FROM person_forms WHERE person_id = ?", (person_id,)).fetchone()[0] or 0
    network = person_network(db, person_id, limit=20)
    return {
        "id": person_id,
        "name": known.name if known else names[0]["name"],
        "description": known.description if known else "",
        "country": known.country if known else None,
        "in_registry": known is not None,
        "variants": list(known.variants) if known else [],
        "offices": sorted((vars(o) for o in known.offices), key=lambda o: o["start"] or "9999") if known else [],
        "names_seen": [{"written": r["written"], "documents": r["n"]} for r in names],
        "documents_total": total,
        "documents_offset": offset,
        "documents": documents,
        "met": [
            {"id": n["id"], "name": n["name"], "documents": n["with_person"]} for n in network["nodes"] if n["id"] != person_id
        ],
        "network": network,
    }


PERSON_DOCUMENT = (
    "SELECT d.id, d.date, d.year, d.type, d.title, MIN(CASE p.role WHEN 'sender' THEN 1 WHEN 'recipient' THEN 2"
    " WHEN 'participant' THEN 3 ELSE 4 END) AS rank FROM document_persons p JOIN documents d ON d.id = p.document_id"
)
ROLE_NAMES = {rank + 1: role for role, rank in ROLE_ORDER.items()}  # the CASE above counts from 1


def person_documents(db: sqlite3.Connection, person_id: str, limit: int | None = None, offset: int = 0, ids: list[str] | None = None) -> list[dict]:
    """A person's documents with their part in each: by date (``limit`` from ``offset``), or
    the documents ``ids`` in that order (a page the search index has already put in order)."""
    if ids is None:
        rows = db.execute(
            PERSON_DOCUMENT + " WHERE p.person_id = ? GROUP BY d.id ORDER BY d.date IS NULL, d.date, d.id LIMIT ? OFFSET ?",
            (person_id, -1 if limit is None else limit, offset),
        ).fetchall()
    else:
        marks = ",".join("?" * len(ids))
        found = {
            r["id"]: r
            for r in db.execute(PERSON_DOCUMENT + f" WHERE p.document_id IN ({marks}) AND p.person_id = ? GROUP BY d.id", [*ids, person_id])  # only '?'s
        }
        rows = [found[i] for i in ids if i in found]
    return [{"id": r["id"], "date": r["date"], "year": r["year"], "type": r["type"], "title": r["title"], "role": ROLE_NAMES[r["rank"]]} for r in rows]


def correspondents(db: sqlite3.Connection, ids: list[str]) -> dict[str, list[dict]]:
    """Each document's senders, recipients and participants ({id, name, role}), in that order,
    for naming documents without a title in a list."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"SELECT DISTINCT document_id, person_id, name, role FROM document_persons WHERE document_id IN ({marks})"  # only '?'s
        " AND role != 'mentioned'",
        ids,
    ).fetchall()
    found: dict[str, list[dict]] = {}
    for r in sorted(rows, key=lambda r: (ROLE_ORDER.get(r["role"], 9), r["name"])):
        found.setdefault(r["document_id"], []).append({"id": r["person_id"], "name": r["name"], "role": r["role"]})
    return found


def person_network(db: sqlite3.Connection, person_id: str, limit: int = 30) -> dict:
    """The people someone met, wrote to or relayed messages with, and the ties among those people."""
    rows = db.execute(
        "SELECT b AS other, documents AS n FROM person_pairs WHERE a = ?"
        " UNION ALL SELECT a, documents FROM person_pairs WHERE b = ? ORDER BY n DESC, other",
        (person_id, person_id),
    ).fetchall()
    rows = persons_only(db, rows, "other")[:limit]
    people = [person_id] + [r["other"] for r in rows]
    network = network_among(db, people, documents=None)
    shared = {r["other"]: r["n"] for r in rows}
    for node in network["nodes"]:
        node["with_person"] = shared.get(node["id"])
    return network


def documents_network(db: sqlite3.Connection, document_ids: list[str], limit: int = 40) -> dict:
    """Who met or wrote to whom within a set of documents (a search's results), the busiest people first."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS chosen_documents (id TEXT PRIMARY KEY)")
    with db:
        db.execute("DELETE FROM chosen_documents")
        db.executemany("INSERT OR IGNORE INTO chosen_documents (id) VALUES (?)", [(i,) for i in document_ids])
    rows = db.execute(
        "SELECT person, COUNT(DISTINCT document_id) AS n FROM ("
        " SELECT source AS person, document_id FROM document_edges WHERE document_id IN (SELECT id FROM chosen_documents)"
        " UNION ALL SELECT target, document_id FROM document_edges WHERE document_id IN (SELECT id FROM chosen_documents))"
        " GROUP BY person ORDER BY n DESC, person",
    ).fetchall()
    rows = persons_only(db, rows, "person")[:limit]
    network = network_among(db, [r["person"] for r in rows], documents="chosen_documents")
    within = {r["person"]: r["n"] for r in rows}
    for node in network["nodes"]:
        node["documents"] = within.get(node["id"], 0)  # in these documents, not the whole archive
    return network


def persons_only(db: sqlite3.Connection, rows: list, column: str) -> list:
    """The rows whose person is someone: a person of the archive's own named only by a place,
    an institution or a title ("Austria", "Mr. Chairman", OCR's "Sccretary") is left out of
    networks (the registry's persons are people by construction)."""
    names = person_names(db, [r[column] for r in rows if r[column].startswith("local:")])
    return [r for r in rows if r[column] not in names or not names_no_one(names[r[column]])]


def network_among(db: sqlite3.Connection, people: list[str], documents: str | None) -> dict:
    """Nodes (with document counts) and weighted edges among ``people``, in all documents or a chosen set."""
    if not people:
        return {"nodes": [], "edges": []}
    marks = ",".join("?" * len(people))
    if documents == "chosen_documents":
        edges = db.execute(
            f"SELECT source, target, kind, COUNT(DISTINCT document_id) AS n FROM document_edges"  # marks are only '?'s
            f" WHERE source IN ({marks}) AND target IN ({marks}) AND document_id IN (SELECT id FROM chosen_documents)"
            " GROUP BY source, target, kind",
            people + people,
        ).fetchall()
    else:
        edges = db.execute(
            f"SELECT source, target, kind, documents AS n FROM person_ties WHERE source IN ({marks}) AND target IN ({marks})"  # only '?'s
            " ORDER BY source, target, kind",
            people + people,
        ).fetchall()
    counts = dict(
        db.execute(f"SELECT person_id, MAX(documents) FROM person_forms WHERE person_id IN ({marks}) GROUP BY person_id", people).fetchall()
    )
    names = person_names(db, people)
    return {
        "nodes": [{"id": p, "name": names.get(p, p), "documents": counts.get(p, 0)} for p in people],
        "edges": [{"source": e["source"], "target": e["target"], "kind": e["kind"], "documents": e["n"]} for e in edges],
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
    record = get_record_json(db, doc_id)
    return json.loads(record) if record is not None else None


def get_record_json(db: sqlite3.Connection, doc_id: str) -> str | None:
    row = db.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row["record"] if row else None


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


def archive_path(db: sqlite3.Connection) -> str:
    """The file the archive is in ("" for one in memory)."""
    return db.execute("PRAGMA database_list").fetchone()[2]


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
    like = containing(name)
    rows = db.execute(
        "SELECT DISTINCT person_id FROM person_forms WHERE person_id = ? OR form LIKE ? ESCAPE '\\' LIMIT ?",
        (name, like, limit),
    ).fetchall()
    return [r["person_id"] for r in rows]


def person_names(db: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT person_id, MIN(name) FROM person_forms WHERE person_id IN ({marks}) GROUP BY person_id", ids)  # only '?'s
    return dict(rows.fetchall())
