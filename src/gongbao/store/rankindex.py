"""A top-k ranking index beside the store: Tantivy, holding the same bigram tokens.

SQLite's FTS5 scores every match with BM25 before it can return the best twenty, and counts
and facets walk every match again through SQL: a two-character query over a thousand issues
(30,000 matching blocks) takes a quarter of a second; PostgreSQL's GIN index must recheck
and rank every matching row's tsvector, which takes longer still. Tantivy (Lucene's design
in Rust) ranks with BM25 and block-max WAND, counts in the same pass and computes facets as
aggregations over columnar fields, all in native code: the same query takes milliseconds.

The database stays the record; this index is derived from it and lives beside a SQLite file
(``gongbao.db.index/``) or in the serving machine's cache for PostgreSQL. Each ingest bumps
a generation number in the database, in the same transaction as the data; the index records
the generation it reflects after each commit. A search uses the index only when the two
agree, and falls back to the database's own index otherwise (a crash between the two
commits, an older gongbao, a concurrent writer, another machine's ingest); the next ingest,
or ``gongbao reindex``, rebuilds it from the database.

A rebuild never empties the index under a reader: it writes a new index in a folder of its
own beside the one in use (``idx-<generation>-<tag>/``) and then switches the pointer file
(``gongbao-generation.json``: the generation and the folder) with one atomic rename. A reader
sees the old index or the new one; the folder before the last is removed then (a reader still
holding it keeps its open files). An index written by an older gongbao (the pointer names no
folder) is read in place until the next rebuild.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import threading
import uuid
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gongbao.store.lru import Lru
from gongbao.store.query import Query
from gongbao.store.tokens import BREAK, index_stream

if TYPE_CHECKING:  # a search loads this module: SQLAlchemy only where the database is read
    from concurrent.futures import ThreadPoolExecutor

    from sqlalchemy import Connection

FACETS = ("gazette", "issue", "kind", "year", "issuer")
#: the index's layout: an index written in another is not read (``pointer`` gives None) and
#: the next ingest rebuilds it. 2: the facets as two keys (``json_fields``), no stored fields
FORMAT = 2
#: the two keys the facets are counted on: an issue's (its id and gazette) and a document's
#: (its kind, year and issuers); each a single value per block, joined by ``SEP``
ISSUE_KEY, DOC_KEY = "issue_facets", "doc_facets"
SEP = "\x1f"
#: issues added between two commits of the ranking index
BATCH = 50
GENERATION_FILE = "gongbao-generation.json"
#: buckets asked of each facet aggregation: more than any store here has values of one facet
FACET_SIZE = 1_000_000
#: a facet bucket's (value, count)
_BUCKET = itemgetter("key", "doc_count")
#: hits asked beyond a page's last, so that hits scoring the same as the page's last are
#: all seen and ordered by block id (Tantivy orders them by their place in its segments,
#: which moves with the ingest's batches and merges)
TIE_MARGIN = 1000
#: the documents a tie at a page's end is first looked for in (then 4, 16, 64 times more)
FIRST_DOCUMENTS = 64
#: the two facet keys counted in one aggregation (five per-facet aggregations cost 62 ms of
#: CPU for a 2-character word at 10,000 issues; the issuer's, a multi-valued field, 39 ms)
_AGGS = {k: {"terms": {"field": k, "size": FACET_SIZE}} for k in (ISSUE_KEY, DOC_KEY)}
#: answers kept per process: pages of hits, and totals with facets (a facet of a thousand
#: issues is ~100 KB, so at most ~13 MB of those)
CACHE_SIZE = 128


@dataclass(slots=True)
class Ranked:
    total: int
    hits: list[tuple[int, float]]  # block id, score (higher is better)
    facets: dict[str, dict[str, int]]


def _schema() -> Any:
    import tantivy

    sb = tantivy.SchemaBuilder()
    sb.add_text_field("tokens", stored=False, tokenizer_name="whitespace", index_option="position")
    sb.add_unsigned_field("block_id", stored=False, indexed=True, fast=True)
    sb.add_unsigned_field("doc_num", stored=False, indexed=True, fast=True)
    # the issue's id: an issue's blocks are deleted by it
    sb.add_text_field("issue", stored=False, tokenizer_name="raw", index_option="basic")
    for name in (ISSUE_KEY, DOC_KEY):
        sb.add_text_field(name, stored=False, tokenizer_name="raw", fast=True)
    return sb.build()


ROWS_SQL = """
SELECT b.id, b.text, d.num, d.issue_id, i.gazette_id, d.kind,
       COALESCE(SUBSTR(d.date, 1, 4), CAST(i.year AS TEXT)) AS year,
       (SELECT {concat} FROM document_issuers di WHERE di.document_id = d.id) AS issuers
