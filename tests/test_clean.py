"""Clean: noise leaves the body and is kept as provenance; offsets map back to the original."""

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from chancery.model import Source, SourcePage
from chancery.pipeline.clean import clean, share_release
from chancery.pipeline.split import split
from helpers import documents, source

PROSE = (
    "The Secretary said that the question of Berlin could not be settled by force, and the "
    "Ambassador agreed to report this to Moscow. Both governments wished to avoid any "
    "misunderstanding about access routes. "
)
RELEASE = "Approved For Release 2002/08/21 : CIA-RDP80B01234R000100020003-4"


def cleaned(text):
    return [clean(d) for d in split(source(text))][0]


def kinds(doc):
    return [s.kind for s in doc.stamps]


# --- release and declassification ------------------------------------------------------


def test_release_stamp_becomes_provenance():
    doc = cleaned(f"{RELEASE}\n\n{PROSE * 3}\n\n{RELEASE}\n")
    assert "Approved" not in doc.text
    assert kinds(doc) == ["release", "release"]
    assert doc.release == {
        "date": "2002-08-21",
        "id": "CIA-RDP80B01234R000100020003-4",
        "authority": "CIA",
    }


def test_one_good_release_stamp_among_garbled_ones_is_enough():
    doc = cleaned(
        f"pproved For TREIGS F 2002/08/21: CONTREIGS F 2002/08/2\n\n{PROSE * 3}\n\n"
        f"Approved For Rclease 2002/08/21 : "
        f"CIA-RDP8OB0l234R0001OOO20003-4\n\n{PROSE * 3}\n\n{RELEASE}\n"
    )
    assert kinds(doc) == ["release", "release", "release"]
    assert "TREIGS" not in doc.text and "Rclease" not in doc.text
    assert (
        doc.release["id"] == "CIA-RDP80B01234R000100020003-4"
        and doc.release["date"] == "2002-08-21"
    )


def test_sanitized_copy_release_stamp_is_read():
    doc = cleaned(
        f"{PROSE * 3}\n\nSanitized Copy Approved for Release 2011/02/14 : "
        f"CIA-RDP85T00875R001500230011-4\n"
    )
    assert doc.release == {
        "date": "2011-02-14",
        "id": "CIA-RDP85T00875R001500230011-4",
        "authority": "CIA",
    }


def test_a_release_stamp_run_into_a_line_of_text_is_cut_out():
    doc = cleaned(
        f"{PROSE * 2}the talks {RELEASE} went on for a very long time indeed, and both "
        f"sides kept their places.\n"
    )
    assert "the talks went on" in doc.text
    assert [(s.kind, s.text) for s in doc.stamps] == [("release", RELEASE)]
    assert doc.release["id"] == "CIA-RDP80B01234R000100020003-4"


def test_a_library_release_stamp_keeps_the_heading_run_into_it():
    [doc] = documents(
        "Approved For Release 2009 03 04 NLC-7-12-3-4-5 MEMORANDUM THE WHITE HOUSE "
        "WASHINGTON SECRET May 3 1979 MEMORANDUM FOR THE PRESIDENT FROM JOHN Q. DOE SUBJECT "
        f"Weekly Report {PROSE * 4}\n"
    )
    assert "THE WHITE HOUSE WASHINGTON SECRET May 3 1979" in doc.text
    assert [(s.kind, s.text) for s in doc.stamps][:1] == [
        ("release", "Approved For Release 2009 03 04 NLC-7-12-3-4-5")
    ]
    assert doc.date == "1979-05-03"


def test_nara_declassification_block_becomes_provenance():
    doc = cleaned(f"DECLASSIFIED\nAuthority NND 959000\nBy SS NARA Date 3/4/98\n\n{PROSE * 3}\n")
    assert kinds(doc) == ["declassification"] * 3
    assert "NND" not in doc.text and "NARA" not in doc.text
    assert doc.release == {"date": "1998-03-04", "id": "NND 959000", "authority": "NARA"}


