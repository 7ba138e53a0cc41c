"""Accuracy against gold files, per field.

A gold folder holds NAME.json files, each a list of the documents in NAME.* in order (the
format of ../shared/gold/seeds). The system's answers come from running the pipeline on
the documents folder, or from a JSONL export. Names are compared tolerantly (case,
accents, honorifics, initials, transliteration), dates strictly: a stated date must be
exact; an unstated one may be given as a range that contains it, or not at all, but a
wrong date is always wrong.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from tabulate import tabulate

# The text utilities are shared with the matcher; the scoring rules below are the evaluator's own.
from ..authority.matcher import fold, given_compatible, name_tokens, skeleton
from ..text_distance import edit_distance
from ..wording import MONTHS

ACCURACY_FIELDS = [
    "type",
    "date",
    "classification",
    "title",
    "place",
    "sender",
    "no sender",
    "recipients",
    "no recipients",
]
SET_FIELDS = ["participants", "persons", "speakers", "roles"]
# ../shared/real/README.md sets aside every file whose name's SHA-1 starts with 0-4; tuning looks
# only at the rest, and both parts are reported.
HELD_OUT_DIGITS = "01234"
PARTS = ("all", "tuned", "held-out")


def part_of(name: str) -> str:
    """Which part of a gold set a file belongs to, by the SHA-1 of its name (``r001.txt``)."""
    return "held-out" if hashlib.sha1(name.encode()).hexdigest()[0] in HELD_OUT_DIGITS else "tuned"


def name_parts(name: str) -> tuple[str, list[str]]:
    """(surname skeleton, given names) with titles, honorifics and suffixes dropped."""
    tokens = name_tokens(name)
    if not tokens:
        return "", []
    return skeleton(tokens[-1]), tokens[:-1]


def same_name(a: str | None, b: str | None) -> bool:
    """Tolerant comparison: surnames agree (spelling-insensitively), given names agree where both
    have them; a hyphen in a double surname may be a space ("Ormsby-Gore", "Ormsby Gore")."""
    if not a or not b:
        return not a and not b
    if ("-" in a) != ("-" in b) and same_name_parts(a.replace("-", " "), b.replace("-", " ")):
        return True
    return same_name_parts(a, b)


def same_name_parts(a: str, b: str) -> bool:
    surname_a, given_a = name_parts(a)
    surname_b, given_b = name_parts(b)
    if not surname_a or not surname_b:
        return False
    if surname_a != surname_b and not (
        min(len(surname_a), len(surname_b)) >= 6 and edit_distance(surname_a, surname_b, 1) <= 1
    ):
        return False
    return given_compatible(given_a, given_b)


def same_text(a: str | None, b: str | None) -> bool:
    norm = lambda s: " ".join(re.sub(r"[^\w\s]", " ", fold(s)).split()) if s else ""  # noqa: E731
    return norm(a) == norm(b)


def same_place(a: str | None, b: str | None) -> bool:
    norm = lambda s: re.sub(r",?\s*d\.?\s*c\.?$", "", fold(s).strip().rstrip(".")) if s else ""  # noqa: E731
    return norm(a) == norm(b)


def skeleton_of(name: str) -> str:
    surname, _ = name_parts(name)
    return surname


def same_words(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 8 and edit_distance(a, b, 2) <= 2)


# Markings the export contract folds into its five levels (DESIGN.md): a gold file may keep the
# marking as printed.
CONTRACT_LEVELS = {"limited official use": "Official Use Only", "restricted": "Confidential"}


def contract_level(marking: str | None) -> str | None:
    return CONTRACT_LEVELS.get(marking.lower(), marking) if marking else None


def same_role_words(a: str, b: str) -> bool:
    """Role words as written; a salutation's "Dear" is the same words with or without it
    (gold files differ: "Dear Mr. President", "mr. chairman")."""
    strip = lambda s: re.sub(r"^(?:my )?dear ", "", s)  # noqa: E731
    return same_words(a, b) or same_words(strip(a), strip(b))


def match_names(gold: list[str], system: list[str | None]) -> int:
    """How many gold names find a distinct system name."""
    used: set[int] = set()
    hits = 0
    for g in gold:
        for i, s in enumerate(system):
            if i not in used and same_name(g, s):
                used.add(i)
                hits += 1
                break
    return hits


@dataclass
class Counts:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def rate(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class PRF:
    true_positives: int = 0
    gold: int = 0
    system: int = 0

    def figures(self) -> dict:
        p = self.true_positives / self.system if self.system else (1.0 if not self.gold else 0.0)
        r = self.true_positives / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "gold": self.gold,
            "system": self.system,
        }


@dataclass
class Figures:
    """Counts for one slice of the documents (all of them, or one collection)."""

    documents: int = 0
    fields: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    sets: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    dates: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    classification_given: Counts = field(default_factory=Counts)


@dataclass
class Report:
    files: int = 0
    documents: int = 0
    split: Counts = field(default_factory=Counts)
    fields: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    sets: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    dates: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    classification_given: Counts = field(default_factory=Counts)
    sides: Counts = field(default_factory=Counts)
    turns: Counts = field(default_factory=Counts)
    failures: list[dict] = field(default_factory=list)
    collections: dict[str, Figures] = field(default_factory=lambda: defaultdict(Figures))

    def to_dict(self) -> dict:
        return {
            "files": self.files,
            "documents": self.documents,
            "split_accuracy": self.split.rate(),
            **figures_dict(self),
            "participant_sides": self.sides.rate(),
            "turn_speakers": self.turns.rate(),
            "collections": {
                name: figures_dict(f) | {"documents": f.documents}
                for name, f in sorted(self.collections.items())
            },
            "failures": self.failures,
        }

    def table(self, failures: int = 20) -> str:
        rows = [
            [
                "documents split correctly",
                f"{self.split.correct}/{self.split.total}",
                pct(self.split.rate()),
            ]
        ]
        labels = {
            "sender": "sender (where gold names one)",
            "recipients": "recipients (where gold names them)",
            "no sender": "no sender (where gold has none)",
            "no recipients": "no recipients (where gold has none)",
        }
        for name in ACCURACY_FIELDS:
            c = self.fields.get(name)
            if c and c.total:
                rows.append([labels.get(name, name), f"{c.correct}/{c.total}", pct(c.rate())])
        c = self.classification_given
        if c.total:
            rows.append(
                ["classification (where gold gives one)", f"{c.correct}/{c.total}", pct(c.rate())]
            )
        d = self.dates
        rows.append(
            [
                "stated dates exact",
                f"{d['stated_exact']}/{d['stated']}",
                pct(d["stated_exact"] / d["stated"] if d["stated"] else None),
            ]
        )
        rows.append(
            [
                "unstated dates: range holds it or no date",
                f"{d['unstated_ok']}/{d['unstated']}",
                pct(d["unstated_ok"] / d["unstated"] if d["unstated"] else None),
            ]
        )
        rows.append(
            [
                "no date in text: no exact date given",
                f"{d['dateless_ok']}/{d['dateless']}",
                pct(d["dateless_ok"] / d["dateless"] if d["dateless"] else None),
            ]
        )
        rows.append(["wrong dates", str(d["wrong"]), ""])
        lines = [tabulate(rows, headers=["field", "correct", "accuracy"])]
        prf_rows = [
            [name, p["precision"], p["recall"], p["f1"], p["gold"], p["system"]]
            for name, p in ((n, s.figures()) for n, s in self.sets.items())
        ]
        if prf_rows:
            lines.append(
                "\n"
                + tabulate(
                    prf_rows, headers=["names", "precision", "recall", "F1", "gold", "system"]
                )
            )
        if self.sides.total:
            lines.append(f"\nparticipant sides right: {self.sides.correct}/{self.sides.total}")
        if self.turns.total:
            lines.append(
                f"turn speakers right: {self.turns.correct}/{self.turns.total} "
                f"({pct(self.turns.rate())})"
            )
        if len(self.collections) > 1:
            lines.append("\n" + collections_table(self.collections))
        if self.failures and failures:
            lines.append(
                f"\nfirst {min(failures, len(self.failures))} of {len(self.failures)} differences:"
            )
            for f in self.failures[:failures]:
                lines.append(
                    f"  {f['file']} part {f['part']}: {f['field']}: gold "
                    f"{f['gold']!r}, system {f['system']!r}"
                )
                if f.get("line"):
                    lines.append(f"      the text: {f['line']!r}")
        return "\n".join(lines)


def figures_dict(f) -> dict:
    return {
        "accuracy": {
            name: {"correct": c.correct, "total": c.total, "rate": c.rate()}
            for name, c in f.fields.items()
        },
        "classification_where_gold_gives_one": f.classification_given.rate(),
        "dates": dict(f.dates),
        "prf": {name: prf.figures() for name, prf in f.sets.items()},
    }


def field_rate(figures: Figures, key: str) -> str:
    """A field's rate of agreement, or a dash when no gold file has the field."""
    field = figures.fields[key]
    return pct(field.rate()) if field.total else "—"


