"""Documents in the portal's search, in real Chromium: a word found only inside an
attached PDF finds the document, typed with and without diacritics; the "Loại"
filter keeps documents or news; document results show their number and date."""

import pytest

from conftest import post, run_pelican
from document_files import docx_bytes, document_md, pdf_bytes
from search_index.search_index import KIND_NEWS, record_source
from test_search_index import plugins_with_search

from .search_page import search, titles

pytestmark = pytest.mark.browser

POSTS = {
    "2024/ngay-hoi.md": post("Ngày hội Đại đoàn kết ở thôn Dương Lâm", date="18/11/2024",
                             category="Đại đoàn kết", body="Bà con thôn Dương Lâm dự ngày hội đoàn kết."),
}
DOCUMENTS = {
    "van-ban/06.md": document_md(
        "06/KH-MTTQ", "Kế hoạch", "14/10/2024", "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024",
        tep="files/van-ban/06-kh-mttq.pdf"),
    "van-ban/09.md": document_md(
        "09/BB-MTTQ", "Biên bản", "21/10/2024", "Biên bản họp Ban Thường trực tháng 10",
        tep="files/van-ban/09-bb-mttq.docx"),
}
FILES = {
    # "Phước Thuận" and "khoanh nuôi" appear only inside the PDF; "giếng khoan" only inside the DOCX.
    "files/van-ban/06-kh-mttq.pdf": pdf_bytes("Các thôn phối hợp khoanh nuôi rừng phòng hộ ở thôn Phước Thuận.",
                                              "Đảm bảo an toàn cho Ngày hội."),
    "files/van-ban/09-bb-mttq.docx": docx_bytes("Thống nhất vận động bà con đào giếng khoan ở thôn Lệ Sơn."),
}


def test_record_source_of_a_section_record():
    import datetime as dt

    source = record_source({"url": "van-ban/06-kh-mttq/", "title": "Kế hoạch số 06/KH-MTTQ", "kind": "Văn bản",
                            "date": dt.datetime(2024, 10, 14), "body_html": "<p>x</p>", "lead_html": "",
                            "meta": {"Số/ký hiệu": "06/KH-MTTQ", "Ngày ban hành": "14/10/2024"}})
    assert source == ("van-ban/06-kh-mttq/index.html", "Kế hoạch số 06/KH-MTTQ", "2024-10-14", "", "<p>x</p>", "",
                      "Văn bản", "Số/ký hiệu: 06/KH-MTTQ · Ngày ban hành: 14/10/2024")
    assert KIND_NEWS == "Tin tức"


@pytest.fixture(scope="module")
def site(tmp_path_factory, serve):
    root = tmp_path_factory.mktemp("van-ban-search")
    content = root / "content"
    for rel, text in POSTS.items():
        (content / "posts" / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / "posts" / rel).write_text(text, encoding="utf-8")
    for rel, data in {**DOCUMENTS, **FILES}.items():
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    run_pelican(content, root / "www", PLUGINS=plugins_with_search(), CACHE_PATH=str(root / "cache"),
                PORTAL_BUILD_DATE="01/12/2024")
    return serve(root / "www")


PLAN = "Kế hoạch số 06/KH-MTTQ: Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024"


@pytest.mark.parametrize("query", ["Phước Thuận", "phuoc thuan", "khoanh nuôi", "khoanh nuoi"])
def test_a_word_only_inside_the_pdf_finds_the_document(page, site, query):
    status, results = search(page, site, query)
    assert titles(results) == [PLAN], status
    hit = results[0]
    assert hit["href"] == "/van-ban/06-kh-mttq/"
    assert hit["meta"] == "Văn bản · Số/ký hiệu: 06/KH-MTTQ · Ngày ban hành: 14/10/2024 · " \
        "Cơ quan ban hành: Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Phong"


@pytest.mark.parametrize("query", ["giếng khoan", "gieng khoan"])
def test_a_word_only_inside_the_docx_finds_the_document(page, site, query):
    _, results = search(page, site, query)
    assert [r["href"] for r in results] == ["/van-ban/09-bb-mttq/"]


@pytest.mark.parametrize("query", ["06/KH-MTTQ", "06/kh-mttq"])
def test_the_number_finds_the_document(page, site, query):
    _, results = search(page, site, query)
    assert [r["href"] for r in results][:1] == ["/van-ban/06-kh-mttq/"]


def test_kind_filter_keeps_documents_or_news(page, site):
    _, results = search(page, site, "ngày hội")
    assert {r["href"] for r in results} >= {"/van-ban/06-kh-mttq/", "/tin-tuc/2024/ngay-hoi-dai-doan-ket-o-thon-duong-lam/"}
    status, results = search(page, site, "ngày hội", loai="Văn bản")
    assert [r["href"] for r in results] == ["/van-ban/06-kh-mttq/"]
    assert status.startswith("Tìm thấy 1 văn bản") and "loại “Văn bản”" in status
    assert page.input_value("#ct-search-kind") == "Văn bản"
    _, results = search(page, site, "ngày hội", loai="Tin tức")
    assert [r["href"] for r in results] == ["/tin-tuc/2024/ngay-hoi-dai-doan-ket-o-thon-duong-lam/"]
    assert "Chuyên mục: Đại đoàn kết" in results[0]["meta"]
