"""Pages target: the site as one commit on a branch (GitHub Pages, or any static
host that serves a git branch), written by ghp-import and pushed to a remote.

The remote branch is fetched first, so the new commit's parent is the published
tip: the push is a fast-forward and git sends only the files whose bytes
changed.  A build identical to the published one makes no commit and no push.
``.nojekyll`` is always written (GitHub would otherwise hide folders starting
with ``_``).  Pushing uses the credentials git already has (on GitHub Actions,
the ``GITHUB_TOKEN`` that actions/checkout stores); none are read here.
"""

import os
import subprocess
import sys

from .errors import DeployError
from .releases import DeployResult

COMMITTER = {"GIT_COMMITTER_NAME": "Cổng tin", "GIT_COMMITTER_EMAIL": "cong-tin@localhost"}


def _git(run, repo, *args, env=None, check=True):
    result = run(["git", "-C", repo, *args], check=False, capture_output=True, text=True, env=env)
    if check and result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or [""]
        raise DeployError(f"lệnh git {args[0]} thất bại: {detail[0]}",
                          "kiểm tra remote và quyền đẩy (push) lên kho; trang đang chạy chưa bị thay đổi")
    return result


def _environment(run, repo):
    """ghp-import commits as the configured git user, or as «Cổng tin» on a bare CI machine."""
    env = dict(os.environ)
    for variable, key in (("GIT_COMMITTER_NAME", "user.name"), ("GIT_COMMITTER_EMAIL", "user.email")):
        if not env.get(variable) and not _git(run, repo, "config", key, check=False).stdout.strip():
            env[variable] = COMMITTER[variable]
    return env


def deploy_pages(site_dir, config, repo=".", message=None, run=subprocess.run):
    """Commit ``site_dir`` onto ``pages_branch`` of the git work tree ``repo`` and push."""
    branch, remote = config["pages_branch"], config["pages_remote"]
    where = f"{remote}/{branch}"
    _git(run, repo, "rev-parse", "--git-dir")
    # The branch may not exist yet (first publish): then the commit starts a new history.
    _git(run, repo, "fetch", "--quiet", remote, f"+refs/heads/{branch}:refs/remotes/{remote}/{branch}",
         check=False)
    env = _environment(run, repo)
    command = [sys.executable, "-m", "ghp_import", "--no-jekyll", "--branch", branch, "--remote", remote,
               "--message", message or "Cổng tin: đăng trang"]
    if config["pages_cname"]:
        command += ["--cname", config["pages_cname"]]
    command.append(os.path.abspath(site_dir))
    result = run(command, cwd=repo, env=env, check=False, capture_output=True, text=True)
    if result.returncode != 0:
        raise DeployError(f"ghp-import thất bại: {(result.stderr or result.stdout).strip()}",
                          "kiểm tra đã cài ghp-import (pip install -r requirements.txt)")
    head = _git(run, repo, "rev-parse", f"refs/heads/{branch}").stdout.strip()
    parent = _git(run, repo, "rev-parse", "--verify", "--quiet", f"{head}^", check=False).stdout.strip()
    if parent:
        same = _git(run, repo, "diff", "--quiet", parent, head, check=False).returncode == 0
        if same:
            _git(run, repo, "update-ref", f"refs/heads/{branch}", parent, head)
            return DeployResult("pages", where, parent[:12], changed=False)
    _git(run, repo, "push", "--quiet", remote, f"refs/heads/{branch}:refs/heads/{branch}")
    return DeployResult("pages", where, head[:12])
