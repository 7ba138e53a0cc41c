"""FRUS volumes in TEI: one document per div[@type='document'], with the editors' facts taken as
stated and the pipeline's own reading kept beside them; `chancery eval --frus` compares the two.
The volumes are written here in the Office of the Historian's encoding, in our own words;
the persons-list ids are a real volume's (the registry ships their links)."""

import json
import time

import pytest
from click.testing import CliRunner

from chancery.cli import main
from chancery.ingest import ingest
from chancery.model import ReadError
from chancery.pipeline import process_source
from chancery.read import read_file
from chancery.settings import DEFAULT
from fixtures_maker import frus_volume

# its persons list: p_KHA1 is Kissinger, p_SHH1 Sonnenfeldt (frus_persons.json.gz)
VOLUME = "frus1969-76v12"
PERSONS = [
    ("p_KHA1", "Kissinger, Henry A.", "President's Assistant for National Security Affairs"),
    ("p_SHH1", "Sonnenfeldt, Helmut", "member of the National Security Council Staff"),
    ("p_ZZQ1", "Quillfeather, Ambrose", "Ruritanian Minister of Trade"),
]

MEMO = """<div type="document" xml:id="d7" n="7" subtype="historical-document"
     frus:doc-dateTime-min="1969-03-04T00:00:00-05:00" frus:doc-dateTime-max="1969-03-04T23:59:59-05:00">
  <pb n="12" xml:id="pg_12" facs="0042"/>
  <head>7. Memorandum From <persName corresp="#p_SHH1" type="from">Helmut Sonnenfeldt</persName> of the National
    Security Council Staff to the President's Assistant for National Security Affairs
    (<persName corresp="#p_KHA1" type="to">Kissinger</persName>)<note n="1" xml:id="d7fn1" type="source">Source: National
    Archives, Invented Files, Box 1. Secret; Nodis. Drafted by Orrin Blackwood.</note></head>
  <dateline><placeName>Washington</placeName>, <date when="1969-03-04" calendar="gregorian">March 4, 1969</date>.</dateline>
  <list type="subject"><head>SUBJECT</head><item>Trade Talks with Ruritania</item></list>
  <p>The Ruritanian Minister, <persName corresp="#p_ZZQ1">Quillfeather</persName>, wants the talks at Geneva to open in
    April.<note n="2" xml:id="d7fn2">Not further identified.</note> I think we should agree, provided that his
    delegation comes with full powers.</p>
  <pb n="13" xml:id="pg_13" facs="0043"/>
  <p>You may wish to mention this to the President before he sees the Minister on Friday.</p>
  <closer><signed><persName corresp="#p_SHH1">Helmut Sonnenfeldt</persName></signed></closer>
</div>"""  # noqa: E501 (test data)

TELEGRAM = """<div type="document" xml:id="d8" n="8" subtype="historical-document">
  <head>8. Telegram From the <gloss type="from">Embassy in Ruritania</gloss> to the <gloss type="to">Department of
    State</gloss><note n="1" xml:id="d8fn1" type="source">Source: Department of State, Invented Files. Confidential;
    Priority.</note></head>
  <dateline><placeName>Strelsau</placeName>, <date when="1969-03">March 1969</date>.</dateline>
  <p>1. The Minister told me today that his government would send a delegation to Geneva in April.</p>
  <p>2. He asked that the talks not be announced before the delegation leaves.</p>
</div>"""  # noqa: E501 (test data)

NOTE = """<div type="document" xml:id="d9" n="9" subtype="editorial-note"
     frus:doc-dateTime-min="1969-03-05T00:00:00-05:00" frus:doc-dateTime-max="1969-03-20T23:59:59-05:00">
  <head>9. Editorial Note</head>
  <p>The talks at Geneva were put off twice in March while the two governments argued over the agenda.</p>
</div>"""  # noqa: E501 (test data)

LETTER = """<div type="document" xml:id="d10" n="10" subtype="historical-document">
  <head>10. Letter From the Ruritanian Minister of Trade (<persName corresp="#p_ZZQ1" type="from">Quillfeather</persName>)
    to the President's Assistant (<persName corresp="#p_KHA1" type="to">Kissinger</persName>)</head>
  <dateline><placeName>Strelsau</placeName>, <date notBefore="1969-04-01" notAfter="1969-04-15">undated</date>.</dateline>
  <p>Dear Dr. Kissinger: I write to thank you for your help with the arrangements for the talks.</p>
</div>"""  # noqa: E501 (test data)


