"""Every source layout's rules read their own examples and refuse their counter-examples.

A rule without an example, or an example its rule does not read, fails here: adding a layout
is one module with its rules and their examples.
"""

import pytest

from chancery.authority.matcher import Matcher
from chancery.layouts import all_layouts, letter, library_folder, parties, web_page
from chancery.pipeline import process_source
from helpers import KHRUSHCHEV, documents, source

MODULES = [*all_layouts(), web_page, library_folder]
RULES = [(module.__name__.rsplit(".", 1)[-1], rule) for module in MODULES for rule in module.RULES]


def rule_id(item) -> str:
    module, rule = item
    return f"{module}:{rule.name}"


def test_every_layout_has_rules_and_every_rule_examples():
    for module in MODULES:
        assert module.RULES, f"{module.__name__} keeps no rules"
        for rule in module.RULES:
            assert rule.examples, f"{module.__name__}:{rule.name} has no example"
            assert rule.archives, f"{module.__name__}:{rule.name} names no archive that writes so"
            assert rule.reads, f"{module.__name__}:{rule.name} does not say what it reads"


@pytest.mark.parametrize("item", RULES, ids=[rule_id(item) for item in RULES])
def test_rule_reads_its_examples(item):
    module, rule = item
    for example in rule.examples:
        assert rule.pattern.search(example), f"{module}:{rule.name} does not read {example!r}"


@pytest.mark.parametrize(
    "item",
    [i for i in RULES if i[1].not_examples],
    ids=[rule_id(i) for i in RULES if i[1].not_examples],
)
def test_rule_refuses_its_counter_examples(item):
    module, rule = item
    for example in rule.not_examples:
        assert not rule.pattern.search(example), f"{module}:{rule.name} reads {example!r}"


@pytest.mark.parametrize(
    "entry, name, office",
    [
        (
            "Leonid I. Brezhnev, General Secretary of the CPSU",
            "Leonid I. Brezhnev",
            "General Secretary of the CPSU",
        ),
        ("Secretary of State Cyrus R. Vance", "Cyrus R. Vance", "Secretary of State"),
        ("British Ambassador, Sir Harold Caccia", "Harold Caccia", "British Ambassador"),
        (
            "Director, Arms Control and Disarmament Agency Ikle",
            "Ikle",
            "Director, Arms Control and Disarmament Agency",
        ),
        (
            "The Ambassador in the Soviet Union (Harriman)",
            "Harriman",
            "The Ambassador in the Soviet Union",
        ),
        ("Richard M. Bissell, Jr., Deputy Director", "Richard M. Bissell, Jr.", "Deputy Director"),
        ("Minister Burin des Rosiers", "Burin des Rosiers", "Minister"),
        (
            "Soviet Ambassador to the USA A F Dobrynin",
            "A F Dobrynin",
            "Soviet Ambassador to the USA",
        ),
        ("King Hussein of Jordan", "Hussein", "King"),  # the nation is no name
        (
            "Mr. John Q. Doe of the Division of North and West Coast Affairs",
            "John Q. Doe",
            "of the Division of North and West Coast Affairs",
        ),
        ("Señor Victor Doe", "Victor Doe", None),
        ("John Q. Doe, Acting ASD(ISA)", "John Q. Doe", "Acting ASD"),  # nor an office's letters
        (
            "the Commander in Chief, U.S. Strike Command (Doe)",  # a command is no name
            "Doe",
            "the Commander in Chief, U.S. Strike Command",
        ),
        (
            "the Director, Foreign Operations Administration (Doe)",
            "Doe",
            "the Director, Foreign Operations Administration",
        ),
        (
            "H.E. Richard Roe, Foreign Minister of Freedonia",
            "Richard Roe",
            "Foreign Minister of Freedonia",
        ),
        # the post's country, then the name
        ("Mexican Ambassador to U.S. Juan Doe Roe", "Juan Doe Roe", "Mexican Ambassador to U.S."),
        ("U.S. Ambassador to Mexico John Q. Doe", "John Q. Doe", "U.S. Ambassador to Mexico"),
    ],
)
def test_a_name_and_its_office_are_told_apart_as_archives_write_them(entry, name, office):
    found, _, role = parties.split_entry(entry)
    assert (found, role) == (name, office)


@pytest.mark.parametrize(
    "written",
    [
        "the Department of State",
        "the Embassy in the Soviet Union",
        "Certain Diplomatic and Consular Offices",
        "the USSR Foreign Ministry",
        "CPSU Central Committee",
        "the Soviet Leadership",
        "the Chinese Embassy in the Soviet Union",
        "the Polish Foreign Ministry",
        "Pyongyang",  # "Telegram from Pyongyang to Bucharest": posts
        "Bucharest, TOP SECRET, No. 76.013, Flash",
    ],
)
def test_institutions_are_no_correspondents(written):
    assert parties.correspondent(written, 0) is None


def test_a_digital_archive_title_gives_its_marking_and_no_cities_as_correspondents():
    doc = read_text(
        "Skip to content\n\nJanuary 24, 1968\n\n"  # the archive's page around it
        "Telegram from Pyongyang to Bucharest, TOP SECRET, No. 76.013, Flash\n\n"
        "1. On January 24, propaganda organizations issued elaborate news bulletins with regard "
        "to the actions undertaken by the armed groups, and the USSR agreed to nothing.\n"
    )
    assert (doc.type, doc.classification, doc.sender, doc.recipients) == (
        "telegram",
        "Top Secret",
        None,
        [],
    )
    assert doc.persons == []


def test_a_signers_rank_on_the_line_below_is_not_part_of_his_name():
    assert parties.name_on_the_line("R. H. Doe Rear Admiral, USN Director") == "R. H. Doe"
    assert parties.name_on_the_line("John Q. Nobody Director Drafted by") == "John Q. Nobody"


def test_an_addressees_office_run_on_after_his_name_is_not_part_of_it():
    # a scan's inside address on one line: "Mr. John Q Doe President of the United States ..."
    assert parties.name_on_the_line("John Q Doe President of the United States") == "John Q Doe"


def test_an_excerpt_of_a_partys_session_notes_in_translation_is_a_record_of_a_meeting():
    doc = read_text(
        "October 26, 1964\n\n"
        "Excerpt, Note from the Session of the Political Bureau of the Central Committee\n\n"
        "Cde. Doe said that the plenum's decision was right and that we saw various reasons. We "
        "will not meddle in internal affairs, he said, and the others agreed with him.\n"
    )
    assert (doc.type, doc.date) == ("record of meeting", "1964-10-26")
    assert doc.title.startswith("Excerpt, Note from the Session")


def test_a_duty_in_brackets_after_a_participant_is_no_holders_name():
    assert (
        parties.split_entry("Viktor Pavlovich Karpov, First Secretary of Embassy (Interpreter)")[0]
        == "Viktor Pavlovich Karpov"
    )
    assert parties.split_entry("The Ambassador in the Soviet Union (Harriman)")[0] == "Harriman"


def read_text(text):
    """The one document of a text, read without a registry (the layouts need none)."""
    [doc] = process_source(source(text), matcher=Matcher([]))
    return doc


def test_an_address_without_its_article_over_the_salutation_names_the_addressee():
    doc = read_text(
        "OLC 79-1234\n\nHonorable Richard Roe, Chairman\nCommittee on Appropriations\n"
        "Washington, D.C. 20510\n\nDear Mr. Chairman:\n\nThank you for your letter about the "
        "harvest. We shall send our views before the plenum.\n\nSincerely,\n\nJohn Q. Doe\n\n"
        "cc: Honorable George Poe\n"
    )
    assert [p.name for p in doc.recipients] == ["Richard Roe"]


def test_an_honorable_in_a_list_of_copies_is_no_addressee():
    doc = read_text(
        "May 3, 1979\n\nDear Sir:\n\nThank you for your letter about the harvest. We shall "
        "send our views before the plenum.\n\nSincerely,\n\nJohn Q. Doe\n\ncc:\nHonorable "
        "George Poe\nHonorable Richard Roe\n"
    )
    assert not [p.name for p in doc.recipients if p.name in ("George Poe", "Richard Roe")]


def test_a_memorandum_for_a_name_in_capitals_is_addressed_to_him():
    doc = read_text(
        "9 February 1968\nMEMORANDUM FOR JOHN Q. DOE, JR.\nSUBJECT: The Harvest\n1. The harvest "
        "is almost certain to produce major revisions of our thinking about the plenum.\n"
    )
    assert [p.name for p in doc.recipients] == ["JOHN Q. DOE, JR"]


@pytest.mark.parametrize("body", ["ALL EMPLOYEES", "DUTY OFFICER", "EXECUTIVE REGISTRY"])
def test_a_memorandum_for_a_body_or_an_office_in_capitals_has_no_named_addressee(body):
    doc = read_text(
        f"9 February 1968\nMEMORANDUM FOR {body}\nSUBJECT: The Harvest\n1. The harvest "
        "is almost certain to produce major revisions of our thinking about the plenum.\n"
    )
    assert not [r for r in doc.recipients if r.name.upper() == body]


def test_a_letterheads_honorable_above_the_date_is_no_addressee():
    doc = read_text(
        "Hon. John Q. Doe\nMember of Congress\nSecond District, Ruritania\nMay 3, 1979\n"
        "Dear Mr. Roe:\n\nThank you for your letter about the harvest. We shall send our views "
        "before the plenum.\n\nSincerely,\n\nJohn Q. Doe\n"
    )
    assert "John Q. Doe" not in [r.name for r in doc.recipients]


def test_a_telegram_carrying_a_message_is_from_its_author_to_its_addressee():
    doc = read_text(
        "58. Telegram From the Department of State to the Embassy in the Soviet Union\n\n"
        "826. Following message for delivery soonest to Khrushchev from the "
        "President:\n\nBegin Verbatim Text:\n\n"
        "Dear Mr. Chairman:\n\nThe American people join me in thanking you for your "
        "kind message.\n\nJohn F. Kennedy.\n\nEnd Verbatim Text.\n\n"
        "Time of release of this message by White House not decided.\n"
    )
    assert (
        doc.evidence["sender"].basis == "telegram: signature"
        and doc.sender.as_written == "John F. Kennedy"
    )
    assert [r.as_written for r in doc.recipients] == ["Khrushchev"]


def test_a_record_without_a_list_takes_its_participants_from_who_met_whom():
    [doc] = process_source(  # with the registry: "the President" of 1961 is someone
        source(
            "102. Memorandum of Conversation\n\nWashington, June 26, 1961, 10:15 a.m.\n\n"
            "On Tuesday afternoon, June 27, 1961, the President met with Ivan Petrov, Editor of "
            "Trud; Pavel Sidorov, Counselor of the Embassy; and Oleg Ivanov, who interpreted.\n\n"
            "The President opened by asking Mr. Petrov how his visit had gone.\n"
        )
    )
    assert doc.participants[0].name == "John F. Kennedy"
    assert [p.as_written.split(",")[0] for p in doc.participants[1:]] == [
        "Ivan Petrov",
        "Pavel Sidorov",
        "Oleg Ivanov",
    ]


def test_a_message_between_heads_of_government_is_a_letter_from_one_to_the_other():
    doc = read_text(
        "Truman Papers\n\nNo. 21\nMarshal Stalin to President Truman 1\n\n"
        "Personal and secret from Premier J. V. Stalin to President H. S. Truman.\n\n"
        "Your message of this week has reached me and I agree to the meeting you propose.\n"
    )
    assert (doc.type, doc.sender.as_written, [r.as_written for r in doc.recipients]) == (
        "letter",
        "Marshal Stalin",
        ["President Truman"],
    )
    assert doc.classification == "Secret"


def test_a_digital_archive_cable_title_names_its_writer():
    doc = read_text(
        "October 27, 1962\n\nCable, Ambassador Dobrynin to the Soviet Foreign "
        "Ministry, Meeting with Robert Kennedy\n\n"
        "This evening the Attorney General asked me to call on him, and we spoke without aides.\n"
    )
    assert doc.type == "telegram" and doc.sender.as_written == "Ambassador Dobrynin"


def test_a_table_of_participants_whose_columns_lost_their_spacing_is_read_by_side():
    doc = read_text(
        "Third plenary meeting, 5 p.m.\n\nPresent\nUnited States United Kingdom Soviet Union\n"
        "President Truman Prime Minister Attlee Generalissimo Stalin\nSecretary Byrnes "
        "Foreign Secretary Bevin Foreign Commissar Molotov\n"
        "Mr. Cohen Sir Alexander Cadogan\n\nRecord of the meeting\n\nThe President "
        "opened the meeting by asking the Foreign Ministers for their report.\n"
    )
    assert [(p.as_written, p.side) for p in doc.participants] == [
        ("President Truman", "US"),
        ("Prime Minister Attlee", "UK"),
        ("Generalissimo Stalin", "USSR"),
        ("Secretary Byrnes", "US"),
        ("Foreign Secretary Bevin", "UK"),
        ("Foreign Commissar Molotov", "USSR"),
        ("Mr. Cohen", None),
        ("Sir Alexander Cadogan", None),
    ]  # a short row: which columns it fills is lost


def test_a_side_headed_by_a_nations_adjective_groups_its_participants():
    doc = read_text(
        "Memorandum of Conversation\n\n  • Call of the Prime Minister on the President\n\n"
        "  • Polish Side:\n    • Prime Minister John Q. Nobody\n    • Mr. Richard Roe, "
        "interpreter\n  • U.S. Side:\n    • Under Sec. Doe\n    • Mr. John Smith, Dep. Asst. "
        "Sec., EUR\n\nThe Prime Minister began by thanking the President for his time.\n"
    )
    assert [(p.name, p.side) for p in doc.participants] == [
        ("John Q. Nobody", "Poland"),
        ("Richard Roe", "Poland"),
        ("Doe", "US"),
        ("John Smith", "US"),
    ]


def test_a_side_headed_for_a_nation_by_name_groups_its_participants_foreign_relations_too():
    [doc] = documents(
        "224. Memorandum of Conversation\n\nWashington, April 4, 1962, 10:16-11:13 a.m.\n\n"
        "SUBJECT\nFreedonian Relations\n\nPARTICIPANTS\n\nFor Brazil:\nGeneral John Doe\n"
        "Minister of Foreign Relations John Quincy Adams Roe\n\nFor the United States:\n"
        "The President\nMr. Richard Poe, White House\n\n"
        "The President opened the talk by asking the Ambassador to go through the points.\n"
    )
    assert [(p.as_written, p.side) for p in doc.participants] == [
        ("General John Doe", "Brazil"),
        ("Minister of Foreign Relations John Quincy Adams Roe", "Brazil"),
        ("The President", "US"),
        ("Mr. Richard Poe, White House", "US"),
    ]


def test_titled_surnames_on_the_participants_line_without_commas_are_each_a_participant():
    doc = read_text(
        "April 4, 1952\nMEMORANDUM OF TELEPHONE CONVERSATION\nParticipants: Mr. Doe Mr. Roe\n"
        "Mr. Doe spoke with the Secretary by telephone this afternoon and said that he was "
        "disturbed about the delay to the treaty.\n"
    )
    assert [p.as_written for p in doc.participants] == ["Mr. Doe", "Mr. Roe"]


def test_a_diarys_conversation_with_an_office_in_words_and_a_name_in_capitals_lists_the_name():
    doc = read_text(
        "From the Diary of I. I. IVANOV\n\nTop Secret, Copy 4, 1 December 1949, No.109\n\n"
        "Memorandum of Conversation\n\nwith the chairman of the government of Freedonia "
        "JOHN DOE [JON DO] on\n\n16 October 1949\n\nAfter the ceremony the chairman invited "
        "the Ambassador for a talk about the air links between the two capitals.\n"
    )
    assert [p.name for p in doc.participants] == ["I. I. Ivanov", "John Doe"]


