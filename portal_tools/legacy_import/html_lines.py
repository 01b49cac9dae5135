"""A saved HTML page -> the lines of its article region, in the plain-text dialect.

The output looks like a careful copy-paste of the page, with four light marks
that ``extract`` understands: ``# `` before the page's main heading, ``## ``
before a sub-heading, ``- ``/``1. `` before list items and ``*...*`` around an
image caption. Only text leaves this module, so scripts, styles, iframes, event
handlers and tracking pixels cannot survive into a post.

The article region is found from the page's structure, not its wording: the
block holding the most paragraph text with the fewest links (the readability
idea), widened to the heading that carries the page title, minus the boxes
every CMS hangs inside it (share bars, related news, comment forms).
"""

import json
import logging
import re
from collections import defaultdict

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag
from bs4.exceptions import ParserRejectedMarkup

from .dates import find_dates
from .decode import clean_line, fold

logger = logging.getLogger(__name__)

_DROP = {
    "script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet",
    "svg", "math", "canvas", "template", "link", "meta", "head", "input", "button", "select",
    "option", "textarea", "video", "audio", "source", "track", "map", "area", "img", "picture",
    "param", "base", "title", "datalist", "output", "progress", "meter", "dialog",
}
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "legend",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}

_NEGATIVE = re.compile(
    r"(?:^|[^a-z0-9])(?:comments?|binhluan|binh-luan|y-?kien|related|lienquan|lien-quan|tinlienquan|"
    r"tinkhac|tin-khac|others?|othernews|other-news|box-other|share|sharing|social|socialicon|print|"
    r"toolbar|tools?|breadcrumbs?|pagination|paging|pager|pagenav|banner|advert|advertisement|ads?|"
    r"quangcao|sidebar|widgets?|menu|navbar|nav|navigation|footer|copyright|counter|thongke|visitor|"
    r"statistics?|search|login|poll|rating|tags?|tags-links|rss|weather|hotline|latestnews|mostread|"
    r"tinmoi|tin-moi|newest|hot-news|skip-link|screen-reader-text|sr-only|visually-hidden|hidden|"
    r"d-none|fb-like|g-plusone|addthis|zalo-share|dropdown|modal|popup|cookie)(?:[^a-z0-9]|$)"
)
_NEGATIVE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Not a bare "desc": many CMSs call the lead paragraph (sapo) "desc"/"description".
_CAPTION_CLASS = re.compile(
    r"caption|(?:image|img|photo|pic|anh)[_-]?(?:desc|note|title)|chu[_-]?thich|note[_-]?img|expnoedit",
    re.I,
)
# Inline pieces of a meta line that portals print side by side ("14:05 - 27/07/2022
# Tác giả: X Lượt xem: 301"): each goes on its own line so each can be read alone.
_BREAK_CLASS = re.compile(
    r"date|time|publish|posted|ngay|view|luotxem|hits|source|nguon|byline|author|tacgia|"
    r"metadata-entry|(?:^|[^a-z])meta(?:[^a-z]|$)"
)
_TITLE_CLASS = re.compile(r"title|tieu-?de|tieude|headline|heading", re.I)
_BREADCRUMB_CLASS = re.compile(r"breadcrumb|duong-?dan|crumbs?|(?:^|[^a-z])path(?:[^a-z]|$)|navigator", re.I)
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)\s*(https?://[^\s>]+)", re.I)
_SINGLEFILE = re.compile(r"Page saved with SingleFile\s*\n?\s*url:\s*(https?://\S+)", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+(?:-|–|—|\||::|»|:)\s+")


def _gone(tag: Tag) -> bool:
    # bs4's ``decomposed`` property falls back to a subtree search when the flag was
    # never set; reading the flag directly keeps big pages fast.
    return bool(tag.__dict__.get("_decomposed", False))


def _attr_text(tag: Tag) -> str:
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    return (" ".join(classes) + " " + str(tag.get("id") or "")).lower()


def _text(tag: Tag) -> str:
    return clean_line(tag.get_text(" "))


def _key(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", fold(text)).split())


def _url(value) -> str | None:
    if not value:
        return None
    value = str(value).strip()
    if re.match(r"^https?://[^\s<>\"]+$", value):
        return value
    return None


def _meta(soup, *names) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag and tag.get("content"):
            return clean_line(str(tag["content"]))
    return None


def _legacy_url(soup, raw: str) -> str | None:
    link = soup.find("link", rel=lambda r: r and "canonical" in (r if isinstance(r, list) else [r]))
    url = _url(link.get("href")) if link else None
    url = url or _url(_meta(soup, "og:url", "twitter:url"))
    if url:
        return url
    head = raw[:5000]
    for pattern in (_SAVED_FROM, _SINGLEFILE):
        match = pattern.search(head)
        if match:
            return _url(match.group(1))
    return None


def _published(soup) -> str | None:
    """The machine-readable publication stamp, as "dd/mm/yyyy HH:MM", if the page has one."""
    candidates = [_meta(soup, "article:published_time", "datePublished", "pubdate", "date")]
    for tag in soup.find_all(attrs={"itemprop": "datePublished"}):
        candidates.append(tag.get("content") or tag.get("datetime"))
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                candidates.append(item["datePublished"])
    for value in candidates:
        if not value:
            continue
        found = find_dates(str(value))
        if found:
            f = found[0]
            return f.value.strftime("%d/%m/%Y %H:%M" if f.has_time else "%d/%m/%Y")
    return None


def _title_hints(soup) -> list[str]:
    hints = []
    for value in (_meta(soup, "og:title", "twitter:title"),):
        if value:
            hints.append(value)
    if soup.title and soup.title.string:
        full = clean_line(str(soup.title.string))
        if full:
            hints.append(full)
            hints.extend(p for p in _TITLE_SEPARATORS.split(full) if len(p.split()) >= 3)
    return hints


def _is_hidden(tag: Tag) -> bool:
    if tag.attrs is None:
        return False
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(str(tag.get("style", ""))))


def _block_ancestor(node):
    parent = node.parent
    while parent is not None and isinstance(parent, Tag) and parent.name not in _BLOCK:
        parent = parent.parent
    return parent if isinstance(parent, Tag) else None


def _outermost(tag: Tag, names) -> list[Tag]:
    """Descendants of ``tag`` named ``names`` that are not inside another of them."""
    found = []
    for element in tag.find_all(list(names)):
        parent = element.parent
        while parent is not None and parent is not tag and parent.name not in names:
            parent = parent.parent
        if parent is tag or parent is None:
            found.append(element)
    return found


def _mark_captions(soup) -> None:
    """Flag image captions before images are dropped: their place is the only clue."""
    for tag in soup.find_all("figcaption"):
        tag["data-li-caption"] = "1"
    for tag in soup.find_all(True):
        if tag.name in _HEADINGS or tag.name in ("body", "html"):
            continue
        attrs = _attr_text(tag)
        if attrs.strip() and _CAPTION_CLASS.search(attrs) and 2 <= len(_text(tag).split()) <= 40:
            tag["data-li-caption"] = "1"
    for img in soup.find_all("img"):
        holder = _block_ancestor(img)
        if holder is None:
            continue
        table = img.find_parent("table")
        if holder.name in ("td", "th") and table is not None:
            cells = table.find_all(["td", "th"])
            if len(cells) <= 4:
                for cell in cells:
                    words = len(_text(cell).split())
                    if cell is not holder and 2 <= words <= 40 and not cell.find("img"):
                        cell["data-li-caption"] = "1"
                continue
        # An <em>/<i> right after the image inside the same block, or a following block
        # whose whole text is emphasised: the two ways editors type a caption.
        for em in holder.find_all(["em", "i"]):
            if em.find_previous("img") is img and 2 <= len(_text(em).split()) <= 40:
                if _text(em) == _text(holder):
                    em["data-li-caption"] = "1"
        nxt = holder.find_next_sibling()
        if nxt is not None and nxt.name in _BLOCK and not nxt.find("img"):
            text = _text(nxt)
            emphasised = " ".join(_text(e) for e in _outermost(nxt, ("em", "i")))
            if text and 2 <= len(text.split()) <= 40 and _key(emphasised) == _key(text):
                nxt["data-li-caption"] = "1"


def _clean_tree(soup) -> None:
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Declaration, Doctype, ProcessingInstruction))):
        node.extract()
    for form in soup.find_all("form"):
        # A comment or search box, not the ASP.NET <form> that wraps a whole page.
        small = len(_text(form).split()) < 80
        if form.find("textarea") is not None or (small and form.find(["input", "select"]) is not None):
            form["data-li-interactive"] = "1"
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(True):
        if _gone(tag):
            continue
        if _is_hidden(tag):
            tag.decompose()


