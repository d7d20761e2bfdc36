"""Tables from tab-separated rows, as PDF tools extract them.

- A line led by a tab whose only text is in its last column continues the row above
  (a second position of the same person); a tab-led line with several cells is a grouped
  row whose first cells are blank in print (filled from above in ``normalized``).
- A table that a page break split — its header repeated, or not — is merged back when the
  parts are adjacent and have the same columns.
"""

from __future__ import annotations

import re

from gongbao.clean import Group
from gongbao.model import Source, Table

CAPTION = re.compile(r"^(?:续?表\s*[0-9一二三四五六七八九十]+[-—.．]?\d*)\s*\S")
_SENTENCE_END = re.compile(r"[；;。]$")


def rows_of(g: Group) -> list[list[str]]:
    return rows_and_lines(g)[0]


def rows_and_lines(g: Group) -> tuple[list[list[str]], list[int]]:
    """The rows of a table group and the line each starts on."""
    rows: list[list[str]] = []
    lines: list[int] = []
    for ln in g.lines:
        cells = [c.strip() for c in ln.text.split("\t")]
        filled = [k for k, c in enumerate(cells) if c]
        if rows and ln.text.startswith("\t") and len(filled) == 1 and filled[0] == len(cells) - 1:
            prev = rows[-1]
            col = min(filled[0], len(prev) - 1)
            prev[col] = f"{prev[col]}\n{cells[filled[0]]}" if prev[col] else cells[filled[0]]
            continue
        rows.append(cells)
        lines.append(ln.no)
    return rows, lines


_YEAR_LABEL = re.compile(r"(?:19|20)\d{2}\s*年度?")
#: a note in brackets under a column's name: '责任部门(加*号为牵头部门,其余为参与部门)'
_COLUMN_NOTE = re.compile(r"[(（][^()（）]{1,30}[)）]")


def header_like(row: list[str]) -> bool:
    """A header names its columns: short labels, no figures (a year a label names is no
    figure: '2024年建设内容'), no sentence endings."""
    return all(
        len(_COLUMN_NOTE.sub("", c)) <= 20
        and not _SENTENCE_END.search(c)
        and not any(ch.isdigit() for ch in _YEAR_LABEL.sub("", c))
        for c in row
    ) and any(row)


def build_table(g: Group, caption: str | None) -> Table:
    rows, lines = rows_and_lines(g)
    columns = rows[0] if rows and header_like(rows[0]) else []
    skip = 1 if columns else 0
    return Table(
        caption,
        columns,
        rows[skip:],
        source=Source(line=g.start, end_line=g.end),
        row_lines=lines[skip:],
    )


def continues(table: Table, g: Group) -> bool:
    """Whether table group ``g`` is the next part of ``table`` after a page break."""
    rows = rows_of(g)
    if not rows:
        return False
    first = rows[0]
    if table.columns and first == table.columns:
        return True
    width = len(table.columns) or (len(table.rows[0]) if table.rows else 0)
    return len(first) == width and not header_like(first)


def extend(table: Table, g: Group) -> None:
    rows, lines = rows_and_lines(g)
    if table.columns and rows and rows[0] == table.columns:
        rows, lines = rows[1:], lines[1:]
    table.rows.extend(rows)
    table.row_lines.extend(lines)
    table.source.end_line = g.end


def normalize(table: Table) -> None:
    """Fill blank leading cells of grouped rows from the row above; printed rows stay."""
    out: list[list[str]] = []
    for row in table.rows:
        norm = list(row)
        if out:
            prev = out[-1]
            k = 0
            while k < len(norm) - 1 and not norm[k] and k < len(prev):
                norm[k] = prev[k]
                k += 1
        out.append(norm)
    table.normalized = out
