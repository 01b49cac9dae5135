#!/usr/bin/env python3
"""Lighthouse gate: performance, accessibility, best practices and SEO >= 0.95 (mobile preset)
on the home page and an article of the publish build, served locally.

Run by itself (builds the site unless --site is given):

    .venv/bin/python -m tests.gates.lighthouse [--site DIR] [--threshold 0.95] [--report-dir DIR]

and from pytest via tests/gates/test_gates_lighthouse.py (marker ``lighthouse``).

Lighthouse (npm, pinned in package.json) drives Debian's Chromium (CHROME_PATH=/usr/bin/chromium).
The site is served on http://127.0.0.1:PORT: Lighthouse counts localhost and 127.0.0.1 as secure
origins (UrlUtils.isLikeLocalhost), so is-on-https passes and redirects-http is not applicable;
no audit needs to be weakened for the local serve.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


from . import gatelib

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
THRESHOLD = 0.95
CHROME_FLAGS = ["--headless=new", *gatelib.CHROMIUM_ARGS, "--disable-extensions", "--mute-audio"]
KINDS = ("home", "article", "documents", "document-filter", "document", "villages", "schedule", "questions")


def run_lighthouse(url: str, out_json: Path, timeout: int = 300) -> dict:
    """One Lighthouse run (mobile preset: the default form factor and throttling)."""
    cmd = [
        str(gatelib.LIGHTHOUSE_BIN), url,
        "--output=json", f"--output-path={out_json}", "--quiet",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--max-wait-for-load=45000",
    ]
    env = {**os.environ, "CHROME_PATH": gatelib.CHROMIUM}
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env,
                          cwd=gatelib.REPO_ROOT)
    if proc.returncode != 0 or not out_json.exists():
        raise RuntimeError(f"lighthouse failed (exit {proc.returncode}) on {url}:\n"
                           f"$ {' '.join(cmd)}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    lhr = json.loads(out_json.read_text(encoding="utf-8"))
    if lhr.get("runtimeError"):
        raise RuntimeError(f"lighthouse runtime error on {url}: {lhr['runtimeError']}")
    return lhr


def scores(lhr: dict) -> dict[str, float | None]:
    return {c: lhr["categories"][c]["score"] for c in CATEGORIES}


def failing_audits(lhr: dict, category: str) -> list[str]:
    """Audits of a category that lose points (weight > 0 and score < 1), plus metric values."""
    out = []
    for ref in lhr["categories"][category]["auditRefs"]:
        audit = lhr["audits"][ref["id"]]
        score = audit.get("score")
        if ref.get("weight", 0) > 0 and score is not None and score < 1:
            shown = f" — {audit['displayValue']}" if audit.get("displayValue") else ""
            items = (audit.get("details") or {}).get("items") or []
            where = []
            for it in items[:5]:
                node = it.get("node") if isinstance(it, dict) else None
                if node and node.get("selector"):
                    where.append(node["selector"])
                elif isinstance(it, dict) and it.get("url"):
                    where.append(it["url"])
            detail = f" [{'; '.join(where)}]" if where else ""
            out.append(f"{ref['id']} (score {score:.2f}, weight {ref['weight']}){shown}{detail}")
    return out


def audit_page(base_url: str, path: str, report_dir: Path, name: str,
               threshold: float = THRESHOLD) -> dict:
    """Run Lighthouse on base_url+path; one re-run if a score is under the threshold (run-to-run
    noise of the simulated throttling), keeping each category's best score. Returns a result dict."""
    url = base_url + path
    runs = []
    for attempt in (1, 2):
        t0 = time.monotonic()
        lhr = run_lighthouse(url, report_dir / f"lighthouse-{name}-{attempt}.json")
        runs.append((lhr, time.monotonic() - t0))
        if all((s or 0) >= threshold for s in scores(lhr).values()):
            break
    best = {c: max((scores(l)[c] or 0) for l, _ in runs) for c in CATEGORIES}
    last = runs[-1][0]
    failing = {c: failing_audits(last, c) for c in CATEGORIES if best[c] < threshold}
    metrics = {k: last["audits"][k].get("displayValue", "") for k in
               ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
                "cumulative-layout-shift", "speed-index") if k in last["audits"]}
    return {"name": name, "url": url, "scores": best, "runs": len(runs),
            "seconds": sum(s for _, s in runs), "failing": failing, "metrics": metrics,
            "lighthouse": last.get("lighthouseVersion"),
            "warnings": last.get("runWarnings", [])}


def table(results: list[dict], threshold: float = THRESHOLD) -> str:
    head = f"{'page':<10}" + "".join(f"{c:>16}" for c in CATEGORIES) + f"{'runs':>6}{'time':>8}"
    lines = [head, "-" * len(head)]
    for r in results:
        cells = ""
        for c in CATEGORIES:
            score = r["scores"][c]
            cell = f"{score * 100:.0f}" + ("" if score >= threshold else " FAIL")
            cells += f"{cell:>16}"
        lines.append(f"{r['name']:<10}{cells}{r['runs']:>6}{r['seconds']:>7.0f}s")
    for r in results:
        lines.append(f"{r['name']}: {r['url']}  ({', '.join(f'{k} {v}' for k, v in r['metrics'].items())})")
        for cat, audits in r["failing"].items():
            lines.append(f"  {cat} below {threshold * 100:.0f}; audits losing points:")
            lines += [f"    - {a}" for a in audits] or ["    (none with weight: the metrics above)"]
        for w in r["warnings"]:
            lines.append(f"  warning: {w}")
    return "\n".join(lines)


def problems(results: list[dict], threshold: float = THRESHOLD) -> list[str]:
    return [f"{r['name']} {c} = {r['scores'][c] * 100:.0f} < {threshold * 100:.0f}"
            for r in results for c in CATEGORIES if r["scores"][c] < threshold]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--site", type=Path, help="an existing build to serve (default: build one now, with "
                    "SITEURL set to the local server so that its absolute URLs resolve)")
    ap.add_argument("--threshold", type=float, default=THRESHOLD)
    ap.add_argument("--report-dir", type=Path, help="where to keep the Lighthouse JSON reports")
    args = ap.parse_args(argv)
    missing = gatelib.tools_missing()
    if missing:
        print("missing: " + "; ".join(missing) + f" — {gatelib.SETUP_HINT}", file=sys.stderr)
        return 2
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="gates-lh-") as tmp:
        port = gatelib.free_port()
        output = args.site
        if output is None:
            output = Path(tmp) / "site"
            info = gatelib.build_site(output, extra=gatelib.local_preview_args(f"http://127.0.0.1:{port}"))
            print(f"built with {info['settings']} (SITEURL={info['siteurl']}) in {info['seconds']:.1f} s")
        report_dir = args.report_dir or Path(tmp)
        report_dir.mkdir(parents=True, exist_ok=True)
        pages = gatelib.find_pages(output)
        results = []
        with gatelib.serve(output, port=port) as base_url:
            for kind in KINDS:
                if pages.get(kind) is None:
                    print(f"no {kind} page in the build", file=sys.stderr)
                    return 1
                results.append(audit_page(base_url, pages[kind], report_dir, kind, args.threshold))
    print(table(results, args.threshold))
    bad = problems(results, args.threshold)
    print(f"lighthouse gate: {'FAILED: ' + '; '.join(bad) if bad else 'passed'} "
          f"({time.monotonic() - t0:.0f} s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
