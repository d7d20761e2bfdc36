"""Search on both backends: known answers on the sample, checked against a plain scan.

Hand-checked: 养老 appears in 8 of the 10 documents (grep -c on each document's lines); 宝宝屋
in 9 blocks of 4 documents; PM2.5 is printed as PM_{2.5} three times, in two documents.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from gongbao.errors import InputError
from gongbao.store import schema as s
from gongbao.store.db import Store
from gongbao.store.search import Filters, search
from gongbao.store.tokens import fold


def _scan(store: Store, needle: str) -> set[tuple[str, str]]:
    """The naive answer: every block whose text holds the needle."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(s.blocks.c.document_id, s.blocks.c.path, s.blocks.c.text)).all()
    return {(d, p) for d, p, t in rows if fold(needle) in fold(t)}


def _all(store: Store, q: str, **f: str) -> set[tuple[str, str]]:
    r = search(store, q, Filters(**f), limit=10_000)
    assert r.total == len(r.results)
    return {(h.document, h.block) for h in r.results}


@pytest.mark.parametrize(
    "q",
    [
        "养",
        "养老",
        "宝宝屋",
        "为老服务",
        "PM2.5",
        "AI+",
        "HR SaaS",
        "2026年",
        "（CAZ）",
        "区人力资源社会保障局",
    ],
)
def test_every_exact_occurrence_is_found(sample_store: Store, q: str) -> None:
    expected = (
        _scan(sample_store, q)
        if " " not in q
        else (_scan(sample_store, "HR") & _scan(sample_store, "SaaS"))
    )
    assert _all(sample_store, q) == expected
    assert expected


def test_known_answers(sample_store: Store) -> None:
    docs = {d for d, _ in _all(sample_store, "养老")}
    assert len(docs) == 8
    r = search(sample_store, "宝宝屋", limit=3)
    assert r.total == 9 and len(r.results) == 3
    assert r.facets["kind"] == {"report": 5, "plan": 3, "notice": 1}
    assert len({d for d, _ in _all(sample_store, "PM2.5")}) == 2
    assert search(sample_store, "PM2.5").total == 3
    assert search(sample_store, "不存在的词语").total == 0


def test_phrase_and_or_not(sample_store: Store) -> None:
    both = _all(sample_store, "养老 托育")
    assert both == _scan(sample_store, "养老") & _scan(sample_store, "托育")
    either = _all(sample_store, "宝宝屋 OR 托育")
    assert either == _scan(sample_store, "宝宝屋") | _scan(sample_store, "托育")
    without = _all(sample_store, "养老 -机构")
    assert without == _scan(sample_store, "养老") - _scan(sample_store, "机构")
    assert _all(sample_store, "养老 NOT 机构") == without
    assert _all(sample_store, '"为老服务"') == _scan(sample_store, "为老服务")


def test_ranking_and_snippets(sample_store: Store) -> None:
    r = search(sample_store, "宝宝屋", limit=20)
    scores = [h.score for h in r.results]
    assert scores == sorted(scores, reverse=True)
    top = r.results[0]
    assert (
        top.snippet.count("<mark>宝宝屋</mark>") == 2
    )  # 新增1个特色“宝宝屋”，推进25个社区“宝宝屋”
    assert top.document == "jingan-2026-01-01"
    r = search(sample_store, "PM2.5")
    assert all("<mark>PM2.5</mark>" in h.snippet for h in r.results)


def test_filters(sample_store: Store) -> None:
    everything = _all(sample_store, "养老")
    assert _all(sample_store, "养老", kind="notice") == {
        x for x in everything if x[0] in ("jingan-2026-01-01", "jingan-2026-01-10")
    }
    assert _all(sample_store, "养老", gazette="jingan") == everything
    assert _all(sample_store, "养老", gazette="beijing") == set()
    assert _all(sample_store, "养老", issue="jingan-2026-01") == everything
    drc = _all(sample_store, "养老", issuer="发展和改革委员会")
    assert {d for d, _ in drc} == {"jingan-2026-01-06", "jingan-2026-01-09"}
    # the budget report (…-07) is undated: it counts as of the issue's date, 2026-02-28
    jan = _all(sample_store, "养老", date_from="2026-01-01", date_to="2026-01-31")
    assert {d for d, _ in jan} == {
        "jingan-2026-01-01",
        "jingan-2026-01-05",
        "jingan-2026-01-06",
        "jingan-2026-01-08",
        "jingan-2026-01-09",
    }


def test_pagination(sample_store: Store) -> None:
    first = search(sample_store, "养", limit=10, offset=0)
    second = search(sample_store, "养", limit=10, offset=10)
    # 53 body blocks, the head of -10 (征地养老人员 in its title, line 1943) and the second
    # footnote of -06 (培养, line 741)
    assert first.total == second.total == 55
    assert not {h.block + h.document for h in first.results} & {
        h.block + h.document for h in second.results
    }


