"""One entry point per action: ``deploy`` a built site, ``rollback`` a target."""

import subprocess

from .errors import DeployError
from .pages import deploy_pages
from .releases import deploy_directory, rollback_directory
from .remote import deploy_rsync, deploy_s3, rollback_rsync


def deploy(site_dir, config, repo=".", now=None, run=subprocess.run, environ=None, on_wait=None):
    """Send the built ``site_dir`` to ``config["target"]``; return a ``DeployResult``.
    ``on_wait(text)`` is told when another publish holds the destination."""
    target = config["target"]
    if target == "directory":
        return deploy_directory(site_dir, config["path"], config["keep_releases"], now, on_wait=on_wait)
    if target == "rsync":
        return deploy_rsync(site_dir, config, now, run, environ)
    if target == "pages":
        return deploy_pages(site_dir, config, repo, run=run)
    return deploy_s3(site_dir, config, run)


def rollback(config, to=None, run=subprocess.run, environ=None):
    """Put the previous release (or ``to``) back online; return ``(from, to)``."""
    target = config["target"]
    if target == "directory":
        return rollback_directory(config["path"], to)
    if target == "rsync":
        return rollback_rsync(config, to, run, environ)
    raise DeployError(
        f"nơi đăng «{target}» không có bản lưu để quay lại",
        "với Pages: git revert trên nhánh Pages hoặc chạy lại publish từ một commit cũ; "
        "với bucket: đăng lại bản cũ",
    )
