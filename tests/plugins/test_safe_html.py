"""safe_html: one allow-list for post and page bodies, pages and feeds (issue 20)."""

import feedparser
import pytest
from markdown import Markdown

from conftest import jpeg, post
from front_matter.rules import ContentError
from safe_html.safe_html import clean, find_unsafe

LEGIT_MARKDOWN = """\
## Kết quả hội nghị

Đoạn của MTTQ có **chữ đậm**, *nghiêng*, `mã`, [liên kết](https://example.org/a "Tiêu đề") và [thư](mailto:a@b.vn),
[điện thoại](tel:02363846123), [tài liệu]({static}/files/bao-cao.pdf), chú thích[^1].

| Thôn | Số hộ | Ghi chú |
|:-----|------:|:-------:|
| Đông Sơn | 120 | tốt |

> Trích lời phát biểu.

1. Một
2. Hai

*[MTTQ]: Mặt trận Tổ quốc

[^1]: Theo báo cáo năm 2024.
"""


def markdown_html(text):
    return Markdown(extensions=["markdown.extensions.extra", "markdown.extensions.sane_lists"],
                    output_format="html5").convert(text)


def test_what_officers_write_in_markdown_is_allowed_and_kept():
    html = markdown_html(LEGIT_MARKDOWN)
    assert find_unsafe(html) == []
    cleaned = clean(html)
    for kept in ("<table>", "<blockquote>", "<strong>chữ đậm</strong>", 'href="{static}/files/bao-cao.pdf"',
                 'href="mailto:a@b.vn"', 'href="tel:02363846123"', "text-align:right", "<abbr", "footnote"):
        assert kept in cleaned, kept


@pytest.mark.parametrize("snippet, message, fix", [
    ('<script>alert(1)</script>', "thẻ <script> chạy mã JavaScript", "xoá cả đoạn <script>"),
    ('<iframe src="https://www.youtube.com/embed/x"></iframe>', "thẻ <iframe> nhúng nội dung", "[Xem video trên YouTube]"),
    ('<object data="a.swf"></object>', "thẻ <object> nhúng", "content/files/"),
    ('<embed src="a.pdf">', "thẻ <embed> nhúng", "{static}/files/ten-tep.pdf"),
    ('<img src="x.jpg" onerror="alert(1)">', "thuộc tính «onerror» chạy mã JavaScript", "xoá thuộc tính"),
    ('<p onclick="x()">a</p>', "thuộc tính «onclick»", "không chạy mã"),
    ('<form action="https://x"><input name="a"></form>', "thẻ <form> là một phần của biểu mẫu", "Gửi ý kiến"),
    ('<style>body{display:none}</style>', "thẻ <style>", "**chữ đậm**"),
    ('<p style="color:red">a</p>', "thuộc tính «style»", "Markdown"),
    ('<a href="javascript:alert(1)">a</a>', "kiểu «javascript:» không an toàn", "https://"),
    ('<a href="data:text/html,hi">a</a>', "kiểu «data:» không an toàn", "https://"),
    ('<a href=" VBScript:msgbox">a</a>', "kiểu «vbscript:» không an toàn", "https://"),
    ('<img src="data:image/png;base64,AAAA" alt="x">', "kiểu «data:»", "content/images/"),
    ('<img src="https://tracker.example.com/p.gif" alt="x">', "lấy từ trang khác", "content/images/"),
])
def test_refused_markup_names_what_and_what_to_write_instead(snippet, message, fix):
    findings = find_unsafe(snippet)
    assert findings, snippet
    assert message in findings[0].message and fix in findings[0].fix
    cleaned = clean(snippet)
    for bad in ("<script", "<iframe", "<object", "<embed", "onerror", "onclick", "<form", "<style",
                "javascript:", "data:", "vbscript:", "color:red"):
        assert bad not in cleaned.lower()


def test_images_of_the_site_itself_are_allowed():
    html = '<img src="https://mttq.example.gov.vn/media/a-480.jpg" alt="a">'
    assert find_unsafe(html, own_urls=["https://mttq.example.gov.vn"]) == []
    assert find_unsafe(html)  # another site's image is a third-party request


UNSAFE_BODY = """\
Đoạn mở đầu an toàn.

<iframe src="https://www.youtube.com/embed/abc"></iframe>

Xem [đây](javascript:alert(1)).

<img src="images/a.jpg" onerror="alert(1)">
"""


def test_the_build_stops_with_file_and_line_of_each_refused_piece(build_site):
    with pytest.raises(ContentError) as caught:
        build_site(posts={"2024/nhung.md": post("Bài có mã nhúng", date="01/02/2024 08:00", body=UNSAFE_BODY)},
                   files={"images/a.jpg": jpeg()})
    text = str(caught.value)
    assert "posts/2024/nhung.md:10: thẻ <iframe> nhúng nội dung từ nơi khác — " in text
    assert "posts/2024/nhung.md:12: địa chỉ «javascript:alert(1)» dùng kiểu «javascript:» không an toàn" in text
    assert "posts/2024/nhung.md:14: thuộc tính «onerror» chạy mã JavaScript" in text


