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
