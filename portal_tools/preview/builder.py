"""The preview's builds: one Pelican kept between builds, two writing passes.

See ``preview.py`` for the whole design.
"""

import contextlib
import logging
import os
import time
import traceback
from dataclasses import dataclass, field

from jinja2 import BytecodeCache

from portal_tools.check import read_site
from portal_tools.check.check import WarningCollector
from front_matter.rules import ContentError

logger = logging.getLogger(__name__)

def _selective_writer_class():
    from pelican.writers import Writer

    class SelectiveWriter(Writer):
        """Writes only the files ``wanted(name)`` accepts; records what it wrote."""

        def __init__(self, output_path, settings, wanted, interrupt=None):
            super().__init__(output_path, settings=settings)
            self.wanted = wanted
            self.interrupt = interrupt
            self.written = set()

        def write_file(self, name, *args, **kwargs):
            if name and not self.wanted(name):
                return None
            if self.interrupt is not None and self.interrupt.is_set():
                raise Interrupted(name)
            return super().write_file(name, *args, **kwargs)

        def write_feed(self, elements, context, path=None, *args, **kwargs):
            if path and not self.wanted(path):
                return None
            return super().write_feed(elements, context, path, *args, **kwargs)

        def _open_w(self, filename, encoding, override=False):
            self.written.add(os.path.relpath(filename, self.output_path).replace(os.sep, "/"))
            return super()._open_w(filename, encoding, override)

    return SelectiveWriter


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


@contextlib.contextmanager
def _captured_logs():
    """While reading, log records go to a list only (each problem is reported once).

    Pelican's loggers drop a message already logged once in the process
    (``LimitFilter``); each build starts afresh, as a new ``pelican`` run would."""
    from pelican.log import LimitFilter

    getattr(LimitFilter, "_raised_messages", set()).clear()
    collect = WarningCollector()
    root = logging.getLogger()
    handlers, root.handlers = root.handlers, [collect]
    try:
        yield collect.records
    finally:
        root.handlers = handlers


class Interrupted(Exception):
    """A newer save arrived during the second pass: the rest is left to the next build."""


@dataclass
class BuildResult:
    problems: list = field(default_factory=list)  # one line each, as printed
    warnings: list = field(default_factory=list)  # logged while reading (e.g. a missing alt text)
    interrupted: bool = False  # the second pass stopped for a newer save
    first: set = field(default_factory=set)  # files written by the first pass
    rest: set = field(default_factory=set)  # files written by the second pass
    first_seconds: float = 0.0  # from the start of the build to the end of the first pass
    seconds: float = 0.0


class PreviewBuilder:
    """One ``Pelican`` kept between builds, with the reader cache on."""

    def __init__(self, settings_file, overrides=None):
        self.settings_file = str(settings_file)
        self.overrides = dict(overrides or {})
        self._items = []
        self._templates = MemoryBytecodeCache()  # compiled templates, kept between builds
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
        generators = read_site(self.settings, self.pelican)
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
        from pelican import signals
        from pelican.generators import StaticGenerator

        start = time.perf_counter()
        result = BuildResult()
        try:
            with _captured_logs() as records:
                try:
                    generators = self._read()
                finally:
                    # Errors come back as one ContentError; warnings are kept for the report.
                    result.warnings = [r.getMessage() for r in records if r.levelno == logging.WARNING]
            writer_class = _selective_writer_class()
            output = self.pelican.output_path
            viewed = set(viewed)
            rest = generators
            if viewed:
                first = writer_class(output, self.settings, lambda name: name in viewed)
                # Whole-site outputs made after the posts (feeds, search index) wait
                # for the second pass; photos (page_writer_finalized) are copied now.
                with signals.article_writer_finalized.muted():
                    for generator in generators:
                        if hasattr(generator, "generate_output"):
                            generator.generate_output(first)
                result.first = first.written
                result.first_seconds = time.perf_counter() - start
                if on_pass:
                    on_pass(result.first)
                rest = [g for g in generators if not isinstance(g, StaticGenerator)]
            second = writer_class(output, self.settings, lambda name: name not in viewed,
                                  interrupt if viewed else None)
            try:
                for generator in rest:
                    if hasattr(generator, "generate_output"):
                        generator.generate_output(second)
            except Interrupted:
                result.interrupted = True
                result.rest = second.written
                result.seconds = time.perf_counter() - start
                return result
            signals.finalized.send(self.pelican)
            result.rest = second.written
            if not viewed:
                result.first_seconds = time.perf_counter() - start
            if on_pass:
                on_pass(result.rest)
        except ContentError as error:
            result.problems = [str(p) for p in error.problems]
        except Exception as error:  # a theme or plugin error must not stop the preview
            logger.debug("%s", traceback.format_exc())
            result.problems = [f"Lỗi khi tạo trang: {type(error).__name__}: {error}"]
        finally:
            if not self._trusted:
                self.load(trust_cache=True)  # the cache written by this build is valid again
        result.seconds = time.perf_counter() - start
        return result
