"""Examples of components/news_card.html."""

from component_fixtures import HOI_NGHI, NGAY_HOI, SITE


def check_in_a_list(root, soup):
    assert root.name == "article" and root["class"] == ["ct-news-card"]
    title = root.select_one("h3.ct-news-card__title a")  # h3 unless told
    assert title["href"] == f"{SITE}/{HOI_NGHI.url}" and title.get_text() == HOI_NGHI.title
    time = root.select_one(".ct-news-card__meta time")
    assert time["datetime"] == "2026-03-06T08:30:00+07:00" and time.get_text() == "06/03/2026"
    assert root.img is None and root.select_one(".ct-news-card__summary") is None


def check_category_page(root, soup):
    assert "ct-news-card--image" in root["class"] and root.select_one("h2.ct-news-card__title")
    img = root.select_one("img.ct-news-card__image")
    assert img["alt"] == "" and img["loading"] == "lazy"  # the title beside it says what it is
    assert img["src"].endswith("-240.jpg") and root.source["srcset"].endswith("-240.webp")
    assert root.select_one(".ct-news-card__summary").get_text() == "Hơn 400 người dân thôn Đông Sơn vui ngày hội."
    assert "Đại đoàn kết" in root.select_one(".ct-news-card__meta").get_text()


def check_lead(root, soup):
    assert "ct-news-card--lead" in root["class"]
    img = root.select_one("img.ct-news-card__image")
    assert img["fetchpriority"] == "high" and not img.get("loading") and "960w" in img["srcset"]


def check_no_photo(root, soup):
    assert "ct-news-card--image" not in root["class"] and root.img is None


def check_under_a_day_heading(root, soup):
    # The day's heading above says the date once: the card gives the category only.
    meta = root.select_one(".ct-news-card__meta")
    assert meta.time is None and meta.get_text().strip() == NGAY_HOI.category.name
    assert "/" not in root.get_text()


def check_under_a_day_heading_no_category(root, soup):
    assert root.select_one(".ct-news-card__meta") is None


def examples():
    listed = {"post": NGAY_HOI, "heading": "h2", "show_image": True, "show_summary": True, "show_category": True}
    return {
        "in a list": {"params": {"post": HOI_NGHI, "heading": None}, "check": check_in_a_list},
        "on a category page": {"params": listed, "check": check_category_page},
        "lead of Tin nổi bật": {"params": dict(listed, heading="h3", lead=True), "check": check_lead},
        "image asked, post has none": {"params": dict(listed, post=HOI_NGHI), "check": check_no_photo},
        "under a day heading": {"params": {"post": NGAY_HOI, "heading": "h3", "show_category": True, "hide_date": True},
                                "check": check_under_a_day_heading},
        "under a day heading, no category": {"params": {"post": HOI_NGHI, "hide_date": True},
                                             "check": check_under_a_day_heading_no_category},
    }
