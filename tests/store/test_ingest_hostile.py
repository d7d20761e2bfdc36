"""Hostile files in a folder given to `gongbao ingest`: each is one failed file with one line,
and every other file is stored — a file over the size limit (refused before it is read), a
FIFO, a folder that cannot be read, PDF bombs that kill their parse worker, NUL bytes after
the first 64 KB (taken out, reported, and the same text stored in SQLite and PostgreSQL)."""

from __future__ import annotations

import errno
import json
import os
import resource
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from gongbao.cli import main
from gongbao.store import schema as s
from gongbao.store.db import Store
from gongbao.store.ingest import Outcome, ingest_paths
from tests.conftest import FIXTURES
from tests.hostile import NUL_PROBLEM, flate_bomb, glyph_bomb, with_nuls, write
from tests.store.conftest import fresh_store

NOTICE = (FIXTURES / "county_notice.txt").read_bytes()  # xizhengbanfa-2025-12
ORDER = (FIXTURES / "provincial_order.txt").read_bytes()


def _seen(summary: object, root: Path) -> list[tuple[str, str, str]]:
    outcomes: list[Outcome] = summary.outcomes  # type: ignore[attr-defined]
    return [(str(Path(o.path).relative_to(root)), o.status, o.detail) for o in outcomes]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store(str(tmp_path / "g.db"))
    yield st
    st.close()


def _issue_ids(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return sorted(conn.execute(select(s.issues.c.id)).scalars())


def test_oversize_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """Ingest read every file whole before its size was checked: a 4 GiB file took 4.2 GB.
    Here a sparse file of 4 GiB + 1 byte, over a 4 GiB limit, in a process capped at 2 GiB."""
    folder = tmp_path / "in"
    write(folder / "a.txt", NOTICE)
    with (folder / "huge.txt").open("wb") as f:
        f.truncate((4 << 30) + 1)

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    proc = subprocess.run(
        [
            *(sys.executable, "-m", "gongbao.cli", "ingest", str(folder), "--quiet"),
            *("--workers", "1", "--db", str(tmp_path / "g.db")),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit,
        env={**os.environ, "GONGBAO_MAX_BYTES": str(4 << 30)},
        check=False,
    )
    assert proc.returncode == 1, proc.stderr  # a failed file: exit 1, the rest stored
    assert proc.stderr == (
        f"failed {folder / 'huge.txt'}: 4294967297 bytes is over the 4294967296-byte limit "
        "(raise it with GONGBAO_MAX_BYTES)\n"
    )
    assert proc.stdout.startswith("1 issue (1 stored, 0 replaced, 0 unchanged), 1 failed; ")


def test_a_fifo_in_a_folder_is_one_failed_file(tmp_path: Path, store: Store) -> None:
    """A FIFO was skipped without a word (or, given by name, hung the ingest)."""
    folder = tmp_path / "in"
    write(folder / "a.txt", NOTICE)
    os.mkfifo(folder / "b.txt")
    write(folder / "c.txt", ORDER)
    summary = ingest_paths(store, [str(folder)], workers=1)
    assert _seen(summary, folder) == [
        (
            "b.txt",
            "failed",
            f"{folder / 'b.txt'}: is not a regular file (a device, a FIFO or a socket); "
            "give a gazette file (text, HTML or PDF)",
        ),
        ("a.txt", "stored", ""),
        ("c.txt", "stored", ""),
    ]
    assert _issue_ids(store) == ["jiangnanshengrenminzhengfuling-42", "xizhengbanfa-2025-12"]


def test_an_unreadable_folder_is_one_failed_outcome(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A subfolder that cannot be listed (chmod 000) was skipped without a word by rglob.

    Tests run as root, whom permission bits do not stop: as root the folder's listing is made
    to fail the way it fails for anyone else (os.scandir raising PermissionError for it)."""
    folder = tmp_path / "in"
    write(folder / "a.txt", NOTICE)
    locked = folder / "locked"
    write(locked / "b.txt", ORDER)
    locked.chmod(0)
    if os.geteuid() == 0:
        real = os.scandir

        def scandir(path: str | os.PathLike[str] = ".") -> object:
            if Path(path) == locked:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        summary = ingest_paths(store, [str(folder)], workers=1)
        result = CliRunner().invoke(
            main, ["ingest", str(folder), "--db", str(tmp_path / "cli.db"), "--quiet"]
        )
    finally:
        locked.chmod(0o755)
    message = (
        f"{locked}: folder cannot be read (Permission denied); the files in it were not ingested"
    )
    assert _seen(summary, folder) == [("locked", "failed", message), ("a.txt", "stored", "")]
    assert _issue_ids(store) == ["xizhengbanfa-2025-12"]
    assert result.exit_code == 1
    assert result.stderr == f"failed {message}\n"
    assert result.stdout.startswith("1 issue (1 stored, 0 replaced, 0 unchanged), 1 failed; ")


def test_pdf_bombs_fail_alone_and_the_rest_is_stored(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each bomb kills its parse worker (PDFium aborts at the 768 MiB limit): that file fails
    with one line, a new worker takes the files after it. One worker, so it dies twice."""
    monkeypatch.delenv("GONGBAO_WORKER_MEMORY", raising=False)  # the default limit
    monkeypatch.delenv("GONGBAO_WORKER_SECONDS", raising=False)
    folder = tmp_path / "in"
    write(folder / "a.txt", NOTICE)
    write(folder / "b.pdf", flate_bomb())
    write(folder / "c.pdf", glyph_bomb())
    write(folder / "d.txt", ORDER)
    summary = ingest_paths(store, [str(folder)], workers=1)
    stopped = "the parser stopped (SIGABRT), most likely over the 768 MiB memory limit (raise it with GONGBAO_WORKER_MEMORY)"
    assert _seen(summary, folder) == [
        ("a.txt", "stored", ""),
        ("b.pdf", "failed", f"{folder / 'b.pdf'}: {stopped}"),
        ("c.pdf", "failed", f"{folder / 'c.pdf'}: {stopped}"),
        ("d.txt", "stored", ""),
    ]
    assert _issue_ids(store) == ["jiangnanshengrenminzhengfuling-42", "xizhengbanfa-2025-12"]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_nul_bytes_after_64_kb_are_taken_out_in_every_store(backend: str, tmp_path: Path) -> None:
    """NULs after the first 64 KB were stored by SQLite but made PostgreSQL raise DataError
    (a traceback, and the files after it not stored). They are taken out, with a problem."""
    data, _ = with_nuls()
    folder = tmp_path / "in"
    write(folder / "a.txt", data)
    write(folder / "b.txt", NOTICE)
    st = fresh_store(backend, tmp_path)
    try:
        summary = ingest_paths(st, [str(folder)], workers=1)
        assert [(o.status, o.documents, o.problems) for o in summary.outcomes] == [
            ("stored", 10, 14),
            ("stored", 1, 0),
        ]
        assert _issue_ids(st) == ["jingan-2026-01", "xizhengbanfa-2025-12"]
        with st.engine.connect() as conn:
            stored = json.loads(
                conn.execute(
                    select(s.issues.c.data).where(s.issues.c.id == "jingan-2026-01")
                ).scalar_one()
            )
            texts = list(conn.execute(select(s.blocks.c.text)).scalars())
        assert [p for p in stored["problems"] if p["kind"] == "nul_removed"] == [NUL_PROBLEM]
        assert not any("\0" in t for t in texts)
        assert sum("守牢城区安全底线" in t for t in texts) == 1
    finally:
        st.engine.dispose()
