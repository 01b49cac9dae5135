"""What the importer's rule tests share: the portal's categories and one invented page
imported as the officer gets it (the Markdown file's front matter and body)."""

import yaml

from portal_tools.legacy_import import extract, to_markdown

CATEGORIES = ["Hoạt động Mặt trận", "Đại đoàn kết", "An sinh xã hội", "Thông báo"]


def imported(text: str, legacy_url: str | None = None):
    """``(article, front matter, Markdown body)`` of the page ``text`` (lines joined by newlines),
    saved from ``legacy_url`` when given."""
    article = extract(text.split("\n"), CATEGORIES, legacy_url=legacy_url)
    markdown = to_markdown(article, categories=CATEGORIES)
    _, front, body = markdown.split("---\n", 2)
    return article, yaml.safe_load(front), body