def set_f1(figures: Figures, key: str) -> str:
    """A set's F1, or a dash when neither gold nor system has any of it."""
    found = figures.sets[key]
    return f"{found.figures()['f1']:.2f}" if found.gold or found.system else "—"


def collections_table(collections: dict[str, Figures]) -> str:
    """The main figures for each collection the gold names (FRUS pages, CREST, OCR, ...)."""
    rows = []
    for name, f in sorted(collections.items()):
        d = f.dates
        stated = pct(d["stated_exact"] / d["stated"]) if d["stated"] else "—"
        rows.append(
            [
                name,
                f.documents,
                field_rate(f, "type"),
                stated,
                d["wrong"],
                pct(f.classification_given.rate()) if f.classification_given.total else "—",
                field_rate(f, "sender"),
                field_rate(f, "recipients"),
                set_f1(f, "persons"),
                set_f1(f, "participants"),
                set_f1(f, "roles"),
                set_f1(f, "speakers"),
            ]
        )
    headers = [
        "collection",
        "docs",
        "type",
        "dates exact",
        "wrong",
        "classif.",
        "sender",
        "recipients",
        "persons",
        "particip.",
        "roles",
        "speakers",
    ]
    return tabulate(rows, headers=headers)


def pct(rate: float | None) -> str:
    return f"{rate * 100:.1f}%" if rate is not None else "—"


