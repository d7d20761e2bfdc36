"""What a web page, an export or a repost wraps a document in: taken out of the text, its
metadata kept, every line recorded with the reason it went.

- ``front_matter``: YAML between ``---`` lines at the top (title:, date:, author:);
- ``page_metadata``: label–value lines at the head (索引号：…, 发文字号：…, 成文日期：…), one or
  several pairs a line, the value on the line or the next, as bullets (• - *) or pipes;
- ``site_navigation``: breadcrumbs (首页 > …, 当前位置：), back-to-top, previous/next;
- ``page_tools``: 字体 大 中 小, 打印, 关闭, 分享到, 扫一扫, 收藏;
- ``byline``: 来源：, 发布时间：, 编辑：, 责任编辑：, 浏览次数, 【资料图】;
- ``site_footer``: 版权所有, ICP备, 网站标识码, 主办单位 at the foot of a page;
- ``markup``: markdown and HTML residue (``<!-- … -->``, ``::: tip``, ``[TOC]``, lines of
  zero-width spaces);
- ``pinyin``: readings a mirror site prints after characters (實(shí)) — taken out of the line.

Navigation, tools, bylines and footers are page furniture of the web; page metadata and front
matter are the page's record of the document and become its metadata.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from gongbao.clean.markup import PLACEHOLDER
from gongbao.docnumber import find_doc_number
from gongbao.labels import LABELS, WEAK
from gongbao.model import Removed
from gongbao.read import Line
from gongbao.titles import CLAUSE_MARKS, TITLE_KIND, title_end

YAML_KEYS = {
    "title": "title",
    "标题": "title",
    "date": "published",
    "日期": "published",
    "author": "issuer",
    "issuer": "issuer",
    # (an export's '发布单位': the body that published it, taken as a page's publisher is)
    "发布单位": "publisher",
    "source": "source",
    "doc_number": "doc_number",
    "文号": "doc_number",
    "文件编号": "doc_number",
}
_LABEL_ALT = "|".join(
    sorted((r"\s*".join(re.escape(ch) for ch in k) for k in LABELS), key=len, reverse=True)
)
#: a label, with the spacing and punctuation sites put around it
_PAIR_LABEL = re.compile(
    rf"(?:^|(?<=[\s|\t\-•*·]))[【\[]?(?P<label>{_LABEL_ALT})[】\]]?\s*[:：]?\s*"
)
#: a label parted from its value: by a colon, a pipe or a tab, or by spaces (a table's two
#: cells flattened: '发布机构 区政府')
_SEPARATED = re.compile(rf"^(?:{_LABEL_ALT})\s*[:：|\t]|^(?:{_LABEL_ALT})[ \u3000]+(?=\S)|^[【\[]")
#: a label's brackets printed with spaces inside: '[ 发文字号 ] 某府发〔2023〕21号'
_SPACED_BRACKET = re.compile(r"(?<=[【\[])[ \u3000]+|[ \u3000]+(?=[】\]])")
#: what a line of label–value pairs opens with: a label's first character or its bracket
#: (settles the text's own lines without trying the labels one by one)
_PAIR_OPENERS = frozenset({"【", "[", *(k[0] for k in LABELS)})
#: a record as a numbered list, the item's number before a bracketed label: '1. [主题分类]'
_NUMBERED_FIELD = re.compile(r"\d{1,2}[.．]\s*(?=[【\[])")
_COLON_LABEL = re.compile(rf"(?P<label>{_LABEL_ALT})\s*[:：]\s*")
_LINE_LABEL = re.compile(
    rf"^[\s\-•*·|]*(?:{_NUMBERED_FIELD.pattern})?(?:[【\[]\s*)?(?P<label>{_LABEL_ALT})(?:\s*[】\]])?"
    r"\s*[:：|\t]?"
)
_GLUED_LABELS = re.compile(rf"^(?P<label>{_LABEL_ALT})(?=\S)")
#: a record's index label run onto its code, nothing else on the line: '监督索引号5323310065…'
_GLUED_INDEX = re.compile(
    r"(?P<label>(?:监督|信息)?索[引取]号)\s*(?P<code>[0-9A-Za-z][0-9A-Za-z/\-—_.]{7,60})"
)
_YAML = re.compile(r"^(?P<key>[A-Za-z_\u4e00-\u9fff]{1,20})\s*:\s*(?P<value>.*)$")

#: the labels a breadcrumb opens with: '当前位置', '您现在的位置是'
_HERE_LABEL = (
    "当前位置|您的位置|您的当前位置|您当前的位置|您当前位置|您当前所在位置|您现在的位置是?"
)
_NAVIGATION = re.compile(
    r"^(?:.{0,24}(?:首页|首 页|网站首页|主页)\s*(?:[>»›/|]|＞|>>).*|"
    # a breadcrumb with spaces for its arrows (closed up by the cleaner): '首页 新闻中心 政务要闻'
    r"(?:网站)?首页(?:[ \u3000]*[\u4e00-\u9fff]{2,8}){1,5}|"
    rf"(?:{_HERE_LABEL}|您?所在的?位置|位置)\s*[:：].*|"
    # (its label alone, the crumbs it stood before lost with the page's links: '当前位置')
    rf"(?:{_HERE_LABEL}|您所在的位置)$|"
    # a breadcrumb's second line, opening with its arrow: '> 政务公开 > 重点工作落实情况' (the
    # cleaner may have taken the first arrow for a quote's mark), spaces around its arrows
    r"[>»›]\s*\S{1,12}(?:\s*[>»›]\s*\S{1,20})+|"
    r"[\u4e00-\u9fff]{2,12}[ \u3000]+[>»›][ \u3000]+[\u4e00-\u9fff]{2,20}|"
    r"返回顶部|【?返回顶部】?|上一篇[:：]?.*|下一篇[:：]?.*|返回列表|【?返回】?|"
    # an e-paper's pager ('当前版: 02版 上一版 下一版 上一期 下一期 往期') and its link to the
    # old edition over its mastheads ('梧州日报 西江都市报 旧版入口:…')
    r"(?:当前版\s*[:：]\s*\S{1,10}\s*)?(?=\S*?版)(?:(?:上一版|下一版|上一期|下一期|往期)\s*){2,}|"
    r"[^。，,]{0,40}旧版入口\s*[:：][^。]{0,60}|"
    r"【?(?:全文|正文)】?|"  # a site's label over the text it shows
    r"(?:发文内容|法规内容|文件内容)\s*[:：]|页面功能\s*[:：]|"  # (a database's: '发文内容:')
    r"(?:政府信息公开|政务公开|信息公开)|"  # a portal's section over what it shows
    r"(?:\S{1,12}\s*(?:>>|[>»›])\s*){2,}\S{0,20}|"
    r"\s*\[[^\]]{1,30}\]\([^)\s]{1,200}\)\s*(?:>>|[>»›]).{0,40})$"
)
#: a record's fields glued into a line, up to the 正文 marker of a law database
_GLUED_META = re.compile(r"(?:文章属性)?(?:\s*•?\s*【[^】]{2,6}】[^•【]{0,60}?){2,}\s*•?\s*正文")
#: a record's fields one after another, each a bracketed label and its value
_BRACKET_FIELDS = re.compile(r"(?:\s*•?\s*【[^】]{2,6}】[^•【]{0,60}){2,}")
#: a government's order line, its number after it: '…人民政府令(第231号)'
_ORDER_IN_LINE = re.compile(r"人民政府令\s*[(（]?\s*第\s*\d{1,5}\s*号\s*[)）]?\s*《")


def _record_before_order(text: str) -> tuple[int, int] | None:
    """Where a law database's record glued between a title and an order line starts and
    ends: the order line opens with its government's name, a place first (the last field's
    value runs onto it: '【效力级别】地方政府规章辽宁省人民政府令(第231号)《…')."""
    from gongbao.structure.places import starts_with_place

    m = _BRACKET_FIELDS.search(text)
    if m is None:
        return None
    last = text.rfind("【", m.start(), m.end())
    order = _ORDER_IN_LINE.search(text, last)
    if order is None or order.start() - last > 80:
        return None
    for p in range(max(last + 4, order.start() - 12), order.start()):
        if starts_with_place(text[p : order.start() + 4]):
            return m.start(), p
    return None


_BRACKET_PAIR = re.compile(r"【([^】]{2,6})】([^•【]{0,60}?)(?=\s*•|\s*【|\s*正文|$)")
#: a news item's end mark after its last line: '2003年4月26日(完)'
_NEWS_END = re.compile(r"(?<=\S)\s*[(（]完[)）]\s*$")
#: the agency's note that it publishes a text on the state's authority, after its dateline or
#: opening the line under it: '(授权发布)全国人民代表大会常务委员会公告'
_AUTHORIZED_NOTE = r"[（(]授权发布[)）]\s*"
_AUTHORIZED = re.compile("^" + _AUTHORIZED_NOTE)
#: a news agency's dateline opening a line: '新华网北京4月26日电 ', '中新网1月22日电'
DATELINE = re.compile(
    r"^(?:新华社|新华网|中新网|中新社|人民网|央视网|央广网|光明网|[\u4e00-\u9fff]{2,6}?(?:社|网|报))"
    r"[\u4e00-\u9fff]{0,6}?\d{1,2}月\d{1,2}日电(?:\s*[（(]记者[^)）]{1,20}[)）])?\s*"
    rf"(?:{_AUTHORIZED_NOTE})?"
)
_TOOL_WORDS = re.compile(
    r"选择字体|字\s*[体号]|我要|[大中小]|打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|收藏|"
    r"分享到|分享|扫一扫在手机打开当前页|扫一扫|视力保护色|默认|放大|缩小|保存本页|保存|下载本页|纠错|"
    r"微信|微博|QQ空间|我要纠错|背景色|下载地址|点击此处下载|下载(?:法规|原文|全文)|下载|设为首页|站群导航|手机版|"
    r"无障碍阅读|无障碍浏览|无障碍版|无障碍|适老版|长者模式|长者版|长者助手|繁體|繁体|简体|English|登录|注册|全文检索|站内搜索|朗读|"
    r"个人中心|便民日历|智能问答|网站支持ipv6|全真版|文字版|图片版|文件下载|相关链接|"
    r"文章播报|语音播报|播报|听新闻|听全文|订阅|关注|\+|无障碍辅助浏览工具条|辅助浏览|工具条|"
    # (a search box's labels: '选择特殊符号', '选择搜索类型', '请输入搜索')
    r"选择特殊符号|选择搜索类型|请输入(?:搜索|关键[词字])(?:内容|关键[词字])?|"
    r"搜索|高级检索|[\[\]【】〖〗()（）:：|/\s·•>-]"
)
#: a line of page tools and nothing else: the tool words one after another, each the first
#: that matches where the last ended (atomic, as a left-to-right removal of them would take
#: them; a fifth of a removal's cost on every short line of a page's head and foot)
_TOOLS_ONLY = re.compile(rf"(?>{_TOOL_WORDS.pattern})*")
#: every character the tool words' pattern is written with: a tool word opens with one of
#: them or with white space (a line that opens otherwise is no line of tools)
_TOOL_CHARS = frozenset(_TOOL_WORDS.pattern)
_LEADING_TOOLS = re.compile(
    r"^(?:选择字体|字\s*[体号])(?:选择字体|字\s*[体号]|[大中小]|[\[\]【】():：\s·•|-])*"
)
_BYLINE = re.compile(
    r"^(?:[【\[]\s*(?:资料图|图片|组图)[^】\]]{0,20}[】\]]|"
    # (in brackets, the record's next field closing them on the next line: '(发布日期:…')
    r"[(（]\s*(?:发布时间|发布日期|更新时间)\s*[:：][^。；()（）]{0,40}[)）]?|"
    # the time the page was posted, alone, to the minute in words: '2026年02月10日 07时41分'
    # (a stamp in figures, '2025-01-05 07:01', is the record's: see ``_STAMP``)
    r"\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}时\d{2}分|"
    # the day it was posted under the site's word for its items: '资源发布日期:2024-09-02'
    r"[\u4e00-\u9fff]{2}(?:发布时间|发布日期|更新时间)\s*[:：]\s*\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|"
    # a site's name, the author (or that none is known), the day: '某某百科·作者佚名 2010-10-06'
    r"(?:[\u4e00-\u9fff]{2,10}\s*[·・|]\s*)?作者\s*[\u4e00-\u9fff]{1,6}\s*"
    r"\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?|"
    # the count of the page's readers, then the time it was posted: '0次浏览 发布时间:2025-04-09…'
    r"\d{1,9}\s*次(?:浏览|阅读|点击)\s*(?:发布时间|发布日期|时间|日期)\s*[:：][^。；]{0,60}|"
    # (or before it, in the passive: '被阅读2005次,日期:2016-11-04 10:53:16')
    r"被(?:浏览|阅读|点击)\s*\d{1,9}\s*次\s*[,，]?\s*(?:发布时间|发布日期|时间|日期)\s*[:：][^。；]{0,60}|"
    r"(?:来源|稿源|稿件来源|信息来源|文章来源|发布时间|发表时间|发布日期|发表日期|上载日期|上传日期|更新时间|更新|"
    # (the time a site's system created the item: '创建时间:2010-03-08 00:00 来源:…')
    r"创建时间|创建日期|"
    # (or when it was written up: '编稿时间: 2019-06-27 来源: 市财政局')
    r"编稿时间|编辑时间|"
    r"作者|编辑|责任编辑|责编|编\s辑|"
    r"责\s编|浏览次数|阅读次数|访问次数|点击次数|点击数|访问量|阅读量|浏览量|浏览|点击|访问)\s*[:：][^。；]{0,60}|"
    r"[^。；]{0,30}(?:浏览次数|阅读次数|点击数|访问量)\s*[:：]?\s*\d*[^。；]{0,20}|"
    # the day or time the page was posted, then its source, its count of readers
    # ('日期:2015年05月15日来源:县政府办点击:[]')
    r"(?:时间|日期)\s*[:：]\s*\d{4}[-年./]\d{1,2}[^。；]{0,60}(?:来源|作者|浏览|阅读|点击)[^。；]{0,40}|"
    # the time the page was posted (a time of day), then its source or a reader's tool:
    # '2011-06-18 00:00:00 来源: 本站原创', '2018-06-29 15:36:54我要评论'
    r"\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}(?::\d{2})?\s*"
    r"(?:(?:来源|作者|浏览|阅读|点击)[^。；]{0,40}|我要评论|评论|\d{1,9}\s*次(?:浏览|阅读|点击))|"
    # a newspaper's name, the time it was posted and the site's category: '某某日报 2012-03-09
    # 11:05 水果类'
    r"[\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|时报|商报)\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*[\u4e00-\u9fff]{1,6})?|"
    # an outlet's name, then the time it posted the item in brackets: '央视国际 (2003年04月29日
    # 15:02)'
    r"[\u4e00-\u9fff]{2,8}\s*[(（]\s*\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}\s*[)）]|"
    # the day the page was posted, then its source: '2024年03月15日来源:某区人民政府办公室'
    r"\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s*(?:来源|作者)\s*[:：][^。；]{0,40}|"
    # the day or time the page was posted, then the font's label and buttons: '日期:2024-03-20
    # 09:52 字号:'
    r"(?:时间|日期)\s*[:：]\s*\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s*(?:字号|字体)\s*[:：]?[\s大中小\[\]【】]*|"
    # the time the page was posted (a time of day), then its tools: '时间:2022-01-05 16:08 [收藏]'
    r"时间\s*[:：]\s*\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*[\[【][^\]】]{1,6}[\]】])*|"
    r"(?:本作品)?收[录錄][于於]\s*(?:《[^。]{0,60})?|(?:导读|導讀|摘要|核心提示)\s*[:：].*\.{2,}|"
    r"(?:导读|導讀)\s*[:：].*|"
    # a news site's line for readers' letters and complaints: '投稿:news@…', '监督:0571-…'
    r"(?:投稿|监督|新闻热线)\s*[:：]\s*[\w.@\-]{5,40}|"
    # a site's clock over its pages: '今天是:2025年12月06日 星期六'
    r"今天是\s*[:：]?\s*\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?\s*"
    r"(?:[（(]?\s*(?:星期|周)[一二三四五六日天]\s*[)）]?)?\s*(?:农历\S{0,12})?)$"
)
#: a byline's labelled time of posting, to the minute, with words run onto it
_STAMP_THEN_WORDS = re.compile(
    r"(?:发布时间|发布日期|时间|日期)\s*[:：]\s*\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?\s*"
    r"\d{1,2}:\d{2}(?::\d{2})?(?P<words>[\u4e00-\u9fff]{4,30})$"
)


def _organ_after_stamp(text: str) -> str | None:
    """The organ's name run onto the end of a byline's time of posting (no byline field names
    an organ unlabelled after the time), where the line is a byline."""
    if len(text) > 80 or ("时间" not in text and "日期" not in text):
        return None
    m = _STAMP_THEN_WORDS.search(text)
    if m is None or not _BYLINE.match(text[: m.start("words")]):
        return None
    from gongbao.structure.organs import is_org

    return m.group("words") if is_org(m.group("words")) else None


#: the day a page was posted and the site's column it is in: '2021-02-05 栏目:妇联文件'
_COLUMN_BYLINE = re.compile(
    r"(?:(?:发布时间|发布日期|日期|时间)\s*[:：]\s*)?\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:所属)?栏目\s*[:：]\s*[\u4e00-\u9fff\s-]{2,16}"
)
#: a site's short name ('吉网', '人民网'): a line of its own above the text, nothing else
_SHORT_SITE = re.compile(r"[\u4e00-\u9fff]{1,5}网")
#: a site's box of what other readers read: '85%的人还看了'
_ALSO_READ = re.compile(r"\d{1,3}%的人还看了")
#: the fields only a record of the document holds, no byline
_RECORD_KEYS = frozenset({"doc_number", "index", "issuer"})
#: a source's name after its label, up to the byline's next field
_SOURCE_NAMED = (
    r"\s*[:：]\s*(?P<org>[\u4e00-\u9fff]{2,30}?)"
    # (or the byline's next label, its spaces closed up: '来源:某局信息提供日期:…', '…处时间:…')
    r"(?=\s|$|责任编辑|编辑|作者|浏览|阅读|点击|发布|访问|字体|打印|收藏|分享|【|\[|时间|日期|信息提供)"
)
#: the organ a government site's byline names as the text's source
_BYLINE_SOURCE = re.compile("信息来源" + _SOURCE_NAMED)
#: a byline's plain source, a news item's as often as an organ's
_PLAIN_SOURCE = re.compile("(?<!信息)来源" + _SOURCE_NAMED)
#: a page's footer starts at one of these; the short lines after it are footer too
#: a site's teaser of the document ('导读:黔府函〔2016〕287号黔东南自治州人民政府: …'): it
#: repeats the head, and must not be read as it
_TEASER = re.compile(r"^(?:导读|導讀|核心提示)\s*[:：]")
#: a page's time stamp alone on a line, '2023-10-24 19:39:22': when the page was posted (a
#: document prints its date without a time of day)
#: a page's time stamp, the site or channel that posted it after it ('2021-12-27 21:07:07
#: 红网张家界站')
_STAMP = re.compile(
    r"^(\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[\u4e00-\u9fff]{2,12})?$"
)
#: an author's name and the page's stamp after it: '联合创作 · 2020-06-01 00:00'
_AUTHOR_STAMP = re.compile(
    r"^[\u4e00-\u9fff]{2,12}\s*·\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$"
)
#: the same with its date in words, alone under a headline ('2010年3月4日 09:12'; under a
#: record's label, '发文日期:', it is that field's value), the outlet perhaps after it
#: ('2019年03月05日 13:58 中国网')
_STAMP_WORDS = re.compile(
    r"^(\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[\u4e00-\u9fff]{2,12})?$"
)
#: a page's time stamp with the year last ('01.05.2018  18:32'): the page's, not the
#: document's; which number is the month it does not say, so no date is read from it
_STAMP_YEAR_LAST = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?$")
#: a site's footer: its words
FOOTER_WORDS = (
    r"(?:版权所有|ICP备|ICP证|网站标识码|公网安备|网站地图|Copyright|©|政府网站找错|未经授权不得转载"
    # (who runs the site and its notices to readers: '承办:某某办公室', '涉密文件严禁上网',
    # '…使用大于1366*768分辨率…可以获得最佳浏览效果')
    r"|承办(?:单位)?\s*[:：]|涉密文件严禁上网|最佳浏览效果"
    # a box of what else to read under the text, on a line of its own
    r"|(?m:^\d{1,3}%的人还看了$|^(?:你可能也爱看|猜你喜欢|大家都在看)$))"
)
#: (their first characters looked at first: the engine tries the words only where one of them
#: stands, not every word at every character: a fifth less time on a page of text)
_FOOTER = re.compile(r"(?=[版I网公C©政未承涉最\d你猜大])" + FOOTER_WORDS)
_MARKUP = re.compile(
    r"^(?:<!--.*-->|:::\s*\w*.*|\[TOC\]|\[\[toc\]\]|@tab\b.*|\{:.*\}|(?:</?[a-zA-Z][^<>]{0,60}>\s*)+|[\u200b\u200c\u200d\ufeff\s]+)$"
)
#: (the bracket first, the ideograph before it looked behind at from there: the engine skips
#: from bracket to bracket in C instead of trying the look-behind at every character)
_PINYIN = re.compile(
    r"[(（](?<=[\u3400-\u9fff][(（])\s*"
    # (a syllable has a vowel: '(xx)' is a year a template left unfilled, '环发(xx)98号')
    r"(?=[a-z]{0,5}[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
    r"(?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}"
    # (or a word's syllables run together, a tone mark among them: '(zìránbǎohùqū)')
    r"|(?=[a-z]{0,20}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{7,30})"
    r"\s*[)）]"
)
#: a content farm's gambling advertisement injected into a line ('…副省长、新澳管家婆资料2023大全
#: 代理省长', '中国福彩app官方下载市人民政府办公室', '首页『摩臣5注册登陆』-摩臣5娱乐平台-首页-…'):
#: its core words name no government business (六合彩, 彩票 and 开奖 do, in the notices
#: against gambling and on lotteries, and are no core); the words around it are the
#: advertisement's own, and so is a bracket or a dash-separated part of a headline holding it
_CORE = (
    r"管家婆|足彩在线|足彩网|足彩app|天天开好?彩|一码一肖|一肖一码|今晚开特马|彩资料|福彩app|彩票app|app官方下载|娱乐平台"
    r"|bet365|365bet|足球即时比分|即时比分|足球比分|比分直播|时时彩|六合彩|北京赛车|百家乐|真人娱乐"
    # a lottery tipster's 'free data' ('2024年免费资料大全' where a signer's name stood)
    r"|免费资料大全|正版资料大全"
    # a casino's name and its mirror's address ('澳门威尼斯人赌城官网_澳门威尼斯人备用网址')
    r"|赌城|威尼斯人|葡京|备用网址|雷竞技|亚博(?![会會览覽])"
    # a casino's brand and what it offers ('澳门皇冠体育_澳门皇冠赌场')
    r"|(?:澳门)?皇冠(?:体育|赌场|娱乐|网址|官网)"
    # (or alone before a colon where a place's name stood: '澳门皇冠:文化体育和旅游局')
    r"|澳门皇冠(?=\s*[:：])"
    # a betting brand's number where a name stood ('248365365公告', '《248365365议事规则》')
    r"|(?<![\d-])\d{0,4}365365(?=[\u4e00-\u9fff《〈]|$)"
    # a casino's brand, Latin letters and its name before 娱乐: 'ag凯发娱乐', 'k8某某娱乐'
    r"|(?<![a-z0-9])[a-z]{1,3}[0-9]{0,3}[\u4e00-\u9fff]{1,3}娱乐"
    # a casino's brand by its name ('九游会真人第一品牌'), or by its Latin letters before a
    # sports-betting site ('OD体育官网' where a city's name stood)
    r"|九游会|(?<![a-z0-9])[a-z]{1,4}体育(?:官网|官方|app|平台)"
    # (or a betting brand's name where a title's 关于 stood: '某厅办公室开云(中国)核实…')
    r"|开云(?:[(（]中国[)）]|体育|官网|官方|app|平台|娱乐|登录|入口)"
    # (a casino's brand by what its site offers after 娱乐: '某某娱乐登陆', '某某娱乐招商')
    r"|娱乐(?:登[陆录]|注册|官网|招商|开户)"
    # a betting site's number before its scores ('政协某市委员会365体育比分:表彰…的决定')
    r"|(?<!\d)\d{3,4}体育比分"
    # a betting site by what it takes ('现金网投注站市人民政府办公室' where a city's name stood;
    # a bank's '现金网点' is no bet)
    r"|现金网(?!点)(?:投注站)?"
    # a casino's brand and its sites, named one after another ('…会议申博信用网,申博sunbet官网提案')
    r"|申博(?:sunbet)?(?:信用网|官网|太阳城|娱乐)(?:[,，、]申博(?:sunbet)?(?:信用网|官网|太阳城|娱乐))*"
)
#: what separates a page's title from a site's name or tag after it
_TAG_SEPARATORS = ("-", "_", "|", "｜")
#: (a site's '注册 登录' links are its own: in 『』 only, an advertisement's)
_GAMBLING_CORE = re.compile(_CORE + r"|『[^』\n]{0,16}注册登[陆录]", re.I)
#: a word every core word holds (the core's alternatives and lookbehinds keep the regex
#: engine from skipping ahead: scanning every line with it costs eight times this scan);
#: each alternative opens on a literal character (the case of 'bet' spelt out, as the core
#: ignores it), so the engine skips from one of those characters to the next in C, where a
#: look-ahead over a class of them is tried at every character (half the time on a head)
CORE_HINT_WORDS = (
    r"(?:婆|彩|肖|特马|载|娱乐|bet|beT|bEt|bET|Bet|BeT|BEt|BET|365365|皇冠|比分|赛车|百家乐|赌|威尼斯|葡京|网址|竞技|亚博|『|资料大全"
    r"|九游|体育|开云|申博|现金网)"
)
_CORE_HINT = re.compile(CORE_HINT_WORDS)


def _gambling_core(text: str) -> bool:
    """Whether the text holds a betting advertisement's core word."""
    return _CORE_HINT.search(text) is not None and _GAMBLING_CORE.search(text) is not None


