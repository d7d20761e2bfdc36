"""The 主送机关 line and the addressees it names."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from gongbao.structure.zones import SALUTATION

#: what always separates two addressees
_PARTS = re.compile(r"[，,；;]")


def split_addressees(text: str) -> list[str]:
    """'区政府各委、办、局，各街道办事处、彭浦镇政府：' → three addressees.

    ，and ； always separate addressees; 、 does, except
    - inside brackets ('教育厅（教委、教育局）') and in a run of one-character units (委、办、局);
    - after a bare level ('各乡、镇人民政府', '各县（市、区）、某某管委会财政局'), which names
      no body alone (unless a new collective follows: '各镇、各县直相关部门');
    - before a body that names no one of its own — no 各, 有关, place or organ before it
      ('各县（区）人民政府、法院', '某某财政局、农业农村局'): it shares the name before it."""
    out: list[str] = []
    text = text.removeprefix("尊敬的")  # (a courtesy, no part of the name: '尊敬的某某代表：')
    for part in _PARTS.split(text.rstrip("：: ")):
        if _MEMBERS.fullmatch(part.strip()):
            # deputies or members by name ('刘某某、王某某代表'): one addressee each
            out.extend(p.strip() for p in part.split("、"))
            continue
        pieces = [p.strip() for p in _split_top(part) if p.strip()]
        if _each_has_organ(pieces):
            # places, zones or towns listed before the organ each has, named after the last
            # ('高新区、工业园区管委会', '滨海新区、北辰区、武清区政府'): one addressee
            out.append("、".join(pieces))
            continue
        current = last = ""
        for piece in pieces:
            if not current:
                current = piece
            elif (
                len(piece) == 1
                or (_BARE_LEVEL.match(last) and not piece.startswith(("各", "有关", "有關")))
                or not (
                    _ADDRESSEE_END.search(current)
                    or _UNIT_END.search(current)
                    or _AREAS.match(current)
                    or _EACH_VILLAGE.fullmatch(current)
                )
                or not (
                    _OWN_NAME.match(piece)
                    or _opens_with_place(piece)
                    or _placed_company(piece)
                    or _placed_zone(piece)
                )
                # (zones listed before the committee that is named after the last of them:
                # '冶金工业园、…示范园区、双山香山旅游度假区管委会' is one)
                or (last.endswith(("区", "园", "區", "園")) and _SHARED_COMMITTEE.search(piece))
            ):
                current += "、" + piece
            else:
                out.append(current)
                current = piece
            last = piece
        if current:
            out.append(current)
    return out


#: deputies or members a reply answers, by name: '贺某某、佟某某委员' (no level, no body: '各县、
#: 区代表' is none)
_MEMBERS = re.compile(
    r"(?:(?!各|有关)[\u4e00-\u9fff]{2,4}(?<![省市县区镇乡旗])、)*"
    r"(?!各|有关|全体|列席|与会)[\u4e00-\u9fff]{2,4}(?<!人大|政协)(?:等\d{0,3}[位名]?)?(?:委员|代表)"
)


def _each_has_organ(pieces: list[str]) -> bool:
    """Whether the pieces list places, zones or towns and then the organ each of them has,
    named after the last: one addressee. Zones before the 管委会 each has ('高新区、工业园区
    管委会') or another organ ('某开发区、某高新区、某度假区财政和资产管理局'); districts before
    their governments ('滨海新区、北辰区、武清区政府'); towns before theirs ('丁蜀镇、湖父镇人民
    政府') or another organ ('盛泽镇、平望镇财政和资产管理办公室'); a level's places and the zones
    after them ('…各设区市、某某示范区、某某新区、某某市税务局')."""
    if len(pieces) < 2:
        return False
    last, listed = pieces[-1], pieces[:-1]
    if any(organ(last) and all(map(each, listed)) for each, organ in _LISTED_THEN_ORGAN):
        return True
    return (
        len(pieces) > 2
        and _EACH_LEVEL_END.search(pieces[0]) is not None
        and (_places_then_organ(pieces))
    )


def _places_then_organ(pieces: list[str]) -> bool:
    """After a level's places, zones or places alone, then the organ each has named after the
    last of them ('某某市税务局', '某某经开区商务主管部门'), and the bodies that name no one of
    their own after it ('财政局'): each of them the places'."""
    at = next((k for k in range(1, len(pieces)) if not _AREA_ALONE.fullmatch(pieces[k])), None)
    if at is None or at == 1:
        return False
    organ = pieces[at]
    return (
        (_opens_with_place(organ) or _ZONE_ORGAN.match(organ) is not None)
        and _ADDRESSEE_END.search(organ) is not None
        and all(
            _ADDRESSEE_END.search(p) and not _OWN_NAME.match(p) and not _opens_with_place(p)
            for p in pieces[at + 1 :]
        )
    )


#: a development zone named alone: '某某开发区', '某某度假区'
_ZONE = re.compile(
    r"(?!各)[\u4e00-\u9fff]{2,10}?(?:新区|新區|开发区|開發區|经开区|經開區|高新区|高新區|园区|園區"
    r"|度假区|度假區)"
)
#: a zone's organ named after the zone: '某某经开区商务主管部门'
_ZONE_ORGAN = re.compile(_ZONE.pattern + r"[\u4e00-\u9fff]{2,}")
#: a town's organ other than its government: '某某镇财政和资产管理办公室'
_TOWN_ORGAN = re.compile(r"(?!各)[\u4e00-\u9fff]{1,6}?[镇鎮乡鄉][\u4e00-\u9fff]{2,20}")
#: a level's places, each of them, ending a list's first piece: '各设区市', '各市(区)',
#: '各区县(自治县)'
_EACH_LEVEL_END = re.compile(
    r"各(?:设区的?)?(?:[市县区州盟旗縣區]|区县|區縣)(?:[(（][^()（）]{1,8}[)）])?$"
)
#: a place or a zone named alone, no organ of it: '某某示范区', '某某新区', '某某市'
_AREA_ALONE = re.compile(r"[一-鿿]{2,8}(?:示范区|新区|开发区|示範區|新區|開發區|市|县|区|縣|區)")
#: a town named alone, and a town's government: '丁蜀镇', '湖父镇人民政府'
_TOWN = re.compile(r"[\u4e00-\u9fff]{1,6}[镇鎮乡鄉]")
_TOWN_GOVERNMENT = re.compile(r"[\u4e00-\u9fff]{1,6}[镇鎮乡鄉](?:人民政府|政府)")
#: a district's or a county's government: '武清区政府', '某县人民政府'
_AREA_GOVERNMENT = re.compile(r"(?!各)[\u4e00-\u9fff]{1,8}[市县区縣區旗](?:人民政府|政府)")


def _zone_named(piece: str) -> bool:
    return piece.endswith("区")  # (before a 管委会 named after the last zone)


def _area_alone(piece: str) -> bool:
    return _AREA_ALONE.fullmatch(piece) is not None and not piece.startswith("各")


def _town_alone(piece: str) -> bool:
    return _TOWN.fullmatch(piece) is not None and not piece.startswith("各")


def _town_organ(piece: str) -> bool:
    return (_TOWN_GOVERNMENT.fullmatch(piece) or _TOWN_ORGAN.fullmatch(piece)) is not None


#: the committee a list of development zones shares ('…经开区、某某创新城管委会'), and one
#: named after the last of them ('…高新区、工业园区管委会')
_COMMITTEE = re.compile(r"(?:管委会|管理委员会)(?:[(（][^()（）]*[)）])?$")
_SHARED_COMMITTEE = re.compile(r"(?:区|园区|新区)" + _COMMITTEE.pattern)
#: (each piece listed before the last, the last): the kinds of list ``_each_has_organ`` reads
_LISTED_THEN_ORGAN: tuple[tuple[Callable[[str], object], Callable[[str], object]], ...] = (
    (_zone_named, _COMMITTEE.search),
    (_ZONE.fullmatch, _ZONE_ORGAN.fullmatch),
    (_area_alone, _AREA_GOVERNMENT.fullmatch),
    (_town_alone, _town_organ),
)


def _placed_company(piece: str) -> bool:
    """A company named with its place inside its name ('华电山东公司', '大唐山东发电公司'): a
    name of its own, not the company of the body before it."""
    from gongbao.structure.places import is_place_name

    return (
        len(piece) >= 5
        and piece.endswith("公司")
        and any(is_place_name(piece[k : k + 2]) for k in range(1, len(piece) - 3))
    )


def _placed_zone(piece: str) -> bool:
    """A body of a zone named after its city ('某某开发区科协', '某某高新区管委会'): a name of
    its own."""
    from gongbao.structure.places import is_place_name

    m = _ZONE_OF_PLACE.match(piece)
    return m is not None and len(piece) > m.end() and is_place_name(m.group("place"))


#: a city's zone, opening a body's name: '某某开发区', '某某高新区', '某某经开区'
_ZONE_OF_PLACE = re.compile(
    r"(?P<place>[一-鿿]{2,3}?)(?:经济技术开发|經濟技術開發|经开|經開|开发|開發|高新)[区區]"
)


def _opens_with_place(piece: str) -> bool:
    """A body named under a real place of its own ('苏州宿迁工业园区')."""
    from gongbao.structure.places import starts_with_place

    return len(piece) >= 4 and starts_with_place(piece)


def _split_top(part: str) -> list[str]:
    """Pieces between 、 outside brackets."""
    pieces, depth, start = [], 0, 0
    for k, ch in enumerate(part):
        if ch in "(（[［〔【":
            depth += 1
        elif ch in ")）]］〕】":
            depth = max(0, depth - 1)
        elif ch == "、" and depth == 0:
            pieces.append(part[start:k])
            start = k + 1
    pieces.append(part[start:])
    return pieces


#: areas that each have a body of their own: 各新区, 各开发区, 各园区 (not a bare 各区)
_AREAS = re.compile(r"^各[\u4e00-\u9fff]{1,4}[区區]$")
#: each village, a collective addressee: '各村', '各行政村' (a town named '某村' before others
#: is no addressee of its own)
_EACH_VILLAGE = re.compile(r"各[\u4e00-\u9fff]{0,3}村")
#: a level without a body: 各乡, 各县（市、区）, 各省
_BARE_LEVEL = re.compile(r"^各?[省市县区乡镇旗州盟縣區鄉鎮](?:[(（][^)）]*[)）])?$")
#: a piece that names its own body: 各…, 有关…, 全…, a place, a party or state organ
_OWN_NAME = re.compile(
    # (not a zone without its place: '各街道、开发区' addresses the zone of the level above)
    r"^(?!(?:经济技术|经济|經濟|高新技术|高新技術)?(?:开发|開發|高新)[区區]$)(?:各|有关|有關|相关|相關|所属|所屬|直属|直屬|全|本|中共|中央|国务院|國務院|国家|國家|党中央|"
    # a level's bodies named by the level: '省级有关部门', '县级各部门'
    r"[省市县区縣區州旗盟](?:级|級)|"
    # (or its bodies of a kind: '市相关行业商协会', '县有关单位')
    r"[省市县区縣區州旗盟](?:相关|相關|有关|有關)|"
    # (a prefecture's own: '地直有关单位', '地委')
    r"地直|地委|"
    r"军委|軍委|武警|新疆|民办|民辦|[省市县区縣區镇鎮乡鄉](?:委|政府|人民政府|府各|人大|政协|政協|纪委|紀委|直|属|屬|残联|殘聯|妇联|婦聯|科协|科協|文联|文聯|总工会|總工會|团委|團委)|"
    # a level's own bureau, named by the level: '市生态环境局' (not '农业农村局' after
    # '某某财政局', which shares the name before it)
    # (not 市场…局, a market's bureau shared with the names before it: '各区民政局、财政局、
    # 市场监督管理局')
    r"[省市县区縣區州旗](?!场|場)(?=[\u4e00-\u9fff]{2,12}(?:局|委|办|辦|厅|廳|中心|开发区|園區|园区|新区|管委会|法院|检察院"
    r"|党组|党委)$)|"
    # (or the member units of a level's own body: '市防指各成员单位', '县防汛抗旱指挥部成员单位')
    r"[省市县区縣區州旗](?=[\u4e00-\u9fff]{1,14}成[员員]单位$)|"
    # a level's own body, named by its level: '街道办事处', '乡人民政府', '村(社区)委会'
    r"(?:街道|[乡鄉镇鎮])(?:办事处|辦事處|人民政府|政府)|"
    r"(?:村|社区|居)(?:[(（](?:社区|居)[)）])?(?:委会|委員會|委员会|民委员会)|"
    # a government's departments, each of its own: '政府各部门'
    r"(?:人民)?政府(?:各|有关|有關)|"
    # a zone's or a site's committee named in full: '五台山风景名胜区管委会', '长白山管委会'
    r"[\u4e00-\u9fff]{3,14}(?:管委会|管理委员会|管委會|管理委員會)$|"
    r"[\u4e00-\u9fff]{1,6}(?:部|总局|總局|署)$|"
    # an institution under a name of its own: '湄洲湾技术职业学院', '上实集团'
    r"[\u4e00-\u9fff]{2,14}(?:大学|學院|学院|医院|醫院|集团|集團|有限公司|股份公司)$|"
    r"[\u4e00-\u9fff]{1,6}?(?:省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉|街道))"
)


#: every village (or neighbourhood) of the town that writes: '各村', '各村(居)', '各居委'
_EACH_VILLAGE = re.compile(r"各(?:行政)?(?:村|居|社区)(?:[(（](?:居|社区)[)）])?(?:委)?")
#: a bureau's sections, addressed beside other bodies: '各县（市、区）教育局人事科'
_UNIT_END = re.compile(r"(?:科|股)$")

_ADDRESSEE_END = re.compile(
    r"(政府|委员会|委員會|局|委|办|辦|厅|廳|部|院|中心|公司|会|會|处|處|所|室|队|隊|站|社|府|(?:电视|電視|电|電|气象|氣象|地震|广播|廣播)[台臺]|"
    r"单位|單位|部门|部門|机构|機構|街道|办事处|辦事處|镇|鎮|乡|鄉|市委|党委|黨委|军区|學校|学校|"
    r"署|组|組|组织|組織|总队|支队|企业|企業|院校|高校|学|學|团体|團體|集团|集團|场|場|委员|代表|幼儿园|幼兒園|"
    r"开发区|開發區|园区|園區|新区|新區|社区|社區|居民区|居民區|农户|農戶|村民|居民|群众|群眾|住户|住戶|"
    # (and the public a 通告 or a letter addresses: '广大居民朋友们', '全省各族干部群众')
    r"权利人|權利人|朋友|朋友们|朋友們|市民|农牧民|農牧民|用户|用戶|家长|家長|"
    # (and society at large: '社会各界', '社会各界人士')
    r"各界|各界人士|"
    # (each member or party of a market or a group addressed as such: '某某市场各市场成员',
    # '各市场主体'; not a list's label, '成员：', nor a record's, '公开主体:')
    r"各[\u4e00-\u9fff]{0,6}(?:成员|主体)|"
    # (a people's organisation by its short name: '各县(市)区妇联', '各级残联')
    r"(?:妇|婦|工商|残|殘|文|侨|僑|青|台|社科)(?:联|聯)|(?:科|政)(?:协|協)|[)）])$"
)


@lru_cache(maxsize=8192)
def addressee_line(text: str) -> bool:
    """A 主送 line: recipients' names ending in a colon, most of them ending like a body that
    receives documents ('…人民政府', '各直属单位'); a lead-in ('任命：', '根据…的决定：',
    '现在提出：') is none."""
    if not (
        text.endswith(("：", ":"))
        and len(text) <= 160
        and "。" not in text
        and (not SALUTATION.match(text) or _greets_addressees(text[:-1]))
    ):
        return False
    if "会议上" in text and _DATED.search(text):
        # a speech's occasion run onto its greeting ('——2010年2月2日在某镇…会议上 镇长某某 各位
        # 代表:'): those who hear it, no recipients (a 文号 and a day before a 主送 are kept)
        return False
    if _MEMBERS.fullmatch(text[:-1].removeprefix("尊敬的")):
        return True  # deputies or members by name: '刘某某、王某某代表：'
    names = split_addressees(text)
    if not names or any(_LEAD_IN.search(n) or "：" in n or ":" in n for n in names):
        return False
    if _SPEAKS_TO.search(names[-1]):
        return False  # the issuers, then their verb and audience: '…消防支队劝告市民：'
    # most names end like a body that receives documents (a 林场 or a 协会 among them may not)
    received = (
        _ADDRESSEE_END.search(n)
        or _ZONE_END.search(n)
        or _UNIT_END.search(n)
        or _EACH_VILLAGE.fullmatch(n)
        for n in names
    )
    return sum(1 for r in received if r) * 2 > len(names)


#: a day in a line: '2010年2月2日'
_DATED = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
#: the public a 公告 or a 通告 greets ('尊敬的广大群众:', '尊敬的市民朋友们:', '各位市民:'): its
#: addressees, where a speech's greeting ('尊敬的各位代表') names those who hear it
_PUBLIC_GREETED = re.compile(
    r"(?:尊敬的(?:各位|广大|全[市县区镇])?|各位(?:广大)?)(?:人民)?(?:群众|群眾|市民|居民|村民|车主|"
    r"驾驶人|驾驶员|用户|游客|旅客|纳税人|缴费人|住户|患者)(?:及家属|朋友们?)?"
)


def _greets_addressees(text: str) -> bool:
    """A greeting that names addressees: the public a 公告 greets, or the deputy or member a
    reply answers by name ('尊敬的某某代表')."""
    return _PUBLIC_GREETED.fullmatch(text) is not None or (
        text.startswith("尊敬的") and _MEMBERS.fullmatch(text[3:]) is not None
    )


#: the zones a city governs beside its counties, addressed by name: '漳河新区', '荆门高新区',
#: '大柴湖开发区' (in a list of names they share no body's name: not a body's ending above)
_ZONE_END = re.compile(r"(?:新|管理|开发|開發|高新|园|園|示范|合作)[区區]$")


#: bodies' names followed by what they say to whom: '某局、某支队劝告市民', '…提醒广大群众'
_SPEAKS_TO = re.compile(r"(?:劝告|提醒|告诫|呼吁|敬告|倡议|郑重提示)[\u4e00-\u9fff]{0,8}$")


#: words that open a sentence, not a recipient's name
_LEAD_IN = re.compile(
    r"^(?:根据|依据|为了|為了|按照|经(?![济濟信管开開贸貿])|現|现|特|兹|茲|关于|關於|對|对)|决定$"
    # (nor a form's label for the party a decision is served on: '被处罚单位:', '当事人:',
    # '单位名称:', whose value follows)
    r"|^(?:被|当事人|當事人)|名称$|名稱$"
)


@lru_cache(maxsize=8192)
def bare_addressee_line(text: str) -> bool:
    """A 主送 line a site printed without its colon ('各街道办事处,区级各部门,官盛新区管委会'):
    only recipients' names, every one ending like a body that receives documents, at least
    one of them the collective '各…' or '有关…' that only addressees use."""
    if text.endswith(("：", ":")) or len(text) > 160 or re.search(r"[。；;：:《》]", text):
        return False
    if "、" in text and _MEMBERS.fullmatch(text):
        return True  # (deputies or members by name: a reply's addressees, colon lost)
    names = split_addressees(text + "：")
    return (
        len(names) >= 2
        and all(_ADDRESSEE_END.search(n) for n in names)
        and any(n.startswith(("各", "有关")) or "各" in n for n in names)
    )


def wrapped_addressees(first: str, second: str) -> bool:
    """A 主送 line wrapped onto the next, even inside a word ('…，各行政公署，自治' /
    '区人民政府各部门、各直属机构：'): the first line already a list of recipients (most names
    before the cut last one ending like a body that receives documents; no title, quotes or
    文号 in it), the two together a 主送 line."""
    if (
        first.endswith(("：", ":", "。"))
        or not ("，" in first or "," in first or "、" in first)
        or re.search(r"[《》〔〕\[\]]|关于|關於|\d号", first)  # a title, a 文号: no list
        # (nor a day and the organ it is issued by: '1989年12月21日,全国土地资源调查办公室')
        or re.match(r"\s*(?:19|20)\d{2}\s*年", first)
    ):
        return False
    names = split_addressees(first + "：")[:-1]
    if not names or sum(1 for n in names if _ADDRESSEE_END.search(n)) * 2 <= len(names):
        return False
    return addressee_line(first + second)
