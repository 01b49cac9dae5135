"""Bulk import of documents from a spreadsheet (``invoke import-van-ban --source list.csv``).

One row per document, a header row naming the columns (the front-matter keys,
e.g. ``so_ky_hieu``, or their Vietnamese labels, e.g. "Số/ký hiệu"), and the
attached files beside the list (``tep``: file names, several separated by
``;``).  Every row is checked with the same rules as a document written by
hand (``documents.check_document``), plus its files (present, bytes matching
the extension); every bad row is reported with its row number and nothing is
written.  Otherwise each new document becomes ``content/van-ban/<year>/<slug>.md``
(the folder is ``VAN_BAN["path"]``)
and its files are copied byte for byte to ``content/files/van-ban/<year>/``.
A row whose number the library already has is skipped, so re-running the
import never duplicates.

``.csv`` (UTF-8, comma or semicolon) with the standard library; ``.xlsx`` with
openpyxl (its first sheet; date cells are read as dates).
"""

import csv
import datetime as dt
import os
import shutil
from dataclasses import dataclass, field

import yaml

from front_matter.rules import ContentProblem, Field, decode, read_fields, split_front_matter
from vietnamese.vietnamese import fold, nfc

from van_ban.attachments import FORMATS, extension_of, sniff
from van_ban.documents import REQUIRED_KEYS, OPTIONAL_KEYS, check_document, number_key

# Column titles an officer may use, folded -> front-matter key.
ALIASES = {
    "so/ky hieu": "so_ky_hieu", "so ky hieu": "so_ky_hieu", "so hieu": "so_ky_hieu",
    "loai": "loai", "loai van ban": "loai",
    "co quan": "co_quan", "co quan ban hanh": "co_quan",
    "nguoi ky": "nguoi_ky",
    "ngay ban hanh": "ngay_ban_hanh", "ngay hieu luc": "ngay_hieu_luc", "ngay co hieu luc": "ngay_hieu_luc",
    "ngay het hieu luc": "ngay_het_hieu_luc",
    "trich yeu": "trich_yeu", "linh vuc": "linh_vuc",
    "tep": "tep", "tep dinh kem": "tep", "tep tin": "tep",
    "thay the": "thay_the", "bi thay the": "bi_thay_the",
}
LIST_KEYS = ("tep", "thay_the", "bi_thay_the")


class ListError(ValueError):
    """The list cannot be read at all (wrong format, no header)."""


@dataclass
class ImportResult:
    written: list = field(default_factory=list)  # paths of the new .md files
    copied: list = field(default_factory=list)  # attached files copied
    skipped: list = field(default_factory=list)  # (row, number) already in the library
    problems: list = field(default_factory=list)
    rows: list = field(default_factory=list)  # (document, {target: source file}, front matter, row)


def column_key(title):
    title = fold(str(title or "")).strip().replace("_", " ")
    key = ALIASES.get(" ".join(title.split()))
    if key is None and title.replace(" ", "_") in REQUIRED_KEYS + OPTIONAL_KEYS:
        key = title.replace(" ", "_")
    return key


def _cell(value):
    if isinstance(value, dt.datetime):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return nfc(str(value)).strip()


def read_rows(path):
    """``[(row number, [cells])]`` of the list, header first."""
    extension = extension_of(path)
    if extension == "xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            return [(n, [_cell(v) for v in row]) for n, row in enumerate(sheet.iter_rows(values_only=True), 1)]
        finally:
            book.close()
    if extension != "csv":
        raise ListError(f"{path}: chỉ nhập được danh sách .csv hoặc .xlsx — lưu bảng tính thành CSV UTF-8 hoặc .xlsx")
    with open(path, "rb") as handle:
        text, problem = decode(handle.read(), path)
    if problem:
        raise ListError(f"{problem}")
    dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    return [(n, [_cell(v) for v in row]) for n, row in enumerate(csv.reader(text.splitlines(), dialect), 1)]


def existing_numbers(content, library="van-ban"):
    """Number key -> file of every document already under ``content/<library>``."""
    found = {}
    folder = os.path.join(content, library)
    for root, _, names in os.walk(folder):
        for name in names:
            if not name.endswith(".md"):
                continue
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                text, problem = decode(handle.read(), path)
            if problem:
                continue
            parts, problems = split_front_matter(text, path)
            if problems:
                continue
            fields, _ = read_fields(parts[0], 2, path)
            for f in fields:
                if f.key == "so_ky_hieu" and f.value is not None:
                    found[number_key(nfc(str(f.value)))] = path
    return found


