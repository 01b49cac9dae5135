"""Văn bản: the library of documents the committee issues (plans, notices, decisions…).

One Markdown file per document under ``content/<path>/`` (``VAN_BAN["path"]``,
default ``van-ban``), its front matter checked like a post's: every problem of
the build (file, line, what is wrong, what to write instead) goes with the
other content problems (the build's ``ProblemCollector`` (``build_state(context).problems``), reported by
front_matter), and the build stops before writing.  The attached files stay
under ``content/files/`` and are published byte for byte by Pelican's static
generator; this plugin checks their bytes against their extension, warns
about a large file or a PDF without a text layer, and reads their text for the
search index (``attachments.py``, cached by file hash under
``CACHE_PATH/van_ban/text/``).

Pages written (through the writer, so the page writer, the sitemap and the
gates see them): the table of every document, newest first, paginated
(``VAN_BAN_URL``); one listing per type, issuer, year and field
(``VAN_BAN_FILTER_URL``); one page per document (``VAN_BAN_DOCUMENT_URL``);
the RSS and Atom feeds of new documents (``VAN_BAN_FEED_RSS`` /
``VAN_BAN_FEED_ATOM``) when ``FEEDS["enabled"]``.

Settings read: ``VAN_BAN`` (dict, defaults in ``DEFAULTS``: ``path``,
``types`` (allowed ``loai``), ``issuer`` (default ``co_quan``; empty: the
``PORTAL_COMMITTEE``), ``per_page``, ``home_count``, ``feed_count``,
``max_file_mb`` (a larger attachment is a warning), ``workers`` (text
extraction processes, 0: one per core)); ``VAN_BAN_URL``, ``VAN_BAN_SAVE_AS``,
``VAN_BAN_DOCUMENT_URL``, ``VAN_BAN_DOCUMENT_SAVE_AS``, ``VAN_BAN_FILTER_URL``,
``VAN_BAN_FILTER_SAVE_AS``, ``VAN_BAN_FEED_RSS``, ``VAN_BAN_FEED_ATOM``
(defaults in ``URL_DEFAULTS``); ``PORTAL_BUILD_DATE`` ("dd/mm/yyyy", the day
validity is computed on; default today in Asia/Ho_Chi_Minh); ``STATIC_URL``,
``CACHE_PATH``, ``MARKDOWN``, ``FEEDS``, ``PUBLISH_SITEURL``.
Metadata read (front matter of each document): so_ky_hieu, loai, nguoi_ky,
ngay_ban_hanh, trich_yeu, tep (required); co_quan, ngay_hieu_luc,
ngay_het_hieu_luc, linh_vuc, thay_the, bi_thay_the, status.
Template variables provided: ``latest_documents`` (every page: the newest
``home_count`` documents), ``document_total``, ``van_ban_today`` (the build
date, "dd/mm/yyyy"); on the listings ``documents`` (this page's),
``documents_page``, ``documents_paginator``, ``document_filters``,
``current_facet``, ``document_count``, ``document_feeds``; on a document's page
``document``.  A document has ``number``, ``type``, ``issuer``, ``signer``,
``issued``, ``effective``, ``expires``, ``summary``, ``field``, ``url``,
``title``, ``validity`` (and ``validity_slug``), ``content`` (HTML of the body), ``attachments``
(``url``, ``name``, ``format``, ``size``, ``size_text``, ``searchable``),
``replaces_documents`` and ``replaced_by_documents``.
The generator's ``search_records()`` gives the search index one record per
document (number, summary, body and the attachments' text).
"""

import datetime as dt
import logging
import os
from urllib.parse import urlsplit

from markdown import Markdown
from markupsafe import escape
from pelican import signals
from pelican.generators import Generator
from pelican.paginator import Paginator

