"""Rules found in the session of 2026-12-06 (tenth), on batches 71 (文化旅游 and 文物; 科技,
工信 and 商务; 城管, 街道 and 社区), 74 (教育, 卫生健康 and 体育; 土地 and 房屋征收; 人大,
乡镇 and 街道 documents), 75 (通报 and 报告; 审计, 统计 and 财政; documents of 1985–2008) and
76 (人民团体; 防火, 防汛 and 安全; 扶贫 and 乡村振兴), found by topic. Where the page is in the corpus the test parses it;
where its batch is staged, not added, the test parses the page's lines quoted as printed (each
quoted in the docstring, copied from the stored page). Each expected value was read off the
page by hand; each test fails on the code before its rule (checked by stashing ``src/``)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue, quoted_doc


def test_an_original_headline_is_the_title_where_the_page_prints_none_above_it() -> None:
    """'原標(biāo)題:回應(yīng)社會(huì)關(guān)切維護(hù)法制權(quán)威' as the page's first line, the item's
    text under it: the only title the page gives, its label the site's (the title was '')."""
    doc = corpus_doc(
        "personnel/shanghai-2013-npcsc-gaoyuan-shenpanyuan-chezhi-mianzhi-news-trad-pinyin-ken7-page.txt"
    )
    assert doc.title == "回應社會關切維護法制權威"


def test_an_organ_over_a_cut_dates_first_figures_signs() -> None:
    """'…促进霞浦经济开发区又好又快发展。' / '福建省人民政府' / '2014' (the page cut inside the
    date): the government signs; no date is read (the two lines had been headings)."""
    doc = corpus_doc(
        "reply/fujian-2014-minzhengwen9-xiapu-jingji-kaifaqu-shezhi-pifu-xzqh-forum-page.txt"
    )
    assert (doc.signature, doc.issuers, doc.date) == (["福建省人民政府"], ["福建省人民政府"], None)


def test_a_figure_glued_before_anti_copy_junk_is_the_junks() -> None:
    """'…招考對象條件9 V1 b& D- e i6 D T Z' on a forum page full of such runs: the figure glued
    to the text, its space lost, opens the run (the heading was '招考對象條件9')."""
    issue = corpus_issue(
        "mirror-noise/shandong-2011-shengzhi-gongwuyuan-kaolu-gonggao-discuz-randchars-trad-pinyin-notitle-junkejituan-page.txt"
    )
    assert "9 V1 b& D- e i6 D T Z" in [r.text for r in issue.removed if r.why == "anti_copy"]


def test_junk_glued_to_a_date_leaves_the_date() -> None:
    """A forum page's signature and date salted with junk, the date's first figures glued to
    the junk's last letter and its last to the next run ('0 N. C2 D, V n* v5 ~+ d* e2021年4月9日
    6 x+ Y; e8 l" U2 j'): the date is read (it was missed), and the 居委会 that signs is the
    居民委员会 the title names in full."""
    doc = quoted_doc(
        [
            "南湖街道嘉南社区居民委员会公告 \" B+ g* c' k; l1 j3 [# z7 b",
            "根据上级业务主管部门相关文件精神,本社区第三届居民议事会换届选举采取居民代表选举方式,"
            "换届选举日4月22日。请广大居民珍惜参选权利,互相转告,积极配合做好登记工作。",
            '8 r+ s! B9 t+ p0 H9 W" ^',
            ") g8 c, T+ S( i8 W) a嘉南社区居委会",
            "& u# z g) [- E W",
            '0 N. C2 D, V n* v5 ~+ d* e2021年4月9日 6 x+ Y; e8 l" U2 j',
        ]
    )
    assert (doc.date, doc.issuers, doc.signature) == (
        "2021-04-09",
        ["南湖街道嘉南社区居民委员会"],
        ["嘉南社区居委会"],
    )


