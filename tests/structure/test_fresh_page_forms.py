"""Forms of text that pages not in the corpus showed (stored public pages, each quoted as the
search tool's pages corpus returned it, its address above it), each read right by a rule for
the kind of text:

- a record's row that gives both the day a document went out and its 成文日期 ('发文日期 X 成文
  日期 Y'): the document's date is its 成文日期, whichever the row gives first;
- a congress's resolution adopted at a plenary of its session ('…第九次会议第二次大会通过'),
  no title printed: dated and issued by the congress;
- a title, its 文号 and the 主送 flattened onto one line, the title ending '…的通报': the 文号
  opens after the title's kind, which some codes hold ('某办通报〔2016〕16号');
- a wiki's box of facts, a field a bullet ('- 中文名:…' / '- 类型:应急预案'): each field the
  page's, none the title;
- a headline for the whole text a site shows ('…办法全文', '《…条例》全文发布'), and a
  casino's brand run onto it after a dash ('-某某娱乐登陆'): the title is the document's name;
- a WeChat post's lead telling who published what, a line each ('某州人民政府办公室' / '发布了关
  于2022年' / '清明节放假的通知'): the title opens at 关于;
- a news headline of what a meeting did ('市委昨召开…会议 宣布省委关于…决定'): no issuer;
- 任免 sentences whose people and posts cannot be paired ('免去甲同志的P,乙、丙同志的Q职务'),
  a past tenure told ('本次任命前分别任…'), a post with its note in brackets cut at the note's
  comma ('…副局长(专职,副部长级)'): no wrong fact (the first two told as unclear);
- a signature and its date set right by a copy's question marks, a space among them
  ('?????? ?某市人民政府'): the marks go, the signer is read;
- a record's date fields left empty over the 文号 ('实施时间:' / '某政办发〔2014〕119号'): the 文号
  is no date's value, the text's;
- a 文号 in a table a cell a line, the 红头's rule as the next cell ('某府〔2010〕8号 |' /
  '━━━━ |'): the rule no cell, the 文号 read;
- the day and the 文号 in brackets opening a page that printed no title: the day dated;
- a news item's credit over its lead, the outlet's editor ('每经编辑 某某某') or its reporter
  under a bullet's mark ('◆本报记者 某某'): a byline, no title;
- a post held besides another, no longer ('某某同志不再兼任某市委书记、常委、委员职务'): a
  removal; a 文号 whose code a page masked in part ('×府呈[2013]105号'): no number;
- a search box's labels over a report that prints no title ('选择特殊符号' / '选择搜索类型' /
  '请输入搜索'): the page's tools, no title.

Expected values read off the quoted lines by hand. Each test fails on the code before its rule
(the date the row gave first; the adoption line taken as the title; '通报' glued to the 文号;
'- 類型:應急預案' as the title; '全文' and the brand kept; '发布了' opening the title; the
headline's words as the issuer; a removal of 刘淑慧 holding the next people's posts, a person
'前分别', a post ending '(專職'; the page's '市政府' as the issuer; no 文号; the 文号 glued to the
rule in a row above the title; no date; the credit as the title; the search box's label as the title; no removal of 孫春蘭; '府呈[2013]105号')."""

from __future__ import annotations

from gongbao.docnumber import find_doc_number
from gongbao.facts import Appointment
from gongbao.model import Issue
from tests.structure.corpus_pages import quoted_doc, quoted_issue

#: http://www.fh.gov.cn/art/2022/3/29/art_1229351040_1740728.html (its first 10 lines)
_MINUTES_RECORD = [
    "进入老年版",
    "索引号 11330283002979996P/2022-112754 组配分类 常务会议 主题分类 政务公开",
    "发文日期 2022-04-08 成文日期 2022-03-19 发布机构 区政府办公室",
    "公开方式 主动公开 公开范围 面向社会",
    "",
    "区政府召开第3次常务会议 魏建根主持",
    "",
    "字体:【大】 【小】",
    "",
    "2022年3月18日,魏建根区长主持召开区政府第3次常务会议,现将会议讨论研究的有关事项纪要如下。",
]

