"""Chinese full-text search over the stored blocks.

The index holds overlapping bigrams (``tokens``): SQLite's FTS5 ranks with BM25; PostgreSQL
keeps a ``tsvector`` of the same tokens under a GIN index and ranks with ``ts_rank_cd`` (its
built-in cover-density ranking; PostgreSQL has no BM25 without extensions). A term of letters
and digits is a phrase of its bigrams, answered by the index alone; a term with punctuation or
spaces is narrowed by the index and confirmed against the block's text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text as sql

from gongbao.store.query import Query, Term, parse_query
from gongbao.store.tokens import fold, run_tokens

SNIPPET = 60  # characters of context on each side of the first hit


@dataclass(slots=True)
class Filters:
    gazette: str | None = None
    issue: str | None = None
    kind: str | None = None
    issuer: str | None = None
    date_from: str | None = None
    date_to: str | None = None


@dataclass(slots=True)
class Hit:
    document: str
    issue: str
    block: str
    title: str
    snippet: str
    score: float
    line: int | None


@dataclass(slots=True)
class Results:
    total: int
    results: list[Hit] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "results": [
                {
                    "document": h.document,
                    "issue": h.issue,
                    "block": h.block,
                    "title": h.title,
                    "snippet": h.snippet,
                    "score": h.score,
                    "line": h.line,
                }
                for h in self.results
            ],
            "total": self.total,
            "facets": self.facets,
        }


def _fts_term(term: Term) -> str:
    parts = []
    for run in term.runs:
        tokens = run_tokens(run)
        parts.append('"' + " ".join(tokens) + '"')
    return "(" + " AND ".join(parts) + ")"


def fts5_expression(q: Query) -> str:
    groups = []
    for g in q.groups:
        pos = [_fts_term(t) for t in g if not t.negated]
        neg = [_fts_term(t) for t in g if t.negated]
        expr = " AND ".join(pos)
        for n in neg:
            expr = f"({expr}) NOT {n}"
        groups.append(f"({expr})")
    return " OR ".join(groups)


def _ts_term(term: Term) -> str:
    parts = []
    for run in term.runs:
        tokens = [t.replace("'", "''") for t in run_tokens(run)]
        parts.append("(" + " <-> ".join(f"'{t}'" for t in tokens) + ")")
    return "(" + " & ".join(parts) + ")"


def tsquery_expression(q: Query) -> str:
    groups = []
    for g in q.groups:
        items = [_ts_term(t) for t in g if not t.negated]
        items += ["!" + _ts_term(t) for t in g if t.negated]
        groups.append("(" + " & ".join(items) + ")")
    return " | ".join(groups)


def _matches(q: Query, body: str) -> bool:
    folded = fold(body)
    return any(all((fold(t.text) in folded) != t.negated for t in g) for g in q.groups)


def _exact_by_index(q: Query) -> bool:
    return all(t.exact_by_index for g in q.groups for t in g)


def _where(filters: Filters, params: dict[str, Any]) -> str:
    clauses = []
    if filters.gazette:
        clauses.append("i.gazette_id = :gazette")
        params["gazette"] = filters.gazette
    if filters.issue:
        clauses.append("d.issue_id = :issue")
        params["issue"] = filters.issue
    if filters.kind:
        clauses.append("d.kind = :kind")
        params["kind"] = filters.kind
    if filters.issuer:
        clauses.append(
            "EXISTS (SELECT 1 FROM document_issuers di WHERE di.document_id = d.id "
            "AND di.issuer LIKE :issuer)"
        )
        params["issuer"] = f"%{filters.issuer}%"
    if filters.date_from:
        clauses.append("COALESCE(d.date, i.published) >= :date_from")
        params["date_from"] = filters.date_from
    if filters.date_to:
        clauses.append("COALESCE(d.date, i.published) <= :date_to")
        params["date_to"] = filters.date_to
    return "".join(f" AND {c}" for c in clauses)


def search(
    store: Any, text: str, filters: Filters | None = None, limit: int = 20, offset: int = 0
) -> Results:
    """Every block holding the query, ranked; raises InputError for a query it cannot take."""
    q = parse_query(text)
    filters = filters or Filters()
    params: dict[str, Any] = {}
    where = _where(filters, params)
    if store.dialect == "sqlite":
        params["q"] = fts5_expression(q)
        match = (
            "SELECT rowid AS block_id, -bm25(block_index) AS score FROM block_index "
            "WHERE block_index MATCH :q"
        )
    else:
        params["q"] = tsquery_expression(q)
        match = (
            "SELECT block_id, ts_rank_cd(tokens, to_tsquery('simple', :q)) AS score "
            "FROM block_index WHERE tokens @@ to_tsquery('simple', :q)"
        )
    base = (
        f"FROM ({match}) m JOIN blocks b ON b.id = m.block_id "
        f"JOIN documents d ON d.id = b.document_id JOIN issues i ON i.id = d.issue_id "
        f"WHERE 1=1{where}"
    )
    columns = (
        "b.id, b.document_id, d.issue_id, b.path, d.title, b.text, m.score, b.line, "
        "i.gazette_id, d.kind, COALESCE(SUBSTR(d.date, 1, 4), CAST(i.year AS TEXT))"
    )
    order = "ORDER BY m.score DESC, b.id"
    with store.engine.connect() as conn:
        if _exact_by_index(q):
            # the index answers exactly: count and facet in SQL, fetch only the page
            params.update(limit=limit, offset=offset)
            rows = conn.execute(
                sql(f"SELECT {columns} {base} {order} LIMIT :limit OFFSET :offset"), params
            ).all()
            total, facets = _sql_facets(conn, base, params)
        else:
            # narrowed by the index, confirmed against the text
            rows = [
                r
                for r in conn.execute(sql(f"SELECT {columns} {base} {order}"), params)
                if _matches(q, r[5])
            ]
            total, facets = len(rows), _facets(rows)
            facets["issuer"] = _issuer_facet(conn, [r[1] for r in rows])
            rows = rows[offset : offset + limit]
    hits = [
        Hit(r[1], r[2], r[3], r[4], snippet(r[5], q), round(float(r[6]), 4), r[7]) for r in rows
    ]
    return Results(total, hits, facets)


def _sql_facets(conn: Any, base: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    year = "COALESCE(SUBSTR(d.date, 1, 4), CAST(i.year AS TEXT))"
    rows = conn.execute(
        sql(
            f"SELECT i.gazette_id, d.issue_id, d.kind, {year}, COUNT(*) {base} "
            f"GROUP BY i.gazette_id, d.issue_id, d.kind, {year}"
        ),
        params,
    ).all()
    out: dict[str, dict[str, int]] = {"gazette": {}, "issue": {}, "kind": {}, "year": {}}
    total = 0
    for gazette, issue, kind, yr, n in rows:
        total += n
        for key, value in (("gazette", gazette), ("issue", issue), ("kind", kind), ("year", yr)):
            if value is not None:
                out[key][str(value)] = out[key].get(str(value), 0) + n
    joined = base.replace(
        "WHERE 1=1", "JOIN document_issuers di ON di.document_id = d.id WHERE 1=1"
    )
    issuers = conn.execute(
        sql(f"SELECT di.issuer, COUNT(*) {joined} GROUP BY di.issuer"), params
    ).all()
    out["issuer"] = {k: v for k, v in issuers}
    return total, {
        k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in out.items()
    }


def _facets(rows: list[Any]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {"gazette": {}, "issue": {}, "kind": {}, "year": {}}
    for r in rows:
        for key, value in (("gazette", r[8]), ("issue", r[2]), ("kind", r[9]), ("year", r[10])):
            if value is not None:
                out[key][str(value)] = out[key].get(str(value), 0) + 1
    return {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in out.items()}


def _issuer_facet(conn: Any, doc_ids: list[str]) -> dict[str, int]:
    if not doc_ids:
        return {}
    per_doc: dict[str, int] = {}
    for d in doc_ids:
        per_doc[d] = per_doc.get(d, 0) + 1
    out: dict[str, int] = {}
    keys = list(per_doc)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ", ".join(f":d{k}" for k in range(len(chunk)))
        rows = conn.execute(
            sql(f"SELECT document_id, issuer FROM document_issuers WHERE document_id IN ({marks})"),
            {f"d{k}": v for k, v in enumerate(chunk)},
        ).all()
        for doc_id, issuer in rows:
            out[issuer] = out.get(issuer, 0) + per_doc[doc_id]
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def snippet(body: str, q: Query) -> str:
    """The text around the first hit, HTML-escaped, every occurrence of a term in <mark>."""
    folded = fold(body)
    terms = sorted({fold(t.text) for t in q.positive}, key=len, reverse=True)
    if len(folded) != len(body):  # NFKC changed lengths: search the text as printed
        folded, terms = (
            body.lower(),
            sorted({t.text.lower() for t in q.positive}, key=len, reverse=True),
        )
    first = min((p for p in (folded.find(t) for t in terms) if p >= 0), default=0)
    start = max(0, first - SNIPPET)
    end = min(len(body), first + SNIPPET * 2)
    window, fwindow = body[start:end], folded[start:end]
    spans: list[tuple[int, int]] = []
    for t in terms:
        for m in re.finditer(re.escape(t), fwindow):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append(m.span())
    out, pos = [], 0
    for a, b in sorted(spans):
        out.append(html.escape(window[pos:a]))
        out.append(f"<mark>{html.escape(window[a:b])}</mark>")
        pos = b
    out.append(html.escape(window[pos:]))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(body) else ""
    return prefix + "".join(out).replace("\n", " ") + suffix
