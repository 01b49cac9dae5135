"""Search index in shards: the merged bundle holds what one Pagefind run over all the
articles holds; shard boundaries and index chunks behave as documented."""

import gzip
import hashlib
import json
import os

import cbor2
import pytest

from search_index import merge
from search_index.indexer import BundleWriter, intact, split_shards, write_bundle
from search_index.pagefind_service import PagefindService, pagefind_executable
from search_index.search_index import LANGUAGE, environment, make_record, page_url, render_source

FILLER = "Hội nghị diễn ra trong không khí cởi mở, các ý kiến được ghi nhận đầy đủ. " * 6

RECORDS = [
    make_record(f"tin-tuc/{date[:4]}/{slug}/index.html", title, date, category, body, lead)
    for slug, title, date, category, body, lead in [
        ("dai-hoi", "Đại hội Đảng bộ xã", "2021-07-06", "Hoạt động Mặt trận",
         "<p>Đảng bộ xã họp. Đảng viên đông đủ.</p><h2>Đoàn kết</h2><p>" + FILLER + "</p>", ""),
        ("ngay-hoi", "Ngày hội ở thôn Tây", "2021-07-06", "Đại đoàn kết",
         "<p>Khối đoàn kết toàn dân tộc ở khu dân cư.</p>", "<p>Tóm tắt: ngày hội.</p>"),
        ("covid", "Phòng chống COVID-19", "2021-08-01", "Thông báo",
         "<p>Tiêm vắc-xin COVID-19 ngày 10/11, 1.000 liều.</p>", ""),
        ("anh", "Trao quà ở Đông Sơn", "2022-01-10", "Thông báo", '<p><img src="a.jpg" alt="Trao quà"></p>', ""),
        ("song", "Nạo vét lòng sông", "2022-02-01", "Thông báo", "<p>Bà con nạo vét sông ở thôn Tây.</p>", ""),
        ("son", "Thôn Đông Sơn sửa đường", "2022-02-02", "Gương điển hình",
         "<p>Thôn Đông Sơn hiến đất làm đường. Sơn lại cổng.</p>", ""),
        ("mat-tran", "Sinh hoạt chuyên đề", "2022-03-03", "Hoạt động Mặt trận",
         "<p>" + FILLER + "</p><p>Ban công tác Mặt trận thôn Bắc chủ trì.</p>", ""),
        ("mai-nha", "Sửa mái nhà văn hóa", "2022-03-04", "Thông báo",
         "<p>Nhà văn hóa được làm mát trần. Mát trần giúp nhà mát.</p>", ""),
        ("trung-lap", "Thông báo lịch tiếp dân", "2023-01-09", "Thông báo", "<p>Lịch tiếp dân tháng 1.</p>", ""),
        ("trung-lap-2", "Thông báo lịch tiếp dân", "2023-01-09", "Thông báo", "<p>Lịch tiếp dân tháng 1.</p>", ""),
        ("quy", "Quỹ Vì người nghèo", "2023-05-05", "An sinh xã hội",
         "<ul><li>Đóng góp: 5 triệu đồng</li><li>Đợt 2</li></ul>", ""),
        ("dak-doa", "Giao lưu kết nghĩa", "2024-05-05", "Hoạt động Mặt trận",
         "<p>Đoàn công tác đến thăm xã Hà Bầu, huyện Đắk Đoa, tỉnh Gia Lai.</p>", ""),
    ]
]
OPTIONS = {"enabled": True, "chunk_kb": 1, "shard_size": 3, "jobs": 2, "cache": False}


def read(path):
    with open(path, "rb") as handle:
        return cbor2.loads(gzip.decompress(handle.read())[len(merge.SIGNATURE):])


def absolute(postings, fields):
    """[(page, locations, [(meta field, position)...])]: meta locations name their
    field (-1 - its number in ``fields``) instead of numbering it, in order."""
    found, page = [], 0
    for delta, locations, meta_locations in postings:
        page += delta
        named, field, position = [], None, 0
        for value in meta_locations:
            if value < 0:
                field, position = fields[-1 - value], 0
            else:
                position += value
                named.append((field, position))
        found.append((page, locations, sorted(named)))
    return found


