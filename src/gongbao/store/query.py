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

    @property
    def tokens(self) -> list[str]:
        return query_tokens(self.text)[0]

    @property
    def exact_by_index(self) -> bool:
        """Whether the index alone answers the term exactly (see ``tokens``)."""
        return query_tokens(self.text)[1]


@dataclass(slots=True)
class Query:
    #: disjunction of conjunctions: [[t1, t2], [t3]] = (t1 AND t2) OR t3
    groups: list[list[Term]] = field(default_factory=list)

    @property
    def positive(self) -> list[Term]:
        return [t for g in self.groups for t in g if not t.negated]


def parse_query(text: str) -> Query:
    """Parse a query, or raise InputError with one line saying what is wrong with it."""
    text = text.strip()
    if not text:
        raise InputError("empty query: give one or more characters to search for")
    if len(text) > MAX_QUERY:
        raise InputError(f"query is {len(text)} characters; at most {MAX_QUERY} are searched")
    if any(unicodedata_category(ch).startswith("C") for ch in text):
        raise InputError("query has control characters; remove them")
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
            raise InputError(f"'{value}' has nothing to search for")
        q.groups[-1].append(term)
    q.groups = [g for g in q.groups if any(not t.negated for t in g)]
    if not q.groups:
        raise InputError("the query excludes everything and includes nothing")
    return q


def unicodedata_category(ch: str) -> str:
    import unicodedata

    return unicodedata.category(ch)
