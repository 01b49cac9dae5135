"""One Pagefind bundle from the bundles of consecutive shards of the articles.

Pagefind keeps every page's words in memory until it writes the index (about
235 KB per article of this portal: 2.4 GB for 10,000), so the articles are
indexed in shards of a few hundred and the shards' bundles are merged here.  A
shard's pages are numbered from 0 in the order they were sent, so the merged
bundle numbers the pages of shard *n* after those of shards 0 … *n*-1; a page's
own data (its fragment, word count, word positions) does not depend on the other
pages, so the merged bundle holds what one Pagefind run over all the articles
would (``tests/plugins/test_search_merge.py`` checks exactly that), but for the
positions of the few most frequent words, thinned with their weights kept (``_thinned``),
and for the words spelt with đ, which each shard also gives to their spelling
with d (``fold_d_stroke``), so that a query without diacritics finds them.

Pagefind's files (format of version 1.5, the pinned one), all CBOR after the
signature ``pagefind_dcd``, gzipped:

- ``pagefind.<hash>.pf_meta``: ``[version, pages, chunks, filters, sorts, fields]``,
  ``pages`` being ``[fragment hash, word count]`` per page (the merged bundle
  rounds the counts, see ``rounded_word_count``), ``chunks``
  ``[first word, last word, hash]`` per index chunk, ``filters``
  ``[name, hash]`` per filter, ``fields`` the names of the meta fields;
- ``index/<hash>.pf_index``: ``[[word, postings, variants]...]`` in word order, a
  word being a spelling without diacritics and ``variants`` the
  ``[spelling, postings]`` of its spellings with diacritics; ``postings`` is one
  ``[page delta, locations, meta locations]`` per page holding the spelling,
  the page numbers delta-coded (the first from 0);
- ``filter/<hash>.pf_filter``: ``[name, [[value, pages]...]]``;
- ``fragment/<hash>.pf_fragment``: one page's JSON, copied as it is.

Joining the postings of two shards only needs the first page of the second and
the last page of the first; decoding every posting to find the last (20 million
numbers at 10,000 articles) would take longer than Pagefind itself.  So each
shard starts and ends with a *sentinel* page holding every word of the shard
once, after ``SENTINEL_OFFSET`` punctuation marks: every posting list of the
shard then starts with the first sentinel (page delta 0) and ends with the
second, whose bytes repeat the first's locations, which sit at positions no
real article reaches (so these bytes are never found in real postings).  The
second sentinel is found with one byte search, its page delta gives the last
real page, and the postings between are copied untouched.  A posting list
without sentinels (a word the sentinels missed) is decoded in full, which is
slower but exact.

A shard is read once, when Pagefind has indexed it: the indexing process keeps
what ``read_shard`` found (``dump_words``), each word's postings with a digest of
them (``word_digest``), and later builds load it without parsing (``load_words``,
a word's postings unpickled only when asked for).  Incremental merge: a word's
entry in the merged bundle is fixed by its spelling and, per shard holding it,
the shard's page offset and that digest, so a key made of these names the
entry's bytes; an index chunk, by its words' keys, names its payload.  The
state a merge leaves (entry sizes and chunk payload digests by key) lets the
next one cut the words into chunks from the sizes alone and keep, untouched on
disk, every chunk whose words have the same keys: after one post is edited only
the words whose postings on that page changed are joined again and only their
chunks compressed and written (a few of 1,400 at 10,000 articles), and the
bundle is still byte for byte the one a merge from nothing writes.

The merged bundle's own files (index chunks, filters, metadata) are named
after their content as Pagefind names them, its fragments after their shard's
fingerprint and their place in the shard (shorter in the metadata, which every
query downloads), and its filter values are sorted, so the same articles always
give the same bytes.
"""

import gzip
import hashlib
import io
import json
import math
import pickle
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field

import cbor2
import deflate

