"""Small builders shared by the stage tests."""

from fastapi.testclient import TestClient

from chancery.model import Source
from chancery.pipeline import process_source


def source(text: str, path: str = "t.txt", fmt: str = "text") -> Source:
    return Source(path=path, format=fmt, sha256="0" * 64, text=text)


def documents(text: str):
    return process_source(source(text))


def local_client(app) -> TestClient:
    """A test client naming the server as a browser on this machine does (the app refuses other Hosts)."""
    return TestClient(app, base_url="http://127.0.0.1")
