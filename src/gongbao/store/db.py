"""The store: one schema on SQLite (a single file, created on first use) or PostgreSQL.

An issue is stored in one transaction: its gazette, metadata, documents and their blocks, the
search index of the blocks, organisations with aliases, people, and every fact. The same issue
ingested again changes nothing; a corrected edition (same issue id, other content) replaces
the old one in the same transaction, so a reader never sees half of either.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from gongbao.errors import InputError
from gongbao.store.rankindex import RankIndex, survivable
from gongbao.store.rows import BLOCK_BITS, IssueRows, block_text, issue_key, issue_rows
from gongbao.store.tokens import index_stream

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import Connection

    from gongbao.model import Issue

# SQLAlchemy and the tables (``schema``, whose import loads it) are imported where they are
# used: `gongbao search` reads a SQLite store without them (``reader``, ``gongbao.store.lite``)

DEFAULT_DB = "gongbao.db"
#: connections a store keeps open (GONGBAO_POOL_SIZE): the server admits as many requests
#: that read the database at once, one connection each (``gongbao.web.limits``), so none
#: waits on the pool. Twice the cores: a search is mostly Python under one lock (the GIL),
#: and more at once only lengthens each (p95 at 32 concurrent searches, 2 cores: 4 in
#: flight 333 ms, 16 in flight 551 ms)
POOL_SIZE = max(4, 2 * (os.cpu_count() or 2))
#: connections opened beyond it for anything else (GONGBAO_POOL_OVERFLOW): never needed by
#: a request, a margin for callers outside them
MAX_OVERFLOW = 2
#: how long a caller waits for a pooled connection before an error (SQLAlchemy's is 30 s)
POOL_TIMEOUT = 10.0
#: how often (seconds) a serving store compares the ranking index's block count with the
#: database's, to notice rows changed in SQL behind gongbao's back
COUNT_CHECK_SECONDS = 30.0


def database_url(db: str | None) -> str:
    """A file path (SQLite) or a postgresql:// URL; GONGBAO_DB or ./gongbao.db by default."""
    db = db or os.environ.get("GONGBAO_DB") or DEFAULT_DB
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if db.startswith(("postgresql+", "sqlite:")):
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def rank_directory(url: str, given: str | os.PathLike[str] | None = None) -> Path:
    """Where a store's ranking index lives: ``index_dir`` or GONGBAO_INDEX_DIR if set; beside
    a SQLite file (``gongbao.db.index``); for PostgreSQL, in this machine's cache, one folder
    per server and database (each machine that serves keeps its own, kept in step by the
    generation number)."""
    chosen = given or os.environ.get("GONGBAO_INDEX_DIR")
    if chosen:
        return Path(chosen).expanduser()
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        return path.with_name(path.name + ".index")
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    tail = url.rsplit("@", 1)[-1]
    slug = "".join(c if c.isalnum() else "-" for c in tail)[:60]
    digest = hashlib.sha1(url.encode()).hexdigest()[:10]
    return cache / "gongbao" / f"{slug}-{digest}.index"


__all__ = ["BLOCK_BITS", "Store", "block_text", "database_url", "issue_key"]


