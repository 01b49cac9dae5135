"""Fixtures for the browser quality gates: one publish build, one local server, one Chromium.

The whole gate suite builds the demo portal ONCE (session fixture ``site``), serves it on
127.0.0.1 with a free port like a static host (missing paths get 404.html), and shares one
headless Chromium (Debian's /usr/bin/chromium, driven by Playwright; never `playwright install`).
"""

from __future__ import annotations

import os
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from . import gatelib

VIEWPORTS = gatelib.VIEWPORTS

SUMMARY = gatelib.SUMMARY
_DURATIONS: dict[str, float] = defaultdict(float)
_T0: dict[str, float] = {}


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "gates: real-browser quality gates on a publish build (tests/gates/README.md)"
    )
    config.addinivalue_line(
        "markers", "lighthouse: the slow Lighthouse gate (part of the gates; deselect with -m 'not lighthouse')"
    )


def pytest_runtest_logreport(report):
    if "gates" in report.keywords:
        module = report.nodeid.split("::")[0].rsplit("/", 1)[-1]
        _DURATIONS[module] += report.duration
        _T0.setdefault("first", time.monotonic() - report.duration)
        _T0["last"] = time.monotonic()


def pytest_terminal_summary(terminalreporter):
    if not _DURATIONS and not SUMMARY:
        return
    tr = terminalreporter
    tr.section("quality gates")
    for line in SUMMARY:
        tr.write_line(line)
    for rule, entry in sorted(gatelib.NEEDS_REVIEW.items()):
        targets = sorted(entry["targets"])
        tr.write_line(f"axe needs review (not a failure): {rule} on {len(entry['pages'])} page/viewport(s) "
                      f"({', '.join(entry['pages'][:8])}{', …' if len(entry['pages']) > 8 else ''}): "
                      f"{', '.join(targets[:6])}{', …' if len(targets) > 6 else ''} — {'; '.join(sorted(entry['why'])[:2])}")
    if _DURATIONS:
        tr.write_line("time per gate module (setup + call + teardown, incl. shared fixtures where first used):")
        for module, secs in sorted(_DURATIONS.items(), key=lambda kv: -kv[1]):
            tr.write_line(f"  {module:<34} {secs:7.1f} s")
        total = sum(_DURATIONS.values())
        wall = _T0.get("last", 0) - _T0.get("first", 0)
        tr.write_line(f"  {'total (sum)':<34} {total:7.1f} s   (wall clock {wall:.1f} s)")


@dataclass
class Site:
    output: Path
    base_url: str  # http://127.0.0.1:PORT (no trailing slash)
    siteurl: str  # SITEURL of the build ('' for pelicanconf.py), no trailing slash
    settings: str
    pages: dict[str, str | None]
    build_seconds: float
    notes: list[str] = field(default_factory=list)

    @property
    def origin(self) -> str:
        """Where browsers open the pages: the production origin when SITEURL is absolute."""
        if self.siteurl.startswith(("http://", "https://")):
            return self.siteurl
        return self.base_url

    def page_url(self, kind: str) -> str:
        """Address of a page type at ``origin`` (skips/fails like ``url``)."""
        return self.origin + self.url(kind)[len(self.base_url):]

    def url(self, kind: str) -> str:
        path = self.pages.get(kind)
        if path is None:
            if kind in gatelib.OPTIONAL_KINDS:
                pytest.skip(f"{kind}: {gatelib.OPTIONAL_KINDS[kind]}")
            pytest.fail(
                f"the build has no {kind!r} page to test (looked for: {describe_kind(kind)}); "
                "the demo content/theme must provide one",
                pytrace=False,
            )
        return self.base_url + path

    def file(self, kind: str) -> Path:
        self.url(kind)
        return gatelib.page_file(self.output, self.pages[kind])


def describe_kind(kind: str) -> str:
    return {
        "home": "index.html",
        "article": "tin-tuc/<year>/<slug>/index.html with an <img> in its body",
        "category": "chuyen-muc/<slug>/index.html",
        "tag": "the/<slug>/index.html",
        "archives": "tin-da-dua/index.html",
        "search": "tim-kiem/index.html",
        "static": "gioi-thieu/index.html",
        "404": "404.html",
        "documents": "van-ban/index.html",
        "document-filter": "van-ban/loai/<slug>/index.html",
        "document": "van-ban/<so-ky-hieu>/index.html",
        "villages": "ban-do-hanh-chinh/index.html (the administrative map)",
        "village": "thon/<slug>/index.html",
        "links": "lien-ket-website/index.html",
        "english": "en/index.html (the English introduction)",
    }[kind]


@pytest.fixture(scope="session")
def gate_tools():
    missing = gatelib.tools_missing()
    if missing:
        msg = "quality-gate tools missing: " + "; ".join(missing) + f" — {gatelib.SETUP_HINT}"
        if os.environ.get("CI"):
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)


