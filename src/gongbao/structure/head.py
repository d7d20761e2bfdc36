"""The head of a document: everything above its first paragraph of text.

Each line is given its zone (``zones.zone_of``) and the zones are read in the orders the
layouts print them:

    红头文件     [份号] [密级] [紧急] 发文机关标志 文号 [签发人] 标题(1–3 行) 主送
    gazette item 标题 (日期) 文号 主送
    令           XX人民政府令 第N号 …
    公告         标题 第N号
    决定/条例    标题 （…会议通过） …
    report       标题 ——…在…会议上 讲话人 各位代表：
    web page     标题 日期 …

A title runs over as many lines as it was printed on, until it ends with the name of a
document kind (通知, 意见, 办法 …) and the next line does not continue it ('的通知',
'（试行）'). Issuers come from the 发文机关标志 (when the text confirms them), the names
before 关于, the meeting that adopted it, the speaker, or a label (预算主管部门：…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gongbao.clean import Group
from gongbao.numbering import YEAR
from gongbao.structure.dates import DATE, date_from_match, is_date_line
from gongbao.structure.docnumber import find_doc_number
from gongbao.structure.zones import (
    ADOPTED,
    ISSUER_LABEL,
    MASTHEAD,
    NOTICE_NO,
    ORDER_NO,
    PROMULGATED,
    SALUTATION,
    SPEAKER,
    SPEECH,
    is_org,
    split_trailing_date,
    zone_of,
)
from gongbao.titles import TITLE_END

# kept under their old names: tail.py and the tests import them
_SPEAKER = SPEAKER
_HEAD_OF_GOVT = re.compile(r"^(?P<place>.*?)(?P<unit>[区區市县縣省州旗镇鎮乡鄉])[长長]$")
_ORG_END = re.compile(
    r"(委员会|委員會|政府|局|委|办公室|辦公室|办|辦|厅|廳|部|院|中心|公司|会|會|处|處|所|室|"
    r"队|隊|站|社|府)$"
)
#: the issuers' names end where the title's verb or 关于 begins
_ISSUER_ENDS = re.compile(r"[关關][于於]|[转轉][发發]|印[发發]|批[转轉]|[颁頒][布佈]|[发發][布佈]")
_ISSUER_SPLIT = re.compile(r"[、\s]+")
#: a line that continues the title above it: '的通知', '暨…', '（试行）', '（2023年修订）'
_CONTINUES = re.compile(r"^(?:的|暨|和|及|与|之|[(（].{1,16}[)）]$)")
_STATUS = re.compile(
    r"^[(（](?:试行|暂行|征求意见稿|草案|修订|修订稿|送审稿|\d{4}年修订|\d{4}年修正)[)）]$"
)
_MARKDOWN = re.compile(r"^#{1,6}\s+")
#: organs that open a name, where names are printed one after another without a break
_ORGAN_START = re.compile(r"^(?:中共|中国|国家|国务院|全国|共青团|中华全国|省|市|县|区)")


@dataclass(slots=True)
class Head:
    title: str
    end: int  # index of the first group after the head
    date: str | None = None
    doc_number: str | None = None
    issuers: list[str] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)
    speaker: str | None = None
    occasion: str | None = None
    #: what is left of the group the head ended in (its lines belong to the body)
    rest: Group | None = None
    #: a date printed beside the title (a web page's publication date): used last
    page_date: str | None = None
    #: the head is an order's (XX人民政府令 第N号)
    order: bool = False
    #: (line, zone, text): the evidence for every line the head took
    zones: list[tuple[int, str, str]] = field(default_factory=list)


def _starts_organ(text: str) -> bool:
    if _ORGAN_START.match(text):
        return True
    from gongbao.structure.places import PLACE

    m = PLACE.match(text)
    return m is not None and m.start() == 0


_ORGAN_END = re.compile(r"(?:委员会|人民政府|办公厅|办公室|政府|总局|局|厅|委|院|部|中心|领导小组)")


def _subordinate(first: str, rest: str) -> bool:
    m = re.search(r"([\u4e00-\u9fff]{2})(?:总局|局)$", rest)
    return m is not None and m.group(1) in first and m.group(1) != "办公"


def split_organs(prefix: str) -> list[str]:
    """'陕西省发展和改革委员会陕西省林业局' → the two organs: names printed one after
    another are cut where one ends like an organ and the next opens like one."""
    out: list[str] = []
    start = 0
    for m in re.finditer(
        r"(?:委员会|人民政府|办公厅|办公室|政府|总局|局|厅|委|院|部|中心|领导小组)", prefix
    ):
        cut = m.end()
        rest = prefix[cut:]
        if cut - start >= 4 and len(rest) >= 4 and _starts_organ(rest):
            if _subordinate(prefix[start:cut], rest):
                continue  # 国家税务总局江西省税务局: a branch named after its head office
            out.append(prefix[start:cut])
            start = cut
    out.append(prefix[start:])
    return out if all(_ORG_END.search(p) for p in out) else [prefix]


def issuers_from_title(raw_title: str) -> list[str]:
    """'中共静安区委 静安区人民政府 关于…' → the organisations before 关于."""
    m = _ISSUER_ENDS.search(raw_title)
    if m is None:
        return []
    prefix = raw_title[: m.start()].strip().lstrip('《〈<“"')
    parts = [normalize_organ(p) for p in _ISSUER_SPLIT.split(prefix) if p]
    if not parts:
        return []
    if not all(_ORG_END.search(p) for p in parts):
        whole = normalize_organ(re.sub(r"\s+", "", prefix))
        # a prefix that is not a run of organs' names is no issuer ('…文件鲁财会〔2021〕13号')
        clean = not re.search(r"[\d〔〕\[\]【】()（）《》:：|]|文件|公告|通知", whole)
        return [whole] if clean and _ORG_END.search(whole) else []
    out: list[str] = []
    for p in parts:
        out.extend(split_organs(p))
    return out


_TERM = re.compile(r"第?[一二三四五六七八九十百\d]+[届屆]")
_SESSION_OF = re.compile(r"第[一二三四五六七八九十百\d]+次(?:全体)?(?:会议|會議)$")


def normalize_organ(name: str) -> str:
    """A 人大's name without its term and session: '河南省第六届人民代表大会' → 河南省人民代表大会;
    '新田縣十七屆人大常委會第三十六次會議' → 新田縣人大常委會."""
    if re.search(r"人民代表大会|人大|人民代表大會", name):
        return _SESSION_OF.sub("", _TERM.sub("", name))
    return name


def issuer_of_report(title: str) -> list[str]:
    """'清水县人民政府2019年政府信息公开工作年度报告' → 清水县人民政府; '上海市2022年政府信息公开
    工作年度报告' → 上海市人民政府 (a place's annual report is its government's)."""
    m = re.match(rf"^(?P<who>[\u4e00-\u9fff]{{2,30}}?){YEAR}\s*年", title)
    if m is None:
        return []
    who = m.group("who")
    if is_org(who):
        return [who]
    from gongbao.structure.places import PLACE

    if PLACE.fullmatch(who) and re.search(r"政府信息公开|政府工作报告|国民经济和社会发展", title):
        return [who + "人民政府"]
    return []