_GAMBLING = re.compile(
    r"『[^』\n]{0,16}?(?:" + _CORE + r"|注册登[陆录])[^』\n]{0,16}?』"
    r"|[【\[][^】\]\n]{0,16}?(?:" + _CORE + r")[^】\]\n]{0,16}?[】\]]"
    r"|(?<=[-_|｜])[^-_|｜\s]{0,16}?(?:" + _CORE + r")[^-_|｜\s]{0,16}?(?:[-_|｜]|$)"
    # (its brand's Latin name glued before it: 'ray某某官网入口')
    r"|(?:新澳门?|澳门|香港|新奥|港澳|中国|\d{2,4}年?|今晚|最新|免费|正版|精准|手机版|(?<![a-z])[a-z]{2,6}(?=[\u4e00-\u9fff]))*"
    r"(?:" + _CORE + r")"
    r"(?:资料|大全|精准|免费|正版|\d{4}年?|今晚|开奖|记录|结果|一码|一肖|必中|最准|全年|查询|中文|网址|官方下载|官网入口|官方网站|开户(?:送\d+)?|真人|第一品牌"
    r"|" + _CORE + r")*"
    # (a colon after it inside a line is its own: '某乡人民政府中国足彩在线:印发《…》的通知')
    r"(?:[:：](?=[\u4e00-\u9fff《]))?",
    re.I,
)


def _stamped_ad(head: list[str]) -> str:
    """A hijacked site's advertisement stamped before every heading of the page, its keywords
    joined by '_' ('某某bet开户网站_某某充值方式_…' before the title, before the office, before
    the organ): the words three lines or more open with, up to where they part, where an
    advertisement's core word is among them. '' where there is none."""
    if not _gambling_core("\n".join(head)):
        return ""  # (most pages: looked for in the head at once)
    opened = [t.strip() for t in head if _gambling_core(t[:40])]
    if len(opened) < 3:
        return ""
    # (the words every line opens with are the first and the last of them sorted share)
    first, last = min(opened), max(opened)
    size = next(
        (k for k, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), len(first)
    )
    common = first[:size]
    if len(common) < 6 or "_" not in common or not _gambling_core(common):
        return ""
    return common


#: a forum's button after a thread's title
_COPY_LINK = "[复制链接]"
#: a forum board's tag before a thread's title: '[南区]'
_BOARD_TAG = re.compile(r"^[\[【][\u4e00-\u9fff]{1,6}[\]】]\s*(?=\S)")


#: a day of posting on a line of its own: '2001年1月13日发表' (no document's text says it)
_DAY_POSTED = re.compile(
    r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*发表"
    # (or its day in figures, bracketed: '[2020.09.22] 發表')
    r"|[\[【(（]\s*(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2}\s*[\]】)）]\s*发表"
)


def _stood_for_place(text: str, at: int = 0) -> bool:
    """Whether an advertisement taken out before ``at`` stood where a place's name stood:
    a level follows it ('…下载市人民政府办公室'), or an organ's name to the field's end
    that names no place in its first words ('…官网入口发改局 | 发文日期:'; not '某县统计局')."""
    if text[at : at + 1] in _LEVEL_CHARS:
        return True
    if text.startswith("关于", at) or TITLE_KIND.fullmatch(text, at) is not None:
        return True  # (before a title's 关于 or its kind alone: the issuer's name, '…365公告')
    return _ORGAN_AFTER_AD.match(text, at) is not None and not any(
        c in _LEVEL_CHARS for c in text[at + 1 : at + 6]
    )


def _organ_links(name: str, below: str) -> bool:
    """Two organs' names, each alone: links to their sites."""
    from gongbao.structure.organs import is_org

    return len(below) <= 20 and is_org(name) and is_org(below)


def _masked_place(ad: re.Match[str]) -> str:
    text, a, b = ad.string, ad.start(), ad.end()
    before = text[a - 1 : a]
    if "\u4e00" <= before <= "\u9fff":
        return ""
    return "*" if _stood_for_place(text, b) else ""


#: an organ's name where an advertisement stood before it, up to the field's end
_ORGAN_AFTER_AD = re.compile(
    r"[\u4e00-\u9fff]{0,16}?(?:局|办公室|委员会|政府|公司|厅|中心)(?=$|[\s|:：,，])"
)


_LEVEL_CHARS = frozenset("省市县区州旗盟镇乡")
#: a site's 首页 links left in front of a headline an advertisement was taken out of
_HOME_LINKS = re.compile(r"^(?:首页\s*[-_|｜]\s*)+(?=\S)")
#: a content farm's tag before its headline: '原创 某某任…'
_ORIGINAL_TAG = re.compile(r"^原创[ \u3000]+(?=\S)")
_HEAD_LINES = 60
_TAIL_LINES = 40


@dataclass(slots=True)
class Unwrapped:
    lines: list[Line]
    meta: dict[str, str] = field(default_factory=dict)
    removed: list[Removed] = field(default_factory=list)


def _squash(text: str) -> str:
    return "".join(text.split())


def metadata_pairs(text: str) -> list[tuple[str, str]] | None:
    """'索引号: 001 组配分类: 规范性文件 发布机构: 某局' → the label–value pairs, or None if
    the line is not made of them (it must open with a label)."""
    t = text.strip().lstrip("-•∙*·| \t")
    if t[:1].isdigit() and (item := _NUMBERED_FIELD.match(t)):
        t = t[item.end() :]  # a record as a numbered list: '1. [主题分类] 城乡建设'
    if t[:2] in ("[ ", "【 ", "[\u3000", "【\u3000"):
        t = _SPACED_BRACKET.sub("", t)
    if not t or t[0] not in _PAIR_OPENERS or _PAIR_LABEL.match(t) is None:
        return None  # settled at the line's start, without looking for labels all along it
    found = list(_PAIR_LABEL.finditer(t))
    if not found or found[0].start() != 0:
        return None
    colons = list(_COLON_LABEL.finditer(t))
    if len(colons) > len(found) and colons[0].start() == 0:
        found = colons  # labels with colons run onto the value before: '状态:有效发布日期:…'

    if len(found) == 1 and not _SEPARATED.match(t):
        # labels glued to their values: '索引号001…主题分类综合类' — two labels at least
        glued = list(re.finditer(rf"(?P<label>{_LABEL_ALT})", t))
        if not glued or glued[0].start() != 0:
            return None
        if len(glued) < 2 and not _glued_field(glued[0].group("label"), t):
            return None
        found = glued
    pairs: list[tuple[str, str]] = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(t)
        label = _squash(m.group("label"))
        value = t[m.end() : end].strip(" |\t:：-•")
        pairs.append((label, value))
    # a sentence that merely opens with a label word ('来源于…', '名称变更为…') is not a list
    if len(pairs) == 1 and not _SEPARATED.match(t) and not _glued_field(pairs[0][0], t):
        return None
    if len(pairs) == 1 and "序号" in pairs[0][1].split("\t"):
        return None  # a table's header opening with a label's word ('分类\t序号\t事项…')
    return pairs


#: a menu's item: a word or two, no organ's name, no kind of document
_MENU_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}")
#: an organ's name, and the words a document's name ends with: no menu's item
_ORGAN_WORDS = r"政府|委员会|办公室|办公厅|[局厅委部院署]"
_DOCUMENT_WORDS = ("文件", "公告", "通告", "通知", "决定")
_NOT_MENU = re.compile(rf"(?:{_ORGAN_WORDS}|{'|'.join(_DOCUMENT_WORDS)})$")


#: a link to one of the site's services, alone on its line: '网上缴费平台', '办事入口'
_SERVICE_LINK = re.compile(r"[\u4e00-\u9fff]{2,8}(?:平台|入口|服务大厅|系统)")
#: a date alone, as a page stamps its record: '2023-03-27', '2023年3月27日 10:02'
_DATE_ALONE = re.compile(
    r"\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
#: a telephone number alone: '0719-3332713', '12345'
_PHONE_ONLY = re.compile(r"(?:\d{3,4}\s*[-－—]\s*)?\d{7,8}|\d{5}")


def _site_contact(texts: list[str], i: int, text: str) -> bool:
    """A telephone number alone on its line above the text, or its label ('24小时咨询服务电话')
    over it."""
    if text[:1].isdigit() and _PHONE_ONLY.fullmatch(text):
        return True
    if len(text) <= 12 and (text.endswith(("电话", "热线")) or text.upper() == "HOTLINE"):
        below = _next_text(texts, i)
        # (the number alone, or the page's byline run onto it: '0898-66666666发布时间:…')
        return (
            below is not None
            and below[0] <= i + 2
            and (phone := _PHONE_ONLY.match(below[1])) is not None
            and (phone.end() == len(below[1]) or _BYLINE.match(below[1][phone.end() :]) is not None)
        )
    return False


def _bulleted_number(texts: list[str], i: int, text: str) -> bool:
    """A bulleted line that is a 文号 and nothing else, among bulleted lines (a record)."""
    bare = "".join(text[1:].split())
    if not bare or find_doc_number(bare) != bare or metadata_pairs(text) is not None:
        return False  # (a labelled field is read as one: '• 发文字号 某政字〔2024〕32号')
    near = [t.strip()[:1] for t in texts[max(0, i - 2) : i + 3] if t.strip()]
    return sum(1 for c in near if c in _FIELD_BULLETS) >= 3


def _menu_run(texts: list[str]) -> set[int]:
    """The lines of a site's menu printed one item a line at the top of the page ('售后服务' /
    '投诉及报修' / '客户留言' / '技术文章' / …), or its bar of items apart by spaces on the
    first line ('我的法规 最新法规 点击最多 …'): four items at least, none an organ's name or a
    kind of document a short title would end with ('检测报告' may be an item)."""
    run: list[int] = []
    items = 0
    for i, t in enumerate(texts):
        words = t.split()
        if not words:
            continue
        if not run and len(words) >= 3 and _site_bar(words):
            return {i}  # the site's bar of links over everything: '收藏本站 官方微博 欢迎浏览…'
        if not all(_MENU_WORD.fullmatch(w) and not _NOT_MENU.search(w) for w in words):
            break  # (the page's first lines: a table's header one cell a line sits lower)
        if len(words) > 1 and (run or len(words) < 4):
            break  # (a line of several items only as the menu's first: the site's top bar)
        run.append(i)
        items += len(words)
    if any(w in ("序号", "编号", "项目", "名称") for i in run for w in texts[i].split()):
        return set()  # a table's header printed a cell a line: the page opens with the table
    return set(run) if items >= 4 else set()


def _channel_menus(texts: list[str], rows: list[int]) -> set[int]:
    """The lines of a site's menus of channels, one item a line ('政务公开' / '职权信息' /
    '规划计划' / '政策文件' / …), the arrows of a breadcrumb among them: four items a run at
    least, two of them a government site's channels (a list of names or a table's header a
    cell a line names none). An organ's name ends a run; an item named like a title or a
    document ('政务服务事项', '本委其他文件') is one only between two other items."""
    out: set[int] = set()
    run: list[int] = []
    for i in [*rows, -1]:
        t = texts[i].strip() if i >= 0 else ""
        if i >= 0 and (t in _ARROWS or t in _CHANNELS):
            run.append(i)
            continue
        if i >= 0 and _CHANNEL_ITEM.fullmatch(t) and not _ORGAN_ITEM.search(t):
            run.append(i)
            continue
        while run and _titled_item(texts[run[-1]].strip()):
            run.pop()  # (the title under the menu, or over it, is the text's)
        while run and _titled_item(texts[run[0]].strip()):
            run.pop(0)
        items = [texts[k].strip() for k in run if texts[k].strip() not in _ARROWS]
        if len(items) >= 4 and sum(1 for t in items if t in _CHANNELS) >= 2:
            out.update(run)
        run = []
    return out


def _tool_over_name(text: str, raw: str) -> str | None:
    """The tool a site printed before its name, a space between them as the reader gave the
    line ('长者模式 元谋县人民政府'): the tool's words, where the rest is an organ's name."""
    if text[:1] not in _TOOL_CHARS:
        return None  # (the tool's first character opens the line: most lines are settled here)
    first, _sp, rest = raw.strip().replace("\u3000", " ").partition(" ")
    if (
        first
        and text.startswith(first)
        and _tools_alone(first)
        and _SITE_OWNER.fullmatch(rest.strip())
    ):
        return first
    return None


#: a signature's date with a table's bar after it: '某局 某中心 2023年6月21日 |'
_DATED_BAR = re.compile(
    r"^[^|｜]*(?:\d{4}|[一二][〇零○一二三四五六七八九]{3})\s*年[^年|｜]{1,8}日\s*[|｜]$"
    # (or after the signer's name that ends the text, undated: '…某镇人民政府 |')
    # (or after an organ's name alone on its line, a signer's: '某省某某管理办公室 |')
    r"|^(?:[^|｜]{20,}|[\u4e00-\u9fff]{4,30})(?:人民政府|办公室|委员会|街道办事处)\s*[|｜]$"
)
#: an article's or a chapter's number: '第一条', '第三章'
_HEADING_WORD = re.compile(r"第[一二三四五六七八九十百零〇\d]+[条章节编款项]")


def _link_before_headline(texts: list[str], i: int, text: str, raw: str | None) -> str | None:
    """A few words and a space before a line printed whole a few lines above (the page's
    headline again, a link before it on the line as read): those words."""
    if not raw or " " not in raw.strip() or len(text) < 12:
        return None
    first, _sp, rest = raw.strip().partition(" ")
    rest = rest.strip()
    if not 2 <= len(first) <= 10 or not text.startswith(first) or len(rest) < 10:
        return None
    if first.endswith((":", "：")) or _LINE_LABEL.fullmatch(first) or _HEADING_WORD.match(first):
        return None  # a label over its value, an article's number: no link
    above = {t.strip() for t in texts[max(0, i - 6) : i]}
    return first if rest in above and text[len(first) :].strip() == rest else None


#: a 文号 printed with its digits masked, as some platforms print the numbers of a notice
_MASKED_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,14}[〔\[［【(（]\s*\*{2,4}\s*[〕\]］】)）]\s*第?\*{1,4}\s*[号號]"
)
#: a procurement platform's region, then its time of posting
_PLACE_STAMP = re.compile(
    r"[\u4e00-\u9fff]{2,6}/[\u4e00-\u9fff]{2,8}\s*[-–]\s*\d{4}-\d{1,2}-\d{1,2}"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
#: a site's note on the text, its domain first: 'USHUI.NET®提示:根据…规定,继续有效。'
_SITE_NOTE = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9-]{1,30}\.(?:NET|COM|CN|ORG|net|com|cn|org)[®™]?\s*(?:温馨)?提示\s*[:：]"
)
#: a site's bar of its own links, three of them at least
_SITE_BAR = re.compile(
    r"(?:(?:投稿邮箱|返回首页|网站首页|设为首页|加入收藏|关于我们|联系我们|网站地图|在线留言)\s*){3,}"
)
#: a registration code of a normative document, letters, its year, its number
_REGISTER_CODE = re.compile(r"[A-Z]{2,8}\s*[-－—]\s*(?:19|20)\d{2}\s*[-－—]\s*\d{1,5}")
#: a question mark closing a line after a colon, a full stop or a 文号's 号
_CLOSING_PLACEHOLDER = re.compile(r"(?:(?<=[:：。；;])\s*|(?<=\d[号號])\s*)\?$")


def _last_crumb(text: str) -> str | None:
    """A breadcrumb's last crumb where it is a document's title, whole ('首页 » 常识 » 某区关于
    规范城区养犬管理的通告'): the page's title for a document that prints none of its own."""
    if not _CRUMB_ARROW.search(text):
        return None
    last = _CRUMB_ARROW.split(text)[-1].strip()
    if "…" in last or "..." in last or title_end(last) is None:
        return None
    if "关于" not in last and len(last) < 14:
        return None  # (a column's name: '2023年政府工作报告', '规范性文件')
    return last


#: what parts a breadcrumb's crumbs: '>', '>>', '»', '›', '＞'
_CRUMB_ARROW = re.compile(r"\s*[>»›＞]+\s*")


def _teaser(texts: list[str], nonblank: list[int]) -> set[int]:
    """A self-media post's teaser over the document it reposts ('近日' / '某县水利局' / '发出最新
    公告' / '行政区域内的所有河段列入禁采区' / '禁止采砂活动' / the title): its lines, opened by a
    time word alone, one of them saying an organ issued a notice, up to the first line that
    ends like a title. None where a line between reads as a sentence."""
    rows = [i for i in nonblank[:9] if i < 60]
    out = {rows[0]}
    said = False
    for i in rows[1:9]:
        t = texts[i].strip()
        if said and title_end(t) is not None:
            return out
        if "。" in t or len(t) > 30:
            return set()
        out.add(i)
        said = said or _TEASER_SAYS.search(t) is not None
    return set()


#: a time word alone opening a post's teaser
_TEASER_OPENERS = frozenset({"近日", "日前", "近期", "今天", "今日", "昨日", "昨天"})
#: a teaser's line saying that a notice was issued: '发出最新公告'
_TEASER_SAYS = re.compile(r"(?:发出|发布|印发|下发)了?(?:最新)?(?:的)?(?:公告|通告|通知)$")


def _previous_in_series(texts: list[str], i: int, text: str) -> str | None:
    """A wiki's link to the item before in a numbered series, then its header's own title on
    the same line ('…通告(第10号) …通告' under the page's headline '…通告(第11号)'): the
    link, where a line above prints the same title with another number."""
    first, _sp, rest = text.partition(" ")
    if not rest or len(rest.strip()) < 6 or "第" not in first:
        return None
    number = _SERIES_NUMBER.search(first)
    if number is None or number.start() < 6:
        return None
    stem = first[: number.start()]
    for above in texts[max(0, i - 6) : i]:
        above = above.strip()
        if above != first and (m := _SERIES_NUMBER.search(above)) and above[: m.start()] == stem:
            return first
    return None


#: an item's number in its series after its title: '(第10号)', '（第3期）'
_SERIES_NUMBER = re.compile(r"[(（]第\s*\d{1,4}\s*[号期批][)）]$")


def _tools_alone(text: str) -> bool:
    """A line of the page's tools and nothing else, a word of them at least ('字体 大 中 小
    打印', not a bracket or a bar alone)."""
    first = text[:1]
    return (
        len(text) <= 60
        and (first in _TOOL_CHARS or first.isspace())
        and _TOOLS_ONLY.fullmatch(text) is not None
        and _HAN_PAIR.search(text) is not None
    )


_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


#: a site's owner by its name: an organ, its name alone on the line
_SITE_OWNER = re.compile(r"[\u4e00-\u9fff]{2,16}(?:人民政府|政府|委员会|办公室|办公厅|[局厅委])")


def _titled_item(text: str) -> bool:
    """An item named like a title or a document, which a menu holds only between others."""
    return text not in _CHANNELS and (title_end(text) is not None or text.endswith(_DOCUMENT_WORDS))


#: an organ's name, which no menu holds as an item
_ORGAN_ITEM = re.compile(rf"(?:{_ORGAN_WORDS})$")
_ARROWS = frozenset({">", "»", "›", "/", "|", "＞"})
#: an item of a menu of channels: '政务公开', '发展北京公众号', '政府信息主动公开全清单'
_CHANNEL_ITEM = re.compile(r"[\u4e00-\u9fff]{2,12}")
#: the channels a government site's menus hold, as they name them
_CHANNELS = frozenset(
    {
        "首页",
        "网站首页",
        "政务公开",
        "政府信息公开",
        "信息公开",
        "政策文件",
        "政策解读",
        "通知公告",
        "通知通告",
        "工作动态",
        "政务动态",
        "动态要闻",
        "新闻中心",
        "要闻动态",
        "机构概览",
        "机构职能",
        "领导信息",
        "在线办事",
        "政务服务",
        "办事服务",
        "互动交流",
        "互动回应",
        "公众参与",
        "专题专栏",
        "规划计划",
        "职权信息",
        "走进本委",
        "走进本局",
        "网站地图",
        "依申请公开",
        "政策法规",
        # (a congress's site: '人大概况' / '人大要闻' / '决议决定' / '人事任免' / …)
        "人大概况",
        "人大要闻",
        "决议决定",
        "立法工作",
        "监督工作",
        "监督纵横",
        "人事任免",
        "代表工作",
        "代表风采",
        "议案建议",
        "常委会公报",
    }
)


