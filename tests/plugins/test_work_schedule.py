"""Work schedule: weekly YAML files -> current week by the build date, week pages,
archive, home page block and an .ics feed read by two iCalendar libraries."""

import textwrap

import icalendar
import pytest
import vobject
from jinja2 import Environment, FileSystemLoader

from conftest import ROOT, post
from front_matter.rules import ContentError
from work_schedule.data import read_week

WEEK_37 = """\
week: 07/09/2026
days:
  - date: 07/09/2026
    items:
      - time: "07:30"
        title: Giao ban tuần 37
        place: Phòng họp
"""
WEEK_38 = """\
week: 14/09/2026
note: "Lịch này thay giấy mời"
days:
  - date: 15/09/2026
    items:
      - time: "14:00"
        end: "16:30"
        title: Kiểm tra nhà Đại đoàn kết
        place: Thôn Trạm Nhạn
        chair: Phó Chủ tịch Ủy ban MTTQ xã
        attendees: Trưởng Ban công tác Mặt trận thôn
        prepare: Văn phòng
      - time: "08:00"
        title: Tiếp xúc cử tri
        place: Hội trường UBND xã
  - date: 16/09/2026
    items:
      - time: "19:30"
        title: Sinh hoạt khu dân cư
  - date: 19/09/2026
    items:
      - time: "08:00"
        title: Ra quân vệ sinh môi trường
"""
WEEK_39 = """\
week: 21/09/2026
days:
  - date: 23/09/2026
    items:
      - time: "08:00"
        title: Hội nghị Ủy ban MTTQ xã sơ kết 9 tháng
"""
WEEKS = {"lich-cong-tac/2026-37.yml": WEEK_37, "lich-cong-tac/2026-38.yml": WEEK_38,
         "lich-cong-tac/2026-39.yml": WEEK_39}


def files(weeks):
    return {name: text.encode("utf-8") for name, text in weeks.items()}


def build(build_site, weeks=WEEKS, date="15/09/2026", **overrides):
    return build_site(posts={"2026/tin.md": post("Tin mới", date="10/09/2026 08:00")}, files=files(weeks),
                      PORTAL_BUILD_DATE=date, **overrides)


def text(node):
    return " ".join(node.get_text(" ").split())


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """One demo-like build shared by the read-only tests (build date Tuesday 15/09/2026)."""
    from conftest import Site, run_pelican

    root = tmp_path_factory.mktemp("schedule")
    content = root / "content"
    (content / "posts").mkdir(parents=True)
    (content / "posts" / "tin.md").write_text(post("Tin mới", date="10/09/2026 08:00"), encoding="utf-8")
    for name, data in files(WEEKS).items():
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_bytes(data)
    run_pelican(content, root / "output", PORTAL_BUILD_DATE="15/09/2026", CACHE_PATH=str(root / "cache"))
    return Site(root / "output", content)


# --- pages ------------------------------------------------------------------

def test_current_week_is_chosen_by_the_build_date(site):
    page = site.soup("lich-cong-tac/")
    title = text(page.select_one("main h1"))
    assert "tuần này" in title and "14/09" in title and "20/09/2026" in title
    days = [text(h) for h in page.select(".ct-schedule-day__title")]
    assert days == ["Thứ Ba, 15/09/2026", "Thứ Tư, 16/09/2026", "Thứ Bảy, 19/09/2026"]
    assert "Lịch này thay giấy mời" in text(page.select_one(".ct-schedule-week__note"))
    # items of a day in time order, grouped by session
    first_day = page.select(".ct-schedule-day")[0]
    assert [text(p) for p in first_day.select(".ct-schedule-day__session")] == ["Sáng", "Chiều"]
    assert [text(p) for p in first_day.select(".ct-schedule-day__what")] == ["Tiếp xúc cử tri", "Kiểm tra nhà Đại đoàn kết"]
    details = text(first_day.select(".ct-schedule-day__item")[1])
    assert "14:00 –16:30" in details or "14:00–16:30" in details.replace(" ", "")
    for words in ("Địa điểm: Thôn Trạm Nhạn", "Chủ trì: Phó Chủ tịch", "Thành phần: Trưởng Ban", "Chuẩn bị: Văn phòng"):
        assert words in details
    # readable at 360 px: a list per day, never a wide table
    assert page.select("main table") == []