def split_addressees(text: str) -> list[str]:
    """'区政府各委、办、局，各街道办事处、彭浦镇政府：' → three addressees.

    、 separates addressees, except inside a run of one-character units (委、办、局) and
    where a name shares the ending of the next one (各市、县人民政府)."""
    out: list[str] = []
    for part in re.split(r"[，,；;]", text.rstrip("：:")):
        carry = ""
        for piece in (p.strip() for p in part.split("、")):
            if not piece:
                continue
            if len(piece) == 1 and out and not carry:
                out[-1] += "、" + piece
            elif not _ADDRESSEE_END.search(piece):
                carry += piece + "、"
            else:
                out.append(carry + piece)
                carry = ""
        if carry:
            out.append(carry.rstrip("、"))
    return out


_ADDRESSEE_END = re.compile(
    r"(政府|委员会|局|委|办|厅|部|院|中心|公司|会|处|所|室|队|站|社|府|"
    r"单位|部门|机构|街道|办事处|镇|乡|市委|党委|军区|学校|[)）])$"
)


def _plain(text: str) -> str:
    """A head line without markup: markdown heading and quote marks, bold, stray pipes."""
    text = _MARKDOWN.sub("", text.strip().replace("**", "")).strip()
    return text.lstrip(">|｜ ").rstrip("|｜ ").strip()


def _title_like(text: str) -> bool:
    return (
        bool(text)
        and len(text) <= 150
        and "。" not in text
        and not text.endswith(("：", ":"))
        and not _NOT_TITLE.search(text)
        and zone_of(text) is None
    )


