"""The web editor (Decap CMS at /quan-tri/) in a real browser against `invoke editor`'s local backend.

Headless Chromium from Debian's ``chromium`` package, driven by Playwright (never
``playwright install``).  An officer's post is written through the form — typed,
and through IME composition events as Vietnamese keyboards (Telex/VNI) send them —
saved with «Lưu», then the file on disk is checked like `invoke check` does and the
site is built from it.
"""

import datetime as dt
import os
import threading
import time
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, jpeg, post, run_pelican

expect = pytest.importorskip("playwright.sync_api").expect

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
DECAP = ROOT / "node_modules" / "decap-cms" / "dist" / "decap-cms.js"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM),
                       reason=f"{CHROMIUM} is missing: install Debian's chromium (bash .ci/setup-gates.sh)"),
    pytest.mark.skipif(not DECAP.is_file(), reason="node_modules lacks decap-cms: run `invoke editor-files`"),
]

EXISTING = "2020/ngay-hoi-thon-dong-son.md"
EXISTING_TEXT = post(
    "Thôn Đông Sơn tổ chức Ngày hội Đại đoàn kết toàn dân tộc", date="16/11/2020 10:15",
    category="Đại đoàn kết", author="Đặng Văn Hùng", tags=["Ngày hội Đại đoàn kết", "khu dân cư"],
    summary="Sáng 15/11/2020, hơn 400 người dân thôn Đông Sơn dự ngày hội: “đoàn kết”.",
    image="images/2020/ngay-hoi.jpg", image_alt="Người dân ngồi kín sân nhà văn hóa",
    image_caption="Ngày hội Đại đoàn kết năm 2020", featured=True,
    body="Sáng ngày 15/11/2020, tại Nhà văn hóa thôn Đông Sơn, Ban công tác Mặt trận thôn tổ chức ngày hội.\n\n"
         "Dự ngày hội có **lãnh đạo xã** và hơn 400 người dân.")

# A date without a time, day <= 12 (a month/day swap would still be a valid date), a colon
# in the title, a comment: what the old portal's imported posts look like.
DATE_ONLY = "2021/hoi-nghi-cu-tri.md"
DATE_ONLY_TEXT = (
    "---\n# Nguồn: trang cũ hoi-nghi.txt\n"
    'title: "Hội nghị cử tri: ý kiến về đường liên thôn"\n'
    "date: 05/03/2021\ncategory: Thông báo\nauthor: Ban Biên tập\ntags: [cử tri, giao thông]\n"
    "modified: 07/03/2021 16:00\nlegacy_url: /tin-tuc/hoi-nghi-cu-tri-123.html\nrelated: [thon-dong-son-to-chuc-ngay-hoi-dai-doan-ket-toan-dan-toc]\n"
    "---\n\nCử tri thôn Đông Sơn kiến nghị sửa đường liên thôn trước mùa mưa.\n")


@pytest.fixture(scope="module")
def editor(tmp_path_factory):
    """A working copy (content/ with one post and one photo) served by the editor server."""
    from pelican.settings import read_settings

    from portal_tools.editor_local import EditorServer

    repo = tmp_path_factory.mktemp("editor")
    content = repo / "content"
    (content / "posts" / EXISTING).parent.mkdir(parents=True)
    (content / "posts" / EXISTING).write_text(EXISTING_TEXT, encoding="utf-8")
    (content / "posts" / DATE_ONLY).parent.mkdir(parents=True)
    (content / "posts" / DATE_ONLY).write_text(DATE_ONLY_TEXT, encoding="utf-8")
    (content / "images" / "2020").mkdir(parents=True)
    (content / "images" / "2020" / "ngay-hoi.jpg").write_bytes(jpeg())
    (content / "pages").mkdir()
    (repo / "anh-ngay-hoi.jpg").write_bytes(jpeg(1024, 768, (30, 90, 160)))
    server = EditorServer(("127.0.0.1", 0), read_settings(str(ROOT / "pelicanconf.py")), repo, content)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, repo
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser_page(editor):
    from playwright.sync_api import sync_playwright

    server, _ = editor
    hosts, paths = set(), set()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        context = browser.new_context(timezone_id="Asia/Ho_Chi_Minh", locale="vi-VN")
        page = context.new_page()
        # blob: and data: addresses (photo previews) stay in the page; every other request is counted.
        page.on("request", lambda request: request.url.startswith(("blob:", "data:"))
                or hosts.add(urlsplit(request.url).netloc) or paths.add(urlsplit(request.url).path))
        page.goto(server.url)
        page.get_by_role("button", name="Đăng nhập").click()
        page.get_by_text("Tin bài").first.wait_for()
        yield page, context, hosts, paths
        browser.close()


def ime(cdp, keystrokes):
    """Type one word as a Vietnamese keyboard does: a composition updated per keystroke
    (``Input.imeSetComposition``), then committed (``Input.insertText``)."""
    for text in keystrokes:
        cdp.send("Input.imeSetComposition", {"text": text, "selectionStart": len(text), "selectionEnd": len(text)})
    cdp.send("Input.insertText", {"text": keystrokes[-1]})


