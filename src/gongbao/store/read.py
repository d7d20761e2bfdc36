"""Reading the store for the API and the pages: lists with totals, records by id, and the
cross-links (what an organisation issued, carries and staffs; a person's record)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.engine import Connection

from gongbao.store import schema as s

Page = dict[str, Any]


def equal_or_null(column: Any, value: Any) -> Any:
    """``column = value``, or ``column IS NULL`` for None — written out, not as IS NOT
    DISTINCT FROM, which PostgreSQL cannot answer from an index."""
    return column.is_(None) if value is None else column == value


def _page(conn: Connection, query: Select[Any], limit: int, offset: int, row: Any = None) -> Page:
    total = conn.execute(select(func.count()).select_from(query.subquery())).scalar() or 0
    rows = conn.execute(query.limit(limit).offset(offset)).all()
    items = [row(r) if row else json.loads(r.data) for r in rows]
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def issues(conn: Connection, limit: int, offset: int, gazette: str | None = None) -> Page:
    q = select(
        s.issues.c.id,
        s.issues.c.gazette_id,
        s.gazettes.c.name,
        s.issues.c.year,
        s.issues.c.number,
        s.issues.c.total_number,
        s.issues.c.published,
        s.issues.c.period_start,
        s.issues.c.period_end,
    ).join(s.gazettes, s.gazettes.c.id == s.issues.c.gazette_id)
    if gazette:
        q = q.where(s.issues.c.gazette_id == gazette)
    q = q.order_by(s.issues.c.gazette_id, s.issues.c.year.desc(), s.issues.c.number.desc())
    return _page(
        conn,
        q,
        limit,
        offset,
        lambda r: {
            "id": r.id,
            "gazette": r.gazette_id,
            "gazette_name": r.name,
            "year": r.year,
            "number": r.number,
            "total_number": r.total_number,
            "published": r.published,
            "period_start": r.period_start,
            "period_end": r.period_end,
        },
    )


def issue(conn: Connection, issue_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(s.issues).where(s.issues.c.id == issue_id)).first()
    if row is None:
        return None
    data = json.loads(row.data)
    docs = conn.execute(
        select(
            s.documents.c.id,
            s.documents.c.title,
            s.documents.c.kind,
            s.documents.c.doc_number,
            s.documents.c.date,
            s.documents.c.section,
            s.documents.c.issuers,
        )
        .where(s.documents.c.issue_id == issue_id)
        .order_by(s.documents.c.ordinal)
    ).all()
    meta = {**data["issue"], "gazette_name": data["issue"]["gazette"], "gazette": row.gazette_id}
    return {
        "id": issue_id,
        **meta,
        "toc": data["toc"],
        "problems": data["problems"],
        "moves": data.get("moves", []),
        "documents": [
            {
                "id": d.id,
                "title": d.title,
                "kind": d.kind,
                "doc_number": d.doc_number,
                "date": d.date,
                "section": d.section,
                "issuers": json.loads(d.issuers),
            }
            for d in docs
        ],
    }


def document(conn: Connection, doc_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(s.documents).where(s.documents.c.id == doc_id)).first()
    if row is None:
        return None
    data = json.loads(row.data)
    cites = [
        json.loads(r.data)
        for r in conn.execute(
            select(s.references.c.data).where(s.references.c.document_id == doc_id)
        )
    ]
    cited_by = [
        r[0]
        for r in conn.execute(
            select(s.references.c.document_id).where(s.references.c.target == doc_id).distinct()
        )
    ]
    notes = [
        json.loads(r.data)
        for r in conn.execute(
            select(s.footnotes.c.data)
            .where(s.footnotes.c.document_id == doc_id)
            .order_by(s.footnotes.c.id)
        )
    ]
    from datetime import date

    from gongbao.store.validity import links, repeals, status

    repeal = repeals(conn).get(doc_id)
    return {
        **data,
        "issue": row.issue_id,
        "cites": cites,
        "cited_by": cited_by,
        "footnotes": notes,
        "status": status(
            row.valid_from or row.date, row.valid_until, repeal, date.today().isoformat()
        ),
        "repealed_by": repeal.by if repeal else None,
        "repealed_from": repeal.on if repeal else None,
        "links": links(conn, doc_id),
    }


def documents(
    conn: Connection,
    limit: int,
    offset: int,
    as_of: str,
    status_is: str | None = None,
    soon_days: int = 90,
    kind: str | None = None,
    issue: str | None = None,
) -> Page:
    """Documents with their status on ``as_of`` (``gongbao.store.validity``), newest first.
    The status is a condition on the validity columns (and the few documents repealed by
    then), so a page is one indexed query whatever the store holds."""
    from datetime import date, timedelta

    from sqlalchemy import and_, not_, or_

    from gongbao.store.validity import repeals, status

    d = s.documents.c
    gone = repeals(conn)
    repealed = [k for k, r in gone.items() if r.on is None or r.on <= as_of]
    soon = (date.fromisoformat(as_of) + timedelta(days=soon_days)).isoformat()
    until = func.coalesce(d.valid_until, "9999-12-31")
    start = func.coalesce(d.valid_from, d.date, "0000-01-01")
    expired = or_(until < as_of, d.id.in_(repealed)) if repealed else until < as_of
    future = and_(not_(expired), start > as_of)
    ending = and_(not_(expired), not_(start > as_of), until <= soon)
    where = {
        "已失效": expired,
        "尚未施行": future,
        "即将失效": ending,
        "现行有效": and_(not_(expired), not_(start > as_of), until > soon),
    }
    q = select(d.id, d.title, d.kind, d.doc_number, d.date, d.valid_from, d.valid_until, d.issue_id)
    if kind:
        q = q.where(d.kind == kind)
    if issue:
        q = q.where(d.issue_id == issue)
    if status_is:
        q = q.where(where[status_is])
    total = conn.execute(select(func.count()).select_from(q.subquery())).scalar() or 0
    items = []
    for r in conn.execute(q.order_by(d.date.desc(), d.id).limit(limit).offset(offset)):
        repeal = gone.get(r.id)
        st = status(r.valid_from or r.date, r.valid_until, repeal, as_of, soon_days)
        items.append(
            {
                "id": r.id,
                "title": r.title,
                "kind": r.kind,
                "doc_number": r.doc_number,
                "date": r.date,
                "valid_from": r.valid_from,
                "valid_until": r.valid_until,
                "issue": r.issue_id,
                "status": st,
                "repealed_by": repeal.by if repeal and st == "已失效" else None,
            }
        )
    return {"items": items, "total": total, "limit": limit, "offset": offset, "as_of": as_of}


def facts(conn: Connection, kind: str, limit: int, offset: int, **filters: Any) -> Page:
    table = s.FACT_TABLES[kind]
    q = select(table.c.data).order_by(table.c.id)
    for key, value in filters.items():
        if value is None:
            continue
        if key == "issue":
            q = q.where(table.c.issue_id == value)
        elif key == "document":
            q = q.where(table.c.document_id == value)
        elif key == "organisation" and kind == "measures":
            q = q.where(
                table.c.id.in_(
                    select(s.measure_orgs.c.measure_id).where(
                        s.measure_orgs.c.organisation_id == value
                    )
                )
            )
        elif key == "organisation" and kind == "appointments":
            q = q.where(
                table.c.id.in_(
                    select(s.appointment_orgs.c.appointment_id).where(
                        s.appointment_orgs.c.organisation_id == value
                    )
                )
            )
        elif key in table.c:
            q = q.where(table.c[key] == value)
    return _page(conn, q, limit, offset)


def organisations(conn: Connection, limit: int, offset: int, q: str | None = None) -> Page:
    measures = (
        select(func.count())
        .where(s.measure_orgs.c.organisation_id == s.organisations.c.id)
        .scalar_subquery()
    )
    query = select(s.organisations, measures.label("measures")).order_by(
        measures.desc(), s.organisations.c.id
    )
    if q:
        query = query.where(
            s.organisations.c.id.in_(
                select(s.aliases.c.organisation_id).where(s.aliases.c.alias.contains(q))
            )
        )
    return _page(
        conn,
        query,
        limit,
        offset,
        lambda r: {
            "id": r.id,
            "name": r.name,
            "kind": r.kind,
            "gazette": r.gazette_id,
            "measures": r.measures,
        },
    )


def organisation(conn: Connection, org_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(s.organisations).where(s.organisations.c.id == org_id)).first()
    if row is None:
        return None
    names = [
        r[0]
        for r in conn.execute(
            select(s.aliases.c.alias).where(s.aliases.c.organisation_id == org_id)
        )
    ]
    issued = conn.execute(
        select(s.documents.c.id, s.documents.c.title, s.documents.c.date)
        .where(
            s.documents.c.id.in_(
                select(s.issuers.c.document_id).where(s.issuers.c.issuer.in_(names))
            )
        )
        .order_by(s.documents.c.id)
    ).all()
    measures = conn.execute(
        select(s.measures.c.data, s.measure_orgs.c.role)
        .join(s.measure_orgs, s.measure_orgs.c.measure_id == s.measures.c.id)
        .where(s.measure_orgs.c.organisation_id == org_id)
        .order_by(s.measures.c.id)
    ).all()
    staff = conn.execute(
        select(s.appointments.c.data)
        .join(s.appointment_orgs, s.appointment_orgs.c.appointment_id == s.appointments.c.id)
        .where(s.appointment_orgs.c.organisation_id == org_id)
        .order_by(s.appointments.c.id)
    ).all()
    return {
        "id": row.id,
        "name": row.name,
        "kind": row.kind,
        "gazette": row.gazette_id,
        "aliases": sorted(n for n in names if n != row.name),
        "issued": [{"id": d.id, "title": d.title, "date": d.date} for d in issued],
        "measures": [{**json.loads(m.data), "role": m.role} for m in measures],
        "appointments": [json.loads(a.data) for a in staff],
    }


def people(conn: Connection, limit: int, offset: int, q: str | None = None) -> Page:
    n = select(func.count()).where(s.appointments.c.person_id == s.people.c.id).scalar_subquery()
    query = select(s.people, n.label("records")).order_by(s.people.c.id)
    if q:
        query = query.where(s.people.c.name.contains(q))
    return _page(
        conn,
        query,
        limit,
        offset,
        lambda r: {"id": r.id, "name": r.name, "gazette": r.gazette_id, "records": r.records},
    )


def person(conn: Connection, person_id: str) -> dict[str, Any] | None:
    """A person's records, moves and memberships, gathered from every id merged with it
    (``gongbao.store.judgements``): ``merged_with`` lists those ids, ``judgements`` the
    reviewers' merges and splits that concern them."""
    from gongbao.store.judgements import judgements, same_person

    row = conn.execute(select(s.people).where(s.people.c.id == person_id)).first()
    if row is None:
        return None
    ids = same_person(conn, person_id)
    records = [
        json.loads(r[0])
        for r in conn.execute(
            select(s.appointments.c.data)
            .where(s.appointments.c.person_id.in_(ids))
            .order_by(s.appointments.c.id)
        )
    ]
    removed = [p for r in records if r["action"] == "remove" for p in r["positions"]]
    appointed = [p for r in records if r["action"] == "appoint" for p in r["positions"]]
    moves = [{"removed": removed, "appointed": appointed}] if removed and appointed else []
    return {
        "id": row.id,
        "name": row.name,
        "gazette": row.gazette_id,
        "records": records,
        "moves": moves,
        "memberships": memberships(records),
        "merged_with": ids[1:],
        "judgements": judgements(conn, person_id),
    }


