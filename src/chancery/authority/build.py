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

from .hsg import ImportReport, frus_list_entries, import_hsg_people, import_pocom
from .merge import merge
from .offices import NATIONALITIES, country_code
from .registry import AuthorityPerson, load_core

ARCHIVES = {"hsg-people": "hsg-people.tar.gz", "pocom": "hsg-pocom.tar.gz"}
REGISTRY_FILE = "registry.json.gz"
FRUS_LISTS_FILE = "frus_persons.json.gz"


def build_registry(
    data_dir: str | Path, log=print, frus_lists: dict | None = None
) -> list[AuthorityPerson]:
    """The core registry merged with the people and POCOM datasets found in ``data_dir``.
    Given a dict as ``frus_lists``, fills it with the FRUS persons lists' entries linked to
    the registry (``frus_list_index``)."""
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
            imported = reader(
                Path(tmp) / ("people" if dataset == "hsg-people" else "pocom"), report
            )
            persons, merged = merge(persons, imported)
            log(
                f"{dataset}: {report.summary()}; {merged.linked} linked to persons "
                f"already known, {merged.added} added"
            )
        if frus_lists is not None:
            frus_lists.update(frus_list_index(frus_list_entries(Path(tmp) / "people"), persons))
    return [with_country(person) for person in persons]


def frus_list_index(
    entries: dict[tuple[str, str], str], persons: list[AuthorityPerson]
) -> dict[str, dict[str, str]]:
    """volume id → {persons-list xml:id → registry person id}: how a FRUS TEI volume's
    ``persName/@corresp="#p_EDD1"`` reaches the registry."""
    by_record = {
        source.split(":", 1)[1]: person.id
        for person in persons
        for source in person.sources
        if source.startswith("hsg-people:")
    }
    index: dict[str, dict[str, str]] = {}
    for (volume, xml_id), record in sorted(entries.items()):
        if record in by_record:
            index.setdefault(volume, {})[xml_id] = by_record[record]
    return index


