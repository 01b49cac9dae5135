"""Pure core of the document library: check one document's fields, then the library.

Nothing here imports Pelican.  ``check_document`` turns the ``Field``s of one
file's front matter (``front_matter.rules.read_fields``) into a ``Document`` or
``ContentProblem``s; ``check_library`` checks what needs every document
(duplicate numbers, ``thay_the`` / ``bi_thay_the`` naming a number that does
not exist) and links each document to the ones it replaces and that replace it;
``validity`` says whether a document is in force on a given day; ``facets``
counts the documents by type, issuer, year and field.
"""

import datetime as dt
import dataclasses
from dataclasses import dataclass

from front_matter.rules import ContentProblem, closest, resolve_content_path, string_list, text_value
from vietnamese.vietnamese import DateError, fold, nfc, parse_post_date, slugify

REQUIRED_KEYS = ("so_ky_hieu", "loai", "nguoi_ky", "ngay_ban_hanh", "trich_yeu", "tep")
OPTIONAL_KEYS = (
    "co_quan", "ngay_hieu_luc", "ngay_het_hieu_luc", "linh_vuc", "thay_the", "bi_thay_the", "status",
)
STATUSES = ("published", "draft")

IN_FORCE, EXPIRED, NOT_YET = "Còn hiệu lực", "Hết hiệu lực", "Chưa có hiệu lực"

EXAMPLE = (
    "---\nso_ky_hieu: 06/KH-MTTQ\nloai: Kế hoạch\nnguoi_ky: Nguyễn Văn A — Chủ tịch\n"
    "ngay_ban_hanh: 14/10/2024\ntrich_yeu: Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024\n"
    "tep: files/van-ban/2024/06-kh-mttq.pdf\n---"
)

# Facets of the filter pages: (key in the URL, label, attribute of a Document).
FACETS = (
    ("loai", "Loại văn bản", "type"),
    ("co-quan", "Cơ quan ban hành", "issuer"),
    ("nam", "Năm ban hành", "year"),
    ("linh-vuc", "Lĩnh vực", "field"),
)


@dataclass
class Document:
    """One document of the library, as the templates show it."""

    source_path: str
    number: str
    type: str
    issuer: str
    signer: str
    issued: dt.datetime
    summary: str
    files: list  # paths relative to content/, checked by attachments.py later
    field: str = ""
    effective: dt.datetime = None
    expires: dt.datetime = None
    replaces: list = dataclasses.field(default_factory=list)  # numbers, as written
    replaced_by: list = dataclasses.field(default_factory=list)
    status: str = "published"
    body: str = ""  # Markdown, converted by the adapter
    lines: dict = dataclasses.field(default_factory=dict)  # key -> line in the file
    slug: str = ""

    @property
    def year(self):
        return str(self.issued.year)




def number_key(number):
    """How two numbers are compared: case, spaces and diacritics aside."""
    return fold("".join(number.split()))


