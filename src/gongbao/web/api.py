"""The JSON API under /api (FastAPI; OpenAPI at /openapi.json, Swagger UI at /api/docs).
Read-only: no route changes the store. Lists answer {"items", "total", "limit", "offset"};
every parameter a route takes is declared (an undeclared one is a 422), every answer has a
declared schema (``gongbao.web.schemas``, checked on the way out), and every error is
{"error": "..."} (``gongbao.web.api_errors``).

This module holds the app and the issues, documents and search; the facts are in
``api_facts``, organisations, people and the cross-issue records in ``api_tracking``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query
from fastapi.responses import JSONResponse, Response

from gongbao.errors import InputError
from gongbao.store import read
from gongbao.store.db import Store
from gongbao.store.search import Filters, search
from gongbao.web import schemas as m
from gongbao.web.api_params import (
    ERRORS,
    NOT_FOUND,
    Conn,
    Date,
    Get,
    IssueId,
    Limit,
    Offset,
    known_params,
    missing,
)
from gongbao.web.limits import install as install_limits

__all__ = ["Conn", "build_router", "create_app"]  # gongbao.web.feeds takes Conn from here

#: the answers an export declares beside its JSON (schemathesis checks the content type)
_TEXT = {"schema": {"type": "string"}}
_FILE = {"schema": {"type": "string", "format": "binary"}}
_DOWNLOAD = {
    "Content-Disposition": {"description": "attachment; filename=…", "schema": {"type": "string"}}
}


def build_router(store: Store) -> APIRouter:
    api = APIRouter(prefix="/api", responses=ERRORS, dependencies=[Depends(known_params)])
    get = _get(api)

    @get("/issues", m.Page[m.IssueSummary], "Issues, newest first within each gazette")
    def list_issues(
        c: Conn,
        limit: Limit = 50,
        offset: Offset = 0,
        gazette: Annotated[str | None, Query(description="a gazette's id, e.g. jingan")] = None,
    ) -> dict[str, Any]:
        return read.issues(c, limit, offset, gazette)

    @get("/issues/{issue_id}", m.Issue, "An issue with its contents and documents", NOT_FOUND)
    def get_issue(issue_id: str, c: Conn) -> dict[str, Any]:
        return read.issue(c, issue_id) or _raise(missing("期次", issue_id))

    @api.get(
        "/issues/{issue_id}/export",
        summary="An issue as the JSON contract, as Akoma Ntoso, or as CSV "
        "(one kind with ?kind=, else a zip of a CSV file per kind)",
        responses={
            **NOT_FOUND,
            200: {
                "description": "the export contract (JSON), Akoma Ntoso XML, CSV or a zip",
                "headers": _DOWNLOAD,
                "content": {
                    "application/json": {"schema": {"type": "object"}},
                    "application/akn+xml": _TEXT,
                    "text/csv": _TEXT,
                    "application/zip": _FILE,
                },
            },
        },
    )
    def export_issue(
        issue_id: str,
        c: Conn,
        format: Literal["json", "csv", "akn"] = "json",
        kind: Annotated[
            str | None, Query(description="with format=csv: one kind's table, e.g. measures")
        ] = None,
    ) -> Response:
        from gongbao.store.export import csv_tables, issue_contract

        contract = issue_contract(c, issue_id) or _raise(missing("期次", issue_id))
        if format == "json":
            return JSONResponse(contract, headers=_attachment(f"{issue_id}.json"))
        if format == "akn":
            from gongbao.export.akn import issue_to_akn

            return Response(
                issue_to_akn(contract),
                media_type="application/akn+xml",
                headers=_attachment(f"{issue_id}.akn.xml"),
            )
        tables = csv_tables(contract)
        if kind:
            if kind not in tables:
                raise HTTPException(status_code=422, detail=f"kind: 应为其一: {', '.join(tables)}")
            return Response(
                tables[kind],
                media_type="text/csv; charset=utf-8",
                headers=_attachment(f"{issue_id}-{kind}.csv"),
            )
        return Response(
            _zip({f"{k}.csv": v for k, v in tables.items()}),
            media_type="application/zip",
            headers=_attachment(f"{issue_id}-csv.zip"),
        )

    @api.get(
        "/documents/{doc_id}/export",
        summary="A document as JSON, or its blocks as CSV",
        responses={
            **NOT_FOUND,
            200: {
                "description": "the document (JSON) or its blocks (CSV)",
                "headers": _DOWNLOAD,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Document"}},
                    "text/csv": _TEXT,
                },
            },
        },
    )
    def export_document(doc_id: str, c: Conn, format: Literal["json", "csv"] = "json") -> Response:
        doc = read.document(c, doc_id) or _raise(missing("文档", doc_id))
        if format == "json":
            return JSONResponse(doc, headers=_attachment(f"{doc_id}.json"))
        return Response(
            _blocks_csv(doc),
            media_type="text/csv; charset=utf-8",
            headers=_attachment(f"{doc_id}.csv"),
        )

    @get("/documents/{doc_id}", m.Document, "A document with its outline tree", NOT_FOUND)
    def get_document(doc_id: str, c: Conn) -> dict[str, Any]:
        return read.document(c, doc_id) or _raise(missing("文档", doc_id))

    @get("/search", m.Found, "Chinese full-text search over every block")
    def search_blocks(
        q: Annotated[str, Query(min_length=1, max_length=200, description="检索词")],
        limit: Limit = 20,
        offset: Offset = 0,
        gazette: Annotated[str | None, Query(description="a gazette's id")] = None,
        issue: IssueId = None,
        kind: Annotated[str | None, Query(description="document kind, e.g. notice")] = None,
        issuer: Annotated[str | None, Query(description="an issuer as printed")] = None,
        date_from: Date = None,
        date_to: Date = None,
    ) -> dict[str, Any]:
        try:
            found = search(
                store, q, Filters(gazette, issue, kind, issuer, date_from, date_to), limit, offset
            )
        except InputError as exc:
            raise HTTPException(status_code=422, detail=f"q: {exc}") from None
        answer = found.to_dict()
        # Found.to_dict() named its list 'results'; every list here answers 'items'
        items = answer.pop("items", None) or answer.pop("results", [])
        return {**answer, "items": items, "limit": limit, "offset": offset}

    @get(
        "/documents",
        m.DocumentsPage,
        "Documents with their status on a date (现行有效, 即将失效, 已失效, 尚未施行)",
    )
    def list_documents(
        c: Conn,
        limit: Limit = 50,
        offset: Offset = 0,
        as_of: Annotated[
            str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD; today")
        ] = None,
        status: Literal["现行有效", "即将失效", "已失效", "尚未施行"] | None = None,
        soon_days: Annotated[int, Query(ge=0, le=3650, description="即将失效: within days")] = 90,
        kind: Annotated[str | None, Query(description="document kind, e.g. notice")] = None,
        issue: IssueId = None,
    ) -> dict[str, Any]:
        from datetime import date

        day = as_of or date.today().isoformat()
        try:
            date.fromisoformat(day)
        except ValueError:
            raise HTTPException(status_code=422, detail=f"as_of: {day} 不是日期") from None
        return read.documents(c, limit, offset, day, status, soon_days, kind, issue)

    from gongbao.web.api_facts import add_facts
    from gongbao.web.api_match import add_match
    from gongbao.web.api_tracking import add_tracking

    add_facts(api, get)
    add_tracking(api, get)
    add_match(api, get)
    return api


def _get(api: APIRouter) -> Get:
    """``api.get`` with the answer's model, checked on the way out, keys it lacks left out."""

    def get(path: str, model: Any, summary: str, responses: Any = None) -> Any:
        return api.get(
            path,
            response_model=model,
            response_model_exclude_unset=True,
            summary=summary,
            responses=responses,
        )

    return get


