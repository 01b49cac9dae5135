"""Related news ("Tin liên quan"): the scoring core alone, then real builds for
explicit ``related:``, missing slugs, drafts, determinism and the partial."""

import datetime as dt
import random
import runpy
import unicodedata

import pytest
from jinja2 import Environment, FileSystemLoader

from conftest import ROOT, post
from front_matter.rules import ContentError
from related_news.index import (
    Post,
    RelatedIndex,
    Words,
    describe,
    is_valid_term,
    related_lists,
    resolve_explicit,
    term_keys,
    text_parts,
)
from related_news.related_news import load_options

OPTIONS = load_options({})
PLUGINS = [p for p in runpy.run_path(str(ROOT / "pelicanconf.py"))["PLUGINS"] if p != "related_news"]
PLUGINS.append("related_news")
DAY = 86400.0
START = dt.datetime(2022, 10, 1, tzinfo=dt.timezone.utc).timestamp()


def doc(key, title="", text="", tags=(), category="An sinh xã hội", day=0, **extra):
    return Post(key=key, slug=key, title=title, text=text, tags=tuple(tags), category=category,
                timestamp=START + day * DAY, path=f"posts/{key}.md", **extra)


def terms(text):
    words = Words()
    return {describe(words, key) for key in term_keys(words, [text.split()]) if is_valid_term(key)}


def keys(found):
    return [key for _, key in found]


# --- the pure core ------------------------------------------------------------

def test_terms_are_syllables_and_bigrams_that_never_cross_punctuation_or_digits():
    found = terms("hỗ trợ hộ nghèo, năm 2022 lũ (lụt) covid-19 tràn")
    assert {"hỗ", "trợ", "hộ", "nghèo", "năm", "lũ", "lụt", "tràn"} <= found
    assert {"hỗ trợ", "trợ hộ", "hộ nghèo"} <= found
    assert not found & {"nghèo năm", "năm lũ", "lũ lụt", "lụt covid", "covid tràn", "2022", "covid", "covid-19"}


def test_text_is_nfc_and_lower_case_and_the_title_counts_more():
    decomposed = unicodedata.normalize("NFD", "Hộ Nghèo")
    parts = text_parts(Post("a", "a", title=decomposed, text="HỘ NGHÈO " * 400), 3, 150)
    assert parts[0] == ["hộ", "nghèo"] and len(parts) == 5  # title x3, summary, body
    assert len(parts[-1]) == 150  # only the body's first syllables are read
    counts = term_keys(Words(), parts)
    assert max(counts.values()) == 3 + 75  # "hộ": 3 times in the titles, 75 in the body's first 150 words


def test_boilerplate_very_common_and_single_post_terms_are_never_terms():
    posts = [
        doc(f"p{i}", f"Tin số {i}", f"Ủy ban MTTQ xã Hòa Phong trao quà cho bà con thôn {name} dịp lễ",
            day=i)
        for i, name in enumerate(["Đông Sơn", "Đông Sơn", "Đồng Lâm", "Đồng Lâm", "Cẩm Toại", "Thạch Bồ"])
    ]
    index = RelatedIndex(posts, {**OPTIONS, "max_df": 0.5}, ["xã Hòa Phong"])
    kept = {describe(index.words, key) for key in index.idf}
    assert "hòa phong" not in kept and "xã hòa" not in kept  # boilerplate
    assert "trao quà" not in kept and "ủy ban" not in kept  # on every post: very common
    assert "thạch bồ" not in kept and "cẩm toại" not in kept  # on one post: links nothing
    assert {"đông sơn", "đồng lâm"} <= kept