def test_a_heads_of_government_heading_broken_before_its_to_names_writer_and_addressee():
    doc = read_text(
        "No. 407\nPresident Doe\nto Prime Minister Roe\nDear Richard: I like to have your "
        "letters, and I have read the last one with care.\n"
    )
    assert (doc.type, doc.title) == ("letter", "President Doe to Prime Minister Roe")
    assert (doc.sender.as_written, doc.recipients[0].as_written) == (
        "President Doe",
        "Prime Minister Roe",
    )


def test_an_archived_department_sites_notice_and_banner_are_no_document_of_their_own():
    notice = (
        "The State Department web site below is a permanent electronic archive of information "
        "released online from January 1, 1997 to January 20, 2001. Please see the current site "
        "for current material. Archive sites are not updated, so external links may no longer "
        "function. Contact us with any questions about finding information. NOTE: External "
        "links to other Internet sites should not be construed as an endorsement of the views "
        "contained therein."
    )
    doc = read_text(
        f"U.S. Department of State\n{notice}\nU.S. Department of State\n\n"
        "1964-1968, Volume XXV\nFreedonia\n\nflag bar\n\n19. Memorandum From the Director "
        "of the Bureau of Intelligence and Research (Doe) to Secretary of State Roe/1/\n\n"
        "Washington, February 24, 1964.\n\n/1/Source: Some Library, Some File. Secret.\n\n"
        "New information has come to hand on the reactor, which suggests a change of course.\n"
    )  # read_text: the file is one document
    assert doc.type == "memorandum"
    assert doc.date == "1964-02-24"


def test_a_scan_read_as_one_line_gives_the_participants_after_its_label():
    doc = read_text(
        "Approved For Release 2004/01/01 DEPARTMENT OF STATE Memorandum of Conversation DATE: "
        "March 3, 1970 SUBJECT: Fisheries PLACE: Blue Room Restaurant PARTICIPANTS: Mr. Ivan "
        "Petrov, Second Secretary, Soviet Embassy Mr. John Q. Nobody, Desk Officer, EUR/SOV "
        "COPIES EUR/SOV INR Mr. Petrov and I spent an hour over lunch discussing the fisheries "
        "talks, which he thought were going well, and the prospects for an agreement this year "
        "that both governments could accept without further rounds of talks in Moscow or here.\n"
    )
    assert [p.name for p in doc.participants] == ["Ivan Petrov", "John Q. Nobody"]


def test_a_scans_run_on_list_under_messrs_is_everyone_named_but_a_withheld_name():
    doc = read_text(
        "Approved For Release 2004/01/01 DEPUTIES' MEETING Monday, 8 March 1954 PRESENT: "
        "Messrs. Dulles, Cabell, Colonel Grogan Messrs, Kirkpatrick, Bissell and 25X1 Mr. "
        "Dulles; a. Reported on the briefing of the Senate committee today and noted that in "
        "his opinion there were too many people present for a frank discussion of the budget "
        "and that the next briefing should be kept to the principals alone, which the others "
        "agreed would be better for everyone concerned in the matter at hand.\n"
    )
    names = [p.as_written for p in doc.participants]
    assert names == ["Dulles", "Cabell", "Colonel Grogan", "Kirkpatrick", "Bissell"]


def test_a_scans_present_label_ocr_broke_worse_still_opens_the_list_before_a_titled_name():
    doc = read_text(
        "TOP SECRET Approved For Release 2002/10/21 : CIA-RDP80B01676R002300150005 25X1 Friday, "
        "5 February 1954 PRFS1 ?T: Mr. Dulles, General Cabell, Messrs. Kirkpatrick, Sheldon, 25X1 "
        "25X1 L'I 25X1 c. Referred to a cable from the field respecting the proposed reply, and "
        "suggested that if it was decided to dispatch this reply the policy should also be brought "
        "to the attention of the planners here at Headquarters. The Director approved.\n"
    )
    names = [p.as_written for p in doc.participants]
    assert names == ["Mr. Dulles", "General Cabell", "Kirkpatrick", "Sheldon"]


def test_words_that_only_begin_like_present_open_no_list():
    doc = read_text(
        "Approved For Release 2002/10/21 : CIA-RDP80B01676R002300150005 5 February 1954 "
        "PRODUCT: General Motors engines for the aircraft, which the Director said the Air Force "
        "had ordered for the coming year, as the committee had been told at its last meeting.\n"
    )
    assert doc.participants == []


def test_a_reading_room_scan_run_into_one_line_is_the_memorandum_its_heading_names():
    doc = read_text(
        "Approved For Release 2005/06/01 : CIA-RDP79T00000A000100010001-0 CENTRAL INTELLIGENCE "
        "AGENCY Office of Current Intelligence 3 May 1962 INTELLIGENCE MEMORANDUM The Laos "
        "Situation (Report - As of 1600 EDT) 1. The Pathet Lao took the town after a day of "
        "shelling, and the government troops withdrew to the south in some disorder.\n"
    )
    assert (doc.type, doc.title) == ("memorandum", "The Laos Situation (Report - As of 1600 EDT)")


def test_an_action_memorandum_run_into_one_line_gives_its_date_writer_and_addressee():
    # An archive's OCR text: no colons, no commas, the office symbol before the writer's name.
    doc = read_text(
        "DEPARTMENT OF STATE ACTION MEMORANDUM S SECRET 2 May 3 1975 NODIS TO Mr. John Q. "
        "Nobody FROM EUR - Arthur A. Hartman 3 Talks on the Berlin Air Corridors The other "
        "side has asked again for a meeting of the four powers on the corridors and we must decide "
        "whether to accept the invitation before the end of the month or to ask the allies "
        "for more time to consult on the terms of reference for the talks in Bonn and London "
        "and to agree on the line to take with the press when the talks become known.\n"
    )
    assert (doc.type, doc.date, doc.classification) == ("memorandum", "1975-05-03", "Secret")
    assert doc.title == "Talks on the Berlin Air Corridors"
    assert (doc.sender.as_written, doc.recipients[0].as_written) == (
        "Arthur A. Hartman",
        "Mr. John Q. Nobody",
    )


# A page's worth of words on the one line OCR ran it into.
ONE_LINE_PROSE = "The Board met on the first and on the fifteenth and read the drafts again. " * 10


def test_a_letter_run_into_one_line_is_from_its_signer_to_the_name_opening_its_address():
    doc = read_text(
        "Approved For Release 2004/01/01 : CIA-RDP80B00000R000100010001-0 12 March 1958 "
        "Professor John Q. Nobody/ Department of History Some University Some Town Dear John: "
        "Thank you again for the summer you gave to the Board and for the estimates you helped "
        "us to write, which were the better for your judgment and your patience with us all. "
        f"{ONE_LINE_PROSE}Sincerely, Richard Roe Director Drafted by a clerk of the Board.\n"
    )
    assert doc.type == "letter"
    assert (doc.sender.as_written, doc.recipients[0].as_written) == (
        "Richard Roe",
        "John Q. Nobody",
    )


def test_a_reading_room_letter_under_its_catalogue_dates_cut_by_a_stamp_is_read_from_its_head():
    # The catalogue's dates stand on lines of their own above the text, and the release stamp
    # the cleaner takes out cuts the run-together page in two: the letter is the first piece,
    # the letter it encloses ("Faithfully, (Enclosure)") a document of its own.
    text = (
        "December 1, 2016\nMay 2, 2003\nMarch 12, 1958\n"
        "Approved For Release 2003/05/02: March 12, 1958 Hon. John Q. Nobody, Director, Some "
        "Agency, Washington, D.C. Dear John: Enclosed is a copy of a letter I have just had from "
        "a friend of ours, which may be of some interest to you. We enjoyed the evening with you "
        "very much and hope to see you again soon, and to hear how the new building goes, now "
        "that the plans are drawn and the work is begun. Faithfully, (Enclosure) Approved For "
        "Release "
        "2003/05/02 : CIA-RDP80R00000R000100010001-0 Some Firm Approved For Release 2003/05/02 : "
        f"CIA-RDP80R00000R000100010001-0 Dear Richard: {ONE_LINE_PROSE * 2}\n"
    )
    doc, enclosure = process_source(source(text), matcher=Matcher([]))
    assert doc.type == "letter"
    assert doc.recipients[0].as_written == "John Q. Nobody"
    assert "Dear Richard" in enclosure.raw


def test_a_closing_over_a_review_stamp_names_no_signer():
    doc = read_text(
        "Approved For Release 2004/01/01 : CIA-RDP80B00000R000100010001-0 12 March 1958 The "
        "Honorable John Q. Nobody United States Senate Washington Dear Senator Nobody: Thank "
        "you for your letter of the fifth about the estimates for the coming year and for the "
        "kind words about the Board, which I have passed on to all of its members at once. "
        f"{ONE_LINE_PROSE}Sincerely, State Dept. review completed on the tenth of the month.\n"
    )
    assert doc.recipients[0].as_written == "John Q. Nobody"
    assert doc.sender is None


def test_a_telegrams_dateline_ending_in_a_comma_dates_it_above_the_telegrams_number():
    # The hour (in GMT) stood on the next line and was dropped; the number is no year.
    doc = read_text(
        "12. Telegram From the Embassy in Freedonia to the Department of State\n"
        "Athens, June 5, 1967,\n"
        "1123Z.\n"
        "4753. This is a Country Team message. The situation in the capital is quiet and the "
        "army holds the radio station, the airport and the ministries.\n"
        "Doe\n"
    )
    assert (doc.date, doc.place) == ("1967-06-05", "Athens")


def test_a_web_copys_last_note_cut_before_its_arrow_is_a_note_not_the_body():
    # The copy stops inside the editors' second note; the signature above it is the body's end.
    doc = read_text(
        "12. Telegram From the Embassy in Freedonia to the Department of State\n"
        "Athens, June 5, 1967, 1123Z.\n"
        "4753. The situation in the capital is quiet and the army holds the radio station, "
        "the airport and the ministries.2\n"
        "Doe\n"
        "- Source: Department of State, Central Files, POL 23-9. Secret; Flash.↩\n"
        "- Telegram 4746 from Athens, June 5, reported that the attaché had called the palace "
        "at five in the morning to find out what was going on and was"
    )
    assert "palace" not in doc.text
    assert any(note.text.startswith("Telegram 4746 from Athens") for note in doc.footnotes)


def test_a_participant_after_a_line_ending_in_comma_and_is_one_of_his_own():
    doc = read_text(
        "Memorandum of Conversation, by the Secretary of State\n\n"
        "Participants: Sir Nigel Doe, British Ambassador\n"
        "Secretary of State Roe, and\n"
        "Mr. John Q. Nobody, Assistant Secretary\n\n"
        "Sir Nigel said that his Government had decided to requisition the oil.\n"
    )
    assert [p.as_written for p in doc.participants] == [
        "Sir Nigel Doe, British Ambassador",
        "Secretary of State Roe",
        "Mr. John Q. Nobody, Assistant Secretary",
    ]


def test_an_office_of_an_agency_before_a_surname_is_a_participant_of_the_councils_list():
    doc = read_text(
        "58. Minutes of a Meeting of the National Security Council\n\n"
        "  • The President\n  • Secretary of Defense Roe\n"
        "  • Director, Arms Control and Disarmament Agency Doe\n\n"
        "  • State\n  • Mr. Richard Nobody\n\n"
        "President Roe: Let us begin with the budget.\n"
    )
    assert "Director, Arms Control and Disarmament Agency Doe" in [
        p.as_written for p in doc.participants
    ]


def test_the_one_a_conference_was_with_takes_part_beside_the_others_listed_without_label():
    doc = read_text(
        "212. Memorandum of Conference With President Doe\n\n\n"
        "  • Vice President Roe\n  • Secretary Qwertov\n\n"
        "The President opened with the state of the budget. Mr. Roe asked whether the "
        "hearings could wait until spring.\n"
    )
    assert [p.as_written for p in doc.participants] == [
        "President Doe",
        "Vice President Roe",
        "Secretary Qwertov",
    ]


def test_an_archive_pages_discussion_between_leaders_names_who_took_part_and_spoke():
    doc = read_text(
        "Skip to content\n\nMarch 3, 1966\n\n"
        "Discussion between Zhou Enlai, Chen Yi and John Q. Doe\n\n"
        "Beijing, 4 p.m., 3 March 1966\n\n"
        "Zhou Enlai: The harvest in the north was better than we feared.\n\n"
        "Chen Yi: The railway to the coast will be finished by the autumn.\n\n"
        "Zhou Enlai: Then the grain can move before the winter.\n"
    )
    assert [p.as_written for p in doc.participants] == ["Zhou Enlai", "Chen Yi", "John Q. Doe"]
    assert [s.name for s in doc.speakers] == ["Zhou Enlai", "Chen Yi"]


def test_a_pronoun_in_a_titles_capitals_is_no_participant():
    [doc] = documents(
        "Digital Archive International History Declassified\n\nMay 12, 1963\n\n"
        '    "Account of the Visit of Our Delegation to Comrade Kim Il Sung and the Talks Held at '
        'this Meeting between Him and Comrade Qwertov ," May 12, 1963, History and Public Policy '
        "Program Digital Archive, Central Archive, F. 12.\n\n"
        "Comrade Qwertov asked that this report be written down for the files of the "
        "delegation, since no notes were taken at the meeting with Comrade Kim Il Sung.\n"
    )
    assert "Him" not in [p.as_written for p in doc.participants]


def test_the_comrades_under_each_sides_heading_take_part_beside_those_the_title_names():
    [doc] = documents(
        "Skip to content\n\nSeptember 3, 1952\n\n"
        "Record of Conversation between I.V. Stalin and Zhou Enlai\n\n3 September 1952\n\n"
        "On the Soviet side\n\ncomrs. Molotov, Mikoyan,\n\n"
        "On the Chinese side comrs.\n\n[Vice Premier] Chen Yun, [Ambassador] Zhang Wentian,\n\n"
        "Zhou Enlai reports on the harvest and the railway to the coast.\n\n"
        "Stalin asks how long the railway will take to build.\n"
    )
    assert [(p.as_written, p.side) for p in doc.participants][2:] == [
        ("Molotov", "USSR"),
        ("Mikoyan", "USSR"),
        ("Chen Yun", "PRC"),
        ("Zhang Wentian", "PRC"),
    ]


def test_participants_on_one_line_each_with_an_office_end_in_a_leftover_comma():
    doc = read_text(
        "DEPARTMENT OF STATE Memorandum of Conversation\n\nDATE: August 3, 1950\n\n"
        "PARTICIPANTS: Sir Nigel Doe, British Ambassador Mr. Richard Roe, Secretary of State "
        "Mr. John Q. Nobody, Deputy Under Secretary of State, and Mr. Jan Smith, Assistant "
        "Secretary of State,\n\n"
        "Sir Nigel came in to discuss the proposed note.\n"
    )
    assert [p.name for p in doc.participants] == [
        "Nigel Doe",
        "Richard Roe",
        "John Q. Nobody",
        "Jan Smith",
    ]


