"""Pure core of related news: one index per build, queried once per post.

Nothing here imports Pelican.  ``related_lists`` (``RelatedIndex`` then
``query_all``) takes plain ``Post`` records and a checked options dict and
returns plain keys, the editor's ``related`` choices first, so every rule is
unit-tested alone.  The model is Hugo's ``related`` package: weighted facets, an inverted
index built once, a threshold and a fixed order for ties.

Score of a candidate ``c`` for a post ``p``, each facet from 0 to 1, summed
with the facet weights and divided by their sum (so ``threshold`` stays on a
0..1 scale):

- tags: cosine of the two tag sets, each tag weighted by its inverse document
  frequency (a tag on a handful of posts says more than one on every post;
  a tag on one post only is left out: it can link nothing);
- category: 1 when both posts are in the same category;
- time: ``0.5 ** (days apart / half_life_days)``, alike for older and newer
  posts (follow-up news is what a reader of the first report wants next);
- text: cosine of TF-IDF vectors of Vietnamese syllables and syllable bigrams
  (NFC, lower case) of the title (counted ``title_boost`` times), the summary
  and the first ``body_syllables`` syllables of the body (news puts what it is
  about first).  Punctuation, and words holding digits, end a phrase: no
  bigram crosses them.  Never terms: the syllable bigrams of the boilerplate
  phrases (the syllable itself for a one-syllable phrase), terms on more than
  ``max_df`` of the posts ("very common") and terms on one post only (they
  link nothing).  Each post keeps its ``terms_per_post`` strongest terms.

Cost is linear in the number of posts.  Building: syllables are numbered once
per distinct word form, and a bigram is the number pair ``a * SHIFT + b``, so
counting runs in C (``Counter``, ``map``) without making a string per bigram.
Querying, in two stages.  Candidates: the posts in the capped postings lists
(the ``postings_cap`` strongest posts of each term) of the post's
``query_terms`` strongest terms, of which only those in the most lists go on,
and the ``2 * neighbours + 1`` posts nearest in time on each of its tags and
in its category.  They get a rough score (text: the share of those lists a
candidate is in), and the best ``count + 3`` the exact score.  A post is
listed only when it shares a tag or a text term (category and time alone
never suffice) and scores at least ``threshold``.  Ties: newer first, then by
key.  Posts are indexed in (date, key) order, so two builds of the same
content give the same lists.
"""

import bisect
import html
import math
import operator
import re
from array import array
from collections import Counter
from dataclasses import dataclass
from itertools import chain, compress, repeat

from vietnamese.vietnamese import nfc

SHIFT = 1 << 24  # syllable numbers stay below this; a bigram (a, b) is a * SHIFT + b
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"(\W*)([^\W\d_]+)(\W*)")  # one syllable with punctuation around it
_BREAK = "|"  # a token that is no syllable: ends a phrase
_LOG_TF = [0.0] + [1.0 + math.log(tf) for tf in range(1, 1024)]


@dataclass(frozen=True)
class Post:
    """What the index needs to know about one post."""

    key: str  # unique and stable between builds (the post's path under content/)
    slug: str
    title: str
    text: str = ""  # body as plain text (only its first ``body_syllables`` words are read)
    summary: str = ""
    tags: tuple = ()  # tag keys (slugs)
    category: str = ""
    timestamp: float = 0.0  # POSIX seconds
    related: tuple = ()  # slugs chosen by the editor, in order
    path: str = ""  # for problems
    line: int = 1  # line of ``related:`` in the file


@dataclass(frozen=True)
class Missing:
    """A slug in ``related:`` that names no published post."""

    key: str  # the post whose front matter names it
    slug: str
    reason: str  # "missing", "draft" or "ambiguous"
    others: tuple = ()  # keys of the posts an ambiguous slug names


