"""POST /api/ingest: there only with a token; bounded in size and type; the same pipeline as
`chancery ingest`."""

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import helpers
from chancery.search.index import Searcher
from chancery.settings import DEFAULT
from chancery.web.app import create_app
from chancery.web.upload import safe_label, upload_router
from helpers import local_client

TOKEN = "s3cret-upload-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

SEED = """Memorandum of Conversation

DATE: April 3, 1961

SUBJECT: Berlin

The Secretary said that Berlin was not negotiable. The Ambassador replied that his government wished to discuss it.
"""  # noqa: E501 (test data)

TELEGRAM = """Telegram from the Embassy in Moscow

The Ambassador reported on his conversation with Khrushchev about the test ban and about Laos.
"""


@pytest.fixture
def archive(tmp_path) -> Path:
    helpers.archive(tmp_path, named={"seed.txt": SEED}).close()
    return tmp_path / "a.db"


def uploading_app(db_path, settings=DEFAULT, token=TOKEN, **options):
    app = create_app(db_path, settings)
    app.include_router(upload_router(db_path, settings, token, **options))
    return app


@pytest.fixture
def client(archive) -> TestClient:
    return local_client(uploading_app(archive))


def send(client, name, data, headers=AUTH):
    return client.post(
        "/api/ingest", files={"file": (name, data, "application/octet-stream")}, headers=headers
    )


def stored_files(db_path) -> list[tuple]:
    db = sqlite3.connect(db_path)
    try:
        return db.execute("SELECT path, format FROM files ORDER BY path").fetchall()
    finally:
        db.close()


def search_total(client, q, wait=3.0) -> int:
    """Total hits for q, waiting up to ``wait`` seconds for the index reader to see a new commit."""
    deadline = time.monotonic() + wait
    while True:
        total = client.get("/api/search", params={"q": q}).json()["total"]
        if total or time.monotonic() > deadline:
            return total
        time.sleep(0.05)


def app_searcher(app) -> Searcher | None:
    """The Searcher that create_app keeps in its route closures (it exposes it nowhere else)."""
    seen, todo = set(), [route.endpoint for route in app.routes if hasattr(route, "endpoint")]
    while todo:
        fn = todo.pop()
        if id(fn) in seen:
            continue
        seen.add(id(fn))
        for cell in getattr(fn, "__closure__", None) or ():
            try:
                value = cell.cell_contents
            except ValueError:
                continue
            if isinstance(value, Searcher):
                return value
            if callable(value):
                todo.append(value)
    return None


# ---- there only with a token --------------------------------------------------------------


def test_without_a_token_there_is_no_upload_route(archive):
    client = local_client(create_app(archive))
    answer = client.post("/api/ingest", files={"file": ("a.txt", TELEGRAM.encode())}, headers=AUTH)
    assert answer.status_code == 404 and "started without --upload-token" in answer.json()["detail"]
    assert len(stored_files(archive)) == 1


def test_an_empty_token_is_refused_when_building_the_router(archive):
    with pytest.raises(ValueError):
        upload_router(archive, DEFAULT, "")


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": ""},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer wrong"},
        {"Authorization": f"Bearer {TOKEN[:-1]}"},
        {"Authorization": f"Bearer {TOKEN}x"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": TOKEN},
        {"Authorization": f"Bearer {TOKEN}".encode("latin-1") + b"\xe9"},
        {"X-Token": TOKEN},
    ],
)
def test_no_or_wrong_token_is_401_and_nothing_is_stored(client, archive, headers):
    answer = send(client, "telegram.txt", TELEGRAM.encode(), headers=headers)
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "Bearer"
    assert "token" in answer.json()["detail"]
    assert len(stored_files(archive)) == 1


def test_the_token_scheme_is_case_insensitive(client):
    assert (
        send(
            client, "telegram.txt", TELEGRAM.encode(), headers={"Authorization": f"bearer {TOKEN}"}
        ).status_code
        == 201
    )


# ---- a good file -----------------------------------------------------------------------------


