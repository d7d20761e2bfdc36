"""Rules found in the session of 2026-12-07 (eighteenth), on batches 152 (项目申报 notices, audit
reports and price hearings, older documents) 153 (信访 and 退役军人 notices, sport and Red
Cross notices, 转发 notices) and 154 (林业 notices, 证明事项 and 审批 notices, 财政 notices). The pages are in the corpus; each expected value
was read off the page by hand; each test fails on the code before its rule (checked by
stashing ``src/``)."""

from __future__ import annotations

from gongbao.clean import wrapper
from gongbao.structure.addressees import split_addressees
from gongbao.structure.kinds import announces_itself, kind_closed
from gongbao.structure.organs import brand_name, broken_organ, is_org, printed_in_full
from gongbao.titles import title_end
from tests.structure.corpus_pages import corpus_doc, corpus_issue

_AUDIT_NOTICE = "web-page/henan-zhengzhou-2019-shenjiju-gonggao43-yusuan-zhixing-shenji-baogao-meta-list-page.txt"


def test_an_organs_name_does_not_take_the_first_character_of_its_heads_post() -> None:
    """'郑州市审计局局长  刘啸峰' under a record naming '郑州市审计局': the record's name read in
    full from the text had taken the 局 of 局长 ('郑州市审计局局', a name no organ has)."""
    text = "郑州市审计局局长  刘啸峰"
    assert printed_in_full("郑州市审计局", text) == "郑州市审计局"
    assert corpus_doc(_AUDIT_NOTICE).issuers == ["郑州市审计局"]


def test_a_notice_number_with_its_series_running_count_is_split_from_the_title() -> None:
    """'2019年第43号(总第221号)郑州市关于…的报告': the number run onto the headline carries the
    series' count in brackets; the title is the headline without both, the number without the
    count ('(总第221号)' had stayed at the title's head, and no number was read)."""
    doc = corpus_doc(_AUDIT_NOTICE)
    assert doc.title == (
        "郑州市关于2018年度市级预算执行和其他财政收支的审计工作报告和2017年度市级预算执行"
        "及其他财政收支审计整改落实情况的报告"
    )
    assert doc.doc_number == "2019年第43号"


def test_a_bracketed_day_of_publication_as_a_notice_is_the_date_not_the_title() -> None:
    """'(二〇一九年十二月三十日公告)' under the title: the day the report was published in the
    audit office's series of 公告 (it had been read as the title's last line, and as the start
    of a document of its own)."""
    assert corpus_doc(_AUDIT_NOTICE).date == "2019-12-30"


def test_an_audit_report_read_for_the_government_is_its_audit_offices() -> None:
    """'受区政府委托,报告…审计情况' under '信息来源:福田区审计局', no speaker's line: the audit
    office's report, as the corpus's other audit reports are (the government it was read for
    had been taken)."""
    doc = corpus_doc(
        "web-page/guangdong-shenzhen-futian-2020-shenji-gongzuo-baogao-2019-yusuan-zhixing-audit-gov-page.txt"
    )
    assert doc.issuers == ["福田区审计局"]


def test_a_bylines_organ_named_in_the_text_by_its_level_issues_the_notice() -> None:
    """'来源:大石桥市发展和改革局' over a 公告 whose text says '市发展和改革局将召开…听证会':
    the organ by its level's short name is the byline's (no issuer had been read)."""
    doc = corpus_doc(
        "web-page/liaoning-yingkou-dashiqiao-2023-chuzuche-yunjia-tingzhenghui-gonggao2-gov-page.txt"
    )
    assert doc.issuers == ["大石桥市发展和改革局"]
    assert doc.doc_number == "第2号"


