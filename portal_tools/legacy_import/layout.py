"""How a legacy page is laid out: its lines as rows, its paragraph runs, its title.

The first half of extraction, kept apart from the field logic in ``extract``:
``prepare`` turns raw lines into rows (marks split off, furniture classified, date
stamps and bylines recognised, wrapped lines joined); ``clusters`` finds the runs
of paragraph-like rows; ``find_title`` scores the heading-like rows above a run.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from . import boilerplate as bp
from .address import site_root, words_of
from .dates import TIME_OF_DAY, FoundDate, find_dates, has_edge_date, lead_day_month, parse_date_line, strip_dates
from .decode import clean_line, fold
from .rules import opens_with_unit, rules
from .fields import (
    FRAMED_BY_DASHES,
    Byline,
    bare_byline,
    byline_label_alone,
    ends_sentence,
    is_caption,
    is_cms_account,
    is_person_name,
    is_roman_heading,
    is_section_label,
    is_source_credit,
    is_unit_name,
    looks_like_label,
    names_person_with_role,
    organisation_signature,
    parse_byline,
    parse_meta_line,
    place_and_day,
    places_only,
    scene_caption,
    several_writers,
    syllables_run_together,
    two_section_labels,
    vietnamese_syllable,
    without_degree,
    words,
    writer_with_post,
)

PARAGRAPH = "paragraph"
HEADING = "heading"
LIST_ITEM = "list_item"
CAPTION = "caption"

_CLUSTER_GAP = 8        # short lines allowed between two paragraphs of one article
_TITLE_WINDOW = 15      # content lines above the body searched for the title
HARD_ENDINGS = {bp.RELATED, bp.COMMENTS, bp.FOOTER, bp.COUNTER}
_ARTICLE_LABEL = re.compile(r"^(?:tu khoa|tags?|the|nhan|chuyen muc|danh muc)\b")
_SAPO_OPENER = re.compile(
    r"^(?:sang|chieu|toi|trua|dem|ngay|hom nay|vua qua|moi day|tu ngay|trong|thuc hien|nham|"
    r"can cu|theo|sang ngay|chieu ngay|toi ngay|nhan ky niem|nhan dip)\b"
)
# A lead's source tag: "(Haiphong.gov.vn) -", also a site's address without brackets ("Laocaitv.vn - Ngày 1/10, …").
_SOURCE_TAG = re.compile(r"^(?:\([^)]{1,25}\)|[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:vn|com|net|org))\s*[-–—]")
# A line wholly in quotation marks: a quotation (a motto, a couplet, a slogan) printed alone.
QUOTATION = re.compile(r"^[“\"«„][^“”\"«»„]+[”\"»][.!…]*$")
_URL = re.compile(r"https?://|www\.\w", re.I)
# A sentence pointing back at what the page told above it ("Đây là hoạt động chào mừng …"): no headline opens so.
# ("Đây là …", "Dịp này, Ban tổ chức …": a sentence about what was told above it)
POINTING_BACK = re.compile(r"^(?:(?:đây|đó)\s+(?:là|cũng là|chính là)\s|(?:nhân\s+|cũng\s+trong\s+|trong\s+)?dịp\s+này\s*,)",
                           re.I)
# as typed: "Thừa Thiên - Huế" folds alike; a letter to parents opens "Thân gửi quý phụ huynh,"
SALUTATION = re.compile(r"^(?:kính thưa|kính gửi|thân gửi|thưa)[\s:]", re.I)
# A mark closing a letter's courtesy line: a stop or an exclamation, maybe the end mark after it ("./."), or that alone.
_CLOSING_MARK = re.compile(r"\s*(?:[.!]\s*(?:/\.?)?|/\.)\s*$")
_ROMAN_NUMBERS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# A part's number opening a line, then a stop, a bracket, a dash or a colon: "II- TIẾN TRÌNH …", "3. Kết quả"
_SECTION_NUMBER = re.compile(r"^\s*(?:([IVX]{1,4})|(\d{1,2}))\s?[.)\-–:]\s*\S")


def section_number(text: str) -> tuple[str, int] | None:
    """The style ("roman" or "arabic") and value of the part number a line opens with, or None."""
    found = _SECTION_NUMBER.match(text)
    if found is None:
        return None
    if found.group(1):
        return ("roman", _ROMAN_NUMBERS.index(found.group(1)) + 1) if found.group(1) in _ROMAN_NUMBERS else None
    return "arabic", int(found.group(2))


NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)])\s+\S", re.I)
ITEM_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s+\S")   # a list item's number, read ("1. Nguyễn Tiến Hải")


_TWO_SENTENCES_MIN_WORDS = 25   # a line this long holding a sentence's end and a new sentence is a paragraph
_SENTENCE_MIN_WORDS = 12        # ... as is one whose first sentence, ended, is this long (body_like's bound)
_SENTENCE_INSIDE = re.compile(r"(\w+)[)”\"]?[.!?]\s+[A-ZĐ\"“]")   # (a bracket or quote may close before the stop)


_SENTENCE_GLUED = re.compile(r"(?<![\w.])(\w+)[.!?]([A-ZĐ]\w)")   # "… Điều lệ Đảng.Thay mặt Chi bộ, …"


def _glued_stop(m: re.Match) -> bool:
    """A stop typed without its space between a word in lower case and a new sentence's ("Đảng.Thay"); an
    abbreviation ("Tp.Hồ", "TT.Huế") or an address ("www.Hanoi…") is no sentence's end."""
    word, after = m.group(1), m.group(2)
    return len(word) >= 3 and word[-1].islower() and after[1].islower() and (
        fold(word) not in rules().stopped_abbreviations) and not fold(word).startswith(("www", "http"))


def two_sentences(text: str) -> bool:
    """A line holding a sentence's end and a new sentence, the second maybe cut or typed without its stop, long or
    opening with a paragraph's sentence ("Hòa chung … Quân đội nhân dân Việt Nam. Trường Mầm non … tổ chức Sân chơi
    “…”", "Trong Đền …, các em học sinh chiêm bái …. Đây là một trong hai ph"): a paragraph, no headline."""
    inside = next((m for m in _SENTENCE_INSIDE.finditer(text)
                   if fold(m.group(1)) not in rules().stopped_abbreviations), None)   # "TP. Long Xuyên": one sentence
    inside = inside or next((m for m in _SENTENCE_GLUED.finditer(text) if _glued_stop(m)), None)
    return inside is not None and (words(text) >= _TWO_SENTENCES_MIN_WORDS or (
        words(text[: inside.start() + 2]) >= _SENTENCE_MIN_WORDS))


@dataclass
class Row:
    """One line of the page and what is known about it so far."""

    raw: str
    text: str = ""
    mark: str = ""          # "h1", "h2", "li", "caption", LETTERHEAD or ""
    kind: str | None = None
    date: FoundDate | None = None
    byline: Byline | None = None
    keep: bool = False

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def content(self) -> bool:
        return bool(self.text) and self.kind is None and self.date is None and self.byline is None

    @property
    def body_like(self) -> bool:
        if not self.content or self.mark in ("h1", "h2"):
            return False
        if bp.is_upper_line(self.text):
            return False   # text is not typed in capitals; a title or a heading is
        n = words(self.text)
        # (or a sentence's end and a new sentence on one line, the second one cut or typed without its stop)
        return n >= 40 or (n >= 12 and ends_sentence(self.text)) or two_sentences(self.text)


def split_mark(line: str) -> tuple[str, str]:
    """The light mark of a line ("h1", "h2", "li", "caption" or "") and its text."""
    match = re.match(r"^(#{1,6})\s+(.*\S)", line)
    if match:
        return ("h1" if len(match.group(1)) == 1 else "h2"), match.group(2)
    match = re.match(r"^\*\s*([^*\s](?:[^*]*[^*\s])?)\s*\*$", line)
    if match:
        return "caption", match.group(1).strip()
    if FRAMED_BY_DASHES.fullmatch(line.strip()):
        return "", line   # a few words between two dashes ("-S.Pa-"): a frame, no list's bullet
    match = re.match(r"^([-–—•·▪●◦+*])(\s*)(\S.*)$", line)
    if match and (match.group(2) or match.group(1) in "•·▪●◦" or match.group(3)[0].isalpha()):
        return "li", match.group(3)
    return "", line


_TRAILING_BARS = re.compile(r"(?<=[.!?…])(?:\s*\|)+\s*$")
_CELL_BARS = re.compile(r"^\|\s+([^|]*[^|\s])\s*\|$")
# A table cell's opening bar before a sentence whose closing bar the stored copy cut off ("| Nhiệm kỳ 2025 - 2030,
# Hội CCB tỉnh … trọng tâm: Tiếp tụ"): text, the bar no part of it. A menu's items between bars keep theirs.
_OPENING_CELL_BAR = re.compile(r"^\|\s+(?=(?:[^|\s]+\s+){7}[^|]*$)")
# A template's empty value printed before the line's text ("null Hội đồng tỉnh thẩm định …"): no word
_LEADING_NULL = re.compile(r"^(?:null|undefined|NaN|None)\s+(?=[^\W\d_])")
# A stray stop or comma before a paragraph's first capital (". Buổi lễ được tổ chức …"): the end of
# the line above, left behind when an editor split it; no paragraph opens with it
# A style sheet's declaration left at a line's start by a stored copy ("!important; Thực hiện kế hoạch …")
_LEADING_CSS = re.compile(r"^(?:!important\s*;?\s*)+(?=\S)")
_LEADING_STOP = re.compile(r"^[.,;]\s+(?=\S)")


def _without_leading_stop(text: str) -> str:
    found = _LEADING_STOP.match(text)
    return text[found.end():] if found and text[found.end()].isupper() else text


def without_leading_debris(text: str) -> str:
    """A line without what a template or a copy left before its first word: a style sheet's flag, an empty
    value's name, a stray stop (``_LEADING_CSS``, ``_LEADING_NULL``, ``_LEADING_STOP``)."""
    return _without_leading_stop(_LEADING_NULL.sub("", _LEADING_CSS.sub("", text)))


def line_pieces(line) -> list[str]:
    """A stored line cut into the lines it holds: at its line breaks, and where a stored copy glued a headline, its
    stamp and its text, or a byline and a box's heading, into one line, or a caption's shortcode and the text. Nothing
    is dropped by the cut."""
    parts = [piece for part in str(line).split("\n") for piece in _CAPTION_SHORTCODE_EDGE.split(part)]
    return _split_glued_article(_split_leading_heading(_split_trailing_heading(parts)))


# Where a WordPress caption shortcode glued a photo's caption to the text around it ("[caption id=…] Quang cảnh hội
# nghị [/caption]Tại buổi tiếp xúc, …"): before its opening, after its closing, the caption a line of its own.
_CAPTION_SHORTCODE_EDGE = re.compile(r"(?<=\[/caption\])(?=\s*\S)|(?<=\S)\s*(?=\[caption\b)", re.IGNORECASE)


def prepare(lines) -> list[Row]:
    """Rows of a page: cleaned, marks split off, furniture/stamps/bylines recognised."""
    rows = []
    for line in lines:
        for part in line_pieces(line):
            raw = clean_line(part)
            row = Row(raw=raw)
            if raw:
                row.mark, row.text = split_mark(raw)
                row.text = _GLUED_FILE_NAME.sub("", _without_glued_toolbar(bp.strip_shortcodes(row.text.strip())))
                row.text = _without_glued_box_heading(row.text)
                row.text = _without_trailing_file_names(row.text)
                row.text = _CELL_BARS.sub(r"\1", row.text)   # a table cell's text between its bars: "| Đồng chí … |"
                row.text = _OPENING_CELL_BAR.sub("", row.text)
                # empty table cells' bars after a sentence's end are the layout's ("… Hồ Chí Minh. | |")
                row.text = _TRAILING_BARS.sub("", row.text)
                row.text = without_leading_debris(row.text)
                row.date = parse_date_line(row.text)
                if row.date is None:
                    row.kind = bp.classify_line(row.text)
                    if row.kind is None and bp.classify_line(part) == bp.BREADCRUMB:
                        row.kind = bp.BREADCRUMB   # its crumbs set apart by runs of spaces: "Trang chủ    Thực tiễn    …"
                    if row.kind == bp.COMMENTS and row.mark == "li":
                        row.kind = None   # "- Nội dung:" heads a list of the text: a form prints no bullets
                    if row.kind == bp.WIDGET and row.mark == "li" and rules().slogan.match(fold(row.text)):
                        row.kind = None   # a list of the slogans an article gives ("+ Nhiệt liệt chào mừng …!"):
                        # a banner prints no bullets
                    if row.kind is None or row.kind in (bp.CONTACT, bp.MENU):
                        # (a meta line's fields between "|" read like a menu's items)
                        row.byline = (parse_byline(row.text) if row.kind != bp.MENU else None) or (
                            parse_meta_line(row.text))
                        if row.byline is not None:
                            row.kind = None
                        elif _account_alone(row.text):
                            row.kind = bp.CMS_ACCOUNT   # the poster's account alone ("admin Tây Hiếu"): no author
                if row.kind == bp.EMPTY:
                    row.text = ""
            rows.append(row)
    _contact_blocks(rows)
    _notice_contents_heading(rows)
    _server_messages(rows)
    _answers_to_a_question(rows)
    _site_headers(rows)
    _counts_under_stamps(rows)
    _headlines_over_timed_stamps(rows)
    _dated_news_list(rows)
    _shortened_news_list(rows)
    _bulleted_headline_over_its_stamp(rows)
    rows = mark_unaccented(unwrap(_join_lone_byline_labels(_join_lone_credit_labels(_join_lone_source_tags(rows)))))
    _alternative_texts(rows)
    return rows


_ALT_TEXT_MAX_WORDS = 5


def _alternative_texts(rows: list[Row]) -> None:
    """A few words in lower case, no mark of punctuation, alone between a paragraph that ends its sentence and one
    that opens with a capital ("… cùng 20 chị em đại diện hội viên Hội phụ nữ xã." / "địa chỉ tin cậy" / "Mô hình …"):
    a photo's alternative text the copy kept, as "anh tin bai" is, no words of the text (no labelled page keeps such a
    line as text; a line the text wraps onto follows a line that ends no sentence). Words without
    accents are left to ``mark_unaccented``, which knows whether the page types accents ("cho", "mot so y kien khac"
    may be the text's)."""
    text_rows = [k for k, row in enumerate(rows) if row.text]
    for above, k, below in zip(text_rows, text_rows[1:], text_rows[2:]):
        row = rows[k]
        if row.content and not row.mark and row.text[:1].islower() and not row.text.isascii() and (
                words(row.text) <= _ALT_TEXT_MAX_WORDS) and (
                not re.search(r"[.,;:!?…)\]\"”'»]$", row.text.rstrip())) and rows[above].content and (
                ends_sentence(rows[above].text)) and rows[below].content and rows[below].text[:1].isupper() and (
                rows[below].body_like):
            row.kind = bp.IMAGE_NAME


_CONTENTS_LABEL = re.compile(r"noi dung\s*:?")


def _notice_contents_heading(rows) -> None:
    """A "Nội dung:" alone over the items a notice numbers ("1. Thông báo với cử tri kết quả kỳ họp …"): the label
    of the notice's last part, as "Thời gian:" and "Địa điểm:" above it, not a comment form's field (a form's fields
    stand over empty boxes, never over a numbered sentence)."""
    for k, row in enumerate(rows):
        if row.kind != bp.COMMENTS or not _CONTENTS_LABEL.fullmatch(fold(row.text).strip()):
            continue
        below = next((m for m in range(k + 1, len(rows)) if rows[m].text), None)
        if below is not None and rows[below].kind is None and ITEM_NUMBER.match(rows[below].text) and (
                ends_sentence(rows[below].text)):
            row.kind = None


