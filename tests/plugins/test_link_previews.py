"""Link previews: Open Graph, Twitter card, canonical URL and JSON-LD NewsArticle, so Facebook
and Zalo show title, summary and photo (theme/templates/partials/link_previews.html)."""

import json

import pytest
from PIL import Image

from conftest import ROOT, Site, jpeg, post, run_pelican

BASE = "https://mttq.example.vn"  # PUBLISH_SITEURL of the test builds (SITEURL is empty in development)
TITLE = 'Ngày hội "Đại đoàn kết" & trao quà tại thôn Đông Sơn'
ARTICLE = "tin-tuc/2021/ngay-hoi-dai-doan-ket-trao-qua-tai-thon-dong-son/"
PLAIN = "tin-tuc/2021/thong-bao-lich-tiep-dan/"
LONG_BODY = " ".join(f"Câu thứ {n} của thông báo về lịch tiếp công dân định kỳ." for n in range(40))

POSTS = {
    "2021/ngay-hoi.md": post(
        TITLE, date="06/07/2021 08:30", modified="07/07/2021 20:05", category="Đại đoàn kết",
        author=["Đặng Văn Hùng", "Kim Quy"], summary='Người dân thôn Đông Sơn vui "ngày hội" <lớn>.',
        image="images/ngay-hoi.jpg", image_alt="Người dân dự ngày hội", body="Đoạn mở đầu.\n\nĐoạn cuối.",
    ),
    "2021/thong-bao.md": post("Thông báo lịch tiếp dân", date="05/07/2021", category="Thông báo", body=LONG_BODY),
    "2021/nhap.md": post("Bản nháp", date="08/07/2021", status="draft"),
    **{f"2021/tin-{n:02d}.md": post(f"Tin số {n:02d}", date=f"{n:02d}/03/2021 08:00") for n in range(1, 13)},
}
PAGES = {"gioi-thieu.md": "---\ntitle: Giới thiệu\nslug: gioi-thieu\nsummary: Về Ủy ban MTTQ xã.\n---\nVề Ủy ban.\n"}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("previews")
    content = root / "content"
    for folder, entries in (("posts", POSTS), ("pages", PAGES)):
        for rel, text in entries.items():
            (content / folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (content / folder / rel).write_text(text, encoding="utf-8")
    (content / "images").mkdir(parents=True)
    (content / "images" / "ngay-hoi.jpg").write_bytes(jpeg(2000, 1300))
    run_pelican(content, root / "output", CACHE_PATH=str(root / "cache"), PUBLISH_SITEURL=BASE)
    return Site(root / "output", content)


def settings():
    from pelican.settings import read_settings

    return read_settings(str(ROOT / "pelicanconf.py"))


def head(site, url):
    return site.soup(url).head


def meta(site, url, key):
    """``content`` of ``<meta property=key>`` (or name=key) in the head; None when absent."""
    tags = head(site, url).find_all("meta", attrs={"property": key}) or \
        head(site, url).find_all("meta", attrs={"name": key})
    assert len(tags) <= 1, f"{key} appears {len(tags)} times in {url}"
    return tags[0]["content"] if tags else None


def json_ld(site, url):
    scripts = head(site, url).find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_article_open_graph_and_twitter_card(site):
    assert meta(site, ARTICLE, "og:type") == "article"
    assert meta(site, ARTICLE, "og:title") == TITLE
    assert meta(site, ARTICLE, "og:description") == 'Người dân thôn Đông Sơn vui "ngày hội" <lớn>.'
    assert meta(site, ARTICLE, "og:url") == f"{BASE}/{ARTICLE}"
    assert meta(site, ARTICLE, "og:site_name") == settings()["SITENAME"]
    assert meta(site, ARTICLE, "og:locale") == "vi_VN"
    assert meta(site, ARTICLE, "article:published_time") == "2021-07-06T08:30:00+07:00"
    assert meta(site, ARTICLE, "article:modified_time") == "2021-07-07T20:05:00+07:00"
    assert meta(site, ARTICLE, "article:section") == "Đại đoàn kết"
    assert meta(site, ARTICLE, "twitter:card") == "summary_large_image"


def test_article_photo_is_absolute_and_sized(site):
    image = meta(site, ARTICLE, "og:image")
    assert image.startswith(f"{BASE}/media/") and "-og." in image
    built = site.path(image[len(BASE):])
    with Image.open(built) as photo:
        assert (meta(site, ARTICLE, "og:image:width"), meta(site, ARTICLE, "og:image:height")) == \
            (str(photo.width), str(photo.height))
        assert photo.width == 1200
    assert meta(site, ARTICLE, "og:image:type") == "image/jpeg"
    assert meta(site, ARTICLE, "og:image:alt") == "Người dân dự ngày hội"


def test_canonical_url_is_absolute_and_single_on_every_page(site):
    assert site.exists("drafts/ban-nhap/")  # development writes drafts: they must not be indexed
    for path in site.html_files():
        url = path.relative_to(site.output).as_posix()
        canonicals = head(site, url).find_all("link", rel="canonical")
        if url == "404.html" or url.startswith("drafts/"):
            assert not canonicals and meta(site, url, "robots") == "noindex", url
            continue
        assert len(canonicals) == 1, url
        expected = f"{BASE}/{url[: -len('index.html')] if url.endswith('index.html') else url}"
        assert canonicals[0]["href"] == expected == meta(site, url, "og:url"), url


def test_news_article_json_ld(site):
    data = json_ld(site, ARTICLE)
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == TITLE
    assert data["datePublished"] == "2021-07-06T08:30:00+07:00"
    assert data["dateModified"] == "2021-07-07T20:05:00+07:00"
    assert [a["name"] for a in data["author"]] == ["Đặng Văn Hùng", "Kim Quy"]
    assert data["author"][0]["url"] == f"{BASE}/tac-gia/dang-van-hung/"
    assert data["image"] == [meta(site, ARTICLE, "og:image")]
    assert data["publisher"] == {"@type": "Organization", "name": settings()["PORTAL_COMMITTEE"], "url": f"{BASE}/"}
    assert data["mainEntityOfPage"] == f"{BASE}/{ARTICLE}"
    assert data["description"] == meta(site, ARTICLE, "og:description")
    assert "<" not in head(site, ARTICLE).find("script", type="application/ld+json").string  # escaped by tojson


def test_article_without_photo_or_summary(site):
    description = meta(site, PLAIN, "og:description")
    assert description.startswith("Câu thứ 0 của thông báo") and description.endswith("…")
    assert len(description) <= 201
    assert meta(site, PLAIN, "og:image") is None and meta(site, PLAIN, "twitter:card") == "summary"
    assert meta(site, PLAIN, "article:modified_time") is None
    data = json_ld(site, PLAIN)
    assert "image" not in data and data["dateModified"] == data["datePublished"] == "2021-07-05T00:00:00+07:00"


def test_other_pages_are_websites_with_their_own_title(site):
    assert meta(site, "", "og:type") == "website"
    assert meta(site, "", "og:url") == f"{BASE}/"
    assert meta(site, "chuyen-muc/hoat-dong-mat-tran/trang/2/", "og:url") == \
        f"{BASE}/chuyen-muc/hoat-dong-mat-tran/trang/2/"
    assert meta(site, "chuyen-muc/hoat-dong-mat-tran/", "og:title").startswith("Hoạt động Mặt trận")
    assert meta(site, "gioi-thieu/", "og:title") == "Giới thiệu"
    assert meta(site, "gioi-thieu/", "og:description") == "Về Ủy ban MTTQ xã."
    for url in ("", "chuyen-muc/hoat-dong-mat-tran/", "gioi-thieu/", "tin-da-dua/2021/"):
        assert meta(site, url, "og:type") == "website" and meta(site, url, "og:site_name"), url
        assert meta(site, url, "og:description"), url
        assert not head(site, url).find_all("script", type="application/ld+json"), url


def test_quotes_and_angle_brackets_stay_inside_the_head_attributes(site):
    """Pelican renders without autoescape: every value put in an attribute must be escaped."""
    page_head = head(site, ARTICLE)
    summary = 'Người dân thôn Đông Sơn vui "ngày hội" <lớn>.'
    assert [t["content"] for t in page_head.find_all("meta", attrs={"name": "description"})] == [summary]
    assert meta(site, ARTICLE, "og:title") == TITLE and meta(site, ARTICLE, "og:description") == summary
    allowed = {"charset", "name", "content", "property", "rel", "href", "type", "title", "src", "defer"}
    for tag in page_head.find_all(True):
        assert set(tag.attrs) <= allowed, tag
