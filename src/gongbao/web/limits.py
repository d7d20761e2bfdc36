"""Load shedding: the server admits as many requests that read the database at once as the
store's pool lends connections, lets the next ones wait a moment for a slot, and answers the
rest 503 at once rather than stall.

Every request that reads the database holds one connection for its duration (``Store.
reading``), so with at most ``Store.capacity`` of them in flight (the pool's size, set
explicitly in ``Store``; its overflow stays spare) no request ever waits on the pool: before,
a burst of requests took every connection and each waited 30 s for one more and ended in a
500. A request beyond capacity waits up to :data:`WAIT` seconds for a slot (a burst above
capacity is served, only later), then is answered ``503`` with ``Retry-After: 1``: JSON
``{"error": …}`` under /api and /feeds, the site's error page (服务繁忙，请稍后再试) for
pages. Static files and the API's description read no database and are not counted; feeds
are (each runs a query).

One pure ASGI middleware, registered in ``create_app`` by :func:`install`, which also answers
503 for a pool timeout that happens anyway (a caller outside the web app holding
connections), where it would have been a 500.
"""

from __future__ import annotations

from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

#: seconds a request waits for a free slot before it is turned away
WAIT = 1.0
RETRY_AFTER = "1"
BUSY = "服务繁忙，请稍后再试"
UNAVAILABLE = "数据库暂时无法连接，请稍后再试"
#: paths that read no database: always served
FREE_PREFIXES = ("/static/", "/api/docs/")
FREE_PATHS = frozenset({"/openapi.json", "/api/docs", "/favicon.ico"})


def reads_database(path: str) -> bool:
    return not (path in FREE_PATHS or path.startswith(FREE_PREFIXES))


def busy(path: str, message: str = BUSY) -> Response:
    """The answer beyond capacity: 503, Retry-After, JSON for the API and feeds, a page else."""
    headers = {"Retry-After": RETRY_AFTER}
    if path.startswith(("/api", "/feeds")) or path == "/openapi.json":
        return JSONResponse({"error": message}, status_code=503, headers=headers)
    from gongbao.web.pages import error_page

    page = error_page(message, 503)
    page.headers.update(headers)
    return page


class LoadLimit:
    """At most ``capacity`` requests that read the database in flight; the next wait up to
    ``wait`` seconds for a slot, then are answered :func:`busy`."""

    def __init__(self, app: ASGIApp, capacity: int, wait: float = WAIT) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.app = app
        self.capacity = capacity
        self.wait = wait
        self._slots: anyio.Semaphore | None = None  # made in the server's event loop

    @property
    def in_flight(self) -> int:
        return 0 if self._slots is None else self.capacity - self._slots.value

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not reads_database(scope["path"]):
            await self.app(scope, receive, send)
            return
        if self._slots is None:
            self._slots = anyio.Semaphore(self.capacity)
        slots = self._slots
        admitted = False
        with anyio.move_on_after(self.wait):
            await slots.acquire()  # gives the slot back itself if cancelled once granted
            admitted = True
        if not admitted:
            await busy(scope["path"])(scope, receive, send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            slots.release()


def install(app: FastAPI, store: Any, wait: float = WAIT) -> None:
    """Bound ``app`` by ``store``'s pool (``create_app`` calls this), and answer 503 while the
    database cannot be reached (a PostgreSQL server stopped or restarting, a SQLite file
    locked past its timeout): the request may succeed later, it is not the server's bug."""
    from sqlalchemy.exc import InterfaceError, OperationalError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    async def pool_timeout(request: Request, _exc: Exception) -> Response:
        return busy(request.url.path)

    async def unreachable(request: Request, _exc: Exception) -> Response:
        return busy(request.url.path, UNAVAILABLE)

    app.add_middleware(LoadLimit, capacity=store.capacity, wait=wait)
    app.add_exception_handler(PoolTimeout, pool_timeout)
    app.add_exception_handler(OperationalError, unreachable)
    app.add_exception_handler(InterfaceError, unreachable)
