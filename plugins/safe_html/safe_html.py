"""Safe HTML: the body of every post and page is checked against one allow-list.

Officers write Markdown; Markdown lets raw HTML through, so one snippet pasted
from another site (an embedded video, a counter, a form) would put third-party
code and requests on the portal and in its feeds.  Every body is read against
``ALLOWED`` (Markdown's own output, tables, figures and captions, links, images
from content/) and anything else is refused: the build and ``invoke check``
stop with ``file:line: what is refused — what to write instead``.  Nothing is
dropped without the officer knowing.  Bodies are then passed through ``nh3``
(the Rust ``ammonia`` sanitiser) with the same allow-list, so pages and feeds,
which are rendered from the same body, carry only allowed markup.

Pure core, reusable by other plugins: ``find_unsafe(html)`` returns ``Finding``s
(no Pelican), ``clean(html)`` the sanitised HTML; section plugins (van_ban,
questions) call ``checked_body(html, source_path, settings)`` on the bodies they
convert, so documents and answers follow the same rules as posts.

A body that equals its own sanitised form passed; its digest is kept in
``CACHE_PATH/safe_html/`` (with the rules it passed), so an unchanged post costs
one hash on the next build instead of a parse (≈3 ms per post).

Settings read: ``SAFE_HTML`` (defaults in ``DEFAULTS``: ``url_schemes``, the
schemes a link may use), ``SITEURL``/``PUBLISH_SITEURL`` (images may point at
the site itself), ``CACHE_PATH``.
Metadata read: none; the source file is read again for line numbers.
Provides: nothing to templates; the body of posts and pages is sanitised;
problems go to the build's ``ProblemCollector`` (``build_state(context).problems``) (reported by front_matter).
"""

import functools
import hashlib
import json
import os
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import nh3
from pelican import signals

from front_matter.rules import ContentProblem, split_front_matter
from portal_core.settings import SettingsError, merge
from portal_core.workers import fork_map, worker_count
from portal_core.lifecycle import body_html, build_state, set_body_html

DEFAULTS = {"url_schemes": ["http", "https", "mailto", "tel"]}
NEVER_SCHEMES = {"javascript", "data", "vbscript", "file"}


def load_options(settings):
    """Merge ``SAFE_HTML`` over the defaults, refusing unknown keys and unsafe schemes."""
    options = merge(settings, "SAFE_HTML", DEFAULTS)
    schemes = options["url_schemes"]
    if not isinstance(schemes, (list, tuple)) or not all(isinstance(x, str) and x for x in schemes):
        raise SettingsError(f"SAFE_HTML['url_schemes'] must be a list of scheme names, not {schemes!r}")
    unsafe = sorted(NEVER_SCHEMES & {x.lower() for x in schemes})
    if unsafe:
        raise SettingsError(f"SAFE_HTML['url_schemes'] must not allow {unsafe}: they run code or embed content")
    return {**options, "url_schemes": [x.lower() for x in schemes]}

_GLOBAL = {"id", "class", "title", "lang", "dir"}
# The one allow-list: tag -> attributes allowed on it (besides ``_GLOBAL``).
ALLOWED = {
    **{tag: set() for tag in (
        "abbr", "b", "br", "caption", "code", "dd", "div", "dl", "dt", "em", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "kbd", "mark", "p", "picture", "pre", "s", "samp",
        "small", "span", "strong", "sub", "sup", "table", "tbody", "tfoot", "thead", "tr", "u", "ul",
    )},
    "a": {"href", "hreflang"},
    "blockquote": {"cite"}, "q": {"cite"}, "del": {"cite"}, "ins": {"cite"},
    "img": {"src", "alt", "width", "height", "srcset", "sizes", "loading", "decoding"},
    "source": {"srcset", "sizes", "type", "media"},
    "ol": {"start", "type", "reversed"}, "li": {"value"},
    "td": {"colspan", "rowspan", "style", "align"}, "th": {"colspan", "rowspan", "scope", "style", "align"},
}
URL_ATTRIBUTES = {"href", "src", "cite", "srcset"}
STYLE_PROPERTIES = {"text-align"}  # Markdown tables align columns with style="text-align: …"
_TABLE_STYLE = re.compile(r"^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$", re.I)
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.\-]*):")

_EMBED = {"iframe", "embed", "object", "video", "audio", "frame", "frameset", "applet", "canvas", "svg", "math"}
_FORM = {"form", "input", "button", "select", "textarea", "option", "label", "fieldset"}
_PAGE = {"html", "head", "body", "meta", "link", "base", "title"}

FIX_EMBED = ("không nhúng nội dung của trang khác; viết một liên kết, ví dụ "
             "[Xem video trên YouTube](https://www.youtube.com/watch?v=…); tài liệu PDF thì chép vào "
             "content/files/ và viết [Tên tài liệu]({static}/files/ten-tep.pdf)")
FIX_SCRIPT = "xoá cả đoạn <script>…</script>: trang của Cổng tin không chạy mã của nơi khác"
FIX_FORM = ("xoá biểu mẫu; ghi số điện thoại, thư điện tử hoặc liên kết tới trang có biểu mẫu, "
            "ví dụ [Gửi ý kiến](https://…)")
