"""The sample issue scanned and read back by OCR: how many of its facts survive.

samples/jingan-2026-01.txt is printed to PDF by chromium (tests/printing.py, as the PDF tests
do), every page rasterised into an image-only PDF (grey, at ``--dpi``; the ``skew`` variant
also turned 0.7°, with light gaussian noise, saved as JPEG quality 75, as an office scanner
gives it), and that PDF parsed by gongbao's normal path (``gongbao.parse_bytes``, what
``gongbao parse`` runs). The truth is the parse of the text-layer PDF of the same pages (on the
whole issue it equals the text parse of the sample, white space aside: tests/read/test_pdf.py;
the run checks it).

Compared, white space taken out of every string, full-width and half-width marks taken as one
(NFKC) and sources left out: documents (title, 文号,
date), contents entries, tables, footnotes and every fact list of the export. Recall = facts
of the truth found identically in the OCR parse; invented = facts of the OCR parse that are
not in the truth (a wrong 文号 counts once missing and once invented). Also: pages per second
(wall and CPU of the parse), and the character error rate of the OCR'd lines against the
page's text layer (white space out, NFKC, as benchmarks/ocr_cer.py).

Rasterised pages and the printed PDF are cached under ``--cache`` (default: the temp dir);
``--reuse-ocr`` also caches the engine's raw answers per image there, so that a change of OCR
post-processing can be measured again in seconds (no speed figures then).

    python benchmarks/ocr_sample.py [--dpi 200,300] [--variants clean,skew] [--pages N]
        [--reuse-ocr] [--show-lost 20]

Measured 2026-12-02 04:10–04:55 UTC on the 2-core machine shared with 7 other sessions (load
average 11–15 throughout, so the engine got 10–25 % of a core), rapidocr-onnxruntime 1.4.4,
the first 9 of the 93 pages (cover, contents, two notices with their lists, the appointment
tables on pages 7–9; the whole issue at three variants would have taken hours at that load):

    recall (found / truth), invented   300 dpi        200 dpi        300 dpi skew+JPEG
    documents                           4/4   +0       4/4   +0       4/4   +0
    toc                                10/10  +0      10/10  +0      10/10  +0
    tables                              1/2   +1       1/2   +1       1/2   +1
    appointments                       47/48  +1      47/48  +1      47/48  +1
    moves                              12/12  +0      12/12  +0      12/12  +0
    commitments                        43/45  +2      43/45  +2      44/45  +1
    measures                            8/13  +5       8/13  +5       8/13  +5
    references                          4/4   +0       4/4   +0       4/4   +0
    organisations                      47/47  +0      47/47  +0      47/47  +0
    all                               176/185 95.1 % +9  176/185 95.1 % +9  177/185 95.7 % +8

Every fact lost is one misread character (遴→遂, 孪→李, 韞 and 缮 dropped, AI→A, ×→X,
万→方 in '1.3万人次'); each comes back as the same fact with the wrong character, which is what
the 'invented' column counts. Speed, engine answers not cached, at 300 dpi: 9 pages in 132 CPU
s and 132 s wall (0.068 pages/s, one thread, the engine's first-page warm-up included) at
05:02 UTC when the load had fallen to 1.5; 787 s wall for the skewed 9 (0.011 pages/s wall,
0.060 pages/s CPU) at load 11–15. CER against the text layer 8 % (the two table pages count
their cells' reading order as errors: 437 of the 650 edits; the other pages 2.5–4 %, a
running header of 12 characters each included). Before this issue's changes the first three
pages at 300 dpi gave 0/10 contents entries and 0/21 commitments, and the appointment table
came out as run-together lines.

The whole issue (93 pages, 300 dpi, clean), 2026-12-02 05:18–05:38 UTC, load 0.9 to 2 (a test
run beside it for the last half): 0.078 pages/s wall, 0.082 CPU (1,137 CPU s); CER 5.28 %;
24 OCR problems. Recall 536/645 = 83.1 %, 59 invented: documents 7/10 (two reports lose
their date, one 文号 read 【2026] — now given as 〔2026〕, see docnumber._paired), toc 10/10,
tables 3/9, footnotes 0/11 (the raised markers are lost), appointments 47/48, indicators
35/42, commitments 43/45, measures 48/60, projects 65/80, references 32/33, terms 28/40,
budget lines 136/160, budget identities 17/28 (three made with a part missing, so one
claims the sum does not hold), moves 12/12, organisations 51/52. The first nine pages'
95 % does not carry over to the budget tables, the glossary and the footnotes.
After the 文号 fix and with no arithmetic verdict on OCR'd budget figures (pipeline.
_withhold_ocr_verdicts), the same engine answers give 537/645 = 83.3 %, 54 invented:
documents 8/10, budget identities 17/28 +0, budget checks 1/2 +0.

With raised footnote markers restored (read.ocr_marks) and a line stretched by one still
taken in the body's size (read.pdf_ocr.printed), 2026-12-02 07:52–08:01 UTC, all 93 engine
answers from the cache, load 9–13; the same parse with the marker pass switched off, in the same
state of the parser, gave 537/645, 54 invented. Now 558/645 = 86.5 %, 52 invented:
footnotes 0/11 → 9/11 +2 (the two made are found footnotes under another anchor block,
'2.9.1' for '3.9.1', a structure difference upstream of the markers), measures 48/60 +11 →
52/60 +7, terms 28/40 +4 → 36/40 +5 (the footnotes' glossary entries; 'ESG' is made from a
body read without its spaces), references +3 → +2, every other kind unchanged. The parse of
the 93 pages took 27 CPU s against 25 with the pass off (the marks and a few stretches read
alone); CER 5.27 %.

With the OCR line rules of read.pdf_ocr (numbers whose group comma was read as the Chinese
one, '3，083,012万元'; a dated line's dash read as 一; a row's type size from its characters'
pitch where its box was drawn loose), 2026-12-02 09:58–10:25 UTC, all engine answers from
the cache, load 8–9, beside the glyph rules of read.ocr_glyphs in the same state of the
parser (574/645 = 89.0 %, 36 invented with the three line rules switched off): 617/645 =
95.7 %, 29 invented. Budget lines 136/160 → 160/160 (+1 → +0: the line made with no label
came from '3，083,012'), identities 17/28 → 28/28, checks 1/2 → 2/2, documents 8/10 → 10/10
(+2 → +0; both reports' '——2026年1月14日在…会议上' read '一2026年…'), footnotes 9/11 → 11/11
and organisations 51/52 → 52/52 (+2 → +0: the same dated lines), rules and benefits 0 → 1
(an item's first line drawn half as tall again split it). Each rule alone, the others on:
the group commas +36 found / −1 invented, the dated lines +5 / −6, the pitch +2 / +0.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import pickle
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
SAMPLE = ROOT / "samples" / "jingan-2026-01.txt"

from gongbao.model import FACT_KEYS  # noqa: E402  (after the path is set)

#: the fact lists compared, by their place in the export
KINDS = (
    "documents",
    "toc",
    "tables",
    "footnotes",
    *FACT_KEYS,
    "moves",
    "budget.lines",
    "budget.identities",
    "budget.checks",
    "organisations",
)


def printed(cache: Path) -> bytes:
    """The sample printed to PDF by chromium (cached by the sample's and printer's content)."""
    from tests.printing import gazette_pdf

    key = hashlib.sha1(
        SAMPLE.read_bytes() + (ROOT / "tests" / "printing.py").read_bytes()
    ).hexdigest()[:12]
    path = cache / f"sample-{key}.pdf"
    if not path.exists():
        gazette_pdf(SAMPLE.read_text(encoding="utf-8"), path)
    return path.read_bytes()


def first_pages(pdf: bytes, count: int | None) -> bytes:
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(pdf)
    if count is None or count >= len(src):
        return pdf
    out = pdfium.PdfDocument.new()
    out.import_pages(src, list(range(count)))
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


#: ``skew``: turned, light grain, JPEG, as an office scanner gives a page
SCANS: dict[str, tuple[float, float, int | None]] = {
    "clean": (0.0, 0.0, None),
    "skew": (0.7, 6.0, 75),
}


def image(page: Any, dpi: int, variant: str) -> Any:
    """One page as a scanner gives it: grey at ``dpi``; ``skew``: turned, noisy, JPEG."""
    from ocr_cer import scan

    return scan(page, dpi, *SCANS[variant])


def scanned(pdf: bytes, dpi: int, variant: str, cache: Path) -> bytes:
    """``pdf`` as an image-only PDF, one image a page (cached)."""
    import pypdfium2 as pdfium

    key = hashlib.sha1(pdf).hexdigest()[:12]
    path = cache / f"scan-{key}-{dpi}-{variant}.pdf"
    if not path.exists():
        doc = pdfium.PdfDocument(pdf)
        images = [image(doc[k], dpi, variant) for k in range(len(doc))]
        buf = io.BytesIO()
        images[0].save(buf, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
        path.write_bytes(buf.getvalue())
    return path.read_bytes()


#: engine answers taken from the cache in this run (then the speed is not the engine's)
HITS: list[int] = [0]


def reuse_ocr(cache: Path) -> None:
    """Answer the engine's calls from a cache of its raw results, keyed by the image."""
    import gongbao.read.ocr as ocr

    real = ocr._engine
    folder = cache / "raw"
    folder.mkdir(exist_ok=True)

    def engine() -> Any:
        def run(pixels: Any, **kw: Any) -> Any:
            key = hashlib.sha1(pixels.tobytes() + repr(sorted(kw.items())).encode())
            path = folder / (key.hexdigest() + ".pickle")
            if path.exists():
                HITS[0] += 1
                return pickle.loads(path.read_bytes())
            answer = real()(pixels, **kw)
            path.write_bytes(pickle.dumps(answer))
            return answer

        return run

    ocr._engine = engine  # type: ignore[assignment]


