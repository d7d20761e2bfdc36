"""Chinese full-text search over the stored blocks.

The index holds overlapping bigrams (``tokens``): SQLite's FTS5 ranks with BM25; PostgreSQL
keeps a ``tsvector`` of the same tokens under a GIN index and ranks with ``ts_rank_cd`` (its
built-in cover-density ranking; PostgreSQL has no BM25 without extensions). A term of letters
and digits is a phrase of its bigrams, answered by the index alone; a term with punctuation or
spaces is narrowed by the index and confirmed against the block's text.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from gongbao.store.db import BLOCK_BITS
from gongbao.store.lite import sql  # SQLAlchemy's text() or, for a SQLite reader, the SQL
from gongbao.store.lru import Lru
from gongbao.store.query import Query, Term, parse_query
from gongbao.store.rankindex import survivable
from gongbao.store.snippets import query_terms, snippet, snippet_of
from gongbao.store.tokens import fold

__all__ = ["Filters", "Hit", "Results", "block_link", "search", "snippet"]


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
    #: the block's kind: paragraph, heading, table, contents, and what ``write.printed_rows``
    #: adds beside the body: head, signature, footnote
    type: str

    @property
    def link(self) -> str:
        return block_link(self.document, self.block, self.type)


def block_link(document: str, path: str, kind: str) -> str:
    """Where a hit is on the document page: a body block's anchor (``#b-<path>``), a
    footnote's in the notes (``#n-<k>``, the k-th note of the document); the head and the
    signature are the page's own head (its title and metadata), at the top."""
    if kind == "footnote" and path.startswith("note-"):
        return f"/documents/{document}#n-{path.removeprefix('note-')}"
    if kind in ("head", "signature"):
        return f"/documents/{document}"
    return f"/documents/{document}#b-{path}"