class Store:
    def __init__(
        self,
        db: str | None = None,
        create: bool = True,
        rank: bool = True,
        index_dir: str | os.PathLike[str] | None = None,
        pool_size: int | None = None,
        max_overflow: int | None = None,
        pool_timeout: float = POOL_TIMEOUT,
    ) -> None:
        self.url = database_url(db)
        if pool_size is None:
            pool_size = _env_int("GONGBAO_POOL_SIZE", POOL_SIZE, 1)
        if max_overflow is None:
            max_overflow = _env_int("GONGBAO_POOL_OVERFLOW", MAX_OVERFLOW, 0)
        self.dialect = "postgresql" if self.url.startswith("postgresql") else "sqlite"
        if self.dialect == "sqlite":
            path = Path(self.url.removeprefix("sqlite:///"))
            if not create and not path.exists():
                raise InputError(f"{path}: no such database; ingest something first")
            if path.is_dir():
                raise InputError(f"{path}: is a directory, not a database file")
        self.pool_size, self.max_overflow = pool_size, max_overflow
        pooling: dict[str, Any] = {}
        if self.dialect == "postgresql" or _file_db(self.url):  # a queue pool (not :memory:)
            pooling = {
                "pool_size": pool_size,
                "max_overflow": max_overflow,
                "pool_timeout": pool_timeout,
            }
        if self.dialect == "postgresql":
            # a connection the server dropped (restart, failover) is replaced when lent, so the
            # first requests after the server is back do not fail on stale connections
            pooling["pool_pre_ping"] = True
        from sqlalchemy import create_engine, event

        try:
            self.engine: Engine = create_engine(self.url, future=True, **pooling)
        except Exception as exc:  # a malformed URL
            raise InputError(f"cannot open database {db!r}: {exc}") from None
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._start(rank, index_dir)
        self._migrate()

    def _start(self, rank: bool, index_dir: str | os.PathLike[str] | None) -> None:
        """What a store holds beside its engine: the writers' lock, the ranking index and
        what is known of its state."""
        #: SQLite takes one writer at a time: this process's threads queue here rather than
        #: fail on a locked database
        self._writing = threading.Lock()
        self.rank: RankIndex | None = None
        self._rank_broken = False
        #: the ranking index's pointer when it failed: unusable until a rebuild moves it
        self._broken_at: tuple[int, str] | None = None
        #: ((generation, pointer), whether the ranking index's block count agreed with the
        #: database's, whether the full-text index's did (None: not counted), when, blocks)
        self._count_check: tuple[Any, bool, bool | None, float, int] | None = None
        #: whether the full-text index agreed when last counted (a disagreement is logged once)
        self._fts_agreed = True
        if rank and os.environ.get("GONGBAO_RANK_INDEX", "on") != "off":
            self.rank = RankIndex(rank_directory(self.url, index_dir), self.dialect)

    @classmethod
    def reader(cls, db: str | None = None) -> Store | None:
        """A store that reads an existing SQLite file through the standard library's sqlite3
        (``gongbao.store.lite``), never importing SQLAlchemy: what `gongbao search` opens, to
        start in a fraction of the time. None where the full store is needed: PostgreSQL,
        no such file, a schema to migrate (or not gongbao's). Only for reading: ``search``,
        ``reading``, ``ready_generation``; nothing that writes."""
        from gongbao.store.lite import LiteEngine

        url = database_url(db)
        path = url.removeprefix("sqlite:///")
        if not url.startswith("sqlite:///") or not _file_db(url) or not Path(path).is_file():
            return None
        engine = LiteEngine(path, _sqlite_pragmas)
        try:
            with engine.connect() as conn:
                current = int(conn.exec_driver_sql(_SCHEMA_VERSION_SQL).scalar()) == SCHEMA_VERSION
        except Exception:  # not a database, not gongbao's: the full store says what is wrong
            current = False
        if not current:
            engine.dispose()
            return None
        store = cls.__new__(cls)
        # an engine with connect() and dispose() only: what reading calls
        store.url, store.dialect, store.engine = url, "sqlite", cast("Engine", engine)
        store.pool_size, store.max_overflow = 1, 0
        store._start(rank=True, index_dir=None)
        return store

    # -- schema ------------------------------------------------------------------------------
    def _migrate(self) -> None:
        from sqlalchemy import insert, select, update

        from gongbao.store import schema as s

        try:
            with self.engine.begin() as conn:
                s.metadata.create_all(conn)
                if self.dialect == "sqlite":
                    conn.exec_driver_sql(
                        "CREATE VIRTUAL TABLE IF NOT EXISTS block_index USING fts5("
                        "tokens, content='', tokenize='unicode61 remove_diacritics 0')"
                    )
                else:
                    conn.exec_driver_sql(
                        "CREATE TABLE IF NOT EXISTS block_index (block_id BIGINT PRIMARY KEY "
                        "REFERENCES blocks(id) ON DELETE CASCADE, tokens tsvector NOT NULL)"
                    )
                    conn.exec_driver_sql(
                        "CREATE INDEX IF NOT EXISTS ix_block_index_tokens ON block_index "
                        "USING gin (tokens)"
                    )
                version = conn.execute(
                    select(s.meta.c.value).where(s.meta.c.key == "schema_version")
                ).scalar()
                if version is None:
                    conn.execute(
                        insert(s.meta).values(key="schema_version", value=str(s.SCHEMA_VERSION))
                    )
                    _no_background_merge(conn, self.dialect)
                elif int(version) > s.SCHEMA_VERSION:
                    raise InputError(
                        f"database schema version {version} is newer than this gongbao "
                        f"({s.SCHEMA_VERSION}); upgrade gongbao"
                    )
                else:
                    for target in range(int(version) + 1, s.SCHEMA_VERSION + 1):
                        MIGRATIONS[target](conn, self.dialect)
                        conn.execute(
                            update(s.meta)
                            .where(s.meta.c.key == "schema_version")
                            .values(value=str(target))
                        )
        except InputError:
            raise
        except Exception as exc:
            raise InputError(f"cannot open database {self.url}: {_first_line(exc)}") from None

    # -- ingest ------------------------------------------------------------------------------
    def ingest(self, issue: Issue, source_name: str = "", content: bytes | str = b"") -> str:
        """Store one issue; returns 'stored', 'unchanged' or 'replaced'."""
        return self.write(issue_rows(issue, source_name, content))

    def write(self, rows: IssueRows) -> str:
        """Store one issue's rows (``gongbao.store.rows.issue_rows``, built where the issue
        was parsed) in one transaction; returns 'stored', 'unchanged' or 'replaced'. The
        writer of ``gongbao ingest`` (``batch.write_issues``) with a batch of one."""
        from gongbao.store.batch import write_issues

        return write_issues(self, [rows])[0]

    @property
    def capacity(self) -> int:
        """How many requests may read at a time: the pool's size (its overflow is spare)."""
        return self.pool_size

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """One pooled connection whose statements all read one snapshot of the database, so
        a request that reads blocks, then documents, never meets an issue half replaced.

        PostgreSQL: a REPEATABLE READ, READ ONLY transaction. SQLite (WAL): pysqlite begins
        no transaction for a SELECT, so each would read the latest commit; an explicit
        BEGIN holds the snapshot from the first read to the end (rolled back: nothing is
        written)."""
        with self.engine.connect() as conn:
            if self.dialect == "postgresql":
                conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            else:
                raw = conn.connection.dbapi_connection
                if raw is not None and not raw.in_transaction:
                    conn.exec_driver_sql("BEGIN")
            try:
                yield conn
            finally:
                conn.rollback()

    # -- the ranking index -------------------------------------------------------------------
    def rank_generation(self, conn: Connection | None = None) -> int:
        """The database's generation: how many changes the ranking index must reflect (read
        on ``conn`` when given: a request holds one connection, never two)."""
        if conn is None:
            with self.engine.connect() as own:
                return self.rank_generation(own)
        return int(conn.exec_driver_sql(_GENERATION_SQL).scalar() or 0)

    def ready_generation(self, conn: Connection | None = None) -> int | None:
        """The generation both the ranking index and the database reflect, or None when the
        index is missing, behind, broken or holds another number of blocks than the
        database (search then uses the database's own index). ``conn``: the caller's."""
        if self.rank is None:
            return None
        if self.rank.pending:
            try:
                self.rank.flush()  # this process added issues: commit them before searching
            except BaseException as exc:
                if not survivable(exc):
                    raise
                self.rank_failed(exc)
        pointer = self.rank.pointer()
        if self._rank_broken:
            if pointer is None or pointer == self._broken_at:
                return None
            self._rank_broken = False  # rebuilt since (``gongbao reindex``): try it again
        if pointer is None or pointer[0] != self.rank_generation(conn):
            return None
        if conn is not None and not self.indexes_agree(conn, pointer[0], fts=False)[0]:
            return None
        return pointer[0]

    def indexes_agree(
        self, conn: Connection, generation: int | None = None, fts: bool = True
    ) -> tuple[bool, bool]:
        """Whether the ranking index and the database's own full-text index each hold as many
        blocks as the blocks table. Rows deleted or added in SQL, behind gongbao's back,
        leave the generation alone but not the counts: the ranking index is then not used,
        and the database's index is confirmed against the blocks table, until ``gongbao
        reindex``. Counted when the generation or the index changes and at most every
        ``COUNT_CHECK_SECONDS``. The database's own index is counted only when ``fts`` asks
        (a search answered from it); else its agreement is given as True: its count is the
        dearest (FTS5 walks its whole docsize table: ~45 ms of CPU at 1,000 issues, ten
        times that at 10,000, where the blocks table's count takes 4–9 ms at 1,000)."""
        if generation is None:
            generation = self.rank_generation(conn)
        pointer = self.rank.pointer() if self.rank is not None else None
        key = (generation, pointer)
        now = time.monotonic()
        seen = self._count_check
        fts_ok: bool | None
        if seen is not None and seen[0] == key and now - seen[3] < COUNT_CHECK_SECONDS:
            _, rank_ok, fts_ok, at, stored = seen
        else:
            at, fts_ok = now, None
            stored = _count_rows(conn, "blocks")
            rank_ok = True
            if self.rank is not None and pointer is not None and pointer[0] == generation:
                try:
                    indexed = self.rank.count(generation)
                except BaseException as exc:
                    if not survivable(exc):
                        raise
                    self.rank_failed(exc)
                    indexed = -1
                rank_ok = indexed == stored
                if not rank_ok and (seen is None or seen[1]):
                    _log_disagreement("the ranking index", indexed, stored)
        if fts and fts_ok is None:
            in_fts = _count_rows(conn, "block_index")
            fts_ok = in_fts == stored
            if not fts_ok and self._fts_agreed:
                _log_disagreement("the database's full-text index", in_fts, stored)
            self._fts_agreed = fts_ok
        self._count_check = (key, rank_ok, fts_ok, at, stored)
        return rank_ok, True if fts_ok is None else fts_ok

    def rank_ready(self) -> bool:
        """Whether the ranking index reflects the database exactly (else search uses FTS5)."""
        with self.reading() as conn:
            return self.ready_generation(conn) is not None

    def rank_failed(self, exc: BaseException) -> None:
        """The ranking index cannot be read: search uses FTS5 until it is rebuilt."""
        logging.getLogger("gongbao").warning("ranking index unusable: %s", exc)
        self._rank_broken = True
        self._broken_at = self.rank.pointer() if self.rank is not None else None

    def _update_rank(
        self, issue_id: str, generation: int, streams: dict[int, str] | None = None
    ) -> None:
        from gongbao.store.rankindex import rows_for

        if self.rank is None:
            return
        with self.engine.connect() as conn:
            try:
                if self.rank.latest() == generation - 1 and not self._rank_broken:
                    rows = rows_for(conn, issue_id, self.dialect)
                    self.rank.put_issue(issue_id, rows, generation, streams)
                    return
            except BaseException as exc:  # Tantivy's panics are BaseExceptions
                if not survivable(exc):
                    raise
            try:  # missed a change, never built, or damaged: rebuilt from the record
                self.rank.rebuild(rows_for(conn, dialect=self.dialect), generation)
                self._rank_broken = False
            except BaseException as exc:
                if not survivable(exc):
                    raise
                # the data is stored; search falls back to FTS5
                self.rank_failed(exc)

    def rebuild_rank(self) -> int:
        """Rebuild the ranking index from the database; returns the blocks indexed. The
        database's own full-text index is rebuilt first if rows were changed in SQL."""
        from gongbao.store.rankindex import rows_for

        self._repair_fts()
        if self.rank is None:
            raise InputError("this store has no ranking index (GONGBAO_RANK_INDEX=off)")
        counted = 0

        def counting(rows: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
            nonlocal counted
            for row in rows:
                counted += 1
                yield row

        with self.reading() as conn:  # the generation and the rows of one snapshot
            generation = self.rank_generation(conn)
            # streamed, not held: at 10,000 issues the blocks' texts are gigabytes
            # (PostgreSQL: a server-side cursor; SQLite's cursor reads as it goes). The
            # snapshot is held while the index is written: SQLite's WAL grows meanwhile
            # if another process writes, and is checkpointed once the rebuild ends
            conn.execution_options(stream_results=True, max_row_buffer=5000)
            self.rank.rebuild(counting(rows_for(conn, dialect=self.dialect)), generation)
        self._rank_broken = False
        return counted

    def _repair_fts(self) -> bool:
        """Rebuild the database's full-text index when it holds another number of blocks
        than the blocks table (rows changed in SQL); returns whether it did."""
        with self._writing, self.engine.begin() as conn:
            stored, in_fts = _block_counts(conn)
            if in_fts == stored:
                return False
            reindex(conn, self.dialect)
        self._count_check = None
        return True

    def check_rank(self) -> dict[str, Any]:
        """Whether the ranking index and the database agree: their generations, and the
        blocks of each issue in either (``gongbao check``)."""
        from sqlalchemy import text

        out: dict[str, Any] = {"index": None, "agree": True}
        with self.reading() as conn:
            out["generation"] = self.rank_generation(conn)
            stored = {
                issue: int(n)
                for issue, n in conn.execute(
                    text(
                        "SELECT d.issue_id, count(*) FROM blocks b JOIN documents d "
                        "ON d.id = b.document_id GROUP BY d.issue_id"
                    )
                )
            }
            total, in_fts = _block_counts(conn)
        out["blocks"] = total
        out["fts"] = in_fts
        out["agree"] = in_fts == total
        if self.rank is None:
            return out
        if self.rank.pending:
            self.rank.flush()
        pointer = self.rank.pointer()
        out["index"] = {"path": str(self.rank.directory), "generation": None, "blocks": None}
        if pointer is None:
            out["agree"] = False
            return out
        out["index"]["generation"] = pointer[0]
        try:
            held = self.rank.issue_counts(pointer[0])
        except BaseException as exc:
            if not survivable(exc):
                raise
            out["index"]["error"] = _first_line(exc) if isinstance(exc, Exception) else str(exc)
            out["agree"] = False
            return out
        out["index"]["blocks"] = sum(held.values())
        out["issues"] = {
            issue: {"database": stored.get(issue, 0), "index": held.get(issue, 0)}
            for issue in sorted(set(stored) | set(held))
            if stored.get(issue, 0) != held.get(issue, 0)
        }
        out["agree"] = out["agree"] and pointer[0] == out["generation"] and not out["issues"]
        return out

    def close(self) -> None:
        if self.rank is not None:
            self.rank.close()
        self.engine.dispose()

    def has_content(self, data: bytes) -> str | None:
        """The id of a stored issue made from exactly these bytes, if any."""
        from sqlalchemy import select

        from gongbao.store import schema as s

        digest = hashlib.sha256(data).hexdigest()
        with self.engine.connect() as conn:
            return conn.execute(
                select(s.issues.c.id).where(s.issues.c.content_hash == digest)
            ).scalar()

    def _delete_issue(self, conn: Connection, issue_id: str) -> None:
        from sqlalchemy import delete, select

        from gongbao.store import schema as s

        doc_ids = select(s.documents.c.id).where(s.documents.c.issue_id == issue_id)
        if self.dialect == "sqlite":
            rows = conn.execute(
                select(s.blocks.c.id, s.blocks.c.text, s.blocks.c.type).where(
                    s.blocks.c.document_id.in_(doc_ids)
                )
            ).all()
            for bid, btext, _ in rows:
                conn.exec_driver_sql(
                    "INSERT INTO block_index(block_index, rowid, tokens) VALUES('delete', ?, ?)",
                    (bid, _tokens(btext)),
                )
        for table in (s.appointment_orgs, s.measure_orgs):
            parent = s.appointments if table is s.appointment_orgs else s.measures
            fk = table.c.appointment_id if table is s.appointment_orgs else table.c.measure_id
            conn.execute(
                delete(table).where(
                    fk.in_(select(parent.c.id).where(parent.c.issue_id == issue_id))
                )
            )
        for table in [
            *s.FACT_TABLES.values(),
            s.footnotes,
            s.problems,
            s.doc_numbers,
            s.ledger_entries,
        ]:
            conn.execute(delete(table).where(table.c.issue_id == issue_id))
        conn.execute(delete(s.issuers).where(s.issuers.c.document_id.in_(doc_ids)))
        if self.dialect == "postgresql":
            conn.exec_driver_sql(
                "DELETE FROM block_index WHERE block_id IN (SELECT b.id FROM blocks b JOIN "
                "documents d ON d.id = b.document_id WHERE d.issue_id = %(i)s)",
                {"i": issue_id},
            )
        conn.execute(delete(s.blocks).where(s.blocks.c.document_id.in_(doc_ids)))
        conn.execute(delete(s.documents).where(s.documents.c.issue_id == issue_id))
        conn.execute(delete(s.issues).where(s.issues.c.id == issue_id))

    def counts(self, conn: Connection | None = None) -> dict[str, int]:
        from sqlalchemy import select, text

        from gongbao.store import schema as s

        if conn is None:
            with self.engine.connect() as own:
                return self.counts(own)
        return {
            name: conn.execute(select(text("count(*)")).select_from(table)).scalar() or 0
            for name, table in [
                ("issues", s.issues),
                ("documents", s.documents),
                ("blocks", s.blocks),
                ("appointments", s.appointments),
                ("measures", s.measures),
                ("organisations", s.organisations),
            ]
        }


GENERATION_KEY = "rank_generation"
#: the meta table's rows read by a SQLite reader (``Store.reader``) as well as by SQLAlchemy:
#: driver SQL without parameters, the same on either backend
_GENERATION_SQL = f"SELECT value FROM meta WHERE key = '{GENERATION_KEY}'"
_SCHEMA_VERSION_SQL = "SELECT value FROM meta WHERE key = 'schema_version'"


def _bump_generation(conn: Connection) -> int:
    from sqlalchemy import insert, select, update

    from gongbao.store import schema as s

    value = conn.execute(select(s.meta.c.value).where(s.meta.c.key == GENERATION_KEY)).scalar()
    new = int(value or 0) + 1
    if value is None:
        conn.execute(insert(s.meta).values(key=GENERATION_KEY, value=str(new)))
    else:
        conn.execute(update(s.meta).where(s.meta.c.key == GENERATION_KEY).values(value=str(new)))
    return new


def reindex(conn: Connection, dialect: str) -> None:
    """Rebuild the search index from the stored blocks (after the tokens changed)."""
    from sqlalchemy import select

    from gongbao.store import schema as s

    if dialect == "sqlite":
        conn.exec_driver_sql("INSERT INTO block_index(block_index) VALUES('delete-all')")
    else:
        conn.exec_driver_sql("DELETE FROM block_index")
    rows = conn.execute(select(s.blocks.c.id, s.blocks.c.text)).all()
    for start in range(0, len(rows), 2000):
        _index(conn, dialect, [(bid, str(t)) for bid, t in rows[start : start + 2000]])
    if dialect == "sqlite":  # one segment: ingest leaves merging to FTS5's crisis merge
        conn.exec_driver_sql("INSERT INTO block_index(block_index) VALUES('optimize')")


def _index(conn: Connection, dialect: str, blocks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Add (block id, searchable text) pairs to the search index; returns the token streams
    (the ranking index takes the same ones)."""
    pairs = [(bid, _tokens(t)) for bid, t in blocks]
    _put_tokens(conn, dialect, pairs)
    return pairs


def _put_tokens(conn: Connection, dialect: str, pairs: list[tuple[int, str]]) -> None:
    """Add (block id, token stream) pairs to the database's full-text index."""
    if dialect == "sqlite":
        conn.exec_driver_sql("INSERT INTO block_index(rowid, tokens) VALUES (?, ?)", pairs)
    else:
        conn.exec_driver_sql(
            "INSERT INTO block_index(block_id, tokens) VALUES "
            "(%(b)s, to_tsvector('simple', %(t)s))",
            [{"b": b, "t": t} for b, t in pairs],
        )


def _block_counts(conn: Connection) -> tuple[int, int]:
    """The blocks stored, and the rows of the database's own full-text index (equal unless
    rows were changed in SQL behind gongbao's back)."""
    return _count_rows(conn, "blocks"), _count_rows(conn, "block_index")


def _count_rows(conn: Connection, table: str) -> int:
    """Rows of ``blocks`` or ``block_index`` (names from this module, never from input)."""
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)


def _env_int(name: str, default: int, least: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"{name}={raw!r}: give a whole number") from None
    if value < least:
        raise InputError(f"{name}={raw!r}: at least {least}")
    return value


def _log_disagreement(what: str, indexed: int, stored: int) -> None:
    logging.getLogger("gongbao").warning(
        "%s holds %d blocks, the database %d (rows changed outside gongbao?): answering "
        "from the blocks table; run `gongbao reindex`",
        what,
        indexed,
        stored,
    )


def _file_db(url: str) -> bool:
    """Whether a SQLite URL names a file (SQLAlchemy pools those in a queue pool; an
    in-memory database lives in one connection)."""
    tail = url.split("///", 1)[-1] if "///" in url else ""
    return bool(tail) and tail != ":memory:" and "mode=memory" not in tail


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    # 64 MiB of pages per connection (the default is 2 MiB): a store of a thousand issues
    # keeps the upper levels of its indexes in memory, so a write does not slow as it grows
    cur.execute("PRAGMA cache_size=-65536")
    cur.close()


def _tokens(textual: str) -> str:
    return index_stream(textual)


#: the PostgreSQL advisory lock an ingest holds while it writes
_WRITER_LOCK = 0x67_6F_6E_67  # 'gong'


def _next_document_number(conn: Connection) -> int:
    from sqlalchemy import func, select

    from gongbao.store import schema as s

    return int(conn.execute(select(func.coalesce(func.max(s.documents.c.num), 0))).scalar_one()) + 1


def write_doc_numbers(conn: Connection, issue_id: str, numbers: list[tuple[str, str, str]]) -> None:
    from sqlalchemy import insert

    from gongbao.store import schema as s
    from gongbao.store.rows import doc_number_rows

    rows = doc_number_rows(issue_id, numbers)
    if rows:
        conn.execute(insert(s.doc_numbers), rows)


def _write_ledger_rows(conn: Connection, rows: list[dict[str, Any]]) -> None:
    from sqlalchemy import insert

    from gongbao.store import schema as s
    from gongbao.store.write import insert_all_new

    if not rows:
        return
    conn.execute(insert(s.ledger_entries), rows)
    keys = dict.fromkeys((r["key"], r["place"], r["norm"]) for r in rows)
    insert_all_new(conn, s.ledger_keys, [{"key": k, "place": p, "norm": n} for k, p, n in keys])


def _backfill_doc_numbers(conn: Connection, _dialect: str) -> None:
    """Schema 4: the 文号 series table, filled from what is stored."""
    from sqlalchemy import select

    from gongbao.store import schema as s

    held = conn.execute(
        select(s.documents.c.issue_id, s.documents.c.id, s.documents.c.doc_number).where(
            s.documents.c.doc_number.is_not(None)
        )
    ).all()
    cited = conn.execute(
        select(s.references.c.issue_id, s.references.c.document_id, s.references.c.data).where(
            s.references.c.doc_number.is_not(None)
        )
    ).all()
    by_issue: dict[str, list[tuple[str, str, str]]] = {}
    for issue_id, doc, number in held:
        by_issue.setdefault(issue_id, []).append((doc, number, "held"))
    for issue_id, doc, data in cited:
        number = json.loads(data).get("doc_number")
        if number and doc:
            by_issue.setdefault(issue_id, []).append((doc, number, "cited"))
    for issue_id, numbers in by_issue.items():
        write_doc_numbers(conn, issue_id, numbers)


def _add_validity(conn: Connection, _dialect: str) -> None:
    """Schema 5: documents' validity dates and what each citation does, as columns."""
    from sqlalchemy import inspect, select, update

    from gongbao.store import schema as s

    have = {
        (t, c["name"])
        for t in ("documents", "doc_references")
        for c in inspect(conn).get_columns(t)
    }
    for table, column, kind in [
        ("documents", "valid_from", "VARCHAR(10)"),
        ("documents", "valid_until", "VARCHAR(10)"),
        ("doc_references", "relation", "VARCHAR(8)"),
    ]:
        if (table, column) not in have:
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_documents_valid_until ON documents (valid_until)"
    )
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_doc_references_relation ON doc_references (relation)"
    )
    for doc_id, data in conn.execute(select(s.documents.c.id, s.documents.c.data)).all():
        d = json.loads(data)
        if d.get("valid_from") or d.get("valid_until"):
            conn.execute(
                update(s.documents)
                .where(s.documents.c.id == doc_id)
                .values(valid_from=d.get("valid_from"), valid_until=d.get("valid_until"))
            )
    # what each stored citation does, read again off its clause and its document's title
    from gongbao.extract.references import relation

    titles = dict(conn.execute(select(s.documents.c.id, s.documents.c.title)).all())
    texts = {
        (doc, path): text
        for doc, path, text in conn.execute(
            select(s.blocks.c.document_id, s.blocks.c.path, s.blocks.c.text).where(
                s.blocks.c.document_id.in_(
                    select(s.references.c.document_id).where(s.references.c.relation.is_(None))
                )
            )
        )
    }
    for ref_id, doc, data in conn.execute(
        select(s.references.c.id, s.references.c.document_id, s.references.c.data).where(
            s.references.c.relation.is_(None)
        )
    ).all():
        src = json.loads(data).get("source") or {}
        span = src.get("span")
        rel = relation(
            titles.get(doc, ""),
            texts.get((doc, src.get("block") or ""), ""),
            (span[0], span[1]) if span else None,
        )
        conn.execute(update(s.references).where(s.references.c.id == ref_id).values(relation=rel))