@pytest.mark.parametrize(
    "filed, seat", [("10–2744", "Chungking"), ("10–2748", "Nanking"), ("10–2758", "Taipei")]
)
def test_the_ambassador_in_china_telegraphs_from_the_capital_of_the_year(filed, seat):
    doc = read_text(
        f"893.00/{filed}: Telegram\n\nThe Ambassador in China (Doe) to the Secretary of State\n\n"
        "2018. Our military advisers feel that the withdrawal of the columns may prolong the "
        "period of security in the area. Accordingly we plan to withhold the warning.\n\nDoe\n"
    )
    assert doc.place == seat


def test_a_web_copys_date_in_brackets_under_its_title_dates_the_document():
    doc = read_text(
        "Johnson Administration: Memorandum on a Conversation with Foreign Minister Doe\n\n"
        "(October 12, 1966)\n\n"
        "This memorandum is a summary of the Secretary of State's meeting with Foreign Minister "
        "Doe, in which the Secretary praised the Minister's speech and the Minister reported on "
        "the state of the region.\n"
    )
    assert doc.date == "1966-10-12"


def test_an_intelligence_memorandums_number_before_its_dateline_leaves_the_day_to_read():
    # An older web copy: the chapter's months above the editors' heading are not its date.
    doc = read_text(
        "The Confrontation With Freedonia\nDecember 1964-September 1965\n\n"
        "89. Intelligence Memorandum/1/\n\n"
        "OCI No. 2057/64 Washington, December 2, 1964.\n\n"
        "/1/Source: Johnson Library, National Security File. Secret.\n\n"
        "1. For the first time in several years there are the faint stirrings of a movement "
        "against the party in the capital, and the army watches it closely.\n"
    )
    assert (doc.date, doc.place) == ("1964-12-02", "Washington")


def test_addressees_listed_in_capitals_without_commas_are_each_an_addressee():
    doc = read_text(
        "THE WHITE HOUSE WASHINGTON August 29, 1968 CONFIDENTIAL MEMORANDUM FOR JOHN DOE "
        "RICHARD Q. ROE JAN SMITH SUBJECT: The Talks in Geneva We all recall the stories of "
        "last week suggesting that the talks had failed before they began.\n"
    )
    assert [p.as_written for p in doc.recipients] == ["John Doe", "Richard Q. Roe", "Jan Smith"]
    assert doc.title == "The Talks in Geneva"


def test_an_ambassadors_journal_is_his_record_of_whom_he_visited():
    doc = read_text(
        "June 5, 1962\n"
        "Journal of Soviet Ambassador in Cuba A.I. Alekseyev for 5 June 1962\n"
        "This document was made possible with support from a foundation\n"
        "5 June 1962\n"
        "I visited Fidel Castro and told him of the reply from Moscow on the question of the "
        "sugar deliveries.\nCastro asked whether the reply was final.\n"
    )
    assert (doc.type, doc.drafted_by.name) == ("memorandum of conversation", "A.I. Alekseyev")
    assert [p.name for p in doc.participants] == ["A.I. Alekseyev", "Fidel Castro"]


def test_a_translated_list_by_agency_names_each_comrade_without_his_office():
    doc = read_text(
        "N o t e\nabout the talks of the Minister with the Chairman, in Moscow\n\n"
        "Participants:\n\n"
        "KGB: Comrade Orlov – 1st Deputy of the Chairman\n"
        "Comrade Petrov - Deputy of the Chairman\n"
        "Comrade Sidorov Head of 2\n"
        "nd Department\n"
        "Comrade Volkov Interpreter\n\n"
        "MfS: Comrade Becker Deputy of the Minister\n"
        "Comrade Schulz Interpreter\n\n"
        "Welcome by the Chairman.\n\n"
        "The Minister thanked the Chairman for the invitation and spoke of the work ahead.\n"
    )
    assert [p.name for p in doc.participants] == [
        "Orlov", "Petrov", "Sidorov", "Volkov", "Becker", "Schulz",
    ]  # fmt: skip
    assert doc.participants[0].role == "1st Deputy of the Chairman"


def test_a_translated_cable_from_an_embassy_was_sent_from_its_city():
    doc = read_text(
        "March 5, 1965\n"
        "Cable from the Chinese Embassy in the Soviet Union to the Ministry of Foreign Affairs, "
        "‘On the Protest at the Embassy’\n"
        "This document was made possible with support from a foundation\n"
        "Ministry of Foreign Affairs Cable\n\n"
        "On the afternoon of March 5th, an attaché of our embassy met students who had taken "
        "part in the protest that day and heard their account of it.\n"
    )
    assert (doc.type, doc.place) == ("telegram", "Moscow")


def test_a_journal_heading_with_the_conversation_after_a_colon_names_writer_and_partner():
    doc = read_text(
        "April 2, 1957\n"
        "From the Journal of Ambassador P. A. Orlov: Memorandum of Conversation with Zhou Enlai, "
        "28 March 1957\n"
        "2 April 1957\n"
        "I called on Zhou Enlai at his request and we spoke of the trade talks at length.\n"
    )
    assert (doc.type, doc.sender.name) == ("memorandum of conversation", "P. A. Orlov")
    assert [p.name for p in doc.participants] == ["P. A. Orlov", "Zhou Enlai"]


def test_a_cover_name_the_editors_identify_in_brackets_is_the_person_they_name():
    [doc] = documents(
        "Skip to content\n\nOctober 12, 1950\n\n"
        "Ciphered Telegram No. 25553, Roshchin to Filippov [Stalin]\n\nTop Secret\n\n"
        "To Cde. Filippov.\n\nAt 2212 I received the following telegram of Mao Zedong addressed "
        "to you, and pass it on at once with the text of his reply in full.\n"
    )
    assert [r.person_id for r in doc.recipients] == ["stalin-joseph"]


def test_the_digital_archive_dates_a_record_by_the_line_above_its_title():
    [doc] = documents(
        "Doe reports a meeting with Roe, in which Roe asks about the next talks.\n"
        "May 13, 1950\n"
        "Ciphered Telegram, Qwertov to Cde. Filippov [Stalin]\n"
        "This document was made possible with support from a foundation\n"
        "From PEKING\n"
        "Today on May 13 Roe paid a visit to me and let me know the following.\n"
    )
    assert (doc.type, doc.date) == ("telegram", "1950-05-13")
    assert [r.person_id for r in doc.recipients] == ["stalin-joseph"]


def test_the_diarist_visited_a_man_whose_name_ends_his_sentence():
    doc = read_text(
        "August 17, 1957\nJournal of Soviet Ambassador to the DPRK I.I. Petrov for 17 August 1957\n"
        "17 August\nI visited Nam Il. I presented him with a memorandum on the border talks and "
        "the composition of the delegation.\n"
    )
    assert [p.name for p in doc.participants] == ["I.I. Petrov", "Nam Il"]


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("Filippov [Stalin]", "Stalin"),  # the editors name whom the cover name stands for
        ("Cde. Filippov [Stalin]", "Stalin"),
        ("Feng Xi (Stalin)", "Stalin"),
        ("Viktor Sukhodrev (Interpreting)", "Viktor Sukhodrev"),  # his duty
        ("Richard Roe (UK)", "Richard Roe"),  # his side
        ("John Doe (State)", "John Doe"),  # his department
        ("Gromyko (Soviet Union)", "Gromyko"),
    ],
)
def test_words_in_brackets_after_a_name_are_the_man_only_where_they_name_one(entry, name):
    assert parties.split_entry(entry)[0] == name


def test_a_journal_heading_with_the_conversation_in_quotes_names_writer_and_partner():
    doc = read_text(
        "November 18, 1969\n"
        "From the Journal of I.I. Petrov, Soviet Ambassador to the DPRK, 'Record of a "
        "Conversation with General Secretary of the CC and Chairman of the Cabinet of Ministers, "
        "Zhou Enlai'\n"
        "18 November 1969\n"
        "I was received by Zhou Enlai at my request and we spoke of the trade talks at length.\n"
    )
    assert doc.sender.name == "I.I. Petrov"
    assert [p.name for p in doc.participants] == ["I.I. Petrov", "Zhou Enlai"]


def test_a_journals_line_closed_by_its_marking_classifies_it_and_on_a_day_is_no_part_of_a_name():
    doc = read_text(
        "Skip to content\n\nMarch 12, 1955\n\n"
        "From the Journal of Ambassador Ivan Petrov: Record of Conversation with Zhou Enlai on "
        "8 March 1955\n\n"
        "From the Journal of I. I. Petrov, 12 March 1955, Top Secret\n\n"
        "Today I visited Comrade Zhou Enlai and, after questions of protocol, informed him.\n\n"
        "Having noted that the Presidium would write articles, I said that the CC asked him.\n"
    )
    assert doc.classification == "Top Secret"
    assert [p.name for p in doc.participants] == ["Ivan Petrov", "Zhou Enlai"]
    assert "Having" not in [p.name for p in doc.persons]  # "Having noted": no one of that name


# A translated ciphergram as a digital archive's page prints it.
CIPHERGRAM = (
    "Skip to content\n\nMay 4, 1961\n\n"
    "Telegram from Hungarian Embassy in London (Kovacs), 4 May 1961\n\n"
    "To: [Foreign Ministry Director Janos] SZABO1\n\n"
    "From: [Ambassador Imre] KOVACS2\n\n"
    "The talks at the Foreign Office were held today in a friendly manner and at length.\n"
)


def test_a_translated_telegram_from_an_embassy_names_its_head_in_parentheses_and_its_city():
    doc = read_text(CIPHERGRAM)
    assert (doc.type, doc.place) == ("telegram", "London")
    assert doc.sender.as_written == "Hungarian Embassy in London (Kovacs)"  # the holder named


def test_a_ciphergrams_to_and_from_fields_name_the_officers_the_editors_bracket():
    doc = read_text(CIPHERGRAM)
    assert [(r.name, r.role) for r in doc.recipients] == [
        ("Janos Szabo", "Foreign Ministry Director")
    ]


def test_a_participants_remarks_in_parentheses_are_no_holders_name():
    doc = read_text(
        "Memorandum of Conversation\n\nPARTICIPANTS:\n\n"
        "  • Ambassador Li Wen, Chief of the Mission\n"
        "  • Mr. Wang Bo-han (Counselor at the Mission) (No. 2 man)\n"
        "  • Dr. John Q. Nobody, Director\n\n"
        "The Ambassador opened the talk with a short statement about the visit and the trade.\n"
    )
    assert "Wang Bo-han" in [p.name for p in doc.participants]


def test_a_briefing_books_numbered_heading_gives_title_date_kind_and_writer():
    doc = read_text(
        "Document 7: 2 April 1963: Report from P. Orlov on his talks in Havana\n\n"
        "SECRET\n\n"
        "During my stay I met the Prime Minister twice and spoke with the ministers at length.\n"
    )
    assert (doc.type, doc.date, doc.title) == (
        "memorandum",
        "1963-04-02",
        "Report from P. Orlov on his talks in Havana",
    )
    assert doc.sender.as_written == "P. Orlov"
    owned = read_text(
        "DOCUMENT No. 9: Janos Szabo's Letter to the Central Committee, May 4, 1968\n\n"
        "Dear Comrades, I write to you about the visit of the delegation and its results.\n"
    )
    assert (owned.type, owned.date, owned.sender.as_written) == (
        "letter",
        "1968-05-04",
        "Janos Szabo",
    )
    run_on = read_text(
        "Document No. 12: Memorandum of Telephone Conversation between John Q. Doe and "
        "Richard Roe June 23, 1989\n\n"
        "The President thanked the Chancellor for his call and turned to the talks in Zenda.\n"
    )  # the date run on after the title without a comma
    assert (run_on.date, run_on.title) == (
        "1989-06-23",
        "Memorandum of Telephone Conversation between John Q. Doe and Richard Roe",
    )
    spoken_of = read_text(
        "Document 3: 12 March 1962: Report on the Agreement of August 5, 1961\n\n"
        "The Minister reported on the talks and on what the agreement had settled.\n"
    )  # a date the title speaks of is not the paper's
    assert (spoken_of.date, spoken_of.title) == (
        "1962-03-12",
        "Report on the Agreement of August 5, 1961",
    )


def test_a_presidency_project_letter_is_from_the_president_of_the_page_to_its_titles_addressee():
    [doc] = documents(
        "Dwight D. Eisenhower photo\n\nLetter to Nikita Khrushchev, Chairman, Council of "
        "Ministers, U.S.S.R.\n\nAugust 11, 1958\n\n[ Released August 11, 1958. Dated August 10, "
        "1958 ]\n\nDear Mr. Chairman\n\nI have your letter and reply to it at once, on the "
        "points you raise in their order.\n"
    )  # the page prints the salutation without its colon
    assert (doc.type, doc.date) == ("letter", "1958-08-10")
    assert doc.title == "Letter to Nikita Khrushchev, Chairman, Council of Ministers, U.S.S.R."
    assert (doc.sender.name, [r.name for r in doc.recipients]) == (
        "Dwight D. Eisenhower",
        ["Nikita S. Khrushchev"],
    )


def test_an_older_presidency_project_page_opens_at_its_title_under_the_sites_menus():
    menus = "".join(f"• Menu item {n}\n" for n in range(40))  # more lines than chrome reaches
    [doc] = documents(
        "Home Search The American Presidency Project\n"
        f"{menus}"
        "Search Engine provided by Somebody. Our thanks to\n"
        "Jane Q. Helper at Project Example for critical assistance.\n"
        "Dwight D. Eisenhower: Letter to Nikita Khrushchev, Chairman, Council of Ministers, "
        "U.S.S.R., on the Discontinuance of Nuclear Weapons Tests.\n"
        "Dwight D. Eisenhower\n"
        "81 - Letter to Nikita Khrushchev, Chairman, Council of Ministers, U.S.S.R., on the Dis"
    )
    assert doc.type == "letter"
    assert doc.title.startswith("Letter to Nikita Khrushchev, Chairman")
    assert (doc.sender.name, [r.name for r in doc.recipients]) == (
        "Dwight D. Eisenhower",
        ["Nikita S. Khrushchev"],
    )
    assert "Jane Q. Helper" not in doc.text  # the site's credits are its chrome


def test_the_departments_archived_site_notice_is_chrome_whatever_its_seal_says():
    [doc] = documents(
        "Great Seal The State Department web site below is a permanent electronic archive of "
        "information released prior to January 20, 2001.  Please see www.state.gov for material "
        "released since President George W. Bush took office on that date.\n\n"
        "NOTE: External links to other Internet sites should not be construed as an "
        "endorsement of the views contained therein.\n\n"
        "181. Memorandum From John Q. Doe of the National Security Council Staff to President "
        "Johnson/1/\n\nWashington, January 29, 1964.\n\nWe are concerned by the evidence.\n"
    )  # one document, not the notice and then the memorandum
    assert (doc.type, doc.date) == ("memorandum", "1964-01-29")
    assert "George W. Bush" not in [p.name for p in doc.persons]


def test_a_record_dated_only_by_its_subject_is_of_the_meetings_day_whatever_the_hour_and_room():
    doc = read_text(
        "325. Memorandum for the Record1\n\nSUBJECT\n\n  • Meeting with the President on "
        "Freedonia, Wednesday, November 7, 1962, at 4:00 P.M., Cabinet Room2\n\nPRESENT\n\n"
        "  • Secretary of State Roe, Mr. John Q. Doe\n\nThe Secretary gave the President the "
        "proposed plan. Mr. Doe said that the situation had not changed.\n"
    )
    assert doc.date == "1962-11-07"


