"""Feeds: RSS and Atom from feedgen, every item complete, links that resolve, no build time."""

import datetime as dt
import logging
import re

import feedparser
import pytest
from lxml import etree

from conftest import ROOT, Site, jpeg, post, run_pelican
from feeds.feeds import FeedsError, load_options
from feeds.render import render_within

BASE = "https://mttq.example.vn"  # PUBLISH_SITEURL of the test builds (SITEURL is empty in development)
ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
RFC822 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                    r"\d{4} \d\d:\d\d:\d\d \+0700$")
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$")

MEETING = 'Hội nghị "Ngày hội Đại đoàn kết" & trao quà'
MEETING_URL = "tin-tuc/2021/hoi-nghi-ngay-hoi-dai-doan-ket-trao-qua/"
GIFTS_URL = "tin-tuc/2021/trao-qua-tet-cho-ho-ngheo/"

POSTS = {
    "2021/hoi-nghi.md": post(
        MEETING, date="06/07/2021 08:30", modified="08/07/2021 10:15", author=["Kim Quy", "Đặng Văn Hùng"],
        tags=["Quỹ Vì người nghèo", "Ngày hội"], summary="Tóm tắt hội nghị & trao quà.",
        image="images/hoi-nghi.jpg", image_alt="Toàn cảnh hội nghị",
        body="Đoạn mở đầu, xem thêm [tin trao quà]({filename}/posts/2021/trao-qua.md) "
             "và [tin đã đưa](/tin-da-dua/).\n\n"
             "![Trao quà cho hộ nghèo](images/trao-qua.jpg)\n*Trao quà*\n\nĐoạn cuối.",
    ),
    "2021/trao-qua.md": post(
        "Trao quà Tết cho hộ nghèo", date="01/02/2021 15:00", category="An sinh xã hội",
        body=" ".join(["Ủy ban MTTQ xã trao quà Tết cho các hộ nghèo trên địa bàn."] * 12),
    ),
    "2022/thong-bao.md": post("Thông báo lịch tiếp dân", date="2022-01-10", category="Thông báo",
                              author="Ban Biên tập"),
    "2022/nhap.md": post("Bản nháp chưa xong", date="11/01/2022", status="draft", category="Thông báo"),
}
FILES = {"images/hoi-nghi.jpg": jpeg(1600, 1000), "images/trao-qua.jpg": jpeg(900, 600)}
PAGES = {"gioi-thieu.md": "---\ntitle: Giới thiệu\nslug: gioi-thieu\n---\nVề Ủy ban.\n"}


def build(root, posts=POSTS, files=FILES, pages=PAGES, **overrides):
    content = root / "content"
    for folder, entries in (("posts", posts), ("pages", pages)):
        for rel, text in entries.items():
            target = content / folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    for rel, data in files.items():
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_bytes(data)
    overrides.setdefault("FEEDS", {"enabled": True})
    run_pelican(content, root / "output", CACHE_PATH=str(root / "cache"), PUBLISH_SITEURL=BASE, **overrides)
    return Site(root / "output", content)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("feeds"))


def feed_files(site):
    return sorted((site.output / "feeds").rglob("*.xml"))


def local(site, url):
    """The built file an absolute URL of the portal points at."""
    assert url.startswith(BASE + "/"), url
    return site.path(url[len(BASE):])


def parsed(path):
    return feedparser.parse(path.read_bytes())


def settings():
    from pelican.settings import read_settings

    return read_settings(str(ROOT / "pelicanconf.py"))


# ---------------------------------------------------------------- files and parsing


def test_site_and_category_feeds_exist_tag_and_author_feeds_are_off_by_default(site):
    names = {p.relative_to(site.output / "feeds").as_posix() for p in feed_files(site)}
    stems = ["tat-ca", "chuyen-muc/hoat-dong-mat-tran", "chuyen-muc/an-sinh-xa-hoi", "chuyen-muc/thong-bao"]
    assert names == {f"{stem}.{fmt}.xml" for stem in stems for fmt in ("rss", "atom")}


def test_every_feed_parses_with_feedparser_without_errors(site):
    for path in feed_files(site):
        feed = parsed(path)
        assert not feed.bozo, (path, feed.get("bozo_exception"))
        assert feed.version == ("rss20" if path.name.endswith(".rss.xml") else "atom10"), path
        assert feed.feed.title and feed.feed.language == "vi" and feed.entries, path


