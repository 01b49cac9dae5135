"""Tasks for Cổng tin: `invoke --list` is the manual."""

import datetime as dt
import errno
import logging
import os
import shutil
import sys
from pathlib import Path

from invoke import task
from invoke.exceptions import Exit

ROOT = Path(__file__).resolve().parent
VENV_BIN = Path(sys.executable).parent

CONFIG = {
    "content": ROOT / "content",
    "output": ROOT / "output",
    "settings": ROOT / "pelicanconf.py",
    "publish_settings": ROOT / "publishconf.py",
    "publish_output": ROOT / "output-publish",
    "cache": ROOT / "cache",  # photos and the preview's content cache (safe to delete)
    "theme": ROOT / "theme",
    "host": "127.0.0.1",  # loopback only: the preview is not for the network
    "port": 8000,
    "editor_port": 8081,  # `invoke editor`: the web editor beside the preview
    "editor_script": ROOT / "node_modules" / "decap-cms" / "dist" / "decap-cms.js",
}


def _pelican(c, settings, output, extra=""):
    c.run(f'"{VENV_BIN / "pelican"}" "{CONFIG["content"]}" -s "{settings}" -o "{output}" {extra}', pty=False)


def _overrides(**extra):
    """Settings every in-process Pelican run of these tasks shares."""
    return {"PATH": str(CONFIG["content"]), "CACHE_PATH": str(CONFIG["cache"]), **extra}


def _settings(settings_file):
    """The settings as Pelican reads them (for AUTHOR, PORTAL_CATEGORIES, DEPLOY)."""
    from pelican.settings import read_settings

    return read_settings(str(settings_file))


def _quiet_logging(level=logging.WARNING):
    logging.basicConfig(level=level, format="%(message)s")


@task
def editor_files(c):
    """Install the web editor's files from npm (npm ci --omit=dev) when node_modules lacks them."""
    if CONFIG["editor_script"].is_file():
        return
    if not shutil.which("npm"):
        print("Chú ý: máy chưa có Node.js/npm nên trang sẽ không có trình soạn thảo web (/quan-tri/); "
              "cài Node.js 20 rồi chạy lại lệnh này.")
        return
    c.run(f'cd "{ROOT}" && npm ci --omit=dev --no-audit --no-fund --loglevel=error', pty=False)


@task(pre=[editor_files])
def build(c):
    """Build the portal for local preview into output/ (drafts shown under drafts/)."""
    _pelican(c, CONFIG["settings"], CONFIG["output"])


@task(pre=[editor_files])
def publish_build(c):
    """Build the production site with publishconf.py into output-publish/ (no drafts)."""
    _pelican(c, CONFIG["publish_settings"], CONFIG["publish_output"])


@task(pre=[build])
def serve(c, port=None):
    """Build, then serve the portal at http://127.0.0.1:8000 (Ctrl+C to stop)."""
    port = int(port or CONFIG["port"])
    print(f"Cổng tin đang chạy tại http://{CONFIG['host']}:{port}/ — bấm Ctrl+C để dừng.")
    _pelican(c, CONFIG["settings"], CONFIG["output"], f"--listen -b {CONFIG['host']} -p {port}")


@task
def clean(c):
    """Remove the built sites (output/, output-publish/) and caches."""
    for path in (CONFIG["output"], CONFIG["publish_output"], CONFIG["cache"]):
        shutil.rmtree(path, ignore_errors=True)


@task
def setup_gates(c):
    """Install what the browser quality gates need when missing (chromium, Java, npm packages)."""
    c.run(f'PYTHON="{sys.executable}" bash "{ROOT / ".ci" / "setup-gates.sh"}"')


@task(pre=[setup_gates])
def test(c):
    """Run every test, including the browser quality gates (installs their tools when missing)."""
    os.chdir(ROOT)
    c.run(f'"{sys.executable}" -m pytest', pty=False)


