"""Every fact of a document marked in place in the reader, at its source span.

A fact's ``source.span`` is a character span of its block's text; a fact without one is not
marked. Where the block is a table the span is its caption (the extractors know the row, the
store does not), so the fact is marked at the cell whose whole text is the fact's own name
(person, indicator, project, budget label, term), spaces aside — only where exactly one cell
of the table is. Within a fact's span, a part of the fact (a commitment's quantity, a
measure's responsible unit) is marked where its own exact text, at least ``MIN_SEARCH``
characters, is found exactly once in the whole block and that once is inside the span; a
person is narrowed to their name where it is found once in the appointment's own span.
Anything else is not marked: a position is never guessed. (``gongbao.web.marking`` renders
the marks.)"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from gongbao.store import read
from gongbao.store import schema as s
from gongbao.web.marking import MIN_SEARCH, Mark, Marks, once

ALL = 100_000
_SPACE = re.compile(r"\s+")


def _bare(text: str) -> str:
    return _SPACE.sub("", text)


class _Collect:
    """Gathers the marks of one document from its stored facts."""

    def __init__(self, conn: Connection, doc_id: str, body: list[dict[str, Any]]) -> None:
        self.conn, self.doc_id, self.marks = conn, doc_id, Marks()
        self.blocks: dict[str, dict[str, Any]] = {}

        def walk(blocks: list[dict[str, Any]]) -> None:
            for b in blocks:
                self.blocks[b["path"]] = b
                walk(b.get("children") or [])

        walk(body)

    def facts(self, kind: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = read.facts(self.conn, kind, ALL, 0, document=self.doc_id)[
            "items"
        ]
        return items

    def add(
        self,
        fact: dict[str, Any],
        kind: str,
        href: str | None,
        title: str,
        cell: str | None = None,
        within: str | None = None,
        parts: Sequence[tuple[str, str, str | None, str]] = (),
    ) -> None:
        """Mark ``fact`` at its span — narrowed to ``within`` where that is found once in
        it — or, in a table, at the one cell equal to ``cell``; ``parts`` (text, kind, href,
        title) are marked within it where found once in the block."""
        src = fact.get("source") or {}
        block = self.blocks.get(src.get("block") or "")
        span = src.get("span")
        if block is None or not span:
            return
        if block.get("type") == "table":
            self._cell(block, cell, kind, href, title)
            return
        text = block.get("text") or ""
        start, end = int(span[0]), int(span[1])
        if not 0 <= start < end <= len(text):
            return
        if within is not None and (at := once(text, within, start, end)) is not None:
            start, end = at, at + len(within)  # a person is their name within the sentence
        marks = self.marks.text.setdefault(block["path"], [])
        marks.append(Mark(start, end, [kind], href, title))
        for part, part_kind, part_href, part_title in parts:
            at = once(text, part, start, end)
            if at is not None and once(text, part) == at:
                marks.append(Mark(at, at + len(part), [part_kind], part_href, part_title))

    def _cell(
        self, table: dict[str, Any], name: str | None, kind: str, href: str | None, title: str
    ) -> None:
        if not name or len(_bare(name)) < MIN_SEARCH:
            return
        found = [
            (r, c, cell)
            for r, row in enumerate(table.get("rows") or [])
            for c, cell in enumerate(row)
            if _bare(cell) == _bare(name)
        ]
        if len(found) == 1:
            r, c, cell = found[0]
            key = (table["path"], r, c)
            self.marks.cells.setdefault(key, []).append(Mark(0, len(cell), [kind], href, title))


def collect(conn: Connection, doc: dict[str, Any]) -> Marks:
    """Every fact of ``doc`` (as ``read.document`` gives it) as marks on its blocks."""
    doc_id = doc["id"]
    c = _Collect(conn, doc_id, doc["body"])
    people = conn.execute(
        select(s.appointments.c.person_id)
        .where(s.appointments.c.document_id == doc_id)
        .order_by(s.appointments.c.id)
    ).scalars()
    for person, a in zip(people, c.facts("appointments"), strict=False):
        verb = "任命" if a.get("action") == "appoint" else "免去"
        href = f"/people/{quote(person)}" if person else None
        title = f"{verb}：{a['person']} {'、'.join(a.get('positions') or [])}".strip()
        c.add(a, "person", href, title, cell=a["person"], within=a["person"])
    keys = _ledger_keys(conn, doc_id)
    for ind in c.facts("indicators"):
        key = keys.get(_source_key(ind.get("source") or {}))
        href = f"/ledger/{quote(key)}" if key else "/indicators"
        c.add(ind, "indicator", href, _indicator_title(ind), cell=ind.get("name"))
    for cm in c.facts("commitments"):
        parts = [
            (q["text"], "qty", "/commitments", f"数量：{q['text']}")
            for q in cm.get("quantities") or []
            if q.get("text")
        ]
        c.add(cm, "commitment", "/commitments", f"实事：{cm['text']}", cell=cm["text"], parts=parts)
    for p in c.facts("projects"):
        category = f"（{p['category']}）" if p.get("category") else ""
        c.add(p, "project", "/projects", f"项目：{p['name']}{category}", cell=p["name"])
    for m in c.facts("measures"):
        units = [
            (name, "org", f"/organisations/{quote(org)}", f"责任单位：{name}")
            for name, org in zip(
                m.get("responsible") or [], m.get("organisations") or [], strict=False
            )
        ]
        c.add(m, "measure", "/measures", f"措施：{m.get('title') or m['text']}", parts=units)
    for ln in c.facts("budget_lines"):
        title = f"预算：{ln['label']} {_amount(ln)}"
        c.add(ln, "amount", "/budget", title, cell=ln["label"])
    for number, t in _numbered(conn, doc_id, c.facts("terms")):
        c.add(t, "term", f"/terms#t-{number}", f"名词：{t['term']}", cell=t["term"])
    held = titles(conn, [r.get("target") for r in doc.get("links") or []])
    refs = c.facts("references")
    links = doc.get("links") or []
    for i, ref in enumerate(refs):
        target = ref.get("target")
        if i < len(links) and links[i].get("title") == ref.get("title"):
            target = links[i].get("target")  # also found by its 文号
        if target == doc_id or (not target and ref.get("title") == doc.get("title")):
            c.add(ref, "ref", None, "引用：本文件")
        elif target in held:
            c.add(ref, "ref", f"/documents/{quote(target)}", held[target])
        else:
            c.add(ref, "ref", None, f"引用：《{ref.get('title') or ''}》（未收录）")
    for rule in c.facts("rules"):
        conditions = "，".join(x.get("text") or "" for x in rule.get("condition") or [])
        title = f"规则：{rule.get('subject') or ''} {conditions} {_amount(rule)}".strip()
        c.add(rule, "rule", "/rules", title)
    return c.marks


def _amount(fact: dict[str, Any]) -> str:
    amount = fact.get("amount")
    if amount is None:
        return ""
    value = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,}"
    return f"{value}{fact.get('unit') or ''}"


def _indicator_title(ind: dict[str, Any]) -> str:
    title = f"指标：{ind.get('name') or ''}"
    if ind.get("target"):
        title += f" 目标 {ind['target']['text']}"
    if ind.get("actual"):
        title += f" 实际 {ind['actual']['text']}"
    return title


def _source_key(src: dict[str, Any]) -> tuple[Any, Any, Any]:
    span = src.get("span")
    return (src.get("block"), src.get("line"), tuple(span) if span else None)


def _ledger_keys(conn: Connection, doc_id: str) -> dict[tuple[Any, Any, Any], str]:
    """An indicator's ledger key, by its source (the ledger stores the indicator's)."""
    rows = conn.execute(
        select(s.ledger_entries.c.key, s.ledger_entries.c.source).where(
            s.ledger_entries.c.document_id == doc_id
        )
    ).all()
    return {_source_key(json.loads(src)): key for key, src in rows}


def _numbered(
    conn: Connection, doc_id: str, terms: list[dict[str, Any]]
) -> list[tuple[int, dict[str, Any]]]:
    """Each term with its number on /terms (its place among all terms, as that page counts)."""
    ids = [
        r[0]
        for r in conn.execute(
            select(s.terms.c.id).where(s.terms.c.document_id == doc_id).order_by(s.terms.c.id)
        )
    ]
    if not ids:
        return []
    before = conn.execute(select(func.count()).where(s.terms.c.id < ids[0])).scalar() or 0
    # the page counts in id order; a document's terms are written together, so consecutive
    between = conn.execute(
        select(func.count()).where(s.terms.c.id >= ids[0], s.terms.c.id <= ids[-1])
    ).scalar()
    if between != len(ids):
        return []  # not consecutive: no number is sure, so no anchor is given
    return [(before + i + 1, t) for i, t in enumerate(terms)]


def titles(conn: Connection, ids: list[Any]) -> dict[str, str]:
    """The stored documents among ``ids``, with their titles (a link's title attribute)."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    rows = conn.execute(
        select(s.documents.c.id, s.documents.c.title).where(s.documents.c.id.in_(wanted))
    )
    return {i: t or i for i, t in rows}


def issue_name(conn: Connection, issue_id: str | None) -> str | None:
    """An issue as a reader names it: 上海市静安区人民政府公报 2026年第1期."""
    if not issue_id:
        return None
    row = conn.execute(
        select(s.gazettes.c.name, s.issues.c.year, s.issues.c.number)
        .join(s.gazettes, s.gazettes.c.id == s.issues.c.gazette_id)
        .where(s.issues.c.id == issue_id)
    ).first()
    if row is None:
        return None
    if row.number is None:
        return "单独发布的文件"  # an issue of one document published alone
    return f"{row.name} {row.year or ''}年第{row.number}期"


def outline(body: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The document's headings as a tree (headings under lists and paragraphs lifted to
    the nearest heading above), each with its block path and a short label."""

    def walk(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for b in blocks:
            below = walk(b.get("children") or [])
            if b.get("type") == "heading":
                text = b.get("text") or ""
                label = text if len(text) <= 24 else text[:23] + "…"
                num = b.get("num") or ""
                out.append(
                    {"path": b["path"], "label": f"{num} {label}".strip(), "children": below}
                )
            else:
                out.extend(below)
        return out

    return walk(body)
