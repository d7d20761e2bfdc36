"""Targets and responsible units as plans and task breakdowns print them, on real pages.
Every expected value was read off the file by hand (the labels' values, checked again)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_issue


def _targets(path: str) -> list[tuple[str, str | None, str | None]]:
    issue = corpus_issue(path)
    return [
        (i.name, i.target.text if i.target else None, i.period) for i in issue.facts["indicators"]
    ]


def _measures(path: str) -> dict[int, tuple[list[str], list[str]]]:
    issue = corpus_issue(path)
    return {m.no: (m.responsible, m.lead) for m in issue.facts["measures"]}


def test_targets_under_a_heading_that_ends_with_the_targets_word() -> None:
    """'二、经济社会发展预期目标' then '地区生产总值增长 5.5%,…;城乡居民人均可支配收入分别增长
    5.5%和 7.5%;…': a space between verb and number; the pair sets none; the year is the
    plan's, its title naming one."""
    got = _targets("web-page/shaanxi-ankang-ziyang-2024-guomin-jingji-jihua-page.txt")
    assert got == [
        ("地区生产总值", "5.5%", "2024"),
        ("固定资产投资", "5%", "2024"),
        ("规模以上工业增加值", "8%", "2024"),
        ("社会消费品零售总额", "5.5%", "2024"),
    ]


def test_targets_after_a_lead_that_counts_them() -> None:
    """A traditional-script mirror: '——關于經濟發展類目標(13個)。地區生產總值力爭增長7.5%左右;
    …其中網絡零售額增長15%': 力爭 before the verb, 其中 before the name; '…民間項目投資均增長12%
    以上' and '貨物出口總額保持適度增長' set none."""
    got = _targets("mirror-noise/zhejiang-lishui-2020-guomin-jingji-jihua-trad-mirror-page.txt")
    assert [(n, t) for n, t, _ in got[:8]] == [
        ("地區生產總值", "7.5%左右"),
        ("規模以上工業增加值", "8%以上"),
        ("服務業增加值", "8%"),
        ("一般公共預算收入", "7.5%"),
        ("固定資產投資", "10%以上"),
        ("社會消費品零售總額", "8.5%"),
        ("網絡零售額", "15%"),
        ("生產企業出口", "5%"),
    ]
    assert len(got) == 12 and {p for _, _, p in got} == {"2020"}


def test_targets_of_a_numbered_item_titled_as_targets() -> None:
    """'1.主要目标指标。' then one paragraph: '健康浙江发展指数达85,…重大慢病过早死亡率降至9.3%,…;
    培育健康浙江行动省级样板50个,…' (the count before what it counts sets none)."""
    got = _targets("web-page/zhejiang-2023-weijian-gongzuo-yaodian-page.txt")
    assert len(got) == 11
    assert got[0] == ("健康浙江发展指数", "85", "2023")
    assert ("重大慢病过早死亡率", "9.3%", "2023") in got
    assert not any("样板" in name for name, _, _ in got)


def test_a_note_that_names_a_leader_first() -> None:
    """'1.地区生产总值增长8%以上。(责任领导:杜新国;牵头单位:区发改局)': the leader is a person,
    no unit; the item is a target too, its note aside."""
    path = "opinion/hubei-xianning-xianan-2023-zhengfu-gongzuo-baogao-fenjie-repost.txt"
    got = _measures(path)
    assert got[1] == (["区发改局"], ["区发改局"])
    assert got[6] == (["区财政局", "区税务局"], ["区财政局", "区税务局"])
    assert ("地区生产总值", "8%以上", "2023") in _targets(path)


def test_a_rule_that_says_xiatong_holds_from_where_it_is_printed() -> None:
    """'责任单位:…市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)' under item 4:
    the bracket is a rule, not a unit's name; items 1–3 above it name no lead, 4 on do;
    '市人力社保局、市农业农村局分别牵头' makes both lead; item 11's '责任单位:市' (cut by the
    page) names no unit."""
    got = _measures("web-page/zhejiang-lishui-2023-zhengfu-gongzuo-baogao-zerenfenjie-page.txt")
    assert got[1] == (["市发改委"], [])
    assert got[4][0][-1] == "市卫生健康委" and got[4][1] == ["市发改委"]
    assert got[6] == (["市人力社保局", "市农业农村局"], ["市人力社保局", "市农业农村局"])
    assert 11 not in got


def test_brackets_of_bare_unit_names_closing_items() -> None:
    """'5.城镇居民人均可支配收入增长9%,农民人均纯收入增长8%左右。 (工资处、就管中心)' and three
    more items so closed: the document's notes (the last one is no signature either)."""
    got = _measures("opinion/jiangsu-2007-sulaoshe18-mubiao-fenjie-page.txt")
    assert got[5] == (["工资处", "就管中心"], [])
    assert got[18] == (["就管中心"], [])


