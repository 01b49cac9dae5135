"""`invoke check`: every problem of the content, with file and line, nothing written."""

import datetime as dt
import importlib.util
from pathlib import Path

import pytest
from invoke import Context
from invoke.exceptions import Exit

from conftest import ROOT, jpeg, post, write_files
from portal_tools.check import Document, SiteMap, check_site, duplicate_titles, find_links
from portal_tools.check.links import check_document_links, output_path


pytestmark = pytest.mark.usefixtures("only_configured_plugins")


def write(content, files):
    write_files(content, files)
    (content / "posts").mkdir(parents=True, exist_ok=True)
    return content


def run_check(tmp_path, files, publish=True):
    content = write(tmp_path / "content", files)
    overrides = {"PATH": str(content), "OUTPUT_PATH": str(tmp_path / "output"), "CACHE_PATH": str(tmp_path / "cache")}
    report = check_site(ROOT / ("publishconf.py" if publish else "pelicanconf.py"), overrides)
    assert not (tmp_path / "output").exists()  # the check never writes the site
    return report


def lines(problems):
    return [str(p) for p in problems]


FUTURE = (dt.datetime.now() + dt.timedelta(days=30)).strftime("%d/%m/%Y 08:00")

GOOD = {
    "posts/2024/hoi-nghi.md": post(
        "Hội nghị cử tri", date="01/02/2024 08:00",
        body="Xem [ngày hội]({filename}ngay-hoi.md), [chuyên mục](/chuyen-muc/hoat-dong-mat-tran/),\n"
             "[thẻ](/the/cu-tri/), [tin đã đưa](/tin-da-dua/2024/02/), [trang 1](/tin-tuc/2024/ngay-hoi),\n"
             "[tìm kiếm](/tim-kiem/), [giới thiệu](/gioi-thieu/), [nơi khác](https://example.org/a),\n"
             "[địa chỉ đầy đủ](https://mttq-hoaphong.example.gov.vn/tin-tuc/2024/ngay-hoi/), [thư](mailto:a@b.vn)",
        tags=["cử tri"]),
    "posts/2024/ngay-hoi.md": post("Ngày hội", date="02/02/2024 08:00", body="[tương đối](../hoi-nghi-cu-tri/)"),
    "pages/gioi-thieu.md": "---\ntitle: Giới thiệu\n---\n\nTrang giới thiệu.\n",
}


def test_a_clean_site_has_no_problem(tmp_path):
    report = run_check(tmp_path, GOOD)
    assert report.ok, lines(report.errors)
    assert (report.posts, report.pages) == (2, 1)
    assert report.warnings == []


def test_broken_links_are_errors_with_file_and_line(tmp_path):
    body = ("Đoạn một.\n\n[sai địa chỉ](/tin-tuc/2024/khong-co/)\n\n"
            "[tệp thiếu]({filename}/posts/2023/khong-co.md)\n\n[tương đối sai](../../2023/x/)")
    report = run_check(tmp_path, {**GOOD, "posts/2024/loi.md": post("Bài có liên kết hỏng", body=body)})
    found = lines(report.errors)
    assert len(found) == 3, found
    assert "posts/2024/loi.md:10: liên kết «/tin-tuc/2024/khong-co/» không dẫn tới trang nào" in found[0]
    assert "loi.md:12: liên kết «{filename}/posts/2023/khong-co.md» trỏ tới tệp «posts/2023/khong-co.md»" in found[1]
    assert "loi.md:14: liên kết «../../2023/x/» không dẫn tới trang nào" in found[2]


def test_links_to_drafts_and_future_posts_are_errors_and_a_future_post_is_noted(tmp_path):
    files = {
        **GOOD,
        "posts/2024/nhap.md": post("Bản nháp", status="draft"),
        "posts/2024/hen-gio.md": post("Bài hẹn giờ", date=FUTURE),
        "posts/2024/lien-ket.md": post("Bài liên kết", body="[a]({filename}nhap.md)\n\n[b](/tin-tuc/%s/bai-hen-gio/)"
                                       % FUTURE[6:10]),
    }
    report = run_check(tmp_path, files)
    found = lines(report.errors)
    assert any("trỏ tới bài đang là bản nháp" in line for line in found), found
    assert any("trỏ tới bài hẹn đăng" in line for line in found), found
    assert any("hen-gio.md: hẹn đăng" in note for note in report.notes)


def test_front_matter_problems_and_missing_alt_text_are_reported_together(tmp_path):
    files = {
        **GOOD,
        "posts/2024/sai-ngay.md": post("Sai ngày", date="31/02/2024"),
        "posts/2024/anh.md": post("Ảnh thiếu mô tả", body="![](images/a.jpg)"),
        "images/a.jpg": jpeg(64, 48),
    }
    report = run_check(tmp_path, files)
    found = lines(report.errors)
    assert any("sai-ngay.md:3: «date»: ngày «31/02/2024» không tồn tại" in line for line in found), found
    assert any("anh.md:8: ảnh chưa có lời mô tả" in line for line in found), found
    dev = run_check(tmp_path, {}, publish=False)  # the same content with pelicanconf.py
    assert not any("ảnh chưa có lời mô tả" in line for line in lines(dev.errors))
    assert any("ảnh chưa có lời mô tả" in str(w) for w in dev.warnings)


