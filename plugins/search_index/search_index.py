"""Search index: a Pagefind bundle of the published articles, for "Tìm kiếm".

After the articles are written, every published article (never a draft, a
hidden post or a listing page) becomes one search record: its title, date,
category and body, nothing from the header, footer or sidebars.  Each record
is a small HTML page (``source.html``) written to a temporary folder, never
published; the Pagefind command (the binary of the ``pagefind[bin]`` package,
never downloaded at run time) turns that folder into its static bundle at
``<OUTPUT_PATH>/pagefind/``, which the search page's script queries in the
reader's browser.  Going through Pelican's article objects keeps the index
independent of the theme's markup.

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

Settings read: ``SEARCH_INDEX`` (dict, defaults in ``DEFAULTS``: ``enabled``;
``chunk_size``, passed to Pagefind as ``PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE``,
0 for Pagefind's own default), unknown keys and bad values rejected.
Metadata read: ``title``, ``date``, ``category``, ``summary`` (only when the
post gives one: it is shown as the lead, so it is searchable too), ``status``.
Template variables provided: none (the theme's ``search.html`` and
``js/search.js`` use the bundle).
"""

import json
import logging
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pelican import signals

from plugin_settings import check_bools, check_int, merge

from .stable_bundle import stabilise

logger = logging.getLogger(__name__)

DEFAULTS = {
    "enabled": True,
    "chunk_size": 300,  # Pagefind's index chunk size; 0 keeps Pagefind's own default
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

# Text between these tags is not read (it is not shown as text either).
_SKIPPED_TAGS = {"script", "style", "template"}
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
    check_bools(options, "SEARCH_INDEX", ["enabled"])
    check_int(options, "SEARCH_INDEX", "chunk_size", 0, 1_000_000)
    return options


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def text_of(html):
    """Plain text of an HTML fragment, whitespace collapsed."""
    parser = _TextParser()
    parser.feed(html or "")
    parser.close()
    return _SPACES.sub(" ", "".join(parser.parts)).strip()


def without_d_stroke(text):
    """``text`` with đ/Đ spelt d/D, every other mark kept ("Đảng" -> "Dảng")."""
    return text.replace("đ", "d").replace("Đ", "D")


def d_variants(text):
    """The words of ``text`` that contain đ/Đ, spelt with d/D, in order and
    once per occurrence (so that a post naming "Đảng" ten times ranks above
    one naming it once)."""
    words = (_EDGE_PUNCTUATION.sub("", word) for word in text.split())
    return [without_d_stroke(word) for word in words if "đ" in word or "Đ" in word]


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
    )


def _environment():
    here = os.path.dirname(os.path.abspath(__file__))
    return Environment(
        loader=FileSystemLoader(here), autoescape=select_autoescape(["html"]),
        keep_trailing_newline=True,
    )


def render_source(record, environment=None):
    """The HTML page Pagefind reads for ``record`` (never published)."""
    template = (environment or _environment()).get_template("source.html")
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


def pagefind_executable():
    """The Pagefind binary shipped by the ``pagefind[bin]`` package (or the one
    ``PAGEFIND_BINARY_PATH`` names); never downloaded at run time."""
    try:
        from pagefind.service import get_executable
    except ImportError as error:
        raise SearchIndexError(
            "Tìm kiếm: chưa cài Pagefind (gói 'pagefind[bin]'). "
            "Chạy: .venv/bin/pip install -r requirements.txt"
        ) from error
    executable = get_executable()
    if executable is None or not os.path.isfile(executable):
        raise SearchIndexError(
            "Tìm kiếm: không thấy chương trình Pagefind đi kèm gói 'pagefind-bin'. "
            "Chạy: .venv/bin/pip install -r requirements.txt"
        )
    return str(executable)


def run_pagefind(source_dir, bundle_path, options):
    """Index every page of ``source_dir`` into ``bundle_path``; return the page count.

    The command line, not the Python API: that API answers one request per 0.1 s
    and cannot pass the environment variable that sets the chunk size.
    """
    command = [
        pagefind_executable(), "--site", source_dir, "--output-path", bundle_path,
        "--force-language", LANGUAGE, "--glob", "**/*.html", "--quiet",
    ]
    environment = dict(os.environ)
    if options["chunk_size"]:
        # Smaller index chunks: a query then downloads little more than the lists of
        # its own words (Vietnamese syllables are few and frequent, so each is long).
        environment["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] = str(options["chunk_size"])
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    entry_path = os.path.join(bundle_path, "pagefind-entry.json")
    if done.returncode != 0 or not os.path.isfile(entry_path):
        raise SearchIndexError(
            f"Tìm kiếm: Pagefind không lập được chỉ mục (mã lỗi {done.returncode}): "
            f"{(done.stderr or done.stdout).strip()[-1000:]}"
        )
    with open(entry_path, encoding="utf-8") as handle:
        languages = json.load(handle).get("languages", {})
    return sum(language.get("page_count", 0) for language in languages.values())


def write_bundle(records, output_path, options):
    """Index ``records`` into ``<output_path>/pagefind/``; return the
    number of pages indexed.  The previous bundle is replaced as a whole."""
    bundle_path = os.path.join(os.path.abspath(output_path), BUNDLE_DIR)
    environment = _environment()
    with tempfile.TemporaryDirectory(prefix="search-index-") as source_dir:
        for record in records:
            target = os.path.join(source_dir, record.path)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as handle:
                handle.write(render_source(record, environment))
        shutil.rmtree(bundle_path, ignore_errors=True)
        count = run_pagefind(source_dir, bundle_path, options)
    stabilise(bundle_path)  # same content, same bytes (Pagefind alone is not)
    if count != len(records):
        logger.warning("Tìm kiếm: Pagefind lập chỉ mục %d bài trong %d bài (bài không có chữ nào bị bỏ qua)",
                       count, len(records))
    for name in UNUSED_FILES:
        try:
            os.remove(os.path.join(bundle_path, name))
        except FileNotFoundError:
            pass
    return count


def bundle_size(path):
    """Bytes on disk of every file under ``path``."""
    return sum(
        os.path.getsize(os.path.join(folder, name))
        for folder, _, names in os.walk(path)
        for name in names
    )


def _record_of(article):
    summary = article.summary if article.metadata.get("summary") else ""
    return make_record(
        path=article.save_as,
        title=article.title,
        date=article.date.strftime("%Y-%m-%d"),
        category=article.category.name,
        body_html=article.content,
        lead_html=summary,
    )


def index_articles(generator, writer):
    # article_writer_finalized: the published articles are final and written, and
    # the output folder will not be cleaned again during this build.
    options = load_options(generator.settings)
    if not options["enabled"]:
        return
    articles = [a for a in generator.articles if a.save_as and a.save_as.endswith(".html")]
    skipped = len(generator.articles) - len(articles)
    if skipped:
        logger.warning("Tìm kiếm: %d bài không lưu thành tệp .html nên không được lập chỉ mục", skipped)
    started = time.perf_counter()
    count = write_bundle([_record_of(a) for a in articles], generator.output_path, options)
    bundle_path = os.path.join(generator.output_path, BUNDLE_DIR)
    logger.info(
        "Search index: %d articles, %.1f KB in %s, %.2f s",
        count, bundle_size(bundle_path) / 1024, bundle_path, time.perf_counter() - started,
    )


def register():
    signals.article_writer_finalized.connect(index_articles)
