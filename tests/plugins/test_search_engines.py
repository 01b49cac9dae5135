"""Search engines: sitemap.xml valid against the sitemaps.org schema, every published page
listed with the date of its newest post, drafts and 404 left out; robots.txt names it."""

import re
from pathlib import Path

import pytest
from lxml import etree

from conftest import Site, post, run_pelican
from search_engines.search_engines import SearchEnginesError, load_options, page_record

BASE = "https://mttq.example.vn"  # PUBLISH_SITEURL of the test builds (SITEURL is empty in development)
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
SCHEMA = Path(__file__).resolve().parents[1] / "fixtures" / "sitemap" / "sitemap.xsd"
W3C_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$")

POSTS = {
    **{f"2021/hoi-nghi-{n:02d}.md": post(f"Hội nghị số {n:02d}", date=f"{n:02d}/03/2021 08:{n:02d}",
                                         tags=["Quỹ Vì người nghèo"]) for n in range(1, 14)},
    "2021/sua.md": post("Bài đã sửa", date="20/03/2021 09:00", modified="25/03/2021 17:45",
                        category="Đại đoàn kết", author="Đặng Văn Hùng"),
    "2022/thong-bao.md": post("Thông báo lịch tiếp dân", date="2022-01-10", category="Thông báo"),
    "2022/nhap.md": post("Bản nháp chưa xong", date="11/01/2022", status="draft", category="Thông báo"),
}
PAGES = {
    "gioi-thieu.md": "---\ntitle: Giới thiệu\nslug: gioi-thieu\nmodified: 02/01/2024\n---\nVề Ủy ban.\n",
    "lien-he.md": "---\ntitle: Liên hệ\nslug: lien-he\n---\nĐịa chỉ.\n",
    "nhap.md": "---\ntitle: Trang nháp\nslug: trang-nhap\nstatus: draft\n---\nChưa xong.\n",
}


def build(root, **overrides):
    content = root / "content"
    for folder, entries in (("posts", POSTS), ("pages", PAGES)):
        for rel, text in entries.items():
            target = content / folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    overrides.setdefault("PUBLISH_SITEURL", BASE)
    run_pelican(content, root / "output", CACHE_PATH=str(root / "cache"), **overrides)
    return Site(root / "output", content)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("sitemap"))


def entries(site, base=BASE):
    """``{url relative to the site: lastmod or None}`` from sitemap.xml."""
    root = etree.parse(str(site.output / "sitemap.xml")).getroot()
    found = {}
    for url in root.findall("s:url", NS):
        loc = url.findtext("s:loc", namespaces=NS)
        assert loc.startswith(base + "/"), loc
        found[loc[len(base) + 1:]] = url.findtext("s:lastmod", namespaces=NS)
    return found


def test_sitemap_is_valid_against_the_sitemaps_org_schema(site):
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    document = etree.parse(str(site.output / "sitemap.xml"))
    assert schema.validate(document), schema.error_log


def test_the_schema_does_catch_a_bad_sitemap():
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    bad = etree.fromstring(b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
                           b"<loc>/tin-tuc/</loc><lastmod>06/07/2021</lastmod></url></urlset>")
    assert not schema.validate(bad)


