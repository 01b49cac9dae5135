"""Editor admin: the officers' web editor (Decap CMS) copied into the site at ``/quan-tri/``.

The editor's files come from npm (``decap-cms``, pinned in package.json and
package-lock.json; ``invoke editor-files`` runs ``npm ci --omit=dev``) and are
copied beside a generated ``index.html`` (noindex, not linked from any page)
and a ``config.yml`` generated from our settings by ``decap_config.py``: it is
never written by hand.  When ``node_modules`` lacks the editor, the build goes
on without it and logs one warning saying how to get it.  The admin page is not
a Pelican page, so the sitemap, the search index and the page-weight budget
never see it.

Settings read: ``EDITOR`` (dict, defaults in ``DEFAULTS``; unknown keys and bad
values rejected), ``PORTAL_CATEGORIES``, ``AUTHOR``, ``SITENAME``, ``SITEURL``,
``PUBLISH_SITEURL``, ``ARTICLE_PATHS``, ``PAGE_PATHS``, ``TIMEZONE``, ``THEME`` and
``THEME_ASSETS`` (the preview pane uses the portal's stylesheet, named by ``theme_assets``).
Metadata read: none.  Template variables provided: none.
"""

import datetime as dt
import logging
import os
import shutil
from zoneinfo import ZoneInfo

import yaml
from jinja2 import Environment, FileSystemLoader
from pelican import signals

from portal_core.settings import SettingsError, check_bools, merge
from portal_core.files import write_if_changed
from theme_assets import theme_assets

from .decap_config import editor_config

logger = logging.getLogger(__name__)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ADMIN_SCRIPT = os.path.join(HERE, "static", "cong-tin-admin.js")  # rules config.yml cannot express
BACKENDS = ("github", "gitlab", "gitea")

DEFAULTS = {
    "enabled": True,
    "path": "quan-tri/",  # address of the admin page under the site root
    "backend": "github",  # github | gitlab | gitea (Gitea and Forgejo)
    "repo": "",  # owner/name of the repository holding content/
    "branch": "main",
    "base_url": "",  # github: the OAuth helper's address; gitlab/gitea: the server's address
    "auth_endpoint": "",  # gitea: <server>/login/oauth/authorize
    "api_root": "",  # self-hosted gitlab (<server>/api/v4) or gitea (<server>/api/v1)
    "app_id": "",  # gitlab/gitea: client id of the OAuth application (PKCE, no secret)
    "auth_type": "",  # gitlab: "pkce"
    "local_url": "",  # set by `invoke editor`: the local backend's /api/v1 address
    "source": "",  # folder holding decap-cms.js; default node_modules/decap-cms/dist
}


class EditorSettingsError(SettingsError):
    """An ``EDITOR`` setting the build refuses; the message says what to write instead."""


def load_options(settings):
    """Merge ``EDITOR`` over the defaults once, checking every value."""
    options = merge(settings, "EDITOR", DEFAULTS, EditorSettingsError)
    check_bools(options, "EDITOR", ["enabled"], EditorSettingsError)
    if options["backend"] not in BACKENDS:
        raise EditorSettingsError(f"EDITOR['backend'] must be one of {BACKENDS}, not {options['backend']!r}")
    for key in set(DEFAULTS) - {"enabled"}:
        if not isinstance(options[key], str):
            raise EditorSettingsError(f"EDITOR[{key!r}] must be text, not {options[key]!r}")
    if options["repo"] and options["repo"].count("/") != 1:
        raise EditorSettingsError(f"EDITOR['repo'] must look like 'owner/name', not {options['repo']!r}")
    path = options["path"].strip("/")
    if not path or ".." in path.split("/"):
        raise EditorSettingsError(f"EDITOR['path'] must be a folder such as 'quan-tri/', not {options['path']!r}")
    options["path"] = path + "/"
    options["source"] = options["source"] or os.path.join(ROOT, "node_modules", "decap-cms", "dist")
    return options


