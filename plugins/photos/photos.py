"""Photos: resized for phones, stripped of private metadata, never lost.

Every image a post or page uses (front matter ``image`` and Markdown images in
the body) is checked and turned into WebP + JPEG (PNG when transparent)
derivatives in several widths, with EXIF orientation applied and every piece
of metadata (EXIF, GPS, XMP, IPTC, ICC, comments) left behind.  Originals are
not published unless ``PHOTOS["publish_originals"]`` is true (then stripped
too).  Derivatives are cached in ``CACHE_PATH/photos`` keyed on the source's
content hash and these settings, so unchanged photos cost almost nothing.

Body images become ``<figure><picture>…<img srcset sizes width height
loading decoding></picture><figcaption></figure>``; an italic line right after
an image is its caption; several images in one paragraph (consecutive lines,
no blank line between) form a gallery grid.

Settings read: ``PHOTOS`` (defaults in ``DEFAULTS``), ``CACHE_PATH``, ``PATH``,
``SITEURL``.  Metadata read: ``image``, ``image_alt``, ``image_caption``.
Provides ``featured_image`` on posts and pages with an image: a dict with
``src``, ``srcset``, ``srcset_webp``, ``sizes``, ``width``, ``height``, ``alt``,
``caption``, ``og`` (``url``, ``width``, ``height``, ``type``, ``length``) and
``thumb`` (``src``, ``webp``, ``width``, ``height``) — URLs that already
include ``SITEURL``.  Problems go to the build's ``ProblemCollector`` (reported by
front_matter with every other problem of the build).
"""

import logging
import os
import posixpath
import re
import shutil
from urllib.parse import unquote
from concurrent.futures import ThreadPoolExecutor

from bs4 import BeautifulSoup, NavigableString, Tag
from pelican import signals

from portal_core.lifecycle import body_html, build_state, set_body_html
from portal_core.problems import ContentProblem
from portal_core.settings import SettingsError, check_bools, check_int, merge
from vietnamese.vietnamese import nfc, slugify

from .processing import PhotoError, all_files, derive

logger = logging.getLogger(__name__)

DEFAULTS = {
    "widths": [480, 960, 1600],
    "og_width": 1200,
    "thumb_size": [240, 180],
    "jpeg_quality": 78,
    "webp_quality": 72,
    "max_pixels": 40_000_000,
    "publish_originals": False,
    "output_dir": "media",
    "sizes": "(min-width: 60rem) 48rem, 100vw",
}


def load_options(settings):
    """Merge ``PHOTOS`` over the defaults once, rejecting unknown keys and bad values."""
    options = merge(settings, "PHOTOS", DEFAULTS)
    widths = options["widths"]
    if not widths or not all(isinstance(w, int) and 16 <= w <= 4000 for w in widths):
        raise SettingsError("PHOTOS['widths'] must be a list of widths from 16 to 4000 pixels")
    for key in ("jpeg_quality", "webp_quality"):
        check_int(options, "PHOTOS", key, 1, 100)
    check_int(options, "PHOTOS", "max_pixels", 1, 10**10)
    check_bools(options, "PHOTOS", ["publish_originals"])
    options["widths"] = sorted(widths)
    options["thumb_size"] = list(options["thumb_size"])
    options["cache_dir"] = os.path.join(settings.get("CACHE_PATH", "cache"), "photos")
    return options


