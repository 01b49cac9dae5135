"""Search index: a Pagefind bundle of the published articles, for "Tìm kiếm".

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
"dang" would miss "Đảng".  Each record therefore carries, after a marker
(``MARKER``) at the end of its body, the words of the article that contain
đ/Đ spelt with d/D ("Đảng" -> "Dảng"), once per occurrence so that term
frequency still ranks; the title's spelling goes in the searchable meta field
``title_d``.  The original words stay untouched, so a query typed with
diacritics still matches them exactly, and the search page runs such a query
with Pagefind's ``exactDiacritics`` first (exact matches first, then the
folded ones).  The search page never shows the text after the marker.

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
one it describes, nothing runs at all.

Settings read: ``SEARCH_INDEX`` (dict, defaults in ``DEFAULTS``: ``enabled``;
``chunk_kb``, the size of an index chunk before compression, which a query
downloads whole for each of its words; ``shard_size``, the mean number of
articles per Pagefind run, which bounds its memory; ``jobs``, how many Pagefind
runs at a time; ``cache``, False to index everything on every build), unknown
keys and bad values rejected; ``CACHE_PATH``.
Metadata read: ``title``, ``date``, ``category``, ``summary`` (only when the
post gives one: it is shown as the lead, so it is searchable too), ``status``.
Template variables provided: none (the theme's ``search.html`` and
``js/search.js`` use the bundle).
"""

import html
import logging
import os
import re
import subprocess
import sys
import tempfile
import time
import weakref
from dataclasses import dataclass, field

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pelican import signals

from portal_core.settings import check_bools, check_int, merge

logger = logging.getLogger(__name__)

DEFAULTS = {
    "enabled": True,
    "chunk_kb": 8,  # index chunk size before gzip (a frequent word's chunk is larger)
    "shard_size": 300,  # mean articles per Pagefind run (Pagefind needs ~235 KB per article) ...
    "jobs": 2,  # ... and Pagefind runs at a time: at most 2 x 2 x 300 articles in memory
    "cache": True,
}

LANGUAGE = "vi"
# Pagefind's default place, where js/search.js looks for it.
BUNDLE_DIR = "pagefind"

# Ends the article text in each record; what follows is only there to be found.
# The asterism is punctuation, so Pagefind never indexes it as a word.
MARKER = "\u2042"

# Pagefind's ready-made interfaces and its web worker: the portal's search.js uses
# pagefind.js alone, on the page's own thread (``noWorker``).
UNUSED_FILES = (
    "pagefind-worker.js",
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)

# Text inside these tags is not read (it is not shown as text either).
_SKIPPED = re.compile(
    r"<(script|style|template)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>.*?</\1\s*>", re.S | re.I)
# A tag (attribute values may hold ">"), a comment or a declaration.
_MARKUP = re.compile(r"<!--.*?-->|<(/?)([A-Za-z][^\s/>]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>|<[!?][^>]*>", re.S)
# Tags that end a word: "<p>Đảng</p><p>viên</p>" is two words, not "Đảngviên".
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
_EDGE_PUNCTUATION = re.compile(r"^[^\w]+|[^\w]+$")
_SPACES = re.compile(r"\s+")


class SearchIndexError(RuntimeError):
    """The search index could not be built; ``str()`` says what to do."""


def load_options(settings):
    """Merge ``SEARCH_INDEX`` over the defaults once, checking every value."""
    options = merge(settings, "SEARCH_INDEX", DEFAULTS)
    check_bools(options, "SEARCH_INDEX", ["enabled", "cache"])
    check_int(options, "SEARCH_INDEX", "chunk_kb", 1, 100_000)
    check_int(options, "SEARCH_INDEX", "shard_size", 10, 10_000)
    check_int(options, "SEARCH_INDEX", "jobs", 1, 64)
    return options


# --- records (pure core) ----------------------------------------------------------------

def _tag_space(match):
    name = match.group(2)
    return " " if name and name.lower() in _BLOCK_TAGS else ""


def text_of(markup):
    """Plain text of an HTML fragment, whitespace collapsed."""
    text = _MARKUP.sub(_tag_space, _SKIPPED.sub("", markup or ""))
    return _SPACES.sub(" ", html.unescape(text)).strip()


def without_d_stroke(text):
    """``text`` with đ/Đ spelt d/D, every other mark kept ("Đảng" -> "Dảng")."""
    return text.replace("đ", "d").replace("Đ", "D")


def word_key(word):
    """``word`` as Pagefind keys it, near enough: lower case, edge punctuation off."""
    return _EDGE_PUNCTUATION.sub("", word).lower()


def d_variants(text):
    """The words of ``text`` that contain đ/Đ, spelt with d/D, in order and
    once per occurrence (so that a post naming "Đảng" ten times ranks above
    one naming it once)."""
    return [without_d_stroke(_EDGE_PUNCTUATION.sub("", word))
            for word in text.split() if "đ" in word or "Đ" in word]


