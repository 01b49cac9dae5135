"""Examples of components/header.html (the main menu comes from the caller)."""

from component_fixtures import SITE

NESTS = ["search_form", "nav"]


def check_with_menu(root, soup):
    assert root.name == "header"
    brand = root.select_one("a.ct-header__brand")
    assert brand["href"] == f"{SITE}/"
    assert brand.img["src"] == f"{SITE}/theme/img/logo.svg" and brand.img["alt"] == ""  # the names say it
    assert brand.select_one(".ct-header__name").get_text() == "Ủy ban MTTQ Việt Nam xã Hòa Phong"
    assert brand.select_one(".ct-header__tagline").get_text() == "Cổng thông tin điện tử"
    assert root.select_one("form.ct-search-form")["action"] == f"{SITE}/tim-kiem/"
    assert root.select_one("nav.ct-nav[aria-label='Chuyên mục']")  # the caller's menu, inside the banner


def examples():
    return {"with the menu": {
        "params": {"home_url": f"{SITE}/", "logo_url": f"{SITE}/theme/img/logo.svg",
                   "tagline": "Cổng thông tin điện tử", "name": "Ủy ban MTTQ Việt Nam xã Hòa Phong",
                   "search": {"action": f"{SITE}/tim-kiem/"}},
        "caller": f'<nav class="ct-nav" aria-label="Chuyên mục"><a href="{SITE}/">Trang chủ</a></nav>',
        "check": check_with_menu,
    }}
