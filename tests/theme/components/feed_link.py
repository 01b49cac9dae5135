"""Examples of components/feed_link.html."""

from component_fixtures import SITE

FEEDS = [
    {"href": f"{SITE}/feeds/chuyen-muc/dai-doan-ket.atom.xml", "type": "application/atom+xml", "title": "Atom"},
    {"href": f"{SITE}/feeds/chuyen-muc/dai-doan-ket.rss.xml", "type": "application/rss+xml", "title": "RSS"},
]


def check_category(root, soup):
    link = root.select_one("a.ct-feed-link__link")
    assert link["href"] == FEEDS[1]["href"] and link["type"] == "application/rss+xml"  # the RSS one
    assert link.get_text() == "Nhận tin chuyên mục Đại đoàn kết qua RSS"
    icon = link.svg
    assert icon["aria-hidden"] == "true" and icon["focusable"] == "false"


def examples():
    return {
        "a category's feeds": {"params": {"feeds": FEEDS, "label": "Nhận tin chuyên mục Đại đoàn kết qua RSS"},
                               "check": check_category},
        "feeds off": {"params": {"feeds": [], "label": "Nhận tin qua RSS"}, "empty": True},
    }
