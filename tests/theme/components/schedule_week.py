"""Examples of components/schedule_week.html."""

import datetime as dt

from component_fixtures import SITE, work_day
from work_schedule.data import Week

NESTS = ["schedule_day"]
MONDAY = dt.date(2026, 9, 14)


def week(monday, url_pattern="", **extra):
    """A week as the work_schedule plugin hands it over, its url from WORK_SCHEDULE_WEEK_URL."""
    year, number, _ = monday.isocalendar()
    return Week(monday, f"lich-cong-tac/{year}-{number}.yml", 1, url=url_pattern.format(year=year, number=number),
                **extra)


def params(settings, shown, is_current):
    subscribe = settings["SITEURL"].replace("https://", "webcal://", 1) + "/" + settings["WORK_SCHEDULE_ICS_URL"]
    return {"week": shown, "monday": MONDAY, "sunday": MONDAY + dt.timedelta(days=6),
            "previous": week(MONDAY - dt.timedelta(days=7), settings["WORK_SCHEDULE_WEEK_URL"]), "next": None,
            "is_current": is_current,
            "archive_url": settings["WORK_SCHEDULE_ARCHIVE_URL"], "ics_url": settings["WORK_SCHEDULE_ICS_URL"],
            "subscribe_url": subscribe}


def text(node):
    return " ".join(node.get_text(" ").split())


def check_this_week(root, soup):
    assert text(root.select_one("h1.ct-schedule-week__title")) == "Lịch công tác tuần này (từ 14/09 đến 20/09/2026)"
    assert root.select_one(".ct-schedule-week__note").get_text() == "Lịch này thay giấy mời"
    days = root.select("section.ct-schedule-day")
    assert len(days) == 1 and days[0].select_one("h2#ngay-2026-09-15")  # days under the h1, with details
    assert days[0].select(".ct-schedule-day__detail")
    nav = root.select_one("nav.ct-schedule-week__nav[aria-label='Tuần trước và tuần sau']")
    assert [(a.get("rel"), a["href"]) for a in nav.select("a")] == [
        (["prev"], f"{SITE}/lich-cong-tac/2026/tuan-37/"), (None, f"{SITE}/lich-cong-tac/cac-tuan/")]
    assert text(nav.select_one("a[rel=prev]")) == "‹ Tuần trước (07/09 – 13/09/2026)"
    feed = root.select(".ct-schedule-week__feed a")
    assert feed[0]["href"] == "webcal://mttq-hoaphong.example.gov.vn/lich-cong-tac/lich-cong-tac.ics"
    assert feed[1]["href"] == f"{SITE}/lich-cong-tac/lich-cong-tac.ics" and feed[1]["type"] == "text/calendar"


def check_empty_week(root, soup):
    assert text(root.select_one("h1")) == "Lịch công tác tuần 38 (từ 14/09 đến 20/09/2026)"
    assert root.select_one(".ct-schedule-week__empty").get_text().startswith("Chưa có lịch công tác của tuần này.")
    assert not root.select(".ct-schedule-day, .ct-schedule-week__note")
    assert root.select_one("a[href$='/lich-cong-tac/cac-tuan/']")  # the way to other weeks stays


def examples():
    this_week = week(MONDAY, note="Lịch này thay giấy mời", days=[work_day()])
    return {
        "this week": {"params": lambda settings: params(settings, this_week, True), "check": check_this_week},
        "a week without a schedule": {"params": lambda settings: params(settings, None, False),
                                      "check": check_empty_week},
    }
