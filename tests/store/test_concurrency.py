"""The store under concurrent readers and writers: one connection per search, one snapshot per
search, a reindex never seen half done, rows changed in SQL behind gongbao's back noticed."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import event, text

import gongbao
from gongbao.cli import main
from gongbao.store import db as store_db
from gongbao.store import search as search_mod
from gongbao.store.db import Store
from gongbao.store.search import Filters, search
from tests.conftest import FIXTURES, SAMPLE
from tests.store.conftest import fresh_store


@contextmanager
def peak_connections(store: Store) -> Iterator[list[int]]:
    """The most connections ``store``'s pool had lent at once while the block ran."""
    state = {"now": 0}
    peak = [0]
    lock = threading.Lock()

    def out(*_: object) -> None:
        with lock:
            state["now"] += 1
            peak[0] = max(peak[0], state["now"])

    def back(*_: object) -> None:
        with lock:
            state["now"] -= 1

    event.listen(store.engine, "checkout", out)
    event.listen(store.engine, "checkin", back)
    try:
        yield peak
    finally:
        event.remove(store.engine, "checkout", out)
        event.remove(store.engine, "checkin", back)


def _scan_count(store: Store, needle: str) -> int:
    with store.engine.connect() as conn:
        return int(
            conn.execute(
                text("SELECT count(*) FROM blocks WHERE text LIKE :p"), {"p": f"%{needle}%"}
            ).scalar_one()
        )


def _ingest(store: Store, path: Path = SAMPLE) -> None:
    store.ingest(gongbao.parse_file(path), path.name, path.read_bytes())


def _delete_issue(store: Store, issue_id: str) -> None:
    """What a replacing ingest does first, committed from another thread."""

    def run() -> None:
        with store.engine.begin() as conn:
            store._delete_issue(conn, issue_id)
            store_db._bump_generation(conn)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=15)
    assert not worker.is_alive()


def test_a_search_holds_one_connection(sample_store: Store) -> None:
    """A search asked the pool for a second connection while holding one (the generation
    check): 32 concurrent searches took every connection and each waited 30 s for another."""
    for q in ["养老", "PM2.5", "宝宝屋 OR 托育"]:
        with peak_connections(sample_store) as peak:
            assert search(sample_store, q).total > 0
        assert peak[0] == 1, q


def test_a_pool_of_one_connection_serves_searches(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "g.db"), pool_size=1, max_overflow=0, pool_timeout=2)
    _ingest(store)
    assert store.capacity == 1
    t0 = time.monotonic()
    # 31 body blocks and the head of -10 (征地养老人员 in its title, line 1943)
    assert search(store, "养老").total == _scan_count(store, "养老") == 32
    assert time.monotonic() - t0 < 2
    store.close()


def test_a_read_holds_one_snapshot(empty_store: Store) -> None:
    """Statements on ``Store.reading`` see the database as it was at the first of them, though
    a writer commits in another thread in between (SQLite issues no BEGIN for a SELECT
    unless told to)."""
    _ingest(empty_store)
    with empty_store.reading() as conn:
        before = conn.execute(text("SELECT count(*) FROM blocks")).scalar_one()
        _delete_issue(empty_store, "jingan-2026-01")
        assert conn.execute(text("SELECT count(*) FROM blocks")).scalar_one() == before > 0
        assert conn.execute(text("SELECT count(*) FROM documents")).scalar_one() == 10
    with empty_store.reading() as conn:  # the writer did commit
        assert conn.execute(text("SELECT count(*) FROM blocks")).scalar_one() == 0


