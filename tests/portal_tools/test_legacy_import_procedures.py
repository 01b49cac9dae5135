"""Administrative procedures' records (thủ tục hành chính) among the legacy pages (issue 19,
``portal_tools/legacy_import/procedures.py``): every commune portal publishes hundreds, each a
form of fields under the procedure's name. Invented records shaped like the real ones of batch 79
(a labelled name line, a headline over the fields, a tab's label and no name), imported as the
officer gets them."""

import pytest
from legacy_pages import imported  # beside this file

from portal_tools.legacy_import.extract import page_layout
from portal_tools.legacy_import.procedures import procedure_record

NAME = "Thủ tục đăng ký hoạt động tín ngưỡng tại cơ sở tín ngưỡng trên địa bàn xã"
FIELDS = [
    "Lĩnh vực: Tôn giáo Chính phủ",
    "Phòng ban xử lý: Phòng Nội vụ",
    "Trình tự thực hiện:",
    "- Bước 1: Người đại diện cơ sở tín ngưỡng gửi văn bản đăng ký đến Ủy ban nhân dân cấp xã nơi có cơ sở "
    "tín ngưỡng chậm nhất là 30 ngày trước ngày tổ chức hoạt động tín ngưỡng lần đầu trong năm.",
    "- Bước 2: Ủy ban nhân dân cấp xã xem xét văn bản đăng ký, trường hợp chưa đầy đủ, hợp lệ thì hướng dẫn "
    "người nộp bổ sung, hoàn chỉnh theo quy định trong thời hạn 05 ngày làm việc.",
    "Cách thức thực hiện: Nộp trực tiếp tại Bộ phận tiếp nhận và trả kết quả hoặc qua dịch vụ bưu chính.",
    "Thời hạn giải quyết: 15 ngày kể từ ngày nhận được văn bản đăng ký hợp lệ.",
]


def texts(article) -> list[str]:
    return [block.text for block in article.body_blocks]


@pytest.mark.parametrize("name_line", [
    f"Tên thủ tục: {NAME}",
    f"Tên thủ tục {NAME}",
    f"THỦ TỤC {NAME}",
    f"Tiêu đề: {NAME}",
    f"Thủ tục | {NAME[len('Thủ tục '):]} |",
])
def test_a_procedures_name_after_its_label_is_the_title_and_its_fields_the_text(name_line):
    expected = NAME if not name_line.startswith("Thủ tục |") else NAME[len("Thủ tục "):]
    article, front, body = imported("\n".join(["Thông tin chi tiết", name_line, *FIELDS]))
    assert article.title == expected == front["title"]
    assert texts(article)[0] == FIELDS[0] and texts(article)[-1] == FIELDS[-1]
    # a field is the record's text, whatever box it looks like ("Phòng ban xử lý: …" opens as a breadcrumb does)
    assert FIELDS[1] in texts(article)
    assert "Thông tin chi tiết" not in body and "Tên thủ tục" not in body


def test_the_headline_above_the_first_field_names_the_procedure():
    article, _, body = imported("\n".join(["Tra cứu Thủ tục hành chính", NAME, *FIELDS]))
    assert article.title == NAME and texts(article)[0] == FIELDS[0]
    assert "Tra cứu" not in body


def test_the_name_label_alone_on_its_line_is_a_field_under_the_headline():
    # "Tên thủ tục" alone, the name under it: one more field of the record, the headline above names it
    headline = "9. Thông báo về việc thay đổi địa điểm sinh hoạt tôn giáo tập trung"
    lines = [headline, "Tên thủ tục", headline[3:], *FIELDS]
    article, _, _ = imported("\n".join(lines))
    assert article.title == headline and texts(article)[0] == "Tên thủ tục"


def test_a_tabs_label_over_the_fields_names_no_procedure():
    # "CHI TIẾT DỊCH VỤ CÔNG" heads the record's box: no title is printed, the text opens at the first field
    lines = ["CÔNG DÂN", "DOANH NGHIỆP", "CHI TIẾT DỊCH VỤ CÔNG", "Mã thủ tục:", "1.008007", *FIELDS]
    article, _, body = imported("\n".join(lines))
    assert not article.title and texts(article)[0] == "Mã thủ tục:"
    assert "CHI TIẾT DỊCH VỤ CÔNG" not in body and FIELDS[-1] in texts(article)


def test_a_page_is_a_record_when_three_different_fields_open_its_lines():
    # a news item on a procedure may open a line or two with a field's name ("Lĩnh vực …", "Cách thức thực hiện: …")
    two = [NAME, FIELDS[0], FIELDS[3], FIELDS[5], FIELDS[4]]
    assert procedure_record(page_layout(two)[0]) is None
    record = procedure_record(page_layout([*two, FIELDS[6]])[0])
    assert record is not None and (record.title, record.name, record.first_field, record.last_field) == (0, NAME, 1, 5)