FROM blocks b JOIN documents d ON d.id = b.document_id JOIN issues i ON i.id = d.issue_id
"""
CONCAT = {
    "sqlite": "GROUP_CONCAT(di.issuer, char(31))",
    "postgresql": "STRING_AGG(di.issuer, chr(31))",
}


def rows_for(
    conn: Connection, issue_id: str | None = None, dialect: str = "sqlite"
) -> Iterator[tuple[Any, ...]]:
    """What the index holds of each block, read back from the database (the record)."""
    from sqlalchemy import text

    sql = ROWS_SQL.format(concat=CONCAT[dialect])
    sql += " WHERE d.issue_id = :issue" if issue_id is not None else ""
    yield from conn.execute(text(sql), {"issue": issue_id} if issue_id is not None else {})


def json_fields(
    issue: str, gazette: str, kind: str | None, year: str | None, issuers: list[str]
) -> str:
    """The fields a document's blocks share in the index, as the end of Tantivy's JSON
    (``json_document``): what ``_document`` adds from a row of ``rows_for``, taken from the
    document itself (``issuers`` joined in its order, as the database's concatenation)."""
    fields = {"issue": issue, **facet_keys(issue, gazette, kind, year, SEP.join(issuers))}
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"))[1:]


def facet_keys(
    issue: str, gazette: str, kind: str | None, year: str | None, issuers: str | None
) -> dict[str, str]:
    """A block's two facet keys: its issue's (id, gazette) and its document's (kind, year,
    issuers joined by ``SEP``; an empty kind or year is none). Gazette is a function of the
    issue, kind, year and issuers of the document: one single-valued key each is counted
    once per search and split into the five facets (``facets_of``), where five aggregations,
    one of them over a multi-valued field, visited every match five times."""
    return {
        ISSUE_KEY: f"{issue}{SEP}{gazette}",
        DOC_KEY: f"{kind or ''}{SEP}{year or ''}{SEP}{issuers or ''}",
    }


def facets_of(raw: dict[str, Any]) -> tuple[int, dict[str, dict[str, int]]]:
    """The total and the five facets (by count, then by value) from the two keys' buckets
    (``facet_keys``); every block has an issue key, so their counts sum to the total."""
    out: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    gazette, issue, kind, year, issuer = (out[name] for name in FACETS)
    total = 0
    for key, n in map(_BUCKET, raw.get(ISSUE_KEY, {}).get("buckets", [])):
        i, _, g = key.partition(SEP)
        issue[i] = issue.get(i, 0) + n
        gazette[g] = gazette.get(g, 0) + n
        total += n
    for key, n in map(_BUCKET, raw.get(DOC_KEY, {}).get("buckets", [])):
        k, _, rest = key.partition(SEP)
        y, _, names = rest.partition(SEP)
        if k:
            kind[k] = kind.get(k, 0) + n
        if y:
            year[y] = year.get(y, 0) + n
        for name in names.split(SEP) if names else ():
            issuer[name] = issuer.get(name, 0) + n
    facets = {}
    for name, counts in out.items():
        pairs = sorted(counts.items())
        pairs.sort(key=itemgetter(1), reverse=True)  # stable: by count, then by value
        facets[name] = dict(pairs)
    return total, facets


def json_block(stream: str, fields: str) -> str:
    """A block's document but for its ids (``json_document``): its token stream and its
    document's ``json_fields``. Built where the issue was parsed."""
    return f'"tokens":{json.dumps(stream, ensure_ascii=False)},{fields}'


def json_document(block_id: int, doc_num: int, block: str) -> str:
    """A block's document in Tantivy's JSON, once the store has numbered it."""
    return f'{{"block_id":{block_id},"doc_num":{doc_num},{block}'


def survivable(exc: BaseException) -> bool:
    """Whether a failure of the ranking index can be stood in for by the database's own index:
    anything but an interrupt or an exit (Tantivy's panics reach Python as BaseExceptions)."""
    return not isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit)


