"""The command line: a thin layer over the Python API (``gongbao.parse_file`` …).

Heavy modules are imported inside the commands so that ``gongbao --help`` starts fast.
Input errors become one line on stderr and exit status 2; no traceback reaches the user.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from gongbao.model import Issue

FORMATS = ("json", "tree", "summary")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="gongbao")
def main() -> None:
    """gongbao — government gazettes (政府公报) into structured, searchable open data."""


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
    help="Refuse input larger than this (default 50 MB, or GONGBAO_MAX_BYTES).",
)
def parse(file: str, fmt: str, max_bytes: int | None) -> None:
    """Parse a gazette FILE and print its structure and facts."""
    from gongbao.errors import InputError
    from gongbao.pipeline import parse_file

    try:
        issue = parse_file(file, max_bytes=max_bytes)
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "json":
        out = json.dumps(issue.to_dict(), ensure_ascii=False, indent=1)
    elif fmt == "tree":
        from gongbao.export.tree import render_tree

        out = render_tree(issue)
    else:
        out = render_summary(issue)
    _write(out)


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
        lines.append(
            f"  {doc['id']}  {doc['kind']:<12} {doc['doc_number'] or '-':<18} "
            f"{doc['date'] or '-':<10}  {blocks:>4} blocks  {doc['title']}"
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
