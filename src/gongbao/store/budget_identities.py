"""Budget identities (a total against the sum of its parts) as a list of their own, each
with the budget and year it belongs to.

An identity is stored with its document and source but without a budget or year: those are
the lines it adds up, read from the same block of the same document (``budget_lines``, where
the label and amount are the identity's total or one of its parts). An identity gets a
budget or year only when all those lines give the same one; where they name none (a debt
limit is in no budget) or disagree, it is null, never a guess.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from gongbao.store import schema as s

Page = dict[str, Any]


def identities(
    conn: Connection,
    limit: int,
    offset: int,
    issue: str | None = None,
    document: str | None = None,
    budget: str | None = None,
) -> Page:
    """A page of identities in stored order, filtered like the budget lines (issue, document,
    budget). Without ``budget`` the page is cut in SQL; with it, only identities of documents
    that hold lines of that budget are read, and filtered once their budget is known."""
    t = s.identities.c
    q = select(t.data).order_by(t.id)
    if issue is not None:
        q = q.where(t.issue_id == issue)
    if document is not None:
        q = q.where(t.document_id == document)
    if budget is None:
        total = conn.execute(select(func.count()).select_from(q.subquery())).scalar() or 0
        rows = [json.loads(r.data) for r in conn.execute(q.limit(limit).offset(offset))]
        items = with_budgets(conn, rows)
    else:
        holding = select(s.budget_lines.c.document_id).where(s.budget_lines.c.budget == budget)
        rows = [json.loads(r.data) for r in conn.execute(q.where(t.document_id.in_(holding)))]
        matching = [x for x in with_budgets(conn, rows) if x["budget"] == budget]
        total = len(matching)
        items = matching[offset : offset + limit]
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def with_budgets(conn: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` (identities as stored) each with ``budget`` and ``year`` from its lines."""
    docs = sorted({x["document"] for x in rows if x.get("document")})
    lines: dict[tuple[Any, Any], list[dict[str, Any]]] = defaultdict(list)
    if docs:
        found = conn.execute(
            select(s.budget_lines.c.data).where(s.budget_lines.c.document_id.in_(docs))
        )
        for (data,) in found:
            line = json.loads(data)
            lines[line["document"], (line.get("source") or {}).get("block")].append(line)
    out = []
    for x in rows:
        block = (x.get("source") or {}).get("block")
        keys = {(x["total_label"], x["total"])} | {(p["label"], p["amount"]) for p in x["parts"]}
        added = [
            line
            for line in lines.get((x.get("document"), block), [])
            if (line["label"], line["amount"]) in keys
        ]
        budgets = {line.get("budget") for line in added}
        years = {line.get("year") for line in added}
        out.append(
            {
                **x,
                "budget": budgets.pop() if len(budgets) == 1 else None,
                "year": years.pop() if len(years) == 1 else None,
            }
        )
    return out
