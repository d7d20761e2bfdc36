"""The shape of the lines a document came in, made uniform before anything reads them.

Text reaches gongbao in four shapes, and later stages assume one:

- ``blank-separated``: a blank line between paragraphs, the lines of a title or a table kept
  together (gazette text as PDF tools give it; the sample) — left as it is;
- ``line-per-paragraph``: each paragraph one line, no blank lines between (web exports,
  crawler dumps) — every line becomes a group of its own;
- ``hard-wrapped``: a line break every 25–45 characters wherever the printed line ended, in
  the middle of words (pdftotext, OCR) — lines are joined back into paragraphs: a line that
  runs to the common width goes on, a shorter one, or one followed by a numbered item, ends;
- ``run-on``: a whole document on one line or a few (OCR'd and flattened) — the line is cut
  where the grammar of official documents puts a break: after the 发文机关标志 (…文件), around
  the 文号, after the title, after the 主送 line's colon, after each sentence, before 附件 and
  the date under a signature.

Each decision is a rule about the kind of text, never about a document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from operator import gt

from gongbao.docnumber import RUNNING_COUNT, find_doc_number
from gongbao.numbering import YEAR
from gongbao.officers import HEAD_POST, HEADS
from gongbao.read import Line
from gongbao.titles import CONTENTS_HEAD, CONTENTS_HEAD_OPENS
from gongbao.titles import title_end as ends_as_title

_TERMINAL = "。！？；：!?;:"
_LIST_START = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+[章节条编部分]|[一二三四五六七八九十]+[、，.．]|"
    r"[（(][一二三四五六七八九十\d]+[)）]|\d{1,3}[.．、](?!\d)|[①-⑳]|附\s*件|[-*•·●]\s)"
)


def width(text: str) -> float:
    """Printed width in CJK cells: ASCII letters and digits take half a cell."""
    return len(text) - 0.5 * len(text.encode("ascii", "ignore"))


# -- run-on lines --------------------------------------------------------------------------

#: a date as a signature prints it: 2021年5月11日, 二〇二一年五月十一日
_YMD = rf"{YEAR}\s*年\s*[\d一二三四五六七八九十]{{1,3}}\s*月\s*[\d一二三四五六七八九十]{{1,3}}\s*日"
_RUN_ON_MIN = 300
_HEADED_MIN = 60
_DOC_NO = re.compile(
    r"[\u4e00-\u9fff]{1,12}(?:[(（][\u4e00-\u9fff]{1,3}[)）][\u4e00-\u9fff]{1,3})?"
    r"\s*[〔\[【（(［]\s*(?:19|20)\d{2}\s*[〕\]】）)］]\s*\d{1,5}\s*号"
)
_ISO_AFTER = re.compile(r"[ \u3000]*\d{4}-\d{1,2}-\d{1,2}(?=[ \u3000]|[\u4e00-\u9fff])(?![印发])")
#: the 机要号 beside the 文号 ('鲁机发4043号'); a 明电's left blank in its brackets, with the
#: telegram's count of pages ('桂机( ) 号共4页')
_MACHINE_NO = re.compile(
    r"\s*[\u4e00-\u9fff]{0,3}机[\u4e00-\u9fff]{0,2}\s*(?:\d{1,6}|[(（]\s*[)）])?\s*号"
    r"(?:\s*共\s*\d{1,3}\s*页)?"
)
#: an organ's name printed twice at a flattened head's start: its letterhead, then its title
_DOUBLED_ORGAN = re.compile(
    r"^(?P<organ>[\u4e00-\u9fff]{3,30}?(?:厅|局|委|办|院|部|署|政府|办公室|委员会|中心|公司))"
    r"(?P=organ)关于"
)
#: a 发文机关标志 ending in 文件 at a flattened head's start (no title's 关于 and no 文号's
#: bracket in it: '…关于…〔2017〕36号文件清理意见的函' cites a document, no masthead)
_MASTHEAD_END = re.compile(r"^(?:(?!关于)[^〔]){2,60}?文\s*件(?=.)")
#: a 发文机关标志 opening a line (a page's number before it): the organ's name, nothing else
_MASTHEAD_OPENING = re.compile(
    r"^\d{0,3}\s*[\u4e00-\u9fff]{1,30}?(?:政府|办公厅|办公室|委员会|厅|局|委|院|部|署)文\s*件(?=.)"
)
#: a paragraph starts after a sentence ends, with a number: '。二、…' · '：（一）…' (the cut is
#: at the match's end: a pattern that opens with the punctuation, not with a look-behind, is
#: looked for in C from one punctuation mark to the next)
_PARAGRAPH = re.compile(
    r"[。！？!?：:；;](?=\s*(?:\*\*)?(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|"
    r"\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百]+[章条]))"
)
#: a signature after the last sentence: '…工作。某某局 某某委2021年5月11日', '…贡献。教育部2023年…'
#: (cut at the end)
#: (the seal's mark may stand between the signer and the date: '…执行。某某局(章) 二〇〇九年…')
_SIGNATURE = re.compile(
    rf"[。！？!?][)）]?(?=[^，。；：,;:！？!?)）]{{3,80}}?(?:[(（](?:章|印|公章|盖章)[)）])?\s*{_YMD})"
)
#: (cut at the start; the first character is the only one taken, so that a match inside
#: another's span is found too)
_BEFORE = re.compile(
    r"[附抄(（](?:(?<=附)(?=\s*[件表]\s*\d{0,2}\s*[:：])|(?<=抄)(?=\s*送\s*[:：])|"
    r"(?<=[(（])(?=此件[^)）]{1,12}[)）]|联系人[:：]))"
)
#: (cut at the end)
_SIGNED_DATE = re.compile(rf"[局委厅府院办室会部处心司社所站队](?={_YMD})")
#: the kinds a title printed over its text's first part ends with (the text is folded to
#: simplified characters before it is cleaned)
_TEXT_TITLE_KINDS = r"报告|规则|办法|方案|意见|纲要|规划|公报|公开说明"
#: a title run onto its text's first numbered heading: '…年度报告一、总体情况'
_TITLE_THEN_TEXT = re.compile(
    rf"^.{{4,80}}?(?:{_TEXT_TITLE_KINDS})"
    # (its contents' heading between: '…年度决算公开说明 (目录) 第一部分:基本情况')
    r"(?=\s*(?:[(（]?\s*目\s*录\s*[)）]?\s*)?(?:[一二三四五六七八九十]{1,3}、|第一[章条條部]|[（(]一[)）])"
    # (or its first sentence, which opens with a day: '…联合调研报告2020年11月16日至…，按照…')
    rf"|{_YMD}[^。，,；;]{{0,30}}[，,])"
)
#: a paragraph break flattened into a space: '…贡献。 附件:…', '…通知如下: 一、…' (the
#: same matches as '(?<=[。…])[ ]+(?=\S)', found from one space to the next)
_SPACED_BREAK = re.compile(r"[ \u3000\t](?<=[。！？：；!?:;][ \u3000\t])[ \u3000\t]*(?=\S)")
#: a paragraph set apart by a space where no sentence ends before it: a numbered item ('…
#: 责任分解 一、…', '…县农业农村局 2.落实…') or the label of an item's units ('… 责任单位:…'),
#: and the text after a bracketed note ('(此件公开发布) …') (cut at the end)
_SPACED_ITEM = re.compile(
    r"(?:(?<=\S)|(?<=[)）]))[ \u3000\t]+(?=(?:[一二三四五六七八九十]{1,3}、|"
    r"[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|"
    r"(?:牵头|责任|配合|协办|主办|协助)单位\s*[:：]))"
    r"|(?<=[(（]此件公开发布[)）])[ \u3000\t]+(?=\S)"
)
#: a signer set apart by a space before its date: '…名单 嘉兴市人民政府办公室 2013年12月27日'
#: (cut at the end)
_SPACED_SIGNER = re.compile(
    rf"\s(?=[\u4e00-\u9fff]{{2,30}}?(?:政府|办公室|辦公室|办公厅|辦公廳|委员会|委員會|局|厅|廳|部|院)"
    rf"\s*{_YMD})"
)
#: (not a date the sentence goes on after: '…1977年4月21日颁发的《…》同时废止', '…自2023年
#: 1月1日至…', '…2020年9月1日前')
_DATE_END = re.compile(
    rf"{_YMD}(?!\s*(?:[印发起，,、的至止前]|颁[发布]|公布|通过|施行|生效|制定|修[订正]|批准|以[来后前]"
    # (nor a day's hour: '2009年10月28日14时左右,…', '…日上午')
    r"|\d{1,2}\s*[时点:：]|[上下中]午|凌晨|晚))"
)
#: the 签发人's name before the text's first words ('签发人：王某2021年12月27日，…')
_SIGNER_NAME = re.compile(
    rf"签发人\s*[:：]\s*\S{{2,4}}?(?={YEAR}\s*年|按照|根据|为了?|经|近日|现将|依据|遵照)"
)
_TITLE_HEAD = re.compile(
    r"关于.{2,120}?(?:的)?(?:通知|通报|决定|意见|批复|复函|函|报告|请示|办法|规定|方案|纪要|公告|通告)"
    r"(?![》」”])"
)
_KIND_WORD = re.compile(
    r"(?:通知|通报|决定|意见|批复|复函|函|报告|请示|办法|规定|方案|纪要|公告|通告)(?![》」”书書])"
)
#: the words a text's first sentence opens with, after its title
_OPENING_WORDS = "根据|按照|为了?|经|近日|现将|依据|遵照"
#: a 主送 run onto the title before it: its names, the last before the colon ('某某公司：',
#: '省教育厅、省财政厅、…某某公司:')
_ADDRESSEE = (
    r"(?![的和及与])[\u4e00-\u9fff（）()]{1,28}?"
    r"(?:厅|局|委|办|院|部|署|政府|委员会|中心|公司|单位|分行|集团|学校|部门)"
)
_ADDRESSEES_RUN = rf"(?:{_ADDRESSEE}、){{0,20}}{_ADDRESSEE}[:：]"
#: a title without 关于 at a flattened line's start, its kind's word followed at once by its
#: own 文号 or by the text's first words ('某县人民政府拟征收土地公告源征公告〔2019〕3号为满足…',
#: '…项目初审情况的公示根据《…》规定,…')
_BARE_TITLE = re.compile(
    r"^[^，。；：:,;!?！？《》“”]{4,80}?(?:公告|通告|公示|通知|通报|决定|意见|批复|(?<=[的系])函)"
    # (not the kind a 书 goes on: '…处罚决定书', '…告知书')
    rf"(?![书書])(?=[\u4e00-\u9fff]{{1,8}}[〔\[【（(［]\s*\d{{4}}|{_OPENING_WORDS}|现对|现就|{_ADDRESSEES_RUN})"
)
#: an attachment's name closing the text, its signer run onto it and the line ended there
#: ('…附表:2016年某镇政府信息公开年度报告某市某区某镇人民政府'): cut where the signer starts
_ATTACHED_THEN_SIGNER = re.compile(
    r"附\s*[件表]\s*\d{0,2}\s*[:：][^。:：]{4,60}?(?:报告|名单|方案|一览表|统计表|情况表|目录)"
    r"(?P<signer>[\u4e00-\u9fff]{4,30}?(?:人民政府|办公室|委员会|局|街道办事处))\s*[|｜]?\s*$"
)
#: an attached file's name ends at its extension, whatever is run onto it ('附件:某某名单.doc
#: 某某办公室2025年4月14日')
_FILE_NAME_END = re.compile(r"\.(?:docx?|pdf|xlsx?|wps|ofd|zip|rar)(?=[\u4e00-\u9fff])", re.I)
#: what follows a title where the text begins: its date, the 主送 line, an opening word
_TEXT_OPENS = re.compile(
    rf"\s*(?:{YEAR}\s*年|[^。，；：:,;]{{2,60}}?[:：]|{_OPENING_WORDS}"
    # (or the 主送's first name, its list run on with commas: '各县、区人民政府,市政府…:')
    r"|各[\u4e00-\u9fff]{1,20}[、，,][^。；]{0,80}?[:：]"
    # (or its names, none with 各: '省教育厅、省财政厅、…某某公司:')
    rf"|{_ADDRESSEES_RUN})"
)
#: a report's head run onto one line: a page's number, the title, the meeting after a dash,
#: the speaker, '各位代表'
_REPORT_HEAD = re.compile(
    r"^(?:\d{1,3}(?!\d))?(?P<title>[\u4e00-\u9fff（）()\d]{2,40}?报告(?:[(（]全文[)）])?)\s*"
    rf"(?P<occasion>[—─－-]{{1,4}}\s*(?:{YEAR}\s*年[^日]{{1,12}}日)?[^。；，]{{0,70}}?会议上)"
    # (the speaker, and the date in brackets where the meeting line has none)
    rf"[^。；，(（]{{0,40}}?(?P<dated>[(（]\s*{YEAR}\s*年[^日]{{1,12}}日\s*[)）])?\s*"
    r"(?P<salute>各位代表)"
)
#: the words a date goes on a sentence after: it is no closing date
_DATE_IN_SENTENCE = ("已经", "经过", "定于", "并于", "会于", "已于", "将于")
#: an officer and his name just before a date, after a sentence's end ('。省长卫留成')
_OFFICER_BEFORE = re.compile(
    rf"[。；;](?:[\u4e00-\u9fff]{{0,8}}?(?:{HEADS}))\s*[\u4e00-\u9fff·]{{2,4}}\s*$"
)
#: a date written out with 年, 月 and 日, as a signature or a rule's note prints it
_YMD_DATE = re.compile(_YMD)
#: an officer's signature right before a date: '…。某市市长张某', '省长陈某某' (at the line's start)
_OFFICER_SIGNS = re.compile(
    rf"(?:^|[。；;])[\u4e00-\u9fff]{{0,8}}?(?:{HEADS}|部长)"
    r"\s*[\u4e00-\u9fff·]{2,4}\s*$"
)


def _officer_signed_inside(text: str) -> bool:
    """An order's end inside the line, the rules going on after it: its governor's or
    mayor's signature and the date ('…现予公布。某市市长某某2022年12月19日第一条…')."""
    if "年" not in text:
        return False
    for m in _YMD_DATE.finditer(text):
        if m.end() < len(text) - 20 and _OFFICER_SIGNS.search(
            text[max(0, m.start() - 24) : m.start()]
        ):
            return True
    return False


