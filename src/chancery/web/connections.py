"""Connections that cannot hold the server: time limits on reading a request, and a cap on
open connections that sheds the idle ones first.

uvicorn bounds the size of a request's head but not the time it takes to arrive: a client
that connects and sends a header line every few seconds (slowloris) keeps its connection,
and its file descriptor, forever. On the probe of issue 12, 19,990 such connections left
the server none to accept real clients with. So each connection here is uvicorn's own
(httptools) protocol with three additions:

* the head of a request must arrive within ``header_seconds`` of the connection opening,
  or of the previous answer on a kept-alive connection; else the connection is closed;
* a request body may pause for at most ``body_seconds`` (unless the app is not reading it);
* past ``max_connections`` (or what the open-file limit allows), a new connection closes
  the oldest one still waiting for a request head: the cheapest to lose, and what a flood
  of half-open connections is made of. Only when every connection is busy with a request
  is the new one refused.

uvicorn's ``limit_concurrency`` was not used: it answers 503 to every request past its
limit, the real clients' included, while the half-open connections keep their places.
"""

from __future__ import annotations

from ..settings import Settings

try:
    import resource
except ImportError:  # pragma: no cover (Windows: no open-file limit to raise)
    resource = None  # type: ignore[assignment]  # checked before use

RESERVED_FILES = 64  # descriptors kept for the store, the index, the log and the listening sockets


def raise_open_file_limit() -> int | None:
    """Raise this process's soft limit on open files to its hard limit (often 1,024 of
    several hundred thousand); returns the limit now in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or hard > soft:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
        except (ValueError, OSError):
            pass
    return soft


def connection_cap(settings: Settings) -> int:
    """The most connections to keep open: the setting, or fewer if the open-file limit is lower."""
    files = raise_open_file_limit()
    if files is None or files == resource.RLIM_INFINITY:
        return settings.max_connections
    return max(16, min(settings.max_connections, files - RESERVED_FILES))


def guarded_protocol(settings: Settings, cap: int | None = None):
    """uvicorn's httptools protocol class with the time limits and the cap of ``settings``
    (one class per server: the connections waiting for a head are its own)."""
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    most = connection_cap(settings) if cap is None else cap
    header_seconds, body_seconds = settings.header_seconds, settings.body_seconds
    waiting: dict = {}  # connections waiting for a request head, oldest first (dicts keep order)

    class GuardedProtocol(HttpToolsProtocol):
        guard_timer = None
        in_body = False

        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            if len(self.connections) > most:
                oldest = next(iter(waiting), None)
                if oldest is None:  # every connection is busy with a request: refuse this one
                    transport.close()
                    return
                oldest.give_up()
            self.await_head()

        def connection_lost(self, exc) -> None:
            waiting.pop(self, None)
            self.disarm()
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self.in_body:
                self.arm(body_seconds)  # a pause in a body is measured from the last piece of it
            super().data_received(data)

        def on_message_begin(self) -> None:
            super().on_message_begin()
            if self not in waiting:
                self.await_head()

        def on_headers_complete(self) -> None:
            waiting.pop(self, None)
            self.in_body = True
            self.arm(body_seconds)
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            self.in_body = False
            self.disarm()
            super().on_message_complete()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self.await_head()  # kept alive: the next request's head is timed from now

        def await_head(self) -> None:
            waiting[self] = None
            self.arm(header_seconds)

        def arm(self, seconds: float) -> None:
            self.disarm()
            self.guard_timer = self.loop.call_later(seconds, self.too_slow)

        def disarm(self) -> None:
            if self.guard_timer is not None:
                self.guard_timer.cancel()
                self.guard_timer = None

        def too_slow(self) -> None:
            self.guard_timer = None
            if self.in_body and self.flow.read_paused:  # the app is behind, not the client
                self.arm(body_seconds)
                return
            self.give_up()

        def give_up(self) -> None:
            waiting.pop(self, None)
            self.disarm()
            if not self.transport.is_closing():
                self.transport.close()

    return GuardedProtocol
