"""People, their networks and timelines: the store's queries (person, person_network,
documents_network, people_of_record, the schema upgrades), in SQLite and in PostgreSQL, and the
pages and API over them."""

import csv
import io
import json
import re
from urllib.parse import unquote

import pytest

from chancery.model import Stamp
from chancery.search import index as search_index
from chancery.settings import DEFAULT
from chancery.store import SCHEMA_VERSION, StoreError, open_store
from chancery.store.records import people_of_record
from chancery.store.sqlite import SQLiteStore
from chancery.web.app import create_app
from helpers import local_client, record, record_of_ids, store_records, table

PEOPLE = {
    "rusk-dean": "Dean Rusk",  # in the core registry, with two offices
    # in the core registry, offices listed out of order there
    "gromyko-andrei-a": "Andrei A. Gromyko",
    "khrushchev-nikita-s": "Nikita S. Khrushchev",
    "local:ilse-marten": "Ilse Marten",  # known only from the documents
    "local:olga-varga": "Olga Varga",
    "local:plus-minus": "+Plus Minus",  # a name a spreadsheet would take for a formula
    # persons of the archive's own that are no one: a place, a form of address, a title OCR garbled
    "local:austria": "Austria",
    "local:mr-chairman": "Mr. Chairman",
    "local:sccretary": "Sccretary",
}


def meeting(doc_id, text, date=None, **facts):
    """A Secret memorandum of conversation, its people given by id: ``participants`` are
    (id, side) pairs, ``mentioned`` ids, ``written`` the ways the text names each."""
    return record_of_ids(
        PEOPLE,
        doc_id,
        text,
        date,
        **{"type_": "memorandum of conversation", **facts},
        classification="Secret",
        date_basis="DATE line" if date else None,
        stamps=[Stamp("PAGE 2", "page-header", 2, 0, 6)],
    )


DOCUMENTS = [
    meeting(
        "m1",
        "The Secretary and Mr. Gromyko went over the fishing treaty clause by clause.",
        "1961-03-14",
        participants=[("rusk-dean", "US"), ("gromyko-andrei-a", "USSR")],
        written={"rusk-dean": ["The Secretary", "Rusk"], "gromyko-andrei-a": ["Gromyko"]},
    ),
    meeting(
        "m2",
        "Dear Mr. Secretary, the treaty must be ratified before winter.",
        "1961-07-04",
        type_="letter",
        sender="khrushchev-nikita-s",
        recipients=["rusk-dean"],
        written={"rusk-dean": ["Mr. Secretary"]},
    ),
    meeting(
        "m3",
        "Rusk, Gromyko and Mrs. Marten agreed that the treaty text was final.",
        "1962-01-15",
        participants=[
            ("rusk-dean", "US"),
            ("gromyko-andrei-a", "USSR"),
            ("local:ilse-marten", "UK"),
        ],
        written={
            "rusk-dean": ["Rusk"],
            "gromyko-andrei-a": ["Gromyko"],
            "local:ilse-marten": ["Mrs. Marten"],
        },
    ),
    meeting(
        "m4",
        "Rusk asked Mrs. Varga for a note on the harbour.",
        None,
        type_="note",
        mentioned=["rusk-dean", "local:olga-varga"],
        written={"rusk-dean": ["Rusk"], "local:olga-varga": ["Mrs. Varga"]},
    ),
    meeting(
        "m5",
        "Notes on wheat prices for Mr. Minus.",
        "1960-02-01",
        type_="note",
        title="=SUM(A1:A9) talking points",
        mentioned=["local:plus-minus"],
    ),
]


def build_archive(target):
    db = open_store(target)
    for doc in DOCUMENTS:
        store_records(db, doc, raw="PAGE 2" + doc.text)
    search_index.sync(db)
    return db


@pytest.fixture(scope="module")
def archive(module_archive_target):
    build_archive(module_archive_target).close()
    return module_archive_target


@pytest.fixture
def db(archive):
    with open_store(archive, create=False) as store:
        yield store


@pytest.fixture(scope="module")
def client(archive):
    return local_client(create_app(archive))


# ---- the store ----------------------------------------------------------------------------


def test_person_has_the_names_seen_with_document_counts(db):
    names = db.person("rusk-dean")["names_seen"]
    assert names[0] == {"written": "Rusk", "documents": 3}  # the commonest first
    assert sorted(names[1:], key=lambda n: n["written"]) == [
        {"written": "Mr. Secretary", "documents": 1},
        {"written": "The Secretary", "documents": 1},
    ]


