"""Facts as the fourth probe of pages not in the corpus showed them (stored public pages,
each quoted as the search tool's pages corpus returned it, its address above it; the lines
before and after the quoted ones left out), each read right by a rule for the kind of text:

- one 任命 and its people and posts after semicolons ('任命甲为A(留任);乙为B;…'): each is
  appointed, '(留任)' a qualifier, not part of the post;
- a post run on into the next paragraph's day ('…为某省副省长' / '' / '昨日,…', the first
  without its full stop): no fact, a problem told;
- the order that makes an appointment named after its post ('签署了任命某某为某区行政长官的
  国务院第655号令'): the post without the order, the same appointment as the one told before;
- a collective of units with its kind after a 、 ('市直有关部门、单位'): one collective, no
  unit named '单位';
- a line of units the page cut inside its last name ('牵头单位:省发展改'): no units read;
- a notice on practical projects whose sections say how the work is done ('二、强化部门协同。
  …'): no projects; ordinals of kinds of projects ('一是…类,包括A、B等6个项目'): no projects;
- a report on the public finances titled by them ('1-9月上海地方公共财政收支情况'): its
  budget lines;
- a total printed as the heading of its parts ('(一)2023年收入预算3814.61万元,其中:'): a
  budget line;
- a paragraph that names the projects and ends on a colon over their list ('…十大民生实事…
  分别包括:' / '①…;'): each item a project; a call for proposals (征集) promises none;
- a statistical communiqué's figures ('全年全县生产总值914326万元,比上年增长5.4%'): the
  year's outcomes of the quantities of official statistics, the year from its title.

Expected values read off the quoted lines by hand. Each test fails on the code before its rule
(two appointments of five, '入境事务处处长(留任)' as a post; the post '吉林省副省长昨日'; the
post '…行政长官的国务院第655号令'; a unit '单位'; the unit '省发展改'; three projects; four
projects; no budget lines; no indicators; the heading's total missing; no projects; five
projects of a call for proposals). The helpers copied the pages from the search
tool's answers through its JSON strings or by hand: a slip in a body line cannot be ruled out.
"""

from __future__ import annotations

from tests.structure.corpus_pages import quoted_issue

#: http://3g.china.com/act/news/13000709/20170622/30800021.html
_SEMICOLON_LIST = [
    "在13个政府决策局方面,三名局长由上届原职留任,包括民政事务局局长刘江华、环境局局长黄锦星和创新及科技局局长杨伟雄。其余10个政策局则由新局长领导,包括公务员事务局局长罗智光、保安局局长李家超、政制及内地事务局局长聂德权、食物及卫生局局长陈肇始、财经事务及库务局局长刘怡翔、教育局局长杨润雄、发展局局长黄伟纶、商务及经济发展局局长邱腾华、运输及房屋局局长陈帆,以及劳工及福利局局长罗致光。",
    "此外,国务院任命曾国卫为入境事务处处长(留任);邓以海为海关关长;白韫六为廉政专员(留任);孙德基为审计署署长(留任);卢伟聪为警务处处长(留任)。",
    "上述官员是根据香港特别行政区第五任行政长官林郑月娥的提名,经国务院任命。根据香港基本法的规定,上述主要官员将于7月1日起履行职责。",
]

#: https://freewechat.com/a/MjM5NTUwNzUyMQ==/2652091143/1
_POST_INTO_NEXT_DAY = [
    "纪海涛 决策杂志 2018-07-31",
    "",
    "5月30日上午,吉林省第十三届人大常委会第三次会议表决通过了人事任免事项,决定任命吴靖平为吉林省副省长",
    "",
    "",
    "昨日,吉林省十三届人大常委会第三次会议在长春举行。会上,听取了吉林省委组织部常务副部长骆孟炎作的关于提名吴靖平为吉林省副省长的说明。",
]

