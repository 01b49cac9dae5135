"""Incremental builds write exactly what a fresh full build writes (issue #10).

A small site (twelve posts over four categories and three years, with tags,
summaries, ``related:`` and one page; ten posts by one author, so that an
addition opens a second listing page and a later deletion must remove it) is built with publishconf.py's settings (feeds,
sitemap, search index, related news) into one output and one cache folder that
are kept between builds, as a preview or a CI cache keeps them
(``DELETE_OUTPUT_DIRECTORY`` off).  After each change to the content (a body
edited, a post added, a post deleted, a category changed, a title changed)
the kept folders are rebuilt, and the result must be byte for byte the tree a
fresh build of the same content writes into empty folders: the same files, no
stale page left behind, no listing, feed, sitemap or search record out of
date.  Each change is checked alone, and all of them in a row (the cache must
survive a sequence too).  A rebuild with nothing changed must not change a
byte either.

The site also holds the other sections (issue 21): two documents of the
library with their PDFs, two weeks of the work schedule and two answered
questions; their changes (a document edited, added with its PDF, deleted with
it, its PDF replaced; an answer edited, added, deleted; a schedule week edited,
added) are checked the same way.  Every build takes the same build date, so
"this week" and a document's validity do not depend on the day the test runs.

What the build's caches could get wrong is checked too: a tag added and
removed, a published post made a draft and a draft published (in or out of
every listing, feed, the sitemap and search), a post retitled under the same
address (the "Tin liên quan" of the post that names it), a static page retitled
(the footer of every page), a post's featured photo replaced under the same name
(its card on every listing changes while its own file does not), and a rebuild with
other settings or an edited template.
"""

import datetime
import difflib
import json
import logging
import shutil
import time
from zoneinfo import ZoneInfo

import pytest

from conftest import jpeg, post, run_pelican, write_files
from document_files import document_md, pdf_bytes

AN_SINH = "An sinh xã hội"
HOAT_DONG = "Hoạt động Mặt trận"
GIAM_SAT = "Giám sát – Phản biện"
DAI_DOAN_KET = "Đại đoàn kết"

BODY = """\
Ủy ban MTTQ Việt Nam xã Hòa Phong đã phối hợp với các tổ chức thành viên triển khai {what}.

Ban công tác Mặt trận thôn {village} đã đến từng hộ gia đình vận động bà con tham gia.
"""


def _post(title, date, category, what, village, tags, **extra):
    return post(title, date=date, category=category, tags=tags,
                body=BODY.format(what=what, village=village), **extra)