def test_an_untitled_text_that_says_it_announces_is_a_notice_of_the_organ_acting() -> None:
    """A newspaper's one-line print of a 公告 without its title: '…,明水县物价局拟于近期组织
    召开…听证会。现对…予以公告。' — a 公告, not news (the hearing's '记者' seats had made it
    a report), its organ the one that will act."""
    assert announces_itself("现对听证会参加人名额、产生方式及具体报名办法予以公告。")
    assert not announces_itself("记者从市物价局获悉,听证会将于近期召开。")
    doc = corpus_doc(
        "line-shapes/heilongjiang-suihua-mingshui-2017-wujiaju-gonglu-tongxingfei-tingzhenghui-gonggao-oneline-hljrb-page.txt"
    )
    assert doc.kind == "announcement"
    assert doc.issuers == ["明水县物价局"]
    assert doc.title == ""


def test_places_and_zones_before_the_organs_each_has_are_one_addressee() -> None:
    """'各区县(自治县)、两江新区、…高新区、万盛经开区商务主管部门、财政局': the bodies each
    place and zone has, named after the last zone; one addressee (it had been cut in three)."""
    assert split_addressees(
        "各區縣(自治縣)、兩江新區、西部科學城重慶高新區、萬盛經開區商務主管部門、財政局,有關單位:"
    ) == [
        "各區縣(自治縣)、兩江新區、西部科學城重慶高新區、萬盛經開區商務主管部門、財政局",
        "有關單位",
    ]
    doc = corpus_doc(
        "mirror-noise/chongqing-2024-shangwuwei-shangwu-fazhan-zhuanxiang-zijin-shenbao-trad-pinyin-cut-page.txt"
    )
    assert len(doc.addressees) == 2


def test_a_levels_bodies_of_a_kind_are_an_addressee_of_their_own() -> None:
    """'局各業務處室、市相關行業商協會、各專業展覽公司': '市相关…' names the city's bodies of a
    kind, as '市有关部门' does (it had been joined to the bureau's divisions before it)."""
    assert split_addressees("局各業務處室、市相關行業商協會、各專業展覽公司:") == [
        "局各業務處室",
        "市相關行業商協會",
        "各專業展覽公司",
    ]


def test_a_columns_english_name_over_the_addressees_is_the_sites() -> None:
    """'新聞資訊' / 'NEWS INFORMATION' / the 主送 line: the column's English name is a line of
    the site's, not the text's first heading (the 主送 under it had been missed)."""
    doc = corpus_doc(
        "mirror-noise/guangdong-meizhou-2022-kejiju-yingyongxing-zhuanxiang-zhengji-trad-pinyin-page.txt"
    )
    assert doc.addressees == ["各縣(市、區)科工商務局", "梅州高新區管委會", "各有關單位"]


_SPORTS_NOTICE = "web-page/shaanxi-yulin-jingbian-2014-ganbu-zhigong-lanqiu-bisai-tongzhi-guicheng-fujian-gov-page.txt"


def test_an_events_organiser_line_is_no_site_footer_where_the_text_goes_on() -> None:
    """'承办单位:靖边县体育事业办公室' in a notice of a match, its items, 附件 line, signature
    and date under it: the notice's own line, as a site's footer never has a text's items
    after it (the cleaner had cut the notice there, 23 lines recorded as the site's footer)."""
    issue = corpus_issue(_SPORTS_NOTICE)
    assert not [r for r in issue.removed if r.why == "site_footer"]
    doc = issue.documents[0]
    assert doc.signature == ["靖边县体育事业办公室"]
    assert doc.date == "2014-05-26"
    assert [a.title for a in doc.attachments] == [
        "靖边县干部职工篮球比赛规程",
        "靖边县干部职工篮球比赛报名表",
    ]


def test_an_organ_alone_under_an_older_attachment_note_signs() -> None:
    """'附:某某办公室《关于…的通知》' then '绍兴县建设局', the page's last line, no date: the
    signature under the 附件说明, as GB/T 9704 places it ('附:' without 件 had not been read as
    one, and no signature or issuer was read)."""
    doc = corpus_doc(
        "repost/zhejiang-shaoxing-shaoxingxian-2008-jianshe-anquan-shengchan-zhuanfa-nbxinxi-page.txt"
    )
    assert doc.signature == ["绍兴县建设局"]
    assert doc.issuers == ["绍兴县建设局"]