#: http://www.yqwtd.com/index.php?m=content&c=index&a=show&catid=71&id=6611
_ORDER_AFTER_POST = [
    "    据新华社北京9月17日电国务院总理李克强9月17日主持召开国务院第三次全体会议,决定任命崔世安为澳门特别行政区第四任行政长官,于2014年12月20日就职。",
    "",
    "    李克强在会上作了重要讲话。他说,澳门特别行政区第四任行政长官选举依法进行,完全符合澳门特别行政区基本法和有关法律的规定,体现了公开、公平、公正的原则。崔世安先生高票当选,反映了澳门社会对崔世安先生的广泛认同和支持。由崔世安先生担任第四任行政长官,符合澳门各界的意愿,有利于巩固目前澳门良好的社会政治经济形势,保持澳门长期繁荣、稳定和发展。",
    "",
    "    依据《中华人民共和国澳门特别行政区基本法》的规定,国务院全体会议决定任命崔世安为澳门特别行政区第四任行政长官。李克强总理当即签署了任命崔世安为澳门特别行政区第四任行政长官的国务院第655号令。",
]

#: http://www.e-gov.org.cn/article-186199.html
_COLLECTIVE_WITH_KIND = [
    "(一)提升政务服务效能",
    "",
    "1.深化政务服务“网上办”。全面深化“双全双百”提升工程,持续推进政务服务标准化、规范化、便利化、数字化改革,明确政务服务事项范围,规范办理要素和业务流程,实现政务服务事项“同要素管理、同标准办理”。全面提升线上线下融合服务能力,不断丰富服务供给,持续优化办事流程,深化“一次办好”改革,年底前基本实现群众企业在线办事“进一个网、办全市事”,建设“24小时不打烊”网上办事大厅。(牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府、开发区管委。以下任务均需各区市政府、开发区管委落实,不再一一列出)",
    "",
    "2.优化“爱山东”“掌上办”功能。以好用、爱用为目标,持续推进移动端政务服务渠道整合迁移,拓宽移动端服务范围,上线“不动产+公积金+金融”一键联办、“数通家",
]

#: https://0798ci.com/policy/101873.html
_UNIT_CUT_BY_PAGE = [
    "一、袁家军省长主抓重点工作",
    "",
    "1. 稳企业、防风险。扎实做好稳企业各项工作。坚持底线思维,完善风险体系,提高风险管控能力,做实做细做好防范化解重大风险工作,牢牢守住政治安全、经济安全、生态安全、公共安全的底线。",
    "",
    "牵头单位:省发展改革委、省经信厅、省财政厅、省商务厅、省地方金融监管局",
    "",
    "2. 制造业高质量发展。全面落实民营经济31条,提升浙江制造品质,全面实施科技新政,深入实施数字经济一号工程,加快市场主体升级。",
    "",
    "牵头单位:省发展改",
]

#: http://ybq.gov.cn/zwgk_263/zcwj/qtwj/202403/t20240311_13025119_wap.html
_CHARGES_OF_NOTICE = [
    "重庆市渝北区人民政府办公室关于印发2024年重点民生实事工作目标任务的通知",
    "渝北府办发〔2024〕5号",
    "重庆市渝北区人民政府办公室",
    "关于印发2024年重点民生实事工作目标任务的",
    "通 知",
    "各镇人民政府,区级各部门,各街道办事处,各区属国有公司,有关单位:",
    "为深入贯彻落实习近平总书记关于保障和改善民生工作的重要指示要求,根据市政府办公厅《关于印发2024年重点民生实事工作目标任务的通知》(渝府办发〔2024〕17号)精神,对标对表市级重点民生实事工作目标任务,按照区委、区政府工作部署,根据区人代会票决结果,确定2024年实施33项重点民生实事项目(详见附件1),现将有关事宜通知如下:",
    "一、明确目标任务。共两大类33项:一是市级重点民生实事项目分解至我区任务15项(暂定),包括城镇老旧小区改造和社区服务提升、实施城市绿荫工程等。二是区级民生实事项目18项(含区人大票决15项),包括老年人照顾服务行动、老旧城区更新改造工程等。两类项目中指标任务存在重叠的,按高要求执行。未锁定目标任务的事项以市里下达的任务为准。",
    "二、强化部门协同。各牵头部门抓总,配合单位共同努力,细化工作方案,明确每件重点民生实事项目时序进度,责任到人,做好前期,确保早日动工、按期完工。各职能部门要主动配合、积极支持。特别是任务较重的单位,要加派人手、优化方案、加快手续办理和建设推进,确保目标任务圆满完成。",
    "三、严格督查考核。区发展改革委要建立清单管理制度,每月跟踪比对卡点问题,督促各牵头部门及时整改推进。区政府办督查室要定期开展滞后项目跟踪督查,各责任部门要积极配合跟踪督查工作,全力整改问题,落实责任,年底严格逗硬民生实事工作考核。区融媒体中心要聚焦民生实事办理落",
]