def test_presidential_library_declassification_is_read():
    doc = cleaned(
        f"DECLASSIFIED\nE.O. 12958, Sec. 3.6\nNLK-98-123\nBy ___ NARA, Date 5/4/99\n\n{PROSE * 3}\n"
    )
    assert doc.release == {"date": "1999-05-04", "id": "NLK-98-123", "authority": "NARA"}
    assert doc.text.startswith("The Secretary")


def test_parts_of_a_released_file_share_its_release():
    text = (
        f"March 1, 1961\n\nDear "
        f"Allen:\n\n{PROSE * 2}\n\nSincerely,\n\n{RELEASE}\n\nOFFICIAL ROUTING "
        f"SLIP\nTO\tNAME AND ADDRESS\tDATE\tINITIALS\n1\tMr. Amory\n\npproved For TREIGS F "
        f"2002/08/21\n"
    )
    docs = [clean(d) for d in split(source(text))]
    share_release(docs)
    assert len(docs) == 2
    assert docs[1].release == docs[0].release and docs[1].release["id"].startswith("CIA-RDP")


# --- banners, headers, file marks, forms, garbage --------------------------------------


def test_banners_headers_and_file_marks_leave_the_body():
    text = (
        f"SECRET\n\nCU-1148\n\n{PROSE * 3}\n\nBEST COPY "
        f"AVAILABLE\n\n~~SECRET~~\n\n-3-\n\n{PROSE * 3}\n\nSEP 24 11 41 31 50\n"
    )
    doc = cleaned(text)
    for noise in ("SECRET", "CU-1148", "BEST COPY", "-3-", "SEP 24"):
        assert noise not in doc.text
    assert {s.kind for s in doc.stamps} == {
        "classification",
        "file-mark",
        "best-copy",
        "page-number",
        "timestamp",
    }


def test_classification_banners_are_kept_with_their_words():
    doc = cleaned(
        f"S-E-C-R-E-T\n\nTOP SECRET - EYES ONLY\n\nSECRET/NOFORN\n\nT O P  S E C R E "
        f"T\n\n{PROSE * 3}\n"
    )
    assert [s.text for s in doc.stamps if s.kind == "classification"] == [
        "S-E-C-R-E-T",
        "TOP SECRET - EYES ONLY",
        "SECRET/NOFORN",
        "T O P  S E C R E T",
    ]
    assert doc.text.startswith("The Secretary")


def test_publication_and_receiving_stamps_leave_the_body():
    text = (
        f'{PROSE * 3}\n\n"Declassified for Publication in\nForeign Relations of the '
        f'United States"\n\n'
        "DEPARTMENT OF STATE\nRECORDING & COMMUNICATIONS SECTION\n\nFORM 5-61 DS-1254(T)\n"
    )
    doc = cleaned(text)
    assert doc.text.rstrip().endswith("access routes.")
    assert kinds(doc) == [
        "declassification",
        "declassification",
        "file-mark",
        "file-mark",
        "file-mark",
    ]


def test_the_state_departments_review_stamp_whole_or_cut_short_leaves_the_body():
    text = (
        f"{PROSE * 3}\n\nNNN\n"
        "Jane Q. Reviewer Declassified/Released US Department of State EO Systematic Review "
        "20 Mar 2014\nJane Q. Reviewer Declassified/Released US Depa\n"
    )
    doc = cleaned(text)
    assert "Reviewer" not in doc.text
    assert kinds(doc)[-2:] == ["declassification", "declassification"]  # ("NNN": garbage)


def test_a_page_run_into_one_line_with_the_review_stamp_in_it_stays_text():
    line = (
        "Jane Q. Reviewer Declassified Released US Department of State EO Systematic Review 04 "
        f"MAY 2006 Message Text LIMITED OFFICIAL USE PAGE 01 STATE 311722 {PROSE * 2}"
    ).replace("\n", " ")
    doc = cleaned(f"{line}\n")
    assert "Message Text" in doc.text


