"""Storing parsed issues several to a transaction (``gongbao ingest``, local or on a cluster).

The process that writes is the one part of an ingest that does not grow with the workers, so
what it spends on an issue bounds what more workers can give. Most of it went on the two
full-text indexes:

- SQLite's (FTS5) keeps what a transaction adds in memory and writes it out as segments,
  each time its 1 MB of room fills and at the commit: an issue was several segments, which
  its merges then rewrote. Ten issues to a transaction with room for all their terms
  (``HASH_SIZE``) are one segment, and FTS5's time per issue falls by about 40 % (120 → 70
  ms of CPU for the sample, measured alternately on a busy machine).
- The ranking index took each block's row back out of the database and built its document
  field by field in Python; the parse worker now writes each document as Tantivy's JSON but
  for its ids (``IssueRows.ranked``), and this process adds the ids and hands it over.

Each issue stays whole, and is stored once: a batch commits or rolls back as one, and its
outcomes are reported after the commit. When the store refuses something in a batch (a value
PostgreSQL will not take …), the batch is rolled back and its issues are written again one
per transaction (``Store.write``), so the one at fault fails alone, as before. A lost
connection is not retried: it ends the ingest, the issues of the batch unstored (running the
same ingest again stores them).

PostgreSQL takes one issue per transaction: its full-text index gains nothing from more,
and a longer transaction would hold the writers' lock from another ingest for longer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from gongbao.store import schema as s
from gongbao.store.ingest import Outcome, store_rows
from gongbao.store.rows import BLOCK_BITS, IssueRows

#: issues written in one SQLite transaction, and the blocks that end one sooner (a batch's
#: FTS5 terms are held in memory until it commits: ~6 MB for the sample's 800 blocks)
ISSUES = 10
BLOCKS = 10_000
#: FTS5's room for a transaction's terms before it writes a segment (its default is 1 MB)
HASH_SIZE = 64 << 20
#: PostgreSQL, while an ingest writes: how much its GIN index may hold unmerged (the pending
#: list; the server's default is 4 MB, about one issue of the sample) and the memory the
#: merge gathers it in (``work_mem``, 4 MB by default). Merged four times as seldom, each of
#: the index's keys is written once for about five issues instead of one: the server's CPU
#: for the index fell by about a third (~240 → ~185 ms an issue, measured alternately). The
#: ingest merges what is left at its end (``Batches.close``): searches that read the GIN
#: index (without the ranking index) read the unmerged part one row at a time, so until
#: then a common term can take up to a second longer there
PENDING = "16MB"
MERGE_MEMORY = "64MB"


@dataclass(slots=True)
class _Waiting:
    name: str
    rows: object
    error: str


@dataclass(slots=True)
class Batches:
    """Parsed files in, outcomes out (to ``report``, in the order the files came), their
    issues stored a batch at a time. ``flush`` stores what is left."""

    store: Any
    report: Callable[[Outcome], None]
    waiting: list[_Waiting] = field(default_factory=list)
    issues: set[str] = field(default_factory=set)
    blocks: int = 0

    def add(self, name: str, rows: object, error: str) -> None:
        if isinstance(rows, IssueRows) and not error:
            if rows.issue_id in self.issues:  # the same issue twice: the first is stored first
                self.flush()
            self.issues.add(rows.issue_id)
            self.blocks += sum(map(len, rows.blocks))
        self.waiting.append(_Waiting(name, rows, error))
        size = ISSUES if self.store.dialect == "sqlite" else 1
        if len(self.issues) >= size or self.blocks >= BLOCKS:
            self.flush()

    def close(self) -> None:
        """Store what is left, and on PostgreSQL merge what the GIN index holds unmerged
        (``PENDING``), so that searches read it whole."""
        self.flush()
        if self.store.dialect == "postgresql":
            with self.store._writing, self.store.engine.begin() as conn:
                conn.exec_driver_sql("SELECT gin_clean_pending_list('ix_block_index_tokens')")

    def flush(self) -> None:
        from sqlalchemy.exc import InterfaceError, OperationalError

        waiting, self.waiting, self.issues, self.blocks = self.waiting, [], set(), 0
        batch = [w.rows for w in waiting if isinstance(w.rows, IssueRows) and not w.error]
        statuses: list[str] | None = []
        if batch:
            try:
                statuses = write_issues(self.store, batch, bulk=True)
            except (OperationalError, InterfaceError):
                raise  # the connection is lost: every later issue would fail the same way
            except Exception:  # something the store refuses: each issue alone, as before
                statuses = None
        taken = iter(statuses or [])
        for w in waiting:
            if statuses is None or not isinstance(w.rows, IssueRows) or w.error:
                self.report(store_rows(self.store, w.name, w.rows, w.error))
                continue
            r = w.rows
            outcome = Outcome(
                w.name, next(taken), "", r.documents_count, r.facts_count, r.problems_count
            )
            self.report(outcome)


def write_issues(store: Any, batch: list[IssueRows], bulk: bool = False) -> list[str]:
    """Store the issues of ``batch`` (distinct ids) in one transaction (``Store.write``: one);
    each one's status ('stored', 'unchanged', 'replaced'), in order. The ranking index takes
    them after the commit. ``bulk``: one of an ingest's, whose end merges the GIN index's
    pending list (``Batches.close``), so PostgreSQL may leave more unmerged (``PENDING``)."""
    from gongbao.store.changes import now, write_changes
    from gongbao.store.db import _WRITER_LOCK, _bump_generation

    statuses: list[str] = []
    stored: list[tuple[IssueRows, list[str]]] = []
    with store._writing, store.engine.begin() as conn:
        if store.dialect == "postgresql":
            # one ingest writes at a time (as Store.write): numbers taken in commit order
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_WRITER_LOCK})")
            if bulk:
                conn.exec_driver_sql(f"SET LOCAL gin_pending_list_limit = '{PENDING}'")
                conn.exec_driver_sql(f"SET LOCAL work_mem = '{MERGE_MEMORY}'")
        else:
            _room_for_terms(conn)
        ids = [rows.issue_id for rows in batch]
        old = dict(
            conn.execute(
                select(s.issues.c.id, s.issues.c.content_hash).where(s.issues.c.id.in_(ids))
            ).all()
        )
        events: list[dict[str, Any]] = []
        at = now()
        for rows in batch:
            before = old.get(rows.issue_id)
            if before == rows.digest:
                statuses.append("unchanged")
                continue
            if before is not None:
                store._delete_issue(conn, rows.issue_id)
            statuses.append("stored" if before is None else "replaced")
            said = rows.events if before is None else rows.replacing_events
            events += [{**e, "at": at} for e in said]
            stored.append((rows, []))
        if stored:
            _write_rows(conn, store.dialect, stored)
            write_changes(conn, store.dialect, events)
            generations = [_bump_generation(conn) for _ in stored]
    if stored:
        _rank(store, [(rows.issue_id, ranked) for rows, ranked in stored], generations)
    return statuses


def _room_for_terms(conn: Connection) -> None:
    """Let FTS5 hold a batch's terms in memory until its commit (kept in the index's
    configuration: a rebuild by ``gongbao reindex`` gains too)."""
    held = conn.exec_driver_sql("SELECT v FROM block_index_config WHERE k = 'hashsize'").scalar()
    if held != HASH_SIZE:
        conn.exec_driver_sql(
            "INSERT INTO block_index(block_index, rank) VALUES ('hashsize', ?)", (HASH_SIZE,)
        )


def _write_rows(conn: Connection, dialect: str, stored: list[tuple[IssueRows, list[str]]]) -> None:
    """Write the rows of several issues, one statement per table, numbering their documents
    in order as ``Store.write`` would one after the other; fills each issue's list with its
    blocks' documents for the ranking index."""
    from gongbao.store.db import _next_document_number
    from gongbao.store.rankindex import json_document
    from gongbao.store.write import insert_rows, merged_facts, write_fact_rows

    batch = [rows for rows, _ in stored]
    insert_rows(conn, s.gazettes, [rows.gazette for rows in batch], if_new=True)
    insert_rows(conn, s.issues, [rows.issue for rows in batch])
    num = _next_document_number(conn)
    documents: list[dict[str, Any]] = []
    blocks: list[dict[str, Any]] = []
    tokens: list[tuple[int, str]] = []
    vectors: list[bytes | None] = []
    for rows, ranked in stored:
        for doc, held, streams, docs in zip(
            rows.documents, rows.blocks, rows.streams, rows.ranked, strict=True
        ):
            documents.append({**doc, "num": num})
            base = num << BLOCK_BITS
            for b, stream, ready in zip(held, streams, docs, strict=True):
                bid = base + b["id"]
                blocks.append({**b, "id": bid})
                tokens.append((bid, stream))
                ranked.append(json_document(bid, num, ready))
            num += 1
        made = [v for vs in rows.vectors for v in vs]
        # rows built without tsvectors leave the server to make each
        vectors += (
            made
            if len(made) == len(tokens) - len(vectors)
            else [None] * (len(tokens) - len(vectors))
        )
    insert_rows(conn, s.documents, documents)
    insert_rows(conn, s.issuers, [i for rows in batch for i in rows.issuers])
    insert_rows(conn, s.blocks, blocks)
    if tokens:
        _index_tokens(conn, dialect, tokens, vectors)
    write_fact_rows(conn, merged_facts(batch), [k for rows in batch for k in rows.ledger_keys])


