"""Benchmarks: ingest throughput, search latency and the HTTP server under load, on synthetic
archives.

Speed is measured here, never in tests. Each ingest run happens in a fresh process so
its peak memory is its own.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import functools
import itertools
import json
import logging
import multiprocessing
import os
import random
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from tabulate import tabulate

from ..record import StoredDocument, edges_between, flat, local_person_id, record_from_dict
from ..settings import DEFAULT


def peak_rss_mb() -> float:
    """Peak resident memory of this process plus its largest child, in MB (Linux reports KB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def anon_mb() -> float:
    """This process's anonymous resident memory (its own allocations, not memory-mapped files),
    in MB."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_ingest(
    docs_dir: str,
    db_path: str,
    workers: int,
    queue,
    registry: str | None = None,
    index_dir: str = "",
    cluster: str | None = None,
) -> None:
    import threading

    from ..ingest import ingest
    from ..store import open_store

    # Peak RSS also counts the search index's memory-mapped files, which grow with the archive;
    # the anonymous memory, sampled here, is what the process itself holds.
    peak_anon = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            peak_anon[0] = max(peak_anon[0], anon_mb())

    threading.Thread(target=sample, daemon=True).start()

    if (
        registry
    ):  # link against an imported registry, as an archive that ran `authority import` does
        with open_store(registry, create=False) as source, open_store(db_path) as db:
            db.save_authority(source.load_authority())

    settings = DEFAULT.with_(workers=workers, index_dir=index_dir)
    with started_cluster(cluster, workers) as address:
        started = time.perf_counter()
        if address:
            from ..cluster import ingest as ingest_on_cluster

            summary = ingest_on_cluster([docs_dir], db_path, address, settings)
        else:
            summary = ingest([docs_dir], db_path, settings)
    done.set()
    queue.put(
        {
            "seconds": time.perf_counter() - started,
            "store_seconds": summary.store_seconds,
            "index_seconds": summary.index_seconds,
            "documents": summary.documents_added,
            "failures": len(summary.failures),
            "peak_rss_mb": peak_rss_mb(),
            "peak_anon_mb": max(peak_anon[0], anon_mb()),
        }
    )


@contextlib.contextmanager
def started_cluster(cluster: str | None, workers: int):
    """The scheduler address to ingest through: for ``local:N``, a LocalCluster of ``workers``
    processes started (and its workers up) before the clock starts; a scheduler's address as
    given; None without a cluster."""
    if not cluster or not cluster.startswith("local:"):
        yield cluster
        return
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as local,
        Client(local) as client,
    ):
        client.wait_for_workers(workers)
        yield local.scheduler_address


def cluster_worker_counts(cluster: str, counts: list[int]) -> list[int]:
    """The runs' worker counts: for ``local:N``, those asked for up to N, and N; for a running
    cluster, the workers it has (one run)."""
    from ..cluster import local_workers

    most = local_workers(cluster)
    if most is not None:
        return sorted({n for n in counts if n <= most} | {most})
    from distributed import Client

    with Client(cluster, timeout=30) as client:
        return [len(client.scheduler_info()["workers"])]


def database_url(server: str, name: str) -> str:
    """The URL of database ``name`` on the server of URL ``server``."""
    from urllib.parse import urlsplit

    return urlsplit(server)._replace(path="/" + name).geturl()


@contextlib.contextmanager
def bench_database(server: str, name: str):
    """A new PostgreSQL database on ``server`` for one run, dropped afterwards (nothing of the
    user's is touched)."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield database_url(server, name)
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def bench_ingest(
    documents: int,
    workers: list[int],
    seed: int = 11,
    words: int = 1000,
    workdir: str | None = None,
    registry: str | None = None,
    server: str | None = None,
    cluster: str | None = None,
) -> dict:
    """Ingest the synthetic corpus once per worker count, into a fresh SQLite file, or (``server``,
    a PostgreSQL URL) into a fresh database created on that server for the run and dropped after;
    with ``cluster``, through Dask workers (``chancery ingest --cluster``) rather than local
    ones."""
    from .synth import write_archive

    root = Path(workdir or tempfile.mkdtemp(prefix="chancery-bench-"))
    docs = root / f"synth-{documents}-{seed}-{words}"
    if not (docs / "docs").exists():
        write_archive(docs, documents, seed=seed, ocr_noise=0.05, words=words)
    mb = folder_mb(docs / "docs")
    runs = []
    context = multiprocessing.get_context("spawn")
    for n in workers:
        name = f"bench-{n}" if server is None else f"chancery_bench_{n}_{os.getpid()}"
        for leftover in (root / f"{name}.db", root / f"{name}.index", root / f"{name}.db.ocr"):
            shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(
                missing_ok=True
            )
        with (
            contextlib.nullcontext(str(root / f"{name}.db"))
            if server is None
            else bench_database(server, name) as target
        ):
            queue = context.Queue()
            process = context.Process(
                target=run_ingest,
                args=(str(docs / "docs"), target, n, queue, registry, str(root), cluster),
            )
            process.start()
            figures = queue.get()
            process.join()
        shutil.rmtree(root / f"{name}.index", ignore_errors=True)
        documents_added = max(1, figures["documents"])
        runs.append(
            {
                "workers": n,
                "documents": figures["documents"],
                "failures": figures["failures"],
                "seconds": round(figures["seconds"], 2),
                "docs_per_s": round(figures["documents"] / figures["seconds"], 1),
                "mb_per_s": round(mb / figures["seconds"], 2),
                # The store's own cost: time in its writes (one transaction a file), per document
                # stored. On a cluster, summed over the workers, waits for the store's write lock
                # included.
                "store_ms_per_doc": round(figures["store_seconds"] * 1000 / documents_added, 3),
                "index_ms_per_doc": round(figures["index_seconds"] * 1000 / documents_added, 3),
                "peak_rss_mb": round(figures["peak_rss_mb"], 1),
                "peak_anon_mb": round(figures["peak_anon_mb"], 1),
            }
        )
    if not workdir:
        shutil.rmtree(root, ignore_errors=True)
    first = runs[0]
    keys = (
        "documents",
        "docs_per_s",
        "mb_per_s",
        "store_ms_per_doc",
        "peak_rss_mb",
        "peak_anon_mb",
    )
    return {
        **{k: first[k] for k in keys},
        "store": "postgresql" if server else "sqlite",
        "cluster": cluster,
        "corpus_mb": round(mb, 1),
        "runs": runs,
    }


# ---- Synthetic archives for the search and API benchmarks ---------------------------------

ARCHIVE_LAYOUT = "2"  # bump when the records below change shape: cached archives are then rebuilt
CHUNK_DOCUMENTS = 5000  # documents generated per task of the build's worker processes
BUILD_INDEX_BATCH = 20_000  # documents between index commits while building (fewer commits, faster)
BUILD_INDEX_HEAP_MB = 128  # the index writer's buffer while building
_CASTS: dict[tuple[int, str], object] = {}


@functools.lru_cache(maxsize=1)
def registry() -> list:
    """The core registry, loaded once per process (the cast cache is keyed by its identity): the
    synthetic archives' cast are the principal officials, as `chancery synth` draws them."""
    from ..authority.registry import load_core

    return load_core()


@contextlib.contextmanager
def remembered_casts():
    """Remember synth's cast of each date: ``cast_on`` scans the whole registry per document,
    nine tenths of generation time, and a date's cast never changes (it draws no random numbers)."""
    from . import synth

    original = synth.cast_on

    def cast_on(persons, date):
        key = (id(persons), date)
        if key not in _CASTS:
            _CASTS[key] = original(persons, date)
        return _CASTS[key]

    synth.cast_on = cast_on
    try:
        yield
    finally:
        synth.cast_on = original


def person_ref(name: str, ids: dict[str, str]) -> dict:
    return {"id": ids.get(name) or local_person_id(name), "name": name}


def search_record(
    name: str, part: int, text: str, gold: dict, ids: dict[str, str] | None = None
) -> StoredDocument:
    """A stored record straight from synthetic gold: search speed does not depend on the pipeline.

    People are linked as the pipeline would link them (registry ids), so person filters,
    person facets and the people of each hit have real rows to work on."""
    ids = ids or {}
    sender = person_ref(gold["sender"], ids) if gold.get("sender") else None
    recipients = [person_ref(n, ids) for n in gold.get("recipients", [])]
    participants = [
        {
            **person_ref(p["name"], ids),
            "side": p.get("side"),
            "role": None,
            "as_written": p.get("as_written"),
        }
        for p in gold.get("participants", [])
    ]
    named = list(
        dict.fromkeys(
            gold.get("persons_mentioned", [])
            + ([gold["sender"]] if gold.get("sender") else [])
            + list(gold.get("recipients", []))
        )
    )
    edges = edges_between(
        sender["id"] if sender else None,
        [r["id"] for r in recipients],
        [p["id"] for p in participants],
    )
    stored = {
        "id": f"bench{name}-{part}",
        "source": {
            "path": f"{name}.txt",
            "part": part,
            "parts": 1,
            "format": "text",
            "sha256": name,
        },
        "type": gold.get("doc_type"),
        "date": gold.get("date"),
        "date_range": None,
        "classification": gold.get("classification"),
        "collection": gold.get("collection"),
        "title": gold.get("title"),
        "place": gold.get("place"),
        "sender": sender,
        "recipients": recipients,
        "participants": participants,
        "persons": [{**person_ref(n, ids), "mentions": []} for n in named],
        "speakers": [person_ref(n, ids) for n in gold.get("speakers", [])],
        "edges": [flat(e) for e in edges],
        "text": text,
    }
    return record_from_dict(stored)


def generate_chunk(
    task: tuple[int, int, int, int],
) -> list[tuple[str, int, list[StoredDocument]]]:
    """One worker's share of the archive: (file name, file size, records) for ``count`` documents.

    Each chunk has its own seed, so the archive is the same whatever the number of workers."""
    from .synth import generate

    chunk, count, seed, words = task
    persons = registry()
    ids = {p.name: p.id for p in persons}
    files = []
    with remembered_casts():
        for synth_file in generate(
            count, seed=seed * 100_003 + chunk, ocr_noise=0.02, persons=persons, words=words
        ):
            name = f"{chunk:04d}-{synth_file.name}"
            records = [
                search_record(
                    name,
                    part,
                    synth_file.text[gold.get("start", 0) : gold.get("end", len(synth_file.text))],
                    gold,
                    ids,
                )
                for part, gold in enumerate(synth_file.gold, start=1)
            ]
            files.append((name, len(synth_file.text), records))
    return files


def generated_chunks(documents: int, seed: int, words: int, workers: int):
    """Chunks of generated files in order, made by ``workers`` processes at most a few chunks ahead
    (so a million documents never sit in memory at once)."""
    tasks = [
        (n, min(CHUNK_DOCUMENTS, documents - start), seed, words)
        for n, start in enumerate(range(0, documents, CHUNK_DOCUMENTS))
    ]
    if workers <= 1 or len(tasks) == 1:
        for task in tasks:
            yield generate_chunk(task)
        return
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        pending = collections.deque(
            pool.apply_async(generate_chunk, (t,)) for t in tasks[: workers * 2]
        )
        queued = len(pending)
        while pending:
            files = pending.popleft().get()
            if queued < len(tasks):
                pending.append(pool.apply_async(generate_chunk, (tasks[queued],)))
                queued += 1
            yield files


def sqlite_index(db_path: Path) -> Path:
    """The search and api benchmarks' SQLite archives: their index is beside them."""
    return Path(db_path).with_suffix(".index")


def remove_archive(db_path: Path) -> None:
    shutil.rmtree(sqlite_index(db_path), ignore_errors=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)


def store_mb(db) -> float:
    """The store's size on disk: the SQLite file and its log, or the PostgreSQL database."""
    from ..store import is_url

    if is_url(db.name):
        with db.session() as session:
            row = session.execute("SELECT pg_database_size(current_database()) AS size").fetchone()
        return round(row["size"] / 1e6, 1)
    files = [Path(f"{db.name}{s}") for s in ("", "-wal")]
    return round(sum(f.stat().st_size for f in files if f.exists()) / 1e6, 1)


def index_segments(index_folder: Path) -> int:
    meta = Path(index_folder) / "meta.json"
    return len(json.loads(meta.read_text()).get("segments", [])) if meta.exists() else 0


def bench_key(documents: int, seed: int, words: int) -> str:
    return f"{ARCHIVE_LAYOUT}:{documents}:{seed}:{words}"


def store_generated(stores: list, documents: int, seed: int, words: int, workers: int) -> None:
    """The synthetic archive's records stored, file by file, into each of ``stores`` (generated
    once for all of them)."""
    with tqdm_bar(documents, "generate and store") as bar:
        for files in generated_chunks(documents, seed, words, workers):
            for name, size, records in files:
                for db in stores:
                    db.add_file(f"{name}.txt", "text", name, size, records, ["" for _ in records])
                bar.update(len(records))


def build_search_archive(
    db_path: Path, documents: int, seed: int, words: int = 1000, workers: int = 2
) -> dict:
    """Build (or reuse, when the same documents/seed/words were built before) an SQLite store of
    synthetic records and its search index, built in one sync after the store. Returns the build
    figures."""
    from ..store import open_store

    key = bench_key(documents, seed, words)
    figures: dict[str, Any] = {"store": "sqlite", "reused": False}
    db = open_store(db_path) if Path(db_path).exists() else None
    if db is not None and db.get_meta("bench_archive") == key:
        figures.update(reused=True, store_seconds=float(db.get_meta("bench_store_seconds") or 0))
    else:
        if db is not None:
            db.close()
        remove_archive(db_path)  # a half-built or different archive: start over
        db = open_store(db_path)
        started = time.perf_counter()
        store_generated([db], documents, seed, words, workers)
        figures["store_seconds"] = round(time.perf_counter() - started, 1)
        db.set_meta("bench_store_seconds", str(figures["store_seconds"]))
        db.set_meta("bench_archive", key)
    settings = DEFAULT.with_(index_batch=BUILD_INDEX_BATCH, index_heap_mb=BUILD_INDEX_HEAP_MB)
    index_after(db, settings, figures, documents)
    figures["index"] = (
        f"built in one sync after the store ({BUILD_INDEX_BATCH:,} documents a commit,"
        f" {BUILD_INDEX_HEAP_MB} MB writer)"
    )
    db.close()
    return figures


def index_after(db, settings, figures: dict, documents: int) -> None:
    """Bring the archive's index up to date (a no-op when it is) and add its figures."""
    from ..search import index as search_index

    started = time.perf_counter()
    with tqdm_bar(documents, "index") as bar:
        indexed = search_index.sync(db, settings, progress=bar.update)
    if indexed:
        db.set_meta("bench_index_seconds", str(round(time.perf_counter() - started, 1)))
    folder = search_index.index_path(db, settings)
    figures.update(
        index_seconds=float(db.get_meta("bench_index_seconds") or 0),
        documents_stored=db.last_seq(),
        store_mb=store_mb(db),
        index_mb=round(folder_mb(folder), 1),
        segments=index_segments(folder),
        index_folder=str(folder),
    )


def node_settings(index_dir: Path):
    """A serve node's settings (the defaults: its commit batches, writer memory and how often it
    follows), but the folder its index is kept in."""
    return DEFAULT.with_(index_dir=str(index_dir))


@contextlib.contextmanager
def search_database(server: str, name: str, key: str, keep: bool):
    """The URL of the bench's database ``name`` on ``server``, holding the archive of ``key`` or
    new and empty (a half-built or different one is dropped first); kept for the next run with
    ``keep`` (a --workdir), else dropped after the run."""
    import psycopg
    from psycopg import sql

    from ..store import open_store

    url = database_url(server, name)
    with psycopg.connect(server, autocommit=True) as admin:
        found = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    if found:
        with open_store(url) as db:
            built = db.get_meta("bench_archive") == key
    if not found or not built:
        with psycopg.connect(server, autocommit=True) as admin:
            drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            admin.execute(drop)
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield url
    finally:
        if not keep:
            with psycopg.connect(server, autocommit=True) as admin:
                admin.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )


def follower(db, settings, figures: dict, stop):
    """A serve node's index following the store while it is written, as ``index.follow`` does:
    every ``index_follow_seconds``, what the store holds beyond the index's watermark is synced;
    the syncs and their time are counted into ``figures``."""
    import threading

    from ..search import index as search_index

    def follow() -> None:
        while not stop.wait(settings.index_follow_seconds):
            sync_once()

    def sync_once() -> None:
        started = time.perf_counter()
        if search_index.sync(db, settings):
            figures["syncs"] += 1
        figures["index_seconds"] += time.perf_counter() - started

    figures.update(syncs=0, index_seconds=0.0)
    thread = threading.Thread(target=follow, daemon=True)
    thread.start()
    return thread, sync_once


def build_followed_archive(
    url: str, index_dir: Path, documents: int, seed: int, words: int = 1000, workers: int = 2
) -> dict:
    """Build (or reuse) a PostgreSQL store of the synthetic records while a serve node's index,
    in its own folder under ``index_dir``, follows it by its watermark; then a last sync, as the
    node's next turn would. Returns the build figures."""
    import threading

    from ..search import index as search_index
    from ..store import open_store

    key = bench_key(documents, seed, words)
    settings = node_settings(index_dir)
    figures: dict[str, Any] = {"store": "postgresql", "reused": False}
    db = open_store(url)
    folder = search_index.index_path(db, settings)
    if db.get_meta("bench_archive") == key:  # else a new database (``search_database``)
        search_index.sync(db, settings)  # the node catching up, if it had not
        figures.update(
            reused=True,
            store_seconds=float(db.get_meta("bench_store_seconds") or 0),
            index_seconds=float(db.get_meta("bench_index_seconds") or 0),
            syncs=int(db.get_meta("bench_syncs") or 0),
        )
    else:
        search_index.sync(db, settings)  # the node's index of the empty archive, as serve makes
        stop = threading.Event()
        thread, sync_once = follower(db, settings, figures, stop)
        started = time.perf_counter()
        store_generated([db], documents, seed, words, workers)
        figures["store_seconds"] = round(time.perf_counter() - started, 1)
        stop.set()
        thread.join()
        sync_once()
        figures["index_seconds"] = round(figures["index_seconds"], 1)
        for name in ("store_seconds", "index_seconds", "syncs"):
            db.set_meta(f"bench_{name}", str(figures[name]))
        db.set_meta("bench_archive", key)
    figures.update(
        documents_stored=db.last_seq(),
        store_mb=store_mb(db),
        index_mb=round(folder_mb(folder), 1),
        segments=index_segments(folder),
        index_folder=str(folder),
        index=(
            f"followed the store in a serve node's own folder ({figures['syncs']} syncs, every"
            f" {settings.index_follow_seconds:g} s while storing, {settings.index_batch} documents"
            f" a commit, {settings.index_heap_mb} MB writer)"
        ),
    )
    db.close()
    return figures


def tqdm_bar(total, desc):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="doc", leave=False)


