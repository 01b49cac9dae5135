"""Examples of components/search.html."""

from component_fixtures import SITE, named

NESTS = ["notice"]


def check_page(root, soup):
    assert root.name == "div" and root["data-search-root"] == f"{SITE}/"
    fallback = root.select_one("noscript p.ct-notice")  # without JavaScript: other ways to find news
    assert [a["href"] for a in fallback.select("a")] == [f"{SITE}/tin-da-dua/", f"{SITE}/chuyen-muc/", f"{SITE}/the/"]
    form = root.select_one("form.ct-search__form")
    assert form["role"] == "search" and form["action"] == f"{SITE}/tim-kiem/" and form.has_attr("hidden")
    for control in form.select("input, select"):
        assert form.select_one(f"label[for='{control['id']}']"), control["id"]
    query = form.select_one("#ct-search-page-q")
    assert query["name"] == "q" and query["aria-describedby"] == "ct-search-page-hint"
    categories = form.select("select[name='chuyen-muc'] option")
    assert [(o["value"], o.get_text()) for o in categories] == [
        ("", "Tất cả chuyên mục"), ("hoat-dong-mat-tran", "Hoạt động Mặt trận"), ("thong-bao", "Thông báo")]
    assert [o.get_text() for o in form.select("select[name=nam] option")] == ["Tất cả các năm", "2026", "2025"]
    assert root.select_one(".ct-search__status")["role"] == "status"
    assert root.select_one("ol.ct-search__results").has_attr("hidden")


def examples():
    categories = [named("Hoạt động Mặt trận", "chuyen-muc/hoat-dong-mat-tran/"), named("Thông báo", "chuyen-muc/thong-bao/")]
    return {"search page": {"params": {
        "root": f"{SITE}/", "action": f"{SITE}/tim-kiem/", "categories": categories, "years": [2026, 2025],
        "archives_url": f"{SITE}/tin-da-dua/", "categories_url": f"{SITE}/chuyen-muc/", "tags_url": f"{SITE}/the/",
    }, "check": check_page}}
