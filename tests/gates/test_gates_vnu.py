"""Valid HTML: the W3C Nu HTML Checker (npm vnu-jar, on the machine's Java) over every page."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from . import gatelib
from .gatelib import SUMMARY

pytestmark = pytest.mark.gates


def run_vnu(files: list[Path]) -> list[dict]:
    """Error messages of one vnu.jar run over ``files`` (one JVM: the checker is slow to start)."""
    cmd = ["java", "-Xss8m", "-jar", str(gatelib.VNU_JAR), "--errors-only", "--format", "json",
           *map(str, files)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1200)
    # vnu writes its JSON report on stderr; exit 1 just means "errors found"
    raw = proc.stderr.strip() or proc.stdout.strip()
    try:
        report = json.loads(raw)
    except json.JSONDecodeError:
        pytest.fail(f"vnu did not produce a JSON report (exit {proc.returncode}):\n{raw[-3000:]}",
                    pytrace=False)
    return [m for m in report.get("messages", []) if m.get("type") in ("error", "non-document-error")]


def format_errors(errors: list[dict], root: Path) -> str:
    lines = []
    by_msg: dict[str, list[str]] = {}
    for m in errors:
        url = m.get("url", "?")
        rel = url.split(str(root), 1)[-1].lstrip("/") if str(root) in url else url
        extract = (m.get("extract") or "").replace("\n", "⏎")
        line = (f"{rel}:{m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}: "
                f"{m.get('message')}  [{extract}]")
        lines.append(line)
        by_msg.setdefault(m.get("message", ""), []).append(line)
    # grouped by message, so a template bug repeated on 80 pages stays readable
    summary = "\n".join(f"  {len(v):4d} × {k}" for k, v in sorted(by_msg.items(), key=lambda kv: -len(kv[1])))
    detail = "\n".join(lines[:200]) + (f"\n... and {len(lines) - 200} more" if len(lines) > 200 else "")
    return f"by message:\n{summary}\n\nfile:line:column: message [extract]\n{detail}"


def test_every_html_page_is_valid(site):
    files = sorted(site.output.rglob("*.html"))
    assert files, f"no HTML files in {site.output}"
    t0 = time.monotonic()
    errors = run_vnu(files)
    SUMMARY.append(f"vnu: {len(files)} HTML files checked in {time.monotonic() - t0:.1f} s, {len(errors)} errors")
    if errors:
        pytest.fail(f"{len(errors)} HTML errors in {len(files)} files (W3C Nu checker):\n"
                    + format_errors(errors, site.output), pytrace=False)


def test_vnu_self_check(tmp_path, gate_tools):
    """The checker runs and reports errors (guards against a gate that silently passes)."""
    bad = tmp_path / "bad.html"
    bad.write_text('<!doctype html><html lang="vi"><title>x</title><p>a<div></span>', encoding="utf-8")
    good = tmp_path / "good.html"
    good.write_text('<!doctype html><html lang="vi"><title>x</title><p>a</p>', encoding="utf-8")
    errors = run_vnu([bad, good])
    text = format_errors(errors, tmp_path)
    assert errors and all("bad.html" in m.get("url", "") for m in errors), text
    assert "bad.html:1:" in text and "Stray end tag" in text, text
