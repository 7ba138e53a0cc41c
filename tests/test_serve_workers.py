"""`chancery serve --workers N`: N processes on one port, with the settings given, stopped together."""

import http.client
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from browser_archive import answers, chancery_command, free_port
from chancery.cli import main
from chancery.settings import DEFAULT
from chancery.web.workers import WorkerFailed, serve_workers

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads worker processes from /proc (Linux)")


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


def listeners(port: int, timeout: float = 30) -> int:
    """Sockets listening on a loopback port once they stop increasing (workers start one by one)."""
    deadline, count = time.monotonic() + timeout, 0
    while time.monotonic() < deadline:
        rows = Path("/proc/net/tcp").read_text().splitlines()[1:]
        count = sum(1 for row in rows if row.split()[1].endswith(f":{port:04X}") and row.split()[3] == "0A")  # 0A: LISTEN
        if count >= 2:
            return count
        time.sleep(0.2)
    return count


def test_workers_answer_on_one_port_with_the_settings_given_and_stop_on_ctrl_c(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "m.txt").write_text("MEMORANDUM\n\nThe Secretary discussed disarmament with the Ambassador.\n")
    db = tmp_path / "a.db"
    assert CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", str(db), "--quiet"]).exit_code == 0
    port = free_port()
    server = subprocess.Popen(
        chancery_command() + ["serve", "--db", str(db), "--port", str(port), "--workers", "2", "-s", "max_query_chars", "12"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        assert answers(f"http://127.0.0.1:{port}", server, 60)
        workers = worker_pids(server.pid)
        assert len(workers) == 2
        assert listeners(port) == 2  # a socket each: the kernel spreads connections over them
        statuses = []
        for q in ["disarmament"] * 10 + ["disarmament AND Secretary"]:  # a fresh connection each: either worker answers
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request("GET", f"/api/search?q={q.replace(' ', '+')}")
            statuses.append(connection.getresponse().status)
            connection.close()
        assert statuses == [200] * 10 + [422]  # the 12-character limit reached every worker
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 0
        assert not any(Path(f"/proc/{pid}").exists() for pid in workers)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def test_a_worker_that_cannot_start_stops_the_server_with_an_error(tmp_path):
    with pytest.raises(WorkerFailed, match="stopped as it started"):
        serve_workers(tmp_path / "missing.db", "127.0.0.1", free_port(), DEFAULT, 2, None)
