"""Examples of components/feedback.html."""

from urllib.parse import parse_qs

from component_fixtures import SITE

ADDRESS = f"{SITE}/tin-tuc/2025/ngay-hoi-dong-son/"
# The ``feedback`` template variable as the feedback plugin provides it (defaults: no Zalo, no form).
CHANNELS = {"email": "mttq.hoaphong@example.gov.vn", "phone": "0236 3846 123", "tel": "02363846123",
            "zalo_oa_url": "", "form_action": "", "form_owner": ""}


def params(settings, channels=CHANNELS):
    return {"title": "Gửi ý kiến về bài viết", "id": "gui-y-kien", "settings": channels,
            "committee": settings["PORTAL_COMMITTEE"], "questions_url": settings["QUESTIONS_URL"], "page_url": ADDRESS,
            "subject": "Ý kiến về bài: Ngày hội Đại đoàn kết",
            "body": f"Bài viết: Ngày hội Đại đoàn kết\n{ADDRESS}\n\nÝ kiến của tôi:\n"}


def check_below_an_article(root, soup):
    assert root.name == "section" and root["aria-labelledby"] == "gui-y-kien"
    assert root.select_one("h2#gui-y-kien").get_text() == "Gửi ý kiến về bài viết"
    mail, phone = root.select("a.ct-feedback__link")
    address, _, query = mail["href"].partition("?")
    assert address == "mailto:mttq.hoaphong@example.gov.vn" and "+" not in query  # RFC 6068: %20, not +
    fields = parse_qs(query)
    assert fields["subject"] == ["Ý kiến về bài: Ngày hội Đại đoàn kết"]
    assert fields["body"] == [f"Bài viết: Ngày hội Đại đoàn kết\r\n{ADDRESS}\r\n\r\nÝ kiến của tôi:"]
    assert phone["href"] == "tel:02363846123"
    assert " ".join(phone.get_text().split()) == "Gọi điện 0236 3846 123"
    how = root.select_one(".ct-feedback__how")
    assert "Văn phòng Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Phong" in how.get_text()
    assert how.select_one(f"a[href='{SITE}/hoi-dap/']").get_text() == "Hỏi đáp"
    assert root.form is None and "Zalo" not in root.get_text()  # both off unless the commune sets them


def check_with_zalo_and_form(root, soup):
    zalo = root.select_one("a.ct-feedback__link[href='https://zalo.me/123456']")
    assert zalo["rel"] == ["noopener"] and zalo.get_text().startswith("Nhắn tin Zalo")
    form = root.select_one("form.ct-feedback__form")
    assert form["method"] == "post" and form["action"] == "https://forms.example.org/f/mttq"
    # Where the message goes is said before the resident writes it.
    assert "Google Forms của Ủy ban MTTQ xã tại forms.example.org" in form.select_one(".ct-feedback__where").get_text()
    assert form.select_one("input[type=hidden][name=trang]")["value"] == ADDRESS
    for field in form.select("input:not([type=hidden]), textarea"):
        assert form.select_one(f"label[for='{field['id']}']"), field  # every field labelled
    assert form.textarea.has_attr("required") and form.select_one("button.ct-feedback__submit").get_text() == "Gửi"


def check_without_email(root, soup):
    assert [a["href"] for a in root.select("a.ct-feedback__link")] == ["tel:02363846123"]


def examples():
    more = dict(CHANNELS, zalo_oa_url="https://zalo.me/123456", form_action="https://forms.example.org/f/mttq",
                form_owner="Google Forms của Ủy ban MTTQ xã")
    return {
        "below an article": {"params": params, "check": check_below_an_article},
        "with Zalo and a form": {"params": lambda settings: params(settings, more), "check": check_with_zalo_and_form},
        "no e-mail set": {"params": lambda settings: params(settings, dict(CHANNELS, email="")),
                          "check": check_without_email},
    }
