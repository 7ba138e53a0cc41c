"""Snippets: the stretch of a result's text with the most query words, and the words marked."""

from chancery.search.query import parse
from chancery.search.snippets import query_words, snippet, word_spans

TEXT = (
    "The Ambassador opened with the weather. Later the Secretary raised Berlin again. "
    "Khrushchev said that Berlin and disarmament were bound together, and that the test ban "
    "could wait. Nothing more was said of Laos."
)


def marked(fragment, ranges):
    return [fragment[a:b] for a, b in ranges]


def test_query_words_are_the_positive_words_phrases_and_prefixes():
    assert query_words(parse('Berlin "test ban" Khrush* NOT Laos')) == (
        ["berlin", "test", "ban"],
        ["khrush"],
    )
    assert query_words(parse("Gromyko~ OR Berlin NEAR treaty")) == (
        ["gromyko", "berlin", "treaty"],
        [],
    )
    assert query_words(None) == ([], [])


def test_only_whole_words_are_found_in_any_case():
    assert [TEXT[a:b] for a, b in word_spans(TEXT, ["the"], [])] == [
        "The",
        "the",
        "the",
        "the",
    ]  # not "together"
    assert [TEXT[a:b] for a, b in word_spans(TEXT, [], ["khrush", "disarm"])] == [
        "Khrushchev",
        "disarmament",
    ]
    assert word_spans(TEXT, [], ["ushchev"]) == []  # a prefix starts a word


def test_the_snippet_is_the_stretch_with_the_most_distinct_query_words():
    words = ["berlin", "disarmament", "laos"]
    fragment, ranges = snippet(TEXT, word_spans(TEXT, words, []), 100)
    assert marked(fragment, ranges) == [
        "Berlin",
        "Berlin",
        "disarmament",
    ]  # not Laos, alone further on
    assert len(fragment) <= 100 and not fragment.startswith(" ")


def test_a_snippet_starts_and_ends_at_a_word():
    fragment, ranges = snippet(TEXT, word_spans(TEXT, ["laos"], []), 60)
    assert fragment.endswith("Laos.") and marked(fragment, ranges) == ["Laos"]
    assert TEXT[TEXT.index(fragment) - 1] == " "


def test_without_matches_the_snippet_is_the_beginning():
    assert snippet(TEXT, [], 20) == (TEXT[:20], [])


def test_text_whose_lowercase_is_longer_keeps_its_offsets():
    text = "İstanbul talks: Berlin was raised."
    assert [text[a:b] for a, b in word_spans(text, ["berlin"], [])] == ["Berlin"]