def test_shared_tags_weigh_most_then_text_and_category_and_time_never_suffice():
    query = doc("q", "Hỗ trợ bà con vùng lũ", "Mưa lũ gây ngập nặng ở thôn Đồng Lâm.", tags=["mua-lu"])
    same_tag = doc("tag", "Giám sát phân bổ tiền hàng", "Ban Thanh tra nhân dân giám sát.",
                   tags=["mua-lu"], category="Giám sát – Phản biện", day=40)
    same_text = doc("text", "Bà con vùng lũ", "Mưa lũ gây ngập ở thôn Đồng Lâm.", category="Thông báo", day=40)
    same_category = doc("cat", "Trao học bổng", "Học sinh nghèo vượt khó nhận học bổng.", day=1)
    filler = [doc(f"f{i}", f"Tin khác {i}", f"Nội dung riêng số {i} về khuyến học", category="Thông báo",
                  day=100 + i) for i in range(6)]
    index = RelatedIndex([query, same_tag, same_text, same_category, *filler], OPTIONS)
    found = index.related_to(query)
    assert keys(found)[:2] == ["tag", "text"]
    assert "cat" not in keys(found)  # same category, next day, nothing in common
    assert all(score >= OPTIONS["threshold"] for score, _ in found)


def test_closer_in_time_ranks_higher_and_newer_wins_a_tie():
    posts = [doc("q", "Ngày hội", tags=["ngay-hoi"], day=400)] + [
        doc(key, "Ngày hội", tags=["ngay-hoi"], day=400 + gap)
        for key, gap in [("far-old", -300), ("near-old", -30), ("near-new", 30), ("far-new", 360)]
    ]
    assert keys(RelatedIndex(posts, OPTIONS).related_to(posts[0])) == ["near-new", "near-old", "far-old", "far-new"]


def test_ties_are_broken_by_date_then_key_whatever_the_input_order():
    posts = [doc(key, "Trao quà Tết", "Trao quà Tết cho hộ nghèo", tags=["tet"], day=day)
             for key, day in [("q", 0), ("b", 5), ("a", 5), ("c", 5), ("d", -5)]]
    expected = ["a", "b", "c", "d"]  # same score: newer first (a, b, c are equally new), then by key
    for seed in range(5):
        shuffled = posts[:]
        random.Random(seed).shuffle(shuffled)
        lists, _, _ = related_lists(shuffled, OPTIONS)
        assert lists["q"] == expected


def test_the_post_itself_and_excluded_posts_are_never_listed():
    posts = [doc(f"p{i}", "Bầu cử đại biểu", "Cử tri đi bầu cử", tags=["bau-cu"], day=i) for i in range(8)]
    index = RelatedIndex(posts, OPTIONS)
    for post_ in posts:
        found = keys(index.related_to(post_, exclude=["p3"]))
        assert post_.key not in found and "p3" not in found and len(found) == 5


def test_threshold_and_count_limit_the_list():
    posts = [doc(f"p{i}", "Bầu cử đại biểu", "Cử tri đi bầu cử", tags=["bau-cu"], day=i) for i in range(8)]
    assert len(RelatedIndex(posts, {**OPTIONS, "count": 3}).related_to(posts[0])) == 3
    assert RelatedIndex(posts, {**OPTIONS, "threshold": 1.0}).related_to(posts[0]) == []
    assert RelatedIndex(posts, {**OPTIONS, "count": 0}).related_to(posts[0]) == []


def test_candidates_stay_bounded_however_many_posts_share_a_tag():
    posts = [doc(f"p{i:04d}", "Quỹ Vì người nghèo", f"Vận động quỹ đợt {i}", tags=["quy"], day=i)
             for i in range(600)]
    index = RelatedIndex(posts, OPTIONS)
    seen = []
    original = index._rough_scores
    index._rough_scores = lambda candidates, *args: seen.append(len(candidates)) or original(candidates, *args)
    index.related_to(posts[300])
    bound = OPTIONS["query_terms"] * OPTIONS["postings_cap"] + 2 * (2 * OPTIONS["neighbours"] + 1)
    assert seen[0] <= bound < len(posts)


def test_explicit_choices_come_first_in_order_then_the_index_fills_up():
    posts = [doc(f"p{i}", "Mưa lũ", "Mưa lũ gây ngập", tags=["lu"], day=i) for i in range(8)]
    posts[0] = doc("p0", "Mưa lũ", "Mưa lũ gây ngập", tags=["lu"], related=("p7", "p5", "p7", "p0"))
    lists, missing, _ = related_lists(posts, OPTIONS)
    assert lists["p0"][:2] == ["p7", "p5"] and len(lists["p0"]) == 5 and not missing
    assert "p0" not in lists["p0"] and len(set(lists["p0"])) == 5