#: marks of a site's lines, never of a title: pipes, addresses, counters
_NOT_TITLE = re.compile(r"[|｜]|https?:|www\.|\.html?\b|>>|»")
#: what opens a title: its issuer, 关于, or a verb that issues
_TITLE_OPENS = re.compile(r"关于|關於|關于|印发|印發|转发|轉發|批转|颁布|公布|发布")


def _title_start(text: str) -> bool:
    """A line a title can open with: one that is a whole title, its issuers, or its
    beginning ('关于…' broken over lines). A site's label ('百科知识') is none of these."""
    if TITLE_END.search(text) or is_org(text) or _TITLE_OPENS.search(text):
        return True
    parts = [p for p in re.split(r"[、，,\s]+", text) if p]
    return all(is_org(p) for p in parts) or _starts_organ(text)


def _continues_title(title: str, text: str) -> bool:
    if not _title_like(text) or len(text) > 40 or _addressee_line(text):
        return False
    if text.endswith("令"):
        return False  # an order's line is a head of its own
    if _STATUS.match(text) or _CONTINUES.match(text):
        return True
    return not TITLE_END.search(title) and not is_org(text) and _title_start(title)


#: what a site appends to a title: its name, a year, a version note, a 文号 in brackets
_SITE_TAIL = re.compile(
    r"(?:\s*[(（]\s*\d{4}\s*年(?:修正|修订|修改|本)?\s*[)）]|\s*[(（]\s*(?P<number>[^()（）]{2,16}"
    r"[〔\[【（(]\s*[\dOo]{4}\s*[〕\]】）)]\s*\S{0,6}?号)\s*[)）])$"
)
#: a byline run onto the title's line: '…纪要(第四次)时间:2022-05-19来源:本站'
_BYLINE_TAIL = re.compile(
    r"(?:(?:发布)?时间|来源|访问次数|浏览次数|阅读次数|点击数|作者|发布日期)\s*[:：].*$"
)
_TITLE_END_ANY = re.compile(TITLE_END.pattern.replace(")[)）]?$", ")"))


_LEADING_NUMBER = re.compile(
    r"^\S{1,24}?(?:[〔\[【（(]\s*\d{4}\s*[〕\]】）)]\s*第?\s*\d{1,5}\s*号|公告\s*\d{4}\s*年\s*第\s*\d{1,4}\s*号)"
)


def tidy_title(text: str) -> tuple[str, str | None]:
    """A title without what a site put around it; the 文号 found in a bracketed tail."""
    number = None
    text = _BYLINE_TAIL.sub("", text).strip() if len(text) > 8 else text
    while m := _SITE_TAIL.search(text):
        number = number or m.group("number")
        text = text[: m.start()].strip()
    # a site's name run onto the end: '…的批复中华文库'
    ends = list(_TITLE_END_ANY.finditer(text))
    if ends:
        tail = text[ends[-1].end() :]
        if 0 < len(tail) <= 8 and not re.search(r"[的暨和及与(（《“\d]", tail):
            text = text[: ends[-1].end()]
    return text, number


def parse_head(groups: list[Group], start: int, end: int, raw: dict[int, str]) -> Head:
    # (group index, line index within it, plain text, raw text, line number)
    lines: list[tuple[int, int, str, str, int]] = []
    for gi in range(start, min(end, start + 40)):
        for li, ln in enumerate(groups[gi].lines):
            text = _plain(ln.text)
            if text:
                lines.append((gi, li, text, raw.get(ln.no, ln.text).strip(), ln.no))
        if len(lines) >= 60:
            break
    base = Head(title="", end=start + 1)
    k0 = _pre_title(lines, base)
    # a page may print a headline before the document's own title (a repost's, a site's):
    # of the title-like lines above the text, the one the head zones follow is the title
    best: tuple[float, Head, int] | None = None
    for j in _candidates(lines, k0):
        trial = _copy(base)
        _between(lines, k0, j, trial)
        k = _title(lines, j, trial)
        after = len(trial.zones)
        k = _post_title(lines, k, trial)
        score = _score(trial, lines, k0, j, after) - (0 if _title_start(trial.title) else 1.0)
        if is_org(trial.title):
            score -= 2.0  # an issuer's name alone is a line above or under a title
        if best is None or score > best[0]:
            best = (score, trial, k)
    assert best is not None
    _, head, k = best
    _issuers(head, groups, start, end)
    # where the body starts: the group of line k, split if the head ended inside it
    if k >= len(lines):
        head.end = (lines[-1][0] + 1) if lines else start + 1
    else:
        gi, li = lines[k][0], lines[k][1]
        head.end = gi
        if li > 0:
            g = groups[gi]
            head.rest = Group(g.lines[li:], end=g.end)
            head.end = gi + 1
    return head


