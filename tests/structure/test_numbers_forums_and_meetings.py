"""公告, 通告, replies and minutes met on real pages: a 公告's number run onto its title or
printed inside it; an image's file name over the text; a date whose 月 and 日 a site lost
('2017年1214'); a news post that says the document follows ('详细通告如下') over the document's
title; joint issuers listed with 、 on signature lines; a 通告 whose title lost its kind word
and closes '此告'; minutes that open with a dated sentence, or record what the meeting agreed
item by item; a 苏政复 批复 under the title's '省政府'; a forum's bylines and a letter's title
run onto its 文号. And a sentence opening the text is never swallowed by the head (a meeting's
first paragraph had been lost when it merely looked like an adoption line). Expected values
checked by hand against the files in tests/corpus (each file's label records what it
prints)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc as _doc
from tests.structure.corpus_pages import corpus_issue as _issue


def test_a_notice_number_run_onto_the_title() -> None:
    # '〔2022〕第39号兰考县人民政府征收土地预公告'
    d = _doc("announcement/henan-kaifeng-lankao-2022-zhengdi-yugonggao39-gov-page.txt")
    assert (d.title, d.doc_number) == ("兰考县人民政府征收土地预公告", "〔2022〕第39号")
    assert (d.issuers, d.kind) == (["兰考县人民政府"], "announcement")


def test_a_number_inside_the_title_and_an_images_file_name() -> None:
    # '图片:未命名_副本.jpg' / '漳州市应对新冠肺炎疫情工作指挥部〔2021〕第3号通告为切实…'
    issue = _issue("announcement/fujian-zhangzhou-2021-yiqing-tonggao3-forum-page.txt")
    d = issue.documents[0]
    assert (d.title, d.doc_number) == ("漳州市应对新冠肺炎疫情工作指挥部通告", "〔2021〕第3号")
    assert d.kind == "announcement"
    assert (1, "图片:未命名_副本.jpg", "markup") in [(r.line, r.text, r.why) for r in issue.removed]


def test_a_date_whose_month_and_day_marks_were_lost() -> None:
    d = _doc("announcement/guangdong-foshan-nanhai-2017-jinyangqu-tiaozheng-tonggao-gov-page.txt")
    assert (d.date, d.signature) == ("2017-12-14", ["佛山市南海区人民政府"])


def test_the_title_the_post_says_follows_and_joint_issuers_listed_with_commas() -> None:
    d = _doc(
        "announcement/guangdong-zhaoqing-fengkai-2018-jinzhong-nongzuowu-tonggao-wechat-page.txt"
    )
    assert (d.title, d.kind, d.date) == (
        "关于严禁在县城区种植农作物的通告",
        "announcement",
        "2018-10-23",
    )
    assert d.issuers == [
        "封开县“双创”办",
        "封开县城市管理局",
        "封开县水务局",
        "封开县林业局",
        "封开县国土局",
        "江口镇人民政府",
    ]
    assert d.signature == [
        "封开县“双创”办、封开县城市管理局",
        "封开县水务局、封开县林业局",
        "封开县国土局、江口镇人民政府",
    ]


def test_a_title_without_its_kind_that_closes_as_a_notice_does() -> None:
    d = _doc("announcement/guangdong-shanwei-lufeng-2019-jinran-tonggao-forum-page.txt")
    assert (d.doc_number, d.kind, d.date) == ("陆府通〔2019〕2号", "announcement", "2019-01-21")


def test_untitled_minutes_keep_their_opening_sentence() -> None:
    d = _doc("minutes/jiangsu-changzhou-zhonglou-2017-cwh1-jiyao-gov-page.txt")
    assert (d.title, d.kind) == ("", "minutes")
    assert d.body[0].text.startswith("2017年1月10日上午,在区机关815会议室,区长董彩凤主持召开")
    assert d.body[1].text == "会议讨论了区政府领导工作分工"


def test_a_meetings_first_paragraph_is_not_taken_for_an_adoption_line() -> None:
    d = _doc("minutes/sichuan-luzhou-naxi-2020-cwhy60-jiyao-gov-page.txt")
    assert d.title == "区政府第60次常务会议纪要"
    assert d.body[0].text.startswith(
        "2020年12月16日,区委书记、区长谭荣兵在区政府常务会议室主持召开"
    )


def test_a_meeting_page_that_records_what_was_agreed_is_minutes() -> None:
    d = _doc("minutes/sichuan-dazhou-kaijiang-2019-cwh65-gov-page.txt")
    assert (d.title, d.kind) == ("第十八届人民政府第65次常务会议", "minutes")


def test_a_provinces_reply_code_names_its_government() -> None:
    d = _doc("reply/jiangsu-2009-shuiyuandi-baohuqu-pifu-docshare-page.txt")
    assert (d.doc_number, d.issuers) == ("苏政复〔2009〕2号", ["江苏省人民政府"])


def test_a_forum_post_of_a_letter() -> None:
    issue = _issue("reply/guobanhan-2019-51-dayunhe-lianxi-huiyi-han-forum-page.txt")
    d = issue.documents[0]
    assert d.title == "国务院办公厅关于同意建立大运河文化保护传承利用工作省部际联席会议制度的函"
    assert (d.doc_number, d.kind, d.addressees) == (
        "国办函〔2019〕51号",
        "letter",
        ["国家发展改革委"],
    )
    bylines = [r.text for r in issue.removed if r.why == "byline"]
    # (as the cleaner normalised them: no space between a Chinese word and a number)
    assert bylines == [
        "程国海发表于2020-4-23 08:58:32",
        "本帖最后由程国海于2020-4-23 08:59编辑",
        "程国海发表于2020-4-23 09:01:19",
        "本帖最后由程国海于2020-4-23 09:08编辑",
    ]