@task(help={"title": "tiêu đề bài, trong dấu nháy kép", "category": "chuyên mục (một trong PORTAL_CATEGORIES)",
            "author": "người viết (mặc định: AUTHOR trong pelicanconf.py)", "slug": "địa chỉ bài, chữ không dấu"})
def new(c, title, category="", author="", slug=""):
    """Create a draft post content/posts/YYYY/<slug>.md with its front matter filled in."""
    from portal_tools.check import NewPostError, new_post, pick_category

    settings = _settings(CONFIG["settings"])
    try:
        category = pick_category(category, settings.get("PORTAL_CATEGORIES") or [])
        author = author or settings.get("AUTHOR") or "Ban Biên tập"
        relative, text = new_post(title, category, author, dt.datetime.now(dt.timezone.utc), slug or None)
    except NewPostError as error:
        raise Exit(f"Chưa tạo bài: {error}", code=1) from None
    path = Path(CONFIG["content"]) / relative
    shown = os.path.relpath(path)
    if path.exists():
        raise Exit(f"Chưa tạo bài: đã có tệp {shown} — đặt tiêu đề khác hoặc thêm --slug ten-khac", code=1)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"Đã tạo bài nháp: {shown}")
    print(f"Mở tệp để viết bài; xem thử bằng «invoke livereload» tại "
          f"http://{CONFIG['host']}:{CONFIG['port']}/drafts/{path.stem}/ ; "
          "khi bài sẵn sàng, đổi «status: draft» thành «status: published».")


@task(help={"so": "số/ký hiệu, ví dụ 06/KH-MTTQ", "loai": "loại văn bản (một trong VAN_BAN['types'])",
            "trich_yeu": "trích yếu, trong dấu nháy kép", "nguoi_ky": "người ký — chức vụ"})
def new_van_ban(c, so, loai="", trich_yeu="", nguoi_ky=""):
    """Create a draft document content/van-ban/YYYY/<so-ky-hieu>.md with its front matter filled in."""
    from portal_tools.documents.new_document import NewDocumentError, new_document
    from van_ban.van_ban import load_options

    options = load_options(_settings(CONFIG["settings"]))
    try:
        relative, text = new_document(so, loai, trich_yeu, nguoi_ky, dt.datetime.now(dt.timezone.utc),
                                      options["types"], options["issuer"])
    except NewDocumentError as error:
        raise Exit(f"Chưa tạo văn bản: {error}", code=1) from None
    path = Path(CONFIG["content"]) / options["path"] / Path(relative).relative_to("van-ban")
    if path.exists():
        raise Exit(f"Chưa tạo văn bản: đã có tệp {os.path.relpath(path)} (số/ký hiệu này đã có)", code=1)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"Đã tạo văn bản nháp: {os.path.relpath(path)} — điền các trường, chép tệp vào content/files/van-ban/, "
          "rồi xoá dòng «status: draft».")


@task(help={"source": "danh sách .csv hoặc .xlsx, các tệp văn bản nằm cùng thư mục"})
def import_van_ban(c, source):
    """Add documents in bulk from a .csv/.xlsx list (files beside it); re-running adds only new ones."""
    from portal_tools.documents.importer import ListError, run_import
    from van_ban.van_ban import load_options

    options = load_options(_settings(CONFIG["settings"]))
    try:
        result = run_import(source, str(CONFIG["content"]), options["types"], options["issuer"], options["path"])
    except ListError as error:
        raise Exit(f"Chưa nhập: {error}", code=1) from None
    if result.problems:
        print(f"Chưa nhập văn bản nào: {len(result.problems)} lỗi, sửa rồi chạy lại:")
        for problem in result.problems:
            print(f"  {problem.path}: dòng {problem.line}: {problem.message} — {problem.fix}")
        raise Exit(code=1)
    for row, number in result.skipped:
        print(f"  dòng {row}: đã có văn bản số {number}, bỏ qua")
    print(f"Đã nhập {len(result.written)} văn bản, chép {len(result.copied)} tệp; bỏ qua {len(result.skipped)} văn bản đã có.")


