"""The theme writes no site path itself: move every list page with the *_URL /
*_SAVE_AS settings and every link a reader can follow still lands on a page."""

from urllib.parse import urlsplit

from conftest import post

MOVED = {
    "ARCHIVES_URL": "luu-tru/", "ARCHIVES_SAVE_AS": "luu-tru/index.html",
    "YEAR_ARCHIVE_URL": "luu-tru/nam-{date:%Y}/", "YEAR_ARCHIVE_SAVE_AS": "luu-tru/nam-{date:%Y}/index.html",
    "MONTH_ARCHIVE_URL": "luu-tru/nam-{date:%Y}/thang-{date:%m}/",
    "MONTH_ARCHIVE_SAVE_AS": "luu-tru/nam-{date:%Y}/thang-{date:%m}/index.html",
    "DAY_ARCHIVE_URL": "luu-tru/nam-{date:%Y}/thang-{date:%m}/ngay-{date:%d}/",
    "DAY_ARCHIVE_SAVE_AS": "luu-tru/nam-{date:%Y}/thang-{date:%m}/ngay-{date:%d}/index.html",
    "SEARCH_URL": "tra-cuu/", "SEARCH_SAVE_AS": "tra-cuu/index.html",
    "CATEGORIES_URL": "muc/", "CATEGORIES_SAVE_AS": "muc/index.html",
    "TAGS_URL": "tu-khoa/", "TAGS_SAVE_AS": "tu-khoa/index.html",
    "AUTHORS_URL": "nguoi-viet/", "AUTHORS_SAVE_AS": "nguoi-viet/index.html",
    "THEME_STATIC_DIR": "giao-dien",
}


def test_every_link_follows_the_url_settings(build_site):
    site = build_site(posts={
        "2024/hoi-nghi.md": post("Hội nghị hiệp thương", date="05/03/2024 08:00", tags=["Hiệp thương"]),
        "2024/ngay-hoi.md": post("Ngày hội Đại đoàn kết", date="18/11/2024 07:30", category="Đại đoàn kết"),
    }, SEARCH_INDEX={"enabled": False}, **MOVED)
    # (theme_assets still writes the stylesheet under theme/css/ whatever THEME_STATIC_DIR says)
    for old in ("tin-da-dua", "tim-kiem", "chuyen-muc/index.html", "the/index.html", "tac-gia/index.html"):
        assert not (site.output / old).exists(), old
    checked = set()
    for page in site.html_files():
        soup = site.soup(str(page.relative_to(site.output)))
        links = [a["href"] for a in soup.select("a[href]")] + [f["action"] for f in soup.select("form[action]")]
        links += [t["href"] for t in soup.select("link[rel=icon], link[rel=stylesheet]")]
        links += [s["src"] for s in soup.select("script[src], img[src]")]
        for href in links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path.startswith("/"):
                continue  # other sites, tel:, mailto:, #main-content
            assert site.exists(parts.path), (str(page.relative_to(site.output)), href)
            checked.add(parts.path)
    for path in ("/luu-tru/", "/luu-tru/nam-2024/", "/luu-tru/nam-2024/thang-03/", "/luu-tru/nam-2024/thang-03/ngay-05/",
                 "/tra-cuu/", "/muc/", "/tu-khoa/", "/nguoi-viet/", "/giao-dien/img/logo.svg", "/giao-dien/js/site.js"):
        assert path in checked, path  # each moved page is really linked from somewhere
