"""Facts as real documents of the corpus write them, a form a test.

Every expected value was read off the file named (the sentence is quoted in the test's
docstring) and none was copied from the extractor's output. The whole labelled set is scored
in tests/test_corpus.py; these tests pin one form each, so a regression names its form.
"""

from __future__ import annotations

from functools import cache

import gongbao
from gongbao.docnumber import canonical, find_doc_number
from gongbao.model import Issue
from tests.conftest import ROOT, SHARED

CORPUS = ROOT / "tests" / "corpus"


@cache
def _parse(name: str) -> Issue:
    return gongbao.parse_file(CORPUS / name)


def _appointments(name: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [
        (a.person, a.action, a.positions, a.qualifiers) for a in _parse(name).facts["appointments"]
    ]


# -- appointments -----------------------------------------------------------------------------


def test_a_resignation_accepted_is_a_removal() -> None:
    """'决定接受周先旺辞去武汉市人民政府市长职务的请求' (a 常委会 decision)."""
    got = _appointments("personnel/hubei-wuhan-2021-npcsc-cizhi-page.txt")
    assert got == [("周先旺", "remove", ["武汉市人民政府市长"], ["辞职"])]


def test_a_rule_about_who_may_act_names_nobody() -> None:
    """A rule's '曾在国务院专利行政部门…任职的专利代理师，不得…代理' (国务院令第706号, govcn-58) once
    gave a person '职的专利' appointed '师': a name holds neither 的 nor 职."""
    issue = gongbao.parse_file(SHARED / "corpus" / "govcn-2018" / "govcn-58.html")
    assert issue.facts["appointments"] == []


def test_a_concurrent_post_and_two_decisions_in_one_sentence() -> None:
    """'决定免去秦刚兼任的外交部部长职务,任命王毅为外交部部长,免去易纲的中国人民银行行长职务,
    任命潘功胜为中国人民银行行长' (Xinhua, 2023-07-25; tests/tracking/)."""
    issue = gongbao.parse_file(ROOT / "tests" / "tracking" / "npcsc_2023-07-25_qingang_removed.txt")
    got = [(a.person, a.action, a.positions, a.qualifiers) for a in issue.facts["appointments"]]
    assert got == [
        ("王毅", "appoint", ["外交部部长"], []),
        ("潘功胜", "appoint", ["中国人民银行行长"], []),
        ("秦刚", "remove", ["外交部部长"], ["兼"]),
        ("易纲", "remove", ["中国人民银行行长"], []),
    ]


def test_a_decision_dated_by_its_sentence() -> None:
    """A page with no date of its own: '…第三十八次會議於2022年12月30日決定,…免去王毅兼任的外交部部長
    職務,任命秦剛為外交部部長' — the first paragraph restates it undated."""
    path = ROOT / "tests" / "tracking" / "npcsc_2022-12-30_qingang_appointed.txt"
    issue = gongbao.parse_file(path)
    assert issue.documents[0].date is None
    got = [(a.person, a.action, a.date) for a in issue.facts["appointments"]]
    assert got == [("秦剛", "appoint", "2022-12-30"), ("王毅", "remove", "2022-12-30")]


def test_an_acting_head_and_the_resignation_before_it() -> None:
    """'接受庄建球辞去济源市人民政府市长职务的请求' and '决定张宏义为济源市人民政府代理市长'
    (two decisions on one page), each dated by its decision."""
    issue = _parse("personnel/henan-jiyuan-2023-npcsc-daili-shizhang-page.txt")
    got = [(a.person, a.action, a.positions, a.qualifiers) for a in issue.facts["appointments"]]
    assert got == [
        ("庄建球", "remove", ["济源市人民政府市长"], ["辞职"]),
        ("张宏义", "appoint", ["济源市人民政府市长"], ["代理"]),
    ]
    dates = {a.person: a.date for a in issue.facts["appointments"]}
    docs = {d.id: d.date for d in issue.documents}
    assert all(dates[a.person] == docs[a.document] for a in issue.facts["appointments"])


def test_a_post_that_ends_with_another() -> None:
    """'…何金清辞去莆田市第八届人民代表大会常务委员会副主任职务的请求…其莆田市第八届人民代表大会
    常务委员会代表资格审查委员会主任委员职务相应终止'."""
    got = _appointments("personnel/fujian-putian-2025-npcsc-renmian-mingdan-page.txt")
    assert (
        "何金清",
        "remove",
        ["莆田市第八届人民代表大会常务委员会代表资格审查委员会主任委员"],
        ["终止"],
    ) in got


def test_lists_under_appoint_and_remove_headings_with_concurrent_posts() -> None:
    """1958: '任命：…陳毅兼外交部部長…' and '免去：周恩來兼任的外交部部長職務…' (traditional)."""
    got = _appointments("personnel/guowuyuan-1958-renmian-yian-page.txt")
    assert ("陳毅", "appoint", ["外交部部長"], ["兼", "提請"]) in got
    assert ("周恩來", "remove", ["外交部部長"], ["兼", "提請"]) in got
    # a 议案 ('關于提請決定任免…的議案') proposes: every 任免 in it is marked so
    assert all("提請" in quals for *_, quals in got)
    assert len(got) == 23  # 10 appointed, 13 removed


def test_two_people_appointed_to_one_post() -> None:
    """'会议决定任命陈社教、吕锦宏为市人民政府副市长' (a 常委会 meeting's report)."""
    got = _appointments("personnel/anhui-mingguang-2016-npcsc-fushizhang-news-page.txt")
    assert got == [
        ("陈社教", "appoint", ["市人民政府副市长"], []),
        ("吕锦宏", "appoint", ["市人民政府副市长"], []),
    ]


def test_resignations_of_two_people_and_one_run_on_after_the_same_acceptance() -> None:
    """'决定任命陈文光为省政府副省长;接受徐世群、欧泽高辞去省政府副省长职务的请求,李永寿辞去
    省人大常委会副主任职务的请求'; the next paragraph's '请求辞去现任职务' decides nothing."""
    got = _appointments("personnel/sichuan-2001-fushengzhang-cizhi-renminbao-page.txt")
    assert got == [
        ("陈文光", "appoint", ["省政府副省长"], []),
        ("徐世群", "remove", ["省政府副省长"], ["辞职"]),
        ("欧泽高", "remove", ["省政府副省长"], ["辞职"]),
        ("李永寿", "remove", ["省人大常委会副主任"], ["辞职"]),
    ]


def test_a_removal_that_ends_a_probation_and_a_past_appointment_told_in_passing() -> None:
    """'省政府决定免去马志强的省太忻经济一体化发展促进中心副主任职务(终止试用期)'; the
    appointment told in the past ('去年8月31日被任命为…(试用期一年)') is no fact of this page."""
    got = _appointments("personnel/shanxi-2024-zhongzhi-shiyongqi-news-page.txt")
    assert got == [("马志强", "remove", ["省太忻经济一体化发展促进中心副主任"], ["终止试用期"])]


def test_a_removal_table_whose_column_names_both_reads_each_cell() -> None:
    """A 任免 table with the column 任免职务: each cell says 任 or 免, and a cell that says
    neither gives no fact but a problem (a constructed table: no corpus document prints this
    column yet)."""
    text = (
        "某某区人民政府关于任免工作人员的通知\n\n某府任〔2024〕3号\n\n"
        "序号\t姓名\t任免职务\n1\t张三\t任区教育局局长\n2\t李四\t免去区教育局局长职务\n"
        "3\t王五\t区卫生健康委员会主任\n\n某某区人民政府\n\n2024年3月1日\n"
    )
    issue = gongbao.parse_text(text)
    got = [(a.person, a.action, a.positions) for a in issue.facts["appointments"]]
    assert got == [("张三", "appoint", ["区教育局局长"]), ("李四", "remove", ["区教育局局长"])]
    unknown = [p for p in issue.problems if p.kind == "appointment_kind_unknown"]
    assert [p.detail for p in unknown] == ["无法判断任免类别：王五“区卫生健康委员会主任”"]


def test_a_table_of_proposed_posts_marks_each_as_proposed() -> None:
    """A 任免 table '姓名|拟任职务|拟免职务' (a constructed table: no corpus document prints
    it yet): a proposal, each fact marked 拟任 or 拟免; an empty cell decides nothing."""
    text = (
        "某某县人民政府关于提请任免工作人员的报告\n\n某政〔2024〕8号\n\n"
        "姓名\t拟任职务\t拟免职务\n张三\t县财政局局长\t县审计局局长\n李四\t县审计局局长\t\n\n"
        "某某县人民政府\n\n2024年5月6日\n"
    )
    issue = gongbao.parse_text(text)
    got = [(a.person, a.action, a.positions, a.qualifiers) for a in issue.facts["appointments"]]
    assert sorted(got) == [
        ("张三", "appoint", ["县财政局局长"], ["拟任", "提请"]),
        ("张三", "remove", ["县审计局局长"], ["拟免", "提请"]),
        ("李四", "appoint", ["县审计局局长"], ["拟任", "提请"]),
    ]


# -- indicators -------------------------------------------------------------------------------


def _targets(name: str) -> list[tuple[str, str | None]]:
    return [(i.name, i.target.text if i.target else None) for i in _parse(name).facts["indicators"]]


def test_targets_as_numbered_items_under_their_heading() -> None:
    """'一、经济社会发展的主要预期目标' then '1.努力实现地区生产总值增长6.2%左右。' … items 6 and 7
    name no number and set no target."""
    got = _targets("opinion/liaoning-anshan-lishan-2023-renwu-fenjie-page.txt")
    assert got == [
        ("地区生产总值", "6.2%左右"),
        ("规模上工业增加值", "5%左右"),
        ("固定资产投资", "15%左右"),
        ("社会消费品零售总额", "9%左右"),
        ("一般公共预算收入", "8%左右"),
    ]


# -- measures ---------------------------------------------------------------------------------


def _measures(name: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.text[:8], m.responsible, m.lead) for m in _parse(name).facts["measures"]]


