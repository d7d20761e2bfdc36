"""Rules found in the session of 2026-12-06 (sixteenth), on batch 102 (政协 documents and
replies to its proposals, 议事协调机构 such as 指挥部 and 领导小组办公室, 人民团体) and batch 103
(管委会, tax and customs 公告, public institutions; one page of batch 104). The pages are in the
corpus unless a test says otherwise; each expected value was read off the page by hand; each
test fails on the code before its rule (checked by stashing ``src/``)."""

from __future__ import annotations

from gongbao.docnumber import find_doc_number
from gongbao.structure.dates import is_date_line
from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_stacked_head_under_another_pages_headline_is_the_title() -> None:
    """A site's headline that names no kind of document nor an issuer (another page's
    question, '2023成都积分入学什么时候开始申请'), its date, a byline, then the notice's own
    head: the 指挥部办公室's line over '关于…' / '…的通告' and its number in brackets. The head
    is the document's (the headline had been its title, the page's date its date)."""
    doc = corpus_doc(
        "announcement/henan-zhengzhou-2022-zhongdian-renqun-hesuan-tonggao18-ccschy-page.txt"
    )
    assert doc.title == (
        "郑州市新冠肺炎疫情防控指挥部办公室关于重点区域重点人群开展新冠病毒核酸检测的通告"
    )
    assert doc.doc_number == "2022年18号"
    assert doc.date is None  # (the store cut the page before its signature)


def test_a_countys_notice_under_its_name_alone_names_no_issuer() -> None:
    """'汶上縣關于舉辦…活動的通知' to the towns' women's federations: the county's name before
    关于 does not say which of its organs sends a 通知 (the text is its 妇联's); no issuer (it
    had been the county's bare name). A township's, or a county's 通告 to the public, is still
    read so (tests of the corpus's '卢市镇', '苏尼特左旗' and '昆都仑区' pages)."""
    doc = corpus_doc(
        "mirror-noise/shandong-jining-wenshang-2012-fulian-sanba-huodong-tongzhi-trad-pinyin-junk-forum-page.txt"
    )
    assert doc.issuers == []
    town = corpus_doc(
        "mirror-noise/lushizhen-2021-lianghui-anquan-shengchan-dajiancha-tongzhi-qmark-mirror-page.txt"
    )
    assert town.issuers == ["卢市镇"]


def test_a_code_that_abbreviates_an_office_of_a_plan_keeps_its_word() -> None:
    """'纲要办发〔2018〕3号': the office that carries out a 纲要 abbreviates itself so; 要 is no
    word of a sentence citing the number there (the code had lost '纲要')."""
    assert find_doc_number("纲要办发〔2018〕3号") == "纲要办发〔2018〕3号"
    assert find_doc_number("请你们要按照某发〔2018〕3号") == "某发〔2018〕3号"
    doc = corpus_doc(
        "opinion/quanguo-2018-kexie-gangyaoban3-kexue-suzhi-yaodian-yinfa-tongzhi-wenhao-notitle-sciencenet-page.txt"
    )
    assert doc.doc_number == "纲要办发〔2018〕3号"


def test_the_line_of_a_seal_that_stands_for_the_signers_is_part_of_the_signature() -> None:
    """'全民科学素质纲要实施工作办公室' / '(中国科协办公厅代章)' / '2018年3月19日': the office
    signs, another body's seal standing for its own; the date is the document's (no signature
    had been read: the seal's line parted the signer from the date)."""
    doc = corpus_doc(
        "opinion/quanguo-2018-kexie-gangyaoban3-kexue-suzhi-yaodian-yinfa-tongzhi-wenhao-notitle-sciencenet-page.txt"
    )
    assert doc.signature == ["全民科学素质纲要实施工作办公室", "(中国科协办公厅代章)"]
    assert doc.issuers == ["全民科学素质纲要实施工作办公室"]
    assert doc.date == "2018-03-19"


