"""Split: several documents in one file, from generic cues; never a lost character."""

from hypothesis import given, settings
from hypothesis import strategies as st

from chancery.pipeline.split import split
from helpers import source

BODY = "We discussed the question of a nuclear test ban at some length, and the position of both governments. " * 4

COVER_AND_LETTER = f"""JOHN SMITH

March 1, 1961

Dear Allen:

{BODY}

Sincerely,

The Honorable Allen W. Dulles
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


def test_a_new_dated_letter_after_a_closing_starts_a_document():
    parts = split(source(COVER_AND_LETTER))
    assert len(parts) == 2
    assert parts[1].raw.lstrip().startswith("AH WER 61-2161")


def test_a_continuation_page_header_repeating_the_date_is_not_a_new_document():
    parts = split(source(COVER_AND_LETTER))
    assert "Page Two" in parts[1].raw


def test_a_routing_slip_after_a_letter_is_its_own_document():
    text = COVER_AND_LETTER + "\nUNCLASSIFIED\tCONFIDENTIAL\tSECRET\n\nOFFICIAL ROUTING SLIP\n\nTO\tNAME AND ADDRESS\tDATE\tINITIALS\n1\tMr. Amory\n\n1/4/61\n"
    parts = split(source(text))
    assert len(parts) == 3
    assert "ROUTING SLIP" in parts[2].raw


def test_frus_numbered_heading_starts_a_document_but_a_note_list_does_not():
    text = f"62. Memorandum of Conversation0\n\n{BODY}\n\n  1. Source: Department of State.\n  2. Presumably Ford.\n\n63. Telegram From the Embassy in the Soviet Union to the Department of State\n\n{BODY}\n"
    parts = split(source(text))
    assert [p.raw.split("\n", 1)[0] for p in parts] == [
        "62. Memorandum of Conversation0",
        "63. Telegram From the Embassy in the Soviet Union to the Department of State",
    ]


def test_one_document_is_one_part():
    parts = split(source(f"March 1, 1961\n\nDear Allen:\n\n{BODY}\n\nSincerely,\n"))
    assert [(p.part, p.parts) for p in parts] == [(1, 1)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000))
def test_parts_partition_any_text_exactly(text):
    parts = split(source(text))
    assert "".join(p.raw for p in parts) == text
    assert all(p.raw_start == sum(len(q.raw) for q in parts[: p.part - 1]) for p in parts)
