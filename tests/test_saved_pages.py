"""Pages saved from history.state.gov and from older State Department web copies are read as
documents, not as sites: the site's navigation, breadcrumbs, sidebars, header and footer
are left out of the text and kept as provenance; footnotes become notes. The pages are
written here in those sites' layouts, with invented words."""

from chancery.pipeline import process_source
from chancery.read import read_file
from chancery.settings import DEFAULT

HSG_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Historical Documents - Office of the Historian</title>
<script>var tracking = "nothing";</script></head>
<body>
<header class="hsg-header"><div class="hsg-header-inner">
  <a href="/">Office of the Historian</a>
  <nav class="hsg-nav"><ul><li><a href="/historicaldocuments">Historical Documents</a></li>
    <li><a href="/departmenthistory">Department History</a></li><li><a href="/countries">Countries</a></li></ul></nav>
  <form class="hsg-search"><input name="q"><button>Search</button></form>
</div></header>
<div class="container hsg-main">
  <div class="row"><nav class="hsg-breadcrumb" aria-label="breadcrumbs"><ol class="hsg-breadcrumb__list">
    <li><a href="/">Home</a></li><li><a href="/historicaldocuments">Historical Documents</a></li>
    <li><a href="/historicaldocuments/frus1961-63v99">Foreign Relations, 1961-1963, Volume XCIX, Ruritania</a></li>
  </ol></nav></div>
  <div class="row"><div class="hsg-navigation-wrapper"><h2 class="hsg-navigation-title">Trade Talks</h2></div></div>
  <div class="row">
    <a class="page-nav nav-prev" href="d40">previous</a><a class="page-nav nav-next" href="d42">next</a>
    <div class="hsg-width-main"><div id="content-inner"><div id="content-container"><div class="content">
      <div class="tei-div" id="d41">
        <h3 class="tei-head">41. Telegram From the Embassy in Ruritania to the Department of State<a href="#fn:1" class="note" rel="footnote" id="fnref:1"><sup>1</sup></a></h3>
        <p class="tei-dateline">Strelsau, March 9, 1962, 6 p.m.</p>
        <p class="tei-p">1812. Minister Quillfeather told me this morning that his government would send a delegation to Geneva in April,
          provided the talks were not announced before it left.<a href="#fn:2" class="note" rel="footnote" id="fnref:2"><sup>2</sup></a></p>
        <p class="tei-p">I said I would report his views and ask for instructions. He seemed content with the answer.</p>
        <p class="tei-closer">Blackwood</p>
        <div class="footnotes"><ol>
          <li class="footnote" id="fn:1"><p>Source: Department of State, Central Files, 611.99/3-962. Secret; Priority. <a href="#fnref:1" class="fn-back">↩</a></p></li>
          <li class="footnote" id="fn:2"><p>No record of the delegation's instructions has been found. <a href="#fnref:2" class="fn-back">↩</a></p></li>
        </ol></div>
      </div>
    </div></div></div></div>
    <aside class="hsg-width-sidebar">
      <div class="hsg-toc-sidebar"><ul><li><a href="d40">40. Memorandum of Conversation</a></li><li><a href="d42">42. Editorial Note</a></li></ul></div>
      <div id="person-panel" class="hsg-panel"><h4 class="hsg-sidebar-title">Persons</h4>
        <div class="hsg-list-group"><a href="persons#p_QA1">Quillfeather, Ambrose</a><a href="persons#p_MW1">Mortlake, Wendell</a></div></div>
    </aside>
  </div>
</div>
<footer class="hsg-footer"><p>Office of the Historian, Foreign Service Institute, United States Department of State</p>
  <p>history@state.gov · Phone: 202-955-0200</p></footer>
