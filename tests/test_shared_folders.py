"""Tests that read ../shared: skipped when a folder is absent, failed when it is there but empty
(a loop over no documents would pass and check nothing)."""

import pytest

from conftest import shared_folder


def test_an_absent_folder_skips_the_test_and_says_why(tmp_path):
    with pytest.raises(pytest.skip.Exception, match="the sample documents are not here"):
        shared_folder(tmp_path / "seeds", "*.txt", "the sample documents")


def test_a_folder_without_documents_fails_the_test(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "README").write_text("not a document", encoding="utf-8")
    with pytest.raises(pytest.fail.Exception, match=r"holds no \*\.txt files"):
        shared_folder(tmp_path / "seeds", "*.txt", "the sample documents")


def test_a_folder_with_documents_is_given_to_the_test(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "memo.txt").write_text("An invented memo.", encoding="utf-8")
    assert shared_folder(tmp_path / "seeds", "*.txt", "the sample documents") == tmp_path / "seeds"
