"""The app as `gongbao serve --workers N` starts it in each of its worker processes: uvicorn
imports a factory by name in every worker, so the store's address comes in the environment
(one Python process answers on one core; several share the machine's cores)."""

from __future__ import annotations

import gc
import os

from fastapi import FastAPI

#: the store's address, set by `gongbao serve` for its workers
DB_ENV = "GONGBAO_SERVE_DB"


def app_factory() -> FastAPI:
    from gongbao.store.db import Store
    from gongbao.web.api import create_app

    app = create_app(Store(os.environ[DB_ENV], create=False))
    # what is loaded now lives as long as the server: keep it out of the garbage collector's
    # full passes, which otherwise pause a search now and then (p95 15 → 28 ms measured)
    gc.collect()
    gc.freeze()
    return app