def test_duplicate_titles_warn_naming_both_files(tmp_path):
    files = {**GOOD, "posts/2023/hoi-nghi.md": post("Hội nghị CỬ TRI", date="01/02/2023 08:00")}
    report = run_check(tmp_path, files)
    assert report.ok
    found = lines(report.warnings)
    assert any("posts/2023/hoi-nghi.md:2: tiêu đề «Hội nghị CỬ TRI» trùng với" in w and "2024/hoi-nghi.md" in w
               for w in found), found
    assert any("2024/hoi-nghi.md:2: tiêu đề «Hội nghị cử tri» trùng với" in w for w in found), found


def test_a_related_slug_that_matches_no_post_is_an_error(tmp_path):
    files = {**GOOD, "posts/2023/hoi-nghi.md": post("Hội nghị", date="01/02/2023 08:00",
                                                       related=["khong-co-bai-nay"])}
    report = run_check(tmp_path, files)
    assert not report.ok
    assert any("hoi-nghi.md:" in e and "khong-co-bai-nay" in e for e in lines(report.errors)), lines(report.errors)


def test_a_draft_that_will_take_the_address_of_a_published_post_warns(tmp_path):
    files = {**GOOD, "posts/2024/nhap.md": post("Ngày hội", date="02/02/2024 09:00", status="draft")}
    report = run_check(tmp_path, files)
    assert any("nhap.md:2: khi đăng, bài này sẽ trùng địa chỉ với" in str(w) and "ngay-hoi.md" in str(w)
               for w in report.warnings), lines(report.warnings)


# --------------------------------------------------------------------------- pure core


def test_find_links_and_output_paths():
    html = '<p><a href="/a/?x=1&amp;y=2">a</a> <img alt="" src=\'{static}/images/b.jpg\'></p>'
    assert find_links(html) == ["/a/?x=1&y=2", "{static}/images/b.jpg"]
    assert output_path("/") == "index.html"
    assert output_path("/tin-tuc/2024/a/") == "tin-tuc/2024/a/index.html"
    assert output_path("/tin-tuc/2024/a/../b/") == "tin-tuc/2024/b/index.html"
    assert output_path("/th%E1%BA%BB/") == "thẻ/index.html"


def test_document_links_against_a_site_map():
    site = SiteMap(files={"index.html", "tin-tuc/2024/a/index.html", "files/ke-hoach.pdf"},
                   siteurls=("https://xa.example.vn",),
                   sources={"posts/2024/a.md": "tin-tuc/2024/a/index.html", "files/ke-hoach.pdf": "files/ke-hoach.pdf"})
    doc = Document(path="posts/2024/b.md", url="tin-tuc/2024/b/", source_dir="posts/2024",
                   html='<a href="../a/">1</a><a href="/tin-tuc/2024/a">2</a><a href="{filename}a.md">3</a>'
                        '<a href="{static}/files/ke-hoach.pdf">4</a><a href="https://xa.example.vn/">5</a>'
                        '<a href="#muc-2">6</a><a href="/khong/">7</a>',
                   lines=("---", "title: B", "---", "", "[7](/khong/)"))
    errors, warnings = check_document_links(doc, site)
    assert [str(e) for e in errors] == [
        "posts/2024/b.md:5: liên kết «/khong/» không dẫn tới trang nào của cổng (sẽ báo lỗi 404) — "
        + errors[0].fix]
    draft = Document(**{**doc.__dict__, "draft": True})
    assert check_document_links(draft, site) == ([], errors)


def test_duplicate_titles_ignore_case_and_diacritics():
    docs = [Document("a.md", "", "", "", title="Hội nghị"), Document("b.md", "", "", "", title="HOI NGHI"),
            Document("c.md", "", "", "", title="Khác")]
    assert [w.path for w in duplicate_titles(docs)] == ["a.md", "b.md"]


# --------------------------------------------------------------------------- the task


def load_tasks():
    spec = importlib.util.spec_from_file_location("tasks_under_test", ROOT / "tasks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_invoke_check_exits_1_on_errors_and_prints_each_problem(tmp_path, capsys):
    tasks = load_tasks()
    content = write(tmp_path / "content", {**GOOD, "posts/2024/x.md": post("X", category="Chuyên mục lạ")})
    tasks.CONFIG.update(content=content, cache=tmp_path / "cache", publish_output=tmp_path / "out")
    with pytest.raises(Exit) as caught:
        tasks.check(Context())
    assert caught.value.code == 1
    out = capsys.readouterr().out
    assert "LỖI — phải sửa (1):" in out
    assert "posts/2024/x.md:4: chuyên mục «Chuyên mục lạ» không có trong danh sách" in out
    Path(content / "posts/2024/x.md").unlink()
    tasks.check(Context())  # no error: returns normally (exit code 0)
    assert "Kết quả: không có lỗi" in capsys.readouterr().out
