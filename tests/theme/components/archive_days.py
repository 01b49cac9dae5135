"""Examples of components/archive_days.html."""

from component_fixtures import SITE


def check_month_page(root, soup):
    assert root.name == "ul"
    links = root.select("li > a")
    assert [a.get_text() for a in links] == ["05", "18"]
    assert [a["href"] for a in links] == ["#ngay-05", "#ngay-18"]  # headings further down the same page
    assert links[0]["aria-label"] == "Ngày 5/3/2024: 2 tin"  # a screen reader hears the date, not "05"
    assert not root.select("[aria-current]")


def check_day_page(root, soup):
    links = root.select("li > a")
    assert links[0]["href"] == f"{SITE}/tin-da-dua/2024/03/05/"
    assert [a.get("aria-current") for a in links] == [None, "page"]


def examples():
    on_month = [
        {"text": "05", "href": "#ngay-05", "label": "Ngày 5/3/2024: 2 tin", "current": False},
        {"text": "18", "href": "#ngay-18", "label": "Ngày 18/3/2024: 1 tin", "current": False},
    ]
    on_day = [
        {"text": "05", "href": f"{SITE}/tin-da-dua/2024/03/05/", "label": "Ngày 5/3/2024: 2 tin", "current": False},
        {"text": "18", "href": f"{SITE}/tin-da-dua/2024/03/18/", "label": "Ngày 18/3/2024: 1 tin", "current": True},
    ]
    return {"on a month page": {"params": {"days": on_month}, "check": check_month_page},
            "on a day's page (a site that writes them)": {"params": {"days": on_day}, "check": check_day_page}}