def decoded(bundle):
    """Everything a bundle says, page numbers made absolute."""
    with open(os.path.join(bundle, "pagefind-entry.json"), encoding="utf-8") as handle:
        (language, info), = json.load(handle)["languages"].items()
    version, pages, chunks, filters, sorts, fields = read(os.path.join(bundle, f"pagefind.{info['hash']}.pf_meta"))
    words, bounds = {}, []
    for first, last, name in chunks:
        entries = read(os.path.join(bundle, "index", f"{name}.pf_index"))[0]
        bounds.append((first, last, [entry[0] for entry in entries]))
        for word, main, variants in entries:
            words[word] = (absolute(main, fields), {form: absolute(postings, fields) for form, postings in variants})
    fragments, names = [], [name for name, _ in pages]
    for name, _ in pages:
        with open(os.path.join(bundle, "fragment", f"{name}.pf_fragment"), "rb") as handle:
            fragments.append(json.loads(gzip.decompress(handle.read())[len(merge.SIGNATURE):]))
    values = {}
    for name, hash_ in filters:
        filter_name, pairs = read(os.path.join(bundle, "filter", f"{hash_}.pf_filter"))
        values[filter_name] = {value: sorted(pages_) for value, pages_ in pairs}
    return {"version": version, "word_counts": [count for _, count in pages], "fragments": fragments,
            "words": words, "filters": values, "fields": fields, "sorts": sorts, "bounds": bounds,
            "page_count": info["page_count"], "names": names}


def one_run(records, folder):
    """What Pagefind alone writes for ``records`` in one index, in this order."""
    env = environment()
    with PagefindService(pagefind_executable()) as service:
        index = service.call({"type": "NewIndex", "config": {"force_language": LANGUAGE}})["index_id"]
        for record in records:
            service.call({"type": "AddFile", "index_id": index, "url": page_url(record.path),
                          "file_contents": render_source(record, env)})
        files = service.call({"type": "GetFiles", "index_id": index})["files"]
    import base64

    for file in files:
        target = os.path.join(folder, file["path"])
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as handle:
            handle.write(base64.b64decode(file["content"]))
    return decoded(folder)


def folded(found):
    """``found`` (``decoded``) with every word spelt with đ given to its spelling
    with d as one more spelling, the word itself, holding page by page the
    locations of all its spellings, the first ``FOLDED_POSITIONS`` body positions
    of each (what the merge does, ``merge.fold_d_stroke``)."""
    words = dict(found["words"])
    for word, (main, variants) in found["words"].items():
        if "đ" not in word:
            continue
        pages = {}
        for postings in [main, *variants.values()]:
            for page, locations, meta in postings:
                body, fields = pages.setdefault(page, (set(), set()))
                body.update(weighted(merge.thinned_locations(locations, merge.FOLDED_POSITIONS)))
                fields.update(meta)
        joined = [(page, merge.grouped_locations(body, 25), sorted(fields)) for page, (body, fields) in sorted(pages.items())]
        target_main, target_variants = words.get(word.replace("đ", "d"), ([], {}))
        words[word.replace("đ", "d")] = (target_main, {**target_variants, word: joined})
    return {**found, "words": words}


@pytest.fixture(scope="module")
def one_run_folder(tmp_path_factory):
    folder = str(tmp_path_factory.mktemp("one-run"))
    return folder, one_run(sorted(RECORDS, key=lambda record: (record.date, record.path)), folder)


@pytest.fixture(scope="module")
def reference(one_run_folder):
    return folded(one_run_folder[1])


def merged(tmp_path, **options):
    stats = {}
    assert write_bundle(RECORDS, tmp_path, {**OPTIONS, **options}, "", stats) == len(RECORDS)
    return decoded(os.path.join(tmp_path, "pagefind")), stats


def assert_same_index(got, expected):
    for key in ("version", "fragments", "filters", "sorts", "page_count"):
        assert got[key] == expected[key], key
    assert got["word_counts"] == [merge.rounded_word_count(count) for count in expected["word_counts"]]
    assert set(expected["fields"]) <= set(got["fields"])
    assert got["words"] == expected["words"]


def test_merged_shards_hold_what_one_pagefind_run_holds(tmp_path, reference):
    got, stats = merged(tmp_path)
    assert stats["shards"] > 3 and stats["indexed_shards"] == stats["shards"]
    # Nearly every posting list is framed by the sentinels; the words of the photo's file
    # name (Pagefind's own "image" meta field, "a.jpg") are not, and are decoded in full.
    assert stats["fast"] > 100 and stats["decoded"] == 2
    assert_same_index(got, reference)
    # every page's fragment is named after its shard's fingerprint and its place there
    prefixes = [name.split("_")[0] for name in got["names"]]
    assert len(set(got["names"])) == len(RECORDS) and len(set(prefixes)) == stats["shards"]
    assert all(len(prefix) == merge.FRAGMENT_PREFIX for prefix in prefixes)