from feeds.feeds import load_options as load_feed_options
from feeds.feeds import moment, tag_uri
from feeds.render import FORMATS, render_within
from front_matter.rules import ContentProblem, decode, read_fields, split_front_matter
from portal_core.settings import SettingsError, absolute_siteurl, check_int, merge
from safe_html.safe_html import checked_body
from vietnamese.vietnamese import VN_TZ, DateError, format_date, parse_post_date, slugify
from portal_core.workers import fork_map
from portal_core.lifecycle import build_state
from portal_core.files import write_if_changed

from . import attachments as files
from .documents import FACETS, check_document, check_library, facets, size_text, validity

logger = logging.getLogger(__name__)

DEFAULTS = {
    "path": "van-ban",
    "types": [
        "Kế hoạch", "Thông báo", "Báo cáo", "Quyết định", "Nghị quyết", "Công văn", "Hướng dẫn",
        "Chương trình", "Tờ trình", "Biên bản", "Quy chế", "Công điện",
    ],
    "issuer": "",
    "per_page": 20,
    "home_count": 5,
    "feed_count": 30,
    "max_file_mb": 20,
    "workers": 0,
}
URL_DEFAULTS = {
    "VAN_BAN_URL": "van-ban/",
    "VAN_BAN_SAVE_AS": "van-ban/index.html",
    "VAN_BAN_DOCUMENT_URL": "van-ban/{slug}/",
    "VAN_BAN_DOCUMENT_SAVE_AS": "van-ban/{slug}/index.html",
    "VAN_BAN_FILTER_URL": "van-ban/{facet}/{slug}/",
    "VAN_BAN_FILTER_SAVE_AS": "van-ban/{facet}/{slug}/index.html",
    "VAN_BAN_FEED_RSS": "van-ban/moi-ban-hanh.rss.xml",
    "VAN_BAN_FEED_ATOM": "van-ban/moi-ban-hanh.atom.xml",
}
KIND = "Văn bản"


def load_options(settings):
    """``VAN_BAN`` over the defaults, checked once; URL settings and the build date added."""
    options = merge(settings, "VAN_BAN", DEFAULTS)
    for key, low, high in (("per_page", 1, 500), ("home_count", 0, 50), ("feed_count", 1, 500),
                           ("max_file_mb", 1, 2000), ("workers", 0, 256)):
        check_int(options, "VAN_BAN", key, low, high)
    types = options["types"]
    if not types or not all(isinstance(t, str) and t.strip() for t in types):
        raise SettingsError("VAN_BAN['types'] must be a list of document types such as ['Kế hoạch', 'Thông báo']")
    if not isinstance(options["path"], str) or not options["path"].strip("/"):
        raise SettingsError("VAN_BAN['path'] must be a folder name under content/, e.g. 'van-ban'")
    options["issuer"] = options["issuer"] or settings.get("PORTAL_COMMITTEE") or settings.get("SITENAME", "")
    for key, default in URL_DEFAULTS.items():
        options[key] = settings.get(key) or default
    options["today"] = build_date(settings)
    return options


def build_date(settings):
    """``PORTAL_BUILD_DATE`` ("dd/mm/yyyy") as a date; today in Asia/Ho_Chi_Minh when unset."""
    given = settings.get("PORTAL_BUILD_DATE")
    if not given:
        return dt.datetime.now(VN_TZ).date()
    try:
        return parse_post_date(given)[0].date()
    except DateError as err:
        raise SettingsError(f"PORTAL_BUILD_DATE: {err.message} — {err.fix}") from None


def _display(path):
    return os.path.relpath(path)


