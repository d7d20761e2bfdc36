"""Forms of text that the second and third probes of pages not in the corpus showed (stored
public pages, each quoted as the search tool's pages corpus returned it, its address above it;
lines left out are said), each read right by a rule for the kind of text:

- a law database's page cut inside the entry it printed next, under the last entry's download
  link ('下载地址: 点击此处下载' / '宁波'): the words the page kept open no second document;
- a news agency's dateline and its note of authorised publication before a text it carries
  ('新华社北京8月31日电' / '(授权发布)全国人民代表大会常务委员会公告'), on a line of its own or
  inside a repost's flattened line: neither is part of the title;
- the links to the articles before and after as a list's items ('- ·上一篇文章:某某方案'): the
  site's navigation, no title;
- a betting site's words spliced into a title where its 关于 or its place stood ('365体育比分:',
  '申博信用网,申博sunbet官网', '现金网投注站市…'): taken out, a lost place masked;
- a site's path of units as its 发布机构 ('某市人民政府->某市人社局'): the unit, its last step;
- a site's headline of a budget's publication ('某乡人民政府2024年度决算公开') over the
  document's own title in other words, on the next line (hard-wrapped or not): the document's;
- a budget's part ordinal alone on its line, the part's name under it ('第一部分' / '某局部门
  (汇总)概况'): no title; the unit named by it is the issuer;
- an essay site's bare year before a title's 关于 ('2022关于某县…的通报'): no part of it;
- an order's line and number over the rules' title and their first article, no promulgation
  printed: titled by the rules;
- a site's stamp of the day it posted a page ('2018-02-14') under a headline that is no title:
  the page's day, no date of the document;
- a compilation's cover over the title of a text in it ('某某会议' / '规章制度汇编' / '某某章程'):
  no part of the title;
- a record's 发布机构 by its level alone ('县政府办公室'), the byline crediting it with its place
  ('来源:苍南县人民政府办公室'): the credited name;
- a site's column by its year alone over the title, a blank line between ('2019年' / '' /
  '区政协…提案的答复函《…》'): no part of a title of a kind no year titles;
- a journal's abstract of a 红头 run onto one line under its mark ('<正>某省人民政府文件某政发
  [2021]19号各市人民政府,…:根据…'): the mark goes, the 文号 and the 主送 apart, the 标志's
  government the issuer;
- what a site puts before a title: a database's long id ('2022110103林业局…'), an essay
  site's piece number ('第1篇 某某工作报告'), a forum's place in brackets ('[内蒙古] 2024年…'),
  and after it, '范文'; an essay site's notice for study only and a page's reading time on
  lines of their own; an e-paper's page ('第一版') and a news app's reporter ('羊城派记者 某某'):
  none of them a title or part of one;
- a 文号 with the day after it on one line, over the 主送 of a notice the page printed without
  its signature ('某府办发〔2022〕38号 2022年9月27日'): the day is the document's date;
- joint issuers by their customary short forms ('省发改委', '省住建厅'), signing by their full
  names: each organ once, by its full name;
- a leading group's office named over two lines above the date, a blank line between or not,
  its first line holding its year or a list of what it names ('某街道新型冠状病毒肺炎' / '' /
  '疫情防控工作领导小组办公室', '某省2020年全国劳动模范和先进工作者' / '评选推荐工作领导小组办公室'):
  one signer, the issuer;
- 任免 news that runs several envoys after one 任命 ('任命甲为驻A大使、乙驻B大使、…'): no fact
  of one person holding all the posts, told as unclear (no person is envoy to two countries
  but besides, '兼驻…');
- a list's items by their labels over the signature ('第七组:某区某局'): no signers;
- a repost's '原标题:' naming a document under a headline that names none ('某某通过率某某是什么
  …'): the document's title, and the issuer it names;
- a military district among joint issuers ('中共某省委 某省人民政府 某省军区'): an issuer;
- a 文号 alone under a record's bulleted field left empty ('• 來源:'): the text's 文号.

Expected values read off the quoted lines by hand. Each test fails on the code before its rule
(a second, empty document; '(授权发布)' and the dateline opening the title; the navigation
line as the title; the advertisements kept; the path as the issuer; headline and title joined;
the part's name as the title; the year kept; '某市人民政府令' as the title; the stamp as the
date; the cover joined to the title; the placeless name; the year joined to the title; no
文号 nor issuer in the abstract; the site's words as or in the title; no date; issuers twice;
a leading group's name cut to its second line or lost; eleven envoys' posts as one man's;
listed units as signers; the spam headline as the title; one issuer of three; no 文号). Some
pages were copied from the search tool's answer by a helper by hand: a slip in a body line
cannot be ruled out (one page, the 黄山 report's, was searched again and its quoted lines
match the answer).
"""

from __future__ import annotations

from tests.structure.corpus_pages import quoted_doc, quoted_issue

#: http://law735.infoeach.com/view-NzM1fDEzNDk5MA==.html (its numbered items, lines 23–28,
#: left out)
_CUT_AFTER_DOWNLOAD = [
    "热门站点| 世界资料网 | 专利资料网 | 世界资料网论坛",
    "收藏本站| 设为首页| 首页",
    "",
    "关于中央国家机关住宅专项维修资金交存有关问题的补充通知",
    "",
    "作者:法律资料网 时间:2024-07-12 11:58:51  浏览:8012   来源:法律资料网",
    "下载地址: 点击此处下载",
    "",
    "关于中央国家机关住宅专项维修资金交存有关问题的补充通知",
    "",
    "国务院机关事务管理局",
    "",
    "",
    "关于中央国家机关住宅专项维修资金交存有关问题的补充通知",
    "",
    "国机房改〔2011〕236号",
    "",
    "",
    "中央国家机关各部门、各单位:",
    "",
    "根据《中央国家机关住宅专项维修资金管理办法》(国管房改〔2008〕346号)、《关于中央国家机关住宅专项维修资金交存标准问题的通知》(国机房改〔2009〕45号)等文件规定,现就中央国家机关职工住宅配售过程中住宅专项维修资金交存有关问题通知如下:",
    "",
    "特此通知。",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "二○一一年十一月四日",
    "",
    "下载地址: 点击此处下载",
    "",
    "宁波",
]


#: http://news.hebei.com.cn/system/2014/08/31/013893793.shtml
_DATELINE_IN_FLATTENED_LINE = [
    "全国人民代表大会常务委员会关于设立烈士纪念日的决定",
    "原标题:全国人民代表大会常务委员会关于设立烈士纪念日的决定 新华社北京8月31日电 (授权发布)全国人民代表大会常务委员会关于设立烈士纪念日的决定 (2014年8月31日第十二届全国人民代表大会常务委员会第十次会议通过) 近代以来,为了争取民族独立和人民自由幸福,为了国家繁荣富强,无数的英雄献出了生命,烈士的功勋彪炳史册,烈士的精神永垂不朽。为了弘扬烈士精神,缅怀烈士功绩,培养公民的爱国主义、集体主义精神和社会主义道德风尚,培育和践行社会主义核心价值观,增强中华民族的凝聚力,激发实现中华民族伟大复兴中国梦的强大精神力量,第十二届全国人民代表大会常务委员会第十次会议决定: 将9月30日设立为烈士纪念日。每年9月30日国家举行纪念烈士活动。 (来源:新华社) |",
    "关键词:烈士,全国人民代表大会常务委员会,第十二届,社会主义道德,核心价值 |",
    "责任编辑:jockbang",
]

