"""`invoke publish`: check, fresh build, deploy — and nothing deployed on any failure;
two builds of the same content are byte-identical."""

import filecmp
import importlib.util
import os

import pytest
from invoke import Context
from invoke.exceptions import Exit

from conftest import ROOT, jpeg, post, write_files
from portal_tools.deploy import build_fresh, current_release, list_releases, precompress, tree_digest
from portal_tools.deploy.releases import site_files

pytestmark = pytest.mark.usefixtures("only_configured_plugins")

POSTS = {
    "posts/2024/hoi-nghi.md": post("Hội nghị cử tri thôn Đông Sơn", date="01/02/2024 08:00", tags=["cử tri"],
                                   image="images/2024/hoi-nghi.jpg", image_alt="Toàn cảnh hội nghị",
                                   body="Đoạn một.\n\n![Đại biểu phát biểu](images/2024/hoi-nghi.jpg)\n*Chú thích*"),
    "posts/2024/ngay-hoi.md": post("Ngày hội Đại đoàn kết", date="02/02/2024 08:00", category="Đại đoàn kết",
                                   body="Xem [hội nghị]({filename}hoi-nghi.md)."),
    "posts/2024/nhap.md": post("Bài còn nháp", status="draft"),
    "pages/gioi-thieu.md": "---\ntitle: Giới thiệu\n---\n\nỦy ban MTTQ xã.\n",
}
IMAGES = {"images/2024/hoi-nghi.jpg": jpeg(640, 480)}


def write(content, files):
    write_files(content, files)
    return content


def load_tasks(tmp_path):
    spec = importlib.util.spec_from_file_location("tasks_under_test", ROOT / "tasks.py")
    tasks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tasks)
    tasks.CONFIG.update(content=write(tmp_path / "content", {**POSTS, **IMAGES}), cache=tmp_path / "cache",
                        publish_output=tmp_path / "output-publish")
    return tasks


def snapshot(folder):
    return {rel: (folder / rel).read_bytes() for rel in site_files(folder)}


@pytest.fixture
def published(tmp_path, capsys):
    tasks = load_tasks(tmp_path)
    dest = tmp_path / "www"
    tasks.publish(Context(), dest=str(dest))
    out = capsys.readouterr().out
    return tasks, dest, out


def test_publish_checks_builds_and_deploys_a_release(published):
    tasks, dest, out = published
    assert "Kết quả: không có lỗi" in out and "Đã đăng bản" in out
    live = dest / "current"
    assert (live / "index.html").is_file()
    assert (live / "tin-tuc/2024/hoi-nghi-cu-tri-thon-dong-son/index.html").is_file()
    assert not (live / "drafts").exists()  # drafts are never published
    assert any(name.endswith(".webp") for name in os.listdir(live / "media"))
    assert len(list_releases(dest)) == 1


def test_a_failing_check_deploys_nothing(published, capsys):
    tasks, dest, _ = published
    before_release, before_files = current_release(dest), snapshot(dest / "current")
    before_build = snapshot(tasks.CONFIG["publish_output"])
    write(tasks.CONFIG["content"], {"posts/2024/loi.md": post("Bài lỗi", date="31/02/2024"),
                                    "posts/2024/moi.md": post("Bài mới đúng")})
    with pytest.raises(Exit) as caught:
        tasks.publish(Context(), dest=str(dest))
    assert caught.value.code == 1 and "trang đang chạy giữ nguyên" in str(caught.value.message)
    assert "loi.md:3: «date»: ngày «31/02/2024» không tồn tại" in capsys.readouterr().out
    assert current_release(dest) == before_release and snapshot(dest / "current") == before_files
    assert snapshot(tasks.CONFIG["publish_output"]) == before_build  # the last good build is kept


def test_a_failing_build_deploys_nothing(published):
    tasks, dest, _ = published
    before_release, before_files = current_release(dest), snapshot(dest / "current")
    # Content the check accepts, and a build that fails while writing (as on a full disk).
    write(tasks.CONFIG["content"], {"posts/2024/moi.md": post("Bài mới đúng")})

    def disk_full(pelican):
        raise OSError(28, "No space left on device")

    from pelican import signals
    signals.finalized.connect(disk_full)
    with pytest.raises(Exit, match="tạo trang thất bại"):
        tasks.publish(Context(), dest=str(dest))
    assert current_release(dest) == before_release and snapshot(dest / "current") == before_files
    parent = tasks.CONFIG["publish_output"].parent
    assert not [p for p in os.listdir(parent) if ".new-" in p or ".old-" in p]  # no half build left
    assert indexing_children() == []  # stopped before the half build was removed, not writing on


def indexing_children():
    """This process's search indexing processes still running (Linux's /proc)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat", encoding="utf-8") as stat, open(f"/proc/{pid}/cmdline", "rb") as cmd:
                parent, command = int(stat.read().rsplit(")", 1)[1].split()[1]), cmd.read()
        except OSError:
            continue
        if parent == os.getpid() and b"search_index.indexer" in command:
            found.append(int(pid))
    return found


def test_publish_without_deploy_and_with_compression(tmp_path):
    tasks = load_tasks(tmp_path)
    out = tmp_path / "public"
    tasks.publish(Context(), deploy=False, compress=True, output=str(out))
    assert (out / "index.html.gz").is_file()
    assert not (tmp_path / "www").exists()


def test_two_builds_of_the_same_content_are_byte_identical(tmp_path):
    content = write(tmp_path / "content", {**POSTS, **IMAGES})
    folders = []
    for name in ("one", "two"):  # fresh caches: nothing is shared between the two builds
        output = tmp_path / name / "site"
        build_fresh(ROOT / "publishconf.py", output, {"PATH": str(content), "CACHE_PATH": str(tmp_path / name / "cache")})
        precompress(str(output))
        folders.append(output)
    one, two = folders
    files = site_files(one)
    assert files == site_files(two)
    assert len(files) > 20 and any(rel.endswith(".webp") for rel in files)
    assert any(rel.startswith("pagefind/filter/") for rel in files)  # the search index is included
    mismatch = [rel for rel in files if not filecmp.cmp(one / rel, two / rel, shallow=False)]
    assert mismatch == []
    assert tree_digest(str(one)) == tree_digest(str(two))