def test_person_lists_documents_by_date_with_their_part_in_each(db):
    documents = db.person("rusk-dean")["documents"]
    assert [(d["id"], d["date"], d["role"]) for d in documents] == [
        ("m1", "1961-03-14", "participant"),
        ("m2", "1961-07-04", "recipient"),
        ("m3", "1962-01-15", "participant"),
        ("m4", None, "mentioned"),  # undated last
    ]
    assert documents[1]["type"] == "letter" and documents[1]["year"] == 1961


def test_person_documents_come_a_page_at_a_time_with_the_total(db):
    first = db.person("rusk-dean", limit=2)
    assert [d["id"] for d in first["documents"]] == ["m1", "m2"] and first["documents_total"] == 4
    rest = db.person("rusk-dean", limit=2, offset=2)
    assert [d["id"] for d in rest["documents"]] == ["m3", "m4"] and rest["documents_offset"] == 2


def test_person_documents_by_id_come_in_the_order_asked_with_their_part(db):
    documents = db.person_documents("rusk-dean", ids=["m3", "m1", "no-such-document", "m2"])
    assert [(d["id"], d["role"]) for d in documents] == [
        ("m3", "participant"),
        ("m1", "participant"),
        ("m2", "recipient"),
    ]
    assert db.person_documents("gromyko-andrei-a", ids=["m2"]) == []  # not his


def test_has_person_knows_people_named_in_the_archive_or_in_the_registry(db):
    assert db.has_person("local:olga-varga") and db.has_person("rusk-dean")
    assert db.has_person("dulles-allen-w")  # in the registry, in no document here
    assert not db.has_person("local:nobody-at-all")


def test_person_without_documents_listed_still_counts_them(db):
    facts = db.person("rusk-dean", limit=0)
    assert facts["documents"] == [] and facts["documents_total"] == 4 and facts["met"]


def test_person_from_the_registry_has_description_and_offices(db):
    rusk = db.person("rusk-dean")
    assert rusk["name"] == "Dean Rusk" and rusk["in_registry"] and rusk["country"] == "US"
    assert "Secretary of State" in [o["title"] for o in rusk["offices"]]


def test_offices_are_sorted_by_start(db):
    # The core registry lists Gromyko's 1946 offices as "1946-04" then "1946".
    starts = [o["start"] for o in db.person("gromyko-andrei-a")["offices"]]
    assert starts == sorted(starts)
    assert starts.index("1946") < starts.index("1946-04")


def test_offices_without_a_start_come_last(archive_target):
    from chancery.authority.registry import AuthorityPerson, Office

    db = build_archive(archive_target)
    db.save_authority(
        [
            AuthorityPerson(
                "rusk-dean",
                "Dean Rusk",
                offices=[
                    Office("Adviser", "US", None, None),
                    Office("Secretary of State", "US", "1961-01-21", "1969-01-20"),
                    Office("Assistant Secretary of State", "US", "1950-03-28", "1952-01-09"),
                ],
            )
        ]
    )
    assert [o["title"] for o in db.person("rusk-dean")["offices"]] == [
        "Assistant Secretary of State",
        "Secretary of State",
        "Adviser",
    ]
    # With an imported registry, people outside it are known only from the documents.
    assert db.person("gromyko-andrei-a")["in_registry"] is False
    db.close()


def test_person_met_lists_the_people_with_shared_documents(db):
    met = db.person("rusk-dean")["met"]
    assert met == [
        {"id": "gromyko-andrei-a", "name": "Andrei A. Gromyko", "documents": 2},
        {"id": "khrushchev-nikita-s", "name": "Nikita S. Khrushchev", "documents": 1},
        {"id": "local:ilse-marten", "name": "Ilse Marten", "documents": 1},
    ]


def test_person_network_has_the_ties_among_the_people_met(db):
    network = db.person("rusk-dean")["network"]
    assert [n["id"] for n in network["nodes"]] == [
        "rusk-dean",
        "gromyko-andrei-a",
        "khrushchev-nikita-s",
        "local:ilse-marten",
    ]
    assert {n["id"]: n["documents"] for n in network["nodes"]} == {
        "rusk-dean": 4,
        "gromyko-andrei-a": 2,
        "khrushchev-nikita-s": 1,
        "local:ilse-marten": 1,
    }
    ties = {(e["source"], e["target"], e["kind"]): e["documents"] for e in network["edges"]}
    assert ties == {
        ("rusk-dean", "gromyko-andrei-a", "met"): 2,
        ("khrushchev-nikita-s", "rusk-dean", "wrote to"): 1,
        ("rusk-dean", "local:ilse-marten", "met"): 1,
        ("gromyko-andrei-a", "local:ilse-marten", "met"): 1,  # a tie between two others, drawn too
    }


