"""Describe: type, date, title, classification, correspondents and participants from generic
cues."""

import pytest

from helpers import documents

PROSE = (
    "The Secretary said that the question of Berlin could not be settled by force, and the "
    "Ambassador agreed to report this to Moscow. "
)

MEMCON = f"""DEPARTMENT OF STATE

Memorandum of Conversation

DATE: April 3, 1961
Secretary's office.

SUBJECT: Berlin Access Routes

PARTICIPANTS:

U.S.
The Secretary
Foy D. Kohler, Assistant Secretary, EUR

U.S.S.R.
Andrei Andreyevich Gromyko,
Minister of Foreign Affairs
Mikhail A. Menshikov, Soviet Ambassador

COPIES TO:

S/S\tEUR\tAmbassador Bonn
INR\tWhite House

{PROSE * 4}

SECRET
"""


def test_memorandum_of_conversation_header_fields():
    [doc] = documents(MEMCON)
    assert doc.type == "memorandum of conversation"
    assert (doc.date, doc.date_basis) == ("1961-04-03", "DATE field")
    assert doc.title == "Berlin Access Routes"
    assert doc.place == "Washington"
    assert doc.classification == "Secret"
    assert doc.distribution == ["S/S", "EUR", "Ambassador Bonn", "INR", "White House"]


def test_participants_keep_their_side_and_role_across_continuation_lines():
    [doc] = documents(MEMCON)
    assert [(p.as_written, p.side, p.role) for p in doc.participants] == [
        ("The Secretary", "US", None),
        ("Foy D. Kohler, Assistant Secretary, EUR", "US", "Assistant Secretary, EUR"),
        (
            "Andrei Andreyevich Gromyko, Minister of Foreign Affairs",
            "USSR",
            "Minister of Foreign Affairs",
        ),
        ("Mikhail A. Menshikov, Soviet Ambassador", "USSR", "Soviet Ambassador"),
    ]


def test_letter_with_letterhead_salutation_and_address_block():
    [doc] = documents(
        f"W. AVERELL HARRIMAN\n\nDecember 7, 1960\n\nDear "
        f"Allen:\n\n{PROSE * 3}\n\nSincerely,\n\nThe Honorable Allen W. Dulles "
        f"Washington, D. C.\n"
    )
    assert doc.type == "letter"
    assert doc.date == "1960-12-07"
    assert doc.sender.name == "W. Averell Harriman"
    assert [r.name for r in doc.recipients] == ["Allen W. Dulles"]


def test_salutation_is_the_recipient_when_nothing_better_names_one():
    [doc] = documents(f"November 15, 1960\n\nDear Jack:\n\n{PROSE * 3}\n")
    assert [r.as_written for r in doc.recipients] == ["Jack"]


def test_frus_document_without_a_date_gets_no_exact_date_but_its_source_notes_facts_and_days():
    text = (
        "214. Memorandum of Conversation0\n\n\n  • The Chairman’s Views on Laos\n\n\n"
        "  • U.S.\n    • The President\n    • Mr. Kohler\n  • U.S.S.R.\n    • Chairman "
        "Khrushchev\n    • Mr. Sukhodrev (interpreting)\n\n"
        f"{PROSE * 3}\n\n"
        "  1. Source: Department of State, Central Files, 751J.00/6-461. Secret; Limit "
        "Distribution. "
        "Drafted by Kohler on June 5 and approved by Bohlen on June 7. The talk took "
        "place at the White House.\n"
    )
    [doc] = documents(text)
    assert doc.type == "memorandum of conversation"
    # no exact date, but the file number's day of filing (June 4, 1961) bounds it
    assert doc.date is None and doc.date_range[0] <= "1961-06-04" <= doc.date_range[1]
    assert doc.frus == {"volume": None, "number": 214}
    assert (
        doc.title == "Memorandum of Conversation" and doc.subject == "The Chairman’s Views on Laos"
    )
    assert doc.classification == "Secret" and doc.handling == ["Limit Distribution"]
    assert doc.drafted_by.as_written == "Kohler" and doc.approved_by.as_written == "Bohlen"
    assert doc.place == "Washington"
    # ... so "The President" of those days is one person
    assert [(p.as_written, p.side) for p in doc.participants] == [
        ("The President", "US"),
        ("Mr. Kohler", "US"),
        ("Chairman Khrushchev", "USSR"),
        ("Mr. Sukhodrev (interpreting)", "USSR"),
    ]


def test_a_year_in_the_source_note_bounds_an_undated_conversation():
    text = (
        "5. Memorandum of Conversation0\n\n\n  • Berlin\n\n\n"
        f"{PROSE * 3}\n\n  1. Source: Eisenhower Library, 1959 files. Secret. Drafted "
        f"by Kohler on September 16.\n"
    )
    [doc] = documents(text)
    assert doc.date is None
    assert doc.date_range == ["1959-01-01", "1959-09-16"]
    assert "drafted September 16" in doc.date_basis


def test_routing_slip_grid_is_not_a_classification():
    text = (
        f"March 1, 1961\n\nDear Allen:\n\n{PROSE * 4}\n\nSincerely,\n\n"
        "UNCLASSIFIED\tCONFIDENTIAL\tSECRET\n\nOFFICIAL ROUTING SLIP\n\nTO\tNAME AND "
        "ADDRESS\tDATE\tINITIALS\n1\tMr. Amory\n\n"
        "ACTION\tDIRECT REPLY\tPREPARE REPLY\nAPPROVAL\tDISPATCH\tRECOMMENDATION\n\n1/4/61\n"
    )
    letter, slip = documents(text)
    assert slip.type == "routing slip" and slip.title == "Official Routing Slip"
    assert slip.classification is None
    assert slip.date == "1961-01-04"
    assert [r.as_written for r in slip.recipients] == ["Mr. Amory"]


def test_ocr_damage_does_not_hide_the_date_or_type():
    [doc] = documents(
        f"C0NFIDENTIAL\n\nMEM0RANDUM FOR THE DIRECTOR\n\nScptember 7, l960\n\nSUBJECT: "
        f"Laos\n\n{PROSE * 3}\n"
    )
    assert doc.type == "memorandum"
    assert doc.date == "1960-09-07"
    assert doc.classification == "Confidential"


def test_a_month_whose_capital_the_scan_lost_is_still_the_month():
    [doc] = documents(
        f"C0NFIDENTIAL\n\nMEM0RANDUM FOR THE DIRECTOR\n\necember 7, l960\n\nSUBJECT: "
        f"Laos\n\n{PROSE * 3}\n"
    )
    assert doc.date == "1960-12-07"


def test_telegram_dateline_with_place():
    [doc] = documents(
        f"TELEGRAM\n\nSECRET\n\nFROM: Moscow\nTO: Secretary of State\nNO: "
        f"1712\n\nMoscow, January 5, 1961, 7 p.m.\n\n{PROSE * 3}\n"
    )
    assert doc.type == "telegram"
    assert doc.date == "1961-01-05"
    assert doc.place == "Moscow"


def test_impossible_dates_are_not_dates():
    [doc] = documents(f"February 30, 1961\n\nDear Allen:\n\n{PROSE * 3}\n")
    assert doc.date is None


def test_a_record_without_a_date_line_is_dated_by_its_opening_sentence():
    text = (
        "37. Memorandum of Conversation\n\n  • Presentation of Credentials\n\n  • The "
        "President\n  • The Ambassador, Mikhail A. Menshikov\n\n"
        "President Eisenhower received Ambassador Menshikov at 11:30 a.m., March 3, "
        "1958, when the Ambassador handed over "
        "a note from his government. The President said he would study it.\n"
    )
    [doc] = documents(text)
    assert (doc.date, doc.date_basis) == ("1958-03-03", "first sentence")


def test_a_memcons_call_after_its_fields_or_its_discussions_heading_date_it():
    [call] = documents(
        "Memorandum of Conversation, by the Assistant Secretary of State (Doe)\n\n"
        "Participants: His Excellency Mr. Qwertov, Ambassador of Ruritania\n"
        "Mr. John Q. Doe, Assistant Secretary of State\n\n"
        "Action Asked: A decision on the Zendan request for spare parts and trucks this year.\n\n"
        "Mr. Qwertov and Mr. Roe called at the Department at 4 p. m. Monday, March 5, 1951, late."
        "\n\n"
        f"{PROSE * 3}\n"
    )
    assert call.date == "1951-03-05"
    for field in (
        "SUBJECT: The Ruritanian request for spare parts and trucks for the army this coming year",
        "Topic for Discussion: The Zendan request for spare parts and trucks for its army",
    ):
        [doc] = documents(
            "Memorandum of Conversation, by the Assistant Secretary of State (Doe)\n\n"
            f"Participants: Mr. Qwertov, Ambassador of Ruritania\n\n{field}\n\n"
            "Mr. Qwertov and Mr. Roe called at the Department at 4 p. m. Monday, March 5, 1951, "
            f"late.\n\n{PROSE * 3}\n"
        )
        assert doc.date == "1951-03-05"
    [talks] = documents(
        "Memorandum of Conversation, by Mr. Richard Roe, Second Secretary of Embassy\n\n"
        "Record of Informal Talks Held During Mr. John Q. Doe's Stay in Zenda 1 Friday Morning, "
        "June 8, 1951\n\n"
        f"Topic for Discussion: Ruritania\n\n{PROSE * 3}\n"
    )
    assert talks.date == "1951-06-08"


def test_a_memcons_later_paragraph_recalling_past_talks_does_not_date_it():
    [doc] = documents(
        "Memorandum of Conversation, by the Assistant Secretary of State (Doe)\n\n"
        "Participants: Mr. Qwertov, Ambassador of Ruritania\nMr. John Q. Doe\n\n"
        "The Ambassador opened by saying that his Government had studied the proposal with care "
        "and had reached no view.\n\n"
        "He said the talks on the Zendan treaty signed on May 15, 1955, had shown that agreement "
        f"was possible on such questions. {PROSE}\n"
    )
    assert doc.date is None


def test_a_record_whose_opening_sentence_gives_the_date_before_the_meeting_is_dated_by_it():
    text = (
        "Memorandum of Conversation, by the Director (Zabrowsky)\n\n  • The Emperor\n"
        "  • The President\n\nAt 10:00 A. M. on May 29, 1954, the Emperor called on the "
        "President at the White House accompanied by his Foreign Minister and an interpreter. "
        "The Emperor thanked the President for his reception in the United States.\n"
    )
    [doc] = documents(text)
    assert (doc.date, doc.date_basis) == ("1954-05-29", "first sentence")


@pytest.mark.parametrize(
    "dateline, date, place",
    [
        ("Moscow, June 23, 1955—8 p.m.1", "1955-06-23", "Moscow"),
        ("Washington, 10:30 a.m., May 5, 1961.", "1961-05-05", "Washington"),
        ("The White House, Washington, May 5, 1961.", "1961-05-05", "Washington"),
        ("USUN, New York, October 26, 1962, 3 p.m.", "1962-10-26", "New York"),
        ("Moscow, the Kremlin, October 26, 1962.", "1962-10-26", "Moscow"),
        ("Washington, June 23rd, 1955.", "1955-06-23", "Washington"),
        ("Hyannis Port, Massachusetts, August 1963.", "1963-08", "Hyannis Port"),
        ("Tuesday, 5 June 1962", "1962-06-05", None),  # the day of the week is no place
        ("Washington, June, 5, 1962", "1962-06-05", "Washington"),  # a typist's comma
        ("Moscow, [June 5, 1962].", "1962-06-05", "Moscow"),  # the editors' date
        ("Moscow , June 5, 1962 , 7 p.m.", "1962-06-05", "Moscow"),
        ("Moscow, June 5, 1962. 7 p.m.", "1962-06-05", "Moscow"),
        ("Washington, June 5, 1962,\n4 p.m.", "1962-06-05", "Washington"),  # the hour wrapped
        ("Washington, May 31–June 1, 1972.", "1972-05-31", "Washington"),  # the first day
        ("Paris, May 31-June 2, 1961", None, "Paris"),  # a visit's days: no one of them
        ("Geneva, July 18–21, 1955.", None, "Geneva"),
        ("Washington,\nJune 27,\n1965.", "1965-06-27", "Washington"),  # a narrow column's
        ("Washington, June 5, 1972, 8 p.m.–June 6, 1 a.m.", "1972-06-05", "Washington"),
        ("Aboard the Yacht Sequoia, June 5, 1972.", "1972-06-05", "Aboard the Yacht Sequoia"),
    ],
)
def test_datelines_as_the_volumes_print_them(dateline, date, place):
    text = (
        f"45. Memorandum of Conversation1\n\n{dateline}\n\nThe Ambassador called at his "
        f"request and we talked about Berlin at considerable length.\n"
    )
    [doc] = documents(text)
    assert (doc.date, doc.place) == (date, place)


def test_a_section_title_with_a_month_is_no_dateline_when_a_dated_one_follows():
    text = (
        "The Vienna Meetings, June 1961\n\n88. Memorandum of Conversation1\n\nVienna, "
        "Austria, June 4, 1961, 10:15 a.m.-1:00 p.m.\n\n"
        "The two leaders went over the questions of Laos and of a test ban at some length.\n"
    )
    [doc] = documents(text)
    assert (doc.date, doc.place) == ("1961-06-04", "Vienna")


def test_a_chapter_title_spanning_days_is_no_dateline_when_a_dated_one_follows():
    text = (
        "Border Crisis, May 15-June 4, 1958\n\n1. President's Daily Brief\n\n"
        "Washington, May 15, 1958.\n\n[Source: Eisenhower Library. Top Secret.]\n\n"
        "The reports from the frontier agreed that the troops had not moved in the night.\n"
    )
    [doc] = documents(text)
    assert (doc.date, doc.place) == ("1958-05-15", "Washington")


def test_an_editors_heading_longer_than_a_line_of_prose_does_not_hide_the_dateline_below_it():
    heading = (
        "212. Memorandum From the Acting Deputy Assistant Secretary of State for "
        "Northern European Affairs (Pellow) "
        "to the President's Special Assistant for National Security Affairs (Ardmore)1"
    )
    [doc] = documents(f"{heading}\n\nWashington, March 18, 1969.\n\n{PROSE * 3}\n")
    assert len(heading) > 160
    assert doc.date == "1969-03-18" and doc.place == "Washington"


@pytest.mark.parametrize(
    "office, holder",
    [
        ("the Secretary of State's Special Assistant for East-West Exchanges (Pellow)", "Pellow"),
        ("the President's Special Assistant on Science and Technology (Ardmore)", "Ardmore"),
    ],
)
def test_the_surname_in_parentheses_is_the_holder_even_after_capitalised_words_of_the_office(
    office, holder
):
    [doc] = documents(
        f"5. Letter From {office} to Secretary of State Dulles1\n\nWashington, July "
        f"25, 1958.\n\n{PROSE * 2}\n"
    )
    assert doc.sender.name.endswith(holder) and doc.sender.role.startswith("the")


RUN_TOGETHER_STAMP = "Approved For Release 2001/03/04 : CIA-RDP79T00000A000100020003-4"


def test_a_received_telegram_whose_header_ocr_ran_into_one_line_is_a_telegram_to_its_addressee():
    header = (
        "INCOMNG TELFGRAM Action EUR FROM: Moscow Info SECRET Control: 4411 "
        "Recd: March 3, 1952 6:15 p.m. TO: Secretary of State NO: 902, March 3, 8 p.m. "
    )
    [doc] = documents(f"{RUN_TOGETHER_STAMP} {header}{PROSE * 12}\n")
    assert doc.type == "telegram"
    assert [r.as_written for r in doc.recipients] == ["Secretary of State"]
    assert doc.place == "Moscow"
    assert doc.date == "1952-03-03"


def test_a_memorandum_run_into_one_line_with_to_and_from_is_no_telegram():
    header = "TO: Director of Central Intelligence FROM: Chief, Soviet Division SUBJECT: Berlin "
    [doc] = documents(f"{RUN_TOGETHER_STAMP} {header}{PROSE * 12}\n")
    assert doc.type == "memorandum"


def test_a_page_run_into_one_line_that_opens_with_a_subject_line_is_a_memorandum():
    header = "Office of Current Intelligence 2 June 1958 SUBJECT: The Soviet Leadership "
    [doc] = documents(f"{RUN_TOGETHER_STAMP} {header}{PROSE * 12}\n")
    assert doc.type == "memorandum"


def test_a_run_on_page_with_a_garbled_heading_and_a_participants_list_is_a_conversation():
    header = (
        "DEPARTMENT OF STATE Mcmerondnm ol Canvcrsaiion SUBJECTt Berlin PARTICIPANTS1 "
        "The Secretary Ambassador Kohler "
    )
    [doc] = documents(f"{RUN_TOGETHER_STAMP} {header}{PROSE * 12}\n")
    assert doc.type == "memorandum of conversation"


def test_a_short_scan_on_one_line_is_dated_by_the_date_under_its_letterhead():
    header = (
        "MEMORANDUM ( THE WHITE HOUSE WASHlNGTON August 29, 1968 CONFlDENTIAL "
        "MEMORANDUM FOR THE PRESIDENT SUBJECT: Berlin "
    )
    [doc] = documents(f"{header}{PROSE * 3}\n")
    assert (doc.type, doc.date) == ("memorandum", "1968-08-29")


def test_a_run_on_memorandums_own_date_field_outranks_the_archives_date_above_it():
    header = (
        "Digital Archive International History Declassified March 22, 1972 Memorandum of "
        "Conversation between John Q. Doe and Richard Roe MEMORANDUM OF CONVERSATION "
        "PARTICIPANTS: Mr. John Q. Doe Mr. Richard Roe, Interpreter DATE & TIME Tuesday, "
        "February 22, 1972 - 2:10 p.m. PLACE: Great Hall "
    )
    [doc] = documents(f"{header}{PROSE * 12}\n")
    assert (doc.date, doc.date_basis) == ("1972-02-22", "DATE field")


def test_a_library_scan_on_one_line_is_read_after_the_librarys_words_before_it():
    library = (
        "The original documents are located in Box 9, folder “Richard Roe” of the NSA "
        "Presidential Correspondence Collection at the Gerald R. Ford Presidential Library. "
        "Copyright Notice The copyright law of the United States governs the making of copies "
        "of copyrighted material. Works prepared by U.S. Government employees as part of their "
        "official duties are in the public domain. The copyrights to materials written by "
        "others are presumed to remain with them. If you think any of the information is "
        "subject to a valid copyright claim, please contact the Gerald R. Ford Presidential "
        "Library. Digitized from Box 9 of the NSA Presidential Correspondence Collection at the "
        "Gerald R. Ford Presidential Library "
    )
    header = "THE WHITE HOUSE WASHINGTON · April 27, 1976 Dear Mr. Roe: "
    [doc] = documents(f"{library}{header}{PROSE * 6}\n")
    assert (doc.type, doc.date) == ("letter", "1976-04-27")


def test_a_library_scan_on_one_line_under_a_sites_three_lines_is_read_as_a_page():
    site = "Ford, Kissinger, Richard Roe\nTotal Page:16\nFile Type:pdf, Size:1020Kb\n"
    header = (
        "File scanned from the National Security Adviser's Memoranda of Conversation Collection "
        "at the Gerald R. Ford Presidential Library MEMORANDUM THE WHITE HOUSE WASHINGTON "
        "MEMORANDUM OF CONVERSATION PARTICIPANTS: President Gerald Ford Richard Roe, Chancellor "
        "DATE AND TIME: Monday, June 2, 1975 7:30 p.m. PLACE: Salzburg "
    )
    [doc] = documents(f"{site}{header}{PROSE * 12}\n")
    assert (doc.type, doc.date) == ("memorandum of conversation", "1975-06-02")


def test_a_university_librarys_page_of_a_scanned_volume_is_one_telegram_under_its_chrome():
    page = (
        "University of Wisconsin Digital Collections\n"
        "Link to University of Wisconsin Digital Collections\n"
        "Foreign Relations of the United States\n\nPage View\n\n"
        "United States Department of State / Foreign relations of the United States, 1948. "
        "Eastern Europe\n\nRuritania,   pp. 410-612 PDF (88.1 MB)\n\nPage 415\n\n"
    )
    docs = documents(
        f"{page} 793.OOB/4-1248: Telegram\n   The Ambassador in Ruritania (Roe) to the "
        "Secretary of State\n CONFIDENTIAL            Zenda, April 12, 1948.\n"
        f"   17. For Doe. {PROSE * 3}\n"
    )
    assert [(d.type, d.date) for d in docs] == [("telegram", "1948-04-12")]


def test_a_letter_under_a_letterhead_whose_city_the_scan_garbled_is_dated_by_it():
    docs = documents(
        f"To: Richard Roe\n\nFrom: John Q. Doe\n\n{PROSE * 2}\n\nTHE WHITE HOUSE\n\n"
        f"WASHINGTO]'J September 20, 1974\n\nDear Mr. Roe:\n\n{PROSE * 3}\n\n"
        "Sincerely,\n\nJohn Q. Doe\n"
    )
    assert (docs[-1].type, docs[-1].date, docs[-1].place) == (
        "letter",
        "1974-09-20",
        "Washington",
    )


def test_a_presidents_daily_diary_is_dated_by_its_forms_date_cell():
    [doc] = documents(
        "THE WHITE HOUSE THE DAILY DIARY OF PRESIDENT JOHN Q. DOE\n\n"
        "PLACE DAY BEGAN DATE (Mo., Day, Yr.) CAMP DAVID MAY 3. 1974 MARYLAND "
        "TIME DAY 8:05 a.m. FRIDAY\n\n8:05 The President walked to the helicopter pad.\n"
        "9:10 9:40 The President met with Richard Roe. On June 1, 1974 they met again.\n"
    )
    assert (doc.type, doc.date, doc.title) == (
        "other",
        "1974-05-03",
        "THE DAILY DIARY OF PRESIDENT JOHN Q. DOE",
    )


def test_a_dateline_whose_day_and_year_wrapped_onto_the_next_line_dates_the_telegram():
    [doc] = documents(
        "761.00/3–1047: Telegram\nThe Secretary of State to the Ambassador in Ruritania "
        "(Roe)\nsecret\nWashington, March\n10, 1947—4 p.m.\n"
        f"88. {PROSE * 3}\nMarshall\n"
    )
    assert (doc.date, doc.place) == ("1947-03-10", "Washington")


def test_an_editorial_notes_long_paragraph_opening_with_a_date_does_not_date_the_note():
    [doc] = documents(
        "34. Editorial Note\n\nA May 22, 1985, memorandum addressed to the Director reported "
        f"comments of Richard Roe on a meeting. {PROSE * 12}\n"
    )
    assert (doc.type, doc.date) == ("editorial note", None)


def test_a_date_the_first_words_of_a_scan_speak_of_does_not_date_it():
    header = "MEMORANDUM FOR THE RECORD SUBJECT: Meeting with the Panel On 20 July 1962 the "
    [doc] = documents(f"{RUN_TOGETHER_STAMP} {header}{PROSE * 12}\n")
    assert doc.date is None


def test_an_editorial_notes_long_first_paragraph_is_not_read_as_a_scan_page():
    [doc] = documents(
        f"38. Editorial Note\n\nThe four drafts, February 27, 1961, went to the White House. "
        f"{PROSE * 12}\n"
    )
    assert doc.type == "editorial note" and doc.date is None


def test_a_telegrams_numbered_first_paragraph_is_no_editors_heading():
    [doc] = documents(
        "761.00/3–1250: Telegram\n"
        "The Ambassador in the Soviet Union (Kirk) to the Secretary of State\n"
        "[Received March 12—9:10 a.m.]\n"
        f"611. Joint note from the three Governments to the Soviet Government was delivered "
        f"this morning. {PROSE * 3}\n"
    )
    assert doc.type == "telegram"
    assert doc.sender.as_written.endswith("(Kirk)")


def test_an_office_heading_over_a_salutation_is_a_letter_even_when_it_mentions_a_telegram():
    [doc] = documents(
        "The Ambassador in the Soviet Union (Kirk) to the Assistant Secretary of State (Perkins)\n"
        "secret\n"
        "Dear George: Since my telegram of last week I have thought further about the note. "
        f"{PROSE * 3}\n"
    )
    assert doc.type == "letter"
    assert doc.sender.as_written.endswith("(Kirk)")


def test_a_memorandum_of_conference_with_the_president_lists_him_with_the_others_present():
    [doc] = documents(
        "March 4, 1958\n\nMEMORANDUM OF CONFERENCE WITH THE PRESIDENT\n\nMarch 3, 1958\n\n"
        "Others present: Secretary Dulles, General Goodpaster\n\n"
        "The President said that he wished to hear the latest on the talks in Geneva. "
        "Secretary Dulles said that the Soviet side had made no new proposal.\n"
    )
    assert doc.type == "memorandum of conversation"
    assert [p.as_written for p in doc.participants] == [
        "THE PRESIDENT",
        "Secretary Dulles",
        "General Goodpaster",
    ]


def test_notes_named_by_their_taker_are_a_record_of_meeting_with_a_note_marker_on_the_name():
    [doc] = documents(
        "740.00119 Potsdam/7–2045\n\nHarriman Notes3\n\nS—we cannot agree\n\nPres—agreed\n\n"
        f"{PROSE * 2}\n"
    )
    assert doc.type == "record of meeting"
    assert doc.title == "Harriman Notes"


def test_an_embassy_telegram_from_a_visitor_is_his_though_the_ambassador_signs_it():
    [doc] = documents(
        "88. Telegram From the Embassy in the Soviet Union to the Department of State\n\n"
        "Moscow, July 26, 1959, 6 p.m.\n\n"
        f"412. For the President from the Vice President. {PROSE * 2}\n\nThompson\n"
    )
    assert doc.sender.as_written == "the Vice President"


def test_a_telegram_a_visitor_sends_through_a_post_is_his_not_the_head_of_the_posts():
    [doc] = documents(
        "711.61/5–1248: Telegram\n\nThe Ambassador in France (Zabrowsky) to the Secretary of "
        f"State\n\n2541. For Secretary—eyes only—from Roe. {PROSE * 2}\n"
    )
    assert doc.sender.as_written == "Roe"


def test_a_telegram_for_the_president_and_a_doctor_is_for_both():
    [doc] = documents(
        "16. Telegram From the Department of State to the White House\n\n"
        "Washington, March 27, 1977.\n\n"
        f"68027. For the President and Dr. Brzezinski only. {PROSE * 2}\n"
    )
    assert [r.person_id for r in doc.recipients] == ["carter-jimmy", "brzezinski-zbigniew"]


def test_a_writer_named_white_of_the_white_house_staff_is_white():
    [doc] = documents(
        "190. Memorandum From Lee C. White of the White House Staff to President Johnson\n\n"
        f"Washington, March 3, 1965.\n\n{PROSE * 2}\n"
    )
    assert doc.sender.name == "Lee C. White"


def test_a_1940s_heading_wrapped_inside_the_posts_name_and_a_marker_after_a_name_are_read():
    [doc] = documents(
        "893.00/2–1147\nThe First Secretary of Embassy in the United\n"
        "Kingdom (Drumright) to the Secretary of State\nNo. 3718\nLondon, February 11,\n1947.\n"
        f"Sir: 1. {PROSE * 2}\n"
    )
    assert doc.sender.as_written.endswith("United Kingdom (Drumright)")
    assert [r.person_id for r in doc.recipients] == ["marshall-george-c"]
    [doc] = documents(
        "860C.01/4–1345: Telegram\n\nPresident Truman 16 to the British Prime Minister "
        f"(Churchill)\n\n[1.] I am grateful for your message of sympathy. {PROSE * 2}\n"
    )
    assert doc.sender.person_id == "truman-harry-s"


