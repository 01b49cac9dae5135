"""Accessibility: axe-core, WCAG 2.1 A and AA rules, every page type at phone and desktop size."""

from __future__ import annotations

import pytest

from . import gatelib
from .gatelib import NEEDS_REVIEW, VIEWPORTS

pytestmark = pytest.mark.gates

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def run_axe(page) -> dict:
    page.add_script_tag(path=str(gatelib.AXE_JS))
    return page.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                               resultTypes: ['violations', 'incomplete']});
            const slim = (list) => list.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, tags: v.tags,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 160),
                                          summary: (n.failureSummary || '').replace(/\\s+/g, ' ')}))}));
            return {violations: slim(r.violations), incomplete: slim(r.incomplete),
                    passes: r.passes.length, version: axe.version};
        }""",
        WCAG_TAGS,
    )


def format_violations(violations: list[dict]) -> str:
    out = []
    for v in violations:
        out.append(f"- {v['id']} ({v['impact']}): {v['help']} [{', '.join(t for t in v['tags'] if t.startswith('wcag'))}]")
        for n in v["nodes"][:15]:
            out.append(f"    {n['target']}\n      {n['html']}\n      {n['summary'][:400]}")
        if len(v["nodes"]) > 15:
            out.append(f"    ... and {len(v['nodes']) - 15} more nodes")
    return "\n".join(out)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("kind", gatelib.PAGE_KINDS)
def test_axe_wcag21_aa(site, open_page, kind, viewport):
    page = open_page(kind, viewport=VIEWPORTS[viewport])
    result = run_axe(page)
    violations = result["violations"]
    for v in result["incomplete"]:  # "needs review": not failures, listed in the summary
        entry = NEEDS_REVIEW.setdefault(v["id"], {"pages": [], "targets": set(), "why": set()})
        entry["pages"].append(f"{kind}@{viewport}")
        entry["targets"].update(n["target"] for n in v["nodes"])
        entry["why"].update(n["summary"].replace("Fix any of the following: ", "")[:140] for n in v["nodes"])
    if violations:
        n_nodes = sum(len(v["nodes"]) for v in violations)
        pytest.fail(
            f"{kind} page {site.pages[kind]} at {viewport}: {len(violations)} axe {result['version']} "
            f"WCAG 2.1 A/AA rule(s) violated on {n_nodes} element(s):\n{format_violations(violations)}",
            pytrace=False,
        )


def test_axe_checker_self_check(browser, gate_tools):
    """axe is injected and reports violations (guards against a gate that silently passes)."""
    ctx = browser.new_context(viewport={"width": 800, "height": 600})
    try:
        page = ctx.new_page()
        page.set_content('<!doctype html><html><head><title>t</title></head><body>'
                         '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
                         '<p style="color:#bbb;background:#fff">low contrast text</p></body></html>')
        ids = {v["id"] for v in run_axe(page)["violations"]}
    finally:
        ctx.close()
    assert {"image-alt", "color-contrast", "html-has-lang"} <= ids, ids