def test_unknown_draft_and_ambiguous_slugs_are_reported():
    posts = [
        doc("a", related=("khong-co", "nhap", "trung")),
        Post("2021/trung", "trung", "X", timestamp=START),
        Post("2022/trung", "trung", "Y", timestamp=START + DAY),
    ]
    drafts = [doc("nhap", related=("cung-khong-co",))]
    explicit, missing = resolve_explicit(posts, drafts)
    assert explicit["a"] == []
    assert [(m.key, m.slug, m.reason) for m in missing] == [
        ("a", "khong-co", "missing"), ("a", "nhap", "draft"), ("a", "trung", "ambiguous"),
        ("nhap", "cung-khong-co", "missing"),
    ]


def test_drafts_get_a_list_but_are_never_listed():
    posts = [doc(f"p{i}", "Nhà Đại đoàn kết", "Bàn giao nhà", tags=["nha"], day=i) for i in range(4)]
    draft = doc("nhap", "Nhà Đại đoàn kết", "Bàn giao nhà", tags=["nha"], day=2)
    lonely = doc("nhap-2", "Nhà Đại đoàn kết", "Bàn giao nhà", tags=["nha", "chi-mot-bai"], day=9)
    posts.append(doc("p9", "Khởi công", "Khởi công nhà", tags=["chi-mot-bai"], day=9))
    lists, _, _ = related_lists(posts, OPTIONS, drafts=[draft, lonely])
    assert set(lists["nhap"]) == {"p0", "p1", "p2", "p3"} and set(lists["nhap-2"]) >= {"p0", "p3"}
    assert all("nhap" not in listed for listed in lists.values())


@pytest.mark.parametrize("bad", [
    {"colour": "red"}, {"count": 21}, {"count": True}, {"threshold": 1.5}, {"max_df": 0},
    {"weights": {"likes": 1}}, {"weights": {"tags": -1}}, {"weights": {"tags": 0, "text": 0, "category": 0, "time": 0}},
    {"half_life_days": 0}, {"boilerplate": "xã Hòa Phong"}, {"terms_per_post": 2.5},
])
def test_bad_settings_are_rejected(bad):
    with pytest.raises(ValueError, match="RELATED_NEWS"):
        load_options({"RELATED_NEWS": bad})


def test_settings_merge_over_the_defaults():
    options = load_options({"RELATED_NEWS": {"count": 3, "weights": {"time": 0}}})
    assert options["count"] == 3 and options["weights"]["time"] == 0 and options["weights"]["tags"] > 0


# --- the partial --------------------------------------------------------------

def test_partial_lists_title_date_and_thumbnail_only_when_there_is_one():
    from vietnamese.vietnamese import VN_TZ, format_date, iso_datetime

    env = Environment(loader=FileSystemLoader(str(ROOT / "theme" / "templates")), autoescape=True)
    env.filters.update(vi_date=format_date, iso_datetime=iso_datetime)
    from render_cache.render_cache import Fragments

    env.globals["fragment"] = Fragments()  # the theme's memo of repeated HTML (render_cache)

    class Item:
        def __init__(self, title, url, featured_image=None):
            self.title, self.url, self.featured_image = title, url, featured_image
            self.date = dt.datetime(2022, 10, 19, 17, 30, tzinfo=VN_TZ)

    thumb = {"thumb": {"src": "/media/a-240.jpg", "webp": "/media/a-240.webp", "width": 240, "height": 180}}
    article = Item("Bài", "tin-tuc/2022/bai/")
    article.related_news = [Item("Có ảnh", "tin-tuc/2022/co-anh/", thumb), Item("Không ảnh", "tin-tuc/2022/khong/")]
    from bs4 import BeautifulSoup

    html = env.get_template("partials/related_news.html").render(article=article, SITEURL="")
    aside = BeautifulSoup(html, "html.parser").select_one("aside.ct-related")
    assert aside["aria-labelledby"] == "tin-lien-quan" and aside.h2["id"] == "tin-lien-quan"
    assert aside.h2.get_text() == "Tin liên quan"
    items = aside.select("li")
    assert [li.a.get_text() for li in items] == ["Có ảnh", "Không ảnh"]
    assert items[0].a["href"] == "/tin-tuc/2022/co-anh/"
    assert items[0].time["datetime"] == "2022-10-19T17:30:00+07:00" and items[0].time.get_text() == "19/10/2022"
    img = items[0].img
    assert img["alt"] == "" and img["loading"] == "lazy" and (img["width"], img["height"]) == ("240", "180")
    assert items[1].img is None
    article.related_news = []
    assert "ct-related" not in env.get_template("partials/related_news.html").render(article=article, SITEURL="")