</body></html>
"""  # noqa: E501 (test data)

# An older copy (the 2001-2009 archive's layout): tables, a left menu, a "You are in:" trail.
OLD_COPY = """<html><head><title>Letter to the Minister</title></head><body>
<table><tr>
 <td id="leftnav"><div id="navigation"><a href="/">Home</a><br><a href="/issues">Issues &amp; Press</a><br><a href="/travel">Travel</a></div></td>
 <td><div id="content">
  <p>You are in: Under Secretary for Political Affairs &gt; Bureau of European Affairs &gt; Releases</p>
  <h2>Letter From Secretary Halvorsen to Minister Quillfeather</h2>
  <p>Washington, May 2, 2003</p>
  <p>Dear Mr. Minister:</p>
  <p>I write to thank you for receiving our delegation in Strelsau last week, and to confirm that the talks will resume in June
     at Geneva, as we agreed at our meeting.</p>
  <p>Sincerely,</p><p>Marcus Halvorsen</p>
 </div></td>
</tr></table>
<div id="footer"><a href="/privacy">Privacy Notice</a> | <a href="/foia">FOIA</a> | <a href="/copyright">Copyright Information</a></div>
</body></html>
"""  # noqa: E501 (test data)


def read_page(tmp_path, name: str, markup: str):
    path = tmp_path / name
    path.write_text(markup)
    return read_file(path, DEFAULT)


def test_a_saved_history_state_gov_page_is_the_document_without_the_site(tmp_path):
    source = read_page(tmp_path, "d41.html", HSG_PAGE)
    assert source.text.startswith("41. Telegram From the Embassy in Ruritania")
    for site_words in (
        "Department History",
        "Search",
        "Foreign Relations, 1961-1963, Volume XCIX",
        "previous",
        "Mortlake",
        "42. Editorial Note",
        "Foreign Service Institute",
        "tracking",
    ):
        assert site_words not in source.text, site_words
    assert "He seemed content with the answer." in source.text


def test_the_sites_words_are_kept_as_provenance_on_the_document(tmp_path):
    [doc] = process_source(read_page(tmp_path, "d41.html", HSG_PAGE), DEFAULT)
    [chrome] = [s for s in doc.stamps if s.kind == "site-chrome"]
    assert (
        "Department History" in chrome.text
        and "Mortlake, Wendell" in chrome.text
        and "Foreign Service Institute" in chrome.text
    )


def test_a_saved_pages_footnotes_become_notes_and_its_source_note_is_read(tmp_path):
    [doc] = process_source(read_page(tmp_path, "d41.html", HSG_PAGE), DEFAULT)
    notes = [f.text for f in doc.footnotes]
    assert (
        notes[0].startswith("Source: Department of State, Central Files")
        and "No record of the delegation" in notes[1]
    )
    assert "No record of the delegation" not in doc.text
    assert doc.type == "telegram" and doc.date == "1962-03-09" and doc.classification == "Secret"


def test_an_older_copys_menu_footer_and_you_are_in_trail_are_not_the_letter(tmp_path):
    [doc] = process_source(read_page(tmp_path, "letter.html", OLD_COPY), DEFAULT)
    assert (
        "Issues & Press" not in doc.text
        and "Privacy Notice" not in doc.text
        and "You are in:" not in doc.text
    )
    assert doc.text.lstrip().startswith("Letter From Secretary Halvorsen to Minister Quillfeather")
    assert doc.type == "letter" and doc.date == "2003-05-02"
    kept = "\n".join(s.text for s in doc.stamps if s.kind == "site-chrome")
    assert "Issues & Press" in kept and "Privacy Notice" in kept and "You are in:" in kept


def test_a_content_column_inside_an_element_named_like_a_header_is_still_the_document(tmp_path):
    page = HSG_PAGE.replace(
        '<div class="container hsg-main">', '<div class="container page-header-layout">'
    )
    source = read_page(tmp_path, "d41.html", page)
    assert (
        source.text.startswith("41. Telegram From the Embassy in Ruritania")
        and "He seemed content" in source.text
    )
