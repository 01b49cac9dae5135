"""`invoke new`: a draft post in the right place, front matter filled in, valid."""

import datetime as dt
import importlib.util

import pytest
from invoke import Context
from invoke.exceptions import Exit

from conftest import ROOT
from portal_tools.check import NewPostError, check_site, new_post, pick_category
from front_matter.rules import check_post, read_fields, split_front_matter
from vietnamese.vietnamese import VN_TZ

pytestmark = pytest.mark.usefixtures("only_configured_plugins")

CATEGORIES = ["Hoạt động Mặt trận", "Đại đoàn kết", "Giám sát – Phản biện"]
# 23:30 UTC on 31 December is already 1 January in Viet Nam: the year folder follows +07:00.
NOW = dt.datetime(2025, 12, 31, 23, 30, tzinfo=dt.timezone.utc)


def parse(text):
    (yaml_text, _, _), problems = split_front_matter(text, "x.md")
    assert not problems
    fields, problems = read_fields(yaml_text, 2, "x.md")
    assert not problems
    return check_post(fields, "x.md", CATEGORIES, lambda _: True)


def test_new_post_path_and_front_matter():
    path, text = new_post("Hội nghị: tổng kết năm 2025 #1", "Đại đoàn kết", "Ban Biên tập", NOW)
    assert path == "posts/2026/hoi-nghi-tong-ket-nam-2025-1.md"
    checked = parse(text)
    assert checked.problems == [] and checked.warnings == []
    meta = checked.metadata
    assert meta["title"] == "Hội nghị: tổng kết năm 2025 #1"
    assert meta["date"] == dt.datetime(2026, 1, 1, 6, 30, tzinfo=VN_TZ)
    assert meta["date"].utcoffset() == dt.timedelta(hours=7)
    assert (meta["category"], meta["authors"], meta["status"]) == ("Đại đoàn kết", ["Ban Biên tập"], "draft")
    assert "# image_alt:" in text  # optional fields offered as comments


def test_category_is_matched_without_diacritics_and_a_wrong_one_is_explained():
    assert pick_category("giam sat – phan bien", CATEGORIES) == "Giám sát – Phản biện"
    with pytest.raises(NewPostError, match="có phải ý bạn là «Đại đoàn kết»"):
        pick_category("Đại đòan kết lớn", CATEGORIES)
    with pytest.raises(NewPostError, match="--category"):
        pick_category("", CATEGORIES)
    with pytest.raises(NewPostError, match="--slug"):
        new_post("!!!", "Đại đoàn kết", "A", NOW)


def load_tasks():
    spec = importlib.util.spec_from_file_location("tasks_under_test", ROOT / "tasks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_invoke_new_writes_the_file_prints_where_and_never_overwrites(tmp_path, capsys):
    tasks = load_tasks()
    tasks.CONFIG.update(content=tmp_path / "content")
    tasks.new(Context(), "Ngày hội Đại đoàn kết thôn Đông Sơn", category="dai doan ket")
    year = dt.datetime.now(VN_TZ).year
    path = tmp_path / "content" / "posts" / str(year) / "ngay-hoi-dai-doan-ket-thon-dong-son.md"
    text = path.read_text(encoding="utf-8")
    assert "category: Đại đoàn kết" in text and "author: \"Ban Biên tập\"" in text
    out = capsys.readouterr().out
    assert "Đã tạo bài nháp:" in out
    assert "ngay-hoi-dai-doan-ket-thon-dong-son.md" in out and "/drafts/ngay-hoi-dai-doan-ket-thon-dong-son/" in out
    report = check_site(ROOT / "publishconf.py", {"PATH": str(tmp_path / "content"),
                                                   "CACHE_PATH": str(tmp_path / "cache")})
    assert report.ok and report.warnings == []  # a fresh draft passes the check
    with pytest.raises(Exit, match="đã có tệp"):
        tasks.new(Context(), "Ngày hội Đại đoàn kết thôn Đông Sơn", category="Đại đoàn kết")
    with pytest.raises(Exit, match="Các chuyên mục"):
        tasks.new(Context(), "Bài khác", category="Thể thao")
