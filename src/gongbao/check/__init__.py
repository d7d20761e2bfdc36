"""Check: audits of an issue's own consistency. Each rule reads the parsed issue and returns
problems; none changes it. Rules run in the order listed in ``RULES``."""

from __future__ import annotations

from collections.abc import Callable

from gongbao.check.footnotes import footnote_markers
from gongbao.check.numbering import numbering_gaps
from gongbao.check.toc import toc_wording, truncation
from gongbao.model import Issue, Problem

Rule = Callable[[Issue], list[Problem]]

RULES: list[tuple[str, Rule]] = [
    ("toc_wording", toc_wording),
    ("truncation", truncation),
    ("numbering_gaps", numbering_gaps),
    ("footnote_markers", footnote_markers),
]


def run_checks(issue: Issue) -> list[Problem]:
    out: list[Problem] = []
    for _name, rule in RULES:
        out.extend(rule(issue))
    return out
