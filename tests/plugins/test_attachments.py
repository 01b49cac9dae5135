"""Attachments (issue 20): files under content/files/ are published byte for byte
and every kind of intrasite link to a file resolves, photo or not."""

import os

from conftest import jpeg, post

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
XLSX = bytes(range(256)) * 4  # arbitrary binary: must not be altered


def _links(site, url):
    main = site.soup(url).select_one("main")
    return [a["href"] for a in main.select("a[href]")], main


def test_attachments_are_published_byte_for_byte_and_links_resolve(build_site):
    body = ("Tải [báo cáo]({static}/files/bao-cao.pdf), [bảng kê]({filename}/files/2024/bang-ke.xlsx) "
            "và [ảnh gốc]({attach}/files/so-do.jpg).")
    site = build_site(posts={"2024/tai-lieu.md": post("Tài liệu hội nghị", date="01/02/2024 08:00", body=body)},
                      files={"files/bao-cao.pdf": PDF, "files/2024/bang-ke.xlsx": XLSX,
                             "files/so-do.jpg": jpeg(320, 200)}, publish=True)
    assert (site.output / "files/bao-cao.pdf").read_bytes() == PDF
    assert (site.output / "files/2024/bang-ke.xlsx").read_bytes() == XLSX
    hrefs, main = _links(site, "tin-tuc/2024/tai-lieu-hoi-nghi/")
    assert "{static}" not in str(main) and "{attach}" not in str(main) and "{filename}" not in str(main)
    base = "https://mttq-hoaphong.example.gov.vn/"
    local = [h[len(base):] for h in hrefs if h.startswith(base) and not h.startswith(base + "chuyen-muc")
             and not h.startswith(base + "tac-gia")]
    assert "files/bao-cao.pdf" in local and "files/2024/bang-ke.xlsx" in local
    assert all(os.path.isfile(site.output / rel) for rel in local if rel and not rel.endswith("/"))


def test_a_file_alone_in_files_does_not_break_the_build(build_site):
    site = build_site(posts={"2024/a.md": post("Bài thường", date="01/02/2024 08:00")},
                      files={"files/mau-don.pdf": PDF})
    assert site.exists("tin-tuc/2024/bai-thuong/")
    assert (site.output / "files/mau-don.pdf").read_bytes() == PDF


def test_links_to_photos_resolve_to_published_derivatives(build_site):
    body = ("![Toàn cảnh hội nghị](images/2024/a.jpg)\n\n"
            "[Xem ảnh lớn]({static}/images/2024/a.jpg) và [ảnh khác]({attach}/images/2024/b.jpg).")
    site = build_site(posts={"2024/anh.md": post("Ảnh hội nghị", date="01/02/2024 08:00", body=body)},
                      files={"images/2024/a.jpg": jpeg(1200, 800), "images/2024/b.jpg": jpeg(900, 600)})
    hrefs, main = _links(site, "tin-tuc/2024/anh-hoi-nghi/")
    assert "{static}" not in str(main) and "{attach}" not in str(main)
    photo_links = [h for h in hrefs if h.startswith("/media/")]
    assert len(photo_links) == 2
    for href in photo_links:
        assert site.path(href).is_file() and href.endswith(".jpg")
    # The originals (with their camera metadata) are never published.
    assert not [p for p in site.output.rglob("*") if p.name in ("a.jpg", "b.jpg")]
