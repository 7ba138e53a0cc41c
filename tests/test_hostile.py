"""Hostile input against the web app: every request ends in a clear 4xx or in inert rendering.

Never a 500, never markup from a document (or a query, or an id) reaching a page as markup.
The archive is built by `chancery ingest` from invented documents full of markup.
"""

import asyncio
import csv
import io
import json
import time

import pytest
from markupsafe import escape

from chancery.ingest import ingest
from chancery.settings import DEFAULT
from chancery.web.app import create_app
from chancery.web.limits import BodyLimit, BodyTooLarge, request_limit
from chancery.web.upload import upload_router
from helpers import local_client, stored_rows, write_files

# ---- the hostile archive ---------------------------------------------------------------------

MEMO = """<b>Memorandum</b> <script>alert(1)</script> for the President

SUBJECT: "><svg onload=alert(1)> Berlin negotiations {{7*7}}

The Secretary said <script>alert(1)</script> that Berlin could not be settled by force.
He showed <img src=x onerror=alert(1)> a map and "><svg onload=alert(1)> the template {{7*7}} {% raw %} text.
Ambassador Dobrynin replied that the Soviet government wished the talks on Berlin to go on.
"""  # noqa: E501 (test data)

MEMCON = """Memorandum of Conversation

DATE: April 3, 1961

SUBJECT: <script>alert(1)</script> Berlin

PARTICIPANTS:

U.S.
The Secretary
<img src=x onerror=alert(1)>, Special Assistant

U.S.S.R.
Anatoliy F. Dobrynin, Soviet Ambassador
"><svg onload=alert(1)>, Counselor

The Secretary said that the question of Berlin <script>alert(1)</script> could not be settled by force {{7*7}}.

Ambassador Dobrynin said that he would report to his government "><svg onload=alert(1)> and that the talks would go on.1

1 Footnote <script>alert(1)</script> in the source {{7*7}}.
"""  # noqa: E501 (test data)

PAGE = """<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Telegram {{7*7}}</title><script>alert(2)</script></head>
<body><p>Telegram from Moscow. The Ambassador &lt;img src=x onerror=alert(1)&gt; reported on the conversation
with Khrushchev about Berlin and the test ban.</p>
<p onclick="alert(3)">&quot;&gt;&lt;svg onload=alert(1)&gt; more text about Laos and Berlin.</p></body></html>
"""  # noqa: E501 (test data)

SPREADSHEET = """Letter to the Embassy

SUBJECT: =HYPERLINK("http://evil.example/","click") Berlin

@SUM(1+1) The Ambassador is asked to report on Berlin. +cmd|' /C calc'!A0 -2+3
"""

MARKUP = ("<script>alert", "<img src=x", "<svg onload", "onerror=alert(1)>", "onclick=")


def assert_inert(text: str) -> None:
    for markup in MARKUP:
        assert markup not in text, f"{markup!r} reached the page as markup"


def assert_safe_answer(answer) -> None:
    """HTML is inert; anything else is JSON (where markup is data: FastAPI's 422s echo the
    input)."""
    kind = answer.headers.get("content-type", "")
    if kind.startswith("text/html"):
        assert_inert(answer.text)
    else:
        assert kind.startswith("application/json"), kind


