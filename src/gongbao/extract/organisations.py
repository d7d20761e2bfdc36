"""An organisation registry built from the issue itself — issuers, joint signatures and the
organisations in appointment positions — and resolved by how Chinese government names
abbreviate: the place prefix drops (上海市静安区 → 区 → nothing), 和/与 drop, 委员会 → 委,
办公室 → 办, 监督管理 → 监管, and an abbreviation keeps its characters in order
(投资促进办公室 → 投资办, 人力资源和社会保障局 → 人力资源社会保障局). A name led by 各
(各功能片区, 各街道) is a group, not one organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from gongbao.facts import Organisation

_PLACE = re.compile(
    r"^(?:中共)?(?:[^\s区县市省]{2,3}?(?:省|自治区|市))?(?:[\u4e00-\u9fff]{2,4}?(?:新区|区|县|市))?"
)
_SHORT_PREFIX = re.compile(r"^(?:区|市|县|省)(?=[\u4e00-\u9fff]{2})")
_REWRITES = [
    ("委员会", "委"),
    ("办公室", "办"),
    ("监督管理", "监管"),
    ("和", ""),
    ("与", ""),
    ("及", ""),
    ("人民政府", "政府"),
]
_TYPE_CHARS = "局委办厅院部中心室处所站队会社府司"


def key(name: str) -> str:
    """'上海市静安区人力资源和社会保障局' and '区人力资源社会保障局' → '人力资源社会保障局'."""
    k = re.sub(r"\s+", "", name)
    stripped = _PLACE.sub("", k)
    k = stripped if len(stripped) >= 2 and stripped != k else _SHORT_PREFIX.sub("", k)
    for a, b in _REWRITES:
        k = k.replace(a, b)
    return k


def _full(name: str) -> bool:
    """A name printed with its place ('上海市静安区…', '静安区…'): an official full name,
    never an abbreviation of another."""
    m = _PLACE.match(name)
    return m is not None and len(m.group(0)) >= 2


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


@lru_cache(maxsize=4096)
def _slug(name: str) -> str:
    from pypinyin import lazy_pinyin

    return re.sub(r"[^a-z0-9]+", "", "".join(lazy_pinyin(name)).lower())[:40] or "org"


@dataclass
class Registry:
    orgs: dict[str, Organisation] = field(default_factory=dict)
    by_key: dict[str, str] = field(default_factory=dict)

    def add(self, name: str) -> str:
        name = re.sub(r"\s+", "", name).strip("，,、；;。")
        if not name:
            return ""
        if name.startswith("各"):
            return self._put(name, "group", key(name))
        k = key(name)
        found = self.by_key.get(k) or (None if _full(name) else self._abbreviation_of(k))
        if found:
            org = self.orgs[found]
            if name not in org.aliases and name != org.name:
                org.aliases.append(name)
            if len(name) > len(org.name) and not name.startswith("区"):
                org.aliases.append(org.name)
                org.aliases.remove(name)
                org.name = name
            return found
        return self._put(name, "organisation", k)

    def _put(self, name: str, kind: str, k: str) -> str:
        if k in self.by_key:
            return self.by_key[k]
        oid = _slug(k)
        base, n = oid, 2
        while oid in self.orgs:
            oid, n = f"{base}{n}", n + 1
        self.orgs[oid] = Organisation(oid, name, [], kind)
        self.by_key[k] = oid
        return oid

    def _abbreviation_of(self, k: str) -> str | None:
        """The one known organisation whose key this key abbreviates (or is abbreviated by)."""
        if len(k) < 2:
            return None
        hits = {
            oid
            for other, oid in self.by_key.items()
            if other != k
            and k[0] == other[0]
            and self.orgs[oid].kind == "organisation"
            and (k[-1] == other[-1] or k[-1] not in _TYPE_CHARS)
            and _subsequence(k, other)
        }
        if not hits and len(k) >= 4:
            # a company named without its city: 静安资本 in 上海静安资本投资运营有限公司
            hits = {
                oid
                for other, oid in self.by_key.items()
                if k in other and self.orgs[oid].kind == "organisation"
            }
        return hits.pop() if len(hits) == 1 else None

    def resolve(self, name: str) -> str:
        """The id of the organisation a printed name refers to (added if new)."""
        return self.add(name)

    def items(self) -> list[Organisation]:
        return list(self.orgs.values())
