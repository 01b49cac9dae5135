"""Keyboard: every visible link and control is reached by Tab, and shows a visible focus.

Transitions and animations are switched off in the test page (only so that computed styles
are read at their final value); nothing else of the page is changed.
"""

from __future__ import annotations

import pytest

from . import gatelib
from .gatelib import VIEWPORTS

pytestmark = pytest.mark.gates

SELECTOR = ("a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, "
            "[tabindex]:not([tabindex='-1'])")

PREPARE_JS = r"""(selector) => {
  const style = document.createElement('style');
  style.textContent = '*,*::before,*::after{transition:none!important;animation:none!important;' +
                      'scroll-behavior:auto!important}';
  document.head.appendChild(style);
  if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  const props = ['outline-style','outline-width','outline-color','outline-offset','box-shadow',
    'background-color','background-image','color','border-top-color','border-bottom-color',
    'border-left-color','border-right-color','border-top-width','border-bottom-width',
    'border-left-width','border-right-width','border-top-style','border-bottom-style',
    'border-left-style','border-right-style','text-decoration-line','text-decoration-thickness','text-decoration-color','text-underline-offset'];
  const describe = (el) => {
    let d = el.tagName.toLowerCase();
    if (el.id) d += '#' + el.id;
    const cls = (el.getAttribute('class') || '').trim().split(/\s+/).filter(Boolean).slice(0, 3);
    if (cls.length) d += '.' + cls.join('.');
    const href = el.getAttribute('href');
    if (href) d += `[href="${href.slice(0, 80)}"]`;
    const name = el.getAttribute('name'); if (name) d += `[name="${name}"]`;
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
    if (text) d += ` "${text.slice(0, 40)}"`;
    let p = el.parentElement, path = [];
    while (p && p !== document.body && path.length < 3) {
      path.unshift(p.tagName.toLowerCase() + (p.id ? '#' + p.id : '') +
                   (p.classList.length ? '.' + p.classList[0] : ''));
      p = p.parentElement;
    }
    return (path.length ? path.join(' > ') + ' > ' : '') + d;
  };
  const snap = (el) => { const cs = getComputedStyle(el); const o = {};
                         for (const k of props) o[k] = cs.getPropertyValue(k); return o; };
  const indicators = ['background-color','background-image','border-top-color','border-bottom-color',
    'border-left-color','border-right-color','border-top-width','border-bottom-width',
    'border-left-width','border-right-width','text-decoration-line'];
  window.__gate = {props, indicators, snap, describe, before: {}};
  const out = [];
  let i = 0;
  for (const el of document.querySelectorAll(selector)) {
    const id = String(i++);
    el.setAttribute('data-gate-id', id);
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    const visible = el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}) &&
                    r.width * r.height > 0 && !el.closest('[inert]');
    const disabled = el.disabled === true;
    window.__gate.before[id] = snap(el);
    out.push({id, desc: describe(el), visible, disabled, tabindex: el.getAttribute('tabindex'),
              href: el.getAttribute('href'), ariaHidden: !!el.closest('[aria-hidden=true]')});
  }
  return out;
}"""

FOCUSED_JS = r"""() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const g = window.__gate;
  if (!el.hasAttribute('data-gate-id')) el.setAttribute('data-gate-id', 'x' + Math.random().toString(36).slice(2, 8));
  const id = el.getAttribute('data-gate-id');
  const now = g.snap(el);
  const before = g.before[id] || null;
  const transparent = (c) => /rgba\(.*,\s*0\)$/.test(c) || c === 'transparent';
  const reasons = [];
  if (now['outline-style'] !== 'none' && parseFloat(now['outline-width']) > 0 && !transparent(now['outline-color']))
    reasons.push(`outline ${now['outline-width']} ${now['outline-style']} ${now['outline-color']}`);
  if (now['box-shadow'] !== 'none' && (!before || before['box-shadow'] !== now['box-shadow']))
    reasons.push(`box-shadow ${now['box-shadow']}`);
  if (before) {
    // a change of background, border or underline counts; a change of text colour alone does not
    for (const k of g.indicators) {
      if (before[k] === now[k]) continue;
      const side = k.match(/^border-(\w+)-color$/);
      // border colours follow currentColor: they only show where a border is drawn
      if (side && (parseFloat(now[`border-${side[1]}-width`]) === 0 ||
                   now[`border-${side[1]}-style`] === 'none')) continue;
      reasons.push(`${k}: ${before[k]} -> ${now[k]}`);
    }
  }
  const r = el.getBoundingClientRect();
  const onScreen = r.width * r.height > 0 && r.bottom > 0 && r.right > 0 &&
                   r.top < innerHeight && r.left < innerWidth &&
                   el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
  return {id, desc: g.describe(el), reasons, onScreen,
          rect: [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)]};
}"""


