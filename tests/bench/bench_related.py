"""Benchmark: the full build of a generated corpus with related_news on and off.

For each N it writes the corpus (``corpus.py``, cached per N and seed), then
runs every build in a fresh subprocess with the same plugins (pelicanconf.py's
``PLUGINS``, read once at the start, or ``--plugins``), without and with
``related_news``.  Per build: wall time, CPU time (user + system of the build
and its helper processes, from ``getrusage(RUSAGE_CHILDREN)``; it suffers less
from a busy machine), and peak memory: the maximum resident set size of the
Pelican process itself (its helpers, e.g. Pagefind for the search index, are
separate processes; ``/usr/bin/time -v`` gives the whole tree, shown under the
table).  The theme is a copy of ``theme/`` whose ``article.html`` includes
``partials/related_news.html`` (as the lead will add it), so "on" builds also
pay for rendering the list.  The index time (reading the posts, building the
index, every query; wall and CPU) comes from the plugin's debug log line.
Each figure is the best of ``--repeat`` builds: other load on the machine only
ever adds time.  This is a benchmark, not a test.

    python tests/bench/bench_related.py                # N = 1000, 5000, 10000
    python tests/bench/bench_related.py -n 1000 -n 5000 --repeat 3
    python tests/bench/bench_related.py --plugins '["vietnamese", "front_matter", "news_lists"]'
"""

import argparse
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
INCLUDE = '{% include "partials/related_news.html" %}'
_INDEX_LINE = re.compile(r"related_news: index of (\d+) posts .* in ([0-9.]+) s \(.*CPU ([0-9.]+) s\)")


def base_plugins():
    import runpy

    plugins = runpy.run_path(str(ROOT / "pelicanconf.py"))["PLUGINS"]
    return [p for p in plugins if p != "related_news"]


def build_once(content, output, theme, plugins, cache, related=None):
    """Run one Pelican build in this process (the subprocess side); print the
    peak memory of this process alone (not of helpers it starts, e.g. Pagefind)."""
    import logging

    from pelican import Pelican
    from pelican.settings import read_settings

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("related_news").setLevel(logging.DEBUG)
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(content), "OUTPUT_PATH": str(output), "THEME": str(theme),
            "PLUGIN_PATHS": [str(ROOT / "plugins")], "PLUGINS": plugins, "CACHE_PATH": str(cache),
            **({"RELATED_NEWS": related} if related else {}),
        },
    )
    Pelican(settings).run()
    print(f"pelican peak RSS kB: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", file=sys.stderr)


def bench_theme(work):
    """A copy of the theme whose article page includes the related-news partial."""
    theme = work / "theme"
    if theme.exists():
        shutil.rmtree(theme)
    shutil.copytree(ROOT / "theme", theme)
    article = theme / "templates" / "article.html"
    text = article.read_text(encoding="utf-8")
    if "partials/related_news.html" not in text:
        text = text.replace("  </article>\n", "  </article>\n  " + INCLUDE + "\n", 1)
        article.write_text(text, encoding="utf-8")
    return theme


def measure(content, theme, work, plugins, related=None):
    """Build in a subprocess; return ``(wall s, CPU s, Pelican peak MB, peak MB
    with helper processes, (index wall s, index CPU s) or None)``."""
    plugin_on = "related_news" in plugins
    output = work / ("out-on" if plugin_on else "out-off")
    cache = work / "cache"
    for folder in (output, cache):
        shutil.rmtree(folder, ignore_errors=True)
    command = [sys.executable, str(Path(__file__).resolve()), "--build", str(content), str(output),
               str(theme), json.dumps(plugins), str(cache), json.dumps(related or {})]
    timer = Path("/usr/bin/time").exists()
    if timer:
        command = ["/usr/bin/time", "-v"] + command
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode:
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit(f"build failed ({'on' if plugin_on else 'off'})")
    pelican_kb = int(re.search(r"pelican peak RSS kB: (\d+)", done.stderr).group(1))
    if timer:
        tree_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))
    else:  # the children's maximum so far: exact while each build uses more than the last
        tree_kb = after.ru_maxrss
    found = _INDEX_LINE.search(done.stderr)
    index = (float(found.group(2)), float(found.group(3))) if found else None
    return seconds, cpu, pelican_kb / 1024, tree_kb / 1024, index


