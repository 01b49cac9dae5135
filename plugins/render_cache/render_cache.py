"""Render cache: values the templates need many times, computed once per build.

A 10,000-post build renders some 18,000 pages, and much of that time went on
values that are the same on every page they appear on:

- ``freeze_urls``: Pelican recomputes ``article.url`` on every access (the
  whole metadata dict is copied and the URL pattern formatted again), and one
  post is linked from a dozen pages.  Once every generator is finalized no
  metadata changes any more, so each article's and page's URL is stored in
  ``override_url``, the attribute through which Pelican's own ``url:``
  metadata overrides the pattern (``Content.get_url_setting``).  The value is
  the one Pelican computes at that moment, so nothing changes but the speed;
  an ``override_url`` already present (``url:`` metadata) is left alone;
  ``save_as`` is not touched (Pelican lets an overridden ``save_as`` overwrite
  files) and neither are static files (an ``{attach}`` link moves one while
  pages are written, and refuses to once ``override_url`` is set).
- the ``page_links`` Jinja filter: the number and URL of every page of a
  paginated list (``articles_paginator``), made once per list instead of once
  per link on every page (a 170-page category drew 170 x 170 ``Page`` objects);
- Jinja's ``auto_reload`` turned off: it checked the modification time of the
  page template and of every include and import on every page (ten ``stat``
  calls per article).  Pelican makes a new Jinja environment for each build
  (the live preview too), so an edited template is still read by the next one.
- compiled templates kept from one build to the next (Jinja's
  ``FileSystemBytecodeCache`` in ``CACHE_PATH/jinja/``): compiling the theme's
  templates took 0.45 s of every build, also of one where nothing changed.
  Jinja keys each entry by the template's file and checks its source, so an
  edited template is compiled again; what else shapes the compiled code (the
  ``JINJA_ENVIRONMENT`` options, the extensions, Jinja's and Python's version)
  names the cache's files (``env_key``), so a changed option uses new ones.
  When the cache has no compiled template for these options yet (a fresh
  clone, a CI build), a forked process compiles every template of the theme
  into it while Pelican reads the content (``compile_ahead``): reading leaves
  a core idle, and the pages then load the compiled templates instead of
  compiling them (some 0.3 s of the build process at every cold build).
- the ``fragment`` Jinja global: HTML that is the same on many pages (the
  banner and main menu, the footer, a post's news card) rendered once per
  build for each key and reused.  ``{% call fragment("nav", a, b) %}…{% endcall %}``
  renders its body the first time it meets the key ``("nav", a, b)`` and
  returns that HTML whenever it meets the key again; the key must hold every
  value the body reads that is not the same on every page of the build.  The
  memo lives in the generator's Jinja environment, which Pelican makes anew
  for each build (the live preview too), so nothing survives into the next
  build; a page is still rendered again whenever its digest changes
  (``portal_core.lifecycle``), and each rendering reads the fragments of this
  build only.  Objects in a key (posts, categories, lists) count by identity,
  and the memo keeps them alive, so an id is never reused within a build.
- Jinja's ``striptags`` filter memoised per build for text (the same output,
  computed once per text): a post's title and summary are stripped on its
  own page up to eight times (title, description, link previews, breadcrumb,
  share and feedback links), and the filter parses and unescapes every time.

Settings read: ``CACHE_PATH`` (default ``cache``), ``JINJA_ENVIRONMENT``, ``THEME``.
Metadata read: none (``url`` through Pelican).
Template variables provided: the Jinja filter ``page_links``
(``articles_paginator|page_links`` is the list of ``(number, url)`` pairs,
page 1 first) and the Jinja global ``fragment`` (above).
"""

import gc
import hashlib
import os
import sys
import threading
import weakref

import jinja2
from markupsafe import Markup
from jinja2.bccache import FileSystemBytecodeCache
from pelican import signals

from portal_core.lifecycle import build_state
from portal_core.workers import worker_count

# Every list of articles and pages the generators keep (published, hidden,
# drafts and their translations).
CONTENT_LISTS = (
    "articles", "translations", "drafts", "drafts_translations", "hidden_articles",
    "hidden_translations", "pages", "hidden_pages", "draft_pages", "draft_translations",
)


def freeze_urls(generators):
    # all_generators_finalized: every post and page is read and no plugin changes
    # slugs, dates or categories later; nothing has been written yet.
    for generator in generators:
        for name in CONTENT_LISTS:
            for content in getattr(generator, name, None) or ():
                if not hasattr(content, "override_url"):
                    content.override_url = content.url


def paginator_links(paginator):
    """``(number, url)`` of pages 1..N of ``paginator`` (Pelican's ``Page.url``)."""
    return [(number, paginator.page(number).url) for number in paginator.page_range]


# Key parts compared by type and value (``1``, ``True`` and ``Markup("1")`` differ);
# an undefined variable by its type and name (Jinja makes a new one at each look-up);
# anything else (posts, categories, lists, dicts) by identity.
VALUE_TYPES = (str, int, float, type(None))


def _key_part(value):
    if isinstance(value, VALUE_TYPES):
        return type(value), value
    if isinstance(value, jinja2.Undefined):
        return type(value), "undefined", value._undefined_name
    return None, id(value)