def test_person_network_keeps_the_closest_people(db):
    network = db.person_network("rusk-dean", limit=1)
    assert [n["id"] for n in network["nodes"]] == ["rusk-dean", "gromyko-andrei-a"]
    assert network["nodes"][1]["with_person"] == 2
    assert [(e["source"], e["target"]) for e in network["edges"]] == [
        ("rusk-dean", "gromyko-andrei-a")
    ]


def test_someone_only_mentioned_has_a_page_but_no_ties(db):
    varga = db.person("local:olga-varga")
    assert (
        varga["name"] == "Olga Varga" and varga["in_registry"] is False and varga["offices"] == []
    )
    assert varga["names_seen"] == [{"written": "Mrs. Varga", "documents": 1}]
    assert [(d["id"], d["role"]) for d in varga["documents"]] == [("m4", "mentioned")]
    assert varga["met"] == [] and varga["network"]["edges"] == []


def test_registry_person_without_documents_and_unknown_person(db):
    thompson = db.person("thompson-llewellyn-e")
    assert thompson["in_registry"] and thompson["documents"] == [] and thompson["names_seen"] == []
    assert db.person("nobody-at-all") is None


def test_documents_network_counts_ties_within_the_chosen_documents(db):
    network = db.documents_network(["m2", "m3"])
    assert {n["id"] for n in network["nodes"]} == {
        "rusk-dean",
        "gromyko-andrei-a",
        "local:ilse-marten",
        "khrushchev-nikita-s",
    }
    assert network["nodes"][0]["id"] == "rusk-dean"  # in both chosen documents: the busiest first
    ties = {(e["source"], e["target"], e["kind"]): e["documents"] for e in network["edges"]}
    assert ties == {
        ("khrushchev-nikita-s", "rusk-dean", "wrote to"): 1,
        ("rusk-dean", "gromyko-andrei-a", "met"): 1,  # m1 is not chosen, so one document, not two
        ("rusk-dean", "local:ilse-marten", "met"): 1,
        ("gromyko-andrei-a", "local:ilse-marten", "met"): 1,
    }


def test_documents_network_of_nothing_or_of_documents_without_ties(db):
    assert db.documents_network([]) == {"nodes": [], "edges": []}
    assert db.documents_network(["m4", "m5", "no-such-document"]) == {"nodes": [], "edges": []}


def test_documents_network_limits_the_people(db):
    network = db.documents_network(["m1", "m2", "m3"], limit=2)
    assert [n["id"] for n in network["nodes"]] == ["rusk-dean", "gromyko-andrei-a"]
    assert [(e["source"], e["target"], e["documents"]) for e in network["edges"]] == [
        ("rusk-dean", "gromyko-andrei-a", 2)
    ]


def test_places_and_titles_taken_for_people_are_never_in_a_network(archive_target):
    no_one = ["local:austria", "local:mr-chairman", "local:sccretary"]
    db = open_store(archive_target)
    for doc in [
        meeting(
            "n1",
            "Talks.",
            "1961-03-14",
            participants=[("rusk-dean", "US"), ("gromyko-andrei-a", "USSR")]
            + [(p, None) for p in no_one],
        ),
        meeting(
            "n2",
            "A cable.",
            "1961-03-15",
            type_="telegram",
            sender="local:austria",
            recipients=["rusk-dean"],
        ),
    ]:
        store_records(db, doc)
    for network in (db.documents_network(["n1", "n2"]), db.person_network("rusk-dean")):
        assert [n["id"] for n in network["nodes"]] in (
            ["rusk-dean", "gromyko-andrei-a"],
            ["gromyko-andrei-a", "rusk-dean"],
        )
        assert {(e["source"], e["target"]) for e in network["edges"]} == {
            ("rusk-dean", "gromyko-andrei-a")
        }
    alone = db.documents_network(["n2"])  # Rusk's only tie there is to a country
    assert [n["id"] for n in alone["nodes"]] == ["rusk-dean"] and alone["edges"] == []
    db.close()


def test_people_of_a_record_puts_correspondents_and_participants_before_mentions(db):
    people = {doc: people_of_record(db.get_record(doc)) for doc in ("m2", "m4")}
    assert people["m2"] == [
        {"id": "khrushchev-nikita-s", "name": "Nikita S. Khrushchev", "role": "sender"},
        {"id": "rusk-dean", "name": "Dean Rusk", "role": "recipient"},
    ]
    assert sorted(p["id"] for p in people["m4"]) == ["local:olga-varga", "rusk-dean"]
    assert {p["role"] for p in people["m4"]} == {"mentioned"}
    assert people_of_record(record("x")) == []