def plain_text(markup, words=None):
    """Text of an HTML fragment: tags dropped, entities decoded; only its
    first ``words`` words when given (what the index reads of a body: then
    only the first ``40 * words`` characters of markup are looked at, room
    for the words and a figure or two)."""
    markup = markup or ""
    if words is not None:
        markup = markup[: 40 * words]
    text = html.unescape(_TAG.sub(" ", markup))
    if words is not None:
        text = " ".join(text.split(maxsplit=words)[:words])
    return text


class Words(dict):
    """Word form (as split on white space) -> number, numbering syllables on
    first sight.  Per word number: ``unigram`` (minus the syllable's number,
    0 for a break), ``left`` (syllable * SHIFT, 0 when a break follows) and
    ``right`` (syllable, 0 when a break precedes), so that a bigram key is
    ``left[a] + right[b]`` and is valid only when both parts are."""

    def __init__(self):
        super().__init__()
        self.syllables = {}
        self.unigram, self.left, self.right = [0], [0], [0]
        self[_BREAK] = 0

    def syllable(self, text):
        """Number of a syllable (lower-case NFC text), given on first sight."""
        number = self.syllables.get(text)
        if number is None:
            number = self.syllables[text] = len(self.syllables) + 1
            if number >= SHIFT:
                raise ValueError("related_news: too many different syllables")
        return number

    def __missing__(self, form):
        number = len(self.unigram)
        match = _WORD.fullmatch(form)
        if match is None:  # punctuation, digits, a word with a digit or a hyphen inside
            self.unigram.append(0)
            self.left.append(0)
            self.right.append(0)
        else:
            syllable = self.syllable(match.group(2))
            self.unigram.append(-syllable)
            self.left.append(0 if match.group(3) else syllable * SHIFT)
            self.right.append(0 if match.group(1) else syllable)
        self[form] = number
        return number


def is_valid_term(key):
    """Unigram keys are negative; a bigram key needs both syllables."""
    return key < 0 or (key >= SHIFT and key % SHIFT != 0)


def term_keys(words, parts):
    """Counter of term keys of the text ``parts`` (lists of word forms, each
    part ending a phrase)."""
    forms = []
    for part in parts:
        forms.extend(part)
        forms.append(_BREAK)
    numbers = list(map(words.__getitem__, forms))
    counts = Counter(chain(
        map(words.unigram.__getitem__, numbers),
        map(operator.add, map(words.left.__getitem__, numbers), map(words.right.__getitem__, numbers[1:])),
    ))
    counts.pop(0, None)
    return counts


def text_parts(post, title_boost, body_syllables):
    """Word forms of a post, title repeated ``title_boost`` times."""
    title = nfc(post.title).lower().split()
    body = nfc(post.text).lower().split(maxsplit=body_syllables)[:body_syllables]
    return [title] * title_boost + [nfc(post.summary).lower().split(), body]


def describe(words, key):
    """The text of a term key (for debugging and tests)."""
    names = {number: text for text, number in words.syllables.items()}
    if key < 0:
        return names[-key]
    return f"{names[key // SHIFT]} {names[key % SHIFT]}"


def boilerplate_terms(words, phrases):
    """Term keys that are never terms: bigrams of each phrase, or the
    syllable of a one-syllable phrase."""
    ignored = set()
    for phrase in phrases:
        syllables = [words.syllable(s) for s in re.findall(r"[^\W\d_]+", nfc(phrase).lower())]
        if len(syllables) == 1:
            ignored.add(-syllables[0])
        ignored.update(a * SHIFT + b for a, b in zip(syllables, syllables[1:]))
    return ignored


def _nearby(group, here, reach):
    """About ``2 * reach + 1`` posts of ``group`` (positions in time order)
    around position ``here``; the window slides at either end of the list so
    that the oldest and newest posts get as many candidates as the others."""
    size = 2 * reach + 1
    start = max(0, min(bisect.bisect_left(group, here) - reach, len(group) - size))
    return group[start: start + size]