def _plans(by: dict[tuple[str, str, str], dict[str, Any]]) -> list[dict[str, Any]]:
    """Each five-year target of an indicator with the straight line to it from the year
    before the plan (where an outcome of that year is stored) and its progress in every
    year of the plan that has an outcome (``gongbao.ledger.progress``)."""
    from gongbao.ledger import expected, plan_years, progress

    out = []
    for (period, form, kind), target in sorted(by.items()):
        years = plan_years(period)
        if kind != "target" or years is None or not form.startswith("level:"):
            continue  # a growth rate's 'line' would mean nothing: levels only
        if any(w in target["text"] for w in ("累计", "年均", "保持")):
            continue  # a sum over the years, a yearly average, a floor held: no line to draw
        start, end = years
        base = by.get((str(start - 1), form, "actual"))
        base_value = base["low"] if base else None
        line = (
            [
                {
                    "year": str(y),
                    "expected": round(expected(base_value, target["low"], years, y), 4),
                }
                for y in range(start, end + 1)
            ]
            if base_value is not None and target["low"] is not None
            else []
        )
        steps = []
        for y in range(start, end + 1):
            actual = by.get((str(y), form, "actual"))
            if actual is None or actual["low"] is None:
                continue
            found = progress(base_value, target, actual["low"], years, y)
            if found is None:
                continue
            docs = [target["document"], *([base["document"]] if base else []), actual["document"]]
            steps.append(
                {
                    "year": str(y),
                    "actual": actual["text"],
                    **found,
                    "sources": list(dict.fromkeys(docs)),
                }
            )
        out.append(
            {
                "period": period,
                "form": form,
                "target": target["text"],
                "document": target["document"],
                "base": (
                    {
                        "year": str(start - 1),
                        "value": base_value,
                        "text": base["text"],
                        "document": base["document"],
                    }
                    if base
                    else None
                ),
                "line": line,
                "progress": steps,
            }
        )
    return out


