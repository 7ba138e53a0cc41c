from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def seeds_dir() -> Path:
    folder = SHARED / "seeds"
    if not folder.is_dir():
        pytest.skip(f"the sample documents are not here ({folder} is absent)")
    return folder


@pytest.fixture
def seed_gold_dir() -> Path:
    folder = SHARED / "gold" / "seeds"
    if not folder.is_dir():
        pytest.skip(f"the gold files are not here ({folder} is absent)")
    return folder


@pytest.fixture(scope="session")
def real_report():
    """The evaluator's report on ../shared/real (real records with hand-checked gold), run once."""
    from chancery.evaluate import evaluate

    docs, gold = SHARED / "real" / "docs", SHARED / "real" / "gold"
    if not docs.is_dir() or not gold.is_dir():
        pytest.skip(f"the real documents are not here ({docs} is absent)")
    if not any(docs.iterdir()) or not any(gold.glob("*.json")):
        pytest.fail(f"{docs} or {gold} holds no documents: the accuracy floor cannot be checked")
    return evaluate(gold, docs_dir=docs)