#: a 令's order line opening a flattened text
_ORDER_OPENING = re.compile(
    r"^\s*\S{2,30}?令\s*[(（]?\s*第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号[)）]?"
)
#: the first chapter or article of rules run onto their title ('…登记规定第一章总则第一条为了…'),
#: not one the text cites ('本办法第一条')
_FIRST_ARTICLE = re.compile(
    r"(?<=规定|办法|条例|细则|规则|总则|决定)(?<!本规定)(?<!本办法)(?<!本条例)(?<!本细则)(?<!本规则)"
    r"(?=第一[章条])"
)
#: a decision's adoption in brackets after its title, in a flattened head
_ADOPTED_IN_HEAD = re.compile(r"[(（]\d{4}年\d{1,2}月\d{1,2}日[^()（）]{4,80}通过[)）]")
#: a 密级 or handling mark the flattened head opens with ('内部事项总经理办公会议纪要')
_LEADING_MARK = re.compile(
    r"^(?:内部事项|绝密|机密|秘密)(?:★[^\s\u4e00-\u9fff]{0,8})?(?=[\u4e00-\u9fff])"
)
#: the 签发人 printed after the issuer's name on one line ('…有限公司签发人：王某')
_SIGNER_LABEL = re.compile(r"(?<=[\u4e00-\u9fff])(?=签\s*发\s*人\s*[:：])")


_YEAR_IN_BRACKETS = re.compile(r"[〔\[【（(［]\s*(?:19|20)\d{2}")
#: the most characters ``_DOC_NO`` reads before its bracket, besides white space: twelve of
#: the issuer code and eight of a bracketed part of it
_CODE_MAX = 20


#: the words before a number a sentence cites: '国务院以国函〔1991〕20号…', '根据…'
_CITING_BEFORE = frozenset("以据按依照经见和及与、")
#: a cited number's 文 and what the text did by it: '…20号文批准', '…号文精神'
_CITED_AS = re.compile(r"文(?:批准|批复|转发|印发|精神|要求|规定|同意|明确)")


def _own_number(head: str) -> re.Match[str] | None:
    """The document's own 文号 in its flattened head; not one its text cites (in brackets,
    or after a sentence)."""
    year = _YEAR_IN_BRACKETS.search(head)
    if not year:
        return None  # no year in brackets: no 文号 (a cheap test before the costly one)
    # a 文号 opens at most 20 characters (its issuer code) and a space before its bracket, and
    # one with a later bracket opens after this one: it is looked for from there, not tried
    # at every character of the head
    at = year.start()
    before = head[:at]
    number = _DOC_NO.search(head, max(0, at - _CODE_MAX - (len(before) - len(before.rstrip()))))
    if (
        number
        and (
            head[max(0, number.start() - 1) : number.start()] in ("(", "（", "《", "〈", "〔")
            or "。" in head[: number.start()]
            # (a text the sentence cites by its number: '国务院国发〔1980〕121号文件批转了…',
            # '四月六日,国务院以国函〔1991〕20号文批准…')
            or head.startswith("文件", number.end())
            or head[max(0, number.start() - 1) : number.start()] in _CITING_BEFORE
            or _CITED_AS.match(head, number.end()) is not None
        )
    ):
        return None
    return number


