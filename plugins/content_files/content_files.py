"""Content files: nothing under content/ is skipped, followed or published silently.

Pelican reads only the extensions its readers know (``.md``, case-sensitive),
follows symbolic links wherever they point, publishes a post with an empty
body, and fails at writing time on a ``template:`` the theme does not have.
This plugin reports each of those while reading, so ``invoke check`` and the
build say the same thing, with file and line:

- a file in a posts/pages folder that is a post saved under another name
  (``.MD``, ``.md.txt``, ``.markdown.txt``, ``.txt``) is an error (it would
  vanish); any other file there is a warning (it is not published);
- a Markdown file outside the posts/pages folders, and outside the folder of
  every section plugin (a plugin listed in ``PLUGINS`` whose module has
  ``content_folder(settings)``, e.g. van_ban, questions), is an error (never read);
- a symbolic link under content/ that points outside content/ is an error
  (a file from elsewhere on the machine could be published);
- a post or page whose body is empty is a warning;
- a ``template:`` value the theme does not have is an error.

Settings read: ``PATH``, ``ARTICLE_PATHS``, ``PAGE_PATHS``, ``IGNORE_FILES``,
``CONTENT_FILES`` (defaults in ``DEFAULTS``).  Metadata read: ``template``,
``source_lines``.  Provides nothing to templates; errors go to
the build's ``ProblemCollector`` (``build_state(context).problems``) (reported by front_matter), warnings to the log.
"""

import fnmatch
import importlib
import logging
import os

from pelican import signals

from front_matter.rules import ContentProblem, split_front_matter
from portal_core.settings import merge
from portal_core.lifecycle import body_html, build_state

logger = logging.getLogger(__name__)

DEFAULTS = {
    # Names an operating system or an editor leaves beside files: never reported.
    "ignore": [".DS_Store", "Thumbs.db", "desktop.ini", ".directory", "*~", "*.swp", ".#*", "~$*", ".gitkeep"],
}

POST_EXTENSIONS = (".md", ".markdown")
# A post saved under another name: it would vanish without a word.
_LOST_POST_SUFFIXES = (".md.txt", ".markdown.txt", ".txt", ".mdown", ".mkd", ".text")


def _ignored(name, patterns):
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


def misnamed_files(content_root, folders, patterns):
    """``ContentProblem``s (errors, warnings) for files under ``folders`` that no reader reads."""
    errors, warnings = [], []
    for folder in folders:
        top = os.path.join(content_root, folder)
        for parent, dirs, files in os.walk(top):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.endswith(POST_EXTENSIONS) or _ignored(name, patterns):
                    continue
                path = os.path.relpath(os.path.join(parent, name))
                lowered = name.lower()
                stem = name
                for suffix in sorted(POST_EXTENSIONS + _LOST_POST_SUFFIXES, key=len, reverse=True):
                    if lowered.endswith(suffix):
                        stem = name[: -len(suffix)]
                        break
                if lowered.endswith(POST_EXTENSIONS + _LOST_POST_SUFFIXES):
                    errors.append(ContentProblem(
                        path, 1, f"tệp «{name}» không được đọc: bài viết phải có đuôi .md (chữ thường)",
                        f"đổi tên tệp thành «{stem}.md»", code="file-name"))
                else:
                    warnings.append(ContentProblem(
                        path, 1, f"tệp «{name}» nằm trong thư mục bài viết nhưng không phải bài viết nên không được đăng",
                        "bài viết là tệp .md; ảnh để trong content/images/, tài liệu để trong content/files/",
                        code="file-name"))
    return errors, warnings


def posts_elsewhere(content_root, folders, static_folders):
    """Errors for Markdown files outside the posts/pages folders (Pelican never reads them)."""
    read = tuple(os.path.join(content_root, f) + os.sep for f in list(folders) + list(static_folders))
    problems = []
    for parent, dirs, files in os.walk(content_root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not (os.path.join(parent, d) + os.sep).startswith(read))
        for name in sorted(files):
            if name.lower().endswith(POST_EXTENSIONS + (".md.txt",)):
                problems.append(ContentProblem(
                    os.path.relpath(os.path.join(parent, name)), 1,
                    "tệp bài viết nằm ngoài thư mục bài viết nên không được đọc",
                    "chuyển tệp vào content/posts/<năm>/ (bài) hoặc content/pages/ (trang)", code="file-name"))
    return problems


