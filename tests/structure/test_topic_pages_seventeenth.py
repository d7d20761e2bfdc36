"""Rules found in the session of 2026-12-06 (fifteenth), on staged pages kept from earlier
batches and on batch 97 (joint notices, recruitment 公告, courts' and police notices). The
pages are in the corpus; each expected value was read off the page by hand; each test fails
on the code before its rule (checked by stashing ``src/``) unless its docstring says it guards
an exception."""

from __future__ import annotations

from gongbao.docnumber import find_doc_number
from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_attachments_labelled_a_line_each_are_a_list_and_their_links_page_furniture() -> None:
    """A finance department's page lists its three attachments '附件1:某某表.xlsx' a line
    each, with no '附件:' over them, signs undated, then prints the site's download links
    naming the same three files again on one line. The lines labelled in sequence are the
    list (the title without its file's extension); the links line repeats them, taken out as
    the site's (nothing of the text lost), and the organ over it signs (it had been read as a
    heading over the links: no signer, no attachment)."""
    path = "web-page/guangdong-2019-czt-yuecaijiao115-jiaoyu-xinxihua-zijin-anpai-tongzhi-undated-sig-attach-links-gov-page.txt"
    doc = corpus_doc(path)
    assert doc.issuers == ["广东省财政厅"]
    assert doc.signature == ["广东省财政厅"]
    stem = "2019年教育发展专项资金(推进教育现代化及农村义务教育寄宿制学校建设用途)教育信息化建设资金(第三批)"
    assert [(a.label, a.title) for a in doc.attachments] == [
        ("附件1", stem + "资金安排表"),
        ("附件2", stem + "安排明细表"),
        ("附件3", stem + "绩效目标表"),
    ]
    removed = [r for r in corpus_issue(path).removed if r.line == 11]
    assert [r.why for r in removed] == ["site_navigation"]


def test_a_labelled_line_under_an_empty_attachment_label_opens_the_list() -> None:
    """'附件:' alone, then '附件1:某某报告.pdf' … '附件10:…': the first line's own label is no
    part of its title (it had been '附件1:2021年构树…报告' under the bare label, and listed
    twice)."""
    doc = corpus_doc(
        "web-page/gansu-tianshui-czj-2022-jixiao-pingjia-gongkai-notitle-attachlist-gov-page.txt"
    )
    assert [a.label for a in doc.attachments] == [f"附件{n}" for n in range(1, 11)]
    assert (
        doc.attachments[0].title == "2021年构树产业发展及体验服务综合体建设补助资金项目绩效评价报告"
    )


def test_a_district_congress_is_named_with_its_city_where_the_text_prints_it() -> None:
    """A 决议 with no title: its adoption line names '贡井区第十七届人民代表大会', its first
    sentence '自贡市贡井区第十七届人民代表大会第二次会议…': the congress issues by the fuller
    name, its city before it (it had been the district's name alone)."""
    doc = corpus_doc(
        "npc/sichuan-zigong-gongjing-2013-zhengfu-gongzuo-baogao-jueyi-notitle-page.txt"
    )
    assert doc.issuers == ["自贡市贡井区人民代表大会"]
    assert doc.date == "2013-02-28"
    assert doc.kind == "decision"


def test_a_commission_by_its_short_name_issues_by_the_whole_name_the_page_prints() -> None:
    """A repost of a ministry's annual report: its title and text say '国家卫生健康委', its
    byline '发布来源:国家卫生健康委员会网站' and a sentence '《国家卫生健康委员会公报》': the
    commission issues by the whole name (it had issued by the short one)."""
    doc = corpus_doc("repost/national-nhc-2024-disclosure-report-repost-nmgyyxh-page.txt")
    assert doc.issuers == ["国家卫生健康委员会"]
    assert doc.title == "国家卫生健康委2024年政府信息公开工作年度报告"


def test_a_colonless_addressee_line_over_the_text_issues_nothing() -> None:
    """A mirror's copy opens on its 主送 line without the colon ('各科處,各街道司法所') and goes
    straight into the text: no organ's name opens with the collective '各' (it had issued the
    notice as '各街道司法所', a wrong fact; the bureau itself is named nowhere but in a title
    the text cites, so it issues nothing)."""
    doc = corpus_doc(
        "mirror-noise/guangdong-shenzhen-longgang-2014-sifaju-gongzhong-kaifangri-fangan-notitle-trad-pinyin-mirror-page.txt"
    )
    assert doc.issuers == []