def test_a_department_telegram_is_the_signing_secretarys_whomever_it_is_from():
    [doc] = documents(
        "90. Telegram From the Department of State to the Embassy in the Soviet Union\n\n"
        f"1200. For Ambassador from Ambassador Thompson. {PROSE * 2}\n\nRusk\n"
    )
    assert doc.sender.as_written == "Rusk"


READING_ROOM_CATALOGUE = """SOVIET AIR DEFENSE NOTES - 1957/03/02
Document Type:
Collection:
Document Number (FOIA) /ESDN (CREST):
01234567
Release Decision:
RIPPUB
Original Classification:
U
Document Page Count:
2
Document Creation Date:
January 5, 2021
Document Release Date:
January 7, 2021
Publication Date:
March 2, 1957
Body:
"""


def test_a_reading_room_pages_own_banner_outranks_the_catalogues_classification_code():
    [doc] = documents(
        f"{READING_ROOM_CATALOGUE}er-TOP-SECRET-----e 3.5(c)\n\n2 March 1957\n\n"
        f"SOVIET AIR DEFENSE NOTES\n\n{PROSE * 4}\n"
    )
    assert doc.classification == "Top Secret"


def test_a_routing_slip_run_on_before_a_letter_is_its_own_page_and_passes_the_date_on():
    stamp = "Sanitized Copy Approved for Release 2011/06/09: CIA-RDP00-00000R000000000000-0"
    catalogue = READING_ROOM_CATALOGUE.replace(
        "SOVIET AIR DEFENSE NOTES - 1957/03/02", "LETTER TO THE DIRECTOR FROM JOHN Q. DOE"
    )
    slip = (
        f"{stamp} EXECUTIVE SECRETARIAT ROUTING SLIP ACTION INFO DATE INITIAL 1 DCI 2 DDCI "
        "3 EXDIR X 4 DDI 5 DDA X Remarks To # 5: For appropriate action. STAT "
    )
    letter = (
        f"{stamp} {stamp} ZENDAN AFFAIRS COMMITTEE WASHINGTON, DC 20510 Dear Mr. Director: "
        f"{PROSE * 8} Sincerely, John Q. Doe, Chairman"
    )
    first, second = documents(f"{catalogue}{slip}{letter}\n")
    assert (first.type, first.date) == ("routing slip", None)
    assert second.date == "1957-03-02"
    assert "Dear Mr. Director" in second.text


def test_the_catalogues_classification_code_stands_where_the_page_shows_no_marking():
    [doc] = documents(
        f"{READING_ROOM_CATALOGUE}2 March 1957\n\nSOVIET AIR DEFENSE NOTES\n\n{PROSE * 4}\n"
    )
    assert doc.classification == "Unclassified"


def test_the_catalogues_dates_that_lost_their_labels_are_not_the_papers_date():
    # The catalogue's creation and release dates, their labels lost, stand above the paper: a
    # date after the release stamp's year is none of the paper's.
    [doc] = documents(
        "December 20, 2016\nMarch 13, 2007\nJuly 18, 1946\n"
        "Approved For Rase 2007/03/14: CIA-RDP80R01731 01300130066-6 July 18, 1946 PERSONAL "
        "Lieutenant General John Q. Doe Washington, D. C. Dear General Doe: I have had a word "
        f"with the Senator. {PROSE * 6}\n"
    )
    assert doc.date == "1946-07-18"


def test_a_scans_date_with_one_digit_of_its_year_misread_is_the_catalogues_day():
    catalogue = READING_ROOM_CATALOGUE.replace("March 2, 1957", "January 20, 1984")
    [doc] = documents(
        f"{catalogue}Approved For Release 2009/05/28: CIA-RDP87-00352R000100130009-5 DDA 84-0046 "
        f"20 January 1934 MEMORANDUM FOR: Director of Central Intelligence {PROSE * 4}\n"
    )
    assert doc.date == "1984-01-20"


@pytest.mark.parametrize(
    "title, kind",
    [
        ("MEMORANDUM OF CONVERSATION", "memorandum of conversation"),
        ("MEMORANDUM OF MEETING WITH THE PRESIDENT RE CUBA", "record of meeting"),
    ],
)
def test_a_catalogue_title_that_is_the_papers_heading_says_its_kind_over_the_content_type(
    title, kind
):
    catalogue = READING_ROOM_CATALOGUE.replace("SOVIET AIR DEFENSE NOTES - 1957/03/02", title)
    catalogue = catalogue.replace("Body:", "Content Type:\nMEMO\nBody:")
    [doc] = documents(f"{catalogue}{PROSE * 4}\n")
    assert doc.type == kind


def test_a_catalogue_title_for_all_the_agencys_employees_names_no_addressee():
    title = "MEMORANDUM FOR ALL CIA EMPLOYEES FROM JOHN Q. DOE"
    catalogue = READING_ROOM_CATALOGUE.replace("SOVIET AIR DEFENSE NOTES - 1957/03/02", title)
    [doc] = documents(f"{catalogue}{PROSE * 4}\n")
    assert doc.recipients == []


def test_the_library_of_congress_stamp_on_every_page_is_no_participant():
    stamp = "No Objection to Declassification in Part 2010/12/01 : LOC-HAK-462-9-6-3\n"
    [doc] = documents(
        f"MEMORANDUM OF CONVERSATION\n{stamp * 3}PARTICIPANTS: Henry A. Kissinger, Secretary of "
        f"State\nWinston Lord, Director of Planning\n\n{stamp}{PROSE * 4}\n"
    )
    assert all("LOC-HAK" not in p.as_written for p in doc.participants)
    assert "LOC-HAK" not in doc.text


def test_a_memorandum_for_an_office_attention_a_man_is_for_him():
    [doc] = documents(
        "Approved For Release 2000/05/22 CIA-RDP61S00750A000100150055-3 1 October 1954 "
        "MEMORANDUM FOR: Director, External Research Staff Department of State ATTENTION; Fred. "
        f"H. Doe SUBJECT: Information for the Report 1. {PROSE * 6}\n"
    )
    assert [r.name for r in doc.recipients] == ["Fred H. Doe"]


def test_a_catalogue_publication_date_of_january_first_is_its_year_not_the_papers_day():
    # The reading room writes "January 1, 1949" where it knew the year alone.
    undated = READING_ROOM_CATALOGUE.replace("March 2, 1957", "January 1, 1949")
    [doc] = documents(f"{undated}DAILY NOTES OF THE DIRECTOR\n\n{PROSE * 4}\n")
    assert doc.date is None
    assert doc.date_range == ["1949-01-01", "1949-12-31"]
    # A catalogue title that is a date of that year is the day.
    titled = undated.replace("SOVIET AIR DEFENSE NOTES - 1957/03/02", "MONDAY, 3 JANUARY 1949")
    [doc] = documents(f"{titled}DAILY NOTES OF THE DIRECTOR\n\n{PROSE * 4}\n")
    assert doc.date == "1949-01-03"


def test_a_salutation_by_given_name_is_the_addressee_the_catalogue_names_in_full():
    catalogue = READING_ROOM_CATALOGUE.replace(
        "SOVIET AIR DEFENSE NOTES - 1957/03/02", "LETTER TO MR. JOHN Q. ZABROWSKY FROM RICHARD ROE"
    )
    [doc] = documents(
        f"{catalogue}2 March 1957\n\nDear Jack:\n\n{PROSE * 3}\n\nFaithfully,\n\nRichard Roe\n"
    )
    assert [r.name for r in doc.recipients] == ["John Q. Zabrowsky"]  # no famous Jack of 1957


def test_a_representative_is_a_member_of_the_house_not_a_foreign_namesake():
    [doc] = documents(
        "July 18, 1946\n\nDear General Doe:\n\nI have had a word with Representative Baldwin "
        f"and with the Senator. {PROSE * 2}\n\nSincerely,\n\nRichard Roe\n"
    )
    assert "hsg:100803" not in {m.person_id for m in doc.mentions}  # Stanley Baldwin


def test_a_letter_the_catalogue_files_as_a_memorandum_is_a_letter_by_its_salutation():
    catalogue = READING_ROOM_CATALOGUE.replace("Body:", "Content Type:\nMF\nBody:")
    [doc] = documents(
        f"{catalogue}Approved For Release 2002/06/26 : CIA-RDP78-00000A000100010001-0 "
        "17 September 1953 The Honorable John Q. Nobody The Director Bureau of the Budget "
        f"Washington 25, D. C. Dear Mr. Nobody, As a result of the cuts {PROSE * 12}\n"
    )
    assert doc.type == "letter"
    assert [r.as_written for r in doc.recipients] == ["John Q. Nobody"]


def test_a_memorandum_of_conversation_the_catalogue_files_as_a_memo_is_a_memcon_by_its_heading():
    catalogue = READING_ROOM_CATALOGUE.replace("Body:", "Content Type:\nMEMO\nBody:")
    [doc] = documents(
        f"{catalogue}Approved For Release 2002/11/20 : CIA-RDP86B00000R000100010001-0\n"
        "22 October 1974\nMEMORANDUM OF CONVERSATION\nPARTICIPANTS: William E. Colby, Director "
        f"of Central Intelligence\nJohn Q. Nobody, Commission staff\n{PROSE * 6}\n"
    )
    assert doc.type == "memorandum of conversation"


def test_a_from_field_whose_name_in_capitals_stands_on_the_line_below_names_the_sender():
    [doc] = documents(
        "MEMORANDUM\n\nTHE WHITE HOUSE\n\nWASHINGTON\n\nSECRET\nNovember 29, 1974\n"
        "MEMORANDUM FOR:\nTHE PRESIDENT\nFROM:\nRICHARD ROE\n\n"
        f"The Secretary asked that I pass the following report to you. {PROSE * 4}\n"
    )
    assert doc.sender.as_written == "RICHARD ROE"


def test_a_memorandum_routed_via_deputies_is_for_the_first_office_and_from_a_garbled_from():
    [doc] = documents(
        f"{READING_ROOM_CATALOGUE}Approved for Release: 2022/03/01 C01341618 28 FEB 1978 "
        "MEMORANDUM FOR: Director of Central Intelligence VIA Deputy Director of Central "
        "Intelligence Deputy Director for Operations FROM \ufffd John Q. Doe Chief, Latin America "
        f"Division SUBJECT Chile 1. Action Required: None; for information only. {PROSE * 8}\n"
    )
    assert [r.as_written for r in doc.recipients] == ["Director of Central Intelligence"]
    assert doc.sender.as_written == "John Q. Doe"
    assert "VIA" not in {p.name for p in doc.persons}


def test_a_top_secret_marking_that_lost_a_letter_is_still_top_secret():
    catalogue = READING_ROOM_CATALOGUE.replace("Original Classification:\nU\n", "")
    [doc] = documents(
        f"{catalogue}TP SECRET Approved For Release 2004/04/19 : "
        "CIA-RDP80B01676R002300230036-5 Friday, 11 July 1958 PRESENT: Mr. Doe, Mr. Roe "
        f"1. The Director opened the meeting. {PROSE * 6}\n"
    )
    assert doc.classification == "Top Secret"


def test_a_memorandum_for_two_offices_run_together_is_for_both_holders():
    [doc] = documents(
        f"{READING_ROOM_CATALOGUE}Approved For Release 2009/04/14 : CIA-RDP85M00000R000100010001-0 "
        "SECRET 21 June 1983 MEMORANDUM FOR: Director of Central Intelligence Deputy Director of "
        "Central Intelligence FROM: SA/DCI/IA SUBJECT: Your Meeting on the Budget 1. The "
        f"following topics are on the agenda. {PROSE * 8}\n"
    )
    assert [r.name for r in doc.recipients] == ["William J. Casey", "John N. McMahon"]


def test_a_bulleted_participant_whose_entry_ends_in_an_abbreviation_does_not_end_the_list():
    [doc] = documents(
        "41. Memorandum of Conversation\n\n"
        "  • First Deputy Premier Anastas I. Mikoyan, U.S.S.R.\n"
        "  • Ambassador Mikhail A. Menshikov, Embassy of the U.S.S.R.\n"
        "  • Mr. Foy Kohler\n\n"
        f"{PROSE * 3}\n"
    )
    assert [p.name for p in doc.participants] == [
        "Anastas I. Mikoyan",
        "Mikhail A. Menshikov",
        "Foy D. Kohler",
    ]


def test_a_participant_after_his_office_symbol_and_a_dash_is_listed():
    [doc] = documents(
        "108. Memorandum of Conversation\n\n"
        "  • Meeting in Vienna\n  • US\n    • The President\n    • Ambassador Thompson\n"
        "    • EUR—Mr. Kohler\n    • D—Mr. Akalovsky (interpreting)\n"
        "  • USSR\n    • Chairman Khrushchev\n\n"
        f"{PROSE * 3}\n"
    )
    assert [p.name for p in doc.participants][1:3] == ["Foy D. Kohler", "Alexander Akalovsky"]


def test_a_participant_with_his_office_run_into_his_name_or_after_a_dash_is_listed():
    [doc] = documents(
        "381. Memorandum of Conversation0\n\nPARTICIPANTS\n"
        "  • US\n    • Ambassador Thompson\n    • Mr. KohlerEUR\n"
        "    • Mr. Bundy—The White House\n    • Mr. AkalovskyACDA/IR\n"
        "  • USSR\n    • Ambassador Dobrynin\n\n"
        f"{PROSE * 3}\n"
    )
    assert [(p.as_written, p.role) for p in doc.participants][1:4] == [
        ("Mr. KohlerEUR", "EUR"),
        ("Mr. Bundy—The White House", "The White House"),
        ("Mr. AkalovskyACDA/IR", "ACDA/IR"),
    ]
    assert len(doc.participants) == 5


def test_a_comma_list_of_those_present_keeps_surnames_alone_and_drops_a_stray_honorific():
    [doc] = documents(
        "DEPUTIES' MEETING\n\nTuesday, 5 June 1956\n\n"
        "PRESENT: Mr, Dulles, Gen. Cabell, Mr. Wisner,\nMessrs. Kirkpatrick, Helms, Bissell,\n"
        f"Gen. Truscott\n\n{PROSE * 3}\n"
    )
    written = [p.as_written for p in doc.participants]
    assert written == [
        "Dulles",
        "Gen. Cabell",
        "Mr. Wisner",
        "Kirkpatrick",
        "Helms",
        "Bissell",
        "Gen. Truscott",
    ]


def test_others_present_listed_with_commas_over_several_lines_with_remarks_in_parentheses():
    [doc] = documents(
        "MEMORANDUM OF CONFERENCE WITH THE PRESIDENT\n\nMay 5, 1959\n\n"
        "Others present: Secretary Herter, Secretary Dillon,\n"
        "Secretary Anderson (first few minutes\n"
        "only), General Goodpaster\n\n"
        f"{PROSE * 3}\n"
    )
    assert [p.as_written for p in doc.participants] == [
        "THE PRESIDENT",
        "Secretary Herter",
        "Secretary Dillon",
        "Secretary Anderson",
        "General Goodpaster",
    ]


AUTOMATED_CABLE_HEAD = (
    "SECRET\nPAGE 01 SECTO 01234 102034Z\n"
    "O 101950Z MAY 77\n"
    "FM USDEL SECRETARY IN GENEVA\n"
    "TO SECSTATE WASHDC FLASH\n"
    "S E C R E T SECTO 01234\n"
    "NODIS\n"
)


def test_an_automated_cable_for_several_addressees_from_a_writer_named_on_the_next_line():
    [doc] = documents(
        f"{AUTOMATED_CABLE_HEAD}"
        "WHITE HOUSE FOR PRESIDENT AND DR. BRZEZINSKI FROM\n"
        "SECRETARY VANCE\n"
        "DEPARTMENT FOR ACTING SECRETARY CHRISTOPHER ONLY\n"
        "E.O. 11652: GDS\nTAGS: OVIP, PFOR, UR\nSUBJ: MEETING WITH GROMYKO\n"
        "1. THE MEETING WITH GROMYKO HAS JUST ENDED AFTER THREE HOURS OF TALK ON ARMS CONTROL.\n"
    )
    assert [r.as_written for r in doc.recipients] == [
        "President",
        "Dr. Brzezinski",
        "Acting Secretary Christopher",
    ]
    assert [r.person_id for r in doc.recipients] == [
        "carter-jimmy",
        "brzezinski-zbigniew",
        "christopher-warren-m",
    ]
    assert doc.sender.person_id == "vance-cyrus-r"


def test_a_cable_for_a_delegation_at_another_post_names_no_one():
    [doc] = documents(
        "SECRET\nPAGE 01 MOSCOW 04411 121010Z\nR 120945Z MAR 75\nFM AMEMBASSY MOSCOW\n"
        "TO SECSTATE WASHDC 7712\nINFO USMISSION GENEVA\nAMEMBASSY VIENNA\n"
        "S E C R E T MOSCOW 4411\nGENEVA FOR US DEL CSCE\nVIENNA FOR US DEL MBFR\n"
        "E.O. 11652: GDS\nTAGS: PFOR, UR\nSUBJ: TALKS WITH ROE\n"
        "1. THE AMBASSADOR SAW ROE TODAY ON THE CONFERENCE AND THE REDUCTIONS IN VIENNA.\n"
    )
    assert doc.recipients == []
    assert not [p for p in doc.persons if p.name in ("Csce", "Mbfr")]


def test_a_cable_from_jakarta_calls_indonesias_president_the_president():
    [doc] = documents(
        "SECRET\nPAGE 01 JAKART 02214 140610Z\nP 140530Z MAY 75\nFM AMEMBASSY JAKARTA\n"
        "TO SECSTATE WASHDC PRIORITY 3310\nS E C R E T JAKARTA 2214\nEO 11652: GDS\n"
        "TAGS: PFOR ID US\nSUBJECT: LUNCH WITH GENERAL ROE\n"
        "1. SUMMARY: GENERAL ROE TOLD US THAT PRESIDENT SUHARTO WILL\n"
        "RECEIVE THE DELEGATION NEXT WEEK. END SUMMARY.\n"
        "2. ROE SAID THE PRESIDENT HAD NOT YET CHOSEN THE DAY AND\n"
        "WOULD CONSULT HIS MINISTERS FIRST.\n"
    )
    [suharto] = [p for p in doc.persons if p.name == "Soeharto"]
    assert "THE PRESIDENT" in [m.text for m in doc.mentions if m.person_id == suharto.id]


ROME_CABLE_HEAD = (
    "CONFIDENTIAL\nPAGE 01 ROME 04512 101830Z\nO 101800Z MAR 78\nFM AMEMBASSY ROME\n"
    "TO SECSTATE WASHDC IMMEDIATE 1234\nINFO WHITE HOUSE\nC O N F I D E N T I A L ROME 4512\n"
)
ROME_CABLE_BODY = (
    "E.O. 11652: GDS\nTAGS: PINT, IT\nSUBJECT: TALKS WITH THE PRIME MINISTER\n"
    "1. THE PRIME MINISTER RECEIVED ME TODAY AND WE DISCUSSED THE\nCRISIS AT LENGTH.\n"
)


def test_a_cables_for_line_in_parts_between_semicolons_names_each_addressee():
    [doc] = documents(
        f"{ROME_CABLE_HEAD}DEPT FOR HARTMAN; WHITE HOUSE FOR BRZEZINSKI\n{ROME_CABLE_BODY}"
    )
    assert [r.person_id for r in doc.recipients] == ["hartman-arthur-a", "brzezinski-zbigniew"]


def test_a_cables_for_line_in_parts_between_commas_names_each_addressee():
    [doc] = documents(
        f"{ROME_CABLE_HEAD}DEPT FOR HARTMAN ONLY, WHITE HOUSE FOR BRZEZINSKI\n{ROME_CABLE_BODY}"
    )
    assert [r.person_id for r in doc.recipients] == ["hartman-arthur-a", "brzezinski-zbigniew"]


def test_a_cables_for_line_to_a_delegation_names_no_one():
    [doc] = documents(
        f"{ROME_CABLE_HEAD}FOR ZENDA DEL, WHITE HOUSE FOR BRZEZINSKI\n{ROME_CABLE_BODY}"
    )
    assert [r.person_id for r in doc.recipients] == ["brzezinski-zbigniew"]


def test_a_cables_for_line_run_onto_the_next_names_the_addressee_and_the_writer():
    [doc] = documents(
        f"{ROME_CABLE_HEAD}EXDIS\nS/S-O PASS TO THE SECRETARY'S PARTY FOR\n"
        f"BRZEZINSKI FROM QWERTOV\n{ROME_CABLE_BODY}"
    )
    assert [r.person_id for r in doc.recipients] == ["brzezinski-zbigniew"]
    assert doc.sender.name == "Qwertov"


def test_a_cables_sentence_with_a_semicolon_before_for_names_no_addressee():
    body = ROME_CABLE_BODY.replace(
        "1. THE PRIME MINISTER", "1. THE MINISTER SAID HE WOULD AGREE; FOR THE MOMENT THE PRIME"
    )
    [doc] = documents(f"{ROME_CABLE_HEAD}{body}")
    assert doc.recipients == []


def test_a_bureaus_symbol_before_an_unpointed_title_is_no_part_of_the_addressee():
    [eur] = documents(f"{ROME_CABLE_HEAD}DEPARTMENT FOR EUR ASST SEC VEST\n{ROME_CABLE_BODY}")
    assert (eur.recipients[0].name, eur.recipients[0].role) == ("George S. Vest", "Asst. Sec.")
    # (the title's own abbreviation is no bureau: "ASST SEC VEST" keeps its rank)
    [bare] = documents(f"{ROME_CABLE_HEAD}DEPARTMENT FOR ASST SEC VEST\n{ROME_CABLE_BODY}")
    assert bare.recipients[0].role == "Asst. Sec."


def test_a_1940s_incoming_telegram_form_is_dated_by_its_dated_line():
    [doc] = documents(
        "DEPARTMENT OF STATE\nINCOMING TELEGRAM\nSECRET |\n"
        "4521 Paris via Army Dated March 9, 1947 Rec'd 11:05 a.m. |\n"
        "Secretary of State,\nWashington.\n702, March 9, 6 p.m.\n"
        f"{PROSE * 3}\nRoe\n"
    )
    assert (doc.type, doc.date, doc.place) == ("telegram", "1947-03-09", "Paris")


def test_a_handling_line_under_the_heading_is_no_part_of_the_title_nor_a_marking():
    [doc] = documents(
        "711.61/3–1047: Telegram\n\nThe Secretary of State to the Embassy in Ruritania\n\n"
        f"us urgent\n\n88. {PROSE * 3}\n"
    )
    assert doc.title == "The Secretary of State to the Embassy in Ruritania"
    assert doc.classification is None
    assert [(s.text, s.kind) for s in doc.stamps if s.text == "us urgent"] == [
        ("us urgent", "handling")
    ]


def test_a_file_number_of_letters_and_a_subject_word_dates_the_telegram_under_it():
    [doc] = documents(
        "501.BB Ruritania/3–1047: Telegram\n\nThe Secretary of State to the Embassy in "
        f"Ruritania\n\nsecret\n\n88. {PROSE * 3}\n"
    )
    assert (doc.type, doc.date_range) == ("telegram", ["1947-03-03", "1947-03-12"])
    assert doc.sender.person_id == "marshall-george-c"  # the Secretary of State then


def test_a_titles_wrapped_date_is_no_dateline_above_the_papers_own():
    [doc] = documents(
        "A Study for the Secretary\nPrepared Under the Secretary's Instruction\n"
        f"of March 2, 1951\n\n[Washington,] June 11, 1951\n\nI. The Problem\n\n{PROSE * 3}\n"
    )
    assert doc.date == "1951-06-11"


def test_a_memorandum_by_the_secretary_of_a_conversation_is_a_conversations_record():
    [doc] = documents(
        "Memorandum by the Secretary of State of a Conversation With President Truman\n\n"
        f"Chinese White Paper\n\nI told the President that the paper was ready. {PROSE * 3}\n"
    )
    assert (doc.type, doc.sender) == ("memorandum of conversation", None)


def test_the_secretary_general_of_nato_is_the_alliances_not_the_united_nations():
    [doc] = documents(
        "Paris, March 10, 1966.\n\nThe message was made to the Secretary General of NATO, who "
        f"passed it on to the Council. {PROSE * 3}\n"
    )
    names = [p.name for p in doc.persons]
    assert "Manlio Brosio" in names and "U Thant" not in names


def test_a_library_transcriptions_catalogue_title_names_the_writer_and_date():
    [doc] = documents(
        "Presidential Library & Museum\n\n"
        "Bohlen, Charles E.; Molotov, V. M.\nUnited States-Soviet relations\n\n"
        "Longhand Note of President Harry S. Truman, July 7, 1945. Longhand Notes File.\n\n"
        f"July 7, 1945\n\n{PROSE * 3}\n"
    )
    assert doc.sender.person_id == "truman-harry-s"
    assert doc.date == "1945-07-07"
    assert doc.type == "other"  # a note is none of the kinds we name


def test_a_digital_archive_title_with_its_marking_gives_the_classification():
    [doc] = documents(
        "December 2, 1963\n\n"
        "Top Secret Cipher Telegram from Soviet Ambassador Dobrynin to CPSU Central Committee\n\n"
        f"{PROSE * 3}\n"
    )
    assert doc.type == "telegram"
    assert doc.classification == "Top Secret"
    assert doc.sender.person_id == "dobrynin-anatoliy-f"
    assert doc.recipients == []  # a committee is no person


def test_a_telegram_that_says_only_whom_it_is_from_has_that_sender():
    [doc] = documents(
        "Telegram From the Department of State to the Mission to the United Nations\n\n"
        "Washington, November 2, 1962, 4 p.m.\n\n"
        f"1160. Eyes only from Undersecretary Ball. {PROSE * 3}\n"
    )
    assert doc.sender.person_id == "ball-george-w"


def test_a_telegram_for_the_amb_is_for_the_ambassador_at_the_post_then():
    [doc] = documents(
        "611.61/5–2252: Telegram\n\n"
        "The Secretary of State to the Embassy in the Soviet Union\n\n"
        f"815. For the Amb. {PROSE * 3}\n\nAcheson\n"
    )
    assert [r.person_id for r in doc.recipients] == ["kennan-george-f"]


def test_a_telegram_for_the_acting_secretarys_eyes_only_is_to_him_not_the_secretary():
    [doc] = documents(
        "123 Smith, Walter Bedell: Telegram\n\n"
        "The Ambassador in the Soviet Union (Smith) to the Secretary of State\n\n"
        "Moscow, April 2, 1948.\n\n"
        f"683. For Acting Secretary Lovett’s eyes only from Smith. {PROSE * 3}\n\nSmith\n"
    )
    assert [r.person_id for r in doc.recipients] == ["lovett-robert-a"]
    assert doc.sender.person_id == "smith-walter-bedell"
    # the heading's "Secretary of State" is still the Secretary, not the one acting for him
    roles = {m.text: m.person_id for m in doc.mentions if m.kind == "role"}
    assert roles["the Secretary of State"] == "marshall-george-c"


def test_a_dateline_whose_time_follows_the_comma_without_a_space():
    [doc] = documents(
        "173. Message From Premier Kosygin to President Johnson\n"
        "Moscow, June 6, 1967,5:34 a.m.\n"
        f"Dear Mr. President,\n{PROSE * 3}\n"
    )
    assert doc.date == "1967-06-06"
    assert doc.place == "Moscow"


def test_a_chapter_title_with_a_month_above_an_editorial_note_does_not_date_it():
    [doc] = documents(
        "The Vienna Meetings, June 1961\n\n"
        "52. Editorial Note\n\n"
        f"On June 3, 1961, the two leaders met at the residence. {PROSE * 3}\n"
    )
    assert doc.type == "editorial note"
    assert doc.date is None


