"""Titles: which lines can open one, which continue it, and what sites print around it."""

from __future__ import annotations

import re
from functools import lru_cache

from gongbao.clean.wrapper import DATELINE
from gongbao.docnumber import find_doc_number
from gongbao.numbering import YEAR, match_number
from gongbao.structure.addressees import addressee_line
from gongbao.structure.boundaries import ends_like_title
from gongbao.structure.organs import is_org, issuer_opening, issuers_from_title, starts_organ
from gongbao.structure.zones import NUMBER_BEFORE_ORDER, zone_of
from gongbao.titles import (
    CLAUSE_MARKS,
    CLOSING,
    CONTENTS_HEAD,
    CONTENTS_HEAD_OPENS,
    TITLE_END,
    TITLE_KIND,
    title_end,
    unclosed,
)

#: a line that continues the title above it: '的通知', '暨…', '（试行）', '（2023年修订）'
#: (not a note in brackets that opens with a whole date: the day the text was issued, and by
#: whom, '（1987年10月26日国务院发布）', is a line of the head's own)
_CONTINUES = re.compile(
    rf"^(?:的|暨|和|及|与|之|等(?![级次])|[(（](?!\s*{YEAR}\s*年[^()（）年]{{1,8}}日).{{1,16}}[)）]$)"
)


#: the last word of a budget's account on a line of its own: '情况说明', '编制说明', '公开'
_BUDGET_NOTE_TAIL = re.compile(r"^(?:(?:编制|情况|公开|执行情况)?说明|公开)$")

_STATUS = re.compile(
    r"^[(（](?:试行|暂行|征求意见稿|草案|修订|修订稿|送审稿|\d{4}年修订|\d{4}年修正)[)）]$"
)


_MARKDOWN = re.compile(r"^#{1,6}\s+")


@lru_cache(maxsize=8192)
def plain(text: str) -> str:
    """A head line without markup: markdown heading and quote marks, bold, stray pipes.
    (Every head line is read with it, and again as a signature's or a raw title's: cached.)"""
    bare = text.strip().replace("**", "")
    # (bold's marks, not a page's masks round a character or two: '**省****' is a place and
    # an organ masked, no bold '省' over the title)
    text = text.strip() if "***" in text and len(bare.strip("* ")) <= 2 else bare
    if text.startswith("#"):  # (a markdown heading; the pattern is not tried on other lines)
        text = _MARKDOWN.sub("", text)
    text = text.strip()
    return text.lstrip(">|｜ ").rstrip("|｜ ").strip()


@lru_cache(maxsize=8192)
def title_like(text: str) -> bool:
    return (
        bool(text)
        and len(text) <= 150
        and "\t" not in text
        and "。" not in text
        and not text.endswith(("：", ":"))
        and not _NOT_TITLE.search(text)
        and not (_NUMBER_FIRST.match(text) and not ends_like_title(text))
        and not CLOSING.match(text)
        and zone_of(text) is None
    )


#: marks of a site's lines, never of a title: pipes, addresses, counters, a news headline's
#: exclamation mark ('公示!某县拟入选…')
_NOT_TITLE = re.compile(
    r"[|｜!！]|https?:|www\.|\.html?\b|>>|»"
    # (a site's domain after its name: '某县人民政府门户网站 m.yqfq.com.cn')
    r"|\s[a-z0-9-]{1,30}(?:\.[a-z0-9-]{1,30})*\.(?:com|net|org|cn)(?:\s|$)"
    # (a site's keywords joined by underscores, '动漫一区二区在线_国产一级在线播放_…': no title
    # has one)
    r"|[\u4e00-\u9fff]_[\u4e00-\u9fff]"
    # (a contact's number under its label, '某局举报电话: 0718-8417125')
    r"|电话\s*[:：]\s*[\d(（]"
    # (a content farm's question in brackets after a headline: '…公告(某地属于什么风险区)')
    r"|[(（][^()（）]{0,20}(?:什么|怎么|哪些|多少|吗|？|\?)[^()（）]{0,10}[)）]"
    # (a news headline's tilde, '…受到表扬~因为这个事'; a range's is between numbers)
    r"|(?<![\d一二三四五六七八九十〇])[~～](?![\d一二三四五六七八九十〇])"
    # the formulas of a notice's text, whatever its punctuation ('…现印发给你们请认真贯彻执行')
    r"|印发给你们|请(?:认真)?(?:贯彻|遵照)执行"
    # (a 公告's serial alone in brackets over its text: '(编号1)')
    r"|^[(（]\s*[编編]\s*[号號]\s*\d{1,4}\s*[)）]$"
)
#: a line that opens with a 文号: a title only when a title follows it on the line
_NUMBER_FIRST = re.compile(r"^\S{1,10}?[〔\[【﹝]\s*\d{4}")


#: what opens a title: its issuer, 关于, or a verb that issues
_TITLE_OPENS = re.compile(r"关于|關於|關于|印发|印發|转发|轉發|批转|颁布|公布|发布")