#: the links a site's bar at the top of every page holds
_BAR_LINK = re.compile(
    r"收藏本站|加入收藏|设为首页|官方微博|官方微信|网站地图|联系我们|手机版|无障碍|English|登录|注册|"
    r"(?:欢迎(?:浏览|访问|来到|光临))[\u4e00-\u9fff]{2,16}"
)


def _site_bar(words: list[str]) -> bool:
    """Two of the links a site's bar holds and nothing a document prints: short items, none
    ending like a title."""
    return sum(1 for w in words if _BAR_LINK.fullmatch(w)) >= 2 and all(
        len(w) <= 18 and title_end(w) is None for w in words
    )


def _spaced_field(text: str, raw: str | None) -> list[tuple[str, str]] | None:
    """One field whose label the reader's line printed apart from its value ('标题 对某县…的
    复函'), the space lost in the cleaned line between two ideographs: the value as cleaned."""
    if not raw or raw == text:
        return None
    pairs = metadata_pairs(without_readings(raw))
    if pairs is None or len(pairs) != 1:
        return None
    label = pairs[0][0]
    if not text.startswith(label) or not pairs[0][1]:
        return None
    return [(label, text[len(label) :].strip(" :：|\t"))]


def _glued_field(label: str, line: str) -> bool:
    """One field whose label lost the space after it ('发布机构区政府', '文件编号浦府〔2022〕1号'):
    a label no sentence opens with, and a short value that is no sentence."""
    key = LABELS.get(_squash(label))
    return (
        key not in WEAK
        and key is not None
        and len(line) <= 40
        and not re.search(r"[。，；,;]", line)
    )


#: what a date's field may hold in words: a day, or how long the text holds ('长期', '永久',
#: '有效', '无')
_DAY_WORD = re.compile(r"[年月日〇○零一二三四五六七八九十]|长期|永久|有效|无|暂|未")


#: the record's keys whose values are days
_DATE_KEYS = frozenset({"date", "published", "valid_from", "valid_until"})


def _value_fits(label: str, value: str) -> bool:
    """Keywords are words apart ('农机;育插秧;补贴'), never a sentence or a title alone."""
    key = LABELS.get(label)
    if value.endswith((":", "：")):
        return False  # the 主送 line under a record whose last label was left empty
    if _TEXT_HEADING.match(value):
        return False  # the text's first heading under a record left empty ('一、总体情况')
    if key != "doc_number" and "号" in value and find_doc_number(value) == "".join(value.split()):
        # a 文号 under a record whose last fields were left empty ('实施时间:', '• 来源:'): the
        # text's, no value but a 文号 field's
        return False
    if key not in _DATE_KEYS and _DATE_ONLY.match(value):
        return False  # the date a gazette prints under the title: '(二○○八年十月二十九日)'
    if key == "keywords":
        return bool(re.search(r"[;；,，、\s]", value)) and "。" not in value
    if key == "validity":
        # a status ('有效', '现行有效', '有效期至2025年12月31日'), not the headline under a
        # table whose last label was left empty ('儋州市财政局2023年度(本级)' under '时效性:')
        return (
            len(value) <= 20
            and "关于" not in value
            and (_VALIDITY_WORD.search(value) is not None or _DATE_ONLY.match(value) is not None)
        )
    from gongbao.structure.organs import is_org

    if (
        key in ("valid_from", "valid_until", "published")
        and _HAN_ONLY.fullmatch(value)
        and (
            is_org(value)
            or value.endswith("关于")
            or is_org(value.removesuffix("关于"))
            # (or any words that name no day nor how long it holds: a title's first line, '某市
            # 某区某某街道', under '废止日期:')
            or not _DAY_WORD.search(value)
        )
    ):
        # an organ's name under a record whose last date was left empty ('废止日期:' over
        # '四川省人民政府', the issuer's line over the title; '实施时间:' over '某某人民政府关于',
        # a title's first line): no date's value
        return False
    if key in ("publisher", "issuer", "valid_from", "valid_until", "published") and (
        "关于" in value or title_end(value) is not None
    ):
        # an organ's name or a day, not the title under a record whose last label was left
        # empty ('所属机构: 某县政府办公室 发布机构:' over '某县人民政府办公室关于…的通知';
        # '失效日期:' over '某局关于印发《…》的通知')
        return False
    if key == "topic" and _HEADLINE_WORDS.search(value):
        # a category ('综合政务', '社会公众'), not the headline under a record whose last label
        # was left empty ('服务对象' over '区政府召开第四十四次常务会议')
        return False
    if key in ("index", "doc_number", "date"):
        # a code, a 文号 or a date holds figures and few words: the headline under a record
        # whose last label was left empty ('统一编号:') is none of them
        return any(ch.isdigit() for ch in value) and len(_HAN_CHAR.findall(value)) <= 12
    return True


#: a headline's words, which no category holds
_HEADLINE_WORDS = re.compile(r"关于|召开|举行|印发|通知$|公告$|通告$|会议$|决定$")
_VALIDITY_WORD = re.compile(r"有效|失效|废止|廢止|現行|现行|修订|修改|暂行|试行|长期|永久")


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: a line that is a date and nothing else, in brackets or not
_DATE_ONLY = re.compile(
    r"^[(（]?\s*(?:\d{4}|[一二三四五六七八九〇○零Ｏ]{4})\s*年[^年()（）]{1,8}日\s*[)）]?$"
)


def _record_meta(meta: dict[str, str], label: str, value: str) -> None:
    key = LABELS.get(label)
    value = value.strip()
    if key == "tools" and value and find_doc_number(value) == "".join(value.split()):
        key = "doc_number"  # a law database's 字号 is the 文号: '【字号】前政发[2010]2号'
    if key in ("issuer", "publisher") and len(_HAN_CHAR.findall(value)) < 2:
        return  # a record whose values slipped into the wrong cells ('颁布单位 | 155'): no organ
    if key in ("issuer", "publisher") and value.endswith(("网", "網")):
        return  # a database copied under its own name ('发文单位:中华财税网'): no organ
    if key in ("issuer", "publisher") and (step := _LAST_STEP.search(value)):
        # a site's path to the unit that published the page ('某市人民政府->某市人社局'): that
        # unit, the path's last step
        value = step.group(1)
    if key == "doc_number" and not _NUMERAL.search(value):
        return  # nor a number ('文号 | 江苏')
    if key == "doc_number" and ("*" in value or "＊" in value):
        return  # a number a platform masked in part ('**许可〔2026〕4号'): no number to read
    if key == "date" and value.startswith("1970-"):
        return  # a database's empty date, its clock's first year ('【颁发时间】1970-08-21')
    if (
        key == "date"
        and label == _WRITTEN
        and _DAY_VALUE.match(value)
        and meta.get(_DATE_BY) != _WRITTEN
    ):
        # the document's own date (GB/T 9704's 成文日期) over any other date the record gave
        # first ('发文日期 2022-04-08 成文日期 2022-03-19': the day it went out, not its date)
        meta[key], meta[_DATE_BY] = value, _WRITTEN
        return
    if key and value and key not in meta:
        meta[key] = value


#: the last step of a site's path of units: '某市人民政府->某市人力资源和社会保障局'
_LAST_STEP = re.compile(r"(?:->|=>|＞|>|»)\s*([^>＞»=\-\s][^>＞»]*?)\s*$")
#: the label of a document's own date in a record, and the record's key naming the label its
#: date was read under (the record is the cleaner's own: no reader looks at that key)
_WRITTEN = "成文日期"
_DATE_BY = "date_label"
#: a value that is a day (a label left empty takes the next line as its value: a 文号)
_DAY_VALUE = re.compile(r"(?:\d{4}\s*[年./-]\s*\d{1,2}|[一二三四五六七八九〇○零Ｏ]{4}\s*年)")


#: a text's heading by its number: '一、总体情况', '（一）…'
_TEXT_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]")
#: a Chinese character, and a numeral of any script, as a record's values must hold them
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_NUMERAL = re.compile(r"[0-9０-９一二三四五六七八九十〇零○]")


def _front_matter(lines: list[Line], out: Unwrapped, raw: dict[int, str]) -> int:
    """YAML front matter: '---' on the first line, closed by '---' within 60 lines; or an
    archive's header of its own, 'key: value' lines closed by a rule ('==== 正文 ====')."""
    first = next((i for i, ln in enumerate(lines) if ln.text.strip()), None)
    if first is None:
        return 0
    if lines[first].text.strip() != "---":
        return _archive_header(lines, first, out)
    for j in range(first + 1, min(len(lines), first + 60)):
        if lines[j].text.strip() == "---":
            for ln in lines[first : j + 1]:
                if ln.text.strip():
                    out.removed.append(Removed(ln.no, ln.text.strip(), "front_matter"))
                m = _YAML.match(ln.text.strip())
                if m is None:
                    continue
                value = m.group("value").strip().strip("'\"")
                key = YAML_KEYS.get(m.group("key").lower())
                if key is None and value and find_doc_number(value) == "".join(value.split()):
                    key = "doc_number"  # a 文号 under a key of the site's own ('subtitle:')
                if key and value and key not in out.meta:
                    out.meta[key] = value
            return _export_note(lines, j + 1, out, raw)
    return 0


#: the rule under an archive's header, over the page it saved: '==================== 正文 ===='
_HEADER_RULE = re.compile(r"[=＝\-—]{6,}\s*(?:正文|内容|全文|原文)?\s*[=＝\-—]*")
#: a line of such a header: a key of a few characters, a colon, its value
_HEADER_PAIR = re.compile(r"(?P<key>[\u4e00-\u9fffA-Za-z_]{1,10})\s*[:：]\s*(?P<value>.*)")


def _archive_header(lines: list[Line], first: int, out: Unwrapped) -> int:
    """An archive's header over each page it saved ('标题: …' / '发布时间: …' / '文号: …' /
    '发布机构: …' / '原文链接: …' / '本地目录: …' / '==== 正文 ===='): three key–value lines at
    least, closed by a rule within twenty lines (a short note of the archive's among them):
    the archive's record of the page, its keys read as a page's labels are."""
    end = next(
        (
            j
            for j in range(first, min(len(lines), first + 20))
            if _HEADER_RULE.fullmatch(lines[j].text.strip())
        ),
        None,
    )
    if end is None:
        return 0
    texts = [ln.text.strip() for ln in lines[first:end] if ln.text.strip()]
    pairs = [m for t in texts if (m := _HEADER_PAIR.fullmatch(t))]
    if len(pairs) < 3 or len(texts) - len(pairs) > 1 or any(len(t) > 300 for t in texts):
        return 0
    for ln in lines[first : end + 1]:
        if ln.text.strip():
            out.removed.append(Removed(ln.no, ln.text.strip(), "page_metadata"))
    for m in pairs:
        _record_meta(out.meta, m.group("key"), m.group("value"))
    return end + 1


def _export_note(lines: list[Line], start: int, out: Unwrapped, raw: dict[int, str]) -> int:
    """A markdown export's note in a blockquote after its front matter, before the
    document's first heading ('> 本文正文由脚本自…页面提取，仅供检索查阅'): the exporter's,
    not the document's; taken only where a '#' heading follows it (told by the lines as
    read: the cleaner has taken the marks off)."""

    def marked(k: int, mark: str) -> bool:
        return raw.get(lines[k].no, lines[k].text).lstrip().startswith(mark)

    k = start
    quoted: list[Line] = []
    while k < len(lines) and (not lines[k].text.strip() or marked(k, ">")):
        if lines[k].text.strip():
            quoted.append(lines[k])
        k += 1
    if not quoted or k >= len(lines) or not marked(k, "#"):
        return start
    for ln in quoted:
        out.removed.append(Removed(ln.no, ln.text.strip(), "page_metadata"))
    return k


def _menu(text: str) -> bool:
    """A site's menu: short items between pipes ('热门站点| 世界资料网 | 专利资料网')."""
    if "|" not in text and "｜" not in text:
        return False
    items = [i.strip() for i in re.split(r"[|｜]", text)]
    return len(items) >= 3 and all(len(i) <= 10 for i in items) and sum(map(bool, items)) >= 2


#: a content site's byline: a word or two (its name, its tag), the time of posting to the
#: second, a word or two (its column): '公文搜 2021-07-27 17:30:25 政府报告',
#: '社会热点2022-10-12 06:32:26未知'
_STAMPED_BYLINE = re.compile(
    r"[\u4e00-\u9fff]{2,8}\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}:\d{2}\s*[\u4e00-\u9fff]{0,8}"
    # (a news outlet's name, its time to the minute: '澎湃新闻 2023-01-08 20:20'; the font's
    # buttons after it: '江淮晨报 2018-07-06 01:50 大字')
    r"|[\u4e00-\u9fff]{0,6}(?:新闻|报|网|社|客户端)\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}"
    r"(?:\s*(?:[大中小]字\s*){1,3})?"
)
#: a repost's note of the original headline: '原标题:某某…'
_ORIGINAL_TITLE = re.compile(r"^原标题\s*[:：]\s*\S.{0,60}$")
_ORIGINAL_LABEL = re.compile(r"原标题\s*[:：]\s*")
#: a site named for its trade or its place and nothing else: '西藏那曲虫草网' (not a network the
#: text is about: 电网, 管网, 互联网 …)
_BARE_SITE = re.compile(r"^[\u4e00-\u9fff]{2,10}(?<![电管路水联光铁法渔天地公专内外域控])网$")
#: a site's own name at the top of its pages: 淅川县人民政府门户网, 中国政府网
_SITE_NAME = re.compile(
    r"^.{2,20}(?:门户网站|门户网|政府网|新闻网|网站|官网|政务网|信息网|公开网|资料网|文库|百科)$"
)


#: a reader's setting of the page's width, its label or its range
_READER_SETTING = re.compile(
    r"页面宽度\s*(?:[(（]\s*px\s*[)）])?\s*[:：]?|页面宽度范围为\s*\d+\s*至\s*\d+"
)
#: a page's mark and the count of pages, as a sharing site prints them: '第1页共4页'
_PAGE_OF = re.compile(r"第\s*\d{1,3}\s*页\s*[,，/]?\s*共\s*\d{1,3}\s*页")
#: an advertiser's name and its site's address before the words of a line: '某某医院 http://…/'
_NAMED_URL_BEFORE = re.compile(
    r"^[\u4e00-\u9fff]{2,20}\s*https?://[!-~]{4,80}?/(?=[\u4e00-\u9fff]{4})"
)
#: a page's address printed as a line (with a word or two of the page run onto it)
_LEADING_URL = re.compile(r"^(?:https?://|www\.)[!-~]{6,}?(?:\.s?html?|\.aspx?|\.jsp|/)(?=[^!-~])")
#: a site's bare address before its byline: 'http://www.某某.org    2019-03-11 17:33  来源:…'
_LEADING_DOMAIN = re.compile(r"^(?:https?://|www\.)[!-~]{4,}?\.(?:com|cn|net|org)\s+")
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S{6,}?[\u4e00-\u9fff]{0,4}$")


def _leading_address(text: str, in_head: bool) -> re.Match[str] | None:
    """The address a line opens with, the page's text run onto it; or, in the head, the
    site's bare address ('http://www.某某.org') before a byline."""
    if (url := _LEADING_URL.match(text)) and len(text) > url.end():
        return url
    if (
        in_head
        and (url := _LEADING_DOMAIN.match(text))
        and _is_noise(text[url.end() :]) == "byline"
    ):
        return url
    return None


#: an archive's label of the page's address, and the address: 'Original URL: http://…',
#: '原文链接：https://…', '本文网址: www.…'
_LABELLED_URL = re.compile(
    r"^[A-Za-z ]{2,20}[:：]\s*(?:https?://|www\.)\S+$"
    r"|^(?:原文链接|原文地址|原文|本文网址|本文链接|网址|链接|文章地址|存档|存档链接|快照)\s*[:：]\s*"
    # (an archive's copy of the page, its address in angle brackets: '存档：<https://…>')
    r"<?(?:https?://|www\.)\S+$"
    r"|^(?:存档|快照)\s*[:：]\s*(?:N/?A|无|暂无)$"  # (and the label with no copy: '存档：N/A')
)
#: what both address patterns open with: other lines are settled without them
_URL_OPENERS = ("http", "www.")


_WORD = re.compile(r"[\w\u4e00-\u9fff]")


#: the last characters of a site's name (``_SITE_NAME``)
_SITE_ENDS = ("站", "网", "库", "科")
#: a site's domain: 'www.某.gov.cn'
_DOMAIN = r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org)"
#: a site's address alone on a line: 'www.某.gov.cn', 'http://www.某.cn/'
_BARE_DOMAIN = re.compile(rf"(?:https?://)?{_DOMAIN}/?", re.I)


def _site_name(text: str) -> bool:
    """An organ's name alone, as a site's header prints its owner ('某县人民政府')."""
    from gongbao.structure.organs import is_org, starts_organ

    return is_org(text) and starts_organ(text) and _HAN_ONLY.fullmatch(text) is not None


#: a site's name, then its domain, as its header prints them
_NAMED_DOMAIN = re.compile(rf"[\u4e00-\u9fff]{{2,30}}\s+{_DOMAIN}", re.I)
_DOMAIN_ENDS = (".cn", ".com", ".net", ".org", ".CN", ".COM")
#: a character every branch of ``_NAVIGATION`` prints (首页/主页, 位置, 返回, 上一篇, a
#: breadcrumb's arrow, a link's bracket) but the site's label 全文/正文 alone on its line
#: (``_may_be_navigation``): a line with none of them is no navigation
_NAV_CHARS = re.compile(r"[页置返篇版>»›\[]")


def _page_on_a_line(text: str) -> bool:
    """A whole page saved on one line, its breadcrumb first and its text after it (sentences
    run on): no line of navigation, however it opens (the shape's splitter parts it)."""
    return len(text) > 300 and len(CLAUSE_MARKS.findall(text)) >= 3


def _may_be_navigation(text: str) -> bool:
    """Whether ``_NAVIGATION`` can match: its characters, a short line with 文 or 内容 (【全文】,
    '发文内容:'), or a portal's section ('政府信息公开'); a sentence with 文 in it (文件, 文化) is
    not tried."""
    return (
        _NAV_CHARS.search(text) is not None
        or (len(text) <= 6 and ("文" in text or "内容" in text))
        or (len(text) <= 6 and text.endswith("公开"))
    )


#: what every branch of ``_BYLINE`` prints: a colon after its label, a counter (次数, 点击数,
#: 访问量), 收录于, 作者, a time of day (时), or a picture's bracket at the start
_BYLINE_CHARS = re.compile("[:：次点访收今作时]")


def _may_be_byline(text: str) -> bool:
    """Whether ``_BYLINE`` can match: the cheap test that settles the text's own lines."""
    return text[:1] in ("【", "[") or _BYLINE_CHARS.search(text) is not None


#: the characters every branch of ``_MARKUP`` opens with (besides white space)
#: a list's number before markup a page left as text
_LISTED_TAGS = re.compile(r"\d{1,2}\.\s*(?:</?[a-zA-Z][^<>]{0,60}>\s*)+")
_MARKUP_OPENERS = frozenset("<:[@{\u200b\u200c\u200d\ufeff")


def _markup(text: str) -> bool:
    """``_MARKUP.match``, settled by the first character where it can be."""
    first = text[:1]
    return (first in _MARKUP_OPENERS or first.isspace()) and _MARKUP.match(text) is not None


def page_line(text: str) -> str | None:
    """Why a line is the page's, not the document's (its tools, its navigation, its byline),
    by its words alone; None for a line of the text."""
    return _is_noise(text.strip().rstrip("。"))


#: the words of an adult site's keywords a hijacked page carries for search engines
_SEO_WORDS = re.compile(
    r"人妻|无码|無碼|一区二区|一區二區|日韩精品|日韓精品|国产精品|國產精品|狠狠躁|久久精品|亚洲精品|亞洲精品|精品视频|精品視頻"
    r"|国产极品|國產極品|自拍偷拍|欧美视频|歐美視頻|免费av|免費av|在线播放|在線播放|黄色一级|黃色一級|中文字幕"
    r"|亚洲欧美|亞洲歐美|老熟女|久久久"
)


#: an essay site's editor introducing what the page copied: '以下是小编为您带来的…', '小编整理了…'
EDITOR_LEAD = re.compile(r"小编(?:为|给)(?:您|你|大家)|小编(?:整理|收集|精心|带来)")
#: a wiki's licence box: why the work is free of copyright ('本作品是中华人民共和国的法律、法规…
#: 根据《中华人民共和国著作权法》第五条,本作品不适用于该法'), its community's note, its tag
_LICENSE = re.compile(
    r"本作品(?:是[^。]{0,40}(?:法律|法规|文件)|在全世界都属于公有领域|属于公有领域|不适用于)"
    r"|注[:：]\s*中文维基文库|Public\s?domain",
    re.I,
)
#: a site's banner: its organ's name, then the name in English
_BILINGUAL_BANNER = re.compile(r"[\u4e00-\u9fff]{2,30}\s+The\s+[A-Za-z][A-Za-z' .,-]{4,80}")
#: the day a site shows over its pages, its weekday after it
_CLOCK = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]?")
#: the site's name before its date of today: '某区人民政府 2019年12月3日星期二'
_NAMED_CLOCK = re.compile(
    r"(?P<site>[\u4e00-\u9fff]{2,20})\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]"
)
#: a site's font tools run onto the end of a head's line: '…266号 字体显示: 大 中 小',
#: '时间:2021-08-11 字体大小:【 中 小 】'
_TOOLS_AFTER = re.compile(
    r"\s*(?:字体显示|字体大小|字体|字号)\s*[:：]?\s*[【\[(（]?\s*(?:大\s*)?中\s*小\s*[】\])）]?$"
)
#: a line that is a link to another note of a note-taking export, perhaps under its label:
#: '关联政策: [[【关于…的答复(…〔2024〕11号)】-某局-87b1]]'
_WIKI_LINK_LINE = re.compile(r"(?:[^\[\]:：]{1,12}\s*[:：]\s*)?(?:\[\[[^\[\]]+\]\]\s*[,，、]?\s*)+")
#: a page template's slot its script never filled: '{{item.columnName}}'
_TEMPLATE_SLOT = re.compile(r"\{\{\s*[A-Za-z_][\w.]*\s*\}\}")


def _seo_line(text: str) -> bool:
    """A line of such keywords: three of the words or more, comma-separated phrases."""
    return len(set(_SEO_WORDS.findall(text))) >= 3 and ("," in text or "，" in text)


#: the words that credit a name on a line of its own
_CREDIT_WORDS = ("记者", "编辑", "通讯员", "摄影", "摄", "作者", "文", "图")
#: a name after a space at a line's end, as a paper prints its reporter after a headline
_REPORTER_AFTER = re.compile(r"\S[ \u3000]+([\u4e00-\u9fff]{2,4})\s*$")
#: a page's widgets and a picture's credit, each a line of its own
_WIDGET = re.compile(
    r"[\u4e00-\u9fff]{2,6}\s*-?\d{1,2}\s*(?:℃|°C?)(?:\s*[~～\-]\s*-?\d{1,2}\s*(?:℃|°C?))?(?:\s+\d{1,3})?"
    r"|(?:收听本文|收聽本文|播放)\s*\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}"
    r"|(?:微信|手机|手機)?扫一扫(?:分享|关注)?\s*[×✕]?"
    r"|(?P<credit>[\u4e00-\u9fff]{2,12}(?:供图|供圖))"
)


