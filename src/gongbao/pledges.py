"""Pledges to delivery: the practical projects a government lists for a year (为民办实事) linked
to the reports of how each was done (完成情况, 占全年计划) for the same place and year.

A report's row names its project as the list did, often one row per quantity of a list item
that holds several ('新增4000张养老床位、800张…养护床位' → two rows, the second without its
verb). A row is linked to the one pledge whose text holds it — whole, or from its first
number on — and to nothing where no pledge or several do: those rows are listed apart,
never a guess. A pledge is 已完成 when every row linked to it reports its plan done (占全年计划
100% or more; a bare number at least the one promised; or the row says 已完成), 推进中 when
one falls short; without a row, or with a row that says neither, it has no status.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from gongbao.script import to_simplified

DONE, UNDER_WAY = "已完成", "推进中"
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_NOISE = re.compile(r"[\s，,。；;、：:“”‘’\"'（）()《》【】·]")


def words(text: str) -> str:
    """A project's words without punctuation, spacing or script differences."""
    return _NOISE.sub("", to_simplified(text))


def year_of(*texts: str | None) -> int | None:
    """The year a list or its document names first ('2024年上海市为民办实事项目…')."""
    for text in texts:
        if text and (m := _YEAR.search(text)):
            return int(m.group(1))
    return None


@dataclass(frozen=True, slots=True)
class Row:
    """A project as a list or a report prints it, with where it was read."""

    text: str
    progress: str | None
    share: str | None
    document: str
    source: dict[str, Any]
    no: int | None = None
    category: str | None = None

    @property
    def reports(self) -> bool:
        return bool(self.progress or self.share)


def share_done(row: Row) -> float | None:
    m = re.search(r"(\d+(?:\.\d+)?)\s*%", row.share or "")
    return float(m.group(1)) if m else None


def status(rows: list[Row]) -> str | None:
    if not rows:
        return None
    done = []
    for r in rows:
        share = share_done(r)
        if share is not None:
            done.append(share >= 100)
        elif (counted := _counted(r)) is not None:
            done.append(counted)
        elif r.progress and re.search(r"已完成|全面完成|已建成|已竣工", to_simplified(r.progress)):
            done.append(True)
        elif r.progress and re.search(r"推进中|正在|未完成|已开工", to_simplified(r.progress)):
            done.append(False)
        else:
            return None  # a row that says neither: the pledge's state is not told
    return DONE if all(done) else UNDER_WAY


def _counted(row: Row) -> bool | None:
    """A bare number reported against a project of one number ('为300户…' → '347'): whether
    it reaches the number promised."""
    if not row.progress or not re.fullmatch(r"\d+(?:\.\d+)?", row.progress.strip()):
        return None
    promised = re.findall(r"\d+(?:\.\d+)?", row.text)
    if len(promised) != 1:
        return None
    return float(row.progress) >= float(promised[0])


def _holds(pledge: str, row: str) -> bool:
    if row in pledge:
        return True
    at = re.search(r"\d", row)  # the row from its first number: the verb is the list's
    return (
        at is not None
        and at.start() <= 6
        and len(row) - at.start() >= 6
        and row[at.start() :] in pledge
    )


def link(pledges: list[Row], reports: list[Row]) -> tuple[list[dict[str, Any]], list[Row]]:
    """Each pledge with the report rows that are its own, and the rows no single pledge
    holds."""
    found: dict[int, list[Row]] = {k: [] for k in range(len(pledges))}
    apart: list[Row] = []
    texts = [words(p.text) for p in pledges]
    for row in reports:
        w = words(row.text)
        owners = [k for k, t in enumerate(texts) if w and _holds(t, w)]
        if len(owners) == 1:
            found[owners[0]].append(row)
        else:
            apart.append(row)
    out = []
    for k, p in enumerate(pledges):
        rows = found[k]
        out.append(
            {
                "no": p.no,
                "category": p.category,
                "text": p.text,
                "document": p.document,
                "source": p.source,
                "status": status(rows),
                "deliveries": [
                    {
                        "text": r.text,
                        "progress": r.progress,
                        "share": r.share,
                        "document": r.document,
                        "source": r.source,
                    }
                    for r in rows
                ],
            }
        )
    return out, apart
