"""Ingest files and folders: parse in parallel on all cores, store each issue in its own
transaction, report each file's outcome. A file that fails is reported and skipped."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from gongbao.errors import InputError

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

    def line(self) -> str:
        ok = [o for o in self.outcomes if o.status != "failed"]
        return (
            f"{len(ok)} issues ({self.count('stored')} stored, "
            f"{self.count('replaced')} replaced, {self.count('unchanged')} unchanged), "
            f"{self.count('failed')} failed; {sum(o.documents for o in ok)} documents, "
            f"{sum(o.facts for o in ok)} facts, {sum(o.problems for o in ok)} problems; "
            f"{self.seconds:.1f} s"
        )


def expand(paths: list[str]) -> list[Path]:
    """Files as given, and the gazette files inside folders (recursively, sorted)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            )
        else:
            out.append(p)
    return out


def _parse(path: Path) -> tuple[str, object, bytes, str]:
    """Worker: parse one file; errors come back as text (exceptions may not pickle)."""
    from gongbao.pipeline import parse_file

    try:
        issue = parse_file(path)
        return str(path), issue, path.read_bytes(), ""
    except InputError as exc:
        return str(path), None, b"", str(exc)
    except Exception as exc:  # a bug in a parser must not stop the other files
        return str(path), None, b"", f"{path}: could not be parsed ({type(exc).__name__}: {exc})"


def _parsed(files: list[Path], workers: int) -> Iterator[tuple[str, object, bytes, str]]:
    if workers <= 1 or len(files) <= 1:
        for f in files:
            yield _parse(f)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_parse, files, chunksize=4)


def ingest_paths(
    store: object,
    paths: list[str],
    workers: int | None = None,
    on_file: Callable[[Outcome], None] | None = None,
) -> Summary:
    from gongbao.model import Issue
    from gongbao.store.db import Store

    assert isinstance(store, Store)
    start = time.perf_counter()
    summary = Summary()
    files = []
    for f in expand(paths):
        # the same bytes stored before: nothing to parse
        try:
            known = store.has_content(f.read_bytes()) if f.is_file() else None
        except OSError:
            known = None
        if known:
            outcome = Outcome(str(f), "unchanged", known)
            summary.outcomes.append(outcome)
            if on_file:
                on_file(outcome)
        else:
            files.append(f)
    workers = workers or os.cpu_count() or 1
    for name, issue, data, error in _parsed(files, workers):
        if error or not isinstance(issue, Issue):
            outcome = Outcome(name, "failed", error or "not parsed")
        else:
            try:
                status = store.ingest(issue, name, data)
                facts = sum(
                    len(v) for k, v in issue.facts.items() if k not in ("organisations", "moves")
                )
                outcome = Outcome(
                    name, status, "", len(issue.documents), facts, len(issue.problems)
                )
            except InputError as exc:
                outcome = Outcome(name, "failed", str(exc))
        summary.outcomes.append(outcome)
        if on_file:
            on_file(outcome)
    summary.seconds = time.perf_counter() - start
    return summary
