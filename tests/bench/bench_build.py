"""Benchmark: our full and incremental builds against plain Pelican 4.12 (issue #10).

For each N it writes the ``corpus.py`` posts (YAML front matter, as the portal
reads them) and the same posts with Pelican-native metadata
(``plain_pelican.py``), outside every timing.  Then, ``--runs`` times, in this
order so that drift on the machine hits both alike:

1. plain full: plain Pelican as it ships (default theme, default feeds,
   ``TIMEZONE``/``DEFAULT_LANG``/``SITEURL`` set), a new output folder, its
   content cache on but empty (a cold cache; writing it costs nothing
   measurable, and it is what makes step 3 possible);
2. ours full: ``publishconf.py`` with its production ``PLUGINS`` (every
   feature on: feeds, sitemap, search index, related news, documents, schedule,
   Q&A, commune pages…; the corpus has no photos, so the photos plugin has
   nothing to do) and, for our side only, the sections ``sections.py`` adds in
   proportion to N (a document with a small PDF per 20 posts, schedule weeks,
   answered questions, the commune's data), the repository's theme and
   plugins, new output and cache folders (a fresh CI clone; each run gets
   new folders and nothing is deleted before the benchmark ends, see
   ``_fresh_folders``),
   ``DELETE_OUTPUT_DIRECTORY`` off so that steps 4–5 reuse them;
3. plain edit: one post in the middle of the corpus gets a sentence appended
   (the file is rewritten, so its mtime changes), plain Pelican rebuilds with
   its content cache into the same folders;
4. ours edit: the same post edited the same way, rebuilt into the same
   output and cache folders;
5. ours no change: rebuilt again with nothing changed.

The post is put back as it was after each run.  Every build runs in a fresh
interpreter.  Per build: wall time, and peak memory: the largest sum of the
resident set sizes (``VmRSS``) of the build process and all its descendants
(worker processes, the Pagefind binary), sampled every 50 ms from here.  A
sum of RSS counts pages that forked workers share more than once, so it errs
high; ``--pss`` sums the proportional set sizes instead (exact, but reading
them costs enough CPU to slow the builds: a run for memory, not for times).
What the tree held at the peak is shown per process name.  Each full build must write a page for every post, and each edit
rebuild must show the appended sentence, or the figure is flagged: a
benchmark that drops posts measures nothing.  The table gives the medians;
the targets of the issue are checked under it.  This is a benchmark, not a
test.

    python tests/bench/bench_build.py                 # N = 1000, 2000, 10000; 3 runs each
    python tests/bench/bench_build.py -n 2000 --runs 1 --pss   # the separate memory run
    python tests/bench/bench_build.py -n 200 --runs 1 --keep
    python tests/bench/bench_build.py -n 50000 --runs 1 --ours-only   # the scale check (no plain Pelican)
    invoke bench --which build --posts 1000 --posts 5000 --runs 3
"""

import argparse
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import plain_pelican  # beside this script (tests/bench/)
import sections

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

SAMPLE_S = 0.05
# Issue 21's targets.
TARGET_RATIO = 1.0  # our full build's wall time over plain Pelican's
TARGET_PEAK_MB = 1024
TARGET_EDIT_S = 5.0  # one post edited, at TARGET_EDIT_POSTS posts
TARGET_NO_CHANGE_S = 3.0  # nothing changed, same size
TARGET_EDIT_POSTS = 10000
STEPS = ("plain full", "ours full", "plain edit", "ours edit", "ours no change")


def build_ours(content, output, cache):
    """One build of ours in this process (the subprocess side): the production
    settings with this run's folders."""
    import logging

    from pelican import Pelican
    from pelican.settings import read_settings

    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    settings = read_settings(
        str(ROOT / "publishconf.py"),
        override={"PATH": str(content), "OUTPUT_PATH": str(output), "THEME": str(ROOT / "theme"),
                  "PLUGIN_PATHS": [str(ROOT / "plugins")], "CACHE_PATH": str(cache),
                  "DELETE_OUTPUT_DIRECTORY": False,
                  "PORTAL_BUILD_DATE": sections.BUILD_DATE.strftime("%d/%m/%Y")},
    )
    Pelican(settings).run()


# --- peak memory of a process tree -----------------------------------------------------------

def _memory_kb(pid, field="VmRSS:"):
    """One process's resident memory in kB: ``VmRSS:`` from its status, or
    ``Pss:`` from its smaps_rollup (shared pages split among their users)."""
    source = "status" if field == "VmRSS:" else "smaps_rollup"
    try:
        with open(f"/proc/{pid}/{source}", encoding="ascii", errors="replace") as lines:
            for line in lines:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0  # gone, or a zombie (no memory lines)