@dataclass(frozen=True)
class SearchRecord:
    """One article as the index sees it (plain values, no Pelican objects)."""

    path: str  # where the article is saved, relative to the output folder
    title: str
    date: str  # ISO date, e.g. "2021-07-06"
    category: str
    body_html: str
    lead_html: str = ""
    variants: list = field(default_factory=list)
    title_d: str = ""  # the title without đ, only when it differs
    # A post with no text (a photo and nothing else) carries its title as its text:
    # Pagefind drops pages without words.
    title_as_text: bool = False
    text: str = ""  # lead and body as plain text

    def words(self):
        """Every word of the page Pagefind reads for this record (its shard's
        sentinel pages hold them all, see merge.py)."""
        return {*self.title.split(), *self.title_d.split(), *self.text.split(), *self.variants}


def make_record(path, title, date, category, body_html, lead_html=""):
    """Pure core: a ``SearchRecord`` with its đ-less spellings computed."""
    title = text_of(title)
    lead_html = lead_html or ""
    text = " ".join((text_of(lead_html), text_of(body_html))).replace(MARKER, " ").strip()
    title_d = without_d_stroke(title)
    return SearchRecord(
        path=path,
        title=title,
        date=date,
        category=category,
        body_html=body_html.replace(MARKER, " "),
        lead_html=lead_html.replace(MARKER, " "),
        variants=d_variants(text or title),
        title_d=title_d if title_d != title else "",
        title_as_text=not text,
        text=text,
    )


def environment():
    """The Jinja environment of ``source.html`` and ``sentinel.html``."""
    here = os.path.dirname(os.path.abspath(__file__))
    return Environment(
        loader=FileSystemLoader(here), autoescape=select_autoescape(["html"]),
        keep_trailing_newline=True,
    )


def render_source(record, env=None):
    """The HTML page Pagefind reads for ``record`` (never published)."""
    template = (env or environment()).get_template("source.html")
    return template.render(
        language=LANGUAGE,
        title=record.title,
        title_d=record.title_d,
        category=record.category,
        year=record.date[:4],
        date=record.date,
        lead=Markup(record.lead_html),
        body=Markup(record.body_html),
        marker=MARKER,
        variants=record.variants,
        title_as_text=record.title_as_text,
    )


def page_url(path):
    """The URL Pagefind gives the page saved at ``path`` (as its command line does)."""
    return "/" + path.replace(os.sep, "/").replace("index.html", "")


# --- Pelican adapter --------------------------------------------------------------------

@dataclass
class _Job:
    """The indexing process of one build, between two of its signals."""

    process: subprocess.Popen
    generator: weakref.ref
    started: float
    handed: float  # seconds the build spent handing the articles over
    job_file: str  # removed by the process as soon as it opens it


# The running job of each output folder: set when its build writes its first article,
# taken back at that build's ``finalized`` (or waited for by the next build into the
# same folder, when the first one stopped on an error).
_jobs = {}


def _sources(generator):
    """``make_record`` arguments of every published article, one at a time."""
    articles = [a for a in generator.articles if a.save_as and a.save_as.endswith(".html")]
    skipped = len(generator.articles) - len(articles)
    if skipped:
        logger.warning("Tìm kiếm: %d bài không lưu thành tệp .html nên không được lập chỉ mục", skipped)
    for article in articles:
        summary = article.summary if article.metadata.get("summary") else ""
        yield (article.save_as, article.title, article.date.strftime("%Y-%m-%d"),
               article.category.name, article.content, summary)


def start_indexing(generator, content=None, writer=None):
    # article_generator_write_article: the first article written is the earliest point
    # where every article is final and the build is sure to write (a content check reads
    # only); article_writer_finalized starts it for a site that has no article.
    output_path = os.path.abspath(generator.output_path)
    job = _jobs.get(output_path)
    if job is not None and job.generator() is generator:
        return
    options = load_options(generator.settings)
    if not options["enabled"]:
        return
    if job is not None:  # an earlier build into this folder stopped before `finalized`
        job.process.communicate()
    from .indexer import write_job  # the job file's format is the indexing process's

    started = time.perf_counter()
    cache_path = generator.settings.get("CACHE_PATH") or ""
    handle, job_file = tempfile.mkstemp(prefix="search-index-", suffix=".job")
    os.close(handle)
    write_job(job_file, _sources(generator), output_path=output_path, options=options,
              cache_path=os.path.abspath(cache_path) if cache_path else "")
    process = subprocess.Popen(
        [sys.executable, "-m", "search_index.indexer", job_file],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    _jobs[output_path] = _Job(process, weakref.ref(generator), started, time.perf_counter() - started, job_file)


def finish_indexing(pelican):
    # finalized: the last signal of a build; the indexing ran beside everything before it.
    job = _jobs.pop(os.path.abspath(pelican.output_path), None)
    if job is None:
        return
    waited = time.perf_counter()
    out, err = job.process.communicate()
    waited = time.perf_counter() - waited
    if os.path.exists(job.job_file):  # the process failed before it could open it
        os.remove(job.job_file)
    from .indexer import report  # the worker's answer, parsed where it is written

    report(job.process.returncode, out, err, time.perf_counter() - job.started, job.handed, waited, logger)


def register():
    signals.article_generator_write_article.connect(start_indexing)
    signals.article_writer_finalized.connect(start_indexing)
    signals.finalized.connect(finish_indexing)
