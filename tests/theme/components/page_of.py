"""Examples of components/page_of.html."""


def check_second_page(root, soup):
    assert root.name == "span" and root.get_text() == "(trang 2/6)"


def examples():
    return {"second of six": {"params": {"page": 2, "pages": 6}, "check": check_second_page}}