def _children_by_task(pid):
    found = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                found.extend(int(child) for child in children.read().split())
        except OSError:
            pass
    return found


def _children_by_ppid(pid):
    """Fallback for kernels without ``/proc/<pid>/task/<tid>/children``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                # The command name (field 2) may hold spaces: the parent id follows its ')'.
                ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == pid:
            found.append(int(entry))
    return found


_CHILDREN = (_children_by_task if os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
             else _children_by_ppid)


def tree_memory_kb(root, field="VmRSS:"):
    """{pid: kB} for ``root`` and all its descendants (see ``_memory_kb``)."""
    found, stack = {}, [root]
    while stack:
        pid = stack.pop()
        if pid in found:
            continue
        found[pid] = _memory_kb(pid, field)
        stack.extend(_CHILDREN(pid))
    return found


def _names(sizes):
    """'python 640 + pagefind 1810 + python×2 170' (MB), largest first."""
    by_name = {}
    for pid, kb in sizes.items():
        try:
            with open(f"/proc/{pid}/comm", encoding="utf-8", errors="replace") as comm:
                name = comm.read().strip()
        except OSError:
            name = "?"
        count, total = by_name.get(name, (0, 0))
        by_name[name] = (count + 1, total + kb)
    parts = sorted(by_name.items(), key=lambda item: -item[1][1])
    return " + ".join(f"{name}{f'×{count}' if count > 1 else ''} {kb / 1024:.0f}"
                      for name, (count, kb) in parts if kb)


def run_measured(command, log, field="VmRSS:"):
    """Run ``command`` (output to ``log``); return (wall s, CPU s, peak MB of the
    process tree, what the tree held at that peak)."""
    peak = {"kb": 0, "who": ""}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(log, "w", encoding="utf-8") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        done = threading.Event()

        def sample():
            while not done.is_set():
                sizes = tree_memory_kb(process.pid, field)
                total = sum(sizes.values())
                if total > peak["kb"]:
                    peak.update(kb=total, who=_names(sizes))
                done.wait(SAMPLE_S)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = process.wait()
        wall = time.perf_counter() - started
        done.set()
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if code:
        text = Path(log).read_text(encoding="utf-8", errors="replace")
        sys.exit(f"build failed (exit {code}): {' '.join(map(str, command))}\n{text[-4000:]}")
    return wall, cpu, peak["kb"] / 1024, peak["who"]


# --- one size ---------------------------------------------------------------------------------

class Corpus:
    """The same N posts twice: ``ours`` (YAML front matter) and ``plain``
    (Pelican-native metadata), and the post the edit steps change."""

    def __init__(self, work, n, seed):
        from corpus import generate

        self.n = n
        self.ours = work / "content-ours"
        self.plain = work / "content-plain"
        generate(self.ours, n, seed)
        self.posts = plain_pelican.convert(self.ours, self.plain)
        self.sections = sections.generate(self.ours, n, seed)
        if len(self.posts) != n:
            sys.exit(f"corpus.py wrote {len(self.posts)} posts, not {n}")
        self.edited = sorted(self.posts)[n // 2]  # the middle of the corpus, by file name
        self.originals = {side: (folder / self.edited).read_text(encoding="utf-8")
                          for side, folder in (("ours", self.ours), ("plain", self.plain))}

    def page(self, side, output, rel):
        meta = self.posts[rel]
        if side == "plain":
            return plain_pelican.article_path(output, meta["slug"])
        year = str(meta["date"]).split()[0].split("/")[2]  # dd/mm/yyyy HH:MM
        return Path(output) / "tin-tuc" / year / str(meta["slug"]) / "index.html"

    def missing_pages(self, side, output):
        missing = [rel for rel in self.posts if not self.page(side, output, rel).is_file()]
        if side == "ours":  # every section's front page, and one page per document and answer
            missing += [f"{folder}index.html" for folder in ("van-ban/", "hoi-dap/", "lich-cong-tac/")
                        if not (Path(output) / folder / "index.html").is_file()]
            for kind, pattern in (("documents", "van-ban/*/index.html"), ("questions", "hoi-dap/*/index.html")):
                pages = [p for p in Path(output).glob(pattern) if p.parent.name not in ("chu-de", "trang")]
                if len(pages) < self.sections[kind]:
                    missing.append(f"{kind}: {len(pages)} pages for {self.sections[kind]}")
        return missing

    def edit(self, side, sentence):
        """Append ``sentence`` as a last paragraph of the edited post; the file is
        rewritten, and its mtime made to differ from the one the build saw."""
        path = (self.ours if side == "ours" else self.plain) / self.edited
        before = path.stat().st_mtime_ns
        path.write_text(self.originals[side].rstrip("\n") + f"\n\n{sentence}\n", encoding="utf-8")
        if path.stat().st_mtime_ns == before:  # a coarse file system clock
            os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))

    def restore(self):
        for side, folder in (("ours", self.ours), ("plain", self.plain)):
            (folder / self.edited).write_text(self.originals[side], encoding="utf-8")


def kept_folders(work):
    """The corpus, output and cache folders of our side's last run in a size
    folder that ``--keep`` left (for profile_rebuild.py and bench_digests.py)."""
    work = Path(work)
    runs = sorted(int(p.name.rsplit("-", 1)[1]) for p in work.glob("out-ours-*"))
    if not runs:
        sys.exit(f"{work} holds no out-ours-<run> folder: give a size folder bench_build.py --keep left")
    return work / "content-ours", work / f"out-ours-{runs[-1]}", work / f"cache-ours-{runs[-1]}"


def _fresh_folders(work, side, run):
    """A new, empty output and cache folder for one run of one side.

    Old outputs are never deleted while the benchmark measures: on an ext4 file
    system without a journal (this machine's), creating a file skips every inode
    freed in the last 60–360 s one by one (``recently_deleted``), so a build
    right after a deletion of thousands of files pays kernel time a fresh CI
    clone never pays — and ours, which writes about five times as many files
    as plain Pelican, paid far more of it.  Everything is removed at the end."""
    output, cache = work / f"out-{side}-{run}", work / f"cache-{side}-{run}"
    for folder in (output, cache):
        if folder.exists():
            sys.exit(f"{folder} exists: the benchmark needs a new folder for each run")
    return output, cache


def measure_size(work, n, runs, seed, field, plain=True):
    """{step: [(wall, cpu, peak MB), ...]}, {step: what the tree held at its
    last peak}, and a list of problems found."""
    print(f"N={n}: writing the corpus…", file=sys.stderr, flush=True)
    corpus = Corpus(work, n, seed)
    print(f"N={n}: ours also has {corpus.sections}", file=sys.stderr, flush=True)
    me = str(Path(__file__).resolve())
    results = {step: [] for step in STEPS}
    holders = {}
    problems = []

    def step(name, command, check=None):
        *figures, holders[name] = run_measured(command, work / "build.log", field)
        results[name].append(figures)
        trouble = check() if check else ""
        if trouble:
            problems.append(f"N={n} {name} run {len(results[name])}: {trouble}")
        print(f"  N={n} {name:15} {figures[0]:7.2f} s wall {figures[1]:7.2f} s CPU {figures[2]:6.0f} MB peak"
              f" ({holders[name]})" + (f"  !! {trouble}" if trouble else ""), file=sys.stderr, flush=True)

    def all_pages(side, output):
        missing = corpus.missing_pages(side, output)
        return f"{len(missing)} of {n} posts have no page (first: {missing[:3]})" if missing else ""

    def shows(side, output, sentence):
        page = corpus.page(side, output, corpus.edited)
        text = page.read_text(encoding="utf-8") if page.is_file() else ""
        return "" if sentence in text else f"the edit of {corpus.edited} is not on {page}"

    try:
        for run in range(1, runs + 1):
            sentence = f"Ban Biên tập bổ sung thông tin lần thứ {run} để đo thời gian tạo lại trang."
            # New folders each run; nothing is deleted until the whole benchmark ends
            # (see _fresh_folders).
            plain_out, plain_cache = _fresh_folders(work, "plain", run)
            ours_out, ours_cache = _fresh_folders(work, "ours", run)
            plain_cmd = [sys.executable, str(HERE / "plain_pelican.py"), "build", str(corpus.plain),
                         str(plain_out), str(plain_cache), "--cached"]
            ours_cmd = [sys.executable, me, "--build-ours", str(corpus.ours), str(ours_out), str(ours_cache)]
            if plain:
                step("plain full", plain_cmd, lambda: all_pages("plain", plain_out))
            step("ours full", ours_cmd, lambda: all_pages("ours", ours_out))
            if plain:
                corpus.edit("plain", sentence)
                step("plain edit", plain_cmd, lambda: shows("plain", plain_out, sentence))
            corpus.edit("ours", sentence)
            step("ours edit", ours_cmd, lambda: shows("ours", ours_out, sentence))
            step("ours no change", ours_cmd, lambda: shows("ours", ours_out, sentence))
            corpus.restore()
    finally:
        corpus.restore()
    return results, holders, problems


# --- report -----------------------------------------------------------------------------------

def medians(figures):
    """Each figure's median; NaN for a step that did not run (``--ours-only``)."""
    if not figures:
        return (math.nan, math.nan, math.nan)
    return tuple(statistics.median(column) for column in zip(*figures))


def print_report(rows, runs, problems, measure="RSS"):
    print()
    print(f"Medians of {runs} run(s); wall time in seconds, peak = summed {measure} of the build and its "
          "child processes, in MB.")
    print()
    print("| posts | plain full s | ours full s | ratio | plain peak MB | ours peak MB "
          "| plain edit s | ours edit s | ours no-change s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, med, _ in rows:
        plain, ours = med["plain full"], med["ours full"]
        print(f"| {n:,} | {plain[0]:.2f} | {ours[0]:.2f} | {ours[0] / plain[0]:.2f}× | {plain[2]:.0f} "
              f"| {ours[2]:.0f} | {med['plain edit'][0]:.2f} | {med['ours edit'][0]:.2f} "
              f"| {med['ours no change'][0]:.2f} |")
    cpu = [f"{n:,}: {med['plain full'][1]:.1f} / {med['ours full'][1]:.1f}" for n, med, _ in rows]
    print("CPU seconds of the full builds (plain / ours; all processes, a check when the machine is busy) — "
          + " · ".join(cpu))
    print()
    for side in ("ours", "plain"):
        per = [f"{n:,}: {med[side + ' full'][0] * 1000 / n:.2f}" for n, med, _ in rows]
        print(f"Growth, {side} full build, seconds per 1,000 posts — " + " · ".join(per))
    if len(rows) > 1:
        (n0, first, _), (n1, last, _) = rows[0], rows[-1]
        scale = (last["ours full"][0] / n1) / (first["ours full"][0] / n0)
        print(f"Ours, time per post at {n1:,} over at {n0:,}: {scale:.2f}× (1.00 = linear)")
    print()
    print("Ours full build, what the process tree held at its peak (MB, last run):")
    for n, _, holders in rows:
        print(f"  {n:,} posts: {holders['ours full']}")
    print()
    print("Targets (issue 21):")
    for n, med, _ in rows:
        ratio = med["ours full"][0] / med["plain full"][0]
        peak = max(med[step][2] for step in STEPS if step.startswith("ours"))
        line = (f"  {n:,} posts: full {ratio:.2f}× plain ({'ok' if ratio <= TARGET_RATIO else 'OVER'} "
                f"≤{TARGET_RATIO:.1f}×); peak" if not math.isnan(ratio) else f"  {n:,} posts (ours only): peak")
        line += (f" {peak:.0f} MB ({'ok' if peak <= TARGET_PEAK_MB else 'OVER'} "
                 f"≤{TARGET_PEAK_MB} MB)")
        if n >= TARGET_EDIT_POSTS:
            edit = med["ours edit"][0]
            line += f"; one post edited {edit:.2f} s ({'ok' if edit <= TARGET_EDIT_S else 'OVER'} ≤{TARGET_EDIT_S:.0f} s)"
            same = med["ours no change"][0]
            line += f"; nothing changed {same:.2f} s ({'ok' if same <= TARGET_NO_CHANGE_S else 'OVER'} ≤{TARGET_NO_CHANGE_S:.0f} s)"
        print(line)
    if problems:
        print()
        print("PROBLEMS — these figures do not measure what they claim:")
        for problem in problems:
            print(f"  {problem}")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--build-ours":
        build_ours(*argv[1:4])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, action="append", help="corpus size (repeatable); default 1000 5000 10000")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (the table gives medians)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--keep", action="store_true", help="keep the corpora, outputs and logs")
    parser.add_argument("--ours-only", action="store_true",
                        help="build ours only, not plain Pelican (the scale check at 50,000 posts)")
    parser.add_argument("--pss", action="store_true",
                        help="peak as summed PSS (forked workers' shared pages counted once; reading it "
                             "costs CPU that slows the builds, so use it for a memory run, not for times)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    sizes = args.n or [1000, 2000, 10000]
    work = Path(tempfile.mkdtemp(prefix="bench-build-"))
    rows, problems = [], []
    try:
        for n in sizes:
            folder = work / f"n{n}"
            folder.mkdir()
            results, holders, found = measure_size(folder, n, args.runs, args.seed,
                                                   "Pss:" if args.pss else "VmRSS:", plain=not args.ours_only)
            rows.append((n, {step: medians(figures) for step, figures in results.items()}, holders))
            problems += found
    finally:
        if args.keep:
            print(f"Kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print_report(rows, args.runs, problems, "PSS" if args.pss else "RSS")
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
