"""`invoke livereload`: two-pass rebuilds with the reader cache, problems never
hidden by the cache, and a loopback server that pushes reloads."""

import gc
import http.client
import itertools
import json
import os
import threading
import time

import pytest
from pelican.plugins import signals

from conftest import ROOT, jpeg, post, run_pelican, write_files
from portal_tools.preview import PreviewBuilder, PreviewServer, inject, page_file, watch

pytestmark = pytest.mark.usefixtures("only_configured_plugins")

SAVES = itertools.count(1)
A = "posts/2024/hoi-nghi.md"
A_PAGE = "tin-tuc/2024/hoi-nghi-cu-tri/index.html"


def write(content, files):
    write_files(content, files)
    for rel in files:
        # The reader cache compares modification times: every save gets a later one.
        stamp = time.time() + next(SAVES)
        os.utime(content / rel, (stamp, stamp))


@pytest.fixture
def site(tmp_path):
    content = tmp_path / "content"
    write(content, {A: post("Hội nghị cử tri", date="01/02/2024 08:00", body="Bản đầu."),
                    "posts/2024/ngay-hoi.md": post("Ngày hội", date="02/07/2021 08:00", tags=["cử tri"])})
    builder = PreviewBuilder(ROOT / "pelicanconf.py", {
        "PATH": str(content), "OUTPUT_PATH": str(tmp_path / "output"), "CACHE_PATH": str(tmp_path / "cache")})
    return builder, content, tmp_path / "output"


def test_the_viewed_page_is_written_first_then_the_rest(site):
    builder, content, output = site
    assert builder.build().problems == []
    write(content, {A: post("Hội nghị cử tri", date="01/02/2024 08:00", body="Bản thứ hai.")})
    passes, whole_site = [], []

    def feeds_or_search(generator, writer):
        whole_site.append(len(passes))

    signals.article_writer_finalized.connect(feeds_or_search)
    result = builder.build(viewed={A_PAGE}, on_pass=lambda written: passes.append(set(written)))
    assert result.problems == []
    assert whole_site == [1]  # feeds and search index: once, in the second pass
    assert passes[0] == {A_PAGE}
    # The second pass writes the other pages that show the edit (the category page shows
    # the post's opening words); the home page, unchanged, is left as it is (the
    # build's incremental writer).
    assert A_PAGE not in passes[1] and "chuyen-muc/hoat-dong-mat-tran/index.html" in passes[1]
    assert "index.html" not in passes[1]
    assert "Bản thứ hai." in (output / A_PAGE).read_text(encoding="utf-8")
    assert result.first_seconds <= result.seconds


def _tree(folder):
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.mark.parametrize("viewed", [A_PAGE, "index.html"])  # the post alone first; a listing
def test_both_passes_leave_the_files_of_a_fresh_build(site, tmp_path, viewed):
    builder, content, output = site
    date = {"PORTAL_BUILD_DATE": "03/12/2026"}
    builder.overrides.update(date)
    builder.load()
    assert builder.build().problems == []
    write(content, {"images/moi.jpg": jpeg(64, 48),
                    A: post("Hội nghị cử tri", date="01/02/2024 08:00", tags=["cử tri"],
                            body="Bản mới.\n\n![Ảnh mới](images/moi.jpg)")})
    result = builder.build(viewed={viewed})
    assert result.problems == [] and result.first <= {viewed}  # the home page may not change
    run_pelican(content, tmp_path / "fresh", CACHE_PATH=str(tmp_path / "fresh_cache"), **date)
    fresh, built = _tree(tmp_path / "fresh"), _tree(output)
    assert sorted(fresh) == sorted(built)
    assert [name for name in fresh if fresh[name] != built[name]] == []


