"""JSONL export: one contract record per line, in the order documents were stored."""

from __future__ import annotations

import json
import sqlite3
from typing import TextIO

from ..store import sqlite as store


def export_jsonl(db: sqlite3.Connection, out: TextIO) -> int:
    count = 0
    for _, record in store.iter_records(db):
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count
