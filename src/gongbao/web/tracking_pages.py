"""Pages for what is tracked across issues: an indicator's timeline (targets as a band,
outcomes as points, each with its source), a 文号 series with its gaps, the documents
whose 有效期 is about to end, and a document's citation graph. All labels in Chinese; tables
scroll at phone width."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from gongbao.store import read
from gongbao.store.validity import graph
from gongbao.web import sources

Render = Callable[..., HTMLResponse]
_STATUS = {"met": "达成", "exceeded": "超额完成", "not met": "未达成", None: ""}
_FORM = {"growth": "增速"}
#: the order a document's citations are grouped in: what it rests on before what it mentions
RELATIONS = ("依据", "印发", "转发", "修改", "替代", "废止", "引用")


def form_name(form: str) -> str:
    return _FORM.get(form) or "总量（" + form.removeprefix("level:") + "）"


def main_form(item: dict[str, Any]) -> str | None:
    """The form most of an indicator's records take: the one its chart draws."""
    forms = [e["form"] for e in item["entries"]]
    return max(sorted(set(forms)), key=forms.count) if forms else None


def timeline_chart(item: dict[str, Any]) -> dict[str, Any]:
    """Targets as ranges and outcomes as points, per year, in the indicator's main form."""
    main = main_form(item)
    targets = [e for e in item["entries"] if e["form"] == main and e["kind"] == "target"]
    actuals = [e for e in item["entries"] if e["form"] == main and e["kind"] == "actual"]

    def mid(e: dict[str, Any]) -> float | None:
        lo: float | None = e["low"]
        hi: float | None = e["high"]
        if lo is None:
            return hi
        return lo if hi is None else (lo + hi) / 2

    data = [
        {
            "type": "scatter",
            "mode": "markers",
            "name": "目标",
            "x": [e["period"] for e in targets],
            "y": [mid(e) for e in targets],
            "text": [e["text"] for e in targets],
            "marker": {"symbol": "line-ew-open", "size": 18},
            "error_y": {
                "type": "data",
                "symmetric": False,
                "array": [
                    (e["high"] - mid(e)) if e["high"] is not None and mid(e) is not None else 0
                    for e in targets
                ],
                "arrayminus": [
                    (mid(e) - e["low"]) if e["low"] is not None and mid(e) is not None else 0
                    for e in targets
                ],
            },
        },
        {
            "type": "scatter",
            "mode": "markers",
            "name": "完成",
            "x": [e["period"] for e in actuals],
            "y": [e["low"] for e in actuals],
            "text": [e["text"] for e in actuals],
            "marker": {"size": 11},
        },
    ]
    for plan in item.get("plans") or []:
        if plan["form"] == main and plan["line"] and plan["base"]:
            # the straight line from the year before a five-year plan to its target
            data.append(
                {
                    "type": "scatter",
                    "mode": "lines",
                    "name": f"{plan['period']} 直线进度",
                    "x": [plan["base"]["year"], *(p["year"] for p in plan["line"])],
                    "y": [plan["base"]["value"], *(p["expected"] for p in plan["line"])],
                    "line": {"dash": "dot", "width": 1.5},
                }
            )
    unit = "%" if main == "growth" else (main or "").removeprefix("level:")
    return {
        "data": data,
        "layout": {
            "xaxis": {
                "type": "category",
                "title": {"text": "年份"},
                # years in order, a plan's period ('2026–2030') after them, not among them
                "categoryorder": "array",
                "categoryarray": sorted(
                    {x for trace in data for x in trace["x"] if x},
                    key=lambda x: (len(x) > 4, x),
                ),
            },
            "yaxis": {"title": {"text": unit}, "automargin": True},
            "margin": {"l": 50, "r": 10, "t": 36, "b": 40},
            "height": 340,
            # above the plot, so that it covers neither the years nor the points
            "legend": {"orientation": "h", "x": 0, "y": 1, "yanchor": "bottom"},
        },
    }


def career_chart(memberships: list[dict[str, Any]], today: str) -> dict[str, Any] | None:
    """Posts over time: a bar from a post's first day to its last where both are known; a
    post whose end no stored document gives is a marker at its start ('止期不详') — never a
    bar to today, which would claim it is still held. Posts without a known start are left
    to the table."""
    dated = [m for m in memberships if m.get("start_date")]
    if not dated:
        return None

    def label(m: dict[str, Any]) -> str:
        return f"{m.get('organization') or ''}{m.get('post') or ''}"

    closed = [m for m in dated if m.get("end_date")]
    open_ = [m for m in dated if not m.get("end_date")]
    data: list[dict[str, Any]] = []
    if closed:
        data.append(
            {
                "type": "bar",
                "orientation": "h",
                "name": "任职",
                "y": [label(m) for m in closed],
                "base": [m["start_date"] for m in closed],
                "x": [
                    (date.fromisoformat(m["end_date"]) - date.fromisoformat(m["start_date"])).days
                    * 86_400_000
                    for m in closed
                ],
                "text": [f"{m['start_date']} 至 {m['end_date']}" for m in closed],
                "hoverinfo": "text+y",
            }
        )
    if open_:
        data.append(
            {
                "type": "scatter",
                "mode": "markers+text",
                "name": "止期不详",
                "y": [label(m) for m in open_],
                "x": [m["start_date"] for m in open_],
                # a post a removal ended on a day no document gives, or one no removal ended
                "text": [
                    f"{m['start_date']} 起（{'已免，日期不详' if m.get('ended') else '止期不详'}）"
                    for m in open_
                ],
                "textposition": "top right",
                "marker": {"symbol": "triangle-right", "size": 14},
            }
        )
    days = [date.fromisoformat(m["start_date"]) for m in dated] + [
        date.fromisoformat(m["end_date"]) for m in closed
    ]
    span = (min(days) - timedelta(days=365), max(days) + timedelta(days=3 * 365))
    return {
        "data": data,
        "layout": {
            "xaxis": {"type": "date", "tickformat": "%Y", "range": [d.isoformat() for d in span]},
            "yaxis": {"type": "category", "automargin": True},
            "showlegend": False,
            "margin": {"l": 10, "r": 10, "t": 10, "b": 30},
            "height": 80 + 40 * len(dated),
        },
    }