class BuildPhotos:
    """The photos of one build: derives each source once, rewrites content."""

    def __init__(self, settings, context):
        state = build_state(context)
        self.options = state.options(load_options, settings)
        self.content_root = os.path.abspath(settings["PATH"])
        self.siteurl = settings.get("SITEURL", "")
        self.problems = state.problems
        self.files = state.own(__name__, set)  # names of the derivatives this build publishes
        self.derived = {}
        self.static_paths = tuple(p.strip("/") + "/" for p in settings.get("STATIC_PATHS", []))

    def url(self, name):
        return f"{self.siteurl}/{self.options['output_dir']}/{name}"

    def prepare(self, items):
        """Derive every image the items use, two at a time (Pillow releases the GIL)."""
        wanted = set()
        for item in items:
            if getattr(item, "image", None):
                wanted.add(item.image)
            wanted.update(_body_sources(body_html(item)))
            wanted.update(relative for _, relative in _linked_photos(item, self.content_root, self.static_paths))
        todo = sorted(wanted - set(self.derived))

        def work(relative):
            # ASCII names whatever the source's (Vietnamese, NFD from a Mac, spaces)
            stem = slugify(nfc(os.path.splitext(os.path.basename(relative))[0])) or "anh"
            try:
                return relative, derive(os.path.join(self.content_root, relative), stem, self.options)
            except PhotoError as err:
                return relative, err
            except FileNotFoundError:
                return relative, PhotoError(f"không tìm thấy ảnh «{relative}»",
                                            "chép ảnh vào thư mục content/images/ hoặc sửa đường dẫn")

        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            for relative, result in pool.map(work, todo):
                self.derived[relative] = result

    def _get(self, item, relative, line):
        """The derivatives of ``relative``, or ``None`` after recording its problem;
        ``line`` may be a function, called only then (it reads the source file)."""
        result = self.derived.get(relative)
        if isinstance(result, PhotoError):
            line = line() if callable(line) else line
            self.problems.add(ContentProblem(_display(item), line, f"ảnh «{relative}»: {result.message}", result.fix))
            return None
        self.files.update(all_files(result))
        return result

    def featured(self, item):
        relative = getattr(item, "image", None)
        if not relative:
            return
        line = item.metadata.get("source_lines", {}).get("image", 1)
        derived = self._get(item, relative, line)
        if derived is None:
            return
        item.featured_image = {
            "src": self.url(derived.jpeg[min(1, len(derived.jpeg) - 1)].name),
            "srcset": _srcset(self, derived.jpeg),
            "srcset_webp": _srcset(self, derived.webp),
            "sizes": self.options["sizes"],
            "width": derived.width,
            "height": derived.height,
            "type": derived.jpeg[-1].mime,
            "alt": getattr(item, "image_alt", ""),
            "caption": getattr(item, "image_caption", ""),
            "og": {"url": self.url(derived.og.name), "width": derived.og.width, "height": derived.og.height,
                   "type": derived.og.mime, "length": derived.og.length},
            "thumb": {"src": self.url(derived.thumb_fallback.name), "webp": self.url(derived.thumb_webp.name),
                      "width": derived.thumb_fallback.width, "height": derived.thumb_fallback.height},
        }

    def body(self, item):
        html = body_html(item)
        if "{static}/" not in html or "<img" not in html:
            return
        soup = BeautifulSoup(html, "html.parser")
        eager = not getattr(item, "image", None)  # the first image of a page loads at once
        for paragraph in list(soup.find_all("p")):
            group = _image_group(paragraph)
            if not group:
                continue
            figures = []
            for img, caption in group:
                relative = img["src"][len("{static}/"):]
                derived = self._get(item, relative, lambda relative=relative: _line_of(item.source_path, relative))
                if derived is None:
                    continue
                figures.append(self._figure(soup, img.get("alt", ""), caption, derived, eager))
                eager = False
            if len(figures) == 1:
                paragraph.replace_with(figures[0])
            elif figures:
                gallery = soup.new_tag("div", attrs={"class": "ct-gallery"})
                for figure in figures:
                    gallery.append(figure)
                paragraph.replace_with(gallery)
        for img in soup.find_all("img", src=re.compile(r"^\{static\}/")):  # inline images
            relative = img["src"][len("{static}/"):]
            derived = self._get(item, relative, lambda relative=relative: _line_of(item.source_path, relative))
            if derived is not None:
                img.replace_with(self._picture(soup, img.get("alt", ""), derived, eager))
                eager = False
        set_body_html(item, str(soup))

    def links(self, item):
        """Point ``{static}``/``{attach}`` links to a photo at its largest derivative
        (the original is not published, and carries its metadata)."""
        found = dict(_linked_photos(item, self.content_root, self.static_paths))
        if not found:
            return

        def replace(match):
            relative = found.get(match.group(0))
            if relative is None:
                return match.group(0)
            derived = self._get(item, relative, lambda: _line_of(item.source_path, os.path.basename(relative)))
            if derived is None:
                return match.group(0)
            target = derived.original or derived.jpeg[-1]
            return f'{match.group(1)}="{self.url(target.name)}"'

        set_body_html(item, _PHOTO_LINK.sub(replace, body_html(item)))

    def _picture(self, soup, alt, derived, eager):
        picture = soup.new_tag("picture")
        picture.append(soup.new_tag("source", attrs={
            "type": "image/webp", "srcset": _srcset(self, derived.webp), "sizes": self.options["sizes"]}))
        attrs = {
            "src": self.url(derived.jpeg[min(1, len(derived.jpeg) - 1)].name),
            "srcset": _srcset(self, derived.jpeg), "sizes": self.options["sizes"],
            "width": str(derived.width), "height": str(derived.height), "alt": alt, "decoding": "async",
        }
        if not eager:
            attrs["loading"] = "lazy"
        picture.append(soup.new_tag("img", attrs=attrs))
        return picture

    def _figure(self, soup, alt, caption, derived, eager):
        figure = soup.new_tag("figure", attrs={"class": "ct-figure"})
        figure.append(self._picture(soup, alt, derived, eager))
        if caption:
            figcaption = soup.new_tag("figcaption")
            for child in list(caption.children):
                figcaption.append(child)
            figure.append(figcaption)
        return figure