def test_a_leading_groups_office_signs_over_a_cut_date() -> None:
    """'…主動(dòng)支持和配合疫情防控工作,…等工作。' / '社區(qū)求助報(bào)備電話(huà):2753003' /
    '德州經(jīng)濟(jì)技術(shù)開(kāi)發(fā)區(qū)黨工委統(tǒng)籌疫情防控和經(jīng)濟(jì)運(yùn)行工作領(lǐng)導(dǎo)小組(指揮部)辦公室'
    / '20': the group's office, 37 characters with the other body it is in brackets, signs
    (no issuer was read)."""
    doc = quoted_doc(
        [
            "關(guān)于對(duì)新城市花園小區(qū)實(shí)行封閉管理的通告",
            "",
            "居民朋友:",
            "",
            "三、請(qǐng)廣大居民不信謠、不傳謠、不造謠,保持理性、不必恐慌,主動(dòng)支持和配合疫情防控工作,"
            "積極配合核酸檢測(cè)、健康監(jiān)測(cè)等工作。",
            "",
            "社區(qū)求助報(bào)備電話(huà):2753003",
            "",
            "",
            "德州經(jīng)濟(jì)技術(shù)開(kāi)發(fā)區(qū)黨工委統(tǒng)籌疫情防控和經(jīng)濟(jì)運(yùn)行工作領(lǐng)導(dǎo)小組(指揮部)辦公室",
            "",
            "20",
        ]
    )
    name = "德州經濟技術開發區黨工委統籌疫情防控和經濟運行工作領導小組(指揮部)辦公室"
    assert (doc.issuers, doc.signature, doc.date) == ([name], [name], None)


def test_the_attachment_label_run_onto_the_date_is_cut_from_it() -> None:
    """'成都市文化广电旅游局' / '附件2023年2月22日 成都市第七批市级非物质文化遗产 代表性传承人名单 |':
    the signature's date printed after the 附件 label and before the attachment's title; the
    bureau signs on that day (neither was read; '附件20' had been an attachment's number)."""
    doc = quoted_doc(
        [
            "各区(市)县文广旅行政管理部门,市川剧研究院、市京剧研究院、市非物质文化遗产保护中心、成都杜甫草堂博物馆:",
            "为加强我市非物质文化遗产保护传承工作,我局组织开展了成都市第七批市级非物质文化遗产代表性传承人的"
            "认定工作。确定了成都市第七批市级非物质文化遗产代表性传承人名单,现予以公布。 特此通知。 "
            "附件:成都市第七批市级非物质文化遗产代表性传承人名单",
            "成都市文化广电旅游局",
            "附件2023年2月22日 成都市第七批市级非物质文化遗产 代表性传承人名单 |",
        ]
    )
    assert (doc.date, doc.issuers) == ("2023-02-22", ["成都市文化广电旅游局"])


def test_a_newsrooms_byline_after_whose_words_is_no_title() -> None:
    """'文/羊城晚報全媒體記者 鄒麗珍、李煥坤' over a news item's text: the reporters' line (it
    was the title)."""
    doc = quoted_doc(
        [
            "文/羊城晚報全媒體記者 鄒麗珍、李煥坤",
            "4月20日,廣州市海珠區教育局發布《海珠區教育局關于做好2022年幼兒園招生工作的通知》"
            "(簡稱《通知》)。",
            "圖/視覺中國",
        ]
    )
    assert doc.title == ""


def test_a_districts_government_and_its_street_office_are_one_signer() -> None:
    """'上海市松江区人民政府中山街道办事处' / '2022年6月17日': the street office the district
    sends out, named after its government, is one organ (it was two)."""
    doc = quoted_doc(
        [
            "关于印发《中山街道防汛防台专项应急预案》的通知",
            "各居民区、企事业单位、机关各部门:",
            "现将《中山街道防汛防台专项应急预案》印发给你们,请认真贯彻执行。",
            "上海市松江区人民政府中山街道办事处",
            "2022年6月17日",
        ]
    )
    assert doc.issuers == ["上海市松江区人民政府中山街道办事处"]


