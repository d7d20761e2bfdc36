"""Ingest on a dask.distributed cluster (``gongbao ingest PATH... --cluster ADDRESS``): the
cluster's workers parse, this process stores, each issue whole (in one transaction).

Why dask.distributed rather than Ray: pure-Python wheels (no native runtime to build or ship),
a scheduler and workers that are plain processes (``dask scheduler``, ``dask worker ADDRESS``)
on any machine with gongbao installed, nothing fetched from the network, and the tasks of a
worker that is lost are run again on the workers that remain.

This process reads each input — a local path, or an fsspec URL (``file://``, ``memory://``,
``s3://`` with s3fs installed …) — and skips bytes the store already holds ("unchanged": a
finished ingest run again sends nothing). The bytes travel with the task, so workers need no
access to the inputs. A worker parses them with the local pool's own function
(:func:`gongbao.store.ingest._parse`: the issue, or the one line that says why not) and
turns the issue into the rows the store writes, as a local worker does; this process only
writes them (:class:`gongbao.store.batch.Batches`: several issues to a transaction), in the
order their parses finish, with at most ``window`` tasks in flight: memory here is flat in
the number of files.
"""

from __future__ import annotations

import concurrent.futures
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any

from gongbao.errors import InputError
from gongbao.limits import Limits, worker_limits
from gongbao.store.batch import Batches
from gongbao.store.ingest import (
    SUFFIXES,
    Outcome,
    Summary,
    _parse,
    connection_lost,
    expand,
    first_line,
)

#: how often a task that raised is run again (a lost worker's tasks are rerun by the
#: scheduler whatever this says, up to its ``allowed-failures``)
RETRIES = 2
#: seconds to wait for the scheduler to answer, and for a first worker to join
CONNECT_SECONDS = 30


def is_url(raw: str) -> bool:
    return "://" in raw


def expand_inputs(paths: list[str], failed: list[Outcome] | None = None) -> list[str]:
    """Files as given and the gazette files in folders (recursively, sorted), for local paths
    and fsspec URLs alike; a folder or URL that cannot be listed is one failed outcome in
    ``failed``."""
    out: list[str] = []
    for raw in paths:
        if not is_url(raw):
            out.extend(str(p) for p in expand([raw], failed))
            continue
        try:
            fs, root, _ = _filesystem(raw)
            if fs.isdir(root):
                found = (p for p in fs.find(root) if PurePosixPath(p).suffix.lower() in SUFFIXES)
                out.extend(fs.unstrip_protocol(p) for p in sorted(found))
            else:
                out.append(raw)
        except Exception as exc:  # no such filesystem, a server that refuses: this input only
            if failed is not None:
                reason = first_line(exc)
                failed.append(Outcome(raw, "failed", f"{raw}: cannot be listed ({reason})"))
    return out


def read_input(name: str, limit: int) -> bytes:
    """An input's bytes, at most ``limit``: a local path (or ``file://`` URL) through the
    local reader, which refuses devices and FIFOs; any other URL through fsspec."""
    from gongbao.read import read_bytes

    if not is_url(name):
        return read_bytes(name, limit)
    try:
        fs, path, local = _filesystem(name)
        if local:
            return read_bytes(path, limit)
        info = fs.info(path)
        if info.get("type") == "directory":
            raise InputError(f"{name}: is a directory; give a gazette file (text, HTML or PDF)")
        if (info.get("size") or 0) > limit:
            raise InputError(
                f"{name}: {info['size']} bytes is over the {limit}-byte limit "
                "(raise it with GONGBAO_MAX_BYTES)"
            )
        with fs.open(path, "rb") as f:
            data: bytes = f.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except InputError:
        raise
    except Exception as exc:
        raise InputError(f"{name}: cannot be read ({first_line(exc)})") from None
    if len(data) > limit:
        raise InputError(
            f"{name}: is over the {limit}-byte limit (raise it with GONGBAO_MAX_BYTES)"
        )
    return data


def parse_task(name: str, data: bytes, limit: int, limits: Limits) -> tuple[str, object, str]:
    """On a worker: (name, the issue's rows or None, failure line) for one input's bytes,
    parsed by :func:`gongbao.store.ingest._parse` from a file of the worker's own and turned
    into the rows the store writes (:func:`gongbao.store.rows.prepare`, token streams too) under
    the input's name, so that the one process that writes only writes. A failure's line
    names the input, not the worker's file."""
    from gongbao.store.rows import prepare

    base = PurePosixPath(name.split("://", 1)[-1]).name or "input"
    with tempfile.TemporaryDirectory(prefix="gongbao-") as folder:
        path = os.path.join(folder, base)
        with open(path, "wb") as f:
            f.write(data)
        _, rows, _, error = _parse(
            path, limit, limits, then=lambda issue, _, raw: prepare(issue, name, raw)
        )
    return name, rows, error.replace(path, name)


