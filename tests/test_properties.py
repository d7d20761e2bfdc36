"""Property tests: no stage raises on arbitrary text; dates in Chinese numerals round-trip."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

import gongbao
from gongbao.numbering import match_number
from gongbao.structure.dates import format_cn_date, parse_date

KEYWORDS = [
    "一、",
    "（一）",
    "1.",
    "（1）",
    "①",
    "第一章",
    "第三条",
    "附件1",
    "附件：",
    "目录",
    "【区政府文件】",
    "- ",
    "\t",
    "\n",
    "\n\n",
    "。",
    "，",
    "**",
    "¹",
    "²",
    "公报",
    "(2026年1月19日)",
    "静府发〔2026〕1号",
    "关于",
    "的通知",
    "（3）",
    "——",
    "表1 ",
    "<ul><li>",
    "PM_{2.5}",
    " and ",
    "各位代表：",
    "有效期至2026年12月31日",
]
chunks = st.one_of(st.sampled_from(KEYWORDS), st.text(max_size=12))


@settings(max_examples=300, deadline=None)
@given(st.lists(chunks, max_size=60))
def test_parse_never_raises_on_grammar_soup(parts: list[str]) -> None:
    issue = gongbao.parse_text("".join(parts))
    issue.to_dict()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_parse_never_raises_on_arbitrary_text(text: str) -> None:
    gongbao.parse_text(text).to_dict()


@given(st.dates(min_value=date(1949, 10, 1), max_value=date(2199, 12, 31)))
def test_chinese_numeral_dates_round_trip(d: date) -> None:
    printed = format_cn_date(d.isoformat())
    assert parse_date(printed) == d.isoformat()
    assert parse_date(f"{d.year}年{d.month}月{d.day}日") == d.isoformat()


@given(st.integers(min_value=1, max_value=99))
def test_numbering_values_round_trip(n: int) -> None:
    import cn2an

    cn = cn2an.an2cn(n)
    num = match_number(f"（{cn}）标题")
    assert num is not None and num.value == n
    num = match_number(f"{n}. 标题")
    assert num is not None and num.value == n
