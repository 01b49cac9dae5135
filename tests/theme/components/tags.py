"""Examples of components/tags.html."""

from component_fixtures import SITE, named


def check_two_tags(root, soup):
    assert root.name == "p" and root.select_one(".ct-tags__label").get_text() == "Chủ đề:"
    links = root.select("a.ct-tags__tag")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("Quỹ Vì người nghèo", f"{SITE}/the/quy-vi-nguoi-ngheo/"), ("Đại đoàn kết", f"{SITE}/the/dai-doan-ket/")]


def examples():
    tags = [named("Quỹ Vì người nghèo", "the/quy-vi-nguoi-ngheo/"), named("Đại đoàn kết", "the/dai-doan-ket/")]
    return {
        "two tags": {"params": {"tags": tags}, "check": check_two_tags},
        "no tags": {"params": {"tags": []}, "empty": True},
    }
