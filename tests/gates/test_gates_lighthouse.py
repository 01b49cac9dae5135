"""Lighthouse >= 95 in performance, accessibility, best practices and SEO (mobile preset)
on the home page and an article. Slow (about a minute per page): marker ``lighthouse``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from . import lighthouse
from .gatelib import SUMMARY

pytestmark = [pytest.mark.gates, pytest.mark.lighthouse]


@pytest.mark.parametrize("kind", lighthouse.KINDS)
def test_lighthouse_scores(lighthouse_site, kind, tmp_path):
    site = lighthouse_site
    path = site.pages.get(kind)
    site.url(kind)  # fails/skips with a reason when the build has no such page
    report_dir = Path(os.environ["GATES_ARTIFACTS"]) if os.environ.get("GATES_ARTIFACTS") else tmp_path
    report_dir.mkdir(parents=True, exist_ok=True)
    try:
        result = lighthouse.audit_page(site.base_url, path, report_dir, kind)
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    text = lighthouse.table([result])
    SUMMARY.append(f"lighthouse {result['lighthouse']} ({kind}):\n" + text)
    print(text)
    bad = lighthouse.problems([result])
    if bad:
        pytest.fail(f"Lighthouse scores under {lighthouse.THRESHOLD * 100:.0f}: {'; '.join(bad)}\n{text}\n"
                    f"(JSON reports in {report_dir})", pytrace=False)
