"""The commune plugin: organisation, villages, links and map from the data file."""

import json
import textwrap
import xml.etree.ElementTree as ET

import pytest

from commune.commune import village_posts
from commune.data import Village, check_url, read_commune
from commune.geomap import draw, match_villages, read_boundaries
from conftest import jpeg, post
from front_matter.rules import ContentError

DATA = textwrap.dedent("""\
    committee:
      name: Ủy ban MTTQ Việt Nam xã Hòa Phong
      name_en: Viet Nam Fatherland Front Committee of Hoa Phong Commune
      term: 2024–2029
      address: Thôn Dương Lâm 1, xã Hòa Phong
      phone: "0236 3846 123"
      email: mttq.hoaphong@example.gov.vn
    english:
      introduction: |
        The committee is the standing body of the Front in the commune.
      functions:
        - Building great national unity.
    standing_committee:
      - name: Nguyễn Thị Thu Hà
        position: Chủ tịch
        phone: "0905 318 246"
        email: ha.ntt@example.gov.vn
      - name: Trần Quang Đức
        position: Ủy viên Thường trực
    members:
      - name: Ngô Văn Thành
        position: Ủy viên, người có uy tín
        position_en: Member, respected elder
    organisations:
      - name: Hội Nông dân xã
        head: Lê Văn Dũng
        position: Chủ tịch
        phone: "0905 774 310"
    villages:
      - name: Đông Sơn
        board:
          - name: Đoàn Thị Lài
            position: Trưởng ban
            phone: "0905 201 388"
      - name: Đồng Lâm
        board:
          - name: Đoàn Văn Hạnh
            position: Trưởng ban
      - name: Cẩm Toại
    links:
      - name: Cổng thông tin điện tử thành phố Đà Nẵng
        url: https://danang.gov.vn
      - name: Cổng Dịch vụ công quốc gia
        url: https://dichvucong.gov.vn
        banner: images/lien-ket/dvc.jpg
        banner_alt: Biểu trưng Cổng Dịch vụ công quốc gia
""")


def square(name, x, y, size=0.01):
    ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
    return {"type": "Feature", "properties": {"name": name}, "geometry": {"type": "Polygon", "coordinates": [ring]}}


def geojson(*features):
    return "\n".join(["{\"type\": \"FeatureCollection\", \"features\": ["]
                     + [json.dumps(f, ensure_ascii=False) + ("," if i < len(features) - 1 else "")
                        for i, f in enumerate(features)] + ["]}"])


MAP = geojson(square("Đông Sơn", 108.10, 15.98), square("Dong Lam", 108.11, 15.98),
              square("Thôn Cẩm Toại", 108.10, 15.99))


def read(text, exists=lambda relative: True):
    return read_commune(text, "content/commune/to-chuc.yml", exists)


# ---------------------------------------------------------------- data file (pure core)


def test_data_file_reads_people_organisations_villages_links():
    commune, problems, warnings = read(DATA)
    assert problems == [] and warnings == []
    chair = commune.standing[0]
    assert (chair.name, chair.position_en, chair.tel) == ("Nguyễn Thị Thu Hà", "Chairperson", "tel:0905318246")
    assert commune.members[0].position_en == "Member, respected elder"
    assert commune.organisations[0].name_en == "Farmers' Association"
    assert [v.slug for v in commune.villages] == ["dong-son", "dong-lam", "cam-toai"]
    assert commune.villages[2].board == []
    assert commune.links[1].host == "dichvucong.gov.vn"


@pytest.mark.parametrize("old, new, line, words", [
    ('phone: "0905 318 246"', 'phone: "09-ABC"', 16, "số điện thoại «09-ABC» không hợp lệ"),
    ("email: ha.ntt@example.gov.vn", "email: ha.ntt@", 17, "thư điện tử «ha.ntt@» không hợp lệ"),
    ("url: https://danang.gov.vn", "url: danang.gov.vn", 42, "phải bắt đầu bằng https://"),
    ("url: https://dichvucong.gov.vn", "url: https://dich vu cong", 44, "có dấu cách"),
    ("    position: Ủy viên Thường trực", "    position: Ủy viên Ban Kiểm tra", 19, "position_en"),
    ("  - name: Cẩm Toại", "  - name: Đông Sơn", 39, "trùng địa chỉ trang"),
    ("    banner_alt: Biểu trưng Cổng Dịch vụ công quốc gia\n", "", 45, "lời mô tả (alt)"),
])
def test_data_problems_name_the_line_and_the_fix(old, new, line, words):
    assert old in DATA
    _, problems, _ = read(DATA.replace(old, new))
    assert len(problems) == 1, problems
    problem = problems[0]
    assert problem.path == "content/commune/to-chuc.yml"
    assert problem.line == line and words in problem.message + problem.fix
    assert problem.fix  # always says what to write instead


