"""The table of contents: sections (【…】) and entries with page numbers.

Entries wrap over lines ('…关于印发《…》' / '的通知 (3)'); an entry is complete when a page
number closes it, in any of the forms printed: '(3)', '（3）', '……3', '... 3', ' 3'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gongbao.clean import Group
from gongbao.model import Source, TocEntry

TOC_HEAD = re.compile(r"^(目[录錄]|目次|本期目[录錄])$")
_SECTION = re.compile(r"^[【\[［]\s*(?P<name>[^】\]］]{1,30})\s*[】\]］]$")
_PAGE = re.compile(r"(?:\s*[(（]\s*(?P<a>\d{1,4})\s*[)）]|(?:[.…·．。\s]{2,}|\s)(?P<b>\d{1,4}))$")
#: a bullet before an entry; OCR may read it without the space after it ('-2026年…')
_BULLET = re.compile(r"^(?:[-•·●]|\*(?!\*))\s*(?=\S)")


@dataclass(slots=True)
class Toc:
    entries: list[TocEntry]
    start: int  # index of the first group of the contents
    end: int  # index of the first group after it


def find_toc(groups: list[Group], limit: int = 60) -> Toc | None:
    """Contents near the start of the issue, or None (a single document has none)."""
    # (the pattern opens with 目 or 本: other groups are settled by their first character)
    head = next(
        (
            i
            for i, g in enumerate(groups[:limit])
            if g.text[:1] in ("目", "本") and TOC_HEAD.match(g.text)
        ),
        None,
    )
    if head is None:
        return None
    entries: list[TocEntry] = []
    section: str | None = None
    pending: list[tuple[int, str]] = []
    i = head + 1
    while i < len(groups):
        stop = False
        for ln in groups[i].lines:
            text = ln.text.strip()
            if m := _SECTION.match(text):
                section, pending = m.group("name").strip(), []
                continue
            text = _BULLET.sub("", text)
            pending.append((ln.no, text))
            if m := _PAGE.search(text):
                title = "".join(t for _, t in pending)
                title = title[: len(title) - len(m.group(0))].strip()
                page = int(m.group("a") or m.group("b"))
                entries.append(
                    TocEntry(
                        section, title, page, source=Source(line=pending[0][0], end_line=ln.no)
                    )
                )
                pending = []
            elif len(pending) > 3:
                stop = True
                break
        if stop or (pending and not entries):
            break
        if pending:
            # an entry without its page number at a group's end: the contents are over
            break
        i += 1
    if not entries:
        return None
    from gongbao.numbering import match_number

    if sum(1 for e in entries if match_number(e.title) is not None) * 2 > len(entries):
        # most entries numbered sections ('一、概况', '(一)部门职责'): one document's own
        # contents (a budget's, a report's), not an issue's list of its documents
        return None
    return Toc(entries, head, i)
