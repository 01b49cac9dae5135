"""Importer of articles from the commune's old portals (a command-line tool, not a Pelican plugin).

`invoke import-legacy --source DIR --dest DIR` calls ``import_folder`` and prints
``format_report``; Pelican never loads this package, so it has no ``register``.

Pipeline, one pure step per module:
``decode.decode_bytes`` (any encoding -> NFC text) -> ``html_lines.html_to_lines``
(saved HTML -> article lines) -> ``extract.extract`` (lines -> ``LegacyArticle``,
helped by ``layout`` for rows, paragraph runs and the title, ``boilerplate`` for
page furniture, ``dates`` and ``fields`` for stamps, bylines and categories,
``procedures`` for an administrative procedure's record: its name and its fields)
-> ``write.to_markdown`` (front matter + Markdown body). ``write.import_folder``
is the only part that touches the file system; ``write.format_report`` words the
result for the officer in Vietnamese. ``review.doubts`` reads the finished article (once,
at the end of ``extract``: ``LegacyArticle.doubts``) for fields that look wrong (a title the text never uses, a first or last "paragraph" that
is a headline, a caption or a name): the report lists them under "CẦN XEM LẠI" and the
post carries them as YAML comments; they change no field.

Rule tables (stamp labels, toolbar and comment-box words, byline rules, category
aliases, lead length) are data in ``rules.toml``, read by ``rules.rules``.
Learned decisions (``roles``, weights in ``roles_model.json``, trained on the labelled real
pages by ``tests/bench/cv_legacy_import.py --write``): once the rules chose the body, a
furniture filter takes kept rows the model finds furniture back out (never a paragraph
of 12 words or more, a source credit, a cut-off last line or a short sentence closing the
text), and when the rules found no
byline a ranker may take a short row after the last paragraph as the writer's. A title
ranker is trained too but not shipped (``roles.use`` switches it on for measurements).
A file that is not a page (empty, binary, no letter) is reported as such by
``import_folder`` (action ``not_a_page``) and no post is written for it.

Settings read: none directly; the caller passes ``PORTAL_CATEGORIES`` from
pelicanconf.py as ``categories``.
Front matter written: ``title``, ``date`` (dd/mm/yyyy HH:MM), ``category`` (only a
configured one), ``author`` (``Ban Biên tập`` when no byline), ``legacy_url``,
``status``; YAML comments carry the generator's hash and the old category label.
Date policy: the publication date the page prints; when it prints none, the date
of the event its lead reports (with a year; never a date from menus or lists) with
the warning ``date_from_text``: the post stays a draft and the report asks the
officer to confirm it; otherwise no date (draft, ``no_date``).
"""

from .decode import decode_bytes
from .extract import Block, LegacyArticle, extract
from .html_lines import html_to_lines
from .write import ImportReport, LegacyImportError, PageReport, format_report, import_folder, to_markdown

__all__ = [
    "Block",
    "ImportReport",
    "LegacyArticle",
    "LegacyImportError",
    "PageReport",
    "decode_bytes",
    "extract",
    "format_report",
    "html_to_lines",
    "import_folder",
    "to_markdown",
]