def test_outcomes_in_a_review_of_the_quantities_the_plan_targets() -> None:
    """Review: '全市生产总值增长5%…地方一般公共预算收入达到8374.2亿元、增长0.7%…城镇调查失业率
    平均为4.2%…研发经费支出相当于全市生产总值的比例达到4.4%左右'; targets: '全市生产总值增长
    5%左右，地方一般公共预算收入增长2%，…城镇调查失业率5%以内'. An outcome is of the year
    reviewed, in the target's form (the growth, not the 8374.2亿元); an approximate one is none."""
    got = [
        (i.name, i.period, i.actual.text, i.actual.low, i.actual.qualifier)
        for i in _parse("work-report/shanghai-2025-work-report.txt").facts["indicators"]
        if i.actual is not None
    ]
    assert got == [
        ("全市生产总值", "2024", "增长5%", 5.0, "增长"),
        ("地方一般公共预算收入", "2024", "增长0.7%", 0.7, "增长"),
        ("城镇调查失业率", "2024", "4.2%", 4.2, None),
    ]


def test_estimates_in_a_review_are_no_outcomes() -> None:
    """'预计全市地区生产总值增长5.2%左右，一般公共预算收入增长3.1%，…居民消费价格涨幅0.1%':
    every clause of a sentence of estimates is one."""
    facts = _parse("work-report/beijing-2025-work-report.txt").facts["indicators"]
    assert [i for i in facts if i.actual is not None] == []
    assert len(facts) > 0  # its targets are read