def test_question_marks_between_two_signers_are_the_space_between_them() -> None:
    """A mirror printed the space between two joint signers on one line as question marks
    ('天津市財政局 ????????天津市規劃和自然資源局'): two signers, each issuing (the second had
    signed with the marks before its name and not issued)."""
    doc = corpus_doc(
        "mirror-noise/tianjin-2022-jincaigui11-linye-fazhan-zijin-buchong-tongzhi-trad-spam-mirror-page.txt"
    )
    assert doc.signature == ["天津市財政局", "天津市規劃和自然資源局"]
    assert doc.issuers == ["天津市財政局", "天津市規劃和自然資源局"]
    assert doc.doc_number == "津財規〔2022〕11號"


def test_a_headline_naming_the_issued_text_gives_way_to_the_notice_under_it() -> None:
    """A wiki's page headlined by the 意见 a notice issues, its lead and record box, then the
    notice with its own title and 文号 ('…關於印發《溫州市教育強市建設實施意見》的通知' /
    '溫委辦〔2006〕47 號'): the notice is the document (it had been titled by the headline, with
    no 主送 and the 意见's kind)."""
    doc = corpus_doc(
        "mirror-noise/zhejiang-wenzhou-2006-wenweiban47-jiaoyu-qiangshi-shishi-yijian-yinfa-party-gov-offices-trad-wiki-newton-page.txt"
    )
    assert doc.title == "溫州市委辦公室溫州市政府辦公室關於印發《溫州市教育強市建設實施意見》的通知"
    assert doc.doc_number == "溫委辦〔2006〕47號"
    assert doc.date == "2006-07-06"
    assert doc.issuers == ["中共溫州市委辦公室", "溫州市人民政府辦公室"]
    assert doc.addressees == ["各縣(市、區)委、人民政府", "市直屬各單位"]


def test_the_documents_own_title_under_a_byline_after_a_news_style_headline() -> None:
    """An exam portal's headline ('2019年福建莆田仙游县招聘新任幼儿教师30人公告'), its byline
    after the site's bare address ('http://www.chinagwy.org   2019-03-11 17:33   来源:…'),
    then the document's own title in the form's words ('2019年仙游县关于…的方案'): the
    document's title (the headline had been taken, and the byline left in the text)."""
    path = "repost/fujian-putian-xianyou-2019-zishou-zizhi-youer-jiaoshi-zhaopin-fangan-breadcrumb-laiyuan-chinagwy-page.txt"
    doc = corpus_doc(path)
    assert doc.title == "2019年仙游县关于从自收自支幼儿教师中公开招聘新任幼儿教师的方案"
    assert doc.kind == "plan"
    removed = {(r.line, r.why) for r in corpus_issue(path).removed}
    assert (6, "site_navigation") in removed and (6, "byline") in removed


def test_a_bare_address_before_a_byline_goes_with_it() -> None:
    """A county portal's byline opens with the site's bare address ('www.panzhihua.gov.cn
    发布时间:2023-03-21来源:县林业局…'): address and byline are the page's (the line had been
    the text's first paragraph)."""
    doc = corpus_doc(
        "web-page/sichuan-panzhihua-yanbian-2023-yanbianfugui3-jinlie-tonggao-dashlist-meta-gov-page.txt"
    )
    assert doc.body[0].text.startswith("根据《中华人民共和国野生动物保护法》")


def test_joint_issuers_the_title_names_issue_where_one_signs() -> None:
    """'安徽省财政厅 安徽省文化和旅游厅关于印发…的通知', signed by the finance department alone:
    both organs the title names issue (it had been the signer only)."""
    doc = corpus_doc(
        "opinion/anhui-2022-wancaijiao607-feiyi-baohu-zijin-banfa-yinfa-joint-title-one-signature-shuipu-page.txt"
    )
    assert doc.issuers == ["安徽省财政厅", "安徽省文化和旅游厅"]
    assert doc.signature == ["安徽省财政厅"]


