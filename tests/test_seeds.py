"""The sample documents end to end: the bars of the pipeline issue, measured by the evaluator."""

import json
import re

from chancery.devtools.evaluate import evaluate
from chancery.pipeline import process_file
from chancery.record import document_record, record_to_dict

NOISE = re.compile(
    r"Approved For Release|CIA-RDP|BEST COPY AVAILABLE|Declassified for Publication|"
    r"\[Page \d+\]|^\s*-\s*\d+\s*-\s*$|"
    r"^\W*(?:SECRET|CONFIDENTIAL)\W*$|Page (?:Two|Three)|RECORDING & COMMUNICATIONS",
    re.M,
)


def test_seed_documents_meet_the_pipeline_bars(seeds_dir, seed_gold_dir):
    report = evaluate(seed_gold_dir, docs_dir=seeds_dir)
    assert report.documents == 7
    assert report.split.correct == report.split.total == 5
    assert report.fields["type"].correct == 7
    assert report.classification_given.correct == report.classification_given.total
    assert report.dates["stated_exact"] == report.dates["stated"] == 5
    assert report.dates["unstated_ok"] == report.dates["unstated"] == 2
    assert report.dates["wrong"] == 0


def test_no_stamp_banner_header_or_page_marker_remains_in_any_text(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        for doc in process_file(path):
            found = NOISE.findall(doc.text)
            assert not found, f"{path.name} part {doc.part}: {found}"
            assert doc.stamps or doc.pages


def test_export_records_carry_every_contract_field(seeds_dir):
    contract = (
        "id source collection type date date_range date_basis title place "
        "classification handling sender recipients "
        "participants persons speakers turns drafted_by approved_by source_note "
        "distribution frus release stamps pages "
        "references flags text"
    ).split()
    for path in sorted(seeds_dir.glob("*.txt")):
        for doc in process_file(path):
            record = record_to_dict(document_record(doc))
            assert set(contract) <= set(record)
            json.dumps(record)
            assert set(record["source"]) == {"path", "part", "parts", "format", "sha256"}
