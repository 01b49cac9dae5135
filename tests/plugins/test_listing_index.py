"""Listing index: linear period archives and taxonomy lists, same pages as Pelican's."""

import datetime as dt
import types

from pelican.generators import ArticlesGenerator
from pelican.settings import DEFAULT_CONFIG

from conftest import post
from listing_index.listing_index import MemberList, period_archives


def _article(n, year, month, day):
    return types.SimpleNamespace(n=n, date=dt.datetime(year, month, day, 8, n % 60))


def test_period_archives_equal_pelicans_own():
    articles = [_article(n, 2016 + n % 5, 1 + n % 12, 1 + n % 28) for n in range(300)]
    by_date = sorted(articles, key=lambda a: a.date, reverse=True)
    settings = {**DEFAULT_CONFIG,
                "YEAR_ARCHIVE_SAVE_AS": "y/{date:%Y}/index.html", "YEAR_ARCHIVE_URL": "y/{date:%Y}/",
                "MONTH_ARCHIVE_SAVE_AS": "y/{date:%Y}/{date:%m}/index.html",
                "MONTH_ARCHIVE_URL": "y/{date:%Y}/{date:%m}/",
                "DAY_ARCHIVE_SAVE_AS": "", "DAY_ARCHIVE_URL": ""}
    ours = period_archives(by_date, articles, settings)
    pelicans = ArticlesGenerator._build_period_archives(None, by_date, articles, settings)
    assert ours == pelicans
    assert len(ours["year"]) == 5 and len(ours["month"]) > 5 and "day" not in ours


def test_member_list_is_a_list_with_a_fast_in():
    items = [object() for _ in range(5)]
    members = MemberList(items[:3])
    assert list(members) == items[:3]
    assert items[0] in members and items[4] not in members


def test_tag_category_and_day_pages_list_the_right_posts(build_site):
    site = build_site(posts={
        "a.md": post("Hội nghị thôn Đông Sơn", date="02/03/2021 08:00", tags=["khu dân cư"]),
        "b.md": post("Ngày hội đại đoàn kết", date="02/03/2021 15:00", category="Đại đoàn kết",
                     tags=["khu dân cư", "văn hóa"]),
        "c.md": post("Trao quà Tết", date="20/01/2022 09:00", category="An sinh xã hội",
                     tags=["văn hóa"]),
    }, DAY_ARCHIVE_SAVE_AS="tin-da-dua/{date:%Y}/{date:%m}/{date:%d}/index.html")  # off by default

    def titles(url):
        return [h.get_text(strip=True) for h in site.soup(url).select(".ct-news-card__title")]

    assert titles("the/khu-dan-cu/") == ["Ngày hội đại đoàn kết", "Hội nghị thôn Đông Sơn"]
    assert titles("the/van-hoa/") == ["Trao quà Tết", "Ngày hội đại đoàn kết"]
    # A period archive lists its posts newest first, as every other list of the portal.
    assert titles("tin-da-dua/2021/03/02/") == ["Ngày hội đại đoàn kết", "Hội nghị thôn Đông Sơn"]
    assert titles("tin-da-dua/2021/03/") == ["Ngày hội đại đoàn kết", "Hội nghị thôn Đông Sơn"]
    assert titles("tin-da-dua/2022/01/") == ["Trao quà Tết"]
    assert [a.get_text() for a in site.soup("tin-da-dua/2021/").select(".ct-archive-months a")] == ["Tháng 3/2021"]
