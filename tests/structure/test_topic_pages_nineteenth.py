"""Rules found in the session of 2026-12-06 (seventeenth), on batch 107 (branches of national
bodies, 气象局 and 人影办 公告, a 镇's notice, county congresses) and a page kept out since
batch 104 (a 人民银行 branch's 红头). The pages are in the corpus; each expected value was read
off the page by hand; each test fails on the code before its rule (checked by stashing
``src/``)."""

from __future__ import annotations

from gongbao.structure.addressees import addressee_line
from gongbao.structure.kinds import kind_closed
from gongbao.structure.organs import issuer_of_report
from gongbao.structure.places import is_place_name, places_in
from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_place_whose_name_ends_in_a_suffix_is_read_whole_inside_a_long_name() -> None:
    """'中国人民银行嵊州市支行': the pattern of a place, lazy, stopped at the 州 of 嵊州 after
    six characters of the bank's name, and found no division there; the level after it is the
    name's (no place had been read, here or in '关于嵊州市…')."""
    assert places_in("中国人民银行嵊州市支行办公室文件") == ["嵊州市"]
    assert places_in("关于嵊州市开展") == ["嵊州市"]
    assert places_in("郑州市人民政府") == ["郑州市"]  # (a city's, as before)


def test_a_branch_of_a_national_body_is_confirmed_by_its_number() -> None:
    """The 红头 '中国人民银行嵊州市支行办公室文件' over '嵊银办〔2008〕27 号', the page cut
    before the signature: the code opens with the place's character and the bank's (嵊, 银),
    which confirms the masthead's name as the issuer (none had been read)."""
    doc = corpus_doc(
        "redhead/zhejiang-shaoxing-shengzhou-2008-renminbi-liutong-jiance-yujing-yinhang-zhihang-redhead-nbxinxi-page.txt"
    )
    assert doc.issuers == ["中国人民银行嵊州市支行办公室"]
    assert doc.doc_number == "嵊银办〔2008〕27号"
    assert doc.title == "关于做好人民币流通状况监测预警工作的通知"
    assert doc.date is None  # (the store cut the page inside item 三)


def test_a_congress_sites_column_of_two_kinds_is_no_title() -> None:
    """'决议决定' twice over the breadcrumb '首 页 > 决议决定', then the rules' own title: the
    column of a congress's site names two kinds of document, as '通知公告' does (it had been
    the title, and no issuer read)."""
    doc = corpus_doc(
        "npc/jiangsu-xuzhou-peixian-2018-npcsc-zhongda-shixiang-guiding-garbled-date-page.txt"
    )
    assert doc.title == "沛县人民代表大会常务委员会讨论、决定重大事项的规定"
    assert doc.issuers == ["沛县人民代表大会常务委员会"]


def test_an_adoption_line_that_lost_its_marks_is_read_where_one_date_fits() -> None:
    """'20181120日沛县第十七届…第二十二次会议通过)': the page lost the bracket and the 年 and
    月 of its adoption line; eight figures read one way only, 2018-11-20 (seven, '2020126', had
    been read so; eight were not, and the rules had no date)."""
    doc = corpus_doc(
        "npc/jiangsu-xuzhou-peixian-2018-npcsc-zhongda-shixiang-guiding-garbled-date-page.txt"
    )
    assert doc.date == "2018-11-20"


def test_an_organ_whose_place_opens_on_a_conjunction_signs_on_its_own() -> None:
    """'特此公告' / '和硕县气象局' / '2025年2月14日': 和硕 opens with 和, as the second half of a
    name broken before '和信息化局' does; a line that opens with a place is an organ of its own
    (the signer had been '特此公告和硕县气象局')."""
    doc = corpus_doc(
        "web-page/xinjiang-bayingol-heshuo-2025-qixiangju-renying-zuoye-gonggao-page.txt"
    )
    assert doc.issuers == ["和硕县气象局"]
    assert doc.date == "2025-02-14"