class DocumentsGenerator(Generator):
    """Reads ``content/<path>/*.md`` and writes the library's pages."""

    search_kinds = (KIND,)  # what search_index offers in the search page's "Loại" filter

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.options = load_options(self.settings)
        self.library = None
        self.documents = []

    # -- reading ---------------------------------------------------------
    def _sources(self):
        folder = os.path.join(self.path, self.options["path"])
        found = []
        for root, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found.extend(os.path.join(root, n) for n in sorted(names) if n.endswith((".md", ".markdown")))
        return found

    def _read(self, source, problems, warnings):
        path = _display(source)
        with open(source, "rb") as handle:
            text, problem = decode(handle.read(), path)
        if problem:
            problems.append(problem)
            return None
        parts, found = split_front_matter(text, path)
        if found:
            problems.extend(found)
            return None
        yaml_text, body, _ = parts
        fields, found = read_fields(yaml_text, 2, path)
        if found:
            problems.extend(found)
            return None
        document, found, warned = check_document(fields, path, self.options["types"], self.options["issuer"])
        problems.extend(found)
        warnings.extend(warned)
        if document is not None:
            document.body = body
        return document

    def _check_files(self, documents, problems, warnings):
        """Check every attachment of the published documents and read its text."""
        content = os.path.abspath(self.path)
        wanted = []
        for document in documents:
            line = document.lines.get("tep", 1)
            for relative in document.files:
                full = os.path.join(content, relative)
                extension = files.extension_of(relative)
                if extension not in files.FORMATS:
                    problems.append(ContentProblem(
                        document.source_path, line, f"tệp «{relative}» không thuộc loại được đăng",
                        "chỉ đính kèm tệp " + ", ".join(label for label, _ in files.FORMATS.values())
                        + " (lưu lại văn bản dưới một trong các dạng này)"))
                elif not os.path.isfile(full) or not os.access(full, os.R_OK):
                    problems.append(ContentProblem(
                        document.source_path, line, f"không tìm thấy tệp đính kèm «{relative}» (hoặc không đọc được)",
                        f"chép tệp vào content/{relative} hoặc sửa lại đường dẫn (viết tính từ thư mục content)"))
                else:
                    wanted.append((relative, full, extension))
        cache_root = self.settings.get("CACHE_PATH") or ""
        cache = files.TextCache(os.path.join(cache_root, "van_ban", "text")) if cache_root else None
        unique = sorted(set(wanted))
        loaded = fork_map(lambda item: files.load(item[1], item[2], cache), unique,
                          self.options["workers"], describe=lambda item: item[0])
        entries = dict(zip((item[0] for item in unique), loaded))
        limit = self.options["max_file_mb"] * 1024 * 1024
        for document in documents:
            line = document.lines.get("tep", 1)
            document.attachments = []
            for relative in document.files:
                entry = entries.get(relative)
                if entry is None:
                    continue
                extension = files.extension_of(relative)
                label = files.FORMATS[extension][0]
                if not entry["ok"]:
                    problems.append(ContentProblem(
                        document.source_path, line,
                        f"tệp «{relative}» không phải là tệp {label} thật (nội dung không khớp với đuôi .{extension})",
                        f"mở tệp gốc và lưu lại đúng dạng {label} (Lưu thành… / Save as…), hoặc đổi đuôi tệp cho đúng"))
                    continue
                if entry["error"]:
                    problems.append(ContentProblem(
                        document.source_path, line, f"tệp «{relative}» bị hỏng, không mở được ({entry['error']})",
                        "xuất lại tệp từ bản gốc (Lưu thành… PDF) rồi chép đè lên"))
                    continue
                if extension == "pdf" and not entry["text"]:
                    warnings.append(ContentProblem(
                        document.source_path, line,
                        f"tệp «{relative}» là bản quét, không có lớp chữ: nội dung tệp sẽ không tìm kiếm được",
                        "nếu có bản PDF xuất từ Word thì dùng bản đó; hoặc nhận dạng chữ (OCR) trước khi đăng"))
                if entry["size"] > limit:
                    warnings.append(ContentProblem(
                        document.source_path, line,
                        f"tệp «{relative}» nặng {size_text(entry['size'])}, quá {self.options['max_file_mb']} MB: "
                        "người dân dùng điện thoại sẽ tải lâu",
                        "nén tệp PDF (giảm độ phân giải ảnh quét) trước khi đăng"))
                document.attachments.append({
                    "url": self.settings["STATIC_URL"].format(path=relative),
                    "name": os.path.basename(relative),
                    "format": label,
                    "type": files.FORMATS[extension][1],
                    "size": entry["size"],
                    "size_text": size_text(entry["size"]),
                    "searchable": bool(entry["text"]),
                    "text": entry["text"],
                })

    def generate_context(self):
        problems, warnings = [], []
        documents = [d for d in (self._read(s, problems, warnings) for s in self._sources()) if d]
        library, found = check_library(documents)
        problems.extend(found)
        self._check_files(library.documents, problems, warnings)
        for warning in warnings:
            logger.warning("%s", warning)
        # front_matter reports every problem of the build at all_generators_finalized.
        build_state(self.context).problems.extend(problems)
        if problems:
            return
        md = Markdown(**_markdown_config(self.settings))
        today = self.options["today"]
        for document in library.documents:
            document.url = self.options["VAN_BAN_DOCUMENT_URL"].format(slug=document.slug)
            document.save_as = self.options["VAN_BAN_DOCUMENT_SAVE_AS"].format(slug=document.slug)
            document.title = f"{document.type} số {document.number}"
            document.date = document.issued  # what the sitemap and feeds read as a page's date
            document.replaces_documents = library.replaced(document)
            document.replaced_by_documents = library.replacing(document)
            document.validity = validity(document, document.replaced_by_documents, today)
            document.validity_slug = slugify(document.validity)
            md.reset()
            html = md.convert(document.body) if document.body.strip() else ""
            found, document.content = checked_body(html, document.source_path, self.settings)
            build_state(self.context).problems.extend(found)
        self.library = library
        self.documents = library.documents
        self.context["latest_documents"] = self.documents[: self.options["home_count"]]
        self.context["document_total"] = len(self.documents)
        self.context["van_ban_today"] = format_date(dt.datetime.combine(today, dt.time(12), VN_TZ))
        self.context["document_feeds"] = self._feed_links()

    # -- writing ---------------------------------------------------------
    def _feed_links(self):
        if not load_feed_options(self.settings)["enabled"] or not self.documents:
            return []
        siteurl = self.settings.get("SITEURL", "")
        return [{"href": f"{siteurl}/{self.options[key]}", "type": FORMATS[fmt][0],
                 "title": f"Văn bản mới ban hành ({FORMATS[fmt][1]})"}
                for key, fmt in (("VAN_BAN_FEED_RSS", "rss"), ("VAN_BAN_FEED_ATOM", "atom"))]

    def _listing(self, writer, template, documents, name, url, facet_value, all_facets):
        paginator = Paginator(name, url, documents, self.settings, self.options["per_page"])
        for number in paginator.page_range:
            page = paginator.page(number)
            writer.write_file(
                page.save_as, template, self.context, documents=page.object_list,
                documents_page=page, documents_paginator=paginator, document_filters=all_facets,
                current_facet=facet_value, document_count=len(documents), page_name=url.rstrip("/"),
                url=page.url,
            )

    def generate_output(self, writer):
        if self.library is None:
            return
        options = self.options
        listing = self.get_template("van_ban_list")
        all_facets = facets(self.documents, options["types"])
        self._listing(writer, listing, self.documents, options["VAN_BAN_SAVE_AS"], options["VAN_BAN_URL"],
                      None, all_facets)
        attributes = {key: attribute for key, _, attribute in FACETS}
        for key, _, values in all_facets:
            for value in values:
                chosen = [d for d in self.documents if getattr(d, attributes[key]) == value.name]
                url = options["VAN_BAN_FILTER_URL"].format(facet=key, slug=value.slug)
                save_as = options["VAN_BAN_FILTER_SAVE_AS"].format(facet=key, slug=value.slug)
                self._listing(writer, listing, chosen, save_as, url, value, all_facets)
        page = self.get_template("van_ban")
        for document in self.documents:
            writer.write_file(document.save_as, page, self.context, document=document,
                              page_name=document.url.rstrip("/"), url=document.url)
        self._write_feeds()

    def _write_feeds(self):
        if not self.context.get("document_feeds"):
            return
        base = absolute_siteurl(self.settings)
        host = urlsplit(self.settings.get("PUBLISH_SITEURL") or base or "").netloc or "localhost"
        items = [feed_item(d, base, host) for d in self.documents[: self.options["feed_count"]]]
        channel = {
            "title": f"Văn bản mới ban hành — {self.settings['SITENAME']}",
            "description": f"Văn bản do {self.options['issuer']} ban hành",
            "language": self.settings.get("DEFAULT_LANG") or "vi",
            "publisher": self.settings.get("PORTAL_COMMITTEE") or self.settings["SITENAME"],
            "email": self.settings.get("PORTAL_EMAIL") or "",
            "page": f"{base}/{self.options['VAN_BAN_URL']}",
            "urls": {fmt: f"{base}/{self.options[key]}"
                     for key, fmt in (("VAN_BAN_FEED_RSS", "rss"), ("VAN_BAN_FEED_ATOM", "atom"))},
            "updated": items[0]["updated"],
        }
        for key, fmt in (("VAN_BAN_FEED_RSS", "rss"), ("VAN_BAN_FEED_ATOM", "atom")):
            data, _ = render_within(channel, items, fmt, 2_000_000)
            write_if_changed(os.path.join(self.output_path, self.options[key]), data)

    # -- search ----------------------------------------------------------
    def search_records(self):
        """One search record per published document (see plugins/search_index)."""
        for document in self.documents:
            texts = [a["text"] for a in getattr(document, "attachments", []) if a["text"]]
            body = "".join(f"<p>{_escape(text)}</p>" for text in texts)
            yield {
                "url": document.url,
                "title": f"{document.title}: {document.summary}",
                "date": document.issued,
                "kind": KIND,
                "lead_html": f"<p>{_escape(document.summary)}</p>",
                "body_html": (document.content or "") + body,
                "meta": {"Số/ký hiệu": document.number, "Ngày ban hành": format_date(document.issued),
                         "Cơ quan ban hành": document.issuer},
            }


