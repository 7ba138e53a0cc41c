"""One edit distance for the pipeline, search and the registry."""

from chancery.authority.matcher import ocr_distance
from chancery.text_distance import edit_distance


def test_edit_distance_counts_letters_changed_added_or_dropped():
    assert edit_distance("SECRET", "SECRET") == 0
    assert edit_distance("SECRFT", "SECRET") == 1
    assert edit_distance("Khrushchev", "Khrushchov", 2) == 1
    assert edit_distance("Menshikov", "Menshikv", 2) == 1


def test_edit_distance_gives_up_past_its_limit():
    assert edit_distance("Dulles", "Herter", 2) == 3
    assert edit_distance("a", "abcdef", 2) == 3


def test_letters_ocr_confuses_cost_half_a_change_for_the_registry():
    assert edit_distance("rn", "m", 2) == 2  # two plain changes
    assert ocr_distance("Dullcs", "Dulles") < edit_distance("Dullcs", "Dulles")
