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
from gongbao.ledger import form_of, normalise, place_of, progress
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


def test_a_five_year_target_has_its_line_from_the_year_before_the_plan(store: Store) -> None:
    """The sample's 十五五 plan (jingan-2026-01-08) table row '社会消费品零售总额 亿元 预期性 2000
    (五年达到)'; 表1 of jingan-2026-01-06 gives 2025 (the year before the plan) as 1703.52亿元.
    The line gains (2000 − 1703.52) / 5 = 59.296 a year, worked out by hand. No outcome of a
    year of the plan is stored yet, so no progress is said."""
    (plan,) = _item(store, "社会消费品零售总额")["plans"]
    assert plan["period"] == "2026–2030"
    assert plan["target"] == "2000 (五年达到)"
    assert plan["base"] == {
        "year": "2025",
        "value": 1703.52,
        "text": "1703.52亿元",
        "document": "jingan-2026-01-06",
    }
    assert [(p["year"], p["expected"]) for p in plan["line"]] == [
        ("2026", 1762.816),
        ("2027", 1822.112),
        ("2028", 1881.408),
        ("2029", 1940.704),
        ("2030", 2000.0),
    ]
    assert plan["progress"] == []


def test_a_five_year_target_without_a_base_year_draws_no_line(store: Store) -> None:
    """'生活垃圾回收利用率 % 50 (五年达到)': no 2025 outcome is stored, so no line is drawn."""
    (plan,) = _item(store, "生活垃圾回收利用率")["plans"]
    assert (plan["base"], plan["line"], plan["progress"]) == (None, [], [])


@pytest.mark.parametrize(
    ("base", "target", "actual", "at", "status"),
    [
        # Hubei's 十三五 mid-term review (tests/tracking/hubei_13th_midterm_hbrb.txt), the
        # review's own verdict beside each: 城镇棚户区住房改造 '規劃期末…110萬套 … 累計完成95.4萬套'
        # by mid-2018 → 超過進度要求
        (0.0, {"low": 110.0, "high": 110.0}, 95.4, 2018.5, "快于预期"),
        # PM2.5 '2017年…較2015年下降…21.2%, 規劃期末目標為下降20%' → 已達期末目標
        (0.0, {"low": 20.0, "high": 20.0}, 21.2, 2017, "提前实现"),
        # 劣Ⅴ類水體比例 '2018年上半年 2.6%, 規劃期末目標為6.1%' (a ceiling) → 已達期末目標
        (None, {"low": None, "high": 6.1}, 2.6, 2018.5, "提前实现"),
        # the same rule on the line itself: on it, below it, at the plan's end
        (100.0, {"low": 200.0, "high": 200.0}, 140.0, 2017, "基本符合预期"),
        (100.0, {"low": 200.0, "high": 200.0}, 120.0, 2018, "滞后"),
        (100.0, {"low": 200.0, "high": 200.0}, 190.0, 2020, "未实现"),
    ],
)
def test_progress_against_the_straight_line(
    base: float | None, target: dict, actual: float, at: float, status: str
) -> None:
    found = progress(base, target, actual, (2016, 2020), at)
    assert found is not None and found["status"] == status


def test_no_progress_is_said_without_a_base() -> None:
    assert progress(None, {"low": 200.0, "high": 200.0}, 150.0, (2016, 2020), 2018) is None
