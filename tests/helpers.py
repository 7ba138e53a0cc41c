"""Small builders shared by the stage tests."""

from chancery.model import Source
from chancery.pipeline import process_source


def source(text: str, path: str = "t.txt", fmt: str = "text") -> Source:
    return Source(path=path, format=fmt, sha256="0" * 64, text=text)


def documents(text: str):
    return process_source(source(text))