@lru_cache(maxsize=8192)
def title_start(text: str) -> bool:
    """A line a title can open with: one that is a whole title, its issuers, or its
    beginning ('关于…' broken over lines). A site's label ('百科知识') is none of these."""
    if ends_like_title(text) or is_org(text) or _TITLE_OPENS.search(text):
        return True
    if re.match(r"^《[^》]{2,30}》", text):
        return True  # an event or a work named first: '《中国诗词大会》(第四季)…通告'
    if _APPOINTED.fullmatch(text) or _CHAIRED.fullmatch(text):
        # a news headline of an appointment ('某某辞去某市副市长职务') or of a meeting its
        # chair held ('某某主持召开区政府第39次常务会议'), a name first
        return True
    parts = [p for p in re.split(r"[、，,\s]+", text) if p]
    if all(is_org(p) for p in parts) or starts_organ(text):
        return True
    # a place, then a year: '彭水苗族土家族自治县2021年预算执行' (a report's title broken)
    from gongbao.structure.places import places_in

    found = places_in(text[:24]) if "年" in text[:30] else []
    return (
        bool(found) and text.startswith(found[0]) and bool(YEAR_FIRST.match(text[len(found[0]) :]))
    )


#: a news headline of an appointment or a resignation: a name, the act, the post
_APPOINTED = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4}(?:[、，,\s]*[\u4e00-\u9fff]{2,4}){0,3}\s*"
    r"(?:任|辞去|当选|被任命为|被免去|不再担任|任命为)[\u4e00-\u9fff()（）]{2,24}?"
    r"(?:[长任记席员]|职务)\s*){1,3}"
)
_CHAIRED = re.compile(
    r"[\u4e00-\u9fff]{2,4}(?:主持召开|主持)[\u4e00-\u9fff\d（）()]{2,40}?(?:会议|会)"
)
#: a title broken just after '关于' and a few characters: '…常务委员会关于接受'
_BROKEN_AFTER_ABOUT = re.compile(r"(?:关于|關於|關于)[^，。\s]{0,6}$")
#: a 文号 opening a line, however garbled
_NUMBER_OPENS = re.compile(r"^[\S]{1,10}?[〔\[【]\s*\d{4}")

#: how a line ends when the title goes on under it
_OPEN_ENDS = ("的", "和", "与", "與", "及", "暨", "关于", "關於", "關于", "、", "对", "對")


#: a people's congress's meeting (or its standing committee's) named whole: '某镇第十七届人民
#: 代表大会第二次会议', '某市第十五届人民代表大会常务委员会第三次会议'
_CONGRESS_MEETING = re.compile(
    r"[\u4e00-\u9fff]{2,24}?第[一二三四五六七八九十百\d]{1,4}届人民代表大会(?:常务委员会)?"
    r"第[一二三四五六七八九十百\d]{1,4}次(?:全体)?会议"
)

#: a title that issues texts and has not yet said what it is ('…关于印发《某某办法》')
_ISSUES_UNCLOSED = re.compile(r"关于(?:印发|转发|批转|颁布|发布)[^的]*》$")


#: a title that issues a text named without quotes, its 的通知 not yet printed
_ISSUES_BARE = re.compile(r"关于(?:印发|转发|批转|颁布|发布)[^的《》]{4,40}$")

#: a title that opens with its year: '2023年度某某医院单位决算'
YEAR_FIRST = re.compile(r"^(?:19|20)\d{2}\s*年度?")


def _names_its_own(rest: str) -> bool:
    """Whether a title's words after its year open with a place (whose the title is)."""
    from gongbao.structure.places import starts_with_place

    return starts_with_place(rest)


#: an order's number and 令 alone on a line: '2号令', '第3号令'
_BARE_ORDER_NUMBER = re.compile(NUMBER_BEFORE_ORDER)


#: a 文号 in brackets closing a line
_NUMBER_AFTER = re.compile(r"\s*[(（][^()（）]{2,30}[号號][)）]$")
#: who attended a meeting and what they did, a news headline's subheadline: '某某出席并讲话',
#: '张三主持', '李四、王五出席'
_ATTENDED = re.compile(
    r"[\u4e00-\u9fff、]{2,16}?(?:出席并(?:作)?讲话|出席会议并讲话|主持(?:会议)?并讲话|出席会议|主持会议"
    r"|出席|主持|讲话|致辞)"
)