def test_missing_banner_and_yaml_syntax_are_reported_with_lines():
    _, problems, _ = read(DATA, exists=lambda relative: not relative.startswith("images/lien-ket"))
    assert [(p.line, "không tìm thấy ảnh" in p.message) for p in problems] == [(45, True)]
    _, problems, _ = read(DATA.replace("  term: 2024–2029", "  term 2024–2029\n  x: [1,"))
    assert len(problems) == 1 and "cú pháp YAML" in problems[0].message and problems[0].line >= 4


def test_unknown_keys_are_warned_with_a_suggestion():
    _, problems, warnings = read(DATA.replace("    phone: \"0905 201 388\"", "    phon: \"0905 201 388\""))
    assert problems == []
    assert [(w.line, "«phone»" in w.fix) for w in warnings] == [(34, True)]


def test_url_check():
    assert check_url("https://hoavang.danang.gov.vn/a?b=1") is None
    for bad in ("ftp://danang.gov.vn", "https://danang", "https://", "javascript:alert(1)"):
        assert check_url(bad)


def test_posts_belong_to_villages_by_tag_with_or_without_diacritics():
    class Tag:
        def __init__(self, name):
            self.name = name

    class Post:
        def __init__(self, *tags):
            self.tags = [Tag(t) for t in tags]

    villages = [Village("Đông Sơn", "Thôn", "dong-son"), Village("Đồng Lâm", "Thôn", "dong-lam", aliases=["Khu Đồng"])]
    a, b, c, d, e = Post("thôn Đông Sơn"), Post("dong son", "Đồng Lâm"), Post("Đông"), Post("khu đồng"), Post()
    found = village_posts([a, b, c, d, e], villages)
    assert found == {"dong-son": [a, b], "dong-lam": [b, d]}


# ---------------------------------------------------------------- map (pure core)


def test_geojson_problems_name_the_file_and_line():
    boundaries, problems = read_boundaries('{"type": "FeatureCollection",\n "features": [}', "ban-do.geojson")
    assert boundaries == [] and problems[0].line == 2 and "JSON" in problems[0].message
    _, problems = read_boundaries('{"type": "Feature"}', "ban-do.geojson")
    assert "FeatureCollection" in problems[0].message
    point = {"type": "Feature", "properties": {"name": "Đại Bình"}, "geometry": {"type": "Point", "coordinates": [108, 16]}}
    _, problems = read_boundaries(geojson(square("Đông Sơn", 108.1, 15.98), point), "ban-do.geojson")
    assert [(p.line, "Polygon" in p.message, "Đại Bình" in p.message) for p in problems] == [(3, True, True)]


def test_map_and_data_must_agree():
    commune, _, _ = read(DATA)
    boundaries, problems = read_boundaries(geojson(square("Đông Sơn", 108.1, 15.98), square("Hòa Khương", 108.2, 15.98)),
                                           "content/commune/ban-do.geojson")
    assert problems == []
    pairs, problems, warnings = match_villages(boundaries, commune.villages, "content/commune/ban-do.geojson",
                                               "content/commune/to-chuc.yml")
    assert [v.slug for _, v in pairs] == ["dong-son"]
    assert [(p.path, p.line) for p in problems] == [("content/commune/ban-do.geojson", 3)]
    assert "Hòa Khương" in problems[0].message
    assert sorted(w.message.split(" chưa")[0] for w in warnings) == ["Thôn Cẩm Toại", "Thôn Đồng Lâm"]
    assert all(w.path == "content/commune/to-chuc.yml" and "ban-do.geojson" in w.message for w in warnings)


def test_drawing_keeps_the_shape_and_puts_labels_inside():
    boundaries, _ = read_boundaries(MAP, "m.geojson")
    drawing = draw(boundaries, width=400)
    assert drawing.width == 400 and 300 < drawing.height < 500  # two squares high, two wide (at 16° N)
    for shape in drawing.shapes:
        xs = [float(p.split(",")[0]) for p in shape.d.replace("M", "").replace("Z", "").split(" L")]
        assert min(xs) < shape.label_x < max(xs)
    assert drawing.shapes[2].label_lines == ["Thôn", "Cẩm Toại"]  # long names on two lines


# ---------------------------------------------------------------- real builds


