"""Examples of components/article.html."""

from types import SimpleNamespace

from component_fixtures import HOI_NGHI, SITE, TRAO_QUA, named, photo, when

NESTS = ["breadcrumb", "draft_notice", "figure", "prose", "tags", "share", "pager"]


def article(**extra):
    fields = dict(
        title="Ngày hội Đại đoàn kết tại thôn Đông Sơn", url="tin-tuc/2025/ngay-hoi-dong-son/",
        date=when(15, 11, 2025, 7, 0), date_has_time=True, modified=when(16, 11, 2025, 9, 15),
        authors=[named("Đặng Văn Hùng", "tac-gia/dang-van-hung/")],
        category=named("Đại đoàn kết", "chuyen-muc/dai-doan-ket/"),
        summary="Hơn 400 người dân vui ngày hội.", metadata={"summary": "Hơn 400 người dân vui ngày hội."},
        featured_image=photo(), content="<p>Sáng 15/11, thôn Đông Sơn tổ chức ngày hội.</p>",
        tags=[named("Ngày hội Đại đoàn kết", "the/ngay-hoi-dai-doan-ket/")], status="published",
        older_article=TRAO_QUA, newer_article=HOI_NGHI)
    fields.update(extra)
    return SimpleNamespace(**fields)


def check_published(root, soup):
    assert root.name == "article"
    crumbs = root.select("nav.ct-breadcrumb li")
    assert [li.get_text() for li in crumbs] == ["Trang chủ", "Đại đoàn kết", "Ngày hội Đại đoàn kết tại thôn Đông Sơn"]
    assert root.select_one("h1.ct-article__title").get_text() == "Ngày hội Đại đoàn kết tại thôn Đông Sơn"
    meta = root.select_one(".ct-article__meta")
    times = meta.select("time")
    assert times[0]["datetime"] == "2025-11-15T07:00:00+07:00" and "15/11/2025 07:00" in times[0].get_text()
    assert "Cập nhật" in meta.get_text() and times[1]["datetime"] == "2025-11-16T09:15:00+07:00"
    assert meta.select_one(f"a[href='{SITE}/tac-gia/dang-van-hung/']").get_text() == "Đặng Văn Hùng"
    assert meta.select_one(f"a[href='{SITE}/chuyen-muc/dai-doan-ket/']")
    assert root.select_one(".ct-article__lead").get_text() == "Hơn 400 người dân vui ngày hội."
    assert root.select_one("figure.ct-figure.ct-article__image img")["alt"] == "Người dân dự ngày hội"
    assert "thôn Đông Sơn tổ chức" in root.select_one(".ct-prose").get_text()
    assert root.select_one("a.ct-tags__tag")["href"] == f"{SITE}/the/ngay-hoi-dai-doan-ket/"
    assert root.select_one(".ct-share [data-copy-link]")["data-copy-link"] == f"{SITE}/tin-tuc/2025/ngay-hoi-dong-son/"
    assert root.select_one("nav.ct-pager a[rel=prev]")["href"] == f"{SITE}/{TRAO_QUA.url}"
    assert root.select_one(".ct-draft-notice") is None


def check_draft(root, soup):
    assert root.select_one(".ct-draft-notice[role=note]")
    assert not root.select(".ct-figure, .ct-tags, .ct-pager, .ct-article__lead")
    assert "Cập nhật" not in root.select_one(".ct-article__meta").get_text()


def examples():
    url = f"{SITE}/tin-tuc/2025/ngay-hoi-dong-son/"
    draft = article(status="draft", featured_image=None, tags=[], older_article=None, newer_article=None,
                    metadata={}, modified=None)
    return {
        "published, with everything": {"params": {"article": article(), "share_url": url}, "check": check_published},
        "a draft, bare": {"params": {"article": draft, "share_url": url}, "check": check_draft},
    }
