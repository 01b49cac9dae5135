"""Search index: the record core without Pelican, then real builds with Pagefind."""

import gzip
import json
import logging
import os
import re
import shutil

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, post
from search_index.search_index import (
    UNUSED_FILES,
    SearchIndexError,
    load_options,
    make_record,
    render_source,
    text_of,
)
from search_index.indexer import JobFile, fingerprint, write_bundle, write_job


def plugins_with_search():
    """PLUGINS of pelicanconf.py, with search_index added when it is not listed yet."""
    from pelican.settings import read_settings

    plugins = list(read_settings(str(ROOT / "pelicanconf.py"))["PLUGINS"])
    return plugins if "search_index" in plugins else plugins + ["search_index"]


# --- core -------------------------------------------------------------------------------

def test_text_of_separates_blocks_and_skips_scripts():
    html = "<h2>Đảng</h2><p>viên<br>mới</p><script>var đ = 1;</script><p>a&amp;b <em>đ</em>oàn</p>"
    assert text_of(html) == "Đảng viên mới a&b đoàn"


def test_record_keeps_the_article_text_as_it_is():
    record = make_record(
        path="tin-tuc/2021/a/index.html", title="Đại hội <em>Đảng</em> bộ", date="2021-07-06",
        category="Hoạt động Mặt trận", body_html="<p>Đoàn kết ⁂ và Mặt trận.</p>",
        lead_html="<p>Huyện Đắk Đoa.</p>",
    )
    assert record.title == "Đại hội Đảng bộ"
    # every character of the article is kept, an asterism too (no mark is special any more)
    assert record.text.split() == "Huyện Đắk Đoa. Đoàn kết ⁂ và Mặt trận.".split()
    assert record.body_html == "<p>Đoàn kết ⁂ và Mặt trận.</p>"


def test_a_post_with_only_a_photo_is_indexed_under_its_title(tmp_path):
    photo = make_record(path="a/index.html", title="Trao quà ở Đông Sơn", date="2021-07-06",
                        category="Thông báo", body_html='<p><img src="a.jpg" alt="Trao quà"></p>')
    text = make_record(path="b/index.html", title="Tin", date="2021-07-06", category="Thông báo",
                       body_html="<p>Chữ.</p>")
    assert photo.title_as_text and not text.title_as_text
    assert write_bundle([photo, text], tmp_path, load_options({})) == 2  # Pagefind drops pages without words


def test_source_page_carries_meta_filters_and_the_body_alone():
    # titles are HTML in Pelican (the theme prints them as such): entities are decoded once
    record = make_record(path="a/index.html", title="Đại hội &amp; <b>Mặt trận</b>", date="2022-01-10",
                         category="Đại đoàn kết", body_html="<h2>Đảng bộ</h2><p>Nội dung.</p>")
    soup = BeautifulSoup(render_source(record), "html.parser")
    assert soup.html["lang"] == "vi"
    assert soup.select_one("[data-pagefind-meta=title]").get_text() == "Đại hội & Mặt trận"
    assert [tag["data-pagefind-meta"] for tag in soup.select("[data-pagefind-meta]")] == ["title"]
    filters = {tag["data-pagefind-filter"]: tag.get_text() for tag in soup.select("[data-pagefind-filter]")}
    assert filters == {"kind": "Tin tức", "category": "Đại đoàn kết", "year": "2022", "date": "2022-01-10"}
    body = soup.select_one("[data-pagefind-body]")
    assert body.select_one("h2").get_text() == "Đảng bộ"
    assert body.get_text(" ").split() == ["Đảng", "bộ", "Nội", "dung."]  # no other spelling: see merge.py
    # nothing outside the body is indexed as text: meta and filters only
    assert len(soup.select("[data-pagefind-body]")) == 1


