"""Rewrite the two accuracy tables in README.md's "Corpus and accuracy" section from
`gongbao eval tests/corpus` (run after the baseline is rewritten): fields per layout family,
and facts per kind with the sample's counts beside them."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "jingan-2026-01.txt"


def _replace(text: str, section: str, first: str, table: str) -> str:
    at = text.index(section)
    start = text.index(first, at)
    end = text.index("\n\n", start)
    return text[:start] + table + text[end:]


#: the export key a fact kind of the labels is found under
_FOUND_AS = {"budget": "budget_lines"}


def _with_sample(facts: list[str]) -> str:
    """The facts table with the sample's extracted counts as a last column."""
    import gongbao

    found = gongbao.parse_file(SAMPLE).facts
    out = []
    for line in facts:
        cells = line.strip("|").split("|")
        kind = cells[0].strip()
        if kind == "facts":
            extra = "sample"
        elif set(kind) <= {"-"}:
            extra = "---"
        else:
            extra = str(len(found.get(_FOUND_AS.get(kind, kind), [])))
        out.append(line + (f"{extra}|" if extra == "---" else f" {extra} |"))
    return "\n".join(out)


def main() -> None:
    out = subprocess.run(
        ["gongbao", "eval", str(ROOT / "tests" / "corpus")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = [line for line in out.splitlines() if line.startswith("|")]
    split = next(k for k, line in enumerate(rows) if line.startswith("| facts |"))
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    text = _replace(text, "## Corpus and accuracy", "| family |", "\n".join(rows[:split]))
    text = _replace(text, "## Corpus and accuracy", "| facts |", _with_sample(rows[split:]))
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
