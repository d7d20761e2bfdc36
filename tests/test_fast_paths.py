"""The parse-speed shortcuts (issue 10) give what the rule they stand in front of gives: each
cheap test is checked against the pattern or the computation it skips, on generated text
made of the characters the rule reads."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from gongbao.clean import wrapper
from gongbao.numbering import _NUMBER, _OPENERS, match_number
from gongbao.script import Restorer
from gongbao.structure import tail
from gongbao.structure.zones import SPEAKER

#: words and characters the rules are written in, and a few they never read
_TOOL_TOKENS = [
    "选择字体", "字体", "字 号", "我要", "大", "中", "小", "打印", "打印本页", "关闭", "收藏",
    "分享到", "分享", "扫一扫", "微信", "下载", "English", "繁體", "简体", "搜索", "高级检索",
    "[", "]", "【", "】", ":", "|", " ", "·", "-", "字", "体", "打", "页", "通知", "x",
]  # fmt: skip
_tool_lines = st.lists(st.sampled_from(_TOOL_TOKENS), min_size=1, max_size=10).map("".join)


@settings(max_examples=400, deadline=None)
@given(_tool_lines)
def test_tools_only_is_removal_leaving_nothing(text: str) -> None:
    assert (wrapper._TOOLS_ONLY.fullmatch(text) is not None) == (
        not wrapper._TOOL_WORDS.sub("", text)
    )


_NUMBERED = st.text(
    alphabet="第一二十百〇零（）()、，.．1234567890１２３٣①⑳章节条 区政府通知", max_size=12
)


@settings(max_examples=400, deadline=None)
@given(_NUMBERED)
def test_first_character_test_only_drops_what_the_pattern_rejects(text: str) -> None:
    if _NUMBER.match(text) is not None:
        assert text[0] in _OPENERS or text[0].isdecimal()


def test_full_width_and_other_digits_still_open_a_number() -> None:
    # checked by hand: '１．' is item 1 (full-width digit), '٣.' is item 3 (Arabic-Indic)
    assert match_number("１．加强管理") is not None
    assert match_number("٣. 加强管理") is not None
    assert match_number("加强管理") is None


_SPEAKER_LINES = st.text(alphabet="区市省长主任书记 张王李翟磊。，1", max_size=14)


@settings(max_examples=400, deadline=None)
@given(_SPEAKER_LINES)
def test_speaker_shortcut_agrees_with_the_pattern(text: str) -> None:
    got, want = tail._speaker(text), SPEAKER.match(text)
    assert (got is None) == (want is None)
    if got and want:
        assert got.groupdict() == want.groupdict()


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="市长区 \u3000袁宝成，。1", max_size=10))
def test_unspread_agrees_with_the_pattern(text: str) -> None:
    assert tail._unspread(text) == tail._SPREAD_OFFICE.sub(r"\1\2", text)


def _votes_as_before(published: str, simple: str) -> dict[str, str]:
    """The restorer's character votes as first written: a Counter per simplified character."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for a, b in zip(published, simple, strict=True):
        if a != b:
            votes[b][a] += 1
    for b in list(votes):
        votes[b][b] += simple.count(b) - sum(votes[b].values())
    return {b: v.most_common(1)[0][0] for b, v in votes.items()}


_PAIRS = st.lists(st.sampled_from(["發发", "髮发", "发发", "後后", "后后", "國国", "国国", "xx"]))


@settings(max_examples=400, deadline=None)
@given(_PAIRS)
def test_restorer_votes_as_before(pairs: list[str]) -> None:
    published = "".join(p[0] for p in pairs)
    simple = "".join(p[1] for p in pairs)
    restorer = Restorer([published], folded=[simple])
    assert restorer.chars == _votes_as_before(published, simple)
    # a string not found in the text goes back character by character
    assert restorer.restore("发后国" + "测") == "".join(
        _votes_as_before(published, simple).get(c, c) for c in "发后国测"
    )


def _across_breaks_by_pattern(restorer: Restorer, text: str) -> str | None:
    """The look-up as a pattern, what ``Restorer._across_breaks`` was before it searched the
    text without its spaces: the string's characters with any spaces between them."""
    m = re.search(r"\s*".join(map(re.escape, text)), restorer.simple)
    if m is None:
        return None
    span = range(m.start(), m.end())
    return "".join(restorer.published[i] for i in span if not restorer.simple[i].isspace())