def _order_key(post):
    return (post.timestamp, post.key)


class RelatedIndex:
    """Inverted indices over ``posts`` (the published posts), built once."""

    def __init__(self, posts, options, boilerplate=()):
        self.options = options
        self.posts = sorted(posts, key=_order_key)
        self.position = {post.key: i for i, post in enumerate(self.posts)}
        if len(self.position) != len(self.posts):
            raise ValueError("related_news: two posts have the same key")
        self._order_keys = [_order_key(p) for p in self.posts]
        self.times = [post.timestamp for post in self.posts]
        self.categories = [post.category for post in self.posts]
        weights = options["weights"]
        total = sum(weights.values())
        self.w_tags, self.w_cat, self.w_time, self.w_text = (
            weights[name] / total for name in ("tags", "category", "time", "text")
        )
        self.decay = math.log(2) / (options["half_life_days"] * 86400.0)
        self.words = Words()
        self.ignored = boilerplate_terms(self.words, boilerplate)
        self._build_tags()
        self._build_text()

    # --- building ---------------------------------------------------------

    def _build_tags(self):
        count = len(self.posts)
        df = Counter(tag for post in self.posts for tag in set(post.tags))
        # A tag on one post only can link nothing: left out, it cannot dilute the cosine either.
        self.tag_weight = {tag: math.log(1 + count / n) ** 2 for tag, n in df.items() if n >= 2}
        self.tag_postings, self.cat_postings = {}, {}
        for i, post in enumerate(self.posts):  # positions ascend: each list is in time order
            for tag in sorted(set(post.tags)):
                self.tag_postings.setdefault(tag, []).append(i)
            self.cat_postings.setdefault(post.category, []).append(i)
        self.tag_sets = [frozenset(post.tags) for post in self.posts]
        self.tag_norms = [self._tag_norm(tags) for tags in self.tag_sets]

    def _tag_norm(self, tags):
        return math.sqrt(sum(self.tag_weight.get(tag, 0.0) for tag in tags)) or 1.0

    def _terms(self, post):
        options = self.options
        return term_keys(self.words, text_parts(post, options["title_boost"], options["body_syllables"]))

    def _build_text(self):
        """Two passes: count terms and document frequencies, then keep each
        post's strongest terms and file them in capped postings lists."""
        counted, df = [], Counter()
        for post in self.posts:
            counts = self._terms(post)
            df.update(counts.keys())
            # Compact arrays: a few bytes per term instead of an int object each.
            # (Built from lists: converting from a dict view is slower.)
            counted.append((array("q", list(counts)), array("I", list(counts.values()))))
        count = len(self.posts)
        ceiling = max(2, self.options["max_df"] * count)  # a small site still links pairs
        ignored = self.ignored
        self.idf = {
            key: math.log(count / n)
            for key, n in df.items()
            if 2 <= n <= ceiling and key not in ignored and is_valid_term(key)
        }
        del df
        self.vectors = []
        postings = {}
        for i, (keys, tfs) in enumerate(counted):
            counted[i] = None  # free the counts as we go: they are most of the memory
            vector = self._vector(keys, tfs)
            self.vectors.append(vector)
            for key, weight in zip(*vector):
                postings.setdefault(key, []).append((weight, i))
        cap = self.options["postings_cap"]
        self.postings = {}
        for key, entries in postings.items():
            entries.sort(key=lambda entry: -entry[0])  # stable: equal weights stay in post order
            self.postings[key] = tuple(j for _, j in entries[:cap])

    def _vector(self, keys, tfs):
        """Unit TF-IDF vector ``(term keys, weights)`` of the strongest terms,
        strongest first (ties: smaller key first)."""
        keep = self.options["terms_per_post"]
        if tfs and max(tfs) >= len(_LOG_TF):
            tfs = list(map(min, tfs, repeat(len(_LOG_TF) - 1)))
        # map/compress/sort run in C: this is the hot loop of the build.
        weights = list(map(operator.mul, map(self.idf.get, keys, repeat(0.0)), map(_LOG_TF.__getitem__, tfs)))
        floor = sorted(weights)[-keep] if len(weights) > keep else 0.0
        chosen = list(map(operator.gt if floor <= 0.0 else operator.ge, weights, repeat(floor)))
        scored = sorted(zip(map(operator.neg, compress(weights, chosen)), compress(keys, chosen)))
        del scored[keep:]
        norm = math.sqrt(sum(w * w for w, _ in scored)) or 1.0
        return tuple(key for _, key in scored), tuple(-weight / norm for weight, _ in scored)

    # --- querying ---------------------------------------------------------

    def related_to(self, post, exclude=(), limit=None):
        """``[(score, key), ...]`` best first: posts of the index related to
        ``post`` (indexed or not, e.g. a draft), without ``post`` itself and
        the keys in ``exclude``, at or above the threshold."""
        options = self.options
        limit = options["count"] if limit is None else limit
        if limit <= 0 or not self.posts:
            return []
        here = self.position.get(post.key)
        if here is not None:
            vector, tags = self.vectors[here], self.tag_sets[here]
        else:  # not indexed (a draft): its terms weighed with the index's statistics
            counts = self._terms(post)
            vector = self._vector(array("q", counts.keys()), array("I", counts.values()))
            tags = frozenset(post.tags)
            here = bisect.bisect_left(self._order_keys, _order_key(post)) - 0.5
        skip = {self.position[key] for key in exclude if key in self.position}
        skip.add(here)

        # Stage 1: candidates and a rough score.  Text: in how many of the
        # capped postings of the query's strongest terms a post is (a count, so
        # that it runs in C); the exact cosine comes in stage 2.
        terms = vector[0][: options["query_terms"]]
        postings = self.postings
        text = Counter(chain.from_iterable(map(postings.get, terms, repeat(()))))
        best = limit + 3
        if len(text) > 3 * best:  # only the posts sharing the most terms go on (ties at the cut too)
            cut = sorted(text.values())[-3 * best]
            text = dict(compress(text.items(), map(operator.ge, text.values(), repeat(cut))))
        # Tags: the posts nearest in time on each tag (lists are in time order).
        reach = options["neighbours"]
        shared = {}
        for tag in sorted(tags):
            weight = self.tag_weight.get(tag, 0.0)
            for j in _nearby(self.tag_postings.get(tag, ()), here, reach):
                shared[j] = shared.get(j, 0.0) + weight
        candidates = set(_nearby(self.cat_postings.get(post.category, ()), here, reach))
        candidates.update(text, shared)
        candidates -= skip
        candidates = list(candidates)
        tag_norm = self._tag_norm(tags)
        rough = list(self._rough_scores(candidates, post, text, len(terms) or 1, shared, tag_norm))
        if len(rough) > best:  # keep the best few; ties at the cut are all kept
            cut = sorted(rough)[best - 1]
            candidates = list(compress(candidates, map(operator.le, rough, repeat(cut))))
        # Stage 2: exact text and tag cosines for the best few.
        exact = sorted(self._exact(post, dict(zip(*vector)), tags, tag_norm, candidates))
        threshold = options["threshold"]
        return [
            (-negative, self.posts[j].key)
            for negative, _, _, j, shares in exact if shares and -negative >= threshold
        ][:limit]

    def _rough_scores(self, candidates, post, text, terms, shared, tag_norm):
        """Minus the stage-1 score of each candidate, from the accumulators.

        Written as ``map`` over whole lists so that the loop runs in C: this is
        the inner loop of every query."""
        mul, add = operator.mul, operator.add
        text_part = map(mul, repeat(-self.w_text / terms), map(text.get, candidates, repeat(0)))
        tag_part = map(
            operator.truediv,
            map(mul, repeat(-self.w_tags / tag_norm), map(shared.get, candidates, repeat(0.0))),
            map(self.tag_norms.__getitem__, candidates),
        )
        same = map(operator.eq, map(self.categories.__getitem__, candidates), repeat(post.category))
        cat_part = map(mul, repeat(-self.w_cat), same)
        gaps = map(abs, map(operator.sub, map(self.times.__getitem__, candidates), repeat(post.timestamp)))
        time_part = map(mul, repeat(-self.w_time), map(math.exp, map(mul, repeat(-self.decay), gaps)))
        return map(add, map(add, text_part, tag_part), map(add, cat_part, time_part))

    def _exact(self, post, query, tags, tag_norm, candidates):
        """Sort keys of the candidates: (minus score, minus date, key, position,
        whether it shares a tag or a term: category and time alone never do)."""
        mul, get = operator.mul, query.get
        w_text, w_tags, w_cat, w_time = self.w_text, self.w_tags / tag_norm, self.w_cat, self.w_time
        decay, when, category = self.decay, post.timestamp, post.category
        keys = []
        for j in candidates:
            other_keys, other_weights = self.vectors[j]
            cosine = sum(map(mul, map(get, other_keys, repeat(0.0)), other_weights))
            shared = sum(map(self.tag_weight.get, tags & self.tag_sets[j], repeat(0.0)))
            score = (
                w_text * cosine
                + w_tags * shared / self.tag_norms[j]
                + (w_cat if self.categories[j] == category else 0.0)
                + w_time * math.exp(-decay * abs(self.times[j] - when))
            )
            score = round(score, 9)  # equal scores must compare equal, whatever the float noise
            keys.append((-score, -self.times[j], self.posts[j].key, j, cosine > 0.0 or shared > 0.0))
        return keys


