"""POST /api/ingest: add one file to the archive over HTTP, served only when an upload token is set.

The server is read-only by default; ``create_app`` includes this router only when it is
given a token. The request must carry ``Authorization: Bearer TOKEN`` and the file as the
multipart field ``file``. The body is parsed as it streams in, straight to a temporary
file, and refused as soon as the file grows past ``max_upload_mb`` (or ``max_file_mb``,
whichever is smaller), so an oversized upload is never held whole, in memory or on disk.
The file's name is only a label: the path parts are dropped and the suffix picks the
reader, as in ``chancery ingest``. The file then goes through the same steps as one file
of ``chancery ingest``: read and processed in a worker process of its own, within the time
and memory limits (``file_seconds``, ``file_memory_mb``), then stored (``store_results``)
and indexed. The worker is spawned, not forked: this process runs threads (forking one
copies locks another thread may hold), and the 0.3 s a spawn costs is small beside an
upload. The serving process only waits for it, on a thread of the upload's own, so a slow
upload takes none of the threads that answer searches. Uploads are written one at a time
(``WRITE_LOCK``): the index has one writer.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.requests import ClientDisconnect

from ..ingest import IngestSummary, processed, store_results
from ..read import SUPPORTED_SUFFIXES
from ..search import index as search_index
from ..settings import Settings
from ..store import open_store

try:  # python-multipart >= 0.0.13; older releases install the module as ``multipart``
    from python_multipart.exceptions import FormParserError
    from python_multipart.multipart import MultipartParser, parse_options_header
except ImportError:  # pragma: no cover
    from multipart.exceptions import FormParserError  # type: ignore[import-untyped,no-redef]
    from multipart.multipart import (  # type: ignore[import-untyped,no-redef]
        MultipartParser,
        parse_options_header,
    )

FILE_FIELD = "file"  # the multipart form field that holds the uploaded file
MAX_LABEL_CHARS = 200
FORM_OVERHEAD = 64 * 1024  # multipart boundaries and part headers, on top of the file itself

WRITE_LOCK = threading.Lock()  # one upload at a time in this process, whatever the archive


def safe_label(filename: str) -> str:
    """The uploaded file's name reduced to a label: no folders, no control characters, no leading
    dots."""
    name = re.split(r"[\\/]", filename)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip().lstrip(".").strip()
    if len(name) > MAX_LABEL_CHARS:
        suffix = Path(name).suffix[:16]
        name = name[: MAX_LABEL_CHARS - len(suffix)] + suffix
    return name


@dataclass
class Upload:
    label: str
    path: Path
    size: int
    sha256: str


def refuse(status: int, detail: str, **headers) -> HTTPException:
    return HTTPException(status_code=status, detail=detail, headers=headers or None)


async def receive_file(request: Request, folder: Path, max_bytes: int) -> Upload:
    """Stream the multipart body, writing the part named ``file`` to a file in ``folder``."""
    content_type = request.headers.get("content-type", "")
    kind, options = parse_options_header(content_type)
    if kind != b"multipart/form-data" or not options.get(b"boundary"):
        raise refuse(415, f"send the file as multipart/form-data, in the field {FILE_FIELD!r}")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes + FORM_OVERHEAD:
        raise refuse(413, too_big(max_bytes))

    part = SimpleNamespace(disposition=b"", header=b"", value=b"", target=False)
    found: dict = {}
    digest = hashlib.sha256()

    def on_part_begin():
        part.disposition, part.header, part.value, part.target = b"", b"", b"", False

    def on_header_field(data, start, end):
        part.header += data[start:end]

    def on_header_value(data, start, end):
        part.value += data[start:end]

    def on_header_end():
        if part.header.lower() == b"content-disposition":
            part.disposition = part.value
        part.header, part.value = b"", b""

    def on_headers_finished():
        _, params = parse_options_header(part.disposition)
        if params.get(b"name") != FILE_FIELD.encode() or b"filename" not in params:
            return  # another field: its data is read and dropped (the whole body is bounded)
        if "label" in found:
            raise refuse(422, f"send one file per request, in the field {FILE_FIELD!r}")
        label = safe_label(params[b"filename"].decode("utf-8", "replace")) or "upload"
        suffix = Path(label).suffix.lower()
        if (
            suffix not in SUPPORTED_SUFFIXES
        ):  # "" is there: a file without a suffix is read as text, as by ingest
            known = ", ".join(sorted(s for s in SUPPORTED_SUFFIXES if s))
            raise refuse(
                415,
                f"{label}: unsupported type {suffix!r}; accepted: {known} "
                "(or no suffix, for plain text)",
            )
        found["label"] = label
        found["path"] = folder / f"upload{suffix}"
        found["file"] = open(found["path"], "wb")
        found["size"] = 0
        part.target = True

    def on_part_data(data, start, end):
        if not part.target:
            return
        found["size"] += end - start
        if found["size"] > max_bytes:
            raise refuse(413, too_big(max_bytes))
        digest.update(data[start:end])
        found["file"].write(data[start:end])

    def on_part_end():
        if part.target:
            found["complete"] = True

    callbacks: Any = {  # the parser's MultipartCallbacks
        "on_part_begin": on_part_begin,
        "on_header_field": on_header_field,
        "on_header_value": on_header_value,
        "on_header_end": on_header_end,
        "on_headers_finished": on_headers_finished,
        "on_part_data": on_part_data,
        "on_part_end": on_part_end,
    }
    received = 0
    try:
        parser = MultipartParser(options[b"boundary"], callbacks)
        async for chunk in request.stream():
            received += len(chunk)
            if received > max_bytes + FORM_OVERHEAD:
                raise refuse(413, too_big(max_bytes))
            parser.write(chunk)
        parser.finalize()
    except FormParserError as e:
        raise refuse(422, f"malformed multipart body: {e}") from None
    except ClientDisconnect:
        raise refuse(400, "the client went away before the file was sent") from None
    finally:
        if "file" in found:
            found["file"].close()
    if "label" not in found:
        raise refuse(422, f"no file in the field {FILE_FIELD!r} (send it as multipart/form-data)")
    if not found.get("complete"):
        raise refuse(422, f"{found['label']}: the request ended before the file did")
    if found["size"] == 0:
        raise refuse(422, f"{found['label']}: file is empty")
    return Upload(found["label"], found["path"], found["size"], digest.hexdigest())


def too_big(max_bytes: int) -> str:
    return (
        f"file is over the {max_bytes / 1024 / 1024:.3g} MB upload limit "
        "(settings max_upload_mb, max_file_mb)"
    )


def ingest_upload(
    db_path: str, settings: Settings, upload: Upload, on_indexed=None
) -> tuple[int, dict]:
    """Store and index one uploaded file, as ``chancery ingest`` does one file; (status, answer)."""
    known = {"detail": "already in the archive", "file": upload.label, "sha256": upload.sha256}
    with WRITE_LOCK:
        db = open_store(db_path, create=False, connections=1)
        try:
            if db.has_file(upload.sha256):
                return 200, {**known, "documents": db.file_documents(upload.sha256)}
            persons = db.load_authority()  # None: the registry chancery ships
            settings = settings.for_archive(db)  # a scan's pages go to the archive's OCR cache
            [result] = processed(
                [(str(upload.path), settings)], settings, persons, workers=1, method="spawn"
            )
            # The temporary file's path must not reach the archive or the client: the label
            # stands for it.
            result.path = upload.label
            if result.error:
                result.error = result.error.replace(str(upload.path), upload.label)
            for record in result.records:
                record.source.path = upload.label
            summary = IngestSummary(db_path=db.name, files_seen=1)
            store_results(db, [result], summary, SimpleNamespace(update=lambda n=1: None), None)
            if result.error:
                return 422, {"detail": result.error, "file": upload.label}
            if not summary.files_added:  # stored meanwhile by another writer (the CLI)
                return 200, {**known, "documents": db.file_documents(upload.sha256)}
            answer: dict[str, Any] = {
                "detail": f"added {summary.documents_added} "
                f"document{'' if summary.documents_added == 1 else 's'}",
                "file": upload.label,
                "sha256": upload.sha256,
                "documents": [
                    {"id": r.id, "type": r.type, "title": r.title} for r in result.records
                ],
            }
            try:
                answer["indexed"] = search_index.sync(db, settings)
            except (
                Exception
            ) as e:  # stored all the same: the next sync (or `chancery reindex`) indexes it
                answer["indexed"] = 0
                answer["warning"] = (
                    f"stored, but not indexed yet: {type(e).__name__}: {e}".splitlines()[0]
                )
        finally:
            db.close()
    if on_indexed is not None:
        on_indexed()
    return 201, answer


def authorized(request: Request, expected: bytes) -> bool:
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    # Header values arrive decoded as latin-1: encoding them back gives the bytes that were sent.
    return scheme.lower() == "bearer" and hmac.compare_digest(
        given.strip().encode("latin-1"), expected
    )


def upload_router(
    db_path: str | Path, settings: Settings, token: str, on_indexed=None
) -> APIRouter:
    """The upload endpoint for ``app.include_router``; ``on_indexed`` is called after each file is
    indexed (pass the server's ``searcher.index.reload`` so searches see the new documents at
    once)."""
    if not token:
        raise ValueError("the upload endpoint needs a token")
    db_path = str(db_path)
    expected = token.encode("utf-8")
    max_bytes = int(min(settings.max_upload_mb, settings.max_file_mb) * 1024 * 1024)
    router = APIRouter()

    @router.post(
        "/api/ingest",
        status_code=201,
        tags=["ingest"],
        summary="Add one file to the archive (needs the upload token)",
        responses={
            200: {"description": "The file is already in the archive"},
            401: {"description": "No token, or a wrong one"},
            413: {"description": "The file is over the upload limit"},
            415: {"description": "Not a supported file type"},
            422: {"description": "The file could not be read"},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "required": [FILE_FIELD],
                            "properties": {FILE_FIELD: {"type": "string", "format": "binary"}},
                        }
                    }
                },
            }
        },
    )
    async def api_ingest(request: Request):
        if not authorized(request, expected):
            raise refuse(
                401,
                "a valid upload token is needed (Authorization: Bearer TOKEN)",
                **{"WWW-Authenticate": "Bearer"},
            )
        with tempfile.TemporaryDirectory(prefix="chancery-upload-") as folder:
            upload = await receive_file(request, Path(folder), max_bytes)
            # A thread of the upload's own (a limiter of its own), never one of the threads that
            # answer searches (``server_threads``): an upload waiting for its worker or for
            # WRITE_LOCK holds none of them. (A limiter is bound to one event loop: one per
            # request.)
            status, answer = await anyio.to_thread.run_sync(
                ingest_upload,
                db_path,
                settings,
                upload,
                on_indexed,
                limiter=anyio.CapacityLimiter(1),
            )
        return JSONResponse(answer, status_code=status)

    return router
