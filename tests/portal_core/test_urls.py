"""Contract with Pelican for the URL memo (portal_core/lifecycle/urls.py).

The memo gives a post's ``url``/``save_as`` again while the inputs it read are
the same; these tests pin that those inputs are all that Pelican 4.12 formats:
the memoised answers equal Pelican's own before and after each input changes,
on Pelican's real classes and settings.  A Pelican upgrade that touches the
functions the memo mirrors fails ``test_pelicans_url_functions_are_the_ones_mirrored``.
"""

import copy
import datetime
import hashlib
import inspect
from zoneinfo import ZoneInfo

import pytest
from pelican.contents import Article, Content, Page, Static
from pelican.settings import DEFAULT_CONFIG
from pelican.urlwrappers import Author, Category

from portal_core.lifecycle import urls
from portal_core.lifecycle.fingerprint import SKIPPED_ATTRIBUTES

# The source of the Pelican functions urls.py mirrors, as read when it was written (Pelican 4.12).
# When this changes: re-read them against urls.py (which inputs a URL is formatted from, and
# how the setting is chosen), adapt urls.py, then record the new digest here.
MIRRORED_SOURCE_DIGEST = "826d6e3045d1dbdd"


def _mirrored_source():
    functions = {
        "Content.get_url_setting": urls.original("get_url_setting"),
        "Content.get_relative_source_path": urls.original("get_relative_source_path"),
        "Content.url_format": Content.url_format.fget,
        "Content._expand_settings": Content._expand_settings,
        "Article._expand_settings": Article._expand_settings,
        "Page._expand_settings": Page._expand_settings,
        "Content.url": Content.url.fget,
        "Content.save_as": Content.save_as.fget,
        "Static.url": Static.url.fget,
        "Static.save_as": Static.save_as.fget,
    }
    return {name: inspect.getsource(function) for name, function in functions.items()}


def test_pelicans_url_functions_are_the_ones_mirrored():
    text = "\n".join(f"{name}\n{source}" for name, source in sorted(_mirrored_source().items()))
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
    assert digest == MIRRORED_SOURCE_DIGEST, (
        "Pelican's URL functions changed: re-read " + ", ".join(sorted(_mirrored_source()))
        + " against portal_core/lifecycle/urls.py, then record the new digest " + digest)


def _settings(tmp_path, **changes):
    settings = copy.deepcopy(DEFAULT_CONFIG)
    settings.update({
        "PATH": str(tmp_path / "content"),
        "DEFAULT_LANG": "vi",
        "TIMEZONE": "Asia/Ho_Chi_Minh",
        "ARTICLE_URL": "{category}/{date:%Y}/{slug}.html",
        "ARTICLE_SAVE_AS": "{category}/{date:%Y}/{date:%m}/{slug}/index.html",
        "ARTICLE_LANG_URL": "{lang}/{slug}.html",
        "ARTICLE_LANG_SAVE_AS": "{lang}/{author}/{slug}.html",
        "DRAFT_URL": "nhap/{slug}.html",
        "DRAFT_SAVE_AS": "nhap/{slug}.html",
        "PAGE_URL": "{path}/{don_vi}.html",
        "PAGE_SAVE_AS": "{path}/{don_vi[0]}/{slug}.html",
        "STATIC_URL": "{path}",
        "STATIC_SAVE_AS": "tep/{path}",
    })
    settings.update(changes)
    return settings


def _answers(item):
    """What the memo answers and what Pelican's own functions answer."""
    ours = (item.url, item.save_as, item.get_relative_source_path())
    pelicans = (
        urls.original("get_url_setting")(item, "url"),
        urls.original("get_url_setting")(item, "save_as"),
        urls.original("get_relative_source_path")(item),
    )
    return ours, pelicans


def _article(settings, **metadata):
    metadata = {"title": "Tin tức", "slug": "tin-tuc", "lang": "vi",
                "date": datetime.datetime(2024, 3, 5, 8, 30),
                "category": Category("Thông báo", settings), "author": Author("Văn phòng", settings),
                **metadata}
    return Article("<p>Nội dung</p>", metadata=metadata, settings=settings,
                   source_path=settings["PATH"] + "/tin-tuc/2024/bai.md")


def _translate(article, settings):
    article.lang, article.in_default_lang = "en", False


def _changes(settings):
    """(what changes, how) for an article: every input its URL is formatted from."""
    return [
        ("slug", lambda a: setattr(a, "slug", "tin-moi")),
        ("date", lambda a: setattr(a, "date", a.date.replace(year=2025))),
        ("date's time zone (same instant, other year)",
         lambda a: setattr(a, "date", a.date.astimezone(ZoneInfo("America/New_York")))),
        ("category", lambda a: setattr(a, "category", Category("Sự kiện", settings))),
        ("category renamed in place", lambda a: setattr(a.category, "name", "Lịch công tác")),
        ("status draft", lambda a: setattr(a, "status", "draft")),
        ("lang (translation)", lambda a: _translate(a, settings)),
        ("override_url", lambda a: setattr(a, "override_url", "rieng/bai.html")),
        ("override_save_as", lambda a: setattr(a, "override_save_as", "rieng/bai/index.html")),
        ("setting text", lambda a: a.settings.update(ARTICLE_SAVE_AS="{slug}.html")),
    ]


