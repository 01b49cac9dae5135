"""A post's or page's body as its reader made it (Pelican's ``Content._content``).

``item.content`` resolves ``{static}``/``{filename}`` links on first use and
memoizes the result; plugins that read or rewrite the body while the content
is read (photos, related_news) and ``invoke check`` must see it before that.
"""


def body_html(item):
    """The reader's HTML of ``item``'s body ("" when it has none)."""
    return getattr(item, "_content", None) or ""


def set_body_html(item, html):
    """Replace ``item``'s body before it is rendered (links are resolved later, as usual)."""
    item._content = html
