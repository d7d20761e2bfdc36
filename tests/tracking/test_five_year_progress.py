"""A five-year indicator with its progress, on real pages (tests/tracking/national_*.txt): the
national 十四五 target for 常住人口城镇化率 ('“十四五”規劃提出的“常住人口城鎮化率提高到65%”的目標',
人民日报海外版 2023-03-29), the year before the plan (2020: 63.89%, 央视网), and the outcomes of
2021 (64.72%, 上海证券报), 2022 (65.2%, the same 人民日报海外版 article) and 2023 (66.16%, 新华社).

The straight line, worked out by hand: from 63.89 (2020) to 65 (2025) is 1.11 points over five
years, 0.222 a year — 64.112, 64.334, 64.556, 64.778, 65.0. 2021: (64.72 − 63.89) / 1.11 =
0.748 of the way done after 0.2 of the time, more than 10 points ahead of the line → 快于预期.
2022: 65.2 ≥ 65 → 提前实现 (done 1.31 / 1.11 = 1.180). 2023: 66.16 ≥ 65 → 提前实现 (done
2.27 / 1.11 = 2.045). The pages' own verdicts agree: the 人民日报海外版 article says the target
'提前實現' on 2022's 65.2%, and the national mid-term review (新华社 2023-12-26,
national_14th_midterm_xinhua.txt) counts 常住人口城镇化率 among the four indicators '提前实现'.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import gongbao
from gongbao.extract.walk import walk
from gongbao.model import Issue
from gongbao.store.db import Store
from gongbao.web.api import create_app
from tests.conftest import ROOT
from tests.store.conftest import fresh_store

TRACKING = ROOT / "tests" / "tracking"
TARGET = TRACKING / "national_14th_urbanisation_target_rmrbhwb.txt"
BASE = TRACKING / "national_2020_urbanisation_census_cctv.txt"
Y2021 = TRACKING / "national_2021_urbanisation_cnstock.txt"
Y2023 = TRACKING / "national_2023_urbanisation_xinhua.txt"
REVIEW = TRACKING / "national_14th_midterm_xinhua.txt"
PAGES = (TARGET, BASE, Y2021, Y2023, REVIEW)


def _doc(path: Path) -> str:
    return gongbao.parse_file(path).documents[0].id


@pytest.fixture(scope="module")
def issues() -> dict[str, Issue]:
    return {p.name: gongbao.parse_file(p) for p in PAGES}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, issues: dict[str, Issue]) -> Iterator[Store]:
    st = fresh_store("sqlite", tmp_path_factory.mktemp("five-year"))
    for path in PAGES:
        assert st.ingest(issues[path.name], path.name, path.read_bytes()) == "stored"
    yield st
    st.engine.dispose()


@pytest.fixture(scope="module")
def item(store: Store) -> dict[str, Any]:
    got = TestClient(create_app(store)).get("/api/ledger", params={"q": "常住人口城镇化率"}).json()
    (found,) = [i for i in got["items"] if i["id"] == "全国|常住人口城镇化率"]
    assert isinstance(found, dict)
    return found


def _sentence(issues: dict[str, Issue], entry: dict[str, Any]) -> str:
    """The text an entry's source points at, read from the parsed page."""
    by_doc = {i.documents[0].id: i.documents[0] for i in issues.values()}
    doc = by_doc[entry["document"]]
    (block,) = [b for b, _ in walk(doc) if b.path == entry["source"]["block"]]
    start, end = entry["source"]["span"]
    return block.text[start:end]


