"""`gongbao ingest --cluster` against the single-process path, in the same run (issue 16):
issues per second of

- the single process: one process that reads, parses, turns into rows and stores each issue
  in turn, with the library calls the ingest makes (``single_process``; no worker);
- `gongbao ingest --workers 1`: one parse process beside the one that stores (already two
  processes on two cores; ``--no-pool`` leaves it out of a long run);
- `gongbao ingest --cluster`: a dask.distributed cluster of ``--workers`` workers (each a
  `dask worker` process with one thread, no nanny, on loopback) parsing, this process storing;

each into a fresh store of the same backend, with the ratios, the peak memory of each storing
process and of each dask worker, and the CPU per issue of the storing process (P), of the
workers (W) and, for PostgreSQL on this machine, of the whole server (S: the postmaster and
its children from /proc, exited backends included; run it on a server nobody else uses).
Each line's "CPU per issue" is its command's process and the children it waited for: the
single process's all, `--workers 1`'s with its parse process, the cluster's storing process
alone (P; the workers' CPU is on their own lines).

Load corpus: benchmarks/store_search.py's — the built-in sample (静安区政府公报 2026 年第 1 期,
10 documents, 316 KB) under N distinct issue numbers and years, edited copies for load only.
Each path runs in a process of its own, as a user runs `gongbao ingest`; the workers' first
task pays for loading gongbao there, as the local parse process pays for it too.

    python benchmarks/cluster_ingest.py [--issues 2000] [--workers 2] [--pg postgresql://…]
                                        [--no-pool]
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
SINGLE = [sys.executable, str(Path(__file__).resolve()), "--single-process"]
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


def single_process(folder: str, db: str) -> None:
    """The single-process path, in this process: each file read, skipped if stored, parsed,
    turned into rows and written (``Batches``, as the ingest writes) before the next."""
    from gongbao.pipeline import parse_bytes
    from gongbao.read import read_bytes
    from gongbao.store.batch import Batches
    from gongbao.store.db import Store, database_url
    from gongbao.store.ingest import Outcome, expand
    from gongbao.store.rows import prepare

    store = Store(database_url(db))
    outcomes: list[Outcome] = []
    batches = Batches(store, outcomes.append)
    for path in expand([folder]):
        data = read_bytes(path)
        if store.has_content(data):
            outcomes.append(Outcome(str(path), "unchanged"))
            continue
        issue = parse_bytes(data, name=str(path))
        batches.add(str(path), prepare(issue, str(path), data), "")
    batches.close()
    store.close()
    stored = sum(o.status == "stored" for o in outcomes)
    print(f"{stored} stored, {len(outcomes) - stored} not")


def postmaster(db: str | None) -> int | None:
    """The pid of the PostgreSQL server of ``db`` when it runs on this machine (its data
    directory's postmaster.pid), else None."""
    if db is None:
        return None
    from sqlalchemy import create_engine, text

    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            folder = conn.execute(text("SHOW data_directory")).scalar_one()
        pid = int((Path(folder) / "postmaster.pid").read_text().split()[0])
        return pid if Path(f"/proc/{pid}").exists() else None
    except Exception:  # not a superuser, another machine: the server's CPU is not measured
        return None
    finally:
        engine.dispose()


def server_cpu(pid: int | None) -> float:
    """CPU seconds of a PostgreSQL server: the postmaster's own and its exited children's
    (the backends of connections closed since), and those of its living children."""
    if pid is None:
        return 0.0
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            raw = stat.read_text()
        except OSError:
            continue
        fields = raw[raw.rindex(")") + 2 :].split()
        if stat.parent.name == str(pid):
            total += sum(int(f) for f in fields[11:15]) / tick
        elif fields[1] == str(pid):
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


class Run:
    """One path's figures."""

    def __init__(self, label: str, issues: int, wall: float, kib: int, cpu: float, server: float):
        self.label, self.issues, self.wall, self.kib = label, issues, wall, kib
        self.cpu, self.server = cpu, server

    @property
    def rate(self) -> float:
        return self.issues / self.wall

    def line(self, out: str, measured: bool) -> str:
        per = 1000 / self.issues
        server = f"; server {self.server * per:.0f} ms" if measured else ""
        return (
            f"{self.label:<22} {self.rate:6.2f} issues/s  ({self.wall:.1f} s; peak "
            f"{self.kib / 1024:.0f} MiB; CPU per issue {self.cpu * per:.0f} ms{server})  "
            f"{out.strip().splitlines()[-1] if out.strip() else ''}"
        )


def measure(label: str, args: list[str], env: dict[str, str], n: int, pid: int | None) -> Run:
    before = server_cpu(pid)
    wall, kib, out, cpu = timed(args, env)
    run = Run(label, n, wall, kib, cpu, server_cpu(pid) - before)
    print(run.line(out, pid is not None), flush=True)
    return run


def main() -> None:
    if sys.argv[1:2] == ["--single-process"]:
        single_process(sys.argv[2], sys.argv[3])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--issues", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pg", default=None, help="a PostgreSQL URL (emptied!) instead of SQLite")
    ap.add_argument("--no-pool", action="store_true", help="leave out `gongbao ingest --workers 1`")
    ap.add_argument(
        "--single-issues",
        type=int,
        default=None,
        help="the single process stores only the first N issues (its rate does not depend on N)",
    )
    args = ap.parse_args()
    n = args.issues
    with tempfile.TemporaryDirectory(prefix="gongbao-cluster-") as tmp:
        folder = Path(tmp)
        inputs = folder / "issues"
        inputs.mkdir()
        size = make_corpus(inputs, n)
        pid = postmaster(args.pg)
        where = "SQLite" if args.pg is None else "PostgreSQL"
        if args.pg is not None:
            where += f" (server pid {pid})" if pid else " (its server's CPU not measured)"
        print(f"{n} issues, {size / 1e6:.1f} MB; {os.cpu_count()} cores; {where}", flush=True)
        env = {**os.environ, "GONGBAO_INDEX_DIR": str(folder / "single.index")}
        db = fresh(args.pg, folder, "single")
        first = inputs
        m = min(n, args.single_issues or n)
        if m < n:  # a folder of the first m issues
            first = folder / "first"
            first.mkdir()
            for path in sorted(inputs.iterdir())[:m]:
                (first / path.name).symlink_to(path)
        single = measure("single process", [*SINGLE, str(first), db], env, m, pid)
        pool = None
        if not args.no_pool:
            env["GONGBAO_INDEX_DIR"] = str(folder / "pool.index")
            db = fresh(args.pg, folder, "pool")
            ingest = [*GONGBAO, "ingest", str(inputs), "--db", db, "--workers", "1", "--quiet"]
            pool = measure("--workers 1", ingest, env, n, pid)
        address, procs = start_cluster(folder, args.workers)
        try:
            env["GONGBAO_INDEX_DIR"] = str(folder / "cluster.index")
            db = fresh(args.pg, folder, "cluster")
            ingest = [*GONGBAO, "ingest", str(inputs), "--db", db, "--cluster", address]
            from distributed import Client

            with Client(address, timeout=60, set_as_default=False) as client:
                idle = client.run(_usage)  # what the workers used to start
            cluster = measure(
                f"cluster ({args.workers} workers)", [*ingest, "--quiet"], env, n, pid
            )
            with Client(address, timeout=60, set_as_default=False) as client:
                used = client.run(_usage)
        finally:
            stop(procs)
        per = 1000 / n
        for address_, (kib, cpu) in sorted(used.items()):
            spent = (cpu - idle.get(address_, (0, 0.0))[1]) * per
            print(f"  worker {address_}: peak {kib / 1024:.0f} MiB, CPU per issue {spent:.0f} ms")
        print(f"cluster / single process: {cluster.rate / single.rate:.2f}×  (target ≥ 1.7×)")
        if pool is not None:
            print(f"cluster / --workers 1:    {cluster.rate / pool.rate:.2f}×")
        # CPU per issue of the process that stores (P), of the workers that parse (W) and of
        # the database server (S). The single process spends W + P + S an issue, one after
        # the other. The cluster spends the same on two cores, at most 2 / (W + P + S) issues
        # a ms, and cannot store faster than its one storing process and the server answering
        # it: 1 / (P + S) when each waits for the other (a transaction's statements do)
        p = cluster.cpu * per
        w = sum(u[1] - idle.get(a, (0, 0.0))[1] for a, u in used.items()) * per
        s_ = cluster.server * per
        total = w + p + s_
        bound = min(2 / total, 1 / (p + s_)) * total
        server = "measured" if pid else "SQLite: none" if args.pg is None else "not measured"
        print(
            f"CPU per issue: storing process P {p:.0f} ms, workers W {w:.0f} ms, server S "
            f"{s_:.0f} ms ({server}); the single process "
            f"{(single.cpu + single.server) * 1000 / single.issues:.0f} ms with its server's; "
            f"P / W = "
            f"{p / w:.2f}; on two cores the cluster can give at most {bound:.2f}× the single "
            "process"
        )


if __name__ == "__main__":
    main()