def test_letterhead_department_of_state_stays():
    doc = cleaned(
        f"DEPARTMENT OF STATE\n\nMemorandum of Conversation\n\nDATE: January 10, "
        f"1963\n\nSUBJECT: Berlin\n\n{PROSE * 3}\n"
    )
    assert doc.text.startswith(
        "DEPARTMENT OF STATE\n\nMemorandum of Conversation\n\nDATE: January 10, 1963"
    )


def test_scan_garbage_lines_go_but_letterhead_and_address_block_stay():
    text = (
        "STAT\n\nW. AVERELL HARRIMAN\n\nQuirnel Vaxt obrin\n\nDecember 7, 1960\n\nDear Allen:\n\n"
        f"{PROSE * 3}\n\nSincerely,\n\nbendi-\n\nHis Excellency\nNikita S. "
        f"Khrushchev,\nThe Kremlin,\nMoscow.\n"
    )
    doc = cleaned(text)
    for garbage in ("STAT", "Quirnel", "bendi-"):
        assert garbage not in doc.text
    for kept in (
        "W. AVERELL HARRIMAN",
        "December 7, 1960",
        "Dear Allen:",
        "Sincerely,",
        "The Kremlin,",
        "Moscow.",
    ):
        assert kept in doc.text


def test_signatures_and_initials_are_not_garbage():
    doc = cleaned(f"{PROSE * 3}\n\nROBERT AMORY, JR.\n\nMcG. B.\n\nTHOMPSON\n")
    for kept in ("ROBERT AMORY, JR.", "McG. B.", "THOMPSON"):
        assert kept in doc.text


def test_distribution_and_participants_blocks_are_kept_however_code_like():
    doc = cleaned(
        f"PARTICIPANTS:\n\nU.S.\nThe Secretary\n\nCOPIES TO:\n\nG\tEUR\t0\tAmbassador "
        f"Moscow\nS/S-3\tS/AL\tSOV\nS/P\tINR/D-2\tARA\n\n{PROSE * 3}\n"
    )
    for kept in ("U.S.\nThe Secretary", "INR/D-2", "Ambassador Moscow", "S/S-3"):
        assert kept in doc.text


def test_routing_slip_grid_is_form_furniture_and_its_names_stay():
    text = (
        "UNCLASSIFIED\tCONFIDENTIAL\tSECRET\n\t\tCIAL ROUTING\t\t\nTO\tNAME AND "
        "ADDRESS\tDATE\tINITIALS\n1\tMr. Amory\n2\n3\nACTION\tDIRECT REPLY\tPREPARE "
        "REPLY\nAPPROVAL\tDISPATCH\tRECOMMENDATION\nC\tFOL\tO HERE TO RETURN T\t\tR "
        "DAT\n\nO/DCI\n\n1/4/61\n"
    )
    doc = cleaned(text)
    assert "Mr. Amory" in doc.text and "1/4/61" in doc.text
    assert (
        "APPROVAL" not in doc.text
        and "NAME AND ADDRESS" not in doc.text
        and "RETURN" not in doc.text
    )
    assert set(kinds(doc)) == {"form"}


# --- pages -----------------------------------------------------------------------------


def test_continuation_page_header_starts_a_new_page_and_the_sentence_reads_on():
    doc = cleaned(
        f"November 15, 1960\n\nDear Jack:\n\n{PROSE * 3} such "
        f"as\n\nCONFIDENTIAL\n\nNovember 15, 1960 Page Two\n\npeace in Europe. "
        f"{PROSE}\n"
    )
    assert [p.n for p in doc.pages] == [1, 2]
    assert "such as peace in Europe" in doc.text
    assert doc.text[doc.pages[1].start :].startswith("peace")
    assert [(s.kind, s.page) for s in doc.stamps] == [("classification", 1), ("page-header", 2)]


def test_a_word_hyphenated_across_a_page_break_is_joined():
    doc = cleaned(f"{PROSE * 3}the talks on strength-\n\n- 2 -\n\nening the peace went on.\n")
    assert "the talks on strengthening the peace" in doc.text


