"""Examples of components/archive_days.html."""

from component_fixtures import SITE


def check_day_page(root, soup):
    assert root.name == "ul"
    links = root.select("li > a")
    assert [a.get_text() for a in links] == ["05", "18"]
    assert links[0]["href"] == f"{SITE}/tin-da-dua/2024/03/05/"
    assert links[0]["aria-label"] == "Ngày 5/3/2024: 2 tin"  # a screen reader hears the date, not "05"
    assert [a.get("aria-current") for a in links] == [None, "page"]


def examples():
    days = [
        {"text": "05", "href": f"{SITE}/tin-da-dua/2024/03/05/", "label": "Ngày 5/3/2024: 2 tin", "current": False},
        {"text": "18", "href": f"{SITE}/tin-da-dua/2024/03/18/", "label": "Ngày 18/3/2024: 1 tin", "current": True},
    ]
    return {"on a day's page": {"params": {"days": days}, "check": check_day_page}}
