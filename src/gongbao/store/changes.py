"""What changed since a reader last looked: the change log written with every ingest, read by
cursor (/api/changes, `gongbao watch`) and as Atom feeds.

Events are rows of one table whose id is the cursor. On PostgreSQL the ingest that writes
them takes the table's lock first, so ids are given in commit order and a reader that has seen
id N will never later find a smaller id committed: a cursor misses nothing. SQLite writes one
transaction at a time anyway.

Kinds: ``document`` (a document stored, or stored again in a corrected edition),
``appointment`` (a person appointed or removed), ``missed_target`` (an indicator whose outcome
falls short of its target), ``expiring`` (a document whose 有效期 ends on a given day).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from gongbao.model import Issue
from gongbao.store import schema as s
from gongbao.store.write import person_id, place_of_document

KINDS = ("document", "appointment", "missed_target", "expiring")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def events_of(issue: Issue, issue_id: str, gid: str, replaced: bool) -> list[dict[str, Any]]:
    """The events one stored issue gives, in the order of its documents."""
    at = now()
    out: list[dict[str, Any]] = []
    titles = {d.id: d.title for d in issue.documents}
    places = {d.id: place_of_document(d) for d in issue.documents}
    for d in issue.documents:
        out.append(
            _event(
                at,
                "document",
                issue_id,
                d.id,
                None,
                {
                    "title": d.title,
                    "doc_number": d.doc_number,
                    "date": d.date,
                    "issuers": d.issuers,
                    "edition": "replaced" if replaced else "new",
                },
            )
        )
        if d.valid_until:
            out.append(
                _event(
                    at,
                    "expiring",
                    issue_id,
                    d.id,
                    None,
                    {"title": d.title, "valid_until": d.valid_until},
                )
            )
    for a in issue.facts.get("appointments", []):
        out.append(
            _event(
                at,
                "appointment",
                issue_id,
                a.document,
                person_id(gid, a.person, places.get(a.document)),
                {
                    "person": a.person,
                    "action": a.action,
                    "positions": a.positions,
                    "date": a.date,
                    "title": titles.get(a.document),
                },
            )
        )
    for i in issue.facts.get("indicators", []):
        if i.met is False:
            out.append(
                _event(
                    at,
                    "missed_target",
                    issue_id,
                    i.document,
                    None,
                    {
                        "name": i.name,
                        "period": i.period,
                        "target": i.target.text if i.target else None,
                        "actual": i.actual.text if i.actual else None,
                        "title": titles.get(i.document),
                    },
                )
            )
    return out


def _event(
    at: str,
    kind: str,
    issue_id: str,
    document: str | None,
    subject: str | None,
    data: dict[str, Any],
) -> dict[str, Any]:
    return {
        "at": at,
        "kind": kind,
        "issue_id": issue_id,
        "document_id": document,
        "subject": subject[:160] if subject else None,
        "data": json.dumps(data, ensure_ascii=False),
    }


def write_changes(conn: Connection, dialect: str, events: list[dict[str, Any]]) -> None:
    if not events:
        return
    if dialect == "postgresql":
        # ids in commit order: a concurrent ingest waits here until this one commits
        conn.exec_driver_sql("LOCK TABLE changes IN EXCLUSIVE MODE")
    conn.execute(insert(s.changes), events)


def read_changes(
    conn: Connection,
    since: int = 0,
    limit: int = 100,
    kind: str | None = None,
    subject: str | None = None,
    document: str | None = None,
) -> dict[str, Any]:
    """Events after cursor ``since``, oldest first; ``next`` is the cursor to ask with next
    (the last id read, or ``since`` when there is nothing new)."""
    q = select(s.changes).where(s.changes.c.id > since).order_by(s.changes.c.id).limit(limit)
    if kind:
        q = q.where(s.changes.c.kind == kind)
    if subject:
        q = q.where(s.changes.c.subject == subject)
    if document:
        q = q.where(s.changes.c.document_id == document)
    rows = conn.execute(q).all()
    return {"items": [_row(r) for r in rows], "next": str(rows[-1].id if rows else since)}


def latest(
    conn: Connection, limit: int = 50, kind: str | None = None, subject: str | None = None
) -> list[dict[str, Any]]:
    """The newest events, newest first (what a feed shows)."""
    q = select(s.changes).order_by(s.changes.c.id.desc()).limit(limit)
    if kind:
        q = q.where(s.changes.c.kind == kind)
    if subject:
        q = q.where(s.changes.c.subject == subject)
    return [_row(r) for r in conn.execute(q)]


def _row(r: Any) -> dict[str, Any]:
    """A stored event as the API and the feeds give it."""
    return {
        "id": r.id,
        "at": r.at,
        "kind": r.kind,
        "issue": r.issue_id,
        "document": r.document_id,
        "subject": r.subject,
        **json.loads(r.data),
    }
