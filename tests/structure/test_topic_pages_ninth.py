"""Rules found in the session of 2026-12-05 (seventh): known wrong values of the corpus and
batch 60 (pages found by topic). Each tested on a file it changed; each expected value was read
off the file by hand (the docstrings quote the lines); each test fails on the code before its
rule."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue

_HIJACKED = "npc/anhui-wuhu-wuhuxian-2017-npcsc-gonggao1-yishi-guize-xiugai-hijacked-spam-page.txt"


def test_a_betting_brands_number_where_the_organ_stood_is_masked_not_a_title() -> None:
    """'当前位置' / '248365365公告' / … / '248365365' / '第一号': a hijacked copy printing a
    betting brand's number wherever the 常委会's name stood. The breadcrumb's label alone is the
    site's; the title is the kind with its lost name masked (not '248365365公告', nor
    '当前位置公告'), and the 公告's number is read under the masked head."""
    issue = corpus_issue(_HIJACKED)
    doc = issue.documents[0]
    assert (doc.title, doc.doc_number, doc.issuers) == ("*公告", "第一号", [])
    assert [(r.line, r.text, r.why) for r in issue.removed[:2]] == [
        (1, "当前位置", "site_navigation"),
        (2, "248365365", "gambling_ad"),
    ]


def test_a_column_word_run_onto_the_issuers_place_is_the_sites() -> None:
    """'法规重庆市国家税务局关于开展互联网物流平台企业代开增值税专用发票试点工作的公告': the site's
    column '法规', unbracketed, before the issuer's place; the title and issuer without it
    (not '法规重庆市国家税务局', an organ that does not exist)."""
    doc = corpus_doc(
        "announcement/chongqing-guoshuiju-2017-wuliu-pingtai-daikai-zhuanpiao-gonggao-glued-prefix-revision-note-focustax-page.txt"
    )
    assert doc.title == (
        "重庆市国家税务局关于开展互联网物流平台企业代开增值税专用发票试点工作的公告"
    )
    assert doc.issuers == ["重庆市国家税务局"]


def test_a_sites_prompt_before_leaving_and_its_buttons_are_no_title() -> None:
    """'您訪問的鏈接即將離開“水步鎮(zhèn)人民政府”門戶網(wǎng)站 是否繼續(xù)?' / '繼續(xù)訪問放棄': the
    site's prompt and its buttons over an untitled 通告, recorded (the prompt was the title
    before, then the buttons)."""
    issue = corpus_issue(
        "mirror-noise/guangdong-jiangmen-taishan-shuibu-2024-jinfang-tonggao-notitle-trad-pinyin-mirror-page.txt"
    )
    assert issue.documents[0].title == ""
    assert [(r.line, r.why) for r in issue.removed if r.why in ("site_navigation", "page_tools")][
        :2
    ] == [(1, "site_navigation"), (2, "page_tools")]


def test_a_casinos_brand_where_the_bureaus_place_stood_is_an_advertisement() -> None:
    """'澳门皇冠体育_澳门皇冠赌场' over the page, '来源:澳门皇冠赌场:民政局': a hijacked copy. The
    title is the 通告's; no addressee is read from the brand (it was '澳门皇冠赌场' before)."""
    doc = corpus_doc(
        "mirror-noise/jilin-unnamed-city-mzj-2020-qingming-jisao-zanting-tonggao-hijacked-gambling-mirror-page.txt"
    )
    assert doc.title == "关于新冠疫情防控期间暂停群众聚集性扫墓祭祀活动的通告"
    assert (doc.addressees, doc.issuers) == ([], [])


def test_a_policy_topic_label_is_the_records_and_the_number_under_it_is_read() -> None:
    """'發(fā)文部門(mén):國(guó)家市場(chǎng)監(jiān)督管理總局' / '政策主題:綜合' / '市監(jiān)注〔2020〕8號(hào)':
    the record's topic, then the 文号 of an untitled notice."""
    doc = corpus_doc(
        "mirror-noise/scjgzj-2020-shijianzhu8-yiqing-dengji-zhuce-notitle-meta-trad-pinyin-idachang-page.txt"
    )
    assert doc.doc_number == "市監注〔2020〕8號"


