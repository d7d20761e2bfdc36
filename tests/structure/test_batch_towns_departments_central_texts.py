"""Heads of a batch of town, department and central texts (portal pages with records, 答复,
disclosure reports without titles, crawled 国务院 texts) measured before any rule was written
for it (title / 文号 / date / issuers on arrival 0.81 / 1.00 / 0.93 / 0.63 over 27 files).
Every expected value was read off the file by hand."""

from __future__ import annotations

from gongbao.pipeline import parse_text
from tests.structure.corpus_pages import corpus_doc


def test_a_record_whose_last_field_is_empty_keeps_the_addressee_line() -> None:
    """'…文 号: 发布日期:2023年01月16日 时效性:' (the record's last field empty), then '各村(居)
    委会:': the addressees, not the field's value; the notice prints no title, the record's
    '标题:' gives it, and the signature names the town's government in full."""
    d = corpus_doc(
        "opinion/hainan-danzhou-xinzhouzhen-2023-renju-huanjing-wunian-fangan-gov-page.txt"
    )
    assert (d.title, d.addressees, d.issuers, d.date) == (
        "儋州市新州镇人民政府关于印发《新州镇农村人居环境整治提升五年行动方案(2021-2025年)》的通知",
        ["各村(居)委会"],
        ["儋州市新州镇人民政府"],
        "2023-01-16",
    )


def test_a_sign_in_link_and_a_responsible_departments_field() -> None:
    """'登录个人中心' over the menu, and '…发布机构 沙坡头区人民政府办公室 责任部门 沙坡头区政府办'
    in the record: no part of the title, and the issuer ends where the next label begins."""
    d = corpus_doc(
        "web-page/ningxia-zhongwei-shapotou-2017-jianyi-tian-duchatongbao13-gov-page.txt"
    )
    assert (d.title, d.issuers) == (
        "关于2017年中卫市、沙坡头区人大建议、政协提案办理情况的督查通报",
        ["沙坡头区人民政府办公室"],
    )


def test_the_central_committee_and_the_state_council_issue_jointly() -> None:
    """'中共中央 国务院关于实施乡村振兴战略的意见' (a crawl, one paragraph a line): two issuers."""
    d = corpus_doc("line-shapes/zhonggong-guowuyuan-2018-xiangcun-zhenxing-yijian-crlf.txt")
    assert (d.issuers, d.date, d.kind) == (["中共中央", "国务院"], "2018-01-02", "opinion")


def test_a_work_report_without_its_head_reads_on_behalf_of_its_government() -> None:
    """The file opens on '各位代表：', then '…我代表国务院，向大会报告政府工作': a report of the
    State Council, no title printed."""
    d = corpus_doc("work-report/guowuyuan-2022-work-report-nohead-crlf.txt")
    assert (d.title, d.kind, d.issuers) == ("", "report", ["国务院"])


def test_annual_reports_that_name_themselves_in_their_opening() -> None:
    """No title: '一、总体情况' / '本年报根据《…政府信息公开条例》…要求,由海口市秀英区东山镇人民政府
    编制。…'; and '…的通知》要求,现公布开阳县统计局2023年政府信息公开工作年度报告。' (the
    bureau's name with its province and city is printed only inside a cited title)."""
    d = corpus_doc(
        "disclosure-report/hainan-haikou-xiuying-dongshan-2021-disclosure-report-notitle-page.txt"
    )
    assert (d.kind, d.issuers) == ("report", ["海口市秀英区东山镇人民政府"])
    d = corpus_doc(
        "disclosure-report/guizhou-guiyang-kaiyang-tongjiju-2023-disclosure-report-page.txt"
    )
    assert (d.kind, d.issuers) == ("report", ["开阳县统计局"])


def test_a_photos_zoom_link_is_no_title() -> None:
    """'放大圖片' over a news item on appointments that prints no headline of its own."""
    d = corpus_doc("personnel/hainan-2012-npcsc-renmian-fayuan-wenweipo-trad-page.txt")
    assert (d.title, d.kind) == ("", "news")


def test_a_gazettes_date_under_a_record_whose_last_field_is_empty() -> None:
    """The title, a flattened record ending '…体裁分类 服务对象' (its last field empty), then
    '(二○○八年十月二十九日)' and the 文号: the date is the document's, not the field's value."""
    d = corpus_doc(
        "gazette-item/henan-pingdingshan-2008-pingzhengbanwen33-linye-shengtai-tongbao-kjzch-page.txt"
    )
    assert (d.doc_number, d.date) == ("平政办文〔2008〕33号", "2008-10-29")


def test_a_news_sites_day_after_a_title() -> None:
    """'通海县关于新增高风险区的通告(29日)': the day is the site's, no part of the title."""
    d = corpus_doc("announcement/yunnan-yuxi-tonghai-2022-gaofengxianqu-tonggao-news-page.txt")
    assert d.title == "通海县关于新增高风险区的通告"


def test_an_order_named_by_its_number_before_ling() -> None:
    """'罗田县新型冠状病毒感染的肺炎防控工作指挥部6号令' over the order: its title and its number
    both, the headquarters its issuer."""
    d = corpus_doc(
        "repost/hubei-huanggang-luotian-2020-fangkong-zhihuibu-6haoling-wechat-mirror-page.txt"
    )
    assert (d.doc_number, d.kind, d.issuers) == (
        "罗田县新型冠状病毒感染的肺炎防控工作指挥部6号令",
        "order",
        ["罗田县新型冠状病毒感染的肺炎防控工作指挥部"],
    )