def resolve_explicit(posts, drafts=()):
    """Map each post's ``related`` slugs to keys of published posts.

    Returns ``(explicit, missing)``: ``explicit`` maps a key to the keys its
    editor chose (in order, without repeats or the post itself), ``missing``
    lists ``Missing`` records for slugs that name no published post, a draft,
    or several posts.
    """
    by_slug = {}
    for post in sorted(posts, key=_order_key):
        by_slug.setdefault(post.slug, []).append(post.key)
    draft_slugs = {draft.slug for draft in drafts}
    explicit, missing = {}, []
    for post in sorted(list(posts) + list(drafts), key=lambda p: (p.path, p.key)):
        chosen = []
        for slug in post.related:
            keys = by_slug.get(slug, [])
            if len(keys) > 1:
                missing.append(Missing(post.key, slug, "ambiguous", tuple(keys)))
            elif not keys:
                missing.append(Missing(post.key, slug, "draft" if slug in draft_slugs else "missing"))
            elif keys[0] != post.key and keys[0] not in chosen:
                chosen.append(keys[0])
        explicit[post.key] = chosen
    return explicit, missing


def related_lists(posts, options, drafts=(), boilerplate=()):
    """Pure core: the "Tin liên quan" list of every post and draft.

    Returns ``(lists, missing, index)``: ``lists`` maps each key to at most
    ``count`` keys of published posts, the editor's choices first, in their
    order, then the best-scoring posts; ``missing`` as in ``resolve_explicit``.
    """
    index = RelatedIndex(posts, options, boilerplate)
    lists, missing = query_all(index, drafts)
    return lists, missing, index


def query_all(index, drafts=()):
    """``(lists, missing)`` of ``related_lists`` from a built index: one query per post."""
    explicit, missing = resolve_explicit(index.posts, drafts)
    count = index.options["count"]
    lists = {}
    for post in chain(index.posts, sorted(drafts, key=_order_key)):
        chosen = explicit.get(post.key, [])[:count]
        found = index.related_to(post, exclude=chosen, limit=count - len(chosen))
        lists[post.key] = chosen + [key for _, key in found]
    return lists, missing