_BROKEN = st.text(alphabet="發展國家关于 \n\u3000", min_size=4, max_size=60)


@settings(max_examples=400, deadline=None)
@given(_BROKEN, st.integers(0, 60), st.integers(4, 12))
def test_string_across_breaks_found_as_the_pattern_finds_it(
    published: str, at: int, size: int
) -> None:
    restorer = Restorer([published])
    # a string the parse joined: a stretch of the folded text with its spaces taken out
    text = re.sub(r"\s", "", restorer.simple[at : at + size])
    if len(text) < 4:
        return
    assert restorer._across_breaks(text) == _across_breaks_by_pattern(restorer, text)
    assert restorer._across_breaks(text + "测") is None


_PAGE_TOKENS = [
    "首页", "首 页", "主页", ">", "»", "›", "当前位置", "位置", "：", ":", "返回顶部", "返回",
    "上一篇", "下一篇", "全文", "正文", "【", "】", "[", "]", "(", ")", "http://a.cn/b", "来源",
    "编辑", "浏览次数", "点击数", "访问量", "收录于", "资料图", "导读", "投稿", "时间", "2024-01-02",
    "12", " ", "索引号", "发 文字号", "成文日期", "区人民政府", "门户网站", "政府网", "文库", "百科", "通知", "。",
    "版权所有", "ICP备", "ICP证", "网站标识码", "公网安备", "网站地图", "Copyright", "©", "政府网站找错",
]  # fmt: skip
_page_lines = st.lists(st.sampled_from(_PAGE_TOKENS), min_size=1, max_size=8).map("".join)


@settings(max_examples=600, deadline=None)
@given(_page_lines)
def test_page_line_shortcuts_skip_only_lines_the_patterns_reject(text: str) -> None:
    if wrapper._NAVIGATION.match(text):
        assert wrapper._may_be_navigation(text)
    if wrapper._BYLINE.match(text):
        assert wrapper._may_be_byline(text)
    if wrapper._SITE_NAME.match(text):
        assert text.endswith(wrapper._SITE_ENDS)
    if wrapper._PAIR_LABEL.match(t := text.strip().lstrip("-•*·| \t")):
        assert t[0] in wrapper._PAIR_OPENERS


_WORD_TOKENS = [
    "版权所有", "ICP备", "ICP证", "网站标识码", "公网安备", "网站地图", "Copyright", "©", "政府网站找错",
    "承办单位：", "涉密文件严禁上网", "\n", "12%的人还看了", "３%的人还看了", "猜你喜欢", "大家都在看",
    "彩票", "bet", "BeT", "365365", "百家乐", "『", "体育", "特马", "九游", "亚博", "网址", "某某", " ",
    "。", "1", "版", "网", "大",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_WORD_TOKENS), min_size=1, max_size=8).map("".join))
def test_first_characters_looked_at_first_change_no_match(text: str) -> None:
    """A footer's and an advertisement's words, their first characters looked at first (a
    class the engine skips along in C), match where the words alone do."""
    footer = re.search(wrapper.FOOTER_WORDS, text)
    assert (m.span() if (m := wrapper._FOOTER.search(text)) else None) == (
        footer.span() if footer else None
    )
    hint = re.search(wrapper.CORE_HINT_WORDS, text)
    assert (m.span() if (m := wrapper._CORE_HINT.search(text)) else None) == (
        hint.span() if hint else None
    )


_KIND_WORDS = [
    "通知", "通报", "通報", "决定", "決定", "决议", "決議", "意见", "意見", "办法", "辦法", "规定",
    "規定", "细则", "細則", "条例", "條例", "报告", "報告", "方案", "规划", "規劃", "纲要", "綱要",
    "计划", "計劃", "措施", "批复", "批覆", "函", "公告", "通告", "命令", "令", "议案", "議案",
    "纪要", "紀要", "事项", "事項", "名单", "名單", "指引", "清单", "清單", "标准", "標準", "说明",
    "說明", "要点", "章程", "公报", "公報", "预算", "預算", "决算", "決算", "请示", "請示", "规则",
    "規則", "导则", "導則", "守则", "答复", "答覆", "声明", "聲明", "简报", "簡報", "说帖", "說帖",
    "倡议", "倡议书", "公开表", "公開表", "一览表", "一覽表", "统计表", "統計表", "汇总表", "匯總表",
    "（试行）", "(第一批)", "》", "）", ")", "关于", "。", "，", " ", "\n", "x",
]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_KIND_WORDS), min_size=1, max_size=6).map("".join))
def test_title_ending_shortcut_agrees_with_the_pattern(text: str) -> None:
    from gongbao.structure.boundaries import ends_like_title
    from gongbao.titles import TITLE_END

    assert ends_like_title(text) == (TITLE_END.search(text) is not None)


