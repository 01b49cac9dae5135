"""Search engines: ``sitemap.xml`` and ``robots.txt``.

``sitemap.xml`` (sitemaps.org 0.9) lists every page the build wrote — home,
posts, static pages, category / tag / author pages and their numbered pages,
"Tin đã đưa" by year, month and day, the category / tag / author indexes, the
search page — with absolute addresses and a ``lastmod`` taken from the posts,
never from the clock: for a post or a dated static page its ``modified`` (else
``date``); for a list, the newest such date among the posts it shows.  Static
pages without a date get no ``lastmod``.  Left out: drafts and hidden
content, ``404.html``, anything under ``drafts/`` and the ``exclude`` prefixes.
``robots.txt`` allows everything and names the sitemap.

Pages are recorded as they are written (``content_written`` is the only signal
that sees numbered pages with the posts they show), in a list kept in this
build's context, and both files are written once the last page is (after
``page_writer_finalized``; ``TEMPLATE_PAGES``, unused by the portal, would come
later and not be listed).

Settings read: ``SEARCH_ENGINES`` (dict, defaults in ``DEFAULTS``; unknown keys
and bad values rejected), ``SITEURL``, ``PUBLISH_SITEURL`` (the base of the
addresses when ``SITEURL`` is empty, as in development).
Metadata read: ``date``, ``modified``, ``status``.
Template variables provided: none (``search_engine_pages`` in the context is
this plugin's own record of the build).
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
RECORD = "search_engine_pages"
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
    item = context.get("article") or context.get("page")
    if item is not None:
        if getattr(item, "status", "published") != "published":
            return None
        return url, last_change(item)
    shown = context.get("articles_page")
    posts = shown.object_list if shown is not None else context.get("articles") or []
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


def start_record(generators):
    settings = generators[0].settings
    # Bad settings or a missing address stop the build before anything is written.
    build_state(generators[0].context).options(load_options, settings)
    absolute_base(settings, NEEDS, SearchEnginesError)
    generators[0].context[RECORD] = []  # the context is one dict shared by every generator of this build


def record_page(path, context):
    record = context.get(RECORD)
    if record is None or not context.get("output_file"):
        return
    entry = page_record(context["output_file"].replace(os.sep, "/"), context)
    if entry is not None:
        record.append(entry)


def write_files(generator, writer):
    settings = generator.settings
    options = build_state(generator.context).options(load_options, settings)
    base = absolute_base(settings, NEEDS, SearchEnginesError)
    sitemap_url = None
    if options["sitemap"]:
        records = generator.context.get(RECORD) or []
        with open(os.path.join(generator.output_path, "sitemap.xml"), "wb") as handle:
            handle.write(sitemap_xml(records, base, options["exclude"]))
        sitemap_url = f"{base}/sitemap.xml"
        logger.info("search_engines: wrote sitemap.xml (%d pages written by this build)", len(records))
    if options["robots"]:
        with open(os.path.join(generator.output_path, "robots.txt"), "w", encoding="utf-8", newline="\n") as handle:
            handle.write(robots_txt(sitemap_url))


def register():
    # all_generators_finalized: this build's shared context exists and nothing is written yet.
    signals.all_generators_finalized.connect(start_record)
    # content_written: the only signal that sees every page (numbered ones too) with the posts it shows.
    signals.content_written.connect(record_page)
    # page_writer_finalized: the last HTML writer (posts, lists, then pages) has finished.
    signals.page_writer_finalized.connect(write_files)
