"""The "Văn bản" library (plugins/van_ban): real builds, asserted on what a reader sees."""

import datetime as dt
import logging

import feedparser
import pytest
from lxml import etree

from conftest import post
from document_files import docx_bytes, document_md, pdf_bytes, scanned_pdf_bytes, xlsx_bytes
from front_matter.rules import ContentError, read_fields
from van_ban.attachments import OLE_HEADER, extract_text, sniff
from van_ban.documents import (
    EXPIRED, IN_FORCE, NOT_YET, Document, check_document, check_library, facets, size_text, validity,
)

BUILD_DATE = "01/11/2024"
PDF = pdf_bytes("Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
                "Các thôn phối hợp khoanh nuôi rừng phòng hộ Đồng Nghệ.")


def library(**documents):
    """``files`` for build_site: each document's Markdown and a PDF for every ``tep``."""
    files = {}
    for name, text in documents.items():
        files[f"van-ban/{name}.md"] = text.encode("utf-8")
    return files


def build(build_site, documents, attachments=None, **settings):
    files = library(**documents)
    files.update(attachments if attachments is not None else {"files/van-ban/06-kh-mttq.pdf": PDF})
    settings.setdefault("PORTAL_BUILD_DATE", BUILD_DATE)
    settings.setdefault("SEARCH_INDEX", {"enabled": False})
    return build_site(posts={"2024/tin.md": post("Tin một", date="01/10/2024")}, files=files, **settings)


def problems_of(build_site, documents, attachments=None, **settings):
    with pytest.raises(ContentError) as err:
        build(build_site, documents, attachments, **settings)
    return [str(p) for p in err.value.problems]


def rows(site, url="van-ban/"):
    return site.soup(url).select("table.ct-document-table tbody tr")


def cells(row):
    """Each cell's text without its phone label."""
    out = []
    for cell in row.find_all(["th", "td"]):
        for label in cell.select(".ct-document-table__label"):
            label.extract()
        out.append(" ".join(cell.get_text(" ").split()))
    return out


SEVERAL = {
    "a": document_md(),
    "b": document_md("12/TB-MTTQ", "Thông báo", "20/10/2024", "Thông báo lịch tiếp công dân quý IV",
                     thay_the=["06/KH-MTTQ"], linh_vuc="Tiếp công dân"),
    "c": document_md("15/QĐ-MTTQ", "Quyết định", "05/11/2024", "Quyết định thành lập Tổ giám sát",
                     ngay_hieu_luc="10/11/2024", co_quan="Ban Thường trực Ủy ban MTTQ xã",
                     linh_vuc="Giám sát"),
    "d": document_md("03/BC-MTTQ", "Báo cáo", "02/01/2023", "Báo cáo tổng kết năm 2022",
                     ngay_het_hieu_luc="01/01/2024"),
}


# --- pure core -------------------------------------------------------------

def fields(text):
    return read_fields(text.split("---")[1].strip("\n"), 2, "x.md")[0]


def test_check_document_reads_every_field_with_its_line():
    text = document_md(ngay_hieu_luc="15/10/2024", linh_vuc="Đại đoàn kết", thay_the=["01/KH-MTTQ"])
    document, problems, warnings = check_document(fields(text), "x.md", ["Kế hoạch"], "Ủy ban")
    assert problems == [] and warnings == []
    assert document.number == "06/KH-MTTQ" and document.slug == "06-kh-mttq"
    assert document.issuer == "Ủy ban" and document.issued.date() == dt.date(2024, 10, 14)
    assert document.effective.date() == dt.date(2024, 10, 15) and document.replaces == ["01/KH-MTTQ"]
    assert document.files == ["files/van-ban/06-kh-mttq.pdf"] and document.lines["tep"] == 7


def test_validity_on_the_build_date():
    doc = Document("x.md", "1/KH", "Kế hoạch", "Ủy ban", "A", dt.datetime(2024, 10, 14), "S", [],
                   effective=dt.datetime(2024, 10, 20), expires=dt.datetime(2024, 12, 31))
    assert validity(doc, [], dt.date(2024, 10, 19)) == NOT_YET
    assert validity(doc, [], dt.date(2024, 10, 20)) == IN_FORCE
    assert validity(doc, [], dt.date(2024, 12, 31)) == EXPIRED
    newer = Document("y.md", "2/KH", "Kế hoạch", "Ủy ban", "A", dt.datetime(2024, 11, 1), "S", [])
    assert validity(doc, [newer], dt.date(2024, 10, 31)) == IN_FORCE
    assert validity(doc, [newer], dt.date(2024, 11, 1)) == EXPIRED


