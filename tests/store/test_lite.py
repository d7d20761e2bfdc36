"""`gongbao search` reads a SQLite store through sqlite3 alone (``Store.reader``,
``gongbao.store.lite``): the same answers as the full store, on either of its indexes; the
full store wherever the reader cannot stand in for it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from gongbao.model import Issue
from gongbao.store import schema
from gongbao.store.db import SCHEMA_VERSION, Store
from gongbao.store.lite import LiteEngine
from gongbao.store.search import Filters, search
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def sample_db(sample: Issue, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = str(tmp_path_factory.mktemp("lite") / "gongbao.db")
    store = Store(path)
    store.ingest(sample, SAMPLE.name, SAMPLE.read_bytes())
    store.close()
    yield path


#: (query, filters, limit, offset, total). Totals checked by hand against a scan of the
#: sample's stored blocks (``text LIKE``): 养老 in 32 blocks, 17 of them without 机构, 51
#: blocks hold 养老 or 就业; '人民政府,' (the comma folded to '，') is in 2 blocks of the
#: government work report (jingan-2026-01-05 §2, §3.7.5); 政府 in 5 blocks of notices
CASES = [
    ("养老", Filters(), 10, 0, 32),
    ("养老", Filters(), 5, 30, 32),
    ("养老 -机构", Filters(), 20, 0, 17),
    ("养老 OR 就业", Filters(), 10, 0, 51),
    ('"人民政府,"', Filters(), 10, 0, 2),
    ("政府", Filters(kind="notice"), 10, 0, 5),
    ("政府", Filters(issuer="静安区", date_from="2026-01"), 10, 2, None),
    ("政府", Filters(gazette="jingan", issue="jingan-2026-01", date_to="2026-12-31"), 3, 0, None),
    ("政府", Filters(gazette="nowhere"), 10, 0, 0),
]


@pytest.mark.parametrize("rank", ["on", "off"])
@pytest.mark.parametrize(("query", "filters", "limit", "offset", "total"), CASES)
def test_the_reader_answers_as_the_full_store(
    sample_db: str,
    monkeypatch: pytest.MonkeyPatch,
    rank: str,
    query: str,
    filters: Filters,
    limit: int,
    offset: int,
    total: int | None,
) -> None:
    # rank off: the database's own index (FTS5) answers, through the reader's connection
    monkeypatch.setenv("GONGBAO_RANK_INDEX", rank)
    reader, full = Store.reader(sample_db), Store(sample_db, create=False)
    assert reader is not None
    assert type(reader.engine) is LiteEngine
    got = search(reader, query, filters, limit, offset).to_dict()
    assert got == search(full, query, filters, limit, offset).to_dict()
    if total is not None:
        assert got["total"] == total
    if rank == "on":
        assert reader.rank_ready()  # the answer was the ranking index's
    reader.close()
    full.close()


def test_the_reader_reads_one_snapshot(sample_db: str) -> None:
    reader = Store.reader(sample_db)
    assert reader is not None
    with reader.reading() as conn:
        assert conn.connection.dbapi_connection.in_transaction  # BEGIN: one snapshot
        assert reader.rank_generation(conn) == 1  # one issue ingested
    reader.close()


def test_the_full_store_where_the_reader_cannot_stand_in(tmp_path: Path, sample_db: str) -> None:
    """None (the caller opens the full store, which says what is wrong or migrates): no such
    file, a folder, a file that is no database, PostgreSQL, an older schema."""
    assert Store.reader(str(tmp_path / "missing.db")) is None
    assert Store.reader(str(tmp_path)) is None
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all")
    assert Store.reader(str(junk)) is None
    assert Store.reader("postgresql://nobody@127.0.0.1:1/none") is None
    old = tmp_path / "old.db"
    old.write_bytes(Path(sample_db).read_bytes())
    with sqlite3.connect(old) as raw:
        raw.execute("UPDATE meta SET value = '10' WHERE key = 'schema_version'")
    assert Store.reader(str(old)) is None
    Store(str(old), create=False).close()  # migrated to this gongbao's schema
    assert Store.reader(str(old)) is not None


def test_the_readers_schema_version_is_the_schemas() -> None:
    # db.SCHEMA_VERSION is read without importing the tables (which loads SQLAlchemy)
    assert SCHEMA_VERSION == schema.SCHEMA_VERSION