def test_lead_and_responsible_units_on_lines_of_their_own() -> None:
    """'1.努力实现地区生产总值增长6.2%左右。' / '牵头单位:区发改局' / '责任单位:立山经济开发区,
    全区经济运行各专班'."""
    got = _measures("opinion/liaoning-anshan-lishan-2023-renwu-fenjie-page.txt")
    assert got[0] == (
        "努力实现地区生产",
        ["区发改局", "立山经济开发区", "全区经济运行各专班"],
        ["区发改局"],
    )
    assert len(got) == 6  # item 7 names no unit (the page is cut)


def test_a_responsible_unit_alone_names_no_lead() -> None:
    """'(一)地区生产总值增长7%以上' / '责任单位:区发展和改革局': no 牵头 in the text."""
    got = _measures("opinion/hubei-wuhan-caidian-2023-zhengfu-gongzuo-baogao-fenjie.txt")
    assert got == [
        ("地区生产总值增长", ["区发展和改革局"], []),
        ("规上工业增加值增", ["区科技和经信局"], []),
        ("固定资产投资增长", ["区发展和改革局"], []),
    ]


# -- commitments ------------------------------------------------------------------------------


def test_a_worded_note_names_the_leads_and_units_joined_by_ji_are_two() -> None:
    """'(市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府
    按職責分工負責)' closing item 1; item 2's note, cut by the store, gives no measure."""
    got = [
        (m.no, m.responsible, m.lead)
        for m in _parse("opinion/shaanxi-xianyang-2022-fangguanfu-yaodian-wiki-page.txt").facts[
            "measures"
        ]
    ]
    leads = ["市政府辦公室", "市行政審批制度改革工作領導小組辦公室"]
    assert got == [(1, [*leads, "市級各有關部門", "各縣市區政府"], leads)]


