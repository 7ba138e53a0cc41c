"""The full-text index (tantivy), derived from the store and rebuilt by ``chancery reindex``.

The index lives in a folder of this machine: beside an SQLite archive (``archive.db`` →
``archive.index/``), in the working directory for a PostgreSQL one (database ``chancery`` →
``chancery.index/``), or in the ``index_dir`` setting's folder. It keeps its own state in
that folder (``STATE``): the last document ``seq`` it holds, and which archive (and which
generation of it) that seq counts in. ``sync`` adds what the store has beyond that seq, so
any number of nodes, each with its own index, can follow one PostgreSQL archive. Every
document is deleted by id before it is added, so replaying a batch after a crash never
duplicates it; syncs of one folder take turns (a lock file in it).
"""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import json
import os
import re
import shutil
import threading
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import tantivy

from ..record import StoredDocument
from ..settings import DEFAULT, Settings
from ..store import Store, open_store
from ..store.queries import ARCHIVE_ID
from ..store.records import people_of_record
from . import snippets
from .query import (
    And,
    DateRange,
    FieldWords,
    Filter,
    Fuzzy,
    Near,
    Not,
    Or,
    Prefix,
    QueryError,
    Words,
    parse,
)

INDEX_VERSION = (
    "8"  # 4: speaker, side, place, month; 5: slice, pairs; 6: years; 7: people; 8: order
)
STATE = "chancery-index.json"  # in the index folder: {version, archive, epoch, indexed_seq}
LOCK = "chancery-index.lock"  # in the index folder: one sync of it at a time, across processes
# Store meta: changed when stored documents are replaced (relink): every index starts over.
EPOCH_KEY = "index_epoch"
# Where an index kept its seq before it kept its own state: store meta (SQLite archives).
WATERMARK = "indexed_seq"
PERSON_ROLES = ("person", "sender", "recipient", "participant", "speaker")
VERSION_KEY = "index_version"
FUZZY_MIN_CHARS = 4  # shorter words are searched exactly even when OCR-tolerant matching is on
FUZZY_TWO_EDITS_CHARS = 9  # words this long may be two letters off
# Big result sets are counted from a sample: every document falls in one of SLICES slices (by a
# hash of its id), and a query matching more than about settings.exact_count_up_to documents has
# its facets (and, in an archive bigger than settings.exact_archive_up_to, its total) counted in
# as many slices as hold about settings.sample_matches of its matches, then scaled up. Counting
# then costs the same at a million documents as at ten thousand (the way search engines say
# "about 760,000 results"); `exact=True` counts everything.
SLICES = 100
MOST_YEARS = 200  # dates and queries spanning more years than this are matched by their days only
WIDE_RANGE = -1  # the years value of a document dated that loosely
MOST_OR_TERMS = 64  # a filter on more values than this is one term-set query
SUGGESTED_FILTERS = (
    "type",
    "classification",
    "collection",
)  # a word naming one of their values is suggested as a filter


def build_schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw")
    sb.add_text_field("title", stored=True)
    sb.add_text_field("text", stored=True)
    # Every two neighbouring words of the text as one term ("nuclear weapons"): a phrase is then
    # looked up instead of checked position by position in every document holding both words
    # (Elasticsearch's index_phrases). Only the index grows; the text is stored once.
    sb.add_text_field("pairs", stored=False, tokenizer_name="raw", index_option="freq")
    sb.add_text_field("place", stored=False)
    for name in ("type", "classification", "collection", "side"):
        sb.add_text_field(name, stored=True, tokenizer_name="raw", fast=True)
    sb.add_text_field("date", stored=True, tokenizer_name="raw", fast=True)
    # The people a result line shows (JSON), so that a page of results needs nothing from the store.
    sb.add_bytes_field("people", stored=True, indexed=False, fast=False)
    for name in PERSON_ROLES:  # person ids, by their part in the document (fast: person facets)
        sb.add_text_field(name, stored=False, tokenizer_name="raw", fast=True)
    # Day numbers (YYYYMMDD) of the earliest and latest day the document may date from.
    sb.add_integer_field("day_lo", stored=False, indexed=True, fast=True)
    sb.add_integer_field("day_hi", stored=False, indexed=True, fast=True)
    # YYYYMM of documents dated to a month or a day (the timeline and the month facet).
    sb.add_integer_field("month", stored=False, indexed=False, fast=True)
    # Every year the document may date from: a range of years is a few terms looked up, where a
    # range over day_lo/day_hi reads the column of every document.
    sb.add_integer_field("years", stored=False, indexed=True, fast=False)
    sb.add_integer_field("slice", stored=False, indexed=True, fast=True)
    # The document's id as a number in the same order (``id_order``): equal scores are ordered
    # by it, so a page of results is the same whatever the index's segments (a re-run of ingest
    # or reindex lays them out differently, and tantivy orders ties by their place in them).
    sb.add_integer_field("order", stored=False, indexed=False, fast=True)
    return sb.build()


