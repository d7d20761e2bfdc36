"""The same store, search and API tests run on SQLite (a real file, with and without the
ranking index beside it) and on PostgreSQL (a real
server that scripts/pg.sh installs and starts; its URL comes in GONGBAO_TEST_PG). Outside CI
the PostgreSQL half is skipped when no server was started; in CI it must run."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

import gongbao
from gongbao.store.db import Store
from tests.conftest import SAMPLE

#: sqlite and postgresql rank with the Tantivy index (beside the file; in a folder of the test's
#: own); sqlite-fts and postgresql-gin with the database's index alone (the fallback when the
#: ranking index is missing or behind)
BACKENDS = ["sqlite", "sqlite-fts", "postgresql", "postgresql-gin"]


def _pg_url() -> str:
    url = os.environ.get("GONGBAO_TEST_PG")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("GONGBAO_TEST_PG is not set: scripts/test.sh starts PostgreSQL for CI")
        pytest.skip("no PostgreSQL server (run scripts/test.sh, or set GONGBAO_TEST_PG)")
    return url


def fresh_store(backend: str, tmp: Path) -> Store:
    if backend == "sqlite":
        return Store(str(tmp / "gongbao.db"))
    if backend == "sqlite-fts":
        return Store(str(tmp / "gongbao.db"), rank=False)
    url = _pg_url()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    if backend == "postgresql-gin":
        return Store(url, rank=False)
    return Store(url, index_dir=tmp / "pg.index")


@pytest.fixture(params=BACKENDS)
def empty_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    store = fresh_store(request.param, tmp_path)
    yield store
    store.engine.dispose()


@pytest.fixture(scope="module", params=BACKENDS)
def sample_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """A store holding the sample issue, shared by read-only tests of a module."""
    store = fresh_store(request.param, tmp_path_factory.mktemp(request.param))
    store.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    yield store
    store.engine.dispose()
