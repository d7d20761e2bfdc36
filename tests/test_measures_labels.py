"""The matcher against tests/measures: 29 real policy documents, their benefits labelled by
hand (labels.json: 190 numbered measures, 211 entries with their parts) and 58 business
profiles with the measures each is eligible for, unknown for, or not eligible for and why
(profiles.json) — labelled by readers who had not seen the matcher, but for the last eight,
added with the typed clauses by the matcher's authors (see the README). A profile is matched
against the documents it was labelled on.

The issue's bar is precision ≥ 0.97 on what is offered as met and recall ≥ 0.9. Measured now
(the clauses typed by gongbao.extract.clauses, the profiles' certified/listed/moved_in/projects
read from their events, see the README): nothing is offered as met while its label says a
condition fails, over 14 met offers, all labelled eligible; a document printing no date is
never met (its status is to confirm); 34 of the 37 labelled eligible entries are offered; 24 of the 211
labelled entries are not read as benefits (an article whose amount is spread over its
sentences, a numbered title whose benefit is not under it)."""

from __future__ import annotations

import json
import re
from collections import Counter
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
            # the label's date and window where the page prints one the parse does not read
            "date": doc.date or source.get("date"),
            "valid_from": source.get("valid_from") or doc.valid_from,
            "valid_until": source.get("valid_until") or doc.valid_until,
        }
    return {"labels": labels, "items": items, "docs": docs}


def _find(corpus: dict[str, Any], name: str, starts: str) -> dict[str, Any] | None:
    key = _body(starts)[:8]
    items: list[dict[str, Any]] = corpus["items"][name]
    for f in items:
        if key in _body(f["text"])[:20]:
            return f
    return None


def _outcomes(corpus: dict[str, Any]) -> dict[str, Any]:
    """Per profile and per benefit read: the label (eligible, unknown, or failing) against what
    the matcher says (met, to confirm, not offered). A numbered article labelled in parts
    (第 9 条's four branches) is one benefit: eligible where one part is, failing where all
    are."""
    entries = {
        f"{name}#{lab['no']}" + (f"/{lab['part']}" if lab.get("part") else ""): (name, lab)
        for name, labs in corpus["labels"].items()
        for lab in labs
    }
    out: dict[str, Any] = {"entries": len(entries), "pairs": Counter(), "misses": []}
    out["read"] = sum(1 for n, lab in entries.values() if _find(corpus, n, lab["starts"]))
    profiles = json.loads((HERE / "profiles.json").read_text(encoding="utf-8"))
    rank = {"ineligible": 0, "unknown": 1, "eligible": 2}
    for p in profiles:
        given = {k: v for k, v in p["profile"].items() if k in FIELDS and v is not None}
        names = p.get("documents_considered", [])
        facts = [f for n in names for f in corpus["items"].get(n, [])]
        found = match(Profile.from_dict(given), facts, {n: corpus["docs"][n] for n in names})
        offered = {(r["document"], r["source"]["block"]): r for r in found}
        labelled: dict[tuple[str, str], str] = {}
        for bucket, keys in (
            ("eligible", p.get("eligible", [])),
            ("unknown", p.get("unknown", [])),
            ("ineligible", p.get("ineligible_because", {})),
        ):
            for key in keys:
                name, lab = entries[key]
                f = _find(corpus, name, lab["starts"])
                if f is None:
                    out["pairs"][bucket, "unread"] += 1
                    continue
                at = (name, f["source"]["block"])
                if rank[bucket] > rank[labelled.get(at, "ineligible")] or at not in labelled:
                    labelled[at] = bucket
        for at, bucket in labelled.items():
            r = offered.get(at)
            said = (
                "no"
                if r is None
                else "met"
                if all(c["met"] for c in r["conditions"])
                else "confirm"
            )
            out["pairs"][bucket, said] += 1
            if said == "met" and bucket != "eligible":
                out["misses"].append((p["name"], at, bucket))
    return out


def test_nothing_is_offered_as_met_when_a_stated_condition_fails(corpus: dict[str, Any]) -> None:
    got = _outcomes(corpus)
    pairs = got["pairs"]
    assert pairs["ineligible", "met"] == 0, got["misses"]
    # as measured (2026-12-02): 187 of 211 labelled entries read as benefits or measures;
    # per profile and benefit read (parts of one article as one):
    assert (got["entries"], got["read"]) == (211, 187)
    assert dict(pairs) == {
        # offered as met: 14, all labelled eligible (precision 14/14) — 柳河 第9条 初次认定高企,
        # 新列入省级专精特新 and 初次认定省级企业技术中心, 第10条 牵头制定行业标准, 第14条 新增限上,
        # 第15条 创业板上市, 鹿城 新认定高企, 一、4. 市级绿色企业, 5. 市级农业龙头企业 (two
        # parts), 第六条 自营出口 and 自营进口 (tiers in 美元 and growth), 第八条 首获AEO, 三、2.
        # 资质晋升 (总承包特级, 专业承包一级). 武昌 省级孵化器 is no longer met: its page prints
        # no date, so whether it is still in force is to confirm (document_status), as are the
        # 3 undated 柳河 offers the labels leave unknown (met before)
        ("eligible", "met"): 14,
        # offered to confirm; recall (14 + 20) / 34 read = 1.0 of those read, 34 of the 37
        # labelled eligible entries (0.92)
        ("eligible", "confirm"): 20,
        ("unknown", "confirm"): 39,
        # to confirm though the labels say a condition fails: on the first 53 profiles 616
        # before the clauses were typed, 529 with them, 508 with patents, standards,
        # exhibitions, 美元 figures, growths, 亩均 figures and qualifications typed; 672 on
        # all 58
        ("ineligible", "confirm"): 672,
        ("ineligible", "no"): 432,
        ("unknown", "no"): 1,
        ("eligible", "unread"): 3,
        ("unknown", "unread"): 11,
        ("ineligible", "unread"): 221,
    }
