"""The end of a document: signatures (one issuer, or a joint-signature table in two
columns), the date under them, and the validity clause (有效期至…, 自…起施行)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from gongbao.clean import Group
from gongbao.clean.markup import PLACEHOLDER, clean_line
from gongbao.docnumber import is_doc_number_line
from gongbao.numbering import match_number
from gongbao.officers import HEAD_POST, HEADS
from gongbao.structure.dates import (
    DATE,
    compact_date,
    compact_readings,
    date_from_match,
    is_date_line,
    parse_date,
)
from gongbao.structure.head import raw_line
from gongbao.structure.organs import (
    NAMED_ORGAN_START,
    ORG_END,
    brand_name,
    broken_organ,
    is_org,
    split_organs,
    starts_organ,
)
from gongbao.structure.places import PLACE, starts_with_place
from gongbao.structure.speakers import speaker_org
from gongbao.structure.title import translation_line
from gongbao.structure.zones import RELEASE_NOTE, RELEASE_NOTE_BODY, SPEAKER
from gongbao.titles import CLOSING, title_end

_VALID_UNTIL = re.compile(r"有效期(?:至|到)\s*(?P<date>[^，。；,]{6,20}?日)")
_VALID_YEARS = re.compile(r"有效期\s*(?P<n>[一二三四五六七八九十\d]{1,3})\s*年")
_VALID_FROM = re.compile(r"自\s*(?P<when>[^，。；,]{4,24}?)\s*起\s*(?:施行|生效|[执執]行|[实實]施)")
_ON_ISSUE = re.compile(r"(公[布佈]|印[发發]|[发發][布佈]|[发發]文|[颁頒][布佈])之日")


@dataclass(slots=True)
class Signature:
    signers: list[str] = field(default_factory=list)
    #: the signature lines as printed
    printed: list[str] = field(default_factory=list)
    date: str | None = None
    #: indexes of the groups the signatures occupy, to be left out of the body
    groups: list[int] = field(default_factory=list)
    #: the signer is a name in brackets under the text: a bulletin's issuer, or a news item's
    #: source ('（某某督查局）'), which the head tells apart
    bracketed: bool = False


#: the 版记's imprint: '某某办公室 2022年1月6日印发' (the office and the date on one line or two)
_IMPRINT = re.compile(r"(?P<date>\S{6,16}日)\s*印\s*[发發]\s*$")


_BRACKETED_ORG = re.compile(r"^[(（](?P<org>[\u4e00-\u9fff]{3,30})[)）]$")


def _closing_lines(groups: list[Group]) -> list[str]:
    """The document's last lines, where a 版记's imprint stands."""
    return [ln.text.strip() for g in groups[-6:] for ln in g.lines][-8:]


def imprint_date(groups: list[Group]) -> str | None:
    """The date the 版记 says a document was printed and issued, from its last lines: a
    纪要 prints no 成文日期 and is dated by it."""
    lines = _closing_lines(groups)
    return next((d for line in reversed(lines) if (d := _imprinted(line))), None)


#: the office a 版记's imprint names before its date: '某某厅办公室 2023年1月18日印发'
_IMPRINT_OFFICE = re.compile(
    r"^(?P<office>[\u4e00-\u9fff]{4,30}?办公[室厅])\s*\S{6,16}日\s*印\s*[发發]\s*$"
)


def imprint_office(groups: list[Group]) -> str | None:
    """The office whose imprint closes the document ('某某厅办公室 2023年1月18日印发'), or None."""
    lines = _closing_lines(groups)
    return next(
        (m.group("office") for line in reversed(lines) if (m := _IMPRINT_OFFICE.match(line))),
        None,
    )


def _imprinted(line: str) -> str | None:
    """The date of a 版记's imprint line ('某某办公室 2024年12月31日印发'), or None."""
    m = _IMPRINT.search(line) if "印" in line else None
    d = DATE.search(m.group("date")) if m is not None else None
    return date_from_match(d) if d is not None else None


def date_past_imprint(groups: list[Group], date: str) -> str | None:
    """Where a 版记's imprint closes the document and ``date`` (the signature's) is printed only
    after it, the date is a text's printed after the document (a notice it forwards, whose
    signature survived where the document's own was lost): the imprint's date, the day the
    document was issued; None where the date is the document's own."""
    for at, g in enumerate(groups):
        for ln in g.lines:
            if imprinted := _imprinted(ln.text.strip()):
                before = "".join(h.text for h in groups[:at])
                own = {date_from_match(x) for x in DATE.finditer(before)}
                return imprinted if date not in own and at + 1 < len(groups) else None
    return None


@lru_cache(maxsize=8192)
def _speaker(raw: str) -> re.Match[str] | None:
    """``SPEAKER`` of a line, which ends with the officer's name: a line of the text (ending
    on its punctuation) is settled by its last character, not by the pattern's 31 starts.
    (A signature's line is asked as a signer and again for its names: cached.)"""
    if not raw or not "\u4e00" <= raw[-1] <= "\u9fff":
        return None
    return SPEAKER.match(raw)


#: a list's label before an item, its colon after it: '第七组:', '第3名：'
_LISTED_LABEL = re.compile(r"第\s*[一二三四五六七八九十百\d]{1,4}\s*[组名位批类项档][:：]")


