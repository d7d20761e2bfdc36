"""Attachment lists as real pages print them, and the kind of a document printed without a
title: a list's items closed by '；' and '。'; a site's empty box for attachments; an 附件 line
inside a group of paragraphs (one paragraph a line, no blank lines); a title hard-wrapped
under its label; a title broken inside its bracket, with a revision note and quotes; the
signer run onto the list; the list as a markdown link; full-width points before a year;
quotes inside an issued text's title; an untitled notice that issues a text, an untitled
answer to a request or a deputy's suggestion, an untitled meeting's minutes, untitled news
leads. Expected values checked by hand against the files in tests/corpus (each file's label
records what it prints)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc as _doc
from tests.structure.corpus_pages import corpus_issue as _issue


def _titles(path: str) -> list[str]:
    return [a.title for a in _doc(path).attachments]


def test_a_list_closed_by_its_punctuation_under_a_bare_label() -> None:
    # '附件:' alone, then '1、…的函;' and '2、…的函。'
    assert _titles("web-page/shanghai-jiading-fangguan-2020-qingshi.txt") == [
        "上海市嘉定区人民政府关于报送《嘉定区外冈镇农民相对集中居住实施方案(2020-2021年)》的函",
        "上海市嘉定区人民政府关于报送《嘉定区马陆镇高压沿线农民相对集中居住项目实施方案(2020年)》的函",
    ]


def test_an_empty_box_for_attachments_names_none() -> None:
    for page in ("jiangxi-wanzai-2022-stats-bulletin", "jiangxi-yichun-2022-stats-bulletin"):
        assert _titles(f"web-page/{page}.html") == []


def test_the_list_inside_a_group_of_paragraphs() -> None:
    d = _doc("redhead/shanghai-nwh-czj-2011-chayang-butie-joint.txt")
    assert [a.title for a in d.attachments] == ["2011年本市水稻机械化育插秧作业补贴资金分配表"]
    assert d.signature == ["上海市农业委员会", "上海市财政局"]


def test_a_title_hard_wrapped_under_its_label() -> None:
    assert _titles("line-shapes/jiangxi-swj-2023-luyong-gongshi-antiword.txt") == [
        "国家税务总局江西省税务局2023年度拟录用公务员名单（第一批）"
    ]


def test_a_title_broken_inside_its_bracket_without_its_revision_note_and_quotes() -> None:
    # '附件:《海口市发展和改革委员会地震应急预案》(2020年6月修' / '订稿)'
    assert _titles("web-page/hainan-haikou-fgw-2020-dizhen-yuan-baogao-table-page.txt") == [
        "海口市发展和改革委员会地震应急预案"
    ]


def test_the_signer_run_onto_the_list_is_not_the_title() -> None:
    assert _titles("line-shapes/hunan-2003-sannandi-lvhua-fymate.txt") == [
        "全省“三难地”绿化攻坚先进集体和先进个人名单"
    ]


def test_the_list_as_a_link_to_the_file() -> None:
    # '[附件：会计行业人才发展规划（2021-2025年）](assets/P020211227403654942865.pdf)'
    assert _titles("repost/zhaoyh-czb-2021-kuaiji-rencai.md") == [
        "会计行业人才发展规划（2021-2025年）"
    ]


def test_full_width_points_before_a_year_cut_the_items() -> None:
    assert _titles("line-shapes/zhejiang-wenling-jyj-2011-mingshi.txt") == [
        "各类名师工作室领衔人、名师名校长名单",
        "名师工作室成员、名师名校长带徒意向申报表",
    ]
    assert _titles("line-shapes/zhejiang-wenling-jyj-2011-kaohe-flash.html")[:3] == [
        "2011年温岭市骨干教师考核业绩量化表",
        "2011年温岭市名师考核业绩量化表",
        "2011年温岭市名师（教研员）考核业绩量化表",
    ]


def test_quotes_inside_the_issued_texts_title() -> None:
    assert _titles("opinion/hubei-wuhan-caidian-2023-zhengfu-gongzuo-baogao-fenjie.txt") == [
        "2023年区《政府工作报告》确定的主要目标任务责任分解方案"
    ]


def test_an_untitled_notice_that_issues_a_text() -> None:
    d = _doc("opinion/shanxi-2018-jumin-zengshou-fangan-htmltags-page.txt")
    assert (d.title, d.kind) == ("", "notice")
    assert [a.title for a in d.attachments] == ["山西省激发重点群体活力带动城乡居民增收的实施方案"]


def test_untitled_answers_are_replies() -> None:
    # '…的建议收悉,现答复如下:' and '特此批复。'
    for path in (
        "reply/hunan-yueyang-miluo-2017-minzheng-jianyi-dafu-gov-page.txt",
        "reply/zhejiang-jinhua-pujiang-2005-ganqu-qingyu-pifu-notitle-page.txt",
    ):
        d = _doc(path)
        assert (d.title, d.kind) == ("", "reply")


def test_a_meeting_headlined_by_its_number_whose_text_minutes_it() -> None:
    d = _doc("minutes/hunan-yueyang-yueyangxian-2016-cwhy21-jiyao-page.txt")
    assert (d.title, d.kind) == ("第21次", "minutes")


def test_untitled_news_leads() -> None:
    # '11月9日,市十五届人大常委会举行第三十六次会议', '山西省人民政府近日发布了一批人事任免通知'
    for path in (
        "personnel/anhui-mingguang-2016-npcsc-fushizhang-news-page.txt",
        "personnel/shanxi-2024-zhongzhi-shiyongqi-news-page.txt",
    ):
        assert _doc(path).kind == "news"


def test_an_encyclopedias_lead_and_sections_are_page_furniture() -> None:
    # '《…的批覆》是由重慶市人民政府於2013年12月19日發布的批覆檔案。', '基本介紹', '相關詞條'
    issue = _issue("reply/chongqing-2013-jiuchongshan-guihua-pifu-trad-wiki-page.txt")
    d = issue.documents[0]
    assert d.addressees == ["城口縣人民政府"]
    assert (d.doc_number, d.date, d.signature) == (
        "渝府〔2013〕97號",
        "2013-12-19",
        ["重慶市人民政府"],
    )
    removed = {(r.line, r.why) for r in issue.removed}
    assert {(3, "byline"), (5, "site_navigation"), (18, "site_navigation")} <= removed
    assert not any(p.kind == "text_lost" for p in issue.problems)


def test_a_note_between_the_signer_and_the_date_stays_in_the_text() -> None:
    # '牟定县人民政府办公室' / '(此件公开发布)' / '{ 2017 6 23'
    d = _doc("web-page/yunnan-mouding-2017-yingji-yuan.txt")
    assert d.signature == ["牟定县人民政府办公室"]
    assert "(此件公开发布)" in [b.text for b in d.blocks()]
