"""Split: several documents in one file, from generic cues; never a lost character."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chancery.model import Source, SourcePage
from chancery.pipeline import process_source
from chancery.pipeline.split import split
from helpers import source

BODY = (
    "We discussed the question of a nuclear test ban at some length, and the position "
    "of both governments. " * 4
)
PARAGRAPH = (
    "The Ambassador said that his government was ready to discuss the question of Berlin "
    "at any level, and hoped for the same readiness in Washington."
)

COVER_AND_LETTER = f"""JOHN SMITH

March 1, 1961

Dear Allen:

{BODY}

Sincerely,

The Honorable Christian A. Herter
Washington, D. C.

Approved For Release 2002/08/21 : CIA-RDP80B01234R000100020003-4

AH WER 61-2161

CONFIDENTIAL

February 15, 1961

Dear Jack:

{BODY}

CONFIDENTIAL

February 15, 1961 Page Two

{BODY}
"""


def first_lines(parts):
    return [p.raw.lstrip().split("\n", 1)[0] for p in parts]


def test_a_new_dated_letter_after_a_closing_starts_a_document():
    parts = split(source(COVER_AND_LETTER))
    assert len(parts) == 2
    assert parts[1].raw.lstrip().startswith("AH WER 61-2161")  # the new letter keeps its own header


def test_the_release_stamp_at_the_foot_stays_with_the_finished_document():
    parts = split(source(COVER_AND_LETTER))
    assert "Approved For Release" in parts[0].raw
    assert "Washington, D. C." in parts[0].raw


def test_a_continuation_page_header_repeating_the_date_is_not_a_new_document():
    parts = split(source(COVER_AND_LETTER))
    assert "Page Two" in parts[1].raw


def test_a_dated_header_under_a_page_number_is_a_continuation():
    text = (
        f"March 3, 1961\n\nDear Mr. Chairman:\n\n{BODY}\n\nJOHN SMITH\n\n- 2 -\nMarch 3, 1961\n\n"
        f"{BODY}\n\nSincerely,\n\nJohn Smith\n"
    )
    assert len(split(source(text))) == 1


def test_a_routing_slip_after_a_letter_is_its_own_document():
    text = (
        COVER_AND_LETTER
        + "\nUNCLASSIFIED\tCONFIDENTIAL\tSECRET\n\nOFFICIAL ROUTING SLIP\n\nTO\tNAME AND "
        "ADDRESS\tDATE\tINITIALS\n1\tMr. Amory\n\n1/4/61\n"
    )
    parts = split(source(text))
    assert len(parts) == 3
    assert "ROUTING SLIP" in parts[2].raw
    assert parts[1].raw.rstrip().endswith(BODY.rstrip())


def test_a_routing_slip_garbled_by_ocr_still_splits_off():
    text = (
        f"Dear Allen:\n\n{BODY}\n\nSincerely,\n\nCONFIDENTIAL\n\n-\t\tRAL INTELLIGENCE "
        f"A\tGENCY\n\t\tCIAL ROUTING\t\t\n-01\tNAME AND ADDRESS\t\tINITIALS\tDATE\n1\tMr. "
        f"Amory\n"
    )
    parts = split(source(text))
    assert len(parts) == 2
    assert parts[1].raw.startswith("-\t\tRAL INTELLIGENCE")
    assert "CONFIDENTIAL" in parts[0].raw  # a banner above a form is the page foot


def test_a_memorandum_under_a_routing_slip_is_its_own_document():
    text = (
        "UNCLASSIFIED\tCONFIDENTIAL\tSECRET\nOFFICIAL ROUTING SLIP\nTO\tNAME AND "
        "ADDRESS\tDATE\tINITIALS\n1\tDCI\n"
        "ACTION\tDIRECT REPLY\tPREPARE REPLY\n\nSECRET\n\n14 March 1961\n\nMEMORANDUM "
        "FOR: Director of Central Intelligence\n\n"
        f"SUBJECT: Berlin\n\n{PARAGRAPH}\n"
    )
    parts = split(source(text))
    assert len(parts) == 2
    assert parts[1].raw.startswith("SECRET\n\n14 March 1961")
    assert "ACTION" in parts[0].raw


def test_frus_numbered_heading_starts_a_document_but_a_note_list_does_not():
    text = (
        f"62. Memorandum of Conversation0\n\n{BODY}\n\n"
        "  1. Source: Department of State.\n  2. Memorandum of conversation by Freers, "
        "January 16; not printed.\n\n"
        f"63. Telegram From the Embassy in the Soviet Union to the Department of State\n\n{BODY}\n"
    )
    assert first_lines(split(source(text))) == [
        "62. Memorandum of Conversation0",
        "63. Telegram From the Embassy in the Soviet Union to the Department of State",
    ]


def test_a_numbered_paragraph_ending_in_a_note_marker_is_no_new_document():
    text = (
        "12. Telegram From the Embassy in Laos to the Department of State 1\n\n"
        f"1. {BODY}\n\n2. {BODY}\n\n"
        "3. Aide said he would report this to the General (Embtel 404).2\n\n"
        "  1. Source: Central Files, POL 27 LAOS. Secret.\n  2. Not printed.\n"
    )
    assert first_lines(split(source(text))) == [
        "12. Telegram From the Embassy in Laos to the Department of State 1"
    ]


def test_a_second_telegram_header_starts_a_document():
    telegram = (
        "INCOMING TELEGRAM    Department of State\n\nSECRET\n\nControl: 1234\n\nFROM: "
        "Moscow\nTO: Secretary of State\n"
        f"NO: 1595, February 12, 4 "
        f"p.m.\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nTHOMPSON\n\n"
        "DECLASSIFIED\nAuthority NND 959000\nBy SS NARA Date 3/4/98\n\n"
    )
    parts = split(source(telegram + telegram))
    assert len(parts) == 2
    assert parts[1].raw.startswith("INCOMING TELEGRAM")
    assert "THOMPSON" in parts[0].raw


def test_a_telegram_form_header_printed_on_every_page_is_not_a_new_document():
    text = (
        "INCOMING TELEGRAM    Department of State\n\nFROM: Moscow\nTO: Secretary of "
        "State\nNO: 1595\n\n"
        f"{PARAGRAPH}\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nNODIS\n\nSECRET\n\nINCOMING "
        f"TELEGRAM    Department of State\n\n"
        f"-2- 1595, February 12, 4 p.m., from Moscow\n\n{PARAGRAPH}\n\nTHOMPSON\n"
    )
    assert len(split(source(text))) == 1


def test_a_memorandum_heading_with_header_fields_starts_a_document():
    memo = (
        f"SECRET\n\nMEMORANDUM FOR: The Director\n\nSUBJECT: Berlin\n\n1. "
        f"{PARAGRAPH}\n\n2. {PARAGRAPH}\n\n3. {PARAGRAPH}\n\nJOHN DOE\nAssistant "
        f"Director\n\n"
    )
    parts = split(source(memo + memo))
    assert len(parts) == 2
    assert parts[1].raw.startswith("SECRET")  # the new memorandum's banner is its own
    assert "JOHN DOE\nAssistant Director" in parts[0].raw  # the signature stays with its memorandum


def test_a_letter_quoted_inside_a_memorandum_is_not_split():
    text = (
        f"MEMORANDUM FOR THE PRESIDENT\n\nSUBJECT: A letter\n\n{PARAGRAPH} {PARAGRAPH}\n\n"
        f"The text of the Chairman's letter reads as follows:\n\nDear Mr. "
        f"President:\n\n{PARAGRAPH}\n\nDean Rusk\n"
    )
    assert len(split(source(text))) == 1


def test_one_document_is_one_part():
    text = f"March 1, 1961\n\nDear Allen:\n\n{BODY}\n\nSincerely,\n"
    [part] = split(source(text))
    assert (part.part, part.parts, part.raw, part.raw_start) == (1, 1, text, 0)


def test_empty_text_is_one_empty_part():
    [part] = split(source(""))
    assert part.raw == "" and part.parts == 1


def test_parts_of_a_paged_source_keep_their_offsets():
    first = f"March 1, 1961\n\nDear Allen:\n\n{BODY}\n\nSincerely,\n\nJohn Smith"
    second = f"March 2, 1961\n\nDear Jack:\n\n{BODY}"
    text = first + "\f" + second
    pdf = Source(
        path="a.pdf",
        format="pdf",
        sha256="0" * 64,
        text=text,
        pages=[SourcePage(1, 0, len(first)), SourcePage(2, len(first) + 1, len(text))],
    )
    parts = split(pdf)
    assert [p.raw_start for p in parts] == [0, len(first) + 1]
    assert parts[1].raw.startswith("March 2, 1961")


def test_seed_files_split_into_their_documents(seeds_dir):
    counts = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text()
        parts = split(Source(path=str(path), format="text", sha256="x", text=text))
        assert "".join(p.raw for p in parts) == text
        counts[path.name[:3]] = len(parts)
        if len(parts) == 3:
            assert "December 7, 1960" in parts[0].raw
            assert parts[1].raw.lstrip().split("\n")[0] == "AH WER 61-2161"
            assert "ROUTING" in parts[2].raw
    assert counts == {"000": 3, "001": 1, "002": 1, "003": 1, "004": 1}


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000))
def test_parts_partition_any_text_exactly(text):
    parts = split(source(text))
    assert "".join(p.raw for p in parts) == text
    assert all(p.raw_start == sum(len(q.raw) for q in parts[: p.part - 1]) for p in parts)
    assert all(p.parts == len(parts) for p in parts)


LINES = st.sampled_from(
    [
        "",
        "Sincerely,",
        "JOHN SMITH",
        "March 1, 1961",
        "Dear Allen:",
        "CONFIDENTIAL",
        "- 2 -",
        "Page Two",
        "62. Memorandum of Conversation",
        "MEMORANDUM FOR: The Director",
        "SUBJECT: Berlin",
        "FROM: Moscow",
        "TO: Secretary of State",
        "INCOMING TELEGRAM",
        "OFFICIAL ROUTING SLIP",
        "NAME AND ADDRESS\tINITIALS",
        "Approved For Release 2002/08/21 : CIA-RDP80B01234R000100020003-4",
        "The Honorable Christian A. Herter",
        PARAGRAPH,
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(LINES, max_size=80))
def test_parts_partition_documents_made_of_archival_lines(lines):
    text = "\n".join(lines)
    parts = split(source(text))
    assert "".join(p.raw for p in parts) == text
    assert all(p.raw for p in parts) or len(parts) == 1


def test_a_telegram_signed_atop_a_printed_page_ends_where_the_next_ones_file_heading_begins():
    text = (
        "THE SOVIET UNION                       717\n\n"
        "the press here continues to treat the matter as one of security for a country "
        "surrounded by hostile\npowers, and any criticism of it "
        "abroad is presented to the public\nas a further step in the campaign against "
        "the Soviet state.\n"
        "  (4) We therefore believe that the campaign is meant above all to "
        "prepare\nthe public at home for what the government intends "
        "to do next,\nand that it will go on for some weeks before anything is done in "
        "the open about the question\n"
        "in the weeks ahead.\n                                                           KENNAN\n\n"
        "861.00/3-1646: Telegram\nThe Charge in the Soviet Union (Kennan) to the "
        "Secretary of State\n\n"
        "                                           Moscow, March 16, 1946.\n"
        "  840. Today's papers publish a decree renaming the People's Commissariats as "
        "Ministries, with an explanation\n"
        "of the reasons which the Embassy summarizes below for the information of the Department.\n"
    )
    parts = split(source(text))
    assert len(parts) == 2 and parts[1].raw.lstrip().startswith("861.00/3-1646: Telegram")


STAMP = "Approved For Release 2004/03/09 : CIA-RDP80B01234R000100020003-4"


def run_on_scan(*pages: str) -> str:
    """A scan OCR ran into one line: each page between its release stamps."""
    return " ".join(f"{STAMP} {page} {STAMP}" for page in pages) + "\n"


def test_a_page_of_a_scan_run_into_one_line_that_opens_with_its_own_date_is_a_new_document():
    text = run_on_scan(
        f"June 3, 1958 MEMORANDUM FOR: The Director {BODY} ARTHUR ROE Deputy Director",
        f"- 2 - and so the meeting ended. {BODY}",
        f"CONFIDENTIAL June 1, 1958 With reference to my note of May 28, {BODY}",
    )
    parts = split(source(text))
    assert [p.raw.count("June 1, 1958") for p in parts] == [0, 1]
    assert "- 2 - and so the meeting ended" in parts[0].raw
    assert "".join(p.raw for p in parts) == text


def test_a_run_on_page_after_one_that_ended_its_letter_with_a_closing_is_a_new_document():
    text = run_on_scan(
        f"Dear Dick: {BODY} Warm regards, Zabrowsky 1215/69",
        f"WASHINGTON SECRET /NODIS The President recently asked three men for their views. {BODY}",
    )
    parts = split(source(text))
    assert len(parts) == 2 and "The President recently asked" in parts[1].raw
    # the Library of Congress's stamp on every page is a page's seam too
    loc = "No Objection to Declassification in Full 2013/03/19 : LOC-HAK-3-3-17-6"
    parts = split(source(text.replace(STAMP, loc)))
    assert len(parts) == 2


def test_a_run_on_letter_closed_without_a_legible_signature_ends_before_its_enclosure():
    text = run_on_scan(
        f"Dear Allen: {BODY} Faithfully, (Enclosure)",
        f"[Letterhead of January 18th. Dear Eustace: {BODY}",
    )
    parts = split(source(text))
    assert len(parts) == 2 and "Dear Eustace" in parts[1].raw


def test_a_run_on_memorandums_copies_and_attachment_end_it_before_the_next_page():
    text = run_on_scan(
        f"MEMORANDUM FOR: The Director {BODY} Director Attachment AWD/c 1 cc--DCI 1 cc--ER",
        f"Paris Darling Mary and Doug: {BODY}",
    )
    assert len(split(source(text))) == 2


def test_a_continued_page_that_opens_mid_sentence_with_a_date_is_not_a_new_document():
    text = run_on_scan(
        f"June 3, 1958 MEMORANDUM FOR: The Director {BODY}",
        f"on June 1, 1958 the talks resumed. {BODY}",
    )
    assert len(split(source(text))) == 1


def test_a_page_whose_date_ocr_broke_with_a_speck_still_opens_a_new_document():
    text = run_on_scan(
        f"SECRET EXECUTIVE MEMORANDUM No. 5 DATE 24 May 1962 {BODY}",
        f"S-E-C-R-E-T 1.6 May 1962 MEMORANDUM FOR RECORD SUBJECT: Lunch {BODY}",
    )
    parts = split(source(text))
    assert len(parts) == 2 and "1.6 May 1962" in parts[1].raw


def test_a_note_in_short_lines_after_a_memorandums_copies_list_is_its_own_document():
    # OCR of narrow pages: a memorandum, its "cc:" list, then a short dated note.
    body = "\n".join(
        [
            "The Director has asked that briefings prepared for his use",
            "before the committees include a statement at the outset",
            "on the confidence we place in our estimates and sources.",
        ]
        * 3
    )
    text = (
        f"20 January 1964\nMEMORANDUM FOR: Deputy Director (Intelligence)\n{body}\n25X1\n"
        "John Q. Doe\nLieutenant General, USA\nActing Director\ncc:\nExecutive Director\n"
        "General Counsel\nApproved For Release 2005/04/28 : CIA-RDP80B01676R001400010012-5\n"
        "OFFICE OF THE DIRECTOR\nJanuary 17, 1964\nNote to General Doe\n"
        "When giving briefing at the White House include\nthe following statement:\n"
        "We have a high degree of confidence in the\nestimates because they come from\n"
        "intelligence from a variety of sources, and\nwe consider them essential for the\n"
        "security of the Free World.\n"
    )
    parts = split(source(text))
    assert len(parts) == 2 and parts[1].raw.startswith("OFFICE OF THE DIRECTOR")


def test_a_blogs_introduction_belongs_with_the_document_it_introduces():
    intro = (
        "Archives are wonderful, this is a must read! This is coming from the web archives of "
        "the department, enjoy. The date and the content of the documents are very funny, and "
        "the letter below shows what sort of letters a president sent to his director.\n\n"
    ) * 2
    letter = (
        "149. Letter From President Doe to Director of Central Intelligence Roe1\n"
        "Washington, December 29, 1972.\n"
        f"Dear Dick:\n\n{BODY}\n\nSincerely,\n\nJohn Doe\n\n"
    )
    memo = (
        "150. Memorandum From the Director of Central Intelligence (Roe) to President Doe1\n"
        f"Washington, December 30, 1972.\n\n{BODY}\n"
    )
    parts = split(source(intro + letter + memo))
    assert [p.raw[:40] for p in parts] == [intro[:40], memo[:40]]


def test_a_run_on_scan_page_opening_with_a_letterhead_after_garbled_stamps_is_a_new_document():
    first = (
        "Approved For Release 2002/07/29 : CIA-RDP80B01676R000200150032-1 24 January 1964 "
        "MEMORANDUM FOR: Deputy Director "
    ) + (
        "I am planning to schedule a meeting with the President sometime on Monday or Tuesday "
        "to discuss a number of subjects including the attached memorandum. " * 3
    )
    stamps = (
        "C Approved For Release 2002/ 7/29: IA-F iP8DBW 676F20'00' 2075032-1 "
        "Approved For Release .2002/07/29: CIA-RDP80B01676R000200150032-1 "
    )
    second = (
        "THE DIRECTOR OF CENTRAL INTELLIGENCE WASHINGTON 25, D.C. 17 January 1964 MEMORANDUM "
        "FOR THE PRESIDENT "
    ) + (
        "For years the Agency has made available to responsible authorities outside the "
        "Government data, analyses and reports on the economies of other countries. " * 3
    )
    text = first + stamps + second
    assert len(text) > 1000 and "\n" not in text
    parts = split(source(text))
    assert len(parts) == 2 and "THE DIRECTOR OF CENTRAL" in parts[1].raw[:150]


def test_a_run_on_page_opening_with_a_long_capitals_title_before_its_date_is_a_new_document():
    stamp = "Approved For Release 2007/07/13: CIA-RDP80B01676R001900120021-8 "
    first = (
        "MINUTES OF SPECIAL GROUP MEETING 3 May 1962 1. The report was well received. "
        + "The Group took note of the report on stockpiling and asked for the paper. " * 6
    )
    second = (
        "MATTERS OF SPECIAL INTEREST- -SPECIAL GROUP MEETING 10 May 1962 1. The Deputy described "
        + "the weather problem and agreed to report back to the Group next week. " * 6
    )
    text = stamp + first + stamp + stamp + second
    assert len(text) > 1000 and "\n" not in text
    parts = split(source(text))
    assert len(parts) == 2 and "MATTERS OF SPECIAL INTEREST" in parts[1].raw[:200]


def test_a_scans_page_opening_with_a_new_date_under_the_release_stamps_is_a_new_paper():
    stamp = "Approved For Release 2002/01/09 : CIA-RDP80R01720R001000190017-9\n"
    report = "\n".join(
        ["The colony, with a population of about 250, covers a large area and maintains"] * 6
    )
    memo = "\n".join(
        ["Attached is a note from the officer on the colony, which you may wish to read"] * 4
    )
    text = (
        f"CHILE\n{report}\nCONFIDENTIAL\n{stamp}{stamp}6 May 1976\nAssistant for Europe\n{memo}\n"
    )
    parts = split(source(text))
    assert len(parts) == 2 and parts[1].raw.startswith("6 May 1976")


def test_a_memorandum_whose_fields_lost_their_colons_after_the_page_seam_starts_a_document():
    stamp = "Approved For Release 2002/11/04: CIA-RDP80-00473A000300080007-8"
    text = (
        f"12 May 1977\nMEMORANDUM FOR: Deputy Director for Administration\nSUBJECT : Notes\n"
        f"{BODY}\nSTATINTL\n-John Q. Doe\nAssistant for Public Affairs\n{stamp}\n{stamp}\n"
        "MEMORANDUM FOR: Director of Central Intelligence\nFROM Richard Roe\n"
        f"Deputy Director for Administration\nSUBJECT Recommended Notes\n{BODY}\n"
    )
    parts = split(source(text))
    assert first_lines(parts) == ["12 May 1977", "MEMORANDUM FOR: Director of Central Intelligence"]


def test_an_enclosed_letter_on_a_page_of_its_own_is_a_document_though_its_colon_was_lost():
    stamp = "Approved For Release 2002/11/13 : CIA-RDP80B01676R001100080005-9"
    text = (
        f"{stamp}\nMEMORANDUM FOR: MR. DOE\n{BODY}\nRecommend signature.\n3 Mar 56\n(DATE)\n"
        f"{stamp}\nDD s-5-7;0\n{stamp}\ne,fVfgii\nNational Capital Planning Commission\n"
        f"Washington 25, D. C.\nDear Mr. Roeaasw s\n{BODY}\n"
    )
    parts = split(source(text))
    assert len(parts) == 2 and "Dear Mr. Roeaasw" in parts[1].raw
    assert "Recommend signature." in parts[0].raw


def test_an_enclosure_whose_datelines_place_has_an_ocr_speck_starts_a_document():
    stamp = "Approved For Release 2002/10/25 : CIA-RDP80B01676R004200150049-9"
    text = (
        f"MEMORANDUM FOR: Honorable John Q. Doe\n\n{BODY}\n\nJOHN ROE\nDirector\n\n"
        f"{stamp}\n\n{stamp}\n\nPari*, May 22, 1957\n\n\nDarling Jane and Ann:\n\n{BODY}\n"
    )
    parts = split(source(text))
    assert first_lines(parts) == ["MEMORANDUM FOR: Honorable John Q. Doe", "Pari*, May 22, 1957"]


def test_a_1940s_volumes_file_heading_over_who_wrote_to_whom_begins_the_next_document():
    tail = (
        "As alternative, a suggestion might be made that they engage the services of a firm "
        "of consulting engineers to carry out the survey before any loan is requested.\n" * 4
    )
    text = (  # a page of a digitised volume: the end of one document, the start of the next
        f"Page 4\n\n{tail}868.00/1-1147: Telegram\n"
        "The Ambassador in Ruritania (lacIVoe) to the Secretary of State\n"
        "SECRET                         ZENDA, January 11, 1947-3 p. m.\n"
        "30. At request of Prime Minister I am cabling in next following message essential "
        "parts of his reply to my letter of January 7.\n"
    )
    first, second = process_source(source(text))
    assert second.raw.startswith("868.00/1-1147: Telegram")
    assert second.type == "telegram"
    assert second.date == "1947-01-11"  # the print's dateline, the place in capitals
    assert second.classification == "Secret"


def test_an_enclosure_under_its_own_heading_of_who_wrote_to_whom_is_a_document_of_its_own():
    letter = (
        "865.00/11-1247\nThe Ambassador in Ruritania (Zabrowsky) to the Secretary of State\n\n"
        "Rome, November 12, 1947.\n\n" + "I enclose a copy of the note I handed the Minister "
        "today on the question of the colonies, which he received without comment.\n"
        * 4
        + "Zabrowsky\n\n[Enclosure]\n\n"
    )
    note = (
        "The American Ambassador (Zabrowsky) to the Ruritanian Minister for Foreign Affairs "
        "(Roe)\n\nExcellency: I have the honor to refer to our conversation of today.\n"
    )
    first, second = process_source(source(letter + note))
    assert second.raw.startswith("[Enclosure]")
    # an enclosed draft under a heading of its own kind stays with its memorandum
    [only] = process_source(source(letter + "SUGGESTED LETTER\n\nDear Mr. President: ...\n"))


def test_a_file_number_over_a_memorandum_by_the_secretary_starts_the_next_document():
    text = (
        "Doe. (The foregoing account of this conversation has been cleared\n"
        "as to accuracy with the interpreter, who was present at the conversation\n"
        "with the Minister, which was in French and Russian).\n"
        "  In view of the obvious intention to discredit us I earnestly recommend\n"
        "that in the President's reply there be reference to the misapprehensions\n"
        "which appear to have arisen regarding the grain shipments.\n"
        "  Sent to Department as 242; repeated to Moscow as 12.\n"
        "                                                            [DOE]\n"
        "860C.00/2-2646\n"
        "       Memorandum of Conversation, by the Secretary of State\n\n"
        "TOP SECRET                      [WASHINGTON,] February 26, 1946.\n"
        "  Mr. Roe requested an appointment to see the Secretary to discuss the\n"
        "situation. He handed the Secretary an aide-memoire setting forth several points.\n"
    )
    first, second = split(source(text))
    assert first.raw.rstrip().endswith("[DOE]")
    assert second.raw.startswith("860C.00/2-2646")


def test_papers_of_one_day_that_each_open_with_the_same_date_and_heading_are_several():
    # The Secretary's notes of one meeting with the President, an item a paper: each opens with
    # the day and the same heading, and ends with his initials and the drafting symbol.
    item = (
        "May 3, 1951\nMEETING WITH THE PRESIDENT\nItem {n}. The Ruritanian loan\n{body}\n"
        "D.A.\nS:DA:dhm\n"
    )
    text = "".join(item.format(n=n, body=PARAGRAPH) for n in (1, 2, 3))
    documents = process_source(source(text))
    assert [d.raw.split("\n")[2] for d in documents] == [
        "Item 1. The Ruritanian loan",
        "Item 2. The Ruritanian loan",
        "Item 3. The Ruritanian loan",
    ]
    assert {d.type for d in documents} == {"memorandum of conversation"}
    assert {d.date for d in documents} == {"1951-05-03"}


def test_numbered_items_of_one_day_each_under_the_date_are_several_talks_with_the_president():
    # A library's transcription of the Secretary's notes: the day, "Item N.", its subject, what
    # he took up with the President in the first person, his initials.
    item = (
        "July 18, 1949\n\nItem {n}.\n\nThe Ruritanian loan\n\nI told the President {body}\n\nDA\n\n"
    )
    text = "Transcript Date\n\n" + "".join(item.format(n=n, body=PARAGRAPH) for n in (1, 2, 3))
    documents = process_source(source(text))
    assert len(documents) == 3
    assert {d.type for d in documents} == {"memorandum of conversation"}
    assert {d.date for d in documents} == {"1949-07-18"}


def test_papers_copied_without_numbers_each_under_its_correspondents_and_dateline_are_several():
    text = (
        "Conference Papers\n\nThe President to the Secretary of State\n\n"
        f"Washington, December 23, 1943\n\nMemorandum for the Secretary of State\n\n{PARAGRAPH}\n\n"
        "The Ambassador in the Soviet Union to the President\n\nMoscow, 23 December 1943\n\n"
        f"Personal and secret for the President from Harriman.\n\n{PARAGRAPH}\n"
    )
    first, second = process_source(source(text))
    assert (first.sender.name, [r.name for r in first.recipients]) == (
        "Franklin D. Roosevelt",
        ["Cordell Hull"],
    )
    assert second.sender.name == "W. Averell Harriman"
    assert (second.date, second.place) == ("1943-12-23", "Moscow")


def test_the_first_numbered_item_of_nsc_minutes_opens_their_discussion_not_a_paper():
    text = (
        "Eisenhower Library, Whitman file\n\n"
        "Memorandum of Discussion at the 196th Meeting of the National Security Council, "
        "Saturday, May 8, 1954, 8 a.m.1\n\ntop secret\n\n"
        f"The following were present at the 196th Meeting of the Council: {PARAGRAPH}\n\n"
        f"There follows a summary of the discussion at the meeting. {PARAGRAPH}\n\n"
        "1. Report of the Director of Central Intelligence\n\n"
        f"The Director of Central Intelligence commented on the reports. {PARAGRAPH}\n\n"
        f"2. Indochina\n\n{PARAGRAPH}\n"
    )
    assert len(process_source(source(text))) == 1


def test_a_short_signed_cover_note_over_the_memorandum_it_sends_is_a_document_of_its_own():
    text = (
        "DEPARTMENT OF STATE\nMay 2, 1950\nTo: The Secretary\n"
        "You may be interested in the attached memorandum of my talk with the President.\n"
        "J.F.Doe\nPersonal and Confidential\nApril 28, 1950\n"
        f"Memorandum of Conversation with President Truman\n{BODY}\n"
    )
    cover, memorandum = process_source(source(text))
    assert cover.raw.rstrip().endswith("J.F.Doe")
    assert memorandum.raw.startswith("Personal and Confidential")  # its marking goes with it
    assert memorandum.date == "1950-04-28"
    assert memorandum.classification == "Confidential"


def test_a_series_of_dated_notes_each_under_the_same_heading_is_a_document_a_day():
    text = (
        "Working Notes from the Session of the CPSU CC Presidium on 21 October 1956\n\n"
        f"On the Situation in Ruritania\n\n{BODY}\n\n"
        "Working Notes from the Session of the CPSU CC Presidium on 23 October 1956\n\n"
        "Those Taking Part: Bulganin, Kaganovich,\n\nMikoyan, Molotov\n\n"
        f"On the Situation in Strelsau\n\n{BODY}\n"
    )
    first, second = process_source(source(text))
    assert (first.type, first.date) == ("record of meeting", "1956-10-21")
    assert (second.type, second.date) == ("record of meeting", "1956-10-23")
    assert [p.name for p in second.participants][:2] == [
        "Nikolai A. Bulganin",
        "Lazar M. Kaganovich",
    ]


def test_an_online_archives_fields_above_the_document_are_no_document_of_their_own():
    docs = process_source(
        source(
            "Archive\n\nArchive (Reagan Library)\n\n"
            "Cold War: Geneva Summit (dinner toasts) [declassified 2000]\n\n"
            "Document type: Declassified documents\nVenue: Soviet Mission, Geneva\n"
            "Editorial comments: c9.15pm\nImportance ranking: Minor\nWord count: 1,353 words\n"
            "Themes: Defence (general), Defence (arms control), Foreign policy (USA), Foreign "
            "policy (USSR & successor states)\nDeclassified 5/16/00\nF96-087#60\n\n"
            "United States Department of State\nWashington, D.C. 20520.\n\n"
            "SECRET/SENSITIVE\n\nMEMORANDUM OF CONVERSATION\n\n"
            "SUBJECT: Impromptu Toasts\nDate: November 19, 1985\nTime: circa 9:15 PM\n\n"
            + "The General Secretary rose and said he was happy to have everyone here. "
            * 8
        )
    )
    assert len(docs) == 1
    assert docs[0].type == "memorandum of conversation"
    assert docs[0].date == "1985-11-19"


def test_a_printed_volumes_next_paper_under_its_heading_and_a_marked_dateline_is_another():
    # OCR of a printed page: the marking set left of the dateline, the note number in the year.
    text = (
        "Page 338\n\n"
        "ernment forms, street signs, money, etc. As long as the Emperor is our\n"
        f"candidate he must be ingeniously sold to the people. {PARAGRAPH}\n"
        "  Department pass Paris; sent Department 1157, repeated info Paris\n"
        "      The Minister at Saigon (Heath) to the Secretary of State\n"
        "SECRET                                   SAIGON, January 2, 19510\n"
        "No. 408\nSubject: Viet Minh and counter-guerrillas\n"
        f"  On the occasion of my trip to present my letters of credence, I {PARAGRAPH}\n"
    )
    first, second = process_source(source(text))
    assert (second.date, second.place, second.classification) == ("1951-01-02", "Saigon", "Secret")
    assert second.sender.name == "Donald R. Heath"


def test_a_printed_volumes_telegram_under_a_file_heading_without_its_colon_is_another():
    # the scan lost the file heading's colon and the space after the dateline's comma
    text = (
        "891.00/1-246: Telegram\n"
        "    The Minister in Ruritania (Doe) to the Secretary of State\n"
        "CONFIDENTIAL                     ZENDA, January 2, 1946-4 p. m.\n"
        "                                [Received January 3-11: 36 a. m.]\n"
        f"  10. {PARAGRAPH} {PARAGRAPH} {PARAGRAPH}\n"
        "  Sent Department 10, repeated Moscow 5.\n"
        "891.00/1-246 Telegram\n"
        "    The Secretary of State to the Minister in Ruritania (Doe)\n"
        "SECRET                      WASHINGTON, January 2,1946-9 p. m.\n"
        f"  4. {PARAGRAPH}\n"
    )
    first, second = process_source(source(text))
    assert (second.type, second.date, second.classification) == ("telegram", "1946-01-02", "Secret")
    assert second.title == "The Secretary of State to the Minister in Ruritania (Doe)"


def test_a_printed_volumes_letter_under_a_heading_broken_before_its_holder_is_another():
    text = (
        "Page 996\n\n"
        f"  9. Subsequent press record resignation. {PARAGRAPH}\n"
        "  Sent Department, repeated Zenda 101; Moscow by pouch.\n"
        "The Minister in Ruritania (Roe) to the Acting Chief of the Division\n"
        "         of Greek, Turkish, and Ruritanian Affairs (Doe)\n"
        "CONFIDENTIAL                           ZENDA, December 26, 1947.\n"
        f"  DEAR JACK: {PARAGRAPH}\n"
    )
    first, second = process_source(source(text))
    assert (second.type, second.date) == ("letter", "1947-12-26")
    assert second.title.endswith("of Greek, Turkish, and Ruritanian Affairs (Doe)")
    assert [r.as_written for r in second.recipients] == [
        "the Acting Chief of the Division of Greek, Turkish, and Ruritanian Affairs (Doe)"
    ]
    [addressee] = second.recipients  # its words in the text, over the break and the indent
    assert second.text[addressee.start : addressee.end].endswith("Ruritanian Affairs (Doe)")


def test_a_library_folders_citation_and_a_sheet_without_its_form_number_are_no_paper():
    text = (
        "3/9/78\n\n"
        "Folder Citation: Collection: Office of Staff Secretary; Series: Presidential Files; "
        "Folder: 3/9/78; Container 61\n\n"
        "To See Complete Finding Aid: http://www.example.org/findingaids/Staff.pdf\n\n"
        "WITHDRAWAL SHEET (PRESIDENTIAL LIBRARIES)\n\n"
        "memo From Doe to The President (2 pp.) re: Grain 3/8/78 A\n\n"
        ": RESTRICTION CODES\n\n"
        "(A) Closed by Executive Order 12065 governing access to national security "
        "information.\n(B) Closed by statute or by the agency which originated the document.\n"
        "(C) Closed in accordance with restrictions contained in the donor's deed of gift.\n\n"
        "NATIONAL ARCHIVES AND RECORDS ADMINISTRATION\n\n"
        "' .; ~ ,, o' :. ·\n\n"
        "MEMORANDUM\n\nTHE WHITE HOUSE\n\nWASHINGTON CQNFIDENTIAL March 8, 1978\n\n"
        "MEMORANDUM FOR: THE PRESIDENT\n\nFROM: JOHN Q. DOE\n\nSUBJECT: Grain Sales\n\n"
        f"{PARAGRAPH}\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n"
    )
    [doc] = process_source(source(text))
    assert (doc.type, doc.date, doc.classification) == ("memorandum", "1978-03-08", "Confidential")
    assert doc.title == "Grain Sales"
    assert not any("Folder Citation" in line for line in doc.text.splitlines())


SHEET = (
    "Folder Citation: Collection: Office of Staff Secretary; Series: Presidential Files; "
    "Folder: 3/9/78; Container 61 To See Complete Finding Aid: http://www.example.org/aid.pdf "
    "WITHDRAWAL SHE ET (PRESIDENTIAL LIBRARIES) memo From Doe to The President (2 pp.) re: "
    "Grain 3/8/78 A RESTRICTION CODES (A) Closed for national security. (C) Closed under the "
    "deed of gift. NATIONAL ARCHIVES AND RECORDS ADMINISTRATION NA FORM 1 4 29 (6- 85) "
)


def test_a_withdrawal_sheet_closed_by_its_form_number_is_a_paper_of_its_own():
    text = (
        SHEET + "THE WHITE HOUSE WASHINGTON March 9, 1978\n\nJohn Q. Doe\n\n"
        f"The enclosed came back from the President's desk today. {PARAGRAPH}\n\nRichard Roe\n"
    )
    sheet, note = process_source(source(text))
    assert sheet.raw.rstrip().endswith("(6- 85)") and sheet.type == "other"
    assert sheet.date is None
    assert note.raw.startswith("THE WHITE HOUSE") and note.date == "1978-03-09"


def test_the_paper_after_a_withdrawal_sheet_starts_past_the_scans_specks():
    text = (
        f"{SHEET}\n\n' .; ~ ,, o' :. ·\n\nMEMORANDUM FOR: THE PRESIDENT\n\nFROM: JOHN Q. DOE\n\n"
        f"March 8, 1978\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n"
    )
    sheet, memo = split(source(text))
    assert memo.raw.startswith("MEMORANDUM FOR: THE PRESIDENT")


def test_a_withdrawal_sheet_at_the_end_of_the_file_is_not_cut_from_its_last_words():
    [doc] = process_source(source(SHEET + "Page 3: Folder Citation: Collection: Office"))
    assert doc.type == "other"


@pytest.mark.parametrize(
    "signed, office",
    [
        ("John Q. Doe, Jr.", "Deputy for National Intelligence Officers"),
        ("John Q. Doe, Jr.", "D/DCI/NIO"),
    ],
)
def test_a_cover_memorandum_signed_over_an_office_and_the_letter_it_sends_are_two_papers(
    signed, office
):
    text = (
        "SECRET\n14 March 1972\n"
        "MEMORANDUM FOR: The Board of Estimates\n"
        "SUBJECT: The Director's Reply to the Council\n"
        f"Enclosed for the Board's files is the Director's reply to the Council. {PARAGRAPH}\n"
        f"{PARAGRAPH}\n25X1\n{signed}\n{office}\n25X1\nSECRET\n"
        "Approved For Release 2005/01/01 : CIA-RDP00X00000R000000000000-0\n"
        "Enclosure\nTHE DIRECTOR OF CENTRAL INTELLIGENCE\nWASHINGTON, D. C. 20505\n"
        "10 March 1972\nThe Chairman\nThe Council of Advisers\nWashington, D. C.\n"
        f"Last month the Council sent me a paper on the Board's methods. {PARAGRAPH}\n"
        f"{PARAGRAPH}\n"
    )
    cover, letter = process_source(source(text))
    assert (cover.date, letter.date) == ("1972-03-14", "1972-03-10")
    if not office.isupper():  # (the agency's letters are a file mark to the clean stage)
        assert cover.sender.as_written == "John Q. Doe, Jr."


def test_a_series_of_short_notes_under_one_long_capital_heading_is_a_note_each():
    note = (
        "March 3, 1950\n\nMEMORANDUM OF CONVERSATION WITH THE PRESIDENT March 2, at "
        "11:15 a.m.\n\nItem {}\n\nI told the President of my talk with the Minister of {}.\n\n"
        "JQDoe\n\nS:JQDoe:mlm\n\n"
    )
    text = "".join(note.format(n, country) for n, country in [(1, "Ruritania"), (2, "Elbonia")])
    assert len(process_source(source(text))) == 2


def test_a_blogs_introduction_and_the_papers_letterhead_over_its_dateline_are_one_paper():
    text = (
        "Tag Archives: Zenda\n\n"
        "From the Archives: Ruritanian Influence and the Zendan Succession\n\n"
        "From: “Ruritanian Influence and the Zendan Succession.” 23 May 1985. Approved for "
        "Release: 12 July 2010. Available from the agency's reading room.\n\n"
        "[previous page redacted]\n\nSECRET / [redacted]\n\n"
        "The Director of Central Intelligence\n\nWashington, D.C. 20505\n\n"
        "National Intelligence Council NIC# 01234-85\n\n"
        "23 May 1985\n\nMEMORANDUM FOR: Director of Central Intelligence\n\n"
        "FROM: John Q. Doe, National Intelligence Officer\n\n"
        "SUBJECT: Ruritanian Influence and the Zendan Succession\n\n"
        f"{BODY}\n\n{PARAGRAPH}\n"
    )
    [doc] = process_source(source(text))
    assert (doc.type, doc.date) == ("memorandum", "1985-05-23")


def test_a_quoted_introduction_over_a_telegrams_header_and_dateline_is_the_telegrams():
    text = (
        f'"{PARAGRAPH} {PARAGRAPH}"\n'
        "- Richard Roe, on the Zendan crisis\n"
        f"{BODY}\n"
        "CIPHER TELEGRAM\nFrom Zenda Urgent\nSecret\nOne copy only\n"
        "14 March 1921\n"
        f"The Zendan Premier asked me to call on him this evening. {BODY}\n"
    )
    [doc] = process_source(source(text))
    assert "CIPHER TELEGRAM" in doc.text and "asked me to call" in doc.text


def test_a_telegram_signed_by_the_editors_bracket_is_no_introduction_of_the_next_one():
    text = (
        f"{PARAGRAPH}\n{PARAGRAPH}\n  Sent to Department as 242.\n"
        "                                                            [DOE]\n"
        "14 March 1921\nMEMORANDUM FOR THE MINISTER\nSUBJECT: Zenda\n"
        f"The Zendan Premier asked me to call on him this evening. {BODY}\n"
    )
    first, second = split(source(text))
    assert first.raw.rstrip().endswith("[DOE]")


def test_a_frus_note_quoting_a_telegram_after_the_signer_is_no_new_document():
    text = (
        "123. Telegram From the Embassy in Ruritania to the Department of State\n\n"
        "Zenda, July 3, 1954—5 p.m.\n\n"
        f"{PARAGRAPH} {PARAGRAPH}\n\n{PARAGRAPH}\n\nDoe\n\n"
        "  1. Telegram 41 to Zenda, July 2, read as follows:\n\n"
        "    • “1. I presume the Minister's failure to suggest the opening of talks was "
        "deliberate.”\n"
    )
    [doc] = split(source(text))
    assert doc.raw == text


def test_a_scans_page_that_opens_with_a_routing_slip_starts_the_slip():
    stamp = "Approved For Release 2005/04/27 : CIA-RDP00X00000R000000000000-0"
    letter = (
        f"{stamp} Dear Mr. Doe: {PARAGRAPH} {PARAGRAPH} {PARAGRAPH} {PARAGRAPH} "
        f"{PARAGRAPH} {PARAGRAPH} Sincerely, John Q. Doe, Chairman {stamp} "
    )
    slip = (
        f"{stamp} UNCLASSIFIED -;EXECUTIVE SECRETARIAT,. Routing Slip 3 DDCI 4 EXDIR 7 GC 9 LC "
        "ACTION INFO DATE INITIAL Remarks: a reply for the Director to sign. "
        f"Executive Secretary 3 Feb 75 Date {stamp}"
    )
    first, second = split(source(letter + slip))
    assert "Routing Slip" in second.raw and "Routing Slip" not in first.raw


def test_a_routing_sheet_run_on_before_a_report_ends_at_its_forms_number():
    stamp = "Approved For Release 2005/04/27 : CIA-RDP00X00000R000000000000-0"
    text = (
        f"{stamp} XQ ROUTING AND RECORD SHEET SUBJECT: (Optional) FROM: DDA/Ex EXTENSION NO. "
        "DATE TO: (Officer designation, room number, and building) DATE OFFICER'S COMMENTS "
        "(Number each comment to show from whom to whom. Draw a line across column after each "
        "comment.) RECEIVED FORWARDED INITIALS DCI 3. 4. 5. 6. 7. 9. 10. 11. 12. 13. 14. 15. "
        f"FORM 1 -79 6 1 0 USEDITIONS {stamp} GPO 1979 0 - 22 7 {stamp} Weekly Report "
        f"Directorate of Administration - {PARAGRAPH} {PARAGRAPH} {PARAGRAPH}\n"
    )
    slip, report = process_source(source(text))
    assert slip.type == "routing slip"
    assert "Weekly Report" in report.text and "Weekly Report" not in slip.text


def test_an_editions_numbered_messages_between_leaders_are_one_document_each():
    text = (
        "Correspondence with John Q. Doe\n\n1942\n\n"
        "Source : Correspondence of the Zendan Premier, an edition in two volumes\n"
        "Public Domain : You may freely copy, distribute and perform this work.\n\n"
        "No. 28\n\nReceived on January 5, 1942\n\nJ. Q. DOE TO R. ROE*\n\n"
        f"{PARAGRAPH}\n\n\n"
        "No. 29\n\nSent on January 8, 1942\n\nR. ROE TO J. Q. DOE*\n\n"
        "Thank you for the message. The article has no official standing.\n\n\n"
        "No. 30\n\nMost Secret and Personal Message from Mr Doe to Premier Roe\n\n"
        f"{PARAGRAPH}\n"
    )
    first, second, third = process_source(source(text))
    assert (first.type, first.date, first.title) == ("letter", None, "J. Q. DOE TO R. ROE")
    assert (second.date, second.title) == ("1942-01-08", "R. ROE TO J. Q. DOE")
    assert (third.type, third.classification) == ("letter", "Top Secret")  # the British top grade


def test_a_routing_slip_page_in_mixed_case_is_a_page_of_its_own():
    stamp = "Approved For Release 2005/04/27 : CIA-RDP00X00000R000000000000-0"
    text = (
        f"{stamp} ROUTING AND TRANSMITTAL SLIP Date 6/3/75 TO: (Name, office symbol, room number, "
        "building) Action File Note and Return For Clearance Per Conversation "
        f"{stamp} Dear Mr. Doe: {PARAGRAPH} {PARAGRAPH} {PARAGRAPH} {PARAGRAPH} {PARAGRAPH} "
        f"{PARAGRAPH} {PARAGRAPH} Sincerely, John Q. Roe\n"
    )
    slip, letter = split(source(text))
    assert "Dear Mr. Doe" in letter.raw and "Dear Mr. Doe" not in slip.raw


def test_a_memorandum_that_speaks_of_a_transmittal_slip_is_not_cut_at_its_next_page():
    stamp = "Approved For Release 2005/04/27 : CIA-RDP00X00000R000000000000-0"
    text = (
        f"{stamp} MEMORANDUM FOR: Deputy Director for Administration SUBJECT: USE OF THE "
        f"TRANSMITTAL SLIP in the Directorate 1. {PARAGRAPH} {PARAGRAPH} {PARAGRAPH} "
        f"{stamp} - 2 - {PARAGRAPH} {PARAGRAPH} {PARAGRAPH} {PARAGRAPH}\n"
    )
    assert len(split(source(text))) == 1


def test_a_frus_headings_date_said_again_under_the_letterhead_is_the_same_paper():
    text = (
        "213. Memorandum From the Deputy Assistant (Doe) to President Roe, Washington, "
        "October 19, 1975.1 2\n\nTHE WHITE HOUSE\nWASHINGTON\n\nOctober 19, 1975\n\n"
        "MEMORANDUM FOR: THE PRESIDENT\nFROM: JOHN Q. DOE\n\n"
        f"{PARAGRAPH}\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n"
    )
    [doc] = split(source(text))
    assert doc.raw == text


def test_the_archives_description_after_the_record_is_no_paper_of_its_own():
    text = (
        "Cable from the Zendan Embassy in Ruritania\n\n"
        f"{PARAGRAPH}\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nZendan Embassy in Ruritania\n"
        "19 October 1964\n"
        "Cable from the Zendan Embassy describing the planned talks between the Ambassador and "
        "the Foreign Minister.\nAuthor(s):\n\nDocument Information\n"
    )
    [doc] = split(source(text))
    assert doc.raw == text


def test_each_frus_papers_date_said_again_under_its_letterhead_is_that_papers():
    paper = (
        "{n}. Memorandum From the Deputy Assistant (Doe) to President Roe, Washington, "
        "October {day}, 1975.1 2\n\nTHE WHITE HOUSE\nWASHINGTON\n\nOctober {day}, 1975\n\n"
        "MEMORANDUM FOR: THE PRESIDENT\nFROM: JOHN Q. DOE\n\n"
        f"{PARAGRAPH}\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n"
    )
    first, second = split(source(paper.format(n=213, day=18) + paper.format(n=214, day=19)))
    assert second.raw.startswith("214. Memorandum From")
