"""Regulations whose history names the organs that issued them on the day's line, no order's
number ('1981年4月6日 国务院发布', '1985年10月24日 国务院、中央军委发布', under '1987年8月25日
国务院批准' the ministry's '1987年9月10日 林业部发布'): the day it was issued and the organs
that issued it. The heads are quoted as printed from github.com/LawRefBook/Laws @ 2f4c5c23 (the
files named above each); expected values read off them by hand; and the State Council's
approval where the history prints no other day; a ministry's order numbered within its year
('农业部令2010年第3号', from github.com/waystowork/waystowork.github.io @ e1c3f865). Each test fails on the code before its rule
but the guard, which holds before and after."""

from __future__ import annotations

from tests.structure.corpus_pages import quoted_issue

#: 行政法规/森林采伐更新管理办法(2011-01-08).md
_FOREST = [
    "# 森林采伐更新管理办法",
    "",
    "1987年8月25日 国务院批准\u3000",
    "",
    "1987年9月10日 林业部发布\u3000",
    "",
    "<!-- INFO END -->",
    "",
    "## 第一章 总则",
    "",
    "第一条 为合理采伐森林，及时更新采伐迹地，恢复和扩大森林资源，根据《中华人民共和国森林法》(以下简称森林法)及有关规定，制定本办法。",
    "",
    "第二条 森林采伐更新要贯彻“以营林为基础，普遍护林，大力造林，采育结合，永续利用”的林业建设方针，执行森林经营方案，实行限额采伐，发挥森林的生态效益、经济效益和社会效益。",
]

#: 行政法规/国家机关工作人员病假期间生活待遇的规定(1981-04-06).md
_SICK_LEAVE = [
    "# 国家机关工作人员病假期间生活待遇的规定",
    "",
    "1981年4月6日 国务院发布",
    "",
    "发布之日施行",
    "",
    "<!-- INFO END -->",
    "",
    "为了适当解决国家机关工作人员病假期间的生活困难问题，有利于病休人员早日恢复健康，根据按劳分配的原则，对国家机关工作人员病假期间生活待遇，作如下规定：",
    "",
    "一、工作人员病假在两个月以内的，发给原工资。",
    "",
    "二、工作人员病假超过两个月的，从第三个月起按照下列标准发给病假期间工资：",
    "",
]

#: 行政法规/征兵工作条例(2001-09-05).md
_CONSCRIPTION = [
    "# 征兵工作条例",
    "",
    "1985年10月24日 国务院、中央军委发布\u3000",
    "",
    "<!-- INFO END -->",
    "",
    "## 第一章 总则",
    "",
    "第一条 根据《中华人民共和国兵役法》的有关规定，制定本条例。",
    "",
    "第二条 征集新兵，是加强部队建设、保卫社会主义祖国的一项重要工作，各级人民政府和各级军事机关应当认真做好。",
]

#: 行政法规/关于爱国卫生运动委员会及其办事机构若干问题的规定(1980-05-09).md
_PATRIOTIC_HEALTH = [
    "# 关于爱国卫生运动委员会及其办事机构若干问题的规定",
    "",
    "1980年5月9日 国务院批准",
    "",
    "<!-- INFO END -->",
    "",
    "爱国卫生运动是提高全民族科学文化水平，保护人民健康，保证社会主义现代化建设的一项重要措施，具有移风易俗，改造国家的作用。由于过去长期受到林彪、“四人帮”的干扰破坏，爱国卫生运动在相当长的一段时间内处于停顿状态。粉碎“四人帮”以后，有了新的发展。",
    "",
    "为了贯彻落实“加强领导，动员群众，措施得力，持之以恒”的方针，加强对各级爱国卫生运动委员会（以下简称爱卫会）及其办事机构的组织建设，以适应新的情况，现对有关问题作如下规定：",
    "",
]

#: 行政法规/学校体育工作条例(2017-03-01).md
_SCHOOL_SPORTS = [
    "# 学校体育工作条例",
    "",
    "1990年2月20日 国务院批准\u3000",
    "",
    "1990年3月12日 国家教育委员会令第8号、国家体育运动委员会令第11号发布\u3000",
    "",
    "<!-- INFO END -->",
    "",
    "## 第一章 总则",
    "",
    "第一条 为保证学校体育工作的正常开展，促进学生身心的健康成长，制定本条例。",
]