#: http://ckzpt.com/zjg/zjgmsssxm2022/msssxmzt2022.shtml
_KINDS_OF_PROJECTS = [
    "2022年度民生实事项目于2月7日印发实施,共包括六大类24个项目,总投资16.96亿元。一是城市配套提升类,包括城市靓化工程、“口袋公园”建设、增加停车位供给、儿童友好出行交通设施建设、东三环(张杨公路-苏虞张公路)新建工程续建项目、治理交通堵点等6个项目;二是城市更新行动类,包括老旧小区改造、小区排水管网养护等2个项目;三是社会公共服务类,包括增加优质教育供给、市特殊教育学校改造提升工程、健身步道提升工程、社区养老服务示范工程、市未成年人关爱保护中心改造工程、残疾人居家就业服务中心建设、智慧急救能力提升、第一人民医院病房改造、疫情防控体系能力提升工程、名院名医进港城等10个项目;四是便民安全保障类,包括电动自行车集中充电场所建设、老旧电梯安全评估... [查看详情]",
]

#: http://district.ce.cn/newarea/roll/201410/20/t20141020_3738426.shtml
_FINANCES_REPORT = [
    "1-9月上海地方公共财政收支情况",
    "",
    "2014年10月20日 17:44   来源:政府网站   ",
    "",
    "  一、地方公共财政收入情况",
    "",
    "  1-9月份,全市地方公共财政收入完成3721.7亿元,比上年同期增收434.1亿元,增长13.2%。",
    "",
    "  今年以来,地方财政收入持续保持增长,收入增幅有所趋缓。受现代服务业发展态势良好带动,第三产业收入的支撑作用进一步增强,其中:银行业、保险业、证券及其他金融业、租赁和商务服务业等行业的地方公共财政收入完成情况较好。",
    "",
    "  二、地方公共财政支出情况",
    "",
    "  1-9月份,全市地方公共财政支出完成3079.9亿元,比上年同期增加276.4亿元,增长9.9%。",
]

#: https://quyushuju.com/forum.php?extra=page%3D1&mod=viewthread&tid=41696
_COMMUNIQUE = [
    "2019年交城县国民经济和社会发展统计公报",
    "2019年,交城县委、县政府团结带领全县人民坚持以习近平新时代中国特色社会主义思想为指引,扎实推进“不忘初心、牢记使命”主题教育,坚持稳中求进工作总基调,按照高质量发展要求,全面做好稳就业、稳金融、稳外贸、稳投资工作,全县经济运行扭转了2018年第四季度以来增速持续减缓的局面,从上半年开始,主要经济指标逐月回升、逐季向好,增长潜力不断释放,呈现出了“稳步向好、好中提质”的良好发展态势,为全面建成小康社会奠定了坚实基础。",
    "一、综 合",
    "初步核算,全年全县生产总值914326万元,比上年增长5.4%。其中,第一产业增加值37952万元,增长3.9%,占生产总值的比重为4.1%;第二产业增加值624710万元,增长5.6%,占生产总值的比重为68.3%;第三产业增加值251664万元,增长5.3%,占生产总值的比重为27.6%。第三产业中,金融业增加值39358万元,增长5.1%;交通运输、仓储和邮政业增加值26818万元,增长4.4%;批发和零售业增加值23862万元,增长4.5%。",
    "人均地区生产总值38214元,按2019年平均汇率计算为5686美元。",
    "全年全县公共财政预算收入70716万元,同比下降6.2%。一般预算支出189729万元,下降3.2%。其中农林水事务支出34895万元,同比下降2.61%,教育支出52423万元,同比增长12.8%,社会保障和就业支出19391万元,同比下降15%,医疗卫生支出17459万元,同比下降6.8%,文化体育与传媒支出4341万元,同比增长31.8%,公共安全支出7874万元,同比下降9.3%,节能环保支出8376万元,同比增长14.4%。 全年全县城镇新增就业3310人。转移农村劳动力3100人。年末城镇登记失业率控制在2.0%。 二、农 业 全年全县农作物种植面积8521.9公顷,比上年减少862公顷。其中,粮食种植面积7322.2公顷,减少193公顷;油料种植面积65公顷,减少117公顷。在",
]