def _no_background_merge(conn: Connection, dialect: str) -> None:
    """Schema 8: an index on what a citation points to; and FTS5 merges its segments only
    when a level holds 16 (its crisis merge), not a little with every insert: with the
    default, each ingest also rewrote older segments, a cost that grew with the store (72 →
    128 ms an issue at 400 issues) and pushed the rest of the store's pages out of the
    cache. Queries read at most 16 segments a level; `gongbao reindex` writes the index
    afresh in one."""
    if dialect == "sqlite":
        conn.exec_driver_sql("INSERT INTO block_index(block_index, rank) VALUES('automerge', 0)")
    # and what cites a document is found by one index probe, not a scan of every citation
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_doc_references_target ON doc_references (target)"
    )


def _index_printed(conn: Connection, dialect: str) -> None:
    """Schema 10: what documents print around their body (head, signature, footnotes) is
    stored as blocks and indexed (``write.printed_rows``); the generation moves on, so the
    ranking index is rebuilt by the next ingest or ``gongbao reindex``."""
    from gongbao.store.write import backfill_printed

    pairs = backfill_printed(conn, dialect)
    for start in range(0, len(pairs), 2000):
        _index(conn, dialect, pairs[start : start + 2000])
    _bump_generation(conn)


def _no_benefits(_conn: Connection, _dialect: str) -> None:
    """Schema 11: benefits (created empty by ``create_all``; issues stored before hold none
    until they are ingested again)."""


