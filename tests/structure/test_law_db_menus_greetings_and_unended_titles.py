"""The fifteenth batch (通告, 意见 and 印发 notices, replies, a 红头, an 人大 rule) measured before
its rules, and the rules of its kinds, each on its real page: a law database's menus and lists
over the record that titles its document, a 公告 that greets the public, the document's own
longer title under a site's shorter headline, a list of attachments under '附:' alone, a
village's committee and a government's departments among the addressees, deputies and
members by name, a 印发 title printed without its '的通知'; and the sixteenth batch's (a
notice's mark over its number and title, a sharing site's file name, a byline's source and a
breadcrumb's section under their labels, a server's error page, a headline with a comma or a
question mark, a site's bar, a report's occasion in brackets, a garbled number in the head,
committees named in full). Every expected value was read off the file by hand (the
docstrings quote the lines)."""

from __future__ import annotations

from gongbao.structure.addressees import addressee_line, bare_addressee_line, split_addressees
from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_law_databases_menus_and_lists_over_its_record_are_the_sites() -> None:
    """'我的法规 最新法规 点击最多  失效法规 …' (the site's bar), ' 法规分类', 'Loading...', its
    topics ('【企业会计准则】', 'CPA考试法规汇编(2015)' …), '法规内容  本文仅供参考…', then the
    record ('发文标题: 南昌市人民政府关于印发《…[2016-2020年]》的通知', '发文文号: 洪府发[2016]41号',
    '发文部门: …', '发文时间: 2016-12-30' …), '页面功能:', '发文内容:' and the notice from its
    主送 '各县(区)人民政府、开发区(新区)管委会,市政府各部门:'."""
    path = (
        "opinion/jiangxi-nanchang-2016-hongfufa41-quanmin-jianshen-jihua-yinfa-lawdb-meta-page.txt"
    )
    issue = corpus_issue(path)
    doc = issue.documents[0]
    assert (doc.title, doc.doc_number, doc.date, doc.issuers, doc.kind) == (
        "南昌市人民政府关于印发《南昌市全民健身实施计划[2016-2020年]》的通知",
        "洪府发[2016]41号",
        "2016-12-30",
        ["南昌市人民政府"],
        "notice",
    )
    assert doc.addressees == ["各县(区)人民政府", "开发区(新区)管委会", "市政府各部门"]
    assert [a.title for a in doc.attachments] == ["南昌市全民健身实施计划(2016—2020年)"]
    removed = {r.line: r.why for r in issue.removed}
    # the bar, the topics' list (line 5 '【企业会计准则】'), the record's title row, the labels
    assert (removed[1], removed[5], removed[23], removed[33], removed[36]) == (
        "site_navigation",
        "site_navigation",
        "page_metadata",
        "site_navigation",
        "site_navigation",
    )


def test_a_law_databases_epoch_date_row_is_its_record() -> None:
    """'【发文字号】川府函[2011]148号' … '【实施时间】 1970-08-22': the database's empty date, a row
    of its record, not a line of the reply."""
    issue = corpus_issue("gazette-item/sichuan-2011-lushan-zhudi-reply-lawdb.txt")
    assert [(r.line, r.why) for r in issue.removed if r.line == 12] == [(12, "page_metadata")]


def test_a_notice_that_greets_the_public_under_a_shorter_headline() -> None:
    """'2025长武半程马拉松期间对部分道路采取临时交通管制的公告' (the site's), the lead after '导语',
    then '关于“我们都是追梦人”2025长武半程马拉松期间…的公告' and '尊敬的广大群众:'; after the date
    '附:2025长武半程马拉松线路图'."""
    path = "announcement/shaanxi-xianyang-changwu-2025-banma-jiaotong-guanzhi-gonggao-gonganju-bendibao-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.date, doc.issuers, doc.addressees) == (
        "关于“我们都是追梦人”2025长武半程马拉松期间对部分道路采取临时交通管制的公告",
        "2025-04-15",
        ["长武县公安局交通警察大队"],
        ["广大群众"],
    )
    assert [(a.label, a.title) for a in doc.attachments] == [("附", "2025长武半程马拉松线路图")]