@lru_cache(maxsize=8192)
def continues_title(title: str, text: str) -> bool:
    """Whether ``text`` goes on with the title printed above it. (Every candidate title of a
    head asks again of the lines under it: cached.)"""
    if (
        unclosed(title, "《", "》") > 0
        and unclosed(text, "《", "》") < 0
        and (
            (title_like(text) and not addressee_line(text))
            # (however the quoted name's rest reads where the line ends the title: its
            # version's note, '（试行，2025 年 V1.0 版）》的通知', is no line of text)
            or (len(text) <= 60 and ends_like_title(text))
        )
    ):
        # a quoted name opened above and closed on this line, whatever it opens with ('…关于认真
        # 贯彻《中共中央' / '国务院关于…的决定》的通知'): one title
        return True
    if not title_like(text) or addressee_line(text):
        return False
    if _BARE_ORDER_NUMBER.fullmatch(text) and is_org(title):
        return True  # an organ's order by its number, under its name: '某某指挥部' / '2号令'
    if text.startswith("关于") and ends_like_title(text) and is_org(title) and "关于" not in title:
        # the issuer's name on a line of its own over the 关于 line, however long (a title
        # that lists places: '关于同意《某镇某村、某乡某村村庄规划》的批复')
        return True
    if text.startswith("关于") and ends_like_title(text) and _CONGRESS_MEETING.fullmatch(title):
        # a congress's meeting on a line of its own over the 关于 line of what it resolved
        # ('某镇第十七届人民代表大会第二次会议' / '关于《某镇政府工作报告》的决议'), the place
        # in no list of places: one title
        return True
    if len(text) > 40 and (CLAUSE_MARKS.search(text) or not _quote_runs_over(title, text)):
        return False  # (longer than a title's line: only a quoted name without a clause)
    if BYLINE_TAIL.match(text):
        return False  # a site's byline under the title ('浏览量:时间:…')
    if translation_line(text):
        return False  # a bilingual page's English line ('(No.2 [2004])') under a Chinese title
    if _FORM_FIELD.match(text):
        return False  # a cover's field under the title: '单位代码:042001001', '单位名称:某校'
    if text.startswith(("(略)", "（略）")):
        return False  # a tender site's mark where it left words out: a line of the text
    if text[:1] in CONTENTS_HEAD_OPENS and CONTENTS_HEAD.match(text):
        return False  # the contents' heading under the title
    if match_number(text) is not None:
        return False  # the text's first numbered heading ('一、全市经济社会发展主要预期目标')
    if _ATTENDED.fullmatch(text):
        return False  # a news headline's subheadline of who attended: '某某出席并讲话'
    if (
        "关于" not in text
        and is_org(title)
        and starts_organ(text)
        # (its 文号 in brackets after it perhaps: '…行政处罚决定书(某字〔2023〕第11号)')
        and (opening := issuer_opening(_NUMBER_AFTER.sub("", text)))
        and opening[0] != title
    ):
        # a site's banner of its government over a title that opens with another organ, its
        # issuer ('某市人民政府' / '某市自然资源局行政处罚决定书'): the title is the line's own
        return False
    if MEETING_HEADLINE.search(title) and not title.startswith(("关于", "關於")):
        # a news headline is whole; the line under it is its subheadline (but a 关于 line
        # that names the meeting it calls goes on: '关于召开中国人民政治协商会议' / '某市…的决定')
        return False
    if text.endswith("令"):
        # an order's line is a head of its own; not the kind alone under a 关于 line broken
        # before it ('某旗人民政府' / '关于…实施戒严防火' / '命令'), nor an order's name under
        # its issuer's line ('某县人民政府' / '森林高火险期禁火令')
        if text == "命令":
            return "关于" in title and not ends_like_title(title)
        return is_org(title) and len(text) >= 3 and not is_org(text[:-1])
    if text.startswith(title):
        return False  # the line above printed again and extended: it was an issuer's line
    if _BROKEN_AFTER_ABOUT.search(title) and not ends_like_title(title):
        return True  # broken just after '关于' and its verb: '…常务委员会关于接受'
    if _STATUS.match(text) or _CONTINUES.match(text) or title.endswith(_OPEN_ENDS):
        return True  # '（试行）', '的通知', or a title broken after '…感染的'
    if TITLE_END.fullmatch(text) and not ends_like_title(title):
        return True  # the kind alone on the last line: '通告'
    if title.endswith("》") and text.startswith("《") and _ISSUES_UNCLOSED.search(title):
        # the texts a notice issues a line each: '关于印发《甲》' / '《乙》' / '《丙》的通知'
        return True
    if title.endswith("》") and _ISSUES_UNCLOSED.search(title) and ends_like_title(text):
        # what it issues named past the quoted name, on the next line: '关于印发2022年《政府
        # 工作报告》' / '重点任务责任落实分工的通知' (the quote's 报告》 ends no title here)
        return True
    if (
        _ISSUES_BARE.search(title)
        and text.endswith("的通知")
        and not text.startswith(("关于", "關於"))
        and len(text) <= 24
    ):
        # a notice that issues a text it names without quotes, broken where the text's name
        # ends like a title: '…关于印发某某管理办法' / '实施细则的通知'
        return True
    if title.endswith(("预算", "决算")) and _BUDGET_NOTE_TAIL.match(text):
        return True  # a budget's account broken before its last word: '…部门预算' / '情况说明'
    if _NUMBER_OPENS.match(text):
        return False  # a 文号, however garbled
    if (
        title.startswith(("关于", "關於"))
        and "的" not in title
        and not text.startswith(("关于", "關於"))
        and not is_org(text)
    ):
        # a title opening with 关于 and not yet at its 的: it goes on, however its line
        # ends ('关于2020年某县…财政预算' / '执行情况及2021年…县本级' / '财政预算的报告')
        return True
    if is_org(title) and starts_organ(text) and ends_like_title(text):
        return False  # an issuer's line above a title that names its own issuer
    if (
        not is_org(title)
        and not title.endswith(_OPEN_ENDS)
        and ends_like_title(text)
        and issuers_from_title(text)
    ):
        return False  # a whole title with its issuers: what is above it is something else
    if (
        not is_org(title)
        and not title.endswith(_OPEN_ENDS)
        and (year := YEAR_FIRST.match(text))
        and ends_like_title(text)
        and _names_its_own(text[year.end() :])
    ):
        # a whole title opening with its year and naming whose it is ('2023年度某市某医院单位
        # 决算'): the lines above are a banner ('…培训基地'), not its first line
        return False
    if is_org(title) and any(
        text.startswith(title[-n:]) and is_org(title[-n:]) for n in range(2, len(title) + 1)
    ):
        return False  # the issuer above, then a title opening with its short name (国务院…)
    return not ends_like_title(title) and not is_org(text) and title_start(title)


