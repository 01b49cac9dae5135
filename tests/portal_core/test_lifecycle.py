"""The seam over Pelican (portal_core.lifecycle): our writer against Pelican's own."""

import os
import runpy

import pytest
from conftest import ROOT, post, run_pelican
from pelican import signals

PLUGINS = runpy.run_path(str(ROOT / "pelicanconf.py"))["PLUGINS"]

# Files our writer may write differently from Pelican's stock Writer, each with its reason.
# None today: every page, feed, sitemap entry and asset is the same, byte for byte.
INTENDED_DIFFERENCES = {}


def _files(folder):
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


@pytest.mark.usefixtures("only_configured_plugins")  # page_writer of earlier builds disconnected
def test_demo_portal_is_byte_identical_with_pelicans_stock_writer(tmp_path):
    """The publish build of the demo portal, once with Pelican's ``Writer`` (no page_writer
    plugin) and once with ``IncrementalWriter``: the same files with the same bytes."""
    stock_plugins = [name for name in PLUGINS if name != "page_writer"]
    run_pelican(ROOT / "content", tmp_path / "stock", "publishconf.py", PLUGINS=stock_plugins,
                CACHE_PATH=str(tmp_path / "cache-stock"))
    run_pelican(ROOT / "content", tmp_path / "ours", "publishconf.py", CACHE_PATH=str(tmp_path / "cache-ours"))
    # Each build used the writer it was meant to: only ours keeps a page manifest.
    assert not (tmp_path / "cache-stock" / "page_writer.json").exists()
    assert (tmp_path / "cache-ours" / "page_writer.json").is_file()
    stock, ours = _files(tmp_path / "stock"), _files(tmp_path / "ours")
    assert len(stock) > 300 and any(name.startswith("tin-tuc/") for name in stock)
    assert sorted(set(stock) ^ set(ours)) == []
    differing = sorted(name for name in stock if stock[name] != ours[name] and name not in INTENDED_DIFFERENCES)
    assert differing == []


def test_content_written_is_sent_once_the_file_is_on_disk(build_site):
    """As with Pelican's writer: a receiver of ``content_written`` finds the page written,
    for pages rendered by this build and for pages kept from the last one."""
    announced = {}

    def receiver(path, context):
        announced[os.path.relpath(path)] = os.path.isfile(path) and os.path.getsize(path) > 0

    posts = {f"2021/bai-{n}.md": post(f"Bài số {n}", date=f"0{n}/07/2021 08:30") for n in range(1, 4)}
    signals.content_written.connect(receiver)
    try:
        site = build_site(posts=posts, name="first")
        first = dict(announced)
        announced.clear()
        build_site(posts=posts, name="first")  # the same folders: every page is kept
    finally:
        signals.content_written.disconnect(receiver)
    pages = {os.path.relpath(path) for path in site.html_files()}
    assert pages and set(first) == pages and all(first.values())
    assert set(announced) == pages and all(announced.values())
