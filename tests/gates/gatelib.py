"""Shared helpers for the browser quality gates (build, serve, locate pages, tools).

Used by the pytest fixtures in ``conftest.py`` and by the stand-alone
``lighthouse.py`` script, so both build and serve the site the same way.
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import json
import mimetypes
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

GATES_DIR = Path(__file__).resolve().parent
REPO_ROOT = GATES_DIR.parent.parent
NODE_MODULES = REPO_ROOT / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
LIGHTHOUSE_BIN = NODE_MODULES / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")

# This machine (and CI) has no network but the package registries: without the
# background-networking switches Chromium keeps trying to reach Google's hosts
# and can hang.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]

# Lines the gates want shown in pytest's summary even when they pass (weights, scores, timings).
SUMMARY: list[str] = []
# axe "incomplete" results (needs review, not violations): rule id -> pages, targets, reasons
NEEDS_REVIEW: dict[str, dict] = {}

SETUP_HINT = "run `bash .ci/setup-gates.sh` (installs Chromium, a JRE, npm and pip packages)"

VIEWPORTS = {"360x740": (360, 740), "1280x800": (1280, 800)}

# Page types the browser gates visit, in report order.
PAGE_KINDS = ["home", "article", "category", "tag", "archives", "search", "static", "404",
              "documents", "document-filter", "document", "schedule", "questions", "question",
              "villages", "village", "links", "english"]
# Kinds that may be missing from the build for now (skipped with a reason, not failed).
OPTIONAL_KINDS = {"search": "the search page tim-kiem/index.html is not in the build yet"}
# URL at which the 404 page is requested: any missing, nested path (as a static host does),
# so relative asset URLs in 404.html would break here just as they would in production.
MISSING_PATH = "/khong-ton-tai/trang-thu/"
SEARCH_QUERY = "?q=m%E1%BA%B7t+tr%E1%BA%ADn"  # "mặt trận"


def settings_file() -> str:
    """publishconf.py once it exists; pelicanconf.py meanwhile (development fallback)."""
    return "publishconf.py" if (REPO_ROOT / "publishconf.py").exists() else "pelicanconf.py"


def read_setting(name: str, settings: str | None = None):
    """Read one Pelican setting in a subprocess (settings files import each other by path)."""
    settings = settings or settings_file()
    code = (
        "import json, sys\n"
        "from pelican.settings import read_settings\n"
        f"s = read_settings({settings!r})\n"
        f"print(json.dumps(s.get({name!r})))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120
    )
    if proc.returncode != 0:
        raise RuntimeError(f"could not read {name} from {settings}:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def build_site(output: Path, settings: str | None = None, extra: list[str] | None = None) -> dict:
    """Build the demo portal into ``output``; return facts about the build.

    Raises RuntimeError with Pelican's output when the build fails or logs an error/warning
    that makes it exit non-zero.
    """
    settings = settings or settings_file()
    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    cmd = [sys.executable, "-m", "pelican", "content", "-s", settings, "-o", str(output)]
    cmd += extra or []
    t0 = time.monotonic()
    proc = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, timeout=900)
    seconds = time.monotonic() - t0
    if proc.returncode != 0 or not (output / "index.html").exists():
        raise RuntimeError(
            f"pelican build failed (exit {proc.returncode}) with {settings}:\n"
            f"$ {' '.join(cmd)}\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
        )
    siteurl = next((json.loads(e.split("=", 1)[1]) for e in (extra or []) if e.startswith("SITEURL=")),
                   None)
    if siteurl is None:
        siteurl = read_setting("SITEURL", settings) or ""
    return {
        "settings": settings,
        "seconds": seconds,
        "siteurl": siteurl.rstrip("/"),
        "log": proc.stdout + proc.stderr,
    }


def local_preview_args(base_url: str) -> list[str]:
    """Pelican arguments for a publish build whose SITEURL is the local server (for Lighthouse,
    which cannot answer requests to the production host from the local server)."""
    return ["-e", f"SITEURL={json.dumps(base_url)}"]


# --------------------------------------------------------------------------- serving

_COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml",
                 "application/atom+xml", "application/rss+xml", "image/svg+xml")


class _StaticHandler(http.server.SimpleHTTPRequestHandler):
    """Static host behaviour: dir/ -> dir/index.html, missing -> 404.html with status 404,
    gzip for text when the client accepts it (as any production static host does)."""

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "application/javascript",
        ".mjs": "application/javascript",
        ".css": "text/css",
        ".svg": "image/svg+xml",
        ".webp": "image/webp",
        ".avif": "image/avif",
        ".woff2": "font/woff2",
        ".xml": "application/xml",
        ".atom": "application/atom+xml",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
    }

    def log_message(self, format, *args):  # noqa: A002 - silence the per-request log
        pass

    def _resolve(self) -> tuple[Path | None, int]:
        root = Path(self.directory)
        path = unquote(urlsplit(self.path).path)
        target = (root / path.lstrip("/")).resolve()
        if root.resolve() not in (target, *target.parents):
            return None, 404
        if target.is_dir():
            if not path.endswith("/"):
                return target, 301
            target = target / "index.html"
        if target.is_file():
            return target, 200
        return None, 404

    def _send(self, head_only: bool):
        target, status = self._resolve()
        if status == 301:
            self.send_response(301)
            self.send_header("Location", urlsplit(self.path).path + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if target is None:
            target = Path(self.directory) / "404.html"
            if not target.is_file():
                self.send_error(404)
                return
        ctype = self.extensions_map.get(target.suffix.lower()) or (
            mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        )
        if ctype.startswith("text/") or ctype in ("application/javascript", "image/svg+xml"):
            ctype += "; charset=utf-8"
        body = target.read_bytes()
        gz = "gzip" in self.headers.get("Accept-Encoding", "") and ctype.startswith(_COMPRESSIBLE)
        if gz:
            body = gzip.compress(body, 6)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if gz:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        # what a static host sends for fingerprint-less files: revalidate, but cacheable
        self.send_header("Cache-Control", "public, max-age=600")
        self.end_headers()
        if not head_only:
            self.wfile.write(body)

    def do_GET(self):  # noqa: N802
        self._send(False)

    def do_HEAD(self):  # noqa: N802
        self._send(True)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(directory: Path, host: str = "127.0.0.1", port: int = 0):
    """Serve ``directory`` on host:port (0 = a free port); yields the base URL, no trailing /."""

    def handler(*args, **kwargs):
        return _StaticHandler(*args, directory=str(directory), **kwargs)

    server = _Server((host, port), handler)
    thread = threading.Thread(target=server.serve_forever, name="gates-http", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


# --------------------------------------------------------------------------- locating pages

ARTICLE_BODY_SELECTORS = (
    ".ct-prose", "[itemprop=articleBody]", ".article-body", ".article__body", ".entry-content",
    ".post-content", ".noi-dung", ".prose", "article .content", "article",
)


def _soup(path: Path):
    from bs4 import BeautifulSoup

    return BeautifulSoup(path.read_text(encoding="utf-8", errors="replace"), "html.parser")


def article_body(soup):
    """The element holding an article's text (first of the usual selectors that matches)."""
    for sel in ARTICLE_BODY_SELECTORS:
        el = soup.select_one(sel)
        if el is not None:
            return el, sel
    main = soup.find("main")
    return main, "main"