def query_key(q: Query) -> tuple[tuple[tuple[tuple[str, ...], bool], ...], ...]:
    """What the index is asked for ``q``: each group's terms as (tokens, negated); two
    queries typed differently but asking the same ('養老', '养老') share one answer."""
    return tuple(tuple((tuple(t.tokens), t.negated) for t in g) for g in q.groups)


@lru_cache(maxsize=1)
def _pool() -> ThreadPoolExecutor:
    # imported here: concurrent.futures costs a cold search more than its one use saves
    from concurrent.futures import ThreadPoolExecutor

    return ThreadPoolExecutor(max_workers=2, thread_name_prefix="gongbao-facets")


class RankIndex:
    def __init__(self, directory: Path, dialect: str = "sqlite") -> None:
        self.directory = directory
        self.dialect = dialect
        self._index: Any = None
        self._schema: Any = None
        self._writer: Any = None
        self._folder: str | None = None  # the folder ``_index`` was opened on ('' = legacy)
        self._seen: int | None = None  # generation the open searcher reflects
        self._pending: int | None = None  # generation added but not yet committed
        self._unflushed = 0
        self._at_exit = False
        self._lock = threading.Lock()
        self._pointer_path = str(directory / GENERATION_FILE)
        self._pointer_cache: tuple[tuple[int, int, int], tuple[int, str] | None] | None = None
        #: (total, facets) of a query in a scope, and a page of its hits (``search``)
        self._counted: Lru[Hashable, tuple[int, dict[str, dict[str, int]]]] = Lru(CACHE_SIZE)
        self._pages: Lru[Hashable, tuple[tuple[int, float], ...]] = Lru(CACHE_SIZE)

    # -- state -------------------------------------------------------------------------------
    def pointer(self) -> tuple[int, str] | None:
        """The committed index: (generation, folder), '' for an index written in place by an
        older gongbao; None when there is none (on disk, so every process agrees). Read again
        only when the file is another (it is replaced whole, never written in place)."""
        try:
            st = os.stat(self._pointer_path)
        except OSError:
            return None
        stamp = (st.st_ino, st.st_mtime_ns, st.st_size)
        cached = self._pointer_cache
        if cached is not None and cached[0] == stamp:
            return cached[1]
        try:
            with open(self._pointer_path, encoding="utf-8") as f:
                data = json.load(f)
            folder = str(data.get("index", ""))
            found = (
                None
                if "/" in folder or folder.startswith(".") or data.get("format") != FORMAT
                else (int(data["generation"]), folder)
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        self._pointer_cache = (stamp, found)
        return found

    def generation(self) -> int | None:
        """The generation the committed index reflects."""
        found = self.pointer()
        return found[0] if found is not None else None

    def _set_generation(self, value: int, folder: str | None = None) -> None:
        folder = (self._folder or "") if folder is None else folder
        tmp = self.directory / f"{GENERATION_FILE}.{os.getpid()}.{threading.get_ident()}.tmp"
        tmp.write_text(json.dumps({"generation": value, "index": folder, "format": FORMAT}))
        tmp.replace(self.directory / GENERATION_FILE)  # atomic: readers see one or the other

    def _path(self, folder: str) -> Path:
        return self.directory / folder if folder else self.directory

    def _open(self) -> Any:
        """The index the pointer names (opened again when a rebuild has switched it)."""
        import tantivy

        found = self.pointer()
        folder = found[1] if found is not None else (self._folder or "")
        if self._index is not None and folder == self._folder:
            return self._index
        with self._lock:
            if self._index is None or folder != self._folder:
                if self._writer is not None and self._pending is None:
                    self._drop_writer()
                if self._writer is None:  # a writer with pending issues keeps its folder
                    self._schema = _schema()
                    path = self._path(folder)
                    path.mkdir(parents=True, exist_ok=True)
                    index = tantivy.Index(self._schema, path=str(path))
                    index.config_reader(reload_policy="Manual")
                    self._index, self._folder, self._seen = index, folder, None
        return self._index

    def _open_writer(self) -> Any:
        index = self._open()  # a writer with nothing pending follows the pointer
        if self._writer is None:
            self._writer = index.writer(heap_size=64_000_000, num_threads=1)
        return self._writer

    def _drop_writer(self) -> None:
        writer, self._writer = self._writer, None
        if writer is not None:
            with contextlib.suppress(BaseException):
                writer.wait_merging_threads()

    @property
    def pending(self) -> bool:
        """Whether this process added issues that are not committed yet."""
        return self._pending is not None

    def latest(self) -> int | None:
        """The generation written so far, committed or still pending in this process."""
        return self._pending if self._pending is not None else self.generation()

    def flush(self) -> None:
        """Commit what ``put_issue`` added, and record the generation it reflects."""
        if self._writer is not None and self._pending is not None:
            self._writer.commit()
            self._set_generation(self._pending)
        self._pending = None
        self._unflushed = 0

    def _flush_at_exit(self) -> None:
        # the folder may be gone (a temporary store): nothing is left to keep then
        with contextlib.suppress(BaseException):
            self.flush()

    def close(self) -> None:
        self.flush()
        if self._writer is not None:
            self._writer.wait_merging_threads()
            self._writer = None

    # -- writing -----------------------------------------------------------------------------
    def put_issue(
        self,
        issue_id: str,
        rows: Iterable[tuple[Any, ...]],
        generation: int,
        streams: dict[int, str] | None = None,
    ) -> None:
        """Replace one issue's blocks. Commits come every ``BATCH`` issues, at ``flush``/
        ``close`` and before this process searches (a commit per issue cost as much as the
        indexing). ``streams`` are the token streams the database's index was just given."""
        writer = self._replacing(issue_id)
        streams = streams or {}
        for row in rows:
            writer.add_document(self._document(row, streams.get(int(row[0]))))
        self._added(generation)

    def put_json(self, issue_id: str, documents: Iterable[str], generation: int) -> None:
        """``put_issue`` for documents written as Tantivy's JSON (``json_document``), which
        the parse worker builds but for the ids: Tantivy reads each in one call, where a
        document made field by field in Python cost the writing process twice as much."""
        writer = self._replacing(issue_id)
        for doc in documents:
            writer.add_json(doc)
        self._added(generation)

    def _replacing(self, issue_id: str) -> Any:
        """The writer, with the issue's blocks deleted (from what was added before)."""
        writer = self._open_writer()
        if not self._at_exit:
            atexit.register(self._flush_at_exit)  # an ingest that forgets to close commits
            self._at_exit = True
        writer.delete_documents_by_term("issue", issue_id)
        return writer

    def _added(self, generation: int) -> None:
        self._pending = generation
        self._unflushed += 1
        if self._unflushed >= BATCH:
            self.flush()

    def rebuild(self, rows: Iterable[tuple[Any, ...]], generation: int) -> None:
        """Write the whole index afresh in a new folder beside the one in use, then switch
        the pointer to it: readers never see an empty or half-written index."""
        import tantivy

        try:
            self.close()
        except BaseException as exc:  # a damaged index's writer may panic on the way out
            if not survivable(exc):
                raise
        self._writer = None
        self._pending = None
        self._unflushed = 0
        before = self.pointer()
        folder = f"idx-{generation}-{uuid.uuid4().hex[:8]}"
        path = self.directory / folder
        path.mkdir(parents=True)
        schema = _schema()
        index = tantivy.Index(schema, path=str(path))
        index.config_reader(reload_policy="Manual")
        writer = index.writer(heap_size=64_000_000, num_threads=1)
        try:
            for row in rows:
                writer.add_document(self._document(row))
            writer.commit()
        except BaseException:
            with contextlib.suppress(BaseException):
                writer.rollback()
            shutil.rmtree(path, ignore_errors=True)
            raise
        with self._lock:
            self._set_generation(generation, folder)
            self._index, self._schema, self._writer = index, schema, writer
            self._folder, self._seen = folder, None
        self._sweep(keep={folder, before[1] if before is not None else folder})

    def _sweep(self, keep: set[str]) -> None:
        """Remove the folders of indexes older than the one just replaced (kept for readers
        that opened it a moment ago), and an index an older gongbao wrote in place."""
        for entry in self.directory.iterdir():
            name = entry.name
            if name in keep or name == GENERATION_FILE:
                continue
            if entry.is_dir() and name.startswith("idx-"):
                shutil.rmtree(entry, ignore_errors=True)
            elif entry.is_file() and "" not in keep and not name.startswith(GENERATION_FILE):
                with contextlib.suppress(OSError):
                    entry.unlink()  # the files of an index written in place

    def count(self, generation: int) -> int:
        """How many blocks the committed index holds (read at ``generation``)."""
        return int(self._searcher(generation).num_docs)

    def issue_counts(self, generation: int) -> dict[str, int]:
        """Blocks held per issue."""
        import tantivy

        raw = self._searcher(generation).aggregate(
            tantivy.Query.all_query(), {ISSUE_KEY: _AGGS[ISSUE_KEY]}
        )
        return facets_of(raw)[1]["issue"]

    def _searcher(self, generation: int) -> Any:
        index = self._open()
        if self._seen != generation:
            index.reload()
            self._seen = generation
        return index.searcher()

    def _document(self, row: tuple[Any, ...], stream: str | None = None) -> Any:
        import tantivy

        block_id, body, num, issue, gazette, kind, year, issuers = row
        doc = tantivy.Document()
        doc.add_text("tokens", stream if stream is not None else index_stream(str(body)))
        doc.add_unsigned("block_id", int(block_id))
        doc.add_unsigned("doc_num", int(num))
        doc.add_text("issue", issue)
        year = None if year is None else str(year)
        for name, value in facet_keys(issue, gazette, kind, year, issuers).items():
            doc.add_text(name, value)
        return doc

    # -- searching ---------------------------------------------------------------------------
    def forget(self) -> None:
        """Drop the answers kept in memory (``search``): a benchmark's cold searches."""
        self._counted.clear()
        self._pages.clear()

    def search(
        self, q: Query, allowed: list[int] | None, limit: int, offset: int, generation: int
    ) -> Ranked:
        """The page's hits (block id, score), the total and the facets. A query asked again
        of the same committed index is answered from memory: the load a server meets is the
        same few queries many times. The keys name the committed index an answer was read
        from (its folder and generation): a folder at one generation never changes, so an
        answer kept under it is the answer. Callers must not change the facets they are
        given (they are shared)."""
        import tantivy

        folder = self._folder
        searcher = self._searcher(generation)
        # an index switched meanwhile (a rebuild) is searched, but its answer is not kept
        keep = folder == self._folder
        scope = (folder, generation, query_key(q), None if allowed is None else tuple(allowed))
        page = (scope, limit, offset)
        counted = self._counted.get(scope) if keep else None
        kept = self._pages.get(page) if keep else None
        if counted is not None and kept is not None:
            return Ranked(counted[0], list(kept), counted[1])
        query = self._query(q)
        if allowed is not None:
            within = tantivy.Query.term_set_query(self._schema, "doc_num", allowed)
            query = tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, query), (tantivy.Occur.Must, within)]
            )
        facets_job = None
        if counted is None:
            # Tantivy lets go of the GIL: the facets are counted on the other core meanwhile
            facets_job = _pool().submit(searcher.aggregate, query, _AGGS)
        if kept is None:
            hits = _top(searcher, self._schema, query, offset + limit)[offset:]
            if keep:
                self._pages.put(page, tuple(hits))
        else:
            hits = list(kept)
        if facets_job is not None:
            counted = facets_of(facets_job.result())
            if keep:
                self._counted.put(scope, counted)
        assert counted is not None
        return Ranked(counted[0], hits, counted[1])

    def _query(self, q: Query) -> Any:
        import tantivy

        def term(tokens: list[str]) -> Any:
            if len(tokens) == 1:
                return tantivy.Query.term_query(self._schema, "tokens", tokens[0])
            # a break token after a bigram and before another token is implied by the
            # positions (a run's last bigram is followed by its break and nothing else), and
            # it is the commonest token of all: the phrase leaves it out, its place kept
            words: list[str | tuple[int, str]] = [
                (k, t)
                for k, t in enumerate(tokens)
                if not (t == BREAK and 0 < k < len(tokens) - 1 and len(tokens[k - 1]) == 2)
            ]
            return tantivy.Query.phrase_query(self._schema, "tokens", words)

        groups = []
        for g in q.groups:
            if len(g) == 1 and not g[0].negated:
                # a lone term is searched bare: wrapped in a boolean query it scores the same
                # but is not pruned by its blocks' best scores (block-max WAND), and a top 20
                # of a 2-character word at 10,000 issues cost 4.5 ms (a third) more
                groups.append(term(g[0].tokens))
                continue
            clauses = [
                (tantivy.Occur.MustNot if t.negated else tantivy.Occur.Must, term(t.tokens))
                for t in g
            ]
            groups.append(tantivy.Query.boolean_query(clauses))
        if len(groups) == 1:
            return groups[0]
        return tantivy.Query.boolean_query([(tantivy.Occur.Should, g) for g in groups])


