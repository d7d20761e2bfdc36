"""Wrong values the corpus showed, each mended by a rule of its kind of text: a 明电's head,
a content farm's gambling advertisement and its '原创' tag, a news special's list item and a
news site's name under the headline, a news headline on what an organ did. Every expected
value was read off the file by hand (the docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_telegrams_head_leaves_its_number_and_title_alone() -> None:
    """'内部明电签批 郑作广 等级 特急 桂教电〔2006〕38 号 桂机( ) 号共4页关于转发《…》的通知':
    the 紧急程度 printed before the 文号 is no part of its issuer code ('广等级特急桂教电' had
    been read), and the 机要号 left blank in its brackets with the telegram's count of pages is
    no part of the title."""
    doc = corpus_doc(
        "redhead/guangxi-jiaoyuting-2006-guijiaodian38-anquan-baowei-mingdian-wanglu-page.txt"
    )
    assert doc.doc_number == "桂教电〔2006〕38号"
    assert doc.title == (
        "关于转发《教育部办公厅关于进一步加强中小学幼儿园安全保卫和管理工作的紧急通知》的通知"
    )


def test_a_gambling_advertisement_inside_a_headline_is_taken_out_and_recorded() -> None:
    """'原创 罗东川任青海省人民政府副省长、新澳管家婆资料2023大全代理省长': the advertisement
    goes (recorded, and named in a problem), and so does the site's '原创' tag before the
    headline, told by the space after it."""
    path = "personnel/qinghai-npcsc-daili-shengzhang-spam-offtopic-page.txt"
    issue = corpus_issue(path)
    assert issue.documents[0].title == "罗东川任青海省人民政府副省长、代理省长"
    removed = [(r.line, r.text, r.why) for r in issue.removed if r.line == 1]
    assert removed == [
        (1, "新澳管家婆资料2023大全", "gambling_ad"),
        (1, "原创", "page_metadata"),
    ]
    assert any("新澳管家婆资料2023大全" in p.detail for p in issue.problems)


def test_a_news_specials_list_item_over_the_article_is_no_title() -> None:
    """'12.中央调整河北省委主要负责人' / '张庆黎同志任河北省委书记' / '河北新闻网' / '2011-11-30
    13:41': the special's twelfth item leads to the article, whose headline is the title; the
    news site's name under it is the site's (it had been taken as the title)."""
    issue = corpus_issue("personnel/hebei-2011-npcsc-daili-shengzhang-zhuanti-hebnews-page.txt")
    assert issue.documents[0].title == "张庆黎同志任河北省委书记"
    assert (3, "河北新闻网", "site_navigation") in [(r.line, r.text, r.why) for r in issue.removed]


def test_a_headline_on_what_an_organ_did_names_no_issuer() -> None:
    """'息县人大常委会通过息县法院人事任免事项 作者:宋鹏 …': a court's news of the votes; the
    standing committee that voted issued nothing here (a cut '息县人大常委' had been read)."""
    doc = corpus_doc("personnel/henan-xinyang-xixian-2013-npcsc-fayuan-renmian-court-page.txt")
    assert doc.title == "息县人大常委会通过息县法院人事任免事项"
    assert doc.issuers == []


def test_a_news_headline_in_two_parts_over_a_notices_addressees_is_no_title() -> None:
    """'国务院:9月3日至5日调休放假3天/' (a forum's copy) and '2015年放假安排公布:除夕放假到大年
    初六' (a news site's, its summary and '原文:' under it) over '各省、自治区、直辖市人民政府,
    国务院各部委、各直属机构:': the notices print no title of their own; the headlines had been
    read as theirs."""
    forum = corpus_doc(
        "mirror-noise/guowuyuan-2015-jiuyuesanri-fangjia-tongzhi-forum-anticopy-page.txt"
    )
    assert (forum.title, forum.date, forum.issuers) == ("", "2015-05-13", ["国务院"])
    news = corpus_doc("repost/guobanting-2014-2015nian-jiejiari-fangjia-tongzhi-rmzxw-page.txt")
    assert (news.title, news.date, news.issuers) == ("", "2014-12-16", ["国务院办公厅"])


def test_a_report_read_by_a_head_whose_name_is_transliterated() -> None:
    """'政府工作报告' / '——在尉犁县第十八届人民代表大会第五次会议上' (no date) / '县委副书记、县长
    木合塔尔·丝迪克' / '(2025年1月6日)': the speaker's name is dotted, the meeting line undated;
    the government is the county's (not '尉犁县委副书记人民政府': the posts before 县长 name no
    organ). The speaker line had been taken as the title."""
    doc = corpus_doc("work-report/xinjiang-bayingolin-yuli-2025-work-report-gov-page.txt")
    assert (doc.title, doc.date, doc.issuers, doc.kind) == (
        "政府工作报告",
        "2025-01-06",
        ["尉犁县人民政府"],
        "report",
    )
    assert doc.speaker == "县委副书记、县长 木合塔尔·丝迪克"


def test_a_governments_code_for_its_minutes_and_a_serial_alone() -> None:
    """'发文字号:长府会议纪要〔2023〕39号' keeps its code (it had been cut to '〔2023〕39号');
    '文件编号:第 20 号' is the minutes' number."""
    changning = corpus_doc(
        "minutes/shanghai-changning-2023-changfu-huiyijiyao39-cwh62-meta-gov-page.txt"
    )
    assert changning.doc_number == "长府会议纪要〔2023〕39号"
    liyang = corpus_issue("minutes/jiangsu-changzhou-liyang-2023-cwh20-jiyao-spam-mirror-page.txt")
    assert liyang.documents[0].doc_number == "第20号"
    # the mirror's advertisement where the city's name stood, on four lines
    assert [r.line for r in liyang.removed if r.text == "中国福彩app官方下载"] == [7, 14, 16, 17]