@pytest.mark.parametrize(
    ("q", "message"),
    [
        ("", "搜索词为空：请输入要查找的字词"),
        ("   ", "搜索词为空：请输入要查找的字词"),
        ("-养老", "搜索词只有要排除的词（-词、NOT 词），没有要查找的词"),
        ("x" * 201, "搜索词有 201 个字符，最多 200 个"),
        ("养\x00老", "搜索词含有控制字符，请删去"),
        ('"" “”', "搜索词为空：请输入要查找的字词"),
    ],
)
def test_bad_queries_are_one_line_errors_in_chinese(
    sample_store: Store, q: str, message: str
) -> None:
    """The search page shows the error to its reader as it is: in Chinese."""
    with pytest.raises(InputError) as caught:
        search(sample_store, q)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "q",
    [
        "'",
        '"',
        'a"b',
        "NOT",
        "OR OR",
        "(养老",
        "养老)",
        "*",
        "^养",
        "养老 AND",
        "\\",
        "--",
        "NEAR(养老 服务)",
        "{bi}:养老",
    ],
)
def test_odd_characters_never_break_the_query_language(sample_store: Store, q: str) -> None:
    try:
        r = search(sample_store, q)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert r.total >= 0


def test_arbitrary_queries_answer_or_say_why(sample_store: Store) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=150, deadline=None)
    @given(st.text(min_size=0, max_size=30))
    def check(q: str) -> None:
        try:
            r = search(sample_store, q, limit=3)
        except InputError as exc:
            assert "\n" not in str(exc)
        else:
            assert r.total >= len(r.results)

    check()


def test_either_script_finds_the_other(empty_store: Store) -> None:
    """Traditional text is indexed in its simplified fold; snippets show it as printed."""
    import gongbao
    from tests.conftest import FIXTURES

    path = FIXTURES / "traditional_order.txt"
    empty_store.ingest(gongbao.parse_file(path), path.name, path.read_bytes())
    simplified = search(empty_store, "财政局", Filters(), limit=50)
    traditional = search(empty_store, "財政局", Filters(), limit=50)
    assert simplified.total == traditional.total == 3  # 第四條, 張志明, 黃偉
    assert {h.block for h in simplified.results} == {h.block for h in traditional.results}
    assert all("<mark>財政局</mark>" in h.snippet for h in simplified.results)
    assert search(empty_store, '"數據資源管理局會同"', Filters()).total == 1
    assert search(empty_store, "数据资源管理局会同", Filters()).total == 1