def test_a_page_run_into_one_line_listing_those_present_is_a_record_of_meeting():
    header = "DEPUTIES' MEETING Tuesday, 4 March 1958 PRESENT: Mr. Dulles, General Cabell "
    [doc] = documents(f"{RUN_TOGETHER_STAMP} {header}{PROSE * 12}\n")
    assert doc.type == "record of meeting"


def test_a_report_of_conferences_with_an_ambassador_is_a_memorandum_of_conversation():
    [doc] = documents(
        "REPORT OF CONFERENCES WITH AMBASSADOR MENSHIKOV\n\nNovember 28 and 29, 1960\n\n"
        f"{PROSE * 3}\n"
    )
    assert doc.type == "memorandum of conversation"


def test_an_office_heading_whose_holder_is_the_addressees_names_both_correspondents():
    [doc] = documents(
        "Eisenhower Library, Whitman file\n\nNo. 702\n"
        "The President to the Ambassador to the Soviet Union (Bohlen), at Berlin\n\n"
        f"Dear Chip: {PROSE * 3}\n"
    )
    assert doc.sender.person_id == "eisenhower-dwight-d"
    assert [r.person_id for r in doc.recipients] == ["bohlen-charles-e"]


def test_a_consultant_to_the_secretary_writes_to_the_secretary_after_his_name():
    [doc] = documents(
        "694.001/12–2751\n\nMemorandum by the Consultant to the Secretary (Dulles) to the "
        f"Secretary of State\n\nsecret\n\n{PROSE * 3}\n"
    )
    assert doc.sender.person_id == "dulles-john-foster"
    assert [r.person_id for r in doc.recipients] == ["acheson-dean"]


def test_a_heading_a_narrow_column_broke_twice_is_read_whole_with_its_holder():
    [doc] = documents(
        "693.94/1–1452: Telegram\nNo. 472\nThe Secretary of\nState to the Office of the United "
        "States Political\nAdviser to SCAP (Sebald)1\nniact\n\n"
        "Topad 1955. Reur 1464, Jan 14. Dept agreeable release letter noon Jan 16 Tokyo time. "
        f"{PROSE * 4}\n"
    )
    assert doc.title.endswith("Adviser to SCAP (Sebald)")
    assert [r.name for r in doc.recipients] == ["William J. Sebald"]


def test_a_private_person_writing_to_an_office_is_the_sender_of_a_1940s_heading():
    [doc] = documents(
        "501.BB Palestine/5–448: Telegram\n\nMr. John Q. Doe to the Director of the Office of "
        f"United Nations Affairs (Rusk), at Washington\n\n{PROSE * 3}\n"
    )
    assert doc.sender.name == "John Q. Doe"
    assert [r.person_id for r in doc.recipients] == ["rusk-dean"]


def test_a_diary_entry_heading_names_the_diarist_as_writer():
    [doc] = documents(f"4. Charles E. Bohlen Diary Entry\n\n{PROSE * 3}\n")
    assert doc.sender.person_id == "bohlen-charles-e"


def test_participants_set_in_a_table_with_cell_walls_and_note_numbers():
    [doc] = documents(
        "Memorandum of Conversation, by the Assistant to the Secretary of State\n"
        "Participants: | The Secretary of State |\n"
        "Mr. Molotov | |\n"
        "Ambassador Harriman | |\n"
        "Mr. Pavlov12 | |\n"
        f"{PROSE * 3}\n"
    )
    assert [p.as_written for p in doc.participants] == [  # the Secretary of no known year: a flag
        "Mr. Molotov",
        "Ambassador Harriman",
        "Mr. Pavlov",
    ]


def test_a_briefing_memorandums_meeting_time_is_the_meetings_not_the_papers_date():
    [doc] = documents(
        "190. Memorandum From the President’s Assistant for National Security Affairs "
        "(Kissinger) to President Ford1\n\n\nThursday, September 18, 1975\n\n"
        f"4:30 p.m. (90 minutes)\n\nThe Oval Office\n\nI. Purpose\n\n{PROSE * 3}\n"
    )
    assert (doc.date, doc.date_range) == (None, ["1975-09-04", "1975-09-18"])


def test_a_conversations_day_and_hour_date_it():
    [doc] = documents(
        "191. Memorandum of Conversation1\n\n\nThursday, September 18, 1975\n\n"
        f"4:30 p.m.\n\nThe Oval Office\n\n{PROSE * 3}\n"
    )
    assert doc.date == "1975-09-18"


def test_a_dateline_over_the_days_of_a_visit_dates_the_paper_within_them():
    [doc] = documents(
        "230. Memorandum of Conversation0\n\nParis, May 31-June 2, 1961\n\n"
        f"General de Gaulle opened by saying that he would sum up the discussions. {PROSE}\n"
    )
    assert (doc.date, doc.date_range) == (None, ["1961-05-31", "1961-06-02"])


def test_a_date_line_with_a_period_for_its_comma_and_a_misread_year_is_read():
    from chancery.pipeline.dates import parse_date, repair_ocr

    assert parse_date(repair_ocr("April 25. I960"))[0] == "1960-04-25"
    [doc] = documents(
        "April 25. I960\n\nMEMORANDUM OF CONFERENCE WITH THE PRESIDENT\nApril 24, I960\n\n"
        f"Others present: General de Gaulle, Colonel Vernon Walters\n\n{PROSE * 2}\n"
    )
    assert doc.date == "1960-04-25"  # the memorandum's own date, above the conference's


def test_a_day_ocr_split_with_a_speck_is_read_whole_and_never_as_its_last_digit():
    from chancery.pipeline.dates import parse_date, repair_ocr

    assert parse_date(repair_ocr("S-E-C-R-E-T 1.6 May 1962"))[0] == "1962-05-16"
    assert parse_date("1.6 May 1962")[0] == "1962-05"  # the month, not May 6
    # a release stamp's "2 8 FEB 1978": the first digit spaced off, not the 8th
    assert parse_date(repair_ocr("C01341618 2 8 FEB 1978 MEMORANDUM"))[0] == "1978-02-28"


@pytest.mark.parametrize(
    "dateline",
    [
        "June 5th, 1962",
        "5th June, 1962",
        "05 JUN 1962",
        "Paris, 5 June, 1962",
        "[Moscow,] June 5, 1962",
        "5 Jun 62",
        "5 June 62",
        "June 5,1962",
        "June 5 ,1962",
        "June5, 1962",
        "Jnne 5, 1962",
        "June 5. 1962",
        "June 5, 196 2",
        "June 5–6, 1962",
        "5-6 June 1962",
        "June 5, 1962 (evening)",
        "June 5, 1962, 1500 hours",
        "June 5 th, 1962",
        "Moscow, 5.VI.1962",
    ],
)
def test_a_dateline_in_any_of_its_printed_forms_is_kept_and_read(dateline):
    [doc] = documents(f"MEMORANDUM OF CONVERSATION\n\n{dateline}\n\n{PROSE * 3}\n")
    assert dateline in doc.text
    assert doc.date == "1962-06-05"


def test_a_dateline_with_its_time_over_a_text_in_capitals_is_no_scan_garbage():
    body = "1. THE FOREIGN MINISTER RECEIVED ME TODAY FOR ONE HOUR ON THE QUESTION OF THE TALKS. "
    [doc] = documents(
        "DEPARTMENT OF STATE\nOUTGOING TELEGRAM\n\nSECRET\n\nAmembassy MOSCOW 2210\n\n"
        f"June 5, 1962, 7 p.m.\n\nEYES ONLY FOR AMBASSADOR FROM SECRETARY\n\n{body * 3}\nRUSK\n"
    )
    assert doc.date == "1962-06-05"
    assert "June 5, 1962, 7 p.m." in doc.text


CORRESPONDENTS_AS_ARCHIVES_WRITE_THEM = [
    (
        f"March 3, 1960\n\nMEMORANDUM FOR THE PRESIDENT\n\nSUBJECT: Berlin\n\n{PROSE * 3}\n\n"
        "Allen W. Dulles\nDirector\n",
        "dulles-allen-w",
        ["eisenhower-dwight-d"],
    ),
    (
        "CENTRAL INTELLIGENCE AGENCY\nWASHINGTON 25, D.C.\n\n4 May 1962\n\n"
        f"MEMORANDUM FOR: Director of Central Intelligence\nSUBJECT: Berlin\n\n{PROSE * 3}\n\n"
        "SHERMAN KENT\nAssistant Director\nNational Estimates\n",
        "kent-sherman",
        ["mccone-john-a"],
    ),
    (
        "SECRET\n\nTO: The Secretary\nFROM: EUR - Foy D. Kohler\nSUBJECT: Berlin\n"
        f"DATE: May 3, 1961\n\n{PROSE * 3}\n",
        "kohler-foy-d",
        ["rusk-dean"],
    ),
    (
        f"Moscow, May 3, 1962\n\nDear Mr. President,\n\n{PROSE * 3}\n\nRespectfully,\n\n"
        "N. Khrushchev\n",
        "khrushchev-nikita-s",
        ["kennedy-john-f"],
    ),
    (
        f"Washington, June 5, 1962\n\nDear Mr. Prime Minister:\n\n{PROSE * 3}\n\nSincerely,\n\n"
        "John F. Kennedy\n\nThe Right Honorable\nHarold Macmillan, M.P.\nPrime Minister\n",
        "kennedy-john-f",
        ["macmillan-harold"],
    ),
    (
        "12. Memorandum From the Joint Chiefs of Staff to Secretary of Defense McNamara1\n\n"
        f"Washington, June 5, 1962.\n\n{PROSE * 3}\n",
        None,
        ["mcnamara-robert-s"],
    ),
    (
        f"Khrushchev to Kennedy\nOctober 24, 1962\nDear Mr. President,\n{PROSE * 3}\n",
        "khrushchev-nikita-s",
        ["kennedy-john-f"],
    ),
    (
        f"June 5, 1962\n\nMr. Chairman,\n\n{PROSE * 3}\n\nJohn F. Kennedy\n",
        "kennedy-john-f",
        ["khrushchev-nikita-s"],
    ),
    (
        f"June 5, 1962\n\nMEMORANDUM FOR THE PRESIDENT\n\nFROM: McGeorge Bundy\n\n{PROSE * 3}\n",
        "bundy-mcgeorge",
        ["kennedy-john-f"],
    ),
    (
        f"June 5, 1962\n\nMEMORANDUM TO: Mr. McGeorge Bundy\nThe White House\n\n{PROSE * 3}\n\n"
        "William H. Brubeck\nExecutive Secretary\n",
        "hsg:101841",
        ["bundy-mcgeorge"],
    ),
    (
        f"Moscow, June 5, 1962\n\nDear Mr. President,\n\n{PROSE * 3}\n\nWith respect,\n\n"
        "N. KHRUSHCHEV\n",
        "khrushchev-nikita-s",
        ["kennedy-john-f"],
    ),
    (
        f"June 5, 1962\n\nMEMORANDUM FOR THE RECORD\n\nSUBJECT: Berlin\n\n{PROSE * 3}\n\n"
        "/s/\nJohn A. McCone\nDirector\n",
        "mccone-john-a",
        [],
    ),
    (
        "THE WHITE HOUSE\nWASHINGTON\n\nJune 5, 1962\n\nMEMORANDUM FOR\nTHE SECRETARY OF STATE\n\n"
        f"SUBJECT: Berlin\n\n{PROSE * 3}\n\nMcGeorge Bundy\n",
        "bundy-mcgeorge",
        ["rusk-dean"],
    ),
    (
        "12. Memorandum for the Record1\n\nWashington, June 5, 1962.\n\nSUBJECT\n\nBerlin\n\n"
        f"{PROSE * 3}\n\nMcGeorge Bundy2\n\n  1. Source: Kennedy Library. Secret.\n"
        "  2. Printed from an unsigned copy.\n",
        "bundy-mcgeorge",
        [],
    ),
    (
        "June 5, 1962\n\nMEMORANDUM FOR: The Honorable Dean Rusk\nThe Secretary of State\n\n"
        f"SUBJECT: Berlin\n\n{PROSE * 3}\n\nJohn A. McCone\nDirector\n",
        "mccone-john-a",
        ["rusk-dean"],
    ),
    (
        f"June 5, 1962\n\nMr. President:\n\n{PROSE * 3}\n\nDean Rusk\n",
        "rusk-dean",
        ["kennedy-john-f"],
    ),
    (
        f"June 5, 1962\n\nMEMORANDUM FOR: Mr. Bundy\n\n{PROSE * 3}\n\nJ. A. McCone\n",
        "mccone-john-a",
        ["bundy-mcgeorge"],
    ),
]


CORRESPONDENTS_AS_ARCHIVES_WRITE_THEM += [
    (
        "12. Memorandum From the Assistant Secretary of State for European Affairs (Kohler) and "
        f"the Legal Adviser (Chayes) to Secretary of State Rusk1\n\nWashington, June 5, 1961.\n\n"
        f"{PROSE * 3}\n",
        "kohler-foy-d",
        ["rusk-dean"],
    ),
    (
        "12. Memorandum From Secretary of State Rusk and Secretary of Defense McNamara to "
        f"President Kennedy1\n\nWashington, June 5, 1962.\n\n{PROSE * 3}\n",
        "rusk-dean",
        ["kennedy-john-f"],
    ),
    (
        "12. Telegram From the Embassy in the Soviet Union to the Department of State1\n\n"
        f"Moscow, June 5, 1962, 7 p.m.\n\n3012. {PROSE * 3}\n\nThompson\n\n1 Source: Department "
        "of State, Central Files, 611.61/6–562. Secret; Priority.\n",
        "thompson-llewellyn-e",
        [],
    ),
]


@pytest.mark.parametrize("text,sender,recipients", CORRESPONDENTS_AS_ARCHIVES_WRITE_THEM)
def test_memoranda_and_letters_name_their_correspondents_by_field_office_or_signature(
    text, sender, recipients
):
    [doc] = documents(text)
    assert (doc.sender.person_id if doc.sender else None) == sender
    assert [r.person_id for r in doc.recipients] == recipients


@pytest.mark.parametrize(
    "head,kind",
    [
        (
            "AIRGRAM\n\nFROM: Amembassy MOSCOW\nTO: Department of State\nSUBJECT: Berlin\n\n",
            "telegram",
        ),
        ("Intelligence Memorandum\n\nSoviet Deliveries\n\nMay 3, 1962\n\n", "memorandum"),
        (
            "Research Memorandum\n\nTO: The Secretary\nTHROUGH: S/S\nFROM: INR - Roger Hilsman\n"
            "SUBJECT: Berlin\n\n",
            "memorandum",
        ),
        (
            "Action Memorandum\n\nTO: The Secretary\nFROM: EUR - William R. Tyler\n"
            "SUBJECT: Berlin\n\n",
            "memorandum",
        ),
        (
            "MEMORANDUM OF TELEPHONE CONVERSATION\n\nDATE: June 5, 1962\n\n",
            "memorandum of conversation",
        ),
        ("NOTES ON NSC MEETING\n\nJune 5, 1962\n\n", "record of meeting"),
        (
            "INTELLIGENCE AGENCY OFFICE OP NATIONAL ESTIMATES\n\nINEXRANDUM PGR THE DIRECTOR\n\n"
            "SUBJECT: Berlin\n\n",
            "memorandum",
        ),
    ],
)
def test_the_department_and_the_agency_forms_are_read_as_their_kind(head, kind):
    [doc] = documents(f"{head}{PROSE * 3}\n")
    assert doc.type == kind


@pytest.mark.parametrize(
    "banner,level",
    [
        ("TOP SECRET—EYES ONLY", "Top Secret"),
        ("Top Secret - Sensitive", "Top Secret"),
        ("SECRET/NOFORN", "Secret"),
        ("TOP SECRET - FOR THE PRESIDENT ONLY", "Top Secret"),
        ("Classification: Secret", "Secret"),
        ("SECRET/NODIS/XGDS", "Secret"),  # the 1970s' declassification schedule after it
        ("CONFIDENTIAL/XGDS-3", "Confidential"),
        ("CONFIDENTIAL/NOF0RN/NOCON", "Confidential"),  # an OCR zero in NOFORN
        ("SECRET/ORCON/WNINTEL", "Secret"),
    ],
)
def test_a_banner_with_its_handling_after_a_dash_or_slash_is_the_classification(banner, level):
    [doc] = documents(f"{banner}\n\nMEMORANDUM FOR THE RECORD\n\nMay 3, 1962\n\n{PROSE * 3}\n")
    assert doc.classification == level


@pytest.mark.parametrize("joint", [". Copy No. 2 of the draft went", ", copy No. 2 going"])
def test_secret_and_a_copy_number_in_prose_is_no_marking(joint):
    [doc] = documents(
        f"May 3, 1962\n\nThe minister asked that the plan be kept secret{joint} to the embassy "
        f"the same day. {PROSE * 3}\n"
    )
    assert doc.classification is None


def test_a_sites_title_calling_the_page_a_memcon_types_it():
    [doc] = documents(
        "President Doe–Richard Roe memcon (September 10, 1974)\n\nFrom a wiki\n\n"
        "Richard Roe, Prime Minister of Zenda\n\nPresident Doe\n\n"
        "The President: I am glad to see you again. How was the harvest?\n\n"
        "Roe: It was late, Mr. President, but it was good, and we shall have bread all winter.\n"
    )
    assert doc.type == "memorandum of conversation"


@pytest.mark.parametrize(
    "line, level",
    [
        ("1. Secret—Entire text.", "Secret"),
        ("1. (S—Entire text)", "Secret"),
        ("1. (C - ENTIRE TEXT.)", "Confidential"),
        ("1. (TS) entire text", "Top Secret"),
    ],
)
def test_a_cables_first_paragraph_saying_how_the_entire_text_is_classified_classifies_it(
    line, level
):
    [doc] = documents(
        "149. Telegram From the Department of State to the Embassy in Ruritania\n\n"
        f"Tosec 12/345678. Subject: The harvest.\n\n{line}\n\n2. You should tell the minister "
        "that the harvest is late and that we shall send our views before the plenum.\n"
    )
    assert doc.classification == level


def test_a_telephone_conversations_subject_dates_the_record_of_it():
    [doc] = documents(
        "216. Memorandum of Telephone Conversation\n\nSUBJECT\n\n"
        "  • Telcon with Prime Minister Qwertov of Zenda on May 27, 1991\n\nPARTICIPANTS\n\n"
        "  • The President\n  • Prime Minister Ivan Qwertov\n\n"
        "Prime Minister Qwertov: Hello, Mr. President. (U)\n\n"
        "The President: Ivan, how are you? I am calling about the harvest. (S)\n"
    )
    assert (doc.type, doc.date) == ("memorandum of conversation", "1991-05-27")


def test_a_telephone_conversations_date_time_and_place_run_together_by_ocr_dates_it():
    [doc] = documents(
        "Declassified May 3, 2010 THE WHITE HOUSE WASHINGTON MEMORANDUM OF TELEPHONE "
        "CONVERSATION SUBJECT: Telcon with "
        "Prime Minister Qwertov of Zenda (U) PARTICIPANTS: The President Prime Minister Ivan "
        "Qwertov Notetaker: John Q. Doe, NSC Staff DATE, TIME February 23, 1991, 11:15 - 11:43am "
        "AND PLACE: Camp David, Maryland The President: Hello, Ivan, how are you? (U) Prime "
        "Minister Qwertov: Greetings. (U) The President: I hope the harvest is in. Are our "
        "greetings on the way? (U) Prime Minister Qwertov: Well, we began the celebrations today "
        "and we shall go on with them all week, as we do every year at this time. (U)\n"
    )
    assert doc.date == "1991-02-23"


@pytest.mark.parametrize(
    "marking",
    [
        "SECRET.  Copy No. 3",
        "USSR TOP SECRET Copy Nº 2",
        "Secret, Copy No. 1",
        "SECRET. COPY NO. 3",
    ],
)
def test_a_soviet_papers_marking_beside_its_copy_number_is_the_classification(marking):
    [doc] = documents(
        f"{marking}\n\nFrom the Diary of A. A. Qwertov\n\nMay 3, 1962\n\n{PROSE * 3}\n"
    )
    assert doc.classification == ("Top Secret" if "TOP" in marking else "Secret")


@pytest.mark.parametrize(
    "participants",
    [
        "PARTICIPANTS: The Secretary; Ambassador Dobrynin",
        "PARTICIPANTS: The Secretary and Ambassador Dobrynin",
    ],
)
def test_participants_on_the_labels_line_joined_by_semicolons_or_and(participants):
    [doc] = documents(
        f"MEMORANDUM OF CONVERSATION\n\nDATE: May 3, 1962\n\n{participants}\n\n{PROSE * 3}\n"
    )
    assert [p.person_id for p in doc.participants] == ["rusk-dean", "dobrynin-anatoliy-f"]


def test_a_cable_from_a_us_liaison_office_is_read_as_an_embassys_is():
    [doc] = documents(
        "CONFIDENTIAL\nPAGE 01\nRIYADH 00905 01 OF 03 060018Z\nO R 051020Z JUN 79\n"
        "FM USLO RIYADH\nTO SECSTATE WASHDC IMMEDIATE 1291\nINFO AMEMBASSY JIDDA\n"
        "C O N F I D E N T I A L SECTION 1 OF 3 RIYADH 0905\nTAGS: PEPR, SA, US\n"
        "SUBJ: DISCUSSION WITH THE FOREIGN MINISTER\n1. C - ENTIRE TEXT.\n"
        "2. IN A 2-HOUR MEETING THE FOREIGN MINISTER SET OUT THE KINGDOM'S VIEW OF THE TALKS AT "
        "LENGTH AND ASKED FOR OUR OWN.\n"
    )
    assert (doc.type, doc.date, doc.place) == ("telegram", "1979-06-05", "Riyadh")


@pytest.mark.parametrize(
    "reference,level",
    [
        ("C O N F I D E N T I A L MOSCOW 14951", "Confidential"),
        ("S E C R E T STATE 235353", "Secret"),
        ("UNCLAS STATE 091234", "Unclassified"),
        ("LIMITED OFFICIAL USE USUN 1234", "Official Use Only"),
    ],
)
def test_an_automated_cables_marking_before_its_reference_is_its_classification(reference, level):
    [doc] = documents(
        f"O 251114Z OCT 75\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC IMMEDIATE 1234\n{reference}\n"
        "E.O. 11652: GDS\nTAGS: PFOR, UR\nSUBJECT: TALKS\n\n"
        "1. THE FOREIGN MINISTER RECEIVED ME TODAY FOR ONE HOUR ON THE QUESTION OF THE TALKS.\n"
        "STOESSEL\n"
    )
    assert doc.classification == level


def test_a_cables_marking_run_on_after_its_precedence_is_its_classification():
    [doc] = documents(
        "Message Text\nPAGE 01 STATE 311722 TOSEC 340058 ORIGIN L-03\n"
        "INFO OCT-01 SS-15 ISO-00 019 R DRAFTED BY L JQDOE APPROVED BY L JQDOE\n"
        "Z 281605Z DEC 76 ZFF4\nFM SECSTATE WASHDC\n"
        "TO USDEL SECRETARY FLASH LIMITED OFFICIAL USE STATE 311722 TOSEC 340058\n"
        "FOR THE SECRETARY ONLY FROM DOE\n\nTAGS SOPN\nSUBJECT PRESS GUIDANCE\n\n"
        "A FOLLOWING ARE THE ANSWERS TO BE USED BY THE SPOKESMAN ON AN IF ASKED BASIS QUOTE Q WHY "
        "WAS IT DONE A IT WAS EASIER TO DEAL WITH THE OTHER PAPERS FIRST\n"
    )
    assert doc.classification == "Official Use Only"
    assert [r.as_written for r in doc.recipients] == ["The Secretary"]  # (for him only)


def test_a_cable_to_pass_to_an_officer_with_the_vice_presidents_party_is_for_him():
    [doc] = documents(
        "O R 270126Z JAN 77 ZFF4\nFM SECSTATE WASHDC\nTO AMEMBASSY ROME IMMEDIATE\n"
        "C O N F I D E N T I A L STATE 018230\n"
        "EXDIS TOVIP 18, PASS TO ASST. SEC. ZABROWSKY WITH VP/S PARTY\nE.O. 11652: GDS\n"
        "TAGS: PDIP, FR, US\nSUBJECT: AMBASSADOR'S CALL ON THE SECRETARY\n\n"
        "1. THE AMBASSADOR CALLED ON THE SECRETARY TODAY FOR AN HOUR ON NON-PROLIFERATION.\n"
    )
    assert [(r.as_written, r.name) for r in doc.recipients] == [
        ("Asst. Sec. Zabrowsky", "Zabrowsky")
    ]


@pytest.mark.parametrize(
    "heading,kind",
    [
        ("22. Message From Chairman Khrushchev to President Kennedy", "letter"),
        ("23. Message From the Soviet Ministry of Foreign Affairs to the Soviet Embassy", "other"),
        ("25. Notes of the 517th Meeting of the National Security Council", "record of meeting"),
        (
            "26. Research Memorandum From the Director of the Bureau of Intelligence and Research "
            "(Hilsman) to Secretary of State Rusk",
            "memorandum",
        ),
        ("27. Intelligence Note From the Director of Intelligence and Research", "memorandum"),
        ("28. Draft Letter From President Eisenhower to Chairman Khrushchev", "letter"),
        ("29. Draft Telegram From the Department of State to the Embassy in France", "telegram"),
    ],
)
def test_the_editors_headings_of_every_kind_give_its_type(heading, kind):
    [doc] = documents(f"{heading}\n\nWashington, May 3, 1962.\n\n{PROSE * 3}\n")
    assert doc.type == kind


@pytest.mark.parametrize(
    "head,names",
    [
        (
            "MEMORANDUM FOR THE RECORD\n\nJune 5, 1962\n\nSUBJECT: Meeting\n\n"
            "PRESENT: The President, Secretary McNamara, General Taylor, Mr. McCone\n\n",
            ["John F. Kennedy", "Robert S. McNamara", "Maxwell D. Taylor", "John A. McCone"],
        ),
        (
            "RECORD OF CONVERSATION\nof A.A. Gromyko with US Ambassador L. Thompson\n\n"
            "5 June 1962\n\nPresent: on the Soviet side, G.M. Kornienko; on the American side, "
            "Mr. Akalovsky.\n\n",
            [
                "Andrei A. Gromyko",
                "Llewellyn E. Thompson",
                "Georgi M. Kornienko",
                "Alexander Akalovsky",
            ],
        ),
        (
            "July 12, 1969\n\nMemorandum of conversation\nof the Ambassador of the USSR to the USA "
            "A.F. Dobrynin with\nKissinger, Aide to President Nixon\n\n",
            ["Anatoliy F. Dobrynin", "Henry A. Kissinger"],
        ),
        (
            "MEMORANDUM OF CONVERSATION\n\nDATE: June 5, 1962\n\n"
            "Present were the Secretary, Ambassador Dobrynin and Mr. Kohler.\n\n",
            ["Dean Rusk", "Anatoliy F. Dobrynin", "Foy D. Kohler"],
        ),
        (
            "MEMORANDUM OF CONVERSATION\n\nDATE: June 5, 1962\n\nPARTICIPANTS:\n\nThe Secretary\n"
            "Ambassador Dobrynin\n\nALSO PRESENT:\n\nMr. Kohler\n\n",
            ["Dean Rusk", "Anatoliy F. Dobrynin", "Foy D. Kohler"],
        ),
        (
            "MEMORANDUM OF CONVERSATION\n\nDATE: June 5, 1962\n\nParticipants:\n1. The Secretary\n"
            "2. Ambassador Dobrynin\n\n",
            ["Dean Rusk", "Anatoliy F. Dobrynin"],
        ),
    ],
)
def test_participants_as_lists_and_record_titles_name_them(head, names):
    [doc] = documents(f"{head}{PROSE * 3}\n")
    assert [p.name for p in doc.participants] == names


