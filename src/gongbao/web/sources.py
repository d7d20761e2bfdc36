"""Where a dashboard row comes from: its document's title and date (or, for a document that
prints none, the issue it was published in), so that two rows that look alike — the same
2026 target in the 政府工作报告 and in the plan report — can be told apart."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from gongbao.store import schema as s

#: documents looked up per query (SQL parameter limits)
_CHUNK = 500


def _when(date: str | None, year: int | None, number: int | None) -> str:
    if date:
        y, m, d = date.split("-") if date.count("-") == 2 else (date[:4], "", "")
        return f"{y}年{int(m)}月{int(d)}日" if m and d else f"{y}年"
    if year and number:
        return f"{year}年第{number}期"
    return f"{year}年" if year else ""


def documents(conn: Connection, ids: Iterable[str | None]) -> dict[str, dict[str, Any]]:
    """Title, date in Chinese ('2026年1月14日', or the issue '2026年第1期') and year of each
    document id given."""
    wanted = sorted({i for i in ids if i})
    out: dict[str, dict[str, Any]] = {}
    d, i = s.documents.c, s.issues.c
    for k in range(0, len(wanted), _CHUNK):
        rows = conn.execute(
            select(d.id, d.title, d.date, i.year, i.number)
            .join(s.issues, i.id == d.issue_id)
            .where(d.id.in_(wanted[k : k + _CHUNK]))
        )
        for r in rows:
            year = int(r.date[:4]) if r.date and r.date[:4].isdigit() else r.year
            out[r.id] = {
                "id": r.id,
                "title": r.title or r.id,
                "when": _when(r.date, r.year, r.number),
                "year": year,
            }
    return out


def grouped(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """``(key, document)`` pairs → each key's documents, in first-seen order."""
    out: dict[str, list[str]] = {}
    for key, doc in pairs:
        docs = out.setdefault(key, [])
        if doc not in docs:
            docs.append(doc)
    return out


def person_documents(conn: Connection) -> dict[str, list[str]]:
    """Each person id's documents (the decisions that name them)."""
    a = s.appointments.c
    rows = conn.execute(select(a.person_id, a.document_id).order_by(a.id))
    return grouped((r.person_id, r.document_id) for r in rows if r.person_id)


def organisation_documents(conn: Connection) -> dict[str, list[str]]:
    """Each organisation id's documents: those whose measures name it."""
    mo, m = s.measure_orgs.c, s.measures.c
    rows = conn.execute(
        select(mo.organisation_id, m.document_id)
        .join(s.measures, m.id == mo.measure_id)
        .order_by(m.id)
    )
    return grouped((r.organisation_id, r.document_id) for r in rows)
