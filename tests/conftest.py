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