def test_a_cable_cut_in_mid_sentence_is_not_signed_by_its_last_word():
    doc = read_text(
        "SECRET\nPAGE 01 STATE 299033\nO 150120Z DEC 77\nFM SECSTATE WASHDC\n"
        "TO USDEL SECRETARY IMMEDIATE\nS E C R E T STATE 299033\nNODIS\n"
        "FOR THE SECRETARY FROM RICHARD ROE\nE.O. 11652: GDS\nTAGS: OVIP\n"
        "SUBJECT: EVENING READING\n1) FREEDONIA. I CALLED IN THE AMBASSADOR TODAY TO URGE "
        "COOPERATION.\n2) RESOLUTIONS. THE ASSEMBLY TODAY PASSED FIFTEEN RESOLUTIONS CONDEMNING\n"
        "SOUTH\n"
    )
    assert doc.sender.as_written == "Richard Roe"  # whom it is from, not "SOUTH"


def test_a_note_for_an_officer_is_a_memorandum_to_him():
    doc = read_text(
        "SECRET\n\nNOTE FOR: General John Doe\n\nTo your knowledgeable eye, is there anything "
        "to this report of a group hiding in the hills, or is it the product of someone's "
        "imagination?\n\nRichard Roe\nD/DCI/NIO\n"
    )
    assert doc.type == "memorandum"
    assert [r.as_written for r in doc.recipients] == ["General John Doe"]


def test_the_president_a_numbered_heading_names_is_with_those_listed_as_others_present():
    [doc] = documents(
        "166. Memorandum of Conference With President Eisenhower0\n\nOTHERS PRESENT\n\n"
        "  • Prime Minister Macmillan, Secretary Herter, Mr. Merchant, General Goodpaster\n\n"
        "The President said one thing was very clear in his mind, and the others agreed with "
        "him after a long discussion of the draft.\n"
    )  # the editors' note "0" glued to the name, the bulleted list on one line
    assert [p.name for p in doc.participants][:2] == ["Dwight D. Eisenhower", "Harold Macmillan"]


def test_a_mirrors_transcription_note_above_a_1940s_telegram_leaves_its_heading_to_read():
    # A personal site's copy: where it was transcribed from and how, then the printed telegram
    # with its marking before the dateline.
    doc = read_text(
        "Transcribed from:\nForeign Relations of the United States, 1946, vol. VI: Eastern Europe, "
        "The Soviet Union.  Department of State Publication 0000, (Washington, DC : Gov't "
        "Printing Office, 1969), pp. 1-2.\n\n"
        "NOTE: As with most telegrams, superfluous words were omitted.  This creates grammatical "
        "errors which are not part of the transcribing, but rather an inherent part of the "
        "telegram itself.\n\n"
        "811.00/1-2946 : Telegram\n"
        "The Chargé in Freedonia (Doe) to the Secretary of State\n"
        "SECRET Moscow, January 29, 1946--6 p.m.\n"
        "[Received January 29--2:17 p.m.]\n"
        "    267. In efforts to analyze the basic thinking which lies behind the present approach "
        "to over-all questions, I think Dept would do well to bear in mind these views.\n"
    )
    assert (doc.type, doc.date, doc.place, doc.classification) == (
        "telegram",
        "1946-01-29",
        "Moscow",
        "Secret",
    )


def test_a_frus_heading_broken_across_two_lines_is_read_whole():
    doc = read_text(
        "149. Letter From President Nixon to Director of Central\n"
        "Intelligence Helms1\n"
        "Washington, December 29, 1972.\n"
        "Dear Dick:\n\nI tried to reach you by phone the day after our meeting to say how much "
        "I appreciated your years of service, and the way in which you have handled the "
        "Agency in these difficult times.\n"
    )
    assert doc.title == "Letter From President Nixon to Director of Central Intelligence Helms"
    assert [p.name for p in doc.recipients] == ["Helms"]  # named after his office


def test_a_blogs_introduction_leaves_the_frus_heading_to_head_the_document():
    [doc] = documents(
        "Small things are the start of big things.\n\n"
        "The president-elect took immediate contact with the other side. The conversations were "
        "friendly, but a few days later this memorandum appeared: nothing is free between great "
        "powers, and history has her own sense of irony.\n\n"
        "15. Memorandum From the President’s Assistant for National\n"
        "Security Affairs (Brzezinski) to Secretary of the Treasury\n"
        "Blumenthal and Secretary of Commerce Kreps\n"
        "Washington, March 7, 1977\n"
        "U.S.–PRC Trade Relations\n"
        "The President has noted the sharp downturn in U.S. exports to China which began early "
        "last year, and would like to know what we can do about it.\n"
        "Zbigniew Brzezinski\n"
    )
    assert (doc.type, doc.date) == ("memorandum", "1977-03-07")
    assert doc.sender.name == "Zbigniew Brzezinski"
    assert [p.name for p in doc.recipients] == ["W. Michael Blumenthal", "Juanita M. Kreps"]
    assert any(s.kind == "introduction" for s in doc.stamps)


def test_a_minutes_heading_under_a_lot_citation_with_its_marking_in_small_capitals():
    doc = read_text(
        "Conference files, lot 59 D 95, CF 96\n\n"
        "United States Minutes of the Tripartite Foreign Ministers Meeting at the French Foreign "
        "Office, Tuesday, November 6, 1951, 10:30 a.m.1\n"
        "[Extract]\n"
        "top secret\n\n"
        "The ministers first took up the question of the contractual arrangements, on which the "
        "High Commissioners had reported the evening before at some length.\n"
    )
    assert (doc.type, doc.date, doc.classification) == (
        "record of meeting",
        "1951-11-06",
        "Top Secret",
    )
    assert doc.place != "Tuesday"


def test_a_minutes_heading_whose_note_marker_stands_apart_is_dated_and_its_delegations_listed():
    doc = read_text(
        "Conference files, lot 59 D 95, CF 96\n\n"
        "United States Minutes of the Tripartite Foreign Ministers Meeting at the French Foreign "
        "Office, Friday, November 9, 1951, 11:30 a.m. 1\n\n"
        "France Foreign Minister Schuman, Ambassadors Bonnet and Chauvel, M. Parodi\n"
        "United Kingdom Foreign Secretary Eden, Mr. Lloyd, Mr. Richard Roe\n"
        "United States The Secretary, Messrs. Doe, Zabrowsky, and for a portion of the meeting "
        "Ambassador Gross\n\n"
        "Foreign Minister Schuman opened the discussion by raising the question of the date of "
        "the next meeting, which the others thought had been settled.\n"
    )
    assert (doc.type, doc.date) == ("record of meeting", "1951-11-09")
    assert [(p.as_written, p.side) for p in doc.participants] == [
        ("Foreign Minister Schuman", "France"),
        ("Bonnet", "France"),
        ("Chauvel", "France"),
        ("M. Parodi", "France"),
        ("Foreign Secretary Eden", "UK"),
        ("Mr. Lloyd", "UK"),
        ("Mr. Richard Roe", "UK"),  # (the Secretary is the registry's to name: none here)
        ("Doe", "US"),
        ("Zabrowsky", "US"),
        ("Ambassador Gross", "US"),
    ]


def test_summary_notes_of_a_council_meeting_in_an_old_web_copy_are_a_meeting_marked_by_the_note():
    doc = read_text(
        "130. Summary Notes of the 544th Meeting of the National Security Council/1/\n\n"
        "Washington, February 1, 1965.\n\n"
        "/1/Source: Johnson Library, National Security File, Vol. 3, Tab 26. Top Secret/Sensitive; "
        "For the President Only.\n\n"
        "[Here follows a brief discussion of Vietnam.]\n\n"
        "Under Secretary Doe: Reviewed the problem of military assistance to the region, which "
        "the others had raised the week before.\n"
    )
    assert (doc.type, doc.date, doc.classification) == (
        "record of meeting",
        "1965-02-01",
        "Top Secret",
    )


def test_a_printed_volumes_marking_and_bracketed_place_share_the_dateline():
    doc = read_text(
        "Department of State Atomic Energy Files\n"
        "Memorandum of Conversation, by the Secretary of State\n"
        "TOP SECRET                           [WASHINGTON,] January 4, 1947.\n"
        "  The British Ambassador, calling at his request to see the Secretary, thanked him for "
        "the interim reply on the inquiry, and said he had mentioned this to Mr. Doe.\n"
    )
    assert (doc.date, doc.place, doc.classification) == ("1947-01-04", "Washington", "Top Secret")


def test_a_sites_chrome_above_an_introduction_stays_chrome():
    [doc] = documents(
        "Skip to content\n\n"
        "This is coming from the web archives of the department, and it is a must read for "
        "anyone who wants to know how the talks really went in those years.\n\n"
        "12. Memorandum From Richard Roe to John Q. Doe1\n"
        "Washington, March 7, 1977\n"
        "The President has noted the sharp downturn in exports which began early last year, and "
        "would like to know what we can do about it.\n"
    )
    kinds = {s.kind: s.text for s in doc.stamps}
    assert kinds.get("site-chrome") == "Skip to content"
    assert kinds.get("introduction", "").startswith("This is coming from")
    assert doc.date == "1977-03-07"


def test_a_1940s_heading_naming_the_holder_in_spaced_parentheses_names_him():
    doc = read_text(
        "835.00/2–146: Telegram\n\nThe Chargé in Freedonia ( Doe ) to the Secretary of State\n\n"
        "348. As reported by telephone today, I presented the aide-mémoire to the Foreign "
        "Minister at one o'clock as directed.\n"
    )
    assert doc.sender is not None and doc.sender.name == "Doe"


def test_a_head_of_states_letter_under_a_file_number_is_a_letter_from_him_to_the_sovereign():
    doc = read_text(
        "867N.01/1–1747\n\nPresident Doe to the King of Freedonia (Richard Roe)1\n\nsecret\n\n"
        "Your Majesty: I deeply regret my delay in replying to the further letter which Your "
        "Majesty sent me through the Legation in Washington.\n"
    )
    assert doc.type == "letter"
    assert (doc.sender.name, doc.recipients[0].name) == ("Doe", "Richard Roe")


def test_an_unnumbered_memorandum_by_the_president_names_writer_and_addressee():
    doc = read_text(
        "Memorandum by President Doe to the Secretary of State\nWashington, July 7,\n"
        "Memorandum for the Secretary of State:\nAttached hereto is a memorandum determining the "
        "end of the emergency referred to in the agreements, as you recommended.\n"
    )
    assert (doc.type, doc.sender.name, doc.sender.role) == ("memorandum", "Doe", "President")
    assert doc.title == "Memorandum by President Doe to the Secretary of State"


def test_an_unnumbered_heading_broken_after_by_the_is_read_whole():
    doc = read_text(
        "Conference files, lot 59 D 95, CF 156\n\nMemorandum of Conversation, by the\n"
        "Secretary of State1\n\nNew Delhi, May 22, 1953—1 p.m.\n\nSubject:\n- India\n"
        "Participants:\n- Prime Minister Doe\n- Secretary Roe\n\n"
        "1. The Prime Minister said that he would see the Secretary again tomorrow, and the "
        "Secretary agreed to report this to Washington.\n"
    )
    assert doc.title == "Memorandum of Conversation, by the Secretary of State"


def test_a_dateline_whose_city_has_an_ocr_speck_is_that_city():
    doc = read_text(
        "Pari*, May 22, 1957\n\nDarling Jane and Ann:\n\nI recrossed the Iron Curtain a few days "
        "ago after a visit of twelve days, and I am going to attempt a narrative of it.\n"
    )
    assert (doc.date, doc.place) == ("1957-05-22", "Paris")


def test_where_an_addressee_was_is_no_part_of_who_he_was():
    doc = read_text(
        "234. Action Memorandum From the President’s Special Assistant (Roe) to President Doe "
        "in Texas1\n\nThis package contains the recommendation that you approve the program.\n"
    )
    assert [r.as_written for r in doc.recipients] == ["President Doe"]


def test_a_heading_with_two_notes_markers_keeps_neither_in_its_title():
    doc = read_text(
        "269. Telegram 641 From the Embassy in Zaire to the Department of State 1 2\n\n"
        "For Secretary from Roe\n\nSubject:\n\n  • The Speech to the Conference\n\n1. Few "
        "things would give me greater personal gratification than conveying your views.\n"
    )
    assert doc.title == "Telegram 641 From the Embassy in Zaire to the Department of State"
    assert doc.place == "Kinshasa"
    assert doc.sender is not None and doc.sender.as_written == "Roe"


@pytest.mark.parametrize("written", ["the Central Intelligence Agency", "the Station in the Congo"])
def test_the_agency_and_its_stations_are_no_correspondents(written):
    assert parties.correspondent(written, 0) is None


def test_a_list_of_those_attending_on_the_labels_line_gives_the_participants():
    doc = read_text(
        "419. Notes of a Meeting of the National Security Council1\n\n  • Council Meeting in "
        "the Cabinet Room—Wednesday, September 13, 1967\n\nAttending were: The Vice President, "
        "Secretary Doe, Under Secretary Richard Roe, [Page 905] Ambassador Zabrowsky and "
        "George Poe.\n\nThe President opened the meeting calling on Under Secretary Roe.\n"
    )
    assert doc.date == "1967-09-13"
    assert {"Secretary Doe", "Ambassador Zabrowsky", "George Poe"} <= {
        p.as_written for p in doc.participants
    }


def test_the_editors_heading_over_the_papers_own_title_is_the_title():
    doc = read_text(
        "795.00/7–650\nThe British Prime Minister (Roe) to President Doe\nMessage From Mr. Roe "
        "to the President\nI have been giving much thought to the problems which are likely to "
        "face us as the situation develops.\n"
    )
    assert doc.title == "The British Prime Minister (Roe) to President Doe"
    assert doc.type == "letter"


def test_a_cable_from_the_mission_to_nato_was_sent_from_brussels():
    doc = read_text(
        "P R 101805Z NOV 75\nFM USMISSION NATO\nTO SECSTATE WASHDC PRIORITY 4503\n"
        "SUBJECT: NAC ON EAST-WEST RELATIONS\n1. THE CHARGE PROPOSED THE SUBJECT.\n"
    )
    assert (doc.place, doc.date) == ("Brussels", "1975-11-10")


def test_a_papers_kind_before_its_date_is_no_place():
    doc = read_text(
        "NSC BRIEFING 6 April 1960\nFREEDONIA\nI. The President created a new parliament on 27 "
        "March, just four days before his departure on another trip around the world.\n"
    )
    assert (doc.date, doc.place) == ("1960-04-06", None)


@pytest.mark.parametrize(
    "label", ["DATE, TIME December 11, 1987, 10:05 - 10:20am", "DATE DISTR. 11 December 1987"]
)
def test_a_forms_label_for_the_date_is_no_place(label):
    doc = read_text(
        f"MEMORANDUM OF CONVERSATION\n{label}\nThe President said the talks on the Zendan "
        "question would go on at the ministers' level, and the Chancellor agreed with him.\n"
    )
    assert (doc.date, doc.place) == ("1987-12-11", None)


def test_a_notes_marker_glued_to_the_heading_and_another_after_it_leave_the_title():
    doc = read_text(
        "270. Telegram 1660 From the Embassy in Pakistan to the Department of State1 2\n\n"
        "Subj:\n\n  • My Session With the President\n1.\nHaving arranged a meeting with the "
        "President on supply matters (septel), I first presented him with the photograph.\n2.\n"
        "For the first time in my experience with him, he was clearly worried.\n"
    )
    assert doc.title == "Telegram 1660 From the Embassy in Pakistan to the Department of State"