def test_two_organs_sign_a_line_each_over_a_cut_date() -> None:
    """A 通告 ends on its last sentence, two organs a line each, and the date cut by the store
    ('2022年8'): both sign and issue (the one over the date had been the only signer)."""
    doc = corpus_doc(
        "announcement/qinghai-haixi-dachaidan-2022-jiaoguan-dadui-zhihuibu-jiaotong-guanzhi-tonggao-joint-cut-date-page.txt"
    )
    both = ["大柴旦行委新冠肺炎疫情防控处置工作指挥部", "大柴旦行委公安局交通管理大队"]
    assert doc.signature == both
    assert doc.issuers == both
    assert doc.date is None


def test_an_attachment_listed_without_its_last_character_takes_its_headings_title() -> None:
    """The 附件 list prints '1.2020年街道养老服务中心建设补助资金分配' and the attachment's
    heading '…资金分配表': the title as the heading prints it."""
    doc = corpus_doc(
        "web-page/zhejiang-wenzhou-ouhai-2020-wenoumin37-yanglao-zijin-xiabo-tongzhi-stacked-joint-sig-page.txt"
    )
    assert [a.title for a in doc.attachments] == [
        "2020年街道养老服务中心建设补助资金分配表",
        "2020年居家上门服务补助资金分配表",
    ]


def test_a_record_row_that_opens_like_a_byline_still_gives_its_date() -> None:
    """A portal's record flattened two fields a row, one row opening '发布日期: 2022-06-02
    成文日期: 2022-06-02' (read as a byline and taken out whole), over a news headline of a
    meeting held whose name runs long ('明山区召开区政府党组(扩大)学习会议暨区十届人民政府第8次
    常务会议'): the row's 成文日期 is the record's date, and the page is news, issued by no one
    (it had no date and issued as the record's 发布机构, a wrong fact)."""
    doc = corpus_doc("web-page/liaoning-benxi-mingshan-2022-qzf-dangzu-cwh8-news-meta-gov-page.txt")
    assert doc.date == "2022-06-02"
    assert doc.kind == "news"
    assert doc.issuers == []


def test_a_standing_committee_reporting_its_year_issues_its_report() -> None:
    """'2021年余姚市人民代表大会常务委员会工作报告', no meeting or speaker line: the committee
    the title names reports (it had no issuer)."""
    doc = corpus_doc(
        "work-report/zhejiang-ningbo-yuyao-2022-renda-changweihui-gongzuo-baogao-nohead-rd-page.txt"
    )
    assert doc.issuers == ["余姚市人民代表大会常务委员会"]
    assert doc.kind == "report"


def test_a_news_report_credited_to_a_government_issues_nothing() -> None:
    """A mirror's copy of a county portal's report of its 常务会议 ('李雷主持召開2023年第4次縣政府
    常務會議'), its byline '信息來源: 夏縣人民政府': news, and its source issued nothing (it had
    issued as the government, a wrong fact)."""
    doc = corpus_doc(
        "mirror-noise/shanxi-yuncheng-xiaxian-2023-xzf-cwh4-news-meta-trad-pinyin-mirror-page.txt"
    )
    assert doc.kind == "news"
    assert doc.issuers == []


def _people(path: str) -> set[tuple[str, str, tuple[str, ...]]]:
    return {
        (a.person, a.action, tuple(a.positions)) for a in corpus_issue(path).facts["appointments"]
    }


def test_a_government_named_before_its_acting_head_is_no_person() -> None:
    """'新任区政府代理区长陶关锋在会上表示…' after the decision: the government before 代理 is
    no name (it had been appointed '区长陶关锋在会上表示', a wrong fact); the decision's own
    appointments stay."""
    people = _people(
        "personnel/zhejiang-shaoxing-shangyu-2015-npcsc-daili-quzhang-stacked-headline-oneline-rd-page.txt"
    )
    assert not any(p == "区政府" for p, _a, _posts in people)
    assert ("陶关锋", "appoint", ("区人民政府副区长",)) in people


def test_a_pronoun_before_a_resignation_is_no_name() -> None:
    """'…免去伍根培…副主任職務;接受其關于辭去…委員職務的請求': '其關于' is no person (it had
    been removed from the committee, a wrong fact)."""
    people = _people(
        "mirror-noise/guangdong-guangzhou-2005-npcsc-renming-sanwei-juzuo-chinanews-trad-pinyin-page.txt"
    )
    assert not any(p.startswith("其") for p, _a, _posts in people)


