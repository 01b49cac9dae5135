"""front_matter keeps each file's checked front matter by content hash (issue 21):
an unchanged post costs a lookup, yet a rebuild reports exactly what a fresh
build reports — warnings again, a removed image, a category the settings no
longer allow — because the entry is only used when the file's bytes, the
checking code, the settings it reads and every image it names are the same."""

import pickle

import pytest

from conftest import jpeg, post, run_pelican, write_files
from front_matter.rules import ContentError
from portal_core.lifecycle.reading import fresh_log_filter


def _entries(cache):
    found = {}
    for path in (cache / "front_matter" / "checked").glob("*.pickle"):
        found.update(pickle.loads(path.read_bytes()))
    return found


def _site(tmp_path, files):
    content = write_files(tmp_path / "content", files)
    return content, tmp_path / "output", tmp_path / "cache"


def _messages(caplog):
    """front_matter's own messages (Pelican's logger drops a line it logged once in the process)."""
    return [r.getMessage() for r in caplog.records if r.name.startswith("front_matter")]


def test_a_rebuild_uses_the_stored_entry_and_still_warns(tmp_path, caplog):
    content, output, cache = _site(tmp_path, {
        "images/2021/a.jpg": jpeg(),
        "posts/2021/a.md": post("Hội nghị thôn Đông Sơn", body="![](images/2021/a.jpg)\n\nNội dung."),
        "posts/2021/b.md": post("Trao quà Tết", tags=["Tết"]),
    })
    run_pelican(content, output, CACHE_PATH=str(cache))
    first = [m for m in _messages(caplog) if "alt" in m]
    assert first and "a.md" in first[0]
    entries = _entries(cache)
    assert len(entries) == 2

    # Plant a different title in b.md's entry: a rebuild that shows it proves the
    # entry was used instead of reading the front matter again.
    key = next(k for k in entries if ":b.md:" in k)
    metadata, lines, warnings, lookups = pickle.loads(entries[key])
    metadata["title"] = "Tiêu đề lấy từ bộ nhớ đệm"
    for path in (cache / "front_matter" / "checked").glob("*.pickle"):
        shard = pickle.loads(path.read_bytes())
        if key in shard:
            shard[key] = pickle.dumps((metadata, lines, warnings, lookups))
            path.write_bytes(pickle.dumps(shard))
    caplog.clear()
    fresh_log_filter()  # as a new ``pelican`` process starts: Pelican drops a line logged once
    # The build stamp off: only the cache changed, so the stamp would skip the whole build.
    run_pelican(content, output, CACHE_PATH=str(cache), PAGE_WRITER={"stamp": False})
    titles = " ".join(p.read_text(encoding="utf-8") for p in output.glob("tin-tuc/2021/*/index.html"))
    assert "Tiêu đề lấy từ bộ nhớ đệm" in titles
    # The stored warning is logged again, once, naming the file and line.
    assert [m for m in _messages(caplog) if "alt" in m] == first


def _problems(content, output, cache):
    fresh_log_filter()
    with pytest.raises(ContentError) as err:
        run_pelican(content, output, CACHE_PATH=str(cache))
    return sorted(str(p) for p in err.value.problems)


def test_an_image_removed_since_fails_the_cached_post_as_a_fresh_build_does(tmp_path):
    content, output, cache = _site(tmp_path, {
        "images/2021/a.jpg": jpeg(),
        "posts/2021/a.md": post("Hội nghị thôn Đông Sơn", body="![Hội trường](images/2021/a.jpg)\n\nNội dung."),
    })
    run_pelican(content, output, CACHE_PATH=str(cache))
    (content / "images/2021/a.jpg").unlink()
    cached = _problems(content, output, cache)
    assert cached == _problems(content, tmp_path / "fresh", tmp_path / "fresh-cache")
    assert any("a.md:8" in p and "không tìm thấy ảnh «images/2021/a.jpg»" in p for p in cached)


def test_a_settings_change_is_a_miss(tmp_path):
    content, output, cache = _site(tmp_path, {
        "posts/2021/a.md": post("Hội nghị thôn Đông Sơn", category="Hoạt động Mặt trận"),
    })
    run_pelican(content, output, CACHE_PATH=str(cache))
    with pytest.raises(ContentError) as err:
        run_pelican(content, output, CACHE_PATH=str(cache), PORTAL_CATEGORIES=["An sinh xã hội"])
    assert any("a.md" in str(p) and "Hoạt động Mặt trận" in str(p) for p in err.value.problems)


def test_strict_alt_turned_on_is_a_miss(tmp_path):
    content, output, cache = _site(tmp_path, {
        "images/2021/a.jpg": jpeg(),
        "posts/2021/a.md": post("Hội nghị thôn Đông Sơn", image="images/2021/a.jpg"),
    })
    run_pelican(content, output, CACHE_PATH=str(cache))
    with pytest.raises(ContentError) as err:
        run_pelican(content, output, CACHE_PATH=str(cache), FRONT_MATTER={"strict_alt": True})
    assert "image_alt" in str(err.value.problems[0])
