"""Facts of the sample issue, exact values.

Checked by hand against samples/jingan-2026-01.txt: the two 任免 tables (lines 200–252: 25
appointed, 23 removed, 36 people, 12 of them both removed and appointed); the 45 practical
projects in 10 categories (lines 62–145) and their printed quantities; the 13 measures of the
HR plan (lines 164–194) and the 47 DRC measures (lines 1802–1933) with their responsible units;
the 80 rows of 附件1; 表1, 表4 and the 21-row indicator table; the 2026 budget paragraphs
(lines 845–887) whose sums were recomputed by hand for the identities below; the 32 glossary
terms of 附件4; the holiday-subsidy clauses (line 1953).
"""

from __future__ import annotations

import copy

import gongbao
from gongbao.model import Issue
from tests.conftest import SAMPLE


def test_appointments(sample: Issue) -> None:
    records = sample.facts["appointments"]
    assert len(records) == 48
    assert sum(r.action == "appoint" for r in records) == 25
    assert sum(r.action == "remove" for r in records) == 23
    assert len({r.person for r in records}) == 36
    by = {(r.person, r.action): r for r in records}
    r = by[("沈云宇", "appoint")]
    assert r.positions == [
        "上海市静安区城市运行管理中心（上海市静安区政务服务中心、"
        "上海市静安区城市网格化综合管理中心）副主任"
    ]
    assert r.qualifiers == ["试用期一年"]
    assert by[("吴晓宇", "appoint")].qualifiers == ["挂职", "挂职期一年"]
    assert by[("陈佳彦", "appoint")].qualifiers == ["试用期满正式任命"]
    assert by[("陈佳彦", "appoint")].positions == ["上海市静安区教育局副局长"]
    roles = [(x.organization, x.title) for x in by[("徐平", "appoint")].roles]
    assert roles == [
        ("上海静安资本投资运营有限公司", "总会计师"),
        ("上海静安资本投资运营有限公司", "董事"),
    ]
    roles = [(x.organization, x.title) for x in by[("尹洁", "appoint")].roles]
    assert roles == [
        ("上海市静安区人民政府办公室", "副主任"),
        ("上海市静安区人民政府外事办公室", "主任"),
    ]
    assert by[("崔兼明", "appoint")].roles[0].organization == (
        "上海市静安区养老服务发展中心（上海市静安区社会福利院）"
    )
    # a continuation line belongs to the person above: two positions
    assert by[("徐刚", "remove")].positions == [
        "上海静安产业引导股权投资基金有限公司副总经理",
        "上海静安投资（集团）有限公司副总经理",
    ]
    assert by[("周筠", "remove")].person == "周筠"  # printed '周 筠'


def test_moves(sample: Issue) -> None:
    moves = {m.person: m for m in sample.facts["moves"]}
    assert len(moves) == 12
    assert moves["王艳"].removed == ["上海市静安区发展和改革委员会副主任"]
    assert moves["王艳"].appointed == ["上海市静安区人民政府江宁路街道办事处主任"]


def test_commitments(sample: Issue) -> None:
    items = sample.facts["commitments"]
    assert [c.no for c in items] == list(range(1, 46))
    cats = []
    for c in items:
        if c.category not in cats:
            cats.append(c.category)
    assert cats == [
        "为老服务方面",
        "教育服务方面",
        "住房保障方面",
        "就业培训方面",
        "健康服务方面",
        "文化服务方面",
        "体育健身方面",
        "城区环境方面",
        "便民服务方面",
        "公共安全方面",
    ]
    q = {c.no: [(x.value, x.unit) for x in c.quantities] for c in items}
    assert q[4] == []  # 深化“五床联动”: a quoted name, not five beds
    assert q[11] == [(80000, "名")]  # 8万名4-18岁: the age range is not a quantity
    assert q[15] == [(1200000, "平方米")]
    assert q[21] == [(20000, "名")]
    assert q[29] == [(160000, "张")]
    assert q[34] == [(150000, "人次"), (100000, "人次"), (13000, "人次")]
    assert q[38] == [(30000, "平方米"), (1, "公里"), (10000, "平方米")]
    assert q[44] == [(267, "个"), (13250, "具")]
    assert items[36].category == "城区环境方面"  # printed '八、城区环境方面（3 个项目）'


