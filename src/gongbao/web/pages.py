"""The pages people read: server-rendered zh-CN HTML, charts from the installed plotly package
(served from this server, never a CDN), every number a link to its sentence in the reader."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from gongbao.errors import InputError
from gongbao.store import read
from gongbao.store.search import Filters, search

HERE = Path(__file__).resolve().parent
#: what /static/{name} serves from the static folder: its scripts and styles
STATIC_TYPES = {".css": "text/css", ".js": "text/javascript"}
ALL = 100_000

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


def mark(text: str, spans: list[tuple[int, int, str, str]]) -> Markup:
    """Escape ``text``, wrapping each (start, end, css class, href) span in a link."""
    out, pos = [], 0
    for start, end, cls, href in sorted(spans):
        if start < pos or end > len(text) or start >= end:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(
            f'<a class="fact {cls}" href="{html.escape(href)}">{html.escape(text[start:end])}</a>'
        )
        pos = end
    out.append(html.escape(text[pos:]))
    return Markup("".join(out))


def _spans(conn: Any, doc_id: str) -> dict[str, list[tuple[int, int, str, str]]]:
    """Facts of a document as spans of its blocks' text, by block path."""
    by: dict[str, list[tuple[int, int, str, str]]] = {}

    def add(block: str | None, start: int, end: int, cls: str, href: str) -> None:
        if block:
            by.setdefault(block, []).append((start, end, cls, href))

    lines = read.facts(conn, "budget_lines", ALL, 0, document=doc_id)["items"]
    for ln in lines:
        s = ln["source"]
        if s["span"]:
            add(s["block"], s["span"][0], s["span"][1], "amount", "/budget")
    blocks = _block_texts(conn, doc_id)
    for c in read.facts(conn, "commitments", ALL, 0, document=doc_id)["items"]:
        text = blocks.get(c["source"]["block"], "")
        for qty in c["quantities"]:
            at = text.find(qty["text"])
            if at >= 0:
                add(c["source"]["block"], at, at + len(qty["text"]), "qty", "/commitments")
    for m in read.facts(conn, "measures", ALL, 0, document=doc_id)["items"]:
        text = blocks.get(m["source"]["block"], "")
        for name, org in zip(m["responsible"], m["organisations"], strict=False):
            at = text.rfind(name)
            if at >= 0:
                add(m["source"]["block"], at, at + len(name), "org", f"/organisations/{org}")
    return by


def _block_texts(conn: Any, doc_id: str) -> dict[str, str]:
    from sqlalchemy import select

    from gongbao.store import schema as s

    rows = conn.execute(
        select(s.blocks.c.path, s.blocks.c.text).where(s.blocks.c.document_id == doc_id)
    ).all()
    return {p: t for p, t in rows}


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
        gazettes: dict[str, dict[str, Any]] = {}
        for i in issues["items"]:
            g = gazettes.setdefault(i["gazette"], {"name": i["gazette_name"], "issues": []})
            g["issues"].append(i)
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
        with request.app.state.store.reading() as conn:
            doc = read.document(conn, doc_id)
            if doc is None:
                raise _not_found(f"文件 {doc_id}")
            spans = _spans(conn, doc_id)
            people = {
                a["person"]
                for a in read.facts(conn, "appointments", ALL, 0, document=doc_id)["items"]
            }
        gazette = doc["issue"].rsplit("-", 2)[0] if doc["issue"] else ""
        return _page(
            "document.html",
            title=doc["title"],
            doc=doc,
            spans=spans,
            mark=mark,
            people=people,
            gazette=gazette,
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
            Markup=Markup,
        )

    from gongbao.web.dashboards import add_dashboards

    add_dashboards(pages, _page, _not_found)
    from gongbao.web.tracking_pages import add_tracking_pages

    add_tracking_pages(pages, _page, _not_found)
    return pages
