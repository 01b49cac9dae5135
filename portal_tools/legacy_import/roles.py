"""A learned line-role model: title, furniture and byline decisions (issue 19).

The hand rules of ``layout.title_score`` weigh a row's shapes (heading mark, a copy of
it, a stamp beside it, its length, its ending...) with weights chosen one failure at a
time. Here the same shapes, and a few more, are *features* of each candidate row, and
their weights are learned from the labelled real pages (tests/fixtures/legacy/real/)
by a small softmax ranker: a linear score per candidate, the candidate with the highest
score is the title. One extra candidate, "no title", stands for a page whose stored
text prints none (its features describe the page: how good the best row looks).

Roles are derived from the labels (``row_roles``): a row is the ``title`` when its title
text (``layout.title_text``) is the label's title; ``date`` when it is a stamp whose day
is the label's printed date; ``byline`` when it holds the label's author; ``body`` from
the row that starts with the label's first paragraph to the one that starts with its
last; ``furniture`` when it holds an ``absent`` string, or lies outside that span.

Three decisions are learned:

- ``title``: the softmax ranker above, over ``layout.title_candidates``, the body's first
  row and "no title". Not shipped: it does no better than the rules' ``title_score``.
- ``furniture``: a logistic model over the content rows from the first paragraph on (the
  row's shape: length, ending, capitals, accents, toolbar words, symbols, long tokens,
  repetition on the page; its place: paragraphs before and after it, the page's last line).
  It is trained on the rows whose role the labels give, and applied to the rows the rules
  kept: one it finds furniture more likely than not leaves the body, unless it is protected
  (``_protected``, a cut-off last line, or a short sentence closing the text: ``closing_sentence``).
- ``byline``: when the rules found no writer, a ranker over the short rows just after the
  last paragraph and "nobody" (the row's name shape, labels, what follows it); the name is
  cut from the row (``byline_name``). Never a box's heading or English widget words.

Pure Python, no dependency: ``train``/``train_binary`` are deterministic (fixed seed, fixed
epochs), the weights are a JSON file beside this module (``roles_model.json``) written by
``tests/bench/cv_legacy_import.py --write``, whose ``shipped`` list names the decisions the
importer takes by default (furniture and byline); ``use`` switches decisions on or off
for measurements (tests/bench/cv_legacy_import.py, cv_legacy_history.py).
"""

from __future__ import annotations

import json
import math
import random
import re
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from . import boilerplate as bp
from .dates import find_dates, has_edge_date, strip_dates
from .decode import fold
from .fields import (
    CREDIT_LABEL,
    addresses_someone,
    bare_byline,
    cut_before_a_name,
    cut_inside_its_last_word,
    cut_to_a_letter,
    ends_sentence,
    foreign_words,
    honoured_with_post,
    is_caption,
    is_cms_account,
    is_person_name,
    is_roman_heading,
    is_section_label,
    section_words_only,
    is_source_credit,
    is_unit_name,
    looks_like_label,
    names_person_with_role,
    opens_with_units_abbreviation,
    organisation_signature,
    parse_byline,
    place_name,
    several_writers,
    slashed_writers,
    vietnamese_syllable,
    without_degree,
    words,
)
from .layout import (
    _SAPO_OPENER,
    _SOURCE_TAG,
    ITEM_NUMBER,
    NUMBERED,
    _stamped_by_counter,
    bracketed,
    bracketed_caption,
    dated_bare_byline,
    long_paragraph,
    neighbour,
    over_box_headings,
    over_contact_lines,
    signed_with_unit,
    text_key,
    title_candidates,
    title_keys,
    title_text,
    typed_copy,
)

MODEL_FILE = Path(__file__).with_name("roles_model.json")
NONE = -1   # the "no title" candidate

_SHIPPED = object()    # the decisions roles_model.json lists under "shipped"
_active = _SHIPPED


def active(decision: str) -> dict | None:
    """The weights of ``decision`` ("title", "furniture") when its model is switched on, else None."""
    model = shipped() if _active is _SHIPPED else _active
    return (model or {}).get(decision)


@cache
def shipped() -> dict:
    """The decisions the importer takes with the model by default (``"shipped"`` in the file)."""
    if not MODEL_FILE.exists():
        return {}
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return {key: data[key] for key in data.get("shipped", [])}


@contextmanager
def use(model: dict | None):
    """Decide with ``model`` inside the block: it maps a decision ("title", "furniture") to its
    weights (``load()`` reads them all from the file); a decision left out, or every one with
    ``use(None)``, stays with the rules."""
    global _active
    previous, _active = _active, model
    try:
        yield
    finally:
        _active = previous


