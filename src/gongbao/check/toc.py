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


def truncation(issue: Issue) -> list[Problem]:
    """Contents entries missing from the body all at the end: the issue was cut off."""
    missing = [k for k, e in enumerate(issue.toc) if e.document is None]
    if not missing or missing != list(range(len(issue.toc) - len(missing), len(issue.toc))):
        return []
    last = issue.documents[-1] if issue.documents else None
    return [
        Problem(
            "issue_truncated",
            f"the issue ends before {len(missing)} of its {len(issue.toc)} contents "
            f"entries; it stops at line {last.source.end_line if last else '?'}",
            last.id if last else None,
            issue.toc[missing[0]].source,
        )
    ]
