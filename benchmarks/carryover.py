"""Carry-over on public datasets of government texts that tests/corpus does not hold.

The labelled corpus is full (30 MB) and measures accuracy; the documents kept out of our reach
measure whether the rules carry over. This script stands in for them: it parses every text of
a few public repositories (as ``fetch`` mirrors them: ``MIRROR/owner+name/repo``, a bare git
directory read at its HEAD) and counts, per dataset, the texts whose reading looks wrong — no
title, a title that is not the file's name, no date, a date the head does not print, one text
split in several documents, no issuer. Counts, not accuracy: they find texts to read and rules
to write; a rule lands when the texts it moves read right and the corpus's outputs do not move.

    python benchmarks/carryover.py [--mirror /work/.mirror] [--out now.json] [--compare old.json]
        [--only NAME]

``--compare`` lists every text whose title, 文号, date or issuers differ from an earlier run's
(what a rule moved: read each). The datasets' commits are written into ``--out`` and checked
against ``--compare``'s, so that two runs compare the same texts.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: a file name's date of the version it holds: '…条例(2020-05-14).md'
_VERSION = re.compile(r"\(\d{4}-\d{2}-\d{2}\)$")
#: what a file's name and a title may differ by and still name the same text
_NOISE = re.compile(r"[\s\u3000]|中华人民共和国")
#: the head of a law database's file: what is printed above its marker
_HEAD_END = "<!-- INFO END -->"
_DAY = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


@dataclass(frozen=True)
class Dataset:
    """A repository's texts: which files (or lines) are texts, and how a file names its text."""

    repo: str
    select: Callable[[str], bool]
    #: one text a line (a classification dataset), not one a file
    per_line: bool = False


#: LawRefBook's folders of national texts: laws by branch, regulations, rules, interpretations
_NATIONAL = ("司法解释", "社会法", "经济法", "行政法", "行政法规", "部门规章")

DATASETS = {
    "lawrefbook-local": Dataset(
        "LawRefBook/Laws", lambda p: p.startswith("DLC/") and p.endswith(".md")
    ),
    "lawrefbook-national": Dataset(
        "LawRefBook/Laws",
        lambda p: p.split("/", 1)[0] in _NATIONAL and p.endswith(".md"),
    ),
    "waystowork-interpretations": Dataset(
        "waystowork/waystowork.github.io",
        lambda p: p.startswith("src/sfjs/") and p.endswith(".md"),
    ),
    "waystowork-laws": Dataset(
        "waystowork/waystowork.github.io",
        lambda p: p.startswith(("src/laws/", "src/xzzfhg/")) and p.endswith(".md"),
    ),
    "telescope-letters": Dataset(
        "Telescope-U/GovDocClassification", lambda p: p in ("train.txt", "val.txt"), per_line=True
    ),
}


def _git_dir(mirror: Path, repo: str) -> Path:
    return mirror / repo.replace("/", "+") / "repo"