def id_order(doc_id: str) -> int:
    """A number that orders ids as their content hash, then part, do: "0a1b...-2" before
    "0a1b...-10". Ids not of that form (none are made so) fall back to a hash, still the same
    every run."""
    digest, _, part = doc_id.rpartition("-")
    try:
        return int(digest[:13], 16) << 10 | min(int(part), 1023)
    except ValueError:
        return zlib.crc32(doc_id.encode("utf-8")) << 10


def slice_of(doc_id: str) -> int:
    return zlib.crc32(doc_id.encode("utf-8")) % SLICES


# The words of the text as the index's default tokenizer cuts them, cut by tantivy itself (a
# regular expression in Python takes twice as long, and the pairs must hold the same words).
TEXT_WORDS = (
    tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
    .filter(tantivy.Filter.remove_long(40))
    .filter(tantivy.Filter.lowercase())
    .build()
)


def word_pairs(words: list[str]) -> list[str]:
    """ "nuclear", "weapons", "were" → "nuclear weapons", "weapons were"."""
    return list(map(" ".join, itertools.pairwise(words)))


def about(n: float) -> int:
    """An estimate rounded to two significant figures (its digits beyond are noise)."""
    return int(float(f"{n:.2g}"))


def index_path(store: Store, settings: Settings = DEFAULT) -> Path:
    """The folder of the archive's index on this machine (see the module's docstring)."""
    if settings.index_dir:
        return Path(settings.index_dir).expanduser() / store.index_folder.name
    return store.index_folder


def day_number(date: str, last: bool) -> int:
    """ "1960-11" → 19601101 (first day) or 19601131 (last day, 31 is fine for comparing)."""
    parts = date.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (12 if last else 1)
    day = int(parts[2]) if len(parts) > 2 else (31 if last else 1)
    return year * 10000 + month * 100 + day


def date_bounds(record: StoredDocument) -> tuple[int, int] | None:
    if record.date:
        return day_number(record.date, False), day_number(record.date, True)
    if record.date_range:
        lo, hi = record.date_range
        return day_number(lo, False), day_number(hi, True)
    return None


def to_index_document(record: StoredDocument) -> tantivy.Document:
    fields: dict[str, Any] = {
        "id": record.id,
        "title": record.title or "",
        "text": record.text,
        "pairs": word_pairs(TEXT_WORDS.analyze(record.text)),
        "type": (record.type or "").lower(),
        "classification": (record.classification or "").lower(),
        "collection": (record.collection or "").lower(),
        "date": record.date or "",
    }
    bounds = date_bounds(record)
    if bounds:
        fields["day_lo"], fields["day_hi"] = bounds
        first, last = bounds[0] // 10000, bounds[1] // 10000
        fields["years"] = (
            list(range(first, last + 1)) if last - first < MOST_YEARS else [WIDE_RANGE]
        )
        if bounds[0] // 100 == bounds[1] // 100:
            fields["month"] = bounds[0] // 100
    fields["slice"] = slice_of(record.id)
    fields["order"] = id_order(record.id)
    fields["people"] = orjson.dumps(people_of_record(record))
    fields["place"] = record.place or ""
    fields["side"] = sorted({p.side.lower() for p in record.participants if p.side})
    fields["person"] = [p.id for p in record.persons]
    fields["sender"] = [record.sender.id] if record.sender else []
    fields["recipient"] = [p.id for p in record.recipients]
    fields["participant"] = [p.id for p in record.participants]
    fields["speaker"] = [p.id for p in record.speakers]
    return tantivy.Document(**fields)


def open_index(path: Path, create: bool = True) -> tantivy.Index:
    if not (path / "meta.json").exists() and not create:
        raise FileNotFoundError(f"{path}: no search index (run `chancery reindex`)")
    path.mkdir(parents=True, exist_ok=True)
    return tantivy.Index(build_schema(), path=str(path))


