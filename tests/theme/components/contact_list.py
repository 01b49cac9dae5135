"""Examples of components/contact_list.html."""

from commune.data import Person
from component_fixtures import SITE

PEOPLE = [
    Person("Nguyễn Thị Thu Hà", "Chủ tịch", "Chairperson", phone="0905 318 246", email="ha@example.gov.vn"),
    Person("Trần Quang Đức", "Ủy viên Thường trực", "Standing Member"),
]


def text(node):
    return node.get_text(" ", strip=True)


def check_vietnamese(root, soup):
    assert root.name == "ul"
    items = root.select(":scope > li.ct-contact-list__item")
    assert [i.select_one(".ct-contact-list__name").get_text() for i in items] == ["Nguyễn Thị Thu Hà", "Trần Quang Đức"]
    assert items[0].select_one(".ct-contact-list__position").get_text() == "Chủ tịch"
    assert [a["href"] for a in items[0].select("a")] == ["tel:0905318246", "mailto:ha@example.gov.vn"]
    assert "Điện thoại: 0905 318 246" in text(items[0]) and "Thư điện tử: ha@example.gov.vn" in text(items[0])
    assert not items[1].select("a")  # no contact given, no empty link
    assert not root.select("img")  # no portrait in the data, none drawn


def check_english(root, soup):
    assert root.select_one(".ct-contact-list__position").get_text() == "Chairperson"
    assert "Phone: 0905 318 246" in text(root) and "E-mail: ha@example.gov.vn" in text(root)


def check_portrait(root, soup):
    img = root.select_one("picture.ct-contact-list__photo img")
    assert img["alt"] == "Chân dung bà Nguyễn Thị Thu Hà" and img["loading"] == "lazy"
    assert img["src"] == f"{SITE}/media/ha-240.jpg" and root.source["srcset"] == f"{SITE}/media/ha-240.webp"


def examples():
    thumb = {"src": f"{SITE}/media/ha-240.jpg", "webp": f"{SITE}/media/ha-240.webp", "width": 240, "height": 320}
    with_photo = Person("Nguyễn Thị Thu Hà", "Chủ tịch", photo="images/ha.jpg",
                        photo_alt="Chân dung bà Nguyễn Thị Thu Hà", picture={"thumb": thumb})
    return {
        "the standing committee": {"params": {"people": PEOPLE}, "check": check_vietnamese},
        "in English": {"params": {"people": PEOPLE, "lang": "en"}, "check": check_english},
        "with a portrait": {"params": {"people": [with_photo]}, "check": check_portrait},
    }
