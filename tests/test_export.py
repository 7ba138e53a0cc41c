"""Exports: JSONL follows the contract, CSV is safe to open in a spreadsheet."""

import csv
import io
import json

from chancery.export.csv import export_csv
from chancery.export.jsonl import export_jsonl
from helpers import archive


def test_jsonl_export_is_one_record_per_document_with_stable_ids(tmp_path):
    db = archive(tmp_path, "March 3, 1961\n\nDear Mr. Chairman:\n\nI write about the question of a nuclear test ban.\n")
    out = io.StringIO()
    assert export_jsonl(db, out) == 1
    record = json.loads(out.getvalue())
    assert record["type"] == "letter" and record["date"] == "1961-03-03"
    assert record["id"] == record["source"]["sha256"][:16] + "-1"


def test_csv_cells_cannot_become_formulas(tmp_path):
    db = archive(tmp_path, "March 3, 1961\n\nDear Mr. Chairman:\n\nI write about the question of a nuclear test ban.\n\nSUBJECT: =HYPERLINK(\"x\")\n")
    out = io.StringIO()
    export_csv(db, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["type"] == "letter"
    assert not any(value.startswith("=") for value in rows[0].values())