SITE = {
    "posts/2023/trao-qua-tet.md": _post(
        "Trao quà Tết cho hộ nghèo", "20/01/2023 08:00", AN_SINH, "trao quà Tết", "Đông Sơn",
        ["Tết", "hộ nghèo"], summary="Trao 120 suất quà Tết cho hộ nghèo."),
    "posts/2023/nha-dai-doan-ket.md": _post(
        "Bàn giao nhà Đại đoàn kết ở thôn Đông Sơn", "15/05/2023 09:30", AN_SINH, "xây nhà Đại đoàn kết",
        "Đông Sơn", ["Nhà Đại đoàn kết", "hộ nghèo"]),
    "posts/2023/ngay-hoi.md": _post(
        "Ngày hội Đại đoàn kết toàn dân tộc", "18/11/2023 07:30", HOAT_DONG, "Ngày hội Đại đoàn kết",
        "Thạch Bồ", ["Ngày hội Đại đoàn kết", "khu dân cư"]),
    "posts/2023/giam-sat-duong.md": _post(
        "Giám sát thi công tuyến đường bê tông", "04/08/2023 14:00", GIAM_SAT, "giám sát công trình",
        "Phú Sơn", ["giám sát", "đường giao thông"], author="Thu Đông"),
    "posts/2024/quy-vi-nguoi-ngheo.md": _post(
        "Phát động Tháng cao điểm Vì người nghèo", "17/10/2024 08:00", AN_SINH, "Quỹ Vì người nghèo",
        "Nam Thành", ["Quỹ Vì người nghèo", "hộ nghèo"], related=["trao-qua-tet-cho-ho-ngheo"]),
    "posts/2024/hiep-thuong.md": _post(
        "Hội nghị hiệp thương lần thứ nhất", "10/03/2024 08:30", HOAT_DONG, "hiệp thương bầu cử",
        "Bồ Bản", ["bầu cử", "hiệp thương"]),
    "posts/2024/phan-bien.md": _post(
        "Phản biện dự thảo quy hoạch khu dân cư", "22/06/2024 15:00", GIAM_SAT, "phản biện xã hội",
        "Tây An", ["phản biện xã hội", "khu dân cư"], author="Thu Đông"),
    "posts/2024/chu-nhat-xanh.md": _post(
        "Ra quân ngày Chủ nhật xanh", "07/07/2024 06:30", HOAT_DONG, "ngày Chủ nhật xanh", "Hòa Khê",
        ["môi trường", "khu dân cư"]),
    "posts/2024/thanh-tra-nhan-dan.md": _post(
        "Ban Thanh tra nhân dân giám sát chi trả chính sách", "12/09/2024 10:00", GIAM_SAT,
        "giám sát chi trả chế độ", "Cẩm Toại", ["giám sát", "hộ nghèo"]),
    "posts/2024/hien-mau.md": _post(
        "Ngày hội hiến máu tình nguyện", "14/04/2024 07:00", HOAT_DONG, "hiến máu tình nguyện",
        "Trung Nghĩa", ["nhân đạo"], summary="Tiếp nhận 85 đơn vị máu.",
        image="images/2024/hien-mau.jpg", image_alt="Đoàn viên hiến máu"),
    "posts/2022/hoa-giai.md": _post(
        "Tổ hòa giải thôn Bồ Bản hòa giải thành tranh chấp đất đai", "28/02/2022 09:00", HOAT_DONG,
        "hòa giải ở cơ sở", "Bồ Bản", ["hòa giải ở cơ sở", "khu dân cư"]),
    "posts/2022/mung-tho.md": _post(
        "Mừng thọ người cao tuổi thôn Đồng Lâm", "02/02/2022 08:00", DAI_DOAN_KET, "mừng thọ người cao tuổi",
        "Đồng Lâm", ["người cao tuổi"]),
    "posts/2024/tap-huan.md": _post(
        "Tập huấn nghiệp vụ công tác Mặt trận", "20/08/2024 08:00", HOAT_DONG, "tập huấn nghiệp vụ",
        "Dương Lâm 2", ["tập huấn", "khu dân cư"], status="draft"),
    "images/2024/hien-mau.jpg": jpeg(800, 600),
    "pages/gioi-thieu.md": "---\ntitle: Giới thiệu\n---\n\nỦy ban MTTQ Việt Nam xã Hòa Phong.\n",
}

BUILD_DATE = "16/09/2026"  # a Wednesday of the schedule's second week


def _document(number, kind, issued, summary, pdf, **extra):
    return document_md(so_ky_hieu=number, loai=kind, ngay_ban_hanh=issued, trich_yeu=summary, tep=pdf, **extra)


def _week(monday, title, place):
    return (f"week: {monday}\ndays:\n  - date: {monday}\n    items:\n"
            f"      - time: \"07:30\"\n        title: {title}\n        place: {place}\n")


def _question(title, topic, asked, answered, answer):
    return (f"---\ntitle: \"{title}\"\nquestion: Xin hỏi {title.lower()}\nasker: Nguyễn Văn Bình\n"
            f"village: Thôn Đông Sơn\nasked: {asked}\ntopic: {topic}\nanswered: {answered}\n"
            f"answered_by: Trần Văn Lợi\nposition: Phó Chủ tịch Ủy ban MTTQ Việt Nam xã\n---\n\n{answer}\n")


