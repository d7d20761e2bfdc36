"""Appointments and removals: the 任免 table of a gazette and the prose forms of decisions
(任命X为Y, 免去X的Y职务, 决定任命/免去, 提请任命, X同志任…, X同志不再担任…).

Positions are one per printed item (；-separated, or a continuation line of the same
person); qualifiers (试用期一年, 挂职, 挂职期一年, 试用期满正式任命, 终止试用期) are taken
out of the position; each position gives roles {organization, title}, titles joined by 、
sharing the organisation before them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial

from gongbao.extract.walk import row_source, source, walk
from gongbao.facts import Appointment, Move, Role
from gongbao.model import Block, Document, Issue, Problem

_PERSON_COL = ("姓名",)
_QUALIFIERS = re.compile(
    r"""[（(](?P<paren>(?:终止)?试用期[^)）]*|挂职[^)）]*|兼[^)）]*|留任|连任|正处级|副处级|[^)）]*级)[)）]
      | [，,]\s*(?P<tail>挂职期[^，,；;。]*|试用期[^，,；;。]*)
      | ^(?P<lead>试用期满[，,]?\s*正式任命为|终止试用期[，,]?)""",
    re.X,
)
_TITLE = re.compile(
    r"""(?P<title>
        (?:常务)?副?(?:主任|局长|校长|院长|总经理|经理|董事长|书记|主席|部长|厅长|处长|科长|所长|
        馆长|站长|队长|秘书长|区长|市长|县长|州长|省长|旗长|盟长|镇长|乡长|主编|行长|社长|总编辑|园长|
        会长|理事长|检察长|庭长|审判长|审判员|政委|教导员)
      | 执行董事|董事|监事会(?:副)?主席|监事|总会计师|总工程师|总经济师|总审计师|委员|成员|
        审判委员会委员|调研员|巡视员|督学)$""",
    re.X,
)
_SPLIT = re.compile(r"[；;\n]")
#: a character of a name: never the particle or the word for a post, which only the
#: sentence around a name holds ('…任职的专利代理师' names nobody; '免去…职务的X' is no name)
_NAME_CHAR = r"(?:(?![的职])[\u4e00-\u9fff·])"
#: a name alone: two to four characters, or a name of a people who join its parts with a
#: dot ('艾力更·依明巴海'), '(女)' perhaps after it
_A_NAME = (
    rf"(?:{_NAME_CHAR}{{2,4}}?|[\u4e00-\u9fff]{{1,8}}[·•][\u4e00-\u9fff]{{1,10}})"
    r"(?:[(（]女[)）])?"  # ('张某(女)')
)
#: a person as decisions print one: a name, '同志' after it, '(女)' beside it
_NAME = rf"{_NAME_CHAR}{{2,4}}?(?:[(（]女[)）])?(?:同志)?"
_PEOPLE = (
    # ('(女)' after any of them: '任命林某(女)、吴某、马某(女)为…')
    rf"(?:{_NAME_CHAR}|、|[(（]女[)）]){{2,48}}?(?:[(（]女[)）])?"
    # the count of those named, the rest unnamed: '李春雨、何娇、徐莉等18人'
    r"(?:等?[0-9一二三四五六七八九十两兩]{1,3}(?:名|位|人))?(?:同志)?"
)
#: how the name of a post ends
_POST_WORD = r"(?:长|主任|书记|委员|主席|员|师|经理|董事|监事|官|秘书长)"
#: the next person and post of one 任命 after a 、: '、乙为B' (not the acting post decided with
#: the one before: '…副区长、决定为代理区长')
_NEXT_NAMED = r"、(?!决定)(?:(?![的职为])[\u4e00-\u9fff]){2,4}为"
#: where a post printed after '任命X为' ends: at the sentence's end, or at a comma that opens
#: the next decision of the same sentence ('任命X为A，免去Y的B职务')
_POST_END = (
    r"(?:(?:职务)?(?:[；;。]|(?=[，,](?!\s*(?:试用期|挂职期))))"
    # (or at the 、 before the next person and post of one 任命: '任命甲为A、乙为B')
    rf"|(?={_NEXT_NAMED}))"
)
#: the removal of the person just appointed, after a comma: '任命X为A，免去其B职务', 'X同志任
#: A，不再担任B职务'
_OWN_REMOVAL = re.compile(
    r"[，,]\s*(?:免去其|不再担任|(?P<resigned>接受其辞去))(?P<pos>[^；;。，,]+?)职务(?:的?请求)?"
    r"(?=[；;。，,]|$)"
)
#: people 、-joined and the one post they are appointed to, up to the clause's end:
#: '甲、乙为某某局副局长'
_NAMED_POST = (
    rf"(?P<people>(?:{_NAME_CHAR}{{2,4}}、)*{_NAME_CHAR}{{2,4}}?)"
    # '申永杰等3名同志为…': the one named of several (the others are not printed); '苑华东同志为'
    r"(?:等[0-9一二三四五六七八九十]{1,3}名同志|同志)?为"
    # (not what a sentence does for the people: '江钦所为两名同志颁发任命书')
    rf"(?![^；;。，,]*(?:颁发|任命书|同志))(?P<pos>[^；;。，,]+?)(?:职务)?(?=[；;。，,]|{_NEXT_NAMED})"
)
#: the next of one 任命's 'X任Y': '、张建平任市民政局局长'
_ALSO_TENURE = re.compile(
    rf"[、，,]\s*(?P<people>{_NAME_CHAR}{{2,4}}?)(?:同志)?任(?!命|免|职)"
    rf"(?P<pos>[^；;。，,、为]+?{_POST_WORD})(?=[、，,；;。]|$)"
)
#: a paragraph that goes on with the 任命 of the one above: 'X为P，免去其Q职务；'
_CONTINUED = re.compile(rf"^\s*{_NAMED_POST}")
#: the next removal of one 免去, after a comma or a semicolon: '免去甲的A职务，乙的B职务'
_ALSO_REMOVED = re.compile(
    rf"[，,；;、]\s*(?!并|同时|决定|同意|其)(?P<people>{_NAME_CHAR}{{2,4}})的"
    rf"(?P<pos>[^；;。，,]+?)职务(?=[；;。，,、])"
)
#: a post is a name: a verb of a meeting in it means the match ran past the post into the
#: next sentence ('…为副市长' / '市十二届人大常委会第二十八次会议于昨天上午召开'), and so does
#: a day of the news ('…为某省副省长' / '昨日,…', a paragraph run on where the first had no
#: full stop)
_NOT_A_POST = re.compile(r"召开|举行|闭幕|开幕|表决|会议于|昨日|今日|昨天|今天|前天")
#: words that stand where a post would and name none: '免去X的相关职务' (removed, from what
#: is not printed)
_NO_POST = frozenset({"相关", "有关", "一切", "全部", "所有", "其他", "其它", "上述", "原", "现"})
#: the next appointment of one 任命, after a comma: '任命甲、乙为A，丙为B'
_ALSO = re.compile(rf"[，,、]\s*(?!并|同时|决定|同意|其){_NAMED_POST}")
#: (the same after the semicolon that ended the post before it: '任命甲为A；乙为B')
_ALSO_AFTER_STOP = re.compile(rf"[；;]?\s*(?!并|同时|决定|同意|其){_NAMED_POST}")
#: each pattern, what it decides, the qualifier it gives, and the words one of which every
#: match prints: a paragraph without them is not searched (a pattern that opens with a name
#: is tried at every character)
_PROSE: list[tuple[re.Pattern[str], str, str | None, tuple[str, ...]]] = [
    (
        re.compile(
            # (a colon after 任命 where a report runs its list into one sentence: '任命:
            # 某某为某区人民检察院检察员。')
            # (a note in brackets after the post read whole, its commas and all: '…副市长(挂职,
            # 时间六个月)')
            rf"(?P<verb>决定|提请)?任命(?:[:：]\s*)?(?P<people>{_PEOPLE})为"
            rf"(?P<pos>(?:[^；;。(（]|[(（][^()（）；;。]{{0,30}}[)）])+?){_POST_END}"
        ),
        "appoint",
        None,
        ("任命",),
    ),
    (
        # '免去X兼任的Y职务': the post X holds besides another
        re.compile(
            rf"(?P<verb>决定|提请)?免去(?P<people>{_PEOPLE})(?P<how>兼任|现任|担任)?的"
            rf"(?P<pos>[^；;。]+?)职务"
        ),
        "remove",
        None,
        ("免去",),
    ),
    # (not '…同志任职的报告》' nor '…同志任前公示》', what a title says of them: 任职 and 任前
    # name no post)
    (
        re.compile(rf"(?P<people>{_NAME})同志任(?![职前免])(?P<pos>[^；;。，,《》]+)"),
        "appoint",
        None,
        ("同志任",),
    ),
    # the passive of news reports: '陆卫东同志被任命为…副市长；单晓明同志被免去…职务', a
    # sentence of its own (after a comma it tells a career: '2021年4月,秦刚将被任命为…')
    (
        re.compile(
            rf"(?:^|(?<=[；;。]))\s*(?P<people>{_NAME})被任命为(?P<pos>[^；;。]+?){_POST_END}"
        ),
        "appoint",
        None,
        ("被任命为",),
    ),
    (
        re.compile(rf"(?:^|(?<=[；;。]))\s*(?P<people>{_NAME})被免去(?P<pos>[^；;。，,]+?)职务"),
        "remove",
        None,
        ("被免去",),
    ),
    # '决定任命李胜平任市发展和改革委员会主任、张建平任市民政局局长'
    (
        re.compile(
            rf"(?P<verb>决定|提请)?任命(?!人员|的)(?P<people>{_NAME_CHAR}{{2,4}}?)(?:同志)?"
            rf"任(?!命|免|职)(?P<pos>[^；;。，,、为]+?{_POST_WORD})(?=[、，,；;。]|$)"
        ),
        "appoint",
        None,
        ("任命",),
    ),
    # the same without 任命: '会议决定徐某任浙江省政府副省长' (not what a decision does by
    # another, '决定由X任…', '决定同意X任…', nor of one named before it, '决定其任…')
    (
        _DECIDED_TENURE := re.compile(
            r"决定(?!任命|免去|其|将|由|对|给|请|让|使|派|该|不|同意|上述|以上|下列|本)"
            rf"(?P<people>{_NAME_CHAR}{{2,4}}?)(?:同志)?"
            # (出任 as 任; 升任, 转任…: the verb's first character is no part of the name)
            rf"(?:出任|(?<![出升转接留调改继就连新再曾担现原])任(?!命|免|职|期|用))(?P<pos>[^；;。，,、为]+?{_POST_WORD})(?=[、，,；;。]|$)"
        ),
        "appoint",
        None,
        ("决定",),
    ),
    # an election to a post by the body that fills it: '以无记名投票表决的方式选举王某同志为某县
    # 人民政府副县长', '选举甲为中华人民共和国主席、中华人民共和国中央军事委员会主席' (not what an
    # election is of, '选举日期为…', nor a deputy, who holds no post)
    (
        re.compile(
            r"(?:补选|选举)(?!产生|办法|日|时间|工作|委员会|结果|会议|大会|的|代表|出)"
            rf"(?![他她其该此])(?P<people>(?:{_A_NAME}(?:同志)?、)*{_A_NAME})(?:同志)?为"
            rf"(?P<pos>[^；;。，,为]{{2,40}}?(?:{_POST_WORD}|总理))(?=[；;。，,]|$)"
        ),
        "appoint",
        None,
        ("补选", "选举"),
    ),
    # the elected, a clause of their own: '李某、王某当选为某届人大常委会副委员长' (not how the
    # vote went, '张三全票当选', which leaves no name apart; nor a career, '曾当选'; nor one named
    # by a pronoun, '他周五当选…', nor who may be, '…的成年公民，可以当选为…委员')
    (
        re.compile(
            rf"(?:^|(?<=[，,；;。：:]))\s*(?![他她其该此]|可以|应当|能够|方可|不得|均可)(?P<people>(?:{_A_NAME}、)*{_A_NAME})(?:同志)?"
            r"(?<!全票)(?<!高票)(?<!满票)(?<!顺利)(?<!依法)(?<!再次)(?<!成功)(?<!正式)(?<!同时)"
            r"(?<!分别)(?<!连续)(?<!先后)(?<!多次)(?<![曾已将又还均也并再])当选为?"
            rf"(?P<pos>[^；;。，,为]{{2,40}}?(?:{_POST_WORD}|总理))(?=[；;。，,]|$)"
        ),
        "appoint",
        None,
        ("当选",),
    ),
    # a post taken away or an engagement ended: '撤销尹先知的沙坪坝区财政局局长职务', '解聘X的P
    # 职务', '免除路正阳同志常务副县长一职', '撤销梁志光同志某区人民法院审判员职务'
    (
        re.compile(rf"(?P<verb>决定)?(?:撤销|解聘)(?P<people>{_PEOPLE})的(?P<pos>[^；;。]+?)职务"),
        "remove",
        None,
        ("撤销", "解聘"),
    ),
    (
        re.compile(
            rf"(?:免除|撤销|解聘)(?P<people>{_NAME_CHAR}{{2,4}}?)同志(?P<pos>[^；;。，,]+?)(?:一职|职务)"
        ),
        "remove",
        None,
        ("免除", "撤销", "解聘"),
    ),
    # a post one is engaged for: '聘任钱七为市政府参事'; '解聘X的P职务'
    (
        re.compile(rf"(?P<verb>决定)?聘任(?P<people>{_PEOPLE})为(?P<pos>[^；;。]+?){_POST_END}"),
        "appoint",
        None,
        ("聘任",),
    ),
    (
        re.compile(rf"(?P<people>{_NAME})同志不再担任(?P<pos>[^；;。，,]+?)职务"),
        "remove",
        None,
        ("同志不再担任",),
    ),
    # (a post held besides another, no longer: '某某同志不再兼任某市委书记、常委、委员职务')
    (
        re.compile(rf"(?P<people>{_NAME})同志不再兼任(?P<pos>[^；;。，,]+?)职务"),
        "remove",
        "兼",
        ("同志不再兼任",),
    ),
    # a post that ends with another: 'X的Y职务相应终止'
    (
        re.compile(rf"(?<![\u4e00-\u9fff])(?P<people>{_NAME})的(?P<pos>[^；;。，,]+?)职务相应终止"),
        "remove",
        "终止",
        ("职务相应终止",),
    ),
    # an acting head decided in a clause of its own: '决定某某代理某省人民政府省长职务', '决定
    # 某某为代理省长'
    (
        re.compile(
            rf"决定(?!任命|免去|其|为|由|并)(?P<people>{_NAME_CHAR}{{2,4}}?)(?:同志)?为?代理"
            rf"(?P<pos>[^；;。，,、]+?{_POST_WORD})"
            r"(?:职务)?(?=[；;。，,、]|$)"
        ),
        "appoint",
        "代理",
        ("代理",),
    ),
    # a congress's decision on the nominees for posts, no 任命 printed: '经投票表决(决定)，甲、
    # 乙为国务院副总理，丙为国务委员' (not what is decided of a thing, '决定批准某镇为…', '决定
    # 将…列为…'; nor an acting post, '决定X为某市代理市长', which the patterns of 代理 read)
    (
        _DECIDED_FOR := re.compile(
            r"(?:决定|表决(?:通过了?)?)[，,：:]?\s*"
            r"(?!任命|免去|决定|其|将|由|对|给|授予|批准|同意|该|上述|以上|下列|本)"
            rf"(?P<people>(?:{_NAME_CHAR}{{2,4}}、)*{_NAME_CHAR}{{2,4}}?)(?:同志)?为"
            rf"(?P<pos>(?:(?!代理)[^；;。，,、为]){{2,30}}?(?:{_POST_WORD}|总理))(?=[；;。，,]|$)"
        ),
        "appoint",
        None,
        ("决定", "表决"),
    ),
    # an acting head named with the post: '任命X为某市人民政府副市长，并决定为代理市长'
    (
        re.compile(
            # (or the decision on the acting post of its own: '…，(并)决定其为代理省长')
            rf"任命(?P<people>{_NAME})为(?P<held>[^；;。，,]+?)[，,]\s*(?:并(?:决定)?其?|决定其)为代理"
            r"(?P<pos>[^；;。，,的]+)"
        ),
        "appoint",
        "代理",
        ("并", "决定其"),
    ),
    # a standing committee's vote reported: '表决通过了X任市人民政府副市长，并决定代理市长'
    (
        re.compile(
            rf"通过了?(?!选举|表决|审议|投票|研究|会议)(?P<people>{_NAME})任(?P<held>[^；;。，,职期务免命用][^；;。，,]*?)[，,]\s*并(?:决定)?为?代理"
            r"(?P<pos>[^；;。，,的]+)"
        ),
        "appoint",
        "代理",
        ("并",),
    ),
    (
        re.compile(
            rf"通过了?(?!选举|表决|审议|投票|研究|会议)(?P<people>{_NAME})任(?P<pos>[^；;。，,职期务免命用][^；;。，,]*?)(?=[；;。，,]|$)"
        ),
        "appoint",
        None,
        ("通过",),
    ),
    # '任命X为杭州市副市长，代理杭州市市长职务': the acting post after the one held
    (
        re.compile(
            rf"任命(?P<people>{_NAME})为(?P<held>[^；;。，,]+?)[，,]\s*代理"
            r"(?P<pos>[^；;。，,的]+?)(?:职务)?(?=[；;。，,]|$)"
        ),
        "appoint",
        "代理",
        ("代理",),
    ),
    # '并决定盛阅春为武汉市人民政府代理市长'; '决定郑皓副区长代理通州区人民政府区长职务'
    (
        re.compile(
            # (the post held may stand between the name and 为: '决定某某副省长为某省人民政府代理
            # 省长'; a colon after 决定: '会议决定:某某为某州人民政府代理州长')
            rf"决定[:：]?\s*(?P<people>{_NAME_CHAR}{{2,4}}?)(?:副(?:省|市|县|区|州|旗)长|副主任)?为"
            r"(?P<pos>[^；;。，,为]{2,30}?代理[^；;。，,]+?)"
            r"(?:职务)?(?=[；;。，,]|$)"
        ),
        "appoint",
        "代理",
        ("代理",),
    ),
    (
        re.compile(
            rf"决定(?P<people>{_NAME_CHAR}{{2,4}}?)(?:副(?:省|市|县|区|州|旗)长|副主任)代理"
            r"(?P<pos>[^；;。，,的【】]+?)(?:职务)?(?=[；;。，,]|$)"
        ),
        "appoint",
        "代理",
        ("代理",),
    ),
    # a deputy's post and the acting head's, '代' for 代理: '会议决定:X任某省人民政府副省长、代省长'
    (
        re.compile(
            rf"决定[:：]?\s*(?P<people>{_NAME})任(?P<held>[^；;。，,、]+?副(?:省|市|县|区|州|旗)长)"
            r"、\s*代(?P<pos>(?:省|市|县|区|州|旗)长)(?:职务)?\s*(?=[；;。，,]|$)"
        ),
        "appoint",
        "代理",
        ("、代",),
    ),
    # (the deputy's post of the same decision)
    (
        re.compile(
            rf"决定[:：]?\s*(?P<people>{_NAME})任(?P<pos>[^；;。，,、]+?副(?:省|市|县|区|州|旗)长)"
            r"(?=、\s*代(?:省|市|县|区|州|旗)长)"
        ),
        "appoint",
        None,
        ("、代",),
    ),
    # an acting head: '决定：X代理Y', '…副市长X代理市长' (after a post's last word: 任 only of
    # 主任, for '任某校代理校长' names a school)
    (
        re.compile(
            rf"(?:决定[:：]|[长员记]|(?<=主)任)(?!并|决定|为|其|由|同时)(?P<people>{_NAME})(?<![市县区省州府])代理"
            # (one post: no other 代理 or 任 (主任 aside) in it, '任甲校代理校长、乙候用校长任乙
            # 校代理校长')
            r"(?P<pos>(?:(?!代理|(?<!主)任)[^；;。，,的【】\[\]])+?)(?:职务)?"
            r"(?=[；;。，,]|$)"
        ),
        "appoint",
        "代理",
        ("代理",),
    ),
]
#: resignations a decision accepts, one request or several run on after one '接受':
#: '接受X、Y辞去A职务的请求，Z辞去B职务的请求'
_RESIGNATION = (
    rf"(?:接受了?|以及)?(?P<people>{_PEOPLE})辞去(?!有关|相关)(?P<pos>[^；;。，,]+?)的?职务"
    r"(?:的?请求)?"
)
_ACCEPTED = re.compile(
    rf"接受了?(?:{_RESIGNATION.replace('?P<people>', '?:').replace('?P<pos>', '?:')}[，,和及]?)+"
)
#: resignations a meeting accepted by passing the letters: '通过了关于X、Y两位同志辞去A以及
#: Z等15位同志辞去B的辞呈' (each request in turn, up to 以及/和/及 or the letters)
_LETTER = (
    rf"(?:通过了?关于|以及)?(?P<people>{_PEOPLE})辞去(?!有关|相关)(?P<pos>[^；;。，,]+?)(?:职务)?"
    r"(?=以及|和|及|的辞呈)"
)
_LETTERS = re.compile(
    rf"通过了?关于(?:{_LETTER.replace('?P<people>', '?:').replace('?P<pos>', '?:')}"
    r"(?:以及|和|及)?)+的辞呈"
)
#: each request of a chain (the chain's and a request's opening words outside its people)
_ONE_RESIGNATION = re.compile(_RESIGNATION)
_ONE_LETTER = re.compile(_LETTER)
#: what a decision prints after a post in brackets: '…职务（终止试用期）'
_AFTER = re.compile(r"[（(](?:试用期|终止试用期|挂职|兼)[^)）]{0,10}[)）]")
#: a 任免 asked of the body that decides ('提请任命X为Y', a 议案 '关于提请…任免…的议案')
_PROPOSED = "提请"
_PROPOSAL = re.compile(r"提[请請]")
#: a list's heading: '任命：', '免去：' — the lines under it name a person and a post each
#: the heading of a list of those appointed or removed; its reason may open it ('因工作需要，
#: 任命:')
_HEADING = r"(?:[^，,。；;:：]{2,12}[，,]\s*)?(?:决定)?(?P<what>任命|免去|免职)[:：]$"
_LIST_HEAD = re.compile(rf"^{_HEADING}")
#: the heading ending a paragraph of a report, the list in the next ('…人事事项。因工作需要,任命:')
_LIST_TAIL = re.compile(rf"[。；;]\s*{_HEADING}")
_LIST_LINE = {
    "appoint": re.compile(rf"^\s*(?P<people>{_PEOPLE})(?P<how>为|兼)(?P<pos>[^；;。，,]+?)\s*$"),
    "remove": re.compile(
        rf"^\s*(?P<people>{_PEOPLE})(?P<how>的|现任|兼任)(?P<pos>[^；;。，,]+?)职务\s*$"
    ),
}
_ANNOTATION = re.compile(r"[(（]女[)）]|同志")
#: the day a sentence says the decision was made: '…会议于2022年12月30日决定，任命…',
#: '根据…2023年10月24日的决定：'
_DECIDED = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日[^。；;]{0,30}?决定")


#: a nomination or a body's proposal, which decides nothing: '提名X同志任P', '提议X不再担任P',
#: '市委建议,免去X同志P职务'
_PROPOSING = ("提名", "提议", "建议", "推荐")


def _only_proposed(text: str, start: int, people: int) -> bool:
    """Whether the 任免 matched at ``start`` (its people at ``people``) is proposed only: the
    proposing word just before it, or its second character read as the name's first (a
    name is read from the leftmost character that can open it: '提名王五同志任' → '名王五')."""
    before = text[max(0, start - 4) : start].rstrip("，,:： ")
    # (not a decision made on a nomination: '根据…会议的提名,决定X为…代理省长')
    proposing = before.endswith(_PROPOSING) and before[-3:-2] != "的"
    # (or the proposing word read as the name's first characters: '提议张某同志不再担任P')
    return (
        (proposing and not text.startswith("决定", start))
        or text[max(0, people - 1) : people + 1] in _PROPOSING
        or text[people : people + 2] in _PROPOSING
    )


#: a tenure told as past, not decided: '…任某区委副书记、区长的八年多来', '…任职期间'
_TENURE_TOLD = re.compile(r"的[^，,；;。]{0,8}?(?:以来|来|期间|时)$")


def _decided(text: str, at: int) -> str | None:
    """The date the sentence holding ``at`` gives its decision, printed before it."""
    start = max(text.rfind(c, 0, at) for c in "。；;") + 1
    found = [m for m in _DECIDED.finditer(text, start, at) if m.end() <= at]
    if not found:
        return None
    from gongbao.structure.dates import iso

    y, mo, d = (int(g) for g in found[-1].groups())
    return iso(y, mo, d)


def _split_outside_brackets(text: str, sep: str = "、") -> list[str]:
    parts, depth, cur = [], 0, ""
    for ch in text:
        depth += (ch in "（(" and 1) or 0
        depth -= (ch in "）)" and 1) or 0
        if ch == sep and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


#: the end of a decision's title quoted around a post: '…任命X为市政府代理市长的决定', and of
#: the order that makes it: '签署了任命X为某区行政长官的国务院第655号令'
_QUOTED_DECISION = re.compile(
    r"的(?:决定|決定|决议|決議|议案|議案|[^的，,]{0,12}?第[\d一二三四五六七八九十百零〇]{1,5}[号號]令)$"
)
#: an acting head's post named whole: '市政府代理市长' (代理 the qualifier, '市政府市长' the post)
_ACTING_INSIDE = re.compile(r"^(?P<org>[^、，,]{1,20}?政府)代理(?P<post>[^、，,]{1,6}长)$")


def qualify(position: str) -> tuple[str, list[str]]:
    quals: list[str] = []
    position = _QUOTED_DECISION.sub("", position)
    if "代理" in position and (m := _ACTING_INSIDE.match(position)):
        position = m.group("org") + m.group("post")
        quals.append("代理")

    def take(m: re.Match[str]) -> str:
        q = m.group("paren") or m.group("tail") or m.group("lead")
        quals.append(re.sub(r"[，,\s]", "", q).replace("为", ""))
        return ""

    position = _QUALIFIERS.sub(take, position)
    # a note in brackets its match ended inside, at the note's comma ('…副局长(专职,副部长级)'
    # read to '…副局长(专职'): the post is what stands before it
    return _OPEN_NOTE.sub("", position).strip(" ，,"), quals


#: a bracket opened and not closed at a post's end
_OPEN_NOTE = re.compile(r"[(（][^()（）]*$")


def roles(position: str) -> list[Role]:
    out: list[Role] = []
    org: str | None = None
    for piece in _split_outside_brackets(position):
        m = _TITLE.search(piece)
        if m is None:
            out.append(Role(org, piece))
            continue
        here = piece[: m.start()].strip()
        if 0 < len(here) <= 2 and not here.endswith(
            ("局", "委", "办", "院", "部", "厅", "处", "所")
        ):
            # two characters before a title name no organisation ('国务委员'), and whose
            # part it is ('党组书记' after '…局局长') the text does not say: left unsaid
            out.append(Role(None, piece))
            continue
        org = here or org
        out.append(Role(org, m.group("title")))
    return out


def _record(
    doc: Document,
    block: Block,
    person: str,
    action: str,
    printed: list[str],
    src_span: tuple[int, int] | None = None,
) -> Appointment:
    positions, quals = [], []
    for p in printed:
        pos, q = qualify(p.strip().rstrip("；;。. "))
        if pos:
            positions.append(pos)
        quals.extend(q)
    rs = [r for pos in positions for r in roles(pos)]
    src = source(doc, block, *(src_span or (0, len(block.text))))
    return Appointment(doc.id, "".join(person.split()), action, positions, quals, rs, src)


#: a column of what someone holds now, not what the table decides
_HELD = ("现任", "原任", "曾任", "现职", "现工作单位", "原职")
#: a cell of a 任免 column that says which it is: '任区教育局局长', '免去区教育局副局长职务'
_CELL_ACTION = re.compile(r"^(?P<verb>任命|任|聘任|聘|免去|免)(?:为)?(?P<pos>.+)$")


def _column_actions(columns: list[str]) -> list[tuple[int, str, list[str]]]:
    """Which columns of a 任免 table decide what: (index, appoint | remove | cell, qualifiers).
    A column that names both (任免职务) leaves it to each cell; one of present posts (现任职务)
    decides nothing; a proposal (拟任, 拟免) is marked as one."""
    out: list[tuple[int, str, list[str]]] = []
    for k, column in enumerate(columns):
        c = re.sub(r"\s+", "", column)
        if column in _PERSON_COL or any(w in c for w in _HELD):
            continue
        quals = ["拟任" if "任" in c else "拟免"] if "拟" in c else []
        if "任免" in c:
            out.append((k, "cell", []))
        elif "免" in c:
            out.append((k, "remove", quals))
        elif "任" in c or "聘" in c:
            out.append((k, "appoint", quals))
    return out


def _table(doc: Document, block: Block, keep: Callable[[Appointment], None]) -> list[Problem]:
    """The rows of a 任免 table, its name column anywhere ('序号|姓名|任免职务'). Where a
    cell of a column that names both does not say which it is, no fact: a problem."""
    t = block.table
    assert t is not None
    problems: list[Problem] = []
    name_col = next(k for k, c in enumerate(t.columns) if c in _PERSON_COL)
    for k, row in enumerate(t.rows):
        if name_col >= len(row) or not row[name_col]:
            continue
        for col, action, quals in _column_actions(t.columns):
            cell = row[col].strip() if col < len(row) else ""
            if not cell:
                continue
            # a 任免 cell may decide several things, each with its verb ('任…；免…')
            for part in re.split(r"[；;\n]", cell) if action == "cell" else [cell]:
                part = part.strip()
                if not part:
                    continue
                how, posts = action, _SPLIT.split(part)
                if action == "cell":
                    m = _CELL_ACTION.match(part)
                    if m is None:
                        problems.append(
                            Problem(
                                "appointment_kind_unknown",
                                f"无法判断任免类别：{row[name_col]}“{part}”",
                                doc.id,
                                row_source(doc, block, k),
                            )
                        )
                        continue
                    how = "remove" if m.group("verb").startswith("免") else "appoint"
                    posts = _SPLIT.split(re.sub(r"职务$", "", m.group("pos")))
                rec = _record(doc, block, row[name_col], how, posts)
                rec.qualifiers.extend(q for q in quals if q not in rec.qualifiers)
                rec.source = row_source(doc, block, k)
                keep(rec)
    return problems


def _also_after(rx: re.Pattern[str], text: str, at: int) -> Iterator[re.Match[str]]:
    """``rx``'s matches again and again from ``at``, each where the last ended (a comma's
    further appointments, skipping a removal of the same person: '，免去其B职务'; after a
    semicolon the match ended on, the next person and post of one 任命: '任命甲为A；乙为B')."""
    while True:
        if own := _OWN_REMOVAL.match(text, at):
            at = own.end()
        also = rx.match(text, at)
        if also is None and rx is _ALSO and ";" in text[at - 1 : at + 1].replace("；", ";"):
            also = _ALSO_AFTER_STOP.match(text, at)
        if also is None:
            return
        yield also
        at = also.end()


def _people(group: str) -> list[str]:
    """The people a match names, 、-joined, two of them perhaps joined by 和 ('孫紅梅和劉蘇社'; a
    name holding 和, '王和平', stays whole: each side of a pair is a name of its own)."""
    out: list[str] = []
    for part in group.split("、"):
        pair = _TWO_NAMES.fullmatch(part)
        out.extend([pair.group(1), pair.group(2)] if pair else [part])
    return out


_TWO_NAMES = re.compile(r"([\u4e00-\u9fff·]{2,4}?)和([\u4e00-\u9fff·]{2,4})")


def _appoint_with_own_removal(
    doc: Document,
    block: Block,
    text: str,
    m: re.Match[str],
    keep: Callable[[Appointment], None],
) -> None:
    """The appointments of a match (people 、-joined, one post) and the removal that follows
    it for the same person ('，免去其B职务')."""
    for person in _people(m.group("people")):
        rec = _record(doc, block, _person(person), "appoint", [m.group("pos")], m.span())
        keep(rec)
        if gone := _own_removal(doc, block, text, m.end(), rec):
            keep(gone)


def _own_removal(
    doc: Document, block: Block, text: str, at: int, rec: Appointment
) -> Appointment | None:
    """The removal of the person ``rec`` appoints, printed after the appointment that ends at
    ``at`` ('任命X为A，免去其B职务': X's removal from B), dated as the appointment."""
    own = _OWN_REMOVAL.match(text, at)
    if own is None:
        return None
    gone = _record(doc, block, rec.person, "remove", [own.group("pos")], own.span())
    if own.group("resigned"):
        gone.qualifiers.append("辞职")  # '，接受其辞去…职务的请求'
    gone.date = rec.date
    return gone


def _with_also(rx: re.Pattern[str], text: str, action: str) -> Iterator[re.Match[str]]:
    """``rx``'s matches in ``text``, each 任命 or 免去 followed by the ones it goes on to make
    after commas ('任命甲为A，乙为B': 乙 is appointed B as well; '免去甲的A职务，乙的B职务')."""
    for m in rx.finditer(text):
        yield m
        verb = m.group(0).lstrip("决定提请")
        also_rx = (
            _ALSO
            if rx is _DECIDED_FOR
            else _ALSO_TENURE
            if rx is _DECIDED_TENURE
            or (action == "appoint" and verb.startswith("任命") and "为" not in m.group(0))
            else _ALSO
            if action == "appoint" and verb.startswith("任命")
            else _ALSO_REMOVED
            if action == "remove" and verb.startswith("免去") and not m.groupdict().get("how")
            else None
        )
        if also_rx is None:
            continue
        yield from _also_after(also_rx, text, m.end())


def extract(issue: Issue) -> dict[str, list[object]]:
    out: list[Appointment] = []
    problems: list[Problem] = []
    for doc in issue.documents:
        seen: dict[tuple[str, str, tuple[str, ...]], Appointment] = {}
        # (in a 议案 every 任免 is proposed, however its list restates it)
        keep = partial(_keep, seen, out, _PROPOSAL.search(doc.title) is None)

        # a document about posts, or the paragraphs after its '经…研究决定：': 'X任P' decides
        tenures_decide = _TENURE_TITLE.search(doc.title) is not None
        listing: str | None = None  # under a '任命：' or '免去：' heading
        continued = False  # the paragraph above appointed and its sentence goes on ('；')
        start = len(out)
        for block, _ in walk(doc):
            t = block.table
            if t is not None and any(c in _PERSON_COL for c in t.columns):
                problems.extend(_table(doc, block, keep))
                continue
            if block.type != "paragraph":
                continue
            text = block.text.strip()
            if head := _LIST_HEAD.match(text):
                listing = "appoint" if head.group("what") == "任命" else "remove"
                continue
            if listing is not None:
                # the items under the heading: a line each, or run together, comma-separated
                items = [(m.start(), m.group(0)) for m in re.finditer(r"[^，,；;。]+", text)]
                found = [(at, _LIST_LINE[listing].match(item)) for at, item in items]
                if not all(m is not None for _at, m in found) and "。" in text.rstrip("。"):
                    # the list ended by its sentence, a report going on after it ('某某为某区
                    # 人民检察院检察员。区人大常委会主任为新任命人员颁发了任命书。'): that sentence
                    ended = text.index("。")
                    found = [(at, m) for at, m in found if at < ended]
                if found and all(m is not None for _at, m in found):
                    for at, m in found:
                        assert m is not None
                        quals = ["兼"] if m.group("how") in ("兼", "兼任") else []
                        span = (at + m.start(), at + m.end())
                        for person in _people(m.group("people")):
                            rec = _record(
                                doc, block, _person(person), listing, [m.group("pos")], span
                            )
                            rec.qualifiers.extend(q for q in quals if q not in rec.qualifiers)
                            keep(rec)
                    continue
                listing = None
            listed_on = continued
            continued = False
            if not tenures_decide and text.endswith(("：", ":")) and _DECIDES_BELOW.search(text):
                tenures_decide = True  # (what follows is what was decided, a clause each)
                continue
            if listed_on and (first := _CONTINUED.match(text)) is not None:
                # the 任命 of the paragraph above, its sentence going on after '；': 'X为P，
                # 免去其Q职务；' a paragraph each
                for m in [first, *_also_after(_ALSO, text, first.end())]:
                    _appoint_with_own_removal(doc, block, text, m, keep)
                continued = text.rstrip().endswith(("；", ";"))
                continue
            if text.endswith((":", "：")) and (tail := _LIST_TAIL.search(text)):
                # a report's paragraph ending on the list's heading ('…表决通过了有关人事事项。
                # 因工作需要,任命:'): the list is the next paragraph
                listing = "appoint" if tail.group("what") == "任命" else "remove"
            if not any(
                w in text
                for w in (
                    "任命",
                    "免去",
                    "同志",
                    "辞去",
                    "代理",
                    "终止",
                    "聘",
                    "撤销",
                    "、代",
                    "决定",
                    "表决",
                    "选举",
                    "补选",
                    "当选",
                )
            ) and not (tenures_decide and "任" in text):
                continue  # (a 任免 document's 'X任P' a line each has none of the words)
            for rx, action, qualifier, needed in _PROSE:
                if not any(w in text for w in needed):
                    continue  # the words every match prints are not there: nothing to find
                proposed = False  # (a 提请 goes on to the people its 任命 names after it)
                for m in _with_also(rx, text, action):
                    if "verb" in m.groupdict():
                        proposed = m.group("verb") == "提请"
                    if _only_proposed(text, m.start(), m.start("people")):
                        continue
                    if _NOT_A_POST.search(m.group("pos")) or m.group("pos") in _NO_POST:
                        problems.append(
                            Problem(
                                "appointment_unclear",
                                f"任免职务不清：“{text[m.start() : m.end()][:60]}”",
                                doc.id,
                                source(doc, block, m.start(), m.end()),
                            )
                        )
                        continue
                    after = _AFTER.match(text, m.end())
                    printed = m.group("pos") + (after.group(0) if after else "")
                    if "、决定为代" in printed:
                        # '任命某某同志为某区人民政府副区长、决定为代理区长(等)': the acting post
                        # decided with it, read as '…副区长、代理区长' is
                        printed = printed.replace("、决定为代", "、代", 1).removesuffix("等")
                    if "held" in m.groupdict() and not _org_of(printed):
                        # in the organisation of the post named before it
                        printed = _org_of(m.group("held")) + printed
                    if qualifier == "代理" and "、" not in printed:
                        printed = printed.replace("代理", "", 1)  # '…人民政府代理市长'
                    if _TENURE_TOLD.search(printed):
                        continue  # a tenure told, not decided: 'X同志任P的八年多来'
                    printed, acting = _acting(printed) if "代" in printed else (printed, None)
                    printed, besides = _besides(printed) if "兼" in printed else (printed, None)
                    printed, others = _next_people(printed)
                    for person in _people(m.group("people")):
                        rec = _record(doc, block, _person(person), action, [printed], m.span())
                        if qualifier:
                            rec.qualifiers.append(qualifier)
                        if proposed:
                            rec.qualifiers.append(_PROPOSED)
                        if "how" in m.groupdict() and m.group("how") == "兼任":
                            rec.qualifiers.append("兼")
                        rec.date = _decided(text, m.start())
                        keep(rec)
                        if action == "appoint" and (
                            gone := _own_removal(doc, block, text, m.end(), rec)
                        ):
                            keep(gone)
                        if action == "appoint" and text.rstrip().endswith(("；", ";")):
                            continued = True
                        _held_too(doc, block, rec, m.span(), acting, besides, keep)
                    for person, post in others:
                        # '任命X同志为P、Y同志为Q': Y's post, in P's organisation if Q names none
                        rec = _record(doc, block, person, action, [post], m.span())
                        if qualifier:
                            rec.qualifiers.append(qualifier)
                        rec.date = _decided(text, m.start())
                        keep(rec)
            # (or the clauses after a decision's colon in the paragraph: '宣布中央决定:甲任P,乙不再
            # 担任Q;丙任R')
            opened = 0 if tenures_decide else _decision_colon(text)
            for m in (
                _NO_LONGER.finditer(text, opened) if opened is not None and "不再" in text else ()
            ):
                if _only_proposed(text, m.start(), m.start("people")):
                    continue
                rec = _record(doc, block, m.group("people"), "remove", [m.group("pos")], m.span())
                if m.group("also"):
                    rec.qualifiers.append("兼")
                rec.date = _decided(text, m.start())
                keep(rec)
            for m in (
                _BARE_TENURE.finditer(text, opened) if opened is not None and "任" in text else ()
            ):
                # 'X任P' without 同志, a clause of its own in a 任免 document (its qualifier in
                # brackets after it: 'X任P(试用期一年)；')
                after = _AFTER.match(text, m.end())
                printed = m.group("pos") + (after.group(0) if after else "")
                # (an acting post or one held besides after it, apart: '…副省长、代省长', '…书记兼
                # 某校校长')
                printed, acting = _acting(printed) if "代" in printed else (printed, None)
                printed, besides = _besides(printed) if "兼" in printed else (printed, None)
                rec = _record(doc, block, m.group("people"), "appoint", [printed], m.span())
                if m.group("also"):
                    rec.qualifiers.append("兼")
                rec.date = _decided(text, m.start())
                keep(rec)
                if gone := _own_removal(doc, block, text, m.end(), rec):
                    keep(gone)
                _held_too(doc, block, rec, m.span(), acting, besides, keep)
            for m in _GLUED_REMOVAL.finditer(text) if "免去" in text else ():
                if _only_proposed(text, m.start(), m.start("run")):
                    continue
                split = _unglued(m.group("run"))
                if split is None:
                    continue
                if not split:
                    problems.append(
                        Problem(
                            "appointment_unclear",
                            f"任免职务不清：“{text[m.start() : m.end()][:60]}”",
                            doc.id,
                            source(doc, block, m.start(), m.end()),
                        )
                    )
                    continue
                rec = _record(doc, block, split[0], "remove", [split[1]], m.span())
                rec.date = _decided(text, m.start())
                keep(rec)
                if "同志" not in m.group("run"):
                    continue
                # the next removals of the same 免去, each with its 同志: '免去甲同志A职务、乙同志B
                # 职务'
                at = m.end()
                while glued := _ALSO_GLUED.match(text, at):
                    rec = _record(
                        doc,
                        block,
                        glued.group("name"),
                        "remove",
                        [glued.group("pos")],
                        glued.span(),
                    )
                    rec.date = _decided(text, m.start())
                    keep(rec)
                    at = glued.end()
            chains = [*_ACCEPTED.finditer(text), *_LETTERS.finditer(text)] if "辞去" in text else ()
            for chain in chains:
                said = chain.group(0)
                one = _ONE_RESIGNATION if said.startswith("接受") else _ONE_LETTER
                for m in one.finditer(said):
                    span = (chain.start() + m.start(), chain.start() + m.end())
                    for person in _people(m.group("people")):
                        rec = _record(doc, block, _person(person), "remove", [m.group("pos")], span)
                        rec.qualifiers.append("辞职")
                        keep(rec)
        if _PROPOSAL.search(doc.title):
            # a 议案 asks another body to decide: every 任免 in it is proposed, not made
            for rec in out[start:]:
                if _PROPOSED not in rec.qualifiers:
                    rec.qualifiers.append(_PROPOSED)
    # a verb read as a name ('免去张为的…职务' read '免去张' / '的…副市长'), a request run onto
    # one ('谌贻琴申请'), a headline's next decision or its date run onto a post: the sentence
    # was misread, and no fact is better than a wrong one
    kept: list[Appointment] = []
    for rec in _without_short_forms(out):
        if (
            _MISREAD_NAME.search(rec.person)
            or any(_MISREAD_POST.search(p) for p in rec.positions)
            or sum(len(_ENVOY.findall(p)) for p in rec.positions) >= 2
        ):
            # (the sentence is told as unclear, as one whose post is no post is above)
            said = rec.person + "：" + "、".join(rec.positions)
            problems.append(
                Problem(
                    "appointment_unclear", f"任免职务不清：“{said[:60]}”", rec.document, rec.source
                )
            )
            continue
        kept.append(rec)
    out[:] = kept
    dates = {d.id: d.date for d in issue.documents}
    for rec in out:
        # the document's own date; without one, the day its sentence gives the decision
        rec.date = dates.get(rec.document) or rec.date
    return {"appointments": list(out), "moves": list(moves(out)), "problems": list(problems)}


def _without_short_forms(records: list[Appointment]) -> list[Appointment]:
    """One 任免 told twice, once with the post's organ named by its level only ('县政府副县长')
    or by its place only ('揭阳市市长'), and once in full ('石台县人民政府副县长', '揭阳市人民政府
    市长'): the full statement's fact alone."""

    def norm(post: str) -> str:
        return post.replace("人民政府", "政府")

    def shortens(short: str, full: str) -> bool:
        s_, f_ = norm(short), norm(full)
        if f_ != s_ and f_.replace("政府", "", 1) == s_ and s_[:1] not in "省市县区州旗":
            return True  # the place and the post without the government between: '某市市长'
        extra = f_[: len(f_) - len(s_)]
        return (
            len(f_) > len(s_)
            and f_.endswith(s_)
            # (the level's organ before it, or the whole government: '副省长' restating
            # '陕西省人民政府副省长')
            and (s_[:1] in "省市县区州旗" or extra.endswith("政府"))
            and 2 <= len(extra) <= 8
            and re.fullmatch(r"[\u4e00-\u9fff]+", extra) is not None
        )

    drop: set[int] = set()
    for i, a in enumerate(records):
        for b in records:
            if (
                a is not b
                and (a.document, a.person, a.action) == (b.document, b.person, b.action)
                and len(a.positions) == len(b.positions) == 1
                and sorted(a.qualifiers) == sorted(b.qualifiers)
                and shortens(a.positions[0], b.positions[0])
            ):
                drop.add(i)
    return [r for i, r in enumerate(records) if i not in drop]


def _keep(
    seen: dict[tuple[str, str, tuple[str, ...]], Appointment],
    out: list[Appointment],
    decides: bool,
    rec: Appointment,
) -> None:
    """One fact per person, action and posts: a decision restated in the text (a news item's
    summary under the order it reports) is the same fact — dated by whichever statement
    gives its day, and a decision where a proposal of it was read first (``decides``: not in
    a document that is itself the proposal)."""
    key = (rec.person, rec.action, tuple(rec.positions))
    if not rec.positions or not rec.person:
        return  # (a list's separator before a name is no person: '…职务、某某辞去…')
    if key in seen:
        first = seen[key]
        first.date = first.date or rec.date
        if decides and _PROPOSED in first.qualifiers and _PROPOSED not in rec.qualifiers:
            # the proposal told first, then the vote that made it ('审议了…提请任命X为P的议案,
            # 表决通过了任命X为P'): the fact is the decision, at the decision's words
            first.qualifiers = rec.qualifiers
            first.source = rec.source
        return
    seen[key] = rec
    out.append(rec)


#: what no person's name holds: a decision's verb at its start, a request at its end, a post
#: where the name should be ('任命重庆市副市长、市公安局局长某某为…' read as two people)
_MISREAD_NAME = re.compile(
    r"^(?:免去|任命|聘任|决定|免职)|(?:申请|请求|辞去|辞职)$"
    # (a pronoun or a preposition where the name should be: '接受其關于辭去…' names no one new)
    r"|^其|关于|關于|關於"
    # (or a group of deputies where a name should be: '个别市十七届人大代表…辞去代表职务')
    r"|届|屆|代表$|^个别|^部分"
    # (or an adverb of a sentence that tells what they held: '本次任命前分别任某县委书记')
    r"|分别|分別"
    r"|^\S{3,30}(?:书记|常委|主任|主席|[县市区镇乡局部厅处院州旗司]长|委员)$"
)
#: an envoy's post, to one country (another held besides it says so: '兼驻…'): one person is
#: no envoy to two ('任命甲为驻A大使、乙驻B大使、…' read as one post of 甲's: the list's people
#: and posts run together)
_ENVOY = re.compile(r"(?<![兼駐驻])[驻駐][^、，,]{1,20}?(?:大使|总领事|總領事)")
#: what no post holds: another decision ('…副省长、决定某某代理…'), a day, a dangling 的, and a
#: meeting's verb (``_NOT_A_POST``, which a match is told by as it is found)
#: (and the next appointment run on after a 、, '…水务局局长、张某某为…局长')
_MISREAD_POST = re.compile(
    rf"决定|任命|免去|\d{{1,2}}月\d{{1,2}}日|^的|、[\u4e00-\u9fff]{{2,4}}为|[《》]|{_NOT_A_POST.pattern}"
    # (or the people and posts of the next clause, run on after a comma or a 、: '…书记、某某
    # 同志任…副书记', '免去甲同志的P,乙、丙同志的Q职务', '接受甲辞去P、乙辞去Q职务请求'): whose
    # post is which is not read
    r"|同志|[辞辭]去|[,，](?![^()（）]*[)）])"
)


def _person(printed: str) -> str:
    """A name without what decisions print beside it ('(女)', '同志'), and without the post
    a news item names the person by before the name ('任命县委副书记某某某同志为…')."""
    name = _ANNOTATION.sub("", printed)
    # the verb a pattern's name ran onto: '决定任命张勇为…' read from 决定; the preposition
    # before it: '…办公室由某某同志任主任'
    name = re.sub(r"^(?:任命|聘任|免去|免职|由)(?=[\u4e00-\u9fff]{2,4}$)", "", name)
    # the count of those named ('李超群三位同志为…'), the reason after a name ('曹金海因工作
    # 变动辞去…')
    name = _COUNTED.sub("", name)
    # the request a resignation is made by, run onto the name: '接受张某某(同志)请求辞去…'
    if name.endswith(("申请", "请求")) and 2 <= len(bare := name[:-2].removesuffix("同志")) <= 4:
        name = bare
    if len(name) > 4 and (m := _BECAUSE.match(name)):
        name = m.group("name")
    if len(name) > 4 and (m := _POST_THEN_NAME.match(name)):
        return m.group("name")
    return name


_COUNTED = re.compile(
    r"等(?:[0-9一二三四五六七八九十两兩]{1,3}(?:名|位|人))?$|[0-9一二三四五六七八九十两兩]{1,3}(?:名|位|人)$"
)
_BECAUSE = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,4}?)因[\u4e00-\u9fff]{2,10}$")


