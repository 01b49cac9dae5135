"""The live preview's write phase: the pages open in the browser first, then the rest.

The same ``IncrementalWriter`` as every build, driven by hand instead of by
``Pelican.run()``.  The first pass queues only the viewed pages, when they are
posts, drafts or pages: the article generator's own loops (``generate_articles``,
``generate_drafts``) are run with a writer that lets only those through, the
page and static generators run whole (few pages; they publish the photos and
attachments the open page shows); the viewed pages are rendered and reported.
Then every other generator queues its pages (``article_writer_finalized`` held
back), the signal is sent as Pelican sends it (feeds, search index start), the
rest is rendered — stopped between chunks when a newer save arrives — and
``finalized`` ends the build as in ``Pelican.run()``.  When a viewed page is a
listing (the home page, a category), the first pass waits until every
generator has queued its pages.
"""

import time
from dataclasses import dataclass, field
from functools import partial

from .writer import IncrementalWriter


@dataclass
class Passes:
    first: set = field(default_factory=set)  # files written by the first pass
    rest: set = field(default_factory=set)  # files written by the second pass
    first_seconds: float = 0.0  # until the first pass was reported
    interrupted: bool = False  # the second pass stopped for a newer save


class _Only:
    """A writer that queues into ``writer`` only the pages named in ``names``."""

    def __init__(self, writer, names):
        self.writer = writer
        self.names = names
        self.queued = set()

    def write_file(self, name, *args, **kwargs):
        if name in self.names:
            self.writer.write_file(name, *args, **kwargs)
            self.queued.add(name)


def _queue_viewed(generators, writer, viewed):
    """Queue the ``viewed`` pages that are posts or drafts, as the article generator
    would, and run the generators of pages and static files whole; return the names
    the article generator queued and the generators that have written."""
    from pelican import signals
    from pelican.generators import ArticlesGenerator, PagesGenerator, StaticGenerator

    only = _Only(writer, viewed)
    done = []
    # Sent when the article generator writes them all, in the second pass (the
    # search index starts at the first ``article_generator_write_article``).
    with signals.article_generator_write_article.muted():
        for generator in generators:
            if isinstance(generator, ArticlesGenerator):
                write = partial(only.write_file, relative_urls=generator.settings["RELATIVE_URLS"])
                generator.generate_articles(write)
                generator.generate_drafts(write)
    for generator in generators:
        if isinstance(generator, (PagesGenerator, StaticGenerator)):
            generator.generate_output(writer)
            done.append(generator)
    return only.queued, done


def write_in_two_passes(pelican, generators, viewed=(), on_pass=None, interrupt=None, started=None):
    """Write the build of ``generators`` (already read) into ``pelican``'s output:
    ``viewed`` files first (then ``on_pass(written)``), then the rest unless
    ``interrupt`` is set meanwhile; return ``Passes``."""
    from pelican import signals
    from pelican.generators import ArticlesGenerator

    started = time.perf_counter() if started is None else started
    viewed = set(viewed)
    result = Passes()
    writer = IncrementalWriter(pelican.output_path, settings=pelican.settings, render_early=False)

    def first_pass():
        written, _ = writer.flush(only=viewed)
        result.first = set(written)
        result.first_seconds = time.perf_counter() - started
        if on_pass:
            on_pass(result.first)

    try:
        done = []
        if viewed:
            early, done = _queue_viewed(generators, writer, viewed)
            if viewed <= writer.jobs.keys():
                first_pass()
            # The article generator queues them again below, in Pelican's order: the
            # rendered page stays (its digest is taken in the second pass).
            for name in early:
                del writer.jobs[name]
        with signals.article_writer_finalized.muted():
            for generator in generators:
                if generator not in done and hasattr(generator, "generate_output"):
                    generator.generate_output(writer)
        if viewed and not result.first_seconds:  # a listing page is open: queued just now
            first_pass()
        for generator in generators:
            if isinstance(generator, ArticlesGenerator):
                signals.article_writer_finalized.send(generator, writer=writer)
        written, result.interrupted = writer.flush(interrupt=interrupt if viewed else None)
        result.rest = set(written)
        if result.interrupted:
            return result
        signals.finalized.send(pelican)
        if not viewed:
            result.first_seconds = time.perf_counter() - started
        if on_pass:
            on_pass(result.rest)
        return result
    finally:
        writer.close()
