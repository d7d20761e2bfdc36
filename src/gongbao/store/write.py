"""Writing an issue's facts, organisations and people (inside the issue's transaction)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from gongbao.model import Document, Issue
from gongbao.store import schema as s


def person_id(gazette: str, name: str, place: str | None = None) -> str:
    """A person's id: the gazette and the name in simplified characters, so that a name
    printed in either script is one person; a name in two gazettes stays two people until
    something links them. Documents published alone share no gazette: their people are
    told apart by the place the document speaks for (``place``), where it names one."""
    from gongbao.script import to_simplified

    if gazette == "documents" and place:
        return f"{gazette}/{to_simplified(place)}/{to_simplified(name)}"
    return f"{gazette}/{to_simplified(name)}"


def place_of_document(doc: Document) -> str | None:
    """The place a document speaks for (``gongbao.ledger.place_of``)."""
    from gongbao.ledger import place_of

    return place_of(doc.issuers, doc.title)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def insert_new(conn: Connection, table: Any, row: dict[str, Any]) -> None:
    """Insert a row unless its key is there already — also when another transaction adds
    the same key at the same time (a gazette, an organisation or a person two issues share)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        conn.execute(pg_insert(table).values(**row).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        conn.execute(sqlite_insert(table).values(**row).on_conflict_do_nothing())


def _ensure(conn: Connection, table: Any, key: str, values: dict[str, Any]) -> None:
    if conn.execute(select(table.c.id).where(table.c.id == key)).scalar() is None:
        insert_new(conn, table, {"id": key, **values})


def write_facts(conn: Connection, issue: Issue, issue_id: str, gid: str, d: dict[str, Any]) -> None:
    org_ids: dict[str, str] = {}
    for org in d["organisations"]:
        oid = f"{gid}/{org['id']}"
        org_ids[org["id"]] = oid
        _ensure(
            conn,
            s.organisations,
            oid,
            {"gazette_id": gid, "name": org["name"], "kind": org["kind"]},
        )
        for alias in {org["name"], *org["aliases"]}:
            exists = conn.execute(
                select(s.aliases.c.alias).where(
                    s.aliases.c.organisation_id == oid, s.aliases.c.alias == alias
                )
            ).scalar()
            if exists is None:
                insert_new(conn, s.aliases, {"organisation_id": oid, "alias": alias})
    by_name = {a: org_ids[o["id"]] for o in d["organisations"] for a in [o["name"], *o["aliases"]]}

    places = {doc.id: place_of_document(doc) for doc in issue.documents}
    for a in d["appointments"]:
        pid = person_id(gid, a["person"], places.get(a["document"]))
        _ensure(conn, s.people, pid, {"gazette_id": gid, "name": a["person"]})
        aid = conn.execute(
            insert(s.appointments)
            .values(
                issue_id=issue_id,
                document_id=a["document"],
                person_id=pid,
                person=a["person"],
                action=a["action"],
                data=_json(a),
            )
            .returning(s.appointments.c.id)
        ).scalar_one()
        orgs = {by_name[r["organization"]] for r in a["roles"] if r["organization"] in by_name}
        if orgs:
            conn.execute(
                insert(s.appointment_orgs),
                [{"appointment_id": aid, "organisation_id": o} for o in sorted(orgs)],
            )

    for m in d["measures"]:
        m = {**m, "organisations": [org_ids.get(o, o) for o in m["organisations"]]}
        mid = conn.execute(
            insert(s.measures)
            .values(
                issue_id=issue_id,
                document_id=m["document"],
                no=m["no"],
                title=m["title"],
                data=_json(m),
            )
            .returning(s.measures.c.id)
        ).scalar_one()
        links, seen = [], set()
        for name, oid in zip(m["responsible"], m["organisations"], strict=True):
            if oid in seen:
                continue
            seen.add(oid)
            links.append(
                {
                    "measure_id": mid,
                    "organisation_id": oid,
                    # a unit supports only where the measure names who leads
                    "role": (
                        "lead" if name in m["lead"] else "support" if m["lead"] else "responsible"
                    ),
                }
            )
        if links:
            conn.execute(insert(s.measure_orgs), links)

    simple: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
        "indicators": lambda x: {
            "name": x["name"],
            "period": x["period"],
            "category": x["category"],
            "met": x["met"],
        },
        "commitments": lambda x: {"no": x["no"], "category": x["category"]},
        "projects": lambda x: {"no": x["no"], "name": x["name"], "category": x["category"]},
        "terms": lambda x: {"term": x["term"]},
        "references": lambda x: {
            "title": x["title"],
            "doc_number": x["doc_number"],
            "target": x["target"],
            "relation": x.get("relation", "引用"),
        },
        "rules": lambda x: {"subject": x["subject"]},
    }
    for key, cols in simple.items():
        rows = [
            {"issue_id": issue_id, "document_id": x["document"], **cols(x), "data": _json(x)}
            for x in d[key]
        ]
        if rows:
            conn.execute(insert(s.FACT_TABLES[key]), rows)
    lines = [
        {
            "issue_id": issue_id,
            "document_id": x["document"],
            "label": x["label"],
            "amount": x["amount"],
            "budget": x["budget"],
            "year": x["year"],
            "role": x["role"],
            "data": _json(x),
        }
        for x in d["budget"]["lines"]
    ]
    if lines:
        conn.execute(insert(s.budget_lines), lines)
    idents = [
        {"issue_id": issue_id, "document_id": x["document"], "holds": x["holds"], "data": _json(x)}
        for x in d["budget"]["identities"]
    ]
    if idents:
        conn.execute(insert(s.identities), idents)
    notes = [
        {
            "issue_id": issue_id,
            "document_id": x["document"],
            "marker": x["marker"],
            "data": _json(x),
        }
        for x in d["footnotes"]
    ]
    if notes:
        conn.execute(insert(s.footnotes), notes)
    probs = [
        {"issue_id": issue_id, "document_id": x["document"], "kind": x["kind"], "data": _json(x)}
        for x in d["problems"]
    ]
    if probs:
        conn.execute(insert(s.problems), probs)
