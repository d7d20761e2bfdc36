"""Matching a business's or a person's profile against the measures in force: which apply,
which conditions are met, which are unknown (ask the user) and which fail.

A measure is offered when none of its stated conditions fails and the day asked about lies in
its document's validity window; conditions the profile does not answer stay unknown
(``met: null``), never assumed. Offered measures are ranked by conditions met, then by fewer
unknown. Conditions come from gongbao.extract.eligibility; what a business obtained and when
(certified, listed, projects, moved_in) is checked by gongbao.milestones, a size not stated
is computed by the 2011 standard (gongbao.sizes), and a draft's measures keep whether it came
into force to confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from gongbao.errors import InputError
from gongbao.extract.eligibility import SECTORS, industry_matches
from gongbao.extract.trade_figures import tier_reached
from gongbao.milestones import (
    any_met,
    certified_met,
    exhibition_met,
    listed_met,
    moved_in_met,
    patents_met,
    project_met,
    qualification_met,
    standards_met,
)
from gongbao.profile_input import QUERY_FIGURES, counts, dated, figures_of
from gongbao.script import to_simplified
from gongbao.sizes import size_of

#: the sizes a profile may state, and the size words of measures each satisfies (None: the
#: profile's size does not tell)
SIZES: dict[str, dict[str, bool | None]] = {
    "大型": {"中小微": False, "小微": False, "规上": None},
    "中型": {"中小微": True, "小微": False, "规上": None},
    "小型": {"中小微": True, "小微": True, "规上": None},
    "微型": {"中小微": True, "小微": True, "规上": False},
    "中小微": {"中小微": True, "小微": None, "规上": None},
    "规上": {"中小微": None, "小微": None, "规上": True},
}
KINDS = ("企业", "金融机构", "专业服务机构", "社会组织", "科研机构", "医疗机构", "个人", "人才")
#: kinds of beneficiary that are companies: a measure for 企业 is for them too
_COMPANIES = frozenset({"金融机构", "专业服务机构"})
FIELDS = (
    "place",
    "industry",
    "kind",
    "size",
    "founded",
    "certifications",
    "figures",
    "as_of",
    "certified",
    "listed",
    "moved_in",
    "projects",
    "patents",
    "standards",
    "exhibitions",
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ufffe\uffff]")
#: a place's last level ('上海市静安区' → 静安区) and its level word
_DIVISION = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:自治州|自治县|新区|省|市|区|县|旗|州)$")


@dataclass
class Profile:
    place: str | None = None
    industry: str | None = None
    kind: str | None = None
    size: str | None = None
    founded: str | None = None
    certifications: list[str] | None = None
    #: figures of the last year in 万元, by name (营业收入, 纳税, 投资额), 从业人员 in 人,
    #: figures in 美元 kept in 万美元 ('自营出口额（万美元）') and growths over the year before
    #: in % ('自营出口额增幅', from {'自营出口额增幅': {'value': 15, 'unit': '%'}})
    figures: dict[str, float] | None = None
    as_of: str = field(default_factory=lambda: date.today().isoformat())
    #: what was obtained and when ({'高新技术企业': '2024-12-01'} or a year), complete when
    #: given; the stock exchanges it is listed on ({'主板': '2021-06-01'}, {} for none); the
    #: day it came to the place (gongbao.milestones)
    certified: dict[str, str] | None = None
    listed: dict[str, str] | None = None
    moved_in: str | None = None
    #: the projects it carries out ({what: day begun}), complete when given
    projects: dict[str, str] | None = None
    #: patents granted in the year asked about, by kind ({'发明专利': 2}); the standards it
    #: led, by level, with the day approved ({'国家标准': '2024-05-01'}); the exhibitions it
    #: took part in ({'境外': '2019-10-12'}) — each complete when given
    patents: dict[str, int] | None = None
    standards: dict[str, str] | None = None
    exhibitions: dict[str, str] | None = None

    @property
    def size_known(self) -> str | None:
        """The size stated, or computed from the industry and figures by the 2011 standard."""
        return self.size or size_of(self.industry, self.figures)

    @classmethod
    def from_query(cls, **asked: Any) -> Profile:
        """A profile from a form's or a URL's fields, the empty ones left out; the figures
        given as fields of their own (``QUERY_FIGURES``: revenue=, staff= …) go into
        ``figures``."""
        figures = {
            QUERY_FIGURES[k][0]: {"value": v, "unit": QUERY_FIGURES[k][1]}
            for k, v in asked.items()
            if k in QUERY_FIGURES and v not in (None, "")
        }
        data = {k: v for k, v in asked.items() if v and k not in QUERY_FIGURES}
        return cls.from_dict({**data, "figures": figures} if figures else data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        """A profile from JSON or query parameters; one clear error for a bad field."""
        unknown = sorted(set(data) - set(FIELDS))
        if unknown:
            raise InputError(f"unknown profile field(s): {', '.join(unknown)}")
        for key, value in data.items():
            texts = value if isinstance(value, list) else [value]
            if any(isinstance(t, str) and _CONTROL.search(t) for t in texts):
                raise InputError(f"profile field {key}: holds control characters")
        out = cls()
        for key in ("place", "industry", "kind", "size", "founded"):
            value = data.get(key)
            if value in (None, ""):
                continue
            if not isinstance(value, str) or len(value) > 40:
                raise InputError(f"profile field {key}: a text of at most 40 characters")
            setattr(out, key, to_simplified(value.strip()))
        if out.kind is not None and out.kind not in KINDS:
            raise InputError(f"profile field kind: one of {'、'.join(KINDS)}")
        if out.size is not None and out.size not in SIZES:
            raise InputError(f"profile field size: one of {'、'.join(SIZES)}")
        certs = data.get("certifications")
        if isinstance(certs, str):
            certs = [c for c in re.split(r"[,，、;；\s]+", certs) if c]
        if certs is not None:
            if not isinstance(certs, list) or not all(isinstance(c, str) for c in certs):
                raise InputError("profile field certifications: a list of names")
            out.certifications = [to_simplified(c) for c in certs]
        figures = data.get("figures")
        if figures is not None:
            out.figures = figures_of(figures)
        if data.get("patents") not in (None, ""):
            out.patents = counts(data["patents"])
        for key in ("certified", "listed", "projects", "standards", "exhibitions"):
            if data.get(key) not in (None, ""):  # an empty CSV cell or form field: not said
                setattr(out, key, dated(key, data[key]))
        for key in ("founded", "as_of", "moved_in"):
            value = data.get(key)
            if value in (None, ""):
                continue
            try:
                date.fromisoformat(str(value))
            except ValueError:
                raise InputError(f"profile field {key}: a date (YYYY-MM-DD)") from None
            setattr(out, key, str(value))
        return out


def _division(place: str) -> str:
    m = _DIVISION.search(place)
    return m.group(0) if m else place


def place_met(wanted: str, place: str | None) -> bool | None:
    """A profile's place against a measure's jurisdiction: the same division is met, another
    division of the same level fails, a place that does not say (a city for a district's
    measure) is unknown."""
    if not place:
        return None
    here = _division(to_simplified(place))
    if here == wanted or place.endswith(wanted) or (len(wanted) >= 3 and wanted[:-1] in here):
        return True  # 阿坝州 is 阿坝藏族羌族自治州
    if here[-1:] == wanted[-1:]:
        return False
    return None


def check(condition: dict[str, Any], profile: Profile) -> bool | None:
    fld, values = condition["field"], condition["values"]
    if fld == "place":
        return place_met(values[0], profile.place)
    if fld == "industry":
        if not profile.industry:
            return None
        return any(industry_matches(s, profile.industry) for s in values if s in SECTORS)
    if fld == "kind":
        if profile.kind is None:
            return None
        # a bank, an insurer or a law firm is a business too: '企业' includes them; a
        # '经营主体' is any market entity (a cooperative too), a person only as a 个体工商户
        if profile.kind in values or ("企业" in values and profile.kind in _COMPANIES):
            return True
        if "经营主体" in values:
            return None if profile.kind in ("个人", "人才") else True
        return False
    if fld == "size":
        size = profile.size_known
        return None if size is None else SIZES[size].get(values[0])
    if fld == "other":  # conditions as printed, for the reader to confirm
        return None
    if fld == "certified":
        return certified_met(condition, profile)
    if fld == "listed":
        return listed_met(condition, profile)
    if fld == "moved_in":
        return moved_in_met(condition, profile)
    if fld == "project":
        return project_met(condition, profile)
    if fld == "patents":
        return patents_met(condition, profile)
    if fld == "standards":
        return standards_met(condition, profile)
    if fld == "exhibition":
        return exhibition_met(condition, profile)
    if fld == "qualification":
        return qualification_met(condition, profile)
    if fld == "growth":
        rate = (profile.figures or {}).get(values[0])
        return None if rate is None else bool(rate >= condition["min"])
    if fld == "any":
        return any_met(condition, lambda c: check(c, profile))
    if fld == "threshold":
        have = (profile.figures or {}).get(values[0])
        if have is None:
            return None
        if "max" in condition:
            return bool(have <= condition["max"])
        return bool(have >= condition["min"])
    if fld == "founded":
        if profile.founded is None:
            return None
        start = date.fromisoformat(profile.founded)
        day = date.fromisoformat(profile.as_of)
        try:
            limit = start.replace(year=start.year + condition["years"])
        except ValueError:  # founded on 29 February
            limit = start.replace(year=start.year + condition["years"], day=28)
        return start <= day < limit
    if fld == "certifications":
        if profile.certifications is None:
            return None
        return any(v in c or c in v for v in values for c in profile.certifications)
    return None


#: a draft's measures are not yet in force: 征求意见稿, 草案, 送审稿
_DRAFT = re.compile(r"征求意见稿|草案|送审稿")
_DRAFT_CONDITION = {"field": "document", "values": ["征求意见稿"], "text": "文件为草案或征求意见稿"}
#: a document printing no date and no validity may have been repealed or replaced by a later
#: version: whether it is still in force is the reader's to confirm (never met)
_UNDATED_CONDITION = {
    "field": "document_status",
    "values": ["未注明日期"],
    "text": "文件未注明日期，请确认仍然有效",
}


def undated(doc: dict[str, Any]) -> bool:
    return not (doc.get("date") or doc.get("valid_from") or doc.get("valid_until"))


def in_force(doc: dict[str, Any], day: str) -> bool:
    start = doc.get("valid_from") or doc.get("date")
    until = doc.get("valid_until")
    return not ((start and day < start) or (until and day > until))


def offers(rule: dict[str, Any]) -> bool:
    """Whether a measure offers something to someone: it names who benefits, a sector or a
    benefit. A task the government sets itself ('建立统筹协调的工作推进机制') names none."""
    return bool(rule.get("benefit")) or any(c["field"] != "place" for c in rule["conditions"])


def _tier(conditions: list[dict[str, Any]], profile: Profile) -> dict[str, Any] | None:
    """The tier of a tiered figure the profile reaches, with the amount it gives ('自营出口额
    1200万美元' → {'min': 1000, 'amount': '5万元'}); None where none is reached or known."""
    for c in conditions:
        if c["field"] == "any":
            found = next((t for b in c["branches"] if (t := _tier(b, profile)) is not None), None)
        elif c["field"] == "threshold" and c.get("tiers"):
            figure = (profile.figures or {}).get(c["values"][0])
            found = tier_reached(c, figure)
            if found is not None:
                found = {"figure": c["values"][0], **found}
        else:
            found = None
        if found is not None:
            return found
    return None


def match(
    profile: Profile, measures: list[dict[str, Any]], documents: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """The measures that apply to ``profile`` on its day, best first. Conditions repeat across
    measures (the same place, the same sectors), so each distinct one is checked once."""
    out = []
    seen: dict[tuple[Any, ...], bool | None] = {}
    in_day: dict[str, bool] = {}
    for m in measures:
        rule = m.get("eligibility")
        doc = documents.get(m["document"])
        if not rule or doc is None:
            continue
        day_ok = in_day.get(m["document"])
        if day_ok is None:
            day_ok = in_day[m["document"]] = in_force(doc, profile.as_of)
        if not day_ok or not offers(rule):
            continue
        mets = []
        asked = rule["conditions"]
        if _DRAFT.search(doc.get("title") or ""):
            asked = [*asked, _DRAFT_CONDITION]  # whether it came into force, to confirm
        if undated(doc):
            asked = [*asked, _UNDATED_CONDITION]  # whether still in force, to confirm
        for c in asked:
            # a threshold's or an age's bound is part of what it asks: 营业收入 ≥ 1亿 is not
            # 营业收入 ≥ 5000万
            key = (
                c["field"],
                tuple(c["values"]),
                c.get("min"),
                c.get("max"),
                c.get("years"),
                tuple(c.get("levels", ())),
                tuple(c.get("grades", ())),
                c.get("where"),
                c.get("when"),
                id(c) if c["field"] == "any" else None,  # its branches are its own
            )
            if key not in seen:
                seen[key] = check(c, profile)
            if seen[key] is False:
                break
            mets.append(seen[key])
        else:
            conditions = [{**c, "met": v} for c, v in zip(asked, mets, strict=True)]
            met = sum(v is True for v in mets)
            unknown = sum(v is None for v in mets)
            out.append(
                (
                    (-met, unknown, m["document"], m["source"].get("line") or 0),
                    {
                        "measure": f"{m['document']}#{m['source']['block']}",
                        "document": m["document"],
                        "document_title": doc.get("title"),
                        "title": m["title"],
                        "conditions": conditions,
                        "benefit": rule.get("benefit"),
                        "tier": _tier(asked, profile),
                        "responsible": m["responsible"],
                        "valid_until": doc.get("valid_until"),
                        "source": m["source"],
                    },
                )
            )
    out.sort(key=lambda pair: pair[0])
    return [item for _, item in out]
