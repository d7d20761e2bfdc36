"""What a business has obtained and when — certifications and titles, listings, its arrival in
the place — checked against the typed conditions of a benefit's clauses
(gongbao.extract.clauses): '首次认定为国家高新技术企业', '在主板上市', '新引进的…企业'.

A profile states them as ``certified`` ({name: day or year first obtained}), ``listed``
({board: day}), ``projects`` ({what: day begun}: investments, constructions, technical
transformations it carries out) and ``moved_in`` (the day it came to the place, its founding
day when founded there). Given, ``certified``, ``listed`` and ``projects`` are complete, like
``certifications``: what they do not name did not happen.

'New' (首次, 初次, 新, 当年) is read as: obtained in the year asked about or the year before
(a reward is claimed the year after the certification at the latest) — met; three years or
more before — not new; the year between is left to confirm.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from gongbao.extract.clauses import CERTIFIED, DEFAULT_LEVEL

if TYPE_CHECKING:
    from gongbao.matching import Profile

_PATTERNS = {name: re.compile(p) for name, p in CERTIFIED.items()}
#: names a business holds by statistics, not by a certificate: the list of certifications
#: does not say them, only ``certified`` (or a size of 规上) does
_STATISTICAL = frozenset({"规模以上", "限额以上"})


def year_of(day: str | int | None) -> int | None:
    if day is None or day == "":
        return None
    return int(str(day)[:4])


def recent(day: str | int | None, as_of: str, new: bool = True) -> bool | None:
    """Whether something obtained on ``day`` is new on ``as_of`` (see the module's docstring);
    ``new`` False: an old one is unknown rather than failed (a listing reward may come late)."""
    year = year_of(day)
    if year is None:
        return None
    if str(day) > as_of[: len(str(day))]:
        return False  # not yet obtained
    asked = date.fromisoformat(as_of).year
    if year >= asked - 1:
        return True
    return False if new and year <= asked - 3 else None


#: a level a held certification names: '省级…', '温州市级…', '国家高新技术企业', '省服务业…'
_HELD_LEVEL = re.compile(r"(国家|省|市|区|县)级|^(国家|省)")


def _level(held: str, name: str) -> str | None:
    if (m := _HELD_LEVEL.search(held)) is not None:
        return m.group(1) or m.group(2)
    return DEFAULT_LEVEL.get(name)


def certified_met(condition: dict[str, Any], profile: Profile) -> bool | None:
    """A certification or title asked, at its levels and, where new, by when it was obtained."""
    certified = profile.certified
    held = {c: None for c in profile.certifications or []} | dict(certified or {})
    results: list[bool | None] = []
    for name in condition["values"]:
        complete = certified is not None or (
            profile.certifications is not None and name not in _STATISTICAL
        )
        # a name of the table by its patterns; another title where a held one contains it
        pattern = _PATTERNS.get(name) or re.compile(re.escape(name))
        found = [h for h in held if pattern.search(h)]
        if not found:
            if name == "规模以上" and profile.size == "规上":
                results.append(None)  # 规上 now: since when is not said
            else:
                results.append(False if complete else None)
            continue
        for h in found:
            level = _level(h, name)
            at_level = (
                True
                if not condition["levels"]
                else None
                if level is None
                else level in condition["levels"]
            )
            day = held[h]
            if day is not None and str(day) > profile.as_of[: len(str(day))]:
                results.append(False)  # obtained after the day asked about
                continue
            when = condition.get("when", "held")
            in_time = True if when == "held" else recent(day, profile.as_of, when == "new")
            results.append(_all([at_level, in_time]))
    return _any(results)


def listed_met(condition: dict[str, Any], profile: Profile) -> bool | None:
    if profile.listed is None:
        return None
    boards = condition["values"]
    on = [
        day
        for board, day in profile.listed.items()
        if not boards or any(b in board or board in b for b in boards)
    ]
    if not on:
        return False
    return _any([recent(day, profile.as_of, new=False) for day in on])


def project_met(condition: dict[str, Any], profile: Profile) -> bool | None:
    """A project asked for: none in the profile's projects fails; one there is still to be
    confirmed as the kind asked for."""
    if profile.projects is None:
        return None
    return None if profile.projects else False


def qualification_met(condition: dict[str, Any], profile: Profile) -> bool | None:
    """A qualification newly raised to a grade asked ('总承包…资质晋升为特级、一级'): one held
    (``certified``) of that kind and one of those grades, obtained this year or last."""
    if profile.certified is None:
        return None
    kind = condition["values"][0]
    results = [
        recent(day, profile.as_of)
        for held, day in profile.certified.items()
        if kind in held and "资质" in held and any(g in held for g in condition["grades"])
    ]
    return _any(results) if results else False


def patents_met(condition: dict[str, Any], profile: Profile) -> bool | None:
    """Patents of the kind granted in the year asked about (``patents``: {kind: count})."""
    if profile.patents is None:
        return None
    have = profile.patents.get(condition["values"][0], 0)
    if have < condition["min"]:
        # none anywhere is none at home; some may still be fewer than asked at home
        return False if have == 0 or not condition.get("where") else None
    return None if condition.get("where") else True


def standards_met(condition: dict[str, Any], profile: Profile) -> bool | None:
    """A standard led at one of the levels asked (``standards``: {'国家标准': day approved})."""
    if profile.standards is None:
        return None
    when = condition.get("when", "event")
    results = [
        recent(day, profile.as_of) if when == "new" else _passed(day, profile.as_of)
        for level, day in profile.standards.items()
        if level in condition["values"]
    ]
    return _any(results) if results else False


def exhibition_met(condition: dict[str, Any], profile: Profile) -> bool | None:
    """An exhibition taken part in: none (``exhibitions`` given and empty) fails; which one
    it was is the reader's to confirm."""
    if profile.exhibitions is None:
        return None
    return None if profile.exhibitions else False


def _passed(day: str, as_of: str) -> bool | None:
    if not day:
        return True
    return str(day) <= as_of[: len(str(day))]


def moved_in_met(condition: dict[str, Any], profile: Profile) -> bool | None:
    return recent(profile.moved_in, profile.as_of)


def _all(results: list[bool | None]) -> bool | None:
    if any(r is False for r in results):
        return False
    return True if all(r is True for r in results) else None


def _any(results: list[bool | None]) -> bool | None:
    if any(r is True for r in results):
        return True
    return False if results and all(r is False for r in results) else None


def any_met(condition: dict[str, Any], check: Any) -> bool | None:
    """One of an article's clauses met in full: met; every clause failing: failed."""
    return _any([_all([check(c) for c in branch]) for branch in condition["branches"]])