@dataclass(slots=True)
class Results:
    total: int
    results: list[Hit] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    limit: int = 20
    offset: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The answer as every list of the API gives it: items, total, limit, offset (and
        the facets)."""
        return {
            "items": [
                {
                    "document": h.document,
                    "issue": h.issue,
                    "block": h.block,
                    "type": h.type,
                    "link": h.link,
                    "title": h.title,
                    "snippet": h.snippet,
                    "score": h.score,
                    "line": h.line,
                }
                for h in self.results
            ],
            "total": self.total,
            "limit": self.limit,
            "offset": self.offset,
            "facets": self.facets,
        }


def _fts_term(term: Term) -> str:
    return '"' + " ".join(term.tokens) + '"'  # tokens are letters and digits only


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
    return "(" + " <-> ".join(f"'{t}'" for t in term.tokens) + ")"


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


def _doc_filter(where: str) -> str:
    """The document numbers the filters allow, as a subquery ('' without filters)."""
    if not where:
        return ""
    return f"SELECT d.num FROM documents d JOIN issues i ON i.id = d.issue_id WHERE 1=1{where}"


def search(
    store: Any,
    text: str,
    filters: Filters | None = None,
    limit: int = 20,
    offset: int = 0,
    conn: Any = None,
) -> Results:
    """Every block holding the query, ranked; raises InputError for a query it cannot take.

    A block's id carries its document's number in its high bits, so matches are counted per
    document straight from the index; facets come from that small set, and only the page's
    blocks are read. Every read is made on one connection (``conn``, else one of its own)
    and in one snapshot of the database (``Store.reading``): an issue replaced meanwhile is
    seen whole, before or after."""
    q = parse_query(text)
    filters = filters or Filters()
    params: dict[str, Any] = {}
    allowed = _doc_filter(_where(filters, params))
    if store.dialect == "sqlite":
        params["q"] = fts5_expression(q)
        hit, score = "rowid", "rank"  # FTS5 rank is bm25: lower is better
        match = "FROM block_index WHERE block_index MATCH :q"
    else:
        params["q"] = tsquery_expression(q)
        hit, score = "block_id", "-ts_rank_cd(tokens, to_tsquery('simple', :q))"
        match = "FROM block_index WHERE tokens @@ to_tsquery('simple', :q)"
    if allowed:
        match += f" AND ({hit} >> {BLOCK_BITS}) IN ({allowed})"
    with _reading(store, conn) as conn:
        generation = store.ready_generation(conn) if _exact_by_index(q) else None
        if generation is not None:
            try:
                return _ranked(store, conn, q, allowed, params, limit, offset, generation)
            except BaseException as exc:
                if not survivable(exc):
                    raise
                # a damaged index: the database answers, now and until it is rebuilt
                store.rank_failed(exc)
        if _exact_by_index(q):
            params.update(limit=limit, offset=offset)
            top = f"SELECT {hit}, {score} AS s {match} ORDER BY s, {hit}"
            counts = f"SELECT {hit} >> {BLOCK_BITS} AS num, COUNT(*) AS n {match} GROUP BY num"
            if not store.indexes_agree(conn)[1]:
                # rows were changed in SQL, behind the index: each match is confirmed in blocks
                held = f"SELECT m.id, m.s FROM (SELECT {hit} AS id, {score} AS s {match}) m "
                held += "JOIN blocks b ON b.id = m.id"
                top = f"SELECT id, s FROM ({held}) h ORDER BY s, id"
                counts = f"SELECT id >> {BLOCK_BITS} AS num, COUNT(*) AS n FROM ({held}) h "
                counts += "GROUP BY num"
            ranked = conn.execute(sql(f"{top} LIMIT :limit OFFSET :offset"), params).all()
            rows = _blocks(conn, [(r[0], r[1]) for r in ranked])
            facets, docs, total = _facets(conn, counts, params, {r[1] for r in rows})
        else:
            # narrowed by the index, confirmed against the text
            found = [
                r
                for r in conn.execute(
                    sql(
                        f"SELECT b.id, b.document_id, b.path, b.text, m.s, b.line, b.type FROM "
                        f"(SELECT {hit} AS id, {score} AS s {match}) m "
                        "JOIN blocks b ON b.id = m.id "
                        "ORDER BY m.s, b.id"
                    ),
                    params,
                )
                if _matches(q, r[3])
            ]
            rows = found[offset : offset + limit]
            per_num: dict[int, int] = {}
            for r in found:
                per_num[r[0] >> BLOCK_BITS] = per_num.get(r[0] >> BLOCK_BITS, 0) + 1
            values = ", ".join(f"({n}, {c})" for n, c in per_num.items()) or "(0, 0)"
            counts = f"SELECT * FROM (VALUES {values}) AS c(num, n)"
            if store.dialect == "sqlite":
                counts = f"SELECT column1 AS num, column2 AS n FROM (VALUES {values})"
            facets, docs, total = _facets(conn, counts, {}, {r[1] for r in rows})
    return Results(total, _hits(rows, docs, q), facets, limit, offset)


@contextmanager
def _reading(store: Any, conn: Any) -> Iterator[Any]:
    if conn is not None:
        yield conn
        return
    with store.reading() as own:
        yield own


def _ranked(
    store: Any,
    conn: Any,
    q: Query,
    allowed: str,
    params: dict[str, Any],
    limit: int,
    offset: int,
    generation: int,
) -> Results:
    """The top hits, the total and the facets from the ranking index (``rankindex``); only
    the page's blocks and documents are read from the database."""
    nums = _allowed_nums(store, conn, allowed, params, generation) if allowed else None
    ranked = store.rank.search(q, nums, limit, offset, generation)
    rows = _blocks(conn, [(bid, -score) for bid, score in ranked.hits])
    docs = {r[1]: (r[7], r[8]) for r in rows if r[7] is not None}
    # the index's facets are shared with the answers it keeps: each caller gets its own
    facets = {name: dict(values) for name, values in ranked.facets.items()}
    return Results(ranked.total, _hits(rows, docs, q), facets, limit, offset)


#: the document numbers a filter allows, by (ranking index, its folder, generation, filter):
#: they move only with the database, which moves the generation. Read for every search,
#: they were most of a filtered search's CPU when asked again (1,000 issues: 5–9 ms against
#: 1.5–3 ms unfiltered), and they grow with the store
_allowed: Lru[Hashable, list[int]] = Lru(64)


