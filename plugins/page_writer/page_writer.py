"""Page writer: every build writes its pages with ``portal_core.lifecycle``'s
``IncrementalWriter`` (only the pages whose inputs changed are rendered, on
every core; see ``portal_core/lifecycle/writer.py``).

Settings read: ``PAGE_WRITER`` (dict: ``workers``, 0 for one per core;
``incremental``, False to render every page every time), read by the writer.
Template variables provided: none (the pages get what Pelican's writer gives).
"""

from pelican import signals

from portal_core.lifecycle import IncrementalWriter


def get_writer(pelican_object):
    # get_writer: Pelican asks once per build which writer class to use.
    return IncrementalWriter


def register():
    signals.get_writer.connect(get_writer)
