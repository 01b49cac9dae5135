"""Photos: resized, rotated upright, stripped of metadata, cached, never lost."""

import io

import pytest
from PIL import Image

from conftest import jpeg, post
from front_matter.rules import ContentError


def phone_photo(width=2400, height=1800):
    """A landscape-stored JPEG with orientation 6 (shown portrait) and GPS data."""
    image = Image.new("RGB", (width, height), (30, 90, 160))
    image.paste((230, 200, 20), (0, 0, width // 4, height))  # a yellow band on the stored left
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x010F] = "PhoneMaker"
    gps = {1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 12.0)}
    exif[0x8825] = gps
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes(), comment=b"secret comment")
    return buffer.getvalue()


def transparent_png():
    image = Image.new("RGBA", (600, 400), (0, 0, 0, 0))
    image.paste((200, 0, 0, 255), (100, 100, 300, 300))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


BODY = """Đoạn mở đầu.

![Quang cảnh hội nghị](images/2025/hoi-nghi.jpg)
*Quang cảnh hội nghị*

Đoạn giữa.

Một số hình ảnh của hội nghị:

![Đại biểu phát biểu](images/2025/a.jpg)
*Đại biểu phát biểu*
![Trao quà](images/2025/b.png)
![Chụp ảnh lưu niệm](images/2025/a.jpg)
"""


@pytest.fixture
def photo_site(build_site):
    files = {
        "images/2025/hoi-nghi.jpg": phone_photo(),
        "images/2025/a.jpg": jpeg(1000, 750),
        "images/2025/b.png": transparent_png(),
        "images/2025/anh-dai-dien.jpg": phone_photo(3000, 2000),
    }
    posts = {
        "2025/hoi-nghi.md": post("Hội nghị có ảnh", image="images/2025/anh-dai-dien.jpg",
                                 image_alt="Toàn cảnh hội nghị", image_caption="Toàn cảnh", body=BODY),
        "2025/khac.md": post("Bài không ảnh đại diện", date="07/07/2021",
                             body="![Ảnh đầu tiên](images/2025/a.jpg)\n\nChữ.\n\n![Ảnh thứ hai](images/2025/hoi-nghi.jpg)"),
    }
    return build_site(posts=posts, files=files)


def published_images(site):
    return [p for p in site.output.rglob("*") if p.suffix.lower() in (".jpg", ".jpeg", ".png", ".webp")]


def test_no_published_image_carries_metadata(photo_site):
    images = published_images(photo_site)
    assert len(images) > 10
    for path in images:
        with Image.open(path) as image:
            assert not image.getexif(), path
            assert "exif" not in image.info and "xmp" not in image.info and "comment" not in image.info, path
            assert "icc_profile" not in image.info, path
        assert b"PhoneMaker" not in path.read_bytes() and b"secret comment" not in path.read_bytes()


def test_originals_are_not_published(photo_site):
    assert not (photo_site.output / "images").exists()
    originals = {p.read_bytes() for p in (photo_site.content / "images").rglob("*.*")}
    assert not any(p.read_bytes() in originals for p in published_images(photo_site))


