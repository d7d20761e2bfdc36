"""Figures in 美元 with their tiers and growth, qualifications raised, patents, standards led,
exhibitions and 亩均 figures read from real '对…的' clauses, and checked against profiles; and
an undated document's offers kept to confirm. The articles are read from tests/measures
(lucheng-2019-kaifangxing-jingji.txt 第六条 and 第五条, lucheng-2019-gongye-jingji.txt 三、2.
and its patent article, liuhe-2023-zhongdian-chanye-shishi-yijian.txt 第 1 0 条 and 第 2 条);
every expected value below was checked by hand against the printed text."""

from __future__ import annotations

from typing import Any

import pytest

from gongbao.errors import InputError
from gongbao.extract.clauses import asked_conditions, clause_conditions
from gongbao.matching import Profile, check, match
from tests.conftest import ROOT

HERE = ROOT / "tests" / "measures"


def _line(name: str, starts: str) -> str:
    lines = (HERE / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return next(line for line in lines if line.strip().startswith(starts))


def _branches(text: str) -> list[list[dict[str, Any]]]:
    (any_,) = [c for c in asked_conditions(text, "") if c["field"] == "any"]
    return list(any_["branches"])


def _kinds(conditions: list[dict[str, Any]]) -> list[tuple[str, list[str], Any]]:
    return [(c["field"], c["values"], c.get("min")) for c in conditions]


def test_export_tiers_in_usd_and_growth_are_typed_and_checked() -> None:
    text = _line("lucheng-2019-kaifangxing-jingji", "第六条")
    export, imports = _branches(text)
    # the lowest tier of each list, and the growth printed after it, nothing left to confirm
    assert _kinds(export) == [
        ("threshold", ["自营出口额（万美元）"], 300.0),
        ("growth", ["自营出口额增幅"], 10.0),
    ]
    assert _kinds(imports) == [
        ("threshold", ["自营进口额（万美元）"], 100.0),
        ("growth", ["自营进口额增幅"], 5.0),
    ]
    rule = {"field": "any", "values": [], "branches": [export, imports]}
    day = "2020-06-30"

    def met(figures: dict[str, Any]) -> bool | None:
        return check(rule, Profile.from_dict({"figures": figures, "as_of": day}))

    usd = {"unit": "万美元"}
    assert met({"自营出口额": {"value": 1200, **usd}, "自营出口额增幅": {"value": 15, "unit": "%"}})
    # growth below the bound; no import: fails
    assert (
        met(
            {
                "自营出口额": {"value": 1200, **usd},
                "自营出口额增长": {"value": 8, "unit": "%"},
                "自营进口额": {"value": 0, **usd},
            }
        )
        is False
    )
    # growth not given: unknown; an amount in 万元 does not answer a bound in 美元
    assert met({"自营出口额": {"value": 1200, **usd}}) is None
    assert met({"自营出口额": {"value": 8000, "unit": "万元"}}) is None
    # each tier paired with the amount printed for it: 1200万美元 reaches the 1000万美元 tier, 5万元
    assert [(t["min"], t["amount"]) for t in export[0]["tiers"]] == [
        (300.0, "2万元"),
        (500.0, "3万元"),
        (1000.0, "5万元"),
        (2000.0, "10万元"),
        (5000.0, "20万元"),
        (10000.0, "30万元"),
    ]
    measure = {
        "document": "d",
        "eligibility": {"conditions": [rule], "benefit": None},
        "title": "第六条",
        "responsible": [],
        "source": {"block": "1", "line": 1},
    }
    exporter = Profile.from_dict(
        {
            "figures": {
                "自营出口额": {"value": 1200, **usd},
                "自营出口额增幅": {"value": 15, "unit": "%"},
            },
            "as_of": day,
        }
    )
    (offer,) = match(exporter, [measure], {"d": {"date": "2019-05-01"}})
    assert offer["tier"] == {"figure": "自营出口额（万美元）", "min": 1000.0, "amount": "5万元"}


def test_a_choice_of_figures_is_not_typed() -> None:
    text = _line("lucheng-2019-kaifangxing-jingji", "第五条")
    # '当年实到外资1000万美元以上或近3年实到外资3000万美元以上': neither is necessary
    assert all(c["field"] != "threshold" for c in asked_conditions(text, ""))
    assert _kinds(clause_conditions("年营业收入5000万元以上或纳税500万元以上的企业")) == [
        ("other", [], None)
    ]


def test_a_qualification_raised_is_met_by_the_one_held_recently() -> None:
    text = _line("lucheng-2019-gongye-jingji", "2.积极扶持建筑业企业资质升级")
    general, special = _branches(text)
    assert [(c["field"], c["values"], c["grades"]) for c in general] == [
        ("qualification", ["总承包"], ["特级", "一级"])
    ]
    assert [(c["values"], c["grades"]) for c in special] == [(["专业承包"], ["一级"])]
    rule = {"field": "any", "values": [], "branches": [general, special]}

    def met(certified: dict[str, str], day: str = "2020-06-30") -> bool | None:
        return check(rule, Profile.from_dict({"certified": certified, "as_of": day}))

    assert met({"建筑业总承包特级资质": "2020-03-20"}) is True
    assert met({"建筑业专业承包一级资质": "2020-05-08"}) is True
    assert met({"建筑业专业承包二级资质": "2020-05-08"}) is False
    assert met({}) is False
    # raised long ago is not a new raise
    assert met({"建筑业总承包特级资质": "2015-03-20"}) is False


def test_patents_standards_and_exhibitions() -> None:
    patent = _line("lucheng-2019-gongye-jingji", "8.鼓励发明创造")
    first = asked_conditions(patent, "")[0]
    branch = first["branches"][0] if first["field"] == "any" else [first]
    (typed,) = [c for c in branch if c["field"] == "patents"]
    assert (typed["values"], typed["min"], typed["where"]) == (["发明专利"], 1, "国内")
    # the date bound stays to confirm
    assert any(c["field"] == "other" and "4月30日" in c["text"] for c in branch)
    none = Profile.from_dict({"patents": "无"})
    some = Profile.from_dict({"patents": "发明专利:2"})
    assert (check(typed, none), check(typed, some), check(typed, Profile())) == (
        False,
        None,  # granted at home or abroad: not said
        None,
    )

    standard = _line("liuhe-2023-zhongdian-chanye-shishi-yijian", "第 1 0 条")
    led = _branches(standard)[0]
    assert [(c["field"], c["values"], c["when"]) for c in led] == [
        ("standards", ["国际标准", "国家标准", "行业标准"], "new")
    ]
    day = "2025-03-31"
    assert check(led[0], Profile.from_dict({"standards": "行业标准:2024", "as_of": day}))
    assert check(led[0], Profile.from_dict({"standards": "地方标准:2024", "as_of": day})) is False
    assert check(led[0], Profile.from_dict({"standards": "国家标准:2019", "as_of": day})) is False

    (fair,) = [c for c in clause_conditions("参加一般性境外展") if c["field"] == "exhibition"]
    assert check(fair, Profile.from_dict({"exhibitions": "无"})) is False
    assert check(fair, Profile.from_dict({"exhibitions": "境外:2019"})) is None
    # a choice of exhibition or another activity is not typed
    assert _kinds(clause_conditions("由区商务部门认可的商协会组团参展或境外商务活动")) == [
        ("other", [], None)
    ]


def test_per_mu_figures_are_bounds() -> None:
    text = _line("liuhe-2023-zhongdian-chanye-shishi-yijian", "第 2 条")
    bounds = [c for c in asked_conditions(text, "") if c["field"] == "threshold"]
    assert [(c["values"], c["min"]) for c in bounds] == [
        (["投资额"], 1000.0),
        (["亩均投资强度"], 200.0),
    ]


def test_an_undated_document_is_never_met() -> None:
    rule = {
        "conditions": [{"field": "kind", "values": ["企业"], "text": "对企业"}],
        "benefit": {"kinds": ["奖励"]},
    }
    measure = {
        "document": "d",
        "eligibility": rule,
        "title": "t",
        "responsible": [],
        "source": {"block": "1", "line": 1},
    }
    profile = Profile.from_dict({"kind": "企业", "as_of": "2025-01-01"})
    (undated,) = match(profile, [measure], {"d": {"title": "若干措施"}})
    assert [(c["field"], c["met"], c["text"]) for c in undated["conditions"]][-1] == (
        "document_status",
        None,
        "文件未注明日期，请确认仍然有效",
    )
    (dated,) = match(profile, [measure], {"d": {"title": "若干措施", "date": "2024-05-01"}})
    assert all(c["met"] for c in dated["conditions"])


def test_bad_counts_are_refused() -> None:
    with pytest.raises(InputError, match="patents: 发明专利 needs a count"):
        Profile.from_dict({"patents": {"发明专利": "两件"}})
