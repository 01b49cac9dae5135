"""Small recognisers for the fields around an article: bylines, names, categories, captions.

Each takes one line of text and answers one question, so ``extract`` can combine
them with the line's position on the page (a bare name is a byline only on the
last line of the article; a short label is a category only just above the title).
"""

import itertools
import re
import unicodedata
from dataclasses import dataclass

from .dates import (FoundDate, closing_bracketed_stamp, date_remainder, find_dates, has_edge_date, parse_date_line,
                    strip_dates)
from . import boilerplate as bp
from .address import site_root
from .decode import fold
from .rules import opens_with_unit, rules

# Bylines whose label may stand without a colon ("Người đưa tin Hoàng Yến"; a reportage's "Ký của Minh Ngọc").
_BYLINE_LABEL = re.compile(
    # (a comma may be typed without its space, or as a semicolon: "Tin,ảnh: Nguyễn Thị Hòa", "Nguồn; ảnh Hoàng Thoàn")
    # (the south's "hình" for the photos as "ảnh": "Tin, hình: Kim Ngân", "Bài và hình: …")
    r"^(?:tac gia(?: bai viet)?|tin(?:\s*[,;]\s*|\s+)anh|tin\s*[,;]\s*hinh|tin va (?:hinh )?anh|tin va hinh|tin(?:\s*[,;]\s*|\s+)bai(?:\s*[,;]\s*|\s+)(?:va )?(?:hinh )?anh|"
    r"tin\s*[-–/&+]\s*(?:anh|hinh)|tin bai|tin va bai|tin\s*[-–/]\s*bai|"
    r"bai(?:\s*[,;]\s*|\s+)anh|bai va (?:anh|hinh)|nguon\s*[,;]\s*anh|bai\s*[-–/&+,;]\s*(?:anh|hinh)|nguoi (?:dua tin|dang tin|dang bai viet|dang bai|dang|viet(?: tin bai| tin| bai)?|gui|thuc hien)|"
    r"dang boi|viet boi|dang tai boi|(?:ky|but ky|phong su|ghi chep|tuy but) cua|"
    # (the editor who posted it, "Bt: Như Ý", only before a colon: "BT" opens other words)
    r"phong vien|cong tac vien|nhom (?:pv|phong vien)|pv|ctv|but danh|posted by|author|by|"
    r"(?:bt|bien tap)(?=\s*:))\b\s*[:\-–]?\s*"
)
# Syllables that never appear in a Vietnamese personal name but do in short
# title-case widget headings ("Liên Kết Website", "Văn Bản Mới").
_NOT_NAME = {
    "tin", "bai", "website", "web", "video", "clip", "lich", "ke", "ket", "ban", "xem", "them",
    "muc", "chuyen", "dap", "hoi", "tim", "kiem", "nhap", "quay", "chia", "se", "in",
    "xa", "thon", "ap", "mttq", "ubnd", "hdnd",
    "ubmttq", "truy", "cap", "online", "gioi", "thieu", "so", "luot", "dia", "thoai", "email", "he",
    "moi", "ngay",
}
# The same, compared with their accents: "nhất" ends headings ("Mới nhất", "Xem nhiều nhất"),
# "Nhật" is a given name ("Ngọc Nhật", "Minh Nhật"); typed without any accent, "nhat" is both.
# "Ủy" opens a committee's name ("Ủy ban", "Ủy viên"), "Uy" is a given name ("Hữu Uy", "Quang Uy").
_NOT_NAME_AS_TYPED = {"nhất", "nhat", "ủy", "uỷ", "chủ"}
# Words that open widget headings ("Trang chủ", "Trang thông tin") and also end given names
# ("Quỳnh Trang", "Thu Trang"), spelled alike even with accents: they deny a name only before
# its last word, as ``_LEADING_ONLY`` below.
_HEADING_OPENERS = {"trang"}
# Words that in a heading always stand before the word they govern ("Những tin mới", "Các
# bài viết", "Của", "Với"): a heading never ends with one, while a name may well end with
# the same syllable as a given name ("Hồng Nhung", "Thị Cho"). So they deny a name only
# before its last word. They are compared with their accents ("Trọng" in "Trọng Vy" is a
# name, "Trong" is a preposition), and also as typed without any (a page without accents).
_LEADING_ONLY = {"những", "các", "của", "và", "về", "cho", "với", "trong",
                 "nhung", "cac", "cua", "va", "ve", "voi"}
_INITIALS = re.compile(r"^(?:[A-ZĐ]\.){1,4}[A-ZĐ]?\.?$")
# Initials glued to the given name: "A.Vũ", "N.T.Hà".
_INITIALLED = re.compile(r"^(?:[A-ZĐ]\.){1,3}\s?[A-ZĐ][a-zà-ỹđ]+$")
_APOSTROPHE = re.compile(r"[’'ʼ]")
_SOURCE_SITE = re.compile(r"\s*/\s*(?:[\w-]+\.)+(?:vn|com|net|org|gov|info)\S*$", re.IGNORECASE)
# The agency after a slash, in capitals, maybe with its bureau: "Thanh Nga/VOV-Đông Bắc".
_SOURCE_AGENCY = re.compile(r"\s*/\s*[A-ZĐ]{2,}[\w.-]*(?:\s+\w+){0,3}$")

_CAPTION_START = re.compile(
    r"^(?:quang canh|quan canh|toan canh|canh |anh\s*:|anh minh hoa|hinh\s*:|hinh anh\s*:|"
    r"(?:cac )?dai bieu (?:du|tham du|chup anh|trao|tang|tham quan|thao luan|phat bieu)|chup anh luu niem|mot so hinh anh)"
)
# (a bare "(Ảnh)" after a headline marks a photo story: it credits no one)
_CAPTION_CREDIT = re.compile(r"\((?:anh|hinh|nguon anh|anh minh hoa)\b(?=[^)]*\w)[^)]*\)\s*$")
# ... or typed after the caption's full stop without brackets: "Một góc nông thôn xã Diễn Thái. Ảnh: PV", "… tỉnh Nghệ
# An. Ảnh tư liệu: Thành Duy"
# (or after a dash: "Toàn cảnh buổi hội đàm - Ảnh: Nguyễn Sen")
_CAPTION_CREDIT_AFTER_STOP = re.compile(r"(?:\.|\s[-–—])\s+(?:anh(?: tu lieu| minh hoa)?|hinh|nguon anh)\s*:"
                                        r"\s*[^\W\d_][^.!?:]{0,40}\.?$")
# where a person stands in the photo: "(đứng thứ 2 từ phải sang)", "(thứ ba từ trái qua)", "(đứng giữa)", also the side
# alone: "Đ/c Phạm Quốc Việt (trái) trao tặng …"
_CAPTION_POSITION = re.compile(
    r"\((?:(?:dung |ngoi |ngoai cung )?(?:thu \w+ tu (?:trai|phai)|giua|ben (?:trai|phai)|bia (?:trai|phai))\b[^)]*"
    r"|\s*(?:trai|phai)\s*)\)")
_ROMAN_HEADING = re.compile(r"^(?:[IVX]{1,5})[.)]\s+\S")
_SENTENCE_END = re.compile(r"[.!?;…]['\"”’)]*$|\./\.$|:$")
_SITE_NAME = re.compile(
    r"(?:cong|trang) (?:thong tin|tt)|website|^(?:uy ban|ubnd|ubmttq|mat tran to quoc)\b.*\b"
    r"(?:xa|phuong|thi tran|huyen|quan|tinh|thanh pho)\b"
)


@dataclass(frozen=True)
class Byline:
    """A byline line: the author (None for a CMS account) and a date printed with it."""

    author: str | None
    cms_account: bool
    date: FoundDate | None


def words(text: str) -> int:
    return len(text.split())


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


# The words of a commune's or a ward's name without its level ("Tây Hiếu", "Long Xuyên"): an account
# named after the place ("admin Tây Hiếu"). A bound of place names, not a tunable.
_PLACE_NAME_MAX_WORDS = 3


def _place_name_only(words_: list[str]) -> bool:
    """Whether ``words_`` are a place's name alone: a few words, each a capital then lower case
    (after an account's login word: "admin Tây Hiếu")."""
    return 1 <= len(words_) <= _PLACE_NAME_MAX_WORDS and all(
        w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words_)


def is_cms_account(value: str) -> bool:
    key = " ".join(re.sub(r"[\W_]+", " ", fold(value)).split())
    key = re.sub(r"^\d{1,4} ", "", key)   # the account's number printed before its name ("3 Quản trị")
    if key in rules().cms_accounts or "@" in value:
        return True
    # an account named after the unit that runs the site ("Admin Huyện ủy", "quản trị xã Tân Lập"):
    # an account word, then a unit's or a place's name (``organisation_openers``, ``place_openers``);
    # so is the editorial board of a place ("Ban biên tập xã Đội Cấn")
    words_ = value.split()
    for n in (1, 2, 3):
        rest = " ".join(words_[n:])
        if len(words_) > n and " ".join(fold(w) for w in words_[:n]) in rules().cms_accounts and (
                opens_with_unit(rest)
                or rules().place_opener_as_typed.match(unicodedata.normalize("NFC", rest).lower())
                or (n == 1 and words_[0].isascii() and _place_name_only(words_[n:]))):
            return True
        # or the place's name first, the account word after it ("Châu Thành Quản trị"; not a role's abbreviation
        # after a writer's name, "Thu Hà BTV")
        last = " ".join(fold(w) for w in words_[-n:])
        if len(words_) > n and last in rules().cms_accounts and len(last) > 3 and (
                _place_name_only(words_[:-n]) or opens_with_unit(" ".join(words_[:-n]))):
            return True
    # Login names: one lower-case ASCII token, possibly with digits or underscores, also printed
    # twice where a CMS shows an account's first and last name ("quantrixa quantrixa"). Looser
    # than a login on a stamp's line (``dates._LOGIN``: a letter first, no hyphen): here a byline's
    # label already names the value as the poster or author.
    tokens = set(value.split())
    return len(tokens) == 1 and bool(re.fullmatch(r"[a-z0-9_.\-]+", value.split()[0])) and not value.strip().isdigit()