def _counts_under_stamps(rows: list[Row]) -> None:
    """A bare number right under a stamp on its own line is the page's view count ("• 19/02/2020" / "• 107"), as a
    portal prints it beside its stamp: furniture, never the text's first paragraph."""
    text_rows = [k for k, row in enumerate(rows) if row.text]
    for above, k in zip(text_rows, text_rows[1:]):
        if rows[above].date is not None and rows[k].date is None and rows[k].kind is None and (
                re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+|\d{1,7}", rows[k].text.strip())):
            rows[k].kind = bp.VIEWS


# A heading's words alone: no digit, no colon (a box's line with its phone number, "Liên hệ quảng cáo: (04)39…", is an
# advert's, over the site header's clock).
_BARE_HEADING = re.compile(r"[^\W\d_]+(?:[\s,\-–]+[^\W\d_]+){0,7}")


def _headlines_over_timed_stamps(rows: list[Row]) -> None:
    """A box's heading words right over a stamp with its clock alone on its line, text under it ("Lịch tiếp công dân" /
    "00:00 17/09/2018" / "1. Lịch tiếp công dân thường xuyên:"): the headline of a page of that name, as a portal prints
    a headline over its stamp; a box lists its items under its heading, each dated on its own line, not one clock."""
    text_rows = [k for k, row in enumerate(rows) if row.text]
    for head, stamp, below in zip(text_rows, text_rows[1:], text_rows[2:]):
        if rows[head].kind == bp.WIDGET and _BARE_HEADING.fullmatch(rows[head].text.strip()) and (
                rows[stamp].kind is None and rows[stamp].date is not None and rows[stamp].date.has_time) and (
                rows[below].content):
            rows[head].kind = None


# Items a list of other news prints, each a headline over its own stamp, at least: one headline over its stamp is
# the article's own header.
_DATED_LIST_MIN_ITEMS = 3


def _dated_news_list(rows: list[Row]) -> None:
    """Headlines each right over a stamp with its clock alone on its line, three times or more in a row ("Tập huấn
    nghiệp vụ …" / "05:03 21-06-2024 -" / "Bến Cát phát động …" / "05:00 21-06-2024 -" / …): a list of other news
    under the article, never its text, whatever their wording (a caption's, "Lãnh đạo thành phố … thăm, tặng hoa …")."""
    text_rows = [k for k, row in enumerate(rows) if row.text]
    k = 0
    while k < len(text_rows):
        pairs = []
        m = k
        while m + 1 < len(text_rows):
            head, stamp = rows[text_rows[m]], rows[text_rows[m + 1]]
            if head.date is not None or head.kind is not None or head.byline is not None or stamp.date is None or (
                    stamp.kind is not None) or not stamp.date.has_time:
                break   # (a schedule's days print no clock: "Thứ Hai, 12/3/2024" over each day's work)
            pairs.append(text_rows[m])
            m += 2
        if len(pairs) >= _DATED_LIST_MIN_ITEMS:
            for h in pairs:
                rows[h].kind = bp.RELATED
            k = m
        else:
            k += 1


def _shortened_news_list(rows: list[Row]) -> None:
    """Lines each cut short by the theme with an ellipsis, three times or more in a row with nothing between them
    ("Đồng chí Lê Anh Quân, Phó Chủ tịch … Hải Phòng…" / "Hải Phòng đã hoàn thành thăm, tặng quà người có công với
    cách mạng và…" / …): other news' links shortened to one length, never the text, whose sentences end with a stop."""
    text_rows = [k for k, row in enumerate(rows) if row.text]
    k = 0
    while k < len(text_rows):
        m = k
        while m < len(text_rows) and _shortened_link(rows[text_rows[m]]):
            m += 1
        if m - k >= _DATED_LIST_MIN_ITEMS:
            for h in text_rows[k:m]:
                rows[h].kind = bp.RELATED
        k = max(m, k + 1)


def _shortened_link(row: Row) -> bool:
    """A headline or a lead the theme cut with an ellipsis: a line of some words, up to a caption's length, no stamp,
    no mark, ending "…"."""
    text = row.text.strip()
    return row.kind is None and row.date is None and row.byline is None and not row.mark and text.endswith(
        ("…", "...")) and not text.endswith(("....", "……")) and (
        _SHORTENED_LINK_MIN_WORDS <= words(text) <= rules().caption_max_words)   # (a paragraph may close a list so)


_SHORTENED_LINK_MIN_WORDS = 5   # a list's item cut to a line, no enumeration's short item ("Thi vẽ tranh…")


def _bulleted_headline_over_its_stamp(rows: list[Row]) -> None:
    """The page's first line over its stamp, both printed as a list's items ("• Họp trực tuyến UBND tỉnh: Tổng kết …" /
    "• Thời gian đăng: 23/05/2021 04:21:53 PM" / "• Ngày 20/5, UBND tỉnh …"): a theme that lays the article's header
    out as a list, the headline and its stamp, not a list of other news (whose items carry their own days)."""
    text_rows = [k for k, row in enumerate(rows) if row.text]
    if len(text_rows) < 3:
        return
    head, stamp = rows[text_rows[0]], rows[text_rows[1]]
    if head.mark == "li" and head.kind is None and head.date is None and head.byline is None and (
            stamp.mark == "li" and stamp.date is not None and stamp.kind is None) and (
            not ends_sentence(head.text) and words(head.text) >= 5):
        head.mark = ""


def _contact_blocks(rows: list[Row]) -> None:
    """A postal address beside a contact line (an e-mail address alone, a telephone number alone, a
    labelled "Điện thoại: …") is contact furniture too: a site header's or footer's contact block
    ("Tầng 1, SH2-19, … phường Gia Sàng, TP Thái Nguyên" over "0913871088" and "info@…")."""
    text_rows = [k for k, row in enumerate(rows) if row.text]
    for position, k in enumerate(text_rows):
        row = rows[k]
        if row.kind is not None or row.date is not None or row.byline is not None or not bp.postal_address(row.text):
            continue
        near = [rows[j] for j in text_rows[max(0, position - 2): position] + text_rows[position + 1: position + 3]]
        if any(r.kind == bp.CONTACT or bp.phone_alone(r.text) for r in near):
            row.kind = bp.CONTACT


# What PHP prints into a page when its code misbehaves: a level and a colon, then the message; its
# last words name the script and the line ("… in C:\\xampp\\htdocs\\wp-includes\\functions.php on line
# 5737"). An old theme left running on a new PHP prints such notices into every stored copy.
_SERVER_MESSAGE = re.compile(r"^(?:PHP\s+)?(?:Deprecated|Warning|Notice|Strict Standards|(?:Catchable\s+)?Fatal error|"
                             r"Parse error)\s*:\s+\S")
_SERVER_MESSAGE_END = re.compile(r"\bin\s+\S+\.php\s+on\s+line\s+\d+\s*$", re.I)
_SERVER_MESSAGE_MAX_ROWS = 6   # rows a wrapped message runs over, its first to the one naming the line


_ANSWER_LABEL = re.compile(r"(?:tra loi|giai dap)\s*:?")


def _answers_to_a_question(rows: list[Row]) -> None:
    """A question-and-answer page's label of its answer, "Trả lời" alone under the question it answers ("Chi bộ cơ
    sở hỏi: … là giám sát thường xuyên hay giám sát chuyên đề?" / "Trả lời"): the text's, not a comment form's
    reply button."""
    for k, row in enumerate(rows):
        if row.kind != bp.COMMENTS or not _ANSWER_LABEL.fullmatch(fold(row.text).strip()):
            continue
        above = next((rows[m] for m in range(k - 1, -1, -1) if rows[m].text), None)
        if above is not None and above.kind is None and above.text.rstrip().endswith("?") and words(above.text) >= 5:
            row.kind = None


def _server_messages(rows: list[Row]) -> None:
    """A PHP message and the rows it wraps over, up to the one naming the script's line, are the
    server's, never text (whatever language the message is in)."""
    for k, row in enumerate(rows):
        if not row.text or not _SERVER_MESSAGE.match(row.text):
            continue
        ahead = [m for m in range(k, len(rows)) if rows[m].text][:_SERVER_MESSAGE_MAX_ROWS]
        end = next((m for m in ahead if _SERVER_MESSAGE_END.search(rows[m].text)), None)
        if end is None:
            continue
        for m in ahead[: ahead.index(end) + 1]:
            rows[m].kind, rows[m].date, rows[m].byline = bp.SERVER_MESSAGE, None, None


_LOGO_ALONE = re.compile(r"(?:https?://|www\.)\S+" + bp.IMAGE_EXT, re.I)
_GLUED_LOGO = re.compile(r"[^\W\d_](?:https?://|www\.)\S+" + bp.IMAGE_EXT + r"$", re.I)


def _glued_site_header(text: str) -> bool:
    """A site's header as a stored copy glues it: the unit's name run onto its parent unit's or onto its
    logo's address, no space between ("Trường THCS Tương Bình HiệpPhòng giáo dục và đào tạo Thủ Dầu Một",
    "Trường Tiểu học Tô Vĩnh Diện - Thành phố Điện Biên Phủhttps://…/logo-1.jpg"): never a headline."""
    if words(text) > 30:
        return False
    if _GLUED_LOGO.search(text):
        return True   # whatever names the site before it ("Đảng ủy - HĐND - UBND - UBMTTQ Việt Nam xã …")
    for k in range(1, len(text)):
        if not text[k - 1].islower() or not (text[k].isupper() or text.startswith(("http://", "https://", "www."), k)):
            continue
        head, rest = text[:k], text[k:]
        if organisation_signature(head) and (
                rest[0].islower() or rules().organisation_opener_as_typed.match(rest.lower() + " ")):
            return True
    return False


_PUBLISHER_MAX_WORDS = 15


def _site_headers(rows: list[Row]) -> None:
    """The site's header a stored copy prints as text: a unit's name glued to its parent's or to its logo's
    address (``_glued_site_header``), or a unit's name alone over its logo's address ("Trường Mầm non Mường
    Toong" / "https://…/uploads/150.png"). Menu furniture, never a title or a paragraph."""
    text_rows = [k for k, row in enumerate(rows) if row.text]
    for position, k in enumerate(text_rows):
        row = rows[k]
        if row.kind is not None or row.date is not None:
            continue
        nxt = rows[text_rows[position + 1]] if position + 1 < len(text_rows) else None
        above = rows[text_rows[position - 1]] if position else None
        over_logo = nxt is not None and _LOGO_ALONE.fullmatch(nxt.text)
        if _glued_site_header(row.text) or (
                over_logo and (is_unit_name(row.text) or organisation_signature(row.text))) or (
                # the publisher's name between the page's picture and the logo, a structured-data block printed as
                # text ("…/2025_02/z63….jpg" / "Tuổi trẻ huyện Thăng Bình - tỉnh Quảng Nam" / "…/logo.png")
                over_logo and above is not None and above.kind in (bp.IMAGE_NAME, bp.MENU)
                and bp.ADDRESS_ALONE.fullmatch(fold(above.text).strip()) and words(row.text) <= _PUBLISHER_MAX_WORDS
                and not ends_sentence(row.text)):
            row.kind, row.byline = bp.MENU, None


def _account_alone(text: str) -> bool:
    """A CMS account named after its unit or place alone on its line, opening with an account's word
    ("admin Tây Hiếu", "Admin Huyện ủy"; rules.toml ``bylines.cms_accounts``). ("admin" alone is left
    to the learned furniture filter, whose training rows it is.)"""
    first = text.split()[0] if text.split() else ""
    return 2 <= words(text) <= 5 and fold(first) in rules().cms_accounts and is_cms_account(text)


# A lead's source tag printed alone on its line: "(Mic.gov.vn) -", "(MTTQ) –".
_LONE_SOURCE_TAG = re.compile(r"^\([^()\s][^()]{0,29}\)\s*[-–—]$")


def _join_lone_source_tags(rows: list[Row]) -> list[Row]:
    """A lead's source tag alone on its line opens the next text line: the stored copy broke
    the line after it ("(Mic.gov.vn) -" / "Từ việc công khai, …"), the writer did not."""
    for k, row in enumerate(rows):
        if not (row.content and _LONE_SOURCE_TAG.match(row.text)):
            continue
        nxt = next((m for m in range(k + 1, len(rows)) if rows[m].text), None)
        if nxt is not None and rows[nxt].content and rows[nxt].text[:1].isupper() and rows[nxt].mark == "":
            rows[nxt].text = f"{row.text} {rows[nxt].text}"
            rows[nxt].raw = f"{row.raw} {rows[nxt].raw}"
            row.text = ""
    return rows


# A source credit's label alone on its line ("Nguồn:", "Nguồn tin:"), the site's address on the next.
_LONE_CREDIT_LABEL = re.compile(r"^nguon(?: tin)?\s*:$")


def _join_lone_credit_labels(rows: list[Row]) -> list[Row]:
    """A credit's label alone on its line and the source's address alone on the next are one
    credit ("Nguồn:" / "https://daklak.gov.vn/-/…"): the stored copy broke the line after the
    label; the address, alone, would read as a link of the page's menu."""
    for k, row in enumerate(rows):
        if not (row.content and _LONE_CREDIT_LABEL.match(fold(row.text))):
            continue
        nxt = next((m for m in range(k + 1, len(rows)) if rows[m].text), None)
        if nxt is not None and rows[nxt].kind == bp.MENU and bp.ADDRESS_ALONE.fullmatch(fold(rows[nxt].text)):
            row.text = f"{row.text} {rows[nxt].text}"
            row.raw = f"{row.raw} {rows[nxt].raw}"
            rows[nxt].text, rows[nxt].kind = "", None
    return rows


def _join_lone_byline_labels(rows: list[Row]) -> list[Row]:
    """A byline's label alone on its line and the writer's name alone on the next are one byline
    ("Người viết tin bài" / "Vũ Thị Minh Tiến"): the stored copy broke the line after the label."""
    for k, row in enumerate(rows):
        if not (row.content and row.byline is None and row.date is None and byline_label_alone(row.text)):
            continue
        nxt = next((m for m in range(k + 1, len(rows)) if rows[m].text), None)
        if nxt is None and row.text.rstrip().endswith(":"):
            # the label with its colon closing the stored copy, its name lost ("Người viết tin:")
            row.kind = bp.METADATA
            continue
        if nxt is None or not rows[nxt].content or rows[nxt].date is not None:
            continue
        name = rows[nxt].text
        if is_person_name(without_degree(name)) or several_writers(name) or organisation_signature(name) or (
                bare_byline(name) is not None):
            # (a unit may be what the label names: "Thực hiện:" / "Đài truyền thanh Vạn Phúc"; so may a writer with
            # the unit she works in after a dash: "Thực hiện:" / "Bùi Thị Nga - Ban VHTT phường Hà Cầu")
            joined = f"{row.text.rstrip()} {name}"
            byline = parse_byline(joined)
            if byline is not None and byline.author:
                row.text, row.raw, row.byline = joined, f"{row.raw} {rows[nxt].raw}", byline
                rows[nxt].text, rows[nxt].kind = "", None
    return rows


_LONGEST_SYLLABLE = 7    # "nghiêng": no Vietnamese syllable has more letters
_THEME_LABEL_MAX_WORDS = 4   # an English theme's block name left on a Vietnamese page ("Top page Desktop")
_ACCENTED_LINES = 1      # accented lines (8 words and more) that make a page's language Vietnamese with its accents


# Lower-case words without accents after a unit's capitals: this many at least ("xay dung nong thon moi").
_UNACCENTED_AFTER_CAPITALS = 4


def _file_named(text: str) -> bool:
    """A photo's file name printed as its caption, most of its words without their accents, its parts joined by an
    underscore or its index after a hyphen, a capital first or a name with its accents at the end ("Tuyen truyen ve le
    tuong niem ATGT_Chánh", "Tuyen truyen le tuong niem ATGT-2")."""
    text = text.strip()
    if words(text) >= 25 or ends_sentence(text) or not (
            re.search(r"[^\W\d_]_[^\W\d_]", text) or re.search(r"[^\W\d_][-_]\d{1,3}$", text)):
        return False
    tokens = re.findall(r"[^\W\d_]+", text)
    unaccented = [t for t in tokens if t.isascii() and t.islower()]
    return len(unaccented) >= 3 and len(unaccented) * 2 > len(tokens)


# A page is written in Vietnamese with this many accented lines (8 words and more) for each English notice on it.
_ENGLISH_NOTICES_PER_ACCENTED_LINE = 2


def _english_notice(text: str) -> bool:
    """A theme's or a plug-in's notice left in English, sentence or not: four words and more without accents, two in
    five of them English function words (``rules.toml`` ``english_function_words``) and most no Vietnamese syllable
    ("You have an old version of Adobe's Flash Player. Get the latest Flash player.", "Please enter your name here")."""
    if not text.isascii():
        return False
    tokens = re.findall(r"[A-Za-z]+", text)
    if not 4 <= len(tokens) <= 30:
        return False
    function = sum(t.lower() in rules().english_function_words for t in tokens)
    foreign = sum(not vietnamese_syllable(t) for t in tokens)
    return function * 5 >= len(tokens) * 2 and foreign * 2 > len(tokens)


# A Central Highlands name as the Ê-đê and M'nông write it, "H" opening a woman's, "Y" a man's ("H Yur Je", "Y Jut
# Buôn Krông"): a writer's signature, though none of its syllables is Vietnamese.
_HIGHLAND_NAME = re.compile(r"[HY](?: [A-Z][a-z]+){1,3}")


# The names cameras and phones give photos, an index of three digits or more after them, maybe with the copy's
# suffix: "IMG_7805", "DSC01234", "FB_IMG_1669614737258" (underscores read as spaces).
_CAMERA_FILE = re.compile(r"(?:^|\d|\s)(?:IMG|DSC|DSCN|DCIM|FB IMG|FB_IMG)[\s_-]*\d{3,}(?:\s*-\s*Copy)?\s*$")


def mark_unaccented(rows: list[Row]) -> list[Row]:
    """Rows of text that no writer of the page typed, marked ``bp.UNACCENTED``.

    On a page written with Vietnamese accents, a line left without any, opening in lower
    case (or with a number and lower-case words) and ending no sentence, is machine text:
    a photo's file name printed as its caption ("16 doan ket"), keyword spam a template
    hides after the article ("chung cu times city, to chuc su kien, …"), an editor's button
    labels run together ("leftcenterrightdel"). It needs two such words, or one longer than
    any Vietnamese syllable: one short word may be a Vietnamese word without accents. Read
    after ``unwrap``, so the rest of a wrapped sentence is already part of its paragraph.
    """
    accented = sum(1 for row in rows if row.content and not row.text.isascii() and words(row.text) >= 8)
    if accented < _ACCENTED_LINES:
        return rows
    notices = {k for k, row in enumerate(rows) if row.content and _english_notice(row.text)}
    if accented < _ENGLISH_NOTICES_PER_ACCENTED_LINE * len(notices):
        notices = set()   # a page written in English keeps its sentences
    for k, row in enumerate(rows):
        if row.content and (_file_named(row.text) or k in notices):
            row.kind = bp.UNACCENTED
            continue
        if not row.content or not row.text.isascii() or ends_sentence(row.text) or _URL.search(row.text) or (
                site_root(row.text) or is_source_credit(row.text)):
            continue   # (a site's bare address is a source credit, "theo: nhandan.com.vn" one: fields.is_source_credit)
        tokens = [t for t in re.findall(r"[A-Za-z]+", row.text)]
        if len(tokens) >= 3 and row.text.isupper() and words(row.text) < 12 and any(
                len(t) >= 2 and not vietnamese_syllable(t.lower()) for t in tokens):
            row.kind = bp.UNACCENTED   # a photo's file name in capitals ("CHOLACH HN TRIEN KHAI", "TRUC BAO TT1")
            continue   # (a name typed in capitals without accents is all syllables: "NGUYEN THI HOA" signs)
        if len(tokens) == 1 and re.fullmatch(re.escape(tokens[0]) + r"\d{0,2}", row.text.strip()) and re.fullmatch(
                r"[A-Z][a-z]+", tokens[0]) and not vietnamese_syllable(tokens[0]) and syllables_run_together(
                tokens[0].lower()):
            # syllables run together, alone on a line, maybe numbered: an image's alt text or file name ("Tanghoa",
            # "Vesingnghiatrang1")
            row.kind = bp.UNACCENTED
            continue
        # a unit's abbreviation may open it, the file's words after it ("VKS GT xay dung nong thon moi 1")
        lead = next((n for n, t in enumerate(tokens) if not re.fullmatch(r"[A-Z]{2,5}", t)), len(tokens))
        if 0 < lead <= 2 and len(tokens) - lead >= _UNACCENTED_AFTER_CAPITALS and words(row.text) < 25 and all(
                t.islower() for t in tokens[lead:]) and re.fullmatch(r"[A-Z ]+[a-z0-9 ]+", row.text.strip()):
            row.kind = bp.UNACCENTED
            continue
        if len(tokens) >= 3 and sum(t.islower() for t in tokens) >= 2 and re.search(r"[a-z]\d{1,3}$", row.text.strip()) and (
                words(row.text) < 25):
            row.kind = bp.UNACCENTED   # a photo's file name, its index glued on ("Tay Ninh trao qua trung thu3")
            continue
        if len(tokens) >= 3 and sum(t.islower() for t in tokens) >= 2 and re.search(r"[A-Za-z]\s+(?:\d{4}\s+)?\d{1,3}$",
                                                                                    row.text.strip()) and words(row.text) < 12:
            row.kind = bp.UNACCENTED   # or after a space, maybe after its year ("Lang VH dong hoi 2017 3", "Thanh phu
            #                            phien toa RKN 2")
            continue
        if _CAMERA_FILE.search(row.text) and words(row.text) < 8:
            # a camera's or a phone's file name ("FB IMG 1669614737258", "1910IMG 7805 - Copy")
            row.kind = bp.UNACCENTED
            continue
        if len(tokens) == 2 and any(t.islower() for t in tokens) and all(
                vietnamese_syllable(t.lower()) for t in tokens) and (
                re.fullmatch(r"[A-Za-z]+ [A-Za-z]+ \d{1,2}", row.text.strip())):
            # two syllables and an index, the file's name ("Lang dong 2" of "lang-dong-2.jpg")
            row.kind = bp.UNACCENTED
            continue
        english = [t for t in tokens if re.search(r"[a-z]", t) and not vietnamese_syllable(t)]
        if 2 <= len(tokens) <= _THEME_LABEL_MAX_WORDS and len(english) >= 2 and len(english) * 2 >= len(tokens) and (
                re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)+", row.text.strip())) and not is_source_credit(row.text) and (
                not _HIGHLAND_NAME.fullmatch(row.text.strip())):
            # (letters and spaces only: "Theo Chiemhoa.org.vn", "ITC - lehongphong.edu.vn", "LHPer and AFC U23
            # Championship 2018:" are credits, signatures and the writer's words)
            row.kind = bp.UNACCENTED   # a theme's block name in English ("Top page Desktop", "Sample Plan")
            continue
        if not tokens or not tokens[0][0].islower() or not re.match(r"^[\d\W_]*[a-z]", row.text):
            continue
        if (len(tokens) >= 2 or len(tokens[0]) > _LONGEST_SYLLABLE) and words(row.text) < 25:
            row.kind = bp.UNACCENTED   # (a longer line may be a paragraph typed without accents: kept)
    return rows


