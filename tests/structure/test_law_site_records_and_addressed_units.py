"""Rules of their kind, each on its real page: a law database's record labels (颁布部门,
法律效力, 效力级别, 应用分类), its tool and tab lines ('下载法规', '条款摘要') and a reposting
site's disclaimer ('资料来自公开网络,仅提供网友学习讨论使用', '原文版权归原版权人拥有') are the
page's, so the 主送 line under them is read; in a 主送 line, a body of the level ('市属各单位',
'省级有关部门(单位)'), related units ('相关单位') and a bureau's section ('…教育局人事科') are
addressees of their own, and zones listed before the committee they share are one addressee
whatever the committee is called ('…经开区、榆中生态创新城管委会'). Every expected value was read
off the file by hand (the docstrings quote the lines)."""

from __future__ import annotations

from gongbao.pipeline import parse_bytes
from gongbao.structure.addressees import split_addressees
from tests.structure.corpus_pages import CORPUS, corpus_doc

_LANZHOU = "web-page/gansu-lanzhou-2021-lanzhengbanfa178-weihua-shigu-yuan-ehs-page.txt"


def test_a_law_databases_record_and_disclaimer_are_the_pages() -> None:
    """Lines 8–26: '下载法规', '我要纠错', '条款摘要', '资料来自公开网络,仅提供网友学习讨论使用',
    '原文版权归原版权人拥有', '发文字号:兰政办发〔2021〕178号', '颁布部门:兰州市人民政府办公室',
    '法律效力:地方规范性文件', '应用分类:事故与应急类', '颁布日期:2021-12-31生效日期:2021-12-31';
    then line 28, the 主送 line."""
    issue = parse_bytes((CORPUS / _LANZHOU).read_bytes())
    removed = {(r.line, r.why) for r in issue.removed}
    assert {
        (8, "page_tools"),
        (12, "site_navigation"),
        (14, "site_navigation"),
        (16, "site_navigation"),
        (20, "page_metadata"),
        (22, "page_metadata"),
        (24, "page_metadata"),
    } <= removed
    doc = issue.documents[0]
    assert doc.addressees == [
        "各县、区人民政府",
        "市政府各部门",
        "市属各单位",
        "兰州新区、高新区、经开区、榆中生态创新城管委会",
        "中央驻兰有关单位",
    ]
    assert doc.body[0].text.startswith("《兰州市危险化学品生产安全事故应急预案》已经市政府同意")


def test_a_records_level_of_force_is_the_pages() -> None:
    """'【效力级别】 地方司法' (line 10) among the law database's bracketed fields."""
    path = "redhead/hubei-yichang-xingshan-2006-xingzhengbanfa14-dongwu-yibing-fangkong-lawdb-meta-cut-page.txt"
    issue = parse_bytes((CORPUS / path).read_bytes())
    assert any(r.line == 10 and r.why == "page_metadata" for r in issue.removed)


def test_units_of_a_level_related_units_and_sections_are_addressees() -> None:
    """'各市(州)人民政府、省级有关部门(单位):', '局属各部门、相关单位:', '各县（市、区）教育局人事科、
    市直中小学（单位）：' (a one-line notice)."""
    path = "opinion/sichuan-2022-xiandai-liutong-fangan-foodmate-page.txt"
    assert corpus_doc(path).addressees == ["各市(州)人民政府", "省级有关部门(单位)"]
    path = "web-page/sichuan-aba-jiuzhaigou-guanliju-2019-dizhi-zaihai-yuan-tongzhi-meta-garbled-date-page.txt"
    assert corpus_doc(path).addressees == ["局属各部门", "相关单位"]
    path = "line-shapes/zhejiang-taizhou-jyj-2011-gaoji-kaohe.txt"
    assert corpus_doc(path).addressees == ["各县（市、区）教育局人事科", "市直中小学（单位）"]


def test_what_still_shares_a_name() -> None:
    """A bare level, a body with no name of its own, towns before their governments."""
    assert split_addressees("各乡、镇人民政府，县级各部门：") == ["各乡、镇人民政府", "县级各部门"]
    assert split_addressees("某某财政局、农业农村局：") == ["某某财政局、农业农村局"]
    assert split_addressees("高新区、工业园区管委会：") == ["高新区、工业园区管委会"]


def test_an_officers_title_spread_apart_with_the_name_run_onto_it() -> None:
    """'省 长张文岳' (line 20) over '二○○五年十二月三十日', under the order's promulgation."""
    path = "order/liaoning-2005-ling192-dongwu-yiqing-yingji-infoeach-page.txt"
    doc = corpus_doc(path)
    assert (doc.signature, doc.date) == (["省长 张文岳"], "2005-12-30")


def _attachments(path: str) -> list[str]:
    return [a.title for a in corpus_doc(path).attachments]


def test_a_plan_handed_down_is_the_notices_attachment() -> None:
    """'嘉祥县人民政府关于下达嘉祥县2023年国民经济和社会发展计划的通知', the plan printed after the
    signature under '嘉祥县2023年国民经济和社会发展计划'."""
    path = "web-page/shandong-jining-jiaxiang-2023-guomin-jingji-jihua-page.txt"
    assert _attachments(path) == ["嘉祥县2023年国民经济和社会发展计划"]


def test_an_issued_texts_revision_and_contents_head_around_its_title() -> None:
    """'关于印发岳池县突发重大动物疫情应急预案(2018年修订)的通知' prints the plan as
    '岳池县突发重大动物疫情应急预案'; '关于印发《…应急预案(2024年修订)》的通知' prints it with the
    revision; '关于印发《益阳市重污染天气应急预案》的通知' prints '益阳市重污染天气应急预案目录'."""
    path = "web-page/sichuan-guangan-yuechi-2018-yuefubanhan37-dongwu-yiqing-yuan-toolbar-meta-gov-page.txt"
    assert _attachments(path) == ["岳池县突发重大动物疫情应急预案"]
    path = "opinion/zhejiang-jinhua-kfq-2024-zhongwuran-tianqi-yuan-yinfa-meta-gov-page.txt"
    assert _attachments(path) == ["金华经济技术开发区重污染天气应急预案(2024年修订)"]
    path = "opinion/hunan-yiyang-2014-zhongwuran-tianqi-yuan-gov-page.txt"
    assert _attachments(path) == ["益阳市重污染天气应急预案"]
