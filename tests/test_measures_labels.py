"""The matcher against tests/measures: 29 real policy documents, their benefits labelled by
hand (labels.json: 190 numbered measures, 211 entries with their parts) and 50 business
profiles with the measures each is eligible for, unknown for, or not eligible for and why
(profiles.json) — labelled by readers who had not seen the matcher. A profile is matched
against the documents it was labelled on.

The issue's bar is precision ≥ 0.97 on what is offered as met and recall ≥ 0.9. Measured now:
nothing is offered as met while its label says a condition fails — vacuously, since every
benefit keeps the conditions it prints to be confirmed, so none is offered as met; 27 of the
30 labelled eligible are offered (with conditions to confirm): recall 0.90; 24 of the 211
labelled entries are not read as benefits (an article whose amount is spread over its
sentences, a numbered title whose benefit is not under it). Offered with conditions to
confirm are also 619 that the labels say fail: what '对…的' asks is not typed yet."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from typing import Any

import pytest

import gongbao
from gongbao.matching import FIELDS, Profile, match
from tests.conftest import ROOT

HERE = ROOT / "tests" / "measures"
_NUMBER = re.compile(
    r"^\s*(?:第\s*[0-9一二三四五六七八九十百]+\s*条|[（(]?[0-9一二三四五六七八九十]+[)）、.．]?)+\s*"
)


def _body(text: str) -> str:
    """A benefit's words without its number and spaces, to find a label's 'starts' in."""
    return re.sub(r"\s+", "", _NUMBER.sub("", text.replace("\xa0", " ")))


@pytest.fixture(scope="module")
def corpus() -> dict[str, Any]:
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    items: dict[str, list[dict[str, Any]]] = {}
    docs: dict[str, dict[str, Any]] = {}
    for name in labels:
        issue = gongbao.parse_file(HERE / f"{name}.txt")
        source = json.loads((HERE / f"{name}.source.json").read_text(encoding="utf-8"))
        facts = [asdict(b) for b in issue.facts["benefits"]]
        facts += [asdict(m) for m in issue.facts["measures"] if m.eligibility]
        for f in facts:
            f.setdefault("responsible", [])
            f["document"] = name
        items[name] = facts
        doc = issue.documents[0]
        docs[name] = {
            "title": doc.title,
            "date": doc.date,
            # the label's window where the text states one the parse does not read
            "valid_from": source.get("valid_from") or doc.valid_from,
            "valid_until": source.get("valid_until") or doc.valid_until,
        }
    return {"labels": labels, "items": items, "docs": docs}


def _find(corpus: dict[str, Any], name: str, starts: str) -> dict[str, Any] | None:
    key = _body(starts)[:8]
    for f in corpus["items"][name]:
        if key in _body(f["text"])[:20]:
            return f
    return None


def _outcomes(corpus: dict[str, Any]) -> dict[str, int]:
    entries = {
        f"{name}#{lab['no']}" + (f"/{lab['part']}" if lab.get("part") else ""): (name, lab)
        for name, labs in corpus["labels"].items()
        for lab in labs
    }
    out = {"entries": len(entries), "read": 0, "eligible": 0, "offered": 0, "false_met": 0}
    out["read"] = sum(1 for n, lab in entries.values() if _find(corpus, n, lab["starts"]))
    profiles = json.loads((HERE / "profiles.json").read_text(encoding="utf-8"))
    for p in profiles:
        given = {k: v for k, v in p["profile"].items() if k in FIELDS and v is not None}
        names = p.get("documents_considered", [])
        facts = [f for n in names for f in corpus["items"].get(n, [])]
        found = match(Profile.from_dict(given), facts, {n: corpus["docs"][n] for n in names})
        offered = {(r["document"], r["source"]["block"]): r for r in found}

        def state(key: str, offered: dict[tuple[str, str], dict[str, Any]] = offered) -> str | None:
            name, lab = entries[key]
            f = _find(corpus, name, lab["starts"])
            if f is None:
                return None
            r = offered.get((name, f["source"]["block"]))
            if r is None:
                return "no"
            return "met" if all(c["met"] for c in r["conditions"]) else "unknown"

        for key in p.get("eligible", []):
            out["eligible"] += 1
            out["offered"] += state(key) in ("met", "unknown")
        out["false_met"] += sum(state(k) == "met" for k in p.get("ineligible_because", {}))
    return out


def test_nothing_is_offered_as_met_when_a_stated_condition_fails(corpus: dict[str, Any]) -> None:
    got = _outcomes(corpus)
    assert got["false_met"] == 0
    # as measured (2026-12-01): 187 of 211 labelled entries read as benefits or measures,
    # 27 of the 30 labelled eligible offered — recall 0.90, the issue's bar
    assert (got["entries"], got["read"], got["eligible"], got["offered"]) == (211, 187, 30, 27)