def _no_judgements(_conn: Connection, _dialect: str) -> None:
    """Schema 9: people's merge and split judgements (created empty by ``create_all``)."""


def _no_history(_conn: Connection, _dialect: str) -> None:
    """Schema 6: the change log (created empty; what was stored before has no events)."""


def _backfill_ledger(conn: Connection, _dialect: str) -> None:
    """Schema 7: the indicator ledger, filled from the indicators stored."""
    from sqlalchemy import delete, select

    from gongbao.store import schema as s
    from gongbao.store.rows import ledger_row as _ledger_row

    conn.execute(delete(s.ledger_entries))  # rebuilt whole: running it twice changes nothing
    from gongbao.facts import Indicator, Value
    from gongbao.ledger import entries, place_of
    from gongbao.model import Source

    docs = {
        r.id: (json.loads(r.issuers), r.title, r.date)
        for r in conn.execute(
            select(s.documents.c.id, s.documents.c.issuers, s.documents.c.title, s.documents.c.date)
        )
    }
    rows: list[dict[str, Any]] = []
    for issue_id, data in conn.execute(select(s.indicators.c.issue_id, s.indicators.c.data)):
        x = json.loads(data)
        doc = docs.get(x.get("document"))
        if doc is None:
            continue

        def value(v: dict[str, Any] | None) -> Value | None:
            return Value(**v) if v else None

        ind = Indicator(
            x["document"],
            x.get("table"),
            x.get("category"),
            x["name"],
            x.get("unit"),
            x.get("attribute"),
            x.get("period"),
            value(x.get("target")),
            value(x.get("actual")),
            x.get("met"),
            Source(
                **{
                    k: v
                    for k, v in (x.get("source") or {}).items()
                    if k in ("document", "block", "span", "line", "end_line", "page")
                }
            ),
        )
        src = x.get("source") or {}
        rows.extend(
            _ledger_row(issue_id, x["document"], e, doc[2], src)
            for e in entries(ind, place_of(doc[0], doc[1]))
        )
    _write_ledger_rows(conn, rows)


#: schema version → the step that brings the previous version to it
MIGRATIONS: dict[int, Callable[[Connection, str], None]] = {
    2: reindex,  # punctuation and spaces became tokens: exact phrases with punctuation
    3: reindex,  # traditional characters folded to simplified: either script finds both
    4: _backfill_doc_numbers,  # 文号 series
    5: _add_validity,  # valid_from / valid_until columns, citations' relations
    6: _no_history,  # the change log: events start with the next ingest
    7: _backfill_ledger,  # the indicator ledger
    8: _no_background_merge,  # ingest does not rewrite the full-text index's old segments
    9: _no_judgements,  # people merged and split by a reviewer
    10: _index_printed,  # heads, signatures and footnotes searched
    11: _no_benefits,  # the articles of a 扶持办法 that say what is given, on what conditions
}
#: the schema this gongbao writes: its last migration's. ``schema.SCHEMA_VERSION`` says the
#: same, but its module loads SQLAlchemy, which a reader must not (a test holds them equal)
SCHEMA_VERSION = max(MIGRATIONS)