#: http://guiyang.baogaosu.com/xinwen/%E5%85%A8%E5%9B%BD%E4%BA%BA%E6%B0%91%E4%BB%A3%E8%A1%A8%E5%A4%A7%E4%BC%9A%E5%B8%B8%E5%8A%A1%E5%A7%94%E5%91%98%E4%BC%9A%E5%85%AC%E5%91%8A/23538091
_AUTHORISED_UNDER_DATELINE = [
    "全国人民代表大会常务委员会公告〔十二届〕第七号",
    "",
    "31.08.2014  22:42",
    "",
    "新华社北京8月31日电",
    "",
    "(授权发布)全国人民代表大会常务委员会公告",
    "",
    "〔十二届〕第七号",
    "",
    "吉林省人大常委会接受了田玉林提出辞去第十二届全国人民代表大会代表职务,四川省人大常委会接受了何华章提出辞去第十二届全国人民代表大会代表职务。依照代表法的有关规定,田玉林、何华章的代表资格终止。",
    "",
    "第十二届全国人民代表大会代表孔垂柱因病去世,孔垂柱的代表资格自然终止。",
    "",
    "截至目前,第十二届全国人民代表大会实有代表2974人。",
    "",
    "特此公告。",
    "",
    "全国人民代表大会常务委员会",
    "",
    "2014年8月31日",
]


def test_words_of_a_cut_next_entry_open_no_document() -> None:
    issue = quoted_issue(_CUT_AFTER_DOWNLOAD)
    assert [(d.title, d.doc_number, d.date) for d in issue.documents] == [
        (
            "关于中央国家机关住宅专项维修资金交存有关问题的补充通知",
            "国机房改〔2011〕236号",
            "2011-11-04",
        )
    ]
    # (the words are kept, the text's last paragraph: nothing is lost)
    assert [b.text for b in issue.documents[0].blocks()][-1] == "宁波"


def test_dateline_and_authorised_note_are_no_title() -> None:
    flattened = quoted_doc(_DATELINE_IN_FLATTENED_LINE)
    assert (flattened.title, flattened.date) == (
        "全国人民代表大会常务委员会关于设立烈士纪念日的决定",
        "2014-08-31",
    )
    issue = quoted_issue(_AUTHORISED_UNDER_DATELINE)
    assert [(d.title, d.doc_number, d.date) for d in issue.documents] == [
        ("全国人民代表大会常务委员会公告", "〔十二届〕第七号", "2014-08-31")
    ]
    assert [(r.text, r.why) for r in issue.removed if r.why == "dateline"] == [
        ("新华社北京8月31日电", "dateline"),
        ("(授权发布)", "dateline"),
    ]


#: http://ysyk.com/article/sort01/sort02/sort046/info-6186.html
_LISTED_NEIGHBOURS = [
    "- ·上一篇文章:南县农村公路养护和管理实施方案",
    "- ·下一篇文章:中共南县纪委、南县监察局关于改进机关工作作风的实施办法",
    "南县县城规划区户外广告管理办法",
    "第一章 总 则",
    "第一条 为加强县城规划区户外广告管理,美化城市环境,维护消费者的合法权益,根据《中华人民共和国广告法》、《中华人民共和国城乡规划法》、国务院《城市市容和环境卫生管理条例》、《湖南省实施〈城市市容和环境卫生管理条例〉办法》、国家工商行政管理总局《户外广告登记管理规定》、住房和城乡建设部《城市容貌标准》等法律、法规、规章的规定,结合我县实际,制定本办法。",
    "第二条 凡在县城规划区从事户外广告设置、经营、发布等活动的单位和个人,应遵守本办法。",
    "第三条 本办法所称户外广告,是指利用城市道路、广场、绿地、桥梁、车站、码头等公共场地,城市空间和其他建筑物、构筑物、交通工具,通过架设、悬挂、张贴、飘浮等形式设置、发布的各种商业广告和公益广告(包括户外固定广告位、电子显示器〈屏〉、霓虹灯、橱窗、灯箱、门店招牌、公益公文网网,谢谢。",
]


#: http://gzzycwl.com/ztzl/wnlh/2024n/ggjy/1763003519908106242.html
_SCORES_SITE_IN_TITLE = [
    "365体育比分",
    "",
    "图片",
    "首页/ 专题专栏 / 渭南两会 / 2024年 / 公告决议 / 正文",
    "",
    "政协渭南市委员会365体育比分:表彰六届二次会议优秀提案先进承办单位和办理工作先进个人的决定",
    "",
    "来源:渭南日报 发布时间:2024-02-29 08:48",
    "",
    "市政协六届二次会议以来,市政协委员、各参加单位和各专门委员会坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻中共二十大、二十届二中全会精神,贯通落实习近平总书记历次来陕考察重要讲话重要指示精神和省委、市委决策部署,紧紧围绕市委市政府中心工作和人民群众普遍关心的热点难点问题,积极通过提案履行政治协商、民主监督、参政议政职能,共提出提案636件,经审查立案578件,分别交由市级相关部门、县(市、区)、中省驻渭单位的70个单位办理。各承办单位加强组织领导、完善办理机制、创新工作方法、注重办理实效,提案办理协商在促进我市经济社会高质量发展中发挥了重要作用。",
    "",
    "为鼓励先进,推动提案工作高质量发展,根据政协渭南市委员会《提案工作条例》《评选表彰优秀提案、提案先进承办单位和提案先进承办个人实施办法》有关规定,按照“坚持发扬民主、广泛征求意见、采取双向推荐”的原则,通过组织开展评选优秀提案、先进承办单位和办理工作先进个人评选活动,经市政协提案委员会综合评审,报市政协六届23次主席会议审议通过,决定对《365体育比分:持续加强学生法治和道德教育的建议》等58件优秀提案、市委办公室等21个先进承办单位、李剑峰等27名提案办理工作先进个人予以表彰。受表彰的58件优秀提案,选题准确,针对性强,对完善决策、改进工作起到积极作用;受表彰的21个先进承办单位,办理制度健全,积极采纳建议,委员满意度高;受表彰的27名办理工",
]


#: http://shjulong.com/zxzx/ztzl/rdzt/2023hslh/jjlh/8383725.html (its lines 1–7 of 14)
_CASINO_SITES_IN_TITLE = [
    "中国人民政治协商会议第八届黄山市委员会第二次会议申博信用网,申博sunbet官网提案审查情况的报告",
    "",
    "(2023年1月1日市政协八届二次会议通过)",
    "",
    "发布时间:2023-01-02 08:24 信息来源:黄山日报 阅读次数:",
    "字号: 打印 收藏",
    "",
]