def test_people_of_a_record_lists_each_person_once_and_at_most_a_few(db):
    people = people_of_record(db.get_record("m3"), most=2)
    assert len(people) == 2 and {p["role"] for p in people} == {"participant"}
    one_each = people_of_record(db.get_record("m1"))  # Rusk is written two ways in m1
    assert sorted(p["id"] for p in one_each) == ["gromyko-andrei-a", "rusk-dean"]


def made_old(db, version: int, missing: tuple[str, ...]) -> None:
    """The archive as one of schema ``version`` was: without the tables it did not have yet, nor
    its name (schema 5)."""
    with db.session() as session, session:
        for name in missing:
            session.execute(f"DROP TABLE {name}")  # our own table names
        session.execute("DELETE FROM meta WHERE key = 'archive_id'")
        if isinstance(db, SQLiteStore):
            session.execute(
                f"PRAGMA user_version = {version}"
            )  # a number of ours: PRAGMA takes no parameters
        else:
            session.execute(
                "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),)
            )
    db.close()


def test_an_archive_from_schema_1_gets_its_network_backfilled(archive_target):
    db = build_archive(archive_target)
    before = sorted(table(db, "SELECT document_id, source, target, kind FROM document_edges"))
    made_old(db, 1, ("document_edges", "person_forms", "person_ties", "person_pairs"))

    db = open_store(archive_target)
    assert db.schema_version() == SCHEMA_VERSION == 5 and db.get_meta("archive_id")
    after = sorted(table(db, "SELECT document_id, source, target, kind FROM document_edges"))
    assert (
        after == before and len(after) == 5
    )  # m1: one meeting, m2: one letter, m3: three meetings
    assert [m["id"] for m in db.person("rusk-dean")["met"]] == [
        "gromyko-andrei-a",
        "khrushchev-nikita-s",
        "local:ilse-marten",
    ]
    db.close()
    # Opening again does not add the edges a second time.
    db = open_store(archive_target)
    assert table(db, "SELECT COUNT(*) FROM document_edges") == [(5,)]
    db.close()


def test_an_archive_from_schema_2_gets_its_name_lookups_backfilled_with_the_same_answers(
    archive_target,
):
    db = build_archive(archive_target)
    forms = sorted(table(db, "SELECT * FROM person_forms"))
    people, named = db.people(""), db.person_ids_named("Rusk")
    made_old(db, 2, ("person_forms", "person_ties", "person_pairs"))

    db = open_store(archive_target)
    assert sorted(table(db, "SELECT * FROM person_forms")) == forms
    assert db.people("") == people and db.person_ids_named("Rusk") == named == ["rusk-dean"]
    db.close()


def test_an_archive_from_schema_3_gets_its_summed_network_backfilled_with_the_same_answers(
    archive_target,
):
    db = build_archive(archive_target)
    ties = sorted(table(db, "SELECT * FROM person_ties"))
    pairs = sorted(table(db, "SELECT * FROM person_pairs"))
    network = db.person_network("rusk-dean")
    made_old(db, 3, ("person_ties", "person_pairs"))

    db = open_store(archive_target)
    assert (
        sorted(table(db, "SELECT * FROM person_ties")) == ties and len(ties) == 4
    )  # Rusk met Gromyko twice
    assert sorted(table(db, "SELECT * FROM person_pairs")) == pairs
    assert db.person_network("rusk-dean") == network
    db.close()


def test_an_archive_from_schema_4_gets_its_name_and_keeps_its_index(tmp_path):
    db = build_archive(tmp_path / "a.db")
    path = search_index.index_path(db)
    seq = search_index.read_state(path)["indexed_seq"]
    (path / search_index.STATE).unlink()  # a schema 4 archive's index kept its seq in the store
    db.set_meta(search_index.VERSION_KEY, search_index.INDEX_VERSION)
    db.set_meta(search_index.WATERMARK, str(seq))
    made_old(db, 4, ())

    db = open_store(tmp_path / "a.db")
    assert db.get_meta("archive_id") and not search_index.behind(db)  # adopted, not built again
    assert search_index.sync(db) == 0 and search_index.read_state(path)["indexed_seq"] == seq
    db.close()


def test_the_summed_network_counts_each_document_once_per_tie(archive_target):
    db = build_archive(archive_target)
    by_edges = sorted(
        table(
            db,
            "SELECT source, target, kind, COUNT(DISTINCT document_id) FROM "
            "document_edges GROUP BY source, target, kind",
        )
    )
    assert sorted(table(db, "SELECT * FROM person_ties")) == by_edges
    assert {(r[0], r[1]): r[2] for r in table(db, "SELECT * FROM person_pairs")}[
        ("gromyko-andrei-a", "rusk-dean")
    ] == 2
    db.close()


