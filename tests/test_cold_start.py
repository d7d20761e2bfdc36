"""A command pays only for what it uses (issue 16): `gongbao parse` imports no database
layer, no web stack, no progress bar and no pinyin dictionary, in the command's process or in
the parse worker it forks; `gongbao search` none of the web stack, and of a SQLite store
neither SQLAlchemy nor the compiled-pattern cache. benchmarks/cold_start.py measures the
time; these fail when an import comes back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gongbao.model import Issue
from tests.conftest import ROOT, SAMPLE

#: what neither command needs: the web app and its pages, charts, the export to Parquet, the
#: ingest's progress bar, pypinyin (whose import loads its whole dictionary)
NOT_FOR_COMMANDS = (
    "fastapi",
    "starlette",
    "uvicorn",
    "jinja2",
    "plotly",
    "pyarrow",
    "rich",
    "pypinyin",
)
#: and what parsing needs no more than printing does: the store
NOT_FOR_PARSE = (*NOT_FOR_COMMANDS, "sqlalchemy", "tantivy", "psycopg")

#: the command as its console script runs it, then what its parse worker does (the worker is
#: forked from the command: its modules are the command's and those the parse imports)
_PARSE = """
import json, sys
from gongbao.cli import main, render_issue
from gongbao.pipeline import parse_file
try:
    main(sys.argv[2:], standalone_mode=False)
finally:
    render_issue("json", parse_file(sys.argv[3]))
    with open(sys.argv[1], "w") as f:
        json.dump(sorted(sys.modules), f)
"""

#: a command as its console script runs it, then the modules it left imported
_COMMAND = """
import json, sys
from gongbao.cli import main
try:
    main(sys.argv[2:], standalone_mode=False)
finally:
    with open(sys.argv[1], "w") as f:
        json.dump(sorted(sys.modules), f)
"""


def _modules(tmp_path: Path, code: str, *args: str) -> set[str]:
    """The modules a command left imported, run in a new Python as `gongbao ARGS`."""
    out = tmp_path / "modules.json"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    run = subprocess.run(
        [sys.executable, "-c", code, str(out), *args],
        env=env,
        capture_output=True,
        timeout=300,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr.decode()
    return set(json.loads(out.read_text()))


def _found(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in packages)


def test_parse_imports_no_store_web_or_pinyin_dictionary(sample: Issue, tmp_path: Path) -> None:
    # the session's parse of the sample has put the pinyin table (and the few runs pypinyin
    # was asked about) in the user's cache, as a first `gongbao parse` on a machine does
    modules = _modules(tmp_path, _PARSE, "parse", str(SAMPLE))
    assert "gongbao.structure" in modules  # the parse did run here
    assert _found(modules, NOT_FOR_PARSE) == []


def test_parse_of_a_text_forks_no_worker_and_imports_no_store(tmp_path: Path) -> None:
    """A text is parsed in the command's own process under the worker limits (tests/
    test_limits.py): no ``multiprocessing`` (a fork, 10 M instructions to import), and none of
    the store's modules, which only the ingest's workers needed."""
    modules = _modules(tmp_path, _COMMAND, "parse", str(SAMPLE), "--format", "summary")
    assert "gongbao.structure" in modules  # the parse did run here
    assert "gongbao.limits" in modules
    assert _found(modules, ("multiprocessing",)) == []
    assert sorted(m for m in modules if m.startswith("gongbao.store")) == []


def test_search_imports_no_web_stack(tmp_path: Path) -> None:
    from gongbao.store.db import Store

    db = tmp_path / "s.db"
    Store(str(db), rank=False).close()
    modules = _modules(tmp_path, _COMMAND, "search", "养老", "--db", str(db))
    assert "gongbao.store.search" in modules
    assert _found(modules, NOT_FOR_COMMANDS) == []


def _searched(sample: Issue, folder: Path, monkeypatch: pytest.MonkeyPatch, rank: str) -> set[str]:
    """The modules `gongbao search 养老` leaves imported, on a SQLite store of the sample,
    answered by the ranking index (``rank`` on) or by FTS5 (off)."""
    from gongbao.store.db import Store

    db = folder / "s.db"
    store = Store(str(db))
    store.ingest(sample, SAMPLE.name, SAMPLE.read_bytes())
    store.close()
    monkeypatch.setenv("GONGBAO_RANK_INDEX", rank)
    return _modules(folder, _COMMAND, "search", "养老", "--db", str(db))


@pytest.mark.parametrize("rank", ["on", "off"])
def test_search_of_a_sqlite_store_reads_it_through_sqlite3(
    sample: Issue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rank: str
) -> None:
    """The whole search: the hits' blocks, their documents, the facets and the snippets are
    read through sqlite3 (``store.lite``), not SQLAlchemy's engine nor its tables."""
    modules = _searched(sample, tmp_path, monkeypatch, rank)
    assert {"gongbao.store.search", "gongbao.store.lite"} <= modules
    assert ("tantivy" in modules) == (rank == "on")  # the ranking index did answer
    assert _found(modules, (*NOT_FOR_COMMANDS, "psycopg")) == []
    assert not {"sqlalchemy.dialects.sqlite", "gongbao.store.schema"} & modules


def test_search_of_a_sqlite_store_imports_no_sqlalchemy(
    sample: Issue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    modules = _searched(sample, tmp_path, monkeypatch, "on")
    assert _found(modules, ("sqlalchemy",)) == []