#: a notice's closing formula, its signer and its date run onto the text: '…举报电话:2161496
#: 特此通告漳州市龙文区人民政府2023年5月22日'
_CLOSED_INSIDE = re.compile(
    rf"(?P<formula>(?:特此|专此)(?:公告|通告|通知|函告|函复|批复|声明)[。！!]?)\s*"
    rf"[\u4e00-\u9fff（）()]{{4,40}}?[局委厅府院办室会部处心司社所站队组]\s*{_YMD}"
)


def _cut_points(text: str) -> set[int]:
    """Where a run-on document's zones and sentences begin."""
    cuts: set[int] = set()
    head = text[:400]
    masthead = _MASTHEAD_END.match(head)
    head_end = masthead.end() if masthead else 0
    if masthead:
        cuts.add(head_end)
    elif doubled := _DOUBLED_ORGAN.match(head):
        # the letterhead's organ without 文件, then the title that opens with it again
        # ('某省某某厅某省某某厅关于…的函'): the letterhead a line of its own
        head_end = doubled.end("organ")
        cuts.add(head_end)
    number = _own_number(head)
    if number:
        # the issuer code is short: the words run onto it ('…会议纪要〔2021〕11号', '…运输厅
        # 鲁交城市函（2020）39号') stay out
        printed = text[number.start() : number.end()]
        # (read with the characters before it: a tool's letters run onto its code, 'QQ空间…')
        before = text[max(0, number.start() - 3) : number.start()]
        found = find_doc_number(before + printed) if before.rstrip().endswith("QQ") else None
        found = found or find_doc_number(printed) or printed
        code = found[: re.search(r"[〔\[【（(［]\s*\d{4}", found).start()]  # type: ignore[union-attr]
        bracket = re.search(r"[〔\[【（(［]\s*\d{4}", printed).start()  # type: ignore[union-attr]
        at = printed.rfind(code, 0, bracket) if code else bracket
        start = number.start() + max(0, at)
        cuts.update((start, number.end()))
        head_end = max(head_end, number.end())
        if machine := _MACHINE_NO.match(text, number.end()):
            cuts.add(machine.end())  # the 机要号 printed beside the 文号 ('鲁机发4043号')
            head_end = machine.end()
        elif dated := _ISO_AFTER.match(text, number.end()):
            cuts.add(dated.end())  # a site's date beside the 文号 ('…69号 2009-11-03 为贯彻…')
            head_end = dated.end()
    if lead := _LEADING_MARK.match(text):
        cuts.add(lead.end())
    cuts.update(m.start() for m in _SIGNER_LABEL.finditer(head))
    title = _TITLE_HEAD.search(text, head_end, head_end + 300)
    bare = _BARE_TITLE.match(text) if title is None and not masthead else None
    if bare is not None and (number is None or number.end() > bare.end()):
        # a title without 关于, its 文号 or its text run onto its kind's word: the 文号's
        # code opens where the title ends ('…土地公告' / '源征公告〔2019〕3号')
        cuts.difference_update(range(1, number.end() if number else bare.end()))
        cuts.add(bare.end())
        head_end = max(head_end, bare.end())
    if title:
        # the title opens with its issuers: it starts where the zone before it ended
        cuts.add(head_end)
        before = text[head_end : title.start()]
        if len(before.strip()) >= 4 and ends_as_title(before.rstrip()):
            # a headline's tail run onto the title: '…区长职务的决定 关于接受…的决定'
            cuts.add(title.start())
        title_end = _title_end(text, title.start(), title.end())
        cuts.add(title_end)
        head_end = title_end
    if head_end:
        # the 主送 line ends at its colon, before the text's first sentence (a sentence that
        # cites a text, '根据《…》规定,…联系电话:', is none)
        colon = re.search(r"[:：]", text[head_end : head_end + 400])
        if colon and not re.search(r"[。《]", text[head_end : head_end + colon.start()]):
            cuts.add(head_end + colon.end())
    if (opening := _TITLE_THEN_TEXT.match(text)) is not None:
        cuts.add(opening.end())
    if (report := _REPORT_HEAD.match(head)) is not None:
        # a report's head flattened: its title, the meeting it was read at, the speaker, the
        # salutation ('1政府工作报告——2012年1月3日在…会议上某区人民政府区长某某各位代表:')
        cuts.update(report.span("title"))
        cuts.update((report.end("occasion"), report.start("salute")))
        if report.group("dated"):
            cuts.update(report.span("dated"))
    for pattern in (_BEFORE, _SPACED_BREAK):
        cuts.update(m.start() for m in pattern.finditer(text))
    if "附" in text[-120:] and (attached := _ATTACHED_THEN_SIGNER.search(text, len(text) - 120)):
        cuts.add(attached.start("signer"))
    for m in _CLOSED_INSIDE.finditer(text) if "特此" in text else ():
        cuts.update(m.span("formula"))  # the closing formula a line of its own
    for pattern in (
        _PARAGRAPH,
        _SIGNED_DATE,
        _SIGNATURE,
        _SPACED_SIGNER,
        _SPACED_ITEM,
        _FILE_NAME_END,
    ):
        cuts.update(m.end() for m in pattern.finditer(text))
    for m in _DATE_END.finditer(text):
        if text[max(0, m.start() - 2) : m.start()] in _DATE_IN_SENTENCE or (
            text[m.start() - 1 : m.start()] in ("(", "（")
            and text[m.end() : m.end() + 1] not in (")", "）")
        ):
            # a date the sentence goes on from ('已经2005年5月16日…会议审议通过'), or a note in
            # brackets does ('(2021年8月2日…会议通过)')
            continue
        cuts.add(m.end())
        if (signer := _signer_before(text, m.start())) is not None:
            cuts.update((signer, m.start()))  # the signer run onto what was above it
        elif _OFFICER_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            cuts.add(m.start())  # an officer signing, run onto the date: '省长某某二〇〇五年…'
        if m.start() >= 200 and _next_head(text, m.end()):
            # the next document run onto the date the one before was signed on ('…贡献。教育部
            # 2023年11月21日教育部关于…的函教发函〔2023〕142号山东省人民政府:…'): its head's
            # zones cut as the first document's are
            cuts.update(m.end() + c for c in _cut_points(text[m.end() :]))
            break
    if headed_note := _ADOPTED_IN_HEAD.search(head):
        cuts.update(headed_note.span())  # the adoption note apart from the title and the text
    if (order := _ORDER_OPENING.match(head)) is not None:
        cuts.add(order.end())  # '某省人民政府令 第188号《…》已经…'
    cuts.update(m.start() for m in _FIRST_ARTICLE.finditer(text))
    for m in _SIGNER_NAME.finditer(head):
        cuts.add(m.end())
    for m in _ADOPTED_RUN_ON.finditer(text) if "通过" in text or "批准" in text else ():
        # a document adopted by a meeting run onto the report of it: its title, its
        # adoption line (whole: its date is no place to cut), its text
        a, b = m.span("adopted")
        cuts.difference_update(range(a + 1, b))
        cuts.update((m.start(), a, b))
    # never inside a name in 《》 (a title quoted whole: '…10号《…方案的通知》')
    return {c for c in cuts if 0 < c < len(text) and not _inside_quotes(text, c)}


def _next_head(text: str, at: int) -> bool:
    """Whether a document's head opens at ``at``: a title ('关于…的函', its issuer's name
    before it, or none) with its own 文号 run onto it."""
    start = at
    if (named := _ISSUER_TITLE.match(text, at, at + 32)) is not None:
        if not _organs_only(named.group(0)):
            return False
        start = named.end()
    title = _TITLE_HEAD.match(text, start, start + 160)
    if title is None:
        return False
    number = _own_number(text[title.end() - 2 : title.end() + 40])
    return number is not None and number.start() <= 4


#: the head of a title that names its issuer first: '教育部关于…的函'
_ISSUER_TITLE = re.compile(r"[\u4e00-\u9fff]{2,30}?(?=关于)")

#: after a sentence, a document a meeting adopted, run on: its title (a list of those
#: appointed, a decision) and its adoption line ('…任命名单(2020年7月28日…会议通过)')
_ADOPTED_RUN_ON = re.compile(
    r"(?<=[。！])[\u4e00-\u9fff]{4,40}(?:任命名单|任免名单|决定|决议)"
    r"\s*(?P<adopted>[(（]\d{4}年\d{1,2}月\d{1,2}日[^()（）]{4,80}(?:通过|批准)[)）])"
)