def test_a_speeches_greeting_is_no_addressee() -> None:
    """The public a 公告 greets is addressed; those a speech greets hear it."""
    assert addressee_line("尊敬的市民朋友们:")
    assert not addressee_line("尊敬的各位代表：")
    assert not addressee_line("尊敬的主任、各位副主任：")


def test_a_list_under_fu_alone_lists_attachments() -> None:
    """'附:各村(乡林场)08年度林业生产任务表' over the signature; '附：新旧制度会计科目对照表' at
    the end of a pdftotext notice; '附:第三批国家重点风景名胜区名单(共35处)' (the count is no
    part of the title, the title names the list it issues)."""
    doc = corpus_doc(
        "redhead/zhejiang-quzhou-kaihua-zhongcun-2008-linye-shengchan-renwu-banji-nbxinxi-page.txt"
    )
    assert [a.title for a in doc.attachments] == ["各村(乡林场)08年度林业生产任务表"]
    doc = corpus_doc("line-shapes/czb-2021-hezuoshe-xianjie-pdftotext.txt")
    assert [a.title for a in doc.attachments] == ["新旧制度会计科目对照表"]
    doc = corpus_doc("web-page/mohurd-1994-fengjing-3rd-notice.txt")
    assert [a.title for a in doc.attachments] == ["第三批国家重点风景名胜区名单"]


def test_a_villages_committee_and_a_governments_departments_are_addressees_of_their_own() -> None:
    """'各村(社区)党支(总)部、村(社区)委会,镇直各部门:' and '各乡(镇)政府、政府各部门:'."""
    path = "opinion/jiangsu-lianyungang-guannan-duigougangzhen-2019-renju-huanjing-pingjia-biaozhun-yinfa-notitle-gov-page.txt"
    assert corpus_doc(path).addressees == ["各村(社区)党支(总)部", "村(社区)委会", "镇直各部门"]
    assert split_addressees("各乡(镇)政府、政府各部门:") == ["各乡(镇)政府", "政府各部门"]
    # (a body that names no one of its own still shares the name before it)
    assert split_addressees("各县（区）人民政府、法院：") == ["各县（区）人民政府、法院"]


def test_deputies_and_members_by_name() -> None:
    """'刘鲜兰、王金燕、马秀梅代表:' under a reply's title; '贺文国、佟金菊委员' printed without its
    colon under an 答复函's."""
    path = "reply/ningxia-yinchuan-jtj-2017-renda-jianyi40-dafu-meta-gov-page.txt"
    assert corpus_doc(path).addressees == ["刘鲜兰", "王金燕", "马秀梅代表"]
    path = "reply/ningxia-wuzhong-yanchi-2021-zhengxie-tian49-dafuhan-jiaotiju-meta-gov-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.addressees) == (
        "盐池县教育体育局关于对政协盐池县第十届委员会五次会议49号提案的答复函",
        ["贺文国", "佟金菊委员"],
    )
    assert not bare_addressee_line("各县、区代表")


def test_an_issuing_title_printed_without_its_notice() -> None:
    """'治多县人民政府办公室' / '关于印发治多县义务教育控辍保学专项' / '行动方案' (no '的通知'),
    '各乡(镇)政府、政府各部门:', '现将《治多县义务教育控辍保学专项行动方案》印发给你们', and the
    方案 printed after the 版记 under its title."""
    path = "opinion/qinghai-yushu-zhiduo-2017-zhizhengban93-kongchuo-baoxue-fangan-yinfa-qmark-mirror-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.kind, doc.addressees) == (
        "治多县人民政府办公室关于印发治多县义务教育控辍保学专项行动方案",
        "notice",
        ["各乡(镇)政府", "政府各部门"],
    )
    assert [a.title for a in doc.attachments] == ["治多县义务教育控辍保学专项行动方案"]