def test_a_square_bracketed_note_with_lead_and_responsible_units() -> None:
    """'…[牵头单位:区卫健局、区创文办;责任单位:区疫情防控指挥部成员单位、…、各街办(新区)]'."""
    got = [
        (m.no, m.lead, m.responsible)
        for m in _parse("opinion/hubei-huangshi-xialu-2020-zerenfenjie-page.txt").facts["measures"]
    ]
    assert got == [
        (1, ["区卫健局"], ["区卫健局", "区疫情防控指挥部成员单位", "各街办(新区)"]),
        (
            2,
            ["区卫健局", "区创文办"],
            [
                "区卫健局",
                "区创文办",
                "区疫情防控指挥部成员单位",
                "区创文工作领导小组成员单位",
                "各街办(新区)",
            ],
        ),
    ]


def test_practical_projects_in_a_table_with_their_units() -> None:
    """附件 '洋縣2024年十大民生實事項目清單' (a cell a line): rows 1–6, 責任單位 '教體局' …; the
    cut row 6 has no unit. None of them is a major project."""
    issue = _parse("redhead/shaanxi-hanzhong-yangxian-2024-shishi-page.txt")
    got = [(c.no, c.text, c.responsible) for c in issue.facts["commitments"]]
    assert got[0] == (1, "洋縣中小學幼兒園基礎設施提升改造項目", ["教體局"])
    assert got[4] == (5, "高標準農田建設項目", ["農業農村局"])
    assert got[5] == (6, "職教中心小江分校區建設項目", [])
    assert issue.facts["projects"] == []


def test_practical_projects_by_ordinals_and_in_an_annex() -> None:
    """'办好十件民生实事。…一是为老年人提供健康管理…；…十是为青少年提供…。' and 附件1's
    '一、为老年人提供健康管理、医养结合服务和提升养老机构服务水平。…'."""
    got = [
        c.text for c in _parse("work-report/guangdong-2025-work-report.txt").facts["commitments"]
    ]
    assert len(got) == 20 and len(set(t[:12] for t in got)) == 10
    assert got[0] == "为老年人提供健康管理、医养结合服务和提升养老机构服务水平"
    assert got[9] == "为青少年提供更加普惠专业的心理健康服务"