# A place's level and the first capitalised syllable of its name at a line's end: "tỉnh Lào", "xã Tân".
_PLACE_LEVEL = r"(?:^|\s)(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận|thôn|bản|xóm|ấp)"
_PLACE_THEN_SYLLABLE = _PLACE_LEVEL + r"\s+[A-ZĐ][^\W\d_]*$"


# A photo's file name whose encoded spaces lost their '%' ("don%20ve%20sinh%2022010" -> "don20ve20sinh2022010")
# and its index, glued before the caption: "don20ve20sinh2022010 7 - 70 đoàn viên … tham gia dọn vệ sinh".
# Photos' file names a page runs onto the end of a paragraph after its last sentence: a camera's name glued to the
# full stop ("… sinh viên.DSC06921"), content hashes after it ("… tổ chức. fac60bbdf7417fc2a20011d8b9b93e09").
_TRAILING_FILE_NAMES = re.compile(
    r"(?<=[.!?…”\"])(?:\s*(?:[0-9a-f]{16,}|" + bp.CAMERA_NAME + r"|[\w\-]+" + bp.IMAGE_EXT + r"))+\s*$",
    re.IGNORECASE)
# A file's stem of letters then digits right before the dot the names above follow ("… đính kèm:cv437.signed.pdf"):
# the dot is the file's own, no sentence's end.
_FILE_STEM_BEFORE = re.compile(r"(?:^|[\s:])[A-Za-z]+\d+\.$")


def _without_trailing_file_names(text: str) -> str:
    """``text`` without photos' file names run onto its end after its last sentence (``_TRAILING_FILE_NAMES``),
    unless the "sentence's end" is the dot inside a file's own name; never emptied."""
    found = _TRAILING_FILE_NAMES.search(text)
    if found is None or not found.start() or _FILE_STEM_BEFORE.search(text[: found.start()]):
        return text
    return text[: found.start()]


_GLUED_FILE_NAME = re.compile(r"^[a-z]+(?:20[a-z0-9]+){2,}\s+\d{1,3}\s*[-–]\s+(?=\S)")


def _without_glued_toolbar(text: str) -> str:
    """A line without the toolbar words a page glued to it ("Chuẩn Tương phảnĐoàn công tác…"):
    cut only where a lower-case letter runs into a capital with no space and everything
    before that point is toolbar words (rules.toml, ``boilerplate.toolbar``)."""
    for i in range(1, min(len(text), 80)):
        if text[i - 1].islower() and text[i].isupper() and bp.classify_line(text[:i]) == bp.TOOLBAR:
            return text[i:]
    return text


def _without_glued_box_heading(text: str) -> str:
    """A line without the box heading a page glued to its end ("Nguồn: Baohatinh.vnÝ kiến bạn đọc"): cut only where
    a lower-case letter runs into a capital with no space and all that follows is a comments' or a news list's
    heading (``boilerplate.classify_line``)."""
    for i in range(max(1, len(text) - _GLUED_HEADING_MAX_CHARS), len(text)):
        if text[i - 1].islower() and text[i].isupper() and bp.classify_line(text[i:]) in (bp.COMMENTS, bp.RELATED):
            return text[:i]
    return text


_GLUED_HEADING_MAX_CHARS = 40   # "Ý kiến bạn đọc", "Các tin khác", "Tin liên quan": a box heading's length


# A school year, a term, a period or a year alone on a line, folded ("NĂM HỌC 2025-2026", "NHIỆM KỲ 2020 - 2025").
_PERIOD_TAIL = re.compile(r"(?:nam hoc|nhiem ky|giai doan|nam)\s+\d{4}(?:\s*[-–]\s*\d{4})?")


def closing_formula(text: str) -> bool:
    """Whether a line is a letter's courtesy closing with its mark typed ("Trân trọng./.", "Trân trọng cảm ơn!";
    rules.toml ``paragraphs.courtesy_closings``); the words alone ("Trân trọng") head a sidebar's line as often."""
    mark = _CLOSING_MARK.search(text)
    return mark is not None and fold(text[: mark.start()]).strip() in rules().courtesy_closings


# A long line cut after a comma, its sentence's last few words on the line under it: the longest such tail and the
# fewest words of the line cut.
_CUT_AFTER_COMMA_TAIL_WORDS = 4
_CUT_AFTER_COMMA_MIN_WORDS = 8


def _continues(prev: Row | None, row: Row, *, wrapped_page: bool, width: int = 0,
               last_line: int | None = None) -> bool:
    """Whether ``row`` is the rest of a sentence a text editor wrapped after ``prev``."""
    if prev is None or not (prev.content and row.content) or row.mark:
        return False
    if prev.mark not in ("", "li"):
        return False   # (a list item the editor wrapped goes on like a paragraph: "- Sở Nội vụ tham mưu tổ" / "chức …")
    if bp.is_upper_line(prev.text) and bp.is_upper_line(row.text) and (
            _quote_closes_below(prev.text, row.text) or _subject_over_its_deed(prev.text, row.text)
            or _PERIOD_TAIL.fullmatch(fold(row.text).strip()) or _quoted_name_below(prev.text, row.text)
            or _deed_wrapped(prev.text, row.text) or _verb_left_open(prev.text, row.text)):
        # a headline in capitals wrapped inside its quotation ("GIAO LƯU “AN TOÀN GIAO" / "THÔNG …”"), before the
        # period it names ("BUỔI HỌP CHA MẸ HỌC SINH ĐẦU NĂM" / "NĂM HỌC 2025-2026"), or before the quoted name of
        # what it tells of ("LIÊN ĐỘI … VỚI CHUYÊN ĐỀ GIÁO DỤC" / "“BIỂN ĐẢO QUÊ HƯƠNG”")
        return True
    if bp.is_upper_line(prev.text) or NUMBERED.match(row.text) or is_unit_name(prev.text) or (
            is_person_name(prev.text)):
        return False   # (a unit's or a person's name alone is a header or a signature: nothing goes on from it)
    if ends_sentence(prev.text):
        # On a page wrapped by its editor, a line that ends in a semicolon and fills the width
        # is a clause of a sentence going on in lower case ("… Nam Sách;" / "thăm và tặng quà …"):
        # only a line clearly shorter than the width ends a paragraph.
        return bool(wrapped_page and prev.text.rstrip().endswith(";") and row.text[:1].islower()
                    and _fills_width(last_line, width) and last_line <= rules().full_line_max_width * width)
    first = row.text[:1]
    if first.islower():
        return not _account_alone(row.text)   # "admin Tây Hiếu" under a title: the poster's account
    # On a page wrapped by its editor, a wrapped line may also start with a number or
    # an opening bracket or quote ("… kỷ niệm" / "93 năm ngày …"), or with a capital
    # (a name, "Ủy ban") under a line that ends in a comma, or under a paragraph already
    # running over several lines whose last line fills the page's width (a title standing
    # alone above the text may fill it too).
    if _cut_inside_a_name(prev.text, row.text) or _lead_cut_after_its_day(prev.text) or _HO_CHI_MINH_CUT.search(
            f"{prev.text.rstrip()}\n{row.text.lstrip()}"):
        return True
    if _DAY_WORD_ALONE.fullmatch(fold(prev.text)) and re.match(r"\d{1,2}\s*[/.-]\s*\d{1,2}\b", row.text):
        return True   # a lead's day split after its first word ("Ngày" / "21/2, Đảng bộ xã …")
    if first in "“\"" and opening_day(prev.text) is not None and words(prev.text) >= _DATED_LEAD_MIN_WORDS:
        return True   # a dated lead wrapped before the event's quoted name ("Sáng ngày 09/01/2023, … trải nghiệm" / '"Gói …')
    if prev.text.rstrip().endswith(",") and words(prev.text) >= _CUT_AFTER_COMMA_MIN_WORDS and (
            words(row.text) <= _CUT_AFTER_COMMA_TAIL_WORDS) and not ends_sentence(row.text) and not re.fullmatch(
            r"[\d.,]+", row.text):
        return True   # a sentence's last words wrapped onto a short line, even on a page its editor did not wrap
        #               ("Hình ảnh … nhân kỷ niệm 80 năm Cách mạng Tháng Tám," / "Quốc khánh 2/9")
    if words(prev.text) >= _CUT_AFTER_COMMA_MIN_WORDS and _JOINING_END.search(prev.text.rstrip()):
        return True   # a long line stopping on a word no sentence ends with goes on, even on a page its editor did not
        #               wrap ("Đồng chí … Chủ tịch HĐND xã chúc mừng tại" / "Chùa Đống Duyên - Thôn Thái An.")
    if not wrapped_page or words(prev.text) < 3 or re.fullmatch(r"[\d.,]+", row.text):
        return False   # (a number alone on its line is a count or a photo's index, not the rest)
    if first.isdigit() or first in "(“\"'‘":
        return True
    # (a line of its own that ends a sentence inside and then goes on, filling the width, was wrapped as well: no
    # title holds a sentence's end: "… tước tứ Dương hầu. Sau phò mạc chính" / "Trung chạy ra …")
    if last_line is None and two_sentences(prev.text):
        last_line = len(prev.text)
    return first.isupper() and (prev.text.rstrip().endswith(",") or _fills_width(last_line, width)
                                or _place_name_cut_off(prev.text, row.text) or _quote_closes_below(prev.text, row.text)
                                or _DANGLING_END.search(prev.text.rstrip()) is not None
                                or prev.text.rstrip().endswith((" –", " -", " —")))


# A word no clause, title or paragraph ends with ("… dưới sự lãnh đạo của" / "Đảng uỷ, …", "… Phùng Mai Long - Phó" /
# "Chủ tịch Ủy ban MTTQ huyện …"), a woman's middle name no name ends with ("… Bà Hoàng Thị" / "Chung, đang …"),
# or a dash before a post ("… cụ Phùng Xuân Bài –" / "Chủ tịch Hội …"): on a page its
# editor wrapped, the line under it goes on, whatever its first letter.
# Matched as typed, accents and all: folded, "của" would be "cua" and "thì" the "thi" of an exam.
_DANGLING_END = re.compile(
    r"\s(?:của|và|với|các|những|cho|tại|để|là|được|bởi|từ|sự|một|hoặc|mà|thì|vào|trong|Phó|Thị)$")
# Of those, the words that only join (a preposition, a conjunction, a plural's mark), never the end of a compound as "sự"
# of "quân sự" or "trong" of "bên trong" is: on any page, a long line stopping on one goes on below.
_JOINING_END = re.compile(r"\s(?:của|và|với|các|những|cho|tại|để|là|được|bởi|hoặc|mà|thì|vào)$")


def _subject_over_its_deed(prev: str, row: str) -> bool:
    """Whether two lines in capitals are one headline with its subject alone on the first: a unit, maybe
    after its people ("TRƯỜNG MẦM NON KIM LIÊN", "HỌC SINH TRƯỜNG TIỂU HỌC CỘNG HÒA"), then what it did, the
    second opening with a verb (rules.toml ``headline_verbs``: "TỔ CHỨC “NGÀY HỘI …” NĂM HỌC 2024-2025")."""
    subject = unicodedata.normalize("NFC", prev).strip().lower()
    subject = rules().unit_members.sub("", subject, count=1)
    if ends_sentence(prev) or prev.rstrip().endswith((":", ",", "-", "–", "|")) or not (
            opens_with_unit(subject)) or (
            words(prev) > rules().organisation_max_words):
        return False
    return bool(rules().headline_verb.match(unicodedata.normalize("NFC", row).strip().lower() + " "))