def test_continuation_header_lines_around_the_page_number_leave_the_body():
    text = (
        f"March 3, 1961\n\nDear Mr. Chairman:\n\n{PROSE * 3}\n\nThe Chairman\nPage "
        f"2\nMarch 3, 1961\n\n{PROSE}\n\nMr. Khrushchev - 3 - March 3, "
        f"1961\n\n{PROSE * 2}\n"
    )
    doc = cleaned(text)
    assert doc.text.count("March 3, 1961") == 1 and "The Chairman" not in doc.text
    assert [p.n for p in doc.pages] == [1, 2, 3]


def test_a_form_header_printed_on_every_page_leaves_the_body_after_the_first_page():
    text = (
        f"INCOMING TELEGRAM  Department of State\n\nFROM: "
        f"Moscow\n\n{PROSE * 3}\n\nSECRET\n\nINCOMING TELEGRAM  Department of State\n\n-2- "
        f"1595, February 12, 4 p.m., from Moscow\n\n{PROSE}\n"
    )
    doc = cleaned(text)
    assert doc.text.count("INCOMING TELEGRAM") == 1
    assert [p.n for p in doc.pages] == [1, 2]


def test_a_page_of_banners_without_a_number_is_still_a_page():
    doc = cleaned(
        f"{PROSE * 3}\n\nSECRET\n\nBEST COPY AVAILABLE\n\nCU-1150\n\nSECRET\n\n{PROSE * 3}\n"
    )
    assert [p.n for p in doc.pages] == [1, 2]


def test_inline_page_marker_is_removed_and_numbers_the_pages():
    doc = cleaned(f"{PROSE * 3}Mr. Mikoyan [Page 410] insisted that trade could grow. {PROSE}\n")
    assert "[Page" not in doc.text
    assert "Mr. Mikoyan insisted" in doc.text
    assert [p.n for p in doc.pages] == [409, 410]
    assert doc.text[doc.pages[1].start :].startswith("insisted")
    assert [(s.kind, s.text, s.page) for s in doc.stamps] == [("page-marker", "[Page 410]", 410)]


def test_page_marker_lines_number_the_pages():
    doc = cleaned(f"{PROSE * 2}\n\n[Page 227]\n\n{PROSE}\n\n[Page 228]\n\n{PROSE}\n")
    assert [p.n for p in doc.pages] == [226, 227, 228]


def test_pages_come_from_the_reader_when_it_gives_them():
    pages = [f"SECRET\n\n{PROSE * 2}", f"SECRET\n\n- 2 -\n\n{PROSE}", f"{PROSE}"]
    text = "\f".join(pages)
    spans, start = [], 0
    for n, page in enumerate(pages, start=1):
        spans.append(SourcePage(n, start, start + len(page)))
        start += len(page) + 1
    [doc] = [
        clean(d)
        for d in split(Source(path="a.pdf", format="pdf", sha256="0" * 64, text=text, pages=spans))
    ]
    assert [p.n for p in doc.pages] == [1, 2, 3]
    assert [(s.text, s.page) for s in doc.stamps] == [("SECRET", 1), ("SECRET", 2), ("- 2 -", 2)]
    assert doc.text.count(PROSE.strip()) == 4


def test_pages_cover_the_clean_text():
    [doc] = documents(f"{PROSE * 4}\n\n- 2 -\n\n{PROSE * 4}\n\n- 3 -\n\n{PROSE}\n")
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    assert all(a.end == b.start for a, b in itertools.pairwise(doc.pages))


def test_a_text_without_page_cues_is_one_page():
    doc = cleaned(PROSE * 3)
    assert [(p.n, p.start, p.end) for p in doc.pages] == [(1, 0, len(doc.text))]


# --- footnotes -------------------------------------------------------------------------

FRUS = (
    "12. Memorandum of Conversation0\n\n"
    f"{PROSE * 2} He had toured Detroit,1 which was busy. He saw President Park2 too. "
    f"It was 22 years ago, in 1956.\n\n"
    "  1. Source: Department of State, Central Files. Secret.\n"
    "  2. The visit of May 3.\n"
    "  3. Chung Hee Park, President of Korea.\n"
)