def test_a_good_file_is_added_indexed_and_found(client, archive):
    answer = send(client, "telegram.txt", TELEGRAM.encode())
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["file"] == "telegram.txt"
    assert body["indexed"] == len(body["documents"]) >= 1
    [doc] = body["documents"]
    assert set(doc) == {"id", "type", "title"}
    assert doc["type"] == "telegram"
    record = client.get(f"/api/documents/{doc['id']}").json()
    assert record["source"]["path"] == "telegram.txt"
    assert "Khrushchev" in record["text"]
    assert ("telegram.txt", "text") in stored_files(archive)
    assert (
        search_total(client, "Khrushchev") == 1
    )  # the server's reader sees the commit within ~0.5 s


def test_on_indexed_lets_the_server_see_new_documents_at_once(archive):
    app = create_app(archive)
    searcher = app_searcher(app)
    if searcher is None:
        pytest.skip("create_app keeps its Searcher where this test cannot find it")
    calls = []

    def reload():
        calls.append(1)
        searcher.index.reload()

    app.include_router(upload_router(archive, DEFAULT, TOKEN, on_indexed=reload))
    client = local_client(app)
    assert send(client, "telegram.txt", TELEGRAM.encode()).status_code == 201
    assert calls == [1]
    assert client.get("/api/search", params={"q": "Khrushchev"}).json()["total"] == 1  # no waiting


def test_the_same_file_twice_is_already_in_the_archive(client, archive):
    first = send(client, "telegram.txt", TELEGRAM.encode()).json()
    again = send(client, "other-name.txt", TELEGRAM.encode())
    assert again.status_code == 200
    assert again.json()["detail"] == "already in the archive"
    assert again.json()["documents"] == first["documents"]
    assert len(stored_files(archive)) == 2
    seed = (Path(archive).parent / "in" / "seed.txt").read_bytes()
    assert (
        send(client, "seed.txt", seed).status_code == 200
    )  # what `chancery ingest` stored counts too


def test_a_file_without_a_suffix_is_read_as_text_as_by_ingest(client):
    assert send(client, "TELEGRAM", TELEGRAM.encode()).status_code == 201


# ---- the filename is only a label ------------------------------------------------------------


@pytest.mark.parametrize(
    "given, label",
    [
        ("../../evil.txt", "evil.txt"),
        ("..\\..\\windows\\evil.txt", "evil.txt"),
        ("/etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\x\\memo.txt", "memo.txt"),
        (".hidden.txt", "hidden.txt"),
        ("memo\x00.txt", "memo.txt"),
        ("memo\n\r\t.txt", "memo.txt"),
        ("\u202etxt.exe", "txt.exe"),
        ("../..", ""),
        ("x" * 500 + ".txt", "x" * 196 + ".txt"),
        ("Телеграмма.txt", "Телеграмма.txt"),
    ],
)
def test_safe_label(given, label):
    assert safe_label(given) == label


def test_a_path_in_the_filename_is_stored_only_as_a_label(client, archive, tmp_path):
    answer = send(client, "../../evil.txt", TELEGRAM.encode())
    assert answer.status_code == 201
    assert answer.json()["file"] == "evil.txt"
    [doc] = answer.json()["documents"]
    assert client.get(f"/api/documents/{doc['id']}").json()["source"]["path"] == "evil.txt"
    assert ("evil.txt", "text") in stored_files(archive)
    for folder in (tmp_path, tmp_path.parent, tmp_path.parent.parent):
        assert not (folder / "evil.txt").exists()


def test_a_filename_that_is_only_dots_gets_a_neutral_label(client):
    answer = send(client, "../..", TELEGRAM.encode())
    assert answer.status_code == 201
    assert answer.json()["file"] == "upload"


# ---- type and size limits ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["tool.exe", "evil.txt.exe", "run.sh", "doc.docx", "archive.zip", "x.TXT.php"]
)
def test_unsupported_types_are_415(client, archive, name):
    answer = send(client, name, TELEGRAM.encode())
    assert answer.status_code == 415
    assert "unsupported type" in answer.json()["detail"]
    assert len(stored_files(archive)) == 1