def _best_block(body: Tag) -> Tag:
    """The block with the most paragraph-like text, weighed against its links."""
    # Keyed by id(): a bs4 Tag hashes by serialising itself, far too slow here.
    blocks: dict[int, Tag] = {}
    length: dict[int, int] = defaultdict(int)
    commas: dict[int, int] = defaultdict(int)
    for string in body.find_all(string=True):
        if type(string) is not NavigableString:
            continue
        text = string.strip()
        if not text:
            continue
        block = _block_ancestor(string)
        if block is None:
            continue
        blocks[id(block)] = block
        length[id(block)] += len(text)
        commas[id(block)] += text.count(",")
    scores: dict[int, float] = defaultdict(float)
    for key, size in length.items():
        block = blocks[key]
        # Headings are not paragraphs: counting them would favour a box that repeats
        # the headline (a print copy) over the article's own text.
        if size < 25 or block.name in _HEADINGS or block.find_parent("a") is not None:
            continue
        score = 1 + commas[key] + min(size / 100, 3)
        scores[key] += score
        parent = _block_ancestor(block)
        if parent is not None:
            blocks[id(parent)] = parent
            scores[id(parent)] += score
            grand = _block_ancestor(parent)
            if grand is not None:
                blocks[id(grand)] = grand
                scores[id(grand)] += score / 2
    if not scores:
        return body
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])[:12]
    best, best_score = body, float("-inf")
    for key, score in ranked:
        adjusted = score * (1 - _link_density(blocks[key]))
        if adjusted > best_score:
            best, best_score = blocks[key], adjusted
    return best