def _candidates(lines: list[tuple[int, int, str, str, int]], k0: int) -> list[int]:
    """Where the title may start: the first line after the pre-title zones, and each
    title-like line after it until the text of the document begins."""
    from gongbao.numbering import match_number

    out = [k0]
    for j in range(k0 + 1, min(len(lines), k0 + 14)):
        text = lines[j][2]
        if _addressee_line(text) or ("。" in text and len(text) > 30):
            break
        if (
            _title_like(text)
            and _title_start(text)
            and match_number(text) is None
            and not text.startswith(("的", "和", "及", "暨", "与"))
        ):
            out.append(j)
    return out


def _copy(head: Head) -> Head:
    return Head(
        title=head.title,
        end=head.end,
        doc_number=head.doc_number,
        issuers=list(head.issuers),
        page_date=head.page_date,
        zones=list(head.zones),
    )


def _between(lines: list[tuple[int, int, str, str, int]], k0: int, j: int, head: Head) -> None:
    """The lines a headline candidate skipped: their zones still count (a 文号 printed
    between the site's headline and the title)."""
    for k in range(k0, j):
        text = lines[k][2]
        zone = zone_of(text)
        if zone == "doc_number":
            head.doc_number = head.doc_number or find_doc_number(text)
        _record(head, lines[k], zone or "headline")


_HEAD_ZONES = frozenset(
    {"date", "doc_number", "speech", "adopted", "order_no", "addressee", "head", "issuer_label"}
)


def _score(
    head: Head, lines: list[tuple[int, int, str, str, int]], k0: int, j: int, after: int
) -> float:
    zones = [z for _no, z, _t in head.zones[after:]]
    score = 3.0 * bool(head.addressees) + 2.0 * min(2, sum(z in _HEAD_ZONES for z in zones))
    score += 1.0 if TITLE_END.search(head.title) else 0.0
    skipped = sum(1 for _no, z, _t in head.zones if z == "headline")
    if j < len(lines) and re.match(r"^\S{1,12}[〔\[【（(]\d{4}[〕\]】）)]\d{1,5}号", lines[j][2]):
        score -= 2.0  # a site's headline: '文号 + title'
    return score - 0.1 * skipped


def _record(head: Head, line: tuple[int, int, str, str, int], zone: str) -> None:
    head.zones.append((line[4], zone, line[2]))


def _pre_title(lines: list[tuple[int, int, str, str, int]], head: Head) -> int:
    """份号, 密级, 紧急程度, 发文机关标志 (with joint issuers stacked above 文件), 文号,
    签发人 and rules, in whatever order the layout prints them."""
    k = 0
    masthead: list[str] = []
    while k < len(lines):
        text = lines[k][2]
        zone = zone_of(text)
        if zone in ("copy_no", "secrecy", "urgency", "rule", "signer", "attachment_label"):
            _record(head, lines[k], zone)
        elif zone == "masthead":
            m = MASTHEAD.match(text)
            name = m.group("name").strip() if m else ""
            if name:
                masthead.extend(n for n in re.split(r"\s{2,}|、", name) if n)
            _record(head, lines[k], zone)
        elif zone == "doc_number":
            head.doc_number = head.doc_number or find_doc_number(text)
            _record(head, lines[k], zone)
        elif zone == "date" and k + 1 < len(lines) and _title_like(lines[k + 1][2]):
            head.page_date = head.page_date or _iso(text)
            _record(head, lines[k], zone)
        elif is_org(text) and _stacked_masthead(lines, k):
            masthead.append(text)
            _record(head, lines[k], "masthead")
        else:
            break
        k += 1
    head.zones.extend((0, "masthead_name", n) for n in masthead)
    return k


def _stacked_masthead(lines: list[tuple[int, int, str, str, int]], k: int) -> bool:
    """Joint issuers stacked above (or beside) 文件: organisation lines, then a 文件 line."""
    for j in range(k + 1, min(k + 5, len(lines))):
        text = lines[j][2]
        if zone_of(text) == "masthead":
            return True
        if not is_org(text):
            return False
    return False


