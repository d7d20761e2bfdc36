"""Chinese numerals as documents print them, read and written without a library: 十三,
二十一, 一百零五, 两千, 二〇二六 (a year spelt digit by digit), 壹佰 (financial forms), and
the colloquial tail 一千二 (= 1200).

Only whole numbers with the units 十 百 千 万 亿: that is all the rules ask of them (ordinals,
counts, a date's month and day, 'N万' amounts, whose Arabic part is read by ``float``). A form
outside that (units out of order, a digit with no unit between two others) raises ValueError:
the caller extracts nothing rather than guess."""

from __future__ import annotations

from functools import lru_cache

_DIGITS = {
    **dict.fromkeys("〇零○", 0),
    **dict.fromkeys("一壹幺", 1),
    **dict.fromkeys("二贰貳两兩", 2),
    **dict.fromkeys("三叁參叄", 3),
    **dict.fromkeys("四肆", 4),
    **dict.fromkeys("五伍", 5),
    **dict.fromkeys("六陆陸", 6),
    **dict.fromkeys("七柒", 7),
    **dict.fromkeys("八捌", 8),
    **dict.fromkeys("九玖", 9),
}
_UNITS = {**dict.fromkeys("十拾", 10), **dict.fromkeys("百佰", 100), **dict.fromkeys("千仟", 1000)}
_BIG = {**dict.fromkeys("万萬", 10_000), **dict.fromkeys("亿億", 100_000_000)}


@lru_cache(maxsize=2048)
def cn_to_int(text: str) -> int:
    """'二十一' → 21; '一百零五' → 105; '二〇二六' → 2026; '一千二' → 1200.

    A numeral is read only if it is the number's own printing (with 两, 〇, the financial
    forms, or its trailing units left off: 一千二, 三亿五): '一亿一千' could be 100001000 or
    110000000, and is refused."""
    if not text:
        raise ValueError("no numeral")
    if all(c in _DIGITS for c in text):  # digit by digit: a year, a code
        return int("".join(str(_DIGITS[c]) for c in text))
    value = _read(text)
    plain = "".join(_PLAIN.get(c, c) for c in text)
    printed = int_to_cn(value)
    if plain not in (printed, "一" + printed) and (
        plain[-1] in _UNITS or plain[-1] in _BIG or printed.rstrip("十百千万亿") != plain
    ):
        raise ValueError(f"{text!r} is not how {value} is written")
    return value


def _read(text: str) -> int:
    if _DIGITS.get(text[0]) == 0 or _DIGITS.get(text[-1]) == 0:
        raise ValueError(f"零 at an end of {text!r}")
    total = 0  # whole 亿 and 万 groups read so far
    section = 0  # the group being read, below 万
    digit: int | None = None  # a digit waiting for its unit
    last_unit = 0  # the last 十/百/千 of this group: the next must be smaller
    zero = False  # a 零 since that unit: a digit after it is ones, not the next unit down
    for i, c in enumerate(text):
        if c in _DIGITS:
            d = _DIGITS[c]
            if d == 0:
                # 零 stands for a skipped unit (一百零五, 一万零三百), before a digit
                skips = last_unit >= 100 or (i and text[i - 1] in _BIG)
                if digit is not None or zero or not skips or text[i + 1] not in _DIGITS:
                    raise ValueError(f"零 out of place in {text!r}")
                zero = True
                continue
            if digit is not None:
                raise ValueError(f"two digits without a unit in {text!r}")
            digit = d
        elif c in _UNITS:
            unit = _UNITS[c]
            if last_unit and unit >= last_unit:
                raise ValueError(f"units out of order in {text!r}")
            if digit is None:
                # 十三: a bare 十 opening the number counts one ten; a bare 百 or 千 is none
                if unit != 10 or i:
                    raise ValueError(f"{c} without a digit in {text!r}")
                digit = 1
            section += digit * unit
            digit, last_unit, zero = None, unit, False
        elif c in _BIG:
            big = _BIG[c]
            if digit is not None:
                if last_unit > 10 and not zero:  # 一百一万: 110万 or 101万?
                    raise ValueError(f"a digit without its unit before {c} in {text!r}")
                section += _tail(digit, last_unit, zero)
            if section == 0 and (big == 10_000 or not total or text[i - 1] not in "万萬"):
                raise ValueError(f"{c} without a number in {text!r}")  # 一万亿 is one
            if big == 100_000_000:
                total = (total + section) * big
            else:
                if total % 100_000_000 >= 10_000:
                    raise ValueError(f"two 万 in one 亿 in {text!r}")
                total += section * big
            section, digit, last_unit, zero = 0, None, 0, False
        else:
            raise ValueError(f"not a numeral: {c!r} in {text!r}")
    if digit is not None:
        if not last_unit and total and not zero and text[-2:-1] in _BIG:
            # 一万五 = 15000, 两亿三 = 230000000: the digit after a 万/亿 is its next unit down
            big = 10_000 if text[-2] in "万萬" else 100_000_000
            section += digit * big // 10
        else:
            section += _tail(digit, last_unit, zero)
    return total + section