#: github.com/waystowork/waystowork.github.io @ e1c3f865,
#: src/laws/农业农村/06.畜牧及兽医兽药类/兽药经营质量管理规范.md (to its second article)
_VET_DRUGS = [
    "# 兽药经营质量管理规范",
    "",
    "（2010年1月15日农业部令2010年第3号公布，2017年11月30日农业部令2017年第8号部分修订）",
    "",
    "",
    "第一章 总 则",
    "",
    "",
    "",
    "第一条 为加强兽药经营质量管理，保证兽药质量，根据《兽药管理条例》，制定本规范。",
    "",
    "第二条 本规范适用于中华人民共和国境内的兽药经营企业。",
]

#: github.com/waystowork/waystowork.github.io @ e1c3f865,
#: src/laws/交通运输/05.水运管理/水路运输管理/中华人民共和国国际海运条例.md (to its second article)
_SHIPPING = [
    "# 中华人民共和国国际海运条例",
    "",
    "(2001年12月11日中华人民共和国国务院令第335号公布\u3000根据2013年7月18日《国务院关于废止和修改部分行政法规的决定》第一次修订\u3000根据2016年2月6日《国务院关于修改部分行政法规的决定》第二次修订\u3000根据2019年3月2日《国务院关于修改部分行政法规的决定》第三次修订)",
    "",
    "第一章\u3000总则",
    "",
    "第一条\u3000为了规范国际海上运输活动，保护公平竞争，维护国际海上运输市场秩序，保障国际海上运输各方当事人的合法权益，制定本条例。",
    "",
    "第二条\u3000本条例适用于进出中华人民共和国港口的国际海上运输经营活动以及与国际海上运输相关的辅助性经营活动。",
]


def test_the_state_councils_issue_line() -> None:
    [doc] = quoted_issue(_SICK_LEAVE).documents
    assert doc.date == "1981-04-06"
    assert doc.issuers == ["国务院"]


def test_two_organs_issue_it_jointly() -> None:
    [doc] = quoted_issue(_CONSCRIPTION).documents
    assert doc.date == "1985-10-24"
    assert doc.issuers == ["国务院", "中央军委"]


def test_approved_by_the_state_council_issued_by_the_ministry() -> None:
    """The ministry's issue, not the State Council's approval, dates it (as for a ministry's
    order: '…国务院批准' / '…交通部令第6号发布')."""
    [doc] = quoted_issue(_FOREST).documents
    assert doc.date == "1987-09-10"
    assert doc.issuers == ["林业部"]


def test_an_approval_alone_dates_the_text() -> None:
    """'1980年5月9日 国务院批准' and no other day in its history: the approval's day."""
    [doc] = quoted_issue(_PATRIOTIC_HEALTH).documents
    assert doc.date == "1980-05-09"


def test_a_joint_order_each_organ_numbered_under_the_approval() -> None:
    """The approval over the ministries' issue ('1990年3月12日 国家教育委员会令第8号、国家体育
    运动委员会令第11号发布', a joint order each organ numbered in its series): the issue's day,
    not the approval's; both numbers; both organs. (Until the twenty-third session the head did
    not read the two orders and gave no day: this was a guard that the approval's was not
    given instead.)"""
    [doc] = quoted_issue(_SCHOOL_SPORTS).documents
    assert doc.date == "1990-03-12"
    assert doc.doc_number == "国家教育委员会令第8号、国家体育运动委员会令第11号"
    assert doc.issuers == ["国家教育委员会", "国家体育运动委员会"]


def test_a_ministrys_order_numbered_within_its_year() -> None:
    """'（2010年1月15日农业部令2010年第3号公布，…部分修订）' under a title that ends on 规范: the
    title (no note taken for it), the order's number and day."""
    [doc] = quoted_issue(_VET_DRUGS).documents
    assert doc.title == "兽药经营质量管理规范"
    assert doc.doc_number == "农业部令2010年第3号"
    assert doc.date == "2010-01-15"


def test_a_promulgation_note_that_lists_its_amendments_at_length() -> None:
    """'(2001年12月11日中华人民共和国国务院令第335号公布　根据…第一次修订　根据…第二次修订…)',
    over 120 characters, under the title: the order's number and day."""
    [doc] = quoted_issue(_SHIPPING).documents
    assert doc.title == "中华人民共和国国际海运条例"
    assert doc.doc_number == "中华人民共和国国务院令第335号"
    assert doc.date == "2001-12-11"
