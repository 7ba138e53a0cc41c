"""The shipped registry's matcher, saved between runs: building it takes most of a second at
the start of every ingest, reading it back about a quarter of that.

The file is named by a hash of everything the matcher is made from (the registry's data and
the code that builds the matcher from it), so a changed registry or rule never reads an old
matcher back. It lives in the user's own cache folder (``$XDG_CACHE_HOME/chancery``, else
``~/.cache/chancery``), is written aside and renamed into place (a crash leaves no half
file), and a file that cannot be read is ignored: the matcher is built as before.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from .matcher import Matcher

# The registry's data and the modules that turn it into a matcher.
MADE_FROM = ("registry.json.gz", "core.json", "registry.py", "matcher.py", "not_people.py")
KEPT = 4  # matchers of other versions kept beside the current one (other checkouts, upgrades)


def matcher_key() -> str:
    digest = hashlib.sha256(sys.version.encode())
    package = resources.files("chancery.authority")
    for name in MADE_FROM:
        path = package.joinpath(name)
        digest.update(f"{name}\0".encode())
        digest.update(path.read_bytes() if path.is_file() else b"")
    return digest.hexdigest()[:32]


def cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "chancery"


def saved_matcher(build: Callable[[], Matcher], folder: Path | None = None) -> Matcher:
    """The matcher an earlier run saved, else ``build()``'s, saved for the next run where the
    folder can be written. A pickle: it is only ever read from the user's own cache folder."""
    folder = folder or cache_folder()
    path = folder / f"matcher-{matcher_key()}.pickle"
    try:
        with open(path, "rb") as f:
            saved = pickle.load(f)
        if isinstance(saved, Matcher):
            return saved
    except Exception:  # missing, unreadable or damaged: built again below
        pass
    matcher = build()
    save(matcher, path)
    return matcher


def save(matcher: Matcher, path: Path) -> None:
    part = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(
            dir=path.parent, prefix=path.name, suffix=".part", delete=False
        ) as f:
            part = Path(f.name)
            pickle.dump(matcher, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, path)
        part = None
        older = sorted(
            (p for p in path.parent.glob("matcher-*.pickle") if p != path),
            key=lambda p: p.stat().st_mtime,
        )
        for stale in older[: max(0, len(older) - KEPT)]:
            stale.unlink(missing_ok=True)
    except Exception:  # a read-only or full disk: the next run builds the matcher again
        if part is not None:
            part.unlink(missing_ok=True)