def ingest_cluster(
    store: object,
    paths: list[str],
    address: str,
    on_file: Callable[[Outcome], None] | None = None,
    window: int | None = None,
) -> Summary:
    """Ingest ``paths`` with the dask scheduler at ``address`` parsing; as
    :func:`gongbao.store.ingest.ingest_paths` does locally (the same outcomes, one per file),
    with at most ``window`` parse tasks in flight (default: twice the workers' threads). An
    ``InputError`` when the cluster cannot be reached or is lost, or the database is."""
    from sqlalchemy.exc import InterfaceError, OperationalError

    from gongbao.read.text import max_bytes
    from gongbao.store.db import Store

    assert isinstance(store, Store)
    try:
        import distributed
    except ImportError:
        raise InputError(
            "--cluster needs dask.distributed: pip install 'gongbao[cluster]'"
        ) from None
    dask: Any = distributed  # its API is typed in part only
    start = time.perf_counter()
    summary = Summary()
    limits, limit = worker_limits(), max_bytes()

    def report(outcome: Outcome) -> None:
        summary.outcomes.append(outcome)
        if on_file:
            on_file(outcome)

    try:
        client = dask.Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = first_line(exc)
        raise InputError(f"cannot reach the dask scheduler at {address} ({reason})") from None
    try:
        try:
            client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        except TimeoutError:
            raise InputError(
                f"no dask worker joined the scheduler at {address} in {CONNECT_SECONDS} s"
            ) from None
        if window is None:
            window = 2 * max(1, sum(client.nthreads().values()))
        failed: list[Outcome] = []
        files = expand_inputs(paths, failed)
        for outcome in failed:
            report(outcome)
        run = os.urandom(4).hex()  # task keys of this ingest, apart from another's
        finished = dask.as_completed(loop=client.loop)
        pending: dict[Any, str] = {}
        batches = Batches(store, report)

        def take_one() -> None:
            future = next(finished)
            name = pending.pop(future)
            batches.add(name, *_parsed(future, name, address, summary))
            future.release()

        for index, name in enumerate(files):
            try:
                data = read_input(name, limit)
                known = store.has_content(data)
            except InputError as exc:
                report(Outcome(name, "failed", str(exc)))
                continue
            if known:
                report(Outcome(name, "unchanged", known))
                continue
            future = client.submit(
                parse_task, name, data, limit, limits,
                key=f"gongbao-parse-{run}-{index}", retries=RETRIES,
            )  # fmt: skip
            pending[future] = name
            finished.add(future)
            while len(pending) >= window:
                take_one()
        while pending:
            take_one()
        batches.close()
    except (OperationalError, InterfaceError) as exc:
        # as in a local ingest: the issues stored before are whole, the one being stored is not
        raise connection_lost(exc, summary) from None
    finally:
        client.close()
    summary.seconds = time.perf_counter() - start
    return summary


def _parsed(future: Any, name: str, address: str, summary: Summary) -> tuple[object, str]:
    """A finished parse task's rows (or None) and its failure line, for the batches."""
    from distributed import KilledWorker

    try:
        _, rows, error = future.result()
    except KilledWorker:
        return None, f"{name}: every worker that parsed it died (over its memory limit?)"
    except concurrent.futures.CancelledError:
        stored = sum(o.status in ("stored", "replaced") for o in summary.outcomes)
        raise InputError(
            f"lost the dask scheduler at {address}; {stored} issue(s) stored before are kept, "
            "run the same ingest again to continue"
        ) from None
    except Exception as exc:  # raised on the worker, after the retries
        return None, f"{name}: could not be parsed ({first_line(exc)})"
    return rows, str(error)


def _filesystem(url: str) -> tuple[Any, str, bool]:
    """fsspec's filesystem for a URL, the path on it, and whether it is this machine's disk
    (fsspec comes with dask: imported only for an ingest on a cluster)."""
    from fsspec.core import url_to_fs  # type: ignore[import-untyped]
    from fsspec.implementations.local import LocalFileSystem  # type: ignore[import-untyped]

    fs, path = url_to_fs(url)
    return fs, path, isinstance(fs, LocalFileSystem)
