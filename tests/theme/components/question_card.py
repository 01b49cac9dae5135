"""Examples of components/question_card.html."""

from component_fixtures import SITE, question


def text(node):
    return " ".join(node.get_text(" ").split())


def check_in_the_list(root, soup):
    assert root.name == "article"
    title = root.select_one("h2.ct-question-card__title a")
    assert title["href"] == f"{SITE}/hoi-dap/ho-can-ngheo-bhyt/"
    assert title.get_text() == "Hộ cận nghèo có được hỗ trợ mua bảo hiểm y tế không?"
    meta = root.select_one(".ct-question-card__meta")
    assert text(meta).startswith("Hỏi: Nguyễn Văn Bình (Thôn Dương Lâm 1) · Trả lời ngày 10/09/2026")
    assert meta.time["datetime"] == "2026-09-10T00:00:00+07:00"
    assert meta.select_one(f"a[href='{SITE}/hoi-dap/chu-de/an-sinh-xa-hoi/']").get_text() == "An sinh xã hội"


def check_anonymous(root, soup):
    assert root.select_one("h3.ct-question-card__title")
    assert text(root.select_one(".ct-question-card__meta")) == "Hỏi: Bạn đọc · Trả lời ngày 10/09/2026"
    assert len(root.select("a")) == 1  # no topic, no topic link


def examples():
    return {
        "in the Q&A list": {"params": {"question": question(), "heading": "h2"}, "check": check_in_the_list},
        "asker not named, no topic": {"params": {"question": question(asker="Bạn đọc", village="", topic=None),
                                                 "heading": "h3"}, "check": check_anonymous},
    }
