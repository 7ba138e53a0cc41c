"""Exports, from either store: JSONL follows the contract, CSV is safe to open in a spreadsheet."""

import csv
import io
import json

from chancery.export.csv import export_csv
from chancery.export.jsonl import export_jsonl
from chancery.settings import DEFAULT
from helpers import archive


def test_jsonl_export_is_one_record_per_document_with_stable_ids(tmp_path, archive_target):
    db = archive(
        tmp_path,
        "March 3, 1961\n\nDear Mr. Chairman:\n\nI write about the question of a "
        "nuclear test ban.\n",
        target=archive_target,
    )
    out = io.StringIO()
    assert export_jsonl(db, out) == 1
    record = json.loads(out.getvalue())
    assert record["type"] == "letter" and record["date"] == "1961-03-03"
    assert record["id"] == record["source"]["sha256"][:16] + "-1"


def test_csv_cells_cannot_become_formulas(tmp_path, archive_target):
    db = archive(
        tmp_path,
        "March 3, 1961\n\nDear Mr. Chairman:\n\nI write about the question of a "
        'nuclear test ban.\n\nSUBJECT: =HYPERLINK("x")\n',
        target=archive_target,
    )
    out = io.StringIO()
    export_csv(db, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["type"] == "letter"
    assert not any(value.startswith("=") for value in rows[0].values())


def test_both_stores_export_the_same_records(tmp_path, postgres_server):
    files = {
        "letter.txt": "March 3, 1961\n\nDear Mr. Chairman:\n\n"
        "I write about the question of a nuclear test ban.\n",
        "memo.txt": "MEMORANDUM FOR THE PRESIDENT\n\nSUBJECT: Berlin\n\n"
        "The Secretary met Mr. Gromyko on Berlin.\n",
    }
    exports = []
    for target in (str(tmp_path / "a.db"), postgres_server.new_database()):
        settings = DEFAULT.with_(index_dir=str(tmp_path))
        with archive(tmp_path, named=files, target=target, settings=settings) as db:
            out = io.StringIO()
            export_jsonl(db, out)
        exports.append(out.getvalue())
    assert len(exports[0].splitlines()) == 2 and exports[0] == exports[1]  # byte for byte
