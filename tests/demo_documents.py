"""The demo portal's documents (content/van-ban/ and content/files/van-ban/), made once
with ``python tests/demo_documents.py`` and committed: Markdown entries and PDFs
whose text layer carries real-looking Vietnamese text (tracked DejaVu Sans subset),
plus one DOCX.  Kept so the demo can be regenerated when the fields change."""

from pathlib import Path

HERE = Path(__file__).resolve().parent  # run as a script: document_files beside it is importable

from document_files import docx_bytes, document_md, pdf_bytes  # noqa: E402

SIGNER = "Nguyễn Thị Thu Hà — Chủ tịch Ủy ban MTTQ Việt Nam xã"
VICE = "Lê Văn Bình — Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"
STANDING = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Phong"

# (number, type, issued, summary, extra front matter, paragraphs of the PDF)
DOCUMENTS = [
    ("01/KH-MTTQ", "Kế hoạch", "08/01/2024", "Kế hoạch công tác Mặt trận năm 2024",
     {"linh_vuc": "Công tác Mặt trận", "ngay_het_hieu_luc": "01/01/2025"},
     ["Căn cứ Chương trình phối hợp và thống nhất hành động năm 2024, Ủy ban MTTQ Việt Nam xã Hòa Phong "
      "xây dựng kế hoạch công tác năm 2024.",
      "Trọng tâm: củng cố Ban công tác Mặt trận ở 9 thôn; tổ chức Ngày hội Đại đoàn kết toàn dân tộc; "
      "vận động Quỹ Vì người nghèo; giám sát việc thu chi các khoản đóng góp của nhân dân."]),
    ("02/TB-MTTQ", "Thông báo", "15/01/2024", "Thông báo lịch tiếp công dân của Ủy ban MTTQ xã năm 2024",
     {"linh_vuc": "Tiếp công dân", "nguoi_ky": VICE},
     ["Thường trực Ủy ban MTTQ Việt Nam xã tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở "
      "thôn Dương Lâm 1.", "Công dân mang theo căn cước khi đến phản ánh, kiến nghị."]),
    ("05/KH-MTTQ", "Kế hoạch", "20/02/2024", "Kế hoạch vận động ủng hộ Quỹ Vì người nghèo năm 2024",
     {"linh_vuc": "An sinh xã hội"},
     ["Mục tiêu vận động ít nhất 150 triệu đồng, ưu tiên sửa chữa nhà cho hộ nghèo ở thôn Phước Hưng "
      "và thôn Lệ Sơn Bắc.", "Các chi hội ghi nhận danh sách ủng hộ, công khai tại nhà văn hóa thôn."]),
    ("08/BC-MTTQ", "Báo cáo", "28/06/2024", "Báo cáo sơ kết công tác Mặt trận 6 tháng đầu năm 2024",
     {"linh_vuc": "Công tác Mặt trận"},
     ["Sáu tháng đầu năm, Quỹ Vì người nghèo xã tiếp nhận 96 triệu đồng; hỗ trợ xây mới 2 nhà Đại đoàn kết.",
      "Ban Giám sát đầu tư của cộng đồng giám sát công trình bê tông hóa đường thôn Hòa Hải."]),
    ("10/QĐ-MTTQ", "Quyết định", "02/07/2024", "Quyết định thành lập Đoàn giám sát việc thực hiện chính sách bảo hiểm y tế",
     {"linh_vuc": "Giám sát, phản biện", "co_quan": STANDING, "ngay_hieu_luc": "05/07/2024",
      "ngay_het_hieu_luc": "30/09/2024"},
     ["Thành lập Đoàn giám sát gồm 5 thành viên do Phó Chủ tịch Ủy ban MTTQ xã làm Trưởng đoàn.",
      "Đoàn giám sát việc cấp thẻ bảo hiểm y tế cho người cao tuổi và hộ cận nghèo; kết thúc ngày 30/9/2024."]),
    ("12/HD-MTTQ", "Hướng dẫn", "15/08/2024", "Hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2024",
     {"linh_vuc": "Đại đoàn kết"},
     ["Ngày hội tổ chức từ ngày 01/11 đến 18/11/2024 ở tất cả 9 thôn; phần lễ ngắn gọn, phần hội có "
      "văn nghệ, thể thao, trò chơi dân gian.", "Biểu dương gia đình văn hóa tiêu biểu; không phô trương, lãng phí."]),
    ("14/KH-MTTQ", "Kế hoạch", "20/08/2024", "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024",
     {"linh_vuc": "Đại đoàn kết", "thay_the": ["06/KH-MTTQ"]},
     ["Ủy ban MTTQ xã phối hợp Ban công tác Mặt trận các thôn tổ chức Ngày hội; điểm chỉ đạo tại thôn Phước Thuận.",
      "Kinh phí từ ngân sách xã và xã hội hóa; các thôn báo cáo kết quả trước ngày 25/11/2024."]),
    ("06/KH-MTTQ", "Kế hoạch", "12/03/2024", "Kế hoạch chuẩn bị Ngày hội Đại đoàn kết năm 2024 (bản đầu)",
     {"linh_vuc": "Đại đoàn kết"},
     ["Bản kế hoạch ban đầu về Ngày hội Đại đoàn kết năm 2024, đã được thay thế bằng Kế hoạch 14/KH-MTTQ."]),
    ("18/CV-MTTQ", "Công văn", "10/09/2024", "Về việc vận động ủng hộ đồng bào bị thiệt hại do bão số 3",
     {"linh_vuc": "An sinh xã hội", "nguoi_ky": VICE},
     ["Hưởng ứng lời kêu gọi của Ủy ban Trung ương MTTQ Việt Nam, đề nghị các thôn, cơ quan, trường học "
      "vận động ủng hộ đồng bào các tỉnh phía Bắc bị thiệt hại do bão Yagi.",
      "Tiền ủng hộ chuyển về tài khoản Ban Vận động cứu trợ xã trước ngày 30/9/2024."]),
    ("20/BB-MTTQ", "Biên bản", "25/10/2024", "Biên bản hội nghị hiệp thương thống nhất danh sách hộ nghèo năm 2025",
     {"linh_vuc": "An sinh xã hội", "co_quan": STANDING},
     ["Hội nghị thống nhất danh sách 23 hộ nghèo và 41 hộ cận nghèo; ý kiến của các trưởng thôn được ghi nhận."]),
    ("22/TB-MTTQ", "Thông báo", "05/12/2024", "Thông báo kết quả vận động Quỹ Vì người nghèo năm 2024",
     {"linh_vuc": "An sinh xã hội"},
     ["Năm 2024, Quỹ Vì người nghèo xã tiếp nhận 168 triệu đồng, vượt 12% kế hoạch; đã chi hỗ trợ "
      "xây 3 nhà Đại đoàn kết, tặng 320 suất quà Tết."]),
    ("25/KH-MTTQ", "Kế hoạch", "06/01/2025", "Kế hoạch công tác Mặt trận năm 2025",
     {"linh_vuc": "Công tác Mặt trận", "thay_the": ["01/KH-MTTQ"], "ngay_hieu_luc": "06/01/2025"},
     ["Năm 2025 tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam xã nhiệm kỳ 2024–2029 và "
      "cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh."]),
    ("03/NQ-MTTQ", "Nghị quyết", "15/03/2025", "Nghị quyết hội nghị Ủy ban MTTQ xã lần thứ 3",
     {"linh_vuc": "Công tác Mặt trận", "ngay_hieu_luc": "15/03/2025"},
     ["Hội nghị thống nhất hiệp thương bổ sung 2 ủy viên Ủy ban MTTQ xã và chương trình giám sát năm 2025."]),
]


def write(content):
    for number, doc_type, issued, summary, extra, paragraphs in DOCUMENTS:
        from vietnamese.vietnamese import slugify

        year = issued[-4:]
        slug = slugify(number)
        files = [f"files/van-ban/{year}/{slug}.pdf"]
        pdf = pdf_bytes(*paragraphs, title=f"{doc_type.upper()}\n{summary}\nSố: {number}")
        target = content / files[0]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pdf)
        if number == "20/BB-MTTQ":  # the minutes also come as the editable Word file
            files.append(f"files/van-ban/{year}/{slug}.docx")
            (content / files[1]).write_bytes(docx_bytes(summary, *paragraphs))
        extra = dict(extra)
        signer = extra.pop("nguoi_ky", SIGNER)
        text = document_md(number, doc_type, issued, summary, tep=files if len(files) > 1 else files[0],
                           nguoi_ky=signer, **extra)
        md = content / "van-ban" / year / f"{slug}.md"
        md.parent.mkdir(parents=True, exist_ok=True)
        md.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write(HERE.parent / "content")
