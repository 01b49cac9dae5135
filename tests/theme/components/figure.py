"""Examples of components/figure.html."""

from component_fixtures import photo


def check_with_caption(root, soup):
    assert root.name == "figure" and "ct-article__image" in root["class"]
    assert root.select_one("picture > source")["type"] == "image/webp"
    img = root.select_one("picture > img")
    assert img["alt"] == "Người dân dự ngày hội" and img["fetchpriority"] == "high" and not img.get("loading")
    assert img["srcset"].endswith("960w") and (img["width"], img["height"]) == ("960", "720")
    assert root.figcaption.get_text() == "Quang cảnh ngày hội"


def check_without_caption(root, soup):
    assert root.figcaption is None and root["class"] == ["ct-figure"]


NESTS = ["article"]  # the caller's BEM element, given as "class"


def examples():
    return {
        "with a caption": {"params": {"photo": photo(), "class": "ct-article__image"}, "check": check_with_caption},
        "without a caption": {"params": {"photo": photo(caption="")}, "check": check_without_caption},
    }
