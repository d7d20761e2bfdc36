"""``ORG_END`` tried only over a line's last characters (``organs.EndPattern``) finds what the
plain pattern finds at every position: the same span on every line of the corpus's signature
and heading families, with and without the line's newline, and within a window (the cleaner
asks it of a text's characters before a date)."""

from __future__ import annotations

import re

import pytest

from gongbao.structure.organs import _ORG_END, ORG_END, ORG_LAST
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


def test_every_ending_the_pattern_can_match_ends_on_a_listed_character() -> None:
    """The guard skips a line whose last character ends no name: every character the pattern
    can end on must be in ``ORG_LAST`` (a new ending added to the pattern alone fails here)."""
    # (before the last character, what the pattern's lookbehinds and longer endings ask:
    # 人大, 妇联, 中共中央, 某某分行, 委员会)
    before = ("某某", "省人", "妇", "中共中", "银行某某分", "委员", "领导小")
    ends = {
        ch
        for ch in map(chr, range(0x4E00, 0xA000))
        if any(_ORG_END.search(b + ch) is not None for b in before)
    }
    assert ends <= ORG_LAST
