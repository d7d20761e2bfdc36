"""Ingest files and folders: parse in parallel on all cores, store each issue whole (in one
transaction, with others), report each file's outcome. A file that fails is reported and skipped.

A worker parses a file and turns the issue into the rows the store writes (its token streams
and ranking-index documents too: ``gongbao.store.rows``); this process only writes them, a
statement per table and several issues to a transaction (``gongbao.store.batch``), so that a
second worker adds throughput instead of queueing behind the writer. Results come back in
the files' order through a window of twice as many as there are workers: memory stays flat
in the number of files."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gongbao.errors import InputError
from gongbao.limits import Limits, worker_limits
from gongbao.limits import over_memory as _over_memory
from gongbao.limits import over_time as _over_time
from gongbao.memory import address_space, set_soft_limit
from gongbao.store.rows import IssueRows, prepare

SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".shtml", ".pdf"}


@dataclass(slots=True)
class Outcome:
    path: str
    status: str  # stored | unchanged | replaced | failed
    detail: str = ""
    documents: int = 0
    facts: int = 0
    problems: int = 0


@dataclass(slots=True)
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


def expand(paths: list[str], failed: list[Outcome] | None = None) -> list[Path]:
    """Files as given, and the gazette files inside folders (recursively, sorted). A folder
    that cannot be read is one failed outcome in ``failed`` (it is never skipped without a
    word); anything in a folder with a gazette suffix that is not a regular file (a FIFO, a
    device) is listed too, for the reader to refuse."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        out.extend(_walk(p, failed) if p.is_dir() else [p])
    return out


def _walk(root: Path, failed: list[Outcome] | None) -> list[Path]:
    def unreadable(exc: OSError) -> None:
        where = exc.filename if exc.filename is not None else root
        if failed is not None:
            failed.append(
                Outcome(
                    str(where),
                    "failed",
                    f"{where}: folder cannot be read ({exc.strerror or exc}); "
                    "the files in it were not ingested",
                )
            )

    found: list[Path] = []
    for folder, folders, names in os.walk(root, onerror=unreadable):
        folders.sort()
        found.extend(Path(folder, n) for n in names if Path(n).suffix.lower() in SUFFIXES)
    return sorted(found)


# -- parsing in worker processes, each with a memory and a time limit -------------------------

Result = tuple[str, object, bytes, str]
#: what a worker makes of a parsed issue before sending it: (issue, path, bytes) → anything
#: that pickles (``gongbao.store.rows.prepare``: the rows the store writes)
Then = Callable[[object, str, bytes], object]


def _parse(path: str, max_bytes: int | None, limits: Limits, then: Then | None = None) -> Result:
    """Parse one file (and give the issue to ``then``, whose result comes back in its place,
    without the bytes); errors come back as text (exceptions may not pickle)."""
    from gongbao.pipeline import parse_bytes
    from gongbao.read import read_bytes

    try:
        data = read_bytes(path, limit=max_bytes)
        issue = parse_bytes(data, name=path)
        if then is not None:
            return path, then(issue, path, data), b"", ""
        return path, issue, data, ""
    except InputError as exc:
        return path, None, b"", str(exc)
    except MemoryError:
        return path, None, b"", _over_memory(path, limits)
    except Exception as exc:  # a bug in a parser must not stop the other files
        return path, None, b"", f"{path}: could not be parsed ({type(exc).__name__}: {exc})"


def _died(path: str, exitcode: int | None, limits: Limits) -> str:
    """The one line for a file whose worker died under it, from how it died."""
    if exitcode == -getattr(signal, "SIGXCPU", -1000):
        return _over_time(path, limits)
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        if name == "SIGKILL":
            return f"{path}: the parsing process was killed (SIGKILL: the system out of memory?)"
        if limits.memory:
            # PDFium aborts when an allocation fails
            return (
                f"{path}: the parser stopped ({name}), most likely over the "
                f"{limits.memory_text()} memory limit (raise it with GONGBAO_WORKER_MEMORY)"
            )
        return f"{path}: the parser crashed ({name})"
    return f"{path}: the parsing process stopped (exit status {exitcode})"