#: http://www.ruzhou.gov.cn/contents/65030/453774.html (its lines 1–20 of 37)
_PUBLISHER_BY_PATH = [
    "• 发文字号",
    "  • 索引号",
    "  • rzsrsj-00000-2025-00003",
    "  • 发布日期",
    "  • 2025-12-04",
    "  • 主题分类",
    "  • 稳岗就业",
    "  • 体裁分类",
    "  • 服务对象",
    "",
    "【促进就业相关政策文件】《河南省就业补助资金管理办法》",
    "",
    "发布机构:汝州市人民政府->汝州市人力资源和社会保障局 发布时间: 2025-12-04 浏览次数:",
    "",
    "河南省就业补助资金管理办法",
    "",
    "第一章      ",
    "",
    "第一条  为推动实施就业优先战略,落实各项就业创业扶持 政策,规范就业补助资金管理,提高资金使用效益,根据《中华 人民共和国预算法》《中华人民共和国就业促进法》《中华人民共 和国预算法实施条例》《河南省就业促进条例》《财政部  人力资 源社会保障部关于印发〈就业补助资金管理办法〉的通知》(财 社〔2023〕181号)等有关规定,制定本办法。",
    "",
]


#: http://m.judiya.com/affairs/xxgk/street/xh/finance/yjs/202410/t20241017_11623897.html
_BUDGET_HEADLINE_WRAPPED = [
    "长沙市芙蓉区湘湖街道办事处2023年决算公开",
    "2023年度长沙市芙蓉区湘湖街道办事处决算",
    "目录",
    "第一部分 长沙市芙蓉区湘湖街道办事处概况",
    "一、部门职责",
    "二、机构设置",
    "第二部分部门决算表",
    "一、收入支出决算总表",
    "二、收入决算表",
    "三、支出决算表",
    "四、财政拨款收入支出决算总表",
    "五、一般公共预算财政拨款支出决算表",
    "六、一般公共预算财政拨款基本支出决算明细表",
    "七、政府性基金预算财政拨款收入支出决算表",
    "八、国有资本经营预算财政拨款支出决算表",
    "九、财政拨款“三公”经费支出决算表",
    "第三部分部门决算情况说明",
    "一、收入支出决算总体情况说明",
    "二、收入决算情况说明",
    "三、支出决算情况说明",
    "四、财政拨款收入支出决算总体情况说明",
    "五、一般公共预算财政拨款支出决算情况说明",
    "六、一般公共预算财政拨款基本支出决算情况说明",
    "七、一般公共预算财政拨款三公经费支出决算情况说明",
    "八、政府性基金预算收入支出决算情况说明",
    "九、国有资本经营预算财政拨款支出决算情况",
    "十、关于机关运行经费支出说明",
    "十一、一般性支出情况说明",
    "十二、关于政府采购支出说明",
    "十三、关于国有资产占用情况说明",
    "十四、关于预算绩效情况的说明",
    "第四部分名词解释",
    "第五部分附件",
    "第一部分",
    "长沙市芙蓉区湘湖街道办事处概况",
    "一、部门职责",
    "1、贯彻执行党的路线、方针、政策和国家、地方法规;落实区委、区政府各项指示和决定;",
    "2、以发展商贸业、现代服务业及楼宇经济为主,推动区域经济又好又快发展;",
    "3、对“四城一酒店”实行目标管理和考核,指导局属企业生产、经营,促进企业顺利发展;",
    "4、统筹协调和指导社区搞好基层组织建设,加强和创新社区管理服务,提升社区服务水平;",
    "5、协助有关部门做好低保、住房保障",
]


#: http://www.cqck.gov.cn/jz/lzx/zwgk_70755/fdzdgknr_70758/ysjs_388278/jsgk/202509/t20250929_15053260.html (its lines 1–8 of 11)
_BUDGET_HEADLINE_LINES = [
    "| [ 索引号 ] | 11500229768897484E/2025-00034 | [ 发文字号 ] | |",
    "| [ 主题分类 ] | 财政 | [ 体裁分类 ] | 财政预算、决算 |",
    "| [ 发布机构 ] | 城口县蓼子乡人民政府 | ||",
    "| [ 成文日期 ] | 2025-09-29 | [ 发布日期 ] | 2025-09-29 |",
    "城口县蓼子乡人民政府2024年度决算公开",
    "城口县蓼子乡2024年财政决算(草案)报告",
    "各位代表:",
    "我受蓼子乡人民政府委托,现向大会作《蓼子乡人民政府2024年财政决算报告》,请予审议。",
]


#: https://www.sgf2.com/37584/38146/38297/content_2319433.html
_PART_ORDINAL_ALONE = [
    "目錄",
    "第一部分嶽陽縣農業農村局部門(匯總)概況",
    "一、部門職責",
    "二、機構設置及決算單位構成",
    "第二部分部門決算表",
    "一、收入支出決算總表",
    "二、收入決算表",
    "三、支出決算表",
    "四、財政撥款收入支出決算總表",
    "五、一般公共預算財政撥款支出決算表",
    "六、一般公共預算財政撥款基本支出決算明細表",
    "七、政府性基金預算財政撥款收入支出決算表",
    "八、國有資本經營預算財政撥款支出決算表",
    "九、財政撥款“三公”經費支出決算表",
    "第三部分部門決算情況說明",
    "一、收入支出決算總體情況說明",
    "二、收入決算情況說明",
    "三、支出決算情況說明",
    "四、財政撥款收入支出決算總體情況說明",
    "五、一般公共預算財政撥款支出決算情況說明",
    "六、一般公共預算財政撥款基本支出決算情況說明",
    "七、政府性基金預算收入支出決算情況",
    "八、國有資本經營預算財政撥款支出決算情況",
    "九、財政撥款“三公”經費支出決算情況說明",
    "十、關於機關運行經費支出說明",
    "十一、一般性支出情況說明",
    "十二、關於政府采購支出說明",
    "十三、關於國有資產占用情況說明",
    "十四、關於2024年度績效評價情況的說明",
    "第四部分名詞解釋",
    "第五部分附件",
    "第一部分",
    "嶽陽縣農業農村局部門(匯總)概況",
    "一、部門職責",
    "(一)負責全縣農業、農村工作的協調和綜合工作,組織研究全縣農業、農村發展和改革中的問題,提出農業、農村發展和改革的政策建議,指導農村改革發展工作。會同有關部門研究提出城鄉經濟社會發展一體化體製機製改革的建議,指導協調縣域經濟發展和新農村建設。",
    "(二)指導糧食等主要農產品生產,組織落實促進糧食等主要農產品生產發展的相關政策措施,會同有關部門指導農業標準化、規模化生產。",
    "(三)承擔提升農產品質量安全水平的責任,依法開展農產",
]


