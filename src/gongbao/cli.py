"""The command line: a thin layer over the Python API (``gongbao.parse_file`` …).

Heavy modules are imported inside the commands so that ``gongbao --help`` starts fast.
Exit statuses: 0 done; 1 an error, one line on stderr and no traceback (also: an ingest in
which any file failed, after storing the others; ``check`` finding disagreement; ``eval``
under its baseline); 2 a command line click cannot read (an unknown option, a bad value).
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from gongbao.limits import Limits
    from gongbao.model import Issue
    from gongbao.store.ingest import Summary

FORMATS = ("json", "tree", "summary")


def db_option(fn: Any) -> Any:
    """--db, shared by every command that opens the store."""
    return click.option(
        "--db",
        "db",
        default=None,
        metavar="PATH|URL",
        envvar="GONGBAO_DB",
        help="SQLite file (default ./gongbao.db) or postgresql:// URL; GONGBAO_DB too.",
    )(fn)


def _store(db: str | None, create: bool = True) -> Any:
    """The store; ``create=False`` for commands that read what an ingest stored: they refuse
    a SQLite file that is not there rather than create an empty one (nor its ranking index)."""
    from pathlib import Path

    from gongbao.errors import InputError
    from gongbao.store.db import Store, database_url

    url = database_url(db)
    path = url.removeprefix("sqlite:///")
    missing = url.startswith("sqlite:///") and path != ":memory:" and not Path(path).exists()
    if missing and not create:
        raise click.ClickException(
            f"no database at {path}; create it with gongbao ingest FILE --db {path}"
        )
    try:
        return Store(db, create=create)
    except InputError as exc:
        raise click.ClickException(str(exc)) from None


def _n(count: int, noun: str) -> str:
    """'1 issue', '2 issues': a count with its noun in the singular or the plural."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="gongbao")
@click.pass_context
def main(ctx: click.Context) -> None:
    """gongbao — government gazettes (政府公报) into structured, searchable open data."""
    # the methods of gongbao's dataclasses and the rules' patterns as an earlier command of
    # this name compiled them (dataclass_cache, regex_cache), each command in files of its own
    # (a search reads the few it uses) and for the command alone (not for what a test runner
    # does after it); a search keeps no more than 300 patterns: its query's words come and go
    from gongbao import dataclass_cache, regex_cache

    command = ctx.invoked_subcommand or ""
    dataclass_cache.install(command)
    ctx.call_on_close(dataclass_cache.stop)
    regex_cache.install(command, 300 if command == "search" else regex_cache.LIMIT)
    ctx.call_on_close(regex_cache.stop)


