"""The facts read from documents, one list route each, every filter declared (they were read
from the raw query string before, so /openapi.json did not show them); and the budget:
its lines at /api/budget, the identities checked on them at /api/budget/identities, both
paged and filtered alike."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from gongbao.store import read
from gongbao.store.budget_identities import identities
from gongbao.web import schemas as m
from gongbao.web.api_params import Conn, DocumentId, Get, IssueId, Limit, Offset

Organisation = Annotated[
    str | None, Query(description="an organisation's id, e.g. jingan/touzicujinban")
]
Category = Annotated[str | None, Query(description="a category as printed, e.g. 基础设施类")]
Budget = Annotated[
    str | None, Query(description="one budget: 一般公共预算, 政府性基金预算, 国有资本经营预算…")
]


def add_facts(api: APIRouter, get: Get) -> None:
    @get("/appointments", m.Page[m.Appointment], "Appointments and removals (任免)")
    def list_appointments(
        c: Conn,
        limit: Limit = 50,
        offset: Offset = 0,
        issue: IssueId = None,
        document: DocumentId = None,
        person: Annotated[str | None, Query(description="a name as printed, e.g. 王艳")] = None,
        action: Literal["appoint", "remove"] | None = None,
        organisation: Organisation = None,
    ) -> dict[str, Any]:
        return read.facts(
            c, "appointments", limit, offset, issue=issue, document=document,
            person=person, action=action, organisation=organisation,
        )  # fmt: skip

    @get("/indicators", m.Page[m.Indicator], "Indicators: targets and outcomes")
    def list_indicators(
        c: Conn,
        limit: Limit = 50,
        offset: Offset = 0,
        issue: IssueId = None,
        document: DocumentId = None,
        period: Annotated[str | None, Query(description="a year or plan, e.g. 2026–2030")] = None,
        name: Annotated[str | None, Query(description="an indicator's name as printed")] = None,
    ) -> dict[str, Any]:
        return read.facts(
            c, "indicators", limit, offset, issue=issue, document=document,
            period=period, name=name,
        )  # fmt: skip

    @get("/commitments", m.Page[m.Commitment], "Commitments (listed undertakings)")
    def list_commitments(
        c: Conn,
        limit: Limit = 50,
        offset: Offset = 0,
        issue: IssueId = None,
        document: DocumentId = None,
        category: Category = None,
    ) -> dict[str, Any]:
        return read.facts(
            c, "commitments", limit, offset, issue=issue, document=document, category=category
        )

    @get("/measures", m.Page[m.Measure], "Measures with the organisations responsible")
    def list_measures(
        c: Conn,
        limit: Limit = 50,
        offset: Offset = 0,
        issue: IssueId = None,
        document: DocumentId = None,
        organisation: Organisation = None,
    ) -> dict[str, Any]:
        return read.facts(
            c, "measures", limit, offset, issue=issue, document=document, organisation=organisation
        )

    @get("/projects", m.Page[m.Project], "Major projects (重大项目)")
    def list_projects(
        c: Conn,
        limit: Limit = 50,
        offset: Offset = 0,
        issue: IssueId = None,
        document: DocumentId = None,
        category: Category = None,
    ) -> dict[str, Any]:
        return read.facts(
            c, "projects", limit, offset, issue=issue, document=document, category=category
        )

    @get("/terms", m.Page[m.Term], "Defined terms (名词解释)")
    def list_terms(
        c: Conn,
        limit: Limit = 50,
        offset: Offset = 0,
        issue: IssueId = None,
        document: DocumentId = None,
        term: Annotated[str | None, Query(description="a term as printed")] = None,
    ) -> dict[str, Any]:
        return read.facts(c, "terms", limit, offset, issue=issue, document=document, term=term)

    @get("/references", m.Page[m.Reference], "Documents cited, with the relation")
    def list_references(
        c: Conn,
        limit: Limit = 50,
        offset: Offset = 0,
        issue: IssueId = None,
        document: DocumentId = None,
        target: Annotated[
            str | None, Query(description="the id of the stored document cited")
        ] = None,
    ) -> dict[str, Any]:
        return read.facts(
            c, "references", limit, offset, issue=issue, document=document, target=target
        )

    @get(
        "/benefits",
        m.Page[m.Benefit],
        "Benefits: the articles of a 扶持办法 that say what is given, on which conditions",
    )
    def list_benefits(
        c: Conn,
        limit: Limit = 50,
        offset: Offset = 0,
        issue: IssueId = None,
        document: DocumentId = None,
    ) -> dict[str, Any]:
        return read.facts(c, "benefits", limit, offset, issue=issue, document=document)

    @get("/rules", m.Page[m.Rule], "Rules: who gets how much under which conditions")
    def list_rules(
        c: Conn,
        limit: Limit = 50,
        offset: Offset = 0,
        issue: IssueId = None,
        document: DocumentId = None,
        subject: Annotated[str | None, Query(description="who, as printed")] = None,
    ) -> dict[str, Any]:
        return read.facts(
            c, "rules", limit, offset, issue=issue, document=document, subject=subject
        )

    @get("/budget", m.Page[m.BudgetLine], "Budget lines (the identities: /api/budget/identities)")
    def list_budget(
        c: Conn,
        limit: Limit = 100,
        offset: Offset = 0,
        issue: IssueId = None,
        document: DocumentId = None,
        budget: Budget = None,
        role: Annotated[str | None, Query(description="revenue, expenditure, change…")] = None,
    ) -> dict[str, Any]:
        return read.facts(
            c, "budget_lines", limit, offset, issue=issue, document=document,
            budget=budget, role=role,
        )  # fmt: skip

    @get(
        "/budget/identities",
        m.Page[m.Identity],
        "Budget identities (a total against the sum of its parts), with budget and year",
    )
    def list_identities(
        c: Conn,
        limit: Limit = 100,
        offset: Offset = 0,
        issue: IssueId = None,
        document: DocumentId = None,
        budget: Budget = None,
    ) -> dict[str, Any]:
        return identities(c, limit, offset, issue=issue, document=document, budget=budget)
