"""Search index: a Pagefind bundle of the published articles, for "Tìm kiếm".

Other sections are indexed too: any generator of the build with a method
``search_records()`` gives an iterable of dicts ``{"url", "title", "date"
(datetime), "kind" ("Văn bản", "Hỏi đáp"…), "body_html", "lead_html", "meta"
({label: value} shown with the result)}``, indexed like an article.  Every
record has a ``kind`` filter (``KIND_NEWS`` for articles), which the search
page offers as "Tin tức" / "Văn bản" / "Hỏi đáp"; ``meta`` is stored as one
line ``details`` ("Số/ký hiệu: 06/KH-MTTQ · Ngày ban hành: 14/10/2024").

Every published article (never a draft, a hidden post or a listing page)
becomes one search record: its title, date, category and body, nothing from
the header, footer or sidebars.  Each record is a small HTML page
(``source.html``, never published) that the Pagefind binary (of the
``pagefind[bin]`` package, never downloaded at run time) turns into its static
bundle at ``<OUTPUT_PATH>/pagefind/``, which the search page's script queries
in the reader's browser.  Going through Pelican's article objects keeps the
index independent of the theme's markup.

Vietnamese without diacritics.  Pagefind folds tone marks by itself ("mat
tran" finds "Mặt trận") but cannot fold đ/Đ (U+0111 has no decomposition), so
"dang" would miss "Đảng".  The merge (``merge.fold_d_stroke``) therefore gives
the key of every word spelt with đ ("đang": "đảng", "đang"…) to its spelling
with d as well ("dang"), as one more spelling of that word holding, page by
page, the first positions of the đ-words (weighted as all of them): a query
without diacritics finds them as Pagefind finds its own folded words, at their
own positions (so a phrase, "doan ket", finds "đoàn kết"), in titles and details
too, ranked as the words themselves.  Pagefind matches a phrase only on pages
where each query word has one spelling, so "hien dat lam duong" still misses a
page that also holds "hiện" or "lâm" (its limit, not the index's).  The records hold only the
article's own text.  A query typed with diacritics still matches the original
words exactly: the search page runs it with Pagefind's ``exactDiacritics``
first (exact matches first, then the folded ones).

Whole words.  A query word finds the words of the index that begin with it,
among those in the index chunks the browser loads for it; the chunks end
before any word that begins with the previous word, so a whole word never
finds longer ones ("Sơn" never finds "sông", "tran" never "trang"), which
keeps results independent of where chunks happen to end.

The build.  Indexing runs beside the rest of the build: when the first
article is written every article is final, so the record inputs are written
to a file for a separate process (``indexer.py``), and the build waits for it
only at ``finalized``.  That process indexes the articles in
shards of a few hundred (Pagefind keeps every page's words in memory: 2.4 GB
for 10,000 articles in one run) and merges the shards' bundles into one
(``merge.py``).  Under ``CACHE_PATH`` it keeps each shard's bundle, so a shard
whose articles did not change is not indexed again, and
``search_index.json``: when no record changed and the bundle on disk is the
one it describes, nothing runs at all; when some did, only the index chunks
of the words whose postings changed are merged and written again.

Settings read: ``SEARCH_INDEX`` (dict, defaults in ``DEFAULTS``: ``enabled``;
``chunk_kb``, the size of an index chunk before compression, which a query
downloads whole for each of its words; ``shard_size``, the mean number of
articles per Pagefind run, which bounds its memory; ``jobs``, how many Pagefind
runs at a time; ``cache``, False to index everything on every build), unknown
keys and bad values rejected; ``CACHE_PATH``.
Metadata read: ``title``, ``date``, ``category``, ``summary`` (only when the
post gives one: it is shown as the lead, so it is searchable too), ``status``.
Template variables provided: ``search_kinds``, the kinds of record the
index holds, articles' first (the search page's "Loại" filter); the theme's
``search.html`` and ``js/search.js`` use the bundle.
"""

import logging
import os
import subprocess
import sys
import tempfile
import time

from pelican import signals

from portal_core.lifecycle import build_state, on_abandon
from portal_core.settings import check_bools, check_int, merge

from .records import (  # noqa: F401 (the plugin's pure core, importable from here too)
    BUNDLE_DIR,
    KIND_NEWS,
    LANGUAGE,
    UNUSED_FILES,
    SearchIndexError,
    SearchRecord,
    environment,
    make_record,
    page_url,
    record_source,
    render_source,
    text_of,
    word_key,
)

logger = logging.getLogger(__name__)

DEFAULTS = {
    "enabled": True,
    "chunk_kb": 8,  # index chunk size before gzip (a frequent word's chunk is larger)
    "shard_size": 300,  # mean articles per Pagefind run (Pagefind needs ~235 KB per article) ...
    "jobs": 2,  # ... and Pagefind runs at a time: at most 2 x 2 x 300 articles in memory
    "cache": True,
}


def load_options(settings):
    """Merge ``SEARCH_INDEX`` over the defaults once, checking every value."""
    options = merge(settings, "SEARCH_INDEX", DEFAULTS)
    check_bools(options, "SEARCH_INDEX", ["enabled", "cache"])
    check_int(options, "SEARCH_INDEX", "chunk_kb", 1, 100_000)
    check_int(options, "SEARCH_INDEX", "shard_size", 10, 10_000)
    check_int(options, "SEARCH_INDEX", "jobs", 1, 64)
    return options


# --- Pelican adapter --------------------------------------------------------------------