@main.command()
@click.argument("file", type=click.Path(path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="json",
    show_default=True,
    help="json: the export contract; tree: the outline; summary: counts.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=None,
    help="Refuse input larger than this (default 50 MB, or GONGBAO_MAX_BYTES; this wins).",
)
def parse(file: str, fmt: str, max_bytes: int | None) -> None:
    """Parse a gazette FILE and print its structure and facts."""
    from gongbao.errors import InputError
    from gongbao.limits import worker_limits

    try:
        # with a memory and a time limit (GONGBAO_WORKER_MEMORY, …): here for a text or a
        # page, in a worker process for a PDF
        limits = worker_limits()
        out = _parse_here(file, fmt, max_bytes, limits)
        if out is None:
            out = _parse_in_worker(file, fmt, max_bytes)
    except InputError as exc:
        raise click.ClickException(_limit_named(str(exc), max_bytes is not None)) from None
    _write(out)


def _parse_here(file: str, fmt: str, max_bytes: int | None, limits: Limits) -> str | None:
    """The file parsed and rendered in this process under ``limits`` (``gongbao.limits``:
    no fork, no ``multiprocessing``, no store to import); None for a PDF, whose reader may
    abort the process, and where this process cannot take limits: a worker parses those."""
    from gongbao.errors import InputError
    from gongbao.limits import OverTime, can_limit_here, limited, over_memory, over_time

    if not can_limit_here():
        return None
    from gongbao.pipeline import parse_bytes
    from gongbao.read import read_bytes
    from gongbao.read.sniff import looks_like_pdf

    try:
        with limited(limits):
            data = read_bytes(file, limit=max_bytes)
            if looks_like_pdf(data):
                return None
            return render_issue(fmt, parse_bytes(data, name=file))
    except InputError:
        raise
    except MemoryError:
        raise InputError(over_memory(file, limits)) from None
    except OverTime:
        raise InputError(over_time(file, limits)) from None
    except Exception as exc:  # a bug in a parser: one line, as from a worker
        raise InputError(f"{file}: could not be parsed ({type(exc).__name__}: {exc})") from None


def _parse_in_worker(file: str, fmt: str, max_bytes: int | None) -> str:
    """The file parsed and rendered in a worker process, which the system stops at a limit
    (``gongbao.store.ingest``): its text comes back, not its objects to pickle and unpickle
    again (20 ms of a cold start)."""
    from functools import partial

    from gongbao.errors import InputError
    from gongbao.store.ingest import parse_in_workers

    render = partial(render_issue, fmt)
    [(_, out, _, error)] = parse_in_workers([file], 1, None, max_bytes, then=render)
    if error or not isinstance(out, str):
        raise InputError(error or f"{file}: could not be parsed")
    return out


def render_issue(fmt: str, issue: object, path: str = "", data: bytes = b"") -> str:
    """An issue as `gongbao parse --format FMT` prints it (``path`` and ``data``, the file,
    are what a parse worker gives along)."""
    from gongbao.model import Issue
    from gongbao.regex_cache import save

    assert isinstance(issue, Issue)
    save()  # the patterns this worker compiled (a forked worker runs no exit handlers)
    if fmt == "json":
        from gongbao.export.json_text import dumps

        return dumps(issue.to_dict())  # json.dumps(…, ensure_ascii=False, indent=1), faster
    if fmt == "tree":
        from gongbao.export.tree import render_tree

        return render_tree(issue)
    return render_summary(issue)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@db_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Parsing processes (default: all cores; with --cluster, the cluster's workers parse).",
)
@click.option("--quiet", is_flag=True, help="No progress bar; only the summary line.")
@click.option(
    "--cluster",
    default=None,
    metavar="ADDRESS",
    help="Parse on this dask scheduler's workers (tcp://host:8786); PATHs may be fsspec URLs.",
)
def ingest(
    paths: tuple[str, ...], db: str | None, workers: int | None, quiet: bool, cluster: str | None
) -> None:
    """Parse and store gazette files or folders of them (one transaction per issue).

    A file that fails is reported and skipped; the others are stored. Exit status 0 when
    every file was stored (or found unchanged), 1 when any failed; the summary line says
    how many."""
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from gongbao.errors import InputError
    from gongbao.limits import worker_limits
    from gongbao.store.ingest import Outcome, expand, ingest_paths

    try:
        worker_limits()
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    store = _store(db)
    unreadable: list[Outcome] = []
    if cluster is not None:
        from gongbao.store.cluster import expand_inputs, ingest_cluster

        files: list[Any] = expand_inputs(list(paths), unreadable)
    else:
        files = expand(list(paths), unreadable)
    if not files and not unreadable:
        raise click.ClickException(f"no gazette files (.txt, .html, .pdf) in {' '.join(paths)}")
    err = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        disable=quiet,
        transient=True,
    ) as bar:
        task = bar.add_task("ingesting", total=len(files) + len(unreadable))

        def report(o: Outcome) -> None:
            bar.advance(task)
            if o.status == "failed":
                err.print(
                    f"[red]failed[/red] {escape(o.detail)}",
                    markup=True,
                    highlight=False,
                    soft_wrap=True,
                )
            elif not quiet:
                err.print(
                    f"{o.status:<9} {o.path}  ({_n(o.documents, 'document')}, "
                    f"{_n(o.facts, 'fact')}, {_n(o.problems, 'problem')})",
                    markup=False,
                    highlight=False,
                    soft_wrap=True,
                )

        if cluster is None:
            summary = ingest_paths(store, list(paths), workers, report)
        else:
            try:
                summary = ingest_cluster(store, list(paths), cluster, report)
            except InputError as exc:
                raise click.ClickException(str(exc)) from None
    store.close()
    click.echo(_summary_line(summary))
    if summary.count("failed"):
        sys.exit(1)


