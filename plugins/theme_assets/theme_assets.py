"""Theme assets: the theme's CSS layers and components shipped as one file.

The CSS is written as GOV.UK-style layers (settings -> base -> objects ->
components -> utilities), one file per component beside its macro, but a phone
should fetch one small stylesheet: this plugin concatenates the files in layer
order, drops comments and indentation, and writes ``theme/css/site.<hash>.css``
(content-hashed, so it can be cached for ever and two builds are identical).

Settings read: ``THEME``; ``THEME_ASSETS`` (dict, defaults in ``DEFAULTS``:
``css``, the list of glob patterns under the theme's ``static/`` folder, in
layer order).
Template variables provided: ``stylesheet_url`` (path relative to the site root), and
``SITEURL`` as a Jinja global, for the macros of ``components/`` (imported without context).
"""

import glob
import hashlib
import logging
import os
import re

from pelican import signals

from portal_core.lifecycle import build_state
from portal_core.settings import SettingsError, merge

logger = logging.getLogger(__name__)

DEFAULTS = {
    "css": [
        "css/settings.css",
        "css/base.css",
        "css/objects.css",
        "css/components/*.css",
        "css/utilities.css",
        "css/print.css",
    ],
}


def load_options(settings):
    options = merge(settings, "THEME_ASSETS", DEFAULTS)
    if not all(isinstance(p, str) for p in options["css"]):
        raise SettingsError("THEME_ASSETS['css'] must be a list of glob patterns")
    return options


def minify_css(text):
    """Remove comments and layout whitespace; keeps the CSS meaning intact."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"\s*\n\s*", "\n", text)
    text = re.sub(r"\s*([{};,>])\s*", r"\1", text)
    text = re.sub(r":\s+", ":", text)
    return text.replace(";}", "}").strip() + "\n"


def bundle_css(static_dir, patterns):
    """Pure core: concatenate the matching files in pattern order; return
    ``(css_text, file_name)``."""
    parts, seen = [], set()
    for pattern in patterns:
        for path in sorted(glob.glob(os.path.join(static_dir, pattern))):
            if path not in seen:
                seen.add(path)
                with open(path, encoding="utf-8") as handle:
                    parts.append(handle.read())
    css = minify_css("\n".join(parts))
    digest = hashlib.sha256(css.encode()).hexdigest()[:10]
    return css, f"theme/css/site.{digest}.css"


def _theme_static(settings):
    return os.path.join(settings["THEME"], "static")


def provide_url(generator):
    # generator_init: templates need the file name before anything renders.
    # The theme's macros are imported without the page's context (Jinja caches them
    # that way), so they see SITEURL only as a global of the environment.
    generator.env.globals["SITEURL"] = generator.settings.get("SITEURL", "")
    context = generator.context
    if "stylesheet_url" in context:
        return
    state = build_state(context)
    options = state.options(load_options, generator.settings)
    css, name = bundle_css(_theme_static(generator.settings), options["css"])
    state.own(__name__, lambda: (generator.output_path, css, name))
    context["stylesheet_url"] = name


def write_bundle(path, context):
    # content_written: the first page is on disk (so is the output folder), and the
    # stylesheet it names must be too (the live preview shows that page at once).
    state = build_state(context)
    bundle = state.own(__name__)
    if bundle is None or not state.first_time("theme_assets: stylesheet"):
        return
    output_path, css, name = bundle
    target = os.path.join(output_path, name)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    if os.path.exists(target):
        return
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(css)
    logger.info("Stylesheet %s: %d bytes", name, len(css))


def register():
    signals.generator_init.connect(provide_url)
    signals.content_written.connect(write_bundle)