def test_previous_and_next_week_links(site):
    page = site.soup("lich-cong-tac/")
    prev = page.select_one(".ct-schedule-week__nav a[rel=prev]")
    nxt = page.select_one(".ct-schedule-week__nav a[rel=next]")
    assert prev["href"] == "/lich-cong-tac/2026/tuan-37/" and "07/09" in text(prev)
    assert nxt["href"] == "/lich-cong-tac/2026/tuan-39/" and "21/09" in text(nxt)
    week37 = site.soup("lich-cong-tac/2026/tuan-37/")
    assert "Giao ban tuần 37" in text(week37.find("main"))
    assert week37.select_one("a[rel=prev]") is None
    assert week37.select_one("a[rel=next]")["href"] == "/lich-cong-tac/2026/tuan-38/"
    feed = page.select_one(".ct-schedule-week__feed")
    assert [a["href"] for a in feed.select("a")] == [
        "webcal://mttq-hoaphong.example.gov.vn/lich-cong-tac/lich-cong-tac.ics", "/lich-cong-tac/lich-cong-tac.ics"]


def test_archive_lists_every_week_newest_first(site):
    links = [a["href"] for a in site.soup("lich-cong-tac/cac-tuan/").select("main .ct-archive-months a")]
    assert links == ["/lich-cong-tac/2026/tuan-39/", "/lich-cong-tac/2026/tuan-38/", "/lich-cong-tac/2026/tuan-37/"]


def test_home_page_shows_today_and_the_coming_days(site):
    block = site.soup("").select_one("section[aria-labelledby=lich-cong-tac]")
    days = [text(h) for h in block.select(".ct-schedule-day__title")]
    assert days == ["Thứ Ba, 15/09/2026", "Thứ Tư, 16/09/2026"]  # 19/09 is beyond the 3 days shown
    assert block.select_one("a.ct-more")["href"] == "/lich-cong-tac/"


def test_schedule_pages_are_in_the_sitemap(site):
    sitemap = (site.output / "sitemap.xml").read_text(encoding="utf-8")
    for url in ("lich-cong-tac/", "lich-cong-tac/2026/tuan-38/", "lich-cong-tac/cac-tuan/"):
        assert f"/{url}</loc>" in sitemap


def test_a_week_without_a_file_says_so(build_site):
    site = build(build_site, weeks={"lich-cong-tac/2026-37.yml": WEEK_37}, date="30/09/2026")
    page = site.soup("lich-cong-tac/")
    assert "28/09" in text(page.select_one("main h1"))
    assert "Chưa có lịch công tác" in text(page.find("main"))
    assert page.select_one("a[rel=prev]")["href"] == "/lich-cong-tac/2026/tuan-37/"
    assert site.soup("").select_one("section[aria-labelledby=lich-cong-tac]") is None


# --- calendar feed ----------------------------------------------------------