#: http://hsqz.hssedu.cn/info/1076/1409.htm (its title line, then lines 22–29; the contents
#: page and the body between left out)
_TOTAL_OVER_ITS_PARTS = [
    "黄石市第七中学2023年部门预算公开",
    "二、2023年汇总预算情况",
    "本单位为独立的法人单位,无下设单位,汇总预算即为本单位预算。2023年预算情况如下:",
    "(一)2023年收入预算3814.61万元,其中:",
    "1、财政拨款3362.61万元;",
    "2、专户管理的事业收入434万元;",
    "3、单位资金收入0万元;",
    "4、政府性基金安排的收入0元。",
    "(二) 2023年支出预算3380.61万元,其中:",
]

#: https://www.langao.gov.cn/Content-2537328.html (its first 13 lines)
_LIST_UNDER_ITS_INTRODUCTION = [
    "4月1日,岚皋县第十九届人民代表大会第二次会议第二次全体会议召开。大会通报了我县2023年民生实事项目人大代表票决结果,到底是哪十大民生实事项目呢?是不是与你生活息息相关呢?现在让我们来一一揭晓。",
    "经县人大代表票决,岚皋县2023年十大民生实事涉及民生保障、教育医疗、城市提升等各方面,分别包括:",
    "①岚皋县村级医保服务能力提升工程;",
    "②岚皋县中小学及幼儿园校舍提升改造工程;",
    "③岚皋县农村敬老院供养服务设施改造提升项目;",
    "④岚皋县城市功能补短板项目;",
    "⑤岚皋县肖家坝农贸市场提升工程;",
    "⑥岚皋县标准化村卫生室建设项目;",
    "⑦岚皋县中医院基础服务能力提升项目;",
    "⑧岚皋县城区智慧水务建设工程;",
    "⑨岚皋县背街小巷改造工程;",
    "⑩岚皋县城关镇城北社区搬迁安置点道路建设项目。",
    "(图文/记者 李王灏 胡兴建 阳富康)",
]


def _appointments(lines: list[str]) -> list[tuple[str, str, list[str], list[str]]]:
    issue = quoted_issue(lines)
    return [(a.person, a.action, a.positions, a.qualifiers) for a in issue.facts["appointments"]]


def test_each_person_and_post_after_one_appointment_s_semicolons() -> None:
    assert _appointments(_SEMICOLON_LIST) == [
        ("曾国卫", "appoint", ["入境事务处处长"], ["留任"]),
        ("邓以海", "appoint", ["海关关长"], []),
        ("白韫六", "appoint", ["廉政专员"], ["留任"]),
        ("孙德基", "appoint", ["审计署署长"], ["留任"]),
        ("卢伟聪", "appoint", ["警务处处长"], ["留任"]),
    ]


def test_a_post_run_on_into_the_next_paragraph_s_day_is_unclear() -> None:
    issue = quoted_issue(_POST_INTO_NEXT_DAY)
    assert issue.facts["appointments"] == []
    assert [p.kind for p in issue.problems if p.kind == "appointment_unclear"] == [
        "appointment_unclear"
    ]


def test_the_order_named_after_a_post_is_no_part_of_it() -> None:
    assert _appointments(_ORDER_AFTER_POST) == [
        ("崔世安", "appoint", ["澳门特别行政区第四任行政长官"], []),
    ]


def test_a_collective_and_its_kind_are_one_unit() -> None:
    issue = quoted_issue(_COLLECTIVE_WITH_KIND)
    assert [m.responsible for m in issue.facts["measures"]] == [
        ["市行政审批服务局", "市直有关部门、单位", "各区市政府", "开发区管委"]
    ]


