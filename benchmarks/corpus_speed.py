"""Parse speed per layout family of the labelled corpus (text and HTML files; PDFs are
measured as a format in read_formats.py), beside the sample's.

For every family: characters of input parsed per second (median of repeated runs of parsing
all of the family's files), the same for the built-in sample, and each family's time per
character as a multiple of the sample's (the corpus's done-when: no family over 3×), and per
line with text (what a short page's cost grows with). A plain regex pass over the same texts,
measured in the same run, is the baseline every figure is also given against, so that a noisy
machine shows in both.

Timings are CPU time of this process (other processes' load does not count), after a warm-up
pass over every file (an ingest worker is warm: dictionaries loaded, regexes compiled). Each
run times the sample and the family back to back, and a ratio is the median of the runs'
ratios: a slow spell of the machine falls on both halves of a run, not on one family.

ms/file shows the part of a document's cost that does not grow with its length (its head,
signature, checks): families of short notices pay it on few characters. The last table fits
every file's time to a cost per file, per line and per character, and gives each family's
time in those three parts.

    python benchmarks/corpus_speed.py [--runs 7] [--corpus tests/corpus]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "jingan-2026-01.txt"
CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def cpu_time(fn: Callable[[], object]) -> float:
    t = time.process_time()
    fn()
    return time.process_time() - t


def interleaved(
    first: Callable[[], object], second: Callable[[], object], runs: int
) -> tuple[float, float, float]:
    """Medians of ``first``'s and ``second``'s times and of their ratio, timed back to back
    in every run (the order alternating, so neither always runs on a warmer cache)."""
    a: list[float] = []
    b: list[float] = []
    for k in range(runs):
        if k % 2:
            tb = cpu_time(second)
            ta = cpu_time(first)
        else:
            ta = cpu_time(first)
            tb = cpu_time(second)
        a.append(ta)
        b.append(max(tb, 1e-9))
    ratio = statistics.median(x / y for x, y in zip(b, a, strict=True))
    return statistics.median(a), statistics.median(b), ratio


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus")
    args = ap.parse_args()
    from gongbao.corpus import load_corpus
    from gongbao.pipeline import parse_bytes
    from gongbao.read import decode

    def parse_all(blobs: list[bytes]) -> None:
        for b in blobs:
            parse_bytes(b)

    families: dict[str, list[bytes]] = defaultdict(list)
    for entry in load_corpus(args.corpus):
        # the sample is measured below; PDFs are a format of their own, measured against the
        # sample's own PDF in benchmarks/read_formats.py
        if entry.family != "gazette-issue" and entry.path.suffix != ".pdf":
            families[entry.family].append(entry.path.read_bytes())
    sample = SAMPLE.read_bytes()
    # warm, as an ingest worker is: dictionaries loaded, every rule's regexes compiled (twice:
    # a dictionary loaded on a later look-up than the first pass makes is loaded by then)
    warm: dict[str, float] = {}
    for _ in range(2):
        warm["(sample)"] = cpu_time(lambda: parse_bytes(sample))
        for fam, blobs in families.items():
            warm[fam] = cpu_time(partial(parse_all, blobs))

    def chars(blobs: list[bytes]) -> int:
        """Characters of text the readers give (a PDF's or a page's text, not its bytes)."""
        from gongbao.read.html import read_html
        from gongbao.read.sniff import looks_like_html

        total = 0
        for b in blobs:
            if looks_like_html(b):
                total += len(read_html(decode(b)).text)
            else:
                total += len(decode(b))
        return total

    def scan_all(blobs: list[bytes]) -> None:
        for b in blobs:
            CJK_RUN.findall(b.decode("utf-8", "replace"))

    def lines(blobs: list[bytes]) -> int:
        """Lines with text the readers give: what a short page's cost grows with."""
        from gongbao.read.html import read_html
        from gongbao.read.sniff import looks_like_html

        total = 0
        for b in blobs:
            text = read_html(decode(b)).text if looks_like_html(b) else decode(b)
            total += sum(1 for line in text.splitlines() if line.strip())
        return total

    s_chars = chars([sample])
    s_lines = lines([sample])
    _base, s_time, s_regex = interleaved(
        lambda: scan_all([sample]), lambda: parse_bytes(sample), args.runs
    )
    rows = []
    sample_times = [s_time]
    for fam in sorted(families):
        blobs = families[fam]
        n = chars(blobs)
        # the family and the sample timed back to back in every run: the ratio of the two
        # is what the machine's load cannot skew; a small family is parsed over again until
        # it takes about as long as the sample, so that both halves of a run see the same
        # spells of the machine's load
        reps = max(1, round(warm["(sample)"] / max(warm[fam], 1e-6)))
        st, t, ratio = interleaved(
            lambda: parse_bytes(sample),
            partial(parse_all, blobs * reps),
            args.runs,
        )
        t, ratio = t / reps, ratio / reps
        sample_times.append(st)
        _base, _t, regex = interleaved(
            partial(scan_all, blobs), partial(parse_all, blobs), args.runs
        )
        per_line = ratio * s_lines / lines(blobs)
        rows.append((fam, len(blobs), n, t, ratio * s_chars / n, regex, per_line))
    s_time = statistics.median(sample_times)
    print(
        f"{'family':<18} {'files':>5} {'chars':>9} {'chars/s':>10} {'ms/file':>8} {'× sample':>9} "
        f"{'× regex':>8} {'× /line':>8}"
    )
    print(
        f"{'(sample)':<18} {1:>5} {s_chars:>9} {s_chars / s_time:>10.0f} {s_time * 1000:>8.1f} "
        f"{1.0:>9.2f} {s_regex:>8.1f} {1.0:>8.2f}"
    )
    for fam, files, n, t, ratio, regex, per_line in rows:
        print(
            f"{fam:<18} {files:>5} {n:>9} {n / t:>10.0f} {t * 1000 / files:>8.1f} "
            f"{ratio:>9.2f} {regex:>8.1f} {per_line:>8.2f}"
        )
    worst = max((r[4] for r in rows), default=0.0)
    print(f"slowest family per character: {worst:.2f}× the sample")
    # (a short page's cost is per line, its head and tail looked at line by line: the same
    # time per line as the sample's says no family's rules are slower, only its lines shorter)
    worst_line = max((r[6] for r in rows), default=0.0)
    print(f"slowest family per line with text: {worst_line:.2f}× the sample")
    _split_by_length(families, sample, s_chars, chars, args.runs, parse_all)
    _decompose(families, sample, s_chars, s_lines, chars, lines, args.runs)