def test_a_towns_organ_broken_over_two_lines_above_the_date_is_one_signer() -> None:
    """'大涌鎮社會治安綜合治理' / '和維護穩定辦公室' / '2020年2月1日', a paragraph a line: the
    town's office, its name broken at the conjunction (the town is in no division list, so the
    first line had not opened like an organ, and nothing was signed)."""
    assert broken_organ("大涌镇社会治安综合治理", "和维护稳定办公室")
    assert not broken_organ("巴城镇东阳澄湖村党总支", "巴城镇东阳澄湖村民委员会")
    doc = corpus_doc(
        "mirror-noise/guangdong-zhongshan-dayong-2020-zongzhi-weiwen-ban-xinfang-jiedai-tongzhi-trad-twoline-sig-mirror-page.txt"
    )
    assert doc.issuers == ["大涌鎮社會治安綜合治理和維護穩定辦公室"]
    assert doc.date == "2020-02-01"


def test_a_casino_put_for_the_governments_name_is_no_organ() -> None:
    """A hijacked mirror printed '澳门赌场' wherever the government's name stood, the signature
    '澳门赌场办公室' too: no organ's name holds a casino (it had signed and issued the notice);
    the title's own '市政府办公室' issues it."""
    assert brand_name("澳门赌场办公室") and not is_org("澳门赌场办公室")
    assert not brand_name("苏州市人民政府办公室")
    doc = corpus_doc(
        "mirror-noise/jiangsu-suzhou-2021-sufuban49-zhengming-gaozhi-chengnuo-fangan-ad-name-substituted-mirror-page.txt"
    )
    assert doc.signature == []
    assert doc.issuers == ["市政府办公室"]
    assert doc.doc_number == "苏府办〔2021〕49号"


def test_a_words_pinyin_run_together_is_the_mirrors() -> None:
    """'…保护区(zìránbǎohùqū)管护局': a mirror's reading of a whole word, its syllables run
    together past six letters, a tone mark among them (it had stayed in the title's line, so
    no title was read, and in an issuer's name)."""
    issue = corpus_issue(
        "mirror-noise/yunnan-kunming-xundian-heijinghe-baohuqu-jinru-tonggao-pinyin-xjhmxs-page.txt"
    )
    assert issue.documents[0].title == (
        "云南寻甸黑颈鹤省级自然保护区关于禁止外来人员未经批准擅自进入保护区的通告"
    )
    assert any(r.text == "(zìránbǎohùqū)" and r.why == "pinyin" for r in issue.removed)
    assert issue.documents[0].issuers == []  # (the page is cut before the signature)


def test_a_systems_day_between_the_number_and_the_addressees_is_the_date() -> None:
    """'滬財會[2015]28號 2015-4-24各區縣財政局,…:' on one line: the day as a system prints it
    is the date, no part of the first addressee (it had been '2015-4-24各區縣財政局')."""
    doc = corpus_doc(
        "mirror-noise/shanghai-2015-kuaiji-lingjun-rencai-zhuanfa-tongzhi-trad-mirror-page.txt"
    )
    assert doc.addressees == ["各區縣財政局", "各有關控股(集團)公司"]
    assert doc.date == "2015-04-24"
    assert doc.doc_number == "滬財會[2015]28號"


def test_zones_and_towns_before_the_organ_each_has_are_one_addressee() -> None:
    """'吳江開發區、汾湖高新區、東太湖度假區財政和資產管理局' and '盛澤鎮、平望鎮財政和資產管理
    辦公室': the bureau each zone has, the office each town has, named after the last (each
    had been cut at its 、)."""
    assert split_addressees(
        "各預算單位,吳江開發區、汾湖高新區、東太湖度假區財政和資產管理局,"
        "盛澤鎮、平望鎮財政和資產管理辦公室,各分局:"
    ) == [
        "各預算單位",
        "吳江開發區、汾湖高新區、東太湖度假區財政和資產管理局",
        "盛澤鎮、平望鎮財政和資產管理辦公室",
        "各分局",
    ]
    assert split_addressees("丁蜀镇、湖父镇人民政府:") == ["丁蜀镇、湖父镇人民政府"]


