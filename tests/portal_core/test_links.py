"""Contract with Pelican for the intrasite-link shortcut (portal_core/lifecycle/links.py).

A body holding neither ``{`` nor ``|`` is given back as it is, with no static
link, without Pelican's scan; these tests pin that this is what Pelican 4.12's
own functions answer, on its real classes and settings, for bodies with and
without links, and that anything else still goes to Pelican.  A Pelican upgrade
that touches the functions read fails ``test_pelicans_link_functions_are_the_ones_read``.
"""

import copy
import datetime
import hashlib
import inspect

import pytest
from pelican.contents import Article, Content, Page
from pelican.settings import DEFAULT_CONFIG

from portal_core.lifecycle import links

# The source of the Pelican functions links.py relies on, as read when it was written (Pelican 4.12).
# When this changes: re-read them against links.py (which characters a link can start with, what
# a body without one gives), adapt links.py, then record the new digest here.
READ_SOURCE_DIGEST = "768a8357b0a37c85"


def _read_source():
    functions = {
        "Content._update_content": links.original("_update_content"),
        "Content.get_static_links": links.original("get_static_links"),
        "Content._get_intrasite_link_regex": links.original("_get_intrasite_link_regex"),
        "Content.get_content": Content.__dict__["get_content"].func,  # under Pelican's ``memoized``
    }
    text = "\n".join(f"{name}\n{inspect.getsource(function)}" for name, function in sorted(functions.items()))
    return text + "\nINTRASITE_LINK_REGEX " + DEFAULT_CONFIG["INTRASITE_LINK_REGEX"]


def test_pelicans_link_functions_are_the_ones_read():
    digest = hashlib.blake2b(_read_source().encode("utf-8"), digest_size=8).hexdigest()
    assert digest == READ_SOURCE_DIGEST, (
        "Pelican's intrasite link functions changed: re-read them against "
        "portal_core/lifecycle/links.py, then record the new digest " + digest)


BODIES = [
    "",
    "<p>Ủy ban MTTQ xã Hòa Phong trao 120 suất quà Tết.</p>",
    '<p><a href="https://mattran.vn/tin">Tin</a> <img src="/anh/a.jpg" alt="Quà Tết"></p>',
    '<p><a href="{filename}/posts/2024/bai.md">bài</a> và <img src="{static}/anh/a.jpg" alt="a"></p>',
    '<p><a href="|filename|/posts/2024/bai.md">bài cũ</a></p>',
    '<p><a href="{attach}/files/to-trinh.pdf">tờ trình</a></p>',
    "<p>Bảng: cột 1 | cột 2 và {ngoặc} trong chữ, không phải liên kết.</p>",
    '<p><a href="{tag}hộ nghèo">thẻ</a> <a href="{category}An sinh">mục</a></p>',
]


def _settings(tmp_path, **changes):
    settings = copy.deepcopy(DEFAULT_CONFIG)
    settings.update({"PATH": str(tmp_path), "SITEURL": "https://xa.vn", "DEFAULT_LANG": "vi"}, **changes)
    return settings


def _article(settings, body, tmp_path, cls=Article):
    return cls(body, metadata={"title": "Tin", "date": datetime.datetime(2024, 3, 5)},
               settings=settings, source_path=str(tmp_path / "posts" / "bai.md"),
               context={"generated_content": {}, "static_content": {}, "static_links": set(),
                        "localsiteurl": "", "filenames": {}})


def _answers(item):
    ours = (item.get_static_links(), item._update_content(item._content, "https://xa.vn"))
    pelicans = (links.original("get_static_links")(item),
                links.original("_update_content")(item, item._content, "https://xa.vn"))
    return ours, pelicans


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("pattern", [None, r"<<(?P<what>.*?)>>"])
def test_the_answers_are_pelicans(tmp_path, body, pattern):
    links.skip_linkless_bodies()
    changes = {} if pattern is None else {"INTRASITE_LINK_REGEX": pattern}
    for cls in (Article, Page):
        item = _article(_settings(tmp_path, **changes), body, tmp_path, cls)
        ours, pelicans = _answers(item)
        assert ours == pelicans, (cls.__name__, body)


def test_only_a_body_without_link_characters_with_pelicans_pattern_is_skipped(tmp_path):
    links.skip_linkless_bodies()
    settings = _settings(tmp_path)
    plain = _article(settings, BODIES[2], tmp_path)
    assert links.cannot_link(plain, plain._content)
    for body in BODIES[3:]:
        item = _article(settings, body, tmp_path)
        assert not links.cannot_link(item, item._content), body
    other = _article(_settings(tmp_path, INTRASITE_LINK_REGEX=r"<<(?P<what>.*?)>>"), BODIES[2], tmp_path)
    assert not links.cannot_link(other, other._content)

    class OwnPattern(Article):
        def _get_intrasite_link_regex(self):
            return super()._get_intrasite_link_regex()

    own = _article(settings, BODIES[2], tmp_path, OwnPattern)
    assert not links.cannot_link(own, own._content)


def test_a_static_link_is_still_found_and_resolved(tmp_path):
    links.skip_linkless_bodies()
    item = _article(_settings(tmp_path), BODIES[3], tmp_path)
    assert item.get_static_links() == links.original("get_static_links")(item) != set()