def read_state(path: Path) -> dict:
    try:
        return json.loads((path / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_state(path: Path, state: dict) -> None:
    """Replaced whole (written aside, then renamed): a crash leaves the old state or the new."""
    part = path / (STATE + ".part")
    part.write_text(json.dumps(state), encoding="utf-8")
    os.replace(part, path / STATE)


def expected_state(store: Store) -> dict:
    """What an index of this archive, at this generation, in this layout, says of itself (but its
    seq)."""
    return {
        "version": INDEX_VERSION,
        "archive": store.get_meta(ARCHIVE_ID) or "",
        "epoch": store.get_meta(EPOCH_KEY) or "",
    }


def current_state(store: Store, path: Path) -> dict | None:
    """The index's state when it is an index of this archive in this layout, else None (build it
    again)."""
    expected = expected_state(store)
    state = read_state(path)
    if not state and (path / "meta.json").exists() and store.get_meta(VERSION_KEY) == INDEX_VERSION:
        # Built before indexes kept their own state: the SQLite store's meta held its seq.
        state = {**expected, "indexed_seq": int(store.get_meta(WATERMARK, "0") or 0)}
    if any(state.get(key) != value for key, value in expected.items()):
        return None
    return state


@contextlib.contextmanager
def sync_lock(path: Path):
    """One sync of an index folder at a time (ingest, a server following the store, reindex)."""
    path.mkdir(parents=True, exist_ok=True)
    with open(path / LOCK, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def sync(store: Store, settings: Settings = DEFAULT, progress=None, fresh: bool = False) -> int:
    """Bring this machine's index up to date with the store (from scratch with ``fresh``);
    returns the number of documents indexed. Memory stays bounded: records are read by seq,
    ``index_batch`` at a time, and the writer holds at most ``index_heap_mb``."""
    path = index_path(store, settings)
    with sync_lock(path):
        state = None if fresh else current_state(store, path)
        try:
            index = open_index(path) if state is not None else None
        except ValueError:  # an index of another layout than its state says (copied in, or damaged)
            index = None
        if index is None or state is None:
            state = start_over(store, path)
            index = open_index(path)
        if not (path / STATE).exists():
            write_state(path, state)  # adopted from the store's meta: from now on the index's own
        watermark = int(state.get("indexed_seq", 0))
        if watermark >= store.last_seq():
            return 0
        writer = index.writer(heap_size=settings.index_heap_mb * 1_000_000, num_threads=1)
        done = pending = 0
        seq = watermark
        for seq, record in store.iter_records(after_seq=watermark):
            writer.delete_documents_by_term("id", record.id)
            writer.add_document(to_index_document(record))
            pending += 1
            if pending >= settings.index_batch:
                writer.commit()
                write_state(
                    path, {**state, "indexed_seq": seq}
                )  # after the commit: a crash replays, never skips
                done += pending
                if progress:
                    progress(pending)
                pending = 0
        writer.commit()
        writer.wait_merging_threads()
        write_state(path, {**state, "indexed_seq": seq})
        if progress and pending:
            progress(pending)
        return done + pending


def start_over(store: Store, path: Path) -> dict:
    """Empty the index folder (but its lock): the sync under way builds the index again from the
    store."""
    path.mkdir(parents=True, exist_ok=True)
    for entry in path.iterdir():
        if entry.name != LOCK:
            shutil.rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()
    state = {**expected_state(store), "indexed_seq": 0}
    open_index(path)
    write_state(path, state)
    return state


def rebuild(store: Store, settings: Settings = DEFAULT, progress=None) -> int:
    """The index built again from the store (``chancery reindex``)."""
    return sync(store, settings, progress, fresh=True)


def documents_replaced(store: Store) -> None:
    """Say in the store that documents were replaced or removed (relink): every node's index then
    starts over at its next sync, since removed ids cannot be followed by seq."""
    store.set_meta(EPOCH_KEY, uuid.uuid4().hex)


def behind(store: Store, settings: Settings = DEFAULT) -> bool:
    """Whether this machine's index misses documents the store holds, or must be built again."""
    state = current_state(store, index_path(store, settings))
    return state is None or int(state.get("indexed_seq", 0)) < store.last_seq()


def follow(searcher: Searcher, stop: threading.Event, on_error=None) -> None:
    """A server's index following the store: every ``index_follow_seconds``, what other writers
    (ingest here or on other machines, other server processes' uploads) stored is indexed, and
    searches see it. Runs until ``stop`` is set."""
    while not stop.wait(searcher.settings.index_follow_seconds):
        try:
            if behind(searcher.store, searcher.settings):
                sync(searcher.store, searcher.settings)
                searcher.reopen()
        except Exception as e:  # the store away for a while (a restart): try again next time
            if on_error:
                on_error(e)


@dataclass
class Hit:
    id: str
    score: float
    title: str | None
    type: str | None
    date: str | None
    classification: str | None
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)
    people: list[dict] = field(
        default_factory=list
    )  # {id, name, role}: correspondents and participants first


@dataclass
class Results:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    exact: bool = True  # False: the total is an estimate from a sample (rounded)
    facets_exact: bool = True  # False: so are the facet counts
    suggestion: tuple[str, int] | None = (
        None  # when nothing matched: a query that finds something, and its total
    )


@dataclass
class Sample:
    """A query restricted to a few slices, and how to scale what is counted in it."""

    query: tantivy.Query
    scale: float
    counted: int | None = None  # matches in the sample, when already known


FACETS = {
    "type": {"terms": {"field": "type", "size": 20}},
    "classification": {"terms": {"field": "classification", "size": 10}},
    "collection": {"terms": {"field": "collection", "size": 10}},
    "person": {"terms": {"field": "person", "size": 15}},
    "side": {"terms": {"field": "side", "size": 10}},
    # Day numbers are YYYYMMDD, so buckets 10,000 wide are calendar years.
    "year": {"histogram": {"field": "day_lo", "interval": 10000, "min_doc_count": 1}},
}

MONTHS = {"histogram": {"field": "month", "interval": 1, "min_doc_count": 1}}  # YYYYMM


def month_counts(result: dict) -> list[tuple[str, int]]:
    """("1959-06", documents) for every month of a MONTHS aggregation with documents (those
    dated to a year only have month 0)."""
    months = []
    for bucket in result.get("buckets", []):
        key = int(bucket["key"])
        if bucket["doc_count"] and 1 <= key % 100 <= 12:
            months.append((f"{key // 100:04d}-{key % 100:02d}", bucket["doc_count"]))
    return months


def within_one_year(tree) -> bool:
    """Whether a query asks for one year (``year:1961 Berlin``): its facets will likely show
    months."""
    clauses = tree.children if isinstance(tree, And) else [tree]
    return any(isinstance(c, DateRange) and c.start[:4] == c.end[:4] for c in clauses)


# Scanner confusions of one letter with two (or back), which an edit distance of one misses:
# "Grornyko" for "Gromyko", "Dulies" is already one edit from "Dulles".
OCR_CONFUSIONS = [
    ("m", "rn"),
    ("rn", "m"),
    ("w", "vv"),
    ("vv", "w"),
    ("d", "cl"),
    ("cl", "d"),
    ("h", "li"),
    ("li", "h"),
    ("n", "ri"),
]


def ocr_variants(word: str, most: int = 12) -> list[str]:
    """The word with one scanner confusion applied, at each place it can be."""
    variants: list[str] = []
    for seen, meant in OCR_CONFUSIONS:
        start = word.find(seen)
        while start != -1 and len(variants) < most:
            variants.append(word[:start] + meant + word[start + len(seen) :])
            start = word.find(seen, start + 1)
    return list(dict.fromkeys(v for v in variants if v != word))


def near_spellings(node, fuzzy: bool) -> list[tuple[str, int]]:
    """(word, edits allowed) for every positive word the query lets match a letter or two off."""
    found: list[tuple[str, int]] = []

    def walk(n, negated=False):
        if isinstance(n, Fuzzy) and not negated:
            found.append((n.word, n.distance))
            found.extend((variant, 0) for variant in ocr_variants(n.word))
        elif (
            isinstance(n, Words)
            and fuzzy
            and not negated
            and len(n.words) == 1
            and len(n.words[0]) >= FUZZY_MIN_CHARS
        ):
            found.append((n.words[0], 2 if len(n.words[0]) >= FUZZY_TWO_EDITS_CHARS else 1))
            found.extend((variant, 0) for variant in ocr_variants(n.words[0]))
        elif isinstance(n, Not):
            walk(n.child, not negated)
        elif isinstance(n, (And, Or)):
            for child in n.children:
                walk(child, negated)

    if node is not None:
        walk(node)
    return found


FACET_ORDER = ("type", "year", "month", "classification", "collection", "side", "person")
MOST_TIES = (
    10_000  # matches fetched at most to put a page's ties (equal scores, or dates) in order of id
)


def ranks(tree) -> bool:
    """Whether a query's matches score differently: it searches words. Filters (type:, year:,
    person:, ...) and their combinations score every match alike, and so, nearly, do prefixes
    (a pattern matches or not; a match in the title only doubles the score): ordered by id
    instead, they need no sort of thousands of ties (a prefix query took 7 ms instead of 1.3 on
    5,000 documents)."""
    if tree is None or isinstance(tree, (Filter, DateRange, Prefix)):
        return False
    if isinstance(tree, Not):
        return False
    if isinstance(tree, (And, Or)):
        return any(ranks(child) for child in tree.children)
    return True


@dataclass
class Found:
    hits: list
    count: int | None


def count_of(result: tantivy.SearchResult) -> int:
    """The number of matches a search asked to count (count=True) counted."""
    return result.count  # type: ignore[attr-defined]  # tantivy's stub leaves count out


def stored_id(searcher: tantivy.Searcher, address: tantivy.DocAddress) -> str:
    """The id of an indexed document (every document has one)."""
    doc_id = searcher.doc(address).get_first("id")
    assert isinstance(doc_id, str)
    return doc_id


def stable_page(
    searcher,
    compiled,
    limit: int,
    offset: int,
    count: bool,
    by: str | None = None,
    order=tantivy.Order.Desc,
) -> Found:
    """A page of matches by score (or by the fast field ``by``), equal ones in order of id.

    tantivy orders ties by their place in the index's segments, which a re-run of ingest or
    reindex changes. The page is fetched with its neighbours on either side: when neither
    shares the key of the page's first or last match, the page holds the right matches and
    only needs its ties put in order; otherwise every match up to the page's end, and the
    ties beyond it (up to MOST_TIES), are fetched to choose among them by id."""
    options = {"order_by_field": by, "order": order} if by else {}
    before = 1 if offset else 0
    found = searcher.search(
        compiled, limit + before + 1, count=count, offset=offset - before, **options
    )
    window = found.hits
    page = window[before : before + limit]
    tied = page and (
        (before and window[0][0] == page[0][0])
        or (len(window) > before + limit and window[before + limit][0] == page[-1][0])
    )
    if tied:
        want = offset + limit
        fetched = want + 1
        hits = searcher.search(compiled, fetched, count=False, **options).hits
        while (
            len(hits) == fetched and hits[-1][0] == hits[want - 1][0] and fetched < want + MOST_TIES
        ):
            fetched = min(fetched * 4, want + MOST_TIES)
            hits = searcher.search(compiled, fetched, count=False, **options).hits
        page, first = hits, offset
    else:
        first = 0
    descending = by is None or order == tantivy.Order.Desc
    ids = searcher.fast_field_values("order", [address for _, address in page])

    def key(pair):
        (value, _), tie = pair
        return (
            value is None,
            0 if value is None else (-value if descending else value),
            tie if tie is not None else 0,
        )

    ranked = sorted(
        zip(page, ids, strict=False), key=key
    )  # undated matches (no value) last, as tantivy puts them
    return Found([hit for hit, _ in ranked[first : first + limit]], found.count if count else None)


class Searcher:
    """An open index for answering many queries (the web server keeps one)."""

    def __init__(self, target: str | Path | Store, settings: Settings = DEFAULT):
        self.settings = settings
        # A read-only store, shared by the serving threads (each gets its own connection).
        self.store = (
            target
            if isinstance(target, Store)
            else open_store(
                target, create=False, readonly=True, connections=settings.store_connections
            )
        )
        self.names: dict[str, str] = {}  # person id → name, filled as facets need them
        self.values: tuple[int, dict[str, set[str]]] | None = (
            None  # (documents, filter values) for suggestions
        )
        # (documents, name → person ids) for person filters: the store's answer, remembered
        # until the index holds other documents.
        self.people_named: tuple[int, dict[str, list[str]]] = (-1, {})
        self.path = index_path(self.store, settings)
        if current_state(self.store, self.path) is None:
            raise FileNotFoundError(
                f"{self.path}: the search index is missing, from an older chancery or of another "
                "archive (run `chancery reindex`)"
            )
        self.index = open_index(self.path, create=False)
        self.schema = self.index.schema

    def reopen(self) -> None:
        """See what was indexed since (the index may have been built again from nothing: opened
        anew)."""
        self.index = open_index(self.path, create=False)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Searcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def search(
        self,
        query: str,
        limit: int | None = None,
        offset: int = 0,
        sort: str = "relevance",
        facets: bool = False,
        fuzzy: bool = False,
        exact: bool = False,
    ) -> Results:
        """Matches for ``query`` with snippets; ``fuzzy`` also finds words an OCR letter or two off.

        More than about ``settings.exact_count_up_to`` matches are counted from a sample unless
        ``exact``."""
        limit = self.settings.search_limit if limit is None else limit
        if not 1 <= limit <= 1000:
            raise QueryError("limit must be between 1 and 1000")
        if offset < 0:
            raise QueryError("offset must not be negative")
        if sort not in ("relevance", "date", "newest"):
            raise QueryError("sort is 'relevance', 'date' (oldest first) or 'newest'")
        tree, compiled = self.parse_and_compile(query, fuzzy)
        searcher = self.index.searcher()
        everything = tree is None  # the total is the archive's: known without counting
        # In a small archive counting every match costs less than probing for a sample.
        small = searcher.num_docs <= self.settings.exact_archive_up_to
        sample = None if exact or everything or small else self.sample(searcher, compiled)
        count = sample is None and not everything
        if sort in ("date", "newest"):
            # By the first day a document may date from; undated documents come last.
            order = tantivy.Order.Asc if sort == "date" else tantivy.Order.Desc
            found = stable_page(searcher, compiled, limit, offset, count, by="day_lo", order=order)
        elif not ranks(tree):
            # Every match scores alike (filters only, or nothing asked): by id, a stable order.
            result = searcher.search(
                compiled,
                limit,
                count=count,
                order_by_field="order",
                offset=offset,
                order=tantivy.Order.Asc,
            )
            found = Found(result.hits, count_of(result) if count else None)
        else:
            found = stable_page(searcher, compiled, limit, offset, count)
        hits = self.hits(
            searcher, found.hits, tree, fuzzy, scored=sort == "relevance" and ranks(tree)
        )
        total = searcher.num_docs if everything else found.count
        counts: dict = {}
        counted, facets_exact = None, True
        if facets:
            # Facets of many matches come from a sample of them, even when their total is exact.
            facet_sample = sample
            if sample is None and not exact:
                assert total is not None  # no sample: every match was counted
                facet_sample = self.sample_of(compiled, total)
            facet_query, scale = (
                (compiled, 1.0)
                if facet_sample is None
                else (facet_sample.query, facet_sample.scale)
            )
            counts, counted_in = self.facets(
                searcher, facet_query, scale, months_too=within_one_year(tree)
            )
            if facet_sample is not None:
                counted, facets_exact = counted_in, False
        if sample is None:
            assert total is not None  # no sample: every match was counted
            suggestion = (
                self.suggestion(searcher, query, tree, fuzzy)
                if total == 0 and tree is not None
                else None
            )
            return Results(
                query=query,
                total=total,
                hits=hits,
                facets=counts,
                facets_exact=facets_exact,
                suggestion=suggestion,
            )
        if counted is None:
            counted = (
                sample.counted
                if sample.counted is not None
                else count_of(searcher.search(sample.query, 1, count=True))
            )
        return Results(
            query=query,
            total=about(counted * sample.scale),
            hits=hits,
            facets=counts,
            exact=False,
            facets_exact=False,
        )

    def suggestion(self, searcher, query: str, tree, fuzzy: bool) -> tuple[str, int] | None:
        """For a search that found nothing, the same query with a word taken as the filter it
        names (``letter`` → ``type:letter``), if that finds something: readers search for the
        kind of document, and its name is seldom in the text."""
        values = self.filter_values(searcher)
        clauses = tree.children if isinstance(tree, (And, Or)) else [tree]
        for word in [c.words[0] for c in clauses if isinstance(c, Words) and len(c.words) == 1]:
            for name in SUGGESTED_FILTERS:
                if word not in values[name]:
                    continue
                # The word as the query spells it, outside quotes (an even number of them before
                # it).
                spelled = [
                    m
                    for m in re.finditer(
                        rf"(?<![\w:]){re.escape(word)}(?![\w:])", query, re.IGNORECASE
                    )
                    if not query.count('"', 0, m.start()) % 2
                ]
                if not spelled:
                    continue
                suggested = f"{query[: spelled[0].start()]}{name}:{word}{query[spelled[0].end() :]}"
                try:
                    total = searcher.search(
                        self.parse_and_compile(suggested, fuzzy)[1], 1, count=True
                    ).count
                except QueryError:
                    continue
                if total:
                    return suggested, total
        return None

    def filter_values(self, searcher) -> dict[str, set[str]]:
        """The one-word values of the suggested filters in this archive (remembered until it
        changes)."""
        known = self.values
        if known is None or known[0] != searcher.num_docs:
            found = searcher.aggregate(
                tantivy.Query.all_query(),
                {name: {"terms": {"field": name, "size": 500}} for name in SUGGESTED_FILTERS},
            )
            values = {
                name: {
                    str(b["key"])
                    for b in found[name].get("buckets", [])
                    if " " not in str(b["key"])
                }
                for name in SUGGESTED_FILTERS
            }
            known = self.values = (searcher.num_docs, values)
        return known[1]

    def hits(self, searcher, addresses, tree, fuzzy: bool, scored: bool) -> list[Hit]:
        """The results at ``addresses``, each with its snippet."""
        words, prefixes = snippets.query_words(tree)
        targets = near_spellings(tree, fuzzy)
        chars = self.settings.snippet_chars
        hits = []
        for score, address in addresses:
            doc = searcher.doc(address)
            first = lambda name: doc.get_first(name) or None  # noqa: E731, B023 (used in this turn)
            full = doc.get_first("text") or ""
            text, ranges = snippets.snippet(full, snippets.word_spans(full, words, prefixes), chars)
            if targets:
                text, ranges = snippets.with_near_spellings(full, text, ranges, targets, chars)
            hits.append(
                Hit(
                    id=doc.get_first("id"),
                    score=float(score) if scored else 0.0,
                    title=first("title"),
                    type=first("type"),
                    date=first("date"),
                    classification=(first("classification") or "").title()
                    or None,  # indexed lowercase for filters
                    snippet=" ".join(text.split()) if not ranges else text,
                    highlights=ranges,
                    people=orjson.loads(doc.get_first("people") or b"[]"),
                )
            )
        return hits

    def in_slices(self, compiled: tantivy.Query, slices: int) -> tantivy.Query:
        first_slices = self.any_term("slice", list(range(slices)))  # terms: no column scan
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, compiled), (tantivy.Occur.Must, first_slices)]
        )

    def sample(self, searcher, compiled: tantivy.Query) -> Sample | None:
        """A sample of the matches big enough to count from, or None when there are few enough
        to count them all (a probe of one slice tells which)."""
        probe = searcher.search(self.in_slices(compiled, 1), 1, count=True).count
        return self.sample_of(compiled, probe * SLICES, probe)

    def sample_of(
        self, compiled: tantivy.Query, matches: int, probe: int | None = None
    ) -> Sample | None:
        """The sample to count ``matches`` (about as many) in, or None to count them all."""
        if matches <= self.settings.exact_count_up_to:
            return None
        slices = -(-self.settings.sample_matches * SLICES // matches)
        if slices * 2 > SLICES:  # the sample would be most of the matches: count them all
            return None
        return Sample(
            query=self.in_slices(compiled, slices),
            scale=SLICES / slices,
            counted=probe if slices == 1 else None,
        )

    def parse_and_compile(self, query: str, fuzzy: bool = False):
        tree = parse(query, self.settings.max_query_chars)
        compiled = self.compile(tree, fuzzy) if tree is not None else tantivy.Query.all_query()
        return tree, compiled

    def facets(
        self, searcher, compiled, scale: float = 1.0, months_too: bool = False
    ) -> tuple[dict[str, list[tuple[str, int]]], int]:
        """Counts for the current query, from the index's column store (no scan of the store),
        and how many documents they were counted in. Counted in a sample, they are multiplied
        by ``scale`` and rounded.

        Months appear once the matches fall in a single year (the drill-down from a year). With
        ``months_too`` (a query for one year) they are counted in the same pass; counting them
        always would cost more than the second pass they save."""
        aggregations = {
            **FACETS,
            "counted": {"value_count": {"field": "slice"}},
        }  # every document has a slice
        if months_too:
            aggregations["month"] = MONTHS
        found = searcher.aggregate(compiled, aggregations)
        counted = int(found.pop("counted")["value"])
        months = month_counts(found.pop("month")) if months_too else None
        count = (lambda n: n) if scale == 1.0 else (lambda n: max(1, about(n * scale)))  # noqa: E731
        out: dict[str, list[tuple]] = {}  # (value, count), a person's with its id
        for name, result in found.items():
            buckets = result.get("buckets", [])
            if name == "year":
                out[name] = [
                    (str(int(b["key"]) // 10000), count(b["doc_count"]))
                    for b in buckets
                    if b["doc_count"]
                ]
            else:
                out[name] = [
                    (str(b["key"]), count(b["doc_count"])) for b in buckets if b["key"] != ""
                ]
        if len(out.get("year", [])) == 1:
            out["month"] = [
                (month, count(n))
                for month, n in (self.months(searcher, compiled) if months is None else months)
            ]
        if out.get("person"):
            names = self.person_names([pid for pid, _ in out["person"]])
            out["person"] = [(names.get(pid, pid), n, pid) for pid, n in out["person"]]
        return {name: out[name] for name in FACET_ORDER if name in out}, counted

    def months(self, searcher, compiled) -> list[tuple[str, int]]:
        """("1959-06", documents) for every month with matches dated to a month or a day."""
        return month_counts(searcher.aggregate(compiled, {"month": MONTHS})["month"])

    def timeline(self, query: str, fuzzy: bool = False) -> dict:
        """Documents per month for a query, with how many matches have no month to place them in."""
        return self.timeline_of(self.parse_and_compile(query, fuzzy)[1], query)

    def person_document_ids(self, person_id: str, limit: int, offset: int = 0) -> list[str]:
        """Ids of the documents naming a person, oldest first (undated last); ``limit`` ≥ 1."""
        searcher = self.index.searcher()
        query = tantivy.Query.term_query(self.schema, "person", person_id)
        found = stable_page(
            searcher, query, limit, offset, False, by="day_lo", order=tantivy.Order.Asc
        )
        return [stored_id(searcher, address) for _, address in found.hits]

    def person_timeline(self, person_id: str) -> dict:
        """Documents per month naming one person (by id: no query to parse)."""
        return self.timeline_of(
            tantivy.Query.term_query(self.schema, "person", person_id), f"person:{person_id}"
        )

    def timeline_of(self, compiled: tantivy.Query, query: str) -> dict:
        searcher = self.index.searcher()
        months = self.months(searcher, compiled)
        total = count_of(searcher.search(compiled, 1, count=True))
        return {
            "query": query,
            "total": total,
            "months": months,
            "not_placed": total - sum(n for _, n in months),
        }

    def matching_ids(self, query: str, limit: int, fuzzy: bool = False) -> list[str]:
        """Ids of the best ``limit`` matches (the network of a search is drawn from these)."""
        _, compiled = self.parse_and_compile(query, fuzzy)
        searcher = self.index.searcher()
        return [
            stored_id(searcher, address) for _, address in searcher.search(compiled, limit).hits
        ]

    def person_names(self, ids: list[str]) -> dict[str, str]:
        """Names for person ids (facet labels), remembered: an id always names the same person."""
        missing = [i for i in ids if i not in self.names]
        if missing:
            if len(self.names) > 100_000:
                self.names.clear()
            self.names.update(self.store.person_names(missing))
        return {i: name for i in ids if (name := self.names.get(i)) is not None}

    def compile(self, node, fuzzy: bool = False) -> tantivy.Query:
        Q, Occur = tantivy.Query, tantivy.Occur
        if (
            isinstance(node, Words)
            and fuzzy
            and len(node.words) == 1
            and len(node.words[0]) >= FUZZY_MIN_CHARS
        ):
            word = node.words[0]
            return self.compile(Fuzzy(word, 2 if len(word) >= FUZZY_TWO_EDITS_CHARS else 1))
        if isinstance(node, Fuzzy):
            return Q.boolean_query(
                [
                    # The exact word scores first; the near spellings only match.
                    (Occur.Should, Q.boost_query(self.words_in("text", [node.word]), 2.0)),
                    (
                        Occur.Should,
                        Q.fuzzy_term_query(
                            self.schema, "title", node.word, node.distance, True, False
                        ),
                    ),
                    (
                        Occur.Should,
                        Q.fuzzy_term_query(
                            self.schema, "text", node.word, node.distance, True, False
                        ),
                    ),
                ]
                + [
                    (Occur.Should, self.words_in("text", [variant]))
                    for variant in ocr_variants(node.word)
                ]
            )
        if isinstance(node, Near):
            either_order = Q.boolean_query(
                [
                    (
                        Occur.Should,
                        Q.phrase_query(
                            self.schema, "text", [*node.left, *node.right], node.distance
                        ),
                    ),
                    (
                        Occur.Should,
                        Q.phrase_query(
                            self.schema, "text", [*node.right, *node.left], node.distance
                        ),
                    ),
                ]
            )
            # A sloppy phrase lets a quoted phrase's own words drift apart: require each side
            # intact too.
            sides = [
                (Occur.Must, self.phrase_in_text(side))
                for side in (node.left, node.right)
                if len(side) > 1
            ]
            return Q.boolean_query([(Occur.Must, either_order)] + sides) if sides else either_order
        if isinstance(node, FieldWords):
            return self.words_in(node.field, node.words)
        if isinstance(node, Words):
            return Q.boolean_query(
                [
                    (Occur.Should, Q.boost_query(self.words_in("title", node.words), 2.0)),
                    (Occur.Should, self.phrase_in_text(node.words)),
                ]
            )
        if isinstance(node, Prefix):
            pattern = (
                node.prefix + ".*"
            )  # the prefix is alphanumeric (tokenize_words), so it is a safe regex
            return Q.boolean_query(
                [
                    (Occur.Should, Q.regex_query(self.schema, "title", pattern)),
                    (Occur.Should, Q.regex_query(self.schema, "text", pattern)),
                ]
            )
        if isinstance(node, Filter) and node.field in PERSON_ROLES:
            ids = self.person_ids(node.value)
            if not ids:
                return Q.term_query(self.schema, "id", "\x00no such person")  # matches nothing
            return self.any_term(node.field, ids)
        if isinstance(node, Filter):
            return Q.term_query(self.schema, node.field, node.value)
        if isinstance(node, DateRange):
            lo, hi = day_number(node.start, False), day_number(node.end, True)
            if lo > hi:
                raise QueryError(f"date range {node.start}..{node.end} ends before it starts")
            # Dated [day_lo, day_hi] overlaps [lo, hi]: by the days, which reads columns, only
            # where the year terms cannot tell.
            days = Q.boolean_query(
                [
                    (
                        Occur.Must,
                        Q.range_query(self.schema, "day_hi", tantivy.FieldType.Integer, lo, None),
                    ),
                    (
                        Occur.Must,
                        Q.range_query(self.schema, "day_lo", tantivy.FieldType.Integer, None, hi),
                    ),
                ]
            )
            first, last = lo // 10000, hi // 10000
            if last - first >= MOST_YEARS:  # an open or very wide range
                return days
            years = list(range(first, last + 1))
            if lo % 10000 == 101 and hi % 10000 == 1231:  # whole years: the year terms say it all
                loosely_dated = Q.term_query(self.schema, "years", WIDE_RANGE)
                return Q.boolean_query(
                    [
                        (Occur.Should, self.any_term("years", years)),
                        (
                            Occur.Should,
                            Q.boolean_query([(Occur.Must, loosely_dated), (Occur.Must, days)]),
                        ),
                    ]
                )
            return Q.boolean_query(
                [(Occur.Must, self.any_term("years", years + [WIDE_RANGE])), (Occur.Must, days)]
            )
        if isinstance(node, Not):
            return Q.boolean_query(
                [(Occur.Must, Q.all_query()), (Occur.MustNot, self.compile(node.child, fuzzy))]
            )
        if isinstance(node, And):
            positives = [c for c in node.children if not isinstance(c, Not)]
            clauses = [(Occur.Must, self.compile(c, fuzzy)) for c in positives]
            clauses += [
                (Occur.MustNot, self.compile(c.child, fuzzy))
                for c in node.children
                if isinstance(c, Not)
            ]
            if not positives:
                clauses.append((Occur.Must, Q.all_query()))
            return Q.boolean_query(clauses)
        if isinstance(node, Or):
            return Q.boolean_query([(Occur.Should, self.compile(c, fuzzy)) for c in node.children])
        raise QueryError(f"cannot search for {node!r}")

    def person_ids(self, name: str) -> list[str]:
        """Every person the archive names in a way that contains ``name`` (any spelling seen).

        Asked of the store once per name while the index holds the same documents: a person
        filter then costs no round trip to a PostgreSQL server (ten times an SQLite file's),
        and the persons a name finds change only with the documents, which a search sees only
        once they are indexed."""
        documents = self.index.searcher().num_docs
        known, named = self.people_named
        if known != documents or len(named) > 10_000:
            named = {}
            self.people_named = (documents, named)
        if name not in named:
            named[name] = self.store.person_ids_named(name)
        return named[name]

    def any_term(self, field_name: str, values: list) -> tantivy.Query:
        """Documents with any of ``values`` in a field, all scored alike (a filter, not a ranking).

        A few values are OR-ed term queries: a term-set query's set-up alone costs about 0.2 ms,
        more than a whole cheap query."""
        Q = tantivy.Query
        if len(values) > MOST_OR_TERMS:
            return Q.term_set_query(self.schema, field_name, values)
        either = Q.boolean_query(
            [(tantivy.Occur.Should, Q.term_query(self.schema, field_name, v)) for v in values]
        )
        return Q.const_score_query(either, 1.0)  # a term-set query's score

    def words_in(self, field_name: str, words: list[str]) -> tantivy.Query:
        if len(words) == 1:
            return tantivy.Query.term_query(self.schema, field_name, words[0])
        return tantivy.Query.phrase_query(self.schema, field_name, [*words])

    def phrase_in_text(self, words: list[str]) -> tantivy.Query:
        """Words in the text, one after the other: a two-word phrase is one term of the pairs
        field; a longer one needs all its pairs, and its positions are checked only where they
        are."""
        if len(words) == 1:
            return self.words_in("text", words)
        pairs = [tantivy.Query.term_query(self.schema, "pairs", pair) for pair in word_pairs(words)]
        if len(pairs) == 1:
            return pairs[0]
        must = [(tantivy.Occur.Must, q) for q in pairs + [self.words_in("text", words)]]
        return tantivy.Query.boolean_query(must)