def editor_files(source):
    """Names of the files the editor needs from ``source`` (its script, lazy chunks,
    WebAssembly and licence; no source maps, no ``cms.js`` duplicate)."""
    names = []
    for name in sorted(os.listdir(source)):
        if name == "decap-cms.js" or name.endswith((".decap-cms.js", ".wasm", "decap-cms.js.LICENSE.txt")):
            names.append(name)
    return names


def _copy_if_changed(source, target):
    if os.path.exists(target):
        a, b = os.stat(source), os.stat(target)
        if a.st_size == b.st_size and int(a.st_mtime) == int(b.st_mtime):
            return
    shutil.copy2(source, target)


def site_stylesheet(settings):
    """``(css_text, path under the site root)`` of the portal's stylesheet, so the editor's
    preview pane looks like the published article."""
    static = os.path.join(settings["THEME"], "static")
    return theme_assets.bundle_css(static, theme_assets.load_options(settings)["css"])



def render_index(settings, options):
    """The admin page's HTML (Jinja template beside this module)."""
    env = Environment(loader=FileSystemLoader(os.path.join(HERE, "templates")), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    depth = options["path"].strip("/").count("/") + 1
    return env.get_template("index.html").render(
        sitename=settings.get("SITENAME", ""), preview_style="../" * depth + site_stylesheet(settings)[1])


def config_yaml(settings, options, now=None):
    """``config.yml`` text for Decap CMS (photos go under the current year in Vietnam)."""
    zone = ZoneInfo(settings.get("TIMEZONE") or "Asia/Ho_Chi_Minh")
    year = (now or dt.datetime.now(dt.timezone.utc)).astimezone(zone).year
    documents = None
    if "van_ban" in settings.get("PLUGINS", []):  # the library's folder and types, as it checks them
        from van_ban.van_ban import load_options as document_options

        documents = document_options(settings)
    config = editor_config(settings, options, year, documents=documents)
    header = "# Generated by plugins/editor_admin from pelicanconf.py (EDITOR, PORTAL_CATEGORIES, AUTHOR): do not edit.\n"
    return header + yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=100)


def check_settings(pelican):
    load_options(pelican.settings)


def write_admin(pelican):
    # finalized: the output folder exists and every page has been written.
    settings = pelican.settings
    options = load_options(settings)
    if not options["enabled"]:
        return
    source = options["source"]
    if not os.path.isfile(os.path.join(source, "decap-cms.js")):
        logger.warning("Trình soạn thảo web /%s chưa được tạo: thiếu %s — chạy «invoke editor-files» "
                       "(cần Node.js và npm) rồi tạo lại trang.", options["path"],
                       os.path.relpath(os.path.join(source, "decap-cms.js"), ROOT))
        return
    target = os.path.join(pelican.output_path, *options["path"].strip("/").split("/"))
    os.makedirs(target, exist_ok=True)
    for name in editor_files(source):
        _copy_if_changed(os.path.join(source, name), os.path.join(target, name))
    with open(ADMIN_SCRIPT, "rb") as handle:
        write_if_changed(os.path.join(target, "cong-tin-admin.js"), handle.read())
    write_if_changed(os.path.join(target, "index.html"), render_index(settings, options).encode("utf-8"))
    write_if_changed(os.path.join(target, "config.yml"), config_yaml(settings, options).encode("utf-8"))
    if not options["repo"] and (settings.get("SITEURL") or "").startswith(("https://", "http://")):
        logger.warning("Trình soạn thảo web /%s: chưa đặt EDITOR['repo'] trong pelicanconf.py nên chưa "
                       "đăng nhập được (xem README, mục «Viết bài trên trình duyệt»); trên máy này dùng «invoke editor».",
                       options["path"])


def register():
    # initialized: bad EDITOR settings stop the build before anything is read.
    signals.initialized.connect(check_settings)
    # finalized: the output folder exists and every page has been written.
    signals.finalized.connect(write_admin)