def test_practical_projects_in_a_counted_list() -> None:
    """'14.2025年10件民生实事：加大重点群体就业创业扶持力度、…、推进“口袋体育公园”建设。'"""
    got = [c.text for c in _parse("work-report/jiangxi-2025-work-report.txt").facts["commitments"]]
    assert len(got) == 10
    assert got[8] == "开展食品安全“你点我检”“你送我检”工作"


# -- projects ---------------------------------------------------------------------------------


def test_major_projects_listed_after_the_words_that_count_them() -> None:
    """'这十大工程分别是:' then '1、郑州至西安客运专线;' … '10、农村教育、卫生事业发展。'"""
    got = [
        p.name
        for p in _parse("web-page/hangqt-xibu-shida-gongcheng-news-page.txt").facts["projects"]
    ]
    assert len(got) == 10
    assert got[5] == "内蒙古伊敏电厂二期工程"  # printed '内蒙 古…'


def test_budget_table_cells_are_no_projects() -> None:
    """A 部门预算's tables (功能分类科目编码 201, 类/款/项) give no projects."""
    issue = _parse("dept-budget/shanghai-putuo-commerce-2025-dept-budget.txt")
    assert issue.facts["projects"] == []


# -- budget -----------------------------------------------------------------------------------


def _lines(name: str) -> list[tuple[str, float, str]]:
    return [(b.label, b.amount, b.role) for b in _parse(name).facts["budget_lines"]]


def test_a_change_from_last_year_is_a_signed_change_of_its_line() -> None:
    """'财政拨款收入37,151.47万元，比2024年预算执行数增加24,558.18万元；事业收入0万元；…':
    the change is no part, and the 收入预算 identity holds over the list run past '；'."""
    name = "dept-budget/shanghai-putuo-commerce-2025-dept-budget.txt"
    got = _lines(name)
    assert got[1:4] == [
        ("财政拨款收入", 37151.47, "revenue"),
        ("财政拨款收入", 24558.18, "change"),
        ("事业收入", 0.0, "revenue"),
    ]
    ids = _parse(name).facts["identities"]
    head = next(i for i in ids if i.total_label == "上海市普陀区商务委员会收入预算")
    assert head.holds and [p["amount"] for p in head.parts] == [37151.47, 0, 0, 0]


def test_a_decrease_is_negative_and_names_what_decreased() -> None:
    """'与2023年度相比，一般公共预算财政拨款支出减少63.14万元' (a 部门决算)."""
    got = _lines("dept-budget/shanghai-putuo-finance-2024-final-accounts.txt")
    assert ("一般公共预算财政拨款支出", -63.14, "change") in got
    assert ("年初预算", 1560.05, "item") in got and ("支出决算", 1511.89, "expenditure") in got


def test_a_threshold_is_no_line_and_wan_alone_is_wan_yuan() -> None:
    """'单价100万元（含）以上设备' bounds a class; '支持企业规模化发展870.00万，' is 870 万元."""
    issue = _parse("dept-budget/shanghai-putuo-commerce-2025-dept-budget.txt")
    lines = issue.facts["budget_lines"]
    assert not any(b.amount == 100 for b in lines)
    grow = next(b for b in lines if b.label == "支持企业规模化发展")
    assert (grow.amount, grow.unit) == (870.0, "万元")
    # '支持商销稳增长30.00万': a name holding 增长 is no change
    assert next(b for b in lines if b.label == "支持商销稳增长").role == "item"