SITE.update({
    "van-ban/2024/06-kh-mttq.md": _document(
        "06/KH-MTTQ", "Kế hoạch", "14/10/2024", "Kế hoạch tổ chức Ngày hội Đại đoàn kết năm 2024",
        "files/van-ban/2024/06-kh-mttq.pdf", linh_vuc="Đại đoàn kết"),
    "files/van-ban/2024/06-kh-mttq.pdf": pdf_bytes("Tổ chức Ngày hội ở mười hai khu dân cư.", title="KẾ HOẠCH"),
    "van-ban/2025/02-tb-mttq.md": _document(
        "02/TB-MTTQ", "Thông báo", "03/02/2025", "Thông báo lịch tiếp công dân năm 2025",
        "files/van-ban/2025/02-tb-mttq.pdf", linh_vuc="Tổ chức"),
    "files/van-ban/2025/02-tb-mttq.pdf": pdf_bytes("Tiếp công dân vào thứ Năm hằng tuần.", title="THÔNG BÁO"),
    "lich-cong-tac/2026-tuan-37.yml": _week("07/09/2026", "Giao ban Thường trực", "Phòng họp Ủy ban MTTQ xã"),
    "lich-cong-tac/2026-tuan-38.yml": _week("14/09/2026", "Họp Ban vận động Quỹ Vì người nghèo",
                                            "Hội trường Ủy ban nhân dân xã"),
    "hoi-dap/bhyt.md": _question("Hộ cận nghèo có được hỗ trợ mua thẻ bảo hiểm y tế không?", "An sinh xã hội",
                                 "02/09/2026", "10/09/2026 15:00", "Có, ngân sách hỗ trợ một phần mức đóng."),
    "hoi-dap/tiep-dan.md": _question("Ủy ban MTTQ xã tiếp công dân vào ngày nào?", "Tiếp công dân",
                                     "01/09/2026", "05/09/2026 09:00", "Vào sáng thứ Năm hằng tuần."),
})


# --- the changes, each a function of the content folder ----------------------------------------

def edit_body(content):
    path = content / "posts/2024/hiep-thuong.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nHội nghị thống nhất danh sách 15 người ứng cử.\n",
                    encoding="utf-8")


def add_post(content):
    write_files(content, {"posts/2024/hoc-bong.md": _post(
        "Trao học bổng cho học sinh nghèo vượt khó", "05/09/2024 08:00", AN_SINH, "trao học bổng",
        "Dương Lâm 1", ["khuyến học", "hộ nghèo"])})


def delete_post(content):
    # the only post tagged "môi trường": its tag page and tag must go too
    (content / "posts/2024/chu-nhat-xanh.md").unlink()


def change_category(content):
    # the only post of its category: the category's page and feeds must go, another's grow
    path = content / "posts/2022/mung-tho.md"
    path.write_text(path.read_text(encoding="utf-8").replace(f"category: {DAI_DOAN_KET}", f"category: {AN_SINH}"),
                    encoding="utf-8")


def change_title(content):
    # the slug follows the title (SLUGIFY_SOURCE): the post moves to a new address
    path = content / "posts/2023/ngay-hoi.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: Ngày hội Đại đoàn kết toàn dân tộc",
                                 "title: Rộn ràng Ngày hội Đại đoàn kết ở thôn Thạch Bồ"), encoding="utf-8")


def _replace(content, rel, old, new):
    path = content / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{rel} no longer holds {old!r}: the change would change nothing"
    path.write_text(text.replace(old, new), encoding="utf-8")


def edit_document(content):
    # its page, the table, the filters and the home block show the summary
    _replace(content, "van-ban/2024/06-kh-mttq.md", "Ngày hội Đại đoàn kết năm 2024",
             "Ngày hội Đại đoàn kết toàn dân tộc năm 2024")


def add_document(content):
    write_files(content, {
        "van-ban/2025/09-bc-mttq.md": _document(
            "09/BC-MTTQ", "Báo cáo", "20/06/2025", "Báo cáo kết quả giám sát sáu tháng đầu năm 2025",
            "files/van-ban/2025/09-bc-mttq.pdf", linh_vuc="Giám sát, phản biện"),
        "files/van-ban/2025/09-bc-mttq.pdf": pdf_bytes("Giám sát mười công trình.", title="BÁO CÁO")})