def test_a_signatures_date_with_an_encyclopedias_footnote_mark_is_a_date_line() -> None:
    """'赤水市建设局' / '二00七年七月十七日[1]' on an encyclopedia's copy of a reply: the mark
    is the site's, the line is the signature's date (neither had been read)."""
    assert is_date_line("二00七年七月十七日[1]")
    assert not is_date_line("二00七年七月十七日[1]起施行")
    doc = corpus_doc(
        "repost/guizhou-zunyi-chishui-jsj-2007-zhengxie-tian120-dafu-numeral-date-footnote-wangchao-page.txt"
    )
    assert doc.issuers == ["赤水市建设局"]
    assert doc.date == "2007-07-17"


def test_a_state_council_bodys_mark_is_confirmed_by_its_abbreviation_in_the_code() -> None:
    """A joint 红头 on a traditional-character mirror: '國務院國有資產監督管理委員會' / '文件' /
    '共青團中央' / '國資委群工[2006]271號'. The code abbreviates the first organ's name, its
    characters in the name's order: its mark is confirmed (no issuer had been read). The
    League's central committee, named '…中央' as the Party's is, is an organ's name: the second
    issuer, over the 文号 (it had been taken for a headline)."""
    from gongbao.structure.organs import is_org

    assert is_org("共青团中央") and is_org("中共中央") and is_org("民盟中央")
    assert not is_org("党中央") and not is_org("中央")
    doc = corpus_doc(
        "mirror-noise/quanguo-2006-guoziwei-tuanzhongyang-qingnian-wenminghao-tongzhi-joint-redhead-trad-pinyin-shangyoutai-page.txt"
    )
    assert doc.issuers == ["國務院國有資產監督管理委員會", "共青團中央"]
    assert doc.doc_number == "國資委群工[2006]271號"


def test_names_a_record_runs_together_are_split_and_win_over_the_titles_run() -> None:
    """A law database's record: '发文部门: 贵州省财政厅 贵州省地方税务局 贵州省国家税务局'
    (its spaces closed up by the cleaner), over the title '贵州省财政贵州省国家税务局贵州省地方
    税务局关于…的公告' (the 厅 lost). Two bureaus under one place are peers, not a head office
    and its branch; the record's three names issue (the title's run had issued as one)."""
    from gongbao.structure.organs import split_organs

    assert split_organs("贵州省财政厅贵州省地方税务局贵州省国家税务局") == [
        "贵州省财政厅",
        "贵州省地方税务局",
        "贵州省国家税务局",
    ]
    assert split_organs("国家税务总局江西省税务局") == ["国家税务总局江西省税务局"]
    doc = corpus_doc("web-page/guizhou-2016-yingaizeng-zhengguan-guoshuiju-gonggao6-esnai-page.txt")
    assert sorted(doc.issuers) == ["贵州省国家税务局", "贵州省地方税务局", "贵州省财政厅"]


def test_two_national_administrations_run_together_are_two_issuers() -> None:
    """'中華人民共和國海關總署 中華人民共和國質量監督檢驗檢疫總局2005年第28號聯合公告': 总署
    ends an organ's name as 总局 does (the two had issued as one name)."""
    doc = corpus_doc(
        "mirror-noise/national-2005-haiguan-zhijian-lianhe-gonggao28-lvke-shenbao-tradmirror-page.txt"
    )
    assert doc.issuers == ["中華人民共和國海關總署", "中華人民共和國質量監督檢驗檢疫總局"]


def test_a_lottery_spammers_words_in_a_signers_place_issue_nothing() -> None:
    """'2024年免费资料大全办公室' where a mirror replaced the signer's name: the lottery
    tipster's words are an advertisement, removed; no issuer (it had issued the notice)."""
    doc = corpus_doc(
        "mirror-noise/shaanxi-xixian-xinqu-2020-guanzhong-pingyuan-chengshiqun-xingdong-jihua-spam-signature-mirror-page.txt"
    )
    assert doc.issuers == []
    assert doc.date == "2020-01-19"


def test_the_bar_between_a_number_and_its_title_is_no_part_of_the_title() -> None:
    """'海关总署公告2017年第20号|海关总署关于发布《…》的公告': the title without the bar, the
    issuer the title's (it had been an attachment's name run onto the signer's)."""
    doc = corpus_doc(
        "repost/national-2017-haiguan-gonggao20-yuluru-xitong-headline-jzhhyy-page.txt"
    )
    assert doc.title == "海关总署关于发布《海关开放预录入系统对外服务方案》的公告"
    assert doc.doc_number == "海关总署公告2017年第20号"
    assert doc.issuers == ["海关总署"]


