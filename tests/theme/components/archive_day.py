"""Examples of components/archive_day.html."""

from component_fixtures import SITE, post, when

NESTS = ["count", "news_card"]

LATER = post("Họp Ban Thường trực chiều", "hop-ban-thuong-truc", when(5, 3, 2024, 15, 0))
EARLIER = post("Hội nghị hiệp thương sáng", "hoi-nghi-hiep-thuong", when(5, 3, 2024, 8, 0))


def check_on_a_month_page(root, soup):
    assert root.name == "section"
    heading = root.select_one("h2.ct-archive-day__title")
    assert heading["id"] == "ngay-05"  # what "Xem theo ngày" links to: #ngay-05
    assert " ".join(heading.get_text(" ").split()) == "Thứ Ba, 05/03/2024 (2 tin)"
    assert heading.a is None  # no day pages: nothing to link to
    titles = [a.get_text() for a in root.select("h3.ct-news-card__title a")]  # under the h2, in the given order
    assert titles == [LATER.title, EARLIER.title]
    assert root.select_one("a")["href"] == f"{SITE}/{LATER.url}"
    # the heading gives the day once; the cards do not repeat it
    assert root.select(".ct-news-card time") == [] and "05/03/2024" not in " ".join(
        card.get_text(" ") for card in root.select(".ct-news-card"))


def check_with_day_pages(root, soup):
    link = root.select_one("h2.ct-archive-day__title a")
    assert link["href"] == f"{SITE}/tin-da-dua/2024/03/05/" and link.get_text() == "Thứ Ba, 05/03/2024"
    assert len(root.select(".ct-news-card")) == 1


def examples():
    return {
        "on a month page": {"params": {"id": "ngay-05", "posts": [LATER, EARLIER], "href": ""},
                            "check": check_on_a_month_page},
        "a site that writes day pages": {"params": {"id": "ngay-05", "posts": [EARLIER],
                                                    "href": f"{SITE}/tin-da-dua/2024/03/05/"},
                                         "check": check_with_day_pages},
    }