def system_records_from_docs(path: Path | None, matcher) -> list[dict] | None:
    from ..model import ReadError
    from ..pipeline import process_file
    from ..record import document_record, record_to_dict

    if path is None:
        return None
    try:
        return [record_to_dict(document_record(d)) for d in process_file(path, matcher=matcher)]
    except ReadError:
        return []


def document_path(docs_dir: Path, stem: str) -> Path | None:
    candidates = sorted(p for p in docs_dir.glob(stem + ".*") if p.suffix != ".json")
    return candidates[0] if candidates else None


def load_export(path: Path) -> dict[str, list[dict]]:
    by_stem: dict[str, list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                by_stem[Path(record["source"]["path"]).stem].append(record)
    for records in by_stem.values():
        records.sort(key=lambda r: r["source"]["part"])
    return by_stem


def evaluate(
    gold_dir, docs_dir=None, export=None, progress=None, persons=None, part: str = "all"
) -> Report:
    """Score documents against gold; ``persons`` is the registry to link against (default: the
    shipped one); ``part`` takes all gold files, or only the tuned or the held-out ones."""
    gold_dir = Path(gold_dir)
    exported = load_export(Path(export)) if export else None
    matcher = None
    if exported is None:
        from ..authority.matcher import Matcher
        from ..authority.registry import load_default

        matcher = Matcher(persons if persons is not None else load_default())
    report = Report()
    for gold_path in sorted(gold_dir.glob("*.json")):
        stem = gold_path.stem
        path = document_path(Path(docs_dir), stem) if docs_dir else None
        if part != "all" and part_of(path.name if path else stem + ".txt") != part:
            continue
        gold_docs = json.loads(gold_path.read_text(encoding="utf-8"))
        system = (
            exported.get(stem, [])
            if exported is not None
            else system_records_from_docs(path, matcher)
        )
        if system is None:
            continue
        text = (
            path.read_text(encoding="utf-8", errors="replace")
            if path
            else "\n".join(r.get("text") or "" for r in system)
        )
        report.files += 1
        report.split.add(len(system) == len(gold_docs))
        for i, gold in enumerate(gold_docs):
            score_document(
                report,
                stem,
                gold,
                system[i] if i < len(system) else {},
                gold.get("part", i + 1),
                text,
            )
        if progress:
            progress(1)
    return report


def person_name(value) -> str | None:
    if isinstance(value, dict):
        return value.get("name")
    return value


def score_document(
    report: Report, stem: str, gold: dict, system: dict, part: int, text: str = ""
) -> None:
    report.documents += 1
    collection = report.collections[gold.get("collection") or "unnamed"]
    collection.documents += 1
    slices = (report, collection)

    def check(name: str, ok: bool, gold_value, system_value) -> None:
        for target in slices:
            target.fields[name].add(ok)
        if not ok:
            report.failures.append(
                {
                    "file": stem,
                    "part": part,
                    "field": name,
                    "gold": gold_value,
                    "system": system_value,
                    "line": truth_line(text, name, gold_value),
                }
            )

    if "doc_type" in gold:
        check("type", gold["doc_type"] == system.get("type"), gold["doc_type"], system.get("type"))
    if "classification" in gold:
        ok = contract_level(gold["classification"]) == (system.get("classification") or None)
        check("classification", ok, gold["classification"], system.get("classification"))
        if gold["classification"]:
            for target in slices:
                target.classification_given.add(ok)
    for name, same in (("title", same_text), ("place", same_place)):
        if name in gold:
            check(name, same(gold[name], system.get(name)), gold[name], system.get(name))
    if "sender" in gold:
        # Counted where the gold names a sender; where it names none, the system must not invent
        # one.
        found = person_name(system.get("sender"))
        check(
            "sender" if gold["sender"] else "no sender",
            same_name(gold["sender"], found),
            gold["sender"],
            found,
        )
    if "recipients" in gold:
        names = [person_name(p) for p in system.get("recipients") or []]
        ok = len(names) == len(gold["recipients"]) and match_names(
            gold["recipients"], names
        ) == len(gold["recipients"])
        check(
            "recipients" if gold["recipients"] else "no recipients", ok, gold["recipients"], names
        )
    if "date" in gold:
        score_date(slices, gold, system, check)
    sets = {
        "participants": (
            [p["name"] for p in gold.get("participants") or []],
            [p["name"] for p in system.get("participants") or []],
        ),
        "persons": (
            gold.get("persons_mentioned"),
            [p["name"] for p in system.get("persons") or []],
        ),
        "speakers": (gold.get("speakers"), [p["name"] for p in system.get("speakers") or []]),
    }
    for name, (gold_names, system_names) in sets.items():
        if gold_names is None:
            continue
        hits = match_names(gold_names, system_names)
        for target in slices:
            prf = target.sets[name]
            prf.true_positives += hits
            prf.gold += len(gold_names)
            prf.system += len(system_names)
        missed = [g for g in gold_names if not any(same_name(g, s) for s in system_names)]
        extra = [s for s in system_names if not any(same_name(g, s) for g in gold_names)]
        if missed or extra:  # what the gold has that the system lacks, and the reverse
            report.failures.append(
                {
                    "file": stem,
                    "part": part,
                    "field": name,
                    "gold": missed,
                    "system": extra,
                    "line": None,
                }
            )
    if gold.get("role_mentions") is not None:
        system_roles = [
            (m["text"], p["name"])
            for p in system.get("persons") or []
            for m in p.get("mentions", [])
            if m.get("kind")
            in ("role", "salutation")  # the gold counts "Dear Chris" among role mentions
        ]
        gold_roles = {
            (fold(r["as_written"]), r["person"]) for r in gold["role_mentions"]
        }  # distinct, like the system's
        # As written, up to an OCR slip: the text may say "The Sccretary" where the gold has "The
        # Secretary".
        hits = sum(
            1
            for written, person in gold_roles
            if any(
                same_role_words(fold(t), written) and same_name(person, n) for t, n in system_roles
            )
        )
        missed = sorted(
            f"{w} = {p}"
            for w, p in gold_roles
            if not any(same_role_words(fold(t), w) and same_name(p, n) for t, n in system_roles)
        )
        extra = sorted(
            {
                f"{t} = {n}"
                for t, n in system_roles
                if not any(same_role_words(fold(t), w) and same_name(p, n) for w, p in gold_roles)
            }
        )
        if missed or extra:
            report.failures.append(
                {
                    "file": stem,
                    "part": part,
                    "field": "roles",
                    "gold": missed,
                    "system": extra,
                    "line": None,
                }
            )
        for target in slices:
            prf = target.sets["roles"]
            prf.gold += len(gold_roles)
            prf.system += len({(fold(t), n) for t, n in system_roles})
            prf.true_positives += hits
    if gold.get("turns"):
        score_turns(report, gold, system)
    if gold.get("channel") is not None and "channel" in gold:
        ok = len(gold["channel"]) == len(system.get("channel") or []) and all(
            same_name(g, s["name"])
            for g, s in zip(gold["channel"], system.get("channel") or [], strict=True)
        )
        check("channel", ok, gold["channel"], [p["name"] for p in system.get("channel") or []])
    for gold_party in gold.get("participants") or []:
        if not gold_party.get("side"):
            continue
        found = next(
            (
                p
                for p in system.get("participants") or []
                if same_name(gold_party["name"], p["name"])
            ),
            None,
        )
        if found:
            report.sides.add((found.get("side") or "") == gold_party["side"])


def score_date(slices, gold: dict, system: dict, check) -> None:
    """A stated date must be exact; an unstated one may be a range that holds it, or nothing;
    where the text states none and the editors give none, no exact date may be given."""
    gold_date = gold["date"]
    system_date, system_range = system.get("date"), system.get("date_range")

    def count(key: str, n: int = 1) -> None:
        for target in slices:
            target.dates[key] += n

    if gold.get("date_in_text", True) and gold_date:
        ok = system_date == gold_date
        count("stated")
        count("stated_exact", int(ok))
        # A month or year that holds the stated day is short of exact, not wrong.
        count(
            "wrong",
            int(
                bool(
                    system_date
                    and not ok
                    and not (len(system_date) < 10 and gold_date.startswith(system_date))
                )
            ),
        )
        check("date", ok, gold_date, system_date or system_range)
        return
    if not gold_date:
        count("dateless")
        count("dateless_ok", int(not system_date))
        count("wrong", int(bool(system_date)))
        check("date", not system_date, gold_date, system_date)
        return
    count("unstated")
    if system_date:
        ok = system_date == gold_date or (
            len(system_date) < 10 and gold_date.startswith(system_date)
        )
    elif system_range:
        ok = system_range[0] <= gold_date <= system_range[1]
    else:
        ok = True  # abstaining is an acceptable answer when the text does not state the date
    count("unstated_ok", int(ok))
    count("wrong", int(not ok))
    check("date", ok, gold_date, system_date or system_range)


def truth_line(text: str, field_name: str, gold_value) -> str | None:
    """The line of the document that shows the gold's value, so that a wrong fact can be
    checked against the words at a glance (None when no line shows it plainly)."""
    if not text or gold_value in (None, [], ""):
        return None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    needles: list[str] = []
    if field_name == "date" and isinstance(gold_value, str) and len(gold_value) == 10:
        year, month, day = gold_value.split("-")
        name = MONTHS[int(month) - 1]
        needles = [
            f"{name} {int(day)}, {year}",
            f"{int(day)} {name} {year}",
            f"{name[:3]} {int(day)}",
            f"{name} {int(day)}",
        ]
    elif field_name in ("sender", "recipients", "no sender", "no recipients"):
        names = gold_value if isinstance(gold_value, list) else [gold_value]
        needles = [n for n in (name_tokens(n)[-1] if name_tokens(n) else "" for n in names) if n]
    elif field_name == "classification":
        needles = [str(gold_value).split()[-1]]
    elif field_name == "type":
        needles = [str(gold_value).split()[0]]
    elif isinstance(gold_value, str):
        needles = [gold_value]
    for needle in needles:
        folded = fold(needle)
        for line in lines:
            if folded and folded in fold(line):
                return line[:160]
    return None


def score_turns(report: Report, gold: dict, system: dict) -> None:
    """Turn by turn in order: the speaker (after correction) must be the gold's true speaker;
    a planted misattribution must be flagged, and a flag must point at one."""
    names = {p["id"]: p["name"] for p in system.get("persons") or []}
    text = system.get("text") or ""
    gold_speakers = [t["speaker"] for t in gold["turns"]]
    system_speakers = [names.get(t["speaker"], t["speaker"]) for t in system.get("turns") or []]
    # Align the two sequences of turns (a missed or extra turn shifts the rest, it must not
    # count against every later turn), then compare speakers pair by pair.
    pairs = difflib.SequenceMatcher(
        None,
        [skeleton_of(n) for n in gold_speakers],
        [skeleton_of(n) for n in system_speakers],
        autojunk=False,
    )
    right = sum(block.size for block in pairs.get_matching_blocks())
    report.turns.correct += right
    report.turns.total += len(gold_speakers)
    flags = [f for f in system.get("flags") or [] if f["kind"] == "speaker-not-participant"]
    prf = report.sets["misattribution flags"]
    planted = {m["as_written"] for m in gold.get("misattributions") or []}
    flagged = {next((w for w in planted if w in text[f["start"] : f["end"]]), None) for f in flags}
    prf.gold += len(planted)
    prf.system += len(flags)
    prf.true_positives += len({w for w in flagged if w})
