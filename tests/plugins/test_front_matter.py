"""Front matter: every bad-input case stops the build with file, line and fix;
good input keeps every field (lists in both YAML forms, NFC, day-first dates)."""

import subprocess
import sys
import unicodedata

import pytest

from conftest import ROOT, jpeg, post
from front_matter.rules import ContentError, read_fields, split_front_matter


def messages(err):
    return [str(p) for p in err.value.problems]


def one_bad_post(build_site, text, name="2021/bai-loi.md"):
    with pytest.raises(ContentError) as err:
        build_site(posts={name: text, "2021/bai-dung.md": post("Bài đúng")})
    return messages(err)


# --- pure rules -------------------------------------------------------------

def test_fields_keep_their_line_numbers_and_both_list_forms():
    text = "---\ntitle: Tiêu đề\ntags: [a, b]\nrelated:\n  - x\n  - y\nauthor: An\n---\nThân bài"
    (yaml_text, body, body_line), problems = split_front_matter(text, "p.md")
    fields, problems = read_fields(yaml_text, 2, "p.md")
    assert not problems
    assert [(f.key, f.value, f.line) for f in fields] == [
        ("title", "Tiêu đề", 2), ("tags", ["a", "b"], 3), ("related", ["x", "y"], 4), ("author", "An", 7),
    ]
    assert body == "Thân bài" and body_line == 9


def test_yaml_dates_stay_text_for_our_own_rules():
    fields, _ = read_fields("date: 2021-07-06\nmodified: 2021-07-06 08:30:00", 2, "p.md")
    assert [f.value for f in fields] == ["2021-07-06", "2021-07-06 08:30:00"]


# --- real builds: bad input -------------------------------------------------

def test_unknown_category_lists_allowed_ones_and_the_closest(build_site):
    msgs = one_bad_post(build_site, post("Bài", category="Hoat dong mat tran"))
    assert len(msgs) == 1
    assert msgs[0].startswith("content/posts/2021/bai-loi.md:4: ") or ":4: " in msgs[0]
    assert "«Hoạt động Mặt trận»" in msgs[0]  # the closest
    assert "Thông báo" in msgs[0]  # the allowed list


@pytest.mark.parametrize(
    "date, words",
    [("31/02/2021", "không tồn tại"), ("July 6, 2021", "không đọc được"), ("06-07-2021", "không đọc được")],
)
def test_bad_dates_name_the_line_and_the_form_to_use(build_site, date, words):
    msgs = one_bad_post(build_site, post("Bài", date=date))
    assert len(msgs) == 1 and "bai-loi.md:3: " in msgs[0]
    assert words in msgs[0] and "06/07/2021 08:30" in msgs[0]


def test_ambiguous_date_is_read_day_first(build_site):
    site = build_site(posts={"2025/a.md": post("Bài tháng mười một", date="05/11/2025 07:00")})
    page = site.soup("tin-tuc/2025/bai-thang-muoi-mot/")
    time = page.select_one(".ct-article__meta time")
    assert time["datetime"] == "2025-11-05T07:00:00+07:00"
    assert time.get_text() == "Thứ Tư, 05/11/2025 07:00"


@pytest.mark.parametrize("missing", ["title", "date", "category", "author"])
def test_missing_required_field(build_site, missing):
    fields = {"title": "Bài", missing: None}
    msgs = one_bad_post(build_site, post(**fields))
    assert any(f"thiếu trường bắt buộc «{missing}»" in m for m in msgs)


def test_malformed_yaml_points_at_the_line(build_site):
    text = "---\ntitle: Hội nghị: tổng kết\ndate: 06/07/2021\ncategory: Thông báo\nauthor: An\n---\nThân."
    msgs = one_bad_post(build_site, text)
    assert len(msgs) == 1 and "bai-loi.md:2: " in msgs[0] and "YAML" in msgs[0]
    assert 'title: "' in msgs[0]  # tells how to quote


def test_file_without_front_matter(build_site):
    msgs = one_bad_post(build_site, "Chỉ có thân bài, quên phần thông tin.\n")
    assert "bai-loi.md:1: " in msgs[0] and "---" in msgs[0]


def test_non_utf8_file_names_the_line(build_site, tmp_path):
    # "Việt" as an old Windows-1258 editor saves it: bytes that are not UTF-8.
    bad = post("Bài", body="Dòng một.\n\nDòng có chữ VIET.").encode("utf-8").replace(b"VIET", b"Vi\xea\xf2t")
    with pytest.raises(ContentError) as err:
        build_site(files={"posts/2021/cp1258.md": bad})
    (msg,) = messages(err)
    assert "cp1258.md:10: " in msg and "UTF-8" in msg


def test_missing_image_and_path_outside_content(build_site):
    text = post("Bài", image="images/khong-co.jpg", image_alt="Ảnh",
                body="Đoạn một.\n\n![Ảnh](../../../etc/passwd)")
    msgs = one_bad_post(build_site, text)
    assert any("không tìm thấy ảnh «images/khong-co.jpg»" in m for m in msgs)
    assert any("ra ngoài thư mục content" in m and ":12: " in m for m in msgs)