def _tail(digit: int, last_unit: int, zero: bool) -> int:
    """A digit after the group's last unit: ones after a 零 (一百零五), else the unit below
    (一千二 = 1200, 一百一 = 110), or plain ones when no unit came before (五)."""
    if zero or last_unit <= 10:
        return digit
    return digit * last_unit // 10


def cn_amount(text: str) -> float:
    """An amount as the rules capture it: Arabic or Chinese digits and at most one trailing
    magnitude ('1.3万' → 13000, '两千' → 2000, '三百万' → 3000000, '千' → 1000)."""
    plain = text.replace(",", "")
    try:
        return float(plain)
    except ValueError:
        pass
    mag = 1
    if plain and plain[-1] in _BIG:
        plain, mag = plain[:-1], _BIG[plain[-1]]
    if not plain:
        return float(mag)
    try:
        return float(plain) * mag
    except ValueError:
        pass
    if plain[0] in _UNITS:
        plain = "一" + plain  # 千场演出, 百户家庭: a bare unit counts one of it
    return float(cn_to_int(plain) * mag)


_NAMES = "零一二三四五六七八九"
#: a numeral's characters as int_to_cn prints them
_PLAIN = {
    **{c: _NAMES[d] for c, d in _DIGITS.items()},
    **{c: "十百千"[len(str(u)) - 2] for c, u in _UNITS.items()},
    **{c: "万" if b == 10_000 else "亿" for c, b in _BIG.items()},
}


def int_to_cn(n: int) -> str:
    """21 → '二十一', 105 → '一百零五', 1010 → '一千零一十', 10 → '十', 100009452 →
    '一亿零九千四百五十二' (as printed in ordinals, dates and amounts)."""
    if n < 0:
        raise ValueError(f"{n} is negative")
    if n == 0:
        return "零"
    out = _below_yi(n) if n < 100_000_000 else _yi(n)
    return out[1:] if out.startswith("一十") else out


def _yi(n: int) -> str:
    high, low = divmod(n, 100_000_000)
    out = (_below_yi(high) if high < 100_000_000 else _yi(high)) + "亿"
    if low:
        out += ("零" if low < 10_000_000 else "") + _below_yi(low)
    return out


def _below_yi(n: int) -> str:
    high, low = divmod(n, 10_000)
    out = _group(high) + "万" if high else ""
    if high and low:
        out += ("零" if low < 1000 else "") + _group(low)
    elif low:
        out = _group(low)
    return out


def _group(n: int) -> str:
    """1..9999 with 零 for the gaps: 1010 → 一千零一十, 105 → 一百零五."""
    out = ""
    gap = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, unit)
        if d:
            if gap and out:
                out += "零"
            out += _NAMES[d] + name
            gap = False
        else:
            gap = True
    return out