def _srcset(photos, variants):
    return ", ".join(f"{photos.url(v.name)} {v.width}w" for v in variants)


def _display(item):
    return os.path.relpath(item.source_path)


def _line_of(path, relative):
    """Line of the source file that names the image ``relative`` (1 if none does)."""
    with open(path, encoding="utf-8-sig") as handle:
        for number, text in enumerate(handle, start=1):
            if relative in text:
                return number
    return 1


_BODY_SRC = re.compile(r'<img[^>]*\bsrc="\{static\}/([^"]+)"')


PHOTO_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".tif", ".tiff", ".heic")
_PHOTO_LINK = re.compile(r'\b(href|src)="\{(?:static|attach)\}([^"#?]+)"')


def _linked_photos(item, content_root, static_paths):
    """``(matched text, photo path relative to content/)`` for every ``{static}``/``{attach}``
    link to a photo outside the attachment folders (those are published as they are)."""
    html = body_html(item)
    if "{static}" not in html and "{attach}" not in html:
        return []
    folder = os.path.relpath(os.path.dirname(item.source_path), content_root).replace(os.sep, "/")
    found = []
    for match in _PHOTO_LINK.finditer(html):
        value = unquote(match.group(2))
        if not value.lower().endswith(PHOTO_EXTENSIONS):
            continue
        relative = posixpath.normpath(value.lstrip("/") if value.startswith("/") else posixpath.join(folder, value))
        if relative.startswith("../") or relative.startswith(static_paths):
            continue
        found.append((match.group(0), relative))
    return found


def _body_sources(html):
    return set(_BODY_SRC.findall(html)) if "{static}/" in html else set()


def _image_group(paragraph):
    """``[(img, caption_em_or_None), ...]`` when the paragraph holds only local
    images, each optionally followed by an italic caption; else ``None``."""
    group = []
    for child in paragraph.children:
        if isinstance(child, NavigableString):
            if child.strip():
                return None
            continue
        if not isinstance(child, Tag):
            continue
        if child.name == "img" and child.get("src", "").startswith("{static}/"):
            group.append([child, None])
        elif child.name == "em" and group and group[-1][1] is None:
            group[-1][1] = child
        elif child.name != "br":
            return None
    return [tuple(pair) for pair in group] or None


def process(generator):
    # article_/page_generator_finalized: every post (or page) of the build is read,
    # nothing is written yet, and problems can still stop the build.
    items = list(getattr(generator, "articles", [])) + list(getattr(generator, "drafts", []))
    items += list(getattr(generator, "pages", [])) + list(getattr(generator, "draft_pages", []))
    items += list(getattr(generator, "hidden_pages", []))
    photos = BuildPhotos(generator.settings, generator.context)
    photos.prepare(items)
    for item in items:
        photos.featured(item)
        photos.body(item)
        photos.links(item)
    # Pelican copies every file a post links with {static}; our derivatives
    # replace the originals, which must not be published.
    generator.context["static_links"] -= set(photos.derived)


# "<stem>-<12 hex digits of the source>-<width|og|thumb|original>.<ext>", as processing.derive names them
DERIVATIVE_NAME = re.compile(r"-[0-9a-f]{12}-(?:\d+|og|thumb|original)\.(?:webp|jpg|png)$")


def published_files(context):
    """Names (under ``PHOTOS["output_dir"]``) of the derivatives the build of
    ``context`` publishes, sorted (also read by ``invoke check``)."""
    return sorted(build_state(context).own(__name__) or ())


def publish_files(generator, writer):
    # page_writer_finalized: the last content writer; pages and posts are written.
    options = build_state(generator.context).options(load_options, generator.settings)
    target_dir = os.path.join(generator.output_path, options["output_dir"])
    os.makedirs(target_dir, exist_ok=True)
    published = published_files(generator.context)
    for name in published:
        source = os.path.join(options["cache_dir"], name)
        target = os.path.join(target_dir, name)
        if not os.path.exists(target) or os.path.getsize(target) != os.path.getsize(source):
            shutil.copyfile(source, target)
    # A photo replaced (or no longer used) leaves derivatives of its old content here:
    # remove what this build does not publish, derivatives only (their names carry the
    # source's digest), so a kept output holds what a fresh build would.
    keep = set(published)
    for name in os.listdir(target_dir):
        if name not in keep and DERIVATIVE_NAME.search(name):
            os.remove(os.path.join(target_dir, name))


def register():
    signals.article_generator_finalized.connect(process)
    signals.page_generator_finalized.connect(process)
    signals.page_writer_finalized.connect(publish_files)
