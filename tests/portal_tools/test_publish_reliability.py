"""Publishing under concurrency and failure (issue 20): one publish at a time per
destination, unique stagings, the live release checked against its hash,
leftovers cleaned, modes independent of the umask."""

import contextlib
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import time

import pytest

from conftest import ROOT, post, write_files
from portal_tools.deploy import DeployError, current_release, list_releases, tree_digest
from portal_tools.deploy.lock import held
from portal_tools.deploy.releases import deploy_directory, site_files

SITE = {"index.html": "<h1>Trang chủ</h1>", "tin-tuc/2024/a/index.html": "<p>Bài A</p>",
        "theme/css/site.css": "body{}"}


def make_site(folder, files):
    for rel, text in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")
    return str(folder)


def assert_live_is_whole(dest):
    """``current`` is complete and its bytes match the hash in its name."""
    release = current_release(dest)
    live = os.path.join(dest, "releases", release)
    assert os.path.isfile(os.path.join(live, "index.html"))
    assert release.endswith("-" + tree_digest(live)[:10])
    assert not [n for n in os.listdir(os.path.join(dest, "releases")) if n.startswith(".staging-")]
    return release, live


# ----------------------------------------------------------------- the live release is verified


def test_a_damaged_live_release_is_repaired_not_called_unchanged(tmp_path):
    dest = str(tmp_path / "www")
    first = deploy_directory(make_site(tmp_path / "b1", SITE), dest)
    os.unlink(os.path.join(dest, "current", "index.html"))  # what the old race left live
    again = deploy_directory(make_site(tmp_path / "b2", SITE), dest)
    assert again.changed and again.repaired == first.release
    assert again.release != first.release  # the damaged folder is never written over while live
    release, live = assert_live_is_whole(dest)
    assert (tmp_path / "www/current/index.html").read_text(encoding="utf-8") == "<h1>Trang chủ</h1>"
    assert not deploy_directory(make_site(tmp_path / "b3", SITE), dest).changed  # now really the same


def test_leftovers_of_an_interrupted_deploy_are_removed(tmp_path):
    dest = tmp_path / "www"
    deploy_directory(make_site(tmp_path / "b1", SITE), str(dest))
    (dest / "releases/.staging-20260101T000000Z-0123456789-abcd/x").mkdir(parents=True)
    os.symlink("releases/nothing", dest / ".current-999999")
    deploy_directory(make_site(tmp_path / "b2", {**SITE, "moi.html": "mới"}), str(dest))
    assert [n for n in os.listdir(dest / "releases") if n.startswith(".")] == []
    assert not os.path.lexists(dest / ".current-999999")


def test_modes_do_not_follow_the_umask(tmp_path):
    old = os.umask(0)
    try:
        site = make_site(tmp_path / "b1", SITE)
        deploy_directory(site, str(tmp_path / "www"))
    finally:
        os.umask(old)
    live = tmp_path / "www/current"
    for path in [live.resolve(), *live.resolve().rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o755 if path.is_dir() else 0o644), path


# ----------------------------------------------------------------- the lock

HOLDER = textwrap.dedent("""
    import sys, time
    from portal_tools.deploy.lock import held
    with held(sys.argv[1], "x"):
        print("held", flush=True)
        time.sleep(60)
""")


def _hold_lock(lock_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, lock_path],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_held_lock_makes_the_second_deploy_wait_then_say_so(tmp_path):
    dest = tmp_path / "www"
    dest.mkdir()
    holder = _hold_lock(str(dest / ".publish.lock"))
    try:
        told = []
        with pytest.raises(DeployError) as caught:
            deploy_directory(make_site(tmp_path / "b1", SITE), str(dest), wait=0.5, on_wait=told.append)
        assert "một lần đăng trang khác vẫn đang chạy" in str(caught.value) and "chờ lần đó xong" in str(caught.value)
        assert told and "đang chờ" in told[0]
        assert current_release(str(dest)) is None  # nothing half done
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_left_by_a_killed_publish_is_not_held(tmp_path):
    dest = tmp_path / "www"
    dest.mkdir()
    holder = _hold_lock(str(dest / ".publish.lock"))
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert (dest / ".publish.lock").exists()  # the file stays; the lock went with the process
    started = time.monotonic()
    result = deploy_directory(make_site(tmp_path / "b1", SITE), str(dest), wait=5)
    assert result.changed and time.monotonic() - started < 5
    assert_live_is_whole(str(dest))


# ----------------------------------------------------------------- two real `invoke publish`

POSTS = {
    "posts/2024/hoi-nghi.md": post("Hội nghị cử tri thôn Đông Sơn", date="01/02/2024 08:00", body="Đoạn một."),
    "posts/2024/ngay-hoi.md": post("Ngày hội Đại đoàn kết", date="02/02/2024 08:00", category="Đại đoàn kết"),
    "pages/gioi-thieu.md": "---\ntitle: Giới thiệu\n---\n\nỦy ban MTTQ xã.\n",
    "files/mau-don.pdf": b"%PDF-1.4\n%%EOF\n",
}


def make_project(folder, posts):
    """A project folder as an officer has it: its own tasks.py and content."""
    folder.mkdir(parents=True)
    for name in ("tasks.py", "pelicanconf.py", "publishconf.py"):
        shutil.copy(ROOT / name, folder / name)
    for name in ("plugins", "theme", "package.json", "package-lock.json", "node_modules"):
        if (ROOT / name).exists():  # node_modules: the web editor's files, as `npm ci` left them
            os.symlink(ROOT / name, folder / name)
    write_files(folder / "content", posts)
    return folder


