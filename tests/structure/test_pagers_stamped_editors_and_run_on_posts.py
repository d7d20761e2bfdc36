"""Rules found while scoring batch 42 (任免 news, meeting records, 公告), each tested on files
already in the corpus that it changed. Each expected value read off the file by hand (the
docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_issue


def test_a_name_ending_in_wei_is_not_read_with_the_next_appointment_as_its_post() -> None:
    """'會議決定任命姜有為、李晉修為吉林省副省長。' (the first name is 姜有為): had given
    '姜有' appointed '、李晉修為吉林省副省長'; now no fact from it and a problem saying so."""
    issue = corpus_issue("personnel/jilin-2015-npcsc-fushengzhang-wenweipo-trad-page.txt")
    assert [(a.person, a.positions) for a in issue.facts["appointments"]] == [
        ("馬俊清", ["中共吉林省委副書記"])
    ]
    assert [p.detail for p in issue.problems if p.kind == "appointment_unclear"] == [
        "任免职务不清：“姜有：、李晉修為吉林省副省長”"
    ]


def test_a_pager_over_the_text() -> None:
    """'【第1頁第2頁第3頁第4頁第5頁】' (line 2, under the page's tools): the site's."""
    issue = corpus_issue("personnel/ningxia-2013-renqian-gongshi-fuling-news-trad-crntt-page.txt")
    assert (2, "site_navigation") in [(r.line, r.why) for r in issue.removed]


def test_a_time_stamp_and_its_editor() -> None:
    """'2020-06-29 14:18 编辑:谭昌国' (line 5, under the headline): the page's byline."""
    issue = corpus_issue(
        "announcement/yunnan-zhaotong-qiaojia-2020-fengbi-shigong-tonggao1-ynqjnews-page.txt"
    )
    assert (5, "byline") in [(r.line, r.why) for r in issue.removed]


def test_a_link_to_the_accessible_site() -> None:
    """'无障碍浏览' (line 2, over the site's name): the site's, not the text's first line (its
    tools since batch 43, as '无障碍阅读' is, where it was its navigation)."""
    issue = corpus_issue(
        "reply/yunnan-kunming-anning-jtj-2018-renda-jianyi28-dafu-meta-gov-page.txt"
    )
    assert (2, "page_tools") in [(r.line, r.why) for r in issue.removed]