def test_an_advertisements_brackets_and_parts_of_a_headline_go_with_it() -> None:
    """'首页『摩臣5注册登陆』-摩臣5娱乐平台-首页-隆安县人民政府办公室关于印发…的通知': the
    bracket and the dash-separated part holding the advertisement go, and the home links left
    in front of the title."""
    path = "opinion/guangxi-nanning-longan-fupin-zijin-banfa-yinfa-spam-title-page.txt"
    issue = corpus_issue(path)
    doc = issue.documents[0]
    assert doc.title == "隆安县人民政府办公室关于印发隆安县财政专项扶贫资金管理办法的通知"
    assert doc.issuers == ["隆安县人民政府办公室"]
    assert [(r.text, r.why) for r in issue.removed if r.line == 2] == [
        ("『摩臣5注册登陆』", "gambling_ad"),
        ("摩臣5娱乐平台-", "gambling_ad"),
        ("首页-首页-", "site_navigation"),
    ]


def test_a_sites_own_lines_over_the_document() -> None:
    """'图文解读:《长治市潞城区人民政府关于…的通知》' is the page's link to its reading (it had
    been the title); '原标题:…' a repost's note; '通知' a site's column over '關于盤石鎮黔東草海
    封園的通告'."""
    lucheng = corpus_doc(
        "web-page/shanxi-changzhi-lucheng-2022-luchengzhengfa7-feiyi-minglu-meta-page.txt"
    )
    assert (lucheng.title, lucheng.doc_number) == (
        "长治市潞城区人民政府关于公布第一批区级非物质文化遗产代表性项目名录的通知",
        "潞城政发〔2022〕7号",
    )
    lvliang = corpus_doc("personnel/shanxi-lvliang-2016-renqian-gongshi-news-sohu-page.txt")
    assert lvliang.title == "山西新春再建基层官场:吕梁拟新任15名干部"
    panshi = corpus_doc(
        "announcement/guizhou-tongren-songtao-panshizhen-2025-caohai-fengyuan-tonggao-trad-mirror-page.txt"
    )
    assert (panshi.title, panshi.issuers, panshi.date) == (
        "關于盤石鎮黔東草海封園的通告",
        ["盤石鎮人民政府"],
        "2025-04-09",
    )