def load(path: Path = MODEL_FILE) -> dict:
    """Every decision's weights in the file, shipped or not."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: data[key] for key in ("title", "furniture", "byline") if key in data}


# -- features ---------------------------------------------------------------

def _tokens(text: str) -> set[str]:
    return set(text_key(text).split())


def candidate_set(rows, body) -> list[int]:
    """Rows the title may be: the rules' candidates above the body, the body's first row
    (a long title printed like a paragraph) and ``NONE``."""
    body_start = body[0] if body else None
    cands = list(title_candidates(rows, body_start))
    if body and len(body) >= 2 and body[0] not in cands and words(rows[body[0]].text) <= 60:
        cands.append(body[0])
    return cands + [NONE]


def _lead_tokens(rows, body) -> set[str]:
    out: set[str] = set()
    for i in (body or [])[:3]:
        out |= _tokens(rows[i].text)
    return out


def candidate_features(rows, body, cands: list[int]) -> list[dict[str, float]]:
    """One feature dict per candidate of ``candidate_set`` (same order)."""
    body_start = body[0] if body else None
    limit = body_start if body_start is not None else len(rows)
    keys = title_keys(rows, limit)
    lead = _lead_tokens(rows, body)
    real = [i for i in cands if i != NONE]
    feats = []
    for rank, i in enumerate(cands):
        if i == NONE:
            feats.append(None)
            continue
        feats.append(_row_features(rows, i, body, body_start, keys, lead, len(real) - 1 - rank))
    # the "no title" candidate: how good the page's best rows look
    none = {"none:bias": 1.0, "none:candidates": min(len(real), 15) / 15}
    for name in ("h1", "dup", "date_below", "date_edge", "len_6_40", "lead_overlap"):
        none[f"none:max_{name}"] = max((f.get(name, 0.0) for f in feats if f), default=0.0)
    feats[-1] = none
    return feats


def _row_features(rows, i, body, body_start, keys, lead, from_bottom) -> dict[str, float]:
    row = rows[i]
    text = strip_dates(row.text) or row.text
    n = words(text)
    stripped = text.rstrip()
    f: dict[str, float] = {"bias": 1.0}

    def on(name, value=True):
        if value:
            f[name] = 1.0 if value is True else float(value)

    on("h1", row.mark == "h1")
    on("h2", row.mark == "h2")
    on("li", row.mark == "li")
    dups = len(keys.get(text_key(text), [])) - 1
    on("dup", dups > 0)
    edge = has_edge_date(row.text)
    on("date_edge", edge and not is_section_label(text))
    on("date_edge_label", edge and is_section_label(text))
    below = neighbour(rows, i, 1)
    above = neighbour(rows, i, -1)
    on("date_below", below is not None and rows[below].date is not None)
    on("counter_below", _stamped_by_counter(rows, i))
    on("date_above", above is not None and rows[above].date is not None)
    on("byline_below", below is not None and rows[below].byline is not None)
    on("crumb_above", above is not None and rows[above].kind == bp.BREADCRUMB)
    on("label_above", above is not None and rows[above].content and bp.is_upper_line(rows[above].text)
       and words(rows[above].text) <= 6)
    on("furniture_above", above is None or rows[above].kind is not None)
    on("furniture_below", below is not None and rows[below].kind is not None)
    on("len_lt4", n < 4)
    on("len_4_5", 4 <= n < 6)
    on("len_6_40", 6 <= n <= 40)
    on("len_gt40", n > 40)
    on("len_log", math.log(1 + n) / 4)
    on("ends_stop", stripped.endswith(".") and not stripped.endswith("..."))
    on("ends_ellipsis", stripped.endswith(("...", "…")))
    on("ends_punct", stripped.endswith((":", ",", ";")))
    on("ends_sentence", ends_sentence(text))
    on("ends_quote_or_bracket", stripped.endswith(("”", '"', ")")))
    commas = text.count(",")
    on("commas2", commas >= 2)
    on("commas4", commas >= 4)
    on("numbered", row.mark == "li" or bool(NUMBERED.match(text)) or is_roman_heading(text))
    on("caption_shape", is_caption(text))
    on("person_name", is_person_name(text))
    on("person_role", names_person_with_role(text))
    on("byline_shape", bool(dated_bare_byline(row.text)) or bool(signed_with_unit(text)))
    on("byline_shape_below", below is not None and rows[below].content and bool(dated_bare_byline(rows[below].text)))
    on("upper", bp.is_upper_line(text))
    on("upper_short", bp.is_upper_line(text) and n <= 6)
    on("section_label", is_section_label(text))
    on("label_shape", looks_like_label(text))
    on("source_tag", bool(_SOURCE_TAG.match(text)))
    on("sapo_opener", bool(_SAPO_OPENER.match(fold(text))) and "," in " ".join(text.split()[:12]))
    on("first_of_body", body is not None and i == body_start)
    on("body_like", row.body_like)
    on("no_body", body_start is None)
    between = sum(1 for r in rows[i + 1:body_start] if r.content) if body_start is not None else 0
    on("between", min(between, 20) / 10)
    on("nearest", from_bottom == 0)
    on("second_nearest", from_bottom == 1)
    on("quoted_open", text[:1] in "“\"'‘")
    on("digit_open", text[:1].isdigit())
    toks = _tokens(text)
    if toks and lead:
        on("lead_overlap", len(toks & lead) / len(toks))
    return f


# -- the ranker --------------------------------------------------------------

def _score(weights: dict[str, float], feats: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in feats.items())


def choose_title(rows, body, weights) -> tuple[int | None, list[int] | None]:
    """The model's title row (None: no title) and the body run without it."""
    cands = candidate_set(rows, body)
    feats = candidate_features(rows, body, cands)
    scores = [_score(weights, f) for f in feats]
    best = max(range(len(cands)), key=lambda k: (scores[k], -k))
    title = cands[best]
    if title == NONE:
        return None, body
    title = typed_copy(rows, title, [i for i in cands if i != NONE])
    if body and title == body[0]:
        body = body[1:]
    return title, body


