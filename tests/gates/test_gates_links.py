"""Nothing broken: every internal link, image, stylesheet, script and feed reference resolves.

Static analysis of the build output (no browser): every href/src/srcset of a, link, img,
source, script (plus og:image/twitter:image, url() in stylesheets and <link>s in feeds) is
resolved against the output folder. External absolute URLs are allowed only in <a href>.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from . import gatelib
from .gatelib import SUMMARY

pytestmark = pytest.mark.gates

SKIP_SCHEMES = ("mailto:", "tel:", "sms:", "data:", "javascript:", "zalo:", "viber:", "geo:")
ATTRS = {
    "a": ("href",),
    "link": ("href",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "script": ("src",),
}


def _page_url(output: Path, html: Path) -> str:
    """The URL path a static host serves ``html`` at (dir/index.html -> /dir/)."""
    rel = html.relative_to(output).as_posix()
    if rel == "index.html" or rel.endswith("/index.html"):
        rel = rel[: -len("index.html")]
    return "/" + rel


def _srcset_urls(value: str) -> list[str]:
    return [part.strip().split()[0] for part in value.split(",") if part.strip()]


class Resolver:
    def __init__(self, output: Path, siteurl: str):
        self.output = output
        self.siteurl = siteurl.rstrip("/")
        host = urlsplit(self.siteurl).netloc if self.siteurl else ""
        self.site_host = host.lower()
        self._ids: dict[Path, set[str]] = {}

    def classify(self, url: str, base: str) -> tuple[str, str | None]:
        """('skip'|'external'|'internal', url path on the site)."""
        url = url.strip()
        if not url or url.lower().startswith(SKIP_SCHEMES):
            return "skip", None
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") or url.startswith("//"):
            if self.site_host and parts.netloc.lower() == self.site_host:
                return "internal", parts.path or "/"
            return "external", None
        if parts.scheme:
            return "skip", None
        joined = urlsplit(urljoin("http://site" + base, url))
        return "internal", joined.path or "/"

    def target(self, path: str) -> Path | None:
        """The output file a URL path maps to, or None."""
        rel = unquote(path).lstrip("/")
        candidate = self.output / rel
        if path.endswith("/") or rel == "":
            candidate = candidate / "index.html"
        if candidate.is_file():
            return candidate
        if candidate.is_dir() and (candidate / "index.html").is_file():
            return candidate / "index.html"  # a host redirects /dir -> /dir/
        return None

    def ids(self, html: Path) -> set[str]:
        if html not in self._ids:
            soup = BeautifulSoup(html.read_text(encoding="utf-8", errors="replace"), "html.parser")
            found = {el["id"] for el in soup.find_all(id=True)}
            found |= {el["name"] for el in soup.find_all("a", attrs={"name": True})}
            self._ids[html] = found
        return self._ids[html]


def _check_fragment(res: Resolver, target: Path, url: str) -> str | None:
    frag = unquote(urlsplit(url).fragment)
    if not frag or frag == "top" or target.suffix != ".html":
        return None
    if frag not in res.ids(target):
        return f"fragment #{frag} has no element with that id in {target.relative_to(res.output)}"
    return None


def collect_problems(output: Path, siteurl: str) -> tuple[list[str], dict[str, int]]:
    res = Resolver(output, siteurl)
    problems: list[str] = []
    stats = {"pages": 0, "references": 0, "external_links": 0, "css": 0, "feeds": 0}
    for html in sorted(output.rglob("*.html")):
        stats["pages"] += 1
        rel_file = html.relative_to(output).as_posix()
        base = _page_url(output, html)
        is_404 = rel_file == "404.html"
        soup = BeautifulSoup(html.read_text(encoding="utf-8", errors="replace"), "html.parser")
        refs: list[tuple[str, str, str]] = []  # (tag, attr, url)
        for tag, attrs in ATTRS.items():
            for el in soup.find_all(tag):
                for attr in attrs:
                    value = el.get(attr)
                    if not value:
                        continue
                    urls = _srcset_urls(value) if attr == "srcset" else [value]
                    refs += [(tag, attr, u) for u in urls]
        for meta in soup.find_all("meta"):
            prop = (meta.get("property") or meta.get("name") or "").lower()
            if prop in ("og:image", "twitter:image", "og:url") and meta.get("content"):
                refs.append((f"meta[{prop}]", "content", meta["content"]))
        for tag, attr, url in refs:
            stats["references"] += 1
            kind, path = res.classify(url, base)
            where = f"{rel_file}: <{tag} {attr}=\"{url}\">"
            if kind == "skip":
                continue
            if kind == "external":
                if tag == "a":
                    stats["external_links"] += 1
                else:
                    problems.append(f"{where}: external URL in <{tag}> (only <a href> may leave the site)")
                continue
            if url.startswith("#"):
                frag_target = html
            else:
                if is_404 and not url.startswith(("/", "http:", "https:", "//")):
                    problems.append(f"{where}: relative URL in 404.html breaks when the 404 page is "
                                    "served at a nested missing path (use root-relative URLs)")
                    continue
                frag_target = res.target(path)
                if frag_target is None:
                    problems.append(f"{where}: target {path} does not exist in the output")
                    continue
            if tag == "a" and url.strip() == "#":
                problems.append(f"{where}: href=\"#\" goes nowhere (use a button or a real target)")
            elif tag == "a" and "#" in url:
                msg = _check_fragment(res, frag_target, url)
                if msg:
                    problems.append(f"{where}: {msg}")
    # url(...) references in stylesheets
    for css in sorted(output.rglob("*.css")):
        stats["css"] += 1
        text = css.read_text(encoding="utf-8", errors="replace")
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
        base = "/" + css.relative_to(output).as_posix()
        for m in re.finditer(r"url\(\s*(['\"]?)([^'\")]+)\1\s*\)", text):
            url = m.group(2).strip()
            kind, path = res.classify(url, base)
            if kind == "external":
                problems.append(f"{base}: url({url}) loads from another host")
            elif kind == "internal" and not url.startswith("#") and res.target(path) is None:
                problems.append(f"{base}: url({url}) -> {path} does not exist in the output")
        for m in re.finditer(r"@import\s+(?:url\()?\s*['\"]?([^'\")\s;]+)", text):
            kind, path = res.classify(m.group(1), base)
            if kind == "external":
                problems.append(f"{base}: @import {m.group(1)} loads from another host")
            elif kind == "internal" and res.target(path) is None:
                problems.append(f"{base}: @import {m.group(1)} -> {path} does not exist")
    # links inside feeds (Atom <link href>, RSS <link>text</link>, enclosures)
    for feed in sorted([*output.rglob("*.xml"), *output.rglob("*.atom"), *output.rglob("*.rss")]):
        stats["feeds"] += 1
        base = "/" + feed.relative_to(output).as_posix()
        try:
            root = ET.parse(feed).getroot()
        except ET.ParseError as exc:
            problems.append(f"{base}: not well-formed XML ({exc})")
            continue
        urls = []
        for el in root.iter():
            name = el.tag.rsplit("}", 1)[-1]
            if name == "link":
                urls.append(el.get("href") or (el.text or "").strip())
            elif name == "loc":
                urls.append((el.text or "").strip())
            elif name == "enclosure":
                urls.append(el.get("url"))
        for url in urls:
            if not url:
                continue
            kind, path = res.classify(url, base)
            if kind == "internal" and res.target(path) is None:
                problems.append(f"{base}: {url} -> {path} does not exist in the output")
    return problems, stats


def test_internal_references_resolve(site):
    problems, stats = collect_problems(site.output, site.siteurl)
    SUMMARY.append(
        f"links: {stats['pages']} pages, {stats['references']} references, {stats['css']} stylesheets, "
        f"{stats['feeds']} feeds/sitemaps checked; {stats['external_links']} external <a> links; "
        f"{len(problems)} problems"
    )
    if problems:
        shown = "\n".join(f"  {p}" for p in problems[:300])
        more = f"\n  ... and {len(problems) - 300} more" if len(problems) > 300 else ""
        pytest.fail(f"{len(problems)} broken or forbidden references in the build:\n{shown}{more}",
                    pytrace=False)


def test_resolver_self_check(tmp_path):
    """The checker itself finds what it must (guards against a gate that silently passes)."""
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="/a/">ok</a><a href="/missing/">x</a><img src="https://cdn.example/x.png">'
        '<a href="https://www.facebook.com/sharer">share</a><a href="#nope">frag</a>'
        '<link rel="stylesheet" href="https://site.example/a/s.css">', encoding="utf-8")
    (tmp_path / "a" / "index.html").write_text('<p id="x">', encoding="utf-8")
    (tmp_path / "a" / "s.css").write_text("body{background:url(../nope.png)}", encoding="utf-8")
    problems, _ = collect_problems(tmp_path, "https://site.example")
    text = "\n".join(problems)
    assert "/missing/ does not exist" in text, text
    assert "external URL in <img>" in text, text
    assert "#nope" in text, text
    assert "nope.png" in text, text
    assert len(problems) == 4, text