def _title(lines: list[tuple[int, int, str, str, int]], k: int, head: Head) -> int:
    if k >= len(lines):
        return k
    text = lines[k][2]
    if zone_of(text) is not None or _addressee_line(text):
        return k  # no title printed: the head goes on with its other zones
    parts: list[str] = []
    raw_parts: list[str] = []
    while k < len(lines):
        text = lines[k][2]
        if parts and not _continues_title("".join(parts), text):
            break
        if not parts and _BYLINE_TAIL.search(text) and len(text) > 8:
            text = _BYLINE_TAIL.sub("", text).strip() or text
        if not parts and not _title_like(text):
            # a title line that carries its date or 文号 after it
            text, date = split_trailing_date(text)
            if date:
                head.page_date = _iso(date)
        number = find_doc_number(text) if "号" in text else None
        if number and not parts and text.endswith(number) and len(text) > len(number) + 4:
            head.doc_number = head.doc_number or number
            text = text[: -len(number)].strip()
        elif (
            number
            and not parts
            and (m := _LEADING_NUMBER.match(text))
            and find_doc_number(m.group(0)) == number
            and len(text) > len(m.group(0)) + 4
        ):
            # a site's headline: '京政办发〔2016〕26号《…》', '国家税务总局公告2018年第18号…'
            head.doc_number = head.doc_number or number
            text = text[m.end() :].strip().strip("《》 ")
        stripped, date = split_trailing_date(text)
        if date and TITLE_END.search(stripped):
            head.page_date = head.page_date or _iso(date)
            text = stripped
        parts.append(text)
        raw_parts.append(lines[k][3])
        _record(head, lines[k], "title")
        k += 1
        if len(parts) >= 4:
            break
    head.title, number = tidy_title("".join(parts))
    if number:
        head.doc_number = head.doc_number or find_doc_number(number) or number
    head.issuers = issuers_from_title(" ".join(_plain(r) for r in raw_parts))
    return k


def _post_title(lines: list[tuple[int, int, str, str, int]], k: int, head: Head) -> int:
    """Date, 文号, order number, meeting, speaker and 主送 under the title."""
    after_occasion = False
    adopted_seen = False
    limit = min(len(lines), k + 12)
    while k < limit:
        text, raw_text = lines[k][2], lines[k][3]
        zone = zone_of(text)
        if zone == "date":
            head.date = head.date or _iso(text)
        elif zone == "doc_number":
            head.doc_number = head.doc_number or find_doc_number(text)
        elif ORDER_NO.match(text) and head.title.endswith(("令", "令")):
            head.doc_number = head.doc_number or head.title + text.replace(" ", "")
            head.order = True
        elif zone == "order_no" and NOTICE_NO.match(text):
            head.doc_number = head.doc_number or re.sub(r"\s+", "", text)
        elif zone == "promulgated" and (m := PROMULGATED.match(text)):
            head.date = head.date or _iso(m.group("date"))
            if m.group("order"):
                head.doc_number = head.doc_number or re.sub(r"[\s()（）]+", "", m.group("order"))
                head.order = True
        elif zone in ("copy_no", "secrecy", "urgency", "rule", "signer", "masthead"):
            pass
        elif zone == "speech" or text.startswith(("——", "—", "--")) or _opens_speech(text):
            text, k = _wrapped(lines, k, SPEECH)
            if not _occasion(head, text):
                break
            after_occasion = True
        elif zone == "adopted" or (_opens_adoption(text) and _adopts(lines, k)):
            text, k = _wrapped(lines, k, ADOPTED)
            if not adopted_seen and not _occasion(head, text):
                break
            adopted_seen = after_occasion = True
        elif adopted_seen and _amendment(text):
            pass  # later amendments of an adopted text: their dates are not its date
        elif speaker := _speaker(raw_text):
            head.speaker = speaker[0] + (" " + speaker[1] if speaker[1] else "")
            org = speaker_org(speaker[0], _place(head.occasion))
            if org and not head.issuers:
                head.issuers = [org]
        elif zone == "issuer_label":
            m = ISSUER_LABEL.match(text)
            if m:
                head.issuers = [m.group("name").strip()]
        elif after_occasion and is_org(text) and not head.issuers:
            head.issuers = [text]
        elif _addressee_line(text):
            head.addressees = split_addressees(text)
            _record(head, lines[k], "addressee")
            return k + 1
        else:
            break
        _record(head, lines[k], zone or "head")
        k += 1
    return k


