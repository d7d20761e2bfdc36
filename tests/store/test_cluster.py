"""`gongbao ingest PATH... --cluster ADDRESS` (issue 16) on a real dask.distributed cluster: a
`dask scheduler` and two `dask worker` processes on loopback, started by the test as a user
starts them. One worker is killed while the ingest runs; every issue still ends stored once
and whole, exactly as an ingest without --cluster stores it. Inputs as local paths, file://
and memory:// URLs; a finished ingest run again sends no task.

Hand-checked: the sample is one issue of 10 documents (its contents list, lines 9–30 of
samples/jingan-2026-01.txt); each corpus file is one document, whose issue id is its 文号 when
it prints one (渝财预〔2025〕… has none printed in the file: a content id `doc-…`)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import fsspec
import pytest
from click.testing import CliRunner
from distributed import Client
from sqlalchemy import create_engine, func, select, text

from gongbao.cli import main
from gongbao.store import cluster
from gongbao.store import schema as s
from gongbao.store.db import Store
from tests.conftest import ROOT, SAMPLE
from tests.store.conftest import _pg_url

CORPUS = ROOT / "tests" / "corpus"
FILES = [
    SAMPLE,
    CORPUS / "budget-report" / "chongqing-2025-budget-report.txt",
    CORPUS / "budget-report" / "tianjin-2025-budget-report.txt",
    CORPUS / "budget-report" / "fujian-sanming-2018-budget-report.html",
    CORPUS / "dept-budget" / "shanghai-putuo-commerce-2025-dept-budget.txt",
    CORPUS / "gazette-item" / "gansu-jiuquan-2004-chengshi-guanli-lawdb.txt",
    CORPUS / "gazette-item" / "guobanfa-2016-82-jili-zhichi-lawdb.txt",
]
#: seconds any one step may take before the test gives up (and still cleans up)
TIMEOUT = 240


@contextmanager
def dask_cluster(
    tmp: Path, workers: int = 2
) -> Iterator[tuple[str, dict[str, subprocess.Popen[bytes]]]]:
    """A scheduler and ``workers`` single-threaded workers without nannies, each a process of
    its own on loopback (ports the system picks); yields the scheduler's address and the
    worker processes by name, and stops every process after, whatever happened."""
    info = tmp / "scheduler.json"
    dask = [sys.executable, "-m", "dask"]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    procs: list[subprocess.Popen[bytes]] = []
    try:
        scheduler = ["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard"]
        procs.append(subprocess.Popen([*dask, *scheduler, "--scheduler-file", str(info)], **quiet))
        deadline = time.monotonic() + 60
        while not info.exists() or not info.read_text(encoding="utf-8").strip():
            assert time.monotonic() < deadline, "the scheduler did not start"
            assert procs[0].poll() is None, "the scheduler stopped"
            time.sleep(0.1)
        address = json.loads(info.read_text(encoding="utf-8"))["address"]
        named = {}
        for n in range(workers):
            worker = ["worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard"]
            named[f"w{n}"] = subprocess.Popen(
                [*dask, *worker, "--name", f"w{n}", "--host", "127.0.0.1"], **quiet
            )
            procs.append(named[f"w{n}"])
        with Client(address, timeout=60, set_as_default=False) as client:
            client.wait_for_workers(workers, timeout=120)
        yield address, named
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=20)


def _contents(db: str) -> dict[str, tuple[int, ...]]:
    """Per issue id: its documents, blocks and rows of every fact table — what a whole issue
    holds, so that a half-written one differs."""
    store = Store(db, create=False, rank=False)
    tables = [s.documents, *s.FACT_TABLES.values()]
    out: dict[str, list[int]] = {}
    with store.engine.connect() as conn:
        for (issue_id,) in conn.execute(select(s.issues.c.id)):
            out[issue_id] = []
        for table in tables:
            counts = dict(
                conn.execute(
                    select(table.c.issue_id, func.count()).group_by(table.c.issue_id)
                ).all()
            )
            for issue_id, row in out.items():
                row.append(counts.get(issue_id, 0))
        blocks = dict(
            conn.execute(
                select(s.documents.c.issue_id, func.count())
                .select_from(s.blocks.join(s.documents, s.blocks.c.document_id == s.documents.c.id))
                .group_by(s.documents.c.issue_id)
            ).all()
        )
    store.close()
    return {i: (*row, blocks.get(i, 0)) for i, row in out.items()}


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, ...]]:
    """The same files ingested without --cluster: what the cluster must store."""
    db = str(tmp_path_factory.mktemp("local") / "g.db")
    r = CliRunner().invoke(
        main, ["ingest", *map(str, FILES), "--db", db, "--quiet", "--workers", "1"]
    )
    assert r.exit_code == 0, r.output
    return _contents(db)


def _parse_tasks(address: str) -> int:
    """Parse tasks the scheduler has finished so far."""
    with Client(address, timeout=60, set_as_default=False) as client:
        counts = client.run_on_scheduler(
            lambda dask_scheduler: dict(
                dask_scheduler.task_prefixes["gongbao-parse"].state_counts
                if "gongbao-parse" in dask_scheduler.task_prefixes
                else {}
            )
        )
    return int(counts.get("memory", 0))


def _wait_for_a_parse(address: str) -> None:
    """Until the scheduler has seen a parse task finish."""
    deadline = time.monotonic() + 120
    with Client(address, timeout=60, set_as_default=False) as client:
        while time.monotonic() < deadline:
            counts = client.run_on_scheduler(
                lambda dask_scheduler: dict(
                    dask_scheduler.task_prefixes["gongbao-parse"].state_counts
                    if "gongbao-parse" in dask_scheduler.task_prefixes
                    else {}
                )
            )
            if sum(counts.get(k, 0) for k in ("memory", "released", "forgotten")):
                return
            time.sleep(0.01)
    raise AssertionError("no parse was seen to finish")


def _kill_a_busy_worker(
    address: str, workers: dict[str, subprocess.Popen[bytes]]
) -> tuple[str, tuple[str, ...]]:
    """SIGKILL the first worker seen parsing (asking the scheduler until one is); its name
    and the tasks it held."""
    deadline = time.monotonic() + 60
    with Client(address, timeout=60, set_as_default=False) as client:
        names = {a: w["name"] for a, w in client.scheduler_info()["workers"].items()}
        while time.monotonic() < deadline:
            busy = {a: k for a, k in client.processing().items() if k}
            if busy:
                victim, keys = next(iter(busy.items()))
                workers[names[victim]].send_signal(signal.SIGKILL)
                return names[victim], tuple(keys)
            time.sleep(0.01)
    raise AssertionError("no worker was seen parsing")


def test_a_worker_killed_mid_ingest(tmp_path: Path, local: dict[str, tuple[int, ...]]) -> None:
    db = str(tmp_path / "g.db")
    assert len(local) == 7 and local["jingan-2026-01"][0] == 10
    with dask_cluster(tmp_path) as (address, workers):
        ingest = subprocess.Popen(
            [sys.executable, "-m", "gongbao.cli", "ingest", *map(str, FILES), "--db", db,
             "--cluster", address],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        killed: tuple[str, tuple[str, ...]] | None = None
        lines = []
        try:
            assert ingest.stderr is not None and ingest.stdout is not None
            # once a parse has finished (its issue waits to be stored with the next ones in
            # one transaction), kill a worker as soon as it holds a parse
            _wait_for_a_parse(address)
            killed = _kill_a_busy_worker(address, workers)
            lines = list(ingest.stderr)
            ingest.wait(timeout=TIMEOUT)
            out = ingest.stdout.read()
        finally:
            if ingest.poll() is None:
                ingest.kill()
                ingest.wait()
        assert killed is not None, "".join(lines)
        assert workers[killed[0]].wait(timeout=30) == -signal.SIGKILL
        assert ingest.returncode == 0, "".join(lines)
        assert out.startswith("7 issues (7 stored, 0 replaced, 0 unchanged), 0 failed;"), out
        assert sorted(line.split()[1] for line in lines if line.startswith("stored")) == sorted(
            map(str, FILES)
        )
        # stored once each, whole: the same issues with the same rows as the local ingest
        assert _contents(db) == local
        # run again: every file is unchanged, and no parse task is sent
        before = _parse_tasks(address)
        again = subprocess.run(
            [sys.executable, "-m", "gongbao.cli", "ingest", *map(str, FILES), "--db", db,
             "--cluster", address, "--quiet"],
            capture_output=True, text=True, timeout=TIMEOUT,
        )  # fmt: skip
        assert again.returncode == 0, again.stderr
        assert again.stdout.startswith("7 issues (0 stored, 0 replaced, 7 unchanged), 0 failed;")
        assert _parse_tasks(address) == before
    assert _contents(db) == local


@pytest.fixture(scope="module")
def address(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A cluster for the tests that kill nothing."""
    with dask_cluster(tmp_path_factory.mktemp("cluster")) as (found, _):
        yield found


