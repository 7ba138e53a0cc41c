"""Request limits as plain ASGI middleware: 413 for a body over the limit, 414 for an over-long URL,
400 for a Host the server does not answer to; and the headers that keep browsers from guessing
content types, framing the pages, running scripts or sending our URLs elsewhere.

A declared Content-Length over the limit is refused before the body is read; a body sent
without one (chunked) is counted as it streams in and refused when it passes the limit,
so no request body larger than the limit is ever handed to the app.
"""

from __future__ import annotations

import json

from ..errors import ChanceryError
from ..settings import Settings


class BodyTooLarge(ChanceryError):
    """A request body over the limit (the middleware below has answered 413 already)."""

    http_status = 413


async def respond(send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def request_limit(settings: Settings) -> int:
    """The largest request body worth reading: an upload at the limit, with room for the multipart
    framing."""
    return int(settings.max_upload_mb * 1024 * 1024) + 64 * 1024


class BodyLimit:
    def __init__(self, app, max_bytes: int, max_url_chars: int = 8192):
        self.app = app
        self.max_bytes = max_bytes
        self.max_url_chars = max_url_chars

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        url = len(scope.get("raw_path") or scope["path"].encode()) + len(
            scope.get("query_string") or b""
        )
        if url > self.max_url_chars:
            return await respond(
                send, 414, f"the URL is {url} characters long; the limit is {self.max_url_chars}"
            )
        lengths = {
            value.strip()
            for name, value in scope.get("headers", [])
            if name.lower() == b"content-length"
        }
        if lengths and (len(lengths) > 1 or not next(iter(lengths)).isdigit()):
            return await respond(send, 400, "invalid Content-Length header")
        if lengths and int(next(iter(lengths))) > self.max_bytes:
            return await respond(
                send, 413, f"the request body is over the {self.max_bytes} byte limit"
            )

        received = 0
        started = refused = False

        async def limited_receive():
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    if not started and not refused:
                        await respond(
                            send, 413, f"the request body is over the {self.max_bytes} byte limit"
                        )
                        refused = True
                    raise BodyTooLarge()
            return message

        async def tracked_send(message):
            nonlocal started
            if refused:
                return  # the 413 has been sent: whatever the app answers after it is dropped
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracked_send)
        except Exception as e:
            # The app may let BodyTooLarge through or turn it into an error of its own.
            if not (refused or isinstance(e, BodyTooLarge)):
                raise


# Every page is server-rendered with no script, one stylesheet of our own and inline SVG: a
# browser may load nothing else, run nothing, be framed by no one, and post forms only here.
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        b"frame-ancestors 'none'; base-uri 'none'",
    ),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),  # a search's words are in its URL: they stay here
]


class SecurityHeaders:
    """The headers above on every answer, JSON, pages, files and errors alike.
    (Plain ASGI: Starlette's decorator middleware costs more per request than the search.)"""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


def trusted_hosts(settings: Settings, bound_host: str | None = None) -> frozenset[str] | None:
    """The host names a server answers to, lowercase: the loopback names, the host it listens
    on (unless it listens on every address) and the ``trusted_hosts`` setting; None for any
    ("*")."""
    extra = {h.strip().lower().strip("[]") for h in settings.trusted_hosts.split(",") if h.strip()}
    if "*" in extra:
        return None
    if bound_host and bound_host not in ("0.0.0.0", "::", ""):
        extra.add(bound_host.lower().strip("[]"))
    return frozenset({*LOOPBACK_NAMES, *extra})


def host_name(header: bytes) -> str:
    """The name in a Host header, without its port: "[::1]:8080" → "::1", "Example.org:80" →
    "example.org"."""
    value = header.decode("latin-1").strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class TrustedHosts:
    """400 for a request whose Host header names no host this server answers to: a page of a
    local archive must not be readable from a web site whose name was made to point at
    127.0.0.1 (DNS rebinding), and a redirect must never be built on a name a client chose."""

    def __init__(self, app, hosts: frozenset[str] | None):
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or self.hosts is None:
            return await self.app(scope, receive, send)
        given = [value for name, value in scope.get("headers", []) if name.lower() == b"host"]
        if len(given) != 1 or host_name(given[0]) not in self.hosts:
            named = host_name(given[0]) if len(given) == 1 else "no single Host header"
            return await respond(
                send, 400, f"this server does not answer to {named[:100]!r} (setting trusted_hosts)"
            )
        await self.app(scope, receive, send)