class _Job:
    """The indexing process of one build, from its first article written to its
    ``finalized``: its ``finish`` is connected to that signal for this build only."""

    def __init__(self, process, output_path, started, handed, job_file):
        self.process = process
        self.output_path = output_path
        self.started = started
        self.handed = handed  # seconds the build spent handing the articles over
        self.job_file = job_file  # removed by the process as soon as it opens it

    def finish(self, pelican):
        # finalized: the last signal of a build; the indexing ran beside everything before it.
        signals.finalized.disconnect(self.finish)
        waited = time.perf_counter()
        out, err = self.process.communicate()
        waited = time.perf_counter() - waited
        if os.path.exists(self.job_file):  # the process failed before it could open it
            os.remove(self.job_file)
        from .indexer import report  # the process's answer, parsed where it is written

        try:
            report(self.process.returncode, out, err, time.perf_counter() - self.started, self.handed, waited, logger)
        except SearchIndexError as error:
            if pelican is not None and os.path.abspath(pelican.output_path) == self.output_path:
                raise
            # the job of a build that stopped before ``finalized``, ended by a later build
            logger.debug("search_index: a stopped build's indexing ended with: %s", error)

    def stop(self):
        """End the process now, unfinished: its build failed and its output is being removed."""
        signals.finalized.disconnect(self.finish)
        self.process.kill()
        self.process.communicate()
        if os.path.exists(self.job_file):
            os.remove(self.job_file)


def _unfinished_jobs(output_path):
    """Jobs of earlier builds into ``output_path`` that stopped before ``finalized``
    (their ``finish`` is still connected to it)."""
    for receiver in list(signals.finalized.receivers.values()):
        job = getattr(receiver, "__self__", None)
        if isinstance(job, _Job) and job.output_path == output_path:
            yield job


def _sources(generator, providers=()):
    """``make_record`` arguments of every published article, then of every
    record of the other sections (``providers``), one at a time."""
    # ``save_as`` once per article: Pelican formats it again on every access.
    saved = [(a, a.save_as) for a in generator.articles]
    articles = [(a, save_as) for a, save_as in saved if save_as and save_as.endswith(".html")]
    skipped = len(generator.articles) - len(articles)
    if skipped:
        logger.warning("Tìm kiếm: %d bài không lưu thành tệp .html nên không được lập chỉ mục", skipped)
    for article, save_as in articles:
        summary = article.summary if article.metadata.get("summary") else ""
        yield (save_as, article.title, article.date.strftime("%Y-%m-%d"),
               article.category.name, article.content, summary)
    for provider in providers:
        for record in provider.search_records():
            yield record_source(record)


@on_abandon
def stop_indexing(output_path):
    """The indexing processes of failed builds into ``output_path`` end now: the
    folder is being removed and a file they wrote during the removal would keep it."""
    for job in list(_unfinished_jobs(output_path)):
        job.stop()


class _Providers(list):
    """The generators of one build that have ``search_records()`` (kept in its BuildState)."""


def remember_providers(generators):
    # all_generators_finalized: every generator has read its content, none has written.
    providers = build_state(generators[0].context).own(__name__, _Providers)
    providers[:] = [g for g in generators if callable(getattr(g, "search_records", None))]
    kinds = [KIND_NEWS]
    for generator in generators:
        kinds.extend(k for k in getattr(generator, "search_kinds", ()) if k not in kinds)
    generators[0].context["search_kinds"] = kinds


_ASKED = "_search_index_asked"  # set on the generator once start_indexing has run for it


def start_indexing(generator, content=None, writer=None):
    # article_generator_write_article: the first article written is the earliest point
    # where every article is final and the build is sure to write (a content check reads
    # only); article_writer_finalized starts it for a site that has no article.
    if generator.__dict__.get(_ASKED):  # the build's other articles (10,000: 0.4 s of look-ups)
        return
    generator.__dict__[_ASKED] = True  # a generator serves one build
    state = build_state(generator.context)
    options = state.options(load_options, generator.settings)
    if not options["enabled"] or not state.first_time("search_index: indexing"):
        return
    # Imported here, not at the top: the indexing process runs ``-m search_index.indexer``,
    # which must not be imported by the package before it runs as ``__main__``.
    from .indexer import write_job

    output_path = os.path.abspath(generator.output_path)
    # The indexing process writes into this folder and never creates it: a build that
    # failed and whose folder was removed (invoke publish) must not get it back.
    os.makedirs(output_path, exist_ok=True)
    for job in _unfinished_jobs(output_path):  # never two indexing processes on one folder
        job.finish(None)
    started = time.perf_counter()
    cache_path = generator.settings.get("CACHE_PATH") or ""
    handle, job_file = tempfile.mkstemp(prefix="search-index-", suffix=".job")
    os.close(handle)
    providers = state.own(__name__) or ()
    write_job(job_file, _sources(generator, providers), output_path=output_path, options=options,
              cache_path=os.path.abspath(cache_path) if cache_path else "")
    process = subprocess.Popen(
        [sys.executable, "-m", "search_index.indexer", job_file],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    job = _Job(process, output_path, started, time.perf_counter() - started, job_file)
    signals.finalized.connect(job.finish, weak=False)


def register():
    # all_generators_finalized: every section has read its records, nothing is written yet.
    signals.all_generators_finalized.connect(remember_providers)
    signals.article_generator_write_article.connect(start_indexing)
    signals.article_writer_finalized.connect(start_indexing)