def test_footnote_markers_align_with_a_note_list_whose_first_item_is_the_source_note():
    doc = cleaned(FRUS)
    notes = {f.marker: f.text for f in doc.footnotes}
    assert notes == {
        "0": "Source: Department of State, Central Files. Secret.",
        "1": "The visit of May 3.",
        "2": "Chung Hee Park, President of Korea.",
    }
    assert (
        "Conversation0" not in doc.text and "Detroit,1" not in doc.text and "Park2" not in doc.text
    )
    assert "22 years ago, in 1956." in doc.text
    assert "The visit of May 3" not in doc.text  # the note list left the body


def test_a_footnote_stands_where_its_marker_was():
    doc = cleaned(FRUS)
    ford = next(f for f in doc.footnotes if f.marker == "1")
    assert ford.start == ford.end
    assert doc.text[: ford.start].endswith("Detroit,")
    assert doc.text.startswith("12. Memorandum of Conversation\n")


def test_markers_numbered_like_their_list_align_one_to_one():
    text = (
        f"135. Telegram From the Embassy in the Soviet Union to the Department of "
        f"State1\n\n{PROSE * 2}"
        "I saw Khrushchev2 today. The treaty of 19553 was mentioned.\n\nThompson\n\n"
        " 1. Source: Department of State, Central Files. Secret;\n    Priority.\n"
        " 2. Nikita S. Khrushchev.\n 3. The Austrian State Treaty.\n"
    )
    doc = cleaned(text)
    assert {f.marker: f.text for f in doc.footnotes} == {
        "1": "Source: Department of State, Central Files. Secret; Priority.",
        "2": "Nikita S. Khrushchev.",
        "3": "The Austrian State Treaty.",
    }
    assert "treaty of 1955 was" in doc.text and "Khrushchev today" in doc.text


def test_an_older_web_copys_unnumbered_source_note_is_the_source_note():
    text = (
        "36. Telegram From the Department of State to the Embassy in France\n\n"
        "Washington, January 9, 1958, 8 p.m.\n\n"
        f"2308. {PROSE}See Moscow's 1193./1/\n\n"
        "//Source: Department of State, Central Files, 751.00/1-958. Secret; Priority. "
        "Drafted by Smith.\n\n/1/Not printed.\n"
    )
    [doc] = documents(text)
    assert doc.source_note.startswith("Department of State, Central Files")
    assert doc.classification == "Secret"
    assert "//Source" not in doc.text and "1193./1/" not in doc.text


def test_numbered_paragraphs_ending_a_memorandum_are_not_a_note_list():
    text = f"MEMORANDUM FOR: The Director\n\n1. {PROSE}\n\n2. {PROSE}\n\n3. {PROSE}\n"
    doc = cleaned(text)
    assert doc.footnotes == []
    assert f"3. {PROSE.strip()}" in doc.text


def test_the_minutes_of_a_heading_hour_are_no_footnote_marker_for_numbered_paragraphs():
    text = (
        "NSC Executive Committee Record of Action, June 5, 1962, 10:00 AM\n\n"
        f"1. {PROSE}\n\n2. {PROSE}\n\n3. {PROSE}\n"
    )
    doc = cleaned(text)
    assert doc.footnotes == []
    assert "10:00 AM" in doc.text and f"3. {PROSE.strip()}" in doc.text


def test_a_cut_copys_numbered_paragraphs_are_body_though_the_heading_has_a_marker():
    long_paragraph = PROSE * 6
    text = (
        "45. Memorandum of Conversation1\n\n  • The Secretary\n  • Ambassador Dobrynin\n\n"
        f"1. Middle East. {long_paragraph}\n\n{long_paragraph}\n"
    )
    doc = cleaned(text)
    assert "1. Middle East." in doc.text
    assert all(not f.text for f in doc.footnotes)


def test_numbers_without_a_note_list_are_left_alone():
    doc = cleaned(f"{PROSE * 2}Article5 of the treaty and 6 UST 433 and Document 135.\n")
    assert "Article5" in doc.text and doc.footnotes == []


