"""JSONL export: one contract record per line, in the order documents were stored."""

from __future__ import annotations

from typing import TextIO

from ..store import Store


def export_jsonl(db: Store, out: TextIO) -> int:
    """Each record as the store keeps it: the JSON ``record_to_dict`` made when it was stored
    (decoding it to write it again would only cost time)."""
    count = 0
    for _, record in db.iter_record_json():
        out.write(record)
        out.write("\n")
        count += 1
    return count