def _sgd(examples, epochs: int, rate: float, seed: int):
    """``(step size, example)`` in the order stochastic gradient descent visits them:
    each epoch a seeded shuffle, the step decaying with the epoch. Deterministic."""
    order = list(range(len(examples)))
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch / 10)
        for k in order:
            yield step, examples[k]


def _rounded(weights: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 1e-4}


def train(examples, *, epochs: int = 60, rate: float = 0.1, l2: float = 1e-3, seed: int = 19) -> dict[str, float]:
    """Softmax ranker by stochastic gradient descent: ``examples`` are
    ``(feature dicts of the candidates, index of the right one)``. Deterministic."""
    weights: dict[str, float] = {}
    for step, (feats, gold) in _sgd(examples, epochs, rate, seed):
        scores = [_score(weights, f) for f in feats]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        for c, f in enumerate(feats):
            grad = exps[c] / total - (1.0 if c == gold else 0.0)
            if grad == 0:
                continue
            for name, value in f.items():
                weights[name] = weights.get(name, 0.0) - step * grad * value
        if l2:
            for name in weights:
                weights[name] *= 1 - step * l2
    return _rounded(weights)


# -- roles from labels ---------------------------------------------------------

def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def title_example(rows, body, label_title: str | None):
    """``(features, gold index)`` for one labelled page, or None when no candidate
    reads as the label's title (the page teaches the ranker nothing then)."""
    cands = candidate_set(rows, body)
    want = _norm(label_title)
    if not want:
        gold = len(cands) - 1
    else:
        hits = [k for k, i in enumerate(cands) if i != NONE and _norm(title_text(rows[i].text)) == want]
        if not hits:
            return None
        gold = hits[-1]   # the copy nearest the text (a copy in capitals is handled after the choice)
    return candidate_features(rows, body, cands), gold


def row_roles(rows, label: dict) -> list[str | None]:
    """Each row's role by the labels (see the module's docstring); None for a blank row."""
    roles: list[str | None] = [None if r.blank else "furniture" for r in rows]
    first = _norm(label.get("first_paragraph"))
    last = _norm(label.get("last_paragraph"))
    start = next((k for k, r in enumerate(rows) if first and _norm(r.text).startswith(first)), None)
    end = next((k for k in range(len(rows) - 1, -1, -1) if last and _norm(rows[k].text).startswith(last)), None)
    if start is not None and end is not None and end >= start:
        for k in range(start, end + 1):
            if not rows[k].blank:
                roles[k] = "body"
    absent = [_norm(s) for s in label.get("absent", [])]
    for k, row in enumerate(rows):
        if row.blank:
            continue
        text = _norm(row.text)
        if any(a and a in _norm(row.raw) for a in absent) and roles[k] == "body":
            roles[k] = "furniture"
        if label.get("title") and _norm(title_text(row.text)) == _norm(label["title"]):
            roles[k] = "title"
        elif label.get("author") and _norm(label["author"]) in text and words(text) <= 15:
            roles[k] = "byline"
        elif row.date is not None and label.get("date_from") == "page" and isinstance(label.get("date"), str) and (
                row.date.value.strftime("%d/%m/%Y") == label["date"]):
            roles[k] = "date"
    return roles


# -- furniture among the rows the rules keep ------------------------------------

FURNITURE_THRESHOLD = 0.5   # drop a kept row when the model finds furniture more likely than not


_SYLLABLE = re.compile(r"[^\W\d_]{1,7}")   # one word no longer than a Vietnamese syllable


def _protected(row) -> bool:
    """What the model never drops: a paragraph the importer must never lose (the property
    tests' definition); a line of ``_NAMED_LINE_MIN_WORDS`` words or more naming someone and their role, inside the
    text (the property tests keep any such line from the article's first line on: "Bà … – Chủ tịch Công đoàn – Phó HT
    nhà trường lên đọc thư …" in a ceremony's programme); a source credit ("Theo …", "Nguồn: …"), which the labels keep
    as the article's last line; one short word alone, which may be Vietnamese typed without accents
    (the rules keep it too: ``layout.mark_unaccented``)."""
    return long_paragraph(row.text) or is_source_credit(row.text) or bool(
        _SYLLABLE.fullmatch(row.text.strip(" .,;:!?"))) or bracketed_caption(row.text) or (
        len(row.text.split()) >= _NAMED_LINE_MIN_WORDS and names_person_with_role(row.text))


# The property tests' bound for a line of its own inside the text (any line of 20 words from the article's first line on).
_NAMED_LINE_MIN_WORDS = 20