PAGES = {
    "gioi-thieu.md": "---\ntitle: Giới thiệu\nslug: gioi-thieu\norder: 1\ntemplate: organisation\n---\n\n"
                     "Đoạn mở đầu.\n\n<!-- du-lieu -->\n\nĐoạn kết thúc.\n",
    "lien-he.md": "---\ntitle: Liên hệ\nslug: lien-he\norder: 2\ntemplate: contacts\n---\n\nLời mời liên hệ.\n",
}
POSTS = {
    "a.md": post("Ngày hội ở thôn Đông Sơn", date="01/02/2024 08:00", tags=["thôn Đông Sơn"]),
    "b.md": post("Đường bê tông Đồng Lâm", date="03/02/2024 08:00", tags=["dong lam", "giám sát"]),
    "c.md": post("Tin chung của xã", date="04/02/2024 08:00", tags=["Đông"]),
    "d.md": post("Bản nháp ở Đông Sơn", date="05/02/2024 08:00", tags=["Đông Sơn"], status="draft"),
}


def files(data=DATA, map_text=MAP):
    out = {"commune/to-chuc.yml": data.encode(), "images/lien-ket/dvc.jpg": jpeg(600, 160)}
    if map_text is not None:
        out["commune/ban-do.geojson"] = map_text.encode()
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from conftest import ROOT, Site, run_pelican, write_files

    root = tmp_path_factory.mktemp("commune")
    portrait = DATA.replace("    position_en: Member, respected elder\n", "    position_en: Member, respected elder\n"
                            "    photo: images/to-chuc/thanh.jpg\n    photo_alt: Chân dung ông Ngô Văn Thành\n")
    content = write_files(root / "content", {**{f"posts/{k}": v for k, v in POSTS.items()},
                                             **{f"pages/{k}": v for k, v in PAGES.items()}, **files(portrait),
                                             "images/to-chuc/thanh.jpg": jpeg(600, 800)})
    run_pelican(content, root / "output", "publishconf.py", CACHE_PATH=str(root / "cache"),
                SITEURL="https://mttq.example.gov.vn")
    assert (ROOT / "publishconf.py").exists()
    return Site(root / "output", content)


def test_gioi_thieu_renders_the_structure_inside_the_prose(site):
    soup = site.soup("gioi-thieu/")
    prose = soup.select_one(".ct-prose").get_text(" ", strip=True)
    assert prose.index("Đoạn mở đầu") < prose.index("Ban Thường trực") < prose.index("Đoạn kết thúc")
    headings = [h.get_text(" ", strip=True) for h in soup.select(".ct-prose h2, .ct-prose h3")]
    assert headings[:4] == ["Cơ cấu tổ chức nhiệm kỳ 2024–2029", "Ban Thường trực", "Ủy viên Ủy ban",
                            "Các tổ chức thành viên"]
    chair = soup.select(".ct-contact-list")[0].select("li")[0]
    assert chair.select_one(".ct-contact-list__name").get_text() == "Nguyễn Thị Thu Hà"
    assert chair.select_one('a[href^="tel:"]')["href"] == "tel:0905318246"
    assert chair.select_one('a[href^="mailto:"]')["href"] == "mailto:ha.ntt@example.gov.vn"
    portrait = soup.select(".ct-contact-list")[1].select_one("img")
    assert portrait["alt"] == "Chân dung ông Ngô Văn Thành" and portrait["loading"] == "lazy"
    assert portrait["src"].startswith("https://mttq.example.gov.vn/media/thanh-")
    assert site.exists(portrait["src"].replace("https://mttq.example.gov.vn", ""))
    village_links = [a["href"] for a in soup.select(".ct-prose a[href*='/thon/']")]
    assert village_links == [f"https://mttq.example.gov.vn/thon/{s}/" for s in ("dong-son", "dong-lam", "cam-toai")]


def test_lien_he_lists_whom_to_call(site):
    soup = site.soup("lien-he/")
    text = soup.select_one(".ct-prose").get_text(" ", strip=True)
    assert text.startswith("Lời mời liên hệ.")
    tels = [a["href"] for a in soup.select('.ct-prose a[href^="tel:"]')]
    assert tels == ["tel:02363846123", "tel:0905318246", "tel:0905774310", "tel:0905201388"]
    assert soup.select_one("#to-chuc-thanh-vien").find_next("h3").get_text() == "Hội Nông dân xã"


