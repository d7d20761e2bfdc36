"""Glyphs the recogniser misreads in a way their surroundings or the page image give away.

Each rule names one kind of misreading and changes a line only where the kind is certain from
the text alone, or where the page image shows it:

- ``dash_between_digits``: a long stroke between two Arabic digits is read as the numeral 一
  ('38一02地块'); the numeral never stands between Arabic digits, a dash does ('38—02');
- ``capital_i``: 'I' among Latin capitals read as a lower-case 'l' ('AQl', 'AlGenerated'): a
  lone 'l' between capitals is no spelling, an 'I' is;
- ``tag_space``: the space between an HTML tag's name and its first attribute dropped
  ('<ulstyle="…">'), which leaves the tag unrecognisable to the cleaning that takes such
  residue out of cells (clean.markup);
- ``bullet``: a list bullet between items run on in one line read as a middle dot
  ('。·完成…'): the dot never follows a sentence's end;
- ``opening_quote``: an opening quotation mark at a line's start, left out of the line's box
  (it sits at the right of its em, apart from the text): the line then has a closing mark
  with no opening one, and the image shows a small mark in the upper part of the em before
  the box;
- ``dashes``: a dash read as the numeral 一 where its neighbours do not tell ('宝昌路一宝源路',
  '水岸开源一汇聚' for '——'), or as a hyphen: the image shows a stroke lighter than the
  line's, or two ems long;
- ``seam``: two boxes of a row that overlap cut a character in two, each reading a part of
  it as a character ('育婴堂路' + '各（中华新路…'): the two read as one box show which;
- ``lone_mark``: a box holding one unit sign or a number alone (a table's '%' cell) read
  under the threshold: the recogniser is unsure of a lone glyph, more so in a wide box; read
  again alone at three scales and from its ink alone, it is taken only where every reading
  agrees with the first and one of them is sure.

A wrong fact is worse than a missing one: where the evidence is not plain, a line stays as
read (tests/read/test_ocr_glyphs.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_DIGIT_DASH = re.compile(r"(?<=\d)一(?=\d)")
_CAPITAL_I = re.compile(r"(?<=[A-Z])l(?=[A-Z])|(?<=[A-Z]{2})l(?![A-Za-z])")
_TAG_SPACE = re.compile(
    r"(?<=<)(ul|ol|li|p|div|span|table|td|tr|font)(?=(?:style|class|id|align|width)=)", re.I
)
#: a list bullet inside a line (items run on in a table's cell), read as a middle dot: the dot
#: joins parts of a name or a motto ('汇聚·共创'), never follows a sentence's end
_BULLET = re.compile(r"(?<=[。；！？])·(?=[\u3400-\u9fff\d“《])")
#: a box read as one unit sign or a short number and nothing else
_LONE = re.compile(r"[%‰℃]|\d{1,3}")
#: dark enough to be ink (as read.ocr_marks)
_INK = 160


def dash_between_digits(text: str) -> str:
    return _DIGIT_DASH.sub("—", text) if "一" in text else text


def capital_i(text: str) -> str:
    return _CAPITAL_I.sub("I", text) if "l" in text else text


def tag_space(text: str) -> str:
    return _TAG_SPACE.sub(r"\1 ", text) if "<" in text else text


def bullet(text: str) -> str:
    return _BULLET.sub("●", text) if "·" in text else text


def fix_text(text: str) -> str:
    """The rules that need no image, in one pass over a box's text."""
    return bullet(tag_space(capital_i(dash_between_digits(text))))


def _unmatched_close(text: str) -> bool:
    """The line's first double quotation mark is a closing one, and the line does not open
    with a mark of its own."""
    close, opening = text.find("”"), text.find("“")
    return close > 0 and (opening < 0 or opening > close) and text[0] not in "“”‘’\"'《（("


def opening_quote(
    text: str, grey: Any, box: tuple[float, float, float, float]
) -> tuple[str, float]:
    """``text`` with the opening quotation mark the box left out, and the box's new left
    edge; as read (and ``box``'s edge) where the image does not show the mark: ink within an
    em before the box, all of it in the upper two fifths of the line, at least an eighth of
    the line tall and a tenth wide (a quotation mark's two commas), and nothing else there."""
    import numpy as np

    x0, y0, _x1, y1 = (round(v) for v in box)
    if not _unmatched_close(text):
        return text, box[0]
    tall = y1 - y0
    left = max(x0 - tall, 0)
    dark = grey[y0:y1, left:x0] < _INK
    if dark.size == 0 or not dark.any():
        return text, box[0]
    rows = np.flatnonzero(dark.any(axis=1))
    cols = np.flatnonzero(dark.any(axis=0))
    top, bottom = int(rows[0]), int(rows[-1]) + 1
    width = int(cols[-1]) - int(cols[0]) + 1
    if bottom <= 0.45 * tall and bottom - top >= 0.12 * tall and 0.1 * tall <= width <= tall / 2:
        return "“" + text, float(left + cols[0])
    return text, box[0]


def lone_mark(
    text: str,
    score: float,
    grey: Any,
    box: tuple[float, float, float, float],
    read: Callable[[tuple[int, int, int, int], float], tuple[str, float]],
    threshold: float,
) -> tuple[str, float]:
    """A lone unit sign or number read under ``threshold``, and its confidence: the best of
    its readings alone (``read``: the box at a scale) where they all agree with ``text``,
    else as read."""
    import numpy as np

    if score >= threshold or not _LONE.fullmatch(text):
        return text, score
    x0, y0, x1, y1 = (round(v) for v in box)
    dark = grey[y0:y1, x0:x1] < _INK
    if not dark.any():
        return text, score
    rows = np.flatnonzero(dark.any(axis=1))
    cols = np.flatnonzero(dark.any(axis=0))
    ink = (x0 + int(cols[0]), y0 + int(rows[0]), x0 + int(cols[-1]) + 1, y0 + int(rows[-1]) + 1)
    readings = [read((x0, y0, x1, y1), scale) for scale in (1.0, 2.0, 3.0)]
    readings.append(read(ink, 1.0))
    best = max(s for _, s in readings)
    if all(t == text for t, _ in readings) and best >= threshold:
        return text, best
    return text, score


