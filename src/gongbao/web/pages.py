"""The pages people read: server-rendered zh-CN HTML, charts from the installed plotly package
(served from this server, never a CDN), every number a link to its sentence in the reader."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from gongbao.document_kinds import kind_name
from gongbao.errors import InputError
from gongbao.problem_kinds import problem_name
from gongbao.store import read
from gongbao.store.search import Filters, search
from gongbao.structure.kinds import ALONE  # the gazette id of documents published alone

HERE = Path(__file__).resolve().parent
#: what /static/{name} serves from the static folder: its scripts and styles
STATIC_TYPES = {".css": "text/css", ".js": "text/javascript"}
ALL = 100_000
#: values of each facet the search page shows (search.html shows the first six)
SHOWN = 6

env = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def link(doc: str | None, block: str | None) -> str:
    """Where a fact's sentence is in the reader."""
    if not doc:
        return "#"
    return f"/documents/{doc}" + (f"#b-{block}" if block else "")


env.globals["link"] = link
env.filters["tojson_attr"] = lambda v: json.dumps(v, ensure_ascii=False)
# readers see Chinese names; the ids stay in the API and in title/data attributes
env.filters["problem_name"] = problem_name
env.filters["kind_name"] = kind_name


def fold_issuers(counts: dict[str, int]) -> dict[str, int]:
    """The issuer facet by body, not by printed name: 静安区人民政府 and 上海市静安区人民政府
    are one issuer, shown by its fullest name (the organisation registry's reading)."""
    from gongbao.extract.organisations import Registry

    reg = Registry()
    by_body: dict[str, int] = {}
    ids = {name: reg.add(name) or name for name in counts}
    for name, n in counts.items():
        by_body[ids[name]] = by_body.get(ids[name], 0) + n
    shown = {(reg.orgs[oid].name if oid in reg.orgs else oid): n for oid, n in by_body.items()}
    return dict(sorted(shown.items(), key=lambda kv: (-kv[1], kv[0])))


def issue_names(conn: Any) -> tuple[dict[str, str], dict[str, str]]:
    """Gazette id → its name, issue id → how a reader names it ('上海市静安区人民政府公报
    2026年第1期'; a document published alone by its title): facets and lists show these,
    never the ids."""
    from sqlalchemy import select

    from gongbao.store import schema as s

    issues = read.issues(conn, ALL, 0)["items"]
    gazettes = {
        i["gazette"]: "单独发布的文件" if i["gazette"] == ALONE else i["gazette_name"]
        for i in issues
    }
    alone = [i["id"] for i in issues if i["number"] is None]
    titles: dict[str, str] = {}
    for k in range(0, len(alone), 500):
        rows = conn.execute(
            select(s.documents.c.issue_id, s.documents.c.title)
            .where(s.documents.c.issue_id.in_(alone[k : k + 500]))
            .order_by(s.documents.c.ordinal.desc())
        ).all()
        titles.update({issue: title for issue, title in rows})  # the first document's wins
    names = {
        i["id"]: (
            titles.get(i["id"]) or "无标题文件"
            if i["number"] is None
            else f"{gazettes[i['gazette']]} {i['year'] or ''}年第{i['number']}期"
        )
        for i in issues
    }
    return gazettes, names


def plotly_path() -> Path:
    import plotly

    return Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"


def page_marks(body: list[dict[str, Any]]) -> dict[str, int]:
    """Block path → page, at each block where the printed page changes (issues read from a
    PDF know their pages): the reader shows where each page of the original begins."""
    marks: dict[str, int] = {}
    last: int | None = None

    def walk(blocks: list[dict[str, Any]]) -> None:
        nonlocal last
        for b in blocks:
            page = (b.get("source") or {}).get("page")
            if page is not None and page != last and b.get("type") != "list":
                marks[b["path"]] = page
                last = page
            walk(b.get("children") or [])

    walk(body)
    return marks


def _page(name: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(env.get_template(name).render(**context))


def error_page(message: str, status: int) -> HTMLResponse:
    body = env.get_template("error.html").render(title=str(status), message=message)
    return HTMLResponse(body, status_code=status)


def _not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"找不到{what}")