def _signer(line: str, raw: str) -> str | None:
    """An organisation, or an officer with a name ('省长 李明' → the province's government)."""
    # (``_speaker`` takes only a line ending on a Chinese character: the line's last one is
    # looked at before its spaces are squeezed)
    if "\u4e00" <= raw.rstrip()[-1:] <= "\u9fff" and (sm := _speaker(" ".join(raw.split()))):
        return speaker_org(sm.group("title"))
    if ("略" in line and _MASKED.search(line)) or ("*" in line and _STARS.search(line)):
        return None  # a mirror masked the name ('(略) 人民政府办公厅', '****政府'): no signer
    if line.startswith("*"):
        return None  # a name whose place the cleaner masked (an advertisement stood there)
    if line.startswith("附") and _ATTACHMENT_NOTE.match(line):
        return None  # an attachment's title that names a body ('附件2:某省…定点救治医院')
    if ("：" in line or ":" in line) and (ran := _CONTACT_THEN_ORGAN.match(line)):
        # a line's phone run onto the signer's name ('监督举报电话:12345 某市人民政府'): the organ
        return ran.group("org") if is_org(ran.group("org")) else None
    if ("：" in line or ":" in line) and _CONTACT_FIELD.match(line):
        return None  # the contact note over the signature ('地址:某局2楼202室'): no signer
    if ("：" in line or ":" in line) and (officer := _OFFICER_OF.match(line)):
        return officer.group("org")  # '青海省人民政府省长:罗东川': the government signs
    if line[:1] == "第" and _LISTED_LABEL.match(line):
        return None  # a list's item by its label over the signature ('第七组:某区某局'): no signer
    if (
        line.endswith((")", "）"))
        and (twin := _TWIN_BODY.search(line))
        and is_org(line[: twin.start()])
    ):
        return line  # an organ one with another it names in brackets: '某区档案局(馆)'
    if line.endswith(("章)", "章）")) and (seal := _SEAL.search(line)):
        line = line[: seal.start()]  # a body's seal standing for another's: '某专项小组(代章)'
    # the cheap tests first: ORG_END, anchored at the end, is tried at every position
    if (
        # (a leading group's office names its group's whole task: '某省2020年全国劳动模范和先进
        # 工作者评选推荐工作领导小组办公室', as is_org allows)
        (len(line) <= 30 or (len(line) <= 48 and ("领导小组" in line or "指挥部" in line)))
        and "，" not in line
        and "。" not in line
        and ORG_END.search(line)
        and not brand_name(line)
    ):
        return line
    if line.endswith("主席团") and _PRESIDIUM.fullmatch(line):
        return line  # a congress's session signs by its presidium
    return None


def presidium_announcing(title: str) -> str | None:
    """The presidium a 公告's title names as its issuer ('某某县第十八届人民代表大会第二次会议
    主席团公告'), whose name runs longer than an organ's and holds a congress's."""
    name = title.removesuffix("公告")
    return name if name != title and _PRESIDIUM.fullmatch(name) else None


#: a telephone's field and its number, then an organ's name: '监督举报电话:12345某市人民政府'
_CONTACT_THEN_ORGAN = re.compile(
    r"^[\u4e00-\u9fff]{0,6}(?:电话|热线)\s*[:：]\s*[\d\-－—()（）]{3,30}\s*(?P<org>[\u4e00-\u9fff]{4,30})$"
)
#: a contact note's field, its label and colon: '地址:…', '联系电话:…', '邮箱:…'
_CONTACT_FIELD = re.compile(
    r"(?:通讯|通信|联系|办公)?(?:地址|电话|邮箱|邮编|传真|联系人|电子邮箱|邮政编码)\s*[:：]"
)
#: the body an organ is one with, by its last word in brackets after the name: '档案局(馆)',
#: '史志办(馆)'
_TWIN_BODY = re.compile(r"[(（][\u4e00-\u9fff]?[馆館室办辦站所院队隊会會局心部委厅廳][)）]$")
#: a seal noted after a signer's name, its own or another body's: '(代章)', '(借章)', '（盖章）'
_SEAL = re.compile(r"\s*[(（](?:代章|借章|盖章|章|印章|公章)[)）]$")
#: a line of its own under a signer naming the body whose seal stands for the signer's (a
#: group's office, which has none of its own): '(中国科协办公厅代章)'
_SEAL_FOR = re.compile(r"[(（][\u4e00-\u9fff]{2,30}代章[)）]")
#: the mark alone, naming no body
_SEAL_MARK = re.compile(r"\s*[(（](?:盖章|章|印章|公章)[)）]$")
#: the head of a government signing with the government's name, a colon and his own:
#: '青海省人民政府省长:罗东川'
_OFFICER_OF = re.compile(
    rf"^(?P<org>[\u4e00-\u9fff]{{2,20}}?(?:人民政府|政府))(?:{HEADS})"
    r"[:：]\s*[\u4e00-\u9fff·]{2,5}$"
)
#: a name a site masked with stars: '****政府'
_STARS = re.compile(r"[*＊]{2,}")
#: a word a mirror site masked: '(略)'
_MASKED = re.compile(r"[(（]\s*略\s*[)）]")
#: the presidium of a congress's session: '某某县第十八届人民代表大会第二次会议主席团'; or of the
#: conference that elects a region's deputies to it ('…全国人民代表大会代表选举会议主席团')
_PRESIDIUM = re.compile(
    r"[\u4e00-\u9fff]{2,30}人民代表大会(?:第[一二三四五六七八九十\d]{1,3}次会议|代表选举会议)主席团"
    # (a town's congress's, which sits between its sessions: '某区某某镇人民代表大会主席团')
    r"|[\u4e00-\u9fff]{1,30}?[镇乡鎮鄉]人民代表大会主席团"
)


def _signers(line: str, raw: str) -> list[str]:
    """The organisations a signature line names: joint issuers printed on one line apart
    ('国务院办公厅　中央军委办公厅') or run together are each an issuer."""
    name = _signer(line, raw)
    if name is None:
        joint = _names_alone(line) if len(line) <= 80 else []
        return joint if len(joint) >= 2 else []
    if _speaker(raw.strip()):
        return [name]
    # (a mirror's question marks for the spaces between them are spaces: '某局 ????某局')
    parts = (PLACEHOLDER.sub(" ", raw) if "??" in raw else raw).split()
    if len(parts) > 1 and all(ORG_END.search(p) and len(p) >= 3 for p in parts):
        return parts
    listed = name.split("、")
    if len(listed) > 1 and all(ORG_END.search(p) and len(p) >= 4 for p in listed):
        return listed  # joint issuers listed on one line: '某某县水务局、某某县林业局'
    return split_organs(name)


#: an office signing without its holder's name (a reprint that dropped it): '省长'
_BARE_OFFICE = re.compile(r"^(?:省长|市长|县长|区长|州长|盟长|旗长|主席|总理|部长|主任)$")
#: an office's two characters spread apart over the signature's width: '市 长 袁宝成'
_SPREAD_OFFICE = re.compile(
    r"^([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])"
    r"(?=[ \u3000]+[\u4e00-\u9fff]{2,4}$"
    # (the name's characters spread apart too, after a colon or after a head's 长: '县 长:易
    # 贤', '市 长 王 纯'; not an organ's name spread apart, '国 家 数 据 局')
    r"|\s*[:：]\s*[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}$"
    r"|(?<=长)[ \u3000]+[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,2}$)"
)


