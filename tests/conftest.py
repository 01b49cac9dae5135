"""Shared fixtures: ``build_site`` runs a real Pelican build of tiny fixture posts."""

import logging
import weakref
import textwrap
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]


def post(title, date="06/07/2021 08:30", category="Hoạt động Mặt trận", author="Kim Quy",
         body="Nội dung bài viết.", **extra):
    """Markdown text of a post with the given front matter (``extra`` keys as YAML)."""
    import yaml

    meta = {"title": title, "date": date, "category": category, "author": author, **extra}
    meta = {k: v for k, v in meta.items() if v is not None}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n\n{textwrap.dedent(body).strip()}\n"


def jpeg(width=800, height=600, color=(180, 30, 30), **save_args):
    """Bytes of a plain JPEG made with Pillow."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "JPEG", **save_args)
    return buffer.getvalue()


def write_files(content, files):
    """Write ``files`` (path relative to ``content`` -> text or bytes); return ``content``."""
    for rel, data in files.items():
        target = content / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            target.write_bytes(data)
        else:
            target.write_text(data, encoding="utf-8")
    return content


class Site:
    """A built site: its output folder plus helpers to read pages."""

    def __init__(self, output, content):
        self.output = output
        self.content = content

    def path(self, url):
        url = url.split("#")[0].lstrip("/")
        target = self.output / url
        return target / "index.html" if url.endswith("/") or url == "" else target

    def exists(self, url):
        return self.path(url).is_file()

    def soup(self, url):
        return BeautifulSoup(self.path(url).read_text(encoding="utf-8"), "html.parser")

    def html_files(self):
        """The residents' pages (the web editor's admin page under quan-tri/ is not one)."""
        return sorted(p for p in self.output.rglob("*.html") if p.relative_to(self.output).parts[0] != "quan-tri")


def run_pelican(content, output, settings_file="pelicanconf.py", **overrides):
    from pelican import Pelican
    from pelican.settings import read_settings

    settings = read_settings(
        str(ROOT / settings_file),
        override={"PATH": str(content), "OUTPUT_PATH": str(output), "THEME": str(ROOT / "theme"),
                  "PLUGIN_PATHS": [str(ROOT / "plugins")], **overrides},
    )
    Pelican(settings).run()


@pytest.fixture
def build_site(tmp_path):
    """Write ``posts`` (relative path -> text), ``pages`` and ``files`` (relative
    path -> bytes) under a fresh content folder, build it, return a ``Site``.
    ``publish=True`` builds with publishconf.py."""

    def build(posts=None, pages=None, files=None, publish=False, name="site", **overrides):
        content = tmp_path / name / "content"
        output = tmp_path / name / "output"
        for rel, text in (posts or {}).items():
            target = content / "posts" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        for rel, text in (pages or {}).items():
            target = content / "pages" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        for rel, data in (files or {}).items():
            target = content / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        (content / "posts").mkdir(parents=True, exist_ok=True)
        overrides.setdefault("CACHE_PATH", str(tmp_path / name / "cache"))
        run_pelican(content, output, "publishconf.py" if publish else "pelicanconf.py", **overrides)
        return Site(output, content)

    return build


@pytest.fixture(autouse=True)
def _quiet_pelican(caplog):
    caplog.set_level(logging.WARNING)


@pytest.fixture
def only_configured_plugins():
    """Pelican's signals are global: plugins that earlier tests' builds
    registered (with other PLUGINS) stay connected and would run here too.
    Each test starts with no receiver; the earlier ones are put back after.
    Used by tests that build with other PLUGINS than an earlier test's."""
    from blinker import Signal
    from pelican.plugins import signals

    def receivers(signal):
        found = (ref() if isinstance(ref, weakref.ref) else ref for ref in list(signal.receivers.values()))
        return [receiver for receiver in found if receiver is not None]

    every = [s for s in vars(signals).values() if isinstance(s, Signal)]
    saved = {signal: receivers(signal) for signal in every}
    for signal in every:
        for receiver in saved[signal]:
            signal.disconnect(receiver)
    yield
    for signal in every:
        for receiver in receivers(signal):
            signal.disconnect(receiver)
        for receiver in saved[signal]:
            signal.connect(receiver)