def test_a_brand_put_for_the_place_signs_nothing() -> None:
    """'UedBet体育河长制办公室' / '2025年2月25日': a hijacked copy put a betting brand where the
    place's name stood; no organ's name holds Latin small letters (it was the issuer, a wrong
    fact)."""
    doc = quoted_doc(
        [
            "为进一步加强河道管理,保障行洪安全,现就有关事项通告如下:",
            "一、禁止在河道管理范围内种植阻碍行洪的高秆作物。",
            "UedBet体育河长制办公室",
            "2025年2月25日",
        ]
    )
    assert (doc.issuers, doc.signature, doc.date) == ([], [], "2025-02-25")


def test_a_national_organ_over_its_number_is_confirmed_by_the_codes_word() -> None:
    """'國(guó)家體育總局辦公廳 $ j7 t4 ?0 P0 t# U8 m2 l3 R- U' / '體群字(2021)201號(hào)': a
    national organ's 发文机关标志 over the 文号 whose code opens with its own word (体): its
    issuer (none was read). The page's first six lines."""
    doc = quoted_doc(
        [
            "國(guó)家體育總局辦公廳 $ j7 t4 ?0 P0 t# U8 m2 l3 R- U",
            "體群字(2021)201號(hào)",
            "+ k, i6 g# j0 P5 j* z, ]( y. l- _3 k8 X, P% q& y6 \\6 `( F9 l",
            "各省、自治區(qū)、直轄市、新疆生產(chǎn)建設(shè)兵團(tuán)體育行政部門(mén),有關(guān)直屬單位,有關(guān)全國(guó)性體育社會(huì)組織,有關(guān)單位:",
            "3 u0 G/ f3 V$ e; F3 Q9 o+ V# q 鑒于當(dāng)前全國(guó)多地發(fā)現(xiàn)本土新冠肺炎確診病例給疫情防控工作帶來(lái)的不確定性和嚴(yán)重性,根據(jù)《體育總局統(tǒng)籌推進(jìn)新冠肺炎疫情防控與體育工作領(lǐng)導(dǎo)小組關(guān)于進(jìn)一步加強(qiáng)總局系統(tǒng)體育賽事和活動(dòng)疫情防控工作的通知》(體辦字[2021] 78號(hào))和7月30日領(lǐng)導(dǎo)小組會(huì)議精神,為減少人員流動(dòng)和聚集帶來(lái)的風(fēng)險(xiǎn),確保人民群眾身體健康和生命安全,經(jīng)研究,決定推遲舉辦第十四屆全運(yùn)會(huì)群眾賽事活動(dòng)?,F(xiàn)將有關(guān)事宜通知如下:! s8 G! j5 V& K+ K+ B",
            "一、推遲舉辦尚未進(jìn)行的第十四屆全運(yùn)會(huì)群眾賽事活動(dòng)(不含線(xiàn)上賽事活動(dòng))。賽事活動(dòng)恢復(fù)時(shí)間,另行通知。",
        ]
    )
    assert (doc.doc_number, doc.issuers) == ("體群字(2021)201號", ["國家體育總局辦公廳"])


def test_a_portals_generated_day_and_file_link_are_metadata() -> None:
    """'- 公文生成日期:2018-03-01' / '- 内容概述:…' / '- 原文件下载:文件下载' / '- 是否规范性文件:否'
    over a text that prints no title: the portal's fields, no title (the first was the title)."""
    doc = quoted_doc(
        [
            "",
            "- 索 引 号:XM04100-11-00-2018-003",
            "- 备注/文号:厦海政〔2018〕25号",
            "- 发布机构:厦门市海沧区人民政府",
            "- 公文生成日期:2018-03-01",
            "- 内容概述:关于一农小学、湖头幼儿园建设项目房屋征收决定",
            "- 原文件下载:文件下载",
            "- 是否规范性文件:否",
            "因一农小学、湖头幼儿园建设用地项目需要,现决定征收海沧区国营厦门市第一农场范围内的国有土地上房屋。",
            "特此决定。",
            "厦门市海沧区人民政府",
            "2018年3月1日",
        ]
    )
    assert (doc.title, doc.doc_number, doc.date) == ("", "厦海政〔2018〕25号", "2018-03-01")


