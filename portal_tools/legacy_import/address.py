"""The page's own address as evidence for its title (issue 19).

Most portal CMSs put the article's title, slugified, in its address: NukeViet
'/tin-tuc/hoi-nghi-ban-thuong-truc-uy-ban-mttq-xa-12345.html', WordPress
'/2020/05/12/<slug>/', Liferay '/-/view_content/123-<slug>', ASP.NET '/<slug>-<id>.aspx'.
The slug is folded the way lines are (``decode.fold``: no accents, 'đ' -> 'd', lower
case), so a line whose words are the slug's is the title the CMS slugified. The slug only
ever points at a printed line: its ASCII words are never a title themselves.
"""

import re
from urllib.parse import parse_qsl, unquote, urlsplit

from .decode import fold
from .rules import rules

_EXTENSION = re.compile(r"\.(?:html?|shtml|aspx?|php|jsp|cfm)$", re.IGNORECASE)
_ID = re.compile(r"\d+")
# an id the CMS glued to a letter or three after the slug ('…-liet-si-c210664.html', '…-a12345.html')
_LETTERED_ID = re.compile(r"[a-z]{1,3}\d{4,}")


def words_of(text: str) -> list[str]:
    """A text's folded words, as a slugifier spells them."""
    return re.sub(r"[\W_]+", " ", fold(text)).split()


def address_slug(url: str | None) -> tuple[str, ...] | None:
    """The title's slug in ``url`` as folded words, or None when the address holds none.

    The last path segment, or the one before it when the last is only an id or a view name
    ('/article/<slug>/<id>.htm'); extensions, trailing numeric ids and the query are dropped,
    except on a Liferay portlet's address, whose slug is its 'urlTitle' parameter.
    A slug needs ``slug_min_words`` words and must not be a generic view or section name;
    a last segment of fewer syllables is a short slug, so the section before it is never taken.
    """
    if not url:
        return None
    table = rules()
    parts = urlsplit(url)
    query = parse_qsl(parts.query)
    if any(name == "p_p_id" for name, _ in query):
        # a Liferay portlet's address: the path is the portal page's (its section, printed above
        # the title: thuongthanh-longbien-…), the article's slug is the portlet's 'urlTitle'
        segments = [value for name, value in query if name.lower().endswith("urltitle")][:1]
    else:
        segments = _rejoined([unquote(s) for s in _route(url).split("/") if s])   # an encoded "/" stays inside
        coded = len(segments)
        while coded > 2 and _code(segments[coded - 1]):
            coded -= 1
        if coded < len(segments) - 1 and not _code(segments[coded - 2]):
            # the slug between a section and a run of codes and ids ('/<section>/<slug>/ct/<cat>/<id>', a school
            # CMS family): the word segment last before them, a section's name before it
            segments = segments[:coded]
    for k, segment in enumerate(reversed(segments[-2:])):
        tokens = words_of(_EXTENSION.sub("", _letters_by_number(segment)))
        while tokens and (_ID.fullmatch(tokens[-1]) or len(tokens) > 1 and _LETTERED_ID.fullmatch(tokens[-1])):
            tokens.pop()
        if "-".join(t for t in tokens if not _ID.fullmatch(t)) in table.generic_slugs:
            continue   # a view's or section's name, ids aside ('chi-tiet-tin', 'view-content-123')
        if len(tokens) >= table.slug_min_words:
            return tuple(tokens)
        if k == 0 and _short_slug(tuple(tokens)) is not None:
            # the last segment is a short headline's slug ('/truyen-thong-van-hoa-di-tich-thang-canh/keo-co.html'
            # for "Trò chơi dân gian: Kéo co"): too short to be evidence, and the segment before it is the section's
            return None
    return None


# A letter a CMS wrote as its character number, glued to the letter before it (a DotNetNuke site's slug
# 'phi234n-t242a' for "phiên tòa": the entity's "&#" and ";" dropped).
_LETTER_BY_NUMBER = re.compile(r"(?<=[^\W\d_])(\d{3,4})")