def _link_density(tag: Tag) -> float:
    total = len(tag.get_text(" ", strip=True))
    if not total:
        return 1.0
    linked = sum(len(a.get_text(" ", strip=True)) for a in tag.find_all("a"))
    return min(linked / total, 1.0)


def _title_element(body: Tag, hints: list[str], best: Tag) -> Tag | None:
    keys = [_key(h) for h in hints if _key(h)]
    candidates = [t for t in body.find_all(True) if t.name in _HEADINGS or (
        _TITLE_CLASS.search(_attr_text(t)) and t.name not in ("body", "html", "a", "ul", "ol", "table"))]
    exact, partial = [], []
    for tag in candidates:
        key = _key(_text(tag))
        if len(key.split()) < 3:
            continue
        if key in keys:
            exact.append(tag)
        elif any(k and (key in k or k in key) for k in keys):
            partial.append(tag)
    # The same headline may also be listed in a sidebar; the article's own heading
    # is the one that shares the deepest ancestor with the article text.
    for found in (exact, partial):
        if found:
            return max(found, key=lambda tag: _depth(_common_ancestor(tag, best) or body))
    long_keys = [k for k in keys if len(k.split()) >= 4]
    if long_keys:
        for tag in body.find_all(["div", "p", "td", "span", "b", "strong", "font", "a"]):
            if tag.find_parent(["nav", "a"]) is not None or tag.find(_BLOCK - {"br"}) is not None:
                continue
            if _key(_text(tag)) in long_keys:
                return tag
    # No hint matched: the nearest heading before the article text, if it is close.
    previous = best.find_all_previous(list(_HEADINGS), limit=3)
    for tag in previous:
        if len(_text(tag).split()) >= 3:
            common = _common_ancestor(tag, best)
            if common is not None and _depth(best) - _depth(common) <= 4:
                return tag
    return None


