"""Pages target against a local bare repository (no network): ghp-import, push, no-op."""

import os
import subprocess

import pytest

from portal_tools.deploy import load_config
from portal_tools.deploy.pages import deploy_pages

GIT_ENV = {"GIT_AUTHOR_NAME": "Kiểm thử", "GIT_AUTHOR_EMAIL": "test@example.org",
           "GIT_COMMITTER_NAME": "Kiểm thử", "GIT_COMMITTER_EMAIL": "test@example.org"}


def git(*args, cwd=None):
    result = subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True,
                            env={**os.environ, **GIT_ENV})
    return result.stdout.strip()


@pytest.fixture
def remote(tmp_path):
    """A bare repository with one commit on main, like a GitHub repository."""
    bare = tmp_path / "remote.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(bare))
    seed = tmp_path / "seed"
    git("clone", "--quiet", str(bare), str(seed))
    (seed / "README.md").write_text("Cổng tin\n", encoding="utf-8")
    git("add", "README.md", cwd=seed)
    git("commit", "--quiet", "-m", "Khởi tạo", cwd=seed)
    git("push", "--quiet", "origin", "HEAD:main", cwd=seed)
    return bare


def clone(remote, folder):
    git("clone", "--quiet", str(remote), str(folder))
    return str(folder)


def site(folder, files):
    for rel, text in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return str(folder)


CONFIG = load_config({"target": "pages", "pages_cname": "mttq-hoaphong.example.gov.vn"}, environ={})


def test_site_is_pushed_to_the_pages_branch_and_identical_builds_push_nothing(remote, tmp_path, monkeypatch):
    for name, value in GIT_ENV.items():
        monkeypatch.setenv(name, value)
    work = clone(remote, tmp_path / "work")
    files = {"index.html": "<h1>Trang chủ</h1>", "tin-tuc/2024/a/index.html": "<p>Bài A</p>"}
    first = deploy_pages(site(tmp_path / "b1", files), CONFIG, repo=work)
    assert first.changed
    listing = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split("\n")
    assert sorted(listing) == [".nojekyll", "CNAME", "index.html", "tin-tuc/2024/a/index.html"]
    assert git("show", "gh-pages:CNAME", cwd=remote) == "mttq-hoaphong.example.gov.vn"
    assert git("rev-parse", "main", cwd=remote)  # the source branch is untouched

    again = deploy_pages(site(tmp_path / "b2", files), CONFIG, repo=work)
    assert not again.changed
    assert git("rev-list", "--count", "gh-pages", cwd=remote) == "1"

    # A fresh clone (as on CI) builds on the published tip: a fast-forward push.
    ci = clone(remote, tmp_path / "ci")
    tip = git("rev-parse", "gh-pages", cwd=remote)
    third = deploy_pages(site(tmp_path / "b3", {**files, "index.html": "<h1>Trang chủ mới</h1>"}), CONFIG, repo=ci)
    assert third.changed
    assert git("rev-parse", "gh-pages^", cwd=remote) == tip
    assert git("show", "gh-pages:index.html", cwd=remote) == "<h1>Trang chủ mới</h1>"


def test_commits_as_the_portal_when_git_has_no_user(remote, tmp_path, monkeypatch):
    for name in GIT_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.gitconfig
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("XDG_CONFIG_HOME", "GIT_CONFIG_GLOBAL"):
        monkeypatch.delenv(name, raising=False)
    work = clone(remote, tmp_path / "work")
    deploy_pages(site(tmp_path / "b", {"index.html": "x"}), CONFIG, repo=work)
    assert git("log", "-1", "--format=%cn", "gh-pages", cwd=remote) == "Cổng tin"