def test_the_job_file_gives_back_each_article_and_the_same_fingerprints(tmp_path):
    sources = [(f"tin-tuc/2021/bai-{n}/index.html", f"Bài {n}", "2021-07-06", "Thông báo", f"<p>Đảng {n}</p>", "")
               for n in range(5)]
    write_job(tmp_path / "job", iter(sources), output_path="/out", options={"enabled": True})
    job = JobFile(tmp_path / "job")
    try:
        assert not (tmp_path / "job").exists()  # gone from the disk, still readable
        assert job.header == {"output_path": "/out", "options": {"enabled": True}}
        assert [job.load(ref) for ref in reversed(job.sources)] == list(reversed(sources))
        assert fingerprint("code", job.sources) == fingerprint("code", sources) != fingerprint("code", sources[1:])
    finally:
        job.close()


@pytest.mark.parametrize("given, message", [
    ({"colour": 1}, "unknown setting"),
    ({"enabled": "yes"}, "True or False"),
    ({"chunk_kb": 0}, "whole number"),
    ({"shard_size": 5}, "whole number"),
    ({"cache": 1}, "True or False"),
    ({"jobs": 0}, "whole number"),
])
def test_bad_settings_are_rejected_with_a_clear_message(given, message):
    with pytest.raises(ValueError, match=message):
        load_options({"SEARCH_INDEX": given})


def test_defaults():
    assert load_options({}) == {"enabled": True, "chunk_kb": 8, "shard_size": 300, "jobs": 2, "cache": True}


# --- real builds ------------------------------------------------------------------------

POSTS = {
    "2021/a.md": post("Đại hội Đảng bộ xã", date="06/07/2021", body="Đảng bộ xã họp."),
    "2021/b.md": post("Ngày hội", date="07/07/2021", category="Đại đoàn kết", body="Đoàn kết."),
    "2021/nhap.md": post("Bản nháp", date="08/07/2021", status="draft", body="Chữ riêng quyxaluong."),
}


def entry(site):
    return json.loads((site.output / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))


def test_build_writes_the_bundle_at_pagefind_without_drafts_or_unused_files(build_site):
    site = build_site(posts=POSTS, PLUGINS=plugins_with_search())
    bundle = site.output / "pagefind"
    assert (bundle / "pagefind.js").is_file()
    assert list(bundle.glob("wasm.*.pagefind")) and list(bundle.glob("fragment/*.pf_fragment"))
    assert entry(site)["languages"]["vi"]["page_count"] == 2  # the draft is not indexed
    assert site.exists("drafts/ban-nhap/")  # ... although the development build shows it
    for name in UNUSED_FILES:
        assert not (bundle / name).exists(), name


def test_publish_build_indexes_published_posts_and_search_page_points_to_the_site(build_site):
    site = build_site(posts=POSTS, publish=True, PLUGINS=plugins_with_search(),
                      SITEURL="https://example.gov.vn/mttq")
    assert entry(site)["languages"]["vi"]["page_count"] == 2
    page = site.soup("tim-kiem/")
    box = page.select_one("[data-search]")
    assert box["data-search-root"] == "https://example.gov.vn/mttq/"
    assert page.select_one("script[src='https://example.gov.vn/mttq/theme/js/search.js']")
    noscript = page.select_one("[data-search] noscript")
    assert "cần bật JavaScript" in noscript.get_text()
    hrefs = {a["href"] for a in noscript.select("a")}
    assert hrefs == {"https://example.gov.vn/mttq/tin-da-dua/", "https://example.gov.vn/mttq/chuyen-muc/",
                     "https://example.gov.vn/mttq/the/"}


def test_search_page_filters_are_labelled_form_controls(build_site):
    site = build_site(posts=POSTS, PLUGINS=plugins_with_search())
    page = site.soup("tim-kiem/")
    for control in page.select(".ct-search__form input, .ct-search__form select"):
        assert page.select_one(f"label[for='{control['id']}']"), control
    categories = [o.get("data-name") for o in page.select("#ct-search-category option")]
    assert categories == [None, "Hoạt động Mặt trận", "Đại đoàn kết"]
    assert [o["value"] for o in page.select("#ct-search-year option")] == ["", "2021"]
    assert page.select_one("[data-search-status][role=status]")