def test_english_page_is_in_english_and_linked_from_every_footer(site):
    soup = site.soup("en/")
    assert soup.html["lang"] == "en"
    assert soup.h1.get_text() == "Introduction"
    assert soup.select_one("header")["lang"] == "vi" and soup.select_one("footer")["lang"] == "vi"
    main = soup.main.get_text(" ", strip=True)
    for words in ("Viet Nam Fatherland Front Committee of Hoa Phong Commune", "Standing Committee",
                  "Chairperson", "Farmers' Association", "Building great national unity", "Member, respected elder"):
        assert words in main
    assert soup.main.select_one('a[href="tel:0905318246"]')
    for page in site.html_files():
        html = site.soup(str(page.relative_to(site.output)))
        if page.name == "index.html" and html.select_one("footer"):
            link = html.select_one('footer a[hreflang="en"]')
            assert link["href"] == "https://mttq.example.gov.vn/en/" and link["lang"] == "en", page
            if page.parent.name != "en":
                assert html.html["lang"] == "vi"


def test_village_pages_list_their_board_and_their_posts(site):
    soup = site.soup("thon/dong-son/")
    assert soup.h1.get_text() == "Thôn Đông Sơn"
    assert soup.select_one(".ct-contact-list a")["href"] == "tel:0905201388"
    assert [a.get_text() for a in soup.select(".ct-news-card__title a")] == ["Ngày hội ở thôn Đông Sơn"]
    soup = site.soup("thon/dong-lam/")
    assert [a.get_text() for a in soup.select(".ct-news-card__title a")] == ["Đường bê tông Đồng Lâm"]
    assert "Chưa có tin nào về thôn Cẩm Toại" in site.soup("thon/cam-toai/").main.get_text()


def test_map_page_has_a_labelled_focusable_link_per_village(site):
    soup = site.soup("ban-do-hanh-chinh/")
    assert soup.h1.get_text() == "Bản đồ hành chính"
    svg = soup.select_one("svg.ct-village-map__svg")
    assert svg["viewbox"].startswith("0 0 400 ")
    links = svg.select("a")
    assert [(a["href"], a.get_text(strip=True)) for a in links] == [
        ("https://mttq.example.gov.vn/thon/dong-son/", "Đông Sơn"),
        ("https://mttq.example.gov.vn/thon/dong-lam/", "Đồng Lâm"),  # the data's spelling, not the map's
        ("https://mttq.example.gov.vn/thon/cam-toai/", "Cẩm Toại"),
    ]
    assert all(a.select_one("path")["d"].startswith("M") for a in links)
    ET.fromstring(str(svg).replace("viewbox", "viewBox"))  # well-formed SVG
    assert [a.get_text() for a in soup.select("main h2 + ol a")] == ["Thôn Đông Sơn", "Thôn Đồng Lâm", "Thôn Cẩm Toại"]
    # no request to another host: nothing but our own files is loaded
    for tag in soup.select("[src], link[href], image"):
        assert (tag.get("src") or tag.get("href")).startswith("https://mttq.example.gov.vn/")


def test_links_block_in_every_footer_and_on_its_own_page(site):
    footer = site.soup("tin-da-dua/").select_one("footer")
    assert [a["href"] for a in footer.select(".ct-link-list a")] == ["https://danang.gov.vn", "https://dichvucong.gov.vn"]
    assert not footer.select("img")  # cheap on phones: text only
    page = site.soup("lien-ket-website/")
    banner = page.select_one(".ct-link-list img")
    assert banner["alt"] == "Biểu trưng Cổng Dịch vụ công quốc gia"
    assert banner["src"].startswith("https://mttq.example.gov.vn/media/") and banner["loading"] == "lazy"
    assert site.exists(banner["src"].replace("https://mttq.example.gov.vn", ""))
    assert page.select_one(".ct-link-list source")["type"] == "image/webp"


def test_home_menu_and_sitemap_reach_the_sections(site):
    home = site.soup("")
    assert [a.get_text() for a in home.select("#thon-to-dan-pho ~ ul a")] == ["Thôn Đông Sơn", "Thôn Đồng Lâm", "Thôn Cẩm Toại"]
    nav = site.soup("thon/dong-son/").select_one("nav.ct-nav a[aria-current]")
    assert nav.get_text() == "Thôn, tổ dân phố" and nav["aria-current"] == "true"
    assert site.soup("ban-do-hanh-chinh/").select_one("nav.ct-nav a[aria-current]")["aria-current"] == "page"
    sitemap = (site.output / "sitemap.xml").read_text(encoding="utf-8")
    for url in ("ban-do-hanh-chinh/", "lien-ket-website/", "en/", "thon/dong-son/", "thon/cam-toai/"):
        assert f"<loc>https://mttq.example.gov.vn/{url}</loc>" in sitemap
    assert "drafts/" not in sitemap


