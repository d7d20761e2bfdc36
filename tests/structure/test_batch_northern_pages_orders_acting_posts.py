"""Three batches gathered from the page store and measured before any rule was written for
them (northern and western counties' 公告/通告 and portal pages; 通报, 函, 纪要, 人大 决定;
任免 news and city 令): the rules of their kind, each on its real page. Every expected value
was read off the file by hand (the docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def _head(path: str) -> tuple[str, str | None, str | None, list[str]]:
    doc = corpus_doc(path)
    return doc.title, doc.doc_number, doc.date, doc.issuers


def test_a_title_over_three_lines_past_a_quoted_report() -> None:
    """'鄂温克族自治旗人民政府办公室' / '关于印发2022年《政府工作报告》' / '重点任务责任落实分工的
    通知', one paragraph a line: the quote's '报告》' ends no title after 关于印发 (only the last
    line had been kept)."""
    path = "redhead/neimenggu-hulunbeier-ewenke-2022-gongzuo-baogao-fengong-gov-page.txt"
    assert _head(path) == (
        "鄂温克族自治旗人民政府办公室关于印发2022年《政府工作报告》重点任务责任落实分工的通知",
        None,
        "2022-02-21",
        ["鄂温克族自治旗人民政府办公室"],
    )


def test_a_sites_column_tag_before_the_headline_is_no_part_of_the_title() -> None:
    """'「通告」前郭尔罗斯蒙古族自治县人民政府关于…的通告' and '【精准防控】兴安盟…公告(第47号)'
    over the document's own '兴安盟新冠肺炎疫情防控指挥部公告' / '( 2022第47号)': the tag goes,
    the number is the one the document prints, and a 公告 titled by its issuer's name names it."""
    qianguo = "announcement/jilin-songyuan-qianguo-jinshao-jiegan-tonggao-1500zi-page.txt"
    assert _head(qianguo)[0] == "前郭尔罗斯蒙古族自治县人民政府关于严禁露天焚烧农作物秸秆的通告"
    assert _head(qianguo)[3] == ["前郭尔罗斯蒙古族自治县人民政府"]
    xinganmeng = "announcement/neimenggu-xinganmeng-2022-yiqing-gonggao47-gov-page.txt"
    assert _head(xinganmeng) == (
        "兴安盟新冠肺炎疫情防控指挥部公告",
        "2022第47号",
        "2022-11-05",
        ["兴安盟新冠肺炎疫情防控指挥部"],
    )


def test_the_documents_own_title_under_a_content_farms_headlines() -> None:
    """Three copies of an SEO headline of two titles, '文章插图', then '陇西县新型冠状病毒肺炎疫情
    联防联控领导小组办公室通告(第50号)': the title that names its issuer is the document's; the
    signature ('陇西县新冠肺炎疫情联防联控' / '工作领导小组办公室') names the issuer."""
    path = "announcement/gansu-dingxi-longxi-2022-yiqing-tonggao50-repost-page.txt"
    assert _head(path) == (
        "陇西县新型冠状病毒肺炎疫情联防联控领导小组办公室通告",
        "第50号",
        "2022-09-02",
        ["陇西县新冠肺炎疫情联防联控工作领导小组办公室"],
    )


def test_a_headline_with_an_exclamation_mark_is_no_title() -> None:
    """'墨脱县人民政府' / '公示!墨脱县拟入选全国双拥模范城(县)' over the 公示's own title."""
    path = "announcement/xizang-nyingchi-motuo-2025-shuangyong-mofan-gongshi-gov-page.txt"
    assert _head(path)[0] == "关于西藏自治区拟申报全国双拥模范城(县)名单的公示"


def test_a_document_headed_by_its_kind_alone_after_the_last_ones_date() -> None:
    """'鄂托克前旗人民政府' / '2019年4月22日' then '公告' and '为了保护、建设和合理利用草原…':
    two documents, the second titled '公告' (cut by the page before its signature)."""
    path = "announcement/neimenggu-ordos-etuokeqianqi-2019-jinmu-xiumu-tonggao-12lady-page.txt"
    docs = corpus_issue(path).documents
    assert [(d.title, d.date, d.issuers) for d in docs] == [
        (
            "鄂托克前旗人民政府关于认真做好2019年禁牧休牧工作的通告",
            "2019-04-22",
            ["鄂托克前旗人民政府"],
        ),
        ("公告", None, []),
    ]


