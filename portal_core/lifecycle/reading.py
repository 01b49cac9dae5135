"""Pelican's read phase without its write phase, and the other private
corners of Pelican's reading that our code touches (see the package docstring)."""

import contextlib
import logging

logger = logging.getLogger(__name__)


class LogCollector(logging.Handler):
    """Warnings and errors logged while reading (the front_matter reader logs its warnings)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append(record)


def read_site(settings, pelican=None):
    """Pelican's reading phase, as the start of ``Pelican.run()``; returns the
    generators (raises ``ContentError`` from ``all_generators_finalized`` when
    the content has problems, with the generators on ``error.generators``).
    ``pelican``: an instance to reuse (the live preview keeps one)."""
    from pelican import Pelican, signals

    from ..problems import ContentError

    pelican = pelican or Pelican(settings)
    # Pelican 4.12's run(): the context every generator shares, then the generators.
    context = settings.copy()
    context["generated_content"] = {}
    context["static_links"] = set()
    context["static_content"] = {}
    context["localsiteurl"] = settings["SITEURL"]
    generators = [
        cls(context=context, settings=settings, path=pelican.path, theme=pelican.theme,
            output_path=pelican.output_path)
        for cls in pelican._get_generator_classes()
    ]
    for generator in generators:
        if hasattr(generator, "generate_context"):
            generator.generate_context()
    try:
        signals.all_generators_finalized.send(generators)
    except ContentError as error:
        error.generators = generators
        raise
    return generators


def fresh_log_filter():
    """Forget the messages Pelican's ``LimitFilter`` has seen: it drops a message
    already logged once in the process, and each check or preview build must
    report its problems afresh, as a new ``pelican`` run would."""
    from pelican.log import LimitFilter

    getattr(LimitFilter, "_raised_messages", set()).clear()


@contextlib.contextmanager
def captured_logs():
    """While reading, log records (warnings and worse) go to a list only, so a
    check or a preview build reports each problem once; Pelican's duplicate
    filter starts afresh (``fresh_log_filter``).  Yields the list of records."""
    fresh_log_filter()
    collect = LogCollector()
    root = logging.getLogger()
    handlers, root.handlers = root.handlers, [collect]
    try:
        yield collect.records
    finally:
        root.handlers = handlers


def replace_period_archives(generator, function):
    """Make ``generator`` (an ``ArticlesGenerator``, this build only) group its
    posts into period archives with ``function(sorted_articles, articles,
    settings)`` -> ``{"year": [...], "month": [...], "day": [...]}``, the
    structure of Pelican 4.12's ``ArticlesGenerator._build_period_archives``.
    Call it at ``article_generator_pretaxonomy``, just before Pelican uses it."""
    generator._build_period_archives = function


def update_context(generator, names):
    """Put the generator's attributes ``names`` (e.g. ``tags``) into the shared
    context again after a plugin replaced them (``Generator._update_context``)."""
    generator._update_context(tuple(names))