def test_a_1940s_memorandum_by_an_office_to_an_office_under_its_file_number():
    [doc] = documents(
        "761.00/6–552\n\nMemorandum by the Secretary of State to the President\n\ntop secret\n\n"
        f"Washington, June 5, 1952.\n\n{PROSE * 3}\n\nDean Acheson\n"
    )
    assert doc.type == "memorandum"
    assert (doc.sender.person_id, [r.person_id for r in doc.recipients]) == (
        "acheson-dean",
        ["truman-harry-s"],
    )


def test_a_soviet_note_that_opens_with_the_office_addressed_is_a_letter_to_its_holder():
    [doc] = documents(
        "661.00/6–552\n\nThe Soviet Ambassador (Panyushkin) to the Secretary of State\n\n"
        f"[Translation]\n\nWashington, June 5, 1952.\n\nMr. Secretary: {PROSE * 3}\n\n"
        "A. Panyushkin\n"
    )
    assert doc.type == "letter"
    assert [r.person_id for r in doc.recipients] == ["acheson-dean"]


def test_a_file_number_alone_over_an_unnumbered_heading_dates_the_document():
    [doc] = documents(
        "760C.61/4–2245\n"
        "Memorandum of Conversation, by Mr. Charles E. Bohlen, Assistant to the Secretary\n"
        "Participants: The President\nMr. Stettinius\nMr. Molotov\n\n"
        f"The President greeted Mr. Molotov warmly. {PROSE * 3}\n"
    )
    assert doc.date_range == ["1945-04-15", "1945-04-24"]
    assert "760C.61/4–2245" in doc.text
    assert doc.participants[0].person_id == "truman-harry-s"  # not Roosevelt, dead on April 12


def test_a_file_number_with_a_subject_word_is_kept_whole_and_dates_the_document():
    # "396.1 WA": the file's decimals are no note mark, and the word before the date no garbage
    [doc] = documents(
        "611.61 MO/9–2154\n\nMemorandum of Conversation, by the Secretary of State\n\n"
        "Participants:\n\n  • Sir Richard Roe;1\n  • Secretary Dulles\n\n"
        f"Sir Richard came to see me after lunch. {PROSE * 3}\n\n"
        "  1. The Minister of the Embassy.\n"
    )
    assert doc.date_range == ["1954-09-14", "1954-09-23"]
    assert doc.text.startswith("611.61 MO/9–2154")
    assert [p.as_written for p in doc.participants][0] == "Sir Richard Roe;"


def test_a_heading_ending_with_its_date_and_hour_without_a_place_dates_the_record():
    [doc] = documents(
        "NSC Executive Committee Record of Action, June 5, 1962, 10:00 AM\n\n"
        f"1. Mr. Bundy reported on the talks. {PROSE}\n\n2. {PROSE}\n"
    )
    assert (doc.type, doc.date, doc.title) == (
        "record of meeting",
        "1962-06-05",
        "NSC Executive Committee Record of Action",
    )


def test_a_heading_ending_with_its_hours_and_the_building_dates_the_minutes():
    [doc] = documents(
        "Policy Planning Staff Files\nMinutes of the 148th Meeting of the Policy Planning Staff, "
        "Tuesday, October 11, 1949, 11 a. m. to 1 p. m., Department of State1\ntop secret\n\n"
        f"{PROSE * 3}\n"
    )
    assert (doc.type, doc.date) == ("record of meeting", "1949-10-11")
    assert doc.title == "Minutes of the 148th Meeting of the Policy Planning Staff"


def test_a_cables_text_shown_without_its_header_is_a_telegram_by_its_page_heads():
    [doc] = documents(
        "Show Headers\n1. YOU MAY BRIEF NAC AS FOLLOWS ON THE US BILATERAL\nMEETINGS WITH "
        "GROMYKO.\nCONFIDENTIAL\nCONFIDENTIAL\nPAGE 02 STATE 241551\n3. GROMYKO STRESSED "
        "CONTINUED SOVIET ADHERENCE TO DETENTE AND IMPROVED RELATIONS.\n"
    )
    assert doc.type == "telegram"


DIGITAL_ARCHIVE_FUNDER = "This document was made possible with support from a foundation\n\n"


@pytest.mark.parametrize(
    "title",
    [
        "Notes on the Conversation of Comrade N.S. Khrushchev with Comrade W. Ulbricht on "
        "3 August 1961",
        "Note of Conversation between Nikita Khrushchev and Walter Ulbricht on 3 August 1961",
        "Record of Conversations between Cde. N. S. Khrushchev, First Secretary of the CPSU CC, "
        "and Walter Ulbricht, First Secretary of the SED",
        '"Discussion between Nikita Khrushchev and Walter Ulbricht," August 03, 1961, History '
        "and Public Policy Program Digital Archive, SAPMO",  # the archive's citation
        # an embassy's note on its man's talk, longer than 220 characters
        "Note by the Soviet Embassy in Berlin on a Conversation of Comrade N.S. Khrushchev with "
        "the First Secretary of the SED, Comrade W. Ulbricht, on 3 August 1961, from 10:00 a.m. "
        "to 10:30 a.m., in the Embassy [Excerpts]",
        "Second Meeting: Record of a Conversation between Cde. N. S. Khrushchev and Cde. W. "
        "Ulbricht, member of the Politburo",  # his office, in lower case: no one of its own
    ],
)
def test_a_digital_archive_record_of_conversation_names_its_participants(title):
    [doc] = documents(
        f"Skip to content\n\nAugust 3, 1961\n\n{title}\n\n{DIGITAL_ARCHIVE_FUNDER}{PROSE * 3}\n"
    )
    assert doc.type == "memorandum of conversation"
    assert [p.person_id for p in doc.participants] == ["khrushchev-nikita-s", "ulbricht-walter"]


def test_a_meeting_in_a_series_lists_those_present_under_its_long_title():
    [doc] = documents(
        "Skip to content\n\nAugust 3, 1961\n\nSecond Meeting: Record of a Conversation between "
        "First Secretary of the CPSU CC Cde. N. S. Khrushchev and Cde. W. Ulbricht, First "
        "Secretary of the SED CC\n\nPresent were: Cdes. N. S. Khrushchev and A. A. Gromyko.\n\n"
        f"{PROSE * 3}\n"
    )
    assert doc.type == "memorandum of conversation"
    assert [p.person_id for p in doc.participants] == [
        "ulbricht-walter",
        "khrushchev-nikita-s",
        "gromyko-andrei-a",
    ]


def test_the_archives_repeat_of_a_titles_second_half_is_left_off_the_title():
    title = "Record of Conversations between Nikita Khrushchev and Walter Ulbricht"
    [doc] = documents(
        f"Skip to content\n\n{title} between Nikita Khrushchev and Walter Ulbricht\n\n"
        f"{DIGITAL_ARCHIVE_FUNDER}{PROSE * 3}\n"
    )
    assert doc.title == title


def test_the_cable_on_a_conversation_is_from_the_first_of_those_who_talked():
    [doc] = documents(
        "October 3, 1962\n\nFrom the cable on the conversation between Gromyko and Kennedy\n\n"
        f"{DIGITAL_ARCHIVE_FUNDER}I met President Kennedy at the White House. {PROSE * 3}\n"
    )
    assert (doc.type, doc.sender.person_id) == ("telegram", "gromyko-andrei-a")


RECORD_FORM = (
    "104-10001-10001 RELEASE UNDER THE PRESIDENT JOHN F. KENNEDY ASSASSINATION RECORDS ACT OF "
    "1992\nJFK Assassination System Date: 6/1/2017\nIdentification Form\nAgency Information\n"
    "AGENCY CIA\nRECORD NUMBER 104-10001-10001\nRECORD SERIES JFK\nAGENCY FILE NUMBER\n"
    "Document Information\nORIGINATOR CIA\nFROM: MCCONE, JOHN\nTO\nTITLE :\n"
    "DATE : 06/06/1962\nPAGES : 2\nSUBJECTS\nBERLIN\nDOCUMENT TYPE MEMORANDUM FOR THE RECORD\n"
    "CLASSIFICATION Secret\nRESTRICTIONS\nCURRENT STATUS Released\nDATE OF LAST REVIEW :\n"
    "OPENING CRITERIA\nCOMMENTS\n\n"
)


def test_the_archives_record_form_is_provenance_and_says_what_the_record_does_not():
    [doc] = documents(f"{RECORD_FORM}{PROSE * 3}\n")
    assert "ASSASSINATION" not in doc.text and "ORIGINATOR" not in doc.text
    assert (doc.type, doc.date, doc.classification) == ("memorandum", "1962-06-06", "Secret")
    assert doc.sender.person_id == "mccone-john-a"


def test_the_records_own_date_and_subject_come_before_the_forms():
    [doc] = documents(
        f"{RECORD_FORM}5 June 1 962\nMEMORANDUM FOR THE RECORD\nSUBJECT: Meeting with the "
        f"President\n\n{PROSE * 3}\n"
    )
    assert (doc.date, doc.title) == ("1962-06-05", "Meeting with the President")


def test_a_run_of_bare_dates_is_a_catalogue_whose_last_date_is_the_records():
    [doc] = documents(f"December 9, 2016\nApril 2, 2004\nJune 5, 1962\n\nDear Allen: {PROSE * 3}\n")
    assert doc.date == "1962-06-05"


def test_a_heading_with_its_date_after_the_writer_without_a_comma_dates_a_report():
    [doc] = documents(f"56. Report by Eric Johnston June 5, 1958.\n\n{PROSE * 3}\n")
    assert (doc.title, doc.date) == ("Report by Eric Johnston", "1958-06-05")
    assert doc.sender.name == "Eric A. Johnston"


def test_a_scan_read_as_one_line_with_others_present_is_a_conference_with_them():
    [doc] = documents(
        "June 5, 1958 MEMORANDUM OF CONFERENCE WITH THE PRESIDENT June 5, 1958 Others present: "
        "Admiral Burke General Twining The subject of the talk was the budget the President "
        f"would send up. {PROSE * 4}\n"
    )
    assert doc.type == "memorandum of conversation"  # as on its own lines (describe)
    assert [p.person_id for p in doc.participants] == ["burke-arleigh-a", "twining-nathan-f"]


def test_a_recorded_conversations_title_gives_its_day_and_those_heard():
    [doc] = documents(
        "John F. Kennedy, Dean Rusk, and Robert S. “Bob” McNamara on 2 October 1962\n\n"
        "Transcript\n\nEdited by Jane Q. Editor and John Q. Annotator\n\n"
        f"The President called his advisers together. {PROSE}\n\n"
        f"Dean Rusk\n\nWe should wait. {PROSE}\n\nJohn F. Kennedy\n\nWhy? {PROSE}\n\n"
        f"Rusk\n\nBecause {PROSE}\n"
    )
    assert (doc.type, doc.date) == ("other", "1962-10-02")
    assert [p.person_id for p in doc.participants] == [
        "kennedy-john-f",
        "rusk-dean",
        "mcnamara-robert-s",
    ]
    assert [s.id for s in doc.speakers] == ["rusk-dean", "kennedy-john-f"]
    assert "Editor" not in " ".join(p.name for p in doc.persons)


def test_a_long_record_title_does_not_end_the_header_before_the_records_date():
    [doc] = documents(
        "Record of Conversations between Cde. N. S. Khrushchev, First Secretary of the CPSU CC, "
        "and Walter Ulbricht, First Secretary of the Central Committee of the Socialist Unity "
        "Party "
        "of Germany\n\n"
        f"{DIGITAL_ARCHIVE_FUNDER}3 August 1961\n\n{PROSE * 3}\n"
    )
    assert doc.date == "1961-08-03"


@pytest.mark.parametrize(
    "head",
    [
        "MEMORANDUM OF CONVERSATION\n\nDate/Time: June 5, 1962, 3:00 p.m.\n\n",
        "MEMORANDUM OF CONVERSATION\n\nDATE, TIME AND PLACE: June 5, 1962, 3:00 p.m., Oval "
        "Office\n\n",
        "MEMORANDUM OF CONVERSATION\n\nTime and Place: June 5, 1962, 3 p.m., the Secretary's "
        "Office\n\n",
        "INCOMING TELEGRAM Department of State\n\nControl: 1234\nRec'd: June 6, 1962, 1:12 a.m."
        "\n\nFROM: Moscow\nTO: Secretary of State\nNO: 3012, June 5, 7 p.m.\n\n",
    ],
)
def test_date_fields_as_forms_label_them(head):
    [doc] = documents(f"{head}{PROSE * 3}\n")
    assert doc.date == "1962-06-05"


def test_a_letter_dated_under_its_signature_is_one_document_of_that_date():
    [doc] = documents(
        f"Dear Mr. President,\n\n{PROSE * 3}\n\nRespectfully,\n\nN. KHRUSHCHEV\n\n"
        "Moscow, October 26, 1962\n"
    )
    assert (doc.type, doc.date, doc.place) == ("letter", "1962-10-26", "Moscow")
    assert doc.sender.person_id == "khrushchev-nikita-s"


def test_a_briefing_memorandum_to_and_from_officials_is_no_telegram():
    [doc] = documents(
        "DEPARTMENT OF STATE\nBRIEFING MEMORANDUM\n\nS/S\n\nTO: The Secretary\n"
        f"FROM: EUR - Arthur A. Hartman\n\n{PROSE * 3}\n"
    )
    assert doc.type == "memorandum"


def test_those_attended_as_one_item_with_plural_titles_and_the_meetings_day_in_the_subject():
    [doc] = documents(
        "50. Memorandum for the Record1\n\nSUBJECT\n\n  • Luncheon Meeting at the White House—"
        "5 June 1964\n\nATTENDED BY\n\n  • The President, Secretaries Rusk and McNamara, Mr. "
        "McCone, Senators Mansfield and Dirksen, and some others\n\n"
        f"1.\nThe President opened with Laos. {PROSE * 3}\n"
    )
    assert doc.date == "1964-06-05"
    assert [p.person_id for p in doc.participants] == [
        "johnson-lyndon-b",
        "rusk-dean",
        "mcnamara-robert-s",
        "mccone-john-a",
        "mansfield-mike",
        "dirksen-everett-m",
    ]


def test_notes_of_the_presidents_meeting_with_a_list_have_the_president_among_them():
    [doc] = documents(
        "453. Memorandum of Conversation1\n\nNOTES OF THE PRESIDENT’S MEETING WITH\n\n"
        "  • Secretary Rusk\n  • Secretary McNamara\n\nThe President called on Secretary Rusk to "
        f"review the talks in New York on October 3, 1967. {PROSE * 3}\n"
    )
    assert [p.person_id for p in doc.participants][1:] == ["rusk-dean", "mcnamara-robert-s"]
    assert doc.participants[0].as_written == "THE PRESIDENT"


def test_verbatim_minutes_with_two_titled_speakers_are_a_meeting_with_their_turns():
    [doc] = documents(
        "12. Verbatim Minutes of the Ambassadors' Meeting, Paris, June 5, 19581\n\n"
        f"Ambassador Houghton: Welcome to the Embassy. {PROSE * 2}\n\n"
        f"Secretary of State Dulles: Thank you for having us. {PROSE * 2}\n"
    )
    assert (doc.type, doc.date, doc.place) == ("record of meeting", "1958-06-05", "Paris")
    assert [s.id for s in doc.speakers] == ["houghton-amory", "dulles-john-foster"]
    assert [p.person_id for p in doc.participants] == ["houghton-amory", "dulles-john-foster"]


@pytest.mark.parametrize(
    "head",
    [
        "MEMORANDUM\n\nTHE WHITE HOUSE\n\nMEMORANDUM OF CONVERSAT1 ON\n\n",
        "Skip to content\n\nJune 5, 1964\n\nConversation Record of Premier Zhou Enlai’s Meeting "
        "with the Three Ambassadors of Poland, Hungary, and Romania\n\n",
        "Skip to content\n\nJune 5, 1978\n\nTranscript, Meeting of Erich Honecker and Leonid "
        "Brezhnev, Crimea, 25 July 1978 (excerpt)\n\n",
    ],
)
def test_records_of_conversation_as_scans_and_archive_pages_title_them(head):
    [doc] = documents(f"{head}{PROSE * 3}\n")
    assert doc.type == "memorandum of conversation"
    assert all(p.person_id for p in doc.participants)  # no countries, no "Three Ambassadors"


def test_a_meeting_of_two_leaders_in_the_title_names_them():
    [doc] = documents(
        "Skip to content\n\nJune 5, 1978\n\nTranscript, Meeting of East German leader Erich "
        f"Honecker and Soviet leader Leonid Brezhnev, Yalta, 5 June 1978\n\n{PROSE * 3}\n"
    )
    assert [p.person_id for p in doc.participants] == ["honecker-erich", "brezhnev-leonid-i"]


def test_an_older_archive_page_puts_the_date_before_the_letters_title():
    [doc] = documents(
        "Digital Archive digitalarchive.wilsoncenter.org International History Declassified\n\n"
        "June 5, 1962 Letter from Khrushchev to Ulbricht Regarding the Berlin Talks\n\n"
        f"Dear Comrade Ulbricht, {PROSE * 3}\n"
    )
    assert (doc.type, doc.date) == ("letter", "1962-06-05")
    assert (doc.sender.person_id, [r.person_id for r in doc.recipients]) == (
        "khrushchev-nikita-s",
        ["ulbricht-walter"],
    )


def test_an_archive_letters_addressee_ends_where_its_subject_begins():
    [doc] = documents(
        "Digital Archive digitalarchive.wilsoncenter.org International History Declassified\n\n"
        "June 5, 1962 Letter from Khrushchev to Ulbricht on the Berlin Question\n\n"
        f"Dear Comrade Ulbricht, {PROSE * 3}\n"
    )
    assert [r.person_id for r in doc.recipients] == ["ulbricht-walter"]


def test_an_archive_pages_slip_of_the_year_above_a_titled_day_yields_to_the_title():
    page = "Digital Archive digitalarchive.wilsoncenter.org International History Declassified\n\n"
    [slip] = documents(
        f"{page}June 14, 1976\nMinutes of the Party Presidium Session held on 14 June "
        f"1979\n\n{PROSE * 3}\n"
    )
    assert slip.date == "1979-06-14"
    # a record written days after the conversation its title dates keeps the page's date
    [later] = documents(
        f"{page}October 9, 1958\nRecord of Conversation with Richard Roe on 3 October 1958\n\n"
        f"{PROSE * 3}\n"
    )
    assert later.date == "1958-10-09"
    # a page and a title of the same day keep the page's evidence
    [same] = documents(
        f"{page}June 14, 1979\nMinutes of the Party Presidium Session held on 14 June 1979\n\n"
        f"{PROSE * 3}\n"
    )
    assert (same.date, same.date_basis) == ("1979-06-14", "date above the title")


def test_a_soviet_fully_secret_is_top_secret():
    [doc] = documents(f"Fully Secret\n\nRecord of Conversation\n\n{PROSE * 3}\n")
    assert doc.classification == "Top Secret"


def test_a_presidential_papers_note_gives_the_letters_own_date_not_its_release():
    [doc] = documents(
        "Letter to Nikita Khrushchev, Chairman, Council of Ministers, U.S.S.R.\n\n"
        "June 6, 1962\n\n[ Released June 6, 1962. Dated June 5, 1962 ]\n\n"
        f"Dear Mr. Chairman:\n\n{PROSE * 3}\n"
    )
    assert doc.date == "1962-06-05"


def test_a_record_dictated_by_its_author_is_his():
    [doc] = documents(
        "Skip to content\n\nJune 5, 1962\n\nDictated by Cde. N. S. Khrushchev on 5 June "
        f"1962\n\n{PROSE * 3}\n"
    )
    assert (doc.sender.person_id, doc.date) == ("khrushchev-nikita-s", "1962-06-05")


def test_a_paper_marked_paragraph_by_paragraph_is_classified_as_its_highest_paragraph():
    [doc] = documents(
        f"Summary of Conclusions\n\n1. Berlin. {PROSE} (C)\n\n2. Cuba. {PROSE}.4 (S)\n\n"
        f"3. Laos. {PROSE} (U)\n"
    )
    assert doc.classification == "Secret"


def test_a_web_copys_source_note_cut_before_its_arrow_still_gives_the_classification():
    [doc] = documents(
        f"45. Memorandum of Conversation1\n\n{PROSE * 3}\n"
        "- Source: Johnson Library, National Security File, Box 9. Secret. Drafted by Smith on "
        "June 5. "
    )
    assert doc.classification == "Secret"


def test_a_transcription_wikis_page_chrome_is_no_document_of_its_own():
    docs = documents(
        "Page:Rusk, Gromyko - June 5, 1962(Kennedy Library).pdf/1\n\nFrom Wikisource\n"
        "Jump to navigation Jump to search\nThis page has been validated.\n\n"
        "DEPARTMENT OF STATE\n\n"
        "MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS: The Secretary\nForeign Minister Gromyko\n\n"
        f"DATE AND TIME: Tuesday, June 5, 1962\n\n{PROSE * 3}\n"
    )
    assert [(d.type, d.date) for d in docs] == [("memorandum of conversation", "1962-06-05")]


def test_a_record_of_a_council_meeting_is_a_meetings_record():
    [doc] = documents(f"8. Record of a National Security Council Meeting1\n\n{PROSE * 3}\n")
    assert doc.type == "record of meeting"


def test_a_letters_personal_and_top_secret_line_classifies_it():
    [doc] = documents(
        "The Director of the Office of European Affairs (Hickerson) to the Ambassador in France "
        f"(Caffery)\n\npersonal and top secret\n\nDear Jeff: {PROSE * 3}\n"
    )
    assert doc.classification == "Top Secret"


def test_a_telegrams_dateline_run_into_its_first_line_dates_it():
    [doc] = documents(
        "12. Telegram From the Embassy in the Soviet Union to the Department of State1\n\n"
        f"Moscow, June 5, 1962, 7 p.m. 3012. Eyes only for the Secretary. {PROSE * 3}\n"
    )
    assert (doc.date, doc.place) == ("1962-06-05", "Moscow")


@pytest.mark.parametrize(
    "head",
    [
        "FROM THE DIARY OF A.A. GROMYKO\n\nRECEPTION OF U.S. AMBASSADOR THOMPSON\n\n"
        "5 June 1962\n\n",
        "Minutes of Conversation between Gromyko and Thompson\n\nMoscow, 5 June 1962\n\n",
    ],
)
def test_a_soviet_records_first_line_names_the_two_who_talked(head):
    talk = "the talks on Berlin should go on through the summer and into the autumn. "
    [doc] = documents(f"{head}Thompson said that {talk}Gromyko replied that {talk * 3}\n")
    assert {p.person_id for p in doc.participants} == {
        "gromyko-andrei-a",
        "thompson-llewellyn-e",
    }
    assert {s.id for s in doc.speakers} == {"gromyko-andrei-a", "thompson-llewellyn-e"}


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            "A.A. GROMYKO with Dean RUSK, [U.S. Ambassador] Llewellyn THOMPSON and Foy KOHLER",
            ["gromyko-andrei-a", "rusk-dean", "thompson-llewellyn-e", "kohler-foy-d"],
        ),
        (
            "Jan Kowalczykowski’s Notes\n\n"
            "Meeting with Comrades Khrushchev, Mikoyan, Kozlov on 5 VI 62.",
            [
                "local:jan-kowalczykowski",
                "khrushchev-nikita-s",
                "mikoyan-anastas-i",
                "kozlov-frol-r",
            ],
        ),
    ],
)
def test_a_translated_records_line_of_those_who_met(lines, expected):
    summary = "The two sides discuss the German question and the talks to come. " * 3
    [doc] = documents(
        f"Skip to content\n\nJune 5, 1962\n\n{summary}\n\n{lines}\n\n5 June 1962\n\n{PROSE * 3}\n"
    )
    assert [p.person_id for p in doc.participants] == expected


def test_a_scans_participants_label_split_by_ocr_and_entries_wrapped_onto_the_next_line():
    [doc] = documents(
        "MEMORANDUM OF CONVERSATION\nPAR TICIPANTS:\n\nPresident Ford\n"
        "Dr. Henry A. Kissinger, Secretary of\nState, and Assistant to the President\nfor NSC.\n"
        "Lt. General Brent Scowcroft, Deputy\nAssistant to the President for NSC\n\n"
        f"DATE AND TIME: Monday, June 2, 1975\n\n{PROSE * 3}\n"
    )
    assert [p.person_id for p in doc.participants] == [
        "ford-gerald-r",
        "kissinger-henry-a",
        "scowcroft-brent",
    ]


def test_a_heading_with_a_span_of_minutes_after_its_place_dates_the_conversation():
    [doc] = documents(
        "47. Memorandum of a Conversation Between Secretary of State Herter and Foreign "
        "Minister Lloyd, Department of State, Washington, March 3, 1960, 3:05–3:40 p.m.1\n\n"
        f"{PROSE * 3}\n\n  1. Source: Central Files, 611.41/3–360. Secret.\n"
    )
    assert (doc.type, doc.date, doc.place) == (
        "memorandum of conversation",
        "1960-03-03",
        "Washington",
    )


def test_an_office_heading_under_a_lot_citation_with_a_drafting_note_is_a_telegram():
    [doc] = documents(
        "Conference Files, lot 62 D 181, “Paris Talks”\n\n\n"
        "The Secretary of State to the Embassy in Italy2\n\n"
        "secret\n\n"
        f"812. Re Deptel 790.3 {PROSE * 3}\n\n"
        "  1. The folder title in full: “Paris Talks with the Italians”.\n"
        "  2. This telegram was drafted by Jernegan of NEA and was approved by Merchant.\n"
        "  3. Not printed.\n"
    )
    assert (doc.type, doc.title) == ("telegram", "The Secretary of State to the Embassy in Italy")
    assert (doc.drafted_by.as_written, doc.approved_by.as_written) == ("Jernegan", "Merchant")
    assert "drafted" not in doc.text  # the notes left the body, from the heading's marker 2 on


def test_an_office_heading_over_a_receipt_to_the_hour_is_a_telegram():
    [doc] = documents(
        "File No. 123.45/678\n"
        "The Minister in Ruritania (Doe) to the Secretary of State\n"
        "[Received March 3, 9 p.m.]\n"
        f"412. {PROSE * 3}\n"
    )
    assert doc.type == "telegram"


def test_an_office_heading_over_a_receipt_by_the_day_is_no_telegram():
    [doc] = documents(
        "The Minister in Ruritania (Doe) to the Secretary of State\n"
        "[Received March 3, 1920.]\n"
        f"Sir: {PROSE * 3}\n"
    )
    assert doc.type != "telegram"


def test_a_wiki_page_of_a_library_scan_is_the_conversation_its_name_gives():
    [doc] = documents(
        "Page:Ford, Kissinger - March 4, 1975(Gerald Ford Library)(1550001).pdf/2\n\n"
        "From Wikisource\nJump to navigation Jump to search\nThis page has been validated.\n"
        "- 2 -\n\n"
        "President: What do we hear from Cairo this week?\n\n"
        "Kissinger: They will wait for our answer before they move on the passes.\n\n"
        "President: Then we should give it to them soon.\n"
    )
    assert (doc.type, doc.date, doc.date_basis) == (
        "memorandum of conversation",
        "1975-03-04",
        "the scan's catalogue name",
    )
    assert [p.name for p in doc.participants] == ["Gerald R. Ford", "Henry A. Kissinger"]
    assert [p.name for p in doc.speakers] == ["Gerald R. Ford", "Henry A. Kissinger"]