def test_the_departments_outgoing_telegram_form_is_sent_from_washington_on_its_stamps_day():
    doc = read_text(
        "Messages page\n\n1500Z 16 June 1967 drafted message text from\nSecretary of State to\n"
        "American Embassy, Freedonia\n\nJUN 16 11:00 AM ‘67 [161500Z]\n\nOUTGOING TELEGRAM   "
        "DEPARTMENT OF STATE\n\n                    SECRET\n\nACTION: AmEmbassy FREEDONIA\n\n"
        "    At his request, Ambassador Roe called on the Under Secretary on June 14.\n"
    )
    assert (doc.type, doc.place, doc.date) == ("telegram", "Washington", "1967-06-16")


def test_an_envoys_letter_was_written_at_his_post_a_presidents_anywhere():
    envoy = read_text(
        "865.00/6–1648\n\nThe Ambassador in Italy (Roe) to the Secretary of State\n\ntop secret\n\n"
        "Dear Mr. Secretary: With reference to your message of March 3, you will probably be "
        "interested in a summary of the situation here.\n"
    )
    president = read_text(
        "12. Letter From President Doe to General Secretary Roe1\n\nDear Mr. General Secretary: "
        "The signing of the treaty a few minutes ago has shown the worth of our talks.\n"
    )
    assert (envoy.type, envoy.place) == ("letter", "Rome")
    assert president.place is None


def test_the_embassy_in_the_congo_sat_in_leopoldville_until_1966():
    from chancery.authority.offices import post_place

    assert post_place("the Embassy in the Congo") == "Leopoldville"
    assert post_place("the Embassy in the Congo", 1970) == "Kinshasa"


def test_the_embassy_in_germany_sat_in_berlin_before_the_federal_republic():
    from chancery.authority.offices import post_place

    assert post_place("The Chargé in Germany", 1939) == "Berlin"
    assert post_place("The Ambassador in Germany", 1962) == "Bonn"


def test_the_principals_a_web_copys_subtitle_names_take_part_beside_the_list_of_others():
    doc = read_text(
        "131. Memorandum of Conversation1\n\n\n  • Meeting Between President Doe and President "
        "Juan Roe of Freedonia—10:40 a.m.–11:40 a.m.\n\nPARTICIPANTS:\n\nVice President Walter "
        "Poe\n\nSecretary of Foreign Relations Santiago Zabrowsky\n\nPresident Doe opened the "
        "meeting again.\n"
    )
    written = [p.as_written for p in doc.participants]
    assert written[:2] == ["President Doe", "President Juan Roe of Freedonia"]
    assert "Vice President Walter Poe" in written


def test_a_committees_minutes_list_the_chair_over_presiding_and_the_members_run_on():
    [doc] = process_source(
        source(
            "Approved For Release 2003/02/27 : CIA-RDP85S00000R000200080015-5 IAC-M-279 "
            "5 March 1957 INTELLIGENCE ADVISORY COMMITTEE Minutes of Meeting Held in IAC "
            "Conference Room, Administration Building, at 1045, 5 March 1957 Director of Central "
            "Intelligence John Q. Zabrowsky Presiding MEMBERS PRESENT Mr. Richard Roe, Special "
            "Assistant for Intelligence, Department of State Major General Peter Poe, acting for "
            "Assistant Chief of Staff, Intelligence, Department of the Army Rear Admiral Walter "
            "Voe, Director of Naval Intelligence ALSO PRESENT Dr. Samuel Noe, Central "
            "Intelligence Agency 1. Approval of Minutes The minutes of the last meeting were "
            "approved as written and the members went on to the situation in the Far East.\n"
        )
    )
    assert [p.name for p in doc.participants] == [
        "John Q. Zabrowsky", "Richard Roe", "Peter Poe", "Walter Voe", "Samuel Noe"
    ]  # fmt: skip


def test_a_committees_minutes_list_on_lines_beside_a_column_of_departments():
    [doc] = process_source(
        source(
            "INTELLIGENCE ADVISORY COMMITTEE\nMinutes of Meeting held in Director's\n"
            "Conference Room, on 20 October 1950\nLieutenant General John Q. Zabrowsky\n"
            "Director of Central Intelligence\nPresiding\nMEMBERS PRESENT\nDepartment of State\n"
            "Department of Army\nMr. Richard Roe\n- Major General Peter Poe\n"
            "Federal Bureau of Investigation- Mr. Samuel Noe\nCentral Intelligence Agency - "
            "Mr. Walter Voe keW ~ -\n\n1. The agenda of the meeting was the committee's own "
            "procedures, which the members discussed at length before they adjourned.\n"
        )
    )
    assert [p.name for p in doc.participants] == [
        "John Q. Zabrowsky", "Richard Roe", "Peter Poe", "Samuel Noe", "Walter Voe"
    ]  # fmt: skip


def test_an_envoys_despatch_that_opens_sir_i_have_the_honor_is_a_letter():
    [doc] = process_source(
        source(
            "711.35/7-3146\nThe Ambassador in Ruritania (Zabrowsky) to the Secretary of State\n"
            "No. 471\nSir: I have the honor to make the following report on a conversation which "
            "I had with the President on Monday evening, July 29, 1946, at his residence.\n"
        )
    )
    assert doc.type == "letter"


def test_a_received_telegrams_post_is_the_city_after_its_embassy_word_garbled_or_not():
    for garbled in ("AMEMBASSY", "AP4EiBASSY"):
        [doc] = documents(
            "SECRET\n\nFROM: " + garbled + ", KARACHI 556 November 3, 1951\n"
            "TO: Secretary of State\n\n"
            "1. The Prime Minister received me this morning and spoke of the dispute at length. "
            * 4
        )
        assert doc.place == "Karachi", garbled


def test_members_present_in_one_sentence_with_offices_then_others_present_are_all_participants():
    doc = read_text(
        "12. Memorandum for the Record\n\nSUBJECT\n\n  • 40 Committee Meeting, 1 February 1975\n\n"
        "Members Present: Assistant to the President for National Security Affairs John Q. Doe, "
        "Deputy Secretary of Defense Richard P. Roe, Jr., Under Secretary of State for Political "
        "Affairs Peter Zabrowsky, and Director of Central Intelligence Paul Moe.\n\n"
        "Also Present: Lt. General Mark Poe, William Hoe and Lt. General Brent Loe.\n\n"
        "Mr. Doe opened the meeting by asking Mr. Moe in what order he wanted to discuss the "
        "agenda, and Mr. Moe said that he would begin with the Congress.\n"
    )
    assert [p.name for p in doc.participants] == [
        "John Q. Doe",
        "Richard P. Roe, Jr.",
        "Peter Zabrowsky",
        "Paul Moe",
        "Mark Poe",
        "William Hoe",
        "Brent Loe",
    ]
    assert doc.participants[1].role == "Deputy Secretary of Defense"


def test_a_subject_line_that_numbers_its_topics_does_not_end_the_header_before_the_list():
    doc = read_text(
        "58. Memorandum of Conversation\n\n\n"
        "  • (1) Okinawa; (2) Korea; (3) Treaty and Northern Territories; (4) China; "
        "(5) Indo-China; (6) Middle East; (7) Economic Relations—General; (8) Textiles; "
        "(9) Environmental Cooperation; (10) Hot-Line; (11) Parting Exchange\n\n\n"
        "  • Jan Zabrowsky, Prime Minister of Ruritania\n"
        "  • The President\n"
        "  • Dr. John Q. Doe\n\n"
        "While the press photographers were taking pictures, the Prime Minister thanked the "
        "President for sending him a print of one of the pictures taken at their last meeting.\n"
    )
    assert [p.name for p in doc.participants if p.person_id] == ["Jan Zabrowsky", "John Q. Doe"]


def test_a_repeat_sent_for_information_without_a_to_line_is_a_telegram_of_its_date_time_group():
    doc = read_text(
        "CONFIDENTIAL\nPAGE 01\nSTATE 156540\nORIGIN IO-15\nINFO OCT-01 ADS-00 /016 R\n66011\n"
        "DRAFTED BY IO/DHP:JDOE\nAPPROVED BY IO:RROE\n------------------086905 171212Z /23\n"
        "R 170323Z JUN 79\nFM SECSTATE WASHDC\nINFO AMEMBASSY CANBERRA\nAMEMBASSY LONDON\n"
        "C O N F I D E N T I A L STATE 156540\n"
        "FOLLOWING REPEAT BANGKOK 20676 ACTION SECSTATE JUN 16:\n"
        "SUBJ: (C) DISCUSSION WITH PRIME MINISTER ON REFUGEES\n"
        "1. (CONFIDENTIAL - ENTIRE TEXT)\n"
        "2. MOST OF MY DISCUSSION JUNE 15 WITH PRIME MINISTER CENTERED ON REFUGEE PROBLEM AND "
        "URGENT NEED TO FIND MEANS TO DEAL WITH IT.\n"
    )
    assert (doc.type, doc.date, doc.place) == ("telegram", "1979-06-17", "Washington")
    assert doc.title == "(C) DISCUSSION WITH PRIME MINISTER ON REFUGEES"


def test_a_file_number_with_a_lettered_country_code_places_an_undated_telegram_in_time():
    doc = read_text(
        "328. Telegram From the Embassy in Ruritania to the Department of State 1\n\n"
        "1700. No distribution outside the Department. I have discussed the subject with Doe "
        "and we were waiting to comment on it at the end of his visit.\n\n"
        "Roe\n\n"
        "  1. Source: Department of State, Central Files, 756D.00/12–2057. Secret; Priority.\n"
    )
    assert doc.date is None
    assert doc.date_range and doc.date_range[0] <= "1957-12-20" <= doc.date_range[1]


def test_a_heading_that_names_a_room_and_a_hospital_before_the_city_keeps_them_out_of_its_title():
    doc = read_text(
        "570. Memorandum of a Conversation Between the President and the Secretary of State, "
        "Secretary Doe’s Room, Walter Reed Hospital, Washington, November 12, 1956, 11:30 a.m.1"
        "\n\nALSO PRESENT\n\n  • Mr. Roe\n\n"
        "The President began the conversation by saying that Senator Poe had called on him this "
        "morning and had said all the right things about the coming session of the Congress.\n"
    )
    assert doc.title == (
        "Memorandum of a Conversation Between the President and the Secretary of State"
    )
    assert (doc.place, doc.date) == ("Washington", "1956-11-12")
    assert "Walter Reed Hospital" not in [p.name for p in doc.participants]
    assert "Walter Reed Hospital" not in [p.name for p in doc.persons]


def test_a_committees_minutes_listing_names_without_titles_a_line_each_are_its_participants():
    doc = read_text(
        "SECRET\nC-15\n31 July 1951\nGeneral Doe Presiding\nPresent\n"
        "?Richard Roe, Deputy Director\n"
        "minutes of Meeting held in Director's\nConference Room, Administration Building\n"
        "Tuesday, 31 July 1951, at 1100 hours.\n"
        "Executive Assistant to the Director\n"
        "Peter Zabrowsky, Asst. Director for Operations\n"
        "Mark T. Poe, Asst. Director for Current Intelligence\n\n\n"
        "1. Mr. Roe discussed the present method of debriefing and the Director asked that "
        "the matter be studied by the Assistant Directors concerned before the next meeting.\n"
    )
    names = [p.name for p in doc.participants]
    assert names[1:] == ["Richard Roe", "Peter Zabrowsky", "Mark T. Poe"]
    assert "Conference Room" not in names


def test_chairman_over_the_president_in_the_councils_minutes_is_a_heading_not_a_participant():
    [doc] = documents(
        "40. Minutes of a National Security Council Meeting\n\n"
        "Washington, August 10, 1962, 9:30 a.m.\n\n"
        "  • Chairman\n  • The President\n  • State\n  • John Q. Doe\n  • Richard Roe\n"
        "  • Defense\n  • Peter Zabrowsky\n\n\n"
        "The President: I want to thank you all for coming this morning. This will not really be "
        "a substantive meeting, but rather to talk about the procedures we should follow.\n",
        Matcher([KHRUSHCHEV]),
    )
    assert "Chairman" not in [p.as_written for p in doc.participants]
    assert "khrushchev" not in [p.person_id for p in doc.participants]


def test_a_source_notes_folder_of_months_places_an_undated_telegram_in_them():
    [doc] = documents(
        "323. Telegram From the Embassy in Ruritania to the Department of State1\n\n"
        "8997. Please pass to the Secretary. Subj: Cabinet Position.\n\n"
        "The PrMin gave the Ambassador today the following position approved by the Cabinet on "
        "November 5, which the Secretary will want to see before his talks in Cairo.\n\n"
        "  1. Source: National Archives, Nixon Presidential Materials, NSC Files, Box 611, "
        "Country Files, Middle East, Ruritania, Vol. 13, Nov. 73–Dec. 73. Secret; Nodis.\n"
    )
    assert doc.date is None
    assert doc.date_range == ["1973-11-01", "1973-12-31"]


def test_a_cable_for_another_departments_head_is_addressed_to_him():
    [doc] = documents(
        "SECRET\nO 302114Z DEC 78\nFM SECSTATE WASHDC\nTO WHITE HOUSE IMMEDIATE\n"
        "TREASURY IMMEDIATE\nS E C R E T STATE 310332\n"
        "EXDIS DISTRIBUTE AS NODIS - TREASURY FOR ZABROWSKY\n"
        "SUBJECT: TALKS ON THE CURRENCY\n"
        "1. THE MINISTER SAID THAT HIS GOVERNMENT WOULD SUPPORT THE DOLLAR IF WE DID, AND THAT "
        "HE WOULD SPEAK TO THE BANK BEFORE THE MARKETS OPENED ON MONDAY.\nVANCE\n"
    )
    assert [r.name.lower() for r in doc.recipients] == ["zabrowsky"]


def test_a_line_of_a_cables_second_paragraph_opening_with_for_names_no_addressee():
    [doc] = documents(
        "LIMITED OFFICIAL USE\nPAGE 02 MOSCOW 10824 101621Z\n"
        "1. THE PRESS WENT ON WITH ITS CAMPAIGN AGAINST THE WRITER OVER THE WEEKEND.\n"
        "2. THE POET HAS COMPLAINED TO THE MINISTRY\n"
        "FOR SUPPOSEDLY SEIZING THE DRAFTS OF HIS NOVEL AND CAUSING\n"
        "HIM GREAT DISTRESS, AS HE TOLD THE PRESS.\n"
    )
    assert doc.recipients == []
    assert not any("NOVEL" in p.name.upper() for p in doc.persons)


def test_a_date_time_group_whose_month_the_scan_misread_dates_the_cable():
    [doc] = documents(
        "CONFIDENTIAL\nPAGE 01 STATE 257644\nDRAFTED BY D/HA:JQDOE\nR 182041Z OGT 76\n"
        "FM SECSTATE WASHDC\nTO AMEMBASSY ATHENS\nE.O. 11652: GDS\nTAGS: SHUM\n"
        "SUBJECT: THE HARVEST\n1. PLEASE TELL THE MINISTER THAT WE SHALL SEND OUR VIEWS ON THE "
        "HARVEST BEFORE THE PLENUM.\n"
    )
    assert (doc.type, doc.date) == ("telegram", "1976-10-18")


def test_a_frus_heading_wrapped_over_three_lines_names_writer_and_addressee():
    doc = read_text(
        "231. Memorandum From the President’s Special Assistant for National\n"
        "Security Affairs (Qwertov)\nto the Under Secretary of State (Roe)0\n"
        "Washington, December 6,\n1962.\n"
        "We agreed that I would send you a note on the harvest, which was discussed in the "
        "committee on Tuesday, and the views the members gave on it at some length.\n"
    )
    assert (doc.sender.name, [r.name for r in doc.recipients]) == ("Qwertov", ["Roe"])


