"""The seventeenth batch (gazette items, portal and law-database pages, front matter, reposts,
mirrors, line shapes, orders, 人大 texts, meeting news, disclosure reports) measured before its
rules, and the rules of its kinds, each on its real page: a breadcrumb that ends in the title
printed under it, a record's empty date field over a title's first line, a 文号 in angle
brackets, a record's field run onto a 文号, a gazette's line of the date and the issuers, a
closing formula with the signature and date run onto it (inside a one-line notice too), a
page's button after an empty '附件:', a title printed again with its revision, the day a text
was issued noted under it, a promulgation note that names the ordering government, a
promulgation after the meeting that adopted it. Every expected value was read off the file
by hand (the docstrings quote the lines)."""

from __future__ import annotations

from gongbao.docnumber import find_doc_number
from tests.structure.corpus_pages import corpus_doc


def _head(path: str) -> tuple[str, str | None, str | None, list[str]]:
    doc = corpus_doc(path)
    return doc.title, doc.doc_number, doc.date, doc.issuers


def test_a_breadcrumb_that_ends_in_the_title_printed_under_it() -> None:
    """'EHS中国 法规首页 兰州市人民政府办公室关于印发《…》的通知' over the title; '乡村研究数据库 >
    地方政策 > 西藏自治区人民政府关于…的实施意见' over '地方政策' and the title."""
    path = "web-page/gansu-lanzhou-2021-lanzhengbanfa178-weihua-shigu-yuan-ehs-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.issuers) == (
        "兰州市人民政府办公室关于印发《兰州市危险化学品生产安全事故应急预案》的通知",
        ["兰州市人民政府办公室"],
    )
    path = "web-page/xizang-2017-yiwu-jiaoyu-yitihua-shishi-yijian-ruralchina-page.txt"
    assert corpus_doc(path).title == (
        "西藏自治区人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见"
    )


def test_an_empty_date_field_over_a_titles_first_line_and_a_number_in_angle_brackets() -> None:
    """'实施时间:' (empty) / '自治区人民政府关于' / '命名园林城市(县城)的决定' / '宁政发<2009>7号'."""
    path = "front-matter/ningxia-2009-ningzhengfa7-yuanlin-chengshi-mingming-jueding-lc123-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.doc_number, doc.issuers) == (
        "自治区人民政府关于命名园林城市(县城)的决定",
        "宁政发<2009>7号",
        ["自治区人民政府"],
    )
    assert find_doc_number("宁政发〈2009〉7号") == "宁政发〈2009〉7号"


def test_a_records_field_run_onto_a_number_and_a_gazettes_dated_line() -> None:
    """'国函[2004]1号颁布时间:2004-01-11' under the title; '1991年1月23日,国家环保局、能源部'
    under a joint rule's title (the issuers' line above it '国家环保局 能源部')."""
    path = "gazette-item/gansu-longnan-2004-guohan1-chedi-shezhi-pifu-wstax-page.txt"
    assert _head(path) == (
        "国务院关于同意甘肃省撤销陇南地区设立地级陇南市的批复",
        "国函[2004]1号",
        "2004-01-11",
        ["国务院"],
    )
    path = "gazette-item/guojia-huanbaoju-nengyuanbu-1991-duolvlianben-guiding-dateline-infoeach-page.txt"
    assert _head(path) == (
        "防止含多氯联苯电力装置及其废物污染环境的规定",
        None,
        "1991-01-23",
        ["国家环保局", "能源部"],
    )


def test_a_closing_formula_with_the_signature_run_onto_it() -> None:
    """'…敬請諒解。 特此通告 汕尾市公安局交通警察支隊 2023年1月20日' on one line; a notice whose
    whole text is one line: '漳龙政〔2023〕32号今年普通高考…举报电话:2161496特此通告漳州市龙文区
    人民政府2023年5月22日附件:扫一扫在手机打开当前页。' (the button no attachment)."""
    path = "mirror-noise/guangdong-shanwei-gaj-2023-tiyuguan-jiaotong-guanzhi-tonggao-trad-pinyin-qmark-023dajian-page.txt"
    doc = corpus_doc(path)
    assert (doc.date, doc.issuers, doc.signature) == (
        "2023-01-20",
        ["汕尾市公安局交通警察支隊"],
        ["汕尾市公安局交通警察支隊"],
    )
    path = "line-shapes/fujian-zhangzhou-longwen-2023-zhanglongzheng32-gaokao-zaosheng-tonggao-oneline-chacewang-page.txt"
    doc = corpus_doc(path)
    assert (doc.doc_number, doc.date, doc.issuers, doc.attachments) == (
        "漳龙政〔2023〕32号",
        "2023-05-22",
        ["漳州市龙文区人民政府"],
        [],
    )


def test_the_day_a_text_was_issued_and_its_orders_promulgation() -> None:
    """'山西省清真食品生产经营管理办法(修正)' / '1993年12月16日发布 根据1997年12月' / '29日发布的…
    令第119号修正'; '(2020年8月29日南宁市人民政府令第18号公布自2020年10月1日起施行)' over
    第一章; '(1992年7月25日省人民政府第一三七次常务会议通过, 1992年10月22日省人民政府令第18号
    发布' (its bracket never closed)."""
    path = (
        "line-shapes/shanxi-1993-qingzhen-shipin-guanli-banfa-xiuzheng-hardwrap-infoeach-page.txt"
    )
    assert _head(path) == ("山西省清真食品生产经营管理办法", None, "1993-12-16", ["山西省人民政府"])
    path = "order/guangxi-nanning-2020-ling18-zhongda-juece-chengxu-headless-sadc-page.txt"
    assert _head(path) == ("", "南宁市人民政府令第18号", "2020-08-29", ["南宁市人民政府"])
    path = "order/jiangxi-1992-ling18-waishang-touzi-qiye-yongdi-banfa-bracket-infoeach-page.txt"
    assert _head(path) == (
        "江西省外商投资企业用地管理办法",
        "省人民政府令第18号",
        "1992-10-22",
        ["江西省人民政府"],
    )


