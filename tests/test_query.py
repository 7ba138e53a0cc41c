"""The query language: parsed to a tree and validated; bad queries get clear messages."""

import pytest

from chancery.search.query import And, DateRange, Filter, Not, Or, Prefix, QueryError, Words, parse


def test_words_are_joined_by_and():
    assert parse("Menshikov disarmament") == And([Words(["menshikov"]), Words(["disarmament"])])


def test_explicit_and_is_the_same_as_implicit():
    assert parse("Menshikov AND disarmament") == parse("Menshikov disarmament")


def test_phrase_keeps_word_order():
    assert parse('"nuclear test ban"') == Words(["nuclear", "test", "ban"])


def test_punctuated_word_becomes_a_phrase_of_its_parts():
    assert parse("U.S.-Soviet") == Words(["u", "s", "soviet"])


def test_or_binds_looser_than_and():
    assert parse("Berlin Cuba OR Laos") == Or(
        [And([Words(["berlin"]), Words(["cuba"])]), Words(["laos"])]
    )


def test_not_and_minus_exclude():
    assert parse("Berlin NOT Cuba") == And([Words(["berlin"]), Not(Words(["cuba"]))])
    assert parse("Berlin -Cuba") == parse("Berlin NOT Cuba")


def test_prefix_needs_two_characters():
    assert parse("Khrush*") == Prefix("khrush")
    with pytest.raises(QueryError, match="at least 2"):
        parse("K*")


def test_field_filters():
    assert parse("type:letter") == Filter("type", "letter")
    assert parse('type:"memorandum of conversation"') == Filter(
        "type", "memorandum of conversation"
    )
    assert parse("type:memorandum_of_conversation") == Filter("type", "memorandum of conversation")


def test_year_and_date_ranges():
    assert parse("year:1959..1961") == DateRange("1959", "1961")
    assert parse("date:1959-01..1959-06") == DateRange("1959-01", "1959-06")
    assert parse("year:1960") == DateRange("1960", "1960")
    assert parse("date:..1960") == DateRange("0000", "1960")


@pytest.mark.parametrize(
    "query, message",
    [
        ("(Berlin", "not closed"),
        ("Berlin)", "unexpected"),
        ("Berlin AND", "missing"),
        ("NOT", "followed by a term"),
        ("author:Rusk", "unknown field"),
        ("year:1959-13-45x", "dates are"),
        ("year:", "needs a value"),
        ('"..."', "no words"),
    ],
)
def test_malformed_queries_say_what_is_wrong(query, message):
    with pytest.raises(QueryError, match=message):
        parse(query)


def test_overlong_query_is_refused():
    with pytest.raises(QueryError, match="limit"):
        parse("word " * 500, max_chars=1000)


def test_empty_query_matches_everything():
    assert parse("   ") is None


@pytest.mark.parametrize(
    "query", ["date:1959-13", "date:1959-02-30", "date:1959-01..1959-00", "year:1960..1961-13"]
)
def test_dates_not_in_the_calendar_are_refused_not_searched(query):
    with pytest.raises(QueryError, match="is not a date in the calendar"):
        parse(query)