def test_orientation_is_applied_and_widths_are_limited(photo_site):
    page = photo_site.soup("tin-tuc/2021/hoi-nghi-co-anh/")
    body_img = page.select_one(".ct-prose figure img")
    assert int(body_img["height"]) > int(body_img["width"])  # the phone photo is portrait
    largest = body_img["srcset"].split(", ")[-1].split()[0]
    with Image.open(photo_site.path(largest)) as image:
        assert image.height > image.width and image.width <= 1600
        assert image.getpixel((image.width // 2, 5))[2] < 100  # yellow band now on top
    widths = [int(part.split()[1][:-1]) for part in body_img["srcset"].split(", ")]
    assert widths == sorted(widths) and widths[0] == 480


def test_article_html_has_picture_srcset_sizes_lazy_and_captions(photo_site):
    page = photo_site.soup("tin-tuc/2021/hoi-nghi-co-anh/")
    featured = page.select_one(".ct-article__image img")
    assert "loading" not in featured.attrs  # the first image of the page loads at once
    assert featured["width"] and featured["height"] and featured["alt"] == "Toàn cảnh hội nghị"
    assert page.select_one(".ct-article__image source[type='image/webp']")["srcset"].count("w") >= 2
    body_imgs = page.select(".ct-prose img")
    assert len(body_imgs) == 4
    for img in body_imgs:
        assert img["loading"] == "lazy" and img["decoding"] == "async"
        assert img["srcset"] and img["sizes"] and img["width"] and img["height"]
        assert img.find_parent("picture").select_one("source[type='image/webp']")
        for url in [img["src"]] + [part.split()[0] for part in img["srcset"].split(", ")]:
            assert photo_site.exists(url), url
    first = page.select_one(".ct-prose > figure")
    assert first.figcaption.get_text() == "Quang cảnh hội nghị"
    gallery = page.select_one(".ct-prose .ct-gallery")
    assert [f.figcaption.get_text() if f.figcaption else None for f in gallery.select("figure")] == \
        ["Đại biểu phát biểu", None, None]
    assert not page.select(".ct-prose p img")  # no image left inside a paragraph


def test_first_image_is_eager_when_there_is_no_featured_image(photo_site):
    imgs = photo_site.soup("tin-tuc/2021/bai-khong-anh-dai-dien/").select(".ct-prose img")
    assert "loading" not in imgs[0].attrs and imgs[1]["loading"] == "lazy"


def test_transparent_png_keeps_alpha(photo_site):
    img = photo_site.soup("tin-tuc/2021/hoi-nghi-co-anh/").select(".ct-gallery img")[1]
    webp = img.find_parent("picture").source["srcset"].split(", ")[0].split()[0]
    with Image.open(photo_site.path(webp)) as image:
        assert image.mode == "RGBA"
    assert img["src"].endswith(".png")


def test_featured_image_gets_og_size_and_thumbnail(photo_site):
    listing = photo_site.soup("chuyen-muc/hoat-dong-mat-tran/")
    thumb = listing.select_one(".ct-news-card__image")
    assert (thumb["width"], thumb["height"]) == ("240", "180")
    with Image.open(photo_site.path(thumb["src"])) as image:
        assert image.size == (240, 180)
    og = [p for p in published_images(photo_site) if "-og." in p.name]
    assert og and all(Image.open(p).width <= 1200 for p in og)


def test_second_build_reuses_the_cache(build_site, tmp_path):
    files = {"images/a.jpg": phone_photo()}
    posts = {"2021/a.md": post("Bài", image="images/a.jpg", image_alt="Ảnh")}
    build_site(posts=posts, files=files)
    cache = sorted((tmp_path / "site" / "cache" / "photos").iterdir())
    stamps = {p: p.stat().st_mtime_ns for p in cache}
    site = build_site(posts=posts, files=files)
    assert sorted((tmp_path / "site" / "cache" / "photos").iterdir()) == cache
    assert {p: p.stat().st_mtime_ns for p in cache} == stamps
    assert site.exists(site.soup("tin-tuc/2021/bai/").select_one(".ct-article__image img")["src"])


def test_bad_images_are_all_reported_with_post_and_line(build_site):
    files = {
        "images/hong.jpg": jpeg(800, 600)[:700],  # truncated
        "images/gia.jpg": b"<html>not an image</html>",
        "images/to.jpg": jpeg(3000, 3000),
    }
    posts = {
        "2021/a.md": post("A", body="Đoạn.\n\n![Ảnh hỏng](images/hong.jpg)"),
        "2021/b.md": post("B", image="images/gia.jpg", image_alt="Ảnh giả"),
        "2021/c.md": post("C", body="![Ảnh quá lớn](images/to.jpg)"),
        "2021/d.md": post("D", category="Không có"),
    }
    with pytest.raises(ContentError) as err:
        build_site(posts=posts, files=files, PHOTOS={"max_pixels": 4_000_000})
    found = {str(p).split(":")[0].rsplit("/", 1)[1]: str(p) for p in err.value.problems}
    assert set(found) == {"a.md", "b.md", "c.md", "d.md"}
    assert ":10: " in found["a.md"] and "hỏng" in found["a.md"]
    assert ":6: " in found["b.md"] and "không phải là ảnh" in found["b.md"]
    assert "quá lớn" in found["c.md"]