def outside_links(content_root):
    """``ContentProblem``s for symbolic links under ``content_root`` that lead outside it."""
    root = os.path.realpath(content_root)
    problems = []
    for parent, dirs, files in os.walk(content_root):  # links to folders are not walked into
        for name in sorted(dirs + files):
            full = os.path.join(parent, name)
            if not os.path.islink(full):
                continue
            target = os.path.realpath(full)
            if target != root and not target.startswith(root + os.sep):
                problems.append(ContentProblem(
                    os.path.relpath(full), 1,
                    f"«{name}» là một liên kết (symlink) trỏ ra ngoài thư mục content ({os.readlink(full)})",
                    "chép tệp thật vào thư mục content thay cho liên kết, rồi xoá liên kết", code="symlink"))
        dirs[:] = sorted(d for d in dirs if not os.path.islink(os.path.join(parent, d)))
    return problems


def section_folders(settings):
    """Folders the section plugins read (``content_folder(settings)`` of each plugin module)."""
    folders = []
    for name in settings.get("PLUGINS", []):
        module = importlib.import_module(name) if isinstance(name, str) else name
        folder = getattr(module, "content_folder", None)
        if callable(folder):
            folders.append(folder(settings))
    return folders


def _items(generator):
    seen = set()
    for name in ("articles", "translations", "drafts", "drafts_translations", "hidden_articles",
                 "hidden_translations", "pages", "hidden_pages", "draft_pages", "draft_translations"):
        for item in getattr(generator, name, None) or []:
            if id(item) not in seen:
                seen.add(id(item))
                yield item


def _template_names(generator):
    names = set()
    for folder in generator.env.loader.list_templates():
        for ext in generator.settings["TEMPLATE_EXTENSIONS"]:
            if folder.endswith(ext) and "/" not in folder:
                names.add(folder[: -len(ext)])
    return sorted(names)


def check_items(generator, problems):
    """Unknown templates (errors) and empty bodies (warnings) of one generator's items."""
    for item in _items(generator):
        lines = item.metadata.get("source_lines", {})
        template = item.metadata.get("template")
        if template:
            path = os.path.relpath(item.source_path)  # for the message (few items have a template)
            try:
                generator.get_template(template)
            except Exception:  # Pelican's PelicanTemplateNotFound, or a template that does not compile
                usable = [n for n in _template_names(generator) if n in ("article", "page")]
                problems.add(ContentProblem(
                    path, lines.get("template", 1), f"không có mẫu trang «{template}» trong giao diện",
                    "xoá dòng template: để dùng mẫu mặc định"
                    + (f", hoặc viết một trong: {', '.join(usable)}" if usable else ""), code="template"))
        if not body_html(item).strip():
            path = os.path.relpath(item.source_path)
            with open(item.source_path, encoding="utf-8-sig") as handle:
                parts, _ = split_front_matter(handle.read(), path)
            line = parts[2] if parts else 1
            logger.warning("%s", ContentProblem(
                path, line, "bài không có nội dung: chỉ có phần thông tin, trang sẽ trống",
                "viết nội dung bên dưới dòng --- thứ hai, hoặc để status: draft cho tới khi viết xong",
                code="empty-body"))


def check_articles(generator):
    # article_generator_finalized: every post is read, nothing is written, and problems
    # still stop the build.  The content tree is walked once, here (posts always exist).
    options = merge(generator.settings, "CONTENT_FILES", DEFAULTS)
    settings = generator.settings
    problems = build_state(generator.context).problems
    folders = list(settings.get("ARTICLE_PATHS", [])) + list(settings.get("PAGE_PATHS", []))
    errors, warnings = misnamed_files(settings["PATH"], folders, options["ignore"])
    problems.extend(errors)
    read_elsewhere = list(settings.get("STATIC_PATHS", [])) + section_folders(settings)
    problems.extend(posts_elsewhere(settings["PATH"], folders, read_elsewhere))
    for warning in warnings:
        logger.warning("%s", warning)
    problems.extend(outside_links(settings["PATH"]))
    check_items(generator, problems)


def check_pages(generator):
    # page_generator_finalized: the pages are read; same reason as above.
    check_items(generator, build_state(generator.context).problems)


def register():
    signals.article_generator_finalized.connect(check_articles)
    signals.page_generator_finalized.connect(check_pages)