def test_a_notices_mark_over_its_number_and_its_title() -> None:
    """'吉林省农业农村厅通告' / '通告〔2025〕1号' / '吉林省农业农村厅关于2025年禁渔期的通告' under
    the page's record (printed twice)."""
    doc = corpus_doc("announcement/jilin-nyt-2025-tonggao1-jinyuqi-meta-gov-page.txt")
    assert (doc.title, doc.doc_number, doc.issuers) == (
        "吉林省农业农村厅关于2025年禁渔期的通告",
        "通告〔2025〕1号",
        ["吉林省农业农村厅"],
    )


def test_a_sharing_sites_file_name_over_its_text() -> None:
    """'阜宁镇人民政府2022年部门预算.pdf' over '绥芬河市阜宁镇人民政府 2022 年部门预算 1 目 录 …'
    (the text names the place); '友谊县成富朝鲜族满族乡人民政府(部门)2021年度部门决算公开说明.pdf'
    over a cover that prints it without '(部门)'."""
    path = "dept-budget/heilongjiang-mudanjiang-suifenhe-funingzhen-2022-dept-budget-pdf-oneline-chddh-page.txt"
    assert corpus_doc(path).title == "绥芬河市阜宁镇人民政府2022年部门预算"
    path = (
        "dept-budget/heilongjiang-shuangyashan-youyi-chengfu-2021-final-accounts-docshare-page.txt"
    )
    assert corpus_doc(path).title == "友谊县成富朝鲜族满族乡人民政府2021年度部门决算公开说明"


def test_a_bylines_source_and_a_breadcrumbs_section_on_the_line_under_their_labels() -> None:
    """'来源:' / '疏勒县人民政府办公室' over the headline; '您的当前位置:' / '省人大颁布的地方法规' over
    '哈尔滨市市容管理办法' and its adoption line."""
    doc = corpus_doc("minutes/xinjiang-kashi-shule-2022-cwh23-garbled-date-gov-page.txt")
    assert doc.title == "疏勒县十六届人民政府召开第23次常务会议"
    path = "npc/heilongjiang-harbin-1988-npcsc-shirong-guanli-banfa-pizhun-hljszw-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.date) == ("哈尔滨市市容管理办法", "1988-12-16")


def test_a_servers_error_page_and_a_question_that_ends_a_headline() -> None:
    """'404 Not Found' (twice), 'ZJOL/1.24.96', then the headline '书记县长越来越年轻 浙江70后“治县”
    呼之欲出?' on a page with no question mark for a lost character anywhere."""
    path = "personnel/zhejiang-2015-renqian-gongshi-lanxi-news-404-zjol-page.txt"
    issue = corpus_issue(path)
    assert issue.documents[0].title == "书记县长越来越年轻浙江70后“治县”呼之欲出?"
    assert [(r.line, r.why) for r in issue.removed[:3]] == [
        (1, "markup"),
        (3, "markup"),
        (6, "markup"),
    ]


def test_a_headline_with_a_comma_over_a_news_paragraph() -> None:
    """'齊魯政情|山東調整多地縣(市、區)委書記,兩名縣(市)委書記擬任設區市副廳級職務' over the
    byline and '在發布公示10天后,…': the headline, not a paragraph cut at a page break."""
    path = "personnel/shandong-2020-renqian-gongshi-renzhi-jueding-news-big5-people-page.txt"
    assert (
        corpus_doc(path).title
        == "山東調整多地縣(市、區)委書記,兩名縣(市)委書記擬任設區市副廳級職務"
    )


def test_a_sites_bar_and_a_reports_occasion_in_brackets_on_its_title_line() -> None:
    """'收藏本站 官方微博 欢迎浏览杭州党史与地方志', then '政府工作报告 (2019年1月21日在杭州市第十三届
    人民代表大会第四次会议上) 杭州市人民政府市长 徐立毅'."""
    path = "work-report/zhejiang-hangzhou-2019-work-report-bracket-meeting-line-hangzhouds-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.date, doc.issuers, doc.kind) == (
        "政府工作报告",
        "2019-01-21",
        ["杭州市人民政府"],
        "report",
    )