def _deed_wrapped(prev: str, row: str) -> bool:
    """Whether a headline in capitals that opens with what was done (rules.toml ``headline_verbs``: "PHÁT ĐỘNG KÝ KẾT
    GIAO ƯỚC PHONG TRÀO") goes on, unpunctuated, on the next line in capitals ("THI ĐUA YÊU NƯỚC … NĂM 2026"): one
    headline of a headline's length. A site's or a unit's name opens with no such verb."""
    opening = unicodedata.normalize("NFC", prev).strip().lower() + " "
    return bool(rules().headline_verb.match(opening)) and prev.rstrip()[-1:].isalnum() and (
        words(prev) >= rules().title_min_words) and words(prev) + words(row) <= rules().title_max_words


def _verb_left_open(prev: str, row: str) -> bool:
    """Whether a line in capitals ends on what its subject did, its object on the next line in capitals ("TRƯỜNG TIỂU
    HỌC TÂN TIẾN LONG TRỌNG TỔ CHỨC" / "LỄ KHAI GIẢNG NĂM HỌC MỚI …"): one headline of a headline's length. No headline
    ends on such a verb (rules.toml ``headline_verbs``)."""
    typed = unicodedata.normalize("NFC", prev).strip().lower().split()
    ends = (" ".join(typed[-n:]) + " " for n in (1, 2))
    return any((verb := rules().headline_verb.match(end)) and verb.end() == len(end) for end in ends) and (
        words(prev) >= rules().title_min_words) and words(prev) + words(row) <= rules().title_max_words


def _quoted_name_below(prev: str, row: str) -> bool:
    """Whether ``row`` is a short name wholly in quotation marks that ``prev``, a clause of a headline's length that
    ends without a mark and names no unit alone, goes on with (the topic, the campaign it tells of); a site's motto
    under its name is no such line."""
    return bool(QUOTATION.match(row.strip())) and words(row) <= _QUOTED_NAME_MAX_WORDS and not is_unit_name(prev) and (
        words(prev) >= rules().title_min_words) and prev.rstrip()[-1:].isalnum()


_QUOTED_NAME_MAX_WORDS = 8


def _quote_closes_below(prev: str, row: str) -> bool:
    """Whether a quotation opened on ``prev`` is still open at its end and closes on ``row``
    ("… cuộc vận động “Toàn dân rèn luyện thân thể theo gương Bác" / "Hồ vĩ đại”."): one sentence."""
    closing = row.find("”")
    return prev.count("“") > prev.count("”") and closing >= 0 and "“" not in row[:closing]


def _place_name_cut_off(prev: str, row: str) -> bool:
    """Whether a wrapped line ends on a place's level and the next opens with its name, two or three
    capitalised syllables, going on in lower case ("… Khu phố 4 phường" / "Hưng Long đã diễn ra …").
    A unit's name ending on its level ("… Hội đồng Đội tỉnh") over a paragraph ("Đại hội đã …") is no cut."""
    return bool(re.search(_PLACE_LEVEL + r"$", prev.rstrip())) and bool(
        re.match(r"^(?:[A-ZĐ][^\W\d_]*\s+){2,3}[^\W\d_A-ZĐ]", row))


# The nation's most printed name broken over two lines ("Sinh thời, Chủ tịch Hồ" / "Chí Minh rất quan tâm …", "Đoàn TNCS
# Hồ Chí" / "Minh …"): one name, one sentence going on.
_HO_CHI_MINH_CUT = re.compile(r"\bHồ\nChí\s+Minh\b|\bHồ\s+Chí\nMinh\b")


def _cut_inside_a_name(prev: str, row: str) -> bool:
    """Whether a long sentence was broken inside a place's name ("… hợp nhất tỉnh Lào" / "Cai và tỉnh Yên
    Bái, …"): the line ends on a place word and one capitalised syllable, and the next opens with one
    capitalised syllable and goes on in lower case, ending the sentence."""
    if words(prev) < rules().long_lead_min_words or not re.search(_PLACE_THEN_SYLLABLE, prev):
        return False
    return bool(re.match(r"^[A-ZĐ][^\W\d_]*\s+[^\W\d_]*[a-zđ]", row) or re.match(r"^[A-ZĐ][^\W\d_]*[,.;]", row)) and (
        ends_sentence(row))


def _lead_cut_after_its_day(prev: str) -> bool:
    """A lead's dated opening clause and at most its subject's first word, the rest wrapped to the next line
    ("Ngày 19/3/2025, Trường" / "Mầm non Tiên Kỳ … tổ chức ngày hội"): no line ends there."""
    _, comma, rest = prev.partition(",")
    return bool(comma) and opening_day(prev) is not None and 1 <= words(rest) <= 2 and not ends_sentence(prev)


def _fills_width(last_line: int | None, width: int) -> bool:
    """Whether a paragraph's last line, ``last_line`` characters long, fills the editor's line
    ``width``: the wrap went on past it (a line the editor ended is clearly shorter)."""
    return last_line is not None and width > 0 and last_line >= rules().full_line_min_width * width


# A labelled stamp in brackets inside a line: "( Cập nhật ngày: 25/03/2024 )", "(Ngày đăng 02/10/2023 08:15)".
_BRACKETED_STAMP = r"\(\s*(?:{labels})\s*:?\s*\d{{1,2}}\s?[/.\-]\s?\d{{1,2}}\s?[/.\-]\s?\d{{4}}(?:\s*[-,]?\s*\d{{1,2}}[:h]\d{{2}}(?::\d{{2}})?)?\s*\)"
# The official end mark "./." and a writer's name after it on the same line: "… thanh niên./. Diệu Thu |".
_END_MARK_SIGNATURE = re.compile(r"^(.*\S\s*\./\.)\s+(\S[^|]{1,40}?)\s*\|?\s*$")


# A writer's credit run onto the last sentence with no space after its stop ("….Tin: Trương Thị Yên").
_GLUED_CREDIT = re.compile(r"^(.*\S[.!?…])((?:Tin|Bài|Tin, ảnh|Tin và ảnh|Tin bài|Bài và ảnh|Tác giả)\s*:\s*\S[^.!?:]{1,40})$")


# A stamp line's poster or writer label, the name after it.
_POSTER_LABEL = re.compile(r"\b(?:Người đăng(?: bài viết| tin)?|Tác giả|Người viết|Người đưa tin)\s*:\s*")
_POSTER_NAME_MAX_WORDS = 5


def _lead_glued_to_poster(text: str) -> int | None:
    """Where the lead starts on a stamp line whose poster's or writer's name runs into it, no space between
    ("Đăng lúc: Thứ hai - 07/10/2013 00:10 - Người đăng bài viết: Nguyễn Phúc TườngNgày 13 tháng 9 năm 2013, …"):
    inside one of the name's first capitalised words, a lower-case letter followed by a capital."""
    label = _POSTER_LABEL.search(text)
    if not label:
        return None
    position = label.end()
    for word in text[position:].split(" ")[:_POSTER_NAME_MAX_WORDS]:
        if not word[:1].isupper():
            return None
        glue = next((k for k in range(1, len(word)) if word[k - 1].islower() and word[k].isupper()), None)
        if glue is not None:
            return position + glue
        position += len(word) + 1
    return None


_DIGIT_THEN_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])")
_GLUED_STAMP_MAX_CHARS = 60   # a stamp's longest head ("Thứ Hai, 12 Tháng Mười Hai, 2016 - 08:30")


def _lead_glued_to_stamp(text: str) -> int | None:
    """Where the lead starts on a line that opens with the date stamp run into it, no space after its last digit
    ("3 Tháng Một, 2017Tỉnh Kiên Giang có kế hoạch …", "12/03/2020 08:30Sáng nay, …"): the first capital glued to a
    digit after which the line's head reads as a stamp alone."""
    for glue in _DIGIT_THEN_LETTER.finditer(text[:_GLUED_STAMP_MAX_CHARS]):
        if text[glue.start()].isupper() and parse_date_line(text[: glue.start()]) is not None:
            return glue.start()
    return None


_WORD = re.compile(r"\S+")
_LETTER = re.compile(r"[^\W\d_]")
_WORD_MAX_CHARS = 12   # room enough for any word of a headline and the space after it


def _stamp_then_capitals(text: str) -> tuple[int, int] | None:
    """(where the headline starts, where the text starts) on a line that opens with the page's stamp, then the
    headline in capitals, then the text, all run together ("19/01/2026 | lượt xem: 717 NGÀY HỘI HIẾN MÁU … PHƯỜNG
    THÁI BÌNH Thực hiện Kế hoạch …"): the stamp alone before the first word in capitals, a headline's length of
    words in capitals, and the next word opening a sentence in lower case after its capital."""
    tokens = list(_WORD.finditer(text[: _GLUED_STAMP_MAX_CHARS + _WORD_MAX_CHARS * (rules().title_max_words + 1)]))
    for n, token in enumerate(tokens):
        if not _in_capitals(token.group()):
            continue
        if n == 0 or parse_date_line(text[: token.start()]) is None:
            return None
        end = n
        while end < len(tokens) and (_in_capitals(tokens[end].group()) or not _LETTER.search(tokens[end].group())):
            end += 1   # (a figure or a bracket inside the headline: "( ĐỢT 1) NĂM 2026")
        lengths = rules()
        if end == len(tokens) or not lengths.title_min_words <= end - n <= lengths.title_max_words:
            return None
        opening = tokens[end].group()
        if not (opening[:1].isupper() and opening[1:2].islower()):
            return None
        return token.start(), tokens[end].start()
    return None


RETOLD_SHARE = 0.8   # of a headline's words the lead under it uses again (a summary of it shares fewer)
_GLUED_HEADLINE_MAX_WORDS = 60   # a headline run onto its lead, at most (as ``extract._heads_its_run`` reads one)


def _stamp_then_headline(text: str) -> tuple[int, int] | None:
    """(where the headline starts, where the text starts) on a line that opens with the page's stamp, then a headline
    in sentence case, then its lead, all run together ("11/08/2023 | lượt xem: 21 Văn Lâm tổng kết 20 năm … Sáng 11/8,
    Uỷ ban MTTQ … tổ chức hội nghị tổng kết 20 năm …"): the stamp alone before the headline's first capital, and the
    first capitalised word after a headline's length of words that opens a clause giving the event's day (its year
    or not), when what follows tells again most of the words before it."""
    tokens = list(_WORD.finditer(text[: _GLUED_STAMP_MAX_CHARS + _WORD_MAX_CHARS * (_GLUED_HEADLINE_MAX_WORDS + 1)]))
    first = next((n for n, token in enumerate(tokens) if token.group()[:1].isupper()), None)
    if not first or parse_date_line(text[: tokens[first].start()]) is None:
        return None
    for token in tokens[first + rules().title_min_words: first + _GLUED_HEADLINE_MAX_WORDS + 1]:
        tail = text[token.start():]
        if not token.group()[:1].isupper() or (opening_day(tail) is None and lead_day_month(tail) is None):
            continue
        head = text[tokens[first].start(): token.start()]
        own = [w for w in words_of(head) if len(w) > 1]
        used = set(words_of(tail[: 3 * len(head)]))
        if ends_sentence(head) or sum(w in used for w in own) < RETOLD_SHARE * len(own):
            return None
        return tokens[first].start(), token.start()
    return None


def _in_capitals(token: str) -> bool:
    """A word with two letters or more, all of them capitals ("NGÀY", "(ĐỢT"), not a stamp's "|" or digits."""
    letters = re.sub(r"[\W\d_]", "", token)
    return len(letters) >= 2 and letters.isupper()


# a day and its time of day, from any digit on (a headline's last figure may be glued to its day), or the time first
# after a space ("… toàn dân tộc 09:21 19/06/2023 (Mặt trận) -Chiều 16/6, …")
_TIMED_STAMP = re.compile(r"(?=(\d{1,2}/\d{1,2}/\d{4}\s*[-–,|]?\s*\d{1,2}:\d{2}(?::\d{2})?"
                          r"|(?<=\s)\d{1,2}:\d{2}(?::\d{2})?\s*[-–,|]?\s*\d{1,2}/\d{1,2}/\d{4})(?!\d))")


@cache
def _label_closing() -> re.Pattern:
    """A stamp's label closing a line, or in its last words with a colon (rules.toml's labels), compiled once."""
    labels = rules().stamp_label_anywhere.pattern
    return re.compile(r"(?:" + labels + r")(?:\s*:?\s*|\s*:[^:]{0,30})$")


def _labelled_before(folded: str) -> bool:
    """Whether a stamp's label ends ``folded``, or stands in its last words with a colon ("Đăng lúc: Thứ hai -"): the
    line is a stamp whole. A label's word inside a headline ("… Ngày hội Đại đoàn kết …") is none."""
    return bool(_label_closing().search(folded))


def _headline_glued_to_timed_stamp(text: str) -> tuple[int, int] | None:
    """(start, end) of a date stamp with its time of day that a stored copy runs between the headline and the text
    ("… nhiệm kỳ 2024-202919/01/2024 - 16:09:00 Nhiệm kỳ qua, …"): a headline's length before it, ending no
    sentence or on a separator, with no stamp's label ("Đăng lúc: Thứ hai - 07/10/2013 00:10" is a stamp whole);
    the first reading whose day is a real date (the headline's "2029" keeps its digits)."""
    lengths = rules()
    for match in _TIMED_STAMP.finditer(text):
        head = text[: match.start()].strip()
        if words(head) > lengths.title_max_words:
            return None
        if words(head) >= lengths.title_min_words and not ends_sentence(head) and not head.endswith(
                ("-", "–", "|", ":", ",")) and not _labelled_before(fold(head)) and (
                parse_date_line(match.group(1)) is not None):
            return match.start(), match.start() + len(match.group(1))
    return None


@cache
def _bracketed_stamp() -> re.Pattern:
    """``_BRACKETED_STAMP`` with rules.toml's stamp labels, compiled once per process."""
    return re.compile(_BRACKETED_STAMP.format(labels=rules().stamp_label_anywhere.pattern))


@cache
def _labelled_stamp_at_end() -> re.Pattern:
    """A stamp with its label closing a line ("… Cập nhật: 13-12-2020 06:05"), rules.toml's labels, compiled once."""
    return re.compile(r"\s(?:" + rules().stamp_label_anywhere.pattern + r")\s*:\s*\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?"
                      r"\d{4}(?:\s*[-,]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?\s*$")


# A date with its 12-hour clock ("4/21/2012 12:37:00 PM", an ASP.NET portal's stamp) inside a line, between words.
_TWELVE_HOUR_STAMP_INSIDE = re.compile(r"(?<=[^\W\d_])\s+(\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp][Mm])\s+")


def _split_glued_article(parts: list[str]) -> list[str]:
    """A whole article a stored copy runs onto one line, cut back into its lines: the headline, its
    stamp in brackets and the text glued after it ("Đoàn Thanh niên xã … giải bóng chuyền hơi nam, nữ ( Cập
    nhật ngày: 25/03/2024 )Thiết thực kỷ niệm …"); and a writer's name after the official end mark
    ("… thanh niên./. Diệu Thu |"). Nothing is dropped: each piece becomes a line of its own."""
    bracketed = _bracketed_stamp()
    out = []
    for part in parts:
        folded = fold(part)   # (position for position with ``part``)
        match = bracketed.search(folded)
        head, tail = (part[: match.start()].strip(), part[match.end():].strip()) if match else ("", "")
        if match and rules().title_min_words <= words(head) <= rules().title_max_words and not ends_sentence(
                head) and words(tail) >= rules().long_lead_min_words:
            out += [head, part[match.start(): match.end()].strip(), *_split_glued_article([tail])]
            continue
        timed = _headline_glued_to_timed_stamp(part)
        if timed is not None and words(part[timed[1]:]) >= rules().long_lead_min_words:
            head, stamp, tail = part[: timed[0]].strip(), part[timed[0]: timed[1]], part[timed[1]:].strip()
            out += [head, stamp, *_split_glued_article([tail])]
            continue
        labelled = _labelled_stamp_at_end().search(folded)
        head = part[: labelled.start()].strip() if labelled else ""
        if labelled and rules().title_min_words <= words(head) <= rules().title_max_words and not re.search(
                r"[.!?]\s+\S", head):
            # a headline and its labelled stamp after it on one line ("Thị trấn Định Quán công nhận 4.934 hộ … năm 2020.
            # Cập nhật: 13-12-2020 06:05"): two lines
            out += [head, part[labelled.start():].strip()]
            continue
        clocked = _TWELVE_HOUR_STAMP_INSIDE.search(part)
        head = part[: clocked.start()].strip() if clocked else ""
        if clocked and rules().title_min_words <= words(head) <= rules().title_max_words and not ends_sentence(head) and (
                part[clocked.end():].strip()):
            # a headline, its date with a 12-hour clock, and what follows on one line ("Huyện Quỳnh Phụ …: văn hóa,
            # lịch sử 4/21/2012 12:37:00 PM (Giới thiệu nhân …)"): three lines
            out += [head, clocked.group(1), *_split_glued_article([part[clocked.end():].strip()])]
            continue
        capitals = _stamp_then_capitals(part) or _stamp_then_headline(part)
        if capitals is not None and words(part[capitals[1]:]) >= rules().long_lead_min_words:
            head, text = capitals
            out += [part[:head].strip(), part[head:text].strip(), *_split_glued_article([part[text:].strip()])]
            continue
        glued = _lead_glued_to_poster(part)
        if glued is None:
            glued = _lead_glued_to_stamp(part)
        if glued is not None and words(part[glued:]) >= rules().long_lead_min_words:
            out += [part[:glued], *_split_glued_article([part[glued:]])]
            continue
        signed = _END_MARK_SIGNATURE.match(part)
        if signed and words(signed.group(1)) >= rules().lead_min_words and (
                is_person_name(signed.group(2).strip()) or bare_byline(signed.group(2).strip())):
            out += [signed.group(1), signed.group(2).strip()]
            continue
        credited = _GLUED_CREDIT.match(part)
        byline = parse_byline(credited.group(2)) if credited else None
        if byline is not None and byline.author and words(credited.group(1)) >= rules().lead_min_words and (
                is_person_name(byline.author)):
            # the writer's credit glued to the last sentence's stop ("… trên địa bàn tỉnh Trà Vinh.Tin: Trương Thị Yên")
            out += [credited.group(1), credited.group(2)]
            continue
        out.append(part)
    return out


