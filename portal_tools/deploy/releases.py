"""Directory target: ``DEST/releases/<release-id>/`` plus an atomic ``DEST/current``.

A web server serves ``DEST/current``.  A deploy copies the site into a new
release folder (unchanged files are hard links to the current release, so they
keep their bytes, inode and modification time: the server's caching headers
stay valid and the disk holds each version of a file once), then swaps the
``current`` symlink in one ``rename``: visitors see either the old or the new
site, never half of each.  Old releases are pruned to ``keep_releases``;
``rollback`` points ``current`` back at the previous one.

Release ids are ``YYYYMMDDTHHMMSSZ-<hash>`` (UTC time of the deploy, then the
first 10 hex digits of the site's content hash), so they sort by time and a
site identical to the current one is recognised and not deployed again, but
only after the live release was hashed again and found complete: a release
that lost or changed a file is replaced (``repaired``); a new release is hashed
once copied and goes live only if it matches the digest in its name.

Every step runs under ``DEST/.publish.lock`` (``lock.held``): one deploy per
destination at a time; stagings are unique temporary folders; what an
interrupted run left (``releases/.staging-*``, ``.current-*``) is removed by the
next one; folders are 755 and files 644 whatever the caller's umask.
"""

import datetime as dt
import filecmp
import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass

from .errors import DeployError
from .lock import LOCK_WAIT, held

RELEASE_RE = re.compile(r"^\d{8}T\d{6}Z-[0-9a-f]{10}$")


@dataclass
class DeployResult:
    """What a deploy did, for the message printed to the officer."""

    target: str
    where: str
    release: str = ""
    changed: bool = True
    linked: int = 0  # files unchanged since the previous release (hard-linked)
    copied: int = 0  # files new or changed
    removed: tuple = ()  # releases pruned
    repaired: str = ""  # the live release that did not match its content hash, replaced
    superseded: str = ""  # a release another publish put live while this one waited


def site_files(site_dir):
    """Relative POSIX paths of every file under ``site_dir``, sorted."""
    found = []
    for folder, dirs, files in os.walk(site_dir):
        dirs.sort()
        for name in files:
            found.append(os.path.relpath(os.path.join(folder, name), site_dir).replace(os.sep, "/"))
    return sorted(found)


def tree_digest(site_dir):
    """SHA-256 of every file's path and bytes: equal digests, equal sites."""
    digest = hashlib.sha256()
    for rel in site_files(site_dir):
        with open(os.path.join(site_dir, rel), "rb") as handle:
            file_hash = hashlib.file_digest(handle, "sha256").hexdigest()
        digest.update(f"{rel}\0{file_hash}\n".encode())
    return digest.hexdigest()


def release_id(digest, now=None):
    now = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    return f"{now:%Y%m%dT%H%M%SZ}-{digest[:10]}"


def list_releases(dest):
    """Release ids under ``dest/releases``, oldest first."""
    folder = os.path.join(dest, "releases")
    if not os.path.isdir(folder):
        return []
    return sorted(name for name in os.listdir(folder) if RELEASE_RE.match(name))


def current_release(dest):
    """The release ``dest/current`` points at, or ``None``."""
    link = os.path.join(dest, "current")
    if os.path.islink(link):
        return os.path.basename(os.readlink(link).rstrip("/"))
    if os.path.exists(link):
        raise DeployError(
            f"«{link}» là một thư mục thật, không phải liên kết do lệnh đăng trang tạo ra",
            "chuyển thư mục đó đi nơi khác (hoặc chọn thư mục đăng khác) rồi chạy lại; "
            "máy chủ web cần trỏ tới DEST/current",
        )
    return None


def switch(dest, release):
    """Point ``dest/current`` at ``release`` atomically (symlink + rename)."""
    temporary = os.path.join(dest, f".current-{os.getpid()}")
    if os.path.lexists(temporary):
        os.unlink(temporary)
    os.symlink(f"releases/{release}", temporary)
    os.replace(temporary, os.path.join(dest, "current"))


def normalise_modes(folder):
    """Folders 755, files 644 under ``folder`` (and itself): whatever the umask,
    the web server reads everything and nobody else writes."""
    os.chmod(folder, 0o755)
    for parent, dirs, files in os.walk(folder):
        for name in dirs:
            os.chmod(os.path.join(parent, name), 0o755)
        for name in files:
            path = os.path.join(parent, name)
            if not os.path.islink(path):
                os.chmod(path, 0o644)