def test_library_links_both_ways_and_orders_newest_first():
    docs = [check_document(fields(SEVERAL[k]), f"{k}.md", ["Kế hoạch", "Thông báo", "Quyết định", "Báo cáo"],
                           "Ủy ban")[0] for k in "abcd"]
    lib, problems = check_library(docs)
    assert problems == []
    assert [d.number for d in lib.documents] == ["15/QĐ-MTTQ", "12/TB-MTTQ", "06/KH-MTTQ", "03/BC-MTTQ"]
    assert [d.number for d in lib.replacing(docs[0])] == ["12/TB-MTTQ"]
    assert [d.number for d in lib.replaced(docs[1])] == ["06/KH-MTTQ"]
    groups = {key: [(v.name, v.count) for v in values] for key, _, values in facets(lib.documents, ["Thông báo", "Kế hoạch", "Báo cáo", "Quyết định"])}
    assert groups["loai"] == [("Thông báo", 1), ("Kế hoạch", 1), ("Báo cáo", 1), ("Quyết định", 1)]
    assert groups["nam"] == [("2024", 3), ("2023", 1)]
    assert groups["linh-vuc"] == [("Giám sát", 1), ("Tiếp công dân", 1)]


def test_sniffing_and_text_of_each_format():
    assert sniff(PDF, "pdf") and not sniff(PDF, "docx") and not sniff(b"<html>", "pdf")
    docx = docx_bytes("Biên bản họp Ban Thường trực", "Đồng thuận xây dựng nhà Đại đoàn kết")
    assert sniff(docx, "docx") and not sniff(docx, "xlsx") and not sniff(docx, "odt")
    assert "nhà Đại đoàn kết" in extract_text(docx, "docx")
    xlsx = xlsx_bytes([("Thôn", "Số hộ"), ("Dương Lâm", 120)])
    assert sniff(xlsx, "xlsx") and "Dương Lâm 120" in extract_text(xlsx, "xlsx")
    assert sniff(OLE_HEADER + b"\0" * 100, "doc") and not sniff(b"PK\3\4", "doc")
    assert "rừng phòng hộ Đồng Nghệ" in extract_text(PDF, "pdf")
    assert extract_text(scanned_pdf_bytes(), "pdf") == ""


def test_size_text_in_vietnamese():
    assert size_text(245 * 1024) == "245 KB" and size_text(int(1.2 * 1024 * 1024)) == "1,2 MB"


# --- what a reader sees -------------------------------------------------------

def test_table_newest_first_with_status_on_the_build_date_and_download_sizes(build_site):
    site = build(build_site, SEVERAL)
    table = [cells(row) for row in rows(site)]
    assert [r[0] for r in table] == ["15/QĐ-MTTQ", "12/TB-MTTQ", "06/KH-MTTQ", "03/BC-MTTQ"]
    assert table[1][1:5] == ["20/10/2024", "Thông báo lịch tiếp công dân quý IV",
                             "Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Phong", "Còn hiệu lực"]
    # 15/QĐ takes effect on 10/11; 06/KH is replaced by 12/TB; 03/BC expired on 01/01/2024.
    assert [r[4] for r in table] == ["Chưa có hiệu lực", "Còn hiệu lực", "Hết hiệu lực", "Hết hiệu lực"]
    link = rows(site)[2].select_one("a.ct-document-table__download")
    size = round(len(PDF) / 1024)
    assert link["href"] == "/files/van-ban/06-kh-mttq.pdf" and f"PDF 06/KH-MTTQ, {size} KB" == " ".join(link.get_text().split())
    # Published byte for byte.
    assert (site.output / "files/van-ban/06-kh-mttq.pdf").read_bytes() == PDF
    # A later build date changes the status (the daily rebuild keeps it true).
    later = build(build_site, SEVERAL, PORTAL_BUILD_DATE="10/11/2024", name="later")
    assert cells(rows(later)[0])[4] == "Còn hiệu lực"


