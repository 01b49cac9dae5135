"""Fingerprints of what a page is rendered from (pure core of ``page_writer``).

A page is rendered from its template, the build's context (settings and the
site-wide lists) and its own variables (the article, the listing's page of
posts…).  ``Fingerprints`` turns those into a short digest, so that a page
whose digest is the one it had when last written need not be rendered again.

The digest walks the values themselves, not a list of the fields today's
templates happen to read, so a template change that starts reading another
attribute stays correct.  Three levels keep an edit local:

- a post or page as one item of a list (a card, a menu entry, "Tin khác"):
  every attribute except its body and the posts it links to — title, URL,
  dates, category, tags, photo, summary…  (``card``);
- a post or page as the subject of its own page: the card plus its body and
  its lists of other posts (related news, "Tin khác", previous/next) as cards
  (``full``);
- the context: every value, posts as cards.

So a body-only edit changes the digest of the post's own page and of pages
whose *own* variables hold the post in full; a change to what a card shows
(title, summary, date…) changes the context digest and so every page.

Values are identified by identity while a ``Fingerprints`` lives (one build):
it keeps a reference to each object it digested, so an id is never reused.
"""

import datetime
import hashlib
import operator
import types

from .urls import MEMO_ATTRIBUTE as URL_MEMO_ATTRIBUTE

# Context lists whose order carries no meaning and changes from one build to the
# next: Pelican's static generator fills ``staticfiles`` from a set of paths, so
# its order follows the interpreter's string hashing, which differs per process.
# Digested in order they would make every page look changed on every build.
UNORDERED_CONTEXT_KEYS = frozenset({"staticfiles"})

# Attributes that are not what a page shows: the settings and the shared context
# (digested once, as the context), the body (part of ``full`` only), and the memo
# of the item's URLs (``urls.py``: filled or not depending on who asked first).
SKIPPED_ATTRIBUTES = frozenset({"settings", "_context", "_content", "_summary", URL_MEMO_ATTRIBUTE})


def _summary(item):
    """The summary a card shows; static files (attachments) have no body, so none."""
    if getattr(item, "_content", None) is None:
        return ""
    return getattr(item, "summary", "")


def _digest(*parts):
    """Digest of ``parts`` (text or bytes), each followed by a zero byte."""
    try:  # all text (nearly always): one encoding and one update, the same bytes
        return hashlib.blake2b(("\x00".join(parts) + "\x00").encode("utf-8", "surrogatepass"),
                               digest_size=16).hexdigest()
    except TypeError:
        pass
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part)
        h.update(b"\x00")
    return h.hexdigest()