#: the length over which a file's per-character cost is its text's, not its fixed cost
LONG = 2_000


def _split_by_length(
    families: dict[str, list[bytes]],
    sample: bytes,
    s_chars: int,
    chars: Callable[[list[bytes]], int],
    runs: int,
    parse_all: Callable[[list[bytes]], None],
) -> None:
    """The criterion as the closing notes propose it: per character on files over ``LONG``
    characters (the page store cuts most pages near 2,000, so a short page's figure is its
    fixed cost spread over few characters), and that fixed cost apart, as the median time of
    one short file."""
    from gongbao.pipeline import parse_bytes

    print(f"\nfiles over {LONG:,} characters: per character × the sample; files under: median ms")
    print(f"{'family':<18} {'long':>5} {'× sample':>9} {'short':>6} {'ms/file':>8}")
    worst_long, worst_short = 0.0, 0.0
    for fam in sorted(families):
        long = [b for b in families[fam] if chars([b]) > LONG]
        short = [b for b in families[fam] if chars([b]) <= LONG]
        ratio = float("nan")
        if long:
            _st, _t, r = interleaved(lambda: parse_bytes(sample), partial(parse_all, long), runs)
            ratio = r * s_chars / chars(long)
            worst_long = max(worst_long, ratio)
        per_file = float("nan")
        if short:
            per_file = (
                statistics.median(
                    statistics.median(cpu_time(partial(parse_bytes, b)) for _ in range(runs))
                    for b in short
                )
                * 1000
            )
            worst_short = max(worst_short, per_file)
        print(f"{fam:<18} {len(long):>5} {ratio:>9.2f} {len(short):>6} {per_file:>8.2f}")
    print(
        f"slowest family per character on long files: {worst_long:.2f}× the sample; "
        f"largest median cost of a short file: {worst_short:.2f} ms"
    )


def _decompose(
    families: dict[str, list[bytes]],
    sample: bytes,
    s_chars: int,
    s_lines: int,
    chars: Callable[[list[bytes]], int],
    lines: Callable[[list[bytes]], int],
    runs: int,
) -> None:
    """What a file's time grows with: every file's CPU (the least of ``runs`` parses) fitted
    by least squares to a cost per file, per line with text and per character. Against the
    sample's cost per character, the fit says whether a family is slow for its text or for
    being cut into short pages (each of which pays its head, its signature and its checks)."""
    import numpy as np

    from gongbao.pipeline import parse_bytes

    rows: list[tuple[str, int, int, float]] = []
    for fam in sorted(families):
        for b in families[fam]:
            t = min(cpu_time(partial(parse_bytes, b)) for _ in range(runs))
            rows.append((fam, lines([b]), chars([b]), t))
    x = np.array([(1.0, n_lines, n_chars) for _f, n_lines, n_chars, _t in rows])
    y = np.array([t for *_r, t in rows])
    (per_file, per_line, per_char), *_rest = np.linalg.lstsq(x, y, rcond=None)
    s_time = statistics.median(cpu_time(partial(parse_bytes, sample)) for _ in range(runs))
    print(
        f"\nthe corpus's {len(rows):,} files fitted: {per_file * 1000:.2f} ms a file, "
        f"{per_line * 1e6:.0f} µs a line with text, {per_char * 1e9:.0f} ns a character "
        f"(the sample: {s_time / s_chars * 1e9:.0f} ns a character, "
        f"{s_time / s_lines * 1e6:.0f} µs a line, all told)"
    )
    print(f"{'family':<18} {'chars/file':>10} {'file':>6} {'line':>6} {'char':>6}  (share of time)")
    for fam in sorted(families):
        mine = x[[k for k, r in enumerate(rows) if r[0] == fam]]
        parts = mine.sum(axis=0) * np.array([per_file, per_line, per_char])
        share = parts / parts.sum()
        print(
            f"{fam:<18} {mine[:, 2].mean():>10.0f} {share[0]:>6.0%} {share[1]:>6.0%} "
            f"{share[2]:>6.0%}"
        )


if __name__ == "__main__":
    main()
