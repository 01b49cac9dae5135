"""Related news ("Tin liên quan"): up to ``count`` other posts on every article.

The posts an editor lists in the front matter (``related: [slug, ...]``) come
first, in that order; the rest are found by an index built once per build
(``index.py``: shared tags, same category, closeness in time, and TF-IDF of
Vietnamese syllables and syllable bigrams), then queried once per post.
Newer posts may be listed as well as older ones: follow-up news (the relief
after the flood report, the results after the election notice) is what a
reader of the first report needs, and every build rewrites every page, so old
pages learn about new posts.

A slug in ``related:`` that names no published post (missing, a draft, or
several posts) is a build error naming the file and line; all of them are
reported together with the build's other content problems (through the
build's ``ProblemCollector``, which front_matter reports).  In a draft
such a slug is only a warning: drafts are previews and may point ahead.
Drafts get a list too (for the preview) but are never listed themselves.

Settings read: ``RELATED_NEWS`` (dict, defaults in ``DEFAULTS``; unknown keys
and values out of range are rejected); ``SITENAME``, ``PORTAL_COMMITTEE``,
``PORTAL_COMMUNE``, ``PORTAL_DISTRICT``, ``PORTAL_PROVINCE`` (added to the
boilerplate phrases: they are on every post and say nothing about it);
``CACHE_PATH`` (the last build's lists, reused when no input changed:
``ResultStore``).
Metadata read: ``related`` and ``source_lines`` (from front_matter), ``tags``,
``category``, ``date``, ``title``, ``summary``, the body.
Template variables provided: ``article.related_news`` (list of articles, maybe
empty) on every published post and draft; rendered by
``partials/related_news.html``.
"""

import contextlib
import gc
import hashlib
import logging
import operator
import os
import pickle
import time
from dataclasses import fields
from itertools import chain

from pelican import signals

from portal_core.lifecycle import body_html, build_state
from portal_core.problems import ContentProblem
from portal_core.settings import SettingsError, check_int, check_number, check_strings, merge

from .index import Post, RelatedIndex, plain_text, query_all

logger = logging.getLogger(__name__)

DEFAULTS = {
    "count": 5,  # posts in the list (0 turns the list off)
    # Facet weights (any scale; the score divides by their sum).
    "weights": {"tags": 0.45, "text": 0.35, "category": 0.1, "time": 0.1},
    "threshold": 0.2,  # minimum score (0..1) of a post the editor did not choose
    "half_life_days": 365,  # a post a year away counts half on the time facet (yearly events recur)
    "max_df": 0.3,  # a syllable or bigram on more than this share of posts is "very common"
    "title_boost": 3,  # title terms count this many times
    "body_syllables": 100,  # the body's first syllables that are read (news puts its point first)
    "terms_per_post": 30,  # strongest text terms kept per post
    "query_terms": 8,  # a post's strongest terms that look for candidates
    "postings_cap": 20,  # posts kept per term (those it weighs most in), for that search
    "neighbours": 4,  # candidates per tag and in the category: the 2 * 4 + 1 posts nearest in time
    "boilerplate": [  # phrases in almost every post that say nothing about it
        "Ủy ban Mặt trận Tổ quốc Việt Nam",
        "Ủy ban MTTQ Việt Nam",
        "Mặt trận Tổ quốc Việt Nam",
        "Ban Thường trực Ủy ban MTTQ",
        "dự hội nghị có",
        "tham dự hội nghị có",
        "các tầng lớp nhân dân",
        "đồng chí",
        "Ban Biên tập",
        "tin và ảnh",
        "nguồn",
    ],
}

_RANGES = {  # key -> (smallest, largest, whole number?)
    "count": (0, 20, True),
    "threshold": (0.0, 1.0, False),
    "half_life_days": (1, 36500, False),
    "max_df": (0.01, 1.0, False),
    "title_boost": (1, 10, True),
    "body_syllables": (0, 100000, True),
    "terms_per_post": (5, 500, True),
    "query_terms": (1, 500, True),
    "postings_cap": (5, 100000, True),
    "neighbours": (0, 1000, True),
}
_IDENTITY = ("SITENAME", "PORTAL_COMMITTEE", "PORTAL_COMMUNE", "PORTAL_DISTRICT", "PORTAL_PROVINCE")


