"""Does the legacy importer read a real page the same way inside another portal's frame? (issue 19)

The real pages (tests/fixtures/legacy/real) each come from one portal, with that portal's
own header, sidebar and footer, or none. A rule that holds only because of what one portal
prints around its articles breaks on the next portal. This check puts every tune page
into frames other portals print (a menu and breadcrumb, a breadcrumb ending in the title,
an accessibility toolbar and a header clock above a site's name; share buttons and a view
count under the title; a "Tin khác" list and a footer, a comment box, print and close
buttons below; a sidebar box under a bare label in capitals or title case below; the page
with its blank lines removed) and counts the pages whose fields
change: title, date, author and the body's paragraphs.

No labels are used: the answer on the page as stored is the reference, right or wrong, so
the check measures how much a decision depends on the frame, not how often it is right.
A stored copy cut in the middle of a sentence has no footer in reality; under a frame that
adds one, the cut-off line may go with the sidebar, so there its last block is not compared.

    .venv/bin/python tests/bench/frames_legacy_import.py          # pages changed per frame
    .venv/bin/python tests/bench/frames_legacy_import.py --show   # and what changed
"""

import argparse
import sys

import eval_legacy_import as ev  # beside this file; it checks the importer is this checkout's
from portal_tools.legacy_import import extract
from portal_tools.legacy_import.fields import ends_sentence
from portal_tools.legacy_import.write import read_page

MENU_AND_CRUMBS = ["Trang chủ", "Giới thiệu | Tin tức | Văn bản | Liên hệ | Hỏi đáp",
                   "Trang chủ > Tin tức > Hoạt động"]
TOOLBAR_CLOCK_SITE = ["A- A A+ | Tăng tương phản Giảm tương phản", "Thứ hai, 12/05/2025 08:15",
                      "ỦY BAN MTTQ VIỆT NAM XÃ TÂN LẬP", "Trang chủ | Giới thiệu | Tin tức | Liên hệ"]
CLOCK_SITE = ["Thứ hai, 12/05/2025 08:15", "Hội Nông dân tỉnh Tân Lập"]
NEWS_LIST_FOOTER = ["Tin khác", "Hội nghị tổng kết công tác Mặt trận năm 2023 (12/01/2024)",
                    "Trao quà Tết cho hộ nghèo xã Tân Lập (05/02/2024)",
                    "Bản quyền thuộc Ủy ban MTTQ Việt Nam xã Tân Lập", "Địa chỉ: thôn 3, xã Tân Lập",
                    "Điện thoại: 0123 456 789"]
COMMENT_BOX = ["Ý kiến bạn đọc", "Họ và tên:", "Email:", "Nội dung:", "Gửi",
               "© 2024 Hội Nông dân tỉnh. Ghi rõ nguồn khi phát hành lại thông tin từ trang này."]

SHARE_AND_VIEWS = ["Chia sẻ | Facebook | Zalo | In bài viết", "Lượt xem: 1.234"]
PRINT_BUTTONS = ["Bản in | Gửi email | Quay lại", "Đóng cửa sổ này", "Lên đầu trang"]
# A sidebar box after the article whose heading is a bare label, in capitals or in title case
# (no "Tin khác" word to end the article): its heading must not sign the article.
LABELLED_BOX = ["TIÊU ĐIỂM", "Hội nghị tổng kết công tác Mặt trận năm 2023",
                "Trao quà Tết cho hộ nghèo xã Tân Lập", "Ra mắt mô hình camera an ninh ở thôn 3"]
TITLE_CASE_BOX = ["Thể Thao", "Giải bóng chuyền nam xã Tân Lập năm 2024", "Hội thao người cao tuổi huyện"]


def _under_title(extra):
    """The lines with ``extra`` printed right under the line holding the title, if any."""
    def wrap(lines):
        title = extract(lines, ev.CATEGORIES).title
        at = next((i for i, line in enumerate(lines) if title and ev.norm(title) in ev.norm(line)), None)
        return lines if at is None else lines[: at + 1] + extra + lines[at + 1:]
    return wrap


def _crumbs_ending_in_title(lines):
    """The lines under a breadcrumb whose last crumb is the page's title, however long."""
    title = extract(lines, ev.CATEGORIES).title
    return ([f"Trang chủ > Tin tức > {title}"] if title else []) + lines


FRAMES = {
    "menu and breadcrumb above": lambda lines: MENU_AND_CRUMBS + lines,
    "breadcrumb ending in the title above": _crumbs_ending_in_title,
    "toolbar, clock and site name above": lambda lines: TOOLBAR_CLOCK_SITE + lines,
    "clock and site name above": lambda lines: CLOCK_SITE + lines,
    "news list and footer below": lambda lines: lines + NEWS_LIST_FOOTER,
    "comment box below": lambda lines: lines + COMMENT_BOX,
    "both frames": lambda lines: MENU_AND_CRUMBS + lines + NEWS_LIST_FOOTER,
    "share buttons and views under the title": _under_title(SHARE_AND_VIEWS),
    "print and close buttons below": lambda lines: lines + PRINT_BUTTONS,
    "a box under a label in capitals below": lambda lines: lines + LABELLED_BOX,
    "a box under a title-case label below": lambda lines: lines + TITLE_CASE_BOX,
    "no blank lines": lambda lines: [line for line in lines if line.strip()],
}
BELOW = {"news list and footer below", "comment box below", "both frames", "print and close buttons below",
         "a box under a label in capitals below", "a box under a title-case label below"}


def reading(lines) -> dict:
    article = extract(lines, ev.CATEGORIES)
    return {
        "title": article.title,
        "date": article.date.strftime("%d/%m/%Y %H:%M") if article.date else None,
        "author": article.author,
        "body": [ev.norm(block.text) for block in article.body_blocks],
    }


def changes(base: dict, framed: dict, *, cut_off: bool) -> list[str]:
    """The fields that differ; a cut-off page's last block may go with an added sidebar."""
    wrong = [key for key in ("title", "date", "author") if base[key] != framed[key]]
    if cut_off and len(base["body"]) >= 2:
        if framed["body"][: len(base["body"]) - 1] != base["body"][:-1]:
            wrong.append("body")
    elif framed["body"] != base["body"]:
        wrong.append("body")
    return wrong


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the pages that change and what changed")
    args = parser.parse_args(argv)
    tune, _ = ev.split(ev.load_pages())
    pages = []
    for page in tune:
        lines, _ = read_page(page["source"])
        text_lines = [line for line in lines if line.strip()]
        cut_off = bool(text_lines) and not ends_sentence(text_lines[-1])
        pages.append((page["name"], lines, reading(lines), cut_off))
    for frame, wrap in FRAMES.items():
        changed = []
        for name, lines, base, cut_off in pages:
            wrong = changes(base, reading(wrap(list(lines))), cut_off=cut_off and frame in BELOW)
            if wrong:
                changed.append((name, wrong))
        print(f"{frame}: {len(changed)}/{len(pages)} pages read differently")
        if args.show:
            for name, wrong in changed:
                print(f"    {name}: {', '.join(wrong)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
