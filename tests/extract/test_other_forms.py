"""Fact forms as other governments print them, in fixtures written for these tests.
Each expected value was worked out by hand from the fixture text."""

from __future__ import annotations

import gongbao

COUNTY_PROJECTS = """东林县人民政府关于印发2025年东林县十件民生实事的通知

东政发〔2025〕2号

各乡镇人民政府，县政府各部门：

现将2025年东林县十件民生实事印发给你们，请抓好落实。

一、教育提质（2个项目）

1. 新建两所乡镇幼儿园，新增学位360个
2. 为1.2万名中小学生提供免费午餐

二、健康守护

3. 为65岁以上老年人免费体检3.5万人次
"""

DECISION = """江南省东林县人民代表大会常务委员会关于任免职务的决定

（2025年6月30日东林县第十八届人民代表大会常务委员会第二十次会议通过）

根据县人民政府县长的提请，决定任命张三、李四为东林县人民政府副县长；免去王五的东林县教育局局长职务。
"""

REPORT = """政府工作报告

——2025年1月10日在东林县第十八届人民代表大会第四次会议上

东林县县长 赵六

各位代表：

今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业1100人以上；居民人均可支配收入增长5.5%；单位地区生产总值能耗下降完成市下达目标。
"""

MEASURES = """东林县发展和改革局关于促进民营经济发展的若干措施

东发改〔2025〕9号

一、优化发展环境

1. 落实公平竞争审查制度。全面清理妨碍统一市场的规定。（牵头单位：县市场监管局；配合单位：县司法局、县发展改革局）

2. 健全涉企收费监管。（牵头单位：县发展改革局）

东林县发展和改革局

2025年5月8日
"""


def test_county_ten_practical_projects() -> None:
    issue = gongbao.parse_text(COUNTY_PROJECTS)
    items = issue.facts["commitments"]
    assert [(c.no, c.category) for c in items] == [
        (1, "教育提质"),
        (2, "教育提质"),
        (3, "健康守护"),
    ]
    assert [(q.value, q.unit) for q in items[0].quantities] == [(2, "所"), (360, "个")]
    assert [(q.value, q.unit) for q in items[1].quantities] == [(12000, "名")]
    assert [(q.value, q.unit) for q in items[2].quantities] == [(35000, "人次")]


def test_congress_decision_appointing_several_people() -> None:
    issue = gongbao.parse_text(DECISION)
    got = [(a.person, a.action, a.positions) for a in issue.facts["appointments"]]
    assert got == [
        ("张三", "appoint", ["东林县人民政府副县长"]),
        ("李四", "appoint", ["东林县人民政府副县长"]),
        ("王五", "remove", ["东林县教育局局长"]),
    ]
    roles = issue.facts["appointments"][2].roles
    assert [(r.organization, r.title) for r in roles] == [("东林县教育局", "局长")]


def test_work_report_prose_targets() -> None:
    issue = gongbao.parse_text(REPORT)
    doc = issue.documents[0]
    assert doc.speaker == "东林县县长 赵六" and doc.issuers == ["东林县人民政府"]
    got = [
        (i.name, i.target.low, i.target.high, i.target.unit, i.target.qualifier)
        for i in issue.facts["indicators"]
        if i.target
    ]
    assert got == [
        ("地区生产总值", 6, 6, "%", "增长；左右"),
        ("城镇新增就业", 1100, None, "人", "以上"),
        ("居民人均可支配收入", 5.5, 5.5, "%", "增长"),
    ]
    assert all(i.period == "2025" for i in issue.facts["indicators"])


def test_measures_with_lead_and_supporting_units() -> None:
    issue = gongbao.parse_text(MEASURES)
    m1, m2 = issue.facts["measures"]
    assert m1.title == "落实公平竞争审查制度"
    assert m1.lead == ["县市场监管局"]
    assert m1.responsible == ["县市场监管局", "县司法局", "县发展改革局"]
    orgs = {o.id: o for o in issue.facts["organisations"]}
    # 县发展改革局 is the issuer, 东林县发展和改革局, abbreviated
    assert orgs[m1.organisations[2]].name == "东林县发展和改革局"
    assert m2.organisations == [m1.organisations[2]]


TENURE_NOTICE = """东林市人民政府关于赵六等同志职务任免的通知

各区人民政府，市政府各部门：
经研究，决定：
赵六任市财政局局长，免去其市审计局局长职务；
聘任钱七为市政府参事。
孙八同志兼任市应急管理局局长。

东林市人民政府
2024年3月1日
"""


def test_tenure_clauses_without_tongzhi_engagements_and_concurrent_posts() -> None:
    """In a notice about posts: 'X任P' without 同志 (and the removal after it), '聘任X为P',
    'X同志兼任P' (qualifier 兼)."""
    issue = gongbao.parse_text(TENURE_NOTICE)
    got = [(a.person, a.action, a.positions, a.qualifiers) for a in issue.facts["appointments"]]
    assert got == [
        ("赵六", "appoint", ["市财政局局长"], []),
        ("赵六", "remove", ["市审计局局长"], []),
        ("钱七", "appoint", ["市政府参事"], []),
        ("孙八", "appoint", ["市应急管理局局长"], ["兼"]),
    ]


PASSIVE_REPORT = """会议决定
陆卫东同志被任命为南通市人民政府副市长;单晓明同志被免去南通市人民政府副市长职务。
"""


def test_the_passive_of_news_reports() -> None:
    """'X同志被任命为P', 'X同志被免去P职务' (a constructed fixture: the one page found was a
    machine-translated mirror not kept in the corpus)."""
    issue = gongbao.parse_text(PASSIVE_REPORT)
    got = [(a.person, a.action, a.positions) for a in issue.facts["appointments"]]
    assert got == [
        ("陆卫东", "appoint", ["南通市人民政府副市长"]),
        ("单晓明", "remove", ["南通市人民政府副市长"]),
    ]
