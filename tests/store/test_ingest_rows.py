"""Issue 16: `gongbao ingest` builds an issue's rows (token streams too) in the parse worker
and the parent only writes them, one statement per table. What is stored must not change:
the worker path stores exactly the rows the serial path (``Store.ingest``) stores, on the
sample and two real multi-document pages, in SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import event, inspect, select

import gongbao
from gongbao.errors import InputError
from gongbao.model import Block, Document, Issue, IssueMeta
from gongbao.store import schema as s
from gongbao.store.db import Store
from gongbao.store.ingest import ingest_paths
from gongbao.store.rows import issue_rows
from tests.conftest import ROOT, SAMPLE
from tests.store.conftest import fresh_store

PUTIAN = ROOT / "tests/corpus/personnel/fujian-putian-2025-npcsc-renmian-mingdan-page.txt"
JIYUAN = ROOT / "tests/corpus/personnel/henan-jiyuan-2023-npcsc-daili-shizhang-page.txt"


def _dump(store: Store) -> dict[str, list[tuple[str, ...]]]:
    """Every row of every table, sorted; the change log without the time it was written.
    SQLite's full-text index by what it holds (each token's block, column and position),
    not by its shadow tables: ingest writes several issues to a segment, one at a time
    writes one each, and the settings differ (ingest gives FTS5 more room)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            conn.exec_driver_sql(
                "CREATE VIRTUAL TABLE temp.held USING fts5vocab(main, block_index, instance)"
            )
            out["block_index"] = sorted(
                tuple(map(str, r)) for r in conn.exec_driver_sql("SELECT * FROM temp.held")
            )
        for name in inspect(conn).get_table_names():
            if store.dialect == "sqlite" and name.startswith("block_index"):
                continue  # contentless FTS5: what it holds is dumped above
            result = conn.exec_driver_sql(f'SELECT * FROM "{name}"')
            cols = list(result.keys())
            out[name] = sorted(
                tuple(
                    "" if (name, c) == ("changes", "at") else str(v)
                    for c, v in zip(cols, r, strict=True)
                )
                for r in result
            )
    return out


