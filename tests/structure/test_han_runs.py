"""The ideographs around a name, found without a pattern for the name, are what the pattern
finds: the same matches in the same order, on generated texts whose few characters make
names repeat, run together and overlap (where ``finditer``'s leftmost, non-overlapping,
greedy or lazy order decides), and on real lines."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gongbao.structure.han_runs import ideographs_before, ideographs_between, ideographs_fill

#: few characters, ideographs and not: a name is found often, next to itself and across
#: a break in the run of ideographs
_CHARS = "市县局政府族自治州 ,《1"
texts = st.text(alphabet=_CHARS, max_size=40)
names = st.text(alphabet=_CHARS, min_size=1, max_size=4)
bounds = st.tuples(st.integers(0, 4), st.integers(0, 6)).map(lambda b: (b[0], b[0] + b[1]))


@settings(max_examples=3000, deadline=None)
@given(texts, names, bounds, st.booleans())
def test_ideographs_before_is_the_pattern(
    text: str, name: str, b: tuple[int, int], lazy: bool
) -> None:
    least, most = b
    pattern = f"([\\u4e00-\\u9fff]{{{least},{most}}}{'?' if lazy else ''}){re.escape(name)}"
    expected = [(m.start(), m.end(1)) for m in re.finditer(pattern, text)]
    assert ideographs_before(text, name, least, most, lazy) == expected


def _between(first: str, last: str, least: int, most: int) -> str:
    """The pattern ``ideographs_between`` and ``ideographs_fill`` stand for."""
    return f"{re.escape(first)}[\\u4e00-\\u9fff]{{{least},{most}}}?{re.escape(last)}"


@settings(max_examples=3000, deadline=None)
@given(texts, names, names, bounds)
def test_ideographs_between_is_the_pattern(
    text: str, first: str, last: str, b: tuple[int, int]
) -> None:
    least, most = b
    expected = [m.span() for m in re.finditer(_between(first, last, least, most), text)]
    assert ideographs_between(text, first, last, least, most) == expected


@settings(max_examples=3000, deadline=None)
@given(texts, names, names, bounds)
def test_ideographs_fill_is_the_pattern(
    text: str, first: str, last: str, b: tuple[int, int]
) -> None:
    least, most = b
    pattern = _between(first, last, least, most)
    assert ideographs_fill(text, first, last, least, most) == (
        re.fullmatch(pattern, text) is not None
    )


def test_a_place_before_an_organ_on_a_real_line() -> None:
    """'请与宁夏海原县高崖乡卫生院联系' (checked by hand): the ideographs before the organ, eight
    at most, the match starting where they do."""
    line = "如有疑问，请与宁夏海原县高崖乡卫生院联系。"
    name = "高崖乡卫生院"
    ((start, mid),) = ideographs_before(line, name, 2, 8)
    assert line[start:mid] == "请与宁夏海原县"
    assert ideographs_between(
        "楚雄彝族自治州农产品质量检测中心", "楚雄", "族自治州农产品质量检测中心", 1, 10
    ) == [(0, 16)]
