"""The indexing process: records, shards, Pagefind runs, merge, cache.

The build starts it (``python -m search_index.indexer JOB``, see
``search_index.py``) with the record inputs of every published article, and
reads its answer, one JSON object on standard output, at ``finalized``.  It
never imports Pelican's state, so it runs on another core.

1. The articles are ordered by date, then path (a new post goes at the end),
   and cut into shards of about ``shard_size``; where a shard ends depends on
   its last article's path, not on a count, so adding or removing a post
   changes only its own shard.
2. Each shard's fingerprint covers its record inputs, the settings and this
   plugin's code; under ``CACHE_PATH/search_index/<fingerprint>/`` is the
   bundle Pagefind made for it (packed in two files) and its index as read
   (two more), reused as long as the fingerprint matches.
3. The shards' bundles are merged (``merge.py``), reusing the index chunks the
   last build wrote into the same folder where their words' postings did not
   change (the merge's state is kept in the manifest, see 4), and ``<OUTPUT_PATH>/pagefind/``
   is made to hold exactly the merged files, whole at every moment: files are
   named after their content, so the new ones are written beside the old (as
   soon as each is known, on a thread: ``BundleWriter``), then the entry file
   that points to the new metadata, then the old files go.
4. ``CACHE_PATH/search_index.json`` remembers, per output folder, the
   fingerprint of all the records, every file of the bundle written (size,
   modification time, SHA-256) and the merge's state.  When the next build has
   the same fingerprint and finds that bundle intact, nothing runs; otherwise an
   index chunk of the last merge is kept only if it is still on disk as written.
"""

import base64
import hashlib
import json
import mmap
import os
import pickle
import resource
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata

from .merge import (
    SENTINEL_OFFSET,
    SENTINEL_URLS,
    MergeError,
    Shard,
    dump_words,
    load_words,
    merge,
    read_shard,
    shard_fragments,
)
from .pagefind_service import PagefindError, PagefindService, pagefind_executable
from .records import (
    BUNDLE_DIR,
    LANGUAGE,
    UNUSED_FILES,
    SearchIndexError,
    SearchRecord,
    environment,
    make_record,
    page_url,
    render_source,
    word_key,
)

MANIFEST = "search_index.json"
SHARDS_DIR = "search_index"  # CACHE_PATH/search_index/<shard fingerprint>/
KEPT_BUILDS = 4  # output folders remembered in the manifest
CODE_FILES = ("search_index.py", "records.py", "indexer.py", "merge.py", "pagefind_service.py", "source.html", "sentinel.html")
# Index chunk size of the shards' bundles (the merge makes the real chunks).
SHARD_CHUNK_SIZE = "3000"
# A shard's bundle is kept as two files: its files one after the other, and where
# each one is (thousands of small files cost more to write and read than to pack);
# its index and filters as read (``read_shard``) once, in two more: the postings'
# bytes and a table of where each word's are, so no later build parses them again.
PACK, PACK_INDEX = "files.bin", "files.json"
POSTINGS, WORDS = "postings.bin", "words.pickle"
ENTRY = "pagefind-entry.json"
SHAPING = ("chunk_kb", "shard_size")  # the settings that change the bundle's bytes


# --- fingerprints -----------------------------------------------------------------------

def code_digest(options):
    """What else the bundle depends on: this plugin's code, Pagefind, the settings."""
    digest = hashlib.sha256()
    here = os.path.dirname(os.path.abspath(__file__))
    for name in CODE_FILES:
        with open(os.path.join(here, name), "rb") as handle:
            digest.update(name.encode() + b"\0" + handle.read())
    try:
        digest.update(metadata.version("pagefind_bin").encode())
    except metadata.PackageNotFoundError:
        pass
    executable = pagefind_executable()
    digest.update(f"{os.path.getsize(executable)}".encode())
    digest.update(json.dumps(options, sort_keys=True).encode())
    return digest.hexdigest()


def _digest(item):
    if isinstance(item, SourceRef):
        return item.digest
    if isinstance(item, SearchRecord):
        item = ("record", item.path, item.title, item.date, item.category, item.body_html, item.lead_html,
                item.kind, item.details)
    return hashlib.sha256(pickle.dumps(tuple(item), protocol=JOB_PROTOCOL)).hexdigest()


def fingerprint(base, items):
    """Of ``items`` in this order, with ``base`` (``code_digest``)."""
    digest = hashlib.sha256(base.encode())
    for item in items:
        digest.update(_digest(item).encode())
    return digest.hexdigest()


