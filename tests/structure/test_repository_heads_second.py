"""Rules found while scoring batch 49 (county and regional pages, budget reports as their
sites publish them, tables published as files, collectors' notes), each tested on a file it
changed. Each expected value read off the file by hand (the docstrings quote the lines); each
test fails on the code before."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_table_published_as_a_file_under_its_label() -> None:
    """'附件1-3' / '2023年度自治区政府债务限额、余额（含一般债务限额、余额和专项债务限额、余额）
    情况表' / '单位：亿元': the label is no title; the table's name is, a budget's table."""
    doc = corpus_doc("budget-report/xinjiang-2023-debt-limit-balance-table.pdf")
    assert (doc.title, doc.kind) == (
        "2023年度自治区政府债务限额、余额（含一般债务限额、余额和专项债务限额、余额）情况表",
        "budget",
    )


def test_a_table_under_its_number() -> None:
    """'表4-1:' / '二○二五年全市政府性基金预算收入执行情况表' / '单位：万元'."""
    doc = corpus_doc("budget-report/jiangxi-nanchang-2025-fund-execution-table.pdf")
    assert (doc.title, doc.kind) == ("二○二五年全市政府性基金预算收入执行情况表", "budget")


def test_a_report_read_at_the_congress_called_its_大会() -> None:
    """'——2026年1月15日在黄石市第十五届人民代表大会第五次大会上' / '黄石市财政局': the day it
    was read, and the bureau that read it."""
    doc = corpus_doc("budget-report/hubei-huangshi-2025-budget-report-dayuhui-czj-page.html")
    assert (doc.date, doc.issuers) == ("2026-01-15", ["黄石市财政局"])


def test_a_subtitle_after_a_sites_comment_is_read() -> None:
    """'<p class="subHead"><!--<$[LONGTITLE]>start-->——2026年1月22日 在无锡市第十七届人民代表
    大会第六次会议上<br>' and '…start-->市财政局局长 赵 鞠<br>' under the page's <h1>: the
    text after the site's comment is the page's (it was dropped with the comment)."""
    doc = corpus_doc(
        "budget-report/jiangsu-wuxi-2025-budget-report-zhaiyao-named-speaker-npc-page.html"
    )
    assert (doc.date, doc.issuers) == ("2026-01-22", ["无锡市财政局"])


def test_a_record_of_label_and_value_spans() -> None:
    """'<p><span class="tt">标题：</span><span class="value"> 关于2025年全市财政预算执行情况和
    2026年全市及市级财政预算草案的报告</span></p>' over a text that prints no title."""
    doc = corpus_doc(
        "budget-report/gansu-zhangye-2025-budget-report-notitle-meta-zhujie-gov-page.html"
    )
    assert doc.title == "关于2025年全市财政预算执行情况和2026年全市及市级财政预算草案的报告"


def test_the_sites_organ_after_a_dash_is_no_part_of_the_title() -> None:
    """'# 关于完善2026年度电力中长期交易价格机制的通知 - 湖南省发展和改革委员会': the title
    without the organ whose site it is."""
    doc = corpus_doc(
        "front-matter/hunan-fgw-2025-zhongchangqi-jiage-jizhi-tongzhi-archive-frontmatter.md"
    )
    assert (doc.title, doc.kind) == ("关于完善2026年度电力中长期交易价格机制的通知", "notice")


def test_what_a_title_line_prints_beside_the_title_is_recorded() -> None:
    """Line 1, the page's title tag '广州市社会保险基金管理中心关于…的通告-广州市人力资源和社会
    保障局网站': the title, and the site's name after the dash recorded as taken out."""
    issue = corpus_issue(
        "announcement/guangdong-guangzhou-2025-shebao-zige-renzheng-tonggao-rsj-page.html"
    )
    assert [(r.line, r.text, r.why) for r in issue.removed if r.line == 1] == [
        (1, "-广州市人力资源和社会保障局网站", "title_furniture")
    ]


def test_a_hijacked_pages_keywords_are_no_title() -> None:
    """'国产极品在线视频,自拍偷拍欧美视频,国产无限免费av在线播放,…' over '提請性議案': the
    hijacker's keywords are taken out, recorded, and no part of the title."""
    issue = corpus_issue("repost/guowuyuan-1987-hainan-jiansheng-yian-fanwen-trad-spam-page.txt")
    assert [r.why for r in issue.removed if r.line == 1] == ["spam_keywords"]
    assert "视频" not in issue.documents[0].title


def test_where_a_meeting_was_held_is_no_organ() -> None:
    """'1月21日上午,市政协在机关二楼会议室召开了八届九次常委会议。': no issuer
    '市政协在机关二楼会议室'."""
    doc = corpus_doc(
        "minutes/shandong-weihai-wendeng-zhengxie-2010-changwei-huiyi-jiyao-zhgebook-page.txt"
    )
    assert (doc.kind, doc.issuers) == ("minutes", [])
