"""Front matter: YAML metadata for posts and pages, checked against the portal's rules.

Replaces Pelican's Markdown reader, which drops YAML lists (and every key after
them) and reads 05/11/2025 as 11 May.  Every faulty file of a build is reported
in one run as ``path:line: what is wrong — what to write instead`` (Vietnamese),
and the build then stops before anything is written: no post is ever dropped,
moved to a catch-all category or published with a guessed date.

Settings read:
- ``PORTAL_CATEGORIES``: allowed categories, display names in menu order;
- ``FRONT_MATTER``: ``{"strict_alt": bool}`` (default False; a missing alt text
  is a warning, or an error when true, as in publishconf.py);
- ``PATH``, ``PAGE_PATHS``, ``MARKDOWN``, ``CACHE_PATH`` (Pelican's own).

Kept between builds under ``CACHE_PATH/front_matter/``: each body's HTML
(``markdown_cache.py``) and, in ``checked/``, each file's checked front matter
(metadata, line numbers, warnings), by the file's bytes and name and a version
of the checking code and the settings it reads (``checks_version``).  A stored
entry is used only when every image the file names is found on disk as it was
then; its warnings are logged again.  A file with problems is never stored.

Metadata accepted (posts): title, date, category, author (required); tags,
summary, image, image_alt, image_caption, featured, status, slug, modified,
related, legacy_url, template.  Pages: title (required), slug, summary, status,
order, template, modified, image, image_alt, image_caption.

Provides on content objects: ``date_has_time``, ``featured``, ``image`` (path
relative to content/), ``image_alt``, ``image_caption``, ``related`` (slugs),
``source_lines`` (key -> line in the file, for later checks).
"""

import hashlib
import logging
import os
import pickle
import unicodedata
from urllib.parse import unquote

from markdown import Markdown
from markupsafe import escape
from pelican import signals
from pelican.readers import BaseReader
from pelican.urlwrappers import Author, Category, Tag

from portal_core.lifecycle import build_state
from portal_core.problems import ContentProblem, ProblemCollector
from portal_core.settings import check_bools, merge

from .markdown_cache import MarkdownCache
from .rules import (
    check_body_images,
    check_page,
    check_post,
    decode,
    read_fields,
    split_front_matter,
)

logger = logging.getLogger(__name__)

DEFAULTS = {"strict_alt": False}


def load_options(settings):
    """Merge ``FRONT_MATTER`` over the defaults once, rejecting unknown keys."""
    options = merge(settings, "FRONT_MATTER", DEFAULTS)
    check_bools(options, "FRONT_MATTER", ["strict_alt"])
    return options


class FrontMatterError(Exception):
    """Raised by the reader so Pelican skips the file; the problems are
    reported together when all generators have finished."""

    def __init__(self, problems):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def _front_and_body(data, path):
    """``((yaml_text, body, body_first_line), [])`` of a file's bytes, or ``(None, problems)``."""
    text, problem = decode(data, path)
    if problem:
        return None, [problem]
    return split_front_matter(text, path)


