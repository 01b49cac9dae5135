"""Examples of components/document_details.html."""

from component_fixtures import SITE, document, when


def fields(root):
    return {dt_.get_text(): " ".join(dt_.find_next_sibling("dd").get_text(" ").split()) for dt_ in root.select("dt")}


def check_replacing(root, soup):
    assert root.name == "dl"
    shown = fields(root)
    assert shown["Số/ký hiệu"] == "06/KH-MTTQ" and shown["Người ký"] == "Nguyễn Văn A — Chủ tịch"
    assert shown["Ngày ban hành"] == "14/10/2024" and shown["Lĩnh vực"] == "Đại đoàn kết"
    assert shown["Tình trạng"] == "Còn hiệu lực (tính đến ngày 01/11/2024)"
    assert shown["Thay thế văn bản"] == "Kế hoạch số 01/KH-MTTQ ngày 14/10/2024"
    assert "Ngày có hiệu lực" not in shown and "Bị thay thế bởi" not in shown  # no empty rows
    assert root.select_one(".ct-document-details__links a")["href"] == f"{SITE}/van-ban/01-kh-mttq/"
    download = soup.select_one("ul.ct-document-details__files a.ct-document-details__download")
    assert download.get_text() == "Tải về (PDF, 245 KB)" and download["type"] == "application/pdf"
    assert download["href"] == f"{SITE}/files/van-ban/06.pdf"
    assert "không tìm kiếm được" not in soup.select_one(".ct-document-details__files").get_text()


def check_replaced_scan(root, soup):
    shown = fields(root)
    assert shown["Ngày có hiệu lực"] == "15/10/2024" and shown["Ngày hết hiệu lực"] == "31/12/2025"
    assert shown["Tình trạng"] == "Hết hiệu lực"  # no build date given: no "tính đến"
    assert shown["Bị thay thế bởi"] == "Kế hoạch số 09/KH-MTTQ ngày 14/10/2024"
    assert "ct-document-details__status--het-hieu-luc" in root.select_one("strong")["class"]
    assert "bản quét" in soup.select_one(".ct-document-details__files").get_text()


def examples():
    older = document(number="01/KH-MTTQ", title="Kế hoạch số 01/KH-MTTQ", url="van-ban/01-kh-mttq/")
    newer = document(number="09/KH-MTTQ", title="Kế hoạch số 09/KH-MTTQ", url="van-ban/09-kh-mttq/")
    scan = {"url": "files/van-ban/06.pdf", "name": "06-scan.pdf", "format": "PDF", "type": "application/pdf",
            "size_text": "2,1 MB", "searchable": False}
    replaced = document(effective=when(15, 10, 2024, 0, 0), expires=when(31, 12, 2025, 0, 0),
                        validity="Hết hiệu lực", validity_slug="het-hieu-luc", replaced_by_documents=[newer],
                        attachments=[scan])
    return {
        "replacing an older plan": {"params": {"document": document(replaces_documents=[older]), "today": "01/11/2024"},
                                    "check": check_replacing},
        "replaced, a scanned file": {"params": {"document": replaced}, "check": check_replaced_scan},
    }
