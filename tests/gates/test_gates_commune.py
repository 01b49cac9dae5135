"""The commune's sections in a real browser: the administrative map is readable at 360 px
and prints; every village of the map is a link a keyboard reaches."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gates

LABELS_JS = r"""() => [...document.querySelectorAll('svg.ct-village-map__svg a')].map(a => {
  const t = a.querySelector('text'); const r = t.getBoundingClientRect();
  return {name: a.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) *
          (a.ownerSVGElement.getBoundingClientRect().width / a.ownerSVGElement.viewBox.baseVal.width),
          w: r.width, h: r.height, visible: t.checkVisibility()};
})"""


def test_map_labels_readable_at_360px(open_page):
    page = open_page("villages", viewport=(360, 740))
    labels = page.evaluate(LABELS_JS)
    assert len(labels) >= 2
    small = [f"{label['name']}: {label['px']:.1f}px" for label in labels if label["px"] < 12 or not label["visible"]]
    assert not small, f"map labels under 12 px or hidden at 360 px: {small}"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the map page scrolls sideways at 360 px ({width} px wide)"


def test_map_villages_are_keyboard_links(open_page):
    page = open_page("villages", viewport=(1280, 800))
    count = page.evaluate("document.querySelectorAll('svg.ct-village-map__svg a[href]').length")
    reached = set()
    for _ in range(120):
        page.keyboard.press("Tab")
        label = page.evaluate("document.activeElement.closest('svg') ? document.activeElement.textContent.trim() : null")
        if label:
            reached.add(label)
        if len(reached) == count:
            break
    assert len(reached) == count, f"only {len(reached)} of {count} villages reached with Tab: {sorted(reached)}"


def test_map_page_prints_the_map_and_the_list(open_page):
    page = open_page("villages", viewport=(800, 1100), media="print")
    shown = page.evaluate("""() => ({
      map: document.querySelector('svg.ct-village-map__svg').checkVisibility(),
      list: document.querySelector('main h2 + ol').checkVisibility(),
      header: document.querySelector('.ct-header').checkVisibility(),
      footer: document.querySelector('.ct-footer').checkVisibility(),
      mapWidth: document.querySelector('svg.ct-village-map__svg').getBoundingClientRect().width,
    })""")
    assert shown["map"] and shown["list"], shown
    assert not shown["header"] and not shown["footer"], shown
    assert shown["mapWidth"] > 300, shown