def _is_noise(text: str) -> str | None:
    # (``_markup`` written out: it is asked of every line of a short document, and a call
    # costs as much as the test; the navigation and byline shortcuts are called, so that the
    # tests of their definitions (tests/test_fast_paths.py) test what runs)
    first = text[:1]
    if ((first in _MARKUP_OPENERS or first.isspace()) and _MARKUP.match(text) is not None) or (
        not _WORD.search(text) and text not in _BROKEN_OPENERS
    ):
        return "markup"
    if first in _BULLETS and "<" in text and _MARKUP.match(text[1:].strip()) is not None:
        return "markup"  # a list's bullet before tags a page left as text: '• <center …>'
    if first.isdigit() and len(text) <= 8 and _FILE_LINK.fullmatch(text):
        return "site_navigation"  # the link to an attachment's file under its name: '1.rar'
    if "_" in text and len(text) <= 24 and text.isascii() and _AD_SLOT.fullmatch(text):
        return "markup"  # an advertisement's slot named by the page, left as text: 'ad9_210*60'
    if first.isdigit() and "<" in text[:5] and _LISTED_TAGS.fullmatch(text):
        return "markup"  # a list's number before tags a page left as text: '1. <var id="x">…'
    if (text.endswith(_SITE_ENDS) and (_SITE_NAME.match(text) or _BARE_SITE.match(text))) or (
        text.startswith(_URL_OPENERS) and _URL_LINE.match(text)
    ):
        return "site_navigation"
    if text[:4] == "页面宽度" and _READER_SETTING.fullmatch(text):
        return "page_tools"  # a law database's reader setting: '页面宽度(px):', '…范围为200至2000'
    if text.endswith(_DOMAIN_ENDS) and " " in text and _NAMED_DOMAIN.fullmatch(text):
        return "site_navigation"  # a site's name and its address: '某省财政厅 czt.某.gov.cn'
    if (
        len(text) <= 16
        and text.endswith(("政府信息公开", "信息公开专栏", "政务公开专栏"))
        and _HAN_ONLY.fullmatch(text)
    ):
        return "site_navigation"  # a site's section under its name: '某某镇政府信息公开'
    if len(text) <= 20 and "内" in text and _APP_PROMPT.fullmatch(text):
        return "page_tools"  # a news app's prompt to read the item in it: '某某APP内浏览'
    if len(text) <= 24 and text.startswith("打开") and _OPEN_APP.fullmatch(text):
        return "page_tools"  # and under a picture: '打开某某新闻 查看更多图片'
    if len(text) <= 10 and text.endswith(("APP", "App", "app")) and _HAN_ONLY.fullmatch(text[:-3]):
        return "site_navigation"  # an app's name alone, its banner: '闽政通APP'
    if len(text) <= 40 and text.endswith("网站标识"):
        return "site_navigation"  # the words a site's logo stands for: '某某办公室网站标识'
    if len(text) <= 16 and ("站群" in text[-4:]) and _HAN_ONLY.fullmatch(text):
        return "site_navigation"  # a site's menu of its group of sites: '县区政府站群', '站群导航'
    if len(text) <= 12 and text.endswith(("发布平台", "新闻客户端", "移动客户端")):
        return "site_navigation"  # an app's banner: '官方移动发布平台'
    if len(text) <= 8 and text.endswith("搜索") and _HAN_ONLY.fullmatch(text):
        return "page_tools"  # a site's search box under its name: '保山搜索'
    if len(text) <= 40 and ("字体" in text or "打印" in text) and _column_over_tools(text):
        return "page_tools"  # a site's column and its tools: '县政府文件 字体( ) 打印'
    if (first == "本" or first == "注" or first == "P") and _LICENSE.match(text):
        return "site_footer"  # a wiki's licence box under the text: '本作品是中华人民共和国的法律…'
    if " The " in text and _BILINGUAL_BANNER.fullmatch(text):
        return "site_navigation"  # a site's name and its English: '某县人民政府 The People's…'
    if len(text) <= 44 and "星期" in text and _NAMED_CLOCK.fullmatch(text):
        return "page_tools"  # the site's name and its date of today: '某区政府 2019年12月3日星期二'
    if first.isdigit() and len(text) <= 20 and "星期" in text and _CLOCK.fullmatch(text):
        return "page_tools"  # the site's date of today over its page: '2025年08月10日 星期日'
    if "[[" in text and _WIKI_LINK_LINE.fullmatch(text):
        return "site_navigation"  # a note-taking export's link to another note: '关联政策: [[…]]'
    if "{{" in text and len(text) <= 40 and _TEMPLATE_SLOT.search(text):
        return "markup"  # a page template's slot left unfilled: '首页 {{item.columnName}}'
    if "*" in text and len(text) <= 30 and _MASKED_NUMBER.fullmatch(text):
        return "placeholder"  # a 文号 whose year and serial a platform masked: '某字〔****〕**号'
    if len(text) <= 40 and "/" in text[:8] and first >= "\u4e00" and _PLACE_STAMP.fullmatch(text):
        # a platform's region tag and time of posting: '湖北/宜昌-2025-12-19 00:00:00'
        return "byline"
    if len(text) <= 40 and ("首页" in text or "我们" in text) and _SITE_BAR.fullmatch(text):
        return "site_navigation"  # a site's bar of links: '投稿邮箱 返回首页 加入收藏 关于我们'
    if len(text) <= 24 and "A" <= first <= "Z" and _REGISTER_CODE.fullmatch(text):
        return "page_metadata"  # a normative document's registration code: 'HBGS-2020-2'
    if len(text) <= 40 and text[:1].isascii() and _SERVER_PAGE.fullmatch(text):
        return "markup"  # a server's error page stored before the page: '404 Not Found'
    if ("://" in text or text[:2] in ("存档", "快照")) and _LABELLED_URL.match(text):
        return "site_navigation"  # the page's address under a label: 'Original URL: http://…'
    if ("|" in text or "｜" in text) and _menu(text) and metadata_pairs(text) is None:
        return "site_navigation"  # a menu between pipes, not a metadata table's row
    if _may_be_navigation(text) and _NAVIGATION.match(text) and not _page_on_a_line(text):
        return "site_navigation"
    if first in _BULLETS and "位置" in text[:12] and _NAVIGATION.match(text[1:].strip()):
        return "site_navigation"  # the breadcrumb as an item of a page's list: '• 当前位置: …'
    if (first in _BULLETS or first == "-") and "一篇" in text[:8] and _LISTED_NEIGHBOUR.match(text):
        # the links to the articles before and after, items of a page's list: '- ·上一篇文章:…'
        return "site_navigation"
    if _tools_alone(text):
        return "page_tools"
    if first == "A" and len(text) <= 8 and _FONT_BUTTONS.fullmatch(text):
        return "page_tools"  # the font size's buttons: 'Aa', 'A+ A-'
    if _may_be_byline(text) and _BYLINE.match(text) and (len(text) <= 80 or _TEASER.match(text)):
        return "byline"
    if (
        "下载" in text or "版权" in text or "文档" in text or "网络" in text or "阅读" in text
    ) and _SHARING_NOTICE.match(text):
        return "site_navigation"  # a document-sharing site's download prompt and disclaimer
    if len(text) <= 60 and text[:2] in _SERIAL_OPENERS and _SERIAL_NUMBER.fullmatch(text):
        return "page_metadata"  # a newspaper's registered number: '国内统一连续出版物号:CN45-0005'
    if (
        len(text) <= 14
        and ("导航" in text or "首页" in text or "目录" in text)
        and _EPAPER_NAV.fullmatch(text)
    ):
        return "site_navigation"  # an e-paper's navigation: '版面导航', '某某网首页'
    if (
        len(text) <= 48
        and ("报" in text or "版" in text or "期" in text)
        and _EPAPER_LINE.fullmatch(text)
    ):
        return "page_metadata"  # an e-paper reader's header: '当前报纸名称:某某日报', '日期:12-29'
    if first == "d" and _ENGLISH_DATE_LABEL.fullmatch(text):
        return "byline"  # a site's English label of the day posted: 'date 2026-02-27 • 会员'
    if len(text) <= 24 and "一篇" in text and _EPAPER_BAR.fullmatch(text):
        return "page_tools"  # an e-paper's bar over an article: '3 上一篇 放大 缩小 默认'
    if "版" in text[:6] and len(text) <= 30 and _NEWSPAPER_PAGE.fullmatch(text):
        return "page_metadata"  # an e-paper's page and its name: '第05版:小城大事'
    if "页" in text and len(text) <= 60 and _PAGES.fullmatch(text):
        return "site_navigation"  # a page's pager over its text: '【 第1页 第2页 】'
    if text[:1] in "|｜2" and "编辑" in text and _STAMPED_LABELS.match(text):
        return "byline"  # a time stamp, then its editors: '2022-03-23 11:18:04 编辑: 某某 审核人:…'
    if first == "/" and _PAGER.fullmatch(text):
        return "site_navigation"  # a sharing site's pager: '/ 25'
    if first in ("-", "•") and _FILE_FACT.match(text):
        # a sharing site's facts of the file: '- 格式:doc', '- 大小:28.00 KB'
        return "page_metadata"
    if first == "原" and _ORIGINAL_TITLE.match(text):
        return "byline"  # a repost's note of the headline it first ran under
    if len(text) <= 24 and first in _CREDIT_OPENERS and _REPORTER.fullmatch(text):
        return "byline"  # a news item's reporters on a line of their own: '记者 何勤华'
    if len(text) <= 40 and "欢迎" in text and _WELCOME.fullmatch(text):
        return "site_navigation"  # a site's welcome: '某某林业欢迎您', '欢迎您访问某某网站!'
    if len(text) <= 16 and first.isdigit() and _DAY_AND_CITY.fullmatch(text):
        return "byline"  # a news item's dateline: '2019-05-24 上海'
    if len(text) <= 30 and (widget := _WIDGET.fullmatch(text)) is not None:
        # a page's widgets: its weather ('上海 22℃ 0'), its audio player ('收听本文 00:00/
        # 00:00'), its prompt to share ('微信扫一扫 ×'); a picture's credit ('某某办供图')
        return "byline" if widget.group("credit") else "page_tools"
    if len(text) <= 14 and ("编辑" in text or "责编" in text) and _OUTLET_EDITOR.fullmatch(text):
        return "byline"  # an outlet's editor: '每经编辑 某某某'
    if len(text) <= 24 and "记者" in text and _OUTLET_REPORTER.fullmatch(text):
        return "byline"  # and after their outlet's name: '澎湃新闻记者 朴姜'
    if len(text) <= 30 and ("读完" in text or "阅读" in text) and _READING_TIME.fullmatch(text):
        return "page_tools"  # a page's count of words and reading time: '本篇文章717字,读完约2分钟'
    if len(text) <= 24 and first in "(（" and "参考" in text and _STUDY_ONLY.fullmatch(text):
        return "site_navigation"  # an essay site's notice: '(仅供学习参考,切勿通篇使用)'
    if len(text) <= 6 and first in "-+" and _COUNTER.fullmatch(text):
        return "page_tools"  # a page's like button and its count: '- +1'
    if len(text) <= 20 and text.endswith(_PROMO_ENDS) and _SITE_PROMO.fullmatch(text):
        return "site_navigation"  # the site's accounts: '中国政府网微博、微信'
    if len(text) <= 80 and text.endswith(_ACCOUNT_ENDS) and _ACCOUNTS_BAR.fullmatch(text):
        return "site_navigation"
    if len(text) <= 80 and text.endswith("查看内容") and " " in text.strip():
        return "site_navigation"  # a portal's crumbs to the item: '某网 门户 资讯 某乡 查看内容'
    if len(text) <= 8 and text.endswith("卷") and _VOLUME.fullmatch(text):
        return "site_navigation"  # a yearbook's volume: '2002卷'
    if (
        first in _FIELD_BULLETS
        and len(text) <= 9
        and _MENU_ITEM.fullmatch(text)
        and not _LINE_LABEL.fullmatch(text)  # (a record's label alone: '• 发布机构')
    ):
        return "site_navigation"  # a site's menu as a bulleted list: '• 政务公开'
    if first in _FIELD_BULLETS and _BULLET_TIME.fullmatch(text):
        return "byline"  # a page's bulleted time of posting: '• 2013年04月19日 00时00分'
    if first in _FIELD_BULLETS and _BULLET_STAT.match(text):
        return "byline"  # a page's bulleted time and count of readers: '• 点击:9'
    if ("发表于" in text or text.startswith("本帖")) and _FORUM_POST.match(text):
        return "byline"  # a forum's line over a post: who posted it when, who edited it
    if "本帖被" in text[:6] and _FORUM_MOVED.fullmatch(text):
        return "byline"  # a moderator's note on the post: '— 本帖被 某某 从 某区 移动到本区(…) —'
    if len(text) <= 24 and first in _FORUM_BAR_OPENERS and _FORUM_BAR.fullmatch(text):
        return "page_tools"  # a thread's bar: '查看: 5529|回复: 11', '[复制链接]', '楼主'

    if len(text) <= 30 and ("主题" in text or "楼主" in text) and _FORUM_BUTTONS.fullmatch(text):
        return "page_tools"  # a thread's buttons: '上一主题 下一主题', '发新话题 回复该主题'
    if ("注册" in text or "登录" in text) and len(text) <= 80 and _FORUM_PROMPT.fullmatch(text):
        # a forum's prompt to join or sign in: '马上注册某某网,结交…,享用更多功能,让你轻松玩转
        # 某某网', '您需要 登录 才可以下载或查看,没有账号?立即注册'
        return "page_tools"
    if len(text) <= 20 and "隐藏" in text and _HIDDEN_CONTENT.fullmatch(text):
        return "page_tools"  # a forum's lock on a post's part: '查看隐藏内容(*)需先登录'
    if len(text) <= 4 and text[-1] == "#" and _FLOOR.fullmatch(text):
        return "byline"  # a post's floor in its thread: '1#'
    if (first == "[" or first == "【") and _SOURCE_TAG_DAY.match(text):
        return "byline"  # a source's tag, the day, the font's buttons: '[本网]2014-01-14字号:T | T'
    if text.endswith(_IMAGE_ENDS) and _IMAGE_NAME.match(text):
        return "markup"  # an image's file name where the page showed the image
    if first.isdigit() and len(text) <= 48 and _STAMPED_POSTER.fullmatch(text):
        return "byline"  # a post's time and its poster: '2016-07-05 09:01:50 某某学会80159'
    if first in "-•" and len(text) <= 10 and _FORUM_CARD.fullmatch(text):
        return "site_navigation"  # a forum poster's card: '- UID', '- 积分', '- 最后登录'
    if len(text) <= 4 and text in _IMAGE_ALONE:
        return "markup"  # an image's text where the page showed it: '图片'
    if len(text) <= 40 and text.endswith(("logo", "LOGO", "Logo")) and _SITE_LOGO.fullmatch(text):
        return "site_navigation"  # a site's logo by its text: '某某委员会网站logo'
    if (first == "《" or "由" in text[:41]) and WIKI_LEAD.match(text):
        return "byline"  # an encyclopedia's lead about the document, not its text
    if len(text) <= 40 and _STAMPED_BYLINE.fullmatch(text):
        return "byline"  # a site's byline of a tag, its time to the second, a column
    if text.endswith("发表") and _DAY_POSTED.fullmatch(text):
        return "byline"  # a news site's day of posting under its headline: '2001年1月13日发表'
    if first in ("(", "（") and _PHOTO_NOTE.fullmatch(text):
        return "byline"  # '(资料图)' where a news page showed its photo
    # (every form ends on 解读 or 》, or opens with 解 among its first three characters)
    if (text.endswith(("解读", "》")) or "解" in text[:3]) and _READING_LINK.fullmatch(text):
        # the page's link to its reading of the document ('图文解读:《…的通知》')
        return "site_navigation"
    if "http" in text and _AD_LINK.fullmatch(text):
        return "site_navigation"  # a short name with a bare link: another site's ad
    if first in _SHARING_OPENERS and _SHARING_RECORD.fullmatch(text):
        return "site_navigation"  # a document-sharing site's record of the upload
    if ("下载" in text or "阅读" in text) and _SHARING_FILE.fullmatch(text):
        # a document-sharing site's links to the file and its pager: '附件下载:14明电9.pdf',
        # '当前文档共3页 下载后继续阅读', 'Hi,远行者,Let’s go3 页 153.755 KB下载文档'
        return "site_navigation"
    if len(text) <= 8 and (text.rstrip(":： |｜") in _SITE_SECTIONS or _ALSO_READ.fullmatch(text)):
        return "site_navigation"  # (its label's colon and nothing after it: '相关文章:')
    if "离开" in text and _LEAVING.fullmatch(text):
        return "site_navigation"  # its prompt before a link leaves it: '…即将离开“某网”…是否继续?'
    if len(text) <= 10 and ("放弃" in text or "取消" in text) and _PROMPT_BUTTONS.fullmatch(text):
        return "page_tools"  # the prompt's buttons: '继续访问放弃'
    if text.startswith(("取消收藏", "收藏成功", "加入收藏成功")) and len(text) <= 10:
        return "page_tools"  # the bookmark button's message: '取消收藏成功!'
    if (
        first in ("选", "字")
        and (lead := _LEADING_TOOLS.match(text))
        and _BYLINE.match(text[lead.end() :])
        and len(text) <= 80
    ):
        return "byline"  # page tools, then the byline: '选择字体:[--] 发布时间:…'
    return None


#: a site's prompt before a link takes the reader elsewhere, and its buttons:
#: '您访问的链接即将离开“某镇人民政府”门户网站 是否继续?'
_LEAVING = re.compile(
    r"您(?:访问|点击)的链接(?:即将|将要?)离开\s*[“\"'‘]?[^”\"'’]{2,30}[”\"'’]?\s*(?:门户)?(?:网站?)?"
    r"\s*[,，]?\s*(?:是否继续(?:访问)?\s*[?？]?)?(?:\s*继续访问\s*放弃)?"
)
_PROMPT_BUTTONS = re.compile(r"(?:继续访问|继续|确定)\s*(?:放弃|取消)")
#: a document-sharing site's prompt to download and its disclaimer over the text it shows:
#: '下载到本地 , 更方便阅读', '声明 : 本文档内容版权归属内容提供方 , 如果您对本文有版权争议…'
_SHARING_NOTICE = re.compile(
    r"下载到本地\s*[,，]?\s*更方便阅读|(?:声明\s*[:：]\s*)?本文档(?:内容)?版权归属内容提供方|"
    # (its button and its numbered notices: '下载文档原格式', '1. 1、下载文档前请自行甄别…')
    r"下载文档原格式$|(?:\d{1,2}\s*[.、]\s*){1,2}(?:下载文档前请自行甄别|\"?仅部分预览\"?的文档|"
    r"如文档侵犯您的权益)|"
    # a reposting site's disclaimer: where it took the text from, whose copyright it is
    r"资料来[自源]于?(?:公开|互联)?网络[,，]?\s*仅(?:提)?供[^。]{0,12}(?:学习|参考)[^。]{0,8}$|"
    r"(?:原文|本文)?版权归原(?:版权人|作者|出处)(?:所有|拥有)$|"
    # its prompt under a preview and the uploader's disclaimer: '已阅读5页,还剩9页未读,
    # 继续免费阅读', '版权说明:本文档由用户提供并上传,收益归属内容提供方,…'
    r"已阅读\s*\d{1,4}\s*页\s*[,，]\s*还剩\s*\d{1,4}\s*页未读\s*[,，]?\s*继续(?:免费)?阅读$|"
    r"(?:版权说明\s*[:：]\s*)?本文档由用户提供并上传|"
    # (or the blurb under its file's name: '《某某报告》由会员上传分享,免费在线阅读,更多…')
    r"《[^》]{2,80}》由(?:会员|用户|网友)上传分享"
)
#: a footer's line naming who runs the site: '主办单位: 某局', '某局版权所有'
_SITE_OWNER_LINE = re.compile(
    r"(?:主办单位|主办)\s*[:：]\s*(?P<a>[\u4e00-\u9fff]{4,30})\s*$"
    r"|(?P<b>[\u4e00-\u9fff]{4,30}?)\s*版权所有"
)
#: an editor's credit in brackets after a line's text: '【编辑:王琴】', '[责任编辑：某某]'
_EDITOR_AFTER = re.compile(r"(?<=\S)\s*[【\[](?:责任)?编辑\s*[:：]\s*[\u4e00-\u9fff·]{2,6}[】\]]$")
#: the blocks a mirror strews through a text: '▓', '█'
_BLOCKS = re.compile(r"[▓█]+")
#: a record's row of values without their labels: the day, the organ, the 文号, the place
_UNLABELLED_ROW = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}\s*[\u4e00-\u9fff]{2,30}?(?:厅|局|委|办|府|会|院|部|室)\s*"
    r"(?P<number>[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,5}\s*号)"
    r"\s*[\u4e00-\u9fff]{0,8}"
)
#: a record's label before the text it holds, the text on its line: '内容: 各市…'
_TEXT_LABEL = re.compile(r"(?:内容|正文|全文)\s*[:：]\s*(?=\S)")
#: a newspaper's page by its number and name, as an e-paper heads it: '第05版:小城大事'
_NEWSPAPER_PAGE = re.compile(
    r"第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*(?:[:：]\s*[\u4e00-\u9fff]{2,12})?"
    r"(?:\s*(?:上一版|下一版)\s*\d{0,2})*"
)
#: an e-paper's navigation: its labels ('版面导航', '标题导航'), its link home ('山南网首页')
_EPAPER_NAV = re.compile(r"版面导航|标题导航|版面目录|返回目录|[\u4e00-\u9fff]{2,10}网首页")
#: a site's English label of the day it posted the page, its tools after it
#: (a template's raw label, lower-case, not a metadata table's row 'Date | 2002-09-04')
_ENGLISH_DATE_LABEL = re.compile(r"date\s+\d{4}-\d{1,2}-\d{1,2}(?:\s*[•·|].{0,12})?")
#: an e-paper reader's header over an article: its name ('某某电子报', '电子报阅读机'), the
#: paper's name, the day without its year, the page and its links, the weekday alone
_EPAPER_LINE = re.compile(
    r"当前报纸名称\s*[:：]\s*[\u4e00-\u9fff]{2,16}|[\u4e00-\u9fff]{0,10}电子报(?:阅读[机器])?"
    r"|日期\s*[:：]\s*\d{1,2}-\d{1,2}|星期[一二三四五六日天]"
    r"|版面\s*[:：]\s*第\s*\d{1,3}\s*版(?:\s*[:：]\s*[^\s:：]{1,24})?(?:\s*(?:上一[篇版]|下一[篇版]))*"
)
#: an e-paper's bar over an article, after the weekday's number its date line lost:
#: '3 上一篇 放大 缩小 默认'
_EPAPER_BAR = re.compile(r"\d?\s*(?:上一篇|下一篇)(?:\s*(?:上一篇|下一篇|放大|缩小|默认))+")
#: a page's pager, its pages' numbers in brackets or not: '【 第1页 第2页 】'
#: (one page's number alone, '第 3 页', is a printed page's: the cleaner's page number)
_PAGES = re.compile(r"[【\[]\s*(?:第\s*\d{1,3}\s*页\s*){1,20}[】\]]|(?:第\s*\d{1,3}\s*页\s*){2,20}")
#: a page's time stamp, its editor and reviewer after it (bars around): '|| 2022-03-23 11:18:04
#: 编辑: 某某 审核人:某某 阅读次数:2236 |'
_STAMPED_LABELS = re.compile(
    r"[|｜\s]*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:责任)?编辑\s*[:：]"
)
#: a document-sharing site's pager over the text: '/ 25'
_PAGER = re.compile(r"/\s*\d{1,4}")
_SERIAL_OPENERS = frozenset({"国内", "国际", "CN", "IS"})
_SERIAL_NUMBER = re.compile(
    r"(?:(?:国内统一|国际标准)连续出版物号\s*[:：]?\s*)?(?:CN|ISSN)\s*\d{2,4}\s*[-－]\s*\d{4}.{0,30}"
)
#: a document-sharing site's facts of the file it shows, a bulleted line each
_FILE_FACT = re.compile(
    r"[-•]\s*(?:格式|大小|文档页数|页数|下载次数|上传时间|上传者|文档编号)\s*[:：][^:：]{1,20}$"
)

