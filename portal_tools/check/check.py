"""Check all content without writing the site.

Runs Pelican's reading phase only — every generator's ``generate_context`` and
the ``all_generators_finalized`` signal, as ``Pelican.run()`` does before it
writes anything — so every plugin's checks apply exactly as in a build (front
matter, categories, dates, images and alt text, duplicate URLs: collected by
the front_matter plugin into one ``ContentError``).  Then, from what was read:
links between pages (``links.check_links``, against every file the build
makes: Pelican's pages mapped from what was read, the section plugins' pages
and feeds asked of their own generators by ``sections.section_files``),
duplicate titles and posts waiting for their date. (A ``related`` slug that matches no post is an error
of the related_news plugin, reported with the others.)

Photos are checked by the photos plugin while reading (it derives them into
``CACHE_PATH/photos``, so only new photos cost time); nothing goes to the
output folder.

Settings read: Pelican's (``PATH``, ``*_SAVE_AS``, ``*_URL``, ``SITEURL``,
``PUBLISH_SITEURL``, ``DIRECT_TEMPLATES``, ``PAGINATED_TEMPLATES``,
``THEME``, ``THEME_STATIC_DIR``, ``FEED_*``) and ``PHOTOS["output_dir"]``.
"""

import datetime as dt
import logging
import os
from dataclasses import dataclass, field

from photos.photos import published_files
from portal_core.lifecycle import body_html, captured_logs, read_site
from portal_core.problems import ContentError, ContentProblem
from vietnamese.vietnamese import format_datetime

from .links import Document, SiteMap, check_links, duplicate_titles
from .sections import section_files

logger = logging.getLogger(__name__)


@dataclass
class Report:
    """What ``check_site`` found: errors stop a publish, warnings do not."""

    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # plain Vietnamese sentences
    posts: int = 0
    pages: int = 0

    @property
    def ok(self):
        return not self.errors


def load_settings(settings_file, overrides=None):
    from pelican.settings import read_settings

    return read_settings(str(settings_file), override=dict(overrides or {}))


def _content_items(generators):
    """``(item, published)`` for every post and page that was read."""
    for generator in generators:
        for name, published in (("articles", True), ("translations", True), ("hidden_articles", True),
                                ("pages", True), ("hidden_pages", True), ("drafts", False), ("draft_pages", False)):
            for item in getattr(generator, name, []) or []:
                yield item, published


def _pagination(settings, name, url, objects, template_name):
    """Output paths of every page of a listing (``trang/2/``…)."""
    from pelican.paginator import Paginator

    if not name:
        return []
    if template_name not in settings["PAGINATED_TEMPLATES"] or not objects:
        return [name]
    per_page = settings["PAGINATED_TEMPLATES"][template_name] or settings["DEFAULT_PAGINATION"]
    paginator = Paginator(name, url, list(objects), settings, per_page)
    return [paginator.page(n).save_as for n in range(1, paginator.num_pages + 1)]


def _scheduled(item):
    """The date of a post held back only because it is dated in the future, else ``None``."""
    date = getattr(item, "date", None)
    if item.metadata.get("status") == "draft" or date is None or date.tzinfo is None:
        return None
    return date if date > dt.datetime.now(dt.timezone.utc) else None


def _published_save_as(item):
    """Where a draft or future post will be written once it is published."""
    from pelican.contents import Article, Content

    klass = "article" if isinstance(item, Article) else "page"
    return Content._expand_settings(item, "save_as", klass)


def site_map(generators, settings):
    """Everything the site will have, from what was read (nothing is rendered)."""
    site = SiteMap()
    siteurls = {settings.get("SITEURL", ""), settings.get("PUBLISH_SITEURL", "")}
    site.siteurls = tuple(sorted(u.rstrip("/") for u in siteurls if u and "://" in u))
    content_root = os.path.abspath(settings["PATH"])
    for item, published in _content_items(generators):
        rel = os.path.relpath(item.source_path, content_root).replace(os.sep, "/")
        save_as = item.save_as or ""
        if save_as:
            site.files.add(save_as)
        if not published:
            when = _scheduled(item)
            why = (f"hẹn đăng {format_datetime(when)}" if when else f"đang là bản nháp ({rel}: status: draft)")
            site.pending[_published_save_as(item)] = why
            save_as = save_as or _published_save_as(item)
        site.sources[rel] = save_as
    for generator in generators:
        for static in getattr(generator, "staticfiles", []) or []:
            rel = os.path.relpath(static.source_path, content_root).replace(os.sep, "/")
            site.sources[rel] = static.save_as
            site.files.add(static.save_as)
        if hasattr(generator, "categories"):
            _listings(site, settings, generator)
    # The sections' pages and feeds (Q&A, schedule, documents, commune), as their generators make them.
    site.files.update(section_files(generators, settings))
    # Any file under content/ may be linked with {static}: Pelican copies it.
    for folder, _, files in os.walk(content_root):
        for name in files:
            rel = os.path.relpath(os.path.join(folder, name), content_root).replace(os.sep, "/")
            if not name.endswith((".md", ".markdown")):
                site.sources.setdefault(rel, rel)
    context = generators[0].context if generators else {}
    media_dir = (settings.get("PHOTOS") or {}).get("output_dir", "media")
    site.files.update(f"{media_dir}/{name}" for name in published_files(context))
    theme_static = os.path.join(settings["THEME"], "static")
    for folder, _, files in os.walk(theme_static):
        for name in files:
            rel = os.path.relpath(os.path.join(folder, name), theme_static).replace(os.sep, "/")
            site.files.add(f"{settings['THEME_STATIC_DIR']}/{rel}")
    if context.get("stylesheet_url"):
        site.files.add(context["stylesheet_url"])
    for key in ("FEED_ALL_ATOM", "FEED_ALL_RSS", "FEED_ATOM", "FEED_RSS"):
        value = settings.get(key)
        if value and "{" not in str(value):
            site.files.add(str(value))
    # The feeds plugin's template variables: the portal's feeds and each listing's.
    feeds = list(context.get("feed_links") or [])
    for generator in generators:
        for kind in ("categories", "authors"):
            for wrapper, _ in getattr(generator, kind, []) or []:
                feeds.extend(getattr(wrapper, "feeds", None) or [])
        for wrapper in (getattr(generator, "tags", None) or {}):
            feeds.extend(getattr(wrapper, "feeds", None) or [])
    siteurl = settings.get("SITEURL", "").rstrip("/")
    for feed in feeds:
        href = feed.get("href", "") if isinstance(feed, dict) else ""
        if href.startswith(siteurl):
            site.files.add(href[len(siteurl):].lstrip("/"))
    return site


