"""Files a build writes beside its pages (feeds, calendars, the editor's files)."""

import os


def write_if_changed(path, data):
    """Write ``data`` (bytes) to ``path`` unless it already holds exactly that: an
    unchanged file keeps its time stamp, as every page of an incremental build does.
    Return True when the file was written."""
    try:
        with open(path, "rb") as handle:
            if handle.read() == data:
                return False
    except OSError:
        pass
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data)
    return True
