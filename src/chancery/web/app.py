"""The HTTP API and the web pages, over one archive (read-only unless an upload token is set).

Everything a document says is untrusted: pages are rendered by Jinja2 with autoescaping
(the marked-up text is built by ``render.py`` from escaped pieces), ids are checked against
a pattern before they reach the store, queries go through the query parser, and every
parameter has a bound.
"""

from __future__ import annotations

import contextlib
import csv
import html
import io
import json
import logging
import threading
from pathlib import Path
from typing import Any

import anyio.to_thread
import orjson
from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import wording
from ..errors import ChanceryError, NotFound
from ..export.csv import COLUMNS, csv_row, spreadsheet_safe
from ..record import StoredDocument, record_from_dict, record_to_dict
from ..search.index import Searcher, follow
from ..search.query import QueryError
from ..settings import DEFAULT, Settings
from ..store import open_store
from ..store.records import people_of_record
from . import charts, graph, render
from .connections import guarded_protocol
from .limits import BodyLimit, SecurityHeaders, TrustedHosts, request_limit, trusted_hosts
from .upload import upload_router
from .workers import serve_workers

logger = logging.getLogger(__name__)

HERE = Path(__file__).parent
DOC_ID = r"^[A-Za-z0-9:_.-]{1,128}$"
PERSON_ID = r"^[A-Za-z0-9:_.-]{1,160}$"
SORT = "^(relevance|date|newest)$"
LIST_FORMAT = "^(json|csv)$"
# The pages with a query form, where a bad query is shown above the form.
QUERY_FORM_PAGES = {"/": "search.html", "/timeline": "timeline.html", "/network": "network.html"}
TRUE_WORDS = {"1", "true", "on", "yes", "t", "y"}  # a checkbox's value, as FastAPI reads a bool
HIT_COLUMNS = ["id", "date", "type", "title", "classification", "people", "score", "snippet"]


class FastJSON(JSONResponse):
    """JSON written by orjson: a page of results in a tenth of the time the standard library
    takes."""

    def render(self, content) -> bytes:
        return orjson.dumps(content)


def highlighted(text: str, ranges: list) -> Markup:
    """Snippet text escaped, with the matched words wrapped in <mark>."""
    out, last = [], 0
    for start, end in ranges:
        out += [html.escape(text[last:start]), "<mark>", html.escape(text[start:end]), "</mark>"]
        last = end
    out.append(html.escape(text[last:]))
    return Markup("".join(out))  # every piece of the text is escaped above


def narrowed(query: str, clause: str) -> str:
    """The query with a filter added, for facet and timeline links: ``a OR b`` must become
    ``(a OR b) type:letter``, since AND binds tighter than OR."""
    query = query.strip()
    if not query:
        return clause
    return f"({query}) {clause}" if " OR " in f" {query} " else f"{query} {clause}"


