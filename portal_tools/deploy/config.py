"""The ``DEPLOY`` setting: defaults, environment overrides, checked once.

Every key can be overridden by an environment variable ``PORTAL_DEPLOY_<KEY>``
(``PORTAL_DEPLOY_TARGET=pages``, ``PORTAL_DEPLOY_PATH=/srv/www/portal``…), so a
CI job or a server can change where the site goes without editing files.
Secrets are never settings: they are read from the environment only, by the
target that needs them (``secret()``).
"""

import os
import re

from .errors import DeployError

TARGETS = ("directory", "rsync", "pages", "s3")

DEFAULTS = {
    "target": "directory",  # directory | rsync | pages | s3
    "path": "",  # directory/rsync: folder holding releases/ and current; s3: prefix in the bucket
    "host": "",  # rsync: user@server
    "port": 22,  # rsync: SSH port
    "keep_releases": 5,  # directory/rsync: releases kept for `invoke rollback`
    "pages_branch": "gh-pages",  # pages: branch served by GitHub/GitLab Pages
    "pages_remote": "origin",  # pages: git remote pushed to
    "pages_cname": "",  # pages: custom domain written to CNAME ("" = none)
    "s3_bucket": "",  # s3: bucket name
    "s3_endpoint": "",  # s3: endpoint of an S3-compatible service ("" = AWS)
    "compress": False,  # write .gz (and .br) beside text files before deploying
}

ENV_PREFIX = "PORTAL_DEPLOY_"

# Read from the environment only (CI secrets), never from settings files.
SECRETS = {
    "ssh_key": "PORTAL_DEPLOY_SSH_KEY",  # rsync: private key text, or a path to the key file
    "known_hosts": "PORTAL_DEPLOY_KNOWN_HOSTS",  # rsync: the server's known_hosts line(s)
}
_SECRET_WORDS = ("key", "token", "password", "secret", "pass")

_SAFE_REMOTE_PATH = re.compile(r"^[A-Za-z0-9._/~+-]+$")


def _coerce(key, value, source):
    default = DEFAULTS[key]
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on", "có"):
            return True
        if text in ("0", "false", "no", "off", "không", ""):
            return False
        raise DeployError(f"{source}: «{value}» không phải đúng/sai", "viết true hoặc false")
    if isinstance(default, int):
        try:
            return int(str(value).strip())
        except ValueError:
            raise DeployError(f"{source}: «{value}» không phải một số", f"ví dụ {default}") from None
    return str(value).strip()


def load_config(given=None, environ=None, overrides=None):
    """Merge ``DEPLOY`` (``given``), the environment and ``overrides`` (from the
    command line) over the defaults; return a new, checked dict."""
    given = dict(given or {})
    environ = os.environ if environ is None else environ
    unknown = sorted(set(given) - set(DEFAULTS))
    for key in unknown:
        if any(word in key.lower() for word in _SECRET_WORDS):
            raise DeployError(
                f"DEPLOY[{key!r}]: không được ghi bí mật (khoá, mật khẩu, token) trong tệp cấu hình",
                "xoá dòng này và đặt bí mật trong biến môi trường của máy chủ/CI, ví dụ "
                + ", ".join(SECRETS.values()),
            )
    if unknown:
        raise DeployError(
            f"DEPLOY: không biết khoá {', '.join(repr(k) for k in unknown)}",
            f"các khoá được dùng: {', '.join(DEFAULTS)}",
        )
    config = dict(DEFAULTS)
    for key, value in given.items():
        config[key] = _coerce(key, value, f"DEPLOY[{key!r}]")
    for key in DEFAULTS:
        name = ENV_PREFIX + key.upper()
        if environ.get(name, "") != "":
            config[key] = _coerce(key, environ[name], name)
    for key, value in (overrides or {}).items():
        if value is not None:
            config[key] = _coerce(key, value, f"--{key.replace('_', '-')}")
    _check(config)
    return config


def _check(config):
    target = config["target"]
    if target not in TARGETS:
        raise DeployError(f"nơi đăng «{target}» không được hỗ trợ", f"chọn một trong: {', '.join(TARGETS)}")
    if not 1 <= config["keep_releases"] <= 100:
        raise DeployError("keep_releases phải từ 1 đến 100", "ví dụ keep_releases: 5")
    if not 1 <= config["port"] <= 65535:
        raise DeployError(f"cổng SSH «{config['port']}» không hợp lệ", "thường là 22")
    if target in ("directory", "rsync") and not config["path"]:
        raise DeployError(
            "chưa có thư mục đăng trang (path)",
            "đặt DEPLOY['path'], biến môi trường PORTAL_DEPLOY_PATH, hoặc chạy invoke publish --dest THƯ-MỤC",
        )
    if target == "rsync":
        if not config["host"]:
            raise DeployError("chưa có máy chủ (host) để đăng qua SSH",
                              "đặt DEPLOY['host'] hoặc PORTAL_DEPLOY_HOST, ví dụ deploy@mttq.example.gov.vn")
        # The path is used in remote shell commands: keep it to plain characters.
        if not _SAFE_REMOTE_PATH.match(config["path"]):
            raise DeployError(f"đường dẫn trên máy chủ «{config['path']}» có ký tự không dùng được",
                              "chỉ dùng chữ không dấu, số, . _ - / ~, ví dụ /srv/www/cong-tin")
        if not re.match(r"^[A-Za-z0-9._@-]+$", config["host"]):
            raise DeployError(f"tên máy chủ «{config['host']}» không hợp lệ", "ví dụ deploy@mttq.example.gov.vn")
    if target == "pages" and not config["pages_branch"]:
        raise DeployError("chưa có nhánh Pages (pages_branch)", "thường là gh-pages")
    if target == "s3" and not config["s3_bucket"]:
        raise DeployError("chưa có tên bucket (s3_bucket)", "đặt DEPLOY['s3_bucket'] hoặc PORTAL_DEPLOY_S3_BUCKET")


def secret(name, environ=None):
    """The secret ``name`` (a key of ``SECRETS``) from the environment, or ""."""
    environ = os.environ if environ is None else environ
    return environ.get(SECRETS[name], "")
