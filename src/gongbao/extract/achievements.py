"""What a business achieved that a '对…的' clause may ask: patents granted ('获得国内发明专利授权
的，每件…', '授权发明专利3件以上'), standards it led ('牵头制定并新获批国际标准、国家标准、行业标准
的'), exhibitions it took part in ('参加一般性境外展', '参展中国国际茶业博览会…的企业').

Each is typed as the part of the clause it necessarily asks — a patent of the kind, a standard
of one of the levels, having taken part in an exhibition — and the rest of the clause (which
exhibition, a date bound, a region) stays to confirm. A clause offering a choice ('参展或境外商务
活动') is left untyped: one alternative is not necessary.
"""

from __future__ import annotations

import re
from typing import Any

#: a patent granted: '获得国内发明专利授权', '取得发明专利', '授权发明专利3件以上'
_PATENT = re.compile(
    r"(?:(?:获得|取得|新获|新增)(?P<where>国内|国外|境外|美国、日本、欧盟)?"
    r"(?P<kind>发明|实用新型|外观设计)专利(?:授权)?|授权(?P<kind2>发明|实用新型|外观设计)专利)"
    r"(?:(?P<n>\d+)件(?:以上|及以上)?)?"
)
#: a standard led: '牵头制定并新获批国际标准、国家标准、行业标准', '牵头起草国家、行业和地方标准'
_LEVEL = r"(?:国际|国家|行业|地方|团体)"
_STANDARD = re.compile(
    r"(?:牵头|主导|主持)(?:制定|起草|制修订|修订)并?(?P<new>新获批|获批|新)?"
    rf"(?P<levels>{_LEVEL}(?:标准)?(?:[、和及]{_LEVEL}(?:标准)?)*)标准"
)
#: taking part in an exhibition: '参加一般性境外展', '参展中国国际茶业博览会'
_EXHIBITION = re.compile(
    r"(?:参加|参展)(?P<what>[^，,。；;的]{0,40}?)(?:境外展会?|展会|博览会|展销会|交易会|会展|展览会)"
)

#: a clause about who brings others to an exhibition
_LEADS = re.compile(r"组织|组团|带领|推荐|引导|协助")


def achievement_conditions(clause: str) -> tuple[list[dict[str, Any]], str]:
    """The patents, standards and exhibitions a clause asks, and the clause without them."""
    if "或" in clause:
        return [], clause
    out: list[dict[str, Any]] = []
    if (m := _PATENT.search(clause)) is not None:
        out.append(
            {
                "field": "patents",
                "values": [(m.group("kind") or m.group("kind2")) + "专利"],
                "min": int(m.group("n") or 1),
                "where": m.group("where"),
                "text": m.group(0),
            }
        )
        clause = clause.replace(m.group(0), "", 1)
    if (m := _STANDARD.search(clause)) is not None:
        out.append(
            {
                "field": "standards",
                "values": [lv + "标准" for lv in re.findall(_LEVEL, m.group("levels"))],
                "when": "new" if m.group("new") else "event",
                "text": m.group(0),
            }
        )
        clause = clause.replace(m.group(0), "", 1)
    m = _EXHIBITION.search(clause)
    if m is not None and _LEADS.search(clause[: m.start()]):
        m = None  # '组织企业参加…展会的': who took part is another
    if m is not None:
        # which exhibition (境外, 知名, a named fair) is the reader's to confirm
        out.append({"field": "exhibition", "values": [], "text": m.group(0)})
        if not m.group("what"):
            clause = clause.replace(m.group(0), "", 1)
    return out, clause
