"""Profile the live preview's rebuild after one save (issue 21): cProfile of the
first pass (read + the viewed page), then of the second pass.

    python tests/bench/profile_preview.py --posts 2000            # a fresh corpus in a temp folder
    python tests/bench/profile_preview.py --posts 2000 --keep W   # or kept in W (faster next time)

Builds once (cold), then a few times with one post edited (a new sentence each
time, at the end as the preview benchmark does, or with ``--at start`` first), and profiles the last of them.  Prints
the CPU seconds of each first pass, then the top entries by cumulative and
by own time.  The profiler slows Python code about twofold: read the shares,
not the seconds.  A tool for finding where time goes, not a test.
"""

import argparse
import cProfile
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
import corpus  # noqa: E402
from profile_rebuild import print_top  # noqa: E402  (beside this script)  (beside this script: run as a script, its folder is on the import path)

from portal_tools.preview.bench import _pick_post  # noqa: E402
from portal_tools.preview.builder import PreviewBuilder  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--keep", help="work folder to keep (content, output, cache)")
    parser.add_argument("--edits", type=int, default=3, help="timed rebuilds before the profiled one")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--save", help="also write the raw profile of the first pass here")
    parser.add_argument("--at", choices=("end", "start"), default="end",
                        help="where the new sentence goes: the end of the body (as the preview benchmark; "
                             "the related-news lists usually stay valid) or its start (they must be computed)")
    args = parser.parse_args(argv)
    work = Path(args.keep or tempfile.mkdtemp(prefix="cong-tin-profile-")).resolve()
    content = work / "content"
    if not (content / "posts").is_dir():
        corpus.generate(content, args.posts, 1)
    os.chdir(ROOT)
    builder = PreviewBuilder(ROOT / "pelicanconf.py", {
        "PATH": str(content), "OUTPUT_PATH": str(work / "output"), "CACHE_PATH": str(work / "cache")})
    started = time.process_time()
    cold = builder.build()
    print(f"cold build: {time.process_time() - started:.2f} s CPU, problems: {cold.problems[:3]}")
    path, url = _pick_post(builder, str(content))
    viewed = {url.lstrip("/") + "index.html"}
    original = Path(path).read_text(encoding="utf-8")
    first = []
    try:
        for number in range(args.edits + 1):
            sentence = f"Câu đo {number} {time.time()}."
            if args.at == "end":
                edited = original.rstrip("\n") + f"\n\n{sentence}\n"
            else:  # after the front matter
                head, _, body = original.partition("\n---\n")
                edited = f"{head}\n---\n\n{sentence}\n{body}"
            Path(path).write_text(edited, encoding="utf-8")
            profile = cProfile.Profile() if number == args.edits else None
            marks = {}

            def on_pass(written, marks=marks, profile=profile):
                if "first" not in marks:
                    marks["first"] = time.process_time()
                    if profile:
                        profile.disable()

            start = time.process_time()
            if profile:
                profile.enable()
            result = builder.build(viewed=viewed, on_pass=on_pass)
            if result.problems or not result.first:
                raise SystemExit(f"unexpected build: {result.problems} {result.first}")
            first.append(marks["first"] - start)
            print(f"edit {number}: first pass {marks['first'] - start:.3f} s CPU, whole build "
                  f"{time.process_time() - start:.3f} s CPU{' (profiled)' if profile else ''}")
    finally:
        Path(path).write_text(original, encoding="utf-8")
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.save:
        profile.dump_stats(args.save)
    print_top(profile, args.top)


if __name__ == "__main__":
    sys.exit(main())
