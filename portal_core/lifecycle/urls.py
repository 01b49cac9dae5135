"""Pelican's URL formatting, memoised per post or page (Pelican 4.12's ``Content``).

Pelican formats a post's ``url`` and ``save_as`` again on every access
(``Content.get_url_setting`` → ``_expand_settings`` → ``url_format``: a copy of
the metadata, the source path made relative to the content folder, then
``str.format``); a 10,000-post build asks some 70,000 times, and each of them
costs more than the page's own share of the digests.  ``memoize_content_urls()``
(once per process, from the page_writer plugin) makes each object remember
the answer beside the inputs it came from, and give it again only while those
inputs are the same:

- ``override_url`` / ``override_save_as`` (metadata ``url``, ``save_as``, or a
  static file attached to a post): returned as Pelican does, never memoised;
- which setting is formatted: the class (``Article``, ``Page``, ``Static``…),
  ``status`` (drafts have their own settings), ``in_default_lang``
  (translations use ``LANG_*``), and the setting's text itself;
- the values the setting names, and only those: ``slug``, ``lang``, ``date``
  (with its time zone), ``author`` and ``category`` (their slugs), ``path``
  (the metadata's, else the source path relative to ``PATH``), any other
  field from ``metadata``, as ``url_format`` fills them.

``get_relative_source_path`` is memoised the same way (key: the source path,
``PATH`` and, when ``PATH`` is relative, the working folder), and a source
under ``PATH`` gets it without ``os.path.relpath``'s splitting (the same text).  A class that
formats its URLs in its own way (its own ``_expand_settings``) is not
memoised.  The memo lives in the object (``MEMO_ATTRIBUTE``, which the page
digests skip) and dies with it: nothing survives a build.

``tests/portal_core/test_urls.py`` pins what this relies on: the memoised
answers equal Pelican's own before and after each input changes, and the
source of the Pelican functions read here is the one this module was written
against (a Pelican upgrade fails there, with the list of what to re-read).
"""

import datetime
import functools
import os
import re
import string

MEMO_ATTRIBUTE = "_portal_url_memo"
_MISSING = object()
_ORIGINALS = {}  # Pelican's own functions, kept once per process (the patch is installed once)
_EXPANDERS = {}  # see memoize_content_urls
# Fields ``url_format`` takes from the object rather than from its metadata.
_OWN_FIELDS = frozenset({"path", "slug", "lang", "date", "author", "category"})


def memoize_content_urls():
    """Install the memo on Pelican's ``Content`` (idempotent)."""
    from pelican.contents import Article, Content, Page

    if _ORIGINALS:
        return
    # Each ``_expand_settings`` of Pelican's classes -> how it names the setting's class.
    _EXPANDERS[Content._expand_settings] = lambda item: type(item).__name__
    _EXPANDERS[Article._expand_settings] = lambda item: "draft" if item.status == "draft" else "article"
    _EXPANDERS[Page._expand_settings] = (
        lambda item: "draft_page" if item.status == "draft" else type(item).__name__)
    _ORIGINALS["get_url_setting"] = Content.get_url_setting
    _ORIGINALS["get_relative_source_path"] = Content.get_relative_source_path
    Content.get_url_setting = _get_url_setting
    Content.get_relative_source_path = _get_relative_source_path


def original(name):
    """Pelican's own function ``name`` (for the contract test), whether or not the memo is installed."""
    from pelican.contents import Content

    return _ORIGINALS.get(name) or getattr(Content, name)


def _memo(item):
    memo = item.__dict__.get(MEMO_ATTRIBUTE)
    if memo is None:
        memo = item.__dict__[MEMO_ATTRIBUTE] = {}
    return memo


@functools.lru_cache(maxsize=256)
def _fields(pattern):
    """The names of the values ``pattern`` (a ``*_URL`` / ``*_SAVE_AS`` setting) formats,
    with nested fields of format specs (``{date:%Y}`` → ``date``)."""
    names = []
    stack = [pattern]
    while stack:
        for _, field, spec, _ in string.Formatter().parse(stack.pop()):
            if field is not None:
                names.append(re.split(r"[.\[]", field, maxsplit=1)[0])
            if spec and "{" in spec:
                stack.append(spec)
    return tuple(dict.fromkeys(names))


def _setting_class(item):
    """The class part of the setting ``item`` formats (``ARTICLE`` in ``ARTICLE_URL``),
    as Pelican 4.12's ``_expand_settings`` chooses it; None for a class of its own."""
    expander = _EXPANDERS.get(type(item)._expand_settings)
    return None if expander is None else expander(item)


def _field_value(item, name):
    """What ``url_format`` gives the field ``name`` of ``item``, as a comparable value."""
    if name == "slug":
        return getattr(item, "slug", "")
    if name == "category":
        return item.category.slug if hasattr(item, "category") else ""
    if name == "date":
        date = getattr(item, "date", _MISSING)  # missing: Pelican formats "now"
        return (date, date.tzinfo) if isinstance(date, datetime.datetime) else date
    if name == "lang":
        return getattr(item, "lang", "en")
    if name == "path":
        path = item.metadata.get("path", _MISSING)
        return item.get_relative_source_path() if path is _MISSING else ("metadata", path)
    if name == "author":
        return item.author.slug if hasattr(item, "author") else ""
    value = item.metadata.get(name, _MISSING)
    return value if value is _MISSING else (type(value), value)


def _get_url_setting(self, key):
    override = getattr(self, "override_" + key, _MISSING)
    if override is not _MISSING:
        return override
    klass = _setting_class(self)
    if klass is None:
        return _ORIGINALS["get_url_setting"](self, key)
    fq_key = f"{klass}_{key if self.in_default_lang else 'lang_' + key}".upper()
    pattern = str(self.settings[fq_key])
    inputs = (fq_key, pattern, *(_field_value(self, name) for name in _fields(pattern)))
    memo = _memo(self)
    hit = memo.get(key)
    if hit is not None and hit[0] == inputs:
        return hit[1]
    value = _ORIGINALS["get_url_setting"](self, key)
    if _MISSING not in inputs:
        memo[key] = (inputs, value)
    return value


def _get_relative_source_path(self, source_path=None):
    if not source_path:
        source_path = self.source_path
    if source_path is None:
        return None
    base = self.settings["PATH"]
    inputs = (source_path, base, None if os.path.isabs(base) else os.getcwd())
    memo = _memo(self).setdefault("relative_source_path", {})
    hit = memo.get(inputs)
    if hit is None:
        hit = memo[inputs] = _relative_source_path(self, source_path, base)
    return hit


@functools.lru_cache(maxsize=64)
def _root(base, cwd):
    """``PATH`` made absolute (``cwd``: the working folder it is relative to, None
    when it is absolute), with a separator at the end; None for the file system's root."""
    root = os.path.abspath(base if cwd is None else os.path.join(cwd, base))
    return None if root == os.sep else root + os.sep


def _relative_source_path(item, source_path, base):
    """Pelican's ``get_relative_source_path``: ``os.path.relpath`` of the source's
    absolute path from ``PATH``'s, slashes as separators.  A source under ``PATH``
    (every file a generator reads: Pelican joins and normalises its path) is its
    path after ``PATH``'s, which is what ``relpath`` finds, without its splitting
    and joining (10,000 posts: 0.1 s per build); any other goes to Pelican."""
    full = os.path.abspath(os.path.join(base, source_path))
    root = _root(base, None if os.path.isabs(base) else os.getcwd())
    if root is not None and full.startswith(root) and len(full) > len(root):
        return full[len(root):].replace(os.sep, "/")
    return _ORIGINALS["get_relative_source_path"](item, source_path)