#: http://www.tealighting.com/fanwendaquan/gongwenfanwen/2022/0420/43189.html (its lines 1–13 of 34)
_YEAR_BEFORE_ABOUT = [
    "手机版",
    "您的当前位置: 明翰范文网 > 范文大全 > 公文范文 > 2022关于留坝县创森迎检工作督查情况的通报",
    "",
    "2022关于留坝县创森迎检工作督查情况的通报",
    "",
    "来源:网友投稿 时间:2022-04-20 11:30:04 推荐访问:",
    "",
    "下面是小编为大家整理的2022关于留坝县创森迎检工作督查情况的通报,供大家参考。",
    "",
    "2022关于留坝县创森迎检工作督查情况的通报",
    "",
    "关于留坝县创森迎检工作督查情况的通报",
    "",
]


#: http://www.yanivnizan.com/info/6000177197
_BETTING_SITE_FOR_PLACE = [
    "现金网投注站",
    "",
    "索取号 00731970-0/2018-00581 分类",
    "发布机构 现金网投注站市人民政府办公室 发文日期 2018-07-26",
    "名称 关于印发《现金网投注站市创建国家卫生城市工作方案》的通知",
    "文号 连府办〔2018〕81号 主题词",
    "连府办〔2018〕81号",
    "",
    " 各镇(乡)人民政府,市直各单位:",
    "",
    "  《现金网投注站市创建国家卫生城市工作方案》业经十五届人民政府第23次常务会议审议通过,现印发给你们,请认真贯彻执行。实施过程中遇到的问题,请径向市爱卫办反映。",
    " ",
    "",
    "                                                                     ",
    "                                                                                                                                                                                                      现金网投注站市人民政府办公室",
    "",
    "                                                                                                                                                                                                      2018年7月26日",
    "",
    " ",
    "",
    " 现金网投注站市创建国家卫生城市工作方案",
    "",
    "  为广泛深入开展创建国家卫生城市活动,进一步改善城乡环境卫生面貌,让人民群众共享改革开放成果,增强获得感和幸福感,根据《全国爱国卫生运动委员会关于开展创建国家卫生城市活动的通知》及《广东省爱国卫生工作条例》精神,结合我市爱国卫生工作实际,特制定本方案。",
    "",
    "  一",
]


#: http://m.xajyba.cn/art/2023/2/15/art_33982_890.html (its lines 1–16 of 34)
_ORDER_OVER_RULES = [
    "亚洲在线一区,国产精品久久久久久麻豆一区软件,裸体素人女欧美日韩,成人在线观看免费视频",
    "",
    "當前位置:首頁",
    ">政府信息公開 >政府公報 >2023年 >第2期",
    "",
    "鹽城市人民政府令",
    "",
    "第 14 號",
    "",
    "發(fā)布日期:2023-2-15 來源:市司法局辦公室 瀏覽次數(shù): [字體: ]",
    "",
    "鹽城市餐廚廢棄物管理實施辦法",
    "",
    " ",
    "",
    "第一條  為了加強全市餐廚廢棄物管理,保障食品安全和公眾身體健康,維護市容環(huán)境衛(wèi)生,根據(jù)《中華人民共和國固體廢物污染環(huán)境防治法》《江蘇省城市市容和環(huán)境衛(wèi)生管理條例》等法律、法規(guī),結(jié)合本市實際,制定本辦法。",
]


#: https://www.bilezu.com/html/485902654.html (its lines 1–12 of 20)
_STAMP_UNDER_HEADLINE = [
    "陆治原副省长 省长有权力任免副省长吗 省长权力解密!",
    "",
    "2018-02-14",
    "字体:",
    "浏览:",
    '文章简介:(2013年5月29日浙江省第十二届人民代表大会常务委员会第三次会议通过)浙江省第十二届人民代表大会常务委员会第三次会议决定对<浙江省人民代表大会常务委员会任免国家机关工作人员条例>作如下修改:一.将第四条第二项修改为:"在省人民代表大会闭会期间,根据省人大常委会主任会议提名,任免省人大专门委员会的个别副主任委员和部分委员".二.将第五条第三项修改为:"根据省长提名,决定省人民政府秘书长.厅长.委员会(办公室)主任的任免,并由省人民政府报国务院备案."三',
    "",
    "(2013年5月29日浙江省第十二届人民代表大会常务委员会第三次会议通过)",
    "",
    "浙江省第十二届人民代表大会常务委员会第三次会议决定对《浙江省人民代表大会常务委员会任免国家机关工作人员条例》作如下修改:",
    "",
    '一、将第四条第二项修改为:"在省人民代表大会闭会期间,根据省人大常委会主任会议提名,任免省人大专门委员会的个别副主任委员和部分委员"。',
]


#: https://sichuan.scol.com.cn/dwgk/202401/82441703.html
_MILITARY_DISTRICT_JOINT = [
    "党务公开丨中共四川省委 四川省人民政府 四川省军区关于命名表彰四川省双拥模范城(县、区)和双拥模范的决定",
    "",
    "2024-01-05 10:59:44来源:四川在线编辑:覃贻花",
    "",
    "中共四川省委 四川省人民政府 四川省军区",
    "",
    "关于命名表彰四川省双拥模范城(县、区)和双拥模范的决定",
    "",
    "(2024年1月4日)",
    "",
    "拥军优属、拥政爱民是我党我军特有的优良传统和政治优势。近年来,各地、各部门和驻川部队始终坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党中央决策部署和习近平总书记关于双拥工作重要论述,紧紧围绕服务党和国家工作大局、国防和军队建设全局,深入开展拥军优属、拥政爱民活动,广大军民参与双拥、支持双拥的自觉性显著增强,军队支持地方经济社会发展成效明显,军爱民、民拥军的社会氛围更加浓厚,形成了军地协调行动、共谋打赢、共促发展的良好局面,涌现出一大批爱国拥军、拥政爱民模范。",
    "",
    "为激励先进、鼓舞干劲,进一步激发全省军民做好双拥工作的积极性,巩固同呼吸、共命运、心连心的军政军民关系,省委、省政府、省军区决定,授予成都市等118个市(州)、县(市、区)“四川省双拥模范城(县、区)”称号,授予任俊等34名同志“四川省爱国拥军模范”称号,授予刘波等14名同志“四川省拥政爱民模范”称号。",
    "",
    "希望受到表彰的集体和个人珍惜荣誉、再接再厉,在新时代双拥工作中再立新功。各地、各部门、驻川部队和广大军民要以双拥模范城(县、区)和双拥模范为榜样,更加紧密地团结在以习近平同志为核心的党中央周围,坚持以习近平新时代中国特色社会主义思想为指导,大力弘扬拥军优属、拥政爱民光荣传统,巩固发展新时代军政军民团结,不断开创四川双拥工作新局面,为谱写中国式现代化四川新篇",
]