SIGNATURE = b"pagefind_dcd"
# Sentinel words come after this many punctuation marks, so their positions are
# CBOR integers of at least 32768 (0x19 followed by a byte >= 0x80, or 0x1a) ...
SENTINEL_OFFSET = 32768
# ... and real page numbers and word positions must stay below this for the byte
# search to be unambiguous (a 3-byte integer cannot then begin with 0x83).
REAL_LIMIT = 32768
# Names of the sentinel pages (never published: their fragments are not copied).
SENTINEL_URLS = ("/~search-index-sentinel-first/", "/~search-index-sentinel-last/")
# Pagefind's files that the merged bundle takes from the first shard (its script,
# and its wasm compressed again: the shards' bundles keep no other).
STATIC_SUFFIXES = (".js", ".pagefind")
# Compression (libdeflate, the ``deflate`` package; gzip files like Pagefind's):
# level 11 makes files 5-8 % smaller than zlib's best, at a third of zlib's speed
# (level 12: 0.3 % smaller still, 40 % slower), worth it for the files a first
# query downloads whole whatever it asks (the metadata) and for the large index
# chunks of frequent words, which most queries hold (a word in about a thousand
# articles or more); the other chunks get level 6, as small as zlib's level 6 and
# three times as fast.  (libdeflate holds the GIL: the chunks are compressed one
# after the other, in the merge's own thread.)
GZIP_LEVEL, BEST_LEVEL = 6, 11
BEST_FROM = 32 * 1024  # bytes before compression from which BEST_LEVEL is used
# Hex digits of a shard's fingerprint in its fragments' names (40 bits: two shards,
# now or in a browser's cache from an earlier build, are not expected to share them).
FRAGMENT_PREFIX = 10
WORD_COUNT_STEP = 1.1  # pages' word counts in the metadata, rounded on this ratio's powers
# A word whose entry is this large (before gzip: the few words in nearly every
# article, several times each: 3 words at 10,000 articles) keeps at most
# ``KEPT_POSITIONS`` of its body positions per page and spelling, their weights
# adding up to those of all of them (see ``_thinned``).  Thinning decodes the
# entry in Python (0.04 s per 100 KB): done for every entry over 32 KB it took
# 12 s of CPU at 10,000 articles for 4.5 KB less on a first query.
THINNED_ENTRY = 256 * 1024
KEPT_POSITIONS = 8
BODY_WEIGHT = 24  # Pagefind's weight of a word in body text (1 x 24)
MAX_POSITION_WEIGHT = 255  # a weight is a byte


class MergeError(ValueError):
    """A shard's bundle is not shaped as expected (another Pagefind version?)."""


@dataclass
class Postings:
    """One spelling's pages in one shard: ``count`` entries, the first one's page
    number (``first``, shard-local) apart, its bytes after its page delta."""

    count: int
    first: int
    last: int
    rest: bytes


@dataclass
class Shard:
    name: str  # for messages
    files: dict  # path -> bytes: the shard's bundle as Pagefind gave it
    language: str
    version: str
    pages: list  # [fragment hash, word count] of the shard's articles, in order
    words: dict  # word -> (Postings or None, {spelling: Postings})
    filters: dict  # name -> {value: [shard-local page]}
    fields: list
    fast: int = 0  # posting lists joined by the sentinels
    decoded: int = 0  # posting lists decoded in full
    # word -> digest of everything the shard holds for it (see ``word_digest``)
    digests: dict = field(default_factory=dict)


# --- CBOR, as much as Pagefind's files need ---------------------------------------------

def _head(buf, pos):
    """(major type, argument, position after the head) of the item at ``pos``."""
    byte = buf[pos]
    major, info = byte >> 5, byte & 31
    if info < 24:
        return major, info, pos + 1
    if info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        return major, int.from_bytes(buf[pos + 1:pos + 1 + size], "big"), pos + 1 + size
    raise MergeError(f"unexpected CBOR item 0x{byte:02x} at {pos}")


def _skip(buf, pos):
    """Position after the (integer, string or array) item at ``pos``."""
    major, value, pos = _head(buf, pos)
    if major in (0, 1):
        return pos
    if major in (2, 3):
        return pos + value
    if major == 4:
        for _ in range(value):
            pos = _skip(buf, pos)
        return pos
    raise MergeError(f"unexpected CBOR major type {major}")


def _text(buf, pos):
    major, size, pos = _head(buf, pos)
    if major != 3:
        raise MergeError(f"expected a text at {pos}")
    return buf[pos:pos + size].decode("utf-8"), pos + size


def _encode_head(major, value):
    if value < 24:
        return bytes([(major << 5) | value])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if value < 1 << (8 * size):
            return bytes([(major << 5) | info]) + value.to_bytes(size, "big")
    raise MergeError(f"integer too large: {value}")


def _data(files, path):
    """The content of a Pagefind data file, unzipped, without its signature."""
    try:
        data = gzip.decompress(files[path])
    except (KeyError, OSError, EOFError) as error:
        raise MergeError(f"{path}: missing or damaged ({error})") from error
    if not data.startswith(SIGNATURE):
        raise MergeError(f"{path}: not a Pagefind data file")
    return data[len(SIGNATURE):]


def _payload_name(language, payload, digits):
    return f"{language}_{hashlib.sha256(SIGNATURE + payload).hexdigest()[:digits]}"


def _digest_name(language, digest, digits):
    """``_payload_name`` from the payload's digest (``sha256(SIGNATURE + payload)``)."""
    return f"{language}_{digest[:digits]}"


# --- reading a shard --------------------------------------------------------------------

def _decoded_postings(buf, pos, real_pages, sentinels):
    """Exact path: decode the whole posting list at ``pos``."""
    stream = io.BytesIO(buf)
    stream.seek(pos)
    entries = cbor2.CBORDecoder(stream).decode()
    end = stream.tell()
    kept = []
    page = 0
    for delta, locations, meta_locations in entries:
        page += delta
        if sentinels:
            if page == 0 or page == real_pages + 1:
                continue
            kept.append((page - 1, locations, meta_locations))
        else:
            kept.append((page, locations, meta_locations))
    return (encoded_postings(kept) if kept else None), end