@pytest.fixture
def volume_path(tmp_path):
    path = tmp_path / f"{VOLUME}.xml"
    path.write_bytes(frus_volume([MEMO, TELEGRAM, NOTE, LETTER], PERSONS, VOLUME))
    return path


def test_a_volume_is_one_document_per_document_div_in_order(volume_path):
    source = read_file(volume_path, DEFAULT)
    assert source.format == "tei" and source.meta["volume"] == VOLUME
    documents = process_source(source, DEFAULT)
    assert [d.frus["number"] for d in documents] == [7, 8, 9, 10]
    assert [d.type for d in documents] == ["memorandum", "telegram", "editorial note", "letter"]
    assert documents[0].title.startswith(
        "Memorandum From Helmut Sonnenfeldt of the National Security Council Staff"
    )


def test_the_editors_date_place_classification_and_correspondents_are_the_documents_facts(
    volume_path,
):
    memo = process_source(read_file(volume_path, DEFAULT), DEFAULT)[0]
    assert memo.date == "1969-03-04" and memo.date_basis == "editors: dateline date/@when"
    assert memo.text[memo.evidence["date"].start : memo.evidence["date"].end].startswith(
        "Washington, March 4, 1969"
    )
    assert memo.place == "Washington"
    assert memo.classification == "Secret" and "Nodis" in memo.handling
    assert memo.sender.person_id == "hsg:112748" and "Sonnenfeldt" in memo.sender.name
    assert [r.person_id for r in memo.recipients] == ["kissinger-henry-a"]
    assert memo.drafted_by and memo.drafted_by.name.endswith("Blackwood")


def test_every_persname_links_its_words_to_the_registry_or_to_the_persons_list(volume_path):
    memo = process_source(read_file(volume_path, DEFAULT), DEFAULT)[0]
    linked = {(m.text, m.person_id) for m in memo.mentions if m.evidence == "the editors' persName"}
    assert ("Kissinger", "kissinger-henry-a") in linked
    quill = next(m for m in memo.mentions if m.text == "Quillfeather")
    assert quill.person_id.startswith("local:") and quill.evidence == "the editors' persName"
    assert "Ambrose Quillfeather" in {
        p.name for p in memo.persons
    }  # the persons list's name, turned round


def test_month_dates_ranges_and_the_volumes_date_attributes_become_ranges(volume_path):
    memo, telegram, note, letter = process_source(read_file(volume_path, DEFAULT), DEFAULT)
    assert (
        telegram.date is None
        and telegram.date_range == ["1969-03-01", "1969-03-31"]
        and telegram.place == "Strelsau"
    )
    assert (
        note.date_range == ["1969-03-05", "1969-03-20"]
        and "frus:doc-dateTime-min/max" in note.date_basis
    )
    assert letter.date_range == ["1969-04-01", "1969-04-15"] and "notBefore" in letter.date_basis


def test_page_breaks_and_notes_stay_with_the_text(volume_path):
    memo = process_source(read_file(volume_path, DEFAULT), DEFAULT)[0]
    assert [p.n for p in memo.pages] == [12, 13]
    second = memo.text[memo.pages[1].start : memo.pages[1].end]
    assert "You may wish to mention this" in second and "Quillfeather" not in second
    notes = [f.text for f in memo.footnotes]
    assert notes[0].startswith("Source: National Archives") and "Not further identified." in notes


def test_the_pipelines_own_reading_is_kept_beside_the_editors(volume_path, tmp_path):
    ingest([volume_path], tmp_path / "a.db", DEFAULT)
    out = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "a.db")])
    records = [json.loads(line) for line in out.output.splitlines()]
    assert len(records) == 4
    assert all("pipeline_reading" in r for r in records)
    assert set(records[0]["pipeline_reading"]) >= {
        "type",
        "date",
        "place",
        "classification",
        "sender",
        "recipients",
        "persons",
    }


def test_eval_frus_prints_the_agreement_of_each_field(volume_path):
    out = CliRunner().invoke(main, ["eval", "--frus", str(volume_path)])
    assert out.exit_code == 0, out.output
    assert "4 documents of 1 FRUS volume(s)" in out.output
    for field in ("type", "date", "place", "classification", "sender", "recipients"):
        assert any(line.split()[:1] == [field] for line in out.output.splitlines()), field
    assert "persons (registry persons the editors tagged): precision" in out.output
    figures = json.loads(
        CliRunner().invoke(main, ["eval", "--frus", str(volume_path), "--json"]).output
    )
    assert (
        figures["documents"] == 4
        and figures["fields"]["date"]["agree"]
        + figures["fields"]["date"].get("missing", 0)
        + figures["fields"]["date"].get("disagree", 0)
        == 1
    )


