"""Whether a stored document is in force on a date, and the typed links between documents.

A document is 已失效 from the day another document that repeals it takes effect (a citation
whose relation is 废止: '《X》（国办发〔2016〕82号）停止执行', '原…《X》同时废止') or after its
valid_until; 尚未施行 before it takes effect (valid_from, else its date); 即将失效 when its
valid_until falls within the next days (90 unless asked otherwise); 现行有效 otherwise. A
repeal names its target by 文号 (matched by series: code, year, number, whatever the
brackets) or by title (matched exactly); a target named by neither is left unresolved, never
guessed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from gongbao.series import parse_series
from gongbao.store import schema as s
from gongbao.store.read import equal_or_null

STATUSES = ("现行有效", "即将失效", "已失效", "尚未施行")
SOON_DAYS = 90


@dataclass(frozen=True, slots=True)
class Repeal:
    by: str  # the repealing document
    on: str | None  # the day it takes effect


def status(
    start: str | None,
    until: str | None,
    repeal: Repeal | None,
    as_of: str,
    soon_days: int = SOON_DAYS,
) -> str:
    if repeal is not None and (repeal.on is None or repeal.on <= as_of):
        return "已失效"
    if until and until < as_of:
        return "已失效"
    if start and start > as_of:
        return "尚未施行"
    soon = (date.fromisoformat(as_of) + timedelta(days=soon_days)).isoformat()
    if until and until <= soon:
        return "即将失效"
    return "现行有效"


def repeals(conn: Connection) -> dict[str, Repeal]:
    """Every stored document another stored document repeals → the earliest such repeal."""
    rows = conn.execute(
        select(
            s.references.c.document_id,
            s.references.c.title,
            s.references.c.doc_number,
            s.documents.c.valid_from,
            s.documents.c.date,
        )
        .join(s.documents, s.documents.c.id == s.references.c.document_id)
        .where(s.references.c.relation == "废止")
    ).all()
    if not rows:
        return {}
    by_number: dict[tuple[str, int | None, int], list[str]] = {}
    for doc, code, year, number in conn.execute(
        select(
            s.doc_numbers.c.document_id,
            s.doc_numbers.c.code,
            s.doc_numbers.c.year,
            s.doc_numbers.c.number,
        ).where(s.doc_numbers.c.role == "held")
    ):
        by_number.setdefault((code, year, number), []).append(doc)
    titles = [r.title for r in rows if r.title]
    by_title: dict[str, list[str]] = {}
    if titles:
        for doc, title in conn.execute(
            select(s.documents.c.id, s.documents.c.title).where(s.documents.c.title.in_(titles))
        ):
            by_title.setdefault(title, []).append(doc)
    out: dict[str, Repeal] = {}
    for citing, title, number, valid_from, dated in rows:
        parsed = parse_series(number)
        targets = (
            by_number.get((parsed.code, parsed.year, parsed.number), [])
            if parsed is not None
            else by_title.get(title or "", [])
        )
        on = valid_from or dated
        for target in targets:
            if target == citing:
                continue
            known = out.get(target)
            if known is None or (on or "") < (known.on or ""):
                out[target] = Repeal(citing, on)
    return out


def links(conn: Connection, doc_id: str) -> list[dict[str, Any]]:
    """What a document does to the documents it cites, each with the sentence that says so
    and the stored document it names where one is held."""
    rows = conn.execute(
        select(s.references.c.data, s.references.c.relation)
        .where(s.references.c.document_id == doc_id)
        .order_by(s.references.c.id)
    ).all()
    texts = {
        path: text
        for path, text in conn.execute(
            select(s.blocks.c.path, s.blocks.c.text).where(s.blocks.c.document_id == doc_id)
        )
    }
    out = []
    for data, relation in rows:
        ref = json.loads(data)
        src = ref.get("source") or {}
        target = ref.get("target") or _held(conn, ref.get("doc_number"))
        if target == doc_id:  # its own 文号, quoted in its text: no citation
            continue
        out.append(
            {
                "type": relation or ref.get("relation") or "引用",
                "title": ref.get("title"),
                "doc_number": ref.get("doc_number"),
                "target": target,
                "sentence": sentence(texts.get(src.get("block") or "", ""), src.get("span")),
            }
        )
    return out


def cited_by(conn: Connection, doc_id: str) -> list[dict[str, Any]]:
    """The stored documents that cite this one, each with what its citation does and the
    sentence that says so. A citation names it by the target resolved at ingest — always a
    document of the citing document's own issue, so the issue's index finds it, where
    ``doc_references.target`` has none — or by one of the 文号 it holds (the series index)."""
    held = {
        (code, year, number)
        for code, year, number in conn.execute(
            select(s.doc_numbers.c.code, s.doc_numbers.c.year, s.doc_numbers.c.number).where(
                s.doc_numbers.c.document_id == doc_id, s.doc_numbers.c.role == "held"
            )
        )
    }
    sources: set[str] = set()
    for code, year, number in held:
        sources.update(
            conn.execute(
                select(s.doc_numbers.c.document_id).where(
                    s.doc_numbers.c.role == "cited",
                    s.doc_numbers.c.code == code,
                    equal_or_null(s.doc_numbers.c.year, year),
                    s.doc_numbers.c.number == number,
                )
            ).scalars()
        )
    issue = conn.execute(select(s.documents.c.issue_id).where(s.documents.c.id == doc_id)).scalar()
    if issue is not None:
        sources.update(
            conn.execute(
                select(s.references.c.document_id).where(
                    s.references.c.issue_id == issue, s.references.c.target == doc_id
                )
            ).scalars()
        )
    sources.discard(doc_id)
    if not sources:
        return []
    docs = {
        r.id: r
        for r in conn.execute(
            select(s.documents.c.id, s.documents.c.title, s.documents.c.date).where(
                s.documents.c.id.in_(sorted(sources))
            )
        )
    }
    out: list[dict[str, Any]] = []
    for source in sorted(docs, key=lambda d: (docs[d].date or "", d)):
        for link in links(conn, source):
            if link["target"] != doc_id and _series_key(link["doc_number"]) not in held:
                continue
            edge = {
                "type": link["type"],
                "source": source,
                "title": docs[source].title,
                "date": docs[source].date,
                "sentence": link["sentence"],
            }
            if edge not in out:  # one clause naming it twice is one edge
                out.append(edge)
    return out


def graph(conn: Connection, doc_id: str) -> dict[str, Any] | None:
    """A document with what it cites and what cites it: the citation graph page's one read."""
    row = conn.execute(
        select(
            s.documents.c.id, s.documents.c.title, s.documents.c.doc_number, s.documents.c.date
        ).where(s.documents.c.id == doc_id)
    ).first()
    if row is None:
        return None
    return {
        "id": row.id,
        "title": row.title,
        "doc_number": row.doc_number,
        "date": row.date,
        "links": links(conn, doc_id),
        "cited_by": cited_by(conn, doc_id),
    }


def _series_key(number: str | None) -> tuple[str, int | None, int] | None:
    parsed = parse_series(number)
    return None if parsed is None else (parsed.code, parsed.year, parsed.number)


def _held(conn: Connection, number: str | None) -> str | None:
    parsed = parse_series(number)
    if parsed is None:
        return None
    found = conn.execute(
        select(s.doc_numbers.c.document_id)
        .where(
            s.doc_numbers.c.role == "held",
            s.doc_numbers.c.code == parsed.code,
            equal_or_null(s.doc_numbers.c.year, parsed.year),
            s.doc_numbers.c.number == parsed.number,
        )
        .limit(1)
    ).scalar()
    return str(found) if found is not None else None


def sentence(text: str, span: list[int] | tuple[int, int] | None) -> str:
    """The sentence of ``text`` around ``span`` (to the full stops either side)."""
    if not text:
        return ""
    if not span:
        return text
    start, end = span[0], span[1]
    before = max(text.rfind(ch, 0, start) for ch in "。！？；\n") + 1
    after = min((i for ch in "。！？\n" if (i := text.find(ch, end)) >= 0), default=len(text) - 1)
    return text[before : after + 1].strip()