#: http://shennongbaicaogaogw.com/html/1275/2016-04-20/content-116261.html
_NUMBER_UNDER_EMPTY_BULLET = [
    "歡迎訪問甘肅經(jīng)濟信息網(wǎng)!",
    "首頁 / 文件匯編/ 正文",
    "甘肅省人民政府辦公廳關(guān)于全面治理拖欠農(nóng)民工工資問題的實施意見",
    "  • 時間:2016-04-20",
    "  • 點擊:371",
    "  • 來源:",
    "甘政辦發(fā)〔2016〕46號",
    "",
    "各市、自治州人民政府,蘭州新區(qū)管委會,省政府有關(guān)部門,中央在甘有關(guān)單位:",
    "",
    "  為貫徹落實《國務(wù)院辦公廳關(guān)于全面治理拖欠農(nóng)民工工資問題的意見》(國辦發(fā)〔2016〕1號),有效預(yù)防和治理拖欠農(nóng)民工工資問題,維護農(nóng)民工合法權(quán)益,促進社會和諧穩(wěn)定,現(xiàn)提出如下實施意見。",
    "",
    "  一、目標(biāo)任務(wù)",
    "",
    "  按照“四個全面”戰(zhàn)略布局和黨中央、國務(wù)院決策部署,牢固樹立和貫徹創(chuàng)新、協(xié)調(diào)、綠色、開放、共享的發(fā)展理念,緊緊圍繞保護農(nóng)民工勞動所得,堅持標(biāo)本兼治、綜合治理,以建筑、市政、交通、水利、礦山等工程建設(shè)領(lǐng)域和勞動密集型加工制造、餐飲服務(wù)等易發(fā)生拖欠工資問題的行業(yè)為重點,加快建立源頭預(yù)防、動態(tài)監(jiān)管、失信懲戒相結(jié)合的制度保障體系,完善市場主體自律、政府依法監(jiān)管、社會協(xié)同監(jiān)督、司法聯(lián)動懲處的工作體系。到2020年,形成制度完備、責(zé)任落實、監(jiān)管有力的治理格局,使拖欠農(nóng)民工工資問題得到根本遏制,努力實現(xiàn)基本無拖欠。",
    "",
    "  二、嚴(yán)格落實企業(yè)工資支付主體責(zé)任",
    "",
    "  (一)明確責(zé)任主體。各類企業(yè)對招用農(nóng)民工的工資支付負有主體責(zé)任,要嚴(yán)格依法將工資按月足額支付給農(nóng)民工本人、嚴(yán)禁將工資發(fā)放給不具備用工主體資格的組織和個人。在工程建設(shè)",
]


def _read(page: list[str]) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [(d.title, d.doc_number, d.date, d.issuers) for d in quoted_issue(page).documents]


def test_neighbouring_articles_listed_are_navigation() -> None:
    issue = quoted_issue(_LISTED_NEIGHBOURS)
    assert issue.documents[0].title == "南县县城规划区户外广告管理办法"
    assert [r.why for r in issue.removed[:2]] == ["site_navigation", "site_navigation"]


def test_betting_words_spliced_into_a_title_go() -> None:
    assert _read(_SCORES_SITE_IN_TITLE)[0][0] == (
        "政协渭南市委员会表彰六届二次会议优秀提案先进承办单位和办理工作先进个人的决定"
    )
    assert _read(_CASINO_SITES_IN_TITLE) == [
        (
            "中国人民政治协商会议第八届黄山市委员会第二次会议提案审查情况的报告",
            None,
            "2023-01-01",
            ["中国人民政治协商会议第八届黄山市委员会"],
        )
    ]
    # (where it stood for the city's name: the record's title masked, no organ of the ad's name)
    title, number, date, issuers = _read(_BETTING_SITE_FOR_PLACE)[0]
    assert (title, number, date) == (
        "关于印发《*市创建国家卫生城市工作方案》的通知",
        "连府办〔2018〕81号",
        "2018-07-26",
    )
    assert not any("现金网" in name for name in issuers)


def test_publisher_by_a_path_of_units_is_its_last_step() -> None:
    assert _read(_PUBLISHER_BY_PATH)[0][3] == ["汝州市人力资源和社会保障局"]


def test_budget_headline_over_the_own_title_is_the_sites() -> None:
    assert _read(_BUDGET_HEADLINE_WRAPPED)[0][0] == "2023年度长沙市芙蓉区湘湖街道办事处决算"
    assert _read(_BUDGET_HEADLINE_LINES)[0][:3] == (
        "城口县蓼子乡2024年财政决算(草案)报告",
        None,
        "2025-09-29",
    )


def test_part_ordinal_alone_heads_no_title() -> None:
    assert _read(_PART_ORDINAL_ALONE) == [("", None, None, ["嶽陽縣農業農村局"])]


def test_bare_year_before_about_is_no_part_of_the_title() -> None:
    assert _read(_YEAR_BEFORE_ABOUT)[0][0] == "关于留坝县创森迎检工作督查情况的通报"


def test_order_line_over_rules_and_their_first_article() -> None:
    assert _read(_ORDER_OVER_RULES) == [
        ("鹽城市餐廚廢棄物管理實施辦法", "鹽城市人民政府令第14號", None, ["鹽城市人民政府"])
    ]


def test_site_stamp_under_a_headline_dates_no_document() -> None:
    assert _read(_STAMP_UNDER_HEADLINE) == [("", None, None, [])]


def test_military_district_among_joint_issuers() -> None:
    assert _read(_MILITARY_DISTRICT_JOINT)[0][2:] == (
        "2024-01-04",
        ["中共四川省委", "四川省人民政府", "四川省军区"],
    )


def test_number_under_an_empty_bulleted_field_is_the_texts() -> None:
    assert _read(_NUMBER_UNDER_EMPTY_BULLET)[0][1] == "甘政辦發〔2016〕46號"


#: http://qzzx.gov.cn/jbgk/zxzcyzd/202507/t20250723_3192386.htm (its lines 1–12 of 16)
_COMPILATION_COVER = [
    "中国人民政治协商会议",
    "规章制度汇编",
    "中国人民政治协商会议章程",
    "(1982年12月11日中国人民政治协商会议第五届全国委员会第五次会议通过 根据1994年3月19日中国人民政治协商会议第八届全国委员会第二次会议通过的《中国人民政治协商会议章程修正案》、2000年3月11日中国人民政治协商会议第九届全国委员会第三次会议通过的《中国人民政治协商会议章程修正案》、2004年3月12日中国人民政治协商会议第十届全国委员会第二次会议通过的《中国人民政治协商会议章程修正案》、2018年3月15日中国人民政治协商会议第十三届全国委员会第一次会议通过的《中国人民政治协商会议章程修正案》和2023年3月11日中国人民政治协商会议第十四届全国委员会第一次会议通过的《中国人民政治协商会议章程修正案》修订)",
    "目录",
    "总纲",
    "第一章 工作总则",
    "第二章 组织总则",
    "第三章 委员",
    "第四章 全国委员会",
    "第五章 地方委员会",
    "第六章 会徽",
]


def test_compilation_cover_is_no_part_of_the_title() -> None:
    assert _read(_COMPILATION_COVER)[0][:3] == ("中国人民政治协商会议章程", None, "1982-12-11")


