"""`gongbao serve --workers 2`: two server processes answer on one port, each with its own
store and ranking index; a missing store is still refused in one line before any starts."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

import gongbao
from gongbao.store.db import Store
from tests.conftest import SAMPLE


def test_two_workers_answer(tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    store = Store(str(db))
    store.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    store.close()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cmd = [sys.executable, "-m", "gongbao.cli", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen([*cmd, "--workers", "2"], stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if httpx.get(base + "/api/issues", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        with httpx.Client(base_url=base, timeout=30) as http:
            # 养老: 32 blocks of the sample (counted with the search tests, by hand)
            answers = [http.get("/api/search", params={"q": "养老"}) for _ in range(8)]
            assert {a.status_code for a in answers} == {200}
            assert {a.json()["total"] for a in answers} == {32}
            assert http.get("/documents/jingan-2026-01-09").status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_workers_on_a_missing_store_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    run = subprocess.run(
        [sys.executable, "-m", "gongbao.cli", "serve", "--db", str(db), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1
    assert run.stderr == (
        f"Error: no database at {db}; create it with gongbao ingest FILE --db {db}\n"
    )
    assert not db.exists()