def assert_same_site_redirect(answer) -> None:
    """Starlette answers a path with a trailing slash by a redirect to the path without it: it must
    stay on this site."""
    assert answer.status_code in (307, 308)
    location = answer.headers["location"]
    assert location.startswith(("http://127.0.0.1/", "/")) and not location.startswith("//"), (
        location
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    files = {"memo.txt": MEMO, "memcon.txt": MEMCON, "page.html": PAGE, "sheet.txt": SPREADSHEET}
    summary = ingest([write_files(folder / "in", named=files)], folder / "a.db")
    assert not summary.failures and summary.documents_added >= 4
    return folder / "a.db"


@pytest.fixture(scope="module")
def app(archive):
    return create_app(archive)


@pytest.fixture(scope="module")
def client(app):
    return local_client(app)


@pytest.fixture(scope="module")
def doc_ids(archive) -> list[str]:
    return [doc_id for _, doc_id, _ in stored_rows(archive)]


def needs_route(app, path: str) -> None:
    """xfail (not fail) while the page under test is not built: its route is not there at all."""
    if not any(getattr(route, "path", None) == path for route in app.routes):
        pytest.xfail("page not built yet")


def test_the_archive_really_holds_the_markup(client, doc_ids):
    texts = [client.get(f"/api/documents/{i}").json()["text"] for i in doc_ids]
    assert any("<script>alert(1)</script>" in t for t in texts)
    assert any("<img src=x onerror=alert(1)>" in t for t in texts)
    assert any('"><svg onload=alert(1)>' in t for t in texts)
    assert any("{{7*7}}" in t for t in texts)


# ---- malformed queries -------------------------------------------------------------------------

MALFORMED = [
    "(Berlin",
    "Berlin)",
    "((Berlin)",
    "()",
    '"',
    "NOT",
    "AND AND",
    "Berlin AND",
    "OR Berlin",
    "Berlin OR",
    "AND",
    "OR",
    "type:",
    'type:"',
    "date:1959-13..x",
    "date:19590..1960",
    "date:1961..1959",
    "date:..",
    "year:19x",
    "foo:bar",
    "author:Rusk",
    "title:Berlin",
    "*",
    "a*",
    "x.*+?[*",
    "-",
    "😀",
    "\x00",
    "Berlin (",
    ")(",
    "x" * 41,
]

ODD = [
    '"Berlin',
    '"Berlin Wall',
    "Berlin\x00",
    "Ber\x00lin",
    "\x00Berlin\x00",
    "Berlin 😀",
    "😀 Berlin",
    "Ber.*+?[*",
    "ber[a-z]*",
    "Ber(lin*",
    "ab\\*",
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "<img src=x onerror=alert(1)>",
    "{{7*7}}",
    "{% raw %}",
    "person:%",
    "person:_",
    "person:' OR 1=1 --",
    "type:'; DROP TABLE documents; --",
    "sender:\x00",
    "\u202eBerlin",
    "ＢＥＲＬＩＮ",
    "date:9999-99-99",
    "date:0000",
    "year:1960..",
    "NOT NOT Berlin",
    "-Berlin",
    "--Berlin",
    "Berlin~2",
    "Berlin^3",
    "NOT " * 200 + "Berlin",
    "Berlin " * 140,
    "é*",
    "\\",
    "%",
    "%00",
    "&amp;",
    "Berlin\r\nHost: evil",
]

API = ["/api/search", "/api/documents", "/api/timeline", "/api/network", "/api/export"]
PAGES = ["/", "/timeline", "/network"]


def detail_of(answer) -> str:
    assert answer.headers["content-type"].startswith("application/json"), answer.text[:200]
    detail = answer.json()["detail"]
    assert detail, "a 4xx needs a reason"
    return detail if isinstance(detail, str) else json.dumps(detail)


@pytest.mark.parametrize("q", MALFORMED)
@pytest.mark.parametrize("path", API)
def test_malformed_queries_on_the_api_are_400_with_the_reason(app, client, path, q):
    needs_route(app, path)
    answer = client.get(path, params={"q": q})
    assert answer.status_code in (400, 422), answer.text[:300]
    assert detail_of(answer)


@pytest.mark.parametrize("q", MALFORMED)
@pytest.mark.parametrize("path", PAGES)
def test_malformed_queries_on_pages_show_the_reason(app, client, path, q):
    needs_route(app, path)
    page = client.get(path, params={"q": q})
    assert page.status_code in (200, 400), page.text[:300]
    assert page.headers["content-type"].startswith("text/html")
    reason = client.get("/api/search", params={"q": q}).json()["detail"].removeprefix("bad query: ")
    assert str(escape(reason)) in page.text
    assert_inert(page.text)


@pytest.mark.parametrize("q", ODD)
@pytest.mark.parametrize("path", API + PAGES)
def test_odd_queries_are_answered_or_refused_never_a_500(app, client, path, q):
    needs_route(app, path)
    answer = client.get(path, params={"q": q})
    assert answer.status_code in (200, 400), answer.text[:300]
    if path in PAGES:
        assert_inert(answer.text)
    elif answer.status_code == 400:
        assert detail_of(answer)


@pytest.mark.parametrize("path", ["/api/search", "/"])
@pytest.mark.parametrize("extra", [{}, {"sort": "date"}, {"fuzzy": "true"}, {"facets": "true"}])
def test_odd_queries_with_every_option(app, client, path, extra):
    for q in [
        "Berlin\x00",
        "Ber.*+?[*",
        "<script>alert(1)</script>",
        "person:%",
        "NOT Berlin",
        "-Berlin",
        "date:1959..1962",
    ]:
        answer = client.get(path, params={"q": q, **extra})
        assert answer.status_code in (200, 400, 422), (q, answer.text[:300])


def test_sql_in_queries_changes_nothing(client, archive, doc_ids):
    for q in [
        "person:' OR 1=1 --",
        "type:'; DROP TABLE documents; --",
        "sender:x'); DELETE FROM documents; --",
    ]:
        client.get("/api/search", params={"q": q})
        client.get("/api/people", params={"q": q[:200]})
    assert client.get("/api/stats").json()["documents"] == len(doc_ids)


@pytest.mark.parametrize("path", API[:4] + PAGES)
def test_a_5000_character_query_is_422(app, client, path):
    needs_route(app, path)
    assert client.get(path, params={"q": "x" * 5000}).status_code == 422


@pytest.mark.parametrize(
    "path", ["/api/search", "/", "/api/timeline", "/timeline", "/api/network", "/network"]
)
def test_a_deeply_nested_query_is_a_400_not_a_500(app, client, path):
    """Within max_query_chars, 250 nested parentheses (506 characters) must not exhaust the
    stack."""
    needs_route(app, path)
    q = "(" * 250 + "Berlin" + ")" * 250
    assert len(q) <= DEFAULT.max_query_chars
    answer = client.get(path, params={"q": q})
    assert answer.status_code == 400, answer.text[:300]
    assert "deep" in answer.text


def test_a_prefix_is_never_a_regex(client):
    """Regex metacharacters around a prefix are dropped, never passed to the index's regex query."""
    wild = client.get("/api/search", params={"q": "Ber.*+?[*"}).json()
    plain = client.get("/api/search", params={"q": "Ber*"}).json()
    assert wild["total"] == plain["total"] >= 1
    assert client.get("/api/search", params={"q": ".*"}).status_code == 400
    assert client.get("/api/search", params={"q": "a*"}).status_code == 400


# ---- markup in documents
# ---------------------------------------------------------------------------


def test_document_pages_are_inert(client, doc_ids):
    for doc_id in doc_ids:
        for view in ("clean", "original"):
            page = client.get(f"/documents/{doc_id}", params={"view": view})
            assert page.status_code == 200
            assert_inert(page.text)


def test_markup_in_a_document_is_shown_as_text(client, doc_ids):
    pages = "".join(client.get(f"/documents/{i}").text for i in doc_ids)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages
    assert "&lt;img src=x onerror=alert(1)&gt;" in pages
    assert "{{7*7}}" in pages  # document text is data for the templates, never template source


@pytest.mark.parametrize(
    "q", ["alert", "script", "svg onload", "onerror", "Berlin", "Ber*", "Khrushchev", "", "7"]
)
def test_search_page_snippets_are_escaped(client, q):
    for extra in ({}, {"sort": "date"}, {"fuzzy": "true"}):
        page = client.get("/", params={"q": q, **extra})
        assert page.status_code == 200
        assert_inert(page.text)


def test_search_page_marks_matches_inside_escaped_markup(client):
    page = client.get("/", params={"q": "alert"}).text
    assert "<mark>alert</mark>" in page
    assert (
        "&lt;script&gt;<mark>alert</mark>" in page
        or "&lt;img src=x onerror=<mark>alert</mark>" in page
    )


def test_the_query_echoed_in_the_page_is_escaped(client):
    for q in [
        '"><svg onload=alert(1)>',
        "<script>alert(1)</script>",
        "foo:<script>alert(1)</script>",
        "' onfocus=alert(1) x='",
    ]:
        for path in PAGES:
            page = client.get(path, params={"q": q})
            assert_inert(page.text)
            assert "' onfocus=alert(1) x='" not in page.text


def test_api_answers_are_json_and_carry_the_text_unchanged(client, doc_ids):
    for doc_id in doc_ids:
        for suffix in ("", "/original", "/provenance"):
            answer = client.get(f"/api/documents/{doc_id}{suffix}")
            assert answer.status_code == 200
            assert answer.headers["content-type"] == "application/json"
    hits = client.get("/api/search", params={"q": "alert"})
    assert hits.headers["content-type"] == "application/json"
    texts = [client.get(f"/api/documents/{i}").json()["text"] for i in doc_ids]
    assert any(
        "<script>alert(1)</script>" in t for t in texts
    )  # data, not mangled: escaping is the renderer's job


def test_csv_cells_never_start_a_formula(client):
    rows = []
    for path, params in [
        ("/api/search", {"q": "Berlin", "format": "csv"}),
        ("/api/documents", {"format": "csv"}),
        ("/api/export", {"q": "Berlin", "format": "csv"}),
        ("/api/people", {"format": "csv"}),
    ]:
        answer = client.get(path, params=params)
        assert answer.status_code == 200, (path, answer.text[:200])
        rows += list(csv.reader(io.StringIO(answer.text)))[1:]
    cells = [cell for row in rows for cell in row]
    assert any("HYPERLINK" in cell for cell in cells)
    assert not [
        cell
        for cell in cells
        if cell[:1] in ("=", "+", "@") or (cell[:1] == "-" and not cell[1:2].isdigit())
    ]


# ---- tricks in ids
# ---------------------------------------------------------------------------------

BAD_IDS = [
    "..%2F..%2Fetc%2Fpasswd",
    "..%2F",
    "%2E%2E",
    "%2E%2E%2F%2E%2E",
    "%00",
    "NUL%00x",
    "x" * 200,
    "x" * 5000,
    "a%2Fb",
    "%5C..%5Cwin.ini",
    "%E2%80%AE",
    "%C3%A9t%C3%A9",
    "%FF",
    "%C0%AF",
    "%25",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%22%3E%3Csvg%20onload=alert(1)%3E",
    "x%0A",
    "x%0D%0ASet-Cookie:a=b",
    "%20",
    "'%20OR%201=1--",
    "nope-1",
    "%F0%9F%98%80",
    "file:%2F%2F%2Fetc%2Fpasswd",
]


@pytest.mark.parametrize("bad", BAD_IDS)
@pytest.mark.parametrize(
    "template",
    [
        "/documents/{}",
        "/api/documents/{}",
        "/api/documents/{}/original",
        "/api/documents/{}/provenance",
    ],
)
def test_tricky_document_ids_are_404_or_422(client, template, bad):
    answer = client.get(template.format(bad), follow_redirects=False)
    if answer.status_code in (307, 308):
        return assert_same_site_redirect(answer)
    assert answer.status_code in (404, 422), answer.text[:300]
    assert_safe_answer(answer)
    assert "root:" not in answer.text


def test_ids_with_a_slash_do_not_reach_a_document(client, doc_ids):
    assert client.get(f"/api/documents/{doc_ids[0]}/x").status_code == 404
    assert client.get(f"/api/documents/x/{doc_ids[0]}").status_code == 404
    assert client.get(f"/documents/{doc_ids[0]}%2F..").status_code == 404


@pytest.mark.parametrize("bad", BAD_IDS + ["x" * 161])
@pytest.mark.parametrize(
    "template", ["/people/{}", "/api/people/{}", "/network?person={}", "/api/network?person={}"]
)
def test_tricky_person_ids_are_404_or_422(app, client, template, bad):
    needs_route(app, template.split("?")[0].replace("{}", "{person_id}"))
    answer = client.get(template.format(bad), follow_redirects=False)
    if answer.status_code in (307, 308):
        return assert_same_site_redirect(answer)
    assert answer.status_code in (404, 422), answer.text[:300]
    assert_safe_answer(answer)


# ---- the people, timeline and network pages
# ------------------------------------------------------------


def test_people_named_with_markup_are_inert_everywhere(app, client):
    needs_route(app, "/api/people")
    people = client.get("/api/people", params={"limit": 1000}).json()["people"]
    hostile = [p for p in people if "<" in p["name"]]
    assert hostile, "the memcon's participants with markup names should be people of the archive"
    needs_route(app, "/people/{person_id}")
    for person in people:
        for url in (f"/people/{person['id']}", f"/network?person={person['id']}"):
            page = client.get(url)
            assert page.status_code == 200, (url, page.text[:200])
            assert_inert(page.text)
        assert client.get(f"/api/people/{person['id']}").status_code == 200
    for url in [
        "/people",
        "/people?name=%3Cimg",
        "/timeline?q=Berlin",
        "/network?q=Berlin",
        "/network?q=Dobrynin",
    ]:
        page = client.get(url)
        assert page.status_code == 200
        assert_inert(page.text)


@pytest.mark.parametrize(
    "q", ["%", "_", "\x00", "<script>alert(1)</script>", "' OR 1=1 --", "😀", "\\", "x" * 200]
)
def test_people_search_with_hostile_names(app, client, q):
    needs_route(app, "/api/people")
    answer = client.get("/api/people", params={"q": q})
    assert answer.status_code == 200
    # Wildcards and quotes are letters, which no name has; a NUL is dropped, leaving the empty
    # query, which lists everyone.
    everyone = client.get("/api/people").json()["people"]
    assert answer.json()["people"] == ([] if q != "\x00" else everyone)
    page = client.get("/people", params={"name": q})
    assert page.status_code == 200
    assert_inert(page.text)


@pytest.mark.parametrize("path", ["/api/people", "/people"])
def test_people_search_too_long_is_422(app, client, path):
    needs_route(app, path)
    assert (
        client.get(path, params={"q": "x" * 1000, "name": "x" * 1000}).status_code == 422
    )  # over 200, under the URL limit


@pytest.mark.parametrize("path", ["/api/timeline", "/api/network"])
def test_timeline_and_network_answer_json(app, client, path):
    needs_route(app, path)
    for q in ["", "Berlin", "<script>alert(1)</script>", "person:%"]:
        answer = client.get(path, params={"q": q})
        assert answer.status_code == 200
        assert answer.headers["content-type"] == "application/json"


# ---- parameters out of range
# ---------------------------------------------------------------------------

OUT_OF_RANGE = [
    "/api/search?limit=0",
    "/api/search?limit=101",
    "/api/search?limit=-1",
    "/api/search?limit=abc",
    "/api/search?limit=1e3",
    "/api/search?limit=%00",
    "/api/search?offset=-1",
    "/api/search?offset=100001",
    "/api/search?offset=99999999999999999999999",
    "/api/search?sort=x",
    "/api/search?sort=relevance%00",
    "/api/search?facets=maybe",
    "/api/search?format=xml",
    "/?page=0",
    "/?page=1001",
    "/?page=99999999999999999999",
    "/?page=-1",
    "/?sort=%3Cscript%3E",
    "/api/documents?limit=1001",
    "/api/documents?offset=-5",
    "/api/people?limit=0",
    "/api/people?limit=1001",
    "/api/export?format=exe",
    "/documents/x?view=%3Cscript%3E",
]


@pytest.mark.parametrize("url", OUT_OF_RANGE)
def test_parameters_out_of_range_are_422(client, url):
    answer = client.get(url)
    assert answer.status_code == 422, answer.text[:300]
    assert_safe_answer(answer)


def test_the_largest_offset_is_an_empty_page(client):
    answer = client.get("/api/search", params={"offset": 100_000, "limit": 100})
    assert answer.status_code == 200
    assert answer.json()["hits"] == []


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_writing_methods_on_the_read_only_app_are_405_or_404(client, doc_ids, method):
    for url in ["/api/search", f"/api/documents/{doc_ids[0]}", "/", "/api/ingest"]:
        assert client.request(method, url, content=b"x").status_code in (404, 405)


# ---- BodyLimit: request size limits
# ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def limited(archive):
    app = create_app(archive)
    app.include_router(upload_router(archive, DEFAULT, TOKEN))  # a route that reads the body
    app.add_middleware(BodyLimit, max_bytes=1024, max_url_chars=2048)
    return local_client(app)


def test_a_declared_body_over_the_limit_is_413(limited):
    answer = limited.post("/api/search", content=b"x" * 2000)
    assert answer.status_code == 413
    assert answer.json()["detail"].startswith("the request body is over")
    assert (
        limited.post("/api/search", content=b"x" * 100).status_code == 405
    )  # under the limit: the app answers


def test_a_streamed_body_over_the_limit_is_413(limited):
    body = (
        b'--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
        + b"x" * 300
        for _ in range(10)
    )
    headers = {
        "Authorization": f"Bearer {TOKEN}",
        "Content-Type": "multipart/form-data; boundary=XYZ",
    }
    answer = limited.post("/api/ingest", content=body, headers=headers)
    assert "content-length" not in {k.lower() for k in answer.request.headers}
    assert answer.status_code == 413
    assert answer.json()["detail"].startswith(
        "the request body is over"
    )  # BodyLimit's answer, not the endpoint's
    assert limited.get("/api/stats").json()["files"] == 4


def test_an_over_long_url_is_414(limited):
    answer = limited.get("/api/search", params={"q": "x" * 3000})
    assert answer.status_code == 414
    assert "URL" in answer.json()["detail"]
    assert limited.get("/documents/" + "x" * 3000).status_code == 414
    assert limited.get("/api/search", params={"q": "Berlin"}).status_code == 200


def test_request_limit_leaves_room_for_an_upload():
    assert request_limit(DEFAULT) > DEFAULT.max_upload_mb * 1024 * 1024


def run_asgi(app, headers=(), chunks=(b"",), path="/x", query=b""):
    """Call an ASGI app with a body in chunks; the messages it sent."""
    scope = {
        "type": "http",
        "method": "POST",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query,
        "headers": [(k.lower(), v) for k, v in headers],
    }
    messages = [
        {"type": "http.request", "body": c, "more_body": i < len(chunks) - 1}
        for i, c in enumerate(chunks)
    ]
    sent = []

    async def receive():
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return sent


def reading_app(calls):
    async def app(scope, receive, send):
        calls.append(scope["path"])
        size, more = 0, True
        while more:
            message = await receive()
            size += len(message.get("body", b""))
            more = message.get("more_body", False)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": str(size).encode()})

    return app


def status_of(sent):
    starts = [m for m in sent if m["type"] == "http.response.start"]
    assert len(starts) == 1, sent
    return starts[0]["status"]


def test_body_limit_passes_a_body_under_the_limit():
    calls = []
    sent = run_asgi(BodyLimit(reading_app(calls), 100), chunks=[b"x" * 50, b"x" * 50])
    assert status_of(sent) == 200 and sent[-1]["body"] == b"100"


def test_body_limit_refuses_a_chunked_body_once_it_passes_the_limit():
    calls = []
    sent = run_asgi(BodyLimit(reading_app(calls), 100), chunks=[b"x" * 60, b"x" * 60, b"x" * 60])
    assert status_of(sent) == 413
    assert json.loads(sent[-1]["body"])["detail"]
    assert calls == ["/x"]  # the app ran, but its own answer was dropped


def test_body_limit_refuses_a_declared_length_without_calling_the_app():
    calls = []
    sent = run_asgi(
        BodyLimit(reading_app(calls), 100),
        headers=[(b"content-length", b"101")],
        chunks=[b"x" * 101],
    )
    assert status_of(sent) == 413 and calls == []


@pytest.mark.parametrize("lengths", [[b"abc"], [b"-1"], [b"1e3"], [b"10", b"20"], [b""]])
def test_body_limit_refuses_a_bad_content_length(lengths):
    calls = []
    sent = run_asgi(
        BodyLimit(reading_app(calls), 100), headers=[(b"content-length", v) for v in lengths]
    )
    assert status_of(sent) == 400 and calls == []


def test_body_limit_refuses_a_long_url_and_counts_the_query_string():
    calls = []
    assert (
        status_of(
            run_asgi(BodyLimit(reading_app(calls), 100, max_url_chars=50), path="/" + "x" * 60)
        )
        == 414
    )
    assert (
        status_of(
            run_asgi(BodyLimit(reading_app(calls), 100, max_url_chars=50), query=b"q=" + b"x" * 60)
        )
        == 414
    )
    assert calls == []


def test_body_limit_survives_an_app_that_turns_the_refusal_into_its_own_error():
    async def app(scope, receive, send):
        try:
            while (await receive()).get("more_body"):
                pass
        except BodyTooLarge:
            await send({"type": "http.response.start", "status": 400, "headers": []})
            await send({"type": "http.response.body", "body": b"parse error"})
            raise RuntimeError("the body could not be read") from None

    sent = run_asgi(BodyLimit(app, 10), chunks=[b"x" * 8, b"x" * 8])
    assert status_of(sent) == 413


def test_body_limit_lets_other_scopes_through():
    seen = []

    async def app(scope, receive, send):
        seen.append(scope["type"])

    asyncio.run(BodyLimit(app, 1)({"type": "lifespan"}, None, None))
    assert seen == ["lifespan"]


# ---- the upload endpoint under attack
# --------------------------------------------------------------------

TOKEN = "hostile-test-token"
GOOD = """Telegram from the Embassy in Moscow

The Ambassador <script>alert(1)</script> reported on his talk with Khrushchev about Zanzibar and the test ban.
"""  # noqa: E501 (test data)


@pytest.fixture
def upload_client(tmp_path):
    ingest([write_files(tmp_path / "in", MEMO)], tmp_path / "a.db")
    settings = DEFAULT.with_(max_upload_mb=0.01)
    app = create_app(tmp_path / "a.db", settings)
    app.include_router(upload_router(tmp_path / "a.db", settings, TOKEN))
    app.add_middleware(
        BodyLimit, max_bytes=request_limit(settings), max_url_chars=settings.max_url_chars
    )
    return local_client(app)


def post_file(client, name, data, token=TOKEN):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.post("/api/ingest", files={"file": (name, data)}, headers=headers)


def test_no_upload_route_without_a_token(client):
    assert post_file(client, "a.txt", GOOD.encode()).status_code in (404, 405)


@pytest.mark.parametrize(
    "name, data, token, status",
    [
        ("a.txt", GOOD.encode(), None, 401),
        ("a.txt", GOOD.encode(), "wrong", 401),
        ("a.txt", GOOD.encode(), TOKEN + TOKEN, 401),
        ("big.txt", GOOD.encode() * 200, TOKEN, 413),
        ("tool.exe", b"MZ\x90\x00" + b"\x00" * 100, TOKEN, 415),
        ("a.txt.exe", GOOD.encode(), TOKEN, 415),
        ("binary.txt", bytes(range(256)) * 8, TOKEN, 422),
    ],
)
def test_hostile_uploads_are_refused(upload_client, name, data, token, status):
    answer = post_file(upload_client, name, data, token)
    assert answer.status_code == status, answer.text[:300]
    assert answer.json()["detail"]
    assert upload_client.get("/api/stats").json()["files"] == 1


def test_a_traversal_filename_is_only_a_label_and_the_file_is_found(upload_client, tmp_path):
    answer = post_file(upload_client, "../../evil.txt", GOOD.encode())
    assert answer.status_code == 201, answer.text
    assert answer.json()["file"] == "evil.txt"
    [doc] = answer.json()["documents"]
    assert upload_client.get(f"/api/documents/{doc['id']}").json()["source"]["path"] == "evil.txt"
    assert (
        not (tmp_path.parent / "evil.txt").exists()
        and not (tmp_path.parent.parent / "evil.txt").exists()
    )
    deadline, total = time.monotonic() + 3, 0
    while (
        not total and time.monotonic() < deadline
    ):  # the server's index reader sees a commit within ~0.5 s
        total = upload_client.get("/api/search", params={"q": "Zanzibar"}).json()["total"]
        time.sleep(0.05)
    assert total == 1
    page = upload_client.get(f"/documents/{doc['id']}")
    assert page.status_code == 200
    assert_inert(page.text)
    assert_inert(upload_client.get("/", params={"q": "Zanzibar alert"}).text)