def test_an_addressee_away_in_a_city_the_tables_lack_is_he_not_the_city():
    doc = read_text(
        "334. Telegram From the Department of State to Secretary of State Roe in Strelsau1\n\n"
        "Tosec 12/345678. Subj: The harvest. The minister told us today that the harvest would "
        "be late this year, and that his government would ask for help before the plenum.\n"
    )
    assert [r.name for r in doc.recipients] == ["Roe"]


def test_a_telegram_from_one_man_for_another_names_both():
    doc = read_text(
        "112. Telegram From the Department of State to the Embassy in Ruritania0\n\n"
        "3446. From Doe for Roe. The harvest is late, and our policy toward the plenum is for "
        "your guidance and discreet use with persons of your choice.\n"
    )
    assert (doc.sender.name, [r.name for r in doc.recipients]) == ("Doe", ["Roe"])


@pytest.mark.parametrize(
    "line",
    ["From the Coordinator for Cuban Affairs.", "From the Assistant Secretary for Africa."],
)
def test_a_telegram_from_an_office_for_a_region_has_no_addressee_from_it(line):
    doc = read_text(
        "112. Telegram From the Department of State to the Embassy in Ruritania0\n\n"
        f"3446. {line} The harvest is late, and we shall send our views before the plenum.\n"
    )
    assert (doc.sender.name, doc.recipients) == (line[5:-1], [])


def test_an_editorial_note_that_mentions_a_memcon_stays_an_editorial_note():
    doc = read_text(
        "Editorial Note\n\nOn June 2 the Secretary sent the President a copy of the memcon\n"
        "(June 1) of his talk with the Premier about the harvest and the plenum.\n"
    )
    assert doc.type == "editorial note"


def test_a_telegram_for_two_ambassadors_at_two_posts_names_both():
    doc = read_text(
        "274. Telegram From the Department of State to the Embassy in Ruritania1\n\n"
        "183243. For Ambassador Doe; Zenda for Ambassador Roe. Subject: The harvest.\n\n"
        "1. Please tell the minister that we shall send our views before the plenum.\n"
    )
    assert [r.name.split()[-1] for r in doc.recipients] == ["Doe", "Roe"]


def test_a_telegram_for_the_president_through_the_acting_secretary_is_for_the_president():
    [doc] = documents(
        "198. Telegram From Secretary of State Dulles to the Department of State0\n\n"
        "Taipei, October 22, 1958.\n\n"
        "Dulte 2. Eyes only Acting Secretary for President from Secretary.\n\n"
        "Dear Mr. President: The harvest is late, and I shall report on it before the plenum.\n"
    )
    assert "Acting Secretary for President" not in [r.as_written for r in doc.recipients]
    assert "eisenhower-dwight-d" in [r.person_id for r in doc.recipients]


def test_a_digital_archive_page_run_into_one_line_gives_the_translations_marking():
    [doc] = documents(
        "November 01, 1989 Memorandum of Conversation Between Premier Doe and Ambassador Roe\n\n"
        "Total Page:16\n\nFile Type:pdf, Size:1020Kb\n\n"
        "Digital Archive digitalarchive.wilsoncenter.org International History Declassified "
        "November 01, 1989 Memorandum of Conversation Between Premier Doe and Ambassador Roe "
        "Citation: the archive's citation of the record, with its fond and its folder, and the "
        "program's thanks to the foundation that paid for the translation Original Language: "
        "German Contents: English Translation Top Secret To all members and candidates of the "
        "Politburo, on the harvest, which was late, and the plenum, which was near.\n"
    )
    assert doc.classification == "Top Secret"


def test_a_memorandum_signed_with_its_drafters_initial_is_from_the_drafter():
    doc = read_text(
        "181. Memorandum of a Conference With the President, Paris, May 16, 1960\n\n"
        "OTHERS PRESENT\n\n  • Secretary Doe\n  • General Roe\n\n"
        "The President met with the Prime Minister and the Secretary at the Embassy residence, "
        "and they went over the statement the President would make at the meeting.\n\n"
        "G.\nBrigadier General, USA\n"
        "  1. Source: Eisenhower Library, Whitman File, DDE Diaries. Secret. Drafted by "
        "Gaskell on May 27.\n"
    )
    assert doc.sender is not None and doc.sender.name == "Gaskell"


def test_a_letter_under_a_web_pages_caption_and_a_long_address_block_is_a_letter():
    doc = read_text(
        "John Q. Doe\nAmbassador to Ruritania\nApril 29-30 1975\n\nAmbassador John Q. Doe\n\n"
        "From Left to Right: Unknown, Ambassador Doe, General Roe,\nSecretary of State Poe and "
        "President Moe\n\n"
        "Letter to the Commandant of the Marine Corps\nfrom Ambassador Doe\n\nMay 6, 1975\n\n"
        "General Richard Roe\nCommandant of the Marine Corps\nHeadquarters, United States Marine "
        "Corps\nHenderson Hall\nWashington, D.C.\n\nDear General Roe,\n\n"
        "With the deepest feelings of pride I ask your consideration of awards for the Marines.\n"
    )
    assert doc.type == "letter"


def test_a_memorandum_for_the_record_signed_by_no_one_is_its_drafters():
    doc = read_text(
        "236. Memorandum for the Record1\n\n"
        "  • Discussions with the Secretary, 11 February 1964\n\n"
        "5. Discussed the situation in Ruritania and advised the Secretary that I felt the aid "
        "programs should be reviewed.\n\n"
        "  1. Source: Central Intelligence Agency, Files, Memo for the Record. Secret; Eyes Only. "
        "Drafted by Gaskell.\n"
    )
    assert doc.sender is not None and doc.sender.name == "Gaskell"


def test_a_memorandum_for_the_record_by_someone_is_not_its_drafters():
    doc = read_text(
        "49. Memorandum for the Record by the Director of Central Intelligence (Roe)1\n\n"
        "5. Discussed the situation in Ruritania with the Secretary, who agreed that the aid "
        "programs should be reviewed.\n\n"
        "  1. Source: Central Intelligence Agency, Files, Memo for the Record. Secret; Eyes Only. "
        "Drafted by Gaskell.\n"
    )
    assert doc.sender is None or doc.sender.name != "Gaskell"


def test_an_initial_in_the_middle_of_a_paper_signs_nothing():
    doc = read_text(
        "181. Memorandum of a Conference With the President, Paris, May 16, 1960\n\n"
        "OTHERS PRESENT\n\n  • Secretary Doe\n  • General Roe\n\n"
        "The President met with the Prime Minister. The points were:\n\nG.\n\n"
        "That the statement be made at the meeting, and that the Secretary see the press "
        "afterwards, as the Prime Minister had asked.\n\n"
        "  1. Source: Eisenhower Library, Whitman File, DDE Diaries. Secret. Drafted by "
        "Gaskell on May 27.\n"
    )
    assert doc.sender is None


def test_a_recommended_telephone_call_form_is_written_by_the_one_who_recommends_it():
    [doc] = documents(
        "White House,\n\nRecommended Telephone Call\n\nTO: Margaret Thatcher, Prime Minister\n"
        "DATE: February 28, 1987\nRECOMMENDED BY: Frank Carlucci\n"
        "PURPOSE: Return call from the Prime Minister’s Office\n"
        "TOPICS OF DISCUSSION: Mr. Powell did not indicate topic.\n"
    )
    assert (doc.type, doc.title, doc.date) == ("other", "Recommended Telephone Call", "1987-02-28")
    assert doc.sender.name == "Frank C. Carlucci"
    assert doc.recipients == []  # the one to be called is no addressee


def test_a_thatcher_archive_page_takes_writer_and_addressee_from_the_editors_title():
    page = (
        "Archive (Reagan Library)\n\n"
        "Grenada: Reagan letter to Thatcher (decided to intervene) [declassified 2000]\n\n"
        "Document type: Declassified documents\nVenue: Augusta National Golf Club, Georgia\n"
        "Editorial comments: Despatched 2200 GMT 24 Oct 1983. A copy was sent later.\n"
        "Importance ranking: Key\nWord count: 247 words\nThemes: Foreign policy (USA)\n\n"
        "Secret\n\nDear Margaret,\n\nIn a message to you earlier today, I expressed my desire to "
        "keep you informed of our response to the request we had from our friends.\n"
    )
    [doc] = documents(page)
    assert (doc.type, doc.date) == ("letter", "1983-10-24")
    assert doc.title == "Grenada: Reagan letter to Thatcher (decided to intervene)"
    assert (doc.sender.name, [r.name for r in doc.recipients]) == (
        "Ronald Reagan",
        ["Margaret Thatcher"],
    )


def test_a_thatcher_archive_titles_mt_is_margaret_thatcher():
    page = (
        "Archive (Reagan Library)\n\n"
        "Falklands: MT letter to President Reagan (ceasefire) [declassified 2002]\n\n"
        "Document type: Declassified documents\nVenue: 10 Downing Street\n"
        "Importance ranking: Major\nWord count: 310 words\nThemes: Foreign policy (USA)\n\n"
        "Dear Ron,\n\nThank you for your message of this morning, which I read with care.\n"
    )
    [doc] = documents(page)
    assert (doc.sender.name, [r.name for r in doc.recipients]) == (
        "Margaret Thatcher",
        ["Ronald Reagan"],
    )


def test_a_web_copys_long_bulleted_subject_does_not_end_the_header_above_its_participants():
    [doc] = documents(
        "208. Memorandum of Conversation1\n\n\n"
        "  • Summary of the President’s Third Meeting with the People’s Republic of China Vice "
        "Premier Deng Xiaoping re: Economic Relations, Claims Assets, Immigration, Technology "
        "Transfer, Civil Aviation and Maritime Agreement, Student Exchange, Journalists, "
        "Refugees, Nuclear Testing, Taiwan\n[Page 773]\n\n\n"
        "  • President Jimmy Carter\n  • Secretary of State Cyrus Vance\n"
        "  • Vice Premier Deng Xiaoping\n  • Foreign Minister Huang Hua\n\n"
        "President Carter: Mr. Vice Premier, the visit so far has been one of pleasure.\n\n"
        "Vice Premier Deng: We have had good talks on every subject so far, and more to come.\n"
    )
    assert [p.name for p in doc.participants] == [
        "Jimmy Carter",
        "Cyrus R. Vance",
        "Deng Xiaoping",
        "Huang Hua",
    ]  # (no "Claims Assets" or "Immigration" from the subject's topics)


def test_participants_a_bullet_each_with_commas_before_their_offices_are_one_person_a_bullet():
    [doc] = documents(
        "142. Memorandum of Conversation1\n\nPARTICIPANTS\n\n"
        "  • Yeh Chien-ying, Vice Chairman, Military Affairs Commission, Chinese Communist Party, "
        "PRC (Second Session Only)\n  • Huang Hua, PRC Ambassador to Canada\n"
        "  • Dr. Henry A. Kissinger, Assistant to the President for National Security Affairs\n"
        "  • Winston Lord, Senior Staff Member, NSC\n\n"
        "At the working session which began about midnight both sides presented drafts.\n"
    )
    assert [p.name for p in doc.participants] == [
        "Ye Jianying",
        "Huang Hua",
        "Henry A. Kissinger",
        "Winston Lord",
    ]  # not "PRC" nor "Second Session Only"


def test_a_presidium_list_below_the_digital_archives_summary_names_those_taking_part():
    [doc] = documents(
        "July 09, 1956\n\n"
        "    In their meeting on July 9, 1956, the Presidium calls for an article to be prepared "
        "on the subversive activities in two countries, and refers to the situation developing "
        "over a rehabilitation.\n"
        "Working Notes from the Session of the CPSU CC Presidium on 9 July 1956\n\n"
        "Those Taking Part: Bulganin, Voroshilov, Kaganovich, Malenkov, Molotov, Khrushchev\n\n"
        "We should call Cde. Mikoyan so that he'll go take a vacation.\n"
    )
    assert doc.type == "record of meeting"
    assert [p.name for p in doc.participants][:2] == [
        "Nikolai A. Bulganin",
        "Kliment E. Voroshilov",
    ]
    assert len(doc.participants) == 6


def test_those_present_at_a_conversation_join_the_two_its_title_names():
    [doc] = documents(
        "October 02, 1959\n\n"
        "    Khrushchev and Mao discuss current political situations in several countries.\n"
        '    "Discussion between N.S. Khrushchev and Mao Zedong," October 02, 1959, History and '
        "Public Policy Program Digital Archive, Archive of the President.\n"
        "Present at the conversation: Cdes. M.A. Suslov and A.A. Gromyko.\n\n"
        "Today, together with cde. M.A. Suslov and A.A. Gromyko, I paid a visit to Mao Zedong at "
        "his request in his residency.\n"
    )
    assert [p.name for p in doc.participants] == [
        "Nikita S. Khrushchev",
        "Mao Zedong",
        "Mikhail A. Suslov",
        "Andrei A. Gromyko",
    ]


def test_a_record_of_a_contact_between_leaders_is_a_conversation_between_them():
    [doc] = documents(
        "Skip to content\n\nFebruary 10, 1965\n\n"
        "Record of the Fifth Contact between Premier Zhou and Vice Premier Chen Yi and Kosygin\n\n"
        "This document was made possible with support from a foundation\n\n"
        "1. Kosygin said that they discussed in Vietnam the issues of the military situation and "
        "the economy and drew up some measures.\n"
    )
    assert doc.type == "memorandum of conversation"
    assert [p.name for p in doc.participants] == ["Zhou Enlai", "Chen Yi", "Aleksei N. Kosygin"]


def test_a_digital_archive_title_of_a_conversation_between_two_is_a_memcon():
    [doc] = documents(
        "Skip to content\n\nMarch 3, 1965\n\n"
        "Conversation between Richard Roe, and a Member of the Zendan Politburo, Ivan Qwertov\n\n"
        "This document was made possible with support from a foundation\n\n"
        "The conversation took place on the initiative of Cde. Roe, who wished to return to the "
        "matters left open at the last meeting.\n"
    )
    assert doc.type == "memorandum of conversation"
    assert doc.title.startswith("Conversation between Richard Roe")


@pytest.mark.parametrize(
    "title, kind, writer",
    [
        (
            "Memorandum from Ivan Qwertov to the CPSU CC Presidium regarding Defections from "
            "Zenda, 6 May 1953",
            "memorandum",
            "Ivan Qwertov",
        ),
        (
            "Notes by John Q. Doe on the discussion with Richard Roe",
            "record of meeting",
            "John Q. Doe",
        ),
        (
            "Memorandum Regarding the Meeting Between Comrade Ivan Qwertov, John Q. Doe, and "
            "Richard Roe in the Kremlin",
            "record of meeting",
            None,
        ),
    ],
)
def test_a_digital_archive_title_of_a_memorandum_or_notes_says_its_kind_and_writer(
    title, kind, writer
):
    [doc] = documents(
        f"Skip to content\n\nMay 16, 1981\n\n{title}\n\n"
        "This document was made possible with support from a foundation\n\n"
        "The situation in the country was discussed at length and the measures to be taken.\n"
    )
    assert doc.type == kind
    assert (doc.sender.as_written if doc.sender else None) == writer


