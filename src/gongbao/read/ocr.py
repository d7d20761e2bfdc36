"""Text of scanned pages by OCR: a page image → its printed lines, each with the engine's
confidence in it.

The engine is RapidOCR (``rapidocr-onnxruntime``): PaddleOCR's PP-OCRv4 Chinese detection and
recognition models, shipped inside the wheel and run by ONNX Runtime on the CPU, so nothing is
fetched at run time. It read the corpus pages (benchmarks/ocr_cer.py) with far fewer errors
than Tesseract's chi_sim model; the README gives the figures.

One engine is loaded per process, on first use (an ingest worker loads it once for all its
files), single-threaded: ingest runs one worker per core, and ONNX Runtime's own thread pool
would only fight them.

What the recogniser reads is then mended where the kind of misreading is plain: brackets and
spaces here (``tidy``), raised footnote markers (read.ocr_marks), dashes, quotation marks,
lone unit cells and characters cut by two boxes (read.ocr_glyphs).
"""

from __future__ import annotations

import contextlib
import functools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from gongbao.read.ocr_glyphs import fix_text

#: pixels per inch a page is rendered at for OCR; the engine reduces an image to 2000 pixels
#: on its long side anyway (an A4 page at 171 dpi), so more only costs memory
DPI = 200
#: most pixels of one rendered page: an A4 page at 200 dpi has 3.9 million; a page declared
#: huge (a hostile file, a poster) is rendered smaller rather than taking the worker's memory
MAX_PIXELS = 6_000_000
#: lines the engine is less sure of than this are not taken as text: they become problems
#: (a wrong fact is worse than a missing one). Clean text scores ≥ 0.9; speckle and stray
#: marks read as text score under 0.7 (tests/read/test_ocr.py).
THRESHOLD = 0.8


#: a year in brackets of two shapes, one of them the 六角括号 of a 文号 (〔2025］): the
#: recogniser takes 〔〕, rare in what it learnt from, for a common bracket on one side only.
#: Both sides read alike ([2025], 【2025】) stay as read: the print may have had them
_YEAR_BRACKETS = re.compile(r"[〔【［\[](\d{4})[〕】］\]]")
#: the recogniser writes a space where a wide gap is, as in the blank half of a full-width
#: mark or in letter-spaced headings; Chinese print sets no space between CJK characters
#: (a space between a CJK character and a Latin word is printed: '企业 and 数据商')
_CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef《》“”‘’、，。；：！？（）"
_GAP = re.compile(f"(?<=[{_CJK}]) +(?=[{_CJK}()])|(?<=[{_CJK}()]) +(?=[{_CJK}])")
#: a list bullet (a dash, a dot) that opens a line is set apart from its text by a space,
#: which the recogniser drops before a CJK character
_BULLET = re.compile(r"^([-•·●*])(?=[\u3400-\u9fff《“（(【]|\d+[\u3400-\u9fff])")


#: a pair of round brackets with nothing bracketed inside
_ROUND = re.compile(r"[（(]([^（()）]*)[）)]")
_HAN = re.compile(r"[\u3400-\u9fff]")


def _round(m: re.Match[str]) -> str:
    """The recogniser tells full-width and half-width brackets apart by little more than a
    guess ('(2026年1月19日）'): a pair read with two widths gets one, full-width around
    Chinese text (GB/T 15834), half-width around other text."""
    pair = m.group(0)
    if (pair[0] == "（") == (pair[-1] == "）"):
        return pair
    inner = m.group(1)
    return f"（{inner}）" if _HAN.search(inner) else f"({inner})"


def tidy(text: str) -> str:
    """One box's text as printed: the 文号 brackets the recogniser half-misread, a bracket
    pair of one width, no spaces it inserted beside CJK characters."""
    text = _YEAR_BRACKETS.sub(
        lambda m: f"〔{m.group(1)}〕" if "〔" in m.group(0) or "〕" in m.group(0) else m.group(0),
        text.strip(),
    )
    return fix_text(_GAP.sub("", _ROUND.sub(_round, text)))


def tidy_line(text: str) -> str:
    """A printed line's text, its boxes joined: the space after a list bullet restored."""
    return _BULLET.sub(r"\1 ", text)


@dataclass(slots=True, frozen=True)
class OcrLine:
    """One line found on a page image: its text, the engine's confidence (0–1), and its box
    in the image's pixels (origin top left)."""

    text: str
    confidence: float
    x0: float
    y0: float
    x1: float
    y1: float


def unavailable() -> str | None:
    """Why OCR cannot run here (its package is not installed), or None when it can."""
    from importlib.util import find_spec

    if find_spec("rapidocr_onnxruntime") is None:
        return "the OCR engine rapidocr-onnxruntime is not installed"
    return None