def delete_document(content):
    # the only "Thông báo" and the only document of 2025 (before an addition): its filters go too
    (content / "van-ban/2025/02-tb-mttq.md").unlink()
    (content / "files/van-ban/2025/02-tb-mttq.pdf").unlink()


def replace_attachment(content):
    # same name, new bytes: its size on the page and its text in the search index follow
    write_files(content, {"files/van-ban/2024/06-kh-mttq.pdf": pdf_bytes(
        "Tổ chức Ngày hội ở mười hai khu dân cư.", "Mỗi khu dân cư mời đại diện các hộ gia đình.",
        title="KẾ HOẠCH")})


def edit_answer(content):
    _replace(content, "hoi-dap/bhyt.md", "một phần mức đóng.", "70% mức đóng, Danh sách do xã lập.")


def add_answer(content):
    write_files(content, {"hoi-dap/quy.md": _question(
        "Ủng hộ Quỹ Vì người nghèo ở đâu?", "An sinh xã hội", "03/09/2026", "12/09/2026 10:00",
        "Tại Văn phòng Ủy ban MTTQ xã hoặc Ban công tác Mặt trận thôn.")})


def delete_answer(content):
    # the only question of its topic: the topic's page goes too
    (content / "hoi-dap/tiep-dan.md").unlink()


def edit_week(content):
    _replace(content, "lich-cong-tac/2026-tuan-38.yml", "Hội trường Ủy ban nhân dân xã", "Nhà văn hóa thôn Thạch Bồ")


def add_week(content):
    write_files(content, {"lich-cong-tac/2026-tuan-39.yml": _week(
        "21/09/2026", "Dự Hội nghị tập huấn công tác giám sát", "Hội trường Ủy ban MTTQ Việt Nam huyện")})


def add_tag(content):
    # a new tag: its tag page and the post's tag list; the post's card everywhere
    _replace(content, "posts/2024/hien-mau.md", "- nhân đạo\n", "- nhân đạo\n- hiến máu\n")


def remove_tag(content):
    # the only post tagged "hòa giải ở cơ sở": its tag page must go
    _replace(content, "posts/2022/hoa-giai.md", "- hòa giải ở cơ sở\n", "")


def unpublish(content):
    # published -> draft: the post leaves its page, listings, feeds, sitemap and search
    _replace(content, "posts/2023/giam-sat-duong.md", "title: Giám sát", "status: draft\ntitle: Giám sát")


def publish(content):
    # draft -> published: the post enters them
    _replace(content, "posts/2024/tap-huan.md", "status: draft\n", "")


def retitle_related(content):
    # the same address, a new title: the "Tin liên quan" list of the post that names it
    # (quy-vi-nguoi-ngheo.md's related:) must show the new title
    _replace(content, "posts/2023/trao-qua-tet.md", "title: Trao quà Tết cho hộ nghèo",
             "slug: trao-qua-tet-cho-ho-ngheo\ntitle: Trao quà Tết cho hộ nghèo và người cao tuổi")


def replace_photo(content):
    # the post's file is untouched; its photo (other size and colour) changes its card on every
    # listing that shows it (the photo's size and files), so no digest may be kept by the post's file
    # (test_a_featured_photo_replaced_renders_again_every_page_showing_its_card)
    write_files(content, {"images/2024/hien-mau.jpg": jpeg(600, 800, color=(30, 90, 180))})


def retitle_page(content):
    # the footer of every page links the static pages by title (one fragment per build)
    _replace(content, "pages/gioi-thieu.md", "title: Giới thiệu", "title: Giới thiệu Ủy ban MTTQ xã")


CHANGES = {
    "edit": edit_body,
    "addition": add_post,
    "deletion": delete_post,
    "category": change_category,
    "title": change_title,
    "document edit": edit_document,
    "document addition": add_document,
    "document deletion": delete_document,
    "attachment replaced": replace_attachment,
    "answer edit": edit_answer,
    "answer addition": add_answer,
    "answer deletion": delete_answer,
    "schedule week edit": edit_week,
    "schedule week addition": add_week,
    "tag added": add_tag,
    "tag removed": remove_tag,
    "published post made a draft": unpublish,
    "draft published": publish,
    "related post retitled": retitle_related,
    "static page retitled": retitle_page,
}