def test_a_headline_cut_short_over_the_whole_title_is_not_joined_to_it() -> None:
    """'会宁重要公告关于在全县范围内开展麻风' / '关于在全县范围内开展麻风疫苗' / '集中查漏补种的
    公告': read together they say '关于在全县' twice; the title is the lines under the
    headline (all three had been joined)."""
    doc = corpus_doc(
        "announcement/gansu-baiyin-huining-noyear-jikong-mafeng-yimiao-buzhong-gonggao-joint-year-stripped-page.txt"
    )
    assert doc.title == "关于在全县范围内开展麻风疫苗集中查漏补种的公告"


def test_a_banner_of_slogans_over_the_addressees_is_no_title() -> None:
    """Three lines of a site's banner, each a clause after a clause ('档案工作存史资政育人,是一项
    …的崇高事业'), then '院属各单位:': the document prints no title (the slogans had been
    joined as one)."""
    doc = corpus_doc(
        "web-page/beijing-zhongkeyuan-2019-danganguan-danganfa-xiuding-yijian-tongzhi-notitle-garbled-date-page.txt"
    )
    assert doc.title == ""
    assert doc.addressees == ["院属各单位"]
    assert doc.issuers == ["中科院档案馆"]


def test_two_officers_signatures_run_together_name_no_one_organ() -> None:
    """A 贺词 flattened onto one line ends '中共某区工委 书记 某某 某区管委会 主任 某某': the
    words before the last post are two organs and an officer, no organ's name (it had issued
    as '中共河源市高新區工委書記孫鋒河源市高新區管委會'; the page is kept out of the corpus,
    its two issuers not yet read)."""
    from gongbao.structure.speakers import speaker_org

    assert speaker_org("中共河源市高新区工委书记孙锋河源市高新区管委会主任") is None
    assert speaker_org("河源市高新区管委会主任") == "河源市高新区管委会"


def test_a_national_bureaus_provincial_branch_is_one_name() -> None:
    """'国家外汇管理局福建省分局关于印发…的通知': the administration's branch in a province,
    named after it, is one organ (it had been split in two; the page is kept out of the
    corpus with its batch)."""
    from gongbao.structure.organs import split_organs

    assert split_organs("国家外汇管理局福建省分局") == ["国家外汇管理局福建省分局"]


def test_a_warnings_line_of_issue_with_its_hour_is_its_date_and_issuer() -> None:
    """'林甸县气象台 2021 年 7 月 31 日 17 时 20 分发布' over a rainstorm warning: the observatory
    issued it that day (the line had been the title, the warning undated)."""
    doc = corpus_doc(
        "line-shapes/heilongjiang-daqing-lindian-2021-qixiangtai-baoyu-lanse-yujing-wrapped-dup-page.txt"
    )
    assert doc.title == ""
    assert doc.date == "2021-07-31"
    assert doc.issuers == ["林甸县气象台"]


def test_a_kind_of_body_is_no_fuller_name_of_a_ministry() -> None:
    """A law database's record '【发布单位】国土资源部 中国气象局' over a text that speaks of
    '各省(市、区)国土资源主管部门': the ministry keeps its name ('国土资源主管部', cut from 部门,
    had been taken for its fuller name)."""
    doc = corpus_doc(
        "web-page/guotuzibu-qixiangju-2010-guotuzifa101-dizhi-zaihai-qixiang-yujing-yubao-lawdb-meta-cut-page.txt"
    )
    assert doc.issuers == ["国土资源部", "中国气象局"]


