"""The indicator ledger on real documents: the sample district's 2025 plan of work
(静府发〔2025〕3号, tests/corpus/redhead/shanghai-jingan-2025-zhongdian-gongzuo-anpai-page.txt)
sets 2025 targets; the sample's 表1 (jingan-2026-01-06) reports the 2025 outcomes.

Checked by hand: the plan's item 1 '全年实现地区生产总值增长5%左右', item 2 '全年实现社会消费品零售
总额1700亿元', item 3 '全年实现全社会固定资产投资总额增长5%左右', item 4 '全年累计实现外贸进出口
总额800亿元'; 表1's rows 地区生产总值增长率 5%左右 / 5% (3535.16亿元), 社会消费品零售总额
1700亿元 / 1703.52亿元, 全社会固定资产投资总额 增长5%左右 (507.1亿元) / 增长8.67% (524.85亿元),
外贸进出口总额 800亿元 / 910.8亿元.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

import gongbao
from gongbao.extract.numbers import parse_value
from gongbao.ledger import form_of, normalise, place_of
from gongbao.store.db import Store
from gongbao.web.api import create_app
from tests.conftest import ROOT, SAMPLE
from tests.store.conftest import fresh_store

PLAN = (
    ROOT / "tests" / "corpus" / "redhead" / "shanghai-jingan-2025-zhongdian-gongzuo-anpai-page.txt"
)


@pytest.fixture(scope="module", params=["sqlite-fts", "postgresql-gin"])
def store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    st = fresh_store(request.param, tmp_path_factory.mktemp(request.param))
    for path in (SAMPLE, PLAN):
        st.ingest(gongbao.parse_file(path), path.name, path.read_bytes())
    yield st
    st.engine.dispose()


def _item(store: Store, q: str) -> dict:
    got = TestClient(create_app(store)).get("/api/ledger", params={"q": q}).json()
    found = [i for i in got["items"] if i["id"] == f"静安区|{q}"]
    assert len(found) == 1, got
    return found[0]


@pytest.mark.parametrize(
    ("name", "targets", "actual", "status"),
    [
        ("地区生产总值", ["5%左右", "5%左右 (3535.16亿元)"], "5% (3535.16亿元)", "met"),
        ("社会消费品零售总额", ["1700亿元", "1700亿元"], "1703.52亿元", "exceeded"),
        (
            "全社会固定资产投资总额",
            ["5%左右", "增长5%左右 (507.1亿元)"],
            "增长8.67% (524.85亿元)",
            "exceeded",
        ),
        ("外贸进出口总额", ["800亿元", "800亿元"], "910.8亿元", "exceeded"),
    ],
)
def test_a_years_targets_are_linked_to_its_outcome_with_both_sources(
    store: Store, name: str, targets: list[str], actual: str, status: str
) -> None:
    item = _item(store, name)
    year = [e for e in item["entries"] if e["period"] == "2025"]
    assert [e["text"] for e in year if e["kind"] == "target"] == targets
    assert [e["text"] for e in year if e["kind"] == "actual"] == [actual]
    assert [e["document"] for e in year if e["kind"] == "target"] == [
        "jingfufa-2025-03",
        "jingan-2026-01-06",
    ]
    (s2025,) = [st for st in item["statuses"] if st["period"] == "2025"]
    assert (s2025["status"], s2025["sources"]) == (
        status,
        ["jingfufa-2025-03", "jingan-2026-01-06"],
    )
    assert all(e["source"]["line"] for e in year)


def test_a_growth_target_is_never_compared_with_a_level() -> None:
    """'增长5%左右' against '524.85亿元': different forms, no status between them."""
    assert form_of("全社会固定资产投资总额", parse_value("增长5%左右")) == "growth"
    assert form_of("全社会固定资产投资总额", parse_value("524.85亿元")) == "level:亿元"
    assert form_of("地区生产总值增长率", parse_value("5%")) == "growth"


@pytest.mark.parametrize(
    ("name", "norm"),
    [
        ("地区生产总值增长率", "地区生产总值"),
        ("全社会固定资产投资总额增长率", "全社会固定资产投资总额"),
        ("旧住房综合改造面积 (含不成套旧住房改造面积)", "旧住房综合改造面积"),
        ("區級一般公共預算收入", "区级一般公共预算收入"),
        ("全市生产总值", "生产总值"),
    ],
)
def test_names_normalised(name: str, norm: str) -> None:
    assert normalise(name) == norm


def test_the_place_a_document_speaks_for() -> None:
    assert place_of(["上海市静安区人民政府"]) == "静安区"
    assert place_of(["中共静安区委", "静安区人民政府"]) == "静安区"
    assert place_of([], "2025年上海市政府工作报告") == "上海市"
    assert place_of([], "政府工作报告") is None