def test_urls_are_kept_from_the_last_build_while_their_inputs_stay(site):
    from portal_core.lifecycle.urls import MEMO_ATTRIBUTE

    builder, content, output = site
    assert builder.build().problems == []
    other = "posts/2024/ngay-hoi.md"

    def memo(rel):
        item = next(i for i in builder._items if i.source_path.endswith(rel))
        return item.__dict__[MEMO_ATTRIBUTE]

    kept = memo(other)["save_as"]
    # A new slug and a new year: the edited post's URL must be formatted again.
    write(content, {A: post("Hội nghị cử tri", date="01/02/2025 08:00", slug="hoi-nghi-moi", body="Bản mới.")})
    moved = "tin-tuc/2025/hoi-nghi-moi/index.html"
    result = builder.build(viewed={moved})
    assert result.problems == []
    assert memo(other)["save_as"] is kept  # the unchanged post's, handed over as it was
    assert builder.pages[str(content / A)] == moved
    assert (output / moved).is_file() and not (output / A_PAGE).exists()
    assert 'href="/tin-tuc/2025/hoi-nghi-moi/"' in (output / "index.html").read_text(encoding="utf-8")


def test_a_newer_save_stops_the_second_pass(site):
    builder, content, output = site
    builder.build()
    newer = threading.Event()
    write(content, {A: post("Hội nghị cử tri", date="01/02/2024 08:00", body="Bản thứ ba.")})
    result = builder.build(viewed={A_PAGE}, on_pass=lambda written: newer.set(), interrupt=newer)
    assert result.interrupted and result.first == {A_PAGE} and result.rest == set()
    assert "Bản thứ ba." in (output / A_PAGE).read_text(encoding="utf-8")
    assert not builder.build(viewed={A_PAGE}).interrupted  # the next build completes


def test_the_page_of_the_first_pass_gets_its_digest_in_the_second(site):
    # The first pass renders the open page without a digest (it would digest the whole
    # shared context); the second pass takes it, so the next build can keep the page.
    builder, content, output = site
    builder.build()
    write(content, {A: post("Hội nghị cử tri", date="01/02/2024 08:00", body="Bản thứ tư.")})
    assert builder.build(viewed={A_PAGE}).first == {A_PAGE}
    manifest = output.parent / "cache" / "page_writer.json"
    digest = json.loads(manifest.read_text(encoding="utf-8"))["pages"][A_PAGE][0]
    assert digest
    builder.build()  # nothing changed: the page is kept with the same digest
    assert json.loads(manifest.read_text(encoding="utf-8"))["pages"][A_PAGE][0] == digest


def test_garbage_collection_waits_for_the_first_pass_and_always_resumes(site):
    builder, content, output = site
    builder.build()
    during_read, at_reload = [], []

    def reading(generator):
        during_read.append(gc.isenabled())

    signals.article_generator_finalized.connect(reading)
    write(content, {A: post("Hội nghị cử tri", date="01/02/2024 08:00", body="Bản thứ năm.")})
    builder.build(viewed={A_PAGE}, on_pass=lambda written: at_reload.append(gc.isenabled()))
    assert during_read == [False] and at_reload[0] is False and gc.isenabled()
    builder.build()  # no open tab: no first pass, collection as usual
    assert during_read[-1] is True
    write(content, {"posts/2024/loi.md": post("Bài lỗi", date="31/02/2024")})
    assert builder.build(viewed={A_PAGE}).problems and gc.isenabled()  # a failed build resumes it too


def test_the_cache_is_used_and_problems_are_reported_on_every_build(site):
    builder, content, output = site
    builder.build()
    assert (output.parent / "cache").is_dir()  # Pelican's reader cache was written
    write(content, {"posts/2024/loi.md": post("Bài lỗi", date="31/02/2024")})
    for _ in range(2):  # a file that fails is never cached: reported again on the next build
        problems = builder.build().problems
        assert len(problems) == 1 and "loi.md:3: «date»: ngày «31/02/2024» không tồn tại" in problems[0]
    write(content, {"posts/2024/loi.md": post("Bài lỗi", date="28/02/2024")})
    assert builder.build().problems == []


