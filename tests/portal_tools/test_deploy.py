"""Deploy targets: the settings, the directory target for real, rsync and S3 as commands."""

import datetime as dt
import gzip
import os
import shutil
import subprocess

import pytest

from portal_tools.deploy import DeployError, deploy, load_config, precompress, rollback, tree_digest
from portal_tools.deploy.releases import current_release, deploy_directory, list_releases, rollback_directory
from portal_tools.deploy.remote import remote_script, rsync_upload, s3_command

T0 = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)


def at(minutes):
    return T0 + dt.timedelta(minutes=minutes)


def make_site(folder, files):
    for rel, text in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return str(folder)


SITE = {"index.html": "<h1>Trang chủ</h1>", "tin-tuc/2024/a/index.html": "<p>Bài A</p>",
        "theme/css/site.css": "body{}"}


# --------------------------------------------------------------------------- settings


def test_defaults_environment_and_command_line_overlay_in_that_order():
    config = load_config({"target": "rsync", "host": "deploy@mttq.example.gov.vn", "path": "/srv/a"},
                         environ={"PORTAL_DEPLOY_PATH": "/srv/b", "PORTAL_DEPLOY_KEEP_RELEASES": "3"},
                         overrides={"path": "/srv/c"})
    assert config["target"] == "rsync" and config["path"] == "/srv/c" and config["keep_releases"] == 3
    assert config["pages_branch"] == "gh-pages"


def test_unknown_keys_and_secrets_in_settings_are_refused():
    with pytest.raises(DeployError, match="không biết khoá 'hots'"):
        load_config({"hots": "x", "path": "/srv"}, environ={})
    with pytest.raises(DeployError, match="không được ghi bí mật") as caught:
        load_config({"ssh_key": "-----BEGIN", "path": "/srv"}, environ={})
    assert "PORTAL_DEPLOY_SSH_KEY" in str(caught.value)


@pytest.mark.parametrize("given, message", [
    ({"target": "ftp", "path": "/x"}, "không được hỗ trợ"),
    ({"target": "directory"}, "chưa có thư mục đăng"),
    ({"target": "rsync", "path": "/srv"}, "chưa có máy chủ"),
    ({"target": "rsync", "path": "/srv/a b; rm -rf /", "host": "h"}, "ký tự không dùng được"),
    ({"target": "s3"}, "chưa có tên bucket"),
    ({"path": "/x", "keep_releases": 0}, "keep_releases"),
    ({"path": "/x", "compress": "maybe"}, "không phải đúng/sai"),
])
def test_bad_settings_name_the_problem_and_the_fix(given, message):
    with pytest.raises(DeployError, match=message) as caught:
        load_config(given, environ={})
    assert " — " in str(caught.value)


# --------------------------------------------------------------------------- directory target


def test_directory_target_releases_switch_and_unchanged_files_are_hard_links(tmp_path):
    dest = tmp_path / "www"
    first = deploy_directory(make_site(tmp_path / "b1", SITE), dest, keep=5, now=at(0))
    assert first.changed and first.copied == 3 and first.linked == 0
    assert os.path.islink(dest / "current")
    assert os.readlink(dest / "current") == f"releases/{first.release}"
    assert (dest / "current" / "tin-tuc/2024/a/index.html").read_text(encoding="utf-8") == "<p>Bài A</p>"

    changed = {**SITE, "index.html": "<h1>Trang chủ mới</h1>"}
    second = deploy_directory(make_site(tmp_path / "b2", changed), dest, keep=5, now=at(1))
    assert (second.copied, second.linked) == (1, 2)
    old, new = dest / "releases" / first.release, dest / "releases" / second.release
    assert os.stat(old / "theme/css/site.css").st_ino == os.stat(new / "theme/css/site.css").st_ino
    assert (old / "index.html").read_text(encoding="utf-8") == "<h1>Trang chủ</h1>"  # old release intact
    assert current_release(dest) == second.release
    assert not [p for p in os.listdir(dest) if p.startswith(".current")]  # the temporary link was renamed


def test_identical_site_is_not_deployed_again(tmp_path):
    dest = tmp_path / "www"
    first = deploy_directory(make_site(tmp_path / "b1", SITE), dest, now=at(0))
    again = deploy_directory(make_site(tmp_path / "b2", SITE), dest, now=at(5))
    assert not again.changed and again.release == first.release
    assert list_releases(dest) == [first.release]


def test_old_releases_are_pruned_and_rollback_goes_back_one(tmp_path):
    dest = tmp_path / "www"
    ids = []
    for number in range(4):
        site = make_site(tmp_path / f"b{number}", {**SITE, "index.html": f"bản {number}"})
        ids.append(deploy_directory(site, dest, keep=2, now=at(number)).release)
    assert list_releases(dest) == ids[2:]
    before, after = rollback_directory(dest)
    assert (before, after) == (ids[3], ids[2])
    assert (dest / "current" / "index.html").read_text(encoding="utf-8") == "bản 2"
    with pytest.raises(DeployError, match="không còn bản cũ"):
        rollback_directory(dest)
    assert rollback_directory(dest, to=ids[3]) == (ids[2], ids[3])


