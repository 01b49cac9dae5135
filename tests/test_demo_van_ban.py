"""The demo portal's document library: at least 12 documents of several types, with
PDFs that carry a text layer, all pages built (publish settings, fixed build date)."""

from collections import Counter

import pytest

from conftest import ROOT, Site, run_pelican
from van_ban.attachments import extract_text


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo-van-ban")
    run_pelican(ROOT / "content", root / "publish", "publishconf.py", CACHE_PATH=str(root / "cache"),
                PORTAL_BUILD_DATE="01/10/2025", SEARCH_INDEX={"enabled": False})
    return Site(root / "publish", ROOT / "content")


def test_demo_has_at_least_12_documents_of_several_types(demo):
    rows = demo.soup("van-ban/").select("table.ct-document-table tbody tr")
    assert len(rows) >= 12
    types = Counter(li.a.get_text() for li in demo.soup("van-ban/").select(".ct-document-facets__group")[0].select("li"))
    assert len(types) >= 5
    statuses = {row.select_one(".ct-document-table__badge").get_text() for row in rows}
    assert statuses == {"Còn hiệu lực", "Hết hiệu lực"}


def test_demo_pdfs_carry_a_text_layer():
    pdfs = sorted((ROOT / "content" / "files" / "van-ban").rglob("*.pdf"))
    assert len(pdfs) >= 12
    for pdf in pdfs:
        assert "MTTQ" in extract_text(pdf.read_bytes(), "pdf"), pdf


def test_demo_replacement_links_and_feed(demo):
    page = demo.soup("van-ban/06-kh-mttq/")
    assert page.select_one("dl a[href$='/van-ban/14-kh-mttq/']") is not None
    assert (demo.output / "van-ban" / "moi-ban-hanh.rss.xml").is_file()
    home = demo.soup("")
    assert len(home.find(id="van-ban-moi").find_parent("section").select("tbody tr")) == 5