def _signer_before(text: str, at: int) -> int | None:
    """Where the signer's name before a closing date starts, when it was run onto the text
    above it ('…2.报名回执山东省扶贫开发领导小组2021年1月13日'): the longest organ's name that
    opens at a place (or a state or party organ) and ends at the date; None where a sentence
    ends there already or nothing there names an organ."""
    from gongbao.structure.organs import NAMED_ORGAN_START, ORG_END
    from gongbao.structure.places import starts_with_place

    if at < 4 or text[at - 1] in "。！？!?" or not ORG_END.search(text, at - 6, at):
        return None
    for p in range(max(1, at - 40), at - 3):
        name = text[p:at]
        if not (NAMED_ORGAN_START.match(name) or starts_with_place(name)):
            continue  # (a bare level, '省…', '市…', names no one organ)
        if _organs_only(name):
            return p if text[p - 1] not in "。！？!? \u3000\n" else None
    return None


def _organs_only(name: str) -> bool:
    """Whether every organ ``split_organs`` finds in ``name`` is an organ's whole name."""
    from gongbao.structure.organs import split_organs

    return all(_organ_name().fullmatch(part) for part in split_organs(name))


@lru_cache(maxsize=1)
def _organ_name() -> re.Pattern[str]:
    """One organ's name: ideographs (and brackets) only, ending like an organ (the words
    ``split_organs`` cuts after, and a 小组 or 办 of its own)."""
    from gongbao.structure.organs import ORGAN_WORDS

    return re.compile(rf"[\u4e00-\u9fff（）()]{{2,24}}?(?:{ORGAN_WORDS}|小组|办)")


def _inside_quotes(text: str, at: int) -> bool:
    before = text[max(0, at - 200) : at]
    return before.rfind("《") > before.rfind("》")


def _title_end(text: str, start: int, first: int) -> int:
    """Where a flattened title ends: at the first word of a document kind that the text's
    start follows ('…工程方案设计…讨论会纪要2022年07月21日，' ends at 纪要, not at 方案);
    the first such word when none is followed so."""
    stop = re.compile(r"[，。：:；;,]").search(text, first, start + 160)
    for m in _KIND_WORD.finditer(text, first - 4, stop.start() if stop else start + 160):
        if m.end() < first:
            continue
        # (a bracketed note after the kind is the title's: '…的公告(第一轮)为进一步…')
        note = _KIND_NOTE.match(text, m.end())
        if note is not None and _TEXT_OPENS.match(text, note.end()):
            return note.end()
        if _TEXT_OPENS.match(text, m.end()):
            return m.end()
    return first


_KIND_NOTE = re.compile(r"[(（][^()（）。，,]{1,12}[)）]")


def split_run_on(text: str) -> list[str] | None:
    """A document flattened onto one line, cut back into lines; None if it is not one: a
    long paragraph is not, a line holding numbered paragraphs or a document's head is."""
    head = text[:200]
    # a short notice flattened whole: its head (a 文号 and a title) says what it is
    # (or its 发文机关标志 over the title, where a PDF's font lost the 文号's figures)
    # (or its 文号's place held by the meeting that adopted it: '…的决定 (2021年8月2日…通过)')
    headed = "关于" in head and (
        _own_number(head) is not None
        or _MASTHEAD_OPENING.match(head) is not None
        or _ADOPTED_IN_HEAD.search(head) is not None
    )
    # (or an order's signature inside the line: its end, the rules after it)
    headed = headed or (len(text) >= _HEADED_MIN and _officer_signed_inside(text))
    # (or a notice's closing formula, its signer and date inside the line: '…特此通告某某区
    # 人民政府2023年5月22日附件:…')
    headed = headed or ("特此" in text and _CLOSED_INSIDE.search(text) is not None)
    # (or a title without 关于 whose kind's word its 文号 or its text's first words follow)
    headed = headed or _BARE_TITLE.match(head) is not None
    # (or a title its text's first part follows: '某某处2021年度决算公开说明 (目录) 第一部分:…')
    headed = headed or _title_over_parts(head)
    # (or a title its 主送 follows: '某某办公厅关于…的通知 各区县人民政府,…:')
    headed = headed or ("关于" in head and _ADDRESSED_HEAD.match(head) is not None)
    if len(text) < (_HEADED_MIN if headed else _RUN_ON_MIN) or (
        text.count("。") < 3 and not headed
    ):
        return None
    spaced = len(_SPACED_BREAK.findall(text))
    if (
        len(_PARAGRAPH.findall(text)) < 2
        and not headed
        and spaced < 3
        and ("通过" not in text or _ADOPTED_RUN_ON.search(text) is None)
        and not _signed_inside(text)
    ):
        return None
    cuts = sorted(_cut_points(text))
    parts = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return [p for p in parts if p]


def _title_over_parts(head: str) -> bool:
    """Whether a flattened line opens with a title and then its text's first part: a title
    of no sentence (no comma or stop in it), naming its kind once (not a PDF's running head
    printed over and over before it)."""
    m = _TITLE_THEN_TEXT.match(head)
    if m is None or re.search(r"[，,。；;：:]", m.group(0)):
        return False
    kind = _KIND_ENDING.search(m.group(0))
    return kind is not None and m.group(0).count(kind.group(0)) == 1


#: the kind a flattened title ends with
_KIND_ENDING = re.compile(rf"(?:{_TEXT_TITLE_KINDS})$")

#: a flattened head: an organ's title, then its 主送 to the colon ('各…')
_ADDRESSED_HEAD = re.compile(
    r"[\u4e00-\u9fff]{2,30}?关于[^。：:]{2,120}?(?:通知|通报|决定|意见|批复|函|公告|通告)"
    r"[ \u3000]*各[^。：:\s]{1,80}[：:]"
)


def _signed_inside(text: str) -> bool:
    """A notice's end inside the line, the text going on after it: its 附件说明, its
    signature and date ('…附件:某某预案 某镇人民政府2020年10月22日 某某预案 1.总则…'). (An
    order's, signed by its governor, is told by ``_officer_signed_inside``, which makes the
    line ``headed``.)"""
    if "附件" not in text:
        return False
    for m in _SIGNED_DATE.finditer(text):
        dated = _DATE_END.match(text, m.end())
        if (
            dated
            and dated.end() < len(text) - 20
            and "附件" in text[max(0, m.start() - 80) : m.start()]
        ):
            return True
    return False


# -- the shape of a whole file -------------------------------------------------------------


def _mode_width(lines: list[str]) -> float | None:
    """The width most lines run to, if the text was wrapped at one: at least 40 % of the
    lines of 15 cells or more end within a cell of it, and it is under 50 cells."""
    if len(lines) < 20:
        return None  # (a short text has too few lines to tell: no width is measured)
    widths = [round(w) for t in lines if (w := width(t)) >= 15 and "\t" not in t]
    if len(widths) < 20 or len(widths) < 0.1 * len(lines):
        # (a page that put each span of its text on a line of its own — '天津市' / '2023' /
        # '年春节期间…' — has a few long spans, which may happen to agree on a width: a
        # wrapped text's lines run to the width, most of them)
        return None
    counts = Counter(widths)
    best, _ = max(counts.items(), key=lambda kv: (kv[1] + counts[kv[0] - 1], kv[0]))
    near = sum(c for w, c in counts.items() if best - 1 <= w <= best + 1)
    if best > 50 or near < 0.4 * len(widths):
        return None
    # a wrapped text breaks inside sentences: most full lines end without punctuation
    full = [t for t in lines if abs(width(t) - best) <= 1]
    open_ends = sum(1 for t in full if t[-1] not in _TERMINAL)
    return float(best) if open_ends >= 0.5 * len(full) else None


def _wide_width(lines: list[str]) -> float | None:
    """The right margin a text's long lines were wrapped at, where its paragraphs are not
    otherwise told apart (a PDF's lines with a blank line only at page breaks, or none): at
    least ten lines of 30 cells or more end within two cells of it, hardly any run past it,
    and most of those at it end inside a sentence — all of them when they are few among the
    long lines. Table rows (cells apart by runs of spaces or tabs) are not counted."""
    if len(lines) < 10:
        return None  # (a short text has too few lines to tell: no width is measured)
    texts = [t for t in lines if width(t) >= 30 and "\t" not in t and "   " not in t]
    widths = [round(width(t)) for t in texts]
    if len(widths) < 10:
        return None
    counts = Counter(widths)

    def near(w: int) -> int:
        return sum(counts[v] for v in range(w - 2, w + 3))

    best = max(counts, key=lambda w: (near(w), w))
    wider = sum(c for w, c in counts.items() if w > best + 2)
    if near(best) < 10 or wider > 0.1 * len(widths):
        return None
    full = [t for t in texts if abs(width(t) - best) <= 2]
    open_ends = sum(1 for t in full if t[-1] not in _TERMINAL) / len(full)
    share = near(best) / len(widths)
    return float(best) if open_ends >= (0.5 if share >= 1 / 3 else 0.7) else None


#: a full line ending in ；or ：goes on too — a paragraph ends at a short line
_SENTENCE_END = "。！？!?"
_LEADING_WORD = re.compile(r"[0-9A-Za-z.,%]*")


