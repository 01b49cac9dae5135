"""Run a function over many items on every core, by forking the build process.

``fork_map(function, items, workers)`` splits ``items`` into ``workers``
interleaved shares (item 0, k, 2k… to the parent; 1, k+1… to the first child…),
forks ``workers - 1`` children and works on the parent's share meanwhile, then
collects the children's results through pipes and returns every result in the
order of ``items``.

Why fork and not a ``multiprocessing`` pool: a child starts with the parent's
whole state (Pelican's articles, the Jinja environment and its compiled
templates), so nothing but the results is ever pickled, and the parent works
too, so two cores need only one extra process.  ``gc.freeze()`` before forking
keeps the collector from touching (and so copying) every inherited object;
the parent unfreezes after, unless something held objects frozen before it
(a build holding what it read: ``portal_core.lifecycle.collector``).  The
work runs with the collector on, in the parent as in the children, even when
the caller had turned it off (a build does while it runs).

An exception in a child comes back as a ``WorkerError`` naming the item and
carrying the child's traceback; the parent raises it after all children ended.

Library code (``portal_core``): plugins import it.
"""

import gc
import os
import pickle
import sys
import traceback

# Below this many items a fork costs more than it saves.
MIN_ITEMS_PER_WORKER = 32


class WorkerError(RuntimeError):
    """An item failed in a worker process; ``str()`` names it and has the traceback."""


def worker_count(requested=0):
    """``requested`` workers, or one per usable core when it is 0."""
    if requested and requested > 0:
        return int(requested)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _run_share(function, items, start, step):
    results = []
    for index in range(start, len(items), step):
        try:
            results.append((index, True, function(items[index])))
        except Exception:  # reported to the parent, which raises it
            results.append((index, False, traceback.format_exc()))
            break
    return results


def _read_all(fd):
    chunks = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)


def fork_map(function, items, workers=0, describe=repr, cycles=True):
    """``[function(item) for item in items]`` spread over ``workers`` processes.

    ``function`` must return picklable values when ``workers > 1``.  Runs in
    this process alone when there is one worker, few items, or no ``fork``.
    ``cycles=False``: ``function`` makes no reference cycles (the page digests),
    so it runs with the collector as the caller has it."""
    # The work spread here (pages rendered, Markdown converted…) makes reference
    # cycles with each item: it runs with the collector on, in this process as in
    # the children, even where the caller had it off (a build does: lifecycle/collector.py).
    collecting = gc.isenabled()
    if cycles:
        gc.enable()
    try:
        return _fork_map(function, items, workers, describe)
    finally:
        if not collecting:
            gc.disable()


def _fork_map(function, items, workers, describe):
    items = list(items)
    workers = min(worker_count(workers), max(1, len(items) // MIN_ITEMS_PER_WORKER))
    if workers <= 1 or not hasattr(os, "fork"):
        return [function(item) for item in items]

    sys.stdout.flush()
    sys.stderr.flush()
    held = gc.get_freeze_count() > 0  # a build holds its content (lifecycle/collector.py): keep it held
    gc.freeze()
    children = []
    try:
        for share in range(1, workers):
            read_fd, write_fd = os.pipe()
            pid = os.fork()
            if pid == 0:  # child: work on its share, send it back, exit at once
                code = 0
                try:
                    os.close(read_fd)
                    data = pickle.dumps(_run_share(function, items, share, workers),
                                        protocol=pickle.HIGHEST_PROTOCOL)
                    view = memoryview(data)
                    while view:
                        view = view[os.write(write_fd, view):]
                except BaseException:
                    traceback.print_exc()
                    code = 1
                finally:
                    os._exit(code)
            os.close(write_fd)
            children.append((pid, read_fd))
        own = _run_share(function, items, 0, workers)
        gathered = [own]
        failed_child = None
        for pid, read_fd in children:
            data = _read_all(read_fd)
            _, status = os.waitpid(pid, 0)
            if status != 0 or not data:
                failed_child = f"worker process {pid} ended with status {status}"
                continue
            gathered.append(pickle.loads(data))
        children = []
    finally:
        for pid, read_fd in children:  # the parent failed: do not leave children behind
            try:
                os.close(read_fd)
                os.waitpid(pid, 0)
            except OSError:
                pass
        if not held:
            gc.unfreeze()

    results = [None] * len(items)
    for share in gathered:
        for index, ok, value in share:
            if not ok:
                raise WorkerError(f"{describe(items[index])}:\n{value}")
            results[index] = value
    if failed_child:
        raise WorkerError(failed_child)
    return results
