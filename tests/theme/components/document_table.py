"""Examples of components/document_table.html."""

from component_fixtures import SITE, document


def text(node):
    return " ".join(node.get_text().split())


def check_library(root, soup):
    assert root.name == "table"
    assert root.caption.get_text() == "Văn bản" and "ct-visually-hidden" not in root.caption["class"]
    assert [th.get_text() for th in root.select("thead th")] == [
        "Số/ký hiệu", "Ngày ban hành", "Trích yếu", "Cơ quan ban hành", "Tình trạng", "Tải về"]
    row = root.select_one("tbody tr.ct-document-table__row")
    assert row.th["scope"] == "row" and row.th.a["href"] == f"{SITE}/van-ban/06-kh-mttq/"
    time = row.select_one(".ct-document-table__date time")
    assert time["datetime"] == "2024-10-14" and time.get_text() == "14/10/2024"
    assert "Kế hoạch tổ chức Ngày hội <Đại đoàn kết>" in row.get_text()  # escaped, shown as text
    badge = row.select_one(".ct-document-table__badge")
    assert "ct-document-table__badge--con-hieu-luc" in badge["class"] and badge.get_text() == "Còn hiệu lực"
    download = row.select_one("a.ct-document-table__download")
    assert download["href"] == f"{SITE}/files/van-ban/06.pdf" and download.has_attr("download")
    assert text(download) == "PDF 06/KH-MTTQ, 245 KB"  # the number tells one PDF link from the next
    # On a phone each cell names its column; screen readers already have the header.
    assert all(label["aria-hidden"] == "true" for label in row.select(".ct-document-table__label"))


def check_home(root, soup):
    assert "ct-visually-hidden" in root.caption["class"]
    assert len(root.select("tbody tr")) == 2
    files = root.select("tbody tr")[1].select("a.ct-document-table__download")
    assert [text(a) for a in files] == ["PDF 01/QĐ-MTTQ, 1,2 MB", "DOCX 01/QĐ-MTTQ, 38 KB"]
    assert "ct-document-table__badge--het-hieu-luc" in root.select(".ct-document-table__badge")[1]["class"]


def examples():
    expired = document(number="01/QĐ-MTTQ", url="van-ban/01-qd-mttq/", validity="Hết hiệu lực",
                       validity_slug="het-hieu-luc", attachments=[
                           {"url": "files/van-ban/01.pdf", "format": "PDF", "size_text": "1,2 MB"},
                           {"url": "files/van-ban/01.docx", "format": "DOCX", "size_text": "38 KB"}])
    return {
        "the library": {"params": {"documents": [document()], "caption": "Văn bản"}, "check": check_library},
        "latest on the home page": {"params": {"documents": [document(), expired], "caption": "Văn bản mới",
                                               "caption_hidden": True}, "check": check_home},
    }
