"""Rules found in the session of 2026-12-05 (sixth): known wrong values of the corpus and
batch 56 (pages found by topic). Each tested on a file it changed; each expected value was read
off the file by hand (the docstrings quote the lines); each test fails on the code before its
rule."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_sites_place_tag_over_its_breadcrumbs_is_no_line_of_the_title() -> None:
    """'温州' / '您当前的位置 : 永嘉网 -> 新闻中心 -> … -> 正文' / '县十六届人大常委会召开第三十六次
    会议': the site's tag, its breadcrumbs, then the headline as printed (not '温州县…', a county
    that does not exist)."""
    doc = corpus_doc(
        "personnel/zhejiang-wenzhou-yongjia-2021-npcsc-36ci-renmian-fuxianzhang-yjnet-page.txt"
    )
    assert doc.title == "县十六届人大常委会召开第三十六次会议"


def test_an_advertisement_stamped_before_every_heading_is_taken_out() -> None:
    """'365bet开户网站_365bet充值方式_有人被365黑过钱吗第七次全国人口普查公报', the same words
    before '统计局' and before '第七次全国人口普查领导小组办公室': a hijacked site's advertisement
    where the county's name stood. The title without it; the organs, their place lost, no
    issuers."""
    issue = corpus_issue(
        "mirror-noise/xx-county-2021-qipu-gongbao-spam-place-html-tags-gdfs100-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.issuers) == ("第七次全国人口普查公报", [])
    stamped = [r.line for r in issue.removed if r.why == "gambling_ad"]
    assert stamped == [12, 15, 17]  # (lines of the page's text: the file is read as HTML)


def test_a_day_of_posting_under_a_headline_is_the_sites_byline() -> None:
    """'四川省委高層異動 兩副省長辭職' / '2001年1月13日發表': the site's day of posting, recorded,
    not the headline's end."""
    issue = corpus_issue(
        "personnel/sichuan-2001-npcsc-renmian-fushengzhang-cizhi-trad-renminbao-page.txt"
    )
    assert issue.documents[0].title == "四川省委高層異動兩副省長辭職"
    assert [(r.line, r.why) for r in issue.removed if "發表" in r.text] == [(3, "byline")]


def test_a_signers_name_joined_onto_the_code_by_the_cleaner_stays_out_of_the_number() -> None:
    """A 明电 flattened onto one line, '… 签发: 陈俊 温政办发明电〔2014〕9 号 温机发 …': the number as
    printed, not '陈俊温政办发明电〔2014〕9号' (the name run onto the code where the cleaner
    joined the spaced words)."""
    doc = corpus_doc(
        "redhead/zhejiang-wenzhou-2014-wenzhengbanfamingdian9-xiaofang-jinji-tongzhi-oneline-pdf-page.txt"
    )
    assert doc.doc_number == "温政办发明电〔2014〕9号"


def test_a_forum_threads_buttons_board_tag_and_notes_are_the_forums() -> None:
    """'[南区]福建省人民政府关于设立霞浦经济开发区的批复 [复制链接]' / '上一主题 下一主题' / '只看楼主
    倒序阅读 0 发表于: 2014-01-23' / '— 本帖被 keating 从 南部 移动到本区(2016-07-10) —' /
    '闽政文〔2014〕9 号' / '[本网]2014-01-14字号:T | T': the 批复's title, its issuer; the
    forum's lines recorded."""
    issue = corpus_issue(
        "reply/fujian-2014-minzhengwen9-xiapu-jingji-kaifaqu-shezhi-pifu-xzqh-forum-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.doc_number, doc.issuers) == (
        "福建省人民政府关于设立霞浦经济开发区的批复",
        "闽政文〔2014〕9号",
        ["福建省人民政府"],
    )
    assert {(r.line, r.why) for r in issue.removed if r.line in (5, 7, 9, 10, 12)} == {
        (5, "page_tools"),
        (5, "site_navigation"),
        (7, "page_tools"),
        (9, "byline"),
        (10, "byline"),
        (12, "byline"),
    }


