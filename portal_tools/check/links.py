"""Pure core of the content check: links between pages, duplicate titles.

Nothing here imports Pelican.  The adapter (``content_check.py``) turns the
generators into plain ``Document`` records and a ``SiteMap``; these functions
return ``ContentProblem`` records (file, line, problem, fix; in Vietnamese).
"""

import html
import posixpath
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

from front_matter.rules import ContentProblem
from vietnamese.vietnamese import fold

# href/src/… values in tags, single or double quoted (Markdown writes double quotes).
_ATTRIBUTE = re.compile(r"""<[a-zA-Z][^>]*?\s(?:href|src|poster|data)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_INTRASITE = re.compile(r"^[{|](?P<what>\w+)[|}](?P<value>.*)$")


@dataclass(frozen=True)
class Document:
    """One post or page as the check sees it."""

    path: str  # source file, as shown to the officer
    url: str  # root-relative URL it is published at ("" when it is not written)
    html: str  # body HTML before Pelican rewrites {filename} links
    source_dir: str  # folder of the source file, relative to content/ ("posts/2024")
    lines: tuple = ()  # source text lines, to find the line of a link
    title: str = ""
    title_line: int = 1
    draft: bool = False  # not published by this build (draft or dated in the future)


@dataclass
class SiteMap:
    """Every file the site will have, and where pending (draft, future) posts will be."""

    files: set = field(default_factory=set)  # output paths: "tin-tuc/2024/x/index.html"
    siteurls: tuple = ()  # absolute prefixes that mean "this site"
    sources: dict = field(default_factory=dict)  # content path -> output path ("" = not written)
    pending: dict = field(default_factory=dict)  # output path -> why it is not there yet

    def has(self, path):
        return path in self.files or f"{path}/index.html" in self.files

    def why_pending(self, path):
        return self.pending.get(path) or self.pending.get(f"{path}/index.html")


def output_path(url_path):
    """``/tin-tuc/2024/x/`` -> ``tin-tuc/2024/x/index.html`` (the file a server sends)."""
    path = unquote(url_path).lstrip("/")
    if path == "" or path.endswith("/"):
        path += "index.html"
    return posixpath.normpath(path)


def find_links(body_html):
    """Every link-like attribute value in ``body_html``, unescaped, in order."""
    return [html.unescape(a or b).strip() for a, b in _ATTRIBUTE.findall(body_html)]


def _line_of(document, raw):
    candidates = [raw, html.escape(raw, quote=False), unquote(raw)]
    for number, text in enumerate(document.lines, start=1):
        if any(c and c in text for c in candidates):
            return number
    return document.title_line


def _resolve_source(document, value):
    """Content-relative path of a ``{filename}`` link, like Pelican resolves it."""
    value = unquote(urlsplit(value).path)
    if value.startswith("/"):
        return posixpath.normpath(value.lstrip("/"))
    return posixpath.normpath(posixpath.join(document.source_dir, value))


def check_document_links(document, site):
    """Problems for the links of one document; a draft's problems are warnings
    (returned as the second list), since it is not published yet."""
    problems = []
    for raw in find_links(document.html):
        problem = _check_link(document, raw, site)
        if problem:
            message, fix = problem
            problems.append(ContentProblem(document.path, _line_of(document, raw), message, fix))
    return ([], problems) if document.draft else (problems, [])


def _check_link(document, raw, site):
    if not raw or raw.startswith(("#", "mailto:", "tel:", "javascript:", "data:")):
        return None
    match = _INTRASITE.match(raw)
    if match:
        what, value = match.group("what"), match.group("value")
        if what in ("filename", "static", "attach"):
            source = _resolve_source(document, value)
            if source not in site.sources:
                return (f"liên kết «{raw}» trỏ tới tệp «{source}» không có trong thư mục content",
                        "sửa tên tệp (viết tính từ thư mục của bài này, hoặc bắt đầu bằng / để tính từ content) "
                        "hoặc dùng địa chỉ trang, ví dụ /tin-tuc/2024/ten-bai/")
            if what != "filename" or not source.endswith((".md", ".markdown")):
                return None  # an existing file: Pelican copies it
            target = site.sources[source]
            if target not in site.files:
                why = site.why_pending(target) or "không được đăng"
                return (f"liên kết «{raw}» trỏ tới bài {why}",
                        "bỏ liên kết, hoặc đăng bài kia trước (status: published)")
            return None
        if what in ("index", "tag", "category", "author"):
            return None  # Pelican resolves these by name; a wrong name is visible in the preview
        return (f"liên kết «{raw}» dùng kiểu {{{what}}} không được hỗ trợ",
                "dùng {filename}đường/dẫn/bai.md hoặc địa chỉ trang bắt đầu bằng /")
    parts = urlsplit(raw)
    path = parts.path
    if parts.scheme or parts.netloc:
        absolute = raw.split("#")[0].split("?")[0]
        prefix = next((s for s in site.siteurls if absolute == s or absolute.startswith(s + "/")), None)
        if prefix is None:
            return None  # another site: checked by the link gates, not here
        path = absolute[len(prefix):] or "/"
    elif not path:
        return None  # "?query" only
    elif not path.startswith("/"):
        path = urljoin("/" + document.url, path)
    target = output_path(path)
    if site.has(target):
        return None
    why = site.why_pending(target)
    if why:
        return (f"liên kết «{raw}» trỏ tới bài {why}",
                "bỏ liên kết, hoặc đăng bài kia trước (status: published)")
    return (f"liên kết «{raw}» không dẫn tới trang nào của cổng (sẽ báo lỗi 404)",
            "mở trang cần liên kết trong bản xem thử (invoke livereload), chép địa chỉ từ thanh địa chỉ, "
            "bỏ phần http://127.0.0.1:8000 và dán vào, ví dụ [xem tin](/tin-tuc/2024/ten-bai/)")


def check_links(documents, site):
    """``(errors, warnings)`` for the links of every document."""
    errors, warnings = [], []
    for document in documents:
        found_errors, found_warnings = check_document_links(document, site)
        errors.extend(found_errors)
        warnings.extend(found_warnings)
    return errors, warnings


def duplicate_titles(documents):
    """A warning on each document whose title (ignoring case and diacritics)
    another document also has, naming the others."""
    groups = {}
    for document in documents:
        if document.title:
            groups.setdefault(fold(document.title).strip(), []).append(document)
    warnings = []
    for group in groups.values():
        if len(group) < 2:
            continue
        for document in group:
            others = ", ".join(sorted(d.path for d in group if d is not document))
            warnings.append(ContentProblem(
                document.path, document.title_line,
                f"tiêu đề «{document.title}» trùng với {others}",
                "đặt tiêu đề khác để người đọc phân biệt (ví dụ thêm địa danh hoặc năm)",
            ))
    return warnings
