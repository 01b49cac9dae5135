"""`invoke check` predicts the build (issue 20): every bad-input fixture is run
through both, and they agree — a check that passes means the build passes, and
each problem that stops the build is one the check reported (file and line)."""

import logging
import os
import unicodedata

import pytest

from conftest import ROOT, jpeg, post, run_pelican, write_files
from portal_tools.check import check_site
from front_matter.rules import ContentError

pytestmark = pytest.mark.usefixtures("only_configured_plugins")

D = "01/02/2024 08:00"
NFD_NAME = unicodedata.normalize("NFD", "ảnh hội nghị.jpg")

# name -> (files under content/, the problem both must report, or None when both must pass)
CASES = {
    "script": ({"posts/2024/a.md": post("Bài A", date=D, body="Chữ.\n\n<script>alert(1)</script>")},
               "posts/2024/a.md:10: thẻ <script> chạy mã JavaScript — xoá cả đoạn"),
    "iframe": ({"posts/2024/a.md": post("Bài A", date=D, body='<iframe src="https://youtube.com/embed/x"></iframe>')},
               "posts/2024/a.md:8: thẻ <iframe> nhúng nội dung từ nơi khác — không nhúng"),
    "event handler": ({"pages/a.md": "---\ntitle: Trang A\n---\n\n<p onclick=\"x()\">Bấm</p>\n"},
                      "pages/a.md:5: thuộc tính «onclick» chạy mã JavaScript"),
    "javascript link": ({"posts/2024/a.md": post("Bài A", date=D, body="[Bấm](javascript:alert(1))")},
                        "posts/2024/a.md:8: địa chỉ «javascript:alert(1)» dùng kiểu «javascript:» không an toàn"),
    "data link": ({"posts/2024/a.md": post("Bài A", date=D, body="[Tải](data:text/html;base64,PHNjcmlwdD4=)")},
                  "posts/2024/a.md:8: địa chỉ «data:text/html;base64,PHNjcmlwdD4=» dùng kiểu «data:»"),
    "form": ({"posts/2024/a.md": post("Bài A", date=D, body="<form action=x><input name=q></form>")},
             "posts/2024/a.md:8: thẻ <form> là một phần của biểu mẫu"),
    "style attribute": ({"posts/2024/a.md": post("Bài A", date=D, body='<p style="color:red">Đỏ</p>')},
                        "posts/2024/a.md:8: thuộc tính «style»"),
    "upper-case extension": ({"posts/2024/a.md": post("Bài A", date=D), "posts/2024/bai-b.MD": post("Bài B", date=D)},
                             "posts/2024/bai-b.MD:1: tệp «bai-b.MD» không được đọc: bài viết phải có đuôi .md "
                             "(chữ thường) — đổi tên tệp thành «bai-b.md»"),
    "md.txt": ({"posts/2024/a.md": post("Bài A", date=D), "posts/2024/bai-c.md.txt": post("Bài C", date=D)},
               "posts/2024/bai-c.md.txt:1: tệp «bai-c.md.txt» không được đọc — đổi tên tệp thành «bai-c.md»"),
    "post outside posts/": ({"posts/2024/a.md": post("Bài A", date=D), "bai-d.md": post("Bài D", date=D)},
                            "bai-d.md:1: tệp bài viết nằm ngoài thư mục bài viết nên không được đọc"),
    "unknown template": ({"posts/2024/a.md": post("Bài A", date=D, template="khong-co-mau-nay")},
                         "posts/2024/a.md:6: không có mẫu trang «khong-co-mau-nay» trong giao diện — xoá dòng template:"),
    "symlink outside content": ({"posts/2024/a.md": post("Bài A", date=D, body="![Ảnh](images/bi-mat.jpg)")},
                                "images/bi-mat.jpg:1: «bi-mat.jpg» là một liên kết (symlink) trỏ ra ngoài thư mục content"),
    "missing image": ({"posts/2024/a.md": post("Bài A", date=D, body="![Ảnh](images/khong-co.jpg)")},
                      "posts/2024/a.md:8: không tìm thấy ảnh «images/khong-co.jpg»"),
    # What must pass both.
    "attachments": ({"posts/2024/a.md": post("Bài A", date=D, body="[Báo cáo]({static}/files/bao-cao.pdf)"),
                     "files/bao-cao.pdf": b"%PDF-1.4\n%%EOF\n"}, None),
    "link to a photo": ({"posts/2024/a.md": post("Bài A", date=D, body="![Ảnh](images/a.jpg)\n\n[Ảnh lớn]({static}/images/a.jpg)"),
                         "images/a.jpg": jpeg()}, None),
    "NFD and spaces in an image name": ({"posts/2024/a.md": post("Bài A", date=D, body="![Ảnh](images/ảnh hội nghị.jpg)"),
                                         f"images/{NFD_NAME}": jpeg()}, None),
    "empty body (a warning)": ({"posts/2024/a.md": post("Bài A", date=D, body="")}, None),
}


