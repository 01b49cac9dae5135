"""Rendered examples of the commune's components (contact-list, link-list, village-map)."""

from bs4 import BeautifulSoup
from jinja2 import Environment, FileSystemLoader

from commune.data import Link, Person
from commune.geomap import Boundary, draw
from conftest import ROOT


def render(component, macro, params):
    env = Environment(loader=FileSystemLoader(str(ROOT / "theme" / "templates")), autoescape=True)
    env.globals["SITEURL"] = "https://xa.example.gov.vn"
    template = env.from_string(f'{{% from "components/{component}.html" import {macro} %}}{{{{ {macro}(params) }}}}')
    return BeautifulSoup(template.render(params=params), "html.parser")


def test_contact_list_example():
    people = [
        Person("Nguyễn Thị Thu Hà", "Chủ tịch", "Chairperson", phone="0905 318 246", email="ha@example.gov.vn"),
        Person("Trần Quang Đức", "Ủy viên Thường trực", "Standing Member"),
    ]
    soup = render("contact_list", "contact_list", {"people": people})
    items = soup.select("ul.ct-contact-list > li.ct-contact-list__item")
    assert [i.select_one(".ct-contact-list__name").get_text() for i in items] == ["Nguyễn Thị Thu Hà", "Trần Quang Đức"]
    assert items[0].select_one(".ct-contact-list__position").get_text() == "Chủ tịch"
    assert [a["href"] for a in items[0].select("a")] == ["tel:0905318246", "mailto:ha@example.gov.vn"]
    assert "Điện thoại: 0905 318 246" in items[0].get_text(" ", strip=True)
    assert not items[1].select("a")  # no contact given, no empty link
    english = render("contact_list", "contact_list", {"people": people, "lang": "en"})
    assert english.select_one(".ct-contact-list__position").get_text() == "Chairperson"
    assert "Phone: 0905 318 246" in english.get_text(" ", strip=True)


def test_link_list_example():
    picture = {"src": "/media/dvc-480.jpg", "srcset": "/media/dvc-480.jpg 480w", "srcset_webp": "/media/dvc-480.webp 480w",
               "width": 480, "height": 128}
    links = [Link("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn", "images/dvc.jpg", "Biểu trưng DVC",
                  picture=picture),
             Link("Cổng thông tin điện tử thành phố Đà Nẵng", "https://danang.gov.vn")]
    plain = render("link_list", "link_list", {"links": links})
    assert [(a["href"], a.get_text(strip=True)) for a in plain.select("a.ct-link-list__link")] == [
        ("https://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia"),
        ("https://danang.gov.vn", "Cổng thông tin điện tử thành phố Đà Nẵng")]
    assert not plain.select("img")
    banners = render("link_list", "link_list", {"links": links, "banners": True})
    assert banners.select_one("ul")["class"] == ["ct-link-list", "ct-link-list--banners"]
    img = banners.select_one("a.ct-link-list__link img")
    assert (img["alt"], img["loading"], img["width"]) == ("Biểu trưng DVC", "lazy", "480")
    assert [s.get_text() for s in banners.select(".ct-link-list__host")] == ["dichvucong.gov.vn", "danang.gov.vn"]


def test_village_map_example():
    square = [(108.10, 15.98), (108.11, 15.98), (108.11, 15.99), (108.10, 15.99), (108.10, 15.98)]
    drawing = draw([Boundary("Túy Loan Đông", [square])], width=400)
    drawing.shapes[0].url, drawing.shapes[0].title = "thon/tuy-loan-dong/", "Thôn Túy Loan Đông"
    soup = render("village_map", "village_map", {"drawing": drawing, "title": "Bản đồ các thôn", "caption": "Minh họa"})
    svg = soup.select_one("figure.ct-village-map > svg.ct-village-map__svg")
    assert svg.select_one("title").get_text() == "Bản đồ các thôn" and svg["aria-labelledby"] == "ct-village-map-title"
    link = svg.select_one("a.ct-village-map__village")
    assert link["href"] == "https://xa.example.gov.vn/thon/tuy-loan-dong/"
    assert [t.get_text() for t in link.select("text tspan")] == ["Túy Loan ", "Đông"]  # two lines
    assert " ".join(link.get_text().split()) == "Túy Loan Đông"  # the link's name is what it shows
    assert link.select_one("path.ct-village-map__area")["d"].startswith("M8.0,")
    assert soup.select_one("figcaption").get_text() == "Minh họa"
