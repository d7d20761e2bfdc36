"""Dashboards: each a chart and the table under it, every row linked to its sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from gongbao.store import read

ALL = 100_000
Render = Callable[..., HTMLResponse]


def _items(request: Request, kind: str, **filters: Any) -> list[dict[str, Any]]:
    with request.app.state.store.reading() as conn:
        return read.facts(conn, kind, ALL, 0, **filters)["items"]  # type: ignore[no-any-return]


def indicator_chart(items: list[dict[str, Any]]) -> dict[str, Any]:
    """One bar pair per indicator with a numeric target and actual: both as % of target."""
    pairs = [
        i
        for i in items
        if i["target"] and i["actual"] and i["target"]["low"] and i["actual"]["low"] is not None
    ]
    names = [i["name"] for i in pairs]
    return {
        "data": [
            {
                "type": "bar",
                "name": "目标",
                "x": names,
                "y": [100 for _ in pairs],
                "text": [i["target"]["text"] for i in pairs],
                "hoverinfo": "text+name",
            },
            {
                "type": "bar",
                "name": "实际",
                "x": names,
                "y": [round(100 * i["actual"]["low"] / i["target"]["low"], 1) for i in pairs],
                "text": [i["actual"]["text"] for i in pairs],
                "hoverinfo": "text+name",
            },
        ],
        "layout": {
            "barmode": "group",
            "yaxis": {"title": {"text": "占目标 %"}},
            "margin": {"t": 20, "b": 120},
            "legend": {"orientation": "h"},
        },
    }


def counts_chart(labels: list[str], values: list[Any], title: str) -> dict[str, Any]:
    """Horizontal bars: Chinese labels read across, not slanted."""
    return {
        "data": [{"type": "bar", "orientation": "h", "y": labels, "x": values, "name": title}],
        "layout": _horizontal(len(labels), title),
    }


def category_chart(items: list[dict[str, Any]]) -> dict[str, Any]:
    """How many items each category holds ('其他' for none)."""
    cats: dict[str, int] = {}
    for item in items:
        cats[item["category"] or "其他"] = cats.get(item["category"] or "其他", 0) + 1
    return counts_chart(list(cats), list(cats.values()), "项目数")


def _horizontal(n: int, title: str) -> dict[str, Any]:
    return {
        "margin": {"t": 20, "l": 260, "r": 20},
        "height": 120 + 26 * n,
        "xaxis": {"title": {"text": title}},
        "yaxis": {"autorange": "reversed", "automargin": True},
        "legend": {"orientation": "h"},
    }


def appointments_chart(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Appointments and removals for the 15 organisations with the most of them."""
    by_org: dict[str, list[int]] = {}
    for r in records:
        for org in {x["organization"] for x in r["roles"] if x["organization"]}:
            counts = by_org.setdefault(org, [0, 0])
            counts[0 if r["action"] == "appoint" else 1] += 1
    top = sorted(by_org.items(), key=lambda kv: -sum(kv[1]))[:15]
    names = [k for k, _ in top]
    return {
        "data": [
            {"type": "bar", "name": "任命", "x": names, "y": [v[0] for _, v in top]},
            {"type": "bar", "name": "免去", "x": names, "y": [v[1] for _, v in top]},
        ],
        "layout": {
            "barmode": "group",
            "margin": {"t": 20, "b": 160},
            "legend": {"orientation": "h"},
        },
    }


def add_dashboards(
    pages: APIRouter, render: Render, not_found: Callable[[str], HTTPException]
) -> None:
    @pages.get("/indicators", response_class=HTMLResponse)
    def indicators(request: Request) -> HTMLResponse:
        items = _items(request, "indicators")
        return render(
            "indicators.html", title="指标：目标与完成", items=items, chart=indicator_chart(items)
        )

    @pages.get("/commitments", response_class=HTMLResponse)
    def commitments(request: Request) -> HTMLResponse:
        items = _items(request, "commitments")
        return render(
            "commitments.html",
            title="为民办实事项目",
            items=items,
            chart=category_chart(items),
        )

    @pages.get("/measures", response_class=HTMLResponse)
    def measures(request: Request) -> HTMLResponse:
        items = _items(request, "measures")
        with request.app.state.store.reading() as conn:
            orgs = read.organisations(conn, 15, 0)["items"]
        return render(
            "measures.html",
            title="政策措施与责任单位",
            items=items,
            orgs=orgs,
            chart=counts_chart(
                [o["name"] for o in orgs], [o["measures"] for o in orgs], "牵头或参与的措施数"
            ),
        )

    @pages.get("/organisations", response_class=HTMLResponse)
    def organisations(request: Request) -> HTMLResponse:
        with request.app.state.store.reading() as conn:
            orgs = read.organisations(conn, ALL, 0)["items"]
        top = orgs[:15]
        return render(
            "organisations.html",
            title="部门",
            orgs=orgs,
            chart=counts_chart([o["name"] for o in top], [o["measures"] for o in top], "措施数"),
        )

    @pages.get("/organisations/{org_id:path}", response_class=HTMLResponse)
    def organisation(request: Request, org_id: str) -> HTMLResponse:
        with request.app.state.store.reading() as conn:
            org = read.organisation(conn, org_id)
        if org is None:
            raise not_found(f"部门 {org_id}")
        return render("organisation.html", title=org["name"], org=org)

    @pages.get("/budget", response_class=HTMLResponse)
    def budget(request: Request) -> HTMLResponse:
        with request.app.state.store.reading() as conn:
            data = read.budget(conn, ALL, 0)
        ids = data["identities"]
        biggest = max(ids, key=lambda i: len(i["parts"]), default=None)
        chart = (
            counts_chart(
                [p["label"] for p in biggest["parts"]],
                [p["amount"] for p in biggest["parts"]],
                "万元",
            )
            if biggest
            else None
        )
        return render(
            "budget.html",
            title="预算",
            identities=ids,
            lines=data["items"],
            chart=chart,
            chart_title=biggest["total_label"] if biggest else "",
        )

    @pages.get("/projects", response_class=HTMLResponse)
    def projects(request: Request) -> HTMLResponse:
        items = _items(request, "projects")
        return render(
            "projects.html",
            title="重大项目",
            items=items,
            chart=category_chart(items),
        )

    @pages.get("/people", response_class=HTMLResponse)
    def people(request: Request) -> HTMLResponse:
        with request.app.state.store.reading() as conn:
            items = read.people(conn, ALL, 0)["items"]
        return render(
            "people.html",
            title="人事任免",
            people=items,
            chart=appointments_chart(_items(request, "appointments")),
        )

    @pages.get("/people/{person_id:path}", response_class=HTMLResponse)
    def person(request: Request, person_id: str) -> HTMLResponse:
        with request.app.state.store.reading() as conn:
            p = read.person(conn, person_id)
        if p is None:
            raise not_found(f"人员 {person_id}")
        from datetime import date

        from gongbao.web.tracking_pages import career_chart

        chart = career_chart(p["memberships"], date.today().isoformat())
        return render("person.html", title=p["name"], person=p, chart=chart)

    @pages.get("/terms", response_class=HTMLResponse)
    def terms(request: Request) -> HTMLResponse:
        return render("terms.html", title="名词解释", items=_items(request, "terms"))
