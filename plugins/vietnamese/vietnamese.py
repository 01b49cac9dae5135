"""Vietnamese text and date handling, independent of the system locale.

Pure functions used by the other plugins and by ``tasks.py``:

- ``nfc(text)``: Unicode NFC (Vietnamese keyboards produce both composed and
  decomposed text);
- ``fold(text)``: lower-case text without diacritics, with đ/Đ folded to d;
- ``slugify(text, max_length=None)``: ASCII URL slug ("Công tác Mặt trận" ->
  "cong-tac-mat-tran");
- ``parse_post_date(text)``: the portal's date rules (ISO or day-first
  dd/mm/yyyy, optional time, Asia/Ho_Chi_Minh), raising ``DateError`` with an
  officer-readable message;
- ``weekday_name``, ``format_date``, ``format_datetime``, ``format_month``.

Settings read: none.  Metadata accepted: none.
Template variables provided: the Jinja filters ``vi_date`` ("06/07/2021"),
``vi_datetime`` ("Thứ Ba, 06/07/2021 08:30"), ``vi_weekday`` ("Thứ Ba"),
``vi_month`` ("Tháng 7/2021") and ``iso_datetime`` ("2021-07-06T08:30:00+07:00").
"""

import datetime as dt
import re
import unicodedata
from zoneinfo import ZoneInfo

from pelican import signals

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

# Monday is 0, as in datetime.weekday().
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")

DATE_EXAMPLE = "06/07/2021 08:30 (ngày/tháng/năm giờ:phút) hoặc 2021-07-06 08:30"

_ISO_RE = re.compile(
    r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[ T](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?$"
)
_VN_RE = re.compile(
    r"^(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"
    r"(?:\s+(?P<H>\d{1,2})(?::|h)(?P<M>\d{2})(?::(?P<S>\d{2}))?)?$"
)


class DateError(ValueError):
    """A date the portal refuses; ``str()`` is an officer-readable message."""

    def __init__(self, message, fix):
        super().__init__(message)
        self.message = message
        self.fix = fix


def nfc(text):
    """Return ``text`` in Unicode NFC."""
    return unicodedata.normalize("NFC", text)


def fold(text):
    """Lower-case ``text`` and drop every diacritic, including đ -> d."""
    text = nfc(text).replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def slugify(text, max_length=None):
    """ASCII slug of ``text``: folded, words joined by hyphens; cut at a word
    boundary to ``max_length`` characters when given (long Vietnamese titles
    would otherwise make unwieldy URLs)."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if max_length and len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:max_length]
    return slug


def parse_post_date(value):
    """Parse a front-matter date; return ``(aware datetime, has_time)``.

    Day-first Vietnamese dates and ISO dates are the only forms: a date that
    could be read two ways (05/11/2025 as 5 November or 11 May) is always read
    day first, and anything else is refused rather than guessed.
    """
    text = nfc(str(value)).strip()
    match = _ISO_RE.match(text) or _VN_RE.match(text)
    if not match:
        raise DateError(
            f"không đọc được ngày «{text}»",
            f"hãy viết ngày theo dạng {DATE_EXAMPLE}",
        )
    parts = match.groupdict()
    try:
        day = dt.date(int(parts["y"]), int(parts["m"]), int(parts["d"]))
    except ValueError:
        raise DateError(
            f"ngày «{text}» không tồn tại",
            f"hãy kiểm tra lại ngày và tháng (ngày trước, tháng sau), ví dụ {DATE_EXAMPLE}",
        ) from None
    has_time = parts["H"] is not None
    try:
        time = dt.time(
            int(parts["H"] or 0), int(parts["M"] or 0), int(parts.get("S") or 0)
        )
    except ValueError:
        raise DateError(
            f"giờ trong «{text}» không hợp lệ",
            "hãy viết giờ từ 00:00 đến 23:59, ví dụ 08:30",
        ) from None
    tz = parts.get("tz")
    if tz:
        sign = 1 if tz[0] == "+" else -1
        digits = tz[1:].replace(":", "") if tz != "Z" else "0000"
        offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        stamp = dt.datetime.combine(day, time, dt.timezone(sign * offset))
        return stamp.astimezone(VN_TZ), has_time
    return dt.datetime.combine(day, time, VN_TZ), has_time


def to_vn(stamp):
    """``stamp`` as an aware datetime in Asia/Ho_Chi_Minh."""
    if stamp.tzinfo is None:
        return stamp.replace(tzinfo=VN_TZ)
    return stamp.astimezone(VN_TZ)


def weekday_name(stamp):
    return WEEKDAYS[to_vn(stamp).weekday()]


def format_date(stamp):
    """"06/07/2021".  Formatted field by field: a page of news cards calls this
    dozens of times and ``strftime`` is several times slower."""
    local = to_vn(stamp)
    return f"{local.day:02d}/{local.month:02d}/{local.year}"


def format_datetime(stamp, with_time=True):
    """"Thứ Ba, 06/07/2021 08:30" (the time left out when ``with_time`` is false)."""
    local = to_vn(stamp)
    text = f"{WEEKDAYS[local.weekday()]}, {local.day:02d}/{local.month:02d}/{local.year}"
    return f"{text} {local.hour:02d}:{local.minute:02d}" if with_time else text


def format_month(month, year):
    """"Tháng 7/2021"."""
    return f"Tháng {int(month)}/{int(year)}"


def iso_datetime(stamp):
    return to_vn(stamp).isoformat()


def add_filters(generator):
    # generator_init: the earliest point at which each generator's Jinja env exists.
    generator.env.filters.update(
        vi_date=format_date,
        vi_datetime=format_datetime,
        vi_weekday=weekday_name,
        vi_month=format_month,
        iso_datetime=iso_datetime,
    )


def register():
    signals.generator_init.connect(add_filters)