def _listings(site, settings, generator):
    """Index, direct templates, categories, tags, authors, period archives."""
    articles = list(generator.articles)
    for template in settings["DIRECT_TEMPLATES"]:
        save_as = settings.get(f"{template.upper()}_SAVE_AS", f"{template}.html")
        url = settings.get(f"{template.upper()}_URL", f"{template}.html")
        site.files.update(_pagination(settings, save_as, url, articles, template))
    for kind, listing in (("category", generator.categories), ("tag", generator.tags.items()),
                          ("author", generator.authors)):
        for wrapper, items in listing:
            site.files.update(_pagination(settings, wrapper.save_as, wrapper.url, items, kind))
    for periods in generator.period_archives.values():
        for period in periods:
            site.files.update(_pagination(settings, period["save_as"], period["url"], period["articles"],
                                          "period_archives"))
    for key in ("CATEGORIES_SAVE_AS", "TAGS_SAVE_AS", "AUTHORS_SAVE_AS", "ARCHIVES_SAVE_AS"):
        if settings.get(key):
            site.files.add(settings[key])


def _documents(generators, settings):
    content_root = os.path.abspath(settings["PATH"])
    documents = []
    for item, published in _content_items(generators):
        rel = os.path.relpath(item.source_path, content_root).replace(os.sep, "/")
        try:
            with open(item.source_path, encoding="utf-8-sig") as handle:
                lines = tuple(handle.read().split("\n"))
        except (OSError, UnicodeDecodeError):
            lines = ()
        source_lines = item.metadata.get("source_lines", {})
        documents.append(Document(
            path=os.path.relpath(item.source_path), url=item.url if published else "",
            html=body_html(item), source_dir=os.path.dirname(rel), lines=lines,
            title=getattr(item, "title", ""), title_line=source_lines.get("title", 1), draft=not published,
        ))
    return documents


def _future_clashes(generators):
    """Drafts and scheduled posts that will take the address of a published page."""
    published = {}
    for item, is_published in _content_items(generators):
        if is_published and item.save_as:
            published[item.save_as] = item
    warnings = []
    for item, is_published in _content_items(generators):
        if is_published:
            continue
        other = published.get(_published_save_as(item))
        if other is not None:
            line = item.metadata.get("source_lines", {}).get("slug") or item.metadata.get("source_lines", {}).get(
                "title", 1)
            warnings.append(ContentProblem(
                os.path.relpath(item.source_path), line,
                f"khi đăng, bài này sẽ trùng địa chỉ với {os.path.relpath(other.source_path)}",
                "đổi tiêu đề hoặc thêm dòng slug: <ten-khac-khong-dau> trước khi đăng",
            ))
    return warnings


def check_site(settings_file, overrides=None):
    """Check every post and page read with ``settings_file``; return a ``Report``."""
    settings = load_settings(settings_file, overrides)
    report = Report()
    # The report says everything once: while reading, log records only go to it.
    with captured_logs() as records:
        try:
            generators = read_site(settings)
        except ContentError as error:
            report.errors.extend(error.problems)
            generators = error.generators
    for record in records:
        if record.levelno == logging.WARNING:
            argument = record.args[0] if isinstance(record.args, tuple) and record.args else None
            report.warnings.append(argument if isinstance(argument, ContentProblem) else record.getMessage())
    site = site_map(generators, settings)
    documents = _documents(generators, settings)
    errors, warnings = check_links(documents, site)
    report.errors.extend(errors)
    report.warnings.extend(warnings + duplicate_titles(documents) + _future_clashes(generators))
    for item, published in _content_items(generators):
        when = None if published else _scheduled(item)
        if when:
            report.notes.append(f"{os.path.relpath(item.source_path)}: hẹn đăng {format_datetime(when)} "
                                "— bài tự hiện khi trang được tạo lại vào ngày đó")
    for generator in generators:
        report.posts += len(getattr(generator, "articles", []) or [])
        report.pages += len(getattr(generator, "pages", []) or [])
    return report