# --- building and comparing ---------------------------------------------------------------------

def build(content, output, cache, **overrides):
    run_pelican(content, output, "publishconf.py", **{"CACHE_PATH": str(cache), "DELETE_OUTPUT_DIRECTORY": False,
                                                       "PORTAL_BUILD_DATE": BUILD_DATE, **overrides})


def tree(folder):
    """{relative path: bytes} of every file under ``folder``."""
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def _first_diff(name, fresh, incremental, lines=12):
    try:
        a, b = fresh.decode("utf-8").splitlines(), incremental.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        return f"  {name}: binary, {len(fresh)} bytes fresh, {len(incremental)} incremental"
    diff = list(difflib.unified_diff(a, b, "fresh", "incremental", n=1, lineterm=""))
    return f"  {name}:\n" + "\n".join("    " + line[:160] for line in diff[:lines])


def differences(fresh, incremental, shown=5):
    """A readable account of how two trees differ, or '' when they are the same."""
    missing = sorted(set(fresh) - set(incremental))
    extra = sorted(set(incremental) - set(fresh))
    changed = sorted(name for name in set(fresh) & set(incremental) if fresh[name] != incremental[name])
    parts = []
    for label, names in (("missing (a fresh build writes them)", missing),
                         ("extra (stale: a fresh build does not write them)", extra),
                         ("different bytes", changed)):
        if names:
            more = f" … and {len(names) - shown} more" if len(names) > shown else ""
            parts.append(f"{len(names)} {label}: {', '.join(names[:shown])}{more}")
    if changed:
        parts.append("first difference:\n" + _first_diff(changed[0], fresh[changed[0]], incremental[changed[0]]))
    return "\n".join(parts)


class Site:
    """One content folder with a kept output and cache (the incremental side),
    and fresh builds of the same content into empty folders to compare with."""

    def __init__(self, root):
        self.root = root
        self.content = write_files(root / "content", SITE)
        self.output = root / "out_inc"
        self.cache = root / "cache_inc"
        self.fresh_builds = 0
        build(self.content, self.output, self.cache)

    def rebuild(self, **overrides):
        build(self.content, self.output, self.cache, **overrides)
        return tree(self.output)

    def fresh(self, **overrides):
        self.fresh_builds += 1
        output = self.root / f"out_fresh_{self.fresh_builds}"
        cache = self.root / f"cache_fresh_{self.fresh_builds}"
        build(self.content, output, cache, **overrides)
        found = tree(output)
        shutil.rmtree(output)
        shutil.rmtree(cache, ignore_errors=True)
        return found


def assert_same_as_fresh(site, step, **overrides):
    incremental = site.rebuild(**overrides)
    problems = differences(site.fresh(**overrides), incremental)
    assert not problems, f"after the {step}, the incremental build differs from a fresh build:\n{problems}"


# --- tests --------------------------------------------------------------------------------------

@pytest.mark.parametrize("change", CHANGES)
def test_one_change_rebuilds_as_a_fresh_build(tmp_path, change):
    site = Site(tmp_path)
    CHANGES[change](site.content)
    assert_same_as_fresh(site, change)


def test_changes_in_a_row_each_rebuild_as_a_fresh_build(tmp_path):
    site = Site(tmp_path)
    done = []
    for change, apply in CHANGES.items():
        apply(site.content)
        done.append(change)
        assert_same_as_fresh(site, f"{change} (changes so far: {', '.join(done)})")


def test_a_rebuild_with_nothing_changed_changes_no_byte(tmp_path):
    site = Site(tmp_path)
    before = tree(site.output)
    problems = differences(before, site.rebuild())
    assert not problems, f"a rebuild with no change to the content changed the output:\n{problems}"


