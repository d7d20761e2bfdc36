"""People merged and split by a reviewer, kept in the store as judgements.

A person's id is made from the gazette and the name (``gongbao.store.write.person_id``): a
name in two gazettes, or from two places, is two people until a judgement links them. A
merge says two ids are one person; a split undoes a merge, or says two ids must never be
merged. The latest judgement on a pair wins, and a person's page gathers every id linked to
it through merges still in force (``same_person``).

Judgements name person ids, which ingest never rewrites: an issue ingested again deletes and
writes its own rows, never a judgement, so a merge holds across re-ingest.
"""

from __future__ import annotations

from collections import deque
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from gongbao.errors import InputError
from gongbao.store import schema as s

KINDS = ("merge", "split")


def merge(conn: Connection, a: str, b: str, note: str | None = None, by: str | None = None) -> int:
    """Record that person ids ``a`` and ``b`` are one person; returns the judgement's id."""
    return _judge(conn, "merge", a, b, note, by)


def split(conn: Connection, a: str, b: str, note: str | None = None, by: str | None = None) -> int:
    """Record that ``a`` and ``b`` are two people (undoing a merge, or ruling one out)."""
    return _judge(conn, "split", a, b, note, by)


def _judge(conn: Connection, kind: str, a: str, b: str, note: str | None, by: str | None) -> int:
    if a == b:
        raise InputError(f"cannot {kind} person {a!r} with itself")
    if by and len(by) > 128:
        raise InputError("by: a name of at most 128 characters")
    known = set(conn.execute(select(s.people.c.id).where(s.people.c.id.in_([a, b]))).scalars())
    for pid in (a, b):
        if pid not in known:
            raise InputError(f"no person with id {pid!r} in the store")
    done = conn.execute(
        insert(s.person_judgements).values(
            kind=kind,
            person_id=a,
            other_id=b,
            note=note or None,
            made_at=datetime.now(UTC).isoformat(timespec="seconds"),
            by=by or None,
        )
    )
    key = done.inserted_primary_key
    assert key is not None  # an insert of one row names it
    return int(key[0])


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _in_force(rows: list[Any]) -> dict[tuple[str, str], int]:
    """Each pair's latest judgement: pair → its id (rows in id order)."""
    latest: dict[tuple[str, str], int] = {}
    for r in rows:
        latest[_pair(r.person_id, r.other_id)] = r.id
    return latest


def _all(conn: Connection) -> list[Any]:
    j = s.person_judgements.c
    return list(conn.execute(select(s.person_judgements).order_by(j.id)).all())


def _linked(rows: list[Any], person_id: str) -> list[str]:
    kinds = {r.id: r.kind for r in rows}
    edges: dict[str, set[str]] = {}
    for (a, b), jid in _in_force(rows).items():
        if kinds[jid] == "merge":
            edges.setdefault(a, set()).add(b)
            edges.setdefault(b, set()).add(a)
    seen = {person_id}
    todo = deque([person_id])
    while todo:
        for other in edges.get(todo.popleft(), ()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return [person_id, *sorted(seen - {person_id})]


def same_person(conn: Connection, person_id: str) -> list[str]:
    """The ids a person's page gathers: ``person_id`` first, then every id linked to it by
    merges not undone by a later split of the same pair (transitively), in id order."""
    return _linked(_all(conn), person_id)


def judgements(conn: Connection, person_id: str | None = None) -> list[dict[str, Any]]:
    """Every judgement in the order made, or those naming any id of ``person_id``'s group
    (including splits that keep an id apart from it). ``in_force``: the latest on its pair."""
    rows = _all(conn)
    force = set(_in_force(rows).values())
    if person_id is not None:
        ids = set(_linked(rows, person_id))
        rows = [r for r in rows if r.person_id in ids or r.other_id in ids]
    return [
        {
            "id": r.id,
            "kind": r.kind,
            "person_id": r.person_id,
            "other_id": r.other_id,
            "note": r.note,
            "made_at": r.made_at,
            "by": r.by,
            "in_force": r.id in force,
        }
        for r in rows
    ]