def keyboard_problems(page) -> tuple[list[str], int, int]:
    """Tab through ``page``; return (problems, visible links/controls, tab stops reached)."""
    candidates = page.evaluate(PREPARE_JS, SELECTOR)
    wanted = {c["id"]: c for c in candidates if c["visible"] and not c["disabled"]
              and c["tabindex"] != "-1"}
    reached: dict[str, dict] = {}
    order: list[str] = []
    first = None
    for _ in range(len(candidates) + 30):
        page.keyboard.press("Tab")
        info = page.evaluate(FOCUSED_JS)
        if info is None:
            if reached:
                break  # focus left the document: every tab stop has been visited
            continue
        if info["id"] == first:
            break  # wrapped around
        first = first or info["id"]
        if info["id"] in reached:
            continue
        reached[info["id"]] = info
        order.append(info["id"])
    problems: list[str] = []
    by_id = {c["id"]: c for c in candidates}
    reachable_hrefs = {by_id[i]["href"] for i in reached if i in by_id and by_id[i]["href"]}
    for cid, c in wanted.items():
        if cid not in reached:
            problems.append(f"not reachable by Tab: {c['desc']}")
    # a visible link with tabindex=-1 is fine only if the same target is reachable otherwise
    for c in candidates:
        if (c["visible"] and c["tabindex"] == "-1" and c["href"] and not c["ariaHidden"]
                and c["href"] not in reachable_hrefs):
            problems.append(f"tabindex=-1 on a visible link whose target no tab stop reaches: {c['desc']}")
    for cid in order:
        info = reached[cid]
        if not info["onScreen"]:
            problems.append(f"focus lands on an element that is not visible on screen "
                            f"(rect {info['rect']}): {info['desc']}")
        elif not info["reasons"]:
            problems.append(f"no visible focus indicator (no outline or box-shadow, no background/"
                            f"border/underline change on focus): {info['desc']}")
    return problems, len(wanted), len(reached)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("kind", gatelib.PAGE_KINDS)
def test_keyboard_reaches_everything_with_visible_focus(site, open_page, kind, viewport):
    page = open_page(kind, viewport=VIEWPORTS[viewport])
    problems, n_wanted, n_reached = keyboard_problems(page)
    if problems:
        pytest.fail(
            f"{kind} page {site.pages[kind]} at {viewport}: {len(problems)} keyboard problem(s) "
            f"({n_wanted} visible links/controls, {n_reached} tab stops reached):\n  "
            + "\n  ".join(problems),
            pytrace=False,
        )


SELF_CHECK_HTML = """<!doctype html><html lang="en"><head><title>t</title><style>
  a, button { outline: none; }
  .ok:focus-visible { outline: 3px solid #000; }
  .colour-only:focus { color: #c00; }
  .bg:focus { background: #ff0; }
  .hidden-skip { position: absolute; left: -9999px; }
</style></head><body>
  <a class="hidden-skip" href="#m">skip (never shown)</a>
  <a class="ok" href="/a">good link</a>
  <a href="/b">no focus style</a>
  <button type="button">no focus style either</button>
  <a class="colour-only" href="/e">colour change only</a>
  <a class="bg" href="/f">background change</a>
  <div style="display:none"><a href="/c">hidden: not required</a></div>
  <span tabindex="-1"><a href="/d" tabindex="-1">unreachable visible link</a></span>
  <main id="m"></main>
</body></html>"""


def test_keyboard_checker_self_check(browser, gate_tools):
    """The checker reports what it must (guards against a gate that silently passes)."""
    ctx = browser.new_context(viewport={"width": 800, "height": 600})
    try:
        page = ctx.new_page()
        page.set_content(SELF_CHECK_HTML)
        problems, n_wanted, n_reached = keyboard_problems(page)
    finally:
        ctx.close()
    text = "\n".join(problems)
    assert n_wanted == 6 and n_reached == 6, (n_wanted, n_reached, text)
    assert "not visible on screen" in text and "skip (never shown)" in text, text
    assert 'no visible focus indicator' in text and '"no focus style"' in text, text
    assert '"no focus style either"' in text, text
    assert "unreachable visible link" in text, text
    assert "colour change only" in text, text
    assert "good link" not in text and "background change" not in text, text
    assert len(problems) == 5, text