def test_the_reader_cache_is_written_after_the_first_pass(site):
    import pickle

    builder, content, _ = site
    assert builder.build().problems == []
    cache = content.parent / "cache" / "ArticlesGenerator-Readers"
    before = cache.stat().st_mtime_ns
    write(content, {A: post("Hội nghị cử tri", date="01/02/2024 08:00", body="Bản lưu sau.")})
    at_first_pass = []
    result = builder.build(viewed={A_PAGE}, on_pass=lambda written: at_first_pass.append(cache.stat().st_mtime_ns))
    assert result.problems == [] and result.first == {A_PAGE}
    assert at_first_pass[0] == before  # not yet: the page went out first
    with open(cache, "rb") as handle:
        cached = pickle.load(handle)
    assert any("Bản lưu sau." in text for text, _ in (data for _, data in cached.values()))
    # A build with problems writes it too (Pelican saves it before it reports them).
    written = cache.stat().st_mtime_ns
    write(content, {"posts/2024/loi.md": post("Bài lỗi", date="31/02/2024")})
    assert builder.build(viewed={A_PAGE}).problems
    assert cache.stat().st_mtime_ns != written


def test_a_cached_post_whose_photo_disappeared_is_still_an_error(site):
    builder, content, _ = site
    write(content, {"images/a.jpg": jpeg(64, 48), "posts/2024/anh.md": post("Bài ảnh", body="![Ảnh](images/a.jpg)")})
    assert builder.build().problems == []
    (content / "images/a.jpg").unlink()
    problems = builder.build().problems  # anh.md itself did not change: its read comes from the cache
    assert any("anh.md" in line and "không tìm thấy ảnh" in line for line in problems), problems


def test_a_settings_change_is_read_without_trusting_the_cache(site):
    builder, content, _ = site
    builder.build()
    builder.overrides["PORTAL_CATEGORIES"] = ["Thông báo"]
    builder.load(trust_cache=False)
    problems = builder.build().problems
    assert any("chuyên mục «Hoạt động Mặt trận» không có trong danh sách" in line for line in problems)


def test_script_injection_and_page_files():
    assert inject(b"<html><body><p>x</p></body></html>").endswith(
        b'<script src="/__livereload.js" defer></script></body></html>')
    assert page_file("/") == "index.html"
    assert page_file("/tin-tuc/2024/a/") == "tin-tuc/2024/a/index.html"


@pytest.fixture
def server(tmp_path):
    (tmp_path / "out" / "a").mkdir(parents=True)
    (tmp_path / "out" / "a" / "index.html").write_text("<html><body>Trang A</body></html>", encoding="utf-8")
    (tmp_path / "out" / "404.html").write_text("<html><body>Không có</body></html>", encoding="utf-8")
    server = PreviewServer(("127.0.0.1", 0), tmp_path / "out")
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield server
    server.stop()


def get(server, path):
    connection = http.client.HTTPConnection(*server.server_address, timeout=5)
    connection.request("GET", path)
    response = connection.getresponse()
    return response.status, response.read().decode("utf-8")


def test_server_binds_loopback_and_injects_one_local_script(server):
    assert server.server_address[0] == "127.0.0.1"
    status, body = get(server, "/a/")
    assert status == 200 and body.count('<script src="/__livereload.js" defer></script>') == 1
    with open(os.path.join(server.output, "a", "index.html"), encoding="utf-8") as handle:
        assert "__livereload" not in handle.read()  # the file on disk stays as built
    status, script = get(server, "/__livereload.js")
    assert status == 200 and "EventSource" in script and "http" not in script
    status, body = get(server, "/khong-co/")
    assert status == 404 and "Không có" in body