def test_a_law_databases_note_between_the_number_and_the_addressees_is_the_sites() -> None:
    """'USHUI.NET®提示:根据…规定,继续有效。' under the 文号: the database's note on the text,
    recorded as the site's; the 主送 under it is read (it had ended the head)."""
    issue = corpus_issue(
        "repost/jiangsu-taizhou-2021-taizhengbanfa38-zhengming-gaozhi-chengnuo-fangan-tishi-line-ushui-page.txt"
    )
    assert [r.why for r in issue.removed if r.text.startswith("USHUI")] == ["site_note"]
    assert issue.documents[0].addressees == [
        "各市(区)人民政府",
        "泰州医药高新区管委会",
        "市各委、办、局",
        "市各直属单位",
    ]


def test_a_link_to_the_reading_of_the_text_is_no_title() -> None:
    """'解讀文本:恩平市本級財政專項資金管理辦法(修訂)' over a 印发 notice that prints no title:
    the site's link to its reading, not the notice's title (the 办法's name had titled it and
    its 主送 had been missed)."""
    doc = corpus_doc(
        "mirror-noise/guangdong-enping-2024-caizheng-zhuanxiang-zijin-banfa-tongzhi-trad-page.txt"
    )
    assert doc.title == ""
    assert doc.addressees == ["各鎮人民政府(街道辦事處)", "市有關單位"]
    assert doc.issuers == ["恩平市人民政府"]


def test_an_untitled_text_that_puts_a_list_up_for_comment_is_an_announcement() -> None:
    """'…拟认定…企业技术中心名单,现予以公示' with no title and no 主送: a 公示, which the
    corpus labels as the 公告 it is (36 titled ones), as '特此公示' and '…公示如下:' say
    (untitled, such texts had been kind 'document'); a label that read a 公示 as neither was
    set to announcement with them."""
    assert kind_closed("…如有异议,请于公示期内反映。特此公示。") == "announcement"
    assert announces_itself("现将拟认定名单予以公示。")
    doc = corpus_doc(
        "announcement/guangdong-zhongshan-2019-qiye-jishu-zhongxin-niren-gongshi-notitle-hntfsm-page.txt"
    )
    assert (doc.title, doc.kind) == ("", "announcement")


# -- batch 155 (普查 bulletins, 河长制 and 防汛 notices, town congresses) --------------------


def test_the_member_units_of_a_levels_body_are_an_addressee_of_their_own() -> None:
    """'各县(市、区)防汛抗旱指挥部、市防指各成员单位': the member units of the city's own
    command name their own addressee, as '市生态环境局' does (the two had been one)."""
    assert split_addressees("各县(市、区)防汛抗旱指挥部、市防指各成员单位:") == [
        "各县(市、区)防汛抗旱指挥部",
        "市防指各成员单位",
    ]
    doc = corpus_doc(
        "line-shapes/hubei-huanggang-2020-fangzhi-qunzhong-zhuanyi-mingling-twoline-title-page.txt"
    )
    assert doc.addressees == ["各县(市、区)防汛抗旱指挥部", "市防指各成员单位"]