def test_a_post_holds_no_title_marks() -> None:
    """A news item quotes '…關於提請任命陳政高為遼寧省人民政府省長的議案》的說明': the words
    up to the quote's end are no post (陳政高 had been appointed '遼寧省人民政府省長的議案》的
    說明', a wrong fact)."""
    people = _people("personnel/liaoning-2007-npcsc-daili-shengzhang-news-trad-wenweipo-page.txt")
    assert not any("》" in post for _p, _a, posts in people for post in posts)


def test_a_title_under_an_empty_date_field_is_the_title_not_the_date() -> None:
    """A finance site's copy of a law database's record ('发文单位:中华财税网' / '颁布日期:' /
    '失效日期:', both empty) over the notice's title: the title is no value of the empty date
    field (it had been taken out as the record's, the site's headline titling the page and
    the database issuing it, wrong facts); a database named as 发文单位 is no organ."""
    doc = corpus_doc(
        "gazette-item/shuiwu-zongju-1996-guoshuifa127-jianzhu-anzhuang-geshui-banfa-yinfa-tongzhi-hardwrap-xgupiao-page.txt"
    )
    assert doc.title == "国家税务总局关于印发《建筑安装业个人所得税征收管理暂行办法》的通知"
    assert doc.doc_number == "国税发[1996]127号"
    assert doc.date == "1996-07-22"
    assert doc.issuers == ["国家税务总局"]


def test_rules_under_a_sharing_sites_headline_of_them_are_one_order() -> None:
    """A sharing site's headline '个体工商户登记管理办法(2011.11.1施行)', its disclaimers, then
    the order's line and number, the rules' title and '(2011年9月30日…令第56号公布)': one
    order, titled by its rules and dated by the note (it had been two documents, the second
    titled by its order line and undated)."""
    issue = corpus_issue(
        "gazette-item/gongshang-zongju-2011-ling56-geti-gongshanghu-dengji-banfa-dateline-360docs-page.txt"
    )
    assert len(issue.documents) == 1
    doc = issue.documents[0]
    assert doc.title == "个体工商户登记管理办法"
    assert doc.doc_number == "国家工商行政管理总局令第56号"
    assert doc.date == "2011-09-30"
    assert doc.issuers == ["国家工商行政管理总局"]


def test_the_title_again_with_its_number_and_first_sentence_run_on() -> None:
    """'…目录的公告2010年第50号根据《…》…现将截至2010年10月10日…予以公告。': the 公告's number
    is read, the sentence is the text's, and the day it names is no date of the 公告 (it had
    been dated 2010-10-10, a wrong fact)."""
    doc = corpus_doc(
        "announcement/shuilibu-2010-gonggao50-xianxing-guizhang-mulu-glued-number-360docs-page.txt"
    )
    assert doc.doc_number == "2010年第50号"
    assert doc.date is None
    assert doc.body[0].text.startswith("根据《国务院办公厅关于做好规章清理工作有关问题的通知》")


def test_a_records_last_row_with_a_link_is_no_title() -> None:
    """A record ending '其他信息   原文链接' over a 解读's headline: the row is the record's (it
    had titled the page '其他信息原文链接', a wrong fact)."""
    path = "web-page/zhejiang-wenzhou-yongjia-2018-kenzao-gengdi-yanshou-banfa-zhengce-jiedu-meta-page.txt"
    assert corpus_doc(path).title != "其他信息原文链接"
    assert (4, "page_metadata") in {(r.line, r.why) for r in corpus_issue(path).removed}


def test_an_interviews_tags_and_speaker_are_no_title_words_nor_its_issuer() -> None:
    """A record's '• 名称 【负责人解读】【议题解读】:县…办公室工作人员张明解读《…》': the
    label and the site's tags go; the office whose staff member speaks does not issue the
    page (the record's 发布机构 does)."""
    doc = corpus_doc(
        "web-page/shandong-linyi-lanling-2023-yingshang-huanjing-fuzeren-jiedu-fangtan-bullets-page.txt"
    )
    assert (
        doc.title == "县优化营商环境办公室工作人员张明解读《全县“营商环境建设年”系列攻坚行动方案》"
    )
    assert doc.issuers == ["兰陵县政府办"]


def test_a_spammers_words_after_a_spaced_dash_are_no_title_words() -> None:
    doc = corpus_doc(
        "mirror-noise/jilin-yanbian-2024-zhouqing-fangjia-tonggao-spam-site-suffix-page.txt"
    )
    assert doc.title == "延边朝鲜族自治州人民政府办公室关于2024年州庆放假的通告"