_CLOSING_MARKS = "\"'”’»)]"


def _cut_off_after_a_quote(text: str) -> bool:
    """The page's last line cut off right after a closing quote or bracket ('… phát động “Tết trồng
    cây đời đời nhớ ơn Bác Hồ”'): the same cut-off sentence as the ``cut_off`` feature's, which
    only looks at the last character (kept out of the features so the shipped weights stand)."""
    stripped = text.rstrip().rstrip(_CLOSING_MARKS)
    return stripped != text.rstrip() and not ends_sentence(text) and not text.isascii() and (
        stripped[-1:].isalpha())


def _cut_off_without_accents(text: str) -> bool:
    """The page's last line cut off in Vietnamese typed without accents ("Ngay t", "Qua ho"): the ``cut_off``
    feature's reading, which leaves out unaccented lines as English ones; a syllable's spelling tells them apart.
    (Kept out of the features so the shipped weights stand.)"""
    parts = text.split()
    return text.isascii() and not ends_sentence(text) and 1 <= len(parts) <= 3 and parts[0][:1].isupper() and all(
        vietnamese_syllable(part) for part in parts[:-1]) and parts[-1].isalpha() and (
        vietnamese_syllable(parts[-1]) or (len(parts) > 1 and parts[-1].islower() and len(parts[-1]) <= 2))


def furniture_features(rows, index: list[int]) -> list[dict[str, float]]:
    """Features of the content rows ``index`` (in page order) for the furniture decision:
    the row's own shape, and where it stands among those rows."""
    accented = any(not rows[k].text.isascii() and words(rows[k].text) >= 8 for k in index)
    counts: dict[str, int] = {}
    for row in rows:
        if row.text:
            counts[text_key(row.text)] = counts.get(text_key(row.text), 0) + 1
    body_like_after = [False] * len(index)
    sentence_after = [False] * len(index)
    seen_body = seen_sentence = False
    for p in range(len(index) - 1, -1, -1):
        body_like_after[p], sentence_after[p] = seen_body, seen_sentence
        row = rows[index[p]]
        seen_body = seen_body or row.body_like
        seen_sentence = seen_sentence or (ends_sentence(row.text) and words(row.text) >= 5)
    first_body = next((p for p, k in enumerate(index) if rows[k].body_like), 0)
    last_line = max((k for k, row in enumerate(rows) if row.text), default=None)
    article_words: dict[str, int] = {}   # word -> how many paragraph-like rows hold it
    for k in index:
        if rows[k].body_like:
            for token in _tokens(rows[k].text):
                article_words[token] = article_words.get(token, 0) + 1
    feats = []
    for p, k in enumerate(index):
        row = rows[k]
        text = row.text
        n = words(text)
        letters = [ch for ch in text if ch.isalpha()]
        tokens = text.split()
        f: dict[str, float] = {"bias": 1.0}

        def on(name, value=True):
            if value:
                f[name] = 1.0 if value is True else float(value)

        on("len_le3", n <= 3)
        on("len_4_7", 4 <= n <= 7)
        on("len_8_11", 8 <= n <= 11)
        on("len_12_24", 12 <= n <= 24)
        on("len_ge25", n >= 25)
        on("ends_sentence", ends_sentence(text))
        on("body_like", row.body_like)
        on("caption_mark", row.mark == "caption")
        on("li", row.mark == "li")
        on("heading", row.mark in ("h1", "h2"))
        on("caption_shape", is_caption(text))
        on("upper", bp.is_upper_line(text))
        on("ascii", text.isascii())
        on("ascii_on_accented_page", text.isascii() and accented)
        on("lower_start", text[:1].islower())
        on("digit_start", text[:1].isdigit())
        on("toolbar_word", bp.toolbar_words(text) > 0)
        on("toolbar_share", min(1.0, bp.toolbar_words(text) / max(n, 1)))
        on("url", bool(re.search(r"https?://|www\.\w", text, re.I)))
        on("teaser", text.rstrip().endswith(("…", "...")))
        on("separators", len(re.findall(r"\s[|•·]\s", text)) >= 1)
        on("repeated", counts.get(text_key(text), 0) > 1)
        on("person_name", is_person_name(text))
        on("date_edge", has_edge_date(text))
        on("short_chars", len(text) < 15)
        on("upper_share", bool(letters) and sum(ch.isupper() for ch in letters) / len(letters) > 0.5)
        on("symbol_share", sum(not (ch.isalpha() or ch.isspace()) for ch in text) / max(len(text), 1) > 0.3)
        on("long_token", any(len(t) > 18 for t in tokens))
        on("few_letters", len(letters) < 0.5 * len(text.replace(" ", "")))
        on("before_first_body", p < first_body)
        on("no_body_like_after", not body_like_after[p])
        on("no_sentence_after", not sentence_after[p])
        on("last", p == len(index) - 1)
        on("page_last_line", k == last_line)
        on("accented", not text.isascii())
        on("source_credit", is_source_credit(text))
        on("cut_off", k == last_line and not ends_sentence(text) and not text.isascii() and text[-1:].isalpha())
        on("prev_body_like", p > 0 and rows[index[p - 1]].body_like)
        on("next_body_like", p + 1 < len(index) and rows[index[p + 1]].body_like)
        # A short closing sentence of the article ("Hội nghị kết thúc lúc 11 giờ cùng ngày.")
        # against a footer's or a widget's line: typed as a sentence (a run of lower-case words
        # ending in a full stop), right after a paragraph with no furniture between, in the
        # article's own words, printed once, with no widget word.
        own, itself = _tokens(text), 1 if row.body_like else 0   # (a paragraph's words count once for it)
        shared = sum(1 for t in own if article_words.get(t, 0) > itself) / len(own) if own else 0.0
        on("sentence_shape", _closing_punctuation(text) and _lower_run(tokens))
        on("follows_paragraph", _follows_paragraph(rows, k))
        on("article_words", shared >= 0.5)
        feats.append(f)
    return feats


