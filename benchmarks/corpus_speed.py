"""Parse speed per layout family of the labelled corpus (text and HTML files; PDFs are
measured as a format in read_formats.py), beside the sample's.

For every family: characters of input parsed per second (median of repeated runs of parsing
all of the family's files), the same for the built-in sample, and each family's time per
character as a multiple of the sample's (the corpus's done-when: no family over 3×). A plain
regex pass over the same texts, measured in the same run, is the baseline every figure is
also given against, so that a noisy machine shows in both. ms/file shows the part of a
document's cost that does not grow with its length (its head, signature, checks): families of
short notices pay it on few characters.

    python benchmarks/corpus_speed.py [--runs 7] [--corpus tests/corpus]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "jingan-2026-01.txt"
CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def median_of(fn: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus")
    args = ap.parse_args()
    from gongbao.corpus import load_corpus
    from gongbao.pipeline import parse_bytes
    from gongbao.read import decode

    families: dict[str, list[bytes]] = defaultdict(list)
    for entry in load_corpus(args.corpus):
        # the sample is measured below; PDFs are a format of their own, measured against the
        # sample's own PDF in benchmarks/read_formats.py
        if entry.family != "gazette-issue" and entry.path.suffix != ".pdf":
            families[entry.family].append(entry.path.read_bytes())
    sample = SAMPLE.read_bytes()
    parse_bytes(sample)  # loads the dictionaries once, outside the timings

    def chars(blobs: list[bytes]) -> int:
        """Characters of text the readers give (a PDF's or a page's text, not its bytes)."""
        from gongbao.read.html import looks_like_html, read_html

        total = 0
        for b in blobs:
            if looks_like_html(b):
                total += len(read_html(decode(b)).text)
            else:
                total += len(decode(b))
        return total

    def parse_all(blobs: list[bytes]) -> None:
        for b in blobs:
            parse_bytes(b)

    def scan_all(blobs: list[bytes]) -> None:
        for b in blobs:
            CJK_RUN.findall(b.decode("utf-8", "replace"))

    s_time = median_of(lambda: parse_bytes(sample), args.runs)
    s_base = median_of(lambda: scan_all([sample]), args.runs)
    s_chars = chars([sample])
    s_per = s_time / s_chars
    print(
        f"{'family':<18} {'files':>5} {'chars':>9} {'chars/s':>10} {'ms/file':>8} {'× sample':>9} "
        f"{'× regex':>8}"
    )
    print(
        f"{'(sample)':<18} {1:>5} {s_chars:>9} {s_chars / s_time:>10.0f} {s_time * 1000:>8.1f} "
        f"{1.0:>9.2f} "
        f"{s_time / s_base:>8.1f}"
    )
    worst = 0.0
    for fam in sorted(families):
        blobs = families[fam]
        n = chars(blobs)
        t = median_of(lambda blobs=blobs: parse_all(blobs), args.runs)
        base = median_of(lambda blobs=blobs: scan_all(blobs), args.runs)
        ratio = (t / n) / s_per
        worst = max(worst, ratio)
        print(
            f"{fam:<18} {len(blobs):>5} {n:>9} {n / t:>10.0f} {t * 1000 / len(blobs):>8.1f} "
            f"{ratio:>9.2f} {t / base:>8.1f}"
        )
    print(f"slowest family per character: {worst:.2f}× the sample")


if __name__ == "__main__":
    main()