def test_suffixes_are_case_insensitive(client):
    assert send(client, "TELEGRAM.TXT", TELEGRAM.encode()).status_code == 201


def test_a_body_that_is_not_multipart_is_415(client):
    answer = client.post(
        "/api/ingest", content=TELEGRAM.encode(), headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert answer.status_code == 415
    answer = client.post("/api/ingest", json={"file": TELEGRAM}, headers=AUTH)
    assert answer.status_code == 415


@pytest.fixture
def temp_folder(tmp_path, monkeypatch) -> Path:
    """Temporary files of the upload go here, so a test can see that none are left behind."""
    import tempfile

    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_a_file_over_the_limit_is_413_and_leaves_nothing(archive, temp_folder):
    settings = DEFAULT.with_(max_upload_mb=0.01)  # 10 KiB
    client = local_client(uploading_app(archive, settings))
    big = (TELEGRAM * 200).encode()
    assert len(big) > 0.01 * 1024 * 1024
    answer = send(client, "big.txt", big)
    assert answer.status_code == 413
    assert "upload limit" in answer.json()["detail"]
    assert len(stored_files(archive)) == 1
    assert list(temp_folder.iterdir()) == []
    assert send(client, "small.txt", TELEGRAM.encode()).status_code == 201
    assert list(temp_folder.iterdir()) == []


def test_a_streamed_body_without_length_is_cut_off_at_the_limit(archive, temp_folder):
    client = local_client(uploading_app(archive, DEFAULT.with_(max_upload_mb=0.01)))

    def body():
        yield b'--XYZ\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n\r\n'
        for _ in range(1000):  # 1 MB in all, far over the limit
            yield b"word " * 200
        yield b"\r\n--XYZ--\r\n"

    answer = client.post(
        "/api/ingest",
        content=body(),
        headers={**AUTH, "Content-Type": "multipart/form-data; boundary=XYZ"},
    )
    assert answer.status_code == 413
    assert "content-length" not in {k.lower() for k in answer.request.headers}
    assert len(stored_files(archive)) == 1
    assert list(temp_folder.iterdir()) == []


def test_the_upload_limit_is_also_bounded_by_max_file_mb(archive):
    client = local_client(
        uploading_app(archive, DEFAULT.with_(max_upload_mb=100.0, max_file_mb=0.01))
    )
    assert send(client, "big.txt", (TELEGRAM * 200).encode()).status_code == 413


# ---- files that cannot be read, bodies that are not right
# ------------------------------------------


def test_a_file_that_cannot_be_read_is_422_with_the_reason_and_no_server_path(client, archive):
    answer = send(client, "binary.txt", bytes(range(256)) * 40)
    assert answer.status_code == 422
    detail = answer.json()["detail"]
    assert detail.startswith("binary.txt: ")
    assert "chancery-upload" not in detail and "/tmp" not in detail and "upload.txt" not in detail
    assert (
        client.get("/api/stats").json()["failures"] == 1
    )  # recorded as `chancery ingest` records it


def test_a_damaged_pdf_is_422(client):
    answer = send(client, "scan.pdf", b"%PDF-1.4\n" + b"\x00garbage" * 100)
    assert answer.status_code == 422
    assert answer.json()["detail"].startswith("scan.pdf: ")


def test_an_xml_bomb_is_422(client):
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b '
        b'"&a;&a;&a;&a;">]><x>&b;</x>'
    )
    answer = send(client, "bomb.xml", bomb)
    assert answer.status_code == 422
    assert "DTD" in answer.json()["detail"] or "entit" in answer.json()["detail"]


