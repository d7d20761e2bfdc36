"""Scanned pages of a PDF read by OCR (read.ocr) into the printed lines the layout rules of
read.pdf read, as if the page had a text layer.

What a text layer gives for free is rebuilt from the engine's boxes, each rule for one kind of
thing the boxes get wrong:

- rows: boxes on one row are one printed line; rules drawn on the image make tables as on a
  text page, their cells filled with the boxes inside;
- type size: a box is as tall as its ink, or a third taller or a fifth shorter where the
  detector drew it loosely; the characters' pitch along the line tells the body's size where
  the height would say another (which the layout rules would take for a heading, and split
  a paragraph there);
- numbers in groups of three: the comma between the groups read as the Chinese one
  ('3，083,012万元'), which leaves the amount unreadable to the extractors;
- dated lines: the two-em dash that opens a speech's dated subtitle
  ('——2026年1月14日在…会议上') read as the numeral 一, which hides the document's date.

A wrong fact is worse than a missing one: each rule changes a line only where the kind of
misreading is plain (tests/read/test_ocr_budget.py).
"""

from __future__ import annotations

import itertools
import re
import statistics
from typing import TYPE_CHECKING, Any

from gongbao.read.pdf import _CJK, Glyph, Grid, OcrRead, Printed, _grids

if TYPE_CHECKING:
    from gongbao.read.ocr import OcrLine

Box = tuple[float, float, float, float]


def ocr_page(page: Any, number: int, dropped: list[OcrRead]) -> list[Printed | Grid]:
    """A scanned page (a PDFium page) rendered and read by OCR into printed lines and tables
    (``printed``)."""
    from gongbao.read.ocr import read_page, render_scale, rules

    scale = render_scale(*page.get_size())
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        image = bitmap.to_pil()
        height = image.height
        found, skew = read_page(image)
        drawn = rules(image, skew)
        del image
    except Exception as exc:  # ONNX Runtime's own exception type
        if "bad_alloc" in str(exc):  # ONNX Runtime out of memory: a worker's limit, say so
            raise MemoryError(str(exc)) from None
        raise
    finally:
        bitmap.close()
    return printed(found, drawn, scale, height, number, dropped)


def printed(
    found: list[OcrLine],
    drawn: list[Box],
    scale: float,
    height: int,
    number: int,
    dropped: list[OcrRead],
) -> list[Printed | Grid]:
    """The lines and ruled rules of a page image (its pixels, ``scale`` of them a point,
    ``height`` tall) as printed lines in page units (y up, as PDFium's), so the layout rules
    read them like a text page's. A box under the threshold is left out, into ``dropped``,
    and so is the record of a box read into a cell."""
    from gongbao.read.ocr import THRESHOLD, tidy_line

    def flip(x0: float, y0: float, x1: float, y1: float) -> Box:
        return x0 / scale, (height - y1) / scale, x1 / scale, (height - y0) / scale

    kept: list[tuple[OcrLine, Glyph]] = []
    for ln in found:
        if ln.confidence < THRESHOLD:
            dropped.append(OcrRead(number, ln.text, ln.confidence, None))
            continue
        box = flip(ln.x0, ln.y0, ln.x1, ln.y1)
        kept.append((ln, Glyph(ln.text, *box, em=box[3] - box[1], size=box[3] - box[1])))
    grids = _grids([flip(*r) for r in drawn], [g for _, g in kept])
    inside = {id(g) for _, members in grids for g in members}
    rows: list[list[OcrLine]] = []
    for ln, g in kept:
        if id(g) in inside:
            dropped.append(OcrRead(number, ln.text, ln.confidence, None, cell=True))
            continue
        mid = (ln.y0 + ln.y1) / 2
        row = next((r for r in reversed(rows[-3:]) if r[0].y0 <= mid <= r[0].y1), None)
        if row is None:
            rows.append([ln])
        else:
            row.append(ln)
    items: list[Printed | Grid] = [grid for grid, _ in grids]
    # a box is as tall as its ink: brackets and descenders stretch it by up to a fifth, which
    # the layout rules would read as another type size (a new paragraph); a row within that
    # of the page's usual height is set in the body's size
    heights = [statistics.median(b.y1 - b.y0 for b in row) / scale for row in rows]
    body = statistics.median(heights) if heights else 0.0
    pitches = [p for row in rows if (p := pitch(row)) is not None]
    usual_pitch = statistics.median(pitches) if len(pitches) >= 3 else None
    # the text's edges on the page: a line may open with the tail of a word broken across
    # lines where it starts at the left edge and the line above ran to the right one, or
    # where nothing is known of the line above (the page's first; a running header or a
    # table's rows farther up than a line's pitch)
    left = min((row[0].x0 / scale for row in rows), default=0.0)
    right = max((b.x1 / scale for row in rows for b in row), default=0.0)
    above: tuple[float, float] | None = None  # the row above: its right end and its bottom
    for row, height_ in zip(rows, heights, strict=True):
        row.sort(key=lambda b: b.x0)
        top = min(b.y0 for b in row)
        bottom = max(b.y1 for b in row)
        # a raised footnote marker (read.ocr_marks) stretches its box up by half a line
        usual = 1.6 if any(_RAISED.search(b.text) for b in row) else 1.25
        size = body if 0.85 * body <= height_ <= usual * body else height_
        step = pitch(row)
        if step is not None and usual_pitch and abs(step / usual_pitch - 1) <= 0.1:
            size = body  # a loose box: the characters' pitch is the body's
        opens = row[0].x0 / scale - left > size or (
            above is not None and top / scale - above[1] < 2 * size and right - above[0] > 2 * size
        )
        above = (max(b.x1 for b in row) / scale, bottom / scale)
        text = row[0].text
        for a, b in itertools.pairwise(row):
            gap = (b.x0 - a.x1) / scale
            text += ("\t" if gap > 2.5 * size else _space(text, b.text)) + b.text
        items.append(
            Printed(
                [],
                x0=row[0].x0 / scale,
                y0=(height - bottom) / scale,
                x1=max(b.x1 for b in row) / scale,
                y1=(height - top) / scale,
                text=tidy_line(dated(grouped(text), opens)),
                size=size,
                base=(height - bottom) / scale,
                confidence=min(b.confidence for b in row),
            )
        )
    items.sort(key=lambda it: -it.y1)
    return items


