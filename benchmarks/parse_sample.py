"""Parse + extract time of the built-in sample against one regex pass over the same text.

Prints the median of repeated runs of each, measured in the same process and run, and their
ratio (targets: 30 for parsing alone, 40 with extraction), and the start-up time of
`gongbao --help`.

    python benchmarks/parse_sample.py [--runs 21]
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "jingan-2026-01.txt"
CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def median_seconds(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=21)
    args = ap.parse_args()
    from gongbao.check import run_checks
    from gongbao.clean import clean
    from gongbao.pipeline import parse_text
    from gongbao.read import split_lines
    from gongbao.structure import build_issue

    def structure_only() -> None:
        issue = build_issue(clean(split_lines(text)))
        run_checks(issue)

    text = SAMPLE.read_text(encoding="utf-8")
    t0 = time.perf_counter()
    parse_text(text)  # first run loads the numeral converter and word dictionary
    first = time.perf_counter() - t0
    baseline = median_seconds(lambda: CJK_RUN.findall(text), args.runs)
    structure = median_seconds(structure_only, args.runs)
    parse = median_seconds(lambda: parse_text(text), args.runs)
    helps = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "gongbao.cli", "--help"], check=True, capture_output=True
        )
        helps.append(time.perf_counter() - t)
    size = len(text.encode("utf-8"))
    print(f"sample: {SAMPLE.name}, {size / 1024:.0f} KiB, {text.count(chr(10)) + 1} lines")
    print(f"first parse (loads dictionaries): {first * 1000:.1f} ms")
    print(f"baseline re.findall CJK runs:       {baseline * 1000:.2f} ms")
    print(
        f"read+clean+structure+check:         {structure * 1000:.1f} ms, "
        f"ratio {structure / baseline:.1f} (target <= 30)"
    )
    print(
        f"... + extract (gongbao.parse_text):  {parse * 1000:.1f} ms "
        f"({size / parse / 1e6:.1f} MB/s), ratio {parse / baseline:.1f} (target <= 40)"
    )
    print(
        f"gongbao --help, median of 5:        {statistics.median(helps) * 1000:.0f} ms "
        "(target < 500)"
    )


if __name__ == "__main__":
    main()