def test_the_folded_spellings_are_where_a_query_without_diacritics_looks(reference):
    # "Đảng" (title, body), "đông đủ", "Đoàn" (a heading): each d-key holds its đ-word
    # as one spelling, at the đ-words' own positions and weights
    native = reference["words"]["đang"]
    assert set(native[1]) == {"đảng"}
    assert reference["words"]["dang"] == ([], {"đang": native[1]["đảng"]})
    dong, doan = reference["words"]["dong"][1], reference["words"]["doan"][1]
    assert set(dong) == {"đong"} and {"đoan"} <= set(doan)
    heading = [(weight, position) for _, locations, _ in doan["đoan"] for weight, position in weighted(locations)
               if weight != merge.BODY_WEIGHT]
    assert heading  # "Đoàn kết" is a heading: it weighs more


def test_pagefind_writes_locations_as_the_fold_writes_them(one_run_folder):
    folder, _ = one_run_folder
    checked = 0
    for name in os.listdir(os.path.join(folder, "index")):
        for _, main, variants in read(os.path.join(folder, "index", name))[0]:
            for postings in [main] + [postings for _, postings in variants]:
                for _, locations, meta_locations in postings:
                    pairs = merge.grouped_positions(locations, merge.DEFAULT_WEIGHT)
                    assert merge.grouped_locations(pairs, merge.DEFAULT_WEIGHT) == locations
                    pairs = merge.grouped_positions(meta_locations, None)
                    assert merge.grouped_locations(pairs, None) == meta_locations
                    checked += 1
    assert checked > 100


def test_the_spellings_of_a_word_with_d_stroke_are_joined_page_by_page():
    def postings(entries):
        return merge.encoded_postings(entries)

    dat = postings([(1, [-25, 0, 1], [])])  # "dat Dat": Pagefind's own key, untouched
    dat_stroke = postings([(0, [-25, 2, 3], [-1, 4]), (3, [-25, 1], [])])  # "đất"
    dat_dot = postings([(0, [-25, 4, -145, 13], []), (2, [-25, 7], [-1, 0, 2])])  # "đạt"
    doan = postings([(2, [-25, 8, 1, 1], [])])  # "đoàn" three times on a page
    words = {"dat": (dat, {}), "đat": (None, {"đất": dat_stroke, "đạt": dat_dot}), "đoan": (None, {"đoàn": doan}),
             "ket": (None, {"kết": dat})}
    merge.fold_d_stroke(words)
    assert words["đat"] == (None, {"đất": dat_stroke, "đạt": dat_dot})
    assert words["ket"] == (None, {"kết": dat})
    assert words["đoan"] == (None, {"đoàn": doan})
    # the folded spelling keeps the first two positions of each spelling, weighted as all three
    assert set(words["doan"][1]) == {"đoan"} and words["doan"][0] is None
    assert merge.decoded_postings(words["doan"][1]["đoan"]) == [(2, [-37, 8, 1], [])]
    main, variants = words["dat"]
    assert main is dat and set(variants) == {"đat"}
    assert merge.decoded_postings(variants["đat"]) == [
        (0, [-25, 2, 2, 1, -145, 13], [-1, 4]), (2, [-25, 7], [-1, 0, 2]), (3, [-25, 1], [])]


def test_posting_lists_without_sentinels_are_decoded_exactly(tmp_path, reference, monkeypatch):
    monkeypatch.setattr(merge, "_sentinel_postings", lambda *args: None)
    got, stats = merged(tmp_path)
    assert stats["fast"] == 0 and stats["decoded"] > 0
    assert_same_index(got, reference)


def weighted(locations):
    """[(weight, position)] of Pagefind's ``locations`` (weight marks, then deltas)."""
    found, weight, position = [], 25, 0
    for value in locations:
        if value < 0:
            weight, position = -1 - value, 0
        else:
            position += value
            found.append((weight, position))
    return found


def test_thinned_locations_keep_the_first_body_positions_and_the_weight_of_all():
    body = [merge.BODY_WEIGHT * -1 - 1, 5] + [1] * 11 + [-73, 2]  # 12 in the body, a heading's at 2
    thinned = weighted(merge.thinned_locations(body))
    assert [position for weight, position in thinned if weight != 72] == list(range(5, 5 + merge.KEPT_POSITIONS))
    assert (72, 2) in thinned
    assert sum(weight for weight, _ in thinned) == sum(weight for weight, _ in weighted(body))
    many = weighted(merge.thinned_locations([-25] + [1] * 300))  # 7,200 of weight: 29 bytes' worth
    assert len(many) == 29 and sum(weight for weight, _ in many) == 300 * 24
    assert max(weight for weight, _ in many) <= 255
    few = [-25, 3, 4, 5]
    assert merge.thinned_locations(few) is few