#: http://szb.21xc.com/xcrb/PC/con/202204/28/c105305.html
_PLENARY = [
    "(2022年4月27日许昌市第七届人民代表大会第九次会议第二次大会通过)",
    "许昌市第七届人民代表大会第九次会议审查了市人民政府提出的《关于许昌市2021年财政预算执行情况和2022年财政预算草案的报告》及2022年财政预算草案。会议同意许昌市第七届人民代表大会第九次会议计划预算审查委员会的审查结果报告,决定批准《关于许昌市2021年财政预算执行情况和2022年财政预算草案的报告》,批准2022年市本级财政预算。",
]

#: https://www.hzarchives.org.cn/info/6089 (its first 3 lines)
_RUN_ON_NOTICE = [
    "杭州市人民政府办公厅关于2015年度全市耕地保护责任目标考核结果的通报",
    "发布时间:2016-04-05",
    "杭州市人民政府办公厅关于2015年度 全市耕地保护责任目标考核结果的通报 杭政办函〔2016〕40号 各区、县(市)人民政府,市政府各部门、各直属单位: 根据《杭州市人民政府办公厅关于印发杭州市耕地保护责任目标考核办法的通知》(杭政办〔2008〕4号)和《杭州市耕地保护目标管理责任书(2014—2017年)》的要求,经考核,并报市政府同意,现将2015年度全市耕地保护责任目标考核结果通报如下: 一、考核优秀单位 淳安县政府,余杭区政府,拱墅区政府。 二、考核良好单位 临安市政府,萧山区政府,桐庐县政府,富阳区政府,建德市政府,杭州高新开发区(滨江)管委会、政府,杭州经济开发区管委会,江干区政府,上城区政府,下城区政府,西湖区政府。 希望各地发扬成绩,再接再厉,全面贯彻落实党的十八届五中全会和市委十一届十次会议精神,牢固树立“创新、协调、绿色、开放、共享”的发展理念,进一步严格保护耕地,认真执行土地规划和年度计划,加大节约集约用地力度,强化土地执法监管,为杭州继续走在全国重要城市前列提供坚实的资源保障。 杭州市人民政府办公厅 2016年3月24日 |",
]

#: https://newton.com.tw/wiki/%E6%B0%B4%E5%9F%8E%E7%B8%A3%E6%A3%AE%E6%9E%97%E7%81%AB%E7%81%BD%E6%87%89%E6%80%A5%E9%A0%90%E6%A1%88/10148571 (its first 8 lines)
_INFOBOX = [
    "為有效預防、科學應對和及時撲救森林火災,最大程度地減少森林火災危害,保護森林資源、公民人身和財產安全,促進國民經濟和社會可持續發展,維護自然生態平衡和公共利益,制訂本預案。",
    "基本介紹",
    "- 中文名:水城縣森林火災應急預案",
    "- 類型:應急預案",
    "- 根據:《中華人民共和國森林法》",
    "- 文字類型:中文",
    "總則,應急指揮體系及職責,預防預警機制,應急回響,善後工作,應急保障,監督管理,附則,",
    "總則",
]

#: http://hbdingbang.cn/edu/cpm/154041.html (its first 12 lines)
_FULL_TEXT = [
    "国产激情久久久久影院小草_国产91高跟丝袜_99精品视频99_三级真人片在线观看",
    "",
    "南陽市物業(yè)管理辦法全文",
    "",
    "時間:2024-08-14 00:49:49 物業(yè)管理師 我要投稿",
    "  • 相關(guān)推薦",
    "",
    "南陽市物業(yè)管理辦法全文",
    "",
    "  《南陽市物業(yè)管理辦法》從二00五年七月二十日開始實行,下面是小編整理的辦法全文:",
    "",
    "  第一章 總則",
]

