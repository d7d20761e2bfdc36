"""What the extractors cost per character on the corpus, beside the sample's.

The extract stage alone: every input is read, cleaned and structured once, outside the
timings, exactly as the pipeline does it (the tree is captured where the pipeline hands it to
the extractors); then each extractor is run on every tree and timed — median of repeated
runs. A plain regex pass over the same texts (every 《…》 and every number), measured in the
same run, is the baseline each figure is also given against, so that a noisy machine shows in
both. The corpus is every text and HTML file of the labelled corpus but the sample's family
(PDFs are read by another reader and measured in read_formats.py).

    python benchmarks/extract_speed.py [--runs 7] [--corpus tests/corpus]
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from parse_sample import median_seconds as median_of  # a script beside this one

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "jingan-2026-01.txt"
BASELINE = re.compile(r"《[^《》]{1,80}》|\d+(?:\.\d+)?")


#: each tree's organisation registry, which measures resolve their units against
REGISTRIES: dict[int, Any] = {}


def structured(data: bytes) -> tuple[Any, int]:
    """The tree the extractors are given for ``data``, and the characters of its text."""
    import gongbao.pipeline as pipeline
    from gongbao.extract import registry_of

    captured: list[Any] = []
    real = pipeline.run_extractors

    def capture(issue: Any) -> None:
        captured.append(copy.deepcopy(issue))
        real(issue)

    pipeline.run_extractors = capture  # type: ignore[assignment]
    try:
        pipeline.parse_bytes(data)
    finally:
        pipeline.run_extractors = real
    issue = captured[0]
    found: dict[str, list[Any]] = {}
    from gongbao.extract import EXTRACTORS

    for _name, fn in EXTRACTORS:
        for key, values in fn(issue).items():
            found.setdefault(key, []).extend(values)
    REGISTRIES[id(issue)] = registry_of(issue, found)
    chars = sum(len(b.text) for d in issue.documents for b in _blocks(d))
    return issue, chars


def _blocks(doc: Any) -> list[Any]:
    from gongbao.extract.walk import walk

    return [b for b, _ in walk(doc)]


def extractors() -> list[tuple[str, Callable[[Any], object]]]:
    from gongbao.extract import EXTRACTORS, measures

    out: list[tuple[str, Callable[[Any], object]]] = list(EXTRACTORS)
    out.append(("measures", lambda issue: measures.extract(issue, REGISTRIES[id(issue)])))
    return out


def texts(issue: Any) -> list[str]:
    return [b.text for d in issue.documents for b in _blocks(d)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus")
    args = ap.parse_args()
    from gongbao.corpus import load_corpus

    sample, s_chars = structured(SAMPLE.read_bytes())
    corpus: list[Any] = []
    c_chars = 0
    for entry in load_corpus(args.corpus):
        if entry.family == "gazette-issue" or entry.path.suffix == ".pdf":
            continue
        issue, n = structured(entry.path.read_bytes())
        corpus.append(issue)
        c_chars += n

    s_texts = texts(sample)
    c_texts = [t for issue in corpus for t in texts(issue)]

    def scan(blocks: list[str]) -> None:
        for t in blocks:
            BASELINE.findall(t)

    s_base = median_of(lambda: scan(s_texts), args.runs) / s_chars
    c_base = median_of(lambda: scan(c_texts), args.runs) / c_chars
    print(f"sample: {s_chars} chars in its tree; corpus: {len(corpus)} files, {c_chars} chars")
    print(
        f"{'extractor':<14} {'sample ns/char':>15} {'corpus ns/char':>15} {'corpus × sample':>16} "
        f"{'sample × regex':>15} {'corpus × regex':>15}"
    )
    s_total = c_total = 0.0
    for name, fn in extractors():
        s = median_of(lambda fn=fn: fn(sample), args.runs) / s_chars  # type: ignore[misc]
        c = (
            median_of(lambda fn=fn: [fn(issue) for issue in corpus], args.runs)  # type: ignore[misc]
            / c_chars
        )
        s_total += s
        c_total += c
        print(
            f"{name:<14} {s * 1e9:>15.1f} {c * 1e9:>15.1f} {c / s:>16.2f} "
            f"{s / s_base:>15.1f} {c / c_base:>15.1f}"
        )
    print(
        f"{'all':<14} {s_total * 1e9:>15.1f} {c_total * 1e9:>15.1f} {c_total / s_total:>16.2f} "
        f"{s_total / s_base:>15.1f} {c_total / c_base:>15.1f}"
    )
    print(f"regex baseline: sample {s_base * 1e9:.1f} ns/char, corpus {c_base * 1e9:.1f} ns/char")


if __name__ == "__main__":
    main()
