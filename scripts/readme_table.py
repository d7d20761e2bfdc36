"""Rewrite the accuracy table in README.md's "Corpus and accuracy" section from
`gongbao eval tests/corpus` (run after the baseline is rewritten)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    out = subprocess.run(
        ["gongbao", "eval", str(ROOT / "tests" / "corpus")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    table = "\n".join(line for line in out.splitlines() if line.startswith("|"))
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    section = text.index("## Corpus and accuracy")
    start = text.index("| family |", section)
    end = text.index("\n\n", start)
    readme.write_text(text[:start] + table + text[end:], encoding="utf-8")


if __name__ == "__main__":
    main()
