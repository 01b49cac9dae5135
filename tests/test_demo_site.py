"""The shipped demo portal builds, in development and for publishing, with every page type."""

from collections import Counter

import pytest

from conftest import ROOT, Site, run_pelican

LEGACY = ROOT.parent / "shared" / "legacy-samples"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo")
    run_pelican(ROOT / "content", root / "dev", CACHE_PATH=str(ROOT / "cache"))
    run_pelican(ROOT / "content", root / "publish", "publishconf.py", CACHE_PATH=str(ROOT / "cache"))
    return Site(root / "dev", ROOT / "content"), Site(root / "publish", ROOT / "content")


def articles(site):
    return sorted((site.output / "tin-tuc").rglob("index.html"))


def test_demo_has_enough_posts_over_categories_and_years(demo):
    _, publish = demo
    pages = articles(publish)
    assert len(pages) >= 25
    categories = Counter()
    years = set()
    for page in pages:
        soup = publish.soup(str(page.relative_to(publish.output)))
        categories[soup.select(".ct-breadcrumb a")[-1].get_text()] += 1
        years.add(soup.select_one(".ct-article__meta time")["datetime"][:4])
    import pelicanconf

    assert set(categories) == set(pelicanconf.PORTAL_CATEGORIES)
    assert len(years) >= 4


def test_every_source_post_is_published_or_a_draft(demo):
    dev, publish = demo
    sources = list((ROOT / "content" / "posts").rglob("*.md"))
    drafts = [p for p in sources if "status: draft" in p.read_text(encoding="utf-8")]
    assert len(articles(publish)) == len(sources) - len(drafts)
    assert len(list((dev.output / "drafts").rglob("index.html"))) == len(drafts)
    assert not (publish.output / "drafts").exists()


def test_static_pages_and_404(demo):
    _, publish = demo
    for url, title in [("gioi-thieu/", "Giới thiệu"), ("lien-he/", "Liên hệ"), ("ban-bien-tap/", "Ban biên tập")]:
        assert publish.soup(url).h1.get_text().strip().lower() == title.lower()
    assert "Không tìm thấy trang" in publish.soup("404.html").h1.get_text()


@pytest.mark.skipif(not LEGACY.is_dir(), reason="shared/legacy-samples is not beside the project")
def test_legacy_samples_came_across_without_boilerplate(demo):
    _, publish = demo
    text = {p: publish.soup(str(p.relative_to(publish.output))).select_one("article.ct-article").get_text(" ")
            for p in articles(publish)}
    everything = " ".join(" ".join(t.split()) for t in text.values())
    for sample in LEGACY.glob("*.txt"):
        lines = [" ".join(line.split()).lstrip("-+• ") for line in sample.read_text(encoding="utf-8").splitlines()]
        long_lines = [line for line in lines if len(line) > 120]  # article paragraphs, not boilerplate
        assert long_lines, sample
        missing = [line[:60] for line in long_lines if line not in everything]
        assert not missing, (sample.name, missing)
    for words in ("Lượt xem", "Số lượt truy cập", "Đang online", "Bản in Quay lại", "Trang 1 / 6"):
        assert words not in everything


def test_demo_commune_sections(demo):
    _, publish = demo
    soup = publish.soup("ban-do-hanh-chinh/")
    villages = soup.select("svg.ct-village-map__svg a")
    assert len(villages) == 8 == len(soup.select("main h2 + ol a"))
    for link in villages:
        assert publish.exists(link["href"].split(".gov.vn", 1)[1])
    assert publish.soup("en/").html["lang"] == "en"
    structure = publish.soup("gioi-thieu/")
    assert len(structure.select('.ct-prose a[href^="tel:"]')) >= 10
    assert "Nguyễn Thị Thu Hà" in structure.select_one(".ct-contact-list").get_text()
    hosts = [a["href"] for a in publish.soup("lien-ket-website/").select("a.ct-link-list__link")]
    assert {"https://danang.gov.vn", "https://hoavang.danang.gov.vn", "https://mattran.org.vn",
            "https://dichvucong.gov.vn"} <= set(hosts)
    # the posts tagged with a village reach its page
    assert publish.soup("thon/dong-son/").select(".ct-news-card")
