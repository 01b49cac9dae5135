"""Light: an article's (and the document library's pages') HTML + CSS + JS fits the first round trip (14 KB gzipped), and the
home page and an article request nothing from any host but the site itself."""

from __future__ import annotations

import gzip
import re
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from . import gatelib
from .gatelib import SUMMARY

pytestmark = pytest.mark.gates

BUDGET = 14 * 1024  # bytes, gzip level 9: ~10 TCP segments of the initial congestion window


def _local_file(site, url: str, base: str):
    """Output file for a stylesheet/script URL referenced from the page at ``base``."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") or url.startswith("//"):
        host = urlsplit(site.siteurl).netloc if site.siteurl else None
        if not host or parts.netloc != host:
            return None
        path = parts.path
    else:
        path = urlsplit(urljoin("http://x" + base, url)).path
    return site.output / path.lstrip("/")


def _imports(css_text: str) -> list[str]:
    return re.findall(r"@import\s+(?:url\()?\s*['\"]?([^'\")\s;]+)", css_text)


@pytest.mark.parametrize("kind", ["article", "documents", "document-filter", "document"])
def test_article_fits_first_round_trip(site, kind):
    url_path = site.pages.get(kind)
    html_file = site.file(kind)
    html = html_file.read_bytes()
    soup = BeautifulSoup(html.decode("utf-8", "replace"), "html.parser")
    parts: list[tuple[str, bytes]] = [(html_file.relative_to(site.output).as_posix(), html)]
    missing: list[str] = []
    seen: set[str] = set()
    queue: list[tuple[str, str]] = []  # (url, base)
    for link in soup.find_all("link", href=True):
        rels = [r.lower() for r in (link.get("rel") or [])]
        if "stylesheet" in rels or ("preload" in rels and link.get("as") in ("style", "script")) \
                or "modulepreload" in rels:
            queue.append((link["href"], url_path))
    for script in soup.find_all("script", src=True):
        queue.append((script["src"], url_path))
    while queue:
        url, base = queue.pop(0)
        f = _local_file(site, url, base)
        if f is None:
            missing.append(f"{url} (another host)")
            continue
        key = str(f)
        if key in seen:
            continue
        seen.add(key)
        if not f.is_file():
            missing.append(f"{url} (no such file {f.relative_to(site.output)})")
            continue
        data = f.read_bytes()
        rel = f.relative_to(site.output).as_posix()
        parts.append((rel, data))
        if f.suffix == ".css":
            for imp in _imports(data.decode("utf-8", "replace")):
                queue.append((imp, "/" + rel))
    inline_css = sum(len(s.encode()) for s in (t.get_text() for t in soup.find_all("style")))
    inline_js = sum(len(s.get_text().encode()) for s in soup.find_all("script", src=False))
    rows = []
    total_raw = total_gz = 0
    for name, data in parts:
        gz = len(gzip.compress(data, 9))
        total_raw += len(data)
        total_gz += gz
        rows.append(f"    {name:<60} {len(data):8d} B raw {gz:7d} B gzip")
    table = "\n".join(rows)
    summary = (f"weight: {url_path}: HTML+CSS+JS {total_raw} B raw, {total_gz} B gzip-9 "
               f"(budget {BUDGET} B; inline <style> {inline_css} B, inline <script> {inline_js} B, "
               f"counted in the HTML)")
    SUMMARY.append(summary)
    SUMMARY.append(table)
    print(summary)
    print(table)
    assert not missing, f"{url_path}: stylesheet/script references that cannot be weighed: {missing}"
    assert total_gz <= BUDGET, (
        f"{url_path}: HTML + CSS + JS is {total_gz} B gzipped (level 9), over the {BUDGET} B budget "
        f"by {total_gz - BUDGET} B:\n{table}"
    )


def test_no_request_leaves_the_site(site, open_page):
    """Home, article, map and links pages, opened at the site's own address: every request stays on that origin."""
    own = urlsplit(site.origin)
    offenders: list[str] = []
    count = 0
    for kind in ("home", "article", "villages", "links"):
        requests: list[str] = []
        page = open_page(kind, viewport=(360, 740), requests=requests)
        # scroll to the bottom so lazy images and anything loaded on scroll are requested too
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_timeout(500)
        count += len(requests)
        for url in requests:
            parts = urlsplit(url)
            if parts.scheme in ("data", "blob", "about"):
                continue
            if (parts.scheme, parts.netloc) != (own.scheme, own.netloc):
                offenders.append(f"{kind}: {url}")
    SUMMARY.append(f"hosts: home, article, map and links pages made {count} requests, all to {site.origin}"
                   if not offenders else f"hosts: {len(offenders)} requests to other hosts")
    assert not offenders, (
        f"requests to hosts other than the site itself ({site.origin}):\n  " + "\n  ".join(offenders)
    )