def test_an_archive_from_a_newer_chancery_is_refused(archive_target):
    db = build_archive(archive_target)
    made_old(db, SCHEMA_VERSION + 1, ())
    with pytest.raises(StoreError, match="newer"):
        open_store(archive_target)


# ---- pages ---------------------------------------------------------------------------------


def svg(page: str, css_class: str) -> str:
    match = re.search(rf'<svg class="{css_class}".*?</svg>', page, re.S)
    assert match, f"no svg.{css_class} on the page"
    return match.group(0)


def bar_links(timeline_svg: str) -> list[str]:
    """The query each bar of a timeline leads to."""
    hrefs = re.findall(r'<a href="/\?q=([^"&]*)&amp;sort=date"><rect', timeline_svg)
    return [unquote(h) for h in hrefs]


def test_people_page_lists_people_with_links(client):
    page = client.get("/people")
    assert page.status_code == 200
    assert '<a href="/people/rusk-dean">Dean Rusk</a></td><td>4</td>' in page.text
    assert '<a href="/people/local%3Ailse-marten">Ilse Marten</a>' in page.text


def test_people_page_finds_people_by_any_name_seen(client):
    page = client.get("/people", params={"name": "Secretary"}).text
    assert "/people/rusk-dean" in page and "/people/gromyko-andrei-a" not in page
    assert (
        "No one named like <q>Zebedee</q>" in client.get("/people", params={"name": "Zebedee"}).text
    )


def test_person_page_has_names_offices_timeline_and_network(client):
    page = client.get("/people/rusk-dean")
    assert page.status_code == 200
    for section in ("names", "offices", "timeline", "network"):
        assert f'<section id="{section}">' in page.text
    assert "The Secretary" in page.text and "Mr. Secretary" in page.text
    assert "Secretary of State" in page.text
    assert '<a href="/documents/m2">' in page.text and "recipient" in page.text
    assert "1 document not dated to a month." in page.text
    assert (
        '<a href="/people/gromyko-andrei-a">Andrei A. Gromyko</a> <span class="count">2</span>'
        in page.text
    )


def test_person_page_lists_the_first_documents_and_says_how_many_there_are(archive):
    client = local_client(create_app(archive, DEFAULT.with_(person_documents=2)))
    page = client.get("/people/rusk-dean").text
    assert (
        page.count('<li><span class="date">') == 2 and "The first 2 of 4 documents, by date" in page
    )
    assert svg(page, "timeline").count("<rect") == 3  # the timeline has them all
    answer = client.get("/api/people/rusk-dean", params={"limit": 3, "offset": 1}).json()
    assert [d["id"] for d in answer["documents"]] == ["m2", "m3", "m4"] and answer[
        "documents_total"
    ] == 4


def test_person_page_timeline_has_a_bar_per_month_leading_to_their_documents(client):
    timeline = svg(client.get("/people/rusk-dean").text, "timeline")
    assert timeline.count("<rect") == 3
    assert bar_links(timeline) == [
        "person:rusk-dean date:1961-03",
        "person:rusk-dean date:1961-07",
        "person:rusk-dean date:1962-01",
    ]


def test_person_page_network_draws_everyone_met(client):
    network = svg(client.get("/people/rusk-dean").text, "network")
    assert network.count("<circle") == 4
    assert network.count("<line") == 4
    assert 'href="/people/local%3Ailse-marten"' in network


def test_person_with_no_dated_documents_or_ties_has_no_pictures(client):
    page = client.get("/people/local:olga-varga")
    assert page.status_code == 200
    assert "<svg" not in page.text
    assert "not in the registry" in page.text
    assert "No meetings or letters with others in this archive." in page.text


def test_unknown_person_is_a_404_page(client):
    page = client.get("/people/nobody-here")
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "Not found" in page.text and "no person nobody-here" in page.text


def test_unknown_person_in_the_api_is_a_404_json(client):
    answer = client.get("/api/people/nobody-here")
    assert answer.status_code == 404
    assert answer.json() == {"detail": "no person nobody-here"}


def test_timeline_page_draws_a_bar_per_month(client):
    page = client.get("/timeline", params={"q": "treaty"})
    assert page.status_code == 200
    timeline = svg(page.text, "timeline")
    assert timeline.count("<rect") == 3
    assert bar_links(timeline) == [
        "treaty date:1961-03",
        "treaty date:1961-07",
        "treaty date:1962-01",
    ]
    assert "3 documents; 3 dated to a month" in page.text