def save(page, wait_for):
    """Click «Lưu» then «Lưu ngay»; return seconds from that click to ``wait_for()`` being true."""
    page.get_by_role("button", name="Lưu", exact=True).click()
    item = page.get_by_text("Lưu ngay", exact=True)
    item.wait_for()
    start = time.perf_counter()
    item.click()
    while not wait_for():
        if time.perf_counter() - start > 30:
            raise AssertionError("the editor did not write the file within 30 s: " + page.inner_text("body")[:1500])
        time.sleep(0.005)
    elapsed = time.perf_counter() - start
    page.get_by_text("Đã lưu", exact=False).first.wait_for(timeout=15000)
    return elapsed


def front_matter(path):
    from front_matter.rules import read_fields, split_front_matter

    text = path.read_text(encoding="utf-8")
    (yaml_text, body, first_line), problems = split_front_matter(text, str(path))
    assert not problems, problems
    fields, problems = read_fields(yaml_text, 2, str(path))
    assert not problems, problems
    return {f.key: f.value for f in fields}, body.strip(), text


def check_content(repo):
    """What `invoke check` reports on the working copy (publish rules: a photo needs its alt text)."""
    from portal_tools.check import check_site

    return check_site(ROOT / "publishconf.py", {"PATH": str(repo / "content"),
                                               "OUTPUT_PATH": str(repo / "output-check"),
                                               "CACHE_PATH": str(repo / "cache")})


def post_date():
    """A past date in this year with a day above 12, so a day/month swap cannot pass."""
    today = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date()
    day = dt.date(today.year, 1, 13)
    return day if day < today else today - dt.timedelta(days=1)


def test_officer_writes_a_post_with_a_photo(editor, browser_page, record_property):
    server, repo = editor
    page, context, _, _ = browser_page
    cdp = context.new_cdp_session(page)
    page.goto(server.url + "#/collections/tin-tuc/new")

    title = page.locator("input[id^='title-field']")
    title.click()
    page.keyboard.type("Ngày hội Đại đoàn kết ở thôn ")
    ime(cdp, ["H", "Hu", "Huw", "Hữu"])  # Telex: u + w = ư, then the tone mark
    page.keyboard.type(" ")
    ime(cdp, ["L", "Le", "Lê", "Lệ"])
    page.keyboard.type(" và Đỗ Xá")

    when = post_date()
    page.locator("input[id^='date-field']").fill(f"{when:%Y-%m-%d}T08:30")
    page.locator("input[id^='category-field']").click()
    page.get_by_text("Đại đoàn kết", exact=True).click()
    page.locator("input[id^='tags-field']").fill("khu dân cư, thôn Hữu Lệ")
    summary = page.locator("textarea[id^='summary-field']")
    summary.click()
    page.keyboard.type("Bà con hai thôn góp quỹ ")
    ime(cdp, ["đ", "đư", "đươ", "đường", "đường"])
    page.keyboard.type(" bê tông.")

    page.get_by_role("button", name="Chọn một hình").click()
    page.set_input_files("input[type=file]", str(repo / "anh-ngay-hoi.jpg"))
    page.get_by_role("button", name="Lấy những cái đã chọn").click()
    page.locator("input[id^='image_alt-field']").fill("Bà con thôn Hữu Lệ và Đỗ Xá ngồi kín sân nhà văn hóa")
    page.locator("input[id^='status-field']").click()
    page.get_by_text("Đăng lên cổng", exact=True).click()

    body = page.locator("[data-slate-editor='true']")
    body.click()
    page.keyboard.type("Sáng nay, ")
    ime(cdp, ["đ", "đô", "đôn", "đồng"])
    page.keyboard.type(" bào thôn Đỗ Xá ")
    ime(cdp, ["g", "go", "gop", "góp"])
    page.keyboard.type(" ngày công làm đường.")

    folder = repo / "content" / "posts" / str(dt.datetime.now(dt.timezone.utc).year)
    slug = "ngay-hoi-dai-doan-ket-o-thon-huu-le-va-do-xa"
    written = folder / f"{slug}.md"
    seconds = save(page, written.exists)
    record_property("save_to_disk_seconds", round(seconds, 3))
    print(f"\n«Lưu» to file on disk: {seconds * 1000:.0f} ms")

    meta, body_text, raw = front_matter(written)
    assert raw == unicodedata.normalize("NFC", raw)
    assert meta["title"] == "Ngày hội Đại đoàn kết ở thôn Hữu Lệ và Đỗ Xá"
    assert meta["date"] == f"{when:%d/%m/%Y} 08:30"
    assert meta["category"] == "Đại đoàn kết"
    assert meta["author"] == "Ban Biên tập"  # AUTHOR from pelicanconf.py
    assert meta["status"] == "published"
    assert meta["summary"] == "Bà con hai thôn góp quỹ đường bê tông."
    year = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).year
    assert meta["image"] == f"/images/{year}/anh-ngay-hoi.jpg"
    assert (repo / "content" / meta["image"].lstrip("/")).read_bytes() == (repo / "anh-ngay-hoi.jpg").read_bytes()
    assert meta["image_alt"] == "Bà con thôn Hữu Lệ và Đỗ Xá ngồi kín sân nhà văn hóa"
    assert "Sáng nay, đồng bào thôn Đỗ Xá góp ngày công làm đường." in body_text

    report = check_content(repo)
    assert report.errors == []
    assert report.posts == 3

    output = repo / "output"
    run_pelican(repo / "content", output, "publishconf.py", CACHE_PATH=str(repo / "cache"))
    article = output / "tin-tuc" / f"{when:%Y}" / slug / "index.html"
    soup = BeautifulSoup(article.read_text(encoding="utf-8"), "html.parser")
    assert soup.h1.get_text(strip=True) == "Ngày hội Đại đoàn kết ở thôn Hữu Lệ và Đỗ Xá"
    assert f"{when:%d/%m/%Y}" in soup.find("time").get_text()
    assert soup.find("img", alt="Bà con thôn Hữu Lệ và Đỗ Xá ngồi kín sân nhà văn hóa") is not None
    assert "đồng bào thôn Đỗ Xá góp ngày công" in soup.get_text()