def test_a_sentence_that_opens_with_a_meetings_adoption_dates_nothing() -> None:
    """The 决定's first paragraph '2006年7月13日,经联合国教科文组织第30届世界遗产委员会会议审议
    通过,安阳殷墟被列入世界遗产名录,…' is its text, not a line of adoption; the page is cut
    before the signature: no date."""
    d = corpus_doc("web-page/henan-2006-yuzheng55-yinxu-shenyi-biaozhang-jueding-meta-page.txt")
    assert (d.doc_number, d.date) == ("豫政〔2006〕55号", None)


def test_an_orders_line_printed_over_and_over_titles_it() -> None:
    """'銅川市人民政府令第1號' four times over a mirror's copy (pinyin in the text), no rules'
    title: the order is titled by its order line."""
    d = corpus_doc(
        "mirror-noise/shaanxi-tongchuan-2019-shizhengfuling1-senlin-fanghuo-jieyanling-trad-pinyin-zenchang-page.txt"
    )
    assert (d.title, d.doc_number, d.kind) == ("銅川市人民政府令", "銅川市人民政府令第1號", "order")


def test_a_municipalitys_government_named_by_its_level_and_its_code() -> None:
    """'市政府贯彻国务院关于推进上海…的实施意见' over '沪府发〔2009〕25号': the municipality's
    government (沪 is Shanghai's code, the title names 上海)."""
    d = corpus_doc(
        "gazette-item/shanghai-2009-hufufa25-liangge-zhongxin-shishi-yijian-anhuiotc-page.txt"
    )
    assert (d.doc_number, d.issuers) == ("沪府发〔2009〕25号", ["上海市人民政府"])


def test_a_numbers_front_matter_key_of_the_sites_own() -> None:
    """The front matter of a Jekyll post republishing a provincial plan (cocolian/cocolian-docs,
    egov/_posts/2022-12-26-fujian.markdown: its front matter's first keys and its first
    sentence's opening clauses, as committed): the 文号 stands
    under the site's own key 'subtitle:'."""
    text = (
        "---\n"
        "layout: \tegov\n"
        'title: \t"福建省数字政府改革和建设总体方案"\n'
        'subtitle: \t"闽政〔2022〕32号"\n'
        "date: \t\t2022-12-26 00:00:00\n"
        "---\n"
        "\n"
        "\u3000\u3000为深入贯彻落实党的二十大精神，认真落实党中央、国务院关于加强数字政府建设的"
        "重大决策部署，\n"
    )
    d = parse_text(text).documents[0]
    assert (d.title, d.doc_number) == ("福建省数字政府改革和建设总体方案", "闽政〔2022〕32号")


def test_a_sites_tag_over_the_text_is_no_title() -> None:
    """'政務(wù)微信' / '和林信訪' (the site's accounts) over the record and the 公告's first
    sentence, no title printed: the tag is the page's line, the document untitled."""
    d = corpus_doc(
        "web-page/neimenggu-huhehaote-helingeer-2025-xiumu-gonggao-meta-trad-mirror-page.txt"
    )
    assert (d.title, d.date) == ("", "2025-04-01")


def test_the_public_a_notice_addresses() -> None:
    """'广大居民朋友们:' over a county's 通告, '全省各族干部群众、社会各界朋友:' over a province's
    open letter: the public it is sent to is its 主送."""
    d = corpus_doc(
        "announcement/heilongjiang-suihua-wangkui-2026-yuanxiao-yanhua-kongmingdeng-tonggao-gov-page.txt"
    )
    assert d.addressees == ["广大居民朋友们"]
    d = corpus_doc("repost/qinghai-2025-minsheng-shishi-zhengji-gongkaixin-qhhnnews-page.txt")
    assert d.addressees == ["全省各族干部群众", "社会各界朋友"]


def test_bodies_that_advise_the_public_are_not_addressed() -> None:
    """'天水市文明办、天水市公安局、…、天水市武警消防支队劝告市民:' opens a joint 劝告: its
    issuers and what they say, not a 主送 line."""
    d = corpus_doc("repost/gansu-tianshui-2012-yanhua-baozhu-quangao-tsrb-page.txt")
    assert d.addressees == []


def test_a_meetings_file_number_that_is_part_of_a_set() -> None:
    """'区五届人大八次会议文件(六之1)' over the report's title: the meeting's file number (the
    first of six), no part of the title."""
    d = corpus_doc(
        "budget-report/guangdong-shenzhen-longgang-2016-budget-report-wenjian-gov-page.txt"
    )
    assert d.title == "关于龙岗区2015年政府预算执行情况和2016年政府预算草案的报告"


def test_a_forum_threads_title_and_lead_over_the_document() -> None:
    """A forum's header, the thread's title '莆田市秀屿区撤销月塘乡设立月塘镇' (no kind named),
    its buttons '只看楼主收藏回复', two paragraphs of lead, then the 批复's own title over
    '闽政文〔2016〕28 号': the 批复's title and 文号."""
    d = corpus_doc(
        "reply/fujian-putian-xiuyu-2016-minzhengwen28-chexiang-shezhen-pifu-tieba-page.txt"
    )
    assert (d.title, d.doc_number) == (
        "福建省人民政府关于莆田市秀屿区月塘乡撤乡设镇的批复",
        "闽政文〔2016〕28号",
    )