#: https://www.ivcon.net/post/14589.html (its first 8 lines)
_GAMBLING_HEADLINE = [
    "首页 - 天富娱乐招商 - 《北京市突发公共卫生事件应急条例》全文发布-天富娱乐登陆",
    "",
    "《北京市突发公共卫生事件应急条例》全文发布-天富娱乐登陆",
    "",
    "发布时间:2020-09-27  分类:天富娱乐招商  作者:dadiao  浏览:16",
    "",
    "原标题:《北京市突发公共卫生事件应急条例》全文发布",
]

#: https://freewechat.com/a/MzA4MDE0NzczMg==/2649512055/1 (its first 13 lines)
_WECHAT_LEAD = [
    "其他",
    "清明节放假的通知来了",
    "3月30日",
    "湘西州人民政府办公室",
    "发布了关于2022年",
    "清明节放假的通知",
    "通知内容如下",
    "↓↓↓",
    "各县市人民政府、湘西高新区管委会,州直机关各单位:",
    "根据《关于2022年部分节假日安排的通知》(国办发明电〔2021〕11号)精神,4月3日(星期日)至5日(星期二)放假调休,共3天。4月2日(星期六)上班。",
    "节假日期间,各县市(区)、州直各部门各单位要妥善安排好值班值守、新冠肺炎疫情防控和安全保卫等工作,积极引导群众做好个人防护,移风易俗,避免聚集性祭祀,实行分散、分时祭祀,文明祭祀,营造绿色、环保、健康的祭祀氛围。清明节期间,要抓实护林防火和其它用火安全管控。遇有较大以上突发事件发生,要按规定及时报告并妥善处置。各企事业单位可根据生产和工作情况妥善安排。",
    "湘西自治州人民政府办公室",
    "2022年3月30日",
]

#: http://www.lwnews.net/system/2018/02/13/013240791.shtml (its first 19 lines)
_MEETING_HEADLINE = [
    "• 省政府新闻办批文·浙新办[2008]17号",
    "",
    "  • 龙湾区唯一具有新闻发布资质网站",
    "",
    "  • 温州市第一批文明网站",
    "",
    "  • 温州市网络文化协会理事单位",
    "",
    "  • 市级青年文明号参赛岗",
    "",
    "微信 新浪微博 APP",
    "",
    "您所在的位置: 您当前的位置 : 龙湾新闻网  ->  新闻中心  ->  温州新闻 -> 正文",
    "",
    "市委昨召开全委(扩大)会议 宣布省委关于温州市政府主要领导变动决定",
    "",
    "2018年02月13日 08:44:22来源:温州网",
    "",
    "  温州网讯昨天下午,市委召开全委(扩大)会议,宣布省委关于温州市政府主要领导变动的决定。经省委研究决定:提名姚高员同志为温州市市长候选人;提议张耕同志不再担任温州市市长职务,免去张耕同志的中共温州市委副书记、常委、委员职务,另有任用。市长职务的任免需按有关法律规定办理。",
]

#: https://e-chinaedu.cn/html/gj/2023/02-15/c_86975.shtml
_PARTY_REMOVALS = [
    "2月13日,东华大学召开会议,宣布教育部党组、教育部关于学校副职领导人员任免决定。党委书记刘承功,校长俞建勇,以及学校领导班子成员出席会议。 会上,刘承功宣读了教育部党组、教育部的任免决定:项延训同志任中共东华大学委员会委员、常委、副书记;赵震同志任中共东华大学委员会委员、常委;免去刘淑慧同志的中共东华大学委员会副书记,邱高、陈南梁、舒慧生同志的中共东华大学委员会常委、委员职务。任命刘淑慧为...",
]

