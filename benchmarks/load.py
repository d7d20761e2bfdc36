"""The server under concurrent load: `gongbao serve` (uvicorn) on loopback, on a store of the
sample under N issue numbers, and a bounded async client (httpx, a semaphore of C requests
in flight). For each concurrency C (1, 8, 32, 128) and each workload — searches (/api/search,
four queries from common to rare) and the reader (/documents/{id}, documents across the
issues) — it prints throughput, p50/p95/p99 latency, the status codes (200, 503, 500, other,
client errors and timeouts) and the wrong answers: a search whose total differs from a plain
scan (`SELECT count(*) FROM blocks WHERE text LIKE '%q%'`), a page without its document's
title.

    python benchmarks/load.py [--issues 1000] [--db FILE] [--reuse] [--pg postgresql://…]
                              [--levels 1,8,32,128] [--requests 400] [--timeout 30]
                              [--workers 1] [--client raw|httpx]

The client runs in this process and the server in another, both on this machine: on two
cores they share the CPU, so the figures are the server's with a client beside it. Each
line also gives the CPU time per request of the server (all its processes, from /proc) and
of the client, and the machine's load average: where other work shares the cores, the
wall-clock figures move with it and the CPU figures much less.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_search import make_corpus, pct

QUERIES = ["养老", "为老服务", "宝宝屋", "沙盒监管"]


@dataclass
class Level:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)
    wrong: int = 0
    seconds: float = 0.0
    #: CPU seconds the server (all its processes) and this client spent on the level: on a
    #: machine shared with other work, wall-clock figures move with the neighbours, these not
    server_cpu: float = 0.0
    client_cpu: float = 0.0


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its live descendants, from
    Linux's /proc (0 where there is none)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    stats: dict[int, tuple[int, float]] = {}  # pid -> (parent, cpu seconds)
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            raw = entry.read_text()
        except OSError:
            continue
        fields = raw[raw.rindex(")") + 2 :].split()  # after the command's name
        stats[int(entry.parent.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        total += stats.get(p, (0, 0.0))[1]
        todo.extend(c for c, (parent, _) in stats.items() if parent == p)
    return total


def build(url: str, issues: int, reuse: bool) -> None:
    from gongbao.store.db import Store
    from gongbao.store.ingest import ingest_paths

    store = Store(url)
    try:
        if reuse and store.counts().get("issues", 0) >= issues:
            return
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            make_corpus(folder, issues)
            t0 = time.perf_counter()
            ingest_paths(store, [str(folder)])
            print(f"ingest: {issues} issues in {time.perf_counter() - t0:.0f} s", flush=True)
        store.rebuild_rank()  # one segment, as `gongbao reindex` leaves it
    finally:
        store.close()


def expected(url: str) -> tuple[dict[str, int], dict[str, str], int]:
    """Each query's count by a plain scan, the documents' titles, the blocks stored."""
    from sqlalchemy import select, text

    from gongbao.store import schema as s
    from gongbao.store.db import Store

    store = Store(url, rank=False)
    with store.engine.connect() as conn:
        totals = {
            q: int(
                conn.execute(
                    text("SELECT count(*) FROM blocks WHERE text LIKE :p"), {"p": f"%{q}%"}
                ).scalar_one()
            )
            for q in QUERIES
        }
        titles = dict(conn.execute(select(s.documents.c.id, s.documents.c.title)).all())
        blocks = int(conn.execute(text("SELECT count(*) FROM blocks")).scalar_one())
    store.close()
    return totals, {k: str(v) for k, v in titles.items()}, blocks


def start_server(
    url: str, env: dict[str, str], workers: int = 1
) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cmd = [sys.executable, "-c", "from gongbao.cli import main; main()"]
    cmd += ["serve", "--db", url, "--host", "127.0.0.1", "--port", str(port)]
    cmd += ["--workers", str(workers)]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    import httpx

    for _ in range(600):
        try:
            if httpx.get(f"{base}/api/issues?limit=1", timeout=5).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"gongbao serve exited with {proc.returncode}")
        time.sleep(0.1)
    proc.terminate()
    raise SystemExit("gongbao serve did not start in 60 s")


async def run_level(
    base: str,
    urls: list[tuple[str, Any]],
    concurrency: int,
    timeout: float,
    check: Any,
    kind: str = "raw",
) -> Level:
    """Every URL, at most ``concurrency`` in flight (a semaphore). Each request in flight
    has a client of its own, one connection each: httpx's pool shared by 128 connections
    spent more CPU than the server and stalled some requests for seconds (a raw socket
    client saw the same server answer all within 0.35 s)."""
    out = Level()
    gate = asyncio.Semaphore(concurrency)
    free: asyncio.Queue[Any] = asyncio.Queue()
    clients = [make_client(kind, base, timeout) for _ in range(concurrency)]
    for c in clients:
        free.put_nowait(c)

    async def one(url: str, want: Any) -> None:
        async with gate:
            client = await free.get()
            t0 = time.perf_counter()
            try:
                r = await client.get(url)
            except (TimeoutError, OSError, EOFError, ValueError, asyncio.LimitOverrunError) as exc:
                out.statuses[type(exc).__name__] += 1
                out.latencies.append(time.perf_counter() - t0)
                return
            except Exception as exc:  # httpx's errors
                if type(exc).__module__.split(".")[0] != "httpx":
                    raise
                out.statuses[type(exc).__name__] += 1
                out.latencies.append(time.perf_counter() - t0)
                return
            finally:
                free.put_nowait(client)
            out.latencies.append(time.perf_counter() - t0)
            code = r.status_code
            out.statuses[str(code) if code in (200, 503, 500) else "other"] += 1
            if code == 200 and not check(r, want):
                out.wrong += 1

    t0 = time.perf_counter()
    try:
        await asyncio.gather(*(one(u, w) for u, w in urls))
    finally:
        out.seconds = time.perf_counter() - t0
        for c in clients:
            await c.aclose()
    return out


def make_client(kind: str, base: str, timeout: float) -> Any:
    """One connection's client: httpx, or ``RawClient`` (HTTP/1.1 on a socket)."""
    if kind == "raw":
        return RawClient(base, timeout)
    import httpx

    one_conn = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    return httpx.AsyncClient(base_url=base, timeout=timeout, limits=one_conn)