@pytest.fixture(scope="session")
def site(tmp_path_factory, gate_tools):
    """The publish build, served. GATES_SITE_DIR=<dir> reuses an existing build (local work only)."""
    prebuilt = os.environ.get("GATES_SITE_DIR")
    if prebuilt:
        output = Path(prebuilt).resolve()
        settings = gatelib.settings_file()
        info = {"seconds": 0.0, "settings": f"(prebuilt {output})",
                "siteurl": (gatelib.read_setting("SITEURL", settings) or "").rstrip("/")}
    else:
        output = tmp_path_factory.mktemp("gates") / "site"
        try:
            info = gatelib.build_site(output)
        except RuntimeError as exc:
            pytest.fail(str(exc), pytrace=False)
    SUMMARY.append(
        f"site: built with {info['settings']} in {info['seconds']:.1f} s; SITEURL={info['siteurl']!r}; "
        f"{sum(1 for _ in output.rglob('*.html'))} HTML files"
    )
    if info["settings"] == "pelicanconf.py":
        SUMMARY.append("site: NOTE publishconf.py does not exist yet; the gates ran on the pelicanconf.py build")
    pages = gatelib.find_pages(output)
    with gatelib.serve(output) as base_url:
        yield Site(output=output, base_url=base_url, siteurl=info["siteurl"], settings=info["settings"],
                   pages=pages, build_seconds=info["seconds"])


@pytest.fixture(scope="session")
def lighthouse_site(tmp_path_factory, gate_tools):
    """A second publish build whose SITEURL is the local server, served on that port.

    Lighthouse loads pages in its own Chromium, where requests to the production host cannot be
    answered locally; the publish settings with SITEURL overridden (as a preview deploy does)
    make every absolute URL of the build point at the local server instead.
    """
    port = gatelib.free_port()
    base = f"http://127.0.0.1:{port}"
    output = tmp_path_factory.mktemp("gates-lh") / "site"
    try:
        info = gatelib.build_site(output, extra=gatelib.local_preview_args(base))
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    SUMMARY.append(f"lighthouse site: {info['settings']} with SITEURL={base}, built in {info['seconds']:.1f} s")
    with gatelib.serve(output, port=port) as base_url:
        yield Site(output=output, base_url=base_url, siteurl=info["siteurl"], settings=info["settings"],
                   pages=gatelib.find_pages(output), build_seconds=info["seconds"])


# Package scope, not session: Playwright's sync API cannot be started twice at once, so the
# gates' instance must be stopped before other test directories start their own.
@pytest.fixture(scope="package")
def playwright_instance(gate_tools):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="package")
def browser(playwright_instance):
    b = playwright_instance.chromium.launch(
        executable_path=gatelib.CHROMIUM, args=gatelib.CHROMIUM_ARGS, headless=True
    )
    yield b
    b.close()


@pytest.fixture
def open_page(browser, site):
    """open_page(kind, viewport=(w, h), media=None, requests=None, errors=None) -> loaded Page.

    The page is opened at its production address (SITEURL + path) and every request to that
    origin is answered by the local server, so the browser sees exactly what visitors get:
    one origin for pages, assets, scripts and module imports, absolute and root-relative URLs
    alike. Requests to any other host are recorded (``requests``) and refused, never sent.
    For a build without an absolute SITEURL the local server's address is used directly.
    """
    contexts = []
    origin = site.origin

    def _route(route):
        url = route.request.url
        if url == origin or url.startswith(origin + "/"):
            if origin != site.base_url:
                route.fulfill(response=route.fetch(url=site.base_url + url[len(origin):]))
            else:
                route.continue_()
        else:
            route.abort("blockedbyclient")

    def _open(kind: str, viewport=(1280, 800), media: str | None = None, requests: list | None = None,
              errors: list | None = None):
        ctx = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]},
                                  locale="vi-VN", service_workers="block")
        contexts.append(ctx)
        ctx.route("**/*", _route)
        page = ctx.new_page()
        url = site.page_url(kind)
        if requests is not None:
            page.on("request", lambda r: requests.append(r.url))
        if errors is not None:
            missing_doc = origin + gatelib.MISSING_PATH  # the 404 page's own status is expected

            def _console(m):
                where = m.location.get("url", "")
                if m.type in ("error", "warning") and not (where == missing_doc and "404" in m.text):
                    errors.append(f"console.{m.type}: {m.text} ({where})")

            page.on("console", _console)
            page.on("pageerror", lambda e: errors.append(f"uncaught exception: {e}"))
            page.on("requestfailed", lambda r: errors.append(f"request failed: {r.url} ({r.failure})"))
            page.on("response", lambda r: errors.append(f"HTTP {r.status}: {r.url}")
                    if r.status >= 400 and not (r.request.is_navigation_request() and r.url == missing_doc)
                    else None)
        if media:
            page.emulate_media(media=media)
        page.goto(url, wait_until="load", timeout=30_000)
        try:
            page.wait_for_load_state("networkidle", timeout=5_000)
        except Exception:  # noqa: BLE001 - a page that keeps polling is reported by other gates
            pass
        if kind == "search":
            # results are rendered by script: wait until the live status region says something
            try:
                page.wait_for_function(
                    "() => [...document.querySelectorAll('[role=status]')]"
                    ".some(e => e.textContent.trim().length > 0)", timeout=5_000)
            except Exception:  # noqa: BLE001 - a search page without results is still checked as is
                pass
        return page

    yield _open
    for ctx in contexts:
        ctx.close()