#: a run of one- and two-character ASCII tokens between spaces (or the line's ends, or the
#: text's characters)
_ANTI_COPY = re.compile(
    # (its first token may be a figure glued to the text before it, whose space the page
    # lost: '…2021年4月9日6 x+ Y; e8 l" U2 j')
    r"(?:(?<=\s)|^|(?<=[\u4e00-\u9fff])(?=\d[ \t]))(?:[!-~]{1,2}[ \t]+){3,}"
    # (its last token a letter glued to the figures after it: '… ~+ d* e2021年4月9日')
    r"(?:[!-~]{1,2}(?=\s|$|[\u4e00-\u9fff])|[A-Za-z](?=\d))"
)
#: what every such run holds, three tokens and their spaces: opening on a character, not on
#: look-behinds, the engine skips to where one stands in C (a tenth of the run's time on a page)
_ANTI_COPY_HINT = re.compile(r"[!-~][ \t]+[!-~]{1,2}[ \t]+[!-~]{1,2}[ \t]")
_JUNK_MARK = re.compile(r"[!-/:-@\[-`{-~]")


#: a token of ASCII after a line's text and a space: '…除外。 )Q JUUn#' ends with 'JUUn#'
_JAMMER_TAIL = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef,.:;!?)]) +([!-~]{1,10})$")
#: the stops a sentence ends with, before junk run onto it
_STOPS = frozenset("。！？；!?;")
#: the marks a page's junk ends a line with alone: no closing bracket, stop or percentage
_JAMMER_MARKS = frozenset("+*#&^~`\\_$@")
#: a list's mark or a number alone on its line: no junk
_LIST_MARK = re.compile(r"[\d.、)）(（\s]*")


def _jammer_tail(text: str) -> re.Match[str] | None:
    """The ASCII token after a line's text and a space, where the line ends on one (looked
    for with the regex only where its last characters can be one: most lines end otherwise)."""
    if not text or not ("!" <= text[-1] <= "~") or " " not in text[-12:]:
        return None
    return _JAMMER_TAIL.search(text, max(0, len(text) - 13))


def _jammed_token(text: str) -> str:
    """On a page full of a forum's random tokens, the one a line ends with, or the line
    itself where it is one (ASCII alone, short, no list's number); '' where there is none."""
    if (m := _jammer_tail(text)) and _jammer(m.group(1)):
        return m.group(1)
    if len(text) <= 12 and text.isascii() and not _LIST_MARK.fullmatch(text):
        return text
    return ""


#: a site's name's last character and the random ASCII glued after it: '…某某網^:H:A8P]'
_SALT_END = re.compile(r"[網网站](?P<token>[!-~]{4,12})")
#: the site's name that ends there
_SALT_NAME = re.compile(r"[\u4e00-\u9fff]{3,12}[網网站]$")
#: the random token a salted line opens with, before its text: 'a)M;U-{liK8s_0 ', '/NT/lJ CR/O#^0 '
_SALT_OPENER = re.compile(r"^[!-~](?:[!-~]| (?=[!-~])){5,40}?0 ?(?=[^\x00-\x7f])")
#: random ASCII glued after the salted name, up to the text's characters
_SALT_TAIL = r"[!-~](?:[!-~]| (?=[!-~])){2,30}?(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]|$)"


def _repeated_tail(texts: list[str]) -> str:
    """The words most of a page's lines end with (eight characters or more, on four lines
    and half the lines at least), a mirror's advertisement run onto each; '' where none."""
    ends = [t.rstrip() for t in texts if len(t.strip()) > 8]
    if len(ends) < 4:
        return ""
    tail, count = Counter(t[-8:] for t in ends).most_common(1)[0]
    if count < 4 or 2 * count < len(ends) or not re.search(r"[\u4e00-\u9fffA-Za-z]{4}", tail):
        return ""
    sharing = [t for t in ends if t.endswith(tail)]
    # (the longest ending they share: the whole advertisement, up to where a line's own text
    # runs into it)
    n = 8
    while n < min(len(t) for t in sharing) and len({t[-n - 1 :] for t in sharing}) == 1:
        n += 1
    ad = sharing[0][-n:].lstrip()
    # (run on after the lines' own sentences, not the words a list's items end with: '…绩效
    # 评价报告.pdf' under each of ten attachments is their names')
    # (a line that is the words alone shows no sentence they ran onto: a title printed again)
    after_stop = sum(
        1 for t in sharing if (own := t[: -len(ad)].rstrip()) and own[-1] in "。：:；;！!？?"
    )
    return ad if after_stop >= 2 else ""


def _salted_name(text: str) -> str:
    """The site's name a forum salted through the text, where it stands with random ASCII
    glued after it four times or more; '' where there is none."""
    # (found with str.find: a regex's scan for the three characters costs a long text more)
    ends: list[tuple[int, str]] = []
    for ch in "網网站":
        at = text.find(ch)
        while at != -1:
            if salted := _SALT_END.match(text, at):
                ends.append((at + 1, salted.group("token")))
            at = text.find(ch, at + 1)
    if len(ends) < 4:
        return ""
    names: Counter[str] = Counter()
    for end, token in ends:
        found = _SALT_NAME.search(text, max(0, end - 13), end)
        if found and _jammer(token):
            names[found.group(0)] += 1
    name, n = names.most_common(1)[0] if names else ("", 0)
    return name if n >= 4 else ""


def _salt_bits(text: str, salt: str) -> list[str]:
    """On a salted page, the line's random opener and each salted name with the random
    ASCII glued after it (what it glued before a name is the opener, or the next bit's)."""
    bits: list[str] = []
    if (opener := _SALT_OPENER.match(text)) and _jammer(opener.group(0).replace(" ", "")):
        bits.append(opener.group(0))
    for m in re.finditer(re.escape(salt) + f"(?:{_SALT_TAIL})?", text):
        tail = m.group(0)[len(salt) :]
        if not tail or _jammer(tail.replace(" ", "")):
            bits.append(m.group(0))
    return bits


def _jammer(token: str) -> bool:
    """A random token, not a word, a code or a unit: lower-case letters with capitals,
    digits or marks, or marks with letters ('y8xE', 'JUUn#', 'tO&^>&;5')."""
    if len(token) == 1:
        return token in _JAMMER_MARKS  # (one mark alone, on a page full of longer ones)
    lower = any(c.islower() for c in token)
    upper = any(c.isupper() for c in token)
    digit = any(c.isdigit() for c in token)
    mark = any(not c.isalnum() for c in token)
    return (lower and (upper or digit or mark)) or (mark and (upper or lower) and len(token) >= 4)


def _is_junk(run: str) -> bool:
    """Anti-copy junk, not a list of numbers or letters: punctuation in two of its tokens and
    a letter in one."""
    tokens = run.split()
    return sum(1 for t in tokens if _JUNK_MARK.search(t)) >= 2 and any(
        c.isalpha() for t in tokens for c in t if c.isascii()
    )


def _junk_run(text: str) -> list[str]:
    return [m.group(0) for m in _ANTI_COPY.finditer(text) if _is_junk(m.group(0))]


#: a document's file by its name: '《某某办法》(市政府189号令).doc'
_DOC_FILE_NAME = re.compile(r"(?!附件)[^\s:：]{4,80}\.(?:docx?|wps|pdf|ofd)", re.I)
_DOC_FILE_ENDS = (".doc", ".docx", ".wps", ".pdf", ".ofd", ".DOC", ".DOCX", ".PDF")
#: a page's link to an attached file by its number and extension, under the attachment's name
_FILE_LINK = re.compile(r"\d{1,2}\s*[.．]\s*(?:docx?|xlsx?|pdf|rar|zip|wps|ofd|et)", re.I)
#: a news app's prompt to open the item in the app: '某某头条APP内浏览', '打开客户端内阅读'
_APP_PROMPT = re.compile(
    r".{0,12}(?:APP|App|app|客户端|客戶端)内(?:浏览|瀏覽|阅读|閱讀|打开|打開|查看)"
)
#: a news app's prompt under a picture of a page: '打开某某新闻 查看更多图片'
_OPEN_APP = re.compile(
    r"打开[\u4e00-\u9fff]{2,8}(?:APP|App|app|客户端)?\s*查看(?:更多|高清|原)?(?:图片|大图|视频)"
)
#: an advertisement slot's name and size: 'ad9_210*60', 'banner_728x90'
_AD_SLOT = re.compile(r"[A-Za-z]{1,10}\d{0,4}_[0-9A-Za-z]{1,12}(?:[*x×]\d{1,4})?")
#: a document-sharing site's slogan over the document it shows
_SHARING_SLOGAN = re.compile(r"精选优质文档\s*[-—－]?\s*倾情为你奉上\s*")
#: a journal database's mark before the text of an item it shows (正文)
_ABSTRACT_MARK = re.compile(r"【正】|[<〈‹]正[>〉›]")
#: a sharing site's label before the text it shows
_SHARED_LABEL = re.compile(r"文档(?:介绍|简介|内容)\s*[:：]\s*(?=\S)")
#: a law database's note that the text was repealed or replaced, run onto its first line:
#: '*注:本篇法规已被《某某办法》(发布日期:… 实施日期:…)废止'
_REPEAL_NOTE = re.compile(
    r"^\*?\s*注\s*[:：]\s*本篇法规已被《[^》]{2,60}》(?:\s*[(（][^()（）]{0,60}[)）])?"
    r"\s*(?:废止|修订|修改|代替|替代|取代)\s*"
)
#: a yearbook's volume, as its site heads the pages of it
_VOLUME = re.compile(r"(?:19|20)\d{2}\s*年?卷")
#: a report's meeting line under its title, bulleted as the title is: '• ——2001年2月16日在…'
_SPEECH_BELOW = re.compile(r"^[•·]?\s*[—－-]{1,2}\s*(?:19|20)\d{2}年")
#: a site's sign-in links: '登录/注册', '登录 | 免费注册', '请登录'
_LOGIN = re.compile(
    r"(?:请|立即)?(?:登录|登陆|注册|免费注册)(?:\s*[/|｜]\s*(?:免费)?(?:注册|登录|登陆))?"
    r"(?:\s*个人中心)?"  # '登录个人中心'
)
#: a news item's reporters named on a line of their own, no sentence: '记者 何勤华', '本报记者
#: 张三 李四', '通讯员：王五'
_REPORTER = re.compile(
    # (a box before it where a mirror lost the paper's mark: '□记者某某报道')
    # (or a bullet's mark before it: '◆本报记者 某某')
    r"[□■◆◇●★]?\s*(?:本报|本台|本网)?(?:记者|通讯员|特约记者|实习生)\s*[:：]?\s*"
    r"[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+(?:(?:记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,4}){0,3}"
)
_CREDIT_OPENERS = frozenset("本记通特实□■◆◇●★")
#: a news item's editor under the outlet's short name, on a line of its own: '每经编辑 某某某'
_OUTLET_EDITOR = re.compile(r"[\u4e00-\u9fff]{2,4}(?:编辑|责编)\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}")
#: a news outlet's name before its reporter's: '澎湃新闻记者 朴姜', '某某日报记者 某某'
_OUTLET_REPORTER = re.compile(
    # (after the mark of whose words they are, '文/', and the outlet's newsroom: '文/某某晚报
    # 全媒体记者 某某、某某')
    # (or a news app's: '羊城派记者 某某')
    r"(?:文\s*[/／]\s*)?[\u4e00-\u9fff]{2,8}(?:新闻|日报|晚报|报|网|派|电视台|融媒体中心?)"
    # (and its channel after a dot: '某某报·某某频道记者 某某')
    r"(?:[·・][\u4e00-\u9fff]{2,8}|全媒体|融媒体)?" + _REPORTER.pattern
)
#: a page's count of its words and the minutes to read them: '本篇文章717字,读完约2分钟'
_READING_TIME = re.compile(
    r"(?:本篇|本文|全文)(?:文章)?(?:共|约)?\s*\d{2,6}\s*字\s*[,，]?\s*(?:读完|阅读)(?:需要|约|大约)*"
    r"\s*\d{1,3}\s*分钟"
)
#: an essay site's notice that its text is for study only: '(仅供学习参考,切勿通篇使用)'
_STUDY_ONLY = re.compile(r"[(（]\s*仅供(?:学习)?参考[^()（）]{0,12}[)）]")
#: a gazette's name: '某省人民政府公报', '某市政府公報'
_GAZETTE_NAME = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:人民政府|政府)(?:公报|公報)")
#: an issue of a year: '2000年4期', '2019年第12期'
_ISSUE_OF_YEAR = re.compile(r"(?:19|20)\d{2}\s*年\s*第?\s*\d{1,3}\s*期")
#: a site's welcome over its page: '某某欢迎您!', '您好,欢迎您来到某某!', '欢迎您访问某某网站!'
_WELCOME = re.compile(
    r"(?:您好\s*[,，!！]?\s*)?(?:欢迎您?(?:来到|访问|光临)[^。，,]{1,30}|[\u4e00-\u9fff]{2,16}欢迎您)"
    r"\s*[!！]?"
)
#: a news item's dateline under its headline, the day and the city: '2019-05-24 上海'
_DAY_AND_CITY = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}\s*(?!.*(?:朗读|打印|分享|收藏|浏览|阅读|字号|点击|来源|播报))[\u4e00-\u9fff]{2,4}"
)
#: a like button's signs and its count
_COUNTER = re.compile(r"[-+]\s*(?:[-+]\s*)?\d{0,4}")
#: a site's line naming its own accounts: '中国政府网微博、微信', '某某发布微信公众号'
_SITE_PROMO = re.compile(
    r"(?!微信|微博|公众号|客户端|官方)[\u4e00-\u9fff]{2,12}?(?<!官方)"
    r"(?:微博|微信|微信公众号|公众号|客户端|抖音号?)"
    r"(?:[、和及](?:微博|微信|微信公众号|公众号|客户端|抖音号?))*"
)
_PROMO_ENDS = ("微博", "微信", "公众号", "客户端", "抖音", "抖音号")
#: how each of a site's accounts in a bar of them ends: '某某发布微信公众号 某某抖音号 某某APP'
_ACCOUNT_ENDS = (*_PROMO_ENDS, "快手号", "视频号", "头条号", "APP", "App", "app")
#: a bar of the site's accounts (the cleaner closed up the spaces between them): '景谷发布微信
#: 公众号 景谷融媒抖音号 景谷融媒快手号 景谷融媒微博 七彩云端APP'
_ACCOUNTS_BAR = re.compile(
    r"(?:\s*[\u4e00-\u9fff]{2,10}?(?:微信公众号|公众号|抖音号|快手号|视频号|头条号|微博|微信|客户端"
    r"|APP|App|app)){3,}"
)
#: a page's link to the reading it publishes of the document: '《某某的通知》政策解读'
_READING_LINK = re.compile(
    r"《[^《》]{4,120}》\s*(?:政策|文件|图文|图片)?解读"
    r"|(?:政策|文件|图文|图片|视频)?解读\s*[:：]\s*《[^《》]{4,120}》"
    # (or its text, the document's name after it: '解读文本:某市某某办法(修订)')
    r"|(?:政策|文件)?解[读讀](?:文本|材料)\s*[:：]\s*[^《》\s:：]{4,120}"
)
#: a name and the address it links to, alone on a line: '北京某某医院 http://…/8740647.html'
_AD_LINK = re.compile(r"[\u4e00-\u9fff]{2,20}\s+https?://\S+")
#: an essay site's heading of the first piece it collected: '第一篇:某某办法'
_FIRST_PIECE = re.compile(r"^第[一二三四五六七八九十]{1,3}篇\s*[:：]\s*(?P<name>.+)$")
#: a news page's note where its photo stood, in round brackets: '(资料图)', '（图片来源：…）'
_PHOTO_NOTE = re.compile(r"[(（]\s*(?:资料图|资料图片|图片|组图|图)[^()（）]{0,20}[)）]")
#: a document-sharing site's record over the text it transcribed from a PDF: when it was
#: uploaded, how often viewed, then 'Transcription' ('- 9 years ago', '- Views:')
_SHARING_RECORD = re.compile(
    r"(?:[-•]\s*)?(?:\d+\s+(?:years?|months?|weeks?|days?|hours?)\s+ago|Views:?\s*[\d,]*)"
    r"|Transcription|Transcript"
)
_SHARING_OPENERS = frozenset("-•T")
#: a document-sharing site's links to the file it shows, and its pager under a preview
_SHARING_FILE = re.compile(
    r"(?:附件下载\s*[:：]\s*\S{1,40}?\.(?:pdf|docx?|xlsx?|wps|txt)\s*)+"
    r"|当前文档共\s*\d{1,4}\s*页\s*下载后继续阅读"
    r"|.{0,30}?\d{1,4}\s*页\s*[\d.]{1,10}\s*[KkMm]B\s*下载文档",
    re.I,
)
#: the uploader's name on the line above the upload's age: '- 某某'
_UPLOADER = re.compile(r"[-•]\s*\S{1,12}")

_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
#: a news item's credit opening its first paragraph: '本网讯(徐琦)', '本报讯', '记者 某某'
_NEWS_CREDIT = re.compile(r"^[\W_]*(?:本网讯|本报讯|本台讯|本刊讯|[(（【]?记者|通讯员)")
#: an item of a site's bulleted menu: a word or two, no sentence, no field
_MENU_ITEM = re.compile(r"[•·]\s*[\u4e00-\u9fffA-Za-z]{2,8}")
#: a page's time or count of readers in its list of fields: '• 时间:2019-12-31', '• 点击:9'
_BULLET_STAT = re.compile(
    r"^[•·]\s*(?:时间|日期|点击|点击数|点击量|浏览|浏览次数|阅读|阅读数)\s*[:：]\s*"
    r"[\d\-./:\s]{1,20}(?:次|人次)?$"
)
#: a forum's byline over a post and its note of the last edit: '某某 发表于 2020-4-23 08:58:32',
#: '本帖最后由 某某 于 2020-4-23 08:59 编辑'
_FORUM_POST = re.compile(
    r"^(?:\S{1,20}\s*发表于|本帖最后由\s*\S{1,20}\s*于)\s*\d{2,4}-\d{1,2}-\d{1,2}\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*编辑)?$"
    # and under a thread's title, its buttons before it: '只看楼主 倒序阅读 0 发表于: 2014-01-23'
    r"|^(?:只看楼主|倒序阅读|\d{1,6}|\s)*发表于\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
#: a moderator's note on a post, between dashes: '— 本帖被 某某 从 某区 移动到本区(2016-07-10) —'
_FORUM_MOVED = re.compile(r"[—\-\s]*本帖被\s*\S.{0,40}?(?:移动|编辑|设置|加入|提升|删除).{0,40}")
#: a thread's buttons, alone on their line
_FORUM_BUTTONS = re.compile(
    r"(?:上一主题|下一主题|发新话题|回复该主题|发表回复|只看楼主|倒序阅读|快速回复|返回列表|打印|\s)+"
)
#: a forum thread's bar over its first post: its counters, its link and floor tools, the
#: first poster's mark, the board's menu label ('查看: 5529|回复: 11', '[复制链接]', '楼主')
_FORUM_BAR = re.compile(
    r"查看\s*[:：]\s*\d{1,9}\s*[|｜]\s*回复\s*[:：]\s*\d{1,9}"
    r"|[\[【]?复制链接[\]】]?|跳转到指定楼层|楼主|沙发|板凳|版块导航"
)
#: what every branch of ``_FORUM_BAR`` opens with
_FORUM_BAR_OPENERS = frozenset("查[【复跳楼沙板版")
#: a forum's prompt to join it or sign in, over every thread
_FORUM_PROMPT = re.compile(
    r"马上注册[^。]{0,20}?[,，]\s*结交[^。]{0,20}?[,，]\s*享用更多功能[^。]{0,30}?[。!！]?"
    r"|您需要\s*登录\s*才可以(?:下载或)?查看[^。]{0,30}"
)
#: a forum's notice that part of a post is shown to members only
_HIDDEN_CONTENT = re.compile(r"(?:查看|本帖)?隐藏(?:的)?内容[^。，,]{0,12}")
#: a post's floor in its thread
_FLOOR = re.compile(r"\d{1,3}\s*#")
#: a source's tag in brackets (a site, a paper), the day, perhaps the font's buttons
_SOURCE_TAG_DAY = re.compile(
    r"[\[【](?:本网|本站|[\u4e00-\u9fff]{1,6}[网报社])[\]】]\s*\d{4}-\d{1,2}-\d{1,2}"
    r"\s*(?:字号\s*[:：].{0,12})?$"
)
#: a sentence that names a document in 《》: the text's (a crawl that printed the order
#: promulgating the rules after the site's footer), never a footer's line
_QUOTING_SENTENCE = re.compile(r"《[^》]{2,80}》[^。]*。")
#: a row of labels and nothing else (the spaces between them closed up by the cleaner)
_LABEL_ROW = re.compile(rf"(?:(?:{_LABEL_ALT})\s*){{3,}}")
_LABEL_ONE = re.compile(rf"(?:{_LABEL_ALT})")
#: an opening quote or bracket alone on its line: text a mirror broke before a title
#: ('…关于修改' / '《' / '…规则》的决定'), not markup; and a 文号's closing bracket a page
#: broke out of it ('某公告〔' / '2026' / '〕' / '6' / '号')
_BROKEN_OPENERS = frozenset({"《", "〈", "〕"})
#: an image's caption that is its file's name: '图片:未命名_副本.jpg'
_IMAGE_NAME = re.compile(
    r"^(?:图片|圖片|附图|image)?\s*[:：]?\s*\S{1,60}\.(?:jpe?g|png|gif|bmp|webp)$", re.I
)
#: a post's time, its poster's name and the count of its readers, a forum's line over it
_STAMPED_POSTER = re.compile(
    r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[\u4e00-\u9fff]{2,20}\s*\d{1,8}"
)
#: a forum poster's card, a field a line: '- UID', '- 积分', '- 最后登录'
_FORUM_CARD = re.compile(
    r"[-•]\s*(?:UID|积分|經驗|经验|金币|金幣|精华|精華|最后登录|在线时间|帖子|主题|注册时间|阅读权限|威望|贡献)"
)
#: an image's text alone on its line, where the page showed the image
_IMAGE_ALONE = frozenset({"图片", "圖片", "[图片]", "【图片】", "图像", "配图"})
#: a site's logo by its text: '某某委员会网站logo', '中国某某网 LOGO'
_SITE_LOGO = re.compile(r"[\u4e00-\u9fff]{2,30}\s*(?:logo|LOGO|Logo)")
_IMAGE_ENDS = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".JPG", ".JPEG", ".PNG", ".GIF")
#: an encyclopedia's lead about a document it prints: '《某某的批复》是由某某人民政府於2013年12月
#: 19日發布的批覆檔案。'
WIKI_LEAD = re.compile(
    r"《[^》]{4,80}》是(?:由)?[^。《》]{2,40}?[于於]\d{4}年\d{1,2}月\d{1,2}日"
    r"(?:发布|發布|印发|印發|颁布|頒布|公布)的[^。]{0,12}[。.]?"
    # (or the entry's name, then who published it when: '第一批某某城市由某部办公厅于2016年6月
    # 23日公布。')
    r"|(?P<entry>[^。《》，,：:]{4,40})由[^。《》，,]{2,30}?[于於]\d{4}年\d{1,2}月\d{1,2}日"
    r"(?:发布|發布|印发|印發|颁布|頒布|公布)[。.]$"
)
#: the labels of a box of links to a site's other items, printed under a text
_LINK_BOXES = frozenset(
    {"相关阅读", "相关新闻", "相关推荐", "热点推荐", "相关文章", "相关链接"}
    # (a content system's field for the related items: '关联稿件:', empty or not)
    | {"关联稿件", "相关稿件", "关联导读"}
)
#: section headings around the document: an encyclopedia's fields and related entries, a
#: site's boxes of links
_SITE_SECTIONS = frozenset(
    {"基本介绍", "基本介紹", "相关词条", "相關詞條", "热门词条", "熱門詞條", "联络我们", "聯絡我們"}
    # an article site's channel over its item's date: '文摘'
    | {"文摘"}
    # and a government site's boxes of links around the text
    | {"相关办事指南"}
    | _LINK_BOXES
    # and a wiki's link to where it copied the text from, in its box over the text
    | {"官方来源"}
    # and the label over the text's box
    | {"文章正文", "文章內容", "文章内容", "正文内容", "论文部分内容阅读", "部分内容阅读"}
    # and a site's box of what else to read
    | {"你可能也爱看", "猜你喜欢", "大家都在看", "热门阅读", "延伸阅读"}
    # and a phone page's buttons over the text: '搜索', '导航'
    | {"搜索", "导航", "導航"}
    # and its search box and its accounts' links
    | {"本站搜索", "站内搜索", "全站搜索", "网站搜索", "政务微信", "政务微博"}
    # and the link over a photo: '放大图片'
    | {"放大图片", "查看大图", "点击查看大图", "查看原图"}
    # and a forum thread's buttons under its title
    | {"只看楼主收藏回复", "只看楼主", "收藏回复"}
    # and a law database's tabs over the text
    | {"条款摘要", "法规全文"}
    # and an encyclopedia's heading over the notice it copies: '公布通知'
    | {"公布通知", "发布通知", "通知全文", "通知原文", "文件全文", "文件原文"}
    # and a site's link to its accessible version
    | {"无障碍浏览", "无障碍阅读"}
)

