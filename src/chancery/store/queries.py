"""The SQL every store runs, written once in the SQL SQLite and PostgreSQL share.

Each function takes ``db``, a session of one store: ``db.execute(sql, params)`` (``?`` marks
the parameters; the PostgreSQL session translates), ``db.executemany``, rows read by
position or by column name, and ``with db:`` for one transaction. Values reach SQL only as
parameters; the only text built here is a run of ``?`` marks.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sized

from ..authority.not_people import names_no_one
from ..record import StoredDocument, record_from_dict, record_to_dict
from .records import (
    ROLE_ORDER,
    containing,
    edge_rows,
    now,
    pair_rows,
    person_form_rows,
    person_rows,
    tie_rows,
    year_of,
)

# 2: document_edges (the person network); 3: person_forms (name lookups); 4: person_ties,
# person_pairs; 5: meta archive_id
SCHEMA_VERSION = 5
# meta key: the archive's own name, which each search index records (indexes keep their own
# watermark)
ARCHIVE_ID = "archive_id"
NO_LIMIT = 2**62  # a LIMIT both stores read as "all"

INSERT_DOCUMENT = (
    "INSERT INTO documents (id, sha256, part, path, type, date, year, classification, collection,"
    " title, record, raw) VALUES"
)
INSERT_PERSON = "INSERT INTO document_persons (document_id, person_id, name, role, written) VALUES"
INSERT_EDGE = "INSERT INTO document_edges (document_id, source, target, kind) VALUES"
ROWS_A_STATEMENT = (
    500  # rows one INSERT carries at most (SQLite takes 32,766 parameters a statement)
)


def marks(values: Sized) -> str:
    return ",".join("?" * len(values))


def insert_rows(db, insert: str, rows: list[tuple], conflict: str = "") -> None:
    """``insert`` ("INSERT INTO t (columns) VALUES") for many rows in few statements, a row of
    ``?`` marks each: a file's fifty mention and tie rows are two statements, not fifty."""
    if not rows:
        return
    row = "(" + marks(rows[0]) + ")"
    for start in range(0, len(rows), ROWS_A_STATEMENT):
        chunk = rows[start : start + ROWS_A_STATEMENT]
        db.executemany(
            f"{insert} {','.join([row] * len(chunk))} {conflict}",
            [[value for r in chunk for value in r]],
        )


def counted(rows: list[tuple], key_columns: int) -> list[tuple]:
    """Rows once per key (their first ``key_columns`` values), with how many times each came:
    one statement may not update a row twice (PostgreSQL), so the counts are summed first."""
    counts: dict[tuple, list] = {}
    for row in rows:
        key = row[:key_columns]
        if key in counts:
            counts[key][1] += 1
        else:
            counts[key] = [row, 1]
    return [(*row, n) for row, n in sorted(counts.values())]


# ---- migrations ---------------------------------------------------------------------------------


def migrate(db, version: int) -> None:
    """Bring an archive's rows from schema ``version`` to SCHEMA_VERSION, inside the transaction
    in which the store has just created the tables that were missing."""
    if version == 1:
        backfill_edges(db)
    if version in (1, 2):
        backfill_person_forms(db)
    if version in (1, 2, 3):
        backfill_ties(db)
    if version < 5:
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
            (ARCHIVE_ID, uuid.uuid4().hex),
        )


def backfill_edges(db) -> None:
    """Schema 1 → 2: the network table, from the edges each stored record already holds."""
    for row in db.execute("SELECT record FROM documents").fetchall():
        insert_rows(db, INSERT_EDGE, edge_rows(record_from_dict(json.loads(row["record"]))))


def backfill_person_forms(db) -> None:
    """Schema 2 → 3: the name lookup table, from the mention rows already stored."""
    db.execute(
        "INSERT INTO person_forms (person_id, name, form, documents)"
        " SELECT person_id, MIN(name), form, COUNT(DISTINCT document_id) FROM ("
        "  SELECT person_id, name, name AS form, document_id FROM document_persons"
        "  UNION ALL SELECT person_id, name, written, document_id FROM document_persons) AS forms"
        " GROUP BY person_id, form"
    )


