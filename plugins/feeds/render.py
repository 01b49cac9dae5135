"""Rendering one feed with feedgen: pure functions from plain data to bytes.

``render(channel, items, fmt, updated)`` writes RSS 2.0 or Atom;
``render_within`` drops the oldest items until the feed fits a byte limit.
Items are the dicts made by ``feeds.post_item``.  feedgen 1.0.0 drops ``rel``,
``type`` and ``length`` from Atom entry links (lkiesow/python-feedgen#135,
unfixed) and ties atom:id to the RSS guid: ``_Entry`` puts both right.
"""

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator

FORMATS = {"rss": ("application/rss+xml", "RSS"), "atom": ("application/atom+xml", "Atom")}


class _Entry(FeedEntry):
    """A feedgen entry whose Atom form keeps its own id and its links' ``rel``,
    ``type`` and ``length`` (feedgen 1.0.0 writes only ``href``, issue #135,
    and always makes atom:id the RSS guid)."""

    def __init__(self, atom_id):
        super().__init__()
        self.atom_id = atom_id

    def atom_entry(self, extensions=True):
        element = super().atom_entry(extensions)
        element.find("id").text = self.atom_id
        for node, link in zip(element.findall("link"), self.link() or [], strict=True):
            for key in ("rel", "type", "hreflang", "title", "length"):
                if link.get(key):
                    node.set(key, str(link[key]))
        return element


def _add_entry(feed, item):
    entry = feed.add_entry(_Entry(item["id"]), order="append")  # add first: it loads the dc extension
    entry.title(item["title"])
    entry.guid(item["url"], permalink=True)
    entry.link(href=item["url"], rel="alternate", type="text/html")
    entry.published(item["published"])
    entry.updated(item["updated"])
    for name in item["authors"]:
        entry.author(name=name)
        entry.dc.dc_creator(name)
    entry.category([{"term": name, "label": name} for name in item["categories"]])
    entry.summary(item["summary"])
    entry.content(item["content"], type="html")
    if item["enclosure"]:
        enclosure = item["enclosure"]
        entry.enclosure(enclosure["url"], str(enclosure["length"]), enclosure["type"])


def render(channel, items, fmt, updated):
    """Pure core: the bytes of one feed, ``fmt`` "rss" or "atom".

    ``channel``: ``title``, ``description``, ``language``, ``publisher``,
    ``email`` (may be empty), ``page`` (absolute URL of the HTML page),
    ``urls`` (absolute URL of each format).  ``items``: dicts made by
    ``post_item``.  ``updated``: the channel's date (never the build time).
    """
    feed = FeedGenerator()
    feed.load_extension("dc", atom=False, rss=True)  # dc:creator: author names in RSS
    feed.id(channel["urls"]["atom"])
    feed.title(channel["title"])
    feed.description(channel["description"])  # RSS description and Atom subtitle
    feed.language(channel["language"])
    # feedgen makes the last link the RSS <link>: the HTML page goes last.
    feed.link([{"href": channel["urls"][fmt], "rel": "self", "type": FORMATS[fmt][0]},
               {"href": channel["page"], "rel": "alternate", "type": "text/html"}])
    feed.author({"name": channel["publisher"]})
    if channel["email"]:
        feed.managingEditor(f"{channel['email']} ({channel['publisher']})")
    feed.generator("Cổng tin")  # fixed: no feedgen version that would change the bytes
    feed.updated(updated)  # atom:updated and lastBuildDate
    for item in items:
        _add_entry(feed, item)
    if fmt == "rss":
        return feed.rss_str(pretty=True)
    return feed.atom_str(pretty=True)


def render_within(channel, items, fmt, max_bytes):
    """The feed with as many of ``items`` (newest first) as fit in
    ``max_bytes``, dropping from the end: ``(bytes, number of items kept)``."""

    def build(count):
        kept = items[:count] or items  # an empty feed still carries its newest date
        return render(channel, items[:count], fmt, max((i["updated"] for i in kept), default=channel["updated"]))

    data = build(len(items))
    if len(data) <= max_bytes:
        return data, len(items)
    best, low, high = None, 0, len(items) - 1
    while low <= high:  # sizes grow with the count: binary search, ~6 renders for 50 items
        middle = (low + high) // 2
        candidate = build(middle)
        if len(candidate) <= max_bytes:
            best, low = (candidate, middle), middle + 1
        else:
            high = middle - 1
    return best or (build(0), 0)