#: what a site's list of a page's fields opens each with
_FIELD_BULLETS = frozenset("•·∙")
#: the bullets of a list of fields, a markdown list's dash too
_RECORD_BULLETS = _FIELD_BULLETS | {"-"}
#: a field under a bullet: a short label, its value
_BULLETED_FIELD = re.compile(r"[-•·∙]\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S.{0,60}")


def without_readings(text: str) -> str:
    """The text without a mirror's pinyin readings, as unwrap takes them out: a line as the
    reader gave it ('蟠貓鄉(xiāng)人民政府') read as the cleaned one is."""
    return _PINYIN.sub("", text) if ("(" in text or "（" in text) else text


def reading_spans(text: str) -> list[tuple[int, int]]:
    """Where a mirror printed pinyin readings inside the text ('發(fā)文'), as unwrap takes
    them out."""
    return [m.span() for m in _PINYIN.finditer(text)]


def _label_row(
    body: list[Line], i: int, text: str, raw: dict[int, str] | None
) -> tuple[list[tuple[str, str]], int] | None:
    """A row of the page's metadata table's labels (three or more, nothing else: '索 引 号 文
    号 发布机构 发布日期 公开范围 公开方式'), and under it the rows of their values, one value
    for each label in order (values set apart by spaces as the page printed them): the
    pairs, and how many lines under the labels their values took; None where the values do
    not make one for each label."""
    # (or a table's cells between pipes: '索引号 | 公开方式 | 发布机构 |' over its values)
    piped = "|" in text
    row = text.replace("|", " ").strip() if piped else text
    if len(row) > 80 or not _LABEL_ROW.fullmatch(row):
        return None
    labels = [_squash(m.group(0)) for m in _LABEL_ONE.finditer(row)]
    if len(labels) < 3:
        return None
    values: list[str] = []
    rows = 0
    for ln in body[i + 1 : i + 6]:
        if len(values) >= len(labels):
            break
        line = without_readings((raw or {}).get(ln.no, ln.text))
        cells = [c.strip() for c in line.split("|")] if piped else line.split()
        values.extend(c for c in cells if c)
        rows += 1
    if len(values) != len(labels):
        return None
    return list(zip(labels, values, strict=True)), rows


