"""The live preview's write phase: the pages open in the browser first, then the rest.

The same ``IncrementalWriter`` as every build, driven by hand instead of by
``Pelican.run()``: every generator queues its pages (``generate_output``, with
``article_writer_finalized`` held back), the viewed pages are rendered and
reported, then ``article_writer_finalized`` is sent as Pelican sends it (feeds,
search index start), the rest is rendered — stopped between chunks when a newer
save arrives — and ``finalized`` ends the build as in ``Pelican.run()``.
"""

import time
from dataclasses import dataclass, field

from .writer import IncrementalWriter


@dataclass
class Passes:
    first: set = field(default_factory=set)  # files written by the first pass
    rest: set = field(default_factory=set)  # files written by the second pass
    first_seconds: float = 0.0  # until the first pass was reported
    interrupted: bool = False  # the second pass stopped for a newer save


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
    try:
        with signals.article_writer_finalized.muted():
            for generator in generators:
                if hasattr(generator, "generate_output"):
                    generator.generate_output(writer)
        if viewed:
            written, _ = writer.flush(only=viewed)
            result.first = set(written)
            result.first_seconds = time.perf_counter() - started
            if on_pass:
                on_pass(result.first)
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