def test_a_share_count_under_the_share_button_is_the_sites() -> None:
    """'发布时间:2020-04-27 00:00 来源:国家税务总局 字号:[大][中][小] 打印本页分享' / '0' /
    '国家税务总局各省、…税务局,国家税务总局驻各地特派员办事处,局内各单位:': the count of shares
    taken out, the 主送 read under the title."""
    doc = corpus_doc(
        "web-page/neimenggu-swj-repost-2020-5yue-shenbao-qixian-tongzhi-datechars-dropped-gov-page.txt"
    )
    assert doc.addressees == [
        "国家税务总局各省、自治区、直辖市和计划单列市税务局",
        "国家税务总局驻各地特派员办事处",
        "局内各单位",
    ]


def test_parents_are_addressees_of_a_schools_notice() -> None:
    """'各小学校及学生家长:' opening an untitled 公告 of a 教育局: its 主送."""
    doc = corpus_doc(
        "line-shapes/sichuan-deyang-guanghan-jyj-2015-xuequ-huafen-gonggao-notitle-street-list-lines-page.txt"
    )
    assert doc.addressees == ["各小学校及学生家长"]


def test_a_streets_office_named_in_full_by_the_record_is_the_issuer() -> None:
    """'发布部门:华庄街道' in the byline, '文件编号 发布机构 华庄街道办事处 效力状况 有效' in the
    record: the organ by its full name (a 街道办事处 is an organ, no division of one)."""
    doc = corpus_doc("work-report/jiangsu-wuxi-huazhuang-jiedao-2022-zongjie-meta-gov-page.txt")
    assert doc.issuers == ["华庄街道办事处"]


