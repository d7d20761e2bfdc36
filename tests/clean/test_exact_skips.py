"""The shortcuts ``clean`` takes for short documents (issue 10, per-document cost) give what
the passes they skip would give: each is checked against the pass it stands for on every line
of the sample and of the corpus, on generated text made of the characters the pass acts on,
and on real documents where the pass does act."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gongbao.clean import (
    Cleaned,
    clean,
    furniture,
    normal_form,
    normalize_line,
    shape,
    spacing,
    wrapper,
)
from gongbao.clean.chars import CJK
from gongbao.clean.shape import split_run_on
from gongbao.read import Line, decode, split_lines
from gongbao.titles import TITLE_END

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT / "tests" / "corpus"


@cache
def _lines() -> tuple[str, ...]:
    """Every line of the sample and of the corpus's text files, as printed and stripped."""
    files = [ROOT / "samples" / "jingan-2026-01.txt"]
    files += sorted(CORPUS.rglob("*.txt")) + sorted(CORPUS.rglob("*.md"))
    out: set[str] = set()
    for f in files:
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            out.update((line, line.strip()))
    return tuple(sorted(out))


@cache
def _flattened() -> tuple[str, ...]:
    """Every corpus text file flattened onto one line (a run-on document), with and without
    a space where its lines broke."""
    out = []
    for f in sorted(CORPUS.rglob("*.txt")):
        text = f.read_text(encoding="utf-8", errors="replace")[:4000]
        out += [text.replace("\n", ""), text.replace("\n", " ")]
    return tuple(out)


def _clean(name: str) -> Cleaned:
    return clean(split_lines(decode((CORPUS / name).read_bytes())))


# -- normalize_line -----------------------------------------------------------------------

#: what ``normalize_line`` acts on, and ordinary text around it
_NORMAL_ALPHABET = st.sampled_from(
    [" ", "\u3000", "\u00a0", "\t", "\r", "中", "文", "1", "%", "a", "【", "】", "#", ">", "{", "}",
     "$", "&", "<", ">", "●", "\u200b", "\ufeff", " and ", "&nbsp;", "<b>", "**", "章名"]
)  # fmt: skip


def test_normal_form_is_normalize_line_on_every_corpus_line() -> None:
    for line in _lines():
        for invisible in (True, False):
            assert normal_form(line, invisible) == normalize_line(line, invisible), line


@settings(max_examples=400, deadline=None)
@given(st.lists(_NORMAL_ALPHABET, max_size=12).map("".join))
def test_normal_form_is_normalize_line_on_generated_text(text: str) -> None:
    assert normal_form(text) == normalize_line(text)
    assert normal_form(text, False) == normalize_line(text, False)


def test_normal_form_still_cleans_what_needs_it() -> None:
    # the passes do act where their characters are: indent stripped, spaces closed, markup out
    assert normal_form("\u3000\u3000各区人民政府：") == "各区人民政府："
    assert normal_form("\u3000\u30002026 年 2 月") == "2026年2月"
    assert normal_form("## 第一章 总则") == "第一章总则"
    assert normal_form("国务院办公厅 &nbsp;") == "国务院办公厅"
    assert normal_form("吸引企业 and 数据商") == "吸引企业和数据商"


# -- spaces between Chinese characters ----------------------------------------------------

#: the patterns as they were written before (look-behind first): the definition
_REFERENCE_SPACING = [
    re.compile(f"(?<=[{CJK}])[ \u00a0\u3000]+(?=[{CJK}])"),
    re.compile(f"(?<=[{CJK}])[ \u00a0]+(?=[0-9])"),
    re.compile(f"(?<=[0-9%])[ \u00a0]+(?=[{CJK}])"),
]


def _reference_close(text: str) -> str:
    for pattern in _REFERENCE_SPACING:
        text = pattern.sub("", text)
    return text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([" ", "\u3000", "\u00a0", "中", "，", "1", "%", "a"]), max_size=12))
