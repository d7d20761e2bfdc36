"""Golden expectations on the built-in sample (上海市静安区人民政府公报 2026年第1期).

Checked by hand against samples/jingan-2026-01.txt: the cover metadata (lines 5–17 and the
colophon 1956–1966), the ten contents entries and their pages (lines 20–49), each document's
title, 文号 and date (the lines under each title), the three contents entries whose wording
differs from the body, the row counts of 表1/表2/表4, the indicator table and 附件1 (counted
in the text), the eleven footnote bodies and the markers in the text (grep for superscripts).

The issue text asked for 7 footnote mismatches; the text has 8: in the DRC measures the
markers ³ ⁴ ⁶ ⁷ ⁸ ⁹ ¹⁰ ¹¹ point to notes printed ¹ ² ⁴ ⁵ ⁶ ⁷ ⁸ ⁹, and only ESG³ → ³ agrees.
"""

from __future__ import annotations

import re

from gongbao.model import Issue

DOCUMENTS = [
    (
        "jingan-2026-01-01",
        "notice",
        "静府发〔2026〕1号",
        "2026-01-19",
        "上海市静安区人民政府关于印发《2026年静安区为民办实事项目》的通知",
    ),
    (
        "jingan-2026-01-02",
        "notice",
        "静府发〔2026〕2号",
        "2026-02-04",
        "上海市静安区人民政府关于批转区人力资源社会保障局《静安区关于加快推进人力资源服务业"
        "数智化转型发展的实施方案》的通知",
    ),
    ("jingan-2026-01-03", "personnel", None, None, "2026年1月1日至2月28日区政府人事任免事项"),
    (
        "jingan-2026-01-04",
        "report",
        None,
        "2026-02-13",
        "中共静安区委静安区人民政府关于2025年度上海市静安区人民政府法治政府建设情况报告",
    ),
    ("jingan-2026-01-05", "report", None, "2026-01-14", "政府工作报告"),
    (
        "jingan-2026-01-06",
        "report",
        None,
        "2026-01-14",
        "关于静安区2025年国民经济和社会发展规划执行情况与2026年国民经济和社会发展计划草案的报告",
    ),
    (
        "jingan-2026-01-07",
        "report",
        None,
        None,
        "关于静安区2025年预算执行情况和2026年预算草案的报告",
    ),
    (
        "jingan-2026-01-08",
        "plan",
        None,
        "2026-01-16",
        "上海市静安区国民经济和社会发展第十五个五年规划纲要",
    ),
    (
        "jingan-2026-01-09",
        "measures",
        "静发改委〔2026〕3号",
        "2026-01-26",
        "上海市静安区发展和改革委员会关于构建现代化产业体系、促进经济高质量发展的若干措施",
    ),
    (
        "jingan-2026-01-10",
        "notice",
        "静人社〔2026〕17号",
        "2026-02-06",
        "上海市静安区人力资源和社会保障局关于对本区征地养老人员发放2026年度一次性节日补助费的通知",
    ),
]


def test_issue_metadata(sample_dict: dict) -> None:
    assert sample_dict["schema"] == "gongbao/1"
    assert sample_dict["issue"] == {
        "id": "jingan-2026-01",
        "gazette": "上海市静安区人民政府公报",
        "year": 2026,
        "number": 1,
        "total_number": 47,
        "period_start": "2026-01-01",
        "period_end": "2026-02-28",
        "published": "2026-02-28",
        "publisher": "上海市静安区人民政府办公室",
    }


def test_documents_titles_numbers_dates(sample: Issue) -> None:
    got = [(d.id, d.kind, d.doc_number, d.date, d.title) for d in sample.documents]
    assert got == DOCUMENTS


