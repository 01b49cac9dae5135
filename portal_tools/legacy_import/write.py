"""Markdown posts from ``LegacyArticle``s, the folder import, and the officer's report.

``to_markdown`` and ``format_report`` are pure; ``import_folder`` is the thin
adapter that reads pages, writes ``<stem>.md`` files and never overwrites a post
an officer has edited since it was generated: every generated file carries the
SHA-256 of its own text (without that line) in a YAML comment, so a file whose
text no longer matches its hash has been touched by hand.
"""

import hashlib
import logging
import os
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import boilerplate as bp
from .decode import decode_bytes, fold, mhtml_parts, unescape_entities, unreadable
from .extract import (
    CMS_AUTHOR,
    DATE_FROM_TEXT,
    EMPTY_BODY,
    NO_AUTHOR,
    NO_CATEGORY,
    NO_DATE,
    NO_TITLE,
    UNMAPPED_CATEGORY,
    LegacyArticle,
    extract,
)
from .html_lines import html_to_lines
from .layout import CAPTION, HEADING, LIST_ITEM

logger = logging.getLogger(__name__)

DEFAULT_AUTHOR = "Ban Biên tập"
DEFAULT_DEST = Path("content/posts/imported")
PAGE_SUFFIXES = {".txt", ".text", ".htm", ".html", ".xhtml", ".shtml", ".asp", ".aspx", ".php", ".jsp",
                 ".mht", ".mhtml"}
PROGRESS_THRESHOLD = 20

_HASH_LINE = re.compile(r"^# legacy_import: sha256=([0-9a-f]{64})\n", re.M)
_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body)\b|<(?:p|div|br|table|span)\b[^>]*>", re.I)
_MARKUP_START = re.compile(r"\s*<(?:!doctype\s+html|html|head|body|meta|p|div|table)\b", re.I)
_ANY_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>|<!--", re.I)

class LegacyImportError(Exception):
    """The import cannot start (no source folder); the message tells the officer why."""


# Actions recorded per page.
CREATED = "created"
UPDATED = "updated"
UNCHANGED = "unchanged"
KEPT_EDITED = "kept_edited"
SKIPPED_DUPLICATE = "skipped_duplicate"
FAILED = "failed"
NOT_A_PAGE = "not_a_page"


class _Dumper(yaml.SafeDumper):
    """SafeDumper that writes titles double-quoted, as the portal's front matter asks."""


class _Quoted(str):
    pass


_Dumper.add_representer(
    _Quoted, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style='"')
)


# -- Markdown ----------------------------------------------------------------
def _escape_inline(text: str) -> str:
    """Text that Markdown renders literally (no stray emphasis, links or raw HTML)."""
    text = text.replace("\\", "\\\\")
    text = re.sub(r"([`*_\[\]])", r"\\\1", text)
    text = re.sub(r"&(?=#?\w+;)", "&amp;", text)
    return text.replace("<", "&lt;")


def _escape_block(text: str) -> str:
    text = _escape_inline(text)
    # "1. Công tác..." stays a numbered paragraph, not an ordered list starting at 1.
    text = re.sub(r"^(\d+)\.(\s)", r"\1\\.\2", text)
    return re.sub(r"^([#>+\-=|])", r"\\\1", text)


def render_body(blocks) -> str:
    parts: list[str] = []
    items: list[str] = []
    for block in blocks:
        if block.kind == LIST_ITEM:
            items.append("- " + _escape_block(block.text))
            continue
        if items:
            parts.append("\n".join(items))
            items = []
        if block.kind == HEADING:
            parts.append("## " + _escape_inline(block.text))
        elif block.kind == CAPTION:
            parts.append("*" + _escape_inline(block.text) + "*")
        else:
            parts.append(_escape_block(block.text))
    if items:
        parts.append("\n".join(items))
    return "\n\n".join(parts)


def _date_text(article: LegacyArticle) -> str | None:
    if article.date is None:
        return None
    return article.date.strftime("%d/%m/%Y %H:%M" if article.has_time else "%d/%m/%Y")