def _route(url: str) -> str:
    """The address's path; on NukeViet's address without rewriting, the route its 'op' parameter holds
    ('index.php?language=vi&nv=news&op=savefile/TIN-TUC-SU-KIEN-54/<Slug>-192')."""
    parts = urlsplit(url)
    route = [value for name, value in parse_qsl(parts.query) if name == "op" and "/" in value][:1]
    return route[0] if route and (parts.path.strip("/") == "" or parts.path.endswith("index.php")) else parts.path


def _letters_by_number(segment: str) -> str:
    """``segment`` with the accented letters its CMS wrote as numbers read back ("h224-nội" -> "hà-nội")."""
    def letter(match: re.Match) -> str:
        number = int(match.group(1))
        return chr(number) if 192 <= number <= 7929 and chr(number).isalpha() else match.group(1)
    return _LETTER_BY_NUMBER.sub(letter, segment)


_LETTER = re.compile(r"[^\W\d_]")   # any letter; a segment without one is a date's or an id's piece
_ENDS_WITH_NUMBER = re.compile(r"[-_]\d+$")
_CODE_MAX_LETTERS = 2   # a path segment of ids and at most this many letters ('ct', '20552') is a code, no words


def _code(segment: str) -> bool:
    """Whether a path segment is a view's code or an id ('ct', '20552', '-'), never a title's or a section's words."""
    return sum(len(w) for w in words_of(_EXTENSION.sub("", segment)) if not _ID.fullmatch(w)) <= _CODE_MAX_LETTERS


def spelled_slugs(url: str | None) -> set[tuple[str, ...]]:
    """The folded words a line must be, word for word, for the address to spell it: the slug
    (``address_slug``), and the last path segment of three words or more as it stands, numbers kept
    ('trung-thu-nam-2020-2021.aspx', whose trailing numbers ``address_slug`` takes for ids), also without
    its last number ('…/HOI-TRAI-NGAY-8-3-69/', the item's id after the headline's own numbers)."""
    if not url:
        return set()
    spelled = {address_slug(url)} - {None}
    segments = [unquote(s) for s in _route(url).split("/") if s]
    last = tuple(words_of(_EXTENSION.sub("", segments[-1]))) if segments else ()
    if len(last) >= 3 and sum(1 for w in last if not _ID.fullmatch(w)) >= 2:
        spelled.add(last)
        if len(last) >= 4 and last[-1].isdigit() and len(last[-1]) >= 2:
            spelled.add(last[:-1])   # and without NukeViet's id after it ('HOI-TRAI-NGAY-8-3-69' for "HỘI TRẠI NGÀY 8/3")
    short = _short_slug(last)
    if short:
        spelled.add(short)
    return spelled


