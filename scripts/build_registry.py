"""Compile the registry chancery ships with from the Office of the Historian's data.

    python scripts/build_registry.py [DATA_DIR]     # default ../shared/data

Reads hsg-people.tar.gz and hsg-pocom.tar.gz (the data folders of HistoryAtState/people and
HistoryAtState/pocom, public domain), merges them into the core registry and writes
src/chancery/authority/registry.json.gz, and frus_persons.json.gz beside it: where the
registry's persons stand in FRUS volumes' persons lists (for TEI volumes' persName links). Run it
again when the datasets change, then
`chancery relink` links existing archives against the new registry.
"""

import sys
from pathlib import Path

from chancery.authority.build import (
    FRUS_LISTS_FILE,
    REGISTRY_FILE,
    build_registry,
    write_frus_lists,
    write_registry,
)

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    frus_lists: dict = {}
    persons = build_registry(data_dir, frus_lists=frus_lists)
    out = ROOT / "src" / "chancery" / "authority" / REGISTRY_FILE
    write_registry(persons, out)
    print(
        f"{len(persons)} persons written to {out.relative_to(ROOT)} "
        f"({out.stat().st_size / 1e6:.1f} MB)"
    )
    lists = out.with_name(FRUS_LISTS_FILE)
    write_frus_lists(frus_lists, lists)
    entries = sum(len(v) for v in frus_lists.values())
    print(
        f"{entries} persons-list entries of {len(frus_lists)} FRUS volumes written to "
        f"{lists.relative_to(ROOT)} ({lists.stat().st_size / 1e6:.2f} MB)"
    )


if __name__ == "__main__":
    main()