def encoded_postings(entries):
    """``Postings`` of ``entries``, ``[(page, locations, meta locations)]`` in page order."""
    # One CBOR array of the first entry's two lists and the next entries, its head cut
    # off: the same bytes as encoding them one by one, in one call (the đ-words' folding
    # encodes some 20,000 entries per shard).
    items = [entries[0][1], entries[0][2]]
    items += [[page - previous, locations, meta_locations]
              for (previous, _, _), (page, locations, meta_locations) in zip(entries, entries[1:])]
    data = cbor2.dumps(items)
    return Postings(len(entries), entries[0][0], entries[-1][0], data[len(_encode_head(4, len(items))):])


def decoded_postings(postings):
    """``[(page, locations, meta locations)]`` of ``postings``, in page order."""
    # ``rest`` is the items of one CBOR array (see ``encoded_postings``): decoded in one call.
    items = cbor2.loads(_encode_head(4, postings.count + 1) + postings.rest)
    page = postings.first
    entries = [(page, items[0], items[1])]
    for delta, locations, meta_locations in items[2:]:
        page += delta
        entries.append((page, locations, meta_locations))
    return entries


# Size of a CBOR integer (major types 0 and 1) from its first byte; 0 for anything else.
_INT_SIZE = bytes(
    (1, 1, 2, 3, 5, 9)[max(0, (byte & 31) - 22)] if byte >> 5 < 2 and byte & 31 < 28 else 0
    for byte in range(256)
)


def _entry_tail(buf, pos):
    """End of an entry's ``[locations], [meta locations]`` (integers only) at ``pos``."""
    for _ in range(2):
        head = buf[pos]
        if 0x80 <= head <= 0x97:
            count, pos = head - 0x80, pos + 1
        elif head == 0x98:
            count, pos = buf[pos + 1], pos + 2
        else:
            return _skip(buf, pos)
        for _ in range(count):
            size = _INT_SIZE[buf[pos]]
            if not size:
                raise MergeError(f"unexpected CBOR item 0x{buf[pos]:02x} at {pos}")
            pos += size
    return pos


def _sentinel_postings(buf, pos, count, real_pages):
    """Fast path: ``(Postings or None, end)`` for a list framed by the sentinels, or
    ``None`` when it is not (then the caller decodes it)."""
    # The first entry must be the first sentinel: page delta 0 ...
    if count < 2 or buf[pos] != 0x83 or buf[pos + 1] != 0x00:
        return None
    start = pos + 2
    stop = _entry_tail(buf, start)
    locations = buf[start:stop]
    # ... its locations a short array header, a weight mark (a negative integer of
    # one or two bytes) and a position >= SENTINEL_OFFSET: then no real posting can
    # hold the same bytes (they would have to be part of a number >= REAL_LIMIT).
    if len(locations) < 5 or not 0x81 <= locations[0] <= 0x97:
        return None
    mark = 2 if 0x20 <= locations[1] <= 0x37 else 3 if locations[1] == 0x38 else 0
    if not mark or not (locations[mark] == 0x1a or (locations[mark] == 0x19 and locations[mark + 1] >= 0x80)):
        return None
    found = buf.find(locations, stop)
    if found < 0:
        return None
    for size in (1, 2, 3):  # the second sentinel's page delta: 1, 2 or 3 bytes
        entry = found - 1 - size
        if entry >= stop and buf[entry] == 0x83 and buf[entry + 1] < 0x20 and _INT_SIZE[buf[entry + 1]] == size:
            break
    else:
        return None
    end = found + len(locations)
    last_delta = _head(buf, entry + 1)[1]
    if count == 2:
        return (None, end) if entry == stop else None
    if buf[stop] != 0x83 or buf[stop + 1] >= 0x20:
        return None
    _, first_delta, after = _head(buf, stop + 1)
    first, last = first_delta - 1, real_pages - last_delta
    if not 0 <= first <= last < real_pages:
        return None
    return Postings(count - 2, first, last, bytes(buf[after:entry])), end


def _postings(buf, pos, shard, real_pages, sentinels):
    major, count, body = _head(buf, pos)
    if major != 4:
        raise MergeError(f"expected a posting list at {pos}")
    if count == 0:
        return None, body
    if sentinels:
        fast = _sentinel_postings(buf, body, count, real_pages)
        if fast is not None:
            shard.fast += 1
            return fast
    shard.decoded += 1
    return _decoded_postings(buf, pos, real_pages, sentinels)