def publish_together(projects, dest, logs, hold_dest=False):
    """Start ``invoke publish --dest`` in every project at the same time; return
    ``[(exit code, stdout, stderr)]``.  ``hold_dest``: keep the destination locked
    until every run is waiting for it, so their deploys surely meet."""
    invoke = os.path.join(os.path.dirname(sys.executable), "invoke")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    logs.mkdir(parents=True)
    outs = [(open(logs / f"{n}.out", "w+"), open(logs / f"{n}.err", "w+")) for n in range(len(projects))]
    lock = held(str(dest / ".publish.lock"), "test") if hold_dest else contextlib.nullcontext()
    with lock:
        runs = [subprocess.Popen([invoke, "publish", "--dest", str(dest)], cwd=project, env=env,
                                 stdout=out, stderr=err, text=True)
                for project, (out, err) in zip(projects, outs)]
        if hold_dest:
            limit = time.monotonic() + 300
            while not all("đang chờ" in (logs / f"{n}.out").read_text(encoding="utf-8") for n in range(len(runs))):
                assert time.monotonic() < limit and all(run.poll() is None for run in runs)
                time.sleep(0.2)
    codes = [run.wait(timeout=300) for run in runs]
    return [(code, (logs / f"{n}.out").read_text(encoding="utf-8"), (logs / f"{n}.err").read_text(encoding="utf-8"))
            for n, code in enumerate(codes)]


RELEASE = re.compile(r"(\d{8}T\d{6}Z-[0-9a-f]{10})")


def test_two_publishes_started_together_never_put_a_broken_site_live(tmp_path):
    dest = tmp_path / "www"
    dest.mkdir()
    one = make_project(tmp_path / "one", POSTS)
    other = make_project(tmp_path / "other", {**POSTS, "posts/2024/moi.md": post("Tin mới", date="03/02/2024 08:00")})
    deadline = time.monotonic() + 600
    rounds = [([one, one], False), ([one, other], False), ([other, one], True), ([one, one], True),
              ([one, other], True)]
    for number, (projects, hold) in enumerate(rounds):
        label = f"round {number}"
        if number == 4:  # both sides changed: both must be deployed, the later one saying so
            write_files(one / "content", {"posts/2024/b.md": post("Tin B", date="04/02/2024 08:00")})
            write_files(other / "content", {"posts/2024/c.md": post("Tin C", date="04/02/2024 08:00")})
        assert time.monotonic() < deadline, "concurrency rounds took too long"
        results = publish_together(projects, dest, tmp_path / f"logs{number}", hold_dest=hold)
        for code, out, err in results:
            assert code == 0, f"{label}: {out}\n{err}"
            assert "Traceback" not in err and "Error" not in err, f"{label}: {err}"
        release, live = assert_live_is_whole(str(dest))
        # The live site is exactly what one of the builds produced, nothing lost from it.
        builds = {tree_digest(str(p / "output-publish")) for p in projects}
        assert tree_digest(live) in builds, label
        assert "files/mau-don.pdf" in site_files(live)
        # Each run's release is kept whole (rollback can bring it back): no update silently lost.
        for code, out, err in results:
            reported = RELEASE.findall(out.split("Đã tạo trang vào")[-1])
            assert reported, out
            folder = os.path.join(dest, "releases", reported[-1])
            assert reported[-1].endswith("-" + tree_digest(folder)[:10]), label
        outs = " ".join(out for _, out, _ in results)
        if hold:
            assert outs.count("đang chờ nó xong") == 2, label
        assert number != 4 or outs.count("Đã đăng bản") == 2, outs
        if hold and outs.count("Đã đăng bản") == 2:  # the later run says whose release it replaced
            assert "Lưu ý: trong lúc chờ, một lần đăng khác đã đưa bản" in outs, label
    for project in (one, other):
        assert [n for n in os.listdir(project) if ".new-" in n or ".old-" in n] == []


def test_a_build_cleans_what_an_interrupted_one_left_and_ignores_the_umask(tmp_path):
    from portal_tools.deploy import build_fresh

    content = write_files(tmp_path / "content", {"posts/2024/a.md": post("Bài A", date="01/02/2024 08:00")})
    output = tmp_path / "output-publish"
    (tmp_path / ".output-publish.new-abc123" / "x").mkdir(parents=True)  # a killed build
    (tmp_path / ".output-publish.old-def456" / "site").mkdir(parents=True)
    old = os.umask(0)
    try:
        build_fresh(ROOT / "publishconf.py", output, {"PATH": str(content), "CACHE_PATH": str(tmp_path / "cache")})
    finally:
        os.umask(old)
    assert sorted(n for n in os.listdir(tmp_path) if n.startswith(".output-publish.")) == [".output-publish.lock"]
    for path in [output, *output.rglob("*")]:
        assert stat.S_IMODE(path.stat().st_mode) == (0o755 if path.is_dir() else 0o644), path


def test_a_build_folder_changed_during_the_copy_is_not_put_live(tmp_path, monkeypatch):
    from portal_tools.deploy import releases

    dest = str(tmp_path / "www")
    first = deploy_directory(make_site(tmp_path / "b1", SITE), dest)
    site = make_site(tmp_path / "b2", {**SITE, "moi.html": "mới"})
    copy_tree = releases._copy_tree

    def copy_then_change(source, target, previous):  # rewritten after it was hashed, before it is copied
        (tmp_path / "b2" / "moi.html").write_text("đã đổi", encoding="utf-8")
        return copy_tree(source, target, previous)

    monkeypatch.setattr(releases, "_copy_tree", copy_then_change)
    with pytest.raises(DeployError, match="bị thay đổi trong lúc đang chép"):
        deploy_directory(site, dest)
    assert current_release(dest) == first.release
    assert [n for n in os.listdir(os.path.join(dest, "releases")) if n.startswith(".")] == []