def forget() -> None:
    """Drop the filters' documents kept in memory (a benchmark's cold searches)."""
    _allowed.clear()


def _allowed_nums(
    store: Any, conn: Any, allowed: str, params: dict[str, Any], generation: int
) -> list[int]:
    """The numbers of the documents the filters allow, read once per generation. Keyed as
    the ranking index keys its answers (its folder and generation), so a store emptied and
    filled again under the same name never meets another's numbers."""
    folder = store.rank.pointer() if store.rank is not None else None
    scope = tuple(sorted((k, str(v)) for k, v in params.items() if k != "q"))
    key = (str(store.rank.directory) if store.rank else store.url, folder, generation, scope)
    found = _allowed.get(key)
    if found is None:
        found = [int(r[0]) for r in conn.execute(sql(allowed), params)]
        _allowed.put(key, found)
    return found


def _hits(rows: list[tuple[Any, ...]], docs: dict[str, tuple[str, str]], q: Query) -> list[Hit]:
    """Hits from (id, document, path, text, score, line, type) rows and each document's
    (issue, title); scores are stored lower-is-better and shown higher-is-better. A block
    whose document is not found (gone since the block was read) is left out, never an error."""
    terms = query_terms(q)
    return [
        Hit(
            r[1],
            docs[r[1]][0],
            r[2],
            docs[r[1]][1],
            snippet_of(r[3], terms),
            round(-float(r[4]), 4),
            r[5],
            r[6],
        )
        for r in rows
        if r[1] in docs
    ]


def _blocks(conn: Any, ranked: list[tuple[int, float]]) -> list[tuple[Any, ...]]:
    """(id, document, path, text, score, line, type, issue, title) of the ranked block ids,
    in rank order: the blocks and their documents in one read (issue and title are None for
    a block whose document is gone)."""
    if not ranked:
        return []
    marks = ", ".join(str(int(bid)) for bid, _ in ranked)  # integers from the index
    out = {
        row[0]: row
        for row in conn.execute(
            sql(
                "SELECT b.id, b.document_id, b.path, b.text, b.line, b.type, d.issue_id, "
                "d.title FROM blocks b LEFT JOIN documents d ON d.id = b.document_id "
                f"WHERE b.id IN ({marks})"
            )
        )
    }
    return [(bid, *out[bid][1:4], score, *out[bid][4:8]) for bid, score in ranked if bid in out]


def _facets(
    conn: Any, counts: str, params: dict[str, Any], page_docs: set[str]
) -> tuple[dict[str, dict[str, int]], dict[str, tuple[str, str]], int]:
    """Facets, the page's documents (issue, title) and the total, in one pass over the
    matching documents: ``counts`` yields (document number, matching blocks)."""
    out: dict[str, dict[str, int]] = {k: {} for k in ("gazette", "issue", "kind", "year", "issuer")}
    docs: dict[str, tuple[str, str]] = {}
    seen: set[str] = set()
    total = 0
    rows = conn.execute(
        sql(
            f"SELECT c.n, d.id, d.issue_id, i.gazette_id, d.kind, "
            f"COALESCE(SUBSTR(d.date, 1, 4), CAST(i.year AS TEXT)), d.title, di.issuer "
            f"FROM ({counts}) c JOIN documents d ON d.num = c.num JOIN issues i ON i.id = "
            f"d.issue_id LEFT JOIN document_issuers di ON di.document_id = d.id"
        ),
        params,
    )
    for n, doc_id, issue, gazette, kind, year, title, issuer in rows:
        if issuer is not None:
            out["issuer"][issuer] = out["issuer"].get(issuer, 0) + n
        if doc_id in seen:
            continue
        seen.add(doc_id)
        total += n
        for key, value in (("gazette", gazette), ("issue", issue), ("kind", kind), ("year", year)):
            if value is not None:
                out[key][str(value)] = out[key].get(str(value), 0) + n
        if doc_id in page_docs:
            docs[doc_id] = (issue, title)
    facets = {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in out.items()}
    return facets, docs, total