def _read_chunk(buf, shard, real_pages, sentinels):
    major, size, pos = _head(buf, 0)
    if major != 4 or size != 1:
        raise MergeError("an index chunk is not [words]")
    major, count, pos = _head(buf, pos)
    for _ in range(count):
        major, size, pos = _head(buf, pos)
        if major != 4 or size != 3:
            raise MergeError("a word is not [word, postings, variants]")
        word, pos = _text(buf, pos)
        main, pos = _postings(buf, pos, shard, real_pages, sentinels)
        major, variant_count, pos = _head(buf, pos)
        variants = {}
        for _ in range(variant_count):
            major, size, pos = _head(buf, pos)
            if major != 4 or size != 2:
                raise MergeError("a variant is not [spelling, postings]")
            form, pos = _text(buf, pos)
            postings, pos = _postings(buf, pos, shard, real_pages, sentinels)
            if postings is not None:
                variants[form] = postings
        if main is not None or variants:
            shard.words[word] = (main, variants)


def read_shard(files, name=""):
    """The index of one shard's bundle (``files``: path -> bytes, as Pagefind gave
    them; the files read are taken out of it, the rest stays for ``merge``)."""
    try:
        entry = json.loads(files["pagefind-entry.json"])
    except (KeyError, ValueError) as error:
        raise MergeError(f"{name}: no readable pagefind-entry.json") from error
    languages = entry.get("languages", {})
    if len(languages) != 1:
        raise MergeError(f"{name}: expected one language, found {sorted(languages)}")
    (language, info), = languages.items()
    version, pages, chunks, filters, sorts, fields = cbor2.loads(_data(files, f"pagefind.{info['hash']}.pf_meta"))
    if sorts:
        raise MergeError(f"{name}: sorted indexes are not supported")
    sentinels = len(pages) >= 2 and all(
        fragment_url(files, pages[i][0]) == url for i, url in zip((0, -1), SENTINEL_URLS))
    real = pages[1:-1] if sentinels else pages
    if sentinels and (len(real) >= REAL_LIMIT or any(count >= REAL_LIMIT for _, count in real)):
        sentinels = False  # huge pages: the byte search could be fooled, decode everything
    shard = Shard(name, files, language, version, [list(page) for page in real], {}, {}, list(fields))
    for _, _, hash_ in chunks:
        _read_chunk(_data(files, f"index/{hash_}.pf_index"), shard, len(real), sentinels)
    for _, hash_ in filters:
        filter_name, values = cbor2.loads(_data(files, f"filter/{hash_}.pf_filter"))
        shard.filters[filter_name] = {
            value: [page - 1 if sentinels else page for page in pages_
                    if not sentinels or 0 < page <= len(real)]
            for value, pages_ in values
        }
    for path in [path for path in files if path.startswith(("index/", "filter/")) or path.endswith(".pf_meta")]:
        del files[path]  # read: the merge needs only the fragments and the script
    fold_d_stroke(shard.words)
    shard.digests = {word: word_digest(main, variants) for word, (main, variants) in shard.words.items()}
    return shard


# --- đ/Đ ---------------------------------------------------------------------------------

D_STROKE = "đ"  # Pagefind keys words in lower case
DEFAULT_WEIGHT = 25  # the weight of a page's word locations before any weight mark
# The folded spelling keeps, per page, this many body positions of each đ-spelling
# (see ``fold_d_stroke``).
FOLDED_POSITIONS = 2


def fold_d_stroke(words):
    """Give every word spelt with đ to its spelling with d too (in place).

    Pagefind folds a word's diacritics into its key ("mặt", "mất": "mat"), and a
    query without them matches every spelling of the key, but "đ" has no
    decomposition: "đất" is keyed "đat", which "dat" never finds.  So the key
    spelt with d ("dat") gets one more spelling, the key itself ("đat"), whose
    postings hold, page by page, the locations (positions with their weights)
    and meta locations of all its spellings ("đất", "đạt"…).  A query without
    diacritics then finds the đ-words where they are: word by word as its own
    folded words, ranked by the same weights, and as a phrase ("hien dat lam
    duong"), which Pagefind matches only on pages where each query word has a
    single spelling, hence one spelling for them all.  A query with diacritics
    never matches that spelling: its words are keyed with đ, or are not "đat".

    Each đ-spelling gives the folded one its first ``FOLDED_POSITIONS`` body
    positions on a page, weighted as all of them (``thinned_locations``: word
    searches rank as with every position), so that a query without diacritics
    downloads little more than before, when the d-spellings had one position
    per page: with every position, "hien dat lam duong" took 312 KB at 10,000
    articles, over the 300 KB a first search may take.  A phrase then matches at
    those positions only (of 2,000 articles, "doan ket" matches as a phrase on
    690 pages, 872 with every position, 112 with the d-spellings after the
    text; "dang uy" on 681, 681, 3; "dong son" on 218, 222, 45).

    ``words``: word -> (Postings or None, {spelling: Postings}), as ``read_shard``
    reads them (shard-local pages, without the sentinels)."""
    for word in [word for word in words if D_STROKE in word]:
        main, variants = words[word]
        spellings = ([main] if main is not None else []) + list(variants.values())
        target = word.replace(D_STROKE, "d")
        target_main, target_variants = words.get(target, (None, {}))
        words[target] = (target_main, {**target_variants, word: folded_spelling(spellings)})


