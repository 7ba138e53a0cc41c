"""Readers: one per format, each with a fit test; bad files give one-line errors naming them."""

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chancery.model import ReadError
from chancery.read import find_files, read_file
from chancery.settings import Settings
from fixtures_maker import pdf_with_text, pdf_without_text

LETTER = (
    "March 3, 1961\n\nDear Mr. Chairman:\n\nI write to you about the question of a nuclear "
    "test ban.\n"
)


def test_utf8_text_with_bom_and_crlf(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + LETTER.replace("\n", "\r\n").encode("utf-8"))
    source = read_file(path)
    assert source.text == LETTER
    assert source.format == "text" and len(source.sha256) == 64


def test_cp1252_text_is_decoded_not_crashed(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(
        LETTER.replace("test ban", "test ban \u2014 the \u201cmoratorium\u201d").encode("cp1252")
    )
    assert "\u201cmoratorium\u201d" in read_file(path).text


def test_a_modifier_letter_printed_for_the_apostrophe_is_read_as_one(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Memorandum From the President\u02bcs Special Assistant to the Minister\u00b4s aide "
        "\u00b4quoted\u00b4\n",
        encoding="utf-8",
    )
    text = read_file(path).text
    assert text == (
        "Memorandum From the President\u2019s Special Assistant to the Minister\u2019s aide "
        "\u00b4quoted\u00b4\n"
    )


def test_form_feeds_are_pages(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(LETTER + "\f" + LETTER, encoding="utf-8")
    assert [p.n for p in read_file(path).pages] == [1, 2]


def test_frus_html_page_reads_like_the_web_text(tmp_path):
    html = """<!DOCTYPE html><html><head><title>Document 62 - Office of the Historian</title>
    <script>var x = "<p>not text</p>";</script></head><body><nav>Home Historical Documents</nav>
    <div class="tei-div"><h3>62. Memorandum of Conversation<a href="#fn:1"><sup>0</sup></a></h3>
    <ul><li>US-Soviet Relations</li></ul>
    <ul><li>Anastas I. Mikoyan, Deputy Premier of the USSR</li><li>John Foster Dulles, Secretary of State</li></ul>
    <p>The Secretary began by asking Mikoyan&#8217;s reaction. <span class="pb">[Page 227]</span> He hoped.</p>
    <div class="footnotes"><ol><li>Source: Department of State. Secret.</li></ol></div></div></body></html>"""  # noqa: E501 (test data)
    path = tmp_path / "d62.html"
    path.write_text(html, encoding="utf-8")
    source = read_file(path)
    assert source.format == "html"
    assert source.text.startswith("62. Memorandum of Conversation0")
    assert "  • US-Soviet Relations" in source.text
    assert "Mikoyan\u2019s reaction. [Page 227] He hoped." in source.text
    assert "not text" not in source.text and "Home Historical" not in source.text
    assert source.meta["title"].startswith("Document 62")


def test_pdf_text_layer_page_by_page(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(pdf_with_text([["March 3, 1961", "Dear Mr. Chairman:"], ["Sincerely,"]]))
    source = read_file(path)
    assert source.format == "pdf"
    assert [p.n for p in source.pages] == [1, 2]
    assert "Dear Mr. Chairman:" in source.text[source.pages[0].start : source.pages[0].end]
    assert "Sincerely" in source.text[source.pages[1].start : source.pages[1].end]


def test_scanned_pdf_without_text_is_reported(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_without_text())
    with pytest.raises(ReadError, match="scan.pdf: no text on any page"):
        read_file(path)


def test_tei_xml_body_text(tmp_path):
    path = tmp_path / "d.xml"
    path.write_text(
        '<?xml version="1.0"?><TEI '
        'xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><title>x</title></teiHeader>'
        "<text><body><div><head>62. Memorandum of Conversation</head><p>The Secretary "
        "said so.</p></div></body></text></TEI>"
    )
    text = read_file(path).text
    assert (
        "62. Memorandum of Conversation" in text
        and "The Secretary said so." in text
        and "x\n" not in text
    )


def test_external_entity_is_refused(tmp_path):
    path = tmp_path / "xxe.xml"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><d>&e;</d>'
    )
    with pytest.raises(ReadError, match="xxe.xml: XML declares a DTD"):
        read_file(path)


def test_size_limit_is_checked_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as f:
        f.truncate(2 * 1024 * 1024)
    with pytest.raises(ReadError, match="big.txt: file is 2.1 MB, over the 1 MB limit"):
        read_file(path, Settings(max_file_mb=1))


def test_find_files_walks_folders_in_order_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "1.html", ".git/x.txt", "notes.docx"):
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in find_files([tmp_path])] == [
        "1.html",
        "b/2.txt",
    ]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".html", ".pdf", ".xml"]))
