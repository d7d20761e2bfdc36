"""An organisation registry built from the issue itself — issuers, joint signatures and the
organisations in appointment positions — and resolved by how Chinese government names
abbreviate: the place prefix drops (上海市静安区 → 区 → nothing), 和/与 drop, 委员会 → 委,
办公室 → 办, 监督管理 → 监管, and an abbreviation keeps its characters in order
(投资促进办公室 → 投资办, 人力资源和社会保障局 → 人力资源社会保障局). A name led by 各
(各功能片区, 各街道) is a group, not one organisation.

One body is one organisation: a name is read as its places (上海市 · 静安区, checked against
the division list), the level a short form keeps (区…) and the organ's own words. Two names
are one body when their organ's words agree and their places do — one place chain ends the
other (静安区… is 上海市静安区…), or a short form's level is its place's. Different places
are different bodies (黄埔区政府 and 南沙区政府); a short form more than one body fits is
left on its own. A meeting, or a congress's or a standing committee's session (…第七次会议,
联席会议), is not an organisation, nor the congress that meets in it; the congress's
常务委员会 (and its committees) are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from gongbao.facts import Organisation

#: the level characters of divisions below a city (a chain may leave out its city)
_LOWER = re.compile(r"[区县旗镇乡]")

_COUNTRY = re.compile(r"^中华人民共和国(?=[\u4e00-\u9fff]{2})")
_SHORT_PREFIX = re.compile(r"^(?:区|市|县|省)(?=[\u4e00-\u9fff]{2})")
#: a congress's or a standing committee's term: 莆田市第八届人民代表大会常务委员会
_TERM = re.compile(r"^第?[一二三四五六七八九十百\d]+[届屆]")
#: a meeting or a session is no organisation (the 政治协商会议, CPPCC, is one); nor is a
#: congress, which acts only in its sessions ('…人民代表大会第七次会议通过' gives the
#: issuer 静安区人民代表大会): its 常务委员会 and committees are the standing bodies
_MEETING = re.compile(r"(?<!政治协商)(?:会议|會議)$|(?:人民代表大会|人大)$")
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


@dataclass(frozen=True, slots=True)
class Reading:
    """A name read as its places (each bare, with its level: 上海市, 静安区, 广安市 · 广安区),
    the level a short form keeps (区市县省) and the organ's own words, abbreviated the usual
    ways (``key``)."""

    places: tuple[str, ...]
    level: str | None
    key: str


def _level(place: str) -> str:
    """The level of a division as a short form names it: 自治区 is a 省, 州 and 盟 are 市."""
    if place.endswith(("省", "自治区", "特别行政区")):
        return "省"
    if place.endswith(("县", "旗")):
        return "县"
    if place.endswith("区"):
        return "区"
    return "市"


def _division(place: str) -> bool:
    """A place of the division list as printed whole: 上海市, 鲤城区, 内蒙古自治区 (not
    '上海静安城市' of a company's name)."""
    # the division list as places.py reads it (a public lookup there would be better)
    from gongbao.structure.places import _divisions, _full_names, bare

    return place in _full_names() or bare(place) in _divisions()[0]


@lru_cache(maxsize=4096)
def read_name(name: str) -> Reading:
    """'上海市静安区人力资源和社会保障局' → (上海市, 静安区), 区, 人力资源社会保障局;
    '区人力资源社会保障局' → (), 区, 人力资源社会保障局."""
    from gongbao.structure.places import PLACE, bare

    rest = re.sub(r"\s+", "", name)
    party = "中共" if rest.startswith("中共") else ""
    rest = rest[len(party) :]
    country = ""
    if m := _COUNTRY.match(rest):
        country, rest = m.group(0), rest[m.end() :]
    places: list[str] = []
    while (m := PLACE.match(rest)) and len(rest) > m.end() and _division(m.group(0)):
        places.append(m.group(0))
        rest = rest[m.end() :]
    level = _level(places[-1]) if places else None
    if not places and (short := _SHORT_PREFIX.match(rest)):
        level, rest = short.group(0), rest[1:]
    rest = _TERM.sub("", rest)
    if len(rest) < 2 and places:  # '(中共)静安区委' is the district's 委, not a 委
        rest = places.pop() + rest
    k = party + rest
    for a, b in _REWRITES:
        k = k.replace(a, b)
    chain = ((country,) if country else ()) + tuple(bare(p) + _level(p) for p in places)
    return Reading(chain, level, k)


def key(name: str) -> str:
    """'上海市静安区人力资源和社会保障局' and '区人力资源社会保障局' → '人力资源社会保障局'."""
    return read_name(name).key


def is_meeting(name: str) -> bool:
    """'静安区第二届人民代表大会第七次会议', '区社会救助联席会议', '静安区人民代表大会': a
    meeting or a congress meeting in session, not a standing body."""
    return _MEETING.search(name) is not None


def _agree(a: Reading, b: Reading) -> bool:
    """Whether two readings can name one body: one place chain ends the other, and a short
    form's level is the level of the other's place."""
    if a.places and b.places:
        short, long = sorted((a.places, b.places), key=len)
        return long[len(long) - len(short) :] == short
    return a.level is None or b.level is None or a.level == b.level


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


@lru_cache(maxsize=4096)
def _slug(name: str) -> str:
    from gongbao.pinyin import lazy_pinyin

    return re.sub(r"[^a-z0-9]+", "", "".join(lazy_pinyin(name)).lower())[:40] or "org"


@dataclass
class Registry:
    orgs: dict[str, Organisation] = field(default_factory=dict)
    #: the organ's words → the organisations they name (one for each place)
    by_key: dict[str, list[str]] = field(default_factory=dict)
    readings: dict[str, Reading] = field(default_factory=dict)
    #: the places of the first name read with any (the issue's own government, as its first
    #: document's issuer): its bodies' ids are their organ's words, another place's say it
    home: tuple[str, ...] = ()
    #: every body's id says its place (documents published alone share one namespace in
    #: the store: 宿州市人民政府 and 武汉市人民政府 must not both be 'zhengfu' there)
    qualify: bool = False
    #: the gazette's key every id starts with ('jingan/zhengfu'): the ids `gongbao parse`
    #: prints are the ids the store keeps, and two gazettes' 区政府 are two bodies
    prefix: str = ""

    def _id(self, slug: str) -> str:
        return f"{self.prefix}/{slug}" if self.prefix else slug

    def add(self, name: str) -> str:
        """The id of the body a printed name refers to, added if new; '' for no name and
        for a meeting."""
        name = "".join(name.split()).strip("，,、；;。")
        if not name or is_meeting(name):
            return ""
        if name.startswith("各"):
            return self._put(name, "group", Reading((), None, key(name)))
        reading = read_name(name)
        self.home = self.home or reading.places
        found = self._same(name, reading)
        if found is None and not reading.places:
            found = self._abbreviation_of(reading)
        if found is None:
            return self._put(name, "organisation", reading)
        org, known = self.orgs[found], self.readings[found]
        if name not in org.aliases and name != org.name:
            org.aliases.append(name)
        if len(reading.places) > len(known.places):
            self.readings[found] = reading  # the fuller place chain decides from now on
        if len(name) > len(org.name) and not name.startswith("区"):
            org.aliases.append(org.name)
            org.aliases.remove(name)
            org.name = name
        return found

    def _same(self, name: str, reading: Reading) -> str | None:
        """The one known body with the same organ words whose places agree; None if none or
        more than one (a bare 区人民政府 where two districts' are known is left alone)."""
        oids = [o for o in self.by_key.get(reading.key, []) if self.orgs[o].kind == "organisation"]
        printed = [o for o in oids if name == self.orgs[o].name or name in self.orgs[o].aliases]
        if printed:
            return printed[0]  # a name seen before is the body it was then
        hits = [oid for oid in oids if _agree(reading, self.readings[oid])]
        return hits[0] if len(hits) == 1 else None

    def _put(self, name: str, kind: str, reading: Reading) -> str:
        if kind == "group" and reading.key in self.by_key:
            return self.by_key[reading.key][0]
        oid = self._id(_slug(reading.key))
        home = Reading(self.home, None, reading.key)
        if self.qualify and reading.places and self.home:
            # a document published alone: the whole chain down from its own top place, so
            # that 广州's 黄埔区政府 and 上海's 黄浦区政府 (one pinyin) stay two in the store
            chain = list(reading.places)
            if self.home[0] not in chain and _LOWER.search(chain[0][-1:]):
                chain.insert(0, self.home[0])
            oid = self._id(_slug("".join(p[:-1] for p in chain) + reading.key))
        elif reading.places and (self.qualify or oid in self.orgs or not _agree(reading, home)):
            # another place's: 南沙 + 政府, or its whole chain: 广安 + 广安 + 政府办
            oid = self._id(_slug(reading.places[-1][:-1] + reading.key))
            if oid in self.orgs:
                oid = self._id(_slug("".join(p[:-1] for p in reading.places) + reading.key))
        elif self.qualify and not reading.places and self.home and kind == "organisation":
            # '市经贸委' in a document published alone is its own city's: the place of the
            # document's first issuer, or it would be every city's 市经贸委 in the store
            oid = self._id(_slug(self.home[-1][:-1] + reading.key))
        base, n = oid, 2
        while oid in self.orgs:
            oid, n = f"{base}{n}", n + 1
        self.orgs[oid] = Organisation(oid, name, [], kind)
        self.by_key.setdefault(reading.key, []).append(oid)
        self.readings[oid] = reading
        return oid

    def _abbreviation_of(self, reading: Reading) -> str | None:
        """The one known organisation whose key this key abbreviates (or is abbreviated by),
        at a place that agrees."""
        k = reading.key
        if len(k) < 2:
            return None
        known = [
            (other, oid)
            for other, oids in self.by_key.items()
            for oid in oids
            if other != k
            and self.orgs[oid].kind == "organisation"
            and _agree(reading, self.readings[oid])
        ]
        hits = {
            oid
            for other, oid in known
            if k[0] == other[0]
            and (k[-1] == other[-1] or k[-1] not in _TYPE_CHARS)
            and _subsequence(k, other)
        }
        if not hits and len(k) >= 4:
            # a company named without its city: 静安资本 in 上海静安资本投资运营有限公司
            hits = {oid for other, oid in known if k in other}
        return hits.pop() if len(hits) == 1 else None

    def resolve(self, name: str) -> str:
        """The id of the organisation a printed name refers to (added if new)."""
        return self.add(name)

    def items(self) -> list[Organisation]:
        return list(self.orgs.values())