def to_markdown(article: LegacyArticle, *, default_author: str = DEFAULT_AUTHOR,
                categories=(), fallback_title: str = "") -> str:
    """The post file: YAML front matter (with the generator's hash) and the Markdown body."""
    comments = []
    if article.raw_category and not article.category:
        comments.append(f"# Chuyên mục trên trang cũ: {_one_line(article.raw_category)}")
    if not article.category:
        choices = ", ".join(categories) if categories else "một chuyên mục của cổng"
        comments.append(f"# Cần chọn chuyên mục (category): {choices}")
    if article.date is None:
        comments.append("# Chưa có ngày đăng: thêm dòng date: dd/mm/yyyy HH:MM")
    elif DATE_FROM_TEXT in article.warnings:
        comments.append("# Ngày lấy từ nội dung bài (trang cũ không ghi ngày đăng): cần xác nhận")
    if not article.author:
        comments.append("# Trang cũ không ghi tác giả")
    for doubt in article.doubts:
        comments.append(f"# Cần xem lại: {_one_line(doubt.reason)}")
    data = {"title": _Quoted(article.title or fallback_title)}
    date = _date_text(article)
    if date:
        data["date"] = date
    if article.category:
        data["category"] = article.category
    data["author"] = article.author or default_author
    if article.legacy_url:
        data["legacy_url"] = article.legacy_url
    data["status"] = article.status
    front = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**6,
                      default_flow_style=False)
    body = render_body(article.body_blocks)
    unhashed = "---\n" + "".join(c + "\n" for c in comments) + front + "---\n\n" + body + "\n"
    digest = hashlib.sha256(unhashed.encode("utf-8")).hexdigest()
    return "---\n" + f"# legacy_import: sha256={digest}\n" + unhashed[len("---\n"):]


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def is_unedited(text: str) -> bool:
    """Whether a post is exactly as this importer generated it (its hash still matches)."""
    match = _HASH_LINE.search(text)
    if not match:
        return False
    rest = text[: match.start()] + text[match.end():]
    return hashlib.sha256(rest.encode("utf-8")).hexdigest() == match.group(1)


# -- Import ------------------------------------------------------------------
@dataclass
class PageReport:
    """What happened to one source page."""

    source: str
    target: str | None = None
    action: str = FAILED
    title: str = ""
    date: str | None = None
    has_time: bool = False
    category: str | None = None
    raw_category: str | None = None
    author: str | None = None
    legacy_url: str | None = None
    status: str = "draft"
    held: bool = False
    paragraphs: int = 0
    warnings: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)   # review.doubts' reasons: compare with the old page
    removed: dict[str, int] = field(default_factory=dict)
    note: str | None = None


@dataclass
class ImportReport:
    """Result of one ``import_folder`` run."""

    source: str
    dest: str
    categories: list[str] = field(default_factory=list)
    pending_dest: str | None = None
    pages: list[PageReport] = field(default_factory=list)

    def count(self, *actions: str) -> int:
        return sum(1 for p in self.pages if p.action in actions)

    @property
    def imported(self) -> int:
        return self.count(CREATED, UPDATED, UNCHANGED)


class NotAPage(ValueError):
    """The file cannot be read as a page at all; the message says why, in Vietnamese."""


def read_page(path: Path) -> tuple[list[str], str | None]:
    """Lines of one saved page (text, HTML or single-file .mhtml) and its URL when known.

    Raises ``NotAPage`` for a file that is empty, binary (a photo, a PDF...) or has
    no letter at all once read, so it is reported instead of becoming an empty draft.
    """
    data = path.read_bytes()
    reason = unreadable(data)
    if reason:
        raise NotAPage(reason)
    lines, url = None, None
    if path.suffix.lower() in (".mht", ".mhtml"):
        parts = mhtml_parts(data)
        if parts is not None:
            html, saved_from = parts
            lines, url = html_to_lines(html)
            url = url or saved_from
    if lines is None:
        text = decode_bytes(data)
        if is_markup(text, path.suffix.lower()):
            lines, url = html_to_lines(text)   # the parser decodes entities (once)
        else:
            lines = unescape_entities(text).split("\n")
    if not any(ch.isalpha() for line in lines for ch in line):
        raise NotAPage("không có chữ nào đọc được (chỉ có mã, ký hiệu hoặc hình)")
    return lines, url


