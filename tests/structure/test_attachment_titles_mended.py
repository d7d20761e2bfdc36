"""An attachment's title as the page broke it is no title (a wrong fact, each of these before):
a bracket the page lost or cut, read whole where the notice's title names the text it issues;
items whose titles open with digits ('1.31个…'), read as items by their numbers in sequence;
a site's prompt on its link ('(点击下载)'), the point after the label's number ('附件1.某某'),
the 版记 run onto the last line ('…的通知抄送：…'). Every expected value was read off the file
by hand (the docstrings quote it)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_lost_bracket_read_from_the_name_the_title_gives() -> None:
    """Title '关于印发《吐鲁番市高昌区实施草原生态保护补助奖励政策实施方案(2023年)》的通知'; the
    issued text's title printed over two lines, its '(' lost: '…政策实施方案' / '2023年)'."""
    doc = corpus_doc(
        "web-page/xinjiang-tulufan-gaochang-2023-gaoqucainong45-caoyuan-buzhu-fangan-gov-page.txt"
    )
    assert [a.title for a in doc.attachments] == [
        "吐鲁番市高昌区实施草原生态保护补助奖励政策实施方案(2023年)"
    ]


def test_a_cut_bracket_read_from_the_name_the_title_gives() -> None:
    """'标      题: 吉林省人民政府办公厅关于印发吉林省第三个十年绿化美化吉林大地规划(2021-2030年)的
    通知' in the page's record; the page ends '附件:吉林省第三个十年绿化美化吉林大地规划(2021-2030'."""
    doc = corpus_doc("web-page/jilin-2021-jizhengbanfa11-lvhua-guihua-xxgk-page.txt")
    assert [a.title for a in doc.attachments] == [
        "吉林省第三个十年绿化美化吉林大地规划(2021-2030年)"
    ]


def test_items_whose_titles_open_with_digits() -> None:
    """'附件:1.31个集中式饮用水水源保护区划分方案' / '2.31个集中式饮用水水源保护区划分结果表' /
    '3.31个集中式饮用水水源保护区主要拐点坐标'."""
    doc = corpus_doc(
        "reply/shanxi-jinzhong-2026-shizhenghan1-shuiyuan-baohuqu-pifu-masked-bid-page.txt"
    )
    assert [(a.label, a.title) for a in doc.attachments] == [
        ("附件1", "31个集中式饮用水水源保护区划分方案"),
        ("附件2", "31个集中式饮用水水源保护区划分结果表"),
        ("附件3", "31个集中式饮用水水源保护区主要拐点坐标"),
    ]


def test_a_links_prompt_and_a_labels_point_are_no_part_of_the_title() -> None:
    """'附件1:建筑工地台风“山竹”防御措施落实情况统计表(点击下载)'; '附件1.天津市和谐社区建设示范区名单'."""
    doc = corpus_doc(
        "redhead/guangdong-yunfu-zjj-2018-yunjianzhian275-shanzhu-taifeng-tinggong-jinji-tongzhi-mirror-page.txt"
    )
    assert [a.title for a in doc.attachments] == ["建筑工地台风“山竹”防御措施落实情况统计表"]
    doc = corpus_doc("repost/tianjin-2008-jinzhengfa31-hexie-shequ-mingming-jueding-doczj-page.txt")
    assert [a.title for a in doc.attachments] == ["天津市和谐社区建设示范区名单"]


def test_the_colophon_run_onto_the_attachments_line() -> None:
    """(an OCR text) '附件：国家能源局关于印发《电网安全风险管控办法》的通知' / '抄送：国家能源局
    电力安全监管司，浙江省能源局。', read as one line."""
    doc = corpus_doc(
        "redhead/zhejiang-nea-2024-zhejiannenganquan21-dianwang-anquan-fengxian-zhuanfa-ocr-pdftext.txt"
    )
    assert [a.title for a in doc.attachments] == [
        "国家能源局关于印发《电网安全风险管控办法》的通知"
    ]


def test_a_title_line_that_opens_no_title_goes_on_the_one_above() -> None:
    """'吉林省人民政府办公厅关于印发' / '吉林省第三个十年绿化美化吉林大地规划' / '(2021-2030年)的
    通知', blank lines between, under the page's record: the middle line ends like a title (规划),
    the last opens none; the document starts at the first (line 21), nothing unplaced. And a
    scrambled page's line '…关于海南省人民代表大会常务委员会工作报告 的决议 (2026年1月31日…通过)'."""
    issue = corpus_issue("web-page/jilin-2021-jizhengbanfa11-lvhua-guihua-xxgk-page.txt")
    assert issue.documents[0].source.line == 21
    assert [
        p.kind for p in issue.problems if p.kind in ("unplaced_text", "page_metadata_differs")
    ] == []
    doc = corpus_doc("npc/hainan-2026-renda-changweihui-baogao-jueyi-scrambled-reportify-page.txt")
    assert (
        doc.title
        == "海南省第七届人民代表大会第五次会议关于海南省人民代表大会常务委员会工作报告的决议"
    )