def test_an_original_headline_at_the_foot_titles_an_untitled_text() -> None:
    """'中国政府网11月30日消息,国务院办公厅当日发出关于2018年部分节假日安排的通知,全文如下:' over the
    text, which prints no title, and '原标题:国务院办公厅关于2018年部分节假日安排的通知' at the
    page's foot: the note names the document, its title (it was '')."""
    doc = corpus_doc("repost/guoban-2017-2018nian-jiejiari-anpai-tongzhi-cqcb-yuanbiaoti-page.txt")
    assert (doc.title, doc.kind) == ("国务院办公厅关于2018年部分节假日安排的通知", "notice")


def test_a_sites_name_salted_between_random_tokens_is_junk() -> None:
    """A forum's copy with its site's name salted through the text, random ASCII glued after
    it and a random token opening each line ('a)M;U-{liK8s_0 中國古建築營造網^:H:A8P]山西省文物局:'
    … ':\\I _7yFY.i0 國家文物局' / '$G4uT:E#E0 中國古建築營造網1B)tT UQ二〇一〇年九月八日中國古建築
    營造網z2U6V[:X'): the salt is taken out, so the signer and the date are read (neither was)."""
    issue = corpus_issue(
        "mirror-noise/guojia-wenwuju-2010-wenwubaohan1028-guandimiao-pifu-trad-junk-3343-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.signature, doc.date) == (["國家文物局"], "2010-09-08")
    removed = [r.text for r in issue.removed if r.why == "anti_copy"]
    assert removed[:2] == ["a)M;U-{liK8s_0", "中國古建築營造網^:H:A8P]"]
    assert "中國古建築營造網z2U6V[:X" in removed


def test_an_advertisement_slots_name_is_no_title() -> None:
    """'ad9_210*60' over a news site's '关键词:', breadcrumb and headline: a slot the page named
    for an advertisement, left as text (it was the title, a wrong fact). The page's first ten
    lines."""
    doc = quoted_doc(
        [
            "ad9_210*60",
            "关键词:",
            "中国台湾网  >  经贸  >   大陆经济",
            "",
            "国办:112个政府网站抽查不合格",
            "",
            "2016年07月26日 09:35:36  来源:新疆网",
            "字号:    ",
            "",
            "  国务院办公厅近日印发《关于2016年第二次全国政府网站抽查情况的通报》(以下简称《通报》),公布今年第二季度全国政府网站抽查情况。",
        ]
    )
    assert doc.title == "国办:112个政府网站抽查不合格"


def test_a_record_field_cut_to_the_countrys_name_names_no_issuer() -> None:
    """'发布机关:中华人民共和国' in a wiki's header over a 通报 (the field cut after the country):
    no organ is named (it was the issuer, a wrong fact). The page's first fourteen lines."""
    doc = quoted_doc(
        [
            "跳转到内容",
            "",
            "2017年第一季度全国政府网站抽查情况的通报",
            "",
            "維基文庫,自由的圖書館",
            "2017年第一季度全国政府网站抽查情况的通报",
            "2017年5月11日",
            "发布机关:中华人民共和国",
            "2017年第一季度",
            "",
            "全国政府网站抽查情况的通报",
            "",
            "",
            "国务院办公厅政府信息与政务公开办公室近期组织开展了2017年第一季度全国政府网站抽查,并对部分网站办事服务功能进行了专项检查。现将有关情况通报如下:",
        ]
    )
    assert (doc.title, doc.issuers) == ("2017年第一季度全国政府网站抽查情况的通报", [])


def test_joint_issuers_stacked_over_their_bracketed_date_are_no_title() -> None:
    """'东办通报〔2016〕16号' / '中共衡东县委办公室' / '衡东县人民政府办公室' / '(2016年8月18日)':
    a joint 通报 that prints no title; both offices issue it (the first was the title, a wrong
    fact). The page's first seven lines."""
    doc = quoted_doc(
        [
            "来源:衡东县人民政府网站 发布时间:2016-08-22",
            "东办通报〔2016〕16号",
            "中共衡东县委办公室",
            "衡东县人民政府办公室",
            "(2016年8月18日)",
            "2015年,全县各机关单位在县委、县政府的正确领导下,认真贯彻落实党的十八大和十八届三中、四中、五中全会精神,紧紧围绕年初县委、县政府确定的目标任务,加压奋进,真抓实干,强力推进各项工作,为促进全县经济社会平稳较快发展作出了积极贡献。根据东发〔2015〕8号文件精神,县考核领导小组组织相关考核责任单位对全县机关单位进行了年度考评,经县委常委会研究同意,现将103个县直机关单位和省市驻衡单位目标管理绩效考核结果通报如下:",
            "一、县委序列考核等次评定结果",
        ]
    )
    assert (doc.title, doc.issuers, doc.date) == (
        "",
        ["中共衡东县委办公室", "衡东县人民政府办公室"],
        "2016-08-18",
    )


def test_a_sites_topic_tag_under_the_signer_is_the_pages() -> None:
    """'特此公告。' / '浙江省第二次经济普查领导小组办公室' / '所属专题:' / '桐乡市第二次经济普查': the
    site's tag and its value under the text are the page's, so the office that closes the text
    signs it (no issuer was read). The page's last six lines."""
    doc = quoted_doc(
        [
            "四、普查时间:第二次经济普查的调查时期是2008年度,普查资料的调查时点是2008年12月31日。普查工作分四个阶段进行,2008年12月底前为准备阶段,其中清查摸底工作于9月至12月进行;2009年1月-9月为普查登记和数据处理阶段;2009年10月-2010年底为数据发布和资料开发应用阶段。",
            "开展经济普查对于研究制订国民经济和社会发展规划,优化经济结构、改进宏观调控,促进经济社会和谐可持续发展,加速实现全面小康社会具有重要意义。积极配合调查,如实填报经济普查表是每一个单位和个体经营户的应尽义务,任何单位和个人都不得虚报、瞒报、拒报、伪造、纂改普查资料。各级经济普查机构对涉及国家秘密和商业秘密的信息将依照有关法律给予严格保密。",
            "特此公告。",
            "浙江省第二次经济普查领导小组办公室",
            "所属专题:",
            "桐乡市第二次经济普查",
        ]
    )
    assert (doc.issuers, doc.signature) == (
        ["浙江省第二次经济普查领导小组办公室"],
        ["浙江省第二次经济普查领导小组办公室"],
    )


def test_a_lead_that_says_an_organs_own_notice_follows_names_its_issuer() -> None:
    """'国家体育总局:一段时间内不恢复大型体育赛事' / a byline / '国家体育总局办公厅官方通知如下:' /
    the 主送 and the text, no title: the office the lead names issues it (none was read)."""
    doc = corpus_doc(
        "repost/2020-tiyu-zongju-malasong-saishi-zanbu-huifu-tongzhi-headline-comments-zhibo8-page.txt"
    )
    assert (doc.title, doc.issuers) == ("", ["国家体育总局办公厅"])


def test_a_title_behind_a_wires_dateline_names_its_issuer() -> None:
    """'新华网北京4月18日电 公安部关于严厉打击违反爆炸物品、枪支弹药管理违法犯罪活动的通告': the
    dateline the cleaner takes out is no part of the title's issuer (none was read, the line as
    printed opening with the dateline)."""
    doc = corpus_doc(
        "repost/quanguo-gab-baozha-wupin-qiangzhi-danyao-tonggao-xinhua-dateline-same-line-sina-page.txt"
    )
    assert (doc.title, doc.issuers) == (
        "公安部关于严厉打击违反爆炸物品、枪支弹药管理违法犯罪活动的通告",
        ["公安部"],
    )


def test_the_words_a_sites_logo_stands_for_are_the_sites() -> None:
    """'甘肃省人民政府台湾事务办公室网站标识' / '' / '甘肃省2019年度31个贫困县摘帽退出公示': the
    logo's words are the site's, not the title's first line (they were joined to it, a wrong
    title). The page's first eight lines."""
    doc = quoted_doc(
        [
            "甘肃省人民政府台湾事务办公室网站标识",
            "",
            "甘肃省2019年度31个贫困县摘帽退出公示",
            "",
            "来源:   作者:甘肃日报   时间:2020-02-19",
            "",
            "  根据《甘肃省精准脱贫验收标准及认定程序》、《甘肃省2019年度贫困退出验收暨扶贫对象动态管理工作方案》和《甘肃省2019年度贫困县摘帽退出验收工作方案》的要求,我省2019年申请摘帽退出的临潭县、舟曲县、积石山县、永靖县、广河县、和政县、康乐县、武都区、文县、康县、临洮县、安定区、陇西县、漳县、渭源县、麦积区、张家川县、秦安县、清水县、秦州区、庄浪县、静宁县、合水县、华池县、宁县、庆城县、环县、会宁县、靖远县、天祝县、古浪县等31个贫困县,经过县级自评、市级初审、省级行业部门核查认定和第三方专项评估检查、省贫困县退出验收工作组研究等退出程序,于2020年2月14日,经省脱贫攻坚领导小组专题会议研究,31个贫困县符合国家规定的贫困县退出标准,拟退出贫困县序列。现面向社会公示征求意见,公示时间自2020年2月17日至21日(共5个工作日),广泛接受社会各界和广大群众的监督。任何单位和个人如有异议,均可通过来信、来电、来访等形式,向甘肃省脱贫攻坚领导小组办公室实名反映。如无异议,将按有关程序审定并批准退出。",
            "",
        ]
    )
    assert doc.title == "甘肃省2019年度31个贫困县摘帽退出公示"


def test_a_leads_day_opens_no_organs_name() -> None:
    """'近日 中国科协办公厅发布 《关于对2023年全国科普日有关组织单位和 活动予以表扬的通知》 …' run
    onto one line with the notice: the lead's sentence names no issuer of a title (it gave
    '近日中国科协办公厅', a wrong fact); the notice's own title at the lead's end names the
    organ (since the session after). The page's fifth line."""
    doc = quoted_doc(
        [
            "近日 中国科协办公厅发布 《关于对2023年全国科普日有关组织单位和 活动予以表扬的通知》 濉溪县科学技术协会 被评为“2023年全国科普日优秀组织单位” 2023年全国科普日濉溪县主场活动 被评为“2023年全国科普日优秀活动” 中国科协办公厅关于对2023年全国科普日有关组织单位和活动予以表扬的通知 科协办函普字〔2023〕102号 各全国学会、协会、研究会,各省、自治区、直辖市、副省级城市科协,新疆生产建设兵团科协,各有关单位:",
        ]
    )
    assert doc.issuers == ["中国科协办公厅"]


def test_a_headline_reporting_a_document_issued_is_the_pages() -> None:
    """'中共中央办公厅、国务院办公厅印发《甘肃省机构改革方案》' over the plan's text, which prints no
    title: a news headline of the issuing, so the plan is untitled, a plan, and no issuer is
    taken from the headline (the headline was the title, a notice's)."""
    doc = corpus_doc("opinion/gansu-2018-jigou-gaige-fangan-headline-weiyuan-jgbz-page.txt")
    assert (doc.title, doc.kind, doc.issuers) == ("", "plan", [])


def test_a_laws_title_over_the_order_that_promulgates_it_titles_the_order() -> None:
    """'# 中华人民共和国放射性污染防治法' / '（2003年6月28日…会议通过）' / '中华人民共和国主席令' /
    '第六号' / '《中华人民共和国放射性污染防治法》已由…通过，现予公布…': the law's title, which
    ends on no kind of document's word, is the order's, as the promulgation quotes it (the
    title was '中华人民共和国主席令', the law's title left before the document)."""
    issue = corpus_issue("npc/quanguo-2003-zhuxiling6-fangshexing-wuran-fangzhifa-waystowork.md")
    doc = issue.documents[0]
    assert (doc.title, doc.doc_number, doc.date) == (
        "中华人民共和国放射性污染防治法",
        "中华人民共和国主席令第六号",
        "2003-06-28",
    )
    assert [p.kind for p in issue.problems if p.kind == "unplaced_text"] == []