def is_markup(text: str, suffix: str) -> bool:
    """Whether a page's text is HTML markup, judged by its content as well as its name: an
    officer's export may hold a page's raw HTML in a .txt file, or plain text in a .html one.
    A text file is HTML when it opens with markup or holds several tags; a file named as a web
    page is HTML unless it holds no tag at all."""
    if _MARKUP_START.match(text):
        return True
    if suffix in (".txt", ".text"):
        return len(_HTML_SNIFF.findall(text[:5000])) >= 3
    return _ANY_TAG.search(text) is not None


def _article_key(title: str, date: str | None) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", fold(title)).split()) + "|" + (date or "")


def _existing_posts(dest: Path) -> dict[str, Path]:
    """Keys (legacy URL, title+date) of the posts already in ``dest`` -> their file."""
    keys: dict[str, Path] = {}
    if not dest.is_dir():
        return keys
    for path in sorted(dest.glob("*.md")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        match = re.match(r"^---\n(.*?)\n---\n", text, re.S)
        if not match:
            continue
        try:
            data = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError:
            continue
        if not isinstance(data, dict):
            continue
        if data.get("legacy_url"):
            keys.setdefault("url:" + str(data["legacy_url"]), path)
        if data.get("title"):
            keys.setdefault(_article_key(str(data["title"]), str(data.get("date") or "")), path)
    return keys


def _progress(items, progress: bool | None):
    enabled = progress if progress is not None else (len(items) > PROGRESS_THRESHOLD and sys.stderr.isatty())
    if not enabled:
        return items
    try:
        from tqdm import tqdm
    except ImportError:
        logger.info("tqdm is not installed; importing without a progress bar")
        return items
    return tqdm(items, desc="Nhập bài cũ", unit="trang", file=sys.stderr)


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".legacy-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def import_folder(source, dest=DEFAULT_DEST, categories=(), progress: bool | None = None,
                  pending_dest=None) -> ImportReport:
    """Import every page of ``source`` into ``dest`` as ``<stem>.md``; safe to re-run.

    ``progress``: ``None`` shows a bar only for more than 20 pages on a terminal;
    ``True``/``False`` force it on or off.
    ``pending_dest``: if given, a post still missing its date or category is written
    there instead (a folder Pelican does not read), for the officer to complete and
    move into ``dest``; by default it goes to ``dest`` as ``status: draft``.
    """
    source, dest = Path(source), Path(dest)
    if not source.is_dir():
        raise LegacyImportError(
            f"Không tìm thấy thư mục trang cũ «{source}»: kiểm tra lại đường dẫn sau --source "
            "(thư mục chứa các tệp .txt/.html đã lưu từ cổng cũ)."
        )
    pending = Path(pending_dest) if pending_dest else None
    categories = list(categories or ())
    report = ImportReport(str(source), str(dest), categories, str(pending) if pending else None)
    files = _page_files(source)
    dest.mkdir(parents=True, exist_ok=True)
    existing = _existing_posts(dest)
    if pending is not None:
        pending.mkdir(parents=True, exist_ok=True)
        existing = {**_existing_posts(pending), **existing}
    stems: dict[str, str] = {}
    articles: dict[str, Path] = {}
    for path in _progress(files, progress):
        page = PageReport(source=path.name)
        report.pages.append(page)
        if path.stem in stems:
            page.action = SKIPPED_DUPLICATE
            page.note = stems[path.stem]
            continue
        stems[path.stem] = path.name
        try:
            lines, url = read_page(path)
        except NotAPage as reason:
            page.action = NOT_A_PAGE
            page.note = str(reason)
            continue
        try:
            article = extract(lines, categories, legacy_url=url)
        except (OSError, ValueError, RecursionError) as error:
            logger.warning("Cannot read %s: %s", path, error)
            page.note = str(error)
            continue
        _fill(page, article)
        target = dest / f"{path.stem}.md"
        held = pending / target.name if pending is not None else None
        incomplete = (article.date is None or article.category is None or not article.title
                      or DATE_FROM_TEXT in article.warnings)
        if held is not None and incomplete and not target.exists():
            target = held
        page.target = target.name
        page.held = target == held
        keys = [_article_key(article.title, page.date)] if article.title else []
        if article.legacy_url:
            keys.append("url:" + article.legacy_url)
        twin = next((articles[k] for k in keys if k in articles), None) or next(
            (existing[k] for k in keys if k in existing and existing[k] not in (target, held)), None)
        if twin:
            page.action = SKIPPED_DUPLICATE
            page.note = twin.name
            page.target = None
            continue
        for key in keys:
            articles[key] = target
        text = to_markdown(article, categories=categories, fallback_title=path.stem.replace("-", " "))
        _write_post(page, target, held, text)
    return report


