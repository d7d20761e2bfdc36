"""Ingest throughput and search latency at scale, each beside a naive baseline measured in
the same run.

The corpus is the built-in sample under N distinct issue numbers (default 1,000). Ingest is
`gongbao ingest`'s own path (parallel parsing, one transaction per issue). Search latency is
measured for 1-, 2- and 4-character queries and a phrase, p50 and p95 over repeated runs with
facets and snippets (after one untimed run of each query; the first search after opening the
store is printed on its own), against `SELECT … WHERE text LIKE '%q%'` over the same blocks.

    python benchmarks/store_search.py [--issues 1000] [--db /tmp/gongbao-bench.db]
                                      [--pg postgresql://…] [--runs 30] [--reuse]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "jingan-2026-01.txt"
QUERIES = {
    "1 char": ("养", None),
    "2 chars": ("养老", None),
    "4 chars": ("为老服务", None),
    "phrase": ('"社区托育“宝宝屋”"', None),
    "4 rare": ("沙盒监管", None),
    "2 in one issue": ("养老", "issue"),
}


def make_corpus(folder: Path, n: int) -> int:
    text = SAMPLE.read_text(encoding="utf-8")
    size = 0
    for k in range(n):
        year, number = 2026 - k // 12, k % 12 + 1
        body = text.replace("第1期（总第47期）", f"第{number}期（总第{k + 1}期）").replace(
            "\n2026\n", f"\n{year}\n", 1
        )
        data = body.encode("utf-8")
        (folder / f"issue-{k:05d}.txt").write_bytes(data)
        size += len(data)
    return size


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def bench(url: str, files: Path, size: int, runs: int, reuse: bool = False) -> None:
    from sqlalchemy import text

    from gongbao.store.db import Store
    from gongbao.store.ingest import ingest_paths
    from gongbao.store.search import Filters, search

    store = Store(url)
    if reuse and store.counts().get("issues", 0) >= len(list(files.iterdir())):
        print(f"[{store.dialect}] ingest: skipped (--reuse: the store already holds the corpus)")
    else:
        t0 = time.perf_counter()
        summary = ingest_paths(store, [str(files)])
        seconds = time.perf_counter() - t0
        n = len(summary.outcomes)
        print(
            f"[{store.dialect}] ingest: {n} issues, {size / 1e6:.0f} MB in {seconds:.0f} s = "
            f"{size / 1e6 / seconds:.2f} MB/s, {seconds / n * 1000:.0f} ms per issue "
            f"({summary.count('failed')} failed)"
        )
    print(f"[{store.dialect}] store: {store.counts()}")
    like = "SELECT b.document_id, b.path FROM blocks b WHERE b.text LIKE :p ORDER BY b.id LIMIT 20"
    count = "SELECT COUNT(*) FROM blocks b WHERE b.text LIKE :p"
    scoped = (
        "SELECT COUNT(*) FROM blocks b JOIN documents d ON d.id = b.document_id "
        "WHERE d.issue_id = :i AND b.text LIKE :p"
    )
    with store.engine.connect() as conn:
        a = time.perf_counter()
        one = search(store, "养老", limit=1).results[0].issue
        print(
            f"[{store.dialect}] first search after opening the store (cold): "
            f"{(time.perf_counter() - a) * 1000:.1f} ms"
        )
        for label, (q, scope) in QUERIES.items():
            filters = Filters(issue=one) if scope else Filters()
            needle = q.strip('"')
            ts, tl = [], []
            total = 0
            search(store, q, filters, limit=20)  # one untimed run of each, warm
            for _ in range(runs):
                a = time.perf_counter()
                total = search(store, q, filters, limit=20).total
                ts.append(time.perf_counter() - a)
                a = time.perf_counter()
                if scope:
                    conn.execute(text(scoped), {"p": f"%{needle}%", "i": one}).scalar()
                else:
                    conn.execute(text(like), {"p": f"%{needle}%"}).all()
                    conn.execute(text(count), {"p": f"%{needle}%"}).scalar()
                tl.append(time.perf_counter() - a)
            p50, p95 = pct(ts, 50) * 1000, pct(ts, 95) * 1000
            l50 = pct(tl, 50) * 1000
            print(
                f"[{store.dialect}] {label:<8} {q!s:<14} {total:>7} hits  search p50 "
                f"{p50:6.1f} ms  p95 {p95:6.1f} ms   LIKE scan p50 {l50:8.1f} ms   "
                f"scan/search {l50 / p50:6.1f}x"
            )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--issues", type=int, default=1000)
    ap.add_argument("--db", default=None, help="SQLite file to build (default: a temp file)")
    ap.add_argument("--pg", default=None, help="also measure this PostgreSQL URL")
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument(
        "--reuse", action="store_true", help="keep a --db that already holds the corpus"
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        size = make_corpus(folder, args.issues)
        db = args.db or str(Path(tmp) / "bench.db")
        bench(db, folder, size, args.runs, args.reuse)
        if args.pg:
            bench(args.pg, folder, size, args.runs, args.reuse)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