def write_frus_lists(index: dict[str, dict[str, str]], path: str | Path) -> None:
    """Gzipped JSON, one volume a line, with where it comes from."""
    header = {
        "about": "FRUS persons-list entries (volume, xml:id) linked to chancery's registry, "
        "from the source "
        "addresses of HistoryAtState/people (public domain, CC0)",
        "volumes": len(index),
    }
    lines = [json.dumps(header)] + [
        json.dumps({"volume": v, "persons": index[v]}, separators=(",", ":")) for v in sorted(index)
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    Path(path).write_bytes(
        gzip.compress(data, compresslevel=9, mtime=0)
    )  # the same data, the same bytes


def read_frus_lists(data: bytes) -> dict[str, dict[str, str]]:
    lines = gzip.decompress(data).decode("utf-8").splitlines()[1:]
    return {
        record["volume"]: record["persons"] for record in map(json.loads, filter(str.strip, lines))
    }


# The first nationality a FRUS persons-list description names: "Soviet Ambassador to the United
# States" is Soviet, "Ambassador to the Soviet Union" (no adjective) is American, as FRUS writes
# them.
NATIONALITY = [
    (r"\bSoviet\b|\bU\.?S\.?S\.?R\b|\bRussian\b|\bCPSU\b|\bKremlin\b", "USSR"),
    (r"\bBritish\b|\bUnited Kingdom\b|\bU\.K\.|\bEnglish\b|\bHer Majesty|\bHis Majesty's", "UK"),
    (r"\bFrench\b|\bFrance\b", "FR"),
    (r"\bWest German\b|\bFederal Republic of Germany\b|\bFRG\b|\bBundestag\b", "FRG"),
    (
        r"\bEast German\b|\bGerman Democratic Republic\b|\bDemocratic Republic of "
        r"Germany\b|\bGDR\b|\bSocialist Unity Party\b",
        "GDR",
    ),
    (r"\bNorth Vietnamese\b|\bDemocratic Republic of Vietnam\b", "DRV"),
    (r"\bNorth Korean\b|\bDemocratic People's Republic of Korea\b", "DPRK"),
    (r"(?<!People's )(?<!People’s )\bRepublic of Korea\b|\bSouth Korean\b", "ROK"),
    (r"(?<!People's )(?<!People’s )\bRepublic of China\b|\bChinese Nationalist\b", "ROC"),
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
    (
        r"(?<!Visited )\bU\.\s?S\.|\bUSA\b|\bU\.\s?S\.\s?A\.|\bAmerican\b|\bUnited "
        r"States\b|\bDepartment of State\b|\bState Department\b|"
        r"\bSecretary of State\b|\bAssistant Secretary\b|\bUnder Secretary\b|"
        r"\bNational Security Council\b|\bNSC\b|\bCIA\b|"
        r"\bCentral Intelligence\b|\bWhite House\b|\bSenator\b|\bCongressman\b|\bHouse "
        r"of Representatives\b|"
        r"\bJoint Chiefs\b|\bDepartment of (?:Defense|the Army|the Navy|the Treasury|"
        r"Commerce|Agriculture|Justice)\b|"
        r"\bPresident (?:Eisenhower|Kennedy|Johnson|Nixon|Ford|Carter|Truman|Roosevelt|"
        r"Reagan)\b|^Ambassador to\b(?! the United States)|^Minister to\b",
        "US",
    ),
]
# Every other nation by its adjective ("Chilean Ambassador to the United States" is Chilean).
NATIONALITY += [
    (rf"\b{re.escape(adjective)}\b", code)
    for adjective, nation in NATIONALITIES.items()
    for code in [country_code(nation) or nation]
    if code not in {country for _, country in NATIONALITY}
]
NATIONALITY_CUES = [(re.compile(pattern), country) for pattern, country in NATIONALITY]
# A cue that names a post, not a nationality: "Ambassador to the United States", "Embassy in the
# Soviet Union" (but "the U.S. Embassy in Zaire" is American); a nation in an American desk's
# name: "Officer in Charge of Italian and Austrian Affairs".
POST_BEFORE = re.compile(r"\b(?:in|to|at|from|for|with)\s+(?:the\s+)?$")
COUNTRY_CUE = re.compile(
    r"(?:United States|United Kingdom|Soviet|U\.\s?S|USA|USSR|U\.K|UK|France|Cuba|Poland|India|"
    r"Japan|Federal Republic|German Democratic|Democratic Republic|People's Republic|Republic of|"
    r"United Arab)\b"
)
# ("Soviet Embassy", "U.S. Union Carbide"; but "for the Soviet Union and Eastern Europe" is a post)
NOUN_AFTER = re.compile(r"\.?(?:\s+Union)?\s+(?!Union\b)[A-Z]")
DESK_BEFORE = re.compile(
    r"\b(?:of|for|and)\s+(?:the\s+)?(?:(?!Affairs)[A-Z]\w*(?:,?\s+(?:and\s+)?|-))*$"
)
DESK_AFTER = re.compile(
    r"(?:(?!Ministry|Embassy|Government|Mission|Delegation)[\w ,-]){0,60}?\bAffairs\b"
)


def names_a_post(description: str, cue: re.Match, country: str) -> bool:
    before = description[max(0, cue.start() - 80) : cue.start()]
    if COUNTRY_CUE.match(cue.group()) and POST_BEFORE.search(before):
        return not NOUN_AFTER.match(description, cue.end())
    return (
        country != "US"
        and bool(DESK_BEFORE.search(before))
        and bool(DESK_AFTER.match(description, cue.end()))
    )


def country_from_description(description: str) -> str | None:
    """The country whose cue comes first in a description, or None."""
    found = [
        (m.start(), country)
        for cue, country in NATIONALITY_CUES
        for m in [
            next(
                (m for m in cue.finditer(description) if not names_a_post(description, m, country)),
                None,
            )
        ]
        if m
    ]
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
        record["offices"] = [
            {k: v for k, v in o.items() if v is not None} for o in record.get("offices", [])
        ]
        if not record["offices"]:
            del record["offices"]
        lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    header = {
        "about": "chancery's person registry: the core registry, merged with the Office of the "
        "Historian's "
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