def test_every_published_page_is_listed_and_nothing_else(site):
    written = set()
    for path in site.html_files():
        rel = path.relative_to(site.output).as_posix()
        written.add(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    left_out = {"404.html"} | {url for url in written if url.startswith("drafts/")}
    # development writes drafts; the sitemap skips them
    assert {"drafts/ban-nhap-chua-xong/", "drafts/trang/trang-nhap/"} <= left_out
    assert set(entries(site)) == written - left_out
    for url in ("", "tin-tuc/2021/hoi-nghi-so-01/", "gioi-thieu/", "lien-he/", "chuyen-muc/",
                "chuyen-muc/hoat-dong-mat-tran/", "chuyen-muc/hoat-dong-mat-tran/trang/2/", "the/",
                "the/quy-vi-nguoi-ngheo/", "the/quy-vi-nguoi-ngheo/trang/2/", "tac-gia/", "tac-gia/kim-quy/",
                "tin-da-dua/", "tin-da-dua/2021/", "tin-da-dua/2021/03/", "tim-kiem/"):
        assert url in entries(site), url
    assert "tin-da-dua/2021/03/13/" not in entries(site)  # no day pages unless DAY_ARCHIVE_SAVE_AS is set


def test_lastmod_is_the_newest_post_date_on_each_page(site):
    found = entries(site)
    assert found[""] == "2022-01-10T00:00:00+07:00"  # home: the newest post
    assert found["tim-kiem/"] == found["chuyen-muc/"] == found[""]
    assert found["tin-tuc/2021/hoi-nghi-so-01/"] == "2021-03-01T08:01:00+07:00"
    assert found["tin-tuc/2021/bai-da-sua/"] == "2021-03-25T17:45:00+07:00"  # modified beats date
    assert found["chuyen-muc/dai-doan-ket/"] == "2021-03-25T17:45:00+07:00"
    assert found["chuyen-muc/hoat-dong-mat-tran/"] == "2021-03-13T08:13:00+07:00"  # posts 13..04
    assert found["chuyen-muc/hoat-dong-mat-tran/trang/2/"] == "2021-03-03T08:03:00+07:00"  # posts 03..01
    assert found["tin-da-dua/2021/03/"] == "2021-03-25T17:45:00+07:00"  # the month shows the edited post
    assert found["tin-da-dua/2022/"] == "2022-01-10T00:00:00+07:00"
    assert found["gioi-thieu/"] == "2024-01-02T00:00:00+07:00"  # a static page's own modified date
    assert found["lien-he/"] is None  # an undated static page gets no lastmod
    assert all(W3C_DATETIME.match(value) for value in found.values() if value)


def test_robots_txt_points_to_the_sitemap(site):
    text = (site.output / "robots.txt").read_text(encoding="utf-8")
    assert text.splitlines() == ["User-agent: *", "Disallow:", "", f"Sitemap: {BASE}/sitemap.xml"]


def test_two_builds_write_the_same_bytes(site, tmp_path):
    again = build(tmp_path)
    for name in ("sitemap.xml", "robots.txt"):
        assert (again.output / name).read_bytes() == (site.output / name).read_bytes()


def test_a_publish_build_uses_siteurl(tmp_path):
    built = build(tmp_path, settings_file="publishconf.py", SITEURL="https://xem-truoc.example.org")
    assert "tin-tuc/2021/hoi-nghi-so-01/" in entries(built, "https://xem-truoc.example.org")
    assert "Sitemap: https://xem-truoc.example.org/sitemap.xml" in (built.output / "robots.txt").read_text()


def test_exclude_and_switches(tmp_path):
    built = build(tmp_path, SEARCH_ENGINES={"exclude": ["tim-kiem/", "/the/"], "robots": False})
    found = entries(built)
    assert "tim-kiem/" not in found and not any(url.startswith("the/") for url in found)
    assert "tin-tuc/2021/hoi-nghi-so-01/" in found
    assert not (built.output / "robots.txt").exists()


@pytest.mark.parametrize("given, message", [
    ({"sitemaps": True}, "unknown setting"),
    ({"robots": "yes"}, "True or False"),
    ({"exclude": "tim-kiem/"}, "list of address beginnings"),
])
def test_bad_settings_are_refused(given, message):
    with pytest.raises(SearchEnginesError, match=message):
        load_options({"SEARCH_ENGINES": given})


def test_page_record_leaves_out_404_drafts_and_hidden_content():
    class Hidden:
        status = "hidden"

    assert page_record("404.html", {}) is None
    assert page_record("drafts/bai/index.html", {}) is None
    assert page_record("an/index.html", {"page": Hidden()}) is None
    assert page_record("tim-kiem/index.html", {"articles": []}) == ("tim-kiem/", None)
