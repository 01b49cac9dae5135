"""Fixtures of the real-browser search tests: built sites served from a thread on
127.0.0.1, and one headless Chromium (Debian's ``chromium`` package, driven by
Playwright; never ``playwright install``).  Tests are skipped when either is missing."""

import functools
import http.server
import os
import threading

import pytest

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def serve():
    """``serve(folder)`` -> ``"http://127.0.0.1:PORT"``: ``folder`` (it may be built
    afterwards) served like a static host until the tests end."""
    servers = []

    def start(folder):
        handler = functools.partial(_Quiet, directory=str(folder))
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}"

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


# Package scope, not session: Playwright's sync API cannot run twice at once, so this
# instance stops before the editor's browser tests start their own (as in tests/gates).
@pytest.fixture(scope="package")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (bash .ci/setup-gates.sh)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A phone-sized page (360×740); the test fails on any uncaught script error."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, errors
