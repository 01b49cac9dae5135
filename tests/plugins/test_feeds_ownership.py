"""Who owns which file under feeds/: a rebuild with nothing changed writes nothing
there (the Q&A feeds included), and feeds a build no longer makes disappear."""

import os

from conftest import post, run_pelican, write_files

OLD = 946_684_800  # 01/01/2000: a time stamp no build of today writes
QUESTION = """---
title: "Hộ cận nghèo có được hỗ trợ bảo hiểm y tế?"
question: Xin hỏi gia đình tôi có được hỗ trợ không?
asked: 01/07/2026
answered: 10/09/2026
answered_by: Trần Văn Lợi
---

Trả lời: được hỗ trợ.
"""
FILES = {
    "posts/2026/a.md": post("Hội nghị cử tri", date="01/09/2026 08:00", category="Hoạt động Mặt trận"),
    "posts/2026/b.md": post("Quỹ Vì người nghèo", date="02/09/2026 08:00", category="An sinh xã hội"),
    "hoi-dap/bhyt.md": QUESTION,
}


def build(tmp_path):
    run_pelican(tmp_path / "content", tmp_path / "output", CACHE_PATH=str(tmp_path / "cache"),
                FEEDS={"enabled": True}, PUBLISH_SITEURL="https://mttq.example.gov.vn")


def feed_files(tmp_path):
    folder = tmp_path / "output" / "feeds"
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.xml"))


def test_a_rebuild_with_nothing_changed_writes_nothing_under_feeds(tmp_path):
    write_files(tmp_path / "content", FILES)
    build(tmp_path)
    feeds = feed_files(tmp_path)
    assert {"tat-ca.rss.xml", "hoi-dap.rss.xml", "hoi-dap.atom.xml",
            "chuyen-muc/an-sinh-xa-hoi.atom.xml"} <= set(feeds), feeds
    for name in feeds:
        os.utime(tmp_path / "output" / "feeds" / name, (OLD, OLD))
    build(tmp_path)
    assert feed_files(tmp_path) == feeds
    rewritten = [name for name in feeds if (tmp_path / "output" / "feeds" / name).stat().st_mtime != OLD]
    assert rewritten == []


def test_feeds_a_build_no_longer_makes_disappear(tmp_path):
    write_files(tmp_path / "content", FILES)
    build(tmp_path)
    (tmp_path / "content" / "posts" / "2026" / "b.md").unlink()
    (tmp_path / "content" / "hoi-dap" / "bhyt.md").unlink()
    build(tmp_path)
    feeds = feed_files(tmp_path)
    assert "tat-ca.atom.xml" in feeds and "chuyen-muc/hoat-dong-mat-tran.rss.xml" in feeds
    assert not [name for name in feeds if "an-sinh-xa-hoi" in name or name.startswith("hoi-dap")], feeds