def _copy_tree(site_dir, target, previous):
    linked = copied = 0
    for rel in site_files(site_dir):
        source = os.path.join(site_dir, rel)
        destination = os.path.join(target, rel)
        os.makedirs(os.path.dirname(destination), mode=0o755, exist_ok=True)
        old = os.path.join(previous, rel) if previous else None
        if old and os.path.isfile(old) and os.path.getsize(old) == os.path.getsize(source) \
                and filecmp.cmp(old, source, shallow=False):
            try:
                os.link(old, destination)
                linked += 1
                continue
            except OSError:
                pass  # another file system, or links not allowed: copy instead
        shutil.copyfile(source, destination)
        copied += 1
    normalise_modes(target)
    return linked, copied


def prune(dest, keep):
    """Remove the oldest releases beyond ``keep``, never the current one."""
    releases = list_releases(dest)
    current = current_release(dest)
    removed = []
    for name in releases[: max(0, len(releases) - keep)]:
        if name != current:
            shutil.rmtree(os.path.join(dest, "releases", name))
            removed.append(name)
    return tuple(removed)


def clean_leftovers(dest):
    """Remove what an interrupted deploy left (called with the lock held)."""
    releases = os.path.join(dest, "releases")
    for name in os.listdir(releases):
        if name.startswith(".staging-"):
            shutil.rmtree(os.path.join(releases, name), ignore_errors=True)
    for name in os.listdir(dest):
        if name.startswith(".current-") and os.path.islink(os.path.join(dest, name)):
            os.unlink(os.path.join(dest, name))


def _stage(site_dir, dest, release, previous, digest):
    """Copy ``site_dir`` into a unique staging folder, check it, then give it its name."""
    releases = os.path.join(dest, "releases")
    final = os.path.join(releases, release)
    # Copy beside the releases first: a crash never leaves a half release with a real name.
    staging = tempfile.mkdtemp(prefix=f".staging-{release}-", dir=releases)
    linked, copied = _copy_tree(site_dir, staging, previous)
    if tree_digest(staging) != digest:  # the build folder changed while it was copied
        shutil.rmtree(staging, ignore_errors=True)
        raise DeployError("thư mục trang vừa tạo bị thay đổi trong lúc đang chép lên nơi đăng",
                          "chạy lại «invoke publish»; không chạy hai lệnh tạo trang cùng lúc trên một thư mục")
    os.rename(staging, final)
    return linked, copied


def deploy_directory(site_dir, dest, keep=5, now=None, wait=LOCK_WAIT, on_wait=None):
    """Publish ``site_dir`` as a new release of ``dest``; return a ``DeployResult``."""
    dest = os.path.abspath(dest)
    os.makedirs(os.path.join(dest, "releases"), exist_ok=True)
    before = current_release(dest)
    with held(os.path.join(dest, ".publish.lock"), dest, wait, on_wait):
        clean_leftovers(dest)
        current = current_release(dest)
        superseded = current if current != before else ""
        digest = tree_digest(site_dir)
        live = os.path.join(dest, "releases", current) if current else None
        repaired = ""
        if current and current.endswith("-" + digest[:10]):
            if os.path.isdir(live) and tree_digest(live) == digest:
                return DeployResult("directory", dest, current, changed=False, superseded=superseded)
            repaired = current  # the name says "same site", the files do not: publish it again
        now = (now or dt.datetime.now(dt.timezone.utc))
        release = release_id(digest, now)
        final = os.path.join(dest, "releases", release)
        while os.path.lexists(final) and not (os.path.isdir(final) and tree_digest(final) == digest):
            # That name holds other bytes (a damaged release): never overwrite what may be live.
            now += dt.timedelta(seconds=1)
            release = release_id(digest, now)
            final = os.path.join(dest, "releases", release)
        if os.path.isdir(final):
            linked, copied = 0, 0
        else:
            previous = live if live and os.path.isdir(live) and not repaired else None
            linked, copied = _stage(site_dir, dest, release, previous, digest)
        switch(dest, release)
        removed = prune(dest, keep)
    return DeployResult("directory", dest, release, True, linked, copied, removed, repaired, superseded)


def rollback_directory(dest, to=None):
    """Point ``dest/current`` at the release before it (or at ``to``); return
    ``(from_release, to_release)``."""
    dest = os.path.abspath(dest)
    with held(os.path.join(dest, ".publish.lock"), dest):
        releases = list_releases(dest)
        current = current_release(dest)
        if to is not None:
            if to not in releases:
                raise DeployError(f"không có bản «{to}» trong {dest}/releases",
                                  "các bản đang giữ: " + (", ".join(releases) or "(không có)"))
            target = to
        else:
            older = [name for name in releases if current is None or name < current]
            if not older:
                raise DeployError(f"không còn bản cũ hơn «{current}» để quay lại",
                                  "các bản đang giữ: " + (", ".join(releases) or "(không có)"))
            target = older[-1]
        switch(dest, target)
    return current, target