def _page_files(source: Path) -> list:
    """The saved pages of ``source`` (.txt, .html…), by name; hidden files left out."""
    return sorted(p for p in source.iterdir() if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES
                  and not p.name.startswith("."))


def _write_post(page: PageReport, target: Path, held: Path | None, text: str) -> None:
    """Write ``text`` to ``target`` unless it is the same or was edited by hand since
    (``page.action`` says which); remove the held copy of a page complete now."""
    try:
        if target.exists():
            old = target.read_text(encoding="utf-8", errors="replace")
            if old == text:
                page.action = UNCHANGED
                return
            if not is_unedited(old):
                page.action = KEPT_EDITED
                return
            page.action = UPDATED
        else:
            page.action = CREATED
        _write_atomic(target, text)
        if held is not None and target != held and held.exists() and is_unedited(
                held.read_text(encoding="utf-8", errors="replace")):
            held.unlink()  # the page is complete now: its held copy would be a second post
    except OSError as error:
        logger.warning("Cannot write %s: %s", target, error)
        page.action = FAILED
        page.note = str(error)


def _fill(page: PageReport, article: LegacyArticle) -> None:
    page.title = article.title
    page.date = _date_text(article)
    page.has_time = article.has_time
    page.category = article.category
    page.raw_category = article.raw_category
    page.author = article.author
    page.legacy_url = article.legacy_url
    page.status = article.status
    page.paragraphs = len(article.body_blocks)
    page.warnings = list(article.warnings)
    page.doubts = [doubt.reason for doubt in article.doubts]
    page.removed = dict(Counter(kind for kind, _ in article.removed))


# -- Report ------------------------------------------------------------------
KIND_LABELS = {
    bp.VIEWS: "bộ đếm lượt xem",
    bp.COUNTER: "thống kê lượt truy cập",
    bp.TOOLBAR: "thanh công cụ (bản in, chia sẻ, quay lại)",
    bp.PAGINATION: "phân trang",
    bp.IMAGE_NAME: "tên tệp ảnh, tệp đính kèm",
    bp.FOOTER: "chân trang (ban biên tập, bản quyền, tên trang)",
    bp.CONTACT: "địa chỉ, điện thoại, email của trang",
    bp.RELATED: "danh sách tin khác, tin liên quan, tin đã đưa",
    bp.COMMENTS: "ô bình luận",
    bp.WIDGET: "tiện ích bên lề, banner và phần sau bài",
    bp.MENU: "menu và đầu trang",
    bp.BREADCRUMB: "đường dẫn chuyên mục",
    bp.DUPLICATE: "bản lặp của tiêu đề, đoạn mở đầu hoặc cả bài",
    bp.METADATA: "dòng ngày đăng, tác giả, chuyên mục (đã chuyển vào phần thông tin bài)",
    bp.CMS_ACCOUNT: "tên tài khoản đăng bài (không phải tác giả)",
    bp.SERVER_MESSAGE: "thông báo lỗi của phần mềm trang cũ (PHP)",
    bp.UNACCENTED: "chữ không dấu giữa bài tiếng Việt có dấu (tên tệp ảnh, từ khóa quảng cáo, nhãn nút)",
}
ACTION_LABELS = {
    CREATED: "tạo mới",
    UPDATED: "cập nhật",
    UNCHANGED: "không đổi",
    KEPT_EDITED: "giữ nguyên vì đã được sửa tay",
    SKIPPED_DUPLICATE: "bỏ qua vì trùng",
    FAILED: "lỗi",
    NOT_A_PAGE: "không phải trang bài viết, không tạo bài",
}