def memberships(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A person's posts in the Popolo shape, from the decisions that made and ended them:
    an appointment opens a membership on its document's date, a removal from the same post
    closes it (or stands alone, its start unknown). Dates are the documents' own; a document
    that gives none (a period's list of 任免) leaves the date null, never a guess — ``ended``
    then tells a post left on an unknown day from one still held."""
    from gongbao.script import to_simplified

    folded: dict[str | None, str | None] = {None: None}

    def simple(text: str | None) -> str | None:  # a career names few posts, many times
        if text not in folded:
            folded[text] = to_simplified(text) if text else None
        return folded[text]

    out: list[dict[str, Any]] = []
    open_: dict[tuple[Any, Any], list[dict[str, Any]]] = {}  # (organisation, post) → open ones
    ordered = sorted(
        enumerate(records), key=lambda kr: (kr[1].get("date") or "9999", kr[1]["action"], kr[0])
    )
    for _k, r in ordered:
        roles = r.get("roles") or [
            {"organization": None, "title": p} for p in r.get("positions", [])
        ]
        for role in roles:
            org, post = role.get("organization"), role.get("title")
            # one post in either script ('外交部部長' closes '外交部部长')
            key = (simple(org), simple(post))
            if r["action"] == "appoint":
                m = {
                    "organization": org,
                    "post": post,
                    "role": "、".join(r.get("qualifiers") or []) or None,
                    "start_date": r.get("date"),
                    "end_date": None,
                    "ended": False,
                    "sources": [r["document"]],
                }
                out.append(m)
                open_.setdefault(key, []).append(m)
                continue
            held = open_.get(key)
            if held:
                m = held.pop()  # the latest still open
                m["end_date"] = r.get("date")
                m["ended"] = True  # a removal closed it, on a day known or not
                m["sources"].append(r["document"])
            else:
                out.append(
                    {
                        "organization": org,
                        "post": post,
                        "role": "、".join(r.get("qualifiers") or []) or None,
                        "start_date": None,
                        "end_date": r.get("date"),
                        "ended": True,
                        "sources": [r["document"]],
                    }
                )
    return out


def budget(conn: Connection, limit: int, offset: int, **filters: Any) -> dict[str, Any]:
    """A page of budget lines, and (up to 1,000 of) the identities checked on them under the
    same issue, document and budget filters, each with its budget and year
    (``gongbao.store.budget_identities``; the API pages them at /api/budget/identities)."""
    from gongbao.store.budget_identities import identities

    lines = facts(conn, "budget_lines", limit, offset, **filters)
    same = {k: filters.get(k) for k in ("issue", "document", "budget")}
    return {**lines, "identities": identities(conn, 1000, 0, **same)["items"]}


def series(
    conn: Connection,
    limit: int,
    offset: int,
    code: str | None = None,
    year: int | None = None,
) -> Page:
    """文号 series per issuer code and year: count, highest, the numbers never seen, and the
    numbers cited that the store does not hold (``gongbao.series``)."""
    from gongbao.series import Series

    keys = select(s.doc_numbers.c.code, s.doc_numbers.c.year).distinct()
    if code:
        keys = keys.where(s.doc_numbers.c.code == code)
    if year is not None:
        keys = keys.where(s.doc_numbers.c.year == year)
    total = conn.execute(select(func.count()).select_from(keys.subquery())).scalar() or 0
    wanted = conn.execute(
        keys.order_by(s.doc_numbers.c.code, s.doc_numbers.c.year.desc()).limit(limit).offset(offset)
    ).all()
    items = []
    for c, y in wanted:
        one = Series(c, y)
        cond = equal_or_null(s.doc_numbers.c.year, y)
        rows = conn.execute(
            select(
                s.doc_numbers.c.number,
                s.doc_numbers.c.printed,
                s.doc_numbers.c.role,
                s.doc_numbers.c.document_id,
            )
            .where(s.doc_numbers.c.code == c, cond)
            .order_by(s.doc_numbers.c.number, s.doc_numbers.c.id)
        ).all()
        for number, printed, role, document in rows:
            into = one.held if role == "held" else one.cited
            docs = into.setdefault(number, [])
            if document not in docs:
                docs.append(document)
            if role == "held" or number not in one.printed:
                one.printed[number] = printed
        items.append(one.to_dict())
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def ledger(
    conn: Connection,
    q: str,
    limit: int = 20,
    place: str | None = None,
    entries_limit: int = 200,
    key: str | None = None,
) -> Page:
    """Indicators whose name holds ``q``, each with its targets and outcomes across documents
    and years (the latest ``entries_limit`` of them; ``entries_total`` counts all), the status
    of each year that has both — the latest target against the latest outcome of the same
    form, with the documents that set the target — and similar names left apart."""
    from rapidfuzz import fuzz

    from gongbao.ledger import normalise, status

    e = s.ledger_entries.c
    k = s.ledger_keys.c
    needle = normalise(q) or q
    keys_q = (
        select(k.key, k.place, k.norm)
        .where(k.norm.contains(needle), k.key.in_(select(e.key).where(e.key == k.key)))
        .order_by(k.key)
    )
    if place:
        keys_q = keys_q.where(k.place == place)
    if key is not None:  # one indicator, by its id
        keys_q = select(k.key, k.place, k.norm).where(k.key == key)
    total = conn.execute(select(func.count()).select_from(keys_q.subquery())).scalar() or 0

    def entry(r: Any) -> dict[str, Any]:
        return {
            "period": r.period,
            "kind": r.kind,
            "form": r.form,
            "name": r.name,
            "text": r.text,
            "low": r.low,
            "high": r.high,
            "unit": r.unit,
            "document": r.document_id,
            "date": r.date,
            "source": json.loads(r.source),
        }

    items = []
    for ident, where, norm in conn.execute(keys_q.limit(limit)).all():
        count = conn.execute(select(func.count()).where(e.key == ident)).scalar() or 0
        recent = conn.execute(
            select(s.ledger_entries)
            .where(e.key == ident)
            .order_by(e.period.desc(), e.date.desc(), e.id.desc())
            .limit(entries_limit)
        ).all()
        entries = sorted(
            (entry(r) for r in recent),
            key=lambda x: (x["period"] or "", x["kind"] != "target", x["date"] or ""),
        )
        # the latest target and outcome of each year and form, by the documents' dates: one
        # index probe per group (ix_ledger_timeline)
        groups = conn.execute(
            select(e.period, e.form, e.kind).where(e.key == ident).distinct()
        ).all()
        latest = []
        setters: dict[tuple[str, str], list[str]] = {}
        for period, form, kind in groups:
            same = (
                e.key == ident,
                equal_or_null(e.period, period),
                e.form == form,
                e.kind == kind,
            )
            row = conn.execute(
                select(s.ledger_entries).where(*same).order_by(e.date.desc(), e.id.desc()).limit(1)
            ).first()
            if row is not None:
                latest.append(row)
            if kind == "target":
                setters[(period or "", form)] = [
                    d
                    for (d,) in conn.execute(
                        select(e.document_id)
                        .where(*same)
                        .group_by(e.document_id)
                        .order_by(func.min(e.date), e.document_id)
                        .limit(20)
                    )
                ]
        by = {(r.period or "", r.form, r.kind): entry(r) for r in latest}
        statuses = []
        for period, form in sorted({(p, f) for p, f, _k in by}):
            t, a = by.get((period, form, "target")), by.get((period, form, "actual"))
            if not (period and t and a):
                continue
            statuses.append(
                {
                    "period": period,
                    "form": form,
                    "target": t["text"],
                    "actual": a["text"],
                    "status": status(t, a),
                    # the documents that set the year's target, then the outcome's
                    "sources": list(
                        dict.fromkeys([*setters.get((period, form), []), a["document"]])
                    ),
                }
            )
        plans = _plans(by)
        others = conn.execute(select(k.key, k.norm).where(k.place == where, k.key != ident)).all()
        candidates = sorted(
            (
                {"id": k, "name": n, "confidence": round(fuzz.ratio(norm, n) / 100, 2)}
                for k, n in others
                if fuzz.ratio(norm, n) >= 75
            ),
            key=lambda c: -float(str(c["confidence"])),
        )
        units = [x["unit"] for x in entries if x["unit"]]
        items.append(
            {
                "id": ident,
                "place": where,
                "name": norm,
                "unit": max(set(units), key=units.count) if units else None,
                "entries": entries,
                "entries_total": count,
                "status": statuses[-1]["status"] if statuses else None,
                "statuses": statuses,
                "plans": plans,
                "candidates": candidates,
            }
        )
    return {"items": items, "total": total}


def pledges(conn: Connection, year: int, place: str | None = None) -> dict[str, Any]:
    """A year's practical projects (为民办实事) of each place, each with the report rows of the
    same place and year that say how it was done (``gongbao.pledges.link``), and the rows
    no single project holds."""
    from gongbao.ledger import place_of
    from gongbao.pledges import Row, link, year_of

    c, d = s.commitments.c, s.documents.c
    rows = conn.execute(
        select(c.data, d.title, d.date, d.issuers)
        .join(s.documents, s.documents.c.id == c.document_id)
        .where(
            or_(
                d.title.contains(str(year)),
                d.date.startswith(str(year)),
                c.data.contains(f"{year}年"),
            )
        )
        .order_by(c.id)
    ).all()
    pledged: dict[str, list[Row]] = {}
    reported: dict[str, list[Row]] = {}
    for data, title, date, issuers in rows:
        x = json.loads(data)
        list_title = x.get("list_title")
        if year_of(list_title, title, date) != year:
            continue
        where = place_of([], list_title or "") or place_of(json.loads(issuers or "[]"), title or "")
        if where is None or (place and where != place):
            continue
        row = Row(
            x["text"],
            x.get("progress"),
            x.get("share"),
            x["document"],
            x.get("source") or {},
            x.get("no"),
            x.get("category"),
        )
        (reported if row.reports else pledged).setdefault(where, []).append(row)
    items = []
    for where in sorted(set(pledged) | set(reported)):
        linked, apart = link(pledged.get(where, []), reported.get(where, []))
        items.append(
            {
                "place": where,
                "year": year,
                "pledges": linked,
                "unlinked": [
                    {
                        "text": r.text,
                        "progress": r.progress,
                        "share": r.share,
                        "document": r.document,
                        "source": r.source,
                    }
                    for r in apart
                ],
            }
        )
    return {"items": items}