def test_every_item_has_its_fields_and_links_that_resolve(site):
    for path in feed_files(site):
        feed = parsed(path)
        for entry in feed.entries:
            assert entry.title and entry.summary and entry.content[0].value, (path, entry.title)
            assert local(site, entry.link).is_file(), entry.link
            assert entry.author and entry.tags and entry.published_parsed
            if path.name.endswith(".rss.xml"):
                assert entry.id == entry.link  # guid = permalink (isPermaLink is checked with lxml)
            else:
                assert entry.id.startswith("tag:mttq.example.vn,") and entry.id.endswith(entry.link[len(BASE):])
            for enclosure in entry.enclosures:
                target = local(site, enclosure.href)
                assert target.is_file() and int(enclosure.length) == target.stat().st_size
                assert enclosure.type == "image/jpeg"


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_an_item_carries_what_the_post_says(site, fmt):
    entries = {e.title: e for e in parsed(site.output / f"feeds/tat-ca.{fmt}.xml").entries}
    entry = entries[MEETING]
    assert entry.link == f"{BASE}/{MEETING_URL}"
    assert [a.name for a in entry.authors] == ["Kim Quy", "Đặng Văn Hùng"]
    assert [t.term for t in entry.tags] == ["Hoạt động Mặt trận", "Quỹ Vì người nghèo", "Ngày hội"]
    assert entry.summary == "Tóm tắt hội nghị & trao quà."
    content = entry.content[0].value
    assert "Đoạn mở đầu" in content and "Đoạn cuối" in content
    assert f'href="{BASE}/{GIFTS_URL}"' in content and f'href="{BASE}/tin-da-dua/"' in content
    assert re.search(rf'src="{re.escape(BASE)}/media/[^"]+\.jpg"', content)  # body photo made absolute
    assert entry.published_parsed[:5] == (2021, 7, 6, 1, 30)  # 08:30 +07:00
    if fmt == "atom":  # RSS has no "updated"
        assert entry.updated_parsed[:5] == (2021, 7, 8, 3, 15)  # modified 10:15 +07:00
    (enclosure,) = entry.enclosures
    assert "-og." in enclosure.href


def test_drafts_never_appear(site):
    for path in feed_files(site):
        text = path.read_text(encoding="utf-8")
        assert "Bản nháp" not in text and "/drafts/" not in text, path
    assert site.exists("drafts/ban-nhap-chua-xong/")  # development does write the draft page itself


def test_category_feed_holds_only_its_category(site):
    feed = parsed(site.output / "feeds/chuyen-muc/an-sinh-xa-hoi.rss.xml")
    assert [e.link for e in feed.entries] == [f"{BASE}/{GIFTS_URL}"]
    assert feed.feed.link == f"{BASE}/chuyen-muc/an-sinh-xa-hoi/"
    assert "An sinh xã hội" in feed.feed.title


# ---------------------------------------------------------------- structure, checked with lxml


def test_rss_channel_and_items(site):
    config = settings()
    channel = etree.parse(str(site.output / "feeds/tat-ca.rss.xml")).getroot().find("channel")
    assert channel.findtext("title") == config["SITENAME"]
    assert channel.findtext("link") == f"{BASE}/"
    assert channel.findtext("description") == (
        f"Tin tức, hoạt động của {config['PORTAL_COMMITTEE']}, {config['PORTAL_DISTRICT']}, "
        f"{config['PORTAL_PROVINCE']}")
    assert channel.findtext("language") == "vi"
    assert channel.findtext("lastBuildDate") == "Mon, 10 Jan 2022 00:00:00 +0700"  # the newest post, not now
    assert channel.findtext("generator") == "Cổng tin"
    self_link = channel.find(f"{ATOM}link")
    assert (self_link.get("rel"), self_link.get("href")) == ("self", f"{BASE}/feeds/tat-ca.rss.xml")
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == ["Thông báo lịch tiếp dân", MEETING, "Trao quà Tết cho hộ nghèo"]
    for item in items:
        guid = item.find("guid")
        assert guid.get("isPermaLink") == "true" and guid.text == item.findtext("link")
        assert RFC822.match(item.findtext("pubDate")), item.findtext("pubDate")
        assert item.find("author") is None  # RSS <author> must be an e-mail address: names go in dc:creator
        assert item.findtext(f"{DC}creator")
    meeting = items[1]
    assert meeting.findtext("pubDate") == "Tue, 06 Jul 2021 08:30:00 +0700"
    assert [c.text for c in meeting.findall("category")] == ["Hoạt động Mặt trận", "Quỹ Vì người nghèo", "Ngày hội"]
    enclosure = meeting.find("enclosure")
    assert enclosure.get("type") == "image/jpeg" and int(enclosure.get("length")) > 0