def folded_spelling(spellings):
    """One ``Postings`` holding, page by page, the first ``FOLDED_POSITIONS`` body
    positions of each of ``spellings`` (``Postings`` of the spellings of one word)
    and all their meta locations."""
    if len(spellings) == 1:  # nothing to join: decoded once, encoded again only if thinned
        entries = decoded_postings(spellings[0])
        thinned = [(page, thinned_locations(locations, FOLDED_POSITIONS), meta_locations)
                   for page, locations, meta_locations in entries]
        unchanged = all(new is old for (_, new, _), (_, old, _) in zip(thinned, entries))
        return spellings[0] if unchanged else encoded_postings(thinned)
    pages = {}
    for postings in spellings:
        for page, locations, meta_locations in decoded_postings(postings):
            body, meta = pages.setdefault(page, (set(), set()))
            body.update(grouped_positions(thinned_locations(locations, FOLDED_POSITIONS), DEFAULT_WEIGHT))
            meta.update(grouped_positions(meta_locations, None))
    return encoded_postings([(page, grouped_locations(body, DEFAULT_WEIGHT), grouped_locations(meta, None))
                             for page, (body, meta) in sorted(pages.items())])


def grouped_positions(values, group):
    """``[(group, position)]`` of Pagefind's ``values``: a group mark (``-1 - group``:
    a weight, or a meta field's number) followed by its positions, the first one
    as it is and the next ones as the difference from the one before; ``group``
    is the group of positions before the first mark."""
    found, position = [], 0
    for value in values:
        if value < 0:
            group, position = -1 - value, 0
        else:
            position += value
            found.append((group, position))
    return found


def grouped_locations(pairs, implicit):
    """Pagefind's values of ``pairs`` (``(group, position)``): group ``implicit``
    first without a mark, then the others by group, each group's positions in order."""
    values, current, last = [], implicit, 0
    for group, position in sorted(pairs, key=lambda pair: (pair[0] != implicit, pair)):
        if group != current:
            values += [-1 - group, position]
            current = group
        else:
            values.append(position - last)
        last = position
    return values


def word_digest(main, variants):
    """What one word's entry in the merged bundle takes from one shard: its posting
    lists, each page number relative to the shard (16 bytes)."""
    digest = hashlib.blake2b(digest_size=16)
    for form, postings in [("", main), *sorted(variants.items())]:
        if postings is None:
            digest.update(b"\xff")
            continue
        digest.update(f"{form}\0{postings.count},{postings.first},{postings.last},{len(postings.rest)}\0".encode())
        digest.update(postings.rest)
    return digest.digest()


def dump_words(shard):
    """``(table, blob)``: the words of ``shard`` as plain values (``table``, for
    pickle: the words, their digests, where each one's postings end in ``blob``)
    and each word's postings, pickled and compressed, one after the other (``blob``).
    ``load_words`` gives them back; a word's postings are unpickled only when the
    merge needs them (most words of most shards are reused as merged before)."""
    words, digests, ends, parts, end = [], [], [], [], 0

    def plain(postings):
        return None if postings is None else (postings.count, postings.first, postings.last, bytes(postings.rest))

    for word, (main, variants) in shard.words.items():
        entry = (plain(main), {form: plain(postings) for form, postings in variants.items()})
        # compressed fast: the cache is 2.5 times smaller for little CPU
        data = zlib.compress(pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL), 1)
        parts.append(data)
        end += len(data)
        words.append(word)
        digests.append(shard.digests[word])
        ends.append(end)
    return {"words": words, "digests": b"".join(digests), "ends": ends}, b"".join(parts)


class StoredWords(Mapping):
    """``Shard.words`` of a shard kept by ``dump_words``: word -> (Postings or
    None, {spelling: Postings}), each unpickled from ``blob`` when asked for."""

    def __init__(self, words, ends, blob):
        self._where = {word: number for number, word in enumerate(words)}
        self._ends = ends
        self._blob = blob

    def __getitem__(self, word):
        number = self._where[word]
        start = self._ends[number - 1] if number else 0
        main, variants = pickle.loads(zlib.decompress(self._blob[start:self._ends[number]]))
        return (None if main is None else Postings(*main),
                {form: Postings(*postings) for form, postings in variants.items()})

    def __iter__(self):
        return iter(self._where)

    def __len__(self):
        return len(self._where)

    def __contains__(self, word):
        return word in self._where


def load_words(table, blob):
    """``(words, digests)`` of a shard from ``dump_words``' values (``blob`` may be
    a memory map: only the words merged are read)."""
    packed = table["digests"]
    digests = {word: packed[16 * number:16 * number + 16] for number, word in enumerate(table["words"])}
    return StoredWords(table["words"], table["ends"], blob), digests


