"""Examples of components/village_map.html."""

from commune.geomap import Boundary, draw
from component_fixtures import SITE


def drawing(*villages):
    """Side-by-side square villages ``(name, slug)``, drawn as the commune plugin draws the real map."""
    squares = [Boundary(name, [[(108.10 + i / 100, 15.98), (108.11 + i / 100, 15.98), (108.11 + i / 100, 15.99),
                                (108.10 + i / 100, 15.99), (108.10 + i / 100, 15.98)]])
               for i, (name, _) in enumerate(villages)]
    result = draw(squares, width=400)
    for shape, (name, slug) in zip(result.shapes, villages):
        shape.url, shape.title = f"thon/{slug}/", f"Thôn {name}"
    return result


def check_one_village(root, soup):
    assert root.name == "figure"
    svg = root.select_one(":scope > svg.ct-village-map__svg")
    assert svg.select_one("title").get_text() == "Bản đồ các thôn" and svg["aria-labelledby"] == "ct-village-map-title"
    assert svg.select_one("title")["id"] == "ct-village-map-title"
    link = svg.select_one("a.ct-village-map__village")
    assert link["href"] == f"{SITE}/thon/tuy-loan-dong/"
    assert [t.get_text() for t in link.select("text tspan")] == ["Túy Loan ", "Đông"]  # two lines
    assert " ".join(link.get_text().split()) == "Túy Loan Đông"  # the link's name is what it shows
    assert link.select_one("path.ct-village-map__area")["d"].startswith("M8.0,")
    assert root.select_one("figcaption.ct-village-map__caption").get_text() == "Minh họa"


def check_colours(root, soup):
    areas = root.select("path.ct-village-map__area")
    assert [a["class"][1] for a in areas] == [f"ct-village-map__area--{i}" for i in (0, 1, 2, 3, 0)]
    assert root.figcaption is None  # no caption given, none drawn


def examples():
    five = [("Dương Lâm 1", "duong-lam-1"), ("Dương Lâm 2", "duong-lam-2"), ("Đông Sơn", "dong-son"),
            ("Trạm Nhạn", "tram-nhan"), ("Thạch Bồ", "thach-bo")]
    return {
        "one village, with a caption": {
            "params": {"drawing": drawing(("Túy Loan Đông", "tuy-loan-dong")), "title": "Bản đồ các thôn",
                       "caption": "Minh họa"},
            "check": check_one_village},
        "five villages, four fills": {"params": {"drawing": drawing(*five), "title": "Bản đồ các thôn"},
                                      "check": check_colours},
    }