def test_atom_feed_and_entries(site):
    feed = etree.parse(str(site.output / "feeds/tat-ca.atom.xml")).getroot()
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "vi"
    assert feed.findtext(f"{ATOM}updated") == "2022-01-10T00:00:00+07:00"
    assert feed.findtext(f"{ATOM}subtitle")
    links = {link.get("rel"): link for link in feed.findall(f"{ATOM}link")}
    assert links["self"].get("type") == "application/atom+xml" and links["alternate"].get("type") == "text/html"
    for entry in feed.findall(f"{ATOM}entry"):
        for name in ("published", "updated"):
            assert RFC3339.match(entry.findtext(f"{ATOM}{name}")), entry.findtext(f"{ATOM}{name}")
        assert entry.findtext(f"{ATOM}id").startswith("tag:mttq.example.vn,")
        assert entry.find(f"{ATOM}content").get("type") == "html"
        for link in entry.findall(f"{ATOM}link"):
            assert link.get("rel") in ("alternate", "enclosure"), etree.tostring(link)
            if link.get("rel") == "alternate":
                assert link.get("type") == "text/html"
            else:
                assert link.get("type") == "image/jpeg" and int(link.get("length")) > 0
        assert [link.get("rel") for link in entry.findall(f"{ATOM}link")].count("alternate") == 1
    meeting = next(e for e in feed.findall(f"{ATOM}entry") if e.findtext(f"{ATOM}title") == MEETING)
    assert meeting.findtext(f"{ATOM}published") == "2021-07-06T08:30:00+07:00"
    assert meeting.findtext(f"{ATOM}updated") == "2021-07-08T10:15:00+07:00"
    assert meeting.findtext(f"{ATOM}id") == f"tag:mttq.example.vn,2021-07-06:/{MEETING_URL}"
    assert [link.get("rel") for link in meeting.findall(f"{ATOM}link")] == ["alternate", "enclosure"]


def test_two_builds_of_the_same_content_write_the_same_bytes(site, tmp_path):
    again = build(tmp_path)
    for path in feed_files(site):
        assert (again.output / path.relative_to(site.output)).read_bytes() == path.read_bytes(), path
    today = dt.date.today()
    assert f"{today:%d %b %Y}" not in (site.output / "feeds/tat-ca.rss.xml").read_text(encoding="utf-8")


# ---------------------------------------------------------------- settings


def test_feeds_are_off_by_default_in_development(tmp_path):
    built = build(tmp_path, FEEDS={})
    assert not (built.output / "feeds").exists()
    assert not built.soup("").select('link[rel="alternate"]')


def test_tag_and_author_feeds_and_max_items(tmp_path):
    built = build(tmp_path, FEEDS={"enabled": True, "tags": True, "authors": True, "max_items": 2})
    assert (built.output / "feeds/the/quy-vi-nguoi-ngheo.rss.xml").is_file()
    assert (built.output / "feeds/tac-gia/dang-van-hung.atom.xml").is_file()
    author = parsed(built.output / "feeds/tac-gia/kim-quy.rss.xml")
    assert {e.title for e in author.entries} == {MEETING, "Trao quà Tết cho hộ nghèo"}
    whole = parsed(built.output / "feeds/tat-ca.rss.xml")
    assert [e.title for e in whole.entries] == ["Thông báo lịch tiếp dân", MEETING]  # the 2 newest
    assert alternates(built, "the/ngay-hoi/")[2:] == [("application/rss+xml", "/feeds/the/ngay-hoi.rss.xml"),
                                                      ("application/atom+xml", "/feeds/the/ngay-hoi.atom.xml")]