def test_measures_and_responsible_organisations(sample: Issue) -> None:
    measures = sample.facts["measures"]
    assert len(measures) == 60
    hr = [m for m in measures if m.document == "jingan-2026-01-02"]
    drc = [m for m in measures if m.document == "jingan-2026-01-09"]
    assert [m.no for m in hr] == list(range(1, 14))
    assert [m.no for m in drc] == list(range(1, 48))
    assert hr[0].title == "开展“智汇静安”产业集聚行动"
    assert hr[0].responsible == ["区人力资源社会保障局", "区投资办", "区科技经济委", "各功能片区"]
    assert drc[46].responsible == [
        "南京西路-苏河湾中央活力区（CAZ）",
        "大宁“三生”融合创新区",
        "市北国际科创区",
        "彭浦镇",
    ]
    orgs = {o.id: o for o in sample.facts["organisations"]}
    hrb = orgs[hr[0].organisations[0]]
    assert hrb.name == "上海市静安区人力资源和社会保障局"
    assert {"静安区人力资源和社会保障局", "区人力资源社会保障局"} <= set(hrb.aliases)
    assert orgs[hr[0].organisations[1]].name == "静安区投资促进办公室"
    assert orgs[hr[0].organisations[3]].kind == "group"
    assert orgs[hr[11].organisations[0]].name == "上海静安资本投资运营有限公司"  # 静安资本
    market = [o for o in orgs.values() if "市场监督管理局" in o.name]
    assert len(market) == 1 and market[0].aliases == ["区市场监管局"]
    # two full names are never merged as abbreviations of each other
    names = sorted(o.name for o in orgs.values() if o.name.startswith("上海市静安区人民政府"))
    assert names == [
        "上海市静安区人民政府",
        "上海市静安区人民政府临汾路街道办事处",
        "上海市静安区人民政府办公室",
        "上海市静安区人民政府外事办公室",
        "上海市静安区人民政府江宁路街道办事处",
    ]


def test_projects(sample: Issue) -> None:
    projects = sample.facts["projects"]
    assert len(projects) == 80
    assert (projects[0].no, projects[0].name, projects[0].category) == (
        1,
        "华兴新城商办项目",
        "产业发展类",
    )
    assert projects[79].name == "万荣绿地新建项目"
    cats = [p.category for p in projects]
    assert (cats.count("产业发展类"), cats.count("社会民生类"), cats.count("基础设施类")) == (
        23,
        39,
        18,
    )


def test_indicators(sample: Issue) -> None:
    inds = sample.facts["indicators"]
    plan = [i for i in inds if i.period == "2026–2030"]
    assert len(plan) == 21
    gdp = plan[0]
    assert (gdp.category, gdp.name, gdp.unit, gdp.attribute) == (
        "经济发展",
        "地区生产总值年均增速",
        "%",
        "预期性",
    )
    assert gdp.target is not None and gdp.target.low is None
    assert gdp.target.qualifier == "与全市增速保持同步"
    hq = next(i for i in plan if i.name == "新增跨国公司地区总部和外资研发中心")
    assert hq.target is not None
    assert (hq.target.low, hq.target.high, hq.target.qualifier) == (80, 100, "五年累计")
    patents = next(i for i in plan if i.name.startswith("每万人口"))
    assert patents.target is not None
    assert (patents.target.low, patents.target.high) == (50, None)
    t1 = [i for i in inds if (i.table or "").startswith("表1")]
    assert len(t1) == 6 and all(i.met for i in t1)
    fai = t1[3]
    assert fai.actual is not None and fai.target is not None
    assert (fai.target.low, fai.actual.low) == (5, 8.67)
    t4 = [i for i in inds if (i.table or "").startswith("表4")]
    assert len(t4) == 11 and all(i.actual is None for i in t4)
    prose = [i for i in inds if i.table is None]
    assert [(i.name, i.target.low if i.target else None) for i in prose] == [
        ("地区生产总值", 5),
        ("区级一般公共预算收入", 2),
        ("社会消费品零售总额", 1750),
        ("全社会固定资产投资总额", 3),
    ]