def _print_report(report):
    """Print a content check report; return True when there is no error."""
    print(f"Đã kiểm tra {report.posts} bài viết và {report.pages} trang.")
    if report.errors:
        print(f"\nLỖI — phải sửa ({len(report.errors)}):")
        for problem in report.errors:
            print(f"  {problem}")
    if report.warnings:
        print(f"\nCẢNH BÁO — nên sửa ({len(report.warnings)}):")
        for problem in report.warnings:
            print(f"  {problem}")
    if report.notes:
        print("\nGHI CHÚ:")
        for note in report.notes:
            print(f"  {note}")
    if report.errors:
        print(f"\nKết quả: {len(report.errors)} lỗi, {len(report.warnings)} cảnh báo. "
              "Sửa các lỗi (tệp:dòng ở đầu mỗi dòng) rồi chạy lại «invoke check».")
    else:
        print(f"\nKết quả: không có lỗi ({len(report.warnings)} cảnh báo).")
    return not report.errors


def _check(settings_file):
    from portal_tools.check import check_site

    try:
        report = check_site(settings_file, _overrides(OUTPUT_PATH=str(CONFIG["publish_output"])))
    except Exception as error:  # a settings or plugin failure, not a content problem
        raise Exit(f"Không kiểm tra được nội dung ({type(error).__name__}: {error}) — "
                   "báo cho kỹ thuật viên kèm dòng này.", code=1) from None
    return _print_report(report)


@task(help={"dev": "kiểm tra theo pelicanconf.py (ảnh thiếu mô tả chỉ là cảnh báo)"})
def check(c, dev=False):
    """Check all content without writing the site (front matter, photos, links, duplicates); exit 1 on errors."""
    if not _check(CONFIG["settings"] if dev else CONFIG["publish_settings"]):
        raise Exit(code=1)


@task(help={"port": "cổng (mặc định 8000)", "host": "địa chỉ nghe (mặc định 127.0.0.1: chỉ máy này xem được)"})
def livereload(c, port=None, host=None):
    """Preview at http://127.0.0.1:8000 that rebuilds on save and refreshes the browser (Ctrl+C to stop)."""
    from portal_tools.preview import serve as serve_preview

    _quiet_logging()
    logging.getLogger("portal_tools.preview").setLevel(logging.INFO)
    host, port = host or CONFIG["host"], int(port or CONFIG["port"])
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"Chú ý: bản xem thử mở cho mạng ({host}); mọi máy cùng mạng đều xem được cả bản nháp.")
    try:
        serve_preview(CONFIG["settings"], _overrides(OUTPUT_PATH=str(CONFIG["output"])),
                      CONFIG["content"], CONFIG["theme"], host, port)
    except OSError as error:
        why = {errno.EADDRINUSE: "cổng đang được một chương trình khác dùng",
               errno.EACCES: "không có quyền dùng cổng này",
               errno.EADDRNOTAVAIL: f"máy này không có địa chỉ {host}"}.get(error.errno)
        if why is None:
            raise
        raise Exit(f"Không mở được bản xem thử tại {host}:{port}: {why} — "
                   f"chạy «invoke livereload --port {port + 1}» hoặc tắt chương trình đang dùng cổng đó.",
                   code=1) from None


@task(pre=[editor_files], help={"port": "cổng của trình soạn thảo (mặc định 8081)",
                               "preview_port": "cổng của bản xem thử (mặc định 8000)"})