def unwrap(lines: list[Line], raw: dict[int, str] | None = None) -> Unwrapped:
    """The document without its page wrapper, the page's metadata, and what was removed.
    (``raw``: the lines as read, spaces and all, by number — a table's cells apart.)"""
    out = Unwrapped(lines=[])
    start = _front_matter(lines, out, raw or {})
    body = lines[start:]
    texts = [ln.text for ln in body]
    nonblank = [i for i, t in enumerate(texts) if t.strip()]
    # a site's menus, a channel a line, anywhere over the text: they do not count among the
    # head's lines (a page whose menus fill sixty lines still has its record and title read)
    reach = nonblank[: 3 * _HEAD_LINES]
    channels = _channel_menus(texts, reach)
    head_lines = _HEAD_LINES + sum(1 for i in reach if i in channels)
    head_end = nonblank[min(head_lines, len(nonblank) - 1)] if nonblank else 0
    tail_start = nonblank[max(0, len(nonblank) - _TAIL_LINES)] if nonblank else 0
    # a footer's words are looked for in the whole tail at once (no word holds a line
    # break), and line by line only where they are printed
    footer = len(body)
    if _FOOTER.search("\n".join(texts[tail_start:])) is not None:
        # (not a line the text goes on under, its items, 附件 or date after it: an event's
        # notice names its '承办单位:' as a site's footer does; a footer's line over the text,
        # a page that opens with its copyright, is looked at line by line below)
        opening = nonblank[min(3, len(nonblank) - 1)]
        footer = next(
            (
                i
                for i in range(tail_start, len(body))
                if _FOOTER.search(texts[i]) and (i <= opening or not _text_goes_on(texts, i))
            ),
            len(body),
        )
    # a part of a text in NFC is in NFC: a text that is (nearly every one) is not normalized
    # line by line
    joined = "\n".join(texts)
    composed = unicodedata.is_normalized("NFC", joined)
    # a forum's anti-copy junk, runs of one- and two-character ASCII tokens strewn through the
    # text ('. J8 O& X, _) h/ j( H'): taken out where the page is full of it
    # (looked for in the whole text at once: no run of it crosses a line)
    anti_copy = (
        _ANTI_COPY_HINT.search(joined) is not None
        and _ANTI_COPY.search(joined) is not None
        and sum(1 for t in texts if _ANTI_COPY.search(t) and _junk_run(t)) >= 3
    )
    # a page that put question marks for what it could not encode puts them inside lines too
    # ('第一章?總?則'); on a page that did not, a '?' that ends a line asks a question
    # (the page's punctuation made ASCII: '…呼之欲出?')
    placeholders = any("?" in t and _INNER_PLACEHOLDER.search(t) for t in texts)
    # a forum's other anti-copy junk: a random token of ASCII after most lines' text and on
    # lines of its own ('…现通告如下: +', ' y8xE', '*qpSXmOz'): taken out where four lines or
    # more end with one
    jammed = sum(1 for t in texts if (m := _jammer_tail(t)) and _jammer(m.group(1))) >= 4
    # a forum's third kind: its site's name salted through the text between random tokens
    # ('a)M;U-{liK8s_0 某某網^:H:A8P]山西省文物局:'), taken out where it recurs so
    salt = _salted_name(joined)
    # a mirror's advertisement run onto the end of most lines ('…现印发给你们。某某网-做某某的人
    # 都聚集在这里!某某专业网站'): taken off each
    ad_tail = _repeated_tail([texts[i] for i in nonblank])
    # a hijacked site's keywords (adult sites' words, comma-separated) over its head: looked for
    # in the head at once, line by line only where they are
    seo = _SEO_WORDS.search("\n".join(texts[: head_end + 1])) is not None
    menu_rows = _menu_run([(raw or {}).get(ln.no, ln.text) for ln in body[:12]])
    # the page's record: its values a bullet each, their labels lost, opening with its 索引号
    # (and, as the lines are read, the rows of values under a row of labels)
    value_rows: set[int] = _bare_record(texts, nonblank, out.meta)
    value_rows |= _glued_record(texts, nonblank, out.meta, body, raw or {})
    stamped = _stamped_ad(texts[: head_end + 1])
    opens_teaser = bool(nonblank) and texts[nonblank[0]].strip() in _TEASER_OPENERS
    teaser = _teaser(texts, nonblank) if opens_teaser else set()
    pending_label: tuple[int, str] | None = None
    doc_lines = 0
    in_table = False  # the last line with text was a row of the page's metadata table
    tool_rows: set[int] = set()  # the buttons of a tool under its label, one a line
    card = False  # the last line with text was a field of a forum poster's card
    for i, ln in enumerate(body):
        text = ln.text.strip() if composed else unicodedata.normalize("NFC", ln.text.strip())
        if not text:
            out.lines.append(ln)
            continue
        in_head = i <= head_end
        if text.startswith(_URL_OPENERS) and (url := _leading_address(text, in_head)):
            # a page's address with the page's text run onto it (or the site's bare address
            # before its byline): the address goes, the text (the byline) goes on
            out.removed.append(Removed(ln.no, url.group(0).strip(), "site_navigation"))
            text = text[url.end() :].strip()
            ln = ln.with_text(text)
        if in_head and "://" in text[:40] and (ad := _NAMED_URL_BEFORE.match(text)):
            # an advertiser's name and address run onto the title ('某某医院 http://…/某县…的
            # 通知'): an advertisement, the title stays the line
            out.removed.append(Removed(ln.no, ad.group(0).strip(), "advertisement"))
            text = text[ad.end() :].strip()
            ln = ln.with_text(text)
        if in_head and "本篇法规已被" in text[:12] and (note := _REPEAL_NOTE.match(text)):
            # the database's note that a later text repealed this one, before its title
            out.removed.append(Removed(ln.no, note.group(0).strip(), "page_metadata"))
            text = text[note.end() :].strip()
            ln = ln.with_text(text)
            if not text:
                out.lines.append(ln)
                continue
        if in_head and "号" in text and (field := _field_after_number(text)) is not None:
            # a 文号 with a record's field run onto it ('国函[2004]1号颁布时间:2004-01-11'): the
            # field is the page's, the 文号 stays the line
            for label, value in field[1]:
                _record_meta(out.meta, label, value)
            out.removed.append(Removed(ln.no, text[len(field[0]) :].strip(), "page_metadata"))
            text = field[0]
            ln = ln.with_text(text)
        if (
            in_head
            and "*" in text[:20]
            and (masked := _MASKED_NUMBER.match(text)) is not None
            and title_end(text) is not None
            and len(text) - masked.end() >= 6
        ):
            # a 文号 a platform masked, the title run onto it ('某发改字〔**〕**号关于…的批复'):
            # the mask goes (no number to read from it), the title stays the line
            out.removed.append(Removed(ln.no, masked.group(0), "placeholder"))
            text = text[masked.end() :].strip()
            ln = ln.with_text(text)
        if in_head and (organ := _organ_after_stamp(text)) is not None:
            # a byline's time of posting with the organ's line over the title run onto it
            # ('浏览次数: 发布时间:2023-04-26 16:00炎陵县交通运输局'): the byline goes, the organ
            # stays the line
            out.removed.append(Removed(ln.no, text[: -len(organ)].strip(), "byline"))
            text = organ
            ln = ln.with_text(text)
        if (
            in_head
            and "栏目" in text
            and (number := find_doc_number(text)) is not None
            and text.endswith(number)
            and _COLUMN_BYLINE.fullmatch(text[: -len(number)].strip())
        ):
            # the page's day and column with the 文号 run onto them ('2021-02-05 栏目:妇联文件
            # 四妇发〔2017〕5号'): the byline goes, the 文号 stays the line
            out.removed.append(Removed(ln.no, text[: -len(number)].strip(), "byline"))
            text = number
            ln = ln.with_text(text)
        if (
            in_head
            and text[:1].isdigit()
            and (row := _UNLABELLED_ROW.fullmatch(text))
            and (number := find_doc_number(row.group("number"))) is not None
        ):
            # a law database's row of values without their labels ('2007-10-01 某省人民政府办公厅
            # 某政办发〔2007〕120号 某省'): its 文号 is the document's (its day may be another's)
            out.meta.setdefault("doc_number", number)
            out.removed.append(Removed(ln.no, text, "page_metadata"))
            out.lines.append(ln.with_text(""))
            continue
        if in_head and text[:2] in ("内容", "正文", "全文") and (opened := _TEXT_LABEL.match(text)):
            # the record's label before the text it holds ('内容: 各市、县人民政府,…:'): the
            # page's, the text goes on
            out.removed.append(Removed(ln.no, opened.group(0).strip(), "page_metadata"))
            text = text[opened.end() :]
            ln = ln.with_text(text)
        if in_head and "机关" in text and (record := _record_after_title(text)) is not None:
            # a law database's record run onto the title ('…的决定制定机关: 某省人大常委会 效力级别:
            # 地方性法规 … 公布日期: 1997.07.25 题注: (…) 全文 根据…'): the fields are the page's,
            # the title a line, the text after the record ('全文', its mark, the site's) the next
            titled, fields, rest = record
            for label, value in fields:
                _record_meta(out.meta, label, value)
            out.removed.append(
                Removed(ln.no, text[len(titled) : len(text) - len(rest)].strip(), "page_metadata")
            )
            if not rest:
                text = titled
                ln = ln.with_text(text)
            else:
                out.lines.append(Line(ln.no, titled, ln.page, ln.furniture, ln.continues))
                if mark := _TEXT_MARK.match(rest):
                    out.removed.append(Removed(ln.no, mark.group(0).strip(), "site_navigation"))
                    rest = rest[mark.end() :]
                text = rest.strip()
                ln = ln.with_text(text)
        if in_head and text[:2] == "精选" and (slogan := _SHARING_SLOGAN.match(text)):
            # a document-sharing site's slogan run onto the title it shows ('精选优质文档-倾情为你
            # 奉上某县…办法'): the site's
            out.removed.append(Removed(ln.no, slogan.group(0).strip(), "site_navigation"))
            text = text[slogan.end() :].strip()
            ln = ln.with_text(text)
            if not text:
                out.lines.append(ln)
                continue
        if in_head and text[:1] in "【<〈‹" and (mark := _ABSTRACT_MARK.match(text)):
            # a journal database's mark where the text it shows opens: '【正】鄂政办发…', '<正>'
            out.removed.append(Removed(ln.no, mark.group(0), "page_metadata"))
            text = text[mark.end() :].strip()
            ln = ln.with_text(text)
        if in_head and text[:2] == "文档" and (shared := _SHARED_LABEL.match(text)):
            # a sharing site's label before the text it shows: '文档介绍:——2009年5月16日在…'
            out.removed.append(Removed(ln.no, shared.group(0).strip(), "page_metadata"))
            text = text[shared.end() :].strip()
            ln = ln.with_text(text)
        if (
            in_head
            and len(text) <= 30
            and (below := _next_text(texts, i)) is not None
            and _BARE_DOMAIN.fullmatch(below[1])
            and _site_name(text)
        ):
            # a site's name over its address ('某县人民政府' / 'www.某.gov.cn'): its header,
            # the government whose site it is kept
            if text.endswith("人民政府"):
                out.meta.setdefault("site", text)
            out.removed.append(Removed(ln.no, text, "site_navigation"))
            out.lines.append(ln.with_text(""))
            continue
        if in_head and (tools := _tool_over_name(text, (raw or {}).get(ln.no, ""))) is not None:
            # a site's tool before its name on the line ('长者模式 某县人民政府'): the tool goes
            out.removed.append(Removed(ln.no, tools, "page_tools"))
            text = text[len(tools) :].strip()
            ln = ln.with_text(text)
            if (below := _next_text(texts, i)) is not None and _NAVIGATION.match(below[1]):
                # and the name, over the breadcrumb ('首页 >> 公开信息内容'): the site's own
                # header (the government whose site it is kept)
                if text.endswith("人民政府"):
                    out.meta.setdefault("site", text)
                out.removed.append(Removed(ln.no, text, "site_navigation"))
                out.lines.append(ln.with_text(""))
                continue
        if (
            in_head
            and text.endswith(("小", "】", "]", ")", "）"))
            and (tail := _TOOLS_AFTER.search(text)) is not None
            and tail.start() > 0
        ):
            # a site's font tools run onto a line of the head ('…266号 字体显示: 大 中 小'):
            # the tools go, the line stays
            out.removed.append(Removed(ln.no, tail.group(0).strip(), "page_tools"))
            text = text[: tail.start()].rstrip()
            ln = ln.with_text(text)
        if in_head and (
            link := _link_before_headline(texts, i, text, (raw or {}).get(ln.no))
            or _previous_in_series(texts, i, text)
        ):
            # a wiki's link to the item before in its series, then the page's headline again
            # ('第七批 某州人民政府关于公布第八批…的通知' under that headline): the link goes
            out.removed.append(Removed(ln.no, link, "site_navigation"))
            text = text[len(link) :].strip()
            ln = ln.with_text(text)
        if (
            in_head
            and (below := _next_text(texts, i)) is not None
            and "记者" in below[1]
            and (name := _REPORTER_AFTER.search((raw or {}).get(ln.no, "")))
            and text.endswith(name.group(1))
            # (a headline before it, not the credit's own words: '记者 某某' is a byline whole)
            and len(text) - len(name.group(1)) >= 8
            and not text[: -len(name.group(1))].rstrip().endswith(_CREDIT_WORDS)
            and "记者" + name.group(1) in below[1].replace(" ", "").replace("\u3000", "")
        ):
            # a paper's reporter after its headline, a space between, the lead crediting the
            # same name ('…举行第一次全体会议 于伟主持 王伶雅' / '本报讯 (记者 王伶雅) …'): the
            # byline, not the headline's
            out.removed.append(Removed(ln.no, name.group(1), "byline"))
            text = text[: -len(name.group(1))].rstrip()
            ln = ln.with_text(text)
        if text.endswith(("】", "]")) and "编辑" in text and (credit := _EDITOR_AFTER.search(text)):
            # a repost's editor credited after the text's last line ('2026年2月4日 【编辑:某某】'):
            # the credit goes, the line stays
            out.removed.append(Removed(ln.no, credit.group(0).strip(), "byline"))
            text = text[: credit.start()].rstrip()
            ln = ln.with_text(text)
        if text.endswith(("|", "｜")) and _DATED_BAR.search(text):
            # a table's bar left after a signature's date ('某局 某中心 2023年6月21日 |')
            out.removed.append(Removed(ln.no, text[-1], "markup"))
            text = text[:-1].rstrip()
            ln = ln.with_text(text)
        if "页共" in text and (marks := list(_PAGE_OF.finditer(text))):
            # a sharing site's page marks left inside a text it flattened ('第1页共4页某某方案为
            # 认真做好…'): the pages' furniture, the text goes on
            kept: list[str] = []
            at = 0
            for mark in marks:
                out.removed.append(Removed(ln.no, mark.group(0), "page_number"))
                kept.append(text[at : mark.start()])
                at = mark.end()
            text = "".join([*kept, text[at:]]).strip()
            ln = ln.with_text(text)
            if not text:
                out.lines.append(ln)
                continue
        if salt and (bits := _salt_bits(text, salt)):
            for bit in bits:
                out.removed.append(Removed(ln.no, bit.strip(), "anti_copy"))
                text = text.replace(bit, "", 1)
            text = text.strip()
            ln = ln.with_text(text)
            if not text:
                out.lines.append(ln)
                continue
        if anti_copy and (junk := _junk_run(text)):
            for bit in junk:
                out.removed.append(Removed(ln.no, bit.strip(), "anti_copy"))
            text = _ANTI_COPY.sub(lambda m: " " if _is_junk(m.group(0)) else m.group(0), text)
            text = text.strip()
            if len(text) > 1 and text[-1] in _JAMMER_MARKS and text[-2] in _STOPS:
                # the junk's first mark, run onto the sentence it followed ('…烟花爆竹。&')
                out.removed.append(Removed(ln.no, text[-1], "anti_copy"))
                text = text[:-1]
            ln = ln.with_text(text)
            if not text:
                out.lines.append(ln)
                continue
        # what a site ran onto the line's end: its advertisement, or a forum's random token
        ran_on, ran_why = "", ""
        if ad_tail and text.endswith(ad_tail):
            ran_on, ran_why = ad_tail, "advertisement"
        elif jammed and (token := _jammed_token(text)):
            ran_on, ran_why = token, "anti_copy"
        if ran_on:
            out.removed.append(Removed(ln.no, ran_on, ran_why))
            text = text[: -len(ran_on)].rstrip()
            ln = ln.with_text(text)
            if not text:
                out.lines.append(ln)
                continue
        if text.endswith("?") and (mark := _CLOSING_PLACEHOLDER.search(text)):
            # a question mark after a colon or a 文号 ('…各单位: ?', '琼府[2005]9号?'): no
            # question ends so, a mirror's mark for what it could not encode
            out.removed.append(Removed(ln.no, "?", "placeholder"))
            text = text[: mark.start()].rstrip()
            ln = ln.with_text(text)
        if (
            "??" in text
            or (
                "?" in text
                and PLACEHOLDER.search(text)
                and (placeholders or not (text.endswith("?") and text.count("?") == 1))
            )
            # (or one opening the line on a page that puts them for what it cannot encode:
            # '?亭選字第1號', its indent lost)
            or (placeholders and text[:1] == "?" and _LOST_OPENING.match(text))
        ):
            # a mirror's question marks where the page had spaces it could not encode
            # ('第一章?總?則', '甘肅省人民政府????????'): spaces again, each run recorded
            for run in PLACEHOLDER.finditer(text):
                out.removed.append(Removed(ln.no, run.group(0), "placeholder"))
            text = PLACEHOLDER.sub(" ", text).strip()
            if text.startswith("?") and (lost := _LOST_OPENING.match(text)):
                # the marks a line opened with, lost ('??2017年1月5日在…会议上', a dash; '??'
                # before a paragraph, its indent)
                out.removed.append(Removed(ln.no, lost.group(0).strip(), "placeholder"))
                text = text[lost.end() :]
            ln = ln.with_text(text)
        if "▓" in text or "█" in text:
            # a mirror's blocks strewn between the characters of a line ('…等5个制度的▓通知'): no
            # character of the text, each run recorded
            for run in _BLOCKS.finditer(text):
                out.removed.append(Removed(ln.no, run.group(0), "anti_copy"))
            text = _BLOCKS.sub("", text)
            ln = ln.with_text(text)
        if ("(" in text or "（" in text) and _PINYIN.search(text):
            # first: a label or a site's line is known by its words, not by the readings a
            # mirror put inside them ('發(fā)文單位')
            for reading in _PINYIN.finditer(text):
                out.removed.append(Removed(ln.no, reading.group(0), "pinyin"))
            text = _PINYIN.sub("", text)
            ln = ln.with_text(text)
        if in_head and text.endswith(_COPY_LINK) and len(text) > len(_COPY_LINK):
            # a forum thread's title and its button to copy its link ('[某区]某某的批复
            # [复制链接]'): the button and the board's tag before the title are the forum's
            out.removed.append(Removed(ln.no, _COPY_LINK, "page_tools"))
            text = text[: -len(_COPY_LINK)].rstrip()
            if board := _BOARD_TAG.match(text):
                out.removed.append(Removed(ln.no, board.group(0).strip(), "site_navigation"))
                text = text[board.end() :]
            ln = ln.with_text(text)
        if stamped and text.startswith(stamped) and len(text) > len(stamped):
            out.removed.append(Removed(ln.no, stamped, "gambling_ad"))
            text = text[len(stamped) :].lstrip()
            if _stood_for_place(text):
                text = "*" + text  # (before an organ's name it stood for its place: masked)
            ln = ln.with_text(text)
        if _gambling_core(text):
            ads = [ad.group(0) for ad in _GAMBLING.finditer(text)]
            out.removed.extend(Removed(ln.no, ad, "gambling_ad") for ad in ads)
            # an advertisement that stands where a place's name stood ('发布机构:…下载市人民
            # 政府办公室'): '*' marks the name lost, as a page masks one, so that no name is
            # read without its place
            ended = bool(ads) and text.rstrip().endswith(ads[-1])
            text = _GAMBLING.sub(_masked_place, text).strip()
            if ended and text.endswith(_TAG_SEPARATORS):
                # the separator a headline printed before the advertisement it ended with
                # ('某某工作总结-ag某某娱乐'): the advertisement's
                out.removed.append(Removed(ln.no, text[-1], "gambling_ad"))
                text = text[:-1].rstrip()
            if home := _HOME_LINKS.match(text):
                out.removed.append(Removed(ln.no, home.group(0).strip(), "site_navigation"))
                text = text[home.end() :]
            ln = ln.with_text(text)
            if not text:
                out.lines.append(ln)  # (the advertisement was the whole line)
                continue
        if (
            in_head
            and text[:2] == "原创"
            and _ORIGINAL_TAG.match((raw or {}).get(ln.no, "").lstrip())
        ):
            # (told by the space the reader's line printed after it, which the cleaned line
            # has lost between two ideographs: '原创人员' opens a sentence)
            out.removed.append(Removed(ln.no, "原创", "page_metadata"))
            text = text[2:].lstrip()
            ln = ln.with_text(text)
        why = _is_noise(text) if (in_head or i >= tail_start or _markup(text)) else None
        if why is None and card and text[:1] in "-•" and len(text) <= 14:
            why = "site_navigation"  # the card's value under its label: '- 215044', '- 个'
        card = why == "site_navigation" and (card or _FORUM_CARD.fullmatch(text) is not None)
        if why is None and i >= tail_start and text[:2] == "附件" and _links_again(text, texts[:i]):
            # the page's links to the attached files, under the signature, naming again the
            # files its 附件 lines listed above ('附件1:某某表.xls 附件2:某某表.xls')
            why = "site_navigation"
        if (
            why == "byline"
            and doc_lines == 0
            and text[:1] == "原"
            and _ORIGINAL_TITLE.match(text)
            and not out.meta.get("title")
            and (original := _ORIGINAL_LABEL.match(text))
        ):
            # a repost's '原标题:…' over a page that printed no headline of its own above it:
            # the only title the page gives, its label the site's
            out.removed.append(Removed(ln.no, original.group(0).strip(), "byline"))
            text = text[original.end() :]
            ln = ln.with_text(text)
            why = None
        if (
            why is None
            and in_head
            and text.isdecimal()
            and len(text) <= 6
            and (above := _previous_text(texts, i)) is not None
            and above.endswith(_SHARE_ENDS)
        ):
            why = "page_tools"  # the count of shares under a share button: '…打印本页 分享' / '0'
        if why == "page_tools" and "星期" in text and (clock := _NAMED_CLOCK.fullmatch(text)):
            # (the government whose site it is, kept: a place's report it publishes is its own)
            site = clock.group("site")
            if site.endswith("人民政府"):
                out.meta.setdefault("site", site)
        if why == "site_navigation" and in_head and (crumb := _last_crumb(text)):
            out.meta.setdefault("crumb_title", crumb)  # (the page's title, where none is printed)
        if seo and why is None and in_head and _seo_line(text):
            why = "spam_keywords"  # a hijacked site's keywords for search engines, over the page
        if (
            why in ("byline", "site_navigation")
            and in_head
            and (pairs := metadata_pairs(text)) is not None
            and len(pairs) > 1
            and (
                # (a row that ends like a site's name: every label the record's)
                all(label in LABELS for label, _v in pairs)
                if why == "site_navigation"
                else "|" in text
                or "｜" in text
                or any(LABELS.get(label) in _RECORD_KEYS for label, _v in pairs)
            )
        ):
            # a record's row that opens with a byline's label ('来源: | 某局 | 发布机构: |
            # 某局 |', '发布日期: 2018-04-28 文号: 某府办函[2018]37号 关键词: …'), or that ends
            # like a site's name ('发布机构 某市人民政府网站 公开形式 网站'): its pairs are the
            # page's metadata
            for label, value in pairs:
                _record_meta(out.meta, label, value)
            why = "page_metadata"
        if (
            why == "site_navigation"
            and text[:1] in _FIELD_BULLETS
            and (below := _next_text(texts, i)) is not None
            and _SPEECH_BELOW.match(below[1])
        ):
            why = None  # a title in a bulleted head, over the meeting it was read at
        if (
            why == "site_navigation"
            and pending_label is not None
            and text[:1] in _FIELD_BULLETS
            and _value_fits(pending_label[1], text[1:].strip())
        ):
            why = None  # the value of a bulleted record's label, not an item of a menu
        if (
            why == "site_navigation"
            and i == nonblank[0]
            and text.endswith("解读")
            and _READING_LINK.fullmatch(text)
        ):
            # the reading's own headline, the page's first line ('《…的批复》解读' over its
            # report): the page is the reading, no link to one
            why = None
        if (
            why == "byline"
            and text.endswith((":", "："))
            and _EMPTY_SOURCE.fullmatch(text)
            and (below := _next_text(texts, i)) is not None
            and _source_named(below[1])
        ):
            value_rows.add(below[0])  # the byline's source on the line under its label
        if (
            why == "site_navigation"
            and text.rstrip(":：") in _LINK_BOXES
            and any("。" in t for t in texts[:i])
        ):
            # a box of links to other items under the text ('相关阅读' / a headline / its
            # outlet and day / …): its lines are the site's, down to the next paragraph
            menu_rows.update(_links_below(texts, i))
        if why == "site_navigation" and text.endswith((":", "：")) and _PLACE_LABEL.fullmatch(text):
            # the breadcrumb under its label a crumb a line ('首页' / '/ 政务公开' / '/ 价格管理')
            menu_rows.update(_crumbs_below(texts, i))
        if (
            why == "site_navigation"
            and text.endswith((":", "："))
            and _PLACE_LABEL.fullmatch(text)
            and (below := _next_text(texts, i)) is not None
            and len(below[1]) <= 24
            and title_end(below[1]) is None
            and (title := _next_text(texts, below[0])) is not None
            and title_end(title[1]) is not None
        ):
            # the breadcrumb's label alone, its section under it ('您的当前位置:' / '省人大颁布的
            # 地方法规'), then the document's title: the section is the site's
            menu_rows.add(below[0])
        if (
            why is None
            and in_head
            and "_" in text
            and (tag := _PAGE_TITLE_TAG.fullmatch(text))
            and _printed_below(texts, i, tag.group("title"), whole=True)
        ):
            why = "site_navigation"  # the page's title tag, 'T_栏目', over the title T itself
        if (
            why is None
            and in_head
            and " - " in text
            and (tag := _SITE_TITLE_TAG.fullmatch(text))
            and _printed_below(texts, i, tag.group("title"), whole=False)
        ):
            # the page's title tag, '某某网站 - T' (T cut where the tag ends), over T itself
            why = "site_navigation"
        if (
            why is None
            and in_head
            and "-" in text[:32]
            and (tag := _ORGAN_DASH_TITLE.fullmatch(text))
            and _ORGAN_ITEM.search(tag.group("site"))
            and _printed_below(texts, i, tag.group("title"), whole=True)
        ):
            # the same, the site's organ and a hyphen before T ('某县人民政府-T'), over T whole
            why = "site_navigation"
        if why == "page_tools" and _FONT_LABEL.fullmatch(text):
            # the font buttons under their label, one a line ('字体：' / '[大]' / '[中]' / '[小]')
            tool_rows.update(_run_below(texts, i, _FONT_SIZE))
        elif why == "page_tools" and _SHARE_LABEL.fullmatch(text):
            # the sharing panel's buttons under its label ('分享:' / 'X', its close button)
            tool_rows.update(_run_below(texts, i, _SHARE_BUTTON))
        if (
            why == "byline"
            and _EMPTY_SOURCE.fullmatch(text)
            and (below := _next_text(texts, i)) is not None
            and _PRESS.fullmatch(below[1])
        ):
            value_rows.add(below[0])  # the source a newspaper, on the line under its label
        if i in teaser:
            why = "byline"  # a post's teaser over the document, in the site's words
        if i in tool_rows:
            why = "page_tools"
        if i in value_rows:
            why = "page_metadata"
        elif i in menu_rows:
            why = "site_navigation"  # a site's menu, a word or two a line, over everything
        elif why is None and i in channels:
            why = "site_navigation"  # an item of a menu of channels (its tools keep their why)
        elif (
            why is None
            and (in_head or i >= tail_start)
            and (table := _label_row(body, i, text, raw))
        ):
            # the page's metadata table with its labels in a row (at its top or under the
            # text): the pairs are the page's metadata, the rows of values its record too
            cells, rows = table
            for label, value in cells:
                _record_meta(out.meta, label, value)
            value_rows.update(range(i + 1, i + 1 + rows))
            why = "page_metadata"
        if (
            why is None
            and in_head
            and 2 <= len(text) <= 4
            and _HAN_ONLY.fullmatch(text)
            and (nxt := next((t for t in texts[i + 1 : i + 4] if t.strip()), None))
            and _NEWS_CREDIT.match(nxt.strip())
        ):
            why = "byline"  # a reporter's name under the headline, over '本网讯(…)…'
        if why is None and in_head and text[:1] == "第" and (piece := _FIRST_PIECE.match(text)):
            # an essay site's collection: '第一篇:' and the page's headline again, over the
            # piece it copied; and its blurb ('简介:…小编为你整理了多篇相关的《…》')
            first = next((t.strip() for t in texts if t.strip()), "")
            if piece.group("name").strip() == first:
                why = "site_navigation"
        if (
            why is None
            and in_head
            and text.endswith((",", "，"))
            and len(text) <= 80
            and _wiki_outline(text, texts)
        ):
            # an encyclopedia's outline of its entry: the headline, then its sections, each
            # after a comma ('某某办法,相关情况,')
            why = "site_navigation"
        if why is None and in_head and text.startswith("简介") and "整理了" in text:
            why = "site_navigation"
        if why is None and in_head and "小编" in text and EDITOR_LEAD.search(text):
            # an essay site's lead over what it copied ('以下是小编为您带来的…,欢迎阅读!')
            why = "site_navigation"
        if (
            why is None
            and in_head
            and text[:1] in _SHARING_OPENERS
            and _UPLOADER.fullmatch(text)
            and (nxt := next((t for t in texts[i + 1 : i + 3] if t.strip()), None))
            and _SHARING_RECORD.fullmatch(nxt.strip())
        ):
            why = "site_navigation"  # who uploaded the document, over its upload's age

        if why is None and i >= footer and len(text) <= 120 and not _QUOTING_SENTENCE.search(text):
            why = "site_footer"
            if owner := _SITE_OWNER_LINE.match(text):
                # who runs the site ('主办单位: 某局', '某局版权所有'): kept, an unsigned text of
                # its own may be that organ's
                out.meta.setdefault("site_owner", (owner.group("a") or owner.group("b")).strip())
            if doc_lines == 0 or i <= nonblank[min(3, len(nonblank) - 1)]:
                # a footer's line printed above the text (a page that opens with its
                # copyright, its address a line between): that line alone; the footer starts
                # at the next one, if any
                footer = next(
                    (j for j in range(i + 1, len(body)) if _FOOTER.search(texts[j])), len(body)
                )
        if (
            why is None
            and in_head
            and text[:1] in _FIELD_BULLETS
            and _bulleted_number(texts, i, text)
        ):
            # a record's values listed without their labels ('• 736916953/2024-000372', '•
            # 2024-01-10', '• 五政办规〔2024〕1号'): a whole 文号 among them is the number
            out.meta.setdefault("doc_number", text[1:].strip())
            why = "page_metadata"
        if why is None and in_head and doc_lines == 0 and _site_contact(texts, i, text):
            why = "page_metadata"  # the site's service line over the page: '咨询电话' / '0719-…'
        if why is None and in_head and doc_lines == 0 and _SERVICE_LINK.fullmatch(text):
            why = "site_navigation"  # a link to a service of the site: '网上缴费平台'
        if why is None and in_head and text[:1].isascii() and _SITE_NOTE.match(text):
            why = "site_note"  # a law database's note on the text: 'USHUI.NET®提示:…继续有效。'
        if (
            why is None
            and in_head
            and doc_lines == 0
            and text.endswith(_DOC_FILE_ENDS)
            and _DOC_FILE_NAME.fullmatch(text)
            and _titled_below(texts, i, text.rsplit(".", 1)[0])
        ):
            # the link to the document's file over its text, the title printed under it ('《某
            # 某办法》(市政府189号令).doc' / '某某办法'): the site's (where it is the only title
            # the page gives, it is kept; an attachment's file under the text is the document's)
            why = "site_navigation"
        if why is None and doc_lines == 0 and len(text) <= 6 and _SHORT_SITE.fullmatch(text):
            why = "site_navigation"  # a site's short name over everything: '吉网'
        if (
            why is None
            and in_head
            and text.endswith(("|", "｜"))
            and (below := _next_text(texts, i)) is not None
            and _organ_links(text[:-1].strip(), below[1].strip())
        ):
            # a bar of links to other organs' sites, a link a line, its bar left after the
            # first ('某省教育厅  |' / '中华人民共和国教育部'): the site's, no issuer over the title
            menu_rows.add(below[0])
            why = "site_navigation"
        if (
            why is None
            and in_head
            and len(text) <= 12
            and out.removed
            and out.removed[-1].why == "page_metadata"
            and out.removed[-1].line == ln.no - 1
            and _is_place_tag(text)
        ):
            why = "page_metadata"  # the place an article site files the item under, by its date
        if (
            why is None
            and in_head
            and ("首页" in text or ">" in text)
            and (
                _crumbs_over_title(text, below := _next_text(texts, i))
                or (below is not None and _crumbs_over_title(text, _next_text(texts, below[0])))
            )
        ):
            why = "site_navigation"  # a breadcrumb ending in the title printed under it
        if (
            why is None
            and in_head
            and text[:2] in ("时间", "核心", "内容", "导读")
            and (_SITE_TIME.fullmatch(text) or _SUMMARY_LABEL.fullmatch(text))
        ):
            # a news site's time of posting ('时间: 2023-02-21') or the label of its summary
            # ('核心提示:'), whose paragraph under it the text prints again
            why = "byline" if text[:2] == "时间" else "page_metadata"
            summary = _next_text(texts, i) if why == "page_metadata" else None
            if summary is not None and _printed_again(texts, summary):
                # the summary and its copies right under it; the text keeps its own, later
                j, line = summary
                while j < len(texts) and texts[j].strip() in (line, ""):
                    value_rows.add(j)
                    j += 1
        if (
            why is None
            and nonblank
            and i > nonblank[0]
            and text.endswith(("公报", "公報"))
            and _GAZETTE_NAME.fullmatch(text)
            and (below := _next_text(texts, i)) is not None
            and _ISSUE_OF_YEAR.fullmatch(below[1].strip())
        ):
            # a journal database's source under the text it stores: the gazette's name and
            # its issue ('某省人民政府公报' / '2000年4期'), not a title
            why = "page_metadata"
            value_rows.add(below[0])
        if why is None and in_head and text.startswith("导语") and _SITE_LEAD.match(text):
            why = "page_metadata"  # a news site's lead over the document ('导语 为…,详情如下。')
        if why is None and in_head and "提示" in text[:10] and _VALIDITY_NOTE.match(text):
            why = "page_metadata"  # a law database's note of the text's validity
        if why is None and in_head and len(text) <= 12 and _LOGIN.fullmatch(text):
            why = "site_navigation"  # a site's sign-in links: '登录/注册'
        elif (
            why is None
            and in_head
            and len(text) <= 12
            and (below := _next_text(texts, i)) is not None
            and len(below[1]) <= 12
            and _LOGIN.fullmatch(below[1])
            and title_end(text) is None
        ):
            why = "site_navigation"  # the site's banner over its sign-in links: '开启全网商机'
        if why is None and in_head and text.startswith("社会主义核心价值观"):
            why = "site_navigation"  # the banner of the core values many sites carry
        if why is None and in_head and text[:1].isdecimal():
            if (stamp := _STAMP.match(text)) or (
                pending_label is None and (stamp := _STAMP_WORDS.match(text))
            ):
                out.meta.setdefault("published", stamp.group(1))
                why = "page_metadata"
            elif _STAMP_YEAR_LAST.match(text):
                why = "page_metadata"
        if why is None and in_head and "·" in text and _AUTHOR_STAMP.match(text):
            # an author's name and a stamp under a headline: '联合创作 · 2020-06-01 00:00' (a
            # content farm's, often before the document's own date: no day of posting read)
            why = "byline"
        if (
            why is None
            and i == nonblank[-1]
            and pending_label is not None
            and len(nonblank) >= 2
            and pending_label[0] == nonblank[-2]  # (the label on the line above it)
            and len(text) <= 40
            and _value_fits(pending_label[1], text)
        ):
            # the value of the site's tag under the text (below), the page's last line
            _record_meta(out.meta, pending_label[1], text)
            why = "page_metadata"
        elif (
            why is None
            and i >= tail_start
            and text.endswith((":", "："))
            and (alone := _LINE_LABEL.fullmatch(text)) is not None
            and LABELS.get(_squash(alone.group("label"))) == "topic"
            and (below := _next_text(texts, i)) is not None
            and below[0] == nonblank[-1]
        ):
            # a site's topic tag under the text, its value on the page's last line ('所属专题:' /
            # '某市第二次经济普查'): the page's, not the text's (nor a signer)
            pending_label = (i, _squash(alone.group("label")))
            why = "page_metadata"
        if why is None and in_head:
            # (a value listed under a bullet, as its label is: '• [ 发布机构 ]' / '• 某县财政局')
            value = text[1:].strip() if text[:1] in _FIELD_BULLETS else text
            if (
                pending_label is not None
                and not _LINE_LABEL.match(value)
                and len(value) <= 80
                and _value_fits(pending_label[1], value)
            ):
                # the value of a label printed alone on the line above
                _record_meta(out.meta, pending_label[1], value)
                pending_label = None
                why = "page_metadata"
            elif (
                pairs := metadata_pairs(text) or _spaced_field(text, (raw or {}).get(ln.no))
            ) is not None and (
                doc_lines <= 2
                or len(pairs) > 1
                or LABELS.get(pairs[0][0]) not in WEAK
                or text[:1] in _FIELD_BULLETS  # a site's list of fields: '• 中文名:…'
                or _record_below(texts, i)
                or (
                    # a label alone over its value, the record's next field under that:
                    # '名称：' / '关于…的通知' / '索引号：…'
                    not pairs[-1][1]
                    and (under := _next_text(texts, i)) is not None
                    and _record_below(texts, under[0])
                )
            ):
                for label, value in pairs:
                    _record_meta(out.meta, label, value)
                    if label == "发布日期" and text.lstrip()[:1] == "【" and value:
                        # a law database's record ('【发文字号】…', '【发布日期】…',
                        # '【实施日期】…'): the day the document was issued, not the page's
                        out.meta.setdefault("date", value)
                last_label, last_value = pairs[-1]
                waits = not last_value and LABELS.get(last_label) != "summary"
                pending_label = (i, last_label) if waits else None
                why = "page_metadata"
            elif (
                in_table
                and (glued := _GLUED_LABELS.match(text))
                # (a title's row runs long: '名  称 某某办公室转发《…》《…》和《…》的通知')
                and (len(text) <= 80 or LABELS.get(_squash(glued.group("label"))) == "title")
                and len(text) <= 200
            ):
                # a row of the table whose label the spaces were closed up around
                # ('标   题 某某报告' read as '标题某某报告'): under another row, still a row
                _record_meta(out.meta, _squash(glued.group("label")), text[glued.end() :])
                why = "page_metadata"
            elif in_table and _LINE_LABEL.fullmatch(text):
                why = "page_metadata"  # a row of the table left empty: its label alone
            elif in_table and text[:1] in _RECORD_BULLETS and _BULLETED_FIELD.fullmatch(text):
                # a wiki's box of facts, a field a bullet, under a field of a record's: each of
                # its fields the page's, those of no record's label too ('- 中文名:某某预案' /
                # '- 类型:应急预案')
                why = "page_metadata"
            elif "索引" in text[:6] and (index := _GLUED_INDEX.fullmatch(text)):
                # a record's index with its code run onto its label, no colon, on a line of
                # its own over the title ('监督索引号53233100655701000'): the page's
                _record_meta(out.meta, index.group("label"), index.group("code"))
                why = "page_metadata"
            elif text[:1] in _FIELD_BULLETS and (alone := _LINE_LABEL.fullmatch(text)):
                # a site's record as a bulleted list, each label alone over its value on the
                # next line ('• 发布机构' / '建水县人民政府办公室'), or left empty ('• 文号')
                pending_label = (i, _squash(alone.group("label")))
                why = "page_metadata"
        in_table = why == "page_metadata"
        if (
            why == "byline"
            and in_head
            and text.endswith((":", "："))
            and (alone := _LINE_LABEL.fullmatch(text)) is not None
            and LABELS.get(_squash(alone.group("label"))) in ("published", "date")
            and (below := _next_text(texts, i)) is not None
            and _DATE_ALONE.fullmatch(below[1]) is not None
        ):
            # a byline's date label alone ('发布日期:'), the date on the next line: the page's
            pending_label = (i, _squash(alone.group("label")))
        if why is not None:
            if why == "byline" and "信息来源" in text and (src := _BYLINE_SOURCE.search(text)):
                out.meta.setdefault("source", src.group("org"))  # '信息来源: 丽水市政府'
            elif why == "byline" and "来源" in text and (src := _PLAIN_SOURCE.search(text)):
                # a byline's plain '来源:' (a news item's as often as an organ's): kept apart
                out.meta.setdefault("byline_source", src.group("org"))
            if (
                why == "byline"
                and ("成文日期" in text or "发文日期" in text)
                and (pairs := metadata_pairs(text))
            ):
                # a record's row that opens like a byline ('发布日期: … 成文日期: …'): its
                # fields are the page's record
                for label, value in pairs:
                    _record_meta(out.meta, label, value)
            if why == "byline" and (posted := _POSTED_ON.search(text)):
                # the day the page was posted: no document's date, but a bound on it (a
                # date whose marks the page lost is read where only one reading precedes it)
                out.meta.setdefault("posted", "-".join(posted.groups()))
            if why == "byline" and text[:1] == "原" and (original := _ORIGINAL_LABEL.match(text)):
                # a repost's note of the headline it first ran under: the document's title
                # where its text prints none
                out.meta.setdefault("original_title", text[original.end() :].strip())
            out.removed.append(Removed(ln.no, text, why))
            out.lines.append(ln.with_text(""))
            continue
        pending_label = None
        doc_lines += 1
        if in_head and "】" in text and "令" in text and (span := _record_before_order(text)):
            # a law database's record run between the title and the order line ('…实施办法
            # 【发文字号】…【效力级别】地方政府规章辽宁省人民政府令(第231号)《…》业经…')
            start, end = span
            for label, value in _BRACKET_PAIR.findall(text[start:end]):
                _record_meta(out.meta, label, value.strip("• "))
            out.removed.append(Removed(ln.no, text[start:end].strip(), "page_metadata"))
            if before := text[:start].strip():
                out.lines.append(Line(ln.no, before, ln.page, ln.furniture, ln.continues))
            text = text[end:].strip()
            ln = ln.with_text(text)
        if in_head and "】" in text and (m := _GLUED_META.search(text)):
            # a law database's record run into the text: '…通知文章属性•【制定机关】…•【主题分类】
            # …正文…': the pairs are the page's metadata; the text goes on after 正文
            for label, value in _BRACKET_PAIR.findall(m.group(0)):
                if label == "字号" and "号" in value:
                    # a law record's 字号 is the 文号 ('【字号】某市人民政府令第103号')
                    label = "文号"
                _record_meta(out.meta, label, value.strip("• "))
            out.removed.append(Removed(ln.no, m.group(0).strip(), "page_metadata"))
            if before := text[: m.start()].strip():
                out.lines.append(Line(ln.no, before, ln.page, ln.furniture, ln.continues))
            text = text[m.end() :].strip()
            ln = ln.with_text(text)
        if text.endswith(("完)", "完）")) and (m := _NEWS_END.search(text)):
            out.removed.append(Removed(ln.no, m.group(0).strip(), "dateline"))
            text = text[: m.start()]
            ln = ln.with_text(text)
        if "日电" in text and (m := DATELINE.match(text)):  # a dateline ends '…日电'
            out.removed.append(Removed(ln.no, m.group(0).strip(), "dateline"))
            text = text[m.end() :]
            ln = ln.with_text(text)
        if text[:1] in "(（" and (m := _AUTHORIZED.match(text)):
            out.removed.append(Removed(ln.no, m.group(0).strip(), "dateline"))
            text = text[m.end() :]
            ln = ln.with_text(text)
        out.lines.append(ln)
    _section_over_breadcrumb(out)
    _account_over_follow(out)
    _lists_over_record(out)
    return out