class Fingerprints:
    """Digests of values for one build; ``content_class``, ``wrapper_class`` and
    ``page_class`` are Pelican's ``Content``, ``URLWrapper`` and paginator
    ``Page`` (passed in to keep this pure)."""

    def __init__(self, content_class, wrapper_class, summary=_summary, page_class=None):
        self.content_class = content_class
        self.wrapper_class = wrapper_class
        self.page_class = page_class
        self.summary = summary or _summary
        self._memo = {}  # id -> (object, digest)
        self._cards = {}  # id -> (object, digest, its attributes that link to posts)
        self._fulls = {}
        self._busy = set()
        self._pages = {}  # (id(paginator), number, name, url) -> (paginator, digest)

    # -- posts and pages -------------------------------------------------
    def _links_to_items(self, value):
        if type(value) in _LEAF_TYPES:  # most attributes (fast path, same answer)
            return False
        if isinstance(value, self.content_class):
            return True
        if isinstance(value, (list, tuple)) and value:
            return any(isinstance(v, self.content_class) for v in value[:8])
        return False

    def card(self, item):
        """Digest of a post or page as shown in a list."""
        key = id(item)
        hit = self._cards.get(key)
        if hit is not None:
            return hit[1]
        if key in self._busy:
            return "cycle:" + str(getattr(item, "source_path", ""))
        self._busy.add(key)
        try:
            # One pass sorts the attributes: what the card shows, and the lists of other
            # posts it leaves to ``full`` (kept with the digest for it).
            links_to_items = self._links_to_items
            attributes, links = {}, {}
            for name, value in vars(item).items():
                if name in SKIPPED_ATTRIBUTES:
                    continue
                if type(value) in _LEAF_TYPES or not links_to_items(value):
                    attributes[name] = value
                else:
                    links[name] = value
            metadata = attributes.get("metadata")
            if isinstance(metadata, dict):
                # Pelican sets each metadata entry as an attribute too: an entry that is
                # the very object kept as the attribute of its name is written once (the
                # attribute), the entry as a marker — the same text for the same values,
                # at about half the length (repr is most of a card's cost at 10,000 posts).
                attributes["metadata"] = {
                    name: (_SAME_AS_ATTRIBUTE if attributes.get(name, _MISSING) is entry else entry)
                    for name, entry in metadata.items() if name != "summary"
                }
            # repr() is exact and fast for what a post carries (text, dates, numbers,
            # categories and tags, dicts and lists of them); anything whose repr is
            # only an address is walked instead.
            text = repr(list(attributes.items()))
            if " at 0x" in text:
                text = self.value(attributes)
            digest = _digest("card", type(item).__name__, text, str(self.summary(item) or ""))
        finally:
            self._busy.discard(key)
        self._cards[key] = (item, digest, links)
        return digest

    def full(self, item):
        """Digest of a post or page as the subject of its own page."""
        key = id(item)
        hit = self._fulls.get(key)
        if hit is not None:
            return hit[1]
        card = self.card(item)
        links = self._cards[key][2]
        body = getattr(item, "_content", None)
        digest = _digest("full", card, str(body or ""), self.value(links))
        self._fulls[key] = (item, digest)
        return digest

    # -- any value ---------------------------------------------------------
    def value(self, value):
        """Digest (or short stable text) of any value of a template context."""
        # Fast paths, for the values met most (hundreds of thousands at 10,000 posts):
        # plain text, and posts already digested as cards (``card``'s memo; it keeps
        # each post alive, so its id is that post's).  Same answers as below.
        kind = type(value)
        if kind is str:
            return "s" + value if len(value) < 64 else _digest("s", value)
        hit = self._cards.get(id(value))
        if hit is not None:
            return hit[1]
        if value is None or isinstance(value, (bool, int, float)):
            return repr(value)
        if isinstance(value, str):  # Markup too
            return "s" + value if len(value) < 64 else _digest("s", value)
        if isinstance(value, bytes):
            return _digest(b"b", value)
        if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
            return f"t{value.isoformat()}{getattr(value, 'tzinfo', None) or ''}"
        if isinstance(value, self.content_class):
            return self.card(value)
        if isinstance(value, self.wrapper_class):
            return f"w{type(value).__name__}:{value.name}:{value.slug}"
        if isinstance(value, (types.FunctionType, types.BuiltinFunctionType, types.MethodType, type)):
            return f"f{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', '')}"
        key = id(value)
        hit = self._memo.get(key)
        if hit is not None:
            return hit[1]
        if key in self._busy:
            return "cycle"
        self._busy.add(key)
        try:
            digest = self._composite(value)
        finally:
            self._busy.discard(key)
        self._memo[key] = (value, digest)
        return digest

    def _composite(self, value):
        if self.page_class is not None and type(value) is self.page_class:
            digest = self._page(value)
            if digest is not None:
                return digest
        if isinstance(value, (list, tuple)):
            # Lists of posts (the context's ten-thousand-long ones): their cards straight
            # from ``card``'s memo, as ``value`` would find them.
            cards = self._cards
            return _digest("l", *[hit[1] if (hit := cards.get(id(v))) is not None else self.value(v)
                                  for v in value])
        if isinstance(value, (set, frozenset)):
            return _digest("e", *sorted(self.value(v) for v in value))
        if isinstance(value, dict):
            items = sorted((str(k), self.value(v)) for k, v in value.items())
            return _digest("d", *(f"{k}={v}" for k, v in items))
        name = getattr(value, "name", None)
        if type(value).__module__.startswith("jinja2") and isinstance(name, str):
            return "j" + name  # a template: its source is part of the code digest
        attributes = getattr(value, "__dict__", None)
        if attributes is not None:
            kept = {k: v for k, v in attributes.items() if k not in SKIPPED_ATTRIBUTES}
            return _digest("o", type(value).__name__, self.value(kept))
        return "r" + type(value).__name__ + ":" + repr(value)[:200]

    def _page(self, page):
        """A listing's page N (and its neighbours, each a new object on every page)
        as its paginator (digested once per listing) and N, without walking its
        posts again — when they are the paginator's slice N, as Pelican makes
        them, and the page carries nothing else; otherwise None."""
        if vars(page).keys() != _PAGE_ATTRIBUTES:
            return None
        paginator = page.paginator
        try:
            count = len(paginator.object_list)
            bottom = (page.number - 1) * paginator.per_page
            top = bottom + paginator.per_page
            if top + paginator.orphans >= count:
                top = count
            own = paginator.object_list[bottom:top]
        except (AttributeError, TypeError):
            return None
        if len(own) != len(page.object_list) or not all(map(operator.is_, own, page.object_list)):
            return None
        # name, extension and base_name are made from full_name.
        key = (id(paginator), page.number, page.full_name, page.base_url)
        hit = self._pages.get(key)
        if hit is None:
            digest = _digest("p", type(page).__name__, self.value(paginator), str(page.number),
                             str(page.full_name), str(page.base_url))
            hit = self._pages[key] = (paginator, digest)  # keeps the id in use
        return hit[1]

    def context(self, context, base=None, base_digest=None):
        """Digest of a template context; with ``base`` (a context it was copied
        from, digested as ``base_digest``) only the values that differ are walked."""
        if base is None:
            return self.value(self._unordered(context))
        changed = {k: v for k, v in context.items() if base.get(k, _MISSING) is not v}
        removed = sorted(k for k in base if k not in context)
        return _digest("c", base_digest, self.value(self._unordered(changed)), *removed)

    def _unordered(self, context):
        """``context`` with each of ``UNORDERED_CONTEXT_KEYS`` replaced by the digest
        of its items in sorted order (the same set of items, the same digest)."""
        keys = UNORDERED_CONTEXT_KEYS.intersection(context)
        if not keys:
            return context
        plain = dict(context)
        for key in keys:
            items = plain[key]
            if isinstance(items, (list, tuple)):
                plain[key] = _digest("u", *sorted(self.value(item) for item in items))
        return plain