#: a post, then a name of two to four characters: '县委副书记某某某', '市委常委某某'
_POST_THEN_NAME = re.compile(
    r"^\S{1,30}?(?:书记|常委|主任|主席|[县市区镇乡局部厅处院州旗司]长|委员)(?P<name>[\u4e00-\u9fff]{2,4})$"
)


#: a document about posts ('关于张三等同志职务任免的通知'), where 'X任P' is a decision
_TENURE_TITLE = re.compile(r"任免|任命|任职|职务")
#: a paragraph that says the decisions follow it, its last words ('经省政府研究决定：', '现
#:决定：'), over a 任免 notice's 'X任P' a line each where the page lost the notice's title
_DECIDES_BELOW = re.compile(r"^(?:经|现|特)\S{0,16}?决定[：:]$")
#: 'X任P' as a clause of its own, without 同志 ('赵六任市财政局局长，免去其…'), or 'X同志兼任P'
#: (qualifier 兼)
_BARE_TENURE = re.compile(
    r"(?:^|(?<=[；;：:。]))\s*(?P<people>(?!会议|决定|研究|同意|经研|拟|现|原|曾|兼|主|担)"
    r"[\u4e00-\u9fff]{2,3})(?:同志)?(?P<also>兼)?任(?!命|免|职|期|用)"
    r"(?P<pos>[^；;。，,为的]{2,40}?(?:长|主任|书记|委员|主席|员|师|经理|董事|监事))"
    r"(?=[；;。，,（(]|$)"
)


