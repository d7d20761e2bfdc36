"""`gongbao ingest --cluster` against the single-process path, in the same run: issues per
second through a dask.distributed cluster of ``--workers`` workers (each a `dask worker`
process with one thread, no nanny, on loopback) and through `gongbao ingest --workers 1`
(one parse process beside the one that stores), each into a fresh store, with the peak memory
of the ingesting process and of each dask worker.

Load corpus: benchmarks/store_search.py's — the built-in sample (静安区政府公报 2026 年第 1 期,
10 documents, 316 KB) under N distinct issue numbers and years, edited copies for load only.
Each path runs in a process of its own, as a user runs `gongbao ingest`; the workers' first
task pays for loading gongbao there, as the local parse process pays for it too.

    python benchmarks/cluster_ingest.py [--issues 2000] [--workers 2] [--pg postgresql://…]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_search import make_corpus  # the same load corpus as the search figures

GONGBAO = [sys.executable, "-m", "gongbao.cli"]
DASK = [sys.executable, "-m", "dask"]


def _usage() -> tuple[int, float]:
    """This process's peak resident memory in KiB and the CPU seconds it has used (run on
    each worker)."""
    import resource

    used = resource.getrusage(resource.RUSAGE_SELF)
    return int(used.ru_maxrss), used.ru_utime + used.ru_stime


def timed(args: list[str], env: dict[str, str]) -> tuple[float, int, str, float]:
    """Seconds, peak RSS in KiB (the process and the children it waited for), stdout and CPU
    seconds (the process and its children) of a command that must succeed."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        text, errors = out.read().decode(), err.read().decode()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args[2:5])} … failed ({proc.returncode}): {errors[-2000:]}")
    return seconds, usage.ru_maxrss, text, usage.ru_utime + usage.ru_stime


def fresh(db: str | None, folder: Path, name: str) -> str:
    """An empty store: a new SQLite file, or the PostgreSQL database emptied."""
    if db is None:
        return str(folder / f"{name}.db")
    from sqlalchemy import create_engine, text

    engine = create_engine(db)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return db


def start_cluster(folder: Path, workers: int) -> tuple[str, list[subprocess.Popen[bytes]]]:
    info = folder / "scheduler.json"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = ["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard"]
    procs = [subprocess.Popen([*DASK, *scheduler, "--scheduler-file", str(info)], **quiet)]
    try:
        deadline = time.monotonic() + 60
        while not info.exists() or not info.read_text(encoding="utf-8").strip():
            if time.monotonic() > deadline:
                raise SystemExit("the dask scheduler did not start")
            time.sleep(0.1)
        address = json.loads(info.read_text(encoding="utf-8"))["address"]
        for n in range(workers):
            worker = ["worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard"]
            procs.append(subprocess.Popen([*DASK, *worker, "--name", f"w{n}"], **quiet))
        from distributed import Client

        with Client(address, timeout=60, set_as_default=False) as client:
            client.wait_for_workers(workers, timeout=120)
    except BaseException:
        stop(procs)
        raise
    return address, procs


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    """The workers, then the scheduler: terminated, killed if they linger."""
    for proc in reversed(procs):
        proc.terminate()
    for proc in reversed(procs):
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--issues", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pg", default=None, help="a PostgreSQL URL (emptied!) instead of SQLite")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="gongbao-cluster-") as tmp:
        folder = Path(tmp)
        inputs = folder / "issues"
        inputs.mkdir()
        size = make_corpus(inputs, args.issues)
        print(f"{args.issues} issues, {size / 1e6:.1f} MB; {os.cpu_count()} cores")
        env = {**os.environ, "GONGBAO_INDEX_DIR": str(folder / "local.index")}
        db = fresh(args.pg, folder, "local")
        local_s, local_kib, out, local_cpu = timed(
            [*GONGBAO, "ingest", str(inputs), "--db", db, "--workers", "1", "--quiet"], env
        )
        rate = args.issues / local_s
        print(
            f"single process  {rate:6.2f} issues/s  ({local_s:.1f} s; "
            f"peak {local_kib / 1024:.0f} MiB with its parse process; CPU per issue "
            f"{local_cpu / args.issues * 1000:.0f} ms with it)  {out.strip()}"
        )
        address, procs = start_cluster(folder, args.workers)
        try:
            env["GONGBAO_INDEX_DIR"] = str(folder / "cluster.index")
            db = fresh(args.pg, folder, "cluster")
            ingest = [*GONGBAO, "ingest", str(inputs), "--db", db, "--cluster", address]
            from distributed import Client

            with Client(address, timeout=60, set_as_default=False) as client:
                idle = client.run(_usage)  # what the workers used to start
            cluster_s, client_kib, out, client_cpu = timed([*ingest, "--quiet"], env)
            with Client(address, timeout=60, set_as_default=False) as client:
                used = client.run(_usage)
        finally:
            stop(procs)
        print(
            f"cluster ({args.workers} workers) {args.issues / cluster_s:6.2f} issues/s  "
            f"({cluster_s:.1f} s; the ingesting process's peak {client_kib / 1024:.0f} MiB)  "
            f"{out.strip()}"
        )
        for address_, (kib, _) in sorted(used.items()):
            print(f"  worker {address_}: peak {kib / 1024:.0f} MiB")
        print(f"cluster / single process: {local_s / cluster_s:.2f}×")
        # CPU per issue of the process that stores and of the workers that parse: the wall
        # clock on a shared machine says as much about the neighbours. With W worker and P
        # storing ms an issue, n workers on cores of their own give min(n / W, 1 / P) issues
        # a ms; on the two cores of this machine, shared with the storing process, one
        # parse process beside it gives 1 / max(W, P) and two min(2 / (W + P), 1 / P)
        p = client_cpu / args.issues * 1000
        w = sum(u[1] - idle.get(a, (0, 0.0))[1] for a, u in used.items()) / args.issues * 1000
        print(
            f"CPU per issue: storing process {p:.0f} ms, workers {w:.0f} ms (P / W = "
            f"{p / w:.2f}); {args.workers} workers on cores of their own would give "
            f"{min(args.workers / w, 1 / p) * max(w, p):.2f}× one parse process beside the "
            f"storing one, on two shared cores {min(2 / (w + p), 1 / p) * max(w, p):.2f}×"
        )


if __name__ == "__main__":
    main()
