"""Print: with print media emulated, an article shows title, date, author, body and photos,
and hides navigation, sidebars, share links and the print button."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from . import gatelib

pytestmark = pytest.mark.gates

MUST_SHOW = {
    "title": "main h1, article h1, h1",
    "date": ".ct-article__meta time, article time, main time, time[datetime], [itemprop=datePublished]",
    "author": (".ct-article__meta a[href*='/tac-gia/'], article a[href*='/tac-gia/'], [rel~=author], "
               "[itemprop=author], .author, .byline"),
    "body": ", ".join(s for s in gatelib.ARTICLE_BODY_SELECTORS if s != "article"),
}
MUST_HIDE = {
    "header nav": "header nav",
    "nav": "nav, [role=navigation]",
    "aside / sidebar": "aside, [role=complementary], .sidebar",
    "share links": ("a[href*='facebook.com/sharer'], a[href*='facebook.com/share'], a[href*='zalo.me'], "
                    "a[href*='twitter.com/intent'], a[href*='x.com/intent'], a[href*='linkedin.com/share'], "
                    "a[href*='t.me/share'], .share, .share-links, .chia-se, [class*='share'], "
                    "[data-share], button[data-share]"),
    "print button": ("button[onclick*='print'], a[onclick*='print'], [data-print], .print-button, "
                     ".btn-print, .nut-in, #in-bai"),
}

VISIBLE_JS = r"""(sel) => {
  const out = [];
  for (const el of document.querySelectorAll(sel)) {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    const visible = el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}) &&
                    r.width > 0 && r.height > 0;
    let d = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
            (el.classList.length ? '.' + [...el.classList].slice(0, 3).join('.') : '');
    out.push({desc: d, visible, display: cs.display, visibility: cs.visibility,
              rect: [Math.round(r.width), Math.round(r.height)],
              text: (el.innerText || '').trim().replace(/\s+/g, ' ').slice(0, 50),
              img: el.tagName === 'IMG' ? {complete: el.complete, w: el.naturalWidth, src: el.currentSrc} : null});
  }
  return out;
}"""

PRINT_BUTTON_BY_TEXT_JS = r"""() => [...document.querySelectorAll('button, a, [role=button]')]
  .filter(el => /^\s*(in( bài| trang| tin)?|print)\s*$/i.test(el.innerText || el.getAttribute('aria-label') || ''))
  .map(el => { const r = el.getBoundingClientRect();
               return {desc: el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''),
                       visible: el.checkVisibility({checkVisibilityCSS: true}) && r.width * r.height > 0}; })"""


def test_article_print_layout(site, open_page):
    page = open_page("article", viewport=(800, 1100), media="print")
    problems: list[str] = []
    found: list[str] = []
    body_sel = None
    for what, sel in MUST_SHOW.items():
        els = page.evaluate(VISIBLE_JS, sel)
        vis = [e for e in els if e["visible"]]
        if not els:
            problems.append(f"{what}: no element matches {sel!r} (cannot check it is printed)")
        elif not vis:
            e = els[0]
            problems.append(f"{what}: {e['desc']} is not visible in print "
                            f"(display={e['display']}, visibility={e['visibility']}, size={e['rect']})")
        else:
            found.append(f"{what}={vis[0]['desc']} \"{vis[0]['text']}\"")
            if what == "body":
                body_sel = next(s.strip() for s in sel.split(",")
                                if page.locator(s.strip()).count())
    if body_sel:
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        imgs_loc = page.locator(f"{body_sel} img")
        for i in range(imgs_loc.count()):
            imgs_loc.nth(i).scroll_into_view_if_needed(timeout=5000)
        page.wait_for_timeout(300)
        imgs = page.evaluate(VISIBLE_JS, f"{body_sel} img")
        if not imgs:
            problems.append(f"photos: no <img> in the article body {body_sel!r}")
        for img in imgs:
            if not img["visible"]:
                problems.append(f"photo not printed: {img['img']['src'] if img['img'] else img['desc']} "
                                f"(display={img['display']}, visibility={img['visibility']}, size={img['rect']})")
            elif img["img"] and (not img["img"]["complete"] or img["img"]["w"] == 0):
                problems.append(f"photo did not load: {img['img']['src']}")
    for what, sel in MUST_HIDE.items():
        for e in page.evaluate(VISIBLE_JS, sel):
            if e["visible"]:
                problems.append(f"{what} is printed: {e['desc']} \"{e['text']}\" (size {e['rect']})")
    for e in page.evaluate(PRINT_BUTTON_BY_TEXT_JS):
        if e["visible"]:
            problems.append(f"print button is printed: {e['desc']}")
    artifacts = os.environ.get("GATES_ARTIFACTS")
    if artifacts:
        Path(artifacts).mkdir(parents=True, exist_ok=True)
        page.pdf(path=str(Path(artifacts) / "article-print.pdf"))
    if problems:
        pytest.fail(
            f"article {site.pages['article']} in print media: {len(problems)} problem(s):\n  "
            + "\n  ".join(problems) + ("\n(found: " + "; ".join(found) + ")" if found else ""),
            pytrace=False,
        )
