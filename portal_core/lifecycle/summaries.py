"""Summaries cut from a post's body, kept from one build to the next.

A post without a ``summary`` in its front matter gets the first
``SUMMARY_MAX_LENGTH`` words of its body (Pelican 4.12's ``Content.get_summary``:
``truncate_html_words`` walks the HTML with Python's ``HTMLParser``; some 1.4 s
per build at 10,000 posts, most of them unchanged).  ``memoize_summaries()``
(once per process, from the page_writer plugin) wraps ``get_summary``: the
summary of a body already cut by an earlier build is taken from
``CACHE_PATH/summaries.json``, keyed by a digest of what the cut is made of:

- the body as Pelican gives it to the cut (``item.content``: links resolved);
- ``SUMMARY_MAX_PARAGRAPHS``, ``SUMMARY_MAX_LENGTH``, ``SUMMARY_END_SUFFIX``;
- Pelican's version (its cut and its removal of tables of contents).

A post with a ``summary`` in its metadata, or a class with its own
``get_summary``, goes to Pelican as before.  The store belongs to one build
(``build_state``): it is read at the first summary asked for and written at
``finalized`` with the summaries that build used, when they differ from what
it read.  Within a build Pelican's own memo (``memoized``, per object and
site URL) is kept, as stock Pelican has it.
"""

import hashlib
import json
import logging
import os

from .state import build_state

logger = logging.getLogger(__name__)

STORE_NAME = "summaries.json"
STORE_VERSION = 1
_ORIGINALS = {}  # Pelican's own get_summary (its function under ``memoized``), kept once per process


def memoize_summaries():
    """Wrap Pelican's ``Content.get_summary`` (idempotent)."""
    from pelican.contents import Content
    from pelican.utils import memoized

    if _ORIGINALS:
        return
    original = Content.__dict__["get_summary"]
    _ORIGINALS["get_summary"] = original.func  # memoized: the function it wraps
    Content.get_summary = memoized(_get_summary)


def summary_key(content, settings, version):
    """The digest a summary is stored under (see the module docstring)."""
    parts = [str(settings.get("SUMMARY_MAX_PARAGRAPHS")), str(settings.get("SUMMARY_MAX_LENGTH")),
             str(settings.get("SUMMARY_END_SUFFIX")), version, content]
    return hashlib.blake2b("\x00".join(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class SummaryStore:
    """The summaries of one build, and of the last one (read from ``path``)."""

    def __init__(self, settings):
        import pelican
        from pelican import signals

        self.settings = settings
        self.path = os.path.join(settings.get("CACHE_PATH") or "cache", STORE_NAME)
        self.version = pelican.__version__
        self.previous = self._read()
        self.used = {}
        # Weak: a store left by a failed build goes away with it.
        signals.finalized.connect(self.save)

    def _read(self):
        try:
            with open(self.path, encoding="utf-8") as handle:
                stored = json.load(handle)
        except (OSError, ValueError):
            return {}
        if not isinstance(stored, dict) or stored.get("version") != STORE_VERSION:
            return {}
        summaries = stored.get("summaries")
        return summaries if isinstance(summaries, dict) else {}

    def get(self, key):
        summary = self.used.get(key)
        if summary is None:
            summary = self.previous.get(key)
            if isinstance(summary, str):
                self.used[key] = summary
            else:
                summary = None
        return summary

    def put(self, key, summary):
        self.used[key] = summary

    def save(self, pelican_object):
        # finalized: every page is rendered, so every summary of the build was asked for.
        from pelican import signals

        if getattr(pelican_object, "settings", None) is not self.settings:
            return
        signals.finalized.disconnect(self.save)
        if self.used == self.previous:
            return
        try:
            os.makedirs(os.path.dirname(self.path) or ".", exist_ok=True)
            temporary = self.path + ".tmp"
            with open(temporary, "w", encoding="utf-8") as handle:
                json.dump({"version": STORE_VERSION, "summaries": self.used}, handle,
                          ensure_ascii=False, separators=(",", ":"))
            os.replace(temporary, self.path)
        except OSError as error:  # a cache: the next build cuts them again
            logger.warning("Không ghi được bộ nhớ đệm tóm tắt %s: %s", self.path, error)


def _store(item):
    context = getattr(item, "_context", None)
    if not isinstance(context, dict) or "generated_content" not in context:
        return None  # not read by a build's generator (no build to share the store with)
    return build_state(context).own(__name__, lambda: SummaryStore(item.settings))


def _get_summary(self, siteurl):
    original = _ORIGINALS["get_summary"]
    if "summary" in self.metadata or self.settings.get("SUMMARY_MAX_LENGTH") is None:
        return original(self, siteurl)
    store = _store(self)
    if store is None:
        return original(self, siteurl)
    key = summary_key(self.content, self.settings, store.version)
    summary = store.get(key)
    if summary is None:
        summary = original(self, siteurl)
        store.put(key, summary)
    return summary
