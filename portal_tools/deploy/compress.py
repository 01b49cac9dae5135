"""Precompressed copies (``.gz``, ``.br``) beside text files, for hosts that
serve them (nginx ``gzip_static``/``brotli_static``, Caddy ``precompressed``).

Deterministic: gzip headers carry no time or file name, so two builds of the
same content still give byte-identical folders.  Brotli is used when the
``brotli`` package is installed; a copy is kept only when it is smaller.
"""

import gzip
import os

from .releases import site_files

try:
    import brotli
except ImportError:  # optional: .gz only
    brotli = None

TEXT_SUFFIXES = (".html", ".css", ".js", ".xml", ".json", ".txt", ".svg")


def precompress(site_dir, use_brotli=True):
    """Write ``.gz`` (and ``.br``) beside every text file; return ``(gz_count, br_count)``."""
    gz_count = br_count = 0
    for rel in site_files(site_dir):
        if not rel.endswith(TEXT_SUFFIXES):
            continue
        path = os.path.join(site_dir, rel)
        with open(path, "rb") as handle:
            data = handle.read()
        packed = gzip.compress(data, compresslevel=9, mtime=0)
        if len(packed) < len(data):
            with open(path + ".gz", "wb") as handle:
                handle.write(packed)
            gz_count += 1
        if use_brotli and brotli is not None:
            packed = brotli.compress(data, quality=11)
            if len(packed) < len(data):
                with open(path + ".br", "wb") as handle:
                    handle.write(packed)
                br_count += 1
    return gz_count, br_count
