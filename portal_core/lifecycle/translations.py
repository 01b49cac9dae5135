"""Pelican's grouping of translations, in linear time (Pelican 4.12's ``process_translations``).

Each generator hands its posts (and its hidden posts, drafts, pages…) to
``pelican.utils.process_translations``, which groups them by
``*_TRANSLATION_ID`` (the slug), picks each group's original and then finds the
translations with ``[x for x in content_list if x not in index]``: a
membership test on a list for every item, quadratic in the number of posts
(at 10,000 posts some 50 million comparisons, about half a second of every
build, even one where a single post changed).  ``linear_translations()``
(once per process, from the page_writer plugin) replaces the function the
generators call with one that sorts and groups the items as Pelican does and
hands Pelican's own function one group at a time: its membership test then
runs over a group (one post, or a post and its translations), and the
results are Pelican's — the same originals, the same warnings, the same
``translations`` on each item, concatenated in the order of the sorted list
(each group is a run of it, and Pelican's sort keeps a group's order).

``tests/portal_core/test_translations.py`` pins the contract: the results equal
Pelican's own on posts with translations, groups of translations only,
shared slugs, several languages and keys, and the source of the function
relied on is the one this module was written against (a Pelican upgrade
fails there).
"""

from itertools import groupby
from operator import attrgetter

_ORIGINALS = {}  # Pelican's own function, kept once per process (the replacement is installed once)


def linear_translations():
    """Make Pelican's generators group translations with ``process_translations`` below (idempotent)."""
    from pelican import generators, utils

    if _ORIGINALS:
        return
    _ORIGINALS["process_translations"] = utils.process_translations
    generators.process_translations = process_translations


def original():
    """Pelican's own ``process_translations`` (for the contract test), installed or not."""
    from pelican import utils

    return _ORIGINALS.get("process_translations") or utils.process_translations


def process_translations(content_list, translation_id=None):
    """``(index, translations)``, as Pelican 4.12's ``process_translations``
    returns them for ``content_list`` (sorted in place, each item's
    ``translations`` set): Pelican's own function, given one group at a time."""
    pelicans = original()
    if not translation_id:
        return pelicans(content_list, translation_id)
    try:
        key = attrgetter(*({translation_id} if isinstance(translation_id, str) else translation_id))
        content_list.sort(key=key)
    except (TypeError, AttributeError):  # Pelican's function raises its own message
        return pelicans(content_list, translation_id)
    index, translations = [], []
    for _, group in groupby(content_list, key):
        # A group's items share the key: Pelican's sort keeps their order, its groupby
        # finds the one group, and its membership test runs over that group only.
        group_index, group_translations = pelicans(list(group), translation_id)
        index.extend(group_index)
        translations.extend(group_translations)
    return index, translations
