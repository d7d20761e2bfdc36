"""Page geometry of a PDF page read with PDFium: which way its text runs and its columns.

- turned text: PDFium gives glyph boxes in page space, whatever the page's /Rotate and the
  text matrix. Text is read along its baselines: the page is turned (in quarter turns) so
  that most glyphs read left to right, top to bottom. A landscape table stored on a portrait
  page with /Rotate 90 or 270, and text drawn at 90° on an upright page, read alike.
- two columns: a vertical gutter free of glyphs over a stretch of printed lines, with lines
  on both sides that fill their column (set text, not a list whose left words happen to
  align). Such a block is read left column, then right column; lines crossing the gutter
  (titles, a paragraph across the page) stay where they are. The columns are laid one under
  the other in page units, each keeping its left indent and its space before the right
  edge, so the paragraph rules read them as a page of one column.
- tables without rules: read.pdf_unruled, in each column and across the page.
"""

from __future__ import annotations

import bisect
import itertools
import math
import statistics
from collections import Counter

from gongbao.read.pdf import Glyph, Grid, Printed, _lines
from gongbao.read.pdf_unruled import tables

Box = tuple[float, float, float, float]


def quarter(angles: Counter[int]) -> int:
    """The quarter turns (PDFium's char angle, clockwise) most glyphs of a page are set at."""
    return angles.most_common(1)[0][0] if angles else 0


def turn(box: Box, q: int, width: float, height: float) -> Box:
    """A box in page space (``width`` × ``height``, unrotated) as seen with the page turned so
    that text set at ``q`` clockwise quarter turns reads upright; still y up, inside the
    turned page."""
    x0, y0, x1, y1 = box
    if q == 1:  # baselines run down the page
        return height - y1, x0, height - y0, x1
    if q == 2:
        return width - x1, height - y1, width - x0, height - y0
    if q == 3:  # baselines run up the page
        return y0, width - x1, y1, width - x0
    return box


def layout(
    flow: list[Glyph],
    grids: list[Grid],
    aside: list[tuple[list[Glyph], bool]] | None = None,
) -> list[Printed | Grid]:
    """The page's printed lines and tables in reading order (columns read one after the other,
    with the page units of a column laid under the one before); glyphs set another way than
    the page's text (``aside``, from ``upright``) are read before or after it."""
    rows: list[Printed | Grid] = [*(_lines(flow) if flow else []), *grids]
    rows.sort(key=lambda it: -it.y1)
    blocks = _blocks(rows)
    items = _unfold(rows, *blocks) if blocks else tables(rows)
    for group, before in aside or []:
        lines: list[Printed | Grid] = list(_lines(group))
        lines.sort(key=lambda it: -it.y1)
        if items and lines:
            gap = 2 * statistics.median(ln.size for ln in lines if isinstance(ln, Printed))
            if before:
                shift = max(it.y1 for it in items) + gap - min(it.y0 for it in lines)
            else:
                shift = min(it.y0 for it in items) - gap - max(it.y1 for it in lines)
            for ln in lines:
                ln.y0 += shift
                ln.y1 += shift
                if isinstance(ln, Printed):
                    ln.base += shift
        items = [*lines, *items] if before else [*items, *lines]
    return items


