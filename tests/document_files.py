"""Test and demo documents: PDFs with a Vietnamese text layer, DOCX, XLSX and
the Markdown of a "Văn bản" entry, all made here (no file from the machine: the
font is the DejaVu Sans subset tracked beside the fixtures)."""

import io
import textwrap
from pathlib import Path

FONT = Path(__file__).resolve().parent / "fixtures" / "fonts" / "DejaVuSans-vi.ttf"


def pdf_bytes(*paragraphs, title="Văn bản"):
    """A PDF whose text layer holds ``paragraphs`` (fpdf2, the tracked font embedded)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.set_title(title)
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_page()
    pdf.set_font("DejaVu", size=13)
    pdf.multi_cell(0, 8, title, align="C")
    pdf.ln(4)
    pdf.set_font("DejaVu", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(2)
    return bytes(pdf.output())


def scanned_pdf_bytes():
    """A PDF with a page and no text at all (what a scanner without OCR gives)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


def docx_bytes(*paragraphs):
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes(rows):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def document_md(so_ky_hieu="06/KH-MTTQ", loai="Kế hoạch", ngay_ban_hanh="14/10/2024",
                trich_yeu="Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024",
                tep="files/van-ban/06-kh-mttq.pdf", nguoi_ky="Nguyễn Thị Thu Hà — Chủ tịch",
                body="", **extra):
    """Markdown of one document (``None`` values left out; ``extra`` keys as YAML)."""
    import yaml

    meta = {"so_ky_hieu": so_ky_hieu, "loai": loai, "nguoi_ky": nguoi_ky, "ngay_ban_hanh": ngay_ban_hanh,
            "trich_yeu": trich_yeu, "tep": tep, **extra}
    meta = {k: v for k, v in meta.items() if v is not None}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n\n{textwrap.dedent(body).strip()}\n"