_GLUED_HEADING_MIN_WORDS = 2   # a box's heading in capitals glued to the text after it: its words, at least
_GLUED_TEXT_MIN_WORDS = 5      # ... and the text's


def _split_leading_heading(parts: list[str]) -> list[str]:
    """"LIÊN KẾT WEBSITEHằng năm, đảng ủy xã A …" -> a box's heading in capitals and the text a stored copy glued to it,
    as two lines: the heading's last capital runs straight into the text's first word ("WEBSITEHằng")."""
    out = []
    for part in parts:
        cut = next((i for i in range(1, len(part) - 1) if part[i - 1].isupper() and part[i].isupper()
                    and part[i + 1].islower()), None)
        if cut is not None and not any(c.islower() for c in part[:cut]) and (
                words(part[:cut]) >= _GLUED_HEADING_MIN_WORDS and words(part[cut:]) >= _GLUED_TEXT_MIN_WORDS):
            out += [part[:cut], part[cut:]]
            continue
        spaced = _capitals_then_typed(part)
        if spaced is not None:
            # a long line in capitals, a space, then words typed in sentence case: a site's motto run onto the
            # headline ("CƠ QUAN CỦA TRUNG ƯƠNG HỘI - TIẾNG NÓI CỦA CỰU CHIẾN BINH VIỆT NAM Tuyến đường tự quản …")
            out += [part[:spaced].rstrip(), part[spaced:]]
        else:
            out.append(part)
    return out


def _capitals_then_typed(part: str) -> int | None:
    """Where the typed words start on a line that opens with ``_SPACED_HEADING_MIN_WORDS`` words or more in capitals
    (no lower-case letter) and goes on after a space with a word in sentence case and words typed as text, a
    headline's length of them at least; None otherwise."""
    tokens = list(_WORD.finditer(part))
    first = next((n for n, token in enumerate(tokens) if any(c.islower() for c in token.group())), None)
    if first is None or first < _SPACED_HEADING_MIN_WORDS:
        return None
    opening, rest = tokens[first].group(), part[tokens[first].start():]
    if not (opening[:1].isupper() and opening[1:2].islower()) or not worded_like_text(rest) or (
            words(rest) < rules().title_min_words) or part[:tokens[first].start()].rstrip().endswith(":"):
        return None   # (the capitals closed by a colon name what the rest tells of: "CÔNG TY TNHH …: Kinh doanh …")
    return tokens[first].start()


_SPACED_HEADING_MIN_WORDS = 8   # a motto or banner in capitals run onto the line after a space: its words, at least


def _split_trailing_heading(parts: list[str]) -> list[str]:
    """"Võ Văn Lành Các tin khác" -> the byline and the box heading as two lines."""
    out = []
    for part in parts:
        match = rules().trailing_heading.search(fold(part))
        # ("Thông tin khác" is that heading whole: no "Thông" signs before it)
        if match and words(part) <= 12 and part[: match.start()].strip() and bp.classify_line(part) != bp.RELATED:
            out += [part[: match.start()], *_split_trailing_heading([part[match.start():].strip()])]
        else:
            out.append(part)
    return out


def _rest_of_paragraph(rows: list[Row], start: int) -> list[Row]:
    """The lines from ``start`` down to the first that ends a sentence, or to a blank line."""
    end = next((m for m in range(start, len(rows)) if rows[m].blank), len(rows))
    stop = next((m for m in range(start, end) if ends_sentence(rows[m].text)), end - 1)
    return rows[start:stop + 1]


def _opening_fragment(prev: Row, row: Row, rows: list[Row], i: int, *, any_length: bool = False) -> bool:
    """On a page its editor wrapped, whether ``prev``, a paragraph's first words cut off by the
    wrap ("Ngày" / "28/9/2020, Ban" / "Thường vụ …"), goes on in ``row`` (``rows[i]``), the lines under which,
    down to the end of the sentence, go on with a line in lower case: too short to be a title
    (``lengths.title_min_words``, unless ``any_length``: the page shows the shape again and again),
    no name (a writer signing above the text), no section label ("Tin tức") and ending no sentence."""
    if not (prev.content and row.content) or prev.mark or row.mark:
        return False
    if ends_sentence(prev.text) or bp.is_upper_line(prev.text):
        return False
    if not any_length and words(prev.text) >= rules().title_min_words:
        return False
    if not prev.text[:1].isupper():
        return False   # a paragraph opens with a capital; "1" alone is a photo's index
    if is_person_name(prev.text) or bare_byline(prev.text) or prev.text.rstrip().endswith(":"):
        return False
    if looks_like_label(prev.text) and rules().not_name_words.search(" " + fold(prev.text) + " ") and not (
            any_length and row.text[:1].islower()):
        return False   # (a label never goes on in lower case: "Đoàn đại biểu Quốc hội" / "thành phố …")
    if NUMBERED.match(row.text) or ends_sentence(row.text):
        return False
    # (a shape the page repeats may go on in lower case on the very next line: "… Quốc hội" / "thành phố …")
    below = _rest_of_paragraph(rows, i if any_length else i + 1)
    return bool(below) and all(r.content and not r.mark for r in below) and any(r.text[:1].islower() for r in below)


def _cut_off_openings(rows: list[Row], width: int) -> set[int]:
    """The rows of a page wrapped at ``width`` that are a paragraph's first words cut off on a line
    of their own ("Nhân dịp Tết Nguyên đán" / "Bính Ngọ năm 2026, ngày 30/01/2026, Đoàn …"), when
    the page shows that shape at least ``lengths.cut_off_openings_min`` times; else none.

    Inside one wrapped paragraph every line but the last fills the width, so a line clearly
    shorter than it (``lengths.cut_off_opening_max_width``) that ends no sentence, above a line
    that fills most of it (``cut_off_opening_next_min_width``) in the same sentence, stands at a
    paragraph's edge. One such line may be a title above its lead; the same shape again and
    again is the page's way of opening its paragraphs (a copy that lost the first line's indent).
    """
    if width <= 0:
        return set()
    short = rules().cut_off_opening_max_width * width
    full = rules().cut_off_opening_next_min_width * width
    found = set()
    for i in range(len(rows) - 1):
        row, below = rows[i], rows[i + 1]
        if len(row.text) > short or len(below.text) < full or is_person_name(row.text):
            continue
        if _opening_fragment(row, below, rows, i + 1, any_length=True):
            found.add(i)
    return found if len(found) >= rules().cut_off_openings_min else set()


_DAY_WORD_ALONE = re.compile(r"\s*(?:vao\s+)?(?:(?:sang|chieu|toi|trua|dem)(?:\s+(?:ngay|hom))?|ngay|hom)\s*")
_DATED_LEAD_MIN_WORDS = 8   # a lead's dated opening and its subject and verb, at least
_STOP_ALONE = re.compile(r"\s*(?:\.|!|\?|\./\.)\s*")


