"""Heads as the fifth probe of pages not in the corpus showed them (policy readings, calls
for comments, penalty decisions, recruitment notices, 任前公示 and 常务会议 news; stored public
pages, each quoted as the search tool's pages corpus returned it, its address above it; the
lines after the quoted ones left out), each read right by a rule for the kind of text:

- a decision's field of the party it is served on, or a record's field of what it names
  ('当事人:某某公司', '处罚主体名称:某某公司'): no title;
- a decision's title with its 文号 run on, its code holding a place's short name in brackets
  ('行政处罚决定书湘(岳)文执罚网字〔2021〕第012号'): the title, and the whole 文号;
- a recruitment site's count after a title in 名 ('…遴选公务员公告(2名)'): the site's, as '(N人)';
- a section's number padded with a zero and glued to its short heading ('01招聘计划'): no title;
- a news headline over its posting time and agency ('2019-03-15 20:47 來源: 新華社'): no
  signature (a count of places, '…共修改83处', names no office);
- the time posted and the outlet under a headline ('2019年03月05日 13:58 中国网'), a page's
  widgets (its share prompt '微信扫一扫 ×', its audio player '收听本文 00:00/00:00', its weather
  '上海 22℃ 0') and a picture's credit ('某某办供图'): none of them part of a title or one;
- a headline that ends on the name of the document it is about ('国务院新闻办公室举行吹风会
  解读《政府工作报告》'): no issuer from the organ it opens with.

Expected values read off the quoted lines by hand. Each test fails on the code before its rule
(the party line as the title; '行政处罚决定书湘' and '(岳)…'; the count kept; '01招聘计劃' as
the title; the headline as the issuer; the stamp, the widgets or the weather run onto the
title; the credit as the title; 国务院 as the issuer). The helpers copied the pages from the
search tool's answers by hand: a slip in a body line cannot be ruled out.
"""

from __future__ import annotations

from gongbao.docnumber import find_doc_number
from tests.structure.corpus_pages import quoted_doc, quoted_issue

#: http://www.qingtian.gov.cn/art/2021/6/23/art_1229392724_483269.html
_NUMBER_OVER_PARTY = [
    "丽环(青)罚[2021]4号",
    "当事人:浙江青田康信机械有限公司",
    "法定代表人:周超丰",
    "地 址:浙江青田县东源镇第一工业园区A15号",
    "2021年3月29日晚,丽水市生态环境局交叉执法检查组执法人员对该公司开展执法检查,检查时,该公司正在生产,焙烧工序配套的废气处理设施为“碱液喷淋+布袋除尘”,由于废气收集管理堵塞,造成负压不够,导致部分焙烧废气从焙烧炉门缝溢出,部分焙烧废气无组织排放。",
]

#: http://www.ad8.net/archives/856
_RECORD_OF_A_PENALTY = [
    "处罚主体名称:杭州思服文化创意有限公司",
    "决定处罚文号:杭余市监处罚〔2024〕43号",
    "处罚事由:经营者利用广告或者其他方法,对商品作引人误解的虚假宣传(广告违法行为)",
    "处罚结果:当事人的行为违反了《中华人民共和国广告法》第二十八条第一款:“ 广告以虚假或者引人误解的内容欺骗、误导消费者的,构成虚假广告”;《中华人民共和国广告法》第二十八条第二款:“ 广告有下列情形之一的,为虚假广告:(五)以虚假或者引人误解的内容欺骗、误导消费者的其他情形。”的规定,属发布虚假广告的违法行为。依据《中华人民共和国广告法》第五十五条,“违反本法规定,发布虚假广告的,由市场监督管理部门责令停止发布广告,责令广告主在相应范围内消除影响,处广告费用三倍以上五倍以下的罚款,广告费用无法计算或者明显偏低的,处二十万元以上一百万元以下的罚款;两年内有三次以上违法行为或者有其他严重情节的,处广告费用五倍以上十倍以下的罚款,广告费用无法计算或者明显偏低的,处一百万元以上二百万元以下的罚款,可以吊销营业执照,并由广告审查机关撤销广告审查批准文件、一年内不受理其广告审查申请”的规定,责令广告主在相应范围内消除影响,并处罚款人民币叁仟贰佰元(3200元)整,上缴国库。",
    "处罚决定日期:2024-01-23",
    "处罚金额:3200.00元",
    "处罚机关:杭州市余杭区市场监督管理局",
]

