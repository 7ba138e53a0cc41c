"""Exports, from either store: JSONL follows the contract, CSV is safe to open in a spreadsheet."""

import csv
import io
import json

from chancery.export.csv import export_csv
from chancery.export.jsonl import export_jsonl
from chancery.ingest import ingest
from chancery.settings import DEFAULT
from chancery.store import open_store
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
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "letter.txt").write_text(
        "March 3, 1961\n\nDear Mr. Chairman:\n\nI write about the question of a nuclear test ban.\n"
    )
    (tmp_path / "in" / "memo.txt").write_text(
        "MEMORANDUM FOR THE PRESIDENT\n\nSUBJECT: Berlin\n\nThe Secretary met Mr. "
        "Gromyko on Berlin.\n"
    )
    exports = []
    for target in (str(tmp_path / "a.db"), postgres_server.new_database()):
        ingest([tmp_path / "in"], target, DEFAULT.with_(index_dir=str(tmp_path)))
        with open_store(target) as db:
            out = io.StringIO()
            export_jsonl(db, out)
        exports.append(out.getvalue())
    assert len(exports[0].splitlines()) == 2 and exports[0] == exports[1]  # byte for byte