def unwrap(rows: list[Row]) -> list[Row]:
    """Join lines a text editor wrapped inside a paragraph.

    A Vietnamese paragraph never starts with a lower-case letter, so a line that
    does, right under a line that ends mid-sentence, continues that line. A page
    with several such lines was wrapped by its editor as a whole, so there a line
    starting with a number or a bracket under an unfinished sentence continues it too,
    and so does a line starting with a capital under a line ending in a comma or under
    a paragraph whose last line fills the editor's width (the median length of the lines
    it broke mid-sentence). There, too, a paragraph's first words that the wrap cut off
    ("Ngày" / "28/9/2020, Ban" / "Thường vụ Huyện Đoàn …" / "binh và …") open it.
    """
    widths = []
    previous = None
    for row in rows:
        if row.text:
            if _continues(previous, row, wrapped_page=False):
                widths.append(len(previous.text))
            previous = row
    # The editor's line width: what the lines it broke mid-sentence measure.
    width = sorted(widths)[len(widths) // 2] if len(widths) >= 3 else 0
    openings = _cut_off_openings(rows, width)
    out: list[Row] = []
    last_lines: dict[int, int] = {}   # a row made of several lines -> length of its last line
    opened: set[int] = set()          # rows that are a cut-off opening, by id, not joined on yet
    for i, row in enumerate(rows):
        prev = out[-1] if out else None
        last_line = last_lines.get(id(prev)) if prev is not None else None
        if prev is not None and prev.content and not ends_sentence(prev.text) and _STOP_ALONE.fullmatch(row.raw):
            # the sentence's full stop wrapped onto a line of its own ("… tại khuôn viên trường" / "."): it goes back
            prev.text = prev.text.rstrip() + row.raw.strip()
            prev.raw = prev.raw.rstrip() + row.raw.strip()
            continue
        if len(widths) >= 2 and prev is not None and prev.content and row.content and not row.mark and (
                not ends_sentence(prev.text)) and row.raw.lstrip().startswith(". ") and row.text[:1].isupper():
            # the wrap put the sentence's full stop at the head of the next line ("… thôn Thổ Mật" / ". Đền Đông
            # Thổ Mật …"): the stop goes back to its sentence, and the paragraph goes on
            prev.text = f"{prev.text}. {row.text}"
            prev.raw = f"{prev.raw} {row.raw}"
            last_lines[id(prev)] = len(row.text)
            continue
        wrapped = i not in openings and _continues(
            prev, row, wrapped_page=len(widths) >= 2, width=width, last_line=last_line)
        fragment = not wrapped and len(widths) >= 2 and prev is not None and (
            id(prev) in opened or _opening_fragment(prev, row, rows, i))
        opened.discard(id(prev))
        if i in openings:
            opened.add(id(row))
        if wrapped or fragment:
            prev.text = f"{prev.text} {row.text}"
            prev.raw = f"{prev.raw} {row.raw}"
            if wrapped:
                last_lines[id(prev)] = len(row.text)
            # (after a cut-off opening, the paragraph has not yet run over the page's width:
            # a caption's line under "Đồng chí Nguyễn Thị" is no proof that a capital goes on)
            continue
        out.append(row)
    return out


def text_key(text: str) -> str:
    """Spelling used to compare lines: no accents, case or punctuation."""
    return " ".join(re.sub(r"[\W_]+", " ", fold(text)).split())


def sentence_like(row: Row) -> bool:
    """A plain sentence: the paragraph test for short notices with no long paragraph."""
    return row.content and row.mark not in ("h1", "h2") and words(row.text) >= 3 and ends_sentence(row.text)


def long_paragraph(text: str) -> bool:
    """A line long enough to be the writer's paragraph wherever it stands (issue 19's hard
    rule, the property tests' definition): 25 words or more, or 12 that end a sentence. Such
    a line is never dropped as furniture unless the page prints it twice."""
    n = words(text)
    return n >= 25 or (n >= 12 and ends_sentence(text))


def clusters(rows: list[Row], paragraph=lambda row: row.body_like) -> list[list[int]]:
    """Runs of paragraph rows (indices) with few short lines between them.

    A run ends at a line that ends a page (footer, comment box, counters) or after
    more than ``_CLUSTER_GAP`` short lines; the article is the heaviest run.
    """
    runs: list[list[int]] = []
    current: list[int] = []
    gap = 0
    in_box = False
    table = flattened_table_cells(rows)
    for i, row in enumerate(rows):
        if i in table:
            continue   # a table's cells, one per line, between two paragraphs: the text goes on under it
        if row.kind == bp.RELATED and current:
            # A "Tin liên quan" box may sit inside the text: its headlines count as a
            # gap, so the article goes on only if a paragraph follows them closely.
            gap += 1
            in_box = True
            continue
        if row.kind in HARD_ENDINGS:
            if current:
                runs.append(current)
            current, gap = [], 0
            continue
        if not row.content:
            continue
        if in_box and is_teaser(row.text):
            gap += 1   # a headline's summary cut short ("… phối hợp với Công ty…") in the box
            continue
        if is_teaser(row.text) and words(row.text) <= _CUT_HEADLINE_MAX_WORDS and not paragraph(row):
            # a headline cut short ("Thông báo lựa chọn Tổ chức đấu giá tài..."): a news list's, without its box
            # heading; the summaries under it, cut short too, are the list's
            gap += 1
            in_box = True
            continue
        if paragraph(row):
            in_box = False
            if current and gap > _CLUSTER_GAP:
                runs.append(current)
                current = []
            current.append(i)
            gap = 0
        elif current:
            gap += 1
    if current:
        runs.append(current)
    return runs


_CUT_HEADLINE_MAX_WORDS = 12   # a headline's length, cut by a news list (a bound, not a tunable)

# A table the stored copy flattened to one cell per line: its serial-number column's heading ("TT", "STT"), then the
# rows' numbers 1, 2, … alone on their lines among the other cells.
_SERIAL_HEADING = re.compile(r"^(?:s\.?\s?tt|tt|so\s+tt|so\s+thu\s+tu)\.?$")
_TABLE_CELL_MAX_WORDS = 25


def _date_cell(row: Row) -> bool:
    """Whether a row is a date alone on its line, as a table's cell prints it ("16/01/2024"): no furniture."""
    return row.date is not None and row.kind is None and row.byline is None and (
        row.date.start == 0 and row.date.end >= len(row.text.rstrip()))


def flattened_table_cells(rows: list[Row]) -> set[int]:
    """The rows of each table the copy flattened to one cell per line ("TT" / "Sản phẩm" / … / "1" / "Bộ sản phẩm
    …" / "96" / "2" / …): from the serial-number heading to the last cell before the next paragraph, when the serial
    numbers 1 and 2 stand alone in order among the cells. The cells, dates alone among them ("01" / "16/01/2024" /
    "Bí thư Tỉnh ủy"), are text of the article."""
    cells: set[int] = set()
    for start, row in enumerate(rows):
        if not row.content or not _SERIAL_HEADING.match(fold(row.text).strip()):
            continue
        run, expected = [], 1
        for k in range(start, len(rows)):
            if not rows[k].text:
                continue
            if not (rows[k].content or _date_cell(rows[k])) or rows[k].body_like or (
                    words(rows[k].text) > _TABLE_CELL_MAX_WORDS):
                break
            run.append(k)
            if rows[k].text.strip().isdigit() and int(rows[k].text) == expected:
                expected += 1   # (its serial numbers maybe padded: "01", "02")
        if expected > 2:
            cells.update(run)
    return cells


def is_teaser(text: str) -> bool:
    """A news list's summary, cut short by the portal with an ellipsis."""
    return text.rstrip().endswith(("…", "...")) and not text.rstrip().endswith(("….", "...."))


def over_contact_lines(rows, k) -> bool:
    """Whether a contact line (address, telephone, e-mail) follows row ``k``: a unit's name there heads the
    footer's contact block ("Thư viện tỉnh Đồng Tháp" / "Địa chỉ: 05 Phạm Hữu Lầu, …"); it signs nothing."""
    following = next((m for m in range(k + 1, len(rows)) if rows[m].text), None)
    return following is not None and bp.classify_line(rows[following].text) == bp.CONTACT


def neighbour(rows, i, step, limit=2):
    """Index of the nearest non-blank row in direction ``step`` skipping counters/toolbars."""
    j = i + step
    skipped = 0
    while 0 <= j < len(rows):
        row = rows[j]
        if row.blank:
            j += step
            continue
        if row.kind in (bp.VIEWS, bp.TOOLBAR) and skipped < limit:
            skipped += 1
            j += step
            continue
        return j
    return None


def _stamped_by_counter(rows, i) -> bool:
    """A bare number on the line under row ``i``, or a labelled view count right under it
    ("Lượt xem: 73", maybe below share buttons): the view count portals print by the title (read here only: elsewhere a
    number alone may be a table's cell)."""
    under = next((j for j in range(i + 1, len(rows)) if not rows[j].blank and rows[j].kind != bp.TOOLBAR), None)
    if under is not None and rows[under].kind == bp.VIEWS:
        return True
    nxt = next((j for j in range(i + 1, len(rows))
                if not rows[j].blank and rows[j].kind not in (bp.TOOLBAR, bp.VIEWS)), None)
    return bool(nxt is not None and rows[nxt].content
                and re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+|\d{1,7}", rows[nxt].text))


def _stopped_twice_in_a_row(rows, i: int) -> bool:
    """Whether row ``i`` ends with a full stop and the content row next to it is the same text."""
    if not rows[i].text.rstrip().endswith(".") or rows[i].text.rstrip().endswith(".."):
        return False
    key = text_key(rows[i].text)
    return any(k is not None and rows[k].content and text_key(rows[k].text) == key
               for k in (neighbour(rows, i, -1), neighbour(rows, i, 1)))


def _headline_beside_stamp(rows, i: int, body_start) -> bool:
    """Whether a longer line between row ``i`` and the text has a stamp or a dated meta line right above or below it."""
    end = body_start if body_start is not None else len(rows)
    for j in range(i + 1, end):
        if not rows[j].content or rows[j].date is not None or words(rows[j].text) < 6:
            continue
        near = [k for k in (neighbour(rows, j, -1), neighbour(rows, j, 1)) if k is not None]
        if any(rows[k].date is not None or (rows[k].byline is not None and rows[k].byline.date is not None)
               for k in near):
            return True
    return False


def title_score(rows, i, body_start, dup_count) -> float:
    """How much row ``i`` looks like the article's title (higher is better).

    For: being the page heading, printed twice, next to a date stamp, under a
    section label, of title length. Against: reading as a sentence, a list item,
    a caption, a name, a section label, or a lead ("(MTTQ) - Sáng 5/3, ...").
    """
    row = rows[i]
    text = strip_dates(row.text) or row.text
    n = words(text)
    folded = fold(text)
    score = 0.0
    if row.mark == "h1":
        score += 4
    elif row.mark == "h2":
        score += 2
    byline = dated_bare_byline(row.text)
    if dup_count and not byline and not (is_section_label(text) and _headline_beside_stamp(rows, i, body_start)) and not (
            _stopped_twice_in_a_row(rows, i)):
        score += 3   # (the writers and their date printed twice under a headline are no heading; nor is a section's
        #             name printed twice above a headline its stamps frame: "Tin tức sự kiện" twice over
        #             "Thứ 6, Ngày 16/10/2020, 15:00" / the headline / "16/10/2020 | Hồng Trinh"; nor a sentence printed
        #             twice in a row, a photo's caption under its alternative text: "Một trận thi đấu bóng chuyền nữ.")
    if has_edge_date(row.text) and not byline and opening_day(row.text) is None:
        # a section's name beside the stamp ("15/04/2024 10:20 | Tin tức - Sự kiện") is a label; a day opening a clause
        # closed by its comma ("Ngày 08 tháng 12 năm 2022, UBND tỉnh ban hành …") is a lead's, no stamp printed by it
        score += -4 if is_section_label(text) else 2
    below = neighbour(rows, i, 1)
    above = neighbour(rows, i, -1)
    if below is not None and rows[below].date is None and rows[below].byline is not None and (
            rows[below].byline.date is not None):
        score += 2   # a meta line under it, its fields in one row ("Chuyên mục: … | Người đăng: … | Ngày đăng: …")
    elif below is not None and rows[below].date is not None:
        score += 2
        label = rules().stamp_label.search(fold(rows[below].text[: rows[below].date.start]))
        if label and len(label.group(0).strip(" |-–—([,:;").split()) >= 2:
            # and the stamp says what it dates ("Ngày cập nhật 17/05/2016", not a bare "Ngày …"): a list's item
            # prints no such label
            score += 1
    elif _stamped_by_counter(rows, i):
        score += 2  # the view count printed right under the title
        count = next((j for j in range(i + 1, len(rows)) if rows[j].content), None)
        under = neighbour(rows, count, 1) if count is not None else None
        if under is not None and rows[under].date is not None and rows[under].kind is None:
            score += 2   # and the date under the count (" 47" / " 03/11/2020")
    if above is not None and rows[above].date is not None:
        score += 1.5
    if above is not None and (rows[above].kind == bp.BREADCRUMB or (
            rows[above].content and bp.is_upper_line(rows[above].text) and words(rows[above].text) <= 6)) and not (
            body_start is not None and any(r.content for r in rows[i + 1:body_start])):
        score += 1   # under a breadcrumb or a section's label, right above the text (a kicker under a
        #              breadcrumb, the headline under it, reads no better for the breadcrumb)
    if 6 <= n <= 40:
        score += 1
    elif n < 4:
        score -= 1.5
    elif n > 45:
        score -= 2
    stripped = text.rstrip()
    if stripped.endswith(".") and not stripped.endswith("..."):
        score -= 2.5
    elif stripped.endswith((":", ",", ";")):
        score -= 2
    commas = text.count(",")
    if commas >= 2:
        score -= 1
    if commas >= 4:
        score -= 2
    if row.mark == "li" or NUMBERED.match(text) or is_roman_heading(text):
        score -= 3
    if row.mark == "caption" or is_caption(text) or is_person_name(text) or byline or (
            signed_with_unit(text)) or names_person_with_role(text) or several_writers(text):
        score -= 3
    if below is not None and rows[below].content and dated_bare_byline(rows[below].text):
        score += 2  # the writers' names and the date printed under the title
    if above is not None and rows[above].content and rows[above].mark != "h1" and is_caption(rows[above].text):
        score -= 2  # under a caption by its wording ("Các đại biểu dự ngày hội"): the next photo's caption
    if bp.is_upper_line(text) and n <= 6 or two_section_labels(text):
        score -= 2   # (a section's label in capitals, or a post's two categories on one line)
    if organisation_signature(text) and body_start is not None and any(
            rows[j].content and words(rows[j].text) > n and not organisation_signature(rows[j].text)
            for j in range(i + 1, body_start)):
        # a unit's name above a longer line that is none ("Phòng Giáo dục và Đào tạo Đồng Xoài" over the headline):
        # the site's name, which says nothing done
        score -= 3
    if _SOURCE_TAG.match(text):
        score -= 2
    if QUOTATION.match(text) and any(c != i for c in title_candidates(rows, body_start)):
        score -= 2   # a motto or couplet in quotation marks near a headline-like line is no headline
    if is_teaser(text) and sum(is_teaser(rows[c].text) for c in title_candidates(rows, body_start)) >= 2:
        score -= 3   # headlines cut short by a news list ("Thông báo lựa chọn Tổ chức đấu giá tài..."): the list's
    if _SAPO_OPENER.match(folded) and "," in " ".join(text.split()[:12]):
        score -= 1.5
    if body_start is not None:
        between = sum(1 for r in rows[i + 1:body_start] if r.content)
        score -= 0.05 * between
        if (rules().lead_subject_min_words <= n <= rules().lead_subject_max_words and i < body_start
                and text_key(rows[body_start].text).startswith(text_key(text) + " ")):
            # a short headline the lead opens with ("ĐÌNH LÀNG CHỈ TRUNG" / "Đình làng Chỉ Trung được
            # xây dựng …"): the article's subject, no section label
            score += 2
    return score


_UNIT_AFTER_NAME = re.compile(r"\s+[-–—]\s+|\s*\(")


def signed_with_unit(text: str) -> str | None:
    """The writer's name when ``text`` is a name and its unit after a dash or in brackets:
    "Văn Vương - Trung tâm VH,TT&TT", "Hoàng Anh (MTTQ phường)". The unit must read as one
    (an organisation's first word, or an abbreviation in capitals): "Vĩnh Linh, Cồn Cỏ trên
    báo Đảng" is a title that starts with place names."""
    if words(text) > 12:
        return None
    parts = _UNIT_AFTER_NAME.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or not is_person_name(parts[0]):
        return None
    unit = parts[1].strip(" ()")
    if opens_with_unit(unit) or re.match(r"[A-ZĐ]{2,}", unit):
        return parts[0].strip()
    return None


_TIME_ZONE_AT_END = re.compile(r"\s*\(?\s*(?:GMT|UTC)\s*[+-]\s*0?7(?::00)?\s*\)?\s*$", re.IGNORECASE)


def dated_bare_byline(text: str) -> Byline | None:
    """Writers' names and a date on one line, without a label ("K’ Liệp – Vĩnh Hy 02/02/2026 - 08:25"), maybe its
    time zone after it ("HƯNG THƠ (báo lao động) 29/01/2026 16:34 (GMT+7)")."""
    text = _TIME_ZONE_AT_END.sub("", text)
    found = bare_byline(text) if has_edge_date(text) else None
    if found is None or found[1] is None:
        return None
    return Byline(found[0], False, found[1])


def _box_line(rows, i) -> bool:
    """Whether row ``i`` belongs to a sidebar box or panel: a box heading ("Liên kết website",
    "Tin khác"), or a block of contact lines ("Điện thoại: …" next to "Email: …"). Not a tags
    or section line, which labels the article; not one contact line, which a notice may give
    before its text; not a one- or two-word media label ("Video", "Tin ảnh") standing alone,
    which may head the article's own clip or photos."""
    row = rows[i]
    near = [j for j in (neighbour(rows, i, -1, limit=0), neighbour(rows, i, 1, limit=0)) if j is not None]
    if row.kind == bp.CONTACT:
        return any(rows[j].kind == bp.CONTACT for j in near)
    if row.kind not in bp.ENDING_KINDS or _ARTICLE_LABEL.match(fold(row.text)):
        return False
    if row.kind == bp.PAGINATION and _DAY_AND_MONTH.fullmatch(row.text.strip()):
        return False   # a day and its month alone ("21/5"), read as a pager: a schedule's cell, inside the article
    return row.kind != bp.WIDGET or words(row.text) >= 3 or any(
        rows[j].kind in bp.ENDING_KINDS or rows[j].kind == bp.CONTACT for j in near)


_DAY_AND_MONTH = re.compile(r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])")


# A document cited by its number: "Kế hoạch số 81/KH-UBND", "CV số: 613/SGDĐT-…", "hướng dẫn số 01/HD-CCB".
_DOCUMENT_NUMBER = re.compile(r"\bso\s*:?\s*\d+\s*/")
_CITING_REACH = 12   # words from the opener to the document's number


def cites_a_document(text: str) -> bool:
    """Whether a line opens as a lead's clause citing the document the event carries out
    ("Thực hiện Kế hoạch số 81/KH-UBND ngày 16/3/2022 …"; rules.toml ``paragraphs.citing_openers``)."""
    folded = fold(text).strip()
    number = _DOCUMENT_NUMBER.search(folded)
    return bool(rules().citing_opener.match(folded) and number and words(folded[: number.start()]) <= _CITING_REACH)


LETTERHEAD = "letterhead"   # Row.mark of a posted document's issuer and heading lines kept as its text

# A posted document's heading lines (folded): the national name and motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập -
# Tự do - Hạnh phúc") and its number ("Số: 01/2024/QĐ-UBND").
_DOCUMENT_HEADING = re.compile(r"^(?:cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–]\s*tu do\s*[-–]\s*hanh phuc|"
                               r"so\s*:\s*(?:\d|[.…\s]*/\s*[a-z]))")   # (its number left for the pen: "Số:    /TB-UBND")
# (the issuer's name and the national name side by side on one line, the motto ending the next: "ỦY BAN NHÂN DÂN
# CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "TỈNH QUẢNG TRỊ Độc lập - Tự do - Hạnh phúc")
_DOCUMENT_HEADING_AT_END = re.compile(r"\s(?:cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–]\s*tu do\s*[-–]\s*hanh phuc)$")
_NATIONAL_NAME_AT_END = re.compile(r"\scong hoa xa hoi chu nghia viet nam$")
_LETTERHEAD_REACH = 3   # text rows from the document's heading lines to its issuer's name above them


def document_heading_line(text: str) -> bool:
    """Whether a line is one of a posted document's heading lines: the national name or motto, alone or beside the
    issuer's name ("TRƯỜNG THCS HÒA HIỆP Độc lập – Tự do – Hạnh phúc"), or its number ("Số: 03 /KH.THCS …"); a table's
    cell bars around them count for nothing ("XÃ XUÂN TÍN | Độc lập - Tự do - Hạnh phúc |")."""
    folded = fold(text).strip(" |")
    if _NATIONAL_NAME_AT_END.search(folded) and not bp.is_upper_line(text):
        return False   # (a headline may end with the nation's name: "… Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam")
    return bool(_DOCUMENT_HEADING.match(folded) or _DOCUMENT_HEADING_AT_END.search(folded))


def letterhead(rows, before: int | None) -> list[int]:
    """The rows above ``before`` (the text's first row) of a document the page posts, from its issuer's name to the
    line over its text: two of its heading lines ("Số: 01/2024/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập
    - Tự do - Hạnh phúc") and the capitals of the issuer above them ("ỦY BAN NHÂN DÂN XÃ …"); none when there are
    fewer. Never the page's headline, and what stands above it is the page's own (a lead the page prints over the
    document it posts)."""
    if before is None:
        return []
    text_rows = [k for k in range(before) if rows[k].text]
    heads = [position for position, k in enumerate(text_rows) if document_heading_line(rows[k].text)]
    if len(heads) < 2:
        return []
    first = heads[0]
    beside = bool(_DOCUMENT_HEADING_AT_END.search(fold(rows[text_rows[first]].text).strip()))
    while not beside and first > 0 and heads[0] - first < _LETTERHEAD_REACH and bp.is_upper_line(
            rows[text_rows[first - 1]].text) and not ends_sentence(rows[text_rows[first - 1]].text):
        first -= 1   # the issuer's name, and its parent's, in capitals over the heading lines (unless beside them)
    return text_rows[first:]


def purpose_clause(text: str) -> bool:
    """Whether a line opens with a lead's purpose clause ("Nhằm hỗ trợ nhân dân …", "Để chuẩn bị …"; rules.toml
    ``paragraphs.purpose_openers``): the text's first clause, never a headline."""
    return bool(rules().purpose_opener.match(text.strip().lower()))


_ANNOUNCING_MIN_WORDS = 4   # a sentence's words before its colon ("Cử tri xã … đề nghị:"), more than a label's ("Tin:")


def _announced_by_the_line_above(rows, i: int) -> bool:
    """Whether the content line right above row ``i`` is a sentence closed by a colon that announces it."""
    above = neighbour(rows, i, -1)
    return above is not None and rows[above].content and rows[above].text.rstrip().endswith(":") and (
        words(rows[above].text) >= _ANNOUNCING_MIN_WORDS)


def restated_below(rows, i: int) -> bool:
    """Whether row ``i`` ends with a full stop and the next content line opens by pointing back at it ("Theo đó, …",
    "Cụ thể, …": rules.toml ``paragraphs.restating_openers``)."""
    below = neighbour(rows, i, 1)
    return rows[i].text.rstrip().endswith(".") and below is not None and rows[below].content and bool(
        rules().restating_opener.match(text_key(rows[below].text)))


def title_candidates(rows, body_start) -> list[int]:
    """The rows ``find_title`` chooses from: the last ``_TITLE_WINDOW`` content rows above
    the body that may be a title (also the candidates ``roles`` ranks)."""
    limit = body_start if body_start is not None else len(rows)
    verse = verse_above(rows, body_start)
    posted = set(letterhead(rows, body_start))
    listed = items_opening_alike(rows, limit)
    # Never a title: a photo caption marked as such, a site header glued to its logo's address.
    candidates = [i for i in range(limit) if rows[i].content and 2 <= words(rows[i].text) <= 60
                  and rows[i].mark != "caption" and not _URL.search(rows[i].text)
                  # a title opens with a capital, a digit or a quote, unless its stamp stands right under it
                  and (not rows[i].text[:1].islower() or _stamped_below(rows, i))
                  and not is_unit_name(rows[i].text)   # a unit's name alone is the site's, or a signature
                  # a numbered section's heading ("1. Lĩnh vực Nông nghiệp", "II. KẾT QUẢ") heads a part of the text
                  and not NUMBERED.match(rows[i].text) and not is_roman_heading(rows[i].text)
                  # "Thực hiện Kế hoạch số …": the lead's first clause, unless a view count or a stamp stands
                  # right under it, as under a headline (a title typed as that clause, thanhtra-sonla-…)
                  and (not cites_a_document(rows[i].text) or _stamped_below(rows, i))
                  # "Căn cứ Luật Tiếp công dân ngày 25/11/2013;": a document's grounds, one clause closed by a semicolon
                  and not (rules().citing_opener.match(fold(rows[i].text)) and rows[i].text.rstrip().endswith(";"))
                  # "Nhằm hỗ trợ nhân dân …": a lead's purpose clause (rules.toml, ``paragraphs.purpose_openers``)
                  and not purpose_clause(rows[i].text)
                  # "Sáng ngày 14 tháng 12, tại …": a lead's clause of its hour and day, no year given (on the tune
                  # pages of session 37 no title opens so; a headline typed as the lead gives the year)
                  and not opens_with_its_hour_and_day(rows[i].text)
                  # a posted document's letterhead, its issuer's name and its heading lines
                  and i not in posted
                  # a lead opening with its source's tag ("(TTV) - Sáng 5/9, …", "Laocaitv.vn - Ngày 1/10, …"):
                  # 13 tune first paragraphs open so, no title does (session 16)
                  and not _SOURCE_TAG.match(rows[i].text)
                  # a speech's salutation ("Kính thưa Chủ tọa kỳ họp;") opens a text read aloud, under no headline
                  and not SALUTATION.match(rows[i].text) and not POINTING_BACK.match(rows[i].text)
                  # a line of a verse quoted over two lines (a couplet the text opens with: '" Muốn sang thì bắc cầu
                  # kiều' / 'Muốn con hay chữ phải yêu lấy thầy"'): the writer's words, no headline
                  and not in_quoted_couplet(rows, i)
                  # a summary cut with an ellipsis that a paragraph below prints whole ("Tham dự Hội nghị có …
                  # tham dự..."): a copy of the text's words, no headline
                  and not teaser_of_the_text(rows, i, limit)
                  # the writer's unit on the line under their name ("Đặng Thị Thắm," / "Phòng Khoa học và Hợp tác
                  # Quốc tế"; "ThS. Lê Thị Huyền" / "Khoa Nhà nước và pháp luật"): a byline, no headline
                  and not _unit_under_its_writer(rows, i)
                  # a line ending with a colon announces what follows ("Tham dự hội nghị có:" above the guests):
                  # no labelled title ends so, nor is one an item of the list it announces
                  and not rows[i].text.rstrip().endswith(":") and announcing_colon(rows, i) is None
                  # a line ending with a comma is a sentence going on ("Thực hiện kế hoạch năm học …, trường … đã tổ
                  # chức Hội thi …,"): no labelled title ends so
                  and not (rows[i].text.rstrip().endswith(",") and words(rows[i].text) >= rules().title_min_words)
                  # nor the line a sentence closed by a colon announces right above it ("Cử tri xã Tú Thịnh, huyện Sơn
                  # Dương đề nghị:" / "Đầu tư xây dựng đường điện …"): the petition's own words
                  and not _announced_by_the_line_above(rows, i)
                  # a verse opening the text, one line to a row right above its first paragraph
                  and i not in verse
                  # one bulleted item among others (a banner's slogans, a notice's points): no headline
                  and not _bulleted_sibling(rows, i)
                  # a writer's name with their post after a dash signs under the headline
                  and not writer_with_post(rows[i].text)
                  # a document's place and day ("Hải Phòng, ngày 20 tháng 10 năm 2019"): no headline, its place none
                  and not place_and_day(rows[i].text)
                  # an address made of places only ("Thôn Phương Lang, xã Hải Ba, huyện Hải Lăng, tỉnh Quảng Trị")
                  and not places_only(rows[i].text)
                  # a sentence the next paragraph goes on from ("… ban hành Thông báo số 681/TB-UBND … về việc treo cờ
                  # Tổ quốc." / "Theo đó, …"): the text's first paragraph (no labelled title stands over "Theo đó")
                  and not restated_below(rows, i)
                  # a line opening with the same words as two others near it: a list's items
                  and i not in listed]
    # The article starts after the last sidebar box above its text: a line above a box heading
    # or a contact block ("Liên kết website", "Điện thoại: …") heads that box, not the article.
    # (a posted document's issuer in capitals heads no box)
    boxes = [i for i in range(limit) if _box_line(rows, i) and i not in posted]
    if boxes:
        candidates = [i for i in candidates if i > boxes[-1]]
    return candidates[-_TITLE_WINDOW:]


_ITEM_OPENING_WORDS = 3   # the words a list's items open alike with ("07 giờ 30 ngày 07/01/2021 Chủ tịch UBND tỉnh;")
_ITEM_RUN_MIN = 3
_ITEM_REACH = 4   # text lines each way: a month's heading, a note between a schedule's items


def items_opening_alike(rows, limit: int) -> set[int]:
    """The content rows above ``limit`` opening with the same ``_ITEM_OPENING_WORDS`` words as two other lines, each
    of its own words, within ``_ITEM_REACH`` text lines: a schedule's or a list's items ("07 giờ 30 ngày 07/01/2021 Chủ
    tịch UBND tỉnh;" / "07 giờ 30 ngày 14/01/2021 Đoàn ĐBQH …", a month's heading between), none of them a headline.
    (A headline and the lead under it may open alike, and a headline printed thrice is one line.)"""
    text_rows = [k for k in range(limit) if rows[k].text]
    keys = {k: text_key(rows[k].text) for k in text_rows if rows[k].content}
    heads = {k: key.split()[:_ITEM_OPENING_WORDS] for k, key in keys.items()}
    found: set[int] = set()
    for position, k in enumerate(text_rows):
        head = heads.get(k)
        if not head or len(head) < _ITEM_OPENING_WORDS:
            continue
        near = text_rows[max(0, position - _ITEM_REACH): position + _ITEM_REACH + 1]
        alike = {keys[j] for j in near if heads.get(j) == head}
        if len(alike) >= _ITEM_RUN_MIN:
            found.add(k)
    return found


def _bulleted_sibling(rows, i: int) -> bool:
    """Whether row ``i`` is a bulleted item with another bulleted item of the text right above or below it (a
    breadcrumb's bulleted trail, "• Tin công đoàn" / "• <headline>", ends with the headline)."""
    return rows[i].mark == "li" and any(k is not None and rows[k].mark == "li" and rows[k].kind is None
                                        for k in (neighbour(rows, i, -1), neighbour(rows, i, 1)))


def announcing_colon(rows, i: int | None) -> int | None:
    """The line ending with a colon that announces the list items from row ``i`` up ("Tham dự hội nghị có:" /
    "- BSCKII … – Giám đốc bệnh viện" / "- BSCKI …"): None unless row ``i`` is such an item."""
    k, passed = i, False
    while k is not None and rows[k].mark == "li":
        k, passed = neighbour(rows, k, -1), True
    return k if passed and k is not None and rows[k].content and rows[k].text.rstrip().endswith(":") else None


def _unit_under_its_writer(rows, i: int) -> bool:
    above = neighbour(rows, i, -1)
    return above is not None and rows[above].content and opens_with_unit(rows[i].text) and (
        is_person_name(without_degree(rows[above].text).strip().rstrip(",").strip()))


def teaser_of_the_text(rows, i: int, limit: int) -> bool:
    """Whether row ``i`` is cut with an ellipsis and the text under it prints its words whole."""
    if not is_teaser(rows[i].text):
        return False
    key = text_key(rows[i].text.rstrip(" .…"))
    if len(key.split()) < rules().title_min_words:
        return False
    below = [k for k in range(i + 1, min(len(rows), limit + 3)) if rows[k].content][:4]
    return any(len(text_key(rows[k].text)) > len(key) and key in text_key(rows[k].text) for k in below)


def _open_quotes(text: str) -> int:
    """Quotations a line opens and leaves open (straight quotes counted in pairs, curly ones by side)."""
    return text.count('"') % 2 + max(0, text.count("“") - text.count("”"))


def _closes_quotes(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("”") > text.count("“")


_VERSE_MIN_LINES = 4          # a song's or a poem's lines one to a row; fewer short lines may be a header's
_VERSE_LINE_WORDS = (3, 9)    # a verse line's words: a lục bát line has 6 or 8, a song's a few more or less


def _verse_line(row, last: bool = False) -> bool:
    """A line of a verse printed one to a row, the first maybe opening a quotation ("“Chuyện một con đò dãi dầm nắng
    mưa"); the ``last`` one, right above the text, may close it with a full stop ("Cùng nhau tiếng hát véo von.")."""
    text = row.text.strip()
    closing = (":", "?") if last else (".", ":", "?")
    return (row.content and row.kind is None and not row.mark and row.date is None
            and _VERSE_LINE_WORDS[0] <= words(text) <= _VERSE_LINE_WORDS[1] and text.lstrip("“\"‘'")[:1].isupper()
            and not bp.is_upper_line(text) and not any(c.isdigit() for c in text) and not text.endswith(closing))


def verse_above(rows, start: int | None) -> list[int]:
    """The rows of a verse printed one line to a row right above row ``start`` (the text's first paragraph) with no
    blank line between them ("Tết tết đến rồi" / "Tết đến trong tim mọi người" / …): the writer's opening, no
    headline; empty when fewer than ``_VERSE_MIN_LINES`` such lines stand there."""
    if start is None:
        return []
    run, k = [], start - 1
    while k >= 0 and _verse_line(rows[k], last=not run):
        run.insert(0, k)
        k -= 1
    # (the text may open with the verse's closing line, its sentence ended: "Có ai nhớ chăng hình ảnh con đò…?”")
    closes = rows[start].content and words(rows[start].text) <= _VERSE_LINE_WORDS[1]
    return run if len(run) + closes >= _VERSE_MIN_LINES else []


def verse_runs(rows, keys: list[int]) -> set[int]:
    """The rows among ``keys`` (kept rows, in order) that are lines of a verse printed one to a row: a run of
    ``_VERSE_MIN_LINES`` or more verse lines with no blank line between them ("Mới ngày nào con bé" / "Con cùng mẹ tới
    trường" / …), its last line maybe closing with a full stop. The writer's, however short each line."""
    found: set[int] = set()
    run: list[int] = []
    for k in [*keys, None]:
        goes_on = not run or (k is not None and k == run[-1] + 1 and not rows[run[-1]].text.rstrip().endswith("."))
        if k is not None and goes_on and (_verse_line(rows[k]) or (run and _verse_line(rows[k], last=True))):
            run.append(k)
            continue
        if len(run) >= _VERSE_MIN_LINES:
            found.update(run)
        run = [k] if k is not None and _verse_line(rows[k]) else []
    return found


def in_quoted_couplet(rows, i: int) -> bool:
    """Whether row ``i`` opens a quotation its next line closes, or closes one its previous line opened."""
    below, above = neighbour(rows, i, 1), neighbour(rows, i, -1)
    text = rows[i].text
    opened = _open_quotes(text) and text.lstrip()[:1] in '"“'
    return bool(opened and below is not None and rows[below].content and _closes_quotes(rows[below].text)) or bool(
        above is not None and rows[above].content and _open_quotes(rows[above].text)
        and rows[above].text.lstrip()[:1] in '"“' and _closes_quotes(text) and text.rstrip()[-1:] in '"”')


def cut_copy_of_the_next(rows, i: int) -> bool:
    """Whether row ``i`` ends with a comma and the next line opens with it: a summary cut after the lead's first
    clause ("Nằm trong khuôn khổ hoạt động Năm Thanh niên 2011," over the lead that goes on from it), no title."""
    text = rows[i].text.strip()
    below = next((row for row in rows[i + 1:] if row.content), None)
    return text.endswith(",") and below is not None and len(below.text) > len(text) and (
        below.text.strip().startswith(text))


def view_count_below(rows, i: int) -> bool:
    """Whether the next line under row ``i`` is a view count alone: a portal prints one under its headline."""
    below = next((row for row in rows[i + 1:] if row.text), None)
    return below is not None and below.kind == bp.VIEWS


def _stamped_below(rows, i: int) -> bool:
    """Whether the next line under row ``i`` is a view count or a date stamp alone."""
    below = next((row for row in rows[i + 1:] if row.text), None)
    return view_count_below(rows, i) or (below is not None and below.date is not None and below.kind is None)


def title_keys(rows, limit) -> dict[str, list[int]]:
    """Rows by comparison key (dates stripped) down to three rows under ``limit``: copies of a line
    (also as the last piece of a browser's title line)."""
    keys: dict[str, list[int]] = {}
    for i, row in enumerate(rows[: limit + 3]):
        if row.text:
            keys.setdefault(text_key(strip_dates(row.text) or row.text), []).append(i)
            # the browser's title line at the top of a stored page ("Site | Section | Title"):
            # its last piece is a copy of the title
            pieces = row.text.split(" | ")
            if len(pieces) >= 2 and words(pieces[-1]) >= rules().browser_title_min_words:
                keys.setdefault(text_key(pieces[-1]), []).append(i)
    return keys


def title_in_capitals(copy: list[str], title: list[str], *, first_line: bool = False) -> bool:
    """Whether the words ``copy`` (``text_key`` words of capitals) print the title's words
    ``title`` again under it. One idea seen two ways, so two rules:

    - the whole copy, its line and the next in capitals (``extract``, which reads the lines under
      a chosen title): the title's words in order with a word or two left out, at least
      ``capitals_copy_min_share`` of them;
    - its first line only (``find_title``, which weighs one row at a time and sees the copy wrapped):
      the title's first words, at least ``capitals_first_line_min_share`` of them.

    Either way only a title of ``capitals_copy_title_min_words`` words or more (rules.toml)."""
    lengths = rules()
    if len(title) < lengths.capitals_copy_title_min_words:
        return False
    if first_line:
        return len(copy) >= lengths.capitals_first_line_min_share * len(title) and copy == title[:len(copy)]
    return len(copy) >= lengths.capitals_copy_min_share * len(title) and _in_order(copy, title)


def _in_order(part: list[str], whole: list[str]) -> bool:
    """Whether the words ``part`` stand in ``whole`` in the same order, others maybe between."""
    rest = iter(whole)
    return all(word in rest for word in part)


_TIME_OF_DAY = re.compile(r"^(?:vao\s+)?(?:buoi\s+)?" + TIME_OF_DAY + r"\b")
# A lead's opening clause of the time of day and a day without its year, closed by a comma (folded): "Sáng ngày 14 tháng
# 12, tại …", "Chiều 5/9, …".
_HOUR_AND_DAY_CLAUSE = re.compile(r"^(?:(?:vao\s+)?(?:buoi\s+)?" + TIME_OF_DAY + r"(?:\s+nay)?,?\s+(?:ngay\s+)?"
                                  # or days named as a span: "Trong hai ngày 28 và 29/6, …", "Ngày 28 - 29/6, …"
                                  r"|(?:trong\s+(?:hai|ba|\d)\s+)?ngay\s+\d{1,2}\s*(?:va|den|-|–)\s*)\d{1,2}"
                                  r"(?:\s+thang\s+\d{1,2}|\s*[/.-]\s*\d{1,2})\s*,")


# The words of a paragraph's opening clause besides its day: "Vào ngày", "Sáng", "Chiều ngày", "Cùng
# ngày" (a bound of that clause, not a tunable).
_DAY_CLAUSE_MAX_WORDS = 4


_CLAUSE_STOP = re.compile(r"(?<=\d)\.\s+(?=[A-ZĐ])")   # a day's clause closed by a full stop before a capital


# a part of the day typed with its own comma before the day's clause ("Sáng ngày, ngày 21 tháng 12 năm 2020, …")
_LONE_PART_OF_DAY = re.compile(r"^\s*(?:vào\s+)?(?:buổi\s+)?(?:sáng|chiều|tối|trưa)(?:\s+ngày)?\s*,\s*", re.IGNORECASE)


_DAY_WORD = re.compile(r"\s*(?:vao\s+)?(?:(?:buoi\s+)?(?:sang|chieu|toi|trua)\s+)?ngay\s+")   # "Ngày", "Sáng ngày"
_AT_A_PLACE = re.compile(r"\s+tai\s+\S")
_TODAY = re.compile(r"\s*hom nay\s*,?\s*(?:la\s+)?(?:ngay\s+)?")   # "Hôm nay ngày", "Hôm nay, ngày", "Hôm nay là ngày"
_TODAY_REACH = 60   # characters from a line's start to the end of that day
# A subject in capitals right after the day ("… 01/08/2017 Hội Liên hiệp Phụ nữ …"), no dash, bracket or range
_SUBJECT_AFTER_DAY = re.compile(r"\s+([^\W\d_])[^\W\d_]*\s+\S")   # (its first letter a capital: ``_subject_after_day``)


def _subject_after_day(rest: str) -> bool:
    """Whether the words after a day open with a subject's capital ("Hội Liên hiệp Phụ nữ …"), not a clause going on
    in lower case ("đến ngày …")."""
    found = _SUBJECT_AFTER_DAY.match(rest)
    return found is not None and found.group(1).isupper()


def opening_day(text: str) -> FoundDate | None:
    """The day, with its year, a line opens with in a clause of its own closed by a comma ("Vào ngày 13
    tháng 8 năm 2024, Chi bộ …", "Sáng 02/7/2021, …"; the date written in words counts as one word),
    or None. The one reading of "a paragraph opens with its dated day" the rules share. A part of the day typed
    with its own comma before the clause ("Sáng ngày, ngày 21 tháng 12 năm 2020, …") belongs to it. "Today"
    before the day says as much without the comma ("Hôm nay ngày 11 tháng 5 năm 2022 Trường Mầm non … tổ chức …"), and
    so does the place right after it ("Ngày 20/4/2021 tại xã Tân Lợi Hội LHPN … tổ chức …")."""
    found = find_dates(text[:_TODAY_REACH])
    if found and found[0].value.year > 1900 and _TODAY.fullmatch(fold(text[: found[0].start])):
        return found[0]
    if found and found[0].value.year > 1900 and _DAY_WORD.fullmatch(fold(text[: found[0].start])) and (
            _AT_A_PLACE.match(fold(text[found[0].end:]))):
        return found[0]   # the day, then where: "Ngày 20/4/2021 tại xã Tân Lợi, Hội LHPN … tổ chức …"
    if found and found[0].value.year > 1900 and _DAY_WORD.fullmatch(fold(text[: found[0].start])) and (
            _subject_after_day(text[found[0].end:])):
        return found[0]   # the clause typed without its comma, its subject next: "Chiều ngày 01/08/2017 Hội LHPN xã …"
    first, comma, _ = _LONE_PART_OF_DAY.sub("", text).partition(",")
    stop = _CLAUSE_STOP.search(first)
    if stop is not None:
        first = first[: stop.start()]   # the clause closed by a full stop typed for the comma ("Chiều ngày 28/5/2019. …")
    elif not comma:
        return None
    found = find_dates(first)
    if len(found) != 1 or found[0].value.year <= 1900:
        return None
    besides = first[: found[0].start] + " " + first[found[0].end:]
    return found[0] if words(besides) <= _DAY_CLAUSE_MAX_WORDS else None


def dated_lead_opening(text: str) -> bool:
    """A line opening as a lead does: the time of day and a day with its year, closed by a comma
    ("Sáng 25/02/2025, tại …"), and not ending a sentence. ("Ngày 28/7/2017, HĐND … ban hành …"
    opens headlines too.)"""
    first = text.partition(",")[0]
    return opening_day(text) is not None and words(first) <= 4 and bool(_TIME_OF_DAY.match(fold(first))) and (
        not re.search(r"[.!?]\s*$", text))


def lead_told_once(rows, i: int) -> bool:
    """Whether row ``i`` opens as a lead, a clause of its day with the year closed by a comma
    (``opening_day``: "Ngày 28/01/2026, …"), and no other line of the page gives that day: the only
    sentence that tells the event, where a headline over its text would be told again below it (the
    slug decision's second half: a stored copy that opens at its lead, typed without its full stop)."""
    found = opening_day(rows[i].text)
    if found is None:
        return False
    day = found.value.date()
    if any(f.value.date() == day for k, row in enumerate(rows) if k != i and row.text for f in find_dates(row.text)):
        return False
    # a text that opens with a day of its own ("Sáng ngày 12/4/2024, …") is told under a headline
    nxt = next((k for k in range(i + 1, len(rows)) if rows[k].content), None)
    opening = rows[nxt].text.partition(",")[0] if nxt is not None else ""
    return not any(f.value.year > 1900 for f in find_dates(opening))


def bracketed(text: str) -> bool:
    """A line wholly inside one pair of brackets ("[…]", "(…)")."""
    text = text.strip()
    return len(text) > 2 and (text[0], text[-1]) in (("[", "]"), ("(", ")")) and not re.search(r"[\[\]()]", text[1:-1])


# Words of a bracketed line that make it a caption rather than a label or a credit ("(Ảnh: Minh Khoa)"):
# a clause's length, not a tunable.
_BRACKETED_CAPTION_MIN_WORDS = 8


def bracketed_caption(text: str) -> bool:
    """A photo's caption wholly in brackets, a clause of its own ("(Một số hoạt động thăm hỏi, tặng quà các em
    thiếu niên nhi đồng khuyết tật, mồ côi)"): the text's, as the same words without brackets would be."""
    return bracketed(text) and words(text) >= _BRACKETED_CAPTION_MIN_WORDS and not text.isascii() and (
        not find_dates(text))


def typed_copy(rows, best: int, candidates) -> int:
    """A title printed twice: the copy as typed. Not the one in capitals (the typed copy keeps its
    spelling), not the one wrapped in brackets ("[SINH HOẠT DƯỚI CỜ …]" under the headline)."""
    key = text_key(strip_dates(rows[best].text) or rows[best].text)
    for odd in (bp.is_upper_line, bracketed):
        if odd(rows[best].text):
            best = next((i for i in candidates if not odd(rows[i].text)
                         and text_key(strip_dates(rows[i].text) or rows[i].text) == key), best)
    return best


def _keyed_title_score(rows, i, body_start, keys) -> float:
    """``title_score`` of row ``i`` with its copies counted among ``keys`` (``title_keys``)."""
    key = text_key(strip_dates(rows[i].text) or rows[i].text)
    return title_score(rows, i, body_start, len(keys.get(key, [])) - 1)


def title_evidence(rows, i, body_start) -> float:
    """How much the page's layout says row ``i`` is its title (``find_title``'s score for it)."""
    return _keyed_title_score(rows, i, body_start, title_keys(rows, body_start if body_start is not None else len(rows)))


# A line opening with the time of day and its day with the year, whatever clause follows ("Sáng nay 10/9/2012 tại
# TTVH phường …, UBND …"): a lead's opening; a headline gives its day after its subject, if at all.
_TIMED_DATED_START = re.compile(r"^(?:vao\s+)?(?:buoi\s+)?" + TIME_OF_DAY
                                + r"(?:\s+nay)?\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}")


_BOX_HEADING_MAX_WORDS = 6


def over_box_headings(rows, k: int) -> bool:
    """Row ``k``, a short line in capitals, among a sidebar's box headings: under another and right over a widget's
    or a news box's heading, naming no one and no unit ("TÂM ĐIỂM" / "CÁC ĐỀ ÁN" / "Video"), or, a name or not, over
    such a heading ("TÂM ĐIỂM" over "CÁC ĐỀ ÁN" / "Video"). No signature stands so ("PV" / "Tin cùng chuyên mục"
    signs)."""
    def heading(m: int) -> bool:
        return bp.is_upper_line(rows[m].text) and words(rows[m].text) <= _BOX_HEADING_MAX_WORDS and not (
            is_person_name(rows[m].text) or is_unit_name(rows[m].text) or organisation_signature(rows[m].text))

    below = [m for m in range(k + 1, len(rows)) if rows[m].text][:2]
    if not below or not bp.is_upper_line(rows[k].text) or words(rows[k].text) > _BOX_HEADING_MAX_WORDS:
        return False
    above = next((m for m in range(k - 1, -1, -1) if rows[m].text), None)
    boxes = (bp.WIDGET, bp.RELATED)
    return (rows[below[0]].kind in boxes and heading(k) and above is not None and bp.is_upper_line(rows[above].text)
            and words(rows[above].text) <= _BOX_HEADING_MAX_WORDS) or (
        len(below) == 2 and heading(below[0]) and rows[below[1]].kind in boxes)


def opens_with_its_hour_and_day(text: str) -> bool:
    """Whether a line opens with a clause of its hour and day, no year given (``_HOUR_AND_DAY_CLAUSE``)."""
    return bool(_HOUR_AND_DAY_CLAUSE.match(fold(text)))


def opens_at_its_dated_hour(text: str) -> bool:
    """Whether a line opens with the time of day and its day with the year (``_TIMED_DATED_START``)."""
    return bool(_TIMED_DATED_START.match(fold(text)))


def worded_like_text(text: str) -> bool:
    """Whether half the words after a line's first are in lower case, as a sentence's or a caption's are (a name
    and a unit's, "Phạm Duy Thơi Phòng 8 - VKSND tỉnh", are not)."""
    parts = [p for p in text.split()[1:] if _LETTER.match(p)]
    return bool(parts) and 2 * sum(p[:1].islower() for p in parts) >= len(parts)


_SUMMARY_SHARE = 0.6   # of a headline's words the summary printed under it uses again, at least
_SUMMARY_MIN_RATIO = 1.5   # a summary is this many times as long as its headline, at least
_HEADLINE_OVER_SUMMARY_MIN_WORDS = 8   # a kicker over the headline is shorter ("Tăng cường phòng chống dịch Covid-19")
_TIED = 0.1   # title scores this close tell two lines apart by nothing but their distance from the text


def _headline_over_its_summary(rows, best: int, best_score: float, candidates, body_start, keys) -> int | None:
    """The line right above ``best`` when ``best`` is the summary printed under the headline and not the
    headline ("Tăng cường phổ cập bơi cho học sinh trong nhà trường" over "Việc phổ cập bơi cho học sinh luôn
    là một trong những vấn đề …", no full stop): both score alike but for their distance from the text, the
    lower one is much the longer and tells again most of the upper one's words, and the upper one is worded as
    a headline is and of a headline's length (no kicker over the headline, no breadcrumb of the units the
    headline names again). None otherwise."""
    above = neighbour(rows, best, -1)
    if above is None or above not in candidates:
        return None
    if _keyed_title_score(rows, above, body_start, keys) < best_score - _TIED:
        return None
    head, summary = rows[above].text, rows[best].text
    if not worded_like_text(head) or words(head) < _HEADLINE_OVER_SUMMARY_MIN_WORDS or (
            words(summary) < _SUMMARY_MIN_RATIO * words(head)):
        return None
    own = [w for w in words_of(head) if len(w) > 1]
    used = set(words_of(summary))
    return above if sum(w in used for w in own) >= _SUMMARY_SHARE * len(own) else None


def find_title(rows, body_start) -> int | None:
    """Index of the title among the last ``_TITLE_WINDOW`` content rows above the body."""
    limit = body_start if body_start is not None else len(rows)
    candidates = title_candidates(rows, body_start)
    if not candidates:
        return None
    keys = title_keys(rows, limit)
    best, best_score = None, float("-inf")
    for i in candidates:
        score = _keyed_title_score(rows, i, body_start, keys)
        if score > best_score:
            best, best_score = i, score
    if best is not None:
        best = typed_copy(rows, best, candidates)
        headline = _headline_over_its_summary(rows, best, best_score, candidates, body_start, keys)
        if headline is not None:
            best, best_score = headline, _keyed_title_score(rows, headline, body_start, keys)
    if best is not None and bp.is_upper_line(rows[best].text):
        # The title printed again in capitals right under it, wrapped onto the next line ("HỘI …
        # RA MẮT MÔ HÌNH" / "“TRAO YÊU THƯƠNG …”" under "Hội … ra mắt mô hình “trao yêu thương …”"):
        # its first line holds at least half of the title's words, in order; the line as typed is the title.
        above = next((i for i in range(best - 1, -1, -1) if rows[i].content), None)
        copy = text_key(rows[best].text).split()
        typed = text_key(rows[above].text).split() if above in candidates else []
        if typed and not bp.is_upper_line(rows[above].text) and title_in_capitals(copy, typed, first_line=True):
            best = above
    if best is not None and best_score <= 0 and (is_caption(rows[best].text) or scene_caption(rows[best].text)
                                                 or words(rows[best].text) <= 4
                                                 or names_person_with_role(rows[best].text)
                                                 or is_section_label(rows[best].text)
                                                 or dated_lead_opening(rows[best].text)):
        # Without a heading mark, a copy or a date beside it, a caption (also a scene's, its full stop typed:
        # "Toàn cảnh hội nghị tập huấn.") or a short
        # section label ("Hội Nông dân tỉnh") above the first paragraph is no title; nor is a
        # lead's first line cut by a wrap ("Sáng 25/02/2025, tại Trung tâm …, Hội đồng").
        return None
    return best


def without_closing_stop(title: str) -> str:
    """A title without the one full stop a writer typed after it: a headline ends no sentence
    ("… tại UBND xã Duy Vinh." -> "… tại UBND xã Duy Vinh"); an ellipsis stays."""
    stripped = title.rstrip()
    if stripped.endswith(".") and not stripped.endswith("..") and words(stripped) >= 2:
        return stripped[:-1].rstrip()
    return title


_TRAILING_BRACKET = re.compile(r"\s*[(\[]([^()\[\]]{1,40})[)\]]\s*$")


def without_counter(line: str) -> str:
    """A title line without the view count or button a portal prints in brackets after it
    ("… tại các địa phương (Lượt xem: 2879)"): furniture by its words, never the title's; an empty pair of
    brackets is the template's stamp left blank ("… huyện Phú Bình ()")."""
    line = re.sub(r"(?<=\S)\s*(?:\(\s*\)|\[\s*\])\s*$", "", line)
    match = _TRAILING_BRACKET.search(line)
    if match and bp.classify_line(match.group(1)) in (bp.VIEWS, bp.TOOLBAR, bp.COUNTER) and words(line[: match.start()]) >= 2:
        return line[: match.start()].rstrip()
    return line


def title_text(line: str, *, keep_dates: bool = False) -> str:
    """The title a title row gives: its dates and a bracketed view count stripped (unless that
    leaves one word), no closing stop. ``keep_dates``: the page prints its stamp apart, so a
    date at the line's edge is the title's own wording."""
    line = _STRONG.sub(r"\1", line)   # a headline the stored copy keeps in bold marks ("**XÃ TÂN AN …** 🌿")
    line = _EDGE_PICTOGRAPHS.sub("", line)   # "🎓 HỘI NGHỊ …", "… TẠI ẤP BÌNH CHÁNH 🌿": decoration, no wording
    line = _STRAY_OPENING_MARK.sub("", line)   # ".LỄ KẾT NẠP ĐẢNG VIÊN MỚI …": a mark typed before the first word
    line = _ENCLOSING_BRACKETS.sub(r"\1", line)   # "[ HOẠT ĐỘNG HƯỞNG ỨNG … ]": a theme's frame, no wording
    text = without_counter(line) if keep_dates else strip_dates(without_counter(line))
    return without_closing_stop(_without_trailing_buttons(text if words(text) >= 2 else line))


# Pictographs (emoji, flags, their joiners and variation selectors) at a line's start or end, with their spaces.
PICTOGRAPHS = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF\uFE0F\u200D\u20E3"
_EDGE_PICTOGRAPHS = re.compile("^[\\s" + PICTOGRAPHS + "]+(?=\\S)|(?<=\\S)[\\s" + PICTOGRAPHS + "]+$")


_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_STRAY_OPENING_MARK = re.compile(r"^[.,;:]+\s*(?=[^\W\d_])")
_ENCLOSING_BRACKETS = re.compile(r"^\[\s*([^\[\]]+?)\s*\]$")


# The most words of toolbar buttons a stored copy runs onto the end of a title ("… năm 2022 In trang",
# "… Bản in Gửi email"): a bound of the toolbar's button names, not a tunable.
_TRAILING_BUTTONS_MAX_WORDS = 4


def _without_trailing_buttons(text: str) -> str:
    """A title without the toolbar's buttons run onto its end: the longest tail of two words or more
    that is a toolbar on its own (``boilerplate.classify_line``), a headline left before it."""
    parts = text.split()
    for n in range(min(_TRAILING_BUTTONS_MAX_WORDS, len(parts) - rules().title_min_words), 1, -1):
        if parts[-n][:1].isalpha() and bp.classify_line(" ".join(parts[-n:])) == bp.TOOLBAR and not any(
                bp.other_accents(part) for part in parts[-n:]):   # ("… nhân dân động động": no "Đóng" button)
            return " ".join(parts[:-n])
    return text


def updated_stamp(text: str) -> int:
    """1 for an "updated on" stamp, which only stands in when no "posted on" one exists."""
    return 1 if re.search(r"cap nhat|sua doi|chinh sua|updated|modified", fold(text)) else 0


def edge_date(text: str) -> FoundDate:
    """The date stamp printed at the start or end of a title line."""
    junk = " ()[]|-–—,:;"
    found = find_dates(text)
    for f in found:
        if not text[f.end:].strip(junk) or not text[: f.start].strip(junk):
            return f
    return found[0]


def block_kind(row: Row) -> str:
    """Markdown role of a kept row: heading ("I. ...", capitals), list item, caption, paragraph."""
    text = row.text
    if row.mark == "caption":
        return CAPTION
    if row.mark in ("h1", "h2"):
        return HEADING
    if row.mark == "li":
        return LIST_ITEM
    if row.mark == LETTERHEAD:
        return PARAGRAPH
    if is_roman_heading(text):
        return HEADING
    n = words(text)
    if bp.is_upper_line(text) and 2 <= n <= 20 and not text.rstrip().endswith("."):
        return HEADING
    if is_caption(text):
        return CAPTION
    return PARAGRAPH


