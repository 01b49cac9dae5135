"""Page writer: every build writes its pages with ``portal_core.lifecycle``'s
``IncrementalWriter`` (only the pages whose inputs changed are rendered, on
every core; see ``portal_core/lifecycle/writer.py``), and a build that would
change nothing is skipped (``portal_core/lifecycle/stamp.py``), and each post
remembers its URLs while they cannot change (``portal_core/lifecycle/urls.py``)
and the summaries cut from unchanged bodies are kept from the last build
(``portal_core/lifecycle/summaries.py``, ``CACHE_PATH/summaries.json``),
Pelican groups translations in linear time (``portal_core/lifecycle/translations.py``),
a body without an intrasite link is not scanned for one (``portal_core/lifecycle/links.py``),
and what a build has read is kept off the garbage collector's full
collections until it ends (``portal_core/lifecycle/collector.py``).

Settings read: ``PAGE_WRITER`` (dict: ``workers``, 0 for one per core;
``incremental``, False to render every page every time; ``stamp``, False to
build even when the stamp says nothing changed), read by the writer.
Template variables provided: none (the pages get what Pelican's writer gives).
"""

from pelican import signals

from portal_core.lifecycle import (
    IncrementalWriter,
    copy_changed_statics,
    hold_read_content,
    linear_translations,
    memoize_content_urls,
    memoize_summaries,
    skip_linkless_bodies,
    skip_unchanged_builds,
)
from portal_core.lifecycle.writer import load_options


def get_writer(pelican_object):
    # get_writer: Pelican asks once per build which writer class to use.
    return IncrementalWriter


def stamp_builds(pelican_object):
    # initialized: the settings are read and no build has started yet.
    options = load_options(pelican_object.settings)
    if options["incremental"] and options["stamp"]:
        skip_unchanged_builds(pelican_object)


def hold_collection(pelican_object):
    # initialized: the build has not started; what it reads is held from the collector.
    hold_read_content(pelican_object)


def memoize_content(pelican_object):
    # initialized: before any post is read (the memos are installed once per process).
    memoize_content_urls()
    memoize_summaries()
    linear_translations()
    skip_linkless_bodies()
    copy_changed_statics()


def register():
    signals.get_writer.connect(get_writer)
    signals.initialized.connect(stamp_builds)
    signals.initialized.connect(memoize_content)
    signals.initialized.connect(hold_collection)
