"""Examples of components/share.html."""

from urllib.parse import quote

from component_fixtures import NGAY_HOI, SITE


def check_article(root, soup):
    assert root.name == "div" and root["role"] == "group" and root["aria-label"] == "Chia sẻ và in bài viết"
    url = f"{SITE}/{NGAY_HOI.url}"
    facebook, zalo = root.select("a.ct-share__link")
    assert facebook["href"] == "https://www.facebook.com/sharer/sharer.php?u=" + quote(url, safe="/")
    assert zalo["href"] == "https://sp.zalo.me/share_inline?url=" + quote(url, safe="/")
    for link in (facebook, zalo):
        assert link["target"] == "_blank" and link["rel"] == ["noopener"]
        assert "(mở cửa sổ mới)" in link.select_one(".ct-visually-hidden").get_text()
    copy, print_ = root.select("button.ct-share__button")
    assert copy["data-copy-link"] == url and copy.has_attr("hidden") and print_.has_attr("data-print")
    assert root.select_one("[role=status]")  # site.js says "Đã sao chép liên kết." there


def examples():
    return {"an article": {"params": {"url": f"{SITE}/{NGAY_HOI.url}", "title": NGAY_HOI.title},
                           "check": check_article}}