def _path(item):
    return item[0] if isinstance(item, tuple) else item.path


def _date(item):
    return item[2] if isinstance(item, tuple) else item.date


def _record(item):
    if isinstance(item, SearchRecord):
        return item
    return make_record(*(item.job.load(item) if isinstance(item, SourceRef) else item))


# --- the job file -----------------------------------------------------------------------
# The build writes each article's record inputs (a ``make_record`` argument tuple,
# pickled) one after the other, then a header saying where each one is and its
# SHA-256, then the header's length: the build never holds them all at once, and
# this process reads only the articles of the shards it has to index.

JOB_PROTOCOL = 5


@dataclass(frozen=True)
class SourceRef:
    """One article's record inputs, left in the job file until needed."""

    path: str
    date: str
    digest: str
    offset: int
    length: int
    job: object = field(compare=False, repr=False)


def write_job(path, sources, **header):
    """Write ``sources`` (an iterable of ``make_record`` argument tuples) and
    ``header`` (plain values) to the new file ``path``."""
    entries = []
    with open(path, "wb") as stream:
        for source in sources:
            data = pickle.dumps(tuple(source), protocol=JOB_PROTOCOL)
            entries.append((source[0], source[2], hashlib.sha256(data).hexdigest(), stream.tell(), len(data)))
            stream.write(data)
        data = pickle.dumps({**header, "sources": entries}, protocol=JOB_PROTOCOL)
        stream.write(data + len(data).to_bytes(8, "big"))


class JobFile:
    """A job file being read; it is removed from the disk at once (the open
    handle keeps it readable until ``close``)."""

    def __init__(self, path):
        self._stream = open(path, "rb")
        os.remove(path)
        self._stream.seek(-8, os.SEEK_END)
        size = int.from_bytes(self._stream.read(8), "big")
        self._stream.seek(-8 - size, os.SEEK_END)
        self.header = pickle.loads(self._stream.read(size))
        self.sources = [SourceRef(*entry, job=self) for entry in self.header.pop("sources")]

    def load(self, ref):
        return pickle.loads(os.pread(self._stream.fileno(), ref.length, ref.offset))

    def close(self):
        self._stream.close()