def test_toc_entries_all_linked(sample: Issue) -> None:
    got = [(e.section, e.page, e.document) for e in sample.toc]
    assert got == [
        ("区政府文件", 3, "jingan-2026-01-01"),
        ("区政府文件", 5, "jingan-2026-01-02"),
        ("人事任免", 7, "jingan-2026-01-03"),
        ("党政混合信息", 8, "jingan-2026-01-04"),
        ("重要报告", 11, "jingan-2026-01-05"),
        ("重要报告", 22, "jingan-2026-01-06"),
        ("重要报告", 35, "jingan-2026-01-07"),
        ("重要报告", 42, "jingan-2026-01-08"),
        ("部门文件", 78, "jingan-2026-01-09"),
        ("部门文件", 83, "jingan-2026-01-10"),
    ]
    # a title wrapped over two lines in the contents is joined
    assert sample.toc[1].title == DOCUMENTS[1][4]
    assert sample.toc[1].source.line == 27 and sample.toc[1].source.end_line == 28


def test_toc_wording_differences_are_problems(sample_dict: dict) -> None:
    diffs = [p for p in sample_dict["problems"] if p["kind"] == "toc_title_differs"]
    assert [p["document"] for p in diffs] == [
        "jingan-2026-01-04",
        "jingan-2026-01-06",
        "jingan-2026-01-08",
    ]
    assert "规划第十五五年规划纲要" in diffs[2]["detail"]


def test_issuers_addressees_and_heads(sample: Issue) -> None:
    docs = {d.id: d for d in sample.documents}
    assert docs["jingan-2026-01-01"].issuers == ["上海市静安区人民政府"]
    assert docs["jingan-2026-01-01"].addressees == [
        "区政府各委、办、局",
        "各街道办事处",
        "彭浦镇政府",
    ]
    assert docs["jingan-2026-01-04"].issuers == ["中共静安区委", "静安区人民政府"]
    assert docs["jingan-2026-01-04"].addressees == ["市委", "市政府"]
    assert docs["jingan-2026-01-05"].speaker == "静安区区长 翟磊"
    assert docs["jingan-2026-01-05"].issuers == ["静安区人民政府"]
    assert docs["jingan-2026-01-06"].issuers == ["静安区发展和改革委员会"]
    # adopted by 静安区第二届人民代表大会第七次会议: the issuer is the body, not its session
    assert docs["jingan-2026-01-08"].issuers == ["静安区人民代表大会"]
    # the joint-signature table in two columns at the end of the DRC measures
    assert docs["jingan-2026-01-09"].issuers == [
        "上海市静安区发展和改革委员会",
        "静安区商务委员会",
        "静安区科技和经济委员会",
        "静安区司法局",
        "静安区人力资源和社会保障局",
        "静安区文化和旅游局",
        "静安区市场监督管理局",
        "静安区数据局",
        "静安区投资促进办公室",
    ]
    assert docs["jingan-2026-01-09"].valid_from == "2026-01-26"
    assert docs["jingan-2026-01-09"].valid_until == "2026-12-31"
    assert docs["jingan-2026-01-10"].addressees == ["区各有关单位"]


def test_attachments_including_unlabelled_one(sample: Issue, sample_dict: dict) -> None:
    plan = sample.document("jingan-2026-01-08")
    assert [(a.label, a.title) for a in plan.attachments] == [
        ("附件1", "静安区“十五五”时期经济社会发展重大项目"),
        (None, "“两轴一带三片区”空间布局"),
        ("附件3", "(3+3) + (1+3+X) 现代化产业体系"),  # Latin spacing kept
        ("附件4", "静安区“十五五”规划纲要名词解释"),
    ]
    missing = [p for p in sample_dict["problems"] if p["kind"] == "attachment_label_missing"]
    assert len(missing) == 1 and missing[0]["source"]["line"] == 1596
    # the unlabelled attachment holds its three areas, not attachment 1
    att2 = next(b for b in plan.body if b.text == "“两轴一带三片区”空间布局")
    assert [c.text for c in att2.children] == [
        "南京西路—苏河湾中央活力区（CAZ）",
        "大宁“三生”融合创新区",
        "市北国际科创区",
    ]


