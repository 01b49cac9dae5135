"""Nothing broken at run time: each page type loads in Chromium without failed requests
(HTTP >= 400, refused), uncaught script errors, or console errors and warnings."""

from __future__ import annotations

import pytest

from . import gatelib

pytestmark = pytest.mark.gates


@pytest.mark.parametrize("kind", gatelib.PAGE_KINDS)
def test_page_loads_cleanly(site, open_page, kind):
    errors: list[str] = []
    page = open_page(kind, viewport=(360, 740), errors=errors)
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_timeout(300)
    if errors:
        pytest.fail(f"{kind} page {site.pages[kind]}: {len(errors)} problem(s) while loading:\n  "
                    + "\n  ".join(errors), pytrace=False)