def test_a_real_current_folder_is_never_replaced(tmp_path):
    dest = tmp_path / "www"
    (dest / "current").mkdir(parents=True)
    (dest / "current" / "index.html").write_text("trang cũ viết tay")
    with pytest.raises(DeployError, match="thư mục thật"):
        deploy_directory(make_site(tmp_path / "b", SITE), dest)
    assert (dest / "current" / "index.html").read_text() == "trang cũ viết tay"


def test_dispatch_uses_the_directory_target(tmp_path):
    config = load_config({"path": str(tmp_path / "www")}, environ={})
    result = deploy(make_site(tmp_path / "b", SITE), config, now=at(0))
    assert result.target == "directory" and result.changed
    with pytest.raises(DeployError, match="không còn bản cũ"):
        rollback(config)


# --------------------------------------------------------------------------- rsync and S3 (commands only)


class Recorder:
    """Stands in for subprocess.run: records commands, answers ``readlink`` with ``current``."""

    def __init__(self, current=""):
        self.commands = []
        self.current = current

    def __call__(self, command, **kwargs):
        self.commands.append(command)
        out = self.current if "readlink" in command[-1] and "rollback" not in command[-1] else ""
        return subprocess.CompletedProcess(command, 0, stdout=out + "\n", stderr="")


def rsync_config():
    return load_config({"target": "rsync", "host": "deploy@mttq.example.gov.vn", "path": "/srv/www/cong-tin",
                        "port": 2222, "keep_releases": 4}, environ={})


def test_rsync_uploads_into_a_new_release_then_switches_then_prunes(tmp_path):
    site = make_site(tmp_path / "b", SITE)
    run = Recorder(current="20250101T000000Z-0123456789")
    result = deploy(site, rsync_config(), now=at(0), run=run, environ={})
    release = result.release
    assert release.startswith("20260102T030405Z-")
    probe, prepare, upload, switch, prune = run.commands
    assert probe[:4] == ["ssh", "-p", "2222", "-o"] and probe[5] == "deploy@mttq.example.gov.vn"
    assert prepare[-1] == "mkdir -p /srv/www/cong-tin/releases"
    assert upload[0] == "rsync" and "--checksum" in upload and "--delete" in upload
    assert "--link-dest=../../current/" in upload
    assert upload[-2:] == [site + "/", f"deploy@mttq.example.gov.vn:/srv/www/cong-tin/releases/{release}/"]
    assert upload[upload.index("-e") + 1].startswith("ssh -p 2222 -o BatchMode=yes")
    assert switch[-1] == (f"cd /srv/www/cong-tin && ln -sfn releases/{release} .current-new"
                          " && mv -Tf .current-new current")
    assert "head -n -4" in prune[-1] and 'grep -vxF "$cur"' in prune[-1]


def test_rsync_sends_nothing_when_the_server_has_this_site(tmp_path):
    site = make_site(tmp_path / "b", SITE)
    run = Recorder(current=f"20250101T000000Z-{tree_digest(site)[:10]}")
    result = deploy(site, rsync_config(), run=run, environ={})
    assert not result.changed and len(run.commands) == 1


def test_ssh_key_and_known_hosts_come_from_the_environment_only(tmp_path):
    site = make_site(tmp_path / "b", SITE)
    seen = {}

    def run(command, **kwargs):
        if command[0] == "ssh" and "key" not in seen:
            key = command[command.index("-i") + 1]
            seen["key"] = open(key).read()
            seen["mode"] = os.stat(key).st_mode & 0o777
            option = next(o for o in command if o.startswith("UserKnownHostsFile="))
            seen["known"] = open(option.split("=", 1)[1]).read()
        return subprocess.CompletedProcess(command, 0, stdout="\n", stderr="")

    environ = {"PORTAL_DEPLOY_SSH_KEY": "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----",
               "PORTAL_DEPLOY_KNOWN_HOSTS": "mttq.example.gov.vn ssh-ed25519 AAAA"}
    deploy(site, rsync_config(), run=run, environ=environ)
    assert seen["key"].startswith("-----BEGIN") and seen["mode"] == 0o600
    assert seen["known"].startswith("mttq.example.gov.vn ssh-ed25519")


def test_rsync_failure_names_the_step_and_leaves_the_site_alone(tmp_path):
    def run(command, **kwargs):
        code = 23 if command[0] == "rsync" else 0
        return subprocess.CompletedProcess(command, code, stdout="\n", stderr="rsync: connection unexpectedly closed")

    with pytest.raises(DeployError, match="Tải trang lên \\(rsync\\) thất bại.*chưa bị thay đổi"):
        deploy(make_site(tmp_path / "b", SITE), rsync_config(), run=run, environ={})