def test_a_line_of_units_cut_inside_its_last_name_names_none() -> None:
    issue = quoted_issue(_UNIT_CUT_BY_PAGE)
    assert [(m.title, m.responsible) for m in issue.facts["measures"]] == [
        ("稳企业、防风险", ["省发展改革委", "省经信厅", "省财政厅", "省商务厅", "省地方金融监管局"])
    ]


def test_a_notice_s_charges_and_kinds_of_projects_are_no_projects() -> None:
    assert quoted_issue(_CHARGES_OF_NOTICE).facts["commitments"] == []
    assert quoted_issue(_KINDS_OF_PROJECTS).facts["commitments"] == []


def test_a_report_on_the_public_finances_gives_its_budget_lines() -> None:
    issue = quoted_issue(_FINANCES_REPORT)
    assert [(b.label, b.amount, b.unit, b.role) for b in issue.facts["budget_lines"]] == [
        ("全市地方公共财政收入", 3721.7, "亿元", "revenue"),
        ("全市地方公共财政收入", 434.1, "亿元", "change"),
        ("全市地方公共财政支出", 3079.9, "亿元", "expenditure"),
        ("全市地方公共财政支出", 276.4, "亿元", "change"),
    ]


def test_a_communique_s_outcomes_of_the_year_its_title_names() -> None:
    issue = quoted_issue(_COMMUNIQUE)
    assert [
        (i.name, i.period, i.actual.text if i.actual else None, i.target)
        for i in issue.facts["indicators"]
    ] == [
        ("生产总值", "2019", "914326万元", None),
        ("生产总值", "2019", "增长5.4%", None),
        ("第一产业增加值", "2019", "37952万元", None),
        ("第一产业增加值", "2019", "增长3.9%", None),
        ("第二产业增加值", "2019", "624710万元", None),
        ("第二产业增加值", "2019", "增长5.6%", None),
        ("第三产业增加值", "2019", "251664万元", None),
        ("第三产业增加值", "2019", "增长5.3%", None),
        ("人均地区生产总值", "2019", "38214元", None),
        ("城镇新增就业", "2019", "3310人", None),
    ]


def test_a_total_heading_its_parts_is_a_budget_line() -> None:
    issue = quoted_issue(_TOTAL_OVER_ITS_PARTS)
    assert [(b.label, b.amount, b.unit) for b in issue.facts["budget_lines"]] == [
        ("2023年收入预算", 3814.61, "万元"),
        ("财政拨款", 3362.61, "万元"),
        ("专户管理的事业收入", 434.0, "万元"),
        ("单位资金收入", 0.0, "万元"),
        ("政府性基金安排的收入", 0.0, "元"),
        ("2023年支出预算", 3380.61, "万元"),
    ]
    # (the total is not checked against its parts here: the heading's list is its own)
    assert issue.facts["identities"] == []


def test_the_projects_a_paragraph_introduces_on_its_colon() -> None:
    issue = quoted_issue(_LIST_UNDER_ITS_INTRODUCTION)
    assert [c.text for c in issue.facts["commitments"]] == [
        "岚皋县村级医保服务能力提升工程;",
        "岚皋县中小学及幼儿园校舍提升改造工程;",
        "岚皋县农村敬老院供养服务设施改造提升项目;",
        "岚皋县城市功能补短板项目;",
        "岚皋县肖家坝农贸市场提升工程;",
        "岚皋县标准化村卫生室建设项目;",
        "岚皋县中医院基础服务能力提升项目;",
        "岚皋县城区智慧水务建设工程;",
        "岚皋县背街小巷改造工程;",
        "岚皋县城关镇城北社区搬迁安置点道路建设项目。",
    ]


def test_a_call_for_proposals_promises_no_projects() -> None:
    from pathlib import Path

    import gongbao

    page = (
        Path(__file__).resolve().parent.parent
        / "corpus"
        / "announcement"
        / "guangdong-meizhou-xingning-heshui-2022-minsheng-shishi-zhengji-gonggao-duphead-cut-gov-page.txt"
    )
    assert gongbao.parse_file(page).facts["commitments"] == []