def test_a_higher_congresss_approval_under_the_notice_that_promulgates() -> None:
    """'昆明市第十四届人民代表大会常务委员会公告' / '(第21号)' / … / '昆明市人民代表大会常务委员会' /
    '2019年12月9日', then '云南省人民代表大会常务委员会关于批准《昆明市客运出租汽车管理条例》的
    决议' and its paragraph: two documents."""
    from tests.structure.corpus_pages import corpus_issue

    issue = corpus_issue(
        "npc/yunnan-kunming-2019-npcsc-gonggao21-chuzuche-tiaoli-pizhun-jueyi-notitle-page.txt"
    )
    assert [(d.title, d.issuers) for d in issue.documents] == [
        ("昆明市第十四届人民代表大会常务委员会公告", ["昆明市人民代表大会常务委员会"]),
        (
            "云南省人民代表大会常务委员会关于批准《昆明市客运出租汽车管理条例》的决议",
            ["云南省人民代表大会常务委员会"],
        ),
    ]


def test_a_column_with_its_tools_and_a_titles_first_line_read_as_a_headline() -> None:
    """'县政府文件 字体(    )  打印' over '和林格尔县人民政府' / '关于禁止…的通告'; a site's headline,
    '乌政办发〔2013〕11号', then '乌兰浩特市人民政府办公室关于' / '印发《…》和《…》的通知'."""
    path = "announcement/neimenggu-huhehaote-helingeer-2020-jinfang-yanhua-kongmingdeng-wanghuo-tonggao-zfgb-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.issuers) == (
        "和林格尔县人民政府关于禁止在县城区范围内燃放烟花爆竹点放孔明灯点旺火的通告",
        ["和林格尔县人民政府"],
    )
    path = "opinion/neimenggu-xinganmeng-wulanhaote-2013-wuzhengbanfa11-gongwen-guiding-yinfa-twoline-title-fanpusoft-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.doc_number, doc.issuers) == (
        "乌兰浩特市人民政府办公室关于印发《乌兰浩特市人民政府公文形式、适用范围、审批程序和"
        "公文处理有关规定》和《乌兰浩特市人民政府公文格式细则》的通知",
        "乌政办发〔2013〕11号",
        ["乌兰浩特市人民政府办公室"],
    )


def test_the_contents_heading_a_records_number_field_and_a_bulleted_time() -> None:
    """'柳州市阳和第二小学2022年部门预算公开说明' / '目 录' (a hard-wrapped page); '发文编号:
    隆财预〔2020〕1号' in a portal's record; '• 2013年04月19日 00时00分' between the title and
    '达州市人民政府:'; towns before the government each has: '丁蜀鎮、湖父鎮人民政府'."""
    path = "dept-budget/guangxi-liuzhou-yanghe-erxiao-2022-dept-budget-gov-page.txt"
    assert corpus_doc(path).title == "柳州市阳和第二小学2022年部门预算公开说明"
    path = "redhead/hunan-shaoyang-longhui-czj-2020-longcaiyu1-yujuesuan-gongkai-tongzhi-meta-gov-page.txt"
    assert corpus_doc(path).doc_number == "隆财预〔2020〕1号"
    path = "reply/sichuan-2013-chuanfuhan119-guanyinshan-senlin-gongyuan-pifu-dazhou-doubled-gov-page.txt"
    assert corpus_doc(path).addressees == ["达州市人民政府"]
    path = "reply/jiangsu-wuxi-yixing-2011-yizhengfa66-diming-mingming-pifu-joint-addressee-oneline-trad-mirror-page.txt"
    assert corpus_doc(path).addressees == ["丁蜀鎮、湖父鎮人民政府"]


def test_a_sharing_sites_notices_and_lost_opening_marks() -> None:
    """A sharing site's headline, its file's facts, '下载文档原格式', '/ 25' and its numbered
    notices ('1. 1、下载文档前请自行甄别…') over '政府工作报告' / '——2011年1月13日在县第十五届人民
    代表大会' / '第五次会议上': one document; '????现将《…》印发给你们' on a page that put '?' for
    what it could not encode: the marks the line opened with, recorded and taken out."""
    from tests.structure.corpus_pages import corpus_issue

    path = "work-report/gansu-pingliang-jingning-2011-work-report-doczj-split-meeting-line-page.txt"
    issue = corpus_issue(path)
    assert [(d.title, d.date, d.issuers) for d in issue.documents] == [
        ("政府工作报告", "2011-01-13", ["静宁县人民政府"])
    ]
    path = "opinion/qinghai-yushu-zhiduo-2017-zhizhengban93-kongchuo-baoxue-fangan-yinfa-qmark-mirror-page.txt"
    issue = corpus_issue(path)
    assert issue.documents[0].body[0].text.startswith("现将《治多县义务教育控辍保学专项行动方案》")
    assert ("????", "placeholder") in {(r.text, r.why) for r in issue.removed}