def test_paragraphs_run_together_each_closed_by_its_own_note() -> None:
    """'1.制定实施准入清单。…〔市生态环境局牵头,市发展和改革局、工业和信息化局、自然资源局参与,
    各县、区人民政府(管委会)负责落实。以下各项工作均需…落实,不再列出。〕按省的要求,…(市生态
    环境局、市场监管局牵头,…参与)': two measures; '各县、区…' is one list of bodies."""
    issue = corpus_issue("repost/guangdong-chaozhou-2019-lantian-baoweizhan-fangan-cntfj-page.txt")
    first, second = issue.facts["measures"][:2]
    assert (first.title, first.lead) == ("制定实施准入清单", ["市生态环境局"])
    assert first.responsible[-1] == "各县、区人民政府(管委会)"
    assert second.text.startswith("按省的要求")
    assert second.lead == ["市生态环境局", "市场监管局"]


def test_fields_of_a_note_parted_by_spaces_and_a_rule_after_its_stop() -> None:
    """'(牵头单位:市商务局  责任单位:市编办、…)'; '(责任单位:市工信局、市财政局等有关部门,各县区
    人民政府、园区管委会。以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出)'."""
    got = _measures("repost/qinghai-xining-2017-liutongye-shishi-yijian-zc6580-page.txt")
    assert got[1] == (["市商务局", "市编办", "市发改委", "市法制办", "各区县政府"], ["市商务局"])
    got = _measures("opinion/jiangsu-huaian-2022-wenzengzhang-xize-jxyuer-page.txt")
    assert got[2] == (["市工信局", "市财政局", "各县区人民政府", "园区管委会"], [])


def test_lines_of_fields_under_items_numbered_with_a_small_stop() -> None:
    """'1﹒全省生产总值增长7%以上,…' then '牵头负责领导:刘惠。' (a person), '牵头责任单位:省发展
    改革委。', '协同责任单位:省政府各部门、各直属机构。'."""
    got = _measures("repost/anhui-2022-zhongdian-gongzuo-fenjie-news-tongheshandao-page.txt")
    assert got[1] == (["省发展改革委", "省政府各部门", "各直属机构"], ["省发展改革委"])


def test_tax_rates_by_grade_listed_inline() -> None:
    """'…《江门市人民政府关于印发江门市城镇土地使用税适用税额调整方案的通知》…规定的税额标准,
    具体为:工业用地:一级5元/平方米、…五级1元/平方米;非工业用地:一级10元/平方米、…'."""
    issue = corpus_issue(
        "front-matter/guangdong-jiangmen-2018-jiangfuban30-zhizaoye-chengben-010b-page.txt"
    )
    rules = [(r.subject, r.amount, r.unit, r.condition[0].value) for r in issue.facts["rules"]]
    assert len(rules) == 10
    assert rules[0] == ("城镇土地使用税", 5, "元/平方米", "工业用地一级")
    assert rules[5] == ("城镇土地使用税", 10, "元/平方米", "非工业用地一级")
    assert issue.documents[0].doc_number == "江府办〔2018〕30号"


def test_a_task_table_a_page_gave_a_cell_a_line() -> None:
    """'序号 |' / '重点工作 |' / '责任领导 |' / '责任单位 |' / '完成时限 |' / '1 |' / '坚持服务…|' /
    '叶林 |' / '招商工作部、安商工作部 |' / '全年 |' …: rows as wide as the header, counted
    1, 2, 3; a measure a row, its units from 责任单位 (the leader is a person, no unit)."""
    path = "line-shapes/anhui-luan-huoshan-2025-kaifaqu-zhongdian-gongzuo-qingdan-table-page.txt"
    got = _measures(path)
    assert got == {
        1: (["招商工作部", "安商工作部"], []),
        2: (["改革办"], []),
        3: (["规划建设局"], []),
    }


def test_targets_after_a_bare_lead_and_a_range_with_its_unit_twice() -> None:
    """'主要预期目标:经济增长7.5%—8%;规模工业增加值增长7%;…;农村贫困人口减少60万以上'."""
    got = _targets("web-page/hunan-2019-xiangzhengfa1-gongzuo-baogao-fengong-gov-page.txt")
    names = {name: target for name, target, _ in got}
    assert names["经济"] == "7.5%—8%"
    assert names["城镇调查失业率"] == "5%左右"
    assert names["农村贫困人口"] == "60万以上"
    issue = corpus_issue("web-page/hunan-2019-xiangzhengfa1-gongzuo-baogao-fengong-gov-page.txt")
    growth = next(i for i in issue.facts["indicators"] if i.name == "经济")
    assert growth.target is not None and (growth.target.low, growth.target.high) == (7.5, 8.0)
