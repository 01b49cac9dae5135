"""Hỏi đáp: answered questions listed newest first, by topic, paginated, in a feed and
the sitemap; unanswered ones nowhere; bad files stop the build with file and line."""

import feedparser
import pytest
from pelican import signals

from conftest import post
from front_matter.rules import ContentError
from questions.entries import read_question


def question(title, asked="01/07/2026", answered="10/09/2026", answer="Trả lời: được hỗ trợ.",
             topic="An sinh xã hội", asker="Nguyễn Văn Bình", village="Thôn Dương Lâm 1", **extra):
    lines = ["---", f'title: "{title}"', "question: |", "  Xin hỏi gia đình tôi có được hỗ trợ không?",
             "", "  Cảm ơn Ủy ban."]
    lines += [f"asked: {asked}"]
    for key, value in (("asker", asker), ("village", village), ("topic", topic), ("answered", answered)):
        if value:
            lines.append(f"{key}: {value}")
    if answered:
        lines += ["answered_by: Trần Văn Lợi", "position: Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"]
    lines += [f"{k}: {v}" for k, v in extra.items()]
    return "\n".join(lines + ["---", "", answer or ""]) + "\n"


UNANSWERED = question("Đường thôn Dương Sơn bị ngập bao giờ sửa?", answered=None, answer="", topic="Hạ tầng")
QUESTIONS = {
    "hoi-dap/bhyt.md": question("Hộ cận nghèo có được hỗ trợ bảo hiểm y tế?", answered="10/09/2026"),
    "hoi-dap/nha.md": question("Điều kiện hỗ trợ nhà Đại đoàn kết", answered="28/08/2026"),
    "hoi-dap/gop-y.md": question("Góp ý dự thảo văn kiện thế nào?", answered="12/08/2026",
                                 topic="Giám sát – Phản biện", asker=None, village=None),
    "hoi-dap/chua-tra-loi.md": UNANSWERED,
}


def files(questions):
    return {name: text.encode("utf-8") for name, text in questions.items()}


@pytest.fixture
def grab_generators():
    """The build's generators, caught as Pelican finishes reading (for ``search_records``)."""
    caught = []

    def keep(generators):
        caught[:] = generators

    signals.all_generators_finalized.connect(keep)
    yield caught
    signals.all_generators_finalized.disconnect(keep)


@pytest.fixture
def site(build_site, grab_generators):
    built = build_site(posts={"2026/tin.md": post("Tin mới", date="10/09/2026 08:00")}, files=files(QUESTIONS),
                       FEEDS={"enabled": True})
    built.generators = list(grab_generators)
    return built


def text(node):
    return " ".join(node.get_text(" ").split())


def test_list_is_newest_answer_first_with_topics(site):
    page = site.soup("hoi-dap/")
    titles = [text(a) for a in page.select(".ct-question-card__title a")]
    assert titles == ["Hộ cận nghèo có được hỗ trợ bảo hiểm y tế?", "Điều kiện hỗ trợ nhà Đại đoàn kết",
                      "Góp ý dự thảo văn kiện thế nào?"]
    topics = {text(a): a["href"] for a in page.select("nav[aria-label='Chủ đề hỏi đáp'] a")}
    assert topics == {"An sinh xã hội": "/hoi-dap/chu-de/an-sinh-xa-hoi/",
                      "Giám sát – Phản biện": "/hoi-dap/chu-de/giam-sat-phan-bien/"}
    topic = site.soup("hoi-dap/chu-de/an-sinh-xa-hoi/")
    assert "Hỏi đáp: An sinh xã hội" in text(topic.select_one("main h1"))
    assert len(topic.select(".ct-question-card")) == 2


def test_question_page_shows_question_answer_and_who(site):
    page = site.soup("hoi-dap/ho-can-ngheo-co-duoc-ho-tro-bao-hiem-y-te/")
    main = text(page.find("main"))
    assert "Nguyễn Văn Bình, Thôn Dương Lâm 1 — hỏi ngày 01/07/2026" in main
    assert "Trần Văn Lợi, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã — trả lời ngày 10/09/2026" in main
    assert [text(p) for p in page.select(".ct-question-answer__part--question .ct-prose p")] == [
        "Xin hỏi gia đình tôi có được hỗ trợ không?", "Cảm ơn Ủy ban."]
    assert "Trả lời: được hỗ trợ." in main
    anonymous = text(site.soup("hoi-dap/gop-y-du-thao-van-kien-the-nao/").find("main"))
    assert "Bạn đọc — hỏi ngày" in anonymous


def test_unanswered_question_is_nowhere(site):
    words = ("Dương Sơn bị ngập", "duong-thon-duong-son")
    for path in site.output.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".txt", ".json", ".ics"):
            data = path.read_text(encoding="utf-8", errors="replace")
            assert not any(w in data for w in words), path
    records = [r for g in site.generators if hasattr(g, "search_records") for r in g.search_records()]
    assert len(records) == 3
    assert not any("ngập" in r["title"] or "ngập" in r["body_html"] for r in records)


def test_search_records(site):
    generator = next(g for g in site.generators if type(g).__name__ == "QuestionsGenerator")
    records = generator.search_records()
    first = records[0]
    assert first["kind"] == "Hỏi đáp"
    assert first["url"] == "/hoi-dap/ho-can-ngheo-co-duoc-ho-tro-bao-hiem-y-te/"
    assert first["date"].isoformat() == "2026-09-10T00:00:00+07:00"
    assert "Xin hỏi gia đình tôi" in first["lead_html"]
    assert "Trả lời: được hỗ trợ." in first["body_html"]
    assert first["meta"] == {"Người hỏi": "Nguyễn Văn Bình, Thôn Dương Lâm 1",
                             "Người trả lời": "Trần Văn Lợi, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã",
                             "Chủ đề": "An sinh xã hội"}