class PortalMarkdownReader(BaseReader):
    """Markdown with YAML front matter, checked by ``rules``."""

    enabled = True
    file_extensions = ["md", "markdown"]

    def __init__(self, settings):
        super().__init__(settings)
        self.options = load_options(settings)
        self.problems = []
        self.content_root = os.path.abspath(settings["PATH"])
        self.page_roots = [
            os.path.join(self.content_root, p) + os.sep for p in settings.get("PAGE_PATHS", [])
        ]
        config = dict(settings["MARKDOWN"])
        # Pelican's meta extension would eat a body line such as "Sáng ngày 2/7: ..."
        config["extensions"] = [
            e for e in config.get("extensions", []) if e != "markdown.extensions.meta"
        ]
        for name in config.get("extension_configs", {}):
            if name not in config["extensions"]:
                config["extensions"].append(name)
        self._md = Markdown(**config)
        self.markdown_cache = MarkdownCache(
            os.path.join(settings.get("CACHE_PATH") or "cache", "front_matter"), config
        )
        self._prefetched = set()
        # The checked front matter of each file, by the same key and in the same kind
        # of per-folder store, apart from the conversions (``read``).
        self.checked_cache = MarkdownCache(
            os.path.join(settings.get("CACHE_PATH") or "cache", "front_matter", "checked"), config
        )
        self._checks = checks_version(settings, self.options)
        # One Category/Tag/Author object per name for all the files this reader reads (one
        # build): each computes its slug on first use (unidecode and regular expressions),
        # and 10,000 posts name the same few hundred categories, tags and authors 45,000 times.
        self._wrappers = {}

    def _display_path(self, source_path):
        return os.path.relpath(source_path)

    def _image_exists(self, relative):
        """True, or the path as saved on disk when only its form differs."""
        if os.path.isfile(os.path.join(self.content_root, relative)):
            return True
        return find_on_disk(self.content_root, unquote(relative)) or False

    def read(self, source_path):
        absolute = os.path.abspath(source_path)
        folder = os.path.dirname(absolute)
        if folder not in self._prefetched:
            # The first file of a folder: convert its other new files on every core.
            self._prefetched.add(folder)
            self.markdown_cache.prefetch(folder, self._convert_file)
        # The bytes prefetch read (each file is read and hashed once), else read now.
        read = self.markdown_cache.take(os.path.join(folder, os.path.basename(source_path)))
        if read is None:
            with open(source_path, "rb") as handle:
                data = handle.read()
            read = data, self.markdown_cache.key(data)
        data, key = read
        is_page = any(absolute.startswith(root) for root in self.page_roots)
        # The name too: messages name the file, and two files may hold the same bytes.
        checked_key = f"checked:{self._checks}:{int(is_page)}:{os.path.basename(source_path)}:{key}"
        stored = self.checked_cache.get(folder, checked_key)
        lookups_changed = False
        if stored is not None:
            found = self._stored_read(folder, key, stored)
            if found is not None:
                return found
            lookups_changed = True  # an image it names came or went: check and convert anew
        # The path messages show, made only for a file checked now (a stored read needs none).
        path = self._display_path(source_path)
        parts, problems = _front_and_body(data, path)
        if problems:
            self._fail(problems)
        yaml_text, body, body_line = parts
        fields, problems = read_fields(yaml_text, 2, path)
        if problems:
            self._fail(problems)
        lookups = {}

        def image_exists(relative):
            lookups[relative] = found = self._image_exists(relative)
            return found

        if is_page:
            checked = check_page(fields, path, image_exists, self.options)
        else:
            categories = self.settings.get("PORTAL_CATEGORIES") or []
            checked = check_post(fields, path, categories, image_exists, self.options)
        body, body_problems, body_warnings = check_body_images(
            body, body_line, path, image_exists, self.options
        )
        problems = checked.problems + body_problems
        warnings = [str(warning) for warning in checked.warnings + body_warnings]
        for warning in warnings:
            logger.warning("%s", warning)
        if problems:
            self._fail(problems)
        # The converted body depends on the file's bytes (and the Markdown settings)
        # and on the spelling on disk of the images it names (``lookups``).
        content = None if lookups_changed else self.markdown_cache.get(folder, key)
        if content is None:
            content = self._convert(body)
            self.markdown_cache.put(folder, key, content)
        # Pickled: each build gets its own copy, whatever a plugin later does to the metadata.
        self.checked_cache.put(folder, checked_key, pickle.dumps(
            (dict(checked.metadata), dict(checked.lines), warnings, lookups), pickle.HIGHEST_PROTOCOL))
        return content, self._pelican_metadata(checked.metadata, checked.lines)

    def _stored_read(self, folder, key, stored):
        """``read``'s result from what an earlier build stored for the same bytes
        (checked, so without problems), or None when an image the file names
        was added, removed or renamed since."""
        try:
            metadata, lines, warnings, lookups = pickle.loads(stored)
        except Exception:  # a damaged entry is a miss
            return None
        if any(self._image_exists(relative) != found for relative, found in lookups.items()):
            return None
        content = self.markdown_cache.get(folder, key)
        if content is None:
            return None
        for warning in warnings:  # a cached file still warns on every build
            logger.warning("%s", warning)
        return content, self._pelican_metadata(metadata, lines)

    def _convert(self, body):
        self._md.reset()
        return self._md.convert(body)

    def _convert_file(self, source_path, data):
        """The HTML of a file's body, or None when it has problems (runs in a worker;
        ``read`` reports the problems)."""
        path = self._display_path(source_path)
        parts, problems = _front_and_body(data, path)
        if problems:
            return None
        _, body, body_line = parts
        body, problems, _ = check_body_images(body, body_line, path, self._image_exists, self.options)
        return None if problems else self._convert(body)

    def _fail(self, problems):
        self.problems.extend(problems)
        raise FrontMatterError(problems)

    def _wrapper(self, kind, name):
        found = self._wrappers.get((kind, name))
        if found is None:
            found = self._wrappers[kind, name] = kind(name, self.settings)
        return found

    def _pelican_metadata(self, plain, lines):
        wrapper = self._wrapper
        metadata = {"source_lines": lines}
        for key, value in plain.items():
            if key == "category":
                metadata["category"] = wrapper(Category, value)
            elif key == "tags":
                metadata["tags"] = [wrapper(Tag, name) for name in value]
            elif key == "authors":
                authors = [wrapper(Author, name) for name in value]
                metadata["authors"] = authors
                metadata["author"] = authors[0]
            elif key == "summary":
                metadata["summary"] = str(escape(value))
            else:
                metadata[key] = value
        metadata.setdefault("featured", False)
        return metadata


