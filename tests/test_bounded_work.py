"""Every file is read in a worker process within a time and a memory limit: a file over
either, or whose worker dies, is one error line naming it and the limit, the batch goes on,
later files are stored and the index is updated. Every hostile input is built here by code."""

import faulthandler
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from chancery import bounded
from chancery.ingest import ingest
from chancery.search.index import Searcher
from chancery.settings import DEFAULT

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="memory limits and worker signals as Linux has them",
)

GOOD = """March 3, 1961

Dear Mr. Chairman:

I write to you about the question of a nuclear test ban, which our governments have discussed at Geneva.

Sincerely,
"""  # noqa: E501 (test data)

# `chancery ingest` with the pipeline made slow, greedy or mortal for files named so: the
# limits are what is tested here, not any one stage's speed.
RUNNER = """
import os, sys, time
import chancery.ingest as ingest
real = ingest.process_source

def process_source(source, settings, matcher):
    name = os.path.basename(source.path)
    if name.startswith("slow"):
        time.sleep(600)
    if name.startswith("greedy"):
        bytearray(8 << 30)
    if name.startswith("victim"):
        with open(os.environ["VICTIM_PID"], "w") as f:
            f.write(str(os.getpid()))
        time.sleep(600)
    return real(source, settings, matcher)

ingest.process_source = process_source
from chancery.cli import main
main(sys.argv[1:], prog_name="chancery")
"""


def ingest_command(folder: Path, db: Path, *options: str, runner: bool = False) -> list[str]:
    command = [sys.executable, "-c", RUNNER] if runner else [sys.executable, "-m", "chancery.cli"]
    return command + ["ingest", str(folder), "--db", str(db), "--quiet", *options]