def test_feeds_and_sitemap(site):
    for fmt in ("rss", "atom"):
        feed = feedparser.parse((site.output / "feeds" / f"hoi-dap.{fmt}.xml").read_bytes())
        assert not feed.bozo, feed.bozo_exception
        assert [e.title for e in feed.entries] == ["Hộ cận nghèo có được hỗ trợ bảo hiểm y tế?",
                                                   "Điều kiện hỗ trợ nhà Đại đoàn kết", "Góp ý dự thảo văn kiện thế nào?"]
        assert feed.entries[0].link == "https://mttq-hoaphong.example.gov.vn/hoi-dap/ho-can-ngheo-co-duoc-ho-tro-bao-hiem-y-te/"
        assert "Trả lời: được hỗ trợ." in feed.entries[0].content[0].value
    head = site.soup("hoi-dap/").select("link[rel=alternate][href*=hoi-dap]")
    assert {link["href"] for link in head} == {"/feeds/hoi-dap.rss.xml", "/feeds/hoi-dap.atom.xml"}
    sitemap = (site.output / "sitemap.xml").read_text(encoding="utf-8")
    for url in ("hoi-dap/", "hoi-dap/chu-de/an-sinh-xa-hoi/", "hoi-dap/ho-can-ngheo-co-duoc-ho-tro-bao-hiem-y-te/"):
        assert f"/{url}</loc>" in sitemap


def test_list_is_paginated(build_site):
    many = {f"hoi-dap/q{n:02d}.md": question(f"Câu hỏi số {n:02d}", answered=f"{n:02d}/08/2026") for n in range(1, 13)}
    site = build_site(files=files(many), PAGINATED_TEMPLATES={"questions": 5})
    first = site.soup("hoi-dap/")
    assert [text(a) for a in first.select(".ct-question-card__title a")][:2] == ["Câu hỏi số 12", "Câu hỏi số 11"]
    assert "Trang 1/3" in text(first.select_one(".ct-pagination"))
    third = site.soup("hoi-dap/trang/3/")
    assert [text(a) for a in third.select(".ct-question-card__title a")] == ["Câu hỏi số 02", "Câu hỏi số 01"]


# --- bad input --------------------------------------------------------------

def bad(build_site, text_):
    with pytest.raises(ContentError) as err:
        build_site(files=files({**QUESTIONS, "hoi-dap/loi.md": text_}))
    return [str(p) for p in err.value.problems]


@pytest.mark.parametrize("broken, line, words", [
    (question("Có lời mà không có người trả lời", answered=None), 1, "thiếu mục «answered»"),
    (question("Có ngày trả lời mà chưa có lời", answer=""), 11, "chưa có nội dung trả lời"),
    (question("Trả lời trước khi hỏi", answered="01/06/2026"), 11, "ngày trả lời trước ngày hỏi"),
    (question("Ngày sai", answered="31/02/2026"), 11, "không tồn tại"),
    (question("Mục lạ", nguoi_hoi="An"), 14, "không có mục «nguoi_hoi»"),
])
def test_bad_question_stops_the_build_with_file_line_and_fix(build_site, broken, line, words):
    problems = bad(build_site, broken)
    assert any(f"loi.md:{line}: " in p and words in p and " — " in p for p in problems), problems


def test_two_questions_with_one_address(build_site):
    problems = bad(build_site, QUESTIONS["hoi-dap/bhyt.md"])
    assert len(problems) == 2 and all("trùng địa chỉ" in p and "bhyt.md" in p and "loi.md" in p for p in problems)


def test_pure_reader_keeps_unanswered_out_without_error():
    found, problems, answered = read_question(UNANSWERED.encode(), "x.md")
    assert (found, problems, answered) == (None, [], False)


def test_portal_without_questions_still_has_the_page(build_site):
    site = build_site(posts={"2026/tin.md": post("Tin mới", date="10/09/2026 08:00")}, FEEDS={"enabled": True})
    page = site.soup("hoi-dap/")
    assert "Chưa có câu hỏi nào được trả lời" in text(page.find("main"))
    assert page.select_one("section.ct-feedback") is not None
    assert not (site.output / "feeds" / "hoi-dap.rss.xml").exists()


def test_withdrawn_answer_leaves_every_page_on_rebuild(tmp_path):
    """An incremental rebuild after an answer is taken back removes its page and feed item."""
    from conftest import run_pelican, write_files

    content = write_files(tmp_path / "content", {"posts/tin.md": post("Tin mới", date="10/09/2026 08:00"),
                                                 **QUESTIONS})
    output, cache = tmp_path / "output", str(tmp_path / "cache")
    run_pelican(content, output, CACHE_PATH=cache, FEEDS={"enabled": True})
    page = output / "hoi-dap" / "dieu-kien-ho-tro-nha-dai-doan-ket" / "index.html"
    assert page.is_file()
    write_files(content, {"hoi-dap/nha.md": question("Điều kiện hỗ trợ nhà Đại đoàn kết", answered=None, answer="")})
    run_pelican(content, output, CACHE_PATH=cache, FEEDS={"enabled": True})
    assert not page.exists()
    for name in ("hoi-dap/index.html", "feeds/hoi-dap.atom.xml", "sitemap.xml"):
        assert "nha-dai-doan-ket" not in (output / name).read_text(encoding="utf-8"), name