def test_every_faulty_post_is_reported_in_one_run(build_site):
    with pytest.raises(ContentError) as err:
        build_site(posts={
            "2021/a.md": post("A", category="Tin tức"),
            "2021/b.md": post("B", date="32/01/2021"),
            "2021/c.md": post("C", featured="có"),
            "2021/ok.md": post("Đúng"),
        })
    paths = sorted(m.split(":")[0].rsplit("/", 1)[1] for m in messages(err))
    assert paths == ["a.md", "b.md", "c.md"]


def test_cli_build_exits_non_zero_and_prints_the_problem(tmp_path):
    content = tmp_path / "content"
    (content / "posts").mkdir(parents=True)
    (content / "posts" / "x.md").write_text(post("X", date="31/02/2021"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / "pelicanconf.py"),
         "-o", str(tmp_path / "out"), "-t", str(ROOT / "theme")],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert result.returncode != 0
    printed = " ".join((result.stdout + result.stderr).split())
    assert "x.md:3:" in printed and "không tồn tại" in printed
    assert not (tmp_path / "out" / "index.html").exists()


def test_duplicate_slugs_are_an_error(build_site):
    with pytest.raises(ContentError) as err:
        build_site(posts={"2021/a.md": post("Cùng tên"), "2021/b.md": post("Cùng tên", date="07/07/2021")})
    assert len(messages(err)) == 2 and all("trùng địa chỉ" in m for m in messages(err))


def test_unknown_key_warns_with_the_likely_key(build_site, caplog):
    site = build_site(posts={"2021/a.md": post("Bài", catgory="x")})
    assert site.exists("tin-tuc/2021/bai/")
    assert any("«catgory»" in r.getMessage() and "«category»" in r.getMessage() for r in caplog.records)


def test_missing_alt_text_warns_in_development_and_fails_when_publishing(build_site, caplog):
    files = {"images/a.jpg": jpeg()}
    posts = {"2021/a.md": post("Bài", image="images/a.jpg")}
    build_site(posts=posts, files=files)
    assert any("alt" in r.getMessage() for r in caplog.records)
    with pytest.raises(ContentError) as err:
        build_site(posts=posts, files=files, publish=True, name="publish")
    assert "image_alt" in messages(err)[0]


# --- real builds: good input keeps everything -------------------------------

def test_yaml_lists_in_both_forms_and_every_key_after_them(build_site):
    flow = post("Dạng một dòng", tags=["Quỹ Vì người nghèo", "Tết"], summary="Tóm tắt sau danh sách")
    block = ("---\ntitle: Dạng nhiều dòng\ndate: 07/07/2021\ntags:\n  - Tết\n  - Đoàn kết\n"
             "category: Đại đoàn kết\nauthor: An\nsummary: Tóm tắt sau danh sách\n---\nThân bài.\n")
    site = build_site(posts={"2021/a.md": flow, "2021/b.md": block})
    a = site.soup("tin-tuc/2021/dang-mot-dong/")
    b = site.soup("tin-tuc/2021/dang-nhieu-dong/")
    assert [t.get_text() for t in a.select(".ct-tags__tag")] == ["Quỹ Vì người nghèo", "Tết"]
    assert [t.get_text() for t in b.select(".ct-tags__tag")] == ["Tết", "Đoàn kết"]
    assert b.select_one(".ct-article__lead").get_text() == "Tóm tắt sau danh sách"
    assert "Đại đoàn kết" in b.select_one(".ct-article__meta").get_text()


def test_decomposed_text_is_published_composed(build_site):
    title = unicodedata.normalize("NFD", "Mặt trận đoàn kết")
    site = build_site(posts={"2021/a.md": post(title, body=unicodedata.normalize("NFD", "Người dân thôn Đông Sơn."))})
    html = site.path("tin-tuc/2021/mat-tran-doan-ket/").read_text(encoding="utf-8")
    assert "Mặt trận đoàn kết" in html and "Người dân thôn Đông Sơn." in html
    assert unicodedata.is_normalized("NFC", html)


def test_body_line_with_colon_is_not_eaten_as_metadata(build_site):
    site = build_site(posts={"2021/a.md": post("Bài", body="Sáng ngày 2/7: hội nghị khai mạc.")})
    assert "Sáng ngày 2/7: hội nghị khai mạc." in site.soup("tin-tuc/2021/bai/").select_one(".ct-prose").get_text()


def test_incomplete_draft_is_left_out_with_a_warning_not_a_failed_build(build_site, caplog):
    draft = "---\ntitle: Bài nhập từ trang cũ\nauthor: Ban Biên tập\nstatus: draft\n---\nNội dung.\n"
    site = build_site(posts={"imported/cu.md": draft, "2021/ok.md": post("Bài đúng")})
    assert site.exists("tin-tuc/2021/bai-dung/")
    assert not (site.output / "drafts").exists()
    warnings = [r.getMessage() for r in caplog.records if "cu.md" in r.getMessage()]
    assert any("bản nháp chưa đủ thông tin" in w and "«date»" in w for w in warnings)
    assert any("«category»" in w for w in warnings)


def test_incomplete_published_post_still_fails(build_site):
    text = "---\ntitle: Thiếu ngày\ncategory: Thông báo\nauthor: An\n---\nNội dung.\n"
    msgs = one_bad_post(build_site, text)
    assert any("thiếu trường bắt buộc «date»" in m for m in msgs)