def _decision_colon(text: str) -> int | None:
    """Where the decisions a paragraph announces begin: after its '决定：' ('宣布中央决定：…'),
    or None."""
    found = [at for at in (text.find("决定："), text.find("决定:")) if at >= 0]
    return min(found) + 3 if found else None


#: a post no longer held, a clause of its own under a decision: '刘某不再担任某省委书记', '某某
#: 同志不再兼任P职务' (兼 its qualifier; '等' after the post cut, as '职务' is)
_NO_LONGER = re.compile(
    rf"(?:^|(?<=[；;：:。，,]))\s*(?![他她其该此]|提议|提名|建议|提请|拟)(?P<people>{_A_NAME})(?:同志)?"
    r"不再(?P<also>兼)?担任(?P<pos>[^；;。，,、]{2,60}?(?:、[^；;。，,、]{1,20}?)*)等?(?:职务)?"
    r"(?=[；;。，,]|$)"
)


#: a removal whose person runs into the post, no '的' between them: '免去卢炳椿泉州市人民政府
#: 副市长、市公安局局长的职务'
_GLUED_REMOVAL = re.compile(
    r"免去(?P<run>(?!其|上述|以上|下列|该|前述|相应|兼任|现任|担任)[^；;。，,的]{4,80}?)的?职务"
)