def test_files_a_page_uses_are_revalidated_and_pages_never_stored(server):
    css = os.path.join(server.output, "site.css")
    with open(css, "w", encoding="utf-8") as handle:
        handle.write("body{color:#000}")

    def ask(path, **headers):
        connection = http.client.HTTPConnection(*server.server_address, timeout=5)
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()

    status, headers, body = ask("/site.css")
    assert status == 200 and body == b"body{color:#000}" and headers["Cache-Control"] == "no-cache"
    tag = headers["ETag"]
    status, headers, body = ask("/site.css", **{"If-None-Match": tag})
    assert status == 304 and body == b"" and headers["ETag"] == tag
    # Rewritten within the same second, with the same size: a new tag, the new bytes.
    stamp = os.stat(css).st_mtime_ns
    with open(css, "w", encoding="utf-8") as handle:
        handle.write("body{color:#fff}")
    os.utime(css, ns=(stamp + 1000, stamp + 1000))
    status, headers, body = ask("/site.css", **{"If-None-Match": tag})
    assert status == 200 and body == b"body{color:#fff}" and headers["ETag"] != tag
    # A date alone is not trusted (it counts whole seconds).
    status, _, body = ask("/site.css", **{"If-Modified-Since": "Thu, 01 Jan 2099 00:00:00 GMT"})
    assert status == 200 and body == b"body{color:#fff}"
    status, headers, body = ask("/a/", **{"If-None-Match": "*"})
    assert status == 200 and headers["Cache-Control"] == "no-store" and "ETag" not in headers


def test_events_reach_the_tab_showing_the_written_page(server):
    connection = http.client.HTTPConnection(*server.server_address, timeout=5)
    connection.request("GET", "/__livereload?path=%2Fa%2F")
    stream = connection.getresponse()
    assert stream.readline() == b"retry: 500\n"
    deadline = time.time() + 5
    while server.viewed() != {"a/index.html"} and time.time() < deadline:
        time.sleep(0.01)
    server.notify({"b/index.html"})  # another page: nothing for this tab
    server.report(["posts/2024/x.md:3: «date»: ngày «31/02/2024» không tồn tại — …"])
    server.notify({"a/index.html"})
    received = []
    while len(received) < 2:
        line = stream.readline().decode("utf-8").strip()
        if line.startswith("event:"):
            received.append((line, stream.readline().decode("utf-8").strip()))
    assert received[0][0] == "event: problems" and "31/02/2024" in json.loads(received[0][1][6:])[0]
    assert received[1] == ("event: reload", "data:")
    connection.close()


def test_saving_a_post_refreshes_the_tab_showing_it(site):
    builder, content, output = site
    builder.build()
    server = PreviewServer(("127.0.0.1", 0), output)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    stop = threading.Event()
    watcher = threading.Thread(target=watch, daemon=True, kwargs=dict(
        builder=builder, server=server, content=content, theme=ROOT / "theme",
        settings_files=[ROOT / "pelicanconf.py"], stop_event=stop, on_build=lambda result, server: None))
    watcher.start()
    try:
        connection = http.client.HTTPConnection(*server.server_address, timeout=20)
        connection.request("GET", "/__livereload?path=/" + A_PAGE.replace("index.html", ""))
        stream = connection.getresponse()
        assert stream.readline() == b"retry: 500\n"
        time.sleep(0.3)  # the watcher is listening
        write(content, {A: post("Hội nghị cử tri", date="01/02/2024 08:00", body="Bản lưu mới.")})
        line = b""
        while not line.startswith(b"event: reload"):
            line = stream.readline()
        assert "Bản lưu mới." in (output / A_PAGE).read_text(encoding="utf-8")
        connection.close()
    finally:
        stop.set()
        watcher.join(10)
        server.stop()


@pytest.mark.parametrize("host, allowed", [
    ("127.0.0.1:8000", True), ("localhost:8000", True), ("[::1]:8000", True), ("192.168.1.5:8000", True),
    ("attacker.example.com", False), ("attacker.example.com:8000", False), ("127.0.0.1.nip.io:8000", False),
    ("", False),
])
def test_the_preview_refuses_requests_for_another_host_name(server, host, allowed):
    # DNS rebinding: a page on the internet whose name now resolves to 127.0.0.1 must not read drafts.
    connection = http.client.HTTPConnection(*server.server_address, timeout=5)
    connection.putrequest("GET", "/a/", skip_host=True)
    if host:
        connection.putheader("Host", host)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read().decode("utf-8")
    if allowed:
        assert response.status == 200 and "Trang A" in body
    else:
        assert response.status == 403 and "Trang A" not in body and "127.0.0.1" in body
    connection.close()