def test_a_timeline_bar_leads_to_that_months_documents(client):
    [link] = [
        q
        for q in bar_links(svg(client.get("/timeline", params={"q": "treaty"}).text, "timeline"))
        if q.endswith("1961-07")
    ]
    hits = client.get("/api/search", params={"q": link}).json()["hits"]
    assert [h["id"] for h in hits] == ["m2"]


def test_a_timeline_bar_of_an_or_query_leads_to_that_months_documents_only(client):
    links = bar_links(
        svg(client.get("/timeline", params={"q": "treaty OR wheat"}).text, "timeline")
    )
    march = next(q for q in links if q.endswith("1961-03"))
    assert [h["id"] for h in client.get("/api/search", params={"q": march}).json()["hits"]] == [
        "m1"
    ]


def test_the_bars_of_an_ocr_tolerant_timeline_link_to_ocr_tolerant_searches(client):
    page = client.get("/timeline", params={"q": "treaty", "fuzzy": "true"}).text
    hrefs = re.findall(r'<a href="([^"]*)"><rect', svg(page, "timeline"))
    assert hrefs and all("fuzzy=true" in h for h in hrefs)


def test_a_facet_link_of_an_or_query_leads_to_the_counted_documents(client):
    page = client.get("/", params={"q": "treaty OR wheat"}).text
    [(link, count)] = re.findall(
        r'<a href="/\?q=([^"&]*)">letter</a> <span class="count">(\d+)</span>', page
    )
    assert client.get("/api/search", params={"q": unquote(link)}).json()["total"] == int(count) == 1


def test_timeline_page_counts_what_it_cannot_place(client):
    page = client.get("/timeline", params={"q": "Rusk"}).text
    assert "dated only to a year, a range, or not at all" in page
    assert svg(page, "timeline").count("<rect") == 1  # m3 only; m4 is undated


def test_timeline_page_with_a_bad_query_is_a_400_saying_why(client):
    page = client.get("/timeline", params={"q": "(treaty"})
    assert page.status_code == 400
    assert "Bad query" in page.text and "not closed" in page.text
    assert "<svg" not in page.text


def test_network_page_of_a_search(client):
    page = client.get("/network", params={"q": "treaty"})
    assert page.status_code == 200
    network = svg(page.text, "network")
    assert network.count("<circle") == 4
    assert "4 people, 4 ties" in page.text


def test_network_page_around_a_person(client):
    page = client.get("/network", params={"person": "gromyko-andrei-a"})
    assert page.status_code == 200
    assert "around Andrei A. Gromyko" in page.text
    assert svg(page.text, "network").count("<circle") == 3


def test_network_page_focuses_on_one_person_and_the_people_tied_to_them(client):
    page = client.get("/network", params={"q": "treaty", "focus": "gromyko-andrei-a"})
    assert page.status_code == 200
    assert "around Andrei A. Gromyko in <q>treaty</q>" in page.text
    network = svg(page.text, "network")
    assert (
        network.count("<circle") == 3
    )  # Gromyko, Rusk and Marten; not Khrushchev, who only wrote to Rusk
    assert network.count("<line") == 3
    assert '<a href="/people/gromyko-andrei-a">their page</a>' in page.text
    assert '<a href="/network?q=treaty">everyone</a>' in page.text


def test_a_person_in_the_network_picture_leads_to_the_network_around_them(client):
    network = svg(client.get("/network", params={"q": "treaty"}).text, "network")
    assert 'href="/network?q=treaty&amp;focus=local%3Ailse-marten"' in network
    person_page = svg(client.get("/people/rusk-dean").text, "network")
    assert (
        'href="/people/local%3Ailse-marten"' in person_page
    )  # on a person's page: to the others' pages


def test_a_focus_on_someone_outside_the_network_is_a_404(client):
    page = client.get("/network", params={"q": "treaty", "focus": "local:olga-varga"})
    assert page.status_code == 404 and "not among the people of this network" in page.text
    assert (
        client.get("/api/network", params={"q": "treaty", "focus": "local:olga-varga"}).status_code
        == 404
    )


def test_network_page_counts_people_and_ties_in_words(client):
    page = client.get("/network", params={"person": "local:ilse-marten"}).text
    assert "3 people, 3 ties" in page
    page = client.get("/network", params={"q": "wheat"}).text
    assert "0 people, 0 ties, from the best 500 matches" in page


