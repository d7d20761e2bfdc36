"""Real documents of the corpus in layouts the sample does not have, read end to end.

Every expected value below was checked by hand against the file it comes from (the lines
named in the comments); none was copied from the parser's output.
"""

from __future__ import annotations

import gongbao
from gongbao.model import Block, Issue
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"


def _parse(name: str) -> Issue:
    return gongbao.parse_file(CORPUS / name)


def test_flattened_joint_red_header() -> None:
    """A 红头 OCR'd onto one line: 份号, 发文机关标志, 文号, joint issuers, 主送 run together."""
    (doc,) = _parse("redhead/zhongban-guoban-2020-cunzhuang-flat.txt").documents
    assert doc.title == "中共中央办公厅国务院办公厅关于严格规范村庄撤并工作的通知"
    assert doc.doc_number == "中办发〔2020〕39号"
    assert doc.issuers == ["中共中央办公厅", "国务院办公厅"]
    assert doc.addressees == [
        "各省、自治区、直辖市党委和人民政府",
        "中央和国家机关各部委",
        "解放军各大单位和武警部队",
        "中央军委机关各部门",
        "各人民团体",
    ]


def test_metadata_list_and_byline_are_taken_out_and_recorded() -> None:
    """'- 索引号:…' … '- 发布日期:…' (lines 1–6) and '发布时间:… 浏览次数:' (line 8)."""
    issue = _parse("web-page/xizang-ali-2021-xingshu-work-rules.txt")
    (doc,) = issue.documents
    assert doc.title == "阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知"
    assert (doc.doc_number, doc.date) == ("阿行发〔2021〕42号", "2021-11-09")
    assert doc.addressees == ["各县人民政府", "行署各局、委、办、处"]
    assert [(r.line, r.why) for r in issue.removed] == [
        *((n, "page_metadata") for n in range(1, 7)),
        (8, "byline"),
    ]
    # page furniture of the web is recorded, not a problem
    assert [p for p in issue.problems if p.kind == "text_removed"] == []


def test_work_report_read_at_a_meeting_with_the_speaker_before_its_title() -> None:
    """'----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告'."""
    (doc,) = _parse("work-report/shanghai-2025-work-report.txt").documents
    assert (doc.date, doc.speaker, doc.issuers) == ("2025-01-15", "市长 龚正", ["上海市人民政府"])
    parts = [b for b in doc.body if b.type == "heading"]
    assert [b.num for b in parts] == ["一、", "二、", "三、"]
    assert [b.num for b in parts[0].children if b.type == "heading"] == [
        "（一）",
        "（二）",
        "（三）",
        "（四）",
        "（五）",
        "（六）",
    ]


def test_regulation_with_chapters_and_its_adoption_history() -> None:
    """The 1997 adoption line first, then later amendments: the first date is the text's."""
    (doc,) = _parse("npc/chongqing-2023-water-resources.md").documents
    assert (doc.title, doc.date) == ("重庆市水资源管理条例", "1997-10-17")
    assert doc.issuers == ["重庆市人民代表大会常务委员会"]
    chapters = [b for b in doc.body if b.type == "heading"]
    assert [c.num for c in chapters] == [f"第{n}章" for n in "一二三四五六七"]
    articles = [b.num for b in doc.blocks() if b.num and b.num.endswith("条")]
    assert len(articles) == 45 and articles[-1] == "第四十五条"


def test_a_clause_after_an_articles_items_belongs_to_the_article() -> None:
    """第八条 lists （一）…（六）; '审计机关可以依法对…' is the article's next 款."""
    (doc,) = _parse("npc/beijing-2023-audit.md").documents
    art8 = next(b for b in doc.blocks() if b.num == "第八条")
    assert [c.type for c in art8.children] == ["list", "paragraph"]
    assert art8.children[1].text.startswith("审计机关可以依法对国家和本市重大经济社会政策措施")
    assert [i.num for i in art8.children[0].children][-1] == "（六）"