def test_a_cable_copied_from_its_second_page_is_a_telegram_from_the_post_its_page_head_names():
    [doc] = documents(
        "IN THE MEETING THE MINISTER ASKED ABOUT THE AID PROGRAM AND\n"
        "SAID HE WOULD SEE ME AGAIN NEXT WEEK.\n"
        "CONFIDENTIAL\n"
        "PAGE 02 NEW DELHI 04512 01 OF 02 101830Z\n"
        "2. HE ADDED THAT THE PRIME MINISTER HAD NOT YET DECIDED ON THE VISIT AND\n"
        "WOULD LET US KNOW BY THE END OF THE MONTH.\n"
    )
    assert (doc.type, doc.place) == ("telegram", "New Delhi")


def test_a_cable_shown_without_its_header_then_in_full_is_read_from_the_header_after_it():
    # A PlusD page shows the text ("Show Headers"), then the cable again, header first.
    body = (
        "1. WHEN I SAW THE FOREIGN MINISTER LAST NIGHT HE TOLD ME THAT THE PRESIDENT HAD\n"
        "RECEIVED A LETTER FROM A MEMBER OF THE CONGRESS AND WISHED TO REPLY TO IT.\n"
        "2. I SAID WE WOULD NEED TO SEE THE LETTER BEFORE WE COULD ADVISE HIM ON IT.\n"
        "3. I WOULD APPRECIATE ANY COMMENTS THE DEPARTMENT MAY HAVE ON THE LETTER.\n"
    )
    [doc] = documents(
        f"Show Headers\n{body}HILL\nCONFIDENTIAL\nNNN\nCONFIDENTIAL\n"
        "PAGE 01 BUENOS 06426 301654Z\n55\nACTION H-02\n"
        "INFO OCT-01 ARA-06 ISO-00 SS-15 SSO-00 /024 W\n--------------------- 088168\n"
        "O 301330Z SEP 76\nFM AMEMBASSY BUENOS AIRES\nTO SECSTATE WASHDC IMMEDIATE 7349\n"
        "C O N F I D E N T I A L BUENOS AIRES 6426\nE.O. 11652: GDS\nTAGS: PFOR, SHUM, AR, US\n"
        f"SUBJECT: LETTER FROM THE CONGRESS\n{body[:80]}"
    )
    assert (doc.type, doc.date, doc.place) == ("telegram", "1976-09-30", "Buenos Aires")
    assert doc.sender is not None and doc.sender.name == "Robert C. Hill"  # the ambassador


def test_a_plusd_cable_signed_above_the_sites_own_lines_is_the_ambassadors():
    # The signer stands above the teletype's end ("NMAFVVZCZ") and PlusD's "*** Current ...
    # ***" lines; the routing's INFO line runs on over two lines of office codes.
    body = (
        "1. SUMMARY. THE GOVERNMENT ANNOUNCED TODAY THAT THE PRESIDENT WILL ATTEND THE\n"
        "INAUGURAL CEREMONIES ABROAD. END SUMMARY.\n"
        "2. THE PRESS REPORTS THAT THE NEW FOREIGN MINISTER WILL GO WITH HIM.\n"
    )
    [doc] = documents(
        f"Show Headers\n{body}DAVIS\nLIMITED OFFICIAL USE\nNMAFVVZCZ\n"
        "*** Current Handling Restrictions *** n/a\n"
        "*** Current Classification *** LIMITED OFFICIAL USE\nLIMITED OFFICIAL USE\n"
        "PAGE 01 SANTIA 02165 190248 Z\n73\nACTION ARA-17\n"
        "INFO OCT-01 ADP-00 CIAE-00 DODE-00 PM-09 H-02 INR-10 L-03\n"
        "NSAE-00 NSC-10 PA-03 RSC-01 PRS-01 SS-15 USIA-12\n"
        "NIC-01 TRSE-00 OMB-01 SY-10 RSR-01 /097 W\n--------------------- 106956\n"
        "P 181657 Z MAY 73\nFM AMEMBASSY SANTIAGO\nTO SECSTATE WASHDC PRIORITY 0000\n"
        f"INFO AMEMBASSY BOGOTA PRIORITY 1061\n{body[:60]}"
    )
    assert (doc.date, doc.place) == ("1973-05-18", "Santiago")
    assert doc.sender is not None and doc.sender.name == "Nathaniel Davis"  # the ambassador


def test_a_cable_for_the_secretarys_eyes_only_is_for_the_secretary_alone():
    [doc] = documents(
        "O 081518Z AUG 76\nFM SECSTATE WASHDC\nTO USDEL SECRETARY IMMEDIATE\n"
        "S E C R E T STATE 196862\nNODIS\nFOR SECRETARY'S EYES ONLY\n"
        "E.O.11652: XGDS-1\nTAGS: PFOR, IR\nSUBJ: AUDIENCE WITH THE SHAH\n"
        "1. MY AUDIENCE WITH THE SHAH AFTER LUNCH AUGUST 6 LASTED THE BETTER PART OF THREE\n"
        "HOURS AND WAS FOLLOWED BY A PRESS CONFERENCE.\n"
    )
    assert [r.name for r in doc.recipients] == ["Henry A. Kissinger"]


def test_a_trailing_header_whose_to_line_looks_like_a_file_mark_is_still_the_cables_header():
    # "TO SECSTATE WASHDC 3998" alone, a number at its end, reads as a file mark out of a header.
    body = (
        "1. THE DEPUTY MINISTER SAID THAT THE VISIT OF THE DELEGATION HAD BEEN USEFUL AND\n"
        "THAT HIS GOVERNMENT WOULD STUDY OUR PROPOSALS ON TRADE WITH CARE.\n"
        "2. I SAID THAT WE WOULD WELCOME AN EARLY ANSWER ON THE QUESTION OF VISAS.\n"
        "3. COMMENT: HIS TONE WAS FIRM BUT NOT UNFRIENDLY.\n"
    )
    [doc] = documents(
        f"Show Headers\n{body * 12}CONFIDENTIAL\nNNN\nCONFIDENTIAL\n"  # a long text above it
        "PAGE 01 MOSCOW 12345 021757Z\n64\nACTION SS-25\nINFO OCT-01 ISO-00 /026 W\n"
        "--------------------- 059801\nR 021715Z SEP 75\nFM AMEMBASSY MOSCOW\n"
        "TO SECSTATE WASHDC 3998\nINFO AMCONSUL LENINGRAD\n"
        "C O N F I D E N T I A L MOSCOW 12345\nTAGS: PFOR, UR\nSUBJECT: VISAS\n"
    )
    assert (doc.type, doc.date, doc.place) == ("telegram", "1975-09-02", "Moscow")


def test_a_cable_copied_from_a_page_whose_head_has_no_section_is_a_telegram_from_that_post():
    # "PAGE 02 LIMA 01873 300621Z": a one-section cable's page head, taken for furniture
    [doc] = documents(
        "1. ON THE AFTERNOON OF OCTOBER 29, I PAID MY FIRST CALL ON THE FOREIGN MINISTER.\n"
        "2. HE ASKED WHETHER THERE WERE NEW DEVELOPMENTS IN THE PRICE OF COPPER.\n"
        "CONFIDENTIAL\nCONFIDENTIAL\nPAGE 02 LIMA 01873 300621Z\n"
        "3. I REPLIED THAT I HAD NO INSTRUCTIONS ON THE QUESTIONS HE HAD RAISED.\n"
    )
    assert (doc.type, doc.place) == ("telegram", "Lima")


def test_an_excerpt_of_the_tapes_under_a_sites_introduction_is_dated_by_the_line_over_it():
    [doc] = documents(
        "The Tapes of the Crisis\n\n"
        "The president recorded his meetings and telephone calls during the crisis, and the "
        "transcripts were published by the university's center many years later.\n\n"
        "These tapes reveal not only what the president said in those days, but also what he "
        "heard from his advisers, from the members of his cabinet, from the leaders of the "
        "Congress and from the leaders of the allies, who were told of the quarantine before "
        "it was announced to the nation on the evening of the twenty-second.\n\n"
        "Read the following excerpts, which the center's editors transcribed and annotated.\n\n"
        "Tuesday, October 23, 1962\n\n"
        "President Kennedy: I wanted to tell you where we stand tonight.\n\n"
        "Macmillan: Thank you. We are with you, of course.\n"
    )
    assert (doc.type, doc.date) == ("other", "1962-10-23")


def test_a_cable_to_the_secretarys_party_says_for_whom_on_its_tosec_line():
    [doc] = documents(
        "CONFIDENTIAL\nPAGE 01 STATE 101010\n"
        "O 051200Z JUN 75\nFM SECSTATE WASHDC\nTO USDEL SECRETARY IMMEDIATE\n"
        "C O N F I D E N T I A L STATE 101010\n"
        "NODIS TOSEC 120 FOR SONNENFELDT\n"
        "E.O. 11652: GDS\nTAGS: PFOR, UR\nSUBJECT: SOVIET REPLY ON THE TALKS\n"
        "1. THE SOVIET EMBASSY DELIVERED THE REPLY THIS MORNING AND ASKED THAT IT BE PASSED\n"
        "TO THE SECRETARY AT ONCE.\n"
    )
    assert [p.name for p in doc.recipients] == ["Helmut C. Sonnenfeldt"]


def test_a_cable_says_for_whom_at_one_of_the_posts_it_went_to():
    [doc] = documents(
        "SECRET\nPAGE 01 STATE 001467\n"
        "O 041314Z JAN 76\nFM SECSTATE WASHDC\nTO AMEMBASSY KINSHASA IMMEDIATE\n"
        "INFO AMEMBASSY PARIS IMMEDIATE\nS E C R E T STATE 001467\nNODIS\n"
        "PARIS FOR ASSISTANT SECRETARY SONNENFELDT\n"
        "E.O. 11652: GDS\nTAGS: PFOR, CG\nSUBJECT: THE MINISTER'S VISIT\n"
        "1. THANKS FOR YOUR MESSAGE. THE MINISTER WILL ARRIVE ON MONDAY AND ASKS TO SEE\n"
        "THE ASSISTANT SECRETARY THE SAME DAY.\n"
    )
    assert [p.name for p in doc.recipients] == ["Helmut C. Sonnenfeldt"]


def test_a_cable_for_the_embassy_at_one_of_its_posts_is_for_no_person():
    [doc] = documents(
        "CONFIDENTIAL\nPAGE 01 LONDON 01467\n"
        "O 041314Z JAN 76\nFM AMEMBASSY LONDON\nTO SECSTATE WASHDC IMMEDIATE\n"
        "INFO AMEMBASSY PRETORIA IMMEDIATE\nC O N F I D E N T I A L LONDON 01467\n"
        "PRETORIA FOR EMBASSY\n"
        "E.O. 11652: GDS\nTAGS: PFOR, SF\nSUBJECT: THE MINISTER'S VISIT\n"
        "1. THE MINISTER WILL ARRIVE ON MONDAY AND ASKS TO SEE THE AMBASSADOR.\n"
    )
    assert doc.recipients == []


def test_nsc_minutes_list_who_was_present_by_office_and_by_name():
    [doc] = documents(
        "No. 12\n"
        "Memorandum of Discussion at the 190th Meeting of the National Security Council, "
        "Washington, March 25, 1954\n\n"
        "Present at the 190th Meeting of the Council were the President of the United States, "
        "presiding; the Secretary of State; the Director, Office of Imaginary Affairs. Also "
        "present were Assistant Secretary Morton for the Secretary of the Treasury; the Acting "
        "Director of Central Intelligence; Robert Cutler, Special Assistant to the President; "
        "and the Executive Secretary, NSC.\n\n"
        "There follows a summary of the discussion at the meeting and the main points taken.\n\n"
        f"{PROSE * 3}\n"
    )
    names = [p.name for p in doc.participants]
    assert names[:2] == ["Dwight D. Eisenhower", "John Foster Dulles"]
    assert "Robert Cutler" in names and "Morton" in " ".join(names)
    # an office nobody is found to hold is no participant; the acting Director is his deputy
    assert not any("Imaginary" in n or "Central Intelligence" in n for n in names)
    assert "Charles P. Cabell" in names and "Allen W. Dulles" not in names
    assert any(f.kind == "unresolved-participant" for f in doc.flags)


def test_nsc_minutes_that_open_the_following_were_present_list_them_too():
    [doc] = documents(
        "Memorandum of Discussion at the 196th Meeting of the National Security Council, "
        "Saturday, May 8, 1954, 8 a.m.1\n\ntop secret\n\n"
        "The following were present at the 196th Meeting of the Council: The President of the "
        "United States, presiding; the Secretary of State. Also present were Robert Cutler, "
        "Special Assistant to the President; and the Executive Secretary, NSC.\n\n"
        f"There follows a summary of the discussion at the meeting.\n\n{PROSE * 3}\n"
    )
    names = [p.name for p in doc.participants]
    assert names[:3] == ["Dwight D. Eisenhower", "John Foster Dulles", "Robert Cutler"]


def test_a_web_pages_list_by_agency_with_each_office_after_the_name_without_a_comma():
    [doc] = documents(
        "489. Summary of Conclusions of a Special Coordination Committee Meeting1\n\n\n"
        "  • Disarmament\n\n\n  • State\n\n"
        "    • Mr. John Q. Doe Under Secretary for Political Affairs\n"
        "    • Mr. Richard Roe Deputy Director, Bureau of Politico-Military Affairs\n"
        "  • USUN\n\n"
        "    • Ambassador James F. Leonard U.S. Deputy Representative to the United Nations\n"
        "  • White House\n\n    • Dr. Zbigniew Brzezinski\n    • Mr. David Aaron\n\n"
        f"On the basis of the Working Group report, the meeting addressed the issue. {PROSE * 3}\n"
    )
    assert [p.name for p in doc.participants] == [
        "John Q. Doe",
        "Richard Roe",
        "James F. Leonard",
        "Zbigniew Brzezinski",
        "David L. Aaron",
    ]
    assert doc.participants[0].role == "Under Secretary for Political Affairs"


def test_a_memorandum_for_an_office_wrapped_onto_the_next_line_is_for_its_holder():
    [doc] = documents(
        "CENTRAL INTELLIGENCE AGENCY\n\n5 June 1962\n\n"
        "MEMORANDUM FOR: Special Assistant to the President\n"
        "for National Security Affairs\n"
        "SUBJECT : Intelligence Objectives\n\n"
        "Attached is the report of the board on the programs for the coming year, which the "
        "Director has approved.\n"
    )
    assert [p.name for p in doc.recipients] == ["McGeorge Bundy"]
    assert doc.date == "1962-06-05"  # and no transcript is seen in "MEMORANDUM FOR: ..."


def test_a_cia_memorandum_for_the_director_is_for_the_director_of_central_intelligence_then():
    for text in (
        "Approved For Release 2003/08/05 : CIA-RDP80B01676R000400090029-0\n\n12 April 1960\n\n"
        "MEMORANDUM FOR: The Director\n\nSUBJECT: Talk with a Historian\n\n"
        "1. I saw the historian on Wednesday and he asked about the meeting of 1945.\n",
        # a scan whose page OCR read as one line, the body run on after the heading
        "Sanitized - Approved For Release : CIA-RDP75-00149R000200690001-7 12 April 1960 "
        "MEMORANDUM FOR THE DIRECTOR 1. This memorandum is for information only. 2. I saw the "
        "historian on Wednesday and he asked about the meeting of 1945.\n",
    ):
        [doc] = documents(text)
        assert [p.name for p in doc.recipients] == ["Allen W. Dulles"]


def test_a_memorandum_heading_ocr_broke_with_punctuation_still_names_its_addressee():
    [doc] = documents(
        "Approved For Release 2002/02/12\n5 Aug 58\n"
        "MEM!ORANDU1 FOR: Director of Central Intelligence\n"
        "SUBJECT : Briefing of the former President\n"
        "1. The briefing took place in the former President's office and lasted an hour; he "
        "asked about the Grand Mufti and the situation in the Near East.\n"
    )
    assert [p.name for p in doc.recipients] == ["Allen W. Dulles"]
    assert "Grand Mufti" not in {p.name for p in doc.persons}


def test_a_message_heading_with_a_day_but_no_year_names_its_correspondents_not_a_friend():
    [doc] = documents(
        "88. Message from Prime Minister Macmillan to President Kennedy, May 91\n\n"
        "Dear Friend,\n\n"
        f"{PROSE * 3}\n\nWith warm regards,\n\nHarold Macmillan\n"
        "  1. Talks on the tests. Secret. 1 p. Presidential Correspondence.\n"
    )
    assert (doc.type, doc.title) == (
        "letter",
        "Message from Prime Minister Macmillan to President Kennedy",
    )
    assert doc.date is None  # no year
    assert (doc.sender.name, [p.name for p in doc.recipients]) == (
        "Harold Macmillan",
        ["John F. Kennedy"],
    )


def test_a_telegram_whose_copy_lost_its_dateline_was_sent_from_its_senders_post():
    [doc] = documents(
        "868.00/3–1247: Telegram\n\n"
        "The Ambassador in Greece (MacVeagh) to the Secretary of State\n\n"
        f"confidential\n\n674. {PROSE * 3}\n"
    )
    assert (doc.type, doc.place) == ("telegram", "Athens")
    assert doc.evidence["place"].basis.startswith("FRUS heading")


def test_the_acting_secretary_of_state_is_the_under_secretary_of_the_time():
    [doc] = documents(
        "711.61/2–746: Telegram\n\n"
        "The Acting Secretary of State to the Chargé in the Soviet Union (Kennan)\n\n"
        f"210. {PROSE * 3}\n"
    )
    assert doc.sender.name == "Dean Acheson"  # Under Secretary, 1945–47
    assert [p.name for p in doc.recipients] == ["George F. Kennan"]


def test_a_memorandum_for_the_record_of_minutes_with_those_present_is_a_record_of_a_meeting():
    [doc] = documents(
        "SECRET\n\n3 May 1962\n\nMEMORANDUM FOR THE RECORD\n\n"
        "SUBJECT: Minutes of the Working Group Meeting, 2 May 1962 PRESENT: Messrs. Abel, "
        "Baxter, Carlo Denning, Ellery\n\n"
        "Mr. Denning joined the group for the first time.\n\n"
        f"{PROSE * 3}\n"
    )
    assert doc.type == "record of meeting"
    assert doc.title == "Minutes of the Working Group Meeting, 2 May 1962"
    assert [p.as_written for p in doc.participants] == [
        "Abel",
        "Baxter",
        "Carlo Denning",
        "Ellery",
    ]


def test_a_file_number_naming_a_person_still_bounds_the_date_and_its_decimals_are_no_marker():
    [doc] = documents(
        "832.001 Vargas, Getulio/5–1149: Telegram\n\n"
        "The Chargé in Brazil (Abbott) to the Secretary of State\n\n"
        f"{PROSE * 3}\n"
    )
    assert doc.text.startswith("832.001 Vargas")
    assert doc.date is None
    assert doc.date_range == ["1949-05-04", "1949-05-13"]


def test_a_heading_wrapped_after_to_the_and_a_marker_after_a_space_are_read_whole():
    [wrapped] = documents(
        "611.94/3–1252: Telegram\n\nThe Ambassador in Freedonia (Abbott) to the\n"
        "Department of State1\n\nSylvania, March 12, 1952.\n\n"
        f"{PROSE * 3}\n"
    )
    assert wrapped.title == "The Ambassador in Freedonia (Abbott) to the Department of State"
    [marked] = documents(
        "841.00/6–148: Telegram\n\nThe British Foreign Secretary (Abbott) to President Truman 41\n"
        "Rome, [undated.]\n\n"
        f"{PROSE * 3}\n"
    )
    assert marked.title == "The British Foreign Secretary (Abbott) to President Truman"
    assert marked.place == "Rome"
    assert marked.date is None


def test_a_field_label_under_a_heading_whose_note_marker_follows_a_letter_is_no_part_of_it():
    [doc] = documents(
        "44. Memorandum From the President’s Assistant for National Security Affairs "
        "(Kissinger) to President Nixon1\nSUBJECT\n- Message from Chancellor Brandt\n"
        f"{PROSE * 3}\n- Source: National Archives, Nixon Presidential Materials. Secret.\n"
    )
    assert doc.title.endswith("to President Nixon")
    assert [r.person_id for r in doc.recipients] == ["nixon-richard-m"]


def test_a_secretary_designate_in_a_list_is_the_person_named_after_the_title():
    [doc] = documents(
        "Memorandum of Conversation\n\nWashington, December 10, 1976\n\nPARTICIPANTS:\n"
        "Secretary Kissinger\nSecretary-designate Vance\n\n"
        f"Mr. Vance: May I talk about the practical problems? {PROSE * 2}\n"
    )
    assert [p.person_id for p in doc.participants] == ["kissinger-henry-a", "vance-cyrus-r"]


def test_the_house_a_heading_says_they_met_in_is_no_participant():
    [doc] = documents(
        "163. Memorandum of a Conversation Between Secretary of State Dulles and Prime "
        f"Minister Nehru, Blair House1\n\n{PROSE * 3}\n"
    )
    assert [p.as_written for p in doc.participants] == [
        "Secretary of State Dulles",
        "Prime Minister Nehru",
    ]


def test_minutes_by_department_list_the_recorder_by_name_and_end_at_the_first_item():
    [doc] = documents(
        "Minutes of a Meeting of the Secretaries of State, War, and Navy, February 26, 1947\n\n"
        "top secret\nPresent State\nSecretary Marshall\nUnder Secretary Acheson\n"
        "Mr. Doe (SWNCC), Recorder\nNavy\nSecretary Forrestal\n\n"
        "I. Greek and Turkish Situation With Reference to British Notes of February 24, 1947\n\n"
        f"{PROSE * 3}\n"
    )
    assert [p.as_written for p in doc.participants][-2:] == [
        "Mr. Doe (SWNCC), Recorder",
        "Secretary Forrestal",
    ]
    assert "Recorder" not in {p.name for p in doc.participants}


def test_a_bulleted_list_by_agency_goes_on_over_blank_lines_and_note_marks():
    [doc] = documents(
        "37. Summary of Conclusions of a Special Coordination Committee Meeting1\n\n\n"
        "  • Ruritania\n\n\n  • State\n\n    • Warren Christopher\n    • David Newsom\n"
        "  • Defense\n\n    • W. Graham Claytor\n  • JCS\n\n    • General David Jones\n"
        "  • CIA\n\n    • Admiral Stansfield Turner\n    • Frank Carlucci\n\n\n"
        "    • Attorney General Benjamin Civiletti**\n    • John Shenefield**\n\n"
        f"[Omitted here is material on the situation in Ruritania.]\n\n1. {PROSE * 3}\n"
    )
    assert [p.name for p in doc.participants][-3:] == [
        "Frank C. Carlucci",
        "Benjamin R. Civiletti",
        "John Shenefield",
    ]
    assert len(doc.participants) == 8


def test_those_a_sentence_says_were_in_attendance_a_line_each_below_it_are_participants():
    [doc] = documents(
        "17. Memorandum of Discussion at the 241st Meeting of the National Security Council, "
        "Washington, March 17, 1955\n\n"
        "Before the regular NSC meeting of March 17, a special presentation was made in the "
        "President’s office, with the following individuals in attendance:\n\n"
        "  • The President of the United States\n"
        "  • Herbert Hoover, Jr., Acting Secretary of State\n"
        "  • Allen W. Dulles, Director of Central Intelligence\n\n"
        f"{PROSE * 3}\n"
    )
    assert [p.person_id for p in doc.participants][-2:] == ["hoover-herbert-jr", "dulles-allen-w"]


def test_a_record_of_action_taken_at_a_meeting_is_a_record_of_the_meeting():
    [doc] = documents(
        "Record of Action Taken at the 17th Meeting of the Executive Committee of the National "
        f"Security Council\n\nWashington, November 2, 1962, 11 a.m.\n\n1. {PROSE * 3}\n"
    )
    assert doc.type == "record of meeting"


@pytest.mark.parametrize(
    "heading",
    [
        "Document No. 51: Transcript of PUWP CC Politburo Meeting during Break in CC Session",
        "Protocol No. 18 of PUWP CC Politburo Meeting December 5, 1981",
        "Document No. 57\n\nMinutes No. 64",  # (its title and number no scan debris)
    ],
)
def test_a_partys_numbered_transcript_protocol_or_minutes_is_a_record_of_meeting(heading):
    [doc] = documents(f"{heading}\n\nComrades present: the members.\n\n{PROSE * 3}\n")
    assert doc.type == "record of meeting"


def test_the_reading_rooms_funding_notice_above_the_catalogue_is_no_title():
    [doc] = documents(
        "NOTICE: In the event of a lapse in funding of the Federal government, requests wait "
        f"until the government re-opens.\n\n{READING_ROOM_CATALOGUE}\n2 March 1957\n\n"
        f"{PROSE * 4}\n"
    )
    assert doc.title == "SOVIET AIR DEFENSE NOTES - 1957/03/02"


def test_a_scan_saved_from_a_later_page_is_one_document_not_a_fragment_and_a_memorandum():
    later_page = (
        "of the delegation. 3. By the time we sat down, both deputies had read the draft and "
        "they raised the question of the schedule the staff had proposed on Monday. "
    )
    first_page = (
        "Approved For Release 2004/03/15 : CIA-RDP81B00000R000100020003-4 MEMORANDUM FOR THE "
        "RECORD 9 May 1978 SUBJECT: Lunch with the Director, 8 May 1978 1. The Director "
        "spoke first of the budget hearings and of the coming review of the stations. "
    )
    [doc] = documents(f"{READING_ROOM_CATALOGUE}{later_page * 4}{first_page * 3}\n")
    assert doc.parts == 1


def test_a_strictly_eyes_only_line_wrapped_before_from_names_both_addressees_and_the_sender():
    [doc] = documents(
        "Telegram From the Department of State to the Embassy in Freedonia\n\n"
        "Washington, May 3, 1972, 2215Z.\n"
        "77310. Strictly Eyes Only for Ambassador Abbott and Chargé\n"
        f"Barlow from the Secretary.\n{PROSE * 3}\n"
    )
    assert [(r.as_written, r.role) for r in doc.recipients][1] == ("Chargé Barlow", "Chargé")
    assert doc.recipients[0].as_written == "Ambassador Abbott"
    assert doc.sender.as_written == "the Secretary"


def test_an_editorial_note_is_titled_so():
    [doc] = documents(f"Editorial Note\n\n{PROSE * 3}\n")
    assert (doc.type, doc.title) == ("editorial note", "Editorial Note")


def test_a_memorandum_from_an_office_of_one_letter_is_from_the_officer_after_it():
    [doc] = documents(
        "DEPARTMENT OF STATE\n\nACTION MEMORANDUM\n\nMay 11, 1976\n\nTO: The Secretary\n"
        f"FROM: L - Harold Abbott\nSUBJECT: Files of the Office\n\n{PROSE * 3}\n"
    )
    assert doc.sender.as_written == "Harold Abbott"


def test_nsc_minutes_resolve_the_offices_of_the_other_departments_by_the_date():
    [doc] = documents(
        "No. 14\n"
        "Memorandum of Discussion at the 195th Meeting of the National Security Council, "
        "Washington, May 6, 1954\n\n"
        "Present at the 195th Meeting of the Council were the President of the United States, "
        "presiding; the Secretary of State; the Director, Foreign Operations Administration; "
        "and the Director, Office of Defense Mobilization. Also present were the Director, "
        "Bureau of the Budget; the Under Secretary of the Army; the Chief of Naval Operations; "
        "and the Executive Secretary, NSC.\n\n"
        "There follows a summary of the discussion at the meeting and the main points taken.\n\n"
        f"{PROSE * 3}\n"
    )
    names = [p.name for p in doc.participants]
    for name in ["Harold E. Stassen", "Arthur S. Flemming", "Rowland R. Hughes"]:
        assert name in names
    assert "Robert B. Carney" in names and "James S. Lay, Jr." in names
    # the Army's Under Secretary is no Under Secretary of State
    assert "Walter Bedell Smith" not in names