def _squash_spaces(text: str) -> str:
    return re.sub(r"[ \u3000\t]+", " ", text.strip())


def _opens_adoption(text: str) -> bool:
    """'（2023年5月26日…' opening a meeting line that wraps onto the next."""
    return bool(re.match(rf"^[(（]?\s*{YEAR}\s*年", text)) and len(text) <= 60


def _adopts(lines: list[tuple[int, int, str, str, int]], k: int) -> bool:
    """Whether the meeting line at ``k``, joined with up to two more, says it adopted."""
    text = lines[k][2]
    for j in range(k + 1, min(k + 3, len(lines))):
        text += lines[j][2]
        if ADOPTED.match(text):
            return True
    return False


def _amendment(text: str) -> bool:
    return bool(DATE.search(text)) and bool(re.search(r"(修正|修订|修改|批准|通过|施行)", text))


def _wrapped(
    lines: list[tuple[int, int, str, str, int]], k: int, pattern: re.Pattern[str]
) -> tuple[str, int]:
    """A meeting line that wraps over up to three lines, joined."""
    text = lines[k][2]
    for _extra in range(3):
        if pattern.match(text) or k + 1 >= len(lines):
            break
        nxt = lines[k + 1][2]
        if zone_of(nxt) is not None and not pattern.match(text + nxt):
            break
        k += 1
        text += nxt
    return text, k


_GOV_POST = re.compile(r"(?:代|常务副|副)?(?:省长|市长|区长|县长|州长|旗长|盟长|镇长|乡长|主席)$")
_POST = re.compile(
    r"(?:代|常务副|副)?(?:[局厅部署院行会社]长|主任|主任委员|书记|主席|委员长|总理|省长|市长|区长|"
    r"县长|州长|旗长|盟长|镇长|乡长)$"
)


_GLUED_SPEAKER = re.compile(
    r"^(?P<title>.{0,30}?(?:长|主任|书记|主席|总理))(?P<name>[\u4e00-\u9fff]{2,3})$"
)
_NAME_FIRST = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,3})(?P<title>(?:代|常务副|副)?(?:省长|市长|区长|县长|主席))$"
)
_SPEECH_TAIL = re.compile(r"(?:同志)?作.{0,12}报告$|的?(?:讲话|报告|政府工作报告|发言|说明)$")
_SPEECH_OPEN = re.compile(rf"^{YEAR}\s*年[^日]{{1,12}}日[^，。]{{0,30}}在")


def _speaker(raw: str) -> tuple[str, str] | None:
    """(title, name) of a speaker line: '静安区区长 翟磊', '北京市财政局局长        韩   杰',
    '代省长 罗东川'; the name may be printed with spaces between its characters."""
    text = _squash_spaces(raw)
    if sm := SPEAKER.match(text):
        return sm.group("title"), sm.group("name")
    squashed = re.sub(r"[ \u3000\t]+", "", raw.strip())
    if len(squashed) <= 34 and (sm := SPEAKER.match(squashed.replace("", " ").strip())):
        return sm.group("title"), sm.group("name")
    if (
        m := re.match(
            r"^(?P<title>.{0,30}?(?:长|主任|书记|主席|总理))(?P<name>[\u4e00-\u9fff]{2,3})$",
            squashed,
        )
    ) and (_POST.search(m.group("title"))):
        return m.group("title"), m.group("name")
    return None


def _place(occasion: str | None) -> str | None:
    """'北京市第十六届人民代表大会第四次会议' → 北京市: where the meeting sits."""
    if not occasion:
        return None
    m = re.match(r"^(?P<place>.+?)(?:第[一二三四五六七八九十百\d]+届)?人民代表大会", occasion)
    place = m.group("place") if m else None
    return place if place and re.search(r"(省|市|区|县|州|旗|盟|自治区)$", place) else None


