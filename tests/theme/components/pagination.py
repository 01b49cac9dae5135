"""Examples of components/pagination.html (with Pelican's own Paginator)."""

from pelican.paginator import Paginator

from component_fixtures import SITE


def listing(settings, count, number):
    paginator = Paginator("chuyen-muc/thong-bao/index.html", "chuyen-muc/thong-bao/", list(range(count)),
                          settings, settings["DEFAULT_PAGINATION"])
    return {"page": paginator.page(number), "paginator": paginator, "label": "Phân trang Thông báo"}


def check_middle(root, soup):
    assert root.name == "nav" and root["aria-label"] == "Phân trang Thông báo"
    assert root.select_one(".ct-pagination__status").get_text() == "Trang 2/3"
    links = root.select("a.ct-pagination__link")
    assert links[0]["rel"] == ["prev"] and links[0]["href"] == f"{SITE}/chuyen-muc/thong-bao/"
    assert links[-1]["rel"] == ["next"] and links[-1]["href"] == f"{SITE}/chuyen-muc/thong-bao/trang/3/"
    current = root.select("a[aria-current=page]")
    assert [a.get_text() for a in current] == ["2"] and current[0]["href"] == f"{SITE}/chuyen-muc/thong-bao/trang/2/"
    assert root.select_one("a[aria-label='Trang 3']")  # a screen reader hears "Trang 3", not "3"


def check_first(root, soup):
    assert not root.select("a[rel=prev]") and root.select_one("a[aria-current=page]").get_text() == "1"


def examples():
    return {
        "second of three pages": {"params": lambda settings: listing(settings, 25, 2), "check": check_middle},
        "first page": {"params": lambda settings: listing(settings, 25, 1), "check": check_first},
        "one page only": {"params": lambda settings: listing(settings, 7, 1), "empty": True},
    }