def fragment_url(files, name):
    """The URL of the page whose fragment is ``name`` in ``files`` (``None`` if unreadable)."""
    try:
        return json.loads(_data(files, f"fragment/{name}.pf_fragment")).get("url")
    except (MergeError, ValueError):
        return None


# --- writing the merged bundle ----------------------------------------------------------

def _joined(parts):
    """Bytes of one posting list from ``[(page offset, Postings)]`` in page order."""
    total = sum(postings.count for _, postings in parts)
    out = [_encode_head(4, total)]
    previous = 0
    for offset, postings in parts:
        out.append(b"\x83")
        out.append(_encode_head(0, offset + postings.first - previous))
        out.append(postings.rest)
        previous = offset + postings.last
    return b"".join(out)


def _merged_entry(word, holders):
    """The encoded entry of ``word`` from ``holders``, the ``(page offset, Shard)``
    of the shards that hold it, in page order."""
    mains, forms = [], {}
    for offset, shard in holders:
        main, variants = shard.words[word]
        if main is not None:
            mains.append((offset, main))
        for form, postings in variants.items():
            forms.setdefault(form, []).append((offset, postings))
    out = [b"\x83", cbor2.dumps(word), _joined(mains), _encode_head(4, len(forms))]
    for form in sorted(forms):
        out += [b"\x82", cbor2.dumps(form), _joined(forms[form])]
    entry = b"".join(out)
    return _thinned(entry) if len(entry) >= THINNED_ENTRY else entry


def _thinned(entry):
    """A frequent word's entry with at most ``KEPT_POSITIONS`` body positions per
    page and spelling.

    The browser downloads a query word's whole entry, and a word in thousands of
    articles is mostly their positions ("đồng" 37,763 in 9,155 of 10,000).  Pagefind's
    score reads a word's positions on a page only as the sum of their weights (its
    term frequency), so the first positions kept carry the weight of all of them,
    and every word search ranks exactly as before.  What the positions dropped
    still did: a phrase search matches a page only at the positions kept (the
    first ones in its text: with every entry over 32 KB thinned, 1 page of 7,966
    lost its match of "mặt trận" at 10,000 articles), and Pagefind's own excerpts,
    which the search page does not use."""
    word, main, variants = cbor2.loads(entry)
    return cbor2.dumps([word, _thinned_postings(main), [[form, _thinned_postings(postings)]
                                                         for form, postings in variants]])


def _thinned_postings(postings):
    for posting in postings:
        if len(posting[1]) > KEPT_POSITIONS + 1:
            posting[1] = thinned_locations(posting[1])
    return postings