def _depth(tag: Tag) -> int:
    return sum(1 for _ in tag.parents)


def _common_ancestor(a: Tag, b: Tag) -> Tag | None:
    ancestors = {id(p) for p in [a, *a.parents]}
    for node in [b, *b.parents]:
        if id(node) in ancestors:
            return node if isinstance(node, Tag) else None
    return None


def _region(body: Tag, best: Tag, title: Tag | None) -> Tag:
    if title is not None:
        common = _common_ancestor(title, best)
        if common is not None and common.name not in ("html", "[document]") and _depth(best) - _depth(common) <= 6:
            return common
        return best
    # Without a recognisable title heading, widen a little so the title, date and
    # byline printed just around the text come along; text rules clean the rest.
    region = best
    base = len(best.get_text(" ", strip=True))
    for _ in range(2):
        parent = _block_ancestor(region)
        if parent is None or parent.name in ("body", "html"):
            break
        size = len(parent.get_text(" ", strip=True))
        if size > base * 1.6 + 400 or _link_density(parent) > 0.4:
            break
        region = parent
    return region


def _prune(region: Tag, keep: list[Tag]) -> None:
    """Drop the boxes CMSs hang inside the article region (share bars, related news,
    comment forms, page header/footer), never the article text or its title."""
    protected = set()
    for tag in keep:
        if tag is not None:
            protected.update(id(t) for t in [tag, *tag.parents])
    for tag in list(region.find_all(True)):
        if _gone(tag) or id(tag) in protected:
            continue
        parents = {id(p) for p in tag.parents}
        inside_keep = any(k is not None and id(k) in parents for k in keep)
        role = str(tag.get("role", "")).lower()
        negative = (
            tag.name in ("nav", "aside", "menu")
            or role in _NEGATIVE_ROLES
            or tag.get("data-li-interactive") == "1"
            or (tag.name in ("header", "footer") and not inside_keep)
            or bool(_NEGATIVE.search(_attr_text(tag)))
        )
        if negative and tag.get("data-li-caption") != "1":
            tag.decompose()


class _Lines:
    def __init__(self):
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.prefix = ""

    def text(self, value: str) -> None:
        self.buf.append(value)

    def flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        self.buf = []
        if text:
            self.lines.append(self.prefix + text)
            self.prefix = ""

    def start(self, prefix: str) -> None:
        self.flush()
        self.prefix = prefix


def _list_prefix(li: Tag) -> str:
    parent = li.parent
    if isinstance(parent, Tag) and parent.name == "ol":
        try:
            start = int(parent.get("start", 1))
        except (TypeError, ValueError):
            start = 1
        index = len([s for s in li.find_previous_siblings("li")])
        return f"{start + index}. "
    return "- "


def _render(node: Tag, out: _Lines) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:
                out.text(str(child))
            continue
        if not isinstance(child, Tag) or _gone(child):
            continue
        name = child.name
        if child.get("data-li-caption") == "1":
            out.flush()
            text = clean_line(child.get_text(" "))
            if text:
                out.lines.append(f"*{text}*")
            continue
        if name == "br":
            out.flush()
        elif name in _HEADINGS:
            out.start("# " if name == "h1" else "## ")
            _render(child, out)
            out.flush()
        elif name == "li":
            out.start(_list_prefix(child))
            _render(child, out)
            out.flush()
        elif name in _BLOCK or (
            isinstance(child.parent, Tag) and child.parent.name in _BLOCK and _BREAK_CLASS.search(_attr_text(child))
        ):
            out.flush()
            _render(child, out)
            out.flush()
        else:
            _render(child, out)


