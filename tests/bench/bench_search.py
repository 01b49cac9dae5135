"""Benchmark: the search index on the demo portal and on generated corpora.

For each corpus (the demo ``content/``, then ``corpus.py`` posts for each N) it
runs a development build with every plugin plus ``search_index`` in a fresh
subprocess and reads the index time from the plugin's log line; measures the
bundle on disk (everything under ``pagefind/``, and the data part alone:
index chunks, fragments, filters, metadata); then serves the output from
127.0.0.1 and opens ``/tim-kiem/?q=…`` in headless Chromium (Debian's, driven
by Playwright), one fresh browser context per query so nothing is cached, and
sums what the first query transfers under ``pagefind/``: as sent by a plain
static server (``request.sizes()``: headers + body), and as a host that
gzips its text files (pagefind.js, the entry JSON) would send it (Pagefind's
own data files and the wasm are already compressed).  This is a benchmark,
not a test.

    python tests/bench/bench_search.py               # demo, 1000, 10000
    python tests/bench/bench_search.py -n 1000 --no-demo
"""

import argparse
import functools
import gzip
import http.server
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
QUERIES = ["mặt trận", "dang", "doan ket", "Nguyễn Văn", "Đông Sơn", "hien dat lam duong"]
TARGET_KB = 150  # the budget for a first query at 10,000 posts
_INDEX_LINE = re.compile(r"Search index: (\d+) articles, ([0-9.]+) KB in .*, ([0-9.]+) s")
DATA_PARTS = ("index", "fragment", "filter")


def build_once(content, output):
    """One Pelican build in this process (the subprocess side)."""
    import logging
    import runpy

    sys.path.insert(0, str(ROOT / "plugins"))
    from pelican import Pelican
    from pelican.settings import read_settings

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("search_index").setLevel(logging.INFO)
    plugins = list(runpy.run_path(str(ROOT / "pelicanconf.py"))["PLUGINS"])
    if "search_index" not in plugins:
        plugins.append("search_index")
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={"PATH": str(content), "OUTPUT_PATH": str(output), "THEME": str(ROOT / "theme"),
                  "PLUGIN_PATHS": [str(ROOT / "plugins")], "PLUGINS": plugins,
                  "DELETE_OUTPUT_DIRECTORY": True},
    )
    Pelican(settings).run()


def build(content, output):
    """Build in a fresh interpreter; return (build seconds, index seconds, articles)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--build", str(content), str(output)],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode:
        sys.exit(f"build of {content} failed:\n{done.stdout}\n{done.stderr}")
    match = _INDEX_LINE.search(done.stdout + done.stderr)
    if not match:
        sys.exit(f"no 'Search index:' line in the build log of {content}:\n{done.stderr[-2000:]}")
    return seconds, float(match.group(3)), int(match.group(1))


def bundle_sizes(bundle):
    files = [p for p in bundle.rglob("*") if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    data = sum(p.stat().st_size for p in files
               if p.parent.name in DATA_PARTS or p.suffix == ".pf_meta")
    return total, data, len(files)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def first_query_bytes(output, queries):
    """{query: (raw bytes, gzip-served bytes, files, results)} for /pagefind/ requests."""
    from playwright.sync_api import sync_playwright

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(output)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    measured = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
            for query in queries:
                context = browser.new_context()
                page = context.new_page()
                finished = []
                page.on("requestfinished", lambda request: finished.append(request))
                page.goto(f"{base}/tim-kiem/?q={quote(query)}")
                page.wait_for_function(
                    "() => { const s = document.querySelector('[data-search-status]');"
                    " return s && s.textContent.trim() && !document.querySelector('[data-search][aria-busy]'); }",
                    timeout=60000,
                )
                results = page.text_content("[data-search-status]").strip()
                raw = served = files = 0
                for request in finished:
                    path = urlsplit(request.url).path
                    if not path.startswith("/pagefind/"):
                        continue
                    sizes = request.sizes()
                    body = (output / path.lstrip("/")).read_bytes()
                    wire = sizes["responseHeadersSize"] + sizes["responseBodySize"]
                    raw += wire
                    if path.endswith((".js", ".json")):
                        wire = sizes["responseHeadersSize"] + len(gzip.compress(body, 6))
                    served += wire
                    files += 1
                measured[query] = (raw, served, files, results)
                context.close()
            browser.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    return measured


def measure(name, content, work, queries):
    output = work / f"out-{name}"
    build_s, index_s, articles = build(content, output)
    total, data, files = bundle_sizes(output / "pagefind")
    queries_measured = first_query_bytes(output, queries)
    return {"name": name, "articles": articles, "build_s": build_s, "index_s": index_s,
            "total": total, "data": data, "files": files, "queries": queries_measured}


def print_report(rows):
    kb = lambda b: f"{b / 1024:.1f}"  # noqa: E731
    print()
    print("| corpus | posts | build (s) | index (s) | bundle on disk (KB) | of which data (KB) | files "
          "| first query, plain server (KB, max) | first query, gzip host (KB, max) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        raw = max(q[0] for q in row["queries"].values())
        served = max(q[1] for q in row["queries"].values())
        print(f"| {row['name']} | {row['articles']} | {row['build_s']:.1f} | {row['index_s']:.2f} "
              f"| {kb(row['total'])} | {kb(row['data'])} | {row['files']} | {kb(raw)} | {kb(served)} |")
    print()
    for row in rows:
        print(f"{row['name']}: first query per query (plain KB / gzip-host KB / files / status)")
        for query, (raw, served, files, status) in row["queries"].items():
            print(f"  {query!r:24} {kb(raw):>7} {kb(served):>7} {files:>3}  {status}")
    big = [r for r in rows if r["articles"] >= 10000]
    for row in big:
        worst = max(q[0] for q in row["queries"].values()) / 1024
        verdict = "within" if worst <= TARGET_KB else "OVER"
        print(f"\n{row['name']}: worst first query {worst:.1f} KB on a plain server — {verdict} "
              f"the {TARGET_KB} KB target")


def main(argv=None):
    argv = sys.argv if argv is None else argv
    if len(argv) == 4 and argv[1] == "--build":
        build_once(argv[2], argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, action="append", help="corpus size (repeatable); default 1000 and 10000")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--no-demo", action="store_true", help="skip the demo content")
    parser.add_argument("--work", help="folder for corpora and outputs (default: a temporary one)")
    args = parser.parse_args(argv[1:])
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} is missing: run `bash .ci/setup-gates.sh`")
    sys.path.insert(0, str(HERE))
    from corpus import generate

    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        work = Path(args.work) if args.work else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        rows = []
        if not args.no_demo:
            rows.append(measure("demo", ROOT / "content", work, QUERIES))
            print(f"demo done: {rows[-1]['articles']} posts", flush=True)
        for n in args.n or [1000, 10000]:
            content = work / f"corpus-{n}-{args.seed}"
            if not (content / "posts").is_dir():
                generate(content, n, args.seed)
            rows.append(measure(f"corpus {n}", content, work, QUERIES))
            print(f"corpus {n} done", flush=True)
        print_report(rows)


if __name__ == "__main__":
    main()