def _top(searcher: Any, schema: Any, query: Any, n: int) -> list[tuple[int, float]]:
    """The best ``n`` hits (block id, score), by score and then by block id: the order does
    not depend on how the index's segments were written (Tantivy breaks ties by a block's
    place in them). When the n-th hit's score is shared beyond the hits asked for (a word
    in a repeated block: thousands at 10,000 issues), every hit scoring above it is among
    those found, and of those scoring the same, the wanted are the smallest block ids: the
    search is narrowed to the documents, then the blocks, below the largest block id that
    can be wanted, until no tied hit in the range is left out."""
    from gongbao.store.db import BLOCK_BITS

    if n <= 0:
        return []
    ask = n + TIE_MARGIN
    found = _hits(searcher, query, ask)
    if len(found) < ask or found[-1][0] < found[n - 1][0]:
        found.sort(key=lambda h: (-h[0], h[1]))
        return [(bid, score) for score, bid in found[:n]]
    tie = found[n - 1][0]
    above = sorted((h for h in found if h[0] > tie), key=lambda h: (-h[0], h[1]))
    need = n - len(above)
    # the first documents, a few more each time, up to those the ties found would narrow to:
    # which ties Tantivy returns first depends on its segments' order (at 10,000 issues,
    # narrowing to the documents below them took 3 ms or 27, by the rebuild)
    last = sorted(bid for score, bid in found if score == tie)[need - 1] >> BLOCK_BITS
    span = FIRST_DOCUMENTS
    while span < last:
        got = _hits(searcher, _below(schema, query, "doc_num", span), ask)
        if len(got) == ask and got[-1][0] >= tie:  # more tied hits in range than asked
            found = got
            break
        # every tied hit of these documents is here, and any other has a larger block id
        tied = sorted(bid for score, bid in got if score == tie)
        if len(tied) >= need:
            return [(bid, score) for score, bid in above] + [(bid, tie) for bid in tied[:need]]
        span *= 4
    bound: int | None = None  # the wanted block ids are at most this
    by_document: int | None = None  # the last document number narrowed to
    while True:
        tied = sorted(bid for score, bid in found if score == tie)
        bound = tied[need - 1] if bound is None else min(bound, tied[need - 1])
        # by document number first (a block's id is its document's number and its rank:
        # ~100 times fewer terms to look up than block ids), by block id when the ties
        # are within one document. By the index's terms, a range costs a lookup per value
        # below its bound (small where the ties found first have small ids); by the fast
        # field, it would visit every match of the query again (~18 ms at 10,000 issues)
        if by_document is None or bound >> BLOCK_BITS < by_document:
            by_document = bound >> BLOCK_BITS
            field, upper = "doc_num", by_document
        else:
            field, upper = "block_id", bound
        found = _hits(searcher, _below(schema, query, field, upper), ask)
        if len(found) < ask or found[-1][0] < tie:  # every tied hit in the range is here
            tied = sorted(bid for score, bid in found if score == tie)
            break
    return [(bid, score) for score, bid in above] + [(bid, tie) for bid in tied[:need]]


def _below(schema: Any, query: Any, field: str, upper: int) -> Any:
    """``query`` within the documents or blocks numbered at most ``upper``, scored the same."""
    import tantivy

    below = tantivy.Query.range_query(
        schema, field, tantivy.FieldType.Unsigned, upper_bound=upper, use_inverted_index=True
    )
    return tantivy.Query.boolean_query(
        [
            (tantivy.Occur.Must, query),
            # adds 0 to each score: a tie stays a tie
            (tantivy.Occur.Must, tantivy.Query.const_score_query(below, 0.0)),
        ]
    )


def _hits(searcher: Any, query: Any, limit: int) -> list[tuple[float, int]]:
    """Tantivy's best ``limit`` hits as (score, block id), in its order."""
    found = searcher.search(query, limit, count=False).hits
    ids = searcher.fast_field_values("block_id", [addr for _, addr in found])
    return [(float(score), int(bid)) for (score, _), bid in zip(found, ids, strict=True)]