def test_close_cjk_spaces_is_the_look_behind_definition(chars: list[str]) -> None:
    text = "".join(chars)
    assert spacing.close_cjk_spaces(text) == _reference_close(text)
    assert spacing._close(text * 30) == _reference_close(text * 30)


def test_close_cjk_spaces_on_every_corpus_line() -> None:
    """(a line of a run-on page keeps the gaps between its paragraphs: the passes are
    compared on all of it)"""
    for line in _lines():
        assert spacing._close(line) == _reference_close(line), line


# -- run-on lines -------------------------------------------------------------------------

_YMD = shape._YMD
#: the cut patterns as they were written before (zero-width, look-behind first), and whether
#: the rewritten pattern cuts at its match's end
_REFERENCE_CUTS = [
    (
        shape._PARAGRAPH,
        re.compile(
            r"(?<=[。！？!?：:；;])(?=\s*(?:\*\*)?(?:[一二三四五六七八九十]{1,3}、|"
            r"[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百]+[章条]))"
        ),
        True,
    ),
    (
        shape._SIGNATURE,
        re.compile(
            rf"(?:(?<=[。！？!?])|(?<=[。！？!?][)）]))"
            rf"(?=[^，。；：,;:！？!?)）]{{3,80}}?(?:[(（](?:章|印|公章|盖章)[)）])?\s*{_YMD})"
        ),
        True,
    ),
    (
        shape._BEFORE,
        re.compile(
            r"(?=(?:附\s*[件表]\s*\d{0,2}\s*[:：]|抄\s*送\s*[:：]|[(（]此件[^)）]{1,12}[)）]|"
            r"[(（]联系人[:：]))"
        ),
        False,
    ),
    (shape._SIGNED_DATE, re.compile(rf"(?<=[局委厅府院办室会部处心司社所站队])(?={_YMD})"), True),
    (shape._SPACED_BREAK, re.compile(r"(?<=[。！？：；!?:;])[ \u3000\t]+(?=\S)"), False),
    (
        shape._SPACED_SIGNER,
        re.compile(
            rf"(?<=\s)(?=[\u4e00-\u9fff]{{2,30}}?(?:政府|办公室|辦公室|办公厅|辦公廳|委员会|委員會|局|厅|廳|部|院)"
            rf"\s*{_YMD})"
        ),
        True,
    ),
]


def _cuts(pattern: re.Pattern[str], text: str, at_end: bool) -> list[int]:
    return [m.end() if at_end else m.start() for m in pattern.finditer(text)]


def test_cut_patterns_cut_where_the_look_behind_definitions_do() -> None:
    for text in _lines() + _flattened():
        for pattern, reference, at_end in _REFERENCE_CUTS:
            assert _cuts(pattern, text, at_end) == _cuts(reference, text, False), text[:60]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["。", "）", ")", "（", "(", " ", "\u3000", "\t", "一、", "（一）", "1.", "附件1：", "附表：",
             "抄送：", "（此件公开发布）", "（联系人：", "某某局", "人民政府", "2021年5月11日",
             "办公室 ", "工作", "第一章"]
        ),
        max_size=10,
    ).map("".join)
)  # fmt: skip
def test_cut_patterns_on_generated_text(text: str) -> None:
    for pattern, reference, at_end in _REFERENCE_CUTS:
        assert _cuts(pattern, text, at_end) == _cuts(reference, text, False)


def _reference_own_number(head: str) -> tuple[int, int] | None:
    """``shape._own_number`` as written before: the 文号 pattern tried from the head's start."""
    number = shape._DOC_NO.search(head)
    if (
        number is None
        or (
            head[max(0, number.start() - 1) : number.start()] in ("(", "（", "《", "〈", "〔")
            or "。" in head[: number.start()]
            or head.startswith("文件", number.end())  # (a text cited by its number, since batch 46)
            # (and since batch 87: '…国务院以国函〔1991〕20号文批准…')
            or head[max(0, number.start() - 1) : number.start()] in shape._CITING_BEFORE
            or shape._CITED_AS.match(head, number.end()) is not None
        )
    ):
        return None
    return number.span()