def test_a_content_systems_related_reading_label_is_the_sites() -> None:
    """'关联导读:' under the byline, over the 主送: the site's field for its related items, as
    '关联稿件:' is (the head had stopped at it, and read no addressee)."""
    doc = corpus_doc(
        "web-page/jiangxi-jiujiang-dean-2006-nieqiao-yewai-jinhuo-jinji-tongzhi-meta-line-gov-page.txt"
    )
    assert doc.addressees == ["各村(居)委会", "驻镇有关单位"]
    assert doc.doc_number == "聂府发[2006]5号"
    assert doc.date == "2006-03-30"


def test_places_listed_before_the_organ_each_has_are_one_addressee() -> None:
    """'国家税务总局各设区市、杨凌示范区、西咸新区、韩城市税务局': a level's places, then the
    zones and the city listed after them, the 税务局 each has after the last; one addressee,
    as the README's 、 rule reads it (it had been cut before '韩城市税务局')."""
    doc = corpus_doc(
        "web-page/shaanxi-2021-jianshui-jiangfei-wenhua-qiangsheng-shuiwuju-tongzhi-esnai-page.txt"
    )
    assert doc.addressees == [
        "国家税务总局各设区市、杨凌示范区、西咸新区、韩城市税务局",
        "省局各派出机构",
        "局内各单位",
    ]


def test_an_advertisement_where_a_signers_name_stood_leaves_no_signer() -> None:
    """'2024年免费资料大全办公室' over the date: a lottery spammer's words where the office's
    name stood; what is left, '办公室', names no organ (the signature had been the whole line,
    advertisement and all)."""
    doc = corpus_doc(
        "mirror-noise/shaanxi-xixian-xinqu-2020-guanzhong-pingyuan-chengshiqun-xingdong-jihua-spam-signature-mirror-page.txt"
    )
    assert doc.signature == []
    assert doc.issuers == []
    assert doc.date == "2020-01-19"


def test_a_bar_of_links_to_other_organs_sites_is_the_sites() -> None:
    """'吉林省教育厅  |' / '中华人民共和国教育部' under the site's search box, over a city
    bureau's 公示: links to the province's and the ministry's sites, no issuer (the province's
    教育厅 had been the issuer, and its lines the title)."""
    doc = corpus_doc(
        "web-page/jilin-baishan-jyj-2023-xuequ-huafen-fangan-gongshi-docx-gov-page.txt"
    )
    assert doc.title == "关于市区义务教育段学校学区划分方案的公示"
    assert doc.issuers == []  # (the byline's 信息来源 names the city bureau: not read as issuer)
    assert doc.kind == "announcement"


def test_a_record_row_that_ends_like_a_sites_name_is_the_record() -> None:
    """'发布机构 宜兴市人民政府网站 公开形式 网站': a row of the record, though it ends as a
    site's name does; its publisher names the government '市政府关于…' is (the issuer had
    been '市政府', no place)."""
    doc = corpus_doc(
        "web-page/jiangsu-wuxi-yixing-2023-yizhengfa158-jianyi-yongwei-biaozhang-jueding-meta-gov-page.txt"
    )
    assert doc.issuers == ["宜兴市人民政府"]
    assert doc.doc_number == "宜政发〔2023〕158号"


# batch 108: 通报, a report to a congress, small organs' and public institutions' notices


def test_a_passive_count_of_readers_and_the_day_is_a_byline() -> None:
    """'被閱讀2005次,日期:2016-11-04 10:53:16' over a 科协's notice that opens with its 主送:
    the site's count of readers and its time of posting (it had been the title)."""
    doc = corpus_doc(
        "mirror-noise/hubei-jingzhou-2016-kexie-kexue-suzhi-jiance-tongzhi-notitle-trad-pinyin-xgnzh-page.txt"
    )
    assert doc.title == ""
    assert doc.date == "2016-11-03"


def test_a_zones_body_named_after_its_city_is_an_addressee_of_its_own() -> None:
    """'各縣市區科協、荊州開發區科協:': the zone's 科协, named after its city (荊州 then 开发区,
    no level between), is a second addressee; a 科协 receives documents as a 协会 does (no
    addressee had been read)."""
    doc = corpus_doc(
        "mirror-noise/hubei-jingzhou-2016-kexie-kexue-suzhi-jiance-tongzhi-notitle-trad-pinyin-xgnzh-page.txt"
    )
    assert doc.addressees == ["各縣市區科協", "荊州開發區科協"]


