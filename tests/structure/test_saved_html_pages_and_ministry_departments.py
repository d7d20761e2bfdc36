"""The twenty-fourth batch (pages of one county portal as its HTML was saved by a crawler,
regulators' and a ministry's pages from a crawler's dump, a PDF's text, two 2026 work reports)
measured before its rules, and the rules of their kinds, each on its real file: a saved page's
viewer tools ('全真版', '文字版', '文件下载', '相关链接：') are the page's, so the 主送 under them
is read; a ministry's department ('国家能源局综合司') is an organ; an attachment's title broken
inside its bracket over two lines, and its note that it is sent apart ('（另附）'); a level's
court and procuratorate ('区人民法院、区人民检察院党组') are two addressees. Every expected value
was read off the file by hand (the docstrings quote it)."""

from __future__ import annotations

from gongbao.structure.organs import is_org
from tests.structure.corpus_pages import corpus_doc


def test_a_saved_pages_viewer_tools_are_the_pages() -> None:
    """(the page's text as read from its HTML) '岚政综〔2023〕26号' / '来源：…' / '时间：…' / '微信' /
    '微博' / 'QQ空间' / '全真版' / '文字版' / '文件下载' / '相关链接：' / '各乡镇人民政府、海坛街道
    办事处，县直各单位：'."""
    doc = corpus_doc("web-page/fujian-pingtan-2023-feizhi-diandongche-tonggao-page.html")
    assert (doc.doc_number, doc.addressees) == (
        "岚政综〔2023〕26号",
        ["各乡镇人民政府", "海坛街道办事处", "县直各单位"],
    )
    doc = corpus_doc("web-page/fujian-pingtan-2025-feizhi-wenjian-jueding-page.html")
    assert doc.addressees == ["各片区局", "区直各单位", "各区属事业单位", "各区属国企"]


def test_a_ministrys_departments_are_organs() -> None:
    """'国家发展改革委办公厅 国家能源局综合司' / '关于修订省间电力现货交易规则的复函', signed by the
    two on two lines over '2026年4月14日'."""
    assert is_org("国家能源局综合司")
    assert not is_org("打官司")
    doc = corpus_doc(
        "web-page/ndrc-nea-2026-fagaibantigai275-shengjian-xianhuo-guize-fuhan-page.txt"
    )
    assert (doc.issuers, doc.signature, doc.date) == (
        ["国家发展改革委办公厅", "国家能源局综合司"],
        ["国家发展改革委办公厅", "国家能源局综合司"],
        "2026-04-14",
    )


def test_an_attachment_broken_inside_its_bracket_and_sent_apart() -> None:
    """'附件： 南方区域跨省电力备用辅助服务市场交易规则 （模拟 ' / '试运行版）（另附） '."""
    doc = corpus_doc(
        "line-shapes/nanfang-nea-2022-nanfangjiannengshichanghan26-beiyong-shiyunxing-tongzhi-chaosong-pdftext.txt"
    )
    assert [a.title for a in doc.attachments] == [
        "南方区域跨省电力备用辅助服务市场交易规则（模拟试运行版）"
    ]


def test_a_levels_court_and_procuratorate_are_two_addressees() -> None:
    """'…局党委（党组）、区人民法院、区人民检察院党组、县人大常委会、…'."""
    doc = corpus_doc("web-page/fujian-pingtan-2019-renmian-weichangchun-page.html")
    assert doc.addressees[2:5] == [
        "区管委会各部、委、办、局党委（党组）",
        "区人民法院",
        "区人民检察院党组",
    ]
