"""Blank-line separated groups of lines: the unit that later stages read.

Extracted gazette text puts a blank line between paragraphs and keeps the lines of a title,
a table or a list together. A group is that run of lines, with its line numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gongbao.read import Line


@dataclass(slots=True)
class Group:
    lines: list[Line]
    #: last input line the group covers (a group joined across a page break ends later)
    end: int = 0
    _table: bool | None = field(default=None, repr=False, compare=False)
    _text: str | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.end and self.lines:
            lines = self.lines
            if len(lines) == 1:  # (most groups: a paragraph on one line)
                self.end = lines[0].last or lines[0].no
            else:
                self.end = max(ln.last or ln.no for ln in lines)

    @property
    def start(self) -> int:
        return self.lines[0].no

    @property
    def text(self) -> str:
        # read by every rule of every later stage; the lines are not changed once a
        # group is made
        if self._text is None:
            self._text = "".join(ln.text.strip() for ln in self.lines)
        return self._text

    @property
    def is_table(self) -> bool:
        # asked of every group many times over; a group's lines do not change once made
        if self._table is None:
            self._table = any("\t" in ln.text for ln in self.lines)
        return self._table


def split_groups(lines: list[Line], skip: set[int]) -> list[Group]:
    """Runs of non-blank lines; skipped lines (furniture) count as blank."""
    groups: list[Group] = []
    current: list[Line] = []
    for ln in lines:
        if ln.no in skip or not ln.text.strip():
            if current:
                groups.append(Group(current))
                current = []
            continue
        current.append(ln)
    if current:
        groups.append(Group(current))
    return groups
