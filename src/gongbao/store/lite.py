"""Reading a SQLite store through the standard library's sqlite3, without SQLAlchemy.

SQLAlchemy's import alone costs `gongbao search` more CPU than the search itself (0.16–0.26 s
against a few hundredths). A search only reads, with a handful of calls: this module offers
those calls of SQLAlchemy's ``Engine`` and ``Connection`` over sqlite3, which takes the
statements' ``:name`` parameters natively. ``Store.reader`` (``gongbao.store.db``) chooses it
for a SQLite file that needs no migration; everything that writes keeps SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

__all__ = ["LiteConnection", "LiteEngine", "LiteResult", "sql"]


def sql(statement: str) -> Any:
    """A statement for ``conn.execute``, whichever kind of connection runs it: SQLAlchemy's
    ``text()`` once SQLAlchemy is loaded (its connections take nothing else, and a
    :class:`LiteConnection` reads the text back); before, the string itself, since no
    SQLAlchemy connection can exist yet. Never imports SQLAlchemy."""
    sqlalchemy = sys.modules.get("sqlalchemy")
    return statement if sqlalchemy is None else sqlalchemy.text(statement)


class LiteResult:
    """The rows of one statement, read as SQLAlchemy's ``Result`` is: iterated, ``all()``,
    ``scalar()``. Rows are plain tuples (SQLAlchemy's rows are tuples too)."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self._cursor)

    def all(self) -> list[tuple[Any, ...]]:
        return self._cursor.fetchall()

    def scalar(self) -> Any:
        """The first column of the first row, None without rows (the rest is discarded)."""
        row = self._cursor.fetchone()
        self._cursor.close()
        return None if row is None else row[0]


class LiteConnection:
    """One sqlite3 connection with the calls of SQLAlchemy's ``Connection`` that reading
    uses: ``execute`` (a statement from :func:`sql` or its text, ``:name`` parameters),
    ``exec_driver_sql`` (``?`` parameters), ``rollback``."""

    __slots__ = ("dbapi_connection",)

    def __init__(self, raw: sqlite3.Connection) -> None:
        self.dbapi_connection = raw

    @property
    def connection(self) -> LiteConnection:
        """Itself: ``conn.connection.dbapi_connection`` is the sqlite3 connection, the path
        SQLAlchemy gives to its driver's connection."""
        return self

    def execute(self, statement: Any, params: Mapping[str, Any] | None = None) -> LiteResult:
        text = statement if isinstance(statement, str) else str(statement.text)
        return LiteResult(self.dbapi_connection.execute(text, params or {}))

    def exec_driver_sql(self, statement: str, params: Any = ()) -> LiteResult:
        return LiteResult(self.dbapi_connection.execute(statement, params))

    def rollback(self) -> None:
        self.dbapi_connection.rollback()


class LiteEngine:
    """Connections to one SQLite file, each set up by ``on_connect`` (the store's pragmas)
    when opened and kept for the next ``connect()``, as SQLAlchemy's pool keeps them."""

    def __init__(self, path: str, on_connect: Callable[[sqlite3.Connection, Any], None]) -> None:
        self.path = path
        self._on_connect = on_connect
        self._idle: list[sqlite3.Connection] = []

    def _open(self) -> sqlite3.Connection:
        # autocommit: nothing is written, and a snapshot is begun explicitly (Store.reading)
        raw = sqlite3.connect(self.path, isolation_level=None)
        self._on_connect(raw, None)
        return raw

    @contextmanager
    def connect(self) -> Iterator[LiteConnection]:
        """A connection, given back (its transaction rolled back) when the block ends."""
        raw = self._idle.pop() if self._idle else self._open()
        try:
            yield LiteConnection(raw)
        finally:
            if raw.in_transaction:
                raw.rollback()
            self._idle.append(raw)

    def dispose(self) -> None:
        while self._idle:
            self._idle.pop().close()