def build_pages() -> APIRouter:
    pages = APIRouter(include_in_schema=False)

    @pages.get("/static/plotly.min.js")
    def plotly_js() -> FileResponse:
        return FileResponse(plotly_path(), media_type="text/javascript")

    @pages.get("/static/{name}")
    def static(name: str) -> FileResponse:
        kind = STATIC_TYPES.get(Path(name).suffix)
        path = HERE / "static" / name
        if kind is None or "/" in name or name.startswith(".") or not path.is_file():
            raise _not_found(f"文件 {name}")
        return FileResponse(path, media_type=kind)

    @pages.get("/", response_class=HTMLResponse)
    def home(request: Request) -> HTMLResponse:
        with request.app.state.store.reading() as conn:
            issues = read.issues(conn, ALL, 0)
            counts = request.app.state.store.counts(conn)
            names, labels = issue_names(conn)
        gazettes: dict[str, dict[str, Any]] = {}
        for i in issues["items"]:
            g = gazettes.setdefault(i["gazette"], {"name": names[i["gazette"]], "issues": []})
            g["issues"].append({**i, "label": labels[i["id"]]})
        return _page("home.html", title="政府公报", gazettes=gazettes, counts=counts)

    @pages.get("/issues/{issue_id}", response_class=HTMLResponse)
    def issue(request: Request, issue_id: str) -> HTMLResponse:
        with request.app.state.store.reading() as conn:
            data = read.issue(conn, issue_id)
        if data is None:
            raise _not_found(f"期号 {issue_id}")
        return _page(
            "issue.html",
            title=f"{data['gazette_name']} {data['year']}年第{data['number']}期",
            issue=data,
        )

    @pages.get("/documents/{doc_id}", response_class=HTMLResponse)
    def document(request: Request, doc_id: str) -> HTMLResponse:
        from gongbao.web.citations import citations
        from gongbao.web.reader import collect, issue_name, outline

        with request.app.state.store.reading() as conn:
            doc = read.document(conn, doc_id)
            if doc is None:
                raise _not_found(f"文件 {doc_id}")
            marks = collect(conn, doc)
            cites, cited_by = citations(conn, doc)
            in_issue = issue_name(conn, doc["issue"])
        return _page(
            "document.html",
            title=doc["title"],
            doc=doc,
            marks=marks,
            cites=cites,
            cited_by=cited_by,
            in_issue=in_issue,
            headings=outline(doc["body"]),
            page_marks=page_marks(doc["body"]),
        )

    @pages.get("/search", response_class=HTMLResponse)
    def search_page(
        request: Request,
        q: str = "",
        page: int = 1,
        kind: str | None = None,
        gazette: str | None = None,
        issue: str | None = None,
    ) -> HTMLResponse:
        found, error = None, None
        names: tuple[dict[str, str], dict[str, str]] = ({}, {})
        page = min(max(page, 1), 50_000)  # a million results deep at most
        if q.strip():
            try:
                found = search(
                    request.app.state.store,
                    q,
                    Filters(gazette, issue, kind),
                    limit=20,
                    offset=(page - 1) * 20,
                )
            except InputError as exc:
                error = str(exc)
            if found is not None:
                names = _names_now(request.app.state)
                if "issuer" in found.facets:
                    found.facets["issuer"] = fold_issuers(found.facets["issuer"])
                # the page shows each facet's first six values (search.html): a facet of a
                # thousand issues walked in the template cost more than the search
                found.facets = {k: dict(islice(v.items(), SHOWN)) for k, v in found.facets.items()}
        return _page(
            "search.html",
            title=f"搜索 {q}" if q else "搜索",
            q=q,
            found=found,
            error=error,
            page=page,
            kind=kind,
            gazette=gazette,
            issue=issue,
            gazette_names=names[0],
            issue_names=names[1],
            Markup=Markup,
        )

    def _names_now(state: Any) -> tuple[dict[str, str], dict[str, str]]:
        """``issue_names``, read again only when the store's generation moved (every
        ingest and replacement moves it): the search page asked for all the issues on every
        request."""
        store = state.store
        with store.reading() as conn:
            generation = store.rank_generation(conn)
            kept = getattr(state, "search_names", None)
            if kept is not None and kept[0] == generation:
                return kept[1]  # type: ignore[no-any-return]
            names = issue_names(conn)
        state.search_names = (generation, names)
        return names

    from gongbao.web.dashboards import add_dashboards

    add_dashboards(pages, _page, _not_found)
    from gongbao.web.tracking_pages import add_tracking_pages

    add_tracking_pages(pages, _page, _not_found)
    return pages