def test_person_page_names_untitled_documents_by_their_correspondents(client):
    page = client.get("/people/rusk-dean").text
    assert (
        '<a href="/documents/m2">Letter from Nikita S. Khrushchev to Dean Rusk, 4 July 1961</a>'
        in page
    )
    assert (
        '<a href="/documents/m1">Memorandum of conversation: Andrei A. Gromyko and '
        "Dean Rusk, 14 March 1961</a>" in page
    )


def test_search_results_and_the_document_page_name_untitled_documents(client):
    page = client.get("/", params={"q": "ratified"}).text
    assert (
        '<a href="/documents/m2">Letter from Nikita S. Khrushchev to Dean Rusk, 4 July 1961</a>'
        in page
    )
    assert "1 document matches" in page
    document = client.get("/documents/m2").text
    assert "<h1>Letter from Nikita S. Khrushchev to Dean Rusk, 4 July 1961</h1>" in document
    assert (
        "<title>Letter from Nikita S. Khrushchev to Dean Rusk, 4 July 1961 · chancery</title>"
        in document
    )


def test_network_page_with_a_bad_query_is_a_400_saying_why(client):
    page = client.get("/network", params={"q": "NEAR treaty"})
    assert page.status_code == 400
    assert "NEAR needs a word or a phrase on each side" in page.text
    assert client.get("/network", params={"person": "nobody-here"}).status_code == 404


# ---- the API -------------------------------------------------------------------------------


def rows(answer) -> list[dict]:
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(answer.text)))


def test_api_people_lists_and_finds(client):
    people = client.get("/api/people").json()["people"]
    assert people[0] == {"id": "rusk-dean", "name": "Dean Rusk", "documents": 4}
    found = client.get("/api/people", params={"q": "Marten"}).json()
    assert found == {
        "query": "Marten",
        "people": [{"id": "local:ilse-marten", "name": "Ilse Marten", "documents": 1}],
    }


def test_api_people_as_csv_neutralises_formulas(client):
    table = rows(client.get("/api/people", params={"format": "csv"}))
    assert {"id": "rusk-dean", "name": "Dean Rusk", "documents": "4"} in table
    assert {"id": "local:plus-minus", "name": "'+Plus Minus", "documents": "1"} in table


def test_api_person_is_what_the_store_knows(client, db):
    answer = client.get("/api/people/rusk-dean").json()
    assert answer == json.loads(json.dumps(db.person("rusk-dean")))
    table = rows(client.get("/api/people/rusk-dean", params={"format": "csv"}))
    assert [(r["id"], r["role"]) for r in table] == [
        ("m1", "participant"),
        ("m2", "recipient"),
        ("m3", "participant"),
        ("m4", "mentioned"),
    ]


def test_api_timeline(client):
    answer = client.get("/api/timeline", params={"q": "treaty"}).json()
    assert answer == {
        "query": "treaty",
        "total": 3,
        "months": [["1961-03", 1], ["1961-07", 1], ["1962-01", 1]],
        "not_placed": 0,
    }
    table = rows(client.get("/api/timeline", params={"q": "treaty", "format": "csv"}))
    assert table == [
        {"month": "1961-03", "documents": "1"},
        {"month": "1961-07", "documents": "1"},
        {"month": "1962-01", "documents": "1"},
    ]
    assert client.get("/api/timeline", params={"q": "treaty NEAR"}).status_code == 400


def test_api_network_of_a_search(client):
    answer = client.get("/api/network", params={"q": "treaty"}).json()
    assert answer["query"] == "treaty" and answer["person"] is None
    assert {n["id"] for n in answer["nodes"]} == {
        "rusk-dean",
        "gromyko-andrei-a",
        "khrushchev-nikita-s",
        "local:ilse-marten",
    }
    assert {
        "source": "rusk-dean",
        "target": "gromyko-andrei-a",
        "kind": "met",
        "documents": 2,
    } in answer["edges"]


def test_api_network_around_a_person_and_as_csv(client):
    answer = client.get("/api/network", params={"person": "local:ilse-marten"}).json()
    assert [n["id"] for n in answer["nodes"]] == [
        "local:ilse-marten",
        "gromyko-andrei-a",
        "rusk-dean",
    ]
    table = rows(
        client.get("/api/network", params={"person": "local:ilse-marten", "format": "csv"})
    )
    assert sorted(table, key=lambda r: r["source"]) == [
        {
            "source": "gromyko-andrei-a",
            "source_name": "Andrei A. Gromyko",
            "kind": "met",
            "target": "local:ilse-marten",
            "target_name": "Ilse Marten",
            "documents": "1",
        },
        {
            "source": "rusk-dean",
            "source_name": "Dean Rusk",
            "kind": "met",
            "target": "gromyko-andrei-a",
            "target_name": "Andrei A. Gromyko",
            "documents": "2",
        },
        {
            "source": "rusk-dean",
            "source_name": "Dean Rusk",
            "kind": "met",
            "target": "local:ilse-marten",
            "target_name": "Ilse Marten",
            "documents": "1",
        },
    ]
    assert client.get("/api/network", params={"person": "nobody-here"}).status_code == 404
    assert client.get("/api/network", params={"person": "bad id!"}).status_code == 422


