"""An administrative procedure's record (thủ tục hành chính) among the legacy pages (issue 19).

Every commune, ward and district portal publishes its procedures one page each: no article
but a form of fields ("Lĩnh vực", "Trình tự thực hiện", "Cách thức thực hiện", "Thành phần
hồ sơ", "Thời hạn giải quyết", "Lệ phí", "Căn cứ pháp lý" …, rules.toml ``[procedures]``). The
article rules read such a page badly: a field's short line looks like a headline, the name of
the procedure like a caption. Read as a record, its title is the procedure's name, printed
after a label on its own line ("Tên thủ tục: …", "THỦ TỤC Thủ tục …") or as the headline above
the first field; the fields under it are the text, the field names included.
"""

from __future__ import annotations

from typing import NamedTuple

from . import boilerplate as bp
from .decode import fold
from .fields import ends_sentence, words
from .rules import rules

# The procedure's name, printed as a headline, has a few words at least ("Thủ tục đăng ký
# hoạt động tín ngưỡng"); a tab's or a box's label above the fields ("CHI TIẾT DỊCH VỤ CÔNG")
# has fewer, or is in capitals.
_NAME_MIN_WORDS = 6


def field_name(text: str) -> str | None:
    """The field a line opens with (folded: "trinh tu thuc hien"), or None."""
    found = rules().procedure_field.match(fold(text).strip())
    return found.group(1) if found else None


class Record(NamedTuple):
    """Where a procedure's record stands on its page (row indexes)."""

    title: int | None    # the row printing the procedure's name; None when no name stands above the fields
    name: str | None     # the name, without the label printed before it
    first_field: int
    last_field: int


def procedure_record(rows) -> Record | None:
    """The procedure's record the page is, or None when fewer than ``procedures.min_fields`` different
    fields open its lines. ``rows``: the page's rows (``layout.Row``)."""
    table = rules()
    named, fields = None, []
    for k, row in enumerate(rows):
        if not row.content:
            continue
        folded = fold(row.text).strip()
        labelled = table.procedure_name_label.match(folded)
        if labelled and words(row.text) >= _NAME_MIN_WORDS and not folded.startswith(_SECTION_NAME):
            if named is None and all(bp.is_upper_line(rows[m].text) for m, _ in fields):
                # (a tab's label in capitals may stand above it: "CƠ QUAN THỰC HIỆN")
                named = (k, _name_after_label(row.text.strip(), labelled))
            continue
        name = field_name(row.text)
        if name is not None:
            fields.append((k, name))
    if len({name for _, name in fields}) < table.procedure_min_fields:
        return None
    first, last = fields[0][0], fields[-1][0]
    if named is not None:
        return Record(*named, first, last)
    above = [k for k in range(first) if rows[k].content]
    text = rows[above[-1]].text.strip() if above else ""
    if text and bp.is_upper_line(text) and words(text) < _NAME_MIN_WORDS:
        # a tab's or a box's label over the fields ("CHI TIẾT DỊCH VỤ CÔNG") names no procedure: the record opens
        # at its first field
        return Record(None, None, first, last)
    if words(text) < _NAME_MIN_WORDS or ends_sentence(text) or text.endswith(":"):
        return None   # (an empty field above the others, "Cơ quan ban hành:": the article rules find the headline)
    return Record(above[-1], text, first, last)


# "Thủ tục hành chính cấp xã": the section's name above a record, no procedure's (folded)
_SECTION_NAME = "thu tuc hanh chinh"


def _name_after_label(text: str, label) -> str:
    """The procedure's name on its labelled line: what follows its label ("Tên thủ tục:", "Thủ tục |", "Tiêu đề:",
    "THỦ TỤC" typed before a name that repeats it). Only "Thủ tục" with no mark after it may be the name's own
    first word ("Thủ tục đăng ký hoạt động tín ngưỡng"): then the line is the name whole."""
    rest = text[label.end():].strip()   # (folding keeps an NFC line's length: the label ends at the same place)
    if label.group(1) or not fold(text).startswith("thu tuc") or fold(rest).startswith("thu tuc "):
        return rest.strip("| ")
    return text
