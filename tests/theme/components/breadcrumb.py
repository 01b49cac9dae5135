"""Examples of components/breadcrumb.html."""

from component_fixtures import SITE


def check_category_page(root, soup):
    assert root.name == "nav" and root["aria-label"] == "Vị trí trang"
    items = root.select("ol.ct-breadcrumb__list > li")
    assert [li.get_text() for li in items] == ["Trang chủ", "Chuyên mục", "Hoạt động Mặt trận"]
    assert [a["href"] for a in root.select("a")] == [f"{SITE}/", f"{SITE}/chuyen-muc/"]
    last = items[-1]
    assert last.a is None and last.span["aria-current"] == "page"  # the current page is not a link


def examples():
    return {"category page": {
        "params": {"trail": [("Chuyên mục", "chuyen-muc/"), ("Hoạt động Mặt trận", "chuyen-muc/hoat-dong-mat-tran/")]},
        "check": check_category_page,
    }}