def test_an_order_issues_by_the_name_its_order_line_prints_in_full() -> None:
    """'住房城乡建设部关于修改…的决定' under '中华人民共和国住房和城乡建设部令第42号': the
    order line's name (it had been the title's short one)."""
    doc = corpus_doc(
        "order/zhujianbu-2018-ling42-shigong-xuke-xiugai-jueding-headline-number-hzldzy-page.txt"
    )
    assert doc.issuers == ["中华人民共和国住房和城乡建设部"]


def test_a_sites_teaser_under_the_title_does_not_end_the_head() -> None:
    """The site's teaser ('这地官宣:每年多放假一天!', its headline's first words) between a
    决定's title and its adoption line: the adoption line still dates it."""
    doc = corpus_doc(
        "npc/gansu-gannan-2024-renda-changweihui-zhouqing-jiari-jueding-inserted-headline-page.txt"
    )
    assert doc.date == "2024-10-24"
    assert doc.kind == "decision"


def test_a_sites_logo_line_is_no_part_of_the_title() -> None:
    """'郑州市发展和改革委员会网站logo' over a party committee's 建议: the site's logo (it had
    been run onto the title and the issuer, wrong facts)."""
    doc = corpus_doc(
        "repost/henan-zhengzhou-2025-shiwei-shiwuwu-guihua-jianyi-quanhui-repost-fgw-page.txt"
    )
    assert doc.title == "中共郑州市委关于制定郑州市国民经济和社会发展第十五个五年规划的建议"
    assert doc.issuers == ["中共郑州市委"]
    assert doc.date == "2025-12-08"


def test_an_images_text_alone_is_no_part_of_the_title() -> None:
    """'图片' on a line of its own under a title: the image the page showed (it had been run
    onto the title)."""
    doc = corpus_doc(
        "repost/zhejiang-wenzhou-lucheng-2021-quwei-shisiwu-guihua-jianyi-xinwenwangxun-repost-gov-page.txt"
    )
    assert doc.title.endswith("远景目标的建议")


def test_a_sites_year_tag_after_a_title_naming_the_year() -> None:
    doc = corpus_doc(
        "web-page/zhejiang-lishui-yunhe-2022-tongji-gongbao-headline-yeartag-hongheiku-page.txt"
    )
    assert doc.title == "2022年云和县国民经济和社会发展统计公报"


def test_a_decision_books_kind_is_not_cut_before_its_book() -> None:
    """A penalty decision flattened onto one line, '…局 行政处罚决定书 元市监罚〔2023〕5号 当事人:…':
    the title ends at 决定书 (it had ended at 决定, the 书 run onto the 文号, a wrong fact)."""
    doc = corpus_doc(
        "line-shapes/yunnan-yuxi-yuanjiang-2023-yuanshijianfa5-guoqi-shipin-chufa-jueding-oneline-gov-page.txt"
    )
    assert doc.title == "元江县市场监督管理局行政处罚决定书"
    assert doc.doc_number == "元市监罚〔2023〕5号"


def test_organs_run_together_over_a_bulletins_date_issue_it() -> None:
    """'珠海市統計局國家統計局珠海調查隊' over '2014年3月28日' and a statistical bulletin's
    text: two issuers, no title (the line had been the title, the bulletin unissued); the
    national bureau's team is no office of the city's bureau."""
    doc = corpus_doc(
        "mirror-noise/guangdong-zhuhai-2013-tongji-gongbao-issuers-runtogether-trad-xiaomonv-page.txt"
    )
    assert doc.issuers == ["珠海市統計局", "國家統計局珠海調查隊"]
    assert doc.title == ""
    assert doc.date == "2014-03-28"


def test_organs_over_a_bulletins_first_sentence_issue_it() -> None:
    doc = corpus_doc(
        "web-page/guizhou-liupanshui-2016-tongji-gongbao-notitle-issuer-line-hongheiku-page.txt"
    )
    assert doc.issuers == ["六盘水市统计局", "国家统计局六盘水调查队"]


