"""Compile the registry that ships with chancery: the project's core registry merged with the
Office of the Historian's people and POCOM datasets (public domain), each fact with its source.

``scripts/build_registry.py`` runs this on the archives in ``../shared/data`` (the data folders
of HistoryAtState/people and HistoryAtState/pocom, packed as tar.gz) and writes
``authority/registry.json.gz``. Persons keep their dataset records in ``sources``
("hsg-people:103539", "pocom:rusk-david-dean"), offices their dataset in ``source``.
"""

from __future__ import annotations

import gzip
import json
import re
import tarfile
import tempfile
from dataclasses import asdict, replace
from pathlib import Path

from .hsg import ImportReport, import_hsg_people, import_pocom
from .merge import merge
from .registry import AuthorityPerson, load_core

ARCHIVES = {"hsg-people": "hsg-people.tar.gz", "pocom": "hsg-pocom.tar.gz"}
REGISTRY_FILE = "registry.json.gz"


def build_registry(data_dir: str | Path, log=print) -> list[AuthorityPerson]:
    """The core registry merged with the people and POCOM datasets found in ``data_dir``."""
    data_dir = Path(data_dir)
    missing = [name for name in ARCHIVES.values() if not (data_dir / name).is_file()]
    if missing:
        raise FileNotFoundError(f"{data_dir}: missing {', '.join(missing)}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in ARCHIVES.values():
            with tarfile.open(data_dir / name) as archive:
                archive.extractall(tmp, filter="data")  # no links out of the folder, no devices
        persons = load_core()
        for dataset, reader in (("hsg-people", import_hsg_people), ("pocom", import_pocom)):
            report = ImportReport()
            imported = reader(Path(tmp) / ("people" if dataset == "hsg-people" else "pocom"), report)
            persons, merged = merge(persons, imported)
            log(f"{dataset}: {report.summary()}; {merged.linked} linked to persons already known, {merged.added} added")
    return [with_country(person) for person in persons]


# The first nationality a FRUS persons-list description names: "Soviet Ambassador to the United
# States" is Soviet, "Ambassador to the Soviet Union" (no adjective) is American, as FRUS writes them.
NATIONALITY = [
    (r"\bSoviet\b|\bU\.?S\.?S\.?R\b|\bRussian\b|\bCPSU\b|\bKremlin\b", "USSR"),
    (r"\bBritish\b|\bUnited Kingdom\b|\bU\.K\.|\bEnglish\b|\bHer Majesty|\bHis Majesty's", "UK"),
    (r"\bFrench\b|\bFrance\b", "FR"),
    (r"\bWest German\b|\bFederal Republic of Germany\b|\bFRG\b|\bBundestag\b", "FRG"),
    (r"\bEast German\b|\bGerman Democratic Republic\b|\bDemocratic Republic of Germany\b|\bGDR\b|\bSocialist Unity Party\b", "GDR"),
    (r"\bChinese Communist\b|\bPeople's Republic of China\b|\bPRC\b", "PRC"),
    (r"\bCuban\b|\bCuba\b", "CU"),
    (r"\bPolish\b|\bPoland\b", "PL"),
    (r"\bCzechoslovak", "CS"),
    (r"\bIsraeli\b", "IL"),
    (r"\bEgyptian\b|\bUnited Arab Republic\b", "EG"),
    (r"\bIndian\b(?!\s+(?:Affairs|Ocean))|\bIndia\b", "IN"),
    (r"\bJapanese\b|\bJapan\b", "JP"),
    (r"\bCanadian\b", "CA"),
    (r"\bItalian\b", "IT"),
    # "Visited U.S. 2 times" (the visitors list) says where a foreigner went, not who they were.
    (r"(?<!Visited )\bU\.\s?S\.|\bUSA\b|\bU\.\s?S\.\s?A\.|\bAmerican\b|\bUnited States\b|\bDepartment of State\b|\bState Department\b|"
     r"\bSecretary of State\b|\bAssistant Secretary\b|\bUnder Secretary\b|\bNational Security Council\b|\bNSC\b|\bCIA\b|"
     r"\bCentral Intelligence\b|\bWhite House\b|\bSenator\b|\bCongressman\b|\bHouse of Representatives\b|"
     r"\bJoint Chiefs\b|\bDepartment of (?:Defense|the Army|the Navy|the Treasury|Commerce|Agriculture|Justice)\b|"
     r"\bPresident (?:Eisenhower|Kennedy|Johnson|Nixon|Ford|Carter|Truman|Roosevelt|Reagan)\b|^Ambassador to\b|^Minister to\b", "US"),
]
NATIONALITY_CUES = [(re.compile(pattern), country) for pattern, country in NATIONALITY]


def country_from_description(description: str) -> str | None:
    """The country whose cue comes first in a description, or None."""
    found = [(m.start(), country) for cue, country in NATIONALITY_CUES for m in [cue.search(description)] if m]
    return min(found)[1] if found else None


def with_country(person: AuthorityPerson) -> AuthorityPerson:
    """A person whose country no dataset states, with the one their description implies."""
    if person.country or not person.description:
        return person
    country = country_from_description(person.description)
    return replace(person, country=country) if country else person


def write_registry(persons: list[AuthorityPerson], path: str | Path) -> None:
    """Compact gzipped JSON: empty fields left out, one person per line (diffs stay readable)."""
    lines = []
    for person in sorted(persons, key=lambda p: p.id):
        record = {k: v for k, v in asdict(person).items() if v not in (None, [], "", 0)}
        record["offices"] = [{k: v for k, v in o.items() if v is not None} for o in record.get("offices", [])]
        if not record["offices"]:
            del record["offices"]
        lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    header = {
        "about": "chancery's person registry: the core registry, merged with the Office of the Historian's "
        "HistoryAtState/people and HistoryAtState/pocom datasets (public domain, CC0)",
        "persons": len(lines),
    }
    data = "\n".join([json.dumps(header), *lines]) + "\n"
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(data)


def read_registry(data: bytes) -> list[dict]:
    """The person records of a registry file written by ``write_registry``."""
    text = gzip.decompress(data).decode("utf-8")
    return [json.loads(line) for line in text.splitlines()[1:] if line.strip()]
