"""OCR engines measured on the same pages: character error rate against the text layer, and
pages per second on 2 cores.

The pages are real text-layer PDFs of tests/corpus (budget reports and a disclosure report:
prose, headings, a few tables), rendered to grey images by PDFium at 150, 200 and 300 dpi; each
dpi also slightly skewed (0.7°, white corners) and as a noisy JPEG (quality 30 after light
gaussian noise), as a scanner or a phone gives them. The page's own text layer is the truth.

CER = edit distance / characters of the truth, both with white space taken out and NFKC
applied (full-width and half-width punctuation count as the same character; 〔〕 and [] do
not). Reading order matters: a line read in another order counts as errors. So each figure is
also given order-free (the characters of the truth missing from the reading, or read in
excess, whichever is more, over the truth's characters): on a table page the engine's reading
order (row by row) differs from the text layer's (cell by cell), which the ordered rate counts
as misreading. Pooled figures are all pages' errors over all pages' characters.

Speed: two worker processes (as ``gongbao ingest`` runs them on 2 cores), each engine
single-threaded, OCR'ing the 300-dpi clean pages after one page of warm-up (RapidOCR's first
page costs some 12 CPU seconds more: a worker pays it once); the median of ``--runs`` runs.

    python benchmarks/ocr_cer.py [--runs 3] [--engines tesseract,rapidocr]
        [--dpi 150,200,300] [--variants clean,skew,jpeg] [--cache DIR]
        (--runs 0: no speed run; --cache: the engine's raw answers kept in DIR, no speed run)
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import os
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract: one thread per process

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT / "tests" / "corpus"
#: (file, 0-based pages): prose pages, and one page with a ruled table (hongze p. 3)
PAGES = [
    ("budget-report/hunan-yueyang-2025-budget-report.pdf", (0, 1, 5)),
    ("budget-report/henan-luoyang-2025-budget-report.pdf", (0, 1, 5)),
    ("disclosure-report/jiangsu-huaian-hongze-2023-disclosure-report.pdf", (0, 2)),
]
DPIS = (150, 200, 300)
VARIANTS = ("clean", "skew", "jpeg")


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def pages() -> list[tuple[str, Any, str]]:
    """(label, PDFium page, truth text) for each test page."""
    import pypdfium2 as pdfium

    out = []
    for name, numbers in PAGES:
        doc = pdfium.PdfDocument(str(CORPUS / name))
        for k in numbers:
            page = doc[k]
            truth = page.get_textpage().get_text_range()
            out.append((f"{Path(name).stem[:24]} p{k + 1}", page, _norm(truth)))
    return out


#: how each variant is scanned: degrees turned, gaussian grain, JPEG quality (None: not saved)
SCANS: dict[str, tuple[float, float, int | None]] = {
    "clean": (0.0, 0.0, None),
    "skew": (0.7, 0.0, None),
    "jpeg": (0.0, 12.0, 30),
}


def scan(
    page: Any, dpi: int, turn: float = 0.0, grain: float = 0.0, quality: int | None = None
) -> Any:
    """The page as a scanner gives it: grey at ``dpi``, turned ``turn``°, with gaussian
    ``grain`` (a fixed seed) and saved as JPEG of ``quality``."""
    import numpy as np
    from PIL import Image

    img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    if turn:
        img = img.rotate(turn, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    if grain:
        rng = np.random.default_rng(15)
        noisy = np.asarray(img, dtype=np.float32) + rng.normal(0, grain, (img.height, img.width))
        img = Image.fromarray(noisy.clip(0, 255).astype(np.uint8))
    if quality is not None:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality)
        img = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    return img


def image(page: Any, dpi: int, variant: str) -> Any:
    """The page as a grey image at ``dpi``, skewed or JPEG-noised."""
    return scan(page, dpi, *SCANS[variant])


def tesseract() -> Callable[[Any], str]:
    """Tesseract 5 (the ``tesserocr`` binding) with Debian's chi_sim model."""
    import re

    import tesserocr

    api = tesserocr.PyTessBaseAPI(
        path="/usr/share/tesseract-ocr/5/tessdata", lang="chi_sim", psm=tesserocr.PSM.AUTO
    )
    api.SetVariable("preserve_interword_spaces", "1")
    gaps = re.compile(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])")

    def run(img: Any) -> str:
        api.SetImage(img)
        return gaps.sub("", api.GetUTF8Text())

    return run