def _escape(text):
    return str(escape(text))


def feed_item(document, base, host):
    """Plain data of one document for ``feeds.render`` (the attachment as enclosure)."""
    first = (getattr(document, "attachments", None) or [None])[0]
    when = moment(document.issued)
    summary = f"{document.summary} (ban hành ngày {format_date(document.issued)}, {document.issuer})"
    return {
        "title": f"{document.title}: {document.summary}",
        "url": f"{base}/{document.url}",
        "id": tag_uri(host, document.issued, document.url),
        "published": when,
        "updated": when,
        "authors": [document.issuer],
        "categories": [document.type] + ([document.field] if document.field else []),
        "summary": summary,
        "content": f"<p>{_escape(summary)}</p>" + (document.content or ""),
        "enclosure": {"url": f"{base}/{first['url'].lstrip('/')}", "length": first["size"], "type": first["type"]}
        if first else None,
    }


def _markdown_config(settings):
    config = dict(settings.get("MARKDOWN") or {})
    config["extensions"] = [e for e in config.get("extensions", []) if e != "markdown.extensions.meta"]
    for name in config.get("extension_configs", {}):
        if name not in config["extensions"]:
            config["extensions"].append(name)
    return config


def get_generators(pelican_object):
    return DocumentsGenerator


def content_folder(settings):
    """The folder under ``PATH`` this section reads (content_files: its Markdown is not stray)."""
    return load_options(settings)["path"].strip("/")


def register():
    # get_generators: the library is a generator of its own (reads content/van-ban/, writes its pages).
    signals.get_generators.connect(get_generators)