def test_thinned_entries_rank_as_before_with_fewer_positions(tmp_path, reference, monkeypatch):
    monkeypatch.setattr(merge, "THINNED_ENTRY", 0)  # every word is "frequent"
    monkeypatch.setattr(merge, "KEPT_POSITIONS", 2)
    got, _ = merged(tmp_path)
    assert got["words"].keys() == reference["words"].keys()
    thinned = 0
    for word, (main, variants) in reference["words"].items():
        got_main, got_variants = got["words"][word]
        assert got_variants.keys() == variants.keys()
        for expected, found in [(main, got_main)] + [(variants[form], got_variants[form]) for form in variants]:
            assert [(page, meta) for page, _, meta in found] == [(page, meta) for page, _, meta in expected]
            for (_, before, _), (_, after, _) in zip(expected, found):
                before, after = weighted(before), weighted(after)
                # Pagefind's term frequency: the sum of the weights
                assert sum(w for w, _ in after) == sum(w for w, _ in before)
                body = [position for weight, position in before if weight == merge.BODY_WEIGHT]
                assert len(after) == len(before) - len(body) + min(len(body), 2)
                thinned += len(after) < len(before)
    assert thinned > 10  # the filler's words, six times on two pages


def test_one_shard_is_the_same_too(tmp_path, reference):
    got, stats = merged(tmp_path, shard_size=1000)
    assert stats["shards"] == 1
    assert_same_index(got, reference)


def test_a_word_never_shares_a_chunk_with_the_words_it_begins(tmp_path):
    got, _ = merged(tmp_path, chunk_kb=64)
    assert len(got["bounds"]) > 1
    words = sorted(got["words"])
    assert "son" in words and "song" in words  # "Sơn" and "sông"
    chunk_of = {word: index for index, (_, _, members) in enumerate(got["bounds"]) for word in members}
    # the bounds tile the words (each chunk ends at its last word and the next begins
    # just after it), so Pagefind finds exactly one chunk for a word, whole or begun,
    # and never loads every chunk that begins like it
    bounds = got["bounds"]
    assert bounds[0][0] == bounds[0][2][0] and all(last == members[-1] for _, last, members in bounds)
    assert all(right[0] == left[1] + "\0" for left, right in zip(bounds, bounds[1:]))
    for begun in {word[:length] for word in words for length in range(1, len(word) + 1)}:
        if bounds[0][0] <= begun <= bounds[-1][1]:
            assert len([1 for first, last, _ in bounds if first <= begun <= last]) == 1, begun
    for word in words:
        holding = [i for i, (first, last, _) in enumerate(got["bounds"]) if first <= word <= last]
        assert holding == [chunk_of[word]], word  # the search loads that chunk alone for this word
        _, _, members = got["bounds"][chunk_of[word]]
        assert not [other for other in members if other != word and other.startswith(word)], word


def test_word_counts_are_rounded_by_at_most_5_percent_keeping_their_order():
    counts = list(range(1, 20_000))
    rounded = [merge.rounded_word_count(count) for count in counts]
    assert rounded[:11] == counts[:11]
    assert all(abs(r - c) <= 0.05 * c + 0.5 for r, c in zip(rounded, counts))  # a word for rounding
    assert rounded == sorted(rounded) and len(set(rounded)) < 110


def test_shard_boundaries_depend_on_the_articles_not_on_a_count():
    items = [(f"tin-tuc/2020/bai-{n:04d}/index.html", "T", f"2020-01-{n % 28 + 1:02d}", "C", "<p>x</p>", "")
             for n in range(3000)]
    items.sort(key=lambda item: (item[2], item[0]))
    shards = split_shards(items, 100)
    assert all(50 <= len(shard) <= 200 for shard in shards[:-1])
    # one more article changes its own shard only: every other shard stays as it was
    extra = ("tin-tuc/2020/bai-moi/index.html", "T", "2020-01-15", "C", "<p>y</p>", "")
    again = split_shards(sorted(items + [extra], key=lambda item: (item[2], item[0])), 100)
    changed = [shard for shard in again if shard not in shards]
    assert len(changed) <= 2 and any(extra in shard for shard in changed)