def _todo(page: PageReport, categories: list[str]) -> list[str]:
    choices = ", ".join(categories) if categories else "các chuyên mục của cổng"
    todo = []
    if page.action == KEPT_EDITED:
        todo.append(f"Tệp {page.target} đã được sửa tay sau lần nhập trước nên không ghi đè; "
                    "muốn nhập lại thì xóa hoặc đổi tên tệp đó rồi chạy lại.")
    if page.action == SKIPPED_DUPLICATE:
        todo.append(f"Trang này trùng với {page.note}; không tạo bài thứ hai.")
    if page.action == FAILED:
        todo.append(f"Không đọc hoặc ghi được trang ({page.note}); kiểm tra tệp rồi chạy lại.")
    if page.action == NOT_A_PAGE:
        todo.append(f"Tệp không đọc được như một trang bài viết: {page.note}. Không tạo bài nào; "
                    "kiểm tra lại tệp (có thể đã lưu nhầm ảnh, PDF hoặc tệp rỗng), lưu lại trang "
                    "từ trình duyệt rồi chạy lại, hoặc bỏ tệp khỏi thư mục nguồn.")
    if page.action in (SKIPPED_DUPLICATE, FAILED, NOT_A_PAGE):
        return todo
    codes = page.warnings
    if NO_TITLE in codes:
        todo.append("Không tìm thấy tiêu đề: đã tạm lấy tên tệp, hãy sửa dòng title.")
    if EMPTY_BODY in codes:
        todo.append("Không tìm thấy nội dung bài: mở trang cũ và chép nội dung vào tệp.")
    if NO_DATE in codes:
        todo.append("Chưa có ngày đăng: thêm dòng date: dd/mm/yyyy HH:MM (theo trang cũ) "
                    "rồi đổi status thành published.")
    if DATE_FROM_TEXT in codes:
        todo.append(f"Trang cũ không ghi ngày đăng: đã tạm lấy ngày {page.date} mà đoạn mở đầu của bài nêu "
                    "(ngày diễn ra sự việc). Cần xác nhận: đối chiếu trang cũ, sửa dòng date nếu khác "
                    "rồi đổi status thành published.")
    if UNMAPPED_CATEGORY in codes:
        todo.append(f"Chuyên mục trên trang cũ «{page.raw_category}» không khớp chuyên mục nào của cổng: "
                    f"thêm dòng category: với một trong {choices}, rồi đổi status thành published.")
    elif NO_CATEGORY in codes:
        todo.append(f"Trang cũ không ghi chuyên mục: thêm dòng category: với một trong {choices}, "
                    "rồi đổi status thành published.")
    if page.held:
        todo.append("Bài được để riêng vì còn thiếu thông tin bắt buộc: bổ sung xong thì chuyển tệp "
                    "sang thư mục bài đăng (thư mục đích) để cổng đọc được.")
    if NO_AUTHOR in codes:
        note = " (trang cũ chỉ ghi tài khoản đăng bài)" if CMS_AUTHOR in codes else ""
        todo.append(f"Không thấy tên tác giả{note}: đã ghi «{DEFAULT_AUTHOR}», sửa nếu biết người viết.")
    return todo


