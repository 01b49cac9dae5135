"""Publication dates as Vietnamese portals print them: day first, always.

``find_dates`` finds every date (with the time printed next to it, if any) in a
line; ``parse_date_line`` accepts a line only when it is nothing but a date stamp
("- Thứ hai - 02/03/2026 10:29", "Đăng lúc: 10:05:55 22/11/2022 (GMT+7)"), which
is how the extractor tells a publication stamp from a date inside a sentence.
"""

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import cache

from . import boilerplate as bp
from .decode import fold
from .rules import rules

MIN_YEAR = 1990  # no commune portal is older; earlier years are history in the text
MAX_YEAR = 2100


@dataclass(frozen=True)
class FoundDate:
    """A date found in a line; ``start``/``end`` cover the date and its time."""

    value: datetime
    has_time: bool
    start: int
    end: int


# (the separator before the year may be typed twice: "Sáng Ngày 27/03//2021")
_DMY = re.compile(r"(?<![\d/.])(\d{1,2})\s?([/.\-])\s?(\d{1,2})\s?\2{1,2}\s?(\d{4})(?![\d/])")
# "năm" typed without its "n" ("Ngày 30 tháng 12 ăm 2017", folded "am") is still the year's word.
# (Google's sites abbreviate the word: "26 thg 5, 2011"; a writer may type it twice: "ngày 5 tháng tháng 11 năm 2018")
_WORDS = re.compile(
    r"(?<!\d)(?:ngay\s+)?(\d{1,2})\s+th(?:an)?g\s+(?:thang\s+)?(\d{1,2})\s*(?:,\s*)?(?:n?am\s+)?(\d{4})(?!\d)"
)
# The month's name (folded) as date widgets print it: "15 Tháng Tư 2024", "1 Tháng Một 2024".
# Never "tháng Giêng" or "tháng Chạp": those name months of the lunar calendar.
_MONTH_NAMES = {"mot": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
                "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12}
_WORDS_NAMED = re.compile(
    r"(?<!\d)(?:ngay\s+)?(\d{1,2})\s+thang\s+(muoi\s+mot|muoi\s+hai|" + "|".join(_MONTH_NAMES)
    + r")\s*(?:,\s*)?(?:nam\s+)?(\d{4})(?!\d)"
)
# WordPress's default format ("F j, Y") in Vietnamese: the month's name, then the day and a comma before the year
# ("Tháng Ba 20, 2019", "Tháng Mười Hai 5, 2020"); no sentence writes a day so.
_NAMED_MONTH_FIRST = re.compile(
    r"(?<![a-z])thang\s+(muoi\s+mot|muoi\s+hai|" + "|".join(_MONTH_NAMES) + r")\s+(\d{1,2}),\s*(\d{4})(?!\d)"
)
# WordPress's Vietnamese dates abbreviate the month: "11 Th1, 2019" (the 11th of January). Read only after a
# posting label ("Đã đăng vào 11 Th1, 2019 lúc 7:39"): a news list prints its items' dates so too ("21 Th11, 2024 -
# 14:35" under each headline), and those must stay no stamps of the article.
_WORDS_ABBREVIATED = re.compile(r"(?:dang(?:\s+bai)?(?:\s+vao)?|cap\s+nhat(?:\s+luc)?)\s*:?\s+(\d{1,2})\s+th(\d{1,2}),?\s+"
                                r"(\d{4})(?!\d)")
# English themes (WordPress): "April 15, 2024", "15 April 2024", "Apr 15, 2024". Read on the
# text as typed, lower-cased, so Vietnamese "máy" is never "may".
_EN_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_EN_MONTH = r"(" + "|".join(list(_EN_MONTHS) + [m[:3] for m in _EN_MONTHS] + ["sept"]) + r")\.?"
_EN_MDY = re.compile(r"(?<![a-z])" + _EN_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")
_EN_DMY = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+" + _EN_MONTH + r",?\s+(\d{4})(?!\d)")

# A raw date a Java or JavaScript template prints unformatted: Java's "Fri Nov 21 15:54:00 GMT+07:00 2025" (the
# year after the clock and its zone), JavaScript's "Fri Nov 21 2025 15:54:00 GMT+0700 (Indochina Time)". The wall
# time as printed is the portal's.
_EN_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)"
_EN_CLOCK = r"(\d{1,2}):(\d{2}):(\d{2})"
_EN_ZONE = r"(?:[a-z]{2,5}\s*(?:[+-]\d{2}:?\d{2})?|[+-]\d{2}:?\d{2})"
_JAVA_STAMP = re.compile(r"(?<![a-z])" + _EN_WEEKDAY + r"\s+" + _EN_MONTH + r"\s+(\d{1,2})\s+" + _EN_CLOCK + r"(?:\s+"
                         + _EN_ZONE + r")?\s+(\d{4})(?!\d)")
_SCRIPT_STAMP = re.compile(r"(?<![a-z])" + _EN_WEEKDAY + r"\s+" + _EN_MONTH + r"\s+(\d{1,2})\s+(\d{4})\s+" + _EN_CLOCK
                           + r"(?:\s+" + _EN_ZONE + r"(?:\s*\([a-z ]+\))?)?")


def _en_month(name: str) -> int:
    name = name.rstrip(".")
    return next(i for m, i in _EN_MONTHS.items() if m.startswith(name))
_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
# "21 09 2025", "15.05 2024" (a dot between day and month, a space before the year): only trusted when the whole
# line is the date.
_SPACED = re.compile(r"(?<![\d.])(\d{1,2})[ .](\d{1,2}) (\d{4})(?!\d)")
_TIME = re.compile(
    r"(?<![\d:/+])(\d{1,2})\s*(?::|h|gio)\s*(\d{2})(?:\s*(?::|phut)\s*(\d{2}))?(?:\s*giay)?"
    r"(?:\s*(am|pm|a\.m\.|p\.m\.|sa|ch|sang|chieu|toi)(?![a-z]))?(?![\d/])"
)
# The part of the day after a clock time, as Vietnamese prints it ("11:11 Sáng", "3h chiều"): morning
# reads as a.m., afternoon and evening as p.m.
_MORNING, _AFTERNOON = ("am", "sa", "sang"), ("pm", "ch", "chieu", "toi")
# What may stand between a date and its time: separators and little words.
_GLUE = re.compile(r"^[\s,|\-–—()\[\]:;]*(?:(?:vao\s+)?luc|ngay|gio)?[\s,|\-–—()\[\]:;]*$")

# The weekdays as portals print them, lower case with accents: "thứ" with the day's number word
# or digit ("Thứ Hai", "Thứ 2"), and "chủ nhật" (Sunday). One table for the stamp's words (folded)
# and the weekday before a date in a lead (accents kept, ``_WEEKDAY_COMMA``).
_WEEKDAY_NUMBERS = ("hai", "ba", "tư", "năm", "sáu", "bảy")


def _weekday_pattern(folded: bool) -> str:
    """A regular expression (no group) for one weekday's name, folded or as typed in lower case."""
    spell = fold if folded else str
    return (spell("thứ") + r"\s+(?:" + "|".join(spell(w) for w in _WEEKDAY_NUMBERS) + r"|[2-7])|"
            + spell("chủ") + r"\s+" + spell("nhật"))


# A time zone printed after a stamp's time: "GMT+7", "(UTC +07:00)", "ICT", and a zone's name misprinted
# before its offset ("11:05 G7T+7"): a few letters or digits right before "+" and an hour are one
# ("post-123" is an address's piece, no zone).
_ZONE = r"\(?\s*(?:gmt|utc|ict|[a-z][a-z0-9]{1,3}(?=\s*\+\s*\d{1,2}(?!\d)))\s*[+-]?\s*\d{0,2}(?::?\d{2})?\s*\)?"
# Everything a date stamp line may contain besides the date itself.
_STAMP_WORDS = re.compile(
    r"\b(?:" + _weekday_pattern(folded=True) + r"|t[2-7]|cn|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|"
    r"(?:ngay\s+|thoi\s+gian\s+)?dang\s+(?:bai|tin)(?:\s+viet)?|ngay\s+dang|dang\s+ngay|dang\s+luc|dang\s+vao|dang\s+tai|ngay\s+cap\s+nhat|cap\s+nhat(?:\s+luc|\s+ngay)?|"
    r"ngay\s+xuat\s+ban|xuat\s+ban|ngay\s+gui|gui\s+luc|thoi\s+gian(?:\s+dang)?|ngay\s+tao|"
    r"posted(?:\s+on)?|published|updated|date|dang|ngay|luc|vao|gio|"
    r"(?:(?:so\s+)?luot\s+(?:xem|doc|truy\s+cap)|so\s+lan\s+xem|view\s+count|views?)\s*:?\s*[\d.,]*|"
    r"[\d.,]+\s*(?:luot\s+(?:xem|doc)|lan\s+xem|views?|reads?)|"
    + _ZONE + r")\b"
)
_LEFTOVER = re.compile(r"[\s,|\-–—()\[\]:;/.•·*<>'’]+")   # (a frame of arrows between fields: "<------>")


def _valid(year: int, month: int, day: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12 and 1 <= day <= 31


def _make(year, month, day, hour=0, minute=0, second=0) -> datetime | None:
    if not _valid(year, month, day):
        return None
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _months_of_a_year(match: re.Match, text: str, folded: str) -> bool:
    """Whether a named month's match reads "9 tháng năm 2021" ("the nine months of 2021"): "năm" in
    lower case straight before the year, no "ngày" before the day. A widget's "15 Tháng Năm 2024"
    capitalises the month's name."""
    if match.group(2) != "nam" or folded[match.start():].startswith("ngay") or len(text) != len(folded):
        return False
    return text[match.start(2)] == "n"


def _times(folded: str) -> list[tuple[int, int, int, int, int]]:
    """(start, end, hour, minute, second) of each plausible clock time."""
    found = []
    for m in _TIME.finditer(folded):
        hour, minute = int(m.group(1)), int(m.group(2))
        second = int(m.group(3)) if m.group(3) else 0
        ampm = (m.group(4) or "").replace(".", "")
        if ampm in ("sang", "chieu", "toi") and hour > 12:
            ampm = ""   # a 24-hour clock with the part of the day said again ("15h chiều")
        if ampm:
            if not 1 <= hour <= 12:
                continue
            if ampm in _AFTERNOON and hour < 12:
                hour += 12
            elif ampm in _MORNING and hour == 12:
                hour = 0
        if hour > 23 or minute > 59 or second > 59:
            continue
        found.append((m.start(), m.end(), hour, minute, second))
    return found


def _attach_time(folded, start, end, times, used):
    """The clock time printed right before or after the date, if any."""
    best = None
    for i, (ts, te, hour, minute, second) in enumerate(times):
        if i in used:
            continue
        if ts >= end:
            between = folded[end:ts]
        elif te <= start:
            between = folded[te:start]
        else:
            continue
        if len(between) <= 14 and _GLUE.match(between):
            gap = len(between)
            if best is None or gap < best[0]:
                best = (gap, i, ts, te, hour, minute, second)
    return best


def find_dates(text: str, *, spaced: bool = False) -> list[FoundDate]:
    """Every valid day-first date in ``text``, each with its adjacent time when printed.

    ``spaced`` also accepts "21 09 2025", which is only safe on a line that holds
    nothing else (in a sentence, "ngày 21 09 2025" could be anything).
    """
    folded = fold(text)
    times = _times(folded)
    used: set[int] = set()
    spans: list[tuple[int, int]] = []
    found: list[FoundDate] = []

    def overlaps(s, e):
        return any(s < pe and ps < e for ps, pe in spans)

    def add(s, e, y, mo, d, time=None, iso_time=None):
        if overlaps(s, e):
            return
        if iso_time is not None:
            value = _make(y, mo, d, *iso_time[:3])
            if value is not None and iso_time[3] is not None:
                value = _to_vietnam_time(value, iso_time[3])
            if value is not None:
                spans.append((s, e))
                found.append(FoundDate(value, True, s, e))
            return
        base = _make(y, mo, d)
        if base is None:
            return
        attached = _attach_time(folded, s, e, times, used)
        if attached:
            _, idx, ts, te, hour, minute, second = attached
            used.add(idx)
            spans.append((min(s, ts), max(e, te)))
            found.append(FoundDate(base.replace(hour=hour, minute=minute, second=second), True,
                                   min(s, ts), max(e, te)))
        else:
            spans.append((s, e))
            found.append(FoundDate(base, False, s, e))

    for m in _ISO.finditer(folded):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        iso_time = None
        if m.group(4):
            iso_time = (int(m.group(4)), int(m.group(5)), int(m.group(6) or 0), m.group(7))
        add(m.start(), m.end(), y, mo, d, iso_time=iso_time)
    for m in _DMY.finditer(folded):
        first, second = int(m.group(1)), int(m.group(3))
        if second > 12 and m.group(2) != "." and _make(int(m.group(4)), first, second) is not None:
            # printed month first by an English-language template ("02-26-2015", Drupal's "04/18/2018"):
            # no 26th month, so the only reading there is; a day-first date that fits stays day-first
            first, second = second, first
        add(m.start(), m.end(), int(m.group(4)), second, first)
    for m in _WORDS.finditer(folded):
        add(m.start(), m.end(), int(m.group(3)), int(m.group(2)), int(m.group(1)))
    for m in _WORDS_ABBREVIATED.finditer(folded):
        add(m.start(1), m.end(), int(m.group(3)), int(m.group(2)), int(m.group(1)))
    for m in _WORDS_NAMED.finditer(folded):
        if _months_of_a_year(m, text, folded):
            continue
        add(m.start(), m.end(), int(m.group(3)), _MONTH_NAMES[" ".join(m.group(2).split())], int(m.group(1)))
    for m in _NAMED_MONTH_FIRST.finditer(folded):
        add(m.start(), m.end(), int(m.group(3)), _MONTH_NAMES[" ".join(m.group(1).split())], int(m.group(2)))
    lower = text.lower()
    if lower.isascii() or len(lower) == len(folded):
        for m in _JAVA_STAMP.finditer(lower):
            add(m.start(), m.end(), int(m.group(6)), _en_month(m.group(1)), int(m.group(2)),
                iso_time=(int(m.group(3)), int(m.group(4)), int(m.group(5)), None))
        for m in _SCRIPT_STAMP.finditer(lower):
            add(m.start(), m.end(), int(m.group(3)), _en_month(m.group(1)), int(m.group(2)),
                iso_time=(int(m.group(4)), int(m.group(5)), int(m.group(6)), None))
        for m in _EN_MDY.finditer(lower):
            add(m.start(), m.end(), int(m.group(3)), _en_month(m.group(1)), int(m.group(2)))
        for m in _EN_DMY.finditer(lower):
            add(m.start(), m.end(), int(m.group(3)), _en_month(m.group(2)), int(m.group(1)))
    if spaced:
        for m in _SPACED.finditer(folded):
            add(m.start(), m.end(), int(m.group(3)), int(m.group(2)), int(m.group(1)))
    found.sort(key=lambda f: f.start)
    return found


def _to_vietnam_time(value: datetime, offset: str) -> datetime | None:
    """ISO stamps from HTML metadata carry an offset; the portal wants local (UTC+7) time.

    A stamp in UTC ("Z", "+00:00", as WordPress stores it) is moved to UTC+7. Any other zone is
    the server's own clock set to a foreign zone (a NukeViet portal's "2023-02-02T23:13:35-05:00"
    beside its printed "Thứ năm - 02/02/2023 23:13"): the page shows that wall time, kept as is."""
    if offset == "z":
        minutes = 0
    else:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        minutes = sign * (int(digits[:2]) * 60 + int(digits[2:4] or 0))
    if minutes != 0:
        return value
    try:
        return value + timedelta(minutes=7 * 60 - minutes)
    except OverflowError:
        return None


_EDGE_JUNK = " ()[]|-–—,:;"
# Any written date, even one too old to be a publication date (1930 in "1930-2023").
_ANY_DMY = r"\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{4}"
_RANGE_BEFORE = re.compile(_ANY_DMY + r"\s*[-–—]\s*$")
_RANGE_AFTER = re.compile(r"^\s*[-–—]\s*" + _ANY_DMY)
_SEPARATOR = re.compile(r"^[\-–—|(\[,:;/]+$")


def _in_range(folded: str, f: FoundDate) -> bool:
    """Whether the date is one end of a written range ("18/11/1930 - 18/11/2021"), or the last of a list of days
    ("các ngày 20, 21, 22/9/2022": a schedule's days, no one event's)."""
    return bool(_RANGE_BEFORE.search(folded[: f.start]) or _RANGE_AFTER.match(folded[f.end:])
                or _DAY_LIST_BEFORE.search(folded[: f.start]))


_DAY_LIST_BEFORE = re.compile(r"\bngay\s+\d{1,2}\s*,\s*(?:\d{1,2}\s*,\s*)+$")


def _in_parentheses(folded: str, f: FoundDate) -> bool:
    """Whether a date stands inside brackets: the last bracket before it opens one. Brackets do not nest in
    these texts; one a writer left open is closed by the next closing one ("… (30/4/1975 - 30/4/2023 và 136
    năm … (01/5/1886 - 01/5/2022), sáng ngày 20/4/2023, …": the event's day stands outside)."""
    before = folded[: f.start]
    return before.rfind("(") > before.rfind(")")


def _part_of_wording(folded: str, f: FoundDate) -> bool:
    """A date the title's own words lead into ("… “Chủ nhật xanh” ngày 20/7/2025"), also inside the brackets they
    open ("Điểm báo hằng ngày về Hải Phòng (ngày 11/5/2022)")."""
    tokens = folded[: f.start].split()
    if len(tokens) < 2 or tokens[-1].lstrip("(") not in rules().wording_before_date:
        return False
    return not _SEPARATOR.match(tokens[-2])


def strip_dates(text: str) -> str:
    """``text`` without the date stamp printed at its start or end ("Tiêu đề (16/07/2020)").

    A date in the middle of a title ("Hội nghị ngày 2/7/2020 của xã"), a date the
    title's words lead into ("… ngày 20/7/2025") and either end of a range
    ("(18/11/1930 - 18/11/2021)") are part of it. A stamp's label printed before it
    ("… Ngày cập nhật 24/05/2022") goes with the stamp.
    """
    for f in reversed(find_dates(text)):
        folded = fold(text)
        before, after = text[: f.start], text[f.end:]
        if _in_range(folded, f) or _part_of_wording(folded, f):
            continue
        if not after.strip(_EDGE_JUNK):
            label = rules().stamp_label.search(folded[: f.start])
            if label:
                before = before[: label.start() + (1 if label.group(0)[:1] in " |-–—([,:;" else 0)]
            text = before.rstrip(" ([|-–—,:;") + " " + after.lstrip(" )]|-–—,:;")
        elif not before.strip(_EDGE_JUNK):
            text = before.rstrip(" ([|-–—,:;") + " " + after.lstrip(" )]|-–—,:;")
    text = " ".join(text.split())
    return text.strip(" -–—|,:;")


# "Kế hoạch số 09 – KH/ĐTN ngày 22/02/2013": the date of a document the article cites. A unit's
# abbreviation in the number may join two with "&" or "." ("CV số: 613/SGDĐT-GDTX&CN ngày 06/04/2018", "Kế hoạch
# số 255-KH/TH&THCS.MB ngày 23/10/2023").
_DOCUMENT_BEFORE = re.compile(r"\d+\s*[-–]?\s*[a-z]*\s*/\s*[a-z]+(?:[&.][a-z]+)*"
                              r"(?:\s*[-–]\s*[a-z]+(?:[&.][a-z]+)*)*[\s,]*(?:ngay\s*)?$")


# A round of awards named by the holiday it falls on ("… trao Huy hiệu Đảng đợt 2/9/2024", "đợt 19/5"): the day names the
# round, no event happened on it.
_ROUND_BEFORE = re.compile(r"(?:^|[^a-z])dot\s+$")
# The day a body was founded, told as its history ("Hội Nữ doanh nhân tỉnh được thành lập ngày 8.1.2010, …"): a fact
# the article recalls, no event it reports.
_FOUNDED_BEFORE = re.compile(r"(?:^|[^a-z])(?:thanh lap|ra doi)\s+(?:vao\s+)?ngay\s*$")
# The day years or months are counted from, in the same clause ("Hơn 6 năm kể từ ngày đặt viên đá đầu tiên trong buổi
# lễ khởi công ngày 13/08/2018, …, sáng ngày 12/10/2024, …"): the story's starting point, long before the event.
_COUNTED_FROM_BEFORE = re.compile(r"(?:^|[^a-z])(?:nam|thang)\s+ke\s+tu\b[^,;.]{0,100}$")
# "Từ ngày 01/7/2025 đến nay, …" (folded): the day a tally runs from up to the article's day, no event it reports.
_UP_TO_NOW_AFTER = re.compile(r"\s*(?:den|toi|cho den)\s+nay\b")


# The parts of the day a lead opens with ("sáng", "chiều", "tối", "trưa", "đêm"), folded.
TIME_OF_DAY = r"(?:sang|chieu|toi|trua|dem)"


# The date a lead puts in brackets after the time of day: "Sáng nay (12/3/2024), …",
# "Chiều thứ Ba (ngày 12/3/2024), …" — the event's day, unlike an anniversary's span in brackets.
# (The weekday here is any word after "thứ", looser than ``_weekday_pattern``: kept as written,
# since narrowing it would change a rule, not its spelling.)
_WEEKDAY_WORDS = r"(?:thu\s+\w+|chu\s+nhat)"
_DAY_IN_BRACKETS = re.compile(
    r"(?:^|[,.;:]\s*)(?:(?:vao\s+)?(?:buoi\s+)?(?:" + TIME_OF_DAY + r"|hom)(?:\s+(?:nay|qua|hom qua|ngay))?"
    r"(?:\s+" + _WEEKDAY_WORDS + r")?|" + _WEEKDAY_WORDS + r")\s*\(\s*(?:ngay\s*)?$")   # ("Thứ ba (17/11/2015) …")
# The time of day right before a date ("… chào mừng các ngày lễ lớn tối ngày 19/09/2015 tại …"): the day the event
# happens, not an occasion's
_TIMED_DAY_BEFORE = re.compile(r"(?:^|[^a-z])" + TIME_OF_DAY + r"\s+(?:ngay\s*)?$")
# A clock time right before a date ("… xây dựng kế hoạch và tổ chức Hội thi … vào lúc 14h ngày 18 tháng 4 năm 2022"):
# the hour something happened, which no cited document's date is given with
_CLOCK_BEFORE = re.compile(r"(?<![\d/.])\d{1,2}\s*(?:h|gio)(?:\s*\d{2}(?:\s*(?:'|’|p|phut))?)?\s+(?:ngay\s*)?$")
# The first day of a span the lead gives: "12 và 13/3/2024", "12-13/3/2024", "từ ngày 12/3 đến ngày 15/3/2024", or of
# the days it lists ("Ngày 16, 17 và 18/10/2018").
# (two days the lead lists after "ngày" with a comma alone, "Trong các ngày 21, 22/9/2024", likewise)
# ("21và 22/4/2022": the word glued to the first day as typed)
_SPAN_FIRST_DAY = re.compile(r"(?<![\d/.])(?<!thang )(\d{1,2})(?:\s*,\s*\d{1,2})*\s*(?:[-–]|\s?(?:va|den)\s+(?:ngay\s+)?)\s*$"
                             r"|\bngay\s+(\d{1,2})\s*,\s*$")
# ("Từ ngày 25/5 đến hết ngày 02/6/2023": the span's last day said with "hết", to its end)
# (or in words: "từ 17 tháng 3 đến ngày 19 tháng 3 năm 2021", never the month's number taken for a day)
_SPAN_FIRST_DAY_MONTH = re.compile(r"(?<![\d/.])(\d{1,2})(?:\s?[/.\-]\s?|\s+thang\s+)(\d{1,2})\s*"
                                   r"(?:[-–]|\s(?:den|toi|va)(?:\s+het)?\s+(?:ngay\s+)?)\s*$")


def _span_start(folded: str, f: FoundDate) -> datetime | None:
    """The first day of the span that ends at ``f``, if the lead writes one."""
    before = folded[max(0, f.start - 30): f.start]
    end = f.value
    match = _SPAN_FIRST_DAY_MONTH.search(before)
    day, month = (int(match.group(1)), int(match.group(2))) if match else (None, None)
    if match is None:
        match = _SPAN_FIRST_DAY.search(before)
        day, month = (int(match.group(1) or match.group(2)), end.month) if match else (None, None)
    start = _make(end.year, month, day) if match else None
    return start if start is not None and start < end else None


# The weekday before a date, with its comma ("… sẽ tổ chức bầu cử vào Chủ nhật, ngày 15/12/2019"):
# one phrase with the date, not the end of a clause. Lower case, accents kept.
_WEEKDAY_COMMA = re.compile(r"(?:" + _weekday_pattern(folded=False) + r"|"
                            # (or the hour: "… sẽ được tổ chức vào 19 giờ 00 phút, ngày 24/8 – 25/8/2025")
                            r"\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút|p|')?)?)\s*,"
                            # (right before the day, or the first day of a span the date ends: "ngày 24/8 – ")
                            r"(?=\s*(?:ngày\s*)?(?:\d{1,2}\s*[/.]\s*\d{1,2}\s*[–\-]\s*)?$)")


# A style rule's flag left in the text by a copy of the page ("Kế hoạch số 4280/KHLT-SGD& !important;ĐT-CĐN ngày …"):
# the body keeps it as stored, but its "!" and ";" would end a cited document's clause before its date.
_CSS_DEBRIS = re.compile(r"!\s*important\s*;?", re.IGNORECASE)


_OPENING_WORDS = 4   # words before a day that still opens its paragraph ("Vào sáng ngày …")


def lead_date(text: str) -> FoundDate | None:
    """The date of the event a lead paragraph reports ("Sáng ngày 02/7/2021, …").

    Only a date written with a year, outside brackets (anniversaries such as
    "(06/6/1941 - 06/6/2024)"), not one end of a range, not the date of a cited
    document ("Kế hoạch số 37-KH/ĐTN, ngày 27/02/2024"), not a day still to come
    ("… sẽ diễn ra vào ngày 16/11/2018": ``dates.planned_words``), not a day asked for ("… đề
    nghị các cơ quan … treo cờ từ ngày 29/8/2024": ``dates.request_words``) and not the day of an
    occasion celebrated ("Chào mừng ngày hội … 18/11/2023": ``dates.occasion_words``) and not a
    count's cut-off ("Tính đến 31/12/2020, …": ``dates.cutoff_words``); the first one wins.
    """
    text = _CSS_DEBRIS.sub(lambda m: " " * len(m.group(0)), text)   # same length: positions hold
    folded = fold(text)
    lower = text.lower()   # NFC like every line (decode.clean_line), position for position with ``folded``
    for f in find_dates(text):
        before = folded[: f.start] + ("ngay" if folded.startswith("ngay", f.start) else "")
        bracketed_day = _DAY_IN_BRACKETS.search(folded[: f.start]) and re.match(r"\s*\)", folded[f.end:])
        span = _span_start(folded, f)
        if (_in_parentheses(folded, f) and not bracketed_day) or _in_range(folded, f) or _DOCUMENT_BEFORE.search(before) or (
                _ROUND_BEFORE.search(before) or _FOUNDED_BEFORE.search(before)
                or _COUNTED_FROM_BEFORE.search(before)) or (
                rules().document_clause.search(before[-200:]) and not _CLOCK_BEFORE.search(before)) or (
                rules().occasion_clause.search(before[-120:]) and not _TIMED_DAY_BEFORE.search(before)) or (
                rules().planned_clause.search(_WEEKDAY_COMMA.sub(" ", lower[max(0, f.start - 200): f.start]))) or (
                rules().request_clause.search(lower[max(0, f.start - 300): f.start])) or (
                rules().cutoff_clause.search(before[-40:]) and span is None) or (   # (a span's end: its first day)
                rules().issued_clause.match(folded[f.end:])) or (
                # (a day inside the paragraph, past its opening: its document's issue, background to the event)
                len(folded[: f.start].split()) > _OPENING_WORDS and rules().issuer_then_document.match(folded[f.end:])) or (
                _named_day_before(text[: f.start])) or _UP_TO_NOW_AFTER.match(folded[f.end:]):
            continue
        value = span or f.value
        return FoundDate(value.replace(hour=0, minute=0, second=0), False, f.start, f.end)
    return None


# "ngày" and a named day's words, the first capitalised, right before a date ("ngày Di sản văn hóa Việt Nam 23/11/2019",
# "Ngày Nhà giáo Việt Nam 20/11/2023"): the date of the day celebrated; an event's day follows "ngày" at once.
_NAMED_DAY = re.compile(r"(?:^|[\s(,])[Nn]gày\s+([^\W\d_]+)(?:\s+[^\W\d_]+){0,7}\s+$")


def _named_day_before(text: str) -> bool:
    found = _NAMED_DAY.search(text)
    # (a weekday is no day celebrated: "Trong ngày Chủ nhật 12/3/2023, …")
    return bool(found) and found.group(1)[:1].isupper() and not _WEEKDAY_NAMED.match(fold(text[found.start(1):]))


_WEEKDAY_NAMED = re.compile(r"(?:" + _weekday_pattern(folded=True) + r")\b")


# A lead that opens with the day of its event and no year: "Chiều 17/11 tại …", "Sáng ngày 5-12, …".
_LEAD_DAY_MONTH = re.compile(r"^(?:\S+\s+){0,6}?(?:" + TIME_OF_DAY + r"|ngay)\s+(?:ngay\s+)?"
                             r"(\d{1,2})\s?[/.\-]\s?(\d{1,2})(?!\s?[/.\-]?\s?\d)")


def lead_day_month(lead: str) -> tuple[int, int] | None:
    """The (day, month) a lead opens with when it gives its event's day without a year ("Sáng ngày 29/8, …")."""
    match = _LEAD_DAY_MONTH.match(fold(lead))
    return (int(match.group(1)), int(match.group(2))) if match else None


_SPAN_OPENS = re.compile(r"\b(?:bat dau )?tu\s+(?:ngay\s+)?$")


_THIS_YEARS_DAY_AHEAD_MAX_DAYS = 31   # a day "năm nay" (this year) the lead names, at most this far after the stamp


def stamp_before_lead(stamp: datetime, lead: str) -> bool:
    """Whether a printed date can be the publication date of a lead that opens with the day
    of its event without a year ("Chiều 17/11 tại …"): a report is published on that day or
    in the weeks after it (``dates.stamp_after_lead_max_days``). A date further off is no
    stamp of this article: the site header's clock, the day the page was viewed. A lead
    announcing what is to come ("sẽ", "dự kiến") says nothing about it; neither does a lead
    without such a day.
    """
    match = _LEAD_DAY_MONTH.match(fold(lead))
    if not match:
        return True
    if _SPAN_OPENS.search(fold(lead)[: match.start(1)]):
        return True   # the day opens a period ("Bắt đầu từ ngày 23/11, …"): its report may come when the period ends
    first_sentence = re.split(r"[.!?;]\s", lead.lower(), maxsplit=1)[0]
    if rules().planned_clause.search(first_sentence + " ") or re.search(r"\b(?:tới|sắp)\b", first_sentence):
        return True
    day, month = int(match.group(1)), int(match.group(2))
    if _valid(stamp.year, month, day) and 0 <= (datetime(stamp.year, month, day) - stamp).days <= 1:
        return True   # the day before "Chiều 25/6": a post prepared ahead or stamped in another time zone
    if _valid(stamp.year, month, day) and re.match(r"\s*nam nay\b", fold(lead)[match.end():]) and (
            0 <= (datetime(stamp.year, month, day) - stamp).days <= _THIS_YEARS_DAY_AHEAD_MAX_DAYS):
        return True   # "Ngày 22/12 năm nay, cả nước long trọng tổ chức …" days ahead: an anniversary announced
    for year in (stamp.year, stamp.year - 1):
        if _valid(year, month, day) and datetime(year, month, day) <= stamp:
            return (stamp - datetime(year, month, day)).days <= rules().stamp_after_lead_max_days
    return True


# A bracket closing a line, a stamp inside it maybe ("… Duy Khánh  (Cập nhật ngày 03-06-2015)", "Trang chủ >> …  (26-12-2019)").
_CLOSING_BRACKET = re.compile(r"\s*\(([^()]{6,60})\)\s*$")


def closing_bracketed_stamp(text: str) -> tuple[int, FoundDate] | None:
    """The page's stamp in brackets closing a line after a byline or a breadcrumb: where the bracket opens, and the date
    (its positions in ``text``); None when the bracket holds anything but a stamp."""
    bracket = _CLOSING_BRACKET.search(text)
    found = parse_date_line(bracket.group(1)) if bracket else None
    if found is None:
        return None
    shift = bracket.start(1)
    return bracket.start(), replace(found, start=found.start + shift, end=found.end + shift)


def has_edge_date(text: str) -> bool:
    """Whether a date stamp is printed at the start or end of ``text``."""
    return strip_dates(text) != " ".join(text.split()).strip(" -–—|,:;")


_SECTION_FIELD = re.compile(r"(?:chuyen muc|danh muc|the loai|category)\s*:\s*\S")
_PIECES = re.compile(r"\s*[|•]\s*|\s+[-–—]\s+|\s*<-+>\s*")
# A CMS account's login printed on a stamp's line: one word that opens with a letter, matched on
# the folded line; ``_typed_login`` then checks the text as typed is ASCII in lower case, so a
# Vietnamese name, folded, is never one. (``fields.is_cms_account`` is a looser rule on purpose:
# it judges a value a byline's label already gives as the poster, "Người đăng: quan-tri".)
_LOGIN = r"[a-z][a-z0-9_.]*"
# A poster's login printed before the posting label ("quantri gửi vào T3, 2019-02-19 07:45",
# Drupal's "submitted on"): the label says it is the poster, any login passes.
# (and Drupal's English "Submitted by admin on T4, 04/18/2018 - 14:46")
_GLUED_SUBMITTED = re.compile(r"^(\s*Submitted by)([a-z][a-z0-9_.]*)\s*(on)((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|T\d|CN)\b.*)$")
_POSTER_LOGIN = re.compile(r"^\s*(?:submitted by\s+)?(" + _LOGIN + r")\s+(?:(?=(?:gui|dang)\s+(?:vao|luc)\b)|on\b)")
# A login printed right before the date with no label ("mnquangtrung 18/09/2020 Lượt xem: 19"):
# only one no Vietnamese syllable can be, longer than any (7 letters, "nghiêng") or holding a
# digit or an underscore.
_LOGIN_BEFORE_DATE = re.compile(r"^\s*(?=[a-z0-9_.]*(?:[a-z]{8}|[0-9_]))(" + _LOGIN + r")\s*$")


# "Đăng bài thanhsang T2, 04/07/2016 - 09:05": the poster's login between a posting label and the date
_LABELLED_LOGIN = re.compile(r"^\s*(?:dang bai|dang tin|dang boi|nguoi dang(?: bai| tin)?|posted by|post by)\s*:?\s+("
                             + _LOGIN + r")(?=\s)")


def _typed_login(typed: str) -> bool:
    """Whether the text as typed where a folded login matched is ASCII in lower case."""
    return typed.isascii() and typed.islower()


def _furniture_only(part: str) -> bool:
    """Whether ``part`` of a stamp's line is only buttons, counters or the poster's CMS account,
    piece by piece between separators."""
    pieces = [p.strip(" ,:;") for p in _PIECES.split(part) if p.strip(" ,:;")]
    return bool(pieces) and all(
        bp.classify_line(p) in (bp.TOOLBAR, bp.VIEWS, bp.COUNTER) or rules().cms_account_piece.fullmatch(fold(p).strip())
        or re.fullmatch(r"(?:binh luan|y kien|comments?)\s*:?\s*\d+", fold(p).strip())
        or _SECTION_FIELD.match(fold(p)) or re.fullmatch(_ZONE, fold(p))
        for p in pieces)   # (the section is read by extract)


_SHORT_YEAR_STAMP = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2})\s+(\d{1,2}):(\d{2})")


