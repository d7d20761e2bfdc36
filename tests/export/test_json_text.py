"""`gongbao parse` prints the export contract with ``json_text.dumps``: the standard
library's text, byte for byte, for the sample and for any value (what it does not encode
itself, ``json.dumps`` does)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gongbao.export.json_text import dumps


def _standard(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


def test_the_samples_export_is_the_standard_librarys_text(sample_dict: dict[str, Any]) -> None:
    text = dumps(sample_dict)
    assert text == _standard(sample_dict)
    assert text.count("\n") == 32683  # the sample's 32,684 lines, as `gongbao parse` printed
    assert text.startswith('{\n "schema": "gongbao/1",\n "issue": {\n  "id": "jingan-2026-01",')


def test_what_it_leaves_to_json_dumps() -> None:
    odd: list[Any] = [
        {1: "a", None: "b", 2.5: "c", False: "d"},  # keys json.dumps turns into strings
        (1, [2, (3,)]),  # tuples print as lists
        [float("nan"), float("inf"), -float("inf")],  # NaN, Infinity
        {"a": {}, "b": [], "c": [[]], "d": [{}]},  # empty containers keep one line
        '\u2028\ud800\x00\x1f"\\/é中',  # escapes, a lone surrogate, what stays as is
        [1e16, -0.0, 2**70, 1.0, 0.1 + 0.2, -(2**63)],
    ]
    for value in odd:
        assert dumps(value) == _standard(value), value
    deep: Any = []
    for _ in range(5000):  # deeper than the recursion limit: json.dumps' own error
        deep = [deep]
    with pytest.raises(RecursionError):
        dumps(deep)


_leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
_values = st.recursive(
    _leaves,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=5), inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.integers() | st.none() | st.booleans(), inner, max_size=3)
    ),
    max_leaves=30,
)


@given(_values)
def test_any_value_prints_as_json_dumps_prints_it(value: Any) -> None:
    assert dumps(value) == _standard(value)
