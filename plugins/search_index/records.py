"""Search records (pure core of ``search_index``): one published article as the
plain values Pagefind indexes, and the HTML page it reads for it.

Imported by the plugin (``search_index.py``, in the build) and by the indexing
process (``indexer.py``); it imports neither, so there is no import cycle.
See ``search_index.py`` for the design (đ/Đ spellings after ``MARKER``).
"""

import html
import os
import re
from dataclasses import dataclass, field

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

LANGUAGE = "vi"
KIND_NEWS = "Tin tức"  # the ``kind`` of articles; other sections name their own
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


# Pagefind's largest element weight (``data-pagefind-weight``): a word inside
# such an element counts as this many occurrences of it.
MAX_WEIGHT = 10


def weighted_variants(variants):
    """``variants`` (once per occurrence) as ``(spelling, weight)`` pairs, each
    spelling once in the order it first occurs, weighted by its number of
    occurrences (several pairs when it occurs more than ``MAX_WEIGHT`` times).

    Pagefind adds up a word's weights on a page as its term frequency, so
    "Dảng" once with weight 3 ranks as "Dảng Dảng Dảng" did, but is one
    position in the index instead of three: the postings of frequent đ-words'
    d-spellings, which a query without diacritics downloads, get smaller.
    (Positions after the marker only ever served that count.)"""
    counts, spelling = {}, {}
    for word in variants:
        key = word.lower()  # Pagefind keys words in lower case
        spelling.setdefault(key, word)
        counts[key] = counts.get(key, 0) + 1
    pairs = []
    for key, count in counts.items():
        word = spelling[key]
        pairs += [(word, MAX_WEIGHT)] * (count // MAX_WEIGHT)
        if count % MAX_WEIGHT:
            pairs.append((word, count % MAX_WEIGHT))
    return pairs


def collapsed_words(variants):
    """How many fewer words the page has with ``weighted_variants`` than with
    every occurrence: added back to its word count (BM25's page length)."""
    return len(variants) - len(weighted_variants(variants))


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
    kind: str = KIND_NEWS
    details: str = ""  # "Số/ký hiệu: 06/KH-MTTQ · Ngày ban hành: 14/10/2024", shown with the result

    def words(self):
        """Every word of the page Pagefind reads for this record (its shard's
        sentinel pages hold them all, see merge.py)."""
        return {*self.title.split(), *self.title_d.split(), *self.text.split(), *self.variants,
                *self.details.split()}


def make_record(path, title, date, category, body_html, lead_html="", kind=KIND_NEWS, details=""):
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
        title_d=record.title_d,
        category=record.category,
        year=record.date[:4],
        date=record.date,
        lead=Markup(record.lead_html),
        body=Markup(record.body_html),
        marker=MARKER,
        variants=weighted_variants(record.variants),
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
