"""The structure side's shortcuts for short documents (issue 10, per family speed): each
finds exactly what the plain way finds. Checked on every line and paragraph of the sample and
of the corpus's text files, on generated text made of the characters the patterns read, and
on hand-made cases where the shortcut's bound is reached."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from gongbao.docnumber import DOC_NUMBER, _past_date, doc_numbers
from gongbao.titles import TITLE_END, title_end

ROOT = Path(__file__).resolve().parent.parent


@cache
def _texts() -> tuple[str, ...]:
    """Every line of the sample and of the corpus's text files, stripped and not, and each
    file's paragraphs (blank-line separated, joined as the outline joins a group)."""
    files = [ROOT / "samples" / "jingan-2026-01.txt"]
    files += sorted((ROOT / "tests" / "corpus").rglob("*.txt"))
    out: set[str] = set()
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            out.update((line, line.strip()))
        for para in text.split("\n\n"):
            out.add("".join(ln.strip() for ln in para.splitlines()))
    return tuple(sorted(out))


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def _pattern(text: str) -> list[re.Match[str]]:
    """What ``doc_numbers`` must find: the pattern's matches over the whole text, each
    without a date's 日 run onto its code (``_past_date``, as written)."""
    return [k for m in DOC_NUMBER.finditer(text) if (k := _past_date(text, m)) is not None]


def test_doc_numbers_are_the_pattern_matches_on_the_corpus() -> None:
    texts = _texts()
    found = 0
    for text in texts:
        want = _spans(_pattern(text))
        assert _spans(doc_numbers(text)) == want, text
        found += len(want)
    assert found > 300  # 404 matches when written: the check is not empty


#: the longest matches each alternative allows, and text around them that a bounded search
#: must not cut: a 20-character code with a bracketed part, a 12-digit 字第 serial, a
#: 20-character 公告 issuer, '第N号令', 号 that belongs to no 文号 before and inside a code
_EDGES = [
    "关于印发" + "甲" * 12 + "（乙丙丁）戊己庚〔2026〕第12345号的通知",
    "〔1996〕" + "武" * 12 + "字第123456789012号",
    "根据" + "国" * 20 + "公告2018年第1234号规定",
    "经研究第12345号令公布",
    "号召号召" + "静府发〔2026〕1号" + "号",
    "编号号码甲号乙号静号府号发〔2026〕12号",
    "甲" * 60 + "令第三号" + "乙" * 60 + "静府发〔2026〕1号",
    "静府发〔2026〕1号" * 5,
    "第1号第2号令第3号令",
    "根据某某人民政府令第一〇二号，《关于某事的通知》（国发〔2003〕19号）",
    # a date run onto the code: its 日 is not the code's
    "(1985年5月4日皖政〔1985〕38号)  根据" + "甲" * 40 + "二〇〇四年六月二十三日酒政发〔2004〕89号",
    "5月4日〔1985〕38号，日照市政发〔2004〕8号",
    # a term's number, a 届 outside brackets, an older form's two-figure year: the words
    # and brackets the search looks for before it tries the pattern
    "〔十一届〕第二十五号，［十二屆］第3号，区人大十八届第四次会议第39号建议",
    "(78)交公路字412号、〈2009〉7号、宁政发<2009>7号",
]


def test_doc_numbers_at_the_bounds() -> None:
    for text in _EDGES:
        assert _spans(doc_numbers(text)) == _spans(_pattern(text)), text
    # the longest code is found whole, as the pattern finds it
    assert [m.group(0) for m in doc_numbers(_EDGES[0])] == [_EDGES[0][4:-3]]


_DOC_CHARS = "静府发办函令第号號字公通告年月日届屆〔〕[]【】［］（）()﹝﹞„‟〈〉<>文0123456789一二三十〇甲乙 ，。《》"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_DOC_CHARS, max_size=120))
def test_doc_numbers_are_the_pattern_matches_on_generated_text(text: str) -> None:
    assert _spans(doc_numbers(text)) == _spans(_pattern(text))


def _span(m: object) -> tuple[int, int] | None:
    return m.span() if m is not None else None  # type: ignore[attr-defined]


def test_title_end_is_the_pattern_match_on_the_corpus() -> None:
    found = 0
    for text in _texts():
        want = _span(TITLE_END.search(text))
        assert _span(title_end(text)) == want, text
        found += want is not None
    assert found > 300  # 484 lines end like a title when written: the check is not empty


#: the longest endings: a three-character kind word and a note of sixteen characters in
#: brackets, with and without space before it, and a last line break ('$' stands before it)
_TITLE_EDGES = [
    "甲" * 40 + "一览表（" + "乙" * 16 + "）",
    "甲" * 40 + "办法 （" + "乙" * 16 + "）",
    "甲" * 40 + "办法　　（试行）",
    "甲" * 40 + "的通知\n",
    "甲" * 40 + "通知》",
    "通知" + "甲" * 40,
]


def test_title_end_at_the_bounds() -> None:
    for text in _TITLE_EDGES:
        assert _span(title_end(text)) == _span(TITLE_END.search(text)), text
    assert title_end(_TITLE_EDGES[0]) is not None  # the longest ending is found
    assert title_end(_TITLE_EDGES[5]) is None


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="通知办法一览表的（）()》 \n甲乙试行", max_size=60))
def test_title_end_is_the_pattern_match_on_generated_text(text: str) -> None:
    assert _span(title_end(text)) == _span(TITLE_END.search(text))


def test_cheap_tests_turn_away_only_what_the_patterns_reject() -> None:
    from gongbao.structure import outline, tail

    held = {"signed date": 0, "lead": 0}
    for text in _texts():
        if tail._SIGNED_DATE.match(text):
            held["signed date"] += 1
            assert tail._may_hold_date(text), text
        if outline._LEAD_PLAIN.match(text):
            held["lead"] += 1
            assert "。" in text[3:21], text
    assert min(held.values()) > 30  # 47 and 1,837 lines when written: the checks are not empty


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="2026年1月日二〇-./ 某局。，甲乙", max_size=40))
def test_cheap_tests_on_generated_text(text: str) -> None:
    from gongbao.structure import outline, tail

    if tail._SIGNED_DATE.match(text):
        assert tail._may_hold_date(text)
    if outline._LEAD_PLAIN.match(text):
        assert "。" in text[3:21]


def test_reported_words_test_agrees_with_the_pattern() -> None:
    from gongbao import structure

    held = 0
    for text in _texts():
        want = structure._REPORTED.search(text) is not None
        assert structure._reported(text) == want, text
        held += want
    assert held > 5  # 10 lines of news reports when written: the check is not empty
    for text in ("本报讯 近日", "（北京讯）某某", "据新华社报道", "（央视新闻讯） 某"):
        assert structure._reported(text) == (structure._REPORTED.search(text) is not None)