#: http://town.zjol.com.cn/cstts/201811/t20181128_8853842.shtml (its first 4 lines)
_TENURES_BEFORE = [
    "浙江在线11月28日讯(浙江在线记者 金春华)郡县治,天下安。11月19日至11月26日,我省有28名拟提拔任用省管领导干部任前公示,其中20名干部的调整涉及到县(市、区)委书记、县(市、区)长的调整。",
    "7位县(市、区)委书记有新职务",
    "本次调整的干部中,有7位县(市、区)委书记有新的任命,具体有以下3种情况:",
    "(1)由县(市、区)委书记任设区市党委常委的两人:许晴、徐仁标。本次任命前分别任嘉善县委书记、温岭市委书记。",
]

#: https://secretchina.com/news/b5/2014/02/24/531720p.html (its first 4 lines)
_STATE_COUNCIL = [
    "發表時間: 2014-02-24 20:28:51作者:",
    "【看中國2014年02月24日訊】包括外交部、公安部、交通部、國家預防腐敗局四名副部級官員,今日被國務院免除職務。",
    "中國政府網今日(2月24日)消息,國務院決定,免去翟雋的外交部副部長職務;免去李東生的公安部副部長職務;免去高宏峰的交通運輸部副部長職務;免去徐令義的國家信訪局副局長職務;免去崔海容的國家預防腐敗局副局長職務。",
    "據國務院任命張彥珍(女)為司法部副部長;任命王昌順為交通運輸部副部長;任命傅奎為國家預防腐敗局副局長(專職,副部長級)。",
]

#: http://findgay.net/dwzw/dzqk/zfgb/2019nd1q/szfwj/art/2023/art_baf3a8f403d94a31b2e0701a9e28746d.html (its first 16 lines)
_PADDED_SIGNATURE = [
    "- 信息來源:市政府",
    "- 發布日期:2019-01-18 16:13",
    "- 瀏覽次數:",
    "各市(區)人民政府,泰州醫藥高新區管委會,市各委、辦、局,市各直屬單位:",
    "《泰州市打贏藍天保衛戰三年行動計劃實施方案》已經市政府第21次常務會議審議通過,現印發給你們,請認真遵照執行。",
    "?",
    "?",
    "????????????????????????? ?泰州市人民政府",
    "????????????????????? 2018年12月24日",
    "(此件公開發布)",
    "?",
    "?",
    "?",
    "?",
    "泰州市打贏藍天保衛戰三年行動計劃實施方案",
    "?",
]

#: http://m.zx.lc123.net/laws/2017-06-13/307175.html (its first 6 lines)
_EMPTY_DATE_FIELDS = [
    "文件名称:关于2015年节假日安排的通知",
    "文件编号:",
    "发布时间:",
    "实施时间:",
    "盐政办发〔2014〕119号",
    "各乡镇人民政府(街道办事处),政府各部门、直属机构:",
]

#: https://m.hqtbz.com/gkmlpt/content/0/139/post_139518.html (its first 8 lines)
_RULE_CELL = [
    "|",
    "粤府〔2010〕8号 |",
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━ |",
    "关于增补罗福星故居等3处文物为 第六批广东省文物保护单位的通知",
    "各地级以上市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构: 省人民政府同意省文化厅关于增补罗福星故居等3处文物(名单附后)为第六批省级文物保护单位的意见,现予公布。 各有关地区、有关单位要严格执行《中华人民共和国文物保护法》等法律法规,认真贯彻“保护为主、抢救第一、合理利用、加强管理”的方针,切实做好文物的保护、利用和管理工作。",
    "附件:第六批广东省文物保护单位增补名单",
    "广东省人民政府 二○一一年一月十九日",
    "|",
]

#: https://m.appbook.qq.com/read/1040457312/35 (its first 2 lines)
_NOTE_OVER_TEXT = [
    "(2018年1月3日 国办发〔2018〕2号)",
    "经国务院同意,现将修订后的《省级政府耕地保护责任目标考核办法》印发给你们,请认真贯彻执行。2005年10月28日经国务院同意、由国务院办公厅印发的《省级政府耕地保护责任目标考核办法》同时废止。",
]


