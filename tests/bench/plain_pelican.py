"""Plain Pelican 4.12, as it ships, as the reference for ``bench_build.py``.

``convert(source, dest)`` rewrites a ``corpus.py`` content folder (YAML front
matter, ``dd/mm/yyyy HH:MM`` dates) as Pelican-native Markdown metadata
(``Title:``, ``Date: YYYY-MM-DD HH:MM``, ``Category:``, ``Tags:`` comma
separated, ``Author:``, ``Slug:``, ``Summary:``) with the identical body, which
Pelican's default Markdown reader (its ``meta`` extension) reads without any
plugin.  ``related:`` has no meaning to plain Pelican and is dropped.

``build_once(content, output, cache, cached)`` runs Pelican with its defaults:
the default theme (notmyidea), Pelican's default feeds, no pagination, only
what a Vietnamese site must say (``TIMEZONE``, ``DEFAULT_LANG``) and
``SITEURL = ""`` changed; ``cached`` turns on its content cache
(``CACHE_CONTENT``, ``LOAD_CONTENT_CACHE``) in ``cache``.

    python tests/bench/plain_pelican.py convert SOURCE DEST
    python tests/bench/plain_pelican.py build CONTENT OUTPUT CACHE [--cached]
"""

import argparse
import datetime as dt
import shutil
from pathlib import Path

import yaml

# Pelican's own settings we change: the language, the time zone and the address.
OVERRIDES = {"TIMEZONE": "Asia/Ho_Chi_Minh", "DEFAULT_LANG": "vi", "SITEURL": ""}


class CorpusError(ValueError):
    """A corpus post that cannot be converted (names the file and what is wrong)."""


def _front_matter(path):
    """(metadata dict, body) of a post with YAML front matter between '---' lines."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise CorpusError(f"{path}: no front matter (the file must start with '---')")
    end = text.find("\n---\n", 4)
    if end < 0:
        raise CorpusError(f"{path}: front matter not closed by a '---' line")
    meta = yaml.safe_load(text[4:end]) or {}
    return meta, text[end + len("\n---\n"):]


def _one_line(value, path, key):
    value = str(value)
    if "\n" in value:
        raise CorpusError(f"{path}: {key} spans several lines; Pelican's 'Key: value' needs one line")
    return value


def native_text(meta, body, path="post"):
    """The post as Pelican-native Markdown: 'Key: value' lines, a blank line, the body."""
    date = dt.datetime.strptime(str(meta["date"]), "%d/%m/%Y %H:%M")
    tags = meta.get("tags") or []
    if any("," in tag for tag in tags):
        raise CorpusError(f"{path}: a tag contains a comma, which Pelican's Tags: line would split")
    lines = [
        f"Title: {_one_line(meta['title'], path, 'title')}",
        f"Date: {date:%Y-%m-%d %H:%M}",
        f"Category: {meta['category']}",
        f"Tags: {', '.join(tags)}",
        f"Author: {meta['author']}",
        f"Slug: {meta['slug']}",
    ]
    if meta.get("summary"):
        lines.append(f"Summary: {_one_line(meta['summary'], path, 'summary')}")
    return "\n".join(lines) + "\n\n" + body.lstrip("\n")


def convert(source, dest):
    """Write every post of ``source/posts`` under ``dest/posts`` (same relative
    paths; ``dest`` is emptied first); return ``{relative path: front matter}``."""
    source, dest = Path(source), Path(dest)
    shutil.rmtree(dest, ignore_errors=True)
    (dest / "pages").mkdir(parents=True)
    posts = {}
    for path in sorted((source / "posts").rglob("*.md")):
        rel = path.relative_to(source)
        meta, body = _front_matter(path)
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(native_text(meta, body, path), encoding="utf-8")
        posts[rel.as_posix()] = meta
    return posts


def settings(content, output, cache, cached=False):
    """Pelican's default settings with ``OVERRIDES`` and these folders."""
    from pelican.settings import read_settings

    return read_settings(None, override={
        **OVERRIDES, "PATH": str(content), "OUTPUT_PATH": str(output), "CACHE_PATH": str(cache),
        "CACHE_CONTENT": cached, "LOAD_CONTENT_CACHE": cached,
    })


def article_path(output, slug):
    """Where plain Pelican writes the article with this slug (ARTICLE_SAVE_AS)."""
    return Path(output) / f"{slug}.html"


def build_once(content, output, cache, cached=False):
    """One plain Pelican build in this process."""
    import logging

    from pelican import Pelican

    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    Pelican(settings(content, output, cache, cached)).run()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    to_native = verbs.add_parser("convert", help="rewrite a corpus with Pelican-native metadata")
    to_native.add_argument("source")
    to_native.add_argument("dest")
    build = verbs.add_parser("build", help="one plain Pelican build")
    build.add_argument("content")
    build.add_argument("output")
    build.add_argument("cache")
    build.add_argument("--cached", action="store_true", help="turn on Pelican's content cache")
    args = parser.parse_args(argv)
    if args.verb == "convert":
        posts = convert(args.source, args.dest)
        print(f"{len(posts)} posts written to {Path(args.dest) / 'posts'}")
    else:
        build_once(args.content, args.output, args.cache, args.cached)


if __name__ == "__main__":
    main()