def test_numbers_cut_by_extraction_are_joined_and_a_chain_with_an_unread_part_not_summed() -> None:
    """pdftotext cut '增长1' / '.2%' across lines: the figure is joined again. '全市一般公共预算
    支出5691亿元…加上上解中央61亿元、政府一般债务还本支出876亿元, 以及安排预算稳定调节基金、结转
    下年等1026亿元后, 支出总量为7654亿元' (5691 + 61 + 876 + 1026 = 7654, by hand): the last part
    sums several lines and is no line of its own, so the chain is not checked; none fails."""
    issue = _parse("budget-report/chongqing-2025-budget-report.txt")
    assert [p.kind for p in issue.problems if p.kind.startswith("budget")] == []
    assert all(i.holds for i in issue.facts["identities"])
    assert len(issue.facts["identities"]) == 8
    lines = {(b.label, b.amount) for b in issue.facts["budget_lines"]}
    assert ("全市一般公共预算支出", 5691.0) in lines


def test_a_nested_breakdown_and_a_bracketed_part_are_no_failures() -> None:
    """'其中：新增债券331446万元，市本级留用90000万元，转贷县（市、区）241446万元' (the last two
    break down the first) and '（其中：开发区4.6亿元）' under an amount."""
    for name in (
        "budget-report/shanxi-lvliang-2018-budget-report.html",
        "budget-report/henan-zhumadian-2018-budget-report.html",
    ):
        assert all(i.holds for i in _parse(name).facts["identities"]), name


# -- terms and references ---------------------------------------------------------------------


def test_glossary_entries_on_one_line_and_wrapped() -> None:
    """'（一）财政拨款收入：是区级预算主管部门…从本级财政' wrapped onto '基金预算财政拨款…' in
    pdftotext -layout output, under a '名词解释' line the outline keeps as a paragraph."""
    terms = _parse("dept-budget/shanghai-putuo-justice-2026-dept-budget-layout.txt").facts["terms"]
    assert [t.term for t in terms][:3] == ["财政拨款收入", "事业收入", "事业单位经营收入"]
    assert terms[0].definition.endswith("政府性基金预算财政拨款和国有资本经营预算财政拨款。")
    assert terms[6].term == "“三公”经费"


def test_glossary_of_a_work_report_with_a_year_after_the_item_number() -> None:
    """'14.2025年10件民生实事：…' is entry 14, not the number 14.2025."""
    terms = _parse("work-report/jiangxi-2025-work-report.txt").facts["terms"]
    assert [t.no for t in terms] == list(range(1, 18))
    assert terms[13].term == "2025年10件民生实事"


def test_what_a_notice_issues_is_cited_whatever_its_title_ends_with() -> None:
    """'《洋縣2024年十大民生實事項目》已經…通過,現印發給你們'."""
    refs = _parse("redhead/shaanxi-hanzhong-yangxian-2024-shishi-page.txt").facts["references"]
    assert {r.title for r in refs} == {"洋縣2024年十大民生實事項目"}


def test_a_citation_whose_doc_number_lost_its_brackets_to_the_pdf_font() -> None:
    """'根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》(国办发„2009‟3号)精神':
    the 〔〕 came out of the PDF as „‟; the 文号 is kept as printed and matches its usual form."""
    refs = _parse("repost/hunan-2009-biyesheng-jiuye-xiexiebang.txt").facts["references"]
    got = [(r.title, r.doc_number) for r in refs]
    assert got == [("国务院办公厅关于加强普通高等学校毕业生就业工作的通知", "国办发„2009‟3号")]
    assert canonical(refs[0].doc_number or "") == "国办发〔2009〕3号"


def test_doc_numbers_in_square_and_lenticular_brackets() -> None:
    """'【发文字号】 川府函[2011]148号' (a law database's field) and a plan citing
    '沪府规【2016】168号' in its text."""
    issue = _parse("gazette-item/sichuan-2011-lushan-zhudi-reply-lawdb.txt")
    assert issue.documents[0].doc_number == "川府函[2011]148号"
    text = (CORPUS / "dept-budget/shanghai-putuo-wanli-2024-dept-budget-layout.txt").read_text()
    line = next(ln for ln in text.splitlines() if "沪府规【" in ln)
    assert find_doc_number(line) == "沪府规【2016】168号"
    assert canonical("沪府规【2016】168号") == "沪府规〔2016〕168号"