def _raise(exc: HTTPException) -> Any:
    raise exc


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


def _blocks_csv(doc: dict[str, Any]) -> str:
    """A document's blocks in reading order, one row each, as every CSV download is written
    (gongbao.store.export.csv_text: a BOM, cells a spreadsheet does not run)."""
    from gongbao.store.export import csv_text

    rows: list[list[Any]] = [["path", "type", "num", "text", "line"]]
    stack = list(reversed(doc["body"]))
    while stack:
        b = stack.pop()
        rows.append([b["path"], b["type"], b["num"] or "", b["text"], b["source"]["line"]])
        stack.extend(reversed(b["children"]))
    return csv_text(rows)


def _zip(files: dict[str, str]) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in files.items():
            z.writestr(name, body)
    return buf.getvalue()


def create_app(store: Store) -> FastAPI:
    app = FastAPI(
        title="gongbao",
        version="1",
        summary="Government gazettes as open data",
        docs_url=None,  # gongbao.web.api_docs serves it, offline
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,
    )
    app.state.store = store
    install_limits(app, store)  # 503 beyond the pool's capacity (gongbao.web.limits)
    from gongbao.web.headers import SecurityHeaders

    app.add_middleware(SecurityHeaders)
    from gongbao.web import api_docs, api_errors

    api_docs.install(app)
    app.include_router(build_router(store))
    from gongbao.web.pages import build_pages

    app.include_router(build_pages())
    from gongbao.web.match_pages import build_match_pages

    app.include_router(build_match_pages())
    from gongbao.web.feeds import build_feeds

    app.include_router(build_feeds())
    api_errors.install(app)
    return app
