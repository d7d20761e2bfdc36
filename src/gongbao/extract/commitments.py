"""Practical projects promised to the people (为民办实事项目, 民生实事, 十件实事): the
numbered items under a heading or document that names them, with their quantities."""

from __future__ import annotations

import re

from gongbao.extract.numbers import quantities
from gongbao.extract.walk import number_of, source, walk
from gongbao.facts import Commitment
from gongbao.model import Issue

PRACTICAL = re.compile(r"(办实事|民生实事|件实事|实事项目|惠民实事|民心工程|辦實事|民生實事)")
_NOTE = re.compile(r"\s*[（(][^)）]*(?:项目|项|个)[^)）]*[)）]\s*$")


def category(heading: str) -> str:
    """'八、城区环境方面（3个项目）' → '城区环境方面'."""
    return _NOTE.sub("", heading).strip()


def extract(issue: Issue) -> dict[str, list[object]]:
    out: list[object] = []
    for doc in issue.documents:
        in_doc = bool(PRACTICAL.search(doc.title))
        for block, above in walk(doc):
            if block.type != "paragraph" or not block.num or block.children:
                continue
            heads = [b for b in above if b.type == "heading"]
            if not (in_doc or any(PRACTICAL.search(h.text) for h in heads)):
                continue
            if any(h.type == "heading" and h.num and h.num.startswith("附件") for h in heads):
                continue
            cat = category(heads[-1].text) if heads and heads[-1].num else None
            no = number_of(block)
            if no is None:
                continue
            out.append(
                Commitment(doc.id, no, cat, block.text, quantities(block.text), source(doc, block))
            )
    return {"commitments": out}
