"""Ideographs around a name the document prints, found without a pattern made for the name.

A pattern such as ``([\\u4e00-\\u9fff]{2,8})`` + the name costs 0.7 ms to compile, its class
of 21,000 ideographs spelled out character by character, for each new name: an issuer's
place is looked for so in nearly every document, and a worker that reads each document once
paid more for those compilations than for reading the names. These functions give what
``re.finditer`` and ``re.fullmatch`` give for such a pattern, the same matches in the same
order, from ``str.find`` and one pattern compiled once.
"""

from __future__ import annotations

import re

#: a run of ideographs (bounded by the caller's ``endpos``)
_IDEOGRAPHS = re.compile(r"[\u4e00-\u9fff]*")


def _run(text: str, at: int, most: int) -> int:
    """How many ideographs (at most ``most``) stand in ``text`` from ``at`` on."""
    m = _IDEOGRAPHS.match(text, at, at + most)
    return m.end() - at if m is not None else 0


def _starts(text: str, literal: str) -> list[int]:
    """Where ``literal`` stands in ``text``, every place (overlapping ones too)."""
    out = []
    at = text.find(literal)
    while at >= 0:
        out.append(at)
        at = text.find(literal, at + 1)
    return out


def ideographs_before(
    text: str, literal: str, least: int, most: int, lazy: bool = False
) -> list[tuple[int, int]]:
    """The matches of ``[\\u4e00-\\u9fff]{least,most}`` (``{least,most}?`` where ``lazy``)
    followed by ``literal`` in ``text``, as ``re.finditer`` finds them: the leftmost first, none
    overlapping. Each is (its start, where ``literal`` starts): the ideographs are
    ``text[start:mid]``, the match ends at ``mid + len(literal)``."""
    places = _starts(text, literal)
    if not places:
        return []
    at_literal = set(places)
    # a match starts ``least`` to ``most`` characters before a place of the literal
    starts = sorted({q - k for q in places for k in range(least, most + 1) if q - k >= 0})
    out: list[tuple[int, int]] = []
    pos = 0
    for s in starts:
        if s < pos:
            continue
        run = _run(text, s, most)
        if run < least:
            continue
        # the engine takes as many ideographs as it may (or as few) and backs off from there
        for k in range(least, run + 1) if lazy else range(run, least - 1, -1):
            if s + k in at_literal:
                out.append((s, s + k))
                pos = s + k + len(literal)
                break
    return out


def ideographs_between(
    text: str, first: str, last: str, least: int, most: int
) -> list[tuple[int, int]]:
    """The matches of ``first`` + ``[\\u4e00-\\u9fff]{least,most}?`` + ``last`` in ``text``, as
    ``re.finditer`` finds them: (start, end) of each."""
    out: list[tuple[int, int]] = []
    pos = 0
    for p in _starts(text, first):
        if p < pos:
            continue
        mid = p + len(first)
        run = _run(text, mid, most)
        for k in range(least, run + 1):
            if text.startswith(last, mid + k):
                end = mid + k + len(last)
                out.append((p, end))
                pos = end
                break
    return out


def ideographs_fill(text: str, first: str, last: str, least: int, most: int) -> bool:
    """Whether ``text`` is ``first``, ``least`` to ``most`` ideographs and ``last``: what
    ``re.fullmatch`` of ``first`` + ``[\\u4e00-\\u9fff]{least,most}`` + ``last`` tells."""
    k = len(text) - len(first) - len(last)
    return (
        least <= k <= most
        and text.startswith(first)
        and text.endswith(last)
        and _run(text, len(first), k) == k
    )