def test_a_reply_names_who_answers_where_its_answer_opens() -> None:
    """'苏日娜代表:' / '您提出的《…的建议》收悉,现答复如下:' / '交通运输局接到提案后与辉苏木政府
    对接,…': no title, signature or record names the issuer; the answer does."""
    path = "reply/neimenggu-hulunbeier-ewenke-jtj-renda-jianyi-huisumu-dafu-notitle-gov-page.txt"
    assert corpus_doc(path).issuers == ["交通运输局"]


def test_a_titles_last_line_alone_is_no_title() -> None:
    """An aggregator's scrambled page: its headline, then one line holding the text's first
    paragraph before '海南省第七届人民代表大会第五次会议 关于…的决议' and the adoption line; the
    title had come out as its last piece, '的决议'. No title was read rather than a piece of one;
    now the piece that opens no title goes on the one above, and the title is read whole (the
    date and the congress are read from the adoption line)."""
    doc = corpus_doc("npc/hainan-2026-renda-changweihui-baogao-jueyi-scrambled-reportify-page.txt")
    assert (doc.title, doc.date, doc.issuers) == (
        "海南省第七届人民代表大会第五次会议关于海南省人民代表大会常务委员会工作报告的决议",
        "2026-01-31",
        ["海南省人民代表大会"],
    )


def test_a_records_field_printed_apart_from_its_label() -> None:
    """'标题 对宁陕县第十九届人大二次会议 第247号建议的复函' (the label and its value apart on
    the reader's line, run together once the space between two ideographs closes): the page's
    record, not a title '标题对宁陕县…'; the reply's own title under '回复' is read."""
    path = "reply/shaanxi-ankang-ningshan-nongshuiju-2023-renda-jianyi247-fuhan-meta-gov-page.txt"
    issue = corpus_issue(path)
    assert issue.documents[0].title == "对宁陕县第十九届人大二次会议第247号建议的复函"
    assert (1, "page_metadata") in [(r.line, r.why) for r in issue.removed]


def test_a_sites_menu_a_word_a_line_at_the_top_of_the_page() -> None:
    """'售后服务' / '投诉及报修' / '客户留言' / '技术文章' / '相关标准' / '检测报告' / '资料下载'
    over a company site's breadcrumb and the news item's headline: the menu is the site's
    ('相关标准' had been the title); a page opening with a table's header a cell a line ('序号' /
    '指标' / …) keeps it."""
    issue = corpus_issue(
        "personnel/jilin-2009-shengzhengfu-mian-fumishuzhang-news-company-site-linpin-page.txt"
    )
    assert issue.documents[0].title == "吉林省政府免6名副秘书长成全国首个减副省份"
    assert [r.text for r in issue.removed if r.why == "site_navigation"][:7] == [
        "售后服务",
        "投诉及报修",
        "客户留言",
        "技术文章",
        "相关标准",
        "检测报告",
        "资料下载",
    ]
    table = corpus_issue("line-shapes/shaanxi-hanzhong-lueyang-2019-wenlv-renwu-table-page.txt")
    assert "序号" not in [r.text for r in table.removed]


def test_a_records_number_without_its_label_and_a_law_databases_zihao() -> None:
    """'• 736916953/2024-000372' / '• 2024-01-10 15:30:00' / '• 五大连池市…的通知' / '•
    五政办规〔2024〕1号': the record's values without labels, the 文号 among them; and a law
    database's '•【字号】前政发[2010]2号', the number the text prints under its title as
    '(前政发〔2010〕2号)' (the text's print is kept)."""
    heihe = corpus_doc(
        "web-page/heilongjiang-heihe-wudalianchi-2024-wuzhengbangui1-gongre-yuan-meta-page.txt"
    )
    assert heihe.doc_number == "五政办规〔2024〕1号"
    qianguo = corpus_doc(
        "web-page/jilin-songyuan-qianguo-2010-qianzhengfa2-wenwu-yiji-pkulaw-360docs-page.txt"
    )
    assert (qianguo.doc_number, qianguo.date) == ("前政发〔2010〕2号", "2010-01-08")