#: the next removal after one glued with its 同志: '、徐阳同志西昌市人民政府副市长职务'
_ALSO_GLUED = re.compile(
    rf"[、，,；;]\s*(?P<name>{_NAME_CHAR}{{2,4}}?)同志(?P<pos>[^；;。，,、的]{{2,40}}?)的?职务"
)


def _unglued(run: str) -> tuple[str, str] | tuple[()] | None:
    """A name and the post after it, where the post opens with a place of the division list
    at exactly one name length (2–4 characters) or after '同志'; () where more than one
    length fits (ambiguous), None where none does (no glued name)."""
    from gongbao.structure.places import starts_with_place

    if "同志" in run:
        name, _, post = run.partition("同志")
        return (name, post) if 2 <= len(name) <= 4 and len(post) >= 2 else None
    fits = [n for n in (2, 3, 4) if len(run) - n >= 4 and starts_with_place(run[n:])]
    if not fits:
        return None
    return (run[: fits[0]], run[fits[0] :]) if len(fits) == 1 else ()


def _acting(printed: str) -> tuple[str, str | None]:
    """'某某县人民政府副县长、代理县长': the post held, and apart the post held as acting, in
    the organisation of the post before it ('某某县人民政府县长'; 代理 is the fact's
    qualifier) unless it names its own; a post with no acting part alone."""
    pieces = _split_outside_brackets(printed)
    if len(pieces) < 2:
        return printed, None
    if short := _ACTING_SHORT.match(pieces[-1]):
        acting = short.group("post")  # '副省长、代省长': 代 for 代理 before a head's post
    elif pieces[-1].startswith("代理") and len(pieces[-1]) > 3:
        acting = pieces[-1].removeprefix("代理")
    else:
        return printed, None
    held = "、".join(pieces[:-1])
    # '…副市长、代理东莞市人民政府市长' names its organisation itself
    return held, acting if _org_of(acting) else _org_of(held) + acting


