"""The search index: derived from the store, catches up after a crash, never duplicates."""

import pytest

from chancery.search import index as search_index
from chancery.search.index import Searcher
from chancery.search.query import QueryError
from chancery.store import sqlite as store


def record(doc_id, text, type_="letter", date="1960-11-15", title=None, classification="Confidential"):
    return {
        "id": doc_id,
        "source": {"path": f"{doc_id}.txt", "part": 1, "parts": 1, "format": "text", "sha256": doc_id},
        "type": type_,
        "date": date,
        "date_range": None,
        "classification": classification,
        "collection": None,
        "title": title,
        "text": text,
    }


@pytest.fixture
def archive(tmp_path):
    db_path = tmp_path / "a.db"
    db = store.open_store(db_path)
    docs = [
        record("d1", "Menshikov expressed the hope that we could agree on disarmament.", date="1960-11-15"),
        record("d2", "The Secretary said that Berlin was not negotiable.", type_="memorandum of conversation", date="1959-01-16", title="US-Soviet Relations", classification="Secret"),
        record("d3", "Khrushchev wrote about the nuclear test ban and disarmament.", date="1961-02-22"),
    ]
    for doc in docs:
        store.add_file(db, doc["id"] + ".txt", "text", doc["id"], 10, [doc], ["raw"])
    search_index.sync(db, db_path)
    yield db, db_path
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
    store.set_meta(db, search_index.WATERMARK, "0")  # as if the crash came before the watermark was saved
    search_index.sync(db, db_path)
    assert Searcher(db_path).search("disarmament").total == 2


def test_index_behind_the_store_catches_up(archive):
    db, db_path = archive
    store.add_file(db, "d4.txt", "text", "d4", 10, [record("d4", "Gromyko on disarmament.")], ["raw"])
    assert Searcher(db_path).search("Gromyko").total == 0
    search_index.sync(db, db_path)
    assert Searcher(db_path).search("Gromyko").total == 1


def test_reindex_rebuilds_from_the_store(archive):
    db, db_path = archive
    assert search_index.rebuild(db, db_path) == 3
    assert Searcher(db_path).search("disarmament").total == 2


def test_facets_count_the_matches(archive):
    _, db_path = archive
    facets = Searcher(db_path).search("disarmament", facets=True).facets
    assert facets["type"] == [("letter", 2)]
    assert facets["year"] == [("1960", 1), ("1961", 1)]
    assert dict(facets["classification"]) == {"confidential": 2}
