"""Vietnamese text and date rules, tested without Pelican."""

import datetime as dt
import unicodedata

import pytest

from vietnamese.vietnamese import (
    VN_TZ,
    DateError,
    fold,
    format_date,
    format_datetime,
    format_month,
    nfc,
    parse_post_date,
    slugify,
)


def test_day_first_date_is_never_read_month_first():
    stamp, has_time = parse_post_date("05/11/2025")
    assert (stamp.day, stamp.month, stamp.year) == (5, 11, 2025)
    assert has_time is False


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2021-07-06 08:30", (2021, 7, 6, 8, 30)),
        ("2021-07-06T08:30:15", (2021, 7, 6, 8, 30)),
        ("06/07/2021 08:30", (2021, 7, 6, 8, 30)),
        ("6/7/2021 8:30", (2021, 7, 6, 8, 30)),
        ("06/07/2021", (2021, 7, 6, 0, 0)),
    ],
)
def test_accepted_forms_give_vietnam_time(text, expected):
    stamp, _ = parse_post_date(text)
    assert (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute) == expected
    assert stamp.utcoffset() == dt.timedelta(hours=7)


def test_explicit_offset_is_converted_to_vietnam_time():
    stamp, _ = parse_post_date("2021-07-06T01:30:00Z")
    assert (stamp.hour, stamp.minute, stamp.utcoffset()) == (8, 30, dt.timedelta(hours=7))


@pytest.mark.parametrize("text", ["31/02/2021", "2021-13-01", "29/02/2023"])
def test_dates_that_do_not_exist_are_refused(text):
    with pytest.raises(DateError) as err:
        parse_post_date(text)
    assert "không tồn tại" in err.value.message


@pytest.mark.parametrize("text", ["July 6, 2021", "06-07-2021", "2021/07/06", "hôm qua", "06/07/21", "25:00"])
def test_other_forms_are_refused_with_an_example(text):
    with pytest.raises(DateError) as err:
        parse_post_date(text)
    assert "06/07/2021 08:30" in err.value.fix


def test_impossible_time_is_refused():
    with pytest.raises(DateError):
        parse_post_date("06/07/2021 24:30")


def test_fold_and_slugify_handle_d_with_stroke():
    assert fold("Đắk Đoa đoàn kết") == "dak doa doan ket"
    assert slugify("Công tác Mặt trận") == "cong-tac-mat-tran"
    assert slugify("Giám sát – Phản biện") == "giam-sat-phan-bien"
    assert slugify("Hội nghị sơ kết sáu tháng đầu năm", max_length=20) == "hoi-nghi-so-ket-sau"


def test_nfc_composes_decomposed_text():
    decomposed = unicodedata.normalize("NFD", "Mặt trận")
    assert decomposed != "Mặt trận"
    assert nfc(decomposed) == "Mặt trận"


def test_vietnamese_date_formats():
    stamp, _ = parse_post_date("06/07/2021 08:30")
    assert format_datetime(stamp) == "Thứ Ba, 06/07/2021 08:30"
    assert format_datetime(stamp, with_time=False) == "Thứ Ba, 06/07/2021"
    sunday, _ = parse_post_date("04/07/2021")
    assert format_datetime(sunday).startswith("Chủ nhật, 04/07/2021")
    assert format_month(7, 2021) == "Tháng 7/2021"


def test_date_formats_are_the_strftime_ones_in_vietnam_time():
    # Formatted field by field for speed: must stay what strftime gives, after
    # converting to Asia/Ho_Chi_Minh (17:30 UTC on the 5th is the 6th there).
    zones = [None, dt.timezone.utc, dt.timezone(dt.timedelta(hours=-5)), dt.timezone(dt.timedelta(hours=7))]
    for n in range(400):
        stamp = dt.datetime(1999 + n % 30, 1 + n % 12, 1 + n % 28, n % 24, (7 * n) % 60, tzinfo=zones[n % 4])
        local = stamp.replace(tzinfo=VN_TZ) if stamp.tzinfo is None else stamp.astimezone(VN_TZ)
        assert format_date(stamp) == local.strftime("%d/%m/%Y")
        assert format_datetime(stamp).endswith(local.strftime(", %d/%m/%Y %H:%M"))
        assert format_datetime(stamp, with_time=False).endswith(local.strftime(", %d/%m/%Y"))
    assert format_date(dt.datetime(2021, 7, 5, 17, 30, tzinfo=dt.timezone.utc)) == "06/07/2021"