def test_an_issuer_that_signs_without_a_day() -> None:
    """The text ends on '大庆市让胡路区人民政府林业和草原局' set far right (the page cut the
    date); '特此公告' / '清徐县水务局' / '二○一四年一月' (a month, no day): both sign, no date."""
    ranghulu = "announcement/heilongjiang-daqing-ranghulu-2025-qiuji-fanghuo-gonggao-gov-page.txt"
    assert _head(ranghulu)[2:] == (None, ["大庆市让胡路区人民政府林业和草原局"])
    qingxu = "announcement/shanxi-taiyuan-qingxu-2014-hehu-bingmian-tonggao-paper-page.txt"
    assert _head(qingxu)[2:] == (None, ["清徐县水务局"])


def test_a_portals_office_is_no_issuer_of_a_departments_numbered_document() -> None:
    """'发布机构 高昌区政府办公室 公开日 2023-07-04' over '文 号 高区财农〔2023〕45号': the value
    ends at the next label (it had run on: '高昌区政府办公室公开日2023-07-04'), and the office
    that runs the portal did not issue a 财农 document. A 令 the office publishes
    ('惠府令〔2020〕96号') is its government's, and an order."""
    gaochang = (
        "web-page/xinjiang-tulufan-gaochang-2023-gaoqucainong45-caoyuan-buzhu-fangan-gov-page.txt"
    )
    assert _head(gaochang)[1:] == ("高区财农〔2023〕45号", None, [])
    huizhou = corpus_doc(
        "order/guangdong-huizhou-2020-ling96-huwai-guanggao-spam-trad-pinyin-page.txt"
    )
    assert (huizhou.doc_number, huizhou.issuers, huizhou.kind) == (
        "惠府令〔2020〕96號",
        ["惠州市人民政府"],
        "order",
    )


def test_a_papers_dateline_over_the_text_is_not_the_decisions_date() -> None:
    """'(2021年11月25日重庆市永川区第十七届人大常委会第四十二次会议通过)' then '渝西都市报
    2021年11月30日' over the text: adopted on the 25th."""
    path = "npc/chongqing-yongchuan-2021-npcsc-qushu-quhua-jueding-epaper-page.txt"
    assert _head(path)[2] == "2021-11-25"


def test_a_reporters_line_and_a_sites_accounts_are_no_titles() -> None:
    """'记者 何勤华' over a news item, '中国政府网微博、微信' under a Xinhua flash: bylines and
    site navigation, neither a title (the items print none)."""
    for path in (
        "personnel/sichuan-liangshan-xichang-2021-npcsc-daili-shizhang-sina-page.txt",
        "personnel/jilin-2014-npcsc-daili-shengzhang-cizhi-govcn-page.txt",
    ):
        assert corpus_doc(path).title == ""


