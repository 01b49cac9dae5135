"""Quality of "Tin liên quan": the index against an editor's labels, and on a corpus.

1. Builds the demo content (``content/`` with ``pelicanconf.py``, related_news
   on) and compares, for every post in ``tests/fixtures/related/labels.yaml``
   (post slug -> the 3 posts a careful editor calls related), the index's top
   5 with the labels: precision@5 (hits / 5; at most 0.6 with 3 labels) and
   recall@5 (hits / 3).  The index is asked without the editors' own
   ``related:`` lines, so the figures are the index's alone; the lists as
   published (``related:`` first) are scored too.
2. Builds a generated corpus (``corpus.py``) and reports the share of listed
   posts that share a tag or the category with the post, and the share that
   are of the same generated topic.

    python tests/bench/related_quality.py [--corpus 1000] [--show]
"""

import argparse
import logging
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LABELS = ROOT / "tests" / "fixtures" / "related" / "labels.yaml"


def build(content, output, **overrides):
    """Build ``content`` with related_news on; return the published articles."""
    import runpy

    from pelican import Pelican, signals
    from pelican.generators import ArticlesGenerator
    from pelican.settings import read_settings

    plugins = [p for p in runpy.run_path(str(ROOT / "pelicanconf.py"))["PLUGINS"] if p != "related_news"]
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={"PATH": str(content), "OUTPUT_PATH": str(output), "THEME": str(ROOT / "theme"),
                  "PLUGIN_PATHS": [str(ROOT / "plugins")], "PLUGINS": plugins + ["related_news"],
                  "CACHE_PATH": str(Path(output) / ".cache"), **overrides},
    )
    found = []

    def capture(generators):
        found.extend(g for g in generators if isinstance(g, ArticlesGenerator))

    signals.all_generators_finalized.connect(capture)
    try:
        Pelican(settings).run()
    finally:
        signals.all_generators_finalized.disconnect(capture)
    return list(found[0].articles), settings


def index_lists(articles, settings):
    """slug -> related slugs from the index alone (editors' ``related:`` ignored)."""
    from dataclasses import replace

    from related_news.index import related_lists
    from related_news.related_news import _IDENTITY, _record, load_options

    options = load_options(settings)
    phrases = options["boilerplate"] + [settings.get(name) or "" for name in _IDENTITY]
    records = [replace(_record(a, a.relative_source_path, options), related=()) for a in articles]
    lists, _, _ = related_lists(records, options, boilerplate=[p for p in phrases if p.strip()])
    slug_of = {a.relative_source_path: a.slug for a in articles}
    return {slug_of[key]: [slug_of[k] for k in keys] for key, keys in lists.items()}


def score(lists, labels, k=5):
    hits = {slug: len(set(lists.get(slug, [])[:k]) & set(related)) for slug, related in labels.items()}
    precision = sum(hits.values()) / (k * len(labels))
    recall = sum(hits[slug] / len(related) for slug, related in labels.items()) / len(labels)
    listed = sum(min(k, len(lists.get(slug, []))) for slug in labels)
    return precision, recall, sum(hits.values()) / listed if listed else 0.0, hits


def labelled_set(show):
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        articles, settings = build(ROOT / "content", Path(tmp) / "out")
    by_slug = {a.slug: a for a in articles}
    unknown = sorted({s for slug, rel in labels.items() for s in [slug, *rel] if s not in by_slug})
    if unknown:
        raise SystemExit(f"labels.yaml names slugs that are not published posts: {unknown}")
    index = index_lists(articles, settings)
    published = {a.slug: [p.slug for p in a.related_news] for a in articles}
    print(f"Labelled set: {len(labels)} posts of {len(articles)} published, 3 related each")
    for name, lists in (("index alone", index), ("as published", published)):
        precision, recall, of_listed, _ = score(lists, labels)
        print(f"  {name:13} precision@5 {precision:.3f} (max 0.600)  recall@5 {recall:.3f}  "
              f"hits / listed {of_listed:.3f}")
    if show:
        _, _, _, hits = score(index, labels)
        for slug in sorted(labels):
            print(f"\n{slug}  [{hits[slug]}/3]  {by_slug[slug].date:%d/%m/%Y}")
            for other in index.get(slug, []):
                mark = "*" if other in labels[slug] else " "
                print(f"   {mark} {other}  {by_slug[other].date:%d/%m/%Y}")
            for missed in labels[slug]:
                if missed not in index.get(slug, [])[:5]:
                    print(f"   - missed {missed}")


def generated_corpus(n):
    from corpus import generate

    with tempfile.TemporaryDirectory() as tmp:
        topics = generate(Path(tmp) / "content", n)
        articles, _ = build(Path(tmp) / "content", Path(tmp) / "out")
    topic_of = {a.url: topics[str(Path(a.source_path).relative_to(Path(tmp) / "content" / "posts"))]
                for a in articles}
    listed = shared = same_topic = empty = 0
    for article in articles:
        tags = {t.slug for t in article.tags}
        if not article.related_news:
            empty += 1
        for other in article.related_news:
            listed += 1
            shared += bool(tags & {t.slug for t in other.tags}) or other.category == article.category
            same_topic += topic_of[other.url] == topic_of[article.url]
    print(f"Generated corpus: {len(articles)} posts, {listed} listed "
          f"({listed / len(articles):.2f} per post, {empty} posts with none)")
    print(f"  share of listed posts sharing a tag or the category: {shared / listed:.3f}")
    print(f"  share of listed posts of the same generated topic:   {same_topic / listed:.3f}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=int, default=1000, help="size of the generated corpus (0: skip)")
    parser.add_argument("--show", action="store_true", help="print each labelled post's list")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    labelled_set(args.show)
    if args.corpus:
        generated_corpus(args.corpus)


if __name__ == "__main__":
    main()