def _index_tokens(
    conn: Connection, dialect: str, tokens: list[tuple[int, str]], vectors: list[bytes | None]
) -> None:
    """Add (block id, token stream) pairs to the database's full-text index. PostgreSQL takes
    each block's tsvector as the parse worker made it (``vectors``: ``tokens.tsvector_binary``,
    the value ``to_tsvector`` gives, in its binary form) in one binary COPY, which the server
    reads without parsing; where that is None, the server's ``to_tsvector('simple', …)`` of
    the stream, in one statement for the batch's few."""
    from gongbao.store.copy import can_copy, copy_tsvectors
    from gongbao.store.db import _put_tokens

    if dialect != "postgresql" or not can_copy(conn):
        _put_tokens(conn, dialect, tokens)
        return
    pairs = list(zip(tokens, vectors, strict=True))
    copy_tsvectors(conn, [(b, v) for (b, _), v in pairs if v is not None])
    left = [(b, t) for (b, t), v in pairs if v is None]
    if left:
        conn.exec_driver_sql(
            "INSERT INTO block_index(block_id, tokens) SELECT b, to_tsvector('simple', t) "
            "FROM unnest(%(b)s::bigint[], %(t)s::text[]) AS x(b, t)",
            {"b": [b for b, _ in left], "t": [t for _, t in left]},
        )


def _rank(store: Any, issues: list[tuple[str, list[str]]], generations: list[int]) -> None:
    """Give the ranking index the issues just committed (id, documents), each at its
    generation. When it missed a change (a new store, another writer) or fails, ``Store``'s
    own update rebuilds it from the database, once: the rebuild holds the rest of the batch."""
    from gongbao.store.rankindex import survivable

    rank = store.rank
    if rank is None:
        return
    if rank.latest() is None and generations[0] == 1 and not store._rank_broken:
        try:  # a new store: its index starts empty, not rebuilt from the first batch
            rank.rebuild([], 0)
        except BaseException as exc:
            if not survivable(exc):
                raise
    for (issue_id, documents), generation in zip(issues, generations, strict=True):
        try:
            if rank.latest() == generation - 1 and not store._rank_broken:
                rank.put_json(issue_id, documents, generation)
                continue
        except BaseException as exc:  # Tantivy's panics are BaseExceptions
            if not survivable(exc):
                raise
        store._update_rank(issues[-1][0], generations[-1])
        return