def _worker(conn: Any, limits: Limits, then: Then | None = None) -> None:
    """A parse process: files in, results out, until told to stop. Its address space may grow
    by ``limits.memory``; each file may take ``limits.seconds`` of CPU time, after which the
    system stops the process (SIGXCPU) wherever it is, in PDFium too."""
    import faulthandler

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which stops us
    faulthandler.disable()  # a worker stopped at a limit is one line from the parent, no dump
    try:
        import resource
    except ImportError:  # not a POSIX system: no limits
        resource = None  # type: ignore[assignment]
    if resource is not None:
        set_soft_limit(resource.RLIMIT_CORE, 0)  # a worker stopped at a limit leaves no core file
        if limits.memory and (base := address_space()):
            set_soft_limit(resource.RLIMIT_AS, base + limits.memory)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        path, max_bytes = task
        if resource is not None and limits.seconds:
            used = resource.getrusage(resource.RUSAGE_SELF)
            set_soft_limit(resource.RLIMIT_CPU, int(used.ru_utime + used.ru_stime) + limits.seconds)
        result = _parse(path, max_bytes, limits, then)
        try:
            conn.send(result)
        except (EOFError, OSError):  # the parent is gone
            return
        except Exception as exc:  # no memory left to pickle the issue, or it does not pickle
            if isinstance(exc, MemoryError):
                error = _over_memory(path, limits)
            else:
                error = f"{path}: could not be parsed ({type(exc).__name__}: {exc})"
            conn.send((path, None, b"", error))


@dataclass(slots=True)
class _Slot:
    process: Any
    conn: Any
    task: tuple[int, str] | None = None
    started: float = 0.0


def parse_in_workers(
    paths: list[str],
    workers: int = 1,
    limits: Limits | None = None,
    max_bytes: int | None = None,
    then: Then | None = None,
) -> Iterator[Result]:
    """(path, issue or None, bytes, error) for each file, in order, parsed in worker
    processes under ``limits``; with ``then``, what it made of the issue in the worker, and
    no bytes. A worker that dies (over the memory limit, PDFium aborting, over the time
    limit) fails the one file it held, with one line; a new worker takes the files after it.
    At most twice as many results as workers are held waiting for the file before them."""
    import multiprocessing
    from multiprocessing.connection import wait

    import gongbao.pipeline  # noqa: F401  (imported once here, not in every worker)

    limits = limits or worker_limits()
    # forked on Linux (the parent's imports are the workers' too); elsewhere the platform's way
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
    size = max(1, min(workers, len(paths)))
    window = 2 * size
    # a worker stuck without using CPU (the CPU limit cannot stop it) is stopped by the clock
    wall = 3 * limits.seconds + 10 if limits.seconds else None
    todo = deque(enumerate(paths))
    done: dict[int, Result] = {}
    slots: list[_Slot] = []
    following = 0

    def start() -> _Slot:
        mine, theirs = ctx.Pipe()
        process = ctx.Process(target=_worker, args=(theirs, limits, then), daemon=True)
        process.start()
        theirs.close()
        slot = _Slot(process, mine)
        slots.append(slot)
        return slot

    def retire(slot: _Slot) -> None:
        slots.remove(slot)
        slot.conn.close()
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join()

    try:
        while following < len(paths):
            while todo and todo[0][0] < following + window:
                idle = next((s for s in slots if s.task is None), None)
                if idle is None and len(slots) >= size:
                    break
                slot = idle or start()
                index, path = todo.popleft()
                try:
                    slot.conn.send((path, max_bytes))
                except OSError:  # the worker died while idle: a new one takes the file
                    todo.appendleft((index, path))
                    retire(slot)
                    continue
                slot.task, slot.started = (index, path), time.monotonic()
            busy = [s for s in slots if s.task is not None]
            timeout = None
            if wall is not None and busy:
                timeout = max(0.0, min(s.started for s in busy) + wall - time.monotonic())
            wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout)
            for slot in busy:
                assert slot.task is not None
                index, path = slot.task
                ended = not slot.process.is_alive()
                if slot.conn.poll():
                    try:
                        done[index] = slot.conn.recv()
                        slot.task = None
                        continue
                    except (EOFError, OSError):
                        ended = True
                if ended:
                    slot.process.join(timeout=10)
                    done[index] = (path, None, b"", _died(path, slot.process.exitcode, limits))
                    retire(slot)
                elif wall is not None and time.monotonic() - slot.started > wall:
                    done[index] = (path, None, b"", _over_time(path, limits))
                    retire(slot)
            while following in done:
                yield done.pop(following)
                following += 1
    finally:
        for slot in slots:
            with contextlib.suppress(OSError):
                slot.conn.send(None)
        for slot in list(slots):
            slot.process.join(timeout=5)
            retire(slot)