def _summary_line(summary: Summary) -> str:
    """What an ingest did, in one line: issues by outcome, failed files, what was stored."""
    ok = [o for o in summary.outcomes if o.status != "failed"]
    return (
        f"{_n(len(ok), 'issue')} ({summary.count('stored')} stored, "
        f"{summary.count('replaced')} replaced, {summary.count('unchanged')} unchanged), "
        f"{summary.count('failed')} failed; {_n(sum(o.documents for o in ok), 'document')}, "
        f"{_n(sum(o.facts for o in ok), 'fact')}, {_n(sum(o.problems for o in ok), 'problem')}; "
        f"{summary.seconds:.1f} s"
    )


@main.command()
@db_option
@click.option("--code", default=None, help="Only this issuer code (国办发, 沪府规 …).")
@click.option("--year", type=click.IntRange(1900, 2100), default=None, help="Only this year.")
@click.option("--json", "as_json", is_flag=True, help="Print the series as JSON.")
@click.option("--limit", type=click.IntRange(1, 500), default=50, show_default=True)
def series(db: str | None, code: str | None, year: int | None, as_json: bool, limit: int) -> None:
    """文号 series in the store: per issuer code and year, how many numbers are held, the
    highest, the numbers never seen and those cited but not held."""
    from gongbao.store import read

    store = _store(db, create=False)
    try:
        with store.engine.connect() as conn:
            page = read.series(conn, limit, 0, code=code, year=year)
    finally:
        store.close()
    if as_json:
        _write(json.dumps(page, ensure_ascii=False, indent=2))
        return
    if not page["items"]:
        click.echo("no 文号 series" + (f" for {code}" if code else ""))
        return
    for item in page["items"]:
        year_text = item["year"] if item["year"] is not None else "—"
        gaps = _ranges(item["gaps"])
        cited = ", ".join(c["doc_number"] for c in item["cited_not_held"])
        held = (
            f"{item['count']} held, highest {item['highest']}, never seen: {gaps or 'none'}"
            if item["count"]
            else "none held"
        )
        click.echo(
            f"{item['code']} {year_text}: {held}" + (f"; cited, not held: {cited}" if cited else "")
        )


