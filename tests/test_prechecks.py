"""The cheap tests put in front of patterns for the corpus's short documents (issue 10, per
family speed): each one only turns away text its pattern would turn away. Checked on every
line of the sample and of the corpus's text files, and on generated text made of the
characters the patterns read."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gongbao import titles
from gongbao.clean import furniture, wrapper
from gongbao.clean.chars import SUPERSCRIPT_DIGITS
from gongbao.clean.footnotes import FOOTNOTE_BODY
from gongbao.extract import commitments, references
from gongbao.structure import dates, head, kinds, outline, tail, toc

ROOT = Path(__file__).resolve().parent.parent


@cache
def _lines() -> tuple[str, ...]:
    """Every stripped line of the sample and of the corpus's text files, and each unstripped."""
    files = [ROOT / "samples" / "jingan-2026-01.txt"]
    files += sorted((ROOT / "tests" / "corpus").rglob("*.txt"))
    out: set[str] = set()
    for f in files:
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            out.update((line, line.strip()))
    return tuple(sorted(out))


def _first(text: str) -> str:
    return text[:1]


#: (name, pattern's test, the cheap test that must hold wherever the pattern's does)
_IMPLIED: list[tuple[str, Callable[[str], object], Callable[[str], bool]]] = [
    (
        "page number",
        lambda t: furniture.PAGE_NUMBER.match(t.strip()),
        lambda t: furniture._may_be_page_number(t.strip()),
    ),
    ("issue footer", furniture.ISSUE_FOOTER.match, lambda t: "期" in t),
    ("bare number", lambda t: furniture._BARE.match(t.strip()), lambda t: len(t.strip()) <= 4),
    ("footnote", FOOTNOTE_BODY.match, lambda t: _first(t) in SUPERSCRIPT_DIGITS),
    ("address line", wrapper._URL_LINE.match, lambda t: t.startswith(wrapper._URL_OPENERS)),
    ("leading address", wrapper._LEADING_URL.match, lambda t: t.startswith(wrapper._URL_OPENERS)),
    ("leading tools", wrapper._LEADING_TOOLS.match, lambda t: _first(t) in ("选", "字")),
    ("time stamp", wrapper._STAMP.match, lambda t: _first(t).isdecimal()),
    (
        "contents head",
        titles.CONTENTS_HEAD.match,
        lambda t: _first(t) in titles.CONTENTS_HEAD_OPENS,
    ),
    ("toc head", toc.TOC_HEAD.match, lambda t: _first(t) in ("目", "本")),
    ("attachment", outline.ATTACHMENT.match, lambda t: t.startswith("附")),
    ("attachment list", outline._LISTED.match, lambda t: t.startswith("附")),
    ("attachments open", head._ATTACHMENT_OPENS.match, lambda t: t.startswith("附")),
    ("order line", head.ORDER_LINE.match, lambda t: "令" in t),
    ("bare office", tail._BARE_OFFICE.match, lambda t: len(t) <= 3),
    ("note under signature", tail._NOTE.match, lambda t: _first(t) in ("(", "（")),
    ("history", references._HISTORY.match, lambda t: _first(t) in ("(", "（")),
    ("tail note", kinds._TAIL_NOTE.search, lambda t: t.endswith(kinds._BRACKET_ENDS)),
    (
        "compact date",
        lambda t: dates._SPACED.match(t.strip()) or dates._COMPACT.match(t.strip()),
        lambda t: t.strip().endswith("日") or t.strip()[-1:].isdecimal(),
    ),
]


@pytest.mark.parametrize(("name", "pattern", "cheap"), _IMPLIED, ids=[i[0] for i in _IMPLIED])
def test_cheap_test_holds_on_every_corpus_line_the_pattern_takes(
    name: str, pattern: Callable[[str], object], cheap: Callable[[str], bool]
) -> None:
    missed = [t for t in _lines() if pattern(t) and not cheap(t)]
    assert missed == [], name


def test_the_corpus_lines_reach_the_patterns() -> None:
    # a check that the test above can fail: lines of these kinds are in the sample and the
    # corpus (counted, not checked by hand; the counts only need to be above zero)
    lines = _lines()
    for pattern in (furniture.PAGE_NUMBER, dates._DATE_LINE, outline.ATTACHMENT, tail._NOTE):
        assert any(pattern.match(t) for t in lines), pattern.pattern


def test_whole_tests_agree_with_their_patterns_on_the_corpus() -> None:
    for t in _lines():
        assert dates.is_date_line(t) == (dates._DATE_LINE.match(t.strip()) is not None), t
        assert wrapper._markup(t) == (wrapper._MARKUP.match(t) is not None), t
        assert commitments.practical(t) == (commitments.PRACTICAL.search(t) is not None), t
        assert (outline._lead_marked(t) is not None) == (
            outline._LEAD_MARKED.match(t) is not None
        ), t
        # a title without a draft's word is its own final form
        if not ("草案" in t or "征求意见稿" in t or "送审稿" in t):
            assert references._DRAFT.sub("", t) == t, t


_DATES = st.text(alphabet="(（)） 　\n\t二〇零一二三十年月日0123456789-./号第页—–期总", max_size=16)
_MARKUP = st.text(alphabet="<>!-:[]@{}TOCtab/a \u200b\ufeff\u3000\n文", max_size=10)


@settings(max_examples=500, deadline=None)
@given(_DATES)
def test_date_and_page_shortcuts_on_generated_text(text: str) -> None:
    assert dates.is_date_line(text) == (dates._DATE_LINE.match(text.strip()) is not None)
    stripped = text.strip()
    if furniture.PAGE_NUMBER.match(stripped):
        assert furniture._may_be_page_number(stripped)
    if dates._SPACED.match(stripped) or dates._COMPACT.match(stripped):
        assert stripped.endswith("日") or stripped[-1:].isdecimal()
    # compact_date reads the text as it did before its shortcut: checked against the rule
    if dates.compact_date(text) is not None:
        assert re.search(r"[\d日]$", stripped)


@settings(max_examples=500, deadline=None)
@given(_MARKUP)
def test_markup_shortcut_on_generated_text(text: str) -> None:
    assert wrapper._markup(text) == (wrapper._MARKUP.match(text) is not None)


def test_known_values() -> None:
    # checked by hand: a bracketed date line, a page number, a 实事 paragraph, a markup line
    assert dates.is_date_line("（2026年1月19日）")
    assert not dates.is_date_line("2026年1月19日印发")
    assert dates.compact_date("20171116") == "2017-11-16"
    assert dates.compact_date("2017111６号") is None
    assert furniture._may_be_page_number("- 12 -")
    assert commitments.practical("2026年区政府民生实事项目")
    assert not commitments.practical("为民办事")
    assert wrapper._markup("<!-- 注释 -->")
    assert not wrapper._markup("各区人民政府：")