#: https://m.nbd.com.cn/articles/2023-06-13/2870784.html (its first 2 lines)
_EDITOR_OVER_LEAD = [
    "每经编辑 何小桃",
    "6月11日,中共昆山市委组织部发布《昆山市市管领导干部任前公示》(2023年第2号)文件,其中一名1997年11月出生的女大学生拟提名为昆山市巴城镇副镇长候选人引发社会关注。",
]

#: http://hunan.sina.com.cn/news/b/2014-05-26/1525100438.html (its first 2 lines)
_REPORTER_UNDER_MARK = [
    "◆本报记者 陈彬",
    "今年以来,我省对省管干部任前公示有3次,分别为1月的35人、3月的19人和4月的6人,共计60人;涉及的职位有省直单位副职、市人民政府副市长、省属院校正副职以及县(市、区)委书记等。湘声报记者梳理发现,这批省管干部中,“60后”占了2/3;有14人任县(市、区)委书记,且有9位原任当地县(市、区)长。",
]


#: https://m.zjtcn.com/baike/lys2013ndzfxxgkgzbgbgnr7246083 (its first 5 lines)
_SEARCH_BOX = [
    "选择特殊符号",
    "选择搜索类型",
    "请输入搜索",
    "一、政府信息公开总体工作情况",
    "(一)组织机构建设情况。市政府进一步理顺了政府信息公开工作管理体制,建立健全了政府信息公开工作领导小组和以公开办为责任主体的工作机构。各县(市)区、市政府各部门及各直属机构均按照规定的机构设置方式,建立健全了领导机构,配齐了工作人员,全市上下形成了齐抓共管、纵横结合、条块协调一致的工作格局。",
]


#: http://aa00aaoobq.pixnet.net/blog/post/198741396 (its first line)
_NO_LONGER_ALSO = [
    "日前,中共中央決定:對天津市委主要負責同志職務進行了調整。孫春蘭同志不再兼任天津市委書記、常委、委員職務;天津市委副書記、市長黃興國同志代理天津市委書記職務。",
]


def _appointments(issue: Issue) -> list[tuple[str, str, list[str]]]:
    facts = issue.facts.get("appointments", [])
    return [(a.person, a.action, a.positions) for a in facts if isinstance(a, Appointment)]


def test_written_date_over_a_day_of_issue_the_record_gives_first() -> None:
    doc = quoted_doc(_MINUTES_RECORD)
    assert doc.date == "2022-03-19"
    assert doc.kind == "minutes"


def test_resolution_adopted_at_a_plenary_of_the_session() -> None:
    doc = quoted_doc(_PLENARY)
    assert (doc.title, doc.date, doc.issuers) == ("", "2022-04-27", ["许昌市人民代表大会"])


def test_number_after_a_title_ending_in_its_kind_on_a_flattened_line() -> None:
    doc = quoted_doc(_RUN_ON_NOTICE)
    assert doc.doc_number == "杭政办函〔2016〕40号"
    assert doc.title == "杭州市人民政府办公厅关于2015年度全市耕地保护责任目标考核结果的通报"


def test_wiki_box_of_facts_a_field_a_bullet() -> None:
    issue = quoted_issue(_INFOBOX)
    assert issue.documents[0].title == "水城縣森林火災應急預案"
    assert [r.text for r in issue.removed if r.why == "page_metadata"] == [
        "- 中文名:水城縣森林火災應急預案",
        "- 類型:應急預案",
        "- 根據:《中華人民共和國森林法》",
        "- 文字類型:中文",
    ]


def test_headline_for_the_whole_text() -> None:
    assert quoted_doc(_FULL_TEXT).title == "南陽市物業管理辦法"


def test_headline_for_the_whole_text_with_a_casino_brand_after_it() -> None:
    assert quoted_doc(_GAMBLING_HEADLINE).title == "北京市突发公共卫生事件应急条例"