@pytest.mark.parametrize("name", [EXISTING, DATE_ONLY])
def test_saving_an_existing_post_unchanged_keeps_its_meaning(editor, browser_page, name):
    server, repo = editor
    page, _, _, _ = browser_page
    path = repo / "content" / "posts" / name
    before, body_before, _ = front_matter(path)
    author = page.locator("input[id^='author-field']")
    # Decap offers «Lưu» only for a changed entry: save a change, then reopen and save it undone.
    for text in (before["author"] + " (sửa)", before["author"]):
        page.goto(server.url + "#/collections/tin-tuc/entries/" + name.removesuffix(".md"))
        page.reload()
        stamp = path.stat().st_mtime_ns
        expect(author).to_have_value(front_matter(path)[0]["author"])
        author.click()
        page.keyboard.press("Control+A")
        page.keyboard.type(text)
        expect(author).to_have_value(text)
        save(page, lambda: path.stat().st_mtime_ns != stamp)
        assert front_matter(path)[0]["author"] == text
    after, body_after, raw = front_matter(path)
    assert after == before
    assert raw == unicodedata.normalize("NFC", raw)
    assert body_after.split() == body_before.split()
    assert check_content(repo).errors == []
    print(f"\n--- {name} after the editor saved it:\n{raw}")


def test_a_photo_without_its_description_is_not_saved(editor, browser_page):
    server, repo = editor
    page, _, _, _ = browser_page
    page.goto(server.url + "#/collections/tin-tuc/new")
    page.reload()
    page.locator("input[id^='title-field']").fill("Ảnh chưa có mô tả")
    page.locator("input[id^='date-field']").fill(f"{post_date():%Y-%m-%d}T09:00")
    page.locator("input[id^='category-field']").click()
    page.get_by_text("Thông báo", exact=True).click()
    page.locator("[data-slate-editor='true']").click()
    page.keyboard.type("Thông báo lịch họp.")
    page.get_by_role("button", name="Chọn một hình").click()
    page.set_input_files("input[type=file]", str(repo / "anh-ngay-hoi.jpg"))
    page.get_by_role("button", name="Lấy những cái đã chọn").click()
    page.get_by_role("button", name="Lưu", exact=True).click()
    page.get_by_text("Lưu ngay", exact=True).click()
    page.get_by_text("Ảnh đại diện chưa có mô tả", exact=False).first.wait_for(timeout=15000)
    assert not list((repo / "content" / "posts").rglob("anh-chua-co-mo-ta.md"))


def test_the_admin_page_loads_nothing_from_another_host(editor, browser_page, record_property):
    import gzip

    server, _ = editor
    _, _, hosts, paths = browser_page
    assert hosts == {urlsplit(server.url).netloc}
    assert any(path.startswith("/theme/css/site.") for path in paths)  # the preview pane's stylesheet
    # What an officer downloaded to write and save posts (the editor's files only).
    files = [DECAP.parent / name.rsplit("/", 1)[-1] for name in paths
             if name.startswith("/quan-tri/") and (DECAP.parent / name.rsplit("/", 1)[-1]).is_file()]
    raw = sum(f.stat().st_size for f in files)
    packed = sum(len(gzip.compress(f.read_bytes(), 6)) for f in files)
    record_property("editor_download_bytes", raw)
    print(f"\neditor files downloaded: {len(files)}, {raw / 1e6:.2f} MB raw, {packed / 1e6:.2f} MB gzip")