def run(sizes, repeat, seed, work, plugins, related=None):
    from corpus import generate

    work.mkdir(parents=True, exist_ok=True)
    theme = bench_theme(work)
    off_plugins = [p for p in plugins if p != "related_news"]
    on_plugins = off_plugins + ["related_news"]
    rows = []
    for n in sizes:
        content = work / f"corpus-{n}-{seed}"
        if not (content / ".complete").exists():
            generate(content, n, seed)
            (content / ".complete").write_text("ok")
        results = {True: [], False: []}
        for _ in range(repeat):
            for plugin_on in (False, True):  # alternate, so drift hits both alike
                result = measure(content, theme, work, on_plugins if plugin_on else off_plugins, related)
                results[plugin_on].append(result)
                print(f"  N={n} {'on ' if plugin_on else 'off'}: {result[0]:.1f} s wall, {result[1]:.1f} s CPU, "
                      f"{result[2]:.0f} MB Pelican, {result[3]:.0f} MB with helpers, index {result[4]}",
                      file=sys.stderr, flush=True)
        # The fastest of the repeats: other load on the machine only ever adds time.
        off = [min(r[i] for r in results[False]) for i in range(4)]
        on = [min(r[i] for r in results[True]) for i in range(4)]
        index = [min(r[4][i] for r in results[True]) for i in range(2)]
        rows.append((n, off, on, index))
    return rows


def print_table(rows, plugins):
    print(f"Plugins off: {', '.join(p for p in plugins if p != 'related_news')}; on: the same + related_news")
    print("| N | wall off (s) | wall on (s) | added | CPU off (s) | CPU on (s) | added "
          "| peak off (MB) | peak on (MB) | added (MB) | index wall (s) | index CPU (s) | index CPU per post (ms) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, off, on, index in rows:
        print(f"| {n:,} | {off[0]:.1f} | {on[0]:.1f} | {100 * (on[0] - off[0]) / off[0]:+.1f} % "
              f"| {off[1]:.1f} | {on[1]:.1f} | {100 * (on[1] - off[1]) / off[1]:+.1f} % "
              f"| {off[2]:.0f} | {on[2]:.0f} | {on[2] - off[2]:+.0f} "
              f"| {index[0]:.2f} | {index[1]:.2f} | {1000 * index[1] / n:.3f} |")
    print("Peak = maximum resident set size of the Pelican process; with helper processes "
          "(e.g. Pagefind) it was " + ", ".join(f"{off[3]:.0f} / {on[3]:.0f} MB" for _, off, on, _ in rows)
          + " (off / on).")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--build":
        content, output, theme, plugins, cache, related = argv[1:7]
        build_once(content, output, theme, json.loads(plugins), cache, json.loads(related))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, action="append", help="corpus size (repeatable)")
    parser.add_argument("--repeat", type=int, default=1, help="builds per size and state (median)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--plugins", type=json.loads, default=None,
                        help="PLUGINS of the builds, as JSON (default: pelicanconf.py's)")
    parser.add_argument("--related", type=json.loads, default=None,
                        help='RELATED_NEWS for the "on" builds, as JSON (e.g. \'{"count": 0}\')')
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "bench-related",
                        help="scratch folder (corpora are kept there between runs)")
    args = parser.parse_args(argv)
    plugins = args.plugins or base_plugins()  # read once: pelicanconf.py may change during a long run
    rows = run(args.n or [1000, 5000, 10000], args.repeat, args.seed, args.work, plugins, args.related)
    print_table(rows, plugins)


if __name__ == "__main__":
    main()