def plan_import(source, content, types, issuer, library="van-ban"):
    """Check every row of ``source``; return ``ImportResult`` with the problems,
    and ``rows``: ``(document, {relative target: source file}, front matter)`` to write."""
    result = ImportResult()
    name = os.path.basename(source)
    rows = read_rows(source)
    if not rows:
        raise ListError(f"{source}: danh sách trống")
    header_row, header = rows[0]
    keys = [column_key(title) for title in header]
    missing = [k for k in REQUIRED_KEYS if k not in keys]
    if missing:
        raise ListError(
            f"{name}: dòng {header_row}: thiếu cột {', '.join(missing)} — dòng đầu của bảng phải là tên cột, ví dụ: "
            "so_ky_hieu, loai, nguoi_ky, ngay_ban_hanh, trich_yeu, tep")
    folder = os.path.dirname(os.path.abspath(source))
    known = existing_numbers(content, library)
    seen = {}
    plan = []
    for number, cells in rows[1:]:
        if not any(cells):
            continue
        fields = []
        for key, value in zip(keys, cells):
            if key is None or value == "":
                continue
            if key in LIST_KEYS:
                value = [part.strip() for part in value.replace("\n", ";").split(";") if part.strip()]
            fields.append(Field(key, value, number))
        front = {f.key: f.value for f in fields}
        files = front.get("tep", [])
        fields = [f if f.key != "tep" else Field("tep", [f"files/van-ban/_/{os.path.basename(p)}" for p in f.value], f.line)
                  for f in fields]
        document, problems, _ = check_document(fields, name, types, issuer)
        problems = [ContentProblem(p.path, number, p.message, p.fix) for p in problems]
        if document is None:
            result.problems.extend(problems)
            continue
        key = number_key(document.number)
        if key in known:
            result.skipped.append((number, document.number))
            continue
        if key in seen:
            result.problems.append(ContentProblem(name, number, f"số/ký hiệu «{document.number}» trùng với dòng {seen[key]}",
                                                  "mỗi văn bản một dòng: xoá dòng lặp lại"))
            continue
        seen[key] = number
        year = document.issued.year
        copies = {}
        for file_name in files:
            source_file = os.path.join(folder, file_name)
            extension = extension_of(file_name)
            if extension not in FORMATS:
                result.problems.append(ContentProblem(name, number, f"tệp «{file_name}» không thuộc loại được đăng",
                                                      "chỉ đính kèm tệp PDF, DOC, DOCX, XLS, XLSX, ODT"))
            elif not os.path.isfile(source_file):
                result.problems.append(ContentProblem(name, number, f"không tìm thấy tệp «{file_name}» bên cạnh danh sách",
                                                      f"chép tệp vào {folder} hoặc sửa tên tệp trong cột tep"))
            else:
                with open(source_file, "rb") as handle:
                    if not sniff(handle.read(), extension):
                        result.problems.append(ContentProblem(
                            name, number, f"tệp «{file_name}» không phải là tệp {FORMATS[extension][0]} thật",
                            "mở tệp gốc và lưu lại đúng dạng, hoặc đổi đuôi tệp cho đúng"))
                        continue
                copies[f"files/van-ban/{year}/{os.path.basename(file_name)}"] = source_file
        front["tep"] = list(copies)
        plan.append((document, copies, front, number))
    for _, copies, _, number in plan:
        for relative, source_file in copies.items():
            target = os.path.join(content, relative)
            if os.path.exists(target) and not _same_bytes(target, source_file):
                result.problems.append(ContentProblem(
                    name, number, f"đã có một tệp khác cùng tên content/{relative}",
                    "đổi tên tệp mới (ví dụ thêm số/ký hiệu vào tên) rồi sửa cột tep cho khớp"))
    result.rows = plan
    return result


def _same_bytes(a, b):
    with open(a, "rb") as first, open(b, "rb") as second:
        return first.read() == second.read()


def run_import(source, content, types, issuer, library="van-ban"):
    """Check, then (only when every row is right) write the documents and copy their files
    (``library``: the folder under ``content`` holding the documents, ``VAN_BAN["path"]``)."""
    result = plan_import(source, content, types, issuer, library)
    if result.problems:
        return result
    for document, copies, front, _ in result.rows:
        ordered = {k: front[k] for k in REQUIRED_KEYS + OPTIONAL_KEYS if k in front}
        text = "---\n" + yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False, width=1000) + "---\n"
        target = os.path.join(content, library, str(document.issued.year), f"{document.slug}.md")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        for relative, source_file in copies.items():
            destination = os.path.join(content, relative)
            if not os.path.exists(destination):
                os.makedirs(os.path.dirname(destination), exist_ok=True)
                shutil.copyfile(source_file, destination)
                result.copied.append(destination)
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        result.written.append(target)
    return result
