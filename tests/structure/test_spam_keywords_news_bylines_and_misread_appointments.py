"""Batch 34 of the corpus (repositories' law texts with YAML heads, firecrawl pages, news of
人大常委会 任免, bureaus' notices, a hijacked mirror), scored before its rules, and the rules
of their kinds: each expected value read off the file by hand (the docstrings quote the lines).
A misread 任免 sentence gives no fact: a wrong fact is worse than a missing one."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_issue


def test_a_hijacked_sites_keywords_are_no_title() -> None:
    """'日本精品人妻视频一区二区免费,日韩精品极品视频在线观看免费,人妻无码一区二区三区TV,…' over the
    site's menus: removed and recorded (it had been the title)."""
    issue = corpus_issue(
        "redhead/shanxi-yangquan-kuangqu-2021-nongji-gouzhi-butie-joint-trad-pinyin-spam-page.txt"
    )
    assert [(r.line, r.why) for r in issue.removed][:1] == [(1, "spam_keywords")]
    assert "人妻" not in issue.documents[0].title


def test_a_news_outlets_name_and_minute_under_the_headline() -> None:
    """'上海市人大常委会会议决定:任命郭芳、张小宏为上海市副市长' / '澎湃新闻 2023-01-08 20:20'
    (had been run onto the title); '…决定任命郭芳、张小宏为上海市副市长,免去张为的上海市副市长
    职务;…' ('免去张' had been read as a person appointed '的上海市副市长')."""
    issue = corpus_issue(
        "personnel/shanghai-2023-npcsc-fushizhang-renmian-daili-yuanzhang-news-page.txt"
    )
    assert issue.documents[0].title == "上海市人大常委会会议决定:任命郭芳、张小宏为上海市副市长"
    facts = [(a.person, a.action, a.positions) for a in issue.facts["appointments"]]
    assert ("张为", "remove", ["上海市副市长"]) in facts
    assert all(not a.person.startswith("免去") for a in issue.facts["appointments"])


def test_a_request_is_no_part_of_a_name() -> None:
    """'…关于接受张左己同志请求辞去黑龙江省人民政府省长职务的决定》、《…关于接受刘学良同志请求辞去
    黑龙江省人民政府副省长…' (the names had been '张左己请求', '刘学良请求'); '…接受谌贻琴同志申请
    辞去贵州省人民政府省长职务请求…', and a headline's '…为贵州省人民政府副省长、决定李炳军代理…'
    run onto '11月24日,…' (no post is read from it)."""
    issue = corpus_issue(
        "personnel/heilongjiang-2007-npcsc-daili-shengzhang-fushengzhang-dbw-page.txt"
    )
    removed = [(a.person, a.positions) for a in issue.facts["appointments"] if a.action == "remove"]
    assert removed[:2] == [
        ("张左己", ["黑龙江省人民政府省长"]),
        ("刘学良", ["黑龙江省人民政府副省长"]),
    ]
    issue = corpus_issue("personnel/guizhou-2020-npcsc-daili-shengzhang-cizhi-gzrd-page.txt")
    assert [(a.person, a.action, a.positions) for a in issue.facts["appointments"]] == [
        ("谌贻琴", "remove", ["贵州省人民政府省长"]),
        ("李炳军", "appoint", ["贵州省人民政府副省长"]),
        # (the acting governorship its own clause decides, '会议决定李炳军代理贵州省人民政府
        # 省长职务', read since 2026-12-05)
        ("李炳军", "appoint", ["贵州省人民政府省长"]),
    ]


def test_a_short_post_restating_the_full_one() -> None:
    """'…通过了省人大常委会关于决定任命程福波为陕西省人民政府副省长的决定,决定任命程福波为副省长。'
    — one appointment, by its full post."""
    issue = corpus_issue("personnel/shaanxi-2020-npcsc-fushengzhang-renming-whysb-epaper-page.txt")
    assert [(a.person, a.positions) for a in issue.facts["appointments"]] == [
        ("程福波", ["陕西省人民政府副省长"])
    ]


def test_a_serial_in_brackets_is_no_title() -> None:
    """'(編號1)' / '《伊通滿族自治縣人民代表大會關於修改〈…〉的決定》已由…通過,…現予公布,…' (the
    公告's serial had been taken for the title; the title the label gives, the 决定's, is printed
    only further down)."""
    issue = corpus_issue(
        "npc/jilin-siping-yitong-2009-zizhi-tiaoli-xiugai-jueding-trad-garbled-page.txt"
    )
    assert issue.documents[0].title != "(編號1)"
    assert all("編號" not in d.title for d in issue.documents)
