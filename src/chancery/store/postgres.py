"""PostgreSQL as the store of record (``--db postgresql://user@host/dbname``), shared by many
processes and machines.

The tables are SQLite's (``sqlite.py``), translated: ``seq`` is a BIGSERIAL, text compares
byte by byte (COLLATE "C", as SQLite's does, so both stores sort names alike), and the record
stays the JSON text chancery wrote (TEXT, not JSONB: the API sends it as stored, byte for
byte the same as from SQLite, and JSONB would reorder its keys and refuse ``\\u0000``). The
schema version is the ``schema_version`` row of ``meta``; migrations are the same as SQLite's
(``queries.migrate``).

Writers from any number of processes: each file is one transaction, idempotent by content
hash (``files.sha256`` is the key, and a second writer's ``ON CONFLICT DO NOTHING`` waits for
the first to commit or roll back). Every write transaction first takes one transaction-level
advisory lock, so writers commit one at a time, as SQLite's do: ``documents.seq`` then grows in
commit order, and a search index that has read every document up to seq N has missed none
below it, which is what lets each node's index follow the store by its watermark. Reading and
the pipeline, the bulk of ingest, run in parallel outside the lock.
"""

from __future__ import annotations

import contextlib
import functools
import re
import weakref
from pathlib import Path

import psycopg
from psycopg import conninfo
from psycopg_pool import ConnectionPool

from . import queries
from .base import Store, StoreError
from .queries import SCHEMA_VERSION

