"""The twenty-seventh batch (an archive's markdown pages and a medical insurance corpus's PDF
texts of national documents, regulators' pages and PDF texts, two 2026 work reports from a
crawl, page-store pages of counties) measured before its rules, and the rules of their kinds,
each on its real file: a site's tool printed before its name on a line ('长者模式 某县人民政府')
is the page's, not part of the name; a breadcrumb whose arrows stand on lines of their own,
and its last crumb printed again as the column's heading; an attachment listed as a markdown
link, or named in the quotes the notice gave it. Every expected value was read off the file by
hand (the docstrings quote it)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc


def test_a_sites_tool_before_its_name_is_the_pages() -> None:
    """'无障碍浏览' / '长者模式 元谋县人民政府' / '首页 >> 公开信息内容' / '元谋县人民政府关于调整…的决定'."""
    doc = corpus_doc(
        "web-page/yunnan-chuxiong-yuanmou-2024-yuanzhenggui1-jinyangqu-tiaozheng-jueding-garbled-gov-page.txt"
    )
    assert (doc.issuers, doc.doc_number) == (["元谋县人民政府"], "元政规〔2024〕1号")


def test_a_breadcrumbs_arrows_on_lines_of_their_own() -> None:
    """'您的位置:' / '首页' / '>' / '云南要闻' / '云南要闻' / '2026年政府工作报告' / '来源：云南日报' /
    … / '——2026年1月28日在云南省第十四届人民代表大会第四次会议上' / '省长　王予波'."""
    doc = corpus_doc("work-report/yunnan-2026-work-report-gov-page-csv-crawl.txt")
    assert (doc.title, doc.issuers, doc.date) == (
        "2026年政府工作报告",
        ["云南省人民政府"],
        "2026-01-28",
    )


def test_an_attachment_as_a_markdown_link_or_in_quotes() -> None:
    """'附件：[严重精神障碍管理治疗工作规范（2018 年版）](https://web.archive.org/…pdf)'; and
    '附件:' / '《华东电网备用辅助服务市场运营规则》'."""
    doc = corpus_doc(
        "opinion/national-moh-2012-weijikongfa20-zhongxing-jingshen-jibing-guifan-historyarchive.md"
    )
    assert [a.title for a in doc.attachments][:1] == ["严重精神障碍管理治疗工作规范（2018年版）"]
    doc = corpus_doc(
        "announcement/huadong-nea-2023-beiyong-fuzhu-fuwu-guize-zhuanzheng-gonggao-split-spans-page.txt"
    )
    assert [a.title for a in doc.attachments] == ["华东电网备用辅助服务市场运营规则"]


def test_a_date_signed_below_the_imprint_is_the_forwarded_texts() -> None:
    """(an OCR text whose seal and signature were lost) '…印发' closes the notice: '抄送：国家能源局
    电力安全监管司，浙江省能源局。' / '国家能源局浙江监管办公室综合处' / '2024年12月31日印发'; the
    notice it forwards printed after it, signed '2024年10月30' / '日'."""
    doc = corpus_doc(
        "redhead/zhejiang-nea-2024-zhejiannenganquan21-dianwang-anquan-fengxian-zhuanfa-ocr-pdftext.txt"
    )
    assert doc.date == "2024-12-31"


def test_a_file_named_by_its_label_alone_names_no_attachment() -> None:
    """(the twenty-eighth batch) '附件：' / '附件1.docx' / … / '附件5.docx' / '附件1-5下载：《2026年
    广州市天河区幼儿园招生计划申报审批表》.doc', under the 方案 the notice issues printed whole."""
    doc = corpus_doc("opinion/guangdong-guangzhou-tianhe-2026-youeryuan-zhaosheng-page.html")
    assert [a.title for a in doc.attachments] == ["2026年广州市天河区幼儿园招生工作方案"]