# --- real builds --------------------------------------------------------------

@pytest.fixture
def related_site(build_site):
    """``build(posts)`` -> ``(site, {slug: [related slugs]})`` from a real build."""
    from pelican import signals
    from pelican.generators import ArticlesGenerator

    def build(posts, **overrides):
        found = {}

        def capture(generators):
            for generator in generators:
                if isinstance(generator, ArticlesGenerator):
                    for article in list(generator.articles) + list(generator.drafts):
                        found[article.slug] = [p.slug for p in article.related_news]

        signals.all_generators_finalized.connect(capture)
        try:
            site = build_site(posts=posts, PLUGINS=PLUGINS, **overrides)
        finally:
            signals.all_generators_finalized.disconnect(capture)
        return site, found

    return build


FLOOD = {
    "2022/thong-bao-khan.md": post("Thông báo khẩn ứng phó mưa lũ", date="13/10/2022 16:00",
                                   category="Thông báo", tags=["mưa lũ 2022"],
                                   body="Mưa lớn, nước sông dâng cao, đề nghị di dời người dân vùng trũng."),
    "2022/chung-tay.md": post("Chung tay khắc phục hậu quả mưa lũ", date="19/10/2022 17:30",
                              category="An sinh xã hội", tags=["mưa lũ 2022", "hộ nghèo"],
                              body="Ủy ban MTTQ xã tiếp nhận tiền, hàng hỗ trợ người dân vùng lũ."),
    "2022/giam-sat.md": post("Giám sát phân bổ hàng hỗ trợ sau mưa lũ", date="25/11/2022 15:00",
                             category="Giám sát – Phản biện", tags=["mưa lũ 2022", "giám sát"],
                             body="Ban Thanh tra nhân dân giám sát việc phân bổ tiền, hàng hỗ trợ."),
    "2021/bau-cu.md": post("Cử tri đi bầu cử", date="23/05/2021 08:00", tags=["bầu cử"],
                           body="Cử tri xã Hòa Phong nô nức đi bầu cử đại biểu."),
    "2023/ban-giao-nha.md": post("Bàn giao nhà Đại đoàn kết cho hộ bị sập nhà do lũ", date="10/01/2023",
                                 category="Đại đoàn kết", tags=["Nhà Đại đoàn kết", "mưa lũ 2022"],
                                 related=["cu-tri-di-bau-cu", "giam-sat-phan-bo-hang-ho-tro-sau-mua-lu"],
                                 body="Ba gia đình có nhà bị sập trong mưa lũ đã có nhà mới."),
}


def test_explicit_related_come_first_in_their_order(related_site):
    _, lists = related_site(FLOOD)
    listed = lists["ban-giao-nha-dai-doan-ket-cho-ho-bi-sap-nha-do-lu"]
    assert listed[:2] == ["cu-tri-di-bau-cu", "giam-sat-phan-bo-hang-ho-tro-sau-mua-lu"]
    assert set(listed[2:]) == {"chung-tay-khac-phuc-hau-qua-mua-lu", "thong-bao-khan-ung-pho-mua-lu"}
    assert "ban-giao-nha-dai-doan-ket-cho-ho-bi-sap-nha-do-lu" in lists["chung-tay-khac-phuc-hau-qua-mua-lu"]
    assert "cu-tri-di-bau-cu" not in lists["chung-tay-khac-phuc-hau-qua-mua-lu"]  # nothing in common


