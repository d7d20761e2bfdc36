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
                    f"目录为“{entry.title}”，正文标题为“{title}”",
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
            f"目录列出{len(issue.toc)}篇文件，正文缺少最后{len(missing)}篇："
            + (f"正文止于第{last.source.end_line}行" if last else "正文中没有文件"),
            last.id if last else None,
            issue.toc[missing[0]].source,
        )
    ]
