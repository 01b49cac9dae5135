"""News lists: the lists a news portal shows beside and between articles.

Built once per build from the sorted published posts (never a loop over all
posts inside a loop over all posts):

- on each article: ``other_news`` ("Tin khác": posts of the same category
  nearest in time, newest first), ``older_article`` / ``newer_article``
  (previous / next post in time, across the portal);
- in the template context: ``featured_articles`` ("Tin nổi bật"),
  ``latest_articles``, ``category_blocks`` (one ``(category, posts)`` pair per
  category with posts, in ``PORTAL_CATEGORIES`` order), ``menu_categories``,
  ``archive_years`` (years, months and days with post counts, newest
  first, for "Tin đã đưa" and "Xem theo ngày"), ``footer_pages`` (static
  pages by their ``order``).

Settings read: ``PORTAL_CATEGORIES``; ``NEWS_LISTS`` (dict, defaults in
``DEFAULTS``, unknown keys and counts outside 0..50 rejected).
Metadata read: ``featured``, ``date``, ``category``.
"""

from collections import defaultdict

from pelican import signals

from portal_core.lifecycle import build_state
from portal_core.settings import check_int, merge

DEFAULTS = {
    "other_count": 5,  # "Tin khác" on an article page
    "featured_count": 5,  # "Tin nổi bật" on the home page
    "latest_count": 8,  # "Tin mới" on the home page
    "category_block_count": 4,  # posts per category block on the home page
}


def load_options(settings):
    """Merge ``NEWS_LISTS`` over the defaults once, checking every value."""
    options = merge(settings, "NEWS_LISTS", DEFAULTS)
    for key in options:
        check_int(options, "NEWS_LISTS", key, 0, 50)
    return options


def _key(post):
    """Newest first; equal dates broken by slug so every build orders alike."""
    return (-post.date.timestamp(), post.slug)


def nearest_in_time(posts, index, count):
    """The ``count`` posts of ``posts`` (sorted newest first) nearest in time to
    ``posts[index]``, itself excluded, returned newest first.

    Walks outward from ``index`` with two pointers: O(count) per post.
    """
    chosen = []
    before, after = index - 1, index + 1  # before = newer, after = older
    anchor = posts[index].date
    while len(chosen) < count and (before >= 0 or after < len(posts)):
        if after >= len(posts):
            pick_newer = True
        elif before < 0:
            pick_newer = False
        else:
            # Ties go to the newer post: follow-up news is what readers want next.
            pick_newer = posts[before].date - anchor <= anchor - posts[after].date
        if pick_newer:
            chosen.append(before)
            before -= 1
        else:
            chosen.append(after)
            after += 1
    return [posts[i] for i in sorted(chosen)]


def archive_tree(posts):
    """``[(year, n, [(month, n, [(day, n), ...]), ...]), ...]`` newest first,
    ``n`` being the number of posts in that period."""
    counts = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    for post in posts:
        counts[post.date.year][post.date.month][post.date.day] += 1
    tree = []
    for year in sorted(counts, reverse=True):
        months = []
        for month in sorted(counts[year], reverse=True):
            days = [(day, counts[year][month][day]) for day in sorted(counts[year][month], reverse=True)]
            months.append((month, sum(n for _, n in days), days))
        tree.append((year, sum(n for _, n, _ in months), months))
    return tree


def build_lists(posts, category_order, options):
    """Pure core: compute every list from the published posts.

    Returns ``(per_post, context)`` where ``per_post`` maps a post to its
    attributes and ``context`` holds the site-wide lists.
    """
    ordered = sorted(posts, key=_key)
    by_category = defaultdict(list)
    for post in ordered:
        by_category[post.category.name].append(post)
    per_post = {}
    for group in by_category.values():
        for index, post in enumerate(group):
            per_post[post] = {"other_news": nearest_in_time(group, index, options["other_count"])}
    for index, post in enumerate(ordered):
        per_post[post]["newer_article"] = ordered[index - 1] if index > 0 else None
        per_post[post]["older_article"] = ordered[index + 1] if index + 1 < len(ordered) else None
    rank = {name: i for i, name in enumerate(category_order)}
    categories = sorted(
        {post.category for post in ordered}, key=lambda c: (rank.get(c.name, len(rank)), c.name)
    )
    context = {
        "featured_articles": [p for p in ordered if getattr(p, "featured", False)][: options["featured_count"]],
        "latest_articles": ordered[: options["latest_count"]],
        "category_blocks": [
            (category, by_category[category.name][: options["category_block_count"]])
            for category in categories
        ],
        "menu_categories": categories,
        "archive_years": archive_tree(ordered),
    }
    return per_post, context


def attach_lists(generator):
    # article_generator_finalized: all published posts are read and sorted.
    options = build_state(generator.context).options(load_options, generator.settings)
    per_post, context = build_lists(
        generator.articles, generator.settings.get("PORTAL_CATEGORIES") or [], options
    )
    for post, attributes in per_post.items():
        for name, value in attributes.items():
            setattr(post, name, value)
    for draft in generator.drafts:
        draft.other_news, draft.newer_article, draft.older_article = [], None, None
    generator.context.update(context)


def attach_pages(generator):
    # page_generator_finalized: all published static pages are read.
    generator.context["footer_pages"] = sorted(
        generator.pages, key=lambda page: (getattr(page, "order", 999), page.title)
    )


def register():
    signals.article_generator_finalized.connect(attach_lists)
    signals.page_generator_finalized.connect(attach_pages)