def test_budget_identities_hold(sample: Issue) -> None:
    ids = sample.facts["identities"]
    assert len(ids) == 28 and all(i.holds for i in ids)
    by = {(i.total_label, i.total): i for i in ids}
    rev = by[("收入总量", 4157169)]
    assert [p["amount"] for p in rev.parts] == [3144700, 680000, 5071, 2832, 172566, 152000]
    items = by[("区级一般公共预算收入", 3144700)]
    assert [p["label"] for p in items.parts] == [
        "增值税",
        "企业所得税",
        "个人所得税",
        "其他税收",
        "非税收入",
    ]
    spend = by[("区级一般公共预算支出", 3837600)]
    lines = sample.facts["budget_lines"]
    assert any(ln.label == "债务付息支出" and ln.amount == 16914 for ln in lines)
    assert spend.holds


def test_a_changed_amount_breaks_its_identity() -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace("增值税1,006,349万元", "增值税1,006,340万元")
    issue = gongbao.parse_text(text)
    broken = [i for i in issue.facts["identities"] if not i.holds]
    assert [(i.total_label, i.total, i.sum) for i in broken] == [
        ("区级一般公共预算收入", 3144700, 3144691)
    ]
    problems = [p for p in issue.problems if p.kind == "budget_identity_fails"]
    assert len(problems) == 1 and problems[0].document == "jingan-2026-01-07"


def test_terms(sample: Issue) -> None:
    terms = sample.facts["terms"]
    glossary = [t for t in terms if t.no is not None]
    assert [t.no for t in glossary] == list(range(1, 33))
    assert glossary[15].term == "OPC"
    assert glossary[15].definition.startswith("OPC（One Person Company），即一人公司")
    from_notes = [t.term for t in terms if t.no is None]
    assert from_notes == ["市级新优质学校", "STEM", "3+3", "FDA", "EMA", "CE", "PMDA", "WHO"]


def test_references(sample: Issue) -> None:
    refs = sample.facts["references"]
    cited = next(r for r in refs if r.doc_number)
    assert cited.doc_number == "沪府规〔2022〕3号"
    assert cited.title.startswith("上海市人民政府关于印发修订后的〈上海市被征收")
    # the draft plan named in the work report is the plan printed in the same issue
    draft = [r for r in refs if r.document == "jingan-2026-01-05" and r.target]
    assert len(draft) == 15 and {r.target for r in draft} == {"jingan-2026-01-08"}
    assert not any(r.title in ("辅德里", "红旗颂", "黄某房屋征收补偿决定案") for r in refs)


def test_rules(sample: Issue) -> None:
    rules = sample.facts["rules"]
    got = [
        (r.subject, [(c.field, c.operator, c.value) for c in r.condition], r.amount, r.unit)
        for r in rules
    ]
    assert got == [
        ("征地养老人员", [("age", "<", 80), ("birth_date", ">=", "1946-01-01")], 800, "元"),
        ("征地养老人员", [("age", ">=", 80), ("birth_date", "<=", "1945-12-31")], 900, "元"),
    ]


def test_parse_is_deterministic(sample: Issue) -> None:
    again = gongbao.parse_file(SAMPLE).to_dict()
    assert again == copy.deepcopy(sample.to_dict())


def test_growth_rates_checked(sample_dict: dict) -> None:
    checks = sample_dict["budget"]["checks"]
    assert [(c["label"], c["stated"], c["computed"], c["holds"]) for c in checks] == [
        ("区级一般公共预算收入", 2.0, 2.0119, True),  # 60,803 / (3,083,012 − 60,803)
        ("区级一般公共预算支出", 3.0, 3.093, True),  # 108,331 / (3,610,825 − 108,331)
    ]


def test_a_wrong_growth_rate_is_a_problem() -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace(
        "增收60,803万元，增长2%", "增收60,803万元，增长4%"
    )
    issue = gongbao.parse_text(text)
    assert [p.kind for p in issue.problems if p.kind.startswith("budget_")] == ["budget_rate_fails"]
