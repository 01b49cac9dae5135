"""Examples of components/featured.html."""

from component_fixtures import HOI_NGHI, NGAY_HOI, TRAO_QUA

NESTS = ["news_card"]


def check_home(root, soup):
    assert root.name == "section"
    heading = root.select_one("h2.ct-section__title")
    assert root["aria-labelledby"] == heading["id"] and heading.get_text() == "Tin nổi bật"
    cards = root.select(".ct-featured__grid > article.ct-news-card")
    assert [c.h3.get_text() for c in cards] == [NGAY_HOI.title, TRAO_QUA.title, HOI_NGHI.title]
    assert "ct-news-card--lead" in cards[0]["class"] and not any("ct-news-card--lead" in c["class"] for c in cards[1:])
    assert [bool(c.select_one(".ct-news-card__summary")) for c in cards] == [True, False, False]
    assert all(c.select_one(".ct-news-card__meta").get_text().count("·") == 1 for c in cards)  # with the category


def examples():
    return {"home page": {"params": {"posts": [NGAY_HOI, TRAO_QUA, HOI_NGHI]}, "check": check_home}}