def _held_too(
    doc: Document,
    block: Block,
    rec: Appointment,
    span: tuple[int, int],
    acting: str | None,
    besides: str | None,
    keep: Callable[[Appointment], None],
) -> None:
    """The posts decided with ``rec``'s for the same person, split off its printed post: the
    acting one (qualifier 代理) and the one held besides it (兼), each with ``rec``'s
    qualifiers and date."""
    for post, how in ((acting, "代理"), (besides, "兼")):
        if post:
            also = _record(doc, block, rec.person, rec.action, [post], span)
            also.qualifiers.extend([how, *rec.qualifiers])
            also.date = rec.date
            keep(also)


def _besides(printed: str) -> tuple[str, str | None]:
    """'某区委委员、常委、书记兼区委党校校长': the post, and apart the post held besides it
    (兼 is the fact's qualifier), where each side ends as a post does; a post with no such
    part alone ('兼职委员' is one post)."""
    held, sep, also = printed.rpartition("兼")
    if (
        not sep
        or also.startswith(("职", "任"))
        or len(held) < 2
        or _ENDS_AS_POST.search(held) is None
        or _ENDS_AS_POST.search(also) is None
    ):
        return printed, None
    return held, also


_ENDS_AS_POST = re.compile(rf"{_POST_WORD}$")


