"""Named settings: listed with their help, changed for one run with --setting NAME VALUE."""

import json

import pytest
from click.testing import CliRunner

from chancery.cli import main
from chancery.settings import DEFAULT


def test_a_setting_is_changed_by_name_from_text():
    changed = DEFAULT.with_named([("sample_matches", "5000"), ("max_upload_mb", "2.5")])
    assert changed.sample_matches == 5000 and changed.max_upload_mb == 2.5
    assert changed.snippet_chars == DEFAULT.snippet_chars


@pytest.mark.parametrize(
    "pair, message",
    [
        (("nope", "1"), "unknown setting 'nope'"),
        (("sample_matches", "many"), "takes a number"),
        (("snippet_chars", "0"), "must be above 0"),
    ],
)
def test_a_wrong_setting_says_what_is_wrong(pair, message):
    with pytest.raises(ValueError, match=message):
        DEFAULT.with_named([pair])


def archive(tmp_path) -> str:
    (tmp_path / "in").mkdir()
    for n in range(3):
        (tmp_path / "in" / f"m{n}.txt").write_text(
            f"MEMORANDUM\n\nThe Secretary discussed disarmament with the Ambassador, meeting {n}.\n"
        )
    db = str(tmp_path / "a.db")
    assert CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", db]).exit_code == 0
    return db


def test_search_takes_settings_for_one_run(tmp_path):
    db = archive(tmp_path)
    runner = CliRunner()
    plain = runner.invoke(main, ["search", "disarmament", "--db", db, "--json"])
    short = runner.invoke(
        main, ["search", "disarmament", "--db", db, "--json", "-s", "snippet_chars", "20"]
    )
    assert short.exit_code == 0
    assert max(len(h["snippet"]) for h in json.loads(short.output)["hits"]) <= 20
    assert max(len(h["snippet"]) for h in json.loads(plain.output)["hits"]) > 20
    wrong = runner.invoke(main, ["search", "disarmament", "--db", db, "--setting", "nope", "1"])
    assert wrong.exit_code == 2 and "unknown setting 'nope'" in wrong.output


BOUNDS = [
    "file_seconds",
    "file_memory_mb",
    "max_page_chars",
    "header_seconds",
    "body_seconds",
    "max_connections",
    "trusted_hosts",
    "index_dir",
    "index_follow_seconds",
    "store_connections",
]


@pytest.mark.parametrize("name", BOUNDS)
def test_every_bound_is_listed_with_help_and_in_the_readme(name):
    from pathlib import Path

    listed = CliRunner().invoke(main, ["settings"]).output
    assert name in listed
    assert dict((n, h) for n, _, h in DEFAULT.help())[name]
    assert f"`{name}`" in (Path(__file__).resolve().parents[1] / "README.md").read_text(
        encoding="utf-8"
    )


def test_a_text_setting_takes_any_text():
    assert (
        DEFAULT.with_named([("trusted_hosts", "archive.example.org")]).trusted_hosts
        == "archive.example.org"
    )
