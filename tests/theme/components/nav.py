"""Examples of components/nav.html."""

from component_fixtures import SITE

ITEMS = [
    {"text": "Trang chủ", "href": f"{SITE}/", "current": ""},
    {"text": "Hoạt động Mặt trận", "href": f"{SITE}/chuyen-muc/hoat-dong-mat-tran/", "current": "true"},
    {"text": "Tin đã đưa", "href": f"{SITE}/tin-da-dua/", "current": ""},
]


def check_article_page(root, soup):
    assert root.name == "nav" and root["aria-label"] == "Chuyên mục"
    links = root.select("ul.ct-nav__list > li > a.ct-nav__link")
    assert [a.get_text() for a in links] == ["Trang chủ", "Hoạt động Mặt trận", "Tin đã đưa"]
    # an article belongs to its category: "true", not "page"
    assert [a.get("aria-current") for a in links] == [None, "true", None]


def check_home(root, soup):
    assert [a.get("aria-current") for a in root.select("a")] == ["page", None, None]


def examples():
    home = [dict(ITEMS[0], current="page"), dict(ITEMS[1], current=""), ITEMS[2]]
    return {
        "on an article": {"params": {"label": "Chuyên mục", "items": ITEMS}, "check": check_article_page},
        "on the home page": {"params": {"label": "Chuyên mục", "items": home}, "check": check_home},
    }
