"""Examples of components/question_answer.html."""

from component_fixtures import question

NESTS = ["prose"]


def text(node):
    return " ".join(node.get_text(" ").split())


def check_answered(root, soup):
    asked, answer = root.select(":scope > section.ct-question-answer__part")
    assert "ct-question-answer__part--question" in asked["class"]
    assert asked["aria-labelledby"] == asked.h2["id"] and asked.h2.get_text() == "Câu hỏi"
    who = text(asked.select_one(".ct-question-answer__who"))
    assert who == "Nguyễn Văn Bình, Thôn Dương Lâm 1 — hỏi ngày 02/09/2026"
    assert asked.time["datetime"] == "2026-09-02T00:00:00+07:00"
    assert [p.get_text() for p in asked.select(".ct-prose p")] == [
        "Gia đình tôi thuộc hộ cận nghèo.", "Xin hỏi có được hỗ trợ tiền mua thẻ bảo hiểm y tế không?"]
    assert answer["aria-labelledby"] == answer.h2["id"] and answer.h2.get_text() == "Trả lời"
    assert text(answer.select_one(".ct-question-answer__who")) == (
        "Trần Văn Lợi, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã — trả lời ngày 10/09/2026")
    assert answer.select_one(".ct-prose strong").get_text() == "70%"  # the answer's safe HTML kept


def check_question_as_text(root, soup):
    asked = root.select_one(".ct-question-answer__part--question .ct-prose")
    assert asked.get_text() == "Có <b>in đậm</b> không?" and asked.b is None  # the question is plain text, escaped
    assert text(root.select_one(".ct-question-answer__who")) == "Bạn đọc — hỏi ngày 02/09/2026"


def examples():
    return {
        "answered, asker named": {"params": {"question": question()}, "check": check_answered},
        "the question is text": {"params": {"question": question(question="Có <b>in đậm</b> không?", asker="Bạn đọc",
                                                                 village="")}, "check": check_question_as_text},
    }
