"""The synthetic archive: deterministic, realistic, with gold in the seeds' format."""

import random
from collections import Counter

from chancery.authority.registry import load_core
from chancery.devtools.synth import generate, ocr_garble, write_archive


def test_same_seed_same_bytes_other_seed_other_bytes():
    first = [(f.name, f.text) for f in generate(30, seed=5, ocr_noise=0.05)]
    assert first == [(f.name, f.text) for f in generate(30, seed=5, ocr_noise=0.05)]
    assert first != [(f.name, f.text) for f in generate(30, seed=6, ocr_noise=0.05)]


def test_count_is_documents_and_gold_spans_cover_each_file():
    files = list(generate(200, seed=3))
    assert sum(len(f.gold) for f in files) == 200
    for f in files:
        assert [g["part"] for g in f.gold] == list(range(1, len(f.gold) + 1))
        assert f.gold[0]["start"] == 0 and f.gold[-1]["end"] == len(f.text)


def test_every_kind_appears_and_multi_document_files_exist():
    files = list(generate(500, seed=9))
    kinds = Counter(g["doc_type"] for f in files for g in f.gold)
    assert set(kinds) == {
        "memorandum of conversation",
        "letter",
        "telegram",
        "memorandum",
        "routing slip",
        "editorial note",
    }
    assert any(len(f.gold) > 1 for f in files)


def test_gold_names_are_registry_names():
    canonical = {p.name for p in load_core()}
    for f in generate(200, seed=4):
        for g in f.gold:
            names = (
                g["persons_mentioned"] + g["recipients"] + ([g["sender"]] if g["sender"] else [])
            )
            assert set(names) <= canonical


def test_ocr_noise_rate_is_about_what_was_asked():
    text = " ".join(["government", "conversation", "Khrushchev", "disarmament"] * 2500)
    assert ocr_garble(random.Random(1), text, 0.0) == (text, 0)
    _, changed = ocr_garble(random.Random(1), text, 0.05)
    assert 0.035 < changed / 10000 < 0.065


def test_write_archive_writes_docs_and_gold(tmp_path):
    assert write_archive(tmp_path, 12, seed=2) == 12
    assert len(list((tmp_path / "docs").glob("*.txt"))) == len(
        list((tmp_path / "gold").glob("*.json"))
    )
