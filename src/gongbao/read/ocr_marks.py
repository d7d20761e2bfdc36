"""Raised footnote markers on OCR'd lines: the small digits set above a line's middle.

The recogniser reads a line's raised marker as a digit of the text ('市级新优质1' for
'市级新优质¹') or drops it, and a footnote is then neither marked in the text nor told from a
numbered line. The page image still shows it: a run of ink columns, blank on both sides, whose
ink lies wholly in the upper half of the line and starts at its top. Such a run is cut out and
read alone by the recogniser; only digits read with high confidence count, and only where the
line's text has those digits at that place (or, where the recogniser dropped the marker, at
the line's first or last character). Anything else leaves the line as read: a marker missed
costs one footnote, a digit wrongly raised would change a number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_DIGITS = re.compile(r"\d+")
#: dark enough to be ink: a raised digit is thin, its antialiased strokes lighter than a
#: character's
_INK = 160
#: the least confidence in a marker read alone (a dot of a character reads as '、' or '.')
_SURE = 0.9
#: what the recogniser reads a raised digit as, where it does not drop it or read the digit:
#: a degree sign, or a question mark where nothing in the line asks one (half-width, between
#: a Latin word and Chinese text)
_MISREAD = "°º?"
#: the least confidence in the few characters before a dropped marker, read alone (the
#: first may be cut through)
_FAIR = 0.8


def _width(ch: str) -> float:
    """A character's advance in ems: Latin letters and digits about half, narrow marks less."""
    if ch.isascii():
        return 0.65 if ch.isupper() else 0.55 if ch.isalnum() or ch in "+-=%&#$@" else 0.3
    return 1.0


def _runs(cols: Any) -> list[tuple[int, int]]:
    """Stretches of columns holding ink, blank columns between them: [start, end)."""
    import numpy as np

    edges = np.diff(np.concatenate(([0], cols.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()
    return list(zip(starts, ends, strict=True))


def raised(grey: Any, box: tuple[float, float, float, float]) -> list[tuple[int, int, int, int]]:
    """The raised runs around a line's box (x0, y0, x1, y1 in ``grey``'s pixels): their ink
    boxes. A run counts when its ink starts within the top fifth of the line's type, ends
    above its middle and is at least four tenths of it tall (a quotation mark is three
    tenths, and a character's dot seldom stands alone in its columns)."""
    import numpy as np

    x0, y0, x1, y1 = (round(v) for v in box)
    tall = max(y1 - y0, 1)
    left, right = max(x0 - tall // 3, 0), min(x1 + tall, grey.shape[1])
    # a raised mark may stand above the box the detector drew round the line
    top, bottom = max(y0 - tall // 3, 0), min(y1, grey.shape[0])
    dark = grey[top:bottom, left:right] < _INK
    if dark.size == 0:
        return []
    spans = []
    for a, b in _runs(dark.any(axis=0)):
        rows = np.flatnonzero(dark[:, a:b].any(axis=1))
        spans.append((a, b, int(rows[0]), int(rows[-1]) + 1))
    full = [(t, u) for a, b, t, u in spans if u - t > 0.6 * tall]
    if len(full) < 2:
        return []
    head = float(np.median([t for t, _ in full]))
    foot = float(np.median([u for _, u in full]))
    size = foot - head
    out: list[tuple[int, int, int, int]] = []
    for a, b, t, u in spans:
        if t <= head + 0.2 * size and u <= head + 0.6 * size and u - t >= 0.38 * size:
            if out and left + a - out[-1][2] <= 0.3 * size:  # the next digit of one marker
                last = out.pop()
                a, t, u = last[0] - left, min(t, last[1] - top), max(u, last[3] - top)
            out.append((left + a, top + t, left + b, top + u))
    # at most a character and a half wide: a marker of one to three narrow digits
    return [m for m in out if m[2] - m[0] <= 1.5 * size]


def restore(
    text: str,
    box: tuple[float, float, float, float],
    marks: list[tuple[int, int, int, int]],
    read: Callable[[tuple[int, int, int, int]], tuple[str, float]],
) -> str:
    """``text`` with the digits of its raised markers as superscripts. ``read`` gives the
    recogniser's reading of a stretch of the page (an ink box) and its confidence."""
    if not marks or not text:
        return text
    x0, x1 = box[0], box[2]
    widths = [_width(ch) for ch in text]
    em = (x1 - x0) / max(sum(widths), 1.0)
    starts = [x0]
    for w in widths:
        starts.append(starts[-1] + w * em)
    edits: list[tuple[int, int, str]] = []
    for mark in marks:
        digits, score = read(mark)
        if score < _SURE or not digits.isascii() or not digits.isdigit() or len(digits) > 3:
            continue
        centre = (mark[0] + mark[2]) / 2

        def close(start: int, end: int, centre: float = centre, reach: float = 1.5) -> bool:
            return abs((starts[start] + starts[end]) / 2 - centre) <= reach * em

        near = [
            m.span() for m in _DIGITS.finditer(text) if m.group() == digits and close(*m.span())
        ]
        # a raised digit the recogniser took for a degree sign: the mark itself, misread
        near += [(m.start(), m.end()) for m in re.finditer("[°º]", text) if close(*m.span())]
        if len(near) == 1:
            edits.append((*near[0], digits))
        elif near:
            continue  # two candidates: doubtful
        elif centre < x0 + 0.5 * em:  # dropped at the line's start, or misread as a letter
            after, sure = read((mark[2], mark[1], round(min(x1, mark[2] + 4 * em)), round(box[3])))
            head = after[:3]
            if sure >= _FAIR and len(head) == 3 and not head[0].isdigit():
                if text.startswith(head):
                    edits.append((0, 0, digits))
                elif text[1:].startswith(head):
                    edits.append((0, 1, digits))
        elif centre > x1 - 0.5 * em:  # or dropped at its end
            if not text[-1].isdigit():
                edits.append((len(text), len(text), digits))
        else:  # or inside: after what the few characters before it read as
            since = round(max(x0, mark[0] - 4 * em))
            before = read((since, mark[1], mark[0], round(box[3])))
            at = _after(text, before, since <= x0, lambda k: close(k, k, reach=2.5))
            if at is not None:  # where the recogniser read the mark as a stray sign, that goes
                edits.append((at, at + (text[at] in _MISREAD), digits))
    for start, end, digits in sorted(set(edits), reverse=True):
        text = text[:start] + digits.translate(_SUPER) + text[end:]
    return text


def _after(
    text: str, before: tuple[str, float], whole: bool, near: Callable[[int], bool]
) -> int | None:
    """Where a dropped marker goes: after the last three characters read before it, found
    once in the text near the mark (or, where the line reads less up to it, after that
    reading of the ``whole`` stretch from the line's start); None where that is not clear
    or where the marker would run into digits of the text."""
    prefix, score = before
    tail = prefix[-3:]
    at: int | None = None
    if score < _FAIR or not tail:
        return None
    if whole and len(prefix) < 3:
        at = len(prefix) if text.startswith(prefix) else None
    elif len(tail) == 3:
        # the place is guessed from the characters' widths: Latin text widens the guess
        found = [m.end() for m in re.finditer(re.escape(tail), text) if near(m.end())]
        at = found[0] if len(found) == 1 else None
    if at is None or at >= len(text) or text[at].isdigit() or text[at - 1].isdigit():
        return None
    return at
