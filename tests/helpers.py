"""Small builders shared by the stage tests."""

from fastapi.testclient import TestClient

from chancery.ingest import ingest
from chancery.model import Source
from chancery.pipeline import process_source
from chancery.store import sqlite as store


def source(text: str, path: str = "t.txt", fmt: str = "text") -> Source:
    return Source(path=path, format=fmt, sha256="0" * 64, text=text)


def documents(text: str):
    return process_source(source(text))


def archive(tmp_path, *texts: str):
    """An archive of one text file per text, ingested and opened."""
    (tmp_path / "in").mkdir()
    for n, text in enumerate(texts):
        (tmp_path / "in" / f"{n:03d}.txt").write_text(text, encoding="utf-8")
    ingest([tmp_path / "in"], tmp_path / "a.db")
    return store.open_store(tmp_path / "a.db")


def local_client(app) -> TestClient:
    """A test client naming the server as a browser on this machine does (the app refuses other Hosts)."""
    return TestClient(app, base_url="http://127.0.0.1")
