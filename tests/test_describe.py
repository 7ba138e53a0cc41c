"""Describe: type, date, title, classification, correspondents and participants from generic cues."""

from helpers import documents

PROSE = "The Secretary said that the question of Berlin could not be settled by force, and the Ambassador agreed to report this to Moscow. "

MEMCON = f"""DEPARTMENT OF STATE

Memorandum of Conversation

DATE: January 10, 1963
Secretary's office.

SUBJECT: U.S.-Soviet Relations

PARTICIPANTS:

U.S.
The Secretary
John C. Guthrie, Director, SOV

U.S.S.R.
Vasily Vasilyevich Kuznetsov,
First Deputy Foreign Minister
Anatoliy F. Dobrynin, Soviet Ambassador

COPIES TO:

G\tEUR\tAmbassador Moscow
S/S-3\tWhite House

{PROSE * 4}

SECRET
"""


def test_memorandum_of_conversation_header_fields():
    [doc] = documents(MEMCON)
    assert doc.type == "memorandum of conversation"
    assert (doc.date, doc.date_basis) == ("1963-01-10", "DATE field")
    assert doc.title == "U.S.-Soviet Relations"
    assert doc.place == "Washington"
    assert doc.classification == "Secret"
    assert doc.distribution == ["G", "EUR", "Ambassador Moscow", "S/S-3", "White House"]


def test_participants_keep_their_side_and_role_across_continuation_lines():
    [doc] = documents(MEMCON)
    assert [(p.as_written, p.side, p.role) for p in doc.participants] == [
        ("The Secretary", "US", None),
        ("John C. Guthrie, Director, SOV", "US", "Director, SOV"),
        ("Vasily Vasilyevich Kuznetsov, First Deputy Foreign Minister", "USSR", "First Deputy Foreign Minister"),
        ("Anatoliy F. Dobrynin, Soviet Ambassador", "USSR", "Soviet Ambassador"),
    ]


def test_letter_with_letterhead_salutation_and_address_block():
    [doc] = documents(f"W. AVERELL HARRIMAN\n\nDecember 7, 1960\n\nDear Allen:\n\n{PROSE * 3}\n\nSincerely,\n\nThe Honorable Allen W. Dulles Washington, D. C.\n")
    assert doc.type == "letter"
    assert doc.date == "1960-12-07"
    assert doc.sender.name == "W. Averell Harriman"
    assert [r.name for r in doc.recipients] == ["Allen W. Dulles"]


def test_salutation_is_the_recipient_when_nothing_better_names_one():
    [doc] = documents(f"November 15, 1960\n\nDear Jack:\n\n{PROSE * 3}\n")
    assert [r.as_written for r in doc.recipients] == ["Jack"]


def test_frus_document_without_a_date_gets_no_exact_date_but_its_source_note_facts():
    text = (
        "111. Memorandum of Conversation0\n\n\n  • President’s Private Conversation\n\n\n"
        "  • U.S.\n    • The President\n    • Mr. Akalovsky\n  • U.S.S.R.\n    • Chairman Khrushchev\n    • Mr. Troyanovsky (interpreting)\n\n"
        f"{PROSE * 3}\n\n"
        "  1. Source: Department of State, Conference Files: Lot 64 D 560, CF 1472. Secret; Limit Distribution. "
        "Drafted by Akalovsky on September 16 and approved by Goodpaster on September 21. The meeting was held at the White House.\n"
    )
    [doc] = documents(text)
    assert doc.type == "memorandum of conversation"
    assert doc.date is None and doc.date_range is None  # the year is not in the text: no guess
    assert doc.frus == {"volume": None, "number": 111}
    assert doc.title == "President's Private Conversation"
    assert doc.classification == "Secret" and doc.handling == ["Limit Distribution"]
    assert doc.drafted_by.as_written == "Akalovsky" and doc.approved_by.as_written == "Goodpaster"
    assert doc.place == "Washington"
    assert [(p.as_written, p.side) for p in doc.participants] == [
        ("The President", "US"), ("Mr. Akalovsky", "US"), ("Chairman Khrushchev", "USSR"), ("Mr. Troyanovsky (interpreting)", "USSR"),
    ]


def test_a_year_in_the_source_note_bounds_an_undated_conversation():
    text = (
        "5. Memorandum of Conversation0\n\n\n  • Berlin\n\n\n"
        f"{PROSE * 3}\n\n  1. Source: Eisenhower Library, 1959 files. Secret. Drafted by Akalovsky on September 16.\n"
    )
    [doc] = documents(text)
    assert doc.date is None
    assert doc.date_range == ["1959-01-01", "1959-09-16"]
    assert "drafted September 16" in doc.date_basis


def test_routing_slip_grid_is_not_a_classification():
    text = (
        f"March 1, 1961\n\nDear Allen:\n\n{PROSE * 4}\n\nSincerely,\n\n"
        "UNCLASSIFIED\tCONFIDENTIAL\tSECRET\n\nOFFICIAL ROUTING SLIP\n\nTO\tNAME AND ADDRESS\tDATE\tINITIALS\n1\tMr. Amory\n\n"
        "ACTION\tDIRECT REPLY\tPREPARE REPLY\nAPPROVAL\tDISPATCH\tRECOMMENDATION\n\n1/4/61\n"
    )
    letter, slip = documents(text)
    assert slip.type == "routing slip" and slip.title == "Official Routing Slip"
    assert slip.classification is None
    assert slip.date == "1961-01-04"
    assert [r.as_written for r in slip.recipients] == ["Mr. Amory"]


def test_ocr_damage_does_not_hide_the_date_or_type():
    [doc] = documents(f"C0NFIDENTIAL\n\nMEM0RANDUM FOR THE DIRECTOR\n\nScptember 7, l960\n\nSUBJECT: Laos\n\n{PROSE * 3}\n")
    assert doc.type == "memorandum"
    assert doc.date == "1960-09-07"
    assert doc.classification == "Confidential"


def test_telegram_dateline_with_place():
    [doc] = documents(f"TELEGRAM\n\nSECRET\n\nFROM: Moscow\nTO: Secretary of State\nNO: 1712\n\nMoscow, January 5, 1961, 7 p.m.\n\n{PROSE * 3}\n")
    assert doc.type == "telegram"
    assert doc.date == "1961-01-05"
    assert doc.place == "Moscow"


def test_impossible_dates_are_not_dates():
    [doc] = documents(f"February 30, 1961\n\nDear Allen:\n\n{PROSE * 3}\n")
    assert doc.date is None
