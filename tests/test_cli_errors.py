"""Mistakes a user makes on the command line get one clear line and a failing exit status."""

import socket

from click.testing import CliRunner

from chancery.cli import main
from helpers import write_files


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_a_file_that_is_not_a_database_is_named_not_a_traceback(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database, just notes\n" * 20)
    for command in (["stats"], ["search", "Berlin"], ["ingest", str(tmp_path)]):
        code, output = run(*command, "--db", str(notes))
        assert code == 1 and "not a chancery archive" in output and "Traceback" not in output


def test_an_empty_file_is_not_turned_into_an_archive_by_reading_it(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    code, output = run("stats", "--db", str(empty))
    assert code == 1 and "not a chancery archive" in output
    assert empty.stat().st_size == 0


MEMCON = "MEMORANDUM OF CONVERSATION\n\nThe Secretary met the Ambassador in Washington.\n"


def test_serve_on_a_port_in_use_says_so_before_announcing_a_url(tmp_path):
    db = str(tmp_path / "a.db")
    assert run("ingest", str(write_files(tmp_path / "in", MEMCON)), "--db", db)[0] == 0
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        code, output = run("serve", "--db", db, "--port", str(taken.getsockname()[1]))
    assert code == 1 and "cannot listen on 127.0.0.1" in output and "Serving" not in output


def test_a_person_named_instead_of_given_by_id_gets_a_hint(tmp_path):
    db = str(tmp_path / "a.db")
    run("ingest", str(write_files(tmp_path / "in", MEMCON)), "--db", db)
    code, output = run("person", "gromyko", "--db", db)
    assert code == 1 and "chancery people gromyko" in output


def test_importing_a_folder_without_records_changes_nothing_and_says_so(tmp_path):
    (tmp_path / "empty").mkdir()
    code, output = run(
        "authority", "import", "hsg-people", str(tmp_path / "empty"), "--db", str(tmp_path / "a.db")
    )
    assert code == 1 and "no hsg-people records found" in output
