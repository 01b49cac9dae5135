"""Commune: who the committee is, its villages, the administrative map, where to go next.

Reads one data file, ``content/<folder>/<data_file>`` (YAML: the committee, its
term, Ban Thường trực and members, member organisations, villages with their Ban
công tác Mặt trận, links to other portals), checked like front matter: every
problem is reported with file and line and the build stops before writing.
When ``content/<folder>/<map_file>`` exists (GeoJSON of the villages'
boundaries), the administrative map is drawn from it as SVG at build time.
Without the data file the plugin does nothing (``commune`` is ``None``).

Pages written (URLs and file names from the settings below):
- one page per village: its Ban công tác Mặt trận and the posts tagged with its
  name (with or without diacritics, "thôn …" or not);
- "Bản đồ hành chính": every village as a list, and the SVG map;
- "Liên kết website": the links, with their banners;
- the English "Introduction" (``lang="en"``) from the same data.
"Giới thiệu" and "Liên hệ" stay Markdown pages: ``template: organisation`` /
``template: contacts`` in their front matter renders the data after their prose,
or where a line ``<!-- du-lieu -->`` stands in it (the Jinja filter
``around_data`` cuts the body there: ``page.content|around_data`` gives
``before`` and ``after``).

Settings read: ``COMMUNE`` (dict, defaults in ``DEFAULTS``: ``folder``,
``data_file``, ``map_file``, ``map_width``), ``VILLAGE_URL`` /
``VILLAGE_SAVE_AS`` (with ``{slug}``), ``VILLAGES_URL`` / ``VILLAGES_SAVE_AS``,
``LINKS_URL`` / ``LINKS_SAVE_AS``, ``ENGLISH_URL`` / ``ENGLISH_SAVE_AS``,
``DEFAULT_LANG``, ``INDEX_SAVE_AS``, ``PATH``; ``PHOTOS`` through the photos plugin (banners and portraits).
Metadata read: ``tags`` of published posts; ``template`` of pages.
Template variables provided: ``commune`` (a ``CommunePortal``: ``data`` (the
checked ``Commune``), ``villages`` (``VillagePage``s with ``url`` and
``articles``), ``drawing`` (a ``MapDrawing`` or ``None``), ``village_of`` (map
shape name -> ``VillagePage``), ``languages`` (the home page and the English
page as ``LanguageVersion``s, for hreflang alternates)); on the pages it writes, ``village`` and
``page_name``.  Problems go to the build's ``ProblemCollector`` (``build_state(context).problems``) (reported by
front_matter with every other problem of the build).
"""

import logging
import os
import re
from dataclasses import dataclass, field, replace
from types import SimpleNamespace
from typing import NamedTuple

from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator

from front_matter.rules import ContentProblem
from photos.photos import BuildPhotos
from portal_core.settings import SettingsError, check_int, merge
from vietnamese.vietnamese import fold
from portal_core.lifecycle import build_state

from .data import read_commune
from .geomap import draw, match_villages, read_boundaries

logger = logging.getLogger(__name__)

DEFAULTS = {
    "folder": "commune",  # under content/
    "data_file": "to-chuc.yml",
    "map_file": "ban-do.geojson",
    "map_width": 400,  # SVG units; labels are sized for 360 px phones at this width
}
URL_SETTINGS = ("VILLAGE", "VILLAGES", "LINKS", "ENGLISH")
TAG_PREFIXES = ("thon ", "to dan pho ", "khu pho ", "ap ", "ban ", "khoi ")
DATA_MARKER = re.compile(r"<!--\s*du-lieu\s*-->")  # where a page's prose lets the data in


def load_options(settings):
    """Merge ``COMMUNE`` over the defaults once; check the page URL settings."""
    options = merge(settings, "COMMUNE", DEFAULTS)
    check_int(options, "COMMUNE", "map_width", 200, 2000)
    for prefix in URL_SETTINGS:
        for suffix in ("URL", "SAVE_AS"):
            value = settings.get(f"{prefix}_{suffix}")
            if not isinstance(value, str) or not value:
                raise SettingsError(f"{prefix}_{suffix} must be set in pelicanconf.py, e.g. "
                                 f"{prefix}_{suffix} = 'thon/{{slug}}/'" + ("index.html" if suffix == "SAVE_AS" else ""))
    return options


@dataclass
class VillagePage:
    """A village and its page."""

    village: object  # data.Village
    url: str
    save_as: str
    articles: list = field(default_factory=list)  # published posts tagged with it, newest first
    shape: object = None  # geomap.Shape when the map draws it

    @property
    def title(self):
        return self.village.title


@dataclass(frozen=True)
class LanguageVersion:
    """The portal's front page in one language (``<link rel="alternate" hreflang>``)."""

    lang: str
    url: str  # site-relative; "" is the home page
    save_as: str


def language_versions(settings):
    """The home page in ``DEFAULT_LANG`` (also the x-default) and the English page."""
    return (LanguageVersion(settings.get("DEFAULT_LANG") or "vi", "", settings.get("INDEX_SAVE_AS") or "index.html"),
            LanguageVersion("en", settings["ENGLISH_URL"], settings["ENGLISH_SAVE_AS"]))


@dataclass
class CommunePortal:
    data: object  # data.Commune
    villages: list
    drawing: object = None
    data_path: str = ""
    languages: tuple = ()  # LanguageVersion, the default language first


class Prose(NamedTuple):
    """A page body cut where the commune's data goes."""

    before: Markup
    after: Markup


def around_data(html):
    """``html`` (a page body) split at its first ``<!-- du-lieu -->`` (spaces inside
    optional; the marker itself dropped); without one, the data goes after it all."""
    parts = DATA_MARKER.split(str(html or ""), maxsplit=1)
    return Prose(Markup(parts[0]), Markup(parts[1] if len(parts) > 1 else ""))


