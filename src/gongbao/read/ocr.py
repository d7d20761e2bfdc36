"""Text of scanned pages by OCR: a page image → its printed lines, each with the engine's
confidence in it.

The engine is RapidOCR (``rapidocr-onnxruntime``): PaddleOCR's PP-OCRv4 Chinese detection and
recognition models, shipped inside the wheel and run by ONNX Runtime on the CPU, so nothing is
fetched at run time. It read the corpus pages (benchmarks/ocr_cer.py) with far fewer errors
than Tesseract's chi_sim model; the README gives the figures.

One engine is loaded per process, on first use (an ingest worker loads it once for all its
files), single-threaded: ingest runs one worker per core, and ONNX Runtime's own thread pool
would only fight them.
"""

from __future__ import annotations

import contextlib
import functools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

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


#: a year in brackets of two shapes, one of them the 六角括号 of a 文号 (〔2025】): the
#: recogniser takes 〔〕, rare in what it learnt from, for the common 【】 on one side only
_YEAR_BRACKETS = re.compile(r"[〔【](\d{4})[〕】]")


def _year_brackets(text: str) -> str:
    return _YEAR_BRACKETS.sub(
        lambda m: f"〔{m.group(1)}〕" if "〔" in m.group(0) or "〕" in m.group(0) else m.group(0),
        text,
    )


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
    import numpy as np

    pixels = np.asarray(image.convert("RGB"))
    with _engine_room():
        result, _ = _engine()(pixels, text_score=0.0)
    lines: list[OcrLine] = []
    for box, text, score in result or []:
        text = _year_brackets(text.strip())
        if not text:
            continue
        xs = [float(p[0]) for p in box]
        ys = [float(p[1]) for p in box]
        lines.append(OcrLine(text, float(score), min(xs), min(ys), max(xs), max(ys)))
    lines.sort(key=lambda ln: (ln.y0 + ln.y1) / 2)
    return lines
