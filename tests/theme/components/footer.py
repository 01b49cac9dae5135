"""Examples of components/footer.html."""

from component_fixtures import SITE

PARAMS = {
    "committee": "Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Phong", "region": "Huyện Hòa Vang, thành phố Đà Nẵng",
    "editor": "Nguyễn Thị Thu Hà", "address": "Thôn Dương Lâm 1, xã Hòa Phong", "phone": "0236 3846 123",
    "email": "mttq.hoaphong@example.gov.vn", "licence": "",
    "links": [{"text": "Giới thiệu", "href": f"{SITE}/gioi-thieu/", "current": True},
              {"text": "Tin đã đưa", "href": f"{SITE}/tin-da-dua/"}],
}


def text(node):
    return " ".join(node.get_text(" ").split())


def check_on_a_static_page(root, soup):
    assert root.name == "footer"
    identity = text(root.select_one(".ct-footer__identity"))
    for words in ("Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Phong", "Trưởng Ban Biên tập: Nguyễn Thị Thu Hà",
                  "Địa chỉ: Thôn Dương Lâm 1", "Ghi rõ nguồn khi phát hành lại thông tin từ trang này"):
        assert words in identity, words
    assert root.select_one("a[href^='tel:']")["href"] == "tel:02363846123"
    assert root.select_one("a[href^='mailto:']").get_text() == "mttq.hoaphong@example.gov.vn"
    nav = root.select_one("nav.ct-footer__nav[aria-label='Thông tin về trang']")
    assert [a.get("aria-current") for a in nav.select("a")] == ["page", None]
    assert "Giấy phép" not in identity  # no licence given: no empty line


def check_with_licence(root, soup):
    assert "Giấy phép số 12/GP-STTTT" in text(root)


def examples():
    return {
        "on a static page": {"params": PARAMS, "check": check_on_a_static_page},
        "with a licence": {"params": dict(PARAMS, licence="Giấy phép số 12/GP-STTTT"), "check": check_with_licence},
    }