def test_a_towns_congress_presidium_signs_its_numbered_notice() -> None:
    """'海曙区章水镇人民代表大会主席团公告' / '(2020)7号' / … / the presidium's name / the
    date: a town's congress's presidium, a standing body, signs (its name had been cut to the
    congress's, '…人民代表大会', and nothing signed); its number's year is in brackets."""
    doc = corpus_doc(
        "announcement/zhejiang-ningbo-haishu-zhangshui-2020-zhen-renda-zhuxituan-gonggao-jiedairi-page.txt"
    )
    assert doc.issuers == ["宁波市海曙区章水镇人民代表大会主席团"]
    assert doc.signature == ["宁波市海曙区章水镇人民代表大会主席团"]
    assert doc.doc_number == "(2020)7号"
    assert doc.date == "2020-08-27"


def test_a_sites_name_and_domain_is_no_title() -> None:
    """'湘潭縣人民政府門戶網站 m.yqfq.com.cn 發布時間:…' between the title and the 主送: the
    site's name and its domain (it had titled the notice over the notice's own title)."""
    doc = corpus_doc(
        "mirror-noise/hunan-xiangtan-xiangtanxian-2021-tongjiju-zhuanfa-chufa-jizhun-trad-spam-yqfq-page.txt"
    )
    assert doc.title == "湘潭縣統計局關于轉發《湖南省統計局統計行政處罰裁量權基準》的通知"


def test_a_headline_in_lenticular_brackets_is_the_title_without_them() -> None:
    """'【关于终止防汛III级应急响应的通知】' over the 主送: a repost's headline, the title
    inside its brackets."""
    doc = corpus_doc(
        "repost/henan-xinxiang-2023-fangxun-sanji-xiangying-zhongzhi-tongzhi-bracket-title-repost-page.txt"
    )
    assert doc.title == "关于终止防汛III级应急响应的通知"
    assert doc.kind == "notice"


def test_the_number_printed_under_the_title_is_taken_over_the_headlines() -> None:
    """'…的通知(珠斗委办[2017]27号)' as the site's headline, '珠斗委办〔2017〕27号' on its own
    line under the 红头: the same number, as the document prints it."""
    doc = corpus_doc(
        "redhead/guangdong-zhuhai-doumen-2017-hezhangzhi-gongzuo-fangan-tongzhi-joint-twoline-title-page.txt"
    )
    assert doc.doc_number == "珠斗委办〔2017〕27号"
    assert doc.issuers == ["中共珠海市斗门区委办公室", "珠海市斗门区人民政府办公室"]


def test_a_series_next_bulletin_under_the_first_is_a_document_of_its_own() -> None:
    """'第七次全国人口普查公报(第一号)' … its notes … '第七次全国人口普查公报(第二号)': the
    next bulletin of the series, the same title with the next number (the page had been one
    document)."""
    issue = corpus_issue(
        "line-shapes/xx-district-2021-qipu-gongbao1-gongbao2-noplace-twodocs-hongheiku-page.txt"
    )
    assert [(d.title, d.doc_number) for d in issue.documents] == [
        ("第七次全国人口普查公报", "第一号"),
        ("第七次全国人口普查公报", "第二号"),
    ]


def test_a_date_line_with_its_hour_closes_the_signature() -> None:
    """'重庆市防汛抗旱指挥部' / '2016年6月28日15时': an emergency notice dated to the hour (the
    date line had not been read, and no signature either)."""
    doc = corpus_doc(
        "gazette-item/chongqing-2016-yuxun17-fangxun-xiangying-tigao-sanji-jinji-tongzhi-mirror-page.txt"
    )
    assert doc.date == "2016-06-28"
    assert doc.signature == ["重庆市防汛抗旱指挥部"]


def test_stacked_issuers_over_a_date_that_lost_its_year() -> None:
    """'西峰区统计局' / '西峰区第七次全国人口普查领导小组办公室' / '年6月25日' (the mirror stripped
    every figure of the year): both organs issue the bulletin; no date is read."""
    doc = corpus_doc(
        "mirror-noise/gansu-qingyang-xifeng-2021-qipu-gongbao-digits-stripped-xifengzx-page.txt"
    )
    assert doc.issuers == ["西峰区统计局", "西峰区第七次全国人口普查领导小组办公室"]
    assert doc.date is None


