"""Search in a real browser: real queries on a built site, typed as residents type them
(Chromium and the served sites: conftest.py)."""

import pytest

from conftest import post, run_pelican
from test_search_index import plugins_with_search

from .search_page import pagefind_titles, search, titles, wait_for_status

pytestmark = pytest.mark.browser

FILLER = " ".join(["Hội nghị diễn ra trong không khí cởi mở, các ý kiến được ghi nhận đầy đủ."] * 12)

POSTS = {
    "2023/tong-ket.md": post(
        "Hội nghị tổng kết công tác năm", date="20/12/2023", category="Hoạt động Mặt trận",
        body="Bí thư Đảng ủy xã dự và phát biểu chỉ đạo hội nghị.\n\n" + FILLER),
    "2022/thu-hoach.md": post(
        "Thu hoạch lúa vụ mùa", date="10/10/2022", category="Thông báo",
        body="Bà con đang thu hoạch lúa vụ mùa ở các cánh đồng."),
    "2022/ngay-hoi.md": post(
        "Ngày hội ở thôn Tây", date="18/11/2022", category="Đại đoàn kết",
        body="Ngày hội góp phần tăng cường khối đoàn kết toàn dân tộc ở khu dân cư."),
    "2022/ket-nghia.md": post(
        "Giao lưu kết nghĩa với xã bạn", date="05/05/2022", category="Hoạt động Mặt trận",
        body="Đoàn công tác của xã đã đến thăm xã Hà Bầu, huyện Đắk Đoa, tỉnh Gia Lai."),
    # one exact "Mặt trận" in a long text ...
    "2021/sinh-hoat.md": post(
        "Sinh hoạt chuyên đề ở thôn", date="03/03/2021", category="Hoạt động Mặt trận",
        body=FILLER + "\n\nBan công tác Mặt trận thôn Bắc chủ trì buổi sinh hoạt.\n\n" + FILLER),
    # ... against a short text dense with words that fold to "mat tran"
    "2021/mai-nha.md": post(
        "Sửa mái nhà văn hóa", date="04/03/2021", category="Thông báo",
        body="Nhà văn hóa được làm mát trần. Mát trần giúp nhà mát trần, mát trần quanh năm."),
    "2021/doan-thanh-nien.md": post(
        "Đại hội Đoàn thanh niên", date="09/03/2021", category="Hoạt động Mặt trận",
        body="Hơn một trăm thanh niên dự, bầu ban chấp hành mới."),
    # "Sơn" and "sông" (folded: "son", "song"): a whole word never finds the longer words it begins
    "2022/son-cong.md": post(
        "Sơn lại cổng nhà văn hóa", date="12/06/2022", category="Gương điển hình",
        body="Thanh niên sơn lại cổng nhà văn hóa thôn Đông."),
    "2022/nao-vet.md": post(
        "Nạo vét lòng sông", date="13/06/2022", category="Gương điển hình",
        body="Bà con nạo vét lòng sông ở thôn Đông."),
    "2021/nhap.md": post(
        "Bản nháp về Đảng bộ", date="10/03/2021", category="Thông báo", status="draft",
        body="Bản nháp có chữ riêng quyxaluong và Đảng bộ, chưa được đăng."),
    # "hiến đất làm đường" once in a long text ...
    "2020/be-tong.md": post(
        "Bê tông hóa ngõ xóm thôn Nam", date="15/06/2020", category="Gương điển hình",
        body=FILLER + "\n\nNhiều hộ hiến đất làm đường liên thôn.\n\n" + FILLER),
    # ... against a short text dense with the same words, never in that order
    "2020/ke-hoach.md": post(
        "Kế hoạch của thôn Nam", date="16/06/2020", category="Gương điển hình",
        body="Đường đất: làm đường, hiến kế. Đất làm đường, đường làm đất; hiến kế làm đường đất."),
}


