"""Photo captions the importer must keep (issue 19's hard rule: no page loses a paragraph),
each on an invented page shaped like the real page whose loss prompted the rule (session 11,
two losses on batch 14): what the officer gets is checked on the Markdown the importer writes."""

import pytest
from legacy_pages import imported  # beside this file

from portal_tools.legacy_import import boilerplate as bp
from portal_tools.legacy_import.fields import names_person_with_role


TITLE = "Hội Cựu chiến binh xã Hòa Bình thăm hỏi hội viên khó khăn"
P1 = ("Chiều ngày 05/9/2023, Hội Cựu chiến binh xã Hòa Bình đã tổ chức thăm hỏi, tặng quà cho 15 hội "
      "viên có hoàn cảnh khó khăn, đau ốm dài ngày trên địa bàn xã.")
P2 = ("Mỗi suất quà gồm tiền mặt và nhu yếu phẩm trị giá 500.000 đồng, do các nhà hảo tâm trong và "
      "ngoài xã ủng hộ thông qua Quỹ Nghĩa tình đồng đội của Hội.")


def paragraphs(body: str) -> list[str]:
    return [" ".join(p.split()) for p in body.strip().split("\n\n") if p.strip()]


# -- a role's abbreviation glued to the name by a hyphen ------------------------------------
CAPTION = ("Ông Trần Văn Hùng-HUV, Chủ tịch Hội CCB xã\n"
           "và ông Lê Minh Tâm-UVBTV, Trưởng ban Tuyên giáo trao quà cho hội viên")


@pytest.mark.parametrize("text", [
    "Đ/c Nguyễn Thị Hoa-UVBTV, Trưởng ban Dân vận trao quà",
    "Bà Lê Thị Lan–HUV, Chủ tịch Hội LHPN huyện phát biểu",
])
def test_a_role_glued_to_the_name_by_a_hyphen_is_a_caption_naming_a_person(text):
    assert names_person_with_role(text)


@pytest.mark.parametrize("text", [
    "Ông Y-Moan Niê - Bí thư chi bộ thôn",        # a hyphen inside an ethnic name is no role
    "Đồng chí Lê Văn Tám-Người con của quê hương",  # no role abbreviation after the hyphen
])
def test_a_hyphen_inside_a_name_or_before_words_is_no_glued_role(text):
    assert not names_person_with_role(text)


def test_a_caption_with_glued_roles_over_two_lines_above_the_text_is_kept_not_the_title():
    # A stored copy that starts with a photo's caption: the caption stays in the text (after the
    # lead, as every caption naming a person and their role), the page has no title.
    article, front, body = imported(f"{CAPTION}\n{P1}\n\n{P2}")
    caption = " ".join(CAPTION.split())
    assert not front["title"]
    assert paragraphs(body) == [P1, caption, P2]


def test_a_caption_with_glued_roles_under_the_title_goes_after_the_lead():
    _, front, body = imported(f"{TITLE}\n\n{CAPTION}\n\n{P1}\n\n{P2}")
    assert front["title"] == TITLE
    assert paragraphs(body) == [P1, " ".join(CAPTION.split()), P2]


# -- advertising words inside a caption -----------------------------------------------------
@pytest.mark.parametrize("line", [
    "Quảng cáo", "Banner Ủy ban MTTQ tỉnh (slide-2)", "Site banner", "image advertisement",
    "Liên hệ quảng cáo: 0236.3822.111", "Vị trí quảng cáo",
])
def test_an_advertising_slots_label_is_a_widget(line):
    assert bp.classify_line(line) == bp.WIDGET


@pytest.mark.parametrize("line", [
    "Đoàn viên tháo dỡ biển quảng cáo, rao vặt trái phép trên tuyến đường",
    "Lực lượng xung kích ra quân xóa quảng cáo sai quy định",
])
def test_a_caption_that_mentions_advertising_boards_is_no_widget(line):
    assert bp.classify_line(line) is None
    _, front, body = imported(f"{TITLE}\n\n{P1}\n\n{P2}\n\n{line}\n\nLê Văn Tám")
    assert front["author"] == "Lê Văn Tám"
    assert paragraphs(body) == [P1, P2, line]


# -- captions after the text that retell it -------------------------------------------------
GREEN = ("Sáng ngày 14/4/2024, Đoàn xã Tân Lập ra quân ngày Chủ nhật xanh với các hoạt động: thu gom rác "
         "thải ven kênh mương nội đồng; phát quang bụi rậm trên các tuyến đường liên ấp; trồng hoa dọc "
         "tuyến đường vào trung tâm xã.")
MORE = ("Hoạt động thu hút hơn 120 đoàn viên, thanh niên tham gia, góp phần xây dựng cảnh quan môi "
        "trường xanh, sạch, đẹp trên địa bàn xã.")
TOLD = ["Đoàn viên thu gom rác thải ven kênh mương nội đồng ấp 3",
        "Phát quang bụi rậm trên tuyến đường liên ấp Tân Hòa"]


def test_captions_after_the_text_that_retell_it_stay_when_the_page_ends_there():
    _, _, body = imported(f"{TITLE}\n\n{GREEN}\n\n{MORE}\n\n{TOLD[0]}\n\n{TOLD[1]}")
    assert paragraphs(body) == [GREEN, MORE, *TOLD]


def test_headlines_after_the_text_that_retell_nothing_stay_out():
    sidebar = ["Hội nghị tổng kết công tác Mặt trận năm 2023 của xã",
               "Ra mắt mô hình dân vận khéo tại ấp Tân Hòa năm 2024"]
    _, _, body = imported(f"{TITLE}\n\n{GREEN}\n\n{MORE}\n\n{sidebar[0]}\n\n{sidebar[1]}")
    assert paragraphs(body) == [GREEN, MORE]


def test_a_units_name_printed_in_the_text_and_after_it_retells_nothing():
    text = GREEN.replace("Đoàn xã Tân Lập", "Ban Chấp hành Đoàn Thanh niên Xã Tân Lập Huyện Châu Thành")
    footer = "Ban Chấp hành Đoàn Thanh niên Xã Tân Lập"
    _, _, body = imported(f"{TITLE}\n\n{text}\n\n{MORE}\n\n{footer}\n\nHội nghị tổng kết công tác Mặt trận năm 2023")
    assert paragraphs(body) == [text, MORE]