def test_filter_pages_with_counts(build_site):
    site = build(build_site, SEVERAL)
    facets_nav = site.soup("van-ban/").select_one("nav.ct-document-facets")
    links = {" ".join(li.get_text(" ").split()) for li in facets_nav.select("li")}
    assert {"Kế hoạch (1)", "Thông báo (1)", "2024 (3)", "2023 (1)", "Giám sát (1)",
            "Ban Thường trực Ủy ban MTTQ xã (1)", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Phong (3)"} <= links
    year = [cells(r)[0] for r in rows(site, "van-ban/nam/2024/")]
    assert year == ["15/QĐ-MTTQ", "12/TB-MTTQ", "06/KH-MTTQ"]
    assert [cells(r)[0] for r in rows(site, "van-ban/loai/quyet-dinh/")] == ["15/QĐ-MTTQ"]
    assert [cells(r)[0] for r in rows(site, "van-ban/linh-vuc/giam-sat/")] == ["15/QĐ-MTTQ"]
    current = site.soup("van-ban/loai/bao-cao/").select_one("nav.ct-document-facets [aria-current=page]")
    assert current.get_text() == "Báo cáo"
    assert site.soup("van-ban/loai/bao-cao/").h1.get_text(" ", strip=True) == "Văn bản — Loại: Báo cáo"


def test_pagination(build_site):
    many = {f"d{i:02d}": document_md(f"{i}/TB-MTTQ", "Thông báo", f"{i:02d}/10/2024", f"Thông báo số {i}")
            for i in range(1, 6)}
    site = build(build_site, many, VAN_BAN={"per_page": 2})
    assert [cells(r)[0] for r in rows(site)] == ["5/TB-MTTQ", "4/TB-MTTQ"]
    assert [cells(r)[0] for r in rows(site, "van-ban/trang/3/")] == ["1/TB-MTTQ"]
    assert site.soup("van-ban/trang/2/").select_one(".ct-pagination [aria-current=page]").get_text() == "2"


def test_document_page_shows_every_field_and_links_replacements(build_site):
    site = build(build_site, SEVERAL)
    page = site.soup("van-ban/06-kh-mttq/")
    fields_shown = {dt_.get_text(): " ".join(dt_.find_next_sibling("dd").get_text(" ").split())
                    for dt_ in page.select("dl.ct-document-details dt")}
    assert fields_shown["Số/ký hiệu"] == "06/KH-MTTQ" and fields_shown["Loại văn bản"] == "Kế hoạch"
    assert fields_shown["Người ký"] == "Nguyễn Thị Thu Hà — Chủ tịch"
    assert fields_shown["Ngày ban hành"] == "14/10/2024"
    assert fields_shown["Tình trạng"] == "Hết hiệu lực (tính đến ngày 01/11/2024)"
    assert page.select_one("dl a[href='/van-ban/12-tb-mttq/']").get_text() == "Thông báo số 12/TB-MTTQ"
    download = page.select_one("a.ct-document-details__download")
    assert download.get_text() == f"Tải về (PDF, {round(len(PDF) / 1024)} KB)" and download.has_attr("download")
    other = site.soup("van-ban/12-tb-mttq/")
    assert other.select_one("dl a[href='/van-ban/06-kh-mttq/']").get_text() == "Kế hoạch số 06/KH-MTTQ"


def test_home_block_menu_sitemap_and_feed(build_site):
    site = build(build_site, SEVERAL, FEEDS={"enabled": True}, VAN_BAN={"home_count": 2})
    home = site.soup("")
    block = home.find(id="van-ban-moi").find_parent("section")
    assert [cells(r)[0] for r in block.select("tbody tr")] == ["15/QĐ-MTTQ", "12/TB-MTTQ"]
    assert any(a.get_text() == "Văn bản" and a["href"] == "/van-ban/" for a in home.select("nav a"))
    assert site.soup("van-ban/").select_one("nav.ct-nav a[aria-current=page]").get_text() == "Văn bản"
    sitemap = etree.parse(str(site.output / "sitemap.xml"))
    locs = {e.text for e in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    assert "https://mttq-hoaphong.example.gov.vn/van-ban/06-kh-mttq/" in locs
    assert "https://mttq-hoaphong.example.gov.vn/van-ban/loai/ke-hoach/" in locs
    feed = feedparser.parse((site.output / "van-ban/moi-ban-hanh.atom.xml").read_bytes())
    assert [e.title.split(":")[0] for e in feed.entries][:2] == ["Quyết định số 15/QĐ-MTTQ", "Thông báo số 12/TB-MTTQ"]
    rss = feedparser.parse((site.output / "van-ban/moi-ban-hanh.rss.xml").read_bytes())
    assert rss.entries[2].enclosures[0]["href"].endswith("/files/van-ban/06-kh-mttq.pdf")
    assert site.soup("van-ban/").select_one("link[rel=alternate][href$='moi-ban-hanh.rss.xml']")


def test_drafts_never_leak(build_site):
    docs = dict(SEVERAL, e=document_md("99/KH-MTTQ", "Kế hoạch", "30/10/2024", "Kế hoạch bí mật", status="draft"))
    site = build(build_site, docs, FEEDS={"enabled": True})
    assert "99/KH-MTTQ" not in site.path("van-ban/").read_text(encoding="utf-8")
    assert not site.exists("van-ban/99-kh-mttq/")
    assert "99-kh-mttq" not in (site.output / "sitemap.xml").read_text(encoding="utf-8")
    assert "99/KH" not in (site.output / "van-ban/moi-ban-hanh.rss.xml").read_text(encoding="utf-8")


def test_print_view_keeps_the_document_and_drops_the_chrome(build_site):
    site = build(build_site, SEVERAL)
    page = site.soup("van-ban/06-kh-mttq/")
    assert page.select_one(".ct-share") is not None  # its "In bài viết" button prints the page
    css = (site.output / page.select_one("link[rel=stylesheet]")["href"].lstrip("/")).read_text()
    assert "@media print" in css and ".ct-nav" in css


# --- bad input --------------------------------------------------------------

def test_each_bad_input_is_named_with_file_and_line(build_site):
    docs = {
        "a": document_md(),
        "b": document_md(trich_yeu="Trùng số"),  # duplicate number
        "c": document_md("2/KH-MTTQ", loai="Kế hoach lớn"),  # unknown type
        "d": document_md("3/KH-MTTQ", ngay_hieu_luc="01/10/2024"),  # in force before issued
        "e": document_md("4/KH-MTTQ", thay_the=["77/KH-MTTQ"]),  # replaces a number that does not exist
        "f": document_md("5/KH-MTTQ", tep="files/van-ban/khong-co.pdf"),  # missing file
        "g": document_md("6/KH-MTTQ", tep="files/van-ban/gia.pdf"),  # not a PDF
        "h": document_md("7/KH-MTTQ", trich_yeu=None),  # summary missing
        "i": document_md("8/KH-MTTQ", tep="files/van-ban/hong.pdf"),  # a PDF cut short
    }
    found = problems_of(build_site, docs, {"files/van-ban/06-kh-mttq.pdf": PDF,
                                           "files/van-ban/gia.pdf": b"<html>trang web</html>",
                                           "files/van-ban/hong.pdf": PDF[:300]})
    text = "\n".join(found)
    assert "van-ban/b.md:2: số/ký hiệu «06/KH-MTTQ» trùng với văn bản" in text or \
        "van-ban/a.md:2: số/ký hiệu «06/KH-MTTQ» trùng" in text
    assert "van-ban/c.md:3: loại văn bản «Kế hoach lớn» không có trong danh sách — có phải ý bạn là «Kế hoạch»?" in text
    assert "van-ban/d.md:8: ngày có hiệu lực «01/10/2024» sớm hơn ngày ban hành «14/10/2024»" in text
    assert "van-ban/e.md:8: «thay_the» nêu văn bản số «77/KH-MTTQ» nhưng thư viện không có văn bản số này" in text
    assert "van-ban/f.md:7: không tìm thấy tệp đính kèm «files/van-ban/khong-co.pdf»" in text
    assert "van-ban/g.md:7: tệp «files/van-ban/gia.pdf» không phải là tệp PDF thật" in text
    assert "van-ban/h.md:1: thiếu trường bắt buộc «trich_yeu»" in text
    assert "van-ban/i.md:7: tệp «files/van-ban/hong.pdf» bị hỏng, không mở được" in text


def test_nothing_is_published_when_a_document_is_wrong(build_site, tmp_path):
    with pytest.raises(ContentError):
        build(build_site, {"a": document_md(loai="Tin tức")})
    assert not (tmp_path / "site" / "output" / "van-ban").exists()


def test_scanned_pdf_and_large_file_are_warnings(build_site, caplog):
    caplog.set_level(logging.WARNING)
    big = OLE_HEADER + b"\0" * (1024 * 1024 + 10)
    docs = {"a": document_md(tep=["files/van-ban/quet.pdf", "files/van-ban/bang.doc"])}
    site = build(build_site, docs, {"files/van-ban/quet.pdf": scanned_pdf_bytes(), "files/van-ban/bang.doc": big},
                 VAN_BAN={"max_file_mb": 1})
    messages = "\n".join(r.getMessage() for r in caplog.records)
    assert "van-ban/a.md:7: tệp «files/van-ban/quet.pdf» là bản quét, không có lớp chữ" in messages
    assert "tệp «files/van-ban/bang.doc» nặng 1,0 MB, quá 1 MB" in messages
    downloads = [a.get_text() for a in site.soup("van-ban/06-kh-mttq/").select("a.ct-document-details__download")]
    assert downloads[1] == "Tải về (DOC, 1,0 MB)"
    assert (site.output / "files/van-ban/bang.doc").read_bytes() == big


def test_extracted_text_is_cached_by_file_hash(build_site, tmp_path):
    build(build_site, {"a": document_md()})
    cached = list((tmp_path / "site" / "cache" / "van_ban" / "text").rglob("*.json"))
    assert len(cached) == 1 and "rừng phòng hộ Đồng Nghệ" in cached[0].read_text(encoding="utf-8")