def test_organs_run_together_before_a_titles_year_each_issue() -> None:
    """'中共開化縣委組織部 開化縣人力資源和社會保障局' / '2014年…公務員公告': each organ issues
    (they had been one name)."""
    doc = corpus_doc(
        "mirror-noise/zhejiang-quzhou-kaihua-2014-zuzhibu-renshe-gongwuyuan-luyong-gonggao-joint-trad-pinyin-mirror-page.txt"
    )
    assert doc.issuers == ["中共開化縣委組織部", "開化縣人力資源和社會保障局"]


def test_a_phone_pages_buttons_are_no_title_words() -> None:
    """A hijacked page's '图片' / '搜索' / '导航' over '通 告': the buttons are the site's, the
    title is the 通告's own."""
    doc = corpus_doc(
        "announcement/guizhou-qiandongnan-liping-2022-gaokao-shigong-zaosheng-tonggao-notitle-hijacked-page.txt"
    )
    assert doc.title == "通告"


def test_a_whole_title_above_is_a_headline_not_the_issuers_first_line() -> None:
    """A town's portal: the record's title '沂源县大张庄镇森林火灾应急预案' printed as a line,
    then the notice's own head ('大张庄镇人民政府' / '关于印发《…》的通知'): the notice's title
    and issuer (the whole title above had been taken for the issuer's name's first line: a
    title and an issuer run together, wrong facts)."""
    doc = corpus_doc(
        "web-page/shandong-zibo-yiyuan-dazhangzhuang-2021-senlin-huozai-yuan-yinfa-garbled-date-meta-gov-page.txt"
    )
    assert doc.title == "大张庄镇人民政府关于印发《大张庄镇2021年度森林火灾应急预案》的通知"
    assert doc.issuers == ["沂源县大张庄镇人民政府"]


def test_a_forum_posters_card_is_no_title() -> None:
    """A forum's poster card ('- UID' / '- 215044' / '- 积分' / …) over an open letter: the
    site's (its first field had titled the page '- UID', a wrong fact)."""
    doc = corpus_doc(
        "repost/sichuan-bazhong-pingchang-tongzhou-jiedao-2020-yiqing-gongkaixin-oneline-sig-forum-page.txt"
    )
    assert doc.title != "- UID"
    assert "UID" not in doc.title


def test_a_posts_time_poster_and_count_are_a_byline() -> None:
    """'2016-07-05 09:01:50 云南省民族学会80159' over a reposted 意见: the post's byline (it had
    been the title, a wrong fact; the 意见's own title is not printed)."""
    path = "repost/yunnan-2016-liushou-ertong-guanai-baohu-yijian-notitle-byline-repost-yn21st-page.txt"
    assert corpus_doc(path).title == ""
    assert (1, "byline") in {(r.line, r.why) for r in corpus_issue(path).removed}


def test_a_two_character_code_confirms_a_single_organs_masthead() -> None:
    """'东台市卫生局文件' over '东卫[2010]93号': the code abbreviates the place and the organ,
    one character each, so the masthead's organ issues (it had been left unconfirmed: no
    issuer)."""
    doc = corpus_doc(
        "redhead/jiangsu-yancheng-dongtai-2010-dongwei93-nongmin-jiankang-dongyuan-dahui-tongzhi-wenjian-med126-page.txt"
    )
    assert doc.issuers == ["东台市卫生局"]
    assert doc.doc_number == "东卫[2010]93号"


def test_an_inner_mongolian_township_before_guanyu_issues() -> None:
    """'达来胡硕苏木关于开展“政府开放日”活动的公告': the 苏木, a township, issues it."""
    doc = corpus_doc(
        "announcement/neimenggu-tongliao-dalaihushuo-sumu-2025-zhengfu-kaifangri-gonggao-twoline-garbled-dates-page.txt"
    )
    assert doc.issuers == ["达来胡硕苏木"]


def test_a_code_with_its_qualifier_in_brackets_keeps_its_kind_word() -> None:
    """'江海國土(執法)決定字〔2018〕第15號' under a penalty decision's title: the whole code (it
    had been cut at 決定, read as a title's last word: '字〔2018〕第15號', a wrong fact)."""
    doc = corpus_doc(
        "mirror-noise/guangdong-jiangmen-jianghai-2018-jianghaiguotu-juedingzi15-xingzheng-chufa-jueding-trad-pinyin-double-commas-fjbada-mirror-page.txt"
    )
    assert doc.doc_number == "江海國土(執法)決定字〔2018〕第15號"
    assert find_doc_number("关于某某的决定某政字〔2018〕5号") == "某政字〔2018〕5号"