def format_report(report: ImportReport) -> str:
    """The Vietnamese report printed at the end of ``invoke import-legacy``."""
    out = ["BÁO CÁO NHẬP BÀI TỪ TRANG CŨ", f"Thư mục nguồn: {report.source}",
           f"Thư mục đích: {report.dest}"]
    if report.pending_dest:
        out.append(f"Bài còn thiếu ngày đăng hoặc chuyên mục được để riêng ở: {report.pending_dest}")
    total = len(report.pages)
    out.append(
        f"Đã nhập {report.imported}/{total} trang: {report.count(CREATED)} bài tạo mới, "
        f"{report.count(UPDATED)} bài cập nhật, {report.count(UNCHANGED)} bài không đổi; "
        f"{report.count(KEPT_EDITED)} bài giữ nguyên vì đã sửa tay, "
        f"{report.count(SKIPPED_DUPLICATE)} trang trùng, {report.count(FAILED)} trang lỗi, "
        f"{report.count(NOT_A_PAGE)} tệp không phải trang bài viết."
    )
    done = [p for p in report.pages if p.action in (CREATED, UPDATED, UNCHANGED)]
    published = sum(1 for p in done if p.status == "published")
    out.append(f"Sẵn sàng đăng: {published} bài; để nháp (draft) chờ bổ sung: {len(done) - published} bài.")
    doubtful = [p for p in done if p.doubts]
    if doubtful:
        out.append(f"Cần xem lại: {len(doubtful)} bài có phần có thể đã lấy sai (xem mục CẦN XEM LẠI).")
    if not report.pages:
        out.append("Không có trang nào (.txt, .html) trong thư mục nguồn.")
    out += ["", "TỪNG TRANG"]
    for number, page in enumerate(report.pages, 1):
        target = f" → {page.target}" if page.target else ""
        state = ACTION_LABELS.get(page.action, page.action)
        if page.action in (CREATED, UPDATED, UNCHANGED):
            state += ", đăng ngay" if page.status == "published" else ", nháp"
            if page.held:
                state += f", để riêng ở {report.pending_dest}"
        out.append(f"{number}. {page.source}{target} ({state})")
        if page.action in (SKIPPED_DUPLICATE, FAILED, NOT_A_PAGE):
            for item in _todo(page, report.categories):
                out.append(f"   Cần làm: {item}")
            continue
        out.append(f"   Tiêu đề: {page.title or 'thiếu'}")
        if page.date and DATE_FROM_TEXT in page.warnings:
            out.append(f"   Ngày đăng: {page.date} (lấy từ nội dung bài, cần xác nhận)")
        elif page.date:
            out.append(f"   Ngày đăng: {page.date}" + ("" if page.has_time else " (trang cũ không ghi giờ)"))
        else:
            out.append("   Ngày đăng: thiếu")
        if page.category:
            out.append(f"   Chuyên mục: {page.category}")
        elif page.raw_category:
            out.append(f"   Chuyên mục: thiếu (trang cũ ghi «{page.raw_category}», không khớp)")
        else:
            out.append("   Chuyên mục: thiếu")
        out.append(f"   Tác giả: {page.author or 'thiếu'}")
        out.append(f"   Địa chỉ trang cũ: {page.legacy_url or 'không có'}")
        out.append(f"   Nội dung: {page.paragraphs} đoạn")
        if page.removed:
            removed = "; ".join(f"{KIND_LABELS.get(k, k)} ×{n}" for k, n in sorted(
                page.removed.items(), key=lambda kn: (-kn[1], kn[0])))
            out.append(f"   Đã bỏ: {removed}")
        for item in _todo(page, report.categories):
            out.append(f"   Cần làm: {item}")
        for item in page.doubts:
            out.append(f"   Cần xem lại: {item}")
    totals: Counter = Counter()
    for page in report.pages:
        totals.update(page.removed)
    if totals:
        out += ["", "ĐÃ BỎ KHỎI CÁC TRANG (theo loại)"]
        for kind, count in sorted(totals.items(), key=lambda kn: (-kn[1], kn[0])):
            out.append(f"- {KIND_LABELS.get(kind, kind)}: {count} dòng")
    attention = [(p, _todo(p, report.categories)) for p in report.pages]
    attention = [(p, t) for p, t in attention if t]
    out += ["", "VIỆC CẦN LÀM"]
    if not attention:
        out.append("Không có: mọi bài đã đủ thông tin.")
    for page, todo in attention:
        name = page.target or page.source
        for item in todo:
            out.append(f"- {name}: {item}")
    if doubtful:
        out += ["", "CẦN XEM LẠI (có thể đã lấy sai: mở trang cũ, đối chiếu, sửa tệp nếu khác)"]
        for page in doubtful:
            for item in page.doubts:
                out.append(f"- {page.target or page.source}: {item}")
    return "\n".join(out) + "\n"
