"""Property and fixture tests for numbers, magnitudes, ranges and amounts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gongbao.extract.budget import AMOUNT
from gongbao.extract.numbers import parse_value, quantities, to_number


@given(
    st.integers(min_value=1, max_value=99_999),
    st.sampled_from(["名", "户", "张", "人次", "平方米"]),
)
def test_magnitudes_resolve(n: int, unit: str) -> None:
    (q,) = quantities(f"新增{n}万{unit}")
    assert (q.value, q.unit) == (n * 10_000, unit)
    (q,) = quantities(f"新增{n}{unit}")
    assert (q.value, q.unit) == (n, unit)


@given(st.integers(min_value=1, max_value=9_999_999))
def test_thousands_separators(n: int) -> None:
    printed = f"{n:,}"
    assert to_number(printed) == n
    m = AMOUNT.search(f"支出{printed}万元")
    assert m is not None and to_number(m.group("num")) == n


@given(st.integers(min_value=0, max_value=500), st.integers(min_value=1, max_value=500))
def test_ranges(low: int, span: int) -> None:
    v = parse_value(f"{low}-{low + span} (五年累计)")
    assert v is not None
    assert (v.low, v.high, v.qualifier) == (low, low + span, "五年累计")


@given(st.integers(min_value=1, max_value=99))
def test_chinese_numeral_counts(n: int) -> None:
    import cn2an

    (q,) = quantities(f"建设{cn2an.an2cn(n)}个站点")
    assert q.value == n


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "qualifier"),
    [
        ("5%左右 (3535.16亿元)", 5, 5, "%", "左右；3535.16亿元"),
        ("增长 8.67% (524.85 亿元)", 8.67, 8.67, "%", "增长；524.85 亿元"),
        ("50以上 (五年达到)", 50, None, None, "以上；五年达到"),
        ("2-3", 2, 3, None, None),
        ("0.006 (五年年均)", 0.006, 0.006, None, "五年年均"),
        ("完成市下达目标", None, None, None, "完成市下达目标"),
        ("35微克/立方米以下", None, 35, "微克/立方米", "以下"),
    ],
)
def test_values(
    text: str, low: float | None, high: float | None, unit: str | None, qualifier: str | None
) -> None:
    v = parse_value(text)
    assert v is not None
    assert (v.low, v.high, v.unit, v.qualifier) == (low, high, unit, qualifier)