def load_options(settings):
    """Merge ``RELATED_NEWS`` over the defaults once, checking every value;
    ``weights`` may name only the facets it changes."""
    options = merge(settings, "RELATED_NEWS", DEFAULTS)
    for key, (low, high, whole) in _RANGES.items():
        (check_int if whole else check_number)(options, "RELATED_NEWS", key, low, high)
    if not isinstance(options["weights"], dict):
        raise SettingsError("RELATED_NEWS['weights'] must be a dict of facet -> weight")
    name = "RELATED_NEWS['weights']"
    weights = merge({name: options["weights"]}, name, DEFAULTS["weights"])
    for facet in weights:
        check_number(weights, name, facet, 0, 100)
    if not sum(weights.values()) > 0:
        raise SettingsError("RELATED_NEWS['weights']: at least one facet must weigh more than 0")
    check_strings(options, "RELATED_NEWS", "boilerplate", ["xã Hòa Phong"])
    return {**options, "weights": weights, "boilerplate": list(options["boilerplate"])}


def _record(article, key, options):
    """The plain ``Post`` the core needs, pulled from a Pelican article."""
    metadata = article.metadata
    return Post(
        key=key,
        slug=article.slug,
        title=plain_text(article.title),
        # The reader's HTML (``body_html``); ``content`` would resolve {static}
        # links now, before the static files are known, and memoize that.
        text=plain_text(body_html(article), options["body_syllables"]),
        summary=plain_text(metadata.get("summary", "")),
        tags=tuple(sorted({tag.slug for tag in getattr(article, "tags", None) or []})),
        category=article.category.name if getattr(article, "category", None) else "",
        timestamp=article.date.timestamp(),
        related=tuple(getattr(article, "related", None) or ()),
        path=article.source_path,
        line=(metadata.get("source_lines") or {}).get("related", 1),
    )


def _problem(record, missing, records):
    if missing.reason == "draft":
        message = f"bài có địa chỉ (slug) «{missing.slug}» trong related còn là bản nháp, chưa đăng"
        fix = "đăng bài đó trước (status: published), hoặc xoá slug này khỏi related"
    elif missing.reason == "ambiguous":
        paths = ", ".join(os.path.relpath(records[key].path) for key in missing.others)
        message = f"địa chỉ (slug) «{missing.slug}» trong related trùng ở nhiều bài ({paths})"
        fix = "đặt slug riêng cho một trong các bài đó rồi ghi slug ấy vào related"
    else:
        message = f"không có bài nào có địa chỉ (slug) «{missing.slug}» (trong related)"
        fix = "kiểm tra lại slug trong related (phần cuối địa chỉ của bài, không dấu), hoặc xoá dòng đó"
    return ContentProblem(os.path.relpath(record.path), record.line, message, fix)


def attach_related(generator):
    """Set ``related_news`` on every post and draft; file problems for front_matter."""
    options = build_state(generator.context).options(load_options, generator.settings)
    identity = [generator.settings.get(name) or "" for name in _IDENTITY]
    boilerplate = options["boilerplate"] + [phrase for phrase in identity if phrase.strip()]
    with _without_gc():
        _attach(generator, options, boilerplate)


