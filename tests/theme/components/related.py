"""Examples of components/related.html."""

from component_fixtures import HOI_NGHI, SITE, TRAO_QUA


def check_two(root, soup):
    assert root.name == "aside"
    heading = root.h2
    assert root["aria-labelledby"] == heading["id"] == "tin-lien-quan" and heading.get_text() == "Tin liên quan"
    items = root.select("ul.ct-related__list > li.ct-related__item")
    assert [li.select_one("a.ct-related__link").get_text() for li in items] == [TRAO_QUA.title, HOI_NGHI.title]
    assert items[0].select_one("a")["href"] == f"{SITE}/{TRAO_QUA.url}"
    assert "ct-related__item--image" in items[0]["class"] and items[1].img is None
    img = items[0].img
    assert img["alt"] == "" and img["loading"] == "lazy"
    assert items[0].time["datetime"] == "2025-01-20T08:30:00+07:00" and items[0].time.get_text() == "20/01/2025"


def examples():
    return {
        "two posts, one with a photo": {"params": {"posts": [TRAO_QUA, HOI_NGHI]}, "check": check_two},
        "plugin off": {"params": {"posts": None}, "empty": True},
    }