def test_a_serial_number_after_a_prompt_sheets_title_is_its_number() -> None:
    """'关于做好强降雨防范工作的提示单(第 1 号)': a 提示单 numbers itself in brackets after its
    title, as a 通告 does (the number had stayed in the title)."""
    doc = corpus_doc(
        "web-page/anhui-chizhou-guichi-2025-shuiliju-qiangjiangyu-tishidan1-meta-gov-page.txt"
    )
    assert doc.title == "关于做好强降雨防范工作的提示单"
    assert doc.doc_number == "第1号"


def test_each_of_the_public_greeted_is_an_addressee() -> None:
    """'各位市民:' over a hospital's 通告: the public it greets, as '尊敬的广大群众:' is (a
    speech's '各位代表:' stays a greeting)."""
    doc = corpus_doc(
        "web-page/zhejiang-quzhou-changshan-2022-renmin-yiyuan-zhenliao-tiaozheng-tonggao-headline-csrmyy-page.txt"
    )
    assert doc.addressees == ["各位市民"]
    assert doc.issuers == ["常山县人民医院"]
    assert not addressee_line("各位代表:")


def test_a_date_in_chinese_numerals_that_lost_its_day_mark_is_read_where_one_day_fits() -> None:
    """'水电与数字化工程学院分团委' / '二〇一二年三月二十二': the 日 lost; no day opens with 二十二,
    so the date is read and the signature with it. '二○○七年一月十' (a page cut there: 十 or
    十一 … 十九) stays unread; '二○○八年二月十三' is 2008-02-13 (its label corrected)."""
    doc = corpus_doc(
        "mirror-noise/2012-shuidian-xueyuan-fentuanwei-xianjin-jiti-pingxuan-tongzhi-brand-cnnum-date-nezada-page.txt"
    )
    assert doc.date == "2012-03-22"
    assert doc.issuers == ["水电与数字化工程学院分团委"]
    cut = corpus_doc(
        "redhead/xinjiang-2007-xinzhengfa2-nongtian-shuili-tianshanbei-tongbao-zkzxpx-page.txt"
    )
    assert cut.date is None
    thirteenth = corpus_doc(
        "redhead/xinjiang-2008-xinzhengfa9-huanbao-mubiao-tongbao-shifted-meta-zkzxpx-page.txt"
    )
    assert thirteenth.date == "2008-02-13"


def test_an_untitled_texts_closing_formula_names_its_kind() -> None:
    """An untitled page with no 主送 either, closing '特此公告。' / '特此决定。': its kind is the
    one its closing formula names (the kind had been 'document'). A closing that names two
    kinds names none."""
    notice = corpus_doc(
        "announcement/guangdong-zhanjiang-kaifaqu-2020-tudi-zhengshou-qidong-gonggao-notitle-page.txt"
    )
    assert (notice.title, notice.kind) == ("", "announcement")
    decision = corpus_doc(
        "web-page/fujian-xiamen-haicang-2018-xiahaizheng25-fangwu-zhengshou-jueding-meta-notitle-gov-page.txt"
    )
    assert (decision.title, decision.kind) == ("", "decision")
    assert kind_closed("……特此公告。某局 特此通知。") is None


# batch 109: emergency plans, courts' and police notices, elections


def test_a_hotline_label_over_its_number_is_the_sites() -> None:
    """'HOTLINE' / '0898-…发布时间:…点击量:951' over a news item that runs a presidium's 公告
    onto one line: the site's hotline, its number run onto the byline (it had been the
    title)."""
    doc = corpus_doc(
        "line-shapes/hk-2017-shisanjie-renda-xuanju-huiyi-zhuxituan-gonggao1-runon-hotline-cut-page.txt"
    )
    assert doc.title == ""


def test_a_county_named_by_a_determiner_is_no_place() -> None:
    """'黔东南一县关于…的通告': '一县', a county of the prefecture, names none; no issuer (it
    had been '黔东南一县'). A real county whose name ends so stays a place: '万全县'."""
    doc = corpus_doc(
        "mirror-noise/guizhou-qiandongnan-undated-yanhua-baozhu-ranfang-tonggao-headline-forum-page.txt"
    )
    assert doc.issuers == []
    assert not is_place_name("黔东南一县") and not is_place_name("某县")
    assert is_place_name("万全县")


