"""`gongbao ingest` on one machine: issues per second with 1 and 2 parse workers, measured in
the same run, with the peak memory of the parent and of a worker, and a baseline of parsing
alone (the same files through the same worker processes, nothing stored) so that a machine
whose cores are busy with something else shows in the baseline's ratio too.

Load corpus (edited copies of real issues, for load only), N issues (default 200):
- every other issue is the built-in sample (静安区政府公报 2026 年第 1 期, 10 documents, 316 KB)
  under another issue number and year: '第1期（总第47期）' → '第{n}期（总第{k}期）' and the
  masthead's year '2026' → 2026 - k // 12, as benchmarks/store_search.py makes them;
- the others alternate between two real multi-document pages of tests/corpus/personnel (莆田
  人大常委会's 3 decisions of 2025-10-24, 济源 人大常委会's 2 of 2023-05-31), the city's name
  ('莆田', '济源') replaced everywhere by another prefecture-level city's, so that every
  copy's documents (identified by their titles) are distinct.

Each configuration runs in a fresh process (as a `gongbao ingest` does) into a fresh store
(SQLite with its ranking index beside it; PostgreSQL with ``--pg``), ``--runs`` times in turn
(1 worker, 2 workers, parse alone with 1, parse alone with 2; with ``--before SRC`` also an
earlier gongbao's ingest, from its source folder), and the median is reported. Memory: peak
RSS of the parent and the largest peak RSS of its worker processes, and the parent's RSS
growth per issue from a quarter of the files to the end (the store's caches fill first:
SQLite keeps up to 64 MiB of pages per connection, the ranking index's writer up to 64 MB, so
a short run shows growth that stops once they are full).

CPU seconds of the parent (all its threads: the ranking index indexes in one of its own) and
of the workers are reported too: on a machine shared with other work the wall-clock ratio
says as much about the neighbours as about gongbao, while the CPU each side spends gives what
two free cores would do. The parent writes one issue at a time and the workers share the
cores with it, so with P worker and W parent CPU seconds, one worker runs at 1 / max(P, W)
and two at min(2 / (P + W), 1 / W).

``--profile`` runs one 1-worker ingest under cProfile (the parent's main thread, CPU time)
and prints where the parent's time goes.

    python benchmarks/ingest_scale.py [--issues 200] [--runs 3] [--pg postgresql://…]
                                      [--before OLD/src] [--profile]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "jingan-2026-01.txt"
PAGES = {
    "莆田": ROOT / "tests/corpus/personnel/fujian-putian-2025-npcsc-renmian-mingdan-page.txt",
    "济源": ROOT / "tests/corpus/personnel/henan-jiyuan-2023-npcsc-daili-shizhang-page.txt",
}
#: prefecture-level cities whose names stand in for the pages' own
_CITY_NAMES = (
    "泉州 漳州 福州 厦门 三明 南平 龙岩 宁德 洛阳 开封 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 "
    "三门峡 南阳 商丘 信阳 周口 驻马店 郑州 平顶山 赣州 吉安 宜春 抚州 上饶 九江 景德镇 萍乡 "
    "新余 鹰潭 南昌 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 柳州 桂林 "
    "梧州 北海 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左 绵阳 德阳 广元 遂宁 内江 乐山 南充 "
    "宜宾 广安 达州 雅安 巴中 资阳 眉山 自贡 泸州 攀枝花 遵义 安顺 铜仁 毕节 曲靖 玉溪 保山 "
    "昭通 丽江 普洱 临沧 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 天水 张掖 酒泉 庆阳 定西"
)
CITIES = tuple(_CITY_NAMES.split())


def make_inputs(folder: Path, n: int) -> int:
    """Write ``n`` issues into ``folder`` (see the module's docstring); returns their bytes."""
    sample = SAMPLE.read_text(encoding="utf-8")
    pages = {city: path.read_text(encoding="utf-8") for city, path in PAGES.items()}
    if n // 2 > len(pages) * len(CITIES):
        raise SystemExit(f"--issues {n}: at most {2 * len(pages) * len(CITIES)}")
    size = 0
    for k in range(n):
        if k % 2 == 0:
            j = k // 2
            body = sample.replace(
                "第1期（总第47期）", f"第{j % 12 + 1}期（总第{j + 1}期）"
            ).replace("\n2026\n", f"\n{2026 - j // 12}\n", 1)
            name = f"sample-{j:05d}.txt"
        else:
            j = k // 2
            city = list(pages)[j % len(pages)]
            other = CITIES[j // len(pages)]
            body = pages[city].replace(city, other)
            name = f"page-{j:05d}.txt"
        data = body.encode("utf-8")
        (folder / name).write_bytes(data)
        size += len(data)
    return size


# -- one configuration, in a process of its own ----------------------------------------------


def _rss() -> int:
    """This process's resident memory now, in bytes."""
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def child(mode: str, folder: str, db: str, workers: int, profile: bool) -> None:
    """Ingest (or only parse) ``folder`` and print one JSON line: seconds, issues, memory."""
    import resource

    import gongbao.pipeline  # noqa: F401  (loaded before the clock, as the CLI has it)
    from gongbao.store.ingest import expand, ingest_paths, parse_in_workers

    files = [str(p) for p in expand([folder])]
    quarter: list[int] = []
    seen = 0

    def tick() -> None:
        nonlocal seen
        seen += 1
        if seen == len(files) // 4:
            quarter.append(_rss())

    start = time.perf_counter()
    mine = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = mine.ru_utime + mine.ru_stime
    failed = 0
    if mode == "parse":
        for _, issue, _, error in parse_in_workers(files, workers):
            failed += issue is None or bool(error)
            tick()
    else:
        from gongbao.store.db import Store

        store = Store(db)
        prof = None
        if profile:
            import cProfile

            prof = cProfile.Profile(time.thread_time)  # CPU: the cores are shared
            prof.enable()
        summary = ingest_paths(store, [folder], workers, lambda _o: tick())
        if prof is not None:
            prof.disable()
            import pstats

            stats = pstats.Stats(prof, stream=sys.stderr)
            stats.sort_stats("tottime").print_stats(25)
            stats.sort_stats("cumulative").print_stats(40)
        store.close()  # the ranking index's last commit is part of the ingest
        failed = summary.count("failed") + summary.count("replaced") + summary.count("unchanged")
    seconds = time.perf_counter() - start
    end = _rss()
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    growth = (end - quarter[0]) / max(1, len(files) - len(files) // 4) if quarter else 0.0
    print(
        json.dumps(
            {
                "seconds": seconds,
                "issues": len(files),
                "failed": failed,
                "parent_peak": me.ru_maxrss * 1024,
                "worker_peak": kids.ru_maxrss * 1024,
                # CPU seconds: the parent's (all its threads) and its workers' together
                "parent_cpu": me.ru_utime + me.ru_stime - cpu_before,
                "worker_cpu": kids.ru_utime + kids.ru_stime,
                "growth_per_issue": growth,
            }
        )
    )


def _fresh_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def run(
    mode: str,
    folder: Path,
    workers: int,
    tmp: Path,
    pg: str | None,
    profile: bool,
    src: str | None = None,
) -> dict[str, Any]:
    """One configuration in a process of its own; ``src``: another gongbao's source folder."""
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    db = str(tmp / "bench.db")
    if pg:
        _fresh_pg(pg)
        db, env["GONGBAO_INDEX_DIR"] = pg, str(tmp / "pg.index")
    for leftover in tmp.glob("bench.db*"):
        if leftover.is_dir():
            import shutil

            shutil.rmtree(leftover)
        else:
            leftover.unlink()
    if pg and (tmp / "pg.index").exists():
        import shutil

        shutil.rmtree(tmp / "pg.index")
    cmd = [sys.executable, __file__, "--child", mode, str(folder), db, str(workers)]
    if profile:
        cmd.append("--profile-child")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr}")
    if profile:
        print(proc.stderr)
    out: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    if out["failed"]:
        raise SystemExit(f"{mode} with {workers} workers: {out['failed']} issues not stored")
    return out


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        what, where, db, count = sys.argv[2:6]
        child(what, where, db, int(count), "--profile-child" in sys.argv)
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("--issues", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pg", default=None, help="a PostgreSQL URL (its schema is dropped!)")
    ap.add_argument("--profile", action="store_true", help="cProfile one 1-worker ingest")
    ap.add_argument(
        "--before", default=None, help="the src folder of an earlier gongbao, measured alongside"
    )
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    with tempfile.TemporaryDirectory(prefix="gongbao-ingest-") as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "in"
        folder.mkdir()
        size = make_inputs(folder, args.issues)
        print(
            f"{args.issues} issues, {size / 1e6:.1f} MB; {os.cpu_count()} cores, load "
            f"{os.getloadavg()[0]:.2f}; store: {'PostgreSQL' if args.pg else 'SQLite'}"
        )
        if args.profile:
            run("ingest", folder, 1, tmp, args.pg, True)
            return
        configs = [("ingest", 1), ("ingest", 2), ("parse", 1), ("parse", 2)]
        if args.before:
            configs += [("before", 1), ("before", 2)]
        results: dict[tuple[str, int], list[dict[str, Any]]] = {c: [] for c in configs}
        for _ in range(args.runs):
            for mode, workers in configs:  # interleaved: a busy spell hits every configuration
                src = args.before if mode == "before" else None
                kind = "parse" if mode == "parse" else "ingest"
                results[(mode, workers)].append(
                    run(kind, folder, workers, tmp, args.pg, False, src)
                )
        rate: dict[tuple[str, int], float] = {}
        for (mode, workers), outs in results.items():
            seconds = statistics.median(o["seconds"] for o in outs)
            rate[(mode, workers)] = args.issues / seconds
            cpu = (
                statistics.median(o["parent_cpu"] for o in outs) / args.issues * 1000,
                statistics.median(o["worker_cpu"] for o in outs) / args.issues * 1000,
            )
            print(
                f"{mode:<6} --workers {workers}: {args.issues / seconds:6.2f} issues/s "
                f"(median {seconds:.1f} s of {[round(o['seconds'], 1) for o in outs]}); CPU per "
                f"issue: parent {cpu[0]:.0f} ms, workers {cpu[1]:.0f} ms; peak RSS parent "
                f"{max(o['parent_peak'] for o in outs) / 2**20:.0f} MB, worker "
                f"{max(o['worker_peak'] for o in outs) / 2**20:.0f} MB; parent growth "
                f"{statistics.median(o['growth_per_issue'] for o in outs) / 1024:.1f} KB/issue"
            )
        print(
            f"ratio 2 workers / 1: ingest {rate[('ingest', 2)] / rate[('ingest', 1)]:.2f}x, "
            f"parse alone (baseline) {rate[('parse', 2)] / rate[('parse', 1)]:.2f}x; "
            f"ingest / parse alone: 1 worker {rate[('ingest', 1)] / rate[('parse', 1)]:.2f}, "
            f"2 workers {rate[('ingest', 2)] / rate[('parse', 2)]:.2f}"
        )
        if args.before:
            print(
                f"before: ratio {rate[('before', 2)] / rate[('before', 1)]:.2f}x; after / "
                f"before: 1 worker {rate[('ingest', 1)] / rate[('before', 1)]:.2f}x, "
                f"2 workers {rate[('ingest', 2)] / rate[('before', 2)]:.2f}x"
            )
        # what two free cores would give, from the CPU each side spent (the parent writes
        # one issue at a time; the workers share the cores with it)
        for mode in ("ingest", "before") if args.before else ("ingest",):
            outs = results[(mode, 1)] + results[(mode, 2)]
            w = statistics.median(o["parent_cpu"] for o in outs)
            p = statistics.median(o["worker_cpu"] for o in outs)
            one, two = 1 / max(p, w), min(2 / (p + w), 1 / w)
            print(
                f"{mode}: parent {w / (p or 1):.2f} s of CPU per worker second; on two free "
                f"cores 2 workers would give {two / one:.2f}x one"
            )


if __name__ == "__main__":
    main()