def _blocks(rows: list[Printed | Grid]) -> tuple[float, list[tuple[int, int]]] | None:
    """The x of a gutter between two columns and the stretches of rows (start, end) it runs
    through, or None for a page of one column. Only lines with a gap of half an em inside
    them can show a gutter: a page of set text has none and costs one pass."""
    lines = [ln for ln in rows if isinstance(ln, Printed)]
    if len(lines) < 6:
        return None
    em = statistics.median(ln.size for ln in lines)
    x0 = min(ln.x0 for ln in lines)
    x1 = max(ln.x1 for ln in lines)
    width = x1 - x0
    if width < 16 * em:
        return None
    gaps = {id(ln): _gaps(ln, em) for ln in lines}
    low, high = x0 + 0.3 * width, x1 - 0.3 * width
    candidates = sorted(
        {
            round(x, 1)
            for spans in gaps.values()
            for a, b in spans
            for x in (a + em / 4 + 0.1, (a + b) / 2, b - em / 4 - 0.1)
            if low <= x <= high
        }
    )
    candidates = candidates[:: len(candidates) // 200 + 1]  # a page of odd gaps stays cheap
    best: tuple[int, float, float] | None = None  # (lines with text both sides, -off-centre, x)
    for x in candidates:
        both = sum(1 for ln in lines if _free(ln, gaps[id(ln)], x, em) == 2)
        key = (both, -abs(x - (x0 + x1) / 2), x)
        if best is None or key > best:
            best = key
    if best is None or best[0] < 3:
        return None
    gx = best[2]
    blocks: list[tuple[int, int]] = []
    start: int | None = None
    for k, it in enumerate([*rows, None]):
        free = isinstance(it, Printed) and _free(it, gaps[id(it)], gx, em) > 0
        if free and start is None:
            start = k
        elif not free and start is not None:
            for a, b in _split(rows, start, k, gx, em):
                first, end = _trim(rows, a, b)
                block = [ln for ln in rows[first:end] if isinstance(ln, Printed)]
                if _columns_fill(block, gx, em):
                    blocks.append((first, end))
            start = None
    return (gx, blocks) if blocks else None


def _split(
    rows: list[Printed | Grid], start: int, end: int, gx: float, em: float
) -> list[tuple[int, int]]:
    """The stretch of rows cut at a line with text on one side of the gutter only, where the
    other side has text above and below it but none beside it (half an em clear): a heading
    across the page between two stretches of columns, not the short last line of a
    paragraph in one column."""
    sides = [
        (any(g.x1 <= gx for g in ln.glyphs), any(g.x0 >= gx for g in ln.glyphs))
        if isinstance(ln, Printed)
        else (False, False)
        for ln in rows[start:end]
    ]
    # the rows with text on each side, in page order (the nearest rows in y are neighbours)
    having = [[j for j in range(start, end) if sides[j - start][s]] for s in (0, 1)]
    out: list[tuple[int, int]] = []
    first = start
    for k in range(start, end):
        left, right = sides[k - start]
        if left == right:
            continue
        near = having[1 if left else 0]
        at = bisect.bisect(near, k)
        if at == 0 or at == len(near):
            continue  # the other column ends (or begins) here: no line across
        if not any(
            rows[j].y0 <= rows[k].y1 + em / 2 and rows[j].y1 >= rows[k].y0 - em / 2
            for j in near[max(0, at - 2) : at + 2]
        ):
            out.append((first, k))
            first = k + 1
    out.append((first, end))
    return [(a, b) for a, b in out if b > a]


def _gaps(ln: Printed, em: float) -> list[tuple[float, float]]:
    """The spaces of half an em or more between the line's glyphs (sorted by x)."""
    out: list[tuple[float, float]] = []
    right = ln.glyphs[0].x1
    for g in ln.glyphs[1:]:
        if g.x0 - right >= em / 2:
            out.append((right, g.x0))
        right = max(right, g.x1)
    return out


def _free(ln: Printed, gaps: list[tuple[float, float]], x: float, em: float) -> int:
    """0: a glyph of the line lies within a quarter em of x (a gutter is half an em wide or
    more); else 1, or 2 where the line has glyphs on both sides of x."""
    if x - em / 4 >= ln.x1 or x + em / 4 <= ln.x0:
        return 1
    return 2 if any(a <= x - em / 4 and x + em / 4 <= b for a, b in gaps) else 0


def _trim(rows: list[Printed | Grid], start: int, end: int) -> tuple[int, int]:
    """Leave out of a block the lines at its ends with text on one side only that stand
    further from it than its lines stand apart (a short line of the text above or below)."""
    block = rows[start:end]
    if len(block) < 4:
        return start, end
    pitch = statistics.median(a.y0 - b.y1 for a, b in itertools.pairwise(block))
    tol = max(pitch, 0.0) + 0.5 * statistics.median(
        ln.size for ln in block if isinstance(ln, Printed)
    )
    while end - start > 3 and rows[end - 2].y0 - rows[end - 1].y1 > tol:
        end -= 1
    while end - start > 3 and rows[start].y0 - rows[start + 1].y1 > tol:
        start += 1
    return start, end


def _columns_fill(block: list[Printed], gx: float, em: float) -> bool:
    """Set text in two columns: lines on both sides, most of them running the width of their
    column without a gap of an em in them, and wide columns of comparable width (a list of
    short names beside long posts, signatures side by side, a table's columns, a narrow
    column of numbers are not). ``em`` is a glyph box's height, about 1.4 em of the type."""
    widths: list[list[float]] = [[], []]
    edges: list[list[float]] = [[], []]
    gaps = [0, 0]
    for ln in block:
        for s, part in enumerate(
            ([g for g in ln.glyphs if g.x1 <= gx], [g for g in ln.glyphs if g.x0 >= gx])
        ):
            if part:
                a, b = min(g.x0 for g in part), max(g.x1 for g in part)
                widths[s].append(b - a)
                edges[s] += [a, b]
                gaps[s] += any(q.x0 - p.x1 >= ln.size for p, q in itertools.pairwise(part))
    if len(widths[0]) < 3 or len(widths[1]) < 3:
        return False
    full = [max(e) - min(e) for e in edges]
    if min(full) < 10 * em or max(full) > 1.6 * min(full):  # a column of 14 characters or more
        return False
    return all(
        gaps[s] <= 0.2 * len(widths[s])
        and sum(1 for w in widths[s] if w >= 0.85 * full[s]) >= 0.6 * len(widths[s])
        for s in (0, 1)
    )


def _unfold(
    rows: list[Printed | Grid], gx: float, blocks: list[tuple[int, int]]
) -> list[Printed | Grid]:
    """The page's segments (full width, left column, right column, full width, …) in reading
    order, each laid under the one before, the columns across the text's width."""
    lines = [ln for ln in rows if isinstance(ln, Printed)]
    x0 = min(ln.x0 for ln in lines)
    x1 = max(ln.x1 for ln in lines)
    gap_default = 0.6 * statistics.median(ln.size for ln in lines)
    out: list[Printed | Grid] = []
    bottom: float | None = None  # the bottom of what was laid last, moved
    above: float | None = None  # the bottom of the page's text above the segment, where it is

    def lay(
        items: list[Printed | Grid], edges: tuple[float, float] | None, run_on: bool = False
    ) -> None:
        """``run_on``: a column that goes on from the one before, a line's space under it."""
        nonlocal bottom
        if not items:
            return
        top = max(it.y1 for it in items)
        shift = 0.0
        if bottom is not None:
            gap = above - top if above is not None and above >= top else gap_default
            if run_on:
                gap = _line_gap(out) or gap_default
            shift = bottom - gap - top
        for it in items:
            it.y0 += shift
            it.y1 += shift
            if isinstance(it, Printed):
                it.base += shift
            if edges is not None:
                it.x0 += x0 - edges[0]
                it.x1 += x1 - edges[1]
        bottom = min(it.y0 for it in items)
        out.extend(items)

    done = 0
    for start, end in blocks:
        part = rows[done:start]
        part_bottom = min((it.y0 for it in part), default=above)  # before it is moved
        lay(tables(part), None)
        above = part_bottom
        glyphs = [g for ln in rows[start:end] if isinstance(ln, Printed) for g in ln.glyphs]
        for k, side in enumerate(
            (
                _lines([g for g in glyphs if (g.x0 + g.x1) / 2 < gx]),
                _lines([g for g in glyphs if (g.x0 + g.x1) / 2 >= gx]),
            )
        ):
            side.sort(key=lambda ln: -ln.y1)
            edges = (min(ln.x0 for ln in side), max(ln.x1 for ln in side))
            lay(tables(list(side)), edges, run_on=k == 1)
        above = min(it.y0 for it in rows[start:end])
        done = end
    lay(tables(rows[done:]), None)
    return out


def _line_gap(items: list[Printed | Grid]) -> float | None:
    """The usual space between the printed lines laid last (a column's)."""
    gaps = [
        a.y0 - b.y1
        for a, b in itertools.pairwise(items[-12:])
        if isinstance(a, Printed) and isinstance(b, Printed) and a.y0 > b.y1
    ]
    return statistics.median(gaps) if gaps else None


def quarters(text: object, indices: list[int]) -> list[int]:
    """Each glyph's clockwise quarter turns (PDFium's char angle, in page space), read for
    one glyph in eight first: a page set upright, nearly every page, costs little."""
    import pypdfium2.raw as raw

    def at(i: int) -> int:
        angle = raw.FPDFText_GetCharAngle(text, i)
        return round(angle / (math.pi / 2)) % 4 if 0 <= angle < 7 else 0  # -1: unknown

    if not any(at(i) for i in indices[::8]):
        return []
    return [at(i) for i in indices]


def upright(
    glyphs: list[Glyph],
    turns: list[int],
    rules: list[Box],
    size: tuple[float, float],
    rotation: int,
) -> tuple[list[Glyph], list[Box], list[tuple[list[Glyph], bool]]] | None:
    """Turn the page so that the text most of its glyphs are set in reads upright: those
    glyphs and the rules, turned, and the glyphs set another way (an upright page number on
    a page of turned text), each way turned to read upright on its own, with whether they
    stand in the upper half of the page as shown (/Rotate ``rotation``): read before the
    rest, else after it. None where most glyphs are upright: the few turned ones (a label
    set sideways in a table) stay where they are, as they always were."""
    width, height = size
    q = quarter(Counter(turns))
    if q == 0:
        return None
    groups: dict[int, list[Glyph]] = {}
    for g, t in zip(glyphs, turns, strict=True):
        groups.setdefault(t, []).append(g)
    aside: list[tuple[list[Glyph], bool]] = []
    for t, group in groups.items():
        if t != q:
            up = sum(_shown_up(g, rotation, width, height) for g in group)
            aside.append((group, 2 * up > len(group)))
        if t:
            for g in group:
                g.x0, g.y0, g.x1, g.y1 = turn((g.x0, g.y0, g.x1, g.y1), t, width, height)
                g.em = g.y1 - g.y0
    return groups[q], [turn(r, q, width, height) for r in rules], aside


def _shown_up(g: Glyph, rotation: int, width: float, height: float) -> bool:
    """The glyph stands in the upper half of the page as shown, turned by /Rotate."""
    x, y = (g.x0 + g.x1) / 2, g.cy
    if rotation == 90:  # shown turned clockwise: the page's left edge is at the top
        return x < width / 2
    if rotation == 180:
        return y < height / 2
    if rotation == 270:
        return x > width / 2
    return y > height / 2


def align(pages: list[list[Printed | Grid]], turned: list[int]) -> None:
    """Lay the text of turned pages (each read in a frame of its own) across the text width
    of the other pages (where all are turned, the leftmost start and the usual end of
    theirs): each line keeps its indent and its space before the right edge, so indents and
    wrapped lines read as on the other pages (a landscape page's lines are longer)."""
    others = set(range(len(pages))) - set(turned) or set(turned)
    starts = [it.x0 for k in others for it in pages[k] if isinstance(it, Printed)]
    if not starts:
        return
    left = min(starts)
    ends = [
        max(ln.x1 for ln in lines)
        for k in others
        if len(lines := [it for it in pages[k] if isinstance(it, Printed)]) >= 5
    ]
    right = statistics.median(ends) if ends else None
    for k in turned:
        lines = [it for it in pages[k] if isinstance(it, Printed)]
        if not lines:
            continue
        shift = left - min(ln.x0 for ln in lines)
        # the end only where the page has lines enough to show its right edge
        end = right - max(ln.x1 for ln in lines) if right is not None and len(lines) >= 5 else shift
        for it in pages[k]:
            it.x0 += shift
            it.x1 += end
