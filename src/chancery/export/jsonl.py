"""JSONL export: one contract record per line, in the order documents were stored."""

from __future__ import annotations

import json
from typing import TextIO

from ..record import record_to_dict
from ..store import Store


def export_jsonl(db: Store, out: TextIO) -> int:
    count = 0
    for _, record in db.iter_records():
        out.write(json.dumps(record_to_dict(record), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count
