"""The evaluator: tolerant names, strict dates, per-field figures."""

import json

import pytest

from chancery.devtools.evaluate import evaluate, same_name


@pytest.mark.parametrize(
    "a, b",
    [
        ("Oleg A. Troyanovski", "Oleg A. Troyanovsky"),
        ("Aleksandr Alekseevich Soldatov", "Aleksandr A. Soldatov"),
        ("Averell Harriman", "W. Averell Harriman"),
        ("Mr. Amory", "Robert Amory, Jr."),
        ("Nikita S. Khrushchev", "Nikita Khrushchov"),
        ("Dag Hammarskjöld", "Dag Hammarskjold"),
    ],
)
def test_names_that_are_the_same_person(a, b):
    assert same_name(a, b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Dean Rusk", "Dean Acheson"),
        ("John F. Kennedy", "Robert F. Kennedy"),
        ("Allen W. Dulles", "John Foster Dulles"),
    ],
)
def test_names_that_are_different_people(a, b):
    assert not same_name(a, b)


def write_case(tmp_path, gold, records):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "f.json").write_text(json.dumps(gold))
    export = tmp_path / "export.jsonl"
    export.write_text(
        "".join(
            json.dumps({"source": {"path": "f.txt", "part": i + 1}, **r}) + "\n"
            for i, r in enumerate(records)
        )
    )
    return evaluate(tmp_path / "gold", export=export)


def test_stated_date_must_be_exact(tmp_path):
    report = write_case(tmp_path, [{"date": "1960-11-15"}], [{"date": "1960-11-14"}])
    assert report.dates["stated_exact"] == 0 and report.dates["wrong"] == 1


@pytest.mark.parametrize(
    "system, ok",
    [
        ({"date": None, "date_range": None}, True),
        ({"date": None, "date_range": ["1959-09-01", "1959-09-16"]}, True),
        ({"date": None, "date_range": ["1959-09-16", "1959-09-21"]}, False),
        ({"date": "1959-09-16", "date_range": None}, False),
    ],
)
def test_unstated_date_may_be_a_containing_range_or_nothing_but_never_wrong(tmp_path, system, ok):
    report = write_case(tmp_path, [{"date": "1959-09-15", "date_in_text": False}], [system])
    assert report.dates["unstated_ok"] == int(ok)
    assert report.dates["wrong"] == int(not ok)


def test_split_counts_and_missing_documents_score_as_wrong(tmp_path):
    report = write_case(
        tmp_path, [{"doc_type": "letter"}, {"doc_type": "routing slip"}], [{"type": "letter"}]
    )
    assert report.split.correct == 0
    assert report.fields["type"].correct == 1 and report.fields["type"].total == 2


def test_participant_precision_recall(tmp_path):
    gold = [
        {
            "participants": [
                {"name": "Dean Rusk", "side": "US"},
                {"name": "Anatoliy F. Dobrynin", "side": "USSR"},
            ]
        }
    ]
    system = [
        {
            "participants": [
                {"name": "Dean Rusk", "side": "US"},
                {"name": "Viktor Karpov", "side": "USSR"},
            ]
        }
    ]
    figures = write_case(tmp_path, gold, system).sets["participants"].figures()
    assert (figures["precision"], figures["recall"]) == (0.5, 0.5)


def test_a_polish_l_with_stroke_is_the_plain_l_of_the_records_when_names_are_compared():
    assert same_name("Wladyslaw Gomulka", "Władysław Gomułka")
    assert not same_name("Wladyslaw Gomulka", "Zenon Gomulka")