def _squashed(x: Any, titles: dict[str, str]) -> Any:
    """White space out of strings, sources out, document ids as their titles; full-width and
    half-width forms of a mark are one (NFKC: '（' is '(', '〔' stays): the sample itself sets
    '(一)' and '（五）' side by side, and no scan shows which width was printed."""
    if isinstance(x, str):
        return unicodedata.normalize("NFKC", "".join(titles.get(x, x).split()))
    if isinstance(x, dict):
        return tuple(
            (k, _squashed(v, titles)) for k, v in x.items() if k not in ("source", "id", "path")
        )
    if isinstance(x, list):
        return tuple(_squashed(v, titles) for v in x)
    return x


def facts(issue: Any) -> dict[str, Counter[Any]]:
    """Each kind's facts as comparable keys (a multiset: the same fact twice counts twice)."""
    data = issue.to_dict()
    titles = {d["id"]: d["title"] for d in data["documents"]}
    out: dict[str, Counter[Any]] = {}
    for kind in KINDS:
        head, _, tail = kind.partition(".")
        items = data[head][tail] if tail else data[head]
        if kind == "documents":
            items = [{k: d[k] for k in ("title", "doc_number", "date")} for d in items]
        out[kind] = Counter(json.dumps(_squashed(f, titles), ensure_ascii=False) for f in items)
    return out


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def cer(issue: Any, layer: list[str]) -> float:
    """Edit distance of the OCR'd lines taken as text to the text layer, page by page (a
    table's cells in the order of their boxes, top to bottom: a page with a table counts
    its reading order as errors too)."""
    from rapidfuzz.distance import Levenshtein

    pages: dict[int, list[str]] = {}
    # chromium's running header is not in the text layer: its line is left out of both
    header = {r.line for r in issue.removed if r.why == "running_header"}
    for r in (issue.ocr or {}).get("lines", []):
        if r["line"] in header:
            continue
        if r["line"] is not None or r.get("table"):  # taken as text, or a table's cell
            pages.setdefault(r["page"], []).append(r["text"])
    errors = sum(
        Levenshtein.distance(_norm("".join(pages.get(k + 1, []))), truth)
        for k, truth in enumerate(layer)
    )
    return errors / max(1, sum(len(t) for t in layer))


