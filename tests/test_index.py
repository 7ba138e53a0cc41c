"""The search index: derived from the store (SQLite or PostgreSQL), catches up after a crash, never
duplicates."""

import shutil
from pathlib import Path

import pytest

from chancery.model import Person
from chancery.search import index as search_index
from chancery.search.index import Searcher
from chancery.search.query import QueryError
from chancery.store import open_store
from helpers import record, store_records, write_files


def letter(doc_id, text, date="1960-11-15", **facts):
    """A Confidential letter of 1960 unless told otherwise."""
    return record(doc_id, text, date, **{"classification": "Confidential", **facts})


@pytest.fixture
def archive(archive_target):
    db = open_store(archive_target)
    docs = [
        letter(
            "d1",
            "Menshikov expressed the hope that we could agree on disarmament.",
            date="1960-11-15",
        ),
        letter(
            "d2",
            "The Secretary said that Berlin was not negotiable.",
            type_="memorandum of conversation",
            date="1959-01-16",
            title="US-Soviet Relations",
            classification="Secret",
        ),
        letter(
            "d3", "Khrushchev wrote about the nuclear test ban and disarmament.", date="1961-02-22"
        ),
    ]
    for doc in docs:
        store_records(db, doc, raw="raw")
    search_index.sync(db)
    yield db, archive_target
    db.close()


def ids(results):
    return sorted(h.id for h in results.hits)


def test_words_are_found_and_highlighted(archive):
    _, db_path = archive
    results = Searcher(db_path).search("disarmament")
    assert ids(results) == ["d1", "d3"]
    hit = results.hits[0]
    start, end = hit.highlights[0]
    assert hit.snippet[start:end].lower() == "disarmament"


def test_boolean_phrase_prefix_and_filters(archive):
    _, db_path = archive
    searcher = Searcher(db_path)
    assert ids(searcher.search("Menshikov AND disarmament")) == ["d1"]
    assert ids(searcher.search("disarmament NOT Menshikov")) == ["d3"]
    assert ids(searcher.search('"test ban"')) == ["d3"]
    assert ids(searcher.search("Khrush*")) == ["d3"]
    assert ids(searcher.search("Berlin OR Menshikov")) == ["d1", "d2"]
    assert ids(searcher.search("type:memorandum_of_conversation")) == ["d2"]
    assert ids(searcher.search("classification:secret")) == ["d2"]
    assert ids(searcher.search("year:1960..1961")) == ["d1", "d3"]
    assert ids(searcher.search("date:1959-01..1959-06")) == ["d2"]


def test_phrases_match_only_words_next_to_each_other_in_that_order(archive):
    searcher = Searcher(archive[1])
    assert ids(searcher.search('"nuclear test"')) == ["d3"]
    assert ids(searcher.search('"test nuclear"')) == []
    assert ids(searcher.search('"nuclear ban"')) == []  # both words are there, not side by side
    assert ids(searcher.search('"the nuclear test ban"')) == ["d3"]
    assert ids(searcher.search('"Nuclear, test-ban"')) == [
        "d3"
    ]  # punctuation between words is no gap


def test_a_long_phrase_needs_its_words_in_one_run_not_just_each_pair_somewhere(archive):
    db, db_path = archive
    doc = letter("d4", "The test ban was discussed; a ban treaty was not.")
    store_records(db, doc, raw="raw")
    search_index.sync(db)
    searcher = Searcher(db_path)
    assert ids(searcher.search('"test ban"')) == ["d3", "d4"] and ids(
        searcher.search('"ban treaty"')
    ) == ["d4"]
    assert ids(searcher.search('"test ban treaty"')) == []


def test_a_phrase_is_highlighted_word_by_word(archive):
    hit = Searcher(archive[1]).search('"nuclear test ban"').hits[0]
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["nuclear", "test", "ban"]


def test_sort_by_date(archive):
    _, db_path = archive
    results = Searcher(db_path).search("", sort="date")
    assert [h.id for h in results.hits] == ["d2", "d1", "d3"]


def test_bad_query_raises_query_error(archive):
    _, db_path = archive
    with pytest.raises(QueryError):
        Searcher(db_path).search("(unclosed")


def test_replayed_sync_does_not_duplicate(archive):
    db, db_path = archive
    path = search_index.index_path(db)
    # As if the crash came before the watermark was saved.
    search_index.write_state(path, {**search_index.read_state(path), "indexed_seq": 0})
    assert search_index.sync(db) == 3
    assert Searcher(db_path).search("disarmament").total == 2