_CLOSING_SENTENCE_MIN_WORDS = 4


def closing_sentence(rows, k: int, counts: dict[str, int]) -> bool:
    """Row ``k`` is a short sentence that closes the article ("Hội nghị kết thúc lúc 11 giờ cùng
    ngày."), not a footer's or a widget's line: four words or more ending in a full stop (or
    "!", "?", "…"), after the text with only such sentences between, printed once on the page
    (``counts``: rows by ``text_key``), with no widget word. The furniture filter never drops
    it: retrained with batch 11, it dropped such a sentence (session 9), and features alone do
    not stop a linear model from doing so on some page."""
    text = rows[k].text
    return words(text) >= _CLOSING_SENTENCE_MIN_WORDS and _closing_punctuation(text) and (
        _follows_paragraph(rows, k)) and counts.get(text_key(text), 0) <= 1 and bp.toolbar_words(text) == 0


def _closing_punctuation(text: str) -> bool:
    """Ends as a sentence does: a full stop, "!", "?" or an ellipsis (not a label's colon)."""
    return bool(re.search(r"[.!?…]['\"”’)]*$", text.rstrip()))


def _lower_run(tokens: list[str]) -> bool:
    """Most words after the first open in lower case: running text, not a heading's or a
    name's capitalised words."""
    rest = [t for t in tokens[1:] if t[:1].isalpha()]
    return len(rest) >= 2 and sum(t[:1].islower() for t in rest) * 2 > len(rest)


def _follows_paragraph(rows, k: int) -> bool:
    """The printed lines above row ``k`` up to a paragraph of the text are sentences too
    (blank lines may stand between; no furniture, no heading): the text goes on."""
    for j in range(k - 1, -1, -1):
        row = rows[j]
        if not row.text:
            continue
        if not row.content:
            return False
        if row.body_like:
            return True
        if not (_closing_punctuation(row.text) and words(row.text) >= _CLOSING_SENTENCE_MIN_WORDS):
            return False
    return False


def furniture_rows(rows, kept: list[int], weights: dict) -> list[int]:
    """The ``kept`` rows the model calls furniture with at least ``FURNITURE_THRESHOLD``
    probability; never a protected paragraph, nor a row above the first paragraph-like one.
    The features are read over every content row from the first kept one to the page's end,
    as in training."""
    if not kept:
        return []
    index = [k for k in range(kept[0], len(rows)) if rows[k].content]
    feats = furniture_features(rows, index)
    first_body = next((p for p, k in enumerate(index) if rows[k].body_like), len(index))
    wanted = set(kept)
    last_line = max((k for k, row in enumerate(rows) if row.text), default=None)
    counts: dict[str, int] = {}
    for row in rows:
        if row.text:
            counts[text_key(row.text)] = counts.get(text_key(row.text), 0) + 1
    out = []
    for p, (k, f) in enumerate(zip(index, feats)):
        if k not in wanted or p <= first_body or _protected(rows[k]) or (
                k == last_line and (f.get("cut_off") or _cut_off_after_a_quote(rows[k].text)
                                    or _cut_off_without_accents(rows[k].text))) or (
                closing_sentence(rows, k, counts)) or cut_before_a_name(rows[k].text) or (
                _heads_a_numbered_part(rows, index, p)) or _in_a_numbered_run(rows, index, p) or (
                _between_kept_captions(rows, index, p, wanted, out)) or (
                k == last_line and _wraps_the_line_above(rows, index, p, wanted, out)):
            continue   # (a page cut off mid-sentence keeps its last line, as the rules do, also before a box)
        if 1 / (1 + math.exp(-_score(weights, f))) >= FURNITURE_THRESHOLD:
            out.append(k)
    return out


def _heads_a_numbered_part(rows, index: list[int], p: int) -> bool:
    """Whether the row at ``index[p]`` heads the text's next part: a short line between a paragraph and a numbered
    item ("PHẦN MỞ ĐẦU" / "1. Bối cảnh chọn đề tài:", a report's or an initiative's parts)."""
    if p == 0 or p + 1 >= len(index):
        return False
    above, row, below = rows[index[p - 1]], rows[index[p]], rows[index[p + 1]]
    return above.body_like and words(row.text) <= _PART_HEADING_MAX_WORDS and not ends_sentence(row.text) and bool(
        NUMBERED.match(below.text.strip()) or is_roman_heading(below.text.strip()))