@main.command()
@db_option
@click.option("--since", type=click.IntRange(0), default=0, show_default=True, help="Cursor.")
@click.option(
    "--kind",
    type=click.Choice(["document", "appointment", "missed_target", "expiring"]),
    default=None,
    help="Only events of this kind.",
)
@click.option("--follow", is_flag=True, help="Keep watching; print events as they come.")
@click.option("--interval", type=click.FloatRange(0.1, 3600), default=5.0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per event.")
def watch(
    db: str | None, since: int, kind: str | None, follow: bool, interval: float, as_json: bool
) -> None:
    """Print what changed in the store after cursor --since (the events of /api/changes):
    new documents, appointments, missed targets, 有效期; the next cursor goes to stderr."""
    import time

    from gongbao.store.changes import read_changes
    from gongbao.web.feeds import _event_entry

    store = _store(db, create=False)
    cursor = since
    try:
        while True:
            with store.engine.connect() as conn:
                page = read_changes(conn, cursor, 500, kind=kind)
            for e in page["items"]:
                if as_json:
                    _write(json.dumps(e, ensure_ascii=False))
                else:
                    _write(f"{e['id']}\t{e['at']}\t{e['kind']}\t{_event_entry(e)['title']}")
            cursor = int(page["next"])
            if len(page["items"]) == 500:
                continue
            if not follow:
                break
            time.sleep(interval)
    except KeyboardInterrupt:
        pass
    finally:
        store.close()
    click.echo(f"next cursor: {cursor}", err=True)


@main.group()
def people() -> None:
    """Merge and split person ids (judgements kept in the store, listed at
    /api/people/judgements; they survive ingesting an issue again)."""


def _judge(kind: str, db: str | None, a: str, b: str, note: str | None, by: str | None) -> None:
    from gongbao.errors import InputError
    from gongbao.store import judgements

    store = _store(db, create=False)
    try:
        with store.engine.begin() as conn:
            jid = getattr(judgements, kind)(conn, a, b, note, by)
            ids = judgements.same_person(conn, a)
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    click.echo(f"judgement {jid}: {kind} {a} {b}; {a} now gathers {', '.join(ids)}")


@people.command("merge")
@click.argument("a", metavar="ID1")
@click.argument("b", metavar="ID2")
@click.option("--note", default=None, help="Why: the evidence that they are one person.")
@click.option("--by", default=None, help="Who judged (a name).")
@db_option
def people_merge(a: str, b: str, note: str | None, by: str | None, db: str | None) -> None:
    """Record that person ids ID1 and ID2 are one person."""
    _judge("merge", db, a, b, note, by)


@people.command("split")
@click.argument("a", metavar="ID1")
@click.argument("b", metavar="ID2")
@click.option("--note", default=None, help="Why they are two people.")
@click.option("--by", default=None, help="Who judged (a name).")
@db_option
def people_split(a: str, b: str, note: str | None, by: str | None, db: str | None) -> None:
    """Record that ID1 and ID2 are two people (undoes a merge, or rules one out)."""
    _judge("split", db, a, b, note, by)


@people.command("judgements")
@db_option
@click.option("--person", default=None, help="Only those concerning this person id.")
@click.option("--json", "as_json", is_flag=True, help="Print the judgements as JSON.")
def people_judgements(db: str | None, person: str | None, as_json: bool) -> None:
    """List merges and splits in the order made ('*' marks the one in force on its pair)."""
    from gongbao.store.judgements import judgements

    store = _store(db, create=False)
    try:
        with store.engine.connect() as conn:
            items = judgements(conn, person)
    finally:
        store.close()
    if as_json:
        _write(json.dumps({"items": items}, ensure_ascii=False, indent=2))
        return
    if not items:
        click.echo("no judgements")
        return
    for j in items:
        mark = "*" if j["in_force"] else " "
        _write(
            f"{j['id']}{mark}\t{j['made_at']}\t{j['kind']}\t{j['person_id']}\t{j['other_id']}"
            f"\t{j['by'] or '-'}\t{j['note'] or ''}"
        )


def _ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 7] → '1–3, 7'."""
    out: list[str] = []
    for n in numbers:
        if out and n == int(out[-1].split("–")[-1]) + 1:
            out[-1] = f"{out[-1].split('–')[0]}–{n}"
        else:
            out.append(str(n))
    return ", ".join(out)


@main.command()
@db_option
def reindex(db: str | None) -> None:
    """Rebuild the ranking index (Tantivy) from the database."""
    from gongbao.errors import InputError

    store = _store(db, create=False)
    try:
        blocks = store.rebuild_rank()
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    click.echo(f"ranking index rebuilt: {_n(blocks, 'block')}")


@main.command("check")
@db_option
def check_store(db: str | None) -> None:
    """Tell whether the ranking index agrees with the database (blocks per issue); exit 1
    when not. Rows changed in SQL, outside gongbao, are served from the database's own index
    until `gongbao reindex`."""
    store = _store(db, create=False)
    try:
        found = store.check_rank()
    finally:
        store.close()
    index = found["index"]
    click.echo(
        f"database: generation {found['generation']}, {_n(found['blocks'], 'block')}, "
        f"{found['fts']} in its full-text index"
    )
    if index is None:
        click.echo("no ranking index (GONGBAO_RANK_INDEX=off): search uses the database's own")
        if not found["agree"]:
            click.echo("they disagree: run `gongbao reindex`")
            sys.exit(1)
        return
    if index["generation"] is None:
        click.echo(f"ranking index {index['path']}: missing; run `gongbao reindex`")
        sys.exit(1)
    click.echo(
        f"ranking index {index['path']}: generation {index['generation']}, "
        + (_n(index["blocks"], "block") if index["blocks"] is not None else "? blocks")
        + (f" ({index['error']})" if index.get("error") else "")
    )
    for issue, n in found.get("issues", {}).items():
        click.echo(f"  {issue}: database {_n(n['database'], 'block')}, index {n['index']}")
    if not found["agree"]:
        click.echo("they disagree: run `gongbao reindex`")
        sys.exit(1)
    click.echo("they agree")


class _QueryCommand(click.Command):
    """A command whose words that are none of its options make up the query, also those that
    start with '-' (``gongbao search -机构 养老``): click would take '-机构' for unknown short
    options. An unknown ``--long`` option is still refused, as a typo should be."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        takes_value: dict[str, bool] = {}
        for param in self.get_params(ctx):
            if isinstance(param, click.Option):
                for name in (*param.opts, *param.secondary_opts):
                    takes_value[name] = not (param.is_flag or param.count)
        options: list[str] = []
        words: list[str] = []
        rest = iter(args)
        for arg in rest:
            if arg == "--":  # everything after it is the query
                words.extend(rest)
                break
            name = arg.split("=", 1)[0]
            if name in takes_value or arg.startswith("--"):
                options.append(arg)
                if takes_value.get(name) and "=" not in arg:
                    value = list(itertools.islice(rest, 1))  # whatever it starts with
                    if not value:
                        raise click.BadOptionUsage(
                            name, f"Option '{name}' requires an argument.", ctx=ctx
                        )
                    options.extend(value)
            else:
                words.append(arg)
        return super().parse_args(ctx, [*options, "--", *words] if words else options)