def text_layer(pdf: bytes) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    return [_norm(doc[k].get_textpage().get_text_range()) for k in range(len(doc))]


def compare(truth: dict[str, Counter[Any]], got: dict[str, Counter[Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kind in KINDS:
        want, have = truth[kind], got[kind]
        found = sum((want & have).values())
        out[kind] = {
            "truth": sum(want.values()),
            "found": found,
            "invented": sum((have - want).values()),
            "lost": list((want - have).elements()),
            "made": list((have - want).elements()),
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dpi", default="200,300")
    ap.add_argument("--variants", default="clean,skew", help="clean, skew (at the highest dpi)")
    ap.add_argument("--pages", type=int, default=None, help="only the first N pages")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "ocr_sample")
    ap.add_argument("--reuse-ocr", action="store_true", help="cache the engine's raw answers")
    ap.add_argument("--show-lost", type=int, default=0, help="print up to N lost/made facts")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.reuse_ocr:
        reuse_ocr(args.cache)
    from gongbao.pipeline import parse_bytes, parse_text
    from gongbao.read.ocr import engine_name

    whole = printed(args.cache)
    pdf = first_pages(whole, args.pages)
    layer = text_layer(pdf)
    truth_issue = parse_bytes(pdf)
    truth = facts(truth_issue)
    if args.pages is None:
        text = facts(parse_text(SAMPLE.read_text(encoding="utf-8")))
        differ = sum(((text[k] - truth[k]) + (truth[k] - text[k])).total() for k in KINDS)
        print(f"text-layer PDF against the text parse: {differ} facts differ")
    dpis = [int(d) for d in args.dpi.split(",")]
    runs = [(d, "clean") for d in dpis]
    if "skew" in args.variants.split(","):
        runs.append((max(dpis), "skew"))
    print(f"{len(layer)} pages, {engine_name()}, load {os.getloadavg()[0]:.1f}")
    table: dict[str, dict[str, Any]] = {}
    for dpi, variant in runs:
        scan = scanned(pdf, dpi, variant, args.cache)
        HITS[0] = 0
        wall, cpu = time.perf_counter(), time.process_time()
        issue = parse_bytes(scan)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        label = f"{dpi} {variant}"
        table[label] = compare(truth, facts(issue))
        low = [p for p in issue.problems if p.kind.startswith("ocr_")]
        cached = f", {HITS[0]} pages from the cache" if HITS[0] else ""
        print(
            f"\n{label}: {len(layer) / wall:.3f} pages/s wall, {len(layer) / cpu:.3f} pages/s CPU"
            f" ({wall:.0f} s, {cpu:.0f} CPU s{cached})"
            f"; CER {cer(issue, layer):.2%}; {len(low)} OCR problems",
            flush=True,
        )
        for kind, row in table[label].items():
            if args.show_lost and (row["lost"] or row["made"]):
                for f in row["lost"][: args.show_lost]:
                    print(f"    lost {kind}: {f[:300]}")
                for f in row["made"][: args.show_lost]:
                    print(f"    made {kind}: {f[:300]}")
    labels = list(table)
    print("\nrecall (found / truth), invented")
    print(f"{'':20}" + "".join(f"{lb:>22}" for lb in labels))
    for kind in KINDS:
        cells = []
        for lb in labels:
            row = table[lb][kind]
            rate = row["found"] / row["truth"] if row["truth"] else 1.0
            cells.append(f"{row['found']:4}/{row['truth']:<4} {rate:6.1%} +{row['invented']:<3}")
        print(f"{kind:20}" + "".join(f"{c:>22}" for c in cells))
    cells = []
    for lb in labels:
        found = sum(r["found"] for r in table[lb].values())
        total = sum(r["truth"] for r in table[lb].values())
        made = sum(r["invented"] for r in table[lb].values())
        cells.append(f"{found:4}/{total:<4} {found / max(1, total):6.1%} +{made:<3}")
    print(f"{'all':20}" + "".join(f"{c:>22}" for c in cells))


if __name__ == "__main__":
    main()
