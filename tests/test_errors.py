"""One error path: each error of ours has its HTTP status and one line for the user; any other
exception is a bug, logged with its traceback (shown on the command line with --debug)."""

import importlib
import logging
import subprocess
import sys

import pytest

from chancery.errors import ChanceryError, NotFound
from chancery.model import ReadError
from chancery.read.ocr import OcrUnavailable
from chancery.search.query import QueryError
from chancery.settings import DEFAULT
from chancery.store import StoreError
from chancery.web.app import create_app
from chancery.web.limits import BodyTooLarge
from chancery.web.workers import WorkerFailed
from helpers import archive, local_client

# The module, not the library call `chancery.ingest` that its package exports under that name.
ingest_module = importlib.import_module("chancery.ingest")

MEMO = "MEMORANDUM OF CONVERSATION\n\nThe Secretary met the Ambassador in Washington.\n"

STATUSES = [
    (QueryError("the parenthesis is not closed"), 400),
    (NotFound("no document x"), 404),
    (BodyTooLarge("too big"), 413),
    (ReadError("memo.pdf: not a PDF"), 422),
    (OcrUnavailable("tesseract is not installed"), 503),
    (StoreError("the archive is away"), 503),
    (WorkerFailed("a server worker exited"), 500),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """The app over a one-document archive, with two routes of the test's own that raise the
    error they are given: one of the API, one a page."""
    tmp_path = tmp_path_factory.mktemp("errors")
    archive(tmp_path, MEMO).close()
    app = create_app(tmp_path / "a.db")
    errors = {type(error).__name__: error for error, _ in STATUSES}

    def raise_it(name: str):
        raise errors[name]

    app.add_api_route("/api/raise/{name}", raise_it)
    app.add_api_route("/raise/{name}", raise_it)
    return app


@pytest.mark.parametrize(("error", "status"), STATUSES, ids=lambda x: type(x).__name__)
def test_each_error_is_answered_with_its_status_as_json_and_as_a_page(app, error, status):
    assert isinstance(error, ChanceryError) and error.http_status == status
    client = local_client(app)
    answer = client.get(f"/api/raise/{type(error).__name__}")
    assert answer.status_code == status
    assert answer.json() == {"detail": error.user_message}
    page = client.get(f"/raise/{type(error).__name__}")
    assert page.status_code == status and "text/html" in page.headers["content-type"]
    assert str(error) in page.text


def test_a_bad_query_says_so_in_its_message():
    assert QueryError("the parenthesis is not closed").user_message == (
        "bad query: the parenthesis is not closed"
    )


@pytest.mark.parametrize("path", ["/", "/timeline", "/network"])
def test_a_bad_query_is_shown_above_the_form_it_was_typed_in(app, path):
    page = local_client(app).get(path, params={"q": "(Berlin", "fuzzy": "true"})
    assert page.status_code == 400
    assert "Bad query:" in page.text and 'value="(Berlin"' in page.text


def test_an_internal_error_reading_a_file_is_one_line_and_a_logged_traceback(
    tmp_path, monkeypatch, caplog
):
    def broken(*args):
        raise KeyError("a bug")

    monkeypatch.setattr(ingest_module, "process_source", broken)
    (tmp_path / "memo.txt").write_text(MEMO)
    with caplog.at_level(logging.DEBUG, logger="chancery"):
        result = ingest_module.process_path((str(tmp_path / "memo.txt"), DEFAULT), matcher=None)
    assert result.error == f"{tmp_path / 'memo.txt'}: internal error: KeyError: 'a bug'"
    logged = [r for r in caplog.records if r.name == "chancery.ingest"]
    assert logged and logged[0].exc_info[0] is KeyError
    assert "in broken" in caplog.text  # the traceback, down to the function that failed


def chancery(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "chancery.cli", *args], capture_output=True, text=True, timeout=120
    )


def test_an_error_is_one_line_and_debug_shows_its_traceback_too(tmp_path):
    missing = str(tmp_path / "missing.db")
    plain = chancery("stats", "--db", missing)
    assert plain.returncode == 1 and "Traceback" not in plain.stderr
    assert len(plain.stderr.strip().splitlines()) == 1
    debug = chancery("--debug", "stats", "--db", missing)
    assert debug.returncode == 1
    assert "Traceback" in debug.stderr and "StoreError" in debug.stderr
    assert debug.stderr.strip().splitlines()[-1] == plain.stderr.strip()