def test_lead_that_tells_who_published_the_title() -> None:
    doc = quoted_doc(_WECHAT_LEAD)
    assert (doc.title, doc.date, doc.issuers) == (
        "关于2022年清明节放假的通知",
        "2022-03-30",
        ["湘西自治州人民政府办公室"],
    )


def test_headline_of_a_meeting_names_no_issuer() -> None:
    issue = quoted_issue(_MEETING_HEADLINE)
    assert issue.documents[0].issuers == []
    assert ("提议张耕", "remove", ["温州市市长"]) not in _appointments(issue)


def test_removals_whose_people_and_posts_are_not_paired() -> None:
    issue = quoted_issue(_PARTY_REMOVALS)
    assert _appointments(issue) == [
        ("项延训", "appoint", ["中共东华大学委员会委员、常委、副书记"]),
        ("赵震", "appoint", ["中共东华大学委员会委员、常委"]),
    ]
    assert [p.kind for p in issue.problems if p.kind == "appointment_unclear"] == [
        "appointment_unclear"
    ]


def test_tenures_told_as_before_the_appointment() -> None:
    assert _appointments(quoted_issue(_TENURES_BEFORE)) == []


def test_post_with_its_note_in_brackets() -> None:
    assert ("傅奎", "appoint", ["國家預防腐敗局副局長"]) in _appointments(
        quoted_issue(_STATE_COUNCIL)
    )


def test_signature_set_right_by_question_marks() -> None:
    doc = quoted_issue(_PADDED_SIGNATURE).documents[0]
    assert (doc.date, doc.issuers) == ("2018-12-24", ["泰州市人民政府"])


def test_number_under_empty_date_fields_of_a_record() -> None:
    doc = quoted_doc(_EMPTY_DATE_FIELDS)
    assert (doc.title, doc.doc_number) == ("关于2015年节假日安排的通知", "盐政办发〔2014〕119号")


def test_number_over_the_rule_a_cell_a_line() -> None:
    doc = quoted_doc(_RULE_CELL)
    assert (doc.doc_number, doc.date, doc.issuers) == (
        "粤府〔2010〕8号",
        "2011-01-19",
        ["广东省人民政府"],
    )


def test_bracketed_day_and_number_over_a_text_without_a_title() -> None:
    doc = quoted_doc(_NOTE_OVER_TEXT)
    assert (doc.title, doc.date, doc.doc_number) == ("", "2018-01-03", "国办发〔2018〕2号")


def test_credit_over_a_news_lead_is_no_title() -> None:
    # (recorded as cleaned: the space between two ideographs closed up)
    for page, credit in (
        (_EDITOR_OVER_LEAD, "每经编辑何小桃"),
        (_REPORTER_UNDER_MARK, "◆本报记者陈彬"),
    ):
        issue = quoted_issue(page)
        assert issue.documents[0].title == ""
        assert [(r.text, r.why) for r in issue.removed] == [(credit, "byline")]


def test_search_box_labels_are_no_title() -> None:
    issue = quoted_issue(_SEARCH_BOX)
    assert issue.documents[0].title == ""
    assert [(r.text, r.why) for r in issue.removed] == [
        ("选择特殊符号", "page_tools"),
        ("选择搜索类型", "page_tools"),
        ("请输入搜索", "page_tools"),
    ]


def test_post_held_besides_another_no_longer() -> None:
    assert ("孫春蘭", "remove", ["天津市委書記、常委、委員"]) in _appointments(
        quoted_issue(_NO_LONGER_ALSO)
    )


def test_number_with_its_code_masked_is_none() -> None:
    # (a quiz page's 批复, its places masked, https://jikaoti.com/ti/kGguFFFM: its sentence
    # citing the request)
    assert find_doc_number("你市《关于设立阳澄湖生态保护区的请示》(×府呈[2013]105号)收悉。") is None
