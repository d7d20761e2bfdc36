"""The bounded map the search answers and snippets are kept in."""

from __future__ import annotations

from gongbao.store.lru import Lru


def test_the_least_recently_used_goes_first() -> None:
    kept: Lru[str, int] = Lru(2)
    kept.put("a", 1)
    kept.put("b", 2)
    assert kept.get("a") == 1  # 'b' is now the least recently used
    kept.put("c", 3)
    assert (kept.get("a"), kept.get("b"), kept.get("c")) == (1, None, 3)


def test_weight_bounds_what_is_held_and_the_too_heavy_is_not_kept() -> None:
    kept: Lru[str, str] = Lru(10, weight=len, largest=6)
    kept.put("abcd", "x")  # 4
    kept.put("abcd", "y")  # the same key again weighs nothing more
    kept.put("efghij", "z")  # 10 in all: both held
    assert (kept.get("abcd"), kept.get("efghij")) == ("y", "z")
    kept.put("k", "w")  # 11: the least recently used ('abcd') goes
    assert (kept.get("abcd"), kept.get("efghij"), kept.get("k")) == (None, "z", "w")
    kept.put("lmnopqr", "v")  # 7 > 6: not kept, nothing pushed out
    assert (kept.get("lmnopqr"), kept.get("efghij")) == (None, "z")
    kept.clear()
    assert kept.get("k") is None