def editor(c, port=None, preview_port=None):
    """Web editor at http://127.0.0.1:8081/quan-tri/ writing into content/, live preview at :8000 (Ctrl+C to stop)."""
    import threading

    from portal_tools.editor_local import EditorServer
    from portal_tools.preview import serve as serve_preview

    _quiet_logging()
    logging.getLogger("preview").setLevel(logging.INFO)
    logging.getLogger("editor_local").setLevel(logging.INFO)
    settings = _settings(CONFIG["settings"])
    try:
        server = EditorServer((CONFIG["host"], int(port or CONFIG["editor_port"])), settings, ROOT, CONFIG["content"])
    except FileNotFoundError:
        raise Exit("Chưa mở được trình soạn thảo: thiếu tệp của Decap CMS — cài Node.js 20 rồi chạy "
                   "«invoke editor-files».", code=1) from None
    except OSError as error:
        raise Exit(f"Chưa mở được trình soạn thảo: cổng {port or CONFIG['editor_port']} đang bận ({error.strerror}) — "
                   "chạy «invoke editor --port 8082».", code=1) from None
    threading.Thread(target=server.serve_forever, name="editor-server", daemon=True).start()
    print(f"Trình soạn thảo: {server.url} (bấm «Đăng nhập», bài lưu thẳng vào content/); "
          f"xem thử: http://{CONFIG['host']}:{preview_port or CONFIG['port']}/ — bấm Ctrl+C để dừng.", flush=True)
    try:
        livereload(c, port=preview_port)
    finally:
        server.shutdown()
        server.server_close()
        print("Đã dừng trình soạn thảo.")


def _deploy_config(dest=None, target=None, compress=False):
    from portal_tools.deploy import DeployError, load_config

    settings = _settings(CONFIG["publish_settings"])
    overrides = {"target": target or ("directory" if dest else None),
                 "path": os.path.abspath(dest) if dest else None, "compress": True if compress else None}
    try:
        return load_config(settings.get("DEPLOY"), overrides=overrides)
    except DeployError as error:
        raise Exit(f"Chưa đăng: cấu hình nơi đăng chưa đúng: {error}", code=1) from None


def _describe(result):
    text = ""
    if getattr(result, "superseded", ""):
        text = (f"Lưu ý: trong lúc chờ, một lần đăng khác đã đưa bản {result.superseded} lên; "
                "bản dưới đây được so với bản đó. ")
    if getattr(result, "repaired", ""):
        text += (f"Bản đang chạy {result.repaired} bị thiếu hoặc sai tệp so với mã băm của nó: "
                 "đã đăng lại đầy đủ. ")
    return text + _describe_result(result)


def _describe_result(result):
    if not result.changed:
        return (f"Trang không thay đổi so với bản đang chạy ({result.release}) ở {result.where}: "
                "không cần đăng lại.")
    if result.target == "directory":
        text = (f"Đã đăng bản {result.release} tại {result.where}/current "
                f"({result.copied} tệp mới hoặc đã sửa, {result.linked} tệp giữ nguyên).")
        if result.removed:
            text += f" Đã xoá {len(result.removed)} bản cũ."
        return text + f" Quay lại bản trước: invoke rollback --dest {result.where}"
    if result.target == "rsync":
        return f"Đã đăng bản {result.release} lên {result.where}/current. Quay lại bản trước: invoke rollback"
    if result.target == "pages":
        return f"Đã đẩy trang lên nhánh {result.where} (commit {result.release})."
    return f"Đã đồng bộ trang lên {result.where}."


@task(help={
    "dest": "đăng vào thư mục này (releases/ và current); như PORTAL_DEPLOY_PATH với target directory",
    "target": "directory | rsync | pages | s3 (mặc định: DEPLOY['target'] hoặc PORTAL_DEPLOY_TARGET)",
    "compress": "ghi thêm bản nén .gz/.br cạnh các tệp chữ",
    "deploy": "--no-deploy: chỉ kiểm tra và tạo trang, không đăng",
    "output": "thư mục giữ bản vừa tạo (mặc định output-publish/; GitLab Pages: public)",
}, pre=[editor_files])
def publish(c, dest=None, target=None, compress=False, deploy=True, output=None):
    """Check, build with publishconf.py into a fresh folder, then deploy; nothing is deployed on any error."""
    from portal_tools.deploy import DeployError, output_lock

    _quiet_logging(logging.ERROR)  # the check below reports warnings; the build only shows errors
    config = _deploy_config(dest, target, compress) if deploy else None
    output = Path(output or CONFIG["publish_output"]).resolve()
    try:  # two publishes from this folder share the build folder and caches: one after the other
        with output_lock(output, on_wait=print):
            if not _check(CONFIG["publish_settings"]):
                raise Exit("Chưa đăng: nội dung có lỗi (xem danh sách ở trên); trang đang chạy giữ nguyên.", code=1)
            _build_and_deploy(config, output, compress, deploy)
    except DeployError as error:
        raise Exit(f"Chưa đăng: {error}", code=1) from None