def glued_syllables(part: str) -> list[str]:
    """The syllables of a word typed without its spaces, as the name's words they were
    ("TrầnkimPhụng" -> "Trầnkim", "Phụng"; "ÊBan" -> "Ê", "Ban"); ``[part]`` otherwise.

    Only a word with a Vietnamese letter splits: a brand glued the same way ("YouTube",
    "TikTok") is plain ASCII, and no one writes a Vietnamese name in it.
    """
    cuts = [i for i in range(1, len(part) - 1)
            if part[i].isupper() and part[i + 1].islower() and part[i - 1].isalpha()]
    pieces = [part[a:b] for a, b in zip([0, *cuts], [*cuts, len(part)])]
    if len(pieces) < 2 or part.isascii() or not all(p[:1].isupper() for p in pieces):
        return [part]
    return pieces


# What no Vietnamese syllable has, typed with or without accents: the letters f and z, an
# English "s" cluster at its start ("Sports"), an English cluster at its end ("Posts",
# "Comments", "Friendly"…"Print"). Clusters that names of the Central Highlands' peoples
# open with ("H'Bla", "Y Drang", "Mlô", "Ksor") are not listed.
_NOT_VIETNAMESE_WORD = re.compile(
    r"[fz]|^(?:sc|sk|sl|sm|sn|sp|st|sw|tw|wr)|"
    r"(?:ts|st|nt|nd|rd|ck|ll|ss|rs|ls|ps|ds|gs|rt|ct|lt|er|ed)$")


# One Vietnamese syllable, folded: an initial consonant (or none), vowels, a final consonant
# (or none). "Hoài", "Ngọc", "Thanh" are; "English", "Admin" are not.
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]+(?:ch|ng|nh|[cmnpt])?")


def vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` is spelled like one Vietnamese syllable (its accents aside)."""
    return bool(_SYLLABLE.fullmatch(fold(word.strip())))


def syllables_run_together(word: str, most: int = 4) -> bool:
    """Whether a folded word is two to ``most`` Vietnamese syllables typed without spaces ("tanghoa":
    "tặng hoa", an image's alt text named after its caption); "english", "header" are not."""
    if most < 2:
        return False
    return any(_SYLLABLE.fullmatch(word[:cut]) and (_SYLLABLE.fullmatch(word[cut:]) or syllables_run_together(
        word[cut:], most - 1)) for cut in range(1, len(word)))


def foreign_words(text: str) -> bool:
    """Whether an unaccented line holds a word no Vietnamese syllable looks like: "Recent Posts",
    "Facebook Comments" are an English theme's widget headings, not a writer's name."""
    return text.isascii() and any(_NOT_VIETNAMESE_WORD.search(w) for w in re.findall(r"[a-z]+", text.lower()))


def is_person_name(text: str, *, min_words: int = 2) -> bool:
    """A Vietnamese personal name or initials ("Kim Quy", "Nguyễn Văn A", "T.H").

    Words glued when the page lost its spaces count as the words they were
    ("TrầnkimPhụng", "H’Xiu ÊBan": ``glued_syllables``).
    """
    text = text.strip().rstrip(".")
    if foreign_words(text) or _opens_with_a_units_name(text):
        return False
    parts = text.split()
    if len(parts) == 1 and _INITIALLED.match(text):
        return True
    syllables = [glued_syllables(part) for part in parts]
    count = sum(map(len, syllables))
    if not min_words <= count <= 5:
        return _INITIALS.match(text) is not None and len(parts) == 1
    for position, (part, pieces) in enumerate(zip(parts, syllables), 1):
        if _INITIALS.match(part):
            continue
        if not all(_capitalised_name_part(piece) for piece in pieces):
            return False
        if fold(part) in _NOT_NAME or part.lower() in _NOT_NAME_AS_TYPED or (position < len(parts) and (
                part.lower() in _LEADING_ONLY or fold(part) in _HEADING_OPENERS)):
            return False
        if len(pieces) > 1:
            # One capital glued before a syllable is that syllable's prefix, as H’ in H’Xiu:
            # "ÊBan" is one word of a name although "Ban" alone opens headings.
            if len(pieces[0]) == 1:
                pieces = [pieces[0] + pieces[1], *pieces[2:]]
            if any(fold(piece) in _NOT_NAME for piece in pieces):
                return False
    return True


def _opens_with_a_units_name(text: str) -> bool:
    """"Huyện Đoàn Hải Lăng", "Ủy Ban Xã": a unit's name of two words or more (rules.toml,
    ``bylines.organisation_openers``, matched with its accents) opens the line: a unit, no
    person. One word alone is no sign: "Đoàn", "Hội" are family names too. A place's name
    ("Huyện Mang Yang", ``bylines.place_openers``) opens no person's name either."""
    typed = unicodedata.normalize("NFC", text).lower() + " "
    match = rules().organisation_opener_as_typed.match(typed)
    return (bool(match) and len(match.group().split()) >= 2) or bool(rules().place_opener_as_typed.match(typed))


def _capitalised_name_part(part: str) -> bool:
    """One word of a name: "Lan", "A"; names of the Central Highlands' peoples keep an
    apostrophe ("K’ Liệp", "H’Hen", "Ya’Đung"), each piece capitalised or empty after it."""
    pieces = _APOSTROPHE.split(part)
    if len(pieces) > 2 or not pieces[0]:
        return False
    return all(p.isalpha() and p[0].isupper() and (len(p) == 1 or p[1:].islower()) for p in pieces if p) and (
        len(pieces) == 1 or len(pieces[0]) <= 3)


def is_upper_name(text: str) -> bool:
    """A name printed in capitals ("THANH HÀ"), kept as printed.

    Section labels and buttons printed in capitals ("HOẠT ĐỘNG MẶT TRẬN", "PHÒNG VĂN
    HÓA") are not names: their words are listed in rules.toml (``bylines.not_name_words``).
    """
    if fold(text.strip()) in rules().courtesy_closings:
        return False   # a letter's closing in capitals ("KÍNH THƯ" over its signer's title and name)
    role = rules().caption_role.match(fold(text.strip()))
    if role and role.end() == len(fold(text.strip())):
        return False   # a post alone in capitals ("BÍ THƯ", "HIỆU TRƯỞNG") over its signer's name: no name itself
    text = re.sub(r"^((?:[A-ZĐ]\.){1,3})(?=[A-ZĐ]{2})", r"\1 ", text.strip())   # glued to the name: "H.HOA"
    parts = text.split()
    # an initial may stand for the family name: "T. DANH", "N.T. HÀ"
    initials = [p for p in parts if re.fullmatch(r"(?:[A-ZĐ]\.){1,3}", p)]
    names = [p for p in parts if p not in initials]
    if not 2 <= len(parts) <= 4 or not names or not all(p.isalpha() and p.isupper() for p in names):
        return False
    if initials and (len(names) != 1 or parts[-1] != names[0] or len(names[0]) < 2):
        return False
    if rules().not_name_words.search(" " + fold(text) + " "):
        return False
    return all(fold(p) not in _NOT_NAME and p.lower() not in _NOT_NAME_AS_TYPED for p in parts) and fold(text) not in ("viet nam",)


_DOTTED_INITIALS = re.compile(r"(?:[A-ZĐ]\.\s?){2,4}")


def _glued_capitals_heading(text: str) -> int | None:
    """Where a heading in capitals of two words or more starts, glued without a space to the lower-case letter
    that ends the line's text ("Kiều OanhÝ KIẾN BẠN ĐỌC"), or None."""
    for p in range(1, len(text) - 1):
        if text[p - 1].islower() and text[p].isupper() and words(text[p:]) >= 2 and text[p:] == text[p:].upper():
            return p
    return None


# A person named with a courtesy title, their post after a comma or a dash: how a caption or the text speaks of someone,
# never how a writer signs ("Ông Châu Văn Trung, PCT Hội BTBNN huyện MCB, cùng đại diện …").
_HONOURED_WITH_POST = re.compile(r"^\s*(?:Ông|Bà|Đồng chí|Đ/c)\s+[A-ZĐÀ-Ỹ][^,–—-]{2,40}?(?:,|\s[-–—]\s)")


def honoured_with_post(text: str) -> bool:
    """Whether a line names someone with a courtesy title and their post (``_HONOURED_WITH_POST``): no signature."""
    return bool(_HONOURED_WITH_POST.match(text))


# The place and day a letter or a document is written at ("Hà Nội, ngày 21 tháng 01 năm 2013"), the day and month maybe
# left for the pen ("Đức Hợp, ngày ….. tháng 12 năm 2021").
_PLACE_AND_DAY = re.compile(r"^\s*(?:[A-ZĐÀ-Ỹ][\w'.]*\s*){1,5},\s*ngày\b[^,;]{0,30}\btháng\b[^,;]{0,12}"
                            r"\bnăm\s+\d{4}\s*\.?\s*$")


def place_and_day(text: str) -> bool:
    """Whether a line is a document's place and day alone ("Hải Phòng, ngày 20 tháng 10 năm 2019"), maybe in a table's
    cell ("Xuân Tín, ngày 07 tháng 5 năm 2025 |"): no headline, no writer."""
    return bool(_PLACE_AND_DAY.match(text.strip().strip("|")))


_PLACE_PART_MAX_WORDS = 6   # a place's level word and its name ("tổ dân phố 3", "thành phố Hồ Chí Minh")


def places_only(text: str) -> bool:
    """Whether a line is nothing but places listed from the smallest, each with its level ("Thôn Phương Lang, xã Hải Ba,
    huyện Hải Lăng, tỉnh Quảng Trị"): someone's address, three places or more; no headline, no writer."""
    parts = [p.strip() for p in re.split(r"\s*[,–-]\s+", text.strip().rstrip("."))]
    # (two places joined by a dash are a site header's address line too: "QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH")
    fewest = 2 if len(parts) == 2 and re.search(r"\s[–-]\s", text) else 3
    return len(parts) >= fewest and all(
        rules().any_place_opener.match(p) and words(p) <= _PLACE_PART_MAX_WORDS for p in parts)


def place_name(text: str) -> bool:
    """Whether ``text`` is a province's or a city's name alone (rules.toml ``bylines.place_names``), maybe after "TP"."""
    return fold(text).strip(" .") in rules().place_names


def _name_before_its_unit(text: str) -> str | None:
    """The writer's name (two to four words) when a unit's name follows it on the line without a dash ("Ngọc Thỏa
    Trung Tâm VHTT-TT&DL huyện"): the rest opens with a unit's first words, capitalised."""
    parts = text.split()
    for n in range(min(4, len(parts) - 2), 1, -1):
        name, unit = " ".join(parts[:n]), " ".join(parts[n:])
        if is_person_name(name) and opens_with_unit(unit) and parts[n][:1].isupper():
            return name
    return None


_QUOTE_OPENS = re.compile(r":\s*[“\"«]\s*\S")   # a quotation opening after a colon: someone's words, no byline


# A few words between two dashes ("-S.Pa-", "- Minh Anh -"): a frame some writers type around their name.
FRAMED_BY_DASHES = re.compile(r"[-–—]\s*([^\s\-–—][^\-–—]{1,38}?)\s*[-–—]")


def bare_byline(text: str) -> tuple[str, FoundDate | None] | None:
    """A byline without a label, as printed after the last paragraph.

    "Kim Quy", "THANH HÀ", "Hoàng Anh (MTTQ phường) - 12/03/2022": a name, maybe
    followed by the writer's unit in brackets or after a dash, maybe by a date.
    """
    if place_and_day(text) or place_name(text):
        # a letter's or a document's place and day ("Hà Nội, ngày 21 tháng 01 năm 2013"), a city's name alone (a weather
        # box's "Hà Nội" under the text): no writer
        return None
    date = None
    bracketed = closing_bracketed_stamp(text)
    if bracketed is not None:
        # the page's stamp in brackets after the writers ("Ánh Nguyệt - Duy Khánh  (Cập nhật ngày 03-06-2015)")
        opens, date = bracketed
        text = text[:opens]
    elif has_edge_date(text):
        found = find_dates(text)
        date = found[-1] if found else None
        text = strip_dates(text)
    heading = _glued_capitals_heading(text)
    if heading is not None and date is None and is_person_name(text[:heading].strip()):
        # the writer's name with the next box's heading glued to it ("Kiều OanhÝ KIẾN BẠN ĐỌC")
        return text[:heading].strip(), None
    framed = FRAMED_BY_DASHES.fullmatch(text.strip())
    if framed and date is None:
        text = framed.group(1)   # the name between two dashes, a frame some writers type around it ("-S.Pa-")
    signed = re.fullmatch(r"\(([^()]{3,80})\)", text.strip())
    if signed and date is None:
        # the writer with their role, the whole line in brackets ("(Nguyễn Thị Loan, Chủ tịch HND quận)")
        pair = re.split(r",\s+|\s+[-–—]\s+", signed.group(1), maxsplit=1)
        if len(pair) == 2 and is_person_name(pair[0].strip()) and role_or_unit(pair[1].strip()):
            return pair[0].strip(), None
        if len(pair) == 1 and is_person_name(pair[0].strip()):
            return pair[0].strip(), None   # the writer's name alone in brackets ("(Phùng Thị Thuỷ)")
    if _DOTTED_INITIALS.fullmatch(text.strip()):
        return text.strip(), date   # a writer's initials, their last dot kept ("M.Q.")
    if honoured_with_post(text) or _QUOTE_OPENS.search(text):
        # a caption naming someone with the courtesy of a third person ("Ông Châu Văn Trung, PCT Hội …"); the words
        # someone said, quoted after a colon ("Anh Lò Văn Xiên, Trưởng bản … nhận xét: “Gia đình anh Xuyến …")
        return None
    text = text.strip().rstrip(".!;").strip()   # "Đinh Bình!", "… Hội LHPN xã;": a stray mark typed after the name
    # The site the article was taken from, after a slash: "Chí Đại/daidoanket.vn".
    text = _SOURCE_AGENCY.sub("", _SOURCE_SITE.sub("", text)).strip(" |")
    text = without_degree(text)   # "Th.S Hồng Nhung": the degree is not part of the name
    if slashed_writers(text):
        return text, date
    if ends_sentence(text) or words(text) > 18 or addresses_someone(text) or is_source_credit(text):
        return None   # (a publication's bare name, "Báo Hậu Giang", credits the source: no writer)
    if re.fullmatch(r"nhom (?:pv|ctv|phong vien|cong tac vien)", fold(text)):
        return text, date   # the reporters sign as a group ("Nhóm PV")
    posted = re.fullmatch(r"([^:]{2,30}?):\s+(\S.*)", text)
    if posted and words(posted.group(1)) <= 3 and role_or_unit(posted.group(1)) and is_person_name(posted.group(2)):
        return posted.group(2).strip(), date   # the writer's post before the name ("TPT Đội: Hoàng Hoa Thúy")
    placed = re.fullmatch(r"([^:]+?):\s+(\S.*)", text)
    if placed and words(placed.group(1)) <= 5 and is_person_name(placed.group(1)) and (
            rules().place_opener_as_typed.match(placed.group(2)) or role_or_unit(placed.group(2))):
        return placed.group(1).strip(), date   # the writer's place or unit after a colon ("Đức Toàn: huyện Bắc Mê")
    # The writer's unit after a dash, a comma or in brackets may be long ("Minh Tuấn -
    # Trung tâm Văn hóa, Thông tin và Thể thao huyện"); the name before it is short.
    # (the dash may be glued to the unit when the page lost a space: "TrầnkimPhụng –phườngMỹ Phước")
    # (or to the name, before a space: "Nguyễn Thắng- Đài TT huyện Xuyên Mộc")
    parts = re.split(r"\s+[-–—]\s*|\s*[-–—]\s+|\s*\(|,\s+", text, maxsplit=1)
    stopped = re.fullmatch(r"(.+?)\.\s+(\S+(?:\s+\S+){0,5})", text)
    if len(parts) == 1 and stopped and is_person_name(stopped.group(1)) and role_or_unit(stopped.group(2)):
        # the writer's role or unit after a full stop: "Vũ Quang Bắc. CTHNCT phường"
        return stopped.group(1).strip(), date
    if len(parts) == 1:
        named = _name_before_its_unit(text)
        if named is not None:
            return named, date   # the writer's unit typed after the name with no dash: "Ngọc Thỏa Trung Tâm VHTT-TT&DL"
    initials = re.fullmatch(r"(.+?)\s*\(([^()]{1,8})\)", text)
    if initials and opens_with_unit(initials.group(1)) and (
            _INITIALS.match(initials.group(2).strip())):
        # A unit signs with its writer's initials in brackets ("Huyện Đoàn Hải Lăng (T.A)"):
        # the initials are the writer, the unit is not part of the author. (Capitals without
        # dots may be the unit's own abbreviation: "Ban Tổ chức (BTC)".)
        return initials.group(2).strip(), date
    if len(parts) == 2 and words(parts[0]) <= 5:
        name = parts[0].strip()
        if _signature_initials(name) and _abbreviated_unit(parts[1].strip()):
            return name, date   # a writer's initials and the unit's abbreviation ("KD – TTDL")
        if is_person_name(name) or is_upper_name(name) or _lower_case_middle_name(name):
            # After the dash another name is a second writer ("K’ Liệp – Vĩnh Hy"), not a unit.
            rest = parts[1].strip()
            if place_name(rest):
                return name, date   # the writer's province after a dash ("Phạm Văn Đông - Cà Mau"), no second writer
            # capitals that are no Vietnamese syllables after the dash are the writer's unit
            # ("Hòa Bình - ĐTT TPST"), not a second writer in capitals
            second = rest and not text[len(parts[0]):].lstrip().startswith(("(", ",")) and (
                not _abbreviated_unit(rest))
            if second and _signing_writer(rest):
                return text, date
            # more writers joined by dashes, maybe before their unit in brackets or after a comma
            # ("Vân Dung - Minh Trang - Hữu Được (Trung tâm Văn hóa …)", "Thiện Tâm - Hồng - Trân"):
            # all of them sign
            # (a dash glued to the name before it as to the first: "Nguyên Đồng- Kỉnh Ngọc- Hoàng An")
            more = re.split(r"\s+[-–—]\s*|\s*[-–—]\s+", re.split(r"\s*\(|,\s+", rest, maxsplit=1)[0].strip())
            if second and _joined_names(more, fewest=1, is_name=_signing_writer):
                return _as_printed(text, name, more), date
            # the writers before their unit after one more dash ("Kim Huệ - Văn Phà - Trung tâm Văn hóa, …")
            lead = list(itertools.takewhile(_signing_writer, more))
            if second and lead and len(lead) < len(more) and role_or_unit(more[len(lead)]) and (
                    _joined_names([name, *lead])):
                return _as_printed(text, name, lead), date
            if role_or_unit(rest) and rules().caption_deed.search(rest):
                return None   # the person's role, then what they do in the photo: a caption, no signature
            comma = re.fullmatch(r",\s+([^(),]+?)\s*\((.+)\)", text[len(parts[0]):].strip())
            if comma and is_person_name(comma.group(1)) and not (role_or_unit(comma.group(1)) or place_name(
                    comma.group(1))) and role_or_unit(comma.group(2)):
                return f"{name}, {comma.group(1)}", date   # two writers before their unit in brackets ("Văn Nhuệ,
                #                                             Phước Hậu (Công an phường Tân Triều)")
            return name, date
    if words(text) > 10:
        return None
    if is_person_name(text) or is_upper_name(text) or _name_with_particle(text) or _signature_initials(text) or (
            _name_with_lower_case_end(text)) or _unit_initials(text):
        return text, date
    names = [p for p in re.split(r"\s*[-–—,&]\s*", text) if p]
    if len(names) >= 2 and all(is_person_name(n) or is_upper_name(n) for n in names):
        return text, date  # several writers: "Hải Hưng- Nguyễn Thị Tuyến"
    joined = text.split(" và ")
    if len(joined) == 2 and any(is_person_name(n) for n in joined) and all(
            is_person_name(n) or _signature_initials(n) for n in joined):
        return text, date   # a writer's initials and another's name joined by "và" ("PTT và Hữu Minh")
    return None


def slashed_writers(text: str) -> bool:
    """Two writers' names joined by a slash ("Hoàng Hoa/Thế Vĩnh"); an agency or a site after it is no writer."""
    parts = text.split("/")
    return len(parts) == 2 and all(is_person_name(part.strip()) for part in parts)


def _as_printed(text: str, first: str, others: list[str]) -> str:
    """The writers ``first`` and ``others`` as the line joins them ("Thu Trang- Lữ Thân"), up to the last one."""
    end = text.find(others[-1], len(first))
    return text[: end + len(others[-1])] if end >= 0 else " - ".join([first, *others])


def addresses_someone(text: str) -> bool:
    """Whether a line opens with a form of address ("Đồng chí Nguyễn", a cut-off caption's
    first words; rules.toml ``bylines.address_words``): it speaks of a person, no writer signs so."""
    return bool(rules().address_opener.match(unicodedata.normalize("NFC", text.strip()).lower()))


def role_or_unit(text: str) -> bool:
    """A writer's role or unit as printed after their name: an abbreviation in capitals
    ("CTHNCT phường", "PV"), a unit's or a role's first words (rules.toml)."""
    table = rules()
    folded = fold(text) + " "
    return bool(re.match(r"[A-ZĐ]{2,}\b", text) or opens_with_unit(text)
                or table.caption_role.match(folded))


def writer_with_post(text: str) -> str | None:
    """The writer's name when the line is a name, a dash and their post or unit ("Triệu Thị Thanh Hằng- Học sinh lớp
    5A"): a byline under a headline, never the headline; else None."""
    parts = re.split(r"\s*[-–—]\s*", text.strip(), maxsplit=1)
    signs = len(parts) == 2 and is_person_name(parts[0]) and words(parts[1]) <= 8 and role_or_unit(parts[1]) and (
        not ends_sentence(text))
    return parts[0] if signs else None


def several_writers(text: str) -> bool:
    """Two or three writers' names joined by dashes, the dash maybe glued to a name ("Thùy Linh-
    Mạnh Thường", "Thu Hà - Minh Khoa"): a byline, never a headline.

    Stricter than the dashes ``bare_byline`` reads after the article's last paragraph (there a
    dash needs a space before it, names in capitals sign too, and up to three follow the first
    name): this one decides from the line alone that it is no headline, so only names as typed
    pass."""
    return _joined_names(re.split(r"\s*[-–—]\s*", text.strip()))


def _signing_writer(text: str) -> bool:
    """A writer's name after a dash in a byline: as typed, in capitals, or a second writer's."""
    return is_person_name(text) or is_upper_name(text) or _second_writer(text)


def _joined_names(pieces: list[str], fewest: int = 2, is_name=is_person_name) -> bool:
    """Whether the pieces of a line are ``fewest`` to ``joined_writers_max`` (rules.toml) people's
    names (``is_name``): the writers a byline joins."""
    return fewest <= len(pieces) <= rules().joined_writers_max and all(is_name(p) for p in pieces)


# What a byline prints after a dash, a second writer's name ("Thống Nhất") or the first writer's
# unit abbreviated ("ĐTT TPST"): at most this many words (a family, a middle and one or two given
# names). A bound of the shape, not a tunable.
_AFTER_DASH_MAX_WORDS = 4


def _abbreviated_unit(text: str) -> bool:
    """Capitals and digits that no Vietnamese syllable spells ("ĐTT TPST", "Q11", "UBND"): a
    unit's abbreviation as writers print it after their name, never a second writer."""
    parts = text.split()
    if not 1 <= len(parts) <= _AFTER_DASH_MAX_WORDS:
        return False
    # (the unit's place may follow its abbreviation, capitalised: "ĐTT TIÊN LỮ", "TTVH Hàm Tân": the abbreviation tells)
    spelled = parts[:1] if len(parts[0]) >= 2 and all(p[:1].isupper() for p in parts) else parts
    return all(re.fullmatch(r"[A-ZĐ][A-ZĐ0-9&/.]*", p) and not vietnamese_syllable(p) for p in spelled)


def cut_before_a_name(text: str) -> bool:
    """Whether a line of three words or more stops on a form of address after a comma ("Phát biểu tại
    ngày hội, đồng chí", rules.toml ``bylines.address_words``): a sentence cut right before the name
    it announces, as no headline or caption ends ("… cho các cụ" ends one: no comma before it)."""
    head, comma, end = text.rstrip(" ;:").rpartition(",")
    end = end.strip().lower()
    found = rules().address_opener.match(end + " …") if comma and len(head.split()) >= 2 else None
    return bool(found) and found.end() == len(end) + 2


def opens_with_units_abbreviation(text: str) -> bool:
    """A signature whose part before its first dash is a unit's abbreviation ("TTVH-TT&TT HÀM TÂN",
    "BQL - Khu di tích"): the whole line names the unit; no writer's name stands before the dash
    (nor after it: "PV - Minh Khoa" is a role and a writer)."""
    head = re.split(r"\s*[-–—]\s*", text.strip(), maxsplit=1)
    return len(head) == 2 and bool(head[1]) and _abbreviated_unit(head[0]) and not is_person_name(head[1])


def writers_joined_by_dash(text: str) -> bool:
    """Two or more writers' names joined by dashes ("Hồng Quân - Phan Thiên"): a byline, never a box's heading."""
    return _joined_names(re.split(r"\s+[-–—]\s+", text.strip()))


def _joined_writers(text: str) -> bool:
    """Two or three writers as ``clean_author`` joins them ("Thanh Xuyên, Minh Hoàn"): a byline
    whose label opens a longer line ("CTV Thanh Xuyên – Minh Hoàn (Huyện Mang Yang)") is no sentence."""
    return _joined_names(text.split(", "))


def _second_writer(text: str) -> bool:
    """A second writer's name after a dash ("Văn Sanh – Thống Nhất"). Right after a name in a
    byline no widget heading stands, so the words that deny a heading-like line its being a
    name (``_NOT_NAME``: "Mới Nhất") do not count here; a unit's name still does not pass, nor does a
    place's ("Trần Thị Thương- Phường Xuân Tăng": where she works)."""
    parts = text.split()
    return 1 <= len(parts) <= _AFTER_DASH_MAX_WORDS and all(_capitalised_name_part(p) for p in parts) and not (
        opens_with_unit(text) or rules().place_opener_as_typed.match(text.lower())
        or rules().not_name_words.search(" " + fold(text) + " "))


def _signature_initials(text: str) -> bool:
    """The capitals of a writer's name without dots ("TĐ", "BH"), read only where a byline
    stands; abbreviations listed in rules.toml (``bylines.not_initials``) are not signatures."""
    return bool(re.fullmatch(r"[A-ZĐ]{2,3}", text)) and fold(text) not in rules().not_initials


def _unit_initials(text: str) -> bool:
    """A unit's abbreviation alone on the signing line ("TTBCXB", "VHXH", "TĐKT"): four to six capitals, a vowel at
    most, as no English button ("MENU", "LOGIN") is."""
    return bool(re.fullmatch(r"[A-ZĐ]{4,6}", text)) and sum(c in "AEIOUY" for c in text) <= 1 and (
        fold(text) not in rules().not_initials)


def _lower_case_middle_name(text: str) -> bool:
    """A name whose middle name is typed in lower case ("Đặng văn Mỹ", "Lê thị Hoa"): only the
    middle names listed in rules.toml (``bylines.lower_case_middle_names``), since before a
    unit or role a caption's "Đồng chí Nguyễn Văn Hải" has a lower-case word too."""
    parts = text.split()
    return 3 <= len(parts) <= 4 and parts[1] in rules().lower_case_middle_names and is_person_name(
        " ".join(p for i, p in enumerate(parts) if i != 1))


def _name_with_particle(text: str) -> bool:
    """A name typed with one word in lower case ("Mai viết Tăng"): first and last capitalised."""
    parts = text.split()
    if not 3 <= len(parts) <= 5:
        return False
    lower = [p for p in parts[1:-1] if p.isalpha() and p.islower()]
    # (a Vietnamese word: "Top page Desktop", a theme's block name, is no name)
    return len(lower) == 1 and len(lower[0]) <= 5 and vietnamese_syllable(lower[0]) and is_person_name(
        " ".join(p for p in parts if p is not lower[0]))


def cut_to_a_letter(text: str) -> bool:
    """Whether a line's last word is cut to its first letter, in lower case ("TS Đoàn Mạnh Quỳnh đ"): the copy
    stopped inside it; no name ends so."""
    return bool(re.search(r"\s[^\W\d_A-ZĐ]$", text.rstrip()))


def last_word_cut(text: str) -> bool:
    """Whether a line's last word spells no Vietnamese syllable ("trung th"): the copy stopped inside it."""
    last_word = text.split()[-1] if text.split() else ""
    return last_word.isalpha() and not vietnamese_syllable(last_word)


def cut_inside_its_last_word(text: str) -> bool:
    """Two or three words whose last is one or two letters that spell no syllable ("Học sinh th", "Trao Th", "Ông
    Nguyễn M"): the copy stopped inside a word, so no writer's name ends there. Not an abbreviation in capitals ("UBND
    TP")."""
    parts = text.split()
    return 2 <= len(parts) <= 3 and len(parts[-1]) <= 2 and not (len(parts[-1]) == 2 and parts[-1].isupper()) and (
        last_word_cut(text))


def _name_with_lower_case_end(text: str) -> bool:
    """A full name whose last word lost its capital ("Nguyễn Thị Thu hiền"): three capitalised
    words of a name at least before it, so a short phrase ("Tân Lập xã") does not pass."""
    parts = text.split()
    # (a lone letter is a word the copy cut, "TS Đoàn Mạnh Quỳnh đ", no given name)
    return 4 <= len(parts) <= 5 and parts[-1].isalpha() and parts[-1].islower() and 2 <= len(parts[-1]) <= 6 and (
        is_person_name(" ".join(parts[:-1])))


def organisation_signature(text: str) -> bool:
    """A unit signing the article on its last line ("Ban Tổ chức", "Ủy ban MTTQ … phường X")."""
    text = text.strip().rstrip(".")
    n = words(text)
    # (a unit's number is no date or count: "Đội QLTT số 1 Cục QLTT Đắk Nông", "Trường Tiểu học số 2")
    if not 2 <= n <= rules().organisation_max_words or ends_sentence(text) or any(
            c.isdigit() for c in re.sub(r"\bsố\s+\d{1,2}\b", "", text)):
        return False
    # (matched with its accents: "Đại biểu H", a caption cut short, is no "Đài …")
    if not opens_with_unit(text) or text.isupper():
        return False  # in capitals it is a section label, not a signature
    if is_cms_account(text):
        return False  # the editorial board of a place ("Ban biên tập UBND phường Mỹ Phước") signs as no author
    tokens = [p for p in text.split() if p[:1].isalpha()]
    capitalised = sum(1 for p in tokens if p[:1].isupper())
    return capitalised * 2 >= len(tokens)


def commune_name_alone(text: str) -> bool:
    """A commune's, a ward's or a town's name alone, each word capitalised ("Phường Giếng Đáy", "Xã Tân Lập",
    "Phường 3"): the unit signing, when it stands right under the article's last sentence."""
    return bool(re.fullmatch(r"(?:Xã|Phường|Thị trấn)(?:\s+[A-ZĐÀ-Ỹ\d][^\s,;:()]*){1,4}", text.strip().rstrip(".")))


def unit_in_sentence_case(text: str) -> bool:
    """A unit's name typed in sentence case, as an office signs ("Phòng Công tác chính trị - Sinh viên", "Ban Tuyên
    giáo Huyện ủy"): a unit's first word and a capitalised second word, no digit, no clause or sentence mark. Read
    only on the article's closing line; a line opening so in running text goes on with a verb and a stop."""
    text = text.strip().rstrip(".")
    parts = text.split()
    if not 2 <= len(parts) <= rules().organisation_max_words or ends_sentence(text) or text.isupper():
        return False
    if any(c.isdigit() for c in text) or any(mark in text for mark in ",;:()\"“”") or cut_to_a_letter(text):
        return False   # (a caption the copy cut after a letter, "Hội NCT tại buổi chiều t", signs nothing)
    opener = rules().organisation_opener_as_typed.match(unicodedata.normalize("NFC", text).lower() + " ")
    if opener is None or is_cms_account(text):
        return False
    if parts[1][:1].isupper():
        return True   # "Ban Tuyên giáo Huyện ủy"
    # a unit's kind in two words ("Trung tâm", "Thư viện"): its own name follows, capitalised ("Trung tâm Du lịch
    # sinh thái và Cứu hộ sinh vật"), or its place's level alone, the place going unsaid on its own portal ("Thư
    # viện tỉnh"); a level followed by words in lower case is a clause ("Ủy ban MTTQVN tỉnh trao kỷ niệm chương")
    rest = text[opener.end() - 1:].split()
    if not rest:
        return False
    if len(rest) == 1:
        return _PLACE_LEVEL.fullmatch(" " + fold(rest[0]) + " ") is not None
    if not rest[0][:1].isupper():
        return False
    return not any(fold(word) in _ONE_WORD_LEVELS and not following[:1].isupper()
                   for word, following in zip(rest, rest[1:]))


# A place's level, folded ("xã", "thị trấn", "TP."): the word a unit's place is named after.
_LEVELS = ("xa", "phuong", "thi tran", "huyen", "quan", "thi xa", "tinh", "thanh pho", "tp", "tp.")
_PLACE_LEVEL = re.compile(r"\s(?:" + "|".join(re.escape(level).replace(r"\ ", " ") for level in _LEVELS) + r")\s")
_ONE_WORD_LEVELS = frozenset(level for level in _LEVELS if " " not in level)


def unit_in_capitals_with_place(text: str) -> bool:
    """A unit and its place in capitals ("ỦY BAN NHÂN DÂN PHƯỜNG 1", "UBND XÃ HÒA PHONG"): a page's footer
    heading, or the unit signing on the line after its article (``extract`` tells them apart by what follows)."""
    return bp.is_upper_line(text) and bp.classify_line(text) == bp.FOOTER and bool(
        _PLACE_LEVEL.search(" " + fold(text) + " "))


def role_of_unit_signature(text: str) -> bool:
    """A unit signing through its head's role ("Bí thư Đoàn xã Nam Phúc", maybe with a table's bar after
    it): a role (``captions.roles``), then only a unit's name (``organisation_signature``)."""
    text = text.strip().rstrip("|").strip().rstrip(".")
    role = rules().caption_role.match(fold(text))
    if not role or ends_sentence(text):
        return False
    rest = " ".join(text.split()[len(role.group(0).split()):])
    folded = " " + fold(rest) + " "
    place = _PLACE_LEVEL.search(folded)
    # the unit's place is named in a word or two ("xã Nam Phúc"); a person's full name after a role
    # and a place word ("Chủ tịch UBND xã Nguyễn Văn An") is no unit's
    return organisation_signature(rest) and place is not None and len(folded[place.end():].split()) <= 2


def abbreviated_unit_signature(text: str) -> bool:
    """A unit signing with its abbreviation and its place's name ("HĐ Hoằng Hóa": Hội đồng Đội huyện
    Hoằng Hóa; "ĐTN Tân Phú"): capitals no syllable spells, then one to three capitalised syllables.
    A role before a writer's name ("PV Minh Anh", ``bylines.colon_labels``, a CMS account) is none."""
    parts = text.strip().rstrip(".").split()
    if not 2 <= len(parts) <= 6 or not _abbreviated_unit(parts[0]):
        return False
    role = fold(parts[0])
    if role in rules().cms_accounts or rules().byline_colon_label.match(role + ":"):
        return False
    # the abbreviation may be typed in two pieces ("TTHTC Đ xã Hưng Đạo") and the place named with its
    # level in lower case
    rest = parts[2:] if len(parts) > 2 and _abbreviated_unit(parts[1]) else parts[1:]
    joined = " ".join(rest)
    level = rules().place_opener_as_typed.match(joined)
    if level and rest[0][:1].islower():
        rest = joined[level.end() - 1:].split()   # (the pattern reads the name's first letter too)
    return 1 <= len(rest) <= 3 and all(p[:1].isupper() and not p.isupper() and vietnamese_syllable(p) for p in rest)


_PARENT_PLACE = re.compile(r"(?<=\S)\s+[-–]\s+(?:[A-ZĐ][^\W\d_]*\s*){1,3}$")


def is_unit_name(text: str) -> bool:
    """A line that only names a unit and its place: "Hội Nông dân tỉnh Bến Tre", "Ủy ban MTTQ
    Việt Nam xã Tân Lập", "Hội Nông dân tỉnh" — a site's name in its header, or a unit
    signing; never a headline, which says what the unit did."""
    text = text.strip().rstrip(".")
    # the province after a dash, as a site's name prints it: "UBND xã Lộc Tấn - Đồng Nai"
    text = _PARENT_PLACE.sub("", text)
    folded = fold(text)
    if folded.endswith(" viet nam") and not _PLACE_LEVEL.search(" " + folded + " ") and opens_with_unit(text) and (
            words(text) <= rules().organisation_max_words and not re.search(r"\d", text)):
        # a national body's name, the country its place, in capitals as a site's header prints it too ("ỦY BAN MẶT
        # TRẬN TỔ QUỐC VIỆT NAM" over "QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH")
        return True
    if not organisation_signature(text):
        return False   # ("Đại hội Đại biểu Hội Nông dân xã Mỹ Khánh" is an event: "Đại" is no "Đài")
    matches = list(_PLACE_LEVEL.finditer(" " + folded + " "))
    if not matches:
        return False
    place = text[matches[-1].end() - 1:].split()
    # the place may go unsaid on its own portal: "Hội Nông dân tỉnh"
    return len(place) <= 4 and all(p[:1].isupper() or p[:1].isdigit() for p in place)


_CLOSING_NAME = re.compile(r"\s*\(([^()]{3,40})\)\s*$")
_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho|tp\.?|thon|ap|"
                           r"to|khu pho|ban|buon|lang|tai|o)\s")


# A name run on after the last sentence: "… cho BCH Hội CCB của phường. Trần Công Thi".
_RUN_ON_NAME = re.compile(r"[.!?…]\s+(\S+(?:\s+\S+){1,4})\s*$")


def closing_name(text: str) -> tuple[str, str] | None:
    """(the text, the writer) when the article's last line ends with the writer's name in
    brackets ("… có hoàn cảnh khó khăn (Phi Hồng)"), or run on after its last sentence with
    no stop of its own ("… của phường. Trần Công Thi": the byline's line lost). Not a place
    after a place word ("xã Yên Phong (Yên Mô)"), not a bracket closed by a full stop, which
    ends a sentence about it."""
    run_on = _RUN_ON_NAME.search(text)
    # (the dot of a place's abbreviation, "… tại trụ sở UBND TX. Giá Rai.", ends no sentence)
    if run_on and words(text[: run_on.start()]) >= 8 and is_person_name(run_on.group(1)) and not (
            re.search(r"(?:^|\s)[A-ZĐ]{1,3}$", text[: run_on.start()])):
        return text[: run_on.start() + 1].rstrip(), run_on.group(1).strip()
    match = _CLOSING_NAME.search(text)
    if not match or words(text[: match.start()]) < 8:
        return None
    name = match.group(1).strip()
    before = " ".join(fold(text[: match.start()]).split()[-4:]) + " "
    if not is_person_name(name) or _PLACE_BEFORE.search(" " + before):
        return None
    return text[: match.start()].rstrip(), name




# The most words of a publication's name alone after the text ("Báo điện tử Đảng Cộng sản Việt Nam").
_PUBLICATION_MAX_WORDS = 8


_INITIALS_BEFORE_CREDIT = re.compile(r"^[A-ZĐ]{2,5}\s*[-–—]\s*(?=(?:Theo|Nguồn)\b)")


def is_source_credit(text: str) -> bool:
    """"Nguồn: …", "Nguồn tin: …", "Theo …": attribution that stays with the article, also
    printed wholly in brackets ("(Theo Báo điện tử Trà Vinh)"), the source site's bare
    address ("baokontum.com.vn", "http://baolamdong.vn/": ``address.site_root``; with a scheme only when
    ``extract`` found it names another site than the page's own) or a publication's bare name ("Báo Hậu Giang",
    rules.toml ``bylines.publication_openers``, its next word capitalised)."""
    # the initials of whoever reposted it may stand before the credit ("LTT - Theo BaoHatinh.vn")
    text = _INITIALS_BEFORE_CREDIT.sub("", _unbracketed(text))
    typed = unicodedata.normalize("NFC", text.strip())
    if _publication_alone(typed):
        return True
    # the label without its colon before a site's address ("Nguồn cand.com.vn") or a publication's name ("Nguồn Báo
    # Cao Bằng")
    unlabelled = re.match(r"^nguon(?: tin)?\s+(\S+)$", fold(text).strip().rstrip("."))
    named = re.match(r"^Nguồn(?: tin)?\s+(?=\S)", typed)
    if named and _publication_alone(typed[named.end():]):
        return True
    if named and re.fullmatch(r"(?:[A-ZĐ]\S*\s+){0,4}[A-ZĐ]\S*", typed[named.end():].rstrip(".")):
        return True   # ... or a unit's or a publication's capitals ("Nguồn TC BHXH"): the source, no writer
    if named and words(text) <= 15 and _cited_document(typed[named.end():]):
        return True   # ... or a document, by its kind or its number ("Nguồn CV 2642/UBND-KT ngày 19/11/2010.")
    # (the label alone, "Nguồn:", credits nothing: a theme's empty source field)
    # ("Theo: Báo Quảng Trị", the label with a colon, as "Nguồn:" is typed)
    return words(text) <= 15 and bool(re.match(r"^(?:nguon(?: tin| anh)?\s*:\s*\S|theo(?:\s*:\s*|\s+)\S)", fold(text))) or bool(
        site_root(text)) or bool(unlabelled and site_root(unlabelled.group(1)))


def _cited_document(text: str) -> bool:
    """Whether ``text`` opens with a document's kind (rules.toml ``paragraphs.document_kinds``, "CV") or its number
    and issuer ("2642/UBND-KT")."""
    folded = fold(text).strip()
    return bool(re.match(r"^(?:cv|so)?\s*\d+\s*/\s*[a-z]", folded) or re.match(r"^cv\s", folded)) or any(
        folded.startswith(kind + " ") for kind in rules().document_kinds)


def _publication_alone(typed: str) -> bool:
    """A publication's bare name, its next word capitalised ("Báo Hậu Giang", rules.toml
    ``bylines.publication_openers``), no sentence."""
    publication = rules().publication_name.match(typed.lower())
    return bool(publication) and typed[publication.end() - 1:][:1].isupper() and (
        words(typed) <= _PUBLICATION_MAX_WORDS) and not ends_sentence(typed)


def without_degree(text: str) -> str:
    """A name without the degree or title printed before it ("Th.s Nguyễn Thị Loan" ->
    "Nguyễn Thị Loan"); the prefixes are listed in rules.toml (``bylines.name_prefixes``)."""
    match = rules().name_prefix.match(fold(text))
    return text[match.end():].strip() if match else text


# A source credit's label and its colon, folded ("Nguồn:", "Nguồn tin:", "Theo:").
CREDIT_LABEL = re.compile(r"(?:nguon(?: tin)?|theo)\s*:\s*")


def credited_person(text: str) -> str | None:
    """The writer named by a source credit ("Nguồn: Trung Hiếu" -> "Trung Hiếu", "Theo: Hữu Lương" -> "Hữu Lương").

    A credit naming a person is the article's byline; one naming a unit or a site
    ("Nguồn tin: Văn phòng Mặt trận phường", "Nguồn: baodanang.vn") stays in the text.
    """
    match = CREDIT_LABEL.match(fold(text))
    if not match or not is_source_credit(text) or re.match(r"nguon tin\b", fold(text).strip()):
        # ("Theo: Hữu Lương", the label with its colon, credits a person as "Nguồn:" does; "Nguồn tin: Sao Khuê" names
        # where the news came from, whoever it names: the fixtures README's decision)
        return None
    name = text[match.end():].strip().rstrip(".").strip()
    # a credit inside the credit ("Nguồn tin: Theo Báo Bình Định") names a publication, no writer
    if is_source_credit(name) and not re.match(r"^nguon", fold(name)):
        return None
    if is_person_name(name) or is_upper_name(name):
        return name
    if re.fullmatch(r"(?:nhom\s+)?(?:pv|ctv)", fold(name)):
        return name   # a reporter or a contributor ("Nguồn: PV"), as a byline signs
    # the writer's unit after a dash is where they work ("Nguồn: Kim Huệ - TTDVTH"): the author is the name
    at_work = re.fullmatch(r"(.+?)\s+[-–—]\s+(.+)", name)
    if not at_work:
        return None
    writer, unit = at_work.groups()
    signs = (is_person_name(writer) or is_upper_name(writer)) and not is_person_name(unit)
    return writer if signs and (role_or_unit(unit) or _abbreviated_unit(unit)) else None


def _unit_and_writer(value: str) -> bool:
    """"UBND xã La Ngà, Hoàng Thốn" after "Tác giả:": the unit that wrote the article, a comma,
    then its writer's name (capitalised words). Both are the author, as the byline prints them;
    a writer's unit *after* the name ("Ngọc Ánh, Hội LHPN xã") is no part of it."""
    match = re.fullmatch(r"([^,]+),\s*([^,]+)", value.strip())
    return bool(match) and opens_with_unit(match.group(1)) and (
        2 <= words(match.group(2)) <= 4 and all(_capitalised_name_part(p) for p in match.group(2).split()))


_PHOTO_CREDIT_WORD = re.compile(r"(?:Ảnh|Hình ảnh|Video|Clip)\s")


# A writer's name of two to four syllables, then the commune or ward they write from, in a word or three (a unit's
# name before its place, "Hội LHPN xã Tân Lập", is the unit's whole); a byline typed all in lower case is read so too.
_NAME_THEN_PLACE = re.compile(r"((?:[^\W\d_]+\s+){1,3}[^\W\d_]+)\s+(?i:xã|phường|thị trấn|thị xã)"
                              r"\s+(?:[^\W\d_]+\s*){1,3}")


def clean_author(value: str) -> str | None:
    """The name part of a byline value ("Ngọc Ánh - Hội LHPN xã" -> "Ngọc Ánh")."""
    value = re.sub(r"\.?/\.?\s*$", "", value.strip())   # the official end mark after it ("Phòng Dạy nghề./.")
    initials = value.strip(" :-–—|,;()[]*")
    value = initials if _DOTTED_INITIALS.fullmatch(initials) else value.strip(" :-–—|,.;()[]*")   # ("M.Q." keeps its dot)
    # a teacher's form of address before the name a byline label gives ("Tin, bài và ảnh: Thầy Phạm Kiên Thành")
    value = re.sub(r"^(?:Thầy|Cô)(?:\s+giáo)?\s+(?=[A-ZĐ\u00c0-\u1ef8])", "", value)
    if not value or not any(c.isalpha() for c in value):
        return None   # (a figure after a label, "Giáo viên: 16" in a school's report, names no one)
    if is_cms_account(value):
        return None
    if _unit_and_writer(value):
        return value
    # a writer's initials glued by a hyphen to their unit ("NĐ-UBND xã Đăk Kôi"): the unit is no part of it
    glued = re.match(r"^([A-ZĐ]{2,4})\s*[-–]\s*(?=\S)", value)
    if glued and not vietnamese_syllable(glued.group(1)) and opens_with_unit(value[glued.end():]):
        return glued.group(1)
    # a unit's abbreviation glued to the name by a hyphen ("Minh Nguyệt-Q11") is no part of it
    value = re.sub(r"(?<=[^\W\d_])\s*[-–]\s*([A-ZĐ][A-ZĐ0-9]+)$",
                   lambda m: m.group(0) if vietnamese_syllable(m.group(1)) else "", value)
    placed = _NAME_THEN_PLACE.fullmatch(value)
    if placed and not opens_with_unit(placed.group(1)) and (is_person_name(placed.group(1)) or value.islower()):
        value = placed.group(1)   # the writer's commune after the name, no dash between ("lê thường xã thạnh hưng")
    posted = re.fullmatch(r"([^:]+?):\s+([^:]+)", value)
    if posted and is_person_name(posted.group(1)) and not is_person_name(posted.group(2), min_words=1):
        return posted.group(1)   # the writer's post after a colon ("Đức Thiện: Văn hóa")
    # (a comma between capitals joins an abbreviation's parts: "Trung tâm VH,TT-TT"; a dash may be glued to the
    # name before a space: "Ba Quốc- Củ chi", or to the post after one: "Ngọc Huy Huấn -Bí thư Đoàn xã")
    segments = [s.strip(" :-–—|,.;()[]*") for s in re.split(
        r"\s+[-–—|]\s+|(?<=[^\W\d_])[-–—]\s+|\s+[-–—](?=[^\W\d_])|[();]|(?<![A-ZĐ]),|,(?![A-ZĐ])|\s+và\s+", value)]
    # the photos' credit after the writer, its colon left out ("Kim Lệ, Ảnh Tiến Thịnh"): not a writer; several writers'
    # degrees are no part of their names ("ThS. Nguyễn Thị Bích Hợp - ThS. Phạm Thị Thu Huyền - Đại học Tân Trào")
    if len(segments) > 1:
        segments = [without_degree(s) for s in segments]
    # (a letter alone after a dash is the writer's unit cut off: "Mỹ Hòa- P")
    names = [s for s in segments if s and is_person_name(s, min_words=1) and not _PHOTO_CREDIT_WORD.match(s)
             and (len(s) > 1 or s is segments[0])]
    if names:
        return ", ".join(dict.fromkeys(names))
    first = segments[0] if segments and segments[0] else value
    return first if words(first) <= 8 else None


# Google Sites' line under a page's title: "đã đăng 07:23 26 thg 5, 2011 bởi Hiệu trưởng: Nguyễn Văn Hùng [ đã cập
# nhật 08:10 27 thg 5, 2011 ]" (posted at, by, updated at).
_POSTED_BY = re.compile(r"^\s*(?:[Đđ]ã\s+)?[Đđ]ăng\s+(\S.{4,40}?)\s+bởi\s+([^\[\]]+?)\s*(?:\[[^\]]*\]?)?\s*$")


def _posted_by(text: str, posted: re.Match) -> Byline | None:
    """The byline of a "posted at … by …" line: the stamp's date and the writer, their post before a colon dropped
    ("Hiệu trưởng: Nguyễn Văn Hùng"); a CMS account as poster signs nothing."""
    found = parse_date_line(posted.group(1))
    if found is None:
        return None
    found = FoundDate(found.value, found.has_time, found.start + posted.start(1), found.end + posted.start(1))
    who = posted.group(2).strip(" .")
    role = re.fullmatch(r"([^:]{2,30}):\s*(\S.*)", who)
    if role and is_person_name(role.group(2)):
        who = role.group(2)
    if is_cms_account(who):
        return Byline(None, True, found)
    return Byline(clean_author(who), False, found)


_LABELLED_BYLINE_MAX_WORDS = 24   # a byline after its label's colon (other bylines: 16 words at most)
# a stop typed before the next field's label, a space before it and none after ("Thanh Cư .Ngày đăng: …")
_STOP_GLUED_TO_LABEL = re.compile(r"\s\.(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")


_WHOLE_IN_BRACKETS = re.compile(r"^\s*\((.*)\)\s*$")


def parse_byline(text: str) -> Byline | None:
    """A labelled byline ("Tác giả: …", "Tin, ảnh: …", "Người đưa tin …"), else None."""
    # a template's fields closed by a stop glued to the next label ("Tác giả: Thanh Cư .Ngày đăng: 11/08/2022 .Lượt
    # xem: 598"): read as a stop and a space, the line keeping its length (the date's place in it holds)
    text = _STOP_GLUED_TO_LABEL.sub(". ", text)
    bracketed = _WHOLE_IN_BRACKETS.match(text)
    if bracketed:
        return parse_byline(bracketed.group(1))   # "(Tin bài: NDT)": the byline between brackets
    posted = _POSTED_BY.match(text)
    if posted:
        return _posted_by(text, posted)
    folded = fold(text)
    # labels that need their colon ("Tin: Thanh Tâm", not "Tin mới"): rules.toml, bylines.colon_labels
    match = rules().byline_colon_label.match(folded) or _BYLINE_LABEL.match(folded)
    # (after the label's colon, two writers with their degrees and their unit may run longer: "Tác giả: ThS. Nguyễn Thị
    # Bích Hợp - ThS. Phạm Thị Thu Huyền - Đại học Tân Trào")
    longest = _LABELLED_BYLINE_MAX_WORDS if match and ":" in text[: match.end()] and not ends_sentence(text) else 16
    if not match or words(text) > longest:
        return None
    rest = text[match.end():]
    if re.fullmatch(r"(?:pv|ctv)\s*[-–/&,]\s*(?:pv|ctv)", folded.strip(" .")):
        return Byline(text.strip(" ."), False, None)   # "PV-CTV": the reporters and contributors sign as one
    if re.fullmatch(r"(?:PV|CTV)\.[A-ZĐ&]{2,8}", text.strip()):
        return Byline(text.strip(), False, None)   # "CTV.XTTM": a contributor of the unit its letters name, as printed
    if re.match(r"nhom (?:pv|phong vien)\s+\w", folded) and words(text) <= 8 and not find_dates(text) and not any(
            is_person_name(part, min_words=1) for part in re.split(r"\s*[-–,&]\s*|\s+và\s+", rest.strip(" :-–"))):
        return Byline(text.strip(" ."), False, None)   # a desk signs as a group: "NHÓM PHÓNG VIÊN THỜI SỰ"
    found, rest = date_remainder(rest)
    # Cut what portals print after the name on the same line.
    rest = re.split(r"\s+[|]\s+|\s+-\s+(?=ngày|Ngày|đăng|Đăng|lượt|Lượt)|\s(?:Lượt xem|Ngày đăng|Đăng ngày|Cập nhật)\b|"
                    r"\s(?=Nguồn(?: tin| ảnh)?\s*:)|"
                    r"\s*(?:\+|\s[-–—]|[-–—](?=\s))\s*(?=(?:[Ảả]nh|QP|[Qq]uay phim|[Vv]ideo|[Cc]lip)\s*:|[Hh]ình\s*:?\s+\w)",
                    rest)[0]
    # ("Tác giả: Võ Thị Cẩm Tú Nguồn: Công đoàn viên"; "BT: Thùy Dung + Ảnh: Tiến Thịnh", the photographer after a plus
    # or a dash: "Tin: Thu Nga - Ảnh: Nguyễn Hảo (Tịnh Biên)"; the camera operator the same way: "BT: Thùy Dung + QP:
    # Tiến Thịnh", quay phim; the photos' "Hình", the south's word, with or without its colon: "Bt: Nguyễn Thu- Hình Lê Tính")
    rest = re.sub(r"\b(?:[Nn]gày đăng|[Đđ]ăng ngày|[Đđ]ăng lúc|[Cc]ập nhật|lúc|ngày)\s*:?\s*$", "", rest)
    if not rest.strip(" :-–—|,.;") and found is None:
        return None
    cms = bool(rest.strip()) and is_cms_account(rest.strip(" :-–—|,.;()"))
    author = None if cms else clean_author(rest)
    if author is None and not cms and found is None:
        return None
    if match.re is not _BYLINE_LABEL and author and _headline_in_capitals(author):
        return None   # "Tin: LỄ HỘI TRUYỀN THỐNG XÃ HÀ HỒI.": a news item's headline after its kind, no writer
    if match.re is _BYLINE_LABEL and not cms and author and not is_person_name(author, min_words=1) and not (
            is_upper_name(author)) and (   # ("Ký của NGUYỄN HIỀN LƯƠNG": the writer's name in capitals)
            not _unit_and_writer(author)) and not _joined_writers(author) and not organisation_signature(author) and (
            not _signature_initials(author)):   # ("Tác giả: NĐ-UBND xã Đăk Kôi.": the writer's initials)
        # "Tác giả bài viết cho rằng..." is a sentence, not a byline; after the label's colon a unit's
        # longer name is its value ("Tác giả bài viết: Văn phòng điều phối NTM tỉnh")
        if (words(text) > 8 and ":" not in text[: match.end()]) or ends_sentence(text):
            return None
        if match.group(0).rstrip(" :-–").endswith(" cua"):
            return None   # "Ký của những người giữ rừng": a feature's title, no writer after "của"
    return Byline(author, cms, found)


def byline_label_alone(text: str) -> bool:
    """A byline's label with nothing after it ("Người viết tin bài", "Tác giả:", "Tin, ảnh:"): the
    stored copy broke the line before the writer's name."""
    folded = fold(text).strip()
    match = rules().byline_colon_label.match(folded) or _BYLINE_LABEL.match(folded)
    return bool(match) and not folded[match.end():].strip(" :-–")


# More words than a writer's name in capitals has (``is_upper_name``: two to four).
_UPPER_NAME_MAX_WORDS = 4


def _headline_in_capitals(value: str) -> bool:
    """Whether what follows a byline label that needs its colon ("Tin:") is a headline in
    capitals rather than a writer or a unit: longer than a name, and naming no unit (read in title
    case, as ``organisation_signature`` reads units)."""
    from .boilerplate import is_upper_line

    return (is_upper_line(value) and words(value) > _UPPER_NAME_MAX_WORDS
            and not organisation_signature(value.title()))


_SECTION_FIELD = re.compile(r"(?:dang trong muc|chuyen muc|danh muc)\s*:\s*\S")
_EMPTY_STAMP_FIELD = re.compile(r"(?:ngay dang|dang (?:ngay|luc)|cap nhat)\s*:?\s*[.\-/]*")
_META_LABEL = re.compile(
    r"(?:^|\s|\|)(?=(?:tac gia|tin,? anh|tin bai|nguoi (?:dua tin|dang|viet)|dang boi|"
    r"luot (?:xem|doc)|so lan xem|ngay dang|dang (?:ngay|luc)|cap nhat|chuyen muc|dang trong muc|"
    r"(?<!posted )by|posted by)\b)"   # WordPress themes left in English: "Posted on 12/05/2025 by admin"
)


def parse_meta_line(text: str) -> Byline | None:
    """A line of several meta fields side by side: "14:05 - 27/07/2022 Tác giả: X Lượt xem: 301".

    Returned as a byline carrying its date, only when every piece of the line is a
    date stamp, a byline, a view counter or a section label.
    """
    from .boilerplate import TOOLBAR, VIEWS, classify_line

    if words(text) > 30:
        return None
    folded = fold(text)
    cuts = sorted({m.end() for m in _META_LABEL.finditer(folded)} | {0})
    if len(cuts) < 2:
        return _separated_meta_line(text)
    pieces = [text[a:b].strip(" |-–—,;") for a, b in zip(cuts, cuts[1:] + [len(text)])]
    author, cms, date = None, False, None
    for piece in pieces:
        if not piece:
            continue
        stamp = parse_date_line(piece)
        if stamp is not None:
            date = date or stamp
            continue
        byline = parse_byline(piece)
        if byline is not None:
            author = author or byline.author
            cms = cms or byline.cms_account
            date = date or byline.date
            continue
        if classify_line(piece) in (VIEWS, TOOLBAR) or label_value(piece) or _EMPTY_STAMP_FIELD.fullmatch(fold(piece)) or (
                _SECTION_FIELD.match(fold(piece))):
            continue   # (a stamp's label the template left without its date, "Đăng ngày: ."; the section it is filed in)
        return _separated_meta_line(text)
    if author is None and not cms:
        return _separated_meta_line(text)
    return Byline(author, cms and author is None, date)


def _separated_meta_line(text: str) -> Byline | None:
    """Unlabelled fields between separators: "Hồng Nhung | 15/04/2024 | 120 lượt xem": one
    date stamp, the writer's bare name, and only counters or buttons besides."""
    from .boilerplate import TOOLBAR, VIEWS, classify_line

    pieces = [p.strip() for p in re.split(r"\s+[|•]\s+", text) if p.strip()]
    if len(pieces) < 2:
        return None
    author, date = None, None
    for piece in pieces:
        stamp = parse_date_line(piece)
        if stamp is not None and date is None:
            date = stamp
        elif author is None and (is_person_name(piece) or is_upper_name(piece)):
            author = piece
        elif classify_line(piece) not in (VIEWS, TOOLBAR):
            return None
    return Byline(author, False, date) if author and date else None


def _unbracketed(text: str) -> str:
    """A line printed wholly in brackets ("(Đ/c … phát biểu tại hội nghị)") without them:
    portals print photo captions that way."""
    stripped = text.strip()
    if stripped.startswith("(") and stripped.endswith(")") and stripped.count("(") == 1:
        return stripped[1:-1].strip()
    return text


def credited_caption(text: str) -> bool:
    """A photo caption that says so itself: it closes with the photo's credit, in brackets or
    after its full stop ("… (Ảnh: T.H)", "Một góc nông thôn xã Diễn Thái. Ảnh: PV")."""
    folded = fold(_unbracketed(text)).strip()
    return words(text) <= 35 and bool(_CAPTION_CREDIT.search(folded) or _CAPTION_CREDIT_AFTER_STOP.search(folded))


def places_people(text: str) -> bool:
    """A photo caption that says where its people stand: "Anh Vũ (giữa) trong lễ khánh thành …",
    "… (thứ 2 từ trái sang) trao quà …"."""
    return words(text) <= 35 and bool(_CAPTION_POSITION.search(fold(_unbracketed(text))))


def is_caption(text: str) -> bool:
    """A photo caption by its wording: "Quang cảnh hội nghị", "... (Ảnh: T.H)", also
    when the whole caption is printed in brackets."""
    text = _unbracketed(text)
    if words(text) > 35:
        return False
    folded = fold(text).strip()
    if _CAPTION_CREDIT.search(folded) or _CAPTION_POSITION.search(folded) or _CAPTION_CREDIT_AFTER_STOP.search(folded):
        return True
    if ends_sentence(text):
        return False
    return bool(_CAPTION_START.match(folded) or rules().photo_announcement.match(folded)) or (
        "chup anh luu niem" in folded)


_SCENE = re.compile(r"^(?:quang canh|quan canh|toan canh|(?:cac )?dai bieu (?:du|tham du|chup anh)\b)")


def scene_caption(text: str) -> bool:
    """A photo's caption that names the scene it shows ("Toàn cảnh buổi thăm, tặng quà Tết … tại Hội trường UBND
    xã Cao Bồ.") or the guests in it ("Các đại biểu tham dự Lễ trao Huy hiệu Đảng tại …."), one sentence with its
    full stop typed or not: no paragraph opens with those words."""
    text = text.strip()
    return bool(_SCENE.match(fold(text))) and words(text) <= 35 and not re.search(r"[.!?]\s+\S", text)


# A hyphen with no space between a name's last word and an abbreviation in capitals: "Dung-UVBTV".
_GLUED_ROLE = re.compile(r"(?<=[^\W\d_])[-–—](?=[A-ZĐ]{2,}(?![^\W\d_]))")


def names_person_with_role(text: str) -> bool:
    """A caption's shape: an honorific, a person's name, a dash or a comma and their role ("Đ/c
    Nguyễn Thị Thanh Phúc – Phó Chủ tịch UB MTTQ xã, … chúc mừng …"; rules.toml, ``captions``).
    "Đồng chí Tổng Bí thư Lê Duẩn - Người con ưu tú …" names no role after its dash. A photo's label before it
    ("ảnh: đ/c Trần Vũ Bình - Phó chủ tịch …") is no part of the shape."""
    table = rules()
    text = re.sub(r"^\s*(?:[Ảả]nh|[Hh]ình(?: ảnh)?)\s*:\s*", "", _unbracketed(text))
    folded = fold(text)
    opener = table.caption_honorific.match(folded)
    if not opener and words(text) <= 60:
        return _role_then_person(text)
    if not opener or words(text) > 60:
        return False
    # a role's abbreviation may be glued to the name by a hyphen ("Đ/c Thùy Dung-UVBTV, Trưởng ban …")
    rest = _GLUED_ROLE.sub(" - ", text[opener.end():], count=1)
    # (the dash may lose the space on one side: "Bà Phan Thị Mỹ Dung -Giám đốc Sở Tư pháp phát biểu …")
    parts = re.split(r"\s+[-–—]\s*|\s*[-–—]\s+|,\s+", rest, maxsplit=1)
    if len(parts) != 2 or not is_person_name(parts[0]):
        return False
    # (or what the person does in the photo, straight after a comma: "Bà Nguyễn Thị Minh Thư, trao quà cho …")
    return bool(table.caption_role.match(fold(parts[1])) or table.caption_deed.match(" " + parts[1].lower()))


def _role_then_person(text: str) -> bool:
    """A caption naming the role first, then after a dash the person and what they do ("Giám đốc Sở Giáo dục và Đào
    tạo - Nguyễn Quang Thái trao Cờ thi đua Chính phủ cho 3 tập thể"): two to four capitalised words of a name, then
    words in lower case."""
    if not rules().caption_role.match(fold(text)):
        return False
    parts = re.split(r"\s+[-–—]\s*|\s*[-–—]\s+", text, maxsplit=1)
    if len(parts) != 2:
        return False
    tokens = parts[1].split()
    name = list(itertools.takewhile(lambda t: t[:1].isupper(), tokens))
    return 2 <= len(name) <= 4 and len(tokens) > len(name) and tokens[len(name)][:1].islower() and (
        is_person_name(" ".join(name)))


def is_roman_heading(text: str) -> bool:
    return bool(_ROMAN_HEADING.match(text)) and words(text) <= 30 and not text.rstrip().endswith(".")


_ABBREVIATIONS = {"ubmttq": "uy ban mat tran to quoc", "mttq": "mat tran to quoc", "mt": "mat tran",
                  "asxh": "an sinh xa hoi", "gs": "giam sat", "pb": "phan bien"}


def category_key(text: str) -> str:
    tokens = re.sub(r"[\W_]+", " ", fold(text)).split()
    return " ".join(_ABBREVIATIONS.get(t, t) for t in tokens)


def map_category(label: str | None, categories) -> str | None:
    """The configured category a page's label names, if any (accents, case, dashes ignored)."""
    if not label:
        return None
    key = category_key(label)
    if not key:
        return None
    keyed = [(category_key(c), c) for c in categories]
    for ckey, category in keyed:
        if ckey == key:
            return category
    for ckey, category in keyed:
        if ckey and re.search(r"(?:^| )" + re.escape(ckey) + r"(?: |$)", key):
            return category
    # Other names old portals give a configured category (rules.toml).
    for category in categories:
        for alias in rules().category_aliases.get(category, ()):
            if re.search(r"(?:^| )" + re.escape(category_key(alias)) + r"(?: |$)", key):
                return category
    return None


def label_value(text: str) -> str | None:
    """The value of an explicit "Chuyên mục: X" / "Danh mục: X" line."""
    match = re.match(r"^(?:chuyen muc|danh muc|the loai|category)\s*:\s*", fold(text))
    if not match:
        return None
    value = text[match.end():].strip(" -–|")
    return value or None


def is_section_label(text: str) -> bool:
    """A section's name by its words ("Tin tức - Sự kiện", "Thời sự"): a short label holding
    a word of section labels (rules.toml, ``bylines.not_name_words``); also two such labels on one line
    (``two_section_labels``)."""
    return _one_section_label(text) or two_section_labels(text)


def _one_section_label(text: str) -> bool:
    """One section's name: a short label holding a word of section labels."""
    return words(text) <= 6 and looks_like_label(text) and bool(rules().not_name_words.search(" " + fold(text) + " "))


_CATEGORY_OPENINGS = frozenset({"hoat dong", "tin tuc"})   # what a site's categories open with, two of them alike


def two_section_labels(text: str) -> bool:
    """Two section labels run together on one line, the second opening with a capital ("HOẠT ĐỘNG GIÁO DỤC Tin tức từ
    trường", "Tin nổi bật Tin tức của Trường": a post's categories, a box's heading and the section's)."""
    parts = text.split()
    for k in range(2, len(parts) - 1):
        first, second = " ".join(parts[:k]), " ".join(parts[k:])
        if not parts[k][:1].isupper() or parts[k].isupper() or not (looks_like_label(first) and looks_like_label(second)):
            continue
        if _one_section_label(second) and (all(p.isupper() for p in parts[:k]) and _one_section_label(first)
                                           or bp.classify_line(first) == bp.RELATED):   # (a box's heading: "Tin nổi bật")
            return True
        if fold(" ".join(parts[:2])) == fold(" ".join(parts[k:k + 2])) in _CATEGORY_OPENINGS:
            return True   # two categories opening alike: "Hoạt động cấp huyện Hoạt động Đoàn TNCS Hồ Chí Minh"
    return False


def section_words_only(text: str) -> bool:
    """Whether every word of ``text`` belongs to section labels' words (rules.toml ``bylines.not_name_words``:
    "THÔNG BÁO", "Tin tức - Sự kiện"), no name and no other word left."""
    folded, previous = " " + " ".join(re.sub(r"[\W\d_]+", " ", fold(text)).split()) + " ", None
    while folded != previous:
        previous, folded = folded, rules().not_name_words.sub("  ", folded)
    return bool(text.strip()) and not folded.strip()


def looks_like_label(text: str) -> bool:
    """A short section label such as "CHÍNH TRỊ-KINH TẾ" or "Tin tức - Sự kiện"."""
    if not 1 <= words(text) <= 8 or ends_sentence(text) or text.rstrip().endswith(","):
        return False
    if re.search(r"\d", text):
        return False
    folded = fold(text)
    return not _SITE_NAME.search(folded)