@contextlib.contextmanager
def _without_gc():
    """The index allocates a few million small acyclic objects; with Pelican's
    whole site in memory, each full collection they trigger walks every object
    of the build (about 0.2 s each at 10,000 posts) and can free nothing of
    ours.  Collection resumes afterwards, as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _attach(generator, options, boilerplate):
    clock = _Clock()
    # Key: the path under content/, stable between builds (``url`` is recomputed on every use).
    articles = {article.relative_source_path: article for article in chain(generator.articles, generator.drafts)}
    records = {key: _record(article, key, options) for key, article in articles.items()}
    drafts = [records[draft.relative_source_path] for draft in generator.drafts]
    draft_keys = {draft.key for draft in drafts}
    posts = [record for key, record in records.items() if key not in draft_keys]
    clock.lap("read")
    store = ResultStore(generator.settings.get("CACHE_PATH") or "", posts, drafts, options, boilerplate)
    found = store.load()
    if found is None:
        index = RelatedIndex(posts, options, boilerplate)
        clock.lap("index")
        lists, missing = query_all(index, drafts)
        clock.lap("queries")
        store.save(lists, missing)
        summary = (f"index of {len(index.posts)} posts ({len(index.postings)} terms, "
                   f"{sum(map(len, index.postings.values()))} postings) and {len(lists)} queries")
    else:
        lists, missing = found
        clock.lap("stored lists")
        summary = f"the lists of the last build ({len(lists)}): no post or setting they depend on changed"
    for key, article in articles.items():
        article.related_news = [articles[other] for other in lists[key]]
    problems = build_state(generator.context).problems
    for item in missing:
        problem = _problem(records[item.key], item, records)
        if item.key in draft_keys:
            logger.warning("%s", problem)
        else:
            problems.add(problem)
    for record in posts:
        if len(record.related) > options["count"]:
            logger.warning(
                "%s:%d: related có %d bài, chỉ %d bài đầu được hiện — bỏ bớt slug, "
                "hoặc tăng RELATED_NEWS['count']",
                os.path.relpath(record.path), record.line, len(record.related), options["count"],
            )
    logger.debug("related_news: %s in %s", summary, clock)


class ResultStore:
    """The lists of the last build, in ``CACHE_PATH/related_news.pickle``, under a
    digest of everything they are computed from: every post's and draft's record
    (title, text, summary, tags, category, date, ``related``…), the options, the
    boilerplate phrases and the code of this plugin.  Any post changed, added or
    removed, or any setting changed, and the index is built again (the scores of
    all posts depend on all posts); nothing changed, and it is one file read."""

    NAME = "related_news.pickle"

    def __init__(self, cache_path, posts, drafts, options, boilerplate):
        self.path = os.path.join(cache_path, self.NAME) if cache_path else ""
        h = hashlib.blake2b(digest_size=20)
        here = os.path.dirname(os.path.abspath(__file__))
        for name in ("index.py", "related_news.py"):
            with open(os.path.join(here, name), "rb") as handle:
                h.update(handle.read())
        h.update(repr((sorted(options.items(), key=str), list(boilerplate))).encode("utf-8", "surrogatepass"))
        # A record's fields are text, numbers and tuples of text: the repr of their tuple
        # is that of ``dataclasses.astuple``, without its deep copy (2 s at 10,000 posts).
        values = operator.attrgetter(*(f.name for f in fields(Post)))
        for group in (posts, drafts):
            h.update(b"\x00group")
            for record in sorted(group, key=lambda r: r.key):
                h.update(repr(values(record)).encode("utf-8", "surrogatepass"))
        self.key = h.hexdigest()

    def load(self):
        """``(lists, missing)`` stored under this key, or None."""
        if not self.path:
            return None
        try:
            with open(self.path, "rb") as handle:
                stored = pickle.load(handle)
        except Exception:  # missing, or written by another version: compute again
            return None
        if not isinstance(stored, dict) or stored.get("key") != self.key:
            return None
        return stored["lists"], stored["missing"]

    def save(self, lists, missing):
        if not self.path:
            return
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        temporary = f"{self.path}.{os.getpid()}.tmp"
        with open(temporary, "wb") as handle:
            pickle.dump({"key": self.key, "lists": lists, "missing": missing}, handle,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, self.path)


class _Clock:
    """Wall and CPU time of the steps of one build, for the debug log."""

    def __init__(self):
        self.laps = []
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self, name):
        wall, cpu = time.perf_counter(), time.process_time()
        self.laps.append((name, wall - self.wall, cpu - self.cpu))
        self.wall, self.cpu = wall, cpu

    def __str__(self):
        wall = sum(lap[1] for lap in self.laps)
        cpu = sum(lap[2] for lap in self.laps)
        steps = ", ".join(f"{name} {w:.3f}" for name, w, _ in self.laps)
        return f"{wall:.3f} s ({steps}; CPU {cpu:.3f} s)"


def register():
    # article_generator_finalized: the earliest point at which every post and draft is read.
    signals.article_generator_finalized.connect(attach_related)
