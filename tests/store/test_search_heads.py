"""Search finds what a document prints around its body — head, signature, footnotes — and
every snippet shows its hit, whatever the block's kind (issue 14), on every backend.

Hand-checked on samples/jingan-2026-01.txt (grep on its lines): the 政府工作报告 (-05, title on
line 311) is given by '静安区区长 翟磊' (line 317), a name printed nowhere else; the 文号
静府发〔2026〕2号 (line 151), 静发改委〔2026〕3号 (line 1784) and 静人社〔2026〕17号 (line 1947,
printed '17 号') once each, in their heads; 彭浦镇政府 only in the 主送 lines of -01 and -02
(lines 62, 153); 静安区投资促进办公室 only in -09's joint signature (line 1941); 市级新优质学校
only in -06's first footnote (line 626); 人事任免事项 in -03's title (line 198) and its two
tables' captions; 引入各类品牌首店突破千家 once, 230 characters into -05's paragraph 4.2
(line 393); 岭南公园 once, in -06's 表5 (block 5.4.5, from line 709), which also prints Ⅱ,
a character NFKC folds to two.
"""

from __future__ import annotations

import html
import re

import pytest
from sqlalchemy import select, text

import gongbao
from gongbao.store import schema as s
from gongbao.store.db import Store
from gongbao.store.query import parse_query
from gongbao.store.search import search
from gongbao.store.snippets import SNIPPET, snippet
from gongbao.store.tokens import index_stream
from tests.conftest import SAMPLE

DOC = "jingan-2026-01-"


def _hits(store: Store, q: str) -> list[tuple[str, str, str, int | None]]:
    r = search(store, q, limit=100)
    assert r.total == len(r.results)
    return sorted((h.document.removeprefix(DOC), h.block, h.type, h.line) for h in r.results)


def test_the_speaker_of_the_work_report_is_found(sample_store: Store) -> None:
    r = search(sample_store, "翟磊")
    assert r.total == 1
    hit = r.results[0]
    assert (hit.document, hit.block, hit.type, hit.line) == (f"{DOC}05", "head", "head", 311)
    assert hit.title == "政府工作报告"
    assert hit.link == f"/documents/{DOC}05"  # the page's head: its title and metadata
    assert hit.snippet == "政府工作报告 2026年1月14日 静安区人民政府 静安区区长 <mark>翟磊</mark>"
    assert _hits(sample_store, '"静安区区长 翟磊"') == [("05", "head", "head", 311)]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("静府发〔2026〕2号", [("02", "head", "head", 144)]),
        ("静发改委〔2026〕3号", [("09", "head", "head", 1780)]),
        ("静人社〔2026〕17号", [("10", "head", "head", 1943)]),
        ("彭浦镇政府", [("01", "head", "head", 56), ("02", "head", "head", 144)]),
        ("静安区投资促进办公室", [("09", "signature", "signature", None)]),
        ("市级新优质学校", [("06", "note-1", "footnote", 626)]),
        (
            "人事任免事项",
            [("03", "1", "table", 200), ("03", "2", "table", 227), ("03", "head", "head", 198)],
        ),
    ],
)
def test_heads_signatures_and_footnotes_are_found(
    sample_store: Store, q: str, expected: list[tuple[str, str, str, int | None]]
) -> None:
    assert _hits(sample_store, q) == expected


def test_hits_link_to_what_the_page_shows(sample_store: Store) -> None:
    links = {h.block: h.link for h in search(sample_store, "ESG", limit=50).results}
    assert links["note-3"] == f"/documents/{DOC}09#n-3"  # the third note of -09's list
    assert links["19.17"] == f"/documents/{DOC}08#b-19.17"
    [signed] = search(sample_store, "静安区投资促进办公室").results
    assert signed.link == f"/documents/{DOC}09"