def test_ics_is_read_by_icalendar_and_vobject(site):
    data = (site.output / "lich-cong-tac" / "lich-cong-tac.ics").read_bytes()
    cal = icalendar.Calendar.from_ical(data)
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    assert len(events) == 6
    visit = events["Kiểm tra nhà Đại đoàn kết"]
    start = visit.decoded("DTSTART")
    assert (start.isoformat(), str(start.tzinfo)) == ("2026-09-15T14:00:00+07:00", "Asia/Ho_Chi_Minh")
    assert visit.decoded("DTEND").isoformat() == "2026-09-15T16:30:00+07:00"
    assert str(visit["LOCATION"]) == "Thôn Trạm Nhạn"
    assert "Chủ trì: Phó Chủ tịch Ủy ban MTTQ xã" in str(visit["DESCRIPTION"])
    assert str(visit["URL"]) == "https://mttq-hoaphong.example.gov.vn/lich-cong-tac/2026/tuan-38/"
    uids = [str(e["UID"]) for e in cal.walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    assert str(visit["UID"]) == "lich-20260915-1400-kiem-tra-nha-dai-doan-ket@mttq-hoaphong.example.gov.vn"

    second = vobject.readOne(data.decode("utf-8"))
    by_uid = {e.uid.value: e for e in second.vevent_list}
    assert set(by_uid) == set(uids)
    evening = next(e for e in second.vevent_list if e.summary.value == "Sinh hoạt khu dân cư")
    assert evening.dtstart.value.isoformat() == "2026-09-16T19:30:00+07:00"


def test_ics_uids_and_bytes_are_stable_across_builds(build_site):
    first = build(build_site, name="a", date="15/09/2026")
    second = build(build_site, name="b", date="22/09/2026")
    one = (first.output / "lich-cong-tac" / "lich-cong-tac.ics").read_bytes()
    two = (second.output / "lich-cong-tac" / "lich-cong-tac.ics").read_bytes()
    assert one == two  # the build date and time never enter the file
    page = second.soup("lich-cong-tac/")
    assert "21/09" in text(page.select_one("main h1"))  # but the page follows the build date


# --- bad input --------------------------------------------------------------

def bad(build_site, weeks):
    with pytest.raises(ContentError) as err:
        build(build_site, weeks=weeks)
    return [str(p) for p in err.value.problems]


@pytest.mark.parametrize("broken, where, words", [
    (WEEK_38.replace("date: 16/09/2026", "date: 22/09/2026"), ":16: ", "không thuộc tuần 14/09/2026"),
    (WEEK_38.replace('"19:30"', '"25:00"'), ":18: ", "giờ «25:00» không hợp lệ"),
    (WEEK_38.replace("        title: Sinh hoạt khu dân cư\n", ""), ":18: ", "thiếu mục «title»"),
    (WEEK_38.replace("week: 14/09/2026", "week: 15/09/2026"), ":1: ", "phải là ngày Thứ Hai"),
    (WEEK_38.replace("place: Thôn Trạm Nhạn", "dia_diem: Thôn Trạm Nhạn"), ":9: ", "không có mục «dia_diem»"),
    (WEEK_38.replace('end: "16:30"', 'end: "13:00"'), ":7: ", "không sau giờ bắt đầu"),
    (WEEK_38.replace("days:", "days:\n  - date: [\n"), ":", "cú pháp YAML"),
    # a typed year: the schedule cannot have changed after the build date (15/09/2026)
    (WEEK_38.replace("week: 14/09/2026", "week: 14/09/2026\nmodified: 12/09/2062"), ":2: ", "sau ngày hôm nay (15/09/2026)"),
])
def test_bad_week_stops_the_build_with_file_line_and_fix(build_site, broken, where, words):
    problems = bad(build_site, {**WEEKS, "lich-cong-tac/2026-38.yml": broken})
    assert len(problems) == 1, problems
    assert f"2026-38.yml{where}" in problems[0] and words in problems[0]
    assert " — " in problems[0]  # followed by what to write instead


def test_two_files_for_one_week_are_both_named(build_site):
    problems = bad(build_site, {**WEEKS, "lich-cong-tac/tuan-38-sua.yml": WEEK_38})
    assert len(problems) == 2
    assert all("2026-38.yml" in p and "tuan-38-sua.yml" in p and "nhiều tệp" in p for p in problems)


def test_nothing_is_published_when_a_week_is_wrong(build_site, tmp_path):
    with pytest.raises(ContentError):
        build(build_site, weeks={**WEEKS, "lich-cong-tac/2026-39.yml": WEEK_39.replace('"08:00"', '"8:75"')})
    assert not (tmp_path / "site" / "output" / "lich-cong-tac").exists()
    assert not (tmp_path / "site" / "output" / "index.html").exists()


def test_pure_reader_keeps_lines_and_sessions():
    week, problems = read_week(WEEK_38, "x.yml")
    assert problems == []
    assert week.monday.isoformat() == "2026-09-14" and week.number == 38
    day = week.days[0]
    assert [(s, [i.title for i in items]) for s, items in day.sessions] == [
        ("Sáng", ["Tiếp xúc cử tri"]), ("Chiều", ["Kiểm tra nhà Đại đoàn kết"])]
    assert week.days[1].items[0].session == "Tối"
    assert [i.line for i in day.items] == [13, 6]


# --- components -------------------------------------------------------------

def test_schedule_day_component_example():
    week, _ = read_week(WEEK_38, "x.yml")
    env = Environment(loader=FileSystemLoader(str(ROOT / "theme" / "templates")), autoescape=True)
    html = env.from_string(textwrap.dedent("""\
        {% from "components/schedule_day.html" import schedule_day %}
        {{ schedule_day({"day": day, "heading": "h3", "details": false, "id": "vi-du"}) }}""")).render(day=week.days[0])
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    section = soup.select_one("section.ct-schedule-day[aria-labelledby=vi-du]")
    assert text(section.select_one("h3#vi-du")) == "Thứ Ba, 15/09/2026"
    assert section.select_one("h3 time")["datetime"] == "2026-09-15"
    assert [t["datetime"] for t in section.select(".ct-schedule-day__time time")] == ["2026-09-15T08:00", "2026-09-15T14:00"]
    assert section.select(".ct-schedule-day__detail") == []  # details off in the home page form
    assert all(c.startswith("ct-schedule-day") for el in section.find_all(class_=True) for c in el["class"])
