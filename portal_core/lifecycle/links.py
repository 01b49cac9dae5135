"""Pelican's intrasite links resolved only in bodies that can hold one (Pelican 4.12's ``Content``).

Pelican resolves ``{static}``/``{filename}``/``{attach}`` links by running a
regular expression over the whole body: at reading (``get_static_links``,
for every post), then at its first ``content`` of the build (memoised per
object: the search index's records ask for every post's).  At 10,000 posts
that is some 20,000 scans of every tag of every body per build (about 0.3 CPU
s), nearly all of them finding nothing.

With Pelican's own ``INTRASITE_LINK_REGEX`` (``[{|](?P<what>.*?)[|}]``) a
link starts with ``{`` or ``|``: a body holding neither character has none,
so ``skip_linkless_bodies()`` (once per process, from the page_writer
plugin) makes ``_update_content`` give such a body back as it is and
``get_static_links`` give no link, which is what the scan finds.  Any other
body, another ``INTRASITE_LINK_REGEX``, or a class with its own link pattern
goes to Pelican as before.  Nothing is kept: the answer depends on the body
alone, each time.

``tests/portal_core/test_links.py`` pins this: the same answers as Pelican's on
bodies with and without links and with another pattern, and the source of the
Pelican functions read here as it was when this was written.
"""

_ORIGINALS = {}  # Pelican's own functions, kept once per process (the patch is installed once)
# Pelican 4.12's default INTRASITE_LINK_REGEX: every link it matches starts with "{" or "|".
DEFAULT_PATTERN = "[{|](?P<what>.*?)[|}]"


def skip_linkless_bodies():
    """Install the shortcut on Pelican's ``Content`` (idempotent)."""
    from pelican.contents import Content

    if _ORIGINALS:
        return
    _ORIGINALS["_update_content"] = Content._update_content
    _ORIGINALS["get_static_links"] = Content.get_static_links
    _ORIGINALS["_get_intrasite_link_regex"] = Content._get_intrasite_link_regex
    Content._update_content = _update_content
    Content.get_static_links = _get_static_links


def original(name):
    """Pelican's own function ``name`` (for the contract test), whether or not the shortcut is installed."""
    from pelican.contents import Content

    return _ORIGINALS.get(name) or getattr(Content, name)


def cannot_link(item, text):
    """True when ``text`` (a body of ``item``) can hold no intrasite link."""
    if not isinstance(text, str) or "{" in text or "|" in text:
        return False
    if type(item)._get_intrasite_link_regex is not _ORIGINALS["_get_intrasite_link_regex"]:
        return False
    return item.settings.get("INTRASITE_LINK_REGEX") == DEFAULT_PATTERN


def _update_content(self, content, siteurl):
    if content and cannot_link(self, content):
        return content
    return _ORIGINALS["_update_content"](self, content, siteurl)


def _get_static_links(self):
    if cannot_link(self, self._content):
        return set()
    return _ORIGINALS["get_static_links"](self)