def check_document(fields, path, types, default_issuer):
    """``(Document or None, problems, warnings)`` of one file's front matter."""
    problems, warnings, values, lines = [], [], {}, {}

    def problem(line, message, fix):
        problems.append(ContentProblem(path, line, message, fix))

    seen = {f.key: f for f in fields}
    for key in REQUIRED_KEYS:
        if key not in seen:
            problem(1, f"thiếu trường bắt buộc «{key}»",
                    f"thêm dòng «{key}: ...» vào phần thông tin giữa hai dòng ---, ví dụ:\n{EXAMPLE}")
    for f in fields:
        key, line = f.key, f.line
        lines[key] = line
        if key in ("so_ky_hieu", "nguoi_ky", "trich_yeu", "co_quan", "linh_vuc"):
            value = text_value(f.value)
            if not value:
                problem(line, f"«{key}» phải là một dòng chữ và không được để trống",
                        f"viết nội dung sau «{key}:», ví dụ:\n{EXAMPLE}")
            else:
                values[key] = value
        elif key == "loai":
            name = text_value(f.value) or ""
            match = {fold(t): t for t in types}.get(fold(name))
            if match is None:
                guess = closest(name, types) if name else None
                problem(line, f"loại văn bản «{name}» không có trong danh sách",
                        (f"có phải ý bạn là «{guess}»? " if guess else "")
                        + "Các loại được dùng: " + "; ".join(types))
            else:
                values[key] = match
        elif key in ("ngay_ban_hanh", "ngay_hieu_luc", "ngay_het_hieu_luc"):
            try:
                stamp, _ = parse_post_date(f.value)
            except DateError as err:
                # a document's dates have no time: the example drops the one posts show
                problem(line, f"«{key}»: {err.message}", err.fix.replace(" giờ:phút", "").replace(" 08:30", ""))
            else:
                values[key] = stamp
        elif key in ("tep", "thay_the", "bi_thay_the"):
            items = string_list(f.value) if f.value is not None else []
            if items is None or (key == "tep" and not items):
                problem(line, f"«{key}» phải là một hoặc nhiều dòng chữ",
                        f"viết {key}: [mục 1, mục 2] hoặc mỗi mục một dòng bắt đầu bằng «- »")
            elif key == "tep":
                relative = []
                for item in items:
                    resolved = resolve_content_path(item)
                    if resolved is None or not resolved.startswith("files/"):
                        problem(line, f"tệp đính kèm «{item}» phải nằm trong thư mục content/files/",
                                "chép tệp vào content/files/van-ban/<năm>/ và viết tep: files/van-ban/<năm>/<tên-tệp>.pdf")
                    else:
                        relative.append(resolved)
                values[key] = relative
            else:
                values[key] = items
        elif key == "status":
            status = text_value(f.value)
            if status not in STATUSES:
                problem(line, f"trạng thái «{f.value}» không hợp lệ",
                        "viết status: published (đăng) hoặc status: draft (bản nháp)")
            else:
                values[key] = status
        else:
            guess = closest(key, REQUIRED_KEYS + OPTIONAL_KEYS)
            warnings.append(ContentProblem(path, line, f"trường «{key}» không được dùng và sẽ bị bỏ qua",
                                           f"có phải ý bạn là «{guess}»?" if guess else "xoá dòng này"))
    issued = values.get("ngay_ban_hanh")
    for key, label in (("ngay_hieu_luc", "ngày có hiệu lực"), ("ngay_het_hieu_luc", "ngày hết hiệu lực")):
        if issued and values.get(key) and values[key].date() < issued.date():
            problem(lines[key], f"{label} «{values[key]:%d/%m/%Y}» sớm hơn ngày ban hành «{issued:%d/%m/%Y}»",
                    f"sửa «{key}» thành một ngày từ {issued:%d/%m/%Y} trở đi (ngày/tháng/năm)")
    start, end = values.get("ngay_hieu_luc"), values.get("ngay_het_hieu_luc")
    if start and end and end.date() <= start.date():
        problem(lines["ngay_het_hieu_luc"], "ngày hết hiệu lực không sau ngày có hiệu lực",
                "kiểm tra lại hai ngày: ngay_het_hieu_luc phải sau ngay_hieu_luc")
    if problems or any(k not in values for k in REQUIRED_KEYS):
        return None, problems, warnings
    number = values["so_ky_hieu"]
    document = Document(
        source_path=path, number=number, type=values["loai"],
        issuer=values.get("co_quan") or default_issuer, signer=values["nguoi_ky"], issued=issued,
        summary=values["trich_yeu"], files=values["tep"], field=values.get("linh_vuc", ""),
        effective=values.get("ngay_hieu_luc"), expires=values.get("ngay_het_hieu_luc"),
        replaces=values.get("thay_the", []), replaced_by=values.get("bi_thay_the", []),
        status=values.get("status", "published"), lines=lines, slug=slugify(number),
    )
    if not document.slug:
        problems.append(ContentProblem(path, lines["so_ky_hieu"], f"số/ký hiệu «{number}» không có chữ hay số nào",
                                       "viết số/ký hiệu như trên văn bản, ví dụ so_ky_hieu: 06/KH-MTTQ"))
        return None, problems, warnings
    return document, problems, warnings


