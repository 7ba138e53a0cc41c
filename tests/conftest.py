import contextlib
import itertools
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


def shared_folder(folder: Path, pattern: str, what: str) -> Path:
    """A folder of ../shared the test reads: absent, the test is skipped; there but without a
    file matching ``pattern``, the test fails (it would otherwise pass on an empty loop)."""
    if not folder.is_dir():
        pytest.skip(f"{what} are not here ({folder} is absent)")
    if not any(folder.glob(pattern)):
        pytest.fail(f"{folder} holds no {pattern} files: {what} cannot be checked")
    return folder


@pytest.fixture
def seeds_dir() -> Path:
    return shared_folder(SHARED / "seeds", "*.txt", "the sample documents")


@pytest.fixture
def seed_gold_dir() -> Path:
    return shared_folder(SHARED / "gold" / "seeds", "*.json", "the gold files")


@pytest.fixture(scope="session")
def real_report():
    """The evaluator's report on ../shared/real (real records with hand-checked gold), run once."""
    from chancery.devtools.evaluate import evaluate

    docs = shared_folder(SHARED / "real" / "docs", "*", "the real documents")
    gold = shared_folder(SHARED / "real" / "gold", "*.json", "the real documents' gold files")
    return evaluate(gold, docs_dir=docs)


# ---- the two stores: every test taking ``archive_target`` runs against SQLite and PostgreSQL ----

STORES = ["sqlite", "postgresql"]


def postgres_binaries() -> Path | None:
    """The folder of Debian's PostgreSQL programs (initdb and pg_ctl are not on PATH there), the
    newest."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """A PostgreSQL server of the test session's own: a temporary data folder, run by an
    unprivileged user (initdb refuses root), listening on 127.0.0.1 only (no Unix socket),
    with a password made up for the session. Durability is off: it is thrown away at the end."""

    def __init__(self, binaries: Path):
        self.binaries = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="chancery-postgres-"))
        self.user = "nobody" if os.geteuid() == 0 else None  # root runs the server as nobody
        self.password = secrets.token_hex(16)
        self.databases = itertools.count(1)
        self.port = 0

    def run(self, *command: str) -> subprocess.CompletedProcess:
        as_user = ["runuser", "-u", self.user, "--"] if self.user else []
        return subprocess.run(
            [*as_user, *command], cwd=self.folder, capture_output=True, text=True, timeout=120
        )

    def start(self) -> None:
        if self.user:
            shutil.chown(self.folder, self.user)
        password_file = self.folder / "password"
        password_file.write_text(self.password)
        if self.user:
            shutil.chown(password_file, self.user)
        made = self.run(
            str(self.binaries / "initdb"),
            "-D",
            str(self.folder / "data"),
            "-U",
            "chancery",
            f"--pwfile={password_file}",
            "-A",
            "scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        password_file.unlink()
        if made.returncode:
            raise RuntimeError(f"initdb failed: {made.stderr.strip() or made.stdout.strip()}")
        for _ in range(3):  # a port found free may be taken before the server binds it
            self.port = free_port()
            options = (
                f"-c listen_addresses=127.0.0.1 -p {self.port} -c "
                f"unix_socket_directories='' -c max_connections=300"
                " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            started = self.run(
                str(self.binaries / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-l",
                str(self.folder / "log"),
                "-w",
                "-t",
                "60",
                "-o",
                options,
                "start",
            )
            if started.returncode == 0:
                return
        raise RuntimeError(
            f"pg_ctl could not start the server: "
            f"{(self.folder / 'log').read_text(errors='replace')[-2000:]}"
        )

    def url(self, database: str) -> str:
        return f"postgresql://chancery:{self.password}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """The URL of a new, empty database."""
        import psycopg
        from psycopg import sql

        name = f"archive{next(self.databases)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as admin:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def restart(self) -> None:
        """Stop at once, as a crash would (in-flight transactions are lost, recovery runs on
        starting), and start again on the same port."""
        restarted = self.run(
            str(self.binaries / "pg_ctl"),
            "-D",
            str(self.folder / "data"),
            "-m",
            "immediate",
            "-l",
            str(self.folder / "log"),
            "-w",
            "-t",
            "60",
            "restart",
        )  # fmt: skip (the log file: the server must not keep pg_ctl's output open)
        if restarted.returncode:
            raise RuntimeError(f"pg_ctl could not restart the server: {restarted.stderr.strip()}")

    def stop(self) -> None:
        if self.port:
            self.run(
                str(self.binaries / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "immediate",
                "stop",
            )
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def running_postgres_server():
    """A PostgreSQL server started for the tests and stopped after (the test skips, saying why,
    where one cannot be started)."""
    binaries = postgres_binaries()
    if binaries is None:
        pytest.skip(
            "PostgreSQL is not installed (Debian's postgresql package; `make test` "
            "installs it with apt): PostgreSQL store tests skipped"
        )
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip(
            "running as root without runuser, PostgreSQL cannot be started as an "
            "unprivileged user: PostgreSQL store tests skipped"
        )
    server = PostgresServer(binaries)
    try:
        server.start()
    except (OSError, RuntimeError, subprocess.TimeoutExpired) as e:
        server.stop()
        pytest.skip(f"PostgreSQL could not be started here ({e}): PostgreSQL store tests skipped")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_server():
    with running_postgres_server() as server:
        yield server


@pytest.fixture
def own_postgres_server():
    """A server of the test's own, for a test that restarts it under the others' feet."""
    with running_postgres_server() as server:
        yield server


def new_target(store: str, folder: Path, request) -> str:
    """A new archive's target in ``folder``: an SQLite file's path, or a new PostgreSQL database's
    URL."""
    if store == "sqlite":
        return str(folder / f"archive{next(SQLITE_NAMES)}.db")
    return request.getfixturevalue("postgres_server").new_database()


SQLITE_NAMES = itertools.count(1)


@pytest.fixture(params=STORES)
def new_archive(request, tmp_path, monkeypatch):
    """Makes targets of new archives in one store (the test runs once per store). A PostgreSQL
    archive keeps its index in the working directory: the test's own folder."""
    monkeypatch.chdir(tmp_path)
    return lambda: new_target(request.param, tmp_path, request)


@pytest.fixture
def archive_target(new_archive) -> str:
    """The target of a new archive: a path for SQLite, a URL of an empty database for PostgreSQL."""
    return new_archive()


@pytest.fixture(scope="module", params=STORES)
def module_archive_target(request, tmp_path_factory):
    """As ``archive_target``, for a module's shared archive (the module's tests run in its
    folder)."""
    folder = tmp_path_factory.mktemp("archive")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        yield new_target(request.param, folder, request)
