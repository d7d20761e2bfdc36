"""What gongbao reads from pages no rule was written against: the second half of the
carry-over measure (``carryover.py`` counts on pinned public datasets; this reads pages).

``benchmarks/fresh/`` holds pages of government documents that the corpus does not hold,
each a stored public page's text as the search tool's pages corpus returned it (its first
~2,000 characters) and its address in the ``.url`` beside it. Helpers gathered them by genre
and read gongbao's output on each by hand, in five probes: 144 pages (红头 notices and letters,
orders and 公告/通告, replies/意见/纪要/人大 决定, 任免 news, reports, reposts and mirrors;
tests/structure/test_fresh_page_forms.py quotes the forms that became rules), then 157 more
(gazette items, pages with a metadata block, 规章 and 政府令, 人大/政协 documents, budgets and
disclosure reports, 通报/方案/纪要), then 151 more (township notices, 答复/复函, 实施方案 with
附件, work reports, 任免 pages, odd line shapes; both quoted in
tests/structure/test_fresh_pages_second_probe.py), then 130 more whose facts were judged
(``facts_*``: 任免, indicators, measures with their units, budgets, practical and major
projects, citations/terms/rules; tests/extract/test_fourth_probe_facts.py), then 172 more
(policy readings, calls for comments, penalty decisions, recruitment notices, 任前公示,
常务会议 news; tests/structure/test_fresh_pages_fifth_probe.py): 754 pages. Some of the later
probes' pages were copied from the search answers by hand, not by a script: a slip in a body
line is possible. The corpus is full, so the pages stay here, beside the benchmark. Their
readings at the fifth probe's rules are ``fresh/readings.json``.

    python benchmarks/fresh_pages.py [--out now.json] [--compare benchmarks/fresh/readings.json]

``--compare`` lists every page whose title, 文号, date, issuers, appointments or other facts
differ from the earlier readings. Read each before a rule lands: these pages have no labels, so a
difference is a change to check, not a score.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "benchmarks" / "fresh"


def _reading(data: bytes) -> dict[str, object]:
    """The fields a reader checks first, per document, the appointments read, and each other
    fact by what tells it apart (the fourth probe judged facts, not heads)."""
    from gongbao.facts import Appointment
    from gongbao.pipeline import parse_bytes

    issue = parse_bytes(data)
    facts = issue.facts.get("appointments", [])
    return {
        "documents": [
            {
                "title": d.title,
                "doc_number": d.doc_number,
                "date": d.date,
                "issuers": list(d.issuers),
            }
            for d in issue.documents
        ],
        "appointments": [
            [a.person, a.action, list(a.positions)] for a in facts if isinstance(a, Appointment)
        ],
        "facts": {
            kind: [key(f) for f in issue.facts.get(kind, [])]
            for kind, key in _FACT_KEYS.items()
            if issue.facts.get(kind)
        },
    }


def _value(v: object) -> str | None:
    return getattr(v, "text", None)


#: what tells a fact of each kind apart, as a reader compares two readings
_FACT_KEYS: dict[str, Callable[[Any], list[object]]] = {
    "indicators": lambda f: [f.name, f.period, _value(f.target), _value(f.actual)],
    "budget_lines": lambda f: [f.label, f.amount, f.unit, f.role],
    "measures": lambda f: [f.title, list(f.responsible)],
    "commitments": lambda f: [f.text, list(f.responsible)],
    "projects": lambda f: [f.name],
    "references": lambda f: [f.title, f.doc_number],
    "terms": lambda f: [f.term],
    "rules": lambda f: [f.subject, f.amount, f.unit],
    "benefits": lambda f: [f.title],
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path)
    ap.add_argument("--compare", type=Path)
    args = ap.parse_args()
    now = {
        str(p.relative_to(PAGES)): _reading(p.read_bytes()) for p in sorted(PAGES.rglob("*.txt"))
    }
    docs = sum(len(r["documents"]) for r in now.values())  # type: ignore[arg-type]
    print(f"{len(now)} pages, {docs} documents")
    if args.out:
        args.out.write_text(json.dumps(now, ensure_ascii=False, indent=1) + "\n", "utf-8")
    if args.compare:
        before = json.loads(args.compare.read_text("utf-8"))
        moved = [k for k in sorted(now) if before.get(k) != now[k]]
        print(f"{len(moved)} moved")
        for key in moved:
            print(f"  {key} ({(PAGES / key).with_suffix('.url').read_text().strip()})")
            print(f"    before: {json.dumps(before.get(key), ensure_ascii=False)}")
            print(f"    now:    {json.dumps(now[key], ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
