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