def test_file_and_memory_urls(
    tmp_path: Path, address: str, local: dict[str, tuple[int, ...]]
) -> None:
    """Inputs as fsspec URLs: a folder in the in-memory filesystem (this process's: the bytes
    travel with the tasks) and a file:// URL; a file that cannot be parsed fails in one line
    that names its URL, not the worker's copy."""
    memory = fsspec.filesystem("memory")
    folder = "/gongbao-cluster-test"
    for path in FILES[1:3]:
        memory.pipe(f"{folder}/{path.name}", path.read_bytes())
    memory.pipe(f"{folder}/sub/empty.txt", b"")
    memory.pipe(f"{folder}/notes.json", b"{}")  # not a gazette suffix: not listed
    db = str(tmp_path / "g.db")
    try:
        r = CliRunner().invoke(
            main,
            ["ingest", f"memory://{folder}", SAMPLE.as_uri(), "--db", db, "--cluster", address],
        )
        assert r.exit_code == 1, r.output
        assert r.stdout.startswith("3 issues (3 stored, 0 replaced, 0 unchanged), 1 failed;")
        failed = [line for line in r.stderr.splitlines() if line.startswith("failed")]
        assert failed == [f"failed memory://{folder}/sub/empty.txt: is empty; nothing to parse"]
        stored = sorted(
            line.split()[1] for line in r.stderr.splitlines() if line.startswith("stored")
        )
        assert stored == sorted(
            [SAMPLE.as_uri(), *(f"memory://{folder}/{p.name}" for p in FILES[1:3])]
        )
        found = _contents(db)
        assert found == {k: v for k, v in local.items() if k in found} and len(found) == 3
        r = CliRunner().invoke(
            main,
            ["ingest", f"memory://{folder}/{FILES[1].name}", "--db", db, "--cluster", address],
        )
        assert r.exit_code == 0 and r.stdout.startswith(
            "1 issue (0 stored, 0 replaced, 1 unchanged)"
        )
    finally:
        memory.rm(folder, recursive=True)


