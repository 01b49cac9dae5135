"""Examples of components/notice.html."""

from markupsafe import Markup

from component_fixtures import SITE


def check_html(root, soup):
    assert root.name == "p" and root.a["href"] == f"{SITE}/tin-da-dua/"


def check_text_is_escaped(root, soup):
    assert root.get_text() == "Dùng <b> không được" and root.b is None


def examples():
    return {
        "with a link": {"params": {"html": Markup(f'Xem <a href="{SITE}/tin-da-dua/">Tin đã đưa</a>.')},
                        "check": check_html},
        "plain text": {"params": {"text": "Dùng <b> không được"}, "check": check_text_is_escaped},
    }