def test_an_oversized_feed_drops_its_oldest_items_and_says_so(tmp_path, caplog):
    words = " ".join(f"Nội dung dài số {n} về công tác Mặt trận ở khu dân cư." for n in range(60))
    posts = {f"2021/bai-{n}.md": post(f"Bài dài số {n}", date=f"{n + 1:02d}/03/2021 08:00", body=words)
             for n in range(8)}
    with caplog.at_level(logging.WARNING):
        built = build(tmp_path, posts=posts, files={}, FEEDS={"enabled": True, "max_bytes": 15_000})
    for fmt in ("rss", "atom"):
        path = built.output / f"feeds/tat-ca.{fmt}.xml"
        titles = [e.title for e in parsed(path).entries]
        assert path.stat().st_size <= 15_000
        assert 0 < len(titles) < 8 and titles == [f"Bài dài số {n}" for n in range(7, 7 - len(titles), -1)]
    assert "tat-ca.rss.xml would exceed 15000 bytes" in caplog.text


def test_render_keeps_a_feed_under_two_megabytes():
    """The default limit, on plain data: ten 300 KB posts do not fit in 2 MB."""
    stamp = dt.datetime(2024, 5, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    items = [{
        "title": f"Bài {n}", "url": f"{BASE}/tin-tuc/2024/bai-{n}/", "id": f"tag:mttq.example.vn,2024-05-01:/bai-{n}/",
        "published": stamp - dt.timedelta(days=n), "updated": stamp - dt.timedelta(days=n),
        "authors": ["Kim Quy"], "categories": ["Thông báo"], "summary": "Tóm tắt.",
        "content": "<p>" + "Mặt trận " * 30_000 + "</p>", "enclosure": None,
    } for n in range(10)]
    channel = {"title": "Cổng", "description": "Tin", "language": "vi", "publisher": "Ủy ban", "email": "",
               "page": f"{BASE}/", "urls": {"rss": f"{BASE}/a.rss.xml", "atom": f"{BASE}/a.atom.xml"},
               "updated": stamp}
    for fmt in ("rss", "atom"):
        data, kept = render_within(channel, items, fmt, load_options({})["max_bytes"])
        assert len(data) <= 2_000_000 and 0 < kept < 10
        assert len(feedparser.parse(data).entries) == kept


@pytest.mark.parametrize("given, message", [
    ({"enable": True}, "unknown setting"),
    ({"max_items": 0}, "from 1 to 500"),
    ({"max_bytes": 3_000_000}, "from 10000 to 2000000"),
    ({"tags": "yes"}, "True or False"),
    ({"description": ""}, "description"),
])
def test_bad_settings_are_refused(given, message):
    with pytest.raises(FeedsError, match=message):
        load_options({"FEEDS": given})


def test_default_description_names_the_committee():
    options = load_options({"PORTAL_COMMITTEE": "Ủy ban MTTQ xã A", "PORTAL_PROVINCE": "tỉnh B"})
    assert options["description"] == "Tin tức, hoạt động của Ủy ban MTTQ xã A, tỉnh B"


# ---------------------------------------------------------------- pages advertise the feeds


def alternates(site, url):
    return [(link["type"], link["href"]) for link in site.soup(url).head.select('link[rel="alternate"]')]


def test_every_page_advertises_the_site_feeds(site):
    site_feeds = [("application/rss+xml", "/feeds/tat-ca.rss.xml"), ("application/atom+xml", "/feeds/tat-ca.atom.xml")]
    for path in site.html_files():
        url = path.relative_to(site.output).as_posix()
        links = alternates(site, url)
        assert links[:2] == site_feeds, url
        for _, href in links:
            assert site.exists(href), (url, href)


def test_category_and_article_pages_also_advertise_their_category_feed(site):
    category_feeds = [("application/rss+xml", "/feeds/chuyen-muc/hoat-dong-mat-tran.rss.xml"),
                      ("application/atom+xml", "/feeds/chuyen-muc/hoat-dong-mat-tran.atom.xml")]
    assert alternates(site, "chuyen-muc/hoat-dong-mat-tran/")[2:] == category_feeds
    assert alternates(site, MEETING_URL)[2:] == category_feeds
    assert alternates(site, "the/ngay-hoi/")[2:] == []  # tag feeds are off
    assert alternates(site, "gioi-thieu/")[2:] == []


def test_category_page_shows_a_visible_rss_link(site):
    link = site.soup("chuyen-muc/an-sinh-xa-hoi/").select_one("main .ct-feed-link a")
    assert link["href"] == "/feeds/chuyen-muc/an-sinh-xa-hoi.rss.xml" and site.exists(link["href"])
    assert "RSS" in link.get_text() and "An sinh xã hội" in link.get_text()
    assert link.svg["aria-hidden"] == "true"
