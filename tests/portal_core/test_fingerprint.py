"""Fingerprints of a listing's pages (issue 21): a page is digested as its
paginator and its number, so its posts are walked once per listing, not once
per page and neighbour — and the digest still follows every change of what
the page lists."""

from pelican.paginator import Page, Paginator

from portal_core.lifecycle.fingerprint import Fingerprints

SETTINGS = {"DEFAULT_ORPHANS": 0}


class Item:
    """Stands in for a post (the fingerprints take the class as a parameter)."""

    def __init__(self, title):
        self.title = title


class Wrapper:
    pass


def digest_of(page):
    return Fingerprints(Item, Wrapper, page_class=Page).value(page)


def pages(items, per_page=2):
    paginator = Paginator("tin-tuc/index.html", "tin-tuc/", items, SETTINGS, per_page)
    return [paginator.page(n) for n in paginator.page_range]


def test_each_page_of_a_listing_has_its_own_digest():
    items = [Item(f"Bài {n}") for n in range(5)]
    digests = [digest_of(page) for page in pages(items)]
    assert len(set(digests)) == 3


def test_a_post_added_or_retitled_changes_the_pages_that_show_it():
    items = [Item(f"Bài {n}") for n in range(4)]
    before = [digest_of(page) for page in pages(items)]
    added = [digest_of(page) for page in pages([Item("Bài mới")] + items)]
    assert added[0] != before[0] and added[1] != before[1]
    items[3].title = "Tiêu đề mới"
    retitled = [digest_of(page) for page in pages(items)]
    assert retitled[1] != before[1]


def test_a_page_whose_posts_are_not_its_paginators_slice_is_digested_by_its_posts():
    items = [Item(f"Bài {n}") for n in range(4)]
    paginator = Paginator("tin-tuc/index.html", "tin-tuc/", items, SETTINGS, 2)
    made = Page("tin-tuc/index.html", "tin-tuc/", [items[3], items[2]], 1, paginator, SETTINGS)
    other = Page("tin-tuc/index.html", "tin-tuc/", [items[1], items[2]], 1, paginator, SETTINGS)
    assert digest_of(made) != digest_of(other) != digest_of(paginator.page(1))


def context_digest(context, base):
    fingerprints = Fingerprints(Item, Wrapper, page_class=Page)
    return fingerprints.context(context, base, fingerprints.context(base))


def test_a_copied_context_is_digested_by_what_differs_from_its_base():
    # Pelican copies the shared context for each period archive and sets keys on the copy.
    shared = {"SITENAME": "Xã Hòa Phong", "articles": [Item("Bài 1"), Item("Bài 2")], "period": None}
    copy = dict(shared, period=(2025,), period_num=(2025,))
    other = dict(shared, period=(2024,), period_num=(2024,))
    assert context_digest(copy, shared) != context_digest(other, shared)
    assert context_digest(dict(copy), shared) == context_digest(copy, shared)
    # The same differences, whatever the order of the keys: the same digest.
    reordered = {"period_num": (2025,), **{k: v for k, v in copy.items() if k != "period_num"}}
    assert context_digest(reordered, shared) == context_digest(copy, shared)
    # A key the copy lacks, or a value replaced by an equal one that is another object.
    lacking = {k: v for k, v in shared.items() if k != "SITENAME"}
    assert context_digest(lacking, shared) != context_digest(dict(shared), shared)
    replaced = dict(shared, articles=[Item("Bài 1"), Item("Bài 3")])
    assert context_digest(replaced, shared) != context_digest(dict(shared), shared)


def test_a_context_copied_before_the_shared_one_grew_is_digested_by_what_differs():
    # Keys set on the shared context after the copy was made (a later generator's lists).
    shared = {"SITENAME": "Xã Hòa Phong", "articles": [Item("Bài 1")]}
    copy = dict(shared, period=(2025,))
    shared["pages"] = [Item("Giới thiệu")]
    grown = dict(shared)
    assert context_digest(copy, shared) != context_digest(dict(shared, period=(2025,)), grown)
    assert context_digest(copy, shared) == context_digest(
        {"period": (2025,), "articles": shared["articles"], "SITENAME": "Xã Hòa Phong"}, shared)
    assert context_digest(copy, shared) != context_digest(dict(copy, pages=[Item("Khác")]), shared)


def test_text_and_bytes_parts_digest_alike_and_every_part_counts():
    # Text parts are digested in one piece, parts holding bytes one by one: the same bytes
    # must give the same digest either way, and moving a separator must change it.
    from portal_core.lifecycle.fingerprint import _digest

    assert _digest("l", "Tiếng Việt", "x") == _digest("l", "Tiếng Việt".encode("utf-8"), "x")
    assert _digest("l", "ab", "c") != _digest("l", "a", "bc")
    assert _digest("l", "a") != _digest("l", "a", "")


def test_a_post_in_many_lists_has_one_digest_everywhere():
    # A post met again (in another list, or alone) is its card, whichever way it is reached.
    fingerprints = Fingerprints(Item, Wrapper, page_class=Page)
    first, second = Item("Họp dân"), Item("Tiêm phòng")
    alone = fingerprints.value(first)
    listed = fingerprints.value([first, second])
    assert fingerprints.value(first) == alone == fingerprints.card(first)
    assert fingerprints.value([first, second]) == listed
    assert Fingerprints(Item, Wrapper, page_class=Page).value([first, second]) == listed
    first.title = "Họp dân (sửa)"
    assert Fingerprints(Item, Wrapper, page_class=Page).value([first, second]) != listed


class Post(Item):
    """A post as Pelican makes one: each metadata entry is also an attribute."""

    def __init__(self, title, **metadata):
        super().__init__(title)
        self.metadata = {"title": title, **metadata}
        for name, value in metadata.items():
            setattr(self, name, value)


def card_of(item):
    return Fingerprints(Item, Wrapper).card(item)


def test_a_card_follows_a_metadata_entry_and_its_attribute_each_alone():
    # A card writes an entry that is its attribute once; an entry or an attribute
    # changed alone (a plugin sets one of them) still changes the card.
    post = Post("Ngày hội hiến máu", image="hien-mau.jpg")
    before = card_of(post)
    assert card_of(Post("Ngày hội hiến máu", image="hien-mau.jpg")) == before
    post.metadata["image"] = "hien-mau-2.jpg"
    entry_changed = card_of(post)
    post.metadata["image"] = post.image
    assert card_of(post) == before
    post.image = "hien-mau-2.jpg"
    attribute_changed = card_of(post)
    assert len({before, entry_changed, attribute_changed}) == 3
    post.metadata["image"] = post.image  # both changed, the same object again
    assert card_of(post) not in {before, entry_changed, attribute_changed}


def test_a_post_s_own_digest_follows_the_posts_it_lists_and_its_card_does_not():
    post, other = Post("Bài chính"), Post("Tin khác")
    post.other_news = [other]
    card, full = card_of(post), Fingerprints(Item, Wrapper).full(post)
    other.title = "Tin khác, tiêu đề mới"
    assert card_of(post) == card
    assert Fingerprints(Item, Wrapper).full(post) != full
    post.other_news = []
    assert Fingerprints(Item, Wrapper).full(post) != full