def _build_and_deploy(config, output, compress, deploy):
    from portal_tools.deploy import build_fresh, precompress
    from portal_tools.deploy import deploy as send

    try:
        build_fresh(CONFIG["publish_settings"], output, _overrides(), locked=True)
    except Exception as error:  # any failed build: report it, deploy nothing
        raise Exit(f"Chưa đăng: tạo trang thất bại ({type(error).__name__}: {error}); "
                   "trang đang chạy giữ nguyên.", code=1) from None
    if compress or (config and config["compress"]):
        gz, br = precompress(str(output))
        print(f"Đã nén sẵn {gz} tệp .gz" + (f" và {br} tệp .br." if br else "."))
    print(f"Đã tạo trang vào {os.path.relpath(output)}.")
    if deploy:
        print(_describe(send(str(output), config, repo=str(ROOT), on_wait=print)))


@task(help={"dest": "thư mục đã đăng (như --dest của publish)", "to": "tên bản cần quay lại (mặc định: bản ngay trước)"})
def rollback(c, dest=None, to=None):
    """Put the previous release back online (directory or rsync target; --dest PATH for a local folder)."""
    from portal_tools.deploy import DeployError
    from portal_tools.deploy import rollback as roll_back

    config = _deploy_config(dest)
    try:
        before, after = roll_back(config, to)
    except DeployError as error:
        raise Exit(f"Chưa quay lại: {error}", code=1) from None
    print(f"Đã quay lại bản {after} (trước đó đang chạy: {before or 'không có'}).")


@task(help={"source": "folder of saved old-portal pages (.txt, .html)",
            "dest": "where the Markdown posts go (default content/posts/imported)"})
def import_legacy(c, source, dest="content/posts/imported"):
    """Import old-portal pages (text or saved HTML) as Markdown posts, then print a report."""
    from portal_tools.legacy_import import LegacyImportError, format_report, import_folder

    try:
        report = import_folder(source, ROOT / dest,  # an absolute dest stays as given
                               categories=_settings(CONFIG["settings"])["PORTAL_CATEGORIES"])
    except LegacyImportError as err:
        raise Exit(str(err), code=1) from None
    print(format_report(report))


BENCHES = {
    "related": "tests/bench/bench_related.py",
    "photos": "tests/bench/bench_photos.py",
    "search": "tests/bench/bench_search.py",
    "build": "tests/bench/bench_build.py",
    "documents": "tests/bench/bench_documents.py",
}


@task(help={"which": f"one of {', '.join(BENCHES)}", "posts": "corpus size (related, search, build); repeatable",
            "runs": "runs per size, medians reported (build; default 3)"},
      iterable=["posts"])
def bench(c, which="related", posts=None, runs=None):
    """Run a benchmark on a generated corpus and print its table (related, photos, search or build)."""
    if which not in BENCHES:
        raise Exit(f"--which must be one of {', '.join(BENCHES)}", code=2)
    sizes = " ".join(f"-n {int(n)}" for n in posts or []) if which != "photos" else ""
    if runs is not None and which == "build":
        sizes += f" --runs {int(runs)}"
    c.run(f'"{sys.executable}" "{ROOT / BENCHES[which]}" {sizes}', pty=False)