def test_a_forwarded_text_named_with_its_short_name_is_the_notices_attachment() -> None:
    """'现将《中国银监会关于…的补充通知》(银监发〔2011〕94号)(以下简称《补充通知》)转发给你们':
    the text printed under the notice with its own head is what it forwards, one document (it
    had been a second document: the short name's 《》 broke the forwarding sentence), and its
    attachment, though the notice's own title names no text it issues (none had been listed)."""
    issue = corpus_issue(
        "web-page/jiangsu-2011-yinjianju-zhuanfa-xiaowei-qiye-jinrong-fuwu-buchong-tongzhi-6dgww-page.txt"
    )
    assert [d.title for d in issue.documents] == [
        "江苏银监局关于支持商业银行进一步改进小微型企业金融服务的补充通知"
    ]
    assert [a.title for a in issue.documents[0].attachments] == [
        "中国银监会关于支持商业银行进一步改进小型微型企业金融服务的补充通知"
    ]


def test_a_gazettes_colophon_field_is_no_part_of_an_issuers_name() -> None:
    """A gazette's colophon over the item, '主管單位 達州市人民政府' / '主辦單位 …': the field's
    label is no part of the government's name (the issuer had been '主管單位達州市人民政府')."""
    doc = corpus_doc(
        "gazette-item/sichuan-dazhou-2008-dashifufa5-zuidi-gongzi-fabu-tongzhi-gazette-masthead-trad-pinyin-tube444-page.txt"
    )
    assert doc.issuers == ["達州市人民政府"]
    assert doc.doc_number == "達市府發〔2008〕5號"


def test_another_pages_headline_over_a_text_that_says_its_kind_is_no_title() -> None:
    """A content farm's page: another page's headline ('新疆妇幼保健院入园体检预约挂号流程'), a
    day, a byline, then a notice whose first sentence says '…现就调整全省最低工资标准有关事项
    通知如下': the headline names no kind, the text is a 通知; untitled, and the day under the
    headline is not its date (both had been the notice's). The same rule leaves a forum's
    name over a repost untitled, the page's record titling it without a false problem."""
    doc = corpus_doc(
        "mirror-noise/hebei-2019-zuidi-gongzi-tiaozheng-tongzhi-notitle-foreign-headline-ccschy-page.txt"
    )
    assert doc.title == ""
    assert doc.date is None
    issue = corpus_issue(
        "repost/guangdong-guangzhou-2010-gongjiao10-xianlu-linshi-tiaozheng-tongzhi-unsigned-forum-printable-page.txt"
    )
    assert issue.documents[0].title == "关于临时调整公共汽车10等线路的通知"
    assert not [p for p in issue.problems if p.kind == "page_metadata_differs"]


def test_a_policy_databases_level_field_is_the_pages_record() -> None:
    """'政策級別:國家級' under '發布時間:…' on a policy database's mirror: a field of its record
    (it had titled the notice, which prints no title of its own)."""
    doc = corpus_doc(
        "mirror-noise/gongxinbu-2021-gongxintingxinfahan27-xinxing-xinxi-xiaofei-notitle-meta-trad-pinyin-doubled-commas-idachang-page.txt"
    )
    assert doc.title == ""
    assert doc.doc_number == "工信廳信發函〔2021〕27號"
    assert doc.issuers == ["工業和信息化部"]


def test_a_headline_saying_an_organ_published_something_is_no_title() -> None:
    """'環保部發布環境標準制修訂辦法', '江苏省人民政府办公厅发布进一步加大…的实施意见': who published
    what, in a news site's words, no 关于 after the verb; the page prints no title of the
    document (both had been titles). Under such a headline, the document's own '關于…的公示'
    is its title (the headline had won over it)."""
    assert (
        corpus_doc(
            "repost/huanbaobu-2017-biaozhun-zhixiuding-guanli-banfa-gonggao-headline-dup-lead-trad-zimedia-page.txt"
        ).title
        == ""
    )
    assert (
        corpus_doc(
            "repost/jiangsu-2019-jichu-sheshi-buduanban-shishi-yijian-headline-fabu-repost-zhaoshangtong-page.txt"
        ).title
        == ""
    )
    doc = corpus_doc(
        "mirror-noise/huanbaobu-2016-guojia-shengtaishi-mingming-gongshi-trad-pinyin-elearning-page.txt"
    )
    assert doc.title == "關于擬命名浙江省杭州市等40個地區為國家生態市(縣、區)的公示"