def test_tasks_in_flight_are_bounded(
    tmp_path: Path, address: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a window of 2, the scheduler never holds more than 2 of the ingest's parse tasks
    (counted as each parse is taken to be stored): what waits for a parse is bounded, not the
    file list."""
    held: list[int] = []
    watcher = Client(address, timeout=60, set_as_default=False)

    class Counted(cluster.Batches):
        def add(self, name: str, rows: object, error: str) -> None:
            held.append(
                watcher.run_on_scheduler(
                    lambda dask_scheduler: sum(
                        str(k).startswith("gongbao-parse") for k in dask_scheduler.tasks
                    )
                )
            )
            super().add(name, rows, error)

    monkeypatch.setattr(cluster, "Batches", Counted)
    store = Store(str(tmp_path / "g.db"))
    try:
        summary = cluster.ingest_cluster(store, [str(p) for p in FILES], address, window=2)
    finally:
        store.close()
        watcher.close()
    assert summary.count("stored") == 7 and len(held) == 7
    assert 1 <= max(held) <= 2, held


def test_errors_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A scheduler that cannot be reached, inputs with no gazette file: one line, exit 1."""
    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 2)
    memory = fsspec.filesystem("memory")
    memory.pipe("/gongbao-cluster-none/notes.json", b"{}")
    db = str(tmp_path / "g.db")
    nobody = "tcp://127.0.0.1:9"  # the discard port: nothing listens on loopback
    try:
        for args, expected in [
            ([str(SAMPLE)], f"cannot reach the dask scheduler at {nobody} (Timed out"),
            (["memory:///gongbao-cluster-none"], "no gazette files (.txt, .html, .pdf) in memory:"),
        ]:
            r = CliRunner().invoke(main, ["ingest", *args, "--db", db, "--cluster", nobody])
            assert r.exit_code == 1 and r.stdout == "", r.output
            assert len(r.stderr.strip().splitlines()) == 1 and expected in r.stderr, r.stderr
    finally:
        memory.rm("/gongbao-cluster-none", recursive=True)


@pytest.fixture
def pg_url() -> str:
    """A database of this test's own on the test server (others' tests reset theirs)."""
    base = _pg_url()
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS gongbao_test_cluster WITH (FORCE)"))
        conn.execute(text("CREATE DATABASE gongbao_test_cluster"))
    engine.dispose()
    return base.rsplit("/", 1)[0] + "/gongbao_test_cluster"


def test_on_postgresql(
    tmp_path: Path,
    address: str,
    pg_url: str,
    local: dict[str, tuple[int, ...]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GONGBAO_INDEX_DIR", str(tmp_path / "pg.index"))
    files = [str(p) for p in FILES[:3]]
    r = CliRunner().invoke(
        main, ["ingest", *files, "--db", pg_url, "--cluster", address, "--quiet"]
    )
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("3 issues (3 stored, 0 replaced, 0 unchanged), 0 failed;")
    found = _contents(pg_url)
    assert found == {k: v for k, v in local.items() if k in found} and len(found) == 3