def _short_slug(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """A last path segment's words, its ids after them dropped, when they are two Vietnamese syllables or more and no
    view's or section's name: a short headline's slug ('/CHI-BO.html' for "CHI BỘ", '/thu-ngo_20.html' for "Thư
    ngỏ")."""
    from .fields import vietnamese_syllable   # (here: fields reads this module's site_root)
    words = list(words)
    while words and _ID.fullmatch(words[-1]):
        words.pop()
    if len(words) < 2 or "-".join(words) in rules().generic_slugs or not all(vietnamese_syllable(w) for w in words):
        return None
    return tuple(words)


def section_slugs(url: str | None) -> set[tuple[str, ...]]:
    """The folded words of the address's section names: the path's segments of two words or more
    other than the article's own slug ('/en/xay-dung-chinh-quyen-va-thuc-hien-phap-luat/-/asset_publisher/…/
    content/<slug>'). A line spelling one exactly is the section's name printed above the article, no title."""
    if not url:
        return set()
    slug = address_slug(url)
    segments = [s for s in _route(url).split("/") if s]
    if segments and (_EXTENSION.search(segments[-1]) or not urlsplit(url).query):
        # a page's file named by its slug ('/dinh-tho-khoi.html'), however short, or the last folder of an address
        # that names no item in its query ('/tap-huan-pccc/'): no section
        segments = segments[:-1]
    names = {tuple(words_of(_EXTENSION.sub("", unquote(s)))) for s in segments}
    return {n for n in names if len(n) >= 2 and n != slug and not any(_ID.fullmatch(w) for w in n)}


def _rejoined(segments: list[str]) -> list[str]:
    """The path's segments with a slug cut by a raw '/' joined again: a title holding a date
    ('… kỷ niệm 29 năm … (06/12/1989 – 06/12/2018)') slugified by a CMS that keeps its '/'
    ('…-viet-nam-06/12/1989-–-06/12/2018.html', ldldq11-…). The segments after the cut have
    no letter, and the one before it is a slug ending with a number; an id segment after a
    word ('/article/<slug>/4567.htm', '/chi-tiet/12345/67890') stays apart."""
    tail = len(segments)
    while tail > 0 and not _LETTER.search(_EXTENSION.sub("", segments[tail - 1])):
        tail -= 1
    if 0 < tail < len(segments) and _ENDS_WITH_NUMBER.search(segments[tail - 1]) and (
            _LETTER.search(segments[tail - 1])):
        return segments[:tail - 1] + ["/".join(segments[tail - 1:])]
    return segments


def matches_slug(text: str, slug: tuple[str, ...]) -> bool:
    """Whether ``text`` is the line the slug was made from: the same folded words, or a longer
    line the slug opens (CMSs cut long slugs), maybe after the address's leading id."""
    return slug_prefix(text, slug) is not None


def slug_prefix(text: str, slug: tuple[str, ...]) -> int | None:
    """How many of ``text``'s folded words the slug spells from its start, or None when it
    does not open the line. Compared letter by letter across word breaks: some CMSs drop the
    punctuation inside a word ('Q.11' -> 'q11', 'UB.MTTQ' -> 'ubmttq', ldldq11-…) where
    others put a dash; the slug must still end where a word of the line ends."""
    found = _slug_prefix(words_of(text), slug)
    if found is None and ("đ" in text or "Đ" in text):
        # Liferay's slugs drop the letters outside ASCII instead of spelling "đ" as "d" ('…-giai-quyet-on-thu-…' for
        # "… giải quyết đơn thư …"): the line read without its "đ"
        found = _slug_prefix(words_of(text.replace("đ", "").replace("Đ", "")), slug)
    return found


def _slug_prefix(line: list[str], slug: tuple[str, ...]) -> int | None:
    table = rules()
    ends, total = {}, 0
    for count, word in enumerate(line, 1):
        total += len(word)
        ends[total] = count
    joined = "".join(line)
    # (a CMS's counter glued to the slug's last word when the slug was taken: '…-an-toan-xa-hoi2.html')
    counted = re.fullmatch(r"([a-z]{2,})\d{1,2}", slug[-1]) if slug else None
    uncounted = (*slug[:-1], counted.group(1)) if counted else None
    for candidate in (slug, slug[1:] if _ID.fullmatch(slug[0]) else None, uncounted):
        if not candidate or len(candidate) < table.slug_min_words:
            continue
        spelled = "".join(candidate)
        if joined.startswith(spelled) and len(spelled) in ends:
            return ends[len(spelled)]
    return None


def slug_opening(text: str, slug: tuple[str, ...]) -> int:
    """How many of ``text``'s folded words a slug the CMS cut at its length spells from the line's start, its last
    word maybe cut inside ('…-lan-thu-i-nhi' for "… lần thứ I, nhiệm kỳ …"); 0 when it does not open the line.
    Trailing ids are no words of it."""
    words = list(slug)
    while words and _ID.fullmatch(words[-1]):
        words.pop()
    line = words_of(text)
    joined, spelled = "".join(line), "".join(words)
    if not spelled or not joined.startswith(spelled):
        return 0
    total = 0
    for count, word in enumerate(line, 1):
        total += len(word)
        if total >= len(spelled):
            return count
    return len(line)


# A site's home address: a host under one of the endings Vietnamese portals use ("tp.hcm" is a place's
# abbreviation, no site), maybe with its scheme, "www." and a closing slash.
_SITE_ROOT = re.compile(
    r"^(?:https?://)?(?:www\.)?([a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:vn|com|net|org|info))/?$")


def site_root(text: str) -> str | None:
    """The host of a site's home address alone on a line ("http://baolamdong.vn/",
    "www.baokontum.com.vn", "baokontum.com.vn"), without "www."; None for anything else (a path
    names a page, not a site)."""
    match = _SITE_ROOT.match(text.strip().rstrip(".").lower())
    return match.group(1) if match else None


def own_host(url: str | None) -> str | None:
    """The page's own host, without "www."."""
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.") or None

