"""The editor admin at /quan-tri/: built from node_modules, its config generated from our settings."""

import datetime as dt
import json
import logging
import threading
import urllib.request
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT, post

DECAP = ROOT / "node_modules" / "decap-cms" / "dist"
needs_decap = pytest.mark.skipif(not (DECAP / "decap-cms.js").is_file(),
                                 reason="node_modules lacks decap-cms: run `invoke editor-files`")

POSTS = {
    "2021/hoi-nghi.md": post("Hội nghị cử tri thôn Đông Sơn", category="Thông báo"),
    "2021/nhap.md": post("Bài nháp chưa đăng", status="draft"),
}
CATEGORIES = ["Hoạt động Mặt trận", "Đại đoàn kết", "Thông báo"]


def config(site):
    return yaml.safe_load((site.output / "quan-tri" / "config.yml").read_text(encoding="utf-8"))


@needs_decap
def test_admin_page_is_noindex_local_and_not_linked(build_site):
    site = build_site(POSTS, publish=True)
    soup = site.soup("quan-tri/")
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex, nofollow"
    assert soup.html["lang"] == "vi"
    scripts = [tag["src"] for tag in soup.find_all("script")]
    assert scripts == ["decap-cms.js", "cong-tin-admin.js"]  # relative: nothing from another host
    style = soup.find("script", src="cong-tin-admin.js")["data-preview-style"]
    assert style.startswith("../theme/css/site.")  # the preview pane uses the portal's stylesheet
    assert (site.output / "quan-tri" / style).resolve().is_file()
    assert soup.find("link", rel="cms-config-url")["href"] == "config.yml"
    for name in scripts:
        assert (site.output / "quan-tri" / name).is_file()
    assert not list((site.output / "quan-tri").glob("*.map"))
    # not linked from any resident's page, not in the sitemap nor the search index
    for page in site.html_files():
        assert "quan-tri" not in page.read_text(encoding="utf-8"), page
    assert "quan-tri" not in (site.output / "sitemap.xml").read_text(encoding="utf-8")
    for index in site.output.rglob("pagefind*/**/*.json"):
        assert "quan-tri" not in index.read_text(encoding="utf-8", errors="replace")


@needs_decap
def test_config_is_generated_from_our_settings(build_site):
    site = build_site(POSTS, PORTAL_CATEGORIES=CATEGORIES, AUTHOR="Văn phòng MTTQ xã",
                      EDITOR={"backend": "gitea", "repo": "mttq/cong-tin", "branch": "xuat-ban",
                              "base_url": "https://git.example.vn", "app_id": "abc-123",
                              "api_root": "https://git.example.vn/api/v1",
                              "auth_endpoint": "https://git.example.vn/login/oauth/authorize"})
    conf = config(site)
    assert conf["locale"] == "vi"
    assert conf["backend"]["name"] == "gitea"
    assert conf["backend"]["repo"] == "mttq/cong-tin"
    assert conf["backend"]["branch"] == "xuat-ban"
    assert conf["backend"]["app_id"] == "abc-123"
    assert "local_backend" not in conf
    assert conf["slug"] == {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"}
    posts, pages, documents = conf["collections"]
    assert documents["folder"] == "content/van-ban" and documents["slug"] == "{{so_ky_hieu}}"
    document_fields = {f["name"]: f for f in documents["fields"]}
    assert document_fields["loai"]["options"][:2] == ["Kế hoạch", "Thông báo"]
    assert document_fields["ngay_ban_hanh"]["format"] == "DD/MM/YYYY"
    assert document_fields["tep"]["field"]["widget"] == "file"
    assert posts["folder"] == "content/posts" and posts["path"] == "{{year}}/{{slug}}"
    assert pages["folder"] == "content/pages"
    fields = {f["name"]: f for f in posts["fields"]}
    assert list(fields) == ["title", "date", "category", "author", "tags", "summary", "image", "image_alt",
                            "image_caption", "featured", "status", "body"]
    assert fields["category"]["options"] == CATEGORIES
    assert fields["author"]["default"] == "Văn phòng MTTQ xã"
    assert fields["date"]["format"] == "DD/MM/YYYY HH:mm"
    assert [o["value"] for o in fields["status"]["options"]] == ["draft", "published"]
    year = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).year
    assert posts["media_folder"] == f"/content/images/{year}"
    assert posts["public_folder"] == f"/images/{year}"
    assert "&id" not in (site.output / "quan-tri" / "config.yml").read_text(encoding="utf-8")  # no YAML anchors


def test_missing_editor_files_leave_the_site_without_editor(build_site, tmp_path, caplog):
    from pelican.log import LimitFilter

    getattr(LimitFilter, "_raised_messages", set()).clear()  # Pelican logs a message once per process
    site = build_site(POSTS, EDITOR={"source": str(tmp_path / "nowhere")})
    assert not (site.output / "quan-tri").exists()
    assert site.exists("tin-tuc/2021/hoi-nghi-cu-tri-thon-dong-son/")
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("invoke editor-files" in message for message in warnings), warnings


