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
- a recruitment site's headline that counts the posts ('…考试公告(360人)', '…300人公告',
  '…招聘公告【招3人】') over the document's own title: the own title, the count no part of it;
- who attended, under a meeting's headline ('某某出席并讲话'): no line of the title;
- a site's banner of its government over a title that opens with its issuer ('某市人民政府' /
  '某市自然资源局行政处罚决定书(…号)'): no part of the title, no issuer;
- a paper's column in brackets over its item ('【新闻发布厅】'): no title;
- a decision run onto one line after its title again and its 文号 ('…行政处罚决定书 安市监罚
  〔2023〕152号 当事人:… 2023年04月18日,本局对…'): the day of the text dates nothing (a day
  beside the number, as a record prints it, still does);
- a paper's reporter after the headline, a space between, the lead crediting the same name
  ('…第一次全体会议 于伟主持 王伶雅' / '本报讯 (记者 王伶雅)…'): the byline, not the title's;
- a headline that ends on the name of the document it is about ('国务院新闻办公室举行吹风会
  解读《政府工作报告》'): no issuer from the organ it opens with.

Expected values read off the quoted lines by hand. Each test fails on the code before its rule
(the party line as the title; '行政处罚决定书湘' and '(岳)…'; the count kept; '01招聘计劃' as
the title; the headline as the issuer; the stamp, the widgets or the weather run onto the
title; the credit as the title; 国务院 as the issuer; the counted headline as the title;
the subheadline, the banner or the column in the title; the day of the sampling as the
date; the reporter's name in the title). The helpers copied the pages from the
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


#: http://ldmfl.com/html/gdzk/qinghai/202212/88_554007.html
_COUNTED_HEADLINE = [
    "2023年青海省常規(guī)選調(diào)生考試公告(360人)",
    "青海省2023年常規(guī)選調(diào)生選調(diào)公告",
    "選調(diào)應屆優(yōu)秀大學畢業(yè)生到基層培養(yǎng)鍛煉,是黨中央著眼干部隊伍長遠發(fā)展實施的一項戰(zhàn)略舉措。為貫徹落實黨中央、省委關于選調(diào)生工作要求,進一步加強我省干部隊伍源頭建設,大力發(fā)現(xiàn)儲備優(yōu)秀年輕干部,決定2023年常規(guī)選調(diào)應屆優(yōu)秀大學畢業(yè)生到縣鄉(xiāng)基層工作?,F(xiàn)將有關事項公告如下。",
    "一、選調(diào)對象及職位安排",
    "計劃從全國普通高等院校常規(guī)選調(diào)2023屆全日制大學本科及以上學歷(取得相應學位)的優(yōu)秀畢業(yè)生(含少數(shù)民族高層次骨干人才計劃碩士及博士研究生)360名(見附件1),選調(diào)數(shù)量男女保持平衡。",
]

#: http://zwmscp.com/index.php?c=article&m=view&tid=659183
_COUNT_BEFORE_KIND = [
    "遼寧",
    "2025年遼寧選調應屆優(yōu)秀大學畢業(yè)生300人公告",
    "http://www.zwmscp.com 2024-12-17 10:28 來源:遼寧人事考試網(wǎng)",
    "遼寧省2025年度選調應屆優(yōu)秀大學畢業(yè)生工作公告",
    "為進一步加強干部隊伍源頭建設,優(yōu)化千部隊伍來源結構吸引儲備適應遼寧振興發(fā)展需要的高素質專業(yè)化干部人才,現(xiàn)就遼寧省2025年度選調應屆優(yōu)秀大學畢業(yè)生工作有關事宜公告如下。",
    "一、選調計劃和范圍",
    "1.沈陽市、大連市的縣(市)直機關和鞍山等其他12個地級市市直機關崗位計劃選調90人,具體崗位計劃見附件1,選調范圍包含附件4中4-1所列高校應屆優(yōu)秀畢業(yè)生和4-2所列高校法學類專業(yè)碩士研究生及以上學歷且本科也為法學類專業(yè)應屆優(yōu)秀畢業(yè)生。",
]

#: http://pureblissliving.com/pQ2XmYOE6S/kszx/gonggao/190160.html?page=2
_COUNT_IN_BRACKETS = [
    "2015广东中山市政务服务管理办公室事业单位招聘公告【招3人】",
    "(二)面试",
    "1、按照招聘人数与应聘人数1:5的比例确定进入面试人选数量,由到低分顺序确定面试对象,面试人数如果达不到设定的比例的,按实际符合面试条件的人数进行。",
]

#: https://gongtong1688.com/www/public/21981/50334670
_SUBHEADLINE = [
    "市十七届人民政府第三次全体(扩大)会议",
    "",
    "马军出席并讲话",
    "",
    "发布时间:2023-01-12 17:24 来源: 蚌埠市人民政府 浏览量: 【字体:   打印",
    "",
    "",
    "",
    "    1月11日上午,市十七届人民政府第三次全体(扩大)会议在市行政办公中心一楼大会议厅召开,贯彻落实市“两会”精神,分解2023年市政府工作目标任务,进一步统一思想、坚定信心,确保实现首季“开门红”,为坚决完成今年政府工作各项任务开好头、起好步。市长马军出席并讲话,市领导葛锐、聂冬、吴永彬、张铭、潘君齐,市政府秘书长刘宗文参加。",
]

#: http://183.224.149.34:18080/info/2425/113533.htm
_BANNER_OVER_TITLE = [
    "文山市人民政府",
    "",
    "文山市自然资源局行政处罚决定书(文市自然资决字〔2023〕第11号)",
    "",
    "信息来源:市自然资源局     发布日期:2023年08月23日     点击:    ",
    "[字体: ]",
    "",
    "",
    "文山某公司:",
    "",
]

#: https://epaper.neamco.com/gmrb/html/2017-03/07/nw.D110000gmrb_20170307_1-04.htm
_PAPER_COLUMN = [
    "【新闻发布厅】",
    "3月6日10时,十二届全国人大五次会议新闻中心举行记者会,国家发改委主任何立峰,副主任张勇、宁吉喆就“经济社会发展与宏观调控”的相关热点问题回答中外记者提问。",
    "经济发展:文武之道,一张一弛",
    "“文武之道,一张一弛。”对于“去年6.7%的经济增速创26年来新低,有些专家学者对中国经济前景表示担忧”这一问题,何立峰用这句中国古语来回答。他说:“我国的经济增长从原来的高速向中高速转变,是逐步缓慢回落,每一年经济增量和上一年的经济增量相比,都是增加的,这为深化供给侧结构性改革创造了一个很好的环境和条件。”",
]


#: http://anhua.gov.cn/16/61/62/64/content_1796896.html (its first three lines: the third,
#: the whole decision run onto one line, cut by the page store)
_FLATTENED_DECISION = [
    "安化县市场监督管理局 行政处罚决定书 安市监罚〔2023〕152号",
    "作者: 发布时间:2023-07-11 10:40 信息来源: 安化县市场监督管理局 浏览数:",
    "安化县市场监督管理局 行政处罚决定书 安市监罚〔2023〕152号 当事人:安化县谌建容食品店 主体资格证照名称:营业执照 统一社会信用代码:92430923MA4NFMLU61 经营场所:安化县烟溪镇向东路 经营者:谌** 身份证件号码:4323261968062***** 联系方式:1378670**** 2023年04月18日,本局对当事人经营的“小花片(糕点)”进行了国家食品安全抽样检验。2023年5月12日,经湖南山水检测有限公司检验并出具《检验报告》(NO:FJ2301611),显示上述“小花片(糕点)”,经抽样检验,糖精钠(以糖精计)项目不符合GB 2760-2014《食品安全国家标准 食品添加剂使用标准》要求,标准指标不得检出,实测值0.0482,检验结论为不合格。 2023年5月16日,本局向当事人送达上述《检验报告》、《国家食品安全抽样检验结果通知书》以及《国家食品安全抽样检验复检和异议须知》,当事人收到《检验报告》后,对检验结果没有异议,未提出复检申请。 经查,“小花片(糕点)”是当事人于2023年03月09日从安化县胜宜糕点加工坊购进,数量15包(5斤/包),进购价23元/包,进购金额345元。至本局调查时止,当事人以30元/包的价格售出5包,以8元/斤的价格散装售出50斤,无库存。销售金额共计550元,获利205元。 上述事实,主要有以下证据证明: 证据一,当事人提供的《营业执照》、《食品经营许可证》、经营者居民身份证复印件各一份,证明当事人主体资格和经营者身份情况。 证据二,当事人提供的《授权委托书》一份,受托人居民身份证复印件一份,证明当事人授权受托人陈述事实、提供证据、接受法律文书等事项的事实。 证据三,湖南山水检测有限公司提供的《",
]


#: https://m.yybnet.net/chengdu/jianyang/201610/5747919.html (its first three lines)
_REPORTER_AFTER_HEADLINE = [
    "市十六届人大常委会第二十七次会议举行第一次全体会议 于伟主持 王伶雅",
    "本报讯 (记者 王伶雅) 昨日,市十六届人大常委会第二十七次会议举行第一次全体会议。市人大常委会主任于伟主持会议。",
    "会议听取了《成都市城市综合管理条例(草案)》、《成都市历史建筑保护条例(草案)》有关情况汇报,市政府关于成都市行政规范性文件备案审查工作情况、2016年大气污染防治工作情况的报告,市政府关于提请审议成都市与老挝琅勃拉邦省建立国际友好市省关系的议案的说明;听取了市人大常委会代表资格审查委员会关于成都市第十六届人民代表大会个别代表的代表资格的审查报告(草案)、主任会议关于《成都市人民代表大会常务委员会关于简阳市补选成都市第十六届人民代表大会代表名额和选举时间的决定(草案)》的说明。会议还听取了有关人事事项的说明,拟任命同志作任职陈述。常委会组成人员将分组对上述议题进行审议。",
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


def test_a_headline_that_counts_the_posts_is_the_site_s() -> None:
    assert quoted_doc(_COUNTED_HEADLINE).title == "青海省2023年常規選調生選調公告"
    assert quoted_doc(_COUNT_BEFORE_KIND).title == "遼寧省2025年度選調應屆優秀大學畢業生工作公告"
    assert quoted_doc(_COUNT_IN_BRACKETS).title == "广东中山市政务服务管理办公室事业单位招聘公告"


def test_who_attended_is_no_line_of_the_title() -> None:
    assert quoted_doc(_SUBHEADLINE).title == "市十七届人民政府第三次全体(扩大)会议"


def test_a_site_s_banner_over_a_title_that_names_its_issuer() -> None:
    doc = quoted_doc(_BANNER_OVER_TITLE)
    assert doc.title == "文山市自然资源局行政处罚决定书"
    assert doc.issuers == ["文山市自然资源局"]
    assert doc.doc_number == "文市自然资决字〔2023〕第11号"


def test_a_paper_s_column_in_brackets_is_no_title() -> None:
    assert quoted_doc(_PAPER_COLUMN).title == ""


def test_a_day_of_the_text_run_on_after_the_title_again_does_not_date_it() -> None:
    doc = quoted_doc(_FLATTENED_DECISION)
    assert (doc.title, doc.doc_number) == (
        "安化县市场监督管理局行政处罚决定书",
        "安市监罚〔2023〕152号",
    )
    assert doc.date is None  # ('2023年04月18日,本局对当事人…': the day of the sampling)


def test_a_reporter_after_the_headline_is_the_byline() -> None:
    issue = quoted_issue(_REPORTER_AFTER_HEADLINE)
    assert issue.documents[0].title == "市十六届人大常委会第二十七次会议举行第一次全体会议于伟主持"
    assert [(r.line, r.text, r.why) for r in issue.removed if r.why == "byline"][:1] == [
        (1, "王伶雅", "byline")
    ]
