"""The "Văn bản" pages in a real browser: the table never makes a 360 px phone scroll
sideways, and a document's page prints its fields and download links without the chrome."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gates

OVERFLOW_JS = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.mark.parametrize("kind", ["home", "documents", "document-filter", "document"])
def test_no_sideways_scroll_at_360_px(open_page, kind):
    page = open_page(kind, viewport=(360, 740))
    assert page.evaluate(OVERFLOW_JS) <= 0, f"{kind}: the page is wider than a 360 px phone"


def test_document_table_cells_name_their_column_on_a_phone(open_page):
    page = open_page("documents", viewport=(360, 740))
    label = page.locator("tbody tr").first.locator(".ct-document-table__status .ct-document-table__label")
    assert label.is_visible() and label.inner_text().startswith("Tình trạng")
    wide = open_page("documents", viewport=(1280, 800))
    assert not wide.locator("tbody tr").first.locator(".ct-document-table__label").first.is_visible()
    assert wide.locator("thead th").first.is_visible()


def test_document_prints_fields_and_downloads_without_navigation(open_page):
    page = open_page("document", viewport=(800, 1100), media="print")
    for selector in ("h1", "dl.ct-document-details", "a.ct-document-details__download"):
        assert page.locator(selector).first.is_visible(), f"{selector} is not printed"
    for selector in (".ct-nav", ".ct-header", ".ct-share", ".ct-breadcrumb", ".ct-footer"):
        locator = page.locator(selector)
        assert locator.count() == 0 or not locator.first.is_visible(), f"{selector} is printed"
