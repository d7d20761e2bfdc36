"""Cold start of the commands people type: `gongbao parse` on the built-in sample and
`gongbao search` on a small store, each a new Python process, beside `python -c pass`.

A command pays for the modules it imports and the tables it builds before it does its work;
this measures what a person waits for. The machine is shared, so the figure to compare is
CPU time (user + system of the process and the workers it waited for, from
``getrusage(RUSAGE_CHILDREN)``); wall time is printed beside it. Runs are interleaved
(baseline, parse, search, baseline, …) so that a neighbour's load falls on all of them alike.
One untimed run of each goes first: Python's bytecode, the compiled patterns
(``gongbao.regex_cache``, a file per command), the dataclasses' compiled methods
(``gongbao.dataclass_cache``) and the pinyin table (``gongbao.pinyin``) are written once per
machine, not per command.

    python benchmarks/cold_start.py [--runs 7] [--db FILE] [--src DIR [--src DIR]] [--python PY]

``--src`` measures another tree's package (an older commit's ``src``, checked out elsewhere);
given twice, both trees' commands are interleaved in one run, against the same sample and
store.

Targets (issue 16): parse ≤ 0.3 s, search ≤ 0.15 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "jingan-2026-01.txt"
#: the console script's own body: what `gongbao …` runs
ENTRY = "import sys; from gongbao.cli import main; sys.exit(main())"


def command_env(src: str, pycache: Path) -> dict[str, str]:
    """The environment the commands run in: the source measured first on the path, and
    bytecode kept (in ``pycache``) as an installed package has it, whatever
    PYTHONDONTWRITEBYTECODE says here: compiling gongbao's modules from source takes a
    tenth of a second more on each run."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one run of ``argv``, its workers' CPU included."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def small_store(python: str, env: dict[str, str], folder: Path) -> str:
    """A SQLite store holding the sample, made by `gongbao ingest`."""
    db = str(folder / "sample.db")
    argv = [python, "-c", ENTRY, "ingest", str(SAMPLE), "--db", db, "--quiet", "--workers", "1"]
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return db


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--db", default=None, help="a store to search (default: the sample, ingested)")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--query", default="养老")
    ap.add_argument(
        "--src",
        action="append",
        help="the package's source folder (default this checkout's); give it twice to compare",
    )
    args = ap.parse_args()
    sources = args.src or [str(ROOT / "src")]
    with tempfile.TemporaryDirectory() as tmp:
        envs = [command_env(src, Path(tmp) / f"pycache{k}") for k, src in enumerate(sources)]
        db = args.db or small_store(args.python, envs[0], Path(tmp))
        commands: dict[str, tuple[list[str], dict[str, str]]] = {
            "python -c pass": ([args.python, "-c", "pass"], envs[0])
        }
        for k, env in enumerate(envs):
            tag = f" [{k + 1}]" if len(envs) > 1 else ""
            commands[f"gongbao --help{tag}"] = ([args.python, "-c", ENTRY, "--help"], env)
            parse = [args.python, "-c", ENTRY, "parse", str(SAMPLE)]
            commands[f"gongbao parse SAMPLE{tag}"] = (parse, env)
            search = [args.python, "-c", ENTRY, "search", args.query, "--db", db]
            commands[f"gongbao search QUERY{tag}"] = (search, env)
        for argv, env in commands.values():  # bytecode, patterns and the pinyin table, once
            timed(argv, env)
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        wall: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, (argv, env) in commands.items():
                c, w = timed(argv, env)
                cpu[name].append(c)
                wall[name].append(w)
    base = statistics.median(cpu["python -c pass"])
    print(f"median of {args.runs} cold runs each, interleaved ({args.python}); QUERY={args.query}")
    for k, src in enumerate(sources):
        print(f"[{k + 1}] {src}" if len(sources) > 1 else f"source: {src}")
    print(f"{'command':<26} {'CPU s':>7} {'net CPU s':>10} {'wall s':>7}")
    for name in commands:
        c, w = statistics.median(cpu[name]), statistics.median(wall[name])
        print(f"{name:<26} {c:7.3f} {c - base:10.3f} {w:7.3f}")
    print("net CPU: less `python -c pass`; targets: parse <= 0.3 s, search <= 0.15 s")


if __name__ == "__main__":
    main()
