"""A server on a real store and a chromium page, shared by the browser tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import gongbao
from gongbao.store.db import Store
from tests.conftest import ROOT
from tests.printing import chromium_or_skip

SCREENS = ROOT / "test-artifacts" / "screens"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def serve(db: Path, files: list[Path]) -> Iterator[str]:
    """gongbao's app on a store holding ``files``, served by uvicorn on a free port."""
    import uvicorn

    from gongbao.web.api import create_app

    store = Store(str(db))
    for path in files:
        store.ingest(gongbao.parse_file(path), path.name, path.read_bytes())
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    srv = uvicorn.Server(
        uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


#: what the browser said (console lines, script errors, failed requests), newest last
_LOG: list[str] = []


def wait_for_chart(page: object, selector: str) -> None:
    """Wait for a chart's svg; once, where it does not come in 30 s, load the page again.

    CI runs the suite beside the OCR tests on two cores and once saw a chart not drawn in
    30 s on a page that draws it in well under a second here, loaded or not; a second miss
    fails with what the browser said, so a chart that is really not drawn still fails."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    start = len(_LOG)
    try:
        page.wait_for_selector(selector)  # type: ignore[attr-defined]
    except PlaywrightTimeout:
        page.reload()  # type: ignore[attr-defined]
        try:
            page.wait_for_selector(selector, timeout=60000)  # type: ignore[attr-defined]
        except PlaywrightTimeout:
            said = "\n".join(_LOG[start:]) or "nothing"
            raise AssertionError(f"{selector} not drawn twice; the browser said:\n{said}") from None


def open_page() -> Iterator[object]:
    """A page of Debian's chromium (skipped where it is not installed)."""
    from playwright.sync_api import sync_playwright

    exe = chromium_or_skip()
    SCREENS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=ARGS)
        pg = browser.new_page(viewport={"width": 1200, "height": 900})
        pg.on("console", lambda m: _LOG.append(f"console {m.type}: {m.text}"))
        pg.on("pageerror", lambda e: _LOG.append(f"page error: {e}"))
        pg.on("requestfailed", lambda r: _LOG.append(f"request failed: {r.url} {r.failure}"))
        yield pg
        browser.close()
