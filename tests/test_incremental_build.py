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
"""

import difflib
import shutil

import pytest

from conftest import post, run_pelican, write_files

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
        "Trung Nghĩa", ["nhân đạo"], summary="Tiếp nhận 85 đơn vị máu."),
    "posts/2022/hoa-giai.md": _post(
        "Tổ hòa giải thôn Bồ Bản hòa giải thành tranh chấp đất đai", "28/02/2022 09:00", HOAT_DONG,
        "hòa giải ở cơ sở", "Bồ Bản", ["hòa giải ở cơ sở", "khu dân cư"]),
    "posts/2022/mung-tho.md": _post(
        "Mừng thọ người cao tuổi thôn Đồng Lâm", "02/02/2022 08:00", DAI_DOAN_KET, "mừng thọ người cao tuổi",
        "Đồng Lâm", ["người cao tuổi"]),
    "pages/gioi-thieu.md": "---\ntitle: Giới thiệu\n---\n\nỦy ban MTTQ Việt Nam xã Hòa Phong.\n",
}


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


CHANGES = {
    "edit": edit_body,
    "addition": add_post,
    "deletion": delete_post,
    "category": change_category,
    "title": change_title,
}


# --- building and comparing ---------------------------------------------------------------------

def build(content, output, cache):
    run_pelican(content, output, "publishconf.py", CACHE_PATH=str(cache), DELETE_OUTPUT_DIRECTORY=False)


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

    def rebuild(self):
        build(self.content, self.output, self.cache)
        return tree(self.output)

    def fresh(self):
        self.fresh_builds += 1
        output = self.root / f"out_fresh_{self.fresh_builds}"
        cache = self.root / f"cache_fresh_{self.fresh_builds}"
        build(self.content, output, cache)
        found = tree(output)
        shutil.rmtree(output)
        shutil.rmtree(cache, ignore_errors=True)
        return found


def assert_same_as_fresh(site, step):
    incremental = site.rebuild()
    problems = differences(site.fresh(), incremental)
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
