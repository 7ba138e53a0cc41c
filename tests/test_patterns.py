"""The shared pattern pieces find what their plain ``\\b`` forms find, only faster."""

import re

from chancery.pipeline.patterns import CAPITAL_AT_WORD_START, whole_words


def test_whole_words_matches_only_whole_words_like_a_word_boundary_alternation():
    words = ["said", "stated", "pointed\\s+out", "told"]
    fast = re.compile(whole_words(words))
    plain = re.compile(rf"\b(?:{'|'.join(words)})\b")
    text = "He said so; she restated it, pointed  out the sayings, and told them (told)."
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in fast.finditer(text)] == ["said", "pointed  out", "told", "told"]


def test_a_capital_at_word_start_is_not_one_inside_a_word():
    text = "McCloy met Khrushchev at 10Am and O'Neill"
    found = re.findall(CAPITAL_AT_WORD_START + r"\w+", text)
    assert found == re.findall(r"\b[A-Z]\w+", text) == ["McCloy", "Khrushchev", "Neill"]