@pytest.fixture(scope="module")
def server(tmp_path_factory, serve):
    """One development build (drafts written under drafts/) served at the root, and a
    publish build of the same posts for a site living at a sub-path (SITEURL …/cong)."""
    root = tmp_path_factory.mktemp("search")
    content = root / "content"
    for rel, text in POSTS.items():
        target = content / "posts" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    urls = {"root": serve(root / "www"), "sub": serve(root / "sub")}
    run_pelican(content, root / "www", PLUGINS=plugins_with_search())
    run_pelican(content, root / "sub" / "cong", "publishconf.py", PLUGINS=plugins_with_search(),
                SITEURL=urls["sub"] + "/cong")
    return {**urls, "www": root / "www"}


def test_dang_without_diacritics_finds_dang_with_d_stroke(page, server):
    status, results = search(page, server["root"], "dang")
    found = {r["title"]: r for r in results}
    assert "Hội nghị tổng kết công tác năm" in found  # "Đảng" in the body only
    assert "Thu hoạch lúa vụ mùa" in found  # "đang"
    hit = found["Hội nghị tổng kết công tác năm"]
    assert "Đảng" in hit["marks"]
    assert "20/12/2023" in hit["meta"] and "Hoạt động Mặt trận" in hit["meta"]
    assert status.startswith(f"Tìm thấy {len(results)} bài viết")


def test_doan_ket_finds_doan_ket(page, server):
    _, results = search(page, server["root"], "doan ket")
    assert "Ngày hội ở thôn Tây" in titles(results)
    hit = next(r for r in results if r["title"] == "Ngày hội ở thôn Tây")
    assert {"đoàn", "kết"} <= set(hit["marks"])


def test_dak_doa_finds_dak_doa(page, server):
    _, results = search(page, server["root"], "dak doa")
    assert titles(results)[0] == "Giao lưu kết nghĩa với xã bạn"
    assert {"Đắk", "Đoa"} <= set(results[0]["marks"])


def test_mat_tran_without_marks_finds_mat_tran(page, server):
    _, results = search(page, server["root"], "mat tran")
    assert {"Sinh hoạt chuyên đề ở thôn", "Sửa mái nhà văn hóa"} <= set(titles(results))


def test_query_with_diacritics_ranks_exact_matches_first(page, server):
    _, results = search(page, server["root"], "Mặt trận")
    found = titles(results)
    # the dense "mát trần" post is still found, but after the exact match
    assert found.index("Sinh hoạt chuyên đề ở thôn") < found.index("Sửa mái nhà văn hóa")
    exact = next(r for r in results if r["title"] == "Sinh hoạt chuyên đề ở thôn")
    assert exact["marks"] == ["Mặt", "trận"]  # only the exact words are marked
    _, results = search(page, server["root"], "Đảng")
    found = titles(results)
    assert found.index("Hội nghị tổng kết công tác năm") < found.index("Thu hoạch lúa vụ mùa")


def test_a_phrase_typed_without_diacritics_finds_the_phrase_with_d_stroke(page, server):
    phrase = "Bê tông hóa ngõ xóm thôn Nam"
    # Pagefind's phrase search, as the search page runs it for a query without marks
    assert pagefind_titles(page, server["root"], '"hien dat lam duong"') == [phrase]
    assert pagefind_titles(page, server["root"], '"hiến đất làm đường"', exact=True) == [phrase]
    # so the page holding the phrase comes first, before the denser one holding the words apart
    _, results = search(page, server["root"], "hien dat lam duong")
    assert titles(results) == [phrase, "Kế hoạch của thôn Nam"]
    _, results = search(page, server["root"], "hiến đất làm đường")
    assert titles(results) == [phrase, "Kế hoạch của thôn Nam"]


def test_title_words_without_diacritics_are_found(page, server):
    _, results = search(page, server["root"], "dai hoi doan")
    assert titles(results)[0] == "Đại hội Đoàn thanh niên"