def thinned_locations(locations, kept_positions=None):
    """Pagefind's ``locations`` of one word on one page (weight marks ``-1 - weight``,
    each followed by an absolute position, the others delta-coded) with at most
    ``kept_positions`` (default ``KEPT_POSITIONS``) of its body positions (more
    when their weights would not fit in bytes): the first ones, weighted so that
    the sum of all the weights stays the same.  Positions of other weights
    (headings) are kept as they are."""
    kept_positions = KEPT_POSITIONS if kept_positions is None else kept_positions
    weight, position, body, other = 25, 0, [], []
    for value in locations:
        if value < 0:
            weight, position = -1 - value, 0
            continue
        position += value
        (body if weight == BODY_WEIGHT else other).append((weight, position))
    if len(body) <= kept_positions:
        return locations
    total = BODY_WEIGHT * len(body)
    kept = max(kept_positions, -(-total // MAX_POSITION_WEIGHT))
    share, extra = divmod(total, kept)
    positions = sorted(position for _, position in body)[:kept]
    # ``extra`` positions weigh one more, so the weights add up to ``total`` exactly
    groups = [(share + 1, positions[:extra]), (share, positions[extra:])]
    for weight in sorted({weight for weight, _ in other}):
        groups.append((weight, [position for w, position in other if w == weight]))
    out = []
    for weight, positions in groups:
        if positions:  # each group: its weight mark, its first position, then deltas
            out += [-1 - weight, positions[0]] + [b - a for a, b in zip(positions, positions[1:])]
    return out


def _gzip(payload, best=False):
    level = BEST_LEVEL if best or len(payload) >= BEST_FROM else GZIP_LEVEL
    return deflate.gzip_compress(SIGNATURE + payload, level)


def merge(shards, chunk_bytes, previous=None, kept=frozenset(), state=None, emit=None):
    """The bundle of ``shards`` (``read_shard`` results, in page order):
    ``{path in the bundle: bytes}``.

    ``emit``, when given, is called with ``(path, bytes)`` of every file named
    after its content (index chunks, filters, fragments) as soon as it is made,
    so that the caller can write it while the merge goes on.

    Incremental: ``previous`` is the ``state`` a merge filled in before (what it
    knew of its words and index chunks), ``kept`` the paths of that merge's index
    chunks still on disk as it wrote them.  An index chunk that would hold the
    same entries, each made from the same postings (``word_digest``) at the same
    page offsets, is then neither joined nor compressed: its path maps to
    ``None`` (keep the file there), and its name, its bounds and every other
    byte of the bundle are the ones a merge without ``previous`` writes.
    ``state`` (a dict), when given, is filled in for the next merge."""
    emit = emit or _ignore
    if not shards:
        raise MergeError("no shard to merge")
    first = shards[0]
    for shard in shards[1:]:
        if (shard.language, shard.version, shard.fields) != (first.language, first.version, first.fields):
            raise MergeError(f"{shard.name}: language, version or meta fields differ from {first.name}")
    language = first.language
    offsets, total = [], 0
    for shard in shards:
        offsets.append(total)
        total += len(shard.pages)
    bundle = {}
    previous = previous or {}
    known_sizes, known_chunks = previous.get("sizes", {}), previous.get("chunks", {})

    # Every word's key: its spelling and, per shard holding it, the shard's page
    # offset and the digest of its postings there; equal keys, equal entries.
    holders = {}
    for shard, offset in zip(shards, offsets):
        for word in shard.words:
            holders.setdefault(word, []).append((offset, shard))
    words = sorted(holders)
    keys, sizes, entries = {}, {}, {}
    for word in words:
        digest = hashlib.blake2b(word.encode("utf-8") + b"\0", digest_size=16)
        for offset, shard in holders[word]:
            digest.update(offset.to_bytes(4, "big") + shard.digests[word])
        key = keys[word] = digest.hexdigest()
        if key in known_sizes:
            sizes[word] = known_sizes[key]
        else:
            entries[word] = _merged_entry(word, holders[word])
            sizes[word] = len(entries[word])

    # Index chunks: word entries until a chunk holds chunk_bytes, and never a word
    # with the words it begins ("son", "song"): the search loads the chunk whose
    # bounds hold a query word and matches the words there that begin with it, so a
    # whole word then never matches another one ("Sơn" finding "sông").  The bounds
    # tile the words: a chunk runs from just after the previous chunk's last word
    # (that word and U+0000) to its own last word, so every query word, whole or
    # begun ("doan k" typed), falls in exactly one chunk.  Pagefind shortens bounds
    # to the shortest prefixes that tell neighbours apart, but a chunk holding one
    # word ("đong") then gets a last bound before its first ("đong".."đon"), no
    # chunk holds the word, and Pagefind loads every chunk whose bounds begin like
    # it ("đo", "đon", "đong": 45 KB more for "Đông" at 10,000 articles); bounds
    # that were the first and last words would leave gaps, where a begun word
    # loads every chunk beginning like it (500 KB of "k…" for "doan k").
    bounds, names, seen, chunk_digests = [], [], set(), {}
    written = 0
    for chunk in _chunks(((word, sizes[word]) for word in words), chunk_bytes):
        chunk_key = hashlib.blake2b("".join(keys[word] for word, _ in chunk).encode(),
                                    digest_size=16).hexdigest()
        payload_digest = known_chunks.get(chunk_key)
        name = payload_digest and _unique_name(language, payload_digest, 7, seen)
        if name is None or f"index/{name}.pf_index" not in kept:
            if name is not None:
                seen.discard(name)
            parts = [entries.get(word) or _merged_entry(word, holders[word]) for word, _ in chunk]
            payload = _encode_head(4, 1) + _encode_head(4, len(chunk)) + b"".join(parts)
            payload_digest = hashlib.sha256(SIGNATURE + payload).hexdigest()
            name = _unique_name(language, payload_digest, 7, seen)
            data = bundle[f"index/{name}.pf_index"] = _gzip(payload)  # libdeflate holds the GIL: no thread pool
            emit(f"index/{name}.pf_index", data)
            written += 1
        else:
            bundle[f"index/{name}.pf_index"] = None  # the file on disk, as it is
        chunk_digests[chunk_key] = payload_digest
        names.append(name)
        bounds.append([chunk[0][0], chunk[-1][0]])
    for left, right in zip(bounds, bounds[1:]):
        right[0] = left[1] + "\0"
    if state is not None:
        state.update(sizes={keys[word]: sizes[word] for word in words}, chunks=chunk_digests,
                     entries_joined=len(entries), chunks_written=written, chunks_kept=len(names) - written)

    # Filters: every value's pages, values in a stable order.
    merged_filters = {}
    for shard, offset in zip(shards, offsets):
        for name, values in shard.filters.items():
            target = merged_filters.setdefault(name, {})
            for value, pages in values.items():
                target.setdefault(value, []).extend(offset + page for page in pages)
    filters = []
    for name, values in sorted(merged_filters.items()):
        payload = cbor2.dumps([name, [[value, sorted(pages)]
                                      for value, pages in sorted(values.items(), key=lambda v: str(v[0]))]])
        hash_ = _unique_name(language, hashlib.sha256(SIGNATURE + payload).hexdigest(), 7, seen)
        data = bundle[f"filter/{hash_}.pf_filter"] = _gzip(payload)
        emit(f"filter/{hash_}.pf_filter", data)
        filters.append([name, hash_])

    # Fragments: as they are, under a name of their shard and their place in it (see
    # ``_fragment_names``); a name taken by another page's fragment gets a longer one.
    pages = []
    for shard in shards:
        for (own, word_count), name in zip(shard.pages, _fragment_names(shard)):
            data = shard.files[f"fragment/{own}.pf_fragment"]
            if bundle.get(f"fragment/{name}.pf_fragment", data) != data:
                digest = hashlib.sha256(data).hexdigest()
                digits = 8
                while bundle.get(f"fragment/{language}_{digest[:digits]}.pf_fragment", data) != data:
                    digits += 1
                name = f"{language}_{digest[:digits]}"
            bundle[f"fragment/{name}.pf_fragment"] = data
            emit(f"fragment/{name}.pf_fragment", data)
            pages.append([name, rounded_word_count(word_count)])

    meta = cbor2.dumps([first.version, pages, [[a, b, name] for (a, b), name in zip(bounds, names)],
                        filters, [], first.fields])
    meta_name = _payload_name(language, meta, 10)
    bundle[f"pagefind.{meta_name}.pf_meta"] = _gzip(meta, best=True)

    for path, data in first.files.items():  # Pagefind's script and wasm
        if "/" not in path and path.endswith(STATIC_SUFFIXES):
            bundle[path] = _recompressed(data) if path.endswith(".pagefind") else data
    entry = json.loads(first.files["pagefind-entry.json"])
    entry["languages"][language].update(hash=meta_name, page_count=len(pages))
    bundle["pagefind-entry.json"] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return bundle


def _recompressed(data):
    """Pagefind's gzipped wasm at ``BEST_LEVEL``: every first search downloads it
    (66.5 KB at Pagefind's level, 64.2 at this one)."""
    try:
        return deflate.gzip_compress(gzip.decompress(data), BEST_LEVEL)
    except (OSError, EOFError):
        return data  # not gzipped (another Pagefind version?): as it is


def rounded_word_count(count):
    """``count`` on a grid of steps of 10 % (5 % off at most, and a word; exact below 12).

    A page's word count only scales its words' scores by its length against the
    average (BM25), where 5 % moves a score by 4 % at most; the 31 values left
    at 10,000 articles compress to a third of the exact counts' bytes in the
    metadata that every query downloads (12 KB less)."""
    if count < 12:
        return count
    return round(WORD_COUNT_STEP ** round(math.log(count, WORD_COUNT_STEP)))


def _base36(number):
    digits = ""
    while True:
        number, rest = divmod(number, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[rest] + digits
        if not number:
            return digits


def _ignore(path, data):
    """``merge``'s ``emit`` when the caller gave none."""


def shard_fragments(shard):
    """``(path, bytes)`` of ``shard``'s fragments as the merged bundle names them
    (unless another page's fragment took the name first: see ``merge``), known as
    soon as the shard is read."""
    for (own, _), name in zip(shard.pages, _fragment_names(shard)):
        yield f"fragment/{name}.pf_fragment", shard.files[f"fragment/{own}.pf_fragment"]


def _fragment_names(shard):
    """Names of the fragments of ``shard``'s pages in the merged bundle.

    Every query downloads the metadata, which names every page's fragment:
    with Pagefind's names (a hash of the fragment each) the pages took 7 bytes
    each after gzip, 72 KB of its 80 at 10,000 articles.  A shard's fingerprint (its name, hex)
    covers its articles, this plugin's code and Pagefind's version, so its first
    hex digits and a page's number in the shard name the same bytes on every
    build, as a content hash does, and repeat from page to page, which gzip
    shrinks to about 2 bytes.  A shard without such a name keeps Pagefind's."""
    prefix = shard.name[:FRAGMENT_PREFIX]
    if len(prefix) < FRAGMENT_PREFIX or prefix.strip("0123456789abcdef"):
        return [name for name, _ in shard.pages]
    return [f"{prefix}_{_base36(number)}" for number in range(len(shard.pages))]


def _chunks(entries, chunk_bytes):
    """Lists of ``(word, size of its entry)``: a chunk ends once it holds
    ``chunk_bytes`` and before a word that begins with its last word."""
    current, size = [], 0
    for word, length in entries:
        if current and (size >= chunk_bytes or word.startswith(current[-1][0])):
            yield current
            current, size = [], 0
        current.append((word, length))
        size += length
    if current:
        yield current


def _unique_name(language, digest, digits, seen):
    """The name of the file whose payload has ``digest`` (``sha256(SIGNATURE + payload)``,
    hex): its first ``digits``, more when a file named before (``seen``) took them."""
    name = _digest_name(language, digest, digits)
    while name in seen:
        digits += 1
        if digits > 64:
            raise MergeError("two index files with the same bytes")
        name = _digest_name(language, digest, digits)
    seen.add(name)
    return name