class Fragments:
    """``fragment``: HTML rendered once per key for the life of one Jinja
    environment (one build), then reused."""

    def __init__(self):
        self._store = {}  # key -> (html, the key's values, kept alive)

    def __call__(self, name, *values, caller):
        key = (name, *map(_key_part, values))
        hit = self._store.get(key)
        if hit is None:
            hit = self._store[key] = (caller(), values)
        return hit[0]


def memoised_text_filter(function):
    """``function`` (a pure filter of one text) remembering its result per text;
    other values (numbers, undefined…) are passed through to it each time."""
    results = {}

    def text_filter(value):
        if type(value) is not str and type(value) is not Markup:
            return function(value)
        result = results.get(value)
        if result is None:
            result = results[value] = function(value)
        return result

    text_filter.__name__ = getattr(function, "__name__", "text_filter")
    return text_filter


def add_filters(generator):
    # generator_init: the earliest point at which each generator's Jinja env exists.
    # The cache lives as long as this generator (one build) and forgets each
    # paginator when Pelican drops it after writing its pages.
    cache = weakref.WeakKeyDictionary()

    def page_links(paginator):
        links = cache.get(paginator)
        if links is None:
            links = cache[paginator] = paginator_links(paginator)
        return links

    generator.env.filters["page_links"] = page_links
    generator.env.filters["striptags"] = memoised_text_filter(generator.env.filters["striptags"])
    generator.env.globals["fragment"] = Fragments()
    generator.env.auto_reload = False  # one environment per build: nothing to reload


def _bytecode_folder(settings):
    return os.path.join(settings.get("CACHE_PATH") or "cache", "jinja")


def keep_compiled_templates(generator):
    # generator_init: before the generator loads its first template.
    folder = _bytecode_folder(generator.settings)
    os.makedirs(folder, exist_ok=True)
    generator.env.bytecode_cache = FileSystemBytecodeCache(folder, f"{env_key(generator.env)}-%s.cache")


def theme_templates(settings):
    """The names of the theme's templates (``components/news_card.html``), sorted."""
    root = os.path.join(settings.get("THEME", ""), "templates")
    names = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        relative = os.path.relpath(folder, root)
        names.extend(
            name if relative == "." else f"{relative}/{name}".replace(os.sep, "/")
            for name in files if name.endswith(".html")
        )
    return sorted(names)


class _Compiler:
    """The forked process compiling the theme into the bytecode cache, and the
    thread that waits for it (so it never stays a zombie, whatever the build does)."""

    def __init__(self, pid):
        self.waiter = threading.Thread(target=os.waitpid, args=(pid, 0), daemon=True)
        self.waiter.start()


def _compile_all(env, names):
    """In the forked process: compile ``names`` into ``env``'s bytecode cache."""
    gc.freeze()  # the collector never walks (and copies) the build's inherited objects
    for name in names:
        try:
            env.get_template(name)
        except Exception:  # noqa: BLE001 (a broken template is reported by the page that uses it)
            pass


def compile_ahead(generator):
    # article_generator_init: once per build, after the generator_init receivers gave the
    # articles' Jinja environment its filters, before reading, which leaves a core idle.
    env, settings = generator.env, generator.settings
    if not hasattr(os, "fork") or worker_count() < 2 or not isinstance(env.bytecode_cache, FileSystemBytecodeCache):
        return
    state = build_state(generator.context)
    if not state.first_time("render_cache: compile ahead"):
        return
    prefix = f"{env_key(env)}-"
    with os.scandir(_bytecode_folder(settings)) as entries:
        if any(entry.name.startswith(prefix) and entry.name.endswith(".cache") for entry in entries):
            return  # compiled by an earlier build: each template is loaded, or compiled when edited
    names = theme_templates(settings)
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        try:
            _compile_all(env, names)
        finally:
            os._exit(0)
    state.own(__name__, lambda: _Compiler(pid))


def wait_for_compiled_templates(generators):
    # all_generators_finalized: the pages are rendered after it; they find the
    # templates compiled once the compiling process has ended.
    compiler = build_state(generators[0].context).own(__name__) if generators else None
    if compiler is not None:
        compiler.waiter.join()


def env_key(env):
    """A short digest of what, besides a template's source, shapes its compiled code."""
    options = (
        jinja2.__version__, sys.version, sorted(env.extensions),
        env.block_start_string, env.block_end_string, env.variable_start_string,
        env.variable_end_string, env.comment_start_string, env.comment_end_string,
        env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks, env.lstrip_blocks,
        env.newline_sequence, env.keep_trailing_newline, env.optimized,
        # a function deciding by template name: its name (its repr holds an address)
        env.autoescape if isinstance(env.autoescape, bool) else getattr(
            env.autoescape, "__qualname__", type(env.autoescape).__name__),
    )
    return hashlib.sha1(repr(options).encode("utf-8")).hexdigest()[:16]


def register():
    signals.generator_init.connect(add_filters)
    signals.generator_init.connect(keep_compiled_templates)
    signals.article_generator_init.connect(compile_ahead)
    signals.all_generators_finalized.connect(wait_for_compiled_templates)
    signals.all_generators_finalized.connect(freeze_urls)