#: one query per block kind: (query as printed, the same typed otherwise, document, block)
KINDS = {
    "paragraph": ("引入各类品牌首店突破千家", "引入各類品牌首店突破千家", "05", "4.2"),
    "heading": ("ESG治理", "ＥＳＧ治理", "08", "19.17"),
    "list item": ("新增3个社区长者食堂", "新增３個社區長者食堂", "01", "2.1.1.6"),
    "table": ("岭南公园", "嶺南公園", "06", "5.4.5"),
    "footnote": ("家长及社区居民满意度", "家長及社區居民滿意度", "06", "note-1"),
    "head": ("静安区区长", "靜安區區長", "05", "head"),
    "signature": ("静安区投资促进办公室", "靜安區投資促進辦公室", "09", "signature"),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_of_block_shows_its_hit(sample_store: Store, kind: str) -> None:
    """The snippet holds the hit as printed, marked, whether the query was typed as printed
    or in traditional characters or full width (before, a table printing 'Ⅱ' showed its
    first 180 characters for 嶺南公園, and 岭南公园 is 260 characters in)."""
    printed, typed, doc, block = KINDS[kind]
    for q in (printed, typed):
        [hit] = [h for h in search(sample_store, q, limit=100).results if h.block == block]
        assert hit.document == DOC + doc
        assert f"<mark>{printed}</mark>" in hit.snippet, (q, hit.snippet)
        assert printed in html.unescape(re.sub("</?mark>", "", hit.snippet))


def test_the_snippet_is_centred_on_the_hit(sample_store: Store) -> None:
    [hit] = search(sample_store, "引入各类品牌首店突破千家").results
    shown = re.sub("</?mark>", "", hit.snippet)
    # SNIPPET characters each side of the hit, '…' where the paragraph goes on
    assert shown.index("引入") == 1 + SNIPPET
    assert len(shown) == 1 + SNIPPET + len("引入各类品牌首店突破千家") + SNIPPET + 1
    assert shown[0] == shown[-1] == "…"


def test_snippets_near_an_end_take_their_context_from_the_other_side() -> None:
    body = "翟磊" + "字" * 300
    assert snippet(body, parse_query("翟磊")) == "<mark>翟磊</mark>" + "字" * 2 * SNIPPET + "…"
    assert (
        snippet(body[::-1], parse_query("磊翟")) == "…" + "字" * 2 * SNIPPET + "<mark>磊翟</mark>"
    )
    # white space in a phrase stands for any run of it, as in the index; folding that
    # changes the length (Ⅱ → ii) keeps the marks on the characters as printed
    assert snippet("区长\n\n翟磊", parse_query('"区长 翟磊"')) == "<mark>区长  翟磊</mark>"
    assert snippet("Ⅱ类水比例", parse_query("类水")) == "Ⅱ<mark>类水</mark>比例"


def test_the_answer_lists_items_as_every_list_does(sample_store: Store) -> None:
    d = search(sample_store, "宝宝屋", limit=2, offset=1).to_dict()
    assert list(d) == ["items", "total", "limit", "offset", "facets"]
    assert (d["total"], d["limit"], d["offset"], len(d["items"])) == (9, 2, 1, 2)
    assert set(d["items"][0]) == {
        "document",
        "issue",
        "block",
        "type",
        "link",
        "title",
        "snippet",
        "score",
        "line",
    }


PRINTED = ("head", "signature", "footnote")


def test_a_store_written_before_gets_them_on_opening(empty_store: Store) -> None:
    """A store at schema 9 (its blocks the bodies only) is brought to 10 when opened: the
    heads, signatures and footnotes are added with the ids an ingest gives them, to both
    full-text indexes; the ranking index is behind until rebuilt, and search answers
    meanwhile from the database's own index."""
    store = empty_store
    store.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    printed = select(s.blocks.c.document_id, s.blocks.c.path, s.blocks.c.id, s.blocks.c.text)
    printed = printed.where(s.blocks.c.type.in_(PRINTED))
    with store.engine.begin() as conn:
        ingested = {(d, p): i for d, p, i, _ in conn.execute(printed)}
        for _, _, bid, body in conn.execute(printed):
            if store.dialect == "sqlite":  # a contentless FTS5 row is deleted by its tokens
                conn.exec_driver_sql(
                    "INSERT INTO block_index(block_index, rowid, tokens) VALUES('delete', ?, ?)",
                    (bid, index_stream(body)),
                )
        conn.execute(s.blocks.delete().where(s.blocks.c.type.in_(PRINTED)))
        conn.execute(s.meta.update().where(s.meta.c.key == "schema_version").values(value="9"))
    assert len(ingested) == 22  # 10 heads, 1 signature, 11 footnotes
    assert search(store, "翟磊").total == 0
    store.close()
    index_dir = store.rank.directory if store.rank is not None else None
    again = Store(store.url, rank=index_dir is not None, index_dir=index_dir)
    try:
        with again.engine.connect() as conn:
            assert {(d, p): i for d, p, i, _ in conn.execute(printed)} == ingested
            version = conn.execute(
                select(s.meta.c.value).where(s.meta.c.key == "schema_version")
            ).scalar()
            in_fts = conn.execute(text("SELECT count(*) FROM block_index")).scalar()
            blocks = conn.execute(text("SELECT count(*) FROM blocks")).scalar()
        assert version == str(s.SCHEMA_VERSION) and in_fts == blocks == 795
        assert not again.rank_ready()
        assert _hits(again, "翟磊") == [("05", "head", "head", 311)]
        if again.rank is not None:
            assert again.rebuild_rank() == 795
            assert again.rank_ready()
            assert _hits(again, "翟磊") == [("05", "head", "head", 311)]
    finally:
        again.close()