def archive_sample(db_path: Path, count: int = 200) -> tuple[list[str], list[str], list[str]]:
    """Texts, people's surnames and document ids drawn from the archive, to build queries and
    requests from."""
    from ..store import open_store

    with open_store(db_path, create=False) as db:
        records = [record for _, record in itertools.islice(db.iter_records(batch=count), count)]
        last = db.last_seq()
        rng = random.Random(last)
        seqs = sorted({rng.randint(1, last) for _ in range(count * 5)}) if last else []
        ids = db.document_ids(seqs)
    texts = [record.text[:3000] for record in records]
    names = {p.name for record in records for p in record.persons if not p.id.startswith("local:")}
    surnames = sorted({surname_of(n) for n in names})
    return texts, surnames, ids


def surname_of(name: str) -> str:
    words = [
        w for w in name.replace(", Jr.", "").replace(" Jr.", "").split() if w not in ("II", "III")
    ]
    return words[-1]


PUNCTUATION = ".,;:()\"'"
STOPWORDS = {
    "the",
    "that",
    "this",
    "with",
    "from",
    "have",
    "been",
    "were",
    "would",
    "could",
    "which",
    "there",
    "their",
    "about",
    "before",
    "after",
    "under",
    "within",
}
SEARCH_KINDS = ("word", "two words", "phrase", "prefix", "type+year", "person", "by date")


