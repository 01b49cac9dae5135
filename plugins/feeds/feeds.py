"""Feeds: RSS 2.0 and Atom for the portal and each category, written with feedgen.

Every feed of the portal comes from here (Pelican's own feed writer stays off):
the whole portal, each category and, when switched on, each tag and each
author, each as RSS and Atom:

- ``feeds/tat-ca.rss.xml``, ``feeds/tat-ca.atom.xml``;
- ``feeds/chuyen-muc/<slug>.rss.xml`` (and ``.atom.xml``);
- ``feeds/the/<slug>.…`` and ``feeds/tac-gia/<slug>.…`` when ``tags`` /
  ``authors`` are on.

Those files are this plugin's (``owned``): the ones a build no longer makes are
removed.  Other plugins' feeds under ``feeds/`` (the Q&A's) are theirs to keep
or remove.

Each item: title; absolute permalink, which is also the RSS guid
(``isPermaLink="true"``); a ``tag:`` Atom id made from the publish host, the
post's date and its path, so it survives a preview host; published (``date``)
and updated (``modified``, else ``date``) in +07:00, never the build time;
authors (Atom ``author``; RSS ``dc:creator``, because RSS ``author`` must be an
e-mail address); the category and the tags; a plain-text summary; the full
content with absolute URLs; the featured image as an enclosure with its byte
length and type.  The channel's ``updated`` / ``lastBuildDate`` is the newest
change among its items, so two builds of the same content write the same
bytes.  A feed over ``max_bytes`` loses its oldest items until it fits, with a
warning.  The feedgen side (and its fix for Atom entry links, feedgen issue
#135) is in ``render.py``; this module plans the feeds and adapts Pelican's
posts to plain data.

Settings read: ``FEEDS`` (dict, defaults in ``DEFAULTS``; unknown keys and bad
values rejected), ``SITEURL``, ``PUBLISH_SITEURL`` (the base of absolute URLs
when ``SITEURL`` is empty, as in development, and the host of the Atom ids),
``SITENAME``, ``DEFAULT_LANG``, ``PORTAL_COMMITTEE``, ``PORTAL_DISTRICT``,
``PORTAL_PROVINCE``, ``PORTAL_EMAIL``.
Metadata read: ``title``, ``date``, ``modified``, ``author``/``authors``,
``category``, ``tags``, ``summary``; ``featured_image`` (set by photos).
Template variables provided: ``feed_links``, the portal's feeds as a list of
``{"href", "type", "title"}`` (``href`` starts with ``SITEURL``; empty when
feeds are off), and ``feeds`` on every category, tag and author object: that
one's feeds in the same shape (empty when its kind of feed is off).
"""

import logging
import os
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from markupsafe import Markup
from pelican import signals

from portal_core.lifecycle import build_state
from portal_core.settings import SettingsError, absolute_base, check_bools, check_int, merge
from portal_core.files import write_if_changed
from vietnamese.vietnamese import to_vn

from .render import FORMATS, render_within

logger = logging.getLogger(__name__)

MAX_BYTES = 2_000_000  # Google News refuses feeds over 2 MB

DEFAULTS = {
    "enabled": False,  # publishconf.py turns feeds on; tests and `FEEDS` can too
    "max_items": 50,  # newest posts per feed
    "max_bytes": MAX_BYTES,  # oldest items are dropped until a feed fits
    "categories": True,  # one feed per category
    "tags": False,  # one feed per tag
    "authors": False,  # one feed per author
    "description": None,  # None: "Tin tức, hoạt động của <committee>, <district>, <province>"
}

SITE_STEM = "feeds/tat-ca"
NEEDS = "feeds need"  # absolute addresses (portal_core.settings.absolute_base)
GROUPS = {  # kind -> (folder under feeds/, label in titles, the post's objects of that kind)
    "categories": ("chuyen-muc", "Chuyên mục", lambda post: [post.category]),
    "tags": ("the", "Chủ đề", lambda post: list(getattr(post, "tags", None) or [])),
    "authors": ("tac-gia", "Tác giả", lambda post: list(getattr(post, "authors", None) or [])),
}
URL_ATTRIBUTES = ("href", "src", "srcset", "poster")


class FeedsError(SettingsError):
    """A ``FEEDS`` setting the build refuses; the message says what to write instead."""


def load_options(settings):
    """Merge ``FEEDS`` over the defaults once, checking every value."""
    options = merge(settings, "FEEDS", DEFAULTS, FeedsError)
    check_bools(options, "FEEDS", ["enabled", "categories", "tags", "authors"], FeedsError)
    check_int(options, "FEEDS", "max_items", 1, 500, FeedsError)
    check_int(options, "FEEDS", "max_bytes", 10_000, MAX_BYTES, FeedsError)
    if options["description"] is None:
        options["description"] = default_description(settings)
    elif not isinstance(options["description"], str) or not options["description"].strip():
        raise FeedsError("FEEDS['description'] must be a sentence describing the portal's news")
    return options