def test_bad_data_stops_the_build_with_file_and_line(build_site):
    with pytest.raises(ContentError) as err:
        build_site(files=files(DATA.replace("url: https://danang.gov.vn", "url: danang.gov.vn")), name="bad-data")
    assert "content/commune/to-chuc.yml:42: địa chỉ liên kết «danang.gov.vn»" in str(err.value)
    with pytest.raises(ContentError) as err:
        build_site(files=files(map_text=geojson(square("Hòa Khương", 108.1, 15.98))), name="bad-map")
    assert "content/commune/ban-do.geojson:2: vùng «Hòa Khương» trên bản đồ không có trong danh sách thôn" in str(err.value)
    with pytest.raises(ContentError) as err:
        build_site(files=files(map_text="{not json"), name="bad-json")
    assert "content/commune/ban-do.geojson:1: tệp bản đồ không phải JSON hợp lệ" in str(err.value)


def test_without_a_map_the_villages_are_still_listed(build_site, caplog):
    site = build_site(files=files(map_text=None), name="no-map")
    soup = site.soup("ban-do-hanh-chinh/")
    assert soup.select_one("svg") is None
    assert len(soup.select("main h2 + ol a")) == 3


def test_without_a_data_file_nothing_changes(build_site):
    site = build_site(posts={"a.md": post("Tin")}, name="plain")
    assert not site.exists("ban-do-hanh-chinh/") and not site.exists("en/")
    assert not site.soup("").select("footer .ct-link-list, footer a[hreflang]")


def test_incremental_build_follows_the_data_file(tmp_path):
    """A changed phone number and a removed village: the kept output equals a fresh build."""
    from conftest import write_files
    from test_incremental_build import build, differences, tree

    content = write_files(tmp_path / "content", {**{f"posts/{k}": v for k, v in POSTS.items()},
                                                 **{f"pages/{k}": v for k, v in PAGES.items()}})
    write_files(content, files())
    build(content, tmp_path / "kept", tmp_path / "kept_cache")
    data = (content / "commune/to-chuc.yml")
    data.write_text(DATA.replace("0905 201 388", "0905 201 999").replace("  - name: Cẩm Toại\n", ""), encoding="utf-8")
    (content / "commune/ban-do.geojson").write_text(geojson(square("Đông Sơn", 108.10, 15.98),
                                                            square("Dong Lam", 108.11, 15.98)), encoding="utf-8")
    build(content, tmp_path / "kept", tmp_path / "kept_cache")
    build(content, tmp_path / "fresh", tmp_path / "fresh_cache")
    kept, fresh = tree(tmp_path / "kept"), tree(tmp_path / "fresh")
    assert not differences(fresh, kept)
    assert "thon/cam-toai/index.html" not in kept
    assert "tel:0905201999" in kept["thon/dong-son/index.html"].decode()


def test_home_and_english_pages_name_each_other_as_language_versions(site):
    base = "https://mttq.example.gov.vn"
    expected = {("vi", f"{base}/"), ("en", f"{base}/en/"), ("x-default", f"{base}/")}
    for url in ("", "en/"):
        links = site.soup(url).head.select("link[rel=alternate][hreflang]")
        assert {(link["hreflang"], link["href"]) for link in links} == expected, url
    assert site.soup("lien-he/").head.select("link[hreflang]") == []  # other pages have one language only


def test_the_data_marker_may_be_written_without_spaces(tmp_path):
    from conftest import Site, run_pelican, write_files

    page = PAGES["lien-he.md"].replace("Lời mời liên hệ.\n", "Lời mời liên hệ.\n\n<!--du-lieu-->\n\nĐoạn cuối.\n")
    content = write_files(tmp_path / "content", {"pages/lien-he.md": page, **files(map_text=None)})
    (content / "posts").mkdir()
    run_pelican(content, tmp_path / "output", CACHE_PATH=str(tmp_path / "cache"))
    site = Site(tmp_path / "output", content)
    text = site.soup("lien-he/").select_one(".ct-prose").get_text(" ", strip=True)
    assert text.index("Lời mời liên hệ.") < text.index("Nguyễn Thị Thu Hà") < text.index("Đoạn cuối.")
    assert "du-lieu" not in site.path("lien-he/").read_text(encoding="utf-8")


def test_around_data_splits_a_body_at_the_marker():
    from commune.commune import around_data

    assert around_data("<p>A</p>\n<!-- du-lieu -->\n<p>B</p>") == ("<p>A</p>\n", "\n<p>B</p>")
    assert around_data("<p>A</p><!--du-lieu--><p>B</p><!-- du-lieu --><p>C</p>") == (
        "<p>A</p>", "<p>B</p><!-- du-lieu --><p>C</p>")
    assert around_data("<p>A</p>") == ("<p>A</p>", "")