def village_posts(articles, villages):
    """Pure core: ``{slug: [posts]}`` of the villages each post's tags name, built
    with one pass over the posts (a tag "thôn Đông Sơn", "Đông Sơn" or "dong son")."""
    by_key = {}
    for village in villages:
        for key in village.tag_keys():
            by_key.setdefault(key, village.slug)
    found = {village.slug: [] for village in villages}
    village_of = {}  # tag name -> village slug or None: a site has a few hundred tags on thousands of posts
    for post in articles:
        slugs = set()
        for tag in getattr(post, "tags", None) or ():
            name = tag.name
            if name not in village_of:
                village_of[name] = _village_slug(fold(name), by_key)
            slug = village_of[name]
            if slug is not None:
                slugs.add(slug)
        for slug in slugs:
            found[slug].append(post)
    return found


def _village_slug(key, by_key):
    """The village a folded tag names, with or without "thôn …", or None."""
    slug = by_key.get(key)
    if slug is None:
        for prefix in TAG_PREFIXES:
            if key.startswith(prefix):
                return by_key.get(key[len(prefix):].strip())
    return slug


class CommuneGenerator(Generator):
    """Reads the commune's data at ``generate_context``, writes its pages at ``generate_output``."""

    def generate_context(self):
        self.portal = None
        self.context["commune"] = None
        options = load_options(self.settings)
        folder = os.path.join(self.settings["PATH"], options["folder"])
        data_file = os.path.join(folder, options["data_file"])
        if not os.path.isfile(data_file):
            return
        problems = build_state(self.context).problems
        content_root = os.path.abspath(self.settings["PATH"])
        data_path = os.path.relpath(data_file)
        with open(data_file, "rb") as handle:
            raw = handle.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = None
            problems.add(ContentProblem(data_path, 1, "tệp không phải UTF-8",
                                     "mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8"))
        if text is None:
            return
        commune, found, warnings = read_commune(
            text, data_path, lambda relative: os.path.isfile(os.path.join(content_root, relative)))
        problems.extend(found)
        if commune is None:
            return
        pages = [
            VillagePage(v, self.settings["VILLAGE_URL"].format(slug=v.slug),
                        self.settings["VILLAGE_SAVE_AS"].format(slug=v.slug))
            for v in commune.villages
        ]
        by_slug = {page.village.slug: page for page in pages}
        for slug, posts in village_posts(self.context.get("articles", []), commune.villages).items():
            by_slug[slug].articles = posts
        drawing = None
        map_file = os.path.join(folder, options["map_file"])
        if os.path.isfile(map_file):
            map_path = os.path.relpath(map_file)
            with open(map_file, encoding="utf-8-sig") as handle:
                boundaries, map_problems = read_boundaries(handle.read(), map_path)
            pairs, match_problems, match_warnings = match_villages(boundaries, commune.villages, map_path, data_path)
            problems.extend(map_problems + match_problems)
            warnings += match_warnings
            if pairs and not map_problems and not match_problems:
                # labelled with the data's spelling, whatever the map file wrote
                drawing = draw([replace(b, name=v.name) for b, v in pairs], options["map_width"])
                for shape, (_, village) in zip(drawing.shapes, pairs):
                    by_slug[village.slug].shape = shape
                    shape.url = by_slug[village.slug].url
                    shape.title = village.title
        for warning in warnings:
            logger.warning("%s", warning)
        _derive_pictures(self.settings, self.context, data_file, commune)
        self.portal = CommunePortal(commune, pages, drawing, data_path, language_versions(self.settings))
        self.context["commune"] = self.portal

    def generate_output(self, writer):
        portal = getattr(self, "portal", None)
        if portal is None:
            return
        settings = self.settings
        # ``articles=[]``: these pages show no posts (the sitemap gives them no date).
        for name, template in (("VILLAGES", "villages"), ("LINKS", "links"), ("ENGLISH", "introduction")):
            writer.write_file(settings[f"{name}_SAVE_AS"], self.get_template(template), self.context,
                              relative_urls=settings["RELATIVE_URLS"], page_name=settings[f"{name}_URL"],
                              articles=[], url=settings[f"{name}_URL"])
        village_template = self.get_template("village")
        for page in portal.villages:
            writer.write_file(page.save_as, village_template, self.context,
                              relative_urls=settings["RELATIVE_URLS"], page_name=page.url,
                              village=page, articles=page.articles, url=page.url)


def _derive_pictures(settings, context, data_file, commune):
    """Banners and portraits through the photos plugin (resized, metadata stripped,
    published with the other photos); its problems join the build's."""
    owners = [link for link in commune.links if link.banner]
    people = commune.standing + commune.members + [p for v in commune.villages for p in v.board]
    owners += [person for person in people if person.photo]
    if not owners:
        return
    items = []
    for owner in owners:
        relative = getattr(owner, "banner", "") or owner.photo
        alt = getattr(owner, "banner_alt", "") or getattr(owner, "photo_alt", "")
        items.append(SimpleNamespace(image=relative, image_alt=alt, image_caption="", _content="",
                                     source_path=data_file, metadata={"source_lines": {"image": owner.line}}))
    photos = BuildPhotos(settings, context)
    photos.prepare(items)
    for owner, item in zip(owners, items):
        photos.featured(item)
        owner.picture = getattr(item, "featured_image", None)


def get_generators(pelican_object):
    # get_generators: the one way to add a generator; it runs after posts and pages are read.
    return CommuneGenerator


def provide_filters(generator):
    # generator_init: each generator's Jinja env exists before any template renders.
    generator.env.filters["around_data"] = around_data


def register():
    signals.get_generators.connect(get_generators)
    signals.generator_init.connect(provide_filters)
