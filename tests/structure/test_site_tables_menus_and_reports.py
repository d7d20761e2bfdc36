"""Pages of the seventh batch (Hebei, Heilongjiang, Hainan, Ningxia, Henan, Inner Mongolia
sites): a page's metadata table printed under the text with its labels in one row and the
values in the rows below ('索 引 号 文 号 发布机构 …' / 'N001-2011-000627 宛政〔2011〕7号' …)
— read as the page's record, never as a signature with its date; a site's bulleted menu, a
breadcrumb with spaces for arrows, a bookmark button's message and a box of related links as
furniture; a notice whose head was passed over is still the document when its title issues
the text printed under it; '…部门预算公开' is the budget; a township's report issued by the
government its text names. Expected values checked by hand against the files in tests/corpus
(each file's label records what it prints)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc as _doc
from tests.structure.corpus_pages import corpus_issue as _issue


def test_a_metadata_table_under_the_text_with_its_labels_in_a_row() -> None:
    issue = _issue("web-page/henan-nanyang-2011-tongdabei-biaozhang-jueding-mirror-page.txt")
    d = issue.documents[0]
    assert (d.doc_number, d.date, d.signature) == ("宛政〔2011〕7号", "2011-02-23", [])
    rows = [r.text for r in issue.removed if r.why == "page_metadata"]
    # (as the cleaner normalised them; the values were told apart by the spaces printed)
    assert "N001-2011-000627宛政〔2011〕7号" in rows


def test_a_bulleted_menu_and_a_notice_whose_title_issues_the_rules_under_it() -> None:
    issue = _issue("web-page/neimenggu-2013-zhengfu-gongzuo-guize-meta-nmg-page.txt")
    d = issue.documents[0]
    assert d.title == "内蒙古自治区人民政府关于印发《内蒙古自治区人民政府工作规则》的通知"
    assert (d.doc_number, d.date, d.kind) == ("内政发〔2013〕62号", "2013-07-02", "notice")
    assert d.issuers == ["内蒙古自治区人民政府"]
    assert [a.title for a in d.attachments] == ["内蒙古自治区人民政府工作规则"]
    navigation = {r.text for r in issue.removed if r.why == "site_navigation"}
    assert {"• 首页", "• 政务公开", "相关办事指南"} <= navigation
    assert (25, "取消收藏成功!", "page_tools") in [(r.line, r.text, r.why) for r in issue.removed]


def test_a_breadcrumb_with_spaces_for_arrows() -> None:
    d = _doc("minutes/heilongjiang-jiamusi-huanan-2017-cwh13-news-gov-page.txt")
    assert d.title == "梁庆民主持召开县政府十七届十三次常务会议"


def test_a_budget_published_as_such() -> None:
    d = _doc("dept-budget/ningxia-yinchuan-xingqing-rendaban-2022-dept-budget-gov-page.txt")
    assert (d.title, d.kind) == (
        "银川市兴庆区人民代表大会常务委员会办公室2022年部门预算公开",
        "budget",
    )


def test_a_townships_report_issued_by_the_government_its_text_names() -> None:
    d = _doc(
        "disclosure-report/heilongjiang-harbin-wuchang-beiyinhe-2022-disclosure-report-page.txt"
    )
    assert d.issuers == ["五常市背荫河镇政府"]  # '如有疑问,请联系五常市背荫河镇政府'


def test_a_headline_that_says_a_meeting_was_held_is_news() -> None:
    for path in (
        "personnel/henan-pingdingshan-xinhua-2021-npcsc-fuquzhang-gov-page.txt",  # …举行第三十六次会议
        "personnel/zhejiang-wenzhou-yongjia-2020-npcsc-renmian-rd-page.txt",  # …第二十五次会议召开
        "minutes/heilongjiang-jiamusi-huanan-2017-cwh13-news-gov-page.txt",  # …主持召开…常务会议
    ):
        assert _issue(path).documents[0].kind == "news", path
