"""`invoke new-van-ban` and `invoke import-van-ban`: files an officer can build at once."""

import csv
import datetime as dt
import importlib.util

import pytest
from invoke import Context
from invoke.exceptions import Exit

from conftest import ROOT, post
from document_files import docx_bytes, pdf_bytes, xlsx_bytes
from front_matter.rules import read_fields, split_front_matter
from van_ban.documents import check_document
from portal_tools.documents.importer import run_import
from portal_tools.documents.new_document import NewDocumentError, new_document

TYPES = ["Kế hoạch", "Thông báo", "Báo cáo", "Quyết định"]
NOW = dt.datetime(2025, 12, 31, 23, 30, tzinfo=dt.timezone.utc)  # already 01/01/2026 in Viet Nam
HEADER = ["Số/ký hiệu", "Loại", "Người ký", "Ngày ban hành", "Trích yếu", "Tệp", "ngay_hieu_luc"]


def tasks_module():
    spec = importlib.util.spec_from_file_location("tasks_van_ban_under_test", ROOT / "tasks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def checked(text):
    (yaml_text, _, _), problems = split_front_matter(text, "x.md")
    assert not problems
    fields, problems = read_fields(yaml_text, 2, "x.md")
    assert not problems
    return check_document(fields, "x.md", TYPES, "Ủy ban")


def test_new_document_is_a_valid_draft_in_the_year_folder():
    path, text = new_document("06/KH-MTTQ", "ke hoach", "Kế hoạch: tổ chức Ngày hội", "Nguyễn Văn A — Chủ tịch",
                              NOW, TYPES, "Ủy ban")
    assert path == "van-ban/2026/06-kh-mttq.md"
    document, problems, warnings = checked(text)
    assert problems == [] and warnings == []
    assert (document.number, document.type, document.status) == ("06/KH-MTTQ", "Kế hoạch", "draft")
    assert document.summary == "Kế hoạch: tổ chức Ngày hội" and document.issued.date() == dt.date(2026, 1, 1)
    assert "# thay_the:" in text
    with pytest.raises(NewDocumentError, match="có phải ý bạn là «Thông báo»"):
        new_document("1/TB", "Thong bao lon", "", "", NOW, TYPES, "Ủy ban")


def test_invoke_new_van_ban_writes_once(tmp_path, capsys):
    tasks = tasks_module()
    tasks.CONFIG.update(content=tmp_path / "content")
    tasks.new_van_ban(Context(), "12/TB-MTTQ", loai="Thông báo", trich_yeu="Lịch tiếp dân")
    written = list((tmp_path / "content" / "van-ban").rglob("12-tb-mttq.md"))
    assert len(written) == 1 and "Đã tạo văn bản nháp" in capsys.readouterr().out
    with pytest.raises(Exit, match="đã có tệp"):
        tasks.new_van_ban(Context(), "12/TB-MTTQ", loai="Thông báo")


def write_list(folder, rows, kind="csv"):
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "xlsx":
        path = folder / "danh-sach.xlsx"
        path.write_bytes(xlsx_bytes([HEADER] + rows))
    else:
        path = folder / "danh-sach.csv"
        with open(path, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, delimiter=";").writerows([HEADER] + rows)  # as a spreadsheet saves it
    return path


def test_import_csv_then_rerun_adds_nothing_and_the_site_builds(tmp_path, build_site):
    source = tmp_path / "cu"
    source.mkdir()
    (source / "kh06.pdf").write_bytes(pdf_bytes("Kế hoạch khoanh nuôi rừng"))
    (source / "tb12.docx").write_bytes(docx_bytes("Thông báo lịch tiếp dân"))
    path = write_list(source, [
        ["06/KH-MTTQ", "Kế hoạch", "Nguyễn Văn A — Chủ tịch", "14/10/2023", "Kế hoạch năm 2023", "kh06.pdf", ""],
        ["12/TB-MTTQ", "thông báo", "Nguyễn Văn A — Chủ tịch", "20/10/2024", "Lịch tiếp dân", "tb12.docx; kh06.pdf",
         "21/10/2024"],
    ])
    content = tmp_path / "site" / "content"
    result = run_import(str(path), str(content), TYPES, "Ủy ban")
    assert result.problems == [] and len(result.written) == 2
    assert (content / "files/van-ban/2023/kh06.pdf").read_bytes() == (source / "kh06.pdf").read_bytes()
    again = run_import(str(path), str(content), TYPES, "Ủy ban")
    assert again.written == [] and [n for _, n in again.skipped] == ["06/KH-MTTQ", "12/TB-MTTQ"]
    assert len(list((content / "van-ban").rglob("*.md"))) == 2
    site = build_site(posts={"2024/a.md": post("Tin", date="01/10/2024")}, PORTAL_BUILD_DATE="01/11/2024",
                      SEARCH_INDEX={"enabled": False})
    numbers = [tr.th.a.get_text() for tr in site.soup("van-ban/").select("tbody tr")]
    assert numbers == ["12/TB-MTTQ", "06/KH-MTTQ"]
    downloads = [a.get_text() for a in site.soup("van-ban/12-tb-mttq/").select("a.ct-document-details__download")]
    assert [d.split(",")[0] for d in downloads] == ["Tải về (DOCX", "Tải về (PDF"]


def test_import_xlsx_with_date_cells(tmp_path):
    source = tmp_path / "cu"
    source.mkdir()
    (source / "bc.pdf").write_bytes(pdf_bytes("Báo cáo"))
    path = write_list(source, [["03/BC-MTTQ", "Báo cáo", "Trần B", dt.datetime(2023, 1, 2), "Báo cáo năm", "bc.pdf", None]],
                      kind="xlsx")
    content = tmp_path / "content"
    result = run_import(str(path), str(content), TYPES, "Ủy ban")
    assert result.problems == []
    text = (content / "van-ban/2023/03-bc-mttq.md").read_text(encoding="utf-8")
    assert "ngay_ban_hanh: 02/01/2023" in text and "- files/van-ban/2023/bc.pdf" in text


def test_every_bad_row_is_reported_with_its_row_number_and_nothing_is_written(tmp_path, capsys):
    source = tmp_path / "cu"
    source.mkdir()
    (source / "ok.pdf").write_bytes(pdf_bytes("Đúng"))
    (source / "gia.pdf").write_bytes(b"<html></html>")
    path = write_list(source, [
        ["1/KH-MTTQ", "Kế hoạch", "A", "14/10/2024", "Đúng", "ok.pdf", ""],
        ["2/KH-MTTQ", "Tin tức", "A", "14/10/2024", "Sai loại", "ok.pdf", ""],
        ["3/KH-MTTQ", "Kế hoạch", "A", "31/02/2024", "Sai ngày", "ok.pdf", ""],
        ["4/KH-MTTQ", "Kế hoạch", "A", "14/10/2024", "Thiếu tệp", "khong-co.pdf", ""],
        ["5/KH-MTTQ", "Kế hoạch", "A", "14/10/2024", "Không phải PDF", "gia.pdf", ""],
        ["1/KH-MTTQ", "Kế hoạch", "A", "14/10/2024", "Trùng", "ok.pdf", ""],
        ["6/KH-MTTQ", "Kế hoạch", "A", "14/10/2024", "Hiệu lực trước", "ok.pdf", "01/10/2024"],
    ])
    content = tmp_path / "content"
    tasks = tasks_module()
    tasks.CONFIG.update(content=content)
    with pytest.raises(Exit):
        tasks.import_van_ban(Context(), str(path))
    out = capsys.readouterr().out
    for row, words in ((3, "loại văn bản «Tin tức» không có"), (4, "«ngay_ban_hanh»: ngày «31/02/2024» không tồn tại"),
                       (5, "không tìm thấy tệp «khong-co.pdf»"), (6, "tệp «gia.pdf» không phải là tệp PDF"),
                       (7, "số/ký hiệu «1/KH-MTTQ» trùng với dòng 2"), (8, "ngày có hiệu lực «01/10/2024» sớm hơn ngày ban hành")):
        assert f"danh-sach.csv: dòng {row}: {words}" in out, out
    assert "Chưa nhập văn bản nào: 6 lỗi" in out
    assert not (content / "van-ban").exists()
