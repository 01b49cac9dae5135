"""Profile one rebuild of ours (cProfile) over folders a benchmark kept (issue 21): no change or one edit.

    python tests/bench/bench_build.py -n 2000 --runs 1 --keep      # prints the kept folder
    python tests/bench/profile_rebuild.py WORK/n2000                 # a no-change rebuild
    python tests/bench/profile_rebuild.py WORK/n2000 --edit          # one post edited (then put back)

Prints the wall time and the top entries by cumulative and by own time.  The
profiler slows Python code about twofold: read the shares, not the seconds.
This is a tool for finding where time goes, not a test.  A cold full build: profile_build.py.
"""

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

import bench_build  # beside this script (tests/bench/)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("work", help="a size folder kept by bench_build.py --keep (content-ours, out-ours-<run>, cache-ours-<run>)")
    parser.add_argument("--edit", action="store_true", help="append a sentence to one post first (put back after)")
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--save", help="also write the raw profile here (for snakeviz, pstats)")
    args = parser.parse_args(argv)
    work = Path(args.work).resolve()
    os.chdir(bench_build.ROOT)  # as the benchmark runs its builds (messages hold paths relative to it)
    content, output, cache = bench_build.kept_folders(work)
    posts = sorted(p for p in content.rglob("*.md") if "/posts/" in p.as_posix() or p.parent.name.isdigit())
    edited = posts[len(posts) // 2] if args.edit else None
    original = edited.read_text(encoding="utf-8") if edited else None
    try:
        if edited:
            edited.write_text(original.rstrip("\n") + f"\n\nCâu sửa để đo {time.time()}.\n", encoding="utf-8")
        profile = cProfile.Profile()
        started = time.perf_counter()
        profile.runcall(bench_build.build_ours, content, output, cache)
        wall = time.perf_counter() - started
    finally:
        if edited:
            edited.write_text(original, encoding="utf-8")
    if args.save:
        profile.dump_stats(args.save)
    print(f"{'one post edited' if edited else 'no change'}: {wall:.2f} s under cProfile")
    print_top(profile, args.top)


def print_top(profile, top):
    """The ``top`` entries of ``profile`` by cumulative and by own time (pstats' header cut)."""
    for order in ("cumulative", "tottime"):
        text = io.StringIO()
        pstats.Stats(profile, stream=text).sort_stats(order).print_stats(top)
        print(text.getvalue().split("\n", 6)[-1])


if __name__ == "__main__":
    sys.exit(main())