def test_the_timeline_holds_the_target_and_every_outcome_with_its_sentence(
    item: dict[str, Any], issues: dict[str, Issue]
) -> None:
    """Each entry checked by hand against its page (the sentences quoted in the docstring)."""
    assert (item["place"], item["name"], item["unit"]) == ("全国", "常住人口城镇化率", "%")
    got = [
        (e["period"], e["kind"], e["text"], e["document"], _sentence(issues, e))
        for e in item["entries"]
    ]
    assert got == [
        ("1978", "actual", "17.92%", _doc(TARGET), "中國常住人口城鎮化率1978年為17.92%"),
        ("2020", "actual", "63.89%", _doc(BASE), "2020年我国常住人口城镇化率达到63.89%"),
        ("2021", "actual", "64.72%", _doc(Y2021), "2021年末,我国常住人口城镇化率为64.72%"),
        ("2021–2025", "target", "65%", _doc(TARGET), "常住人口城鎮化率提高到65%"),
        (
            "2022",
            "actual",
            "65.2%",
            _doc(TARGET),
            "中國常住人口城鎮化率1978年為17.92%,2022年為65.2%",
        ),
        ("2023", "actual", "66.16%", _doc(Y2023), "2023年末我国常住人口城镇化率达66.16%"),
    ]
    # the target's line is the one printed on the page, inside its sentence about the plan
    (target,) = [e for e in item["entries"] if e["kind"] == "target"]
    assert target["source"]["line"] == 13
    assert "“十四五”規劃提出的“常住人口城鎮化率提高到65%”的目標" in TARGET.read_text()


def test_the_five_year_target_has_its_line_and_progress_each_year(item: dict[str, Any]) -> None:
    """Expected values and statuses worked out by hand in the module docstring."""
    (plan,) = item["plans"]
    assert (plan["period"], plan["form"], plan["target"], plan["document"]) == (
        "2021–2025",
        "level:%",
        "65%",
        _doc(TARGET),
    )
    assert plan["base"] == {
        "year": "2020",
        "value": 63.89,
        "text": "63.89%",
        "document": _doc(BASE),
    }
    assert [(p["year"], p["expected"]) for p in plan["line"]] == [
        ("2021", 64.112),
        ("2022", 64.334),
        ("2023", 64.556),
        ("2024", 64.778),
        ("2025", 65.0),
    ]
    got = [
        (p["year"], p["actual"], p["expected"], p["share_done"], p["status"], p["sources"])
        for p in plan["progress"]
    ]
    assert got == [
        ("2021", "64.72%", 64.112, 0.748, "快于预期", [_doc(TARGET), _doc(BASE), _doc(Y2021)]),
        ("2022", "65.2%", 64.334, 1.18, "提前实现", [_doc(TARGET), _doc(BASE)]),
        ("2023", "66.16%", 64.556, 2.045, "提前实现", [_doc(TARGET), _doc(BASE), _doc(Y2023)]),
    ]


def test_the_verdict_agrees_with_the_pages_own(item: dict[str, Any]) -> None:
    """The article that quotes the target calls it reached early on 2022's figure; the
    mid-term review (data to 2022) lists the indicator among those '提前实现'."""
    (plan,) = item["plans"]
    (y2022,) = [p for p in plan["progress"] if p["year"] == "2022"]
    assert y2022["status"] == "提前实现"
    assert "“常住人口城鎮化率提高到65%”的目標提前實現" in TARGET.read_text()
    review = REVIEW.read_text()
    early = review[: review.index("等4项指标提前实现")]
    assert "常住人口城镇化率" in early[early.rindex("其中") :]


def test_a_review_that_names_no_figure_adds_no_entry(issues: dict[str, Issue]) -> None:
    """The mid-term review lists verdicts, not numbers: nothing of it enters the ledger."""
    assert issues[REVIEW.name].facts["indicators"] == []


def test_a_body_named_after_the_country_is_not_the_country() -> None:
    """'中国银行' opens the name of a bank: its ratio is no national figure (a wrong fact
    would put a bank's 不良贷款率 in the country's ledger)."""
    from gongbao.pipeline import parse_text

    issue = parse_text("新闻\n\n2022年末，中国银行不良贷款率为1.32%。\n")
    assert issue.facts.get("indicators", []) == []