def _rewrap_groups(lines: list[Line], full: float) -> list[Line]:
    """Within each blank-separated group, a line that runs to the wrap width and ends inside
    a sentence goes on into the next line (unless that one opens a numbered item). A number is
    not broken across lines, so a line followed by one that opens with a number may end
    short of the width by that number's width."""
    out: list[Line] = []
    prev = ""  # the last physical line read, stripped
    for ln in lines:
        text = ln.text.strip()
        if (
            text
            and prev
            and out
            and width(prev) >= full - 2.5 - width(_LEADING_WORD.match(text).group())  # type: ignore[union-attr]
            and prev[-1] not in _SENTENCE_END
            and not _LIST_START.match(text)
            and "\t" not in text + prev
            and "   " not in text + prev
        ):
            out[-1] = out[-1].with_text(out[-1].text.rstrip() + text, ln.last or ln.no)
            prev = text
            continue
        prev = text
        out.append(ln)
    return out


def shape_of(texts: list[str]) -> str:
    stripped = [t.strip() for t in texts]
    nonblank = [t for t in stripped if t]
    return _shape(stripped, nonblank, _mode_width(nonblank) if nonblank else None)


def _shape(stripped: list[str], nonblank: list[str], mode: float | None) -> str:
    """``shape_of`` from the stripped lines, the non-blank ones and their wrap width."""
    if not nonblank:
        return "blank-separated"
    if mode is not None:
        return "hard-wrapped"
    # a line of text over a blank one, counted in C (True > False)
    filled = list(map(bool, stripped))
    breaks = sum(map(gt, filled, filled[1:]))
    if breaks >= 0.3 * len(nonblank):
        return "blank-separated"
    return "line-per-paragraph"


#: a speaker's post and name ending a line: '…局长谭中凡', '…区长 某某'
_SPEAKER_LINE = re.compile(r"(?:局长|厅长|主任|[省市县区州旗]长|主席)\s*[\u4e00-\u9fff]{2,3}$")


def _head_line(text: str) -> bool:
    """A report's meeting line, or its speaker's, that happens to run to the width
    ('2024年11月27日县十八届人大常委会第二十三次会议'): a line of its own, never the start of a
    wrapped paragraph."""
    if text.endswith(("会议", "会议上")):
        from gongbao.structure.zones import DATED_MEETING, SPEECH

        return DATED_MEETING.match(text) is not None or SPEECH.match(text) is not None
    # the speaker's line under it: '县财政局党组书记、局长 谭中凡' (its space closed up)
    if len(text) <= 30 and _SPEAKER_LINE.search(text) is not None and "，" not in text:
        return True
    # a site's headline of a budget or report it publishes, its kind then '公开' ('某街道办事处
    # 2023年决算公开'): whole, the document's own title under it another line
    return text.endswith(("公开", "公開")) and ends_as_title(text[:-2]) is not None


def reflow(lines: list[Line], full: float) -> list[list[Line]]:
    """Hard-wrapped lines back into paragraphs: each inner list is one paragraph's lines."""
    paras: list[list[Line]] = []
    current: list[Line] = []
    for ln in lines:
        text = ln.text.strip()
        if current:
            prev = current[-1].text.strip()
            goes_on = (
                width(prev) >= full - 2.5 - width(_LEADING_WORD.match(text).group())  # type: ignore[union-attr]
                and prev[-1] not in _SENTENCE_END
                and not _LIST_START.match(text)
                and "\t" not in text
                and "\t" not in prev
                and not _head_line(prev)
                # (the contents' head is a line of its own: '目 录')
                and not (text[:1] in CONTENTS_HEAD_OPENS and CONTENTS_HEAD.match(text))
            )
            if not goes_on:
                paras.append(current)
                current = []
        current.append(ln)
    if current:
        paras.append(current)
    return paras


#: a paragraph's last sentence run onto the signature and its date: '…起施行。财政部2019年7月26日'
_SIGNED_TAIL = re.compile(rf"(?<=[。！？!?])\s*(?=[^，。；：,;:！？!?()（）\s]{{2,60}}?{_YMD}\s*$)")


#: the same with the issuer in brackets and no date: '…提升。 （万载县统计局）'
_BRACKET_SIGNED = re.compile(
    r"(?<=[。！？!?])\s*(?=[(（][\u4e00-\u9fff]{3,30}[)）]\s*$)"
    # an item's note of who carries it out ('（商务部负责）') belongs to the item
    r"(?![(（][^)）]*(?:负责|負責|牵头|牽頭|配合|落实|落實)[)）])"
    # and an office by its short name ('(县政府办)'), the credit of who wrote up a report,
    # is no signature: a signature names its organ in full
    r"(?![(（][^)）]*[办辦][)）])"
)

#: a paragraph closed by a bracket of names, the way items note their units
_NOTED = re.compile(r"[。！？!?]\s*[(（][\u4e00-\u9fff、，,]{2,40}[)）]\s*$")

#: the 附件 label, a date and then the attachment's title, on one line
_LABEL_ON_DATE = re.compile(rf"(?P<label>附件)[:：]?[ \u3000]*(?P<date>{_YMD})[ \u3000]*(?=\S)")
#: a date run onto the end of the last paragraph ('…请在附件区下载 二Ｏ一一年…'), not one a
#: sentence gives ('…截止到2011年12月15日')
#: (not a range's end: '2012年3月13日-2012年3月15日')
_DATE_TAIL = re.compile(
    rf"(?<=[^\s\d年月日于至到在为止自从前起])(?<!日[-—－~～–])[ \u3000]*(?={_YMD}\s*$)"
)


#: a notice's end on the line of its text as read, spaces where its printed lines broke: its
#: last sentence, '附件：1.某某 2.某某', the signer, the date
_CLOSED_RUN_ON = re.compile(
    r"(?<=[。！？!?])[ \u3000]*附\s*件\s*[:：][^。！？!?]{2,300}?"
    rf"[ \u3000]+(?P<who>[\u4e00-\u9fff（）()]{{2,30}})[ \u3000]+{_YMD}[ \u3000]*$"
)
#: a notice's 附件说明 after its text's last sentence ('…请遵照执行。附件：1.某某2.某某')
_LISTED_AFTER = re.compile(r"(?<=[。！？!?])[ \u3000]*附\s*件\s*[:：]")
#: a date closing a line
_CLOSING_DATE = re.compile(rf"[ \u3000]*{_YMD}[ \u3000]*$")


def _closed_run_on(ln: Line, raw: str) -> list[Line] | None:
    """A notice's 附件说明, signer and date run onto its text's line (a compilation's notice
    printed whole on one line, anywhere in the file: '…请遵照执行。 附件：1.某某 2.某某 卫生部
    一九九四年九月五日'): its parts, a blank line between the text, the list and the signature;
    None where the line is not that. Where the list ends and the signer starts only the
    spaces of the line as read tell (the cleaner closes them up): a name set apart by them
    that is an organ's signs."""
    text = ln.text.rstrip()
    if not text.endswith("日") or "附" not in text:
        return None
    m = _CLOSED_RUN_ON.search(raw.rstrip())
    date = _CLOSING_DATE.search(text)
    if m is None or date is None:
        return None
    who = m.group("who")
    signer = date.start() - len(who)
    if text[signer : date.start()] != who or not _organs_only(who):
        return None
    # (the last label before the signer: the text above may name an 附件 of its own)
    listed = max(_LISTED_AFTER.finditer(text, 0, signer), key=lambda m: m.start(), default=None)
    if listed is None or listed.start() == 0 or signer - listed.end() < 2:
        return None
    return [
        ln.with_text(text[: listed.start()].rstrip()),
        Line(ln.no, ""),
        ln.with_text(text[listed.start() : signer].strip()),
        Line(ln.no, ""),
        ln.with_text(who),
        ln.with_text(text[date.start() :].strip()),
    ]


def _split_signed_tail(lines: list[Line]) -> None:
    """Among the last lines, one that ends a paragraph and then signs and dates it is cut
    in two, so that the signature stands on its own line as printed."""
    seen = 0
    # items that each close with a bracket of names ('…增长9%。 (工资处、就管中心)'): the
    # document's notes of who carries them out, the last one too — not a signature
    noted = sum(
        1 for ln in lines if ln.text.rstrip().endswith((")", "）")) and _NOTED.search(ln.text)
    )
    for k in range(len(lines) - 1, -1, -1):
        text = lines[k].text.strip()
        if not text:
            continue
        seen += 1
        if seen > 8:
            return
        if text[:2] == "附件" and (glued := _LABEL_ON_DATE.match(text)):
            # the 附件 label under a signature with the date run between it and the
            # attachment's title ('附件2023年2月22日 某某名单'): each a line of its own
            ln = lines[k]
            lines[k : k + 1] = [
                ln.with_text(glued.group("label")),
                Line(ln.no, ""),
                ln.with_text(glued.group("date")),
                Line(ln.no, ""),
                ln.with_text(text[glued.end() :]),
            ]
            continue
        dated = text.endswith("日")
        m = (_SIGNED_TAIL.search(text) if dated else None) or (
            _BRACKET_SIGNED.search(text) if text.endswith((")", "）")) and noted < 2 else None
        )
        if m is None and dated and (tail := _DATE_TAIL.search(text)) and tail.start() >= 30:
            m = tail  # a paragraph's, not a signer's line (the signature reads those)
        if m is not None and m.start() > 0:
            ln = lines[k]
            # a blank between: the signature is a group of its own in any shape (a group is
            # what the signature reader takes out of the text)
            lines[k : k + 1] = [
                ln.with_text(text[: m.start()]),
                Line(ln.no, ""),
                ln.with_text(text[m.end() :]),
            ]
            return