def _breadcrumb_line(soup) -> str | None:
    for tag in soup.find_all(True):
        attrs = _attr_text(tag)
        label = str(tag.get("aria-label", "")).lower()
        schema = str(tag.get("itemtype", "")).lower()
        if not (_BREADCRUMB_CLASS.search(attrs) or "breadcrumb" in label or "breadcrumblist" in schema):
            continue
        items = tag.find_all("li") or tag.find_all(["a", "span"], recursive=True)
        crumbs = []
        for item in items:
            if item.find(["li"]):
                continue
            text = clean_line(item.get_text(" "))
            if text and text not in crumbs and len(text.split()) <= 10:
                crumbs.append(text)
        if len(crumbs) >= 2:
            return " > ".join(crumbs)
    return None


# What a document's head may hold. Anything else there (a <body>, a paragraph, bare text)
# means the head was never closed, as in '<meta … charset=windows-1252"</head><body>' whose
# lost ">" swallows "</head": a browser starts the body at it, and so does the importer.
_HEAD_CONTENT = {"meta", "link", "title", "style", "script", "noscript", "base", "template"}


def _close_head(soup) -> None:
    """Move what an unclosed head swallowed (the body, the article) out after it."""
    for head in soup.find_all("head"):
        children = list(head.children)
        start = next((i for i, child in enumerate(children) if (
            isinstance(child, Tag) and child.name not in _HEAD_CONTENT) or (
            type(child) is NavigableString and child.strip())), None)
        if start is None:
            continue
        anchor = head
        for child in children[start:]:
            anchor.insert_after(child.extract())
            anchor = child


def _parse(html: str) -> BeautifulSoup:
    try:
        return BeautifulSoup(html, "html.parser")
    except (ParserRejectedMarkup, AssertionError):
        # Broken "<!..." declarations make the standard parser give up; neutralise
        # them (they never carry article text) and parse again.
        cleaned = re.sub(r"<!(?!--|doctype)", "&lt;!", html, flags=re.I)
        try:
            return BeautifulSoup(cleaned, "html.parser")
        except (ParserRejectedMarkup, AssertionError):
            return BeautifulSoup(re.sub(r"<[^>]*>", " ", cleaned), "html.parser")


def html_to_lines(html: str) -> tuple[list[str], str | None]:
    """Lines of the article region of a saved page, and the page's own URL if known."""
    soup = _parse(html)
    _close_head(soup)
    legacy_url = _legacy_url(soup, html)
    hints = _title_hints(soup)
    og_title = _meta(soup, "og:title", "twitter:title")
    published = _published(soup)
    section = _meta(soup, "article:section")
    _mark_captions(soup)
    _clean_tree(soup)
    crumbs = _breadcrumb_line(soup)

    body = soup.body or soup
    best = _best_block(body)
    title = _title_element(body, hints, best)
    region = _region(body, best, title)
    _prune(region, [best, title])

    out = _Lines()
    if region.get("data-li-caption") == "1":
        out.lines.append(f"*{_text(region)}*")
    else:
        _render(region, out)
        out.flush()
    lines = [line for line in out.lines if line.strip("* ")]

    lead: list[str] = []
    if crumbs:
        lead.append(crumbs)
    elif section:
        lead.append(f"Chuyên mục: {section}")
    head_keys = [_key(line.lstrip("# ")) for line in lines[:15]]
    if title is None or _gone(title) or not any(_key(_text(title)) == k for k in head_keys):
        hint = og_title
        if title is not None and not _gone(title):
            hint = _text(title)
        if hint and _key(hint) not in head_keys:
            lines.insert(0, f"# {hint}")
    if published and not any(find_dates(line) for line in lines[:12]):
        at = next((i + 1 for i, line in enumerate(lines[:15]) if line.startswith("# ")), 0)
        lines.insert(at, f"Ngày đăng: {published}")
    logger.debug("html_to_lines: %d lines, region <%s>, url %s", len(lines), region.name, legacy_url)
    return lead + lines, legacy_url