def test_notes_of_a_man_from_a_meeting_name_him_and_whom_he_met():
    [doc] = documents(
        "Skip to content\n\nJanuary 28, 1945\n\n"
        "Notes of V. Kolarov from a Meeting with Stalin\n\n"
        "This document was made possible with support from a foundation\n\n"
        "1. The idea of including a neighbour in any federation is absurd, and the people will "
        "never agree to it in one way or another.\n"
    )
    assert [p.name for p in doc.participants] == ["Vasil Petrov Kolarov", "Joseph Stalin"]


def test_minutes_of_a_meeting_copied_without_its_number_are_a_record_of_meeting():
    [doc] = documents(
        "Minutes of Meeting of the Executive Committee of the National Security Council\n\n"
        "Washington, October 23, 1962, 10 a.m.\n\n1. Intelligence\n\n"
        "The meeting began with a briefing by Mr. McCone in which he emphasized the strength of "
        "the evidence.\n\n2. Blockade Effects Estimates\n\n"
        "The President asked the Director of Central Intelligence for an analysis of effects.\n"
    )
    assert (doc.type, doc.date) == ("record of meeting", "1962-10-23")
    assert doc.title.startswith("Minutes of Meeting")


def test_a_bulleted_list_names_each_interpreter_and_keeps_the_president_on_his_side():
    [doc] = documents(
        "199. Memorandum of Conversation1\n\n"
        "Vienna, June 15, 1979, 6 p.m.\n\n"
        "Carter-Brezhnev Meeting with President Kirchschlaeger and Chancellor Kreisky\n\n\n"
        "  • U.S.\n  • The President\n  • Hamilton Jordan\n  • Interpreters: Krimer and Obst\n"
        "  • U.S.S.R.\n  • President Brezhnev\n  • Two interpreters\n"
        "  • Austria\n  • President Kirchschlaeger\n  • Chancellor Kreisky\n\n"
        "After some initial banter and welcoming remarks by the host, President Brezhnev asked "
        "if he could reply with a speech of his own, pulling out some prepared remarks.\n"
    )
    assert [(p.name, p.side) for p in doc.participants] == [
        ("Jimmy Carter", "US"),
        ("Hamilton M. Jordan", "US"),
        ("William D. Krimer", "US"),
        ("Harry Obst", "US"),
        ("Leonid I. Brezhnev", "USSR"),
        ("Rudolf Kirschschlaeger", "Austria"),
        ("Bruno Kreisky", "Austria"),
    ]


def test_a_subject_bulleted_above_the_first_side_heading_is_nobody():
    [doc] = documents(
        "153. Memorandum of a Conversation, Department of State, Washington, July 17, 1958, "
        "2:30 p.m.1\n"
        "- Duration of U.S. Stay in Lebanon\n- UK\n- Foreign Secretary Selwyn Lloyd\n"
        "- US\n- Secretary of State\n"
        "Mr. Lloyd asked the Secretary whether the U.S. forces intended to clear out of Lebanon "
        "quickly. The Secretary replied that it was the U.S. intention to stay there.\n"
    )
    assert [(p.name, p.side) for p in doc.participants] == [
        ("Selwyn Lloyd", "UK"),
        ("John Foster Dulles", "US"),
    ]


def test_a_sites_date_of_posting_over_the_records_own_date_is_not_the_records():
    [doc] = documents(
        "Documents and Sources\n\nThe Presidents and the Prime Minister at Camp David\n\n"
        "January 20, 2025\n\nThe Prime Minister Reports on his conversation with the President\n\n"
        "File Source: State Archives/Box/A1/1\n\n"
        "Reporting to the members of the Delegation, Camp David\n\n"
        " September 5, 1978, at 11 PM\n\n"
        "The Prime Minister reported to the members of the delegation on his two and a half hour "
        "conversation this evening with the President, who had opened it warmly.\n"
    )
    assert doc.date == "1978-09-05"


def test_a_journal_heading_in_capitals_keeps_the_states_acronym_out_of_the_diarists_name():
    [doc] = documents(
        "JOURNAL OF SOVIET AMBASSADOR TO THE DPRK A.M. QWERTOV FOR 2 MAY 1957\n"
        "This document was made possible with support from a foundation\n"
        "During the delegation's lunch the leaders speak warmly of the aid provided."
        '"Journal of Soviet Ambassador to the DPRK A.M. Qwertov for 2 May 1957," May 02, 1957, '
        "History and Public Policy Program Digital Archive, AVP RF.\n"
        "I visited Kim Il Sung at his request and we spoke of the aid at length.\n"
    )
    assert (doc.date, doc.sender.name) == ("1957-05-02", "A.M. Qwertov")


def test_a_cablegram_numbered_before_its_post_and_date_is_a_dated_telegram():
    [doc] = documents(
        "290\n\nHigh Commission in London to Department of External Affairs\n\n"
        "Cablegram 2430, LONDON, 21 July 1948, 6.35 p.m.\n\nTOP SECRET\n\n"
        "Your telegram 2662.\n\n3. Generally it seems that while the airlift is maintaining food "
        "supplies there is cumulative displacement of people from regular employment.\n"
    )
    assert (doc.type, doc.date, doc.place) == ("telegram", "1948-07-21", "London")


def test_a_run_on_memorandum_of_a_mans_conversation_names_him_the_others_and_the_date():
    [doc] = documents(
        "Memorandum of A. I. Mikoyan’s Conversation with Comrades F. Castro, O. Dorticós, and "
        "E. Guevara  November 22, 1962 At the beginning of the conversation, which took place in "
        "the Presidential Palace, Fidel Castro asked A. I. Mikoyan what he did yesterday and "
        "inquired about his plans for the next several days. A. I. Mikoyan briefly spoke about "
        "his trip out of town and asked whether Raul Castro had already returned to Havana. "
        "F. Castro responded that Raul was still in Santiago.\n"
    )
    assert (doc.type, doc.date) == ("memorandum of conversation", "1962-11-22")
    assert [p.name for p in doc.participants][:2] == ["Anastas I. Mikoyan", "Fidel Castro"]


def test_a_politburo_transcript_lists_those_in_attendance_in_capitals():
    [doc] = documents(
        "Skip to content\n\nMarch 17, 1979\n\n"
        "Transcript of CPSU CC Politburo Discussions on Afghanistan\n\nTOP SECRET\n\n"
        "MEETING OF THE POLITBURO\n\n17 March 1979\n\n"
        "In attendance: Y.V. ANDROPOV, A.A. GROMYKO, A.N. KOSYGIN, D.F. USTINOV, N. A.TIKHONOV\n\n"
        "Re: Deterioration of Conditions\n\n"
        "KIRILENKO. We are asked to commence our session today at this unseasonable hour, in "
        "order to discuss the circumstances that have emerged.\n"
    )
    assert doc.type == "record of meeting"
    assert [p.name for p in doc.participants] == [
        "Yuri V. Andropov",
        "Andrei A. Gromyko",
        "Aleksei N. Kosygin",
        "Dmitri F. Ustinov",
        "Nikolai A. Tikhonov",
    ]


def test_a_secretariats_minutes_list_wrapping_inside_a_name_names_everyone_and_the_day():
    [doc] = documents(
        "Document No. 57\nMinutes No. 64\nfrom an expanded meeting of the Secretariat of\n"
        "held on June 5, 1989\nS e c r e t\n"
        "Comrades present: W. Jaruzelski, J. Doe, W. Roe, S. Poe, Z.\n"
        "Qwertov, M. Orzechowski, L. Miller.\n"
        "Com. Jaruzelski opened the meeting and said that the elections had gone badly for the "
        "party, and that the comrades must now decide what to do about it.\n"
    )
    assert doc.date == "1989-06-05"
    assert [p.as_written for p in doc.participants] == [
        "W. Jaruzelski",
        "J. Doe",
        "W. Roe",
        "S. Poe",
        "Z. Qwertov",
        "M. Orzechowski",
        "L. Miller",
    ]


def test_arabic_names_with_their_article_joined_are_names_in_a_bulleted_list():
    [doc] = documents(
        "5. Memorandum of Conversation1\n\n\n"
        "  • Anwar al-Sadat, President of the Arab Republic of Egypt\n"
        "  • Maj. General Mohammed Abdel Ghany el-Gamasy, Egyptian Chief of Staff\n"
        "  • Henry A. Kissinger, Secretary of State\n\n"
        "[Secretary Kissinger and President Sadat conferred privately from about 10:30 to 10:45 "
        "a.m., discussing a map.]\n\nSecretary Kissinger: We did it in turns.\n"
    )
    assert [p.as_written.split(",")[0] for p in doc.participants] == [
        "Anwar al-Sadat",
        "Maj. General Mohammed Abdel Ghany el-Gamasy",
        "Henry A. Kissinger",
    ]
    assert doc.participants[0].name == "Anwar Sadat"


def test_one_bullet_listing_those_present_between_semicolons_names_each():
    [doc] = documents(
        "532. Notes on the Discussion at the Special Meeting of the National Security Council, "
        "White House, Washington, June 22, 1960, 2:30–3:15 p.m.1\n\n\n"
        "  • Richard M. Nixon, Vice President; Gordon Gray, Special Assistant to the President "
        "for National Security Affairs; Christian A. Herter, Secretary of State; Thomas S. "
        "Gates, Jr., Secretary of Defense; Douglas Dillon, Under Secretary of State, Robert B. "
        "Anderson, Secretary of the Treasury\n"
        "Following a briefing on Cuba by General Cabell, the President said that he was worried "
        "about the situation and asked what could be done.\n"
    )
    assert [p.name for p in doc.participants] == [
        "Richard M. Nixon",
        "Gordon Gray",
        "Christian A. Herter",
        "Thomas S. Gates, Jr.",
        "C. Douglas Dillon",
    ]
    assert "anderson-robert-b" in {m.person_id for m in doc.mentions}


def test_notes_of_the_presidents_luncheon_meeting_date_it_and_name_who_met():
    [doc] = documents(
        "240. Notes of Meeting1\n\n"
        "Notes of the President’s Luncheon Meeting with Secretary Rusk, Secretary McNamara, Walt "
        "Rostow and George Christian, July 25, 1967, in the Mansion The President read several "
        "memoranda which Secretary Rusk brought with him to the meeting.\n\n"
        "The President asked what this country was going to do about the aid program.\n"
    )
    assert (doc.type, doc.date) == ("record of meeting", "1967-07-25")
    assert [p.name for p in doc.participants] == [
        "Lyndon B. Johnson",
        "Dean Rusk",
        "Robert S. McNamara",
        "Walt W. Rostow",
        "George E. Christian",
    ]


def test_a_memorandum_whose_to_line_is_lost_is_from_the_one_its_from_line_names():
    [doc] = documents(
        "December 21, 1970\nFROM: DWIGHT L. CHAPIN [initialed]\nSUBJECT: A Visitor\n\n"
        "Attached you will find a letter to the President from a singer. As you are aware, he "
        "showed up here this morning and has requested an appointment with the President.\n"
    )
    assert (doc.type, doc.sender.name) == ("memorandum", "Dwight L. Chapin")


def test_dear_sir_is_whom_the_inside_address_above_it_names():
    [doc] = documents(
        "2335 Norwalk Avenue\nLos Angeles 41, Calif.\nSeptember 12, 1948\n\n"
        "President Harry S. Truman,\n1600 Pennsylvania Avenue,\nWashington D.C.\n\n"
        "Dear Sir:\n\nThe so-called crisis is entirely an outgrowth of your own mistakes at the "
        "conference, where it was your duty to look out for American interests.\n\n"
        "Yours truly,\n\nJohn Q. Doe\n"
    )
    assert [r.name for r in doc.recipients] == ["Harry S. Truman"]
    assert not [m for m in doc.mentions if m.text.startswith("Dear Sir")]


def test_a_telegram_to_a_man_and_a_body_named_by_its_letters_is_to_the_man():
    [doc] = documents(
        "Skip to content\n\nJanuary 07, 1950\n\nTelegram, Mao Zedong to Zhou Enlai and CCP CC\n\n"
        "This document was made possible with support from a foundation\n\n"
        "Comrade Zhou Enlai and the CCP Central Committee: I have received your telegram and "
        "read it with attention; the negotiations go on.\n"
    )
    assert (doc.sender.name, [r.name for r in doc.recipients]) == ("Mao Zedong", ["Zhou Enlai"])


def test_an_archives_name_run_on_after_a_comrade_is_no_part_of_his():
    [doc] = documents(
        "June 1, 1954\n\nThe talks went on late into the night, and the notes were kept by "
        "Comrade Zhou Enlai Digital Archive staff for the record of the talks.\n"
    )
    assert "zhou-enlai" in {m.person_id for m in doc.mentions if "Digital" not in m.text}
    assert not [m for m in doc.mentions if "Digital" in m.text]


def test_a_subtitles_re_ends_the_names_and_the_principal_listed_below_is_listed_once():
    [doc] = documents(
        "16. Memorandum of Conversation1\n\n\n"
        "  • Meeting with President Sadat re Camp David\n\n\n"
        "  • President Anwar al-Sadat\n  • Vice President Mohamed Husni Mubarak\n\n"
        "I met with Sadat for one and a half hours in Ismailia. Vice President Mubarak was also "
        "present. Sadat said that this arrangement is agreeable to him.\n"
    )
    assert [p.name for p in doc.participants] == ["Anwar Sadat", "Hosni Mubarak"]


def test_a_frus_heading_with_two_note_markers_after_its_date_is_dated_and_titled():
    doc = read_text(
        "213. Memorandum From John Q. Doe of the National Security Council Staff to President "
        "Roe, Washington, October 19, 1975.1 2\n\nMEMORANDUM FOR: THE PRESIDENT\nFROM: JOHN Q. DOE"
        "\n\nThe talks with the Zendan Foreign Minister went well this morning, and at length.\n"
    )
    assert (doc.date, doc.place) == ("1975-10-19", "Washington")
    assert doc.title.endswith("to President Roe")


def test_a_frus_memorandum_by_an_officer_regarding_a_conversation_is_a_memcon():
    doc = read_text(
        "Memorandum by the Secretary of State (Doe) Regarding a Conversation With the Zendan "
        "Ambassador (Qwertov)\n\n[Washington,] May 11, 1941.\n\n"
        "The Ambassador called at my apartment this evening and we talked at length of the "
        "situation in the Pacific and of the proposals his government had made.\n"
    )
    assert doc.type == "memorandum of conversation"


def test_a_briefing_books_memorandum_of_telephone_conversation_is_a_memcon():
    doc = read_text(
        "Document No. 69: Memorandum of Telephone Conversation between John Q. Doe and "
        "Richard Roe June 23, 1989\n\nThe President said the talks with the Zendan leaders "
        "had gone well, and the Chancellor thanked him for the call.\n"
    )
    assert doc.type == "memorandum of conversation"


@pytest.mark.parametrize(
    "line, marking",
    [
        ("SECRE SITIVE", True),
        ("CONFIDENTIA L", True),
        ("SENSI TIVE EYES ONLY", True),
        ("RICHARD D. SECREST", False),
    ],
)
def test_a_marking_the_scan_cut_is_no_letterhead_name_but_a_name_like_it_is(line, marking):
    assert bool(letter.MARKING_WORDS.search(line)) is marking


def test_a_frus_memorandum_by_the_secretary_to_a_delegation_of_a_conversation_is_a_memcon():
    doc = read_text(
        "Memorandum by the Secretary to the Zendan Delegation of a Conversation at the "
        "Department of State, December 2, 1921\n\n"
        "The Ambassador called at the Department and the talk turned at once to the ratios of "
        "the fleets, on which his government had instructed him to stand firm.\n"
    )
    assert doc.type == "memorandum of conversation"


