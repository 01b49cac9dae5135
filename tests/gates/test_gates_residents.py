"""Residents' channels (issue 17) in a real browser: the week's schedule is readable at 360 px
without sideways scrolling and prints on one A4 page; the Q&A pages do not scroll sideways."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.gates

OVERFLOW_JS = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"


@pytest.mark.parametrize("kind", ["schedule", "questions", "question"])
def test_no_sideways_scroll_at_360px(site, open_page, kind):
    if not site.pages.get(kind):
        pytest.skip(f"no {kind} page in the build")
    page = open_page(kind, viewport=(360, 740))
    scroll, client = page.evaluate(OVERFLOW_JS)
    assert scroll <= client, f"{site.pages[kind]} is {scroll} px wide at a {client} px viewport"
    if kind == "schedule":
        assert page.locator("main table").count() == 0
        assert page.locator(".ct-schedule-day__item").count() > 0


def test_a_week_prints_on_one_a4_page(site, open_page):
    if not site.pages.get("schedule"):
        pytest.skip("no schedule page in the build")
    page = open_page("schedule", viewport=(800, 1100), media="print")
    pdf = page.pdf(format="A4", print_background=False)
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
    assert pages == 1, f"{site.pages['schedule']} prints on {pages} A4 pages"
    assert not page.locator(".ct-nav").is_visible()
    assert page.locator(".ct-schedule-day").first.is_visible()
