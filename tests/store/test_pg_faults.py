"""A PostgreSQL server stopped in the middle of an ingest and of serving (issue 13): nothing
half-stored, one clear error instead of a traceback, 503 instead of 500 while it is down, and
service again once it is back without restarting gongbao.

These tests stop and start a server, so they run one of their own (Debian's PostgreSQL, the
binaries scripts/pg.sh installs) on a free port in a temporary folder, never the shared one."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import event, func, select

import gongbao
from gongbao.errors import InputError
from gongbao.store import schema as s
from gongbao.store.db import Store
from gongbao.store.ingest import ingest_paths
from tests.conftest import ROOT, SAMPLE, gongbao_serve


class Server:
    """A PostgreSQL server of the test's own, stopped and started at will."""

    def __init__(self) -> None:
        bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
        if not bins:
            if os.environ.get("CI"):
                pytest.fail("PostgreSQL binaries missing: scripts/pg.sh installs them for CI")
            pytest.skip("no PostgreSQL binaries (run scripts/test.sh)")
        self.bin = bins[-1].parent
        # under /tmp itself: pytest's tmp_path sits in a folder only root may enter
        self.dir = Path(tempfile.mkdtemp(prefix="gongbao-pg-fault-"))
        self.root = os.geteuid() == 0
        if self.root:  # initdb refuses root; the server runs as postgres
            shutil.chown(self.dir, "postgres")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self._run("initdb", "-D", str(self.dir), "-U", "postgres", "-A", "trust", "-E", "UTF8")
        self.start()
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bin / tool), *args]
        if self.root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        opts = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            "pg_ctl", "-D", str(self.dir), "-w", "-o", opts, "-l", str(self.dir / "log"), "start"
        )

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.dir), "-m", mode, "-w", "stop")


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    yield srv
    with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
        srv.stop("immediate")
    shutil.rmtree(srv.dir, ignore_errors=True)


def _count(store: Store, table: Any) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _files(tmp: Path) -> list[str]:
    """Three issues: the sample and two real corpus files, copied so each is its own path."""
    corpus = ROOT / "tests" / "corpus"
    picks = [SAMPLE, *sorted((corpus / "announcement").glob("*.txt"))[:2]]
    out = []
    for i, src in enumerate(picks):
        dst = tmp / f"{i}-{src.name}"
        dst.write_bytes(src.read_bytes())
        out.append(str(dst))
    return out


def test_server_stopped_inside_an_issues_transaction(server: Server, tmp_path: Path) -> None:
    files = _files(tmp_path)
    store = Store(server.url, rank=False)
    first_docs = len(gongbao.parse_file(files[0]).documents)
    stored: list[str] = []
    statements = 0

    def stop_midway(*_args: object) -> None:
        # once the first issue is stored, stop the server at the 10th statement of the next
        # one: inside its transaction, after some of its rows were written
        nonlocal statements
        if stored:
            statements += 1
            if statements == 10:
                server.stop("immediate")

    event.listen(store.engine, "before_cursor_execute", stop_midway)
    with pytest.raises(InputError) as exc:
        ingest_paths(store, files, workers=1, on_file=lambda o: stored.append(o.status))
    message = str(exc.value)
    assert "\n" not in message
    assert message.startswith("database connection lost (")
    assert message.endswith(
        "1 issue(s) stored before it are kept, run the same ingest again to continue"
    )
    assert stored == ["stored"]
    event.remove(store.engine, "before_cursor_execute", stop_midway)
    store.engine.dispose()

    server.start()
    again = Store(server.url, rank=False)
    # the first issue whole, nothing of the second (its transaction rolled back)
    assert _count(again, s.issues) == 1
    assert _count(again, s.documents) == first_docs
    # running the same ingest again stores the rest and leaves the first alone
    summary = ingest_paths(again, files, workers=1)
    assert [o.status for o in summary.outcomes] == ["unchanged", "stored", "stored"]
    assert _count(again, s.issues) == 3
    again.engine.dispose()


def test_cli_ingest_on_a_stopped_server_says_so_in_one_line(server: Server) -> None:
    server.stop()
    run = subprocess.run(
        ["gongbao", "ingest", str(SAMPLE), "--db", server.url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Error: cannot open database {server.url}: ")
    assert lines[0].endswith("Connection refused")


def test_serving_while_the_server_stops_and_comes_back(server: Server) -> None:
    store = Store(server.url, rank=False)
    store.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    store.engine.dispose()
    with gongbao_serve(server.url) as base, httpx.Client(base_url=base, timeout=30) as http:
        assert http.get("/api/issues").status_code == 200
        server.stop()
        for path in ("/api/issues", "/api/documents/jingan-2026-01-01", "/"):
            down = http.get(path)
            assert down.status_code == 503, path
            assert down.headers["retry-after"] == "1"
        assert http.get("/api/issues").json() == {"error": "数据库暂时无法连接，请稍后再试"}
        page = http.get("/issues/jingan-2026-01")
        assert "数据库暂时无法连接，请稍后再试" in page.text
        assert "Traceback" not in page.text
        server.start()
        # the pool's dead connections are replaced when lent: no restart of gongbao needed
        back = http.get("/api/issues")
        assert back.status_code == 200
        assert back.json()["total"] == 1
        assert http.get("/api/documents/jingan-2026-01-01").status_code == 200