def _quote_runs_over(title: str, text: str) -> bool:
    """A quoted name running over the title's lines: opened above and not closed, or opened
    on this line under a title broken after 关于 or 的."""
    return unclosed(title, "《", "》") > 0 or (
        unclosed(text, "《", "》") > 0
        and (title.endswith(_OPEN_ENDS) or _BROKEN_AFTER_ABOUT.search(title) is not None)
    )


#: a form's field, its label and a colon, then its value: no line of a title
_FORM_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]\s*\S")

#: a word of a Latin script, and an ideograph: a line of the one and none of the other is a
#: translation's, not the rest of a Chinese title
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def translation_line(text: str) -> bool:
    """A line of Latin words and no ideograph: a bilingual page's translation of the line
    above it."""
    return (
        _LATIN_WORD.search(text) is not None
        and _HAN.search(text) is None
        and _ADDRESS.search(text) is None  # (a page's address and time: the site's line)
    )


_ADDRESS = re.compile(r"https?:|www\.|\.(?:com|cn|net|org)\b", re.I)

#: a news headline that says a meeting was held: '区七届人大常委会召开第十一次会议'
MEETING_WORDS = (
    r"(?:(?:召开|举行)[^，。：:]{0,40}会议|会议(?:召开|举行|开幕|闭幕)"
    # (a meeting named for what it does: '…召开防汛抗旱地质灾害暨河长工作部署会')
    r"|(?:召开|举行)[^，。：:]{0,24}(?:部署|推进|调度|座谈|动员|培训|专题|工作)会)$"
)
MEETING_HEADLINE = re.compile(MEETING_WORDS)

#: a site's name, a dash, then the title (which opens with the same name)
_SITE_THEN_TITLE = re.compile(r"^(?P<site>[\u4e00-\u9fff]{2,20})\s*[-—－]\s*(?P<title>\S{6,})$")

#: what a site appends to a title: its name, a year, a version note, a 文号 in brackets
_SITE_TAIL = re.compile(
    # (and a news site's day: '…的通告(29日)')
    # (and a news site's day in figures, in brackets: '…的通告【2012-03-09】'; a count of the
    # posts a recruitment offers, and the page of a copy split in parts: '…公告(7218人)(4)',
    # '…公告(2名)', '…招聘公告【招3人】')
    r"(?:\s*[【\[]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*[】\]]|\s*[【\[]招?\d{1,5}人[】\]]|\s*[(（]\d{1,6}[人名][)）](?:\s*[(（]\d{1,2}[)）])?|\s*[(（]\s*(?:\d{1,2}月)?\d{1,2}日\s*[)）]|\s*[(（]\s*附\s*[:：][^()（）]{1,20}[)）]|(?P<year>\s*[(（]\s*\d{4}\s*年(?:修正|修订|修改|本)?\s*[)）])|\s*[(（]\s*(?P<number>[^()（）]{2,16}"
    r"[〔\[【（(]\s*[\dOo]{4}\s*[〕\]】）)]\s*\S{0,6}?号)\s*[)）])$"
)

#: the characters every ``_SITE_TAIL`` ends on (or a line break after them, where '$' matches):
#: a title that ends on none is not searched, character by character, for one
_SITE_TAIL_ENDS = (")", "）", "】", "]", "\n")

#: a byline run onto the title's line: '…纪要(第四次)时间:2022-05-19来源:本站'
BYLINE_TAIL = re.compile(
    r"(?:(?:发布)?时间|来源|访问次数|浏览次数|阅读次数|点击数|作者|发布日期)\s*[:：].*$"
)