def test_a_whole_word_never_finds_the_longer_words_it_begins(page, server):
    _, results = search(page, server["root"], "son")
    assert titles(results) == ["Sơn lại cổng nhà văn hóa"]  # not "sông" (song), although it begins so
    _, results = search(page, server["root"], "song")
    assert titles(results) == ["Nạo vét lòng sông"]


def test_drafts_are_never_found(page, server):
    assert (server["www"] / "drafts").is_dir()  # the development build did write the draft
    status, results = search(page, server["root"], "quyxaluong")
    assert results == [] and status.startswith("Không tìm thấy")
    _, results = search(page, server["root"], "Đảng bộ")
    assert "Bản nháp về Đảng bộ" not in titles(results)
    assert not any("drafts/" in r["href"] for r in results)


def test_nonsense_query_says_no_results_in_vietnamese_and_offers_other_ways(page, server):
    status, results = search(page, server["root"], "xqzw blorf")
    assert results == []
    assert status == "Không tìm thấy bài viết nào có “xqzw blorf”."
    help_text = page.locator("[data-search-help]")
    assert help_text.is_visible()
    assert help_text.locator("a[href='/tin-da-dua/']").count() == 1


def test_excerpt_shows_the_article_as_written(page, server):
    # the d-spellings live in the index only: an excerpt never shows "Dảng" for "Đảng"
    _, results = search(page, server["root"], "dang")
    assert results
    for result in results:
        assert "Dảng" not in result["excerpt"], result


def test_filters_by_category_and_year(page, server):
    _, results = search(page, server["root"], "dang", **{"chuyen-muc": "thong-bao"})
    assert titles(results) == ["Thu hoạch lúa vụ mùa"]
    assert page.input_value("#ct-search-category") == "thong-bao"
    status, results = search(page, server["root"], "dang", nam="2023")
    assert titles(results) == ["Hội nghị tổng kết công tác năm"]
    assert "năm 2023" in status
    # changing a filter searches again and keeps the address shareable
    page.select_option("#ct-search-year", "")
    page.wait_for_function("() => document.querySelectorAll('.ct-search__result').length > 1")
    assert "nam=" not in page.url and "q=dang" in page.url


def test_header_form_leads_to_results(page, server):
    page.goto(server["root"] + "/")
    page.fill("#ct-search-q", "doan ket")
    page.press("#ct-search-q", "Enter")
    page.wait_for_url("**/tim-kiem/?q=doan+ket")
    wait_for_status(page)
    assert page.input_value("#ct-search-page-q") == "doan ket"
    assert page.locator(".ct-search__result").count() >= 1


def test_typing_on_the_page_searches_and_announces(page, server):
    page.goto(server["root"] + "/tim-kiem/")
    page.fill("#ct-search-page-q", "mat tran")
    wait_for_status(page)
    assert page.get_attribute("[data-search-status]", "role") == "status"
    assert page.text_content("[data-search-status]").startswith("Tìm thấy")
    assert "q=mat+tran" in page.url


def test_page_fits_360_px_and_results_are_a_list_of_headed_links(page, server):
    search(page, server["root"], "dang")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert page.locator("ol.ct-search__results > li h2 > a").count() >= 2
    assert page.locator("label[for='ct-search-page-q']").is_visible()


def test_site_at_a_sub_path(page, server):
    _, results = search(page, server["sub"], "dak doa", path="/cong/tim-kiem/")
    assert results and results[0]["href"].startswith("/cong/tin-tuc/")
    page.click(".ct-search__result a")
    page.wait_for_url("**/cong/tin-tuc/2022/**")
    assert "Đắk Đoa" in page.text_content("main")


def test_without_javascript_the_page_points_to_archives_and_categories(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server["root"] + "/tim-kiem/?q=dang")
    assert "cần bật JavaScript" in page.text_content("main")
    assert page.locator("main a[href='/tin-da-dua/']").first.is_visible()
    assert page.locator("main a[href='/chuyen-muc/']").first.is_visible()
    assert not page.locator("[data-search-form]").is_visible()
    context.close()