def test_a_search_meets_an_issue_removed_between_its_reads(
    empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An issue replaced between a search's block and document reads was a KeyError (500):
    the search reads one snapshot, and sees the issue whole."""
    _ingest(empty_store)
    expected = search(empty_store, "养老", Filters(), limit=50)
    phrase = search(empty_store, "PM2.5", Filters(), limit=50)  # confirmed against the text
    assert expected.total == 32 and phrase.total > 0
    blocks = search_mod._blocks
    calls = []

    def blocks_then_writer(conn: object, ranked: list[tuple[int, float]]) -> object:
        rows = blocks(conn, ranked)
        if not calls:
            calls.append(1)
            _delete_issue(empty_store, "jingan-2026-01")
        return rows

    monkeypatch.setattr(search_mod, "_blocks", blocks_then_writer)
    found = search(empty_store, "养老", Filters(), limit=50)
    assert calls  # the writer ran midway
    assert found.to_dict() == expected.to_dict()
    monkeypatch.setattr(search_mod, "_blocks", blocks)
    assert search(empty_store, "养老").total == 0  # and after, the issue is gone
    assert search(empty_store, "PM2.5").total == 0


def test_hits_leave_out_a_block_whose_document_is_gone() -> None:
    from gongbao.store.query import parse_query

    rows = [
        (1, "doc-a", "1", "养老服务", -1.0, 3, "paragraph"),
        (2, "doc-b", "2", "养老", -0.5, 4, "paragraph"),
    ]
    hits = search_mod._hits(rows, {"doc-a": ("issue-1", "标题")}, parse_query("养老"))
    assert [h.document for h in hits] == ["doc-a"]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_reindex_never_answers_wrong(backend: str, tmp_path: Path) -> None:
    """`gongbao reindex` emptied the index before filling it: for half a second a server
    answered total 0 with status 200. Now it builds beside the old one and switches."""
    writer = fresh_store(backend, tmp_path)
    _ingest(writer)
    _ingest(writer, FIXTURES / "county_notice.txt")
    writer.close()
    server = Store(writer.url, index_dir=writer.rank.directory if writer.rank else None)
    want = {q: _scan_count(server, q) for q in ("养老", "通知")}
    assert all(want.values())
    stop = threading.Event()
    wrong: list[tuple[str, int]] = []
    answered = [0]

    def loop() -> None:
        while not stop.is_set():
            for q, n in want.items():
                got = search(server, q).total
                answered[0] += 1
                if got != n:
                    wrong.append((q, got))

    reader = threading.Thread(target=loop)
    reader.start()
    try:
        for _ in range(3):
            other = Store(writer.url, index_dir=writer.rank.directory if writer.rank else None)
            other.rebuild_rank()  # what `gongbao reindex` runs, as another process would
            other.close()
            time.sleep(0.3)
    finally:
        stop.set()
        reader.join(timeout=15)
    assert answered[0] > 10 and not wrong, wrong[:5]
    assert server.rank_ready()  # and it reads the new index, not the database
    assert server.rank is not None
    folders = [p for p in server.rank.directory.iterdir() if p.is_dir()]
    assert len(folders) <= 2  # the one in use and the one before
    server.close()


def test_rows_deleted_in_sql_are_noticed_and_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows deleted in SQL leave the generation alone: the block count tells; search answers
    from the database meanwhile, and `gongbao check` says to reindex."""
    path = str(tmp_path / "g.db")
    store = Store(path)
    _ingest(store)
    _ingest(store, FIXTURES / "county_notice.txt")
    store.close()
    runner = CliRunner()
    ok = runner.invoke(main, ["check", "--db", path])
    assert ok.exit_code == 0, ok.output
    assert "they agree" in ok.output
    server = Store(path)
    assert search(server, "养老").total == 32 and server.rank_ready()
    with server.engine.begin() as conn:  # behind gongbao's back
        conn.execute(
            text(
                "DELETE FROM blocks WHERE document_id = 'jingan-2026-01-08' AND text LIKE '%养老%'"
            )
        )
    want = _scan_count(server, "养老")
    assert want < 32
    monkeypatch.setattr(store_db, "COUNT_CHECK_SECONDS", 0.0)  # a serving store checks again
    assert search(server, "养老").total == want
    assert not server.rank_ready()
    assert search(Store(path), "养老").total == want  # and a server started now
    bad = runner.invoke(main, ["check", "--db", path])
    assert bad.exit_code == 1
    assert "jingan-2026-01: database" in bad.output and "gongbao reindex" in bad.output
    assert runner.invoke(main, ["reindex", "--db", path]).exit_code == 0
    assert runner.invoke(main, ["check", "--db", path]).exit_code == 0
    assert server.rank_ready() and search(server, "养老").total == want
    server.close()