#: http://www.cncn.gov.cn/art/2023/5/30/art_1229472264_59059154.html (its lines 1–14 of 16)
_PLACELESS_PUBLISHER = [
    "索引号 001008003009001/2023-83470",
    "组配分类 常务会议 发布机构 县政府办公室",
    "生成日期 2023-05-30 公开方式 主动公开",
    "",
    "县政府第23次常务会议",
    "",
    "  • 发布日期:2023-05-30",
    "  • 浏览次数:",
    "  • 来源:苍南县人民政府办公室",
    "  • 字体:[ ]",
    "",
    "2023年5月30日,曾仁海县长在县行政中心8楼1号会议室主持召开县政府第二十三次常务会议。出席会议的有吴锡雕、叶小剑、金传拉、叶秀敏、陈培标、郑都。现将会议研究决定的事项纪要如下:",
    "",
    "一、会议学习了中央有关耕地保护重要批示及国家自然资源督察和卫片执法问题相关会议精神。会议指出,习近平总书记就耕地保护以及国家自然资源督察和卫片执法等工作,作出了一系列重要论述和指示批示,强调耕地是我国最为宝贵的资源,要实行最严格的耕地保护制度,依法依规做好耕地占补平衡,规范有序推进农村土地流转,像保护大熊猫一样保护耕地。",
]


def test_placeless_publisher_by_the_name_the_byline_credits() -> None:
    assert _read(_PLACELESS_PUBLISHER) == [
        ("县政府第23次常务会议", None, "2023-05-30", ["苍南县人民政府办公室"])
    ]


#: https://www.npq.gov.cn/xxgk/zfxxgk/fdzdgknr/jytadfgk/zxya/2019n_29911/201912/t20191206_860349.html
#: (its lines 1–12 of 27)
_YEAR_COLUMN_OVER_TITLE = [
    "2019年",
    "",
    "区政协八届二次会议第77号提案的答复函《关于在汤水冬鱼度假区做强我区旅游业配套基础设施的建议》",
    "",
    "文章来源: 发布时间:2019-12-06",
    "",
    "   ",
    "",
    "    ",
    "",
    "  齐向光、徐志佳委员: ",
    "",
]

#: https://scholarmate.com/S/astXb3
_ABSTRACT_OF_A_REDHEAD = [
    "摘要",
    "",
    '<正>辽宁省人民政府文件辽政发[2021]19号各市人民政府,省政府各厅委、各直属机构:根据党中央、国务院和省委相关要求,以及法律、法规、规章等"立改废释"情况,经研究论证,省政府决定取消下放调整一批行政许可等职权事项59项。其中:取消25项,下放1项,调整至省直相关部门行使职权26项,因法律法规增加行政职权事项3项,承接国家下放职权事项4项。相关行政职权事项目录将通过省政府门户网站向社会发布。',
]


def test_year_column_over_a_title_of_another_kind() -> None:
    assert _read(_YEAR_COLUMN_OVER_TITLE)[0][0] == (
        "区政协八届二次会议第77号提案的答复函《关于在汤水冬鱼度假区做强我区旅游业配套基础设施的建议》"
    )


def test_abstract_of_a_redhead_run_onto_one_line() -> None:
    doc = quoted_doc(_ABSTRACT_OF_A_REDHEAD)
    assert (doc.doc_number, doc.issuers, doc.addressees) == (
        "辽政发[2021]19号",
        ["辽宁省人民政府"],
        ["各市人民政府", "省政府各厅委", "各直属机构"],
    )


#: https://xiebitongdao.com/index/article/detail/detail_id/96739.html (its lines 1–12 of 18)
_ID_BEFORE_TITLE = [
    "2022110103林业局2022年工作总结及2023年工作计划",
    "",
    "2022-11-01 06:52:54 193",
    "",
    "文章导读",
    "",
    "2022110103林业局2022年工作总结及2023年工作计划。",
    "",
    "",
    "林业局2022年工作总结及2023年工作计划",
    "",
    "2022年是党的二十大召开之年,也是XX全方位推动高质量发展的关键一年。一年来,林业局在县委、县政府的坚强领导下,深入贯彻落实党的十九大、十九届历次全会精神以及党的二十大精神,特别是习近平总书记考察调研XX重要指示精神以及市县经济工作会议精神,坚持“绿水青山就是金山银山”的发展理念,以生态文明建设和森林城市创建为主线,全力抓好巡察整改成果巩固拓展、森林质量精准提升、森林资源全域管护、板栗连翘特色产业基地创建、森林防火以及疫情防控等方面的重点工作,细化落实举措,持续跟踪督办,对标一流,顽强拼搏,各项工作扎实有效推进,交出一份XX林业推进全方位高质量发展的满意答卷,被市局推荐为2022年度“全省自然资源系统先进集体”受表彰单位。",
]


#: https://wap.haoword.com/gongzuozongjie/qitazongjie/978163.htm (its lines 1–6 of 8)
_ESSAY_SITE_SUFFIX = [
    "街道2021年工作总结暨2022年工作计划范文",
    "【概述】",
    "结合当前工作需要,好范文网的会员“365769653”为你整理了这篇街道2021年工作总结暨2022年工作计划范文,希望能给你的学习、工作带来参考借鉴作用。",
    "【正文】",
    "街道2021年工作总结暨2022年工作计划",
    "一、2021年工作总结",
]


#: https://m.koomao.com/baogao/gongzuobaogao/1621447.html (its lines 1–4 of 7)
_PIECE_NUMBER = [
    "第1篇 区人大会常务委员会工作报告",
    "各位代表:",
    "我受xx区第二届人民代表大会常务委员会委托,向大会报告工作,请予审议。",
    "xx年工作回顾",
]


#: http://www.quyushuju.com/forum.php?mod=viewthread&tid=76756&extra=
_FORUM_PLACE_TAG = [
    "设为首页收藏本站",
    "查看: 62|回复: 0",
    "",
    "[内蒙古] 2024年乌拉特后旗政府工作报告",
    "",
    "[复制链接]",
    "  • TA的每日心情",
    "    开心",
    "    5 天前",
    "  • 签到天数: 723 天",
    "",
    "    [LV.9]以坛为家II",
    "",
    "    1万",
    "",
    "    主题",
    "",
    "    1万",
    "",
    "    帖子",
    "",
    "    14万",
    "",
    "    积分",
    "",
    "    版主",
    "",
    "    Rank: 7Rank: 7Rank: 7",
    "",
    "    积分",
    "    145904",
    "    发表于 2024-4-24 11:26:26 | 显示全部楼层 |阅读模式",
    "    2024年乌拉特后旗政府工作报告",
    "    2024年1月12日在乌拉特后旗第十三届人民代表大会第三次会议上",
    "    乌拉特后旗人民政府副旗长  阿拉腾宝力格",
    "    各位代表:",
    "    现在,我代表旗人民政府向大会报告工作,请予审议,并请旗政协委员和列席会议的同志们提出意见。",
    "    一、2023年工作回顾",
    "    2023年是全面贯彻落实党的二十大精神的开局之年,全旗上下坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实习近平总书记考察内蒙古、考察巴彦淖尔重要讲话重要指示精神,聚焦完成好总书记交给内蒙古的五大任务和全方位建设“模范自治区”两件大事,紧紧围绕市委“五高五区”目标定位,在旗委的坚强领导下,攻坚克难、勇毅前行,奋力书写了高质量发展的新篇章。",
    "    一年来,我们尽锐出战、强势推进,各项事业成果丰硕。初步测算,地区生产总值完成113亿元,增长4%;规上工业总产值完成240亿元,增加值增长5.5%;一般公共预算收入完成16.01亿元,增长6.4%;固定资产投资完成81.8亿元,增长42.5%;社会消费品零售总额完成7.6亿元,增长6%;城乡居民人均可支配收入分别增长6%和8%。争取上级转移支付资金17.83亿元、一般债券资金1.2亿元,财政支出总量达38.49亿元。实施招商引资项目23个,到位资金78亿元。三大国企经营规模不断扩大,经营总收入实现2.6亿元,净利润突破2300万元。荣膺“全国民族团结进步示范旗”“",
]


