"""The README says what the CLI does: its command reference is the CLI's own --help, and its
list of commands names every command."""

import re
import subprocess
import sys
from pathlib import Path

import click

from chancery.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_command_reference_is_the_clis_help():
    run = subprocess.run(
        [sys.executable, "-m", "cogapp", "--check", "--diff", README.name],
        cwd=README.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, (
        f"the README's command reference is stale: run `make cog`\n{run.stdout}{run.stderr}"
    )


def test_the_command_list_names_every_command():
    commands = re.search(r"## Commands\n\n```\n(.*?)```", README.read_text(), re.S).group(1)
    listed = set(re.findall(r"^chancery (\S+)", commands, re.M))
    assert listed == set(main.list_commands(click.Context(main)))


def test_the_readme_starts_with_the_two_set_up_commands():
    first_block = README.read_text().split("```")[1]
    assert [line.split("#")[0].strip() for line in first_block.strip().splitlines()] == [
        "make demo",
        "make test",
    ]