def _table(sample: Issue, caption_start: str):
    return next(t for t in sample.tables if (t.caption or "").startswith(caption_start))


def test_tables(sample: Issue) -> None:
    assert len(sample.tables) == 9
    assert len(_table(sample, "表1").rows) == 6
    assert len(_table(sample, "表2").rows) == 7
    assert len(_table(sample, "表4").rows) == 11
    assert _table(sample, "表1").columns == ["指标名称", "预期目标", "完成情况"]
    assert _table(sample, "表1").rows[0] == [
        "地区生产总值增长率",
        "5%左右 (3535.16亿元)",
        "5% (3535.16亿元)",
    ]
    indicators = _table(sample, "静安区“十五五”时期经济社会发展主要指标")
    assert len(indicators.rows) == 21
    assert indicators.rows[1][0] == ""  # printed blank: grouped under 经济发展
    assert indicators.normalized[1][0] == "经济发展"
    assert indicators.normalized[20][:3] == ["公共服务", "21", "生活垃圾回收利用率"]
    projects = _table(sample, "静安区“十五五”时期经济社会发展重大项目")
    assert len(projects.rows) == 80  # three page parts, header repeated, merged
    assert [r[0] for r in projects.rows] == [str(n) for n in range(1, 81)]


def test_personnel_tables_merge_continuation_lines(sample: Issue) -> None:
    appoint, remove = sample.tables[0], sample.tables[1]
    assert appoint.columns == ["姓名", "任命职务"] and len(appoint.rows) == 25
    assert remove.columns == ["姓名", "免去职务"] and len(remove.rows) == 23
    rows = dict((r[0], r[1]) for r in remove.rows)
    assert rows["徐刚"] == (
        "上海静安产业引导股权投资基金有限公司副总经理；\n上海静安投资（集团）有限公司副总经理；"
    )
    assert "周筠" in rows  # '周 筠' as extracted


def test_html_list_cells_become_items(sample: Issue) -> None:
    t3 = _table(sample, "表3")
    items = t3.rows[0][1].split("\n")
    assert len(items) == 4
    assert items[0].startswith("全年环境空气质量（AQI）优良天数309天")
    assert "PM2.5浓度为26.6微克/立方米" in items[0]


def test_footnotes(sample: Issue, sample_dict: dict) -> None:
    got = [(f.document, f.marker, f.text_marker) for f in sample.footnotes]
    assert got == [
        ("jingan-2026-01-06", "¹", "¹"),
        ("jingan-2026-01-06", "²", "²"),
        ("jingan-2026-01-09", "¹", "³"),
        ("jingan-2026-01-09", "²", "⁴"),
        ("jingan-2026-01-09", "³", "³"),
        ("jingan-2026-01-09", "⁴", "⁶"),
        ("jingan-2026-01-09", "⁵", "⁷"),
        ("jingan-2026-01-09", "⁶", "⁸"),
        ("jingan-2026-01-09", "⁷", "⁹"),
        ("jingan-2026-01-09", "⁸", "¹⁰"),
        ("jingan-2026-01-09", "⁹", "¹¹"),
    ]
    # the ESG note ends where the page footer '（2026年第1期）' was cut off
    assert (
        sample.footnotes[4].text
        == "ESG（Environmental, Social and Governance）即环境、社会和公司治理"
    )
    mismatches = [p for p in sample_dict["problems"] if p["kind"] == "footnote_marker_mismatch"]
    assert len(mismatches) == 8
    assert {p["document"] for p in mismatches} == {"jingan-2026-01-09"}


def _paragraphs(sample: Issue) -> list[str]:
    return [b.text for d in sample.documents for b in d.blocks() if b.type == "paragraph"]


def test_no_running_header_or_footer_left(sample: Issue) -> None:
    for text in _paragraphs(sample):
        assert "人民政府公报" not in text
        assert not re.search(r"[（(]2026年第1期[)）]", text)
    assert all("公报" not in d.title for d in sample.documents)


