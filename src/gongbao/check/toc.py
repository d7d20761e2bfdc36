"""Contents entries whose wording differs from the title printed in the body."""

from __future__ import annotations

import re

from gongbao.model import Issue, Problem

_SPACE = re.compile(r"\s+")


def toc_wording(issue: Issue) -> list[Problem]:
    out: list[Problem] = []
    for entry in issue.toc:
        if entry.document is None:
            continue
        title = issue.document(entry.document).title
        if _SPACE.sub("", entry.title) != _SPACE.sub("", title):
            out.append(
                Problem(
                    "toc_title_differs",
                    f"contents: '{entry.title}'; body: '{title}'",
                    entry.document,
                    entry.source,
                )
            )
    return out
