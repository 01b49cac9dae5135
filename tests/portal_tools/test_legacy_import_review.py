"""The importer's doubts (review.doubts): the fields an officer should compare with the old page.

Unit checks on finished articles, then a real import into tmp_path whose report and post
carry them. How the doubts meet the wrong fields on real pages: eval_legacy_import.py --review.
"""

import yaml

from portal_tools.legacy_import import Block, LegacyArticle, format_report, import_folder
from portal_tools.legacy_import.review import doubts

TITLE = "Hội Nông dân xã Phú Thịnh tổ chức hội nghị tổng kết công tác năm 2024"
LEAD = ("Sáng ngày 20/12/2024, Hội Nông dân xã Phú Thịnh tổ chức hội nghị tổng kết công tác Hội và "
        "phong trào nông dân năm 2024, triển khai nhiệm vụ năm 2025.")
MIDDLE = ("Năm 2024, Hội đã phối hợp mở 6 lớp tập huấn chuyển giao kỹ thuật chăn nuôi, trồng trọt cho "
          "hơn 400 lượt hội viên; giới thiệu 35 hộ vay vốn ưu đãi với tổng dư nợ gần 4 tỷ đồng.")
CLOSING = ("Dịp này, Hội Nông dân xã đã khen thưởng 5 tập thể và 12 cá nhân có thành tích xuất sắc "
           "trong phong trào thi đua năm 2024.")


def article(*paragraphs, title=TITLE, author="Minh Thu") -> LegacyArticle:
    return LegacyArticle(title=title, author=author,
                         body_blocks=[Block("paragraph", text) for text in paragraphs])


def fields(found) -> list[tuple[str, ...]]:
    return [doubt.fields for doubt in found]


def test_a_plain_article_raises_no_doubt():
    assert doubts(article(LEAD, MIDDLE, CLOSING)) == []


def test_a_lead_without_its_full_stop_is_still_a_lead_when_it_opens_with_its_day():
    assert doubts(article(LEAD.rstrip("."), MIDDLE, CLOSING)) == []


def test_a_title_the_text_never_uses_is_doubted():
    found = doubts(article(LEAD, MIDDLE, CLOSING, title="Bạn quan tâm đến chuyên mục nào trên trang"))
    assert fields(found) == [("title",)]
    assert "không có trong nội dung bài" in found[0].reason


def test_a_question_or_a_lead_taken_as_title_is_doubted():
    assert fields(doubts(article(LEAD, MIDDLE, CLOSING, title="Bạn có hài lòng với Hội nghị?"))) == [("title",)]
    long_title = MIDDLE   # 38 words ending with a full stop: a paragraph, not a headline
    found = doubts(article(LEAD, MIDDLE, CLOSING, title=long_title))
    assert fields(found) == [("title",)] and "dài" in found[0].reason


def test_a_headline_or_a_label_opening_the_text_is_doubted():
    headline = "Công nhận xã Phú Thịnh đạt chuẩn nông thôn mới nâng cao năm 2024"
    assert fields(doubts(article(headline, LEAD, MIDDLE, CLOSING))) == [("first",)]
    assert fields(doubts(article("Thông báo!", LEAD, MIDDLE))) == [("first",)]
    glued = "Đăng lúc: Thứ hai - 23/12/2024 08:10 - " + LEAD
    found = doubts(article(glued, MIDDLE, CLOSING))
    assert fields(found) == [("first",)] and "nhãn" in found[0].reason


def test_a_short_last_line_is_doubted_and_named_as_a_possible_writer_when_no_byline_was_found():
    found = doubts(article(LEAD, MIDDLE, "Nhóm PV", author=None))
    assert fields(found) == [("last", "author")]
    assert "«Nhóm PV»" in found[0].reason and "author" in found[0].reason
    assert fields(doubts(article(LEAD, MIDDLE, "Bà con tham gia gói bánh"))) == [("last",)]


def test_a_last_line_announcing_what_follows_is_doubted():
    found = doubts(article(LEAD, MIDDLE, "Một số hình ảnh của hội nghị:"))
    assert fields(found) == [("last",)] and "dấu hai chấm" in found[0].reason


def test_a_byline_too_long_for_names_and_stray_file_names_are_doubted():
    author = "Ban Tổ chức trao cờ xếp loại Khá toàn đoàn cho các đơn vị tham gia"
    assert fields(doubts(article(LEAD, MIDDLE, CLOSING, author=author))) == [("author",)]
    for stray in ("DSC06921", "fac60bbdf7417fc2a20011d8b9b93e09", "查看数次"):
        found = doubts(article(LEAD, f"{MIDDLE} {stray}", CLOSING))
        assert fields(found) == [("body",)] and stray[:8] in found[0].reason


def test_the_report_and_the_post_name_what_to_compare(tmp_path):
    source, dest = tmp_path / "old", tmp_path / "posts"
    source.mkdir()
    (source / "hinh-anh.txt").write_text(
        f"{TITLE}\n\nNgày đăng: 21/12/2024 09:15\n\n{LEAD}\n\n{MIDDLE}\n\nMột số hình ảnh của hội nghị:\n",
        encoding="utf-8")
    (source / "tron-ven.txt").write_text(
        f"{TITLE} lần 2\n\nNgày đăng: 22/12/2024 10:00\n\n{LEAD}\n\n{MIDDLE}\n\n{CLOSING}\n", encoding="utf-8")
    text = format_report(import_folder(source, dest, ["Hoạt động Hội"], progress=False))
    assert "Cần xem lại: 1 bài" in text
    section = text.split("\nCẦN XEM LẠI (", 1)[1]
    assert "hinh-anh.md: đoạn cuối «Một số hình ảnh của hội nghị:» kết thúc bằng dấu hai chấm" in section
    assert "tron-ven" not in section
    post = (dest / "hinh-anh.md").read_text(encoding="utf-8")
    front = post.split("---\n")[1]
    assert "# Cần xem lại: đoạn cuối «Một số hình ảnh của hội nghị:»" in front
    assert yaml.safe_load(front)["title"] == TITLE   # the comment leaves the front matter readable
    assert "Cần xem lại" not in (dest / "tron-ven.md").read_text(encoding="utf-8")
