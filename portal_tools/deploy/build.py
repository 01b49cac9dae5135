"""The production build: Pelican into a fresh folder that replaces the old one
only when the build succeeded (a failed build leaves the last good one)."""

import os
import shutil
import tempfile


def build_fresh(settings_file, output, overrides=None):
    """Run Pelican with ``settings_file`` into a new folder, then move it to
    ``output``; return ``output``.  Any exception leaves ``output`` as it was."""
    from pelican import Pelican
    from pelican.settings import read_settings

    output = os.path.abspath(output)
    parent = os.path.dirname(output)
    os.makedirs(parent, exist_ok=True)
    fresh = tempfile.mkdtemp(prefix=f".{os.path.basename(output)}.new-", dir=parent)
    try:
        settings = read_settings(str(settings_file), override={**(overrides or {}), "OUTPUT_PATH": fresh})
        Pelican(settings).run()
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    os.chmod(fresh, 0o755)  # mkdtemp makes it private; the web server must read it
    old = None
    if os.path.lexists(output):
        old = tempfile.mkdtemp(prefix=f".{os.path.basename(output)}.old-", dir=parent)
        os.rename(output, os.path.join(old, "site"))
    os.rename(fresh, output)
    if old:
        shutil.rmtree(old, ignore_errors=True)
    return output
