"""The app as `gongbao serve --workers N` starts it in each of its worker processes: uvicorn
imports a factory by name in every worker, so the store's address comes in the environment
(one Python process answers on one core; several share the machine's cores)."""

from __future__ import annotations

import contextlib
import gc
import os

from fastapi import FastAPI

#: the store's address, set by `gongbao serve` for its workers
DB_ENV = "GONGBAO_SERVE_DB"


def app_factory() -> FastAPI:
    from gongbao.store.db import Store
    from gongbao.web.api import create_app

    store = Store(os.environ[DB_ENV], create=False)
    app = create_app(store)
    _warm(store)
    # what is loaded now lives as long as the server: keep it out of the garbage collector's
    # full passes, which otherwise pause a search now and then (p95 15 → 28 ms measured)
    gc.collect()
    gc.freeze()
    return app


def _warm(store: object) -> None:
    """One search before the first request: it opens the ranking index and checks it against
    the database, which a fresh worker otherwise does while requests queue behind it (a
    1.5 s p99 measured at start). A store that cannot answer now answers 503 later."""
    from sqlalchemy.exc import SQLAlchemyError

    from gongbao.errors import InputError
    from gongbao.store.search import search

    with contextlib.suppress(InputError, SQLAlchemyError):
        search(store, "公报", limit=1)