def engine_name() -> str:
    from importlib.metadata import version

    return f"rapidocr-onnxruntime {version('rapidocr-onnxruntime')} (PP-OCRv4)"


def render_scale(width: float, height: float, dpi: int = DPI) -> float:
    """The PDFium scale (pixels per point) for a page of this size in points: ``dpi``, or
    less where that would exceed ``MAX_PIXELS``."""
    scale = dpi / 72
    area = max(width, 1.0) * max(height, 1.0) * scale * scale
    if area > MAX_PIXELS:
        scale *= math.sqrt(MAX_PIXELS / area)
    return scale


@functools.cache
def _engine() -> Any:
    _lean_memory()
    import cv2
    from rapidocr_onnxruntime import RapidOCR  # type: ignore[import-untyped]

    cv2.setNumThreads(1)  # OpenCV's own pool would spin beside the other workers' processes
    engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
    engine.text_rec.rec_batch_num = 1  # one line at a time: a batch of long lines is large
    return engine


def _lean_memory() -> None:
    """Keep the engine inside a parse worker's address-space limit (store.ingest): OpenBLAS
    (loaded with numpy and OpenCV) reserves buffers per thread, so one thread; and glibc's
    malloc, whose mmap threshold grows after large blocks are freed, would otherwise keep
    ONNX Runtime's freed tensors in the heap, so the threshold is fixed. Both only where
    nothing has set them, before the libraries load."""
    import contextlib
    import ctypes
    import os
    import sys

    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if sys.platform.startswith("linux") and "MALLOC_MMAP_THRESHOLD_" not in os.environ:
        with contextlib.suppress(OSError, AttributeError):  # not glibc
            ctypes.CDLL(None).mallopt(-3, 1 << 17)  # M_MMAP_THRESHOLD: 128 KiB, fixed


@contextlib.contextmanager
def _engine_room() -> Iterator[None]:
    """The engine's own memory — its models and ONNX Runtime's buffers, about a gigabyte of
    address space — is allowed beyond a parse worker's limit (store.ingest); what the file
    controls is not: the page image was rendered under the limit before, and the headroom
    left under it is what the parse has after the engine ran."""
    try:
        import resource
    except ImportError:  # not a POSIX system: no limits
        yield
        return
    from gongbao.memory import address_space, set_soft_limit

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    before = address_space()
    if soft == resource.RLIM_INFINITY or not before:
        yield
        return
    left = max(soft - before, 0)
    set_soft_limit(resource.RLIMIT_AS, hard)
    try:
        yield
    finally:
        set_soft_limit(resource.RLIMIT_AS, (address_space() or before) + left)


def read_image(image: Any) -> list[OcrLine]:
    """The lines the engine finds on a page image (a PIL image), top to bottom, every line
    whatever its confidence: the caller decides what is text and what a problem."""
    return read_page(image)[0]


def read_page(image: Any) -> tuple[list[OcrLine], float]:
    """The page's lines, their boxes turned upright, and the page's skew in degrees (how
    far its lines run downhill; 0 on a straight scan): a scanner or a phone seldom holds a
    page square, and a box turned by a degree across a page spans two lines' heights, which
    the layout rules would read as two lines or another type size. Raised footnote markers,
    which the recogniser reads as digits of the text or drops, are superscripts again where
    the image shows them plainly (read.ocr_marks); so are dashes read as 一, opening
    quotation marks left out of a box, lone '%' cells read unsure and characters cut by two
    boxes (read.ocr_glyphs)."""
    import numpy as np

    from gongbao.read.ocr_glyphs import dashes, lone_mark, opening_quote
    from gongbao.read.ocr_marks import raised, restore

    pixels = np.asarray(image.convert("RGB"))
    with _engine_room():
        # no direction classifier: it turns some upright lines of a page over, and the
        # recogniser then reads nothing from them (2 % of the lines of the sample issue's
        # pages, lost without a trace); scans are read upright
        result, _ = _engine()(pixels, use_cls=False, text_score=0.0)
        result = result or []
        angle = _skew([box for box, _, _ in result])
        turn = _turning(image.width, image.height, angle)
        grey = np.asarray(image.convert("L"))
        if angle:
            grey = _upright(grey, turn)
        read = functools.partial(_read_mark, grey)
        lines: list[OcrLine] = []
        for box, text, score in result:
            text = tidy(text)
            points = np.asarray(box, dtype=np.float64) @ turn[:, :2].T + turn[:, 2]
            xs, ys = points[:, 0], points[:, 1]
            edges = (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))
            text, score = lone_mark(text, score, grey, edges, read, THRESHOLD)
            if text and score >= THRESHOLD:
                text = restore(text, edges, raised(grey, edges), read)
                text, left = opening_quote(dashes(text, grey, edges), grey, edges)
                edges = (left, *edges[1:])
            # a box read as nothing stays, as a line of no confidence: a problem, not lost
            lines.append(OcrLine(text, float(score) if text else 0.0, *edges))
        lines = _seamed(lines, grey)
    lines.sort(key=lambda ln: (ln.y0 + ln.y1) / 2)
    return lines, angle


