"""Benchmarks: ingest throughput and search latency on synthetic archives.

Speed is measured here, never in tests. Each ingest run happens in a fresh process so
its peak memory is its own.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import click
from tabulate import tabulate

from .settings import DEFAULT


def peak_rss_mb() -> float:
    """Peak resident memory of this process plus its largest child, in MB (Linux reports KB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def anon_mb() -> float:
    """This process's anonymous resident memory (its own allocations, not memory-mapped files), in MB."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_ingest(docs_dir: str, db_path: str, workers: int, queue, registry: str | None = None) -> None:
    import threading

    from .ingest import ingest
    from .store import sqlite as store

    # Peak RSS also counts the search index's memory-mapped files, which grow with the archive;
    # the anonymous memory, sampled here, is what the process itself holds.
    peak_anon = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            peak_anon[0] = max(peak_anon[0], anon_mb())

    threading.Thread(target=sample, daemon=True).start()

    if registry:  # link against an imported registry, as an archive that ran `authority import` does
        db = store.open_store(db_path)
        store.save_authority(db, store.load_authority(store.open_store(registry, create=False)))
        db.close()

    started = time.perf_counter()
    summary = ingest([docs_dir], db_path, DEFAULT.with_(workers=workers))
    done.set()
    queue.put(
        {
            "seconds": time.perf_counter() - started,
            "documents": summary.documents_added,
            "failures": len(summary.failures),
            "peak_rss_mb": peak_rss_mb(),
            "peak_anon_mb": max(peak_anon[0], anon_mb()),
        }
    )


def bench_ingest(documents: int, workers: list[int], seed: int = 11, words: int = 1000, workdir: str | None = None, registry: str | None = None) -> dict:
    from .synth import write_archive

    root = Path(workdir or tempfile.mkdtemp(prefix="chancery-bench-"))
    docs = root / f"synth-{documents}-{seed}-{words}"
    if not (docs / "docs").exists():
        write_archive(docs, documents, seed=seed, ocr_noise=0.05, words=words)
    mb = folder_mb(docs / "docs")
    runs = []
    context = multiprocessing.get_context("spawn")
    for n in workers:
        db_path = root / f"bench-{n}.db"
        for leftover in (db_path, db_path.with_suffix(".index")):
            shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(missing_ok=True)
        queue = context.Queue()
        process = context.Process(target=run_ingest, args=(str(docs / "docs"), str(db_path), n, queue, registry))
        process.start()
        figures = queue.get()
        process.join()
        runs.append(
            {
                "workers": n,
                "documents": figures["documents"],
                "failures": figures["failures"],
                "seconds": round(figures["seconds"], 2),
                "docs_per_s": round(figures["documents"] / figures["seconds"], 1),
                "mb_per_s": round(mb / figures["seconds"], 2),
                "peak_rss_mb": round(figures["peak_rss_mb"], 1),
                "peak_anon_mb": round(figures["peak_anon_mb"], 1),
            }
        )
    if not workdir:
        shutil.rmtree(root, ignore_errors=True)
    first = runs[0]
    return {**{k: first[k] for k in ("documents", "docs_per_s", "mb_per_s", "peak_rss_mb", "peak_anon_mb")}, "corpus_mb": round(mb, 1), "runs": runs}


def search_record(name: str, part: int, text: str, gold: dict) -> dict:
    """A stored record straight from synthetic gold: search speed does not depend on the pipeline."""
    return {
        "id": f"bench{name}-{part}",
        "source": {"path": f"{name}.txt", "part": part, "parts": 1, "format": "text", "sha256": name},
        "type": gold.get("doc_type"),
        "date": gold.get("date"),
        "date_range": None,
        "classification": gold.get("classification"),
        "collection": gold.get("collection"),
        "title": gold.get("title"),
        "text": text,
    }


def build_search_archive(db_path: Path, documents: int, seed: int) -> None:
    from .search import index as search_index
    from .store import sqlite as store
    from .synth import generate

    db = store.open_store(db_path)
    if store.get_meta(db, "bench_documents") != str(documents):
        with tqdm_bar(documents, "generate") as bar:
            for synth_file in generate(documents, seed=seed, ocr_noise=0.02):
                records = []
                for part, gold in enumerate(synth_file.gold, start=1):
                    text = synth_file.text[gold.get("start", 0) : gold.get("end", len(synth_file.text))]
                    records.append(search_record(synth_file.name, part, text, gold))
                store.add_file(db, synth_file.name, "text", synth_file.name, len(synth_file.text), records, ["" for _ in records])
                bar.update(len(records))
        store.set_meta(db, "bench_documents", str(documents))
    with tqdm_bar(None, "index") as bar:
        search_index.sync(db, db_path, DEFAULT.with_(index_batch=5000), progress=bar.update)
    db.close()


def tqdm_bar(total, desc):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="doc", leave=False)


PUNCTUATION = ".,;:()\"'"
STOPWORDS = {"the", "that", "this", "with", "from", "have", "been", "were", "would", "could", "which", "there", "their", "about", "before", "after", "under", "within"}


def content_word(word: str) -> bool:
    word = word.strip(PUNCTUATION)
    return word.isalpha() and len(word) > 3 and word.lower() not in STOPWORDS and word == word.strip()


def query_mix(texts: list[str], count: int, seed: int) -> list[tuple[str, str]]:
    """One-word, two-word, phrase, prefix and filtered queries drawn from the archive's own words."""
    rng = random.Random(seed)
    words = [w.strip(".,;:()\"'").lower() for t in texts for w in t.split()]
    words = [w for w in words if w.isalpha() and len(w) > 3]
    queries = []
    for i in range(count):
        kind = ("word", "two words", "phrase", "prefix", "filtered")[i % 5]
        text = rng.choice(texts).split()
        if kind == "word":
            q = rng.choice(words)
        elif kind == "two words":
            q = f"{rng.choice(words)} {rng.choice(words)}"
        elif kind == "phrase":
            # Two neighbouring content words, as people search ("nuclear weapons", "Foreign Ministry"),
            # not stopword pairs ("of the") that nobody types as a phrase.
            pairs = [(a, b) for a, b in zip(text, text[1:]) if content_word(a) and content_word(b)]
            a, b = rng.choice(pairs) if pairs else (rng.choice(words), rng.choice(words))
            q = f'"{a.strip(PUNCTUATION)} {b.strip(PUNCTUATION)}"'
        elif kind == "prefix":
            q = rng.choice(words)[:4] + "*"
        else:
            q = f"{rng.choice(words)} type:memorandum_of_conversation year:1955..1965"
        queries.append((kind, q))
    return queries


def bench_search(documents: int, queries: int = 500, seed: int = 12, limit: int = 10, workdir: str | None = None, facets: bool = False) -> dict:
    from .search.index import Searcher
    from .store import sqlite as store

    root = Path(workdir or tempfile.mkdtemp(prefix="chancery-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    db_path = root / f"search-{documents}-{seed}.db"
    build_search_archive(db_path, documents, seed)
    db = store.open_store(db_path)
    sample = [record.get("text", "")[:3000] for _, (_, record) in zip(range(200), store.iter_records(db))]
    db.close()
    searcher = Searcher(db_path)
    mix = query_mix(sample, queries, seed)
    for _, q in mix[:50]:  # warm the page cache and the searcher
        searcher.search(q, limit=limit, facets=facets)
    timings: dict[str, list[float]] = {}
    for kind, q in mix:
        started = time.perf_counter()
        searcher.search(q, limit=limit, facets=facets)
        timings.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
    everything = [t for ts in timings.values() for t in ts]
    if not workdir:
        shutil.rmtree(root, ignore_errors=True)
    return {
        "documents": documents,
        **percentiles(everything),
        "by_kind": {kind: percentiles(ts) for kind, ts in timings.items()},
        "queries": len(everything),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def percentiles(values: list[float]) -> dict:
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50_ms": round(cuts[49], 2), "p95_ms": round(cuts[94], 2), "p99_ms": round(cuts[98], 2)}


@click.group()
def bench():
    """Benchmarks on synthetic archives (speed and memory)."""


@bench.command(name="ingest")
@click.option("--docs", "-n", "documents", type=click.IntRange(10), default=1000, show_default=True, help="Synthetic documents")
@click.option("--workers", default="1,2", show_default=True, help="Worker counts to compare, comma-separated")
@click.option("--words", type=click.IntRange(50), default=1000, show_default=True, help="Words per document")
@click.option("--seed", type=int, default=11, show_default=True)
@click.option("--workdir", type=click.Path(file_okay=False), help="Keep the corpus and archives here (reused next time)")
@click.option("--registry", type=click.Path(exists=True, dir_okay=False), help="Use this archive's imported person registry")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object of the figures")
def ingest_command(documents, workers, words, seed, workdir, registry, as_json):
    """Ingest throughput (documents/s, MB/s, peak memory) with 1 and 2 workers."""
    counts = [int(w) for w in workers.split(",") if w.strip()]
    figures = bench_ingest(documents, counts, seed=seed, words=words, workdir=workdir, registry=registry)
    if as_json:
        click.echo(json.dumps(figures))
        return
    click.echo(f"ingest of {documents} synthetic documents ({figures['corpus_mb']} MB, ~{words} words each)")
    click.echo(tabulate(figures["runs"], headers="keys"))


@bench.command(name="search")
@click.option("--docs", "-n", "documents", type=click.IntRange(10), default=10000, show_default=True, help="Documents in the archive")
@click.option("--queries", type=click.IntRange(20), default=500, show_default=True)
@click.option("--limit", type=click.IntRange(1, 100), default=10, show_default=True, help="Results (with snippets) per query")
@click.option("--seed", type=int, default=12, show_default=True)
@click.option("--workdir", type=click.Path(file_okay=False), help="Keep the archive here (reused next time)")
@click.option("--facets", is_flag=True, help="Count facets (type, year, classification, collection, person) with every query")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object of the figures")
def search_command(documents, queries, limit, seed, workdir, facets, as_json):
    """Search latency (p50/p95/p99) for a mix of queries with ranking and snippets."""
    figures = bench_search(documents, queries, seed=seed, limit=limit, workdir=workdir, facets=facets)
    if as_json:
        click.echo(json.dumps(figures))
        return
    click.echo(f"search over {documents} documents, {figures['queries']} queries, {limit} results with snippets each{' and facets' if facets else ''}")
    rows = [{"queries": kind, **p} for kind, p in figures["by_kind"].items()]
    rows.append({"queries": "all", **{k: figures[k] for k in ("p50_ms", "p95_ms", "p99_ms")}})
    click.echo(tabulate(rows, headers="keys"))
