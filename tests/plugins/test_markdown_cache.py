"""Converted Markdown is kept by content hash between builds."""

import os
import pickle

from conftest import post, run_pelican, write_files
from front_matter.markdown_cache import MarkdownCache


def _shards(cache):
    folder = cache / "front_matter"
    return {p: pickle.loads(p.read_bytes()) for p in folder.glob("*.pickle")}


def test_the_cache_is_keyed_by_content_not_by_modification_time(tmp_path):
    content = write_files(tmp_path / "content", {
        "posts/2021/a.md": post("Hội nghị thôn Đông Sơn", body="Nội dung **gốc**."),
        "posts/2021/b.md": post("Trao quà Tết", body="Bài thứ hai."),
    })
    output, cache = tmp_path / "output", tmp_path / "cache"
    run_pelican(content, output, CACHE_PATH=str(cache))
    (shard_path, shard), = _shards(cache).items()
    assert sorted(shard.values()) == ["<p>Bài thứ hai.</p>", "<p>Nội dung <strong>gốc</strong>.</p>"]

    # Plant a different conversion under the same key: a build that reads it proves
    # the key is the file's bytes (a fresh clone gives every file a new mtime).
    key = next(k for k, html in shard.items() if "gốc" in html)
    shard[key] = "<p>Lấy từ bộ nhớ đệm.</p>"
    shard_path.write_bytes(pickle.dumps(shard))
    source = content / "posts/2021/a.md"
    os.utime(source, (1, 1))
    run_pelican(content, output, CACHE_PATH=str(cache))
    page = next(output.glob("tin-tuc/2021/hoi-nghi-thon-dong-son/index.html"))
    assert "Lấy từ bộ nhớ đệm." in page.read_text(encoding="utf-8")

    # An edited file misses the cache; the entry of its old text is dropped.
    source.write_text(post("Hội nghị thôn Đông Sơn", body="Nội dung *mới*."), encoding="utf-8")
    run_pelican(content, output, CACHE_PATH=str(cache))
    assert "<p>Nội dung <em>mới</em>.</p>" in page.read_text(encoding="utf-8")
    (_, shard), = _shards(cache).items()
    assert len(shard) == 2 and key not in shard


def test_prefetch_converts_new_files_of_a_folder_on_several_cores(tmp_path):
    folder = tmp_path / "posts"
    folder.mkdir()
    for n in range(80):
        (folder / f"p{n}.md").write_text(post(f"Bài {n}", body=f"Đoạn *{n}*."), encoding="utf-8")
    (folder / "broken.md").write_bytes(b"\xff\xfe not utf-8")
    cache = MarkdownCache(str(tmp_path / "cache"), {"output_format": "html5"})

    def convert(path, data):
        return None if b"\xff" in data else f"<p>{os.path.basename(path)} {os.getpid()}</p>"

    assert cache.prefetch(str(folder), convert, workers=2) == 81
    shard = cache.shard(str(folder))
    assert len(shard) == 80  # the broken file is left to the reader, which reports it
    assert len({html.split()[1] for html in shard.values()}) == 2  # two processes converted


def test_the_reader_takes_each_file_as_prefetch_read_it(tmp_path):
    """Each file is read and hashed once per build: prefetch keeps the bytes and key
    of the folder's files until the reader takes them (once), whatever the order."""
    first, second = tmp_path / "2021", tmp_path / "2022"
    for folder in (first, second):
        folder.mkdir()
        for n in range(3):
            (folder / f"p{n}.md").write_text(post(f"Bài {folder.name}-{n}"), encoding="utf-8")
    cache = MarkdownCache(str(tmp_path / "cache"), {"output_format": "html5"})
    cache.prefetch(str(first), lambda path, data: "<p>x</p>", workers=1)
    path = str(first / "p1.md")
    data = (first / "p1.md").read_bytes()
    assert cache.take(path) == (data, cache.key(data))
    assert cache.take(path) is None  # taken once: a second read goes to the disk
    cache.prefetch(str(second), lambda path, data: "<p>x</p>", workers=1)
    # Pelican reads files in no particular order: the first folder's wait too.
    for folder in (first, second):
        data = (folder / "p2.md").read_bytes()
        assert cache.take(str(folder / "p2.md")) == (data, cache.key(data))


def test_a_build_rewrites_only_the_shards_whose_entries_changed(tmp_path):
    content = write_files(tmp_path / "content", {
        "posts/2020/a.md": post("Hội nghị thôn Đông Sơn", date="06/07/2020 08:30", body="Năm **2020**."),
        "posts/2020/b.md": post("Trao quà Tết", date="07/07/2020 08:30", body="Bài thứ hai."),
        "posts/2021/c.md": post("Sửa đường thôn Bắc", date="06/07/2021 08:30", body="Năm *2021*."),
    })
    output, cache = tmp_path / "output", tmp_path / "cache"

    def stored():  # conversions and checked front matter, each shard's time and entries
        found = sorted((cache / "front_matter").glob("*.pickle")) + sorted((cache / "front_matter").glob("checked/*.pickle"))
        return {p: (p.stat().st_mtime_ns, sorted(pickle.loads(p.read_bytes()))) for p in found}

    run_pelican(content, output, CACHE_PATH=str(cache))
    first = stored()
    assert len(first) == 4  # two folders, two stores

    # An edit in 2021: its two shards are written again (new entry, old one dropped), 2020's are not.
    (content / "posts/2021/c.md").write_text(
        post("Sửa đường thôn Bắc", date="06/07/2021 08:30", body="Năm *2021*, đã sửa."), encoding="utf-8")
    run_pelican(content, output, CACHE_PATH=str(cache))
    second = stored()
    changed = {p for p in first if second[p] != first[p]}
    assert len(changed) == 2 and all(second[p][1] != first[p][1] for p in changed)
    assert all(len(second[p][1]) == 1 for p in changed)  # the old text's entry is gone
    page = next(output.glob("tin-tuc/2021/*/index.html"))
    assert "đã sửa" in page.read_text(encoding="utf-8")

    # A post of 2020 deleted: 2020's shards lose its entries, 2021's stay as they are.
    (content / "posts/2020/b.md").unlink()
    run_pelican(content, output, CACHE_PATH=str(cache))
    third = stored()
    assert {p for p in second if third[p] != second[p]} == set(first) - changed
    assert all(len(third[p][1]) == 1 for p in third)