def split_shards(items, mean):
    """Consecutive shards of about ``mean`` items (between ``mean // 2`` and
    ``2 * mean``); a shard ends after an item whose path hashes to 0 modulo
    ``mean // 2``, so an added or removed item moves no other boundary."""
    low, high, modulus = max(1, mean // 2), 2 * mean, max(1, mean - mean // 2)
    shards, current = [], []
    for item in items:
        current.append(item)
        cut = int.from_bytes(hashlib.sha1(_path(item).encode()).digest()[:8], "big") % modulus == 0
        if len(current) >= high or (len(current) >= low and cut):
            shards.append(current)
            current = []
    if current:
        shards.append(current)
    return shards


# --- Pagefind ---------------------------------------------------------------------------

def index_shard(records, folder, executable, env, name=""):
    """Let Pagefind index ``records`` between two sentinel pages; keep its bundle,
    read (``read_shard``), in the new folder ``folder``."""
    # Every word once, one spelling per word as Pagefind keys it (case and edge
    # punctuation aside); a word the sentinels miss only costs a slower merge.
    words = {}
    for word in sorted(set().union(*(record.words() for record in records))):
        words.setdefault(word_key(word), word)
    words = sorted(words.values())
    sentinel = env.get_template("sentinel.html").render(
        language=LANGUAGE, filler=" ".join(["·"] * SENTINEL_OFFSET), words=words)
    environ = dict(os.environ, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=SHARD_CHUNK_SIZE)
    with PagefindService(executable, environ) as service:
        index = service.call({"type": "NewIndex", "config": {"force_language": LANGUAGE}})["index_id"]
        pages = [(SENTINEL_URLS[0], sentinel)]
        pages += [(page_url(record.path), render_source(record, env)) for record in records]
        pages.append((SENTINEL_URLS[1], sentinel))
        sent = [service.send({"type": "AddFile", "index_id": index, "url": url, "file_contents": source})
                for url, source in pages]
        for message in sent:
            service.answer(message)
        files = service.call({"type": "GetFiles", "index_id": index})["files"]
    unused = set(UNUSED_FILES)
    shard = read_shard({file["path"]: base64.b64decode(file["content"])
                        for file in files if file["path"] not in unused}, name)
    where, offset = {}, 0
    os.makedirs(folder)
    with open(os.path.join(folder, PACK), "wb") as pack:
        for path, data in shard.files.items():  # the fragments, script and entry left unread
            pack.write(data)
            where[path] = [offset, len(data)]
            offset += len(data)
    with open(os.path.join(folder, PACK_INDEX), "w", encoding="utf-8") as handle:
        json.dump(where, handle)
    table, blob = dump_words(shard)
    with open(os.path.join(folder, POSTINGS), "wb") as handle:
        handle.write(blob)
    with open(os.path.join(folder, WORDS), "wb") as handle:
        pickle.dump({"language": shard.language, "version": shard.version, "pages": shard.pages,
                     "filters": shard.filters, "fields": shard.fields, "fast": shard.fast,
                     "decoded": shard.decoded, "words": table}, handle, protocol=JOB_PROTOCOL)


def load_parsed(folder, name):
    """The ``Shard`` kept by ``index_shard`` in ``folder``; its postings' bytes are
    mapped, not read, so a merge that reuses most of its last output reads little."""
    with open(os.path.join(folder, WORDS), "rb") as handle:
        kept = pickle.load(handle)
    with open(os.path.join(folder, POSTINGS), "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        blob = mmap.mmap(handle.fileno(), size, access=mmap.ACCESS_READ) if size else b""
    words, digests = load_words(kept.pop("words"), blob)
    return Shard(name=name, files=load_shard(folder), words=words, digests=digests, **kept)


def load_shard(folder):
    """A shard's bundle kept by ``index_shard``: ``{path: bytes}``."""
    with open(os.path.join(folder, PACK_INDEX), encoding="utf-8") as handle:
        where = json.load(handle)
    with open(os.path.join(folder, PACK), "rb") as handle:
        pack = handle.read()
    return {path: pack[start:start + size] for path, (start, size) in where.items()}


# --- the bundle on disk -----------------------------------------------------------------

def _files(folder):
    found = {}
    for parent, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(parent, name)
            found[os.path.relpath(path, folder).replace(os.sep, "/")] = path
    return found


def _sha256(path):
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


NAMED_BY_CONTENT = (".pf_fragment", ".pf_index", ".pf_filter", ".pf_meta")


class BundleWriter:
    """Makes the bundle ``folder`` hold exactly the merged files, the bundle staying
    whole at every moment: the files named after their content are written first
    (one already there with the same size is the same file), then the entry that
    names the new metadata file, then what the bundle no longer uses is removed.

    A new name of a file named after its content is written as soon as it is known
    (``add``: each shard's fragments once the shard is read, the index chunks as the
    merge makes them), on a thread of its own: nothing points to it before the entry
    does, and creating a file is the kernel's work (a cold build creates some 1,600
    at 1,000 articles), which so runs beside the Pagefind runs and the merge instead
    of after them.  ``finish`` writes the rest; ``close`` after it, in any case."""

    def __init__(self, folder):
        self.folder = folder
        self.existing = _files(folder)
        self._early = {}  # path -> future of its [size, mtime_ns, sha256]
        self._lock = threading.Lock()  # shards are read on several threads
        self._parents = set()  # folders known to be there (one look-up each)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bundle-files")

    def add(self, rel, data):
        """Write ``data`` as ``rel`` now if it is a new name of a file named after its content."""
        if rel in self.existing or not rel.endswith(NAMED_BY_CONTENT):
            return
        with self._lock:
            if rel not in self._early:
                self._early[rel] = self._pool.submit(self._write_new, rel, data)

    def _write_new(self, rel, data):
        path = os.path.join(self.folder, rel)
        self._make_parent(path)
        with open(path, "wb") as handle:
            handle.write(data)
            handle.flush()
            mtime = os.fstat(handle.fileno()).st_mtime_ns
        return [len(data), mtime, hashlib.sha256(data).hexdigest()]

    def _make_parent(self, path):
        """The folders above ``path`` in the bundle, never the build's output folder
        itself: the output of a build that failed, and was removed, stays removed."""
        parent = os.path.dirname(path)
        if parent in self._parents:
            return
        if not os.path.isdir(os.path.dirname(self.folder)):
            raise FileNotFoundError(f"the output folder {os.path.dirname(self.folder)} is gone (its build failed)")
        os.makedirs(parent, exist_ok=True)
        self._parents.add(parent)

    def finish(self, files, kept=None):
        """Make the folder hold exactly ``files`` (path -> bytes, or ``None`` for a
        file of ``kept``, path -> ``[size, mtime_ns, sha256]``, already there as
        described).  Return ``{path: [size, mtime_ns, sha256]}``."""
        with self._lock:
            early = dict(self._early)
        early = {rel: future.result() for rel, future in early.items()}  # raises what a write raised
        present = {**self.existing, **{rel: os.path.join(self.folder, rel) for rel in early}}
        described = {}
        for rel in sorted(files, key=lambda rel: (rel == ENTRY, rel.endswith(".pf_meta"), rel)):
            data, path = files[rel], os.path.join(self.folder, rel)
            if data is None:
                size, _, digest = kept[rel]
                described[rel] = [size, os.stat(path).st_mtime_ns, digest]
                continue
            digest = hashlib.sha256(data).hexdigest()
            if rel in early and early[rel][0] == len(data) and early[rel][2] == digest:
                described[rel] = early[rel]
                continue
            by_content = rel.endswith(NAMED_BY_CONTENT)
            if rel not in present and by_content:  # a new name: nothing points to it yet
                self._make_parent(path)
                with open(path, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    mtime = os.fstat(handle.fileno()).st_mtime_ns
            elif rel not in present or not (os.path.getsize(path) == len(data) if by_content and rel not in early
                                            else _same_bytes(path, data)):
                self._make_parent(path)
                with open(f"{path}.tmp", "wb") as handle:
                    handle.write(data)
                os.replace(f"{path}.tmp", path)
                mtime = os.stat(path).st_mtime_ns
            else:
                mtime = os.stat(path).st_mtime_ns
            described[rel] = [len(data), mtime, digest]
        for rel, path in present.items():
            if rel not in files:
                os.remove(path)
        return described

    def close(self):
        self._pool.shutdown(wait=True, cancel_futures=True)


def sync_folder(folder, files, kept=None):
    """``BundleWriter.finish`` with nothing written before: see there."""
    writer = BundleWriter(folder)
    try:
        return writer.finish(files, kept)
    finally:
        writer.close()


def kept_chunks(folder, described):
    """The index chunks of ``described`` (an earlier ``sync_folder``'s answer) that
    are still in ``folder`` as written (size, then time or hash): path -> description."""
    kept = {}
    for rel, (size, mtime, digest) in (described or {}).items():
        if not rel.startswith("index/"):
            continue
        path = os.path.join(folder, rel)
        try:
            stat = os.stat(path)
        except OSError:
            continue
        if stat.st_size == size and (stat.st_mtime_ns == mtime or _sha256(path) == digest):
            kept[rel] = [size, mtime, digest]
    return kept


def _same_bytes(path, data):
    with open(path, "rb") as handle:
        return handle.read() == data


def intact(folder, described):
    """Whether ``folder`` holds exactly the files ``described`` (size, then time or hash)."""
    if not described or not os.path.isdir(folder):
        return False
    files = _files(folder)
    if files.keys() != described.keys():
        return False
    for rel, path in files.items():
        size, mtime, digest = described[rel]
        stat = os.stat(path)
        if stat.st_size != size or (stat.st_mtime_ns != mtime and _sha256(path) != digest):
            return False
    return True


def _load_manifest(cache_path):
    try:
        with open(os.path.join(cache_path, MANIFEST), encoding="utf-8") as handle:
            manifest = json.load(handle)
        return manifest if isinstance(manifest.get("builds"), dict) else {"builds": {}}
    except (OSError, ValueError, AttributeError):
        return {"builds": {}}


def _save_manifest(cache_path, manifest):
    builds = sorted(manifest["builds"].items(), key=lambda kv: kv[1].get("time", 0), reverse=True)
    manifest = {"version": 1, "builds": dict(builds[:KEPT_BUILDS])}
    os.makedirs(cache_path, exist_ok=True)
    temporary = os.path.join(cache_path, f".{MANIFEST}.{os.getpid()}")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, ensure_ascii=False, indent=1, sort_keys=True)
    os.replace(temporary, os.path.join(cache_path, MANIFEST))
    return manifest


# --- the whole step ---------------------------------------------------------------------

def write_bundle(items, output_path, options, cache_path="", stats=None, previous=None):
    """Index ``items`` (``SearchRecord``s or ``make_record`` argument tuples) into
    ``<output_path>/pagefind/``, reusing the shards kept under ``cache_path`` and,
    when ``previous`` (the manifest's entry of the last build into that folder)
    is given, the index chunks it wrote there that the new bundle has too;
    return the number of pages indexed.  Files of the previous bundle that the new
    one does not have are removed."""
    stats = {} if stats is None else stats
    items = sorted(items, key=lambda item: (_date(item), _path(item)))
    total = len(items)
    bundle = os.path.join(os.path.abspath(output_path), BUNDLE_DIR)
    if not items:
        shutil.rmtree(bundle, ignore_errors=True)
        stats.setdefault("warnings", []).append("Tìm kiếm: chưa có bài nào để lập chỉ mục")
        return 0
    keep = bool(options.get("cache", True) and cache_path)
    root = os.path.join(cache_path, SHARDS_DIR) if keep else tempfile.mkdtemp(prefix="search-index-")
    started = time.perf_counter()
    writer = None
    try:
        executable = pagefind_executable()
        base = code_digest({k: options[k] for k in SHAPING})
        shards = split_shards(items, options["shard_size"])
        del items  # the shards hold them; each is let go once indexed
        names = [fingerprint(base, shard)[:40] for shard in shards]
        stats.update(shard_names=names, shards=len(shards))
        cpu = cpu_seconds()
        writer = BundleWriter(bundle)
        parsed = _index_shards(shards, names, root, executable, stats, options["jobs"], writer.add)
        stats["pagefind_cpu"] = cpu_seconds() - cpu
        t0, cpu = time.perf_counter(), cpu_seconds()
        # the last merge's state is of use only to this code (it knows our entries' bytes)
        last = (previous or {}).get("merge") or {}
        last = last if last.get("code") == base else {}
        kept = kept_chunks(bundle, previous.get("files")) if last else {}
        state = {}
        files = merge(parsed, options["chunk_kb"] * 1024, previous=last, kept=kept, state=state,
                      emit=writer.add)
        state["code"] = base
        stats.update(fast=sum(s.fast for s in parsed), decoded=sum(s.decoded for s in parsed),
                     entries_joined=state.pop("entries_joined"), chunks_written=state.pop("chunks_written"),
                     chunks_kept=state.pop("chunks_kept"), merge_state=state)
        del parsed
        count = sum(info["page_count"] for info in json.loads(files[ENTRY])["languages"].values())
        stats["files"] = writer.finish(files, kept)
        stats["merge_seconds"] = time.perf_counter() - t0
        stats["merge_cpu"] = cpu_seconds() - cpu
        if keep:
            _forget_shards(cache_path, root, names)
    except MergeError as error:
        raise SearchIndexError(f"Tìm kiếm: không ghép được chỉ mục của Pagefind ({error})") from error
    except PagefindError as error:
        raise SearchIndexError(str(error)) from error
    finally:
        if writer is not None:
            writer.close()
        if not keep:
            shutil.rmtree(root, ignore_errors=True)
    stats["seconds"] = time.perf_counter() - started
    if count != total:
        stats.setdefault("warnings", []).append(
            f"Tìm kiếm: Pagefind lập chỉ mục {count} bài trong {total} bài (bài không có chữ nào bị bỏ qua)")
    return count


def cpu_seconds():
    """CPU seconds of this process and of its ended children (the Pagefind runs)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _index_shards(shards, names, root, executable, stats, jobs, fragments=None):
    """Every shard's index (``read_shard``), letting Pagefind index first the shards
    that have no folder under ``root`` yet, ``jobs`` at a time (each in its own
    process: the threads here feed them, then read what they wrote).  Each shard's
    fragments go to ``fragments`` (``BundleWriter.add``) as soon as it is read."""
    env = environment()
    lock = threading.Lock()
    stats.update(indexed_shards=0, records_seconds=0.0)
    os.makedirs(root, exist_ok=True)

    def index(number):
        shard, shards[number] = shards[number], None  # let go of it once indexed
        folder = os.path.join(root, names[number])
        if not os.path.isdir(folder):  # renamed into place once complete
            t0 = time.perf_counter()
            records = [_record(item) for item in shard]
            seconds = time.perf_counter() - t0
            work = f"{folder}.tmp-{os.getpid()}"
            shutil.rmtree(work, ignore_errors=True)
            index_shard(records, work, executable, env, names[number])
            try:
                os.rename(work, folder)
            except OSError:
                if not os.path.isdir(folder):
                    raise
                shutil.rmtree(work, ignore_errors=True)  # another build with this cache made it too
            with lock:
                stats["records_seconds"] += seconds
                stats["indexed_shards"] += 1
        parsed = load_parsed(folder, names[number])
        if fragments is not None:
            for rel, data in shard_fragments(parsed):
                fragments(rel, data)
        return parsed

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        parsed = [future.result() for future in [pool.submit(index, n) for n in range(len(names))]]
    stats["pagefind_seconds"] = time.perf_counter() - started
    return parsed


def _forget_shards(cache_path, root, names):
    """Remove the shard folders no remembered build uses."""
    wanted = set(names)
    for entry in _load_manifest(cache_path)["builds"].values():
        wanted.update(entry.get("shards", []))
    for name in os.listdir(root):
        if name not in wanted:
            shutil.rmtree(os.path.join(root, name), ignore_errors=True)


def build(job):
    """The whole search step for one build (``job``: a ``JobFile``); returns what
    ``report`` logs."""
    started = time.perf_counter()
    options, output_path, cache_path = (job.header[k] for k in ("options", "output_path", "cache_path"))
    sources, job.sources = job.sources, None
    bundle = os.path.join(output_path, BUNDLE_DIR)
    keep = bool(options["cache"] and cache_path)
    base = code_digest({k: options[k] for k in SHAPING})
    records = len(sources)
    sources.sort(key=lambda ref: (ref.date, ref.path))
    overall = fingerprint(base, sources)
    manifest = _load_manifest(cache_path) if keep else {"builds": {}}
    remembered = manifest["builds"].get(output_path, {})
    result = {"records": records, "bundle": bundle}
    if keep and remembered.get("fingerprint") == overall and intact(bundle, remembered.get("files")):
        result.update(kept=True, pages=remembered.get("pages", records))
    else:
        stats = {}
        result["pages"] = write_bundle(sources, output_path, options, cache_path, stats,
                                       previous=remembered if keep else None)
        result.update(stats, kept=False)
        if keep and os.path.isdir(bundle):
            manifest["builds"][output_path] = {
                "fingerprint": overall, "pages": result["pages"], "time": time.time(),
                "shards": stats.get("shard_names", []), "files": stats.get("files", {}),
                "merge": stats.get("merge_state", {}),
            }
            _save_manifest(cache_path, manifest)
    result.pop("shard_names", None)
    result.pop("merge_state", None)
    result.pop("files", None)
    result["bundle_bytes"] = sum(os.path.getsize(p) for p in _files(bundle).values()) if os.path.isdir(bundle) else 0
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    result["self_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    result["worker_seconds"] = time.perf_counter() - started
    result["cpu_seconds"] = cpu_seconds()
    return result


def report(returncode, out, err, seconds, handed, waited, logger):
    """Log what the indexing process answered (or raise ``SearchIndexError``): the
    search step's time is the build's handing over plus the process's own time
    (``seconds``, from the start to the answer read, only if it gave none)."""
    try:
        result = json.loads(out.decode("utf-8").strip().splitlines()[-1])
    except (ValueError, IndexError):
        result = None
    if returncode != 0 or not isinstance(result, dict) or "error" in result:
        message = (result or {}).get("error") if isinstance(result, dict) else None
        raise SearchIndexError(message or "Tìm kiếm: lập chỉ mục thất bại: "
                               + err.decode("utf-8", "replace").strip()[-1500:])
    for warning in result.get("warnings", []):
        logger.warning("%s", warning)
    if result.get("kept"):
        detail = "unchanged, bundle kept"
    else:
        detail = (f"Pagefind {result.get('pagefind_seconds', 0):.2f} s on {result.get('indexed_shards', 0)} "
                  f"of {result.get('shards', 0)} shards, records {result.get('records_seconds', 0):.2f} s, "
                  f"merge {result.get('merge_seconds', 0):.2f} s, Pagefind peak {result.get('peak_mb', 0)} MB; "
                  f"CPU {result.get('cpu_seconds', 0):.2f} s: Pagefind {result.get('pagefind_cpu', 0):.2f}, "
                  f"merge {result.get('merge_cpu', 0):.2f}; index chunks: {result.get('chunks_written', 0)} "
                  f"written, {result.get('chunks_kept', 0)} kept, {result.get('entries_joined', 0)} words joined")
    logger.info(
        "Search index: %d articles, %.1f KB in %s, %.2f s (build waited %.2f s, handed over in %.2f s; %s)",
        result.get("pages", 0), result.get("bundle_bytes", 0) / 1024, result.get("bundle"),
        handed + result.get("worker_seconds", seconds), waited, handed, detail,
    )
    return result


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    job = JobFile(argv[0])
    try:
        result = build(job)
    except (SearchIndexError, PagefindError) as error:
        result = {"error": str(error)}
    finally:
        job.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0 if "error" not in result else 1


if __name__ == "__main__":
    sys.exit(main())
