"""Tables set without rules on a PDF page: consecutive printed lines whose runs of glyphs
(split at gaps of an em of the type or more) fall into the same columns, at least three
columns or two with numbers, over at least three rows, are rows of a table, as a ruled table
gives them (read.pdf's Grid: emitted as tab-separated rows).

- columns are the x spans of the rows' runs, merged where they overlap; a heading set left
  over numbers set right joins its column; each column's cells start, end or centre at one x;
- a line of one run among the rows is a wrapped cell where geometry says so (under the start
  of a cell of the row above that ran to its column's edge, no further from it than rows are
  apart, and nearer to it than to the line below); anything else ends the table, and a
  stretch of lines that does not read as one table stays as it is, whole.
"""

from __future__ import annotations

import re
import statistics

from gongbao.read.pdf import Glyph, Grid, Printed, _join

#: a cell holding a number: amounts with thousands separators, decimals, percentages
_NUMBER = re.compile(r"^[-+−]?[（(]?[\d,，.．]*\d[\d,，.．]*[)）]?%?$")


def _runs(ln: Printed) -> list[list[Glyph]]:
    """The line's glyphs split where they are an em of the type or more apart (``size`` is the
    height of a glyph's box, about 1.4 em), sorted by x."""
    out: list[list[Glyph]] = []
    for g in ln.glyphs:
        if out and g.x0 - out[-1][-1].x1 < 0.7 * ln.size:
            out[-1].append(g)
        else:
            out.append([g])
    return out


def _run_text(glyphs: list[Glyph]) -> str:
    part = Printed(list(glyphs))
    part.finish()
    return part.text


def tables(items: list[Printed | Grid]) -> list[Printed | Grid]:
    """Items in reading order, with the stretches of lines that are tables set without rules
    made into tables. A stretch that does not read as one table stays as it is, whole (no
    table is begun in the middle of one)."""
    runs = [_runs(it) if isinstance(it, Printed) else [] for it in items]
    out: list[Printed | Grid] = []
    k = 0
    while k < len(items):
        if len(runs[k]) < 2:
            out.append(items[k])
            k += 1
            continue
        end = _stretch(items, runs, k)
        found = _table_at(items, runs, k, end)
        if found is None:
            out += items[k:end]
            k = end
        else:
            grid, k = found
            out.append(grid)
    return out


def _stretch(items: list[Printed | Grid], runs: list[list[list[Glyph]]], start: int) -> int:
    """The end of the lines of two runs or more from ``start``, with lines of one run among
    them (at most two together) that start under a run of the line of several above and
    stop short of its next run: a wrapped cell may be one."""
    end = last = start
    while end < len(items):
        here = runs[end]
        if len(here) >= 2:
            last = end
        elif not (len(here) == 1 and end - last <= 2 and _under(here[0], runs[last], items[end])):
            break
        end += 1
    return end


def _under(run: list[Glyph], row: list[list[Glyph]], line: Printed | Grid) -> bool:
    em = line.size if isinstance(line, Printed) else 0.0
    x0, x1 = run[0].x0, max(g.x1 for g in run)
    return any(
        abs(x0 - cell[0].x0) <= em / 2 and (i + 1 == len(row) or x1 < row[i + 1][0].x0)
        for i, cell in enumerate(row)
    )


