"""Make Pagefind's bundle byte-identical across builds of the same content.

Pagefind 1.5 writes each filter's values in hash-map order, which changes from
run to run (pagefind issue #638); the filter files' names are hashes of their
bytes and are listed in the language's ``.pf_meta`` file, whose name is in turn
listed in ``pagefind-entry.json``. So every build of unchanged content rewrote
three kinds of files, and a deploy re-sent them. Here the values are sorted,
the files renamed after their new bytes, and the references updated. Nothing
else in the bundle is touched.
"""

import gzip
import hashlib
import json
import os

import cbor2

SIGNATURE = b"pagefind_dcd"


def _read(path):
    with open(path, "rb") as handle:
        data = gzip.decompress(handle.read())
    if not data.startswith(SIGNATURE):
        raise ValueError(f"{path}: not a Pagefind data file")
    return cbor2.loads(data[len(SIGNATURE):])


def _write(folder, language, value, digits, suffix):
    """Write ``value`` as a Pagefind data file named after its bytes; return the hash."""
    payload = SIGNATURE + cbor2.dumps(value)
    name = f"{language}_{hashlib.sha256(payload).hexdigest()[:digits]}"
    with open(os.path.join(folder, f"{name}{suffix}"), "wb") as handle:
        handle.write(gzip.compress(payload, mtime=0))
    return name


def _filter_lists(meta, filter_dir):
    """The lists of ``[name, hash]`` pairs in ``meta`` that point at filter files."""
    for part in meta:
        if isinstance(part, list) and part and all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
            and os.path.isfile(os.path.join(filter_dir, f"{p[1]}.pf_filter"))
            for p in part
        ):
            yield part


def stabilise(bundle_path):
    """Sort every filter's values and rename what depends on them; idempotent."""
    entry_path = os.path.join(bundle_path, "pagefind-entry.json")
    with open(entry_path, encoding="utf-8") as handle:
        entry = json.load(handle)
    filter_dir = os.path.join(bundle_path, "filter")
    for language, info in sorted(entry.get("languages", {}).items()):
        meta_path = os.path.join(bundle_path, f"pagefind.{info['hash']}.pf_meta")
        meta = _read(meta_path)
        for pairs in list(_filter_lists(meta, filter_dir)):
            pairs.sort(key=lambda pair: pair[0])  # the filters themselves come in hash-map order too
            for pair in pairs:
                old = os.path.join(filter_dir, f"{pair[1]}.pf_filter")
                name, values = _read(old)
                values.sort(key=lambda item: str(item[0]))
                digits = len(pair[1]) - len(language) - 1
                new = _write(filter_dir, language, [name, values], digits, ".pf_filter")
                if new != pair[1]:
                    os.remove(old)
                    pair[1] = new
        digits = len(info["hash"]) - len(language) - 1
        new_meta = _write(bundle_path, language, meta, digits, ".pf_meta")
        written = os.path.join(bundle_path, f"{new_meta}.pf_meta")
        os.replace(written, os.path.join(bundle_path, f"pagefind.{new_meta}.pf_meta"))
        if new_meta != info["hash"]:
            os.remove(meta_path)
            info["hash"] = new_meta
    with open(entry_path, "w", encoding="utf-8") as handle:
        json.dump(entry, handle, ensure_ascii=False, separators=(",", ":"))