#: a colon, then the indent of the next paragraph flattened into spaces ('…县直各单位:   根据…')
_COLON_INDENT = re.compile(r"(?<=[：:])[ \u3000]{2,}(?=\S)")


def _cut_first_lines(lines: list[Line], cut: Callable[[str], tuple[int, int] | None]) -> None:
    """In a document's first 20 lines, each line that ``cut`` finds two things run together
    on is cut in two there, a blank line between: the first part ends at the first offset
    ``cut`` gives, the second starts at the second (what lies between is spaces)."""
    seen = 0
    k = 0
    while k < len(lines) and seen < 20:
        text = lines[k].text
        if text.strip():
            seen += 1
            if (at := cut(text)) is not None:
                ln = lines[k]
                lines[k : k + 1] = [
                    ln.with_text(text[: at[0]]),
                    Line(ln.no, ""),
                    ln.with_text(text[at[1] :]),
                ]
        k += 1


#: an order's promulgation with its signer and date run onto it: '现公布《…》，自2018年1月1日起
#: 施行。总理　　李克强 　　 2017年12月25日'
_PROMULGATED_SIGNED = re.compile(
    rf"(?<=施行。)[ \u3000]*(?={HEAD_POST}"
    rf"[ \u3000]*[\u4e00-\u9fff·]{{2,5}}[ \u3000]*{_YMD}[ \u3000]*$)"
)


def _promulgation_then_signer(text: str) -> tuple[int, int] | None:
    """The signer and date of an order run onto its promulgation: cut where the signer starts."""
    m = _PROMULGATED_SIGNED.search(text) if "施行。" in text else None
    return (m.start(), m.end()) if m is not None else None


def _indented_colon(text: str) -> tuple[int, int] | None:
    """A 主送 line run onto the first paragraph, the indent between them kept as spaces."""
    m = _COLON_INDENT.search(text) if ("：" in text or ":" in text) else None
    return (m.start(), m.end()) if m is not None and m.start() <= 200 else None


#: a notice's date between its last sentence and what it issues, a document flattened onto
#: a line ('…请认真组织。 二〇〇八年五月二十三日      某某规则 根据…'): the date, a wide gap
#: after it (looked for in the line as read: the cleaner closes the gap up)
_DATE_BETWEEN = re.compile(rf"(?<=[。！!])[ \u3000]*(?P<date>{_YMD})[ \u3000]{{4,}}(?=\S)")


#: a report's head flattened onto its text's line, spaces between its parts: the title, the
#: meeting it was read at, the speaker, then the salutation ('2024年某县政府工作报告 2023年1月5日
#: 在某县…会议上 某县人民政府县长 某某 各位代表: 现在,…')
_SPEECH_HEAD = re.compile(
    rf"^\s*(?P<title>[^\s，。：:]{{4,60}}?报告(?:[(（][^()（）\s]{{1,8}}[)）])?)\s+"
    rf"(?P<occasion>[—－-]{{0,2}}\s*{_YMD}\s*在[^\s，。]{{4,60}}?会议上)\s+"
    r"(?P<speaker>[^\s，。：:]{2,30}(?:\s+[^\s，。：:]{2,12})?)\s+(?=各位代表\s*[:：])"
)


def _cut_speech_head(lines: list[Line], raw: dict[int, str]) -> None:
    """A report's head run onto its first line (title, meeting, speaker, each set apart by
    spaces as the line was read): each part a line of its own, as a report prints them."""
    first = next((k for k, ln in enumerate(lines[:5]) if ln.text.strip()), None)
    if first is None:
        return
    ln = lines[first]
    m = _SPEECH_HEAD.match(raw.get(ln.no, ""))
    if m is None:
        return
    parts = ["".join(m.group(g).split()) for g in ("title", "occasion", "speaker")]
    text, at, cut = ln.text, 0, []
    for part in parts:
        found = text.find(part, at)
        if found != at and text[at:found].strip():
            return  # (the cleaned line is not the read line's parts in order)
        cut.append(part)
        at = found + len(part)
    speaker = " ".join(m.group("speaker").split())  # (its post and name apart, as printed)
    lines[first : first + 1] = [
        *(x for part in cut[:2] for x in (ln.with_text(part), Line(ln.no, ""))),
        ln.with_text(speaker),
        Line(ln.no, ""),
        ln.with_text(text[at:].strip()),
    ]


def _cut_date_between(lines: list[Line], raw: dict[int, str]) -> None:
    """In a document's first 20 lines, a date printed between two texts, a wide gap after
    it, is a line of its own between them (the notice's date, then what it issues)."""
    seen = 0
    k = 0
    while k < len(lines) and seen < 20:
        ln = lines[k]
        k += 1
        if not ln.text.strip():
            continue
        seen += 1
        printed = raw.get(ln.no, "")
        if "日" not in printed or (m := _DATE_BETWEEN.search(printed)) is None:
            continue
        date = "".join(m.group("date").split())
        at = ln.text.find(date)
        if at < 1 or ln.text[at - 1] not in "。！!" or ln.text.count(date) != 1:
            continue
        after = ln.text[at + len(date) :].strip()
        if not after:
            continue
        lines[k - 1 : k] = [
            ln.with_text(ln.text[:at]),
            Line(ln.no, ""),
            ln.with_text(date),
            Line(ln.no, ""),
            ln.with_text(after),
        ]
        k += 4


#: a report's title run onto the salutation that opens its text: '某县2023年政府工作报告各位代表:'
_REPORT_THEN_SALUTE = re.compile(
    r"^\s*[^，。；：:,;\s]{4,40}?报告(?:[(（]全文[)）])?(?P<gap>[ \u3000]*)(?=各位代表\s*[:：，,])"
)


def _report_then_salute(text: str) -> tuple[int, int] | None:
    """The title and the salutation apart."""
    m = _REPORT_THEN_SALUTE.match(text) if "各位代表" in text[:50] else None
    return (m.start("gap"), m.end()) if m is not None else None


#: a bracketed note opening a line, and the text after it
_OPENING_NOTE = re.compile(r"^\s*[(（](?P<note>[^()（）]{6,60})[)）](?P<gap>[ \u3000]*)(?=\S)")


def _opening_note(text: str) -> tuple[int, int] | None:
    """The note under a title that gives its date and 文号 ('(1985年5月4日皖政〔1985〕38号)'),
    as law databases print it, run onto the first paragraph."""
    from gongbao.structure.dates import is_date_line

    first = text[:1] if not text[:1].isspace() else text.lstrip()[:1]
    m = _OPENING_NOTE.match(text) if first and first in "(（" else None
    if m is None or len(text) - m.end() < 10:
        return None
    note = m.group("note")
    number = find_doc_number(note)
    rest = re.sub(r"\s+", "", note.replace(number, "", 1) if number else note)
    if (number and not rest) or is_date_line(rest):
        return m.start("gap"), m.end()
    return None


#: a 公告's number without an issuer code, run onto the title under it: '〔2022〕第39号某某
#: 县人民政府征收土地预公告', '2023年第5号某某公告'
_NUMBER_THEN_TITLE = re.compile(
    r"^\s*(?:[〔\[【（(]\s*\d{4}\s*[〕\]】）)]|\d{4}\s*年)\s*第\s*\d{1,5}\s*[号號]\s*"
    rf"(?:{RUNNING_COUNT}\s*)?(?=\S)"
)


def _number_then_title(text: str) -> tuple[int, int] | None:
    """The number and the title apart, where what follows the number is a whole title."""
    if "第" not in text[:12]:
        return None
    m = _NUMBER_THEN_TITLE.match(text)
    if m is None or len(text.strip()) - m.end() < 6 or not ends_as_title(text.rstrip()):
        return None
    return m.end(), m.end()


