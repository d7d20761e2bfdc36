"""Heads of plan and task-breakdown pages as sites publish them. Every expected value was
read off the file by hand."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc


def test_a_numbered_heading_never_goes_on_with_the_title_nor_a_year_it_names_goes() -> None:
    """'市政府工作报告重点工作责任分解(2023年)', a byline, then '一、全市经济社会发展主要预期目标'
    (was joined onto the title); '(2023年)' after words that do not end a title is the
    title's own; '信息来源: 丽水市政府' names the government that published it."""
    d = corpus_doc("web-page/zhejiang-lishui-2023-zhengfu-gongzuo-baogao-zerenfenjie-page.txt")
    assert (d.title, d.kind, d.issuers) == (
        "市政府工作报告重点工作责任分解(2023年)",
        "plan",
        ["丽水市政府"],
    )


def test_a_sites_tag_before_the_title_and_words_after_its_kind() -> None:
    """'【解读】萧县杜楼镇2023年度国民经济与社会发展计划解读': the tag goes, '解读' after '计划'
    stays (it is no site's name); '发表时间:… 信息来源:杜楼镇人民政府 责任编辑:…'."""
    d = corpus_doc("web-page/anhui-suzhou-xiaoxian-dulou-2023-jihua-jiedu-page.txt")
    assert d.title == "萧县杜楼镇2023年度国民经济与社会发展计划解读"
    assert d.issuers == ["杜楼镇人民政府"]


def test_a_bulletins_issue_number_given_as_its_wenhao() -> None:
    """'文号 | 督察通报第十七期 | 成文日期: | 2022年09月14日 |', '公开责任部门 | 紫阳县政府办公室'."""
    d = corpus_doc("web-page/shaanxi-ankang-ziyang-2022-changwuhui-duchatongbao-page.txt")
    assert (d.doc_number, d.date, d.issuers) == (
        "督察通报第十七期",
        "2022-09-14",
        ["紫阳县政府办公室"],
    )


def test_the_label_over_the_texts_box_is_no_text() -> None:
    """'文章正文' and the page's time between the title and the 文号: the head reads on."""
    d = corpus_doc("repost/shaanxi-xianyang-2023-guomin-jingji-jihua-repost.txt")
    assert d.doc_number == "咸政发〔2023〕8号"
    assert d.addressees[0] == "县市区人民政府"
