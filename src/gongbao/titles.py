"""How the titles of Chinese official documents end: the name of the document's kind
(通知, 意见, 办法 …). Shared by ``clean`` (a title printed again at the top of a page is not a
running header) and ``structure`` (where a title is complete)."""

from __future__ import annotations

import re
from functools import lru_cache

_KINDS = (
    r"(通知|通[报報]|(?:公开|工作)年[报報]|[决決]定|[决決][议議]|意[见見]|[办辦]法|[规規]定|[细細]则|[条條]例|[报報]告|"
    r"方案|[预預]案|[规規][划劃]|[纲綱]要|[计計][划劃]|措施|批[复覆]|函|公告|通告|命令|令|[议議]案|"
    r"[纪紀]要|事[项項]|名[单單]|指引|清[单單]|[标標]准|[说說]明|要点|章程|公[报報]|[预預]算|"
    r"[决決]算|[请請]示|[规規]则|[导導]则|[细細]则|[守]则|答[复覆]|[声聲]明|[简簡][报報]|"
    r"[说說]帖|[倡]议书?|公开表|公開表|一[览覽]表|[统統]计表|[汇匯]总表|[预預决決]算信息公开|部[门門][预預决決]算公[开開]|"
    r"[责責]任分[解]|任[务務]分[解工]|[责責]任分工|"
    # a court's or a congress's interpretation of the law, and its answers to courts' questions:
    # '最高人民法院关于…若干问题的解释(三)', '…关于审理名誉权案件若干问题的解答'
    r"(?<=的)[解][释釋]|(?<=的)解答|"
    # (a ministry's rules of practice: '兽药经营质量管理规范', '…技术规范')
    r"(?<=管理|技术|技術|工作|行为|行為|操作|服务|服務|质量|質量)[规規]范|"
    # a decision or a notice served on a party: '行政处罚决定书', '听证告知书', '催告书'
    r"(?:[决決]定|通知|告知|意[见見]|答[复覆]|催告)[书書]|"
    # a letter to the public: '…告市民书', '告全县人民书', '致…的一封信', '…公开信'; instructions
    # to those it concerns, named for what they concern ('…临时住宿登记须知'; a site's menu item
    # '某检须知' is none)
    r"告[\u4e00-\u9fff]{1,6}?[书書]|(?:公开|公開|一封)信|(?<=[\u4e00-\u9fff]{6})[须須]知|"
    # a year's work summed up, the next year's plan perhaps after it: '…工作总结和2023年工作思路'
    r"[总總][结結](?:[和及暨与與]\S{0,14}?(?:[计計][划劃]|安排|思路|打算|要点|要點))?)"
)
#: the word of a document's kind, anywhere
TITLE_KIND = re.compile(_KINDS)
#: how the titles of Chinese official documents end: the name of the document's kind, and
#: a bracketed note after it ('…公示公告（第一批）', '…办法(征求意见稿)')
TITLE_END = re.compile(_KINDS + r"(?:[)）》]|\s*[(（][^()（）]{1,16}[)）])?$")

#: how far before a text's end a ``TITLE_END`` match can start: a kind word of three
#: characters and a bracketed note of eighteen (white space before the note aside)
_TITLE_REACH = 24
#: the last character of every kind word, and of the notes allowed after one ('（试行）', '》')
TITLE_LAST = frozenset(
    "知报報定议議见見法则例告案划劃要施复覆函令项項单單引准明点程算示帖书書表)）》解工开開结結排路點信释釋答范"
)
_SPACE = re.compile(r"\s")


@lru_cache(maxsize=8192)
def title_end(text: str) -> re.Match[str] | None:
    """``TITLE_END.search(text)``, the same match looked for among the text's last characters:
    the pattern's fifty words are otherwise tried at every character of a paragraph. A text
    with white space near its end, which a match may hold, is searched whole. (Kept for the
    lines asked about again: half the calls of a parse ask about a line asked before.)"""
    last = text[-2:-1] if text.endswith("\n") else text[-1:]  # ('$' stands before a last \n)
    if last not in TITLE_LAST:
        return None  # a match ends with a kind word's last character or a bracket
    start = len(text) - _TITLE_REACH
    if start <= 0 or _SPACE.search(text, start) is not None:
        return TITLE_END.search(text)
    return TITLE_END.search(text, start)


#: a contents page's head: '目录', '目 录', '目次', '本期目录'
CONTENTS_HEAD = re.compile(r"^(?:目\s*[录錄]|目\s*次|本期目[录錄])$")
#: what ``CONTENTS_HEAD`` opens with: any other line is settled without it
CONTENTS_HEAD_OPENS = ("目", "本")
#: the marks a clause ends with: a line holding them is a sentence's, no title's
CLAUSE_MARKS = re.compile("[。，；,;]")


def unclosed(text: str, opens: str = "(（", closes: str = ")）") -> int:
    """How many brackets ``text`` opens and does not close (below 0: closes one it did not
    open, '…(2022-2035)》的批复')."""
    return sum(map(text.count, opens)) - sum(map(text.count, closes))


#: the closing formulas of a document's text, which end like a title and are none
CLOSING = re.compile(r"^(?:特此|专此|此)(?:公告|通告|通知|函告|函复|批复|报告|反馈|复|函)[。！!]?$")

#: what runs onto a 文号's issuer code in flattened text: a title's or a masthead's last
#: word, a clause, the 密级 or 紧急程度 printed before it ('等级 特急 桂教电〔2006〕38 号')
#: or a page's sharing tools ('微信 微博 分享 某府发〔2015〕8号'), or a gazette's line of who
#: published it ('市人民政府发布营政发〔1994〕32号')
#: (the code itself is a short abbreviation: 国办发, 泉资规纪)
BEFORE_CODE = re.compile(
    # (a decision's or notice's word whole: '…行政处罚决定书宜生环罚字〔2021〕12号')
    r"^.*(?:(?:决定|通知|告知|意见|建议|裁定|判决)书"
    # (a title's kind after its 的, a kind some codes hold ('某办通报〔2016〕16号'): '…结果的通报
    # 某政办函〔2016〕40号' run together)
    r"|的(?:通报|请示|答复|复函|方案|计划|规划|细则|章程|函)"
    r"|文件|纪要|事项|通知|公告|通告|批复|报告|意见|规定|办法|决定|决议|特急|特提|加急|平急|急件"
    r"|绝密|机密|秘密|微博|微信|分享|打印|收藏|发布|颁布|公布|根据|依据|依照|按照|编号"
    # (and the words of a sentence that cites it: '请你们严格按照某某〔2018〕18号', '以某某函…';
    # not 要 of 纲要, whose office a code names: '纲要办发〔2018〕3号')
    r"|(?<!纲)要|[的了和与及按为以们，。：:、])"
)