# --- offsets and odd input -------------------------------------------------------------


def assert_offsets_hold(doc):
    """Every piece of the clean text is the raw text it maps to, or a separator."""
    bounds = [c for c, _ in doc.offset_map[1:]] + [len(doc.text)]
    for (clean_start, raw_start), clean_end in zip(doc.offset_map, bounds, strict=False):
        piece = doc.text[clean_start:clean_end]
        assert piece == doc.raw[raw_start : raw_start + len(piece)] or not piece.strip()
    for i, ch in enumerate(doc.text):
        if not ch.isspace():
            assert doc.raw[doc.to_raw(i)] == ch
    for stamp in doc.stamps:
        assert doc.raw[stamp.start : stamp.end] == stamp.text


def test_offset_map_leads_back_to_the_original_characters():
    text = (
        f"SECRET\n\n{PROSE}Mr. Mikoyan [Page 410] insisted on "
        f"trade.\n\n-2-\n\n{PROSE}strength-\n\n- 3 -\n\nening it.\n\n{FRUS}"
    )
    assert_offsets_hold(cleaned(text))


def test_empty_and_garbage_input_does_not_crash():
    for text in (
        "",
        "\n\n\n",
        "\f\f",
        "~~~~",
        "\x00\x01\x02",
        "1.",
        "  1. Source:",
        "[Page 2]",
        "- 2 -\n" * 50,
        "é" * 10_000,
    ):
        doc = cleaned(text)
        assert doc.pages and all(0 <= p.start <= p.end <= len(doc.text) for p in doc.pages)
        assert_offsets_hold(doc)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_cleans_without_crashing(text):
    for doc in documents(text):
        assert_offsets_hold(doc)  # every word of the clean text is the input's, where it was


