"""`chancery serve` holds under abuse: half-open connections (slowloris) neither starve real
clients nor stay forever; a connection cap sheds the idle first; requests naming a host the
server does not answer to are refused; every answer carries the security headers."""

import http.client
import os
import resource
import signal
import socket
import statistics
import subprocess
import threading
import time
from pathlib import Path

import pytest

from browser_archive import answers, build_synthetic_archive, chancery_command, free_port
from chancery.settings import DEFAULT
from chancery.web.app import create_app
from chancery.web.limits import host_name, trusted_hosts
from helpers import local_client

# a request head never finished
HALF_OPEN = b"GET /api/search?q=Berlin HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    return build_synthetic_archive(tmp_path_factory.mktemp("abuse"), count=60, hostile=False)


def serve(archive: Path, *settings: str):
    port = free_port()
    process = subprocess.Popen(
        chancery_command() + ["serve", "--db", str(archive), "--port", str(port), *settings],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    assert answers(f"http://127.0.0.1:{port}", process, 60), process.communicate(timeout=10)[0]
    return process, port


def stop(process) -> None:
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def open_files_for(count: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < count:
        if hard != resource.RLIM_INFINITY and hard < count:
            pytest.skip(f"this test needs {count} open files; the hard limit here is {hard}")
        resource.setrlimit(resource.RLIMIT_NOFILE, (count, hard))


def half_open(port: int, count: int) -> list[socket.socket]:
    sockets = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.sendall(HALF_OPEN)
        sockets.append(s)
    return sockets


def still_open(sockets: list[socket.socket]) -> int:
    """How many the server has not closed (a closed one reads as end of file, after any answer)."""
    alive = 0
    for s in sockets:
        s.setblocking(False)
        try:
            while s.recv(65536):
                pass
        except BlockingIOError:
            alive += 1
        except OSError:
            pass
    return alive


def search_clients(port: int, clients: int = 20, each: int = 20) -> tuple[list[float], list]:
    """``clients`` threads, each sending ``each`` searches on connections of its own; (seconds per
    answer, failures)."""
    seconds, failures = [], []

    def client(n: int) -> None:
        for i in range(each):
            started = time.monotonic()
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request("GET", f"/api/search?q=the+Secretary+{n}+{i}&limit=5")
                answer = connection.getresponse()
                answer.read()
                connection.close()
                if answer.status != 200:
                    failures.append(answer.status)
            except OSError as e:
                failures.append(repr(e))
            seconds.append(time.monotonic() - started)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return seconds, failures


def p95_ms(seconds: list[float]) -> float:
    return statistics.quantiles(seconds, n=20)[-1] * 1000


def close_all(sockets: list[socket.socket]) -> None:
    for s in sockets:
        s.close()


# ---- slowloris
# -------------------------------------------------------------------------------------------


def test_every_search_is_answered_while_2000_half_open_connections_are_held(archive):
    open_files_for(2000 + 200)
    process, port = serve(archive)
    sockets = []
    try:
        sockets = half_open(port, 2000)
        seconds, failures = search_clients(port)
        assert failures == []
        assert len(seconds) == 400
        print(
            f"\n2000 half-open connections held; 20 clients, 400 searches: p95 "
            f"{p95_ms(seconds):.1f} ms, "
            f"median {statistics.median(seconds) * 1000:.1f} ms"
        )
        assert still_open(sockets) == 2000  # under the cap, and within header_seconds: all kept
    finally:
        close_all(sockets)
        stop(process)


def test_past_the_connection_cap_the_half_open_go_first_and_searches_are_answered(archive):
    open_files_for(1000 + 200)
    process, port = serve(archive, "-s", "max_connections", "300")
    sockets = []
    try:
        sockets = half_open(port, 1000)
        seconds, failures = search_clients(port, clients=20, each=5)
        assert failures == [] and len(seconds) == 100
        assert still_open(sockets) <= 300  # the oldest were closed to make room
    finally:
        close_all(sockets)
        stop(process)


def test_a_request_head_or_body_slower_than_its_limit_is_closed(archive):
    process, port = serve(
        archive, "-s", "header_seconds", "1", "-s", "body_seconds", "1", "--upload-token", "t0ken"
    )
    sockets = []
    try:
        sockets = half_open(port, 20)
        body = socket.create_connection(
            ("127.0.0.1", port), timeout=10
        )  # an upload that stops half way
        body.sendall(
            b"POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer t0ken\r\n"
            b"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n"
            b'--b\r\nContent-Disposition: form-data; name="file"; '
            b'filename="m.txt"\r\n\r\nThe Secretary said'
        )
        sockets.append(body)
        time.sleep(0.3)
        assert still_open(sockets) == 21
        deadline = time.monotonic() + 10
        while still_open(sockets) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert still_open(sockets) == 0
        assert search_clients(port, clients=2, each=2)[1] == []  # and the server goes on answering
    finally:
        close_all(sockets)
        stop(process)


def test_a_kept_alive_connection_that_trickles_its_next_request_is_closed(archive):
    process, port = serve(archive, "-s", "header_seconds", "2")
    try:
        connection = socket.create_connection(("127.0.0.1", port), timeout=10)
        connection.sendall(b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert read_answer(connection).startswith(b"HTTP/1.1 200")
        started = time.monotonic()
        try:
            for byte in (
                b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            ):  # a byte a second: uvicorn's keep-alive timer restarts on each
                connection.sendall(bytes([byte]))
                time.sleep(0.5)
        except OSError:
            pass
        assert connection.recv(65536) == b""
        assert time.monotonic() - started < 10
    finally:
        stop(process)


def read_answer(connection: socket.socket) -> bytes:
    """One whole answer (head and Content-Length bytes of body) from a raw connection."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += connection.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(body) < length:
        body += connection.recv(65536)
    return data


# ---- hosts and headers
# -------------------------------------------------------------------------------


def test_hosts_the_server_answers_to():
    assert trusted_hosts(DEFAULT) == {"127.0.0.1", "localhost", "::1"}
    assert trusted_hosts(DEFAULT, "10.0.0.5") == {"127.0.0.1", "localhost", "::1", "10.0.0.5"}
    assert trusted_hosts(DEFAULT, "0.0.0.0") == {"127.0.0.1", "localhost", "::1"}
    assert "archive.example.org" in trusted_hosts(
        DEFAULT.with_named([("trusted_hosts", "Archive.example.org, x")])
    )
    assert trusted_hosts(DEFAULT.with_named([("trusted_hosts", "*")])) is None
    assert [host_name(h) for h in (b"127.0.0.1:8080", b"[::1]:8080", b"LocalHost", b"::1")] == [
        "127.0.0.1",
        "::1",
        "localhost",
        "::1",
    ]


@pytest.fixture(scope="module")
def app(archive):
    return create_app(archive)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.1:8080", "localhost:8080", "[::1]:8080"])
def test_loopback_hosts_are_answered(app, host):
    assert local_client(app).get("/api/stats", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.", ""]
)
def test_a_host_the_server_does_not_answer_to_is_400(app, host):
    answer = local_client(app).get("/people", headers={"Host": host}, follow_redirects=False)
    assert answer.status_code == 400
    assert "trusted_hosts" in answer.json()["detail"]
    assert "location" not in answer.headers  # no redirect is ever built on a name the client chose


def test_trusted_hosts_setting_adds_names(archive):
    client = local_client(
        create_app(archive, DEFAULT.with_named([("trusted_hosts", "archive.example.org")]))
    )
    assert client.get("/api/stats", headers={"Host": "archive.example.org"}).status_code == 200
    assert client.get("/api/stats", headers={"Host": "evil.example"}).status_code == 400


def test_the_host_served_on_is_answered(archive):
    assert (
        local_client(create_app(archive, host="192.0.2.7"))
        .get("/api/stats", headers={"Host": "192.0.2.7:8080"})
        .status_code
        == 200
    )


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?q=Berlin",
        "/api/search?q=Berlin",
        "/people",
        "/static/style.css",
        "/docs",
        "/no/such/page",
        "/api/search?q=Berlin%20AND",
        "/api/search?limit=0",
    ],
)
def test_every_answer_carries_the_security_headers(app, path):
    answer = local_client(app).get(path)
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["referrer-policy"] == "no-referrer"
    assert answer.headers["x-content-type-options"] == "nosniff"


def test_refusals_carry_the_security_headers_too(app):
    for answer in (
        local_client(app).get("/api/stats", headers={"Host": "evil.example"}),
        local_client(app).get("/?q=" + "x" * 10_000),
    ):
        assert answer.status_code in (400, 414)
        assert answer.headers["x-frame-options"] == "DENY"


def test_a_person_offset_too_big_for_the_index_is_refused_not_a_500(app):
    answer = local_client(app).get(
        "/api/people/rusk-dean", params={"offset": "99999999999999999999"}
    )
    assert answer.status_code == 422
    assert "offset" in answer.text