def backfill_ties(db) -> None:
    """Schema 3 → 4: the summed network, from the edges already stored."""
    db.execute(
        "INSERT INTO person_ties (source, target, kind, documents)"
        " SELECT source, target, kind, COUNT(DISTINCT document_id) FROM document_edges"
        " GROUP BY source, target, kind"
    )
    db.execute(
        "INSERT INTO person_pairs (a, b, documents) SELECT a, b, COUNT(DISTINCT document_id) FROM ("
        " SELECT CASE WHEN source < target THEN source ELSE target END AS a,"
        " CASE WHEN source < target THEN target ELSE source END AS b, document_id"
        " FROM document_edges WHERE source != target) AS pairs"
        " GROUP BY a, b"
    )


# ---- writing ------------------------------------------------------------------------------------


def has_file(db, sha256: str) -> bool:
    return db.execute("SELECT 1 FROM files WHERE sha256 = ?", (sha256,)).fetchone() is not None


def document_rows(
    sha256: str, path: str, records: list[StoredDocument], raws: list[str]
) -> list[tuple]:
    return [
        (
            r.id,
            sha256,
            r.source.part,
            path,
            r.type,
            r.date,
            year_of(r),
            r.classification,
            r.collection,
            r.title,
            json.dumps(record_to_dict(r), ensure_ascii=False),
            raw,
        )
        for r, raw in zip(records, raws, strict=False)
    ]


def add_file(
    db,
    path: str,
    fmt: str,
    sha256: str,
    size: int,
    records: list[StoredDocument],
    raws: list[str],
) -> int:
    """Store one file's documents atomically; returns how many were added (0 if already stored)."""
    with db:
        # The content hash is the key of files: a second writer of the same file, in this process or
        # another, inserts nothing (PostgreSQL makes it wait until the first commits or rolls back).
        claimed = db.execute(
            "INSERT INTO files (sha256, path, format, size, parts, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (sha256) DO NOTHING RETURNING sha256",
            (sha256, path, fmt, size, len(records), now()),
        ).fetchall()
        if not claimed:
            return 0
        db.execute("DELETE FROM failures WHERE path = ?", (path,))
        insert_rows(db, INSERT_DOCUMENT, document_rows(sha256, path, records, raws))
        insert_rows(db, INSERT_PERSON, [row for r in records for row in person_rows(r)])
        insert_rows(db, INSERT_EDGE, [row for r in records for row in edge_rows(r)])
        # Forms as (person, form) keys; the name goes with the person.
        forms = counted(
            [(p, form, name) for r in records for p, name, form in person_form_rows(r)], 2
        )
        insert_rows(
            db,
            "INSERT INTO person_forms (person_id, form, name, documents) VALUES",
            forms,
            "ON CONFLICT (person_id, form)"
            " DO UPDATE SET documents = person_forms.documents + excluded.documents",
        )
        insert_rows(
            db,
            "INSERT INTO person_ties (source, target, kind, documents) VALUES",
            counted([row for r in records for row in tie_rows(r)], 3),
            "ON CONFLICT (source, target, kind)"
            " DO UPDATE SET documents = person_ties.documents + excluded.documents",
        )
        insert_rows(
            db,
            "INSERT INTO person_pairs (a, b, documents) VALUES",
            counted([row for r in records for row in pair_rows(r)], 2),
            "ON CONFLICT (a, b)"
            " DO UPDATE SET documents = person_pairs.documents + excluded.documents",
        )
    return len(records)


def add_failure(db, path: str, error: str) -> None:
    with db:
        db.execute(
            "INSERT INTO failures (path, error, at) VALUES (?, ?, ?)"
            " ON CONFLICT (path) DO UPDATE SET error = excluded.error, at = excluded.at",
            (path, error, now()),
        )