def checks_version(settings, options):
    """What a stored checked read depends on besides the file's bytes: the checking
    code, the settings it reads and the folder messages are relative to."""
    from vietnamese import vietnamese  # dates, slugs and folding of the checks

    h = hashlib.blake2b(digest_size=12)
    here = os.path.dirname(os.path.abspath(__file__))
    for path in (os.path.join(here, "front_matter.py"), os.path.join(here, "rules.py"), vietnamese.__file__):
        with open(path, "rb") as handle:
            h.update(handle.read())
    h.update(repr((sorted(options.items()), list(settings.get("PORTAL_CATEGORIES") or []),
                   settings["PATH"], settings.get("PAGE_PATHS"), os.getcwd())).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def find_on_disk(root, relative):
    """``relative`` as it is spelled on disk under ``root``, comparing names in NFC
    (a file copied from a Mac keeps its name in NFD), or ``None``."""
    current, found = root, []
    for part in relative.split("/"):
        wanted = unicodedata.normalize("NFC", part)
        try:
            names = os.listdir(current)
        except OSError:
            return None
        match = next((n for n in sorted(names) if unicodedata.normalize("NFC", n) == wanted), None)
        if match is None:
            return None
        found.append(match)
        current = os.path.join(current, match)
    return "/".join(found) if os.path.isfile(current) else None


def add_reader(readers):
    # readers_init: the one place where a reader class can replace Pelican's.
    for ext in PortalMarkdownReader.file_extensions:
        readers.reader_classes[ext] = PortalMarkdownReader


def _duplicate_slugs(generator):
    """Posts or pages that would be written to the same URL."""
    problems = []
    items = list(getattr(generator, "articles", [])) + list(getattr(generator, "drafts", []))
    items += list(getattr(generator, "pages", [])) + list(getattr(generator, "draft_pages", []))
    by_target = {}
    for item in items:
        target = item.save_as  # Pelican formats it again on every access
        if target:  # publish builds write no drafts: nothing to collide
            by_target.setdefault(target, []).append(item)
    for target, group in sorted(by_target.items()):
        if len(group) > 1:
            names = ", ".join(sorted(os.path.relpath(i.source_path) for i in group))
            for item in group:
                line = item.metadata.get("source_lines", {}).get("slug") or item.metadata.get(
                    "source_lines", {}
                ).get("title", 1)
                problems.append(
                    ContentProblem(
                        os.path.relpath(item.source_path), line,
                        f"trùng địa chỉ trang với bài khác ({names}) → {target}",
                        "đổi tiêu đề hoặc thêm dòng slug: <ten-khac-khong-dau> cho một trong các bài",
                    )
                )
    return problems


def report_problems(generators):
    # all_generators_finalized: every file has been read, nothing written yet.
    if not generators:
        return
    problems = ProblemCollector()  # the readers' first, then the build's, each once
    for generator in generators:
        readers = getattr(generator, "readers", None)
        if readers is None:
            continue
        for reader in readers.readers.values():
            if isinstance(reader, PortalMarkdownReader):
                reader.markdown_cache.save()
                reader.checked_cache.save()
            problems.extend(getattr(reader, "problems", []))
    # What other plugins (photos, related_news…) found while the content was read.
    problems.extend(build_state(generators[0].context).problems)
    for generator in generators:
        problems.extend(_duplicate_slugs(generator))
    # A file that failed for any other reason must not vanish silently either.
    failed_paths = {p.path for p in problems}
    for generator in generators:
        for rel, content in getattr(generator, "context", {}).get("generated_content", {}).items():
            if content is not None:  # read: skip the path arithmetic (every file, every generator)
                continue
            path = os.path.relpath(os.path.join(generator.path, rel))
            if path not in failed_paths:
                failed_paths.add(path)
                problems.add(
                    ContentProblem(path, 1, "không xử lý được tệp này",
                                   "chạy lại với «pelican --debug» để xem chi tiết, hoặc báo cho kỹ thuật viên")
                )
    for problem in problems:
        logger.error("%s", problem)
    problems.raise_if_any()


def register():
    signals.readers_init.connect(add_reader)
    signals.all_generators_finalized.connect(report_problems)
