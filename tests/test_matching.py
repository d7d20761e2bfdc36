"""Measures as eligibility rules and a profile matched against them (issue 17), on the
sample's 若干措施 of the 区发展改革委 (jingan-2026-01-09, 有效期至2026年12月31日) and the
人力资源服务业 实施方案 (jingan-2026-01-02).

Expected values checked by hand against samples/jingan-2026-01.txt: section （七）促进生命健康
产业加快发展 holds measures 32–35, all with 责任部门 区科技经济委; （五）促进文化创意产业融合发展
holds 23–26; measure 35 says '鼓励生命健康企业、医疗机构、科研院所…'."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

import gongbao
from gongbao.errors import InputError
from gongbao.extract.eligibility import industry_matches, rule_of
from gongbao.matching import Profile, match, place_met
from gongbao.model import Issue
from gongbao.store.db import Store
from gongbao.store.match import match_stored
from tests.conftest import SAMPLE

LIFE = ["加大创新药械研发支持", "支持新技术应用", "支持开拓海外市场", "支持功能性平台建设"]
CULTURE = [
    "赋能企业创新融合",
    "培育创新文旅消费",
    "支持重点领域优秀成果",
    "支持空间载体（平台）建设",
]


@pytest.fixture(scope="module")
def parsed() -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    issue: Issue = gongbao.parse_file(SAMPLE)
    docs = {
        d.id: {
            "title": d.title,
            "date": d.date,
            "valid_from": d.valid_from,
            "valid_until": d.valid_until,
        }
        for d in issue.documents
    }
    return [asdict(m) for m in issue.facts["measures"]], docs


def _titles(items: list[dict[str, Any]], doc: str) -> list[str]:
    return [i["title"] for i in items if i["document"] == doc]


def test_a_section_heading_names_the_industry(parsed: Any) -> None:
    measures, _ = parsed
    by_title = {m["title"]: m for m in measures if m["document"] == "jingan-2026-01-09"}
    rule = by_title["支持功能性平台建设"]["eligibility"]
    assert rule["conditions"] == [
        {"field": "place", "values": ["静安区"], "text": "发文机关辖区：静安区"},
        {"field": "industry", "values": ["生命健康"], "text": "促进生命健康产业加快发展"},
        {"field": "kind", "values": ["企业"], "text": "鼓励生命健康企业"},
    ]
    assert rule["benefit"] is None
    blockchain = by_title["支持研发创新"]["eligibility"]["conditions"][1]
    assert blockchain["values"] == ["区块链", "超高清视听", "美妆健康"]
    # a measure for financial institutions, in the section for financial services
    bank = by_title["深化普惠金融"]["eligibility"]["conditions"]
    assert [(c["field"], c["values"]) for c in bank[1:]] == [
        ("industry", ["金融服务"]),
        ("kind", ["金融机构"]),
    ]


def test_conditions_only_where_the_text_states_them() -> None:
    # a size restricts only when every subject supported carries it
    both = rule_of("鼓励企业扩大规模。支持中小微企业开拓市场。", [], None)
    assert [c["field"] for c in both["conditions"]] == ["kind"]
    small = rule_of("支持中小微企业开拓市场，最高不超过200万元。", [], None)
    assert [(c["field"], c["values"]) for c in small["conditions"]] == [
        ("kind", ["企业"]),
        ("size", ["中小微"]),
    ]
    assert small["benefit"] == {
        "kinds": [],
        "amount": {"value": 200.0, "unit": "万元", "up_to": True, "text": "最高不超过200万元"},
    }
    # a sector word in passing is no condition
    assert rule_of("围绕时尚消费、金融、文创等开展场景创新。", [], None)["conditions"] == []


def test_industries_by_word_and_by_gbt4754_code() -> None:
    assert industry_matches("生命健康", "生物医药")
    assert industry_matches("生命健康", "C27")  # 医药制造业
    assert industry_matches("生命健康", "C2710")
    assert not industry_matches("生命健康", "文化创意")
    assert not industry_matches("生命健康", "R86")


def test_places() -> None:
    assert place_met("静安区", "上海市静安区") is True
    assert place_met("静安区", "黄浦区") is False
    assert place_met("静安区", "上海市") is None  # a city does not say which district
    assert place_met("静安区", None) is None


def test_a_biomedicine_business_gets_the_life_science_measures(parsed: Any) -> None:
    measures, docs = parsed
    profile = Profile.from_dict(
        {"place": "上海市静安区", "industry": "生物医药", "kind": "企业", "as_of": "2026-06-01"}
    )
    items = match(profile, measures, docs)
    got = _titles(items, "jingan-2026-01-09")
    assert [t for t in got if t in LIFE + CULTURE] == [
        "支持功能性平台建设",  # place, industry and kind met: first
        "加大创新药械研发支持",
        "支持新技术应用",
        "支持开拓海外市场",
    ]
    first = items[0]
    assert first["responsible"] == ["区科技经济委"]
    assert first["valid_until"] == "2026-12-31"
    assert [c["met"] for c in first["conditions"]] == [True, True, True]
    # the 人力资源服务业 方案 is for another industry
    assert _titles(items, "jingan-2026-01-02") == []
    # the day after the measures expire, none of them
    later = Profile.from_dict({**profile.__dict__, "as_of": "2027-01-01"})
    assert _titles(match(later, measures, docs), "jingan-2026-01-09") == []


def test_a_cultural_business_gets_the_cultural_measures_only(parsed: Any) -> None:
    measures, docs = parsed
    profile = Profile.from_dict({"place": "静安区", "industry": "文化创意", "as_of": "2026-06-01"})
    got = _titles(match(profile, measures, docs), "jingan-2026-01-09")
    # those with nothing unknown first, then those that ask for the kind of beneficiary
    assert [t for t in got if t in LIFE + CULTURE] == [
        "培育创新文旅消费",
        "支持空间载体（平台）建设",
        "赋能企业创新融合",
        "支持重点领域优秀成果",
    ]
    # without a kind, the kind stays unknown, never assumed
    asks = next(i for i in match(profile, measures, docs) if i["title"] == "赋能企业创新融合")
    assert {c["field"]: c["met"] for c in asks["conditions"]}["kind"] is None


def test_another_district_gets_nothing(parsed: Any) -> None:
    measures, docs = parsed
    profile = Profile.from_dict({"place": "黄浦区", "industry": "生物医药", "as_of": "2026-06-01"})
    assert match(profile, measures, docs) == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"sector": "x"}, "unknown profile field(s): sector"),
        ({"kind": "公司"}, "profile field kind: one of 企业、金融机构、专业服务机构"),
        ({"as_of": "2026-13-01"}, "profile field as_of: a date (YYYY-MM-DD)"),
        ({"certifications": 3}, "profile field certifications: a list of names"),
    ],
)
def test_bad_profiles(data: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError) as exc:
        Profile.from_dict(data)
    assert str(exc.value).startswith(message)


def test_matching_a_stored_issue(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "g.db"), rank=False)
    store.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    profile = Profile.from_dict(
        {"place": "静安区", "industry": "C27", "kind": "企业", "as_of": "2026-06-01"}
    )
    with store.engine.connect() as conn:
        found = match_stored(conn, profile)
    assert found["total"] == 10
    assert found["items"][0]["measure"] == "jingan-2026-01-09#3.7.1.4"
    assert found["items"][0]["document_title"].endswith("促进经济高质量发展的若干措施")


def test_two_thresholds_on_one_figure_are_checked_apart() -> None:
    """Conditions are checked once per distinct condition: the bound is part of it."""
    low = rule_of("对年营业收入首次突破5000万元的企业，给予10万元奖励。", [], "滨江区")
    high = rule_of("对年营业收入首次突破1亿元的企业，给予50万元奖励。", [], "滨江区")
    measures = [
        {
            "document": "d",
            "no": n,
            "title": t,
            "responsible": [],
            "eligibility": r,
            "source": {"block": str(n), "line": n},
        }
        for n, (t, r) in enumerate([("低", low), ("高", high)], start=1)
    ]
    profile = Profile.from_dict(
        {"place": "滨江区", "kind": "企业", "figures": {"营业收入": 8000}, "as_of": "2026-06-01"}
    )
    found = match(profile, measures, {"d": {"title": "d", "date": "2026-01-01"}})
    assert [m["title"] for m in found] == ["低"]