def speaker_org(title: str, place: str | None = None) -> str | None:
    """The organ a speaker speaks for: '海拉尔区人民政府区长' → 海拉尔区人民政府; '静安区区长'
    → 静安区人民政府; '代省长' at a 青海省 meeting → 青海省人民政府; '北京市财政局局长' →
    北京市财政局; '市财政局局长' at a 洛阳市 meeting → 洛阳市财政局."""
    m = _POST.search(title)
    if m is None:
        return None
    org = title[: m.start()]
    if _GOV_POST.search(title) and not org.endswith("政府"):
        org = (org or place or "") + "人民政府" if (org or place) else ""
    if not org:
        return None
    if place and not org.startswith(place):
        # '市财政局', '自治区人民政府': the place's level stands for the place
        for level in ("自治区", "省", "市", "区", "县", "州", "旗", "盟"):
            if org.startswith(level) and place.endswith(level):
                return place + org[len(level) :]
    return org if _ORG_END.search(org) else None


def _addressee_line(text: str) -> bool:
    return (
        text.endswith(("：", ":"))
        and len(text) <= 160
        and "。" not in text
        and not SALUTATION.match(text)
    )


_SESSION = re.compile(
    r"第[一二三四五六七八九十百\d]+届|第[一二三四五六七八九十百\d]+次(?:全体)?会议$"
)


def _occasion(head: Head, text: str) -> bool:
    """'——2026年1月14日在…会议上' (read at) or '2026年1月16日…会议通过' (adopted by)."""
    text = text.strip()
    if m := SPEECH.match(text):
        head.date = head.date or _iso(m.group("date"))
        head.occasion = m.group("occasion")
        who = re.sub(
            r"(?:同志)?作.{0,12}报告$|的?(?:讲话|报告|政府工作报告|发言|说明)$", "", m.group("rest")
        )
        who = (who.strip() or m.group("who").strip()).replace("同志", "")
        if who:
            speaker = _speaker(who) or _name_first(who)
            if speaker:
                head.speaker = head.speaker or (speaker[0] + " " + speaker[1]).strip()
                org = speaker_org(speaker[0], _place(head.occasion))
                if org and not head.issuers:
                    head.issuers = [org]
        return True
    if m := ADOPTED.match(text):
        head.date = head.date or _iso(m.group("date"))
        head.occasion = m.group("body")
        if not head.issuers:
            # the body that adopted it, without its term and session: 第十三届…第三十四次会议
            body = _SESSION.sub("", m.group("body"))
            body = re.sub(r"第[一二三四五六七八九十百\d]+届", "", body)
            head.issuers = [body] if body.endswith(("委员会", "代表大会")) else [m.group("body")]
        return True
    return False


def _name_first(text: str) -> tuple[str, str] | None:
    """'龚正市长' → ('市长', '龚正'): a name printed before the title."""
    m = re.match(
        r"^(?P<name>[\u4e00-\u9fff]{2,3})(?P<title>(?:代|常务副|副)?(?:省长|市长|区长|县长|主席))$",
        text,
    )
    return (m.group("title"), m.group("name")) if m else None


def _opens_speech(text: str) -> bool:
    """A date then 在…: a meeting line printed without its dashes."""
    return bool(re.match(rf"^{YEAR}\s*年[^日]{{1,12}}日[^，。]{{0,30}}在", text))


def _issuers(head: Head, groups: list[Group], start: int, end: int) -> None:
    """The 发文机关标志's names are issuers when the document confirms them (they recur in
    its text, or the title opens with them): a joint 红头 extracted badly interleaves two
    names, and such a string must not become an issuer."""
    names = [t for _no, zone, t in head.zones if zone == "masthead_name"]
    if not names:
        if head.title.endswith("令") and not head.issuers and _ORG_END.search(head.title[:-1]):
            # the State Council signs as 国务院 what it promulgates as 中华人民共和国国务院令
            head.issuers = [re.sub(r"^中华人民共和国(?=国务院$)", "", head.title[:-1])]
        return
    body = "".join(g.text for g in groups[start:end])
    confirmed = []
    for name in names:
        parts = split_organs(name) if len(name) > 12 else [name]
        for part in parts:
            if body.count(part) >= 2 or head.title.startswith(part):
                confirmed.append(part)
    if confirmed and (not head.issuers or set(confirmed) >= set(head.issuers)):
        head.issuers = confirmed


def _iso(text: str) -> str | None:
    m = DATE.search(text)
    return date_from_match(m) if m else None


__all__ = [
    "TITLE_END",
    "Head",
    "is_date_line",
    "issuers_from_title",
    "parse_head",
    "split_addressees",
    "split_organs",
]
