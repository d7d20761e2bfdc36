"""Cleaning rules on small inputs written in the way extraction tools damage gazette text."""

from __future__ import annotations

import pytest

from gongbao.clean import clean, normalize_line
from gongbao.clean.furniture import find_furniture
from gongbao.clean.joins import word_spans
from gongbao.clean.markup import html_cell_items, strip_latex
from gongbao.clean.spacing import close_cjk_spaces
from gongbao.read import split_lines


@pytest.mark.parametrize(
    ("raw", "clean_text"),
    [
        ("周 筠", "周筠"),
        ("2026 年 2 月 13 日", "2026年2月13日"),
        ("全年引进项目 4511 个", "全年引进项目4511个"),
        ("静安 HR+AI 智能体", "静安 HR+AI 智能体"),
        ("HR SaaS应用", "HR SaaS应用"),
        ("稳定在 95% 以上", "稳定在95%以上"),
        ("前 言", "前言"),
        ("中央活力区 (CAZ, Central Activities Zone)", "中央活力区 (CAZ, Central Activities Zone)"),
    ],
)
def test_cjk_spacing(raw: str, clean_text: str) -> None:
    assert close_cjk_spaces(raw) == clean_text


def test_latex_residue() -> None:
    assert strip_latex("细颗粒物（PM_{2.5}）浓度") == "细颗粒物（PM2.5）浓度"
    assert strip_latex("CO^{2}排放") == "CO2排放"


def test_leaked_and() -> None:
    assert (
        normalize_line("吸引一批数据密集型企业 and 数据商入驻")
        == "吸引一批数据密集型企业和数据商入驻"
    )
    assert normalize_line("Research and Development") == "Research and Development"


def test_html_list_in_cell() -> None:
    cell = '<ul style="list-style-type: none"> ● 第一项。 ● 第二项。</ul>'
    assert html_cell_items(cell) == "第一项。\n第二项。"
    assert html_cell_items("<ul><li>甲</li><li>乙</li></ul>") == "甲\n乙"
    assert normalize_line("名称\t<ul><li>甲</li><li>乙</li></ul>") == "名称\t甲\n乙"


def _furniture(text: str) -> dict[int, str]:
    return find_furniture(split_lines(text))


def test_furniture_rules() -> None:
    text = "\n".join(
        [
            "某某市人民政府公报",
            "",
            "目录",
            "",
            "正文第一段，有内容。",
            "",
            "12",
            "",
            "某某市人民政府公报",
            "",
            "（2025年第3期）",
            "",
            "- 7 -",
            "",
            "第 8 页",
            "",
            "续文。",
        ]
    )
    # a bare '12' alone may be a table's cell: only decorated numbers count here
    assert _furniture(text) == {
        9: "masthead",
        11: "issue_footer",
        13: "page_number",
        15: "page_number",
    }


def test_bare_page_numbers_only_in_a_running_sequence() -> None:
    def page(p: int) -> list[str]:
        return [f"第{p}页正文第{k}段，有内容。" for k in range(12)]

    text = "\n".join([*page(1), "3", *page(2), "4", *page(3), "5", "甲\t乙", "7", "8"])
    marks = _furniture(text)
    # 3, 4, 5 count pages (a page apart); 7 and 8 sit in the text's last lines
    assert sorted(marks) == [13, 26, 39] and set(marks.values()) == {"page_number"}


def test_repeated_short_lines_are_furniture_but_not_headings() -> None:
    lines = []
    for k in range(3):
        lines += ["某某区政务信息", f"一、第{k}部分", "正文，有内容。"]
    marks = _furniture("正文开头。\n" + "\n".join(lines))
    assert set(marks.values()) == {"repeated"} and len(marks) == 3


def test_paragraph_cut_by_page_break_is_joined() -> None:
    text = (
        "某某市人民政府公报\n\n一、总体要求\n\n加强社区工作者队伍建设，持续打造阶\n\n"
        "某某市人民政府公报\n\n梯式基层治理体系，构建网格化服务格局。\n\n二、主要任务\n"
    )
    c = clean(split_lines(text))
    assert c.furniture == {7: "masthead"}
    assert [g.text for g in c.groups[1:]] == [
        "一、总体要求",
        "加强社区工作者队伍建设，持续打造阶梯式基层治理体系，构建网格化服务格局。",
        "二、主要任务",
    ]


def test_heading_is_never_glued_to_a_paragraph() -> None:
    text = "（一）坚持稳中求进，不断提高经济发展质效\n\n经济运行回升向好。加强调度，稳中有进。\n"
    c = clean(split_lines(text))
    assert len(c.groups) == 2


def test_footnote_between_halves_is_lifted() -> None:
    text = (
        "鼓励企业开展芯片，制播技术等关键技\n\n⁵FDA: 美国食品药品监督管理局\n\n"
        "⁶EMA: 欧洲药品管理局\n\n术突破和智能终端产品研发。\n"
    )
    c = clean(split_lines(text))
    assert [g.text for g in c.groups] == [
        "鼓励企业开展芯片，制播技术等关键技术突破和智能终端产品研发。"
    ]
    assert [(n.marker, n.text) for n in c.footnotes] == [
        ("⁵", "FDA: 美国食品药品监督管理局"),
        ("⁶", "EMA: 欧洲药品管理局"),
    ]


def test_lost_text_at_a_break_is_not_glued() -> None:
    text = (
        "积极应对人口老龄化，强化人口综合服务和管\n\n"
        "完善重点群体服务。积极推进青年发展型城区建设，加强人才引进。\n"
    )
    c = clean(split_lines(text))
    assert len(c.groups) == 2 and len(c.lost) == 1


def test_word_spanning_a_break_joins_before_a_lead_sentence() -> None:
    assert word_spans("评定为三星级河", "道和最美河道。")
    assert not word_spans("强化人口综合服务和管", "完善重点群体服务。")


def test_a_date_printed_a_part_a_line_is_joined() -> None:
    """The end of a real page (mahjjs.cn, a 会议制度 extracted from a PDF): its date comes a
    part a line. Joined on the first part's line, which covers the rest; nothing dropped."""
    from gongbao.clean.shape import apply_shape
    from gongbao.read import split_lines

    tail = "10、本制度由办公室负责解释,即日起实行。\n2005\n年\n9\n月\n20\n日\n"
    shaped, _shape = apply_shape(split_lines(tail))
    texts = [(ln.no, ln.text, ln.last) for ln in shaped if ln.text.strip()]
    assert texts == [(1, "10、本制度由办公室负责解释,即日起实行。", 0), (2, "2005年9月20日", 7)]
    # a year alone, or a date whose parts are not all there, stays as printed
    shaped, _shape = apply_shape(split_lines("2005\n年\n9\n月\n"))
    assert [ln.text for ln in shaped if ln.text.strip()] == ["2005", "年", "9", "月"]