def _unspread(raw: str) -> str:
    """'市 长 袁宝成' → '市长 袁宝成'; any other line as it is (told by its second character
    before the pattern is tried)."""
    if len(raw) < 3 or raw[1] not in " \u3000":
        return raw
    return _SPREAD_OFFICE.sub(r"\1\2", raw)


def _officer_line(raw: str) -> str:
    """A signature's line as an officer's title and name with one space between: '市 长 袁宝成'
    → '市长 袁宝成' (``_unspread``), '自治区主席 陈 武' → '自治区主席 陈武', '市长:董伟' →
    '市长 董伟', '省长卫留成' → '省长 卫留成'; any other line as it is (told by its last
    characters or its colon before a pattern is tried, and kept unless it then reads as an
    officer's)."""
    raw = _unspread(raw)
    if (
        len(raw) >= 5
        and raw[1:2] in (" ", "\u3000")
        and (m := _SPREAD_POST.fullmatch(raw.strip()))
        and (g := _OFFICE_GLUED.match(m.group(1) + m.group(2)))
        and _speaker(joined := g.group("office") + " " + g.group("name"))
    ):
        return joined  # the title spread apart, the name run onto it: '省 长张文岳'
    if len(raw) >= 5 and raw.rstrip()[-2:-1] in " \u3000" and (m := _SPREAD_NAME.search(raw)):
        joined = raw[: m.start()] + " " + "".join(m.group(0).split())
        if _speaker(joined) is not None:
            return joined
    if (
        len(raw) <= 16
        and " " not in raw.strip()
        and (m := _OFFICE_GLUED.match(raw.strip()))
        and _speaker(m.group("office") + " " + m.group("name")) is not None
    ):
        return m.group("office") + " " + m.group("name")  # '省长卫留成'
    if (":" in raw or "：" in raw) and (m := _OFFICE_COLON.match(raw.strip())):
        joined = m.group("office") + " " + "".join(m.group("name").split())
        if _speaker(joined) is not None:
            return joined
    return raw


#: a two-character title spread apart with the name run onto it: '省 长张文岳'
_SPREAD_POST = re.compile(r"([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff]{3,5})")
#: a name's two or three characters spread apart at a signature's end: '陈 武'
_SPREAD_NAME = re.compile(r"[ \u3000]+[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,2}$")
#: an officer's title and name printed together: '省长卫留成'
_OFFICE_GLUED = re.compile(rf"^(?P<office>{HEAD_POST})(?P<name>[\u4e00-\u9fff·]{{2,4}})$")
#: an officer's title and name parted by a colon: '市长:董伟'
_OFFICE_COLON = re.compile(
    r"^(?P<office>[\u4e00-\u9fff]{1,12}?(?:长|主席|主任))\s*[:：]\s*"
    # (the name's characters spread apart as the office's may be: '县 长:易 贤')
    r"(?P<name>[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,3})$"
)


#: a place's name opening a line: a division's name and its level ('和顺镇', '和平区')
_PLACE_OPENS = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道|村|县|市|区|州|旗|盟|省)")


def _is_signer(line: str, raw: str) -> bool:
    if line[:1] in ("和", "与", "及") and not _PLACE_OPENS.match(line):
        # a name's last part, its first line lost to the text ('和信息化局'; not '和顺镇…',
        # '和平区…', a place that opens on the character)
        return False
    return (
        _speaker(raw.strip()) is not None
        or _signer(line, raw) is not None
        or (len(line) <= 3 and _BARE_OFFICE.match(line) is not None)  # (two characters)
        or _joint_signers(line)
    )


def _joint_signers(line: str) -> bool:
    """Several organs' names run together on the date's line, each with its place, no mark
    between ('某省卫生厅某省委宣传部某省财政厅…'): joint signers."""
    return len(line) <= 80 and len(_names_alone(line)) >= 2


def _names_alone(text: str) -> list[str]:
    """The organs' names ``text`` runs together, no mark between them, each opening like an
    organ's; [] where it holds anything else."""
    if re.search(r"[，。；：,;:、\s]", text):
        return []
    parts = split_organs(text)
    return parts if all(is_org(p) and starts_organ(p) for p in parts) else []


#: a note on the document's release: '（此件公开发布）'
_NOTE_BODY = RELEASE_NOTE_BODY
_NOTE = RELEASE_NOTE
#: the note run onto the end of the signature's line
_TRAILING_NOTE = re.compile(rf"\s*{_NOTE_BODY}$")
_LEADING_NOTE = re.compile(rf"{_NOTE_BODY}\s+")
_SIGNED_DATE = re.compile(rf"^(?P<who>\S.{{1,60}}?)\s*(?P<date>{DATE.pattern})$", re.X)


def _organ_openings_at_end(text: str, longest: int, shortest: int) -> Iterator[tuple[str, str]]:
    """(what is before, the end) for each end of ``text`` that opens like an organ, from
    ``longest`` characters down to ``shortest``: where a signer run onto a line may start."""
    for size in range(longest, shortest - 1, -1):
        if starts_organ(who := text[-size:]):
            yield text[:-size], who


def _signer_after_attachment(text: str) -> str | None:
    """An organ's name at the end of a 附件 line, after a whole title (the signer run onto
    it): the longest such name that opens like an organ."""
    for listed, who in _organ_openings_at_end(text, min(30, len(text) - 8), 6):
        if is_org(who) and title_end(listed) is not None:
            return who
    return None


#: a date at the end of a line, the organs' names before it
_DATE_AT_END = re.compile(rf"(?P<date>{DATE.pattern})$", re.X)


def _signed_tail(text: str) -> tuple[str, str, str] | None:
    """(the text, the signers, the date) of a long line that ends with organs' names and a
    date: the longest run of names before the date that opens like an organ and is organs'
    names only, after words that end no name (no sentence's words run into it)."""
    m = _DATE_AT_END.search(text, max(0, len(text) - 20))
    if m is None or "年" not in m.group("date"):
        return None
    before = text[: m.start()].rstrip()
    for body, who in _organ_openings_at_end(before, min(40, len(before) - 20), 4):
        if _names_alone(who):
            return body, who, m.group("date")
    return None


