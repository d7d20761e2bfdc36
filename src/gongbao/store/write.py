"""An issue's facts, organisations and people as rows (built in the parse worker) and their
writing (inside the issue's transaction, one statement per table), and the printed text
around a document's body that search indexes beside it."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import Connection

from gongbao.model import Document, Issue
from gongbao.store import schema as s
from gongbao.store.copy import can_copy, copy_numbered, copy_rows

if TYPE_CHECKING:
    from gongbao.store.rows import IssueRows


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


@dataclass(slots=True)
class FactRows:
    """An issue's facts as rows (``fact_rows``), for ``write_fact_rows``."""

    organisations: list[dict[str, Any]]
    aliases: list[dict[str, Any]]
    people: list[dict[str, Any]]
    appointments: list[tuple[dict[str, Any], list[str]]]
    measures: list[tuple[dict[str, Any], list[dict[str, Any]]]]
    tables: dict[str, list[dict[str, Any]]]


def fact_rows(issue: Issue, issue_id: str, gid: str, d: dict[str, Any]) -> FactRows:
    """The rows of an issue's facts, organisations and people (``d``: ``issue.to_dict()``).
    Appointments and measures come with their organisation links, whose own ids the writer
    fills in once the database has given them."""
    organisations: list[dict[str, Any]] = []
    aliases: dict[tuple[str, str], dict[str, Any]] = {}
    org_ids: dict[str, str] = {}
    for org in d["organisations"]:
        oid = org["id"]  # the registry's ids start with the gazette's key already
        org_ids[org["id"]] = oid
        organisations.append(
            {"id": oid, "gazette_id": gid, "name": org["name"], "kind": org["kind"]}
        )
        for alias in (org["name"], *org["aliases"]):
            aliases.setdefault((oid, alias), {"organisation_id": oid, "alias": alias})
    by_name = {a: org_ids[o["id"]] for o in d["organisations"] for a in [o["name"], *o["aliases"]]}

    places = {doc.id: place_of_document(doc) for doc in issue.documents}
    people: dict[str, dict[str, Any]] = {}
    appointments: list[tuple[dict[str, Any], list[str]]] = []
    for a in d["appointments"]:
        pid = person_id(gid, a["person"], places.get(a["document"]))
        people.setdefault(pid, {"id": pid, "gazette_id": gid, "name": a["person"]})
        row = {
            "issue_id": issue_id,
            "document_id": a["document"],
            "person_id": pid,
            "person": a["person"],
            "action": a["action"],
            "data": _json(a),
        }
        orgs = {by_name[r["organization"]] for r in a["roles"] if r["organization"] in by_name}
        appointments.append((row, sorted(orgs)))

    measures: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    for m in d["measures"]:
        m = {**m, "organisations": [org_ids.get(o, o) for o in m["organisations"]]}
        row = {
            "issue_id": issue_id,
            "document_id": m["document"],
            "no": m["no"],
            "title": m["title"],
            "data": _json(m),
        }
        links, seen = [], set()
        for name, oid in zip(m["responsible"], m["organisations"], strict=True):
            if oid in seen:
                continue
            seen.add(oid)
            links.append(
                {
                    "organisation_id": oid,
                    # a unit supports only where the measure names who leads
                    "role": (
                        "lead" if name in m["lead"] else "support" if m["lead"] else "responsible"
                    ),
                }
            )
        measures.append((row, links))

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
        "benefits": lambda x: {"no": x["no"], "title": x["title"]},
    }
    tables: dict[str, list[dict[str, Any]]] = {}
    for key, cols in simple.items():
        tables[s.FACT_TABLES[key].name] = [
            {"issue_id": issue_id, "document_id": x["document"], **cols(x), "data": _json(x)}
            for x in d[key]
        ]
    tables[s.budget_lines.name] = [
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
    tables[s.identities.name] = [
        {"issue_id": issue_id, "document_id": x["document"], "holds": x["holds"], "data": _json(x)}
        for x in d["budget"]["identities"]
    ]
    tables[s.footnotes.name] = [
        {
            "issue_id": issue_id,
            "document_id": x["document"],
            "marker": x["marker"],
            "data": _json(x),
        }
        for x in d["footnotes"]
    ]
    tables[s.problems.name] = [
        {"issue_id": issue_id, "document_id": x["document"], "kind": x["kind"], "data": _json(x)}
        for x in d["problems"]
    ]
    return FactRows(
        organisations, list(aliases.values()), list(people.values()), appointments, measures, tables
    )


def insert_rows(
    conn: Connection, table: Any, rows: list[dict[str, Any]], if_new: bool = False
) -> None:
    """Insert rows in one statement (``if_new``: those whose key is not there yet). On SQLite,
    when no column of the table converts what it is given (text and numbers: every table an
    issue writes but the change log), the rows go to the driver as they are: SQLAlchemy's
    processing of each row's parameters took a tenth of the writing process's time. On
    PostgreSQL, rows to add (not ``if_new``) go in one COPY (``gongbao.store.copy``)."""
    if not rows:
        return
    if conn.dialect.name == "sqlite" and _plain(table, conn.dialect):
        keys = list(rows[0])
        sql = f"INSERT INTO {table.name} ({', '.join(keys)}) VALUES ({', '.join('?' * len(keys))})"
        if if_new:
            sql += " ON CONFLICT DO NOTHING"
        if len(keys) == 1:
            conn.exec_driver_sql(sql, [(r[keys[0]],) for r in rows])
        else:
            conn.exec_driver_sql(sql, list(map(itemgetter(*keys), rows)))
    elif not if_new and can_copy(conn):
        copy_rows(conn, table, rows)  # one COPY, where psycopg sent an INSERT a row
    elif not if_new:
        conn.execute(insert(table), rows)
    elif conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        conn.execute(pg_insert(table).on_conflict_do_nothing(), rows)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        conn.execute(sqlite_insert(table).on_conflict_do_nothing(), rows)


_PLAIN: dict[tuple[str, str], bool] = {}


def _plain(table: Any, dialect: Any) -> bool:
    """Whether SQLAlchemy passes every column's values to the driver unchanged."""
    key = (table.name, dialect.name)
    if key not in _PLAIN:
        _PLAIN[key] = all(c.type.bind_processor(dialect) is None for c in table.columns)
    return _PLAIN[key]


def insert_all_new(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """``insert_new`` for many rows, in one statement."""
    insert_rows(conn, table, rows, if_new=True)


def _insert_returning_ids(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows in one statement; their new ids, in the order of ``rows``. The database
    numbers the rows of one INSERT in the order they are listed (ascending ids); SQLite may
    return them in another order, so they are sorted (asking SQLAlchemy to keep the order on
    SQLite makes it send one INSERT per row)."""
    if not rows:
        return []
    if can_copy(conn):
        return copy_numbered(conn, table, rows)
    if conn.dialect.name == "postgresql":
        returning = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return [int(i) for i in conn.execute(returning, rows).scalars()]
    ids = sorted(int(i) for i in conn.execute(insert(table).returning(table.c.id), rows).scalars())
    if len(ids) != len(rows):  # never seen: a wrong link is worse than a failed issue
        raise RuntimeError(f"{table.name}: {len(rows)} rows inserted, {len(ids)} ids returned")
    return ids


def merged_facts(batch: list[IssueRows]) -> FactRows:
    """The facts of several issues as one issue's, each table's rows in the issues' order:
    written in one statement a table, they take the ids a statement per issue would give."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for rows in batch:
        for name, table_rows in rows.facts.tables.items():
            tables.setdefault(name, []).extend(table_rows)
    return FactRows(
        [r for rows in batch for r in rows.facts.organisations],
        [r for rows in batch for r in rows.facts.aliases],
        [r for rows in batch for r in rows.facts.people],
        [r for rows in batch for r in rows.facts.appointments],
        [r for rows in batch for r in rows.facts.measures],
        tables,
    )


def write_fact_rows(conn: Connection, f: FactRows, ledger_keys: list[dict[str, Any]]) -> None:
    """Write an issue's organisations, people and facts and its indicator-ledger keys (one
    issue's, or several issues' ``merged_facts``) inside the transaction: one statement per
    table, where one per row took most of the time of storing an issue."""
    insert_all_new(conn, s.organisations, f.organisations)
    insert_all_new(conn, s.aliases, f.aliases)
    insert_all_new(conn, s.people, f.people)
    ids = _insert_returning_ids(conn, s.appointments, [row for row, _ in f.appointments])
    held = [
        {"appointment_id": aid, "organisation_id": oid}
        for aid, (_, orgs) in zip(ids, f.appointments, strict=True)
        for oid in orgs
    ]
    insert_rows(conn, s.appointment_orgs, held)
    ids = _insert_returning_ids(conn, s.measures, [row for row, _ in f.measures])
    links = [
        {"measure_id": mid, **link}
        for mid, (_, its) in zip(ids, f.measures, strict=True)
        for link in its
    ]
    insert_rows(conn, s.measure_orgs, links)
    for name, table_rows in f.tables.items():
        insert_rows(conn, s.metadata.tables[name], table_rows)
    insert_all_new(conn, s.ledger_keys, ledger_keys)


# -- what is printed around the body: head, signature, footnotes ------------------------------


def printed_rows(
    doc: dict[str, Any], notes: list[dict[str, Any]], first_id: int
) -> list[dict[str, Any]]:
    """Blocks-table rows for what a document prints outside its body, so that search finds
    it (issue 14: a work report's speaker was found nowhere): the head (``head``), the
    signature (``signature``) and each footnote (``note-<k>``, the k-th of the document's
    notes in ``notes``, which may hold other documents' too). ``doc`` is the document as
    stored (``Document.to_dict``); ids count on from ``first_id``, after the body's, so the
    body's ids and paths stay as they were."""
    out: list[dict[str, Any]] = []

    def add(path: str, kind: str, body: str, line: int | None, end: int | None = None) -> None:
        out.append(
            {
                "id": first_id + len(out),
                "document_id": doc["id"],
                "path": path,
                "type": kind,
                "num": None,
                "text": body,
                "line": line,
                "end_line": end,
            }
        )

    head = head_text(doc)
    if head:
        add("head", "head", head, (doc.get("source") or {}).get("line"))
    signature = "\n".join(x for x in doc.get("signature") or [] if x.strip())
    if signature:
        add("signature", "signature", signature, None)  # its lines are not kept
    mine = [n for n in notes if n.get("document") == doc["id"]]
    for k, note in enumerate(mine, 1):
        src = note.get("source") or {}
        marker = note.get("text_marker") or note.get("marker") or ""
        body = f"{marker} {note.get('text') or ''}".strip()
        if body:
            add(f"note-{k}", "footnote", body, src.get("line"), src.get("end_line"))
    return out


def head_text(doc: dict[str, Any]) -> str:
    """A document's head as its page shows it, one line each: the title, the date, the 文号,
    the issuers neither the title nor the signature names already, the addressees (主送) and
    the speaker with their post ('静安区区长 翟磊')."""
    title = str(doc.get("title") or "")
    signed = "\n".join(doc.get("signature") or [])
    lines = [title, _printed_date(doc.get("date")), doc.get("doc_number")]
    lines += [i for i in doc.get("issuers") or [] if i and i not in title and i not in signed]
    lines += ["、".join(a for a in doc.get("addressees") or [] if a), doc.get("speaker")]
    return "\n".join(x.strip() for x in lines if x and x.strip())


_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _printed_date(iso: str | None) -> str | None:
    """'2026-01-19' as heads print it: 2026年1月19日."""
    m = _ISO.fullmatch(iso or "")
    if not m:
        return None
    year, month, day = m.groups()
    return year + "年" + (f"{int(month)}月" if month else "") + (f"{int(day)}日" if day else "")


#: the fields of a stored document's JSON that ``printed_rows`` reads beyond its columns
_JSON_FIELDS = {
    "sqlite": (
        "json_extract(data, '$.addressees'), json_extract(data, '$.speaker'), "
        "json_extract(data, '$.signature'), json_extract(data, '$.source.line')"
    ),
    "postgresql": (
        "(data::json)->>'addressees', (data::json)->>'speaker', (data::json)->>'signature', "
        "(data::json)#>>'{source,line}'"
    ),
}


def backfill_printed(conn: Connection, dialect: str) -> list[tuple[int, str]]:
    """Add ``printed_rows`` for every stored document (a store written before they were);
    returns the (block id, text) pairs the full-text index must take. Only the few fields
    needed are read out of each document's JSON, by the database."""
    from gongbao.store import schema as s

    notes: list[dict[str, Any]] = [
        json.loads(d)
        for (d,) in conn.execute(select(s.footnotes.c.data).order_by(s.footnotes.c.id))
    ]
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for n in notes:
        by_doc.setdefault(str(n.get("document")), []).append(n)
    last = {
        d: int(m)
        for d, m in conn.execute(
            select(s.blocks.c.document_id, func.max(s.blocks.c.id)).group_by(s.blocks.c.document_id)
        )
    }
    from gongbao.store.db import BLOCK_BITS

    rows: list[dict[str, Any]] = []
    query = (
        "SELECT id, num, title, doc_number, date, issuers, "
        f"{_JSON_FIELDS[dialect]} FROM documents ORDER BY num"
    )
    for doc_id, num, title, number, date, issuers, to, speaker, signature, line in conn.execute(
        text(query)
    ):
        doc = {
            "id": doc_id,
            "title": title,
            "doc_number": number,
            "date": date,
            "issuers": json.loads(issuers or "[]"),
            "addressees": json.loads(to or "[]"),
            "speaker": speaker,
            "signature": json.loads(signature or "[]"),
            "source": {"line": int(line) if line is not None else None},
        }
        first = last[doc_id] + 1 if doc_id in last else int(num) << BLOCK_BITS
        rows.extend(printed_rows(doc, by_doc.get(doc_id, []), first))
    for start in range(0, len(rows), 2000):
        conn.execute(insert(s.blocks), rows[start : start + 2000])
    return [(r["id"], r["text"]) for r in rows]
