"""Dashboards: each a chart and the table under it, every row linked to its sentence and
saying which document (title, date) and year it comes from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from gongbao.store import read
from gongbao.web import sources
from gongbao.web.dashboard_charts import (
    appointments_chart,
    category_chart,
    comparable,
    counts_chart,
    level_chart,
    rate_chart,
    share_of_target,
)

ALL = 100_000
Render = Callable[..., HTMLResponse]


def _items(request: Request, kind: str, **filters: Any) -> list[dict[str, Any]]:
    with request.app.state.store.reading() as conn:
        return read.facts(conn, kind, ALL, 0, **filters)["items"]  # type: ignore[no-any-return]


def _docs(request: Request, rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    with request.app.state.store.reading() as conn:
        return sources.documents(conn, (r.get("document") for r in rows))


def add_dashboards(
    pages: APIRouter, render: Render, not_found: Callable[[str], HTTPException]
) -> None:
    @pages.get("/indicators", response_class=HTMLResponse)
    def indicators(request: Request) -> HTMLResponse:
        items = [
            {**i, "form": comparable(i), "share": share_of_target(i)}
            for i in _items(request, "indicators")
        ]
        return render(
            "indicators.html",
            title="指标：目标与完成",
            items=items,
            docs=_docs(request, items),
            level_chart=level_chart(items),
            rate_chart=rate_chart(items),
        )

    @pages.get("/commitments", response_class=HTMLResponse)
    def commitments(request: Request) -> HTMLResponse:
        items = _items(request, "commitments")
        return render(
            "commitments.html",
            title="为民办实事项目",
            items=items,
            docs=_docs(request, items),
            chart=category_chart(items, "项目数"),
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
            docs=_docs(request, items),
            chart=counts_chart(
                [o["name"] for o in orgs], [o["measures"] for o in orgs], "承担的措施数"
            ),
        )

    @pages.get("/organisations", response_class=HTMLResponse)
    def organisations(request: Request) -> HTMLResponse:
        with request.app.state.store.reading() as conn:
            orgs = read.organisations(conn, ALL, 0)["items"]
            found_in = sources.organisation_documents(conn)
            docs = sources.documents(conn, (d for ds in found_in.values() for d in ds))
        top = orgs[:15]
        return render(
            "organisations.html",
            title="部门",
            orgs=orgs,
            found_in=found_in,
            docs=docs,
            chart=counts_chart([o["name"] for o in top], [o["measures"] for o in top], "措施数"),
        )

    @pages.get("/organisations/{org_id:path}", response_class=HTMLResponse)
    def organisation(request: Request, org_id: str) -> HTMLResponse:
        with request.app.state.store.reading() as conn:
            org = read.organisation(conn, org_id)
            if org is None:
                raise not_found(f"部门 {org_id}")
            docs = sources.documents(
                conn, (r["document"] for r in org["measures"] + org["appointments"])
            )
        return render("organisation.html", title=org["name"], org=org, docs=docs)

    @pages.get("/budget", response_class=HTMLResponse)
    def budget(request: Request) -> HTMLResponse:
        with request.app.state.store.reading() as conn:
            data = read.budget(conn, ALL, 0)
        # each identity with its budget and year (gongbao.store.budget_identities)
        ids, lines = data["identities"], data["items"]
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
            lines=lines,
            docs=_docs(request, ids + lines),
            chart=chart,
            biggest=biggest,
        )

    @pages.get("/projects", response_class=HTMLResponse)
    def projects(request: Request) -> HTMLResponse:
        items = _items(request, "projects")
        return render(
            "projects.html",
            title="重大项目",
            items=items,
            docs=_docs(request, items),
            chart=category_chart(items, "项目数"),
        )

    @pages.get("/people", response_class=HTMLResponse)
    def people(request: Request) -> HTMLResponse:
        with request.app.state.store.reading() as conn:
            items = read.people(conn, ALL, 0)["items"]
            found_in = sources.person_documents(conn)
            docs = sources.documents(conn, (d for ds in found_in.values() for d in ds))
        return render(
            "people.html",
            title="人事任免",
            people=items,
            found_in=found_in,
            docs=docs,
            chart=appointments_chart(_items(request, "appointments")),
        )

    @pages.get("/people/{person_id:path}", response_class=HTMLResponse)
    def person(request: Request, person_id: str) -> HTMLResponse:
        from gongbao.web.tracking_pages import career_chart

        with request.app.state.store.reading() as conn:
            p = read.person(conn, person_id)
            if p is None:
                raise not_found(f"人员 {person_id}")
            docs = sources.documents(
                conn,
                [r["document"] for r in p["records"]]
                + [d for m in p["memberships"] for d in m["sources"]],
            )
        chart = career_chart(p["memberships"], date.today().isoformat())
        return render("person.html", title=p["name"], person=p, chart=chart, docs=docs)

    @pages.get("/terms", response_class=HTMLResponse)
    def terms(request: Request) -> HTMLResponse:
        items = _items(request, "terms")
        return render("terms.html", title="名词解释", items=items, docs=_docs(request, items))

    @pages.get("/rules", response_class=HTMLResponse)
    def rules(request: Request) -> HTMLResponse:
        items = _items(request, "rules")
        return render("rules.html", title="标准与条件", items=items, docs=_docs(request, items))