def by_type(edges: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Edges grouped by what the citation does (in ``RELATIONS`` order, any other last), one
    node per document in a group with every sentence that names it: a report that names a
    plan in fourteen sentences is one node, not fourteen."""
    groups: dict[str, dict[Any, dict[str, Any]]] = {}
    for e in edges:
        key = e.get("source") or e.get("target") or (e.get("title"), e.get("doc_number"))
        node = groups.setdefault(e["type"], {}).setdefault(key, {**e, "sentences": []})
        if e["sentence"] and e["sentence"] not in node["sentences"]:
            node["sentences"].append(e["sentence"])
    rank = {r: i for i, r in enumerate(RELATIONS)}
    ordered = sorted(groups.items(), key=lambda g: rank.get(g[0], len(RELATIONS)))
    return [(kind, list(nodes.values())) for kind, nodes in ordered]


def add_tracking_pages(
    pages: APIRouter, render: Render, not_found: Callable[[str], HTTPException]
) -> None:
    @pages.get("/ledger", response_class=HTMLResponse)
    def ledger_search(request: Request, q: str = "") -> HTMLResponse:
        items: list[dict[str, Any]] = []
        docs: dict[str, dict[str, Any]] = {}
        if q.strip():
            with request.app.state.store.reading() as conn:
                items = read.ledger(conn, q.strip()[:100], 50)["items"]
                for i in items:
                    i["documents"] = list(dict.fromkeys(e["document"] for e in i["entries"]))
                docs = sources.documents(conn, (d for i in items for d in i["documents"]))
        return render(
            "ledger.html", title="指标台账", q=q, items=items, status_name=_STATUS, docs=docs
        )

    @pages.get("/ledger/{key:path}", response_class=HTMLResponse)
    def ledger_item(request: Request, key: str) -> HTMLResponse:
        place, _, name = key.partition("|")
        with request.app.state.store.reading() as conn:
            found = read.ledger(conn, name, 1, place, key=key)["items"]
            if not found:
                raise not_found(f"指标 {key}")
            item = found[0]
            plans = item.get("plans") or []
            docs = sources.documents(
                conn,
                [e["document"] for e in item["entries"]]
                + [d for st in item["statuses"] for d in st["sources"]]
                + [p["document"] for p in plans]
                + [p["base"]["document"] for p in plans if p.get("base")],
            )
        return render(
            "ledger_item.html",
            title=f"{item['place']} {item['name']}",
            item=item,
            chart=timeline_chart(item),
            status_name=_STATUS,
            form_name=form_name,
            chart_form=main_form(item),
            docs=docs,
        )

    @pages.get("/series", response_class=HTMLResponse)
    def series_list(request: Request, code: str | None = None) -> HTMLResponse:
        with request.app.state.store.reading() as conn:
            items = read.series(conn, 500, 0, code=code or None)["items"]
        return render("series.html", title="文号系列", items=items, code=code or "")

    @pages.get("/series/{code}/{year}", response_class=HTMLResponse)
    def series_year(request: Request, code: str, year: str) -> HTMLResponse:
        if not year.isdigit():
            raise not_found(f"文号系列 {code} {year}")
        with request.app.state.store.reading() as conn:
            items = read.series(conn, 1, 0, code=code, year=int(year))["items"]
        if not items or not items[0]["count"]:
            raise not_found(f"文号系列 {code} {year}")
        item = items[0]
        held = {d["number"]: d for d in item["documents"]}
        cells = [(n, held.get(n)) for n in range(1, (item["highest"] or 0) + 1)]
        return render("series_year.html", title=f"{code}〔{year}〕", item=item, cells=cells)

    @pages.get("/expiring", response_class=HTMLResponse)
    def expiring(request: Request, days: int = 90) -> HTMLResponse:
        days = max(0, min(days, 3650))
        today = date.today().isoformat()
        with request.app.state.store.reading() as conn:
            soon = read.documents(conn, 500, 0, today, "即将失效", days)["items"]
            gone = read.documents(conn, 500, 0, today, "已失效", days)["items"]
            docs = sources.documents(conn, (d["repealed_by"] for d in gone))
        return render(
            "expiring.html",
            title="即将失效的文件",
            soon=soon,
            gone=gone,
            days=days,
            today=today,
            docs=docs,
        )

    @pages.get("/documents/{doc_id}/graph", response_class=HTMLResponse)
    def citation_graph(request: Request, doc_id: str) -> HTMLResponse:
        with request.app.state.store.reading() as conn:
            doc = graph(conn, doc_id)
        if doc is None:
            raise not_found(f"文件 {doc_id}")
        return render(
            "citation_graph.html",
            title=f"引用关系图 · {doc['title']}",
            doc=doc,
            rests_on=by_type(doc["links"]),
            rested_on=by_type(doc["cited_by"]),
        )
