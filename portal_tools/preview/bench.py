"""Measure save -> refreshed page in the live preview.

A copy of a content folder (or a generated corpus) is served by the real
preview (builder + server + watcher, as ``invoke livereload`` runs them); a
real browser (Chromium through Playwright, when installed; otherwise an
event-stream client that fetches the page after the ``reload`` event) shows
one post; the post is saved ``edits`` times with a new sentence, and each
sample is the time from the write to the moment the browser shows that
sentence.  Also reported: the cold first build and, per edit, the time until
the whole site was rewritten.

Usage: ``python -m portal_tools.preview.bench --content content`` or ``--posts 2000``.
"""

import argparse
import http.client
import os
import shutil
import statistics
import tempfile
import threading
import time
import uuid

from .builder import PreviewBuilder
from .preview import watch
from .server import PreviewServer, page_file

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _generate(dest, posts, seed):
    """Write ``posts`` posts with the shared benchmark corpus (tests/bench/corpus.py)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_corpus", os.path.join(ROOT, "tests", "bench", "corpus.py"))
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    corpus.generate(dest, posts, seed)


def _pick_post(builder, content):
    """The newest published post file, and the page it becomes."""
    candidates = sorted(
        (path, name) for path, name in builder.pages.items()
        if name and name.startswith("tin-tuc/") and os.path.abspath(path).startswith(os.path.abspath(content))
    )
    path, name = candidates[-1]
    return path, "/" + name[: -len("index.html")]


class _EventClient:
    """Stands in for a browser: listens for ``reload`` and fetches the page."""

    def __init__(self, port, url):
        self.port, self.url = port, url
        self.reloads = []
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.connection.request("GET", f"/__livereload?path={url}")
        self.response = self.connection.getresponse()
        threading.Thread(target=self._listen, daemon=True).start()

    def _listen(self):
        try:
            for raw in self.response:
                if raw.startswith(b"event: reload"):
                    self.reloads.append(time.perf_counter())
        except (OSError, ValueError):
            pass

    def wait_for(self, marker, timeout=60):
        deadline = time.perf_counter() + timeout
        seen = len(self.reloads)
        while time.perf_counter() < deadline:
            if len(self.reloads) > seen:
                seen = len(self.reloads)
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                connection.request("GET", self.url)
                if marker in connection.getresponse().read().decode("utf-8"):
                    return time.perf_counter()
            time.sleep(0.005)
        raise TimeoutError(marker)

    def close(self):
        self.connection.close()


# In every document: the clock time (ms since the epoch) of its first animation frame
# with text, i.e. just before the browser first paints it.
FIRST_FRAME = """(() => {
  const tick = () => {
    if (document.body && document.body.innerText.length) {
      window.__firstFrame = performance.timeOrigin + performance.now();
    } else {
      requestAnimationFrame(tick);
    }
  };
  requestAnimationFrame(tick);
})();"""


class _Browser:
    def __init__(self, port, url):
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        executable = "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None
        self._browser = self._playwright.chromium.launch(executable_path=executable)
        self.page = self._browser.new_page()
        self.page.add_init_script(FIRST_FRAME)
        self.page.goto(f"http://127.0.0.1:{port}{url}")

    def wait_for(self, marker, timeout=60):
        self.page.wait_for_function("m => document.body && document.body.innerText.includes(m)", arg=marker,
                                    timeout=timeout * 1000, polling="raf")
        return time.perf_counter()

    def painted(self):
        """When the page now shown had its first frame (seconds since the epoch): the
        refresh as the officer sees it, without Playwright noticing it through the
        navigation (its ``wait_for_function`` is set up again in the new document)."""
        value = self.page.evaluate("window.__firstFrame || null")
        return value / 1000 if value else None

    def close(self):
        self._browser.close()
        self._playwright.stop()


def measure(content=None, posts=0, edits=5, seed=1, browser=True, workdir=None, settings="pelicanconf.py",
            extra_settings=None, pause=None):
    """Return a dict of timings (seconds) for the preview of ``content`` (copied)
    or of ``posts`` generated posts (``extra_settings`` overrides settings).
    Each save waits for the previous build to finish, or, with ``pause``, only
    that many seconds after the refresh (saves that arrive mid-build)."""
    work = workdir or tempfile.mkdtemp(prefix="cong-tin-bench-")
    site_content = os.path.join(work, "content")
    shutil.rmtree(site_content, ignore_errors=True)
    if content:
        shutil.copytree(content, site_content)
    else:
        _generate(site_content, posts, seed)
    overrides = {**(extra_settings or {}), "PATH": site_content, "OUTPUT_PATH": os.path.join(work, "output"),
                 "CACHE_PATH": os.path.join(work, "cache")}
    settings_file = os.path.join(ROOT, settings)
    started = time.perf_counter()
    builder = PreviewBuilder(settings_file, overrides)
    cold = builder.build()
    if cold.problems:
        raise RuntimeError("\n".join(cold.problems))
    cold_seconds = time.perf_counter() - started
    server = PreviewServer(("127.0.0.1", 0), overrides["OUTPUT_PATH"])
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    builds, idle = [], threading.Event()

    def on_build(result, _server):
        builds.append(result)
        idle.set()

    stop = threading.Event()
    watcher = threading.Thread(target=watch, daemon=True, kwargs=dict(
        builder=builder, server=server, content=site_content, theme=os.path.join(ROOT, "theme"),
        settings_files=[settings_file], stop_event=stop, on_build=on_build))
    watcher.start()
    post_path, url = _pick_post(builder, site_content)
    client = None
    if browser:
        try:
            client = _Browser(port, url)
        except Exception:  # Playwright or Chromium missing: measure without a browser
            client = None
    kind = "chromium" if client else "event-stream client"
    client = client or _EventClient(port, url)
    deadline = time.perf_counter() + 10
    while page_file(url) not in server.viewed() and time.perf_counter() < deadline:
        time.sleep(0.01)
    time.sleep(0.5)  # let the watcher settle
    with open(post_path, encoding="utf-8") as handle:
        original = handle.read()
    samples, whole, painted = [], [], []
    try:
        for number in range(edits):
            marker = f"Câu đo thời gian {number} {uuid.uuid4().hex[:8]}"
            idle.clear()
            start, start_clock = time.perf_counter(), time.time()
            with open(post_path, "w", encoding="utf-8") as handle:
                handle.write(original.rstrip("\n") + f"\n\n{marker}\n")
            shown = client.wait_for(marker)
            samples.append(shown - start)
            frame = client.painted() if hasattr(client, "painted") else None
            if frame:
                painted.append(frame - start_clock)
            if pause is None:
                idle.wait(60)
                whole.append(time.perf_counter() - start)
                time.sleep(0.3)
            else:
                time.sleep(pause)
    finally:
        with open(post_path, "w", encoding="utf-8") as handle:
            handle.write(original)
        client.close()
        stop.set()
        watcher.join(30)  # a build may still be running: let it finish before the folder goes
        server.stop()
        if not workdir:
            shutil.rmtree(work, ignore_errors=True)
    return {
        "posts": len([n for n in builder.pages.values() if n and n.startswith("tin-tuc/")]),
        "client": kind,
        "cold_build": round(cold_seconds, 2),
        "save_to_refresh": [round(s, 3) for s in samples],
        "save_to_refresh_median": round(statistics.median(samples), 3),
        "save_to_refresh_max": round(max(samples), 3),
        "save_to_whole_site_median": round(statistics.median(whole), 3) if whole else None,
        # The same saves, to the first frame of the reloaded page in the browser's own clock.
        "save_to_first_frame": [round(s, 3) for s in painted],
        "save_to_first_frame_median": round(statistics.median(painted), 3) if painted else None,
        "first_pass": [round(r.first_seconds, 3) for r in builds],
        "build": [round(r.seconds, 3) for r in builds],
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", help="content folder to copy (default: generate --posts posts)")
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--pause", type=float, help="seconds between a refresh and the next save "
                        "(default: wait until the whole site is rewritten)")
    parser.add_argument("--plugin", action="append", default=[], help="add a plugin to PLUGINS (repeatable)")
    args = parser.parse_args(argv)
    extra = None
    if args.plugin:
        from pelican.settings import read_settings

        plugins = read_settings(os.path.join(ROOT, "pelicanconf.py"))["PLUGINS"]
        extra = {"PLUGINS": plugins + [p for p in args.plugin if p not in plugins]}
    result = measure(args.content, args.posts, args.edits, browser=not args.no_browser, extra_settings=extra,
                     pause=args.pause)
    for key, value in result.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
