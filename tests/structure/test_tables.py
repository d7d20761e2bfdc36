"""Tables in the notations other extraction tools produce: Markdown pipes, HTML, and
tab-separated rows split over pages."""

from __future__ import annotations

import gongbao

NOTICE = """某区关于公布2025年重点项目的通知

(2025年3月1日)

某府发〔2025〕3号

各街道：

现将重点项目公布如下。

| 序号 | 项目名称 | 责任单位 |
|---|---|---|
| 1 | 滨江绿地 | 区绿化局 |
| 2 | 东区学校 | 区教育局 |

表2 资金安排

<table><tr><th>项目</th><th>金额（万元）</th></tr><tr><td>滨江绿地</td><td>1,200</td></tr>
<tr><td colspan="2">合计 1,200</td></tr></table>

表3 人员名单

姓名\t职务
张三\t科长；
\t副主任；

李四\t处长。
"""


def test_pipe_html_and_split_tables() -> None:
    issue = gongbao.parse_text(NOTICE)
    pipe, html, names = issue.tables
    assert pipe.columns == ["序号", "项目名称", "责任单位"]
    assert pipe.rows == [["1", "滨江绿地", "区绿化局"], ["2", "东区学校", "区教育局"]]
    assert html.caption == "表2资金安排"
    assert html.columns == ["项目", "金额（万元）"]
    assert html.rows == [["滨江绿地", "1,200"], ["合计1,200", ""]]
    assert names.caption == "表3人员名单"
    # a tab-led line continues the row above; the part after the blank line is the same table
    assert names.rows == [["张三", "科长；\n副主任；"], ["李四", "处长。"]]
    assert issue.problems == []
