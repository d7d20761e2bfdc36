"""The JSON API under /api (FastAPI; OpenAPI at /openapi.json). Read-only: no route changes
the store. Lists answer {"items", "total", "limit", "offset"}; unknown ids answer 404 and
bad parameters 422, both as {"error": "..."}."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.engine import Connection

from gongbao.errors import InputError
from gongbao.store import read
from gongbao.store.db import Store
from gongbao.store.search import Filters, search
from gongbao.web.limits import install as install_limits

Limit = Annotated[int, Query(ge=1, le=500)]
#: deeper than any reader pages; bounds the integer every backend must take
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
Date = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]


def _missing(what: str, key: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {what} with id {key!r}")


def _conn(request: Request) -> Iterator[Connection]:
    with request.app.state.store.reading() as c:
        yield c


Conn = Annotated[Connection, Depends(_conn)]


def build_router(store: Store) -> APIRouter:
    api = APIRouter(prefix="/api")

    @api.get("/issues", summary="Issues, newest first within each gazette")
    def list_issues(
        c: Conn, limit: Limit = 50, offset: Offset = 0, gazette: str | None = None
    ) -> dict[str, Any]:
        return read.issues(c, limit, offset, gazette)

    @api.get("/issues/{issue_id}", summary="An issue with its contents and documents")
    def get_issue(issue_id: str, c: Conn) -> dict[str, Any]:
        return read.issue(c, issue_id) or _raise(_missing("issue", issue_id))

    @api.get(
        "/issues/{issue_id}/export",
        summary="An issue as the JSON contract, or as CSV "
        "(one kind with ?kind=, else a zip of a CSV file per kind)",
    )
    def export_issue(
        issue_id: str,
        c: Conn,
        format: Annotated[str, Query(pattern="^(json|csv|akn)$")] = "json",
        kind: str | None = None,
    ) -> Response:
        from gongbao.store.export import csv_tables, issue_contract

        contract = issue_contract(c, issue_id) or _raise(_missing("issue", issue_id))
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
                raise HTTPException(status_code=422, detail=f"kind: one of {', '.join(tables)}")
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

    @api.get("/documents/{doc_id}/export", summary="A document as JSON, or its blocks as CSV")
    def export_document(
        doc_id: str, c: Conn, format: Annotated[str, Query(pattern="^(json|csv)$")] = "json"
    ) -> Response:
        doc = read.document(c, doc_id) or _raise(_missing("document", doc_id))
        if format == "json":
            return JSONResponse(doc, headers=_attachment(f"{doc_id}.json"))
        import csv
        import io

        from gongbao.store.export import csv_safe

        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["path", "type", "num", "text", "line"])
        stack = list(reversed(doc["body"]))
        while stack:
            b = stack.pop()
            cells = [b["path"], b["type"], b["num"] or "", b["text"], b["source"]["line"]]
            writer.writerow([csv_safe(x) if isinstance(x, str) else x for x in cells])
            stack.extend(reversed(b["children"]))
        return Response(
            buf.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers=_attachment(f"{doc_id}.csv"),
        )

    @api.get("/documents/{doc_id}", summary="A document with its outline tree")
    def get_document(doc_id: str, c: Conn) -> dict[str, Any]:
        return read.document(c, doc_id) or _raise(_missing("document", doc_id))

    @api.get("/search", summary="Chinese full-text search over every block")
    def search_blocks(
        q: Annotated[str, Query(min_length=1, max_length=200)],
        limit: Limit = 20,
        offset: Offset = 0,
        gazette: str | None = None,
        issue: str | None = None,
        kind: str | None = None,
        issuer: str | None = None,
        date_from: Date = None,
        date_to: Date = None,
    ) -> dict[str, Any]:
        try:
            found = search(
                store, q, Filters(gazette, issue, kind, issuer, date_from, date_to), limit, offset
            )
        except InputError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None
        return {**found.to_dict(), "limit": limit, "offset": offset}

    def fact_route(kind: str, *extra: str) -> Callable[..., dict[str, Any]]:
        def route(
            c: Conn,
            limit: Limit = 50,
            offset: Offset = 0,
            issue: str | None = None,
            document: str | None = None,
            request: Request = None,  # type: ignore[assignment]
        ) -> dict[str, Any]:
            filters = {k: request.query_params.get(k) for k in extra}
            return read.facts(c, kind, limit, offset, issue=issue, document=document, **filters)

        return route

    for path, kind, extra in [
        ("appointments", "appointments", ("person", "action", "organisation")),
        ("indicators", "indicators", ("period", "name")),
        ("commitments", "commitments", ("category",)),
        ("measures", "measures", ("organisation",)),
        ("projects", "projects", ("category",)),
        ("terms", "terms", ("term",)),
        ("references", "references", ("target",)),
        ("rules", "rules", ("subject",)),
    ]:
        api.add_api_route(
            f"/{path}",
            fact_route(kind, *extra),
            methods=["GET"],
            summary=f"{path.capitalize()} (filters: issue, document, {', '.join(extra)})",
            name=f"list_{path}",
        )

    @api.get(
        "/pledges",
        summary="A year's practical projects (为民办实事) with the reports of how each was done",
    )
    def get_pledges(
        c: Conn,
        year: Annotated[int, Query(ge=1949, le=2100)],
        place: Annotated[str | None, Query(max_length=40)] = None,
    ) -> dict[str, Any]:
        return read.pledges(c, year, place)

    @api.get("/budget", summary="Budget lines and the identities checked on them")
    def get_budget(
        c: Conn,
        limit: Limit = 100,
        offset: Offset = 0,
        issue: str | None = None,
        document: str | None = None,
        budget: str | None = None,
        role: str | None = None,
    ) -> dict[str, Any]:
        return read.budget(
            c, limit, offset, issue=issue, document=document, budget=budget, role=role
        )

    @api.get("/organisations", summary="Organisations, most responsible first")
    def list_orgs(
        c: Conn, limit: Limit = 50, offset: Offset = 0, q: str | None = None
    ) -> dict[str, Any]:
        return read.organisations(c, limit, offset, q)

    @api.get(
        "/organisations/{org_id:path}",
        summary="What an organisation issued, carries and who was appointed there",
    )
    def get_org(org_id: str, c: Conn) -> dict[str, Any]:
        return read.organisation(c, org_id) or _raise(_missing("organisation", org_id))

    @api.get(
        "/documents",
        summary="Documents with their status on a date (现行有效, 即将失效, 已失效, 尚未施行)",
    )
    def list_documents(
        c: Conn,
        limit: Limit = 50,
        offset: Offset = 0,
        as_of: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
        status: Annotated[
            Literal["现行有效", "即将失效", "已失效", "尚未施行"] | None, Query()
        ] = None,
        soon_days: Annotated[int, Query(ge=0, le=3650)] = 90,
        kind: str | None = None,
        issue: str | None = None,
    ) -> dict[str, Any]:
        from datetime import date

        day = as_of or date.today().isoformat()
        try:
            date.fromisoformat(day)
        except ValueError:
            raise HTTPException(status_code=422, detail=f"as_of {day!r} is no date") from None
        return read.documents(c, limit, offset, day, status, soon_days, kind, issue)

    @api.get(
        "/ledger",
        summary="Indicators across documents and years: targets, outcomes, each year's status "
        "(met, exceeded, not met) and similar names left apart as candidates",
    )
    def get_ledger(
        c: Conn,
        q: Annotated[str, Query(min_length=1, max_length=100)],
        place: str | None = None,
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
    ) -> dict[str, Any]:
        if any(ord(ch) < 32 or ch in "\ufffe\uffff" for ch in q + (place or "")):
            raise HTTPException(status_code=422, detail="q: 含有控制字符，请删去")
        return read.ledger(c, q, limit, place)

    @api.get(
        "/series",
        summary="文号 series by issuer code and year: count, highest, gaps, numbers cited "
        "but not held",
    )
    def list_series(
        c: Conn,
        limit: Limit = 50,
        offset: Offset = 0,
        code: str | None = None,
        year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    ) -> dict[str, Any]:
        return read.series(c, limit, offset, code=code, year=year)

    @api.get(
        "/changes",
        summary="What changed after a cursor: new documents, appointments, missed targets, "
        "有效期 (oldest first; ask again with `next`)",
    )
    def list_changes(
        c: Conn,
        since: Annotated[str, Query(pattern=r"^\d{1,18}$")] = "0",
        limit: Limit = 100,
        kind: Annotated[
            Literal["document", "appointment", "missed_target", "expiring"] | None, Query()
        ] = None,
    ) -> dict[str, Any]:
        from gongbao.store.changes import read_changes

        return read_changes(c, int(since), limit, kind=kind)

    @api.get("/people", summary="People named in appointments and removals")
    def list_people(
        c: Conn, limit: Limit = 50, offset: Offset = 0, q: str | None = None
    ) -> dict[str, Any]:
        return read.people(c, limit, offset, q)

    @api.get(
        "/people/judgements",
        summary="Reviewers' merges and splits of person ids, in the order made "
        "(the latest on a pair is in force)",
    )
    def list_judgements(c: Conn, person: str | None = None) -> dict[str, Any]:
        from gongbao.store.judgements import judgements

        return {"items": judgements(c, person)}

    @api.get(
        "/people/{person_id:path}",
        summary="A person's appointments, removals and moves (and those of ids merged with it)",
    )
    def get_person(person_id: str, c: Conn) -> dict[str, Any]:
        return read.person(c, person_id) or _raise(_missing("person", person_id))

    return api


def _raise(exc: HTTPException) -> Any:
    raise exc


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


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
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.store = store
    install_limits(app, store)  # 503 beyond the pool's capacity (gongbao.web.limits)
    from gongbao.web.headers import SecurityHeaders

    app.add_middleware(
        SecurityHeaders, docs_paths=(app.docs_url, app.swagger_ui_oauth2_redirect_url)
    )
    app.include_router(build_router(store))
    from gongbao.web.pages import build_pages

    app.include_router(build_pages())
    from gongbao.web.feeds import build_feeds

    app.include_router(build_feeds())

    @app.exception_handler(HTTPException)
    async def http_error(req: Request, exc: HTTPException) -> Response:
        if req.url.path.startswith(("/api", "/feeds")) or req.url.path == "/openapi.json":
            return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)
        from gongbao.web.pages import error_page

        return error_page(str(exc.detail), exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_params(_req: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "query")
        return JSONResponse({"error": f"{where}: {first.get('msg', 'invalid')}"}, status_code=422)

    return app
