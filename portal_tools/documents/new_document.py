"""A new document's file (``invoke new-van-ban``): where it goes and its prefilled front matter.

Pure: ``new_document`` returns the path relative to ``content/`` and the text,
or raises ``NewDocumentError`` with a message for the officer; ``tasks.py``
only writes the file.
"""

import yaml

from front_matter.rules import closest
from vietnamese.vietnamese import VN_TZ, fold, nfc, slugify


class NewDocumentError(ValueError):
    """The document cannot be created as asked; ``str()`` says why and what to do."""


OPTIONAL_LINES = (
    "# Bỏ dấu # ở đầu dòng nào cần dùng:",
    "# co_quan: Ban Thường trực Ủy ban MTTQ Việt Nam xã  # mặc định: {issuer}",
    "# ngay_hieu_luc: {date}",
    "# ngay_het_hieu_luc: 31/12/{year}",
    "# linh_vuc: Đại đoàn kết",
    "# thay_the: [01/KH-MTTQ]  # số/ký hiệu các văn bản mà văn bản này thay thế",
    "# bi_thay_the: []",
)
BODY = "Ghi chú hoặc toàn văn (không bắt buộc). Mỗi đoạn cách nhau một dòng trống.\n"


def pick_type(given, types):
    """The type of ``types`` that ``given`` names (compared without diacritics)."""
    listing = "; ".join(f"«{t}»" for t in types)
    if not given:
        raise NewDocumentError(f"hãy chọn loại văn bản bằng --loai, một trong: {listing}")
    match = {fold(t): t for t in types}.get(fold(given))
    if match is None:
        guess = closest(given, types)
        hint = f"có phải ý bạn là «{guess}»? " if guess else ""
        raise NewDocumentError(f"loại văn bản «{given}» không có trong danh sách — {hint}Các loại: {listing}")
    return match


def _line(key, value):
    return yaml.safe_dump({key: value}, allow_unicode=True, width=1000).strip()


def new_document(number, doc_type, summary, signer, now, types, issuer):
    """``(relative_path, text)`` of a draft document issued ``now`` (shown in +07:00)."""
    number = nfc(number or "").strip()
    if not number:
        raise NewDocumentError('hãy ghi số/ký hiệu bằng --so, ví dụ: invoke new-van-ban --so "06/KH-MTTQ" '
                               '--loai "Kế hoạch" --trich-yeu "Kế hoạch tổ chức …"')
    slug = slugify(number)
    if not slug:
        raise NewDocumentError(f"số/ký hiệu «{number}» không có chữ hay số nào")
    doc_type = pick_type(doc_type, types)
    local = now.astimezone(VN_TZ)
    date = f"{local:%d/%m/%Y}"
    lines = [
        "---",
        _line("so_ky_hieu", number),
        _line("loai", doc_type),
        _line("nguoi_ky", nfc(signer or "Họ và tên — Chức vụ")),
        f"ngay_ban_hanh: {date}  # ngày/tháng/năm",
        _line("trich_yeu", nfc(summary or "Trích yếu nội dung văn bản")),
        f"tep: files/van-ban/{local:%Y}/{slug}.pdf  # chép tệp vào content/files/van-ban/{local:%Y}/",
        "status: draft  # xoá dòng này khi văn bản đã sẵn sàng đăng",
        *(line.format(issuer=issuer, date=date, year=local.year) for line in OPTIONAL_LINES),
        "---",
        "",
        BODY,
    ]
    return f"van-ban/{local:%Y}/{slug}.md", "\n".join(lines)
