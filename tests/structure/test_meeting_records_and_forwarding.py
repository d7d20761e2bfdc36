"""Rules settled in the session's review of labels against README's conventions (a meeting's
record under a news headline; a notice that forwards a text quoted last), each tested on a
real file. Each expected value read off the file by hand (the docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc


def test_a_standing_meeting_under_a_news_headline_is_a_report_of_it() -> None:
    """'市十五届人民政府召开第44次常务会议' / '记者 朱元冬' / '本报讯(记者 朱元冬)12月14日,…',
    then '会议审议并原则通过《…》' item by item: a newspaper's report of the meeting, not its
    纪要 (fails on the code before: minutes)."""
    doc = corpus_doc("minutes/guangxi-wuzhou-2023-szf-cwh44-news-epaper-page.txt")
    assert (doc.title, doc.kind, doc.issuers) == ("市十五届人民政府召开第44次常务会议", "news", [])


def test_a_governments_page_under_a_news_headline_is_a_report_too() -> None:
    """'英吉沙县人民政府召开2024年第四次常务会议' (a county portal's 政府常务会议 column, '来源:
    英吉沙县人民政府办公室'), then '会议同意,…' twice: news, no issuer (fails on the code
    before: minutes, issued by the office the byline names)."""
    doc = corpus_doc(
        "web-page/xinjiang-kashi-yingjisha-2024-changwu-huiyi4-breadcrumb-gov-page.txt"
    )
    assert (doc.kind, doc.issuers) == ("news", [])


def test_a_record_headlined_by_the_meetings_number_is_its_minutes() -> None:
    """'区政府第135次常务会议' (no 召开 in it) over what the meeting agreed: the 纪要."""
    doc = corpus_doc("minutes/shanghai-baoshan-2016-qzf-cwh135-fields-gov-page.txt")
    assert (doc.title, doc.kind) == ("区政府第135次常务会议", "minutes")


def test_a_record_numbered_as_a_纪要_under_a_news_headline() -> None:
    """'2023年12月12日区政府召开第62次常务会议' over '• 发文字号:长府会议纪要〔2023〕39号': the
    纪要, whatever its headline says."""
    doc = corpus_doc("minutes/shanghai-changning-2023-changfu-huiyijiyao39-cwh62-meta-gov-page.txt")
    assert (doc.doc_number, doc.kind) == ("长府会议纪要〔2023〕39号", "minutes")