def _own_span(head: str) -> tuple[int, int] | None:
    number = shape._own_number(head)
    return None if number is None else number.span()


def test_own_number_is_looked_for_where_the_full_search_finds_it() -> None:
    for text in _lines() + _flattened():
        for head in (text[:200], text[:400]):
            assert _own_span(head) == _reference_own_number(head), head


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["某某局", "人民政府", "关于", "办", "(办)", "（", "(", "〔", "2021", "〕", "）", "5",
             "号", " ", "\u3000", "。", "《", "鲁财会", "发", "某" * 12]
        ),
        max_size=14,
    ).map("".join)
)  # fmt: skip
def test_own_number_on_generated_heads(head: str) -> None:
    assert _own_span(head) == _reference_own_number(head)


def test_a_flattened_notice_is_still_cut_into_its_parts() -> None:
    # the whole 红头 document on one line (checked by reading it): 发文机关标志, 文号, title,
    # 主送 line, opening paragraph, first numbered item … 24 parts (a sentence's deadline,
    # '…由省财政厅于2021年12月31日前统一登记。', is no place to cut: one part, not two)
    text = (CORPUS / "redhead" / "shandong-czt-2021-kuaiji-flat.txt").read_text().split("\n")[0]
    parts = split_run_on(text.strip())
    assert parts is not None and len(parts) == 24
    assert any(p.endswith("由省财政厅于2021年12月31日前统一登记。") for p in parts)
    assert parts[:4] == [
        "山东省财政厅文件",
        "鲁财会〔2021〕13号",
        "山东省财政厅关于做好2021年度会计专业技术人员继续教育有关工作的通知",
        "各市财政局、省直各部门(单位)、各省属企业:",
    ]
    assert parts[5].startswith("一、继续教育对象")


# -- page wrapper -------------------------------------------------------------------------

_REFERENCE_PINYIN = re.compile(
    r"(?<=[\u3400-\u9fff])[(（]\s*(?=[a-z]{0,5}[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
    r"(?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}"
    r"|(?=[a-z]{0,20}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{7,30})\s*[)）]"
)


def test_pinyin_pattern_is_the_look_behind_definition() -> None:
    for line in [
        *_lines(),
        "實(shí)際(jì)",
        "(shí)實",
        "x（ab ）中(ā)",
        "环发(xx)98号",
        "区(zìránbǎohùqū)",
        "组织(internet)",
    ]:
        assert [m.span() for m in wrapper._PINYIN.finditer(line)] == [
            m.span() for m in _REFERENCE_PINYIN.finditer(line)
        ], line


def test_pinyin_still_taken_out() -> None:
    # a mirror site's readings after characters: 75 taken out, the first '(fā)' on line 1
    c = _clean("mirror-noise/shanghai-2017-zhengwu-chengxin-trad-pinyin.txt")
    pinyin = [r for r in c.removed if r.why == "pinyin"]
    assert len(pinyin) == 75
    assert (pinyin[0].line, pinyin[0].text) == (1, "(fā)")


def test_footer_found_from_the_whole_tail() -> None:
    # the page's 公网安备 line is its footer (checked by reading the page: the line after
    # the page tools, the last of the page)
    c = _clean("announcement/sichuan-tongjiang-2025-tudi-zhengshou-gov-page.txt")
    assert [(r.line, r.text, r.why) for r in c.removed] == [
        (18, "扫一扫在手机打开当前页", "page_tools"),
        (19, "川公网安备51192102000107号", "site_footer"),
    ]


def test_footer_word_on_one_line_only() -> None:
    lines = [Line(1, "某某局关于某事的通知"), Line(2, "正文一段。"), Line(3, "版权所有：某某局")]
    assert [(r.line, r.why) for r in clean(lines).removed] == [(3, "site_footer")]
    # a footer word split over two lines is no footer word
    lines = [Line(1, "某某局关于某事的通知"), Line(2, "正文一段，版权"), Line(3, "所有。")]
    assert clean(lines).removed == []