def test_an_issuers_line_over_its_title_and_its_addressees_after_an_editors_note() -> None:
    """A forum post: '紧急扩散初冬,博野潴龙河又要来水了, [复制链接]' / '1#' / '按:日前,有网友爆出
    一份…的通知。…' / '博野县防汛抗旱指挥部办公室' / '关于做好应对潴龙河放水工作的通知' / '各乡镇,
    教育局、供电公司、电视台:': the notice under the editor's note, not the thread's title."""
    doc = corpus_doc(
        "repost/hebei-baoding-boye-fangzhiban-zhulonghe-fangshui-tongzhi-editor-note-noyear-forum-page.txt"
    )
    assert (doc.title, doc.issuers, doc.addressees) == (
        "博野县防汛抗旱指挥部办公室关于做好应对潴龙河放水工作的通知",
        ["博野县防汛抗旱指挥部办公室"],
        ["各乡镇", "教育局、供电公司、电视台"],
    )


def test_a_title_over_three_lines_under_a_news_items_paragraphs() -> None:
    """'冊亨縣人民政府' / '關于實施2017年境內天然水域禁漁期的' / '通告' / '為加強我縣漁業資源保護…'
    under a news headline, its byline and four lines of verse: the 通告's own title."""
    doc = corpus_doc(
        "mirror-noise/guizhou-qianxinan-ceheng-2017-jinyuqi-tonggao-threeline-title-trad-pinyin-news-page.txt"
    )
    assert (doc.title, doc.issuers) == (
        "冊亨縣人民政府關于實施2017年境內天然水域禁漁期的通告",
        ["冊亨縣人民政府"],
    )


def test_a_headline_of_who_published_what_gives_way_to_the_stacked_title() -> None:
    """'我省發布關于禁止在森林防火區野外用火的通告' over four issuers stacked two a line and '關于
    禁止在森林防火區戶外用火的通知': the title the issuers' lines open, not the site's headline."""
    doc = corpus_doc(
        "mirror-noise/jiangxi-2022-sibumen-senlin-fanghuoqu-jinhuo-tonggao-joint-stacked-spun-trad-spam-page.txt"
    )
    assert doc.title == (
        "江西省森林防火滅火指揮部江西省林業局江西省公安廳江西省應急管理廳"
        "關于禁止在森林防火區戶外用火的通知"
    )


