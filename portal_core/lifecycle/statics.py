"""Static files (attachments: the documents' PDFs, files linked from posts) copied only when changed.

Pelican copies every static file on every build unless ``STATIC_CHECK_IF_MODIFIED``
is on, and that setting's test — the source is newer than the copy — misses a
file replaced by an older one (a copy on Windows keeps the file's date; so does
``cp -p`` or unpacking an archive).  A commune's library holds hundreds of PDFs
of up to a few megabytes, which every rebuild in the live preview and every
``invoke build`` would copy again.

``copy_changed_statics()`` (once per process, from the page_writer plugin) makes
the copy carry its source's modification time, and skips a file whose copy in
the output is a regular file with the source's size and modification time, to
the nanosecond (what ``rsync`` compares by default).  Any other case — no copy
yet, a link, another size or time, ``STATIC_CREATE_LINKS`` or
``STATIC_CHECK_IF_MODIFIED`` set — is left to Pelican.  The list of static
files (``staticfiles``) is unchanged, so the page writer's manifest still
names every file.
"""

import os
import stat

_ORIGINALS = {}  # Pelican's own functions, kept once per process (the replacement is installed once)


def copy_changed_statics():
    """Install the check on Pelican's ``StaticGenerator`` (idempotent)."""
    from pelican.generators import StaticGenerator

    if _ORIGINALS:
        return
    _ORIGINALS["_file_update_required"] = StaticGenerator._file_update_required
    _ORIGINALS["_copy_staticfile"] = StaticGenerator._copy_staticfile
    StaticGenerator._file_update_required = _file_update_required
    StaticGenerator._copy_staticfile = _copy_staticfile


def _ours(generator):
    """True when Pelican would copy every file again (our check applies)."""
    settings = generator.settings
    return not settings["STATIC_CREATE_LINKS"] and not settings["STATIC_CHECK_IF_MODIFIED"]


def _paths(generator, static):
    return (os.path.join(generator.path, static.source_path),
            os.path.join(generator.output_path, static.save_as))


def _file_update_required(self, staticfile):
    if _ours(self):
        source, copy = _paths(self, staticfile)
        try:
            copied = os.lstat(copy)
            original = os.stat(source)
        except OSError:
            pass
        else:
            if (stat.S_ISREG(copied.st_mode) and copied.st_size == original.st_size
                    and copied.st_mtime_ns == original.st_mtime_ns):
                return False
    return _ORIGINALS["_file_update_required"](self, staticfile)


def _copy_staticfile(self, sc):
    _ORIGINALS["_copy_staticfile"](self, sc)
    if _ours(self):
        source, copy = _paths(self, sc)
        try:
            original = os.stat(source)
            os.utime(copy, ns=(original.st_atime_ns, original.st_mtime_ns), follow_symlinks=False)
        except OSError:
            pass  # Pelican has logged why the copy failed; it is copied again next time