def test_budget_contents_page_is_kept_apart() -> None:
    """'目' and '录' on two lines, then 16 entries (一、…七、 and the nine tables)."""
    (doc,) = _parse("dept-budget/shanghai-putuo-commerce-2025-dept-budget.txt").documents
    assert doc.title == "上海市普陀区2025年区级部门预算"
    assert doc.issuers == ["上海市普陀区商务委员会"]  # 预算主管部门：上海市普陀区商务委员会
    contents = next(b for b in doc.body if b.type == "contents")
    entries = [c.text for c in contents.children]
    assert len(entries) == 16 and entries[0] == "一、部门主要职能"
    assert entries[-1] == "七、项目经费情况说明"


def _texts(blocks: list[Block]) -> str:
    return "".join(b.text for b in blocks)


def test_mirror_pinyin_is_taken_out_of_the_text() -> None:
    """'上海市人民政府印發(fā)《關(guān)于…》的通知': readings a mirror put after characters."""
    issue = _parse("mirror-noise/shanghai-2017-zhengwu-chengxin-trad-pinyin.txt")
    (doc,) = issue.documents
    assert doc.title == "上海市人民政府印發《關于本市加強政務誠信建設的實施意見》的通知"
    assert doc.doc_number == "滬府發〔2017〕92號"
    assert "(guān)" not in _texts(doc.blocks())
    assert {r.why for r in issue.removed} >= {"pinyin"}
    assert any(p.kind == "text_removed" and "拼音注音" in p.detail for p in issue.problems)


def test_a_record_table_gives_number_date_and_organ() -> None:
    """A 行政处罚信息公开表 page: the title in the site's title element above the Word-exported
    table, whose rows give 文号, the deciding organ and the date (no head prints them)."""
    (doc,) = _parse("web-page/nfra-2024-jinfajue36-penalty.html").documents
    assert doc.title == "国家金融监督管理总局行政处罚信息公开表"
    assert doc.doc_number == "金罚决字〔2024〕36号"
    assert doc.date == "2024-07-08"
    assert doc.issuers == ["国家金融监督管理总局"]


def test_minutes_masthead_number_and_imprint_date() -> None:
    """A 纪要 OCR'd onto one line: '…会议纪要' masthead, '泉资规纪〔2022〕48号', its own title,
    and no 成文日期 — dated by the 版记 '…办公室2022年8月1日印发' at the end."""
    (doc,) = _parse("minutes/fujian-quanzhou-zrzy-2022-gangwanjie-flat.txt").documents
    assert doc.title == "关于港湾街(东滨大道)市政道路工程方案设计事前沟通讨论会纪要"
    assert doc.doc_number == "泉资规纪〔2022〕48号"
    assert doc.issuers == ["泉州市自然资源和规划局"]
    assert (doc.kind, doc.date) == ("minutes", "2022-08-01")


def test_two_documents_of_a_markdown_post_split_at_its_rule() -> None:
    """A post holding two statements, the second after a '---' rule under a '# ' heading."""
    issue = _parse("front-matter/terminus-2018-nju-shnu-shengming.md")
    assert [d.title for d in issue.documents] == [
        "南京大学文学院关于北大校友网上发文的声明",
        "上师大声明：终止与南大教授沈阳签订的校外兼职教师聘任协议",
    ]
    assert [d.date for d in issue.documents] == ["2018-04-06", "2018-04-07"]


def test_the_last_paragraph_run_onto_its_signature_keeps_its_text() -> None:
    """'六、完善政府采购质疑投诉…本通知自2019年9月1日起施行。财政部2019年7月26日' on one line
    (line 35): the paragraph stays in the text, the signature and date are read apart."""
    (doc,) = _parse("line-shapes/czb-2019-caigou-jingzheng-merged.md").documents
    items = [b for b in doc.blocks() if b.num and b.num.startswith(("五", "六"))]
    assert [b.num for b in items] == ["五、", "六、"]
    assert items[1].text.endswith("本通知自2019年9月1日起施行。")
    assert (doc.signature, doc.issuers, doc.date) == (["财政部"], ["财政部"], "2019-07-26")
