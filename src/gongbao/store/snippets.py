"""A search hit's snippet: the text around the hit, as printed, every match marked.

Matching is done on the folded text (``tokens.fold``), as the index matches, and shown on the
text as printed: the folded text keeps, for each of its characters, where it was printed
(``tokens.fold_offsets``), so a match is found whatever width, case or script the query was
typed in, also where folding changed the block's length ('Ⅱ' → 'ii', '…' → '...'): before,
such a block's snippet fell back to its first characters, and a hit further on was not in
it (issue 14: a table's hit).
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache

from gongbao.script import to_simplified
from gongbao.store.lru import Lru
from gongbao.store.query import Query
from gongbao.store.tokens import fold, fold_offsets

SNIPPET = 60  # characters of context on each side of the first hit


#: characters of block text the snippets kept in memory are made from (a few MB)
KEPT_CHARS = 2_000_000


def term_patterns(q: Query) -> list[re.Pattern[str]]:
    """What each positive term is found by in folded text, longest first: its folded
    characters, with any run of white space for a run of white space (the index reads a
    space, a tab and a line break alike)."""
    return list(_patterns(query_terms(q)))


def query_terms(q: Query) -> tuple[str, ...]:
    """The query's positive terms, folded, longest first (then in text order, so that two
    terms of one length that overlap are marked alike in every process)."""
    terms = {fold(t.text).strip() for t in q.positive}
    return tuple(sorted((t for t in terms if t), key=lambda t: (-len(t), t)))


@lru_cache(maxsize=256)
def _patterns(terms: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(r"\s+".join(map(re.escape, t.split()))) for t in terms)


#: snippets already made, by (block text, query terms): a snippet depends on nothing else, so
#: a page asked again costs no folding; bounded by the characters of the texts held
_kept: Lru[tuple[str, tuple[str, ...]], str] = Lru(
    KEPT_CHARS, weight=lambda key: len(key[0]), largest=KEPT_CHARS // 100
)


def forget() -> None:
    """Drop the snippets kept in memory (a benchmark's cold searches)."""
    _kept.clear()


def snippet(body: str, q: Query) -> str:
    """The text around the first hit, centred on it (``SNIPPET`` characters each side, more
    on one side where the text ends on the other), HTML-escaped, every match in <mark>."""
    return snippet_of(body, query_terms(q))


def snippet_of(body: str, terms: tuple[str, ...]) -> str:
    """``snippet`` for a query's ``query_terms``, worked out once for a page of hits."""
    key = (body, terms)
    found = _kept.get(key)
    if found is None:
        found = _snippet(body, _patterns(terms))
        _kept.put(key, found)
    return found


def _snippet(body: str, patterns: tuple[re.Pattern[str], ...]) -> str:
    lowered = unicodedata.normalize("NFKC", body).lower()  # ``fold`` but for the script
    found = None
    if len(lowered) == len(body):  # almost always: a character folds to one character
        found = _find(to_simplified(lowered), _Positions(None, None), patterns, (body, lowered))
    if found is None:  # folding changed lengths: each folded character knows its printed place
        folded, starts, ends = fold_offsets(body)
        found = _find(folded, _Positions(starts, ends), patterns)
    assert found is not None  # without a check to fail, a window is always found
    start, end, spans = found
    out, pos = [], start
    for a, b in spans:
        out.append(html.escape(body[pos:a]))
        out.append(f"<mark>{html.escape(body[a:b])}</mark>")
        pos = b
    out.append(html.escape(body[pos:end]))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(body) else ""
    return prefix + "".join(out).replace("\n", " ") + suffix


class _Positions:
    """Where the folded text's characters were printed: the same place (``None``), or
    ``starts``/``ends`` from ``fold_offsets``."""

    __slots__ = ("ends", "starts")

    def __init__(self, starts: list[int] | None, ends: list[int] | None) -> None:
        self.starts, self.ends = starts, ends

    def span(self, a: int, b: int) -> tuple[int, int]:
        """The printed characters of the folded [a, b)."""
        if self.starts is None or self.ends is None:
            return a, b
        return self.starts[a], self.ends[b - 1]

    def folded(self, start: int, end: int, size: int) -> tuple[int, int]:
        """The folded characters printed within [start, end)."""
        if self.starts is None or self.ends is None:
            return start, min(end, size)
        return bisect_left(self.starts, start), bisect_right(self.ends, end)


def _find(
    folded: str,
    at: _Positions,
    patterns: tuple[re.Pattern[str], ...],
    check: tuple[str, str] | None = None,
) -> tuple[int, int, list[tuple[int, int]]] | None:
    """The printed window around the first match and the matches in it, sorted and not
    overlapping (a longer term's match wins; one cut by the window's edge is marked as far as
    it is shown). With ``check`` (the printed text and its NFKC lower case, positions taken as
    the folded ones), None when a match does not fold back from the same printed characters
    (one character folded to two and two to one elsewhere)."""
    first: tuple[int, int] | None = None
    for p in patterns:  # longest first: at one position the longest term wins
        m = p.search(folded)
        if m and m.end() > m.start() and (first is None or m.start() < first[0]):
            first = m.span()
    if first is None:  # nothing to show: the block's beginning
        return 0, min(len(folded if check is None else check[0]), 2 * SNIPPET), []
    n = len(folded) if check is None else len(check[0])
    start, end = _window(n, *at.span(*first))
    lo, hi = at.folded(start, end, len(folded))
    reach = max(len(p.pattern) for p in patterns) + 1  # a match the edge cuts starts before
    spans: list[tuple[int, int]] = []
    for p in patterns:
        for m in p.finditer(folded, max(0, lo - reach), min(len(folded), hi + reach)):
            if m.end() == m.start():
                continue
            if check is not None and _refolded(check, m.start(), m.end()):
                return None
            a, b = at.span(m.start(), m.end())
            a, b = max(start, a), min(end, b)
            if a < b and not any(x < b and a < y for x, y in spans):
                spans.append((a, b))
    return start, end, sorted(spans)


def _refolded(check: tuple[str, str], a: int, b: int) -> bool:
    """Whether the printed [a, b) folds to other characters than the folded [a, b)."""
    printed, lowered = check
    return unicodedata.normalize("NFKC", printed[a:b]).lower() != lowered[a:b]


def _window(n: int, a: int, b: int) -> tuple[int, int]:
    """The characters shown for a hit at [a, b) of a text of ``n`` characters."""
    start, end = a - SNIPPET, b + SNIPPET
    if start < 0:
        start, end = 0, end - start
    if end > n:
        start, end = max(0, start - (end - n)), n
    return start, end