_RAISED = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]")


def pitch(row: list[OcrLine]) -> float | None:
    """The width per character of a row read as one box (a Latin letter or a digit half a
    Chinese character), in image pixels: the type size as the line is set, whatever the
    height of its box. None for a short row (its punctuation would sway it) or a row of
    several boxes (the gaps between them are not characters)."""
    if len(row) != 1:
        return None
    units = sum(0.5 if ch.isascii() else 1.0 for ch in row[0].text if not ch.isspace())
    return (row[0].x1 - row[0].x0) / units if units >= 8 else None


#: a number in groups of three ('3,083,012万元'; '3，083,012' as the recogniser may read it):
#: one to three digits, then groups of exactly three, nothing numeric on either side
_GROUPED = re.compile(
    r"""(?<![\d.,，])        # not the middle of a number
        \d{1,3}              # the leading group
        (?:[,，]\d{3})+      # groups of three, after either comma
        (?!\d|[,，]\d)       # and no more digits""",
    re.X,
)


def grouped(text: str) -> str:
    """Thousands separators read as full-width commas set back as printed: Chinese print
    never sets its comma between a number of up to three digits and a group of exactly
    three (no text of the corpus does), so such a run is one number. A year ('2025，100家'),
    a group of two or four digits ('12，3456') or a run that goes on ('1，234，5') stays as
    read."""
    if "，" not in text:
        return text
    return _GROUPED.sub(lambda m: m.group().replace("，", ","), text)


#: a dated line's opening dash ('——2026年1月14日在…会议上', GB/T 15834's 破折号, two ems
#: long) as the recogniser reads it: one 一 or two, before a whole date in Arabic digits
_DATED = re.compile(r"^一{1,2}(?=\s*(?:1[89]|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")


def dated(text: str, opens: bool) -> str:
    """The dash that opens a dated line (the subtitle under a speech's title) restored where
    the recogniser read it as 一: the numeral never stands before Arabic digits. Only on a
    line that ``opens`` a paragraph (set in from the text's left edge, or under a line that
    stopped short of the right one): a line wrapped from the one above may open with the
    一 of a word broken across the lines ('统' / '一2026年度…')."""
    return _DATED.sub("——", text) if opens else text


def _space(left: str, right: str) -> str:
    """Between two boxes of one row: a space, except between CJK text."""
    return "" if _CJK.match(left[-1]) or _CJK.match(right[0]) else " "
