"""Atom feeds (feedgen) of what changed: the change log by event kind, a search, an
organisation's documents, a person's appointments and a 文号 series. Titles are in Chinese;
each entry links to the page of its document and has a stable id (``urn:gongbao:…``)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, Response
from sqlalchemy import select

from gongbao.errors import InputError
from gongbao.store import schema as s
from gongbao.store.changes import KINDS, latest
from gongbao.web.api import Conn

ATOM = "application/atom+xml; charset=utf-8"
#: characters XML cannot hold
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class AtomResponse(Response):
    media_type = "application/atom+xml"


#: what a feed route answers, for the OpenAPI description
_ANSWERS: dict[int | str, dict[str, Any]] = {
    404: {"description": "没有这个对象", "content": {"application/json": {}}},
    422: {"description": "参数无效", "content": {"application/json": {}}},
}
_KIND_NAMES = {
    "document": "新文件",
    "appointment": "任免",
    "missed_target": "未达目标",
    "expiring": "有效期",
}


def _feed(request: Request, feed_id: str, title: str, entries: list[dict[str, Any]]) -> Response:
    from feedgen.feed import FeedGenerator

    base = str(request.base_url).rstrip("/")
    fg = FeedGenerator()
    fg.id(f"urn:gongbao:{feed_id}")
    fg.title(_CONTROL.sub("", title))
    fg.language("zh-CN")
    fg.link(href=str(request.url), rel="self")
    fg.link(href=base + "/", rel="alternate")
    fg.author({"name": "gongbao"})
    newest = max((e["updated"] for e in entries), default=datetime.now(UTC))
    fg.updated(newest)
    for e in reversed(entries):  # feedgen puts the last added first
        fe = fg.add_entry()
        fe.id(e["id"])
        fe.title(_CONTROL.sub("", e["title"]))
        fe.updated(e["updated"])
        fe.link(href=base + e["href"])
        if e.get("summary"):
            fe.summary(_CONTROL.sub("", e["summary"]))
    return AtomResponse(fg.atom_str(pretty=True), media_type=ATOM)


def _when(text: str | None) -> datetime:
    """An event's or a document's time as an aware datetime (a date is taken at midnight UTC)."""
    if text:
        try:
            when = datetime.fromisoformat(text)
            return when if when.tzinfo else when.replace(tzinfo=UTC)
        except ValueError:
            pass
    return datetime(1970, 1, 1, tzinfo=UTC)


def _event_entry(e: dict[str, Any]) -> dict[str, Any]:
    kind = e["kind"]
    if kind == "document":
        title = f"新文件：{e.get('title') or e['document']}"
        summary = "　".join(x for x in (e.get("doc_number"), e.get("date")) if x)
    elif kind == "appointment":
        verb = "任命" if e.get("action") == "appoint" else "免去"
        title = f"{verb}：{e.get('person')} {'、'.join(e.get('positions') or [])}"
        summary = e.get("title") or ""
    elif kind == "missed_target":
        title = f"未达目标：{e.get('name')}（{e.get('period') or ''}）"
        summary = f"目标 {e.get('target') or '—'}，实际 {e.get('actual') or '—'}"
    else:
        title = f"有效期至{e.get('valid_until')}：{e.get('title')}"
        summary = ""
    return {
        "id": f"urn:gongbao:change:{e['id']}",
        "title": title,
        "updated": _when(e["at"]),
        "href": f"/documents/{e['document']}" if e.get("document") else "/",
        "summary": summary,
    }


def _document_entry(doc_id: str, title: str, number: str | None, day: str | None) -> dict[str, Any]:
    return {
        "id": f"urn:gongbao:document:{doc_id}",
        "title": title,
        "updated": _when(day),
        "href": f"/documents/{doc_id}",
        "summary": "　".join(x for x in (number, day) if x),
    }


def build_feeds() -> APIRouter:
    feeds = APIRouter(
        prefix="/feeds", tags=["feeds"], default_response_class=AtomResponse, responses=_ANSWERS
    )

    @feeds.get("/events.atom", summary="Atom: the newest events, of one kind if asked")
    def events(
        request: Request,
        c: Conn,
        kind: Annotated[str | None, Query(pattern="^(" + "|".join(KINDS) + ")$")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
    ) -> Response:
        name = _KIND_NAMES.get(kind or "", "全部事件")
        items = latest(c, limit, kind=kind)
        return _feed(
            request, f"events:{kind or 'all'}", f"gongbao：{name}", [_event_entry(e) for e in items]
        )

    @feeds.get("/search.atom", summary="Atom: the documents a search finds")
    def search_feed(
        request: Request,
        q: Annotated[str, Query(min_length=1, max_length=200)],
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
    ) -> Response:
        from gongbao.store.search import search

        if _CONTROL.search(q):
            raise HTTPException(status_code=422, detail="q: 查询含有控制字符，请删去")
        seen: dict[str, dict[str, Any]] = {}
        with request.app.state.store.reading() as c:  # one connection, one snapshot
            try:
                found = search(request.app.state.store, q, None, limit, 0, conn=c)
            except InputError as exc:
                raise HTTPException(status_code=422, detail=str(exc)) from None
            for hit in found.results:
                if hit.document in seen:
                    continue
                row = c.execute(
                    select(s.documents.c.doc_number, s.documents.c.date).where(
                        s.documents.c.id == hit.document
                    )
                ).first()
                number, day = (row.doc_number, row.date) if row else (None, None)
                entry = _document_entry(hit.document, hit.title, number, day)
                entry["summary"] = hit.snippet
                seen[hit.document] = entry
        return _feed(request, f"search:{q}", f"gongbao 检索：{q}", list(seen.values()))

    @feeds.get(
        "/match.atom",
        summary="Atom: the measures in force that apply to a profile, newest documents first",
    )
    def match_feed(
        request: Request,
        c: Conn,
        place: Annotated[str | None, Query(max_length=40)] = None,
        industry: Annotated[str | None, Query(max_length=40)] = None,
        kind: Annotated[str | None, Query(max_length=40)] = None,
        size: Annotated[str | None, Query(max_length=40)] = None,
        certifications: Annotated[str | None, Query(max_length=200)] = None,
        as_of: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
    ) -> Response:
        from gongbao.matching import Profile
        from gongbao.store.match import match_stored

        asked = {"place": place, "industry": industry, "kind": kind, "size": size}
        try:
            profile = Profile.from_query(**asked, certifications=certifications, as_of=as_of)
        except InputError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None
        items = match_stored(c, profile, 10_000)["items"]
        dated = {i["document"]: _when(i["source"].get("date")) for i in items}
        rows = c.execute(
            select(s.documents.c.id, s.documents.c.date).where(s.documents.c.id.in_(dated))
        ).all()
        days = {r.id: _when(r.date) for r in rows}
        items.sort(key=lambda i: days.get(i["document"], dated[i["document"]]), reverse=True)
        entries = [
            {
                "id": f"urn:gongbao:measure:{i['measure']}",
                "title": f"{i['title']}（{i['document_title'] or i['document']}）",
                "updated": days.get(i["document"], dated[i["document"]]),
                "href": f"/documents/{i['document']}#b-{i['source']['block']}",
                "summary": "责任部门：" + "、".join(i["responsible"]),
            }
            for i in items[:limit]
        ]
        named = "，".join(v for v in (*asked.values(), certifications) if v) or "全部"
        return _feed(request, f"match:{named}", f"gongbao 适用政策：{named}", entries)

    @feeds.get("/organisations/{org_id:path}.atom", summary="Atom: an organisation's documents")
    def organisation_feed(request: Request, org_id: str, c: Conn) -> Response:
        row = c.execute(select(s.organisations).where(s.organisations.c.id == org_id)).first()
        if row is None:
            raise HTTPException(status_code=404, detail=f"没有这个机构：{org_id}")
        names = [
            a
            for (a,) in c.execute(
                select(s.aliases.c.alias).where(s.aliases.c.organisation_id == org_id)
            )
        ]
        docs = c.execute(
            select(
                s.documents.c.id, s.documents.c.title, s.documents.c.doc_number, s.documents.c.date
            )
            .join(s.issuers, s.issuers.c.document_id == s.documents.c.id)
            .where(s.issuers.c.issuer.in_([row.name, *names]))
            .distinct()
            .order_by(s.documents.c.date.desc())
            .limit(100)
        ).all()
        entries = [_document_entry(d.id, d.title, d.doc_number, d.date) for d in docs]
        return _feed(request, f"organisation:{org_id}", f"gongbao：{row.name}发布的文件", entries)

    @feeds.get("/people/{person_id:path}.atom", summary="Atom: a person's appointments")
    def person_feed(request: Request, person_id: str, c: Conn) -> Response:
        row = c.execute(select(s.people).where(s.people.c.id == person_id)).first()
        if row is None:
            raise HTTPException(status_code=404, detail=f"没有这个人：{person_id}")
        items = latest(c, 100, kind="appointment", subject=person_id)
        return _feed(
            request,
            f"person:{person_id}",
            f"gongbao：{row.name}的任免",
            [_event_entry(e) for e in items],
        )

    @feeds.get("/series/{code}.atom", summary="Atom: the documents of a 文号 series")
    def series_feed(request: Request, code: str, c: Conn) -> Response:
        docs = c.execute(
            select(
                s.documents.c.id,
                s.documents.c.title,
                s.documents.c.doc_number,
                s.documents.c.date,
            )
            .join(s.doc_numbers, s.doc_numbers.c.document_id == s.documents.c.id)
            .where(s.doc_numbers.c.code == code, s.doc_numbers.c.role == "held")
            .order_by(s.doc_numbers.c.year.desc(), s.doc_numbers.c.number.desc())
            .limit(100)
        ).all()
        if not docs:
            raise HTTPException(status_code=404, detail=f"没有这个文号系列：{code}")
        entries = [_document_entry(d.id, d.title, d.doc_number, d.date) for d in docs]
        return _feed(request, f"series:{code}", f"gongbao：{code}系列文件", entries)

    return feeds