@main.command(cls=_QueryCommand)
@click.argument("query", nargs=-1, required=True)
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option("--limit", type=click.IntRange(1, 500), default=10, show_default=True)
@click.option("--offset", type=click.IntRange(0, 1_000_000), default=0)
@click.option("--gazette", default=None, help="Only this gazette (its id, e.g. jingan).")
@click.option("--issue", default=None, help="Only this issue (e.g. jingan-2026-01).")
@click.option("--kind", default=None, help="Only documents of this kind (notice, report, …).")
@click.option("--issuer", default=None, help="Only documents whose issuer contains this.")
@click.option("--from", "date_from", default=None, help="Documents dated on or after YYYY-MM-DD.")
@click.option("--to", "date_to", default=None, help="Documents dated on or before YYYY-MM-DD.")
def search(
    query: tuple[str, ...],
    db: str | None,
    as_json: bool,
    limit: int,
    offset: int,
    gazette: str | None,
    issue: str | None,
    kind: str | None,
    issuer: str | None,
    date_from: str | None,
    date_to: str | None,
) -> None:
    """Search every stored block for QUERY: its words are ANDed, "quoted words" are one
    phrase, OR between terms, -word or NOT word excludes.

    \b
      gongbao search 养老 -机构         养老 without 机构
      gongbao search -机构 养老         the same: a query may start with '-'
      gongbao search -- -机构 养老      the same: after --, every word is the query
      gongbao search '"-养老"'          the text -养老 itself, quoted

    A query that only excludes (gongbao search -养老) is refused: it names nothing to find.
    """
    import re as _re

    from gongbao.errors import InputError
    from gongbao.store.db import Store
    from gongbao.store.search import Filters
    from gongbao.store.search import search as run

    for name, value in (("--from", date_from), ("--to", date_to)):
        if value and not _re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise click.ClickException(f"{name} {value!r}: give a date as YYYY-MM-DD")
    text = " ".join(query)
    # a SQLite file is read through sqlite3 (SQLAlchemy's import was most of the command's
    # CPU); the rest, and what is wrong (no file, a schema to migrate), by the full store
    store = Store.reader(db) or _store(db, create=False)
    try:
        found = run(
            store, text, Filters(gazette, issue, kind, issuer, date_from, date_to), limit, offset
        )
    except InputError as exc:
        words = text.split()
        if words and all(w.startswith("-") and len(w) > 1 for w in words):
            # every word excluded: perhaps the dash was meant as text
            raise click.ClickException(
                f"{exc} (to find the text {words[0]} itself, quote it: '\"{words[0]}\"')"
            ) from None
        raise click.ClickException(str(exc)) from None
    if as_json:
        _write(json.dumps(found.to_dict(), ensure_ascii=False, indent=1))
        return
    lines = [_n(found.total, "block")]
    for h in found.results:
        plain = h.snippet.replace("<mark>", "【").replace("</mark>", "】")
        import html as _html

        lines.append(f"{h.document} §{h.block} (line {h.line}, score {h.score:g})  {h.title}")
        lines.append(f"    {_html.unescape(plain)}")
    _write("\n".join(lines))