def csv_response(rows: list[dict], columns: list[str], filename: str) -> Response:
    """A list as CSV, every cell made safe to open in a spreadsheet."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: spreadsheet_safe(row.get(k, "")) for k in columns})
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def hit_row(hit) -> dict:
    return {**vars(hit), "people": "; ".join(p["name"] for p in hit.people)}


def api_routes(spec: dict) -> list[dict]:
    """Each route of an OpenAPI schema with its parameters, flattened for the API page."""
    routes = []
    for path, methods in spec.get("paths", {}).items():
        for method, operation in methods.items():
            parameters = []
            for p in operation.get("parameters", []):
                schema = p.get("schema", {})
                bounds = [
                    f"{word} {schema[key]}"
                    for key, word in (
                        ("minimum", "≥"),
                        ("maximum", "≤"),
                        ("maxLength", "length ≤"),
                        ("pattern", "matches"),
                    )
                    if key in schema
                ]
                parameters.append(
                    {
                        "name": p["name"],
                        "in": p["in"],
                        "required": p.get("required", False),
                        "type": schema.get("type")
                        or " or ".join(
                            s.get("type", "")
                            for s in schema.get("anyOf", [])
                            if s.get("type") != "null"
                        ),
                        "default": schema.get("default"),
                        "limits": ", ".join(bounds),
                        "description": p.get("description", ""),
                    }
                )
            anchor = f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", "")
            routes.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "anchor": anchor,
                    "description": operation.get("description", ""),
                    "parameters": parameters,
                }
            )
    return routes


def create_app(
    db_path: str | Path,
    settings: Settings = DEFAULT,
    upload_token: str | None = None,
    host: str | None = None,
) -> FastAPI:
    """The app over one archive; ``upload_token`` adds POST /api/ingest (otherwise read-only).
    It answers requests naming a loopback host, ``host`` (the address it listens on) or one of
    the ``trusted_hosts`` setting's."""
    db_path = str(db_path)
    open_store(
        db_path, create=False
    ).close()  # created and at the current schema (migrated once here)
    searcher = Searcher(db_path, settings)
    store = searcher.store  # read-only, shared by the serving threads

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        # Requests are mostly Python work, and threads share one interpreter lock: past a few
        # threads, more only make each request wait longer (the index's own work runs unlocked).
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.server_threads
        # The index follows the store: documents other writers store (ingest, here or on another
        # machine) are indexed and searchable within index_follow_seconds.
        stop = threading.Event()
        follower = threading.Thread(
            target=follow,
            args=(searcher, stop, log_follow_error),
            name="index-follower",
            daemon=True,
        )
        follower.start()
        yield
        stop.set()
        follower.join()
        searcher.close()

    app = FastAPI(
        lifespan=lifespan,
        default_response_class=FastJSON,
        docs_url=None,  # Swagger UI and ReDoc load from a CDN: /docs is a page of our own, below
        redoc_url=None,
        title="chancery",
        description="Declassified records, structured and searchable. Read-only unless started "
        "with an upload token; every list also comes as CSV (format=csv).",
    )
    # The last added runs first: the Host is checked before anything else, and every answer,
    # the refusals included, carries the security headers.
    app.add_middleware(
        BodyLimit, max_bytes=request_limit(settings), max_url_chars=settings.max_url_chars
    )
    app.add_middleware(TrustedHosts, hosts=trusted_hosts(settings, host))
    app.add_middleware(SecurityHeaders)
    if upload_token:
        app.include_router(
            upload_router(db_path, settings, upload_token, on_indexed=searcher.reopen)
        )

    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.auto_reload = False  # installed templates do not change: no stat() per page
    templates.env.filters["highlighted"] = highlighted
    templates.env.filters["person_href"] = render.person_href
    templates.env.filters["narrowed"] = narrowed
    templates.env.filters["counted"] = wording.counted
    templates.env.filters["document_name"] = wording.document_name
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def record_json_or_404(doc_id: str) -> str:
        record = store.get_record_json(doc_id)
        if record is None:
            raise NotFound(f"no document {doc_id}")
        return record

    def record_or_404(doc_id: str) -> StoredDocument:
        return record_from_dict(json.loads(record_json_or_404(doc_id)))

    def person_or_404(person_id: str, limit: int, offset: int = 0) -> dict:
        """The person, with ``limit`` of their documents from ``offset``, put in order by the
        index (sorting them in the store takes a second for someone in 200,000 documents)."""
        found = store.person(person_id, 0)
        if found is None:
            raise NotFound(f"no person {person_id}")
        ids = searcher.person_document_ids(person_id, limit, offset)
        found["documents"] = store.person_documents(person_id, None, 0, ids) if ids else []
        found["documents_offset"] = offset
        return found

    def network_of(q: str, person: str | None, fuzzy: bool, focus: str | None = None) -> dict:
        """A search's network (or one person's), narrowed to ``focus`` and their ties when given."""
        if person:
            if not store.has_person(person):
                raise NotFound(f"no person {person}")
            network = store.person_network(person, settings.network_people)
        else:
            ids = searcher.matching_ids(q, settings.network_documents, fuzzy=fuzzy)
            network = store.documents_network(ids, settings.network_people)
        if focus:
            if not any(n["id"] == focus for n in network["nodes"]):
                raise NotFound(f"{focus} is not among the people of this network")
            network = graph.neighbourhood(network, focus)
        return network

    query_param = Query(
        "",
        max_length=settings.max_query_chars,
        description="A query (see the README's query language)",
    )
    fuzzy_param = Query(False, description="Also match words one or two letters off (OCR damage)")
    exact_param = Query(
        False,
        description="Count every match; by default the facets of more than exact_count_up_to "
        "(20,000; see `chancery settings`) matches are estimated from a sample (facets_exact is "
        "false), and so is their total in an archive of more than exact_archive_up_to (200,000) "
        "documents (total_exact is false)",
    )

    # ---- JSON (and CSV) API -------------------------------------------------------------

    @app.get("/api/search", tags=["search"])
    def api_search(
        q: str = query_param,
        limit: int = Query(20, ge=1, le=100),
        offset: int = Query(0, ge=0, le=100_000),
        sort: str = Query("relevance", pattern=SORT),
        facets: bool = Query(
            False,
            description="Also count the matches by type, year (month within one year), "
            "classification, collection, person, side",
        ),
        fuzzy: bool = fuzzy_param,
        exact: bool = exact_param,
        format: str = Query("json", pattern=LIST_FORMAT),
    ):
        results = searcher.search(
            q, limit=limit, offset=offset, sort=sort, facets=facets, fuzzy=fuzzy, exact=exact
        )
        if format == "csv":
            return csv_response([hit_row(h) for h in results.hits], HIT_COLUMNS, "search.csv")
        answer = {
            "query": q,
            "total": results.total,
            "total_exact": results.exact,
            "offset": offset,
            "hits": [vars(h) for h in results.hits],
        }
        if results.suggestion:  # nothing matched: a query that finds something
            answer["suggestion"] = {"query": results.suggestion[0], "total": results.suggestion[1]}
        if facets:
            answer["facets_exact"] = results.facets_exact
            # value: what a filter takes (a person's id); label: what to show.
            answer["facets"] = {
                name: [
                    {"value": v[2] if len(v) > 2 else v[0], "label": v[0], "count": v[1]}
                    for v in values
                ]
                for name, values in results.facets.items()
            }
        return FastJSON(answer)  # plain data already: skip FastAPI's slower generic encoder

    @app.get("/api/documents", tags=["documents"])
    def api_documents(
        q: str = query_param,
        limit: int = Query(50, ge=1, le=1000),
        offset: int = Query(0, ge=0, le=1_000_000),
        sort: str = Query("date", pattern=SORT),
        exact: bool = exact_param,
        format: str = Query("json", pattern=LIST_FORMAT),
    ):
        """Documents (all, or those matching q), by date unless told otherwise."""
        results = searcher.search(q, limit=limit, offset=offset, sort=sort, exact=exact)
        rows = [
            {k: v for k, v in vars(h).items() if k not in ("snippet", "highlights", "score")}
            for h in results.hits
        ]
        if format == "csv":
            return csv_response(
                [{**r, "people": "; ".join(p["name"] for p in r["people"])} for r in rows],
                HIT_COLUMNS[:6],
                "documents.csv",
            )
        return FastJSON(
            {
                "query": q,
                "total": results.total,
                "total_exact": results.exact,
                "offset": offset,
                "documents": rows,
            }
        )

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def api_document(doc_id: str = PathParam(..., pattern=DOC_ID)):
        return Response(
            record_json_or_404(doc_id), media_type="application/json"
        )  # stored as JSON: sent as it is

    @app.get("/api/documents/{doc_id}/original", tags=["documents"])
    def api_original(doc_id: str = PathParam(..., pattern=DOC_ID)):
        """The document's text as it came from the file, with the parts cleaning removed (and
        their spans in it)."""
        record = record_or_404(doc_id)
        raw = store.get_raw(doc_id)
        return {"id": doc_id, "original": raw, "removed": record_to_dict(record)["stamps"]}

    @app.get("/api/documents/{doc_id}/provenance", tags=["documents"])
    def api_provenance(doc_id: str = PathParam(..., pattern=DOC_ID)):
        """Where the document came from: file, part, pages, release, source note, stamps, evidence
        for each fact."""
        record = record_to_dict(record_or_404(doc_id))
        keys = (
            "source",
            "collection",
            "release",
            "source_note",
            "frus",
            "pages",
            "stamps",
            "evidence",
            "date_basis",
        )
        return {"id": doc_id, **{k: record[k] for k in keys}}

    @app.get("/api/people", tags=["people"])
    def api_people(
        q: str = Query("", max_length=200, description="Part of a name, any spelling seen"),
        limit: int = Query(50, ge=1, le=1000),
        format: str = Query("json", pattern=LIST_FORMAT),
    ):
        rows = store.people(q, limit)
        if format == "csv":
            return csv_response(rows, ["id", "name", "documents"], "people.csv")
        return {"query": q, "people": rows}

    @app.get("/api/people/{person_id}", tags=["people"])
    def api_person(
        person_id: str = PathParam(..., pattern=PERSON_ID),
        limit: int = Query(
            1000,
            ge=1,
            le=10_000,
            description="Documents listed, by date (documents_total says how many there are)",
        ),
        offset: int = Query(
            0,
            ge=0,
            le=1_000_000,
            description="Documents skipped (bounded: the index takes 64-bit numbers)",
        ),
        format: str = Query("json", pattern=LIST_FORMAT),
    ):
        """One person: names seen, offices, documents (with their part in each), the people they
        met or wrote to."""
        found = person_or_404(person_id, limit, offset)
        if format == "csv":
            return csv_response(
                found["documents"],
                ["id", "date", "type", "title", "role"],
                f"{person_id}-documents.csv",
            )
        return found

    @app.get("/api/timeline", tags=["search"])
    def api_timeline(
        q: str = query_param,
        fuzzy: bool = fuzzy_param,
        format: str = Query("json", pattern=LIST_FORMAT),
    ):
        """Matching documents per month (documents dated only to a year or a range are counted
        apart)."""
        found = searcher.timeline(q, fuzzy=fuzzy)
        if format == "csv":
            return csv_response(
                [{"month": m, "documents": n} for m, n in found["months"]],
                ["month", "documents"],
                "timeline.csv",
            )
        return found

    @app.get("/api/network", tags=["search"])
    def api_network(
        q: str = query_param,
        person: str | None = Query(
            None, pattern=PERSON_ID, description="Draw this person's network instead of a search's"
        ),
        focus: str | None = Query(
            None,
            pattern=PERSON_ID,
            description="Only this person of the network, the people they are tied to and the ties "
            "among them",
        ),
        fuzzy: bool = fuzzy_param,
        format: str = Query("json", pattern=LIST_FORMAT),
    ):
        """Who met, wrote to or relayed messages to whom, among a search's best matches or around
        one person."""
        network = network_of(q, person, fuzzy, focus)
        if format == "csv":
            names = {n["id"]: n["name"] for n in network["nodes"]}
            rows = [
                {**e, "source_name": names.get(e["source"]), "target_name": names.get(e["target"])}
                for e in network["edges"]
            ]
            return csv_response(
                rows,
                ["source", "source_name", "kind", "target", "target_name", "documents"],
                "network.csv",
            )
        return {"query": q, "person": person, "focus": focus, **network}

    @app.get("/api/export", tags=["documents"])
    def api_export(q: str = query_param, format: str = Query("jsonl", pattern="^(jsonl|csv)$")):
        """The full records of the documents matching q (all documents when q is empty), up to
        max_export_documents."""
        ids = searcher.matching_ids(q, settings.max_export_documents)

        def lines():
            if format == "csv":
                out = io.StringIO()
                writer = csv.DictWriter(out, fieldnames=COLUMNS)
                writer.writeheader()
                yield out.getvalue()
            for doc_id in ids:
                record = store.get_record(doc_id)
                if record is None:
                    continue
                if format == "csv":
                    out = io.StringIO()
                    csv.DictWriter(out, fieldnames=COLUMNS).writerow(
                        {k: spreadsheet_safe(v) for k, v in csv_row(record).items()}
                    )
                    yield out.getvalue()
                else:
                    yield json.dumps(record_to_dict(record), ensure_ascii=False) + "\n"

        media = "text/csv; charset=utf-8" if format == "csv" else "application/x-ndjson"
        return StreamingResponse(
            lines(),
            media_type=media,
            headers={"Content-Disposition": f'attachment; filename="chancery.{format}"'},
        )

    @app.get("/api/stats", tags=["documents"])
    def api_stats():
        return store.stats()

    # ---- Pages ---------------------------------------------------------------------------

    def wants_page(request: Request) -> bool:
        return not request.url.path.startswith(("/api/", "/docs", "/openapi", "/static/"))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path == "/api/ingest" and exc.status_code in (
            404,
            405,
        ):  # no upload route: say why
            exc = StarletteHTTPException(
                404, "uploads are off: the server was started without --upload-token"
            )
        if not wants_page(request):
            return await http_exception_handler(request, exc)
        return page(
            request, "error.html", exc.status_code, status=exc.status_code, message=exc.detail
        )

    @app.exception_handler(ChanceryError)
    async def chancery_error(request: Request, exc: ChanceryError):
        """Every error of ours, answered with its status: JSON {"detail": message} for the API,
        a page for a browser. A bad query is shown above the form of the page that has one
        (the query stays in it to be corrected)."""
        if not wants_page(request):
            return JSONResponse({"detail": exc.user_message}, status_code=exc.http_status)
        if isinstance(exc, QueryError) and request.url.path in QUERY_FORM_PAGES:
            return query_form_page(request, exc)
        status = exc.http_status
        return page(request, "error.html", status, status=status, message=exc.user_message)

    def query_form_page(request: Request, error: QueryError):
        """The search, timeline or network page, empty, with the bad query and why it is bad."""
        params = request.query_params
        context: dict[str, Any] = {"results": None}
        if request.url.path == "/timeline":
            bars, ticks = charts.timeline_bars([])
            found = {"months": [], "total": 0, "not_placed": 0}
            context = {"found": found, "bars": bars, "ticks": ticks}
        elif request.url.path == "/network":
            person, focus = params.get("person"), params.get("focus")
            network: dict = {"nodes": [], "edges": []}
            context = {
                "person": person,
                "focus": focus,
                "network": network,
                "names": {},
                "picture": graph.network_picture(network, center=focus or person),
                "drawn_from": settings.network_documents,
            }
        return page(
            request,
            QUERY_FORM_PAGES[request.url.path],
            error.http_status,
            q=params.get("q", ""),
            fuzzy=params.get("fuzzy", "").lower() in TRUE_WORDS,
            error=str(error),
            **context,
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        if not wants_page(request):
            return await request_validation_exception_handler(request, exc)
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors()
        )
        return page(request, "error.html", 422, status=422, message=f"Bad request: {problems}")

    def page(request: Request, template: str, status_code: int = 200, **context):
        return templates.TemplateResponse(request, template, context, status_code=status_code)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request):
        """The API described from its OpenAPI schema, server-rendered (works offline, no script)."""
        spec = app.openapi()
        return page(
            request, "api.html", spec=spec, routes=api_routes(spec), openapi_url=app.openapi_url
        )

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request,
        q: str = query_param,
        page_number: int = Query(1, alias="page", ge=1, le=1000),
        sort: str = Query("relevance", pattern=SORT),
        fuzzy: bool = fuzzy_param,
        exact: bool = exact_param,
    ):
        per_page = settings.search_limit
        results = searcher.search(
            q,
            limit=per_page,
            offset=(page_number - 1) * per_page,
            sort=sort,
            facets=True,
            fuzzy=fuzzy,
            exact=exact,
        )
        return page(
            request,
            "search.html",
            q=q,
            results=results,
            page=page_number,
            per_page=per_page,
            sort=sort,
            fuzzy=fuzzy,
        )

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(
        request: Request,
        doc_id: str = PathParam(..., pattern=DOC_ID),
        view: str = Query("clean", pattern="^(clean|original)$"),
    ):
        doc = record_or_404(doc_id)
        original = None
        if view == "original":
            original = render.original_html(store.get_raw(doc_id) or "", doc.stamps)
        people = people_of_record(doc, most=50)
        name = wording.document_name(
            {"id": doc.id, "type": doc.type, "title": doc.title, "date": doc.date, "people": people}
        )
        return page(
            request,
            "document.html",
            doc=doc,
            name=name,
            body=render.document_html(doc),
            original=original,
            view=view,
        )

    @app.get("/people", response_class=HTMLResponse, include_in_schema=False)
    def people_page(request: Request, name: str = Query("", max_length=200)):
        return page(request, "people.html", people=store.people(name, 200), name=name)

    @app.get("/people/{person_id}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, person_id: str = PathParam(..., pattern=PERSON_ID)):
        person = person_or_404(person_id, settings.person_documents)
        people = store.correspondents([d["id"] for d in person["documents"]])
        for d in person["documents"]:
            d["people"] = people.get(d["id"], [])  # to name the documents without a title
        timeline = searcher.person_timeline(person_id)  # all their documents, from the index
        bars, ticks = charts.timeline_bars(timeline["months"])
        picture = graph.network_picture(person["network"], center=person_id)
        return page(
            request,
            "person.html",
            person=person,
            bars=bars,
            ticks=ticks,
            picture=picture,
            undated=timeline["not_placed"],
        )

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, q: str = query_param, fuzzy: bool = fuzzy_param):
        found = searcher.timeline(q, fuzzy=fuzzy)
        bars, ticks = charts.timeline_bars(found["months"])
        return page(
            request,
            "timeline.html",
            q=q,
            found=found,
            bars=bars,
            ticks=ticks,
            fuzzy=fuzzy,
        )

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(
        request: Request,
        q: str = query_param,
        person: str | None = Query(None, pattern=PERSON_ID),
        focus: str | None = Query(None, pattern=PERSON_ID),
        fuzzy: bool = fuzzy_param,
    ):
        network = network_of(q, person, fuzzy, focus)
        picture = graph.network_picture(network, center=focus or person)
        names = {n["id"]: n["name"] for n in network["nodes"]}
        return page(
            request,
            "network.html",
            q=q,
            person=person,
            focus=focus,
            fuzzy=fuzzy,
            network=network,
            names=names,
            picture=picture,
            drawn_from=settings.network_documents,
        )

    return app


def log_follow_error(error: Exception) -> None:
    logger.warning("the search index could not follow the store (tried again later): %s", error)
    logger.debug("why the search index could not follow the store", exc_info=error)


# No access log (a reading room's searches are its readers' business) and no proxy headers to
# trust: the server answers on loopback unless told otherwise. The connections' time limits
# and cap are ``connections.py``'s (uvicorn's keep-alive timeout, 5 s, stays).
QUIET: dict[str, Any] = {"log_level": "warning", "access_log": False, "proxy_headers": False}


def serve(
    db_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 8080,
    settings: Settings = DEFAULT,
    workers: int = 1,
    upload_token: str | None = None,
) -> None:
    """Serve in this process, or in ``workers`` processes on the port (each with its own
    searcher; one Python process answers on one core at a time): see ``workers.py``."""
    import uvicorn

    if workers > 1:
        serve_workers(db_path, host, port, settings, workers, upload_token)
        return
    uvicorn.run(
        create_app(db_path, settings, upload_token, host),
        host=host,
        port=port,
        http=guarded_protocol(settings),
        **QUIET,
    )
