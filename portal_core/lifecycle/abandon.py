"""A build that failed: the work it started in other processes stops before its output is removed.

Pelican has no signal for a build that raised.  A plugin whose work outlives the
signal that started it (``search_index``'s indexing process, which writes into the
output folder until ``finalized``) registers a stopper with ``on_abandon`` when it is
imported; whoever removes a failed build's output (``portal_tools.deploy.build``)
calls ``abandon(output_path)`` first, so that nothing writes into the folder while
it is being removed (a file written during the removal left it half there).
"""

import os

_STOPPERS = []  # functions, registered at import: no build's data (STYLE.md, convention 5)


def on_abandon(stop):
    """Register ``stop(output_path)``, called for a build into ``output_path`` that failed."""
    if stop not in _STOPPERS:
        _STOPPERS.append(stop)
    return stop


def abandon(output_path):
    """Stop whatever a failed build into ``output_path`` still has running."""
    output_path = os.path.abspath(output_path)
    for stop in list(_STOPPERS):
        stop(output_path)
