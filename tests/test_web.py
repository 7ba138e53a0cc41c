"""The HTTP API and pages, over either store: JSON answers, clear 4xx for bad input, document text
rendered inert."""

import pytest

from chancery.record import StoredSource
from chancery.search import index as search_index
from chancery.store import open_store
from chancery.web.app import create_app
from helpers import local_client, record, store_records

HOSTILE = 'The Secretary said <script>alert("x")</script> and <img src=x onerror=alert(1)> Berlin.'


@pytest.fixture
def client(archive_target):
    db_path = archive_target
    db = open_store(db_path)
    memo = record(
        "abc-1",
        HOSTILE,
        "1963-01-10",
        type_="memorandum of conversation",
        date_basis="DATE field",
        classification="Secret",
        title="<b>Berlin</b>",
        source=StoredSource("memo.txt", 1, 1, "text", "abc"),
    )
    store_records(db, memo)
    search_index.sync(db)
    db.close()
    return local_client(create_app(db_path))


def test_search_api_returns_hits_with_highlights(client):
    answer = client.get("/api/search", params={"q": "Berlin"}).json()
    assert answer["total"] == 1
    assert answer["hits"][0]["id"] == "abc-1"
    assert answer["hits"][0]["highlights"]


def test_malformed_query_is_a_400_with_the_reason(client):
    answer = client.get("/api/search", params={"q": "(Berlin"})
    assert answer.status_code == 400
    assert "not closed" in answer.json()["detail"]


def test_malformed_query_on_the_page_is_a_400_page_saying_why(client):
    page = client.get("/", params={"q": "author:Rusk"})
    assert page.status_code == 400
    assert "unknown field" in page.text
    assert '<input id="q"' in page.text  # the search box is there to correct it


def test_oversized_query_is_refused(client):
    assert client.get("/api/search", params={"q": "x" * 5000}).status_code == 422


def test_unknown_and_tricky_ids_are_4xx(client):
    assert client.get("/api/documents/nope-1").status_code == 404
    assert client.get("/api/documents/..%2F..%2Fetc%2Fpasswd").status_code in (404, 422)
    assert client.get("/documents/%3Cscript%3E").status_code == 422


def test_document_text_with_html_is_rendered_inert(client):
    page = client.get("/documents/abc-1")
    assert page.status_code == 200
    assert "<script>alert" not in page.text
    assert "&lt;script&gt;" in page.text
    assert "<b>Berlin</b>" not in page.text


def test_search_page_escapes_snippets_but_marks_matches(client):
    page = client.get("/", params={"q": "Secretary"})
    assert "<mark>Secretary</mark>" in page.text
    assert "<script>alert" not in page.text


def test_document_page_shows_people_flags_and_the_conversation(tmp_path):
    from chancery.ingest import ingest

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "memo.txt").write_text(
        "Memorandum of Conversation\n\nDATE: April 3, "
        "1961\n\nPARTICIPANTS:\n\nU.S.\nThe Secretary\n\nU.S.S.R.\n"
        "Anatoliy F. Dobrynin, Soviet Ambassador\n\nThe Secretary said that the "
        "question of Berlin could not be settled by force "
        "and that the President wished the talks to go on.\n\nKennedy said that he "
        "would report to his government on his return to Moscow, and that the talks "
        "would go on.\n"
    )
    ingest([tmp_path / "in"], tmp_path / "a.db")
    client = local_client(create_app(tmp_path / "a.db"))
    [hit] = client.get("/api/search", params={"q": "Berlin"}).json()["hits"]
    page = client.get(f"/documents/{hit['id']}").text
    # The turn is marked with its speaker, and the words naming him link to his page.
    assert (
        '<span class="turn" id="turn-1" data-speaker="rusk-dean"><a class="speaker" '
        'href="/people/rusk-dean"' in page
    )
    assert '<a class="mention" href="/people/rusk-dean" title="Dean Rusk (role, confidence' in page
    assert "speaker-not-participant" in page and "Anatoliy F. Dobrynin" in page


def test_search_api_returns_facets_on_request(client):
    answer = client.get("/api/search", params={"q": "Berlin", "facets": "true"}).json()
    assert answer["facets"]["type"] == [
        {"value": "memorandum of conversation", "label": "memorandum of conversation", "count": 1}
    ]
    assert client.get("/", params={"q": "Berlin"}).status_code == 200


@pytest.fixture
def big_client(tmp_path):
    """1,000 letters about disarmament, served with a low limit for exact counting."""
    db_path = tmp_path / "big.db"
    db = open_store(db_path)
    for n in range(1000):
        letter = record(
            f"b-{n}",
            "A letter on disarmament.",
            "1960-01-02",
            classification="Secret",
            source=StoredSource(f"{n}.txt", 1, 1, "text", f"b{n}"),
        )
        store_records(db, letter, raw="raw")
    search_index.sync(db)
    db.close()
    return local_client(
        create_app(
            db_path,
            search_index.DEFAULT.with_(
                exact_count_up_to=200, sample_matches=200, exact_archive_up_to=500
            ),
        )
    )


def test_api_says_when_a_total_is_estimated_and_counts_exactly_on_request(big_client):
    estimated = big_client.get("/api/search", params={"q": "disarmament", "facets": "true"}).json()
    assert estimated["total_exact"] is False and estimated["facets_exact"] is False
    assert 700 <= estimated["total"] <= 1300
    exact = big_client.get(
        "/api/search", params={"q": "disarmament", "facets": "true", "exact": "true"}
    ).json()
    assert exact["total_exact"] is True and exact["total"] == 1000
    assert exact["facets"]["type"] == [{"value": "letter", "label": "letter", "count": 1000}]


def test_search_page_says_about_for_an_estimated_total(big_client):
    page = big_client.get("/", params={"q": "disarmament"}).text
    assert "about " in page and "≈" in page
    assert "count them all</a>" in page and "exact=true" in page
    counted = big_client.get("/", params={"q": "disarmament", "exact": "true"}).text
    assert (
        "1,000 documents match" in counted
        and "≈" not in counted
        and "count them all" not in counted
    )
    assert "about " not in big_client.get("/", params={"q": "disarmament NOT letter"}).text


def test_api_docs_page_lists_every_route_and_needs_no_network(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert (
        "<code>GET /api/search</code>" in page.text
        and "<code>GET /api/documents/{doc_id}</code>" in page.text
    )
    assert "<code>q</code>" in page.text and "length ≤ 1000" in page.text
    assert "<script" not in page.text and "https://" not in page.text  # no CDN: works offline
    assert client.get("/openapi.json").json()["paths"]["/api/search"]


def test_a_search_that_finds_nothing_suggests_a_filter_and_ocr_tolerant_matching(client):
    answer = client.get("/api/search", params={"q": "secret"}).json()
    assert answer["total"] == 0 and answer["suggestion"] == {
        "query": "classification:secret",
        "total": 1,
    }
    page = client.get("/", params={"q": "secret"}).text
    assert 'href="/?q=classification%3Asecret"' in page and "fuzzy=true" in page
    assert "suggestion" not in client.get("/api/search", params={"q": "Berlin"}).json()