def test_index_behind_the_store_catches_up(archive):
    db, db_path = archive
    store_records(db, letter("d4", "Gromyko on disarmament."), raw="raw")
    assert Searcher(db_path).search("Gromyko").total == 0
    assert search_index.behind(db)
    assert search_index.sync(db) == 1
    assert not search_index.behind(db)
    assert Searcher(db_path).search("Gromyko").total == 1


def test_the_index_keeps_its_own_watermark_in_its_folder(archive):
    db, _ = archive
    path = search_index.index_path(db)
    assert search_index.read_state(path)["indexed_seq"] == db.last_seq() == 3
    assert (
        db.get_meta(search_index.WATERMARK) is None
    )  # nothing of one machine's index is in the shared store


def test_an_index_of_another_layout_is_built_again_not_trusted(archive):
    db, db_path = archive
    path = search_index.index_path(db)
    search_index.start_over(db, path)
    for entry in path.iterdir():
        if entry.name not in (search_index.STATE, search_index.LOCK):
            search_index.shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    builder = search_index.tantivy.SchemaBuilder()
    builder.add_text_field(
        "text", stored=True
    )  # what another layout under the same version looks like
    search_index.tantivy.Index(builder.build(), path=str(path))
    assert search_index.sync(db) == 3
    assert ids(Searcher(db_path).search("disarmament")) == ["d1", "d3"]


def test_an_index_of_another_archive_is_built_again_not_trusted(archive, tmp_path):
    db, db_path = archive
    other = open_store(tmp_path / "other.db")
    store_records(other, letter("x", "Zanzibar was mentioned."), raw="raw")
    search_index.sync(other, search_index.DEFAULT.with_(index_dir=str(tmp_path / "elsewhere")))
    # The other archive's index copied over this one's (as a re-created archive finds an old index).
    shutil.rmtree(search_index.index_path(db))
    shutil.copytree(tmp_path / "elsewhere" / "other.index", search_index.index_path(db))
    assert search_index.behind(db)
    assert search_index.sync(db) == 3
    assert ids(Searcher(db_path).search("disarmament")) == ["d1", "d3"]
    assert Searcher(db_path).search("Zanzibar").total == 0
    other.close()


def test_replaced_documents_make_every_index_start_over(archive):
    db, db_path = archive
    search_index.documents_replaced(db)  # what relink says, for the other machines' indexes
    assert search_index.behind(db)
    with pytest.raises(FileNotFoundError, match="reindex"):
        Searcher(db_path)
    assert search_index.sync(db) == 3
    assert Searcher(db_path).search("disarmament").total == 2


def test_a_name_is_asked_of_the_store_once_while_the_index_holds_the_same_documents(
    archive, monkeypatch
):
    db, db_path = archive
    gromyko = Person("gromyko-andrei-a", "Andrei A. Gromyko")
    store_records(db, letter("d4", "On Berlin.", sender=gromyko), raw="raw")
    search_index.sync(db)
    searcher = Searcher(db_path)
    asked = []
    named = searcher.store.person_ids_named
    monkeypatch.setattr(searcher.store, "person_ids_named", lambda n: asked.append(n) or named(n))
    assert ids(searcher.search("person:Gromyko")) == ["d4"]
    assert ids(searcher.search("Berlin person:Gromyko")) == ["d4"]
    assert asked == ["Gromyko"]

    # Once the index holds other documents, the store is asked again.
    store_records(db, letter("d5", "On Laos.", recipients=(Person("gromyko-x", "A. Gromyko"),)))
    search_index.sync(db)
    searcher.reopen()
    assert ids(searcher.search("person:Gromyko")) == ["d4", "d5"]
    assert asked == ["Gromyko", "Gromyko"]


def test_reindex_rebuilds_from_the_store(archive):
    db, db_path = archive
    assert search_index.rebuild(db) == 3
    assert Searcher(db_path).search("disarmament").total == 2


def test_reindex_reads_the_store_in_batches(archive, monkeypatch):
    db, db_path = archive
    batches = []
    real = type(db).iter_records

    def counted(self, after_seq=0, batch=500):
        batches.append(batch)
        return real(self, after_seq, batch)

    monkeypatch.setattr(type(db), "iter_records", counted)
    assert search_index.rebuild(db) == 3
    assert batches == [500]  # records come a page at a time, never all at once