ARCHIVAL_LINES = st.sampled_from(
    [
        "",
        "SECRET",
        "CONFIDENTIAL",
        "- 2 -",
        "Page Three",
        "[Page 228]",
        RELEASE,
        "BEST COPY AVAILABLE",
        "CU-1148",
        "STAT",
        "Dear Jack:",
        "Sincerely,",
        "March 1, 1961",
        "  1. Source: Department of State.",
        "  2. A note.",
        "He met Rhee1 and Ford2 in 19553.",
        PROSE,
        PROSE[:60] + "strength-",
        "ening the talks [Page 9] went on.",
        "OFFICIAL ROUTING SLIP",
        "1\tMr. Amory",
        "COPIES TO:",
        "S/S-3\tS/AL",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(ARCHIVAL_LINES, max_size=60))
def test_clean_keeps_its_offsets_on_any_mix_of_archival_lines(lines):
    for doc in [clean(d) for d in split(source("\n".join(lines)))]:
        assert_offsets_hold(doc)
        assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
        assert all(a.end == b.start for a, b in itertools.pairwise(doc.pages))
        assert all(f.start == f.end and -1 <= f.start <= len(doc.text) for f in doc.footnotes)


# --- the sample documents --------------------------------------------------------------

NOISE = re.compile(
    r"Approved For Release|CIA-RDP|BEST COPY AVAILABLE|Declassified for Publication|"
    r"\[Page \d+\]|^\s*-\s*\d+\s*-\s*$|"
    r"^\W*(?:SECRET|CONFIDENTIAL)\W*$|Page (?:Two|Three)|RECORDING & COMMUNICATIONS|"
    r"^\s*\d+\s*$|CU-1148|CWIII|AH WER",
    re.M,
)


def seed_documents(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text()
        for doc in split(Source(path=str(path), format="text", sha256="x", text=text)):
            yield path.name, clean(doc)


def test_no_stamp_banner_header_or_page_marker_remains_in_a_seed(seeds_dir):
    for name, doc in seed_documents(seeds_dir):
        assert not NOISE.findall(doc.text), f"{name} part {doc.part}: {NOISE.findall(doc.text)}"
        assert_offsets_hold(doc)


def test_seed_provenance_is_kept(seeds_dir):
    docs = {(name[:3], doc.part): doc for name, doc in seed_documents(seeds_dir)}
    # The id is read from the file itself: the sample's text stays in ../shared.
    stamped = re.search(r"CIA-RDP\w+-\d", docs["000", 1].raw).group()
    assert docs["000", 1].release == {"date": "2002-08-21", "id": stamped, "authority": "CIA"}
    assert [p.n for p in docs["000", 2].pages] == [1, 2, 3]
    assert "CONFIDENTIAL" in [s.text for s in docs["000", 2].stamps if s.kind == "classification"]
    assert docs["003", 1].pages[0].n == 226 and docs["003", 1].pages[-1].n == 231
    for key in (("003", 1), ("004", 1)):
        source_note = next(f for f in docs[key].footnotes if f.marker == "0")
        assert source_note.text.startswith("Source:") and source_note.start == len(
            docs[key].text.split("\n")[0]
        )


def test_a_page_ocr_ran_into_one_line_gets_its_header_fields_on_lines_of_their_own():
    from chancery.pipeline.lines import reline_flattened

    body = (
        "THE FOREIGN MINISTER SAW ME TODAY AND WE WENT OVER THE DRAFT AGREEMENT POINT BY POINT "
        * 12
    )
    page = (
        "Message Text SECRET PAGE 01 MOSCOW 03418 01 OF 02 141210Z O 141205Z MAR 76 "
        "ZFF-4 FM AMEMBASSY MOSCOW "
        "TO SECSTATE WASHDC NIACT IMMEDIATE 1177 FOR THE SECRETARY FROM AMBASSADOR "
        "TAGS UR US SUBJECT CALL ON FOREIGN MINISTER "
        "1 AT SHORT NOTICE TODAY " + body
    )
    relined = reline_flattened(page)
    assert len(relined) == len(page)  # offsets hold
    lines = relined.splitlines()
    assert (
        "O 141205Z MAR 76 ZFF-4" in lines
        and "FM AMEMBASSY MOSCOW" in lines
        and "SUBJECT CALL ON FOREIGN MINISTER" in lines
    )
    assert reline_flattened("A short page.\nWith lines.\n") == "A short page.\nWith lines.\n"


def test_short_turns_of_a_transcript_by_initials_are_no_scan_garbage():
    [doc] = documents(
        "Transcript of Telephone Conversation\n\n"
        "K. Good morning, Mr. President. The first reply from Moscow has come in.\n\n"
        "N. I see.\n\n"
        "K. They are moving in our direction, but slowly and with conditions.\n\n"
        "N. Good.\n"
    )
    assert "N. I see." in doc.text and "N. Good." in doc.text
    assert not [s for s in doc.stamps if s.kind == "garbage"]


def test_a_memorandums_handling_under_its_marking_is_no_continuation_of_the_heading():
    [doc] = documents(
        "Memorandum of Discussion at the 216th Meeting of the National Security Council, "
        "Washington, October 6, 19541\n\ntop secret\neyes only\n\n"
        "Present at the 216th meeting of the Council were the Secretary of State, presiding; "
        "the Secretary of Defense; the Attorney General (for Item 4); and General Twining for "
        "the Commandant, U.S. Marine Corps.\n\n"
        f"Following is a summary of the discussion at the meeting. {PROSE * 2}\n"
    )
    assert doc.type == "record of meeting"
    assert doc.title.endswith("216th Meeting of the National Security Council")
    # the Attorney General, not the General at the meeting
    assert [p.person_id for p in doc.participants][2] == "brownell-herbert"


def test_a_telegrams_precedence_under_its_marking_is_no_continuation_of_the_heading():
    [doc] = documents(
        "860C.00/11-2146: Telegram\n\nThe Chargé in Ruritania (Zabrowsky) to the Secretary of "
        "State\n\ntop secret\nmost immediate\n\n1801. I was able to see the Prime Minister "
        "today and discuss the points mentioned in your telegram of November 18 at length.\n"
    )
    assert doc.title == "The Chargé in Ruritania (Zabrowsky) to the Secretary of State"