def test_a_settings_change_rebuilds_as_a_fresh_build(tmp_path):
    # Settings the caches depend on: the site's name (every page), the related lists'
    # length and the categories the front matter is checked against (their order).
    site = Site(tmp_path)
    assert_same_as_fresh(site, "settings change", SITENAME="Ủy ban MTTQ Việt Nam xã Hòa Phong (thử)",
                         RELATED_NEWS={"count": 2})


def test_a_template_change_rebuilds_as_a_fresh_build(tmp_path):
    from conftest import ROOT

    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    site = Site(tmp_path)
    build(site.content, site.output, site.cache, THEME=str(theme))
    footer = theme / "templates" / "components" / "footer.html"
    text = footer.read_text(encoding="utf-8")
    assert "</footer>" in text
    footer.write_text(text.replace("</footer>", "<p>Đã sửa mẫu trang.</p></footer>", 1), encoding="utf-8")
    incremental = site.rebuild(THEME=str(theme))
    assert "Đã sửa mẫu trang." in incremental["index.html"].decode("utf-8")
    problems = differences(site.fresh(THEME=str(theme)), incremental)
    assert not problems, f"after a template change, the incremental build differs from a fresh build:\n{problems}"


# --- the build stamp (issue 21): a build that would change nothing is skipped -------------------

STAMP_LOGGER = "portal_core.lifecycle.stamp"


def stamped_site(root):
    """A ``Site`` built twice: Pelican's Markdown reader adds to the ``MARKDOWN`` dict
    of the settings file's module, which a second build in the same process reads
    (a ``pelican`` command is a new process each time, and its first build matches)."""
    site = Site(root)
    site.rebuild()
    return site


def rebuild_skipped(site, caplog, **overrides):
    """Rebuild ``site``; return whether the stamp skipped the build, and the output tree."""
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger=STAMP_LOGGER):
        found = site.rebuild(**overrides)
    return any(r.name == STAMP_LOGGER and "Nothing changed" in r.getMessage() for r in caplog.records), found


def test_a_rebuild_with_nothing_changed_is_skipped_and_keeps_every_file(tmp_path, caplog):
    from portal_core.lifecycle import fresh_log_filter

    site = stamped_site(tmp_path)
    # A build that runs (a file saved again) and logs its warnings afresh, as a new process would.
    page = site.content / "pages" / "gioi-thieu.md"
    page.write_bytes(page.read_bytes())
    fresh_log_filter()
    skipped, _ = rebuild_skipped(site, caplog)
    warned = [(r.name, r.getMessage()) for r in caplog.records if r.levelno >= logging.WARNING]
    assert not skipped and warned  # the editor's repository is not set in the test settings
    before = {path: path.stat().st_mtime_ns for path in site.output.rglob("*") if path.is_file()}
    fresh_log_filter()
    skipped, found = rebuild_skipped(site, caplog)
    assert skipped
    # The last build's warnings are logged again: the officer still sees them.
    assert [(r.name, r.getMessage()) for r in caplog.records if r.levelno >= logging.WARNING] == warned
    assert {path: path.stat().st_mtime_ns for path in site.output.rglob("*") if path.is_file()} == before
    assert not differences(site.fresh(), found)


def test_a_data_file_touched_or_a_setting_changed_builds_again(tmp_path, caplog):
    site = stamped_site(tmp_path)
    week = site.content / "lich-cong-tac" / "2026-tuan-38.yml"
    week.write_bytes(week.read_bytes())  # the same bytes written again: a build must check
    assert not rebuild_skipped(site, caplog)[0]
    assert rebuild_skipped(site, caplog)[0]
    _replace(site.content, "lich-cong-tac/2026-tuan-38.yml", "Hội trường Ủy ban nhân dân xã", "Nhà văn hóa thôn Thạch Bồ")
    skipped, found = rebuild_skipped(site, caplog)
    assert not skipped and "Nhà văn hóa thôn Thạch Bồ" in found["lich-cong-tac/2026/tuan-38/index.html"].decode()
    # Another build date: another current week, other documents' validity.
    skipped, found = rebuild_skipped(site, caplog, PORTAL_BUILD_DATE="23/09/2026")
    assert not skipped
    assert not differences(site.fresh(PORTAL_BUILD_DATE="23/09/2026"), found)


