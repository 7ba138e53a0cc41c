"""Clean: noise leaves the body and is kept as provenance; offsets map back to the original."""

from hypothesis import given, settings
from hypothesis import strategies as st

from chancery.pipeline.clean import clean
from chancery.pipeline.split import split
from helpers import documents, source

PROSE = "The Secretary said that the question of Berlin could not be settled by force, and the Ambassador agreed to report this to Moscow. Both governments wished to avoid any misunderstanding about access routes. "


def cleaned(text):
    return [clean(d) for d in split(source(text))][0]


def test_release_stamp_becomes_provenance_with_its_parsed_fields():
    doc = cleaned(f"Approved For Release 2002/08/21 : CIA-RDP80B01234R000100020003-4\n\n{PROSE * 3}\n\nApproved For Release 2002/08/21 : CIA-RDP80B01234R000100020003-4\n")
    assert "Approved" not in doc.text
    assert [s.kind for s in doc.stamps] == ["release", "release"]
    assert doc.release == {"date": "2002-08-21", "id": "CIA-RDP80B01234R000100020003-4", "authority": "CIA"}


def test_garbled_release_stamp_is_still_a_stamp():
    doc = cleaned(f"{PROSE * 3}\n\npproved For TREIGS F 2002/08/21: CONTREIGS F 2002/08/2\n")
    assert doc.stamps[0].kind == "release"
    assert "TREIGS" not in doc.text


def test_banners_headers_and_file_marks_leave_the_body():
    text = f"SECRET\n\nCU-1148\n\n{PROSE * 3}\n\nBEST COPY AVAILABLE\n\n~~SECRET~~\n\n-3-\n\n{PROSE * 3}\n\nSEP 24 11 41 31 50\n"
    doc = cleaned(text)
    for noise in ("SECRET", "CU-1148", "BEST COPY", "-3-", "SEP 24"):
        assert noise not in doc.text
    assert {s.kind for s in doc.stamps} == {"classification", "file-mark", "best-copy", "page-number", "timestamp"}


def test_page_header_starts_a_new_page():
    doc = cleaned(f"November 15, 1960\n\nDear Jack:\n\n{PROSE * 3} such as\n\nCONFIDENTIAL\n\nNovember 15, 1960 Page Two\n\npeace in Europe. {PROSE}\n")
    assert [p.n for p in doc.pages] == [1, 2]
    assert "such as peace in Europe" in doc.text  # the sentence runs on across the break
    assert doc.text[doc.pages[1].start:].startswith("peace")


def test_inline_page_marker_is_removed_and_numbers_the_pages():
    doc = cleaned(f"{PROSE * 3}Mr. Khrushchev [Page 410] emphasized that he believed in peace. {PROSE}\n")
    assert "[Page" not in doc.text
    assert "Mr. Khrushchev emphasized" in doc.text
    assert [p.n for p in doc.pages] == [409, 410]


def test_footnote_markers_align_with_a_note_list_whose_first_item_is_the_source_note():
    text = (
        "12. Memorandum of Conversation0\n\n"
        f"{PROSE * 2} He had met Henry Ford III,1 who was pleasant. He saw President Rhee2 too. It was 22 years ago.\n\n"
        "  1. Source: Department of State, Central Files. Secret.\n"
        "  2. Presumably Henry Ford II.\n"
        "  3. Syngman Rhee, President of Korea.\n"
    )
    doc = cleaned(text)
    notes = {f.marker: f.text for f in doc.footnotes}
    assert notes["0"].startswith("Source:")
    assert notes["1"] == "Presumably Henry Ford II."
    assert notes["2"] == "Syngman Rhee, President of Korea."
    assert "Conversation0" not in doc.text and "III,1" not in doc.text and "Rhee2" not in doc.text
    assert "22 years ago" in doc.text
    assert "Presumably" not in doc.text


def test_scan_garbage_lines_go_but_letterhead_and_address_block_stay():
    text = (
        "STAT\n\nW. AVERELL HARRIMAN\n\nQuirnel Vaxt obrin\n\nDecember 7, 1960\n\nDear Allen:\n\n"
        f"{PROSE * 3}\n\nSincerely,\n\nbendi-\n\nHis Excellency\nNikita S. Khrushchev,\nThe Kremlin,\nMoscow.\n"
    )
    doc = cleaned(text)
    for garbage in ("STAT", "Quirnel", "bendi-"):
        assert garbage not in doc.text
    for kept in ("W. AVERELL HARRIMAN", "December 7, 1960", "Sincerely,", "The Kremlin,", "Moscow."):
        assert kept in doc.text


def test_distribution_block_is_kept_however_code_like():
    doc = cleaned(f"COPIES TO:\n\nG\tEUR\t0\tAmbassador Moscow\nS/S-3\tS/AL\tSOV\nS/P\tINR/D-2\tARA\n\n{PROSE * 3}\n")
    assert "INR/D-2" in doc.text and "Ambassador Moscow" in doc.text


def test_offset_map_leads_back_to_the_original_characters():
    text = f"SECRET\n\n{PROSE}Mr. Khrushchev [Page 410] emphasized peace.\n\n-2-\n\n{PROSE}\n"
    doc = cleaned(text)
    for i, ch in enumerate(doc.text):
        if not ch.isspace():
            assert doc.raw[doc.to_raw(i)] == ch


def test_pages_cover_the_clean_text():
    [doc] = documents(f"{PROSE * 4}\n\n- 2 -\n\n{PROSE * 4}\n\n- 3 -\n\n{PROSE}\n")
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    assert all(a.end == b.start for a, b in zip(doc.pages, doc.pages[1:]))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_cleans_without_crashing(text):
    for doc in documents(text):
        assert isinstance(doc.text, str)