_TITLE_END_ANY = TITLE_KIND


#: a 文号 opening a line (no 关于 before it: a title that cites one, '某厅关于…〔2017〕36号
#: 文件…的函')
LEADING_NUMBER = re.compile(
    r"^(?:(?!关于)\S){1,24}?(?:[〔\[【（(]\s*\d{4}\s*[〕\]】）)]\s*第?\s*\d{1,5}\s*号|公告\s*\d{4}\s*年\s*第\s*\d{1,4}\s*号)"
)


#: a site's label before the title: 核心提示：, 原文标题：
_SITE_LABEL = re.compile(
    r"^(?:核心提示|原文标题|标题|文件名称|题目)\s*[:：]\s*|^[\u4e00-\u9fff]{2,20}?令\s*[:：]\s*(?=\S{4})"
    r"|^[\u4e00-\u9fff]{2,8}\s*[丨｜|]\s*(?=\S{6})"  # a site's column tag: '政务服务丨…'
    # a site's tag of what kind of item it is: '【解读】…计划解读'
    r"|^[【\[](?:解读|图解|转载|原创|视频|专题|推荐|置顶|热点|关注|重要通告|重要通知|最新通告|紧急通知|紧急通告|通告|通知|公告)[】\]]\s*(?=\S{6})"
    # (or several, of readings by whom and of what: '【负责人解读】【议题解读】:…'), after a
    # record's label of the name perhaps ('名称 【文字解读】…')
    r"|^(?:名称\s*)?(?:[【\[][\u4e00-\u9fff]{0,4}解读[】\]]\s*)+[:：]?\s*(?=\S{6})"
    # (a news agency's mark of a text it releases on the organ's authority: '(受权发布)…')
    r"|^[(（【\[]受[权權][发發]布[)）】\]]\s*(?=\S{6})"
)
#: the meeting's document number a report carries above its title: '市九届人大六次会议文件（十五）'
SESSION_FILE = re.compile(
    r"^\S{0,12}?[一二三四五六七八九十\d]{1,3}届(?:人大|人民代表大会|政协)\S{0,4}?[一二三四五六七八九十\d]{1,3}次"
    # (the file's number, or its part of a set: '(十五)', '(六之1)')
    r"(?:全体)?会议\s*(?:文\s*件|材\s*料)\s*(?:[(（]?\s*[一二三四五六七八九十百\d]{1,4}"
    r"(?:\s*之\s*[一二三四五六七八九十\d]{1,3})?\s*[)）]?)?"
)
#: a 公告's bare number after its title, an aggregator's tag words after it: '…的公告第1号
#: 某某农用地城乡建设局' (no title goes on after its number)
_TAGGED_NOTICE_NUMBER = re.compile(r"(?<=告)第\d{1,4}号(?=[\u4e00-\u9fff]{2,16}$)")
_NOTICE_NUMBER = re.compile(
    # (the kind may be named again inside: '…的通告(2022年第76号通告)')
    # (and a bulletin's: '…普查公报(第一号)'; a 提示单's: '…的提示单(第1号)'; or a series'
    # issue: '…抽检公告(2019年第6期)'; the year without its 年 before 第: '…的公告(2017第21号)')
    # (or in a 文号's brackets, the page of a copy split in parts after it: '…的通告〔2019年 第
    # 11号〕(2)')
    r"(?<=[告示报单\]])\s*(?:[(（〔](?P<number>(?:(?:19|20)\d{2}\s*(?:年\s*|(?=第)))?第?\s*\d{1,4}\s*[号期]"
    r"(?:通告|公告)?|第[一二三四五六七八九十]{1,4}号)[)）〕](?:\s*[(（]\d{1,2}[)）])?"
    r"|(?P<bare>第\s*\d{1,4}\s*号))$"
)
_NOTE_MARK = re.compile(r"\s*(?:\[\d{1,3}\]|\[[^\[\]]{1,8}\])$")
#: the verb a news lead tells a document's issue with, before the title's 关于
_NEWS_VERB = re.compile(r"(?:发布|印发|出台|公布|下发)了?(?=关于)")
_NEWS_VERB_OPENERS = frozenset("发印出公下")
#: the words of a site's headline for the whole text it shows, after the text's name, and an
#: essay site's for a text it offers as a model ('…工作计划范文')
_FULL_TEXT_TAIL = re.compile(r"全文(?:发布|公布)?$|范文$|范本$")
#: what the name before them never holds: a clause's marks, or a quoted name
_FULL_TEXT_STOPS = re.compile(r"[。，,；;《]")
_WRAPPED = re.compile(
    r"^[《〈](?P<title>[^《》]*(?:《[^》]*》[^《》]*)*)[》〉]$"
    # (or in 【】, as a repost prints its headline: '【关于终止…的通知】')
    r"|^【(?P<bracketed>[^【】]*)】$"
)
_NUMBER_IN = re.compile(r"\s*\S{1,16}?[〔\[【（(]\s*\d{4}\s*[〕\]】）)]\s*第?\s*\d{1,5}\s*号.*$")