def test_short_names_the_text_defines_stand_for_the_documents_they_name() -> None:
    """'根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《上海市政府信息公开规定》
    (以下简称《规定》)', later '严格落实《条例》《规定》要求'."""
    refs = _parse("disclosure-report/shanghai-2022-disclosure-report-page.txt").facts["references"]
    got = [(r.title, r.source.line) for r in refs if r.source.line in (5, 9)]
    assert got == [
        ("中华人民共和国政府信息公开条例", 5),
        ("上海市政府信息公开规定", 5),
        ("中华人民共和国政府信息公开条例", 9),
        ("上海市政府信息公开规定", 9),
    ]


# -- the State Council's notes (../shared/corpus/govcn-2018, read in place) ---------------------

GOVCN = SHARED / "corpus" / "govcn-2018"


def _govcn_measures(name: str) -> list[tuple[int, str, list[str], list[str]]]:
    issue = gongbao.parse_file(GOVCN / name)
    return [(m.no, m.title, m.responsible, m.lead) for m in issue.facts["measures"]]


def test_the_first_unit_leads_where_the_note_says_so_and_after_it() -> None:
    """govcn-05, item (一): '（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）';
    item (二) '（海关总署、财政部、税务总局负责）' follows the same rule."""
    got = _govcn_measures("govcn-05.html")
    assert got[0][2:] == (["税务总局", "财政部", "海关总署"], ["税务总局"])
    assert got[1][2:] == (["海关总署", "财政部", "税务总局"], ["海关总署"])


def test_the_first_listed_leads_and_a_list_ends_with_deng() -> None:
    """govcn-39: '（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）'; item 5
    '（人力资源社会保障部等有关部门和单位负责）' names one unit and the rest unnamed."""
    got = {no: (units, lead) for no, _t, units, lead in _govcn_measures("govcn-39.html")}
    assert got[1] == (["人力资源社会保障部", "财政部"], ["人力资源社会保障部"])
    assert got[5] == (["人力资源社会保障部"], ["人力资源社会保障部"])


def test_units_listed_over_a_comma_share_the_verb_after_them() -> None:
    """govcn-39 (checked by hand against the page): item 4 '（人力资源社会保障部、科技部、财政部、
    住房城乡建设部、市场监管总局，各省级人民政府按职责分工负责）' names six units; item 11
    '（财政部、人力资源社会保障部、民政部等有关部门和单位按职责分工负责）' three ('按职责分工' is
    how they act, no unit's name); item 14 '（各有关部门和单位，各省级人民政府按职责分工负责）'
    two. The document's rule ('列第一位者为牵头单位，下同') makes the first the lead."""
    got = {no: (units, lead) for no, _t, units, lead in _govcn_measures("govcn-39.html")}
    assert got[4] == (
        [
            "人力资源社会保障部",
            "科技部",
            "财政部",
            "住房城乡建设部",
            "市场监管总局",
            "各省级人民政府",
        ],
        ["人力资源社会保障部"],
    )
    assert got[11] == (["财政部", "人力资源社会保障部", "民政部"], ["财政部"])
    assert got[14] == (["各有关部门和单位", "各省级人民政府"], ["各有关部门和单位"])
    assert sorted(got) == list(range(1, 16))


def test_a_list_closed_by_deng_then_one_more_unit() -> None:
    """govcn-09 (checked by hand against the page): '（全国工商联、…、全国妇联等和各省级人民政府
    负责）' names 全国妇联 and 各省级人民政府 apart (was '全国妇联等和各省级人民政府'); no note
    names a lead and the document states no rule for one."""
    got = {no: (units, lead) for no, _t, units, lead in _govcn_measures("govcn-09.html")}
    assert got[3] == (
        [
            "全国工商联",
            "发展改革委",
            "民政部",
            "农业农村部",
            "扶贫办",
            "全国总工会",
            "共青团中央",
            "全国妇联",
            "各省级人民政府",
        ],
        [],
    )
    assert got[6][0][-2:] == ["供销合作总社", "各有关省级人民政府"]


