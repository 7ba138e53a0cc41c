"""The store of record: an SQLite file (the default, nothing to start) or a PostgreSQL database.

``open_store(target)`` gives the one for ``target``, a path or a ``postgresql://`` URL; both
have the same methods (``base.Store``), so nothing else in chancery knows which it has.
"""

from __future__ import annotations

from pathlib import Path

from .base import Store, StoreError
from .queries import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "is_url", "open_store"]


def is_url(target) -> bool:
    """Whether ``target`` names a PostgreSQL archive rather than an SQLite file."""
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def open_store(
    target: str | Path, create: bool = True, readonly: bool = False, connections: int = 8
) -> Store:
    """Open the archive at ``target``, creating it (``create``) or migrating it to the current
    schema as needed; ``readonly`` (the web server's) neither. ``connections`` bounds a
    PostgreSQL store's pool; an SQLite store opens one connection per thread that uses it."""
    if is_url(target):
        from .postgres import PostgresStore

        return PostgresStore(str(target), create=create, readonly=readonly, connections=connections)
    from .sqlite import SQLiteStore

    return SQLiteStore(target, create=create, readonly=readonly)
