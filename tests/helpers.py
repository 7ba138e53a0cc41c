"""Small builders shared by the stage tests."""

from fastapi.testclient import TestClient

from chancery.ingest import ingest
from chancery.model import Source
from chancery.pipeline import process_source
from chancery.store import open_store


def source(text: str, path: str = "t.txt", fmt: str = "text") -> Source:
    return Source(path=path, format=fmt, sha256="0" * 64, text=text)


def documents(text: str):
    return process_source(source(text))


def archive(tmp_path, *texts: str, target: str | None = None):
    """An archive of one text file per text, ingested and opened (at ``target``: an SQLite
    file in ``tmp_path`` unless told, or a PostgreSQL URL)."""
    (tmp_path / "in").mkdir()
    for n, text in enumerate(texts):
        (tmp_path / "in" / f"{n:03d}.txt").write_text(text, encoding="utf-8")
    target = target or str(tmp_path / "a.db")
    ingest([tmp_path / "in"], target)
    return open_store(target)


def table(db, sql: str) -> list[tuple]:
    """Rows of a query run on either store, to look at what it holds."""
    with db.session() as session:
        return [tuple(row) for row in session.execute(sql).fetchall()]


def stored_rows(target) -> list[tuple]:
    """(seq, id, record) of every stored document, in order."""
    with open_store(target, create=False) as db:
        return table(db, "SELECT seq, id, record FROM documents ORDER BY seq")


def local_client(app) -> TestClient:
    """A test client naming the server as a browser on this machine does (the app refuses other
    Hosts)."""
    return TestClient(app, base_url="http://127.0.0.1")