def test_an_authors_name_and_a_stamp_under_a_headline_are_a_byline() -> None:
    """'联合创作 · 2000-01-01 00:10' under a content farm's headline: its byline, recorded
    as one, no day of posting read from it (it had stood as the headline's second line)."""
    issue = corpus_issue(
        "mirror-noise/guobanting-2000-guobanhan16-hefei-jingkaiqu-fuhan-headline-widget-qinglite-page.txt"
    )
    assert [r.why for r in issue.removed if r.text.startswith("联合创作")] == ["byline"]


# -- batch 156 (bilingual letters and notices, tables in text, printed furniture) -----------


def test_an_attachments_title_that_names_a_body_does_not_sign() -> None:
    """'附件2:广东省突发急性传染病定点救治医院' over '广东省人民政府外事办公室' and the date: the
    附件说明's line names a hospital, and signs nothing (it had been a second signer and an
    issuer)."""
    doc = corpus_doc(
        "repost/guangdong-2020-waiban-zhi-zaiyue-waiji-renshi-gongkaixin-english-headline-fujian-zsnews-page.txt"
    )
    assert doc.signature == ["广东省人民政府外事办公室"]
    assert doc.issuers == ["广东省人民政府外事办公室"]


def test_instructions_and_open_letters_end_like_titles() -> None:
    """'境外人员在镇江申报临时住宿登记须知', '致在江门外国友人的一封信': kinds of the texts an
    organ addresses to the public (the university site's '党委保卫部' had titled the first; a
    law site's menu item '泉检须知' is still none)."""
    assert title_end("境外人员在镇江申报临时住宿登记须知") is not None
    assert title_end("泉检须知") is None
    assert (
        corpus_doc(
            "web-page/jiangsu-zhenjiang-2012-gonganju-churujing-jingwai-renyuan-zhusu-dengji-xuzhi-zhongying-ujs-page.txt"
        ).title
        == "境外人员在镇江申报临时住宿登记须知"
    )
    assert (
        corpus_doc(
            "repost/guangdong-jiangmen-2022-waishiju-zhi-waiguo-youren-yifengxin-zhongying-163-page.txt"
        ).title
        == "致在江门外国友人的一封信"
    )
    assert (
        corpus_doc(
            "web-page/fujian-quanzhou-2015-jianchayuan-jianwu-gongkai-xinxi-fabu-banfa-nav-cut-page.txt"
        ).title
        == "泉州市人民检察院检务公开信息发布实施办法(试行)"
    )


def test_a_vendors_core_summary_is_a_teaser_not_the_head() -> None:
    """'核心提示:关于印发…的通知局各部门:…' under a software vendor's headline: the site's
    teaser of the text (its own head under it had never been reached, and the 办法's name had
    titled the notice); the date '201372' reads one way only."""
    doc = corpus_doc(
        "repost/zhejiang-ningbo-ghj-2013-gongwen-chuli-banfa-yinfa-tongzhi-garbled-date-fanpusoft-page.txt"
    )
    assert doc.title == "关于印发宁波市港航管理局公文处理办法的通知"
    assert doc.addressees == ["局各部门"]
    assert doc.date == "2013-07-02"


def test_the_title_run_onto_the_addressees_is_no_addressee() -> None:
    """'…项目名录的通知 各县(市)、区人民政府,市人民政府各部门:' (the title printed again, the
    主送 after it): the title had been read into the first addressee."""
    doc = corpus_doc(
        "line-shapes/henan-xinxiang-2015-feiyi-minglu-sipi-table-runtogether-kjzch-page.txt"
    )
    assert doc.addressees == ["各县(市)、区人民政府", "市人民政府各部门"]