#: a head's post held as acting, 代理 shortened to 代: '代省长', '代市长', '代主席'
_ACTING_SHORT = re.compile(r"^代(?P<post>(?:[省市县区州旗盟]|自治[区州县旗])?长|主席)$")
#: the next person named in a run of appointments: '…副市长、查中才同志为…'
_NEXT_PERSON = re.compile(r"、(?P<name>[\u4e00-\u9fff·]{2,4}?)同志为")


def _next_people(printed: str) -> tuple[str, list[tuple[str, str]]]:
    """A post with the next appointments of its sentence run onto it ('西昌市人民政府副市长、
    查中才同志为西昌市人民政府副市长'): the first post, and each later (person, post)."""
    parts = _NEXT_PERSON.split(printed)
    if len(parts) < 3:
        return printed, []
    first, rest = parts[0], parts[1:]
    return first, [(rest[k], rest[k + 1]) for k in range(0, len(rest) - 1, 2) if rest[k + 1]]


def _org_of(held: str) -> str:
    """The organisation of the last post that names one ('某市人民政府副市长' → 某市人民政府)."""
    return next((r.organization for r in reversed(roles(held)) if r.organization), None) or ""


def moves(records: list[Appointment]) -> list[Move]:
    by_person: dict[str, list[Appointment]] = {}
    for r in records:
        by_person.setdefault(r.person, []).append(r)
    out = []
    for person, rs in by_person.items():
        removed = [p for r in rs if r.action == "remove" for p in r.positions]
        appointed = [p for r in rs if r.action == "appoint" for p in r.positions]
        if removed and appointed:
            out.append(Move(person, removed, appointed, sorted({r.document for r in rs})))
    return out