def test_a_rebuild_replaces_the_bundle_and_disabled_index_writes_nothing(build_site):
    site = build_site(posts=POSTS, PLUGINS=plugins_with_search())
    stale = site.output / "pagefind" / "fragment" / "stale.pf_fragment"
    stale.write_bytes(b"old")
    from conftest import run_pelican

    run_pelican(site.content, site.output, PLUGINS=plugins_with_search())
    assert not stale.exists()
    off = build_site(posts=POSTS, name="off", PLUGINS=plugins_with_search(),
                     SEARCH_INDEX={"enabled": False})
    assert not (off.output / "pagefind").exists()


def test_missing_pagefind_binary_stops_the_build_with_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    record = make_record(path="a/index.html", title="A", date="2021-07-06", category="B", body_html="<p>x</p>")
    with pytest.raises(SearchIndexError, match="pip install -r requirements.txt"):
        write_bundle([record], tmp_path / "out", load_options({}))


# --- rebuilds: nothing changed, one post changed ------------------------------------------

def bundle_files(site):
    """{path in the bundle: (modification time, bytes)}."""
    bundle = site.output / "pagefind"
    return {path.relative_to(bundle).as_posix(): (path.stat().st_mtime_ns, path.read_bytes())
            for path in sorted(bundle.rglob("*")) if path.is_file()}


def search_log(caplog):
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Search index:")]
    assert len(lines) == 1, lines
    return lines[0]


@pytest.fixture
def info_logs(caplog):
    caplog.set_level(logging.INFO, logger="search_index")
    return caplog


def test_an_unchanged_rebuild_keeps_the_bundle_and_a_changed_post_is_indexed_again(build_site, info_logs):
    from conftest import run_pelican

    # earlier posts fill other shards (at least 5 posts each)
    posts = {**POSTS, **{f"2020/bai-{n:02d}.md": post(f"Tin số {n}", date=f"{n % 28 + 1:02d}/03/2020",
                                                      body=f"Nội dung tin số {n}.") for n in range(30)}}
    shards = {"SEARCH_INDEX": {"shard_size": 10}}
    site = build_site(posts=posts, PLUGINS=plugins_with_search(), **shards)
    cache = site.output.parent / "cache"
    assert (cache / "search_index.json").is_file() and "Pagefind" in search_log(info_logs)
    first = bundle_files(site)

    info_logs.clear()
    # The build stamp off: it would skip this whole build; the search index's own check is watched.
    run_pelican(site.content, site.output, PLUGINS=plugins_with_search(), CACHE_PATH=str(cache),
                PAGE_WRITER={"stamp": False}, **shards)
    assert "unchanged, bundle kept" in search_log(info_logs)  # Pagefind did not run
    assert bundle_files(site) == first  # not one file rewritten

    (site.content / "posts" / "2021" / "b.md").write_text(
        post("Ngày hội", date="07/07/2021", category="Đại đoàn kết", body="Đoàn kết. Chữ mới quyxamoi."),
        encoding="utf-8")
    info_logs.clear()
    run_pelican(site.content, site.output, PLUGINS=plugins_with_search(), CACHE_PATH=str(cache), **shards)
    log = search_log(info_logs)
    assert "Pagefind" in log and "on 1 of " in log and "on 1 of 1 shards" not in log
    # the merge kept the index chunks whose words' postings did not change
    written, kept = map(int, re.search(r"index chunks: (\d+) written, (\d+) kept", log).groups())
    assert 0 < written < kept
    changed = bundle_files(site)
    assert changed != first
    fragments = [data for name, (_, data) in changed.items() if name.startswith("fragment/")]
    assert any(b"quyxamoi" in gzip.decompress(data) for data in fragments)
    # the bundle is updated in place: the fragments of the other shards (named after
    # their shard, see merge.py) were not written again
    kept = [name for name in first if name.startswith("fragment/") and name in changed]
    assert len(kept) >= 5 and all(changed[name] == first[name] for name in kept)


