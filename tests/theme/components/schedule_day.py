"""Examples of components/schedule_day.html."""

from component_fixtures import work_day


def text(node):
    return " ".join(node.get_text(" ").split())


def check_home(root, soup):
    assert root.name == "section" and root["aria-labelledby"] == "vi-du"
    assert root.select_one("h3#vi-du").get_text() == "Thứ Ba, 15/09/2026"
    assert root.select_one("h3 time")["datetime"] == "2026-09-15"
    assert root.select_one(".ct-schedule-day__note").get_text() == "Cả ngày làm việc tại các thôn"
    assert [s.get_text() for s in root.select(".ct-schedule-day__session")] == ["Sáng", "Chiều"]
    times = [t["datetime"] for t in root.select(".ct-schedule-day__time time")]
    assert times == ["2026-09-15T08:00", "2026-09-15T14:00"]
    assert root.select(".ct-schedule-day__time")[1].get_text() == "14:00–16:30"
    assert text(root.select_one(".ct-schedule-day__place")) == "Địa điểm: Hội trường UBND xã"
    assert root.select(".ct-schedule-day__detail") == []  # details off in the home page form


def check_week_page(root, soup):
    assert root.select_one("h2#ngay-2026-09-15")
    assert [text(p) for p in root.select(".ct-schedule-day__detail")] == [
        "Chủ trì: Phó Chủ tịch Ủy ban MTTQ xã", "Thành phần: Trưởng Ban công tác Mặt trận thôn"]


def examples():
    return {
        "upcoming, on the home page": {"params": {"day": work_day(), "heading": "h3", "details": False, "id": "vi-du"},
                                       "check": check_home},
        "on the week's page, with details": {"params": {"day": work_day(), "heading": "h2", "details": True,
                                                        "id": "ngay-2026-09-15"}, "check": check_week_page},
    }
