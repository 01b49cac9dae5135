"""Examples of components/skip_link.html."""


def check_default(root, soup):
    assert root.name == "a" and root["href"] == "#main-content"
    assert root.get_text() == "Bỏ qua, đến nội dung chính"


def examples():
    return {"default": {"params": {}, "check": check_default}}