def test_a_forums_random_tokens_after_each_line_are_anti_copy_junk() -> None:
    """'*qpSXmOz' / 'bvOq5Q6' / '根据…现通告如下: +' / '>!;i6|' / '…尾号为字母或汉字的以最后一位
    数字为准,公休日、节假日不限号。 y8xE': the tokens recorded, the lead a paragraph, no title
    (the page prints none)."""
    issue = corpus_issue(
        "mirror-noise/hebei-xinji-2015-xianxing-tonggao-notitle-antiscrape-junk-forum-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.date) == ("", "2015-11-29")
    junk = [(r.line, r.text) for r in issue.removed if r.why == "anti_copy"]
    assert junk[:4] == [(1, "*qpSXmOz"), (2, "bvOq5Q6"), (3, "+"), (4, "!;i6|")]
    assert (6, "y8xE") in junk


def test_a_news_items_dateline_and_its_papers_reporter_are_bylines() -> None:
    """'市人大常委会审议批准《上海市2019年市级预算调整方案(草案)》' / '2019-05-24 上海' /
    '青年报·青春上海记者 刘昕璐': the headline alone."""
    issue = corpus_issue(
        "repost/shanghai-2019-shiji-yusuan-tiaozheng-fangan-npcsc-news-qingnianbao-why-page.txt"
    )
    assert issue.documents[0].title == "市人大常委会审议批准《上海市2019年市级预算调整方案(草案)》"
    assert [(r.line, r.why) for r in issue.removed if r.line in (2, 4)] == [
        (2, "byline"),
        (4, "byline"),
    ]


def test_a_meeting_line_dashed_with_box_drawing_and_wrapped_gives_the_date() -> None:
    """'──2020年9月29日在上海市嘉定区第六届人民代表大会' / '常务委员会第三十九次会议上': the
    day the report was read."""
    doc = corpus_doc(
        "budget-report/shanghai-jiading-2020-caijingwei-kangyi-tebie-guozhai-zhaiquan-fangan-shencha-baogao-rd-page.txt"
    )
    assert doc.date == "2020-09-29"


def test_the_same_notice_to_other_addressees_under_the_first_ones_date_is_another() -> None:
    """'平山县人民政府' / '征收土地预公告' / '平山镇孟堡村及有关农户:' … '平山县人民政府' /
    '2025年2月22日' / '平山镇西村庄村及有关农户:' …: two documents, the second untitled."""
    issue = corpus_issue(
        "announcement/hebei-shijiazhuang-pingshan-2025-zhengshou-tudi-yugonggao-pervillage-twodocs-gov-page.txt"
    )
    assert [(d.title, d.addressees) for d in issue.documents] == [
        ("平山县人民政府征收土地预公告", ["平山镇孟堡村及有关农户"]),
        ("", ["平山镇西村庄村及有关农户"]),
    ]


def test_lines_of_tags_left_as_text_are_markup() -> None:
    """'<tt id="hnyij"><address id="hnyij"></address></tt>', '1. <var id="hnyij">…</var>' over
    the breadcrumb and '我市調整城鄉居民基本醫療保險待遇支付政策': the headline, the tags recorded."""
    issue = corpus_issue(
        "mirror-noise/cn-city-jumin-yibao-daiyu-zhifu-tiaozheng-news-trad-pinyin-tagdebris-znlkil-page.txt"
    )
    assert issue.documents[0].title == "我市調整城鄉居民基本醫療保險待遇支付政策"
    assert {r.line for r in issue.removed if r.why == "markup"} >= {3, 4, 8, 10}


def test_a_headline_under_a_record_whose_last_label_is_empty_is_no_category() -> None:
    """'主题分类 2025年区政府常务会议 体裁分类 服务对象' / '区政府召开第四十四次常务会议': the
    headline, not the value of '服务对象'."""
    doc = corpus_doc(
        "web-page/henan-pingdingshan-zhanhe-2025-qzf-cwh44-news-empty-meta-lostdate-gov-page.txt"
    )
    assert doc.title == "区政府召开第四十四次常务会议"


def test_a_time_and_a_count_of_clicks_is_a_byline() -> None:
    """'我会顾问卢士钢任厦门市公安局局长' / '2007-11-10 00:00  292次点击': the headline alone."""
    doc = corpus_doc(
        "personnel/fujian-xiamen-2007-npcsc-gonganjuzhang-spamhead-lostdate-seizecherish-page.txt"
    )
    assert doc.title == "我会顾问卢士钢任厦门市公安局局长"


def test_a_standing_committee_with_its_term_after_its_place_is_named_without_it() -> None:
    """'…由天津市第十七屆人民代表大會常務委員會第二十九次會議通過' and the record's '制定機關:天津市
    人民代表大會常務委員會': the committee without its term."""
    doc = corpus_doc("npc/tianjin-2021-xiangcun-zhenxing-cujin-tiaoli-trad-wiki-newton-page.txt")
    assert doc.issuers == ["天津市人民代表大會常務委員會"]


def test_an_officers_post_over_his_name_is_no_line_of_the_title() -> None:
    """'阿坝州人大常委会主任' / '李为国' / '民族立法' / '阿坝藏族羌族自治州自治条例': a site's box
    and column, then the title."""
    doc = corpus_doc("npc/sichuan-aba-2014-zizhi-tiaoli-nodate-chars-abrd-page.txt")
    assert doc.title == "阿坝藏族羌族自治州自治条例"


def test_a_sites_exclaiming_headline_over_the_addressees_is_no_title() -> None:
    """'泾川县每月1910元!调整全省最低工资标准' / '各市、自治州人民政府,甘肃矿区办事处,…:': the
    site's headline; the notice opens with its 主送."""
    doc = corpus_doc(
        "repost/gansu-pingliang-jingchuan-2023-zuidi-gongzi-tongzhi-sitehead-notitle-0933-page.txt"
    )
    assert doc.title == ""


def test_a_signature_without_its_place_gives_way_to_the_issuers_line() -> None:
    """'湘西自治州人大常委会法工委' over the title, ' 州人大常委会法工委' signing: the line's name,
    not one made up of the 条例's '湘西土家族苗族自治州' and the signature."""
    doc = corpus_doc(
        "npc/hunan-xiangxi-2023-fagongwei-zizhi-tiaoli-xiuzheng-caoan-zhengqiu-yijian-tongzhi-rd-page.txt"
    )
    assert (doc.issuers, doc.signature) == (["湘西自治州人大常委会法工委"], ["州人大常委会法工委"])


def test_a_sites_welcome_is_no_line_of_the_title() -> None:
    """'宁夏林业欢迎您' / '当前位置:首页>政务公开>…' / '自治区林业厅关于征求《…》意见建议的函', signed
    '宁夏回族自治区林业厅': the title as printed, the issuer by the signature's fuller name
    (its place's first words no words run onto it)."""
    issue = corpus_issue(
        "reply/ningxia-2017-linyeting-shidi-baohu-xiufu-zhengqiu-yijian-han-meta-gov-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.issuers) == (
        "自治区林业厅关于征求《宁夏湿地保护修复制度实施工作方案(讨论稿)》意见建议的函",
        ["宁夏回族自治区林业厅"],
    )
    assert [(r.line, r.why) for r in issue.removed if r.line == 1] == [(1, "site_navigation")]


def test_a_party_committees_office_by_its_short_name_is_the_same_organ() -> None:
    """'自治区党委办公厅人民政府办公厅印发《…》的通知' signed '中共宁夏回族自治区委员会办公厅' and
    '宁夏回族自治区人民政府办公厅': two issuers, each once, by its fuller name."""
    doc = corpus_doc(
        "repost/ningxia-2021-ningdangban30-yidi-banqian-houxu-fuchi-yijian-yinfa-joint-ebuick-page.txt"
    )
    assert doc.issuers == ["中共宁夏回族自治区委员会办公厅", "宁夏回族自治区人民政府办公厅"]


def test_the_first_mark_of_anti_copy_junk_run_onto_a_sentence_is_junk() -> None:
    """'石家庄市ZF发布最新通告,…禁止燃放烟花爆竹。& `* b2 z2 J/ |& G$ k: n \\': a sentence, the
    junk and its '&' recorded; no title (the page prints none over the 通告's text)."""
    issue = corpus_issue(
        "mirror-noise/hebei-shijiazhuang-2016-yuanxiao-jinfang-tonggao-forum-discuz-noise-page.txt"
    )
    assert issue.documents[0].title == ""
    assert [r.text for r in issue.removed if r.line == 1] == ["`* b2 z2 J/ |& G$ k: n \\", "&"]


def test_a_pipe_row_of_labels_over_a_pipe_row_of_values_pairs_them() -> None:
    """'索引号 | 公开方式 | 发布机构 |' / '116223010139324488/2010-00023 | 主动公开 | 凉州区张义镇人民
    政府 |': the publisher is the third cell, not the whole row split at its pipes."""
    doc = corpus_doc(
        "disclosure-report/gansu-wuwei-liangzhou-zhangyi-2009-disclosure-report-notitle-pipe-meta-gov-page.txt"
    )
    assert doc.issuers == ["凉州区张义镇人民政府"]


def test_a_place_before_an_organ_is_the_whole_place_the_list_knows() -> None:
    """'道里区经纬街道办事处2022年政府信息公开工作年度报告' and '…请联系哈尔滨市道里区经纬街道办事处
    (联系地址:…': 哈尔滨市, not its tail '尔滨市'."""
    doc = corpus_doc(
        "disclosure-report/heilongjiang-harbin-daoli-jingwei-jiedao-2022-disclosure-report-gov-page.txt"
    )
    assert doc.issuers == ["哈尔滨市道里区经纬街道办事处"]


def test_an_accessible_versions_and_elders_helper_links_are_page_tools() -> None:
    """'无障碍版 长者助手 登录' over the breadcrumb and '东凤镇2010年预算执行情况和2011年预算
    草案': the page's tools, then the title."""
    issue = corpus_issue(
        "budget-report/guangdong-zhongshan-dongfeng-2011-township-budget-report-nohead-empty-breadcrumb-gov-page.txt"
    )
    assert issue.documents[0].title == "东凤镇2010年预算执行情况和2011年预算草案"
    assert [(r.line, r.why) for r in issue.removed if r.line == 1] == [(1, "page_tools")]


def test_the_kind_order_alone_under_a_broken_about_line_ends_the_title() -> None:
    """'正面蓝旗人民政府' / '关于森林草原火灾高风险地区实施戒严防火' / '命令': one title (as
    printed, the machine's '正面蓝旗' kept)."""
    doc = corpus_doc(
        "mirror-noise/neimenggu-xilinguole-zhenglanqi-2021-jieyan-fanghuo-mingling-machine-retranslated-stacked-title-laitimes-page.txt"
    )
    assert doc.title == "正面蓝旗人民政府关于森林草原火灾高风险地区实施戒严防火命令"


def test_a_date_written_with_cyrillic_o_for_zero() -> None:
    """'二ОО四年六月一日' (U+041E for 〇, checked by code point): 2004-06-01."""
    doc = corpus_doc(
        "line-shapes/beijing-yanqing-2004-yanzhengfa55-jinzhi-fangmu-banfa-yinfa-cyrillic-date-link-breaks-fymate-page.txt"
    )
    assert doc.date == "2004-06-01"


def test_a_places_news_channel_glued_after_the_title_is_the_sites() -> None:
    """'呼和浩特市人民政府森林草原重點區域防火戒嚴令呼和浩特新聞': the order's title, its issuer."""
    doc = corpus_doc(
        "order/neimenggu-huhehaote-2021-senlin-caoyuan-fanghuo-jieyanling-trad-glued-headline-page.txt"
    )
    assert (doc.title, doc.issuers) == (
        "呼和浩特市人民政府森林草原重點區域防火戒嚴令",
        ["呼和浩特市人民政府"],
    )


def test_an_organs_line_over_a_title_in_quotes_over_slogans() -> None:
    """'保康县防汛抗旱指挥部办公室' / '《致全县广大人民群众的一封信》' / '防汛抗旱' / '重中之重' /
    '这些温馨提示' / '请牢记!!!': the letter's title, its issuer; the slogans no part of it."""
    doc = corpus_doc(
        "repost/hubei-xiangyang-baokang-fangxun-kanghan-yifengxin-stacked-slogan-lines-cjyun-page.txt"
    )
    assert (doc.title, doc.issuers) == (
        "致全县广大人民群众的一封信",
        ["保康县防汛抗旱指挥部办公室"],
    )


def test_an_essay_sites_pieces_are_documents_of_their_own() -> None:
    """'2015年区划调整批复' / '第一篇' / '湘西土家族苗族自治州人民政府:' … '湖南省民政厅' /
    '2015年11月30日' … '第二篇' / '省人民政府关于同意盘县乡镇' / '行政区划调整的批复': two
    documents, the first untitled (the heading names the collection)."""
    issue = corpus_issue(
        "reply/hunan-2015-mzt-huayuan-xiangzhen-quhua-pifu-twodocs-fanwen-beiweimall-page.txt"
    )
    assert [(d.title, d.issuers, d.date) for d in issue.documents] == [
        ("", ["湖南省民政厅"], "2015-11-30"),
        ("省人民政府关于同意盘县乡镇行政区划调整的批复", ["省人民政府"], None),
    ]


def test_a_towns_government_work_summary_is_its_governments() -> None:
    """'宗加镇2010年政府工作总结及2011年工作计划': the town's government reports."""
    doc = corpus_doc(
        "work-report/qinghai-haixi-dulan-zongjia-2010-gongzuo-zongjie-jihua-bwwdw-page.txt"
    )
    assert doc.issuers == ["宗加镇人民政府"]


def test_a_news_deck_telling_a_decision_is_no_title() -> None:
    """'名单出炉!…' / '经逐级推荐、实地测评、社会公示' / '省文明委决定授予' / '灵璧县4个村镇、8家单位'
    / '"省文明村镇"和"省文明单位"称号': a sentence over the decision's text; no title."""
    doc = corpus_doc(
        "repost/anhui-suzhou-lingbi-2020-shengwenmingwei-wenming-biaozhang-jueding-news-wrap-page.txt"
    )
    assert doc.title == ""


def test_an_advertisement_standing_for_the_place_leaves_no_names() -> None:
    """'发文机关: | ray雷竞技官网入口发改局 |', 'ray雷竞技官网入口自来水公司:' and the signer's line
    'ray雷竞技官网入口发展和改革局': a hijacked site's advertisement where the county's name
    stood; no issuer, addressee or signer is read from what is left."""
    issue = corpus_issue(
        "mirror-noise/hunan-county-fagaiju-2021-dongfagaijiazi15-wushui-shoufei-gambling-hijack-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.issuers, doc.addressees, doc.signature) == ([], [], [])
    assert doc.doc_number == "东发改价字(2021)15号"
    assert "ray雷竞技官网入口" in {r.text for r in issue.removed if r.why == "gambling_ad"}


def test_a_sites_note_of_how_an_item_was_handled_is_no_part_of_the_title() -> None:
    """'title: 2016年辽宁省第一批政府和社会资本合作（PPP）项目公告（无意见，已办结。）'."""
    doc = corpus_doc(
        "announcement/liaoning-fgw-2016-ppp-diyipi-xiangmu-gonggao-table-frontmatter.md"
    )
    assert doc.title == "2016年辽宁省第一批政府和社会资本合作（PPP）项目公告"


def test_a_bulletins_number_its_subtitle_and_its_two_issuers() -> None:
    """'杨凌示范区第四次全国经济普查公报(第一号)' / '——杨凌示范区第四次全国经济普查顺利完成' /
    '杨凌示范区统计局' / '杨凌示范区第四次全国经济普查领导小组办公室' / '2020年11月'."""
    doc = corpus_doc(
        "web-page/shaanxi-yangling-2020-jingpu4-gongbao1-stacked-issuers-monthdate-gov-page.txt"
    )
    assert (doc.title, doc.doc_number, doc.issuers) == (
        "杨凌示范区第四次全国经济普查公报",
        "第一号",
        ["杨凌示范区统计局", "杨凌示范区第四次全国经济普查领导小组办公室"],
    )


def test_a_footnote_mark_before_a_bulletins_number() -> None:
    """'石嘴山市第七次全國人口普查公報[1](第一號)' / '——全市人口情況': the title, its number."""
    doc = corpus_doc("mirror-noise/ningxia-shizuishan-2021-qipu-gongbao1-trad-pinyin-spam-page.txt")
    assert (doc.title, doc.doc_number) == ("石嘴山市第七次全國人口普查公報", "第一號")


def test_an_office_a_government_sets_up_opening_a_title_is_the_issuer() -> None:
    """'晉安區人民政府征兵辦公室兵役登記公告': the 征兵办公室, not the government."""
    doc = corpus_doc(
        "mirror-noise/fujian-fuzhou-jinan-2015-bingyi-dengji-gonggao-trad-vincnd-page.txt"
    )
    assert doc.issuers == ["晉安區人民政府征兵辦公室"]


def test_a_title_about_each_county_and_department_names_no_issuer() -> None:
    """'咸陽市各縣市區和市級部門年度目標責任考核試行辦法' (a 提供者 line only): no issuer, not
    '咸陽市各縣市區和市級部'."""
    doc = corpus_doc(
        "mirror-noise/shaanxi-xianyang-2009-mubiao-zeren-kaohe-shixing-banfa-trad-pinyin-tigongzhe-page.txt"
    )
    assert doc.issuers == []


def test_a_standing_committee_by_its_short_name_without_its_term() -> None:
    """'海淀区第十五届人大常委会第64次主任会议纪要': '海淀区人大常委会'."""
    doc = corpus_doc(
        "minutes/beijing-haidian-2016-renda-zhuren-huiyi64-jiyao-header-lines-lzczx-page.txt"
    )
    assert doc.issuers == ["海淀区人大常委会"]


def test_a_division_alone_under_a_headline_names_no_issuer() -> None:
    """'市委常委、常务副市长武金良专题研究…' / '综合二处' (the city never named): no issuer."""
    doc = corpus_doc(
        "minutes/city-2021-changwu-fushizhang-wujinliang-zhuanti-huiyi-news-raw-html-meipian-page.txt"
    )
    assert doc.issuers == []


def test_a_record_bulleted_with_bullet_operators() -> None:
    """'文章属性' / '∙【制定机关】武汉市人民政府办公厅' / '∙【公布日期】2020.01.17': the record's
    issuer and day, over a title that names the office without its city."""
    issue = corpus_issue(
        "front-matter/hubei-wuhan-2020-wuzhengban1-mubiao-renwu-fenjie-fangan-yinfa-shuxing-title-split-kb9-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.issuers, doc.date) == (["武汉市人民政府办公厅"], "2020-01-17")
    assert [r.why for r in issue.removed if r.line in (2, 3)] == ["page_metadata", "page_metadata"]


def test_two_titles_of_one_kind_stacked_the_second_over_the_text() -> None:
    """'2014年湖北省秭归县招聘事业单位公告' / '秭归县2014年8月公开招聘事业单位工作人员公告' /
    '根据…': the document's own, the second."""
    doc = corpus_doc("repost/hubei-yichang-zigui-2014-shiye-zhaopin-gonggao-stacked-kkgwy-page.txt")
    assert doc.title == "秭归县2014年8月公开招聘事业单位工作人员公告"


def test_a_name_in_brackets_under_an_untitled_news_item_is_its_source() -> None:
    """Four lines of news on a 通报批评 ending '(华龙区委区政府督查局)': the item's source, no
    signer (a bulletin's issuer in brackets signs under its title)."""
    doc = corpus_doc(
        "repost/henan-puyang-hualong-2015-pudutong17-tongbao-piping-pishi-notitle-news-pydc-page.txt"
    )
    assert (doc.issuers, doc.signature, doc.kind) == ([], [], "news")


def test_a_journal_records_gazette_and_issue_under_the_text_are_its_source() -> None:
    """'各省、自治区、直辖市人民政府,国务院各部委、各直属机构:…现转发给你们,请认真贯彻执行。
    二○○○年二月二十一日' / '山东省人民政府公报' / '2000年4期': the notice, untitled, its
    addressees and date; the gazette and its issue recorded (a wrong title and issuer before)."""
    issue = corpus_issue(
        "gazette-item/guobanfa-2000-yiyao-weisheng-tizhi-gaige-zhuanfa-shandong-gongbao-abstract-qikanwang-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.issuers, doc.date) == ("", [], "2000-02-21")
    assert doc.addressees == ["各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构"]
    assert [(r.line, r.why) for r in issue.removed] == [(2, "page_metadata"), (3, "page_metadata")]


def test_a_headline_tagged_with_a_bare_province_over_the_addressees_is_the_sites() -> None:
    """'四川关于开展全区河道采砂专项整治行动的通知' / '查看隐藏内容(*)需先登录' / '各有关乡镇人民
    政府:为贯彻落实…': a district's notice under a site's headline tagged '四川' and a forum's
    lock; the notice prints no title, its 主送 is read."""
    issue = corpus_issue(
        "line-shapes/sichuan-deyang-jingyang-heidao-caisha-zhengzhi-tongzhi-masked-digits-oneline-caigoupt-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.addressees) == ("", ["各有关乡镇人民政府"])
    assert [(r.line, r.why) for r in issue.removed if r.line <= 2] == [
        (1, "above_title"),
        (2, "page_tools"),
    ]


def test_one_question_mark_where_a_line_lost_its_indent() -> None:
    """'鹽城市亭湖區選舉委員會公告' / '?亭選字第1號' on a page of '???' placeholders: the
    number read, its lost indent recorded."""
    issue = corpus_issue(
        "mirror-noise/jiangsu-yancheng-tinghu-2021-xuanweihui-gonggao1-xuanmin-dengji-trad-pinyin-farmwen-page.txt"
    )
    assert issue.documents[0].doc_number == "亭選字第1號"
    assert any(r.why == "placeholder" and r.text == "?" for r in issue.removed)


def test_a_notices_name_number_and_subject_run_onto_one_line() -> None:
    """'双牌县选举委员会公告(第一号)关于双牌县县、乡(镇)两级人大换届选举选民登记的公告': the
    公告's name, its number."""
    doc = corpus_doc(
        "announcement/hunan-yongzhou-shuangpai-2021-xuanweihui-gonggao-diyihao-xuanmin-dengji-app-cut-spxrmt-page.txt"
    )
    assert (doc.title, doc.doc_number) == ("双牌县选举委员会公告", "第一号")


def test_a_record_row_of_the_portals_owner_is_metadata_and_a_betting_tag_goes() -> None:
    """'当前位置:手机版亚博首页 > …' / '宁夏草原征占用…办事指南(试行)(征求意见稿)-手机版亚博' /
    '所属机构 自治区林业和草原局 责任部门 草原湿地处': the title without the betting site's
    tag; the record's row no issuer's line (the glued row was the issuer before)."""
    issue = corpus_issue(
        "mirror-noise/ningxia-lcj-2021-caoyuan-zhengzhanyong-shenpi-banshi-zhinan-zhengqiu-yijian-sitename-yabo-meta-mirror-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.issuers) == (
        "宁夏草原征占用审核审批行政许可办事指南(试行)(征求意见稿)",
        [],
    )
    assert [r.why for r in issue.removed if r.line == 8] == ["page_metadata"]


def test_a_betting_brand_and_its_address_word_before_a_title() -> None:
    """'bet365中文网址 准予延续水行政许可决定书': the decision's title alone."""
    doc = corpus_doc(
        "mirror-noise/guangdong-guangzhou-conghua-swj-2020-qushui-xuke-yanxu-jueding-name-replaced-bet365-mirror-page.txt"
    )
    assert doc.title == "准予延续水行政许可决定书"


def test_a_column_tag_before_a_records_title() -> None:
    """'标  题: 【行政复议】行政复议决定书(平府复决字〔2023〕30号)': the title without the tag."""
    doc = corpus_doc(
        "web-page/ningxia-shizuishan-pingluo-2023-pingfufujuezi30-xingzheng-fuyi-jueding-tag-headline-meta-gov-page.txt"
    )
    assert (doc.title, doc.doc_number) == ("行政复议决定书", "平府复决字〔2023〕30号")


def test_a_footer_printed_over_the_text_its_address_between() -> None:
    """'版权所有:…' / '地址:汝州市丹阳中路268号 邮编:467599' / '网站标识码:…' / '汝州市环境保护局'
    / '行政处罚决定书' / '汝环罚决字〔2021〕第20号': the footer's lines alone, then the head."""
    doc = corpus_doc(
        "web-page/henan-pingdingshan-ruzhou-2021-ruhuanfajuezi20-xingzheng-chufa-jueding-footer-first-gov-page.txt"
    )
    assert (doc.title, doc.doc_number, doc.issuers) == (
        "汝州市环境保护局行政处罚决定书",
        "汝环罚决字〔2021〕第20号",
        ["汝州市环境保护局"],
    )


def test_a_decision_served_on_a_party_is_a_kind_of_title() -> None:
    """'衡阳市人民政府行政复议决定书': a title of its kind, naming its issuer."""
    doc = corpus_doc(
        "web-page/hunan-hengyang-2016-hengfufujuezi17-xingzheng-fuyi-jueding-rightaligned-docno-gov-page.txt"
    )
    assert doc.issuers == ["衡阳市人民政府"]


def test_an_orders_name_under_its_issuers_line_and_its_bare_number() -> None:
    """'五 華 縣 人 民 政 府' / '森林高火險期禁火令' / '第1號': one title, its issuer, the number as
    printed (an order named for what it orders, no order line to join it to)."""
    doc = corpus_doc(
        "mirror-noise/guangdong-meizhou-wuhua-2023-senlin-gaohuoxianqi-jinhuoling-1-spaced-issuer-trad-pinyin-beichayi-page.txt"
    )
    assert (doc.title, doc.doc_number, doc.issuers) == (
        "五華縣人民政府森林高火險期禁火令",
        "第1號",
        ["五華縣人民政府"],
    )


def test_a_ministrys_byline_with_its_sites_address_between_name_and_date() -> None:
    """'中華人民共和國住房和城鄉建設部www.mohurd.gov.cn 2010年12月30日' under the 文号: the
    issuer and the date."""
    doc = corpus_doc(
        "mirror-noise/quanguo-2010-jiancheng214-chengshi-shidi-gongyuan-gongbu-tongzhi-trad-qmark-date-wewon17-mirror-page.txt"
    )
    assert (doc.issuers, doc.date) == (["中華人民共和國住房和城鄉建設部"], "2010-12-30")


def test_the_party_after_a_decisions_title_issues_nothing() -> None:
    """'城口县市场监督管理局行政处罚决定书' / '(城口县苟**百货经营部)': the bureau issues, the
    party in brackets is no part of the title (it was the issuer before)."""
    doc = corpus_doc(
        "web-page/chongqing-chengkou-scjgj-2023-xingzheng-chufa-jueding-garbled-docno-gov-page.txt"
    )
    assert (doc.title, doc.issuers) == (
        "城口县市场监督管理局行政处罚决定书",
        ["城口县市场监督管理局"],
    )