def find_pages(output: Path) -> dict[str, str | None]:
    """Map page kind -> URL path on the served site (None when the build has no such page)."""
    pages: dict[str, str | None] = {k: None for k in PAGE_KINDS}
    pages["home"] = "/" if (output / "index.html").exists() else None
    # articles live at tin-tuc/<year>/<slug>/index.html
    for art in sorted(output.glob("tin-tuc/*/*/index.html")):
        rel = art.relative_to(output).parent.as_posix()
        if "/trang/" in f"/{rel}/":
            continue
        body, _ = article_body(_soup(art))
        if body is not None and body.find("img") is not None:
            pages["article"] = f"/{rel}/"
            break

    def first_listing(prefix: str) -> str | None:
        base = output / prefix
        if not base.is_dir():
            return None
        for child in sorted(p for p in base.iterdir() if p.is_dir() and p.name != "trang"):
            if (child / "index.html").exists():
                return f"/{prefix}/{child.name}/"
        return None

    pages["category"] = first_listing("chuyen-muc")
    pages["tag"] = first_listing("the")
    for kind, rel in (("archives", "tin-da-dua"), ("search", "tim-kiem"), ("static", "gioi-thieu")):
        if (output / rel / "index.html").exists():
            pages[kind] = f"/{rel}/"
    # residents' channels (issue 17): the latest week with a schedule (the current week may have
    # none on the day the gates run), the Q&A list and its first question
    weeks = sorted((output / "lich-cong-tac").glob("*/tuan-*/index.html"))
    if weeks:
        pages["schedule"] = f"/{weeks[-1].relative_to(output).parent.as_posix()}/"
    if (output / "hoi-dap" / "index.html").exists():
        pages["questions"] = "/hoi-dap/"
        answers = sorted(p for p in (output / "hoi-dap").glob("*/index.html") if p.parent.name not in ("chu-de", "trang"))
        if answers:
            pages["question"] = f"/{answers[0].relative_to(output).parent.as_posix()}/"
    # the commune's sections (plugins/commune)
    for kind, rel in (("villages", "ban-do-hanh-chinh"), ("links", "lien-ket-website"), ("english", "en")):
        if (output / rel / "index.html").exists():
            pages[kind] = f"/{rel}/"
    pages["village"] = first_listing("thon")
    if pages["search"]:
        # with a query, so that a script-driven search page is checked with its results shown
        pages["search"] += SEARCH_QUERY
    if (output / "404.html").exists():
        pages["404"] = MISSING_PATH
    # the "Văn bản" library: its table, a filter page (a type) and one document's page
    if (output / "van-ban" / "index.html").exists():
        pages["documents"] = "/van-ban/"
    pages["document-filter"] = first_listing("van-ban/loai")
    documents = sorted(p.parent.name for p in output.glob("van-ban/*/index.html")
                       if p.parent.name not in ("loai", "co-quan", "nam", "linh-vuc", "trang"))
    pages["document"] = f"/van-ban/{documents[0]}/" if documents else None
    return pages


def page_file(output: Path, url_path: str) -> Path:
    """The file in ``output`` that serves ``url_path`` (404.html for the missing path)."""
    url_path = urlsplit(url_path).path
    if url_path == MISSING_PATH:
        return output / "404.html"
    rel = url_path.lstrip("/")
    return output / (rel + "index.html" if (not rel or rel.endswith("/")) else rel)


def tools_missing() -> list[str]:
    """What the gates need that is not installed (empty when all is there)."""
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append(f"Chromium at {CHROMIUM}")
    if shutil.which("java") is None:
        missing.append("java (a JRE, 11 or newer)")
    for p in (VNU_JAR, AXE_JS, LIGHTHOUSE_BIN):
        if not p.exists():
            missing.append(str(p.relative_to(REPO_ROOT)) + " (npm ci)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("python package playwright (pip install -r tests/gates/requirements.txt)")
    try:
        import bs4  # noqa: F401
    except ImportError:
        missing.append("python package beautifulsoup4")
    return missing
