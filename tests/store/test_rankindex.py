"""The ranking index (Tantivy) on the sample: hits that score the same come back by block id
however the index was written, and the facets counted on its two keys are the database's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import gongbao
from gongbao.store.db import Store
from gongbao.store.query import parse_query
from gongbao.store.rankindex import FORMAT, GENERATION_FILE, RankIndex, rows_for
from gongbao.store.search import Filters, search
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def sample_rows(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Any, ...]]:
    """What the index holds of each of the sample's blocks, read from a SQLite store."""
    store = Store(str(tmp_path_factory.mktemp("rank") / "g.db"))
    store.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    with store.engine.connect() as conn:
        rows = [tuple(r) for r in rows_for(conn)]
    store.close()
    return rows


def test_hits_scoring_the_same_come_in_block_order_however_written(
    sample_rows: list[tuple[Any, ...]], tmp_path: Path
) -> None:
    # the same blocks written in block order and in reverse (Tantivy orders ties by a
    # block's place in its segment, so the second reversed them before)
    forward, backward = RankIndex(tmp_path / "f"), RankIndex(tmp_path / "b")
    forward.rebuild(sorted(sample_rows), 1)
    backward.rebuild(sorted(sample_rows, reverse=True), 1)
    for word in ("上海市", "静安", "养老", "服务"):
        a = forward.search(parse_query(word), None, 20, 0, 1)
        b = backward.search(parse_query(word), None, 20, 0, 1)
        assert a.hits == b.hits, word
        assert (a.total, a.facets) == (b.total, b.facets), word
        assert a.hits == sorted(a.hits, key=lambda h: (-h[1], h[0])), word
        page = backward.search(parse_query(word), None, 7, 13, 1).hits
        assert page == a.hits[13:20], word  # a page cut inside a tie is the same cut
    # checked by hand in the sample: 上海市 once in each of the three blocks (101, 102 and
    # 99 characters: one length bucket of BM25), so they score the same, 16th to 18th:
    # document 2's head, document 8's 2.3 and 14.3.1, in block id order
    hits = forward.search(parse_query("上海市"), None, 20, 0, 1).hits
    tied = [bid for bid, score in hits if round(score, 3) == 5.613]
    assert tied == [(2 << 16) + 20, (8 << 16) + 4, (8 << 16) + 235]
    assert [bid for bid, _ in hits].index(tied[0]) == 15


def test_facets_from_the_two_keys_are_the_databases(tmp_path: Path) -> None:
    # the database's index (FTS5) counts facets in SQL, from documents and their issuers
    path = str(tmp_path / "g.db")
    ranked = Store(path)
    ranked.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    plain = Store(path, rank=False)
    assert ranked.rank_ready()
    for q, f in [("养老", {}), ("服务", {}), ("静安", {"kind": "notice"}), ("人民政府", {})]:
        a, b = search(ranked, q, Filters(**f)), search(plain, q, Filters(**f))
        assert (a.total, a.facets) == (b.total, b.facets), q
    # checked by hand (grep of the sample's documents): 养老 in 32 blocks, 11 of them in the
    # plan of 静安区人民代表大会 (document 8); the issuer facet counts a block of a document
    # signed by two issuers under each
    found = search(ranked, "养老")
    assert found.total == 32
    assert found.facets["kind"] == {
        "report": 12,
        "plan": 11,
        "notice": 7,
        "measures": 1,
        "personnel": 1,
    }
    assert found.facets["issuer"]["静安区人民代表大会"] == 11
    assert found.facets["gazette"] == {"jingan": 32}
    assert found.facets["year"] == {"2026": 32}
    ranked.close()
    plain.close()


def test_an_index_of_another_layout_is_not_read(tmp_path: Path) -> None:
    # an older gongbao's pointer names no layout: the index is rebuilt, never misread
    index = RankIndex(tmp_path)
    (tmp_path / GENERATION_FILE).write_text(json.dumps({"generation": 3, "index": "idx-3-a"}))
    assert index.pointer() is None
    (tmp_path / GENERATION_FILE).write_text(
        json.dumps({"generation": 3, "index": "idx-3-a", "format": FORMAT})
    )
    assert index.pointer() == (3, "idx-3-a")


def test_a_lone_term_searched_bare_scores_as_wrapped(
    sample_rows: list[tuple[Any, ...]], tmp_path: Path
) -> None:
    # a lone term is searched without its boolean wrapper (block-max WAND prunes it then):
    # the hits and their scores must be those of the wrapped query, ties included
    import tantivy

    from gongbao.store.rankindex import _top

    index = RankIndex(tmp_path / "r")
    index.rebuild(sorted(sample_rows), 1)
    searcher = index._searcher(1)
    for word in ("上海市", "静安", "养老", "服务", "为老服务", '"社区托育"'):
        bare = index._query(parse_query(word))
        wrapped = tantivy.Query.boolean_query([(tantivy.Occur.Must, bare)])
        assert "Boolean" not in repr(bare), word
        for n in (3, 20, 200):
            got = _top(searcher, index._schema, bare, n)
            assert got == _top(searcher, index._schema, wrapped, n), (word, n)
    # checked by hand in the sample (as above): 上海市's three tied blocks at 5.613, 16th
    # to 18th, come the same through the bare query
    hits = _top(searcher, index._schema, index._query(parse_query("上海市")), 20)
    assert [bid for bid, s in hits if round(s, 3) == 5.613] == [
        (2 << 16) + 20,
        (8 << 16) + 4,
        (8 << 16) + 235,
    ]


@pytest.mark.parametrize(("margin", "first"), [(1, 1), (2, 1), (1, 64), (5, 2)])
def test_ties_narrowed_by_any_way_are_all_hits_in_order(
    sample_rows: list[tuple[Any, ...]], tmp_path: Path, margin: int, first: int, monkeypatch: Any
) -> None:
    # the narrowing of ties at a page's end (first documents, then below the ties found)
    # runs at 10,000 issues; with a margin of one or a few hits it runs on the sample too:
    # the page must be every hit sorted by (score desc, block id), cut at n
    from gongbao.store import rankindex

    monkeypatch.setattr(rankindex, "TIE_MARGIN", margin)
    monkeypatch.setattr(rankindex, "FIRST_DOCUMENTS", first)
    index = RankIndex(tmp_path / "r")
    index.rebuild(sorted(sample_rows, reverse=True), 1)
    searcher = index._searcher(1)
    for word in ("上海市", "静安", "服务", "工作"):
        query = index._query(parse_query(word))
        every = sorted(rankindex._hits(searcher, query, 100_000), key=lambda h: (-h[0], h[1]))
        for n in (1, 3, 16, 17, 20):
            want = [(bid, score) for score, bid in every[:n]]
            assert rankindex._top(searcher, index._schema, query, n) == want, (word, n)