def test_a_menu_of_a_sites_group_of_sites_is_the_sites() -> None:
    """'站群导航' / '市政府网站' / '市政府部门站群' / '县区政府站群' over an election committee's
    公告: the menu of the city's group of sites (two of its lines had been run onto the
    title)."""
    doc = corpus_doc(
        "web-page/liaoning-benxi-mingshan-2021-xuanweihui-gonggao2-xuanmin-dengji-gov-page.txt"
    )
    assert doc.title == "明山区选举委员会公告"
    assert doc.doc_number == "第二号"
    assert doc.issuers == ["明山区选举委员会"]


def test_the_presidium_of_an_electoral_conference_signs_and_announces() -> None:
    """'…全国人民代表大会代表选举会议主席团' over its date, and its 公告 titled by its name:
    the presidium of the conference that elects a region's deputies, as a session's
    presidium is (the signature had been lost and the issuer cut to the congress's name)."""
    signed = corpus_doc(
        "mirror-noise/hk-2022-shisijie-renda-xuanju-huiyi-zhuxituan-gonggao2-gambling-mirror-page.txt"
    )
    name = "中华人民共和国香港特别行政区第十四届全国人民代表大会代表选举会议主席团"
    assert signed.issuers == [name]
    assert signed.signature == [name]
    cut = corpus_doc(
        "repost/hk-2022-shisijie-renda-xuanju-huiyi-zhuxituan-gonggao1-rmrb-paper-cut-page.txt"
    )
    assert cut.issuers == [name]


def test_a_news_apps_prompt_under_a_picture_is_the_sites() -> None:
    """'打开网易新闻 查看更多图片' under each picture: the app's prompt (it had been listed
    among the attachments, after the real one)."""
    doc = corpus_doc(
        "repost/heilongjiang-qitaihe-2021-shedu-jubao-jiangli-tonggao-notitle-163-page.txt"
    )
    assert [a.title for a in doc.attachments] == ["七台河市毒品违法犯罪举报奖励办法"]


def test_a_court_clerk_is_no_secretary_and_name() -> None:
    """'…公开招聘聘用制书记员公告': 书记员 is a clerk, no 书记 (a secretary) and a name '员公告'
    (the title had been taken for an officer's line, and the place's tag over it chosen)."""
    doc = corpus_doc("repost/xinjiang-kashi-2023-zhongyuan-shujiyuan-zhaopin-gonggao-hxu-page.txt")
    assert doc.title == "喀什地区中级人民法院2023年度面向社会公开招聘聘用制书记员公告"
    assert doc.issuers == ["喀什地区中级人民法院"]


def test_a_headlines_number_before_the_title_in_brackets_is_the_documents() -> None:
    """'粵府〔2018〕120號《廣東省人民政府關于印發…的通知》' over the notice's own title: the
    headline's 文号, printed before the same title, is the document's (none had been read)."""
    doc = corpus_doc(
        "mirror-noise/guangdong-2018-yuefu120-shengji-caizheng-zhuanxiang-zijin-guanli-banfa-tongzhi-mirror-page.txt"
    )
    assert doc.doc_number == "粵府〔2018〕120號"
    assert doc.date == "2018-12-24"


# batch 110: reports read at meetings, small units' budgets, orders


def test_a_list_of_tables_is_no_stack_of_headlines_and_a_pointer_no_title() -> None:
    """A school's budget that opens with its contents, then its tables listed '一、部门收支总表'
    …, then '明细详见:…预算公开表': an item of a list is no headline, a pointer to the details
    no title (the pointer had been chosen, then the first table's name put for it)."""
    doc = corpus_doc(
        "dept-budget/hubei-xianning-xianan-disan-chuzhong-2024-bumen-yusuan-notitle-contents-first-gov-page.txt"
    )
    assert doc.title == ""
    assert doc.kind == "budget"


def test_a_sharing_sites_blurb_and_a_speechs_occasion_are_no_title_and_no_addressee() -> None:
    """'《袁庄镇2009年政府工作报告》由会员上传分享,免费在线阅读,…' under the file's name: the
    sharing site's blurb (it had been the title); '…——2010年2月2日在袁庄镇…会议上镇长某某各位
    代表:' names those who hear a speech, no recipients (it had been an addressee)."""
    doc = corpus_doc("line-shapes/yuanzhuang-zhen-2010-work-report-wenku365-runon-page.txt")
    assert doc.title == "袁庄镇2009年政府工作报告"  # (the file's name: the page prints no other)
    assert doc.addressees == []
    assert doc.issuers == ["袁庄镇人民政府"]