_PART_HEADING_MAX_WORDS = 8   # "PHẦN MỞ ĐẦU", "Phần thứ hai: Kết quả thực hiện"

def _between_kept_captions(rows, index: list[int], p: int, wanted: set[int], dropped: list[int]) -> bool:
    """Whether the row at ``index[p]`` stands in a run of photos' captions: a short line that ends no sentence, the
    lines right above and below it kept and of the same shape ("Đoàn thanh niên … tặng hoa nhân ngày 20/10" /
    "Tặng hoa chia tay đc Vũ Văn Tới … về nghỉ chế độ" / "Tặng quà biểu dương …"). One caption of the run is the
    text's as the others are."""
    def caption_shaped(k: int) -> bool:
        text = rows[k].text
        return 3 <= words(text) <= CAPTION_RUN_MAX_WORDS and not ends_sentence(text) and not bp.is_upper_line(text)

    if not 0 < p < len(index) - 1 or not caption_shaped(index[p]):
        return False
    return all(index[q] in wanted and index[q] not in dropped and caption_shaped(index[q]) for q in (p - 1, p + 1))


CAPTION_RUN_MAX_WORDS = 25   # a caption's words, at most (one wrapped over two lines runs long)


def _wraps_the_line_above(rows, index: list[int], p: int, wanted: set[int], dropped: list[int]) -> bool:
    """Whether the row at ``index[p]`` ends the line above it, wrapped: that line kept, ending no sentence nor with a
    colon, this one ending with a stop or a closing bracket, a caption's length together ("Các thế hệ đảng viên … nhân
    kỷ niệm 90 năm Ngày thành lập" / "Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2020)")."""
    if p == 0 or index[p - 1] not in wanted or index[p - 1] in dropped:
        return False
    above, text = rows[index[p - 1]].text.rstrip(), rows[index[p]].text.rstrip()
    return not ends_sentence(above) and not above.endswith((":", ",", ";")) and text.endswith((".", ")")) and (
        words(above) + words(text) <= 2 * CAPTION_RUN_MAX_WORDS) and words(above) >= 3 and not bp.is_upper_line(above)


def _in_a_numbered_run(rows, index: list[int], p: int) -> bool:
    """Whether the row at ``index[p]`` is an item of a numbered list that goes on around it: the item above is
    numbered one less, or the one below one more ("1. Giải nhất: …" / "2. Giải nhì: …" / "3. Giải 3: …"). A list's
    middle items are the text's as its first and last are."""
    number = ITEM_NUMBER.match(rows[index[p]].text)
    if number is None:
        return False
    value = int(number.group(1))
    for q, step in ((p - 1, -1), (p + 1, 1)):
        if 0 <= q < len(index):
            near = ITEM_NUMBER.match(rows[index[q]].text)
            if near is not None and int(near.group(1)) == value + step:
                return True
    return False


def furniture_examples(rows, label: dict) -> list[tuple[dict, int]]:
    """``(features, 1 for furniture)`` for the content rows of a labelled page from its first
    paragraph's row on (``row_roles``); rows above it teach nothing (a caption there is
    moved, not dropped)."""
    roles_ = row_roles(rows, label)
    start = next((k for k, r in enumerate(roles_) if r == "body"), None)
    if start is None:
        return []
    index = [k for k in range(start, len(rows)) if rows[k].content and roles_[k] in ("body", "furniture")]
    feats = furniture_features(rows, index)
    return [(f, 1 if roles_[k] == "furniture" else 0) for k, f in zip(index, feats)]


def train_binary(examples, *, epochs: int = 30, rate: float = 0.05, l2: float = 1e-3,
                 seed: int = 19) -> dict[str, float]:
    """Logistic regression by stochastic gradient descent. Deterministic."""
    weights: dict[str, float] = {}
    for step, (feats, gold) in _sgd(examples, epochs, rate, seed):
        s = max(-30.0, min(30.0, _score(weights, feats)))
        grad = 1 / (1 + math.exp(-s)) - gold
        for name, value in feats.items():
            weights[name] = weights.get(name, 0.0) * (1 - step * l2) - step * grad * value
    return _rounded(weights)


# -- the byline after the text, when the rules found none ------------------------

_BYLINE_REACH = 3    # content rows after the last paragraph that may sign the article
_NAME_END = re.compile(r"\s*[-–—]\s*|\s*\(|\s*/|\s*,\s*(?=[A-ZĐ]{2,}|[Pp]hường|[Xx]ã|[Hh]uyện)")