def _appointments(store: Store, issue_id: str) -> list[tuple[str, str, str | None]]:
    with store.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                select(s.appointments.c.person, s.appointments.c.action, s.organisations.c.name)
                .select_from(s.appointments)
                .outerjoin(
                    s.appointment_orgs, s.appointment_orgs.c.appointment_id == s.appointments.c.id
                )
                .outerjoin(
                    s.organisations, s.organisations.c.id == s.appointment_orgs.c.organisation_id
                )
                .where(s.appointments.c.issue_id == issue_id)
                .order_by(s.appointments.c.id)
            )
        ]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_worker_path_stores_the_rows_of_the_serial_path(backend: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for f in (SAMPLE, PUTIAN, JIYUAN):
        (folder / f.name).write_bytes(f.read_bytes())
    files = sorted(folder.iterdir())  # the order ingest takes a folder's files in

    (tmp_path / "serial").mkdir()
    serial = fresh_store(backend, tmp_path / "serial")
    for f in files:
        assert serial.ingest(gongbao.parse_file(f), str(f), f.read_bytes()) == "stored"
    expected = _dump(serial)
    serial.close()

    (tmp_path / "workers").mkdir()
    store = fresh_store(backend, tmp_path / "workers")
    summary = ingest_paths(store, [str(folder)], workers=2)
    assert [(Path(o.path).name, o.status) for o in summary.outcomes] == [
        (f.name, "stored") for f in files
    ]
    got = _dump(store)
    assert got.keys() == expected.keys()
    for name, rows in expected.items():
        assert got[name] == rows, name
    # checked by hand against the page: 何金清 resigns as 副主任 (and so leaves the 资格审查
    # committee), 余铮清 is appointed to the 中级人民法院's 刑事审判第二庭 (one link, though the
    # page names the court twice), 陈国春 is removed as 检察员 (no organisation recognised)
    people = _appointments(store, "doc-43847e19")
    assert [(p, a) for p, a, _ in people] == [
        ("何金清", "remove"),
        ("何金清", "remove"),
        ("余铮清", "appoint"),
        ("陈国春", "remove"),
    ]
    assert people[2][2] == "莆田市中级人民法院刑事审判第二庭"
    assert people[3][2] is None
    # documents are numbered in the order the files were stored, blocks after their document:
    # the putian page (first file) holds documents 1-3, the sample (last) 6-15
    with store.engine.connect() as conn:
        nums = dict(conn.execute(select(s.documents.c.id, s.documents.c.num)).all())
        first = conn.execute(
            select(s.blocks.c.id).where(s.blocks.c.document_id == "jingan-2026-01-01")
        ).scalars()
        assert min(first) == 6 << 16
    assert [nums["doc-43847e19"], nums["jingan-2026-01-01"], nums["jingan-2026-01-10"]] == [
        1,
        6,
        15,
    ]
    store.close()


def test_one_insert_per_table_for_an_issue(tmp_path: Path) -> None:
    """The sample was stored with about 460 statements, one per appointment, measure,
    organisation, alias and person; now each table takes its rows in one."""
    store = Store(str(tmp_path / "g.db"), rank=False)
    issue = gongbao.parse_file(SAMPLE)
    statements: list[str] = []
    event.listen(
        store.engine, "before_cursor_execute", lambda *a: statements.append(" ".join(a[2].split()))
    )
    assert store.ingest(issue, SAMPLE.name, SAMPLE.read_bytes()) == "stored"
    into = [x.split()[2] for x in statements if x.startswith("INSERT INTO")]
    assert sorted(into) == sorted(set(into))  # no table twice
    assert len(statements) < 40
    with store.engine.connect() as conn:  # and every row is there (hand-checked: 48 people
        # appointed or removed in the sample, the counts the change log test also asserts)
        assert len(conn.execute(select(s.appointments.c.id)).all()) == 48
    store.close()


def test_a_corrected_edition_through_the_workers_is_replaced_and_said_so(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / SAMPLE.name
    path.write_bytes(SAMPLE.read_bytes())
    store = Store(str(tmp_path / "g.db"))
    assert [o.status for o in ingest_paths(store, [str(folder)], 1).outcomes] == ["stored"]
    assert [o.status for o in ingest_paths(store, [str(folder)], 1).outcomes] == ["unchanged"]
    path.write_text(SAMPLE.read_text(encoding="utf-8").replace("宝宝屋", "托育屋"), "utf-8")
    outcome = ingest_paths(store, [str(folder)], 1).outcomes
    assert [(o.status, o.documents) for o in outcome] == [("replaced", 10)]
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(s.changes.c.id, s.changes.c.data).where(s.changes.c.kind == "document")
        ).all()
    editions = [json.loads(data)["edition"] for _, data in sorted(rows)]
    assert editions == ["new"] * 10 + ["replaced"] * 10
    store.close()


def test_a_document_of_too_many_blocks_is_refused_in_one_line() -> None:
    """Block ids hold a block's rank in its document in 16 bits: 65,536 body blocks and the
    head are one too many."""
    doc = Document("big-2026-01-01", "很长的文件")
    doc.body = [Block("paragraph", f"第{k}段", path=f"p{k}") for k in range(1 << 16)]
    issue = Issue(IssueMeta(), id="big-2026-01", documents=[doc])
    with pytest.raises(
        InputError, match=r"^big-2026-01-01: 65537 blocks; at most 65536 are stored$"
    ):
        issue_rows(issue)


def test_what_came_from_ocr_is_kept_in_the_store(tmp_path: Path) -> None:
    """An issue's OCR record (pages, engine, each line's confidence) comes back in the export
    from the store, as `gongbao parse` gives it: it was dropped when the issue was stored."""
    from gongbao.store.export import issue_contract

    store = Store(str(tmp_path / "g.db"), rank=False)
    issue = gongbao.parse_file(SAMPLE)
    issue.ocr = {"engine": "rapidocr", "pages": [1], "threshold": 0.8, "lines": []}
    store.ingest(issue, SAMPLE.name, SAMPLE.read_bytes())
    with store.engine.connect() as conn:
        contract = issue_contract(conn, issue.id)
    assert contract is not None and contract["ocr"] == issue.ocr
    store.close()
