"""Rows into PostgreSQL by COPY, for the tables an ingest fills with many rows an issue.

SQLAlchemy hands a list of rows to psycopg's ``executemany``, which sends one INSERT a row:
for the sample's ~2,600 rows an issue, psycopg's work on each row (preparing, adapting,
sending, reading its result) was half the CPU of the process that stores, and the server
ran as many statements. COPY sends the same rows as one stream, adapted in psycopg's C code,
into one statement. What is stored is the same: the values go through the columns' own
conversions (SQLAlchemy's bind processors: a FLOAT column's ``3`` is ``3.0``, a BOOLEAN's
``1`` is ``true``) and the server parses each as an INSERT would.

A failure is raised as SQLAlchemy's exception for it (``DataError``, ``OperationalError`` …),
as an INSERT's would be: callers tell a value the store refuses from a lost connection.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError


def can_copy(conn: Connection) -> bool:
    """Whether ``copy_rows`` works on this connection: PostgreSQL through psycopg 3."""
    return conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg"


def copy_rows(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in one COPY, inside the
    connection's transaction."""
    if not rows:
        return
    import psycopg

    keys = list(rows[0])
    quote = conn.dialect.identifier_preparer
    sql = f"COPY {quote.format_table(table)} ({', '.join(quote.quote(k) for k in keys)}) FROM STDIN"
    convert = [(i, table.c[k].type.bind_processor(conn.dialect)) for i, k in enumerate(keys)]
    convert = [(i, f) for i, f in convert if f is not None]
    get = itemgetter(*keys)
    values: Any = (get(r) for r in rows) if len(keys) > 1 else ((r[keys[0]],) for r in rows)
    if convert:
        values = (_converted(v, convert) for v in values)
    raw: Any = conn.connection.driver_connection
    try:
        with raw.cursor() as cur, cur.copy(sql) as copy:
            for value in values:
                copy.write_row(value)
    except psycopg.Error as exc:
        raise DBAPIError.instance(sql, None, exc, psycopg.Error, dialect=conn.dialect) from exc


def copy_tsvectors(conn: Connection, rows: list[tuple[int, bytes]]) -> None:
    """Add (block id, tsvector in PostgreSQL's binary form) rows to the full-text index in one
    binary COPY: the server takes each tsvector as it is sent (``tokens.tsvector_binary``),
    where a text form had to be parsed and sorted (three quarters of the server's time on
    the index's rows, besides its GIN index)."""
    if not rows:
        return
    import psycopg

    sql = "COPY block_index (block_id, tokens) FROM STDIN (FORMAT BINARY)"
    raw: Any = conn.connection.driver_connection
    try:
        with raw.cursor() as cur, cur.copy(sql) as copy:
            # bytea's dumper sends the bytes as they are: the column's own binary input reads them
            copy.set_types(["int8", "bytea"])
            for row in rows:
                copy.write_row(row)
    except psycopg.Error as exc:
        raise DBAPIError.instance(sql, None, exc, psycopg.Error, dialect=conn.dialect) from exc


def _converted(value: tuple[Any, ...], convert: list[tuple[int, Any]]) -> tuple[Any, ...]:
    out = list(value)
    for i, f in convert:
        out[i] = f(out[i])
    return tuple(out)


def copy_numbered(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` into ``table`` by COPY with ids taken from its ``id`` column's sequence
    first; the ids in the order of ``rows``. They are the ids an INSERT of the rows would
    have given (one ``nextval`` a row, ascending), without the INSERT … RETURNING whose
    text, a placeholder a value, psycopg parsed in Python for each batch."""
    if not rows:
        return []
    taken = conn.exec_driver_sql(
        "SELECT nextval(pg_get_serial_sequence(%(t)s, 'id')) FROM generate_series(1, %(n)s)",
        {"t": table.name, "n": len(rows)},
    ).scalars()
    ids = sorted(int(i) for i in taken)
    copy_rows(conn, table, [{"id": i, **r} for i, r in zip(ids, rows, strict=True)])
    return ids
