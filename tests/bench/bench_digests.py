"""CPU seconds of the page digests of one rebuild (issue 21), measured inside a real build.

    python tests/bench/bench_digests.py WORK/n10000            # a folder kept by bench_build.py --keep

Edits one post (put back after) and builds; when the writer first digests its
pages, the digest step is repeated here in this process, each time with new
``Fingerprints`` (nothing memoized): the shared context alone, then every
queued page (what ``_digests_parallel`` spreads over the cores).  Prints the
process CPU time of the first run (which also pays for the posts' summaries and
URLs, as the build's one does) and the least of the runs after it, which the load of
other processes on the machine disturbs far less than wall time.  A tool for
comparing two versions of ``fingerprint.py``, not a test; the build stops
there (nothing rendered, the kept folder left as it was).
"""

import argparse
import os
import sys
import time
from pathlib import Path

import bench_build  # beside this script (tests/bench/)


class Measured(Exception):
    """Stops the build once its digests are measured."""


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("work", help="a size folder kept by bench_build.py --keep (content-ours, out-ours-<run>, cache-ours-<run>)")
    parser.add_argument("--runs", type=int, default=4, help="at least 2")
    args = parser.parse_args(argv)

    from pelican.contents import Content
    from pelican.paginator import Page
    from pelican.urlwrappers import URLWrapper

    from portal_core.lifecycle import writer as writer_module
    from portal_core.lifecycle.fingerprint import Fingerprints

    work = Path(args.work).resolve()
    os.chdir(bench_build.ROOT)
    content, output, cache = bench_build.kept_folders(work)
    posts = sorted(p for p in content.rglob("*.md") if "/posts/" in p.as_posix() or p.parent.name.isdigit())
    edited = posts[len(posts) // 2]
    original_text = edited.read_text(encoding="utf-8")
    original = writer_module.IncrementalWriter._digests_parallel
    results = {}

    def measured(self, names):
        if not results:
            saved = self._fingerprints, self._base, self._contexts
            context_s, pages_s = [], []
            for _ in range(args.runs):
                self._fingerprints = Fingerprints(Content, URLWrapper, page_class=Page)
                self._base, self._contexts = None, {}
                started = time.process_time()
                self._digests(names[:1])
                context_s.append(time.process_time() - started)
                started = time.process_time()
                self._digests(names)
                pages_s.append(time.process_time() - started)
            self._fingerprints, self._base, self._contexts = saved
            results.update(pages=len(names), context=context_s, rest=pages_s)
        raise Measured  # no page rendered: the kept folder stays as it was

    writer_module.IncrementalWriter._digests_parallel = measured
    try:
        edited.write_text(original_text.rstrip("\n") + f"\n\nCâu sửa để đo {time.time()}.\n", encoding="utf-8")
        bench_build.build_ours(content, output, cache)
    except Measured:
        pass
    finally:
        edited.write_text(original_text, encoding="utf-8")
        writer_module.IncrementalWriter._digests_parallel = original
    context, rest = results["context"], results["rest"]
    print(f"first digest step, {results['pages']} pages, CPU s: first run (summaries cut or looked up, "
          f"URLs memoized, as in the build) shared context {context[0]:.3f} + all pages {rest[0]:.3f} "
          f"= {context[0] + rest[0]:.3f}; least of the {len(context) - 1} runs after "
          f"{min(context[1:]):.3f} + {min(rest[1:]):.3f} = {min(context[1:]) + min(rest[1:]):.3f}")


if __name__ == "__main__":
    sys.exit(main())
