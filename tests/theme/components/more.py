"""Examples of components/more.html."""

from component_fixtures import SITE


def check_all_news(root, soup):
    assert root.name == "a" and root["href"] == f"{SITE}/tin-da-dua/"
    assert root.get_text() == "Xem tất cả tin đã đưa"


def examples():
    return {"all news": {"params": {"href": f"{SITE}/tin-da-dua/", "text": "Xem tất cả tin đã đưa"},
                         "check": check_all_news}}