def default_description(settings):
    where = ", ".join(
        part for part in (settings.get(key) for key in ("PORTAL_COMMITTEE", "PORTAL_DISTRICT", "PORTAL_PROVINCE"))
        if part
    )
    return f"Tin tức, hoạt động của {where or settings.get('SITENAME', 'cổng thông tin')}"


# ---------------------------------------------------------------- pure core


def plain(html):
    """Text of an HTML fragment, tags dropped, entities decoded, spaces collapsed."""
    return " ".join(Markup(html or "").striptags().split())


def moment(stamp):
    """``stamp`` in +07:00 without microseconds (RFC 822 has none)."""
    return to_vn(stamp).replace(microsecond=0)


def tag_uri(host, stamp, path):
    """RFC 4151 ``tag:`` id: stable while the post keeps its date and path."""
    return f"tag:{host},{to_vn(stamp):%Y-%m-%d}:/{path}"


def absolute_url(url, base):
    """``url`` made absolute when it is root-relative ("/media/…" in development)."""
    return base + url if url.startswith("/") and not url.startswith("//") else url


def absolute_links(html, base):
    """Root-relative URLs of an HTML fragment made absolute: a feed reader has no page to resolve them against."""
    if '="/' not in html:
        return html
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(lambda t: any(t.has_attr(a) for a in URL_ATTRIBUTES)):
        for name in URL_ATTRIBUTES:
            value = tag.get(name)
            if not value:
                continue
            if name == "srcset":
                parts = [p.strip().split(None, 1) for p in value.split(",") if p.strip()]
                tag[name] = ", ".join(" ".join([absolute_url(p[0], base), *p[1:]]) for p in parts)
            else:
                tag[name] = absolute_url(value, base)
    return str(soup)


def newest_first(posts):
    """Newest first; equal dates broken by slug so every build orders alike."""
    return sorted(posts, key=lambda post: (-post.date.timestamp(), post.slug))


def plan_feeds(posts, options, site_title, description):
    """Every feed of the build: dicts with ``stem`` (path without extension),
    ``title``, ``description``, ``page`` (path of the HTML page the feed
    follows) and ``posts`` (newest first, at most ``max_items``)."""
    ordered = newest_first(posts)
    if not ordered:
        return []
    limit = options["max_items"]
    plan = [{"stem": SITE_STEM, "title": site_title, "description": description, "page": "",
             "posts": ordered[:limit], "kind": None, "slug": None}]
    for kind, (folder, label, objects_of) in GROUPS.items():
        if not options[kind]:
            continue
        groups, first = {}, {}
        for post in ordered:
            for obj in objects_of(post):
                groups.setdefault(obj.slug, []).append(post)
                first.setdefault(obj.slug, obj)
        for slug in sorted(groups):
            obj = first[slug]
            plan.append({
                "stem": f"feeds/{folder}/{slug}",
                "title": f"{label} {obj.name} — {site_title}",
                "description": f"{label} {obj.name}. {description}",
                "page": obj.url,
                "posts": groups[slug][:limit],
                "kind": kind,
                "slug": slug,
            })
    return plan


def link_list(siteurl, stem, title):
    """``[{"href", "type", "title"}]`` for the RSS and Atom forms of one feed."""
    return [{"href": f"{siteurl}/{stem}.{fmt}.xml", "type": mime, "title": f"{title} ({name})"}
            for fmt, (mime, name) in FORMATS.items()]


# ---------------------------------------------------------------- adapter


def post_item(post, base, id_host):
    """Plain data of one Pelican post for the feeds."""
    photo = getattr(post, "featured_image", None) or {}
    og = photo.get("og")
    return {
        "title": plain(post.title),
        "url": f"{base}/{post.url}",
        "id": tag_uri(id_host, post.date, post.url),
        "published": moment(post.date),
        "updated": moment(getattr(post, "modified", None) or post.date),
        "authors": [author.name for author in getattr(post, "authors", None) or []],
        "categories": [post.category.name] + [tag.name for tag in getattr(post, "tags", None) or []],
        "summary": plain(post.summary) or plain(post.title),
        "content": absolute_links(post.get_content(base), base),
        "enclosure": {"url": absolute_url(og["url"], base), "length": og["length"], "type": og["type"]}
        if og else None,
    }