def test_pages_are_checked_too(build_site):
    with pytest.raises(ContentError, match=r"pages/lien-he.md:5: thẻ <form>"):
        build_site(pages={"lien-he.md": "---\ntitle: Liên hệ\n---\n\n<form><input name=a></form>\n"})


def test_legit_markup_reaches_the_page_and_the_feeds(build_site):
    body = LEGIT_MARKDOWN.replace("{static}/files/bao-cao.pdf", "{static}/files/bao-cao.pdf")
    site = build_site(posts={"2024/ket-qua.md": post("Kết quả hội nghị", date="01/02/2024 08:00", body=body)},
                      files={"files/bao-cao.pdf": b"%PDF-1.4\n%%EOF\n"}, publish=True)
    main = site.soup("tin-tuc/2024/ket-qua-hoi-nghi/").select_one("main")
    assert main.select_one("table td").get_text() == "Đông Sơn"
    assert main.select_one("blockquote") is not None and main.select_one("abbr[title]") is not None
    for path in sorted((site.output / "feeds").rglob("*.xml")):
        feed = feedparser.parse(path.read_bytes())
        for entry in feed.entries:
            html = " ".join(c.value for c in entry.get("content", [])) + entry.get("summary", "")
            assert "<script" not in html and "javascript:" not in html
    atom = feedparser.parse((site.output / "feeds").glob("*.atom.xml").__next__().read_bytes())
    assert any("<table>" in c.value for e in atom.entries for c in e.get("content", []))


def test_settings_refuse_unknown_keys_and_unsafe_schemes():
    from portal_core.settings import SettingsError
    from safe_html.safe_html import load_options

    assert load_options({"SAFE_HTML": {"url_schemes": ["https", "Zalo"]}})["url_schemes"] == ["https", "zalo"]
    with pytest.raises(SettingsError, match="must not allow \\['javascript'\\]"):
        load_options({"SAFE_HTML": {"url_schemes": ["https", "javascript"]}})
    with pytest.raises(SettingsError, match="unknown setting"):
        load_options({"SAFE_HTML": {"tags": ["iframe"]}})


def test_a_body_that_passed_is_not_parsed_again_and_a_changed_one_is(build_site, tmp_path):
    import json

    posts = {"2024/a.md": post("Bài A", date="01/02/2024 08:00", body="Chữ **đậm**.")}
    build_site(posts=posts, name="one", CACHE_PATH=str(tmp_path / "cache"))
    stored = json.loads((tmp_path / "cache/safe_html/ArticlesGenerator.json").read_text(encoding="utf-8"))
    assert len(stored["passed"]) == 1
    # The same cache, the same post now with a script: checked again, refused.
    posts = {"2024/a.md": post("Bài A", date="01/02/2024 08:00", body="Chữ **đậm**.\n\n<script>x()</script>")}
    with pytest.raises(ContentError, match="thẻ <script>"):
        build_site(posts=posts, name="two", CACHE_PATH=str(tmp_path / "cache"))


def test_review_walks_only_when_something_may_be_refused():
    from safe_html.safe_html import review

    assert review("<p>Chữ <strong>đậm</strong></p>") == ([], "<p>Chữ <strong>đậm</strong></p>")
    findings, cleaned = review('<p><img alt="x" src="https://tracker.example.com/a.gif"></p>')
    assert findings and "lấy từ trang khác" in findings[0].message
    findings, cleaned = review('<p onclick="x()">a</p>')
    assert findings and cleaned == "<p>a</p>"


def test_documents_and_answers_follow_the_same_rules(tmp_path):
    """A script in a document's notes or in an answer stops the build with its file and line."""
    from conftest import run_pelican, write_files
    from document_files import pdf_bytes

    content = write_files(tmp_path / "content", {
        "posts/2024/a.md": post("Bài một"),
        "van-ban/2024/06-kh.md": "---\nso_ky_hieu: 06/KH-MTTQ\nloai: Kế hoạch\nnguoi_ky: Nguyễn Thị Hà — Chủ tịch\n"
                                 "ngay_ban_hanh: 14/10/2024\ntrich_yeu: Kế hoạch tổ chức Ngày hội\n"
                                 "tep: files/06-kh.pdf\n---\n\nGhi chú.\n\n<script>alert(1)</script>\n",
        "files/06-kh.pdf": pdf_bytes("Kế hoạch tổ chức Ngày hội"),
        "hoi-dap/cau-hoi.md": "---\ntitle: Hỏi về bảo hiểm\nquestion: Xin hỏi thủ tục?\nasker: Bạn đọc\nasked: 01/09/2026\n"
                              "answered_by: Trần Văn Lợi\nanswered: 05/09/2026\n---\n\nTrả lời.\n\n"
                              "<iframe src=\"https://example.com/x\"></iframe>\n",
    })
    with pytest.raises(ContentError) as caught:
        run_pelican(content, tmp_path / "out", PORTAL_BUILD_DATE="15/09/2026")
    message = str(caught.value)
    assert "van-ban/2024/06-kh.md:12: thẻ <script>" in message
    assert "hoi-dap/cau-hoi.md:12: thẻ <iframe>" in message