#: https://wlgd.yueyang.gov.cn/58628/58645/58669/content_1963791.html
_TITLE_RUN_ONTO_NUMBER = [
    "当前位置: 首页 > 手机版 > 行业管理 > 行政执法工作",
    "",
    "行政处罚决定书湘(岳)文执罚网字〔2021〕第012号",
    "",
    "事    人:******网咖",
    "",
    "法 定 代 表 人:柳**",
    "",
    "住  所(住 址):岳阳市***区***路   ",
]

#: http://m.acqualinasunnyislesbeach.com/news/20200330/977324.html
_COUNT_IN_NAMES = [
    "2020上半年宜賓市委政策研究室遴選公務(wù)員公告(2名)",
    "根據(jù)《公務(wù)員公開遴選辦法(試行)》《宜賓市市級(jí)機(jī)關(guān)面向基層公開遴選公務(wù)員試行辦法》等有關(guān)規(guī)定,市委政研室決定在宜賓市范圍內(nèi)公開遴選2名公務(wù)員,現(xiàn)將有關(guān)事項(xiàng)公告如下。",
    "一、遴選職位",
]

#: http://m.victorianladytea.com/info/s276972f4d44c260
_PADDED_SECTIONS = [
    "因工作需要,根據(jù)《四川省公安機關(guān)警務(wù)輔助人員管理辦法》相關(guān)規(guī)定,三臺縣公安局決定面向社會公開招聘警務(wù)輔助人員(以下簡稱輔警)?,F(xiàn)將有關(guān)事項公告如下:",
    "01招聘計劃",
    "此次計劃招聘一線執(zhí)勤輔警60名,限男性報考。根據(jù)《四川省公安機關(guān)警務(wù)輔助人員管理辦法》規(guī)定:“警務(wù)輔助人員是指根據(jù)社會治安形勢和公安工作實際需要,面向社會公開招聘,為公安機關(guān)日常運轉(zhuǎn)和警務(wù)活動提供輔助支持的人員”“警務(wù)輔助人員不具有人民警察身份”。",
    "02招聘條件",
    "(一)基本條件",
    "山西公務(wù)員",
]

#: http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2019-03/15/content_5374165.htm
_HEADLINE_OVER_BYLINE = [
    "EN",
    "https://www.gov.cn/",
    "",
    "政府工作報告吸收代表委員意見共修改83處",
    "",
    "2019-03-15 20:47 來源: 新華社",
    "字號:默認 超大 | 打印 |",
    "",
    "新華社北京3月15日電(記者 趙文君)國新辦15日舉行解讀政府工作報告修訂情況吹風會,政府工作報告起草組成員、國務院研究室副主任郭瑋表示,政府工作報告獲得高票通過,得到了代表委員的高度認可,代表了社會各界的共同意願。",
]

#: https://finance.sina.com.cn/china/gncj/2019-03-05/doc-ihsxncvf9974120.shtml
_HEADLINE_OVER_STAMP = [
    "《政府工作报告》起草组负责人:今年政策干货满满",
    "",
    "《政府工作报告》起草组负责人:今年政策干货满满",
    "2019年03月05日 13:58 中国网",
    "《政府工作报告》起草组负责人、国务院研究室主任黄守宏 中国网 李佳《政府工作报告》起草组负责人、国务院研究室主任黄守宏 中国网 李佳",
    "",
]

#: http://www.12371.cn/2012/11/12/ARTI1352717641640336.shtml
_HEADLINE_OVER_WIDGETS = [
    "手机版",
    "1 1 1",
    "",
    "中国民生领域工作情况记者招待会(文字实录)",
    "",
    "共产党员网 打印 纠错",
    "微信扫一扫 ×",
    "收听本文 00:00/00:00",
    "",
]

