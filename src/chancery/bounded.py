"""Work in worker processes, each task with a wall-clock and a memory limit.

``run`` hands each long-lived worker process its task (and the next, so that it never waits
for one) over a pipe, and waits on the pipes and the processes together, with the nearest
deadline as its timeout. A task
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
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

STOP_SECONDS = 5  # a worker asked to stop that has not after this long is killed
DEPTH = 2  # tasks handed to a worker at once: the one it is on and the next


@dataclass(frozen=True)
class Limits:
    seconds: float  # wall-clock time for one task
    # address space a worker may add to what it holds when set up (Linux; elsewhere not enforced)
    memory_mb: float


@dataclass
class Failed:
    """A task that did not finish: ``reason`` completes "<task>: ..." in one line."""

    reason: str


@dataclass
class Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection  # the parent's end of the pipe


def over_memory(limits: Limits) -> str:
    return (
        f"needed more than the {limits.memory_mb:g} MB of memory a file may use (setting "
        f"file_memory_mb)"
    )


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
            "SIGABRT": f"aborted, most likely on running out of its {limits.memory_mb:g} MB of "
            f"memory (setting file_memory_mb)",
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
    limit_memory(
        limits.memory_mb
    )  # after the setup (the matcher) and the thread: the budget is the files' own
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


def run(
    function,
    tasks: list,
    workers: int,
    limits: Limits,
    setup=None,
    setup_args: tuple = (),
    method: str | None = None,
    ahead: int = 8,
):
    """``function(task, setup(*setup_args))`` for each task in up to ``workers`` processes;
    yields ``(task, result or Failed)`` in the order of ``tasks`` whatever happens to a worker.

    Each worker has its next task waiting (DEPTH) so that it never idles while this process
    stores a result: a task's clock starts when the one before it on its worker is answered,
    and when a worker dies or is stopped, the task it was on fails and the one waiting goes to
    another worker. At most ``ahead`` tasks per worker are handed out beyond the oldest
    unanswered one, so a slow task does not leave the others' results piling up in memory."""
    context = multiprocessing.get_context(method or default_method())
    tasks = list(tasks)
    done: dict[int, object] = {}
    pending = deque(range(len(tasks)))  # not handed to a worker yet, in order
    queues: dict[
        int, tuple[Worker, deque]
    ] = {}  # id(worker) → (worker, indexes handed to it, oldest first)
    deadlines: dict[int, float] = {}  # id(worker) → when the task it is on must be answered by
    handed_back = 0

    def start() -> Worker:
        ours, theirs = context.Pipe()
        # Every concrete context has Process; typeshed's BaseContext does not say so.
        process = context.Process(  # type: ignore[attr-defined]
            target=serve,
            args=(theirs, function, setup, setup_args, limits, os.getpid()),
            daemon=True,
        )
        process.start()
        theirs.close()
        return Worker(process, ours)

    def hand_out() -> None:
        while pending and pending[0] - handed_back < ahead * workers:
            free = [(len(q), key) for key, (w, q) in queues.items() if len(q) < DEPTH]
            if free and (min(free)[0] == 0 or len(queues) >= workers):
                key = min(free)[1]
            elif len(queues) < workers:
                worker = start()
                key = id(worker)
                queues[key] = (worker, deque())
            else:
                return
            worker, queue = queues[key]
            index = pending.popleft()
            try:
                worker.conn.send(tasks[index])
            except (
                BrokenPipeError,
                ConnectionResetError,
            ):  # died just now: its sentinel says so below
                pass
            if not queue:
                deadlines[key] = time.monotonic() + limits.seconds
            queue.append(index)

    def retire(key: int, outcome=None) -> None:
        """Take a worker out: the task it was on gets ``outcome`` (if any), the ones waiting go
        back."""
        worker, queue = queues.pop(key)
        deadlines.pop(key, None)
        if outcome is not None and queue:
            done[queue.popleft()] = outcome
        pending.extendleft(reversed(queue))
        if queue:
            pending_sorted = sorted(pending)
            pending.clear()
            pending.extend(pending_sorted)
        stop(worker)

    try:
        while handed_back < len(tasks):
            hand_out()
            while handed_back in done:
                yield tasks[handed_back], done.pop(handed_back)
                handed_back += 1
            busy = {key: entry for key, entry in queues.items() if entry[1]}
            if not busy:
                continue
            nearest = min(deadlines[key] for key in busy)
            watched = [w.conn for w, _ in busy.values()] + [
                w.process.sentinel for w, _ in busy.values()
            ]
            ready = set(wait(watched, max(0.0, nearest - time.monotonic())))
            now = time.monotonic()
            for key, (worker, queue) in busy.items():
                if worker.conn in ready:
                    try:
                        result, leaving = worker.conn.recv()
                    except (EOFError, OSError):  # died before or while answering
                        worker.process.join(STOP_SECONDS)
                        retire(key, Failed(died(worker.process.exitcode, limits)))
                        continue
                    done[queue.popleft()] = result
                    deadlines[key] = time.monotonic() + limits.seconds
                    if leaving:
                        retire(key)
                elif worker.process.sentinel in ready:
                    worker.process.join()
                    retire(key, Failed(died(worker.process.exitcode, limits)))
                elif now >= deadlines[key]:
                    worker.process.kill()
                    retire(key, Failed(over_time(limits)))
    finally:
        for worker, queue in queues.values():
            if queue:
                worker.process.kill()
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