WRITE_LOCK = (
    0x6368616E63657279  # "chancery" in ASCII: the advisory lock every write transaction holds
)
VERSION_KEY = "schema_version"
CONNECT_SECONDS = 10
# A writer gone silent inside its transaction (its machine frozen or cut off, not dead: a dead
# one's connection closes and the transaction rolls back) would hold WRITE_LOCK, and so stop
# every writer, until TCP gave up on it (hours). The server ends such a session after this long;
# its file is then stored by the retry of its task. A write transaction never waits on its
# writer for so long: the statements of one file go together (``Session.send_waiting``).
IDLE_IN_WRITE_SECONDS = 60

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    sha256 TEXT COLLATE "C" PRIMARY KEY,
    path TEXT COLLATE "C" NOT NULL,
    format TEXT COLLATE "C",
    size BIGINT,
    parts INTEGER,
    ingested_at TEXT COLLATE "C"
);
CREATE TABLE IF NOT EXISTS failures (
    path TEXT COLLATE "C" PRIMARY KEY,
    error TEXT COLLATE "C" NOT NULL,
    at TEXT COLLATE "C"
);
CREATE TABLE IF NOT EXISTS documents (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT COLLATE "C" NOT NULL UNIQUE,
    sha256 TEXT COLLATE "C" NOT NULL REFERENCES files(sha256),
    part INTEGER NOT NULL,
    path TEXT COLLATE "C" NOT NULL,
    type TEXT COLLATE "C",
    date TEXT COLLATE "C",
    year INTEGER,
    classification TEXT COLLATE "C",
    collection TEXT COLLATE "C",
    title TEXT COLLATE "C",
    record TEXT NOT NULL,
    raw TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_type ON documents(type);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE INDEX IF NOT EXISTS documents_sha ON documents(sha256);
CREATE TABLE IF NOT EXISTS document_persons (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    person_id TEXT COLLATE "C" NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    role TEXT COLLATE "C" NOT NULL,
    written TEXT COLLATE "C" NOT NULL
);
CREATE INDEX IF NOT EXISTS document_persons_person ON document_persons(person_id);
CREATE INDEX IF NOT EXISTS document_persons_document ON document_persons(document_id);
CREATE TABLE IF NOT EXISTS document_edges (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    source TEXT COLLATE "C" NOT NULL,
    target TEXT COLLATE "C" NOT NULL,
    kind TEXT COLLATE "C" NOT NULL
);
CREATE INDEX IF NOT EXISTS document_edges_source ON document_edges(source);
CREATE INDEX IF NOT EXISTS document_edges_target ON document_edges(target);
CREATE INDEX IF NOT EXISTS document_edges_document ON document_edges(document_id);
CREATE TABLE IF NOT EXISTS person_forms (
    person_id TEXT COLLATE "C" NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    form TEXT COLLATE "C" NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (person_id, form)
);
CREATE TABLE IF NOT EXISTS person_ties (
    source TEXT COLLATE "C" NOT NULL,
    target TEXT COLLATE "C" NOT NULL,
    kind TEXT COLLATE "C" NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (source, target, kind)
);
CREATE TABLE IF NOT EXISTS person_pairs (
    a TEXT COLLATE "C" NOT NULL,  -- a < b
    b TEXT COLLATE "C" NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX IF NOT EXISTS person_pairs_b ON person_pairs(b);
CREATE TABLE IF NOT EXISTS authority (
    id TEXT COLLATE "C" PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL,
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT COLLATE "C" PRIMARY KEY,
    value TEXT
);
"""


@functools.lru_cache(maxsize=1024)
def postgres_sql(sql: str) -> str:
    """The queries' SQL as psycopg takes it: ``%s`` parameters; ILIKE, which ignores case as
    SQLite's LIKE does."""
    return re.sub(r"\bLIKE\b", "ILIKE", sql.replace("%", "%%").replace("?", "%s"))


def storable(params):
    """PostgreSQL's text cannot hold NUL (a PDF's text layer can): it is stored as U+FFFD, one
    character for one, so the offsets into the text stay right. Records are JSON, where it is an
    escape."""
    return [
        p.replace("\x00", "\ufffd") if isinstance(p, str) and "\x00" in p else p for p in params
    ]


class Row(tuple):
    """A row read by position or by column name, as SQLite's rows are."""

    names: dict[str, int] = {}

    def __getitem__(self, key):
        return tuple.__getitem__(self, self.names[key] if isinstance(key, str) else key)

    def keys(self) -> list[str]:
        return list(self.names)


def named_rows(cursor):
    return row_class(tuple(column.name for column in cursor.description or ()))


@functools.lru_cache(maxsize=256)
def row_class(columns: tuple[str, ...]) -> type:
    return type("Row", (Row,), {"names": {name: n for n, name in enumerate(columns)}})


class Session:
    """A pooled connection speaking the queries' SQL; ``with session:`` is one write transaction.

    In a transaction, the rows of ``executemany`` wait to be sent with the next statement or
    the commit, all in one pipeline: a file's documents, people, ties and counts cost one
    round trip to the server, not one each (on loopback a fifth of the store's time a document;
    more where the server is across a network)."""

    def __init__(self, conn: psycopg.Connection):
        self.conn = conn
        self.transactions: list = []
        self.waiting: list[tuple[str, list]] = []

    def execute(self, sql: str, params=()):
        self.send_waiting()
        return self.conn.execute(postgres_sql(sql), storable(params))

    def executemany(self, sql: str, rows) -> None:
        rows = [storable(row) for row in rows]
        if rows:
            self.waiting.append((postgres_sql(sql), rows))
        if not self.transactions:
            self.send_waiting()

    def send_waiting(self) -> None:
        if not self.waiting:
            return
        waiting, self.waiting = self.waiting, []
        with self.conn.pipeline(), self.conn.cursor() as cursor:
            for sql, rows in waiting:
                cursor.executemany(sql, rows)

    def __enter__(self) -> Session:
        transaction = self.conn.transaction()
        transaction.__enter__()
        self.transactions.append(transaction)
        self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        return self

    def __exit__(self, kind, error, trace):
        if kind is None:
            try:
                self.send_waiting()
            except BaseException as e:
                self.transactions.pop().__exit__(type(e), e, e.__traceback__)
                raise
        else:
            self.waiting = []
        return self.transactions.pop().__exit__(kind, error, trace)


def folder_name(dbname: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", dbname) or "postgres"


def selects_true(conn: psycopg.Connection, sql: str) -> bool:
    """Whether a SELECT of one condition holds."""
    row = conn.execute(sql).fetchone()
    return bool(row and row[0])


def shown(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        info = conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://…"
    user, host, port = info.get("user"), info.get("host", ""), info.get("port")
    return (
        f"postgresql://{f'{user}@' if user else ''}{host}{f':{port}' if port else ''}"
        f"/{info.get('dbname', '')}"
    )


def one_line(error: Exception) -> str:
    return " ".join(str(error).split())


class PostgresStore(Store):
    """An archive in a PostgreSQL database, through a pool of at most ``connections``
    connections."""

    def __init__(self, url: str, create: bool = True, readonly: bool = False, connections: int = 8):
        self.url = url
        self.name = shown(url)
        try:
            first = psycopg.connect(
                url, autocommit=True, connect_timeout=CONNECT_SECONDS, row_factory=named_rows
            )
        except psycopg.Error as e:
            raise StoreError(f"{self.name}: cannot connect to PostgreSQL ({one_line(e)})") from None
        with first:
            info = first.info
            self.title = info.dbname
            self.name = f"postgresql://{info.user}@{info.host}:{info.port}/{info.dbname}"
            self.open_schema(first, create, readonly)
        # Derived folders live on this machine, in the working directory, named after the database.
        self.index_folder = Path.cwd() / f"{folder_name(self.title)}.index"
        self.ocr_folder = Path.cwd() / f"{folder_name(self.title)}.ocr"
        self.pool = ConnectionPool(
            url,
            min_size=1,
            max_size=max(1, connections),
            open=True,
            name=self.name,
            kwargs={
                "autocommit": True,
                "row_factory": named_rows,
                "connect_timeout": CONNECT_SECONDS,
            },
            configure=read_only if readonly else end_silent_writers,
        )
        # A store let go without close() closes its pool from the thread letting it go (were the
        # pool collected first, that could be one of its own threads, which cannot join itself).
        weakref.finalize(self, self.pool.close)

    def version(self, conn: psycopg.Connection) -> int | None:
        """The archive's schema version, 0 for an empty database, None for one holding other
        things."""
        if selects_true(
            conn, "SELECT to_regclass('documents') IS NULL AND to_regclass('meta') IS NULL"
        ):
            return 0
        if selects_true(conn, "SELECT to_regclass('meta') IS NULL"):
            return None
        row = conn.execute("SELECT value FROM meta WHERE key = %s", (VERSION_KEY,)).fetchone()
        return int(row[0]) if row else None

    def open_schema(self, conn: psycopg.Connection, create: bool, readonly: bool) -> None:
        """Check the archive's schema, creating or migrating it (one process at a time) when it
        is behind."""
        version = self.version(conn)
        if version == 0 and not create:
            raise StoreError(
                f"{self.name}: no archive here (run `chancery ingest DIR --db {self.name}` first)"
            )
        if version is None:  # another program's tables: never make them an archive
            raise StoreError(
                f"{self.name}: not a chancery archive (its tables are another program's)"
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.name}: archive schema {version} "
                f"is newer than this chancery ({SCHEMA_VERSION})"
            )
        if version == SCHEMA_VERSION:
            return
        if readonly:
            raise StoreError(
                f"{self.name}: archive schema {version} "
                f"is older than this chancery's: open it once for writing"
            )
        session = Session(conn)
        with (
            session
        ):  # the write lock: a second process opening the archive waits, then finds it done
            version = self.version(conn)
            if version == SCHEMA_VERSION:
                return
            if version is None:  # another program's tables came meanwhile
                raise StoreError(
                    f"{self.name}: not a chancery archive (its tables are another program's)"
                )
            conn.execute(SCHEMA)
            queries.migrate(session, version)
            queries.set_meta(session, VERSION_KEY, str(SCHEMA_VERSION))

    @contextlib.contextmanager
    def session(self):
        """A pooled connection for the calls of one method, given back after."""
        with self.pool.connection() as conn:
            yield Session(conn)

    def schema_version(self) -> int:
        with self.pool.connection() as conn:
            version = self.version(conn)
            if version is None:
                raise StoreError(f"{self.name}: not a chancery archive")
            return version

    def close(self) -> None:
        self.pool.close()


def read_only(conn: psycopg.Connection) -> None:
    """The web server's connections: nothing it runs can write."""
    conn.execute("SET default_transaction_read_only = on")


def end_silent_writers(conn: psycopg.Connection) -> None:
    conn.execute(
        "SELECT set_config('idle_in_transaction_session_timeout', %s, false)",
        (f"{IDLE_IN_WRITE_SECONDS}s",),
    )
