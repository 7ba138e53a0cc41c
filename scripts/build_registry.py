"""Compile the registry chancery ships with from the Office of the Historian's data.

    python scripts/build_registry.py [DATA_DIR]     # default ../shared/data

Reads hsg-people.tar.gz and hsg-pocom.tar.gz (the data folders of HistoryAtState/people and
HistoryAtState/pocom, public domain), merges them into the core registry and writes
src/chancery/authority/registry.json.gz. Run it again when the datasets change, then
`chancery relink` links existing archives against the new registry.
"""

import sys
from pathlib import Path

from chancery.authority.build import REGISTRY_FILE, build_registry, write_registry

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    persons = build_registry(data_dir)
    out = ROOT / "src" / "chancery" / "authority" / REGISTRY_FILE
    write_registry(persons, out)
    print(f"{len(persons)} persons written to {out.relative_to(ROOT)} ({out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