def test_rsync_rollback_runs_one_remote_script():
    run = Recorder(current="20260102T030405Z-0123456789")
    rollback(rsync_config(), run=run, environ={})
    script = run.commands[-1][-1]
    assert "grep -B1" in script and "mv -Tf .current-new current" in script
    assert remote_script(rsync_config(), "rollback", "20250101T000000Z-0123456789").count("20250101T") == 1


def test_s3_uses_rclone_with_keys_from_the_environment(tmp_path):
    config = load_config({"target": "s3", "s3_bucket": "cong-tin", "s3_endpoint": "https://s3.example.vn",
                          "path": "/hoa-phong/"}, environ={})
    command = s3_command(config, "/tmp/site")
    assert command[:4] == ["rclone", "sync", "--checksum", "--fast-list"]
    assert command[-1] == ":s3,provider=Other,env_auth=true,endpoint='https://s3.example.vn':cong-tin/hoa-phong"
    assert not any("SECRET" in part or "KEY" in part for part in command)
    assert rsync_upload(rsync_config(), "/tmp/site/", "R", ["ssh"])[-2] == "/tmp/site/"


# --------------------------------------------------------------------------- precompression


def test_precompressed_files_are_deterministic_and_decompress_to_the_original(tmp_path):
    text = "<p>Mặt trận Tổ quốc Việt Nam xã Hòa Phong</p>\n" * 50
    files = {"index.html": text, "a.css": "body{color:#000}" * 40, "photo.webp": "binary", "tiny.txt": "a"}
    one, two = make_site(tmp_path / "one", files), make_site(tmp_path / "two", files)
    gz, _ = precompress(one)
    precompress(two)
    assert gz == 2  # html and css; not the photo; not a file that would grow
    data = (tmp_path / "one" / "index.html.gz").read_bytes()
    assert gzip.decompress(data).decode("utf-8") == text
    assert data[4:8] == b"\0\0\0\0"  # no time stamp in the gzip header
    assert tree_digest(one) == tree_digest(two)
    assert not (tmp_path / "one" / "photo.webp.gz").exists()
    try:
        import brotli
    except ImportError:
        return
    assert brotli.decompress((tmp_path / "one" / "index.html.br").read_bytes()).decode("utf-8") == text


FAKE_SSH = """#!/bin/sh
# Stands in for ssh: drops the options and the host, runs the command here.
while [ $# -gt 0 ]; do
  case "$1" in
    -p|-o|-i|-l) shift 2 ;;
    -*) shift ;;
    *) shift; break ;;
  esac
done
exec sh -c "$*"
"""


@pytest.mark.skipif(shutil.which("rsync") is None, reason="rsync is not installed on this machine")
def test_rsync_target_end_to_end_through_a_local_shell(tmp_path):
    shim = tmp_path / "fake-ssh"
    shim.write_text(FAKE_SSH)
    shim.chmod(0o755)

    def run(command, **kwargs):
        command = [str(shim) if part == "ssh" else part for part in command]
        if command[0] == "rsync":
            at_e = command.index("-e") + 1
            command[at_e] = command[at_e].replace("ssh", str(shim), 1)
        return subprocess.run(command, **kwargs)

    remote = tmp_path / "remote"
    config = load_config({"target": "rsync", "host": "deploy@localhost", "path": str(remote),
                          "keep_releases": 2}, environ={})
    ids = []
    for number in range(3):
        site = make_site(tmp_path / f"b{number}", {**SITE, "index.html": f"bản {number}"})
        ids.append(deploy(site, config, now=at(number), run=run, environ={}).release)
    assert sorted(os.listdir(remote / "releases")) == ids[1:]
    assert os.readlink(remote / "current") == f"releases/{ids[2]}"
    assert (remote / "current" / "index.html").read_text(encoding="utf-8") == "bản 2"
    css = [os.stat(remote / "releases" / r / "theme/css/site.css").st_ino for r in ids[1:]]
    assert css[0] == css[1]  # unchanged bytes: a hard link, not a second copy
    again = deploy(make_site(tmp_path / "b3", {**SITE, "index.html": "bản 2"}), config, now=at(9), run=run, environ={})
    assert not again.changed
    assert rollback(config, run=run, environ={}) == (ids[2], ids[1])
    assert (remote / "current" / "index.html").read_text(encoding="utf-8") == "bản 1"
    with pytest.raises(DeployError, match="không còn bản cũ hơn"):
        rollback(config, run=run, environ={})  # no older release left
    assert os.readlink(remote / "current") == f"releases/{ids[1]}"