def test_organ_endings_are_the_patterns() -> None:
    """The last characters ``is_org`` looks at are those of ``ORG_END``'s endings, read off
    the pattern itself (a word added to the pattern without its character fails here)."""
    import re._parser as sre_parse  # type: ignore[import-not-found]

    from gongbao.structure.organs import ORG_END, ORG_LAST

    (_op, (_none, branches)), = sre_parse.parse(ORG_END.pattern)[0][1][3]  # fmt: skip
    last = set()
    for branch in branches:
        op, av = list(branch)[-1]
        last |= {chr(av)} if op == sre_parse.LITERAL else {chr(a) for _o, a in av}
    assert last == set(ORG_LAST)


_KIND_TAILS = [*_KIND_WORDS, "任免", "办", "法", "若干政策", "人事", "代理市长", "（二）"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_KIND_TAILS), min_size=0, max_size=8).map("".join))
def test_kind_is_read_off_the_title_tail_as_from_the_whole_title(text: str) -> None:
    from gongbao.structure import kinds

    title = text
    while kinds._TAIL_NOTE.search(title):
        title = kinds._TAIL_NOTE.sub("", title)
    # personnel wherever the title names it, unless what follows is about its rules (the
    # rule as written); every other kind looked for in the whole title
    m = kinds._COMPILED[0][0].search(title)
    if m and ("职务" in title or not kinds._ABOUT_PERSONNEL.search(title, m.end())):
        whole = "personnel"
    else:
        whole = next((k for rx, k, _reach in kinds._COMPILED[1:] if rx.search(title)), "document")
    assert kinds.kind_of(text) == whole


_CLAUSE_TOKENS = [
    "，",
    "；",
    "。",
    "：",
    "\n",
    "根据",
    "《条例》",
    "（国发〔2020〕1号）",
    "废止",
    "x",
]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(_CLAUSE_TOKENS), max_size=10).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_clause_bounds_are_the_marks_around_the_citation(text: str, a: int, b: int) -> None:
    """``relation``'s clause: after the last mark before the citation, up to the first after
    it — as the searches for each mark found them."""
    from gongbao.extract import references as refs

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    last = refs._LAST_CLAUSE_END.match(text, 0, start)
    following = refs._CLAUSE_ENDS.search(text, end)
    assert (last.end() if last else 0) == max(text.rfind(c, 0, start) for c in refs._CLAUSE_END) + 1
    assert (following.start() if following else len(text)) == min(
        (i for c in refs._CLAUSE_END if (i := text.find(c, end)) >= 0), default=len(text)
    )


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["某某", "会议纪要", "三篇", "篇", "（精选5篇）", "一", ")", "x"])
    ).map("".join)
)
def test_collection_shortcut_agrees_with_the_pattern(text: str) -> None:
    from gongbao.structure import head

    assert (head._collection(text) is None) == (head._COLLECTION.match(text) is None)


#: the betting advertisements' words in pieces, cased both ways, among a notice's words
_AD_TOKENS = [
    "管家婆", "足彩", "在线", "网", "app", "APP", "天天开", "好", "彩", "一码", "一肖", "今晚开特马",
    "资料", "福", "票", "官方下载", "娱乐", "平台", "bet", "Bet", "BET", "365", "足球", "即时", "比分",
    "时时", "六合", "北京赛车", "百家乐", "真人", "赌城", "威尼斯人", "葡京", "备用网址", "雷竞技",
    "亚博", "ag", "K8", "凯发", "『", "』", "注册登录", "注册登陆", "关于", "人民政府", "的通知", " ",
    "248", "365365", "《", "公告", "-", "1", "澳门", "皇冠", "体育", "赌场",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_AD_TOKENS), min_size=1, max_size=8).map("".join))
def test_betting_hint_is_in_every_line_the_core_finds(text: str) -> None:
    if wrapper._GAMBLING_CORE.search(text) is not None:
        assert wrapper._CORE_HINT.search(text) is not None
    assert wrapper._gambling_core(text) == (wrapper._GAMBLING_CORE.search(text) is not None)