def test_units_not_listed_again_carry_out_every_item_after_the_note() -> None:
    """govcn-07: '（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）',
    then '（生态环境部、国家发展改革委、工业和信息化部、财政部、…、国家统计局指导）' — items
    without a number, each marked by its note; no note names a lead."""
    got = _govcn_measures("govcn-07.html")
    titles = [t for _no, t, _u, _l in got]
    at = titles.index("优化固体废物管理体制机制，强化部门分工协作")
    assert got[at][2:] == (["生态环境部", "试点城市政府"], [])
    assert got[at + 1][1] == "加强制度政策集成创新，增强试点方案系统性"
    assert got[at + 1][2][-1] == "试点城市政府" and got[at + 1][3] == []
    assert got[0][2:] == (
        [
            "生态环境部",
            "国家发展改革委",
            "工业和信息化部",
            "住房城乡建设部",
            "农业农村部",
            "国家统计局",
        ],
        ["生态环境部"],
    )


def test_a_plans_targets_under_its_heading_of_targets() -> None:
    """govcn-15 '（二）发展目标。' (checked by hand against the page): '到2020年，…全国农机总动力
    超过10亿千瓦，其中灌排机械动力达到1.2亿千瓦，…全国农作物耕种收综合机械化率达到70%' and
    the 2025 paragraph; '马铃薯种植、收获机械化率均达到45%' and '花生种植、收获机械化率分别达到
    65%和55%' pair quantities and numbers and set none; '产品质量可靠性达到国际先进水平' names no
    number. '超过' makes the number a floor."""
    issue = gongbao.parse_file(GOVCN / "govcn-15.html")
    got = [(i.name, i.target.text, i.period) for i in issue.facts["indicators"] if i.target]
    assert got == [
        ("全国农机总动力", "10亿千瓦", "2020"),
        ("灌排机械动力", "1.2亿千瓦", "2020"),
        ("全国农作物耕种收综合机械化率", "70%", "2020"),
        ("全国农机总动力", "11亿千瓦左右", "2025"),
        ("灌排机械动力", "1.3亿千瓦", "2025"),
        ("全国农作物耕种收综合机械化率", "75%", "2025"),
        ("丘陵山区县（市、区）农作物耕种收综合机械化率", "55%", "2025"),
        ("棉花收获机械化率", "60%", "2025"),
        ("甘蔗收获机械化率", "30%", "2025"),
    ]
    floor = issue.facts["indicators"][0].target
    assert (floor.low, floor.high, floor.qualifier) == (10.0, None, "超过")


def test_parts_of_an_item_each_closed_by_its_own_note() -> None:
    """govcn-34 item (十) (checked by hand against the page): '…准入环境。（市场监管总局负责）
    加强体育产业创新创业教育服务…（体育总局、教育部负责）重视和鼓励…（体育总局、网信办、科技部、
    工业和信息化部负责）' — three measures, each with its own units (the item was one measure
    with the last note's units)."""
    got = [(t, units) for _no, t, units, _lead in _govcn_measures("govcn-34.html")]
    at = [t for t, _ in got].index("鼓励创新创业")
    assert got[at : at + 3] == [
        ("鼓励创新创业", ["市场监管总局"]),
        ("加强体育产业创新创业教育服务，帮助企业、高校等有效对接", ["体育总局", "教育部"]),
        (
            "重视和鼓励新型转播技术、安全监控技术、人工智能等高新技术在体育竞赛表演产业中的应用",
            ["体育总局", "网信办", "科技部", "工业和信息化部"],
        ),
    ]
