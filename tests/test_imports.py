"""Every module imports on its own (no import cycle, whichever module comes first), and the
runtime core never loads the developer tools."""

import subprocess
import sys

# Each module of chancery imported first, in a fresh chancery (its modules dropped from
# sys.modules before each): a cycle fails as "partially initialized module".
EACH_MODULE_FIRST = """
import importlib, pkgutil, sys
import chancery

names = sorted(m.name for m in pkgutil.walk_packages(chancery.__path__, "chancery."))
for name in names:
    for loaded in [m for m in sys.modules if m == "chancery" or m.startswith("chancery.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as e:
        print(f"{name}: {e}")
print(len(names), "modules")
"""

RUNTIME_CORE = """
import sys
import chancery.cli, chancery.ingest, chancery.pipeline, chancery.search.index, chancery.web.app

print(sorted(m for m in sys.modules if m.startswith("chancery.devtools")))
"""


def python(code: str) -> str:
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_every_module_imports_first_without_a_cycle():
    lines = python(EACH_MODULE_FIRST).splitlines()
    assert lines[:-1] == [] and int(lines[-1].split()[0]) > 50


def test_the_runtime_core_does_not_load_the_developer_tools():
    assert python(RUNTIME_CORE).strip() == "[]"


def test_the_cli_loads_a_developer_tool_when_its_command_runs():
    run = subprocess.run(
        [sys.executable, "-m", "chancery.cli", "bench", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and "Benchmarks" in run.stdout