def _table_at(
    items: list[Printed | Grid], runs: list[list[list[Glyph]]], start: int, end: int
) -> tuple[Grid, int] | None:
    """The table that begins with line ``start`` of a stretch ending at ``end``, and the index
    after its last line: its lines of two runs or more are its rows; a line of one run is a
    wrapped cell where geometry says so, else the table ends there."""
    rows = [k for k in range(start, end) if len(runs[k]) >= 2]
    block = [items[k] for k in rows]
    lines = [ln for ln in block if isinstance(ln, Printed)]
    if len(lines) < 3:
        return None
    em = statistics.median(ln.size for ln in lines)
    cols = _columns([runs[k] for k in rows], em)
    if len(cols) > 40:  # no gazette table is that wide: scattered glyphs
        return None
    cols = _heads_over(cols, [runs[k] for k in rows], em)
    cells = {
        k: [
            [g for run in runs[k] for g in run if a <= run[0].x0 and run[-1].x1 <= b]
            for a, b in cols
        ]
        for k in rows
    }
    texts = {k: [_run_text(c) if c else "" for c in cells[k]] for k in rows}
    numeric = any(
        sum(1 for k in rows if _NUMBER.match(texts[k][c])) >= 2 / 3 * len(rows)
        for c in range(1, len(cols))
    )
    if len(cols) < 2 or (len(cols) < 3 and not numeric):
        return None
    for c in range(len(cols)):
        spans = [(cell[0].x0, max(g.x1 for g in cell)) for k in rows if (cell := cells[k][c])]
        if not _aligned(spans, em):
            return None
    pitch = statistics.median(lines[i].base - lines[i + 1].base for i in range(len(lines) - 1))
    out: list[list[str]] = []
    last = row = start
    for k in range(start, end):
        line = items[k]
        if not isinstance(line, Printed):
            break
        if k in texts:
            out.append(texts[k])
            last = row = k
            continue
        nxt = items[k + 1] if k + 1 < len(items) else None
        col = _continues(line, items[last], nxt, cells[row], cols, pitch, em)
        if col is None or len(runs[k]) != 1:
            break
        out[-1][col] = _join(out[-1][col], line.text)
        last = k
    if len(out) < 3:
        return None
    members = items[start : last + 1]
    grid = Grid(
        min(it.x0 for it in members),
        min(it.y0 for it in members),
        max(it.x1 for it in members),
        max(it.y1 for it in members),
        out,
    )
    return grid, last + 1


def _columns(rows: list[list[list[Glyph]]], em: float) -> list[tuple[float, float]]:
    """Columns: the x spans of the rows' runs, merged where they overlap."""
    spans = sorted((run[0].x0, max(g.x1 for g in run)) for row in rows for run in row)
    out: list[tuple[float, float]] = []
    for a, b in spans:
        if out and a < out[-1][1] + 0.3 * em:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _heads_over(
    cols: list[tuple[float, float]], rows: list[list[list[Glyph]]], em: float
) -> list[tuple[float, float]]:
    """A column holding only the first row's cell (a heading set left over numbers set right)
    joins the nearer neighbouring column that has no cell in the first row; where both
    neighbours are as near, the columns stay apart."""

    def rows_in(c: int) -> set[int]:
        a, b = cols[c]
        return {r for r, row in enumerate(rows) if any(a <= run[0].x0 <= b for run in row)}

    c = 0
    while c < len(cols):
        if rows_in(c) != {0}:
            c += 1
            continue
        near: list[tuple[float, int]] = []
        for n in (c - 1, c + 1):
            if 0 <= n < len(cols) and 0 not in rows_in(n):
                near.append((max(cols[n][0] - cols[c][1], cols[c][0] - cols[n][1]), n))
        near.sort()
        if not near or (len(near) == 2 and near[1][0] - near[0][0] < em / 2):
            c += 1
            continue
        n = near[0][1]
        a, b = min(c, n), max(c, n)
        cols[a : b + 1] = [(cols[a][0], cols[b][1])]
        c = a + 1
    return cols


def _aligned(cells: list[tuple[float, float]], em: float) -> bool:
    """Most cells of a column start, end or centre at one x."""
    if len(cells) < 2:
        return True
    for edge in (
        [a for a, _ in cells],
        [b for _, b in cells],
        [(a + b) / 2 for a, b in cells],
    ):
        mid = statistics.median(edge)
        if sum(1 for e in edge if abs(e - mid) <= 0.5 * em) >= 2 / 3 * len(cells):
            return True
    return False


def _continues(
    line: Printed,
    prev: Printed | Grid,
    nxt: Printed | Grid | None,
    row: list[list[Glyph]],
    cols: list[tuple[float, float]],
    pitch: float,
    em: float,
) -> int | None:
    """The column whose cell of the row above a line of one run continues (the cell's text
    wrapped): the line lies in that column under the cell's start, the cell ran to the
    column's right edge, and the line is no further from the line above than rows are apart
    and nearer to it than to the line below. None: the table ends there."""
    col = next(
        (c for c, (a, b) in enumerate(cols) if a - em / 2 <= line.x0 and line.x1 <= b + em / 2),
        None,
    )
    if col is None or not isinstance(prev, Printed):
        return None
    cell = row[col]
    if (
        not cell
        or abs(cell[0].x0 - line.x0) > em / 2
        or max(g.x1 for g in cell) < cols[col][1] - 1.5 * em
    ):
        return None
    above = prev.base - line.base
    if above > 1.15 * pitch:
        return None
    if isinstance(nxt, Printed) and line.base - nxt.base < above - 0.1 * em:
        return None  # nearer the row below: a cell set in the middle of its row, unclear
    return col