def test_a_subject_run_into_the_body_ends_where_the_body_begins_and_names_one_partner():
    [doc] = documents(
        f"{READING_ROOM_CATALOGUE}"
        "Approved For Release 2003/04/01 : CIA-RDP82B00000R000300010002-7 4 May 1962 SUBJECT "
        "Conversation with Allen Dulles Concerning His Lectures This morning I talked to Mr. "
        "Dulles about the schedule of the lectures he is to give at the colleges in the autumn, "
        "and he agreed to send the texts to us for review well before each of them.\n"
    )
    assert doc.title == "Conversation with Allen Dulles Concerning His Lectures"
    assert [p.as_written for p in doc.participants] == ["Allen Dulles"]


def test_a_translations_marking_before_its_heading_or_its_copy_number_classifies_it():
    [heading] = documents(
        "Skip to content\n\nMay 2, 1956\n\nFrom the Journal of V. Abakumov\n\n"
        "Top Secret Memorandum of Conversation between V. Abakumov and Cde. Li, 28 April 1956\n\n"
        f"{PROSE * 3}\n"
    )
    assert heading.classification == "Top Secret"
    [copy] = documents(f"Secret, Copy 2, 5 May 1956, No. 31\n\n{PROSE * 3}\n")
    assert copy.classification == "Secret"


def test_a_short_heading_above_a_blank_line_is_no_part_of_the_datelines_place():
    [doc] = documents(f"Abel Notes\n\nYalta, February 9, 1945, 4 p.m.\n\n{PROSE * 3}\n")
    assert (doc.place, doc.date) == ("Yalta", "1945-02-09")


def test_a_city_alone_under_a_letterhead_is_where_the_letter_was_written():
    [doc] = documents(
        "THE UNDER SECRETARY OF STATE\nWASHINGTON\n\nMarch 7, 1961\n\nDear Allen:\n\n"
        f"{PROSE * 3}\n\nSincerely,\n\nChester\n"
    )
    assert (doc.place, doc.date) == ("Washington", "1961-03-07")


def test_a_telegram_from_the_secretary_to_his_own_department_was_not_sent_from_washington():
    [doc] = documents(
        "301. Telegram From Secretary of State Herter to the Department of State\n\n"
        f"Cahto 5. For the President from the Secretary.\n\n{PROSE * 3}\n"
    )
    assert doc.place is None


def test_nsc_minutes_entries_sharing_a_semicolon_or_an_office_are_each_someone():
    [doc] = documents(
        "No. 13\n"
        "Memorandum of Discussion at the 181st Meeting of the National Security Council, "
        "Washington, January 21, 1954\n\n"
        "Present at the 181st Meeting of the National Security Council were the President of the "
        "United States, presiding; the Director, Office of Defense Mobilization. The Vice "
        "President did not attend the meeting because of his absence from the city. Also "
        "present were the U.S. Representative to the United Nations; Gen. Doe for the Chief of "
        "Staff, U.S. Army, the Chief of Staff, U.S. Air Force, and the Commandant, U.S. Marine "
        "Corps (for Item 4); Robert Cutler and Richard Roe, Special Assistants to the "
        "President; and the Executive Secretary, NSC.\n\n"
        "There follows a summary of the discussion at the meeting and the main points taken.\n\n"
        f"{PROSE * 3}\n"
    )
    names = [p.name for p in doc.participants]
    for holder in (
        "Arthur S. Flemming",  # the Director, before the sentence on who was absent
        "Henry Cabot Lodge",  # the U.S. Representative, an American
        "Nathan F. Twining",  # the Air Force's and the Marines' chiefs, after the Army's deputy
        "Lemuel C. Shepherd, Jr.",
        "Robert Cutler",  # both Special Assistants
        "Richard Roe",
    ):
        assert holder in names
    assert "Richard M. Nixon" not in names  # the Vice President did not attend


def test_notes_of_a_meeting_listing_those_present_by_surname_under_the_heading():
    [doc] = documents(
        "294. Notes of a Meeting of the NSC Special Committee1\n\n\n"
        "  • Rusk\n  • McNamara\n  • Fowler\n  • W.W. Rostow\n  • McG. Bundy\n\n"
        "The President came in about 7:30 p.m.\n\n"
        f"{PROSE * 3}\n"
    )
    names = [p.name for p in doc.participants]
    assert names == [
        "Dean Rusk",
        "Robert S. McNamara",
        "Henry H. Fowler",
        "Walt W. Rostow",
        "McGeorge Bundy",
    ]


def test_a_directorate_in_parentheses_is_the_office_and_a_cut_stamp_is_no_signer():
    [doc] = documents(
        "20 January 1964\n\nMEMORANDUM FOR: Deputy Director (Intelligence)\n\n"
        f"{PROSE * 3}\n\n"
        "Approved For\n"
    )
    assert [p.name for p in doc.recipients] == ["Ray S. Cline"]  # the DD/I in 1964
    assert doc.sender is None  # "Approved For": a release stamp cut at the page's foot


def test_a_run_on_present_list_goes_on_past_a_name_ocr_broke_and_under_messrs():
    [doc] = documents(
        "DEPUTIES' MEETING\n\n"
        "TOP SECRET Approved For Release 2003/02/27 : CIA-RDP80B01676R002300150058-0 25X1 "
        "Monday, 11 January 1954 PRESENT: Mr. Dulles, General C bell Messrs. Wisner, Amory, "
        "25X1 Mr. Dulles: a. Noted a cable from the Senior Representative respecting a "
        "permanent change of station, and stated that he concurred in this proposal. "
        f"{PROSE * 3}\n"
    )
    names = {p.name for p in doc.participants}
    assert {"Allen W. Dulles", "Frank G. Wisner", "Robert Amory, Jr."} <= names


def test_a_participants_row_of_two_names_the_first_with_its_nation():
    [doc] = documents(
        "Memorandum of Conversation, by the United States Ambassador at Large (Jessup)\n\n"
        "Participants: Mr. Bevin (UK) Mr. Zabrowsky\nMr. Acheson (US) Mr. Jessup\n\n"
        f"{PROSE * 3}\n"
    )
    names = [p.name for p in doc.participants]
    assert names[:2] == ["Ernest Bevin", "Zabrowsky"] and "Dean Acheson" in names


def test_a_library_scans_memcon_lists_its_people_without_a_label_offices_wrapped_or_cut():
    [doc] = documents(
        "THE WHITE HOUSE\nWASHINGTON\nMEMORANDUM OF CONVERSATION\n"
        "ADMINISTRATIVELY CONFIDENTIAL\n.cLASS.\n~-'----- . ,\n"
        "President Ford\n"
        "Robert S. Ingersoll, Deputy Secretary of State\n"
        "Lt. Gen. Brent Scowcroft, Deputy Assistant to the\n"
        "President for National Security Affairs\n"
        "Ambassador Frederick Dent, President's Trade Repr.\n"
        "Richard Roe, National Security Council ~\n\n"
        "(The President entered the State Dining Room greeting the co-chairman of the Council, "
        "and was then introduced to the directors.)\n\n"
        f"{PROSE * 3}\n"
    )
    names = [p.name for p in doc.participants]
    assert names == [
        "Gerald R. Ford",
        "Robert S. Ingersoll",
        "Brent Scowcroft",
        "Frederick B. Dent",
        "Richard Roe",
    ]


def test_a_memorandum_for_whose_colon_ocr_read_as_a_letter_names_the_addressee_below():
    [doc] = documents(
        "7 July 1957\n\n\nMEMORANDUM FORi\n\n\nHonorable Sherman Adams\n\n\n"
        f"{PROSE * 3}\n\nSIGNED\n\nALLEN W. DULLES\nDirector\n"
    )
    assert (doc.type, [p.name for p in doc.recipients]) == ("memorandum", ["Sherman Adams"])


def test_a_recordings_page_names_its_day_and_those_heard_over_the_transcript():
    [doc] = documents(
        "Monday, July 29, 1968 - 8:00pm - 9:00pm\n"
        "Lyndon Johnson, Clark Clifford, Dean Rusk, Richard Roe\n"
        "Cabinet Room\n\n\n"
        "Editorial Note: Lengthy extracts from an earlier transcript of this recording were "
        "published elsewhere. The version below has been revised.\n\n"
        f"Clark Clifford: {PROSE * 2}\n\nLyndon Johnson: {PROSE}\n"
    )
    assert (doc.type, doc.date) == ("other", "1968-07-29")
    names = [p.name for p in doc.participants]
    assert names == ["Lyndon B. Johnson", "Clark M. Clifford", "Dean Rusk", "Richard Roe"]


def test_a_present_list_run_on_with_a_comma_ends_where_the_running_text_begins():
    [doc] = documents(
        "25 July 1975\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: Committee Meeting, 24 July 1975\n"
        "Also present were Mr. Colby,\n"
        "The committee called a meeting to discuss their concern\n"
        "about inordinate and unnecessary delays in making material\n"
        f"available for their investigation. {PROSE * 2}\n"
    )
    assert [p.name for p in doc.participants] == ["William E. Colby"]


def test_members_present_named_at_the_end_of_a_sentence_head_the_list_below():
    [doc] = documents(
        "25 July 1975\n\nMEMORANDUM FOR THE RECORD\n\n"
        "SUBJECT: Director's Meeting Before the Commission\n\n"
        "1. Mr. Colby met with the subject Commission today at 9:30 a.m.; the meeting continued\n"
        "through 12:45 p.m. Members present were:\n"
        "Robert D. Murphy, Chairman\nWilliam J. Casey\nMike Mansfield\n"
        "Staff members present were:\nRichard Roe, Executive Director\n"
        f"2. After welcoming Mr. Colby, Mr. Murphy suggested he might wish to begin. {PROSE}\n"
    )
    names = [p.name for p in doc.participants]
    assert names == [
        "Robert D. Murphy",
        "William J. Casey",
        "Mike Mansfield",
        "Richard Roe",
    ]


def test_a_scan_run_into_one_line_with_its_present_label_broken_is_a_meeting_record():
    [doc] = documents(
        "December 26, 1957\n25X1A9a 25X1A9a\n_1110: DEPUTIES MEETING 26 December 1957 PR E -ENT: "
        "Mr. Dulles, Gen. Cabell, Mr. Wisner. 25X1A9a Messrs. Kirkpatrick, Sheldon and 25X1A9a "
        "Mr. Dulles: a) Stated that he was leaving at the close of business to go to the Air "
        "Force Base and spend a day looking over the missile launching facilities. "
        f"{PROSE * 4}\n"
    )
    names = [p.name for p in doc.participants]
    assert doc.type == "record of meeting"
    assert {"Charles P. Cabell", "Lyman B. Kirkpatrick, Jr."} <= set(names)
    assert not any(n.startswith("25X") for n in names)  # a name withheld is no one


def test_a_calls_heading_names_who_spoke_and_a_label_by_surname_is_the_one_named():
    [doc] = documents(
        "LBJ and the Legislative Presidency\n\n\n"
        "President Johnson and B. Richard Roe, with Walter Jenkins, 5:34 PM\n\n"
        "President Johnson: Hi, Richard! How you doing, my friend?\n\n"
        "Roe: Fine, Mr. President.\n\n"
        f"President Johnson: Good to hear you. {PROSE}\n\n"
        f"Roe: Well, I am mighty glad to be able to call you. {PROSE}\n"
    )
    names = [p.name for p in doc.participants]
    assert doc.type == "other" and names[:2] == ["Lyndon B. Johnson", "B. Richard Roe"]
    assert "Walter Jenkins" in names  # heard on the call, never speaking
    assert {p.name for p in doc.speakers} == {"Lyndon B. Johnson", "B. Richard Roe"}


def test_a_cia_memorandum_with_labelled_paragraphs_and_a_pen_stroke_before_its_signer():
    # "1. Action Requested:" opens a paragraph, not an editors' heading; "-John Q. Doe" over his
    # office signed it; "FROM Richard Roe" lost its colon.
    [doc] = documents(
        "MEMORANDUM FOR: Director of Central Intelligence\nFROM Richard Roe\n"
        "Deputy Director for Administration\nSUBJECT Recommended Notes\n"
        "1. Action Requested: Your approval to publish the four attached notes.\n"
        f"2. Background: {PROSE * 3}\n"
    )
    assert (doc.type, doc.sender.as_written) == ("memorandum", "Richard Roe")
    [signed] = documents(
        "Approved For Release 2002/11/04: CIA-RDP80-00473A000300080007-8\n"
        f"12 May 1977\nMEMORANDUM FOR: Deputy Director for Administration\nSUBJECT : Notes\n"
        f"1. {PROSE * 3}\n-John Q. Doe\nAssistant for Public Affairs\n"
    )
    assert signed.sender.as_written == "John Q. Doe"
    assert signed.recipients == []  # an office no one is found to hold, and no name


def test_an_agencys_minutes_under_its_covering_memorandum_with_a_comma_for_a_colon():
    [doc] = documents(
        "Approved For Release 2004/01/01 : CIA-RDP80-00473A000300080007-8\n15 December 1978\n"
        "MEMORANDUM FOR: Members, Public Affairs Advisory Group\n"
        "FROM, John Q. Doe, Chairman\nSUBJECT: Minutes of 11 December 1978 Meeting\n"
        f"1. {PROSE * 3}\n"
    )
    assert doc.sender is not None and doc.sender.as_written == "John Q. Doe"
    [minutes] = documents(
        "Minutes of the\nPublic Affairs Advisory Group\n11 December 1978\n"
        "Attending: OPA - John Q. Doe, Chairman\n\nMinutes\n"
        "1. The Chairman announced the Director's luncheon for five newspeople that day. "
        f"{PROSE * 2}\n"
    )
    assert (minutes.type, minutes.title) == (
        "record of meeting",
        "Minutes of the Public Affairs Advisory Group",
    )
    assert [p.name for p in minutes.participants] == ["John Q. Doe"]
    assert "kosygin-aleksei-n" not in {m.person_id for m in minutes.mentions}  # its own Chairman


def test_the_day_an_archive_withdrew_a_paper_is_not_the_papers_date():
    [doc] = documents(
        "Presidential Libraries Withdrawal Sheet\n\nTYPE OF MATERIAL Memorandum of Conversation\n"
        "DATE WITHDRAWN 01/31/2000\nWITHDRAWING ARCHIVIST LET\n\nMEMORANDUM OF CONVERSATION\n\n"
        "PARTICIPANTS: President John Q. Doe\nDATE AND TIME: Friday, August 23, 1974\n\n"
        "The President opened the meeting with a word on the talks.\n"
    )
    assert doc.date == "1974-08-23"


def test_the_catalogues_day_completes_a_date_the_scan_shows_to_its_month_only():
    catalogue = READING_ROOM_CATALOGUE.replace("March 2, 1957", "August 24, 1957")
    [doc] = documents(
        f"{catalogue}Approved For Release 2006/03/17 : CIA-RDP79T00000A000400010001-7\n"
        "TOP SECRET\n2-4-August 1957\nMEMORANDUM FOR THE RECORD\nSUBJECT: Talks\n\n"
        f"The talks of August went on. {PROSE * 4}\n"
    )
    assert doc.date == "1957-08-24"


def test_a_month_alone_on_the_line_is_the_papers_date_not_scan_garbage():
    catalogue = READING_ROOM_CATALOGUE.replace("March 2, 1957", "August 24, 1957")
    [doc] = documents(
        f"{catalogue}Approved For Release 2006/03/17 : CIA-RDP79T00000A000400010001-7\n"
        f"TOP SECRET\nSeptember 1957\nMEMORANDUM FOR THE RECORD\nSUBJECT: Talks\n\n{PROSE * 4}\n"
    )
    assert doc.date == "1957-09"  # not the catalogue's day of another month


def test_a_memorandum_for_the_record_titled_staff_meeting_minutes_is_a_record_of_meeting():
    [doc] = documents(
        f"{READING_ROOM_CATALOGUE}TOP SECRET\n14 July 1980\nMEMORANDUM FOR THE RECORD\n"
        "Staff Meeting Minutes of 14 July 1980\nThe Director chaired the meeting.\n"
        f"Zabrowsky said he has been asked to speak. {PROSE * 3}\n"
    )
    assert doc.type == "record of meeting"


def test_a_cables_sender_on_the_line_after_whom_it_is_for_is_its_sender():
    [doc] = documents(
        "SECRET\nPAGE 01 AMMAN 07573 271813Z\nO 271807Z SEP 78\nFM AMEMBASSY AMMAN\n"
        "TO SECSTATE WASHDC NIACT IMMEDIATE 7870\nS E C R E T AMMAN 07573\nEXDIS\n"
        "USUN FOR SECRETARY\nFROM ZABROWSKY\nE.O. 11652: GDS\nTAGS: JO, US\n"
        "SUBJECT: THE TALKS\n\n1. AT THE END OF MY MEETING WITH THE FOREIGN MINISTER TONIGHT HE "
        "ASKED ME TO REPORT HIS VIEWS ON THE TALKS TO THE SECRETARY AT ONCE.\n"
    )
    assert doc.sender.as_written == "Zabrowsky"
    assert [r.as_written for r in doc.recipients] == ["Secretary"]


def test_the_catalogues_day_completes_the_month_of_the_first_paper_of_a_file_of_several():
    catalogue = READING_ROOM_CATALOGUE.replace("March 2, 1957", "September 5, 1963")
    [first, second] = documents(
        f"{catalogue}Approved For Release 2003/08/05 : CIA-RDP80B01676R000700030006-8 "
        "b September 1963 The Honorable John Q. Nobody Special Assistant to the President The "
        f"attached letter has been reviewed with the Secretaries in September. {PROSE * 6} "
        "Sincerely, Richard Roe\n\nMemorandum for the Record\n\n4 September 1963\n\n"
        f"SUBJECT: The Letter\n\n1. The letter was discussed in September. {PROSE * 4}\n"
    )
    assert first.date == "1963-09-05"
    assert second.date == "1963-09-04"  # the catalogue says nothing of the second


def test_a_scans_page_read_as_one_line_is_dated_by_the_date_after_its_heading():
    [doc] = documents(
        "Approved For Release 2007/07/13 : CIA-RDP80B01676R001900120021-8\n"
        "MATTERS OF SPECIAL INTEREST--SPECIAL GROUP MEETING 11 May 1962 1. The Deputy Director "
        f"described the weather problem. 2. The other matter did not arise. {PROSE * 3}\n"
    )
    assert doc.date == "1962-05-11"
    assert doc.title == "MATTERS OF SPECIAL INTEREST--SPECIAL GROUP MEETING"


def test_a_marking_typed_letter_by_letter_at_the_head_of_a_scans_page_is_its_classification():
    [doc] = documents(
        "S-E-C-R-E-T 16 May 1962 MEMORANDUM FOR RECORD SUBJECT: Lunch with Mr. John Q. Doe "
        f"1. At lunch today with the Director, Mr. Doe gave his impressions. {PROSE * 4}\n"
    )
    assert doc.classification == "Secret"
    assert doc.title == "Lunch with Mr. John Q. Doe"  # the first paragraph's number is no title


def test_a_memorandum_of_conversation_heading_with_a_speck_in_the_scan_is_still_one():
    [doc] = documents(
        "Department of State Atomic Energy Files\nMemorandum     of Co'nversation, Between the "
        "Secretary of State and\n               the British Ambassador (Zabrowsky)\nTOP SECRET\n"
        f"\n{PROSE * 3}\n"
    )
    assert doc.type == "memorandum of conversation"


def test_the_catalogues_minutes_filed_as_a_memorandum_for_the_record_are_a_record_of_meeting():
    catalogue = READING_ROOM_CATALOGUE.replace(
        "SOVIET AIR DEFENSE NOTES - 1957/03/02", "MINUTES OF SPECIAL GROUP MEETING, 2 MARCH 1957"
    ).replace("Body:", "Content Type:\nMFR\nBody:")
    [doc] = documents(f"{catalogue}PRESENT Mr. Doe; Mr. Roe and General Poe. {PROSE * 4}\n")
    assert doc.type == "record of meeting"


# A cable released as a scan whose text ran into one line, the reviewer's marking over it.
RELEASED_CABLE = (
    "UNCLASSIFIED SECRET E13 RELEASED IN FULL PAGE 01 ACTION ARA-15 ZENDA 02399 01 OF 02 "
    "281600Z OCT-01 ISO-00 NSCE-00 IJE-00 SP-02 AID-05 EB-08 TRSE-00 SS-15 STR-08 OMB-01 CEA-01 "
    "INRE-00 CIAE-00 INR-10 NSAE-00 HA-05 L-03 H-01 SSO-00 075 W ------------------112752 "
    "281642Z 46 0 271831Z MAR 79 FM AMEMBASSY ZENDA TO SECSTATE WASHDC IMMEDIATE 9997 INFO SECRET "
    "SECTION 1 OF 2 ZENDA 2399 E O 12065 XDS-1 3 27 09 ZABROWSKY JOHN Q OR-M TAGS SHUM RR SUBJ "
    "AMBASSADOR DISCUSSES RAILROAD LOAN WITH PRESIDENT REF STATE 075474 1 SECRET ALL TEXT 2 I "
    "RECEIVED A CALL FROM THE DEPARTMENT YESTERDAY INFORMING ME THAT A MESSAGE WOULD BE ARRIVING "
    "SHORTLY ON THE VOTE ON THE RAILROAD LOAN TO TAKE PLACE TODAY MARCH 27 I WAS INSTRUCTED TO "
    "SEEK AN APPOINTMENT WITH THE PRESIDENT AS SOON AS POSSIBLE AND I CONTACTED HIS OFFICE "
    "3 ON ARRIVAL THE PRESIDENT WAS WAITING FOR ME HE APPEARED IN GOOD SPIRITS AND INVITED ME TO "
    "HIS WORKING OFFICE WHERE WE DISCUSSED THE LOAN AND THE VOTE AT SOME LENGTH 4 THE PRESIDENT "
    "SAID HE UNDERSTOOD THE POSITION OF THE UNITED STATES BUT HOPED FOR A FAVORABLE DECISION\n"
)


def test_a_cable_whose_routing_line_ran_as_long_as_a_paragraph_keeps_its_header():
    [doc] = documents(RELEASED_CABLE)
    assert (doc.type, doc.date) == ("telegram", "1979-03-27")
    assert doc.title == "AMBASSADOR DISCUSSES RAILROAD LOAN WITH PRESIDENT"


def test_a_released_cables_own_level_outranks_the_reviewers_unclassified_beside_it():
    [doc] = documents(RELEASED_CABLE)
    assert doc.classification == "Secret"


def test_the_officer_who_classified_a_cable_is_read_from_a_scan_that_lost_the_punctuation():
    [doc] = documents(RELEASED_CABLE)
    assert doc.sender.as_written == "John Q Zabrowsky"


def test_a_paper_the_catalogue_files_as_an_nie_is_an_intelligence_estimate():
    catalogue = READING_ROOM_CATALOGUE.replace("Body:", "Content Type:\nNIE\nBody:")
    [doc] = documents(
        f"{catalogue}Declassified and Approved For Release 2014/03/26 : "
        "CIA-RDP79R01012A026100040001-9 is we 3? i3EC, NIE 62-64 CONTROLLED DISSEM 23 December "
        f"1964 Ruritania {PROSE * 4}\n"  # (the scan's specks before the heading)
    )
    assert doc.type == "intelligence estimate"


def test_a_crest_subject_run_into_a_body_that_opens_with_an_article_ends_there():
    [doc] = documents(
        "Approved For Release 2007/03/09 : CIA-RDP85T00875R002000020035-6 CENTRAL INTELLIGENCE "
        "AGENCY OFFICE OF NATIONAL ESTIMATES 28 August 1963 MEMORANDUM NO. 62-63 SUBJECT: "
        "Ruritania A war-weary Ruritania has made progress in restoring a semblance of order to "
        f"the chaos resulting from the revolution, but a great many problems remain. {PROSE * 4}\n"
    )
    assert doc.title == "Ruritania"


def test_participants_a_line_each_with_their_offices_parted_by_semicolons_are_all_read():
    [doc] = documents(
        "860C.51/6–2546\n"
        "Memorandum of Conversation, by the Chief of the Division of Eastern European Affairs\n\n"
        "Participants: Dr. John Q. Zabrowsky, Minister Counselor of the Ruritanian Embassy;\n"
        "Mr. Richard Roe, Financial Counselor of the Ruritanian Embassy;\n"
        "Mr. John Doe, Chief, Division of Eastern European Affairs; and\n"
        "Mr. Peter Poe, Assistant Chief, Division of Eastern European Affairs.\n\n"
        f"Dr. Zabrowsky and Mr. Roe called at the Department at my request. {PROSE * 3}\n"
    )
    assert [p.name for p in doc.participants] == [
        "John Q. Zabrowsky", "Richard Roe", "John Doe", "Peter Poe",
    ]  # fmt: skip


def test_a_catalogue_title_from_a_writers_initials_names_no_sender():
    catalogue = READING_ROOM_CATALOGUE.replace(
        "SOVIET AIR DEFENSE NOTES - 1957/03/02", "MEMORANDUM FOR THE RECORD FROM JQD"
    ).replace("Body:", "Content Type:\nMFR\nBody:")
    [doc] = documents(f"{catalogue}MEMORANDUM FOR THE RECORD\n{PROSE * 4}\n")
    assert doc.sender is None


def test_a_memorandum_for_a_board_in_capitals_is_for_no_two_people():
    [doc] = documents(
        "OPERATIONS COORDINATING BOARD WASHINGTON January 18, 1955 MEMORANDUM FOR THE OPERATIONS "
        f"COORDINATING BOARD SUBJECT: Special Progress Report on Ruritania {PROSE * 3}\n"
    )
    assert doc.recipients == []


def test_a_page_of_the_councils_minutes_without_its_heading_is_a_record_of_meeting():
    [doc] = documents(
        "The Vice President thought that the election could not be won by the moderates. "
        "Admiral Doe agreed that there was a good chance of working with the army. The "
        "President asked what strength the government controlled. Mr. Roe said it controlled "
        "the army on the main island. The National Security Council: Agreed that a group of "
        "representatives of the Departments of State and Defense should prepare a report.\n"
    )
    assert doc.type == "record of meeting"


def test_a_date_at_the_head_whose_first_digit_the_scan_lost_is_not_the_papers_date():
    catalogue = READING_ROOM_CATALOGUE.replace("March 2, 1957", "June 22, 1966").replace(
        "Body:", "Content Type:\nMFR\nBody:"
    )
    [doc] = documents(
        f"{catalogue}~2 June 1966 Morning Meeting of 22 June 1966 The DCI noted that he had "
        f"agreed to appear on the programme. {PROSE * 3}\n"
    )
    assert doc.date == "1966-06-22"


def test_a_record_whose_first_sentence_says_on_that_day_a_meeting_was_held_is_of_that_day():
    [doc] = documents(
        "311. Summary of Conclusions of an Ad Hoc Meeting\n\n\n  • Ruritania\n\n\n"
        "  • White House\n  • Dr. John Q. Doe\n  • State\n  • Secretary Richard Roe\n\n"
        "On December 3, 1980 a meeting was held in Dr. Doe’s office to discuss contingency "
        "measures in response to increasing signs that the neighbours may be preparing to "
        "intervene. Participating in the meeting were Dr. Doe and Secretary Roe.\n"
    )
    assert doc.date == "1980-12-03"


def test_those_a_participants_line_says_accompanied_another_are_each_a_participant():
    [doc] = documents(
        "Memorandum of Conversation, by the Ambassador at Large (Jessup)\n\n"
        "Washington, June 26, 1950.\n\ntop secret\n\n"
        "Subject: Notes on Meeting at the White House\n\n"
        "Participants: The President\n"
        "The Secretary of State\n"
        "The Joint Chiefs of Staff\n"
        "Mr. Rusk, Mr. Matthews, Mr. Jessup and Mr. McFall3 accompanied the Secretary of State\n\n"
        f"{PROSE * 3}\n"
    )
    names = [p.name for p in doc.participants]
    assert "Dean Acheson" in names  # the Secretary of State, not Mr. Rusk who came with him
    assert "Dean Rusk" in names and "Philip C. Jessup" in names
    assert any(n.endswith("McFall") for n in names)
    assert not any("Chiefs" in n for n in names)  # a body present, no one person