def _seamed(lines: list[OcrLine], grey: Any) -> list[OcrLine]:
    """Two boxes of a row that cut a character between them are read as one box, where that
    reading shows the cut (read.ocr_glyphs.seam)."""
    from gongbao.read.ocr_glyphs import seam

    def read(box: tuple[float, float, float, float]) -> tuple[str, float]:
        x0, y0, x1, y1 = (round(v) for v in box)
        return _read_mark(grey, (x0, y0, x1, y1))

    sure = sorted((ln for ln in lines if ln.confidence >= THRESHOLD), key=lambda ln: ln.x0)
    gone: set[int] = set()
    for i, a in enumerate(sure):
        for b in sure[i + 1 :]:
            if b.x0 >= a.x1:
                break
            if id(a) in gone or id(b) in gone:
                continue
            box = (a.x0, a.y0, a.x1, a.y1), (b.x0, b.y0, b.x1, b.y1)
            found = seam((a.text, box[0]), (b.text, box[1]), read)
            if found is not None and found[1] >= THRESHOLD:
                gone |= {id(a), id(b)}
                edges = (a.x0, min(a.y0, b.y0), max(a.x1, b.x1), max(a.y1, b.y1))
                lines.append(OcrLine(found[0], found[1], *edges))
    return [ln for ln in lines if id(ln) not in gone]


def _upright(grey: Any, turn: Any) -> Any:
    """A grey page image turned by the affine map ``turn`` (white where nothing was)."""
    import cv2

    return cv2.warpAffine(grey, turn, grey.shape[::-1], borderValue=255)


def _read_mark(grey: Any, box: tuple[int, int, int, int], scale: float = 1.0) -> tuple[str, float]:
    """A stretch of a page (a small mark, or a line up to one) read alone by the recogniser,
    white around it as around a line of its own, enlarged by ``scale``: its text and the
    confidence."""
    import numpy as np

    x0, y0, x1, y1 = box
    crop = grey[y0:y1, x0:x1]
    if scale != 1.0 and crop.size:
        import cv2

        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    pad = max(crop.shape[0], 8)
    crop = np.pad(crop, pad, constant_values=255)
    found, _ = _engine()(np.stack([crop] * 3, axis=-1), use_det=False, use_cls=False)
    if not found:
        return "", 0.0
    text, score = found[0]
    return tidy(str(text)), float(score)


def _skew(boxes: list[Any]) -> float:
    """The median slope of the long boxes (corners from top left, clockwise), in degrees;
    under a tenth of a degree, or with few lines to tell, none."""
    angles = []
    for box in boxes:
        (x0, y0), (x1, y1) = box[0], box[1]
        height = math.dist(box[1], box[2])
        if x1 - x0 > 4 * max(height, 1.0):
            angles.append(math.degrees(math.atan2(y1 - y0, x1 - x0)))
    if len(angles) < 3:
        return 0.0
    angles.sort()
    angle = angles[len(angles) // 2]
    return angle if 0.1 <= abs(angle) <= 5 else 0.0


def _turning(width: int, height: int, angle: float) -> Any:
    """The affine map (2×3, OpenCV's) that turns a page image by ``angle`` degrees about its
    centre: the skew undone."""
    import cv2

    return cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)


def rules(image: Any, angle: float = 0.0) -> list[tuple[float, float, float, float]]:
    """The ruled lines of a page image (a PIL image), as boxes in its pixels (x0, y0, x1, y1,
    origin top left, on the page turned by ``angle``): dark runs at least a fortieth of the
    page's width long, across or down; a character's strokes are shorter. A table's grid is
    read from them as from a text page's drawn rules."""
    import cv2
    import numpy as np

    grey = np.asarray(image.convert("L"))
    if angle:  # the page turned upright as its lines were (read_page)
        grey = _upright(grey, _turning(image.width, image.height, angle))
    dark = (grey < 128).astype(np.uint8)
    reach = max(20, round(image.width / 40))
    out: list[tuple[float, float, float, float]] = []
    for kernel in ((reach, 1), (1, reach)):
        mask = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones(kernel[::-1], np.uint8))
        count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
        for x, y, w, h, _area in stats[1:count]:
            out.append((float(x), float(y), float(x + w), float(y + h)))
    return out
