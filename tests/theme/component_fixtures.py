"""Small, realistic inputs for the component examples in ``tests/theme/components/``:
posts, photos, people, documents, questions and schedules as the plugins hand them to the templates (attributes read
by Jinja the same way on these objects as on Pelican's)."""

import datetime as dt
from types import SimpleNamespace

from questions.entries import Question, Topic
from work_schedule.data import Day, Item

VN = dt.timezone(dt.timedelta(hours=7), "Asia/Ho_Chi_Minh")
SITE = "https://mttq-hoaphong.example.gov.vn"  # SITEURL of publishconf.py


def when(day, month, year, hour=8, minute=30):
    return dt.datetime(year, month, day, hour, minute, tzinfo=VN)


def named(name, url):
    return SimpleNamespace(name=name, url=url, slug=url.rstrip("/").rsplit("/", 1)[-1])


def photo(name="ngay-hoi", alt="Người dân dự ngày hội", caption="Quang cảnh ngày hội"):
    """A ``featured_image`` as the photos plugin provides it."""
    base = f"{SITE}/media/{name}"
    return {
        "src": f"{base}-960.jpg", "srcset": f"{base}-480.jpg 480w, {base}-960.jpg 960w",
        "srcset_webp": f"{base}-480.webp 480w, {base}-960.webp 960w",
        "sizes": "(min-width: 48rem) 45rem, 100vw", "width": 960, "height": 720,
        "alt": alt, "caption": caption,
        "thumb": {"src": f"{base}-240.jpg", "webp": f"{base}-240.webp", "width": 240, "height": 180},
    }


def post(title, slug, date, category=("Hoạt động Mặt trận", "chuyen-muc/hoat-dong-mat-tran/"),
         image=None, summary=""):
    return SimpleNamespace(
        title=title, url=f"tin-tuc/{date.year}/{slug}/", date=date, category=named(*category),
        featured_image=image, summary=summary,
    )


HOI_NGHI = post("Hội nghị hiệp thương lần thứ nhất", "hoi-nghi-hiep-thuong", when(6, 3, 2026))
NGAY_HOI = post("Ngày hội Đại đoàn kết tại thôn Đông Sơn", "ngay-hoi-dong-son", when(15, 11, 2025, 7, 0),
                category=("Đại đoàn kết", "chuyen-muc/dai-doan-ket/"), image=photo(),
                summary="<p>Hơn 400 người dân thôn Đông Sơn vui <em>ngày hội</em>.</p>")
TRAO_QUA = post("Trao 320 suất quà Tết cho hộ nghèo", "trao-qua-tet", when(20, 1, 2025),
                category=("An sinh xã hội", "chuyen-muc/an-sinh-xa-hoi/"), image=photo("trao-qua", "Trao quà"))


def document(**extra):
    """A document as the van_ban plugin hands it to the templates."""
    values = dict(
        number="06/KH-MTTQ", type="Kế hoạch", issuer="Ủy ban MTTQ xã", signer="Nguyễn Văn A — Chủ tịch",
        issued=when(14, 10, 2024, 0, 0), effective=None, expires=None, field="Đại đoàn kết",
        summary="Kế hoạch tổ chức Ngày hội <Đại đoàn kết>", url="van-ban/06-kh-mttq/", title="Kế hoạch số 06/KH-MTTQ",
        validity="Còn hiệu lực", validity_slug="con-hieu-luc", replaces_documents=[], replaced_by_documents=[],
        attachments=[{"url": "files/van-ban/06.pdf", "name": "06.pdf", "format": "PDF", "type": "application/pdf",
                      "size_text": "245 KB", "searchable": True}],
    )
    values.update(extra)
    return SimpleNamespace(**values)


AN_SINH = Topic("An sinh xã hội", "an-sinh-xa-hoi", url="hoi-dap/chu-de/an-sinh-xa-hoi/")


def question(**extra):
    """An answered question as the questions plugin hands it to the templates."""
    fields = dict(
        title="Hộ cận nghèo có được hỗ trợ mua bảo hiểm y tế không?", slug="ho-can-ngheo-bhyt",
        question="Gia đình tôi thuộc hộ cận nghèo.\n\nXin hỏi có được hỗ trợ tiền mua thẻ bảo hiểm y tế không?",
        asker="Nguyễn Văn Bình", village="Thôn Dương Lâm 1", asked=when(2, 9, 2026, 0, 0),
        answered=when(10, 9, 2026, 0, 0), answered_by="Trần Văn Lợi",
        position="Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", topic_name="An sinh xã hội", source_path="hoi-dap/bhyt.md",
        lines={}, answer_html="<p>Có. Hộ cận nghèo được ngân sách hỗ trợ <strong>70%</strong> mức đóng.</p>",
        url="hoi-dap/ho-can-ngheo-bhyt/", topic=AN_SINH)
    fields.update(extra)
    return Question(**fields)


TUESDAY = dt.date(2026, 9, 15)


def work_day():
    """Tuesday of week 38 as the work_schedule plugin reads it (items in the day's order)."""
    return Day(TUESDAY, note="Cả ngày làm việc tại các thôn", items=[
        Item(TUESDAY, dt.time(8, 0), None, "Tiếp xúc cử tri", "Hội trường UBND xã"),
        Item(TUESDAY, dt.time(14, 0), dt.time(16, 30), "Kiểm tra nhà Đại đoàn kết", "Thôn Trạm Nhạn",
             [("Chủ trì", "Phó Chủ tịch Ủy ban MTTQ xã"), ("Thành phần", "Trưởng Ban công tác Mặt trận thôn")]),
    ])