def make_content(tmp_path, name):
    files, _ = CASES[name]
    content = write_files(tmp_path / "content", files)
    (content / "posts").mkdir(exist_ok=True)
    if name == "symlink outside content":
        secret = tmp_path / "elsewhere" / "anh-rieng.jpg"
        secret.parent.mkdir()
        secret.write_bytes(jpeg())
        (content / "images").mkdir()
        os.symlink(secret, content / "images" / "bi-mat.jpg")
    return content


def run_both(tmp_path, name):
    content = make_content(tmp_path, name)
    overrides = {"PATH": str(content), "OUTPUT_PATH": str(tmp_path / "output"), "CACHE_PATH": str(tmp_path / "cache")}
    report = check_site(ROOT / "publishconf.py", overrides)
    try:
        run_pelican(content, tmp_path / "output", "publishconf.py", CACHE_PATH=str(tmp_path / "cache"))
        build_problems = None
    except ContentError as error:
        build_problems = [str(p) for p in error.problems]
    return report, build_problems


@pytest.mark.parametrize("name", list(CASES))
def test_check_and_build_agree(tmp_path, name):
    expected = CASES[name][1]
    report, build_problems = run_both(tmp_path, name)
    errors = [str(p) for p in report.errors]
    if expected is None:
        assert errors == [] and build_problems is None, (errors, build_problems)
        return
    assert build_problems is not None, "the build must stop"
    assert not report.ok, "the check must fail where the build fails"
    assert set(build_problems) <= set(errors)  # nothing stops the build that the check did not say
    parts = [part.strip() for part in expected.split("—")]
    assert any(all(part in line for part in parts) for line in errors), errors
    assert not (tmp_path / "output" / "index.html").exists()


def test_the_empty_body_warning_names_file_and_line(tmp_path, caplog):
    from pelican.log import LimitFilter

    content = make_content(tmp_path, "empty body (a warning)")
    getattr(LimitFilter, "_raised_messages", set()).clear()  # Pelican logs a message once per process
    run_pelican(content, tmp_path / "output", "publishconf.py", CACHE_PATH=str(tmp_path / "cache"))
    assert any("posts/2024/a.md:7: bài không có nội dung" in r.getMessage()
               for r in caplog.records if r.levelno == logging.WARNING)
    report = check_site(ROOT / "publishconf.py", {"PATH": str(content), "OUTPUT_PATH": str(tmp_path / "o"),
                                                  "CACHE_PATH": str(tmp_path / "cache")})
    warnings = [str(w) for w in report.warnings]
    assert report.ok and any("posts/2024/a.md:7: bài không có nội dung" in w for w in warnings), warnings


def test_a_stray_file_in_posts_warns_and_is_not_published(tmp_path):
    files = {"posts/2024/a.md": post("Bài A", date=D), "posts/2024/ghi-chu.docx": b"PK\x03\x04",
             "posts/2024/.DS_Store": b"\x00"}
    content = write_files(tmp_path / "content", files)
    report = check_site(ROOT / "publishconf.py", {"PATH": str(content), "OUTPUT_PATH": str(tmp_path / "o"),
                                                  "CACHE_PATH": str(tmp_path / "cache")})
    warnings = [str(w) for w in report.warnings]
    assert report.ok and any("ghi-chu.docx" in w and "content/files/" in w for w in warnings), warnings
    assert not any(".DS_Store" in w for w in warnings)


def test_nfd_and_spaces_resolve_to_the_photo(tmp_path):
    content = make_content(tmp_path, "NFD and spaces in an image name")
    run_pelican(content, tmp_path / "output", "publishconf.py", CACHE_PATH=str(tmp_path / "cache"))
    from bs4 import BeautifulSoup

    page = (tmp_path / "output/tin-tuc/2024/bai-a/index.html").read_text(encoding="utf-8")
    img = BeautifulSoup(page, "html.parser").select_one("main img")
    src = img["src"].split("/media/")[1]
    assert src.startswith("anh-hoi-nghi-") and (tmp_path / "output/media" / src).is_file()
