"""Search engines: ``sitemap.xml`` and ``robots.txt``.

``sitemap.xml`` (sitemaps.org 0.9) lists every page the build wrote — home,
posts, static pages, category / tag / author pages and their numbered pages,
"Tin đã đưa" by year and month (by day too on a site that sets
``DAY_ARCHIVE_SAVE_AS``; a page not written is never listed), the category /
tag / author indexes, the search page — with absolute addresses and a ``lastmod`` taken from the posts,
never from the clock: for a post or a dated static page its ``modified`` (else
``date``); for a list, the newest such date among the posts it shows; for a
page written with a ``last_change`` variable (the sections' pages not made of
posts: an answer, a schedule week), that date (``None``: no ``lastmod``).
Static pages without a date get no ``lastmod``.  Left out: drafts and hidden
content, ``404.html``, anything under ``drafts/`` and the ``exclude`` prefixes.
``robots.txt`` allows everything and names the sitemap.

Pages are recorded as they are written (``content_written``, sent once the file
is on disk, is the only signal that sees numbered pages with the posts they
show) by this build's ``Sitemap`` (kept in its ``BuildState``), which writes
both files at ``finalized``, once the last page is on disk.

Settings read: ``SEARCH_ENGINES`` (dict, defaults in ``DEFAULTS``; unknown keys
and bad values rejected), ``SITEURL``, ``PUBLISH_SITEURL`` (the base of the
addresses when ``SITEURL`` is empty, as in development).
Metadata read: ``date``, ``modified``, ``status``; the page variable ``last_change``.
Template variables provided: none.
"""

import logging
import os
from urllib.parse import quote

from lxml import etree
from pelican import signals

from portal_core.lifecycle import build_state
from portal_core.settings import SettingsError, absolute_base, check_bools, merge
from vietnamese.vietnamese import to_vn

logger = logging.getLogger(__name__)

DEFAULTS = {
    "sitemap": True,  # write sitemap.xml
    "robots": True,  # write robots.txt
    "exclude": [],  # more URL prefixes to leave out of the sitemap, e.g. ["tim-kiem/"]
}
ALWAYS_EXCLUDED = ("drafts/",)  # development writes drafts there
NOT_PAGES = ("404.html",)  # served at any missing address: not a page of its own
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEEDS = "sitemap.xml needs"  # absolute addresses (portal_core.settings.absolute_base)


class SearchEnginesError(SettingsError):
    """A ``SEARCH_ENGINES`` setting the build refuses; the message says what to write instead."""


def load_options(settings):
    """Merge ``SEARCH_ENGINES`` over the defaults once, checking every value."""
    options = merge(settings, "SEARCH_ENGINES", DEFAULTS, SearchEnginesError)
    check_bools(options, "SEARCH_ENGINES", ["sitemap", "robots"], SearchEnginesError)
    exclude = options["exclude"]
    if not isinstance(exclude, (list, tuple)) or not all(isinstance(p, str) and p for p in exclude):
        raise SearchEnginesError(
            "SEARCH_ENGINES['exclude'] must be a list of address beginnings such as ['tim-kiem/']")
    options["exclude"] = tuple(p.lstrip("/") for p in exclude)
    return options


# ---------------------------------------------------------------- pure core


def last_change(item):
    """When a post or page last changed (``modified``, else ``date``), or None."""
    return getattr(item, "modified", None) or getattr(item, "date", None)


def page_record(output_file, context):
    """``(url, lastmod or None)`` of a written page, or None when it must stay out
    of the sitemap.  ``context`` is the one the page was rendered with."""
    if not output_file.endswith(".html") or output_file in NOT_PAGES:
        return None
    url = output_file[: -len("index.html")] if output_file.endswith("index.html") else output_file
    if url.startswith(ALWAYS_EXCLUDED):
        return None
    if "last_change" in context:  # a section's page that dates itself (None: no lastmod)
        return url, context["last_change"]
    item = context.get("article") or context.get("page") or context.get("document")
    if item is not None:
        if getattr(item, "status", "published") != "published":
            return None
        return url, last_change(item)
    shown = context.get("articles_page")
    posts = shown.object_list if shown is not None else context.get("documents") or context.get("articles") or []
    return url, max((last_change(post) for post in posts), default=None)


def sitemap_xml(records, base, exclude=()):
    """Pure core: the bytes of ``sitemap.xml`` for ``(url, lastmod)`` records,
    sorted by address, duplicates and ``exclude`` prefixes left out."""
    urlset = etree.Element(f"{{{SITEMAP_NS}}}urlset", nsmap={None: SITEMAP_NS})
    for url, lastmod in sorted(dict(records).items()):
        if url.startswith(exclude):
            continue
        entry = etree.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        etree.SubElement(entry, f"{{{SITEMAP_NS}}}loc").text = f"{base}/{quote(url, safe='/%-._~')}"
        if lastmod is not None:
            etree.SubElement(entry, f"{{{SITEMAP_NS}}}lastmod").text = \
                to_vn(lastmod).replace(microsecond=0).isoformat()
    return etree.tostring(urlset, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def robots_txt(sitemap_url=None):
    """Pure core: ``robots.txt`` allowing every crawler, naming the sitemap."""
    lines = ["User-agent: *", "Disallow:"]
    if sitemap_url:
        lines += ["", f"Sitemap: {sitemap_url}"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- adapter


class Sitemap:
    """The pages one build wrote; ``write`` makes sitemap.xml and robots.txt."""

    def __init__(self, output_path, options, base):
        self.output_path = os.path.abspath(output_path)
        self.options = options
        self.base = base
        self.records = []
        self.connected = False

    def record(self, output_file, context):
        entry = page_record(output_file.replace(os.sep, "/"), context)
        if entry is not None:
            self.records.append(entry)
        if not self.connected:
            # Connected at the first page written, so after the writer's own ``finalized``
            # receiver (it renders the last pages there); for this build only.
            signals.finalized.connect(self.write, weak=False)
            self.connected = True

    def write(self, pelican):
        # finalized: every page of the build is on disk.
        signals.finalized.disconnect(self.write)
        if os.path.abspath(pelican.output_path) != self.output_path:
            return  # left connected by a build into another folder that stopped on an error
        sitemap_url = None
        if self.options["sitemap"]:
            with open(os.path.join(self.output_path, "sitemap.xml"), "wb") as handle:
                handle.write(sitemap_xml(self.records, self.base, self.options["exclude"]))
            sitemap_url = f"{self.base}/sitemap.xml"
            logger.info("search_engines: wrote sitemap.xml (%d pages written by this build)", len(self.records))
        if self.options["robots"]:
            with open(os.path.join(self.output_path, "robots.txt"), "w", encoding="utf-8", newline="\n") as handle:
                handle.write(robots_txt(sitemap_url))


def start_record(generators):
    # all_generators_finalized: bad settings or a missing address stop the build
    # before anything is written.
    settings = generators[0].settings
    state = build_state(generators[0].context)
    options = state.options(load_options, settings)
    base = absolute_base(settings, NEEDS, SearchEnginesError)
    state.own(__name__, lambda: Sitemap(generators[0].output_path, options, base))


def record_page(path, context):
    # content_written: the page's file is on disk; ``context`` is the one it was rendered with.
    sitemap = build_state(context).own(__name__)
    if sitemap is not None and context.get("output_file"):
        sitemap.record(context["output_file"], context)


def register():
    # all_generators_finalized: this build's shared context exists and nothing is written yet.
    signals.all_generators_finalized.connect(start_record)
    # content_written: the only signal that sees every page (numbered ones too) with the posts it shows.
    signals.content_written.connect(record_page)
