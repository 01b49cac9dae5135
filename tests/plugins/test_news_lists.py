"""News lists core ("Tin khác", previous/next, archives), tested without Pelican."""

import datetime as dt
from dataclasses import dataclass

import pytest

from news_lists.news_lists import archive_tree, build_lists, load_options, nearest_in_time

OPTIONS = load_options({})


@dataclass(frozen=True)
class Category:
    name: str
    slug: str


class Post:
    """Stands in for a Pelican article: hashable by identity, as articles are."""

    def __init__(self, slug, date, category, featured):
        self.slug, self.date, self.category, self.featured = slug, date, category, featured


def make(slug, day, category="A", featured=False):
    date = dt.datetime(2021, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(days=day)
    return Post(slug, date, Category(category, category.lower()), featured)


def test_nearest_in_time_excludes_itself_and_prefers_closest():
    posts = sorted([make(f"p{d}", d) for d in (0, 1, 2, 10, 11, 30)], key=lambda p: -p.date.timestamp())
    index = [p.slug for p in posts].index("p10")
    picked = [p.slug for p in nearest_in_time(posts, index, 3)]
    assert "p10" not in picked
    assert picked == ["p11", "p2", "p1"]  # newest first; 30 is too far


def test_other_news_stays_in_category_and_lists_are_ordered():
    posts = [make("a1", 1), make("a2", 2), make("b1", 3, "B"), make("a3", 4, featured=True)]
    per_post, context = build_lists(posts, ["B", "A"], OPTIONS)
    assert [p.slug for p in per_post[posts[0]]["other_news"]] == ["a3", "a2"]
    assert per_post[posts[2]]["other_news"] == []
    assert per_post[posts[3]]["newer_article"] is None
    assert per_post[posts[3]]["older_article"].slug == "b1"
    assert [p.slug for p in context["featured_articles"]] == ["a3"]
    assert [c.name for c, _ in context["category_blocks"]] == ["B", "A"]


def test_ties_are_broken_by_slug_so_builds_agree():
    posts = [make("b", 1), make("a", 1), make("c", 1)]
    _, first = build_lists(posts, ["A"], OPTIONS)
    _, second = build_lists(list(reversed(posts)), ["A"], OPTIONS)
    assert [p.slug for p in first["latest_articles"]] == [p.slug for p in second["latest_articles"]] == ["a", "b", "c"]


def test_archive_tree_counts_posts_per_period():
    posts = [make("x", 0), make("y", 0), make("z", 40)]
    tree = archive_tree(posts)
    assert tree == [(2021, 3, [(2, 1, [(10, 1)]), (1, 2, [(1, 2)])])]


@pytest.mark.parametrize("bad", [{"other_count": -1}, {"other_count": "5"}, {"colour": 1}])
def test_bad_settings_are_rejected(bad):
    with pytest.raises(ValueError):
        load_options({"NEWS_LISTS": bad})