def test_an_upload_over_the_memory_limit_is_422_and_the_server_goes_on(archive):
    """A PDF page of 4,000,000 text operations took pdfium 3.2 GB, inside the serving process;
    now a worker of its own takes it, within file_memory_mb, and the server only hears why."""
    from test_bounded_work import pdf_with_stream

    client = local_client(uploading_app(archive, DEFAULT.with_(file_memory_mb=400)))
    page = pdf_with_stream([b"BT /F1 1 Tf 0 0 Td "] + [b"(a) Tj " * 100_000] * 40 + [b"ET"])
    answer = send(client, "page.pdf", page)
    assert answer.status_code == 422
    assert (
        answer.json()["detail"].startswith("page.pdf: ")
        and "file_memory_mb" in answer.json()["detail"]
    )
    assert client.get("/api/search", params={"q": "Berlin"}).json()["total"] == 1
    assert send(client, "next.txt", TELEGRAM.encode()).status_code == 201


def test_uploads_are_read_in_a_spawned_worker_not_in_the_serving_process(archive, monkeypatch):
    import chancery.web.upload as upload

    seen = []
    real = upload.processed
    monkeypatch.setattr(upload, "processed", lambda *a, **k: seen.append(k) or real(*a, **k))
    assert send(local_client(uploading_app(archive)), "t.txt", TELEGRAM.encode()).status_code == 201
    assert (
        seen and seen[0]["method"] == "spawn"
    )  # a process of its own, not a fork of this threaded one


def test_an_empty_file_is_422(client):
    assert send(client, "empty.txt", b"").status_code == 422


@pytest.mark.parametrize(
    "body",
    [
        b"not multipart at all",
        # cut short
        b'--XYZ\r\nContent-Disposition: form-data; name="file"; '
        b'filename="a.txt"\r\n\r\nThe Ambassador reported',
        # no file field
        b'--XYZ\r\nContent-Disposition: form-data; name="other"\r\n\r\nvalue\r\n--XYZ--\r\n',
        # no filename
        b'--XYZ\r\nContent-Disposition: form-data; name="file"\r\n\r\nnot a file '
        b"part\r\n--XYZ--\r\n",
        b"--XYZ--\r\n",
        b"",
    ],
)
def test_malformed_multipart_bodies_are_422(client, archive, body):
    answer = client.post(
        "/api/ingest",
        content=body,
        headers={**AUTH, "Content-Type": "multipart/form-data; boundary=XYZ"},
    )
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"]
    assert len(stored_files(archive)) == 1


def test_a_multipart_type_without_boundary_is_415(client):
    answer = client.post(
        "/api/ingest", content=b"x", headers={**AUTH, "Content-Type": "multipart/form-data"}
    )
    assert answer.status_code == 415


def test_two_files_in_one_request_are_422(client, archive):
    files = [("file", ("a.txt", TELEGRAM.encode())), ("file", ("b.txt", SEED.encode()))]
    answer = client.post("/api/ingest", files=files, headers=AUTH)
    assert answer.status_code == 422
    assert "one file" in answer.json()["detail"]
    assert len(stored_files(archive)) == 1


def test_other_fields_beside_the_file_are_ignored(client):
    answer = client.post(
        "/api/ingest",
        data={"note": "x" * 1000},
        files={"file": ("t.txt", TELEGRAM.encode())},
        headers=AUTH,
    )
    assert answer.status_code == 201


# ---- writes are serialized
# ----------------------------------------------------------------------------


def test_concurrent_uploads_are_all_stored_and_indexed(archive):
    app = uploading_app(archive)
    answers = {}

    def upload(i):
        text = TELEGRAM.replace("Laos", f"Laos and topic{i}word")
        answers[i] = send(local_client(app), f"t{i}.txt", text.encode())

    threads = [threading.Thread(target=upload, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(a.status_code for a in answers.values()) == [201] * 6
    assert all("warning" not in a.json() for a in answers.values())
    assert len(stored_files(archive)) == 7
    searcher = Searcher(archive)
    for i in range(6):
        assert searcher.search(f"topic{i}word").total == 1


def test_the_upload_route_is_documented(client):
    spec = client.get("/openapi.json").json()
    assert "multipart/form-data" in spec["paths"]["/api/ingest"]["post"]["requestBody"]["content"]