def test_a_betting_brands_number_before_its_core_word_is_the_advertisements() -> None:
    """A hijacked mirror's '188比分直播' where a city's name stood ('结合188比分直播实际'): the
    brand's number and its core word are the advertisement's (the page itself is kept out of
    the corpus: the advertisement stood where the title's 关于 was, so no title is certain)."""
    ads = [m.group(0) for m in wrapper._GAMBLING.finditer("结合188比分直播实际,现就加强和规范")]
    assert ads == ["188比分直播"]


# -- batch 157 (表彰 decisions, OCR-like pages of small units, document-sharing sites) ------


def test_a_prefectures_own_units_are_an_addressee_of_their_own() -> None:
    """'各县(市)人民政府、地直有关单位': the prefecture's own units (地直, as 县直 and 市直 are a
    county's and a city's), an addressee of their own (the two had been one)."""
    doc = corpus_doc(
        "gazette-item/xinjiang-turpan-2010-tudixing26-anquan-shengchan-biaozhang-jueding-fsoucn-page.txt"
    )
    assert doc.addressees == ["各县(市)人民政府", "地直有关单位"]
    assert doc.doc_number == "吐地行〔2010〕26号"


def test_districts_before_the_government_each_has_are_one_addressee() -> None:
    """'滨海新区、北辰区、武清区政府': the government each district has, named after the last,
    one addressee as towns before theirs are (the first had been cut off)."""
    assert split_addressees("北京市、天津市人民政府:") == ["北京市、天津市人民政府"]
    doc = corpus_doc("reply/tianjin-2011-huanbaobu-gonggao-youmei-xiangzhen-zhuanfa-han-page.txt")
    assert doc.addressees == ["滨海新区、北辰区、武清区政府"]


# -- batch 158 (商务 and 侨务 notices; a repository of laws and rules) ----------------------


def test_the_text_a_plan_carries_out_is_not_its_title() -> None:
    """'聊城市消費券發放活動實施方案' / a byline / '《關于發行消費券…的通知》' / '為落實《關于發行
    消費券…的通知》(魯商字〔2020〕36號)…': the line in 《》 names what the plan carries out, as
    its first sentence says (it had titled the plan)."""
    doc = corpus_doc(
        "mirror-noise/shandong-liaocheng-2020-xiaofeiquan-fafang-fangan-trad-spam-cut-yptc-page.txt"
    )
    assert doc.title == "聊城市消費券發放活動實施方案"


def test_a_news_agencys_mark_of_authorised_release_is_no_part_of_the_title() -> None:
    """'(受权发布)陕西省侨联关于…的决定': the mark a page puts before a text it releases on the
    organ's authority."""
    doc = corpus_doc(
        "web-page/shaanxi-2024-qiaolian-xianjin-zuzhi-tongbao-biaoyang-jueding-breadcrumb-page.txt"
    )
    assert doc.title == "陕西省侨联关于通报表扬陕西省侨联系统先进组织的决定"


def test_a_higher_organs_approval_under_the_title_does_not_end_the_head() -> None:
    """'1993年11月7日 国务院批准' / '1993年11月15日 交通部令第5号发布' / '1994年1月1日 施行'
    under the rules' title (a repository of laws): the approval is noted, the order's line
    under it gives the number and the date (the head had ended at the approval)."""
    doc = corpus_doc("order/national-moc-1993-ling5-haishi-peichang-xiane-guiding-repo.txt")
    assert (doc.doc_number, doc.date, doc.kind) == ("交通部令第5号", "1993-11-15", "order")


# -- batch 160 (streets' documents of big cities; a repository's crawl of a province) -------


def test_a_street_named_bare_by_the_record_is_its_office_where_the_text_names_it() -> None:
    """'发布机构 | 沪东新村街道' over '沪东新村街道办事处工作报告': the street by its office's
    full name, as a township named bare is by its government's (it had stayed '…街道')."""
    doc = corpus_doc(
        "web-page/shanghai-pudong-hudongxincun-jiedao-2024-banshichu-gongzuo-baogao-meta-cut-gov-page.txt"
    )
    assert doc.issuers == ["沪东新村街道办事处"]
