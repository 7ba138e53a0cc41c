"""The HTTP API and the web pages (read-only), over one archive.

Everything a document says is untrusted: pages are rendered by Jinja2 with autoescaping,
ids are checked against a pattern before they reach the store, queries go through the
query parser.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fastapi import FastAPI, HTTPException, Path as PathParam, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from ..search.index import Searcher
from ..search.query import QueryError
from ..settings import DEFAULT, Settings
from ..store import sqlite as store

HERE = Path(__file__).parent
DOC_ID = r"^[A-Za-z0-9:_.-]{1,128}$"


def highlighted(text: str, ranges: list) -> Markup:
    """Snippet text escaped, with the matched words wrapped in <mark>."""
    out, last = [], 0
    for start, end in ranges:
        out += [escape(text[last:start]), Markup("<mark>"), escape(text[start:end]), Markup("</mark>")]
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)


def create_app(db_path: str | Path, settings: Settings = DEFAULT) -> FastAPI:
    db_path = str(db_path)
    store.open_store(db_path, create=False).close()
    searcher = Searcher(db_path, settings)
    app = FastAPI(title="chancery", description="Declassified records, structured and searchable.")
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["highlighted"] = highlighted
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def connect() -> sqlite3.Connection:
        return store.open_store(db_path, create=False)

    def record_or_404(doc_id: str) -> dict:
        db = connect()
        try:
            record = store.get_record(db, doc_id)
        finally:
            db.close()
        if record is None:
            raise HTTPException(status_code=404, detail=f"no document {doc_id}")
        return record

    @app.get("/api/search")
    def api_search(
        q: str = Query("", max_length=settings.max_query_chars),
        limit: int = Query(20, ge=1, le=100),
        offset: int = Query(0, ge=0, le=100_000),
        sort: str = Query("relevance", pattern="^(relevance|date)$"),
        facets: bool = Query(False, description="Also count the matches by type, year, classification, collection, person"),
    ):
        try:
            results = searcher.search(q, limit=limit, offset=offset, sort=sort, facets=facets)
        except QueryError as e:
            raise HTTPException(status_code=400, detail=f"bad query: {e}") from None
        answer = {"query": q, "total": results.total, "hits": [vars(h) for h in results.hits]}
        if facets:
            answer["facets"] = results.facets
        return answer

    @app.get("/api/documents/{doc_id}")
    def api_document(doc_id: str = PathParam(..., pattern=DOC_ID)):
        return record_or_404(doc_id)

    @app.get("/api/documents/{doc_id}/original")
    def api_original(doc_id: str = PathParam(..., pattern=DOC_ID)):
        db = connect()
        try:
            raw = store.get_raw(db, doc_id)
        finally:
            db.close()
        if raw is None:
            raise HTTPException(status_code=404, detail=f"no document {doc_id}")
        return {"id": doc_id, "original": raw}

    @app.get("/api/stats")
    def api_stats():
        db = connect()
        try:
            return store.stats(db)
        finally:
            db.close()

    @app.get("/", response_class=HTMLResponse)
    def search_page(
        request: Request,
        q: str = Query("", max_length=settings.max_query_chars),
        page: int = Query(1, ge=1, le=1000),
        sort: str = Query("relevance", pattern="^(relevance|date)$"),
    ):
        per_page = settings.search_limit
        error, results = None, None
        try:
            results = searcher.search(q, limit=per_page, offset=(page - 1) * per_page, sort=sort, facets=True)
        except QueryError as e:
            error = str(e)
        return templates.TemplateResponse(
            request, "search.html", {"q": q, "results": results, "error": error, "page": page, "per_page": per_page, "sort": sort}
        )

    @app.get("/documents/{doc_id}", response_class=HTMLResponse)
    def document_page(request: Request, doc_id: str = PathParam(..., pattern=DOC_ID)):
        return templates.TemplateResponse(request, "document.html", {"doc": record_or_404(doc_id)})

    return app


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8080, settings: Settings = DEFAULT) -> None:
    import uvicorn

    uvicorn.run(create_app(db_path, settings), host=host, port=port, log_level="warning")
