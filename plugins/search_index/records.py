"""Search records (pure core of ``search_index``): one published article as the
plain values Pagefind indexes, and the HTML page it reads for it.

Imported by the plugin (``search_index.py``, in the build) and by the indexing
process (``indexer.py``); it imports neither, so there is no import cycle.
See ``search_index.py`` for the design (đ/Đ: ``merge.fold_d_stroke``).
"""

import html
import os
import re
from dataclasses import dataclass

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

LANGUAGE = "vi"
KIND_NEWS = "Tin tức"  # the ``kind`` of articles; other sections name their own
# Pagefind's default place, where js/search.js looks for it.
BUNDLE_DIR = "pagefind"

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


# --- records (pure core) ----------------------------------------------------------------

def _tag_space(match):
    name = match.group(2)
    return " " if name and name.lower() in _BLOCK_TAGS else ""


def text_of(markup):
    """Plain text of an HTML fragment, whitespace collapsed."""
    text = _MARKUP.sub(_tag_space, _SKIPPED.sub("", markup or ""))
    return _SPACES.sub(" ", html.unescape(text)).strip()


def word_key(word):
    """``word`` as Pagefind keys it, near enough: lower case, edge punctuation off."""
    return _EDGE_PUNCTUATION.sub("", word).lower()


@dataclass(frozen=True)
class SearchRecord:
    """One article as the index sees it (plain values, no Pelican objects)."""

    path: str  # where the article is saved, relative to the output folder
    title: str
    date: str  # ISO date, e.g. "2021-07-06"
    category: str
    body_html: str
    lead_html: str = ""
    # A post with no text (a photo and nothing else) carries its title as its text:
    # Pagefind drops pages without words.
    title_as_text: bool = False
    text: str = ""  # lead and body as plain text
    kind: str = KIND_NEWS
    details: str = ""  # "Số/ký hiệu: 06/KH-MTTQ · Ngày ban hành: 14/10/2024", shown with the result

    def words(self):
        """Every word of the page Pagefind reads for this record (its shard's
        sentinel pages hold them all, see merge.py)."""
        return {*self.title.split(), *self.text.split(), *self.details.split()}


def make_record(path, title, date, category, body_html, lead_html="", kind=KIND_NEWS, details=""):
    """Pure core: a ``SearchRecord`` of plain values."""
    title = text_of(title)
    lead_html = lead_html or ""
    text = " ".join((text_of(lead_html), text_of(body_html))).strip()
    return SearchRecord(
        path=path,
        title=title,
        date=date,
        category=category,
        body_html=body_html,
        lead_html=lead_html,
        title_as_text=not text,
        text=text,
        kind=kind,
        details=details,
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
        category=record.category,
        year=record.date[:4],
        date=record.date,
        lead=Markup(record.lead_html),
        body=Markup(record.body_html),
        title_as_text=record.title_as_text,
        kind=record.kind,
        details=record.details,
    )


def record_source(record):
    """``make_record`` arguments of a section's ``search_records()`` dict."""
    path = record["url"].lstrip("/")
    if not path or path.endswith("/"):
        path += "index.html"
    details = " · ".join(f"{label}: {value}" for label, value in (record.get("meta") or {}).items() if value)
    return (path, record["title"], record["date"].strftime("%Y-%m-%d"), record.get("category", ""),
            record.get("body_html") or "", record.get("lead_html") or "", record["kind"], details)


def page_url(path):
    """The URL Pagefind gives the page saved at ``path`` (as its command line does)."""
    return "/" + path.replace(os.sep, "/").replace("index.html", "")