def content_word(word: str) -> bool:
    word = word.strip(PUNCTUATION)
    return (
        word.isalpha() and len(word) > 3 and word.lower() not in STOPWORDS and word == word.strip()
    )


def query_mix(
    texts: list[str], count: int, seed: int, surnames: list[str] | None = None
) -> list[tuple[str, str, str]]:
    """(kind, query, sort): one-word, two-word, phrase, prefix, filtered (type and years, a person)
    and date-sorted queries drawn from the archive's own words and people."""
    rng = random.Random(seed)
    words = [w.strip(PUNCTUATION).lower() for t in texts for w in t.split()]
    words = [w for w in words if w.isalpha() and len(w) > 3]
    surnames = surnames or []
    kinds = [k for k in SEARCH_KINDS if k != "person" or surnames]
    queries = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        text = rng.choice(texts).split()
        sort = "relevance"
        if kind in ("word", "by date"):
            q = rng.choice(words)
            sort = "date" if kind == "by date" else sort
        elif kind == "two words":
            q = f"{rng.choice(words)} {rng.choice(words)}"
        elif kind == "phrase":
            # Two neighbouring content words, as people search ("nuclear weapons", "Foreign
            # Ministry"), not stopword pairs ("of the") that nobody types as a phrase.
            pairs = [
                (a, b) for a, b in itertools.pairwise(text) if content_word(a) and content_word(b)
            ]
            a, b = rng.choice(pairs) if pairs else (rng.choice(words), rng.choice(words))
            q = f'"{a.strip(PUNCTUATION)} {b.strip(PUNCTUATION)}"'
        elif kind == "prefix":
            q = rng.choice(words)[:4] + "*"
        elif kind == "person":
            q = f"{rng.choice(words)} person:{rng.choice(surnames)}"
        else:
            kind_of_document = rng.choice(
                ["memorandum_of_conversation", "letter", "telegram", "memorandum"]
            )
            start = rng.randint(1947, 1985)
            q = (
                f"{rng.choice(words)} type:{kind_of_document} "
                f"year:{start}..{start + rng.randint(0, 10)}"
            )
        queries.append((kind, q, sort))
    return queries