def test_a_courts_or_procuratorates_report_is_its_own() -> None:
    """'最高人民检察院工作报告' (no year), '2010年中华人民共和国最高人民法院工作报告': the body
    that reports, as a standing committee's report names its committee (no issuer had been
    read)."""
    assert issuer_of_report("最高人民检察院工作报告") == ["最高人民检察院"]
    assert issuer_of_report("某某关于某事的工作报告") == []
    doc = corpus_doc("web-page/national-2010-zuigao-fayuan-gongzuo-baogao-wikisource-nav-page.txt")
    assert doc.issuers == ["中华人民共和国最高人民法院"]
    cut = corpus_doc(
        "repost/national-2023-zuigao-jianchayuan-gongzuo-baogao-xinhua-repost-cut-page.txt"
    )
    assert cut.issuers == ["最高人民检察院"]


def test_a_units_budget_is_named_by_its_three_public_accounts_or_its_tables() -> None:
    """Untitled budget pages: '现将焦石镇2020年度“三公”经费决算情况公布如下' names the town;
    '单位:张家川回族自治县龙山镇四方中学 | 2024年度 | 金额单位:万元' heads a school's tables;
    '第二部分 苍溪县唤马镇卫生院2022年单位预算表' lists a unit's (not only a department's)
    tables, so its first part's title names it (no issuer had been read on the three)."""
    town = corpus_doc(
        "dept-budget/chongqing-fuling-jiaoshizhen-2020-sangong-juesuan-notitle-gov-page.txt"
    )
    assert (town.issuers, town.kind) == (["焦石镇"], "budget")
    school = corpus_doc(
        "dept-budget/gansu-tianshui-zhangjiachuan-sifang-zhongxue-2024-juesuan-notitle-pipes-gov-page.txt"
    )
    assert school.issuers == ["张家川回族自治县龙山镇四方中学"]
    clinic = corpus_doc(
        "dept-budget/sichuan-guangyuan-cangxi-huanmazhen-weishengyuan-2022-danwei-yusuan-notitle-gov-page.txt"
    )
    assert clinic.issuers == ["苍溪县唤马镇卫生院"]


# batch 111: approvals of projects' plans, personnel news, county departments' notices


def test_a_group_of_deputies_is_no_person_who_resigns() -> None:
    """'接受个别市十七届人大代表、县十七届人大代表辞去代表职务请求': deputies of two congresses,
    unnamed; no removal (two had been invented, their 'names' the groups)."""
    issue = corpus_issue(
        "personnel/anhui-tongling-zongyang-17th-npcsc-8ci-renmian-news-rd-page.txt"
    )
    assert issue.facts["appointments"] == []


def test_a_preposition_before_a_name_and_the_next_appointment_after_a_post() -> None:
    """'…办公室由李伯寧同志任主任' names 李伯寧 (the person had been '由李伯寧'); '郑德元同志任
    医院*委书记、梁冬波同志任…' runs the next appointment onto the post after 、: no post read
    (one had been '…书记、梁冬波同志任医院*委副书记、院长')."""
    office = corpus_issue(
        "mirror-noise/guowuyuan-1986-sanxia-bangongshi-renzhi-tongzhi-trad-pinyin-yestaryl-page.txt"
    )
    assert [(a.person, a.positions) for a in office.facts["appointments"]][:1] == [
        ("李伯寧", ["主任"])
    ]
    hospital = corpus_issue(
        "mirror-noise/hubei-zhongyiyuan-lingdao-banzi-renzhi-news-asterisk-ziqiangbuxi-bbs-page.txt"
    )
    assert hospital.facts["appointments"] == []


def test_a_number_a_platform_masked_in_part_is_no_number() -> None:
    """'[ 发文字号 ] | **许可〔2026〕4号': the record's number with its code masked; no 文号 (it
    had been '许可〔2026〕4号', a code cut short)."""
    doc = corpus_doc(
        "web-page/chongqing-2026-shuiku-shuibao-buyu-xuke-jueding-redacted-qianlima-page.txt"
    )
    assert doc.doc_number is None
    assert doc.date == "2026-01-21"


