"""Several server processes on one port, each with a listening socket of its own.

uvicorn's own workers share one socket, and whichever worker wakes first accepts every
connection waiting: a burst of 50 kept-alive clients was seen landing 50/0 or 32/18 on two
workers, and the busy one answered twice as slowly while the other idled. With a socket per
worker bound with SO_REUSEPORT, Linux spreads new connections across them by a hash of each
connection instead.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from pathlib import Path

from ..errors import ChanceryError
from ..settings import Settings
from ..store import is_url

STOP_SECONDS = 15  # then a worker that has not finished its requests is killed


class WorkerFailed(ChanceryError, RuntimeError):
    """A server worker exited as it started (its error is on stderr)."""


def spreads_connections() -> bool:
    """Whether this system spreads connections over sockets sharing a port (macOS's does not)."""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def address_family(host: str) -> socket.AddressFamily:
    """IPv6 for an IPv6 address (``::1``), else IPv4: as uvicorn chooses."""
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def shared_port_socket(host: str, port: int) -> socket.socket:
    sock = socket.socket(address_family(host))
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def run_worker(
    db_path: str,
    host: str,
    port: int,
    settings: Settings,
    upload_token: str | None,
    sock: socket.socket | None,
    parent: int,
    ready,
) -> None:
    """One worker process with its own app and searcher, on its own socket unless given the
    parent's. It sets ``ready`` once it has both, and stops on SIGTERM or when the parent is
    gone."""
    import uvicorn

    from .app import QUIET, create_app
    from .connections import guarded_protocol

    # Out of the terminal's process group: Ctrl-C reaches the parent alone, which then stops each
    # worker once (a second signal makes uvicorn end in a traceback).
    os.setpgid(0, 0)
    threading.Thread(target=exit_with_parent, args=(parent,), daemon=True).start()
    sock = sock or shared_port_socket(host, port)
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(db_path, settings, upload_token, host),
            http=guarded_protocol(settings),
            **QUIET,
        )
    )
    ready.set()
    server.run(sockets=[sock])


def exit_with_parent(parent: int) -> None:
    """Stop this worker if the server process is gone: killed outright, it could not stop us."""
    while os.getppid() == parent:
        time.sleep(1)
    os.kill(os.getpid(), signal.SIGTERM)


def serve_workers(
    db_path: str | Path,
    host: str,
    port: int,
    settings: Settings,
    workers: int,
    upload_token: str | None,
) -> None:
    """Run ``workers`` processes until Ctrl-C or SIGTERM; a worker that dies is replaced.

    Raises WorkerFailed when a worker exits as it starts (its error is on stderr)."""
    context = multiprocessing.get_context("spawn")  # no forked copies of this process's state
    # Elsewhere than Linux the workers share one socket, as uvicorn's do.
    shared = (
        None
        if spreads_connections()
        else socket.create_server((host, port), family=address_family(host))
    )
    archive = str(db_path) if is_url(db_path) else str(Path(db_path).resolve())
    args = (archive, host, port, settings, upload_token, shared)
    stopping = []
    previous = {
        sig: signal.signal(sig, lambda number, frame: stopping.append(number))
        for sig in (signal.SIGINT, signal.SIGTERM)
    }

    def start():
        ready = context.Event()
        process = context.Process(target=run_worker, args=(*args, os.getpid(), ready))
        process.start()
        return process, ready

    running = [start() for _ in range(workers)]
    failure = None
    try:
        while not stopping and failure is None:
            time.sleep(0.2)
            for n, (process, ready) in enumerate(running):
                if process.is_alive() or stopping:
                    continue
                if not ready.is_set():
                    failure = (
                        f"a server worker stopped as it started (exit code {process.exitcode})"
                    )
                    break
                print(
                    f"chancery: server worker {process.pid} died (exit code {process.exitcode}); "
                    "starting another",
                    file=sys.stderr,
                )
                running[n] = start()
    finally:
        for process, _ in running:
            if process.is_alive():
                process.terminate()  # SIGTERM: uvicorn finishes the requests under way
        deadline = time.monotonic() + STOP_SECONDS
        for process, _ in running:
            process.join(max(0.1, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if failure:
        raise WorkerFailed(failure)