@dataclass
class Library:
    """The published documents, newest first, linked to each other."""

    documents: list
    replaces: dict  # number key -> [Document it replaces]
    replaced_by: dict  # number key -> [Document replacing it]

    def replacing(self, document):
        return self.replaced_by.get(number_key(document.number), [])

    def replaced(self, document):
        return self.replaces.get(number_key(document.number), [])


def _order(document):
    """Newest first; equal dates by number, so every build orders alike."""
    return (-document.issued.timestamp(), number_key(document.number))


def check_library(documents):
    """``(Library, problems)``: numbers unique (slugs too), every ``thay_the`` and
    ``bi_thay_the`` naming a published document; drafts left out of the library."""
    problems = []
    by_key, by_slug = {}, {}
    for document in sorted(documents, key=lambda d: d.source_path):
        line = document.lines.get("so_ky_hieu", 1)
        for index, key in ((by_key, number_key(document.number)), (by_slug, document.slug)):
            other = index.get(key)
            if other is not None and other is not document:
                problems.append(ContentProblem(
                    document.source_path, line,
                    f"số/ký hiệu «{document.number}» trùng với văn bản {other.source_path}",
                    "mỗi văn bản một số/ký hiệu riêng: sửa lại số, hoặc xoá tệp bị nhập hai lần"))
                break
            index[key] = document
    published = [d for d in by_key.values() if d.status == "published" and d is by_slug.get(d.slug)]
    known = {number_key(d.number): d for d in published}
    replaces, replaced_by = {}, {}
    for document in published:
        for key, own, other in (("thay_the", replaces, replaced_by), ("bi_thay_the", replaced_by, replaces)):
            for number in getattr(document, "replaces" if key == "thay_the" else "replaced_by"):
                target = known.get(number_key(number))
                if target is None:
                    draft = by_key.get(number_key(number))
                    problems.append(ContentProblem(
                        document.source_path, document.lines.get(key, 1),
                        f"«{key}» nêu văn bản số «{number}» nhưng "
                        + ("văn bản đó còn là bản nháp" if draft else "thư viện không có văn bản số này"),
                        "viết đúng số/ký hiệu của một văn bản đã đăng trong content/van-ban/, hoặc xoá dòng này"))
                    continue
                for mapping, a, b in ((own, document, target), (other, target, document)):
                    linked = mapping.setdefault(number_key(a.number), [])
                    if b not in linked:
                        linked.append(b)
    for mapping in (replaces, replaced_by):
        for linked in mapping.values():
            linked.sort(key=_order)
    return Library(sorted(published, key=_order), replaces, replaced_by), problems


def validity(document, replacing, today):
    """The document's status on ``today`` (a date): expired from its
    ``ngay_het_hieu_luc``, or from the day a document replacing it takes effect;
    not yet in force before its ``ngay_hieu_luc``."""
    if document.expires and today >= document.expires.date():
        return EXPIRED
    for newer in replacing:
        if today >= (newer.effective or newer.issued).date():
            return EXPIRED
    if today < (document.effective or document.issued).date():
        return NOT_YET
    return IN_FORCE


@dataclass(frozen=True)
class FacetValue:
    facet: str  # key in the URL: loai, co-quan, nam, linh-vuc
    name: str
    slug: str
    count: int


def facets(documents, types):
    """``[(facet key, label, [FacetValue…])]`` with their counts: types in the
    configured order, issuers and fields alphabetically (without diacritics),
    years newest first; a facet no document uses is left out."""
    result = []
    for key, label, attribute in FACETS:
        counts = {}
        for document in documents:
            value = getattr(document, attribute)
            if value:
                counts[value] = counts.get(value, 0) + 1
        if key == "loai":
            names = [t for t in types if t in counts]
        elif key == "nam":
            names = sorted(counts, reverse=True)
        else:
            names = sorted(counts, key=lambda name: (fold(name), name))
        values = [FacetValue(key, name, slugify(name), counts[name]) for name in names]
        if values:
            result.append((key, label, values))
    return result


def size_text(size):
    """"245 KB", "1,2 MB" (Vietnamese decimal comma)."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
