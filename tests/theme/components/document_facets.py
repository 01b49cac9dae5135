"""Examples of components/document_facets.html."""

from component_fixtures import SITE
from van_ban.documents import FacetValue

KE_HOACH = FacetValue("loai", "Kế hoạch", "ke-hoach", 3)
FACETS = [
    ("loai", "Loại văn bản", [KE_HOACH, FacetValue("loai", "Thông báo", "thong-bao", 4)]),
    ("nam", "Năm ban hành", [FacetValue("nam", "2024", "2024", 7)]),
]


def params(settings, current=None):
    return {"facets": FACETS, "current": current, "all_url": settings["VAN_BAN_URL"], "all_count": 7,
            "url_pattern": settings["VAN_BAN_FILTER_URL"]}


def text(node):
    return " ".join(node.get_text().split())


def check_filtered(root, soup):
    assert root.name == "nav" and root["aria-label"] == "Lọc văn bản"
    link = root.select_one("a.ct-document-facets__link[aria-current=page]")
    assert link["href"] == f"{SITE}/van-ban/loai/ke-hoach/" and link.get_text() == "Kế hoạch"
    assert len(root.select("[aria-current]")) == 1  # only this page's value
    assert text(root.select_one(".ct-document-facets__list li")) == "Kế hoạch (3)"
    group = root.select(".ct-document-facets__group")[1]
    assert group.ul["aria-labelledby"] == group.h3["id"] == "loc-nam"
    assert group.a["href"] == f"{SITE}/van-ban/nam/2024/"


def check_whole_library(root, soup):
    every = root.select_one(".ct-document-facets__all a")
    assert every["aria-current"] == "page" and every["href"] == f"{SITE}/van-ban/"
    assert text(root.select_one(".ct-document-facets__all")) == "Tất cả văn bản (7)"
    assert not root.select(".ct-document-facets__link[aria-current]")


def examples():
    return {
        "on a filter page": {"params": lambda settings: params(settings, KE_HOACH), "check": check_filtered},
        "on the whole library": {"params": params, "check": check_whole_library},
    }
