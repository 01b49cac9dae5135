"""Live preview: rebuild on save, refresh the browser, loopback only.

Not a Pelican plugin: the engine of ``invoke livereload``.

- ``PreviewBuilder`` keeps the settings and one ``Pelican`` between builds and
  turns on Pelican's reader cache (``CACHE_CONTENT``/``LOAD_CONTENT_CACHE``,
  ``CONTENT_CACHING_LAYER = "reader"``), so an unchanged post is not parsed
  again.  A file that fails the front-matter rules raises in the reader and is
  therefore never cached: it is read, and its problems reported, on every
  build; a cached post whose photo disappeared is caught by the photos plugin.
  When the settings file changes the cache is not trusted for one build.
- A build writes in two passes (``portal_core.lifecycle.write_in_two_passes``,
  with the same incremental writer as every build: unchanged pages are not
  rewritten): first only the pages the open browser tabs show (each tab tells
  the server its path; a post or a page is queued alone, a listing after every
  generator has queued its pages), which are refreshed at once; then every other page,
  and the whole-site outputs that hang on ``article_writer_finalized`` (feeds,
  search index), which are held back during the first pass.  The refresh does not wait for the whole site.  A change to the
  theme or the settings writes everything in one pass (a new stylesheet name
  must exist before any page points to it).
- ``PreviewServer`` serves the output folder on 127.0.0.1, adds one
  same-origin script (``/__livereload.js``, nothing from another host) to HTML
  responses — the files on disk stay as built — and pushes ``reload`` and
  ``problems`` events over Server-Sent Events; the script shows the problems
  of a failed build on top of the page until they are fixed.

Settings read: those of Pelican (through ``read_settings``).
"""

import logging
import os
import queue
import threading

from .builder import PreviewBuilder
from .server import PreviewServer

logger = logging.getLogger(__name__)
if hasattr(logger, "disable_filter"):
    logger.disable_filter()  # Pelican's logger class would drop a repeated "saved …" line


def _report(result, server):
    server.report(result.problems)
    for line in result.warnings:
        logger.warning("Cảnh báo: %s", line)
    if result.problems:
        logger.error("Trang CHƯA được cập nhật — %d lỗi:", len(result.problems))
        for line in result.problems:
            logger.error("%s", line)
    elif result.first:
        logger.info("Đã cập nhật sau %.2f giây (trang đang mở đã tải lại sau %.2f giây).",
                    result.seconds, result.first_seconds)
    else:
        logger.info("Đã cập nhật sau %.2f giây.", result.seconds)


# Milliseconds without a new change after which a save is built (watchfiles' ``step``,
# 50 by default): an editor writes a file in well under this, and each millisecond
# here is one the officer waits.  A later write of the same save starts a new build.
WATCH_STEP = 20


def _stamps(paths):
    return {path: os.stat(path).st_mtime_ns if os.path.exists(path) else None for path in paths}


def watch(builder, server, content, theme, settings_files, stop_event=None, on_build=_report):
    """Rebuild on every change under ``content`` and ``theme`` or to a settings
    file, until ``stop_event`` is set (or Ctrl+C); ``on_build(result, server)``
    after each complete build.  A save during the second pass of a build stops
    it: the new build (and the refresh of the open tabs) starts at once."""
    import watchfiles

    content, theme = os.path.abspath(content), os.path.abspath(theme)
    settings_files = sorted(os.path.abspath(p) for p in settings_files)
    stop_event = stop_event or threading.Event()
    changes, pending = queue.Queue(), threading.Event()

    def listen():
        for batch in watchfiles.watch(content, theme, watch_filter=watchfiles.DefaultFilter(), step=WATCH_STEP,
                                      stop_event=stop_event, raise_interrupt=False):
            changes.put({os.path.abspath(path) for _, path in batch})
            pending.set()

    threading.Thread(target=listen, name="preview-watch", daemon=True).start()
    # The settings file sits in the project root beside output/ and .venv/:
    # its time stamp is polled instead of watching the whole root.
    stamps = _stamps(settings_files)
    while not stop_event.is_set():
        try:
            changed = changes.get(timeout=0.5)
        except queue.Empty:
            changed = set()
        pending.clear()
        while not changes.empty():
            changed |= changes.get_nowait()
        now = _stamps(settings_files)
        settings_changed, stamps = now != stamps, now
        if not changed and not settings_changed:
            continue
        if settings_changed:
            logger.info("Cấu hình thay đổi: đọc lại toàn bộ nội dung.")
            builder.load(trust_cache=False)
        changed = sorted(changed)
        full = settings_changed or any(p.startswith(theme + os.sep) for p in changed)
        names = ", ".join(os.path.relpath(p) for p in changed[:3]) or "cấu hình"
        logger.info("Đã lưu %s — đang tạo lại trang…", names)
        result = builder.build(viewed=() if full else server.viewed(), on_pass=server.notify, interrupt=pending)
        if result.interrupted:
            logger.info("Có thay đổi mới: tạo lại ngay.")
            continue
        on_build(result, server)


def serve(settings_file, overrides, content, theme, host="127.0.0.1", port=8000):
    """Build, serve on ``host:port`` and rebuild on save until Ctrl+C."""
    builder = PreviewBuilder(settings_file, overrides)
    server = PreviewServer((host, port), builder.settings["OUTPUT_PATH"])
    stop = threading.Event()
    thread = threading.Thread(target=server.serve_forever, name="preview-server", daemon=True)
    # Ctrl+C at any moment, the first build included, is a normal stop (not only once
    # the watch loop runs: a stop just after the page is served must not fail).
    try:
        _report(builder.build(), server)
        thread.start()
        logger.info("Xem thử tại http://%s:%d/ — lưu tệp là trang tự cập nhật; bấm Ctrl+C để dừng.",
                    host, server.server_address[1])
        watch(builder, server, content, theme, [settings_file], stop_event=stop)
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        if thread.is_alive():
            server.stop()
        else:
            server.server_close()  # never served: shutdown() would wait for serve_forever
