"""Every theme component renders its examples as a reader (and a screen reader) needs.

A component is ``theme/templates/components/<name>.html`` (a macro ``<name>(params)``),
``theme/static/css/components/<name>.css`` (rules for the ``ct-<name>`` block only, with
``_`` spelt ``-``) and ``tests/theme/components/<name>.py``: its ``examples()``, each
rendered here through the Jinja environment of a real publish build (the plugins'
filters and globals) and checked on the parsed HTML (the GOV.UK Frontend model).
"""

import importlib.util
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from markupsafe import Markup

from conftest import ROOT

THEME = ROOT / "theme"
MACROS = THEME / "templates" / "components"
STYLES = THEME / "static" / "css" / "components"
EXAMPLES = Path(__file__).parent / "components"
# Classes any component may use besides its own block: objects, the base layer's shared
# headings (base.css) and utilities.
SHARED = {"ct-container", "ct-section", "ct-section__title", "ct-visually-hidden"}


def names(folder, suffix):
    return sorted(p.name[: -len(suffix)] for p in folder.glob("*" + suffix) if not p.name.startswith("_"))


def block(name):
    return "ct-" + name.replace("_", "-")


def load_examples(name):
    spec = importlib.util.spec_from_file_location(f"component_examples_{name}", EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    """Settings and Jinja environment exactly as a publish build makes them."""
    from pelican import Pelican
    from pelican.generators import Generator
    from pelican.settings import read_settings

    root = tmp_path_factory.mktemp("components")
    (root / "content").mkdir()
    settings = read_settings(str(ROOT / "publishconf.py"), override={
        "PATH": str(root / "content"), "OUTPUT_PATH": str(root / "output"), "THEME": str(THEME),
        "PLUGIN_PATHS": [str(ROOT / "plugins")], "CACHE_PATH": str(root / "cache")})
    Pelican(settings)  # registers the plugins, whose generator_init handlers add filters and globals
    generator = Generator({}, settings, settings["PATH"], settings["THEME"], settings["OUTPUT_PATH"])
    return settings, generator.env


def render(env, name, example, params):
    """The HTML of ``{{ name(params) }}`` (``{% call %}`` when the example has a caller)."""
    head = f'{{% from "components/{name}.html" import {name} %}}'
    if "caller" in example:
        body = f"{{% call {name}(params) %}}{{{{ caller_html }}}}{{% endcall %}}"
    else:
        body = f"{{{{ {name}(params) }}}}"
    return env.from_string(head + body).render(params=params, caller_html=Markup(example.get("caller", "")))


CASES = [(name, title) for name in names(EXAMPLES, ".py")
         for title in load_examples(name).examples()]


def test_each_component_is_a_macro_a_stylesheet_and_examples_of_the_same_name():
    assert names(MACROS, ".html") == names(STYLES, ".css") == names(EXAMPLES, ".py")
    for name in names(MACROS, ".html"):
        assert re.search(rf"{{% macro {name}\(params\) %}}", (MACROS / f"{name}.html").read_text()), name


@pytest.mark.parametrize("name", names(STYLES, ".css"))
def test_each_stylesheet_styles_only_its_own_block(name):
    css = re.sub(r"/\*.*?\*/", "", (STYLES / f"{name}.css").read_text(), flags=re.S)
    selectors = [s for s in re.findall(r"([^{}]+)\{", css) if not s.strip().startswith("@")]
    assert selectors, name
    own = re.compile(rf"^{block(name)}(__[a-z0-9-]+)?(--[a-z0-9-]+)?$")
    for selector in selectors:
        classes = re.findall(r"\.([a-zA-Z0-9_-]+)", selector)
        assert classes and all(own.match(c) for c in classes), (name, selector.strip())


@pytest.mark.parametrize("name,title", CASES)
def test_component_example(build, name, title):
    settings, env = build
    module = load_examples(name)
    example = module.examples()[title]
    params = example["params"](settings) if callable(example["params"]) else example["params"]
    html = render(env, name, example, params)
    soup = BeautifulSoup(html, "html.parser")
    if example.get("empty"):
        assert not html.strip(), html
        return
    root = soup.find(True)
    assert block(name) in root.get("class", []), root
    allowed = {block(n) for n in [name, *getattr(module, "NESTS", [])]}
    for tag in soup.find_all(class_=True):
        for cls in tag["class"]:
            if cls.startswith("ct-"):
                assert cls in SHARED or re.sub(r"(__|--).*$", "", cls) in allowed, (name, title, cls)
    for link in soup.find_all("a"):
        href = link.get("href", "")
        assert href and not href.startswith("/"), (name, title, href)  # absolute in a publish build
        assert link.get_text(strip=True), (name, title, "link without text")
    for img in soup.find_all("img"):
        assert img.has_attr("alt") and img.get("width") and img.get("height"), (name, title, img)
    example["check"](root, soup)


TEMPLATES = sorted((THEME / "templates").rglob("*.html"))
# A site path written in a template: "{{ SITEURL }}/tin-da-dua/", SITEURL ~ "/the/", ("…", "tac-gia/").
HARD_CODED = re.compile(r'SITEURL \}\}/[a-z]|SITEURL ~ "/[a-z]|"[a-z0-9-]+/(?:[a-z0-9%{}-]+/)*"')


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(THEME / "templates")))
def test_templates_take_every_site_path_from_settings(path):
    text = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)
    assert not HARD_CODED.findall(text), HARD_CODED.findall(text)
