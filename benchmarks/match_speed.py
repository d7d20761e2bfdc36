"""Matching one profile against 10,000 measures (issue 17's done-when: ≤ 50 ms).

The sample's measures, each with its eligibility rule as extracted, repeated under distinct
document ids until there are ``--measures`` of them, half of the copies in another district
and a third of them expired, so that every path of the matcher runs. Prints the median of
repeated runs beside a plain baseline measured in the same run: one pass over the same rules
that only reads each condition's field (what any matcher must at least touch).

    python benchmarks/match_speed.py [--measures 10000] [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "jingan-2026-01.txt"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--measures", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    import gongbao
    from gongbao.matching import Profile, match

    issue = gongbao.parse_file(SAMPLE)
    base = [asdict(m) for m in issue.facts["measures"]]
    measures: list[dict[str, Any]] = []
    docs: dict[str, dict[str, Any]] = {}
    copy = 0
    while len(measures) < args.measures:
        for m in base:
            if len(measures) == args.measures:
                break
            doc = f"{m['document']}-{copy}"
            rule = m["eligibility"]
            if copy % 2:  # another district's copy
                rule = {
                    **rule,
                    "conditions": [
                        {**c, "values": ["黄浦区"]} if c["field"] == "place" else c
                        for c in rule["conditions"]
                    ],
                }
            measures.append({**m, "document": doc, "eligibility": rule})
            docs[doc] = {
                "title": "t",
                "date": "2026-01-26",
                "valid_from": None,
                "valid_until": "2025-12-31" if copy % 3 == 0 else "2026-12-31",
            }
        copy += 1
    profile = Profile.from_dict(
        {"place": "上海市静安区", "industry": "生物医药", "kind": "企业", "as_of": "2026-06-01"}
    )

    def baseline() -> int:
        return sum(len(c["field"]) for m in measures for c in m["eligibility"]["conditions"])

    def timed(fn: Any) -> float:
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        return statistics.median(times) * 1000

    found = len(match(profile, measures, docs))
    ms = timed(lambda: match(profile, measures, docs))
    plain = timed(baseline)
    print(f"{len(measures)} measures, {found} offered to the profile")
    print(
        f"match: {ms:.1f} ms median of {args.runs}; baseline pass {plain:.1f} ms "
        f"({ms / plain:.1f}x)"
    )


if __name__ == "__main__":
    main()
