"""Shared by the browser tests and scripts/screenshots.py: a small archive, a served archive, a
browser.

The browser is Debian's chromium (found on PATH), driven by Playwright; Playwright's own
browser downloads are never used.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# A document of our own whose text carries markup: the pages must show it as text, never run it.
HOSTILE_WORD = "Quillmarsh"
HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_TEXT = f"""MEMORANDUM FOR THE RECORD

DATE: March 3, 1962

SUBJECT: Courier parcel at the {HOSTILE_WORD} legation

The courier delivered a parcel to the {HOSTILE_WORD} legation marked {HOSTILE_SCRIPT} on its wrapping,
and a card reading <img src=x onerror="window.__pwned=2"> was found inside. The legation
reported the matter to the Department the same evening and asked for instructions.

The parcel was returned unopened. No further action is planned at the {HOSTILE_WORD} legation.
"""  # noqa: E501 (test data)


def chancery_command() -> list[str]:
    """The chancery command of the interpreter running us (the project's venv)."""
    script = Path(sys.executable).with_name("chancery")
    return [str(script)] if script.exists() else [sys.executable, "-m", "chancery.cli"]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def run(args: list[str]) -> None:
    subprocess.run(
        chancery_command() + args,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def build_synthetic_archive(
    folder: Path,
    count: int = 60,
    seed: int = 7,
    words: int = 400,
    hostile: bool = True,
    ocr_noise: float = 0.0,
    more: tuple[Path, ...] = (),
) -> Path:
    """Synthetic documents (plus, if asked, the hostile one, and the folders ``more``), ingested
    into folder/archive.db."""
    folder.mkdir(parents=True, exist_ok=True)
    run(
        [
            "synth",
            "--count",
            str(count),
            "--out",
            str(folder / "synth"),
            "--seed",
            str(seed),
            "--words",
            str(words),
            "--ocr-noise",
            str(ocr_noise),
        ]
    )
    if hostile:
        (folder / "synth" / "docs" / "zz_hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    db = folder / "archive.db"
    run(["ingest", str(folder / "synth" / "docs"), *map(str, more), "--db", str(db), "--quiet"])
    return db


def build_demo_archive(folder: Path, seeds: Path | None = None) -> Path:
    """The archive `make demo` builds (400 synthetic documents of seed 2026, and the sample
    documents when ``seeds`` is given): its network is the busiest a page draws, 40 people."""
    more = (seeds,) if seeds and seeds.is_dir() else ()
    return build_synthetic_archive(
        folder, count=400, seed=2026, words=1000, hostile=False, ocr_noise=0.03, more=more
    )


def build_archive_of(paths: list[Path], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "archive.db"
    run(["ingest", *map(str, paths), "--db", str(db), "--quiet"])
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers(base: str, proc: subprocess.Popen, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(base + "/api/stats", timeout=2) as answer:
                if answer.status == 200:
                    return True
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.1)
    return False


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def served(db: Path, timeout: float = 30.0):
    """`chancery serve` on a free loopback port; yields the base URL once it answers."""
    for _attempt in range(3):
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        with open(db.with_suffix(f".serve-{port}.log"), "w+") as log:
            proc = subprocess.Popen(
                chancery_command()
                + ["serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
                stdout=log,
                stderr=subprocess.STDOUT,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
            try:
                if not answers(base, proc, timeout):
                    stop(proc)
                    log.seek(0)
                    output = log.read()
                    if "address already in use" in output.lower():
                        # someone took the port between our check and the bind: try another
                        continue
                    raise RuntimeError(f"chancery serve did not answer on {base}:\n{output}")
                yield base
                return
            finally:
                stop(proc)
    raise RuntimeError("chancery serve could not bind a free port")


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
