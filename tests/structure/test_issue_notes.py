"""Rules and regulations noted under their title with the day and the organs that issued them,
in brackets, the date first: '(1987年10月26日国务院发布)' (the organs alone), '（2014年1月28日
某部 某部 某总局发布 根据…修正）' (joint organs a space apart, then the amendments),
'（2017年10月25日某局第46号令）' (an order's number before 令, no verb), '（1992年10月7日某部令
第24号发布 …根据…《…的通知》（…〔2003〕…号）…）' (an order's note, whatever follows its
number, brackets of its own inside), the same note wrapped over two lines, and a joint order
numbered within its year whose organs only spaces part; the State Council's approval before
the ministry's issue, a notice's 文号 named as such ('…1180号文公布'), and the day and the
order on a line of their own without brackets; a meeting that '讨论通过' it; a court's
meeting, then the day its 公告 published the text; an order's number first, no day. The note
dates the text and names its issuers; it is no part of the title, and the second line of a
wrapped note is no title.

The heads are quoted as printed, up to the first article, from
github.com/waystowork/waystowork.github.io @ e1c3f865 and (four) github.com/LawRefBook/Laws
@ 2f4c5c23 (the files named above each); expected values read off the notes by hand. Each test
but the guard (a corpus file) fails on the code before its rule (the title glued to the note,
or the note's second line taken as the title; no date, no issuers; a day read into the
organ's name)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, quoted_doc

#: src/laws/城市管理/市场监督管理/广告管理条例.md
_ADVERTISING = [
    "# 广告管理条例",
    "",
    "(1987年10月26日国务院发布)",
    "",
    " ",
    "",
    "第一条\u3000为了加强广告管理，推动广告事业的发展，有效地利用广告媒介为社会主义建设服务，制定本条例。",
]

#: src/laws/交通运输/02.道路运输/车辆管理/道路运输车辆动态监督管理办法.md
_VEHICLES = [
    "# 道路运输车辆动态监督管理办法",
    "",
    "（2014年1月28日交通运输部 公安部 国家安全生产监督管理总局发布 根据2016年4月20日《交通运输部 公安部 国家安全生产监督管理总局关于修改〈道路运输车辆动态监督管理办法〉的决定》第一次修正 根据2022年2月14日《交通运输部 公安部 应急管理部关于修改〈道路运输车辆动态监督管理办法〉的决定》第二次修正）",
    "",
    "",
    "第一章\u2002\u2002总\u3000则",
    "",
    "",
    "",
    "第一条\u3000为加强道路运输车辆动态监督管理，预防和减少道路交通事故，依据《中华人民共和国安全生产法》《中华人民共和国道路交通安全法实施条例》《中华人民共和国道路运输条例》等有关法律法规，制定本办法。",
]

#: src/laws/自然资源/09.林业草原/野生动物及其制品价值评估方法.md
_WILDLIFE = [
    "# 野生动物及其制品价值评估方法",
    "",
    "（2017年10月25日国家林业局第46号令）",
    "",
    "",
    "",
    "第一条\u3000为了规范野生动物及其制品价值评估标准和方法，根据《中华人民共和国野生动物保护法》第五十七条规定，制定本方法。",
]

#: src/laws/自然资源/06.地质环境管理/矿山地质环境保护规定.md
_MINES = [
    "# 矿山地质环境保护规定",
    "",
    "（2009年3月2日国土资源部令第44号公布根据2015年5月6日国土资源部第2次部务会议《国土资源部关于修改〈地质灾害危险性评估单位资质管理办法〉等5部规章的决定》第一次修正根据2016年1月5日国土资源部第1次部务会议《国土资源部关于修改和废止部分规章的决定》第二次修正根据2019年7月16日自然资源部第2次部务会议",
    "《自然资源部关于第一批废止修改的部门规章的决定》第三次修正）",
    "",
    "",
    "",
    "第一章 总则",
    "",
    "",
    "",
    "第一条 为保护矿山地质环境，减少矿产资源勘查开采活动造成的矿山地质环境破坏，保护人民生命和财产安全，促进矿产资源的合理开发利用和经济社会、资源环境的协调发展，根据《中华人民共和国矿产资源法》《地质灾害防治条例》《土地复垦条例》，制定本规定。",
]

#: src/laws/卫生健康/05.医疗服务/人员管理/外国医师来华短期行医暂行管理办法.md
_DOCTORS = [
    "# 外国医师来华短期行医暂行管理办法",
    "",
    "（1992年10月7日卫生部令第24号发布 自1993年1月1日起施行\u3000根据2003年11月28日《卫生部关于修改〈外国医师来华短期行医暂行管理办法〉第十八条的通知》（卫医发〔2003〕331号）第一次修订\u3000根据2016年1月19日《国家卫生计生委关于修改〈外国医师来华短期行医暂行管理办法〉等8件部门规章的决定》（国家卫生和计划生育委员会令第8号）第二次修订）",
    "",
    "",
    "",
    "第一条\u3000为了加强外国医师来华短期行医的管理，保障医患双方的合法权益，促进中外医学技术的交流和发展，制定本办法。",
]

#: src/laws/交通运输/04.规划统计/港口岸线使用审批管理办法.md
_SHORELINE = [
    "# 港口岸线使用审批管理办法",
    "",
    "(2012年5月22日交通运输部 国家发展改革委令2012年第6号公布 根据2018年5月3日《交通运输部 国家发展改革委关于修改〈港口岸线使用审批管理办法〉的决定》第一次修订 根据2021年12月23日《交通运输部 国家发展改革委关于修改〈港口岸线使用审批管理办法〉的决定》第二次修订)",
    "",
    "",
    "第一条\u2002\u2002为了规范港口岸线使用审批管理，保障港口岸线资源的合理开发与利用，保护当事人的合法权益，根据《中华人民共和国港口法》和有关法律、法规，制定本办法。",
]

#: src/laws/市场监管/价格收费监督检查/价格违法行为行政处罚规定.md
_PRICES = [
    "# 价格违法行为行政处罚规定",
    "",
    " ",
    "",
    "\u3000\u3000(1999年7月10日国务院批准\u30001999年8月1日国家发展计划委员会发布\u3000根据2006年2月21日《国务院关于修改〈价格违法行为行政处罚规定〉的决定》第一次修订\u3000根据2008年1月13日《国务院关于修改〈价格违法行为行政处罚规定〉的决定》第二次修订\u3000根据2010年12月4日《国务院关于修改〈价格违法行为行政处罚规定〉的决定》第三次修订)",
    "",
    " ",
    "",
    "\u3000\u3000第一条\u3000为了依法惩处价格违法行为，维护正常的价格秩序，保护消费者和经营者的合法权益，根据《中华人民共和国价格法》(以下简称价格法)的有关规定，制定本规定。",
]

#: src/laws/交通运输/06.海事/航行管理/中华人民共和国外国籍船舶航行长江水域管理规定.md
_YANGTZE = [
    "# 中华人民共和国外国籍船舶航行长江水域管理规定",
    "",
    "1983年4月9日国务院批准\u30001983年4月20日交通部发布",
    "",
    "1986年2月6日国务院批准修订\u30001986年3月1日交通部发布",
    "",
    "1992年6月6日国务院批准第二次修订\u30001992年7月25日交通部发布",
    "",
    "1997年5月26日国务院批准第三次修订",
    "",
    "根据2019年3月2日《国务院关于修改部分行政法规的决定》第四次修订",
    " ",
    "第一条\u3000长江是中华人民共和国内河。为维护中华人民共和国主权，保障船舶安全，维持长江水域及其港口秩序，依据《中华人民共和国对外国籍船舶管理规则》，制定本规定。",
]

#: src/laws/交通运输/06.海事/海事综合管理/海区航标动态通报管理办法.md
_BEACONS = [
    "# 海区航标动态通报管理办法",
    "",
    "(1995年12月13日交安监发〔1995〕1180号文公布 自1995年12月13日起施行)",
    "",
    "",
    "第一条\u3000为了加强海区航标动态通报程序化、规范化管理，使船舶及时了解海区航标动态，保障船舶航行安全，依据有关法律、法规，制定本办法。",
]

#: github.com/LawRefBook/Laws @ 2f4c5c23, 行政法规/反间谍法实施细则(2017-11-22).md
_COUNTER_ESPIONAGE = [
    "# 中华人民共和国反间谍法实施细则",
    "",
    "2017年11月22日 中华人民共和国国务院令第692号\u3000",
    "",
    "<!-- INFO END -->",
    "",
    "## 第一章 总则",
    "",
    "第一条 根据《中华人民共和国反间谍法》(以下简称《反间谍法》)，制定本实施细则。",
]

#: github.com/LawRefBook/Laws @ 2f4c5c23, 行政法规/军用饮食供应站供水站管理办法(2019-03-02).md
_SUPPLY_STATIONS = [
    "# 军用饮食供应站供水站管理办法",
    "",
    "1989年10月4日 国务院、中央军委批准\u3000",
    "",
    "1989年11月17日 民政部、总后勤部令第1号发布\u3000",
    "",
    "<!-- INFO END -->",
    "",
    "第一条 为了加强军用饮食供应站、军用供水站(以下统称军供站)的管理，保障军队平时、战时在运输途中的饮食饮水供应，制定本办法。",
]

#: github.com/LawRefBook/Laws @ 2f4c5c23, 司法解释/人民检察院办理行政执法机关移送涉嫌犯罪案件的规定(2001-12-03).md
_TRANSFERS = [
    "# 人民检察院办理行政执法机关移送涉嫌犯罪案件的规定",
    "",
    "2001年9月10日 最高人民检察院第九届检察委员会第九十六次会议讨论通过",
    "",
    "<!-- INFO END -->",
    "",
    "根据《中华人民共和国刑事诉讼法》的有关规定，结合《行政执法机关移送涉嫌犯罪案件的规定》，现就人民检察院办理行政执法机关移送涉嫌犯罪案件的有关问题作如下规定：",
    "",
    "一、对于行政执法机关移送检察机关的涉嫌犯罪案件，统一由人民检察院控告检察部门受理。",
]

#: src/sfjs/2008年/最高人民法院关于涉台民事诉讼文书送达的若干规定(2008-04-17).md
_SERVICE_TAIWAN = [
    "# 最高人民法院关于涉台民事诉讼文书送达的若干规定",
    "",
    "<!-- INFO END -->",
    "",
    "（最高人民法院审判委员会第1421次会议通过 2008年4月17日最高人民法院公告公布 自2008年4月23日起施行）",
    "",
    "为维护涉台民事案件当事人的合法权益，保障涉台民事案件诉讼活动的顺利进行，促进海峡两岸人员往来和交流，根据民事诉讼法的有关规定，制定本规定。",
    "",
    "第一条 人民法院审理涉台民事案件向住所地在台湾地区的当事人送达民事诉讼文书，以及人民法院接受台湾地区有关法院的委托代为向住所地在大陆的当事人送达民事诉讼文书，适用本规定。",
]

#: src/laws/文化市场/06.旅游/导游管理办法.md
_GUIDES = [
    "# 导游管理办法",
    "",
    "（中华人民共和国国家旅游局令第44号公布\u3000《导游管理办法》已经2017年10月16日国家旅游局第17次局长办公会议审议通过，自2018年1月1日起施行）",
    "",
    "",
    "",
    "第一章 总则",
    "",
    "",
    "",
    "第一条 为规范导游执业行为，提升导游服务质量，保障导游合法权益，促进导游行业健康发展，依据《中华人民共和国旅游法》《导游人员管理条例》和《旅行社条例》等法律法规，制定本办法。",
]

#: src/laws/自然资源/09.林业草原/集体林权制度改革档案管理办法.md
_FOREST_ARCHIVES = [
    "# 集体林权制度改革档案管理办法",
    "",
    "（国家林业局 国家档案局令 2013年第33号）",
    "",
    "",
    "",
    "第一条\u3000为了加强和规范集体林权制度改革档案工作，有效保护和利用集体林权制度改革档案，根据《森林法》和《档案法》等有关法律法规，制定本办法。",
]

#: src/laws/卫生健康/02.传染病防治/传染病防治管理/中华人民共和国传染病防治法实施办法.md
_EPIDEMICS = [
    "# 中华人民共和国传染病防治法实施办法",
    "",
    " ",
    "",
    "",
    "(1991年10月4日国务院批准\u3000国函〔1991〕66号\u30001991年12月6日卫生部令第17号发布\u3000自发布之日起施行)",
    "",
    "第一章\u3000总则",
    "",
    "第一条\u3000根据《中华人民共和国传染病防治法》(以下简称《传染病防治法》)的规定，制定本办法。",
]

#: src/laws/自然资源/08.矿产资源管理/外商投资矿产勘查企业管理办法.md
_FOREIGN_PROSPECTING = [
    "# 外商投资矿产勘查企业管理办法",
    "",
    "（2008年7月18日商务部、国土资源部令二○○八年第4号公布  自2008年8月20日起施行）",
    "",
    "    第一条  为进一步扩大矿产资源勘查领域的对外开放，规范外商投资矿产勘查企业的审批和管理，根据《中华人民共和国中外合资经营企业法》、《中华人民共和国中外合作经营企业法》、《中华人民共和国外资企业法》、《中华人民共和国矿产资源法》及其它法律、行政法规，制定本办法。",
]

#: github.com/LawRefBook/Laws @ 2f4c5c23, 行政法规/残疾人专用品免征进口税收暂行规定(1997-04-10).md
_DISABILITY_IMPORTS = [
    "# 残疾人专用品免征进口税收暂行规定",
    "",
    "1997年1月22日 国务院批准\u3000",
    "",
    "1997年4月10日 海关总署第61号令发布\u3000",
    "",
    "<!-- INFO END -->",
    "",
    "第一条 为了支持残疾人康复工作，有利于残疾人专用品进口，制定本规定。",
]


def test_the_organs_alone_after_the_date() -> None:
    doc = quoted_doc(_ADVERTISING)
    assert doc.title == "广告管理条例"
    assert doc.date == "1987-10-26"
    assert doc.issuers == ["国务院"]
    assert doc.doc_number is None


def test_joint_organs_a_space_apart_then_the_amendments() -> None:
    doc = quoted_doc(_VEHICLES)
    assert doc.title == "道路运输车辆动态监督管理办法"
    assert doc.date == "2014-01-28"
    assert doc.issuers == ["交通运输部", "公安部", "国家安全生产监督管理总局"]


def test_an_order_number_before_its_word_without_a_verb() -> None:
    doc = quoted_doc(_WILDLIFE)
    assert doc.title == "野生动物及其制品价值评估方法"
    assert doc.date == "2017-10-25"
    assert doc.doc_number == "国家林业局第46号令"
    assert doc.issuers == ["国家林业局"]


def test_an_order_note_wrapped_over_two_lines() -> None:
    """'…第2次部务会议' / '《自然资源部关于…的决定》第三次修正）': the second line closes a
    bracket it never opened, no title of its own."""
    doc = quoted_doc(_MINES)
    assert doc.title == "矿山地质环境保护规定"
    assert doc.date == "2009-03-02"
    assert doc.doc_number == "国土资源部令第44号"
    assert doc.issuers == ["国土资源部"]


def test_an_order_note_with_a_notice_number_in_brackets_inside() -> None:
    doc = quoted_doc(_DOCTORS)
    assert doc.title == "外国医师来华短期行医暂行管理办法"
    assert doc.date == "1992-10-07"
    assert doc.doc_number == "卫生部令第24号"
    assert doc.issuers == ["卫生部"]


def test_a_joint_order_numbered_within_its_year() -> None:
    """'交通运输部 国家发展改革委令2012年第6号公布': the spaces part the two organs."""
    doc = quoted_doc(_SHORELINE)
    assert doc.title == "港口岸线使用审批管理办法"
    assert doc.date == "2012-05-22"
    assert doc.doc_number == "交通运输部国家发展改革委令2012年第6号"
    assert doc.issuers == ["交通运输部", "国家发展改革委"]


def test_the_state_councils_approval_before_the_ministrys_issue() -> None:
    """'(1999年7月10日国务院批准　1999年8月1日某委发布　根据…修订)': the day the ministry
    issued the text, the ministry its issuer (the approval is not the text's day)."""
    doc = quoted_doc(_PRICES)
    assert doc.title == "价格违法行为行政处罚规定"
    assert doc.date == "1999-08-01"
    assert doc.issuers == ["国家发展计划委员会"]


def test_the_approval_and_the_issue_without_brackets() -> None:
    """The same on a line of its own without brackets, the later revisions under it."""
    doc = quoted_doc(_YANGTZE)
    assert doc.date == "1983-04-20"
    assert doc.issuers == ["交通部"]


def test_the_notice_that_published_it_named_as_such() -> None:
    """'…交安监发〔1995〕1180号文公布': the notice's 文号 and its day."""
    doc = quoted_doc(_BEACONS)
    assert doc.title == "海区航标动态通报管理办法"
    assert doc.date == "1995-12-13"
    assert doc.doc_number == "交安监发〔1995〕1180号"


def test_the_day_and_the_order_on_a_line_without_brackets() -> None:
    """'2017年11月22日 中华人民共和国国务院令第692号': the order's number without its day, the
    organ without the day's month (no '11月22日中华人民共和国国务院')."""
    doc = quoted_doc(_COUNTER_ESPIONAGE)
    assert doc.title == "中华人民共和国反间谍法实施细则"
    assert doc.date == "2017-11-22"
    assert doc.doc_number == "中华人民共和国国务院令第692号"
    assert doc.issuers == ["中华人民共和国国务院"]


def test_a_joint_approval_over_a_joint_order() -> None:
    """'1989年10月4日 国务院、中央军委批准' over '1989年11月17日 民政部、总后勤部令第1号发布':
    the order's day and its two organs."""
    doc = quoted_doc(_SUPPLY_STATIONS)
    assert doc.date == "1989-11-17"
    assert doc.doc_number == "民政部、总后勤部令第1号"
    assert doc.issuers == ["民政部", "总后勤部"]


def test_a_meeting_that_discussed_and_adopted_it() -> None:
    """'2001年9月10日 最高人民检察院第九届检察委员会第九十六次会议讨论通过': the adoption's day
    and the procuratorate (a sentence of minutes, '…常务会议,…会议讨论通过了…', is none: the
    corpus's minutes keep their outputs)."""
    doc = quoted_doc(_TRANSFERS)
    assert doc.title == "人民检察院办理行政执法机关移送涉嫌犯罪案件的规定"
    assert doc.date == "2001-09-10"
    assert doc.issuers == ["最高人民检察院"]


def test_a_courts_meeting_then_the_day_its_announcement_published_it() -> None:
    """'（…审判委员会第1421次会议通过 2008年4月17日最高人民法院公告公布 自…起施行）': the
    day of the 公告 that published it (the meeting prints no day)."""
    doc = quoted_doc(_SERVICE_TAIWAN)
    assert doc.title == "最高人民法院关于涉台民事诉讼文书送达的若干规定"
    assert doc.date == "2008-04-17"
    assert doc.issuers == ["最高人民法院"]


def test_an_order_number_first_and_no_day_of_its_own() -> None:
    """'（…国家旅游局令第44号公布　《导游管理办法》已经2017年10月16日…会议审议通过，…）': the
    order's number and organ; no day (the meeting's adopted the text; the order's is not
    printed)."""
    doc = quoted_doc(_GUIDES)
    assert doc.title == "导游管理办法"
    assert doc.doc_number == "中华人民共和国国家旅游局令第44号"
    assert doc.issuers == ["中华人民共和国国家旅游局"]
    assert doc.date is None


def test_a_joint_order_numbered_within_its_year_alone_in_brackets() -> None:
    """'（国家林业局 国家档案局令 2013年第33号）': both organs, as the spaces part them."""
    doc = quoted_doc(_FOREST_ARCHIVES)
    assert doc.doc_number == "国家林业局国家档案局令2013年第33号"
    assert doc.issuers == ["国家林业局", "国家档案局"]


def test_the_approval_and_its_own_number_before_the_order() -> None:
    """'(1991年10月4日国务院批准　国函〔1991〕66号　1991年12月6日卫生部令第17号发布…)': the
    order's day and number, the approval's 文号 none of the text's."""
    doc = quoted_doc(_EPIDEMICS)
    assert doc.date == "1991-12-06"
    assert doc.doc_number == "卫生部令第17号"
    assert doc.issuers == ["卫生部"]


def test_a_joint_orders_year_in_chinese_figures() -> None:
    """'（2008年7月18日商务部、国土资源部令二○○八年第4号公布…）'."""
    doc = quoted_doc(_FOREIGN_PROSPECTING)
    assert doc.date == "2008-07-18"
    assert doc.doc_number == "商务部、国土资源部令二○○八年第4号"
    assert doc.issuers == ["商务部", "国土资源部"]


def test_an_order_numbered_before_its_word_names_its_organ() -> None:
    """'1997年4月10日 海关总署第61号令发布' under the approval: the day, the number, the organ."""
    doc = quoted_doc(_DISABILITY_IMPORTS)
    assert doc.date == "1997-04-10"
    assert doc.doc_number == "海关总署第61号令"
    assert doc.issuers == ["海关总署"]


def test_a_date_alone_in_brackets_under_the_title_as_before() -> None:
    """Guard: a gazette's date in brackets under the title ('(二OO五年七月六日)', tests/corpus)
    dates the notice, no part of its title, before and after this rule."""
    doc = corpus_doc(
        "gazette-item/zhejiang-lishui-jingning-2005-tankeng-yimin-dongqian-jihua-tongzhi-fymate-page.txt"
    )
    assert (
        doc.title
        == "景宁畲族自治县人民政府关于下达滩坑水电站景宁库区移民第二动迁(水平)年动迁安置计划的通知"
    )
    assert doc.date == "2005-07-06"
