"""Render cache: frozen content URLs, per-list page links and per-build fragments,
alone and in a real build."""

import datetime as dt
from types import SimpleNamespace

import jinja2
import pytest
from markupsafe import Markup
from pelican.contents import Article, Page, Static
from pelican.paginator import PaginationRule, Paginator
from pelican.settings import DEFAULT_CONFIG
from pelican.urlwrappers import Category

from conftest import post
from render_cache.render_cache import add_filters, freeze_urls, paginator_links
from vietnamese.vietnamese import VN_TZ


@pytest.fixture
def settings():
    """Pelican's defaults with the portal's URL patterns."""
    return {
        **DEFAULT_CONFIG,
        "ARTICLE_URL": "tin-tuc/{date:%Y}/{slug}/",
        "PAGE_URL": "{slug}/",
        "DRAFT_URL": "drafts/{slug}/",
        "PAGINATION_PATTERNS": [
            PaginationRule(1, "{url}", "{save_as}"),
            PaginationRule(2, "{base_name}/trang/{number}/", "{base_name}/trang/{number}/index.html"),
        ],
    }


def article(settings, slug, **metadata):
    metadata = {"title": slug, "slug": slug, "date": dt.datetime(2021, 7, 6, 8, 30, tzinfo=VN_TZ),
                "category": Category("Thông báo", settings), **metadata}
    return Article("<p>Nội dung.</p>", metadata, settings=settings, source_path=f"/c/{slug}.md")


def test_freeze_urls_stores_the_url_pelican_computes(settings):
    posts = [article(settings, "hoi-nghi"), article(settings, "nhap", status="draft")]
    page = Page("<p>Về Ủy ban.</p>", {"title": "Giới thiệu", "slug": "gioi-thieu"}, settings=settings)
    expected = [c.url for c in (*posts, page)]
    generators = [SimpleNamespace(articles=posts[:1], drafts=posts[1:]), SimpleNamespace(pages=[page])]
    freeze_urls(generators)
    assert [c.override_url for c in (*posts, page)] == expected
    assert expected == ["tin-tuc/2021/hoi-nghi/", "drafts/nhap/", "gioi-thieu/"]
    assert [c.url for c in (*posts, page)] == expected


def test_freeze_urls_keeps_an_existing_override_and_leaves_static_files_alone(settings):
    moved = article(settings, "da-chuyen", url="tin-cu/da-chuyen.html")
    static = Static("", {}, settings=settings, source_path="/c/files/a.pdf")
    freeze_urls([SimpleNamespace(articles=[moved], staticfiles=[static])])
    assert moved.url == "tin-cu/da-chuyen.html"
    # {attach} links relocate static files while pages are written: never frozen.
    assert not hasattr(static, "override_url")


def test_paginator_links_are_the_urls_of_pelican_pages(settings):
    paginator = Paginator("chuyen-muc/thong-bao/index.html", "chuyen-muc/thong-bao/", list(range(25)),
                          settings, per_page=10)
    links = paginator_links(paginator)
    assert links == [(n, paginator.page(n).url) for n in (1, 2, 3)]
    assert links[0] == (1, "chuyen-muc/thong-bao/") and links[2] == (3, "chuyen-muc/thong-bao/trang/3/")


def test_page_links_filter_makes_the_list_once_per_paginator(settings):
    generator = SimpleNamespace(env=jinja2.Environment())
    add_filters(generator)
    page_links = generator.env.filters["page_links"]
    paginator = Paginator("the/a/index.html", "the/a/", list(range(12)), settings, per_page=10)
    other = Paginator("the/b/index.html", "the/b/", list(range(12)), settings, per_page=10)
    assert page_links(paginator) is page_links(paginator)
    assert page_links(other) == [(1, "the/b/"), (2, "the/b/trang/2/")]
    assert generator.env.auto_reload is False  # a fresh environment each build


def fragment_env():
    generator = SimpleNamespace(env=jinja2.Environment(autoescape=True))
    add_filters(generator)
    return generator.env