def test_facets_count_the_matches(archive):
    _, db_path = archive
    facets = Searcher(db_path).search("disarmament", facets=True).facets
    assert facets["type"] == [("letter", 2)]
    assert facets["year"] == [("1960", 1), ("1961", 1)]
    assert dict(facets["classification"]) == {"confidential": 2}


# ---- big result sets are counted from a sample ----------------------------------------------


@pytest.fixture
def big_archive(tmp_path):
    """2,000 letters about disarmament, a quarter of them Secret and a tenth also about Berlin."""
    db_path = tmp_path / "big.db"
    db = open_store(db_path)
    for n in range(2000):
        text = "A letter on disarmament." + (" Berlin was discussed." if n % 10 == 0 else "")
        doc = letter(
            f"b{n}",
            text,
            date=f"{1959 + n % 4}-03-01",
            classification="Secret" if n % 4 == 0 else "Confidential",
        )
        store_records(db, doc, raw="raw")
    search_index.sync(db)
    yield db_path
    db.close()


SAMPLED = search_index.DEFAULT.with_(
    exact_count_up_to=500, sample_matches=400, exact_archive_up_to=1000
)


def test_many_matches_are_counted_from_a_sample_and_said_to_be_about(big_archive):
    results = Searcher(big_archive, SAMPLED).search("disarmament", facets=True)
    assert not results.exact and not results.facets_exact
    assert 1600 <= results.total <= 2400  # of 2,000, rounded to two figures
    assert results.total == search_index.about(results.total)
    counts = dict(results.facets["classification"])
    assert 1200 <= counts["confidential"] <= 1800 and 300 <= counts["secret"] <= 700
    assert [year for year, _ in results.facets["year"]] == ["1959", "1960", "1961", "1962"]
    assert (
        len(results.hits) == 20
    )  # the results themselves are the best ones of all, not of the sample


def test_a_small_archive_counts_every_total_but_samples_the_facets_of_many_matches(big_archive):
    results = Searcher(big_archive, SAMPLED.with_(exact_archive_up_to=2000)).search(
        "disarmament", facets=True
    )
    assert results.exact and results.total == 2000 and not results.facets_exact
    counts = dict(results.facets["classification"])
    assert 1200 <= counts["confidential"] <= 1800 and 300 <= counts["secret"] <= 700


def test_exact_counts_every_match(big_archive):
    results = Searcher(big_archive, SAMPLED).search("disarmament", facets=True, exact=True)
    assert results.exact and results.facets_exact and results.total == 2000
    assert dict(results.facets["classification"]) == {"confidential": 1500, "secret": 500}


def test_few_matches_are_counted_exactly_even_in_a_big_archive(big_archive):
    results = Searcher(big_archive, SAMPLED).search("Berlin", facets=True)
    assert results.exact and results.total == 200
    assert dict(results.facets["classification"]) == {
        "confidential": 100,
        "secret": 100,
    }  # every 20th is both


def test_the_whole_archive_has_an_exact_total_and_sampled_facets(big_archive):
    results = Searcher(big_archive, SAMPLED).search("", facets=True)
    assert results.exact and results.total == 2000 and not results.facets_exact
    listed = Searcher(big_archive, SAMPLED).search("", sort="date", limit=5)
    assert listed.exact and listed.total == 2000 and len(listed.hits) == 5


def test_documents_fall_evenly_into_slices():
    slices = [search_index.slice_of(f"doc-{n}") for n in range(10000)]
    per_slice = [slices.count(s) for s in range(search_index.SLICES)]
    assert min(per_slice) > 60 and max(per_slice) < 140


def test_year_and_date_ranges_find_documents_dated_to_a_day_a_month_or_a_range_of_years(tmp_path):
    db_path = tmp_path / "dates.db"
    db = open_store(db_path)
    docs = [
        letter("day", "dated to a day", date="1960-11-15"),
        letter("month", "dated to a month", date="1960-06"),
        letter("range", "dated to a range of years", date=None, date_range=["1958", "1961"]),
        letter("loose", "dated to three centuries", date=None, date_range=["1700", "1999"]),
        letter("undated", "not dated", date=None),
    ]
    for doc in docs:
        store_records(db, doc, raw="raw")
    search_index.sync(db)
    db.close()
    searcher = Searcher(db_path)
    assert ids(searcher.search("year:1960")) == ["day", "loose", "month", "range"]
    assert ids(searcher.search("year:1961..1965")) == ["loose", "range"]
    assert ids(searcher.search("year:1962..1965")) == ["loose"]
    assert ids(searcher.search("year:1600..1650")) == []
    assert ids(searcher.search("date:1960-06..1960-10")) == ["loose", "month", "range"]
    assert ids(searcher.search("date:1960-11-15")) == ["day", "loose", "range"]
    assert ids(searcher.search("date:..1959")) == ["loose", "range"]
    assert ids(searcher.search("year:1500..1800")) == [
        "loose"
    ]  # wider than the year terms go: by days


