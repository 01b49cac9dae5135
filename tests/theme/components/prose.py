"""Examples of components/prose.html."""


def check_markdown_html(root, soup):
    assert root.name == "div"
    assert root.h2.get_text() == "Kết quả" and root.select("table td")[0].get_text() == "320 suất"


def examples():
    content = "<h2>Kết quả</h2>\n<table><tr><th>Quà Tết</th></tr><tr><td>320 suất</td></tr></table>"
    return {"heading and table": {"params": {"content": content}, "check": check_markdown_html}}