def test_api_network_narrowed_to_one_persons_ties(client):
    answer = client.get(
        "/api/network", params={"q": "treaty", "focus": "khrushchev-nikita-s"}
    ).json()
    assert answer["focus"] == "khrushchev-nikita-s"
    assert {n["id"] for n in answer["nodes"]} == {"khrushchev-nikita-s", "rusk-dean"}
    assert answer["edges"] == [
        {"source": "khrushchev-nikita-s", "target": "rusk-dean", "kind": "wrote to", "documents": 1}
    ]


def test_api_documents_lists_by_date_with_undated_last(client):
    answer = client.get("/api/documents").json()
    assert answer["total"] == 5
    assert [d["id"] for d in answer["documents"]] == ["m5", "m1", "m2", "m3", "m4"]
    assert set(answer["documents"][0]) >= {
        "id",
        "date",
        "type",
        "title",
        "classification",
        "people",
    }
    assert "snippet" not in answer["documents"][0]
    newest = client.get("/api/documents", params={"sort": "newest"}).json()["documents"]
    assert [d["id"] for d in newest] == ["m3", "m2", "m1", "m5", "m4"]
    treaty = client.get("/api/documents", params={"q": "treaty", "limit": 2, "offset": 1}).json()
    assert treaty["total"] == 3 and [d["id"] for d in treaty["documents"]] == ["m2", "m3"]
    assert client.get("/api/documents", params={"sort": "title"}).status_code == 422


def test_api_documents_as_csv_neutralises_formulas(client):
    table = rows(client.get("/api/documents", params={"format": "csv"}))
    assert list(table[0]) == ["id", "date", "type", "title", "classification", "people"]
    by_id = {r["id"]: r for r in table}
    assert by_id["m5"]["title"] == "'=SUM(A1:A9) talking points"
    assert by_id["m5"]["people"] == "'+Plus Minus"
    assert by_id["m2"]["people"] == "Nikita S. Khrushchev; Dean Rusk"


def test_api_search_as_csv(client):
    table = rows(client.get("/api/search", params={"q": "wheat", "format": "csv"}))
    assert [r["id"] for r in table] == ["m5"]
    assert table[0]["title"].startswith("'=")


def test_api_provenance(client):
    answer = client.get("/api/documents/m2/provenance").json()
    assert answer["id"] == "m2"
    assert answer["source"] == {
        "path": "m2.txt",
        "part": 1,
        "parts": 1,
        "format": "text",
        "sha256": "m2",
    }
    assert answer["date_basis"] == "DATE line"
    assert answer["stamps"] == [
        {"text": "PAGE 2", "kind": "page-header", "page": 2, "start": 0, "end": 6}
    ]
    assert set(answer) == {
        "id",
        "source",
        "collection",
        "release",
        "source_note",
        "frus",
        "pages",
        "stamps",
        "evidence",
        "date_basis",
    }
    assert client.get("/api/documents/nope/provenance").status_code == 404


def test_api_export_jsonl_has_every_record_or_those_matching(client):
    answer = client.get("/api/export")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith(
        "application/x-ndjson"
    )
    records = [json.loads(line) for line in answer.text.splitlines()]
    assert sorted(r["id"] for r in records) == ["m1", "m2", "m3", "m4", "m5"]
    assert records[0]["text"] and "edges" in records[0]
    matching = [
        json.loads(line)
        for line in client.get("/api/export", params={"q": "treaty"}).text.splitlines()
    ]
    assert sorted(r["id"] for r in matching) == ["m1", "m2", "m3"]


def test_api_export_csv_neutralises_formulas(client):
    table = rows(client.get("/api/export", params={"format": "csv", "q": "wheat OR harbour"}))
    assert sorted(r["id"] for r in table) == ["m4", "m5"]
    m5 = next(r for r in table if r["id"] == "m5")
    assert m5["title"] == "'=SUM(A1:A9) talking points"
    assert m5["persons"] == "'+Plus Minus"


def test_api_export_refuses_bad_queries_and_formats(client):
    assert client.get("/api/export", params={"q": "(treaty"}).status_code == 400
    assert client.get("/api/export", params={"format": "xml"}).status_code == 422
