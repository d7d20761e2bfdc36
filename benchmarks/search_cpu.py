"""CPU time per search request, measured in this process through the web app (routing,
parameters, the search, the answer's checks and JSON or HTML), with no HTTP client beside
it: on a machine shared with other work, wall-clock latency moves with the neighbours, the
CPU a request costs does not.

Each query is asked warm (the ranking index's kept answers and the kept snippets serve
it, as a server meets the same queries again) and cold (both dropped before the request).

    python benchmarks/search_cpu.py --db FILE [--requests 200] [--queries 养老,为老服务]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from typing import Any
from urllib.parse import quote

QUERIES = "养老,为老服务,宝宝屋,沙盒监管"


async def call(app: Any, path: str, query: str) -> int:
    """One GET through the ASGI app; its status."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"localhost")],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    status: list[int] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    await app(scope, receive, send)
    return status[0]


async def measure(
    app: Any, store: Any, path: str, queries: list[str], n: int, cold: bool
) -> list[float]:
    from gongbao.store import snippets

    out = []
    for k in range(n):
        if cold:  # getattr: the code before these caches had none to drop
            getattr(store.rank, "forget", lambda: None)()
            getattr(snippets, "forget", lambda: None)()
        t0 = time.process_time()
        status = await call(app, path, "q=" + quote(queries[k % len(queries)]))
        out.append((time.process_time() - t0) * 1000)
        if status != 200:
            raise SystemExit(f"{path}: status {status}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True, help="a store (SQLite file or PostgreSQL URL)")
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--queries", default=QUERIES, help="comma-separated")
    args = ap.parse_args()
    from gongbao.store.db import Store
    from gongbao.web.api import create_app

    store = Store(args.db, create=False)
    app = create_app(store)
    queries = args.queries.split(",")

    async def run() -> None:
        for path in ("/api/search", "/search"):
            await measure(app, store, path, queries, len(queries), cold=False)  # warm up
            for cold in (False, True):
                ms = await measure(app, store, path, queries, args.requests, cold)
                print(
                    f"{path:<12} {'cold' if cold else 'warm'}  CPU ms per request: median "
                    f"{statistics.median(ms):6.2f}  mean {statistics.mean(ms):6.2f}  "
                    f"p95 {sorted(ms)[int(0.95 * len(ms))]:6.2f}",
                    flush=True,
                )

    asyncio.run(run())
    store.close()


if __name__ == "__main__":
    main()