def test_tool_lines_open_with_a_character_of_the_tool_words() -> None:
    for line in [*_lines(), "打印 关闭", "【打印】【关闭窗口】", " 分享到：微信 微博"]:
        if wrapper._TOOLS_ONLY.fullmatch(line) is not None and line:
            assert line[0] in wrapper._TOOL_CHARS or line[0].isspace(), line


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["打印", "关闭", "【", "】", " ", "字体", "大", "中", "小", "分享到", "正文"]
        ),
        min_size=1,
        max_size=8,
    ).map("".join)
)
def test_tool_lines_on_generated_text(text: str) -> None:
    if wrapper._TOOLS_ONLY.fullmatch(text) is not None:
        assert text[0] in wrapper._TOOL_CHARS or text[0].isspace()


def test_a_text_not_in_nfc_is_still_read_composed() -> None:
    # a byline with a decomposed letter (e + combining acute): read, and recorded, composed
    lines = [
        Line(1, "某某局关于某事的通知"),
        Line(2, "来源：Cafe\u0301日报"),
        Line(3, "正文一段。"),
    ]
    assert [(r.line, r.text, r.why) for r in clean(lines).removed] == [
        (2, "来源：Caf\u00e9日报", "byline")
    ]


# -- furniture ----------------------------------------------------------------------------


def test_title_ending_is_title_end_on_every_corpus_line() -> None:
    for line in _lines():
        assert furniture._ends_like_title(line) == (TITLE_END.search(line) is not None), line


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="某关于的", max_size=40),
    st.sampled_from(["通知", "办法", "一览表", "公告", "。", "日"]),
    st.text(alphabet=" \u3000\t", max_size=12),
    st.sampled_from(["", "（试行）", "(征求意见稿)", "》", "（" + "征" * 16 + "）", "）"]),
)
def test_title_ending_on_generated_titles(head: str, kind: str, space: str, note: str) -> None:
    text = head + kind + space + note
    assert furniture._ends_like_title(text) == (TITLE_END.search(text) is not None)


def test_title_on_the_first_line_is_still_no_masthead() -> None:
    # the page prints its issuer at the top and again over the date: the repeat signs, and
    # stays (checked by reading the page: line 10 is '兰陵县人民政府', line 11 '2024年4月30日')
    c = _clean("reply/shandong-linyi-lanling-2024-shuiyuan-baohuqu-gov-page.txt")
    assert c.removed == []
    assert c.lines[9].text == "兰陵县人民政府"


def test_repeated_lines_still_found() -> None:
    # a budget's table heads printed again on every page (checked by reading the file)
    c = _clean("dept-budget/shanghai-putuo-wanli-2024-dept-budget-layout.txt")
    assert sorted({r.text for r in c.removed if r.why == "repeated"}) == [
        "功能分类科目编码",
        "项目一般公共预算支出",
    ]
    assert sum(r.why == "repeated" for r in c.removed) == 13


# -- lines --------------------------------------------------------------------------------


def test_line_hashes_and_compares_by_its_fields() -> None:
    a, b = Line(3, "正文", 2), Line(3, "正文", 2)
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a.with_text("别的") == Line(3, "别的", 2)
    assert a.with_text("别的", 5) == Line(3, "别的", 2, last=5)


@pytest.mark.parametrize("name", ["personnel", "gazette-item", "mirror-noise"])
def test_clean_keeps_unchanged_lines_themselves(name: str) -> None:
    # a line the cleaning leaves as it is, is the reader's own line (no copy is made)
    for path in sorted((CORPUS / name).glob("*.txt")):
        raw = split_lines(decode(path.read_bytes()))
        c = clean(raw)
        by_no = {ln.no: ln for ln in raw}
        for ln in c.lines:
            if ln.text == by_no[ln.no].text:
                assert ln is by_no[ln.no]