def test_fragment_renders_its_body_once_per_key_in_one_environment():
    source = '{% call fragment("card", key, obj) %}{{ calls.append(1) or "" }}{{ text }}{% endcall %}'
    env = fragment_env()
    template = env.from_string(source)
    calls, post, other = [], {"title": "a"}, {"title": "a"}  # equal, but two objects

    def render(key, obj, text):
        return template.render(key=key, obj=obj, text=text, calls=calls)

    assert render("x", post, "<b>") == "&lt;b&gt;"
    assert render("x", post, "changed") == "&lt;b&gt;"   # same key: the first rendering, escaped once
    assert len(calls) == 1
    assert render("y", post, "y") == "y"                 # strings by value
    assert render("x", other, "other") == "other"        # objects by identity
    assert render(True, post, "true") == "true"          # True is not 1 and not "1"
    assert render(1, post, "one") == "one" and render("1", post, "text 1") == "text 1"
    assert render("x", post, "again") == "&lt;b&gt;" and len(calls) == 6
    # An undefined variable is one key whatever Jinja object stands for it.
    undefined = env.from_string('{% call fragment("u", nothing) %}{{ n }}{% endcall %}')
    assert undefined.render(n=1) == undefined.render(n=2) == "1"
    # A new environment (Pelican makes one per generator and build) starts empty.
    fresh = fragment_env().from_string(source)
    assert fresh.render(key="x", obj=post, text="new build", calls=calls) == "new build"


def test_striptags_is_jinjas_own_remembered_per_text():
    env = fragment_env()
    own = jinja2.Environment().filters["striptags"]
    strip = env.filters["striptags"]
    values = ["<b>Hội nghị</b>  cử tri &amp; dân", Markup("<i>Tết</i> &lt;2024&gt;"), "a &amp; b",
              Markup("a &amp; b"), 2024, None]
    assert [strip(v) for v in values] == [own(v) for v in values]
    assert [strip(v) for v in values] == [own(v) for v in values]   # from the memo the second time
    assert strip(values[0]) is strip(values[0])
    assert env.from_string("{{ t|striptags }}").render(t="<p>Tin  mới</p>") == "Tin mới"


def test_fragments_keep_what_differs_between_pages_in_a_real_build(build_site):
    posts = {
        "2021/hoi-nghi.md": post("Hội nghị cử tri", category="Thông báo"),
        "2021/ngay-hoi.md": post("Ngày hội đại đoàn kết", date="07/07/2021 08:30", category="Hoạt động Mặt trận"),
    }
    pages = {"gioi-thieu.md": "---\ntitle: Giới thiệu\n---\n\nVề Ủy ban.\n",
             "lien-he.md": "---\ntitle: Liên hệ\n---\n\nĐịa chỉ.\n"}
    site = build_site(posts=posts, pages=pages, RELATIVE_URLS=True)

    def marks(url, selector):
        return {a.get_text(strip=True): (a["href"], a.get("aria-current"))
                for a in site.soup(url).select(selector)}

    menu = "nav.ct-nav a"
    thong_bao = marks("chuyen-muc/thong-bao/", menu)
    mat_tran = marks("chuyen-muc/hoat-dong-mat-tran/", menu)
    assert thong_bao["Thông báo"] == ("../../chuyen-muc/thong-bao/", "page")
    assert thong_bao["Hoạt động Mặt trận"][1] is None
    assert mat_tran["Hoạt động Mặt trận"] == ("../../chuyen-muc/hoat-dong-mat-tran/", "page")
    assert mat_tran["Thông báo"][1] is None
    assert marks("", menu)["Trang chủ"] == ("./", "page")   # another depth, another SITEURL
    footer = "footer .ct-footer__nav a"
    assert marks("gioi-thieu/", footer)["Giới thiệu"][1] == "page"
    assert marks("gioi-thieu/", footer)["Liên hệ"][1] is None
    assert marks("lien-he/", footer)["Liên hệ"][1] == "page"
    assert marks("lien-he/", footer)["Giới thiệu"][1] is None
    # A card drawn on many pages shows its own post, with links right for each page's depth.
    cards = [a["href"] for a in site.soup("").select(".ct-news-card__title a")]
    assert cards and all(site.exists(href) for href in cards)
    assert len({a.get_text() for a in site.soup("").select(".ct-news-card__title a")}) == 2