#: https://gwydvip.com/article/6273.html (its lines 1–4 of 17)
_STUDY_ONLY_NOTICE = [
    "(仅供学习参考,切勿通篇使用)",
    "县教科体局2020年工作总结和2021年工作计划",
    "2020年,在县委、县政府的正确领导下,全县教育事业稳中提升,科技创新大幅向前,体育事业全面发展。现在我就教科体局2020年工作落实情况、近期工作和2021年工作打算、教育科技体育领域“十四五”规划思路作简要汇报。",
    "一、2020年工作成效",
]


#: http://sihaijt.com/sxzx/15021.html (its lines 1–4 of 11)
_READING_TIME_WIDGET = [
    "本篇文章717字,读完约2分钟",
    "",
    "昨天下午,第八届人民代表大会常务委员会举行了第十次会议。经审议表决,会议决定接受马卫光同志辞去绍兴市人民政府市长职务的请求;决定任命盛跃春同志为绍兴市人民政府副市长、代市长。",
    "",
]


#: https://gaohang.qianjiazi.com/view?view=2673 (its lines 1–12 of 25)
_EPAPER_PAGE_LABEL = [
    "返回",
    "",
    "第一版",
    "",
    "全站搜索",
    "",
    "高行镇第四届人民代表大会 第八次会议选出新镇长",
    "",
    "",
    "",
    "□李中华 摄",
    "",
]


#: https://ycpai.ycwb.com/ycppad/content/2019-08/27/content_485884.html (its lines 1–3 of 9)
_NEWS_APP_REPORTER = [
    "羊城派记者 董柳",
    "据记者了解,近日,陈宏、何素梅分别就任广州市从化区人民检察院党组书记、广州市海珠区人民检察院党组书记。",
    "任从化区人民检察院党组书记前,陈宏的职务是广州市人民检察院民事行政检察处处长。",
]


#: http://cqqrdzs.com/ycsrmzf/szfbgswj70qhvqt/202211/437f06d331b045818c7f8a4fa39b92fc.shtml (its lines 1–3 of 8)
_DAY_AFTER_THE_NUMBER = [
    "宜府办发〔2022〕38号 2022年9月27日",
    "宜春经济技术开发区管委会,各县(市、区)人民政府,宜阳新区管委会、明月山温泉风景名胜区管委会,市直有关单位:",
    "经第27次市政府常务会研究同意,现将《关于推进旅游业高质量发展的实施意见(2022—2025年)》印发给你们,请认真组织实施。",
]


#: https://newton.com.tw/wiki/%E6%B9%96%E5%8C%97%E7%9C%81%E6%B8%9B%E6%B1%A1%E9%99%8D%E7%A2%B3%E5%8D%94%E5%90%8C%E5%A2%9E%E6%95%88%E5%AF%A6%E6%96%BD%E6%96%B9%E6%A1%88/62497950 (its lines 1–10 of 17)
_SHORT_FORMS_IN_TITLE = [
    "印發通知",
    "省生態環境廳 省發改委 省經信廳 省住建廳 省交通運輸廳 省農業農村廳 省能源局 關於印發《湖北省減污降碳協同增效實施方案》的通知",
    "鄂環發〔2022〕33號",
    "各市、州、直管市及神農架林區生態環境局、發改委、經濟和信息化局、住房和城鄉建設局、交通運輸局、農業農村局:",
    "《湖北省減污降碳協同增效實施方案》已經省人民政府同意,現印發給你們,請結合實際認真貫徹落實。",
    "湖北省生態環境廳 湖北省發展和改革委員會",
    "湖北省經濟和信息化廳 湖北省住房和城鄉建設廳",
    "湖北省交通運輸廳 湖北省農業農村廳",
    "湖北省能源局",
    "2022年12月5日",
]


def test_what_a_site_puts_around_a_title_goes() -> None:
    for page, title in (
        (_ID_BEFORE_TITLE, "林业局2022年工作总结及2023年工作计划"),
        (_ESSAY_SITE_SUFFIX, "街道2021年工作总结暨2022年工作计划"),
        (_PIECE_NUMBER, "区人大会常务委员会工作报告"),
        (_FORUM_PLACE_TAG, "2024年乌拉特后旗政府工作报告"),
        (_STUDY_ONLY_NOTICE, "县教科体局2020年工作总结和2021年工作计划"),
        (_EPAPER_PAGE_LABEL, "高行镇第四届人民代表大会第八次会议选出新镇长"),
        (_READING_TIME_WIDGET, ""),
        (_NEWS_APP_REPORTER, ""),
    ):
        assert _read(page)[0][0] == title, title


def test_day_after_the_number_dates_the_notice() -> None:
    assert _read(_DAY_AFTER_THE_NUMBER)[0][1:3] == ("宜府办发〔2022〕38号", "2022-09-27")


def test_joint_issuers_by_short_forms_named_once() -> None:
    assert _read(_SHORT_FORMS_IN_TITLE)[0][3] == [
        "湖北省生態環境廳",
        "湖北省發展和改革委員會",
        "湖北省經濟和信息化廳",
        "湖北省住房和城鄉建設廳",
        "湖北省交通運輸廳",
        "湖北省農業農村廳",
        "湖北省能源局",
    ]


#: https://freewechat.com/a/MzIxNDA3NDYxNw==/2651719516/3 (its lines 14–22 of 26)
_GROUP_OVER_A_BLANK_LINE = [
    "根据我市常态化疫情防控要求,为持续巩固疫情防控成果,有效控制疫情传播风险,配合来沪返沪人员“落地检”工作,方便居民采样检测,街道定于10月19日(周三)晚间,10月23日(周日)上午开展2次全域全员核酸筛查。采样期间社区实行封闭管理,筛查次日凭24小时核酸检测阴性证明出小区,凡出必验。区域内单位职工采样结束后,可离开单位,次日凭24小时核酸检测阴性证明上岗工作,凡入必验。请广大居民积极配合居委安排,分批、分时段有序参加核酸筛查,社区、楼宇、园区、街面、各类场所等做到应检尽检,不落一户,不漏一人。实行临时管控的地区按有关规定管理。",
    "",
    "采样期间请规范佩戴口罩、保持2米以上安全距离,做好个人防护。感谢您的配合与支持!",
    "",
    "张庙街道新型冠状病毒肺炎",
    "",
    "疫情防控工作领导小组办公室",
    "",
    "2022年10月19日",
]