def test_months_show_once_matches_fall_in_one_year_whether_or_not_the_query_names_it(tmp_path):
    db_path = tmp_path / "months.db"
    db = open_store(db_path)
    for n, date in enumerate(["1961-02-03", "1961-02-20", "1961-07", "1961", "1962-05-01"]):
        doc = letter(
            f"m{n}",
            "A letter on the Berlin question." if date != "1962-05-01" else "A note.",
            date=date,
        )
        store_records(db, doc, raw="raw")
    search_index.sync(db)
    db.close()
    searcher = Searcher(db_path)
    months = [("1961-02", 2), ("1961-07", 1)]  # the document dated to the year only has no month
    assert searcher.search("Berlin", facets=True).facets["month"] == months
    assert searcher.search("year:1961 Berlin", facets=True).facets["month"] == months
    assert "month" not in searcher.search("", facets=True).facets  # two years


def test_a_word_naming_a_kind_of_document_is_suggested_as_a_filter_when_nothing_matches(archive):
    _, db_path = archive
    searcher = Searcher(db_path)
    assert searcher.search("letter").suggestion == (
        "type:letter",
        2,
    )  # no text says "letter"; two are letters
    assert (
        searcher.search("secret disarmament").suggestion is None
    )  # classification:secret disarmament finds nothing either
    assert searcher.search("secret Berlin").suggestion == ("classification:secret Berlin", 1)
    assert searcher.search('"letter"').suggestion is None  # quoted: the word itself was meant
    assert searcher.search("zanzibar").suggestion is None
    assert searcher.search("disarmament").suggestion is None  # found: nothing to suggest


def tied_archive(folder: Path, names: list[str]) -> Path:
    """The same 24 memoranda, each naming Berlin once in a text of the same length (equal
    scores), ingested one file per run in the order given: the index's segments differ."""
    from chancery.ingest import ingest

    for name in names:
        text = (
            f"MEMORANDUM\n\nThe Secretary discussed Berlin with the Ambassador at meeting {name}.\n"
        )
        write_files(folder / "in", named={f"{name}.txt": text})
        ingest([folder / "in" / f"{name}.txt"], folder / "a.db")
    return folder / "a.db"


def test_equal_scores_come_in_order_of_id_and_pages_are_the_same_however_the_index_was_built(
    tmp_path,
):
    names = [f"m{n:02}" for n in range(24)]
    first = Searcher(tied_archive(tmp_path / "one", names))
    second = Searcher(tied_archive(tmp_path / "two", names[::-1]))
    for query, sort in [
        ("Berlin", "relevance"),
        ("Secretary Ambassador", "relevance"),
        ("type:memorandum", "relevance"),
        ("", "relevance"),
        ("Berlin", "date"),
        ("Berlin", "newest"),
    ]:  # undated all: every date ties too
        pages = []
        for searcher in (first, second):
            pages.append(
                [
                    [h.id for h in searcher.search(query, limit=5, offset=offset, sort=sort).hits]
                    for offset in range(0, 25, 5)
                ]
            )
        assert pages[0] == pages[1], query
        ids = [i for page in pages[0] for i in page]
        assert len(ids) == len(set(ids)) == 24
        assert ids == sorted(ids, key=lambda i: (i.rsplit("-", 1)[0], int(i.rsplit("-", 1)[1]))), (
            query
        )


def test_a_page_boundary_inside_a_run_of_ties_takes_the_ties_in_order_of_id(tmp_path):
    searcher = Searcher(tied_archive(tmp_path / "a", [f"m{n:02}" for n in range(12)]))
    everything = [h.id for h in searcher.search("Berlin", limit=12).hits]
    for limit in (1, 5, 7):
        for offset in range(0, 12):
            assert [
                h.id for h in searcher.search("Berlin", limit=limit, offset=offset).hits
            ] == everything[offset : offset + limit]