def byline_name(text: str) -> str:
    """The writer's name a signing line gives: after a byline label, before a unit, a role or a
    source site ("T/h: Thanh Xuân", "Đặng văn Mỹ - Phó chủ tịch tỉnh Hội", "TrầnkimPhụng –phường…")."""
    labelled = parse_byline(text)
    if labelled is not None and labelled.author:
        text = labelled.author
    if opens_with_units_abbreviation(text):
        return text.strip(" .:;,!*")   # a unit signs: "TTVH-TT&TT HÀM TÂN" is no writer "TTVH" and a unit
    if organisation_signature(text) and not re.search(r"\s[-–—]\s|\(", text):
        return text.strip(" .:;,!*")   # a unit's name whole: "Trung tâm VH,TT-TT" (its abbreviation's comma)
    if slashed_writers(text.strip(" .:;,!*")):
        return text.strip(" .:;,!*")   # two writers joined by a slash: "Hoàng Hoa/Thế Vĩnh"
    writers = re.split(r"\s*[(/]", text.strip(), maxsplit=1)[0]
    if several_writers(writers):
        return writers.strip(" .:;,!*")   # "Thu Trang- Lữ Thân (TT VH-TT-TT huyện …)": both wrote it
    name = _NAME_END.split(text.strip(), maxsplit=1)[0]
    return without_degree(name).strip(" .:;,!*()[]\"“”")   # "Đinh Bình!": a stray mark after the name


def byline_candidates(rows, after: int) -> list[int]:
    """Short content rows just after row ``after`` (the last paragraph), then ``NONE``."""
    out = []
    for k in range(after + 1, len(rows)):
        row = rows[k]
        if not row.text or row.kind in (bp.TOOLBAR, bp.VIEWS, bp.IMAGE_NAME, bp.EMPTY, bp.UNACCENTED):
            continue
        if row.kind is not None and row.kind != bp.FOOTER:
            break   # a box or the page's end: nothing signs after it
        if len(out) >= _BYLINE_REACH:
            break
        if row.content or row.kind == bp.FOOTER:
            out.append(k)
    # never a box's heading (two headlines under it), a line of English words (a theme's widget),
    # one opening with a form of address ("Đồng chí Nguyễn": a cut-off sentence about someone)
    # nor a list's bulleted item ("- Hoạt cảnh Lý Tự Trọng") or a numbered section's heading ("II. MỨC ĐÓNG")
    return [k for k in out if words(rows[k].text) <= 12 and not _heads_box(rows, k) and rows[k].mark != "li"
            and not NUMBERED.match(rows[k].text) and not is_roman_heading(rows[k].text)
            and not bp.copyright_line(rows[k].text)   # "Bản quyền thuộc TRƯỜNG …": the footer's owner

            and not foreign_words(byline_name(rows[k].text)) and not addresses_someone(rows[k].text)] + [NONE]


def _heads_box(rows, k: int) -> bool:
    """Row ``k`` stands above two headlines: lines of five words or more that are no paragraph."""
    following = [m for m in range(k + 1, len(rows)) if rows[m].text][:2]
    return len(following) == 2 and all(
        rows[m].content and words(rows[m].text) >= 5 and not rows[m].body_like and rows[m].mark != "caption"
        and not is_caption(rows[m].text) for m in following)


def byline_features(rows, cands: list[int]) -> list[dict[str, float]]:
    feats = []
    for rank, k in enumerate(cands):
        if k == NONE:
            feats.append({"none:bias": 1.0, "none:candidates": (len(cands) - 1) / _BYLINE_REACH})
            continue
        row = rows[k]
        text = row.text
        name = byline_name(text)
        n = words(text)
        f: dict[str, float] = {"bias": 1.0}

        def on(key, value=True):
            if value:
                f[key] = 1.0 if value is True else float(value)

        on(f"rank{rank}")
        on("len1", n == 1)
        on("len2_4", 2 <= n <= 4)
        on("len5_8", 5 <= n <= 8)
        on("len9_12", n >= 9)
        on("name_len2_4", 2 <= words(name) <= 4)
        on("name_shorter", name != text.strip())
        on("person_name", is_person_name(name))
        on("person_name_1", is_person_name(name, min_words=1))
        on("capitalised", bool(name) and all(w[:1].isupper() or not w[:1].isalpha() for w in name.split()))
        on("bare_byline", bare_byline(text) is not None)
        on("labelled", parse_byline(text) is not None)
        on("organisation", organisation_signature(text))
        on("unit_name", is_unit_name(text))
        on("upper", bp.is_upper_line(text))
        on("ends_sentence", ends_sentence(text))
        on("digit", any(ch.isdigit() for ch in text))
        on("caption", is_caption(text) or row.mark == "caption")
        on("person_role", names_person_with_role(text))
        on("source_credit", is_source_credit(text))
        on("footer", row.kind == bp.FOOTER)
        on("kept", row.keep)
        on("toolbar_word", bp.toolbar_words(text) > 0)
        # running text, not a name: most words after the first in lower case ("Phát biểu tại buổi
        # lễ, đồng chí Dương", a cut-off line), or a clause's comma before lower-case words
        rest = [w for w in text.split()[1:] if w[:1].isalpha()]
        on("running_text", bool(rest) and sum(w[:1].islower() for w in rest) * 2 > len(rest))
        on("clause", bool(re.search(r",\s+[a-zà-ỹđ]", text)))
        nxt = next((m for m in range(k + 1, len(rows)) if rows[m].text
                    and rows[m].kind not in (bp.TOOLBAR, bp.VIEWS, bp.IMAGE_NAME, bp.EMPTY)), None)
        on("page_end", nxt is None)
        on("furniture_next", nxt is not None and rows[nxt].kind is not None)
        on("paragraph_next", nxt is not None and rows[nxt].content and rows[nxt].body_like)
        on("short_next", nxt is not None and rows[nxt].content and not rows[nxt].body_like)
        feats.append(f)
    return feats