@cache
def _count_glued_to_label() -> re.Pattern:
    """A figure glued to a stamp's label and its colon (rules.toml's labels, folded): "…123319thoi gian: 16:44 …"."""
    return re.compile(r"(?<=\d)(?=(?:" + rules().stamp_label_anywhere.pattern + r"|thoi gian)\s*:)")


# a stamp's clock with the view count run onto its minutes, at the line's end ("03/10/2023 16:082370")
_CLOCK_GLUED_TO_COUNT = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(\d{1,7})\s*$")
# a clock with its minutes unpadded in a stamp ("12:0, Thứ Sáu, 26-12-2025" for 12:00; "9:5" for 9:05; a template's
# empty clock after its label, "Cập nhật : 0:0 Thứ bảy, 29/4/2017")
_UNPADDED_CLOCK = re.compile(r"(?<![\d:/.,])\d{1,2}:(?=\d(?![\d/.:]))")


_JOOMLA_FIELDS = re.compile(r"^\s*(?:lan cap nhat cuoi(?: luc)?|last updated(?: on)?)\b.*"
                            r"\s(?:viet|written) (?:boi|by)\s")
_JOOMLA_FIELDS_MAX_LENGTH = 160   # the three fields with a poster's name of a few words: a bound, not a tunable


def parse_date_line(text: str) -> FoundDate | None:
    """The date of a line that is nothing but a publication stamp, else None."""
    joomla = _JOOMLA_FIELDS.match(fold(text)) if len(text) <= _JOOMLA_FIELDS_MAX_LENGTH and (
        text.lstrip()[:1] in "Ll") else None   # (a cheap look at the first letter before folding every line)
    if joomla:
        # Joomla's fields run together: last modified, the poster, then the day the post was created ("Lần cập nhật
        # cuối lúc Thứ ba, 13 Tháng 7 2021 16:44 Viết bởi Ban Biên Tập Thứ sáu, 26 Tháng 3 2021 00:00")
        found = find_dates(text[joomla.end():], spaced=True)
        return replace(found[0], start=found[0].start + joomla.end(), end=found[0].end + joomla.end()) if len(
            found) == 1 else None
    if len(text) > 90:
        return None
    glued = _GLUED_SUBMITTED.match(text)
    if glued:
        # Drupal's line with its spaces lost around the login ("Submitted bynnathu onWed, 26/10/2022 - 08:26")
        spaced = " ".join(glued.groups())
        found = parse_date_line(spaced)
        shift = len(text) - len(spaced)
        return found and replace(found, start=found.start + shift, end=found.end + shift)
    label = _count_glued_to_label().search(fold(text))   # (the folded line keeps the line's positions)
    if label:
        # a view count run onto the stamp's label ("Lượt đọc: 123319Thời gian: 16:44 - 09/12/2011"): a space between
        found = parse_date_line(text[: label.end()] + " " + text[label.end():])
        return found and replace(found, start=found.start - (found.start > label.end()),
                                 end=found.end - (found.end > label.end()))
    glued = _CLOCK_GLUED_TO_COUNT.search(text)
    if glued:
        # the view count run onto the stamp's clock ("Thứ ba - 03/10/2023 16:082370": 16:08, 2370 views)
        found = parse_date_line(text[: glued.start(1)] + " " + text[glued.start(1):])
        return found and replace(found, start=min(found.start, glued.start(1)), end=min(found.end, glued.start(1)))
    unpadded = _UNPADDED_CLOCK.search(text)
    if unpadded:
        found = parse_date_line(text[: unpadded.end()] + "0" + text[unpadded.end():])
        # (a template's empty clock, "0:0", tells no time)
        empty = text[unpadded.start(): unpadded.end() + 1].strip() == "0:0"
        return found and replace(found, start=found.start - (found.start > unpadded.end()),
                                 end=found.end - (found.end > unpadded.end()), has_time=found.has_time and not empty)
    short = _SHORT_YEAR_STAMP.fullmatch(text.strip())
    if short:
        # a stamp with a two-digit year and its time, alone on its line ("17/10/18 15:54"): the century is this one
        day, month, year, hour, minute = (int(g) for g in short.groups())
        try:
            return FoundDate(datetime(2000 + year, month, day, hour, minute), True, 0, len(text))
        except ValueError:
            return None
    found = find_dates(text, spaced=True)
    if len(found) == 2 and text[found[0].start: found[0].end] == text[found[1].start: found[1].end]:
        # posted and updated printed alike, then the view and comment counts ("19/03/2023 19/03/2023 1214 0",
        # "11/12/2015 23:10 11/12/2015 23:10 2149"): one stamp
        once = text[: found[1].start] + re.sub(r"^(?:\s+\d{1,7}){1,2}\s*$", "", text[found[1].end:])
        return parse_date_line(once)
    if len(found) != 1:
        return None
    f = found[0]
    folded = fold(text)
    # a bare number after the stamp is the page's view count ("08:23 16/08/2016 997")
    # (and the comment count after it: "09/03/2017 21:41 3.217 0")
    # (without a clock, only after a bar: "19/04/2024 | 1415"; the clock may stand before the weekday: "8:25, Thứ Tư,
    # 20-1-2016 18124 0")
    timed = f.has_time or bool(_times(folded[: f.start]))
    after = re.sub(r"(?:\s\d{1,3}(?:[.,]\d{3})+|\s\d{1,7}){1,2}\s*$", " ", folded[f.end:]) if timed else (
        re.sub(r"^\s*\|\s*(?:\d{1,3}(?:[.,]\d{3})+|\d{1,7})\s*$", " ", folded[f.end:]))
    if not timed and not folded[: f.start].strip():
        # (or the view and the comment counts both after a bare day: "01/04/2022 328 0")
        after = re.sub(r"^\s+(?:\d{1,3}(?:[.,]\d{3})+|\d{1,7})\s+\d{1,4}\s*$", " ", after)
    rest = folded[: f.start] + " " + after
    apart = _times(rest) if not f.has_time else []
    rest = _TIME.sub(" ", rest)   # the time printed apart: "22:00:00 - Chủ nhật, 07/10/2018"
    login = _POSTER_LOGIN.match(rest) or _LABELLED_LOGIN.match(rest)
    if login and _typed_login(text[login.start(1): login.end(1)]):
        rest = rest[login.end():]
    elif _LOGIN_BEFORE_DATE.match(folded[: f.start]) and _typed_login(text[: f.start].strip()):
        rest = after
    # a template's raw field names ("cms-publish-date … cms-view-count: 3413") and the labels
    # of rules.toml are no text
    rest = rules().field_name.sub(" ", rest)
    rest = rules().stamp_label_anywhere.sub(" ", rest)
    rest = _STAMP_WORDS.sub(" ", rest)
    left = _LEFTOVER.sub(" ", rest).strip()
    # only a text-size toolbar's letters left among the stamp's words ("Thứ 2, 01/10/2018 | 16:18:00
    # [GMT +7] A A"): a stamp with its toolbar
    if left and not _furniture_only(left):
        # the page's toolbar or counters printed after the stamp ("24/02/2023 03:10:41 Xem cỡ chữ
        # Google", "Ngày đăng: 15-04-2024 | Lượt xem: 120 | Chia sẻ", "… | admin | 0 Comments")
        tail = text[f.end:].strip(" -–—|,:;")
        if tail and _furniture_only(tail):
            return parse_date_line(text[:f.end])
        # or before it ("In | Email | 15/04/2024"): "Thứ Hai" alone is no toolbar, so that stays
        head = text[: f.start].strip(" -–—|,:;")
        if head and _furniture_only(head):
            found = parse_date_line(text[f.start:])
            return found and FoundDate(found.value, found.has_time, found.start + f.start, found.end + f.start)
        if f.has_time and not text[: f.start].strip() and _section_after_bar(text[f.end:]):
            return parse_date_line(text[: f.end])
        capitals = _SECTION_IN_CAPITALS.fullmatch(text[f.end:])
        if capitals and capitals.group(1).isupper() and rules().stamp_label.search(fold(text[: f.start]).rstrip()) and (
                rules().not_name_words.search(" " + fold(capitals.group(1)) + " ")):
            # a labelled stamp, a dash and the section's name in capitals, a section's words ("Ngày đăng: 06-09-2015 -
            # THÔNG TIN VỀ HOẠT ĐỘNG"; a writer's name in capitals there is no section's)
            return parse_date_line(text[: f.end])
        labelled = _SECTION_BEFORE_STAMP.match(text[: f.start])
        if labelled and _typed_as_section(labelled.group(1)) and rules().stamp_label_anywhere.match(fold(text[labelled.end():])):
            # the section's name before the stamp's label ("Đời sống - Ngày đăng : 16:20, 18/04/2022")
            found = parse_date_line(text[labelled.end():])
            return found and replace(found, start=found.start + labelled.end(), end=found.end + labelled.end())
        weekday = _SECTION_BEFORE_WEEKDAY.match(text[: f.start])
        if weekday and _typed_as_section(weekday.group(1)):
            # the section's name run onto a stamp that opens with its weekday ("Kinh tế Chính trị thứ năm, 01 04 2021
            # 16:44")
            found = parse_date_line(text[weekday.start(2):])
            return found and replace(found, start=found.start + weekday.start(2), end=found.end + weekday.start(2))
        glued = _glued_stamp_label(text[: f.start])
        if glued is not None:
            found = parse_date_line(text[glued:])
            return found and FoundDate(found.value, found.has_time, found.start + glued, found.end + glued)
        return None
    if len(apart) == 1:
        _, _, hour, minute, second = apart[0]
        return FoundDate(f.value.replace(hour=hour, minute=minute, second=second), True, f.start, f.end)
    return f