def test_a_bundle_changed_on_disk_is_written_again(build_site, info_logs):
    from conftest import run_pelican

    site = build_site(posts=POSTS, PLUGINS=plugins_with_search())
    cache = site.output.parent / "cache"
    first = {name: data for name, (_, data) in bundle_files(site).items()}
    meta = next((site.output / "pagefind").glob("*.pf_meta"))
    meta.write_bytes(b"broken")
    info_logs.clear()
    run_pelican(site.content, site.output, PLUGINS=plugins_with_search(), CACHE_PATH=str(cache))
    assert "on 0 of 1 shards" in search_log(info_logs)  # merged again from the kept shard, no Pagefind
    assert {name: data for name, (_, data) in bundle_files(site).items()} == first


def test_a_fresh_build_and_a_build_from_the_cache_write_the_same_bytes(build_site, info_logs):
    from conftest import run_pelican

    site = build_site(posts=POSTS, PLUGINS=plugins_with_search())
    cache = site.output.parent / "cache"
    fresh = {name: data for name, (_, data) in bundle_files(site).items()}
    shutil.rmtree(site.output)  # as a publish build does (DELETE_OUTPUT_DIRECTORY)
    info_logs.clear()
    run_pelican(site.content, site.output, PLUGINS=plugins_with_search(), CACHE_PATH=str(cache))
    assert "on 0 of 1 shards" in search_log(info_logs)
    assert {name: data for name, (_, data) in bundle_files(site).items()} == fresh
    other = build_site(posts=POSTS, name="other", PLUGINS=plugins_with_search())  # its own, empty cache
    assert {name: data for name, (_, data) in bundle_files(other).items()} == fresh


def test_a_failing_indexing_process_stops_the_build_with_what_to_do(build_site, monkeypatch, tmp_path):
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))  # inherited by the process
    with pytest.raises(Exception, match="pip install -r requirements.txt") as caught:
        build_site(posts=POSTS, PLUGINS=plugins_with_search())
    assert type(caught.value).__name__ == "SearchIndexError"


def test_a_failed_build_s_indexing_stops_before_its_output_is_removed(build_site, tmp_path):
    """``abandon``: whoever removes a failed build's output (the publish build) first ends
    its indexing process, which would otherwise go on writing into the folder."""
    from pelican import signals

    from portal_core.lifecycle import abandon
    from search_index.search_index import _Job

    def fail(pelican):
        raise OSError(28, "No space left on device")

    signals.finalized.connect(fail)  # before the build connects its job's ``finish``
    try:
        with pytest.raises(OSError):
            build_site(posts=POSTS, PLUGINS=plugins_with_search())
    finally:
        signals.finalized.disconnect(fail)
    output = tmp_path / "site" / "output"
    [job] = [r.__self__ for r in signals.finalized.receivers.values() if isinstance(getattr(r, "__self__", None), _Job)]
    assert job.process.poll() is None or job.process.returncode == 0  # left running (or done) by the failure
    abandon(output)
    assert job.process.returncode is not None  # ended and reaped
    assert not [r for r in signals.finalized.receivers.values() if getattr(r, "__self__", None) is job]
    assert not os.path.exists(job.job_file)
    shutil.rmtree(output)
    assert not output.exists()
    site = build_site(posts=POSTS, PLUGINS=plugins_with_search())  # the next build indexes on its own
    assert (site.output / "pagefind" / "pagefind.js").is_file()


def test_a_build_stopped_after_indexing_began_leaves_nothing_for_the_next(build_site):
    """No module state: the indexing job of a build that stopped before ``finalized``
    is finished by the next build into the same folder, which indexes on its own."""
    from pelican import signals

    from search_index.search_index import _Job

    def fail(generator, writer=None):
        raise RuntimeError("a plugin failed after the first article was written")

    def jobs():
        return [r for r in signals.finalized.receivers.values() if isinstance(getattr(r, "__self__", None), _Job)]

    signals.article_writer_finalized.connect(fail)
    try:
        with pytest.raises(RuntimeError):
            build_site(posts=POSTS, PLUGINS=plugins_with_search())
    finally:
        signals.article_writer_finalized.disconnect(fail)
    assert len(jobs()) == 1  # the stopped build's job, waiting for a `finalized` that never came
    site = build_site(posts=POSTS, PLUGINS=plugins_with_search())
    assert jobs() == []
    assert (site.output / "pagefind" / "pagefind.js").is_file()
