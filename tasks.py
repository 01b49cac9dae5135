"""Tasks for Cổng tin: `invoke --list` is the manual."""

import os
import shutil
import sys
from pathlib import Path

from invoke import task

ROOT = Path(__file__).resolve().parent
VENV_BIN = Path(sys.executable).parent

CONFIG = {
    "content": ROOT / "content",
    "output": ROOT / "output",
    "settings": ROOT / "pelicanconf.py",
    "publish_settings": ROOT / "publishconf.py",
    "publish_output": ROOT / "output-publish",
    "host": "127.0.0.1",  # loopback only: the preview is not for the network
    "port": 8000,
}


def _pelican(c, settings, output, extra=""):
    c.run(f'"{VENV_BIN / "pelican"}" "{CONFIG["content"]}" -s "{settings}" -o "{output}" {extra}', pty=False)


@task
def build(c):
    """Build the portal for local preview into output/ (drafts shown under drafts/)."""
    _pelican(c, CONFIG["settings"], CONFIG["output"])


@task
def publish_build(c):
    """Build the production site with publishconf.py into output-publish/ (no drafts)."""
    _pelican(c, CONFIG["publish_settings"], CONFIG["publish_output"])


@task(pre=[build])
def serve(c, port=None):
    """Build, then serve the portal at http://127.0.0.1:8000 (Ctrl+C to stop)."""
    port = int(port or CONFIG["port"])
    print(f"Cổng tin đang chạy tại http://{CONFIG['host']}:{port}/ — bấm Ctrl+C để dừng.")
    _pelican(c, CONFIG["settings"], CONFIG["output"], f"--listen -b {CONFIG['host']} -p {port}")


@task
def clean(c):
    """Remove the built sites (output/, output-publish/) and caches."""
    for path in (CONFIG["output"], CONFIG["publish_output"], ROOT / "cache"):
        shutil.rmtree(path, ignore_errors=True)


@task
def setup_gates(c):
    """Install what the browser quality gates need when missing (chromium, Java, npm packages)."""
    c.run(f'PYTHON="{sys.executable}" bash "{ROOT / ".ci" / "setup-gates.sh"}"')


@task(pre=[setup_gates])
def test(c):
    """Run every test, including the browser quality gates (installs their tools when missing)."""
    os.chdir(ROOT)
    c.run(f'"{sys.executable}" -m pytest', pty=False)