def rapidocr() -> Callable[[Any], str]:
    """RapidOCR as gongbao runs it (gongbao.read.ocr: PP-OCRv4 models inside the
    rapidocr-onnxruntime wheel, one thread, detection at 960 pixels)."""
    from gongbao.read.ocr import read_image

    return lambda img: "\n".join(ln.text for ln in read_image(img))


ENGINES = {"tesseract": tesseract, "rapidocr": rapidocr}


def cer(found: str, truth: str) -> float:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(_norm(found), truth) / max(1, len(truth))


def unordered_errors(found: str, truth: str) -> int:
    """Characters misread whatever the order: those of ``truth`` missing from the reading or
    those read in excess, whichever are more."""
    from collections import Counter

    got, want = Counter(_norm(found)), Counter(truth)
    return max(sum((want - got).values()), sum((got - want).values()))


def _speed_worker(args: tuple[str, list[int]]) -> tuple[int, float]:
    """OCR the given pages at 300 dpi in this process, after one page to warm the engine up
    (a worker pays that once for all its files); the pages and the seconds they took."""
    name, which = args
    read = ENGINES[name]()
    items = pages()
    images = [image(items[k][1], 300, "clean") for k in which]
    read(images[0])
    start = time.perf_counter()
    for img in images:
        read(img)
    return len(images), time.perf_counter() - start


def speed(name: str, count: int, runs: int) -> float:
    """Pages per second: two processes sharing the pages, each after its warm-up."""
    results = []
    ctx = multiprocessing.get_context("fork")
    for _ in range(runs):
        halves = [list(range(0, count, 2)), list(range(1, count, 2))]
        with ctx.Pool(2) as pool:
            done = pool.map(_speed_worker, [(name, h) for h in halves])
        results.append(sum(n for n, _ in done) / max(s for _, s in done))
    return statistics.median(results)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--engines", default="tesseract,rapidocr")
    ap.add_argument("--dpi", default=",".join(map(str, DPIS)))
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument(
        "--cache", type=Path, default=None, help="keep the engine's raw answers here (no speed)"
    )
    args = ap.parse_args()
    if args.cache is not None:  # a change of post-processing measured again in seconds
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from ocr_sample import reuse_ocr

        args.cache.mkdir(parents=True, exist_ok=True)
        reuse_ocr(args.cache)
        args.runs = 0
    dpis = [int(d) for d in args.dpi.split(",")]
    variants = args.variants.split(",")
    items = pages()
    print(f"{len(items)} pages, {sum(len(t) for _, _, t in items)} characters of text layer")
    for name in args.engines.split(","):
        read = ENGINES[name]()
        print(f"\n{name}: CER (median over pages; mean in brackets); pooled over all pages")
        found: dict[tuple[int, str], list[float]] = {}
        for dpi in dpis:
            cells = []
            for variant in variants:
                reads = [(read(image(page, dpi, variant)), truth) for _, page, truth in items]
                rates = [cer(text, truth) for text, truth in reads]
                found[dpi, variant] = rates
                chars = sum(len(truth) for _, truth in reads)
                pooled = sum(r * len(t) for r, (_, t) in zip(rates, reads, strict=True)) / chars
                free = sum(unordered_errors(text, truth) for text, truth in reads) / chars
                cells.append(
                    f"{variant} {statistics.median(rates):6.2%} ({statistics.mean(rates):6.2%});"
                    f" pooled {pooled:6.2%}, order-free {free:6.2%}"
                )
            print(f"  {dpi} dpi: " + "   ".join(cells), flush=True)
        for (dpi, variant), rates in found.items():
            by_page = "; ".join(f"{it[0]}: {r:.2%}" for it, r in zip(items, rates, strict=True))
            print(f"  {dpi} dpi {variant} by page: {by_page}")
        if not args.runs:
            continue
        rate = speed(name, len(items), args.runs)
        print(f"  speed: {rate:.2f} pages/s at 300 dpi on 2 processes (median of {args.runs})")


if __name__ == "__main__":
    main()
