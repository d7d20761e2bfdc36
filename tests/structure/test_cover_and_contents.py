"""Covers and contents in other gazettes' layouts."""

from __future__ import annotations

import gongbao
from gongbao.structure.cover import parse_cover

ISSUE = """江南省人民政府公报

2025年第3期（总第120期）

目录

【省政府令】

江南省公共数据管理办法……………………2

【省政府文件】

江南省人民政府关于进一步优化营商环境的
意见…………………………………………5

江南省人民政府公报

江南省公共数据管理办法

2025年1月20日省人民政府第35次常务会议通过

第一条 为了规范公共数据管理，制定本办法。

第二条 本办法自2025年3月1日起施行。

江南省人民政府关于进一步优化营商环境的意见

(2025年2月8日)

江南政发〔2025〕4号

各市人民政府，省政府各部门：

一、总体要求

坚持市场化、法治化、国际化，持续优化营商环境。

- 9 -

二、重点任务

（一）提升政务服务效能。推行“高效办成一件事”。

江南省人民政府公报

2025年3月15日出版

主办：江南省人民政府办公厅
"""


def test_cover_in_one_line_and_colophon() -> None:
    meta = gongbao.parse_text(ISSUE).meta
    assert (meta.gazette, meta.year, meta.number, meta.total_number) == (
        "江南省人民政府公报",
        2025,
        3,
        120,
    )
    assert meta.published == "2025-03-15"
    assert meta.publisher == "江南省人民政府办公厅"


def test_dotted_leader_contents_and_documents() -> None:
    issue = gongbao.parse_text(ISSUE)
    assert [(e.section, e.title, e.page) for e in issue.toc] == [
        ("省政府令", "江南省公共数据管理办法", 2),
        ("省政府文件", "江南省人民政府关于进一步优化营商环境的意见", 5),
    ]
    ids = [d.id for d in issue.documents]
    assert ids == ["jiangnan-2025-03-01", "jiangnan-2025-03-02"]
    assert [e.document for e in issue.toc] == ids
    rules, opinion = issue.documents
    assert rules.kind == "regulation" and rules.date == "2025-01-20"
    assert rules.valid_from == "2025-03-01"
    assert opinion.kind == "opinion"
    assert opinion.doc_number == "江南政发〔2025〕4号"
    assert opinion.addressees == ["各市人民政府", "省政府各部门"]
    # the page number '- 9 -' and the running masthead are gone from the text
    texts = [b.text for b in opinion.blocks()]
    assert "- 9 -" not in texts and "江南省人民政府公报" not in texts
    assert [b.num for b in opinion.body if b.type == "heading"] == ["一、", "二、"]
    assert issue.problems == []


def test_period_and_chinese_numeral_publication_date() -> None:
    meta = parse_cover(
        [
            "某某区人民政府公报",
            "2024",
            "第6期（总第30期）",
            "(11月1日至12月31日)",
            "二〇二四年十二月三十一日出版",
            "某某区人民政府办公室主办",
        ]
    )
    assert (meta.year, meta.number, meta.total_number) == (2024, 6, 30)
    assert (meta.period_start, meta.period_end) == ("2024-11-01", "2024-12-31")
    assert meta.published == "2024-12-31"
    assert meta.publisher == "某某区人民政府办公室"
