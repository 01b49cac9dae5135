"""The demo portal's residents' channels (issue 17), built as published with the build date
fixed inside the demo's three weeks of schedule."""

import icalendar
import pytest

from conftest import ROOT, Site, run_pelican


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo-residents")
    run_pelican(ROOT / "content", root / "publish", "publishconf.py", CACHE_PATH=str(root / "cache"),
                PORTAL_BUILD_DATE="15/09/2026")
    return Site(root / "publish", ROOT / "content")


def text(node):
    return " ".join(node.get_text(" ").split())


def test_demo_has_three_weeks_and_shows_the_current_one(demo):
    weeks = sorted(p.parent.name for p in (demo.output / "lich-cong-tac").glob("2026/tuan-*/index.html"))
    assert weeks == ["tuan-37", "tuan-38", "tuan-39"]
    page = demo.soup("lich-cong-tac/")
    assert "14/09" in text(page.select_one("main h1"))
    assert page.select_one("a[rel=prev]") and page.select_one("a[rel=next]")
    home = demo.soup("").select_one("section[aria-labelledby=lich-cong-tac]")
    assert "Thứ Ba, 15/09/2026" in text(home)
    cal = icalendar.Calendar.from_ical((demo.output / "lich-cong-tac" / "lich-cong-tac.ics").read_bytes())
    assert len(list(cal.walk("VEVENT"))) >= 10


def test_demo_has_eight_answers_and_hides_the_unanswered_question(demo):
    pages = [p for p in (demo.output / "hoi-dap").glob("*/index.html") if p.parent.name not in ("chu-de", "trang")]
    assert len(pages) == 8
    unanswered = "Đường bê tông thôn Dương Sơn bị ngập"
    for path in demo.output.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".ics", ".txt", ".json"):
            assert unanswered not in path.read_text(encoding="utf-8", errors="replace"), path
    assert "duong-be-tong" not in (demo.output / "sitemap.xml").read_text(encoding="utf-8")
    feed = (demo.output / "feeds" / "hoi-dap.atom.xml").read_text(encoding="utf-8")
    assert feed.count("<entry>") == 8


def test_demo_menu_and_contact_page_lead_to_the_new_sections(demo):
    nav = {text(a): a["href"] for a in demo.soup("").select(".ct-nav a")}
    assert nav["Lịch công tác"].endswith("/lich-cong-tac/") and nav["Hỏi đáp"].endswith("/hoi-dap/")
    main = demo.soup("lien-he/").find("main")
    assert "được xử lý thế nào" in text(main) and "Hỏi đáp" in text(main)
    links = {text(a): a["href"] for a in main.select("a")}  # `invoke check` knows the sections' pages
    assert links["Hỏi đáp"].endswith("/hoi-dap/") and links["Lịch công tác"].endswith("/lich-cong-tac/")
