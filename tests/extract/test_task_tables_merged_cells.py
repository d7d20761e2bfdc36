"""Task tables a page gave a cell a paragraph (or a cell a run of lines closed by a line '|'),
their category printed once for the rows it spans. Every expected value was read off the file
by hand."""

from __future__ import annotations

from gongbao.clean.tables import merged_serial_rows
from tests.structure.corpus_pages import corpus_issue

_LIANDU = "line-shapes/zhejiang-lishui-liandu-2023-gongzuo-baogao-zeren-fenjie-table-page.txt"
_MINHANG = "line-shapes/shanghai-minhang-2022-xiangcun-zhenxing-renwu-table-page.txt"


def test_a_category_printed_once_is_filled_down_and_a_new_one_opens_its_rows() -> None:
    cells = ["分类", "序号", "事项", "单位"]
    cells += ["甲类", "1", "任务一", "某局", "2", "任务二", "某委", "乙类", "3", "任务三", "某办"]
    rows = merged_serial_rows(cells)
    assert rows is not None
    assert [r for r, _a, _b in rows] == [
        ["分类", "序号", "事项", "单位"],
        ["甲类", "1", "任务一", "某局"],
        ["甲类", "2", "任务二", "某委"],
        ["乙类", "3", "任务三", "某办"],
    ]
    # each row is made of the cells printed for it: the category where it is printed
    assert [(a, b) for _r, a, b in rows] == [(0, 4), (4, 8), (8, 11), (11, 15)]


def test_a_row_missing_a_cell_ends_the_table_above_it() -> None:
    """Row 3 prints no unit (merged with row 2's, or cut): rows 1 and 2 only."""
    cells = ["分类", "序号", "事项", "单位"]
    cells += ["甲类", "1", "任务一", "某局", "2", "任务二", "某委", "3", "任务三", "4", "任务四"]
    rows = merged_serial_rows(cells)
    assert rows is not None
    assert [r[1] for r, _a, _b in rows[1:]] == ["1", "2"]


def test_serials_out_of_step_make_no_table() -> None:
    cells = ["序号", "事项", "单位", "1", "任务一", "某局", "3", "任务三", "某委"]
    assert merged_serial_rows(cells) is None


def test_a_breakdown_table_a_cell_a_paragraph_gives_its_measures_and_targets() -> None:
    """'分类' / '序号' / '事项' / '责任单位' / '牵头单位' / '发展目标' / '1' / '地区生产总值增长
    6.5%以上。' / '区农业农村局、…' / '区发改局' / '2' …: rows 1–13 under 发展目标; row 14 is
    cut by the page's end before its 牵头单位 and gives nothing."""
    issue = corpus_issue(_LIANDU)
    measures = {m.no: (m.text, m.responsible, m.lead) for m in issue.facts["measures"]}
    assert sorted(measures) == list(range(1, 14))
    assert measures[2] == ("区本级固定资产投资增长25%。", ["区发改局"], ["区发改局"])
    assert measures[3][1:] == (["区经商局", "莲都经开区管委会"], ["区经商局"])
    targets = [(i.name, i.target.text if i.target else None) for i in issue.facts["indicators"]]
    assert targets == [
        ("地区生产总值", "6.5%以上"),
        ("区本级固定资产投资", "25%"),
        ("区本级规上工业增加值", "10%"),
        ("农业增加值", "3.5%"),
        ("服务业增加值", "6%"),
        ("社会消费品零售总额", "6%"),
        ("区本级一般公共预算收入", "7.5%"),
        ("研究与试验发展(R&D)经费投入强度", "2.6%"),
        ("城镇登记失业率", "3%以内"),
    ]


def test_units_marked_as_leads_by_the_columns_note() -> None:
    """'责任部门(加*号为牵头部门,其余为参与部门)': '区农业农村委*、区规划资源局…' — the starred
    unit leads; the 责任街镇 column's towns carry the task out too."""
    issue = corpus_issue(_MINHANG)
    measures = {m.no: (m.responsible, m.lead) for m in issue.facts["measures"]}
    assert sorted(measures) == [1, 2, 3, 4]
    assert measures[3] == (
        ["区农业农村委", "浦江镇", "浦锦街道", "马桥镇", "华漕镇"],
        ["区农业农村委"],
    )
    assert measures[4][1] == ["区农业农村委"]
    assert measures[4][0][:5] == [
        "区农业农村委",
        "区规划资源局",
        "区房管局",
        "区财政局",
        "区征收中心",
    ]
