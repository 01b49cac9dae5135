"""Contract with Pelican for the linear grouping of translations (portal_core/lifecycle/translations.py).

The replacement hands Pelican's own ``process_translations`` one group at a
time; these tests pin that the results are Pelican's on the whole list: the
same originals and translations in the same order, the same ``translations``
on each item, the same warnings, the same errors.  A Pelican upgrade that
touches the function fails ``test_pelicans_function_is_the_one_relied_on``.
"""

import copy
import datetime
import hashlib
import inspect
import logging
import random

import pytest
from pelican import generators
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG

from portal_core.lifecycle import fresh_log_filter, translations

# The source of Pelican's process_translations as read when translations.py was written
# (Pelican 4.12).  When this changes: re-read it (are the groups still runs of the sorted
# list, judged apart from each other?), adapt translations.py, then record the new digest.
RELIED_ON_SOURCE_DIGEST = "255d557927f2ec5d"


def test_pelicans_function_is_the_one_relied_on():
    source = inspect.getsource(translations.original())
    digest = hashlib.blake2b(source.encode("utf-8"), digest_size=8).hexdigest()
    assert digest == RELIED_ON_SOURCE_DIGEST, (
        "Pelican's process_translations changed: re-read it against portal_core/lifecycle/"
        "translations.py, then record the new digest " + digest)


def test_generators_use_the_linear_grouping_once_installed():
    translations.linear_translations()
    translations.linear_translations()  # idempotent: Pelican's own stays the original
    assert generators.process_translations is translations.process_translations
    assert translations.original().__module__ == "pelican.utils"


def _settings():
    settings = copy.deepcopy(DEFAULT_CONFIG)
    settings.update({"DEFAULT_LANG": "vi", "TIMEZONE": "Asia/Ho_Chi_Minh"})
    return settings


def _corpus(seed):
    """Posts with lone slugs, translations, groups without an original in the
    default language, groups that are all marked translations, two originals of
    one slug, in a shuffled order (the sort must bring each group together)."""
    settings = _settings()
    rng = random.Random(seed)
    posts = []
    for number in range(60):
        slug = f"bai-{rng.randrange(25)}"
        lang = rng.choice(["vi", "vi", "en", "fr"])
        metadata = {"title": f"Bài {number}", "slug": slug, "lang": lang,
                    "date": datetime.datetime(2024, 1, 1 + number % 28, 8, number % 60)}
        if rng.random() < 0.25:
            metadata["translation"] = rng.choice(["true", "True", "false"])
        posts.append(Article(f"<p>{number}</p>", metadata=metadata, settings=settings,
                             source_path=f"/noi-dung/{number}.md"))
    rng.shuffle(posts)
    return posts


def _run(function, posts, translation_id, caplog):
    caplog.clear()
    fresh_log_filter()  # Pelican's logger drops a message it logged once in the process
    items = list(posts)
    for post in items:
        post.translations = []
    with caplog.at_level(logging.WARNING):
        index, found = function(items, translation_id)
    return ([id(x) for x in items], [id(x) for x in index], [id(x) for x in found],
            [[id(t) for t in x.translations] for x in items], [r.getMessage() for r in caplog.records])


@pytest.mark.parametrize("translation_id", ["slug", ("slug", "lang"), {"slug"}, None, ""])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_results_are_pelicans_on_the_whole_list(translation_id, seed, caplog):
    posts = _corpus(seed)
    pelicans = _run(translations.original(), posts, translation_id, caplog)
    ours = _run(translations.process_translations, posts, translation_id, caplog)
    assert ours == pelicans
    if translation_id == "slug":  # the corpus has every kind of group
        assert pelicans[2] and pelicans[4]


def test_errors_are_pelicans():
    posts = _corpus(4)
    del posts[3].slug
    for error in (AttributeError, TypeError):
        key = "slug" if error is AttributeError else 5
        with pytest.raises(error) as pelicans:
            translations.original()(list(posts), key)
        with pytest.raises(error) as ours:
            translations.process_translations(list(posts), key)
        assert str(ours.value) == str(pelicans.value)