@dataclass
class RawAnswer:
    status_code: int
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    def json(self) -> Any:
        return json.loads(self.content)


class RawClient:
    """GET over one kept-alive HTTP/1.1 connection, and nothing else: httpx spent as much
    CPU per request as the server (2.5–3.5 ms), on the same two cores, so the figures were
    half the client's."""

    def __init__(self, base: str, timeout: float) -> None:
        hostport = base.removeprefix("http://")
        host, _, port = hostport.partition(":")
        self.host, self.port, self.timeout = host, int(port or 80), timeout
        self._conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self, url: str) -> RawAnswer:
        try:
            return await asyncio.wait_for(self._get(url), self.timeout)
        except BaseException:
            await self.aclose()  # a half-read answer leaves the connection unusable
            raise

    async def _get(self, url: str) -> RawAnswer:
        if self._conn is None:
            self._conn = await asyncio.open_connection(self.host, self.port)
        reader, writer = self._conn
        path = quote(url, safe="/?=&%")
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if headers.get("transfer-encoding") == "chunked":
            parts = []
            while size := int((await reader.readuntil(b"\r\n")).strip(), 16):
                parts.append(await reader.readexactly(size + 2))
            await reader.readuntil(b"\r\n")
            body = b"".join(p[:-2] for p in parts)
        else:
            body = await reader.readexactly(int(headers.get("content-length", "0")))
        if headers.get("connection", "").lower() == "close":
            await self.aclose()
        return RawAnswer(status, body)

    async def aclose(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn[1].close()


def measured(server: int, *level_args: Any) -> Level:
    """``run_level(*level_args)`` with the CPU it cost the server and this client."""
    s0, c0 = tree_cpu(server), time.process_time()
    level = asyncio.run(run_level(*level_args))
    level.server_cpu, level.client_cpu = tree_cpu(server) - s0, time.process_time() - c0
    return level


def report(label: str, c: int, level: Level) -> None:
    n = len(level.latencies)
    ms = [x * 1000 for x in level.latencies]
    codes = "  ".join(f"{k}:{v}" for k, v in sorted(level.statuses.items()))
    print(
        f"{label:<16} c={c:<4} {n / level.seconds:7.1f} req/s  p50 {pct(ms, 50):7.1f}  "
        f"p95 {pct(ms, 95):7.1f}  p99 {pct(ms, 99):7.1f}  max {max(ms):7.1f} ms   "
        f"{codes}  wrong:{level.wrong}   CPU/req: server {1000 * level.server_cpu / n:.2f} ms, "
        f"client {1000 * level.client_cpu / n:.2f} ms; load {os.getloadavg()[0]:.1f}",
        flush=True,
    )


def bench(url: str, args: argparse.Namespace, index_dir: Path) -> None:
    env = dict(os.environ, GONGBAO_INDEX_DIR=str(index_dir)) if url.startswith("postgres") else None
    if env:
        os.environ["GONGBAO_INDEX_DIR"] = env["GONGBAO_INDEX_DIR"]
    build(url, args.issues, args.reuse)
    totals, titles, blocks = expected(url)
    dialect = "postgresql" if url.startswith("postgres") else "sqlite"
    from gongbao.store.db import Store

    capacity = Store(url, rank=False).capacity
    print(
        f"[{dialect}] {len(titles)} documents, {blocks} blocks; scan totals {totals}; "
        f"the server admits {capacity} requests at once",
        flush=True,
    )
    proc, base = start_server(url, env or dict(os.environ), args.workers)
    rng = random.Random(1)
    docs = sorted(titles)

    def search_ok(r: Any, want: int) -> bool:
        return bool(r.json()["total"] == want)

    def page_ok(r: Any, title: str) -> bool:
        import html

        return html.escape(title, quote=False) in r.text or title in r.text

    try:
        # warm, untimed: each query a few times from as many connections as the server has
        # workers' slots, so that every worker has opened its index and met the queries once
        warm = 2 * capacity * args.workers
        asyncio.run(
            run_level(
                base,
                [(f"/api/search?q={q}", totals[q]) for q in QUERIES * warm],
                warm,
                60,
                search_ok,
                args.client,
            )
        )
        for c in args.levels:
            n = max(args.requests, 4 * c)
            searches = [(f"/api/search?q={q}", totals[q]) for q in (QUERIES * n)[:n]]
            report(
                f"[{dialect}] search",
                c,
                measured(proc.pid, base, searches, c, args.timeout, search_ok, args.client),
            )
            picked = [rng.choice(docs) for _ in range(n)]
            pages = [(f"/documents/{d}", titles[d]) for d in picked]
            report(
                f"[{dialect}] reader",
                c,
                measured(proc.pid, base, pages, c, args.timeout, page_ok, args.client),
            )
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--issues", type=int, default=1000)
    ap.add_argument("--db", default=None, help="SQLite file to build (default: a temp file)")
    ap.add_argument("--reuse", action="store_true", help="keep a store that holds the corpus")
    ap.add_argument("--pg", default=None, help="also measure this PostgreSQL URL")
    ap.add_argument("--levels", default="1,8,32,128", help="concurrency levels")
    ap.add_argument("--requests", type=int, default=400, help="requests per level (≥ 4 × C)")
    ap.add_argument("--timeout", type=float, default=30.0, help="client timeout, seconds")
    ap.add_argument("--workers", type=int, default=1, help="gongbao serve --workers")
    ap.add_argument(
        "--client",
        choices=["raw", "httpx"],
        default="raw",
        help="HTTP client: raw HTTP/1.1 on a socket (cheap), or httpx (as measured before)",
    )
    args = ap.parse_args()
    args.levels = [int(x) for x in args.levels.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        bench(args.db or str(Path(tmp) / "load.db"), args, Path(tmp) / "pg.index")
        if args.pg:
            bench(args.pg, args, Path(tmp) / "pg.index")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