@needs_decap
def test_residents_pages_are_the_same_with_and_without_the_editor(build_site):
    from pelican.settings import read_settings

    plugins = read_settings(str(ROOT / "pelicanconf.py"))["PLUGINS"]
    with_editor = build_site(POSTS, name="with")
    without = build_site(POSTS, name="without", PLUGINS=[p for p in plugins if p != "editor_admin"])
    files = {p.relative_to(with_editor.output) for p in with_editor.output.rglob("*") if p.is_file()}
    others = {p.relative_to(without.output) for p in without.output.rglob("*") if p.is_file()}
    assert {p for p in files - others if p.parts[0] != "quan-tri"} == set()
    assert others <= files
    for relative in others:
        if relative.suffix in (".html", ".css", ".xml", ".txt"):
            assert (with_editor.output / relative).read_bytes() == (without.output / relative).read_bytes(), relative


@pytest.mark.parametrize("editor, message", [
    ({"backend": "bitbucket"}, "EDITOR['backend']"),
    ({"repo": "cong-tin"}, "owner/name"),
    ({"colour": "red"}, "unknown setting"),
    ({"path": "../ra-ngoai"}, "EDITOR['path']"),
])
def test_bad_editor_settings_stop_the_build(build_site, editor, message):
    with pytest.raises(Exception, match=message.replace("[", r"\[").replace("]", r"\]")):
        build_site(POSTS, EDITOR=editor)


# ------------------------------------------------------------ local backend (invoke editor)


@pytest.fixture
def local(tmp_path):
    from pelican.settings import read_settings

    from portal_tools.editor_local import EditorServer

    if not (DECAP / "decap-cms.js").is_file():
        pytest.skip("node_modules lacks decap-cms")
    content = tmp_path / "content"
    (content / "posts" / "2021").mkdir(parents=True)
    (content / "posts" / "2021" / "a.md").write_text(POSTS["2021/hoi-nghi.md"], encoding="utf-8")
    (tmp_path / "secret.txt").write_text("không được đọc", encoding="utf-8")
    server = EditorServer(("127.0.0.1", 0), read_settings(str(ROOT / "pelicanconf.py")), tmp_path, content)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server, tmp_path
    server.shutdown()
    server.server_close()


def call(server, action, params=None):
    host, port = server.server_address[:2]
    request = urllib.request.Request(f"http://{host}:{port}/api/v1", method="POST",
                                     data=json.dumps({"action": action, "params": params or {}}).encode(),
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_local_backend_lists_reads_and_writes_inside_content(local):
    server, repo = local
    assert server.server_address[0] == "127.0.0.1"
    status, entries = call(server, "entriesByFolder", {"folder": "content/posts", "extension": "md", "depth": 2})
    assert status == 200 and [e["file"]["path"] for e in entries] == ["content/posts/2021/a.md"]
    assert "Hội nghị cử tri" in entries[0]["data"]
    raw = post("Tin mới từ trình soạn thảo", date="18/11/2026 08:30")
    status, _ = call(server, "persistEntry", {"entry": {"path": "content/posts/2026/tin-moi.md", "raw": raw},
                                               "assets": [], "options": {}})
    assert status == 200
    assert (repo / "content" / "posts" / "2026" / "tin-moi.md").read_text(encoding="utf-8") == raw
    with urllib.request.urlopen(server.url + "config.yml") as answer:
        conf = yaml.safe_load(answer.read())
    assert conf["local_backend"]["url"] == f"http://127.0.0.1:{server.server_address[1]}/api/v1"


@pytest.mark.parametrize("action, params", [
    ("getEntry", {"path": "secret.txt"}),
    ("getEntry", {"path": "content/../secret.txt"}),
    ("persistEntry", {"entry": {"path": "../evil.md", "raw": "x"}, "assets": []}),
    ("persistMedia", {"asset": {"path": "/etc/evil.jpg", "content": "eA==", "encoding": "base64"}}),
    ("deleteFile", {"path": "secret.txt"}),
    ("runShell", {}),
])
def test_local_backend_refuses_anything_outside_content(local, action, params):
    server, repo = local
    status, answer = call(server, action, params)
    assert status == 422, answer
    assert (repo / "secret.txt").exists()
    assert not Path("/etc/evil.jpg").exists()


@needs_decap
def test_a_publish_build_without_repository_says_how_to_enable_sign_in(build_site, caplog):
    from pelican.log import LimitFilter

    getattr(LimitFilter, "_raised_messages", set()).clear()  # Pelican logs a message once per process
    build_site(POSTS, publish=True)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("EDITOR['repo']" in message for message in warnings), warnings
