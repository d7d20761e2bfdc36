"""Pages per second for each reader: text, HTML and PDF, each beside a simple baseline
measured in the same run (the machines are noisy; ratios travel better than seconds).

- text: the sample issue (its 93 printed pages, as the PDF made from it has them);
  baseline: decoding the bytes and splitting lines.
- HTML: the 60 State Council pages of ../shared/corpus/govcn-2018 when present (one page is
  one web page); baseline: lxml's parse and ``text_content()`` of each page.
- PDF: the sample printed to PDF by chromium (tests/printing.py; 93 pages); baseline:
  PDFium's own page text (``get_text_range``) of every page, which has no layout.

For each: the reader alone (bytes → lines) and the whole parse (→ documents and facts).

    python benchmarks/read_formats.py [--runs 7]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from parse_sample import median_seconds  # noqa: E402  (a script beside this one)

SAMPLE = ROOT / "samples" / "jingan-2026-01.txt"
GOVCN = ROOT.parent / "shared" / "corpus" / "govcn-2018"


def row(name: str, pages: int, seconds: float, base: float) -> None:
    print(
        f"{name:<28} {pages / seconds:>9.1f} pages/s  ({seconds * 1000:8.1f} ms for {pages}; "
        f"{seconds / base:6.1f}× the baseline)"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    from gongbao.pipeline import parse_bytes
    from gongbao.read import decode, split_lines
    from gongbao.read.html import read_html
    from gongbao.read.pdf import read_pdf

    data = SAMPLE.read_bytes()
    parse_bytes(data)  # loads dictionaries once
    pages = 93
    base = median_seconds(lambda: decode(data).splitlines(), args.runs)
    print(f"text baseline (decode + splitlines): {base * 1000:.2f} ms")
    row("text: read", pages, median_seconds(lambda: split_lines(decode(data)), args.runs), base)
    row("text: whole parse", pages, median_seconds(lambda: parse_bytes(data), args.runs), base)

    if GOVCN.is_dir():
        import lxml.html

        files = sorted(GOVCN.glob("*.htm*"))
        blobs = [f.read_bytes() for f in files]

        def lxml_text() -> None:
            for b in blobs:
                lxml.html.fromstring(b).text_content()

        base = median_seconds(lxml_text, args.runs)
        print(f"HTML baseline (lxml text_content of {len(blobs)} pages): {base * 1000:.1f} ms")
        texts = [decode(b) for b in blobs]
        row(
            "HTML: read",
            len(blobs),
            median_seconds(lambda: [read_html(t) for t in texts], args.runs),
            base,
        )
        row(
            "HTML: whole parse",
            len(blobs),
            median_seconds(lambda: [parse_bytes(b) for b in blobs], args.runs),
            base,
        )
    else:
        print(f"HTML: skipped ({GOVCN} not found)")

    from tests.printing import chromium, gazette_pdf

    if chromium() is None:
        print("PDF: skipped (no chromium to print the sample; run scripts/browser.sh)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        pdf = gazette_pdf(data.decode("utf-8"), Path(tmp) / "sample.pdf").read_bytes()
    import pypdfium2 as pdfium

    def pdfium_text() -> None:
        doc = pdfium.PdfDocument(pdf)
        for k in range(len(doc)):
            doc[k].get_textpage().get_text_range()
        doc.close()

    pages = len(pdfium.PdfDocument(pdf))
    base = median_seconds(pdfium_text, args.runs)
    print(f"PDF baseline (PDFium page text, no layout, {pages} pages): {base * 1000:.1f} ms")
    row("PDF: read", pages, median_seconds(lambda: read_pdf(pdf), args.runs), base)
    row("PDF: whole parse", pages, median_seconds(lambda: parse_bytes(pdf), args.runs), base)


if __name__ == "__main__":
    main()