def test_ranking_index_agrees_with_fts5_and_stays_in_step(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The Tantivy index beside a SQLite file gives the same totals, hits and facets as FTS5;
    when it falls behind the database, search falls back to FTS5 and the next ingest
    rebuilds it."""
    import gongbao
    from tests.conftest import FIXTURES, SAMPLE

    path = str(tmp_path / "g.db")
    store = Store(path)
    store.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    assert store.rank_ready()
    assert (tmp_path / "g.db.index").is_dir()
    plain = Store(path, rank=False)
    for q in ["养", "养老", "为老服务", "宝宝屋 OR 托育", "养老 -服务"]:
        a = search(store, q, Filters(), limit=10_000)
        b = search(plain, q, Filters(), limit=10_000)
        assert a.total == b.total
        assert {(h.document, h.block) for h in a.results} == {
            (h.document, h.block) for h in b.results
        }
        assert a.facets == b.facets
    scoped = search(store, "养老", Filters(kind="report"), limit=10_000)
    assert scoped.total == search(plain, "养老", Filters(kind="report"), limit=10_000).total
    assert set(scoped.facets["kind"]) == {"report"}
    # the database moves on behind the index's back: search falls back, still right
    with store.engine.begin() as conn:
        conn.execute(s.meta.update().where(s.meta.c.key == "rank_generation").values(value="7"))
    assert not store.rank_ready()
    assert search(store, "养老").total == search(plain, "养老").total
    # the next ingest rebuilds the index from the database
    county = FIXTURES / "county_notice.txt"
    store.ingest(gongbao.parse_file(county), county.name, county.read_bytes())
    assert store.rank_ready()
    assert search(store, "养老", limit=10_000).total == search(plain, "养老", limit=10_000).total
    store.close()
    plain.close()


_PAIR: dict[str, Any] = {}


def _ranked_and_plain(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, Store, list[str]]:
    if not _PAIR:
        import gongbao
        from tests.conftest import SAMPLE

        path = str(tmp_path_factory.mktemp("pair") / "g.db")
        ranked = Store(path)
        ranked.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
        with ranked.engine.connect() as conn:
            texts = [t for (t,) in conn.execute(select(s.blocks.c.text)) if len(t) > 12]
        _PAIR.update(ranked=ranked, plain=Store(path, rank=False), texts=texts)
    return _PAIR["ranked"], _PAIR["plain"], _PAIR["texts"]


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_any_phrase_from_the_text_is_found_exactly(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """Phrases cut at random from stored blocks (punctuation, digits, Latin included): the
    ranking index, FTS5 and a plain scan agree on which blocks hold them."""
    ranked, plain, texts = _ranked_and_plain(tmp_path_factory)
    body = data.draw(st.sampled_from(texts))
    start = data.draw(st.integers(0, len(body) - 2))
    size = data.draw(st.integers(1, min(10, len(body) - start)))
    phrase = body[start : start + size].strip()
    if not phrase or '"' in phrase or not any(ch.isalnum() for ch in phrase):
        return
    q = f'"{phrase}"'
    try:
        a = _all(ranked, q)
    except InputError:
        return
    assert a == _all(plain, q) == _scan(ranked, phrase), phrase


def test_damaged_ranking_index_falls_back_and_is_rebuilt(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import gongbao
    from tests.conftest import FIXTURES, SAMPLE

    path = tmp_path / "g.db"
    store = Store(str(path))
    store.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    store.close()
    for f in (tmp_path / "g.db.index").rglob("*"):  # the index is in a folder of its own
        if f.suffix in (".idx", ".term", ".pos"):
            f.write_bytes(b"damaged")
    reopened = Store(str(path))
    assert search(reopened, "养老").total == 32  # FTS5 answers (31 body blocks, -10's head)
    assert not reopened.rank_ready()
    county = FIXTURES / "county_notice.txt"
    reopened.ingest(gongbao.parse_file(county), county.name, county.read_bytes())
    assert reopened.rank_ready()  # rebuilt from the database
    assert search(reopened, "养老").total == search(Store(str(path), rank=False), "养老").total


def test_ranking_index_commits_in_batches_and_other_readers_wait(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issues added to the ranking index are committed every few dozen issues or at close; a
    reader in another process meanwhile sees the index behind and answers from FTS5."""
    import gongbao
    from tests.conftest import FIXTURES, SAMPLE

    path = str(tmp_path / "g.db")
    writer = Store(path)
    # a new store's index starts empty, committed at generation 0; both issues are pending
    writer.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    county = FIXTURES / "county_notice.txt"
    writer.ingest(gongbao.parse_file(county), county.name, county.read_bytes())
    reader = Store(path)
    assert reader.rank is not None and reader.rank.generation() == 0
    assert not reader.rank_ready()
    assert search(reader, "饮用水").total == search(Store(path, rank=False), "饮用水").total > 0
    writer.close()
    assert reader.rank_ready()
    assert search(reader, "饮用水").total == search(Store(path, rank=False), "饮用水").total


def test_ranked_search_trusts_the_block_count_and_counts_fts_only_to_answer_from_it(
    tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The ranking index's answer is trusted when its block count is the blocks table's; the
    database's own full-text index is counted only when a search answers from it (FTS5
    counts by walking its whole docsize table: half a second at 10,000 issues). Rows
    deleted behind gongbao's back are still noticed, and the answer is still the scan's."""
    import gongbao
    from gongbao.store import db as store_db
    from tests.conftest import SAMPLE

    path = str(tmp_path / "g.db")
    writer = Store(path)
    writer.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    writer.close()
    counted: list[str] = []
    real = store_db._count_rows

    def counting(conn: Any, table: str) -> int:
        counted.append(table)
        return real(conn, table)

    monkeypatch.setattr(store_db, "_count_rows", counting)
    server = Store(path)
    assert search(server, "养老").total == 32  # 31 body blocks and document 10's head
    assert counted == ["blocks"]
    with server.engine.begin() as conn:  # behind gongbao's back
        conn.exec_driver_sql(
            "DELETE FROM blocks WHERE document_id = 'jingan-2026-01-08' AND text LIKE '%养老%'"
        )
    monkeypatch.setattr(store_db, "COUNT_CHECK_SECONDS", 0.0)
    want = len(_scan(server, "养老"))
    assert want < 32
    assert search(server, "养老", limit=100).total == want
    assert counted[1:] == ["blocks", "blocks", "block_index"]  # ready?, then the fallback's
    server.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_rebuild_streams_every_block_into_the_ranking_index(backend: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``gongbao reindex`` reads the blocks as a stream (a server-side cursor on PostgreSQL:
    at 10,000 issues their texts are gigabytes) and indexes every one."""
    import gongbao
    from tests.conftest import SAMPLE
    from tests.store.conftest import fresh_store

    store = fresh_store(backend, tmp_path)
    store.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    blocks = store.counts()["blocks"]
    assert store.rebuild_rank() == blocks
    assert store.rank_ready()
    assert search(store, "养老").total == 32
    store.close()


def test_a_filters_documents_are_kept_until_the_store_changes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The documents a filter allows are read once per generation of the store: the same
    filter answers again from memory, and an ingest (a new generation) reads them anew."""
    import gongbao
    from gongbao.store import search as search_module
    from tests.conftest import FIXTURES, SAMPLE

    path = str(tmp_path / "g.db")
    store = Store(path)
    store.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    dated = Filters(date_from="2000-01-01")
    search_module.forget()  # other tests' filters
    before = search(store, "的", dated).total
    assert len(search_module._allowed._items) == 1
    assert search(store, "区", dated).total > 0  # another query, the same filter
    assert len(search_module._allowed._items) == 1
    county = FIXTURES / "county_notice.txt"
    store.ingest(gongbao.parse_file(county), county.name, county.read_bytes())
    assert store.rank_ready()
    plain = Store(path, rank=False)
    after = search(store, "的", dated).total
    assert after == search(plain, "的", dated).total > before
    store.close()
    plain.close()
