"""Remote targets: the same release layout over SSH with rsync, or an S3 bucket.

rsync: ``HOST:PATH/releases/<id>/`` is filled with ``rsync --link-dest`` against
``PATH/current`` and ``--checksum`` (builds are byte-identical, so only files
whose bytes changed cross the network; unchanged files become hard links and
keep their modification time), then ``PATH/current`` is swapped with
``ln -s`` + ``mv -T`` (one ``rename``, atomic), then old releases are pruned.

s3: ``rclone sync --checksum`` to any S3-compatible bucket; the keys come from
``AWS_ACCESS_KEY_ID`` / ``AWS_SECRET_ACCESS_KEY`` in the environment
(``env_auth``), never from a file.  A bucket has no atomic switch and no
rollback: prefer the directory or rsync targets where the host allows.

The functions build argument lists; ``run`` (``subprocess.run`` by default) is
passed in so the command sequence is tested without a network.
"""

import contextlib
import os
import shlex
import subprocess
import tempfile

from .config import secret
from .errors import DeployError
from .releases import DeployResult, release_id, tree_digest

_RELEASE_GLOB = "[0-9]*T[0-9]*Z-*"


@contextlib.contextmanager
def ssh_command(config, environ=None):
    """The ``ssh`` argument list for ``config``, with the key and known hosts from
    the environment written to private temporary files for the duration."""
    with tempfile.TemporaryDirectory(prefix="cong-tin-ssh-") as folder:
        command = ["ssh", "-p", str(config["port"]), "-o", "BatchMode=yes"]
        key = secret("ssh_key", environ)
        if key:
            if key.lstrip().startswith("-----BEGIN"):
                key_file = os.path.join(folder, "key")
                with open(os.open(key_file, os.O_WRONLY | os.O_CREAT, 0o600), "w") as handle:
                    handle.write(key.strip() + "\n")
            else:
                key_file = os.path.expanduser(key)
            command += ["-i", key_file, "-o", "IdentitiesOnly=yes"]
        known = secret("known_hosts", environ)
        if known:
            known_file = os.path.join(folder, "known_hosts")
            with open(known_file, "w") as handle:
                handle.write(known.strip() + "\n")
            command += ["-o", f"UserKnownHostsFile={known_file}", "-o", "StrictHostKeyChecking=yes"]
        yield command


def rsync_upload(config, site_dir, release, ssh):
    path = config["path"].rstrip("/")
    return [
        "rsync", "--recursive", "--links", "--checksum", "--perms", "--chmod=D755,F644",
        "--delete", "--link-dest=../../current/", "-e", shlex.join(ssh),
        site_dir.rstrip("/") + "/", f"{config['host']}:{path}/releases/{release}/",
    ]


def remote_script(config, step, release=""):
    """Shell text run on the server for ``step``: current, prepare, switch, prune, rollback."""
    path = shlex.quote(config["path"].rstrip("/"))
    keep = int(config["keep_releases"])
    swap = "ln -sfn releases/{r} .current-new && mv -Tf .current-new current"
    if step == "current":
        return f'basename "$(readlink {path}/current 2>/dev/null)" 2>/dev/null || true'
    if step == "prepare":
        return f"mkdir -p {path}/releases"
    if step == "switch":
        return f"cd {path} && " + swap.format(r=shlex.quote(release))
    if step == "prune":
        return (f'cd {path}/releases && cur="$(basename "$(readlink ../current)")" && '
                f'ls -1d {_RELEASE_GLOB} | sort | head -n -{keep} | grep -vxF "$cur" | xargs -r rm -rf --')
    if step == "rollback":
        # Exit code 3: no release to go back to (nothing is changed).
        pick = (f"prev={shlex.quote(release)}" if release else
                f'prev="$(ls -1d {_RELEASE_GLOB} | sort | grep -B1 -xF "$cur" | head -n1)"')
        return (f'cd {path}/releases && cur="$(basename "$(readlink ../current)")" && {pick}; '
                'if [ -z "$prev" ] || [ "$prev" = "$cur" ] || [ ! -d "$prev" ]; then exit 3; fi; '
                "cd .. && " + swap.format(r='"$prev"') + ' && echo "$prev"')
    raise ValueError(step)


def _run(run, command, what, nothing_to_do=None):
    try:
        result = run(command, check=False, capture_output=True, text=True)
    except FileNotFoundError:
        raise DeployError(f"{what}: máy này chưa có chương trình «{command[0]}»",
                          f"cài {command[0]} (ví dụ apt-get install {command[0]}) rồi chạy lại") from None
    if result.returncode == 3 and nothing_to_do:
        raise DeployError(nothing_to_do, "trang đang chạy chưa bị thay đổi")
    if result.returncode != 0:
        detail = (result.stderr or result.stdout or "").strip().splitlines()[-1:] or [""]
        raise DeployError(f"{what} thất bại (mã {result.returncode}): {detail[0]}",
                          "kiểm tra mạng, tên máy chủ, khoá SSH (PORTAL_DEPLOY_SSH_KEY) rồi chạy lại; "
                          "trang đang chạy chưa bị thay đổi")
    return result.stdout


def deploy_rsync(site_dir, config, now=None, run=subprocess.run, environ=None):
    """Upload ``site_dir`` as a new release on the server and switch to it."""
    host = config["host"]
    digest = tree_digest(site_dir)
    where = f"{host}:{config['path']}"
    with ssh_command(config, environ) as ssh:
        current = _run(run, ssh + [host, remote_script(config, "current")], "Đọc bản đang chạy").strip()
        if current.endswith("-" + digest[:10]):
            return DeployResult("rsync", where, current, changed=False)
        release = release_id(digest, now)
        _run(run, ssh + [host, remote_script(config, "prepare")], "Tạo thư mục trên máy chủ")
        _run(run, rsync_upload(config, site_dir, release, ssh), "Tải trang lên (rsync)")
        _run(run, ssh + [host, remote_script(config, "switch", release)], "Chuyển sang bản mới")
        _run(run, ssh + [host, remote_script(config, "prune")], "Xoá bản cũ")
    return DeployResult("rsync", where, release)


def rollback_rsync(config, to=None, run=subprocess.run, environ=None):
    """Point the server's ``current`` at the previous release (or ``to``)."""
    with ssh_command(config, environ) as ssh:
        host = config["host"]
        before = _run(run, ssh + [host, remote_script(config, "current")], "Đọc bản đang chạy").strip()
        after = _run(run, ssh + [host, remote_script(config, "rollback", to or "")], "Quay lại bản trước",
                     nothing_to_do=f"không còn bản {'«' + to + '»' if to else 'cũ hơn'} trên máy chủ để quay lại "
                                   f"(bản đang chạy: «{before}»)").strip()
    return before, after


def s3_command(config, site_dir):
    remote = ":s3,provider=" + ("Other" if config["s3_endpoint"] else "AWS") + ",env_auth=true"
    if config["s3_endpoint"]:
        remote += f",endpoint='{config['s3_endpoint']}'"
    prefix = config["path"].strip("/")
    target = f"{remote}:{config['s3_bucket']}" + (f"/{prefix}" if prefix else "")
    return ["rclone", "sync", "--checksum", "--fast-list", site_dir.rstrip("/") + "/", target]


def deploy_s3(site_dir, config, run=subprocess.run):
    """Sync ``site_dir`` to the bucket (only changed files are sent)."""
    _run(run, s3_command(config, site_dir), "Tải trang lên bucket (rclone)")
    where = f"s3://{config['s3_bucket']}/{config['path'].strip('/')}"
    return DeployResult("s3", where)
