"""The search query language: words are ANDed; "quoted text" is one phrase; OR between
terms; -term or NOT term excludes. Every term matches as an exact substring of a block.

    养老 服务              both, anywhere in the block
    "为老服务"             the phrase
    养老 OR 托育           either
    养老 -机构 / NOT 机构   养老 without 机构
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gongbao.errors import InputError
from gongbao.store.tokens import query_tokens

MAX_QUERY = 200
_TOKEN = re.compile(r'"([^"]*)"|“([^”]*)”|(\S+)')


@dataclass(slots=True)
class Term:
    text: str
    negated: bool = False
    #: ``query_tokens(text)``, worked out once: a search asks for it several times
    _tokenised: tuple[list[str], bool] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def _tokens(self) -> tuple[list[str], bool]:
        if self._tokenised is None:
            self._tokenised = query_tokens(self.text)
        return self._tokenised

    @property
    def tokens(self) -> list[str]:
        return list(self._tokens()[0])

    @property
    def exact_by_index(self) -> bool:
        """Whether the index alone answers the term exactly (see ``tokens``)."""
        return self._tokens()[1]


@dataclass(slots=True)
class Query:
    #: disjunction of conjunctions: [[t1, t2], [t3]] = (t1 AND t2) OR t3
    groups: list[list[Term]] = field(default_factory=list)

    @property
    def positive(self) -> list[Term]:
        return [t for g in self.groups for t in g if not t.negated]


def parse_query(text: str) -> Query:
    """Parse a query, or raise InputError with one line saying what is wrong with it, in
    Chinese: the search page shows it to its reader as it is."""
    text = text.strip()
    if not text:
        raise InputError("搜索词为空：请输入要查找的字词")
    if len(text) > MAX_QUERY:
        raise InputError(f"搜索词有 {len(text)} 个字符，最多 {MAX_QUERY} 个")
    if any(unicodedata_category(ch).startswith("C") for ch in text):
        raise InputError("搜索词含有控制字符，请删去")
    q = Query([[]])
    negate_next = False
    for m in _TOKEN.finditer(text):
        phrase = m.group(1) if m.group(1) is not None else m.group(2)
        word = m.group(3)
        if word == "OR":
            if q.groups[-1]:
                q.groups.append([])
            continue
        if word in ("NOT", "AND"):
            negate_next = word == "NOT"
            continue
        negated = negate_next
        negate_next = False
        value = phrase if phrase is not None else word
        if phrase is None and value.startswith("-") and len(value) > 1:
            negated, value = True, value[1:]
        if not value.strip():
            continue
        term = Term(value, negated)
        if not term.tokens:
            raise InputError(f"“{value}”中没有可查找的字词")
        q.groups[-1].append(term)
    excluded = any(t.negated for g in q.groups for t in g)
    q.groups = [g for g in q.groups if any(not t.negated for t in g)]
    if not q.groups:  # only exclusions, or only empty phrases ('""')
        raise InputError(
            "搜索词只有要排除的词（-词、NOT 词），没有要查找的词"
            if excluded
            else "搜索词为空：请输入要查找的字词"
        )
    return q


def unicodedata_category(ch: str) -> str:
    import unicodedata

    return unicodedata.category(ch)
