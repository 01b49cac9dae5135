"""Summaries kept from one build to the next (portal_core/lifecycle/summaries.py)."""

import json

from conftest import post

BODY = " ".join(f"từ{n}" for n in range(120))
NO_STAMP = {"stamp": False}  # the second build must run although no post changed


def _store(site_folder):
    return json.loads((site_folder / "cache" / "summaries.json").read_text(encoding="utf-8"))["summaries"]


def _cards(site):
    """The summaries the category listings show, by page."""
    return [p.get_text() for path in site.html_files()
            for p in site.soup(path.relative_to(site.output).as_posix()).select(".ct-news-card__summary")]


def test_a_summary_is_cut_once_and_taken_from_the_store_while_its_inputs_stay(build_site, tmp_path):
    posts = {
        "2021/cat.md": post("Bài được cắt tóm tắt", body=BODY),
        "2021/co-san.md": post("Bài có tóm tắt sẵn", body="Thân bài.", summary="Tóm tắt của tòa soạn."),
    }
    site = build_site(posts=posts)
    stored = _store(tmp_path / "site")
    # Only the post without a summary of its own is cut, to SUMMARY_MAX_LENGTH words.
    assert len(stored) == 1
    [summary] = stored.values()
    assert "từ0" in summary and "từ119" not in summary
    assert any("từ0" in card for card in _cards(site))

    # The next build takes it from the store (a marker put there shows on the pages) ...
    marked = {key: "<p>Tóm tắt lấy từ bộ nhớ đệm</p>" for key in stored}
    path = tmp_path / "site" / "cache" / "summaries.json"
    path.write_text(json.dumps({"version": 1, "summaries": marked}), encoding="utf-8")
    site = build_site(posts=posts, PAGE_WRITER=NO_STAMP)
    assert any("Tóm tắt lấy từ bộ nhớ đệm" in card for card in _cards(site))
    assert _store(tmp_path / "site") == marked  # nothing changed: the store is left as it was

    # ... until what the cut is made of changes: the length, then the body.
    site = build_site(posts=posts, PAGE_WRITER=NO_STAMP, SUMMARY_MAX_LENGTH=5)
    assert not any("bộ nhớ đệm" in card for card in _cards(site))
    [summary] = _store(tmp_path / "site").values()  # the old key is dropped
    assert "từ4" in summary and "từ5" not in summary
    posts["2021/cat.md"] = post("Bài được cắt tóm tắt", body="Thân bài mới " + BODY)
    site = build_site(posts=posts, PAGE_WRITER=NO_STAMP, SUMMARY_MAX_LENGTH=5)
    [summary] = _store(tmp_path / "site").values()
    assert "Thân bài mới" in summary
    assert any("Thân bài mới" in card for card in _cards(site))
