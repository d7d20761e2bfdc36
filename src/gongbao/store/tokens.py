"""Search tokens: overlapping character bigrams, as Lucene's CJK analyzer makes them.

Text is NFKC-normalised and lower-cased, then cut into runs of letters and digits; each run
gives its bigrams (and every character a unigram, for one-character queries). Bigrams never
cross punctuation, and a break token stands between runs, so a phrase of bigrams matches
exactly the runs it was made from: a query of letters and digits is answered by the index
alone; a query with punctuation or spaces is narrowed by the index and confirmed against the
text.

    '静安区“十五五”规划' → runs 静安区 · 十五五 · 规划
        bigrams: 静安 安区 brk0 十五 五五 brk0 规划
"""

from __future__ import annotations

import re
import unicodedata

BREAK = "brk0"  # four characters: never a bigram
_RUN = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def runs(text: str) -> list[str]:
    return _RUN.findall(fold(text))


def bigram_stream(text: str) -> str:
    """Space-separated bigram tokens of ``text`` with break tokens between runs."""
    return _bigrams(runs(text))


def _bigrams(rs: list[str]) -> str:
    out: list[str] = []
    for run in rs:
        out.extend(map(str.__add__, run, run[1:]))
        out.append(BREAK)
    return " ".join(out)


def unigram_stream(text: str) -> str:
    return " ".join("".join(runs(text)))


def index_stream(text: str) -> str:
    """What a block is indexed by: its bigrams (with positions), then its characters."""
    rs = runs(text)
    return f"{_bigrams(rs)} {' '.join(''.join(rs))}"


def run_tokens(run: str) -> list[str]:
    """The tokens a query run is looked up by: its bigrams, or itself when one character."""
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]
