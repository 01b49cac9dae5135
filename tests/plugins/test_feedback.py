"""Gửi ý kiến / Đặt câu hỏi: prefilled mailto:, tel:, optional Zalo OA and form, no other host."""

from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from jinja2 import Environment, FileSystemLoader

from conftest import ROOT, post
from feedback.feedback import load_options, mailto
from portal_core.settings import SettingsError

ARTICLE = "tin-tuc/2026/hoi-nghi-cu-tri-thon-duong-lam-1/"


def decoded(href):
    """``(address, subject, body)`` of a mailto: link, as a mail program reads it."""
    parts = urlsplit(href)
    assert parts.scheme == "mailto"
    query = parse_qs(parts.query, keep_blank_values=True)
    return unquote(parts.path), query["subject"][0], query["body"][0]


def build(build_site, **overrides):
    return build_site(posts={"2026/a.md": post("Hội nghị cử tri thôn Dương Lâm 1", date="10/09/2026 08:00")},
                      **overrides)


def text(node):
    return " ".join(node.get_text(" ").split())


def test_article_offers_prefilled_mail_and_phone(build_site):
    site = build(build_site)
    box = site.soup(ARTICLE).select_one("section.ct-feedback")
    assert text(box.select_one("h2")) == "Gửi ý kiến về bài viết"
    address, subject, body = decoded(box.select_one("a[href^='mailto:']")["href"])
    assert address == "mttq.hoaphong@example.gov.vn"
    assert subject == "Ý kiến về bài: Hội nghị cử tri thôn Dương Lâm 1"
    assert body.split("\r\n")[:2] == ["Bài viết: Hội nghị cử tri thôn Dương Lâm 1",
                                      f"https://mttq-hoaphong.example.gov.vn/{ARTICLE}"]
    assert box.select_one("a[href^='tel:']")["href"] == "tel:02363846123"
    # what happens to a message, said plainly; no Zalo, no form, nothing from another host by default
    assert "Cán bộ Văn phòng đọc" in text(box)
    assert box.select("form") == [] and box.select("a[href*='zalo.me']") == []
    assert not box.select("script, img, iframe")


def test_publish_build_uses_the_published_address(build_site):
    site = build(build_site, publish=True, SITEURL="https://mttq.example.vn")
    _, _, body = decoded(site.soup(ARTICLE).select_one(".ct-feedback a[href^='mailto:']")["href"])
    assert f"https://mttq.example.vn/{ARTICLE}" in body


def test_zalo_and_form_only_when_configured(build_site):
    site = build(build_site, FEEDBACK={"zalo_oa_url": "https://zalo.me/1234567890",
                                       "form_action": "https://forms.example.org/f/abc",
                                       "form_owner": "Biểu mẫu trực tuyến của Ủy ban MTTQ xã"})
    box = site.soup(ARTICLE).select_one("section.ct-feedback")
    assert box.select_one("a[href='https://zalo.me/1234567890']") is not None
    form = box.select_one("form")
    assert form["action"] == "https://forms.example.org/f/abc" and form["method"] == "post"
    where = text(form.select_one(".ct-feedback__where"))
    assert "Biểu mẫu trực tuyến của Ủy ban MTTQ xã" in where and "forms.example.org" in where
    assert all(form.select_one(f"label[for='{field['id']}']") for field in form.select("input[id], textarea"))


def test_question_page_offers_ask_a_question(build_site):
    site = build_site(files={"hoi-dap/a.md": (
        "---\ntitle: Hỏi thử\nquestion: Câu hỏi?\nasked: 01/09/2026\nanswered: 02/09/2026\n"
        "answered_by: Ban Biên tập\n---\n\nTrả lời.\n").encode()})
    for url in ("hoi-dap/", "hoi-dap/hoi-thu/"):
        box = site.soup(url).select_one("section.ct-feedback")
        assert text(box.select_one("h2")) == "Đặt câu hỏi"
        _, subject, body = decoded(box.select_one("a[href^='mailto:']")["href"])
        assert subject == "Câu hỏi gửi Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Phong"
        assert body.startswith("Họ và tên:\r\nThôn:") and "https://mttq-hoaphong.example.gov.vn/hoi-dap/" in body
        assert "trả lời công khai" in text(box)


def test_mailto_encodes_like_rfc_6068():
    href = mailto("a@b.vn", "Ý kiến & hỏi", "dòng 1\ndòng 2")
    assert href == "mailto:a@b.vn?subject=%C3%9D%20ki%E1%BA%BFn%20%26%20h%E1%BB%8Fi&body=d%C3%B2ng%201%0D%0Ad%C3%B2ng%202"


@pytest.mark.parametrize("given", [
    {"zalo_oa_url": "http://zalo.me/1"},
    {"form_action": "https://forms.example.org/f"},  # who runs it must be said
    {"zalo": "https://zalo.me/1"},
])
def test_bad_settings_are_refused(given):
    with pytest.raises(SettingsError):
        load_options({"FEEDBACK": given})


def test_feedback_component_example():
    env = Environment(loader=FileSystemLoader(str(ROOT / "theme" / "templates")), autoescape=True)
    env.filters["mailto"] = mailto
    html = env.from_string(
        '{% from "components/feedback.html" import feedback %}'
        '{{ feedback({"title": "Gửi ý kiến", "id": "vi-du", "subject": "Tiêu đề", "body": "Nội dung",'
        ' "committee": "Ủy ban MTTQ xã", "questions_url": "hoi-dap/",'
        ' "settings": {"email": "a@b.vn", "phone": "0236 1", "tel": "02361", "zalo_oa_url": "", "form_action": ""}}) }}'
    ).render(SITEURL="")
    from bs4 import BeautifulSoup

    box = BeautifulSoup(html, "html.parser").select_one("section.ct-feedback[aria-labelledby=vi-du]")
    assert [a["href"] for a in box.select(".ct-feedback__link")] == [
        "mailto:a@b.vn?subject=Ti%C3%AAu%20%C4%91%E1%BB%81&body=N%E1%BB%99i%20dung", "tel:02361"]
    assert box.select_one("a[href='/hoi-dap/']") is not None
    assert all(c.startswith("ct-feedback") for el in box.find_all(class_=True) for c in el["class"])