#: http://stormylive.com/art/2024/1/31/art_78505_11141471.html
_GROUP_LISTING_WHAT_IT_NAMES = [
    "根據國家人力資源和社會保障部、中國輕工業聯合會、中華全國手工業合作總社聯合下發的《關于評選全國輕工行業先進集體、勞動模范和先進工作者的通知》(人社部函〔2023〕60號)要求,經省評選推薦工作領導小組推薦,全國評選辦初審,現擬對全國評選辦反饋的擬正式推薦對象進行公示,公示期為5個工作日(2024年1月31日至2024年2月5日)。",
    "公示期間,對公示的擬正式推薦對象如有不同意見,請以書面形式,實名向江蘇省全國輕工行業先進集體、勞動模范和先進工作者評選推薦工作領導小組辦公室反映(信函以到達郵戳為準)。反映情況須客觀真實,以單位名義反映情況的材料需加蓋單位公章,以個人名義反映情況的材料應署實名并提供有效的聯系方式。",
    "省人力資源社會保障廳聯系人:嚴曉,聯系電話:025-83238392,聯系地 址:南京市鼓樓區北京西路24號京西大樓,郵編:210008。",
    "省輕工行業協會聯系人:茆廣宇,聯系電話:025-83170007,聯系地 址:南京市鼓樓區湖南路181號,郵編:210009。",
    "附件:江蘇省全國輕工行業先進集體、勞動模范和先進工作者正式推薦對象名單.pdf",
    "江蘇省全國輕工行業先進集體、勞動模范",
    "和先進工作者領導小組辦公室",
    "2024年1月31日",
]

#: http://www.zouzeir.com/showinfo-227-329443-0.html (its lines 6–12 of 14)
_GROUP_OF_A_YEARS_TASK = [
    "受理傳真:(0551)62777036;",
    "受理郵箱:ah-gh-jjjsb@vip.163.com;",
    "通訊地址:合肥市政務區潛山南路600號(郵編:230071)。 ",
    "安徽省2020年全國勞動模范和先進工作者",
    "評選推薦工作領導小組辦公室",
    "2020年5月14日",
    "",
]


def test_leading_groups_office_over_two_lines_signs() -> None:
    for page, name, day in (
        (
            _GROUP_OVER_A_BLANK_LINE,
            "张庙街道新型冠状病毒肺炎疫情防控工作领导小组办公室",
            "2022-10-19",
        ),
        (
            _GROUP_LISTING_WHAT_IT_NAMES,
            "江蘇省全國輕工行業先進集體、勞動模范和先進工作者領導小組辦公室",
            "2024-01-31",
        ),
        (
            _GROUP_OF_A_YEARS_TASK,
            "安徽省2020年全國勞動模范和先進工作者評選推薦工作領導小組辦公室",
            "2020-05-14",
        ),
    ):
        assert _read(page)[0][2:] == (day, [name]), name


#: https://news.cts.com.tw/cts/general/200308/200308260116995.html
_ENVOYS_AFTER_ONE_APPOINTMENT = [
    "中國大陸國家主席胡錦濤根據全國人大常委會決定,任免一批駐外大使,其中王光亞出任中國常駐聯合國代表、特命全權大使。",
    "王光亞五十三歲,江蘇人,碩士學歷,曾任中國大陸常駐聯合國代表團參贊、外交部國際司司長、外交部部長助理和副部長等職。新華社今天報導,其他任免人事包括:任命劉永興為中國大陸駐寮國大使、劉正修駐馬耳他大使、宋愛國駐土耳其大使、黃永安駐厄立垂亞大使、仇伯華駐賴索托大使、張憲一駐辛巴威大使、季雁池駐拉脫維亞大使、苑桂森駐波蘭大使、薛捍勤(女)駐荷蘭大使、朱祖壽駐匈牙利大使、焦東村駐巴哈馬大使。",
    "新聞來源:華視新聞",
    "讀者迴響",
]


def test_envoys_run_after_one_appointment_give_no_fact() -> None:
    issue = quoted_issue(_ENVOYS_AFTER_ONE_APPOINTMENT)
    assert issue.facts.get("appointments", []) == []
    assert [p.kind for p in issue.problems] == ["appointment_unclear"]


#: https://slyday.com/show-176040-1-1.html (its lines 17–28 of 28)
_LISTED_UNITS_OVER_SIGNATURE = [
    "第一组:天水市城市更新服务中心",
    "第二组:麦积区政协办公室",
    "第三组:秦州珍稀水生野生动物自然保护区管理局",
    "第四组:天水市生态环境局麦积分局",
    "第五组:秦州区委党校",
    "第六组:麦积区科协",
    "第七组:秦州区市场监督管理局",
    "第八组:麦积区社棠镇槐荫村委会",
    "天水市创建全国文明城市指挥部办公室",
    "2022年3月4日",
    "来源",
    ":天水市创建全国文明城市指挥部办公室",
]

#: http://23woju.com/lm-4/8112.html
_ORIGINAL_TITLE_UNDER_SPAM = [
    "中级经济师 通过率重庆主要产业是什么国际经济三大支柱",
    "原标题:重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)的通知 现将《重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)》印发给你们,请认真贯彻执行",
    "原标题:重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)的通知",
    "现将《重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)》印发给你们,请认真贯彻执行。",
    "为深入贯彻习总关于推动成渝地区双城经济圈建设系列重要指示精神,全面落实《成渝地区双城经济圈建设规划纲要》,加快落实市委六届二次全会精神,引导全市各级各部门在推动成渝地区双城经济圈建设上干出新业绩,加快建设社会主义现代化新重庆,结合我市实际,制定本行动方案。",
    "以习新时代中国特色社会主义思想为指导,全面贯彻党的二十大和二十届二中全会精神,深入贯彻习总对重庆工作作出的系列重要指示批示要求,增强历史担当、保持战略定力,聚焦“两中心两高地”战略目标,按照市委关于把成渝地区双城经济圈建设作为“一号工程”和全市工作总抓手总牵引的决策部署,全市域融入、全方位推进,奋力推动成渝地区双城经济圈建设走深走实,聚力形成更多具有重庆辨识度的标志性成果,争当西部地区高质量发展排头兵,打造具有全国影响力的科技创新基地,勇当内陆省份改革开放探路先锋,加快建设高品质生活示范区,更好服务国家区域发展大局、内陆改革开放大局、长江经济带绿色发展大局、促进共同富裕大局。",
    "主城都市区是我市国家中心城市建设的主要承载地,是新型城镇化、新型工业化的主战场。到2027年,基本建成现代化国际大都市,发展能级和综合",
]


def test_listed_units_over_the_signature_sign_nothing() -> None:
    assert _read(_LISTED_UNITS_OVER_SIGNATURE)[0][2:] == (
        "2022-03-04",
        ["天水市创建全国文明城市指挥部办公室"],
    )


def test_original_title_under_a_headline_naming_no_document() -> None:
    assert _read(_ORIGINAL_TITLE_UNDER_SPAM)[0] == (
        "重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)的通知",
        None,
        None,
        ["重庆市人民政府"],
    )