def stored_files(db) -> list[dict]:
    """Every stored file, in the order it was stored (by its first document)."""
    rows = db.execute(
        "SELECT f.sha256, f.path, f.format, f.size FROM files f"
        " ORDER BY (SELECT MIN(d.seq) FROM documents d WHERE d.sha256 = f.sha256), f.sha256"
    ).fetchall()
    return [
        {"sha256": r["sha256"], "path": r["path"], "format": r["format"], "size": r["size"]}
        for r in rows
    ]


def file_raws(db, sha256: str) -> list[str]:
    """A stored file's documents' raw text, in order: joined, they are the file's text."""
    return [
        row["raw"]
        for row in db.execute(
            "SELECT raw FROM documents WHERE sha256 = ? ORDER BY part", (sha256,)
        ).fetchall()
    ]


def file_documents(db, sha256: str) -> list[dict]:
    """A stored file's documents: id, type and title, in order."""
    rows = db.execute(
        "SELECT id, type, title FROM documents WHERE sha256 = ? ORDER BY part", (sha256,)
    ).fetchall()
    return [{"id": r["id"], "type": r["type"], "title": r["title"]} for r in rows]


def replace_documents(db, sha256: str, records: list[StoredDocument], raws: list[str]) -> None:
    """A stored file's documents read again (after the registry changed), in one transaction.
    The summed tables (name forms, ties, pairs) are rebuilt afterwards by ``rebuild_summaries``."""
    with db:
        path = db.execute("SELECT path FROM files WHERE sha256 = ?", (sha256,)).fetchone()["path"]
        ids = [
            row["id"]
            for row in db.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchall()
        ]
        db.executemany("DELETE FROM document_persons WHERE document_id = ?", [(i,) for i in ids])
        db.executemany("DELETE FROM document_edges WHERE document_id = ?", [(i,) for i in ids])
        db.execute("DELETE FROM documents WHERE sha256 = ?", (sha256,))
        db.execute("UPDATE files SET parts = ? WHERE sha256 = ?", (len(records), sha256))
        insert_rows(db, INSERT_DOCUMENT, document_rows(sha256, path, records, raws))
        insert_rows(db, INSERT_PERSON, [row for r in records for row in person_rows(r)])
        insert_rows(db, INSERT_EDGE, [row for r in records for row in edge_rows(r)])


def rebuild_summaries(db) -> None:
    """The name forms, ties and pairs summed again from the rows of every document."""
    with db:
        db.execute("DELETE FROM person_forms")
        db.execute("DELETE FROM person_ties")
        db.execute("DELETE FROM person_pairs")
        backfill_person_forms(db)
        backfill_ties(db)


def set_meta(db, key: str, value: str) -> None:
    with db:
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def save_authority(db, persons: list) -> None:
    """Replace the archive's person registry (the core registry merged with imported datasets)."""
    from dataclasses import asdict

    with db:
        db.execute("DELETE FROM authority")
        db.executemany(
            "INSERT INTO authority (id, name, record) VALUES (?, ?, ?)",
            [(p.id, p.name, json.dumps(asdict(p), ensure_ascii=False)) for p in persons],
        )


# ---- reading ------------------------------------------------------------------------------------