def test_two_surnames_under_one_office_in_the_plural_are_each_a_holder_of_it():
    [doc] = documents(
        "Memorandum of Discussion at the 199th Meeting of the National Security Council, "
        "Washington, May 27, 1954\n\n"
        "Present at the 199th Meeting of the Council were the President of the United States, "
        "presiding; the Secretary of State. Also present were the Attorney General; Assistants "
        "Attorney General Barnes and Rankin; and the Executive Secretary, NSC.\n\n"
        f"{PROSE * 3}\n"
    )
    written = [p.as_written for p in doc.participants]
    assert "Barnes" in written and "Rankin" in written
    roles = {p.as_written: p.role for p in doc.participants}
    assert roles["Rankin"] == "Assistant Attorney General"
    # an Assistant Attorney General is not the Attorney General
    assert "Herbert Brownell, Jr." in [p.name for p in doc.participants]


def test_a_telegram_eyes_only_for_two_named_officials_of_the_department_is_to_them():
    [doc] = documents(
        "Telegram\n\nThe Ambassador in Iran (Henderson) to the Department of State\n\n"
        "Tehran, March 4, 1952.\n\n"
        f"931. Eyes only Bruce and Byroade, Dept. No other distribution. {PROSE * 3}\n\n"
        "Henderson\n"
    )
    assert [r.name for r in doc.recipients] == ["David K. E. Bruce", "Henry A. Byroade"]


def test_a_telegram_for_the_secretary_and_for_another_at_a_second_post_is_to_both():
    [doc] = documents(
        "Telegram From the Embassy in Vietnam to the Department of State\n\n"
        "Saigon, October 1, 1961.\n\n"
        "505. Eyes only for the Secretary. CINCPAC POLAD exclusive for Adm Felt. "
        f"{PROSE * 3}\n\nNolting\n"
    )
    assert [r.name for r in doc.recipients] == ["Dean Rusk", "Harry D. Felt"]


def test_a_meetings_minutes_headed_by_the_day_it_was_held_are_of_that_day():
    [doc] = documents(
        "No. 591\nMinutes of a Meeting of the Committee of Three\n[Extract]\ntop secret\n\n"
        "Minutes of Meeting of the Committee of Three Held Tuesday, June 26, 1945, at 9:30 am\n\n"
        "Present: Messrs. Henry L. Stimson, Secretary of War\n"
        "James V. Forrestal, Secretary of the Navy\n\n"
        f"{PROSE * 3}\n"
    )
    assert doc.type == "record of meeting"
    assert doc.date == "1945-06-26"


def test_a_web_copys_bulleted_minutes_heading_dates_the_minutes():
    [doc] = documents(
        "  • Minutes of the Meeting of the Zenda Committee, 7 August 1970\n\n\n"
        "  • Mr. Doe, Mr. Roe, Mr. Qwertov\n\n"
        f"1. Ruritania—Summary of Developments\n\n{PROSE * 3}\n"
    )
    assert doc.date == "1970-08-07"


def test_a_memorandum_for_the_presidents_file_is_of_the_meeting_its_subject_line_dates():
    [doc] = documents(
        "127. Memorandum for the President’s File by the President’s Assistant for National "
        "Security Affairs (Kissinger)1\n\n"
        "  • Meeting with General Secretary Leonid I. Brezhnev, Morning, Thursday, June 21, "
        "1973, at Camp David, 11:30 a.m.–12:30 p.m.\n\n"
        "  • The President\n  • General Secretary Brezhnev\n\n"
        f"{PROSE * 3}\n"
    )
    assert doc.date == "1973-06-21"


def test_a_briefing_memorandum_on_a_meeting_to_come_is_not_dated_by_it():
    [doc] = documents(
        "Memorandum From the Secretary of State to President Nixon\n\n"
        "SUBJECT: Meeting with General Secretary Brezhnev, Thursday, June 21, 1973\n\n"
        f"{PROSE * 3}\n"
    )
    assert doc.date is None


def test_a_party_leaderships_session_headed_by_its_day_is_of_that_day():
    [doc] = documents(
        "Top Secret Single Copy (Working Notes)\n\n"
        "SESSION OF THE CPSU CC POLITBURO 22 January 1981\n\n"
        "Cde. M. A. SUSLOV presiding.\n\n"
        f"{PROSE * 3}\n"
    )
    assert doc.date == "1981-01-22"


def test_a_reading_room_title_letter_to_one_by_another_names_sender_and_addressee():
    catalogue = READING_ROOM_CATALOGUE.replace(
        "SOVIET AIR DEFENSE NOTES - 1957/03/02",
        "LETTER TO THE HONORABLE WILLIAM E. COLBY BY JOHN C. STENNIS",
    ).replace("March 2, 1957", "January 28, 1975")
    [doc] = documents(f"{catalogue}{PROSE * 4}\n")
    assert doc.sender.name == "John C. Stennis"
    assert [r.name for r in doc.recipients] == ["William E. Colby"]


def test_a_reading_room_title_from_several_names_the_first_and_from_a_committee_no_one():
    several = READING_ROOM_CATALOGUE.replace(
        "SOVIET AIR DEFENSE NOTES - 1957/03/02",
        "LETTER TO THE PRESIDENT FROM J.RICHARD ROE, JOHN Q. DOE AND C.W. BILL POE",
    ).replace("March 2, 1957", "January 28, 1975")
    [doc] = documents(f"{several}{PROSE * 4}\n")
    assert doc.sender.as_written == "J. Richard Roe"
    committee = READING_ROOM_CATALOGUE.replace(
        "SOVIET AIR DEFENSE NOTES - 1957/03/02",
        "LETTER TO JOHN Q. DOE FROM U.S.HOUSE OF REPRESENTATIVES PERMANENT SELECT COMMITTEE",
    )
    [doc] = documents(f"{committee}{PROSE * 4}\n")
    assert doc.sender is None
    surname_a_word = READING_ROOM_CATALOGUE.replace(
        "SOVIET AIR DEFENSE NOTES - 1957/03/02", "LETTER TO THE PRESIDENT FROM JOHN Q. POST"
    )
    [doc] = documents(f"{surname_a_word}{PROSE * 4}\n")
    assert doc.sender.as_written == "John Q. Post"


def test_a_memorandums_from_field_run_on_with_an_office_names_no_sender():
    [doc] = documents(
        "THE DIRECTOR OF CENTRAL INTELLIGENCE National Intelligence Officers MEMORANDUM FOR: "
        "Director of Central Intelligence FROM National Intelligence Officer for Ruritania "
        f"SUBJECT: Talks in Zenda {PROSE * 3}\n"
    )
    assert doc.sender is None


def test_a_telegram_that_says_deliver_following_message_is_from_its_author_to_its_addressee():
    [doc] = documents(
        "212. Telegram From the Department of State to the Embassy in the Republic of China\n\n"
        "384. Deliver following message from President to President Chiang Kai-shek soonest. "
        "Confirm date and time delivery:\n\n“October 24, 1958.\n\n"
        f"Dear Mr. President: {PROSE * 3}”\n"
    )
    assert doc.sender.name == "Dwight D. Eisenhower"
    assert [r.name for r in doc.recipients] == ["Chiang Kai-shek"]
    salutation = [m for m in doc.mentions if m.text.startswith("Dear Mr. President")]
    assert salutation and salutation[0].person_id != "eisenhower-dwight-d"


def test_a_message_delivered_to_two_leaders_is_to_each_of_them():
    [doc] = documents(
        "160. Telegram From the Department of State to the Embassy in the Soviet Union\n\n"
        "44. Please deliver the following message from the President to Chairman Khrushchev and "
        f"President Brezhnev:\n\n“Dear Mr. Chairman: {PROSE * 3}”\n"
    )
    assert [r.name for r in doc.recipients] == ["Nikita S. Khrushchev", "Leonid I. Brezhnev"]


def test_a_teletype_message_between_leaders_is_a_letter_from_one_to_the_other():
    [doc] = documents(
        "227. Teletype Message From Prime Minister Macmillan to President Kennedy0\n\n"
        "T 446/62. Please pass following message to President Kennedy from Prime Minister "
        f"Macmillan.\n\nBegins\n\nDear Friend,\n\n{PROSE * 3}\n"
    )
    assert doc.type == "letter"
    assert doc.title == "Teletype Message From Prime Minister Macmillan to President Kennedy"
    assert [r.name for r in doc.recipients] == ["John F. Kennedy"]


def test_a_memorandum_for_the_presidents_file_lists_those_at_the_meeting_in_its_bullets():
    [doc] = documents(
        "127. Memorandum for the President’s File by the President’s Assistant for National "
        "Security Affairs (Kissinger)1\n\n"
        "  • Meeting with General Secretary Leonid I. Brezhnev, Morning, Thursday, June 21, "
        "1973, at Camp David, 11:30 a.m.–12:30 p.m.\n\n"
        "  • The President\n  • General Secretary Brezhnev\n  • Dr. Henry Kissinger\n"
        "  • Victor Sukhodrev, interpreter\n\n"
        f"{PROSE * 3}\n"
    )
    assert [p.name for p in doc.participants] == [
        "Richard M. Nixon",
        "Leonid I. Brezhnev",
        "Henry A. Kissinger",
        "Viktor M. Sukhodrev",
    ]  # and "Morning", the part of the day, is no one


def test_a_cable_for_ones_eyes_only_is_for_him():
    [doc] = documents(
        "SECRET\nPAGE 01 STATE 123456\nO 051700Z MAR 77\nFM SECSTATE WASHDC\n"
        "TO AMEMBASSY ROME IMMEDIATE\nS E C R E T STATE 123456\nNODIS\n"
        "FOR DOE EYES ONLY FROM ROE\nE.O. 11652: GDS\nSUBJECT: A TEST\n\n"
        "1. THE TALKS WENT WELL AND BOTH SIDES AGREED TO MEET AGAIN IN THE SPRING.\n"
    )
    assert [r.as_written for r in doc.recipients] == ["Doe"]


def test_the_date_a_reading_room_memos_subject_line_goes_on_to_is_the_subjects_not_the_papers():
    catalogue = READING_ROOM_CATALOGUE.replace(
        "SOVIET AIR DEFENSE NOTES - 1957/03/02", "CONVERSATION WITH SECRETARY DOE, 1 MARCH 1957"
    )
    [doc] = documents(
        f"{catalogue}Approved For Release 2004/05/05 : CIA-RDP80M00165A001900010005-9\n"
        "MEMORANDUM FOR THE RECORD\nSUBJECT: Conversation with Secretary Doe,\n"
        f"1 March 1957\n1. Discussed the budget. {PROSE * 3}\n"
    )
    assert doc.date == "1957-03-02"  # the catalogue's day the record was written


def test_a_draft_of_a_letter_under_its_file_number_is_a_letter_from_and_to_those_it_names():
    [doc] = documents(
        "740.00119 PW/7–346\nDraft of Letter From President Truman to the Secretary of War "
        f"(Patterson)38\nMy Dear Mr. Secretary: {PROSE * 3}\n"
    )
    assert doc.type == "letter"
    assert doc.sender.name == "Harry S. Truman"
    assert [r.as_written for r in doc.recipients] == ["the Secretary of War (Patterson)"]


def test_one_accompanied_by_another_in_a_list_of_those_present_are_both_there():
    [doc] = documents(
        "Minutes of the Meeting of the Secretaries of State, War, and Navy, Washington, "
        "February 5, 1946, 10:30 a. m.7\n\ntop secret\n"
        "Present: The Secretary of State\n"
        "The Secretary of War8 accompanied by Assistant Secretary Petersen9\n"
        "The Secretary of the Navy accompanied by Admiral Blandy and Mr. Hidalgo\n"
        f"Mr. Matthews10\n\n{PROSE * 3}\n"
    )
    written = [p.as_written for p in doc.participants]
    assert "Assistant Secretary Petersen" in written
    assert "Admiral Blandy" in written and "Mr. Hidalgo" in written


def test_a_heading_whose_holder_is_spaced_in_his_parentheses_still_names_the_correspondents():
    [doc] = documents(
        "The Ambassador in Argentina ( Messersmith ) to the Acting Secretary of State\n\n"
        f"Dear Dean: …\n\n. . . . . . .\n\n{PROSE * 3}\n"  # an excerpt: no dateline
    )
    assert doc.type == "letter"
    assert (doc.sender.person_id, [r.person_id for r in doc.recipients]) == (
        "hsg:109073",
        ["acheson-dean"],
    )


def test_a_leaders_message_headed_memorandum_is_a_memorandum():
    [doc] = documents(
        "No. 1346\nPrime Minister Attlee to President Truman\n\n"
        f"Memorandum to the President From the Prime Minister\n\n{PROSE * 3}\n\nC R Attlee\n"
    )
    assert doc.type == "memorandum"
    assert doc.sender.name == "Clement R. Attlee"
    assert [r.name for r in doc.recipients] == ["Harry S. Truman"]


def test_a_record_without_a_dateline_is_dated_by_the_day_its_people_came_together():
    [doc] = documents(
        "Memorandum of Conversation, by the Second Secretary of the Embassy in Iran (Doe)\n\n"
        "  • Prime Minister Mohammad Mosadeq\n  • John Q. Doe, Second Secretary\n\n"
        "At 1:15 p.m., May 29, 1951, the above listed persons came together at the residence of "
        f"the U.S. Ambassador. {PROSE * 3}\n"
    )
    assert (doc.date, doc.date_basis) == ("1951-05-29", "first sentence")


def test_a_telegram_headed_from_a_city_has_no_city_for_its_sender():
    [doc] = documents(
        "186. Telegram 1744 from Mexico City, December 171\n"
        f"I had a frank and friendly talk with the President at his home. {PROSE * 3}\n"
    )
    assert doc.type == "telegram"
    assert doc.sender is None
    assert "Mexico City" not in {p.name for p in doc.persons}


def test_a_scan_run_together_names_the_memorandums_addressee_and_date_under_a_long_stamp():
    [doc] = documents(
        "jun t i non loo NATIONAL SECURITY COUNCIL WASHINGTON DC 20506 November 24 1989 "
        "DECLASSIFIED PER EO 12958 AS AMENDED ss-HR MEMORANDUM FUR BRENT SCOWCROFT 51 3 7 0 "
        "FROM ARNOLD KA D BLACKWILL\nSUBJECT Possible Initiatives Following on your Wednesday "
        f"breakfast discussion we met this morning {PROSE * 6}\n"
    )
    assert (doc.type, doc.date) == ("memorandum", "1989-11-24")
    assert [r.person_id for r in doc.recipients] == ["scowcroft-brent"]
    assert doc.sender is None  # two names OCR ran together are no one's


def test_a_memorandum_for_the_president_names_its_writer_after_from_without_colons():
    [doc] = documents(
        "Objection To Declassification 2008 05 30 NLC-128-9-14-10-4 THE WHITE HOUSE SECRET "
        "WASHINGTON _ April 21 1978\nMEMORANDUM\n"
        "FOR THE PRESIDENT FROM ZBIGNIEW BRZEZINSKI\nSUBJECT NSC Weekly Report #55 "
        f"{PROSE * 6}\n"
    )
    assert doc.sender.person_id == "brzezinski-zbigniew"
    assert [r.person_id for r in doc.recipients] == ["carter-jimmy"]
    # the letterhead's marking and dateline, at the end of the line the stamp ran into
    assert (doc.date, doc.place, doc.classification) == ("1978-04-21", "Washington", "Secret")


def test_a_pages_created_field_of_the_records_years_dates_the_paper_and_not_a_copys_day():
    [doc] = documents(f"Created: 11/15/1960\n\nOCR scan of the original document\n\n{PROSE * 3}\n")
    assert (doc.date, doc.date_basis) == ("1960-11-15", "Created field")
    [copy] = documents(f"Created: 12/14/2016\n\n{PROSE * 3}\n")
    assert copy.date is None


def test_a_subject_line_with_no_other_cue_heads_a_memorandum():
    [doc] = documents(
        "Created: 11/15/1960\n\nSUBJECT: The Estimative Record on Cuba\n\n"
        f"Attached for your information is a log of estimates. {PROSE * 3}\n"
    )
    assert doc.type == "memorandum"


def test_a_cia_memorandum_lists_its_addressees_a_line_each_under_the_first():
    catalogue = READING_ROOM_CATALOGUE.replace("SOVIET AIR DEFENSE NOTES - 1957/03/02", "OPTION X")
    [doc] = documents(
        f"{catalogue.replace('March 2, 1957', 'December 11, 1975')}11 December 1975\n"
        "MEMORANDUM F'OR: DDCI\nMr. Duckett\nGen. Qwertov\nMr. Roe\n"
        f"Herewith Option X as approved by the DCI this afternoon. {PROSE * 3}\n"
    )
    assert [r.as_written for r in doc.recipients] == [
        "DDCI",
        "Mr. Duckett",
        "Gen. Qwertov",
        "Mr. Roe",
    ]
    assert doc.recipients[0].person_id == "walters-vernon-a"  # the Deputy Director of the day


def test_a_heading_addressed_to_a_series_names_each_and_a_series_of_posts_names_no_one():
    [doc] = documents(
        "33. Note From President Carter to Vice President Mondale, Secretary of State Vance, "
        "Attorney General Bell, and the President’s Assistant for National Security Affairs "
        f"(Brzezinski)1\n\nWashington, March 2, 1977\n\n{PROSE * 3}\n"
    )
    assert [r.name for r in doc.recipients] == [
        "Walter F. Mondale",
        "Cyrus R. Vance",
        "Griffin B. Bell",
        "Zbigniew Brzezinski",
    ]
    [cable] = documents(
        "289. Telegram From the Embassy in Nicaragua to the Department of State and the "
        "Embassies in Venezuela, Panama, Santo Domingo, El Salvador, Honduras, and Guatemala1\n\n"
        f"Managua, July 19, 1979.\n\n3255. Subject: New President. {PROSE * 3}\n"
    )
    assert cable.recipients == []  # no "Salvador Allende" for El Salvador


def test_a_telegram_for_one_only_from_another_names_both():
    [doc] = documents(
        "Telegram From Secretary of State Kissinger to the Department of State\n\n"
        f"Secto 264/4975. For Eagleburger only from the Secretary. {PROSE * 3}\n"
    )
    assert [r.name for r in doc.recipients] == ["Lawrence S. Eagleburger"]


def test_a_heading_to_the_president_and_the_secretary_of_state_names_both():
    [doc] = documents(
        "893.00/7-2045: Telegram\n\n"
        "The Ambassador in China (Hurley) to the President and the Secretary of State\n\n"
        f"top secret\n\n{PROSE * 3}\n\nHurley\n"
    )
    assert [r.name for r in doc.recipients] == ["Harry S. Truman", "James F. Byrnes"]


def test_one_man_with_two_offices_in_a_heading_stays_one_sender():
    [doc] = documents(
        "Memorandum From the Counselor and Chairman of the Policy Planning Council (Rostow) to "
        f"Secretary of State Rusk\n\nWashington, May 3, 1963.\n\n{PROSE * 3}\n"
    )
    assert doc.sender.name == "Walt W. Rostow"


def test_the_man_a_telegram_is_for_holds_the_office_its_heading_addresses():
    [doc] = documents(
        "740.00119 EW/7-1645: Telegram\n\n"
        "The Acting Secretary of State to the Director of the Office of Financial and "
        "Development Policy\n\n[Washington,] July 16, 1945\n\nSecret\n\n"
        f"33. (For Collado.)\n\n{PROSE * 3}\n\nGrew\n"
    )
    assert [r.name for r in doc.recipients] == ["Emilio G. Collado"]
    assert (
        doc.recipients[0].role == "the Director of the Office of Financial and Development Policy"
    )


def test_a_cable_copied_from_its_reference_line_without_its_routing_header_is_a_telegram():
    [doc] = documents(
        "S E C R E T TEHRAN 2077\n"
        "Declassified/Released US Department of State EO Systematic Review 30 JUN 2005\n"
        "E. O. 11652: GDS\nTAGS: PFOR, IR, PK, XF\nSUBJECT: AUDIENCE WITH SHAH APRIL 5\n"
        "REF: STATE 053670\n"
        "SUMMARY: AFTER APRIL 5 PRESENTATION OF CREDENTIALS EXPECT HAVE PRIVATE CONVERSATION\n"
        "WITH SHAH. I PLAN LISTEN BUT WILL PASS ON ANY THOUGHTS WE HAVE. END SUMMARY.\n"
    )
    assert (doc.type, doc.classification) == ("telegram", "Secret")


def test_a_cable_from_the_embassy_in_moscow_is_signed_by_the_ambassador_there():
    body = (
        "1. THE FOREIGN MINISTER TOLD ME TODAY THAT THE TALKS WOULD GO ON NEXT WEEK AS PLANNED\n"
        "AND THAT HIS GOVERNMENT HOPED FOR PROGRESS ON THE TREATY. END SUMMARY.\n"
        "2. HE ADDED THAT THE MINISTRY WOULD SEND ITS OWN PROPOSALS ON THE TEXT BEFORE THE\n"
        "TALKS BEGAN, AND THAT IT WOULD WELCOME OURS IN RETURN.\n"
    )
    [doc] = documents(
        f"Show Headers\n{body}THOMPSON\nCONFIDENTIAL\nNNN\n"
        "PAGE 01 MOSCOW 12345 021757Z\n64\nACTION SS-25\nINFO OCT-01 ISO-00 /026 W\n"
        "--------------------- 059801\nR 021715Z SEP 68\nFM AMEMBASSY MOSCOW\n"
        f"TO SECSTATE WASHDC 3998\n{body[:60]}"
    )
    assert (
        doc.sender is not None and doc.sender.name == "Llewellyn E. Thompson"
    )  # of many Thompsons


def test_a_printed_volumes_heading_under_its_number_keeps_its_date_with_the_note_marker_apart():
    [doc] = documents(
        "No. 412\nMemorandum of Discussion at the 240th Meeting of the National Security "
        f"Council, Washington, March 3, 1955 1\n\ntop secret\n\n{PROSE * 3}\n"
    )
    assert (doc.type, doc.date) == ("record of meeting", "1955-03-03")
    assert (
        doc.title
        == "Memorandum of Discussion at the 240th Meeting of the National Security Council"
    )


def test_a_telegram_personal_for_someone_for_his_eyes_only_is_to_him_alone():
    [doc] = documents(
        "740.00/3–2247: Telegram\n\n"
        "The Ambassador in France (Caffery) to the Acting Secretary of State\n\n"
        f"2207. Secdel 12. Personal for Acheson for his eyes only from Marshall. {PROSE * 3}\n"
    )
    assert [r.person_id for r in doc.recipients] == ["acheson-dean"]  # not "Acheson for his"


def test_a_late_telegram_passed_to_several_after_its_subject_is_to_each_of_them():
    [doc] = documents(
        "12. Telegram From Secretary of State Vance to the Department of State\n\n"
        "Secto 4417. Subject: Lunch With Foreign Minister Roe. Pass White House for the "
        "President and Dr. Brzezinski from the Secretary. Department for Christopher.\n\n"
        f"1. {PROSE * 3}\n"
    )
    assert [r.person_id for r in doc.recipients] == [
        "carter-jimmy",
        "brzezinski-zbigniew",
        "christopher-warren-m",
    ]


def test_a_reviewers_stamp_with_two_digits_of_the_year_does_not_date_a_reading_room_paper():
    catalogue = READING_ROOM_CATALOGUE.replace("January 7, 2021", "August 1, 2003").replace(
        "March 2, 1957", "October 30, 1962"
    )
    [doc] = documents(
        f"{catalogue}Appr0ved F Release 2003/11/20: CIA-RDP00X00000R000000000000-0\nJCS\n"
        "REVIEW\nDONE\nE, 4/3/03,\nTOP SECRET October 30, 1962\n"
        f"Record of Action, October 30, 1962\n{PROSE * 4}\n"
    )
    assert doc.date == "1962-10-30"


def test_a_reading_room_title_ending_in_a_day_dates_a_paper_the_catalogue_gives_no_date():
    catalogue = READING_ROOM_CATALOGUE.replace(
        "SOVIET AIR DEFENSE NOTES - 1957/03/02",
        "TRANSCRIPT OF MEETING HELD IN THE BOARD'S ROOM, ON 12 MARCH 1955",
    ).replace("Publication Date:\nMarch 2, 1957\n", "")
    [doc] = documents(f"{catalogue}Mr. John Q. Doe\nPresiding\n\n{PROSE * 4}\n")
    assert doc.date == "1955-03-12"


def test_the_code_of_a_name_withheld_at_the_end_of_a_list_is_no_participant():
    [doc] = documents(
        "25X1\nTuesday, 9 March 1954\nPRESENT: Mr. Doe, General R oe Messrs. Smith, Jones, "
        "Major fite\nMessrs. Qwertov,II Green, 25X1\nMr. Doe:\na. Asked for the figures on the "
        f"harvest. {PROSE * 3}\n"
    )
    assert doc.participants and not any("25X" in p.as_written for p in doc.participants)


def test_a_sides_heading_with_its_people_on_one_line_puts_each_on_that_side():
    [doc] = documents(
        "Record of Conversation\n\n"
        "Present from the Polish side: Cds. Qwertov, Doe and Roe\n\n"
        "Present from the Chinese side: Cds. Wang Ming, Li Fang\n\n"
        f"Qwertov: We are pleased. {PROSE * 2}\n\nWang Ming: We are pleased too. {PROSE}\n"
    )
    sides = {p.as_written: p.side for p in doc.participants}
    assert sides == {
        "Qwertov": "Poland", "Doe": "Poland", "Roe": "Poland", "Wang Ming": "PRC", "Li Fang": "PRC",
    }  # fmt: skip


def test_a_telegram_to_agencies_and_a_command_has_no_person_for_a_recipient():
    [doc] = documents(
        "41. Telegram From the Embassy in Ruritania to the Departments of State and Defense, "
        "the National Security Agency, and the United States Pacific Command1\n\n"
        f"1187. Subject: The Harvest. {PROSE * 3}\n"
    )
    assert doc.recipients == []
    assert not any("Agency" in p.name or "Command" in p.name for p in doc.persons)


def test_a_cable_from_the_secretarys_party_abroad_is_from_the_city_it_names_or_none():
    header = "O 200915Z JAN 78\nFM USDEL SECRETARY IN {}\nTO SECSTATE WASHDC IMMEDIATE\n"
    body = f"S E C R E T\nSUBJECT: MY MEETING WITH THE PRESIDENT\n1. {PROSE * 3}\n"
    [abroad] = documents(header.format("ANKARA") + body)
    [cut] = documents(header.format("").rstrip() + "\n" + body)
    assert (abroad.place, cut.place) == ("Ankara", None)


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("No. 412\nNational Intelligence Estimate1", "intelligence estimate"),
        (
            "Record of Action of the Fifth Meeting of the Executive Committee of the Council\n\n"
            "Washington, October 26, 1962, 10 a.m.",
            "record of meeting",
        ),
    ],
)
def test_a_printed_heading_without_its_number_still_says_what_the_paper_is(heading, kind):
    [doc] = documents(f"{heading}\n\ntop secret\n\n{PROSE * 4}\n")
    assert doc.type == kind


