"""How the pages word things (web/wording.py): counts with their nouns, dates, names of untitled
documents."""

from chancery.search.index import Hit
from chancery.wording import counted, document_name, written_date

KENNEDY = {"id": "kennedy-john-f", "name": "John F. Kennedy", "role": "sender"}
KHRUSHCHEV = {"id": "khrushchev-nikita-s", "name": "Nikita S. Khrushchev", "role": "recipient"}


def participant(name):
    return {"id": name.lower(), "name": name, "role": "participant"}


def test_one_of_a_thing_is_singular_and_more_are_plural():
    assert counted(1, "document") == "1 document"
    assert counted(2, "document") == "2 documents"
    assert counted(0, "tie") == "0 ties"
    assert counted(12345, "document") == "12,345 documents"
    assert counted(1, "person") == "1 person" and counted(3, "person") == "3 people"
    assert counted(500, "match") == "500 matches"


def test_dates_are_written_as_a_reader_writes_them():
    assert written_date("1961-03-04") == "4 March 1961"
    assert written_date("1961-03") == "March 1961"
    assert written_date("1961") == "1961"
    assert written_date(None) == "undated"


def test_a_documents_own_title_is_its_name():
    titled = {"title": "Berlin contingency planning", "type": "memorandum"}
    assert document_name(titled) == "Berlin contingency planning"


def test_an_untitled_letter_is_named_by_its_correspondents_and_date():
    letter = {"type": "letter", "date": "1961-03-04", "people": [KENNEDY, KHRUSHCHEV]}
    assert (
        document_name(letter) == "Letter from John F. Kennedy to Nikita S. Khrushchev, 4 March 1961"
    )


def test_a_title_that_only_repeats_the_type_is_no_title():
    letter = {"type": "letter", "title": "Letter", "date": "1961-03-04", "people": [KENNEDY]}
    assert document_name(letter) == "Letter from John F. Kennedy, 4 March 1961"


def test_a_conversation_is_named_by_its_first_participants():
    people = [participant(n) for n in ("Rusk", "Gromyko", "Thompson", "Menshikov", "Dobrynin")]
    memcon = {"type": "memorandum of conversation", "date": "1962-10-18", "people": people}
    assert (
        document_name(memcon)
        == "Memorandum of conversation: Rusk, Gromyko, Thompson and 2 others, 18 October 1962"
    )
    people[3:] = []
    three = document_name({**memcon, "people": people})
    assert three == "Memorandum of conversation: Rusk, Gromyko and Thompson, 18 October 1962"


def test_people_only_mentioned_do_not_name_a_document():
    note = {
        "type": "note",
        "date": "1960-02-01",
        "people": [{"id": "x", "name": "Ilse Marten", "role": "mentioned"}],
    }
    assert document_name(note) == "Note, 1 February 1960"


def test_a_search_hit_is_named_like_a_stored_row():
    hit = Hit(
        id="d1",
        score=1.0,
        title=None,
        type="letter",
        date="1961-03-04",
        classification=None,
        snippet="",
        people=[KENNEDY, KHRUSHCHEV],
    )
    assert document_name(hit) == "Letter from John F. Kennedy to Nikita S. Khrushchev, 4 March 1961"


def test_a_column_of_untitled_letters_is_not_a_column_of_letter():
    letters = [
        {"id": "a-1", "type": "letter", "date": "1961-03-04", "people": [KENNEDY, KHRUSHCHEV]},
        {
            "id": "b-1",
            "type": "letter",
            "date": "1961-03-04",
            "people": [{**KHRUSHCHEV, "role": "sender"}, {**KENNEDY, "role": "recipient"}],
        },
        {"id": "c-1", "type": "letter", "date": "1961-05-09", "people": [KENNEDY, KHRUSHCHEV]},
        {"id": "d-1", "type": "letter", "date": None, "people": []},
        {"id": "e-1", "type": "letter", "date": None, "people": []},
        {"id": "f-1", "type": None, "date": None, "people": []},
    ]
    names = [document_name(d) for d in letters]
    assert len(set(names)) == len(names) and "Letter" not in names
    assert names[3] == "Letter, undated (d-1)" and names[5] == "Document, undated (f-1)"