_GLUE_DEBRIS_MAX_WORDS = 3
# a section's name after a timed stamp's bar ("06/12/2021 - 13:56 | Xúc tiến thương mại"), or before a stamp's label
# and a dash ("Đời sống - Ngày đăng : 16:20, 18/04/2022")
_SECTION_AFTER_BAR = re.compile(r"\s*\|\s*(\S.*?)\s*")
_SECTION_BEFORE_STAMP = re.compile(r"\s*(\S[^|:]*?)\s+[-–—|]\s+")
_SECTION_BEFORE_WEEKDAY = re.compile(r"\s*(\S.*?)\s+((?i:" + _weekday_pattern(folded=False) + r")\b)")
_SECTION_IN_CAPITALS = re.compile(r"\s+[-–—|]\s+([^\W\d_]+(?:[\s,-]+[^\W\d_]+){0,6})\s*")


def _section_after_bar(tail: str) -> bool:
    """Whether ``tail`` (after a stamp that opens its line with a clock) is a bar and a section's name."""
    match = _SECTION_AFTER_BAR.fullmatch(tail)
    return bool(match) and _typed_as_section(match.group(1))


def _typed_as_section(text: str) -> bool:
    """Two to five words of letters, the first capitalised and a later one not: a section's name as it is typed
    ("Xúc tiến thương mại", "Đời sống"); a writer's name capitalises every word."""
    first, *others = text.split()
    return 1 <= len(others) <= 4 and all(re.fullmatch(r"[^\W\d_]+", word) for word in (first, *others)) and (
        first[0].isupper() and any(word[0].islower() for word in others))


def _glued_stamp_label(head: str) -> int | None:
    """Where a stamp's label starts when a template glued it to debris before it with no
    space ("False 4549Ngày cập nhật 19/10/2018"): a lower-case letter or a digit run into the
    capital that opens the label, a few words of machine text before it (no Vietnamese letter:
    a headline glued to its stamp keeps its line) and nothing but the label after it
    (rules.toml, ``stamp_labels``)."""
    for match in re.finditer(r"(?<=[0-9a-z])(?=[A-ZĐ])", head):
        before, label = head[: match.start()], fold(head[match.start():]).strip()
        if before.isascii() and len(before.split()) <= _GLUE_DEBRIS_MAX_WORDS and label and (
                rules().stamp_label.match(label)):
            return match.start()
    return None


def date_remainder(text: str) -> tuple[FoundDate | None, str]:
    """First date in ``text`` and the text around it (for "Tác giả: X - 12/03/2022")."""
    found = find_dates(text)
    if not found:
        return None, text
    f = found[0]
    rest = text[: f.start] + " " + text[f.end:]
    return f, " ".join(rest.split())