def bundle_bytes(output):
    bundle = output / "pagefind"
    return {path.relative_to(bundle).as_posix(): path.read_bytes() for path in bundle.rglob("*") if path.is_file()}


def test_an_incremental_merge_writes_a_fresh_merges_bytes_and_only_the_chunks_that_changed(tmp_path):
    options = {**OPTIONS, "cache": True}
    cache, output = str(tmp_path / "cache"), tmp_path / "out"
    output.mkdir()
    stats = {}
    write_bundle(RECORDS, output, options, cache, stats)
    total_chunks = stats["chunks_written"]
    assert stats["chunks_kept"] == 0 and total_chunks > 5

    def again(records, tamper=None):
        previous = {"merge": stats["merge_state"], "files": stats["files"]}
        if tamper:
            tamper()
        stats.clear()
        write_bundle(records, output, options, cache, stats, previous=previous)
        fresh = tmp_path / f"fresh-{len(records)}"
        fresh.mkdir()
        write_bundle(records, fresh, OPTIONS, "", {})  # no cache, nothing to reuse
        assert bundle_bytes(output) == bundle_bytes(fresh)
        return stats

    # one post's body edited (a new word at its end): its shard is indexed again, and
    # only the chunks of the words whose postings changed are joined and written
    edited = [record if record.path != RECORDS[10].path else
              make_record(record.path, record.title, record.date, record.category,
                          record.body_html + "<p>Chữ mới quyxamoi.</p>") for record in RECORDS]
    got = again(edited)
    assert got["indexed_shards"] == 1
    assert got["chunks_kept"] > got["chunks_written"] > 0
    assert got["entries_joined"] < len(stats["merge_state"]["sizes"]) / 2
    # a post added before others (every later page moves) and a chunk changed on disk:
    # still the fresh merge's bytes
    added = edited + [make_record("tin-tuc/2021/moi/index.html", "Tin mới", "2021-07-07", "Thông báo",
                                  "<p>Nội dung mới ở thôn Tây.</p>")]
    chunk = next(path for path in (output / "pagefind" / "index").iterdir())
    got = again(added, tamper=lambda: chunk.write_bytes(chunk.read_bytes()[:-1] + b"\0"))
    assert got["chunks_written"] > 0


def test_files_written_before_the_merge_ends_leave_exactly_the_merged_bundle(tmp_path):
    # BundleWriter writes a new content-named file as soon as it is known; a name the
    # merge then gives other bytes (two shards' fragments under one name) is written
    # again, one it does not use goes, and a kept file stays as it was.
    (tmp_path / "pagefind" / "index").mkdir(parents=True)
    kept_chunk = tmp_path / "pagefind" / "index" / "vi_kept.pf_index"
    kept_chunk.write_bytes(b"kept chunk")
    kept = {"index/vi_kept.pf_index": [10, kept_chunk.stat().st_mtime_ns, "digest of the kept chunk"]}
    writer = BundleWriter(str(tmp_path / "pagefind"))
    try:
        writer.add("fragment/vi_a.pf_fragment", b"page a")
        writer.add("fragment/vi_b.pf_fragment", b"page b, first shard")
        writer.add("fragment/vi_unused.pf_fragment", b"a name the merge gave to another page")
        writer.add("pagefind-entry.json", b"{}")  # not named after its content: left to finish
        assert not (tmp_path / "pagefind" / "pagefind-entry.json").exists()
        described = writer.finish({
            "fragment/vi_a.pf_fragment": b"page a",
            "fragment/vi_b.pf_fragment": b"page b, other shard",
            "index/vi_kept.pf_index": None,
            "pagefind-entry.json": b'{"version": "1"}',
        }, kept)
    finally:
        writer.close()
    on_disk = {path.relative_to(tmp_path / "pagefind").as_posix(): path.read_bytes()
               for path in (tmp_path / "pagefind").rglob("*") if path.is_file()}
    assert on_disk == {"fragment/vi_a.pf_fragment": b"page a",
                       "fragment/vi_b.pf_fragment": b"page b, other shard",
                       "index/vi_kept.pf_index": b"kept chunk",
                       "pagefind-entry.json": b'{"version": "1"}'}
    assert intact(str(tmp_path / "pagefind"), described)
    assert described["fragment/vi_b.pf_fragment"][2] == hashlib.sha256(b"page b, other shard").hexdigest()
    assert described["index/vi_kept.pf_index"][2] == "digest of the kept chunk"
