"""Profile one cold full build of ours (issue #21): where the time goes.

Writes the benchmark's corpus (``corpus.py`` posts and ``sections.py``'s other
sections) for N posts, or takes a content folder kept by ``bench_build.py
--keep``, then builds it once with the production settings into an empty
output and cache folder (as the benchmark's "ours full" step), under
``cProfile``, and prints:

- a time line: wall and CPU seconds of this process at each of Pelican's
  signals (start-up = imports and settings, before ``initialized``; reading;
  page rendering; the wait for the search index at ``finalized``);
- the CPU seconds of the child processes (forked render and read workers, the
  search indexing process and Pagefind), which the profile does not see;
- the top entries of the profile by cumulative and by own time.

The profiler slows pure-Python code by about 1.5-2x; compare entries with
each other, and take times from ``bench_build.py``.  This is a tool, not a test.

    python tests/bench/profile_build.py -n 2000
    python tests/bench/profile_build.py --content /tmp/bench-build-XXXX/n2000/content-ours --top 40
"""

import argparse
import cProfile
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

import bench_build  # beside this script (tests/bench/)

SIGNALS = ("initialized", "all_generators_finalized", "article_generator_finalized",
           "article_writer_finalized", "finalized")


def _timeline(started):
    """Connect a mark to each of ``SIGNALS``; return the list the marks go to."""
    from pelican import signals

    marks = [("start-up done (imports)", time.perf_counter() - started, time.process_time())]

    def marker(name):
        def mark(*args, **kwargs):
            marks.append((name, time.perf_counter() - started, time.process_time()))
        return mark

    for name in SIGNALS:
        getattr(signals, name).connect(marker(name), weak=False)

    def first_write(*args, **kwargs):
        signals.article_generator_write_article.disconnect(first_write)
        marks.append(("first article written (search index starts)", time.perf_counter() - started,
                      time.process_time()))

    signals.article_generator_write_article.connect(first_write, weak=False)
    return marks


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=2000, help="posts to generate (without --content)")
    parser.add_argument("--content", help="a content folder to build instead of a new corpus")
    parser.add_argument("--top", type=int, default=30, help="profile entries shown per ordering")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="profile-build-"))
    try:
        if args.content:
            content = Path(args.content)
        else:
            from corpus import generate

            content = work / "content"
            generate(content, args.n, args.seed)
            bench_build.sections.generate(content, args.n, args.seed)
        started = time.perf_counter()
        children = os.times()
        profile = cProfile.Profile()
        profile.enable()
        import pelican  # noqa: F401 (start-up: counted from here)

        marks = _timeline(started)
        bench_build.build_ours(content, work / "output", work / "cache")
        profile.disable()
        wall = time.perf_counter() - started
        after = os.times()
        print(f"Cold full build of {content}: {wall:.2f} s wall (under cProfile)")
        print(f"{'':48} {'wall s':>8} {'CPU s (this process)':>21}")
        for name, at, cpu in marks:
            print(f"  {name:46} {at:8.2f} {cpu:21.2f}")
        print(f"  {'end':46} {wall:8.2f} {time.process_time():21.2f}")
        print(f"CPU s of child processes (render/read workers, search indexer, Pagefind): "
              f"{(after.children_user + after.children_system) - (children.children_user + children.children_system):.2f}")
        stats = pstats.Stats(profile, stream=sys.stdout)
        stats.strip_dirs()
        for order in ("cumulative", "tottime"):
            print(f"\nTop {args.top} by {order}:")
            stats.sort_stats(order).print_stats(args.top)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
