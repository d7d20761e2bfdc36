"""gongbao.numerals against cn2an, an independent reader of Chinese numerals: on every
canonical numeral the two agree; on every string of up to four numeral characters ours either
agrees or refuses — it never gives a different number — except where cn2an is wrong or
refuses a colloquial form ours reads (listed below, each checked by hand)."""

from __future__ import annotations

import itertools
import random

import cn2an
import pytest

from gongbao.numerals import cn_amount, cn_to_int, int_to_cn


def _theirs(text: str) -> int | float | None:
    try:
        return cn2an.cn2an(text, "smart")  # type: ignore[no-any-return]
    except (ValueError, KeyError, TypeError):
        return None


def _ours(text: str) -> int | None:
    try:
        return cn_to_int(text)
    except ValueError:
        return None


def test_every_canonical_numeral_reads_back_and_writes_as_cn2an_writes_it() -> None:
    numbers = list(range(20_000)) + random.Random(7).sample(range(20_000, 10**8), 5_000)
    for n in numbers:
        printed = cn2an.an2cn(n)
        assert int_to_cn(n) == printed
        assert _ours(printed) == n, printed
        assert _ours(printed.replace("零", "〇")) == n, printed
        assert _ours(cn2an.an2cn(n, "up")) == n, printed  # 壹佰零伍
    # above 一亿 cn2an leaves out the 零 of a skipped 万 group (一亿九千… for 100009000):
    # ours prints it, and reads its own printing back
    for n in random.Random(8).sample(range(10**8, 10**13), 5_000):
        assert _ours(int_to_cn(n)) == n, n


def test_short_strings_agree_or_are_refused() -> None:
    alphabet = "〇零一二三四五六七八九十百千两万亿"
    read = 0
    for size in range(1, 5):
        for chars in itertools.product(alphabet, repeat=size):
            text = "".join(chars)
            ours = _ours(text)
            if ours is None:
                continue
            read += 1
            theirs = _theirs(text)
            if theirs is None and text[-2:-1] == "亿":
                # '三亿五' = 350000000, read as '三万五' is (cn2an refuses this one form)
                assert ours == cn_to_int(text[:-1]) + cn_to_int(text[-1]) * 10**7
                continue
            assert ours == theirs, text
    assert read == 25_574  # of 88,740 strings: the rest are no numeral (十百, 零十, 一百一万)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # checked by hand
        ("二〇二六", 2026),
        ("十三", 13),
        ("一百零五", 105),
        ("一千二", 1200),
        ("一万五", 15000),
        ("一亿零一十万", 100_100_000),  # cn2an reads 一亿十万 as 100000000; ours refuses it
        ("三亿五千万", 350_000_000),
        ("一万亿", 10**12),
        ("贰拾", 20),
    ],
)
def test_numerals_read_by_hand(text: str, value: int) -> None:
    assert cn_to_int(text) == value


@pytest.mark.parametrize(
    "text", ["十百", "零十", "一百一万", "一万十", "万", "一亿亿", "十A", "一亿十万", "一亿一千"]
)
def test_forms_that_are_no_numeral_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        cn_to_int(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.3万", 13000.0), ("13250", 13250.0), ("两千", 2000.0), ("千", 1000.0), ("三百万", 3e6)],
)
def test_amounts(text: str, value: float) -> None:
    assert cn_amount(text) == value
