"""Pure core of Hỏi đáp: read and check one question file.

A question is a Markdown file with YAML front matter (the question, who asked
it, when) whose body is the answer.  ``read_question(data, path)`` returns
``(fields or None, problems, answered)``: a file with neither an answer nor
an answer date is a question not answered yet — kept out of every page, feed
and search record, and not an error.  Problems are ``ContentProblem``s with
file, line, what is wrong and what to write instead, as for posts.
"""

import datetime as dt
from dataclasses import dataclass, field

from front_matter.rules import ContentProblem, closest, decode, read_fields, split_front_matter
from vietnamese.vietnamese import DateError, fold, nfc, parse_post_date, slugify

REQUIRED = ("title", "question", "asked")
ANSWER_KEYS = ("answered", "answered_by")
OPTIONAL = ("asker", "village", "topic", "position", "slug")
KEYS = REQUIRED + ANSWER_KEYS + OPTIONAL
DEFAULT_ASKER = "Bạn đọc"
EXAMPLE = """---
title: "Hộ cận nghèo có được hỗ trợ mua bảo hiểm y tế không?"
question: |
  Gia đình tôi thuộc hộ cận nghèo. Xin hỏi có được hỗ trợ tiền mua thẻ bảo hiểm y tế không?
asker: Nguyễn Văn Bình
village: Thôn Dương Lâm 1
asked: 02/09/2026
topic: An sinh xã hội
answered: 10/09/2026
answered_by: Trần Văn Lợi
position: Phó Chủ tịch Ủy ban MTTQ Việt Nam xã
---

Nội dung trả lời…"""
SLUG_MAX_LENGTH = 80


@dataclass
class Topic:
    name: str
    slug: str
    url: str = ""
    save_as: str = ""
    questions: list = field(default_factory=list)


@dataclass
class Question:
    """An answered question, as the pages show it."""

    title: str
    slug: str
    question: str  # plain text; paragraphs split by blank lines
    asker: str
    village: str
    asked: dt.datetime
    answered: dt.datetime
    answered_by: str
    position: str
    topic_name: str
    source_path: str
    lines: dict
    answer_html: str = ""
    url: str = ""
    save_as: str = ""
    topic: Topic | None = None

    @property
    def date(self):  # what the sitemap and the feeds sort and date by
        return self.answered

    @property
    def paragraphs(self):
        return [" ".join(p.split()) for p in self.question.split("\n\n") if p.strip()]


def read_question(data, path):
    """``(Question or None, problems, answered)`` of a file's bytes; ``answer_html`` left empty
    (the adapter converts the body, returned as ``question.body``)."""
    text, problem = decode(data, path)
    if problem:
        return None, [problem], True
    parts, problems = split_front_matter(text, path)
    if problems:
        return None, problems, True
    yaml_text, body, _ = parts
    fields, problems = read_fields(yaml_text, 2, path)
    if problems:
        return None, problems, True
    by_key = {f.key: f for f in fields}
    has_answer = bool(body.strip())
    if not has_answer and not any(key in by_key for key in ANSWER_KEYS):
        return None, [], False  # not answered yet: never published, not an error
    problems = []

    def problem(line, message, fix):
        problems.append(ContentProblem(path, line, message, fix))

    for f in fields:
        if f.key not in KEYS:
            problem(f.line, f"câu hỏi không có mục «{f.key}»",
                    f"viết «{closest(f.key, KEYS)}:» (các mục được dùng: {', '.join(KEYS)})")
    for key in REQUIRED + ANSWER_KEYS:
        if key not in by_key:
            problem(1, f"thiếu mục «{key}»", f"thêm dòng «{key}: …» vào phần thông tin, theo mẫu:\n{EXAMPLE}")
    if not has_answer:
        problem(by_key[ANSWER_KEYS[0]].line if ANSWER_KEYS[0] in by_key else by_key["answered_by"].line,
                "đã ghi người/ngày trả lời nhưng chưa có nội dung trả lời",
                "viết nội dung trả lời bên dưới dòng --- đóng phần thông tin, hoặc xoá các dòng answered, "
                "answered_by nếu câu hỏi chưa được trả lời (câu hỏi chưa trả lời không được đăng)")
    values = {}
    for key in ("title", "question", "asker", "village", "topic", "answered_by", "position", "slug"):
        if key not in by_key:
            continue
        f = by_key[key]
        value = f.value
        if not isinstance(value, (str, int, float)) or isinstance(value, bool) or not nfc(str(value)).strip():
            problem(f.line, f"«{key}» phải là chữ và không được để trống", f"viết nội dung sau «{key}:»")
            continue
        value = nfc(str(value)).strip()
        values[key] = value if key == "question" else " ".join(value.split())
    dates = {}
    for key in ("asked", "answered"):
        if key not in by_key:
            continue
        try:
            dates[key] = parse_post_date(by_key[key].value)[0]
        except DateError as err:
            problem(by_key[key].line, f"«{key}»: {err.message}", err.fix)
    if "asked" in dates and "answered" in dates and dates["answered"] < dates["asked"]:
        problem(by_key["answered"].line, "ngày trả lời trước ngày hỏi",
                "kiểm tra lại hai ngày (ngày trước, tháng sau)")
    if "slug" in values and values["slug"] != slugify(values["slug"]):
        problem(by_key["slug"].line, f"slug «{values['slug']}» có dấu, chữ hoa hoặc dấu cách",
                f"viết slug: {slugify(values['slug'])}")
    if problems:
        return None, problems, True
    question = Question(
        title=values["title"],
        slug=values.get("slug") or slugify(values["title"], SLUG_MAX_LENGTH),
        question=values["question"],
        asker=values.get("asker") or DEFAULT_ASKER,
        village=values.get("village", ""),
        asked=dates["asked"],
        answered=dates["answered"],
        answered_by=values["answered_by"],
        position=values.get("position", ""),
        topic_name=values.get("topic", ""),
        source_path=path,
        lines={f.key: f.line for f in fields},
    )
    question.body = body
    return question, [], True


def newest_first(questions):
    """By answer date, newest first; ties broken by slug so every build orders alike."""
    return sorted(questions, key=lambda q: (-q.answered.timestamp(), q.slug))


def group_topics(questions):
    """``[Topic]`` by name (sorted without diacritics), each with its questions newest first."""
    topics = {}
    for question in newest_first(questions):
        if not question.topic_name:
            continue
        slug = slugify(question.topic_name)
        topic = topics.setdefault(slug, Topic(question.topic_name, slug))
        topic.questions.append(question)
        question.topic = topic
    return sorted(topics.values(), key=lambda t: fold(t.name))


def duplicate_slugs(questions):
    by_slug = {}
    for question in questions:
        by_slug.setdefault(question.slug, []).append(question)
    problems = []
    for slug, group in sorted(by_slug.items()):
        if len(group) > 1:
            names = ", ".join(sorted(q.source_path for q in group))
            for question in group:
                problems.append(ContentProblem(
                    question.source_path, question.lines.get("slug") or question.lines.get("title", 1),
                    f"trùng địa chỉ trang với câu hỏi khác ({names}) → {slug}",
                    "đổi tiêu đề hoặc thêm dòng slug: <ten-khac-khong-dau> cho một trong các câu hỏi"))
    return problems