#: https://daluzixun.com/news/1703214750755894
_HEADLINE_OVER_WEATHER = [
    "市人大常委會會議下周舉行將審議相關報告草案、表決人事任免案等",
    "",
    "上海 22℃ 0",
    "摘要:",
    "",
    "  記者王海燕",
    "",
    "  市十六届人大常委會昨天舉行第十六次主任會議,决定市十六届人大常委會第九次會議於12月27日至28日舉行。",
]

#: http://www.pos111.cn/zfxxgkml/mxrmzf/qt/cwhy/content/post_2612792.html
_PICTURE_CREDIT = [
    "1月11日上午,區委副書記、區長王鋒主持召開區政府黨組(擴大)會議和區政府常務會議,深入學習貫徹習近平總書記近期系列重要講話精神,傳達省市相關會議、文件精神,研究審議有關事項。",
    "",
    "區委新聞辦供圖",
    "會議強調,各級各部門要深入貫徹落實習近平總書記近期系列重要講話精神,深刻領會其核心要義和實踐要求,深刻領悟“兩個確立”的決定性意義,自覺從講政治的高度謀劃工作、推動發展。",
]

#: http://cnews.chinadaily.com.cn/2016-03/19/content_23959335_5.htm
_HEADLINE_ABOUT_A_REPORT = [
    "16-3-19新闻和报纸摘要全文",
    "",
    "来源:央广网",
    "2016-03-19 07:00:00",
    "",
    "  国务院新闻办公室举行吹风会 解读《政府工作报告》",
    "",
    "  央广网北京3月19日消息(记者 潘毅)据中国之声《新闻和报纸摘要》报道,国务院新闻办公室昨天举行吹风会,国务院研究室信息司司长、政府工作报告起草组成员刘应杰解读了《政府工作报告》有关情况。",
]


def test_a_party_s_field_is_no_title() -> None:
    assert quoted_doc(_NUMBER_OVER_PARTY).title == ""
    assert quoted_doc(_NUMBER_OVER_PARTY).doc_number == "丽环(青)罚[2021]4号"
    assert quoted_doc(_RECORD_OF_A_PENALTY).title == ""


def test_a_title_run_onto_a_number_whose_code_brackets_a_place() -> None:
    doc = quoted_doc(_TITLE_RUN_ONTO_NUMBER)
    assert (doc.title, doc.doc_number) == ("行政处罚决定书", "湘(岳)文执罚网字〔2021〕第012号")
    # (a code with a bracketed part of two characters, cited in a mirror's text:
    # mirror-noise/guangdong-jiangmen-jianghai-2018-…, read by hand)
    cited = "本局發出了《行政處罰告知書》(江海國土(執法)處告字〔2018〕14號)"
    assert find_doc_number(cited) == "江海國土(執法)處告字〔2018〕14號"


def test_a_count_in_names_after_a_title_is_the_site_s() -> None:
    assert quoted_doc(_COUNT_IN_NAMES).title == "2020上半年宜賓市委政策研究室遴選公務員公告"


def test_a_padded_section_number_is_no_title() -> None:
    assert quoted_doc(_PADDED_SECTIONS).title == ""


def test_a_headline_over_its_posting_time_signs_nothing() -> None:
    doc = quoted_doc(_HEADLINE_OVER_BYLINE)
    assert doc.issuers == []
    assert doc.signature == []


def test_the_stamp_and_the_page_s_widgets_are_no_part_of_the_title() -> None:
    issue = quoted_issue(_HEADLINE_OVER_STAMP)
    assert issue.documents[0].title == "《政府工作报告》起草组负责人:今年政策干货满满"
    assert issue.meta.published == "2019-03-05"  # (the page's posting time, not the date)
    assert issue.documents[0].date is None
    assert quoted_doc(_HEADLINE_OVER_WIDGETS).title == "中国民生领域工作情况记者招待会(文字实录)"
    assert (
        quoted_doc(_HEADLINE_OVER_WEATHER).title
        == "市人大常委會會議下周舉行將審議相關報告草案、表決人事任免案等"
    )


def test_a_picture_s_credit_is_no_title() -> None:
    assert quoted_doc(_PICTURE_CREDIT).title == ""


def test_a_headline_about_a_report_names_no_issuer() -> None:
    assert quoted_doc(_HEADLINE_ABOUT_A_REPORT).issuers == []