#: words a title goes on with after its kind word, never a site's name: '…部门预算公开'
_TITLE_TAILS = frozenset({"公开", "说明", "情况说明", "编制说明", "草案"})
#: an organ's name opening a part's heading: '某镇人民政府…', '某某局…'
_PART_ORGAN = re.compile(
    r"[\u4e00-\u9fff]{2,16}?(?:人民政府|办事处|委员会|办公室|局|厅|委|院|中心|所|站)(?=\d|[\u4e00-\u9fff])"
)
#: the organ whose site it is after a dash, as a page's title tag ends: '-某区人民政府',
#: ' - 某省发展和改革委员会'
_SITE_AFTER_DASH = re.compile(
    r"\s*[-_－|｜]\s*[\u4e00-\u9fff]{2,20}(?:人民政府|委员会|办公厅|办公室|厅|局)(?:门户)?(?:网站)?"
    # (or a sub-page's name after an underscore, which no title holds: '…公告_选调名额及范围')
    r"|_[\u4e00-\u9fff]{2,12}"
    # (or any site's words after a spaced dash, a spammer's among them: '…的通告 -某某首页app')
    r"|\s+[-－|｜]\s*[\u4e00-\u9fffA-Za-z0-9]{2,16}"
)
#: how the name of a site run onto a title ends ('中华文库'), unlike words that go on with
#: the title ('…报告重点工作责任分解', '…计划解读'); and the count of a set ('纪要三篇')
_SITE_NAME_END = re.compile(
    r"(?:文库|網|网|网站|在线|之窗|门户|频道|百科|平台|[一二三四五六七八九十]篇)$"
)


#: a bare year after a title and a space: a site's tag of the year it files the page under
_YEAR_TAG_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?P<year>(?:19|20)\d{2})$")
#: a site's column named before the title and a dash, the kind the title ends with
_COLUMN_DASH = re.compile(r"^[•·\s]*(?P<column>[\u4e00-\u9fff]{2,8})\s*[—－]{1,2}\s*(?=\S{6})")
#: a 文号 printed with its year's brackets empty, run onto the title
_YEAR_LOST_NUMBER = re.compile(
    r"(?<=通告|通知|决定|意见|公告|办法|批复|报告|方案|规定|通报|纪要)"
    r"[\u4e00-\u9fff]{1,6}[〔\[【（(]\s*[〕\]】）)]\s*\d{1,5}\s*号$"
)
#: a gazette's note that the text it prints is the document: '(不另行文)', '（此件不另行文）'
_NO_SEPARATE_ISSUE = re.compile(r"\s*[(（](?:此件)?不另行文[)）]$")
#: '院办发〔2022〕5号(2021-2022学年度第十次校长办公会纪要)'
_NUMBER_THEN_BRACKETED = re.compile(
    r"^(?P<number>\S{2,20}?[〔\[【（(]\s*\d{4}\s*[〕\]】）)]\s*\d{1,5}\s*号)\s*[(（](?P<title>[^()（）]{4,80})[)）]$"
)


#: a tab's short label and a bullet before the headline it shows: '会议题目 • 某某主持召开…'
_TAB_LABEL = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,6})\s*[•·]\s*(?=\S{6})")


#: a 公告's name and number, then its subject run onto the line
_NUMBER_THEN_SUBJECT = re.compile(
    r"(?P<title>[\u4e00-\u9fff]{4,40}?[公通]告)\s*[(（](?P<number>第[一二三四五六七八九十\d]{1,4}号)[)）]"
    r"\s*关于.{4,80}$"
)
#: a site's note after a title of how the item was handled, a sentence in brackets
#: (or of whether the text is still in force: '(已失效)', '（已废止）', '(部分条款已修改)')
#: an investment platform's code of the project a reply approves, after the reply's title
_PROJECT_CODE = re.compile(
    r"[\[（(【]\s*项目(?:代码|编码|编号)\s*[:：]\s*[0-9A-Za-z-]{6,40}\s*[\]）)】]$"
)
_STATUS_NOTE = re.compile(
    r"[(（][^()（）]{0,20}(?:已办结|办结|已回复|已答复|已失效|失效|已废止|废止|已修订|已修改)[。.]?[)）]$"
)


#: a gazette's issue in brackets after a title: '(2002年1号)', '（2015年第3期）'
_GAZETTE_ISSUE = re.compile(r"\s*[(（]\s*(?:19|20)\d{2}\s*年\s*第?\s*\d{1,3}\s*[号期]\s*[)）]$")
#: the kinds numbered in a series of their own, whose bracket after the title is their number
_NUMBERED_KINDS = ("公告", "通告", "令", "公报")


#: a month and a day, as a site tags its headlines: '11.24 '
_DAY_TAG = re.compile(r"(?:0?[1-9]|1[0-2])[.．](?:0?[1-9]|[12]\d|3[01])\s*(?=[\u4e00-\u9fff])")


