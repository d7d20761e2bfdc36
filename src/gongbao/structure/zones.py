"""What a line of a document's head is, told by its form (GB/T 9704 and the other layouts
Chinese official documents are printed in). Each rule is named; ``zone_of`` returns the
first rule that recognises a line, which is the evidence the head assembler records.

    份号        000123 · 170795                     six digits alone
    密级        秘密★1年 · 机密                      with or without its term
    紧急程度    特急 · 加急 · 特提
    发文机关标志  XX市人民政府文件 · 中共XX委员会文件 · 文件 (under stacked joint issuers)
    发文字号    X府发〔2023〕1号, with or without 签发人：张三 on the same line
    签发人      签发人：张三 李四
    分隔线      ━━━━━ · ———— · ★
    日期        (2026年1月19日) · 二〇二五年三月五日 · 2022-06-08
    会议        ——2026年1月14日在…会议上 · （2023年X月X日…会议通过）
    讲话人      静安区区长 翟磊 · 海拉尔区人民政府区长　张天喜
    主送        区政府各委、办、局，各街道办事处：
    称呼        各位代表：
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from gongbao.docnumber import RUNNING_COUNT, doc_numbers, find_doc_number
from gongbao.numbering import YEAR
from gongbao.structure.dates import DATE, compact_date, is_date_line

COPY_NO = re.compile(r"^(?:份号[:：]?\s*)?\d{6}$")
SECRECY = re.compile(r"^(?:密级[:：]?\s*)?(?:绝密|机密|秘密|内部|内部事项)(?:\s*★\s*\S{0,8})?$")
URGENCY = re.compile(r"^(?:紧急程度[:：]?\s*)?(?:特急|加急|特提|平急|急件|急)$")
#: the 发文机关标志: an issuer's name and 文件; 文件 alone under stacked joint issuers
MASTHEAD = re.compile(r"^(?!.*关于)(?P<name>.{0,60}?)\s*文\s*件$")
#: a 纪要's masthead (纪要标志), which is its title unless a title of its own follows the number
MINUTES_MASTHEAD = re.compile(
    r"^(?!.*关于)(?P<name>.{0,30}?)\s*(?:常务会议|办公会议|会议|办公会)?\s*纪\s*要$"
)
SIGNER = re.compile(r"^签\s*发\s*人\s*[:：]\s*(?P<names>.{2,30})$")
RULE = re.compile(r"^[━─—_=\-★*·•\s]{3,}$")
ORDER_NO = re.compile(
    r"^(?:第\s*(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,6})\s*[号號]"
    r"|[(（]\s*第?\s*(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,6})\s*[号號]\s*[)）])$"
)
#: a gazette's issue printed over what it carries: '黄山市人民政府公报(2004年第7号)'
GAZETTE_ISSUE_LINE = re.compile(
    r"^\S{2,24}公[报報]\s*[(（]?\s*(?:\d{4}\s*年)?\s*第\s*\d{1,3}\s*[号號期][)）]?$"
)
#: a 公告's number: 第5号 · 2023年第5号 · 〔2023〕第5号
NOTICE_NO = re.compile(
    r"^[(（]?\s*(?:[\u4e00-\u9fff]{0,20}?)(?:(?:\d{4}\s*年?|[〔\[【（(]\s*\d{4}\s*[〕\]】）)])\s*)?"
    r"第\s*\d{1,5}\s*[号號][)）]?"
    # (and the series' running count after it: '2019年第43号(总第221号)')
    rf"(?:\s*{RUNNING_COUNT})?$"
    # a congress's 公告 numbered in Chinese numerals in brackets: '(第七十七号)'
    r"|^[(（]第[一二三四五六七八九十百零〇]{1,6}[号號][)）]$"
    # or without them, under a session's 公告: '第一号'
    r"|^第[一二三四五六七八九十百零〇]{1,6}[号號]$"
    # an order's number in brackets without 第, under its order line: '(282号)'
    r"|^[(（]\s*\d{1,5}\s*[号號]\s*[)）]$"
    # a 公告's year in brackets, its serial after them, no 第: '(2020)7号'
    r"|^[(（〔]\s*(?:19|20)\d{2}\s*[)）〕]\s*\d{1,4}\s*[号號]$"
    # or its year and serial without 第, no brackets, under its title: '2022年3号'
    r"|^(?:19|20)\d{2}\s*年\s*\d{1,4}\s*[号號]$"
)
#: read at a meeting: ——2026年1月14日在…会议上 · ----2025年1月15日龚正市长在…会议的政府工作报告
#: · 2025年1月14日在…会议上北京市市长 殷勇同志作政府工作报告 (the speaker before or after)
SPEECH = re.compile(
    # (or in brackets: '(2021年2月23日在某区第十五届人民代表大会第五次会议上)')
    # (or 在 before the date: '——在2020年12月23日某区…常务委员会第三十七次会议上')
    # (or bulleted, as a yearbook lists a report's head: '• ——2001年2月16日在…会议上')
    # (or its dash typed as two 一: '一一2022年1月22日在…会议上'; or '…第五次大会上')
    # (or its day as figures alone, a page's 年, 月 and 日 lost: '——2010224在…会议上')
    rf"^(?:[•·]\s*)?(?:[—─－-]{{1,4}}|一一(?=\s*(?:19|20)\d\d)|[(（])?\s*(?P<at>在\s*)?(?P<date>{YEAR}\s*年?[^日]{{1,12}}日|(?:19|20)\d{{5,6}}(?=\s*在))\s*"
    r"(?P<who>[^在，。；]{0,30}?)\s*(?(at)|在)\s*(?P<occasion>[^，。；]{4,70}?(?:会议|大会))\s*"
    # (the speaker after the bracket closes: '(…会议上) 某市人民政府市长 某某')
    r"(?:上|的)(?:\s*[)）](?=\s*\S))?(?P<rest>[^。；()（）]{0,40})[。.]?\s*[)）]?\s*$"
)
#: a title, then a dash and the day it was read: '政府工作报告—2021年7月29日在…'
TITLE_THEN_SPEECH = re.compile(
    # (the dash typed as two hyphens: '政府工作报告(摘要)--1999年2月25日在…')
    # (or in brackets: '政府工作报告 (2019年1月21日在…会议上) 某市人民政府市长 某某')
    r"^(?P<title>[^—]{2,60}?)\s*(?P<rest>(?:—{1,2}|--|[(（](?=\s*\d{4}\s*年))\s*\d{4}\s*年.{6,})$"
)
#: the meeting a report was read at, its date then its name, without 在…上: '2024年11月27日县
#: 十八届人大常委会第二十三次会议'
DATED_MEETING = re.compile(
    # (or with 在 and without its 上: '2019年2月26日在镇第十四届人民代表大会第三次会议')
    # (or in brackets under a draft resolution's title, adopting nothing yet: '(2017年2月10日
    # 某镇十七届人大二次会议)')
    rf"^(?:[—─－-]{{1,4}}|(?P<open>[(（]))?\s*(?P<date>{YEAR}\s*年[^日]{{1,12}}日)\s*(?:在\s*)?"
    r"(?P<occasion>[^，。；在\s()（）]{2,40}?(?:人大常委会|人民代表大会|常务委员会|届人大)"
    r"[^，。；\s()（）]{0,20}?会议)(?(open)[)）])$"
)
#: adopted by a meeting: （2023年X月X日…会议通过） or without brackets, over lines
ADOPTED = re.compile(
    rf"^[(（]?\s*(?P<date>{YEAR}\s*年[^，,。；;：:]{{1,12}}?日|(?:19|20)\d{{3,6}}日)\s*"
    # (a meeting that discussed and adopted it, its name without a clause: '2001年9月10日
    # 某检察院第九届检察委员会第九十六次会议讨论通过'; minutes' '…常务会议,…会议讨论通过了…' no)
    r"(?P<body>[^，,。：:]+?[会會][议議](?=\s*[讨討][论論])|.+?[会會][议議](?!\s*[讨討][论論]))"
    # (a congress's session then the plenary that voted: '…第九次会议第二次大会通过')
    r"(?:第[一二三四五六七八九十]{1,3}次(?:全体)?大[会會])?"
    r"\s*(?:[审審][议議]|[讨討][论論])?(?:通[过過]|批准|修[订訂](?!草案|稿))"
)
SPEAKER = re.compile(
    r"^(?P<title>\S{0,30}?(?:[区區市县縣省州旗盟镇鎮乡鄉局厅廳部署院][长長]|主任(?:委[员員])?|[书書]记|主席|"
    r"委[员員][长長]|秘[书書][长長]|[总總]理|行长|会长|社长)"
    # (or its nominee, the report read before the vote: '…政府镇长提名人选 某某')
    r"(?:提名人选|候选人|提名人)?)\s*(?!职务|職務|辞职|辭職|员|員)(?P<name>[\u4e00-\u9fff]{2,4}|"
    # a name transliterated from Uyghur, Kazakh, Mongolian, Tibetan: its parts joined by a dot
    r"[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8}){1,2})$"
)
SALUTATION = re.compile(r"^(各位代表|各位委员|同志们|各位|主任、|尊敬的)")
#: a label line at the head of a budget or report: 预算主管部门：X · 编制单位：X
ISSUER_LABEL = re.compile(
    r"^(?:预算主管部门|预算单位|主管部门|编制单位|编制部门|填报单位|报送单位|发布单位|发文单位|发文机关|发布机关|發布機關)"
    r"\s*[:：]\s*(?P<name>\S.{1,40})$"
)
_TRAILING_DATE = re.compile(
    rf"\s*[(（]{{0,2}}(?:{DATE.pattern})[)）]{{0,2}}\s*$",
    re.X,
)


def _by_order(text: str) -> bool:
    """Whether a note names the order that promulgated the text (``PROMULGATED``'s order)."""
    m = PROMULGATED.match(text)
    return m is not None and m.group("order") is not None and len(text) <= 120


def _adoption_line(text: str, end: int) -> bool:
    """A meeting line that says it adopted, and no sentence of a text that opens with one ('2006
    年7月13日,经…会议审议通过,安阳殷墟被列入世界遗产名录,…。'): in brackets (an adoption
    history runs long), or short with nothing after its 通过 but what an adoption says next."""
    if _bracketed(text):
        return True
    if len(text) > 120:
        # (or a history run together without its brackets, each later step opening with its
        # date or 根据, no sentence's marks in it: '…会议通过根据2011年…决定》修正2020年…修订')
        return len(text) <= 400 and _HISTORY_GOES_ON.match(text, end) is not None
    rest = text[end:].strip(" ，,。)）")
    # (what may follow: the meeting that approved it, later amendments, when it took effect)
    return not rest or _ADOPTION_GOES_ON.search(rest) is not None


_ADOPTION_GOES_ON = re.compile(r"修正|修改|修订|批准|公布|施行|通过|会议|根据")
#: an adoption's later history after its 通过, run on: amendments and revisions, each opening
#: with 根据 or its date, ending on what was done
_HISTORY_GOES_ON = re.compile(
    rf"\s*(?:根据|{YEAR}\s*年)[^。；;，,！？!?：:]+(?:修正|修订|修改|批准|施行)\s*$"
)


#: a number without an issuer code, alone on its line: a 纪要's or a bulletin's 〔2021〕95号
BARE_NUMBER = re.compile(r"^[〔\[【［﹝]\s*\d{4}\s*[〕\]】］﹞]\s*第?\s*\d{1,5}\s*号$")


def number_in_zone(text: str) -> str | None:
    """The 文号 a doc_number line prints (a bare one as printed, without spaces)."""
    if BARE_NUMBER.match(text):
        return re.sub(r"\s+", "", text)
    number = find_doc_number(text)
    if number and _LEADING_DATE.match(text) and (code := _code_after_organ(number)):
        # a law database's note of the day and the number, the organ before its code ('(1996
        # 年8月30日交通部交函体法〔1996〕350号文发)'): the number is the code's
        return code
    return number


def _code_after_organ(number: str) -> str | None:
    """'交通部交函体法〔1996〕350号' → '交函体法〔1996〕350号': the number without the organ's
    name run on before its code (the longest name that leaves a code of two to six characters)."""
    from gongbao.structure.organs import is_org

    bracket = re.search(r"[〔\[［【(（]", number)
    if bracket is None:
        return None
    head = number[: bracket.start()]
    for cut in range(len(head) - 2, 1, -1):
        if 2 <= len(head) - cut <= 6 and is_org(head[:cut]):
            return number[cut:]
    return None


_LEADING_DATE = re.compile(rf"^\s*[(（]?(?:{DATE.pattern})[)）]?\s*", re.X)


def _titled_number(text: str) -> bool:
    """A 公告's or 通告's title with its number run on ('某市人民政府征收土地公告2025年第10号'):
    a title line, its number read off its end (an organ's series, '国家税务总局公告2018年
    第58号', is a 文号 whole)."""
    number = find_doc_number(text) if "告" in text else None
    return number is not None and "告" not in number and len(text) > len(number) + 4


def is_doc_number_zone(text: str) -> bool:
    """A 文号 line, possibly with 签发人 or a second (机要) number beside it."""
    if BARE_NUMBER.match(text):
        return True
    m = next(doc_numbers(text), None)
    if m is None or (m.group("order") or m.group("order2")):
        return False
    if m.group("notice") and _titled_number(text):
        return False
    if m.group("code") and _titled_code(text):
        return False
    before = _LEADING_DATE.sub("", text[: m.start()])  # '2004-6-23酒政发〔2004〕89号'
    # (a law database's note of the issue: '(1996年8月30日某部某字〔1996〕350号文发)')
    after = _ISSUED_AS.sub("", text[m.end() :]) if "发" in text[m.end() :] else text[m.end() :]
    rest = (before + " " + _TRAILING_DATE.sub("", _STATUS_AFTER.sub("", after))).strip()
    # (its signer, '签发人：某某' or '签发：某某')
    rest = re.sub(r"签\s*发\s*人?\s*[:：]\s*\S+(?:\s+\S{2,4})*", "", rest)
    rest = re.sub(r"[\u4e00-\u9fff]{1,6}\d{1,6}号", "", rest)  # 鲁机发4043号 beside it
    # an answer's class and its disclosure beside it: '平教字〔2020〕25号  A类  同意公开'
    rest = _ANSWER_CLASS.sub("", rest)
    return not rest.strip(" 　:：()（）[]【】")


def _titled_code(text: str) -> bool:
    """Whether the words a 文号's code ran onto are a title: '行政处罚决定书湘(岳)文执罚网字〔2021〕
    第012号' is the decision's title and its number on one line, no line of the number alone."""
    from gongbao.titles import title_end

    found = find_doc_number(text)
    at = text.find(found) if found else -1
    return at >= 4 and title_end(text[:at].rstrip()) is not None


#: a law database's status of the text after its number and day: '…第83号 2010-12-24 全文有效'
_STATUS_AFTER = re.compile(
    r"(?<=[\s\d])\s*(?:全文|现行)?(?:有效|失效|已失效|废止|已废止|部分失效)\s*$"
)
#: the words after a number that say the document went out under it: '…350号文发)'
_ISSUED_AS = re.compile(r"^\s*文?(?:发|发布|印发)(?=\s*[)）]?\s*$)")
#: the class an answer to a deputy's or member's proposal is given (A: solved, B: being
#: solved, C: noted) and whether it may be published, printed beside its 文号
_ANSWER_CLASS = re.compile(
    r"(?:^|(?<=\s))(?:[ABCＡＢＣ]\s*类)?\s*(?:同意公开|不同意公开|主动公开|依申请公开|不予公开)?(?=\s|$)"
)


@lru_cache(maxsize=4096)
def split_trailing_date(text: str) -> tuple[str, str | None]:
    """'…的通知 2022-06-08' → ('…的通知', '2022-06-08'): a web page's date printed after the
    title on its line."""
    m = _TRAILING_DATE.search(text)
    if m is None or m.start() == 0 or is_date_line(text):
        return text, None
    return text[: m.start()].rstrip(), m.group(0).strip(" （）()")


@lru_cache(maxsize=8192)
def zone_of(text: str) -> str | None:
    """The head zone a line's form puts it in, or None (a title or text of the body). Heads
    are read once a candidate title, so the same lines are asked about again: cached."""
    t = text.strip()
    if not t:
        return None
    for name, test in _RULES:
        if test(t):
            return name
    return None


#: an order's number printed before 令, as an organ names its orders ('某部第45号令', '某指挥部
#: 6号令', '第三号令'): the organ's name goes before it, where a pattern wants one
NUMBER_BEFORE_ORDER = r"第?\s*(?:\d{1,5}|[一二三四五六七八九十]{1,3})\s*号令"

#: promulgated by an order, noted under the title: (1991年3月26日济南市人民政府令19号发布)
PROMULGATED = re.compile(
    # (the meeting that adopted the rules may come first: '(某市人民政府二届90次常务会议审议
    # 通过 1998年2月6日某市人民政府令第68号发布)', a comma after it)
    # (or the text itself: '（该文件于2014年1月15日以某府令第197号公布，…）')
    rf"^[(（]?\s*(?:(?:该|本)[\u4e00-\u9fff]{{1,4}}于\s*)?"
    # (a ministry's meeting: '经国家发展改革委第11次委务会通过', '…局务会议审议通过')
    # (or '…常务会议讨论通过', run onto the date of the order: '…会议讨论通过2013年10月27日某市…令')
    rf"(?:[^()（）]{{4,40}}?(?:会议|[委局部署厅]务会)(?:审议|讨论)?通过\s*[,，;；]?\s*)?"
    rf"(?P<date>{YEAR}\s*年[^日]{{1,8}}日)\s*以?\s*"
    # (the organs of a joint order parted by 、: '…国务院、中华人民共和国中央军事委员会令第288号')
    # (a ministry's orders numbered within their year: '农业部令2010年第3号')
    r"(?P<order>[\u4e00-\u9fff](?:[\u4e00-\u9fff]|、(?=[\u4e00-\u9fff])){1,60}?令\s*"
    # (the year perhaps in Chinese figures: '某部、某部令二○○八年第4号')
    rf"(?:{YEAR}\s*年\s*)?[(（]?\s*第?\s*\d{{1,5}}\s*号[)）]?"
    # (a joint order that each organ numbered in its series: '某委员会令第8号、某委员会令第11号')
    r"(?:、[\u4e00-\u9fff]{2,30}?令\s*第\s*\d{1,5}\s*号)*"
    # (or its number before 令, the organs joint: '食品药品监管局、海关总署第4号令')
    rf"|[\u4e00-\u9fff][\u4e00-\u9fff、]{{1,40}}?{NUMBER_BEFORE_ORDER})?\s*"
    # (or the 文号 of the notice it was issued by: '1994年10月13日鲁政发〔1994〕115号发布')
    # (the notice named as such: '1995年12月13日某发〔1995〕1180号文公布')
    r"(?P<number>(?<=日)[\u4e00-\u9fff]{1,8}\s*[〔\[]\s*\d{4}\s*[〕\]]\s*\d{1,5}\s*号)?\s*(?:(?<=号)文)?"
    # (or the 公告 that published it: '(二〇一九年十二月三十日公告)', a report an audit office
    # published in its series)
    r"(?:发布|公布|颁布|施行|公告)"
    # (and the later order that amended it: '…令第25号发布，根据…令第52号公布的《…》修正并
    # 重新发布）')
    # (its day of effect first, and each amendment after a space: '…公布，自2012年3月1日起施行；
    # 根据…修正', '…令第335号公布　根据…第一次修订　根据…第二次修订')
    r"(?:[^)）]{0,60}|[^()（）]{0,60}?[，,；;\s\u3000]*根据[^()（）]{0,400}?(?:修正|修订|修改)"
    r"[^()（）]{0,12})[)）]?$"
)
#: a note under the title that opens with the day and the number of the order that promulgated
#: the text, whatever it says after (its day of effect, the amendments since, their notices'
#: 文号 in brackets of their own): '（1992年10月7日卫生部令第24号发布 自1993年1月1日起施行
#: 根据…《…的通知》（卫医发〔2003〕…号）修正）', '（2009年8月6日 某总局令第60号  根据…修订）',
#: '（2010年1月21日，某部令第12号公布，…起施行。）'; the State Council's approval may come
#: first: '(1992年12月22日国务院批准  1993年1月11日交通部令第44号发布)'
ORDER_NOTE = re.compile(
    # (the approval's own 文号 after it: '1991年10月4日国务院批准　国函〔1991〕66号　')
    rf"^[(（]\s*(?:{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*[\u4e00-\u9fff]{{2,12}}?批准\s*[，,]?\s*"
    r"(?:[\u4e00-\u9fff]{2,8}〔\d{4}〕\d{1,5}号\s*)?)?"
    rf"(?P<date>{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)\s*[，,]?\s*"
    # (its year before the number, perhaps in brackets: '农业部令[2013]第2号')
    r"(?P<order>[\u4e00-\u9fff][\u4e00-\u9fff、]{1,60}?令\s*"
    rf"(?:{YEAR}\s*年\s*|[\[〔(（]\s*(?:19|20)\d{{2}}\s*[\]〕)）]\s*)?第\s*\d{{1,5}}\s*号)"
    r"(?P<number>(?!))?.*[)）]$"
)
#: the same on a line of its own without brackets, the order's number last (perhaps its verb):
#: '2017年11月22日 中华人民共和国国务院令第692号'
_DATED_ORDER = re.compile(
    rf"(?P<date>{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)\s*"
    rf"(?P<order>[\u4e00-\u9fff][\u4e00-\u9fff、]{{1,60}}?令\s*(?:{YEAR}\s*年\s*)?第\s*\d{{1,5}}\s*号)"
    r"(?P<number>(?!))?\s*(?:发布|公布)?"
)


def order_note(text: str) -> re.Match[str] | None:
    """A note of the order that promulgated the text, in brackets (``ORDER_NOTE``) or a dated
    line of its own (its groups: date, order, and number, which is never set)."""
    return ORDER_NOTE.match(text) or _DATED_ORDER.fullmatch(text)


#: an attachment's label printed alone above its title (a file that is the attachment), or a
#: table's (a table published as a file of its own): '附件', '附件1-3', '附表2', '表4-1:'
ATTACHMENT_LABEL = re.compile(
    r"^(?:附\s*件\s*(?:[\d一二三四五六七八九十]{1,3}(?:\s*[-－—.．]\s*\d{1,3}){0,2})?"
    r"|(?:附\s*)?表\s*[\d一二三四五六七八九十]{1,3}(?:\s*[-－—.．]\s*\d{1,3}){0,2})\s*[:：]?$"
)

#: the meeting's document number a report carries above its title (市九届人大六次会议文件（十五）)
SESSION_FILE = re.compile(
    r"^\S{0,12}?[一二三四五六七八九十\d]{1,3}届(?:人大|人民代表大会|政协)\S{0,4}?[一二三四五六七八九十\d]{1,3}次"
    r"(?:全体)?会议\s*(?:文\s*件|材\s*料)\s*(?:[(（]?\s*[一二三四五六七八九十百\d]{1,4}\s*[)）]?)?$"
)

#: a 附注 on the document's release: '（此件公开发布）', '(此件不公开)'
RELEASE_NOTE_BODY = r"[(（]\s*此件[^)）]{1,16}[)）]"
RELEASE_NOTE = re.compile(rf"^{RELEASE_NOTE_BODY}$")

#: a 机要号 (the confidential-communications number) on a line of its own: 鲁机发4043号
MACHINE_NO = re.compile(
    r"^[\u4e00-\u9fff]{0,3}机[\u4e00-\u9fff]{0,2}\s*(?:\d{1,6}|[(（]\s*[)）])?\s*号"
    r"(?:\s*共\s*\d{1,3}\s*页)?$"
)


#: the issuing office and the date on one line of a head ('永康市人民政府办公室 二○一一年十月
#: 十七日'), as a 纪要's 版头 prints them under its number (the space between them may be lost)
_ISSUED = re.compile(
    r"^[\u4e00-\u9fff（）()]{4,30}?[ \u3000]*"
    r"(?=(?:19|20)\d{2}\s*年|[一二〇○零O]{4}年|(?:19|20)\d{2}[-.])"
)


def issued_line(text: str) -> tuple[str, str] | None:
    """(office, date) of an issuing line, or None."""
    from gongbao.structure.organs import is_org

    if len(text) > 50 or (m := _ISSUED.match(text)) is None:
        return None
    org, date = text[: m.end()].strip(), text[m.end() :]
    # (a date whose 日 the page lost at the line's end counts: '某某督查室  2022年8月19')
    if not (is_date_line(date) or compact_date(date)) or not is_org(org):
        return None
    return org, date


#: a gazette's note under a title of who issued it and when, in brackets or not, and under
#: what number: '(某省人民政府、某军区司令部一九五一年元月十三日联合发布)', '某省人民政府一九五二年
#: 十二月廿日以(52)某办秘字第四四四号发出'
_ISSUED_NOTE = re.compile(
    rf"""^(?P<open>[(（])?\s*(?P<orgs>[\u4e00-\u9fff、]{{4,60}}?)\s*(?P<date>{DATE.pattern})\s*
    (?:\d{{1,2}}\s*[时時]\s*(?:\d{{1,2}}\s*分\s*)?)?  # (a warning's hour: '…31日17时20分发布')
    (?:以\s*(?P<number>\S{{4,30}}?[号號])\s*)?
    (?:联合)?(?:发布|发出|公布|颁布|颁发|印发)\s*(?P<close>[)）])?$""",
    re.X,
)


#: the same note in brackets, its date first and the organs after it (or their order's number
#: alone), perhaps the amendments since, perhaps the State Council's approval before it:
#: '（1987年10月26日国务院发布）', '（2017年10月25日某局第46号令）', '(2020年7月6日某部公布
#: 根据2021年…《某部关于修改…的决定》修正)', '(1966年3月15日国务院批准　1966年4月19日某部发布施行)'
_DATED_ISSUE_NOTE = re.compile(
    rf"""^(?P<open>[(（])\s*
    (?:{YEAR}\s*年[^年()（）]{{1,8}}?日\s*[\u4e00-\u9fff]{{2,12}}?批准\s*[，,]?\s*)?  # approved
    (?P<date>{DATE.pattern})\s*
    (?P<orgs>[\u4e00-\u9fff][\u4e00-\u9fff、\ \u3000]{{1,60}}?)\s*
    (?:(?P<order>第\s*\d{{1,5}}\s*号令)  # (no verb after it: with one, PROMULGATED's)
      |(?:联合)?(?:发布|公布|颁布|印发)(?:施行)?)
    (?:[，,；;\s\u3000]*根据[^()（）]{{0,400}}?(?:修正|修订|修改)[^()（）]{{0,12}})?
    \s*(?P<close>[)）])$""",
    re.X,
)


#: a court's interpretation noted under its title: the meetings that adopted it, then the day
#: its 公告 published it and whose ('（最高人民法院审判委员会第1421次会议通过 2008年4月17日最高
#: 人民法院公告公布 自2008年4月23日起施行）', two courts' and their two meetings' too)
_ANNOUNCED_NOTE = re.compile(
    rf"^[(（][^()（）]{{4,120}}?会议(?:审议|讨论)?通过\s*[,，;；]?\s*(?P<date>{DATE.pattern})\s*"
    r"(?P<orgs>[\u4e00-\u9fff、]{2,40}?)公告(?:公布|发布)[^()（）]{0,60}[)）]$",
    re.X,
)


def issued_note(text: str) -> tuple[list[str], str, str | None] | None:
    """(offices, date, number) of a note of issue, each office an organ's name; or None."""
    from gongbao.structure.organs import is_org, named_organs

    if text[-1:] in ")）" and (m := _ANNOUNCED_NOTE.match(text)) is not None:
        orgs = named_organs(m.group("orgs"))
        return (orgs, m.group("date"), None) if orgs is not None else None
    if text[-1:] in ")）" and (m := _DATED_ISSUE_NOTE.match(text)) is not None:
        if (orgs := named_organs(m.group("orgs"))) is None:
            return None
        order = m.group("order")
        # (an order's number with its organ: the 文号 as an order's line prints it)
        number = re.sub(r"\s+", "", m.group("orgs") + order) if order else None
        return orgs, m.group("date"), number
    if text[-1:] not in ")）出布发" or (m := _ISSUED_NOTE.match(text)) is None:
        return None
    if bool(m.group("open")) != bool(m.group("close")):
        return None
    orgs = m.group("orgs").split("、")
    if not all(is_org(o) for o in orgs):
        return None
    number = m.group("number")
    if number and not (re.search(r"[(（〔\[]\s*\d{2,4}\s*[)）〕\]]", number) or "字" in number):
        return None  # (a number of a form no 文号 has)
    return orgs, m.group("date"), re.sub(r"\s+", "", number) if number else None


def _bracketed(text: str) -> bool:
    return text[0] in "(（" and text[-1] in ")）" and len(text) <= 400 and "。" not in text


#: a gazette's line under a title, the date and the issuer in its brackets: '(1992年6月15日
#: 国家旅游局)', or after a comma without them: '1991年1月23日,国家环保局、能源部'
_DATED_BY = re.compile(
    rf"^(?P<open>[(（])?\s*(?:{DATE.pattern})\s*(?P<comma>[,，])?\s*"
    r"(?P<org>[\u4e00-\u9fff、]{2,30}?)\s*(?P<close>[)）])?$",
    re.X,
)


def dated_by(text: str) -> list[str] | None:
    """'(1992年6月15日 国家旅游局)': a date and organs' names, nothing done by them (an
    adoption line '(…会议通过)' is a zone of its own): the organs."""
    from gongbao.structure.organs import is_org

    m = _DATED_BY.match(text) if text[:1] in "(（" or text[:1].isdigit() else None
    if m is None or bool(m.group("open")) != bool(m.group("close")):
        return None
    if not m.group("open") and not m.group("comma"):
        return None  # (outside brackets, only after a comma: no date line runs on otherwise)
    orgs = m.group("org").split("、")
    return orgs if all(map(is_org, orgs)) else None


#: the year (and month, and day) a text was revised, noted in brackets under its title (a
#: note on the title, no part of it)
REVISION_NOTE = re.compile(
    r"[(（]\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:修订|修正|修改)\s*[)）]"
)

#: the approval of rules by a higher organ, noted under their title: '1993年11月7日 国务院批准'
APPROVAL_NOTE = re.compile(
    # (joint organs parted by 、: '1989年10月4日 国务院、中央军委批准')
    r"[(（]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*"
    r"[\u4e00-\u9fff](?:[\u4e00-\u9fff]|、(?=[\u4e00-\u9fff])){1,40}?批准\s*[)）]?"
)

_RULES: list[tuple[str, Callable[[str], bool]]] = [
    ("session_file", lambda t: SESSION_FILE.match(t) is not None),
    ("attachment_label", lambda t: ATTACHMENT_LABEL.match(t) is not None),
    ("copy_no", lambda t: COPY_NO.match(t) is not None),
    ("secrecy", lambda t: SECRECY.match(t) is not None),
    ("urgency", lambda t: URGENCY.match(t) is not None),
    ("masthead", lambda t: MASTHEAD.match(t) is not None and len(t) <= 64),
    ("doc_number", is_doc_number_zone),
    ("machine_no", lambda t: MACHINE_NO.match(t) is not None),
    ("signer", lambda t: SIGNER.match(t) is not None),
    ("rule", lambda t: RULE.match(t) is not None),
    ("date", lambda t: is_date_line(t) or dated_by(t) is not None),
    (
        "issued",
        lambda t: (
            (t[-1:] in "日0123456789" and issued_line(t) is not None) or issued_note(t) is not None
        ),
    ),
    ("speech", lambda t: SPEECH.match(t) is not None or DATED_MEETING.match(t) is not None),
    # an adoption history in brackets runs long: '（…通过 根据…第一次修正 …第二次修正）'
    # (not the note of the order that then promulgated it: '(…会议审议通过 …令第1号公布)')
    (
        "adopted",
        lambda t: (
            (m := ADOPTED.match(t)) is not None
            and _adoption_line(t, m.end())
            and not ("令" in t and _by_order(t))
        ),
    ),
    ("order_no", lambda t: NOTICE_NO.match(t) is not None and not _titled_number(t)),
    (
        "promulgated",
        lambda t: len(t) <= 120 and (PROMULGATED.match(t) is not None or order_note(t) is not None),
    ),
    ("issuer_label", lambda t: ISSUER_LABEL.match(t) is not None),
    # a revision noted under the title, in brackets on a line of its own: '(2023年12月修订)'
    ("revised", lambda t: t[:1] in "(（" and REVISION_NOTE.fullmatch(t) is not None),
    # (or the higher organ's approval of rules another promulgated: '1993年11月7日 国务院批准')
    (
        "revised",
        lambda t: (
            t.endswith(("批准", "批准)", "批准）")) and APPROVAL_NOTE.fullmatch(t) is not None
        ),
    ),
]
