"""The preview's builds: one Pelican kept between builds; its read phase and its
two writing passes are ``portal_core.lifecycle``'s (``read_site``,
``write_in_two_passes``, with the build's own ``IncrementalWriter``).

See ``preview.py`` for the whole design.
"""

import functools
import gc
import logging
import time
import traceback
from dataclasses import dataclass, field

from jinja2 import BytecodeCache

from portal_core.lifecycle import captured_logs, read_site, write_in_two_passes
from portal_core.lifecycle.urls import MEMO_ATTRIBUTE
from portal_core.problems import ContentError

logger = logging.getLogger(__name__)


class MemoryBytecodeCache(BytecodeCache):
    """Jinja's compiled templates kept in memory between builds (Jinja checks
    each template's source, so an edited template is compiled again)."""

    def __init__(self):
        self._store = {}

    def load_bytecode(self, bucket):
        code = self._store.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket):
        self._store[bucket.key] = bucket.bytecode_to_string()

    def __reduce__(self):
        # Settings end up in Pelican's content cache: store an empty cache there.
        return (MemoryBytecodeCache, ())


@dataclass
class BuildResult:
    problems: list = field(default_factory=list)  # one line each, as printed
    warnings: list = field(default_factory=list)  # logged while reading (e.g. a missing alt text)
    interrupted: bool = False  # the second pass stopped for a newer save
    first: set = field(default_factory=set)  # files written by the first pass
    rest: set = field(default_factory=set)  # files written by the second pass
    first_seconds: float = 0.0  # from the start of the build to the end of the first pass
    seconds: float = 0.0


class _FirstPassCollection:
    """Python's cyclic garbage collection held back until the first pass is
    written (when there is one): with the previous build still in memory, the
    80-odd collections that reading 2,000 posts triggers cost some 0.05 s of
    the page the officer waits for; they run in the second pass instead (the
    same work: what they would free stays until then).  Collection resumes as
    it was, whatever happens."""

    def __init__(self, viewed, on_pass):
        self._on_pass = on_pass
        self._held = bool(viewed) and gc.isenabled()
        if self._held:
            gc.disable()

    def resume(self):
        if self._held:
            self._held = False
            gc.enable()

    def on_pass(self, written):
        try:
            if self._on_pass:  # the reload goes out first: the collection resuming may take a while
                self._on_pass(written)
        finally:
            self.resume()


class _UrlMemos:
    """Each post's and page's URL memo (``portal_core.lifecycle.urls``) handed
    from the last build's object to the new object of the same file, as Pelican
    makes it (``content_object_init``, before ``is_valid`` asks for ``save_as``).

    The reader cache gives every unchanged file a new ``Content`` object per
    build, and the memo lives in the object: without this each build formats
    every ``url`` and ``save_as`` again (2,000 posts: 4,000 formats, about a
    tenth of the first pass).  Safe because every memo entry is kept beside the
    inputs it came from and is given again only while they are equal (the class,
    the setting and the values it names): an edited slug, date or category is
    formatted again."""

    def __init__(self, items):
        self._memos = {}
        for item in items:
            memo = item.__dict__.get(MEMO_ATTRIBUTE)
            if memo and item.source_path:
                self._memos[(type(item), item.source_path)] = memo

    def __call__(self, item):
        memo = self._memos.get((type(item), getattr(item, "source_path", None)))
        if memo:
            mine = item.__dict__.setdefault(MEMO_ATTRIBUTE, {})
            for key, value in memo.items():
                mine.setdefault(key, value)