def _all_posts(generator):
    for name in ("articles", "drafts", "hidden_articles", "translations", "drafts_translations"):
        yield from getattr(generator, name, None) or []


def provide_links(generator):
    settings = generator.settings
    options = build_state(generator.context).options(load_options, settings)
    siteurl = settings.get("SITEURL", "")
    plan = []
    if options["enabled"]:
        # A missing address stops the build now, not after every page is written.
        absolute_base(settings, NEEDS, FeedsError)
        plan = plan_feeds(generator.articles, options, settings["SITENAME"], options["description"])
    generator.context["feed_links"] = link_list(siteurl, SITE_STEM, settings["SITENAME"]) if plan else []
    links = {(feed["kind"], feed["slug"]): link_list(siteurl, feed["stem"], feed["title"]) for feed in plan[1:]}
    for post in _all_posts(generator):
        for kind, (_, _, objects_of) in GROUPS.items():
            for obj in objects_of(post):
                obj.feeds = links.get((kind, obj.slug), [])


def owned(relative):
    """True when ``relative`` (a path under the output folder, "/"-separated) is one
    this plugin makes: ``feeds/tat-ca.*.xml`` or a feed under a ``GROUPS`` folder.
    Other plugins' feeds under ``feeds/`` (the Q&A's ``feeds/hoi-dap.*``) are theirs."""
    if not relative.endswith(tuple(f".{fmt}.xml" for fmt in FORMATS)):
        return False
    folders = tuple(f"feeds/{folder}/" for folder, _, _ in GROUPS.values())
    return relative.startswith(folders) or relative.rsplit(".", 2)[0] == SITE_STEM


def remove_other_feeds(output_path, written):
    """Delete the feed files this plugin owns (``owned``) that this build did not
    write (a category left empty, feeds turned off), so a rebuild leaves what a
    fresh build would; other plugins' files under ``feeds/`` are left alone."""
    folder = os.path.join(output_path, SITE_STEM.split("/")[0])
    for root, _, names in os.walk(folder, topdown=False):
        for name in names:
            path = os.path.join(root, name)
            relative = os.path.relpath(path, output_path).replace(os.sep, "/")
            if owned(relative) and path not in written:
                os.remove(path)
        if root != folder and not os.listdir(root):
            os.rmdir(root)
    if os.path.isdir(folder) and not os.listdir(folder):
        os.rmdir(folder)


def write_feeds(generator, writer):
    settings = generator.settings
    options = build_state(generator.context).options(load_options, settings)
    written = set()
    if not options["enabled"]:
        remove_other_feeds(generator.output_path, written)
        return
    base = absolute_base(settings, NEEDS, FeedsError)
    id_host = urlsplit(settings.get("PUBLISH_SITEURL") or base).netloc or urlsplit(base).netloc
    plan = plan_feeds(generator.articles, options, settings["SITENAME"], options["description"])
    if not plan:
        remove_other_feeds(generator.output_path, written)
        logger.info("feeds: no published post, no feed written")
        return
    items = {}
    for feed in plan:
        for post in feed["posts"]:
            if post not in items:
                items[post] = post_item(post, base, id_host)
        channel = {
            "title": feed["title"],
            "description": feed["description"],
            "language": settings.get("DEFAULT_LANG") or "vi",
            "publisher": settings.get("PORTAL_COMMITTEE") or settings["SITENAME"],
            "email": settings.get("PORTAL_EMAIL") or "",
            "page": f"{base}/{feed['page']}",
            "urls": {fmt: f"{base}/{feed['stem']}.{fmt}.xml" for fmt in FORMATS},
            "updated": items[feed["posts"][0]]["updated"],
        }
        feed_items = [items[post] for post in feed["posts"]]
        for fmt in FORMATS:
            data, kept = render_within(channel, feed_items, fmt, options["max_bytes"])
            if kept < len(feed_items):
                logger.warning(
                    "feeds: %s.%s.xml would exceed %d bytes with %d items; kept the newest %d (%d bytes)",
                    feed["stem"], fmt, options["max_bytes"], len(feed_items), kept, len(data))
            path = os.path.join(generator.output_path, f"{feed['stem']}.{fmt}.xml")
            write_if_changed(path, data)
            written.add(path)
    remove_other_feeds(generator.output_path, written)
    logger.info("feeds: wrote %d feeds (RSS and Atom) under feeds/", len(plan))


def register():
    # article_generator_finalized: categories, tags and authors are known, no template has rendered yet.
    signals.article_generator_finalized.connect(provide_links)
    # article_writer_finalized: every post page is written (item links resolve), photos has sized the images.
    signals.article_writer_finalized.connect(write_feeds)