def test_a_telcon_forms_date_read_after_its_participants_names_dates_the_page():
    doc = read_text(
        "SECRET 4678 THE WHITE HOUSE WASHINGTON MEMORANDUM OF TELEPHONE CONVERSATION SUBJECT: "
        "Telephone Conversation with President Qwertov of Zenda PARTICIPANTS: DATE, TIME AND "
        "PLACE: The President President Qwertov of the Republic of Zenda Notetaker: John Q. Doe, "
        "National Security Council Staff Interpreter: Richard Roe, Department of State "
        "June 21, 1991, 10:00 - 10:38am The Oval Office The President: Can you hear me? (U) "
        "President Qwertov: Yes, and I send you my greetings. (U) The President: Please go on "
        "with what you wished to tell me about the talks in your capital this week. " * 3 + "\n"
    )
    assert doc.date == "1991-06-21"


def test_a_plural_title_inside_a_line_of_those_present_stands_for_each_surname_after_it():
    [doc] = documents(
        "12. Memorandum of Conversation\n\nWashington, June 6, 1961.\n\nPRESENT\n\n"
        "  • The Vice President, Senators Mansfield, Fulbright, Dirksen\n"
        "  • Mr. Qwertov, Mr. Zwerkov (Zenda)1\n\n"
        "The President opened the meeting by reviewing the talks with the Ruritanians.\n"
    )
    assert [(p.as_written, p.name) for p in doc.participants] == [
        ("The Vice President", "Lyndon B. Johnson"),
        ("Mansfield", "Mike Mansfield"),
        ("Fulbright", "J. William Fulbright"),
        ("Dirksen", "Everett M. Dirksen"),
        ("Mr. Qwertov", "Qwertov"),
        ("Mr. Zwerkov", "Zwerkov"),  # without the editors' remark and note
    ]
    assert doc.participants[1].role == "Senator"  # the plural title's, for the matcher
    assert doc.participants[4].role is None  # "Mr." is no office


def test_a_line_of_titled_surnames_under_participants_is_a_participant_each():
    [doc] = documents(
        "75. Memorandum for the Record\nSUBJECT\n- Meeting on Zenda\nPARTICIPANTS\n"
        "- Secretary Doe, Under Secretary Roe, Mr. Qwertov\n"
        "- General Poe and Mr. Moe\n"
        "- 1.\n- Secretary Doe suggested that the plans be prepared in time.\n"
    )
    assert [p.as_written for p in doc.participants] == [
        "Secretary Doe",
        "Under Secretary Roe",
        "Mr. Qwertov",
        "General Poe",
        "Mr. Moe",
    ]


def test_a_line_of_offices_with_a_comma_but_no_plural_title_stays_one_participant():
    [doc] = documents(
        "75. Memorandum of Conversation\nPARTICIPANTS\n"
        "- John Q. Doe, Deputy Director, Office of Zendan Affairs\n"
        "- Richard Roe\n\nMr. Doe said that the talks went well.\n"
    )
    assert [p.as_written for p in doc.participants][0] == (
        "John Q. Doe, Deputy Director, Office of Zendan Affairs"
    )


def test_each_sides_names_on_the_participants_line_of_a_translated_record_are_on_that_side():
    [doc] = documents(
        "English HTML\n\nRecord of Chairman Roe’s conversation with a Zendan Delegation\n\n"
        "Time: May 2, 1956, 18:00\n\n"
        "Participants: Soviet side: [Ivan] Qwertov, Richard Poe, Moe\n\n"
        "Chinese side: John Q. Doe, Li Fang\n\n"
        "(At the beginning of the conversation, Chairman Roe asked whether the guests were "
        "tired after the journey.)\n"
    )
    assert doc.type == "memorandum of conversation"
    assert [(p.as_written, p.side) for p in doc.participants] == [
        ("Qwertov", "USSR"),
        ("Richard Poe", "USSR"),
        ("Moe", "USSR"),
        ("John Q. Doe", "PRC"),
        ("Li Fang", "PRC"),
    ]


def test_a_translated_records_own_dateline_under_the_archives_summary_gives_its_city():
    [doc] = documents(
        "Search in\n\nDigital Archive International History Declassified\n\nJune 10, 1969\n\n"
        "  • Citation\n\n    get citation\n\n    A note on a conversation about the harvest.\n"
        '    "Note on a Conversation between Comrade Doe and Ambassador Roe on 2 June 1969," '
        "June 10, 1969, History and Public Policy Program Digital Archive, Zendan archive.\n"
        "  • share document\n\n\nEnglish HTML\n\nEmbassy in Zenda\n\nPyongyang, 10 June 1969\n\n"
        "N o t e\n\non a Conversation between Comrade Doe and Ambassador Roe on 2 June 1969\n\n"
        "The meeting was held at my request, after some days of waiting for an answer.\n"
    )
    assert (doc.place, doc.date) == ("Pyongyang", "1969-06-10")
    assert doc.evidence["place"].basis == "the record's dateline"


def test_a_presidency_project_letter_copied_without_its_portrait_is_from_the_signer():
    [doc] = documents(
        "Letter to John Q. Doe, Chairman of the Zendan Council, on the Harvest\n\n"
        "November 11, 1982\n\nPlease accept my thanks for your letter on the harvest and for "
        "the good wishes of your people.\n\n\nRonald Reagan\n\n"
        "Note: As printed above, this item follows the text of the President's letter as "
        "released by the Office of the Press Secretary.\n"
    )
    assert (doc.type, doc.date) == ("letter", "1982-11-11")
    assert doc.sender.name == "Ronald Reagan"
    assert [r.as_written for r in doc.recipients] == ["John Q. Doe"]


def test_a_memorandums_addressees_in_capitals_each_over_an_office_are_all_its_recipients():
    [doc] = documents(
        "Approved For Release 2011/01/01 : CIA-RDP00X00000R000000000000-0\n"
        "THE WHITE HOUSE\nWASHINGTON\nMay 3, 1984\n"
        "MEMORANDUM FOR THE HONORABLE JOHN Q. DOE\nThe Secretary of Zendan Affairs\n"
        "THE HONORABLE RICHARD ROE\nThe Director of the Harvest Board\n"
        "GENERAL WILLIAM P. QWERTOV, JR.\nThe Chairman, Zendan Staff\n"
        "GENERAL SERVICES ADMINISTRATION\n"
        "SUBJECT: Zendan Assistance\nThe verdict in the trial fulfils the conditions set.\n"
    )
    assert [r.as_written for r in doc.recipients] == [
        "JOHN Q. DOE",
        "RICHARD ROE",
        "WILLIAM P. QWERTOV, JR",
    ]  # not the administration in capitals below them
    [post] = documents(
        "MEMORANDUM FOR: The Secretary of State\nTHE HONORABLE RICHARD POST\n"
        "SUBJECT: Zendan Assistance\nThe verdict in the trial fulfils the conditions set.\n"
    )
    assert "RICHARD POST" in [r.as_written for r in post.recipients]  # a surname, no body


def test_an_entry_with_the_office_first_and_the_name_after_the_comma_is_that_person():
    [doc] = documents(
        "24. Memorandum of Conversation1\n\n"
        "  • Fishing Rights in the North Atlantic\n"
        "  • Foreign Minister of Ruritania, John Q. Doe\n"
        "  • Permanent Under Secretary, Ruritanian Foreign Office, Richard Roe\n"
        "  • Ambassador William Qwertov\n\n"
        "The Foreign Minister expressed his gratification at the exchange of notes.\n"
    )
    named = [(p.as_written, p.name) for p in doc.participants]
    assert ("Foreign Minister of Ruritania, John Q. Doe", "John Q. Doe") in named
    assert (
        "Permanent Under Secretary, Ruritanian Foreign Office, Richard Roe",
        "Richard Roe",
    ) in named
    assert named[-1] == ("Ambassador William Qwertov", "William Qwertov")


def test_a_memorandums_subtitle_with_the_day_of_the_week_or_on_the_day_dates_it():
    [doc] = documents(
        "32. Memorandum for the Record1\n\n"
        "  • Harvest Committee Meeting, Saturday, 3 May 1975, 10:30 AM\n\n"
        "The Committee approved the proposal after a short discussion.\n"
    )
    assert (doc.date, doc.evidence["date"].basis) == ("1975-05-03", "dated subtitle")
    [labelled] = documents(
        "49. Memorandum for the Record1\n\nSUBJECT\n\n"
        "  • Discussion with the Minister—1 September 1964\n\n"
        "The Minister approved the proposal after a short discussion.\n"
    )
    assert labelled.date is None  # the meeting's day under the label; the paper's is its own
    [alone] = documents(
        "225. Memorandum for the Record1\n\n\n"
        "  • Discussion with the Minister alone on 28 April 1965—12:00 Noon\n"
        "I told the Minister that time had not permitted the visit we had planned.\n"
    )
    assert alone.date == "1965-04-28"


def test_an_offices_letter_after_a_surname_in_a_distribution_list_is_no_surname_of_its_own():
    [doc] = documents(
        "MEMORANDUM FOR: Deputy Director\nSUBJECT: Zendan Estimates\n"
        "1. The estimate will be ready next week.\n"
        "Distribution: 1 - Exec. Dir. chrono Col. Qwertov C/EE 1-ER\n"
    )
    assert not any(m.text.endswith(" C") for m in doc.mentions)


def test_the_reading_rooms_dates_of_release_over_a_report_are_not_its_date():
    [doc] = documents(
        "September 22, 2017\nOctober 4, 2017\nNovember 28, 1957\n"
        "CENTRAL INTELLIGENCE AGENCY INFORMATION REPORT\n"
        "SUBJECT: Zendan Harvest DATE DISTR. 28 November 1957\n"
        "1. On the evening of 4 October 1957 the delegates met at the Zendan Embassy.\n"
    )
    assert doc.date == "1957-11-28"
    [below] = documents(
        "Friday, September 22, 2017\nOctober 4, 2017\n"
        "CENTRAL INTELLIGENCE AGENCY INFORMATION REPORT\nNovember 28, 1957\n"
        "1. On the evening of 4 October 1957 the delegates met at the Zendan Embassy.\n"
    )
    assert below.date == "1957-11-28"  # the paper's own date further down


def test_a_side_heading_needs_a_nation_and_a_labelled_side_takes_two_names_without_commas():
    opening = "English HTML\n\nRecord of a Conversation between Comrade Doe and Comrade Roe\n\n"
    [labelled] = documents(
        f"{opening}Present from the Polish side: Cds. Qwertov and Zwerkov\n\nThe talk began.\n"
    )
    assert [(p.as_written, p.side) for p in labelled.participants][-2:] == [
        ("Qwertov", "Poland"),
        ("Zwerkov", "Poland"),
    ]
    [economic] = documents(
        f"{opening}Economic side: Exports Rose, Grain Harvest Fell, Prices Held\n\n"
        "The talk began.\n"
    )
    assert [p.as_written for p in economic.participants] == ["Comrade Doe", "Comrade Roe"]


def test_a_closing_or_a_house_above_the_presidency_projects_note_is_no_signer():
    for above in ("The White House", "Sincerely yours", "Yours Ever", "Warm Regards"):
        [doc] = documents(
            "Letter to John Q. Doe, Chairman of the Zendan Council\n\nNovember 11, 1982\n\n"
            f"Please accept my thanks for your letter.\n\n\n{above}\n\n"
            "Note: As printed above, this item follows the text of the President's letter as "
            "released by the Office of the Press Secretary.\n"
        )
        assert doc.sender is None


def test_an_addressee_named_in_brackets_and_where_he_was_is_he_not_the_place():
    [doc] = documents(
        "72. Backchannel Message From the Acting Ambassador to Zenda (Qwertov) to the "
        "President’s Assistant for National Security Affairs (Kissinger) in Paris1\n\n"
        "Strelsau, May 2, 1971.\n\nThe President of Zenda has asked me to pass on his letter.\n"
    )
    assert [r.name for r in doc.recipients] == ["Henry A. Kissinger"]


def test_a_long_subject_field_does_not_end_the_header_above_its_participants():
    subject = (
        "Subject: Harvest Quotas for the Coming Year; Fishing Rights in the Northern Waters; "
        "Visits of the Trade Delegation in the Spring; Zendan Requests for Further Credits and "
        "Grain"
    )
    [doc] = documents(
        "Memorandum of a Talk at the Ministry\n\n\n"
        f"{subject}\n\n"
        "Participants: Sir John Q. Doe, Foreign Minister of Zenda\n"
        "Mr. Richard Roe, Ambassador of Zenda\nMr. Qwertov\n\n"
        "The talk turned at once to the harvest, which both sides expected to be poor this year.\n"
    )
    assert len(subject) > 160
    assert [p.as_written for p in doc.participants][:2] == [
        "Sir John Q. Doe, Foreign Minister of Zenda",
        "Mr. Richard Roe, Ambassador of Zenda",
    ]


def test_people_counted_but_not_named_in_a_list_are_no_participant():
    [doc] = documents(
        "12. Memorandum of Conversation1\n\nPARTICIPANTS:\n\n"
        "John Q. Doe, Vice Premier of Zenda\nRichard Roe, Minister of Foreign Affairs\n"
        "Plus two notetakers\n(Plus two interpreters)\n\n"
        "DATE AND TIME: Tuesday, December 2, 1975\n\n"
        "The Vice Premier welcomed the guests and spoke of the harvest.\n"
    )
    assert [p.as_written for p in doc.participants] == [
        "John Q. Doe, Vice Premier of Zenda",
        "Richard Roe, Minister of Foreign Affairs",
    ]


def test_a_late_papers_own_date_over_an_older_one_it_speaks_of_is_its_date():
    [doc] = documents(
        "MEMORANDUM FOR THE RECORD\n12 March 1996\nSUBJECT: Zendan Review\nATTACHMENT\n"
        "14 October 1962\nMEMORANDUM FOR: Director\n1. The review of the old files is done.\n"
    )
    assert doc.date == "1996-03-12"  # one late date is no site's release over the paper


def test_a_plural_admirals_title_inside_a_line_stands_for_each_surname():
    [doc] = documents(
        "12. Memorandum of Conversation\n\nWashington, June 6, 1961.\n\nPARTICIPANTS\n\n"
        "The President, Admirals Qwertov, Zwerkov, Mr. Doe\n\n"
        "The President opened the meeting by reviewing the talks with the Ruritanians.\n"
    )
    assert [p.as_written for p in doc.participants][1:3] == ["Qwertov", "Zwerkov"]


def test_a_plural_office_before_of_or_to_is_no_list_of_names():
    [doc] = documents(
        "12. Memorandum of Conversation\n\nPARTICIPANTS:\n\n"
        "Assistants to the Secretary of State, Washington\nJohn Q. Doe, Ambassador of Zenda\n\n"
        "The Ambassador spoke of the harvest and of the credits his country hoped for.\n"
    )
    assert "to the Secretary of State" not in [p.as_written for p in doc.participants]
    assert "John Q. Doe, Ambassador of Zenda" in [p.as_written for p in doc.participants]


def test_a_bulleted_list_of_surnames_with_initials_and_a_duty_names_each_surname():
    [doc] = documents(
        "231. Record of a Meeting1\n\n\n"
        "  • Doe\n  • Roe\n  • Qwertov\n  • ZB\n  • Zwerkov (notes)\n\n"
        "The meeting opened with a summary of what had occurred over the past day and night.\n"
    )
    assert [p.as_written for p in doc.participants] == ["Doe", "Roe", "Qwertov", "Zwerkov"]
