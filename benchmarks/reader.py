"""Server time of the document reader for the sample's largest document, p50/p95 over
repeated requests through the app (no network), beside the JSON of the same document.

    python benchmarks/reader.py [--runs 50]
"""

from __future__ import annotations

import argparse
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "jingan-2026-01.txt"


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=50)
    args = ap.parse_args()
    import gongbao
    from gongbao.store.db import Store
    from gongbao.web.api import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "g.db"))
        issue = gongbao.parse_file(SAMPLE)
        store.ingest(issue, SAMPLE.name, SAMPLE.read_bytes())
        largest = max(issue.documents, key=lambda d: len(d.blocks()))
        client = TestClient(create_app(store))
        for label, url in [
            ("reader page", f"/documents/{largest.id}"),
            ("document JSON", f"/api/documents/{largest.id}"),
        ]:
            client.get(url)
            times = []
            for _ in range(args.runs):
                t = time.perf_counter()
                assert client.get(url).status_code == 200
                times.append(time.perf_counter() - t)
            print(
                f"{label:<14} {largest.id} ({len(largest.blocks())} blocks): "
                f"p50 {pct(times, 50) * 1000:.1f} ms, p95 {pct(times, 95) * 1000:.1f} ms "
                "(target p95 <= 100 ms for the page)"
            )


if __name__ == "__main__":
    main()
