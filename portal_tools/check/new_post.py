"""A new post's file: where it goes and the front matter it starts with.

Pure: ``new_post`` takes the title, category, author and time and returns the
relative path and the text, or raises ``NewPostError`` with a message for the
officer; ``tasks.py`` only writes the file.
"""

import json

from front_matter.rules import closest
from vietnamese.vietnamese import VN_TZ, fold, nfc, slugify


class NewPostError(ValueError):
    """The post cannot be created as asked; ``str()`` says why and what to do."""


BODY = "Viết nội dung bài ở đây. Mỗi đoạn cách nhau một dòng trống.\n"

OPTIONAL_LINES = (
    "# Bỏ dấu # ở đầu dòng nào cần dùng:",
    "# tags: [chủ đề 1, chủ đề 2]",
    '# summary: "Một, hai câu tóm tắt hiện dưới tiêu đề."',
    "# image: images/{year}/ten-anh.jpg",
    '# image_alt: "Mô tả ngắn nội dung ảnh cho người khiếm thị"',
    '# image_caption: "Chú thích ảnh"',
    "# featured: true",
)


def pick_category(given, categories):
    """The category from ``PORTAL_CATEGORIES`` that ``given`` names (case and
    diacritics must match once folded); ``NewPostError`` otherwise."""
    listing = "; ".join(f"«{c}»" for c in categories)
    if not given:
        raise NewPostError(f"hãy chọn chuyên mục bằng --category, một trong: {listing}")
    by_fold = {fold(c): c for c in categories}
    match = by_fold.get(fold(given))
    if match is None:
        guess = closest(given, categories)
        hint = f"có phải ý bạn là «{guess}»? " if guess else ""
        raise NewPostError(f"chuyên mục «{given}» không có trong danh sách — {hint}Các chuyên mục: {listing}")
    return match


def new_post(title, category, author, now, slug=None):
    """``(relative_path, text)`` of a draft post dated ``now`` (shown in +07:00)."""
    title = nfc(title or "").strip()
    if not title:
        raise NewPostError('hãy viết tiêu đề trong dấu nháy kép, ví dụ: invoke new "Hội nghị cử tri thôn Đông Sơn"')
    slug = slugify(slug or title)
    if not slug:
        raise NewPostError("tiêu đề không có chữ nào để làm địa chỉ bài — thêm --slug ten-bai-khong-dau")
    local = now.astimezone(VN_TZ)
    lines = [
        "---",
        f"title: {json.dumps(title, ensure_ascii=False)}",
        f"date: {local:%d/%m/%Y %H:%M}  # giờ Việt Nam (+07:00)",
        f"category: {json.dumps(category, ensure_ascii=False) if any(c in category for c in ':#') else category}",
        f"author: {json.dumps(nfc(author), ensure_ascii=False)}",
        "status: draft  # đổi thành published (hoặc xoá dòng này) khi bài đã sẵn sàng đăng",
        *(line.format(year=local.year) for line in OPTIONAL_LINES),
        "---",
        "",
        BODY,
    ]
    return f"posts/{local:%Y}/{slug}.md", "\n".join(lines)