#: a notice's title and its 主送 on one line, spaces between or closed up (a document
#: flattened onto a few lines: '某省某厅关于印发《…》的通知 各市、县财政局:为贯彻…')
_TITLE_THEN_ADDRESSEES = re.compile(
    r"^\s*(?P<title>[^\s。，,；;:：]{6,160}?(?:通知|决定|意见|批复|通告|公告|办法|方案|规定|函))"
    # (the 主送 opens with 各, or names its level before it: '县直各部门:', '市属各单位:')
    r"(?P<gap>[ \u3000]*)(?=(?:[省市州盟县区旗乡镇][直属])?各[^\s。，,；;:：]{1,150}[:：])"
)


def _title_then_addressees(text: str) -> tuple[int, int] | None:
    """The title and the 主送 that opens with 各 (or its level, then 各) after it, apart."""
    m = _TITLE_THEN_ADDRESSEES.match(text) if "各" in text[:170] else None
    if m is None or not ends_as_title(m.group("title")):
        return None
    return m.start("gap"), m.end("gap")


def _masthead_then_number(text: str) -> tuple[int, int] | None:
    """The 发文机关标志 and the 文号 printed after it on one line ('中共某某县委文件 某发〔2019〕
    10号'): apart, as GB/T 9704 prints them."""
    if "文" not in text or (m := _MASTHEAD_NUMBER.match(text)) is None:
        return None
    rest = text[m.end() :].strip()
    if rest[:1] in "(（":
        # (or the note of its day and number: '某部文件 (1996年8月30日某部某字〔1996〕350号文发)')
        from gongbao.structure.zones import is_doc_number_zone

        return (m.end(), m.end()) if is_doc_number_zone(rest) else None
    if (lead := _NUMBER_THEN_ADDRESSEES.match(rest)) and find_doc_number(lead.group("number")):
        # (its 文号 and 主送 run on after it, a journal's abstract of the whole: '某省人民政府文件
        # 某政发[2021]19号各市人民政府,…:根据…')
        return (m.end(), m.end())
    return (m.end(), m.end()) if find_doc_number(rest) == "".join(rest.split()) else None


def _number_then_addressees(text: str) -> tuple[int, int] | None:
    """A 文号 alone before the 主送 that opens with 各, on one line ('某政发[2021]19号各市人民政府,
    省政府各厅委:…'): apart."""
    if "各" not in text[:30] or (m := _NUMBER_THEN_ADDRESSEES.match(text)) is None:
        return None
    number = m.group("number")
    return (m.end("number"), m.end("number")) if find_doc_number(number) == number else None


#: a 文号, then a 主送 opening with 各 and ending on its colon
_NUMBER_THEN_ADDRESSEES = re.compile(
    r"(?P<number>[\u4e00-\u9fff]{1,12}[〔\[［【(（]\d{4}[〕\]］】)）]\d{1,4}号)"
    r"(?=各[^。；;:：]{1,150}[:：])"
)


#: a 发文机关标志 ending in 文件, a 文号 after it
_MASTHEAD_NUMBER = re.compile(
    r"^\s*[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,60}?文\s*件"
    r"(?=\s*[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*\d{4}|\s*[(（]\s*\d{4}\s*年)"
)

#: the title of rules and the order that promulgates them on one line, spaces between or
#: closed up ('某某自治区土地整治办法 某某自治区人民政府令 第116号')
_TITLE_THEN_ORDER = re.compile(
    r"^\s*\S{4,40}?(?:办法|规定|条例|细则|规则|决定|实施意见)(?P<gap>[ \u3000]*)"
    r"[^的\s]{2,24}?(?:人民政府|政府)令\s*第\s*\d{1,5}\s*号\s*$"
)


def _title_then_order(text: str) -> tuple[int, int] | None:
    """The title and the order line apart; or an order line and the promulgation run onto
    it ('贵阳市人民政府令第103号《…》已于2002年7月1日经市政府常务会议通过。')."""
    if "令" not in text:
        return None
    if m := _TITLE_THEN_ORDER.match(text):
        return m.start("gap"), m.end("gap")
    if m := _ORDER_THEN_TEXT.match(text):
        return m.start("gap"), m.end("gap")
    return None


#: a rule's title, then the note of how it was made, then its text, on one line: '某市…规定
#: (2008年11月24日某市人民政府令第234号公布 根据…修订) 第一条…'
_PROMULGATION_NOTE = r"[(（][^()（）]{6,160}?(?:公布|发布|通过|施行|修订|修正)[)）]"
_TITLE_THEN_NOTE = re.compile(
    r"^\s*(?P<title>[^。，,；;\s(（]{4,80}?)(?P<gap>[ \u3000]*)"
    rf"(?={_PROMULGATION_NOTE}[ \u3000]*\S)"
)
_NOTE_THEN_TEXT = re.compile(rf"^\s*(?P<note>{_PROMULGATION_NOTE})(?P<gap>[ \u3000]*)(?=\S)")
_NOTE_AT = re.compile(_PROMULGATION_NOTE)


def _title_then_note(text: str) -> tuple[int, int] | None:
    """A rule's title and the note under it apart, where the text runs on after the note."""
    m = _TITLE_THEN_NOTE.match(text) if ("(" in text or "（" in text) else None
    if m is None or not ends_as_title(title := m.group("title").rstrip()):
        return None
    if (note := _NOTE_AT.match(text, m.end())) and _SENTENCE_GOES_ON.match(text, note.end()):
        # a text named in the first sentence, its note after it, and the sentence going on
        # ('为正确适用《…的决定》（2012年8月31日…通过，…施行）（以下简称《决定》），现就…'): no
        # title and no note of the document's own
        return None
    if (about := title.find("关于")) > 0 and ends_as_title(title[:about]):
        return None  # (two titles run together, a page's cut one before: not one title)
    return m.start("gap"), m.end("gap")


#: what goes on with a sentence after a bracketed note: its short name for what it named, a
#: comma, the rest of a phrase
_SENTENCE_GOES_ON = re.compile(r"\s*(?:[(（]\s*以下简称|[，,、的])")


def _note_then_text(text: str) -> tuple[int, int] | None:
    """The note of how a rule was made (a date in it) and the rule's text apart."""
    m = _NOTE_THEN_TEXT.match(text) if text.lstrip()[:1] in ("(", "（") else None
    if m is None or _YMD_DATE.search(m.group("note")) is None or len(text) - m.end() < 10:
        return None
    return m.start("gap"), m.end("gap")


#: a title and its number in brackets, then the text's first paragraph on the same line: '某社区
#: …选举公告 (第3号) 根据…'
_TITLE_NUMBER_THEN_TEXT = re.compile(
    r"^\s*(?P<title>[^。，,；;\s][^。，,；;]{3,80}?)\s*[(（]第\s*\d{1,4}\s*号[)）]"
    r"(?P<gap>[ \u3000]+)(?=\S)"
)
#: a rule's title, then its first chapter on the same line: '某县…办法(试行)第一章总则 第一条…'
_TITLE_THEN_CHAPTER = re.compile(
    r"^\s*(?P<title>[^。，,；;\s][^。，,；;]{3,80}?)(?P<gap>[ \u3000]*)"
    # (the chapter's name after it, not another article's number: '…条例》第一章第四条规定')
    r"(?=第一章\s*(?!第)[\u4e00-\u9fff])"
)


def _title_then_text(text: str) -> tuple[int, int] | None:
    """A whole document printed on a line: its title (with its number) and its text apart,
    where the text is a paragraph or the rule's first chapter."""
    if (
        "号" in text[:100]
        and (m := _TITLE_NUMBER_THEN_TEXT.match(text))
        and ends_as_title(m.group("title").rstrip())
        and len(text) - m.end() >= 30
    ):
        return m.start("gap"), m.end("gap")
    if (
        "第一章" in text[:100]
        and (m := _TITLE_THEN_CHAPTER.match(text))
        and ends_as_title(m.group("title").rstrip())
        # (not a promulgation's signer and date run onto the title: '省长某某二○○九年三月
        # 二十七日某省…办法第一章', which the run-on cuts part)
        and _YMD_DATE.search(m.group("title")) is None
    ):
        return m.start("gap"), m.end("gap")
    return None


#: an order line with the promulgation of what it promulgates run onto it
_ORDER_THEN_TEXT = re.compile(
    r"^\s*[^的\s]{2,24}?(?:人民政府|政府)令\s*第\s*\d{1,5}\s*号(?P<gap>[ \u3000]*)"
    # (or its text's first sentence, opening on a day or a reason: '…令第1号2017年5月30日,
    # 我区…', '…令第3号为了…')
    r"(?=《[^》]{4,60}》已|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[,，]|为了?|根据|按照)"
)


