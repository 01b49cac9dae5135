"""Every page type of the portal exists and shows what a reader expects."""

import re

import pytest
from bs4 import BeautifulSoup

from conftest import jpeg, post


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A small portal: 13 posts in one category (two pages of listing), posts in
    other categories, a featured post with a photo, a draft and static pages."""
    from conftest import Site, run_pelican

    root = tmp_path_factory.mktemp("portal")
    content = root / "content"
    posts = {
        f"2021/hoi-nghi-{n:02d}.md": post(
            f"Hội nghị số {n:02d}", date=f"{n:02d}/03/2021 08:{n:02d}", tags=["Quỹ Vì người nghèo"],
        )
        for n in range(1, 14)
    }
    posts["2022/ngay-hoi.md"] = post(
        "Ngày hội Đại đoàn kết tại thôn Đông Sơn", date="06/07/2021 08:30", category="Đại đoàn kết",
        author="Đặng Văn Hùng", tags=["Ngày hội Đại đoàn kết", "Quỹ Vì người nghèo"], featured=True,
        summary="Người dân thôn Đông Sơn vui ngày hội.", image="images/2021/ngay-hoi.jpg",
        image_alt="Người dân dự ngày hội", image_caption="Quang cảnh ngày hội",
        body="Đoạn mở đầu.\n\n![Trao quà cho hộ nghèo](images/2021/trao-qua.jpg)\n*Trao quà cho hộ nghèo*\n\nĐoạn cuối.",
    )
    posts["2022/thong-bao.md"] = post("Thông báo lịch tiếp dân", date="2022-01-10", category="Thông báo")
    posts["2022/nhap.md"] = post("Bản nháp chưa xong", date="11/01/2022", status="draft", category="Thông báo")
    pages = {
        "gioi-thieu.md": "---\ntitle: Giới thiệu\nslug: gioi-thieu\norder: 1\n---\nVề Ủy ban.\n",
        "lien-he.md": "---\ntitle: Liên hệ\nslug: lien-he\norder: 2\n---\nĐịa chỉ.\n",
    }
    for rel, text in posts.items():
        (content / "posts" / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / "posts" / rel).write_text(text, encoding="utf-8")
    for rel, text in pages.items():
        (content / "pages").mkdir(parents=True, exist_ok=True)
        (content / "pages" / rel).write_text(text, encoding="utf-8")
    (content / "images" / "2021").mkdir(parents=True)
    (content / "images" / "2021" / "ngay-hoi.jpg").write_bytes(jpeg())
    (content / "images" / "2021" / "trao-qua.jpg").write_bytes(jpeg())
    run_pelican(content, root / "output", CACHE_PATH=str(root / "cache"))
    built = Site(root / "output", content)
    built.posts = posts
    return built


ARTICLE = "tin-tuc/2021/ngay-hoi-dai-doan-ket-tai-thon-dong-son/"


def text(node):
    return " ".join(node.get_text(" ").split())


def test_every_page_has_skip_link_landmarks_header_nav_and_footer(site):
    for path in site.html_files():
        soup = site.soup(str(path.relative_to(site.output)))
        assert soup.html["lang"] == "vi", path
        skip = soup.select_one("a.ct-skip-link")
        assert skip and skip["href"] == "#main-content", path
        assert soup.select_one("main#main-content"), path
        assert soup.select_one("nav[aria-label='Chuyên mục']"), path
        footer = text(soup.select_one("footer"))
        for words in ("Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Phong", "Trưởng Ban Biên tập:",
                      "Địa chỉ:", "Điện thoại:", "Ghi rõ nguồn khi phát hành lại thông tin từ trang này"):
            assert words in footer, (path, words)
        assert not re.search(r"lượt truy cập|đang online|lượt xem", text(soup).lower()), path
        assert not soup.select("script[src^='http'], link[href^='http'][rel='stylesheet']"), path


def test_home_shows_featured_latest_and_a_block_per_category(site):
    home = site.soup("")
    featured = home.select_one("section[aria-labelledby='tin-noi-bat']")
    assert "Ngày hội Đại đoàn kết tại thôn Đông Sơn" in text(featured)
    latest = [text(a) for a in home.select("section[aria-labelledby='tin-moi'] .ct-news-card__title a")]
    assert latest[0] == "Thông báo lịch tiếp dân" and len(latest) == 8
    blocks = [text(h) for h in home.select(".ct-block .ct-section__title")]
    assert blocks == ["Hoạt động Mặt trận", "Đại đoàn kết", "Thông báo"]  # menu order
    assert home.select_one(".ct-nav a[aria-current='page']").get_text() == "Trang chủ"


def test_article_page_shows_everything_a_reader_needs(site):
    page = site.soup(ARTICLE)
    crumbs = [text(li) for li in page.select(".ct-breadcrumb li")]
    assert crumbs == ["Trang chủ", "Đại đoàn kết", "Ngày hội Đại đoàn kết tại thôn Đông Sơn"]
    assert text(page.h1) == "Ngày hội Đại đoàn kết tại thôn Đông Sơn"
    meta = text(page.select_one(".ct-article__meta"))
    assert "Thứ Ba, 06/07/2021 08:30" in meta and "Đặng Văn Hùng" in meta and "Đại đoàn kết" in meta
    assert [text(a) for a in page.select(".ct-tags__tag")] == ["Ngày hội Đại đoàn kết", "Quỹ Vì người nghèo"]
    figure = page.select_one(".ct-article__image")
    assert figure.img["alt"] == "Người dân dự ngày hội" and text(figure.figcaption) == "Quang cảnh ngày hội"
    assert site.exists(figure.img["src"])
    body = page.select_one(".ct-prose figure")
    assert body.img["alt"] == "Trao quà cho hộ nghèo" and site.exists(body.img["src"])
    assert text(body.figcaption) == "Trao quà cho hộ nghèo"
    share = page.select_one(".ct-share")
    links = [a["href"] for a in share.select("a")]
    assert any("facebook.com/sharer" in h for h in links) and any("zalo" in h for h in links)
    assert share.select_one("[data-print]").get_text() == "In bài viết"
    assert share.select_one("[data-copy-link]")
    assert page.select_one(".ct-nav a[aria-current]").get_text() == "Đại đoàn kết"


def test_tin_khac_lists_same_category_posts_nearest_in_time(site):
    page = site.soup("tin-tuc/2021/hoi-nghi-so-07/")
    others = [text(a) for a in page.select("aside .ct-news-card__title a")]
    # Posts are evenly spaced, so each distance ties; ties go to the newer post
    # (follow-up news), and the five are shown newest first.
    assert others == ["Hội nghị số 10", "Hội nghị số 09", "Hội nghị số 08", "Hội nghị số 06", "Hội nghị số 05"]
    pager = page.select_one("nav.ct-pager")
    assert "Hội nghị số 06" in text(pager.select_one("[rel=prev]"))
    assert "Hội nghị số 08" in text(pager.select_one("[rel=next]"))


def test_category_pages_are_paginated_ten_per_page_with_labels(site):
    first = site.soup("chuyen-muc/hoat-dong-mat-tran/")
    second = site.soup("chuyen-muc/hoat-dong-mat-tran/trang/2/")
    assert len(first.select(".ct-news-card")) == 10 and len(second.select(".ct-news-card")) == 3
    nav = second.select_one("nav.ct-pagination")
    assert nav["aria-label"].startswith("Phân trang") and "Trang 2/2" in text(nav)
    assert nav.select_one("[aria-current='page']").get_text() == "2"
    assert first.select_one(".ct-nav a[aria-current='page']").get_text() == "Hoạt động Mặt trận"


def test_tag_and_author_pages(site):
    tag = site.soup("the/quy-vi-nguoi-ngheo/")
    assert text(tag.h1).startswith("Chủ đề: Quỹ Vì người nghèo")
    assert len(tag.select(".ct-news-card")) == 10 and site.exists("the/quy-vi-nguoi-ngheo/trang/2/")
    author = site.soup("tac-gia/dang-van-hung/")
    assert [text(a) for a in author.select(".ct-news-card__title a")] == ["Ngày hội Đại đoàn kết tại thôn Đông Sơn"]
    assert "Quỹ Vì người nghèo" in text(site.soup("the/")) and "Đặng Văn Hùng" in text(site.soup("tac-gia/"))


DAY_URL = re.compile(r"/tin-da-dua/\d{4}/\d\d/\d\d/")


def test_archives_by_year_and_month_with_the_days_on_the_month_page(site):
    archives = site.soup("tin-da-dua/")
    assert "Năm 2022" in text(archives) and "Năm 2021" in text(archives)
    assert site.exists("tin-da-dua/2021/")
    month = site.soup("tin-da-dua/2021/03/")
    assert "Tháng 3/2021" in text(month.h1)
    days = month.select("nav[aria-label='Xem theo ngày'] a")
    assert [text(a) for a in days] == [f"{n:02d}" for n in range(1, 14)]
    assert days[6]["href"] == "#ngay-07" and days[6]["aria-label"] == "Ngày 7/3/2021: 1 tin"
    headings = month.select("h2.ct-archive-day__title")
    assert [h["id"] for h in headings] == [f"ngay-{n:02d}" for n in range(13, 0, -1)]  # newest first
    assert text(headings[6]) == "Chủ nhật, 07/03/2021 (1 tin)"
    for link in days:  # every day link lands on a heading of this page
        assert month.find(id=link["href"][1:]) in headings, link["href"]
    # Headings in order (h1, h2 per day, h3 per post) and each post once, under its own day.
    levels = [h.name for h in month.select("main h1, main h2, main h3")]
    assert levels[:2] == ["h1", "h2"] and "h4" not in levels and levels.count("h3") == 13
    titles = [text(a) for a in month.select(".ct-archive-day h3.ct-news-card__title a")]
    assert titles == [f"Hội nghị số {n:02d}" for n in range(13, 0, -1)]
    seventh = month.find(id="ngay-07").find_parent("section")
    assert [text(a) for a in seventh.select(".ct-news-card__title a")] == ["Hội nghị số 07"]
    # No day pages by default, and no page of the site links to one.
    assert not site.exists("tin-da-dua/2021/03/07/")
    for path in site.html_files():
        hrefs = [a["href"] for a in site.soup(str(path.relative_to(site.output))).select("a[href]")]
        assert not [h for h in hrefs if DAY_URL.search(h)], path


def test_month_page_groups_each_days_posts_and_links_day_pages_when_a_site_writes_them(build_site):
    site = build_site(posts={
        "2024/sang.md": post("Hội nghị hiệp thương buổi sáng", date="05/03/2024 08:00"),
        "2024/chieu.md": post("Họp Ban Thường trực buổi chiều", date="05/03/2024 15:00", category="Thông báo"),
        "2024/ngay-18.md": post("Ngày hội Đại đoàn kết", date="18/03/2024 07:30"),
    }, DAY_ARCHIVE_SAVE_AS="tin-da-dua/{date:%Y}/{date:%m}/{date:%d}/index.html")
    month = site.soup("tin-da-dua/2024/03/")
    headings = month.select("h2.ct-archive-day__title")
    assert [(h["id"], text(h)) for h in headings] == [("ngay-18", "Thứ Hai, 18/03/2024 (1 tin)"),
                                                      ("ngay-05", "Thứ Ba, 05/03/2024 (2 tin)")]
    fifth = headings[1].find_parent("section")
    assert [text(a) for a in fifth.select(".ct-news-card__title a")] == [
        "Họp Ban Thường trực buổi chiều", "Hội nghị hiệp thương buổi sáng"]  # newest first within the day
    assert [a["href"] for a in month.select("nav[aria-label='Xem theo ngày'] a")] == ["#ngay-05", "#ngay-18"]
    assert headings[1].a["href"] == "/tin-da-dua/2024/03/05/"  # the day's own page, written
    day = site.soup("tin-da-dua/2024/03/05/")
    assert text(day.h1) == "Tin đã đưa: Ngày 05/03/2024"
    assert [text(a) for a in day.select(".ct-news-card__title a")] == [
        "Họp Ban Thường trực buổi chiều", "Hội nghị hiệp thương buổi sáng"]
    links = day.select("nav[aria-label='Xem theo ngày'] a")
    assert [(a["href"], a.get("aria-current")) for a in links] == [
        ("/tin-da-dua/2024/03/05/", "page"), ("/tin-da-dua/2024/03/18/", None)]
    assert all(site.exists(a["href"]) for a in links)
    assert "https://mttq-hoaphong.example.gov.vn/tin-da-dua/2024/03/05/" in (site.output / "sitemap.xml").read_text()


def test_static_pages_404_and_search_page(site):
    assert text(site.soup("gioi-thieu/").h1) == "Giới thiệu"
    footer_links = [text(a) for a in site.soup("").select(".ct-footer__nav a")]
    assert footer_links[:2] == ["Giới thiệu", "Liên hệ"]
    missing = site.soup("404.html")
    assert "Không tìm thấy trang" in text(missing.h1)
    search = site.soup("tim-kiem/")
    noscript = BeautifulSoup(search.noscript.decode_contents(), "html.parser")
    assert "cần bật JavaScript" in text(noscript)
    assert [a["href"] for a in noscript.select("a")] == ["/tin-da-dua/", "/chuyen-muc/", "/the/"]  # no documents: no library link
    assert site.soup("").select_one("form[role=search]")["action"].endswith("/tim-kiem/")


def test_nothing_lost_every_post_has_its_page_and_is_listed_in_its_category(site):
    published = {rel: t for rel, t in site.posts.items() if "status: draft" not in t}
    articles = list((site.output / "tin-tuc").rglob("index.html"))
    assert len(articles) == len(published)
    for page_path in articles:
        page = site.soup(str(page_path.relative_to(site.output)))
        category_url = page.select(".ct-breadcrumb a")[-1]["href"]
        listed = []
        url = category_url
        while url:
            listing = site.soup(url)
            listed += [a["href"] for a in listing.select(".ct-news-card__title a")]
            nxt = listing.select_one(".ct-pagination [rel=next]")
            url = nxt["href"] if nxt else None
        assert "/" + str(page_path.parent.relative_to(site.output)) + "/" in listed


def test_drafts_stay_out_of_listings_but_can_be_previewed(site):
    everything = " ".join(p.read_text(encoding="utf-8") for p in site.html_files() if "drafts" not in p.parts)
    assert "Bản nháp chưa xong" not in everything
    assert site.exists("drafts/ban-nhap-chua-xong/")
    assert "Bản nháp" in text(site.soup("drafts/ban-nhap-chua-xong/").select_one(".ct-draft-notice"))


def test_publish_build_writes_no_drafts(build_site):
    built = build_site(posts={"2021/a.md": post("Đăng"), "2021/b.md": post("Nháp", status="draft")}, publish=True)
    assert built.exists("tin-tuc/2021/dang/")
    assert not (built.output / "drafts").exists()
    assert "Nháp" not in " ".join(p.read_text(encoding="utf-8") for p in built.html_files())


def test_links_made_by_components_use_the_site_address_in_publish_builds(build_site):
    site = build_site(posts={
        "a.md": post("Hội nghị thôn Đông Sơn", tags=["khu dân cư"]),
    }, publish=True)
    index = site.soup("index.html")
    card = index.select_one(".ct-news-card__title a")
    assert card["href"].startswith("https://") and card["href"].endswith("/tin-tuc/2021/hoi-nghi-thon-dong-son/")
    crumbs = site.soup("the/khu-dan-cu/index.html").select(".ct-breadcrumb a")
    assert crumbs and all(a["href"].startswith("https://") for a in crumbs)