Box = tuple[float, float, float, float]


def seam(
    left: tuple[str, Box], right: tuple[str, Box], read: Callable[[Box], tuple[str, float]]
) -> tuple[str, float] | None:
    """Two boxes of one row that overlap cut the character at their seam in two, and each
    reads its part as a character ('育婴堂路' + '各（中华新路…', the right half of 路 read as
    各): the two texts with the part left out, and the confidence of the two read as one box,
    where that reading is so; None where the boxes do not overlap so, or the reading is
    not that."""
    (a, (ax0, ay0, ax1, ay1)), (b, (bx0, by0, bx1, by1)) = left, right
    tall = min(ay1 - ay0, by1 - by0)
    if not a or not b or not (ax0 < bx0 < ax1 < bx1) or ax1 - bx0 > tall:
        return None
    if min(ay1, by1) - max(ay0, by0) < 0.6 * tall:  # not one row
        return None
    text, score = read((min(ax0, bx0), min(ay0, by0), max(ax1, bx1), max(ay1, by1)))
    # the boxes' texts as the rules of this module left them, the reading as the recogniser
    # gives it: compared with the dashes and raised digits folded
    for joined in (a[:-1] + b, a + b[1:]):
        if _fold(text) == _fold(joined) and len(text) < len(a + b):
            return joined, score
    return None


_FOLD = str.maketrans("—⁰¹²³⁴⁵⁶⁷⁸⁹", "一0123456789")


def _fold(text: str) -> str:
    return text.replace("——", "一").translate(_FOLD).lstrip("“")


def _runs(cols: Any) -> list[tuple[int, int]]:
    """Stretches of true values: [start, end)."""
    import numpy as np

    edges = np.diff(np.concatenate(([0], cols.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()
    return list(zip(starts, ends, strict=True))


def dashes(text: str, grey: Any, box: Box) -> str:
    """``text`` with its dashes read as the numeral 一 ('宝昌路一宝源路') put back where the
    image shows them: a dash is drawn lighter than the line's strokes across and evenly, the
    numeral of a sans type as heavy as they are, of a Song type swelling at its end (on the
    sample's pages, a sans type, the dashes' ink is 0.6–0.7 of the line's strokes across and
    every 一's 1.1–1.4; on the corpus pages of benchmarks/ocr_cer.py, Song types, a 一 as
    light as 0.8 swells to 1.5–3.4 times its middle, the sample's dashes to 1.35 at most);
    a double dash is two ems long. The line's long thin strokes near its middle are matched
    in order to its 一, — and hyphens; where their numbers differ the line stays as read."""
    import numpy as np

    if "一" not in text and "-" not in text and "－" not in text:
        return text
    x0, y0, x1, y1 = (round(v) for v in box)
    ink = (255.0 - grey[y0:y1, x0:x1]) / 255.0
    dark = ink > 0.5
    if not dark.any():
        return text
    spans = []
    for a, b in _runs(dark.any(axis=0)):
        rows = np.flatnonzero(dark[:, a:b].any(axis=1))
        spans.append((int(rows[0]), int(rows[-1]) + 1))
    full = [(t, u) for t, u in spans if u - t > 0.6 * (y1 - y0)]
    if len(full) < 2:
        return text
    head = float(np.median([t for t, _ in full]))
    em = float(np.median([u for _, u in full])) - head
    # the line's strokes across: the runs of ink down a column no taller than a stroke is
    # thick, their ink's median (a sans type draws them as heavy as 一; a Song type thin,
    # as thin as its dash, so that nothing is changed there)
    on = np.pad(ink.T > 0.2, ((0, 0), (1, 1))).astype(np.int8)
    col, start = np.nonzero(np.diff(on, axis=1) == 1)
    _, end = np.nonzero(np.diff(on, axis=1) == -1)
    total = np.pad(np.cumsum(ink.T, axis=1), ((0, 0), (1, 0)))
    across = (end - start) <= 0.2 * em
    if not across.any():
        return text
    weight = float(np.median((total[col, end] - total[col, start])[across]))
    # columns whose ink is one thin band: a stroke across, alone in its columns
    cols = dark.any(axis=0)
    first = dark.argmax(axis=0)
    last = dark.shape[0] - 1 - dark[::-1].argmax(axis=0)
    thin = cols & (last - first + 1 <= 0.2 * em)
    mass = ink.sum(axis=0)
    middle = (ink * np.arange(ink.shape[0])[:, None]).sum(axis=0) / np.maximum(mass, 1e-9)
    found = [
        (b - a, float(np.median(mass[a:b])), float(mass[a:b].max()))
        for a, b in _runs(thin)
        if b - a >= 0.6 * em and abs((np.median(middle[a:b]) - head) / em - 0.45) < 0.2
    ]
    at = [k for k, ch in enumerate(text) if ch in "一—-－"]
    if len(found) != len(at) or weight <= 0:
        return text
    out = list(text)
    for k, (length, stroke, peak) in zip(at, found, strict=True):
        # even along its length: a Song type's 一 swells at its end, as thin as it may be
        if text[k] != "—" and stroke <= 0.8 * weight and peak <= 1.4 * stroke:
            out[k] = "——" if length >= 1.4 * em else "—"
    return "".join(out)
