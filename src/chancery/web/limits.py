"""Request limits as plain ASGI middleware: 413 for a body over the limit, 414 for an over-long URL;
and the header that stops browsers guessing content types.

A declared Content-Length over the limit is refused before the body is read; a body sent
without one (chunked) is counted as it streams in and refused when it passes the limit,
so no request body larger than the limit is ever handed to the app.
"""

from __future__ import annotations

import json

from ..settings import Settings


class BodyTooLarge(Exception):
    pass


async def respond(send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), (b"connection", b"close")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def request_limit(settings: Settings) -> int:
    """The largest request body worth reading: an upload at the limit, with room for the multipart framing."""
    return int(settings.max_upload_mb * 1024 * 1024) + 64 * 1024


class BodyLimit:
    def __init__(self, app, max_bytes: int, max_url_chars: int = 8192):
        self.app = app
        self.max_bytes = max_bytes
        self.max_url_chars = max_url_chars

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        url = len(scope.get("raw_path") or scope["path"].encode()) + len(scope.get("query_string") or b"")
        if url > self.max_url_chars:
            return await respond(send, 414, f"the URL is {url} characters long; the limit is {self.max_url_chars}")
        lengths = {value.strip() for name, value in scope.get("headers", []) if name.lower() == b"content-length"}
        if lengths and (len(lengths) > 1 or not next(iter(lengths)).isdigit()):
            return await respond(send, 400, "invalid Content-Length header")
        if lengths and int(next(iter(lengths))) > self.max_bytes:
            return await respond(send, 413, f"the request body is over the {self.max_bytes} byte limit")

        received = 0
        started = refused = False

        async def limited_receive():
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    if not started and not refused:
                        await respond(send, 413, f"the request body is over the {self.max_bytes} byte limit")
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


class NoSniff:
    """JSON answers carry document text as written: never let a browser guess it is HTML.
    (Plain ASGI: Starlette's decorator middleware costs more per request than the search.)"""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_header(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"x-content-type-options", b"nosniff")]
            await send(message)

        await self.app(scope, receive, with_header)