def _last_paragraph(rows, state) -> int | None:
    kept = [k for k, row in enumerate(rows) if row.keep and row.content
            and k not in state.metadata and k not in state.duplicates]
    body = [k for k in kept if rows[k].body_like or ends_sentence(rows[k].text)]
    return body[-1] if body else None


def choose_byline(rows, after: int, weights: dict) -> tuple[int, str] | None:
    cands = byline_candidates(rows, after)
    feats = byline_features(rows, cands)
    scores = [_score(weights, f) for f in feats]
    best = max(range(len(cands)), key=lambda c: (scores[c], -c))
    if cands[best] == NONE:
        return None
    name = byline_name(rows[cands[best]].text)
    return (cands[best], name) if name else None


def after_body(state) -> None:
    """The decisions taken once the rules chose the body (``extract``'s working state, after
    ``select_body``): kept rows the furniture model drops, then the byline model's signature."""
    rows = state.rows
    if active("furniture") is not None:
        kept = [k for k, row in enumerate(rows) if row.keep and row.content
                and k not in state.metadata and k not in state.duplicates and k not in state.rule_kept]
        for k in furniture_rows(rows, kept, active("furniture")):
            rows[k].keep = False
            state.after_article.add(k)
    if active("byline") is not None:
        sign(rows, state, active("byline"))


def _numbered(text: str) -> bool:
    """Two numbers or more besides a date and a unit's own number ("Đội QLTT số 1"): a document's or a file's name."""
    for found in reversed(find_dates(text)):
        text = text[: found.start] + " " + text[found.end:]
    return len(re.findall(r"\d+", re.sub(r"\b[Ss]ố\s+\d{1,2}\b", " ", text))) >= 2


def sign(rows, state, weights: dict) -> None:
    """No byline found by the rules: the model may take a short row after the last paragraph
    as the writer's (a ``_Extraction`` state: ``bare_author`` set, the row becomes metadata)."""
    if state.bylines or state.bare_author:
        return
    after = _last_paragraph(rows, state)
    if after is None:
        return
    found = choose_byline(rows, after, weights)
    if found is None or rows[found[0]].text.rstrip().endswith((",", ";", ":")) or cut_to_a_letter(rows[found[0]].text) or (
            cut_inside_its_last_word(rows[found[0]].text) or _numbered(rows[found[0]].text)
            or over_contact_lines(rows, found[0]) or honoured_with_post(rows[found[0]].text) or (
                section_words_only(rows[found[0]].text) and not organisation_signature(rows[found[0]].text))) or (
            CREDIT_LABEL.match(fold(rows[found[0]].text)) or place_name(rows[found[0]].text)
            or over_box_headings(rows, found[0])):
        return   # (a clause a comma leaves open, "Tại Hội nghị,", or a word the copy cut, "TS Đoàn Mạnh Quỳnh đ",
        #          "Trao Th", is text the copy cut, no writer; nor is a file's name with its numbers, "SỐ 455.TB TỰU
        #          TRƯỜNG VÀ KHAI GIẢNG 23 24 (1)", nor the unit heading the footer's address, nor a sidebar box's
        #          heading of section words alone, "THÔNG BÁO"; nor a caption naming someone as "Ông …, PCT Hội …"; nor
        #          a credit with its label, "Theo: Hữu Lương", whose person the rules decide on: fields.credited_person;
        #          nor a city's name alone, "Hà Nội" of a weather box)
    k, state.bare_author = found
    signed = bare_byline(rows[k].text)
    if signed is not None and signed[1] is not None:
        state.dates.append((4, signed[1]))   # the stamp printed with the writers ("… - Duy Khánh (Cập nhật ngày …)")
    if is_cms_account(state.bare_author):
        state.bare_author = None   # the editorial board's sign-off ("Ban biên tập UBND phường …"): off the text, no author
    state.metadata.add(k)
    rows[k].keep = False
    if rows[k].kind == bp.FOOTER:
        rows[k].kind = None


def byline_example(rows, label: dict, after: int | None):
    if after is None:
        return None
    cands = byline_candidates(rows, after)
    want = _author_norm(label.get("author"))
    gold = len(cands) - 1
    if want:
        hits = [c for c, k in enumerate(cands) if k != NONE and _author_norm(byline_name(rows[k].text)) == want]
        if not hits:
            return None   # the byline is elsewhere (under the title, inside a line): nothing to learn here
        gold = hits[0]
    return byline_features(rows, cands), gold


def _author_norm(text: str | None) -> str:
    return re.sub(r"\s*[-–]\s*", "-", _norm(text)).casefold()