def test_missing_and_draft_slugs_stop_the_build_naming_every_file_and_line(related_site):
    posts = dict(FLOOD)
    posts["2022/chung-tay.md"] = post("Chung tay khắc phục hậu quả mưa lũ", date="19/10/2022 17:30",
                                      related=["bai-khong-co", "thong-bao-khan-ung-pho-mua-lu"])
    posts["2023/ban-giao-nha.md"] = post("Bàn giao nhà", date="10/01/2023", related=["ban-nhap"])
    posts["2023/ban-nhap.md"] = post("Bản nháp", date="11/01/2023", status="draft")
    with pytest.raises(ContentError) as err:
        related_site(posts)
    problems = sorted((p.path.replace("\\", "/").split("posts/")[-1], p.line, p.message) for p in err.value.problems)
    assert [(path, line) for path, line, _ in problems] == [("2022/chung-tay.md", 6), ("2023/ban-giao-nha.md", 6)]
    assert "«bai-khong-co»" in problems[0][2] and "không có bài nào" in problems[0][2]
    assert "«ban-nhap»" in problems[1][2] and "bản nháp" in problems[1][2]
    assert "related" in str(err.value)


def test_two_builds_of_the_same_content_give_identical_pages(related_site):
    first, _ = related_site(FLOOD, name="first")
    second, _ = related_site(dict(reversed(list(FLOOD.items()))), name="second")
    pages = [p.relative_to(first.output) for p in first.html_files()]
    assert pages and pages == [p.relative_to(second.output) for p in second.html_files()]
    for page in pages:
        assert (first.output / page).read_bytes() == (second.output / page).read_bytes(), page


def test_article_page_shows_the_list(related_site):
    site, lists = related_site(FLOOD)
    page = site.soup("tin-tuc/2023/ban-giao-nha-dai-doan-ket-cho-ho-bi-sap-nha-do-lu/")
    aside = page.select_one("aside.ct-related")
    if aside is None:
        pytest.skip("waiting for article.html include")
    assert aside.select_one("h2#tin-lien-quan").get_text() == "Tin liên quan"
    hrefs = [a["href"].strip("/").split("/")[-1] for a in aside.select("li a")]
    assert hrefs == lists["ban-giao-nha-dai-doan-ket-cho-ho-bi-sap-nha-do-lu"]
    assert len(page.select(".ct-related")) == 1


def test_the_last_builds_lists_are_reused_only_while_no_input_changed(related_site, tmp_path):
    import pickle

    _, lists = related_site(FLOOD)
    store = tmp_path / "site" / "cache" / "related_news.pickle"
    stored = pickle.loads(store.read_bytes())
    key = next(k for k in stored["lists"] if k.endswith("chung-tay.md"))
    first = next(k for k in stored["lists"] if k.endswith("bau-cu.md"))
    # Plant a list no index would give: a rebuild that shows it proves the lists were reused.
    stored["lists"][key] = [first]
    store.write_bytes(pickle.dumps(stored))
    _, reused = related_site(FLOOD)
    assert reused["chung-tay-khac-phuc-hau-qua-mua-lu"] == ["cu-tri-di-bau-cu"]

    # One post's text changed: every list is computed again.
    posts = dict(FLOOD)
    posts["2021/bau-cu.md"] = posts["2021/bau-cu.md"].replace("nô nức đi bầu cử", "đi bầu cử từ sáng sớm")
    _, again = related_site(posts)
    assert again["chung-tay-khac-phuc-hau-qua-mua-lu"] == lists["chung-tay-khac-phuc-hau-qua-mua-lu"]
    # A setting changed: computed again too.
    stored = pickle.loads(store.read_bytes())
    stored["lists"][key] = [first]
    store.write_bytes(pickle.dumps(stored))
    _, changed = related_site(posts, RELATED_NEWS={"count": 4})
    assert changed["chung-tay-khac-phuc-hau-qua-mua-lu"] == lists["chung-tay-khac-phuc-hau-qua-mua-lu"][:4]
