"""Page writer: unchanged pages are not rendered again, stale pages go, workers agree."""

import shutil

from conftest import ROOT, post, run_pelican, write_files

POSTS = {
    f"posts/2021/bai-{n}.md": post(
        f"Bài số {n} về thôn Đông Sơn", date=f"{1 + n % 27:02d}/{1 + n % 12:02d}/2021 08:30",
        category=["Hoạt động Mặt trận", "Đại đoàn kết", "An sinh xã hội"][n % 3],
        tags=[f"chủ đề {n % 4}", "khu dân cư"], summary=f"Tóm tắt bài {n}.",
        body=f"Nội dung bài {n}: Ủy ban MTTQ xã tổ chức hội nghị.",
    )
    for n in range(30)
}


def _build(content, output, cache, **overrides):
    # The build stamp off: these tests watch the writer decide page by page, also
    # when nothing changed (tests/test_incremental_build.py checks the stamp).
    overrides["PAGE_WRITER"] = {"stamp": False, **overrides.get("PAGE_WRITER", {})}
    run_pelican(content, output, "pelicanconf.py", CACHE_PATH=str(cache), **overrides)


def _files(output):
    return {p.relative_to(output).as_posix(): p for p in output.rglob("*") if p.is_file()}


def _stamps(output):
    """Modification times of the pages (other plugins rewrite the sitemap, the CSS…)."""
    return {rel: path.stat().st_mtime_ns for rel, path in _files(output).items() if rel.endswith(".html")}


def _pages_line(caplog):
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("portal_core.lifecycle")]
    return lines[-1] if lines else ""


def test_a_rebuild_renders_only_what_an_edit_changes(tmp_path, caplog):
    caplog.set_level("INFO", logger="portal_core.lifecycle")
    content = write_files(tmp_path / "content", POSTS)
    output, cache = tmp_path / "output", tmp_path / "cache"
    _build(content, output, cache)
    first = _stamps(output)
    assert "0 kept" in _pages_line(caplog)

    caplog.clear()
    _build(content, output, cache)
    assert " 0 rendered" in _pages_line(caplog).replace("Pages:", "")
    assert _stamps(output) == first  # no page rewritten

    edited = content / "posts/2021/bai-5.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMột đoạn mới được thêm vào.\n", encoding="utf-8")
    caplog.clear()
    _build(content, output, cache)
    assert _pages_line(caplog).startswith("Pages: 1 rendered (1 written")
    changed = {rel for rel, stamp in _stamps(output).items() if first.get(rel) != stamp}
    article = next(rel for rel in changed if rel.startswith("tin-tuc/2021/bai-so-5"))
    assert "Một đoạn mới được thêm vào." in (output / article).read_text(encoding="utf-8")
    assert changed == {article}


def test_a_template_change_renders_every_page_again(tmp_path, caplog):
    caplog.set_level("INFO", logger="portal_core.lifecycle")
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    content = write_files(tmp_path / "content", POSTS)
    output, cache = tmp_path / "output", tmp_path / "cache"
    _build(content, output, cache, THEME=str(theme))
    footer = theme / "templates" / "partials" / "footer.html"
    footer.write_text(footer.read_text(encoding="utf-8").replace("Tin đã đưa", "Tin bài đã đưa"),
                      encoding="utf-8")
    caplog.clear()
    _build(content, output, cache, THEME=str(theme))
    assert "0 kept without rendering" in _pages_line(caplog)
    assert "Tin bài đã đưa" in (output / "index.html").read_text(encoding="utf-8")


def test_pages_no_longer_made_are_removed(tmp_path):
    content = write_files(tmp_path / "content", POSTS)
    output, cache = tmp_path / "output", tmp_path / "cache"
    _build(content, output, cache)
    page = next(rel for rel in _files(output) if rel.startswith("tin-tuc/2021/bai-so-7-"))
    (content / "posts/2021/bai-7.md").unlink()
    _build(content, output, cache)
    assert page not in _files(output)
    assert not (output / page).parent.exists()  # its folder, left empty, goes too


def test_parallel_and_serial_rendering_write_the_same_bytes(tmp_path):
    content = write_files(tmp_path / "content", POSTS)
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    _build(content, serial, tmp_path / "c1", PAGE_WRITER={"workers": 1})
    _build(content, parallel, tmp_path / "c2", PAGE_WRITER={"workers": 3})
    serial_files, parallel_files = _files(serial), _files(parallel)
    assert len([rel for rel in serial_files if rel.endswith(".html")]) > 64  # enough to fork
    assert serial_files.keys() == parallel_files.keys()
    assert all(serial_files[rel].read_bytes() == parallel_files[rel].read_bytes() for rel in serial_files)


