"""Nothing is lost in the head: every line with text that the head takes (between a
document's start and where its body begins) is recorded as evidence of one of its zones —
title, 文号, date, 主送, occasion, a headline passed over … — on every file of the corpus, the
sample and the State Council pages. A head that joined lines looking for a zone and then
gave up had dropped them (a meeting's first paragraph, which opened like an adoption line)."""

from __future__ import annotations

from pathlib import Path

import pytest

import gongbao
import gongbao.structure as structure
from gongbao.clean import Group
from gongbao.structure.head import Head
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"
SHARED = ROOT.parent / "shared" / "corpus"


def _files() -> list[Path]:
    found = [
        p
        for p in sorted(CORPUS.rglob("*"))
        if p.suffix in (".txt", ".html", ".md") and p.name != "README.md"
    ]
    found += sorted(SHARED.rglob("*.htm*")) if SHARED.is_dir() else []
    return [*found, ROOT / "samples" / "jingan-2026-01.txt"]


def test_every_line_the_head_takes_is_a_zones_evidence(monkeypatch: pytest.MonkeyPatch) -> None:
    unread: list[tuple[str, int, str]] = []
    current = [""]
    parse_head = structure.parse_head

    def checked(groups: list[Group], start: int, end: int, raw: dict[int, str]) -> Head:
        head = parse_head(groups, start, end, raw)
        seen = {no for no, _zone, _text in head.zones}
        rest = set(id(ln) for ln in head.rest.lines) if head.rest is not None else set()
        for gi in range(start, min(head.end, end)):
            for ln in groups[gi].lines:
                if ln.text.strip() and ln.no not in seen and id(ln) not in rest:
                    unread.append((current[0], ln.no, ln.text[:40]))
        return head

    monkeypatch.setattr(structure, "parse_head", checked)
    files = _files()
    assert len(files) > 300
    for path in files:
        current[0] = str(path.relative_to(path.parents[1]))
        gongbao.parse_bytes(path.read_bytes())
    assert unread == []
