"""文号 — the number a Chinese government document is issued under.

静府发〔2026〕1号          issuer code, year in 〔〕, serial, 号
国发[2018]12号 · 沪府规（2022）3号 · 京政办发【2019】5号    bracket variants
国办发„2009‟3号                                            〔〕 damaged by a PDF's font
上海市人民政府令第12号 · 第12号令                           orders (令)
(78)交公路字412号 · (1985)国发字第12号                        older: the year first, 字
南市交字第1130123號                                        Taiwan: office word 字, serial
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from gongbao.titles import BEFORE_CODE

#: a series' running count after a 公告's number, no part of it: '2019年第43号(总第221号)'
RUNNING_COUNT = r"[(（]\s*总第\s*\d{1,6}\s*[号號期]\s*[)）]"

DOC_NUMBER = re.compile(
    r"""(?P<code>(?:[(（]\s*[\u4e00-\u9fff]{1,3}\s*[)）]\s*)?
              [\u4e00-\u9fff]{1,12}?(?:[(（][\u4e00-\u9fff]{1,3}[)）][\u4e00-\u9fff]{0,6})?)
                                 # issuer code: 静府发, 国办函, 鲁密办(局)函, 新城管委(马府),
                                 # and a place's short name before it: (龙)应急罚
        \s*[〔\[【（(［﹝„〈<]\s*(?P<year>\d{4})\s*[〕\]】）)］﹞‟〉>]  # year in any bracket style
        \s*[第文]?\s*(?P<serial>\d{1,5}|\d{12})\s*[号號]  # serial; 闽政〔1998〕文333号
                                 # (or a market regulator's case number of twelve figures:
                                 # 沪市监普处〔2021〕072020003745号)
      | (?P<order>(?![日月年号號的以经經于於])[\u4e00-\u9fff]{1,20}?令\s*第\s*
            (?P<order_n>\d{1,5}|[一二三四五六七八九十百零〇]{1,6})\s*[号號])  # X令第N号, 第三号
      | (?P<order2>第\s*(?P<order2_n>\d{1,5})\s*[号號]令)                         # 第N号令
      | (?P<word>(?:[〔\[【（(]\d{4}[〕\]】）)])?[\u4e00-\u9fff]{1,12}?字\s*第\s*
            (?P<word_n>\d{1,12})\s*[号號])                 # 南市交字第N號, 〔1996〕武司字第82号
      | (?P<early>[〔\[【（(](?:\d{2}|\d{4})[〕\]】）)][\u4e00-\u9fff]{1,12}?字\s*第?\s*
            \d{1,6}\s*[号號])                             # (78)交公路字412号: an older form
      | (?P<notice>[\u4e00-\u9fff]{2,20}?[公通]告\s*(?P<notice_year>\d{4})\s*年\s*第\s*
            (?P<notice_n>\d{1,4})\s*[号號])                   # 税务总局公告2018年第58号
      | (?P<yearly>(?<![\d年])\d{4}\s*年\s*[公通]告\s*第\s*\d{1,4}\s*[号號])  # 2007年通告第3号
      | (?P<series>[\u4e00-\u9fff]{2,20}?(?:[局部委院署厅]|委员会|银行)\s*\d{4}\s*年\s*第\s*
            \d{1,4}\s*[号號]\s*[公通]告)              # 海关总署2019年第1号公告, its number first
      | (?P<term>[〔\[【［]\s*[一二三四五六七八九十\d]{1,3}\s*[届屆]\s*[〕\]】］]\s*第\s*
            (?:\d{1,5}|[一二三四五六七八九十百零〇]{1,6})\s*[号號])
                                          # a 人大常委会's 公告 by its term: 〔十一届〕第二十五号
    """,
    re.X,
)

_BRACKETS = str.maketrans(
    {
        "[": "〔",
        "]": "〕",
        "【": "〔",
        "】": "〕",
        "［": "〔",
        "］": "〕",
        "(": "〔",
        ")": "〕",
        "（": "〔",
        "）": "〕",
        "﹝": "〔",
        "﹞": "〕",
        "„": "〔",  # a PDF's 〔〕 mapped to the wrong glyphs: 国办发„2009‟3号
        "‟": "〕",
        "〈": "〔",  # (and a page's angle brackets: 宁政发<2009>7号)
        "〉": "〕",
        "<": "〔",
        ">": "〕",
    }
)


#: words that end the text before a 文号 run onto it ('…人民政府文件泉鲤政〔2021〕67号'):
#: an issuer code never contains them
def find_doc_number(text: str) -> str | None:
    """The first 文号 in ``text``, as printed but for spaces; an issuer code takes no more
    than the abbreviation before the year (the words run onto it in flattened text stay out)."""
    m = next(doc_numbers(text), None)
    if m is None:
        return None
    found = "".join(m.group(0).split())
    if m.group("code"):
        code = "".join(m.group("code").split())
        if code.startswith("空间") and text[: m.start()].rstrip().endswith("QQ"):
            # a page's sharing tool run onto the code ('QQ空间岚综管综〔2015〕88号'), where a
            # code of its own may hold the word ('清自然资空间规划【2020】25号')
            code, found = code[2:], found[2:]
        trimmed = BEFORE_CODE.sub("", code)
        # a 公告's or 通告's code may end in the word itself (方征启公告﹝2022﹞4号,
        # '某县城指通告〔2020〕1号', '通告〔2023〕2号'), and a government's code for its
        # minutes ('长府会议纪要〔2023〕39号'; not a masthead's '…常务会议纪要' run onto the
        # number) or its replies ('绵府批复〔2019〕247号'): kept then
        # (the word 字 after it too: '某审公告字〔2023〕5号')
        stem = code.removesuffix("字")
        kept = (
            code
            if (
                not BEFORE_CODE.sub("", stem) and stem.endswith(("公告", "通告")) and len(stem) <= 8
            )
            or (not trimmed and _MINUTES_CODE.fullmatch(code) is not None)
            else trimmed
        )
        qualified = trimmed == "字" and _QUALIFIED_CODE.fullmatch(code) is not None
        # (a code with its qualifier in brackets and its kind word before 字, '某国土(执法)决定字':
        # the whole code, its kind word its own, not a title's end)
        # (eight characters, a bracketed short name inside it aside: '湘(岳)文执罚网字',
        # '威自然执(经)罚字', '江海国土(执法)处告字')
        inner = _BRACKETED_PART.search(kept)
        cap = 8 + (len(inner.group(0)) if inner else 0)
        short = code if qualified else _code_only(kept[-cap:])
        if len(kept) > cap and len(short) == cap and short[1] in "局厅委府室":
            # the eight characters kept open inside an organ's name ('…水利管理局沐河局防办函'
            # kept as '理局沐河局防办函'): the code opens after that name's end
            short = short[2:]
        found = found[len(code) - len(short) :] if short else found[len(code) :]
        found = _paired(found)
    elif m.group("order") and (titled := _TITLE_BEFORE_ORDER.match(found)):
        found = found[titled.end("title") :]  # the rules' title run onto their order's line
    elif m.group("notice"):
        kind = _NOTICE_KIND.search(found)
        if kind is not None:
            series, number = found[: kind.start()], found[kind.start() :]
            if not _ORGAN_END.search(series):
                # a 公告's title with its number run on ('某市人民政府征收土地公告2025年第10号'):
                # the number is the year's and the serial, the words before it the title's
                return number[2:]
            # '法规国家税务总局公告2018年第58号': the issuer's name opens at an organ's start
            at = _ORGAN_OPENS.search(series)
            found = series[at.start() :] + number if at else found
    return found


#: a short name in brackets inside an issuer code: '(岳)', '(执法)'
_BRACKETED_PART = re.compile(r"[(（][\u4e00-\u9fff]{1,3}[)）]")


#: the marks a page masks a code's characters with (not '*', markdown's bold as often)
MASKS = frozenset("×＊")


#: rules' title run onto the line of the order that promulgates them, in flattened text:
#: '某市电梯…管理办法某市人民政府令第90号'
_TITLE_BEFORE_ORDER = re.compile(
    r"(?P<title>[\u4e00-\u9fff]*?(?:办法|规定|条例|细则|规则|决定))"
    r"[\u4e00-\u9fff]{2,16}?(?:人民政府|政府|部|局|厅|委员会|署|国务院)令"
)
#: the kind a series of notices is numbered in, before its year: '…公告2018年第58号'
_NOTICE_KIND = re.compile(r"[公通]告(?=\s*\d{4}\s*年)")


#: the last character of an organ's name, before the 公告 that is its series' ('国家税务总局公告')
_ORGAN_END = re.compile(r"(?:[局部委院厅署府办]|委员会|银行|公司|中心)$")


#: a government's abbreviation and 会议纪要: '长府会议纪要', '沪府办会议纪要'
_MINUTES_CODE = re.compile(
    r"[\u4e00-\u9fff]?[府政][\u4e00-\u9fff]?(?:会议)?纪要"
    # (and its code for its replies: '绵府批复〔2019〕247号'; not '市政府批复', no code)
    r"|[\u4e00-\u9fff]?[^\W\d_政府]府批复"
)


#: a province's one-character name, with which most issuer codes open (鲁, 沪, 京 …)
_PROVINCE = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕秦甘陇青蒙桂藏宁新"
_ORGAN_OPENS = re.compile(r"(?:国家|国务院|中共|中国|全国)|[\u4e00-\u9fff]{2}(?:省|市|自治区)")


#: an issuer code with a qualifier in brackets inside it, 字 at its end: '江海国土(执法)决定字'
_QUALIFIED_CODE = re.compile(
    r"[\u4e00-\u9fff]{2,6}[(（][\u4e00-\u9fff]{1,3}[)）][\u4e00-\u9fff]{1,3}字"
)


def _code_only(code: str) -> str:
    """An issuer code without the organ's name or form word OCR ran onto it:
    '运输厅鲁交城市函' → 鲁交城市函, '明电鲁政办发明电' → 鲁政办发明电, '根据沪府规' → 沪府规."""
    if m := re.search(rf"[厅局委府室](?=[{_PROVINCE}])", code[:-2]):
        code = code[m.end() :]
    elif m := re.search(r"员会(?=[\u4e00-\u9fff]{2})", code):
        # a committee's name run onto a code of another place's ('…发展和改革委员会南方监能安全'):
        # no code holds 委员会
        code = code[m.end() :]
    if len(code) > 3:
        # a form word or the word that cites it: '根据沪府规【2016】168号'
        code = re.sub(
            rf"^(?:明电|法规|签发|根据|依据|按照|依照|参照|遵照|详见)(?=[{_PROVINCE}国])", "", code
        )
        if code.startswith("函") and len(code) > 3:
            # a letter's title run onto its number ('…制度的函国办函〔2019〕51号', a ministry's
            # code too: '…更名的函教发函〔2023〕143号'): no code opens with 函
            code = code[1:]
    return code


#: in a text without spaces, a 文号's last 号 stands at most 32 characters after the match's
#: start (``DOC_NUMBER``'s longest reach: a 20-character issuer code, bracketed year, 第 and a
#: five-digit serial; 12 characters, 字第 and a 12-digit serial), and the match ends at most
#: two characters after it ('第N号令'): a match is looked for only around a 号 (margins kept)
_REACH = 40
_AHEAD = 48
_HAO = re.compile(r"[号號]")
#: every character ``DOC_NUMBER`` can match: Chinese characters, 〇, digits, space, brackets
_MADE_OF = r"[\u4e00-\u9fff〇\d\s(（)）〔〕\[\]【】［］﹝﹞„‟〈〉<>]"
_RUN = re.compile(_MADE_OF + "*")
_RUN_TO = re.compile(_MADE_OF + r"*\Z")
_SPACE = re.compile(r"\s")
#: what every alternative of ``DOC_NUMBER`` holds besides its 号: a year in brackets (or an
#: older form's two figures), a term in brackets ('〔十一届〕'), or one of the words 令, 字, 告;
#: where none is, nothing matches (looked for before the pattern, whose lazy runs of
#: characters are tried at every place: '十八届第四次会议第39号建议')
_KEYS = re.compile(
    r"[令字告]|[〔\[【（(［﹝„〈<]\s*\d{2}|[〔\[【［]\s*[一二三四五六七八九十\d]{1,3}\s*[届屆]"
)
#: what every alternative of ``DOC_NUMBER`` prints before its last 号 (spaces aside): a digit
#: (``\d``, any decimal digit) or the Chinese numerals of an order's number
_NUMERALS = frozenset("一二三四五六七八九十百零〇")


def _numbered(text: str, at: int) -> bool:
    """Whether the 号 at ``at`` follows a number, as the last 号 of every 文号 does."""
    k = at - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and (text[k].isdecimal() or text[k] in _NUMERALS)


def doc_numbers(text: str) -> Iterator[re.Match[str]]:
    """``DOC_NUMBER.finditer(text)``, the same matches found faster. Every alternative opens
    with up to 20 Chinese characters, so the pattern is tried at every character of a
    paragraph; here only near a 号 that follows a number (most 号 of a text, 号召, 编号, are no
    文号's). A match that starts at or before that 号 reads nothing past ``_AHEAD``
    characters after it, so the bounded search finds what the whole text's would; a text
    with spaces, which the pattern lets stretch a match, is searched whole from there."""
    spaced = _SPACE.search(text) is not None
    pos = 0  # where the next match may start
    seek = 0  # where the next 号 is looked for
    while (hao := _HAO.search(text, seek)) is not None:
        at = seek = hao.start()
        seek += 1
        if not _numbered(text, at):
            continue  # no match ends with this 号 (one may start before it: its code's)
        if spaced:
            if _KEYS.search(text, pos) is None:
                return
            for found in DOC_NUMBER.finditer(text, pos):
                if (kept := _past_date(text, found)) is not None:
                    yield kept
            return
        # within the run of characters a 文号 is made of around the 号 (a comma, a 《 or a
        # full stop ends it): the pattern is tried at fewer places (reading a character no
        # 文号 holds fails a match as the text's end does)
        start = _RUN_TO.search(text, max(pos, at - _REACH), at)
        end = _RUN.match(text, at, at + _AHEAD)
        assert start is not None and end is not None  # (both may match nothing)
        if _KEYS.search(text, start.start(), end.end()) is None:
            pos = at + 1  # (no alternative's words or year there: '第39号建议')
            continue
        m = DOC_NUMBER.search(text, start.start(), end.end())
        if m is not None and m.start() <= at:
            if (kept := _past_date(text, m)) is not None:
                yield kept
            pos = seek = m.end()
        else:
            pos = at + 1  # no match starts at or before this 号


#: a date's month and day, its 日 last ('5月4日', '六月二十三日')
_MONTH_DAY = re.compile(r"月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")


def _past_date(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """``m`` without the end of a date printed just before the 文号 ('1985年5月4日皖政〔1985〕38
    号' is dated 4 May, not issued under 日皖政): matched again after the date's 日; None where
    nothing but the date stood before the year; None too for a code a page masked in part
    ('×政复〔2013〕102号': no number to read)."""
    code = m.group("code")
    if code and m.start() > 0 and text[m.start() - 1] in MASKS:
        return None
    if not code or "日" not in code:
        return m
    last = None
    for d in _MONTH_DAY.finditer(text, max(0, m.start() - 8), m.end("code")):
        if d.end() > m.start():
            last = d
    if last is None:
        return m
    return DOC_NUMBER.match(text, last.end())


#: the bracket families a year may stand in: an opening and a closing one of one family pair up
_FAMILY = str.maketrans("〔﹝[［【（(〕﹞]］】）)„‟〈<〉>", "TTSSLRRTTSSLRRDDAAAA")

_AROUND_YEAR = re.compile(r"(.)\s*\d{4}\s*(.)")


def _paired(found: str) -> str:
    """A year between brackets of two families ('静发改委【2026]3号', as OCR or a careless
    copy gives 〔〕) is in no style anyone printed: it takes the standard's 〔〕 (GB/T 9704),
    which names the same 文号 (``canonical``), rather than a form no document has."""
    m = _AROUND_YEAR.search(found)
    if m is None or m.group(1).translate(_FAMILY) == m.group(2).translate(_FAMILY):
        return found
    return canonical(found)


#: an issuer code and the year's bracket after it
_CODE = re.compile(r"(?P<code>[\u4e00-\u9fff]{1,12}?)\s*[〔\[［(（【﹝]\s*(?:19|20)\d{2}")


def issuer_code(doc_number: str) -> str | None:
    """The issuer's code a 文号 opens with, before its year's bracket ('黔国土资发' of
    '黔国土资发[2006]83号'); None for a 文号 of another form."""
    m = _CODE.match(doc_number)
    return m.group("code") if m else None


def numbered_by_office(doc_number: str) -> bool | None:
    """Whose series a government's 文号 is in: True for its office's ('宜政办〔2023〕26号'),
    False for the government's own ('宛政〔2011〕7号', '鲁政发…'); None where the code says
    neither (a department's, the State Council's '国发')."""
    m = _CODE.match(doc_number)
    if m is None or not re.search(r"[政府]", m.group("code")):
        return None
    return "办" in m.group("code")


def is_doc_number_line(text: str) -> bool:
    m = DOC_NUMBER.fullmatch(text.strip())
    return m is not None


def canonical(doc_number: str) -> str:
    """One bracket style, for matching a 文号 printed in different styles."""
    return doc_number.translate(_BRACKETS)
