"""Examples of components/pager.html."""

from component_fixtures import HOI_NGHI, NGAY_HOI, SITE


def check_both(root, soup):
    assert root.name == "nav" and root["aria-label"] == "Bài trước và bài sau"
    prev, next_ = root.select_one("a[rel=prev]"), root.select_one("a[rel=next]")
    assert prev["href"] == f"{SITE}/{NGAY_HOI.url}" and "Bài trước" in prev.get_text()
    assert next_["href"] == f"{SITE}/{HOI_NGHI.url}" and next_.get_text().endswith(HOI_NGHI.title)


def check_oldest(root, soup):
    assert root.select_one("a[rel=prev]") is None and root.select_one("a[rel=next]")


def examples():
    return {
        "older and newer": {"params": {"prev": NGAY_HOI, "next": HOI_NGHI}, "check": check_both},
        "the oldest post": {"params": {"prev": None, "next": HOI_NGHI}, "check": check_oldest},
        "a single post": {"params": {"prev": None, "next": None}, "empty": True},
    }
