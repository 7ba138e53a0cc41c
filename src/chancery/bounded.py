"""Work in worker processes, each task with a wall-clock and a memory limit.

``run`` hands tasks one at a time to long-lived worker processes over a pipe and waits on
the pipes and the processes together, with the nearest deadline as its timeout. A task
over its time is stopped by killing its worker; a worker that dies (killed, out of memory,
a library aborting) is seen through its sentinel; either way the task is reported as
``Failed`` with the reason, a new worker takes the next task, and the caller goes on.

Why not the standard pools: ``multiprocessing.Pool`` waits forever for a task whose worker
died (``chancery ingest --workers 2`` hung so), and ``ProcessPoolExecutor`` can neither
stop one task that runs too long nor tell which of the tasks in flight killed its worker
(every one fails with BrokenProcessPool). Why not a process per task: measured on the
bench corpus, a forked process per file took 21 ms a file against 5 ms in a long-lived
worker (each child starts cold), and a spawned one 300 ms.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import wait

STOP_SECONDS = 5  # a worker asked to stop that has not after this long is killed


@dataclass(frozen=True)
class Limits:
    seconds: float  # wall-clock time for one task
    memory_mb: float  # address space a worker may add to what it holds when set up (Linux; elsewhere not enforced)


@dataclass
class Failed:
    """A task that did not finish: ``reason`` completes "<task>: ..." in one line."""

    reason: str


@dataclass
class Worker:
    process: multiprocessing.process.BaseProcess
    conn: object  # the parent's end of the pipe


def over_memory(limits: Limits) -> str:
    return f"needed more than the {limits.memory_mb:g} MB of memory a file may use (setting file_memory_mb)"


def over_time(limits: Limits) -> str:
    return f"not done within {limits.seconds:g} s (setting file_seconds); stopped"


def died(exitcode: int | None, limits: Limits) -> str:
    """Why a worker stopped, in words: a signal's name, with what usually sends it."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        why = {
            "SIGKILL": "killed: out of memory, or stopped by another process",
            "SIGABRT": f"aborted, most likely on running out of its {limits.memory_mb:g} MB of memory (setting file_memory_mb)",
            "SIGSEGV": "crashed",
            "SIGBUS": "crashed",
        }.get(name, "stopped")
        return f"the worker reading it was {why} ({name})"
    return f"the worker reading it exited unexpectedly (exit code {exitcode})"


def address_space() -> int | None:
    """This process's address space in bytes (Linux), or None where it cannot be read."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def limit_memory(memory_mb: float) -> None:
    """Cap this process's address space at what it holds now plus ``memory_mb``: an allocation
    past it fails (MemoryError in Python, an abort in some libraries) instead of the machine
    swapping or the kernel killing something else. Counted from what it holds now, because a
    forked worker starts with its parent's whole address space (a big library caller, or
    pytest after a thousand tests, holds gigabytes it will never touch)."""
    try:
        import resource
    except ImportError:  # pragma: no cover (Windows)
        return
    limit = (address_space() or 0) + int(memory_mb * 1024 * 1024)
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def serve(conn, function, setup, setup_args, limits: Limits, parent: int) -> None:
    """A worker's life: set up once, then answer tasks until told to stop (None) or the pipe
    closes. After a MemoryError the worker answers and exits, so that no later task inherits
    a heap left fragmented near the limit."""
    # Ctrl-C reaches the whole foreground group: the parent decides what stops, not each worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=exit_with_parent, args=(parent,), daemon=True).start()
    state = setup(*setup_args) if setup else None
    limit_memory(limits.memory_mb)  # after the setup (the matcher) and the thread: the budget is the files' own
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            result, retire = function(task, state), False
        except MemoryError:
            result, retire = Failed(over_memory(limits)), True
        try:
            conn.send((result, retire))
        except MemoryError:
            conn.send((Failed(over_memory(limits)), True))
            retire = True
        if retire:
            return


def exit_with_parent(parent: int) -> None:
    """End this worker, whatever it is doing, once the process that started it is gone: killed
    outright, it could not stop us, and a forked worker holds copies of its siblings' pipes,
    so no pipe closes to tell it."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def default_method() -> str:
    # Fork is fastest where it is safe to use (the caller's state is inherited, nothing is
    # pickled); macOS and Windows spawn.
    return "fork" if sys.platform.startswith("linux") else "spawn"


def run(function, tasks: list, workers: int, limits: Limits, setup=None, setup_args: tuple = (), method: str | None = None, ahead: int = 8):
    """``function(task, setup(*setup_args))`` for each task in up to ``workers`` processes;
    yields ``(task, result or Failed)`` in the order of ``tasks`` whatever happens to a worker.

    At most ``ahead`` tasks per worker are started beyond the oldest unfinished one, so a
    slow task does not leave the others' results piling up in memory."""
    context = multiprocessing.get_context(method or default_method())
    tasks = list(tasks)
    done: dict[int, object] = {}
    idle: list[Worker] = []
    busy: dict[int, tuple[Worker, int, float]] = {}  # id(worker) → (worker, task index, deadline)
    started = handed_back = 0

    def start() -> Worker:
        ours, theirs = context.Pipe()
        process = context.Process(target=serve, args=(theirs, function, setup, setup_args, limits, os.getpid()), daemon=True)
        process.start()
        theirs.close()
        return Worker(process, ours)

    def finish(worker: Worker, index: int, outcome) -> None:
        done[index] = outcome
        del busy[id(worker)]

    try:
        while handed_back < len(tasks):
            while started < len(tasks) and len(busy) < workers and started - handed_back < ahead * workers:
                worker = idle.pop() if idle else None
                if worker is not None and not worker.process.is_alive():
                    stop(worker)  # died while idle: nothing of the caller's was lost
                    worker = None
                worker = worker or start()
                try:
                    worker.conn.send(tasks[started])
                except (BrokenPipeError, ConnectionResetError):  # died just now: the next loop reports it
                    pass
                busy[id(worker)] = (worker, started, time.monotonic() + limits.seconds)
                started += 1
            while handed_back in done:
                yield tasks[handed_back], done.pop(handed_back)
                handed_back += 1
            if not busy:
                continue
            nearest = min(deadline for _, _, deadline in busy.values())
            ready = set(wait([w.conn for w, _, _ in busy.values()] + [w.process.sentinel for w, _, _ in busy.values()], max(0.0, nearest - time.monotonic())))
            now = time.monotonic()
            for worker, index, deadline in list(busy.values()):
                if worker.conn in ready:
                    try:
                        result, retire = worker.conn.recv()
                    except (EOFError, OSError):  # died before or while answering
                        worker.process.join(STOP_SECONDS)
                        finish(worker, index, Failed(died(worker.process.exitcode, limits)))
                        stop(worker)
                        continue
                    finish(worker, index, result)
                    if retire:
                        stop(worker)
                    else:
                        idle.append(worker)
                elif worker.process.sentinel in ready:
                    worker.process.join()
                    finish(worker, index, Failed(died(worker.process.exitcode, limits)))
                    stop(worker)
                elif now >= deadline:
                    worker.process.kill()
                    finish(worker, index, Failed(over_time(limits)))
                    stop(worker)
    finally:
        for worker, _, _ in busy.values():
            worker.process.kill()
        for worker in idle + [w for w, _, _ in busy.values()]:
            stop(worker)


def stop(worker: Worker) -> None:
    """Ask a worker to stop, and make sure it has: never leave a process behind."""
    try:
        if worker.process.is_alive():
            worker.conn.send(None)
    except OSError:
        pass
    worker.process.join(STOP_SECONDS)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join()
    worker.conn.close()
    worker.process.close()
