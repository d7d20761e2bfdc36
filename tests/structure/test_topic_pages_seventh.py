"""Rules found while scoring batch 55 (pages found by topic: 采砂, 禁猎, 古树, 湿地, 营商环境,
证明事项, 信用, 街道决算, 人大, 水资源公报): each tested on a file it changed. Each expected value
was read off the file by hand (the docstrings quote the lines); each test fails on the code
before its rule."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_breadcrumb_under_you_are_here_without_de_is_the_sites() -> None:
    """'您當前位置:菏澤市-中國菏澤市-菏澤新聞網 > 本地要聞 > 正文' over a 决定 printed without its
    title: the site's breadcrumb, recorded; the 决定 untitled."""
    issue = corpus_issue(
        "npc/shandong-heze-2023-npcsc-14ci-jueding-tiqing-yingshang-tiaoli-notitle-trad-pinyin-page.txt"
    )
    assert (issue.documents[0].title, issue.documents[0].kind) == ("", "decision")
    assert "site_navigation" in {r.why for r in issue.removed if "當前位置" in r.text}


def test_a_towns_report_named_by_one_character_and_its_level() -> None:
    """'2022年度螅镇政府信息公开工作年度报告', the text naming it only in '螅镇政府信息公开工作':
    the town, not '度螅镇' (nor, since the eighth session of 2026-12-05, a '螅镇政府' read out
    of '政府信息公开', one word)."""
    doc = corpus_doc(
        "disclosure-report/shaanxi-yulin-jiaxian-xizhen-2022-disclosure-report-emptytable-gov-page.txt"
    )
    assert doc.issuers == ["螅镇"]


def test_a_towns_congress_opening_its_rules_title_issues_them() -> None:
    """'发布机构 小海镇政府' / '信息名称 小海镇人民代表大会财政预算审查监督办法' over the title: the
    congress the title opens with, not the page's publisher."""
    doc = corpus_doc(
        "web-page/jiangsu-yancheng-dafeng-xiaohai-2018-zhen-renda-yusuan-shencha-banfa-metadata-page.txt"
    )
    assert doc.issuers == ["小海镇人民代表大会"]


def test_a_water_resources_bulletin_is_no_gazettes_cover() -> None:
    """'2014年云南省昭通市水資源公報' / '前 言': a bulletin's title, not a gazette's name."""
    issue = corpus_issue(
        "mirror-noise/yunnan-zhaotong-2014-shuiziyuan-gongbao-trad-pinyin-ilynn-page.txt"
    )
    assert issue.documents[0].title == "2014年云南省昭通市水資源公報"
    assert "cover" not in {r.why for r in issue.removed}


def test_the_documents_own_title_over_two_lines_under_its_issuers_headline() -> None:
    """'順平縣人民政府關于劃定…禁獵期的' (the site's headline) / '關于劃定…禁獵期的' / '通告': the
    document's own title, without the issuer the headline names."""
    doc = corpus_doc(
        "mirror-noise/hebei-baoding-shunping-2022-jinliequ-jinlieqi-tonggao-trad-pinyin-mirror-page.txt"
    )
    assert (doc.title, doc.issuers) == (
        "關于劃定野生動物禁獵區和規定禁獵期的通告",
        ["順平縣人民政府"],
    )


def test_a_publishing_headline_over_the_documents_own_title() -> None:
    """'2021年度文化街街道办事处部门决算公开' (the page's headline) over '2021年度' /
    '文化街街道办事处部门决算': the document's own title."""
    doc = corpus_doc("dept-budget/ningxia-yinchuan-xingqing-wenhuajie-2021-juesuan-gov-page.txt")
    assert doc.title == "2021年度文化街街道办事处部门决算"


def test_an_attachments_name_run_onto_the_signers_line_signs_nothing() -> None:
    """'…附件:四川省一级古树和名木名录 四川省人民政府 2020年7月14日' on one line under
    '四川省人民政府 关于公布四川省一级古树和名木名录的通告': the government signs and issues it,
    not '四川省一级古树和名木名录四川省人民政府'."""
    doc = corpus_doc(
        "line-shapes/sichuan-2020-chuanfufa10-gushu-mingmu-minglu-tonggao-oneline-summary-forum-page.txt"
    )
    assert (doc.issuers, doc.date) == (["四川省人民政府"], "2020-07-14")