FIX_STYLE = ("xoá phần định dạng; dùng Markdown: **chữ đậm**, *chữ nghiêng*, ## Tiêu đề mục, "
             "- danh sách")
FIX_EVENT = "xoá thuộc tính này: trang không chạy mã khi bấm hay khi tải"
FIX_URL = ("dùng địa chỉ bắt đầu bằng https:// (hoặc mailto:, tel:), hoặc một tệp trong content/ như "
           "{static}/files/ten-tep.pdf")
FIX_IMAGE = "chép ảnh vào content/images/ và viết ![mô tả ảnh](images/<năm>/<tên-ảnh>.jpg)"


@dataclass(frozen=True)
class Finding:
    """One refused piece of markup: ``needle`` is text to look for in the source."""

    message: str
    fix: str
    needle: str


class _Walker(HTMLParser):
    def __init__(self, schemes, own_urls):
        super().__init__(convert_charrefs=True)
        self.schemes = schemes
        self.own_urls = own_urls
        self.findings = []

    def handle_starttag(self, tag, attrs):
        self._element(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._element(tag, attrs)

    def _add(self, message, fix, needle):
        finding = Finding(message, fix, needle)
        if finding not in self.findings:
            self.findings.append(finding)

    def _element(self, tag, attrs):
        if tag not in ALLOWED:
            self._add(*_refused_tag(tag), f"<{tag}")
            return
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self._add(f"thuộc tính «{name}» chạy mã JavaScript", FIX_EVENT, f"{name}=")
            elif name == "style" and not (tag in ("td", "th") and _TABLE_STYLE.match(value)):
                self._add("thuộc tính «style» (định dạng riêng) không được dùng", FIX_STYLE, "style=")
            elif name not in ALLOWED[tag] and name not in _GLOBAL:
                self._add(f"thuộc tính «{name}» của thẻ <{tag}> không được dùng",
                          f"xoá {name}=\"…\"; viết nội dung bằng Markdown", f"{name}=")
            elif name in URL_ATTRIBUTES:
                urls = [part.split()[0] for part in value.split(",") if part.strip()] if name == "srcset" else [value]
                for url in urls:
                    self._url(tag, name, url)

    def _url(self, tag, name, url):
        scheme = _SCHEME.match(url)
        scheme = scheme.group(1).lower() if scheme else ""
        shown = url if len(url) <= 60 else url[:57] + "…"
        if scheme and scheme not in self.schemes:
            fix = FIX_IMAGE if scheme == "data" and tag in ("img", "source") else FIX_URL
            self._add(f"địa chỉ «{shown}» dùng kiểu «{scheme}:» không an toàn", fix, url[:40])
        elif tag in ("img", "source") and (scheme or url.startswith("//")) \
                and not any(url.startswith(own + "/") for own in self.own_urls):
            self._add(f"ảnh «{shown}» lấy từ trang khác (trang sẽ gửi yêu cầu ra ngoài)", FIX_IMAGE, url[:40])


def _refused_tag(tag):
    if tag == "script" or tag == "noscript":
        return f"thẻ <{tag}> chạy mã JavaScript", FIX_SCRIPT
    if tag in _EMBED:
        return f"thẻ <{tag}> nhúng nội dung từ nơi khác", FIX_EMBED
    if tag in _FORM:
        return f"thẻ <{tag}> là một phần của biểu mẫu", FIX_FORM
    if tag == "style":
        return "thẻ <style> (định dạng riêng) không được dùng", FIX_STYLE
    if tag in _PAGE:
        return f"thẻ <{tag}> chỉ có trong một trang web hoàn chỉnh, không dùng trong bài", \
            "chỉ dán phần chữ của bài; viết bằng Markdown"
    return f"thẻ <{tag}> không được dùng trong bài", "xoá thẻ này; viết nội dung bằng Markdown"


def find_unsafe(html, url_schemes=DEFAULTS["url_schemes"], own_urls=()):
    """Every refused element, attribute or URL of ``html``, in order, each once."""
    walker = _Walker({s.lower() for s in url_schemes}, tuple(u.rstrip("/") for u in own_urls if u))
    walker.feed(html)
    walker.close()
    return walker.findings


def clean(html, url_schemes=DEFAULTS["url_schemes"]):
    """``html`` with only what ``ALLOWED`` permits (nh3, the same allow-list)."""
    return nh3.clean(
        html,
        tags=set(ALLOWED),
        clean_content_tags={"script", "style"},
        attributes={"*": set(_GLOBAL), **{tag: set(names) for tag, names in ALLOWED.items()}},
        url_schemes=set(url_schemes),
        link_rel=None,
        strip_comments=False,  # harmless, and commune's "<!-- du-lieu -->" marks where its data goes
        filter_style_properties=set(STYLE_PROPERTIES),
    )


_FOREIGN_MEDIA = re.compile(r"<(?:img|source)\b[^>]*\b(?:src|srcset)\s*=\s*[\"']?\s*(?:[a-zA-Z][a-zA-Z0-9+.\-]*:|//)")


def review(html, url_schemes=DEFAULTS["url_schemes"], own_urls=()):
    """``(findings, cleaned)`` of ``html``.  When nh3 leaves the body as it is and no
    image points outside, nothing was refused: the walk is skipped."""
    cleaned = clean(html, url_schemes)
    if cleaned == html and not _FOREIGN_MEDIA.search(html):
        return [], cleaned
    return find_unsafe(html, url_schemes, own_urls), cleaned


def line_of(source_text, needle, body_line):
    """First line at or after ``body_line`` containing ``needle`` (any case), else ``body_line``."""
    lowered = needle.lower()
    for number, text in enumerate(source_text.split("\n"), start=1):
        if number >= body_line and lowered in text.lower():
            return number
    return body_line


# --------------------------------------------------------------------------- Pelican adapter


def checked_body(html, source_path, settings):
    """``(problems, cleaned)`` for one body a section plugin converted from ``source_path``
    (documents, answers): the same rules and messages as posts and pages."""
    if not html:
        return [], html
    schemes = load_options(settings)["url_schemes"]
    own = sorted({u.rstrip("/") for u in (settings.get("SITEURL", ""), settings.get("PUBLISH_SITEURL", "")) if u})
    findings, cleaned = review(html, schemes, own)
    if not findings:
        return [], cleaned
    with open(source_path, encoding="utf-8-sig") as handle:
        text = handle.read()
    body_line, path = _body_line(text), os.path.relpath(source_path)
    return [ContentProblem(path, line_of(text, f.needle, body_line), f.message, f.fix, code="unsafe-html")
            for f in findings], cleaned


def _items(generator):
    for name in ("articles", "translations", "drafts", "drafts_translations", "hidden_articles",
                 "hidden_translations", "pages", "hidden_pages", "draft_pages", "draft_translations"):
        yield from getattr(generator, name, None) or []


def _body_line(text):
    parts, _ = split_front_matter(text, "")
    return parts[2] if parts else 1


class PassedBodies:
    """Digests of bodies that passed, kept between builds for the same rules."""

    def __init__(self, path, rules):
        self.path, self.rules, self.used = path, rules, set()
        try:
            with open(path, encoding="utf-8") as handle:
                stored = json.load(handle)
            self.previous = set(stored["passed"]) if stored.get("rules") == rules else set()
        except (OSError, ValueError, KeyError, TypeError):
            self.previous = set()

    def save(self):
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        temporary = f"{self.path}.{os.getpid()}.tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump({"rules": self.rules, "passed": sorted(self.used)}, handle)
        os.replace(temporary, self.path)


def _rules_key(schemes, own):
    text = repr((sorted((k, sorted(v)) for k, v in ALLOWED.items()), sorted(_GLOBAL), sorted(schemes),
                 sorted(own), nh3.__version__, _FOREIGN_MEDIA.pattern))
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def check_and_clean(generator):
    # article_/page_generator_finalized: bodies are read, nothing is written, and
    # problems still stop the build (front_matter reports them with the others).
    options = load_options(generator.settings)
    schemes = options["url_schemes"]
    own = sorted({u.rstrip("/") for u in (generator.settings.get("SITEURL", ""),
                                          generator.settings.get("PUBLISH_SITEURL", "")) if u})
    problems = build_state(generator.context).problems
    cache = PassedBodies(os.path.join(generator.settings.get("CACHE_PATH") or "cache", "safe_html",
                                      f"{type(generator).__name__}.json"), _rules_key(schemes, own))
    seen, todo = set(), []
    for item in _items(generator):
        if id(item) in seen or not body_html(item):
            continue
        seen.add(id(item))
        digest = hashlib.blake2b(body_html(item).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        if digest in cache.previous:  # passed with these rules: clean() would return it unchanged
            cache.used.add(digest)
        else:
            todo.append((item, digest))
    # New or changed bodies on every core (a first build of 10,000 posts: ≈30 s on one).
    results = fork_map(functools.partial(review, url_schemes=schemes, own_urls=own),
                       [body_html(item) for item, _ in todo], worker_count(),
                       describe=lambda html: html[:80])
    for (item, digest), (findings, cleaned) in zip(todo, results):
        if findings:
            with open(item.source_path, encoding="utf-8-sig") as handle:
                text = handle.read()
            body_line = _body_line(text)
            path = os.path.relpath(item.source_path)
            for finding in findings:
                problems.add(ContentProblem(path, line_of(text, finding.needle, body_line),
                                               finding.message, finding.fix, code="unsafe-html"))
        elif cleaned == body_html(item):
            cache.used.add(digest)
        set_body_html(item, cleaned)
    cache.save()


def register():
    # The generators' "finalized" signals: every body is read and nothing is written;
    # listed before photos in PLUGINS, so the officer's own markup is what is checked.
    signals.article_generator_finalized.connect(check_and_clean)
    signals.page_generator_finalized.connect(check_and_clean)
