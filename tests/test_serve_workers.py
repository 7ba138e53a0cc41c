"""`chancery serve --workers N`: N processes on one port, with the settings given, replaced
when one dies, stopped together, never left behind."""

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

import helpers
from browser_archive import answers, chancery_command, free_port
from chancery.settings import DEFAULT
from chancery.web.workers import WorkerFailed, serve_workers

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads worker processes from /proc (Linux)"
)


def worker_pids(parent: int) -> list[int]:
    """The server's worker processes (not multiprocessing's resource tracker)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            command = (stat.parent / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == parent and b"spawn_main" in command:
            pids.append(int(stat.parent.name))
    return pids


def listeners(port: int) -> int:
    rows = Path("/proc/net/tcp").read_text().splitlines()[1:]
    return sum(
        1 for row in rows if row.split()[1].endswith(f":{port:04X}") and row.split()[3] == "0A"
    )  # 0A: LISTEN


def eventually(check, timeout: float = 30):
    """``check()``'s first true answer within ``timeout`` seconds (workers start one by one)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if answer := check():
            return answer
        time.sleep(0.2)
    return check()


def gone(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    return (
        not stat.exists() or stat.read_text().rsplit(")", 1)[1].split()[0] == "Z"
    )  # a zombie has stopped


def get(port: int, path: str) -> int:
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=10
    )  # a fresh connection: either worker answers
    connection.request("GET", path)
    status = connection.getresponse().status
    connection.close()
    return status


@pytest.fixture
def archive(tmp_path) -> Path:
    memo = "MEMORANDUM\n\nThe Secretary discussed disarmament with the Ambassador.\n"
    helpers.archive(tmp_path, memo).close()
    return tmp_path / "a.db"


@pytest.fixture
def server(archive):
    """`chancery serve --workers 2 -s max_query_chars 12` in a session of its own, all of which
    is killed afterwards whatever the test did."""
    port = free_port()
    process = subprocess.Popen(
        chancery_command()
        + [
            "serve",
            "--db",
            str(archive),
            "--port",
            str(port),
            "--workers",
            "2",
            "-s",
            "max_query_chars",
            "12",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        assert answers(f"http://127.0.0.1:{port}", process, 60)
        assert eventually(lambda: len(worker_pids(process.pid)) == 2 and listeners(port) == 2)
        yield process, port
    finally:
        for group in [
            process.pid,
            *worker_pids(process.pid),
        ]:  # the server's session, each worker's own group
            try:
                os.killpg(group, signal.SIGKILL)
            except ProcessLookupError:
                pass
        process.wait()


def test_workers_listen_on_a_socket_each_and_take_the_settings_given(server):
    process, port = server
    assert listeners(port) == 2  # a socket each: the kernel spreads connections over them
    assert [get(port, "/api/search?q=disarmament") for _ in range(10)] == [200] * 10
    assert (
        get(port, "/api/search?q=disarmament+AND+Secretary") == 422
    )  # the 12-character limit reached every worker


def test_ctrl_c_stops_every_worker_and_the_server_exits_cleanly(server):
    process, port = server
    workers = worker_pids(process.pid)
    os.killpg(process.pid, signal.SIGINT)  # a terminal's Ctrl-C: the whole foreground group
    output, _ = process.communicate(timeout=30)
    assert process.returncode == 0
    assert b"Traceback" not in output
    assert eventually(lambda: all(gone(pid) for pid in workers), 10)


def test_a_worker_that_dies_while_serving_is_replaced(server):
    process, port = server
    first, second = worker_pids(process.pid)
    os.kill(first, signal.SIGKILL)

    def replaced() -> list[int] | None:
        # one reading of the workers, judged and kept: the list may change between readings
        pids = worker_pids(process.pid)
        return pids if len(pids) == 2 and first not in pids and listeners(port) == 2 else None

    pids = eventually(replaced)
    assert pids
    replacement = next(pid for pid in pids if pid != second)
    os.kill(
        replacement, signal.SIGKILL
    )  # at once again: a worker that was serving is replaced, however young
    assert eventually(
        lambda: len(worker_pids(process.pid)) == 2 and replacement not in worker_pids(process.pid)
    )
    assert process.poll() is None and get(port, "/api/search?q=disarmament") == 200


def test_workers_stop_when_the_server_process_is_killed_outright(server):
    process, port = server
    workers = worker_pids(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert eventually(lambda: all(gone(pid) for pid in workers), 15)


def test_a_worker_that_cannot_start_stops_the_server_with_an_error(tmp_path):
    with pytest.raises(WorkerFailed, match="stopped as it started"):
        serve_workers(tmp_path / "missing.db", "127.0.0.1", free_port(), DEFAULT, 2, None)


def test_serve_starts_on_a_port_whose_last_connections_are_still_closing(archive):
    port = free_port()
    with socket.create_server(("127.0.0.1", port)) as listening:
        client = socket.create_connection(("127.0.0.1", port))
        accepted, _ = listening.accept()
        # the server's side closes first and waits in TIME_WAIT, as after a restart
        accepted.close()
        client.close()
    process = subprocess.Popen(
        chancery_command() + ["serve", "--db", str(archive), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        assert answers(f"http://127.0.0.1:{port}", process, 60), process.communicate(timeout=10)[0]
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
