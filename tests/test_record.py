"""The stored record: one typed form, one conversion each way to the JSON the store keeps."""

import json

from chancery.model import (
    Document,
    Evidence,
    Flag,
    Footnote,
    Mention,
    Page,
    Party,
    Person,
    Reference,
    Source,
    Stamp,
    Turn,
)
from chancery.record import document_record, record_from_dict, record_to_dict
from helpers import documents

# The export contract's fields (DESIGN.md) and the ones added since, in the order written.
KEYS = (
    "id source collection type date date_range date_basis title subject place classification"
    " handling sender recipients participants persons speakers turns channel edges drafted_by"
    " approved_by source_note distribution frus release stamps pages references flags footnotes"
    " evidence mentions text"
).split()


def a_full_document() -> Document:
    """A document with every kind of fact filled in, in invented words."""
    text = "Ostrova told Pell the harbour talks would resume.\n1 See the earlier note."
    doc = Document(
        source=Source("memo.txt", "pdf", "a" * 64, "PAGE 1\n" + text),
        part=1,
        parts=2,
        raw="PAGE 1\n" + text,
        raw_start=0,
        id="memo-1",
        text=text,
        collection="state",
        type="memorandum of conversation",
        date_range=["1963-01-01", "1963-03-31"],
        date_basis="inferred: release",
        title="Harbour talks",
        subject="The harbour",
        place="Lisbon",
        classification="Secret",
        handling=["Eyes Only"],
        sender=Party("Pell", "Arthur Pell", person_id="local:arthur-pell"),
        recipients=[Party("Ostrova", "Vera Ostrova")],  # no id yet: a local one is made
        participants=[
            Party("Ostrova", "Vera Ostrova", 0, 7, "USSR", "Envoy", "local:vera-ostrova"),
            Party("Pell", "Arthur Pell", 13, 17, "US", None, "local:arthur-pell"),
        ],
        persons=[
            Person("local:vera-ostrova", "Vera Ostrova"),
            Person("local:arthur-pell", "Arthur Pell"),
        ],
        mentions=[
            Mention("Ostrova", 0, 7, "name", "local:vera-ostrova", 0.9, "surname"),
            Mention("the envoy", 20, 29, "role"),  # linked to no one
        ],
        speakers=[Person("local:vera-ostrova", "Vera Ostrova")],
        turns=[Turn("local:vera-ostrova", 0, 49)],
        channel=[
            Person("local:arthur-pell", "Arthur Pell"),
            Person("local:vera-ostrova", "Vera Ostrova"),
        ],
        drafted_by=Party("Pell", "Arthur Pell", person_id="local:arthur-pell"),
        source_note="Drafted by Pell.",
        distribution=["Embassy Lisbon"],
        frus={"volume": "1961-63v99", "number": 4},
        release={"date": "2001-05-05", "id": "R-1", "authority": "NND 1"},
        stamps=[Stamp("PAGE 1", "page-header", 1, 0, 6)],
        pages=[Page(1, 0, 40), Page(2, 40, 73, {"engine": "tesseract", "confidence": 88})],
        references=[Reference("the earlier note", None, 54, 70)],
        flags=[Flag("date-inferred", "no date stated", 0, 7, "1963")],
        footnotes=[Footnote("1", 50, 51, "See the earlier note.")],
        evidence={"place": Evidence(-1, -1, "letterhead")},
        pipeline_reading={"type": "memorandum"},
    )
    return doc


def test_a_record_survives_the_trip_to_json_and_back():
    record = document_record(a_full_document())
    stored = json.loads(json.dumps(record_to_dict(record)))
    assert record_from_dict(stored) == record
    assert record_to_dict(record_from_dict(stored)) == stored


def test_the_stored_json_has_the_contract_fields_in_order():
    stored = record_to_dict(document_record(a_full_document()))
    assert list(stored) == KEYS + ["pipeline_reading"]
    assert list(stored["source"]) == ["path", "part", "parts", "format", "sha256"]
    assert stored["participants"][0] == {
        "id": "local:vera-ostrova",
        "name": "Vera Ostrova",
        "side": "USSR",
        "role": "Envoy",
        "as_written": "Ostrova",
    }
    # A page read by OCR says so; any other page is its span alone.
    assert stored["pages"] == [
        {"n": 1, "start": 0, "end": 40},
        {"n": 2, "start": 40, "end": 73, "ocr": {"engine": "tesseract", "confidence": 88}},
    ]


def test_people_get_local_ids_and_their_mentions():
    stored = record_to_dict(document_record(a_full_document()))
    assert stored["recipients"] == [{"id": "local:vera-ostrova", "name": "Vera Ostrova"}]
    assert stored["persons"][0]["mentions"] == [
        {"text": "Ostrova", "start": 0, "end": 7, "kind": "name"}
    ]
    assert [m["person_name"] for m in stored["mentions"]] == ["Vera Ostrova", None]


def test_letters_meetings_and_channels_become_edges():
    edges = record_to_dict(document_record(a_full_document()))["edges"]
    assert edges == [
        {"source": "local:vera-ostrova", "target": "local:arthur-pell", "kind": "met"},
        {"source": "local:arthur-pell", "target": "local:vera-ostrova", "kind": "relayed to"},
    ]  # the recipient has no registry id: no "wrote to" edge to a name alone


def test_a_record_without_pipeline_reading_stores_no_such_key():
    [doc] = documents("MEMORANDUM\n\nThe harbour talks would resume in the spring, said Pell.\n")
    stored = record_to_dict(document_record(doc))
    assert "pipeline_reading" not in stored
    assert record_to_dict(record_from_dict(stored)) == stored


def test_an_older_record_missing_later_fields_reads_with_their_defaults():
    record = record_from_dict(
        {
            "id": "old-1",
            "source": {"path": "o.txt", "part": 1, "parts": 1, "format": "text", "sha256": "o"},
            "type": "letter",
            "text": "An old letter.",
        }
    )
    assert (record.subject, record.edges, record.channel, record.mentions) == (None, [], [], [])
    assert record.text == "An old letter."