#: one link to an attached file on a line of them: '附件2:某某明细表.xls'
_LABELLED_FILE = re.compile(
    r"\s*附件\s*\d{1,2}\s*[:：]\s*(?P<stem>\S.{2,100}?)\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar)(?=\s|$)",
    re.I,
)


def _links_again(text: str, above: list[str]) -> bool:
    """Whether ``text`` is two links or more to attached files and nothing else, each file
    named on a line above it (the list the links repeat: nothing of the text is lost)."""
    stems: list[str] = []
    at = 0
    while at < len(text) and (m := _LABELLED_FILE.match(text, at)):
        stems.append(m.group("stem").strip())
        at = m.end()
    if len(stems) < 2 or text[at:].strip():
        return False
    printed = "\n".join(above)
    return all(stem in printed for stem in stems)


#: a news site's lead about the page, on the line of its label
_SITE_LEAD = re.compile(r"导语\s*[:：]?\s*\S")
#: a law database's note on the text's validity since ('税谱®提示:根据2019年5月16日《…通知》
#: (…号)规定,继续有效')
_VALIDITY_NOTE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z]{1,8}®?提示\s*[:：].{0,160}?(?:继续有效|失效|废止|修订|修改|有效)[。.]?$"
)
#: the day a byline says the page was posted: '发布时间:2020-01-26', '日期:2015年05月15日'
_POSTED_ON = re.compile(
    r"(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})"
)
#: a news site's time of posting alone on its line: '时间: 2023-02-21'
_SITE_TIME = re.compile(
    r"时间\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    # (and the page's buttons for the text's size beside it: '时间:2017-11-08   大  中  小')
    r"(?:\s*大\s*中\s*小)?"
)
#: a news site's label over its summary of the page
_SUMMARY_LABEL = re.compile(r"(?:核心提示|内容提要|导读)\s*[:：]")


def _run_below(texts: list[str], i: int, item: re.Pattern[str]) -> list[int]:
    """The lines under line ``i`` that are each a whole ``item`` (a breadcrumb's crumbs, a
    tool's buttons), one a line, up to the first that is not."""
    out: list[int] = []
    at = i
    while (below := _next_text(texts, at)) is not None and item.fullmatch(below[1]):
        out.append(below[0])
        at = below[0]
    return out


def _wiki_outline(text: str, texts: list[str]) -> bool:
    """Whether ``text`` is the page's headline (its first line) and the names of its
    sections, comma after comma, short names only."""
    headline = next((t.strip() for t in texts if t.strip()), "")
    if len(headline) < 4 or not text.startswith(headline):
        return False
    sections = [p for p in re.split(r"[,，]", text[len(headline) :]) if p]
    return bool(sections) and all(2 <= len(p) <= 8 for p in sections)


#: a 索引号's value: the organ's code, then the year and the serial ('593440027/2017-00032',
#: '1262042378404828X7/2023-00008')
_INDEX_VALUE = re.compile(r"[0-9A-Z]{6,24}\s*/\s*(?:19|20)\d{2}\s*-\s*\d{3,6}")
#: a bullet a page's list puts before each value
_BULLETS = ("•", "·", "●", "◆", "▪")
#: a link to the article before or after, under a list's marks: '- ·上一篇文章:某某方案'
_LISTED_NEIGHBOUR = re.compile(r"[-•·●◆▪\s]{1,4}[上下]一篇(?:文章)?\s*[:：]")


def _glued_record(
    texts: list[str],
    nonblank: list[int],
    meta: dict[str, str],
    body: list[Line],
    raw: dict[int, str],
) -> set[int]:
    """A record over the text, a field a line, each label run onto its value: three lines in
    a row at least, the page's first. The pairs are the page's metadata. (``raw``: the lines
    as read, their spaces kept, by number.)"""
    rows: list[tuple[int, str, str]] = []
    # (the page's first lines, each a field; a record that puts colons or bars anywhere is
    # read by its labels' marks)
    for i in nonblank[:16]:
        line = without_readings(texts[i]).strip()
        glued = _GLUED_LABELS.match(line) if len(line) <= 60 else None
        printed = raw.get(body[i].no, texts[i]).strip()
        if glued is None or any(c in line or c in printed for c in ":：|｜\t \u3000"):
            break
        rows.append((i, _squash(glued.group("label")), line[glued.end() :].strip()))
    if len(rows) < 3 or any(_GLUED_LABELS.search(value) for _i, _label, value in rows):
        return set()
    for _i, label, value in rows:
        _record_meta(meta, label, value)
    return {i for i, _label, _value in rows}


def _bare_record(texts: list[str], nonblank: list[int], meta: dict[str, str]) -> set[int]:
    """A page's record printed as a list of its values, a bullet each, its labels lost
    ('• 593440027/2017-00032' / '• 某某街道办事处' / '• 工作,工作信息' / '• 2017-02-20' / …),
    known by the 索引号 it opens with: its rows (four at least). The 索引号 is recorded, and
    the one value that names an organ as its publisher; the dates are not (which is written,
    which posted, only the lost labels said)."""
    first = next((k for k in nonblank[:6] if texts[k].strip()[:1] in _BULLETS), None)
    if first is None:
        return set()
    value = texts[first].strip()[1:].strip()
    if not _INDEX_VALUE.fullmatch(value):
        return set()
    rows = []
    for k in nonblank[nonblank.index(first) : nonblank.index(first) + 10]:
        text = texts[k].strip()
        if text[:1] not in _BULLETS or len(text) > 40:
            break
        rows.append(k)
    if len(rows) < 4:
        return set()
    from gongbao.structure.organs import is_org

    _record_meta(meta, "索引号", value)
    organs = [v for k in rows[1:] if is_org(v := texts[k].strip()[1:].strip())]
    if len(organs) == 1:
        _record_meta(meta, "发布机构", organs[0])
    return set(rows)


#: a document's own line: a numbered item ('五、参加单位:…'), its 附件 label or a date alone
_DOCUMENT_LINE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*、|附\s*件|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$)"
)


def _text_goes_on(texts: list[str], i: int) -> bool:
    """Whether the document's own lines follow line ``i`` (its items, its 附件 line, its
    date): a footer has none under it."""
    return any(_DOCUMENT_LINE.match(t.strip()) for t in texts[i + 1 :])


def _links_below(texts: list[str], i: int) -> list[int]:
    """The lines of a box of links under its label: short, no sentence in them (a headline,
    an outlet and its day), up to the first line that is a paragraph."""
    out: list[int] = []
    at = i
    while (below := _next_text(texts, at)) is not None:
        k, text = below
        if len(text) > 40 or "。" in text or text.endswith(("：", ":")):
            break
        if _FOOTER.search(text):
            break  # the site's footer under the box: lines of their own why
        if _is_noise(text) is None:
            out.append(k)  # (a tool's line among them keeps its own why)
        at = k
    return out


def _crumbs_below(texts: list[str], i: int) -> list[int]:
    """A breadcrumb's crumbs under its label, a crumb a line, its arrows on lines of their own
    or before their crumbs ('首页' / '>' / '云南要闻'), and the last crumb printed again under
    it (the column's heading over the text)."""
    out: list[int] = []
    at, after_arrow, last = i, False, ""
    while (below := _next_text(texts, at)) is not None:
        k, text = below
        if text in _ARROWS:
            after_arrow = True
        elif _CRUMB.fullmatch(text) or (
            after_arrow and _CHANNEL_ITEM.fullmatch(text) and title_end(text) is None
        ):
            after_arrow, last = False, text.lstrip("/>»›＞ ")
        elif out and text == last:
            out.append(k)  # (the column's name again, over the text)
            break
        else:
            break
        out.append(k)
        at = k
    return out


def _printed_below(texts: list[str], i: int, title: str, whole: bool) -> bool:
    """Whether a line of the next fifteen prints ``title`` (``whole``: as the whole line, not
    as a record's value under its label; else the line opens with it, a tag having cut it)."""
    for k in range(i + 1, min(len(texts), i + 16)):
        line = texts[k].strip()
        if whole and line == title and not _LINE_LABEL.fullmatch(texts[k - 1].strip()):
            return True
        if not whole and line.startswith(title):
            return True
    return False


def _titled_below(texts: list[str], i: int, name: str) -> bool:
    """Whether a line of the next fifteen is a title the file's ``name`` holds."""
    bare = name.replace("《", "").replace("》", "")
    for k in range(i + 1, min(len(texts), i + 16)):
        line = texts[k].strip()
        if len(line) >= 6 and "." not in line and line in bare:
            return True
    return False


def _previous_text(texts: list[str], i: int) -> str | None:
    """The last line with text before line ``i`` (within three lines)."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if texts[j].strip():
            return texts[j].strip()
    return None


#: how a share button's line ends
_SHARE_ENDS = ("分享", "分享到", "分享:", "分享：")


def _next_text(texts: list[str], i: int) -> tuple[int, str] | None:
    """The next line with text after line ``i``, and where it is."""
    for j in range(i + 1, min(len(texts), i + 4)):
        if texts[j].strip():
            return j, texts[j].strip()
    return None


#: question marks a page put for the marks a line opened with (a dash, an indent)
#: (or before the box a mirror printed for a mark it lost: '??? □记者某某报道')
_LOST_OPENING = re.compile(
    r"\?{1,4}(?=[\u4e00-\u9fff\d“])|\?{2,4}\s*(?=[□■])"
    # (or a long run of them: the spaces that set a signature or its date to the right)
    # (a space inside the run too, as a copy mixed its marks with spaces: '?????? ?某市人民政府')
    r"|\?{5,}(?:[ \u3000]+\?{1,4})?[ \u3000]*(?=[\u4e00-\u9fff\d])"
)
#: a mirror's question mark inside a line, where a character or a space was: '第一章?總?則'
_INNER_PLACEHOLDER = re.compile(r"\?\?|(?<=[\u4e00-\u9fff])\?(?=[\u4e00-\u9fff])")
#: a page's time of posting as a bullet of its byline: '• 2013年04月19日 00时00分'
_BULLET_TIME = re.compile(
    r"[•·]\s*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})\s*"
    r"(?:\d{1,2}时\d{1,2}分(?:\d{1,2}秒)?|\d{1,2}:\d{2}(?::\d{2})?)"
)
#: a server's error page and its signature, stored with the page: '404 Not Found',
#: 'nginx/1.18.0', 'ZJOL/1.24.96'
_SERVER_PAGE = re.compile(
    r"(?:\d{3}\s+)?(?:Not Found|Forbidden|Bad Gateway|Bad Request|Service Unavailable|"
    r"Gateway Time-?out|Internal Server Error)|"
    r"[A-Za-z][A-Za-z0-9_-]{1,20}/\d{1,3}(?:\.\d{1,4}){1,3}"
)
#: a breadcrumb's label alone on its line: '您的当前位置:'
_PLACE_LABEL = re.compile(r"(?:您的|您)?(?:当前|现在的?)?(?:所在)?位置(?:是)?\s*[:：]")
#: a page's title tag with the site's organ first and a hyphen: '某县人民政府-T'
_ORGAN_DASH_TITLE = re.compile(r"(?P<site>[\u4e00-\u9fff]{2,30}?)-(?P<title>\S.{7,})")
#: a page's title tag with the site's name first: '某某省发展和改革委员会 - T…'
_SITE_TITLE_TAG = re.compile(r"(?P<site>[^-_]{2,30}?)\s+[-–—]\s+(?P<title>\S.{7,})")
#: a font tool's label alone, its buttons on the lines under it
_FONT_LABEL = re.compile(r"[【\[]?\s*(?:字体|字号)\s*[:：]?\s*[【\[]?")
_FONT_SIZE = re.compile(
    r"[【\[]?\s*(?:大|中|小|默认|特大|较大|较小)?\s*[】\]]|[【\[]?(?:大|中|小|默认|特大)|[|｜]"
)
#: the buttons that set the font's size, by their letters: 'Aa', 'A A', 'A+ A A-'
_FONT_BUTTONS = re.compile(r"Aa|A[+-]?(?:\s*A[+-]?){1,2}|A[+-]")
#: a sharing panel's label, and its buttons one a line: the platforms, its close button
_SHARE_LABEL = re.compile(r"分享(?:到)?\s*[:：]?")
_SHARE_BUTTON = re.compile(r"[Xx×✕]|微信|微博|新浪微博|QQ空间|QQ好友|QQ|朋友圈|人人网|豆瓣")
#: a newspaper, a news site or a station named as a byline's source
_PRESS = re.compile(
    r"[\u4e00-\u9fff]{2,12}(?:日报|晚报|报|网|电视台|广播电视台|客户端|融媒体中心|新闻)"
)
#: a page's title tag: the document's title, then the site's sections after underscores
_PAGE_TITLE_TAG = re.compile(r"(?P<title>[^_]{4,150}?)(?:\s*_\s*[\u4e00-\u9fff]{2,16}){1,3}")
#: a crumb of a breadcrumb printed a line each: the home page, or a section after its mark
_CRUMB = re.compile(r"(?:首页|网站首页|[/>»›＞]\s*[\u4e00-\u9fff]{2,12})")
#: a byline's source label with its value on the next line: '来源:' / '某某县人民政府办公室'
_EMPTY_SOURCE = re.compile(r"(?:信息)?来源\s*[:：]")


def _source_named(text: str) -> bool:
    """An organ's name alone, as a byline's source names it."""
    from gongbao.structure.organs import is_org

    return len(text) <= 30 and is_org(text)


def _field_after_number(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A line that opens with a 文号 and goes on with a record's fields: the 文号 and the
    fields (no field label a sentence opens with)."""
    number = find_doc_number(text[:40])
    if number is None or not text.startswith(number) or metadata_pairs(text) is not None:
        return None  # (a row that opens with its label is the record's whole: '文号…发布机构…')
    pairs = metadata_pairs(text[len(number) :])
    if not pairs or any(LABELS.get(label) in WEAK for label, _v in pairs):
        return None
    return number, pairs


def _record_after_title(text: str) -> tuple[str, list[tuple[str, str]], str] | None:
    """A title with a record's fields run onto it, the first the organ that made it: the title,
    the fields, and the text after them (from the site's mark of it, '全文', or the first
    sentence's opening: none of a field's values runs on into a sentence)."""
    m = _TITLE_THEN_ORGAN_FIELD.match(text)
    if m is None:
        return None
    after = text[m.end() :]
    end = _RECORD_END.search(after)
    fields = after[: end.start()] if end else after
    if (pairs := metadata_pairs(fields)) is None or len(pairs) < 2:
        return None
    return m.group(0), pairs, after[len(fields) :]


#: where a record run on into the text ends: the site's mark of the text, or a sentence that
#: cites the grounds of the text ('全文 根据《…》,…')
_RECORD_END = re.compile(
    r"\s(?:全文|正文)(?=\s|根据|按照|为)|\s(?=根据|按照|为了?[^，。]{2,30}[，,])"
)
#: the site's mark before the text: '全文', '正文'
_TEXT_MARK = re.compile(r"\s*(?:全文|正文)\s*")


#: a title ending in its kind, then the label of the organ that made it
_TITLE_THEN_ORGAN_FIELD = re.compile(
    r"[^，。：:]{6,120}?(?:决定|决议|通知|条例|办法|规定|细则|意见|公告|通告|批复)"
    r"(?=(?:制定机关|发布机关|发文机关|公布机关)\s*[:：])"
)


def _column_over_tools(text: str) -> bool:
    """A column's name (a few words that name no kind of document) and the page's tools after
    it, nothing else: '县政府文件 字体(    )  打印'."""
    at = min((k for k in (text.find("字体"), text.find("打印")) if k >= 0), default=-1)
    column, tools = text[:at].strip(), text[at:]
    return (
        0 < len(column) <= 12
        and title_end(column) is None
        and _HAN_ONLY.fullmatch(column) is not None
        and _TOOLS_ONLY.fullmatch(tools) is not None
    )


def _crumbs_over_title(text: str, below: tuple[int, str] | None) -> bool:
    """A site's breadcrumb that ends in the document's title, the title printed under it (on the
    next line, or under the column's name): '乡村研究数据库 > 地方政策 > 某某的实施意见', 'EHS中国
    法规首页 某某的通知' — the site's path, not a title with words before it."""
    if below is None or len(below[1]) < 8:
        return False
    line, title = re.sub(r"\s+", "", text), re.sub(r"\s+", "", below[1])
    crumbs = line[: -len(title)] if line.endswith(title) else ""
    return 0 < len(crumbs) <= 30 and ("首页" in crumbs or ">" in crumbs)


def _record_below(texts: list[str], i: int) -> bool:
    """Whether the line under line ``i`` is a record's field no sentence opens with ('发文文号:
    …' under '发文标题: …'): a label that may open a sentence is the record's first row there,
    however deep a site's menus put the record."""
    below = _next_text(texts, i)
    pairs = metadata_pairs(below[1]) if below is not None else None
    return pairs is not None and len(pairs) > 0 and LABELS.get(pairs[0][0]) not in WEAK


def _printed_again(texts: list[str], at: tuple[int, str]) -> bool:
    """Whether the line at ``at`` is printed again, word for word, further down (past the
    copies right under it)."""
    j, line = at
    k = j + 1
    while k < len(texts) and texts[k].strip() in (line, ""):
        k += 1
    return len(line) >= 10 and any(t.strip() == line for t in texts[k : k + 80])


def _is_place_tag(text: str) -> bool:
    from gongbao.structure.places import is_place_name

    return is_place_name(text)


def _section_over_breadcrumb(out: Unwrapped) -> None:
    """A site's section named over (or under) its breadcrumb, which ends with it ('决议决定'
    over '当前位置: 首页 > 决议决定'): the section's heading is the site's, not the document's
    title."""
    crumbs = [r for r in out.removed[:8] if r.why == "site_navigation" and ">" in r.text]
    for r in crumbs:
        last = _CRUMB_ARROW.split(r.text.strip())[-1].strip()
        if not last:
            continue
        for k, ln in enumerate(out.lines):
            if ln.no > r.line + 3:
                break
            # (over the breadcrumb, or under it when it names a section, not the page's
            # document: '…> 政府文件 > 某某政发文件' / '某某政发文件')
            under = ln.no > r.line and len(last) <= 8
            if (ln.no < r.line or under) and ln.text.strip() == last and abs(r.line - ln.no) <= 3:
                out.removed.append(Removed(ln.no, last, "site_navigation"))
                out.removed.sort(key=lambda x: x.line)
                out.lines[k] = ln.with_text("")
                break


def _lists_over_record(out: Unwrapped) -> None:
    """A database's lists of links (its topics, its sections) over the record of the document
    it shows ('发文标题: …', '发文文号: …', …), the text under the record: nothing above a
    record that titles the document is the document's where every line there is a short link
    and none is a title."""
    record = [r for r in out.removed[:40] if r.why == "page_metadata"]
    titled = next(
        (
            r
            for r in record
            if (pairs := metadata_pairs(r.text)) and LABELS.get(pairs[0][0]) == "title"
        ),
        None,
    )
    if titled is None or sum(1 for r in record if r.line > titled.line) < 3:
        return
    above = [(k, ln) for k, ln in enumerate(out.lines) if ln.no < titled.line and ln.text.strip()]
    if len(above) < 3 or any(
        len(ln.text.strip()) > 30 or title_end(ln.text.strip()) is not None for _k, ln in above
    ):
        return
    for k, ln in above:
        out.removed.append(Removed(ln.no, ln.text.strip(), "site_navigation"))
        out.lines[k] = ln.with_text("")
    out.removed.sort(key=lambda x: x.line)


def _account_over_follow(out: Unwrapped) -> None:
    """A news account's name over its follow button ('珠海金湾' / '+ 订阅'): the page's byline,
    not the document's title."""
    follows = [r for r in out.removed[:12] if r.why == "page_tools" and _FOLLOW.search(r.text)]
    for r in follows:
        above = [(k, ln) for k, ln in enumerate(out.lines) if ln.no < r.line and ln.text.strip()]
        if not above:
            continue
        k, ln = above[-1]
        name = ln.text.strip()
        if r.line - ln.no <= 2 and len(name) <= 12 and _HAN_ONLY.fullmatch(name):
            out.removed.append(Removed(ln.no, name, "byline"))
            out.removed.sort(key=lambda x: x.line)
            out.lines[k] = ln.with_text("")


_FOLLOW = re.compile(r"订阅|关注")