#: a break between two parts of a broken line (blank lines between allowed)
_PART_BREAK = r"[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*"
#: a date printed a part a line, as some PDF extractions give a signature's date: year, 年,
#: month, 月, day, 日 each on a line of its own (blank lines between them allowed)
_SPLIT_DATE = re.compile(
    r"^[ \t\u3000]*(?:\d{4}|[〇○零一二三四五六七八九]{4}|"
    # (the year itself broken, a page that put each span on a line: '202' / '6' / '年')
    r"(?:\d{3}" + _PART_BREAK + r"\d|\d{2}" + _PART_BREAK + r"\d{2}|\d" + _PART_BREAK + r"\d{3})"
    r")[ \t\u3000]*\n(?:[ \t\u3000]*\n)*"
    r"[ \t\u3000]*年[ \t\u3000]*\n(?:[ \t\u3000]*\n)*"
    r"[ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[ \t\u3000]*\n(?:[ \t\u3000]*\n)*"
    r"[ \t\u3000]*月[ \t\u3000]*\n(?:[ \t\u3000]*\n)*"
    r"[ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \t\u3000]*\n(?:[ \t\u3000]*\n)*"
    r"[ \t\u3000]*日[ \t\u3000]*$",
    re.M,
)


def _join_split_dates(lines: list[Line]) -> list[Line]:
    """A date printed a part a line ('2005' / '年' / '9' / '月' / '20' / '日') joined on its
    first line, which covers the others (nothing is dropped: the parts are the text); and a
    文号 so printed ('某公告〔' / '2026' / '〕' / '6' / '号'), on the line its code opens."""
    whole = "\n".join(ln.text for ln in lines)
    # (a line ending on '年', '〔' or '〕' is rare: each pattern is tried only on a text that has
    # one)
    for ends, pattern in (
        (("年\n", "年 \n"), _SPLIT_DATE),
        (("〔\n",), _SPLIT_NUMBER),
        (("〕\n",), _CODE_YEAR_NUMBER),
    ):
        if any(end in whole for end in ends) and (m := pattern.search(whole)) is not None:
            lines = _join_matches(lines, whole, pattern, m)
            whole = "\n".join(ln.text for ln in lines)
    return lines


#: a 文号 printed a part a line: its code and bracket, the year, the bracket, the number, 号
_SPLIT_NUMBER = re.compile(
    r"〔"
    + _PART_BREAK
    + r"\d{4}"
    + _PART_BREAK
    + r"〕"
    + _PART_BREAK
    + r"\d{1,5}"
    + _PART_BREAK
    + r"号"
)


#: a 文号 printed a part a line, its code, its year in brackets, its number: '京发改' /
#: '〔2026〕' / '341号' (a record's value, each span of the page on a line)
_CODE_YEAR_NUMBER = re.compile(
    r"^[ \t\u3000]*[\u4e00-\u9fff]{1,8}"
    + _PART_BREAK
    + r"〔\d{4}〕"
    + _PART_BREAK
    + r"\d{1,5}号[ \t\u3000]*$",
    re.M,
)


def _join_matches(
    lines: list[Line], whole: str, pattern: re.Pattern[str], m: re.Match[str] | None
) -> list[Line]:
    """The lines each match of ``pattern`` in ``whole`` (the lines joined by line breaks)
    touches, joined on the first of them (``m``: the first match)."""
    out: list[Line] = []
    ends: list[int] = []  # where each line ends in ``whole``
    at = -1
    for ln in lines:
        at += len(ln.text) + 1
        ends.append(at)
    k = 0
    while m is not None:
        first = next(i for i in range(k, len(lines)) if ends[i] >= m.start())
        last = next(i for i in range(first, len(lines)) if ends[i] >= m.end())
        out.extend(lines[k:first])
        parts = [ln.text.strip() for ln in lines[first : last + 1] if ln.text.strip()]
        out.append(lines[first].with_text("".join(parts), lines[last].last or lines[last].no))
        k = last + 1
        m = pattern.search(whole, m.end())
    out.extend(lines[k:])
    return out


#: a line that opens on a figure's decimal point: '．9亿元，…' under '…预算收入2221'
_OPENS_ON_POINT = re.compile(r"\s*[.．][0-9０-９]")


def joined_at_point(left: str, right: str) -> str:
    """A figure broken before its decimal point, joined: the point, now between digits, made
    the one the rules read ('２２２１' + '．９亿元' folded → '2221.9亿元')."""
    rest = right.strip()
    if rest[:1] == "．" and rest[1:2].isascii():
        rest = "." + rest[1:]
    return left.rstrip() + rest


def _join_split_figures(lines: list[Line]) -> list[Line]:
    """A figure the extraction broke before its decimal point ('…收入２２２１' / '．９亿元')
    joined on its first line, which covers the next (nothing is dropped)."""
    if not any(_OPENS_ON_POINT.match(ln.text) for ln in lines):
        return lines
    out: list[Line] = []
    for ln in lines:
        if out and _OPENS_ON_POINT.match(ln.text) and out[-1].text.rstrip()[-1:].isdigit():
            prev = out[-1]
            out[-1] = prev.with_text(joined_at_point(prev.text, ln.text), ln.last or ln.no)
            continue
        out.append(ln)
    return out


def _head_then_text(parts: list[str]) -> list[str]:
    """A wrapped paragraph's head cut off (title, 文号, the 主送 up to its colon), the text
    after it one paragraph again, as it was printed."""
    for k, part in enumerate(parts[:4]):
        if part.endswith((":", "：")):
            return [*parts[: k + 1], "".join(parts[k + 1 :])] if k + 1 < len(parts) else parts
    return parts


def apply_shape(lines: list[Line], raw: dict[int, str] | None = None) -> tuple[list[Line], str]:
    """Lines in a shape ``split_groups`` reads: run-on lines cut, and — unless the text is
    already blank-separated — a blank line between paragraphs. Line numbers stay those of the
    input (a cut line's parts share its number); ``raw``, each line's text as read (its
    spaces not yet closed up), by number."""
    out: list[Line] = []
    # (a copy: the lines given are not changed) the note cut off before the run-on cuts,
    # which would cut it
    lines = list(_join_split_figures(_join_split_dates(lines)))
    _cut_first_lines(lines, _opening_note)
    if raw:
        _cut_speech_head(lines, raw)
        _cut_date_between(lines, raw)
    _cut_first_lines(lines, _number_then_title)
    _cut_first_lines(lines, _title_then_order)
    _cut_first_lines(lines, _title_then_note)
    _cut_first_lines(lines, _note_then_text)
    _cut_first_lines(lines, _title_then_text)
    _cut_first_lines(lines, _title_then_addressees)
    _cut_first_lines(lines, _masthead_then_number)
    _cut_first_lines(lines, _number_then_addressees)
    _cut_first_lines(lines, _promulgation_then_signer)
    _cut_first_lines(lines, _report_then_salute)
    for ln in lines:
        parts = split_run_on(ln.text.strip()) if len(ln.text) >= _HEADED_MIN else None
        if parts is None:
            closed = (
                _closed_run_on(ln, raw.get(ln.no, ""))
                if raw and len(ln.text) >= _HEADED_MIN
                else None
            )
            out.extend([ln] if closed is None else closed)
        else:
            # a document run onto a report of it: its parts are paragraphs, a break between
            # (elsewhere the parts stay lines of one group, as the text printed them)
            apart = "通过" in ln.text and _ADOPTED_RUN_ON.search(ln.text) is not None
            for k, part in enumerate(parts):
                if k and apart:
                    out.append(Line(ln.no, ""))
                out.append(ln.with_text(part))
    _split_signed_tail(out)
    _cut_first_lines(out, _indented_colon)
    # the lines stripped once, for every measure of the shape below
    stripped = [ln.text.strip() for ln in out]
    nonblank = [t for t in stripped if t]
    mode = _mode_width(nonblank) if nonblank else None
    shape = _shape(stripped, nonblank, mode)
    if shape != "hard-wrapped":
        full = _wide_width(nonblank)
        if full is not None:
            out = _rewrap_groups(out, full)
    if shape == "blank-separated":
        return out, shape
    spaced: list[Line] = []
    if shape == "hard-wrapped":
        full = mode or 0.0
        run: list[Line] = []
        for ln in [*out, Line(-1, "")]:
            if ln.text.strip():
                run.append(ln)
                continue
            for para in reflow(run, full):
                first = para[0]
                joined = "".join(p.text.strip() for p in para)
                last = para[-1].last or para[-1].no
                # a title wrapped with its 文号 and 主送 into one paragraph ('…的通知国办发
                # [1999]79' / '号各省、…:农' / '业部…'): its head cut as a run-on line's
                parts = (
                    split_run_on(joined)
                    if len(para) > 1 and "关于" in joined[:80] and _own_number(joined[:200])
                    else None
                )
                for part in _head_then_text(parts) if parts else [joined]:
                    spaced.extend([first.with_text(part, last), Line(first.no, "")])
            run = []
        return spaced, shape
    for k, ln in enumerate(out):
        if not ln.text.strip():
            continue
        spaced.append(ln)
        following = out[k + 1].text if k + 1 < len(out) else ""
        if not ("\t" in ln.text and "\t" in following):
            spaced.append(Line(ln.no, ""))  # table rows stay together
    return spaced, shape
