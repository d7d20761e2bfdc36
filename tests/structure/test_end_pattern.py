"""``ORG_END`` tried only over a line's last characters (``organs.EndPattern``) finds what the
plain pattern finds at every position: the same span on every line of the corpus's signature
and heading families, with and without the line's newline, and within a window (the cleaner
asks it of a text's characters before a date). (That every ending ends on a character of
``ORG_LAST`` is tests/test_fast_paths.py's test.)"""

from __future__ import annotations

import re

import pytest

from gongbao.structure.organs import _ORG_END, ORG_END
from tests.structure.corpus_pages import CORPUS

_FAMILIES = ("redhead", "announcement", "dept-budget", "personnel", "reply")


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m is not None else None


def _lines() -> list[str]:
    out: list[str] = []
    for family in _FAMILIES:
        for path in sorted((CORPUS / family).glob("*.txt")):
            out.extend(path.read_text(encoding="utf-8", errors="replace").splitlines(True))
    return out


def test_the_same_span_as_the_pattern_tried_everywhere() -> None:
    lines = _lines()
    assert len(lines) > 20_000
    tried = found = 0
    for line in lines:
        for text in (line, line.rstrip("\n"), line.strip()):
            tried += 1
            want = _span(_ORG_END.search(text))
            found += want is not None
            assert _span(ORG_END.search(text)) == want, text
            at = len(text) - 2
            if at > 6:
                want = _span(_ORG_END.search(text, at - 6, at))
                assert _span(ORG_END.search(text, at - 6, at)) == want, text
    # (the lines hold organs' names: the check compared matches, not only misses)
    assert found > 2_000, (tried, found)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("某某县人民政府", (5, 7)),  # (the leftmost ending: 政府, not 府)
        ("某县应对疫情工作领导小组", (8, 12)),  # the longest ending, four characters
        ("中国人民银行某某中心支行", (11, 12)),  # a lookbehind of seven characters
        ("国家能源局综合司\n", (7, 8)),  # '$' before a newline
        ("一般公共预算财政拨款收入", None),
        ("", None),
    ],
)
def test_endings_checked_by_hand(text: str, span: tuple[int, int] | None) -> None:
    assert _span(ORG_END.search(text)) == span
    assert _span(_ORG_END.search(text)) == span