def parse_isolated(path: str, max_bytes: int | None = None) -> object:
    """One file parsed in a worker process under the worker limits (``gongbao parse``): the
    issue, or an ``InputError`` with the one line that says why not."""
    for _, issue, _, error in parse_in_workers([path], 1, worker_limits(), max_bytes):
        if error or issue is None:
            raise InputError(error or f"{path}: could not be parsed")
        return issue
    raise InputError(f"{path}: could not be parsed")


def first_line(exc: object) -> str:
    """An error's first line (a driver's or a filesystem's message may run to many)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def store_rows(store: Any, name: str, rows: object, error: str) -> Outcome:
    """One parsed file's rows written in their own transaction (``Store.write``), as its
    outcome: what the store refuses fails this file only, rolled back."""
    from sqlalchemy.exc import DataError

    if error or not isinstance(rows, IssueRows):
        return Outcome(name, "failed", error or f"{name}: could not be parsed")
    try:
        status = store.write(rows)
    except InputError as exc:
        return Outcome(name, "failed", str(exc))
    except DataError as exc:  # a value the database refuses
        return Outcome(name, "failed", f"{name}: cannot be stored ({first_line(exc.orig or exc)})")
    return Outcome(
        name, str(status), "", rows.documents_count, rows.facts_count, rows.problems_count
    )


def connection_lost(exc: Any, summary: Summary) -> InputError:
    """The one line for an ingest whose database server went away (stopped, restarted,
    network): every later file would fail the same way. The issue being stored was rolled
    back; those stored before it are whole."""
    stored = sum(o.status in ("stored", "replaced") for o in summary.outcomes)
    return InputError(
        f"database connection lost ({first_line(exc.orig or exc)}); {stored} issue(s) stored "
        "before it are kept, run the same ingest again to continue"
    )


def ingest_paths(
    store: object,
    paths: list[str],
    workers: int | None = None,
    on_file: Callable[[Outcome], None] | None = None,
) -> Summary:
    from sqlalchemy.exc import InterfaceError, OperationalError

    from gongbao.read import read_bytes
    from gongbao.store.batch import Batches
    from gongbao.store.db import Store

    assert isinstance(store, Store)
    start = time.perf_counter()
    summary = Summary()
    limits = worker_limits()

    def report(outcome: Outcome) -> None:
        summary.outcomes.append(outcome)
        if on_file:
            on_file(outcome)

    try:
        failed: list[Outcome] = []
        found = expand(paths, failed)
        for outcome in failed:
            report(outcome)
        files = []
        for f in found:
            # what cannot be read (missing, not a regular file, over the size limit) fails here,
            # before a byte too many is read; the same bytes stored before need no parse
            try:
                known = store.has_content(read_bytes(f))
            except InputError as exc:
                report(Outcome(str(f), "failed", str(exc)))
                continue
            if known:
                report(Outcome(str(f), "unchanged", known))
            else:
                files.append(str(f))
        workers = workers or os.cpu_count() or 1
        # the workers turn each issue into the rows the store writes (token streams and the
        # ranking index's documents too): this process only writes, several issues to a
        # transaction, so a second worker makes ingest faster
        batches = Batches(store, report)
        for name, rows, _, error in parse_in_workers(files, workers, limits, then=prepare):
            batches.add(name, rows, error)
        batches.close()
    except (OperationalError, InterfaceError) as exc:
        raise connection_lost(exc, summary) from None
    summary.seconds = time.perf_counter() - start
    return summary