def test_cut_sentences_are_whole(sample: Issue) -> None:
    text = "\n".join(_paragraphs(sample))
    assert "打造阶梯式基层治理体系" in text
    assert "人力资源数据跨境高效、便利、安全举措" in text
    assert "安排城区公共安全保障经费273,068万元。" in text
    # across the five footnote bodies that a page break put inside measure 37
    assert "关键技术突破和智能终端产品研发" in text
    # and across a footnote plus the issue footer
    assert "动用历年结转资金4,732万元" in text


def test_text_lost_at_a_page_break_is_reported(sample_dict: dict) -> None:
    lost = [p for p in sample_dict["problems"] if p["kind"] == "text_lost"]
    assert [(p["document"], p["source"]["line"]) for p in lost] == [("jingan-2026-01-08", 1435)]


def test_cleaning_residue(sample: Issue) -> None:
    text = "\n".join(_paragraphs(sample))
    assert "PM_{" not in text and "PM2.5" in text
    assert "数据密集型企业和数据商入驻" in text  # 'and' leaked into Chinese
    assert "**" not in text
    assert "2025 年" not in text and "周 筠" not in text
    assert "HR SaaS应用" in text  # spaces in Latin text kept


def test_outline(sample: Issue) -> None:
    notice = sample.document("jingan-2026-01-01")
    projects = notice.body[1]
    assert projects.type == "heading" and projects.text == "2026年静安区为民办实事项目"
    sections = [c for c in projects.children if c.type == "heading"]
    assert [s.num for s in sections] == [
        "一、",
        "二、",
        "三、",
        "四、",
        "五、",
        "六、",
        "七、",
        "八、",
        "九、",
        "十、",
    ]
    items = [i for s in sections for lst in s.children for i in lst.children]
    assert len(items) == 45 and items[44].num == "45."
    plan = sample.document("jingan-2026-01-08")
    chapters = [b.num for b in plan.body if b.num and b.num.startswith("第")]
    assert len(chapters) == 12 and chapters[-1] == "第十二章"
    assert [b.text for b in plan.body if b.type == "heading" and not b.num] == [
        "前言",
        "结语",
        "“两轴一带三片区”空间布局",
    ]
    drc = sample.document("jingan-2026-01-09")
    principles = drc.body[1].children[0]
    assert principles.type == "list" and [c.num for c in principles.children] == [
        "1.",
        "2.",
        "3.",
        "4.",
    ]
    measures = [
        b
        for b in drc.blocks()
        if b.type == "paragraph" and b.num and b.source.line and b.source.line > 1798
    ]
    assert [int(m.num.rstrip(".")) for m in measures] == list(range(1, 48))


def test_lead_sentences(sample: Issue) -> None:
    report = sample.document("jingan-2026-01-05")
    leads = [b.lead for b in report.blocks() if b.lead]
    assert "经济运行回升向好。" in leads
    plan = sample.document("jingan-2026-01-08")
    marked = [b.lead for b in plan.blocks() if b.lead and b.text.startswith("——")]
    # '——**坚持党的全面领导**。…' marked bold in the extraction: six principles, six goals
    assert len(marked) == 12 and marked[0] == "坚持党的全面领导"
    assert all("**" not in b.text for b in plan.blocks())


def test_numbering_has_no_false_gaps(sample_dict: dict) -> None:
    assert [p for p in sample_dict["problems"] if p["kind"] == "numbering_gap"] == []


def test_every_list_item_has_a_source(sample_dict: dict) -> None:
    for key in (
        "toc",
        "documents",
        "tables",
        "footnotes",
        "problems",
        "appointments",
        "indicators",
        "commitments",
        "measures",
        "projects",
        "terms",
        "references",
        "rules",
    ):
        assert sample_dict[key], key
        for item in sample_dict[key]:
            assert item["source"]["line"] is not None, key
    for item in sample_dict["budget"]["lines"] + sample_dict["budget"]["identities"]:
        assert item["source"]["span"] is not None