def test_memoised_urls_of_an_article_follow_every_input(tmp_path):
    urls.memoize_content_urls()
    for what, change in _changes(_settings(tmp_path)):
        settings = _settings(tmp_path)
        article = _article(settings, date=datetime.datetime(2024, 1, 1, 8, 30))
        before, pelicans = _answers(article)  # the memo filled with the inputs before the change
        assert before == pelicans, what
        assert _answers(article) == (before, pelicans)  # and answering from the memo
        change(article)
        after, pelicans = _answers(article)
        assert after == pelicans, what
        assert after[:2] != before[:2], what  # the change shows in the URLs: it was not memoised away
    translation = _article(settings)
    _translate(translation, settings)
    before = _answers(translation)
    translation.author = Author("Tổ báo chí", settings)  # named by ARTICLE_LANG_SAVE_AS only
    after = _answers(translation)
    assert after[0] == after[1] and after[0][1] != before[0][1]


def test_memoised_urls_of_pages_and_static_files_follow_their_inputs(tmp_path):
    urls.memoize_content_urls()
    settings = _settings(tmp_path)
    page = Page("<p>Giới thiệu</p>", metadata={"title": "Giới thiệu", "don_vi": "ubnd"},
                settings=settings, source_path=settings["PATH"] + "/pages/gioi-thieu.md")
    for change in [
        lambda: page.metadata.update(don_vi="hdnd"),  # a metadata field the setting names
        lambda: page.metadata.update(path="trang/khac"),  # the metadata's path wins over the source's
        lambda: setattr(page, "source_path", settings["PATH"] + "/pages/khac/gioi-thieu.md"),
        lambda: page.metadata.pop("path"),
        lambda: setattr(page, "status", "draft"),
    ]:
        before = _answers(page)
        assert before[0] == before[1]
        change()
        after = _answers(page)
        assert after[0] == after[1] and after[0] != before[0]
    static = Static("", metadata={"title": "Tờ trình"}, settings=settings,
                    source_path=settings["PATH"] + "/tep/to-trinh.pdf")
    assert _answers(static)[0] == _answers(static)[1] == (
        "tep/to-trinh.pdf", "tep/tep/to-trinh.pdf", "tep/to-trinh.pdf")
    static.attach_to(Page("", metadata={"title": "Bài", "don_vi": "ubnd"}, settings=settings,
                          source_path=settings["PATH"] + "/tin/bai.md"))
    assert _answers(static)[0] == _answers(static)[1]
    assert static._output_location_referenced


def test_relative_source_path_follows_the_working_folder_when_path_is_relative(tmp_path, monkeypatch):
    urls.memoize_content_urls()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    settings = _settings(tmp_path, PATH="content", ARTICLE_URL="{path}")
    monkeypatch.chdir(tmp_path / "a")
    article = Article("<p>Nội dung</p>", metadata={"title": "Tin", "date": datetime.datetime(2024, 3, 5)},
                      settings=settings, source_path=str(tmp_path / "a" / "content" / "bai.md"))
    first = _answers(article)
    monkeypatch.chdir(tmp_path / "b")
    second = _answers(article)
    assert first[0] == first[1] and second[0] == second[1]
    assert first[0][0] == "bai.md" and second[0][0] != "bai.md"


@pytest.mark.parametrize("path", ["content", "content/", "./content/../content", "/", "/srv/web"])
@pytest.mark.parametrize("source", ["tin-tuc/2024/bai.md", "/srv/web/content/tin/bai.md", "../ngoai/bai.md",
                                    "tin//2024/./bai.md", "/srv/web/contents/bai.md", "/srv/web", "bai.md"])
def test_relative_source_path_is_pelicans_for_every_kind_of_path(tmp_path, monkeypatch, path, source):
    urls.memoize_content_urls()
    monkeypatch.chdir(tmp_path)
    settings = _settings(tmp_path, PATH=path)
    article = Article("<p>Nội dung</p>", metadata={"title": "Tin", "date": datetime.datetime(2024, 3, 5)},
                      settings=settings, source_path=source)
    pelicans = urls.original("get_relative_source_path")(article)
    assert article.get_relative_source_path() == pelicans
    assert article.get_relative_source_path(str(tmp_path / path / "khac.md")) == urls.original(
        "get_relative_source_path")(article, str(tmp_path / path / "khac.md"))


def test_the_memo_is_not_part_of_a_page_digest():
    assert urls.MEMO_ATTRIBUTE in SKIPPED_ATTRIBUTES


@pytest.mark.parametrize("pattern", ["{slug}", "{date:%Y}/{slug}", "{category.slug}/{x[0]}", "{date:{fmt}}"])
def test_fields_named_by_a_setting(pattern):
    expected = {"{slug}": ("slug",), "{date:%Y}/{slug}": ("date", "slug"),
                "{category.slug}/{x[0]}": ("category", "x"), "{date:{fmt}}": ("date", "fmt")}
    assert urls._fields(pattern) == expected[pattern]