def test_listing_pagination_links_every_page_in_a_real_build(build_site):
    posts = {
        f"2021/tin-{n:02d}.md": post(f"Tin số {n:02d}", date=f"{n:02d}/03/2021 08:30", category="Thông báo")
        for n in range(1, 26)
    }
    site = build_site(posts=posts)
    pages = ["chuyen-muc/thong-bao/", "chuyen-muc/thong-bao/trang/2/", "chuyen-muc/thong-bao/trang/3/"]
    for number, url in enumerate(pages, 1):
        nav = site.soup(url).select_one("nav.ct-pagination")
        numbered = [a for a in nav.select(".ct-pagination__list a") if not a.get("rel")]
        assert [a.get_text() for a in numbered] == ["1", "2", "3"]
        assert [a["href"] for a in numbered] == ["/" + u for u in pages]
        assert nav.select_one("[aria-current='page']")["href"] == "/" + url
        prev, nxt = nav.select_one("[rel=prev]"), nav.select_one("[rel=next]")
        assert (prev["href"] if prev else None) == ("/" + pages[number - 2] if number > 1 else None)
        assert (nxt["href"] if nxt else None) == ("/" + pages[number] if number < 3 else None)
    # Every card links to the post's own page (URLs frozen after all generators finished).
    for a in site.soup(pages[0]).select(".ct-news-card__title a"):
        assert site.exists(a["href"])


def test_compiled_templates_are_kept_between_builds_and_an_edited_one_is_compiled_again(build_site, tmp_path):
    import shutil

    from conftest import ROOT

    theme, cache = tmp_path / "theme", tmp_path / "cache"
    shutil.copytree(ROOT / "theme", theme)
    posts = {"2021/hoi-nghi.md": post("Hội nghị cử tri xã Tân Lập")}
    build_site(posts=posts, name="a", THEME=str(theme), CACHE_PATH=str(cache))
    compiled = {f: f.stat().st_mtime_ns for f in (cache / "jinja").glob("*.cache")}
    assert len(compiled) >= 10   # the page templates, their partials and components

    base = theme / "templates" / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace(
        "<body>", '<body>\n  <p class="ban-thu">Trang đang chạy thử</p>', 1), encoding="utf-8")
    site = build_site(posts=posts, name="b", THEME=str(theme), CACHE_PATH=str(cache))
    assert site.soup("").select_one(".ban-thu").get_text() == "Trang đang chạy thử"
    again = {f: f.stat().st_mtime_ns for f in (cache / "jinja").glob("*.cache")}
    assert again.keys() == compiled.keys()
    assert sum(again[f] != compiled[f] for f in compiled) == 1   # base.html only: the rest came from the cache

    # Another Jinja option compiles into other files (and other code: no trimmed blocks).
    site = build_site(posts=posts, name="c", THEME=str(theme), CACHE_PATH=str(cache),
                      JINJA_ENVIRONMENT={"trim_blocks": False, "lstrip_blocks": False, "autoescape": True})
    prefixes = {f.name.split("-")[0] for f in (cache / "jinja").glob("*.cache")}
    assert len(prefixes) == 2
    assert site.soup("").select_one(".ban-thu") is not None


def test_a_cold_build_finds_every_theme_template_compiled_ahead_and_renders_the_same(build_site, tmp_path):
    from jinja2 import FileSystemLoader
    from jinja2.bccache import FileSystemBytecodeCache

    from conftest import ROOT
    from render_cache.render_cache import theme_templates

    cache = tmp_path / "cache"
    posts = {"2021/hoi-nghi.md": post("Hội nghị cử tri xã Tân Lập")}
    cold = build_site(posts=posts, name="a", CACHE_PATH=str(cache))
    # Every template of the theme is in the cache, also those this site never
    # renders (it has no documents, answers or schedule): a process compiled them all.
    names = theme_templates({"THEME": str(ROOT / "theme")})
    assert {"base.html", "article.html", "van_ban.html", "question.html", "components/news_card.html"} <= set(names)
    loader = FileSystemLoader(str(ROOT / "theme" / "templates"))
    keys = FileSystemBytecodeCache(str(cache / "jinja"))
    env = jinja2.Environment(loader=loader)
    missing = [name for name in names
               if not list((cache / "jinja").glob(f"*-{keys.get_cache_key(name, loader.get_source(env, name)[1])}.cache"))]
    assert missing == []

    # A build that finds them compiled (the cache is warm: nothing is compiled ahead) writes the same pages.
    warm = build_site(posts=posts, name="b", CACHE_PATH=str(cache))
    pages = sorted(p.relative_to(cold.output) for p in cold.output.rglob("*.html"))
    assert pages == sorted(p.relative_to(warm.output) for p in warm.output.rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        assert (cold.output / page).read_bytes() == (warm.output / page).read_bytes(), page
