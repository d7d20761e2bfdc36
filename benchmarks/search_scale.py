"""Search at 1,000 and 10,000 issues, on SQLite and on PostgreSQL: load, sizes, index build,
search latency (wall and CPU) by query class, and the store's write time per issue as the
store grows.

Normal ingest builds a 1,000-issue PostgreSQL store in more than nine minutes, so the store is
bulk-loaded:

1. seed: ``--seed`` distinct issues (default 100) ingested normally, ``benchmarks/
   ingest_scale.py``'s load corpus: every other issue the built-in sample (静安区政府公报 2026
   年第 1 期, 10 documents, ~800 blocks) under another issue number and year, the others two
   real corpus pages (莆田 and 济源 人大常委会 appointments) with the city's name replaced;
2. copies: the seed's rows copied inside the database (``INSERT … SELECT``) until the store
   holds N issues. A copy differs from its seed issue in its keys and dates only: issue and
   document ids get a suffix ``-c<k>``, document numbers (and so block ids) an offset, the
   gazette id a suffix ``-g<k mod 50>`` (100 gazettes in all), the issue's year, its
   publication date and its documents' dates go back ``k mod 25`` years. The text is the
   seed's: every copy matches what its seed matches, so hit counts grow in proportion to N
   (the heaviest case for common words). The full-text index gets the same tokens (SQLite:
   the seed's token streams, computed once, inserted under the copy's row ids; PostgreSQL:
   the seed's tsvectors, with the GIN index dropped during the copy and built again, timed).
   Issuers, facts, footnotes, problems, 文号 and ledger rows are copied too (the store's size
   is a real one); the links from appointments and measures to organisations, the change
   log, people and organisations are not (they are per gazette, and search reads none);
3. the ranking index (Tantivy) rebuilt from the database (``Store.rebuild_rank``, what
   ``gongbao reindex`` does), timed;
4. searches through ``gongbao.store.search.search`` in this process (what /api/search runs),
   each query ``--runs`` times cold (the ranking index's kept answers and the kept snippets
   dropped before each) and warm; p50/p95 of wall and of CPU time per class;
5. the store's write time per issue at this size: ``--probe`` new issues (distinct edits of
   the sample), parsed beforehand, each written by ``Store.write`` (database and ranking
   index; the index's commit for the batch shared among them), wall and CPU.

Steps 2–5 repeat for each size of ``--sizes``. On a machine shared with other work the wall
figures move with the neighbours; the CPU figures much less.

    python benchmarks/search_scale.py [--sizes 1000,10000] [--seed 100] [--sqlite]
        [--pg postgresql+psycopg://user@host:port/any] [--runs 10] [--dir /tmp/scale]
        [--memo] [--keep] [--resume [--measure-only]]

``--memo``: the rebuild tokenises each distinct text once (copies repeat their seed's).
``--keep`` then ``--resume``: go on with a store built before (``--measure-only``: its
searches and writes as it is, nothing copied or rebuilt; ``--rank-only``: its ranking index
rebuilt, then the same). ``--copy-only --keep``: the database's part alone (the index is
rebuilt later with ``--resume --rank-only``). ``--no-gin``: PostgreSQL's GIN index is not
built after the copies (searches answered by the ranking index do not read it).

``--pg``: a server where a database ``gongbao_scale`` is created for the run and dropped at
its end (``--keep`` keeps it, and the SQLite file).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest_scale import SAMPLE, make_inputs

#: query classes: (query, filters as keyword arguments of ``Filters``)
CLASSES: dict[str, list[tuple[str, dict[str, str]]]] = {
    "2-char": [("养老", {}), ("服务", {}), ("托育", {}), ("任命", {})],
    "4-char": [("为老服务", {}), ("沙盒监管", {}), ("营商环境", {}), ("宝宝屋", {})],
    "multi-word": [("养老 服务", {}), ("养老 OR 托育", {}), ("养老 -机构", {})],
    "filtered": [
        ("养老", {"gazette": "jingan-g7"}),
        ("服务", {"date_from": "2020-01-01", "date_to": "2020-12-31"}),
        ("养老", {"kind": "report"}),
        ("养老", {"issuer": "人民政府"}),
    ],
    "phrase": [('"社区托育“宝宝屋”"', {})],
    # a lone digit glued to punctuation: narrowed by the database's index, then confirmed
    # on the text (the ranking index is not used)
    "confirmed": [("86.6", {})],
}
GAZETTE_COPIES = 50  # a copy's gazette: its seed's id with -g<k mod 50>
YEARS_BACK = 25  # a copy's dates go back k mod 25 years


@dataclass
class Timed:
    wall: float = 0.0
    cpu: float = 0.0


@contextmanager
def timed() -> Iterator[Timed]:
    """Wall and CPU seconds (this process, all its threads, and children waited for)."""
    out = Timed()
    w0, c0 = time.perf_counter(), _cpu()
    yield out
    out.wall, out.cpu = time.perf_counter() - w0, _cpu() - c0


def _cpu() -> float:
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


# -- the store --------------------------------------------------------------------------------


def pg_url(base: str, name: str) -> str:
    """``base`` with its database replaced by ``name``."""
    head, _, tail = base.rpartition("/")
    query = tail.partition("?")[2]
    return f"{head}/{name}" + (f"?{query}" if query else "")


def pg_database(base: str, name: str, create: bool) -> None:
    """Drop the database ``name`` on ``base``'s server, and create it afresh if ``create``."""
    from sqlalchemy import create_engine, text

    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        if create:
            conn.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()