#: the label of a date the text gives (a deadline, a time), never a signer's name
_DATE_LABEL = re.compile(r"(?:日期|时间|期限|截止|截至|至|于|自|从|前|起)$|^(?:截止|截至)")


def _may_hold_date(text: str) -> bool:
    """Whether a line holds what every ``DATE`` prints: 年 and 月, or a separator of the
    numbers (most lines of a text hold neither: ``_SIGNED_DATE``'s 60 starts are spared)."""
    return ("年" in text and "月" in text) or "-" in text or "." in text or "/" in text


#: a closing formula with the signature run onto it: '特此通告某某支队2023年1月20日'
_CLOSING_BEFORE = re.compile(
    r"(?:特此|专此)(?:公告|通告|通知|函告|函复|批复|报告)[。！!]?\s*(?=\S{4,40}\d{4}\s*年)"
)


def _split_signed_dates(lines: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """'某某局2021年5月11日' on one line (flattened text): the signer and the date apart."""
    out: list[tuple[int, str, str]] = []
    for at, (gi, text, rawt) in enumerate(lines):
        if (
            text[:1] == "附"
            and at + 1 < len(lines)
            and is_date_line(lines[at + 1][1])
            and (signer := _signer_after_attachment(text)) is not None
        ):
            # the signer run onto the 附件 line over the date ('附件:某某名单某某局' / '2019年
            # 7月8日'): the attachment's line and the signer apart
            out.append((gi, text[: -len(signer)], rawt))
            out.append((gi, signer, signer))
            continue
        if text[:1] in "特专" and (closing := _CLOSING_BEFORE.match(text)):
            # '特此通告 某某支队 2023年1月20日' run onto one line: the formula is the text's
            rest = text[closing.end() :].strip()
            raw_closing = _CLOSING_BEFORE.match(rawt.strip())
            raw_rest = rawt.strip()[raw_closing.end() :] if raw_closing else rest
            out.append((gi, closing.group(0).strip(), closing.group(0).strip()))
            out.extend(_split_signed_dates([(gi, rest, raw_rest.strip())]))
            continue
        if (
            text[:1] in "(（"
            and (lead := _LEADING_NOTE.match(text))
            and is_date_line(rest := text[lead.end() :].strip())
        ):
            # '(此件发至乡)            2017年6月13日': the 附注 set left on the date's line
            out.append((gi, lead.group(0).strip(), lead.group(0).strip()))
            out.append((gi, rest, rest))
            continue
        if text.endswith(("。", ")", "）")) and (note := _TRAILING_NOTE.search(text.rstrip("。"))):
            # '国务院办公厅  2019年6月14日  (此件公开发布)': the note a line of its own after
            # (a full stop after it where a site ran the text on: '…(此件主动公开)。')
            text, rawt = text.rstrip("。"), rawt.rstrip().rstrip("。")
            head = text[: note.start()].rstrip()
            if head:
                raw_note = _TRAILING_NOTE.search(rawt)
                raw_head = rawt[: raw_note.start()] if raw_note else head
                out.extend(_split_signed_dates([(gi, head, raw_head)]))
                out.append((gi, note.group(0).strip(), note.group(0).strip()))
                continue
        if len(text) > 80 and text[-1:] == "日" and (tail := _signed_tail(text)) is not None:
            # a flattened document's last line, its signers and date run onto its last words
            # ('…绩效目标表莆田市财政局莆田市林业局2021年12月30日'): text, signers, date apart
            body, who, day = tail
            out.extend([(gi, body, body), (gi, who, who), (gi, day, day)])
            continue
        # only a line that ends like a date can end with one (and a date alone is no signer's)
        dated = text[-1:] in "日0123456789" and len(text) <= 80 and not is_date_line(text)
        m = _SIGNED_DATE.match(text) if dated and _may_hold_date(text) else None
        if m:
            who = m.group("who").strip()
            raw_who = rawt.strip()
            cut = _SIGNED_DATE.match(raw_who)
            raw_who = _officer_line(cut.group("who").strip() if cut else who)
            if _is_signer(who, raw_who):
                out.append((gi, who, raw_who))
                out.append((gi, m.group("date"), m.group("date")))
                continue
            if who[:1] == "【" and who.endswith("】") and len(who) > 6:
                # a site's headline in brackets run onto the date under the signers
                # ('【某某施工交通管理通告】2022年8月5日'): the date is the document's
                out.append((gi, m.group("date"), m.group("date")))
                continue
            if _DATE_LABEL.search(who):
                pass  # '截止日期2020年11月10日': a field of the text, not a signature
            elif (
                2 <= len(who) <= 20
                and re.fullmatch(r"[\u4e00-\u9fff]+", who)
                and m.group("date")[:1] not in "0123456789-"
            ) or (re.fullmatch(r"[\u4e00-\u9fff]{2,20}", who) and "年" in m.group("date")):
                # a name the signer is not recognisable by ('山东省财政' cut short): the
                # date is the document's, the name is not taken for an issuer
                out.append((gi, m.group("date"), m.group("date")))
                continue
        out.append((gi, text, rawt))
    return out


def _join_presidium(
    lines: list[tuple[int, str, str]], joined: dict[int, int]
) -> list[tuple[int, str, str]]:
    """A presidium's name broken over two lines of the signature ('某某县第十八届人民代表大会'
    / '第二次会议主席团'), or an organ's long name over the two lines above the date ('某县应对
    …肺炎' / '疫情工作领导小组指挥部'): one signer, on its first line's group (``joined`` maps
    that group to the group of the second line, where they differ)."""
    out: list[tuple[int, str, str]] = []
    for k, (gi, text, rawt) in enumerate(lines):
        if out and (
            (text.endswith("主席团") and _PRESIDIUM.fullmatch(out[-1][1] + text))
            or (
                # (over the date, or the second line opening on a conjunction, no signer's)
                (
                    (k + 1 < len(lines) and _dated(lines[k + 1][1]))
                    and broken_organ(out[-1][1], text, dated=True)
                )
                or (text[0] in "和与及" and broken_organ(out[-1][1], text))
            )
        ):
            last = out.pop()
            out.append((last[0], last[1] + text, last[2].strip() + rawt.strip()))
            if gi != last[0]:
                joined[last[0]] = gi
            continue
        out.append((gi, text, rawt))
    return out


def _listed_under(lines: list[tuple[int, str, str]], k: int) -> bool:
    """Whether line ``k``, an organ's name in a group of its own, is what the numbered item
    above it lists ('2、职能单位末位排名' / '交通局'), not the first of the signers under it: a
    bare organ's name (no place's before it, as a signer's has; an attachment list's last item
    above a joint signature is no heading over it)."""
    if k == 0 or lines[k][0] == lines[k + 1][0] or lines[k - 1][1][-1:] in "。；;：:":
        return False
    name = lines[k][1]
    return (
        match_number(lines[k - 1][1]) is not None
        and not starts_with_place(name)
        and NAMED_ORGAN_START.match(name) is None
    )


def _signed_over_issued(lines: list[tuple[int, str, str]]) -> tuple[int, int] | None:
    """Where two or more organs' full names (a place's first), a line each under a sentence's
    end, stand over a title (the text the notice issues): their first line and the line after
    the last; None where no such run is."""
    k = 1
    while k < len(lines) - 2:
        if not lines[k - 1][1].endswith("。"):
            k += 1
            continue
        end = k
        while end < len(lines) and _placed_organ(lines[end][1]):
            end += 1
        if end - k >= 2 and end < len(lines) and title_end(lines[end][1]) is not None:
            return k, end
        k = end + 1
    return None


#: the formula a notice's last sentence closes with: '特此通告', '特此公告。'
_CLOSING = re.compile(r"特此(?:通告|公告|通知|函告|批复|告知|通报)[。.!！]?$")


def _signed_after_closing(lines: list[tuple[int, str, str]]) -> tuple[int, int] | None:
    """Where the text ends on two organs' full names or more (a place's first), a line each
    under its closing formula ('特此通告' / '某省某委员会' / '某省某办公室'), no date under them:
    their first line and the text's end; None where the text ends otherwise."""
    k = len(lines)
    while k > 0 and _placed_organ(lines[k - 1][1]):
        k -= 1
    if (
        len(lines) - k >= 2
        and k > 0
        and (_CLOSING.search(lines[k - 1][1]) or _ATTACHMENT_NOTE.match(lines[k - 1][1]))
    ):
        # (or under its 附件说明, where GB/T 9704 puts the signature)
        return k, len(lines)
    return None


def _placed_organ(text: str) -> bool:
    """A line that is one organ's full name, its place first: a joint signer's line."""
    return len(text) <= 30 and starts_with_place(text) and is_org(text)


def _between(groups: list[int], first: int, last: int) -> int:
    """How many of ``groups`` (sorted) lie strictly between ``first`` and ``last``."""
    return bisect_left(groups, last) - bisect_right(groups, first) if groups else 0


def _before_posting(text: str, posted: str | None) -> str | None:
    """A date whose marks the page lost, read two ways ('2020126': 1月26日 or 12月6日), where
    only one of the readings is on or before the day the page was posted."""
    if posted is None:
        return None
    readings = [d for d in compact_readings(text) if d <= posted]
    return readings[0] if len(readings) == 1 else None


def _join_wrapped_names(lines: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """An organ's name wrapped over two lines of one group, each signer's so ('某旗交通运输' /
    '综合行政执法大队' / '某旗公安局' / '交通管理大队', centred in a narrow cell): one line each,
    where the first opens with a place and the second, which names none, ends the name."""
    out: list[tuple[int, str, str]] = []
    for gi, text, rawt in lines:
        if (
            out
            and out[-1][0] == gi
            and len(text) <= 16
            and text[:1] not in _LEVEL_OPENERS
            and not text.startswith("中共")
            and is_org(text)
            and not starts_with_place(text)
            and PLACE.match(text) is None
            and _HAN_ONLY.fullmatch(out[-1][1]) is not None
            and not text.startswith(("国家", "中国", "全国"))
            and (starts_with_place(out[-1][1]) or PLACE.match(out[-1][1]) is not None)
            and not _sentence(out[-1][1])
            and is_org(out[-1][1] + text)
            and (not is_org(out[-1][1]) or out[-1][1].endswith(_UNITS_OVER))
        ):
            prev = out.pop()
            out.append((gi, prev[1] + text, prev[2].strip() + rawt.strip()))
            continue
        out.append((gi, text, rawt))
    return out


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]{4,24}")
#: a level a placeless organ's name may open with: '县教育局' under '某县人民政府' is another
#: signer, not the end of the name above it
_LEVEL_OPENERS = frozenset("省市县区州旗盟镇乡")
#: organs whose units sign under them on the next line: '某县公安局' / '交通管理大队'
_UNITS_OVER = ("公安局", "人民政府", "委员会")


def _join_broken_dates(lines: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """A date broken after its year, or at each of its digits' ends ('2014' / '年8月12日';
    '2014' / '年6' / '月28' / '日': a page's narrow cell), all its lines in one group: one line.
    (A year broken too, '202' / '6' / '年', the cleaner has joined: see clean/shape.py.)"""
    if not any(len(t) == 4 and t.isdigit() for _gi, t, _r in lines):
        return lines
    out: list[tuple[int, str, str]] = []
    k = 0
    while k < len(lines):
        gi, text, rawt = lines[k]
        end = _broken_date_end(lines, k) if len(text) == 4 and text.isdigit() else None
        if end is not None:
            parts = lines[k : end + 1]
            out.append(
                (gi, "".join(t for _g, t, _r in parts), "".join(r.strip() for _g, _t, r in parts))
            )
            k = end + 1
            continue
        out.append((gi, text, rawt))
        k += 1
    return out


#: what the lines after a year may hold of its date: its marks and numbers, a few a line
_DATE_PIECE = re.compile(r"[年月日\d]{1,8}")


def _broken_date_end(lines: list[tuple[int, str, str]], k: int) -> int | None:
    """The last of the lines after a year (line ``k``) that complete its date, in its group."""
    joined = lines[k][1]
    for j in range(k + 1, min(len(lines), k + 5)):
        gi, text, _r = lines[j]
        if gi != lines[k][0] or not _DATE_PIECE.fullmatch(text):
            return None
        if j == k + 1 and not text.startswith("年"):
            return None
        joined += text
        if is_date_line(joined):
            return j
    return None


def _dated(text: str) -> bool:
    """A date line, though a page that lost its marks may leave which date open
    ('2020126': 1月26日 or 12月6日 — the signature is read, its date is not), or that printed
    no year ('5月22日': the same)."""
    return (
        is_date_line(text)
        or bool(compact_readings(text))
        or _MONTH_DAY.fullmatch(text.strip()) is not None
        # (or a site masked its figures: '****年*月**日' — the signature read, no date)
        or ("*" in text and _MASKED_DATE.fullmatch(text.strip()) is not None)
        # (or typed its month's mark as a day's: '2018年10日11日' — the same)
        or _MISMARKED_DATE.fullmatch(text.strip()) is not None
    )


#: a date whose month a page marked as a day: '2018年10日11日' (which date, unsaid)
_MISMARKED_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*日\s*\d{1,2}\s*日")
#: a date whose figures a site masked, some or all: '****年*月**日', '2023年**月*日'
_MASKED_DATE = re.compile(r"[\d*]{4}\s*年\s*[\d*]{1,2}\s*月\s*[\d*]{1,2}\s*日")


#: a date without its year: '5月22日', '十二月三日'
_MONTH_DAY = re.compile(
    # (or its year's figures lost, its 年 left: '年7月6日')
    r"(?:年\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)


def _after_text(lines: list[tuple[int, str, str]], k: int) -> bool:
    """Whether a sentence of the text stands above line k: a date over all of the text (a
    paper's or a page's, '渝西都市报 2021年11月30日') closes none of it."""
    return any(
        "。" in t or len(t) > 60 or (len(t) > 10 and t.endswith((".", "．")))
        for _gi, t, _r in lines[:k]
    )


def _under_number(lines: list[tuple[int, str, str]], k: int) -> bool:
    """Whether line k stands under a 文号 alone: a date whose marks a page lost ('2023830')
    there is a table's row flattened a cell a line (审批文号, 审批时间), not the text's date."""
    return k > 0 and is_doc_number_line(lines[k - 1][1])


#: a table's field for a time, over its value a cell a line: '挂牌时间' / '2025年10月6日'
_TIME_FIELD = re.compile(r"[\u4e00-\u9fff]{1,10}(?:时间|期限|截止日期)[:：]?")


#: the name of a text a notice issues: '现将《X》印发给你们'
_ISSUED_NAMED = re.compile(r"《([^《》]{4,60})》[^。《》]{0,20}?(?:印发|转发|发布|公布)")


def _closes(lines: list[tuple[int, str, str]], k: int) -> bool:
    # (a table's bars between its cells, '| ||', passed over)
    above = next(
        (lines[x][1] for x in range(k - 1, max(-1, k - 4), -1) if lines[x][1].strip("|｜ ")), ""
    )
    if _TIME_FIELD.fullmatch(above):
        return False  # a table's cell under its field's name, a line each: no closing date
    if k >= len(lines) - 4:
        return True
    if k > 0 and ORG_END.search(lines[k - 1][1]):
        return True  # under a signer's name (run onto the last paragraph in flattened text)
    if k > 0 and CLOSING.match(lines[k - 1][1]):
        return True  # under the text's closing words ('特此公告'), an issued text's head after it
    after = lines[k + 1][1]
    if any(
        after.startswith(named)
        for x in range(max(0, k - 3), k)
        for named in _ISSUED_NAMED.findall(lines[x][1])
    ):
        return True  # the title of the text it issues, the text run on ('现将《X》印发' / X…)
    # what follows a closing date: 附件, 抄送, a note, or the title of a text it issues — a
    # short line, not a sentence or an item of the text
    return bool(
        re.match(r"^(?:附\s*件|附\s*[:：]|抄\s*送|[(（]此件|[(（]联系人|主题词)", after)
        or ("。" not in after and len(after) <= 60 and match_number(after) is None)
    )


def _sentence(text: str) -> bool:
    """A line of the text's sentences, longer than any signature's: its line as read (spaces
    and all) tells nothing of a signer, and is not looked up."""
    return len(text) > 60 and ("。" in text or "，" in text)


def signatures(groups: list[Group], raw: dict[int, str], posted: str | None = None) -> Signature:
    """Signature blocks anywhere in a document: signer lines then a date line (in one group
    or in consecutive ones), and a joint-signature table of organisations at the end.
    (``posted``: the day the page says it was posted, where it says so — a document is dated
    on or before it.)"""
    sig = Signature()
    lines = [
        (gi, text, text if _sentence(text) else _officer_line(raw_line(raw, ln).strip()))
        for gi, g in enumerate(groups)
        if not g.is_table
        for ln in g.lines
        # (a date line a PDF's extraction spaced inside its figures, '202 4 年 7 月 9 日': the
        # date, its spaces closed)
        for text in (_unspaced_date(ln.text.strip()),)
    ]
    per_line = Counter(gi for gi, _t, _r in lines)
    # a bilingual page's English lines under each of the signature's ('Liao Guoxun,' / 'Mayor
    # of Tianjin', 'December 5, 2020') are passed over, and still counted in their groups
    english = Counter(gi for gi, t, _r in lines if t[:1].isascii() and translation_line(t))
    # (a group of English lines alone stands between the signer's and the date's without
    # parting them)
    english_only = sorted(gi for gi, n in english.items() if n == per_line[gi])
    if english:
        lines = [x for x in lines if not (x[1][:1].isascii() and translation_line(x[1]))]
    joined: dict[int, int] = {}
    lines = _join_presidium(
        _split_signed_dates(_join_broken_dates(_join_wrapped_names(lines))), joined
    )
    per_group = Counter(gi for gi, _t, _r in lines) + english
    k = 0
    while k < len(lines):
        run = k
        while (
            run < len(lines)
            and (
                _is_signer(lines[run][1], lines[run][2])
                # (under a signer, the line of the body whose seal stands for its own: '(某厅代章)')
                or (run > k and lines[run][1][:1] in "(（" and _SEAL_FOR.fullmatch(lines[run][1]))
            )
        ):
            run += 1
        while run - k > 1 and _listed_under(lines, k):
            k += 1  # an organ listed under a numbered item, a group apart from the signer
        date_at = signed_to = run
        while (
            date_at < len(lines)
            and (
                (lines[date_at][1][:1] in ("(", "（") and _NOTE.match(lines[date_at][1]))
                # (or the 附件 label the date was printed after: '某局' / '附件' / '2023年…')
                or (run > k and lines[date_at][1] in ("附件", "附件:", "附件："))
            )
            and date_at - run < 2
        ):
            date_at += 1  # '（此件公开发布）' printed between the signature and its date
        if (
            run > k
            and date_at < len(lines)
            and _dated(lines[date_at][1])
            and (
                lines[date_at][0]
                - lines[k][0]
                - _between(english_only, lines[k][0], lines[date_at][0])
                <= date_at - k + 1
            )
        ):
            run = date_at
            if sig.date is None:
                # the document's own signature is its first; later ones sign what it
                # forwards or attaches
                # (a note printed between the signers and the date signs nothing)
                for _gi, text, rawt in lines[k:signed_to]:
                    names = _signers(text, rawt)
                    if len(names) > 1 and "、" not in rawt:
                        sig.printed.extend(names)  # joint issuers on one line: each signs
                    else:
                        printed = " ".join(clean_line(PLACEHOLDER.sub(" ", rawt)).split())
                        if ran := _CONTACT_THEN_ORGAN.match(printed.replace(" ", "")):
                            printed = ran.group("org")  # (the phone run onto it is no name)
                        # (the mark where its seal is pressed, '(章)', is no part of the name;
                        # '(某厅代章)' names the body whose seal stands for it, and stays)
                        sig.printed.append(_SEAL_MARK.sub("", printed) or printed)
                    for name in names:
                        if name not in sig.signers:
                            sig.signers.append(name)
                sig.date = (
                    parse_date(lines[run][1])
                    or compact_date(lines[run][1])
                    or _before_posting(lines[run][1], posted)
                )
            # the groups the signature fills, and only those: a group that holds text as
            # well stays in the body (nothing of the text is lost with a signature)
            taken = Counter(gi for gi, _t, _r in lines[k : run + 1])
            # a note between the signers and the date that is a group of its own stays in
            # the text ('（此件公开发布）' is the 附注 of the document, not its signature)
            notes = {gi for gi, _t, _r in lines[signed_to:run]} - {
                gi for gi, _t, _r in [*lines[k:signed_to], lines[run]]
            }
            sig.groups.extend(
                gi for gi, n in taken.items() if n == per_group[gi] and gi not in notes
            )
            # the group a presidium's name ended in, where that line was all it held
            sig.groups.extend(
                joined[gi] for gi in taken if gi in joined and per_line[joined[gi]] == 1
            )
            k = run + 1
            continue
        k = max(run, k + 1)
    if (
        not sig.signers
        and (over := _signed_over_issued(lines) or _signed_after_closing(lines)) is not None
    ):
        # joint issuers a line each, no date under them: under the notice's last sentence, over
        # the title of the text it issues ('…抓好贯彻落实。' / '某市农业农村委员会' / … / '某市
        # 质量兴农战略实施方案'), or under its closing formula at the text's end ('特此通告' /
        # '某省某委员会' / '某省某办公室'): they sign the notice
        # (a bracketed signer, read below, is neither: its line opens with a bracket)
        first, end = over
        for gi, text, _rawt in lines[first:end]:
            sig.printed.append(text)
            sig.signers.append(text)
            if per_group[gi] == 1:
                sig.groups.append(gi)
    if not sig.signers and lines and (m := _BRACKETED_ORG.match(lines[-1][1])):
        # a bulletin signed by its issuer in brackets under the text: '（万载县统计局）'
        name = m.group("org")
        if ORG_END.search(name) and len(name) <= 30:
            sig.signers, sig.printed, sig.bracketed = [name], [name], True
            if per_group[lines[-1][0]] == 1:
                sig.groups.append(lines[-1][0])
    if not sig.signers and len(lines) >= 2 and _undated_signer(lines, groups, raw):
        # the text ends on its issuer's name, no date under it (the page cut after it, or a
        # month without its day): the issuer signs
        gi, text, _rawt = lines[-1]
        sig.signers, sig.printed = split_organs(text), [text]
        if per_group[gi] == 1:
            sig.groups.append(gi)
    elif (
        not sig.signers
        and len(lines) >= 3
        and (
            (
                _MONTH_ONLY.fullmatch(lines[-1][1])
                and (
                    # (the month a group of its own under the signer's, or in the signer's)
                    _undated_signer(
                        lines[:-1], groups, raw, lines[-1][0] - (lines[-1][0] != lines[-2][0])
                    )
                    # (or an organ's name between the text's last sentence and the month)
                    or (lines[-3][1].endswith("。") and is_org(lines[-2][1]))
                )
            )
            # (or the date's first figures, where the page was cut: '某局' / '20')
            or (_CUT_DATE.fullmatch(lines[-1][1]) and is_org(lines[-2][1]))
        )
    ):
        gi, text, _rawt = lines[-2]
        sig.signers, sig.printed = split_organs(text), [text]
        # (and the organs signing a line each over it, the text's last sentence above them:
        # joint signers over a month or a cut date)
        x = len(lines) - 3
        while x >= 1 and len(lines) - 2 - x < 3 and is_org(lines[x][1]):
            x -= 1
        signing = {gi, lines[-1][0]}
        if x < len(lines) - 3 and x >= 0 and lines[x][1].endswith(("。", "；", ";", "！", "!")):
            above = [t for _g, t, _r in lines[x + 1 : -2]]
            sig.signers[:0] = [n for t in above for n in split_organs(t)]
            sig.printed[:0] = above
            signing |= {g for g, _t, _r in lines[x + 1 : -2]}
        for g in sorted(signing):
            if per_group[g] == sum(1 for ln in lines if ln[0] == g):
                sig.groups.append(g)
    if not sig.signers and lines and (signed := _signed_at_end(lines[-1][1])) is not None:
        # a text flattened onto a line with its signature run onto its last sentence ('…请在公示
        # 期内向区委宣传部反映,中共某区委宣传部2022年4月8日。'): the organs sign, on that day
        # (the line stays in the body: it holds the text as well)
        sig.signers, sig.date = split_organs(signed[0]), signed[1]
        sig.printed = list(sig.signers)  # (run together, each organ's name is its line)
    if sig.date is None:
        # no signature printed: the date alone under the text is the document's — a date
        # line that closes the text (its last lines, or before 附件, a note or an issued
        # text), not one inside it
        sig.date = next(
            (
                parse_date(t) or (compact_date(t) if not _under_number(lines, k) else None)
                for k, (_gi, t, _r) in enumerate(lines)
                if _dated(t) and _closes(lines, k) and _after_text(lines, k)
            ),
            None,
        )
    if groups and groups[-1].is_table:
        cells = [c.strip() for ln in groups[-1].lines for c in ln.text.split("\t") if c.strip()]
        if cells and all(ORG_END.search(c) and len(c) <= 30 for c in cells):
            sig.signers = [*cells, *(s for s in sig.signers if s not in cells)]
            sig.printed = [*cells, *sig.printed]
            sig.groups.append(len(groups) - 1)
    return sig


#: a line that ends on a date run onto the organs before it, perhaps a stop or the page's
#: credit after it: '…反映,中共某区委宣传部2022年4月8日。', '…某县妇女联合会2022年8月31日(来源:…'
_RUN_ON_DATE = re.compile(
    r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[。.]?(?:[(（]来源[:：][^()（）]{0,40}[)）。]?)?$"
)


def _signed_at_end(text: str) -> tuple[str, str] | None:
    """The organs and the date run onto the end of a line's last sentence: the longest run
    of whole organs' names before the date, after a mark that is no ideograph (a comma, a
    file's extension), each named with its place; None where there is no such run."""
    m = _RUN_ON_DATE.search(text)
    if m is None or m.start() < 20:
        return None
    before = text[: m.start()]
    for start in range(max(1, len(before) - 120), len(before) - 3):
        if "\u4e00" <= before[start - 1] <= "\u9fff":
            continue
        run = before[start:]
        names = split_organs(run)
        if (
            names
            and "".join(names) == run
            and all(is_org(n) and (starts_with_place(n) or n.startswith(_PARTY)) for n in names)
            and (day := parse_date(m.group("date")))
        ):
            return run, day
    return None


#: the openings of a party's or its league's organ before its place: '中共某县委宣传部'
_PARTY = ("中共", "共青团")


#: a date alone on its line, spaces inside its figures: '202 4 年 7 月 9 日'
_SPACED_DATE = re.compile(r"(?:1\s*9|2\s*0)[\d\s]{2,5}年[\d\s]{1,5}月[\d\s]{1,5}日")


def _unspaced_date(text: str) -> str:
    """The line, or the date it is with its spaces closed (only where that reads as a date)."""
    if "年" not in text or not text[:1].isdigit() or not _SPACED_DATE.fullmatch(text):
        return text
    closed = re.sub(r"\s+", "", text)
    return closed if parse_date(closed) else text


#: a closing date that names its year and month, not its day: '二○一四年一月'
_MONTH_ONLY = re.compile(
    r"(?:19|20)\d{2}年\d{1,2}月|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
)
#: the start of a closing date where the page was cut: '20', '2022年3'
_CUT_DATE = re.compile(r"(?:19|20)(?:\d{2}(?:年(?:\d{1,2}(?:月\d?)?)?)?)?")


#: a 附件说明 naming what is attached: '附件:某某名单', '附表:某某统计表'
#: (or '附:' alone, as older texts print it: '附:某某办公室《关于…的通知》')
_ATTACHMENT_NOTE = re.compile(r"^附\s*(?:[件表]\s*\d{0,2}\s*)?[:：]\s*\S{4,}")


def _undated_signer(
    lines: list[tuple[int, str, str]],
    groups: list[Group],
    raw: dict[int, str],
    last: int | None = None,
) -> bool:
    """Whether the last line is an organ's name that signs the text: after its closing
    formula ('特此公告') or its last sentence, or set far right as a signature is (its line
    indented). (``last``: the group it must be in, the text's last unless a line of its own
    follows it.)"""
    gi, text, _rawt = lines[-1]
    if last is None:
        last = len(groups) - 1
    if not is_org(text) or gi != last:
        return False
    if CLOSING.match(lines[-2][1]):
        return True
    if _ATTACHMENT_NOTE.match(lines[-2][1]):
        return True  # under the 附件说明, where GB/T 9704 puts the signature
    if (
        lines[-2][1].endswith(("。", "！", "!"))
        and len(text) <= 25
        and starts_with_place(text)
        and "会议" not in text
        and len(split_organs(text)) == 1
    ):
        # under the text's last sentence, a placed organ's name alone and nothing after it
        # (an undated 公告 or 说明, the page's date its only one): the organ signs (not a
        # meeting's secretariat, which prints a document it did not write)
        return True
    final = groups[gi].lines[-1]
    printed = raw.get(final.no, "")
    return final.text.strip() == text and len(printed) - len(printed.lstrip()) >= 12


def validity(texts: list[str], doc_date: str | None) -> tuple[str | None, str | None]:
    valid_from: str | None = None
    valid_until: str | None = None
    for t in texts:
        if "有效期" not in t and "起" not in t:
            continue
        if valid_until is None and (m := _VALID_UNTIL.search(t)):
            valid_until = parse_date(m.group("date"))
        if valid_from is None and (m := _VALID_FROM.search(t)):
            when = m.group("when")
            if _ON_ISSUE.search(when):
                valid_from = doc_date
            elif dm := DATE.search(when):
                valid_from = date_from_match(dm)
        if valid_until is None and valid_from and (m := _VALID_YEARS.search(t)):
            from gongbao.numbering import cn_to_int

            start = date.fromisoformat(valid_from)
            years = cn_to_int(m.group("n"))
            try:
                valid_until = (
                    start.replace(year=start.year + years) - timedelta(days=1)
                ).isoformat()
            except ValueError:
                valid_until = None
    return valid_from, valid_until