class _CacheSaves:
    """Pelican's reader caches written after the first pass instead of during the
    read (``CachingGenerator.generate_context`` ends with ``save_cache()`` of the
    generator and of its ``Readers``: some 0.09 s of pickling at 2,000 posts
    that the open page does not need).  The saves Pelican asks for are kept, in
    its order, and made by ``flush`` — after the first pass, or when the build
    ends whatever happens — so the cache files are the ones Pelican would write:
    the preview's next build loads them again from disk."""

    def __init__(self):
        self._pending = []

    def __call__(self, generator):
        # generator_init: the generator and its Readers exist; nothing is read yet.
        for cacher in (generator, getattr(generator, "readers", None)):
            if cacher is not None and hasattr(cacher, "save_cache"):
                cacher.save_cache = functools.partial(self._pending.append, cacher.save_cache)

    def flush(self):
        pending, self._pending = self._pending, []
        for save in pending:
            save()


class PreviewBuilder:
    """One ``Pelican`` kept between builds, with the reader cache on."""

    def __init__(self, settings_file, overrides=None):
        self.settings_file = str(settings_file)
        self.overrides = dict(overrides or {})
        self._items = []
        self._templates = MemoryBytecodeCache()  # compiled templates, kept between builds
        self._cache_saves = _CacheSaves()
        self.load(trust_cache=True)

    def load(self, trust_cache=True):
        """(Re)read the settings; ``trust_cache=False`` ignores the cache once."""
        from pelican import Pelican
        from pelican.settings import read_settings

        override = {**self.overrides, "CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": trust_cache,
                    "CONTENT_CACHING_LAYER": "reader", "GZIP_CACHE": False}
        self.settings = read_settings(self.settings_file, override=override)
        self.settings["JINJA_ENVIRONMENT"] = {**self.settings["JINJA_ENVIRONMENT"],
                                              "bytecode_cache": self._templates}
        self.pelican = Pelican(self.settings)
        self._trusted = trust_cache

    def _read(self):
        from pelican import signals

        carry = _UrlMemos(self._items)
        signals.content_object_init.connect(carry)
        signals.generator_init.connect(self._cache_saves)
        try:
            generators = read_site(self.settings, self.pelican)
        finally:
            signals.content_object_init.disconnect(carry)
            signals.generator_init.disconnect(self._cache_saves)
        for generator in generators:
            if hasattr(generator, "refresh_metadata_intersite_links"):
                generator.refresh_metadata_intersite_links()
        self._items = [
            item
            for generator in generators
            for name in ("articles", "drafts", "pages", "hidden_pages", "draft_pages")
            for item in getattr(generator, name, []) or []
        ]
        return generators

    @property
    def pages(self):
        """Source path -> output file of every post and page of the last build."""
        return {item.source_path: item.save_as for item in self._items}

    def build(self, viewed=(), on_pass=None, interrupt=None):
        """Read everything, then write ``viewed`` files first (and call
        ``on_pass(written)``), then the rest — unless ``interrupt`` (an Event)
        is set meanwhile; return a ``BuildResult``."""
        start = time.perf_counter()
        result = BuildResult()
        collecting = _FirstPassCollection(viewed, on_pass)

        def passed(written):
            try:
                collecting.on_pass(written)
            finally:
                self._cache_saves.flush()  # once the first pass is out (nothing left after it)

        try:
            with captured_logs() as records:
                try:
                    generators = self._read()
                finally:
                    # Errors come back as one ContentError; warnings are kept for the report.
                    result.warnings = [r.getMessage() for r in records if r.levelno == logging.WARNING]
            passes = write_in_two_passes(self.pelican, generators, viewed, passed, interrupt, started=start)
            result.first, result.rest = passes.first, passes.rest
            result.first_seconds, result.interrupted = passes.first_seconds, passes.interrupted
        except ContentError as error:
            result.problems = [str(p) for p in error.problems]
        except Exception as error:  # a theme or plugin error must not stop the preview
            logger.debug("%s", traceback.format_exc())
            result.problems = [f"Lỗi khi tạo trang: {type(error).__name__}: {error}"]
        finally:
            collecting.resume()
            self._cache_saves.flush()
            if not self._trusted:
                self.load(trust_cache=True)  # the cache written by this build is valid again
        result.seconds = time.perf_counter() - start
        return result