def _appointments(path: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [
        (a.person, a.action, a.positions, a.qualifiers)
        for a in corpus_issue(path).facts["appointments"]
    ]


def test_acting_posts_shortened_and_appointments_run_on_with_dunhao() -> None:
    """'任命胡和平為陜西省人民政府副省長、代省長' (代 for 代理); '任命宋莉同志为西昌市人民政府
    副市长、查中才同志为西昌市人民政府副市长' (the second person's post had been read as part of
    the first's); '接受张定禄等辞去甘谷县第十八届人大代表职务' (the name without 等)."""
    shaanxi = _appointments("personnel/shaanxi-gansu-npcsc-daili-shengzhang-trad-pinyin-page.txt")
    assert shaanxi[:2] == [
        ("胡和平", "appoint", ["陜西省人民政府副省長"], []),
        ("胡和平", "appoint", ["陜西省人民政府省長"], ["代理"]),
    ]
    assert ("林鐸", "appoint", ["甘肅省省長"], ["代理"]) in shaanxi
    xichang = _appointments(
        "personnel/sichuan-liangshan-xichang-2021-npcsc-daili-shizhang-sina-page.txt"
    )
    assert ("查中才", "appoint", ["西昌市人民政府副市长"], []) in xichang
    assert all("查中才" not in p for _n, _a, ps, _q in xichang for p in ps)
    gangu = _appointments("personnel/gansu-tianshui-gangu-npcsc-daili-xianzhang-gov-page.txt")
    assert gangu[0] == ("张定禄", "remove", ["甘谷县第十八届人大代表"], ["辞职"])


def test_a_sites_banner_over_its_sign_in_links_is_no_title() -> None:
    """'开启全网商机' / '登录/注册' / '****' over a reply a bidding site masked: the banner and the
    links are the site's; the reply prints no title and says what it is ('特此批复')."""
    doc = corpus_doc(
        "reply/shanxi-jinzhong-2026-shizhenghan1-shuiyuan-baohuqu-pifu-masked-bid-page.txt"
    )
    assert (doc.title, doc.kind) == ("", "reply")


def test_news_items_on_a_committees_decisions_are_news() -> None:
    """'吉林省十二届人大常委会第十次会议9月5日决定,…' (Xinhua's credit taken off as its byline),
    '天津北方网讯:5日,新区二届人大常委会举行第八次全体会议', a headline '赵一德任陕西省代省长'
    over '【陕西省|…】8月2日下午 , …会议召开': reports of decisions, issued by no one."""
    for path in (
        "personnel/jilin-2014-npcsc-daili-shengzhang-cizhi-govcn-page.txt",
        "personnel/tianjin-binhai-2015-npcsc-daili-quzhang-enorth-page.txt",
        "personnel/shaanxi-npcsc-daili-shengzhang-tagged-headline-page.txt",
    ):
        assert corpus_doc(path).kind == "news", path


def test_an_order_on_a_sharing_site_with_its_law_record_run_onto_one_line() -> None:
    """'贵阳市殡葬管理办法(2016)' (the file's name), '- 格式:doc' / '- 大小:28.00 KB' /
    '- 文档页数:4', then '贵阳市殡葬管理实施规定文章属性•【制定机关】贵阳市人民政府•…•【字号】
    贵阳市人民政府令第103号…正文贵阳市人民政府令第103号《贵阳市殡葬管理实施规定》已于…通过。':
    the file's facts and the record are the site's, the record's 字号 is the 文号, the order
    line stands apart from its promulgation, and the title is the one it heads."""
    doc = corpus_doc("order/guizhou-guiyang-2002-ling103-binzang-guiding-doczj-page.txt")
    assert (doc.title, doc.doc_number, doc.issuers, doc.kind) == (
        "贵阳市殡葬管理实施规定",
        "贵阳市人民政府令第103号",
        ["贵阳市人民政府"],
        "order",
    )


def test_reports_without_a_title_and_their_governments() -> None:
    """'——2016年1月6日在馬鞍山市第十五屆人民代表大會第五次會議上' / '市長 魏堯' with no title over
    it, and '現在,我代表南開區人民政府,向大會作政府工作報告' with no head at all: reports, the
    second the government it names; a sharing site's '文档介绍:' before a meeting line over two
    lines ('——2009年5月16日在昔阳县第十五届人民代表大会' / '第三次会议上'); a yearbook's bulleted
    head ('• 政府工作报告' / '• ——2001年2月16日在…会议上') under its volume ('2002卷')."""
    maanshan = corpus_doc("work-report/anhui-maanshan-2016-work-report-notitle-pinyin-page.txt")
    assert (maanshan.title, maanshan.kind) == ("", "report")
    nankai = corpus_doc("work-report/tianjin-nankai-2010-work-report-nohead-trad-wiki-page.txt")
    assert (nankai.kind, nankai.issuers) == ("report", ["南開區人民政府"])
    xiyang = "work-report/shanxi-jinzhong-xiyang-2009-work-report-stripped-figures-taodocs-page.txt"
    assert _head(xiyang) == ("", None, "2009-05-16", ["昔阳县人民政府"])
    yearbook = "work-report/neimenggu-2001-work-report-nianjian-bullets-page.txt"
    assert _head(yearbook) == ("政府工作报告", None, "2001-02-16", ["内蒙古自治区人民政府"])


def test_budget_reports_heads() -> None:
    """'2023年天等县决算(草案)的报告' over '2024年10月18日天等县…常务委员会第二十四次会议通过'
    and '受县人民政府委托': the title is no meeting line, and the report is the government's, not
    the committee's; '(贵州省)关于黔东南州黄平县…的报告' over the report's own '黄平县…的报告';
    '彭水苗族土家族自治县2021年预算执行' / '情况和2022年预算草案' one title; '县财政局 杨晓武'
    reads 五河县's report for the bureau."""
    assert _head("budget-report/guangxi-chongzuo-tiandeng-2023-final-accounts-report-page.txt") == (
        "2023年天等县决算(草案)的报告",
        None,
        "2024-10-18",
        ["天等县人民政府"],
    )
    huangping = "budget-report/guizhou-qiandongnan-huangping-2022-budget-report-page.txt"
    assert _head(huangping)[0] == "黄平县2022年预算执行情况和2023年预算草案的报告"
    pengshui = "budget-report/chongqing-pengshui-2021-budget-report-page.txt"
    assert _head(pengshui)[0] == "彭水苗族土家族自治县2021年预算执行情况和2022年预算草案"
    wuhe = "budget-report/anhui-bengbu-wuhe-2017-shangbannian-budget-report-page.txt"
    assert _head(wuhe)[3] == ["五河县财政局"]


def test_a_change_named_by_its_own_subject_is_that_lines() -> None:
    """'城市维护建设税798万元,同比减收194万元,…;房产税收入同比增收531万元,同比减收24万元' (天等's
    report, as printed): both changes are 房产税收入's (they had been given to the tax before)."""
    issue = corpus_issue(
        "budget-report/guangxi-chongzuo-tiandeng-2023-final-accounts-report-page.txt"
    )
    changes = [(b.label, b.amount) for b in issue.facts["budget_lines"] if b.role == "change"]
    assert ("房产税收入", 531.0) in changes and ("房产税收入", -24.0) in changes
    assert ("城市维护建设税", 531.0) not in changes


def test_budget_pages_heads_and_own_contents() -> None:
    """A 决算 page's contents with '(1)' page numbers, its entries numbered sections: one
    document's own contents, not an issue's (it had split the page in two); a school's page
    that opens with '目 录' / '第一部分:…' prints no title; '石楼县第二中学校2022年预算公示情况
    说明' (the portal's headline), its byline, then the budget's own '石楼第二中学校2022年部门
    预算': the budget's, its issuer named in full as the headline prints it; a town's annual
    report names no government: the town."""
    cangnan = corpus_issue(
        "dept-budget/zhejiang-wenzhou-cangnan-jiaoyuju-2020-final-accounts-page.txt"
    )
    assert [d.title for d in cangnan.documents] == ["苍南县教育局2020年度部门(单位)决算"]
    changde = corpus_doc("dept-budget/hunan-changde-waiguoyu-xuexiao-2022-dept-budget-page.txt")
    assert changde.title == ""
    shilou = "dept-budget/shanxi-lvliang-shilou-erzhong-2022-dept-budget-page.txt"
    assert (_head(shilou)[0], _head(shilou)[3]) == (
        "石楼第二中学校2022年部门预算",
        ["石楼县第二中学校"],
    )
    tangcun = "disclosure-report/shandong-jining-zoucheng-tangcun-2010-disclosure-report-page.txt"
    assert _head(tangcun)[3] == ["唐村镇"]


def test_a_forums_anti_copy_junk_is_taken_out_and_recorded() -> None:
    """A Discuz post strews '( ?: c( k/ R2 O# o1 j. C' and the like through the 国务院 notice it
    copies: each run recorded as removed (a problem: a guess), the signature's line
    ('国务院 2015年5月13日 . J8 O& X, _) h/ j( H') read again."""
    path = "mirror-noise/guowuyuan-2015-jiuyuesanri-fangjia-tongzhi-forum-anticopy-page.txt"
    issue = corpus_issue(path)
    assert (issue.documents[0].date, issue.documents[0].issuers) == ("2015-05-13", ["国务院"])
    junk = [r.text for r in issue.removed if r.why == "anti_copy"]
    assert junk[0] == "( ?: c( k/ R2 O# o1 j. C" and ". J8 O& X, _) h/ j( H" in junk