def test_a_file_changed_by_something_else_is_written_again(tmp_path):
    content = write_files(tmp_path / "content", POSTS)
    output, cache = tmp_path / "output", tmp_path / "cache"
    _build(content, output, cache)
    index = output / "index.html"
    good = index.read_bytes()
    index.write_text("hỏng", encoding="utf-8")
    _build(content, output, cache)
    assert index.read_bytes() == good


_BUILD_IN_A_NEW_PROCESS = """
import logging, sys
from pelican import Pelican
from pelican.settings import read_settings
content, output, cache, root = sys.argv[1:5]
logging.basicConfig(level=logging.ERROR)
logging.getLogger("portal_core.lifecycle").setLevel(logging.INFO)
settings = read_settings(root + "/pelicanconf.py", override={
    "PATH": content, "OUTPUT_PATH": output, "THEME": root + "/theme",
    "PLUGIN_PATHS": [root + "/plugins"], "CACHE_PATH": cache, "PAGE_WRITER": {"stamp": False}})
Pelican(settings).run()
"""


def _build_in_a_new_process(content, output, cache, hash_seed):
    """A build in a fresh interpreter with its own string hashing (as every real
    build is); returns the writer's "Pages: …" line."""
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _BUILD_IN_A_NEW_PROCESS, str(content), str(output), str(cache),
         str(ROOT)],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": str(hash_seed)},
        check=True)
    return next(line for line in done.stderr.splitlines() if "Pages:" in line)


def test_a_rebuild_in_a_new_process_with_attachments_renders_nothing(tmp_path):
    # Pelican lists static files in the order of a set of paths, which changes from
    # one interpreter to the next; that order must not make every page look changed.
    files = {f"files/bieu-mau/mau-{n:02d}.pdf": b"%PDF-1.4\n%\xe2\xe3\n" + bytes([n]) * 64 for n in range(12)}
    content = write_files(tmp_path / "content", {**POSTS, **files})
    output, cache = tmp_path / "output", tmp_path / "cache"
    first = _build_in_a_new_process(content, output, cache, hash_seed=1)
    assert "0 kept without rendering" in first
    again = _build_in_a_new_process(content, output, cache, hash_seed=2)
    assert "Pages: 0 rendered" in again, again
    assert (output / "files" / "bieu-mau" / "mau-03.pdf").read_bytes() == files["files/bieu-mau/mau-03.pdf"]



def _in_one_process(function, items, workers=0, describe=repr, cycles=True):
    return [function(item) for item in items]


def test_digests_taken_on_every_core_match_those_taken_in_one_process(tmp_path, caplog, monkeypatch):
    # A cold build digests (and renders) its pages in forked workers; the same
    # build done in one process must find every page unchanged, and the other way round.
    import portal_core.lifecycle.writer as writer

    caplog.set_level("INFO", logger="portal_core.lifecycle")
    content = write_files(tmp_path / "content", POSTS)
    forked = writer.fork_map
    for name, first, second in (("a", forked, _in_one_process), ("b", _in_one_process, forked)):
        output, cache = tmp_path / f"out-{name}", tmp_path / f"cache-{name}"
        monkeypatch.setattr(writer, "fork_map", first)
        _build(content, output, cache, PAGE_WRITER={"workers": 3})
        assert "0 kept" in _pages_line(caplog)
        caplog.clear()
        monkeypatch.setattr(writer, "fork_map", second)
        _build(content, output, cache, PAGE_WRITER={"workers": 3})
        line = _pages_line(caplog)
        assert line.startswith("Pages: 0 rendered") and " 0 kept" not in line, line


def test_a_build_holds_what_it_read_from_the_collector_until_it_ends(tmp_path):
    import gc

    from pelican import signals

    seen = {}

    def note(name):
        def receiver(*args, **kwargs):
            seen[name] = gc.get_freeze_count()
            seen[name + ", collecting"] = gc.isenabled()
        return receiver

    receivers = {signals.article_generator_pretaxonomy: note("before reading ends"),
                 signals.all_generators_finalized: note("everything read"),
                 signals.finalized: note("last signal")}
    for signal, receiver in receivers.items():
        signal.connect(receiver, weak=False)
    content = tmp_path / "content"
    write_files(content, dict(list(POSTS.items())[:3]))
    try:
        _build(content, tmp_path / "output", tmp_path / "cache")
    finally:
        for signal, receiver in receivers.items():
            signal.disconnect(receiver)
    assert seen["everything read"] > 0 and seen["last signal"] >= seen["everything read"]
    # No automatic collection in the build's own process while it runs (fork_map's work has them).
    assert not any(seen[name + ", collecting"] for name in
                   ("before reading ends", "everything read", "last signal"))
    # Released at the end, so a process that builds again collects the last build's cycles.
    assert gc.get_freeze_count() == 0 and gc.isenabled()