def bench_search(
    documents: int,
    queries: int = 700,
    seed: int = 12,
    limit: int = 10,
    workdir: str | None = None,
    facets: bool = False,
    words: int = 1000,
    workers: int = 2,
    server: str | None = None,
) -> dict:
    """Search latency over the SQLite build; with ``server`` (a PostgreSQL URL), also over the
    same documents stored in a database of that server and indexed as a serve node's index
    follows it, the two measured in the same run, query by query in turn."""
    from ..search.index import Searcher

    root = Path(workdir or tempfile.mkdtemp(prefix="chancery-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    db_path = root / f"search-{documents}-{seed}-{words}.db"
    with contextlib.ExitStack() as cleanup:
        if not workdir:
            cleanup.callback(shutil.rmtree, root, ignore_errors=True)
        builds = {"sqlite": build_search_archive(db_path, documents, seed, words, workers)}
        searchers = {"sqlite": cleanup.enter_context(Searcher(db_path))}
        if server:
            name = f"chancery_bench_search_{documents}_{seed}_{words}"
            key = bench_key(documents, seed, words)
            url = cleanup.enter_context(search_database(server, name, key, keep=bool(workdir)))
            builds["postgresql"] = build_followed_archive(
                url, root, documents, seed, words, workers
            )
            searchers["postgresql"] = cleanup.enter_context(Searcher(url, node_settings(root)))
        texts, surnames, _ = archive_sample(db_path)
        mix = query_mix(texts, queries, seed, surnames)
        for _, q, sort in mix[:50]:  # warm the page cache and the searchers
            for searcher in searchers.values():
                searcher.search(q, limit=limit, facets=facets, sort=sort)
        timings: dict[str, dict[str, list[float]]] = {store: {} for store in searchers}
        matches: dict[str, dict[str, list[int]]] = {store: {} for store in searchers}
        for n, (kind, q, sort) in enumerate(mix):
            # Each query on every index in turn, first one then the other: a moment of load
            # from elsewhere on the machine falls on both alike.
            for store in list(searchers)[:: 1 if n % 2 else -1]:
                started = time.perf_counter()
                results = searchers[store].search(q, limit=limit, facets=facets, sort=sort)
                timings[store].setdefault(kind, []).append((time.perf_counter() - started) * 1000)
                matches[store].setdefault(kind, []).append(results.total)
    measured = {
        store: {**latencies(timings[store], matches[store]), "build": builds[store]}
        for store in searchers
    }
    figures = {
        "documents": documents,
        "words": words,
        **measured["sqlite"],
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    if server:
        figures["postgresql"] = measured["postgresql"]
        figures["p95_postgresql_over_sqlite"] = round(
            measured["postgresql"]["p95_ms"] / measured["sqlite"]["p95_ms"], 2
        )
    return figures


def latencies(timings: dict[str, list[float]], matches: dict[str, list[int]]) -> dict:
    """Percentiles of all the queries, of all but the person filters (which first look the name
    up in the store, not the index), and of each kind of query."""
    everything = [t for ts in timings.values() for t in ts]
    index_only = [t for kind, ts in timings.items() if kind != "person" for t in ts]
    return {
        **percentiles(everything),
        "all_but_person": percentiles(index_only),
        "by_kind": {
            kind: {**percentiles(ts), "median_matches": int(statistics.median(matches[kind]))}
            for kind, ts in timings.items()
        },
        "queries": len(everything),
    }


def percentiles(values: list[float]) -> dict:
    if len(values) < 2:
        value = round(values[0], 2) if values else None
        return {"p50_ms": value, "p95_ms": value, "p99_ms": value}
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {
        "p50_ms": round(cuts[49], 2),
        "p95_ms": round(cuts[94], 2),
        "p99_ms": round(cuts[98], 2),
    }


# ---- Load on the HTTP server ------------------------------------------------------------------

HOST = "127.0.0.1"
# (kind, endpoint, weight): what a reading room's users do, searching more than reading.
API_MIX = [
    ("search word", "/api/search", 14),
    ("search two words", "/api/search", 5),
    ("search phrase", "/api/search", 9),
    ("search type+year", "/api/search", 8),
    ("search person", "/api/search", 5),
    ("search by date", "/api/search", 5),
    ("search with facets", "/api/search", 9),
    ("document", "/api/documents/{id}", 25),
    ("search page (HTML)", "/", 15),
    ("bad query (400)", "/api/search", 2),
    ("no such document (404)", "/api/documents/{id}", 3),
]


@dataclass
class Planned:
    kind: str
    endpoint: str
    path: str
    expected: int = 200  # a request answered otherwise is an error


@dataclass
class Sample:
    kind: str
    endpoint: str
    status: int  # 0: no answer (refused, reset, timed out)
    ms: float
    ok: bool
    problem: str = ""


def request_plan(
    texts: list[str], surnames: list[str], ids: list[str], count: int, seed: int
) -> list[Planned]:
    """``count`` concrete requests in the proportions of API_MIX, with queries from the
    archive's own words."""
    from urllib.parse import quote, urlencode

    rng = random.Random(seed)
    searches: dict[str, list[tuple[str, str]]] = {}
    for kind, q, sort in query_mix(texts, 40 * len(SEARCH_KINDS), seed, surnames):
        searches.setdefault(kind, []).append((q, sort))
    kinds = [kind for kind, _, _ in API_MIX]
    weights = [weight for _, _, weight in API_MIX]
    endpoints = {kind: endpoint for kind, endpoint, _ in API_MIX}
    plan = []
    for _ in range(count):
        kind = rng.choices(kinds, weights)[0]
        endpoint, expected = endpoints[kind], 200
        if kind == "document":
            path = f"/api/documents/{quote(rng.choice(ids))}"
        elif kind == "no such document (404)":
            path, expected = f"/api/documents/nosuch-{rng.randint(1, 10**6)}", 404
        elif kind == "bad query (400)":
            path, expected = (
                "/api/search?" + urlencode({"q": f"({rng.choice(surnames or ['Berlin'])}"}),
                400,
            )
        elif kind == "search page (HTML)":
            q, _ = rng.choice(searches["word"] + searches["phrase"] + searches["type+year"])
            path = "/?" + urlencode({"q": q})
        else:
            source = {"search with facets": "word"}.get(kind, kind.removeprefix("search "))
            q, sort = rng.choice(searches.get(source) or searches["word"])
            params = {"q": q}
            if sort != "relevance":
                params["sort"] = sort
            if kind == "search with facets":
                params["facets"] = "true"
            path = "/api/search?" + urlencode(params)
        plan.append(Planned(kind, endpoint, path, expected))
    return plan


async def http_get(reader, writer, path: str) -> tuple[int, bool]:
    """One HTTP/1.1 GET on a kept-alive connection: (status, whether the server closes it).
    Reads the whole body."""
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nAccept-Encoding: identity\r\n\r\n".encode("ascii")
    )
    await writer.drain()
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionResetError("the server closed the connection")
    status = int(status_line.split()[1])
    length, chunked, close = None, False, False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        name, value = name.strip().lower(), value.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "transfer-encoding":
            chunked = "chunked" in value
        elif name == "connection":
            close = value == "close"
    if chunked:
        while size := int((await reader.readline()).split(b";")[0], 16):
            await reader.readexactly(size + 2)
        while (await reader.readline()) not in (b"\r\n", b""):  # trailers
            pass
    elif length is not None:
        await reader.readexactly(length)
    else:
        await reader.read()
        close = True
    return status, close


async def run_client(
    port: int,
    plan: list[Planned],
    start: int,
    deadline: float,
    timeout: float,
    samples: list[Sample] | None,
    think: float = 0,
) -> None:
    """A user who sends the next request when the last is answered, after ``think`` seconds on
    average (0: at once, the hardest load)."""
    connection = None
    n = start
    rng = random.Random(start)
    while time.perf_counter() < deadline:
        if think and n != start:
            await asyncio.sleep(rng.uniform(0.5, 1.5) * think)
        planned = plan[n % len(plan)]
        n += 1
        started = time.perf_counter()
        status, problem = 0, ""
        try:
            if connection is None:
                connection = await asyncio.wait_for(asyncio.open_connection(HOST, port), timeout)
            status, close = await asyncio.wait_for(http_get(*connection, planned.path), timeout)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError, IndexError) as e:
            problem, close = type(e).__name__, True
        ms = (time.perf_counter() - started) * 1000
        if close and connection is not None:
            connection[1].close()
            connection = None
        if samples is not None:
            ok = status == planned.expected
            samples.append(
                Sample(
                    planned.kind,
                    planned.endpoint,
                    status,
                    ms,
                    ok,
                    problem or ("" if ok else f"HTTP {status} for {planned.path}"),
                )
            )
    if connection is not None:
        connection[1].close()


async def load(
    port: int,
    plan: list[Planned],
    clients: int,
    seconds: float,
    timeout: float,
    record: bool,
    think: float = 0,
) -> list[Sample]:
    samples: list[Sample] = []
    deadline = time.perf_counter() + seconds
    spread = max(1, len(plan) // max(clients, 1))
    await asyncio.gather(
        *(
            run_client(
                port, plan, c * spread, deadline, timeout, samples if record else None, think
            )
            for c in range(clients)
        )
    )
    return samples


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(
    db_path: Path, port: int, workers: int, log: Path, settings: tuple[tuple[str, str], ...] = ()
) -> subprocess.Popen:
    """``chancery serve`` in its own process, as it is run for real."""
    command = [
        sys.executable,
        "-c",
        "from chancery.cli import main; main()",
        "serve",
        "--db",
        str(db_path),
        "--port",
        str(port),
    ]
    if workers > 1:
        command += ["--workers", str(workers)]
    for name, value in settings:
        command += ["--setting", name, value]
    with open(log, "wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)


def wait_until_answering(
    process: subprocess.Popen, port: int, log: Path, timeout: float = 120
) -> float:
    """Seconds until the server answers an HTTP request; fails if it exits or never answers."""
    import http.client

    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if process.poll() is not None:
            raise click.ClickException(
                f"the server exited ({process.returncode}):\n"
                f"{log.read_text(errors='replace')[-2000:]}"
            )
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=5)
            connection.request("GET", "/api/documents/nosuch-0")
            connection.getresponse().read()
            connection.close()
            return time.perf_counter() - started
        except OSError:
            time.sleep(0.1)
    raise click.ClickException(
        f"the server did not answer within {timeout:.0f} s:\n"
        f"{log.read_text(errors='replace')[-2000:]}"
    )


def stop_server(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)  # uvicorn shuts down (and stops its workers) on Ctrl-C
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def cpu_seconds(pid: int) -> float:
    """CPU time of a process and its live children (uvicorn's workers), from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(stat.parent.name) == pid or int(fields[1]) == pid:
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def summarize(samples: list[Sample], key) -> list[dict]:
    groups: dict[str, list[Sample]] = {}
    for s in samples:
        groups.setdefault(key(s), []).append(s)
    return [
        {
            "name": name,
            "requests": len(group),
            "errors": sum(not s.ok for s in group),
            **percentiles([s.ms for s in group]),
        }
        for name, group in groups.items()
    ]


def bench_api(
    documents: int = 10_000,
    clients: int = 50,
    seconds: float = 60,
    server_workers: int = 1,
    seed: int = 12,
    words: int = 1000,
    warmup: float = 5,
    timeout: float = 30,
    workdir: str | None = None,
    think_ms: float = 0,
    server_settings: tuple[tuple[str, str], ...] = (),
) -> dict:
    """Serve a synthetic archive with ``chancery serve`` and measure it under ``clients``
    concurrent users."""
    root = Path(workdir or tempfile.mkdtemp(prefix="chancery-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    db_path = root / f"search-{documents}-{seed}-{words}.db"
    build = build_search_archive(db_path, documents, seed, words)
    texts, surnames, ids = archive_sample(db_path)
    plan = request_plan(texts, surnames, ids, 5000, seed)
    port = free_port()
    log = root / f"serve-{port}.log"
    process = start_server(db_path, port, server_workers, log, server_settings)
    try:
        startup = wait_until_answering(process, port, log)
        if warmup > 0:
            asyncio.run(
                load(
                    port, plan[::-1], clients, warmup, timeout, record=False, think=think_ms / 1000
                )
            )
        server_cpu, client_before = (
            cpu_seconds(process.pid),
            resource.getrusage(resource.RUSAGE_SELF),
        )
        started = time.perf_counter()
        samples = asyncio.run(
            load(port, plan, clients, seconds, timeout, record=True, think=think_ms / 1000)
        )
        elapsed = time.perf_counter() - started
        server_cpu = cpu_seconds(process.pid) - server_cpu
        after = resource.getrusage(resource.RUSAGE_SELF)
        client_cpu = (
            after.ru_utime + after.ru_stime - client_before.ru_utime - client_before.ru_stime
        )
    finally:
        stop_server(process)
    if not workdir:
        shutil.rmtree(root, ignore_errors=True)
    statuses = collections.Counter(s.status for s in samples)
    problems = collections.Counter(s.problem for s in samples if not s.ok)
    return {
        "documents": documents,
        "clients": clients,
        "think_ms": think_ms,
        "server_workers": server_workers,
        "server_settings": dict(server_settings),
        "seconds": round(elapsed, 1),
        "requests": len(samples),
        "rps": round(len(samples) / elapsed, 1),
        **percentiles([s.ms for s in samples]),
        "errors": sum(not s.ok for s in samples),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "problems": dict(problems.most_common(5)),
        "by_endpoint": summarize(samples, lambda s: s.endpoint),
        "by_kind": summarize(samples, lambda s: s.kind),
        "server_cpu_cores": round(server_cpu / elapsed, 2),
        "client_cpu_cores": round(client_cpu / elapsed, 2),
        "startup_seconds": round(startup, 2),
        "build": build,
    }


# ---- Commands ----------------------------------------------------------------------------------


# Search and api measure the same synthetic archive, built once into --workdir and reused while
# its documents, words and seed stay the same: its options are declared once, here.
def archive_docs_option(f):
    return click.option(
        "--docs",
        "-n",
        "documents",
        type=click.IntRange(10),
        default=10000,
        show_default=True,
        help="Documents in the archive",
    )(f)


def archive_words_and_seed_options(f):
    words = click.option(
        "--words",
        type=click.IntRange(50, 20000),
        default=1000,
        show_default=True,
        help="Words per synthetic document, roughly",
    )
    seed = click.option("--seed", type=int, default=12, show_default=True)
    return words(seed(f))


def archive_workdir_option(f):
    return click.option(
        "--workdir",
        type=click.Path(file_okay=False),
        help="Keep the archive here (reused next time with the same docs, seed and words)",
    )(f)


def worker_counts(context, parameter, text: str) -> list[int]:
    """--workers as the list it names: "1,2" is [1, 2]."""
    return [int(w) for w in text.split(",") if w.strip()]


def worker_counts_option(f):
    return click.option(
        "--workers",
        default="1,2",
        show_default=True,
        callback=worker_counts,
        help="Worker counts to compare, comma-separated",
    )(f)


def json_option(f):
    return click.option(
        "--json", "as_json", is_flag=True, help="Print one JSON object of the figures"
    )(f)


@click.group()
def bench():
    """Benchmarks on synthetic archives (speed and memory)."""


@bench.command(name="ingest")
@click.option(
    "--docs",
    "-n",
    "documents",
    type=click.IntRange(10),
    default=1000,
    show_default=True,
    help="Synthetic documents",
)
@worker_counts_option
@click.option(
    "--words", type=click.IntRange(50), default=1000, show_default=True, help="Words per document"
)
@click.option("--seed", type=int, default=11, show_default=True)
@click.option(
    "--workdir",
    type=click.Path(file_okay=False),
    help="Keep the corpus and archives here (reused next time)",
)
@click.option(
    "--registry", help="Use this archive's imported person registry (a path or a PostgreSQL URL)"
)
@click.option(
    "--db",
    "server",
    metavar="postgresql://USER@HOST/DB",
    help=(
        "Store into PostgreSQL instead of SQLite: each run gets a new database on this URL's"
        " server (created, then dropped; the user needs CREATEDB)"
    ),
)
@click.option(
    "--cluster",
    metavar="local:N|SCHEDULER",
    help="Ingest through Dask workers (needs --db): local:N compares LocalClusters of each"
    " --workers count up to N, and N; a scheduler's address, one run on its workers",
)
@json_option
def ingest_command(documents, workers, words, seed, workdir, registry, server, cluster, as_json):
    """Ingest throughput (documents/s, MB/s, the store's own ms per document, peak memory) with
    1 and 2 workers."""
    server = postgresql_server(server)
    if cluster:
        from ..cluster import NO_DASK, ClusterError, refused_store

        if refused_store(server or "archive.db"):
            raise click.BadParameter(
                "a cluster writes to PostgreSQL: give --db postgresql://…", param_hint="--cluster"
            )
        try:
            import distributed  # noqa: F401

            workers = cluster_worker_counts(cluster, workers)
        except ImportError:
            raise click.ClickException(NO_DASK) from None
        except ClusterError as e:
            raise click.BadParameter(str(e), param_hint="--cluster") from None
    figures = bench_ingest(
        documents,
        workers,
        seed=seed,
        words=words,
        workdir=workdir,
        registry=registry,
        server=server,
        cluster=cluster,
    )
    if as_json:
        click.echo(json.dumps(figures))
        return
    store = "PostgreSQL" if server else "SQLite"
    through = f", through Dask workers ({cluster})" if cluster else ""
    click.echo(
        f"ingest of {documents} synthetic documents "
        f"({figures['corpus_mb']} MB, ~{words} words each) into {store}{through}"
    )
    click.echo(tabulate(figures["runs"], headers="keys"))
    if cluster:
        click.echo(store_bound(figures["runs"]))


def store_bound(runs: list[dict]) -> str:
    """When the store becomes the bottleneck, from the run of fewest workers: PostgreSQL commits
    one file at a time (the write lock), so it stores at most 1000 / (its ms a document) a
    second."""
    first = min(runs, key=lambda run: run["workers"])
    if not first["documents"] or not first["store_ms_per_doc"]:
        return "no document stored: no store cost measured"
    store_limit = 1000 / first["store_ms_per_doc"]
    per_worker = first["docs_per_s"] / first["workers"]
    measured = (
        "one worker, no wait for the lock"
        if first["workers"] == 1
        else f"{first['workers']} workers, waits for the lock included: an upper bound"
    )
    return (
        f"PostgreSQL's own cost: {first['store_ms_per_doc']} ms a document in its write"
        f" transaction ({measured}), so at most {store_limit:,.0f} documents/s whatever the"
        f" cluster; at {per_worker:,.1f} documents/s a worker, that is"
        f" ~{store_limit / per_worker:,.0f} workers"
    )


@bench.command(name="ocr")
@click.option(
    "--pages",
    "-n",
    type=click.IntRange(2),
    default=200,
    show_default=True,
    help="Typed pages, drawn and scanned here",
)
@worker_counts_option
@click.option(
    "--per-file",
    type=click.IntRange(1),
    default=20,
    show_default=True,
    help="Pages in each scanned PDF",
)
@click.option(
    "--tilt",
    type=click.FloatRange(0, 6),
    default=2.5,
    show_default=True,
    help="Pages lean by up to this many degrees either way (from 2 on, ingest turns them level)",
)
@click.option("--seed", type=int, default=5, show_default=True)
@click.option(
    "--workdir",
    type=click.Path(file_okay=False),
    help="Keep the scans and archives here (reused next time)",
)
@json_option
def ocr_command(pages, workers, per_file, seed, workdir, tilt, as_json):
    """OCR throughput: pages/s per core through ingest against Tesseract alone on the same pages."""
    from ..read.ocr import OcrUnavailable
    from .bench_ocr import bench_ocr

    try:
        figures = bench_ocr(
            pages,
            workers,
            seed=seed,
            per_file=per_file,
            workdir=workdir,
            tilt=tilt,
        )
    except OcrUnavailable as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        click.echo(json.dumps(figures))
        return
    click.echo(
        f"OCR of {pages} typed pages leaning up to {tilt:g}° "
        f"(Tesseract {figures['tesseract']}, {figures['languages']}), "
        f"scanned PDFs of {per_file} pages"
    )
    click.echo(tabulate(figures["runs"], headers="keys"))


def build_line(build: dict) -> str:
    times = f"stored in {build['store_seconds']} s, indexed in {build['index_seconds']} s"
    how = f"reused from the workdir (built earlier: {times})" if build["reused"] else times
    store = "PostgreSQL" if build.get("store") == "postgresql" else "SQLite"
    return (
        f"archive: {build['documents_stored']} documents {how}; "
        f"store {build['store_mb']} MB ({store}), index {build['index_mb']} MB "
        f"in {build['segments']} segments"
    )


def server_option(f):
    return click.option(
        "--db",
        "server",
        metavar="postgresql://USER@HOST/DB",
        help=(
            "Also store the documents in PostgreSQL, indexed as a serve node's index follows"
            " that store, and measure both indexes in the same run, query by query in turn:"
            " the run gets a database of its own on this URL's server (created, then dropped;"
            " with --workdir kept and reused as the SQLite archive is; the user needs CREATEDB)"
        ),
    )(f)


def postgresql_server(server: str | None) -> str | None:
    from ..store import is_url

    if server and not is_url(server):
        raise click.BadParameter(
            "give a PostgreSQL URL (postgresql://user@host/dbname); "
            "without --db the bench uses SQLite files",
            param_hint="--db",
        )
    return server


@bench.command(name="search")
@archive_docs_option
@click.option("--queries", type=click.IntRange(20), default=700, show_default=True)
@click.option(
    "--limit",
    type=click.IntRange(1, 100),
    default=10,
    show_default=True,
    help="Results (with snippets) per query",
)
@archive_words_and_seed_options
@click.option(
    "--build-workers",
    type=click.IntRange(1, 64),
    default=2,
    show_default=True,
    help="Processes generating the archive",
)
@archive_workdir_option
@click.option(
    "--facets",
    is_flag=True,
    help="Count facets (type, year, classification, collection, person) with every query",
)
@server_option
@json_option
def search_command(
    documents, queries, limit, words, seed, build_workers, workdir, facets, server, as_json
):
    """Search latency (p50/p95/p99) for a mix of queries with ranking and snippets, per kind of
    query."""
    figures = bench_search(
        documents,
        queries,
        seed=seed,
        limit=limit,
        workdir=workdir,
        facets=facets,
        words=words,
        workers=build_workers,
        server=postgresql_server(server),
    )
    if as_json:
        click.echo(json.dumps(figures))
        return
    measured = {"sqlite": figures} | ({"postgresql": figures["postgresql"]} if server else {})
    for store, run in measured.items():
        click.echo(f"{store}: {run['build']['index']}")
        click.echo(build_line(run["build"]))
    click.echo(
        f"search over {documents} documents (~{words} words each), {figures['queries']} queries, "
        f"{limit} results with snippets each{' and facets' if facets else ''}"
    )
    for store, run in measured.items():
        if server:
            click.echo(f"\n{store}:")
        click.echo(tabulate(latency_rows(run), headers="keys"))
    if server:
        click.echo(
            f"\np95 PostgreSQL-followed / SQLite build: {figures['p95_postgresql_over_sqlite']}"
        )


def latency_rows(run: dict) -> list[dict]:
    rows = [{"queries": kind, **p} for kind, p in run["by_kind"].items()]
    rows.append({"queries": "all", **{k: run[k] for k in ("p50_ms", "p95_ms", "p99_ms")}})
    if "person" in run["by_kind"]:
        rows.append({"queries": "all but person", **run["all_but_person"]})
    return rows


@bench.command(name="api")
@archive_docs_option
@click.option(
    "--clients",
    "-c",
    type=click.IntRange(1, 1000),
    default=50,
    show_default=True,
    help="Concurrent users, each sending its next request when answered",
)
@click.option(
    "--seconds",
    "-s",
    type=click.FloatRange(0.5),
    default=60,
    show_default=True,
    help="Length of the measured run",
)
@click.option(
    "--warmup",
    type=click.FloatRange(0),
    default=5,
    show_default=True,
    help="Seconds of unmeasured load first",
)
@click.option(
    "--server-workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Passed to `chancery serve --workers`",
)
@archive_words_and_seed_options
@click.option(
    "--timeout",
    type=click.FloatRange(0.1),
    default=30,
    show_default=True,
    help="Seconds before a request counts as an error",
)
@click.option(
    "--think-ms",
    type=click.FloatRange(0),
    default=0,
    show_default=True,
    help=(
        "Each client's pause between an answer and its next request, on average"
        " (0: none, the hardest load)"
    ),
)
@archive_workdir_option
@click.option(
    "--setting",
    "server_settings",
    type=(str, str),
    multiple=True,
    metavar="NAME VALUE",
    help="Passed to `chancery serve --setting` (repeatable)",
)
@json_option
def api_command(
    documents,
    clients,
    seconds,
    warmup,
    server_workers,
    words,
    seed,
    timeout,
    think_ms,
    workdir,
    server_settings,
    as_json,
):
    """Load on `chancery serve` (127.0.0.1): requests/s, latency and errors per endpoint.

    Searches (words, phrases, filters, date order, facets), documents, the HTML search page
    and a few requests that must be refused (400, 404); any other answer is an error. The
    clients run in this process on the same machine as the server."""
    from ..cli import chosen_settings  # here: the CLI is what runs this command

    chosen_settings(
        server_settings
    )  # a wrong setting is refused here, not by a server that never answers
    figures = bench_api(
        documents,
        clients,
        seconds,
        server_workers,
        seed,
        words,
        warmup,
        timeout,
        workdir,
        think_ms,
        server_settings,
    )
    if as_json:
        click.echo(json.dumps(figures))
        return
    click.echo(build_line(figures["build"]))
    click.echo(
        f"{clients} clients{f' (pausing ~{think_ms:g} ms)' if think_ms else ''} "
        f"for {figures['seconds']} s against `chancery serve` with {server_workers} worker(s)"
        f"{''.join(f' {name}={value}' for name, value in server_settings)} "
        f"(answering {figures['startup_seconds']} s after start): "
        f"{figures['requests']} requests, {figures['rps']} requests/s, "
        f"p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, p99 {figures['p99_ms']} ms, "
        f"{figures['errors']} errors"
    )
    click.echo(
        f"statuses: {figures['statuses']}; "
        f"CPU cores used: server {figures['server_cpu_cores']}, "
        f"clients {figures['client_cpu_cores']}"
    )
    for problem, n in figures["problems"].items():
        click.echo(f"  error x{n}: {problem}")
    click.echo("\nby route:")
    click.echo(tabulate(figures["by_endpoint"], headers="keys"))
    click.echo("\nby kind of request, most frequent first:")
    click.echo(
        tabulate(sorted(figures["by_kind"], key=lambda row: -row["requests"]), headers="keys")
    )