def run_ingest(
    folder: Path, db: Path, *options: str, runner: bool = False, timeout: float = 300, env=None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        ingest_command(folder, db, *options, runner=runner),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def ingest_at_the_victim(folder: Path, db: Path, pid_file: Path, **popen) -> subprocess.Popen:
    """`chancery ingest` with two workers, started in the background and returned once a worker
    is in the middle of the victim file (which never ends), its pid in ``pid_file``."""
    process = subprocess.Popen(
        ingest_command(folder, db, "--workers", "2", runner=True),
        env={**os.environ, "VICTIM_PID": str(pid_file)},
        **popen,
    )
    try:
        deadline = time.monotonic() + 60
        while not pid_file.exists() or not pid_file.read_text():
            assert time.monotonic() < deadline and process.poll() is None, (
                "the victim file never reached a worker"
            )
            time.sleep(0.05)
    except BaseException:
        process.kill()
        raise
    return process


def errors(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


def stored_paths(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        return sorted(Path(p).name for (p,) in connection.execute("SELECT path FROM documents"))


def folder_with(tmp_path: Path, **files: bytes | str) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        name = name.replace("__", ".")
        (folder / name).write_bytes(
            content.encode("utf-8") if isinstance(content, str) else content
        )
    return folder


def assert_batch_went_on(result, db: Path, good: list[str]) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert stored_paths(db) == sorted(good)
    assert Searcher(db).search("Geneva").total == len(good)  # the index was brought up to date


# ---- the limits, through `chancery ingest`
# ---------------------------------------------------------------


def test_a_file_over_the_time_limit_is_stopped_and_the_next_file_is_stored(tmp_path):
    folder = folder_with(
        tmp_path,
        a_good__txt=GOOD,
        slow__txt=GOOD.replace("1961", "1962"),
        z_good__txt=GOOD.replace("1961", "1963"),
    )
    started = time.monotonic()
    result = run_ingest(folder, tmp_path / "a.db", "-s", "file_seconds", "2", runner=True)
    assert time.monotonic() - started < 60  # 2 s for the file, the rest is start-up
    [line] = errors(result)
    assert "slow.txt" in line and "2 s" in line and "file_seconds" in line
    assert_batch_went_on(result, tmp_path / "a.db", ["a_good.txt", "z_good.txt"])


def test_a_file_over_the_memory_limit_is_stopped_and_the_next_file_is_stored(tmp_path):
    folder = folder_with(
        tmp_path,
        a_good__txt=GOOD,
        greedy__txt=GOOD.replace("1961", "1962"),
        z_good__txt=GOOD.replace("1961", "1963"),
    )
    result = run_ingest(folder, tmp_path / "a.db", "-s", "file_memory_mb", "600", runner=True)
    [line] = errors(result)
    assert "greedy.txt" in line and "600 MB" in line and "file_memory_mb" in line
    assert_batch_went_on(result, tmp_path / "a.db", ["a_good.txt", "z_good.txt"])


def test_a_worker_killed_mid_file_is_reported_and_ingest_with_two_workers_finishes(tmp_path):
    goods = {f"good{n:02}__txt": GOOD.replace("1961", str(1950 + n)) for n in range(12)}
    folder = folder_with(tmp_path, victim__txt=GOOD.replace("1961", "1970"), **goods)
    pid_file = tmp_path / "victim.pid"
    process = ingest_at_the_victim(
        folder,
        tmp_path / "a.db",
        pid_file,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        os.kill(int(pid_file.read_text()), signal.SIGKILL)
        out, err = process.communicate(timeout=60)  # the parent must not hang
    finally:
        if process.poll() is None:
            process.kill()
    result = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    [line] = errors(result)
    assert "victim.txt" in line and "killed" in line and "SIGKILL" in line
    assert "12 documents from 12 files" in out and "1 failed" in out
    assert_batch_went_on(result, tmp_path / "a.db", [name.replace("__", ".") for name in goods])


def test_no_worker_is_left_behind_when_ingest_is_killed_even_mid_file(tmp_path):
    goods = {f"good{n:02}__txt": GOOD.replace("1961", str(1950 + n)) for n in range(3)}
    folder = folder_with(tmp_path, victim__txt=GOOD, **goods)
    pid_file = tmp_path / "victim.pid"
    process = ingest_at_the_victim(folder, tmp_path / "a.db", pid_file)
    workers = children(process.pid)
    assert int(pid_file.read_text()) in workers
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 20
    while any(Path(f"/proc/{pid}").exists() and not zombie(pid) for pid in workers):
        assert time.monotonic() < deadline, "a worker outlived the ingest that started it"
        time.sleep(0.2)


def children(parent: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if (
            int(fields[1]) == parent
            and b"resource_tracker" not in (stat.parent / "cmdline").read_bytes()
        ):
            found.append(int(stat.parent.name))
    return found


def zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


# ---- hostile PDFs
# ----------------------------------------------------------------------------------------


def pdf_with_stream(chunks, compress: bool = True) -> bytes:
    """A one-page PDF whose content stream is the chunks given, deflated as they come (a 400 MB
    stream is never held whole)."""
    deflate = zlib.compressobj(6)
    data = b"".join(deflate.compress(chunk) for chunk in chunks) + deflate.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << "
        b"/F1 3 0 R >> >> /Contents 5 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(
        b"%010d 00000 n \n" % o for o in offsets
    )
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_a_pdf_page_of_four_million_text_operations_is_one_line_and_the_batch_goes_on(tmp_path):
    ops = pdf_with_stream([b"BT /F1 1 Tf 0 0 Td "] + [b"(a) Tj " * 100_000] * 40 + [b"ET"])
    assert len(ops) < 200_000
    folder = folder_with(
        tmp_path, a_good__txt=GOOD, ops__pdf=ops, z_good__txt=GOOD.replace("1961", "1963")
    )
    result = run_ingest(folder, tmp_path / "a.db")
    [line] = errors(result)
    assert line.startswith(f"error: {folder / 'ops.pdf'}: ") and "file_memory_mb" in line
    assert_batch_went_on(result, tmp_path / "a.db", ["a_good.txt", "z_good.txt"])


def test_a_pdf_stream_inflating_to_400_mb_is_read_within_the_limits_or_is_one_line(tmp_path):
    bomb = pdf_with_stream(
        [
            b"BT /F1 12 Tf 72 720 Td (The Secretary spoke of Geneva and of the test "
            b"ban talks.) Tj ET\n"
        ]
        + [b" " * 10_000_000] * 40
    )
    assert len(bomb) < 1_000_000
    folder = folder_with(
        tmp_path, a_good__txt=GOOD, bomb__pdf=bomb, z_good__txt=GOOD.replace("1961", "1963")
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "chancery.cli",
            "ingest",
            str(folder),
            "--db",
            str(tmp_path / "a.db"),
            "--quiet",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in result.stderr
    assert [e for e in errors(result) if "bomb.pdf" not in e] == []
    assert len(errors(result)) <= 1
    assert {"a_good.txt", "z_good.txt"} <= set(stored_paths(tmp_path / "a.db"))


def test_a_pdf_page_with_more_characters_than_the_setting_is_cut_and_flagged(tmp_path):
    crowded = pdf_with_stream(
        [b"BT /F1 1 Tf 0 0 Td "] + [b"(The Secretary spoke of Geneva. ) Tj " * 5000] + [b"ET"]
    )
    folder = folder_with(tmp_path, crowded__pdf=crowded)
    summary = ingest([folder], tmp_path / "a.db", DEFAULT.with_(max_page_chars=20_000))
    assert summary.failures == [] and summary.documents_added == 1
    with sqlite3.connect(tmp_path / "a.db") as connection:
        [(record,)] = connection.execute("SELECT record FROM documents").fetchall()
    assert "page 1 was cut at 20,000 characters" in record and "max_page_chars" in record


# ---- the worker pool itself
# ----------------------------------------------------------------------------


def sleepy(task, state):
    if task == "hang":
        time.sleep(600)
    if task == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    if task == "abort":
        # pytest's would print the stack of the abort in the middle of the report
        faulthandler.disable()
        os.abort()
    if task == "greedy":
        bytearray(8 << 30)
    return f"{state}:{task}"


def test_results_come_in_the_order_of_the_tasks_whatever_happens_to_the_workers():
    tasks = ["a", "hang", "b", "die", "c", "abort", "d", "greedy", "e"]
    limits = bounded.Limits(seconds=2, memory_mb=600)
    started = time.monotonic()
    outcomes = list(bounded.run(sleepy, tasks, 2, limits, setup=str, setup_args=("set up",)))
    assert time.monotonic() - started < 30
    assert [task for task, _ in outcomes] == tasks
    got = dict(outcomes)
    assert [got[t] for t in "abcde"] == [f"set up:{t}" for t in "abcde"]
    assert "2 s" in got["hang"].reason and "file_seconds" in got["hang"].reason
    assert "SIGKILL" in got["die"].reason
    assert "SIGABRT" in got["abort"].reason and "file_memory_mb" in got["abort"].reason
    assert "600 MB" in got["greedy"].reason and "file_memory_mb" in got["greedy"].reason
