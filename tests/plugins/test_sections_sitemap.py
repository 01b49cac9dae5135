"""Sitemap `lastmod` of the Q&A and schedule pages is each page's own date (an
answer's date, a week's last change), never the newest post's."""

from lxml import etree

from conftest import post

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def question(title, answered, topic):
    return (f'---\ntitle: "{title}"\nquestion: Xin hỏi?\nasked: 01/07/2026\ntopic: {topic}\n'
            f"answered: {answered}\nanswered_by: Trần Văn Lợi\n---\n\nTrả lời.\n").encode()


def week(monday, day, modified=None):
    extra = f"modified: {modified}\n" if modified else ""
    return (f'week: {monday}\n{extra}days:\n  - date: {day}\n    items:\n      - time: "08:00"\n'
            f"        title: Giao ban\n").encode()


FILES = {
    "hoi-dap/bhyt.md": question("Hộ cận nghèo có được hỗ trợ bảo hiểm y tế?", "10/09/2026", "An sinh xã hội"),
    "hoi-dap/gop-y.md": question("Góp ý dự thảo văn kiện thế nào?", "28/08/2026", "Giám sát"),
    "lich-cong-tac/2026-37.yml": week("07/09/2026", "07/09/2026", modified="09/09/2026"),
    "lich-cong-tac/2026-38.yml": week("14/09/2026", "15/09/2026"),
    "lich-cong-tac/2026-39.yml": week("21/09/2026", "23/09/2026"),
}


def lastmods(site):
    tree = etree.parse(str(site.output / "sitemap.xml"))
    found = {}
    for entry in tree.findall("s:url", NS):
        loc = entry.findtext("s:loc", namespaces=NS).split("/", 3)[3]
        found[loc] = (entry.findtext("s:lastmod", namespaces=NS) or "")[:10]
    return found


def test_q_and_a_and_schedule_pages_carry_their_own_dates(build_site):
    site = build_site(posts={"2026/moi.md": post("Tin mới nhất", date="01/10/2026 08:00")}, files=FILES,
                      PORTAL_BUILD_DATE="15/09/2026")
    found = lastmods(site)
    assert found["tin-tuc/2026/tin-moi-nhat/"] == "2026-10-01"  # the newest post, dated after all below
    assert found["hoi-dap/ho-can-ngheo-co-duoc-ho-tro-bao-hiem-y-te/"] == "2026-09-10"
    assert found["hoi-dap/gop-y-du-thao-van-kien-the-nao/"] == "2026-08-28"
    assert found["hoi-dap/"] == "2026-09-10"
    assert found["hoi-dap/chu-de/giam-sat/"] == "2026-08-28"
    assert found["lich-cong-tac/2026/tuan-37/"] == "2026-09-09"  # its `modified`
    assert found["lich-cong-tac/2026/tuan-38/"] == "2026-09-14"  # its Monday
    assert found["lich-cong-tac/2026/tuan-39/"] == "2026-09-21"
    assert found["lich-cong-tac/"] == "2026-09-14"  # the current week's
    assert found["lich-cong-tac/cac-tuan/"] == "2026-09-21"  # the latest change among the weeks


def test_the_current_week_page_without_a_file_has_no_lastmod(build_site):
    site = build_site(posts={"2026/moi.md": post("Tin mới nhất", date="01/10/2026 08:00")},
                      files={"lich-cong-tac/2026-37.yml": FILES["lich-cong-tac/2026-37.yml"]},
                      PORTAL_BUILD_DATE="01/10/2026")
    assert lastmods(site)["lich-cong-tac/"] == ""
