"""The pipeline against the FRUS editors: on every document of a TEI volume, how often the
pipeline's own reading of the text agrees with what the editors encoded.

    chancery eval --frus volumes/frus1969-76v12.xml [--frus ...]

Per field, counted over the documents where the editors state it: agree, disagree (the
pipeline read something else) and missing (it read nothing). Dates are the editors' days
(``date/@when`` of the dateline) against the pipeline's exact date; sender and recipients
the editors' ``persName`` marked from/to, linked to the registry, against the pipeline's
linked persons; persons are the registry persons the editors tagged in the text against
those the pipeline linked (precision counts only persons the registry knows, since the
editors tag persons, and a pipeline's person the editors did not tag may still be right).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tabulate import tabulate

from ..layouts.frus import type_of
from ..pipeline.editors import classification_of

FIELDS = ["type", "date", "place", "classification", "sender", "recipients"]


@dataclass
class FrusAgreement:
    volumes: list[str] = field(default_factory=list)
    documents: int = 0
    counts: dict[str, Counter] = field(default_factory=lambda: {f: Counter() for f in FIELDS})
    persons: Counter = field(default_factory=Counter)  # tp, fp, fn over registry persons
    disagreements: list[tuple[str, int | None, str, str, str]] = field(
        default_factory=list
    )  # volume, number, field, editors, pipeline

    def share(self, name: str) -> float | None:
        c = self.counts[name]
        total = c["agree"] + c["disagree"] + c["missing"]
        return c["agree"] / total if total else None

    def rounded_share(self, name: str) -> float | None:
        share = self.share(name)
        return None if share is None else round(share, 3)

    def persons_figures(self) -> dict:
        tp, fp, fn = self.persons["tp"], self.persons["fp"], self.persons["fn"]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}

    def to_dict(self) -> dict:
        return {
            "volumes": self.volumes,
            "documents": self.documents,
            "fields": {
                f: {
                    **self.counts[f],
                    "agreement": self.rounded_share(f),
                }
                for f in FIELDS
            },
            "persons": self.persons_figures(),
            "disagreements": [
                dict(zip(("volume", "number", "field", "editors", "pipeline"), d, strict=True))
                for d in self.disagreements
            ],
        }

    def table(self, failures: int = 20) -> str:
        rows = []
        for name in FIELDS:
            c = self.counts[name]
            share = self.share(name)
            rows.append(
                (
                    name,
                    c["agree"] + c["disagree"] + c["missing"],
                    c["agree"],
                    c["disagree"],
                    c["missing"],
                    "—" if share is None else f"{share:.3f}",
                )
            )
        p = self.persons_figures()
        lines = [
            f"{self.documents} documents of {len(self.volumes)} FRUS volume(s): the "
            f"pipeline's reading against the editors'",
            "",
            tabulate(
                rows,
                headers=["field", "editors state it", "agree", "disagree", "missing", "agreement"],
            ),
            "",
            f"persons (registry persons the editors tagged): precision "
            f"{p['precision']:.3f}  recall {p['recall']:.3f}  F1 {p['f1']:.3f}",
        ]
        if self.disagreements and failures:
            lines += ["", "disagreements (volume, document, field: editors | pipeline):"]
            lines += [
                f"  {v} {n}  {f}: {e} | {r}" for v, n, f, e, r in self.disagreements[:failures]
            ]
        return "\n".join(lines)


def evaluate_frus(volumes: list[str | Path], settings=None, matcher=None) -> FrusAgreement:
    from ..pipeline import process_source
    from ..read import read_file
    from ..settings import DEFAULT

    settings = settings or DEFAULT
    result = FrusAgreement()
    for path in volumes:
        source = read_file(path, settings)
        if source.format != "tei":
            raise ValueError(f"{path}: not a FRUS TEI volume (no div[@type='document'])")
        result.volumes.append(source.meta.get("volume") or str(path))
        facts_of = [d["editors"] for d in source.meta["documents"]]
        for doc in process_source(source, settings, matcher):
            if doc.pipeline_reading is not None:
                result.documents += 1
                compare(result, facts_of[doc.part - 1], doc.pipeline_reading)
    return result


def compare(result: FrusAgreement, facts, reading: dict) -> None:
    def judge(name: str, editors, pipeline, same=None) -> None:
        if editors in (None, "", [], frozenset()):
            return
        if pipeline in (None, "", [], frozenset()):
            result.counts[name]["missing"] += 1
            verdict = "missing"
        else:
            verdict = (
                "agree"
                if (same(editors, pipeline) if same else editors == pipeline)
                else "disagree"
            )
            result.counts[name][verdict] += 1
        if verdict != "agree":
            result.disagreements.append(
                (facts.volume, facts.number, name, shown(editors), shown(pipeline))
            )

    judge("type", type_of(facts.title) if facts.title else None, reading["type"])
    judge("date", facts.date, reading["date"])
    judge(
        "place",
        facts.place,
        reading["place"],
        lambda a, b: a.casefold().strip(" .,") == b.casefold().strip(" .,"),
    )
    judge("classification", classification_of(facts.source_note)[0], reading["classification"])
    senders = [e["id"] for e in facts.senders if e.get("id")]
    judge("sender", senders[0] if senders else None, (reading["sender"] or {}).get("id"))
    recipients = frozenset(e["id"] for e in facts.recipients if e.get("id"))
    judge(
        "recipients",
        recipients,
        frozenset(r["id"] for r in reading["recipients"] if r and r.get("id")),
    )
    tagged = {p["id"] for p in facts.persons if p.get("id")}
    read = {p for p in reading["persons"] if p and not p.startswith("local:")}
    result.persons["tp"] += len(tagged & read)
    result.persons["fn"] += len(tagged - read)
    result.persons["fp"] += len(read - tagged)


def shown(value) -> str:
    if isinstance(value, frozenset):
        return ", ".join(sorted(value)) or "—"
    return "—" if value in (None, "") else str(value)
