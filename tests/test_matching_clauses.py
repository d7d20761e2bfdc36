"""The '对…的' clauses of real articles typed (gongbao.extract.clauses) and checked against
profiles with their certifications, listings and arrival (gongbao.milestones). Texts are
copied from tests/measures/liuhe-2023-zhongdian-chanye-shishi-yijian.txt 第 9 条 and 第 1 5 条
and lucheng-2019-gongye-jingji.txt 三、6.; the expected conditions were checked by hand."""

from __future__ import annotations

from typing import Any

from gongbao.extract.clauses import asked_conditions, clause_conditions
from gongbao.matching import Profile, check

ART9 = (
    "第 9 条 鼓励企业科技创新。对初次认定为国家级和省 级企业技术(研发)中心的，分别给予企业100万元和30"
    " 万元奖励；对初次认定为国家高新技术企业的，给予企业20 万元奖励；对在重点行业(领域)完成成果转化并且单品种"
    " 销售收入超过2000万元的，给予企业20万元奖励。"
)
ART15 = (
    "第 1 5 条 鼓励企业挂牌上市。对在主板上市企业，给予 企业300万元奖励；对在中小板、创业板、科创板上市企业，"
    " 给予企业200万元奖励；对在新三板挂牌企业，给予企业100万元奖励。"
)


def _fields(conditions: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    return [(c["field"], c["values"]) for c in conditions]


def test_a_new_certification_is_typed_with_its_levels() -> None:
    got = clause_conditions("新认定的（不包括重新认定）高新技术企业")
    assert got == [
        {
            "field": "certified",
            "values": ["高新技术企业"],
            "levels": [],
            "when": "new",
            "text": "新认定的高新技术企业",
        }
    ]
    levels = clause_conditions("初次认定为国家、省级高新技术的企业")
    assert [(c["levels"], c["when"]) for c in levels] == [(["国家", "省"], "new")]
    # what the typed fields cannot say stays to confirm, whole
    assert _fields(clause_conditions("规模以上工业企业年产值同比增长超过1000万元的"))[-1] == (
        "other",
        [],
    )


def test_an_article_of_several_clauses_is_met_by_any_one() -> None:
    (any_,) = [c for c in asked_conditions(ART9, "第 9 条") if c["field"] == "any"]
    assert [_fields(b) for b in any_["branches"]] == [
        [("certified", ["企业技术中心"])],  # '国家级和省 级': the PDF's space says nothing
        [("certified", ["高新技术企业"])],
        [("other", [])],
    ]
    new = {"kind": "企业", "certifications": ["高新技术企业"], "as_of": "2025-03-31"}
    assert check(any_, Profile.from_dict({**new, "certified": {"高新技术企业": "2024-12-01"}}))
    # certified in 2020: not new in 2025; the other branches are unknown, so is the article
    old = Profile.from_dict({**new, "certified": {"高新技术企业": "2020-11-01"}})
    assert check(any_, old) is None
    # listings: none of the three boards, every branch fails
    (listed,) = [c for c in asked_conditions(ART15, "第 1 5 条") if c["field"] == "any"]
    assert [_fields(b) for b in listed["branches"]] == [
        [("listed", ["主板"])],
        [("listed", ["中小板", "创业板", "科创板"])],
        [("listed", ["新三板"])],
    ]
    assert check(listed, Profile.from_dict({"listed": {}, "as_of": "2025-01-01"})) is False
    on = Profile.from_dict({"listed": {"创业板": "2024-06-01"}, "as_of": "2025-01-01"})
    assert check(listed, on) is True
    assert check(listed, Profile.from_dict({"as_of": "2025-01-01"})) is None


def test_levels_of_a_held_title() -> None:
    cond = clause_conditions("科技企业孵化器获得国家级、省级、市级科技企业孵化器认定的")
    at = {"as_of": "2021-12-31"}
    prov = Profile.from_dict({**at, "certified": {"省级科技企业孵化器": "2021-09-01"}})
    district = Profile.from_dict({**at, "certified": {"区级科技企业孵化器": "2021-09-01"}})
    # the 孵化器 named twice is one condition: obtained at one of three levels
    assert [(c["levels"], c["when"], check(c, prov)) for c in cond] == [
        (["国家", "省", "市"], "event", True)
    ]
    assert check(cond[0], district) is False


def test_size_from_the_official_thresholds() -> None:
    cond = {"field": "size", "values": ["小微"], "text": "小微企业"}
    small = {"industry": "C27", "figures": {"从业人员": {"value": 50, "unit": "人"}}}
    assert check(cond, Profile.from_dict(small)) is None  # 营业收入 unknown
    small["figures"]["营业收入"] = 1500
    assert check(cond, Profile.from_dict(small)) is True  # 工业, 50人, 1500万元: 小型
    small["figures"]["从业人员"] = {"value": 400, "unit": "人"}
    small["figures"]["营业收入"] = 3000
    assert check(cond, Profile.from_dict(small)) is False  # 中型 is not 小微
    assert check({**cond, "values": ["中小微"]}, Profile.from_dict(small)) is True


def test_profile_query_fields() -> None:
    # an empty field is not said; 无 says none
    assert Profile.from_dict({"certified": "", "listed": "无"}).certified is None
    assert Profile.from_dict({"listed": "无"}).listed == {}
    p = Profile.from_query(
        certified="高新技术企业:2024、专精特新", listed="", moved_in="2020-01-02"
    )
    assert (p.certified, p.listed, p.moved_in) == (
        {"高新技术企业": "2024", "专精特新": ""},
        None,
        "2020-01-02",
    )