def test_eval_frus_refuses_a_file_that_is_no_volume(tmp_path):
    path = tmp_path / "plain.xml"
    path.write_text(
        '<?xml version="1.0"?><TEI '
        'xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Only a paragraph of words '
        "here.</p></body></text></TEI>"
    )
    out = CliRunner().invoke(main, ["eval", "--frus", str(path)])
    assert out.exit_code != 0 and "not a FRUS TEI volume" in out.output


def test_a_volume_declaring_entities_is_refused_as_unsafe(tmp_path):
    path = tmp_path / "entities.xml"
    volume = frus_volume([NOTE], PERSONS, VOLUME).decode()
    path.write_text(
        volume.replace("<TEI ", '<!DOCTYPE TEI [<!ENTITY boom "boom boom boom">]>\n<TEI ', 1)
    )
    with pytest.raises(ReadError, match="declares a DTD or entities, refused as unsafe"):
        read_file(path, DEFAULT)


def test_a_hundred_thousand_nested_divs_are_one_error_at_once_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    nested = "<div>" * 100_000 + "deep" + "</div>" * 100_000
    (folder / "deep.xml").write_text(
        f'<?xml version="1.0"?><TEI '
        f'xmlns="http://www.tei-c.org/ns/1.0"><text><body>{nested}</body></text></TEI>'
    )
    (folder / "ok.xml").write_bytes(frus_volume([NOTE], PERSONS, VOLUME))
    started = time.perf_counter()
    summary = ingest([folder], tmp_path / "a.db", DEFAULT)
    assert time.perf_counter() - started < DEFAULT.file_seconds
    assert summary.documents_added == 1
    [(path, error)] = summary.failures
    assert (
        path.endswith("deep.xml")
        and ("nested too deep" in error or "nesting deeper" in error)
        and "\n" not in error
    )


def test_the_registry_build_links_persons_list_entries_through_the_people_datasets_addresses(
    tmp_path,
):
    from chancery.authority.build import frus_list_index, read_frus_lists, write_frus_lists
    from chancery.authority.hsg import frus_list_entries
    from chancery.authority.registry import AuthorityPerson

    record = tmp_path / "people" / "900001.xml"
    record.parent.mkdir()
    record.write_text("""<?xml version="1.0"?><person><id>900001</id><names><preferred><name>Quillfeather, Ambrose</name></preferred>
      <originals><original><name>Quillfeather, A.</name>
      <source-url>https://example.org/historicaldocuments/frus1961-63v99/persons#p_QA1</source-url></original></originals>
      </names></person>""")  # noqa: E501 (test data)
    entries = frus_list_entries(tmp_path / "people")
    assert entries == {("frus1961-63v99", "p_QA1"): "900001"}
    person = AuthorityPerson(
        id="quillfeather-ambrose",
        name="Ambrose Quillfeather",
        sources=["core", "hsg-people:900001"],
    )
    index = frus_list_index(entries, [person])
    assert index == {"frus1961-63v99": {"p_QA1": "quillfeather-ambrose"}}
    write_frus_lists(index, tmp_path / "lists.json.gz")
    assert read_frus_lists((tmp_path / "lists.json.gz").read_bytes()) == index


def test_relinking_a_volume_keeps_the_editors_facts(volume_path, tmp_path):
    from chancery.relink import relink
    from chancery.store import open_store

    db_path = tmp_path / "a.db"
    ingest([volume_path], db_path, DEFAULT)
    summary = relink(str(db_path), DEFAULT, progress=False)
    assert summary.documents == 4
    with open_store(db_path) as db:
        records = [record for _, record in db.iter_records()]
    assert [r.frus["number"] for r in records] == [7, 8, 9, 10]
    assert records[0].date_basis == "editors: dateline date/@when" and records[0].pipeline_reading


def test_where_the_editors_tag_the_writer_as_addressee_too_the_pipelines_addressee_stands(tmp_path):
    slip = MEMO.replace(
        '(<persName corresp="#p_KHA1" type="to">Kissinger</persName>)',
        '(<persName corresp="#p_KHA1">Kissinger</persName>)<persName corresp="#p_SHH1" type="to"/>',
    )
    path = tmp_path / f"{VOLUME}.xml"
    path.write_bytes(frus_volume([slip], PERSONS, VOLUME))
    [memo] = process_source(read_file(path, DEFAULT), DEFAULT)
    assert memo.sender.person_id == "hsg:112748"
    assert "hsg:112748" not in [r.person_id for r in memo.recipients]