#: what a site puts before a title: a piece's number, a place in brackets, a long id
_LEADING_TAG = re.compile(
    # (with its colon, '第一篇:', an essay site's label the head weighs itself)
    r"第\s*(?P<piece>\d{1,3}|[一二三四五六七八九十]{1,3})\s*篇(?!\s*[:：])\s*"
    r"|[\[［](?P<place>[\u4e00-\u9fff]{2,8})[\]］]\s*"
    r"|(?P<id>\d{8,})(?=[\u4e00-\u9fff])"
)


def _tag_of_site(tag: re.Match[str]) -> bool:
    """A piece's number or an id as they are; a bracket only where it holds a place's name."""
    from gongbao.structure.places import is_place_name

    return tag.group("place") is None or is_place_name(tag.group("place"))


#: a bare year (no 年) before a title's 关于
_YEAR_TAG = re.compile(r"(?:19|20)\d{2}(?=关于)")


@lru_cache(maxsize=4096)
def tidy_title(text: str) -> tuple[str, str | None]:
    """A title without what a site put around it; the 文号 found in a bracketed tail.

    (Asked of every candidate line of every head, and of the same lines again: cached.)"""
    number = None
    text = SESSION_FILE.sub("", _SITE_LABEL.sub("", text)) or text
    if (m := _SITE_THEN_TITLE.match(text)) and m.group("title").startswith(m.group("site")):
        text = m.group("title")  # a page's '龙山县人民政府-龙山县人民政府关于…的通告'
    if "日电" in text[:30] and (line := DATELINE.match(text)) and len(text) > line.end():
        # a news agency's dateline before the text it carries, a repost's flattened line cut
        # after the cleaner looked ('新华社北京8月31日电 (授权发布)全国人民代表大会常务委员会关于…')
        text = text[line.end() :]
    if text[:1].isdigit() and (year := _YEAR_TAG.match(text)):
        # an essay site's year before the title it reposts ('2022关于某县…的通报'): no title
        # opens with a bare year before its 关于
        text = text[year.end() :]
    if text[:1] in "第[［0123456789" and (tag := _LEADING_TAG.match(text)) and _tag_of_site(tag):
        # a site's tag before the title: an essay site's piece number ('第1篇 某某工作报告'), a
        # forum's place ('[内蒙古] 2024年某旗政府工作报告'), a database's id ('2022110103林业局…')
        rest = text[tag.end() :]
        if len(rest) >= 6 and ends_like_title(rest):
            text = rest
    if text[:1] in _NEWS_VERB_OPENERS and (told := _NEWS_VERB.match(text)):
        # a news lead's verb over the title it tells of, the issuer on the line above ('某州
        # 人民政府办公室' / '发布了关于2022年' / '清明节放假的通知'): no title opens with it
        text = text[told.end() :]
    if (full := _FULL_TEXT_TAIL.search(text)) is not None:
        # a site's headline for the whole text it shows ('某市物业管理办法全文', '《某某条例》
        # 全文发布'): the title is the document's name
        name = text[: full.start()]
        if name[:1] == "《" and name[-1:] == "》" and name.count("《") == 1:
            name = name[1:-1]
        if len(name) > 4 and not _FULL_TEXT_STOPS.search(name) and ends_like_title(name):
            text = name
    if m := _WRAPPED.match(text):
        # the whole title in 《》 (or 【】), as a site headline prints it
        text = m.group("title") if m.group("title") is not None else m.group("bracketed")
    text = _NOTE_MARK.sub("", text)
    if text[:1] in ("|", "｜"):
        text = text.lstrip("|｜ ")  # the bar a page put between a 文号 and the title after it
    if text[:1] in ("•", "·"):
        text = text.lstrip("•· ")  # a site's list bullet before the title
        text = _SITE_LABEL.sub("", text) or text  # (and the site's label after it)
        if (lead := LEADING_NUMBER.match(text)) and (found := find_doc_number(lead.group(0))):
            # (and a record's value, the 文号 before the title: '• 某政[2011]81号 某市…的决定')
            number, text = found, text[lead.end() :].strip()
    if text[:1].isdigit() and (day := _DAY_TAG.match(text)) and starts_organ(text[day.end() :]):
        # a site's day of posting before the headline ('11.24 茶陵县2019年…公示'): no title
        # opens with a month and day before its place
        text = text[day.end() :]
    if text.startswith("部分") and (organ := _PART_ORGAN.match(text, 2)) and is_org(organ.group(0)):
        # a part's heading whose ordinal the page lost ('第二部分某镇人民政府…' printed '部分某镇
        # 人民政府…'): the ordinal's remainder is no part of the name
        text = text[2:]
    if (tab := _TAB_LABEL.match(text)) and title_end(tab.group("label")) is None:
        text = text[tab.end() :]  # a page's tab over the title, its label first: '会议题目 • …'
    if text.endswith((",", "，")) and title_end(text[:-1].rstrip()) is not None:
        text = text[:-1].rstrip()  # a title run onto its text's line with a comma after it
    if text.endswith("号") and (lost := _YEAR_LOST_NUMBER.search(text)) and lost.start() > 6:
        # a 文号 whose year a page lost ('…工作通告献防告〔〕2号'): no number to read, and no
        # part of the title
        text = text[: lost.start()]
    if (column := _COLUMN_DASH.match(text)) and text.endswith(column.group("column")):
        text = text[column.end() :]  # '应急预案—某市突发公共事件总体应急预案': a column's name
    if text.endswith((")", "）")) and (status := _STATUS_NOTE.search(text)) and status.start() > 4:
        text = text[: status.start()].rstrip()  # a site's note of how it was handled: '(已办结。)'
    if (
        text.endswith(("]", ")", "）", "】"))
        and (code := _PROJECT_CODE.search(text))
        and code.start() > 4
    ):
        text = text[: code.start()].rstrip()  # a platform's project code: '…的批复[项目代码:…]'
    if text.endswith(("不另行文)", "不另行文）")):
        text = _NO_SEPARATE_ISSUE.sub("", text)  # '…的通知(不另行文)': a gazette's note
    if (m := _NUMBER_THEN_BRACKETED.match(text)) and find_doc_number(m.group("number")) == m.group(
        "number"
    ):
        # a site's name for the document: its 文号, then its title in brackets
        return m.group("title"), m.group("number")
    if (
        text[:1] in ("(", "（")
        and text[-1:] in (")", "）")
        and (inner := text[1:-1]).count("(") + inner.count("（") == 0
        and ends_like_title(inner)
    ):
        text = inner  # what is left of that name once its 文号 was read: '(…校长办公会纪要)'
    found = find_doc_number(text) if "号" in text else None
    at = text.find(found) if found else -1
    if found and at > 4 and ends_like_title(text[:at].rstrip(" (（")):
        # '…的批复 国函〔1992〕194号 中华人民共和国国务院 1992年…': a record flattened on one line
        number, text = found, text[:at].rstrip(" (（")
    text = BYLINE_TAIL.sub("", text).strip() if len(text) > 8 else text
    while text.endswith(_SITE_TAIL_ENDS) and (m := _SITE_TAIL.search(text)):
        before = text[: m.start()].strip()
        if m.group("year") and (not ends_like_title(before) or before.endswith(("分解", "分工"))):
            break  # a year the title names: '…重点工作责任分解(2023年)' (a breakdown's year)
        number = number or m.group("number")
        text = text[: m.start()].strip()
    if "关于" in text and (subject := _NUMBER_THEN_SUBJECT.match(text)):
        # a 公告's head run onto one line: its name, its number, its subject ('某县选举委员会
        # 公告(第一号)关于…的公告'): the name is the title, as the 公告 prints it
        return subject.group("title"), subject.group("number")
    if (tagged := _TAGGED_NOTICE_NUMBER.search(text)) and tagged.start() >= 4:
        text = text[: tagged.end()]  # (the tag words are the site's: the title's leftovers)
    if (m := _NOTICE_NUMBER.search(text)) and m.start() >= 4:
        # a 公告's or 通告's number after its title: '…通告(第1号)', '迁坟公告(第1号)'
        number = number or re.sub(r"\s+", "", m.group("number") or m.group("bare"))
        text = _NOTE_MARK.sub("", text[: m.start()].strip())  # (a footnote's mark before it)
    if (
        text.endswith((")", "）"))
        and (issue := _GAZETTE_ISSUE.search(text))
        and ends_like_title(before := text[: issue.start()])
        and not before.endswith(_NUMBERED_KINDS)
    ):
        # the gazette's issue a database files the text under ('…的通知(2002年1号)'): no
        # number a 通知 carries in a bracket after its title (a 公告's is its own: '(2002年第1号)')
        text = before
    if (
        text[-1:].isdigit()
        and (tag := _YEAR_TAG_AFTER.search(text))
        and f"{tag.group('year')}年" in text[: tag.start()]
        and ends_like_title(text[: tag.start()])
    ):
        # a site's tag of the year it files the page under, after a title that names the
        # year itself: '2022年某县…统计公报 2022'
        text = text[: tag.start()]
    # a site's name run onto the end: '…的批复中华文库'
    ends = list(_TITLE_END_ANY.finditer(text))
    if ends:
        tail = text[ends[-1].end() :]
        if (
            0 < len(tail) <= 8
            and not re.search(r"[的暨和及与为(（)）《“\d]", tail)
            and tail not in _TITLE_TAILS
            and _SITE_NAME_END.search(tail)
        ) or _SITE_AFTER_DASH.fullmatch(tail):
            # (or the page's title tag, the site's government after a dash: '…的答复-某区人民政府')
            text = text[: ends[-1].end()]
    return text, number
