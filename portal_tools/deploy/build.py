"""The production build: Pelican into a fresh folder that replaces the old one
only when the build succeeded (a failed build leaves the last good one).

Two publishes from one project folder share the output folder: ``output_lock``
makes them take turns (``invoke publish`` holds it from the build to the end of
the deploy, which reads that folder).  What an interrupted build left
(``.NAME.new-*``, ``.NAME.old-*``) is removed by the next one; the new folder is
755/644 whatever the umask.
"""

import contextlib
import os
import shutil
import tempfile

from .lock import LOCK_WAIT, held
from .releases import normalise_modes


def output_lock(output, wait=LOCK_WAIT, on_wait=None):
    """Context manager: the lock of the build folder ``output`` (``.NAME.lock`` beside it)."""
    output = os.path.abspath(output)
    lock = os.path.join(os.path.dirname(output), f".{os.path.basename(output)}.lock")
    return held(lock, output, wait, on_wait)


def _clean_leftovers(output):
    parent, name = os.path.dirname(output), os.path.basename(output)
    for entry in os.listdir(parent):
        if entry.startswith((f".{name}.new-", f".{name}.old-")):
            shutil.rmtree(os.path.join(parent, entry), ignore_errors=True)


def build_fresh(settings_file, output, overrides=None, locked=False):
    """Run Pelican with ``settings_file`` into a new folder, then move it to
    ``output``; return ``output``.  Any exception leaves ``output`` as it was.
    ``locked``: the caller already holds ``output_lock(output)``."""
    output = os.path.abspath(output)
    os.makedirs(os.path.dirname(output), exist_ok=True)
    with contextlib.nullcontext() if locked else output_lock(output):
        _clean_leftovers(output)
        return _build(settings_file, output, overrides)


def _build(settings_file, output, overrides):
    from pelican import Pelican
    from pelican.settings import read_settings

    from portal_core.lifecycle import abandon

    parent = os.path.dirname(output)
    fresh = tempfile.mkdtemp(prefix=f".{os.path.basename(output)}.new-", dir=parent)
    try:
        settings = read_settings(str(settings_file), override={**(overrides or {}), "OUTPUT_PATH": fresh})
        Pelican(settings).run()
        normalise_modes(fresh)  # mkdtemp makes it private and Pelican follows the umask
    except BaseException:
        abandon(fresh)  # nothing the build started may still write into it
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    old = None
    if os.path.lexists(output):
        old = tempfile.mkdtemp(prefix=f".{os.path.basename(output)}.old-", dir=parent)
        os.rename(output, os.path.join(old, "site"))
    os.rename(fresh, output)
    if old:
        shutil.rmtree(old, ignore_errors=True)
    return output