def test_a_garbled_number_in_the_head_and_committees_named_in_full() -> None:
    """'吉政公组〔20212' (no value: its year and number run together) between the title and
    '各市(州)人民政府、长白山管委会,长春新区、中韩(长春)国际合作示范区管委会,省政府各厅委办、
    各直属机构:'; '尊敬的王风科代表:' under a reply's title."""
    path = "opinion/jilin-baicheng-taonan-2021-jizhenggongzu2-zhengwu-gongkai-yaodian-garbled-gov-page.txt"
    doc = corpus_doc(path)
    assert (doc.doc_number, doc.addressees) == (
        None,
        [
            "各市(州)人民政府",
            "长白山管委会",
            "长春新区、中韩(长春)国际合作示范区管委会",
            "省政府各厅委办",
            "各直属机构",
        ],
    )
    path = (
        "reply/shanxi-changzhi-pingshun-lyj-2025-renda-jianyi-huifu-meta-stray-byline-gov-page.txt"
    )
    assert corpus_doc(path).addressees == ["王风科代表"]


def test_the_documents_own_head_under_a_site_whose_bar_it_takes_out() -> None:
    """'关怀版 无障碍 无障碍' (the site's bar), the breadcrumb, the headline, '访问量:', then the
    page's own head: a garbled number ('赣市府办字〔2015118'), '赣州市人民政府办公厅' and the title
    over two lines; on a sister page the own title lost 年 ('关于202310月份…') under the
    headline that keeps it."""
    doc = corpus_doc("redhead/jiangxi-ganzhou-2015-yigai-gongzuo-yaodian-garbled-page.txt")
    assert (
        doc.title == "赣州市人民政府办公厅关于印发2015年全市深化医药卫生体制改革下步工作要点的通知"
    )
    path = "web-page/jiangxi-ganzhou-huichang-2023-minsheng-shishi-jinzhan-tongbao-garbled-gov-page.txt"
    assert corpus_doc(path).title == "关于2023年10月份民生实事项目进展情况的通报"


def test_a_title_printed_again_and_cut_and_zones_before_their_committee() -> None:
    """'曲水府发〔202321' / '重庆市梁平区曲水镇人民政府' / '关于印发曲水镇自然灾害救助应急预案的'
    (no '通知') / '各村(社区),办所中心,镇属(驻镇)单位:'; zones before the committee named after
    the last of them: '冶金工业园、高新技术产业开发区、常阴沙现代农业示范园区、双山香山旅游度假区管委会'."""
    doc = corpus_doc("opinion/chongqing-liangping-qushui-2023-zaihai-jiuzhu-yuan-page.txt")
    assert doc.addressees == ["各村(社区)", "办所中心", "镇属(驻镇)单位"]
    assert split_addressees(
        "各镇政府,冶金工业园、高新技术产业开发区、常阴沙现代农业示范园区、双山香山旅游度假区管委会:"
    ) == [
        "各镇政府",
        "冶金工业园、高新技术产业开发区、常阴沙现代农业示范园区、双山香山旅游度假区管委会",
    ]


def test_an_issuer_by_the_fullest_name_the_file_prints() -> None:
    """'玉林市人大常委会' beside '…玉林市第四届人民代表大会常务委员会…' (the full name, its term left
    out); a file that prints only '天水市人大常委會' keeps it; an order line '中华人民共和国国务院令'
    is the order's 发文机关标志, its issuer's full name (GB/T 9704)."""
    path = "npc/guangxi-yulin-2016-npcsc-daibiao-ming-e-jueding-pipes-epaper-page.txt"
    assert corpus_doc(path).issuers == ["玉林市人民代表大会常务委员会"]
    path = "npc/gansu-tianshui-1989-npcsc-shishu-shihua-jueding-trad-mirror-page.txt"
    assert corpus_doc(path).issuers == ["天水市人大常委會"]
    path = "order/guowuyuan-2022-ling753-diming-guanli-tiaoli-wenzhangshuxing-doczj-page.txt"
    assert corpus_doc(path).issuers == ["中华人民共和国国务院"]