def placeholder(url: str) -> None:
    """A bulk load stopped midway has dropped the GIN index: an index under its name (a
    cheap one) keeps ``Store`` from building it at the old size on opening; ``multiply``
    builds it once the copies are made."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text("CREATE INDEX IF NOT EXISTS ix_block_index_tokens ON block_index (block_id)")
        )
    engine.dispose()


def db_size(store: Any) -> dict[str, int]:
    """Bytes of the whole database and of its full-text index (and of the blocks table)."""
    from sqlalchemy import text

    with store.engine.connect() as conn:
        if store.dialect == "postgresql":
            total = conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
            fts = conn.execute(text("SELECT pg_total_relation_size('block_index')")).scalar()
            blocks = conn.execute(text("SELECT pg_total_relation_size('blocks')")).scalar()
        else:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            path = Path(store.url.removeprefix("sqlite:///"))
            total = path.stat().st_size
            fts = conn.execute(
                text("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'block_index%'")
            ).scalar()
            blocks = conn.execute(
                text(
                    "SELECT SUM(pgsize) FROM dbstat WHERE name = 'blocks' OR name LIKE "
                    "'ix_blocks%' OR name = 'sqlite_autoindex_blocks_1'"
                )
            ).scalar()
    return {"database": int(total or 0), "fts": int(fts or 0), "blocks": int(blocks or 0)}


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# -- bulk copies ------------------------------------------------------------------------------


@dataclass
class Seed:
    issues: int  # seed issues
    max_num: int  # the seed's documents are numbered 1..max_num
    copies: int = 0  # copies made so far
    columns: dict[str, list[str]] = field(default_factory=dict)


def _copy_sql(store: Any, seed: Seed) -> list[tuple[str, str]]:
    """(table, INSERT … SELECT) per table, for one copy; parameters :k (the copy), :sfx
    (the ids' suffix), :gz (the gazette's), :dy (years back), :base (the number offset),
    :shift (the block id offset), :top (the seed's first block id beyond it)."""
    from gongbao.store import schema as s

    def year_back(col: str) -> str:
        return (
            f"CASE WHEN {col} IS NULL THEN NULL ELSE CAST(CAST(SUBSTR({col}, 1, 4) AS INTEGER)"
            f" - :dy AS TEXT) || SUBSTR({col}, 5) END"
        )

    seed_docs = f"SELECT id FROM documents WHERE num <= {seed.max_num}"
    seed_issues = f"SELECT DISTINCT issue_id FROM documents WHERE num <= {seed.max_num}"
    out = [
        (
            "gazettes",
            "INSERT INTO gazettes (id, name) SELECT g.id || :gz, g.name FROM gazettes g "
            f"WHERE g.id IN (SELECT gazette_id FROM issues WHERE id IN ({seed_issues})) AND "
            "NOT EXISTS (SELECT 1 FROM gazettes h WHERE h.id = g.id || :gz)",
        ),
        (
            "issues",
            "INSERT INTO issues (id, gazette_id, year, number, total_number, period_start, "
            "period_end, published, publisher, source_name, content_hash, data) SELECT "
            "id || :sfx, gazette_id || :gz, year - :dy, number, total_number, "
            f"{year_back('period_start')}, {year_back('period_end')}, {year_back('published')}, "
            f"publisher, source_name, content_hash, data FROM issues WHERE id IN ({seed_issues})",
        ),
        (
            "documents",
            "INSERT INTO documents (id, num, issue_id, ordinal, section, title, kind, "
            "doc_number, date, valid_from, valid_until, issuers, data) SELECT id || :sfx, "
            "num + :base, issue_id || :sfx, ordinal, section, title, kind, doc_number, "
            f"{year_back('date')}, {year_back('valid_from')}, {year_back('valid_until')}, "
            f"issuers, data FROM documents WHERE num <= {seed.max_num}",
        ),
        (
            "document_issuers",
            "INSERT INTO document_issuers (document_id, issuer) SELECT document_id || :sfx, "
            f"issuer FROM document_issuers WHERE document_id IN ({seed_docs})",
        ),
        (
            "blocks",
            "INSERT INTO blocks (id, document_id, path, type, num, text, line, end_line) SELECT "
            "id + :shift, document_id || :sfx, path, type, num, text, line, end_line FROM blocks "
            "WHERE id < :top",
        ),
    ]
    if store.dialect == "sqlite":
        out.append(
            (
                "block_index",
                "INSERT INTO block_index (rowid, tokens) SELECT id + :shift, tokens "
                "FROM temp.seed_tokens",
            )
        )
    else:
        out.append(
            (
                "block_index",
                "INSERT INTO block_index (block_id, tokens) SELECT block_id + :shift, tokens "
                "FROM block_index WHERE block_id < :top",
            )
        )
    # facts and the rows written with a document: every column but the row id, keys edited
    tables = [*s.FACT_TABLES.values(), s.footnotes, s.problems, s.doc_numbers, s.ledger_entries]
    for table in tables:
        cols = [c.name for c in table.columns if c.name != "id"]
        picked = [f"{c} || :sfx" if c in ("issue_id", "document_id") else c for c in cols]
        out.append(
            (
                table.name,
                f"INSERT INTO {table.name} ({', '.join(cols)}) SELECT {', '.join(picked)} "
                f"FROM {table.name} WHERE issue_id IN ({seed_issues})",
            )
        )
    return out


def seed_tokens(conn: Any, top: int) -> None:
    """SQLite: the seed's token streams (blocks below ``top``) in a temporary table (its
    full-text index keeps no content to copy from)."""
    from sqlalchemy import text

    from gongbao.store.tokens import index_stream

    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS seed_tokens (id INTEGER, tokens TEXT)")
    conn.exec_driver_sql("DELETE FROM temp.seed_tokens")
    rows = conn.execute(text("SELECT id, text FROM blocks WHERE id < :top"), {"top": top}).all()
    conn.exec_driver_sql(
        "INSERT INTO temp.seed_tokens (id, tokens) VALUES (?, ?)",
        [(int(i), index_stream(str(t))) for i, t in rows],
    )


def multiply(
    store: Any, seed: Seed, target: int, log: Callable[[str], None], skip_gin: bool = False
) -> Timed:
    """Copy the seed until the store holds ``target`` issues (beside any probe issues);
    ``skip_gin``: PostgreSQL's GIN index is not built again (~50 min at 10,000 issues on a
    loaded machine; searches answered by the ranking index do not read it)."""
    from sqlalchemy import text

    from gongbao.store.db import BLOCK_BITS

    statements = _copy_sql(store, seed)
    wanted = max(0, -(-target // seed.issues) - 1)  # copies to reach target issues
    with timed() as t, store.engine.connect() as conn:
        if store.dialect == "sqlite":
            seed_tokens(conn, (seed.max_num + 1) << BLOCK_BITS)
            conn.commit()
        else:
            conn.exec_driver_sql("SET synchronous_commit = off")  # a bulk load's setting
            conn.exec_driver_sql("DROP INDEX IF EXISTS ix_block_index_tokens")
            conn.commit()
        started = time.perf_counter()
        while seed.copies < wanted:
            k = seed.copies + 1
            base = int(conn.execute(text("SELECT MAX(num) FROM documents")).scalar_one())
            params = {
                "k": k,
                "sfx": f"-c{k}",
                "gz": f"-g{k % GAZETTE_COPIES}",
                "dy": k % YEARS_BACK,
                "base": base,
                "shift": base << BLOCK_BITS,
                "top": (seed.max_num + 1) << BLOCK_BITS,
            }
            for _table, statement in statements:
                conn.execute(text(statement), params)
            conn.commit()
            seed.copies = k
            if k % 50 == 0:
                log(f"  copy {k}/{wanted} ({time.perf_counter() - started:.0f} s)")
        if store.dialect == "postgresql" and skip_gin:
            conn.commit()
            placeholder(store.url)  # a cheap index under the GIN's name: none built
            log("  GIN index not built (--no-gin): the ranking index answers these searches")
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
        elif store.dialect == "postgresql":
            with timed() as gin:
                # a bulk load's setting: the index is sorted in memory, not in 64 MB runs
                conn.exec_driver_sql("SET maintenance_work_mem = '1GB'")
                conn.exec_driver_sql(
                    "CREATE INDEX IF NOT EXISTS ix_block_index_tokens ON block_index "
                    "USING gin (tokens)"
                )
                conn.commit()
            log(f"  GIN index built: {gin.wall:.0f} s")
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
    return t


@contextmanager
def memo_tokens(on: bool) -> Iterator[None]:
    """With ``on``, the ranking index's rebuild tokenises each distinct text once: a copy's
    blocks repeat its seed's texts, and tokenising in Python is most of a rebuild's CPU (a
    store of distinct texts pays it for every block: measure without ``--memo``)."""
    from gongbao.store import rankindex

    original = rankindex.index_stream
    if on:
        rankindex.index_stream = lru_cache(maxsize=None)(original)  # type: ignore[assignment]
    try:
        yield
    finally:
        rankindex.index_stream = original  # type: ignore[assignment]


# -- searches ---------------------------------------------------------------------------------


def measure_searches(
    store: Any, runs: int, log: Callable[[str], None], skip: tuple[str, ...] = ()
) -> None:
    """p50/p95 wall and CPU per class, cold and warm, through ``search`` (the API's); the
    classes in ``skip`` are not run."""
    from gongbao.store import search as search_module
    from gongbao.store import snippets
    from gongbao.store.search import Filters, search

    assert store.rank_ready(), "the ranking index does not reflect the database"
    search(store, "养老")  # the first search opens the index: not counted
    for label, queries in CLASSES.items():
        if label in skip:
            log(f"  {label:<14} not run")
            continue
        for cold in (True, False):
            wall: list[float] = []
            cpu: list[float] = []
            totals = []
            server = server_cpu(store)
            for q, f in queries:
                filters = Filters(**f)
                if not cold:
                    search(store, q, filters)
                for _ in range(runs):
                    if cold and store.rank is not None:
                        store.rank.forget()
                        snippets.forget()
                        search_module.forget()
                    w0, c0 = time.perf_counter(), time.process_time()
                    found = search(store, q, filters)
                    cpu.append((time.process_time() - c0) * 1000)
                    wall.append((time.perf_counter() - w0) * 1000)
                totals.append(found.total)
            server = (server_cpu(store) - server) / len(wall) * 1000
            log(
                f"  {label:<14} {'cold' if cold else 'warm'}  wall p50 {pct(wall, 50):7.1f} "
                f"p95 {pct(wall, 95):7.1f} ms   CPU p50 {pct(cpu, 50):7.1f} p95 "
                f"{pct(cpu, 95):7.1f} ms"
                + (f"   server CPU {server:5.1f} ms/search" if store.dialect != "sqlite" else "")
                + f"   hits {totals}"
            )


# -- the store's write per issue --------------------------------------------------------------


def probe_rows(count: int, first: int) -> list[Any]:
    """``count`` new issues (the sample under issue numbers no seed or copy has), as rows."""
    from gongbao.pipeline import parse_text
    from gongbao.store.rows import issue_rows

    sample = SAMPLE.read_text(encoding="utf-8")
    out = []
    for j in range(first, first + count):
        body = sample.replace("第1期（总第47期）", f"第{j % 12 + 1}期（总第{j + 1}期）").replace(
            "\n2026\n", f"\n{2200 + j // 12}\n", 1
        )
        out.append(issue_rows(parse_text(body), f"probe-{j}.txt", body))
    return out


def server_cpu(store: Any) -> float:
    """CPU seconds used so far by the PostgreSQL server processes serving this database (on
    this machine, from /proc); 0 for SQLite, whose work is this process's own."""
    if store.dialect != "postgresql":
        return 0.0
    from sqlalchemy import text

    with store.engine.connect() as conn:
        pids = conn.execute(
            text("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
        ).scalars()
        total = 0.0
        tick = os.sysconf("SC_CLK_TCK")
        for pid in pids:
            try:
                raw = Path(f"/proc/{pid}/stat").read_text()
            except OSError:
                continue
            fields = raw[raw.rindex(")") + 2 :].split()
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def measure_writes(store: Any, rows: list[Any], log: Callable[[str], None]) -> dict[str, float]:
    walls, cpus = [], []
    server = server_cpu(store)
    for r in rows:
        w0, c0 = time.perf_counter(), time.process_time()
        status = store.write(r)
        cpus.append(time.process_time() - c0)
        walls.append(time.perf_counter() - w0)
        assert status == "stored", status
    with timed() as flush:
        if store.rank is not None:
            store.rank.flush()
    n = len(rows)
    server = server_cpu(store) - server
    out = {
        "wall_ms": (sum(walls) + flush.wall) / n * 1000,
        "cpu_ms": (sum(cpus) + flush.cpu) / n * 1000,
        "wall_p50": statistics.median(walls) * 1000,
    }
    log(
        f"  write per issue (the sample, {n} issues): wall {out['wall_ms']:.0f} ms "
        f"(median {out['wall_p50']:.0f}), CPU {out['cpu_ms']:.0f} ms, with the ranking "
        f"index's commit ({flush.wall * 1000:.0f} ms) shared"
        + (f"; the server's CPU {server / n * 1000:.0f} ms" if store.dialect != "sqlite" else "")
    )
    return out


def seeded(store: Any, args: argparse.Namespace, log: Callable[[str], None]) -> tuple[Seed, int]:
    """Ingest the seed issues normally; the seed, and the first probe's number."""
    from sqlalchemy import text

    from gongbao.store.ingest import ingest_paths

    with tempfile.TemporaryDirectory(prefix="gongbao-scale-") as tmp:
        folder = Path(tmp)
        size = make_inputs(folder, args.seed)
        with timed() as t:
            summary = ingest_paths(store, [str(folder)], args.workers)
            store.rank.flush() if store.rank is not None else None
    stored = summary.count("stored")
    assert stored == args.seed, f"{stored} of {args.seed} seed issues stored"
    log(
        f"seed: {stored} issues ({size / 1e6:.1f} MB) ingested in {t.wall:.0f} s wall, "
        f"{t.cpu:.0f} s CPU (parent and parse workers) = {t.wall / stored * 1000:.0f} ms wall, "
        f"{t.cpu / stored * 1000:.0f} ms CPU per issue"
    )
    with store.engine.connect() as conn:
        max_num = int(conn.execute(text("SELECT MAX(num) FROM documents")).scalar_one())
    # probe issues are of the years 2200 on: no seed or copy has those
    return Seed(args.seed, max_num), 0


def resumed(store: Any) -> tuple[Seed, int]:
    """The seed, its copies and the probes of a store this benchmark built before (--keep)."""
    from sqlalchemy import text

    with store.engine.connect() as conn:
        probes = int(
            conn.execute(text("SELECT COUNT(*) FROM issues WHERE year >= 2200")).scalar_one()
        )
        seeds = int(
            conn.execute(
                text(
                    "SELECT COUNT(*) FROM issues WHERE COALESCE(year, 0) < 2200 "
                    "AND gazette_id NOT LIKE '%-g%'"
                )
            ).scalar_one()
        )
        copies = int(
            conn.execute(
                text("SELECT COUNT(*) FROM issues WHERE gazette_id LIKE '%-g%'")
            ).scalar_one()
        )
        max_num = int(
            conn.execute(
                text(
                    "SELECT MAX(d.num) FROM documents d JOIN issues i ON i.id = d.issue_id "
                    "WHERE COALESCE(i.year, 0) < 2200 AND i.gazette_id NOT LIKE '%-g%'"
                )
            ).scalar_one()
        )
    return Seed(seeds, max_num, copies // seeds), probes


def unread(args: argparse.Namespace) -> tuple[str, ...]:
    """Query classes not run: without the GIN index (``--no-gin``), PostgreSQL's confirmed
    queries scan the whole tsvector column (10 GB at 10,000 issues)."""
    return ("confirmed",) if args.no_gin else ()


def rebuild(store: Any, memo: bool, log: Callable[[str], None]) -> None:
    """The ranking index rebuilt from the database, timed."""
    with timed() as t, memo_tokens(memo):
        blocks = store.rebuild_rank()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert store.rank is not None
    log(
        f"  ranking index rebuilt: {blocks} blocks in {t.wall:.0f} s wall, {t.cpu:.0f} s "
        f"CPU; {dir_size(store.rank.directory) / 2**20:.0f} MiB; peak RSS so far "
        f"{peak:.0f} MiB"
    )


# -- one backend ------------------------------------------------------------------------------


def run_backend(
    url: str, index_dir: Path, sizes: list[int], args: argparse.Namespace, name: str
) -> None:
    from gongbao.store.db import Store

    def log(line: str) -> None:
        print(f"[{name}] {line}", flush=True)

    store = Store(url, index_dir=index_dir)
    log(f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    if args.resume:
        seed, probe_first = resumed(store)
        log(f"resumed: {seed.issues} seed issues, {seed.copies} copies, {probe_first} probes")
    else:
        seed, probe_first = seeded(store, args, log)
    if args.measure_only or args.rank_only:
        log(f"as it is: store {store.counts()}")
        if args.rank_only:
            rebuild(store, args.memo, log)
        measure_searches(store, args.runs, log, unread(args))
        measure_writes(store, probe_rows(args.probe, probe_first), log)
        sizes = []
    for n in sizes:
        log(f"-- {n} issues")
        t = multiply(store, seed, n, log, args.no_gin)
        counts = store.counts()
        log(
            f"  bulk copy: {seed.copies} copies in {t.wall:.0f} s wall, {t.cpu:.0f} s CPU "
            f"(this process); store {counts}"
        )
        if args.copy_only:
            continue
        rebuild(store, args.memo, log)
        sizes_now = db_size(store)
        log(
            f"  database {sizes_now['database'] / 2**20:.0f} MiB (blocks "
            f"{sizes_now['blocks'] / 2**20:.0f} MiB, full-text index "
            f"{sizes_now['fts'] / 2**20:.0f} MiB) = "
            f"{sizes_now['database'] / counts['issues'] / 1024:.0f} KiB per issue"
        )
        measure_searches(store, args.runs, log, unread(args))
        rows = probe_rows(args.probe, probe_first)
        probe_first += args.probe
        measure_writes(store, rows, log)
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000", help="issue counts, ascending")
    ap.add_argument("--seed", type=int, default=100, help="issues ingested normally")
    ap.add_argument("--sqlite", action="store_true", help="measure SQLite")
    ap.add_argument("--pg", default=None, help="a PostgreSQL server URL (any database)")
    ap.add_argument("--runs", type=int, default=10, help="runs of each query per mode")
    ap.add_argument("--probe", type=int, default=8, help="issues written at each size")
    ap.add_argument("--workers", type=int, default=1, help="parse workers for the seed")
    ap.add_argument("--dir", default=None, help="where the SQLite file and indexes go")
    ap.add_argument("--keep", action="store_true", help="keep the stores afterwards")
    ap.add_argument("--resume", action="store_true", help="go on with a store kept before")
    ap.add_argument(
        "--measure-only",
        action="store_true",
        help="with --resume: searches and writes on the store as it is",
    )
    ap.add_argument(
        "--rank-only",
        action="store_true",
        help="with --resume: rebuild the ranking index, then searches and writes",
    )
    ap.add_argument(
        "--copy-only",
        action="store_true",
        help="bulk copies only: no ranking index rebuild, searches or writes (--keep)",
    )
    ap.add_argument(
        "--no-gin", action="store_true", help="PostgreSQL: do not build the GIN index again"
    )
    ap.add_argument(
        "--memo", action="store_true", help="tokenise each distinct text once in rebuilds"
    )
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    if min(sizes) < args.seed:
        raise SystemExit("--sizes must be at least --seed")
    root = Path(args.dir or tempfile.mkdtemp(prefix="gongbao-scale-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        if args.sqlite:
            for leftover in [] if args.resume else root.glob("scale.db*"):
                shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
            run_backend(str(root / "scale.db"), root / "scale.db.index", sizes, args, "sqlite")
        if args.pg:
            from gongbao.store.db import database_url

            base = database_url(args.pg)
            if not args.resume:
                pg_database(base, "gongbao_scale", create=True)
            else:
                placeholder(pg_url(base, "gongbao_scale"))
            try:
                url = pg_url(base, "gongbao_scale")
                if not args.resume:
                    shutil.rmtree(root / "pg.index", ignore_errors=True)
                run_backend(url, root / "pg.index", sizes, args, "postgresql")
            finally:
                if not args.keep:
                    pg_database(base, "gongbao_scale", create=False)
    finally:
        if not args.keep and not args.dir:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
