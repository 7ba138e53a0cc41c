"""Every source layout's rules read their own examples and refuse their counter-examples.

A rule without an example, or an example its rule does not read, fails here: adding a layout
is one module with its rules and their examples.
"""

import pytest

from chancery.layouts import all_layouts, web_page
from chancery.layouts import parties

MODULES = [*all_layouts(), web_page]
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


@pytest.mark.parametrize("item", [i for i in RULES if i[1].not_examples], ids=[rule_id(i) for i in RULES if i[1].not_examples])
def test_rule_refuses_its_counter_examples(item):
    module, rule = item
    for example in rule.not_examples:
        assert not rule.pattern.search(example), f"{module}:{rule.name} reads {example!r}"


@pytest.mark.parametrize(
    "entry, name, office",
    [
        ("Leonid I. Brezhnev, General Secretary of the CPSU", "Leonid I. Brezhnev", "General Secretary of the CPSU"),
        ("Secretary of State Cyrus R. Vance", "Cyrus R. Vance", "Secretary of State"),
        ("British Ambassador, Sir Harold Caccia", "Harold Caccia", "British Ambassador, Sir"),
        ("Director, Arms Control and Disarmament Agency Ikle", "Ikle", "Director, Arms Control and Disarmament Agency"),
        ("The Ambassador in the Soviet Union (Harriman)", "Harriman", "The Ambassador in the Soviet Union"),
        ("Richard M. Bissell, Jr., Deputy Director", "Richard M. Bissell, Jr.", "Deputy Director"),
        ("Minister Burin des Rosiers", "Burin des Rosiers", "Minister"),
        ("Soviet Ambassador to the USA A F Dobrynin", "A F Dobrynin", "Soviet Ambassador to the USA"),
    ],
)
def test_a_name_and_its_office_are_told_apart_as_archives_write_them(entry, name, office):
    found, _, role = parties.split_entry(entry)
    assert (found, role) == (name, office)


@pytest.mark.parametrize("written", ["the Department of State", "the Embassy in the Soviet Union", "Certain Diplomatic and Consular Offices", "the USSR Foreign Ministry"])
def test_institutions_are_no_correspondents(written):
    assert parties.correspondent(written, 0) is None


def test_a_duty_in_brackets_after_a_participant_is_no_holders_name():
    assert parties.split_entry("Viktor Pavlovich Karpov, First Secretary of Embassy (Interpreter)")[0] == "Viktor Pavlovich Karpov"
    assert parties.split_entry("The Ambassador in the Soviet Union (Harriman)")[0] == "Harriman"