def test_an_epapers_navigation_and_bar_are_no_line_of_the_title() -> None:
    """'版面导航' / '第01版' / '头版' / … / '标题导航' / '| 山南网首页 |' / '2021年6月23日 星期' /
    '3 上一篇 放大 缩小 默认' / the 纲要's title: the e-paper's labels, pages, link home, date and
    bar, recorded (they were joined into the title before)."""
    issue = corpus_issue("web-page/xizang-shannan-2021-shisiwu-guihua-gangyao-epaper-page.txt")
    assert issue.documents[0].title == (
        "山南市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    )
    assert [(r.line, r.why) for r in issue.removed if r.line in (3, 14, 15, 16, 17)] == [
        (3, "site_navigation"),
        (14, "site_navigation"),
        (15, "site_navigation"),
        (16, "page_tools"),
        (17, "page_tools"),
    ]


def test_an_issuer_code_kept_to_eight_characters_does_not_open_inside_a_name() -> None:
    """'沂沐河局沐河水利管理局沐河局防办函〔2019〕12号沐河水利管理局关于…的函' on one line: the
    code after the organ's name ('沐河局防办函'), not its eight last characters ('理局…')."""
    doc = corpus_doc("reply/yishuhe-shuhe-2019-shuhejufangbanhan12-kuayue-duxun-han-flat.txt")
    assert doc.doc_number == "沐河局防办函〔2019〕12号"


def test_a_wikis_link_to_the_item_before_in_the_series_is_no_part_of_the_title() -> None:
    """'十堰市新型冠状病毒感染的肺炎疫情防控指挥部通告(第11号)' (the page's headline) /
    '十堰市新型冠状病毒感染的肺炎疫情防控指挥部通告(第10号) 十堰市新型冠状病毒感染的肺炎防控指挥部
    通告': the link to number 10 taken out; the header's own title as printed (the two were
    joined before)."""
    issue = corpus_issue(
        "announcement/hubei-shiyan-2020-yiqing-zhihuibu-tonggao11-wikisource-page.txt"
    )
    assert issue.documents[0].title == "十堰市新型冠状病毒感染的肺炎防控指挥部通告"
    assert [r.text for r in issue.removed if r.line == 6] == [
        "十堰市新型冠状病毒感染的肺炎疫情防控指挥部通告(第10号)"
    ]


def test_a_question_mark_closing_a_colon_or_a_number_is_a_mirrors_mark() -> None:
    """'发布文号: 琼府[2005]9号?' / '各市、县、自治县人民政府,省政府直属各单位: ?': no question
    ends after a colon or a 文号's 号; the marks recorded, the 主送 read (it was the title
    before)."""
    issue = corpus_issue(
        "web-page/hainan-2005-qiongfu9-zaolin-lvhua-biaozhang-jueding-notitle-law110-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.doc_number) == ("", "琼府[2005]9号")
    assert doc.addressees == ["各市、县、自治县人民政府", "省政府直属各单位"]
    assert [(r.line, r.text) for r in issue.removed if r.why == "placeholder"][:2] == [
        (1, "?"),
        (2, "?"),
    ]


def test_a_normative_documents_registration_code_is_no_title() -> None:
    """'HBGS-2020-2' / '惠水〔2020〕4號' / the 主送: the code over an untitled notice is the
    record's (it was the title before); the 文号 and issuer read."""
    issue = corpus_issue(
        "mirror-noise/guangdong-huizhou-2020-huishui4-dongjiang-hesha-gonggao-trad-notitle-1183118-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.doc_number, doc.issuers) == ("", "惠水〔2020〕4號", ["惠州市水利局"])
    assert (1, "HBGS-2020-2", "page_metadata") in [(r.line, r.text, r.why) for r in issue.removed]


def test_a_sites_bar_of_its_own_links_is_no_line_of_the_title() -> None:
    """'投稿邮箱  返回首页  加入收藏关于我们' over '关于加强元旦节前后城市管理工作的通告': the bar is
    the site's (it was joined into the title before)."""
    doc = corpus_doc(
        "repost/sichuan-mianyang-2011-yuandan-chengshi-guanli-tonggao-dateonly-sig-myscxx-page.txt"
    )
    assert doc.title == "关于加强元旦节前后城市管理工作的通告"


def test_each_signers_name_wrapped_over_two_lines_is_one_name() -> None:
    """'莫力达瓦达斡尔族自治旗交通运输' / '综合行政执法大队' / '莫力达瓦达斡尔族自治旗公安局' /
    '交通管理大队' / '2025年3月5日': two signers, each over two lines (three names, the first cut,
    before)."""
    doc = corpus_doc(
        "web-page/neimenggu-hulunbeier-molidawa-2025-jiaotong-zhifa-weiqiao-guankong-gonggao-wrapped-sig-gov-page.txt"
    )
    names = [
        "莫力达瓦达斡尔族自治旗交通运输综合行政执法大队",
        "莫力达瓦达斡尔族自治旗公安局交通管理大队",
    ]
    assert (doc.issuers, doc.signature) == (names, names)


def test_a_posts_teaser_over_the_notice_is_the_sites() -> None:
    """'近日' / '肇庆封开县封开县水利局' / '发出最新公告' / '行政区域内的所有河段列入禁采区' /
    '禁止采砂活动' / '关于划定2026年度封开县河道河砂可采区、保留区和禁采区的公告': a self-media
    post's teaser, recorded; the notice's title, its issuer by its signature (no title and the
    teaser's garbled '肇庆封开县封开县水利局' before)."""
    issue = corpus_issue(
        "repost/guangdong-zhaoqing-fengkai-2025-shuiliju-hesha-kecaiqu-gonggao-stacked-163-page.txt"
    )
    doc = issue.documents[0]
    assert doc.title == "关于划定2026年度封开县河道河砂可采区、保留区和禁采区的公告"
    assert doc.issuers == ["封开县水利局"]
    assert [(r.line, r.why) for r in issue.removed[:5]] == [(n, "byline") for n in range(1, 6)]


def test_a_letter_to_the_public_is_a_kind_of_title() -> None:
    """'开展城区人行道清障行动告市民书' (the 应城 repost's own title): 告…书 ends a title."""
    from gongbao.titles import title_end

    assert title_end("开展城区人行道清障行动告市民书") is not None
    assert title_end("致全县人民告全县人民书") is not None
    assert title_end("人行道清障规定出炉") is None


def test_a_platforms_region_stamp_and_a_masked_number_are_no_title() -> None:
    """'湖北/宜昌-2025-12-19 00:00:00' / '远自然资规告字〔****〕**号' / '远安县自然资源和规划局' /
    '国有建设用地使用权挂牌出让公告': the platform's region and time, the 文号 it masked (recorded,
    no number read from it); the title under them (the stamp and number were the title)."""
    issue = corpus_issue(
        "announcement/hubei-yichang-yuanan-zrzygh-2025-guapai-churang-gonggao-wenhao-twice-digits-masked-zhongcaigou-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.doc_number) == (
        "远安县自然资源和规划局国有建设用地使用权挂牌出让公告",
        None,
    )
    assert [(r.line, r.why) for r in issue.removed[:3]] == [
        (1, "byline"),
        (2, "placeholder"),
        (5, "placeholder"),
    ]


def test_a_breadcrumbs_last_crumb_names_a_document_that_prints_no_title() -> None:
    """'首页 » 常识 » 问答 » 鹤壁市淇滨区关于规范城区养犬管理的通告', then a byline and the text with
    no title of its own: the page's title is the crumb (no title before)."""
    doc = corpus_doc(
        "repost/henan-hebi-qibin-2021-yangquan-guanli-tonggao-archiver-breadcrumb-title-page.txt"
    )
    assert doc.title == "鹤壁市淇滨区关于规范城区养犬管理的通告"


def test_a_headline_tagged_with_a_level_and_a_colon_over_the_addressees_is_the_sites() -> None:
    """'市:广州市工业和信息化局转发关于组织2020年…入选项目库的预通知' / '发布时间:2019-07-22 来源:
    广州市工业和信息化局' / '各区工业和信息化主管部门:': the site's tagged headline over a text
    that opens with its 主送, as a headline tagged '某省关于…' is; the title was the headline,
    '市:' and all."""
    doc = corpus_doc(
        "repost/guangzhou-2019-gongxinju-zhuanfa-jigai-xiangmuku-yutongzhi-placetag-hpsme-page.txt"
    )
    assert (doc.title, doc.addressees) == ("", ["各区工业和信息化主管部门"])


def test_a_bracketed_note_after_the_kind_stays_with_a_run_on_title() -> None:
    """'山丹县工业信息化和商务局关于开展2024年“…”电子消费券活动的公告(第一轮)为进一步激活…' on
    one line: the title ends after its note, not at 公告."""
    doc = corpus_doc(
        "line-shapes/gansu-zhangye-shandan-2024-gongxin-shangwuju-dianzi-xiaofeiquan-gonggao-oneline-wxredian-page.txt"
    )
    assert doc.title.endswith("电子消费券活动的公告(第一轮)")


def test_a_date_under_the_closing_words_dates_an_unsigned_text() -> None:
    """'…现予公布,自公布之日起施行。' / '特此公告' / '2005年6月15日' / '第一章 总则': no signer, the
    date under the closing words is the document's, though the rules it promulgates follow."""
    doc = corpus_doc(
        "npc/xinjiang-bortala-2005-npcsc-gonggao-danxing-tiaoli-zhiding-notitle-meta-defendlib-page.txt"
    )
    assert doc.date == "2005-06-15"


def test_a_caption_under_the_texts_own_lead_is_no_title() -> None:
    """'…现将2021年2月市委市政府领导信访接待日日程公告如下:' / '桐城市党政领导信访接待一览表' / the
    table: what the lead announces, not a title (the page prints none; the caption was the
    title before)."""
    doc = corpus_doc(
        "announcement/anhui-anqing-tongcheng-2021-xinfang-jiedairi-richeng-gonggao-table-tcmacu-page.txt"
    )
    assert (doc.title, doc.issuers, doc.date) == ("", ["桐城市信访工作领导小组"], "2021-02-01")


def test_names_under_a_photo_are_no_issuer_and_a_bracketed_day_posted_is_a_byline() -> None:
    """'新疆再任命兩副主席擴至11人' / '[2020.09.22] 發表' / '劉蘇社' / '王明山' / '孫紅梅' (the
    photos' captions): the day of posting recorded (it was run onto the title), and a name that
    ends like an organ's (社) among other names is a person's (it was the issuer)."""
    issue = corpus_issue(
        "personnel/xinjiang-2020-npcsc-fuzhuxi-renming-trad-mingpao-canada-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.issuers) == ("新疆再任命兩副主席擴至11人", [])
    assert (6, "byline") in [(r.line, r.why) for r in issue.removed]


def test_two_people_joined_by_he_are_two_appointments() -> None:
    """'…任命孫紅梅和劉蘇社為自治區人民政府副主席': two people, each appointed (one '孫紅梅和劉蘇社'
    before)."""
    doc = corpus_doc("personnel/xinjiang-2020-npcsc-fuzhuxi-renming-trad-mingpao-canada-page.txt")
    issue = corpus_issue(
        "personnel/xinjiang-2020-npcsc-fuzhuxi-renming-trad-mingpao-canada-page.txt"
    )
    people = [a.person for a in issue.facts["appointments"] if a.document == doc.id]
    assert people == ["孫紅梅", "劉蘇社"]


def test_resigning_unnamed_posts_is_no_fact() -> None:
    """'《…关于接受沈亚平等辞去有关职务的请求的决定》': 'the relevant posts' names none; no removal
    (one from '有关' before)."""
    issue = corpus_issue(
        "personnel/jiangxi-2015-npcsc-20ci-maoweiming-fushengzhang-renming-baogaosu-page.txt"
    )
    assert [a.person for a in issue.facts["appointments"] if a.action == "remove"] == ["莫建成"]


def test_a_budgets_year_on_its_own_line_is_the_titles_first_words() -> None:
    """'2021年度' / '关市镇人民政府部门决算' / '目录': the title with its year (the year was taken
    for a headline)."""
    doc = corpus_doc(
        "dept-budget/guanshizhen-2021-final-accounts-title-split-year-first-mirror-page.txt"
    )
    assert doc.title == "2021年度关市镇人民政府部门决算"


def test_a_publication_headline_gives_way_to_the_budgets_own_title() -> None:
    """'2020年度临湘市教育体育局(汇总)部门决算公开说明' / '2020年度' / '临湘市教育体育局(汇总)部门
    决算' / '目 录': the site's headline of the publication, then the document's own title over
    two lines, which is the title."""
    doc = corpus_doc(
        "dept-budget/hunan-yueyang-linxiang-jiaotiju-2020-huizong-final-accounts-gov-page.txt"
    )
    assert doc.title == "2020年度临湘市教育体育局(汇总)部门决算"


def test_a_title_run_onto_its_addressees_is_cut_from_them() -> None:
    """'1、滨教函202011号滨州市教育局关于印发…培养方案(2019-2022年)的通知各县(市、区)教体局,各市属
    开发区教育管理机构,市直各学校:现将…': the title (without the list's number and the 文号 the page
    garbled) and the 主送 (the first addressee held the whole head before)."""
    doc = corpus_doc(
        "line-shapes/shandong-binzhou-2020-jiaoyuju-mingxiaozhang-peiyang-fangan-tongzhi-runon-zixin-page.txt"
    )
    assert doc.title == (
        "滨州市教育局关于印发滨州市第三期名校长名教师名班主任培养工程人选培养方案(2019-2022年)的通知"
    )
    assert doc.issuers == ["滨州市教育局"]
    assert doc.addressees == ["各县(市、区)教体局", "各市属开发区教育管理机构", "市直各学校"]


def test_what_a_budgets_accounts_cover_is_no_part_of_the_units_name() -> None:
    """'2020年度临湘市教育体育局(汇总)部门决算': the unit, without '(汇总)'."""
    doc = corpus_doc(
        "dept-budget/hunan-yueyang-linxiang-jiaotiju-2020-huizong-final-accounts-gov-page.txt"
    )
    assert doc.issuers == ["临湘市教育体育局"]
