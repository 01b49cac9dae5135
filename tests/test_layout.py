"""The project's shape (issue 14): plugins/ holds exactly the Pelican plugins, the code is an
installed package (no path edits), and Pelican loads each plugin module once, by one name."""

import runpy
import sys
from pathlib import Path

from conftest import ROOT, post

PLUGINS = runpy.run_path(str(ROOT / "pelicanconf.py"))["PLUGINS"]


def test_plugins_folder_holds_exactly_the_configured_plugins():
    folders = sorted(p.name for p in (ROOT / "plugins").iterdir() if (p / "__init__.py").is_file())
    assert folders == sorted(PLUGINS)
    for name in PLUGINS:
        assert "def register" in (ROOT / "plugins" / name / f"{name}.py").read_text(encoding="utf-8")


def test_no_path_edits_anywhere_but_the_quickstart_line():
    found = []
    for path in ROOT.rglob("*.py"):
        if any(part in (".venv", "node_modules") or part.startswith(".") for part in path.relative_to(ROOT).parts):
            continue
        text = path.read_text(encoding="utf-8")
        for needle in ("sys.path.insert", "sys.path.append", "PYTHONPATH"):
            if needle in text and path != Path(__file__):
                found.append(f"{path.relative_to(ROOT)}: {needle}")
    assert found == ["publishconf.py: sys.path.insert"]


def test_pelican_and_our_imports_share_one_module_per_plugin(build_site):
    import vietnamese.vietnamese  # as the other plugins and the tools import it

    build_site(posts={"2021/a.md": post("Bài A")})
    for name in PLUGINS:
        module = sys.modules[name]
        assert Path(module.__file__) == ROOT / "plugins" / name / "__init__.py"
        twins = [key for key, other in list(sys.modules.items())
                 if key != name and getattr(other, "__file__", None) == module.__file__]
        assert twins == []
    assert sys.modules["vietnamese.vietnamese"] is vietnamese.vietnamese