def test_an_output_file_changed_or_deleted_builds_again(tmp_path, caplog):
    site = stamped_site(tmp_path)
    page = site.output / "index.html"
    original = page.read_bytes()
    page.write_bytes(original.replace(b"</body>", "<p>sửa tay</p></body>".encode()))
    skipped, found = rebuild_skipped(site, caplog)
    assert not skipped and found["index.html"] == original
    (site.output / "sitemap.xml").unlink()
    skipped, found = rebuild_skipped(site, caplog)
    assert not skipped and "sitemap.xml" in found


def test_the_stamp_expires_at_the_first_post_dated_after_the_build_and_at_midnight(tmp_path, caplog):
    from portal_core.lifecycle.stamp import STAMP_NAME, next_midnights

    # A post dated two hours from now stays a draft (WITH_FUTURE_DATES off) until then:
    # the stamp of this build must not outlive that moment, nor today's date.
    soon = datetime.datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).replace(second=0, microsecond=0)
    soon += datetime.timedelta(hours=2)
    site = stamped_site(tmp_path)
    write_files(site.content, {"posts/2026/hen-gio.md": _post(
        "Bài hẹn giờ đăng", soon.strftime("%d/%m/%Y %H:%M"), HOAT_DONG, "bài hẹn giờ", "Đông Sơn", ["hẹn giờ"])})
    started = time.time()
    skipped, found = rebuild_skipped(site, caplog)
    assert not skipped and not any("bai-hen-gio" in name for name in found)
    stamp = json.loads((site.cache / STAMP_NAME).read_text(encoding="utf-8"))
    assert stamp["expires"] == min([soon.timestamp()] + next_midnights(started, ["Asia/Ho_Chi_Minh", "UTC", None]))
    # Once that moment has passed the stamp does not match: the build runs (and publishes the post).
    stamp["expires"] = time.time() - 1
    (site.cache / STAMP_NAME).write_text(json.dumps(stamp), encoding="utf-8")
    assert not rebuild_skipped(site, caplog)[0]


def test_next_midnight_is_taken_in_each_zone():
    from portal_core.lifecycle.stamp import next_midnights

    # 16:30 UTC on 3 December 2026 is 23:30 in Vietnam: its midnight comes first.
    start = datetime.datetime(2026, 12, 3, 16, 30, tzinfo=datetime.timezone.utc).timestamp()
    vietnam, utc = next_midnights(start, ["Asia/Ho_Chi_Minh", "UTC"])
    assert vietnam == datetime.datetime(2026, 12, 3, 17, 0, tzinfo=datetime.timezone.utc).timestamp()
    assert utc == datetime.datetime(2026, 12, 4, 0, 0, tzinfo=datetime.timezone.utc).timestamp()


def test_a_featured_photo_replaced_renders_again_every_page_showing_its_card(tmp_path):
    # A card changed by a file other than the post's own: a digest kept by the post's
    # file (or its metadata) would leave every listing with the old photo, and the old
    # photo's derivatives must leave media/.
    site = Site(tmp_path)
    before = tree(site.output)
    replace_photo(site.content)
    incremental, fresh = site.rebuild(), site.fresh()
    showing = [name for name, data in fresh.items() if name.endswith(".html") and b"/hien-mau-" in data]
    changed = [name for name in showing if before.get(name) != fresh[name]]
    assert {"chuyen-muc/hoat-dong-mat-tran/index.html", "the/nhan-dao/index.html"} <= set(changed), changed
    pages = {name: data for name, data in incremental.items() if name.endswith(".html")}
    assert pages == {name: data for name, data in fresh.items() if name.endswith(".html")}
    media = {name: data for name, data in incremental.items() if name.startswith("media/")}
    assert {name for name in before if name.startswith("media/hien-mau-")} - set(media)  # the old photo's files went
    assert media == {name: data for name, data in fresh.items() if name.startswith("media/")}
