"""The tsvector the parse worker makes (``tokens.tsvector_binary``, PostgreSQL's binary form)
is what PostgreSQL's ``to_tsvector('simple', …)`` makes of the same token stream, and rows
sent by COPY (``store.copy``) fail as an INSERT's would."""

from __future__ import annotations

import struct
from collections.abc import Iterator

import pytest
from sqlalchemy import Column, MetaData, String, Table, Text, create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DataError

from gongbao.pipeline import parse_text
from gongbao.store.copy import copy_rows, copy_tsvectors
from gongbao.store.rows import issue_rows
from gongbao.store.tokens import index_stream, tsvector_binary
from tests.conftest import SAMPLE
from tests.store.conftest import _pg_url


def lexemes(binary: bytes | None) -> list[tuple[str, list[int]]]:
    """The binary form read back: each lexeme with its positions, in the order sent."""
    assert binary is not None
    (count,), at, out = struct.unpack_from(">i", binary), 4, []
    for _ in range(count):
        end = binary.index(b"\0", at)
        (n,) = struct.unpack_from(">H", binary, end + 1)
        out.append((binary[at:end].decode(), list(struct.unpack_from(f">{n}H", binary, end + 3))))
        at = end + 3 + 2 * n
    assert at == len(binary)
    return out


def test_positions_of_a_heading() -> None:
    # checked by hand from the module docstring's stream: each token at its place from 1,
    # brk0 at 3, 7 and 10, 五 at 15 and 16; the lexemes in code-point order (ASCII first, then
    # 五 U+4E94 < 划 U+5212 < 区 U+533A < 十 U+5341 < 安 U+5B89 < 规 U+89C4 < 静 U+9759, a
    # character before the bigram it begins), as the server keeps them
    stream = index_stream("静安区“十五五”规划")
    assert stream == "静安 安区 brk0 x201c 十五 五五 brk0 x201d 规划 brk0 静 安 区 十 五 五 规 划"
    assert lexemes(tsvector_binary(stream)) == [
        ("brk0", [3, 7, 10]),
        ("x201c", [4]),
        ("x201d", [8]),
        ("五", [15, 16]),
        ("五五", [6]),
        ("划", [18]),
        ("区", [13]),
        ("十", [14]),
        ("十五", [5]),
        ("安", [12]),
        ("安区", [2]),
        ("规", [17]),
        ("规划", [9]),
        ("静", [11]),
        ("静安", [1]),
    ]


def test_what_postgresql_keeps_of_many_positions() -> None:
    # 255 positions a lexeme; past 16383 every position counts as 16383
    assert lexemes(tsvector_binary(" ".join(["ab"] * 300))) == [("ab", list(range(1, 256)))]
    late = lexemes(tsvector_binary(" ".join(["x1"] * 16381 + ["cd"] * 4)))
    assert late[0] == ("cd", [16382, 16383])


def test_other_streams_are_left_to_the_server() -> None:
    assert tsvector_binary(index_stream("café")) is None  # é: not plain
    assert tsvector_binary(index_stream("")) is None  # no token: the server says what it is


@pytest.fixture(scope="module")
def pg() -> Iterator[Engine]:
    engine = create_engine(_pg_url())
    yield engine
    engine.dispose()


def test_the_samples_blocks_as_postgresql_makes_them(pg: Engine) -> None:
    text_ = SAMPLE.read_text(encoding="utf-8")
    rows = issue_rows(parse_text(text_), "sample", text_)
    pairs = [
        (stream, made)
        for streams, vectors in zip(rows.streams, rows.vectors, strict=True)
        for stream, made in zip(streams, vectors, strict=True)
    ]
    # measured: 11 of the sample's 795 blocks print something beyond the plain alphabet
    # (a full-width or Latin sign), and their tsvector is the server's to make
    assert (len(pairs), sum(made is None for _, made in pairs)) == (795, 11)
    with pg.connect() as conn:
        # a table of the session's own under the name the COPY writes to
        conn.execute(text("CREATE TEMP TABLE block_index (block_id bigint, tokens tsvector)"))
        copy_tsvectors(conn, [(k, made) for k, (_, made) in enumerate(pairs) if made is not None])
        ours = dict(conn.execute(text("SELECT block_id, tokens::text FROM block_index")).all())
        for k, (stream, made) in enumerate(pairs):
            if made is None:
                continue
            server = conn.execute(text("SELECT to_tsvector('simple', :s)::text"), {"s": stream})
            assert ours[k] == server.scalar_one()
        conn.rollback()


def test_a_value_postgresql_refuses_by_copy_is_a_data_error(pg: Engine) -> None:
    # a NUL, which no PostgreSQL text holds: SQLAlchemy's DataError, as an INSERT's is
    table = Table("copy_probe", MetaData(), Column("id", String), Column("name", Text))
    with pg.connect() as conn:
        conn.execute(text("CREATE TEMP TABLE copy_probe (id text, name text)"))
        copy_rows(conn, table, [{"id": "a", "name": "静安"}, {"id": "b", "name": None}])
        assert conn.execute(text("SELECT * FROM copy_probe ORDER BY id")).all() == [
            ("a", "静安"),
            ("b", None),
        ]
        with pytest.raises(DataError):
            copy_rows(conn, table, [{"id": "c", "name": "nul\x00inside"}])
        conn.rollback()
