"""Examples of components/link_list.html."""

from commune.data import Link
from component_fixtures import SITE

PICTURE = {"src": f"{SITE}/media/dvc-480.jpg", "srcset": f"{SITE}/media/dvc-480.jpg 480w",
           "srcset_webp": f"{SITE}/media/dvc-480.webp 480w", "width": 480, "height": 128}
LINKS = [
    Link("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn", "images/dvc.jpg", "Biểu trưng DVC",
         picture=PICTURE),
    Link("Cổng thông tin điện tử thành phố Đà Nẵng", "https://danang.gov.vn"),
]


def check_footer(root, soup):
    assert root.name == "ul" and root["class"] == ["ct-link-list"]
    assert [(a["href"], a.get_text(strip=True)) for a in root.select("a.ct-link-list__link")] == [
        ("https://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia"),
        ("https://danang.gov.vn", "Cổng thông tin điện tử thành phố Đà Nẵng")]
    assert not root.select("img, .ct-link-list__host")  # every page pays for the footer: text only


def check_banners(root, soup):
    assert root["class"] == ["ct-link-list", "ct-link-list--banners"]
    img = root.select_one("a.ct-link-list__link img")
    assert (img["alt"], img["loading"], img["width"]) == ("Biểu trưng DVC", "lazy", "480")
    assert [s.get_text() for s in root.select(".ct-link-list__host")] == ["dichvucong.gov.vn", "danang.gov.vn"]
    assert len(root.select("img")) == 1  # a link without a banner stays a text link


def examples():
    return {
        "in the footer": {"params": {"links": LINKS}, "check": check_footer},
        "on the links page, with banners": {"params": {"links": LINKS, "banners": True}, "check": check_banners},
    }