def test_a_date_whose_month_is_marked_as_a_day_still_closes_a_signature() -> None:
    """'湛江市农业局' / '2018年10日11日': the month's mark typed as a day's; the signer is read
    (the issuer had been the site's banner over the title, '湛江市农业农村局'), no date (which
    day, the line does not say)."""
    doc = corpus_doc(
        "web-page/guangdong-zhanjiang-2018-nongyeju-zhannongtong461-lunzuo-xiugeng-diaoyan-zhuanfa-garbled-date-gov-page.txt"
    )
    assert doc.issuers == ["湛江市农业局"]
    assert doc.signature == ["湛江市农业局"]
    assert doc.date is None


# batch 112: urban management and transport, safety and market regulation, education


def test_an_attachments_line_is_no_title() -> None:
    """'附:北塔区市场监督管理局校园农产品及预包装食品检验结果汇总表' under a notice's one
    paragraph, over its signature: the attachment's line, no title (it had been the title); a
    bare '附:' over a news item's text still introduces the document that follows."""
    doc = corpus_doc(
        "announcement/hunan-shaoyang-beita-2022-xiaoyuan-shipin-choujian-jieguo-notitle-page.txt"
    )
    assert doc.title == ""
    assert doc.issuers == ["邵阳市北塔区市场监督管理局"]
    news = corpus_doc(
        "repost/gansu-pingliang-2017-zuidi-gongzi-tiaozheng-tongzhi-fu-news-plhmtz-page.txt"
    )
    assert news.title == "平凉市人民政府关于调整全市最低工资标准的通知"


def test_society_at_large_is_an_addressee() -> None:
    """'社會各界:' under a 通告's title: its addressees, the public (none had been read, and a
    mirror's unrelated headline over the page had been the title for want of them)."""
    doc = corpus_doc(
        "mirror-noise/guangdong-jiangmen-taishan-2021-jinfang-kongmingdeng-tonggao-mirror-page.txt"
    )
    assert doc.addressees == ["社會各界"]
    assert doc.title == "關于禁止燃放孔明燈的通告"
    assert addressee_line("社会各界人士:")


# batch 113: social affairs, culture and sport, land acquisition


def test_a_casinos_name_before_a_colon_where_a_place_stood_is_an_advertisement() -> None:
    """'澳门皇冠:文化体育和旅游局' where a hijacked mirror put a casino's name for the county's:
    the advertisement goes, no issuer or signer is read from what is left (the signer had
    been '澳门皇冠:文化体育和旅游局')."""
    doc = corpus_doc(
        "mirror-noise/fujian-quanzhou-nan-2025-nanwentilv76-feiyi-chuanchengren-gongbu-notitle-casino-hijacked-meta-list-page.txt"
    )
    assert doc.issuers == []
    assert doc.signature == []
    assert doc.doc_number == "南文体旅〔2025〕76号"


def test_a_levels_peoples_organisation_named_by_its_level_is_an_addressee_of_its_own() -> None:
    """'各区残联、市残联各部室、各直属单位': '市残联…' is the city's own federation, named by its
    level, as '市委…' is (it had been run onto the districts' federations)."""
    doc = corpus_doc(
        "line-shapes/tianjin-2017-canlian-canji-yufangri-huodong-tongzhi-baogaosu-mirror-page.txt"
    )
    assert doc.addressees == ["各区残联", "市残联各部室", "各直属单位"]


def test_a_news_sites_headline_under_its_column_tag_is_no_title() -> None:
    """'关注丨秀山县中小学(幼儿园)2024年秋季学期延迟开学' over a byline and the notice's 主送: a
    news site's column and its headline, naming no kind of document; the notice under it is
    untitled (the headline had been its title)."""
    doc = corpus_doc(
        "repost/chongqing-xiushan-2024-jiaowei-qiuji-yanchi-kaixue-tongzhi-headline-cqnews-repost-page.txt"
    )
    assert doc.title == ""
    assert doc.addressees == ["各中小学、幼儿园"]
