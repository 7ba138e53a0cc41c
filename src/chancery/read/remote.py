"""Files named by an fsspec URL (``s3://bucket/prefix``, ``gcs://…``, ``file:///…``, ``memory://…``
in tests): a cluster's client lists them, its workers fetch each one's bytes and read them.

A file's bytes are fetched whole before a reader sees them, so nothing that parses a document
touches the network, and its content hash is that of the bytes, as for a file on disk. A file
of the local file system (``file://``) is stored under its path, as ingest of that path stores
it, so both give the same archive; any other is stored under its URL.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..errors import ChanceryError
from ..model import ReadError, Source
from ..settings import DEFAULT, Settings


class RemoteError(ChanceryError):
    """A URL whose files cannot be listed: the message says why in one line."""

    http_status = 400


@dataclass
class Listed:
    urls: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (url, why): links out


def is_remote(target) -> bool:
    """Whether ``target`` is a URL for fsspec rather than a path (a PostgreSQL URL is neither: it
    names an archive)."""
    return isinstance(target, str) and "://" in target and not target.startswith("postgres")


def filesystem(url: str):
    """(file system, path in it) of ``url``; an unknown protocol, or one whose package is not
    installed (``s3://`` needs s3fs), is a RemoteError in one line."""
    try:
        import fsspec
    except ImportError:
        raise RemoteError(f"{url}: reading URLs needs fsspec: pip install fsspec") from None
    try:
        return fsspec.core.url_to_fs(url)
    except ImportError as e:  # fsspec knows the protocol, its implementation is not installed
        extra = " (pip install 'chancery[s3]')" if url.startswith(("s3://", "s3a://")) else ""
        raise RemoteError(f"{url}: {one_line(e)}{extra}") from None
    except ValueError as e:  # "Protocol not known: …"
        raise RemoteError(f"{url}: {one_line(e)} (fsspec's protocols: s3, gcs, file, …)") from None


def is_local(fs) -> bool:
    return "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,))


def list_files(url: str) -> Listed:
    """The files to ingest under ``url`` (a folder or prefix, or one file), as URLs, sorted,
    hidden ones and unsupported formats left out as a folder's walk leaves them out. A missing
    bucket or folder, or storage that refuses to list (no credentials), is a RemoteError in one
    line."""
    from . import SUPPORTED_SUFFIXES

    fs, root = filesystem(url)
    try:
        if fs.isfile(root):
            return Listed(urls=[fs.unstrip_protocol(root)])
        if not fs.isdir(root):
            raise RemoteError(f"{url}: no such file, folder or bucket")
        found = fs.find(root, withdirs=False)
    except RemoteError:
        raise
    except Exception as e:  # each storage has its errors (botocore's, google's…): one line
        raise RemoteError(f"{url}: cannot list the files: {one_line(e)}") from None
    listed = Listed()
    inside = os.path.realpath(root) if is_local(fs) else None
    prefix = root.rstrip("/") + "/"
    for path in sorted(found):
        relative = path[len(prefix) :] if path.startswith(prefix) else path
        if any(part.startswith(".") for part in relative.split("/")):
            continue
        if PurePosixPath(path).suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        if inside is not None and not Path(os.path.realpath(path)).is_relative_to(inside):
            # A link out of the folder is not followed, as a folder's walk does not follow it.
            why = f"{path}: a link to {os.path.realpath(path)}, outside {root}; not followed"
            listed.skipped.append((fs.unstrip_protocol(path), why))
            continue
        listed.urls.append(fs.unstrip_protocol(path))
    return listed


def stored_name(url: str) -> str:
    """The name a file is stored under: its path on this file system for a ``file://`` URL (as
    ingest of the path names it), else the URL."""
    fs, path = filesystem(url)
    return path if is_local(fs) else url


def fetch(url: str, settings: Settings = DEFAULT) -> bytes:
    """The bytes of the file at ``url``, whole (over ``max_file_mb`` refused before they are
    fetched). Raises ReadError, in one line, naming the file."""
    from . import check_size

    fs, path = filesystem(url)
    name = stored_name(url)
    try:
        check_size(name, fs.size(path), settings)
        return fs.cat_file(path)
    except ReadError:
        raise
    except FileNotFoundError:
        raise ReadError(f"{name}: cannot read: no such file") from None
    except Exception as e:  # the storage's own errors (network, permissions): one line
        raise ReadError(f"{name}: cannot read: {one_line(e)}") from None


def read_url(url: str, data: bytes, settings: Settings = DEFAULT) -> Source:
    """The source of a file fetched from ``url`` (``data``, its bytes), named as it is stored."""
    from . import read_data

    name = stored_name(url)
    as_path = Path(name) if not is_remote(name) else Path(PurePosixPath(name.split("://", 1)[1]))
    try:
        source = read_data(as_path, data, settings)
    except ReadError as e:  # the readers name the file by the path they were given
        raise ReadError(str(e).replace(str(as_path), name, 1)) from None
    source.path = name
    return source


def one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__