@main.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("json", "csv", "akn", "parquet")),
    default="json",
    show_default=True,
    help="json: the export contract; csv: a file per fact kind and issue; parquet: a dataset "
    "per fact kind, partitioned by gazette and year.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=str),
    default="export",
    show_default=True,
    help="Folder to write into (parquet: a new or empty one).",
)
@click.option("--issue", default=None, help="Only this issue.")
def export(db: str | None, fmt: str, out_dir: str, issue: str | None) -> None:
    """Write stored issues as the JSON contract, CSV tables or Parquet datasets."""
    from pathlib import Path

    from sqlalchemy import select

    from gongbao.errors import InputError
    from gongbao.store import schema as sch
    from gongbao.store.export import csv_tables, issue_contract

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise click.ClickException(f"{out}: is a file; give a folder for --out")
    store = _store(db, create=False)
    if fmt == "parquet":
        from gongbao.store.parquet import write_parquet

        try:
            rows = write_parquet(store.engine, out, issue)
        except InputError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(f"{_n(sum(rows.values()), 'row')} in {_n(len(rows), 'table')} written to {out}/")
        return
    written = 0
    with store.engine.connect() as conn:
        ids = [issue] if issue else list(conn.execute(select(sch.issues.c.id)).scalars())
        for issue_id in ids:
            contract = issue_contract(conn, issue_id)
            if contract is None:
                raise click.ClickException(f"no issue {issue_id!r} in the store")
            files: dict[Path, bytes] = {}
            if fmt == "akn":
                from gongbao.export.akn import issue_to_akn

                files[out / f"{issue_id}.akn.xml"] = issue_to_akn(contract)
            elif fmt == "json":
                text = json.dumps(contract, ensure_ascii=False, indent=1)
                files[out / f"{issue_id}.json"] = text.encode("utf-8")
            else:  # bytes as csv wrote them: its \r\n line ends, its BOM
                for key, body in csv_tables(contract).items():
                    files[out / issue_id / f"{key}.csv"] = body.encode("utf-8")
            for path, data in files.items():
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(data)
                except OSError as exc:
                    raise click.ClickException(
                        f"{path}: cannot be written ({exc.strerror or exc})"
                    ) from None
                written += 1
    click.echo(f"{_n(written, 'file')} written to {out}/")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Server processes (one answers on one core; 2 on a 2-core machine serve more).",
)
def serve(db: str | None, host: str, port: int, workers: int) -> None:
    """Serve the JSON API (and its OpenAPI description at /openapi.json)."""
    import os

    import uvicorn

    from gongbao.web.served import DB_ENV

    store = _store(db, create=False)  # refused here, in one line, before any worker starts
    click.echo(
        f"serving {store.url} on http://{host}:{port}/  (API: /api, docs: /api/docs)", err=True
    )
    store.close()
    os.environ[DB_ENV] = store.url
    # no "server: uvicorn" banner; the app adds the security headers (gongbao.web.headers)
    uvicorn.run(
        "gongbao.web.served:app_factory",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        server_header=False,
    )


