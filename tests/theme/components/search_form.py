"""Examples of components/search_form.html."""

from component_fixtures import SITE


def check_header_box(root, soup):
    assert root.name == "form" and root["role"] == "search" and root["method"] == "get"
    assert root["action"] == f"{SITE}/tim-kiem/"
    field = root.select_one("input.ct-search-form__input")
    assert field["name"] == "q" and field["type"] == "search"
    assert root.select_one("label")["for"] == field["id"]  # the field has a (visually hidden) name
    assert root.select_one("button[type=submit]").get_text() == "Tìm"


def examples():
    return {"header box": {"params": {"action": f"{SITE}/tim-kiem/"}, "check": check_header_box}}
