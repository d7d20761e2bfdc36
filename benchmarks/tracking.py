"""What tracking across issues costs at scale: the series table and the change log are
written with every ingest, so an ingest into a store of 1,000 issues should cost what it
costs into an empty one; and the queries over them should stay fast.

Load corpus: the sample under N issue numbers (edited copies, for load only). Measured, in
the same run:
- ingest time per issue (the store's write only: every issue is parsed before the clock
  starts) for K issues into an empty store, and for K more once N issues are stored, each
  batch in a fresh process as a `gongbao ingest` is — medians, means and the slowest, and
  the ratios (the done-when: within 1.2×);
- p50/p95 of a 文号 series with its gaps (`read.series`), a person's career
  (`read.person`), an indicator's timeline (`read.ledger`), the changes after a cursor
  (`read_changes`, 100 events) and the documents in force on a day (`read.documents`),
  each against a plain COUNT over the table it reads.

    python benchmarks/tracking.py [--issues 1000] [--sample-ingests 32] [--runs 30]
                                  [--db /tmp/tracking.db] [--pg postgresql://…]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_search import make_corpus, pct  # a script beside this one

ROOT = Path(__file__).resolve().parent.parent


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # one untimed run
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def bench(url: str, folder: Path, n: int, k: int, runs: int) -> None:
    from sqlalchemy import text

    from gongbao.store import read
    from gongbao.store.changes import read_changes
    from gongbao.store.db import Store
    from gongbao.store.ingest import ingest_paths

    files = sorted(folder.iterdir())
    extra = [str(p) for p in files[n : n + 2 * k]]
    store = Store(url, rank=False)
    store.engine.dispose()
    # each batch of writes in a process of its own, as a `gongbao ingest` into the store is:
    # into the empty store, then, once n issues are stored, into the full one
    empty = _writes_in_a_new_process(url, extra[:k])
    t0 = time.perf_counter()
    summary = ingest_paths(store, [str(p) for p in files[:n]])
    built = time.perf_counter() - t0
    store.engine.dispose()
    full = _writes_in_a_new_process(url, extra[k:])
    e50, f50 = statistics.median(empty), statistics.median(full)
    em, fm = statistics.mean(empty), statistics.mean(full)
    print(
        f"[{store.dialect}] built {len(summary.outcomes)} issues in {built:.0f} s; write per "
        f"issue: empty store {e50 * 1000:.0f} ms, at {n + k} issues {f50 * 1000:.0f} ms "
        f"= {f50 / e50:.2f}x (medians of {k}); means {em * 1000:.0f} / {fm * 1000:.0f} ms "
        f"= {fm / em:.2f}x; slowest {max(empty) * 1000:.0f} / {max(full) * 1000:.0f} ms"
    )
    # what is loaded is frozen out of the collector's full passes, as `gongbao serve` does
    gc.collect()
    gc.freeze()
    with store.engine.connect() as c:
        code, year = c.execute(
            text("SELECT code, year FROM doc_numbers WHERE role = 'held' LIMIT 1")
        ).one()
        person = c.execute(text("SELECT id FROM people ORDER BY id LIMIT 1")).scalar_one()
        middle = c.execute(text("SELECT MAX(id) / 2 FROM changes")).scalar_one()
        cases: list[tuple[str, Callable[[], object], str]] = [
            (
                f"series {code} {year}",
                lambda: read.series(c, 50, 0, code=code, year=year),
                "SELECT COUNT(*) FROM doc_numbers",
            ),
            (
                f"career {person}",
                lambda: read.person(c, person),
                "SELECT COUNT(*) FROM appointments",
            ),
            (
                "indicator timeline",
                lambda: read.ledger(c, "地区生产总值", 1, key="静安区|地区生产总值"),
                "SELECT COUNT(*) FROM ledger_entries",
            ),
            (
                "changes (100)",
                lambda: read_changes(c, int(middle), 100),
                "SELECT COUNT(*) FROM changes",
            ),
            (
                "in force on a day",
                lambda: read.documents(c, 50, 0, "2026-12-01"),
                "SELECT COUNT(*) FROM documents",
            ),
        ]
        for label, fn, baseline in cases:
            ts = timed(fn, runs)
            bs = timed(lambda baseline=baseline: c.execute(text(baseline)).scalar(), runs)
            print(
                f"[{store.dialect}] {label:<28} p50 {pct(ts, 50) * 1000:7.1f} ms  p95 "
                f"{pct(ts, 95) * 1000:7.1f} ms   COUNT(*) p50 {pct(bs, 50) * 1000:6.1f} ms"
            )
    store.engine.dispose()


def _writes_in_a_new_process(url: str, paths: list[str]) -> list[float]:
    """The store's write time of each file (parsed before the clock starts), measured in a
    fresh Python process — once what was written before is on disk: the gigabytes a build
    leaves to the kernel's writeback would otherwise be timed as the first writes after it."""
    if not url.startswith("postgresql"):
        import sqlite3

        with sqlite3.connect(url) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    os.sync()
    out = subprocess.run(
        [sys.executable, __file__, "--time-writes", url, *paths],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [float(x) for x in json.loads(out)]


def time_writes(url: str, paths: list[str]) -> None:
    """(child) Parse ``paths``, then store each, printing the write times as JSON."""
    import gongbao
    from gongbao.store.db import Store

    issues = [gongbao.parse_file(p) for p in paths]
    store = Store(url, rank=False)
    times = []
    for issue in issues:
        t = time.perf_counter()
        store.ingest(issue, issue.id or "", b"")
        times.append(time.perf_counter() - t)
    store.engine.dispose()
    print(json.dumps(times))


def main() -> None:
    if sys.argv[1:2] == ["--time-writes"]:
        time_writes(sys.argv[2], sys.argv[3:])
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("--issues", type=int, default=1000)
    # a multiple of 16: FTS5 merges a level's segments at every 16th write (its crisis
    # merge), so both batches hold the same number of merges; 15 writes into an empty store
    # hold none, and then any merge in the other batch reads as growth
    ap.add_argument("--sample-ingests", type=int, default=32)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--db", default=None)
    ap.add_argument("--pg", default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        make_corpus(folder, args.issues + 2 * args.sample_ingests)
        bench(
            args.db or str(Path(tmp) / "tracking.db"),
            folder,
            args.issues,
            args.sample_ingests,
            args.runs,
        )
        if args.pg:
            bench(args.pg, folder, args.issues, args.sample_ingests, args.runs)


if __name__ == "__main__":
    main()