def _files(git_dir: Path) -> tuple[str, list[str]]:
    """The commit at HEAD and the paths of its files."""
    commit = subprocess.run(
        ["git", "-C", str(git_dir), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    listed = subprocess.run(
        ["git", "-C", str(git_dir), "ls-tree", "-r", "-z", "--name-only", "HEAD"],
        capture_output=True,
        check=True,
    ).stdout
    return commit, [p.decode() for p in listed.split(b"\0") if p]


def _blobs(git_dir: Path, paths: list[str]) -> Iterator[tuple[str, bytes]]:
    """Each file's bytes at HEAD, read through one ``git cat-file --batch``."""
    proc = subprocess.Popen(
        ["git", "-C", str(git_dir), "cat-file", "--batch"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for path in paths:
            proc.stdin.write(f"HEAD:{path}\n".encode())
            proc.stdin.flush()
            header = proc.stdout.readline().split()
            if len(header) < 3 or header[1] != b"blob":
                continue
            data = proc.stdout.read(int(header[2]))
            proc.stdout.read(1)
            yield path, data
    finally:
        proc.stdin.close()
        proc.wait()


def _texts(dataset: Dataset, git_dir: Path, paths: list[str]) -> Iterator[tuple[str, bytes]]:
    """(key, bytes) of every text, once each (a repository that holds a text twice, under two
    paths or on two lines, counts it once)."""
    seen: set[bytes] = set()
    for path, data in _blobs(git_dir, [p for p in paths if dataset.select(p)]):
        if dataset.per_line:
            for no, line in enumerate(data.decode("utf-8", "replace").splitlines(), start=1):
                text = line.split("\t", 1)[-1].strip().encode()
                if text and text[:240] not in seen:
                    seen.add(text[:240])
                    yield f"{path}:{no}", text
        elif data.strip() and data not in seen:
            seen.add(data)
            yield path, data


def _named(path: str) -> str | None:
    """The title a file's name gives ('…/某某条例(2020-05-14).md' → 某某条例), or None."""
    if not path.endswith(".md"):
        return None
    name = _VERSION.sub("", path.rsplit("/", 1)[-1][:-3])
    return None if name.startswith("_") else name


def _reading(key: str, data: bytes) -> dict[str, object]:
    from gongbao.errors import InputError
    from gongbao.pipeline import parse_bytes

    try:
        issue = parse_bytes(data, name=key.rsplit("/", 1)[-1])
    except InputError as e:
        return {"key": key, "flags": ["refused"], "error": str(e)}
    if not issue.documents:
        return {"key": key, "flags": ["no_document"]}
    doc = issue.documents[0]
    flags = []
    if not doc.title:
        flags.append("no_title")
    elif (want := _named(key)) is not None and _NOISE.sub("", doc.title) != _NOISE.sub("", want):
        flags.append("title_not_name")
    if not doc.date:
        flags.append("no_date")
    elif _HEAD_END.encode() in data:
        # (its days in full-width figures too: '２０１２年１２月１９日')
        head = unicodedata.normalize(
            "NFKC", data.split(_HEAD_END.encode(), 1)[0].decode("utf-8", "replace")
        )
        printed = {f"{y}-{int(m):02d}-{int(d):02d}" for y, m, d in _DAY.findall(head)}
        if printed and doc.date not in printed:
            flags.append("date_not_in_head")
    if not doc.issuers:
        flags.append("no_issuer")
    if len(issue.documents) > 1 and not key.endswith(".txt"):
        flags.append("split")
    return {
        "key": key,
        "flags": flags,
        "title": doc.title,
        "doc_number": doc.doc_number,
        "date": doc.date,
        "issuers": doc.issuers,
        "documents": len(issue.documents),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror", type=Path, default=ROOT.parent / ".mirror")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--compare", type=Path)
    ap.add_argument("--only", choices=sorted(DATASETS))
    args = ap.parse_args()
    old = json.loads(args.compare.read_text()) if args.compare else None
    result: dict[str, dict[str, object]] = {}
    for name, dataset in DATASETS.items():
        if args.only and name != args.only:
            continue
        git_dir = _git_dir(args.mirror, dataset.repo)
        if not git_dir.is_dir():
            print(f"{name}: {dataset.repo} is not mirrored in {args.mirror} (fetch it)")
            continue
        commit, paths = _files(git_dir)
        rows = [_reading(key, data) for key, data in _texts(dataset, git_dir, paths)]
        counts = Counter(f for row in rows for f in row["flags"])  # type: ignore[attr-defined]
        result[name] = {"repo": dataset.repo, "commit": commit, "rows": rows}
        shown = ", ".join(f"{flag} {n}" for flag, n in sorted(counts.items()))
        print(f"{name} ({dataset.repo} @ {commit[:8]}): {len(rows)} texts; {shown}")
        if old and name in old:
            _compare(old[name], result[name])
    if args.out:
        args.out.write_text(json.dumps(result, ensure_ascii=False))
    return 0


def _compare(before: dict[str, object], now: dict[str, object]) -> None:
    """Every text whose reading moved since ``before``."""
    if before["commit"] != now["commit"]:
        print(f"  (not compared: {before['commit']} then {now['commit']})")
        return
    was = {row["key"]: row for row in before["rows"]}  # type: ignore[attr-defined]
    moved = 0
    for row in now["rows"]:  # type: ignore[attr-defined]
        prev = was.get(row["key"])
        if prev is None:
            continue
        changed = [
            f"{field}: {prev.get(field)} → {row.get(field)}"
            for field in ("title", "doc_number", "date", "issuers", "documents")
            if prev.get(field) != row.get(field)
        ]
        if changed:
            moved += 1
            print(f"  {row['key']}: " + "; ".join(changed))
    print(f"  {moved} moved")


if __name__ == "__main__":
    sys.exit(main())