@main.command("eval")
@click.argument("corpus", type=click.Path(path_type=str))
@click.option("--diffs", is_flag=True, help="Also list, per document, every field that differs.")
@click.option("--family", "families", multiple=True, help="Only this family (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print accuracy and differences as JSON.")
@click.option(
    "--baseline",
    type=click.Path(path_type=str),
    default=None,
    help="Exit 1 when a family × field scores under this baseline (JSON).",
)
@click.option(
    "--write-baseline",
    type=click.Path(path_type=str),
    default=None,
    help="Write the scores reached now as the new baseline (JSON).",
)
def eval_(
    corpus: str,
    diffs: bool,
    families: tuple[str, ...],
    as_json: bool,
    baseline: str | None,
    write_baseline: str | None,
) -> None:
    """Score the parser on a labelled CORPUS folder: accuracy per family × field."""
    from pathlib import Path

    from gongbao.corpus import LabelError, load_corpus
    from gongbao.evaluate import baseline_of, below_baseline, evaluate, load_baseline, table
    from gongbao.factscore import fact_table

    try:
        entries = load_corpus(Path(corpus))
    except LabelError as exc:
        raise click.ClickException(str(exc)) from None
    if families:
        entries = [e for e in entries if e.family in families]
        if not entries:
            raise click.ClickException(f"no family {', '.join(families)} in {corpus}")
    report = evaluate(entries)
    if as_json:
        _write(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        if diffs:
            for d in report.diffs:
                _write(f"{d.file} #{d.document} {d.field}: want {d.want!r} got {d.got!r}")
            for m in report.facts.misses:
                _write(f"{m.file} #{m.document} {m.kind} {m.what}: {m.fact!r}")
        _write(table(report))
        if any(s.labelled_docs for s in report.facts.kinds.values()):
            _write("")
            _write(fact_table(report.facts))
    if write_baseline:
        Path(write_baseline).write_text(
            json.dumps(baseline_of(report), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    if baseline:
        try:
            floor = load_baseline(Path(baseline))
        except (OSError, ValueError, AttributeError) as exc:
            raise click.ClickException(f"{baseline}: not a baseline file ({exc})") from None
        if families:
            floor = {k: v for k, v in floor.items() if k in families}
        if failed := below_baseline(report, floor):
            for line in failed:
                click.echo(f"below baseline: {line}", err=True)
            sys.exit(1)


#: how the reader's size-limit error says to raise the limit (gongbao.read.text.read_bytes)
_RAISE_LIMIT = "(raise it with GONGBAO_MAX_BYTES)"


@main.command("match")
@db_option
@click.option(
    "--profile",
    "profile_file",
    type=click.Path(path_type=str),
    default=None,
    help="A profile as a JSON object: place, industry (a word or a GB/T 4754 code), kind, "
    "size, founded, certifications, as_of (default today).",
)
@click.option(
    "--profiles",
    "profiles_file",
    type=click.Path(path_type=str),
    default=None,
    help="A CSV of businesses (a name column and the profile's fields as columns): prints a "
    "CSV of business, measure, benefit and department for each measure that applies.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the matches as JSON.")
@click.option("--limit", type=click.IntRange(1, 1000), default=50, show_default=True)
def match_cmd(
    db: str | None,
    profile_file: str | None,
    profiles_file: str | None,
    as_json: bool,
    limit: int,
) -> None:
    """The measures in force that apply to a business or a person: for each, the conditions
    met, those the profile does not answer (待确认) and the department to contact. A
    condition the documents do not state is never assumed."""
    from gongbao.errors import InputError
    from gongbao.matching import Profile
    from gongbao.store.match import match_stored

    if (profile_file is None) == (profiles_file is None):
        raise click.UsageError("give one of --profile FILE.json or --profiles FILE.csv")
    try:
        rows = _profile_rows(profile_file, profiles_file)
        profiles = [(name, Profile.from_dict(data)) for name, data in rows]
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    store = _store(db, create=False)
    try:
        with store.engine.connect() as conn:
            found = [(name, match_stored(conn, p, limit)) for name, p in profiles]
    finally:
        store.close()
    if profiles_file is not None:
        _write(_matches_csv(found))
        return
    page = found[0][1]
    if as_json:
        _write(json.dumps(page, ensure_ascii=False, indent=2))
        return
    if not page["items"]:
        click.echo(f"no measure applies on {page['as_of']}")
        return
    for item in page["items"]:
        unknown = [c["field"] for c in item["conditions"] if c["met"] is None]
        ask = f"  (to confirm: {', '.join(unknown)})" if unknown else ""
        click.echo(f"{item['title']}  [{item['document']}]{ask}")
        click.echo(f"    责任部门: {'、'.join(item['responsible'])}")


#: a profile file is a few fields; anything larger is not one
_PROFILE_BYTES = 1 << 20


def _profile_rows(
    profile_file: str | None, profiles_file: str | None
) -> list[tuple[str, dict[str, Any]]]:
    """(name, fields) for each profile the file holds; InputError with one line if it is not
    a readable profile file."""
    import csv
    import io
    from pathlib import Path

    from gongbao.errors import InputError

    path = Path(profile_file or profiles_file or "")
    try:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        if path.stat().st_size > _PROFILE_BYTES:
            raise InputError(f"{path}: larger than {_PROFILE_BYTES} bytes, not a profile file")
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read ({exc.__class__.__name__})") from None
    if profile_file is not None:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from None
        if not isinstance(data, dict):
            raise InputError(f"{path}: a profile is a JSON object")
        return [("", data)]
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "name" not in reader.fieldnames:
        raise InputError(f"{path}: a CSV with a 'name' column and the profile's fields")
    rows = []
    for row in reader:  # a short row's missing cells are None, a long row's extras keyed None
        name = (row.pop("name") or "").strip()
        rows.append((name, {k: v for k, v in row.items() if k and v}))
    return rows


def _matches_csv(found: list[tuple[str, dict[str, Any]]]) -> str:
    """One row per business and measure that applies: a department's 免申即享 list."""
    from gongbao.store.export import csv_text

    rows: list[list[Any]] = [
        ["business", "measure", "document", "title", "benefit", "responsible", "to_confirm"]
    ]
    for name, page in found:
        for item in page["items"]:
            benefit = item["benefit"] or {}
            amount = (benefit.get("amount") or {}).get("text", "")
            rows.append(
                [
                    name,
                    item["measure"],
                    item["document"],
                    item["title"],
                    "；".join([*benefit.get("kinds", []), amount]).strip("；"),
                    "；".join(item["responsible"]),
                    "；".join(c["field"] for c in item["conditions"] if c["met"] is None),
                ]
            )
    return csv_text(rows)


def _limit_named(message: str, flag: bool) -> str:
    """A size-limit error naming what set the limit: --max-bytes when it was given, the
    variable when the limit came from it, and both for the default (either raises it)."""
    if flag:
        return message.replace(_RAISE_LIMIT, "(raise it with --max-bytes)")
    if not os.environ.get("GONGBAO_MAX_BYTES", "").isdigit():  # as read.text.max_bytes reads it
        return message.replace(_RAISE_LIMIT, "(raise it with --max-bytes or GONGBAO_MAX_BYTES)")
    return message


def _write(text: str) -> None:
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `gongbao parse … | head`
        sys.stderr.close()


def render_summary(issue: Issue) -> str:
    d: dict[str, Any] = issue.to_dict()
    meta = d["issue"]
    lines = [
        f"{meta['gazette'] or '(no gazette name)'} {meta['year'] or ''}年"
        f"第{meta['number'] or '?'}期（总第{meta['total_number'] or '?'}期）"
        f" {meta['period_start'] or ''}–{meta['period_end'] or ''}",
        f"contents entries: {len(d['toc'])} ({sum(1 for e in d['toc'] if e['document'])} linked)",
        f"documents: {len(d['documents'])}",
    ]
    for doc in d["documents"]:
        blocks = sum(1 for _ in _walk(doc["body"]))
        noun = "block" if blocks == 1 else "blocks"
        lines.append(
            f"  {doc['id']}  {doc['kind']:<12} {doc['doc_number'] or '-':<18} "
            f"{doc['date'] or '-':<10}  {blocks:>4} {noun:<6}  {doc['title']}"
        )
    lines.append(f"tables: {len(d['tables'])}, rows: {sum(len(t['rows']) for t in d['tables'])}")
    lines.append(f"footnotes: {len(d['footnotes'])}")
    kinds: dict[str, int] = {}
    for p in d["problems"]:
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    detail = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    lines.append(f"problems: {len(d['problems'])}" + (f" ({detail})" if detail else ""))
    return "\n".join(lines)


def _walk(blocks: list[dict[str, Any]]) -> Any:
    for b in blocks:
        yield b
        yield from _walk(b["children"])


if __name__ == "__main__":  # pragma: no cover
    main()
