"""Ingest on both backends: counts, idempotence, atomic replacement, rollback on failure."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

import gongbao
from gongbao.store import schema as s
from gongbao.store.db import Store
from gongbao.store.ingest import ingest_paths
from tests.conftest import FIXTURES, SAMPLE


def _count(store: Store, table: object) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar() or 0  # type: ignore[arg-type]


def test_sample_counts(sample_store: Store) -> None:
    assert sample_store.counts() == {
        "issues": 1,
        "documents": 10,
        "blocks": 795,  # 773 of the bodies + 10 heads, 1 signature, 11 footnotes
        "appointments": 48,
        "measures": 60,
        "organisations": 52,  # a congress in session (静安区人民代表大会) is no department
    }
    assert _count(sample_store, s.people) == 36
    assert _count(sample_store, s.commitments) == 45
    assert _count(sample_store, s.projects) == 80
    assert _count(sample_store, s.identities) == 28
    # one link per printed responsible unit: 201 across the 60 measures, none repeated
    assert _count(sample_store, s.measure_orgs) == 201


def test_same_issue_again_changes_nothing(empty_store: Store) -> None:
    issue = gongbao.parse_file(SAMPLE)
    data = SAMPLE.read_bytes()
    assert empty_store.ingest(issue, "a", data) == "stored"
    before = empty_store.counts()
    assert empty_store.ingest(issue, "a", data) == "unchanged"
    assert empty_store.counts() == before


def test_corrected_edition_replaces_the_old(empty_store: Store) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    empty_store.ingest(gongbao.parse_text(text), "v1", text)
    corrected = text.replace("宝宝屋", "托育屋")
    assert empty_store.ingest(gongbao.parse_text(corrected), "v2", corrected) == "replaced"
    assert empty_store.counts()["issues"] == 1
    assert empty_store.counts()["blocks"] == 795
    from gongbao.store.search import search

    assert search(empty_store, "宝宝屋").total == 0
    assert search(empty_store, "托育屋").total == 9


def test_a_failed_write_leaves_the_store_as_it_was(
    empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gongbao.store.write as write

    text = SAMPLE.read_text(encoding="utf-8")
    empty_store.ingest(gongbao.parse_text(text), "v1", text)
    before = empty_store.counts()

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(write, "write_fact_rows", boom)
    corrected = text.replace("宝宝屋", "托育屋")
    with pytest.raises(RuntimeError):
        empty_store.ingest(gongbao.parse_text(corrected), "v2", corrected)
    assert empty_store.counts() == before
    from gongbao.store.search import search

    assert search(empty_store, "宝宝屋").total == 9


def test_ingest_folders_reports_each_file(empty_store: Store, tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path)) / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SAMPLE.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "county.txt").write_bytes((FIXTURES / "county_notice.txt").read_bytes())
    seen = []
    summary = ingest_paths(empty_store, [str(folder)], workers=2, on_file=seen.append)
    assert sorted((Path(o.path).name, o.status) for o in seen) == [
        ("a.txt", "stored"),
        ("county.txt", "stored"),
        ("empty.txt", "failed"),
    ]
    assert summary.count("failed") == 1
    assert "is empty" in next(o.detail for o in seen if o.status == "failed")
    with empty_store.engine.connect() as conn:
        ids = sorted(conn.execute(select(s.issues.c.id)).scalars())
    assert ids == ["jingan-2026-01", "xizhengbanfa-2025-12"]


def test_schema_version_recorded(sample_store: Store) -> None:
    with sample_store.engine.connect() as conn:
        v = conn.execute(select(s.meta.c.value).where(s.meta.c.key == "schema_version")).scalar()
    assert v == str(s.SCHEMA_VERSION)


def test_a_database_from_a_newer_gongbao_is_refused(tmp_path: object) -> None:
    from pathlib import Path

    from sqlalchemy import update

    from gongbao.errors import InputError

    path = str(Path(str(tmp_path)) / "new.db")
    store = Store(path)
    with store.engine.begin() as conn:
        conn.execute(update(s.meta).where(s.meta.c.key == "schema_version").values(value="99"))
    store.engine.dispose()
    with pytest.raises(InputError, match="schema version 99 is newer"):
        Store(path)


def test_bad_database_locations_are_one_line_errors(tmp_path: object) -> None:
    from pathlib import Path

    from gongbao.errors import InputError

    with pytest.raises(InputError, match="is a directory"):
        Store(str(tmp_path))
    with pytest.raises(InputError, match="no such database"):
        Store(str(Path(str(tmp_path)) / "missing.db"), create=False)
    with pytest.raises(InputError, match="cannot open database"):
        Store("postgresql://nobody@127.0.0.1:1/none")


def test_migration_rebuilds_the_index(tmp_path: object) -> None:
    """A version-1 store (old tokens) is re-indexed when opened by this gongbao."""
    from pathlib import Path

    from sqlalchemy import update

    from gongbao.store.search import search

    path = str(Path(str(tmp_path)) / "old.db")
    store = Store(path, rank=False)  # FTS5's own index is what the migration rebuilds
    store.ingest(gongbao.parse_file(SAMPLE), "a", b"x")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO block_index(block_index) VALUES('delete-all')")
        conn.execute(update(s.meta).where(s.meta.c.key == "schema_version").values(value="1"))
    assert search(store, "宝宝屋").total == 0
    store.engine.dispose()
    reopened = Store(path, rank=False)
    assert search(reopened, "宝宝屋").total == 9
    with reopened.engine.connect() as conn:
        version = conn.execute(select(s.meta.c.value).where(s.meta.c.key == "schema_version"))
        assert version.scalar() == str(s.SCHEMA_VERSION)
