"""Converted Markdown kept between builds, by content hash (not modification time).

Markdown conversion is the slowest part of reading a post.  Its result depends
only on the file's bytes and on the Markdown settings, so it is stored under a
digest of both, in ``CACHE_PATH/front_matter/``: one pickle per source folder
(``posts/2024`` …), loaded the first time a file of that folder is read.  A
fresh clone (where every modification time is new) still hits the cache; a
changed file misses it.  Each shard is saved with only the entries of files
this build read or found in the folder, so deleted posts do not pile up (and a
file the preview takes from Pelican's own reader cache keeps its entry); a
shard whose entries are the ones it was loaded with is not written again (an
edit rewrites its own folder's shard only, not the 40 MB of a 10,000-post site).

When a folder is met for the first time, the files of it that miss the cache
are converted at once on every core (``workers`` library), so a cold build of
10,000 posts converts them in parallel; the reader then finds them converted.
The bytes and key of each file that prefetch read are kept until the reader
asks for them (``take``), so each file is read and hashed once per build.
Pelican reads the files in no order (a set of paths), so every folder's wait
there until taken: at most the posts' bytes (some 37 MB at 10,000 posts),
during the reading phase only.
"""

import hashlib
import logging
import os
import pickle

import markdown

from portal_core.workers import fork_map

logger = logging.getLogger(__name__)

FORMAT = 1
EXTENSIONS = (".md", ".markdown")


def config_digest(config):
    """Digest of the Markdown settings (and library version) a body is converted with."""
    return hashlib.blake2b(
        repr((FORMAT, markdown.__version__, sorted(config.items(), key=str))).encode("utf-8"),
        digest_size=16,
    ).hexdigest()


class MarkdownCache:
    def __init__(self, directory, config):
        self.directory = directory
        self.config = config_digest(config)
        self._shards = {}  # folder -> {key: html}
        self._used = {}  # folder -> {key: html} used by this build
        self._stored = {}  # folder -> the keys its shard file holds (as loaded or last saved)
        self._added = set()  # folders given an entry this build (a conversion)
        self._read_ahead = {}  # path -> (bytes, key) that prefetch read, until the reader takes them

    def key(self, data):
        """Cache key of a file's bytes."""
        return hashlib.blake2b(data, key=self.config.encode("ascii")[:64], digest_size=20).hexdigest()

    def _shard_path(self, folder):
        name = hashlib.blake2b(os.path.abspath(folder).encode("utf-8", "surrogatepass"),
                               digest_size=12).hexdigest()
        return os.path.join(self.directory, f"{name}.pickle")

    def shard(self, folder):
        """The stored conversions of ``folder``'s files (loaded once)."""
        shard = self._shards.get(folder)
        if shard is None:
            try:
                with open(self._shard_path(folder), "rb") as handle:
                    shard = pickle.load(handle)
                if not isinstance(shard, dict):
                    shard = {}
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
                shard = {}
            self._shards[folder] = shard
            self._stored[folder] = frozenset(shard)
            self._used[folder] = {}
        return shard

    def get(self, folder, key):
        html = self.shard(folder).get(key)
        if html is not None:
            self._used[folder][key] = html
        return html

    def put(self, folder, key, html):
        self.shard(folder)[key] = html
        self._used[folder][key] = html
        self._added.add(folder)

    def save(self):
        """Write each shard read this build, with only the entries it used, when
        they are not the entries its file holds already."""
        if not self._used:
            return
        os.makedirs(self.directory, exist_ok=True)
        for folder, used in self._used.items():
            # Each entry used is the one loaded from the file unless this build added it.
            if folder not in self._added and used.keys() == self._stored.get(folder):
                continue
            path = self._shard_path(folder)
            temporary = f"{path}.{os.getpid()}.tmp"
            with open(temporary, "wb") as handle:
                pickle.dump(used, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
            self._stored[folder] = frozenset(used)
        self._used = {folder: {} for folder in self._used}
        self._added = set()

    def take(self, path):
        """``(bytes, key)`` of the file ``path`` as prefetch read it (once), or None."""
        return self._read_ahead.pop(path, None)

    def prefetch(self, folder, convert, workers=0):
        """Convert, on every core, the files of ``folder`` not in the cache.

        ``convert(path, data)`` returns the HTML, or None when the file has
        problems (the reader reports them when it reads the file)."""
        shard = self.shard(folder)
        used = self._used[folder]
        misses = []
        read_ahead = self._read_ahead
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            return 0
        for name in names:
            if not name.endswith(EXTENSIONS):
                continue
            path = os.path.join(folder, name)
            try:
                with open(path, "rb") as handle:
                    data = handle.read()
            except OSError:
                continue
            key = self.key(data)
            read_ahead[path] = (data, key)
            if key not in shard:
                misses.append((key, path, data))
            else:
                # Still a file of the site: keep its entry even when this build takes the
                # file from elsewhere (the preview's reader cache), or the next save drops
                # it and the next prefetch converts the file again.
                used[key] = shard[key]
        if len(misses) < 2:
            return 0
        results = fork_map(lambda miss: convert(miss[1], miss[2]), misses, workers,
                           describe=lambda miss: miss[1])
        for (key, _, _), html in zip(misses, results):
            if html is not None:
                shard[key] = used[key] = html
                self._added.add(folder)
        return len(misses)