def test_any_bytes_give_a_source_or_a_read_error(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"f{suffix}"
    path.write_bytes(data)
    try:
        source = read_file(path)
    except ReadError as e:
        assert str(e).startswith(str(path)) and "\n" not in str(e)
    else:  # the file is known by its content, and its pages are spans of its text
        assert (source.sha256, source.size) == (hashlib.sha256(data).hexdigest(), len(data))
        assert all(0 <= p.start <= p.end <= len(source.text) for p in source.pages)


def test_html_floods_are_read_within_the_time_limit_and_unclosed_paragraphs_are_paragraphs(
    tmp_path,
):
    from chancery.ingest import ingest
    from chancery.settings import DEFAULT

    text = (
        "<html><body><p>The Secretary said that Berlin was not negotiable, and the talks "
        "at Geneva went on.</p>"
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "anchors.html").write_text(
        text + "<a " * 33_334
    )  # 100 KB: over 120 s with html.parser
    (tmp_path / "in" / "closers.html").write_text(
        text + "</" * 200_000
    )  # 400 KB: 42 s with html.parser
    (tmp_path / "in" / "paragraphs.html").write_text(
        text + "<p>A paragraph about Laos and Berlin " * 300 + "</body></html>"
    )
    summary = ingest([tmp_path / "in"], tmp_path / "a.db", DEFAULT.with_(file_seconds=20))
    assert summary.failures == [] and summary.documents_added >= 3
    source = read_file(tmp_path / "in" / "paragraphs.html")
    assert source.text.count("A paragraph about Laos") == 300
    assert "A paragraph about Laos and Berlin\n\nA paragraph" in source.text


def test_nesting_past_the_parser_depth_is_refused_as_hostile(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text(
        "<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000 + "</body></html>"
    )
    with pytest.raises(ReadError, match="max_html_depth"):
        read_file(path)


def test_text_enough_is_counted_without_spaces_wherever_it_lies():
    from chancery.read import has_text

    assert has_text("a b c d e f g h i j k l m n o p q r s t", 20)
    assert not has_text("a b c d e f g h i j k l m n o p q r s", 20)
    assert has_text(" " * 5000 + "x" * 20, 20)  # beyond the start counted first
    assert not has_text("x\n" * 19 + " " * 5000, 20)


def test_xml_cut_short_is_read_as_far_as_it_goes(tmp_path):
    path = tmp_path / "cut.xml"
    path.write_text('<?xml version="1.0"?><doc><p>Dear Mr. Doe:</p><p>The Zenda talks are &amp; w')
    text = read_file(path).text
    assert "Dear Mr. Doe:" in text and "The Zenda talks are & w" in text


def test_xml_cut_short_with_a_dtd_is_still_refused(tmp_path):
    # (the malformed comment stops the strict parser before it reaches the DTD)
    path = tmp_path / "cut.xml"
    path.write_text('<?xml version="1.0"?><!-- a -- b --><!DOCTYPE d [<!ENTITY e "x">]><d>&e;<p>c')
    with pytest.raises(ReadError, match="cut.xml: XML declares a DTD"):
        read_file(path)


def test_xml_cut_short_keeps_htmls_named_entities_as_their_characters(tmp_path):
    path = tmp_path / "cut.xml"
    path.write_text(
        '<?xml version="1.0"?><doc><p>Andr&eacute; Doe met &mdash; Dear&nbsp;Mr. Roe, w'
    )
    assert "André Doe met — Dear\xa0Mr. Roe, w" in read_file(path).text


def test_a_web_page_saved_as_xhtml_and_cut_short_is_read_as_html_without_its_scripts(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(
        '<?xml version="1.0"?><html><head><script>window.track()</script></head><body>'
        "<p>Dear Mr. Doe, the talks in Zenda went on at length today and"
    )
    source = read_file(path)
    assert source.format == "html" and "track" not in source.text
    assert source.text.startswith("Dear Mr. Doe, the talks in Zenda")


def test_an_omeka_item_without_the_scans_text_is_a_clear_error(tmp_path):
    path = tmp_path / "item.txt"
    path.write_text(
        '<?xml version="1.0"?><item xmlns="http://omeka.org/schemas/omeka-xml/v5"><fileContainer>'
        "<file><src>https://example.org/a.pdf</src></file></fileContainer></item>"
    )
    with pytest.raises(ReadError, match="item.txt: an Omeka item without the scan's text"):
        read_file(path)


OMEKA_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<item xmlns="http://omeka.org/schemas/omeka-xml/v5" itemId="1">
  <fileContainer><file fileId="2"><src>https://example.org/files/a.pdf</src>
    <authentication>0123abcd</authentication>
    <elementSetContainer><elementSet elementSetId="31"><name>PDF Text</name><description/>
      <elementContainer><element elementId="131"><name>Text</name><description/>
        <elementTextContainer><elementText elementTextId="9">
          <text>TELETYPE MESSAGE
From: THE RURITANIAN AMBASSADOR
Following for Doe from Roe.</text>
        </elementText></elementTextContainer></element></elementContainer>
    </elementSet></elementSetContainer></file></fileContainer>
  <elementSetContainer><elementSet elementSetId="1"><name>Dublin Core</name>
    <elementContainer><element elementId="50"><name>Title</name>
      <elementTextContainer><elementText elementTextId="3"><text>Catalogue title</text>
"""


def test_omeka_item_export_gives_the_scans_text_only(tmp_path):
    path = tmp_path / "item.txt"
    path.write_text(OMEKA_ITEM)  # cut off inside the catalogue fields, as copied
    text = read_file(path).text
    assert text.startswith("TELETYPE MESSAGE\nFrom: THE RURITANIAN AMBASSADOR")
    assert "0123abcd" not in text and "PDF Text" not in text and "Catalogue" not in text
