"""Listing index: keeps Pelican's listing pages linear in the number of posts.

Pelican 4.12 builds two kinds of listings with a membership test on a list
inside a loop over every post, which is quadratic (at 10,000 posts, tens of
seconds of a build spent comparing objects):

- the year/month/day archives: ``[a for a in articles if a in dates]`` for
  each period (``ArticlesGenerator._build_period_archives``);
- the tag, category and author pages: ``[a for a in self.dates if a in
  articles]`` for each of them (``generate_tags`` and its siblings).

This plugin gives the same results in linear time: the period archives are
grouped in one pass per granularity (``period_archives``, a pure function
with the output structure of Pelican's), and each tag, category and author
list becomes a ``MemberList``, a list whose ``in`` is a set look-up.  Nothing
else of Pelican's changes; the pages are byte-identical.

Settings read: ``YEAR_ARCHIVE_SAVE_AS``/``_URL`` and the month and day ones.
Template variables provided: none (Pelican's own ``period_archives``, ``tags``,
``categories``, ``authors`` keep their shape).
"""

import calendar
from collections import defaultdict
from itertools import groupby
from operator import attrgetter

from pelican import signals

from portal_core.lifecycle import replace_period_archives, update_context

GRANULARITY_KEYS = {
    "year": attrgetter("date.year"),
    "month": attrgetter("date.year", "date.month"),
    "day": attrgetter("date.year", "date.month", "date.day"),
}


class MemberList(list):
    """A list whose membership test is a set look-up (by identity, as Pelican's
    content objects compare).  Built once its items are final; not to be changed."""

    __slots__ = ("_ids",)

    def __init__(self, items=()):
        super().__init__(items)
        self._ids = {id(item) for item in self}

    def __contains__(self, item):
        return id(item) in self._ids


def period_archives(sorted_articles, articles, settings):
    """Pelican's period archives ({"year": [...], "month": [...], "day": [...]}),
    each archive with ``dates`` (in ``sorted_articles`` order), ``articles`` (in
    ``articles`` order), ``save_as``, ``url``, ``period`` and ``period_num``."""
    result = defaultdict(list)  # as Pelican returns it: no key for a granularity turned off
    for granularity, key_of in GRANULARITY_KEYS.items():
        prefix = granularity.upper() + "_ARCHIVE_"
        save_as_format, url_format = settings[prefix + "SAVE_AS"], settings[prefix + "URL"]
        if not save_as_format:
            continue
        in_article_order = {}
        for article in articles:
            in_article_order.setdefault(key_of(article), []).append(article)
        for period, group in groupby(sorted_articles, key=key_of):
            dates = list(group)
            members = {id(a) for a in dates}
            first_date = dates[0].date
            archive = {
                "dates": dates,
                "articles": [a for a in in_article_order.get(period, []) if id(a) in members],
                "save_as": save_as_format.format(date=first_date),
                "url": url_format.format(date=first_date),
            }
            if granularity == "year":
                archive["period"] = (period,)
                archive["period_num"] = (period,)
            else:
                month_name = calendar.month_name[period[1]]
                archive["period"] = ((period[0], month_name) if granularity == "month"
                                     else (period[0], month_name, period[2]))
                archive["period_num"] = tuple(period)
            result[granularity].append(archive)
    return result


def linear_period_archives(generator):
    # article_generator_pretaxonomy: sent just before Pelican groups the posts
    # into period archives; the instance attribute replaces the quadratic method
    # for this generator (this build) only.
    replace_period_archives(generator, period_archives)


def index_memberships(generator):
    # article_generator_finalized: the tag, category and author lists are final.
    generator.tags = {tag: MemberList(items) for tag, items in generator.tags.items()}
    generator.categories = [(cat, MemberList(items)) for cat, items in generator.categories]
    generator.authors = [(author, MemberList(items)) for author, items in generator.authors]
    update_context(generator, ("tags", "categories", "authors"))


def register():
    signals.article_generator_pretaxonomy.connect(linear_period_archives)
    signals.article_generator_finalized.connect(index_memberships)