_MISSING = object()


class _SameAsAttribute:
    """Marks a metadata entry that is the object kept as the attribute of its name (``card``)."""

    __slots__ = ()

    def __repr__(self):
        return "<the attribute of this name>"


_SAME_AS_ATTRIBUTE = _SameAsAttribute()
# Types whose values never link to posts or pages (``_links_to_items``), exactly (not subclasses).
_LEAF_TYPES = frozenset({str, int, float, bool, type(None), datetime.datetime, datetime.date})
# What Pelican 4.12's paginator ``Page`` holds (``Fingerprints._page``).
_PAGE_ATTRIBUTES = frozenset({"full_name", "name", "extension", "base_name", "base_url", "object_list",
                              "number", "paginator", "settings"})


def page_digest(context_digest, template_name, name, relative_urls, variables_digest):
    """The digest stored for one written file."""
    return _digest("page", context_digest, template_name or "", name, repr(bool(relative_urls)),
                   variables_digest)


def files_digest(paths):
    """Digest of the bytes of ``paths`` (theme templates, our plugins' code)."""
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(paths):
        h.update(path.encode("utf-8", "surrogatepass"))
        with open(path, "rb") as handle:
            h.update(hashlib.blake2b(handle.read(), digest_size=16).digest())
    return h.hexdigest()

