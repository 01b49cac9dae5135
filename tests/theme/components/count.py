"""Examples of components/count.html."""


def check_posts(root, soup):
    assert root.name == "span" and root.get_text() == "(12 tin)"


def examples():
    return {"posts in a year": {"params": {"text": "12 tin"}, "check": check_posts}}
