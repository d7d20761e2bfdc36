"""Tables that reach the text in other notations — Markdown pipes or HTML ``<table>`` —
rewritten as the tab-separated rows that PDF tools produce, so one table rule serves all."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

from gongbao.read import Line

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def pipe_row(line: str) -> str | None:
    """'| 指标 | 目标 |' → '指标\\t目标'; the '|---|---|' rule line → ''."""
    if _PIPE_RULE.match(line):
        return ""
    if not _PIPE_ROW.match(line):
        return None
    return "\t".join(c.strip() for c in line.strip().strip("|").split("|"))


class _Rows(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None
        self.span = 1
        self.items: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = []
            span = dict(attrs).get("colspan") or "1"
            self.span = int(span) if span.isdigit() else 1
        elif tag in ("li", "br", "p") and self.cell is not None:
            self.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            if not self.rows:
                self.rows.append([])
            text = re.sub(r"[ \t]*\n[\s\n]*", "\n", "".join(self.cell)).strip()
            self.rows[-1].extend([text] + [""] * (self.span - 1))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data.replace("\t", " "))


_TABLE = re.compile(r"<table\b.*?</table\s*>", re.S | re.I)


def html_tables_to_rows(text: str) -> str:
    """Each ``<table>…</table>`` in the text becomes a block of tab-separated lines."""
    if "<table" not in text.lower():
        return text

    def rows(m: re.Match[str]) -> str:
        parser = _Rows()
        parser.feed(m.group(0))
        lines = ["\t".join(c.replace("\n", " ") for c in row) for row in parser.rows if row]
        return "\n\n" + "\n".join(lines) + "\n\n"

    return _TABLE.sub(rows, text)


#: a table a page store gave a cell a line: a row opens with a line '|' and each of its cells
#: is a line ending in '|' ('序號 |', '項目名稱 |'); a line of pipes alone rules the head off
_ROW_OPEN = re.compile(r"^\s*\|\s*$")
_CELL = re.compile(r"^(?P<text>.*?)\s*\|\s*$")
_RULE_ONLY = re.compile(r"^\s*\|{2,}\s*$")
#: a rule printed as a cell ('━━━━ |', a 红头's red line under its 文号): no cell of the row,
#: a line of its own (the cleaner records it as markup)
_RULE_CELL = re.compile(r"^\s*[━─—═=_\-－]{3,}\s*\|\s*$")


def cell_lines_to_rows(lines: list[Line]) -> list[Line]:
    """Rows of a cell-a-line table made whole, a row a line with its cells tab-separated (the
    table form later stages read); each row covers the lines it was made of. A row of one cell
    (the table's caption) is a line of text."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        follows = lines[k + 1].text if k + 1 < len(lines) else ""
        if not (_ROW_OPEN.match(ln.text) and _CELL.match(follows) and "|" in follows):
            out.append(ln)
            k += 1
            continue
        first, cells, pending = ln, [], ""
        k += 1
        open_at = k  # where the lines of a cell not yet closed by '|' begin
        while k < len(lines):
            text = lines[k].text
            if (
                _ROW_OPEN.match(text)
                or _RULE_ONLY.match(text)
                or _RULE_CELL.match(text)
                or not text.strip()
            ):
                break
            m = _CELL.match(text)
            if m is not None:
                cells.append(pending + m.group("text").strip())
                pending = ""
                open_at = k + 1
            else:
                if k - open_at >= 3 or "。" in text:
                    # no '|' closes these lines: the text under the table, not a cell
                    k = open_at
                    pending = ""
                    break
                pending += text.strip()  # a cell's text over lines, closed by the line with '|'
            k += 1
        if pending and k >= len(lines):
            cells.append(pending)  # a cell the text ends in (a cut page)
        elif pending:
            k = open_at  # lines no '|' closed go back to the text
        last = lines[k - 1].no
        out.append(replace(first, text="\t".join(cells), last=last if last != first.no else 0))
        while k < len(lines) and _RULE_ONLY.match(lines[k].text):
            k += 1  # the rule under the head: part of the row above
            out[-1] = replace(out[-1], last=lines[k - 1].no)
    return out


def serial_cell_lines_to_rows(lines: list[Line]) -> list[Line]:
    """A table a page store gave a cell a line with no line opening its rows ('序号 |' /
    '重点工作 |' / … / '1 |' / '坚持服务…|' / …): made rows where the run of cell lines is
    its header (up to the first cell '1') and then rows as wide as the header, each opening
    with the next serial number — and only then (merged cells, which a page prints once, make
    the rows uncertain: such a run is left as it is)."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and _CELL.match(lines[end].text) and lines[end].text.strip() != "|":
            end += 1
        run = lines[k:end]
        rows = _serial_rows([_CELL.match(ln.text).group("text").strip() for ln in run])  # type: ignore[union-attr]
        if rows is None:
            out.append(lines[k])
            k += 1
            continue
        at = k
        for row in rows:
            first, last = lines[at], lines[at + len(row) - 1]
            out.append(
                replace(first, text="\t".join(row), last=last.no if last is not first else 0)
            )
            at += len(row)
        k = end
    return out


def _serial_rows(cells: list[str]) -> list[list[str]] | None:
    """The rows of a run of cells: a header of two or more cells without digits, then rows of
    its width whose first cells count 1, 2, 3 …; None where the run is not such a table."""
    if "1" not in cells:
        return None
    width = cells.index("1")
    if width < 2 or len(cells) < 2 * width or len(cells) % width:
        return None
    head = cells[:width]
    if any(not c or any(ch.isdigit() for ch in c) or len(c) > 12 for c in head):
        return None
    rows = [cells[i : i + width] for i in range(0, len(cells), width)]
    if any(row[0] != str(n) for n, row in enumerate(rows[1:], 1)):
        return None
    return rows


#: a row of a table a page store flattened a row a line: cells between ' | ', the last
#: closed by '|' and no pipe before the first ('1 | 新增30个社区长者食堂 | 39 | 130% |')
_FLAT_ROW = re.compile(r"^[^|\t]+?(?:\s\|\s[^|\t]*?){1,}\s*\|\s*$")
#: a run this long is a table, not a sentence that happens to hold pipes
_FLAT_RUN = 3
#: a 序号 cell
_SERIAL = re.compile(r"\d{1,3}")


def flat_rows_to_rows(lines: list[Line]) -> list[Line]:
    """Runs of flattened rows as tab-separated rows. Such a store drops a cell spanning rows
    (a 序号 printed once for an item's sub-rows), so a sub-row's cells slide left and leave
    empty cells at its end: where a run's first column holds numbers and a row's first
    cell is not one, its cells are moved back right by the empty cells it ends with."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and _FLAT_ROW.match(lines[end].text):
            end += 1
        if end - k < _FLAT_RUN:
            out.append(lines[k])
            k += 1
            continue
        rows = [
            [c.strip() for c in ln.text.strip().rstrip("|").split(" | ")] for ln in lines[k:end]
        ]
        numbered = sum(bool(_SERIAL.fullmatch(r[0])) for r in rows[1:])
        for at, (ln, cells) in enumerate(zip(lines[k:end], rows, strict=True)):
            trail = _trailing_empty(cells)
            slid = at > 0 and trail and not _SERIAL.fullmatch(cells[0])
            if slid and numbered * 2 >= len(rows) - 1:
                cells = [""] * trail + cells[: len(cells) - trail]
            out.append(replace(ln, text="\t".join(cells)))
        k = end
    return out


def _trailing_empty(cells: list[str]) -> int:
    """How many empty cells a row ends with."""
    n = 0
    while n < len(cells) and not cells[-1 - n]:
        n += 1
    return n


# -- task tables a page gave a cell a paragraph, merged cells printed once -----------------

#: a table's serial column, by its header
_SERIAL_HEAD = "序号"
#: how many merged columns may stand before the serial column
_MAX_BEFORE = 3

#: a row of a rebuilt table: its cells, and the run of printed cells it was made of
Row = tuple[list[str], int, int]


def _label(cell: str) -> bool:
    """A header's cell: a short name, no figure, no sentence."""
    return 0 < len(cell) <= 30 and not any(ch.isdigit() for ch in cell) and "。" not in cell


def merged_serial_rows(cells: list[str]) -> list[Row] | None:
    """The table in a run of cells whose header has a ``序号`` column: its rows, the header
    first, each with the cells ``start:stop`` it was made of. The columns before the serial
    hold merged cells (a category printed once for the rows it spans, printed again only
    where it changes, just before the row it opens), filled down; the columns after it are
    printed in every row. A row is taken only where every cell falls in place — its serial
    counts on from the row above, as many cells as the header after it, then the next serial
    or the next category's cells; the table ends at the first row that does not (a page cut
    inside it, a merged cell after the serial), and a header that fits more than one way is
    none."""
    if _SERIAL_HEAD not in cells:
        return None
    s = cells.index(_SERIAL_HEAD)
    found: list[list[Row]] = []
    for before in range(_MAX_BEFORE + 1):
        first = s - before
        if first < 0 or not all(_label(c) for c in cells[first:s]):
            break
        rows = _rows_after(cells, first, before)
        if rows is not None:
            found.append(rows)
    return found[0] if len(found) == 1 else None


def _rows_after(cells: list[str], first: int, before: int) -> list[Row] | None:
    s = first + before
    try:
        one = cells.index("1", s + 1)
    except ValueError:
        return None
    header_end = one - before
    after = header_end - s - 1
    if after < 1 or not all(_label(c) for c in cells[first:header_end]):
        return None
    rows: list[Row] = [(cells[first:header_end], first, header_end)]
    merged = cells[header_end:one]
    if any(_SERIAL.fullmatch(c) for c in merged):
        return None
    start, at, n = header_end, one, 1
    while at < len(cells) and cells[at] == str(n):
        body = cells[at + 1 : at + 1 + after]
        if len(body) < after or any(_SERIAL.fullmatch(c) for c in body):
            break  # a cell missing (merged, or the page cut): the table ends above
        stop = at + 1 + after
        rows.append(([*merged, str(n), *body], start, stop))
        start = nxt = stop
        opened = cells[nxt : nxt + before]
        if (
            before
            and nxt + before < len(cells)
            and cells[nxt] != str(n + 1)
            and cells[nxt + before] == str(n + 1)
            and not any(_SERIAL.fullmatch(c) for c in opened)
        ):
            merged, nxt = opened, nxt + before  # the category the next rows fall under
        at, n = nxt, n + 1
    if len(rows) < 3:
        return None  # a header and one row: too little to tell a table from text
    return rows


def paragraph_cells_to_rows(lines: list[Line]) -> list[Line]:
    """A task table a page gave a cell a paragraph ('序号' / '' / '事项' / '' / … / '1' / '' /
    '地区生产总值增长6.5%以上。' / …), or a cell a run of lines closed by a line '|' alone:
    tab-separated rows, a row a line, where ``merged_serial_rows`` finds every row certain;
    each row covers the lines of its cells."""
    out = list(lines)
    k = 0
    while k < len(out):
        if out[k].text.strip() != _SERIAL_HEAD:
            k += 1
            continue
        spans = _cells_around(out, k)
        rows = merged_serial_rows([t for t, _a, _b in spans]) if spans else None
        if rows is None:
            k += 1
            continue
        made = []
        for cells, start, stop in rows:
            a, b = spans[start][1], spans[stop - 1][2]
            made.append(replace(out[a], text="\t".join(cells), last=out[b].no if b != a else 0))
        a, b = spans[rows[0][1]][1], spans[rows[-1][2] - 1][2]
        out[a : b + 1] = [*made, Line(out[b].no, "")]
        k = a + len(made) + 1
    return out


def _cells_around(lines: list[Line], k: int) -> list[tuple[str, int, int]]:
    """The cells of the run that line ``k`` (a header's '序号') stands in, each with its
    first and last line: a cell a line between blank lines, or the lines up to a line '|'
    alone. A few cells before it (the merged columns' headers), and on while the form
    holds."""
    barred = k + 1 < len(lines) and lines[k + 1].text.strip() == "|"
    # back: up to _MAX_BEFORE cells of the header before '序号'
    start = k
    for _ in range(_MAX_BEFORE):
        j = start - 1
        sep = lines[j].text.strip() if j >= 0 else None
        if sep != ("|" if barred else ""):
            break
        i = j - 1
        while barred and i > 0 and lines[i - 1].text.strip() not in ("|", "") and i > j - 8:
            i -= 1
        if i < 0 or not lines[i].text.strip() or lines[i].text.strip() == "|":
            break
        if not barred and i > 0 and lines[i - 1].text.strip():
            break  # a paragraph of more than one line: no cell
        start = i
    cells: list[tuple[str, int, int]] = []
    i = start
    while i < len(lines):
        text = lines[i].text.strip()
        if not text or text == "|":
            break
        j = i
        if barred:
            while j + 1 < len(lines) and lines[j + 1].text.strip() not in ("|", ""):
                j += 1
            if j + 1 >= len(lines) or lines[j + 1].text.strip() != "|":
                cells.append(("".join(ln.text.strip() for ln in lines[i : j + 1]), i, j))
                break  # the last cell, cut by the page's end
        elif j + 1 < len(lines) and lines[j + 1].text.strip():
            break  # a paragraph of more than one line: the run of cells ends
        cells.append(("".join(ln.text.strip() for ln in lines[i : j + 1]), i, j))
        i = j + 2
    return cells