def get_meta(db, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row["value"] if row else default


def get_record_json(db, doc_id: str) -> str | None:
    row = db.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row["record"] if row else None


def get_raw(db, doc_id: str) -> str | None:
    row = db.execute("SELECT raw FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row["raw"] if row else None


def record_json_after(db, after_seq: int, batch: int) -> list[tuple[int, str]]:
    """Up to ``batch`` stored records (their JSON) after ``after_seq``, in order (a store's
    ``iter_record_json`` pages through them)."""
    rows = db.execute(
        "SELECT seq, record FROM documents WHERE seq > ? ORDER BY seq LIMIT ?", (after_seq, batch)
    ).fetchall()
    return [(row["seq"], row["record"]) for row in rows]


def last_seq(db) -> int:
    return db.execute("SELECT COALESCE(MAX(seq), 0) AS seq FROM documents").fetchone()["seq"]


def document_ids(db, seqs: list[int]) -> list[str]:
    """The ids of the documents stored as ``seqs`` (those still there), in that order."""
    if not seqs:
        return []
    found = {
        r["seq"]: r["id"]
        for r in db.execute(
            f"SELECT seq, id FROM documents WHERE seq IN ({marks(seqs)})", seqs
        ).fetchall()
    }
    return [found[s] for s in seqs if s in found]


FACET_QUERIES = {
    "types": "SELECT type, COUNT(*) AS n FROM documents GROUP BY type ORDER BY n DESC, type",
    "classifications": (
        "SELECT classification, COUNT(*) AS n FROM documents"
        " GROUP BY classification ORDER BY n DESC, classification"
    ),
    "collections": (
        "SELECT collection, COUNT(*) AS n FROM documents"
        " GROUP BY collection ORDER BY n DESC, collection"
    ),
}


def stats(db) -> dict:
    def one(sql: str):
        return db.execute(sql).fetchone()[0]

    return {
        "documents": one("SELECT COUNT(*) FROM documents"),
        "files": one("SELECT COUNT(*) FROM files"),
        "failures": one("SELECT COUNT(*) FROM failures"),
        "dated": one("SELECT COUNT(*) FROM documents WHERE date IS NOT NULL"),
        "first_year": one("SELECT MIN(year) FROM documents"),
        "last_year": one("SELECT MAX(year) FROM documents"),
        **{
            name: [tuple(row) for row in db.execute(sql).fetchall()]
            for name, sql in FACET_QUERIES.items()
        },
    }


def load_authority(db) -> list | None:
    """The archive's registry, or None when nothing was imported (then the core registry
    applies)."""
    from ..authority.registry import person_from_dict

    rows = db.execute("SELECT record FROM authority ORDER BY id").fetchall()
    return [person_from_dict(json.loads(row["record"])) for row in rows] or None


def authority_person(db, person_id: str):
    """One registry entry: the archive's merged registry when one was imported, else the core
    one."""
    from ..authority.registry import load_default, person_from_dict

    if db.execute("SELECT 1 FROM authority LIMIT 1").fetchone():
        row = db.execute("SELECT record FROM authority WHERE id = ?", (person_id,)).fetchone()
        return person_from_dict(json.loads(row["record"])) if row else None
    return next((p for p in load_default() if p.id == person_id), None)


def people(db, query: str = "", limit: int = 50) -> list[dict]:
    like = containing(query)
    # A person's canonical form is in every one of their documents, so the largest count is theirs.
    rows = db.execute(
        "SELECT person_id, MIN(name) AS name, MAX(documents) AS documents FROM person_forms"
        " WHERE person_id IN (SELECT person_id FROM person_forms"
        " WHERE form LIKE ? ESCAPE '\\' OR person_id LIKE ? ESCAPE '\\')"
        " GROUP BY person_id ORDER BY documents DESC, name, person_id LIMIT ?",
        (like, like, limit),
    ).fetchall()
    return [{"id": r["person_id"], "name": r["name"], "documents": r["documents"]} for r in rows]


def has_person(db, person_id: str) -> bool:
    """Whether the archive names this person or its registry knows them (what ``person`` needs)."""
    named = db.execute(
        "SELECT 1 FROM person_forms WHERE person_id = ? LIMIT 1", (person_id,)
    ).fetchone()
    return named is not None or authority_person(db, person_id) is not None


def person(db, person_id: str, limit: int | None = None, offset: int = 0) -> dict | None:
    """Everything the archive knows of one person: names seen, offices, documents (``limit`` of
    them from ``offset``, by date; all when None), who they met or wrote to."""
    names = db.execute(
        "SELECT name, written, COUNT(DISTINCT document_id) AS n FROM document_persons"
        " WHERE person_id = ?"
        " GROUP BY name, written ORDER BY n DESC, written, name",
        (person_id,),
    ).fetchall()
    known = authority_person(db, person_id)
    if not names and not known:
        return None
    documents = [] if limit == 0 else person_documents(db, person_id, limit=limit, offset=offset)
    total = (
        db.execute(
            "SELECT MAX(documents) FROM person_forms WHERE person_id = ?", (person_id,)
        ).fetchone()[0]
        or 0
    )
    network = person_network(db, person_id, limit=20)
    return {
        "id": person_id,
        "name": known.name if known else names[0]["name"],
        "description": known.description if known else "",
        "country": known.country if known else None,
        "in_registry": known is not None,
        "variants": list(known.variants) if known else [],
        "offices": sorted((vars(o) for o in known.offices), key=lambda o: o["start"] or "9999")
        if known
        else [],
        "names_seen": [{"written": r["written"], "documents": r["n"]} for r in names],
        "documents_total": total,
        "documents_offset": offset,
        "documents": documents,
        "met": [
            {"id": n["id"], "name": n["name"], "documents": n["with_person"]}
            for n in network["nodes"]
            if n["id"] != person_id
        ],
        "network": network,
    }


PERSON_DOCUMENT = (
    "SELECT d.id, d.date, d.year, d.type, d.title,"
    " MIN(CASE p.role WHEN 'sender' THEN 1 WHEN 'recipient' THEN 2"
    " WHEN 'participant' THEN 3 ELSE 4 END) AS rank"
    " FROM document_persons p JOIN documents d ON d.id = p.document_id"
)
# every column named (PostgreSQL asks for them)
PER_DOCUMENT = " GROUP BY d.id, d.date, d.year, d.type, d.title"
ROLE_NAMES = {rank + 1: role for role, rank in ROLE_ORDER.items()}  # the CASE above counts from 1


def person_documents(
    db, person_id: str, limit: int | None = None, offset: int = 0, ids: list[str] | None = None
) -> list[dict]:
    """A person's documents with their part in each: by date (``limit`` from ``offset``), or
    the documents ``ids`` in that order (a page the search index has already put in order)."""
    if ids is None:
        rows = db.execute(
            PERSON_DOCUMENT
            + " WHERE p.person_id = ?"
            + PER_DOCUMENT
            + " ORDER BY d.date IS NULL, d.date, d.id LIMIT ? OFFSET ?",
            (person_id, NO_LIMIT if limit is None else limit, offset),
        ).fetchall()
    else:
        found = {
            r["id"]: r
            for r in db.execute(
                PERSON_DOCUMENT
                + f" WHERE p.document_id IN ({marks(ids)}) AND p.person_id = ?"
                + PER_DOCUMENT,
                [*ids, person_id],
            ).fetchall()
        }
        rows = [found[i] for i in ids if i in found]
    return [
        {
            "id": r["id"],
            "date": r["date"],
            "year": r["year"],
            "type": r["type"],
            "title": r["title"],
            "role": ROLE_NAMES[r["rank"]],
        }
        for r in rows
    ]


def correspondents(db, ids: list[str]) -> dict[str, list[dict]]:
    """Each document's senders, recipients and participants ({id, name, role}), in that order,
    for naming documents without a title in a list."""
    if not ids:
        return {}
    rows = db.execute(
        f"SELECT DISTINCT document_id, person_id, name, role FROM document_persons"
        f" WHERE document_id IN ({marks(ids)})"
        " AND role != 'mentioned'",
        ids,
    ).fetchall()
    found: dict[str, list[dict]] = {}
    for r in sorted(rows, key=lambda r: (ROLE_ORDER.get(r["role"], 9), r["name"], r["person_id"])):
        found.setdefault(r["document_id"], []).append(
            {"id": r["person_id"], "name": r["name"], "role": r["role"]}
        )
    return found


def person_network(db, person_id: str, limit: int = 30) -> dict:
    """The people someone met, wrote to or relayed messages with, and the ties among those
    people."""
    rows = db.execute(
        "SELECT b AS other, documents AS n FROM person_pairs WHERE a = ?"
        " UNION ALL SELECT a, documents FROM person_pairs WHERE b = ? ORDER BY n DESC, other",
        (person_id, person_id),
    ).fetchall()
    rows = persons_only(db, rows, "other")[:limit]
    people = [person_id] + [r["other"] for r in rows]
    network = network_among(db, people)
    shared = {r["other"]: r["n"] for r in rows}
    for node in network["nodes"]:
        node["with_person"] = shared.get(node["id"])
    return network


def documents_network(db, document_ids: list[str], limit: int = 40) -> dict:
    """Who met or wrote to whom within a set of documents (a search's results), the busiest
    people first."""
    ids = sorted(set(document_ids))
    if not ids:
        return {"nodes": [], "edges": []}
    rows = db.execute(
        "SELECT person, COUNT(DISTINCT document_id) AS n FROM ("
        f" SELECT source AS person, document_id FROM document_edges"
        f" WHERE document_id IN ({marks(ids)})"
        f" UNION ALL SELECT target, document_id FROM document_edges"
        f" WHERE document_id IN ({marks(ids)})) AS ends"
        " GROUP BY person ORDER BY n DESC, person",
        [*ids, *ids],
    ).fetchall()
    rows = persons_only(db, rows, "person")[:limit]
    network = network_among(db, [r["person"] for r in rows], documents=ids)
    within = {r["person"]: r["n"] for r in rows}
    for node in network["nodes"]:
        node["documents"] = within.get(node["id"], 0)  # in these documents, not the whole archive
    return network


def persons_only(db, rows: list, column: str) -> list:
    """The rows whose person is someone: a person of the archive's own named only by a place,
    an institution or a title ("Austria", "Mr. Chairman", OCR's "Sccretary") is left out of
    networks (the registry's persons are people by construction)."""
    names = person_names(db, [r[column] for r in rows if r[column].startswith("local:")])
    return [r for r in rows if r[column] not in names or not names_no_one(names[r[column]])]


def network_among(db, people: list[str], documents: list[str] | None = None) -> dict:
    """Nodes (with document counts) and weighted edges among ``people``, in all documents or in
    ``documents``."""
    if not people:
        return {"nodes": [], "edges": []}
    if documents is not None:
        edges = db.execute(
            "SELECT source, target, kind, COUNT(DISTINCT document_id) AS n FROM document_edges"
            f" WHERE source IN ({marks(people)}) AND target IN ({marks(people)})"
            f" AND document_id IN ({marks(documents)})"
            " GROUP BY source, target, kind ORDER BY source, target, kind",
            people + people + documents,
        ).fetchall()
    else:
        edges = db.execute(
            f"SELECT source, target, kind, documents AS n FROM person_ties"
            f" WHERE source IN ({marks(people)}) AND target IN ({marks(people)})"
            " ORDER BY source, target, kind",
            people + people,
        ).fetchall()
    counts = dict(
        db.execute(
            f"SELECT person_id, MAX(documents) FROM person_forms"
            f" WHERE person_id IN ({marks(people)}) GROUP BY person_id",
            people,
        ).fetchall()
    )
    names = person_names(db, people)
    return {
        "nodes": [
            {"id": p, "name": names.get(p, p), "documents": counts.get(p, 0)} for p in people
        ],
        "edges": [
            {"source": e["source"], "target": e["target"], "kind": e["kind"], "documents": e["n"]}
            for e in edges
        ],
    }


def person_ids_named(db, name: str, limit: int = 200) -> list[str]:
    """Ids of people whose canonical name or any written form contains ``name`` (or whose id it
    is)."""
    like = containing(name)
    rows = db.execute(
        "SELECT DISTINCT person_id FROM person_forms"
        " WHERE person_id = ? OR form LIKE ? ESCAPE '\\' ORDER BY person_id LIMIT ?",
        (name, like, limit),
    ).fetchall()
    return [r["person_id"] for r in rows]


def person_names(db, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = db.execute(
        f"SELECT person_id, MIN(name) FROM person_forms"
        f" WHERE person_id IN ({marks(ids)}) GROUP BY person_id",
        ids,
    )
    return dict(rows.fetchall())