def test_an_agenda_prepared_by_an_office_holder_is_his_and_no_record_of_the_meeting():
    [doc] = documents(
        "31. Agenda Prepared by the President’s Special Assistant for National Security Affairs "
        "(Bundy)1\n\nNATIONAL SECURITY COUNCIL SESSION\n\nTuesday, March 2, 1965, 11 AM\n\n"
        "1. The harvest\n\nPresent:\n\n  • Secretary Rusk\n  • Secretary McNamara\n\n"
        f"{PROSE * 2}\n"
    )
    assert (doc.type, doc.sender.person_id) == ("other", "bundy-mcgeorge")


def test_a_handwritten_letter_under_its_editors_heading_is_a_letter_between_the_two():
    [doc] = documents(
        "57. Handwritten Letter From President Reagan to General Secretary Gorbachev1\n\n"
        f"Dear Mr. General Secretary:\n\n{PROSE * 3}\n"
    )
    assert doc.type == "letter"
    assert (doc.sender.person_id, [r.person_id for r in doc.recipients]) == (
        "reagan-ronald", ["gorbachev-mikhail-s"],
    )  # fmt: skip


def test_the_catalogues_date_is_the_first_papers_of_a_file_of_several_where_it_shows_none():
    catalogue = READING_ROOM_CATALOGUE.replace(
        "SOVIET AIR DEFENSE NOTES - 1957/03/02", "LETTER TO JOHN Q. DOE FROM RICHARD ROE"
    )
    first = f"Dear John:\n\n{PROSE * 3}\n\nSincerely,\n\nRichard Roe\n\n"
    second = f"June 5, 1957\n\nMEMORANDUM FOR: The Director\n\nSUBJECT: The letter\n\n{PROSE * 3}\n"
    letter, memo = documents(f"{catalogue}{first}{second}")
    assert (letter.date, memo.date) == ("1957-03-02", "1957-06-05")


def test_an_undated_paper_from_a_presidents_library_files_is_of_his_term():
    [doc] = documents(
        "208. Memorandum From the President’s Special Assistant for National Security "
        f"Affairs (Bundy) to the President1\n\n{PROSE * 3}\n\n"
        "  1. Source: Kennedy Library, National Security Files, Subjects Series. Secret.\n"
    )
    assert doc.date is None and doc.date_range == ["1961-01-20", "1963-11-22"]
    assert [r.person_id for r in doc.recipients] == ["kennedy-john-f"]


def test_a_cables_run_together_offices_are_offices_not_names():
    [doc] = documents(
        "Telegram From the Embassy in the Soviet Union to the Department of State\n\n"
        "Moscow, May 20, 1966.\n\n"
        f"4051. For President and SecState. {PROSE * 3}\n"
    )
    assert [r.person_id for r in doc.recipients] == ["johnson-lyndon-b", "rusk-dean"]
    [talk] = documents(
        "Memorandum of Conversation\n\nPARTICIPANTS:\nU.S.\nThe Secretary\nUSSR\n"
        f"Dep. FornMin. Bessmertnykh\n\n{PROSE * 3}\n"
    )
    assert "bessmertnykh-aleksandr-a" in [p.person_id for p in talk.participants]
    assert not any(p.name.startswith("FornMin") for p in talk.participants)


def test_a_telegram_opening_addressee_from_writer_without_for_names_both():
    [doc] = documents(
        "Telegram From the Department of State to the Embassy in Ruritania\n\n"
        f"Washington, June 2, 1960.\n\n312. Qwertov from Roe. {PROSE * 3}\n"
    )
    assert [r.as_written for r in doc.recipients][-1] == "Qwertov"
    assert doc.sender.as_written == "Roe"
    [channel] = documents(
        "Telegram From the Embassy in Ruritania to the Department of State\n\n"
        f"Paris, June 2, 1948.\n\n61. Doe from Poe. Eyes only for Qwertov from Roe. {PROSE * 3}\n"
    )
    assert channel.sender.as_written == "Roe"


def test_a_sites_title_naming_writer_and_addressee_over_a_letter_names_both():
    [doc] = documents(
        "President Harry S Truman to Winston Churchill\n\nJuly 2, 1951\n\nThe White House\n\n"
        f"My dear Winston:-\n\n{PROSE * 3}\n\nSincerely yours,\n"
    )
    assert doc.type == "letter"
    assert (doc.sender.person_id, [r.person_id for r in doc.recipients]) == (
        "truman-harry-s", ["churchill-winston"],
    )  # fmt: skip


def test_a_library_title_with_its_year_alone_names_writer_and_addressee_and_bounds_the_date():
    [doc] = documents(
        "Letter from Harry S. Truman to John Q. Doe (1946)\n\nNo study questions\n\n"
        f"My dear John:\n\n{PROSE * 3}\n"
    )
    assert (doc.type, doc.sender.person_id) == ("letter", "truman-harry-s")
    assert [r.name for r in doc.recipients] == ["John Q. Doe"]
    assert doc.date is None and doc.date_range == ["1946-01-01", "1946-12-31"]


def test_a_library_title_of_an_unsent_letter_names_writer_addressee_and_date():
    [doc] = documents(
        "Korean War, 1950-1953; International relations\n\n"
        "Unsent Letter from President Harry S. Truman to John Q. O'Doe, November 28, 1952. "
        "President's Secretary's Files - Longhand Notes.\n\n"
        f"Dear John:\n\n{PROSE * 3}\n"
    )
    assert (doc.type, doc.date, doc.sender.person_id) == ("letter", "1952-11-28", "truman-harry-s")
    assert [r.name for r in doc.recipients] == ["John Q. O'Doe"]


def test_an_archive_title_naming_the_writer_and_his_office_between_commas_gives_the_writer():
    [doc] = documents(
        "Skip to content\n\nDecember 28, 1948\n\n"
        "Letter, John Q. Doe, Executive Director of the Zendan Relief Fund, to President Truman\n\n"
        "December 28, 1948\n\nThe President\nThe White House\nWashington, D.C.\n\n"
        f"Dear Mr. President:\n\n{PROSE * 3}\n"
    )
    assert doc.type == "letter"
    assert doc.sender.as_written == "John Q. Doe"
    assert [r.person_id for r in doc.recipients] == ["truman-harry-s"]


def test_an_office_heading_to_the_senders_own_mission_abroad_is_a_telegram():
    [doc] = documents(
        "123.45/6-1945\n\nThe Secretary of State to the Embassy in Ruritania\n\n"
        f"Washington, June 19, 1945—7 p.m.\n\n1234. {PROSE * 3}\n"
    )
    assert doc.type == "telegram"
    note = documents(
        "123.45/6-1945\n\n"
        "The Zendan Ministry for Foreign Affairs to the American Embassy in Ruritania\n\n"
        f"Zenda, June 19, 1945.\n\n{PROSE * 3}\n"
    )[0]
    instruction = documents(
        "The Secretary of State to the Embassy in Ruritania\n\nNo. 1234\n\n"
        f"Washington, June 19, 1945.\n\nSir: {PROSE * 3}\n"
    )[0]
    assert note.type != "telegram" and instruction.type != "telegram"


def test_a_copys_title_to_one_from_another_dated_names_both_and_the_date():
    [doc] = documents(
        "You are on page 1of 3\n\n"
        "Letter to Prime Minister Qwertov from President Johnson dated June 5, 1964\n"
        f"Dear Mr. Prime Minister,\n{PROSE * 3}\n"
    )
    assert (doc.type, doc.date) == ("letter", "1964-06-05")
    assert doc.sender.person_id == "johnson-lyndon-b"
    assert [r.as_written for r in doc.recipients] == ["Prime Minister Qwertov"]
    assert doc.title == "Letter to Prime Minister Qwertov from President Johnson"


def test_a_heading_whose_office_ends_in_the_talks_is_from_the_holder_in_parentheses():
    [doc] = documents(
        "44. Letter From the Chief of the Delegation to the Zendan Arms Limitation Talks (Qwertov) "
        f"to President Nixon1\n\nDear Mr. President:\n\n{PROSE * 3}\n"
    )
    assert doc.sender.name == "Qwertov"


def test_a_staff_secretarys_heading_under_the_editors_dates_the_meeting():
    [doc] = documents(
        "221. Memorandum of Meeting0\n\n"
        "Memorandum of a Meeting With the President, March 3, 1958, at 10:15 AM, attended by:\n\n"
        f"Mr. Doe, Mr. Roe\n\n{PROSE * 3}\n"
    )
    assert doc.date == "1958-03-03"


def test_a_memorandum_for_the_honorable_names_the_man_on_the_line_below():
    [doc] = documents(
        "DEPARTMENT OF STATE\nWASHINGTON\nMarch 16, 1960\nMEMORANDUM\n"
        "FOR: The Honorable\nRichard Roe .\nDirector\nZendan Intelligence Agency\n"
        f"FROM: John Q. Doe\nDirector\n\n{PROSE * 3}\n"
    )
    assert [r.as_written for r in doc.recipients] == ["Richard Roe"]


def test_a_note_to_files_names_no_addressee():
    [doc] = documents(f"Note to Files from the Ambassador dated June 5, 1964\n\n{PROSE * 3}\n")
    assert doc.recipients == []


def test_a_heading_over_two_calls_and_their_hours_is_dated_by_them():
    [doc] = documents(
        "12. Memorandum of Telephone Conversations Between John Q. Doe and Richard Roe, Zenda, "
        "March 3, 1961, 2:10 and 2:25 p.m.1\n\n"
        f"{PROSE * 3}\n"
    )
    assert (doc.type, doc.date, doc.place) == ("memorandum of conversation", "1961-03-03", "Zenda")


def test_a_memorandum_of_the_conversation_is_a_memcon_and_of_a_meeting_of_a_record():
    [talk] = documents(
        "Frames 0281-0259\n\nMemorandum of the Conversation Between the Foreign Minister and "
        f"Ambassador Doe, on November 12, 1940\n\n{PROSE * 3}\n"
    )
    assert talk.type == "memorandum of conversation"
    [meeting] = documents(
        "Memorandum of Meeting of the Executive Committee of the Zendan Council\n"
        f"Washington, November 13, 1962, 11 a.m.\n\n{PROSE * 3}\n"
    )
    assert meeting.type == "record of meeting"


def test_a_paper_addressed_to_an_office_over_its_comrade_is_to_him():
    [doc] = documents(
        "January 12, 1964\n\nEmbassy of the USSR in Ruritania\n\nTop Secret\n\n"
        "To the Minister of Foreign Affairs of the Union\n\nof Soviet Socialist Republics\n\n"
        f"Comrade Gromyko\n\nEnclosed is the record of a conversation. {PROSE * 3}\n"
    )
    assert [r.person_id for r in doc.recipients] == ["gromyko-andrei-a"]


def test_an_archive_page_on_one_line_is_typed_by_the_citation_after_its_label():
    [doc] = documents(
        "Digital Archive digitalarchive.wilsoncenter.org International History Declassified "
        "November 17, 1968 Discussion between John Q. Doe and Richard Roe Citation: "
        "“Discussion between John Q. Doe and Richard Roe,” November 17, 1968, History and "
        "Public Policy Program Digital Archive, an archive. Summary: The two leaders talk. "
        f"John Q. Doe: {PROSE} Richard Roe: {PROSE}\n"
    )
    assert doc.type == "memorandum of conversation"
    assert doc.title == "Discussion between John Q. Doe and Richard Roe"


def test_a_ciphergrams_fields_keep_their_note_numbers_and_handling_off_the_name():
    [doc] = documents(
        "Digital Archive International History Declassified\n\nOctober 30, 1962\n\n"
        "Telegram from Ruritanian Embassy in Zenda (Qwertov), 30 October 1962\n\n"
        "To: [Foreign Ministry Director Richard] ROE,1 EYES ONLY\n\n"
        "From: [Ambassador Ivan] QWERTOV2\n\n"
        f"{PROSE * 3}\n"
    )
    assert [r.name for r in doc.recipients] == ["Richard Roe"]


def test_an_archive_posts_report_is_its_heads():
    [doc] = documents(
        "Digital Archive International History Declassified\n\nMarch 12, 1963\n\n"
        "Ruritanian Embassy in Zenda (Qwertov), Report on Anastas Mikoyan’s meeting with the "
        "ambassadors\n\n"
        f"{PROSE * 3}\n"
    )
    assert (doc.type, doc.sender.name) == ("other", "Qwertov")


def test_a_wartime_frus_page_filed_in_a_presidents_papers_is_typed_by_its_file_line():
    [doc] = documents(
        "Roosevelt Papers: Telegram\n"
        "Prime Minister Churchill to President Roosevelt1\n"
        "London, 29 October 1943.\n"
        f"{PROSE * 3}\n"
    )
    assert (doc.type, doc.date) == ("telegram", "1943-10-29")


def test_a_memorandum_by_an_office_holder_is_his_though_its_subject_follows_the_name():
    # (of a conversation: its record, drafted by him, as "Memorandum of Conversation, by ...")
    [doc] = documents(
        "Memorandum by the Secretary of State (Hull) Regarding a Conversation With the "
        "Ruritanian Ambassador (Qwertov), 11 May 1941\n\n[WASHINGTON,] May 11, 1941.\n\n"
        f"{PROSE * 3}\n"
    )
    assert (doc.type, doc.drafted_by.name) == ("memorandum of conversation", "Cordell Hull")


def test_a_frus_telegrams_written_dateline_outranks_the_post_its_heading_implies():
    [doc] = documents(
        "893.00/4321: Telegram\n"
        "The Ambassador in China (Doe) to the Secretary of State\n"
        "Chungking, May 31,\n1944—11 a.m.\n"
        f"77. {PROSE * 3}\n"
    )
    assert (doc.place, doc.date) == ("Chungking", "1944-05-31")


def test_a_scans_misread_dateline_place_takes_the_posts_spelling():
    [doc] = documents(
        "894.00/1-549: Telegram\n"
        "The Ambassador in Japan (Roe) to the Secretary of State\n"
        "CONFIDENTIAL      Toiyo, January 5, 1949.\n"
        f"12. {PROSE * 3}\n"
    )
    assert doc.place == "Tokyo"


def test_an_australian_editors_cablegram_line_dates_and_places_the_cable():
    [doc] = documents(f"12 Doe to Roe\n\nCablegram 632 CANBERRA, 1 October 1946\n\n{PROSE * 3}\n")
    assert (doc.type, doc.date, doc.place) == ("telegram", "1946-10-01", "Canberra")
    [unnumbered] = documents(
        f"13 Doe to Roe\n\nCablegram unnumbered LONDON, 23 July 1947, 5 p.m.\n\n{PROSE * 3}\n"
    )
    assert (unnumbered.date, unnumbered.place) == ("1947-07-23", "London")


def test_a_presidential_review_memorandum_under_an_editors_number_is_a_memorandum():
    [doc] = documents(
        "147. Presidential Review Memorandum/NSC 21\n\n\n  • The Vice President\n"
        f"  • The Secretary of State\n\nSUBJECT: Ruritania\n\n{PROSE * 3}\n"
    )
    assert (doc.type, doc.title) == ("memorandum", "Presidential Review Memorandum/NSC 21")
    [study] = documents(f"1. National Security Study Memorandum 21\n\n{PROSE * 3}\n")
    assert study.type == "memorandum"


def test_a_frus_subtitle_with_the_day_before_a_semicolon_dates_the_memorandum():
    [doc] = documents(
        "207. Memorandum of Conversation1\n\n"
        "January 30, 1979; the President Reporting on His Conversations with Doe\n\n"
        f"{PROSE * 3}\n"
    )
    assert doc.date == "1979-01-30"


def test_a_memorandums_bulleted_agenda_line_gives_the_meetings_day_not_the_memorandums():
    [doc] = documents(
        "12. Memorandum From the Director of Zendan Affairs (Doe) to President Roe1\n\n\n"
        "  • NSC Agenda, December 4, 1979\n\n"
        f"The papers for the meeting are attached. {PROSE * 3}\n"
    )
    assert (doc.date, doc.place) == (None, None)
    assert doc.date_range == ["1979-11-20", "1979-12-04"]


def test_an_archive_telegram_of_an_ambassador_to_a_ministry_is_his():
    [doc] = documents(
        "Digital Archive International History Declassified\n\nSeptember 07, 1962\n\n"
        "Telegram of Ruritanian Ambassador to Zenda I.V. Qwertov to the Ruritanian Ministry of "
        f"Foreign Affairs\n\n{PROSE * 3}\n"
    )
    assert (doc.type, doc.sender.name) == ("telegram", "I.V. Qwertov")


def test_a_translations_title_line_with_its_marking_inside_gives_the_classification():
    [doc] = documents(
        "Digital Archive International History Declassified\n\nMarch 4, 1962\n\n"
        "Cable from the Ruritanian Embassy in Zenda, 'On the Frontier'\n\n"
        f"Ministry of Foreign Affairs Top Secret Telegram\n\n{PROSE * 3}\n"
    )
    assert doc.classification == "Top Secret"


def test_a_telegrams_day_first_date_is_no_cable_number():
    [doc] = documents(f"Telegram 5 May 1946\n\n{PROSE * 3}\n")
    assert doc.date == "1946-05-05"


def test_an_office_named_with_on_keeps_its_holder_among_the_participants():
    [doc] = documents(
        "Memorandum of Conversation with the Chairman of the Committee on Foreign Relations, "
        f"Senator Richard Doe\n\nWashington, May 3, 1961.\n\n{PROSE * 3}\n"
    )
    assert "Richard Doe" in {p.name for p in doc.participants}


def test_a_numbered_paragraph_on_presidential_elections_is_no_editors_heading():
    [doc] = documents(
        "MEMORANDUM FOR THE SECRETARY\n\nSUBJECT: Zenda\n\n"
        f"1. Presidential elections in Zenda are set for June. {PROSE * 3}\n"
    )
    assert doc.type == "memorandum"


def test_an_archive_title_names_no_writer_by_a_bodys_letters_or_a_copys_kind():
    page = "Digital Archive International History Declassified\n\nMarch 12, 1963\n\n"
    for title in (
        "Ruritanian State Security Committee (KGB), Report on the Frontier",
        "Hungarian Embassy in Zenda (Translation), Memorandum of Conversation with Doe",
        "Telegram of Condolence to Comrade Ivan Qwertov",
    ):
        [doc] = documents(f"{page}{title}\n\n{PROSE * 3}\n")
        assert doc.sender is None and doc.drafted_by is None, title
        assert not {"Translation", "Zenda", "Condolence"} & {p.name for p in doc.persons}, title


def test_a_ciphergrams_field_naming_a_place_or_an_office_is_no_correspondent():
    [doc] = documents(
        "Digital Archive International History Declassified\n\nOctober 30, 1962\n\n"
        "Telegram from the Ruritanian Embassy in Zenda, 30 October 1962\n\n"
        f"To: HEADQUARTERS, EYES ONLY\n\nFrom: HAVANA\n\n{PROSE * 3}\n"
    )
    assert doc.recipients == [] and doc.sender is None


def test_a_dateline_without_its_year_takes_the_one_the_file_number_allows():
    [doc] = documents(
        "740.00119 Council/5–1049\n"
        "Memorandum by the Ambassador in Ruritania (Doe) to the Secretary of State\n"
        f"[Washington,] May 10,\n{PROSE * 3}\n"
    )
    assert (doc.date, doc.place) == ("1949-05-10", "Washington")


def test_a_scans_spaced_out_heading_is_typed_as_its_words_say():
    [doc] = documents(
        "Memorandum     of Conversation, by the Secretary of State\n\n"
        f"[Washington,] May 10, 1949.\n\n{PROSE * 3}\n"
    )
    assert doc.type == "memorandum of conversation"


def test_a_department_telegram_carrying_a_letter_is_signed_by_its_own_last_line():
    [doc] = documents(
        "233. Telegram From the Department of State to the Embassy in Ruritania0\n\n"
        "2692. Ambassador requested deliver following letter from the President to Prime "
        f"Minister Qwertov.\n\nVerbatim Text.\n\nDear Mr. Prime Minister:\n\n{PROSE * 3}\n\n"
        "Sincerely,\n\nJohn F. Kennedy\n\nEnd Verbatim Text.\n\n"
        "The letter is not to be published.\n\nRusk\n"
    )
    assert doc.sender.name == "Dean Rusk"


def test_an_archive_cable_titled_kind_writer_addressee_is_the_writers_not_the_enclosures():
    [doc] = documents(
        "A summary of the cable the archive gives above its title.\n\nSeptember 30, 1950\n\n"
        "Cable No. 600308, Qwertov to Roe, transmitting Letter from John Q. Doe\n\n"
        f"{PROSE * 3}\n"
    )
    assert (doc.type, doc.sender.name) == ("telegram", "Qwertov")
    assert [r.name for r in doc.recipients] == ["Roe"]


def test_a_telegram_from_the_embassy_in_cuba_was_sent_from_havana_as_it_is_spelt_now():
    [doc] = documents(
        f"Telegram From the Embassy in Cuba to the Department of State\n\n505. {PROSE * 3}\n\nDoe\n"
    )
    assert doc.place == "Havana"


def test_a_memcons_time_field_dates_it_where_it_has_no_date_field():
    [doc] = documents(
        "Memorandum of Conversation, by the Special Adviser (Doe)\n\nParticipants:\n"
        "- Mr. Roe\n- Mr. Qwertov\nTime: 10:15 a.m., April 28, 1954\n"
        "Place: the Minister's residence, at Zenda\n"
        f"Mr. Roe said that the talks would go on. {PROSE * 2}\n"
    )
    assert (doc.date, doc.evidence["date"].basis) == ("1954-04-28", "TIME field")


@pytest.mark.parametrize(
    "heading",
    ["MEMORANDUM OF CONVERSA TION PAR TICIPANTS", "MEMORANDUM OF CONVERSAT工ON Participan七s ;"],
)
def test_a_garbled_memcon_heading_run_into_its_participants_mid_line_types_it(heading):
    [doc] = documents(
        f"ZENDA OFFICE COPY SECRET {heading} Prime Minister Qwertov, "
        f"Zendan Republic; John Q. Doe, Assistant to the President. {PROSE * 2}\n"
    )
    assert doc.type == "memorandum of conversation"


def test_the_catalogues_letter_title_names_its_writer_before_the_subject():
    catalogue = READING_ROOM_CATALOGUE.replace(
        "SOVIET AIR DEFENSE NOTES - 1957/03/02",
        "LETTER TO RICHARD ROE FROM J. Q. QWERTOV RE FOLLOW-UP ON OUR TALK",
    )
    [doc] = documents(
        f"{catalogue}SECRE SITIVE\n\n18 September 1974\nThe Honorable Richard Roe\n"
        f"Washington, D. C.\nDear Governor:\n{PROSE * 3}\nSincerely,\n"
    )
    assert doc.type == "letter"
    assert doc.sender.name == "J. Q. Qwertov"


def test_a_subject_line_ending_in_for_names_no_addressee_on_the_next_line():
    body = ROME_CABLE_BODY.replace(
        "SUBJECT: TALKS WITH THE PRIME MINISTER\n",
        "SUBJECT: CONGRESSIONAL BACKING FOR\nBRZEZINSKI\n",
    )
    [doc] = documents(f"{ROME_CABLE_HEAD}{body}")
    assert doc.recipients == []


def test_a_short_subject_line_does_not_go_on_with_the_line_under_it():
    body = ROME_CABLE_BODY.replace(
        "SUBJECT: TALKS WITH THE PRIME MINISTER\n",
        "SUBJECT: JULY 13 EA PRESS SUMMARY\nINDOCHINA\n",
    )
    [doc] = documents(f"{ROME_CABLE_HEAD}{body}")
    assert doc.title == "JULY 13 EA PRESS SUMMARY"
    memo = ROME_CABLE_BODY.replace(
        "SUBJECT: TALKS WITH THE PRIME MINISTER\n",
        "SUBJECT: WEEKLY STATUS REPORT - RURITANIA, MARCH 8, 1977\nTO: EA - MR. DOE\n",
    )
    [doc] = documents(f"{ROME_CABLE_HEAD}{memo}")
    assert doc.title == "WEEKLY STATUS REPORT - RURITANIA, MARCH 8, 1977"
    broken = ROME_CABLE_BODY.replace(
        "SUBJECT: TALKS WITH THE PRIME MINISTER\n", "SUBJ: PRIME MINISTER'S VISIT TO\nZENDA\n"
    )
    [doc] = documents(f"{ROME_CABLE_HEAD}{broken}")
    assert doc.title == "PRIME MINISTER'S VISIT TO ZENDA"  # a word that cannot end it


def test_a_reports_time_field_is_the_events_not_the_reports_date():
    [doc] = documents(
        "INTELLIGENCE REPORT\n\nSUBJECT: Border incident near Zenda\n\n"
        f"Time: the night of 3 May 1960, shortly after midnight\n\n{PROSE * 2}\n"
    )
    assert doc.date is None


def test_a_memorandum_by_an_officer_to_another_regarding_a_conversation_is_his_memorandum():
    [doc] = documents(
        "Memorandum by the Secretary of State (Doe) to President Roe Regarding a Conversation "
        "With the Zendan Ambassador (Qwertov)\n\n[WASHINGTON,] May 11, 1941.\n\n"
        f"{PROSE * 3}\n"
    )
    assert doc.type == "memorandum"


def test_a_cable_from_the_embassy_at_habana_was_sent_from_havana():
    head = ROME_CABLE_HEAD.replace("FM AMEMBASSY ROME", "FM AMEMBASSY HABANA")
    [doc] = documents(f"{head}{ROME_CABLE_BODY}")
    assert doc.place == "Havana"


def test_an_archive_telegram_titled_with_its_hour_and_weekday_is_the_heads_of_post():
    [doc] = documents(
        "Digital Archive International History Declassified\n\nOctober 24, 1962\n\n"
        "Telegram from the Ruritanian Embassy in Zenda (Doe Roe), 5 p.m., Wednesday\n\n"
        f"{PROSE * 3}\n"
    )
    assert (doc.type, doc.sender.name) == ("telegram", "Doe Roe")


def test_a_cable_without_its_fm_line_is_placed_by_the_post_in_its_reference():
    [doc] = documents(
        "UNCLAS GABORONE 0097\nLIMITED OFFICIAL USE\nE.O. 12356: N/A\nTAGS: PREL, BC\n"
        "SUBJECT: ZENDAN NEWSPAPER CARRIES ARTICLE ON THE TALKS\n"
        "1. (U) THE GOVERNMENT DAILY CARRIED A LONG OVERVIEW OF THE YEAR CREDITED TO A\n"
        "FOREIGN WRITER. ONE PARAGRAPH MISREPRESENTS OUR POLICY IN THE REGION.\n"
    )
    assert doc.place == "Gaborone"


@pytest.mark.parametrize("channel", ["TOSEC 110045", "NODIS 1234", "SECTION 2345"])
def test_a_cable_references_channel_or_series_is_no_post(channel):
    [doc] = documents(
        f"SECRET {channel}\nE.O. 12356: N/A\nTAGS: PREL, BC\nSUBJECT: THE TALKS IN ZENDA\n"
        "1. (U) THE MINISTER RECEIVED ME TODAY AND WE DISCUSSED THE TALKS AT LENGTH.\n"
    )
    assert doc.place is None


def test_an_archive_telegram_titled_with_its_addressee_after_the_heads_name_keeps_him():
    [doc] = documents(
        "Digital Archive International History Declassified\n\nOctober 24, 1962\n\n"
        "Telegram from the Ruritanian Embassy in Zenda (Doe Roe), to the Foreign Ministry "
        f"(Qwertov)\n\n{PROSE * 3}\n"
    )
    assert [r.name for r in doc.recipients] == ["Qwertov"]


def test_a_memorandum_by_an_officer_to_the_president_regarding_a_conversation_is_his():
    [doc] = documents(
        "Memorandum by the Secretary of State (Doe) to the President Regarding a Conversation "
        "With the Zendan Ambassador (Qwertov)\n\n[WASHINGTON,] May 11, 1941.\n\n"
        f"{PROSE * 3}\n"
    )
    assert doc.type == "memorandum"
